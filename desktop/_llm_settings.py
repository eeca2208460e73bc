"""The Settings page's LLM group: provider presets, endpoint, model, API key, Test connection
and Check grader (desktop._grader_check_row).

The key is shown only as "stored" or "not set" (it lives in the keyring, or the
environment where no keyring exists); Test connection checks chat, streaming and
structured output against what is typed, before it is saved.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton

from desktop._grader_check_row import GraderCheckRow
from desktop._named import named
from desktop._services import Services
from desktop._tasks import run_task
from desktop._tr import tr

if TYPE_CHECKING:
    from agent import ConnectionReport

log = logging.getLogger(__name__)

# (key, label, base URL, a sensible default model)
PRESETS: tuple[tuple[str, str, str, str], ...] = (
    ("offline", "Offline (no LLM)", "", ""),
    ("openai", "OpenAI", "https://api.openai.com/v1", "gpt-4o-mini"),
    ("deepseek", "DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat"),
    ("qwen", "Qwen / DashScope", "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus"),
    ("moonshot", "Moonshot", "https://api.moonshot.cn/v1", "moonshot-v1-8k"),
    ("zhipu", "Zhipu", "https://open.bigmodel.cn/api/paas/v4", "glm-4-flash"),
    ("ollama", "Ollama", "http://localhost:11434/v1", "qwen2.5:7b"),
    ("custom", "Custom", "", ""),
)


class LLMSettingsGroup(QGroupBox):
    """The interviewer model's endpoint: it reads and writes `settings.llm` and the key."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Interviewer model (LLM)"))
        self.services = services
        self._task: Any = None
        form = QFormLayout(self)
        self.preset = QComboBox()
        names = {"offline": self.tr("Offline (no LLM)"), "custom": self.tr("Custom")}
        for key, label, _url, _model in PRESETS:
            self.preset.addItem(names.get(key, label), key)
        self.preset.activated.connect(self._on_preset_chosen)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(self.tr("Empty: offline interviews from your notes"))
        self.model = QLineEdit()
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_label = named(QLabel(), "muted")
        self.keyring_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self._saved: tuple[str | None, str] = (None, "")  # (base URL, model) as loaded
        self.grader = GraderCheckRow(services, self.typed, self.unsaved, self)
        self.base_url.textChanged.connect(self.grader.endpoint_changed)
        self.base_url.editingFinished.connect(self.grader.refresh)
        self.model.editingFinished.connect(self.grader.refresh)
        form.addRow(self.tr("Provider"), self.preset)
        form.addRow(self.tr("Base URL"), self.base_url)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("API key"), self.api_key)
        form.addRow("", self.keyring_label)
        form.addRow(self.test_button, self.test_result)
        form.addRow(self.grader.button, self.grader.result)

    # ---- settings <-> widgets ---------------------------------------------------------
    def load(self, llm: Any) -> None:
        """Show `settings.llm` (mianba's LLMSettings: desktop may not import mianba)."""
        preset = llm.preset if llm.base_url else "offline"
        if llm.base_url and preset == "offline":  # a URL is used: never say "offline"
            preset = "custom"
        found = self.preset.findData(preset)
        self.preset.setCurrentIndex(found if found >= 0 else self.preset.findData("custom"))
        self.base_url.setText(llm.base_url or "")
        self.model.setText(llm.model if llm.base_url else "")
        self.api_key.clear()
        self._saved = (llm.base_url, llm.model)

    def apply(self, llm: Any) -> None:
        url = self.base_url.text().strip()
        llm.base_url = url or None
        preset = self.preset.currentData()
        llm.preset = ("custom" if preset == "offline" else preset) if url else "offline"
        if url and self.model.text().strip():
            llm.model = self.model.text().strip()

    def typed_key(self) -> str:
        return self.api_key.text().strip()

    def typed(self) -> tuple[Any, str]:
        """A copy of the settings with the LLM fields as typed, and the typed key."""
        settings = self.services.settings.model_copy(deep=True)
        self.apply(settings.llm)
        return settings, self.typed_key()

    def unsaved(self) -> bool:
        """The typed endpoint, model or key differ from the saved ones."""
        llm = self.typed()[0].llm
        return (llm.base_url, llm.model) != self._saved or bool(self.typed_key())

    def show_key_state(self) -> None:
        """Whether a key is stored, and where keys are kept (asks the keyring: ~0.2 s)."""
        has_key = bool(self.services.context.get_api_key())
        self.api_key.setPlaceholderText(
            self.tr("A key is stored (type to replace it)") if has_key else self.tr("Not set")
        )
        usable, detail = self.services.context.keyring_status()
        if usable:
            self.keyring_label.setText(self.tr("The key is kept in the system keyring."))
        else:
            self.keyring_label.setText(
                self.tr(
                    "No system keyring is available, so a key cannot be stored here. "
                    "Set the environment variable MIANBA_LLM_API_KEY instead."
                )
            )
        self.api_key.setEnabled(usable)
        self.keyring_label.setToolTip(detail)

    # ---- slots ------------------------------------------------------------------------
    def _on_preset_chosen(self, index: int) -> None:
        key, _label, url, model = PRESETS[index]
        if key == "custom":
            return
        self.base_url.setText(url)
        self.model.setText(model)
        self.grader.refresh()

    def _on_test_connection(self) -> None:
        self.apply(self.services.settings.llm)
        if not self.services.settings.llm.base_url:
            self.test_result.setText(self.tr("Offline mode: no LLM to test."))
            return
        key = self.typed_key()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))

        def check() -> Any:
            gateway = self.services.gateway() if not key else self._gateway_with_key(key)
            return gateway.check_connection()

        self._task = run_task(check, on_done=self._on_test_done, on_error=self._on_test_failed)

    def _gateway_with_key(self, key: str) -> Any:
        make = self.services.context.extra.get("make_gateway_with_key")
        return make(self.services.settings, key) if make else self.services.gateway()

    def _on_test_done(self, result: Any) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(describe_connection(result))

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        log.warning("connection test failed: %s", error)
        self.test_result.setText(self.tr("Connection failed: %1").replace("%1", str(error)))


def describe_connection(report: ConnectionReport | str) -> str:
    """One line per capability the gateway checked (an agent.llm.ConnectionReport)."""
    if isinstance(report, str):
        return report

    def mark(ok: bool) -> str:
        return "✓" if ok else "✗"

    structured = report.structured_mode
    chat, streaming, structured_label = tr("Chat"), tr("Streaming"), tr("Structured output")
    lines = [
        f"{mark(report.chat_ok)} {chat}",
        f"{mark(report.streaming_ok)} {streaming}",
        f"{mark(structured is not None)} {structured_label}"
        + (f" ({structured})" if structured else ""),
    ]
    if report.error:
        lines.append(report.error)
    return "\n".join(lines)
