"""Settings: LLM endpoint and key (desktop._llm_settings), speech, embeddings, interface,
data folder."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop._banner import BannerSlot, title_row
from desktop._llm_settings import LLMSettingsGroup
from desktop._named import named
from desktop._services import Services
from desktop._tasks import run_task
from desktop._wheel_guard import guard_wheel

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

WHISPER_SIZES = ("tiny", "base", "small", "medium", "large-v3", "large-v3-turbo")


class SettingsView(QWidget):
    settings_saved = Signal()

    def __init__(self, services: Services, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._notify = notify
        self._task: Any = None
        self._devices_loaded = False
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setMaximumWidth(980)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 4, 24, 16)  # the title row above gave the top its room
        column.setSpacing(12)
        self.llm = LLMSettingsGroup(services)
        column.addWidget(self.llm)
        column.addWidget(self._build_speech_group())
        column.addWidget(self._build_interface_group())
        column.addWidget(self._build_data_group())
        align_label_columns([box.layout() for box in body.findChildren(QGroupBox)])
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._on_save)
        row.addWidget(self.save_button)
        column.addLayout(row)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # the title outside the scrolling page: a message beside it is seen from Save below
        header, self._banner_slot = title_row(named(QLabel(self.tr("Settings")), "viewTitle"))
        header.setContentsMargins(24, 16, 24, 0)
        outer.addLayout(header)
        outer.addWidget(scroll)
        guard_wheel(body)  # scrolling the page never changes a setting
        self.load_from_settings()

    def banner_slot(self) -> BannerSlot:
        """Where the window's messages go: beside the title (desktop._banner)."""
        return self._banner_slot

    # ---- building -------------------------------------------------------------------
    def _build_speech_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Speech"))
        form = QFormLayout(box)
        self.whisper_size = QComboBox()
        self.whisper_size.setEditable(True)  # a CTranslate2 folder works too
        self.whisper_size.addItems(WHISPER_SIZES)
        self.speech_language = QComboBox()
        for key, label in (
            ("zh", self.tr("Chinese")),
            ("en", self.tr("English")),
            ("auto", self.tr("Detect")),
        ):
            self.speech_language.addItem(label, key)
        self.speech_language.setToolTip(
            self.tr(
                "Spoken answers in an interview are transcribed in the interview's language; "
                "choose Detect to answer in either language."
            )
        )
        self.microphone = QComboBox()
        self.stop_mode = QComboBox()
        self.stop_mode.addItem(self.tr("After a pause (hands-free)"), "pause")
        self.stop_mode.addItem(self.tr("Only when I press Stop"), "manual")
        self.stop_mode.currentIndexChanged.connect(self._on_stop_mode_changed)
        self.silence_stop = QDoubleSpinBox()
        self.silence_stop.setRange(1.5, 10.0)
        self.silence_stop.setSingleStep(0.5)
        self.silence_stop.setDecimals(1)
        self.silence_stop.setSuffix(self.tr(" s"))
        self.silence_stop.setToolTip(
            self.tr(
                "Technical stages wait longer, and so does an answer that already had long "
                "pauses; a countdown shows before the recording stops."
            )
        )
        self.tts_engine = QComboBox()
        self.tts_voice = QLineEdit()
        self.tts_voice.setPlaceholderText(self.tr("Default voice"))
        self.embedding = QComboBox()
        for key, label in (
            ("use-multilingual", self.tr("Offline: Universal Sentence Encoder (multilingual)")),
            ("e5-small", self.tr("Offline: multilingual-e5-small")),
            ("openai", self.tr("Remote: OpenAI-compatible /v1/embeddings")),
        ):
            self.embedding.addItem(label, key)
        form.addRow(self.tr("Speech model"), self.whisper_size)
        form.addRow(self.tr("Speech language"), self.speech_language)
        form.addRow(self.tr("Microphone"), self.microphone)
        form.addRow(self.tr("Recording stops"), self.stop_mode)
        form.addRow(self.tr("Pause that ends an answer"), self.silence_stop)
        form.addRow(self.tr("Voice engine"), self.tts_engine)
        form.addRow(self.tr("Voice"), self.tts_voice)
        return box

    def _build_interface_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Interface"))
        form = QFormLayout(box)
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("Follow the system"), "system")
        self.ui_language.addItem("中文", "zh")
        self.ui_language.addItem("English", "en")
        self.theme = QComboBox()
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        form.addRow(self.tr("Language"), self.ui_language)
        form.addRow(self.tr("Theme"), self.theme)
        return box

    def _build_data_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data"))
        form = QFormLayout(box)
        self.home_label = QLineEdit(str(self.services.context.home))
        self.home_label.setReadOnly(True)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(self._on_open_folder)
        self.rebuild_button = QPushButton(self.tr("Rebuild knowledge store"))
        self.rebuild_button.clicked.connect(self._on_rebuild)
        row = QHBoxLayout()
        row.addWidget(self.home_label, 1)
        row.addWidget(open_button)
        form.addRow(self.tr("Data folder"), row)
        form.addRow(self.tr("Embeddings"), self.embedding)
        rebuild_row = QHBoxLayout()  # a button as wide as its words, not a bar under the fields
        rebuild_row.addWidget(self.rebuild_button)
        rebuild_row.addStretch(1)
        form.addRow("", rebuild_row)
        return box

    # ---- settings <-> widgets ---------------------------------------------------------
    def load_from_settings(self) -> None:
        s = self.services.settings
        self.llm.load(s.llm)
        if self._devices_loaded:  # the keyring is asked on first show, not at start-up
            self.llm.show_key_state()
            self.llm.grader.refresh()
        self.whisper_size.setCurrentText(s.voice.model)
        _select(self.speech_language, s.voice.language)
        _select(self.stop_mode, s.voice.stop_mode)
        self.silence_stop.setValue(float(s.voice.silence_stop_s))
        self._on_stop_mode_changed()
        emb = s.embedding
        _select(self.embedding, "openai" if emb.provider == "openai" else emb.offline_model)
        _select(self.ui_language, s.ui.language)
        _select(self.theme, s.ui.theme)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._devices_loaded:
            self._devices_loaded = True
            self._load_devices()
            self.llm.show_key_state()  # finding the keyring backend takes ~0.2 s
            self.llm.grader.refresh()  # the stored grader check (read in a worker)

    def _load_devices(self) -> None:
        """Microphones and voice engines: queried on first show, not at start-up."""
        from PySide6.QtMultimedia import QMediaDevices
        from PySide6.QtTextToSpeech import QTextToSpeech

        s = self.services.settings
        self.microphone.addItem(self.tr("System default"), None)
        for device in QMediaDevices.audioInputs():
            self.microphone.addItem(device.description(), bytes(device.id().data()).decode())
        _select(self.microphone, s.voice.microphone)
        self.tts_engine.addItem(self.tr("System default"), None)
        self.tts_engine.addItem(self.tr("Off"), "off")
        for name in QTextToSpeech.availableEngines():
            if name != "mock":
                self.tts_engine.addItem(name, name)
        _select(self.tts_engine, s.voice.tts_engine)
        self.tts_voice.setText(s.voice.tts_voice or "")

    def apply_to_settings(self) -> None:
        s = self.services.settings
        self.llm.apply(s.llm)
        s.voice.model = self.whisper_size.currentText().strip() or "base"
        s.voice.language = self.speech_language.currentData()
        s.voice.stop_mode = self.stop_mode.currentData()
        s.voice.silence_stop_s = round(self.silence_stop.value(), 1)
        if self._devices_loaded:
            s.voice.microphone = self.microphone.currentData()
            s.voice.tts_engine = self.tts_engine.currentData()
            s.voice.tts_voice = self.tts_voice.text().strip() or None
        emb = self.embedding.currentData()
        s.embedding.provider = "openai" if emb == "openai" else "offline"
        if emb != "openai":
            s.embedding.offline_model = emb
        s.ui.language = self.ui_language.currentData()
        s.ui.theme = self.theme.currentData()

    # ---- slots ------------------------------------------------------------------------
    def _on_stop_mode_changed(self, *_args: Any) -> None:
        self.silence_stop.setEnabled(self.stop_mode.currentData() != "manual")

    def _on_save(self) -> None:
        old_embedding = self.services.settings.embedding.model_dump()
        self.apply_to_settings()
        key = self.llm.typed_key()
        try:
            if key:
                self.services.context.set_api_key(key)
            self.services.save_settings()
        except Exception as exc:
            log.exception("saving settings failed")
            self._notify(
                self.tr("Could not save the settings: %1").replace("%1", str(exc)), "error"
            )
            return
        self.load_from_settings()  # clears the typed key: never left on screen
        embeddings_changed = old_embedding != self.services.settings.embedding.model_dump()
        self.services.reset()
        # first: a new language rebuilds the window, and a message said before went with it
        self.settings_saved.emit()
        if embeddings_changed:
            self._notify(
                self.tr("Embeddings changed: rebuild the knowledge store to use them."), "warning"
            )
        else:
            self._notify(self.tr("Settings saved."), "info")

    def _on_open_folder(self) -> None:
        home = self.services.context.home
        home.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(home)))

    def _on_rebuild(self) -> None:
        self.rebuild_button.setEnabled(False)
        self._notify(self.tr("Rebuilding the knowledge store from your notes…"), "info")
        self._task = run_task(
            lambda: self.services.knowledge().rebuild(),
            on_done=self._on_rebuilt,
            on_error=self._on_rebuild_failed,
        )

    def _on_rebuilt(self, _report: Any) -> None:
        self.rebuild_button.setEnabled(True)
        self._notify(self.tr("The knowledge store was rebuilt."), "info")

    def _on_rebuild_failed(self, error: BaseException) -> None:
        self.rebuild_button.setEnabled(True)
        log.error("rebuild failed: %s", error)
        self._notify(self.tr("Rebuilding failed: %1").replace("%1", str(error)), "error")


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def align_label_columns(forms: list[Any]) -> None:
    """One label column for every group: each group's fields began where its own longest
    label ended (the speech fields 90 px right of the interface ones)."""
    labels = []
    for form in forms:
        if not isinstance(form, QFormLayout):
            continue
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    for label in labels:
        label.ensurePolished()  # measured in the style sheet's font
    width = max((w.sizeHint().width() for w in labels), default=0)
    for label in labels:
        if isinstance(label, QLabel):  # a button there (Test connection) keeps its size
            label.setMinimumWidth(width)
