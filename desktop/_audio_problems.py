"""Why audio could not be used, in the window's language: voice words its AudioError in
English and names its kind, so the window says it in Chinese too."""

from __future__ import annotations

from desktop._i18n import ui_language
from desktop._tr import tr


def file_problem(error: BaseException, name: str, max_seconds: float) -> str:
    """Why the file `name` could not be used (`max_seconds`: the longest it may be), and
    what to do instead."""
    texts = {
        "missing": tr("%1 no longer exists."),
        "empty": tr("%1 is empty: it holds no audio."),
        "unreadable": tr("%1 could not be read as audio (damaged, or not an audio file)."),
        "too_long": tr("%1 is %2 min long; an answer file may be at most %3 min. Trim it."),
        "too_short": tr("%1 is too short to hold an answer."),
        "silent": tr("%1 is silent: nothing audible was recorded."),
        "no_speech": tr("No speech was recognised in %1."),
    }
    why = texts.get(_kind(error)) or tr("%1 could not be transcribed: %2.").replace(
        "%2", str(error)
    )
    seconds = getattr(error, "seconds", None) or 0.0
    why = why.replace("%2", f"{seconds / 60:.0f}").replace("%3", f"{max_seconds / 60:.0f}")
    return _then(why.replace("%1", name), tr("Choose another file, speak, or type your answer."))


def speech_problem(error: BaseException) -> str:
    """Why a spoken take could not be used (too short, silent, no speech), and what to do;
    anything else is said as voice words it."""
    texts = {
        "too_short": tr("The recording was too short to hold an answer."),
        "silent": tr(
            "The recording was silent: check that the right microphone is selected and not muted."
        ),
        "no_speech": tr("No speech was recognised in the recording."),
    }
    why = texts.get(_kind(error)) or tr("Speech could not be used: %1.").replace("%1", str(error))
    return _then(why, tr("Speak again, or type your answer."))


def _kind(error: BaseException) -> str:
    from voice import AudioError

    return error.kind if isinstance(error, AudioError) else ""


def _then(why: str, then: str) -> str:
    space = "" if ui_language() == "zh" else " "  # Chinese sentences run on without one
    return f"{why}{space}{then}"
