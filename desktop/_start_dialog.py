"""The start dialog: mode, stages, length, language, interviewer style, input."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop._i18n import ui_language
from desktop._named import named
from desktop._stages import STAGE_ORDER, stage_names
from desktop._wheel_guard import guard_wheel


class StartDialog(QDialog):
    def __init__(
        self, defaults: Any, focus_topics: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        """`defaults` is the settings' interview section (mode, language, style, minutes)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New interview"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.practice = QRadioButton(self.tr("Practice — feedback after every answer"))
        self.mock = QRadioButton(self.tr("Mock — feedback only in the final report"))
        group = QButtonGroup(self)
        group.addButton(self.practice)
        group.addButton(self.mock)
        (self.mock if defaults.mode == "mock" else self.practice).setChecked(True)
        modes = QVBoxLayout()
        modes.addWidget(self.practice)
        modes.addWidget(self.mock)
        form.addRow(self.tr("Mode"), modes)
        self.stage_boxes: dict[str, QCheckBox] = {}
        stages = QHBoxLayout()
        names = stage_names()
        for key in STAGE_ORDER[:-1]:
            box = QCheckBox(names[key])
            box.setChecked(True)
            self.stage_boxes[key] = box
            stages.addWidget(box)
        form.addRow(self.tr("Stages"), stages)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 180)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(int(defaults.minutes))
        form.addRow(self.tr("Length"), self.minutes)
        self.language = _combo(((self.tr("Chinese"), "zh"), (self.tr("English"), "en")))
        self.proposed_language = proposed_language(defaults)
        _pick(self.language, self.proposed_language)
        form.addRow(self.tr("Language"), self.language)
        self.style_combo = _combo(
            (
                (self.tr("Friendly"), "friendly"),
                (self.tr("Neutral"), "neutral"),
                (self.tr("Under pressure"), "pressure"),
            )
        )
        _pick(self.style_combo, defaults.style)
        form.addRow(self.tr("Interviewer"), self.style_combo)
        self.input = _combo(
            ((self.tr("Typed answers"), "typed"), (self.tr("Voice answers"), "voice"))
        )
        _pick(self.input, getattr(defaults, "input", "typed"))  # the last choice
        form.addRow(self.tr("Answer by"), self.input)
        self.focus = QLineEdit(", ".join(focus_topics or []))
        self.focus.setPlaceholderText(self.tr("Optional: topics to focus on, comma separated"))
        form.addRow(self.tr("Focus"), self.focus)
        self.warning = named(QLabel(), "muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))  # Qt's own text stays English without qtbase_zh
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for box in self.stage_boxes.values():
            box.toggled.connect(self._on_stages_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        guard_wheel(self)

    def _on_stages_changed(self) -> None:
        chosen = bool(self.chosen_stages())
        self.ok_button.setEnabled(chosen)
        self.warning.setText("" if chosen else self.tr("Choose at least one stage."))

    def chosen_stages(self) -> list[str]:
        return [key for key, box in self.stage_boxes.items() if box.isChecked()]

    def options(self) -> Any:
        from agent.state import InterviewOptions

        topics = [t.strip() for t in self.focus.text().replace("，", ",").split(",") if t.strip()]
        return InterviewOptions(
            mode="mock" if self.mock.isChecked() else "practice",
            stages=self.chosen_stages(),  # type: ignore[arg-type]
            minutes=self.minutes.value(),
            language=self.language.currentData(),
            style=self.style_combo.currentData(),
            input=self.input.currentData(),
            focus_topics=topics,
        )


def proposed_language(defaults: Any) -> str:
    """The language a new interview starts in: the one the user chose last, else the
    window's own (a new user in an English window is not interviewed in Chinese)."""
    return getattr(defaults, "language", None) or ui_language()


def _combo(items: tuple[tuple[str, str], ...]) -> QComboBox:
    combo = QComboBox()
    for label, key in items:
        combo.addItem(label, key)
    return combo


def _pick(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
