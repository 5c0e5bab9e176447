#!/usr/bin/env bash
# kernel/setup.sh: everything a learner needs, then the lessons open.
#
#   bash kernel/setup.sh
#
# On Debian 12 with Go 1.26: installs Debian's Jupyter Notebook when it is
# missing (with sudo unless run as root), then runs `go run ./kernel -open`,
# which builds the Go kernel, registers it and opens the lessons. Safe to
# run again: each step only redoes what is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v go >/dev/null; then
  echo "setup: Go is not on PATH; install Go 1.26 (https://go.dev/doc/install) and run this again" >&2
  exit 1
fi
if ! [ -x /usr/bin/jupyter ] || ! /usr/bin/python3 -c 'import notebook' 2>/dev/null; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "setup: installing Debian's jupyter-notebook" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq jupyter-notebook
fi
exec go run ./kernel -open
