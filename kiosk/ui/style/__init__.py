"""The look: theme tokens, screen scaling and the one application style sheet."""

from kiosk.ui.style.theme import TOKENS, Theme

__all__ = ["Theme", "TOKENS"]
