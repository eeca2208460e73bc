"""With no notes at all an interview still runs, on general questions: the Interview page
says so before it starts, and stops saying it once notes are in."""

from __future__ import annotations

from gui_helpers import make_context, write_demo_note

from desktop._interview_view import InterviewView
from desktop._services import Services


def test_the_welcome_says_there_are_no_notes_until_some_are_imported(
    qtbot, sync_tasks, tmp_path
) -> None:
    services = Services(make_context())
    view = InterviewView(services, lambda *_args, **_kw: None)
    qtbot.addWidget(view)
    view.show()
    view.services_ready()
    welcome = view.welcome
    assert welcome.notes_hint.isVisible()
    assert "No notes yet" in welcome.notes_hint.text()
    assert "question bank" not in welcome.mode_hint.text()  # there is none to speak of
    services.knowledge().ingest([write_demo_note(tmp_path / "notes")])
    view.hide()
    view.show()  # back on the page: the store is read again
    assert not welcome.notes_hint.isVisible()
    assert "question bank" in welcome.mode_hint.text()
    services.reset()
