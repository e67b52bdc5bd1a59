"""The organiser's pack given by ``--content`` is the one the kiosk uses everywhere."""

from __future__ import annotations

import json
import shutil

from kiosk.core.pledge import PledgeForm, validate
from kiosk.ui.screens.base import ScreenId
from tests.helpers.content import EXAMPLE

OFFERED = ("reject-exploitation", "learn-and-share", "no-part", "buy-responsibly", "support-and-report")


def organiser_pack(folder, blocked: str):
    """The example pack with its own pledge: five commitments and one word kept off the wall."""
    pack = shutil.copytree(EXAMPLE, folder)
    commitments = [{"id": cid, "text": {"en": f"At City Hall: {cid}"}} for cid in OFFERED]
    pledge = {"commitments": commitments, "name_blocklist": {"en": [blocked]}}
    (pack / "pledge.json").write_text(json.dumps(pledge), encoding="utf-8")
    return pack


def test_the_pledge_offers_the_commitments_and_keeps_the_blocklist_of_the_pack_given_on_the_command_line(
    make_kiosk, qtbot, tmp_path
):
    kiosk = make_kiosk(content_dir=organiser_pack(tmp_path / "usb", blocked="Zorblax"))
    kiosk.window.show_screen(ScreenId.PLEDGE)
    form = kiosk.window.screen(ScreenId.PLEDGE).form
    assert set(OFFERED) <= set(form.cards)  # laid over the bundled commitments, item by item
    assert form.cards["no-part"].label.text() == "At City Hall: no-part"

    pledges = kiosk.context.pledges
    qtbot.waitUntil(lambda: pledges.started, timeout=10000)
    for name in ("Amina", "Zorblax"):
        pledges.submit(validate(PledgeForm("en", ("reject-exploitation",), name, consent_wall=True)).form)
    pledges.wait()
    attract = kiosk.window.screen(ScreenId.ATTRACT)
    qtbot.waitUntil(lambda: attract.pledge_wall is not None and attract.pledge_wall.names() == ["Amina"], timeout=5000)
