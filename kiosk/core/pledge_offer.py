"""What the pledge screen offers: the commitments and the wall's blocklist.

Both come from the loaded content pack's ``pledge.json`` (served by
kiosk/services/content.py); the built-in default below is used only when the pack offers
no commitment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kiosk.core.blocklist import Blocklist
from kiosk.core.content.models import Commitment, PledgeFile
from kiosk.core.content.text import LocalizedText
from kiosk.core.languages import FALLBACK_LANGUAGE


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


def offer_from_pack(pledge: PledgeFile) -> PledgeOffer:
    """The offer of a loaded pack's ``pledge.json``; the default when it offers no commitment."""
    if not pledge.commitments:
        return DEFAULT_OFFER
    words = {str(lang): tuple(ws) for lang, ws in pledge.name_blocklist.items()}
    return PledgeOffer(tuple(pledge.commitments), words)


DEFAULT_OFFER = PledgeOffer(
    commitments=tuple(
        Commitment(id=cid, text=LocalizedText({FALLBACK_LANGUAGE: text}))
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
"""Used only when the content pack offers no commitment."""
