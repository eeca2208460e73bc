#!/usr/bin/env bash
# Generate the audio fixtures the voice tests and benchmark use (nothing is committed).
#   scripts/make_audio_fixtures.sh OUT_DIR
# Needs Debian's espeak-ng and sox:  apt-get install -y espeak-ng sox libsndfile1
# Speech is synthetic (espeak-ng); accuracy tests use the real human speech in ../shared/audio.
set -euo pipefail

out="${1:?usage: make_audio_fixtures.sh OUT_DIR}"
for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || {
    echo "make_audio_fixtures: '$tool' is missing: apt-get install -y espeak-ng sox libsndfile1" >&2
    exit 2
  }
done
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# speak VOICE TEXT NAME: 16 kHz mono 16-bit WAV
speak() {
  espeak-ng -v "$1" -s 160 -w "$tmp/$3.raw.wav" "$2"
  sox -q "$tmp/$3.raw.wav" -r 16000 -c 1 -b 16 "$out/$3.wav"
}

speak en "I built a retrieval system for interview notes. It splits the notes into chunks, \
embeds them, and ranks them with hybrid search. Then the answers are checked against \
the reference." en_answer
# Mandarin, for plumbing only (espeak reads the characters; the accent is poor)
speak cmn-latn-pinyin "我做过一个检索增强生成的项目，主要负责召回和排序。" zh_answer
# Note jargon that base mishears without the notes' vocabulary (BM25 -> VM25, LoRA -> Low RA)
speak en-gb-x-rp "LoRA adapters, BM25 retrieval and a KV cache made the system fast." jargon_answer
# Fillers and a long pause, for the delivery metrics
speak en "Um, so, the model, uh, was trained on one GPU." en_fillers_a
speak en "Then we evaluated it on the test set." en_fillers_b
sox -q -n -r 16000 -c 1 -b 16 "$tmp/gap.wav" trim 0 3.0
sox -q "$out/en_fillers_a.wav" "$tmp/gap.wav" "$out/en_fillers_b.wav" "$out/en_pause.wav"
rm -f "$out/en_fillers_a.wav" "$out/en_fillers_b.wav"

# --- bad audio -----------------------------------------------------------------
sox -q -n -r 16000 -c 1 -b 16 "$out/silence.wav" trim 0 2.0
sox -q "$out/en_answer.wav" "$out/too_short.wav" trim 0 0.1
sox -q -v 25 "$out/en_answer.wav" "$out/clipped.wav" 2>/dev/null  # clips on purpose
sox -q "$out/en_answer.wav" -r 44100 -c 2 "$out/stereo_44k.wav"
{ # "RIFF....WAVE", then a scrambled fmt chunk, then the real samples
  head -c 12 "$out/en_answer.wav"; head -c 32 /dev/urandom; tail -c +45 "$out/en_answer.wav"
} > "$out/corrupt_header.wav"
printf 'This is a text file, not audio.\n' > "$out/not_audio.wav"
: > "$out/empty.wav"
echo "audio fixtures written to $out"
