"""``chronology check``: cross-check one case's stores the way ``fsck`` checks a disk.

What is checked, each inconsistency reported in plain words:

* the database file (SQLite ``PRAGMA integrity_check`` and ``foreign_key_check``);
* documents an interrupted ingest left incomplete (repairable: removed, the next ingest redoes them);
* each passage's offsets: ``page.text[char_start:char_end]`` must be the passage's text;
* each citation's quote against the page text it cites;
* the vector store: a vector for every passage of the current documents (repairable: re-embedded) and
  no vector that belongs to no current passage (repairable: dropped);
* the source files: re-hashed from ``documents.meta["source_path"]`` (missing: a warning; changed: a
  problem — re-ingest the folder);
* the audit chain (HMAC seals, no gaps) and the log against its witnessed heads (``verify.witness``):
  rows missing, changed or added since the witness saw them; a witness one row behind (a process
  stopped between the commit and the witness write) is brought up to date; where the key or the
  witness is kept so that one account could rewrite both (a warning);
* the vector store as a whole: no collection of a case the database no longer holds (left by an
  erasure interrupted between the two stores; repairable on the embedded store, which no other
  database shares; on a Chroma server it is reported, as another store may own it).

``--repair`` fixes what can be fixed without a person's judgement; everything else is reported and the
command exits 1 while any problem remains.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from chronology import schema
from chronology.store import Store

if TYPE_CHECKING:
    from ingest.vectors import VectorIndex


@dataclass
class Finding:
    area: str  # database | documents | passages | citations | vectors | sources | audit
    message: str
    repairable: bool = False
    repaired: bool = False


@dataclass
class CheckReport:
    case: str
    problems: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    counted: dict[str, int] = field(default_factory=dict)

    @property
    def remaining(self) -> list[Finding]:
        return [p for p in self.problems if not p.repaired]

    @property
    def ok(self) -> bool:
        return not self.remaining

    def to_json(self) -> dict[str, Any]:
        return {"case": self.case, "ok": self.ok, "checked": self.counted,
                "problems": [asdict(p) for p in self.problems], "warnings": [asdict(w) for w in self.warnings]}


def _sha256(path: Path) -> str:
    from ingest.pipeline import sha256_file

    return sha256_file(path)


def check_database(store: Store, report: CheckReport) -> None:
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.connect() as conn:
        result = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
        fks = conn.execute(text("PRAGMA foreign_key_check")).all()
    if result != ["ok"]:
        report.problems.append(Finding("database", "the database file is damaged (SQLite integrity check: "
                                       + "; ".join(result[:5]) + "); restore it from backup"))
    if fks:
        report.problems.append(Finding("database", f"{len(fks)} row(s) point at rows that no longer exist "
                                       f"(first: table {fks[0][0]})"))


def check_documents(store: Store, index: "VectorIndex | None", case_id: str, report: CheckReport,
                    repair: bool) -> None:
    for doc in store.incomplete_documents(case_id):
        f = Finding("documents", f"{doc.path}: an ingest was interrupted and left it incomplete (it is not "
                    "shown anywhere); it will be removed and read again by the next ingest", repairable=True)
        if repair and index is not None:
            index.delete_document(case_id, doc.id or 0)
            store.discard_document(doc.id or 0)
            f.repaired = True
        report.problems.append(f)
    docs = store.documents(case_id)
    report.counted["documents"] = len(docs)
    passages = 0
    for doc in docs:
        pages = {p.number: p.text for p in store.pages(doc.id or 0)}
        if len(pages) != doc.page_count:
            report.problems.append(Finding("documents", f"{doc.path}: {len(pages)} page(s) stored but "
                                           f"{doc.page_count} recorded"))
        for p in store.passages(case_id, doc.id):
            passages += 1
            page = pages.get(p.page_number)
            if page is None:
                report.problems.append(Finding("passages", f"{doc.path}: passage {p.id} cites page {p.page_number}, "
                                               "which is not stored"))
            elif page[p.char_start:p.char_end] != p.text:
                report.problems.append(Finding("passages", f"{doc.path} p.{p.page_number}: passage {p.id} "
                                               f"(characters {p.char_start}–{p.char_end}) no longer matches the page text"))
    report.counted["passages"] = passages


def check_citations(store: Store, case_id: str, report: CheckReport) -> None:
    c, e = schema.citations, schema.entries
    with store.engine.connect() as conn:
        rows = conn.execute(select(c.c.entry_id, c.c.document_id, c.c.page, c.c.char_start, c.c.char_end, c.c.quote)
                            .join(e, e.c.id == c.c.entry_id)
                            .where(e.c.case_id == case_id, e.c.stale.is_(False))).all()
    report.counted["citations"] = len(rows)
    texts: dict[tuple[int, int], str | None] = {}
    for r in rows:
        key = (r.document_id, r.page)
        if key not in texts:
            texts[key] = store.page_text(r.document_id, r.page)
        page = texts[key]
        where = f"e-{r.entry_id:06d}"
        if page is None:
            report.problems.append(Finding("citations", f"{where} cites page {r.page} of document {r.document_id}, "
                                           "which is not stored"))
        elif page[r.char_start:r.char_end] != r.quote:
            report.problems.append(Finding("citations", f"{where} quotes text that is not on page {r.page} at "
                                           f"characters {r.char_start}–{r.char_end}"))


def check_vectors(store: Store, index: "VectorIndex", case_id: str, report: CheckReport, repair: bool) -> None:
    docs = {d.id: d for d in store.documents(case_id)}
    want: dict[int, Any] = {}
    for doc in docs.values():
        for p in store.passages(case_id, doc.id):
            want[p.id or 0] = p
    have = index.ids(case_id)
    report.counted["vectors"] = len(have)
    missing = sorted(set(want) - have)
    orphans = sorted(have - set(want))
    if missing:
        by_doc: dict[int, list] = {}
        for pid in missing:
            by_doc.setdefault(want[pid].document_id, []).append(want[pid])
        for doc_id, ps in by_doc.items():
            f = Finding("vectors", f"{docs[doc_id].path}: {len(ps)} passage(s) have no search vector "
                        "(search and themed drafts would miss them)", repairable=True)
            if repair:
                index.add(docs[doc_id], ps)
                f.repaired = True
            report.problems.append(f)
    if orphans:
        f = Finding("vectors", f"{len(orphans)} search vector(s) belong to no current passage (left by an "
                    "interrupted or replaced ingest)", repairable=True)
        if repair:
            index.delete_ids(case_id, orphans)
            f.repaired = True
        report.problems.append(f)


def check_sources(store: Store, case_id: str, report: CheckReport) -> None:
    for doc in store.documents(case_id):
        src = doc.meta.get("source_path")
        if not src:
            report.warnings.append(Finding("sources", f"{doc.path}: where it was read from was not recorded"))
            continue
        path = Path(src)
        if not path.is_file():
            report.warnings.append(Finding("sources", f"{doc.path}: the original file {src} is no longer there "
                                           "(the stored text is kept; the source cannot be re-checked)"))
            continue
        try:
            digest = _sha256(path)
        except OSError as exc:
            report.warnings.append(Finding("sources", f"{doc.path}: the original {src} cannot be read ({exc})"))
            continue
        if digest != doc.sha256:
            report.problems.append(Finding("sources", f"{doc.path}: the original file {src} has changed since it "
                                           "was ingested; ingest the folder again so lines cite what it says now"))


def check_audit(store: Store, case_id: str, report: CheckReport) -> None:
    from verify import audit, witness

    result = audit.check(store, case_id)
    report.counted["audit_rows"] = result.rows
    if not result.ok:
        report.problems.append(Finding("audit", f"the audit log fails its check at row {result.first_bad}: "
                                       f"{result.reason}"))
    seen = witness.check(store, case_id, chain_ok=result.ok)
    report.counted["audit_witnessed"] = max(seen.witnessed, seen.caught_up or 0)
    for f in seen.findings:
        (report.problems if f.problem else report.warnings).append(Finding("audit", f"witness {seen.where}: {f.message}"))
    if seen.caught_up:
        report.counted["audit_caught_up"] = seen.caught_up
    for w in witness.warnings():
        report.warnings.append(Finding("audit", w))


def check_stray_collections(store: Store, index: "VectorIndex", report: CheckReport, repair: bool) -> None:
    stray = index.stray_collections(c.id for c in store.list_cases())
    shared = bool(index.settings.chroma_url)
    for name, count in sorted(stray.items()):
        message = (f"the search index holds collection {name} ({count} vectors derived from its passages) for a case "
                   "this database does not have: left by an interrupted delete or purge")
        if shared:
            report.warnings.append(Finding("vectors", f"{message}, or it belongs to another database using the "
                                           f"same Chroma server; if it is not, delete it: it may hold personal data"))
            continue
        f = Finding("vectors", message, repairable=True)
        if repair:
            index.delete_collection(name)
            f.repaired = True
        report.problems.append(f)


def check_case(store: Store, index: "VectorIndex | None", case_id: str, *, repair: bool = False) -> CheckReport:
    """Every cross-check for one case; with ``repair``, fix what can be fixed. ``index`` None skips vectors."""
    report = CheckReport(case=case_id)
    check_database(store, report)
    check_documents(store, index, case_id, report, repair)
    check_citations(store, case_id, report)
    if index is not None:
        check_vectors(store, index, case_id, report, repair)
        check_stray_collections(store, index, report, repair)
    check_sources(store, case_id, report)
    check_audit(store, case_id, report)
    return report
