"""Optical character recognition for PDF pages that have no text layer (scans).

Runs the Debian ``tesseract`` program as a subprocess rather than a Python binding: nothing to
compile, a hung or crashing recogniser is contained by a timeout, and a machine without it still
ingests everything else (those pages come back as "needs-ocr").

Environment (read on every call, so tests and operators can switch it at run time):

* ``CHRONOLOGY_OCR`` — ``off`` / ``0`` / ``false`` / ``no`` disables OCR entirely (pages without a
  text layer are then reported as needing OCR). Anything else, or unset, means "use it if installed".
* ``CHRONOLOGY_OCR_LANG`` — tesseract language codes, default ``eng`` (e.g. ``eng+pol``).
* ``CHRONOLOGY_OCR_TIMEOUT`` — seconds allowed per page, default 120.
* ``CHRONOLOGY_TESSERACT`` — path to the tesseract program if it is not on ``PATH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

DEFAULT_DPI = 200
# A hostile or odd page size (e.g. a 200-inch poster) must not become a multi-gigabyte bitmap.
MAX_SIDE_PX = 7000
_OFF_VALUES = {"off", "0", "false", "no", "none", "disabled"}


class OcrError(Exception):
    """OCR could not be run for one page; the message is plain words for a warning."""


def _timeout() -> float:
    raw = os.environ.get("CHRONOLOGY_OCR_TIMEOUT", "").strip()
    try:
        value = float(raw) if raw else 120.0
    except ValueError:
        value = 120.0
    return value if value > 0 else 120.0


def _language() -> str:
    return os.environ.get("CHRONOLOGY_OCR_LANG", "").strip() or "eng"


def tesseract_path() -> str | None:
    """The tesseract program to run, or None when it is not installed."""
    configured = os.environ.get("CHRONOLOGY_TESSERACT", "").strip()
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("tesseract")


def unavailable_reason() -> str | None:
    """Why OCR cannot run on this machine now, or None when it can."""
    if os.environ.get("CHRONOLOGY_OCR", "").strip().lower() in _OFF_VALUES:
        return "OCR is switched off (CHRONOLOGY_OCR=off)"
    if tesseract_path() is None:
        return "the tesseract OCR program is not installed"
    return None


def recognise_image(image: Path, dpi: int = DEFAULT_DPI) -> str:
    """Run tesseract on one image file and return its text (raw; the caller normalises it)."""
    program = tesseract_path()
    if program is None:
        raise OcrError("the tesseract OCR program is not installed")
    env = dict(os.environ)
    # One thread per page: tesseract's OpenMP threading is slower than serial on small machines.
    env.setdefault("OMP_THREAD_LIMIT", "1")
    command = [program, str(image), "-", "-l", _language(), "--dpi", str(dpi)]
    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=_timeout(),
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"OCR took longer than {exc.timeout:g} seconds (CHRONOLOGY_OCR_TIMEOUT)") from exc
    except OSError as exc:
        raise OcrError(f"the tesseract OCR program could not be started ({exc.strerror or exc})") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = detail[-1] if detail else f"exit status {done.returncode}"
        raise OcrError(f"tesseract failed ({tail})")
    return done.stdout.decode("utf-8", "replace")


def render_page_pgm(page: Any, target: Path, dpi: int = DEFAULT_DPI) -> int:
    """Render a pypdfium2 page to a greyscale PGM file; returns the effective dpi.

    PGM (which tesseract reads natively) avoids needing an image library just to write a PNG.
    """
    width_pt, height_pt = page.get_size()
    longest = max(float(width_pt), float(height_pt))
    if not longest > 0:
        raise OcrError("the page has no size, so it cannot be rendered for OCR")
    scale = min(dpi / 72.0, MAX_SIDE_PX / longest)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        if bitmap.format != 1:  # FPDFBitmap_Gray: one byte per pixel
            raise OcrError("the page could not be rendered in greyscale for OCR")
        data = memoryview(bitmap.buffer).cast("B")
        with open(target, "wb") as out:
            out.write(f"P5\n{width} {height}\n255\n".encode("ascii"))
            if stride == width:
                out.write(data[: width * height])
            else:
                for row in range(height):
                    out.write(data[row * stride : row * stride + width])
    finally:
        bitmap.close()
    return max(1, round(scale * 72))


def recognise_pdf_page(page: Any, workdir: Path, dpi: int = DEFAULT_DPI) -> str:
    """Render one pypdfium2 page into ``workdir`` and OCR it; raises OcrError on any failure."""
    image = workdir / "page.pgm"
    try:
        effective_dpi = render_page_pgm(page, image, dpi)
        return recognise_image(image, effective_dpi)
    except OcrError:
        raise
    except Exception as exc:  # pdfium render failures and the like: one page, not the whole file
        raise OcrError(f"the page could not be rendered for OCR ({type(exc).__name__}: {exc})") from exc
    finally:
        image.unlink(missing_ok=True)
