"""UI language: English is the source; zh_CN comes from desktop/i18n/mianba_zh_CN.qm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
SUPPORTED = ("en", "zh")

# Qt's file dialog labels that qtbase_zh_CN has only in an older wording ("Look in:",
# "Files of type:"): the dialog kept them English in a Chinese window. Translated in our
# own .ts under Qt's context; our translator is asked before Qt's.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def resolve_language(choice: str) -> str:
    """ "system" follows the system locale; anything Chinese gets the zh translation."""
    if choice in SUPPORTED:
        return choice
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def install_translator(app: QCoreApplication, choice: str = "system") -> str:
    """Load the translation for `choice`; returns the language actually in use."""
    for name in ("mianba_translator", "qt_translator"):
        for old in app.findChildren(QTranslator, name):
            QCoreApplication.removeTranslator(old)
            old.setParent(None)  # gone from ui_language() now, not at the next loop turn
    language = resolve_language(choice)
    if language == "en":
        return language
    _install_qt_translation(app)
    translator = QTranslator()
    if translator.load(str(I18N_DIR / "mianba_zh_CN.qm")):
        translator.setParent(app)  # found by name: ui_language() says "zh" from here on
        translator.setObjectName("mianba_translator")
        QCoreApplication.installTranslator(translator)
        return language
    return "en"  # a missing .qm file means the English source text, not a crash


def _install_qt_translation(app: QCoreApplication) -> None:
    """Qt's own words in Chinese too: its file dialog said "Look in", "File name", "Save"
    and "Cancel" in a Chinese window. Without the file (a trimmed build) they stay English."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        translator.setParent(app)
        translator.setObjectName("qt_translator")
        QCoreApplication.installTranslator(translator)


def ui_language() -> str:
    """The language the window speaks now: "zh" while the translation is installed."""
    app = QCoreApplication.instance()
    return "zh" if app is not None and app.findChildren(QTranslator, "mianba_translator") else "en"
