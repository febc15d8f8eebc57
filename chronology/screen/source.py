"""Each cited source beside the line: the passage in its page context and the page as printed.

A source is drawn only when the reviewer asks for it, and asking records the view in the store
(``verify.review.record_view``): verifying needs every cited source shown in this session, so
the record proves the reviewer had each one on screen, not just the tool's summary of it.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from chronology.models import Citation, Document, Entry, Passage
from chronology.screen import images, labels, state

OTHER_PASSAGES = 5


# --- lookups, remembered for the session ---------------------------------------------------------------


def document(doc_id: int) -> Document | None:
    docs: dict = state.ss().setdefault("doc_cache", {})
    if doc_id not in docs:
        docs[doc_id] = state.store().document(doc_id)
    return docs[doc_id]


def page_text(doc_id: int, page: int) -> str | None:
    pages: dict = state.ss().setdefault("page_cache", {})
    if (doc_id, page) not in pages:
        if len(pages) > 200:
            pages.clear()
        pages[(doc_id, page)] = state.store().page_text(doc_id, page)
    return pages[(doc_id, page)]


def bundle_refs(case_id: str) -> dict:
    """The case's bundle pagination (re-read whenever the lines are reloaded)."""
    data = state.ss().get("case_data")
    key = (case_id, data.generation if data is not None else 0)
    memo = state.ss().get("bundle_memo")
    if memo and memo[0] == key:
        return memo[1]
    try:
        from chronology.export import bundle

        mapping = bundle.load(state.store(), case_id)
    except Exception:  # noqa: BLE001 - no bundle yet is normal
        mapping = {}
    state.ss()["bundle_memo"] = (key, mapping)
    return mapping


def citation_title(c: Citation, i: int, n: int, case_id: str) -> str:
    from chronology.export.bundle import bundle_ref

    ref = bundle_ref(bundle_refs(case_id), c)
    bundle = f" · bundle page **{ref}**" if ref else ""
    return f"**Source {i} of {n}:** {c.document} · page {c.page}{bundle}"


def _stamp(source_path: str | None) -> tuple[int, int] | None:
    """Size and modification time of the original: part of the image cache key, so a changed file is noticed."""
    try:
        info = Path(source_path).stat() if source_path else None
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns) if info else None


@st.cache_data(show_spinner=False, max_entries=256)
def _page_image(home: str, source_path: str | None, stamp: tuple[int, int] | None, sha256: str, page: int,
                text: str, start: int, end: int) -> images.PageImage:
    return images.page_image(Path(home), source_path, sha256, page, text, start, end)


@st.cache_data(show_spinner=False, max_entries=32)
def _full_page(png_path: str, boxes: tuple) -> bytes:
    return images.full_page(Path(png_path), list(boxes))


# --- showing a source (and recording it) ----------------------------------------------------------------


def show_source(entry_id: int, citation_id: int) -> None:
    """Button callback: record the view in the store first, then draw the source."""
    from verify.review import record_view

    who = state.user()
    if who is None:
        return
    try:
        record_view(state.store(), entry_id, [citation_id], who[0], state.session_id(), role=who[1])
    except Exception as exc:  # noqa: BLE001 - refusals are shown in plain words
        state.flash("error", f"The source could not be shown: {exc}")
        return
    state.mark_shown(entry_id, citation_id)


def _render_passage(c: Citation, doc: Document | None) -> None:
    text = page_text(c.document_id, c.page)
    if text is None:
        st.error(f"Page {c.page} of {c.document} is no longer in the store.", icon=":material/error:")
        return
    if text[c.char_start:c.char_end] != c.quote:
        st.error("The stored page no longer matches the quoted words; do not verify this line.", icon=":material/error:")
    st.markdown(labels.highlighted_html(text, c.char_start, c.char_end), unsafe_allow_html=True)
    for warning in (doc.warnings if doc is not None else []):
        st.caption(f"⚠ About this document: {warning}")
    if doc is not None and doc.kind == "pdf":
        _render_image(c, doc, text)
    elif doc is not None:
        st.caption(f"ℹ This is a {doc.kind.upper()} file, so there is no printed page to show; the text above "
                   "is the document's text exactly as read in.")


def _render_image(c: Citation, doc: Document, text: str) -> None:
    home = str(state.workspace().settings.home)
    source_path = doc.meta.get("source_path")
    img = _page_image(home, source_path, _stamp(source_path), doc.sha256, c.page, text, c.char_start, c.char_end)
    if img.png_path is None:
        st.warning(img.reason, icon=":material/warning:")
        return
    if doc.status == "ocr":
        st.warning("This document was read by OCR: check names, dates and numbers against the printed page.",
                   icon=":material/warning:")
    if img.crop is not None:
        st.image(img.crop, caption=f"The cited lines as printed on page {c.page} (outlined)", width="content",
                 alt=f"Page {c.page} of {doc.path}, cropped to the cited lines, which are outlined")
    elif img.reason:
        st.caption(f"⚠ {img.reason}")
    whole = st.expander(f"Whole page {c.page} as printed", key=f"page-{c.id}", on_change="rerun",
                        expanded=img.crop is None)
    with whole:
        if whole.open:  # drawn only when opened: a full page costs more than everything else on screen
            st.image(_full_page(str(img.png_path), tuple(img.boxes)), caption=f"{doc.path}, page {c.page}",
                     width="stretch", alt=f"Page {c.page} of {doc.path} as printed, the cited lines outlined")


def show_next(entry_id: int) -> None:
    """Shortcut S: show the first cited source of the open line not yet shown."""
    data = state.ss().get("case_data")
    entry = data.by_id.get(entry_id) if data is not None else None
    if entry is None:
        return
    seen = state.shown(entry_id)
    hidden = [c.id for c in entry.citations if c.id not in seen]
    if hidden:
        show_source(entry_id, hidden[0])


def panel(entry: Entry) -> None:
    """All cited sources of a line: shown ones drawn, the rest behind a 'Show' button.

    Each button keeps the same label and options on every rerun (the shortcut sits on its own
    'Show next source' button), so a click made while the page is still redrawing is never lost.
    """
    n = len(entry.citations)
    if n == 0:
        st.error("This line cites no source, so it cannot be verified. Reject it or add a citation.",
                 icon=":material/error:")
        return
    seen = state.shown(entry.id or 0)
    hidden = [c for c in entry.citations if c.id not in seen]
    if hidden:
        st.button("Show the next source",
                  key=f"shownext-{entry.id}", icon=":material/visibility:", type="primary", shortcut="S",
                  on_click=show_next, args=(entry.id,),
                  help="Draws the next cited passage and its page, and records that you saw it (shortcut S).")
    for i, c in enumerate(entry.citations, start=1):
        with st.container(border=True):
            st.markdown(citation_title(c, i, n, entry.case_id))
            if c.id in seen:
                _render_passage(c, document(c.document_id))
            else:
                st.button(f"Show source {i}", key=f"show-{entry.id}-{c.id}", icon=":material/visibility:",
                          on_click=show_source, args=(entry.id, c.id),
                          help="Draws the passage and its page, and records that you saw it.")


# --- other passages about the same event ---------------------------------------------------------------


def already_cited(entry: Entry, p: Passage) -> bool:
    """The passage is cited, or overlaps a cited span on the same page."""
    return any(c.passage_id == p.id or (c.document_id == p.document_id and c.page == p.page_number
                                        and c.char_start < p.char_end and p.char_start < c.char_end)
               for c in entry.citations)


def _other_hits(entry: Entry) -> list[tuple[float, object]]:
    memo: dict = state.ss().setdefault("others_memo", {})
    key = (entry.id, entry.version)
    if key not in memo:
        want = OTHER_PASSAGES + 2 * len(entry.citations) + 3  # room for the cited ones, which are dropped
        hits = state.workspace().index.search(entry.case_id, entry.text, k=want)
        found = state.store().passages_by_id(h.passage_id for h in hits)
        fresh = [(h.score, found[h.passage_id]) for h in hits
                 if h.passage_id in found and not already_cited(entry, found[h.passage_id])]
        memo[key] = fresh[:OTHER_PASSAGES]
    return memo[key]


def _add_citation(entry: Entry, passage_id: int) -> None:
    from verify import review

    who = state.user()
    if who is None:
        return
    try:
        review.add_citation(state.store(), entry, who[0], passage_id, role=who[1])  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001
        state.flash("error", f"The citation was not added: {exc}")
        return
    state.refresh_entry(entry.id or 0)
    state.flash("success", "Citation added. Show the new source before verifying.")


def others(entry: Entry) -> None:
    """Offer passages that may describe the same event; loads the search model only when asked."""
    on = st.toggle("Look for other passages about this event", key="others_open",
                   help="Searches the case for similar passages. The first search loads the search model "
                        "(a few seconds).")
    if not on:
        return
    with st.spinner("Searching the case…"):
        try:
            hits = _other_hits(entry)
        except Exception as exc:  # noqa: BLE001 - search is a help, never a blocker
            st.warning(f"The search is not available: {exc}", icon=":material/warning:")
            return
    if not hits:
        st.caption("No other passages found.")
        return
    from verify import review

    can_add = hasattr(review, "add_citation")
    for score, p in hits:
        doc = document(p.document_id)
        with st.container(border=True):
            st.markdown(f"**{doc.path if doc else p.document_id}** · page {p.page_number} · similarity {score:.2f}")
            st.text(p.text.strip()[:500])
            st.button("Add as citation", key=f"add-{entry.id}-{p.id}", disabled=not can_add,
                      on_click=_add_citation, args=(entry, p.id),
                      help=None if can_add else "Adding a citation needs verify.review.add_citation, "
                                                "which is not available yet.")
