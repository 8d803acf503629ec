#!/usr/bin/env python3
"""Time nilearn's resample_img per image, as its NeuroVault downloader calls it.

    PYTHONPATH=/work/nilearn-src HTML_TEST=1 /usr/bin/python3 \
        tools/nilearn-compat/resample_timing.py --rounds 3 --interpolations nearest,linear FILE...

Each file is loaded once and kept in memory (the data as an array, so no call re-reads the
file); then, per interpolation, one warm-up round and ``--rounds`` timed rounds of
``resample_img(img, target_affine=STD_AFFINE, interpolation=i)`` over all files. Prints one JSON
object: per interpolation the wall and CPU milliseconds of every call. Used by the benchmarks'
``ResampleSpeed`` (side by side with ours).
"""

import argparse
import json
import sys
import time
import warnings


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--interpolations", default="continuous,linear,nearest")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    import nibabel as nib
    import numpy as np
    import scipy
    import nilearn
    from nilearn.datasets.neurovault import STD_AFFINE
    from nilearn.image import resample_img

    images = []
    for path in args.files:
        img = nib.load(path)
        images.append(nib.Nifti1Image(np.asanyarray(img.dataobj), img.affine, img.header))
    out = {"nilearn": nilearn.__version__, "scipy": scipy.__version__,
           "numpy": np.__version__, "timings": {}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for interpolation in args.interpolations.split(","):
            wall, cpu = [], []
            for round_no in range(args.rounds + 1):
                for img in images:
                    w0, c0 = time.perf_counter(), time.process_time()
                    resample_img(img, target_affine=STD_AFFINE, interpolation=interpolation)
                    if round_no > 0:
                        wall.append((time.perf_counter() - w0) * 1000)
                        cpu.append((time.process_time() - c0) * 1000)
            out["timings"][interpolation] = {"wall_ms": wall, "cpu_ms": cpu}
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
