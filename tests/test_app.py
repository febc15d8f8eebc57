"""The review screen through Streamlit's AppTest: sign in, open lines, show sources, verify, edit,
reject, comment, filter, conflicts, the export gate and the manager's view — always checked against
the store, not only against what the screen says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from chronology.entries import EntryStore
from chronology.models import Citation, Entry
from chronology.screen import labels
from verify import review

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
CASE = "re-test"
TWO_SOURCE_TEXT = "Officers attended 4 Elm Row after a report of shouting."


# --- a small real case, ingested and drafted once per test session ---------------------------------------


def _add_two_source_line(store) -> None:
    """A line citing the police PDF and the case note, as a merged draft line would."""
    docs = {d.path: d for d in store.documents(CASE)}
    police, notes = docs["police/notification.pdf"], docs["case-notes/notes.txt"]
    cites = []
    for doc, needle in ((police, "Officers attended 4 Elm Row after a report of shouting."),
                        (notes, "police attended the family home yesterday after a neighbour heard shouting.")):
        text = store.page_text(doc.id, 1)
        start = text.index(needle)
        cites.append(Citation(document_id=doc.id, document=doc.path, page=1, char_start=start,
                              char_end=start + len(needle), quote=needle, document_sha256=doc.sha256))
    entry = Entry(id=None, case_id=CASE, date="2023-03-12", text=TWO_SOURCE_TEXT, citations=cites,
                  source_kinds=sorted({police.source_kind, notes.source_kind}), key="two-source", seq=99)
    with store.transaction() as conn:
        EntryStore(store).insert(conn, entry)


def build_template(base: Path) -> Path:
    """Ingest and draft the helpers' case folder into a home under ``base`` (once; later calls reuse it)."""
    root = base / "review-template"
    home = root / "chronology-home"
    if (root / "built").exists():
        return home
    from chronology.config import Settings
    from chronology.draft import Drafter
    from chronology.store import Store
    from ingest.pipeline import Ingestor
    from ingest.vectors import VectorIndex
    from tests.helpers import make_case_folder

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHRONOLOGY_HOME", str(home))
        settings = Settings(home=home, database_url=f"sqlite:///{home / 'chronology.db'}", chroma_url=None)
        store = Store.open(settings)
        index = VectorIndex(settings)
        folder = make_case_folder(root / "case-folder")
        Ingestor(store, index).ingest(folder, CASE)
        Drafter(store, index).draft(CASE)
        _add_two_source_line(store)
        store.engine.dispose()
    (root / "built").touch()
    return home


@pytest.fixture(scope="session")
def review_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_template(tmp_path_factory.getbasetemp())


@pytest.fixture
def home(review_template: Path, isolated_home: Path) -> Path:
    """A private copy of the drafted case for one test."""
    shutil.copytree(review_template, isolated_home)
    return isolated_home


@pytest.fixture
def ws(home: Path):
    from chronology.workspace import Workspace

    return Workspace()


# --- driving the screen --------------------------------------------------------------------------------


def start(name: str = "Jane Holloway", role: str = "social worker") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    at.text_input(key="sign_name").input(name)
    at.selectbox(key="sign_role").select(role)
    button(at, "Start reviewing").click().run()
    assert not at.exception, at.exception
    return at


def button(at: AppTest, label_or_key: str):
    """A button by exact label, or by key prefix (line-specific keys carry the line id)."""
    for b in at.button:
        if b.label == label_or_key or (b.key or "").startswith(label_or_key):
            return b
    raise AssertionError(f"no button {label_or_key!r}; have {[(b.label, b.key) for b in at.button]}")


def buttons(at: AppTest, key_prefix: str) -> list:
    return [b for b in at.button if (b.key or "").startswith(key_prefix)]


def texts(at: AppTest, kind: str) -> list[str]:
    return [x.value for x in getattr(at, kind)]


def opened(at: AppTest) -> int:
    return at.session_state["selected"]


def entry_of(ws, entry_id: int) -> Entry:
    return EntryStore(ws.store).get(entry_id)


def show_all(at: AppTest) -> AppTest:
    while buttons(at, "show-"):
        buttons(at, "show-")[0].click().run()
    assert not at.exception
    return at


def open_line(at: AppTest, entry_id: int) -> AppTest:
    at.text_input(key="goto").input(labels.public_id(entry_id)).run()
    assert opened(at) == entry_id
    return at


def two_source_id(ws) -> int:
    return next(e.id for e in EntryStore(ws.store).list(CASE) if e.text == TWO_SOURCE_TEXT)


# --- the tests -----------------------------------------------------------------------------------------


def test_sign_in_names_the_user_then_opens_the_case(ws):
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert "Start reviewing" in [b.label for b in at.button]
    assert not buttons(at, "verify-")  # nothing to act on until a name is given
    button(at, "Start reviewing").click().run()  # no name: refused, still on the sign-in page
    assert any("named person" in e for e in texts(at, "error"))
    at = start()
    assert at.session_state["user_name"] == "Jane Holloway" and at.session_state["user_role"] == "social worker"
    assert at.selectbox(key="case_id").value == CASE
    total = len(EntryStore(ws.store).list(CASE))
    assert any(f"Verified 0 of {total} lines" in p.proto.text for p in at.get("progress"))
    first = opened(at)
    assert entry_of(ws, first).status == "unverified"
    assert at.dataframe[0].value.shape[0] == total


def test_verify_is_refused_until_every_source_is_shown(ws):
    at = start()
    entry_id = opened(at)
    verify = button(at, "verify-")
    assert verify.disabled
    assert any("Show every source first" in c.value for c in at.caption)
    with pytest.raises(review.ReviewRefused, match="show each cited source"):  # and the store agrees
        review.verify(ws.store, entry_id, "Jane Holloway", at.session_state["review_session"])
    assert entry_of(ws, entry_id).status == "unverified"
    buttons(at, "show-")[0].click().run()
    assert not button(at, "verify-").disabled


def test_show_sources_records_views_then_verify_moves_to_next_unverified(ws):
    at = start()
    entry_id = opened(at)
    show_all(at)
    shown = at.session_state["shown"][entry_id]
    seen, _ = review.views(ws.store, entry_id, "Jane Holloway", at.session_state["review_session"])
    assert seen == shown == {c.id for c in entry_of(ws, entry_id).citations}
    assert any("<mark" in m.value and "»" in m.value for m in at.markdown)
    verify = button(at, "verify-")
    assert not verify.disabled
    verify.click().run()
    assert not at.exception
    e = entry_of(ws, entry_id)
    assert e.status == "verified" and e.verified_by == "Jane Holloway"
    nxt = opened(at)
    assert nxt != entry_id and entry_of(ws, nxt).status == "unverified"
    assert any("verified by Jane Holloway" in s for s in texts(at, "success"))
    assert any("Verified 1 of" in p.proto.text for p in at.get("progress"))


def test_two_source_line_needs_both_sources(ws):
    at = start()
    entry_id = two_source_id(ws)
    open_line(at, entry_id)
    assert len(buttons(at, "show-")) == 2
    buttons(at, "show-")[0].click().run()
    assert button(at, "verify-").disabled
    assert any("1 of 2 shown" in c.value for c in at.caption)
    buttons(at, "show-")[0].click().run()
    assert not button(at, "verify-").disabled
    assert len(at.image) >= 1  # the police PDF page is drawn as printed
    assert any((ws.settings.home / "page-images").glob("*.png"))
    button(at, "verify-").click().run()
    assert entry_of(ws, entry_id).status == "verified"


def test_edit_saves_and_unverifies_a_verified_line(ws):
    at = start()
    entry_id = opened(at)
    show_all(at)
    button(at, "verify-").click().run()
    open_line(at, entry_id)
    version = entry_of(ws, entry_id).version
    at.text_area(key=f"text-{entry_id}-{version}").input("Her weight had dropped since June 2022.")
    button(at, "Save changes").click().run()
    assert not at.exception
    e = entry_of(ws, entry_id)
    assert e.text == "Her weight had dropped since June 2022."
    assert e.status == "unverified" and e.edited and e.verified_by is None
    assert any("unverified again" in s for s in texts(at, "success"))


def test_reject_needs_a_reason_and_is_recorded(ws):
    at = start()
    entry_id = opened(at)
    button(at, "Reject").click().run()
    assert any("say why" in e.lower() for e in texts(at, "error"))
    assert entry_of(ws, entry_id).status == "unverified"
    at.text_input(key=f"reason-{entry_id}").input("Duplicate of the health visitor's letter")
    button(at, "Reject").click().run()
    assert entry_of(ws, entry_id).status == "rejected"
    last = review.history(ws.store, entry_id)[-1]
    assert (last.action, last.user) == ("reject", "Jane Holloway")
    assert last.comment == "Duplicate of the health visitor's letter"
    assert any("Reopen" in b.label for b in at.button)


def test_comment_is_recorded_without_changing_the_line(ws):
    at = start()
    entry_id = opened(at)
    before = entry_of(ws, entry_id)
    at.text_input(key=f"comment-{entry_id}").input("Check with the health visitor")
    button(at, "Add comment").click().run()
    last = review.history(ws.store, entry_id)[-1]
    assert (last.action, last.comment) == ("comment", "Check with the health visitor")
    after = entry_of(ws, entry_id)
    assert (after.status, after.text) == (before.status, before.text)
    assert any("Check with the health visitor" in m.value for m in at.markdown)


def test_filters_narrow_the_table(ws):
    at = start()
    total = at.dataframe[0].value.shape[0]
    at.text_input(key="f_person").input("Elm Row").run()
    rows = at.dataframe[0].value
    assert 0 < rows.shape[0] < total and rows["Entry"].str.contains("Elm Row").all()
    at.text_input(key="f_person").input("").run()
    at.multiselect(key="f_kind").select("health").run()
    assert set(at.dataframe[0].value["Sources"].str.split("/").str[0]) == {"health"}
    at.multiselect(key="f_kind").unselect("health").run()
    from datetime import date

    at.date_input(key="f_from").set_value(date(2023, 3, 14)).run()
    dates = at.dataframe[0].value["Date"].tolist()
    assert dates and not any("12 March" in d or "2022" in d for d in dates)
    at.date_input(key="f_from").set_value(None).run()
    at.radio(key="f_sort").set_value("Riskiest first").run()
    risks = list(at.dataframe[0].value["Risk"])
    assert risks == sorted(risks, reverse=True)
    at.multiselect(key="f_status").select("verified").run()
    assert at.dataframe[0].value.shape[0] == 0


def test_previous_and_next_unverified(ws):
    at = start()
    first = opened(at)
    button(at, "Next unverified").click().run()
    second = opened(at)
    assert second != first
    button(at, "Previous").click().run()
    assert opened(at) == first


def test_conflict_reloads_the_line_with_a_clear_message(ws):
    at = start()
    entry_id = opened(at)
    show_all(at)
    review.edit(ws.store, entry_id, "Sam Other", "Her weight has dropped a lot since June 2022.")  # another reviewer
    button(at, "verify-").click().run()
    assert any("someone else changed this line" in w.lower() for w in texts(at, "warning"))
    assert entry_of(ws, entry_id).status == "unverified"
    assert at.text_area[0].value == "Her weight has dropped a lot since June 2022."


def test_a_second_browser_sees_the_same_state(ws):
    one, two = start("Jane Holloway"), start("Sam Patel")
    entry_id = opened(one)
    show_all(one)
    button(one, "verify-").click().run()
    two.run()
    row = two.dataframe[0].value.set_index("Line").loc[labels.public_id(entry_id)]
    assert row["Status"] == "✔ Verified"
    assert buttons(two, "show-")  # views belong to each session: Sam must look for himself
    open_line(two, entry_id)
    assert "by Jane Holloway" in " ".join(m.value for m in two.markdown)


def test_export_tab_lists_what_blocks_a_court_export(ws):
    at = start()
    at.session_state["view"] = "Export"
    at.run()
    assert not at.exception
    errors = " ".join(texts(at, "error"))
    assert "Not ready for court" in errors
    assert any("is unverified" in m.value for m in at.markdown)
    assert any("DRAFT" in b.label for b in at.get("download_button"))


def test_manager_sees_progress_and_cannot_verify(ws):
    worker = start()
    show_all(worker)
    button(worker, "verify-").click().run()
    at = start("Mo Manager", "manager")
    assert not at.exception
    frames = [d.value for d in at.dataframe]
    cases = frames[0].set_index("Case")
    assert cases.loc[CASE, "✔ Verified"] == 1
    assert "waiting since" in cases.loc[CASE, "Oldest unverified"]
    people = frames[1].set_index("Person")
    assert people.loc["Jane Holloway", "Verified (standing)"] == 1
    button(at, f"Sign off {CASE}").click().run()  # refused: most lines are still unverified
    assert any("cannot be signed off yet" in e for e in texts(at, "error"))
    at.session_state["view"] = "Review"
    at.run()
    assert button(at, "verify-").disabled
    assert any("manager you cannot verify" in c.value for c in at.caption)


def test_highlight_marks_the_quote_and_escapes_html():
    page = "Before <b>x</b>. The quoted words here. After."
    start_ = page.index("The quoted")
    out = labels.highlighted_html(page, start_, start_ + len("The quoted words here."))
    assert "<mark" in out and "»The quoted words here.«" in out.replace("<strong>", "").replace("</strong>", "")
    assert "&lt;b&gt;" in out and "<b>" not in out


def test_reviewing_never_opens_the_search_index(ws):
    """The embedding model loads only if the 'other passages' search is switched on."""
    from chronology.screen import state

    at = start()
    show_all(at)
    button(at, "verify-").click().run()
    assert "index" not in state.workspace().__dict__


def test_another_reviewers_change_shows_after_my_own_action(ws):
    at = start()
    mine = opened(at)
    theirs = next(e for e in EntryStore(ws.store).list(CASE) if e.id != mine and e.status == "unverified")
    review.edit(ws.store, theirs.id, "Sam Other", "A line Sam corrected in another browser.")
    show_all(at)
    button(at, "verify-").click().run()
    table = at.dataframe[0].value.set_index("Line")
    assert table.loc[labels.public_id(theirs.id), "Entry"] == "A line Sam corrected in another browser."
    assert table.loc[labels.public_id(mine), "Status"] == "✔ Verified"


def test_other_passages_are_offered_only_when_asked(ws):
    at = start()
    entry_id = two_source_id(ws)
    open_line(at, entry_id)
    assert not buttons(at, "add-")
    at.toggle(key="others_open").set_value(True).run()
    assert not at.exception
    offered = buttons(at, "add-")
    assert offered, "the search offered no other passages"
    from chronology.screen.source import already_cited

    passages = ws.store.passages_by_id(int(b.key.rsplit("-", 1)[1]) for b in offered)
    assert passages and not any(already_cited(entry_of(ws, entry_id), p) for p in passages.values())
    if not hasattr(review, "add_citation"):
        assert all(b.disabled for b in offered)


def test_legal_reviewer_can_query_a_verified_line(ws):
    worker = start()
    entry_id = opened(worker)
    show_all(worker)
    button(worker, "verify-").click().run()
    at = start("Lee Legal", "legal reviewer")
    open_line(at, entry_id)
    at.text_input(key=f"query-{entry_id}").input("Which visit does this refer to?")
    button(at, "Send back as unverified").click().run()
    assert entry_of(ws, entry_id).status == "unverified"
    assert review.history(ws.store, entry_id)[-1].action == "query"


def test_draft_download_is_marked_draft_and_audited(ws):
    from chronology.screen.export_panel import exporter
    from verify import audit

    data = exporter(ws.store, CASE, "csv", "Jane Holloway", draft=True)()  # what the download button calls
    assert b"DRAFT" in data
    last = audit.rows(ws.store, CASE)[-1]
    assert (last["action"], last["user"], last["detail"]["draft"]) == ("export", "Jane Holloway", True)


def test_the_table_after_an_action_is_the_table_a_fresh_screen_draws(ws):
    """Rows are remembered per line between reruns; a changed line must be redrawn and dropped by a
    filter it no longer passes, and the rest must equal what a new session builds from the store."""
    at = start()
    at.multiselect(key="f_status").select("unverified").run()
    before = at.dataframe[0].value.shape[0]
    entry_id = opened(at)
    show_all(at)
    button(at, "verify-").click().run()
    assert not at.exception, at.exception
    assert at.dataframe[0].value.shape[0] == before - 1
    assert labels.public_id(entry_id) not in set(at.dataframe[0].value["Line"])
    at.multiselect(key="f_status").unselect("unverified").run()
    mine = at.dataframe[0].value
    row = mine[mine["Line"] == labels.public_id(entry_id)]
    assert list(row["Status"]) == [labels.status_label("verified")]
    fresh = start("Amy Fresh").dataframe[0].value
    assert mine.reset_index(drop=True).equals(fresh.reset_index(drop=True))
