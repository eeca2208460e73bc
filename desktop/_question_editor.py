"""The question bank as a tree (stage > topic > question) with an editor for one question."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop._columns import stretch_first_column
from desktop._dimensions import topic_label
from desktop._named import named
from desktop._note_markdown import note_plain
from desktop._note_viewer import citation_label, citation_url, open_citation_link
from desktop._services import Services
from desktop._stages import stage_names
from desktop._tasks import run_task

log = logging.getLogger(__name__)
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
ANSWER_COLUMN = 180  # px (desktop._columns)
LIST_MIN = 300  # px: in a narrow window the editor beside it gives way, not the questions


class QuestionBankTab(QWidget):
    def __init__(self, services: Services, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._notify = notify
        self._loaded = False
        self._task: Any = None
        self._current: Any = None
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Question"), self.tr("Answer in notes")])
        stretch_first_column(self.tree, ANSWER_COLUMN)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.count_label = named(QLabel(), "muted")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left.setMinimumWidth(LIST_MIN)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        form = QFormLayout(editor)
        # beside the list in a narrow window the labels go above their fields: side by side
        # they were pushed under the list ("Question" read "on", "Reference answer" "nce answer")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.question_edit = QLineEdit()
        self.answer_edit = QPlainTextEdit()
        self.stage_combo = QComboBox()
        for key, label in stage_names().items():
            if key != "wrap_up":
                self.stage_combo.addItem(label, key)
        self.topic_edit = QLineEdit()
        self.source_label = QLabel()
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.linkActivated.connect(lambda link: open_citation_link(QUrl(link), self))
        self.save_button = QPushButton(self.tr("Save question"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(self.tr("Question"), self.question_edit)
        form.addRow(self.tr("Reference answer"), self.answer_edit)
        form.addRow(self.tr("Stage"), self.stage_combo)
        form.addRow(self.tr("Topic"), self.topic_edit)
        form.addRow(self.tr("From"), self.source_label)
        form.addRow(row)
        editor.setEnabled(False)
        self.editor = editor
        return editor

    def invalidate(self) -> None:
        self._loaded = False
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self.count_label.setText(self.tr("Loading notes…"))
        self._task = run_task(
            lambda: self.services.knowledge().questions(),
            on_done=self.show_questions,
            on_error=self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        self._loaded = False
        log.error("loading questions failed: %s", error)
        self.count_label.setText("")
        self._notify(
            self.tr("Could not load the question bank: %1").replace("%1", str(error)), "error"
        )

    def show_questions(self, questions: list[Any]) -> None:
        self.tree.clear()
        names = stage_names()
        stages: dict[str, QTreeWidgetItem] = {}
        topics: dict[tuple[str, str], QTreeWidgetItem] = {}
        for q in sorted(questions, key=lambda q: (list(names).index(q.stage), q.topic)):
            if q.stage not in stages:
                stages[q.stage] = QTreeWidgetItem(self.tree, [names.get(q.stage, q.stage), ""])
                stages[q.stage].setExpanded(True)
            key = (q.stage, q.topic)
            if key not in topics:
                # in the window's language, as the report names it ("Conflict" read "意见冲突")
                shown = topic_label(q.topic, q.stage) if q.topic else "—"
                topics[key] = QTreeWidgetItem(stages[q.stage], [shown, ""])
            read = note_plain(q.answer)  # "**问题背景：**…" as the notes read, no marks
            answer = read[:80] or self.tr("(no answer in the notes)")
            item = QTreeWidgetItem(topics[key], [q.question, answer])
            item.setData(0, QUESTION_ROLE, q)
            item.setToolTip(0, q.question)
            item.setToolTip(1, read[:400])
        self.count_label.setText(self.tr("%1 questions").replace("%1", str(len(questions))))

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        question = item.data(0, QUESTION_ROLE) if item else None
        self._current = question
        self.editor.setEnabled(question is not None)
        if question is None:
            return
        self.question_edit.setText(question.question)
        self.answer_edit.setPlainText(question.answer)
        index = self.stage_combo.findData(question.stage)
        self.stage_combo.setCurrentIndex(max(index, 0))
        self.topic_edit.setText(question.topic)
        link = citation_url(question.citation)
        self.source_label.setText(f'<a href="{link}">{citation_label(question.citation)}</a>')

    def save_current(self) -> None:
        if self._current is None:
            return
        updated = self._current.model_copy(
            update={
                "question": self.question_edit.text().strip() or self._current.question,
                "answer": self.answer_edit.toPlainText().strip(),
                "stage": self.stage_combo.currentData(),
                "topic": self.topic_edit.text().strip(),
                "edited": True,
            }
        )
        self.save_button.setEnabled(False)
        self._task = run_task(
            lambda: self.services.knowledge().update_question(updated),
            on_done=lambda _r: self._on_saved(),
            on_error=self._on_save_failed,
        )

    def _on_saved(self) -> None:
        self.save_button.setEnabled(True)
        self._notify(self.tr("Question saved."), "info")
        self._loaded = False
        self.ensure_loaded()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        log.error("saving a question failed: %s", error)
        self._notify(self.tr("Could not save the question: %1").replace("%1", str(error)), "error")
