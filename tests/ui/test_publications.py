"""Publications: every card with its title, description and a scannable QR code."""

from __future__ import annotations

from kiosk.ui.screens.publications import PublicationsScreen
from tests.helpers.content import close_screen, content_context


def test_cards_show_title_description_and_qr(qtbot, tmp_path):
    context = content_context(tmp_path)
    screen = PublicationsScreen(context)
    screen.resize(1920, 1000)
    screen.show()
    qtbot.waitExposed(screen)
    items = context.content.pack.publications.items
    assert [card.item_id for card in screen.cards] == [item.id for item in items]
    for card, item in zip(screen.cards, items, strict=True):
        assert card.title.text() == item.title.text("en")
        assert card.description.text() == item.description.text("en")
        assert card.qr.data == item.url
        assert card.qr.modules >= 21
        # Big enough for a phone at arm's length: at least 4 px a module at 1080p.
        assert card.qr.width() // (card.qr.modules + 4) >= 4
    context.language.set_language("fr")
    assert screen.cards[1].title.text() == "Loi type contre la traite des personnes"
    close_screen(screen, context)
