"""Qt's own dialogs speak the window's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from desktop._i18n import install_translator


@pytest.mark.parametrize("mode", ["open", "save"])
def test_qt_s_file_dialog_labels_are_chinese_in_a_chinese_window(qtbot, mode: str) -> None:
    """The audio file's and the export's dialog said "Look in:" and "Files of type:" in a
    Chinese window: qtbase_zh_CN has them only in an older wording."""
    app = QApplication.instance()
    install_translator(app, "zh")
    try:
        dialog = QFileDialog(None, "", "", "Audio files (*.wav)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the one Qt draws itself
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
        assert not [text for text in labels if re.search(r"[A-Za-z]{3}", text)], labels
    finally:
        install_translator(app, "en")
