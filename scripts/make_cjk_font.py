"""Build reports/fonts/DroidSansFallback-CJK.ttf: the Chinese, Japanese and Korean characters of
Droid Sans Fallback (Apache 2.0) that DejaVu Sans lacks, so names in those scripts print.

    pip install fonttools
    python scripts/make_cjk_font.py /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf

Debian's `fonts-droid-fallback` ships the source font. Kept: every character of the national
character sets people write names with — GB 2312 (simplified Chinese), Big5 (traditional Chinese),
KS X 1001 (Korean, with its 2,350 Hangul syllables) and JIS X 0208 (Japanese) — with kana and CJK
punctuation, found by decoding every two-byte code of those encodings. About 17,000 glyphs, 2.3 MB
(the whole font is 4 MB). Noto Sans CJK covers more but is CFF-flavoured OpenType, which ReportLab
cannot embed; Droid Sans Fallback has TrueType outlines.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "reports" / "fonts"
OUT = FONTS / "DroidSansFallback-CJK.ttf"

# (codec, lead bytes, trail bytes) of the two-byte national character sets.
CHARSETS = (
    ("gb2312", range(0xA1, 0xFF), range(0xA1, 0xFF)),
    ("big5", range(0xA1, 0xFA), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ("euc_kr", range(0xA1, 0xFF), range(0xA1, 0xFF)),
    ("euc_jp", range(0xA1, 0xFF), range(0xA1, 0xFF)),
)
EXTRA = (range(0x3000, 0x3100), range(0xFF00, 0xFFF0))  # CJK punctuation, kana, full-width forms


def wanted() -> set[int]:
    codes: set[int] = set()
    for codec, leads, trails in CHARSETS:
        for lead in leads:
            for trail in trails:
                try:
                    char = bytes([lead, trail]).decode(codec)
                except UnicodeDecodeError:
                    continue
                if len(char) == 1:
                    codes.add(ord(char))
    for block in EXTRA:
        codes.update(block)
    return codes


def main(source: str) -> int:
    have = set(TTFont(source).getBestCmap())
    dejavu = set(TTFont(str(FONTS / "DejaVuSans.ttf")).getBestCmap())
    keep = sorted((wanted() & have) - dejavu)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    font.save(str(OUT))
    print(f"{len(keep)} characters, {OUT.stat().st_size:,} bytes -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
