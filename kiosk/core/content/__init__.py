"""The content pack: format (models), reading and checking (validation), loading (loader).

Pure Python: no Qt here. Screens receive a :class:`LoadedContent`.
"""

from kiosk.core.content.command import validate_command
from kiosk.core.content.loader import ContentSource, LoadedContent, load_pack
from kiosk.core.content.models import (
    Card,
    Commitment,
    ComparisonRow,
    Element,
    LegalDefinition,
    MediaItem,
    NewsItem,
    PackInfo,
    Publication,
    QuizQuestion,
)
from kiosk.core.content.problems import Problem
from kiosk.core.content.references import MediaProbe, MediaProblem, media_files_exist
from kiosk.core.content.text import LocalizedText
from kiosk.core.content.validation import validate_pack

__all__ = [
    "Card",
    "Commitment",
    "ComparisonRow",
    "ContentSource",
    "Element",
    "LegalDefinition",
    "LoadedContent",
    "LocalizedText",
    "MediaItem",
    "MediaProbe",
    "MediaProblem",
    "NewsItem",
    "PackInfo",
    "Problem",
    "Publication",
    "QuizQuestion",
    "load_pack",
    "media_files_exist",
    "validate_command",
    "validate_pack",
]
