#!/usr/bin/env bash
# Run the nilearn <-> neurovault-fetch compatibility checks (docs/COMPATIBILITY.md).
#
#   NILEARN_SRC=/path/to/nilearn-source tools/nilearn-compat/run_checks.sh [compat.py options]
#
# NILEARN_SRC: a nilearn source tree (the directory that contains the `nilearn` package), put
#   first on PYTHONPATH. Leave it unset if nilearn is installed for NILEARN_PYTHON.
# NILEARN_PYTHON: the Python that has nilearn's dependencies (numpy, scipy, scikit-learn,
#   nibabel, pandas, joblib, requests, packaging). Default: /usr/bin/python3 when it can import
#   numpy (Debian's python3-* packages), else the first python3 on PATH.
# NVFETCH: the command that runs our CLI (default: the repository's ./nvfetch launcher).
# NVFETCH_JAR: the class path whose core resamples in check 7 (default: examples/target/nvfetch.jar,
#   which ./nvfetch builds; core/target/classes works too).
#
# The script starts and stops its own replicas (loopback only), prints a PASS/FAIL table and
# exits non-zero when a check fails (3 when nilearn cannot be imported).
set -euo pipefail

here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

if [ -z "${NILEARN_PYTHON:-}" ]; then
  if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
    NILEARN_PYTHON=/usr/bin/python3
  else
    NILEARN_PYTHON="$(command -v python3)"
  fi
fi

if [ -n "${NILEARN_SRC:-}" ]; then
  if [ ! -d "$NILEARN_SRC/nilearn" ]; then
    echo "run_checks.sh: NILEARN_SRC=$NILEARN_SRC has no nilearn/ package directory" >&2
    exit 3
  fi
  export PYTHONPATH="$NILEARN_SRC${PYTHONPATH:+:$PYTHONPATH}"
fi

# nilearn >= 0.14 computes a short version string with packaging>=26's Version.__replace__ at
# import time unless HTML_TEST (or PYTEST_VERSION) is set; HTML_TEST only changes that string
# (used in HTML reports), so set it to let nilearn import with older `packaging` (e.g. Debian
# bookworm's 23.0). No effect on older nilearn.
export HTML_TEST="${HTML_TEST:-1}"
# loopback only, whatever proxy the environment has
export no_proxy="127.0.0.1,localhost" NO_PROXY="127.0.0.1,localhost"

if ! "$NILEARN_PYTHON" "$here/nilearn_run.py" version >/dev/null; then
  exit 3
fi

exec "$NILEARN_PYTHON" "$here/compat.py" --nilearn-python "$NILEARN_PYTHON" \
  --nvfetch "${NVFETCH:-$repo/nvfetch}" \
  --nvfetch-jar "${NVFETCH_JAR:-$repo/examples/target/nvfetch.jar}" "$@"
