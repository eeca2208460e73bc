"""`mianba doctor`'s microphone and interviewer-voice checks say what the window finds."""

from __future__ import annotations

from desktop._probe import probe_qt
from desktop.audio._speaker import Speaker
from mianba.doctor import mic_check, tts_check


def test_the_voice_check_is_the_windows_speaker_set_up(qapp) -> None:
    broken = probe_qt(tts_engine="no-such-engine", language="en")
    check = tts_check(broken)
    assert check.status == "warn"
    assert check.detail == Speaker(engine="no-such-engine", language="en").reason
    assert "no-such-engine" in check.detail
    works = probe_qt(tts_engine="mock", language="en")
    assert Speaker(engine="mock", language="en").enabled
    assert tts_check(works).status == "ok" and tts_check(works).detail.startswith("mock")


def test_the_default_engine_is_judged_as_the_window_would(qapp) -> None:
    speaker = Speaker(language="zh")
    check = tts_check(probe_qt(language="zh"))
    assert (check.status == "ok") == speaker.enabled  # never "✓" while the window is silent
    if not speaker.enabled:
        assert check.detail == speaker.reason


def test_no_listed_input_says_no_microphone_not_libpulse() -> None:
    none_listed = mic_check([], pulse_found=True)
    assert none_listed.status == "warn" and none_listed.detail == "no microphone found"
    assert "libpulse" not in none_listed.fix
    no_library = mic_check([], pulse_found=False)
    assert "libpulse0" in no_library.fix
    assert mic_check(["USB mic"], pulse_found=True).status == "ok"
