#!/usr/bin/env python3
"""Run the REAL nilearn NeuroVault downloader against a local replica; print a JSON summary.

This file contains no nilearn code: it imports the nilearn that the user installed (or put on
PYTHONPATH) and redirects its module-level URL constants to the replica, as nilearn's own tests
do. It reads the SAME request documents as ``nvfetch fetch --request`` / ``nvfetch ids
--request`` (matchers as ``{"$IsIn": [...]}``, filters as terms objects or
``{"$AND": [...]}``/``{"$OR": [...]}``/``{"$XOR": [...]}``/``{"$NOT": F}``), so both sides are
driven by one file.

Sub-commands (the last stdout line is always one JSON object):

  fetch      --base-url URL --words-url URL --data-dir DIR --request FILE [--nilearn-extra FILE]
  ids        --base-url URL --words-url URL --data-dir DIR --request FILE
  vectorize  --files FILE...         nilearn's neurosynth_words_vectorized on the given files
  resample   --out-dir DIR --interpolations LIST --files FILE...
                                     nilearn's resample_img(img, target_affine=STD_AFFINE,
                                     interpolation=i) + to_filename, as its downloader calls it
  compare    --pairs FILE            compare resampled files pairwise (ours vs nilearn's): shape,
                                     affine, on-disk dtype, NaN mask, max |diff|, header bytes
  version                            nilearn version, file and package versions

``--nilearn-extra`` is a JSON object with nilearn-only options that cannot be written in a
request document: ``image_filter_py`` / ``collection_filter_py`` (Python lambda source, e.g.
``"lambda m: m.get('modality') == 'fMRI-BOLD'"``, evaluated with ``re`` and the neurovault
module as ``nv`` in scope), and ``model_design_fixes`` (true: run nilearn with DESIGN.md's
deliberate filter fixes applied, as a model of what our SDK should select: every image and
collection term and filter sees ``nv._remove_none_strings(meta)`` (null-like strings as null,
online as offline), and server-side collection terms (DOI/name/owner/id) are also re-checked
locally).
"""

import argparse
import contextlib
import io
import json
import os
import re
import sys
import time
import traceback
import warnings

MISSING_NILEARN = (
    "nilearn is not importable from this Python ({exe}).\n"
    "Install it for this Python, or point at a nilearn source tree (see docs/COMPATIBILITY.md):\n"
    "  NILEARN_SRC=/path/to/nilearn-src tools/nilearn-compat/run_checks.sh\n"
    "  (or PYTHONPATH=/path/to/nilearn-src {exe} ...)\n"
    "It also needs numpy, scipy, scikit-learn, nibabel, pandas, joblib, requests, packaging.\n"
    "Import error: {err}"
)


def import_nilearn():
    try:
        import nilearn  # noqa: F401
        from nilearn.datasets import neurovault as nv
    except Exception as err:  # ImportError, or a dependency too old for this nilearn
        sys.stderr.write(MISSING_NILEARN.format(exe=sys.executable, err=repr(err)) + "\n")
        sys.exit(3)
    return nv


# --------------------------------------------------------------------------------------------
# request document -> nilearn objects

RE_FLAGS = {
    "IGNORECASE": re.IGNORECASE, "I": re.IGNORECASE,
    "MULTILINE": re.MULTILINE, "M": re.MULTILINE,
    "DOTALL": re.DOTALL, "S": re.DOTALL,
    "VERBOSE": re.VERBOSE, "X": re.VERBOSE,
    "ASCII": re.ASCII, "A": re.ASCII,
    "UNICODE": re.UNICODE, "U": re.UNICODE,
}


def flags_of(spec):
    if spec is None:
        return 0
    if isinstance(spec, int):
        return spec
    names = []
    for part in spec if isinstance(spec, list) else [spec]:
        names.extend(part.split("|"))
    value = 0
    for name in names:
        name = name.strip()
        if name.startswith("re."):
            name = name[3:]
        value |= RE_FLAGS[name.upper()]
    return value


def term_value(nv, value):
    """A JSON term value -> a plain value or a nilearn special value."""
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith("$"):
        op, arg = next(iter(value.items()))
        name = op[1:]
        if name in ("IsNull", "NotNull"):
            return getattr(nv, name)()
        if name == "NotEqual":
            return nv.NotEqual(arg)
        if name in ("GreaterOrEqual", "GreaterThan", "LessOrEqual", "LessThan"):
            return getattr(nv, name)(arg)
        if name in ("IsIn", "NotIn", "Contains", "NotContains"):
            return getattr(nv, name)(*arg)
        if name == "Pattern":
            if isinstance(arg, str):
                return nv.Pattern(arg)
            return nv.Pattern(arg[0], flags_of(arg[1] if len(arg) > 1 else None))
        raise ValueError(f"unknown operator {op}")
    return value


def terms_of(nv, obj):
    return {k: term_value(nv, v) for k, v in obj.items()}


def filter_of(nv, obj):
    """A JSON filter (terms object or combinator) -> a nilearn ResultFilter."""
    if isinstance(obj, dict) and len(obj) == 1 and next(iter(obj)) in ("$AND", "$OR", "$XOR"):
        op, parts = next(iter(obj.items()))
        result = filter_of(nv, parts[0])
        for part in parts[1:]:
            result = getattr(result, op[1:])(filter_of(nv, part))
        return result
    if isinstance(obj, dict) and len(obj) == 1 and next(iter(obj)) == "$NOT":
        return filter_of(nv, obj["$NOT"]).NOT()
    return nv.ResultFilter(terms_of(nv, obj))


FETCH_KEYS = {"max_images", "mode", "collection_terms", "image_terms", "collection_filter",
              "image_filter", "fetch_neurosynth_words", "vectorize_words", "data_dir"}


def fetch_kwargs(nv, request, extra):
    kwargs = {}
    image_kwargs = {}
    for key, value in request.items():
        if key == "max_images":
            kwargs["max_images"] = value
        elif key == "mode":
            kwargs["mode"] = value
        elif key in ("collection_terms", "image_terms"):
            kwargs[key] = None if value is None else terms_of(nv, value)
        elif key in ("collection_filter", "image_filter"):
            if value is not None:
                kwargs[key] = filter_of(nv, value)
        elif key in ("fetch_neurosynth_words", "vectorize_words", "resample", "interpolation"):
            kwargs[key] = value
        elif key == "data_dir":
            pass  # the runner's --data-dir wins
        else:
            image_kwargs[key] = term_value(nv, value)
    scope = {"re": re, "nv": nv}
    for key in ("image_filter", "collection_filter"):
        src = extra.get(key + "_py")
        if src:
            kwargs[key] = eval(src, scope)  # noqa: S307 (trusted local test definitions)
    if extra.get("model_design_fixes"):
        model_design_fixes(nv, kwargs, image_kwargs)
    return kwargs, image_kwargs


def model_design_fixes(nv, kwargs, image_kwargs):
    """nilearn plus DESIGN.md's filter fixes (see the module docstring).

    Every term (defaults included) moves into one callable that runs on
    ``_remove_none_strings(meta)``. Server-side collection terms (str/int DOI/name/owner/id)
    stay terms too, so that nilearn still sends them in the URL (and ``id`` keeps its URL form),
    and are also checked locally.
    """
    empty = nv._empty_filter
    im_terms = kwargs.get("image_terms")
    im_terms = nv.basic_image_terms() if im_terms is None else im_terms
    im_terms = dict(im_terms, **image_kwargs)
    col_terms = kwargs.get("collection_terms")
    col_terms = nv.basic_collection_terms() if col_terms is None else dict(col_terms)
    if "collection_id" in im_terms:  # nilearn's _move_col_id, done before the terms are hidden
        col_terms["id"] = im_terms.pop("collection_id")
    server = {k: v for k, v in col_terms.items()
              if k in nv._COL_FILTERS_AVAILABLE_ON_SERVER and isinstance(v, (str, int))}
    im_filter = nv.ResultFilter(im_terms).AND(kwargs.get("image_filter", empty))
    col_filter = nv.ResultFilter(col_terms).AND(kwargs.get("collection_filter", empty))
    image_kwargs.clear()
    kwargs["image_terms"] = {}
    kwargs["collection_terms"] = server
    kwargs["image_filter"] = lambda meta: im_filter(nv._remove_none_strings(meta))
    kwargs["collection_filter"] = lambda meta: col_filter(nv._remove_none_strings(meta))


# --------------------------------------------------------------------------------------------
# running nilearn

def redirect(nv, base_url, words_url):
    base = base_url.rstrip("/") + "/api/"
    nv._NEUROVAULT_BASE_URL = base
    nv._NEUROVAULT_COLLECTIONS_URL = base + "collections/"
    nv._NEUROVAULT_IMAGES_URL = base + "images/"
    nv._NEUROSYNTH_FETCH_WORDS_URL = words_url


PATH_KEYS = ("absolute_path", "relative_path", "resampled_absolute_path",
             "resampled_relative_path", "ns_words_absolute_path", "ns_words_relative_path")


def summarize(data, fetch_words, elapsed, caught, log_text):
    images_meta = list(data["images_meta"])
    collections_meta = list(data["collections_meta"])
    out = {
        "image_ids": [m.get("id") for m in images_meta],
        "collection_ids": [m.get("collection_id") for m in images_meta],
        "collections_meta_ids": [c.get("id") for c in collections_meta],
        "n_images": len(images_meta),
        "images_exist": [os.path.isfile(p) for p in data["images"]],
        "images": list(data["images"]),
        "meta_path_problems": [],
        "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
        "log_counts": {
            "page_failures": log_text.count("Could not get batch"),
            "bad_images": log_text.count("bad image"),
            "words_failures": log_text.count("Could not fetch words"),
            "too_many_bad_images_in_collection": log_text.count("Too many bad images"),
        },
        "elapsed_ms": int(elapsed * 1000),
    }
    for meta in images_meta:
        for key in ("absolute_path", "ns_words_absolute_path"):
            value = meta.get(key)
            if key == "absolute_path" and (not value or not os.path.isfile(value)):
                out["meta_path_problems"].append(f"image {meta.get('id')}: {key}={value!r}")
            if key == "ns_words_absolute_path" and fetch_words and value \
                    and not os.path.isfile(value):
                out["meta_path_problems"].append(f"image {meta.get('id')}: {key} missing")
    for coll in collections_meta:
        value = coll.get("absolute_path")
        if not value or not os.path.isdir(value):
            out["meta_path_problems"].append(f"collection {coll.get('id')}: absolute_path={value!r}")
    if "vocabulary" in data:
        vocab = data.get("vocabulary")
        freqs = data.get("word_frequencies")
        out["vocabulary"] = None if vocab is None else [str(w) for w in vocab]
        out["vocabulary_size"] = None if vocab is None else len(vocab)
        out["word_frequencies"] = None if freqs is None else [[float(x) for x in row]
                                                              for row in freqs]
        out["ns_words_paths"] = [m.get("ns_words_absolute_path") for m in images_meta]
    return out


def run(nv, args, call):
    redirect(nv, args.base_url, args.words_url)
    log = io.StringIO()
    start = time.monotonic()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with contextlib.redirect_stdout(log):
            data = call()
    elapsed = time.monotonic() - start
    if args.log:
        with open(args.log, "w", encoding="utf-8") as fh:
            fh.write(log.getvalue())
    return data, elapsed, caught, log.getvalue()


def cmd_fetch(nv, args):
    with open(args.request, encoding="utf-8") as fh:
        request = json.load(fh)
    extra = {}
    if args.nilearn_extra:
        with open(args.nilearn_extra, encoding="utf-8") as fh:
            extra = json.load(fh)
    kwargs, image_kwargs = fetch_kwargs(nv, request, extra)
    data, elapsed, caught, log_text = run(nv, args, lambda: nv.fetch_neurovault(
        data_dir=os.path.abspath(args.data_dir), verbose=args.verbose, **kwargs, **image_kwargs))
    return summarize(data, kwargs.get("fetch_neurosynth_words", False), elapsed, caught,
                     log_text)


def cmd_ids(nv, args):
    with open(args.request, encoding="utf-8") as fh:
        request = json.load(fh)
    kwargs = {k: v for k, v in request.items() if k != "data_dir"}
    data, elapsed, caught, log_text = run(nv, args, lambda: nv.fetch_neurovault_ids(
        data_dir=os.path.abspath(args.data_dir), verbose=args.verbose, **kwargs))
    return summarize(data, kwargs.get("fetch_neurosynth_words", False), elapsed, caught,
                     log_text)


def cmd_vectorize(nv, args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with contextlib.redirect_stdout(io.StringIO()):
            freqs, vocab = nv.neurosynth_words_vectorized(args.files, verbose=0)
    return {
        "vocabulary": None if vocab is None else [str(w) for w in vocab],
        "word_frequencies": None if freqs is None else [[float(x) for x in row] for row in freqs],
        "warnings": [str(w.message) for w in caught],
    }


def cmd_resample(_nv, args):
    import nibabel as nib
    from nilearn.datasets.neurovault import STD_AFFINE
    from nilearn.image import resample_img

    os.makedirs(args.out_dir, exist_ok=True)
    out = {}
    for path in args.files:
        name = re.sub(r"\.nii(\.gz)?$", "", os.path.basename(path))
        out[path] = {}
        for interpolation in args.interpolations.split(","):
            target = os.path.join(args.out_dir, f"{name}_{interpolation}.nii.gz")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    img = resample_img(img=path, target_affine=STD_AFFINE,
                                       interpolation=interpolation)
                    img.to_filename(target)
                    out[path][interpolation] = {"file": target}
                except Exception as err:  # BoundingBoxError, unreadable file
                    out[path][interpolation] = {"error": f"{type(err).__name__}: {err}"}
        out[path]["describe"] = describe(nib.load(path))
    out["_nibabel"] = nib.__version__
    return out


def describe(img):
    """A short signature of a source file: datatype, byte order, version, xforms, NaNs."""
    import numpy as np
    hdr = img.header
    data = np.asanyarray(img.dataobj)
    # nibabel moves the scaling from the loaded header to the data proxy
    slope = float(getattr(img.dataobj, "slope", 1.0))
    inter = float(getattr(img.dataobj, "inter", 0.0))
    rot = img.affine[:3, :3]
    parts = [str(hdr.get_data_dtype().newbyteorder("=")),
             "big-endian" if hdr.endianness == ">" else "little-endian",
             type(img).__name__.replace("Image", ""), f"{img.ndim}-D",
             "zooms " + "x".join(f"{z:g}" for z in hdr.get_zooms()[:3]),
             f"sform {int(hdr['sform_code'])} qform {int(hdr['qform_code'])}"]
    if slope != 1 or inter != 0:
        parts.append(f"scl_slope {slope:g} scl_inter {inter:g}")
    if not np.allclose(rot, np.diag(np.diag(rot))):
        parts.append("oblique")
    if data.dtype.kind == "f" and not np.all(np.isfinite(data)):
        parts.append("NaN/inf")
    if len(hdr.extensions):
        parts.append(f"{len(hdr.extensions)} extensions")
    return ", ".join(parts)


def _prefix(path):
    """The decompressed bytes before the voxels (header, extension flag, extensions)."""
    import gzip
    import struct
    with gzip.open(path, "rb") as fh:
        raw = fh.read(540)
        nifti1 = raw[:4] in (b"\x5c\x01\x00\x00", b"\x00\x00\x01\x5c")
        endian = "<" if raw[0] in (0x5c, 0x1c) else ">"
        offset = int(struct.unpack(endian + "f", raw[108:112])[0]) if nifti1 \
            else struct.unpack(endian + "q", raw[168:176])[0]
        fh.seek(0)
        return fh.read(offset)


def compare_pair(ours, theirs):
    import nibabel as nib
    import numpy as np
    a, b = nib.load(ours), nib.load(theirs)
    da = np.asanyarray(a.dataobj).astype(np.float64)
    db = np.asanyarray(b.dataobj).astype(np.float64)
    row = {"shape": a.shape == b.shape, "affine": bool(np.array_equal(a.affine, b.affine)),
           "dtype": a.get_data_dtype() == b.get_data_dtype(),
           "on_disk_dtype": str(b.get_data_dtype()), "shape_value": list(b.shape)}
    if not row["shape"]:
        row.update(nan_mask=False, max_abs_diff=None, identical=False, header=False)
        return row
    na, nb = np.isnan(da), np.isnan(db)
    row["nan_mask"] = bool(np.array_equal(na, nb))
    row["nan_voxels"] = int(nb.sum())
    both = ~(na | nb)
    row["max_abs_diff"] = float(np.max(np.abs(da[both] - db[both]))) if both.any() else 0.0
    row["identical"] = bool(row["nan_mask"] and np.array_equal(da[both], db[both]))
    row["header"] = _prefix(ours) == _prefix(theirs)
    with open(ours, "rb") as fa, open(theirs, "rb") as fb:
        import gzip
        row["file_bytes"] = gzip.decompress(fa.read()) == gzip.decompress(fb.read())
    return row


def cmd_compare(_nv, args):
    with open(args.pairs, encoding="utf-8") as fh:
        pairs = json.load(fh)
    out = {}
    for key, (ours, theirs) in pairs.items():
        try:
            out[key] = compare_pair(ours, theirs)
        except Exception as err:
            out[key] = {"error": f"{type(err).__name__}: {err}"}
    return out


def cmd_version(nv, _args):
    import nilearn
    out = {"nilearn": nilearn.__version__, "nilearn_file": os.path.dirname(nilearn.__file__),
           "python": sys.version.split()[0]}
    for mod in ("numpy", "scipy", "sklearn", "nibabel", "pandas", "joblib", "requests",
                "packaging"):
        try:
            out[mod] = __import__(mod).__version__
        except Exception as err:  # pragma: no cover
            out[mod] = f"unavailable ({err})"
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("fetch", "ids"):
        p = sub.add_parser(name)
        p.add_argument("--base-url", required=True)
        p.add_argument("--words-url", required=True)
        p.add_argument("--data-dir", required=True)
        p.add_argument("--request", required=True)
        p.add_argument("--nilearn-extra")
        p.add_argument("--verbose", type=int, default=1)
        p.add_argument("--log", help="write nilearn's stdout log here")
    p = sub.add_parser("vectorize")
    p.add_argument("--files", nargs="*", default=[])
    p = sub.add_parser("resample")
    p.add_argument("--out-dir", required=True)
    p.add_argument("--interpolations", default="continuous,linear,nearest")
    p.add_argument("--files", nargs="*", default=[])
    p = sub.add_parser("compare")
    p.add_argument("--pairs", required=True, help="JSON {key: [ours, nilearn's]}")
    sub.add_parser("version")
    args = parser.parse_args(argv)
    nv = import_nilearn()
    handler = {"fetch": cmd_fetch, "ids": cmd_ids, "vectorize": cmd_vectorize,
               "resample": cmd_resample, "compare": cmd_compare,
               "version": cmd_version}[args.cmd]
    try:
        out = handler(nv, args)
    except Exception as err:
        traceback.print_exc()
        out = {"exception": f"{type(err).__name__}: {err}"}
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
