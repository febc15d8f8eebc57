"""Page images: what is remembered between clicks (a page's character boxes, the decoded page) never
outlives the file it came from, and a crop made from memory is the crop made from the file."""

from __future__ import annotations

import os

from chronology.screen import images
from ingest.readers import read_document
from tests.helpers import make_pdf

FIRST = "Officers attended 4 Elm Row after a report of shouting.\nTwo children were present."
SECOND = "The health visitor called on 16 March 2023.\nThe baby was weighed and well."


def _cited(pdf, words: str):
    text = read_document(pdf).pages[0]
    start = text.index(words)
    return text, start, start + len(words)


def test_a_changed_pdf_is_read_again(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", [FIRST])
    text, s, e = _cited(pdf, "4 Elm Row")
    boxes, lines = images.quote_boxes(str(pdf), 1, text, s, e)
    assert boxes and len(lines) >= 2
    assert images.quote_boxes(str(pdf), 1, text, s, e) == (boxes, lines)  # remembered: the same answer

    make_pdf(pdf, [SECOND])
    st = pdf.stat()
    os.utime(pdf, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a new file state, even within a tick
    assert images.quote_boxes(str(pdf), 1, text, s, e) == ([], [])  # the old text no longer matches the page
    new_text, s2, e2 = _cited(pdf, "health visitor")
    assert images.quote_boxes(str(pdf), 1, new_text, s2, e2)[0]


def test_a_crop_from_the_remembered_page_equals_one_from_the_file(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", [FIRST])
    text, s, e = _cited(pdf, "4 Elm Row")
    png = images.render_page(str(pdf), 1, tmp_path / "page.png")
    boxes, lines = images.quote_boxes(str(pdf), 1, text, s, e)
    from_memory = images.cited_lines(png, boxes, lines)
    images._decoded_pages.clear()
    assert images.cited_lines(png, boxes, lines) == from_memory  # decoded from the PNG on disk this time
    assert images.full_page(png, boxes)
