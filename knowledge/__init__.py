"""Notes -> clean chunks -> question bank -> Chroma; hybrid retrieval.

Heavy libraries (chromadb, onnxruntime, jieba, bm25s) are imported lazily inside
the modules that need them, so importing this package is cheap.
"""

from knowledge._base import KnowledgeBase
from knowledge._cues import needs_context
from knowledge._embedders_offline import install_use_model as install_offline_model
from knowledge._embeddings import (
    EmbeddingError,
    EmbeddingProvider,
    ModelMissingError,
    make_embedder,
)
from knowledge._loading import LoadedNote, iter_note_files, load_note
from knowledge._lock import StoreLockedError
from knowledge._models import (
    STAGES,
    Chunk,
    Citation,
    Hit,
    IngestProgress,
    IngestReport,
    Kind,
    ParsedNote,
    Project,
    Question,
    SkippedFile,
    Stage,
)
from knowledge._parsing import parse_note
from knowledge._store import StoreError
from knowledge._stories import story_question
from knowledge._words import cut_words, word_frequency
from knowledge.config import EmbeddingConfig, KnowledgeConfig

__all__ = [
    "STAGES",
    "Chunk",
    "Citation",
    "EmbeddingConfig",
    "EmbeddingError",
    "EmbeddingProvider",
    "Hit",
    "IngestProgress",
    "IngestReport",
    "Kind",
    "KnowledgeBase",
    "KnowledgeConfig",
    "LoadedNote",
    "ModelMissingError",
    "ParsedNote",
    "Project",
    "Question",
    "SkippedFile",
    "Stage",
    "StoreError",
    "StoreLockedError",
    "cut_words",
    "install_offline_model",
    "iter_note_files",
    "load_note",
    "make_embedder",
    "needs_context",
    "parse_note",
    "story_question",
    "word_frequency",
]
