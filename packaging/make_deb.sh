#!/usr/bin/env bash
# Wrap a built one-folder app into a .deb (called by packaging/build.sh):
#   packaging/make_deb.sh APP_DIR VERSION ARCH OUT.deb [zstd|gzip|xz]
# Layout: /opt/mianba/ (the app), /usr/bin/mianba (launcher), a .desktop entry and
# icons under /usr/share. Depends lists what the app loads from the system rather
# than from its own folder; the check at the end names any library it missed.
set -euo pipefail

app="${1:?APP_DIR}" version="${2:?VERSION}" arch="${3:?ARCH}" out="${4:?OUT.deb}"
compress="${5:-zstd}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(mktemp -d -p "$(dirname "$out")" .deb-root-XXXXXX)" # beside the app: hard links work
chmod 755 "$root"
trap 'rm -rf "$root"' EXIT

# The bundled libraries come from the build machine, so its C library is the oldest
# one the app runs on. The rest: OpenGL/EGL, X11's xcb and Wayland, which PyInstaller
# deliberately leaves to the system (they must match its drivers and display server).
glibc="$(ldd --version | awk 'NR == 1 {print $NF}')"
depends="libc6 (>= $glibc), libgl1, libegl1, libxcb1, libdrm2, libwayland-client0,"
depends+=" libwayland-cursor0, libwayland-egl1"
# speech-dispatcher + espeak-ng speak the questions; a Pulse server (PipeWire's or
# PulseAudio) gives the microphone; Noto CJK draws the Chinese text.
recommends="speech-dispatcher, espeak-ng, fonts-noto-cjk, pipewire-pulse | pulseaudio"
suggests="gnome-keyring, libgtk-3-0"

mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/DEBIAN" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/doc/mianba"
cp -al "$app" "$root/opt/mianba" 2>/dev/null || cp -a "$app" "$root/opt/mianba" # 1 GB: link
cat >"$root/usr/bin/mianba" <<'EOF'
#!/bin/sh
# Mianba (面霸): the app lives in /opt/mianba; data stays in your user data folder.
exec /opt/mianba/mianba "$@"
EOF
chmod 755 "$root/usr/bin/mianba"
cp "$here/mianba.desktop" "$root/usr/share/applications/mianba.desktop"
cp "$here/mianba.png" "$root/usr/share/icons/hicolor/256x256/apps/mianba.png"
cp "$here/mianba.svg" "$root/usr/share/icons/hicolor/scalable/apps/mianba.svg"
cat >"$root/usr/share/doc/mianba/copyright" <<'EOF'
Mianba (面霸) is MIT licensed. The bundled Whisper base model (Systran/faster-whisper-base)
is MIT licensed; the Universal Sentence Encoder multilingual model is Apache-2.0; Qt and
FFmpeg libraries are LGPL-3.0 / LGPL-2.1 and are loaded as shared libraries from
/opt/mianba/_internal, where they can be replaced.
EOF
# every file readable by all, never writable by others, whatever the build umask was
chmod -R u+rwX,go+rX,go-w "$root/opt" "$root/usr"

cat >"$root/DEBIAN/control" <<EOF
Package: mianba
Version: $version
Architecture: $arch
Maintainer: Mianba developers <mianba@localhost>
Section: education
Priority: optional
Installed-Size: $(du -sk "$root/opt" "$root/usr" | awk '{s += $1} END {print s}')
Depends: $depends
Recommends: $recommends
Suggests: $suggests
Description: mock-interview coach that works offline (面霸)
 Mianba plays the interviewer for LLM / ML algorithm jobs: it asks questions
 from your own notes in four stages, listens to spoken answers (offline
 Whisper) or reads typed ones, scores each answer against a rubric and your
 reference notes, and keeps every session for review. Runs fully offline;
 any OpenAI-compatible LLM endpoint can be configured for richer questions.
EOF
cat >"$root/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null && update-desktop-database -q || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
fi
EOF
chmod 755 "$root/DEBIAN/postinst"

# Name the packages of the libraries the app takes from this system that Depends does not
# list (directly; most are pulled in by a listed one, e.g. libglx0 by libgl1).
report_system_libraries() {
  local internal="$1/_internal" lib pkg
  LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" \
    find "$1" -type f -name '*.so*' -exec ldd {} + 2>/dev/null |
    awk '$2 == "=>" && $3 ~ /^\// {print $3}' | grep -v "^$(realpath "$1")" | sort -u |
    while read -r lib; do
      pkg="$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$(realpath "$lib")" 2>/dev/null || echo "?:")"
      echo "${pkg%%:*}"
    done | sort -u | while read -r pkg; do
      [[ " $depends," == *" $pkg"[\ ,]* ]] || echo "  system library from $pkg (not in Depends; check it is pulled in)"
    done
}

fakeroot dpkg-deb --build "-Z$compress" "$root" "$out" >/dev/null
echo "  built $out (Depends: $depends)"
report_system_libraries "$app"
