"""The look: theme tokens, screen scaling and the one application style sheet."""

from kiosk.ui.style.theme import Theme, TOKENS

__all__ = ["Theme", "TOKENS"]
