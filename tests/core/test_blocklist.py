"""The wall's blocklist: unwanted names kept off, innocent ones shown."""

import pytest

from kiosk.core.blocklist import Blocklist

LISTS = {"en": ["darn", "bad word"], "fr": ["zut"], "es": ["caramba"], "zh": ["笨蛋"], "ru": ["дурак"]}


@pytest.fixture
def blocklist():
    return Blocklist(LISTS)


@pytest.mark.parametrize(
    "name",
    ["darn", "DARN", "Darn it", "d.a.r.n", "d a r n", "daaarn", "ZUT", "Zút", "Caramba!", "bad  word", "Bad-Word",
     "我是笨蛋", "Дурак", "ｄａｒｎ"],
)
def test_blocked_in_any_language_case_accents_disguises(blocklist, name):
    assert not blocklist.allows(name)


@pytest.mark.parametrize("name", ["Ann", "Darnell", "Zutphen", "Badwordsworth", "王小明", "Мария", "", "<b>x</b>"])
def test_innocent_names_pass(blocklist, name):
    assert blocklist.allows(name)


def test_empty_blocklist_allows_everything():
    assert Blocklist().allows("darn")
    assert len(Blocklist({"en": ["", "  "]})) == 0
