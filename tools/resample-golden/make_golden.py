#!/usr/bin/env python3
"""Golden data for nvfetch's resampling: small volumes resampled by the real nilearn.

Run from the repository root (nilearn's source first on the path, as tools/nilearn-compat does):

    PYTHONPATH=/work/nilearn-src HTML_TEST=1 /usr/bin/python3 tools/resample-golden/make_golden.py

For each case it writes <case>.nii.gz (the input) and <case>_<interpolation>.nii.gz, made with
the exact call of nilearn's NeuroVault downloader:
    resample_img(img=path, target_affine=STD_AFFINE, interpolation=interpolation)
followed by to_filename, plus manifest.json (cases, expected errors, versions). Deterministic.
"""
import json
import os
import sys
import warnings

import nibabel as nib
import numpy as np
import scipy

import nilearn
from nilearn.datasets.neurovault import STD_AFFINE
from nilearn.image import resample_img

OUT = os.path.join("core", "src", "test", "resources", "resample-golden")
INTERPOLATIONS = ("continuous", "linear", "nearest")


def blobs(shape, seed, signed=True):
    rng = np.random.default_rng(seed)
    grid = np.meshgrid(*[np.arange(n, dtype=np.float64) for n in shape[:3]], indexing="ij")
    data = np.zeros(shape[:3])
    for _ in range(3):
        centre = [rng.uniform(0, n - 1) for n in shape[:3]]
        width = rng.uniform(1.5, 4.0)
        amp = rng.uniform(1, 6) * (rng.choice([-1, 1]) if signed else 1)
        dist = sum((g - c) ** 2 for g, c in zip(grid, centre))
        data += amp * np.exp(-dist / (2 * width**2))
    data += rng.normal(scale=0.3, size=shape[:3])
    return data


def affine(zoom, origin, flip_x=False):
    aff = np.diag([zoom, zoom, zoom, 1.0])
    if flip_x:
        aff[0, 0] = -zoom
    aff[:3, 3] = origin
    return aff


def oblique_affine():
    angle = np.deg2rad(12.0)
    rot = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0],
                    [0, 0, 1]])
    tilt = np.deg2rad(7.0)
    rot = rot @ np.array([[1, 0, 0], [0, np.cos(tilt), -np.sin(tilt)],
                          [0, np.sin(tilt), np.cos(tilt)]])
    aff = np.eye(4)
    aff[:3, :3] = rot * 2.0
    aff[:3, 3] = [-20.5, -30.25, -10.0]
    return aff


def float_image(data, aff, dtype=np.float32, klass=nib.Nifti1Image):
    img = klass(data.astype(dtype), aff)
    img.header.set_data_dtype(dtype)
    return img


def add_extensions(img):
    """An AFNI-like, a comment and a NUL-padded extension (nibabel strips the NULs on load)."""
    exts = img.header.extensions
    exts.append(nib.nifti1.Nifti1Extension(4, b"<AFNI_attributes>x</AFNI_attributes>"))
    exts.append(nib.nifti1.Nifti1Extension(6, b"resampled by a test"))
    exts.append(nib.nifti1.Nifti1Extension(40, b"padded!!" + b"\0" * 8))


def cases():
    shape = (14, 16, 12)
    yield "f32_2mm_flip", float_image(blobs(shape, 1), affine(2, [30, -40, -20], True))
    yield "f32_2mm", float_image(blobs(shape, 2), affine(2, [-30, -40, -20]))
    yield "f32_3mm_std", float_image(blobs((12, 13, 11), 3), STD_AFFINE.copy())
    yield "f32_3mm_offgrid", float_image(blobs((12, 13, 11), 4), affine(3, [-20.7, -33.1, -5.4]))
    yield "f32_1mm", float_image(blobs((22, 20, 18), 5), affine(1, [-10, -20, 0]))
    yield "f64_2mm", float_image(blobs(shape, 6), affine(2, [-12, -8, 4], True), np.float64)
    nan = blobs(shape, 7)
    nan[3:6, 4:8, 2:5] = np.nan
    nan[10, 12, 8] = np.inf
    nan[0, 0, 0] = -np.inf
    yield "f32_nan", float_image(nan, affine(2, [20, -30, -10], True))
    yield "f32_oblique", float_image(blobs(shape, 8), oblique_affine())
    yield "f32_oblique_nan", float_image(nan, oblique_affine())
    four = np.stack([blobs(shape, 9), blobs(shape, 10)], axis=-1)
    yield "f64_4d", float_image(four, affine(2.5, [-17.3, -21.1, -9.9]), np.float64)
    scaled = nib.Nifti1Image(np.round(blobs(shape, 11) * 1000).astype(np.int16),
                             affine(2, [16, -30, -12], True))
    scaled.header.set_data_dtype(np.int16)
    scaled.header.set_slope_inter(0.004, 1.5)
    yield "i16_scaled", scaled
    plain = nib.Nifti1Image(np.round(blobs(shape, 12) * 500).astype(np.int16),
                            affine(2, [-16, -30, -12]))
    plain.header.set_data_dtype(np.int16)
    plain.header.set_slope_inter(1, 0)
    yield "i16_plain", plain
    mask = (blobs(shape, 13, signed=False) > 1.2).astype(np.uint8) * 3
    u8 = nib.Nifti1Image(mask, affine(2, [-14, -36, -2]))
    u8.header.set_data_dtype(np.uint8)
    yield "u8", u8
    qform = float_image(blobs(shape, 14), affine(2, [-20, -22, -18]))
    qform.set_sform(None, code=0)
    qform.set_qform(affine(2, [-20, -22, -18]), code=1)
    yield "f32_qform_only", qform
    big = float_image(blobs(shape, 15), affine(2, [10, -30, -14], True))
    big = nib.Nifti1Image(big.get_fdata().astype(">f4"), big.affine,
                          big.header.as_byteswapped(">"))
    yield "f32_big_endian", big
    yield "f32_nifti2", float_image(blobs(shape, 16), affine(2, [-26, -20, -8], True),
                                    klass=nib.Nifti2Image)
    ext = float_image(blobs(shape, 18), affine(2, [-24, -30, -16], True))
    add_extensions(ext)
    yield "f32_extensions", ext
    big_ext = float_image(blobs(shape, 19), affine(2, [12, -28, -10], True))
    big_ext = nib.Nifti1Image(big_ext.get_fdata().astype(">f4"), big_ext.affine,
                              big_ext.header.as_byteswapped(">"))
    add_extensions(big_ext)
    yield "f32_big_endian_extensions", big_ext
    two_ext = float_image(blobs(shape, 20), affine(2, [-22, -18, -6]), klass=nib.Nifti2Image)
    add_extensions(two_ext)
    yield "f32_nifti2_extensions", two_ext
    yield "f32_outside", float_image(blobs(shape, 17), affine(2, [-200, -300, -200]))


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = {"nilearn": nilearn.__version__, "nibabel": nib.__version__,
                "numpy": np.__version__, "scipy": scipy.__version__,
                "call": "resample_img(img=path, target_affine=STD_AFFINE, interpolation=i)",
                "cases": []}
    for name, img in cases():
        path = os.path.join(OUT, name + ".nii.gz")
        img.to_filename(path)
        entry = {"name": name, "input": name + ".nii.gz", "outputs": {}}
        for interpolation in INTERPOLATIONS:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    out = resample_img(img=path, target_affine=STD_AFFINE,
                                       interpolation=interpolation)
                except Exception as error:  # BoundingBoxError
                    entry["outputs"][interpolation] = {"error": type(error).__name__}
                    continue
            file = f"{name}_{interpolation}.nii.gz"
            entry["outputs"][interpolation] = {}
            out.to_filename(os.path.join(OUT, file))
            array = np.asanyarray(out.dataobj)
            if array.dtype.newbyteorder("=") != out.get_data_dtype().newbyteorder("="):
                # The file stores another type (int16 with a computed scaling): keep nilearn's
                # in-memory array too, as a file of that array's own type.
                raw = nib.Nifti1Image(array.astype(array.dtype.newbyteorder("=")), out.affine)
                raw.header.set_data_dtype(array.dtype.newbyteorder("="))
                raw.to_filename(os.path.join(OUT, f"{name}_{interpolation}_array.nii.gz"))
                entry["outputs"][interpolation]["array_file"] = \
                    f"{name}_{interpolation}_array.nii.gz"
            entry["outputs"][interpolation].update({
                "file": file, "memory_dtype": str(out.get_data_dtype()),
                "array_dtype": str(np.asanyarray(out.dataobj).dtype),
                "shape": list(out.shape)})
        manifest["cases"].append(entry)
    with open(os.path.join(OUT, "manifest.json"), "w") as handle:
        json.dump(manifest, handle, indent=1, sort_keys=True)
        handle.write("\n")
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print(f"{len(manifest['cases'])} cases, {total} bytes in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
