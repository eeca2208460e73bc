#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages listed in the given files, only those missing.
# Runs apt-get as root (directly, or through sudo when available).
set -euo pipefail
wanted=$(grep -hv '^\s*#' "$@" | awk 'NF' | sort -u)
missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "mianba: please install these system packages with your package manager: ${missing[*]}" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "mianba: not root and no sudo; install these packages first: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "mianba: installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
