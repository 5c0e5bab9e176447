#!/usr/bin/env bash
# kernel/setup.sh: everything a learner needs, then the lessons open.
#
#   bash kernel/setup.sh
#
# On Debian 12 with Go 1.26: installs JupyterLab from PyPI into the
# project's own virtual environment (kernel/venv.sh: pinned versions and
# hashes from kernel/requirements.txt), then runs `go run ./kernel -open`,
# which builds the Go kernel, registers it and opens the lessons in
# JupyterLab. Safe to run again: each step only redoes what is needed.
#
# A machine that cannot reach PyPI falls back to Debian's classic Jupyter
# Notebook (installed with sudo unless run as root), and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v go >/dev/null; then
  echo "setup: Go is not on PATH; install Go 1.26 (https://go.dev/doc/install) and run this again" >&2
  exit 1
fi
if venv=$(bash kernel/venv.sh); then
  export PATH="$venv/bin:$PATH"
else
  echo "setup: JupyterLab could not be installed from PyPI (see above)." >&2
  echo "setup: FALLING BACK to Debian's classic Jupyter Notebook; run this again once PyPI is reachable to get JupyterLab." >&2
  if ! command -v jupyter >/dev/null || ! /usr/bin/python3 -c 'import notebook' 2>/dev/null; then
    sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    echo "setup: installing Debian's jupyter-notebook" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq jupyter-notebook
  fi
fi
exec go run ./kernel -open
