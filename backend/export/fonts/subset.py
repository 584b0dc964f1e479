#!/usr/bin/python3
"""Regenerates the fonts the PDF exports embed (see README.md beside this file).

Needs Debian's fonts-dejavu-core, fonts-wqy-microhei and python3-fonttools:

    apt-get install fonts-dejavu-core fonts-wqy-microhei python3-fonttools
    /usr/bin/python3 backend/export/fonts/subset.py

The output is deterministic for the same input fonts and fontTools version.
"""
import os
import sys

from fontTools import subset

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# What fpdf cannot use is dropped: hinting (fpdf copies it but viewers do
# without it at print sizes), layout tables (fpdf does no shaping or kerning),
# and everything outside the Basic Multilingual Plane (fpdf's width table
# stops at U+FFFF).
COMMON = [
    "--no-hinting",
    "--drop-tables+=GSUB,GPOS,GDEF,kern,MATH,FFTM,vhea,vmtx",
    "--name-IDs=*",
    "--name-languages=*",
    "--notdef-outline",
]

# DejaVu Sans keeps its whole BMP coverage except the Private Use Area and
# Braille: Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic,
# punctuation, currency, arrows, maths, box drawing, shapes, dingbats.
DEJAVU_RANGES = "U+0000-27FF,U+2900-DFFF,U+F900-FFFF"


def is_han(c):
    return 0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF or 0xF900 <= c <= 0xFAFF


def two_byte(codec, c):
    try:
        return len(chr(c).encode(codec)) == 2
    except UnicodeEncodeError:
        return False


def common_han():
    """The Han characters of the national standard sets in everyday use:
    GB 2312 (simplified Chinese, 6 763), JIS X 0208 (Japanese, 6 355),
    KS X 1001 (Korean hanja, 4 888) and Big5 level 1 (traditional Chinese,
    the 5 401 frequent ones, codes A440-C67E)."""
    out = set()
    for c in range(0x3400, 0xFB00):
        if not is_han(c):
            continue
        if two_byte("gb2312", c) or two_byte("shift_jis", c) or two_byte("euc_kr", c):
            out.add(c)
            continue
        try:
            b = chr(c).encode("big5")
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E:
            out.add(c)
    return out


# Chinese and Japanese: CJK punctuation and symbols, kana (with the small and
# half-width forms), full-width Latin, enclosed and compatibility CJK (㈱, ㎡),
# and the common Han characters.
HAN_RANGES = [
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3200, 0x33FF),  # Enclosed CJK letters, CJK compatibility
    (0xFF00, 0xFFEF),  # Half-width and full-width forms
]

# Korean, in a file of its own: every Hangul syllable and jamo.
HANGUL_RANGES = [
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0xAC00, 0xD7A3),  # Hangul syllables
]


def run(args):
    print("pyftsubset", " ".join(args))
    subset.main(args)


def main():
    for name in ("DejaVuSans", "DejaVuSans-Bold"):
        run([DEJAVU + name + ".ttf", "--unicodes=" + DEJAVU_RANGES, "--output-file=" + os.path.join(HERE, name + ".ttf")] + COMMON)
    han = set(common_han())
    for name, cps, ranges in (("Han", han, HAN_RANGES), ("Hangul", set(), HANGUL_RANGES)):
        for lo, hi in ranges:
            cps.update(range(lo, hi + 1))
        listing = os.path.join(HERE, ".unicodes.txt")
        with open(listing, "w") as f:
            f.write("\n".join("U+%04X" % c for c in sorted(cps)))
        try:
            run([WQY, "--font-number=0", "--unicodes-file=" + listing, "--output-file=" + os.path.join(HERE, "WenQuanYiMicroHei-" + name + ".ttf")] + COMMON)
        finally:
            os.remove(listing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
