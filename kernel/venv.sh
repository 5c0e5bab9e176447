#!/usr/bin/env bash
# kernel/venv.sh: the project's own Python environment, with JupyterLab,
# nbconvert and Jupyter's kernel tests from PyPI at the versions (and hashes)
# that kernel/requirements.txt pins.
#
#   bash kernel/venv.sh     # creates or updates it, then prints its folder
#
# The folder is $GDLESSONS_VENV when set, else
# ${XDG_DATA_HOME:-~/.local/share}/gdlessons/venv: beside Jupyter's own data
# folder (~/.local/share/jupyter, where the kernel is registered), per user,
# outside the repository (so git and the image's build context never see
# it), and found again by `go run ./kernel -open` and the tests without
# being told. Debian's Python refuses packages installed into it (PEP 668);
# a virtual environment is the way. The environment is built with Debian's
# python3 (/usr/bin/python3) when there is one, else the python3 on PATH;
# on Debian the venv module comes from the python3-venv package, installed
# here when missing (with sudo unless run as root).
#
# It only reinstalls when kernel/requirements.txt has changed since the last
# install (its SHA-256 is kept in the folder). It fails, saying so, when PyPI
# cannot be reached; kernel/setup.sh then falls back to Debian's Notebook.
set -euo pipefail
cd "$(dirname "$0")/.."
req=kernel/requirements.txt
venv=${GDLESSONS_VENV:-${XDG_DATA_HOME:-$HOME/.local/share}/gdlessons/venv}
stamp=$venv/.requirements.sha256
want=$(sha256sum "$req" | cut -d' ' -f1)

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/jupyter-lab" ]; then
  echo "venv: $venv is up to date with $req" >&2
  echo "$venv"
  exit 0
fi

python=python3
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "venv: installing Debian's python3-venv (for $python -m venv)" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq python3-venv >/dev/null
fi

start=$SECONDS
echo "venv: installing JupyterLab and nbconvert from PyPI into $venv ($req)" >&2
"$python" -m venv "$venv"
rm -f "$stamp"
# --require-hashes: every package must match a hash of $req; --no-deps: the
# file already lists every dependency, so nothing unpinned comes in.
"$venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$req"
echo "$want" >"$stamp"
echo "venv: $("$venv/bin/jupyter-lab" --version | sed 's/^/JupyterLab /') ready in $venv [$((SECONDS - start))s]" >&2
echo "$venv"
