"""Settings shared by every test: model files are assembled once into a shared cache.

Each test still gets its own MIANBA_HOME (see the package conftests); only the large,
read-mostly model files (Whisper base, the embedding model) are shared through
MIANBA_MODELS_DIR, which subprocesses inherit too.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("MIANBA_MODELS_DIR", str(Path("~/.cache/mianba-test/models").expanduser()))
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
