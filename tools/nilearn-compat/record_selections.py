#!/usr/bin/env python3
"""Record the REAL nilearn's selections for the SDK's end-to-end tests (golden data).

The reactor-adapter end-to-end tests compare what the SDK selects with what nilearn selects on
the same replica corpus. This script makes that expectation: for each case below it starts
``nvfetch replica`` with the test's corpus, runs nilearn's ``fetch_neurovault`` on the case's
request document (through ``nilearn_run.py``, with DESIGN.md's deliberate filter fixes applied,
``model_design_fixes``, and also plainly, for the record) and writes the ordered image ids to
``reactor-adapter/src/test/resources/nilearn-selections.json``.

    PYTHONPATH=/path/to/nilearn-src HTML_TEST=1 /usr/bin/python3 \
        tools/nilearn-compat/record_selections.py [--nvfetch ./nvfetch] [--out FILE]

Rerun it when a case, the corpus generator or nilearn changes, and commit the output.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from compat import Replica, last_json_line  # noqa: E402

RUNNER = os.path.join(HERE, "nilearn_run.py")

# The corpora of the tests: CorpusSpec.builder().seed(S).collections(C).images(I) with the
# builder's other defaults, which are the replica command's defaults too.
CORPORA = {
    "seed7": ["--seed", "7", "--collections", "25", "--images", "400"],
    "seed21": ["--seed", "21", "--collections", "12", "--images", "160"],
    "seed3": ["--seed", "3", "--collections", "12", "--images", "150"],
}

# The request documents of FilteredHarvestTest (and the others' plain limits), by corpus.
CASES = {
    "seed7": [
        '{"max_images": 30}',
        '{"max_images": 12, "modality": "fMRI-BOLD"}',
        '{"max_images": 12, "image_terms": {}, "map_type": {"$IsIn": ["T map", "Z map"]}}',
        '{"max_images": 12, "modality": {"$Contains": ["fMRI"]}}',
        '{"max_images": 12, "modality": {"$Pattern": ["fmri(-.*)?", "IGNORECASE"]}}',
        '{"max_images": 12, "number_of_subjects": {"$GreaterThan": 20}}',
        '{"max_images": 12, "analysis_level": {"$IsNull": null}}',
        '{"max_images": 12, "image_terms": {}, "image_type": {"$NotEqual": "statistic_map"}}',
        '{"max_images": 12, "cognitive_paradigm_cogatlas": {"$NotNull": null}}',
        '{"max_images": 12, "map_type": {"$NotIn": ["T map"]}}',
        '{"max_images": 12, "name": {"$NotContains": ["a"]}}',
        '{"max_images": 12, "modify_date": {"$GreaterOrEqual": "2017-01-01"}}',
        '{"max_images": 12, "collection_terms": {"number_of_images": {"$GreaterOrEqual": 15}}}',
        '{"max_images": 12, "collection_filter": {"$NOT": {"DOI": {"$IsNull": null}}}}',
        '{"max_images": 12, "image_terms": {}, "image_filter": {"$OR": [{"map_type": "T map"},'
        ' {"$AND": [{"map_type": "Z map"}, {"not_mni": false}]}]}}',
        '{"max_images": 12, "image_filter": {"$XOR": [{"modality": "fMRI-BOLD"},'
        ' {"analysis_level": "group"}]}}',
    ],
    "seed21": ['{"max_images": 20}', '{"max_images": 25}'],
    "seed3": ['{"max_images": 15}'],
}


def nilearn(python, replica, request, work, name, fixes):
    req = os.path.join(work, name + ".json")
    with open(req, "w", encoding="utf-8") as fh:
        fh.write(request)
    cmd = [python, RUNNER, "fetch", "--base-url", replica.url,
           "--words-url", replica.url + "/api/decode/",
           "--data-dir", os.path.join(work, name), "--request", req]
    if fixes:
        extra = os.path.join(work, name + ".extra.json")
        with open(extra, "w", encoding="utf-8") as fh:
            json.dump({"model_design_fixes": True}, fh)
        cmd += ["--nilearn-extra", extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"nilearn failed on {request}: {proc.stderr[-2000:]}")
    out = last_json_line(proc.stdout)
    if "exception" in out:
        raise RuntimeError(f"nilearn raised {out['exception']} on {request}")
    return out["image_ids"]


def version(python):
    proc = subprocess.run([python, RUNNER, "version"], capture_output=True, text=True,
                          timeout=300)
    return last_json_line(proc.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nvfetch", default=os.path.join(REPO, "nvfetch"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--out", default=os.path.join(
        REPO, "reactor-adapter", "src", "test", "resources", "nilearn-selections.json"))
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="nilearn-selections-")
    result = {"nilearn": version(args.python).get("nilearn"),
              "made_by": "tools/nilearn-compat/record_selections.py", "corpora": {}}
    for corpus, replica_args in CORPORA.items():
        replica = Replica([args.nvfetch], replica_args, os.path.join(work, corpus + ".log"))
        try:
            cases = []
            for i, request in enumerate(CASES[corpus]):
                name = f"{corpus}-{i}"
                fixed = nilearn(args.python, replica, request, work, name + "-fixes", True)
                plain = nilearn(args.python, replica, request, work, name + "-plain", False)
                cases.append({"request": request, "image_ids": fixed,
                              "plain_nilearn_image_ids": plain})
                print(f"{corpus} {request}: {len(fixed)} images"
                      + ("" if fixed == plain else " (plain nilearn differs)"), file=sys.stderr)
            result["corpora"][corpus] = {"replica_args": replica_args, "cases": cases}
        finally:
            replica.stop()
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)
        fh.write("\n")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
