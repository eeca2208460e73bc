#!/usr/bin/env bash
# Build Mianba's Linux packages (`make package` runs this):
#   dist/mianba/                               the one-folder app (PyInstaller)
#   dist/mianba-VERSION-linux-ARCH.tar.gz      that folder, packed
#   dist/mianba_VERSION_ARCH.deb               installs it under /opt/mianba, with a
#                                              `mianba` launcher, a menu entry and an icon
#   packaging/build.sh [PYTHON]     (default .venv/bin/python, with '.[package]' installed)
# Prints how long each step took and the artifact sizes. Needs dpkg-deb and fakeroot.
set -euo pipefail

cd "$(dirname "$0")/.."
python="${1:-.venv/bin/python}"
models="${MIANBA_BUNDLE_MODELS:-build/models}"
# zstd: 15 s and 548 MB here, where gzip took 170 s for 563 MB; every dpkg that can
# install the package reads it (zstd needs dpkg >= 1.21.18, the app glibc >= 2.36 anyway)
deb_compress="${DEB_COMPRESS:-zstd}"

step_start=$SECONDS
took() { echo "  ($1: $((SECONDS - step_start)) s)"; step_start=$SECONDS; }

"$python" -c "import PyInstaller" 2>/dev/null || {
  echo "build.sh: PyInstaller is missing: $python -m pip install -e '.[package]'" >&2
  exit 2
}
for tool in dpkg-deb fakeroot; do
  command -v "$tool" >/dev/null || { echo "build.sh: '$tool' is missing (apt-get install $tool)" >&2; exit 2; }
done
version="$("$python" -c 'import mianba; print(mianba.__version__)')"
arch="$(dpkg --print-architecture)"

echo "== offline models -> $models"
MIANBA_MODELS_DIR="$models" "$python" -m mianba.setup_models
took models

echo "== PyInstaller -> dist/mianba/"
MIANBA_BUNDLE_MODELS="$models" "$python" -m PyInstaller --noconfirm --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/mianba.spec
took pyinstaller

echo "== dist/mianba-$version-linux-$arch.tar.gz"
tarball="dist/mianba-$version-linux-$arch.tar.gz"
tar -C dist -cf - mianba | gzip -6 >"$tarball"
took tar.gz

echo "== dist/mianba_${version}_${arch}.deb"
deb="dist/mianba_${version}_${arch}.deb"
bash packaging/make_deb.sh dist/mianba "$version" "$arch" "$deb" "$deb_compress"
took deb

echo "== sizes"
du -sh dist/mianba "$tarball" "$deb"
