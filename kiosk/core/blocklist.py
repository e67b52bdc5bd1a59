"""Which first names may be shown on the pledge wall.

The content pack supplies a list of unwanted words per language. Everyone reads
the wall whatever language they picked, so a name is checked against every
list. Matching ignores case, accents and the usual disguises (spacing or dots
between letters, repeated letters), but a blocked word inside a longer word is
not a match (the "Scunthorpe" problem), except in scripts written without
spaces (Chinese, Japanese, Thai …) where any occurrence counts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from kiosk.core.countries import fold

_WORD = re.compile(r"\w+")


def _normal(text: str) -> str:
    """Folded (case, accents, compatibility forms) text."""
    return fold(unicodedata.normalize("NFKC", text))


def _squeeze(text: str) -> str:
    """Letters only, runs of one letter shortened to one ("fuuu.ck" → "fuck")."""
    letters = "".join(_WORD.findall(text)).replace("_", "")
    return re.sub(r"(.)\1+", r"\1", letters)


def _unspaced(text: str) -> bool:
    """Whether ``text`` is in a script written without spaces between words."""
    for char in text:
        name = unicodedata.name(char, "")
        if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "HANGUL")):
            return True
    return False


class Blocklist:
    """Unwanted words, checked against names before the wall shows them."""

    def __init__(self, words_by_language: Mapping[str, Iterable[str]] | None = None):
        self._tokens: set[tuple[str, ...]] = set()
        self._squeezed: set[str] = set()
        self._substrings: set[str] = set()
        for words in (words_by_language or {}).values():
            for word in words:
                self.add(word)

    def add(self, word: str) -> None:
        """Block one more word or phrase."""
        normal = _normal(word).strip()
        if not normal:
            return
        if _unspaced(normal):
            self._substrings.add(_squeeze(normal))
            return
        tokens = tuple(_WORD.findall(normal))
        if tokens:
            self._tokens.add(tokens)
            squeezed = _squeeze(normal)
            if len(squeezed) >= 3:
                self._squeezed.add(squeezed)

    def __len__(self) -> int:
        return len(self._tokens) + len(self._substrings)

    def allows(self, name: str) -> bool:
        """Whether ``name`` may be shown on the wall."""
        normal = _normal(name)
        tokens = _WORD.findall(normal)
        squeezed_tokens = [_squeeze(t) for t in tokens]
        for blocked in self._tokens:
            n = len(blocked)
            for i in range(len(tokens) - n + 1):
                window = tokens[i : i + n]
                if tuple(window) == blocked or tuple(squeezed_tokens[i : i + n]) == tuple(
                    _squeeze(t) for t in blocked
                ):
                    return False
        squeezed = _squeeze(normal)
        if squeezed in self._squeezed:
            return False
        return not any(s and s in squeezed for s in self._substrings)
