"""Light and dark themes: follow the system colour scheme unless the user picks one."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"
SYSTEM_DARK_KEY = "theme/system_dark"  # in ui.ini: the system scheme at the last start

_LIGHT = {
    "window": "#f5f6f8",
    "base": "#ffffff",
    "alt": "#eef0f4",
    "text": "#1d2330",
    "muted": "#6b7385",
    "border": "#d8dce4",
    "sidebar": "#e9ecf2",
    "card": "#ffffff",
    "interviewer": "#eef3fd",
    "candidate": "#f1f7ee",
    "good": "#1e8e3e",
    "warn": "#b26a00",
    "bad": "#c5221f",
}
_DARK = {
    "window": "#1e2128",
    "base": "#262a33",
    "alt": "#2c313b",
    "text": "#e6e9ef",
    "muted": "#9aa3b5",
    "border": "#3a404c",
    "sidebar": "#181b21",
    "card": "#262a33",
    "interviewer": "#233049",
    "candidate": "#24352a",
    "good": "#5bb974",
    "warn": "#f2a93b",
    "bad": "#f28b82",
}


def is_dark(choice: str) -> bool:
    """`choice` is the setting: "system", "light" or "dark"."""
    if choice in ("light", "dark"):
        return choice == "dark"
    from PySide6.QtCore import Qt  # ~25 ms to build Qt's enums: only when asked

    scheme = QGuiApplication.styleHints().colorScheme()
    return bool(scheme == Qt.ColorScheme.Dark)


def colors(dark: bool) -> dict[str, str]:
    return dict(_DARK if dark else _LIGHT)


def apply_theme(app: QApplication, choice: str = "system") -> bool:
    """Set palette and style sheet; returns True when the dark theme is active."""
    dark = is_dark(choice)
    c = colors(dark)
    app.setStyle("Fusion")
    app.setPalette(_palette(c))
    app.setStyleSheet(_style_sheet(c))
    app.setProperty("mianba_dark", dark)
    return dark


def apply_startup_theme(app: QApplication, choice: str, ui: QSettings) -> bool:
    """Before the first paint, "system" takes the scheme remembered in ui.ini.

    Asking Qt for the system scheme builds all of Qt's enums in Python (~25 ms, a sixth
    of a bare window's start-up); `confirm_system_theme` asks after the first paint and
    re-themes in the rare case the system scheme changed since the last run.
    """
    if choice == "system" and ui.contains(SYSTEM_DARK_KEY):
        remembered = bool(ui.value(SYSTEM_DARK_KEY, False, type=bool))
        return apply_theme(app, "dark" if remembered else "light")
    dark = apply_theme(app, choice)
    if choice == "system":
        ui.setValue(SYSTEM_DARK_KEY, dark)
        ui.sync()  # once per data folder: the next start has it even after a crash
    return dark


def confirm_system_theme(app: QApplication, ui: QSettings) -> None:
    dark = is_dark("system")
    if dark != bool(app.property("mianba_dark")):
        apply_theme(app, "system")
    ui.setValue(SYSTEM_DARK_KEY, dark)


def current_colors() -> dict[str, str]:
    app = QApplication.instance()
    return colors(bool(app.property("mianba_dark")) if app else False)


def _palette(c: dict[str, str]) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(c["window"]))
    p.setColor(role.WindowText, QColor(c["text"]))
    p.setColor(role.Base, QColor(c["base"]))
    p.setColor(role.AlternateBase, QColor(c["alt"]))
    p.setColor(role.Text, QColor(c["text"]))
    p.setColor(role.Button, QColor(c["alt"]))
    p.setColor(role.ButtonText, QColor(c["text"]))
    p.setColor(role.ToolTipBase, QColor(c["base"]))
    p.setColor(role.ToolTipText, QColor(c["text"]))
    p.setColor(role.PlaceholderText, QColor(c["muted"]))
    p.setColor(role.Highlight, QColor(ACCENT))
    p.setColor(role.Light, QColor(c["base"]))  # Fusion draws spin-box arrows with these
    p.setColor(role.Mid, QColor(c["border"]))
    p.setColor(role.Dark, QColor(c["muted"]))
    p.setColor(role.HighlightedText, QColor("#ffffff"))
    p.setColor(role.Link, QColor(ACCENT))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c["muted"]))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c["muted"]))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(c["muted"]))
    return p


def _style_sheet(c: dict[str, str]) -> str:
    return f"""
    QWidget {{ font-size: 10pt; }}
    QWidget#sidePanel {{ background: {c["sidebar"]}; }}
    QListWidget#sidebar {{
        background: {c["sidebar"]}; border: none; border-radius: 0; padding-top: 12px;
        outline: 0;
    }}
    QListWidget#sidebar::item {{
        padding: 10px 16px; margin: 2px 8px; border-radius: 6px; color: {c["text"]};
    }}
    QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
    QListWidget#sidebar::item:hover:!selected {{ background: {c["alt"]}; }}
    QLabel#appTitle {{ font-size: 15pt; font-weight: 600; padding: 16px 16px 4px 16px; }}
    QLabel#viewTitle {{ font-size: 16pt; font-weight: 600; }}
    QLabel#muted, QLabel[muted="true"] {{ color: {c["muted"]}; }}
    QFrame#card {{
        background: {c["card"]}; border: 1px solid {c["border"]}; border-radius: 8px;
    }}
    QFrame#banner[level="error"] {{ background: {c["bad"]}; border-radius: 6px; }}
    QFrame#banner[level="warning"] {{ background: {c["warn"]}; border-radius: 6px; }}
    QFrame#banner[level="info"] {{ background: {ACCENT}; border-radius: 6px; }}
    QFrame#banner QLabel {{ color: white; }}
    QFrame#banner QPushButton {{
        color: white; background: transparent; border: 1px solid white;
        border-radius: 4px; padding: 2px 10px;
    }}
    QPushButton {{
        padding: 6px 14px; border-radius: 6px; border: 1px solid {c["border"]};
        background: {c["base"]};
    }}
    QPushButton:hover {{ border-color: {ACCENT}; }}
    QPushButton:disabled {{ color: {c["muted"]}; }}
    QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: none; }}
    QPushButton[primary="true"]:disabled {{ background: {c["border"]}; color: {c["muted"]}; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {{
        border: 1px solid {c["border"]}; border-radius: 6px; padding: 4px 6px;
        background: {c["base"]};
    }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {{
        border: 2px solid {ACCENT}; padding: 3px 5px;
    }}
    QComboBox {{ selection-background-color: {ACCENT}; selection-color: white; }}
    /* a list dropping below the box: laid over it instead (Fusion's way), the window's
       short lists came out a few pixels short, their last item cut behind a scroll arrow */
    QComboBox {{ combobox-popup: 0; }}
    QAbstractSpinBox {{ min-height: 24px; }}  /* as tall as the line edits and combos */
    QComboBox QAbstractItemView {{
        background: {c["base"]}; color: {c["text"]}; border: 1px solid {c["border"]};
        selection-background-color: {ACCENT}; selection-color: white; outline: 0;
    }}
    QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 13px; }}
    QPushButton[primary="true"]:focus {{ border: 2px solid {c["text"]}; padding: 4px 12px; }}
    QTreeWidget, QTableWidget, QListWidget {{
        border: 1px solid {c["border"]}; border-radius: 6px; background: {c["base"]};
    }}
    QTreeWidget:focus, QTableWidget:focus, QListWidget:focus {{ border: 2px solid {ACCENT}; }}
    QProgressBar {{
        border: 1px solid {c["border"]}; border-radius: 6px; text-align: center;
        background: {c["base"]}; min-height: 14px;
    }}
    QProgressBar::chunk {{ background: {ACCENT}; border-radius: 5px; }}
    QTabWidget::pane {{ border: 1px solid {c["border"]}; border-radius: 6px; }}
    QGroupBox {{
        border: 1px solid {c["border"]}; border-radius: 8px; margin-top: 14px;
        padding: 12px 10px 10px 10px; font-weight: 600;
    }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; }}
    """
