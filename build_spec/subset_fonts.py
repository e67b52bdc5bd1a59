"""Subset the bundled fonts to what the kiosk shows (a build-time step; needs fontTools).

Run from anywhere: ``python build_spec/subset_fonts.py [--source-dir DIR]``. Reads the Noto
fonts, keeps only the characters the kiosk can show or the on-screen keyboard can type, renames
the families so they never mix with fonts installed on the host, and writes them to
assets/fonts/ (committed: the kiosk never needs fontTools).

Where the source fonts come from: Debian 12 (bookworm) packages, the versions listed in
assets/fonts/README.md:

* ``fonts-noto-core`` (20201225-1): NotoSans-*.ttf, NotoSansArabic-*.ttf, NotoSansSymbols2-*.ttf
  in /usr/share/fonts/truetype/noto/;
* ``fonts-noto-cjk`` (1:20220127+repack1-1): NotoSansCJK-Regular.ttc, NotoSansCJK-Bold.ttc in
  /usr/share/fonts/opentype/noto/.

Either ``apt-get install fonts-noto-core fonts-noto-cjk`` (the defaults below), or, to leave
the host's fonts alone, unpack them and point at the folders::

    apt-get download fonts-noto-core fonts-noto-cjk
    for deb in fonts-noto-*.deb; do dpkg-deb -x "$deb" noto; done
    python build_spec/subset_fonts.py --source-dir noto/usr/share/fonts/truetype/noto \
        --source-dir noto/usr/share/fonts/opentype/noto

The characters kept:
    * every character of the translations (assets/i18n/*.ts), the pledge form's country names
      in the six languages (babel's CLDR data), the content pack texts
      (assets/content/**/*.json and *.toml) and the Python sources of kiosk/ (language names,
      "touch to start" in every language, symbols on keys);
    * a safety set, so an organiser's own news in these scripts also renders: Basic Latin,
      Latin-1, Latin Extended-A, Cyrillic, Arabic (with its presentation forms), general
      punctuation and currency signs, CJK punctuation and full-width forms, and the 3,755 common
      Chinese characters of GB 2312 level 1.

Each character goes to the first font of :data:`FAMILIES` that has it, the order the style
sheet's font-family list gives Qt's fallback, so no glyph is stored twice.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "fonts"
NOTO_CORE = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")


@dataclass(frozen=True)
class Family:
    """One bundled family: its new name and its (weight, source file, collection index) faces."""

    name: str
    file_stem: str
    faces: tuple[tuple[str, str, int], ...]
    extension: str = "ttf"
    #: (ascent, descent) in font units replacing the font's own line metrics, or None.
    line_metrics: tuple[int, int] | None = None
    #: The bold face keeps only what the kiosk itself shows (its texts, the content, countries):
    #: what a visitor types is drawn in the regular weight (fields, the pledge wall), and the
    #: bundle has a size limit (a full Chinese bold face is 7.5 MiB; this one 2.8 MiB).
    bold_for_shown_only: bool = False


#: In fallback order, the same as the font-family list in assets/ui/qss/00_base.qss.
FAMILIES: tuple[Family, ...] = (
    Family("BlueHeart Noto Sans", "BlueHeartNotoSans", (
        ("Regular", "NotoSans-Regular.ttf", 0),
        ("Bold", "NotoSans-Bold.ttf", 0),
    )),
    Family("BlueHeart Noto Sans Arabic", "BlueHeartNotoSansArabic", (
        ("Regular", "NotoSansArabic-Regular.ttf", 0),
        ("Bold", "NotoSansArabic-Bold.ttf", 0),
    # Noto Sans Arabic's lines are 2.11 em tall (room for the rarest stacked marks), 55 % more
    # than the Latin face, which made every Arabic label far taller than its English one.
    # 1.65 em still holds common vowel marks above and below; the rare tallest ones may touch
    # the line above. (This is what Noto's "Arabic UI" variant does, with smaller glyphs.)
    ), line_metrics=(1100, 550)),
    # Index 2 of the Noto Sans CJK collections is the simplified Chinese (SC) face. The bold
    # face doubles the largest file, but without it Qt shows Chinese headings and the kiosk's
    # many semi-bold labels in the regular weight beside bold Latin digits.
    Family("BlueHeart Noto Sans SC", "BlueHeartNotoSansSC", (
        ("Regular", "NotoSansCJK-Regular.ttc", 2),
        ("Bold", "NotoSansCJK-Bold.ttc", 2),
    ), extension="otf", bold_for_shown_only=True),
    Family("BlueHeart Noto Sans Symbols 2", "BlueHeartNotoSansSymbols2", (
        ("Regular", "NotoSansSymbols2-Regular.ttf", 0),
    )),
)

SAFETY_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0400, 0x04FF),  # Cyrillic
    (0x0600, 0x06FF),  # Arabic
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
    (0x2000, 0x206F),  # General Punctuation (narrow no-break space, marks, dashes, quotes)
    (0x20A0, 0x20C0),  # Currency Symbols
    (0x2116, 0x2116),  # Numero sign
    (0x2190, 0x2193),  # Arrows
    (0x25CB, 0x25CF),  # Circles (PIN dots)
    (0x2713, 0x2714),  # Check marks
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF01, 0xFF5E),  # Full-width forms
)


def gb2312() -> set[str]:
    """Every character of GB 2312: 682 symbols (rows 1 to 9) and 6,763 hanzi (rows 16 to 87)."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def safety_characters() -> set[str]:
    chars = {chr(code) for first, last in SAFETY_RANGES for code in range(first, last + 1)}
    return chars | gb2312()


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def translation_texts(i18n: Path = ROOT / "assets" / "i18n") -> list[str]:
    """Every source and translated text of the .ts files."""
    texts = []
    for ts in sorted(i18n.glob("*.ts")):
        for node in ET.parse(ts).getroot().iter():
            if node.tag in ("source", "translation", "numerusform") and node.text:
                texts.append(node.text)
    return texts


def content_texts(content: Path = ROOT / "assets" / "content") -> list[str]:
    """Every string of the bundled content pack's JSON and TOML files."""
    texts: list[str] = []
    for path in sorted(content.rglob("*.json")):
        texts.extend(_strings(json.loads(path.read_text(encoding="utf-8"))))
    for path in sorted(content.rglob("*.toml")):
        texts.extend(_strings(tomllib.loads(path.read_text(encoding="utf-8"))))
    return texts


def source_texts(package: Path = ROOT / "kiosk") -> list[str]:
    """The kiosk's Python sources, whose literals hold language names and key symbols."""
    return [path.read_text(encoding="utf-8") for path in sorted(package.rglob("*.py")) if path.name != "resources_rc.py"]


def country_texts() -> list[str]:
    """The pledge form's country names (CLDR, via babel) in every UI language."""
    import sys

    sys.path.insert(0, str(ROOT))
    from kiosk.core.countries import countries
    from kiosk.core.languages import LANGUAGE_CODES

    return [country.name for code in LANGUAGE_CODES for country in countries(code)]


def shown_characters() -> set[str]:
    """Every character the kiosk shows, without control characters."""
    chars = set("".join(translation_texts() + content_texts() + source_texts() + country_texts()))
    return {c for c in chars if c.isprintable() or c == "\u00a0"}


def _rename(font, family: str, weight: str) -> None:
    postscript = f"{family.replace(' ', '')}-{weight}"
    names = font["name"]
    names.names = [record for record in names.names if record.nameID not in (1, 2, 3, 4, 6, 16, 17, 21, 22)]
    for name_id, value in ((1, family), (2, weight), (3, f"{postscript};subset"), (4, f"{family} {weight}"), (6, postscript)):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FamilyName, top.FullName = family, f"{family} {weight}"


def _set_line_metrics(font, ascent: int, descent: int) -> None:
    font["hhea"].ascent, font["hhea"].descent, font["hhea"].lineGap = ascent, -descent, 0
    os2 = font["OS/2"]
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, 0
    os2.usWinAscent, os2.usWinDescent = ascent, descent


def subset(source_dirs: list[Path], out: Path = OUT, only: set[str] | None = None) -> dict[str, object]:
    """Write the subset fonts to ``out``; returns a summary (files, sizes, characters missing)."""
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont
    from keyboard_characters import keyboard_characters

    wanted_shown = shown_characters()
    typed = keyboard_characters()
    wanted = wanted_shown | typed | safety_characters()
    remaining = {ord(c) for c in wanted}
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, object] = {"files": {}}

    def find(name: str) -> Path:
        for folder in source_dirs:
            if (folder / name).exists():
                return folder / name
        raise SystemExit(f"{name} not found in {', '.join(map(str, source_dirs))}: install fonts-noto-core and fonts-noto-cjk")

    for family in FAMILIES:
        regular = TTFont(find(family.faces[0][1]), fontNumber=family.faces[0][2], lazy=True)
        mine = sorted(code for code in remaining if code in regular.getBestCmap())
        regular.close()
        remaining -= set(mine)
        shown = {ord(c) for c in wanted_shown | safety_characters()}
        for weight, file_name, index in family.faces:
            target = out / f"{family.file_stem}-{weight}.{family.extension}"
            if only and target.name not in only:
                continue
            codes = [code for code in mine if code in shown] if weight == "Bold" and family.bold_for_shown_only else mine
            # recalcTimestamp=False: the same inputs give the same bytes (no churn in git).
            font = TTFont(find(file_name), fontNumber=index, recalcTimestamp=False)
            version = font["name"].getDebugName(5)
            options = ft_subset.Options()
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            options.name_languages = ["*"]
            options.notdef_outline = True
            options.glyph_names = False
            # CFF hints barely change large text and cost about a sixth of the CJK file.
            options.hinting = family.extension != "otf"
            subsetter = ft_subset.Subsetter(options)
            subsetter.populate(unicodes=codes)
            subsetter.subset(font)
            _rename(font, family.name, weight)
            if family.line_metrics:
                _set_line_metrics(font, *family.line_metrics)
            font.save(target)
            summary["files"][target.name] = {"bytes": target.stat().st_size, "characters": len(codes), "source": f"{file_name} ({version})"}
    summary["missing_shown"] = sorted(c for c in wanted_shown | typed if ord(c) in remaining and not c.isspace())
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, action="append", help="folder with the Noto source fonts (repeatable)")
    parser.add_argument(
        "--only", action="append", metavar="FILE", help="write only this file, e.g. BlueHeartNotoSansSC-Bold.otf (repeatable)"
    )
    args = parser.parse_args(argv)
    summary = subset(args.source_dir or [NOTO_CORE, NOTO_CJK], only=set(args.only) if args.only else None)
    total = 0
    for name, facts in summary["files"].items():
        total += facts["bytes"]
        print(f"{name}: {facts['bytes'] / 1024:.0f} KiB, {facts['characters']} characters, from {facts['source']}")
    print(f"total: {total / 1024:.0f} KiB")
    missing = summary["missing_shown"]
    if missing:
        codes = " ".join(f"U+{ord(c):04X}" for c in missing)
        print(f"characters the kiosk shows or the keyboard types that no font has: {codes}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
