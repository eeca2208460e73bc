"""Speech: model location, transcription (batch + incremental), VAD, delivery metrics.

Importing this package is light: faster-whisper, CTranslate2, PyAV, openai, OpenCC
and soundfile load only when a transcription (or a save) actually happens.
"""

from voice._audio import load_audio, save_answer_audio
from voice._errors import AudioError, ModelUnavailableError, TranscriptionError, VoiceError
from voice._incremental import IncrementalTranscriber
from voice._model_store import DOWNLOADABLE_MODELS, ensure_base_model, model_path
from voice._segments import Segment, Word
from voice._text import extract_terms, to_script, vocabulary_prompt
from voice._transcriber import Transcriber
from voice._transcript import Transcript
from voice.config import VoiceConfig
from voice.metrics import DeliveryMetrics, compute_metrics

__all__ = [
    "DOWNLOADABLE_MODELS",
    "AudioError",
    "DeliveryMetrics",
    "IncrementalTranscriber",
    "ModelUnavailableError",
    "Segment",
    "Transcriber",
    "Transcript",
    "TranscriptionError",
    "VoiceConfig",
    "VoiceError",
    "Word",
    "compute_metrics",
    "ensure_base_model",
    "extract_terms",
    "load_audio",
    "model_path",
    "save_answer_audio",
    "to_script",
    "vocabulary_prompt",
]
