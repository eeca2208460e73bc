"""The window's four views, each built when first needed: which view a key means, how it
is wired to the window, and building the rest one per event-loop turn after the first.

Mixed into MainWindow (desktop._main_window); a view's module is imported only when the
view is built, so start-up stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from desktop._banner import Banner
    from desktop._interview_view import InterviewView
    from desktop._knowledge_view import KnowledgeView
    from desktop._review_view import ReviewView
    from desktop._services import Services
    from desktop._settings_view import SettingsView

VIEW_KEYS = ("interview", "review", "knowledge", "settings")


class LazyViews:
    """The views by key, built on demand. The window's attributes below are its own."""

    services: Services | None
    stack: QStackedWidget
    banner: Banner
    views_built: Any
    notify: Any
    _views: dict[str, QWidget]
    _services_ready: bool

    def _view(self, key: str) -> Any:
        view = self._views.get(key)
        if view is None:
            if self.services is None:
                raise RuntimeError("the window's settings have not loaded yet")
            view = self._views[key] = self._make_view(key)
            index = VIEW_KEYS.index(key)
            current = self.stack.currentIndex()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, view)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            if len(self._views) == len(VIEW_KEYS):
                self.views_built.emit()
        return view

    def _make_view(self, key: str) -> QWidget:
        """Import and build one view; its module loads only now (start-up stays light)."""
        assert self.services is not None
        if key == "interview":
            from desktop._interview_view import InterviewView

            interview = InterviewView(self.services, self.notify)
            interview.session_saved.connect(self._on_session_saved)
            interview.review_requested.connect(self._on_review_requested)
            interview.pages.currentChanged.connect(lambda _index: self._dock_banner())
            # starting or resuming makes "Interview paused…" stale at once, not 6 s later
            interview.welcome.start_requested.connect(self.banner.dismiss_notice)
            interview.welcome.resume_requested.connect(lambda _id: self.banner.dismiss_notice())
            if self._services_ready:
                interview.services_ready()
            return interview
        if key == "review":
            from desktop._review_view import ReviewView

            review = ReviewView(self.services, self.notify)
            review.practise_requested.connect(self._on_practise_requested)
            if self._services_ready:
                review.refresh()
            return review
        if key == "knowledge":
            from desktop._knowledge_view import KnowledgeView

            return KnowledgeView(self.services, self.notify)
        from desktop._settings_view import SettingsView

        settings = SettingsView(self.services, self.notify)
        settings.settings_saved.connect(self._on_settings_saved)
        return settings

    def _build_next_view(self, then: Callable[[], None] | None = None) -> None:
        """One view per event-loop turn, so painting and typing go on in between; `then`
        runs after the last one (the services load, so no view is built while a worker
        holds the GIL: that stretched a 20 ms view build into a 200 ms stall)."""
        missing = [key for key in VIEW_KEYS if key not in self._views]
        if missing and self.services is not None:
            self._view(missing[0])
        if len(missing) > 1:
            window = cast("QObject", self)  # the timer dies with the window, not before
            QTimer.singleShot(0, window, lambda: self._build_next_view(then))
        elif then is not None:
            then()

    @property
    def interview_view(self) -> InterviewView:
        return self._view("interview")  # type: ignore[no-any-return]

    @property
    def review_view(self) -> ReviewView:
        return self._view("review")  # type: ignore[no-any-return]

    @property
    def knowledge_view(self) -> KnowledgeView:
        return self._view("knowledge")  # type: ignore[no-any-return]

    @property
    def settings_view(self) -> SettingsView:
        return self._view("settings")  # type: ignore[no-any-return]

    def views(self) -> list[QWidget]:
        """All four views (building any that do not exist yet)."""
        return [self._view(key) for key in VIEW_KEYS]

    # the window's own (see desktop._main_window)
    def _dock_banner(self) -> None:
        raise NotImplementedError

    def _on_session_saved(self) -> None:
        raise NotImplementedError

    def _on_review_requested(self, session_id: str) -> None:
        raise NotImplementedError

    def _on_practise_requested(self, topics: list[str]) -> None:
        raise NotImplementedError

    def _on_settings_saved(self) -> None:
        raise NotImplementedError
