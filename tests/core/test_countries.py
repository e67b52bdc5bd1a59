"""Country list and search in the visitor's language."""

from kiosk.core.countries import COUNTRY_CODES, countries, country_name, search


def test_249_iso_codes():
    assert len(COUNTRY_CODES) == 249
    assert {"FR", "CN", "SA", "RU", "ES", "GB"} <= COUNTRY_CODES
    assert not {"EU", "UN", "ZZ", "XK", "XA"} & COUNTRY_CODES


def test_names_follow_the_language():
    assert country_name("FR", "en") == "France"
    assert country_name("FR", "ar") == "فرنسا"
    assert country_name("FR", "zh") == "法国"
    assert country_name("DE", "ru") == "Германия"
    assert country_name("QQ", "en") == ""
    assert len(countries("fr")) == 249


def test_search_ignores_case_and_accents_and_ranks_starts_first():
    found = [c.code for c in search("fr", "cote")]
    assert found[0] == "CI"  # Côte d’Ivoire
    names = [c.name for c in search("en", "guinea")]
    assert names[0] == "Guinea"
    assert "Papua New Guinea" in names and "Equatorial Guinea" in names
    assert [c.code for c in search("en", "  ")] == [c.code for c in countries("en")]
    assert search("en", "xyzzy") == ()


def test_search_in_arabic_and_chinese():
    assert search("ar", "فرن")[0].code == "FR"
    assert search("zh", "法")[0].code == "FR"
