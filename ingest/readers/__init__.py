"""Format readers behind one entry point, :func:`read_document`.

``read_document`` checks the file itself (exists, is a regular file, supported suffix, not empty,
within the size limit) before any parser sees it, dispatches by suffix, and lets each reader verify
the content really is that format. Anything that goes wrong with a bad file comes out as
:class:`ReadError` with a plain-words reason; unexpected library errors are wrapped, so one hostile
file can never stop a whole case folder from being ingested.

Not thread-safe for PDFs: PDFium is a process-wide library; read PDFs from one thread at a time.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Callable

from chronology.config import Limits

from .base import BYTES_PER_MB, RawDocument, ReadError, format_mb

__all__ = ["read_document", "RawDocument", "ReadError", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".txt", ".eml"}


def _reader(suffix: str) -> Callable[[Path, Limits], RawDocument]:
    """Import readers lazily, so e.g. a broken PDF library cannot stop e-mails being read."""
    if suffix == ".pdf":
        from .pdf import read_pdf

        return read_pdf
    if suffix == ".docx":
        from .docx import read_docx

        return read_docx
    if suffix == ".txt":
        from .txt import read_txt

        return read_txt
    from .eml import read_eml

    return read_eml


_FILE_KINDS = [
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
]


def _stat(path: Path) -> os.stat_result:
    """Stat the file, turning OS errors into the reasons a person needs."""
    try:
        return path.stat()
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise ReadError("the file is a link to something that does not exist") from exc
        raise ReadError("the file does not exist") from exc
    except PermissionError as exc:
        raise ReadError("permission denied: the file cannot be opened") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("the file is a symbolic link that loops back on itself") from exc
        raise ReadError(f"the file cannot be opened ({exc.strerror or exc})") from exc


def _check_file(path: Path, limits: Limits) -> str:
    """Everything that can be decided without reading the content; returns the lower-case suffix."""
    info = _stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _FILE_KINDS if test(info.st_mode)), "a special file")
        # Never open these: reading a named pipe or device can block for ever or never end.
        raise ReadError(f"not a regular file (it is {kind})")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES, key=[".pdf", ".docx", ".txt", ".eml"].index))
        named = f"type {suffix}" if suffix else "type (the file name has no extension)"
        raise ReadError(f"unsupported file {named} (supported: {supported})")
    if info.st_size == 0:
        raise ReadError("the file is empty")
    if info.st_size > limits.max_file_mb * BYTES_PER_MB:
        raise ReadError(
            f"the file is {format_mb(info.st_size)}, over the {limits.max_file_mb} MB limit (CHRONOLOGY_MAX_FILE_MB)"
        )
    return suffix


def read_document(path: Path, limits: Limits | None = None) -> RawDocument:
    """Read one source file into per-page text, or raise ReadError saying why it cannot be ingested."""
    path = Path(path)
    limits = limits or Limits.from_env()
    try:
        suffix = _check_file(path, limits)
        document = _reader(suffix)(path, limits)
        if len(document.pages) > limits.max_pages:
            raise ReadError(
                f"the document has {len(document.pages)} pages, over the {limits.max_pages}-page limit "
                "(CHRONOLOGY_MAX_PAGES)"
            )
        if not document.pages:
            document.pages = [""]
        return document
    except ReadError:
        raise
    except PermissionError as exc:
        raise ReadError("permission denied: the file cannot be opened") from exc
    except IsADirectoryError as exc:
        raise ReadError("not a regular file (it is a folder)") from exc
    except MemoryError as exc:
        raise ReadError("the file needs more memory to read than this machine has") from exc
    except RecursionError as exc:
        raise ReadError("the file is nested too deeply to read (it may be damaged or hostile)") from exc
    except OSError as exc:
        raise ReadError(f"the file could not be read ({exc.strerror or exc})") from exc
    except Exception as exc:  # a library choking on a hostile file: report it, never crash the ingest
        detail = str(exc).replace(str(path), "the file").strip()
        what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
        raise ReadError(f"the file could not be read ({what})") from exc
