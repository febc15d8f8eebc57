"""Page images of the original PDF, with the cited words outlined, so the worker sees the page itself.

Extracted text can be wrong (OCR, odd fonts, a mistranscribed name), so the screen shows the page
as printed. Each page is rendered once per (document SHA-256, page) into
``$CHRONOLOGY_HOME/page-images/``; the outline is drawn over a copy. Nothing here uses Streamlit.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SCALE = 2.0  # 144 dpi: crisp when shrunk to a column, small enough to cache
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


@dataclass
class PageImage:
    """The cited lines as printed (or the plain-words reason there is no image), and what the full page needs."""

    crop: bytes | None
    reason: str = ""
    marked: bool = False  # the cited words are outlined on it
    png_path: Path | None = None  # the cached rendering of the whole page
    boxes: list = field(default_factory=list)


def original_state(source_path: str | None, sha256: str) -> str:
    """'same' | 'missing' | 'changed' | 'unknown' for the original file (hash remembered per file state)."""
    if not source_path:
        return "unknown"
    from verify.checks import file_sha256  # the checks' cache: each file is hashed once per session

    try:
        return "same" if file_sha256(Path(source_path)) == sha256 else "changed"
    except OSError:
        return "missing"


def cache_path(home: Path, sha256: str, page: int) -> Path:
    return home / "page-images" / f"{sha256}-p{page}.png"


def render_page(source_path: str, page: int, out: Path) -> Path:
    """Render one page to PNG once; written under a temporary name and renamed, so never half-written.

    Saved with light compression (a cache: writing it fast matters more than its size), and the
    rendered image is kept decoded for the crops that follow (:func:`_decoded`)."""
    if out.exists():
        return out
    import pypdfium2 as pdfium

    out.parent.mkdir(parents=True, exist_ok=True)
    doc = pdfium.PdfDocument(source_path)
    try:
        pg = doc[page - 1]
        try:
            image = pg.render(scale=SCALE).to_pil()
        finally:
            pg.close()
    finally:
        doc.close()
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(3)}")
    image.save(tmp, format="PNG", compress_level=1)
    os.replace(tmp, out)
    _keep_decoded(out, image)
    return out


DECODED_PAGES = 6  # whole pages kept decoded in memory (≈6 MB each at 144 dpi)
_decoded_pages: "OrderedDict[tuple, object]" = OrderedDict()
_decoded_lock = threading.Lock()


def _png_key(png_path: Path) -> tuple:
    info = png_path.stat()
    return (str(png_path), info.st_size, info.st_mtime_ns)


def _keep_decoded(png_path: Path, image) -> None:  # noqa: ANN001 - a PIL image
    with _decoded_lock:
        _decoded_pages[_png_key(png_path)] = image.convert("RGB")
        while len(_decoded_pages) > DECODED_PAGES:
            _decoded_pages.popitem(last=False)


def _decoded(png_path: Path):  # noqa: ANN202 - a PIL image
    """The whole page image, decoded once: several cited lines of one page each crop from it."""
    from PIL import Image

    key = _png_key(png_path)
    with _decoded_lock:
        image = _decoded_pages.get(key)
        if image is not None:
            _decoded_pages.move_to_end(key)
            return image
    with Image.open(png_path) as whole:
        whole.load()
        image = whole.convert("RGB")
    _keep_decoded(png_path, image)
    return image


def _index_map(raw: str) -> tuple[str, list[int]]:
    """PDFium's raw page text normalised as the reader does, with each kept character's raw index."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\r":
            out.append("\n")
            where.append(i)
            i += 2 if raw[i + 1:i + 2] == "\n" else 1
            continue
        if not _CONTROL.match(ch):
            out.append("\ufffd" if "\ud800" <= ch <= "\udfff" else ch)
            where.append(i)
        i += 1
    return "".join(out), where


Box = tuple[float, float, float, float]  # left, top, right, bottom in image pixels


def _lines(boxes: list[tuple[float, float, float, float]], height: float) -> list[Box]:
    """PDFium character boxes (left, bottom, right, top in points) merged into one pixel box per printed line."""
    lines: list[list[float]] = []
    for left, bottom, right, top in boxes:
        if lines and not (top < lines[-1][1] or bottom > lines[-1][3]):  # overlaps the current line
            line = lines[-1]
            line[:] = [min(line[0], left), min(line[1], bottom), max(line[2], right), max(line[3], top)]
        else:
            lines.append([left, bottom, right, top])
    return [(l * SCALE, (height - t) * SCALE, r * SCALE, (height - b) * SCALE) for l, b, r, t in lines]


def quote_boxes(source_path: str, page: int, page_text: str, start: int, end: int) -> tuple[list[Box], list[Box]]:
    """Pixel boxes of the cited characters and of every printed line, or ([], []) when the text layer differs.

    Offsets index the stored page text; they map onto PDFium's characters only when that text is
    exactly what PDFium reads now (not for OCR pages), which is checked rather than assumed.
    """
    text, height, solid, boxes, lines = _page_layout(source_path, _file_stamp(source_path), page)
    if text != page_text:
        return [], []
    return _lines([b for i, b in zip(solid, boxes) if start <= i < end], height), lines


def _file_stamp(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return (info.st_size, info.st_mtime_ns)


@lru_cache(maxsize=16)
def _page_layout(source_path: str, stamp: tuple[int, int], page: int
                 ) -> tuple[str, float, list[int], list[tuple[float, float, float, float]], list[Box]]:
    """A page's text as PDFium reads it, its height, its non-space characters' boxes and its printed
    lines: read once per page (and file state), since every cited line on the page needs them."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(source_path)
    try:
        pg = doc[page - 1]
        height = pg.get_height()
        tp = pg.get_textpage()
        try:
            text, where = _index_map(tp.get_text_range(0, tp.count_chars()))
            solid = [i for i in range(len(text)) if not text[i].isspace()]
            boxes = [tp.get_charbox(where[i], loose=True) for i in solid]
        finally:
            tp.close()
            pg.close()
    finally:
        doc.close()
    return text, height, solid, boxes, _lines(boxes, height)


def _crop_rows(cited: list[Box], lines: list[Box], height: int, context: int = 2) -> tuple[int, int]:
    """Top and bottom pixel rows taking ``context`` whole printed lines above and below the cited ones."""
    top, bottom = min(b[1] for b in cited), max(b[3] for b in cited)
    above = sorted((b for b in lines if b[3] <= top + 1), key=lambda b: -b[1])
    below = sorted((b for b in lines if b[1] >= bottom - 1), key=lambda b: b[3])
    first = above[min(context, len(above)) - 1][1] if above else top
    last = below[min(context, len(below)) - 1][3] if below else bottom
    # cut halfway into the gap to the next printed line, so no slice of it shows (at most 6 px of margin)
    outer_above = [b[3] for b in lines if b[3] <= first + 1 and b[1] < first]
    outer_below = [b[1] for b in lines if b[1] >= last - 1 and b[3] > last]
    gap_top = (first - max(outer_above)) / 2 if outer_above else 3 * SCALE
    gap_bottom = (min(outer_below) - last) / 2 if outer_below else 3 * SCALE
    return (max(0, int(first - min(max(gap_top, 0), 3 * SCALE))),
            min(height, int(last + min(max(gap_bottom, 0), 3 * SCALE))))


def _outlined(image, boxes: list[Box]):
    """The image with a translucent fill and a thick dark outline round each cited line."""
    from PIL import Image, ImageDraw

    base = image.convert("RGBA")
    if not boxes:
        return base.convert("RGB")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = 3
    for x0, y0, x1, y1 in boxes:
        draw.rectangle((x0 - pad, y0 - pad, x1 + pad, y1 + pad), fill=(255, 221, 0, 90),
                       outline=(120, 40, 0, 255), width=3)
    return Image.alpha_composite(base, overlay).convert("RGB")


def _png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=3)
    return buf.getvalue()


def cited_lines(png_path: Path, boxes: list[Box], lines: list[Box]) -> bytes:
    """The outlined cited lines with two printed lines of context either side, cut from the page."""
    whole = _decoded(png_path)
    top, bottom = _crop_rows(boxes, lines or boxes, whole.height)
    shown = [b for b in (lines or boxes) if b[1] >= top and b[3] <= bottom] + boxes
    margin = int(20 * SCALE)
    left = max(0, int(min(b[0] for b in shown)) - margin)
    right = min(whole.width, int(max(b[2] for b in shown)) + margin)
    right = max(right, min(whole.width, left + whole.width // 2))  # never a sliver: at least half a page wide
    part = whole.crop((left, top, right, bottom))
    moved = [(x0 - left, y0 - top, x1 - left, y1 - top) for x0, y0, x1, y1 in boxes]
    return _png(_outlined(part, moved))


def full_page(png_path: Path, boxes: list[Box]) -> bytes:
    """The whole page with the cited lines outlined (drawn only when the reviewer opens it)."""
    return _png(_outlined(_decoded(png_path), boxes))


def page_image(home: Path, source_path: str | None, sha256: str, page: int, page_text: str,
               start: int, end: int) -> PageImage:
    """What the source panel shows for a PDF page, with the reason when it cannot."""
    state = original_state(source_path, sha256)
    if state == "missing":
        return PageImage(None, f"The original file is no longer at {source_path}, so only the stored text is shown.")
    if state == "changed":
        return PageImage(None, "The original file has changed since it was read in, so its page image would "
                               "not match this citation. Only the stored text is shown; re-ingest the file.")
    if state == "unknown" or not source_path:
        return PageImage(None, "Where the original file was is not recorded, so only the stored text is shown.")
    try:
        png = render_page(source_path, page, cache_path(home, sha256, page))
        boxes, lines = quote_boxes(source_path, page, page_text, start, end)
        crop = cited_lines(png, boxes, lines) if boxes else None
    except Exception as exc:  # noqa: BLE001 - a damaged page must not stop the review of the rest
        return PageImage(None, f"The page could not be drawn ({exc}); only the stored text is shown.")
    reason = "" if boxes else ("The cited words could not be located on the page image (a scanned or re-read "
                               "page); open the whole page and find them by eye.")
    return PageImage(crop, reason, marked=bool(boxes), png_path=png, boxes=boxes)
