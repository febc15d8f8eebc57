"""PDF reader: pypdfium2 for text (fast, tolerant, full Unicode), pypdf only to diagnose failures.

PDFium opens files encrypted with an empty user password by itself and refuses ones that need a
password, so encryption is handled without pypdf's optional crypto dependency. pypdf is consulted
only when PDFium cannot open a file, to tell "no pages at all" from "damaged" — pypdf trusts the
declared ``/Count`` (a hostile file can claim 999999999 pages), so it is never used to count pages.
"""

from __future__ import annotations

import contextlib
import logging
import mmap
import tempfile
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium

from chronology.config import Limits

from . import ocr
from .base import RawDocument, ReadError, describe, format_pages, is_are, normalise_text, read_head

# PDFium error codes (fpdfview.h)
_ERR_PASSWORD, _ERR_SECURITY = 4, 5

# Producer defaults that are not a real title.
_PLACEHOLDER_TITLES = {"untitled", "untitled document", "microsoft word - document1"}


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs a warning per oddity in a broken file; the caller gets one ReadError instead."""
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _contains(path: Path, needle: bytes) -> bool:
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
        return view.find(needle) != -1


def _diagnose_unopenable(path: Path, code: int | None, pdfium_message: str) -> ReadError:
    """PDFium refused the file: say whether it needs a password, has no pages, or is damaged.

    PDFium's error code is thread-global and is not always set (a file with an empty page tree
    fails without one, leaving the previous file's "password" error in place), so it is checked
    against what pypdf sees in the file before being believed.
    """
    encrypted: bool | None = None
    try:
        from pypdf import PdfReader

        with _quiet_pypdf():
            reader = PdfReader(str(path), strict=False)
            encrypted = bool(reader.is_encrypted)
            if not encrypted:
                count = reader.root_object["/Pages"].get_object().get("/Count")  # type: ignore[union-attr]
                if count is not None and int(count) == 0:
                    return ReadError("the PDF has no pages")
    except Exception:  # pypdf failing too simply confirms the file is damaged
        pass
    if code in (_ERR_PASSWORD, _ERR_SECURITY):
        if encrypted is None:
            try:
                encrypted = _contains(path, b"/Encrypt")
            except (OSError, ValueError):
                encrypted = False
        if encrypted and code == _ERR_PASSWORD:
            return ReadError("the PDF is encrypted and needs a password")
        if encrypted:
            return ReadError("the PDF uses an encryption or security scheme that cannot be opened")
        pdfium_message = "PDFium could not parse it"
    return ReadError(f"the PDF is damaged or truncated ({pdfium_message})")


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        message = str(exc).removeprefix("Failed to load document ").strip(" .()") or "PDFium could not parse it"
        raise _diagnose_unopenable(path, code, message) from exc


def _page_text(document: pdfium.PdfDocument, index: int) -> tuple[str, bool]:
    """The page's text, and whether the page has anything on it at all (so is worth OCR-ing)."""
    page = document[index]
    try:
        has_content = pdfium.raw.FPDFPage_CountObjects(page.raw) > 0
        textpage = page.get_textpage()
        try:
            # get_text_bounded covers the full Unicode range; get_text_range is limited to UCS-2.
            return normalise_text(textpage.get_text_bounded()), has_content
        finally:
            textpage.close()
    finally:
        page.close()


def _title(document: pdfium.PdfDocument) -> str | None:
    try:
        title = normalise_text(document.get_metadata_value("Title") or "").strip()
    except Exception:
        return None
    if not title or title.lower() in _PLACEHOLDER_TITLES:
        return None
    return " ".join(title.split())


def read_pdf(path: Path, limits: Limits) -> RawDocument:
    """Extract text page by page, OCR-ing pages that have no text layer when OCR is available."""
    head = read_head(path, 1024)
    if b"%PDF-" not in head:
        raise ReadError(f"not a PDF file ({describe(head)})")

    document = _open(path)
    try:
        doc = RawDocument(kind="pdf", pages=[])
        if pdfium.raw.FPDF_GetSecurityHandlerRevision(document.raw) != -1:
            doc.warnings.append(
                "the PDF is encrypted but opens without a password; its text was read normally"
            )
        count = len(document)
        if count <= 0:
            raise ReadError("the PDF has no pages")
        if count > limits.max_pages:
            raise ReadError(
                f"the PDF has {count} pages, over the {limits.max_pages}-page limit (CHRONOLOGY_MAX_PAGES)"
            )
        title = _title(document)
        if title:
            doc.meta["title"] = title

        unreadable: list[int] = []
        textless: list[int] = []
        blank: list[int] = []
        for index in range(count):
            try:
                text, has_content = _page_text(document, index)
            except pdfium.PdfiumError:
                unreadable.append(index + 1)
                doc.pages.append("")
                continue
            doc.pages.append(text)
            if not text.strip():
                (textless if has_content else blank).append(index + 1)

        if blank:
            doc.warnings.append(f"{format_pages(blank)} {is_are(blank)} blank")
        if textless:
            _ocr_pages(document, doc, textless)
        if unreadable:
            doc.warnings.append(f"{format_pages(unreadable)} could not be read and {is_are(unreadable)} left empty")
            doc.status = "partial"
        return doc
    finally:
        document.close()


def _ocr_pages(document: pdfium.PdfDocument, doc: RawDocument, textless: list[int]) -> None:
    """Fill in pages without a text layer by OCR, recording which pages are machine-read or missing."""
    reason = ocr.unavailable_reason()
    failed: list[int] = []
    blank: list[int] = []
    failure_reasons: list[str] = []
    if reason is None:
        with tempfile.TemporaryDirectory(prefix="chronology-ocr-") as tmp:
            for number in textless:
                try:
                    page = document[number - 1]
                    try:
                        text = normalise_text(ocr.recognise_pdf_page(page, Path(tmp))).strip("\n")
                    finally:
                        page.close()
                except ocr.OcrError as exc:
                    failed.append(number)
                    if str(exc) not in failure_reasons:
                        failure_reasons.append(str(exc))
                    continue
                except pdfium.PdfiumError as exc:
                    failed.append(number)
                    failure_reasons.append(f"the page could not be rendered ({exc})")
                    continue
                if text.strip():
                    doc.pages[number - 1] = text
                    doc.ocr_pages.append(number)
                else:
                    blank.append(number)
    else:
        failed = list(textless)
        failure_reasons = [reason]

    if doc.ocr_pages:
        doc.status = "ocr"
        pages = format_pages(doc.ocr_pages)
        verb = is_are(doc.ocr_pages, "has", "have")
        doc.warnings.append(
            f"{pages} {verb} no text layer; recognised by OCR — check names and dates against the page image"
        )
    if blank:
        pages, verb = format_pages(blank), is_are(blank, "has", "have")
        doc.warnings.append(f"{pages} {verb} no text, even by OCR (blank or picture only)")
    if failed:
        doc.status = "needs-ocr"
        verb = is_are(failed, "has", "have")
        doc.warnings.append(
            f"{format_pages(failed)} {verb} no text layer and could not be recognised: "
            f"{'; '.join(failure_reasons)} — the text is missing until the page is OCR-ed"
        )
