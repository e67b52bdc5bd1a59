"""What the pledge screen offers: the commitments and the wall's blocklist.

Both come from the content pack's ``pledge.json``. This small adapter reads
them from the loaded content when there is one (``content.pledge``), else from
the ``pledge.json`` of a pack folder, else from the built-in default below, so
the pledge works whatever stage the content pack is at.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.blocklist import Blocklist
from kiosk.core.languages import FALLBACK_LANGUAGE, LANGUAGE_CODES, text_in

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Commitment:
    """One commitment a visitor can pick, with its text per language."""

    id: str
    texts: Mapping[str, str]

    def text(self, language: str) -> str:
        """The text in ``language``, falling back to English."""
        return text_in(self.texts, language)[0]


@dataclass(frozen=True)
class PledgeOffer:
    """The commitments on offer and the words kept off the wall."""

    commitments: tuple[Commitment, ...]
    blocked_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def commitment_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.commitments)

    def blocklist(self) -> Blocklist:
        return Blocklist(self.blocked_words)


def offer_from_dict(data: Mapping[str, Any]) -> PledgeOffer:
    """Read the ``pledge.json`` structure; raise ValueError when it is not usable."""
    commitments = []
    for raw in data.get("commitments", []):
        texts = {lang: str(text) for lang, text in dict(raw["text"]).items() if lang in LANGUAGE_CODES and text}
        if not texts:
            raise ValueError(f"commitment {raw.get('id')!r} has no text")
        commitments.append(Commitment(str(raw["id"]), texts))
    if not commitments:
        raise ValueError("no commitments")
    words = {lang: tuple(str(w) for w in ws) for lang, ws in dict(data.get("name_blocklist", {})).items()}
    return PledgeOffer(tuple(commitments), words)


def offer_from_content(content: Any) -> PledgeOffer | None:
    """The offer of a loaded content pack (an object with ``pledge.commitments``), or None."""
    pledge = getattr(content, "pledge", None)
    if pledge is None or not getattr(pledge, "commitments", None):
        return None
    commitments = []
    for item in pledge.commitments:
        texts = dict(getattr(item.text, "root", item.text))  # a LocalizedText, or a plain dict
        commitments.append(Commitment(item.id, {k: v for k, v in texts.items() if v and v.strip()}))
    words = {str(lang): tuple(ws) for lang, ws in dict(getattr(pledge, "name_blocklist", {})).items()}
    return PledgeOffer(tuple(commitments), words)


def load_offer(content: Any = None, pack_dirs: tuple[Path, ...] = ()) -> PledgeOffer:
    """The offer from the loaded content, else the first readable ``pledge.json``, else the default."""
    offer = offer_from_content(content)
    if offer is not None:
        return offer
    for folder in pack_dirs:
        path = Path(folder) / "pledge.json"
        if not path.is_file():
            continue
        try:
            return offer_from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("%s: not usable for the pledge (%s)", path, error)
    return DEFAULT_OFFER


DEFAULT_OFFER = PledgeOffer(
    commitments=tuple(
        Commitment(cid, {FALLBACK_LANGUAGE: text})
        for cid, text in (
            ("reject-exploitation", "I reject every form of exploitation of human beings."),
            ("learn-and-share", "I will learn how trafficking works, its acts, means and purposes, and share what I know."),
            ("no-part", "I will take no part in sexual or labour exploitation."),
            ("buy-responsibly", "I will not buy from people or businesses that hold others in slavery."),
            ("support-and-report", "If I meet a possible victim, I will offer support and report it to the authorities."),
            ("join-activities", "I will support awareness work and join Blue Heart activities near me."),
            ("spread-the-word", "I will wear the Blue Heart and spread the message: human beings are not for sale."),
        )
    ),
)
"""Used only when no content pack provides ``pledge.json``."""
