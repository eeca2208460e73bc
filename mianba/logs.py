"""Logging to a rotating file under the data dir (<MIANBA_HOME>/logs/mianba.log)."""

from __future__ import annotations

import logging
import logging.handlers
import re

from mianba import paths

_SECRET = re.compile(r"(sk-[A-Za-z0-9_\-]{6})[A-Za-z0-9_\-]+")


class _RedactSecrets(logging.Filter):
    """API keys must never reach a log file, even inside an exception message."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _SECRET.sub(r"\1…", record.getMessage())
        record.args = None
        return True


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    log_dir = paths.data_home() / "logs"
    for old in [h for h in root.handlers if getattr(h, "_mianba", False)]:
        if getattr(old, "baseFilename", None) == str(log_dir / "mianba.log"):
            return  # already logging there
        root.removeHandler(old)  # the data folder moved (MIANBA_HOME changed)
        old.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "mianba.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only home must not stop the app
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler._mianba = True  # type: ignore[attr-defined]
    handler.addFilter(_RedactSecrets())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
