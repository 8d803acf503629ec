#!/usr/bin/env python3
"""nilearn <-> neurovault-fetch compatibility checks against the local replica.

Starts ``nvfetch replica`` (and stops it on exit), runs the REAL nilearn
(``nilearn_run.py``, under ``--nilearn-python``) and our SDK (``nvfetch fetch|ids --json``)
on the same corpus with fresh data directories, compares, and prints a PASS/FAIL table.
Only the Python standard library is needed here; nilearn and its dependencies are needed by
the Python given as ``--nilearn-python``. Loopback only: nothing leaves 127.0.0.1.

Usually started through ``run_checks.sh`` (see docs/COMPATIBILITY.md).
"""

import argparse
import atexit
import filecmp
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RUNNER = os.path.join(HERE, "nilearn_run.py")

PASS, FAIL, INFO, SKIP = "PASS", "FAIL", "INFO", "SKIP"
# differs from plain nilearn exactly as DESIGN.md's deliberate fixes predict
DELIBERATE = "PASS (deliberate diff)"
# differs from nilearn as the README's "Other differences" says (intended, documented)
KNOWN = "KNOWN DIFF"

# --------------------------------------------------------------------------------------------
# processes


class Replica:
    """One ``nvfetch replica`` child process (own process group, killed on exit)."""

    def __init__(self, nvfetch, args, log_path):
        self.log_path = log_path
        self.log = open(log_path, "w", encoding="utf-8")
        cmd = nvfetch + ["replica", "--port", "0"] + args
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.log, text=True,
                                     start_new_session=True)
        _CHILDREN.append(self)
        deadline = time.monotonic() + 900  # the first run may build with Maven
        self.url = None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.log.write(line)
            self.log.flush()
            if "replica listening on " in line:
                self.url = line.strip().split("replica listening on ", 1)[1].rstrip("/")
                break
        if not self.url:
            self.stop()
            raise RuntimeError(f"replica did not start: see {log_path}")
        # keep draining stdout so the child never blocks on a full pipe
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.proc.stdout:
            try:
                self.log.write(line)
            except ValueError:
                return

    def stats(self):
        with urllib.request.urlopen(self.url + "/_replica/stats", timeout=10) as r:
            return json.load(r)

    def reset_stats(self):
        req = urllib.request.Request(self.url + "/_replica/stats/reset", method="POST", data=b"")
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()

    def settle(self, seconds=0.3):
        """Wait until the replica has no request in flight (so stats are complete)."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.stats().get("in_flight", 0) == 0:
                break
            time.sleep(0.05)
        time.sleep(seconds)
        return self.stats()

    def stop(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        try:
            self.log.close()
        except Exception:
            pass


_CHILDREN = []


def _cleanup():
    for child in _CHILDREN:
        child.stop()


def _on_signal(signum, _frame):
    _cleanup()
    sys.exit(128 + signum)


def last_json_line(text):
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no JSON line in output")


class Context:
    def __init__(self, args):
        self.args = args
        self.nvfetch = shlex.split(args.nvfetch)
        self.work = args.workdir
        self.counter = 0
        self.replica = None
        self.leftovers = []
        self.env = dict(os.environ, no_proxy="127.0.0.1,localhost", NO_PROXY="127.0.0.1,localhost")

    def fresh_dir(self, name):
        self.counter += 1
        path = os.path.join(self.work, "data", f"{self.counter:02d}-{name}")
        if os.path.exists(path):
            shutil.rmtree(path)
        os.makedirs(path)
        return path

    def write_json(self, name, obj):
        path = os.path.join(self.work, "requests", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(obj, fh, indent=1)
        return path

    def words_url_nilearn(self, replica=None):
        return (replica or self.replica).url + "/api/decode/"

    def words_url_sdk(self, replica=None):
        return (replica or self.replica).url + "/api/v2/decode/"

    def nilearn(self, kind, request, data_dir, name, extra=None, replica=None):
        replica = replica or self.replica
        req = self.write_json(f"{name}.json", request)
        cmd = [self.args.nilearn_python, RUNNER, kind, "--base-url", replica.url,
               "--words-url", self.words_url_nilearn(replica), "--data-dir", data_dir,
               "--request", req, "--log", os.path.join(self.work, "logs", f"{name}.log")]
        if extra:
            cmd += ["--nilearn-extra", self.write_json(f"{name}.nilearn-extra.json", extra)]
        os.makedirs(os.path.join(self.work, "logs"), exist_ok=True)
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=1800)
        with open(os.path.join(self.work, "logs", f"{name}.stderr"), "w") as fh:
            fh.write(proc.stderr)
        if proc.returncode == 3:
            sys.stderr.write(proc.stderr)
            sys.exit(3)
        try:
            out = last_json_line(proc.stdout)
        except ValueError:
            raise RuntimeError(f"nilearn run {name} printed no JSON; stderr:\n{proc.stderr}")
        if "exception" in out:
            raise RuntimeError(f"nilearn run {name} raised {out['exception']}")
        return out

    def vectorize(self, files):
        cmd = [self.args.nilearn_python, RUNNER, "vectorize", "--files"] + files
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=600)
        return last_json_line(proc.stdout)

    def sdk(self, kind, request, data_dir, name, replica=None, extra_args=None):
        replica = replica or self.replica
        req = self.write_json(f"{name}.json", request)
        cmd = self.nvfetch + [kind, "--base-url", replica.url, "--data-dir", data_dir,
                              "--request", req, "--json"]
        if kind == "fetch" or request.get("fetch_neurosynth_words"):
            cmd += ["--neurosynth-url", self.words_url_sdk(replica)]
        cmd += shlex.split(self.args.sdk_args) if extra_args is None else extra_args
        os.makedirs(os.path.join(self.work, "logs"), exist_ok=True)
        start = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=self.env, timeout=1800)
        with open(os.path.join(self.work, "logs", f"{name}.log"), "w") as fh:
            fh.write("$ " + shlex.join(cmd) + "\n" + proc.stdout + "\n--- stderr ---\n"
                     + proc.stderr + f"\n--- exit {proc.returncode} ---\n")
        try:
            out = last_json_line(proc.stdout)
        except ValueError:
            out = {"error": f"exit {proc.returncode}: " + (proc.stderr.strip().splitlines()
                                                          or ["no output"])[-1]}
        out["exit_code"] = proc.returncode
        out.setdefault("elapsed_ms", int((time.monotonic() - start) * 1000))
        return out


# --------------------------------------------------------------------------------------------
# corpus survey (to choose ids, DOIs, expected totals)

def get_json(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def survey(base):
    cols, off = [], 0
    while True:
        page = get_json(f"{base}/api/collections/?limit=100&offset={off}")
        cols += page["results"]
        off += len(page["results"])
        if not page["results"] or off >= page["count"]:
            break
    images = OrderedDict()
    for col in cols:
        off = 0
        while True:
            page = get_json(f"{base}/api/collections/{col['id']}/images/?limit=100&offset={off}")
            for im in page["results"]:
                images[im["id"]] = im
            off += len(page["results"])
            if not page["results"] or off >= page["count"]:
                break
    return cols, images


# --------------------------------------------------------------------------------------------
# checks

def compare_lists(a, b):
    """A short description of how two id lists differ."""
    if a == b:
        return "identical"
    sa, sb = set(a), set(b)
    parts = []
    if sa == sb:
        first = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
        parts.append(f"same set, order differs from position {first}")
    else:
        if sa - sb:
            parts.append(f"only nilearn: {sorted(sa - sb)[:12]}")
        if sb - sa:
            parts.append(f"only SDK: {sorted(sb - sa)[:12]}")
    return "; ".join(parts)


def selection_cases(cols, images):
    """(name, request, nilearn_extra, note). Values chosen from the served corpus."""
    doi_col = next((c for c in cols if c.get("DOI") and c.get("number_of_images")), None)
    cases = [
        ("defaults max30", {"max_images": 30}, None, ""),
        ("defaults all (max_images null)", {"max_images": None}, None, ""),
        ("modality=fMRI-BOLD max20", {"max_images": 20, "modality": "fMRI-BOLD"}, None, ""),
        ("map_type=NotIn(T map, ROI/mask, anatomical, parcellation) kwarg",
         {"max_images": 40,
          "map_type": {"$NotIn": ["T map", "ROI/mask", "anatomical", "parcellation"]}},
         None, "kwarg replaces the default map_type term, other defaults stay"),
        ("image_terms={map_type: IsIn(Z map, F map), not_mni: False}",
         {"max_images": 25, "image_terms": {"map_type": {"$IsIn": ["Z map", "F map"]},
                                            "not_mni": False}}, None, ""),
        ("image_terms={} + image_filter (lambda vs terms)",
         {"max_images": 30, "image_terms": {},
          "image_filter": {"analysis_level": "single-subject",
                           "is_thresholded": {"$IsNull": None}}},
         {"image_filter_py": "lambda m: m.get('analysis_level') == 'single-subject' "
                             "and not m.get('is_thresholded')"},
         "nilearn gets a Python lambda, the SDK the equivalent terms filter"),
        ("collection_terms={number_of_images: GreaterOrEqual(5)}",
         {"max_images": 50, "collection_terms": {"number_of_images": {"$GreaterOrEqual": 5}}},
         None, ""),
        ("name=Contains('task') + collection name Contains('Neural')",
         {"max_images": None, "name": {"$Contains": ["task"]},
          "collection_terms": {"name": {"$Contains": ["Neural"]},
                               "number_of_images": {"$NotNull": None}}}, None, ""),
        ("contrast_definition=NotContains('>')",
         {"max_images": 30, "contrast_definition": {"$NotContains": [">"]}}, None,
         "raw '' and 'N/A' pass NotContains; once normalised to None they are rejected"),
        ("cognitive_paradigm_cogatlas=Pattern('.*(task|memory)', IGNORECASE)",
         {"max_images": None,
          "cognitive_paradigm_cogatlas": {"$Pattern": [".*(TASK|MEMORY)", "IGNORECASE"]}},
         None, ""),
        ("name=Pattern with Python-only syntax ({,n}, (?#...), Unicode \\w, scoped flag)",
         {"max_images": None,
          "name": {"$Pattern": ["(?#python-only)\\w{,3}(?i:[[&])?.{,60}(?:task|TASK)"]}},
         None, "{,n}, a comment group, [[ and & literal in a set: Java syntax would differ"),
        ("modality=Pattern('(?i)FMRI(?:-\\w+)?$') global flag at the start",
         {"max_images": 40, "modality": {"$Pattern": ["(?i)FMRI(?:-\\w+)?$"]}}, None, ""),
        ("modify_date=GreaterOrEqual('2017') (str bound)",
         {"max_images": 40, "modify_date": {"$GreaterOrEqual": "2017"}}, None,
         "lexicographic comparison of ISO strings"),
        ("collection modify_date=LessThan('2019') + number_of_subjects=GreaterThan(20)",
         {"max_images": None,
          "collection_terms": {"modify_date": {"$LessThan": "2019"}},
          "number_of_subjects": {"$GreaterThan": 20}}, None,
         "int bound on number_of_subjects; collection_terms replaces the NotNull default"),
        ("smoothness_fwhm=LessOrEqual(6.0) (float bound), analysis_level=NotEqual('group')",
         {"max_images": None, "smoothness_fwhm": {"$LessOrEqual": 6.0},
          "analysis_level": {"$NotEqual": "group"}}, None, ""),
        ("image_filter $OR/$NOT combinators",
         {"max_images": 35, "image_terms": {},
          "image_filter": {"$OR": [{"map_type": "Z map"},
                                   {"$NOT": {"modality": "fMRI-BOLD"}}]}}, None,
         "the same JSON becomes ResultFilter(...).OR(ResultFilter(...).NOT()) for nilearn"),
        ("collection_id=<id> kwarg (URL collections/<id>)",
         {"max_images": None, "collection_id": next(c["id"] for c in cols
                                                    if (c.get("number_of_images") or 0) > 5)},
         None, "moved to collection_terms['id'] by _move_col_id"),
        ("is_valid=True, not_mni=IsIn(False) (extra keys)",
         {"max_images": 60, "is_valid": True, "not_mni": {"$IsIn": [False]}}, None, ""),
        # terms whose result depends on DESIGN.md's deliberate fixes
        ("[fix] cognitive_paradigm_cogatlas=IsNull() on null-like strings",
         {"max_images": None, "image_terms": {},
          "cognitive_paradigm_cogatlas": {"$IsNull": None}}, None,
         "nilearn filters raw JSON on the server path ('None / Other' is not null); "
         "DESIGN.md: filters see normalised values"),
        ("[fix] contrast_definition=NotNull() on ''/'N/A'",
         {"max_images": None, "contrast_definition": {"$NotNull": None}}, None,
         "'' and 'N/A' are null-like: nilearn sees them raw on the server path"),
    ]
    if doi_col:
        cases.append((f"[fix] collection_terms={{DOI: '{doi_col['DOI']}'}} (server ignores DOI)",
                      {"max_images": None, "collection_terms": {"DOI": doi_col["DOI"]}}, None,
                      "the replica, like the live service, ignores DOI; nilearn does not "
                      "re-check server terms; DESIGN.md: also re-checked locally"))
    return cases


def check_selection(ctx, cols, images, results):
    model_extra = {"model_design_fixes": True}
    for name, request, extra, note in selection_cases(cols, images):
        slug = "sel-" + "".join(ch if ch.isalnum() else "-" for ch in name)[:50].strip("-")
        request = dict(request, mode="download_new")
        nl_dir, sdk_dir, model_dir = (ctx.fresh_dir(slug + "-nilearn"),
                                      ctx.fresh_dir(slug + "-sdk"), ctx.fresh_dir(slug + "-model"))
        nl = ctx.nilearn("fetch", request, nl_dir, slug + ".nilearn", extra=extra)
        sdk = ctx.sdk("fetch", request, sdk_dir, slug + ".sdk")
        model = ctx.nilearn("fetch", request, model_dir, slug + ".model",
                            extra=dict(extra or {}, **model_extra))
        if "error" in sdk:
            results.append(("1 selection", name, FAIL, f"SDK error: {sdk['error']}"))
            continue
        # what each side left on disk besides its result (see report_leftovers); collection
        # dirs are compared with the nilearn run that selected the same images, if any
        twin = nl_dir if nl["image_ids"] == sdk["image_ids"] else (
            model_dir if model["image_ids"] == sdk["image_ids"] else None)
        ctx.leftovers.append({
            "case": name, "request": request, "sdk_dir": sdk_dir, "sdk_ids": sdk["image_ids"],
            "limited": request.get("max_images") is not None,
            "sdk_surplus_images": sorted(images_on_disk(sdk_dir) - set(sdk["image_ids"])),
            "nilearn_surplus_images": sorted(images_on_disk(nl_dir) - set(nl["image_ids"])),
            "sdk_only_collection_dirs": sorted(collection_dirs(sdk_dir) - collection_dirs(twin))
            if twin else [],
        })
        a, b, m = nl["image_ids"], sdk["image_ids"], model["image_ids"]
        detail = f"nilearn {len(a)}, SDK {len(b)} images"
        if sdk.get("failed"):
            detail += f", SDK failed {len(sdk['failed'])}"
        if not all(nl["images_exist"]):
            detail += ", nilearn file missing!"
        if a == b:
            status = PASS
            detail += "; identical order" + ("" if a == m else
                                               " (a DESIGN fix would have changed it!)")
            if a != m:
                status = FAIL
                detail += f"; model-with-fixes {len(m)}: {compare_lists(m, b)}"
        elif b == m:
            status = DELIBERATE
            detail += (f"; differs from plain nilearn ({compare_lists(a, b)}) exactly as "
                       f"nilearn+DESIGN fixes ({len(m)} images)")
        else:
            status = FAIL
            detail += f"; {compare_lists(a, b)}; vs nilearn+fixes: {compare_lists(m, b)}"
        if not b and not a:
            detail += " (EMPTY: weak case)"
        results.append(("1 selection", name + (f" -- {note}" if note else ""), status, detail))


def surplus_file(rel, result_ids):
    """Is rel (under neurovault/) an image_<id>* file of an image outside the result?"""
    base = os.path.basename(rel)
    for prefix in ("image_", "neurosynth_words_for_image_"):
        if base.startswith(prefix):
            digits = base[len(prefix):].split("_")[0].split(".")[0]
            return digits.isdigit() and int(digits) not in result_ids
    return False


def images_on_disk(data_dir):
    root = os.path.join(data_dir, "neurovault")
    out = set()
    if os.path.isdir(root):
        for col in os.listdir(root):
            for f in os.listdir(os.path.join(root, col)):
                if f.startswith("image_") and f.endswith(".nii.gz"):
                    out.add(int(f[len("image_"):-len(".nii.gz")].split("_")[0]))
    return out


def collection_dirs(data_dir):
    root = os.path.join(data_dir, "neurovault")
    return {d for d in os.listdir(root) if d.startswith("collection_")} \
        if os.path.isdir(root) else set()


def report_leftovers(ctx, results):
    """Does a fetch leave exactly its result on disk? (nilearn does, by construction)."""
    runs = ctx.leftovers
    if not runs:
        return
    with_images = [r for r in runs if r["sdk_surplus_images"]]
    with_dirs = [r for r in runs if r["sdk_only_collection_dirs"]]
    nl_with = [r for r in runs if r["nilearn_surplus_images"]]
    limited = sum(1 for r in runs if r["limited"])
    results.append((
        "3 disk", "a fetch leaves exactly its result on disk: no image beyond max_images "
                  "(over the check-1 runs)",
        PASS if not with_images else KNOWN,
        f"SDK left images that are not in its result after {len(with_images)} of {limited} "
        f"limited fetches ({sum(len(r['sdk_surplus_images']) for r in with_images)} images, "
        "e.g. " + "; ".join(f"{r['case'][:40]}: {r['sdk_surplus_images']}"
                            for r in with_images[:3])
        + f"); nilearn: {len(nl_with)} runs with surplus images"))
    results.append((
        "3 disk", "a fetch writes collection_metadata.json only for collections nilearn "
                  "would have scanned (over the check-1 runs)",
        PASS if not with_dirs else FAIL,
        f"SDK wrote collection dirs beyond nilearn's stopping point in {len(with_dirs)} of "
        f"{len(runs)} runs, e.g. " + "; ".join(f"{r['case'][:40]}: {r['sdk_only_collection_dirs']}"
                                              for r in with_dirs[:3])))
    if with_images:
        r = with_images[0]
        dest = ctx.fresh_dir("leftover-sdk-dir-read-by-nilearn")
        shutil.rmtree(dest)
        shutil.copytree(r["sdk_dir"], dest)
        again = dict(r["request"], mode="offline")
        nl_off = ctx.nilearn("fetch", again, dest, "leftover.nilearn-offline")
        sdk_off = ctx.sdk("fetch", again, r["sdk_dir"], "leftover.sdk-offline")
        same = set(nl_off["image_ids"]) == set(r["sdk_ids"])
        results.append((
            "3 disk", f"consequence: nilearn mode='offline' with the same request on the SDK's "
                      f"dir of '{r['case'][:40]}' returns the images the SDK fetch returned",
            PASS if same else KNOWN,
            f"SDK fetch returned {len(r['sdk_ids'])}; nilearn offline returns "
            f"{nl_off['n_images']} ({compare_lists(sorted(r['sdk_ids']), sorted(nl_off['image_ids']))})"
            f"; SDK offline returns {sdk_off.get('n_images')} "
            f"(same as its fetch: {sdk_off.get('image_ids') == r['sdk_ids']})"))


def check_ids(ctx, cols, images, results):
    by_col = {}
    for im in images.values():
        by_col.setdefault(im["collection_id"], []).append(im["id"])
    multi = [c["id"] for c in cols if len(by_col.get(c["id"], [])) >= 2]
    c1, c2 = multi[-1], multi[len(multi) // 2]
    others = [i for i, im in images.items() if im["collection_id"] not in (c1, c2)]
    picked = [others[0], others[len(others) // 3], others[-1]]
    # a non-default-term image (atlas / not_mni / ROI) to show no default filter applies
    odd = next((i for i in others if images[i].get("image_type") == "atlas"
                or images[i].get("not_mni") or images[i].get("map_type") == "ROI/mask"), None)
    if odd and odd not in picked:
        picked.append(odd)
    missing = max(images) + 100000
    dup = by_col[c1][0]  # already covered by collection c1
    image_ids = [picked[2], missing, picked[0], dup] + picked[3:] + [picked[1], picked[0]]
    request = {"collection_ids": [c1, c2, c1], "image_ids": image_ids}
    nl = ctx.nilearn("ids", request, ctx.fresh_dir("ids-nilearn"), "ids.nilearn")
    sdk = ctx.sdk("ids", request, ctx.fresh_dir("ids-sdk"), "ids.sdk")
    expected = set(by_col[c1]) | set(by_col[c2]) | set(picked)
    given_order = []
    for c in (c1, c2):
        given_order += [i for i in by_col[c] if i not in given_order]
    for i in image_ids:
        if i in images and i not in given_order:
            given_order.append(i)
    name = (f"fetch_neurovault_ids(collection_ids=[{c1}, {c2}, {c1}], image_ids={image_ids}) "
            f"(incl. unknown id {missing}, duplicate ids, image {odd} outside default terms)")
    if "error" in sdk:
        results.append(("2 ids", name, FAIL, f"SDK error: {sdk['error']}"))
        return
    a, b = nl["image_ids"], sdk["image_ids"]
    ok = set(a) == set(b) == expected and len(b) == len(set(b))
    failed_ids = sorted(f.get("id") for f in sdk.get("failed", []))
    detail = (f"nilearn {len(a)} / SDK {len(b)} / expected {len(expected)} images; "
              f"sets {'equal' if set(a) == set(b) else compare_lists(a, b)}; "
              f"SDK failed={failed_ids} (expected [{missing}]); nilearn log "
              f"{nl['log_counts']}")
    if failed_ids != [missing]:
        ok = False
    results.append(("2 ids", name, PASS if ok else FAIL, detail))
    results.append(("2 ids", "order: SDK keeps the given order (collections, then image ids), "
                    "nilearn uses Python set order",
                    PASS if b == given_order else FAIL,
                    f"SDK order == given order: {b == given_order}; nilearn order == given "
                    f"order: {a == given_order}"))


PATH_KEY_MARKERS = ("path",)


def is_path_key(key):
    return any(m in key for m in PATH_KEY_MARKERS)


def load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def tree(root):
    out = set()
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            out.add(os.path.relpath(os.path.join(dirpath, f), root))
    return out


def compare_stores(ours_root, theirs_root):
    """Compare two data dirs (ours = SDK, theirs = nilearn). Returns (problems, notes, stats)."""
    ours, theirs = tree(ours_root), tree(theirs_root)
    notes, problems = [], []
    stats = Counter()
    only_ours, only_theirs = sorted(ours - theirs), sorted(theirs - ours)
    stats["files only the SDK wrote"] = only_ours
    stats["files only nilearn wrote"] = only_theirs
    key_diffs = Counter()
    value_diffs = Counter()
    order_diffs = 0
    path_styles = {}
    for rel in sorted(ours & theirs):
        a, b = os.path.join(ours_root, rel), os.path.join(theirs_root, rel)
        base = os.path.basename(rel)
        if base.endswith(".nii.gz") or base.startswith("neurosynth_words"):
            stats["binary/words files compared"] += 1
            if not filecmp.cmp(a, b, shallow=False):
                problems.append(f"bytes differ: {rel}")
            continue
        if not base.endswith(".json"):
            continue
        stats["metadata files compared"] += 1
        ja, jb = load(a), load(b)
        ka = [k for k in ja if not is_path_key(k)]
        kb = [k for k in jb if not is_path_key(k)]
        for k in set(ka) ^ set(kb):
            key_diffs[(base.split("_")[0], k, "SDK" if k in ja else "nilearn")] += 1
        for k in set(ka) & set(kb):
            if ja[k] != jb[k]:
                value_diffs[(k, repr(ja[k])[:40], repr(jb[k])[:40])] += 1
        if [k for k in ka if k in kb] != [k for k in kb if k in ka]:
            order_diffs += 1
        for k in set(ja) | set(jb):
            if is_path_key(k):
                kind = "collection" if base == "collection_metadata.json" else "image"
                style = (describe_path(ja.get(k), ours_root), describe_path(jb.get(k), theirs_root))
                path_styles.setdefault((kind, k), Counter())[style] += 1
    for (kind, key, side), n in sorted(key_diffs.items()):
        problems.append(f"{kind} metadata key '{key}' only in {side} files ({n} files)")
    for (key, va, vb), n in sorted(value_diffs.items()):
        problems.append(f"value of '{key}' differs in {n} files: SDK {va} vs nilearn {vb}")
    if order_diffs:
        notes.append(f"key order differs in {order_diffs} metadata files")
    for (kind, key), styles in sorted(path_styles.items()):
        notes.append(f"{kind} '{key}': " + ", ".join(f"SDK {s[0]} / nilearn {s[1]} x{n}"
                                                     for s, n in styles.items()))
    return problems, notes, stats


def describe_path(value, root):
    if value is None:
        return "absent"
    if not isinstance(value, str):
        return type(value).__name__
    if os.path.isabs(value):
        return "absolute" if value.startswith(os.path.abspath(root)) else "absolute(other dir)"
    return "relative"


def check_disk(ctx, results):
    # map_type='Z map' makes nilearn pass collections without any matching image (quirk 16)
    request = {"max_images": 45, "mode": "download_new", "fetch_neurosynth_words": True,
               "map_type": "Z map"}
    # offline, no limit: everything the other side left on disk must be read
    offline = dict(request, mode="offline", max_images=None)
    sdk_dir = ctx.fresh_dir("disk-sdk")
    nl_dir = ctx.fresh_dir("disk-nilearn")
    sdk = ctx.sdk("fetch", request, sdk_dir, "disk.sdk")
    nl = ctx.nilearn("fetch", request, nl_dir, "disk.nilearn")
    if "error" in sdk:
        results.append(("3 disk", "SDK writes a data dir", FAIL, sdk["error"]))
        return
    # 3a nilearn offline on a copy of OUR dir (nilearn rewrites metadata even offline)
    copy_ours = ctx.fresh_dir("disk-sdk-copy-read-by-nilearn")
    shutil.rmtree(copy_ours)
    shutil.copytree(sdk_dir, copy_ours)
    ctx.replica.reset_stats()
    nl_off = ctx.nilearn("fetch", offline, copy_ours, "disk.nilearn-offline-on-sdk-dir")
    st = ctx.replica.settle()
    sdk_on_disk = images_on_disk(sdk_dir)  # the result, plus surplus downloads if any
    ok = (set(nl_off["image_ids"]) == sdk_on_disk and not nl_off["meta_path_problems"]
          and all(nl_off["images_exist"]))
    results.append((
        "3 disk", "nilearn mode='offline' reads a data dir the SDK wrote",
        PASS if ok else FAIL,
        f"nilearn offline (max_images=None) {nl_off['n_images']} images vs {len(sdk_on_disk)} "
        f"on disk (SDK result {sdk['n_images']}; "
        f"{compare_lists(sorted(sdk_on_disk), sorted(nl_off['image_ids']))}); "
        f"path problems {len(nl_off['meta_path_problems'])} {nl_off['meta_path_problems'][:2]}; "
        f"order same as SDK fetch: {nl_off['image_ids'] == sdk['image_ids']} (nilearn: glob "
        f"order); requests nilearn sent to the replica {st['requests_total']} (words files "
        f"recognised if 0); vocabulary size nilearn {nl_off.get('vocabulary_size')} vs SDK "
        f"{sdk.get('vocabulary_size')}"))
    if st["requests_total"]:
        results[-1] = results[-1][:2] + (FAIL,) + (results[-1][3],)
    # 3b our offline on a copy of nilearn's dir
    copy_theirs = ctx.fresh_dir("disk-nilearn-copy-read-by-sdk")
    shutil.rmtree(copy_theirs)
    shutil.copytree(nl_dir, copy_theirs)
    ctx.replica.reset_stats()
    sdk_off = ctx.sdk("fetch", offline, copy_theirs, "disk.sdk-offline-on-nilearn-dir")
    st = ctx.replica.settle()
    if "error" in sdk_off:
        results.append(("3 disk", "SDK --mode offline reads a data dir nilearn wrote", FAIL,
                        sdk_off["error"]))
    else:
        ok = (set(sdk_off["image_ids"]) == set(nl["image_ids"]) and not sdk_off.get("failed")
              and st["requests_total"] == 0
              and sdk_off.get("vocabulary_size") == nl.get("vocabulary_size"))
        results.append((
            "3 disk", "SDK offline reads a data dir nilearn wrote", PASS if ok else FAIL,
            f"SDK offline {sdk_off['n_images']} images vs nilearn {nl['n_images']} "
            f"({compare_lists(sorted(nl['image_ids']), sorted(sdk_off['image_ids']))}); "
            f"order same as nilearn fetch: {sdk_off['image_ids'] == nl['image_ids']}; failed "
            f"{len(sdk_off.get('failed', []))}; requests to replica {st['requests_total']}; "
            f"vocabulary size SDK {sdk_off.get('vocabulary_size')} vs nilearn "
            f"{nl.get('vocabulary_size')}"))
    # 3c the bytes and metadata both wrote (pristine dirs, same request)
    if sdk["image_ids"] != nl["image_ids"]:
        results.append(("3 disk", "files written by both", FAIL,
                        "selections differ, cannot compare files"))
        return
    problems, notes, stats = compare_stores(os.path.join(sdk_dir, "neurovault"),
                                            os.path.join(nl_dir, "neurovault"))
    only_nl_top = sorted(tree(nl_dir) - tree(sdk_dir) - {os.path.join("neurovault", p)
                                                         for p in tree(os.path.join(nl_dir,
                                                                                    "neurovault"))})
    if only_nl_top:
        notes.append(f"top-level files only nilearn wrote: {only_nl_top}")
    only_ours, only_theirs = stats.pop("files only the SDK wrote"), stats.pop(
        "files only nilearn wrote")
    results.append(("3 disk", "same set of files under <data_dir>/neurovault",
                    PASS if not only_ours and not only_theirs
                    else KNOWN if not only_theirs and all(surplus_file(p, sdk["image_ids"])
                                                          for p in only_ours)
                    else FAIL,
                    f"{len(tree(os.path.join(sdk_dir, 'neurovault')))} files; SDK's last image "
                    f"is in collection {sdk['collection_ids'][-1]}; only the SDK wrote "
                    f"{only_ours}; only nilearn wrote {only_theirs}"))
    results.append(("3 disk", "bytes of image and words files, metadata keys and values "
                              "(path fields ignored)",
                    PASS if not problems else FAIL,
                    f"{dict(stats)}; " + ("; ".join(problems) if problems
                                          else "bytes, keys and values agree")))
    for note in notes:
        results.append(("3 disk", "note", INFO, note))
    check_continuation(ctx, request, sdk_dir, nl_dir, results)


def check_continuation(ctx, request, sdk_dir, nl_dir, results):
    """download_new with a larger max_images on a dir the other side wrote."""
    more = dict(request, max_images=None)
    runs = {}
    for who, src in (("sdk", sdk_dir), ("nilearn", nl_dir)):
        for reader in ("sdk", "nilearn"):
            dest = ctx.fresh_dir(f"cont-{reader}-on-{who}-dir")
            shutil.rmtree(dest)
            shutil.copytree(src, dest)
            name = f"cont.{reader}-on-{who}-dir"
            runs[(reader, who)] = (ctx.sdk if reader == "sdk" else ctx.nilearn)(
                "fetch", more, dest, name)
    fresh = ctx.nilearn("fetch", more, ctx.fresh_dir("cont-nilearn-fresh"), "cont.nilearn-fresh")
    for reader in ("nilearn", "sdk"):
        a, b = runs[(reader, "nilearn")], runs[(reader, "sdk")]
        if "error" in a or "error" in b:
            results.append(("3 disk", f"{reader} download_new continues a dir", FAIL,
                            a.get("error") or b.get("error")))
            continue
        ok = set(a["image_ids"]) == set(b["image_ids"]) and not a.get("failed") \
            and not b.get("failed")
        results.append((
            "3 disk", f"{reader} mode=download_new, max_images=None on a dir the other side "
                      f"wrote == on a dir it wrote itself",
            PASS if ok else FAIL,
            f"{len(b['image_ids'])} images on the SDK's dir, {len(a['image_ids'])} on nilearn's "
            f"({compare_lists(sorted(b['image_ids']), sorted(a['image_ids']))})"))
    nl_cont, sdk_cont = runs[("nilearn", "nilearn")], runs[("sdk", "sdk")]
    if "error" not in sdk_cont:
        results.append((
            "3 disk", "continuation: SDK completes partly downloaded collections, nilearn skips "
                      "them (DESIGN.md deliberate fix)",
            DELIBERATE if set(sdk_cont["image_ids"]) == set(fresh["image_ids"]) else FAIL,
            f"fresh full fetch {fresh['n_images']}; SDK continuation {sdk_cont['n_images']} "
            f"(== fresh set: {set(sdk_cont['image_ids']) == set(fresh['image_ids'])}); nilearn "
            f"continuation {nl_cont['n_images']} (missing "
            f"{len(set(fresh['image_ids']) - set(nl_cont['image_ids']))})"))


def check_words(ctx, results):
    request = {"max_images": 25, "mode": "download_new", "fetch_neurosynth_words": True,
               "modality": "fMRI-BOLD"}
    nl = ctx.nilearn("fetch", request, ctx.fresh_dir("words-nilearn"), "words.nilearn")
    sdk_dir = ctx.fresh_dir("words-sdk")
    sdk = ctx.sdk("fetch", request, sdk_dir, "words.sdk")
    if "error" in sdk:
        results.append(("4 words", "Neurosynth words", FAIL, sdk["error"]))
        return
    results.append(("4 words", "vocabulary_size, same images",
                    PASS if (sdk.get("vocabulary_size") == nl.get("vocabulary_size")
                             and sdk["image_ids"] == nl["image_ids"]) else FAIL,
                    f"nilearn {nl.get('vocabulary_size')} words over {nl['n_images']} images, "
                    f"SDK {sdk.get('vocabulary_size')} over {sdk['n_images']}"))
    # nilearn's own vectorizer on OUR words files, in our result order
    files = []
    for iid, cid in zip(sdk["image_ids"], sdk["collection_ids"]):
        files.append(os.path.join(sdk_dir, "neurovault", f"collection_{cid}",
                                  f"neurosynth_words_for_image_{iid}.json"))
    vec = ctx.vectorize(files)
    same_vocab = vec["vocabulary"] == nl["vocabulary"]
    same_freq = vec["word_frequencies"] == nl["word_frequencies"]
    max_abs = None
    if not same_freq and vec["word_frequencies"] and nl["word_frequencies"] \
            and len(vec["word_frequencies"]) == len(nl["word_frequencies"]):
        max_abs = max(abs(x - y) for ra, rb in zip(vec["word_frequencies"],
                                                   nl["word_frequencies"])
                      for x, y in zip(ra, rb))
    results.append(("4 words", "nilearn.neurosynth_words_vectorized(SDK words files) == "
                    "nilearn's own vocabulary / word_frequencies",
                    PASS if same_vocab and same_freq else FAIL,
                    f"vocabulary equal: {same_vocab}; word_frequencies equal: {same_freq}"
                    + (f" (max |diff| {max_abs})" if max_abs is not None else "")
                    + f"; matrix {len(nl['word_frequencies'] or [])}x"
                      f"{len((nl['word_frequencies'] or [[]])[0])}"))


TABLES = [
    ("Python re.match table (Pattern translator)",
     os.path.join(REPO, "tools", "python-regex", "gen_regex_cases.py"),
     os.path.join(REPO, "core", "src", "test", "resources", "python-regex",
                  "re_match_cases.json")),
    ("matcher type table (real nilearn)",
     os.path.join(REPO, "tools", "nilearn-matchers", "gen_matcher_table.py"),
     os.path.join(REPO, "core", "src", "test", "resources", "nilearn-matchers",
                  "matcher_type_table.json")),
]


def check_tables(ctx, results):
    """The tables the core tests read are what this Python and this nilearn produce now."""
    for label, script, committed in TABLES:
        run = subprocess.run([ctx.args.nilearn_python, script], capture_output=True, text=True,
                             env=ctx.env)
        if run.returncode != 0:
            results.append(("6 tables", label, FAIL, run.stderr.strip()[-300:]))
            continue
        fresh = json.loads(run.stdout)
        with open(committed, encoding="utf-8") as fh:
            stored = json.load(fh)
        differing = [i for i, (a, b) in enumerate(zip(fresh["rows"], stored["rows"])) if a != b]
        same = not differing and len(fresh["rows"]) == len(stored["rows"])
        results.append(("6 tables", label + " == committed test data", PASS if same else FAIL,
                        f"{len(fresh['rows'])} rows regenerated, {len(stored['rows'])} "
                        f"committed, {len(differing)} differ"
                        + (f" (first: row {differing[0]})" if differing else "")))


def check_nginx(ctx, expected_total, results):
    rep = Replica(ctx.nvfetch, ctx.replica_args + ["--profile", "nginx"],
                  os.path.join(ctx.work, "logs", "replica-nginx.log"))
    try:
        request = {"max_images": None, "mode": "download_new", "fetch_neurosynth_words": True}
        rep.reset_stats()
        nl = ctx.nilearn("fetch", request, ctx.fresh_dir("nginx-nilearn"), "nginx.nilearn",
                         replica=rep)
        st_nl = rep.settle(1.5)
        time.sleep(2.5)  # let the limiter's window refill before the SDK run
        rep.reset_stats()
        sdk = ctx.sdk("fetch", request, ctx.fresh_dir("nginx-sdk"), "nginx.sdk", replica=rep,
                      extra_args=shlex.split(ctx.args.sdk_nginx_args))
        st_sdk = rep.settle(0.5)
    finally:
        rep.stop()
    n503 = st_nl["requests_by_status"].get("503", 0)
    results.append(("5 nginx", "nilearn against --profile nginx (10 r/s burst 20, 10 in flight; "
                    "503 without Retry-After)", INFO,
                    f"nilearn got {nl['n_images']}/{expected_total} images in "
                    f"{nl['elapsed_ms'] / 1000:.1f}s; 503s {n503} of {st_nl['requests_total']} "
                    f"requests; nilearn log: {nl['log_counts']}; warnings "
                    f"{[w[:90] for w in nl['warnings']]}"))
    if "error" in sdk:
        results.append(("5 nginx", "SDK against --profile nginx", FAIL, sdk["error"]))
        return
    ok = sdk["n_images"] == expected_total and not sdk.get("failed")
    results.append(("5 nginx", "SDK against --profile nginx (default client settings)",
                    PASS if ok else FAIL,
                    f"SDK got {sdk['n_images']}/{expected_total} images, failed "
                    f"{len(sdk.get('failed', []))}, in {sdk['elapsed_ms'] / 1000:.1f}s; 503s "
                    f"{st_sdk['requests_by_status'].get('503', 0)} of "
                    f"{st_sdk['requests_total']} requests; peak r/s "
                    f"{st_sdk.get('peak_requests_per_second')}"))


# --------------------------------------------------------------------------------------------
# resampling (issue 13): our Resampling against nilearn's resample_img, file by file

INTERPOLATIONS = ("continuous", "linear", "nearest")
GOLDEN_DIR = os.path.join(REPO, "core", "src", "test", "resources", "resample-golden")
RESAMPLER = os.path.join(HERE, "ResampleFiles.java")
# the largest |difference| accepted on an oblique affine (the goal, and the measure, is 0)
OBLIQUE_TOLERANCE = 1e-4


def run_nilearn_tool(ctx, args, timeout=1800):
    proc = subprocess.run([ctx.args.nilearn_python, RUNNER] + args, capture_output=True,
                          text=True, env=ctx.env, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"nilearn_run {args[0]} exit {proc.returncode}: {proc.stderr[-400:]}")
    out = last_json_line(proc.stdout)
    if "exception" in out:
        raise RuntimeError(f"nilearn_run {args[0]} raised {out['exception']}")
    return out


def resample_ours(ctx, out_dir, files):
    """Our core Resampling on each file and interpolation (ResampleFiles.java on the CLI jar)."""
    cmd = ["java", "-cp", ctx.args.nvfetch_jar, RESAMPLER, out_dir, ",".join(INTERPOLATIONS)]
    proc = subprocess.run(cmd + files, capture_output=True, text=True, env=ctx.env,
                          timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"ResampleFiles exit {proc.returncode}: {proc.stderr[-400:]}")
    out = {}
    for line in proc.stdout.splitlines():
        kind, path, interpolation, rest = line.split(" ", 3)
        out.setdefault(path, {})[interpolation] = ({"file": rest} if kind == "ok"
                                                   else {"error": rest})
    return out


def varied_inputs(ctx, rep, count):
    """The first ``count`` images of a --volumes varied replica (every variant comes first)."""
    _cols, images = survey(rep.url)
    folder = os.path.join(ctx.work, "resample", "varied-inputs")
    os.makedirs(folder, exist_ok=True)
    paths = []
    for image_id, record in list(images.items())[:count]:
        url = record["file"]
        if not url.startswith("http"):
            url = rep.url + url
        path = os.path.join(folder, f"image_{image_id}.nii.gz")
        with urllib.request.urlopen(url, timeout=60) as r, open(path, "wb") as fh:
            shutil.copyfileobj(r, fh)
        paths.append(path)
    return paths


def golden_inputs():
    with open(os.path.join(GOLDEN_DIR, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    return [os.path.join(GOLDEN_DIR, case["input"]) for case in manifest["cases"]]


def check_resampling(ctx, rep, results):
    """Item 9 (a): nilearn's and our resampled files of the same inputs, compared."""
    sets = [("varied replica", varied_inputs(ctx, rep, ctx.args.resample_images)),
            ("golden inputs", golden_inputs())]
    for label, files in sets:
        slug = label.replace(" ", "-")
        theirs_dir = os.path.join(ctx.work, "resample", slug, "nilearn")
        ours_dir = os.path.join(ctx.work, "resample", slug, "sdk")
        theirs = run_nilearn_tool(ctx, ["resample", "--out-dir", theirs_dir, "--interpolations",
                                        ",".join(INTERPOLATIONS), "--files"] + files)
        ours = resample_ours(ctx, ours_dir, files)
        pairs, errors = {}, {}
        for path in files:
            for interpolation in INTERPOLATIONS:
                key = f"{path}|{interpolation}"
                a, b = ours.get(path, {}).get(interpolation, {}), theirs[path][interpolation]
                if "file" in a and "file" in b:
                    pairs[key] = [a["file"], b["file"]]
                else:
                    errors[key] = (a.get("error", "written"), b.get("error", "written"))
        pairs_file = ctx.write_json(f"resample-{slug}-pairs.json", pairs)
        compared = run_nilearn_tool(ctx, ["compare", "--pairs", pairs_file]) if pairs else {}
        groups = OrderedDict()
        for path in files:
            groups.setdefault(theirs[path]["describe"], []).append(path)
        for signature, paths in groups.items():
            results.append(resampling_row(label, signature, paths, compared, errors))


def resampling_row(label, signature, paths, compared, errors):
    rows, problems, fails = [], [], []
    for path in paths:
        for interpolation in INTERPOLATIONS:
            key = f"{path}|{interpolation}"
            if key in errors:
                ours, theirs = errors[key]
                both_refuse = ours.startswith("BoundingBox") and theirs.startswith("BoundingBox")
                (problems if both_refuse else fails).append(
                    f"{interpolation}: SDK {ours[:60]!r}, nilearn {theirs[:60]!r}")
                continue
            row = compared.get(key, {"error": "not compared"})
            if "error" in row:
                fails.append(f"{interpolation}: {row['error']}")
                continue
            row["interpolation"] = interpolation
            rows.append(row)
    identical = sum(1 for r in rows if r["identical"])
    headers = sum(1 for r in rows if r["header"])
    same_bytes = sum(1 for r in rows if r["file_bytes"])
    max_diff = max((r["max_abs_diff"] or 0.0 for r in rows), default=0.0)
    oblique = "oblique" in signature
    for r in rows:
        ok = r["shape"] and r["affine"] and r["dtype"] and r["nan_mask"] and r["header"] and (
            r["identical"] or (oblique and r["max_abs_diff"] <= OBLIQUE_TOLERANCE))
        if not ok:
            fails.append(f"{r['interpolation']}: shape {r['shape']}, affine {r['affine']}, "
                         f"dtype {r['dtype']}, NaN mask {r['nan_mask']}, header {r['header']}, "
                         f"max |diff| {r['max_abs_diff']}")
    first = rows[0] if rows else {}
    detail = (f"{len(paths)} file(s) x {len(INTERPOLATIONS)}: {identical}/{len(rows)} "
              f"bit-identical arrays, {headers}/{len(rows)} equal headers+extensions, "
              f"{same_bytes}/{len(rows)} equal decompressed files, max |diff| {max_diff:g}")
    if first:
        detail += f"; output {first['on_disk_dtype']} {first['shape_value']}"
        nan = max(r.get("nan_voxels", 0) for r in rows)
        if nan:
            detail += f", up to {nan} NaN voxels (same mask)"
    if problems:
        detail += "; both refuse: " + "; ".join(problems)
    if fails:
        detail += "; PROBLEMS: " + "; ".join(fails[:4])
    return ("7 resample", f"{label}: {signature}", FAIL if fails else PASS, detail)


def check_offline_resampled(ctx, rep, results):
    """Item 9 (b): nilearn offline with resample=True on a data dir written with resample=True."""
    request = {"max_images": ctx.args.resample_images, "mode": "download_new",
               "resample": True, "interpolation": "continuous"}
    offline = dict(request, mode="offline")
    nl_dir = ctx.fresh_dir("resample-nilearn")
    nl = ctx.nilearn("fetch", request, nl_dir, "resample.nilearn", replica=rep)
    nl_off = ctx.nilearn("fetch", offline, nl_dir, "resample.nilearn-offline", replica=rep)
    results.append(("8 offline", "nilearn offline resample=True on its own resampled dir "
                                 "(the check's own baseline)", INFO,
                    f"online {nl['n_images']} images, offline {nl_off['n_images']} "
                    f"({compare_lists(sorted(nl['image_ids']), sorted(nl_off['image_ids']))}); "
                    f"all listed paths resampled and present: "
                    f"{resampled_paths_ok(nl_off)}"))
    sdk_dir = ctx.fresh_dir("resample-sdk")
    sdk = ctx.sdk("fetch", request, sdk_dir, "resample.sdk", replica=rep)
    if "error" in sdk or sdk.get("exit_code"):
        message = sdk.get("error") or f"exit {sdk.get('exit_code')}"
        unsupported = "resample" in message
        results.append(("8 offline", "nilearn offline resample=True reads a dir the SDK wrote "
                                     "with resample=True", SKIP if unsupported else FAIL,
                        ("the SDK does not accept resample=true yet: " if unsupported else "")
                        + message[:200]))
        return
    theirs = ctx.nilearn("fetch", offline, sdk_dir, "resample.nilearn-on-sdk-dir", replica=rep)
    same = sorted(theirs["image_ids"]) == sorted(sdk["image_ids"])
    paths_ok = resampled_paths_ok(theirs)
    results.append(("8 offline", "nilearn offline resample=True reads a dir the SDK wrote "
                                 "with resample=True: same images, resampled paths",
                    PASS if same and paths_ok else FAIL,
                    f"SDK {sdk['n_images']} images, nilearn offline {theirs['n_images']} "
                    f"({compare_lists(sorted(sdk['image_ids']), sorted(theirs['image_ids']))});"
                    f" nilearn online {nl['n_images']}; listed paths resampled and present: "
                    f"{paths_ok}"))


def resampled_paths_ok(out):
    return bool(out["images"]) and all(
        p.endswith("_resampled.nii.gz") for p in out["images"]) and all(out["images_exist"])


def check_resample_suite(ctx, results, steps=(check_resampling, check_offline_resampled)):
    rep = Replica(ctx.nvfetch, ctx.replica_args + ["--volumes", "varied"],
                  os.path.join(ctx.work, "logs", "replica-varied.log"))
    try:
        for step in steps:
            try:
                step(ctx, rep, results)
            except Exception as err:  # one broken check must not hide the other
                results.append(("7 resample", f"{step.__name__} crashed", FAIL,
                                f"{type(err).__name__}: {err}"))
    finally:
        rep.stop()


# --------------------------------------------------------------------------------------------

def print_table(results, out=sys.stdout):
    width = {"check": 10, "status": 22}
    out.write(f"{'check':<{width['check']}} {'status':<{width['status']}} case / details\n")
    out.write("-" * 110 + "\n")
    for check, name, status, detail in results:
        out.write(f"{check:<{width['check']}} {status:<{width['status']}} {name}\n")
        out.write(f"{'':<{width['check']}} {'':<{width['status']}}   -> {detail}\n")
    counts = Counter(status.split()[0] for _c, _n, status, _d in results)
    out.write("-" * 110 + "\n")
    out.write(f"{counts.get('PASS', 0)} passed, {counts.get('FAIL', 0)} failed"
              f" ({counts.get('KNOWN', 0)} known differences, {counts.get('INFO', 0)} "
              f"informational, {counts.get('SKIP', 0)} skipped)\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nilearn-python", default=sys.executable,
                    help="Python that can import nilearn (with PYTHONPATH as needed)")
    ap.add_argument("--nvfetch", default=os.path.join(REPO, "nvfetch"),
                    help="command that runs the nvfetch CLI (default: the repository launcher)")
    ap.add_argument("--sdk-args", default="--rate 50",
                    help="extra arguments for nvfetch fetch/ids in checks 1-4 "
                         "(default: --rate 50; the replica has no limit there)")
    ap.add_argument("--sdk-nginx-args", default="",
                    help="extra arguments for nvfetch fetch in check 5 (default: none)")
    ap.add_argument("--workdir", help="where data dirs, requests and logs go "
                                      "(default: a new temp dir, kept)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--collections", type=int, default=30)
    ap.add_argument("--images", type=int, default=300)
    ap.add_argument("--only", default="1,2,3,4,5,6,7",
                    help="comma-separated check numbers (7: resampling, 7 and 8 of the table; "
                         "8 alone: only the offline read-back)")
    ap.add_argument("--nvfetch-jar", default=os.path.join(REPO, "examples", "target",
                                                          "nvfetch.jar"),
                    help="the CLI jar whose core resamples in check 7 (built by ./nvfetch)")
    ap.add_argument("--resample-images", type=int, default=30,
                    help="images of the --volumes varied replica check 7 resamples")
    ap.add_argument("--results-json", help="also write the results table as JSON here")
    args = ap.parse_args()
    args.workdir = os.path.abspath(args.workdir or tempfile.mkdtemp(prefix="nilearn-compat-"))
    os.makedirs(os.path.join(args.workdir, "logs"), exist_ok=True)
    atexit.register(_cleanup)
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    only = set(args.only.split(","))

    ctx = Context(args)
    version = subprocess.run([args.nilearn_python, RUNNER, "version"], capture_output=True,
                             text=True, env=ctx.env)
    if version.returncode == 3:
        sys.stderr.write(version.stderr)
        return 3
    versions = last_json_line(version.stdout)
    git = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    print(f"nilearn {versions['nilearn']} from {versions['nilearn_file']}")
    print("python " + ", ".join(f"{k} {v}" for k, v in versions.items()
                                if k not in ("nilearn", "nilearn_file")))
    print(f"neurovault-fetch {git}; nvfetch command: {args.nvfetch}; workdir {args.workdir}")

    ctx.replica_args = ["--seed", str(args.seed), "--collections", str(args.collections),
                        "--images", str(args.images)]
    ctx.replica = Replica(ctx.nvfetch, ctx.replica_args,
                          os.path.join(args.workdir, "logs", "replica.log"))
    print(f"replica {ctx.replica.url} ({' '.join(ctx.replica_args)})")
    cols, images = survey(ctx.replica.url)
    print(f"corpus: {len(cols)} public collections, {len(images)} images")
    sys.stdout.flush()

    results = []
    expected_total = None
    steps = [("1", lambda: check_selection(ctx, cols, images, results)),
             ("1", lambda: report_leftovers(ctx, results)),
             ("2", lambda: check_ids(ctx, cols, images, results)),
             ("3", lambda: check_disk(ctx, results)),
             ("4", lambda: check_words(ctx, results)),
             ("6", lambda: check_tables(ctx, results)),
             ("7", lambda: check_resample_suite(ctx, results)),
             ("8", lambda: "7" in only or check_resample_suite(
                 ctx, results, steps=(check_offline_resampled,)))]
    for number, step in steps:
        if number not in only:
            continue
        try:
            step()
        except Exception as err:  # one broken check must not hide the others
            results.append((f"{number}", "check crashed", FAIL, f"{type(err).__name__}: {err}"))
        sys.stdout.flush()
    ctx.replica.stop()
    if "5" in only:
        try:
            # how many images a full default fetch has (nilearn, no faults) = expected total
            rep_all = [r for r in results if r[1].startswith("defaults all")]
            nl_total = None
            if rep_all:
                nl_total = int(rep_all[0][3].split("nilearn ")[1].split(",")[0])
            if nl_total is None:
                nl_total = sum(1 for im in images.values() if default_terms_match(im, cols))
            expected_total = nl_total
            check_nginx(ctx, expected_total, results)
        except Exception as err:
            results.append(("5", "check crashed", FAIL, f"{type(err).__name__}: {err}"))
    results.sort(key=lambda r: r[0].split()[0])  # stable: keeps the order within a check
    print()
    print_table(results)
    if args.results_json:
        with open(args.results_json, "w", encoding="utf-8") as fh:
            json.dump({"versions": versions, "repo_commit": git, "results": results}, fh,
                      indent=1)
    return 1 if any(r[2] == FAIL for r in results) else 0


def default_terms_match(im, cols):
    col = next(c for c in cols if c["id"] == im["collection_id"])
    return (bool(col.get("number_of_images")) and im.get("not_mni") is False
            and im.get("is_thresholded") is False
            and im.get("map_type") not in ("ROI/mask", "anatomical", "parcellation")
            and im.get("image_type") != "atlas")


if __name__ == "__main__":
    sys.exit(main())
