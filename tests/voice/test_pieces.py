"""Where recordings are cut: pure functions over VAD output, no model."""

from __future__ import annotations

import itertools

from voice._accuracy import recall
from voice._pieces import MAX_PIECE_S, whole_file_cuts
from voice._segmenter import HARD_MAX_S, PAD_S, SOFT_MAX_S, Segmenter
from voice._vad import WINDOW

SR = 16000
STEP = WINDOW / SR


def test_a_file_that_fits_in_one_window_is_one_piece() -> None:
    cuts = whole_file_cuts([(1.0, 3.0), (5.0, 9.0)], int(20 * SR))
    assert [(c.start, c.end) for c in cuts] == [(0, 20 * SR)]


def test_long_files_are_cut_in_the_pauses_into_pieces_that_fit() -> None:
    spans = [(0.5, 10.0), (11.0, 20.0), (21.0, 29.0), (30.0, 75.0)]
    cuts = whole_file_cuts(spans, int(80 * SR))
    seconds = [(c.start / SR, c.end / SR) for c in cuts]
    assert all(end - start <= MAX_PIECE_S + 2 * PAD_S for start, end in seconds)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(seconds))  # no overlap
    assert seconds[0][1] < 21.0 < seconds[1][0] + 0.5  # the first cut is in a pause
    edges = [t for span in spans for t in span]
    assert all(any(cs <= t <= ce for cs, ce in seconds) for t in edges)  # no speech left out


def test_a_hard_cut_falls_at_the_quietest_moment_not_mid_word() -> None:
    """Speech with no pause long enough for 12 s: the cut goes where the VAD dipped."""
    dip_at = 10.0
    probs = [0.9] * int(HARD_MAX_S / STEP + 5)
    probs[int(dip_at / STEP)] = 0.4  # a breath too short to cut at by itself
    cuts = Segmenter().update(probs)
    assert len(cuts) == 1
    assert SOFT_MAX_S < cuts[0].end / SR - PAD_S < HARD_MAX_S
    assert abs(cuts[0].end / SR - PAD_S - dip_at) < 2 * STEP


def test_recall_counts_what_was_kept_in_order() -> None:
    said = "甚至出现交易几乎停滞的情况" * 2
    assert recall(said, "甚至出现交易几乎停滞的情况", "zh") == 0.5
    assert recall("ask not what your country", "ask not what my country", "en") == 0.8
