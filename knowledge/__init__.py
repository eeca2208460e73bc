"""Notes -> clean chunks -> question bank -> Chroma; hybrid retrieval.

Heavy libraries (chromadb, onnxruntime, jieba, bm25s) are imported lazily inside
the modules that need them, so importing this package is cheap.
"""

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
from knowledge.config import EmbeddingConfig, KnowledgeConfig

__all__ = [
    "STAGES",
    "Chunk",
    "Citation",
    "EmbeddingConfig",
    "Hit",
    "IngestProgress",
    "IngestReport",
    "Kind",
    "KnowledgeConfig",
    "ParsedNote",
    "Project",
    "Question",
    "SkippedFile",
    "Stage",
]
