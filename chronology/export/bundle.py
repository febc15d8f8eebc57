"""Court-bundle pagination (PD27A): each document gets a section letter and pages numbered within it.

Chronologies filed in care proceedings cite bundle pages (``[C23]``), not file names. The section
is guessed from the document's path and source kind, and a worker can override any guess with a
small YAML or CSV file; overrides are kept in the case's mapping so a later re-run after new
documents arrive does not undo them. The mapping lives in ``cases.bundle`` as
``{path: {"section": "G", "start": 12, "pages": 3, "order": null, "by": "rule", "sha256": "…"}}``.

A bundle reference is given only while the cited document is the version that was paginated
(same SHA-256): a replaced document may have different pages, and a wrong page is worse than none.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from chronology import schema
from chronology.models import Citation, Document
from chronology.store import Store

SECTIONS: dict[str, str] = {
    "A": "Preliminaries (case summary, chronology, threshold, position statements)",
    "B": "Applications and orders",
    "C": "Statements (social work and parents' statements)",
    "D": "Care plans and assessments",
    "E": "Experts' reports",
    "F": "Other reports (children's guardian, Cafcass)",
    "G": "Other documents (police, health, school, case records)",
    "H": "As directed (e.g. contact records)",
    "I": "As directed (e.g. previous proceedings)",
}

# First match wins; the path is lower-cased with separators and underscores read as spaces. Statements
# and assessments by the police, health or a school stay in G (disclosure), as they do in real bundles.
AGENCY = ("police", "health", "school")
RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("A", re.compile(r"\b(case summary|chronolog\w*|threshold|position statements?|preliminar\w*|essential reading)\b"), ()),
    ("E", re.compile(r"\b(experts?|psycholog\w*|psychiatr\w*|hair strand|isw|independent social work\w*|part 25)\b"), ()),
    ("F", re.compile(r"\b(guardian|cafcass|children and family reporter|welfare report)\b"), ()),
    ("C", re.compile(r"\b(statements?|swet|witness)\b"), AGENCY),
    ("D", re.compile(r"\b(care plans?|pathway plans?|assessments?|parenting assessment|viability)\b"), AGENCY),
    ("B", re.compile(r"\b(court|orders?|applications?|c100|c110a?|directions?|epo|icos?)\b"), ()),
]
KIND_SECTION = {"court": "B"}
DEFAULT_SECTION = "G"


class BundleError(ValueError):
    """A mapping file or override that cannot be applied; the message names the line or path."""


@dataclass
class BundleItem:
    path: str
    section: str
    start: int
    pages: int
    order: int | None = None
    by: str = "rule"  # rule | mapping
    sha256: str = ""

    @property
    def first(self) -> str:
        return f"{self.section}{self.start}"

    @property
    def last(self) -> str:
        return f"{self.section}{self.start + self.pages - 1}"

    def to_json(self) -> dict[str, Any]:
        return {"section": self.section, "start": self.start, "pages": self.pages, "order": self.order,
                "by": self.by, "sha256": self.sha256}


@dataclass
class Override:
    section: str
    order: int | None = None


def rule_section(doc: Document) -> str:
    """The PD27A section a document most likely belongs in, from its path and source kind."""
    words = re.sub(r"[/\\_\-.]+", " ", doc.path.lower())
    for section, pattern, not_for in RULES:
        if doc.source_kind not in not_for and pattern.search(words):
            return section
    return KIND_SECTION.get(doc.source_kind, DEFAULT_SECTION)


def _check_section(value: Any, where: str) -> str:
    section = str(value or "").strip().upper()
    if not re.fullmatch(r"[A-Z]", section):
        raise BundleError(f"{where}: section must be one letter A–Z (e.g. G), not {value!r}")
    return section


def _check_order(value: Any, where: str) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise BundleError(f"{where}: order must be a whole number, not {value!r}") from None


def read_mapping(path: Path) -> dict[str, Override]:
    """Overrides from YAML (``path: G`` or ``path: {section: G, order: 2}``) or CSV (``path,section[,order]``)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if path.suffix.lower() == ".csv":
        return _read_csv(text, path)
    return _read_yaml(text, path)


def _read_csv(text: str, path: Path) -> dict[str, Override]:
    out: dict[str, Override] = {}
    for n, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if n == 1 and cells[0].lower() == "path":
            continue  # a header row
        if len(cells) < 2:
            raise BundleError(f"{path}, line {n}: expected path,section[,order]")
        where = f"{path}, line {n}"
        out[cells[0]] = Override(_check_section(cells[1], where), _check_order(cells[2] if len(cells) > 2 else None, where))
    return out


def _read_yaml(text: str, path: Path) -> dict[str, Override]:
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise BundleError(f"{path}: not valid YAML ({exc})") from None
    if isinstance(data, dict) and isinstance(data.get("documents"), (dict, list)):
        data = data["documents"]
    items: list[tuple[str, Any]]
    if isinstance(data, dict):
        items = [(str(k), v) for k, v in data.items()]
    elif isinstance(data, list):
        items = [(str((v or {}).get("path", "")), v) for v in data if isinstance(v, dict)]
    else:
        raise BundleError(f"{path}: expected a mapping of document path to section")
    out: dict[str, Override] = {}
    for doc_path, value in items:
        where = f"{path}: {doc_path or '(no path)'}"
        if not doc_path:
            raise BundleError(f"{where}: every item needs a path")
        if isinstance(value, dict):
            out[doc_path] = Override(_check_section(value.get("section"), where), _check_order(value.get("order"), where))
        else:
            out[doc_path] = Override(_check_section(value, where))
    return out


def load(store: Store, case_id: str) -> dict[str, dict[str, Any]]:
    """The stored mapping of a case, or {} before the first pagination."""
    with store.engine.connect() as conn:
        value = conn.execute(select(schema.cases.c.bundle).where(schema.cases.c.id == case_id)).scalar_one_or_none()
    return dict(value or {})


def paginate(documents: list[Document], overrides: dict[str, Override] | None = None,
             previous: dict[str, dict[str, Any]] | None = None) -> list[BundleItem]:
    """Assign sections and number pages; earlier overrides still apply unless a new one replaces them.

    Within a section documents go by explicit order, then the document's own date, then path, so
    the same documents always get the same pages.
    """
    overrides = dict(overrides or {})
    known = {d.path for d in documents}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise BundleError("not a current document of this case: " + ", ".join(unknown))
    for path, old in (previous or {}).items():
        if old.get("by") == "mapping" and path in known and path not in overrides:
            overrides[path] = Override(old["section"], old.get("order"))
    planned: list[tuple[str, int, date, str, Document, Override | None]] = []
    for doc in documents:
        o = overrides.get(doc.path)
        section = o.section if o else rule_section(doc)
        order = o.order if o and o.order is not None else 1 << 30
        planned.append((section, order, doc.anchor_date or date.max, doc.path, doc, o))
    planned.sort(key=lambda t: t[:4])
    items: list[BundleItem] = []
    next_page: dict[str, int] = {}
    for section, _order, _d, path, doc, o in planned:
        start = next_page.get(section, 1)
        pages = max(1, doc.page_count)
        next_page[section] = start + pages
        items.append(BundleItem(path=path, section=section, start=start, pages=pages,
                                order=o.order if o else None, by="mapping" if o else "rule", sha256=doc.sha256))
    return items


def assign(store: Store, case_id: str, overrides: dict[str, Override] | None = None,
           reset: bool = False) -> list[BundleItem]:
    """Paginate the case's current documents and store the mapping in ``cases.bundle``."""
    previous = {} if reset else load(store, case_id)
    items = paginate(store.documents(case_id), overrides, previous)
    store.update_case(case_id, bundle={i.path: i.to_json() for i in items})
    return items


def current_items(store: Store, case_id: str) -> list[BundleItem]:
    mapping = load(store, case_id)
    items = [BundleItem(path=p, section=v["section"], start=int(v["start"]), pages=int(v.get("pages") or 1),
                        order=v.get("order"), by=v.get("by", "rule"), sha256=v.get("sha256", ""))
             for p, v in mapping.items()]
    return sorted(items, key=lambda i: (i.section, i.start, i.path))


def bundle_ref(mapping: dict[str, dict[str, Any]], citation: Citation) -> str | None:
    """``G12`` for a citation, or None when the case is unpaginated or the document changed since."""
    item = mapping.get(citation.document)
    if not item:
        return None
    if item.get("sha256") and citation.document_sha256 and item["sha256"] != citation.document_sha256:
        return None
    pages = int(item.get("pages") or 1)
    page = min(max(citation.page, 1), pages)
    return f"{item['section']}{int(item['start']) + page - 1}"


def stale_paths(store: Store, case_id: str) -> list[str]:
    """Documents added, removed or replaced since the bundle was paginated."""
    mapping = load(store, case_id)
    if not mapping:
        return []
    docs = {d.path: d.sha256 for d in store.documents(case_id)}
    changed = {p for p, sha in docs.items() if p not in mapping or mapping[p].get("sha256") != sha}
    gone = set(mapping) - set(docs)
    return sorted(changed | gone)


def table(items: list[BundleItem]) -> str:
    """The mapping as a plain table for the terminal."""
    if not items:
        return "No bundle pagination yet: run chronology bundle --case NAME"
    width = max(len(i.path) for i in items)
    lines = [f"{'Pages':<12} {'Document':<{width}}  Assigned by"]
    for i in items:
        span = i.first if i.pages == 1 else f"{i.first}–{i.last}"
        lines.append(f"{span:<12} {i.path:<{width}}  {i.by}" + (f" (order {i.order})" if i.order is not None else ""))
    return "\n".join(lines)


def to_yaml(items: list[BundleItem]) -> str:
    """The current mapping as editable YAML that ``--mapping`` reads back."""
    import yaml

    head = ["# Bundle sections (PD27A). Change a document's section or order, then run:",
            "#   chronology bundle --case NAME --mapping THIS_FILE",
            *[f"#   {k}: {v}" for k, v in SECTIONS.items()], ""]
    body = {i.path: ({"section": i.section, "order": i.order} if i.order is not None else i.section)
            for i in sorted(items, key=lambda i: (i.section, i.start))}
    return "\n".join(head) + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, default_flow_style=None)
