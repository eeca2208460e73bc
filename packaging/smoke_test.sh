#!/usr/bin/env bash
# Smoke test of the built .deb (`make package-test` runs this after `make package`):
#   packaging/smoke_test.sh [dist/mianba_VERSION_ARCH.deb]
# Unpacks the package into a scratch root (dpkg -x: nothing is installed on this
# machine), then runs it as a user would, through its /usr/bin/mianba launcher, with
# no virtualenv or project folder on the PATH and a fresh home:
#   --version, doctor, a whole offline typed interview (--answers), sessions list,
#   transcribe on speech made with espeak-ng, the GUI self-check (offscreen, and under
#   Xvfb when it is installed), and a command with no MIANBA_HOME to see the data land
#   in the usual user data dir.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
deb="${1:-$(ls -t "$repo"/dist/mianba_*.deb 2>/dev/null | head -1)}"
[[ -f "$deb" ]] || { echo "smoke_test: no .deb found; run 'make package' first" >&2; exit 2; }
scratch="$(mktemp -d /tmp/mianba-smoke-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
failed=0
step_start=$SECONDS

pass() { echo "ok   $1 ($((SECONDS - step_start)) s)"; step_start=$SECONDS; }
fail() { echo "FAIL $1" >&2; failed=1; step_start=$SECONDS; }

echo "== unpacking $(basename "$deb") into $scratch/root"
dpkg -x "$deb" "$scratch/root"
pass "unpacked"
mkdir -p "$scratch/bin" "$scratch/home" "$scratch/work"
# the package's own launcher, pointed at the unpacked /opt
sed "s|/opt/mianba|$scratch/root/opt/mianba|g" "$scratch/root/usr/bin/mianba" >"$scratch/bin/mianba"
chmod +x "$scratch/bin/mianba"
grep -q '^Exec=mianba' "$scratch/root/usr/share/applications/mianba.desktop" ||
  fail "the .desktop entry does not start the mianba launcher"
[[ -s "$scratch/root/usr/share/icons/hicolor/256x256/apps/mianba.png" ]] || fail "icon missing"

# A user's environment: the system PATH only, a fresh home, no display.
run() {
  env -i PATH="$scratch/bin:/usr/local/bin:/usr/bin:/bin" HOME="$scratch/home" \
    LANG=C.UTF-8 QT_LOGGING_RULES="qt.multimedia*=false" \
    ${QT_QPA_FOR_RUN:+QT_QPA_PLATFORM="$QT_QPA_FOR_RUN"} \
    ${MIANBA_HOME_FOR_RUN:+MIANBA_HOME="$MIANBA_HOME_FOR_RUN"} "$@"
}
export MIANBA_HOME_FOR_RUN="$scratch/data" QT_QPA_FOR_RUN=offscreen
cd "$scratch/work"

[[ "$(run sh -c "command -v mianba")" == "$scratch/bin/mianba" ]] || fail "mianba is not the packaged one"
run sh -c 'command -v python python3 | grep -q "\.venv"' && fail "a virtualenv is on the PATH"

version="$(run mianba --version)"
[[ "$version" == "mianba $(dpkg-deb -f "$deb" Version)" ]] && pass "--version: $version" ||
  fail "--version printed '$version'"

if run mianba doctor --json >doctor.json 2>doctor.err; then
  pass "doctor (no check failed; models seeded into $scratch/data/models)"
else
  fail "doctor reported a failed check:"; cat doctor.json >&2
fi

cat >answers.txt <<'EOF'
我是一名算法工程师，做过三年大模型相关的工作，主要负责检索增强生成和微调。

这个项目是企业知识库问答，我负责文档切分、向量检索和 BM25 混合排序，召回率提升了 20%。

LoRA 冻结原模型，只训练低秩分解的两个小矩阵，秩一般取 8 到 64，显存和存储都省很多。

有一次和同事对方案有分歧，我先听完他的理由，再用小实验的数据比较，最后一起选了更好的方案。
EOF
if run mianba interview --answers answers.txt --minutes 5 --lang zh >interview.out 2>interview.err &&
  grep -q "已保存为会话" interview.out; then  # a zh session speaks Chinese to the end
  pass "typed interview with --answers ($(grep -c "离线估计" interview.out) offline scores)"
else
  fail "interview:"; tail -20 interview.out interview.err >&2
fi
run mianba sessions list >sessions.out 2>&1 && [[ "$(grep -c . sessions.out)" -ge 1 ]] &&
  pass "sessions list" || { fail "sessions list:"; cat sessions.out >&2; }

bash "$repo/scripts/make_audio_fixtures.sh" audio >/dev/null
if run mianba transcribe audio/en_answer.wav --lang en --json >transcript.json 2>transcribe.err &&
  grep -qi "retrieval" transcript.json; then
  pass "transcribe (English speech from espeak-ng)"
else
  fail "transcribe:"; cat transcript.json transcribe.err >&2
fi

# the Qt plugins the spec must bundle: text-to-speech (speech-dispatcher) and image formats
plugins_found() {
  grep -q '"tts_engines": \[[^]]*"speechd"' self_check.json &&
    grep -q '"image_formats": \[[^]]*"jpeg"[^]]*"png"[^]]*"svg"' self_check.json
}
if run mianba gui --self-check >self_check.json 2>self_check.err && plugins_found; then
  pass "GUI self-check: $(tail -1 self_check.json | cut -c1-160)…"
else
  fail "GUI self-check:"; cat self_check.json >&2; tail -20 self_check.err >&2
  tail -20 "$scratch/data/logs/mianba.log" >&2 || true
fi

# The same on a real X server (Qt's xcb platform plugin, as users get it), when Xvfb is here.
if command -v xvfb-run >/dev/null; then
  if QT_QPA_FOR_RUN="" run xvfb-run -a mianba gui --self-check >xcb_check.json 2>xcb_check.err; then
    pass "GUI self-check under Xvfb (xcb)"
  else
    fail "GUI self-check under Xvfb:"; cat xcb_check.json >&2; tail -20 xcb_check.err >&2
  fi
fi

# No MIANBA_HOME: the data must go where the pip-installed app keeps it (platformdirs).
MIANBA_HOME_FOR_RUN="" run mianba sessions list >/dev/null 2>&1 || true
[[ -d "$scratch/home/.local/share/mianba" ]] &&
  pass "default data dir is ~/.local/share/mianba, as for pip installs" ||
  fail "no data in ~/.local/share/mianba: $(find "$scratch/home" -maxdepth 3 -type d | head)"

if [[ $failed == 0 ]]; then echo "smoke test: all passed"; else echo "smoke test: FAILED" >&2; fi
exit $failed
