"""The text a PDF viewer finds in the tear sheet: Chinese characters that are also Kangxi radicals
(谷 in 谷歌, 馬 in 亞馬遜, 文 in 甲骨文, …) extract as the ideograph, not as the radical.

Qt writes each embedded font's ToUnicode CMap (the glyph → text map that search, copy and
pdftotext use) by giving every glyph the LOWEST code point the font maps to it
(QFontSubset::getReverseMap). Noto Sans CJK, like many CJK fonts, maps a Kangxi radical and its
ideograph to one glyph (U+2F95 ⾕ and U+8C37 谷), and the radicals (U+2E80–U+2FDF) come before
the ideographs (U+4E00–), so the PDF says ⾕歌 and a search for 谷歌 finds nothing. No font choice
avoids it where the CJK font installed maps both.

`fix_radicals` rewrites those CMap targets in place to the ideograph Unicode's compatibility
decomposition gives (NFKC: ⾕ → 谷). Qt writes the CMaps uncompressed and both code points are four
hex digits, so the file keeps its length and every offset of its cross-reference table. A range
entry `<a> <b> <2F95>` over several glyphs (consecutive radicals, never seen in practice) is left as
it is: rewriting it would change the length.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement, Kangxi Radicals
_CMAP = re.compile(rb"begincmap\n.*?endcmap", re.S)
_HEX = rb"<([0-9A-Fa-f]{4})>"
_RANGE = re.compile(rb"^" + _HEX + rb" " + _HEX + rb" (.*)$", re.M)  # <from> <to> <dst> | [<d> ...]
_CHAR = re.compile(rb"^" + _HEX + rb" " + _HEX + rb"$", re.M)  # bfchar: <glyph> <dst>
_TOKEN = re.compile(_HEX)


def ideograph(code: int) -> int | None:
    """The CJK ideograph a radical's code point stands for (NFKC), or None for any other."""
    if code not in _RADICALS:
        return None
    text = unicodedata.normalize("NFKC", chr(code))
    if len(text) != 1 or ord(text) == code or ord(text) > 0xFFFF:
        return None
    return ord(text)


def _hex(digits: bytes) -> bytes:
    """`<XXXX>` of a target code point: the ideograph where it is a radical, in the same case."""
    found = ideograph(int(digits, 16))
    if found is None:
        return b"<" + digits + b">"
    text = f"{found:04X}" if digits.upper() == digits else f"{found:04x}"
    return b"<" + text.encode("ascii") + b">"


def _fix_range(line: re.Match[bytes]) -> bytes:
    first, last, target = line.group(1), line.group(2), line.group(3)
    if target.startswith(b"[") or first == last:  # an array of targets, or one glyph
        target = _TOKEN.sub(lambda token: _hex(token.group(1)), target)
    return b"<" + first + b"> <" + last + b"> " + target


def _fix_cmap(cmap: re.Match[bytes]) -> bytes:
    text = _RANGE.sub(_fix_range, cmap.group(0))
    return _CHAR.sub(lambda m: b"<" + m.group(1) + b"> " + _hex(m.group(2)), text)


def fix_radicals(data: bytes) -> bytes:
    """`data` (a PDF Qt wrote) with every ToUnicode target that is a radical made its ideograph;
    the same length."""
    fixed = _CMAP.sub(_fix_cmap, data)
    assert len(fixed) == len(data)
    return fixed


def fix_file(path: Path) -> bool:
    """Rewrite the PDF at `path` where its ToUnicode maps name radicals; whether it changed."""
    data = Path(path).read_bytes()
    fixed = fix_radicals(data)
    if fixed == data:
        return False
    Path(path).write_bytes(fixed)
    return True
