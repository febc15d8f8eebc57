"""The optional language-model drafter: grounding, rewriting, withholding, auditing and real loading.

Fake chat models stand in for a model; the loading code is exercised for real against tiny
OpenAI- and Ollama-compatible HTTP servers started here on 127.0.0.1. Nothing leaves the machine.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage
from pydantic import Field

from chronology.entries import EntryStore
from chronology.grounding import rewrite_problems, ungrounded_terms
from chronology.llm import EgressRefused, LLMConfigError, LLMSettings, egress_guard, load_chat_model
from chronology.models import Citation, Document, Entry, Page, Passage
from chronology.rewrite import build_messages, clean_output, rewrite_entries
from verify import audit

CASE = "re-x"

NOTES = ("Case Note: 14/03/2023 15:00 | Home visit | Recorded by: Jane Holloway (Social Worker)\n"
         "I visited the home at 4 Elm Row. Kayla said \"I don't like it when Daddy shouts\". "
         "Mother agreed to a safety plan.")
POLICE = ("Northshire Police - Domestic Abuse Notification\nDate of incident: 12/03/2023\nTime: 23:40\n"
          "Officers attended 4 Elm Row after a report of shouting. Two children present.")
SECRET = "Sealed family court direction: the address of Kayla's placement is 9 Hidden Lane."


# --- building a case directly in the store --------------------------------------------------------

def add_document(store, path: str, text: str, *, no_llm: bool = False) -> tuple[Document, Passage]:
    store.ensure_case(CASE)
    doc = Document(id=None, case_id=CASE, path=path, sha256=hashlib.sha256(text.encode()).hexdigest(),
                   kind="txt", source_kind="social care", no_llm=no_llm)
    passage = Passage(id=None, document_id=0, page_number=1, char_start=0, char_end=len(text), text=text)
    doc = store.begin_document(doc, [Page(document_id=0, number=1, text=text)], [passage])
    store.complete_document(doc.id)
    return doc, passage


def add_entry(store, cites: list[tuple[Document, Passage, str]], text: str | None = None, *,
              status: str = "unverified", key: str | None = None) -> Entry:
    citations = []
    for doc, passage, quote in cites:
        start = passage.text.index(quote)
        citations.append(Citation(document_id=doc.id, document=doc.path, page=1, char_start=start,
                                  char_end=start + len(quote), quote=quote, passage_id=passage.id,
                                  document_sha256=doc.sha256))
    entry = Entry(id=None, case_id=CASE, date="2023-03-14", text=text or " ".join(q for _, _, q in cites),
                  citations=citations, flags=["single-source"] if len(cites) == 1 else [], status=status,
                  key=key or hashlib.sha256(repr(cites).encode()).hexdigest()[:24])
    with store.transaction() as conn:
        EntryStore(store).insert(conn, entry)
    return entry


@pytest.fixture
def store(workspace):
    return workspace.store


@pytest.fixture
def visit(store) -> Entry:
    """'Home visit' entry citing the case notes, with the child's own words."""
    doc, passage = add_document(store, "case-notes/notes.txt", NOTES)
    quote = passage.text
    text = ("Home visit: I visited the home at 4 Elm Row. Kayla said \"I don't like it when Daddy shouts\". "
            "Mother agreed to a safety plan.")
    return add_entry(store, [(doc, passage, quote)], text)


@pytest.fixture
def police(store) -> Entry:
    doc, passage = add_document(store, "police/notification.txt", POLICE)
    quote = "Date of incident: 12/03/2023\nTime: 23:40\nOfficers attended 4 Elm Row after a report of shouting. Two children present."
    return add_entry(store, [(doc, passage, quote)],
                     "Officers attended 4 Elm Row after a report of shouting. Two children present.")


def llm_rows(store) -> list[dict[str, Any]]:
    return [r for r in audit.rows(store, CASE) if r["action"] == "llm"]


# --- fakes that record everything a model is given --------------------------------------------

class RecordingFake(GenericFakeChatModel):
    """GenericFakeChatModel that keeps every message it is sent."""

    received: list[str] = Field(default_factory=list)

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.received.extend(str(m.content) for m in messages)
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)

    def _stream(self, messages, stop=None, run_manager=None, **kwargs):
        self.received.extend(str(m.content) for m in messages)
        yield from super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs)


class RecordingList(FakeListChatModel):
    received: list[str] = Field(default_factory=list)

    def _call(self, messages, stop=None, run_manager=None, **kwargs):
        self.received.extend(str(m.content) for m in messages)
        return super()._call(messages, stop=stop, run_manager=run_manager, **kwargs)


def fake(*answers: str) -> RecordingFake:
    return RecordingFake(messages=iter([AIMessage(content=a) for a in answers]))


# --- grounding ----------------------------------------------------------------------------------

QUOTES = [NOTES, POLICE]


@pytest.mark.parametrize("text", [
    "The writer visited Kayla at 4 Elm Row on 14/03/2023; Mother agreed to a safety plan.",
    "On 14 March 2023 at 15:00 the writer made a home visit.",  # same date and time, written differently
    "Officers attended 4 Elm Row at 23:40 on 12 March 2023; two children were present.",
    "Kayla said \u201cI don\u2019t like it when Daddy shouts.\u201d",  # curly marks, full stop inside
    "Police notified the writer. Jane Holloway visited.",
])
def test_grounded_text_has_no_ungrounded_terms(text: str) -> None:
    assert ungrounded_terms(text, QUOTES) == []


@pytest.mark.parametrize("text, bad", [
    ("Kayleigh said she was upset.", "Kayleigh"),  # misspelt name
    ("The writer visited kayla at home.", None),  # lower-case words are not checked as names
    ("Officers attended 14 Elm Row.", "14"),  # changed number
    ("Officers attended 4 Oak Row.", "Oak"),  # changed place
    ("Three children were present.", "Three"),
    ("The writer visited on 15/03/2023.", "15/03/2023"),  # changed date
    ("The visit was on 14 April 2023.", "14 April 2023"),
    ("Police attended at 23:50.", "23:50"),
    ("The writer visited yesterday.", "yesterday"),  # a relative date the source does not use
    ("Kayla said \"I hate it when Daddy shouts\".", "I hate it when Daddy shouts"),
    ("The writer and PC Amir Khan visited.", "Amir"),
])
def test_ungrounded_terms_are_named(text: str, bad: str | None) -> None:
    terms = ungrounded_terms(text, QUOTES)
    assert (bad in terms) if bad else terms == []


def test_numbers_are_normalised() -> None:
    assert ungrounded_terms("It weighed 14.20 kg on 3/11/2023 and cost 1,200.", ["14.2 kg on 03/11/2023 (1200)"]) == []
    assert ungrounded_terms("It weighed 14 kg.", ["It weighed 14.2 kg."]) == ["14"]
    assert ungrounded_terms('She said "no".', ["She did not know."]) == ["no"]  # whole words only
    assert ungrounded_terms('She said "no".', ["She said no."]) == []


def test_rewrite_checks_speech_negation_opinion_and_length() -> None:
    old = "Home visit: Kayla said \"I don't like it when Daddy shouts\"."
    kinds = lambda text: {p.kind for p in rewrite_problems(text, [NOTES], old)}  # noqa: E731
    assert kinds("During a home visit Kayla said \"I don't like it when Daddy shouts\".") == set()
    assert kinds("During a home visit Kayla said she did not like her father shouting.") == {"speech"}
    assert "opinion" in kinds("Worryingly, Kayla said \"I don't like it when Daddy shouts\".")
    assert kinds("Mother did not agree to a safety plan.") >= {"speech"}
    assert {p.kind for p in rewrite_problems("Mother did not agree.", ["Mother agreed."], "Mother agreed.")} == {"negation"}
    assert {p.kind for p in rewrite_problems("Mother agreed.", ["Mother never agreed."], "Mother never agreed.")} == {"negation"}
    assert {p.kind for p in rewrite_problems("", [NOTES], old)} == {"empty"}
    assert {p.kind for p in rewrite_problems("Kayla " * 100, [NOTES], old)} == {"length"}


def test_clean_output() -> None:
    assert clean_output("<think>hmm</think>\nRewritten entry: The writer visited.") == "The writer visited."
    assert clean_output('"The writer visited."') == "The writer visited."
    assert clean_output('Kayla said "no".') == 'Kayla said "no".'


# --- rewriting with fake models --------------------------------------------------------------

def test_accepted_rewrite_replaces_text_drafter_and_flags(store, visit) -> None:
    answer = ("During a home visit at 4 Elm Row, Kayla said \"I don't like it when Daddy shouts\"; "
              "Mother agreed to a safety plan.")
    model = fake(answer)
    report = rewrite_entries(store, CASE, EntryStore(store).list(CASE), model, "ollama:llama3.1")
    assert (report.sent, report.accepted, report.rejected) == (1, 1, 0)
    e = EntryStore(store).get(visit.id)
    assert e.text == answer and e.drafter == "ollama:llama3.1"
    assert "llm-drafted" in e.flags and "single-source" in e.flags
    assert e.version == visit.version + 1 and e.status == "unverified" and not e.edited
    # the prompt held the quote and the current wording, and nothing else of the case
    prompt = model.received[-1]
    assert visit.citations[0].quote in prompt and visit.text in prompt
    assert "case-notes/notes.txt" not in prompt
    # a second run sends nothing: the line is already worded by a model
    again = rewrite_entries(store, CASE, None, fake("unused"), "ollama:llama3.1")
    assert (again.sent, again.skipped) == (0, 1)


def test_hallucinated_name_is_rejected(store, visit) -> None:
    answer = "During a home visit Kayleigh said \"I don't like it when Daddy shouts\"; Mother agreed to a safety plan."
    report = rewrite_entries(store, CASE, None, fake(answer), "ollama:llama3.1")
    assert (report.accepted, report.rejected) == (0, 1)
    e = EntryStore(store).get(visit.id)
    assert e.text == visit.text and e.drafter == "extractive"
    assert "llm-rejected" in e.flags and "llm-drafted" not in e.flags
    assert any("Kayleigh" in c["message"] for c in e.checks if c["code"] == "llm-rejected")
    assert any("Kayleigh" in r for r in report.outcomes[0].reasons)
    row = llm_rows(store)[-1]["detail"]
    assert row["outcome"] == "rejected" and row["reasons"] == ["name"]
    assert "Kayleigh" not in json.dumps(row)  # the audit log never holds the text
    # rejected lines are not re-sent unless asked
    assert rewrite_entries(store, CASE, None, fake("x"), "m").sent == 0
    assert rewrite_entries(store, CASE, None, fake(visit.text), "m", retry_rejected=True).accepted == 1


@pytest.mark.parametrize("answer, kind", [
    ("Officers attended 14 Elm Row after a report of shouting; two children were present.", "number"),
    ("Officers attended 4 Elm Row after a report of shouting; three children were present.", "number"),
    ("On 13/03/2023 officers attended 4 Elm Row after a report of shouting. Two children were present.", "date"),
    ("At 23:45 officers attended 4 Elm Row after a report of shouting. Two children were present.", "number"),
])
def test_changed_number_or_date_is_rejected(store, police, answer: str, kind: str) -> None:
    report = rewrite_entries(store, CASE, None, fake(answer), "openai:test-model")
    assert report.rejected == 1
    e = EntryStore(store).get(police.id)
    assert e.text == police.text and "llm-rejected" in e.flags
    assert kind in llm_rows(store)[-1]["detail"]["reasons"]


def test_paraphrased_child_quote_is_rejected(store, visit) -> None:
    answer = "During a home visit Kayla said that she did not like it when her father shouted; Mother agreed to a safety plan."
    report = rewrite_entries(store, CASE, None, fake(answer), "ollama:llama3.1")
    assert report.rejected == 1
    assert EntryStore(store).get(visit.id).text == visit.text
    assert "speech" in llm_rows(store)[-1]["detail"]["reasons"]


def test_no_llm_document_never_reaches_the_model(store, visit) -> None:
    secret_doc, secret_passage = add_document(store, "court/direction.txt", SECRET, no_llm=True)
    notes_doc = store.current_document(CASE, "case-notes/notes.txt")
    notes_passage = store.passages(CASE, notes_doc.id)[0]
    only_secret = add_entry(store, [(secret_doc, secret_passage, SECRET)], key="secret")
    merged = add_entry(store, [(notes_doc, notes_passage, "Mother agreed to a safety plan."),
                               (secret_doc, secret_passage, SECRET)], key="merged")
    model = RecordingList(responses=[visit.text])
    report = rewrite_entries(store, CASE, None, model, "ollama:llama3.1")
    assert (report.withheld, report.sent) == (2, 1)
    sent = "\n".join(model.received)
    assert "Hidden Lane" not in sent and "Sealed family court" not in sent
    assert visit.citations[0].quote in sent  # the permitted line did go
    for e in (only_secret, merged):
        got = EntryStore(store).get(e.id)
        assert (got.text, got.flags, got.version, got.drafter) == (e.text, e.flags, e.version, "extractive")
    rows = llm_rows(store)
    assert len(rows) == 1 and rows[0]["detail"]["documents"] == ["case-notes/notes.txt"]


def test_reviewed_and_edited_lines_are_never_sent(store, visit) -> None:
    es = EntryStore(store)
    doc = store.current_document(CASE, "case-notes/notes.txt")
    passage = store.passages(CASE, doc.id)[0]
    verified = add_entry(store, [(doc, passage, "I visited the home at 4 Elm Row.")], status="verified", key="v")
    rejected = add_entry(store, [(doc, passage, "Mother agreed to a safety plan.")], status="rejected", key="r")
    edited = add_entry(store, [(doc, passage, "Case Note: 14/03/2023 15:00")], key="e")
    with store.transaction() as conn:
        es.update(conn, edited.id, edited.version, text="Home visit (reworded by hand).", edited=True)
    with store.transaction() as conn:
        es.update(conn, visit.id, visit.version, status="verified")
    model = RecordingList(responses=["should never be used"])
    report = rewrite_entries(store, CASE, None, model, "ollama:llama3.1")
    assert (report.reviewed, report.sent) == (4, 0)
    assert model.received == [] and llm_rows(store) == []
    assert es.get(verified.id).version == 1 and es.get(rejected.id).version == 1


def test_every_call_is_audited_without_text(store, visit, police) -> None:
    answers = ["During a home visit at 4 Elm Row, Kayla said \"I don't like it when Daddy shouts\"; Mother agreed to a safety plan.",
               "Officers attended 4 Elm Row after a report of shouting by Kayleigh."]
    report = rewrite_entries(store, CASE, [visit, police], fake(*answers), "ollama:llama3.1", user="jh")
    assert (report.accepted, report.rejected) == (1, 1)
    rows = llm_rows(store)
    assert [r["detail"]["outcome"] for r in rows] == ["accepted", "rejected"]
    assert {r["user"] for r in rows} == {"jh"}
    assert rows[0]["detail"] == {"model": "ollama:llama3.1", "entry": visit.public_id, "documents": ["case-notes/notes.txt"],
                                 "quotes": 1, "outcome": "accepted"}
    assert rows[1]["detail"]["documents"] == ["police/notification.txt"]
    dumped = json.dumps([r["detail"] for r in rows])
    assert "Elm Row" not in dumped and "Daddy" not in dumped
    assert audit.check(store, CASE).ok


class Failing(FakeListChatModel):
    def _call(self, *args, **kwargs):
        raise ConnectionError("model server is down")


def test_model_errors_leave_lines_alone_and_stop(store) -> None:
    doc, passage = add_document(store, "notes.txt", "One. Two. Three. Four. Five.")
    entries = [add_entry(store, [(doc, passage, q)], key=q) for q in ("One.", "Two.", "Three.", "Four.")]
    report = rewrite_entries(store, CASE, None, Failing(responses=["x"]), "openai:m")
    assert (report.errors, report.sent, report.accepted) == (3, 3, 0) and "3 times in a row" in report.stopped
    assert all(EntryStore(store).get(e.id).version == 1 for e in entries)
    assert [r["detail"]["outcome"] for r in llm_rows(store)] == ["error"] * 3


def test_a_line_changed_while_the_model_works_is_left_alone(store, visit) -> None:
    es = EntryStore(store)

    class Meanwhile(FakeListChatModel):
        def _call(self, *args, **kwargs):
            with store.transaction() as conn:  # a reviewer verifies the line during the call
                es.update(conn, visit.id, visit.version, status="verified", verified_by="tm")
            return visit.text

    report = rewrite_entries(store, CASE, None, Meanwhile(responses=["x"]), "ollama:llama3.1")
    assert (report.conflicts, report.accepted) == (1, 0)
    got = es.get(visit.id)
    assert got.status == "verified" and got.drafter == "extractive" and "llm-drafted" not in got.flags
    assert llm_rows(store)[-1]["detail"]["outcome"] == "conflict"


# --- configuration and real loading -------------------------------------------------------------

def test_unconfigured_means_no_model_and_nothing_sent(store, visit, monkeypatch) -> None:
    monkeypatch.delenv("CHRONOLOGY_LLM", raising=False)
    assert load_chat_model() is None
    assert load_chat_model(env={"CHRONOLOGY_LLM": "off"}) is None
    assert not LLMSettings.from_env({}).configured
    report = rewrite_entries(store, CASE, None, None, "")
    assert report.sent == 0 and "not set" in report.stopped
    assert EntryStore(store).get(visit.id).version == visit.version and llm_rows(store) == []


def test_settings_and_errors(tmp_path) -> None:
    s = LLMSettings.from_env({"CHRONOLOGY_LLM": "ollama:llama3.1:8b"})
    assert (s.provider, s.model, s.url, s.name) == ("ollama", "llama3.1:8b", "http://127.0.0.1:11434", "ollama:llama3.1:8b")
    s = LLMSettings.from_env({"CHRONOLOGY_LLM": "openai:qwen", "CHRONOLOGY_LLM_URL": "http://127.0.0.1:8080/v1/"})
    assert (s.url, s.name) == ("http://127.0.0.1:8080/v1", "openai:qwen")
    assert LLMSettings.from_env({"CHRONOLOGY_LLM": "openai:x"}).url == "http://127.0.0.1:8080/v1"  # never a cloud default
    for bad in ({"CHRONOLOGY_LLM": "gpt-4o"}, {"CHRONOLOGY_LLM": "anthropic:claude"},
                {"CHRONOLOGY_LLM": "openai:x", "CHRONOLOGY_LLM_URL": "file:///etc/passwd"},
                {"CHRONOLOGY_LLM": "ollama:x", "CHRONOLOGY_LLM_TIMEOUT": "soon"}):
        with pytest.raises(LLMConfigError):
            LLMSettings.from_env(bad)
    with pytest.raises(LLMConfigError, match="no model file"):
        load_chat_model(env={"CHRONOLOGY_LLM": f"llamacpp:{tmp_path / 'missing.gguf'}"})
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")
    assert LLMSettings.from_env({"CHRONOLOGY_LLM": f"llamacpp:{gguf}"}).name == "llamacpp:model.gguf"
    try:
        import llama_cpp  # noqa: F401
        import langchain_community  # noqa: F401
    except ImportError:
        with pytest.raises(LLMConfigError, match="pip install"):
            load_chat_model(env={"CHRONOLOGY_LLM": f"llamacpp:{gguf}"})


def test_missing_integration_package_is_a_clear_error(monkeypatch) -> None:
    """The core imports and runs without the optional extras; asking for a model then says what to install."""
    import sys

    from langchain.chat_models import base

    for name in ("langchain_openai", "langchain_ollama", "langchain_community", "langchain_community.chat_models"):
        monkeypatch.setitem(sys.modules, name, None)  # as if not installed
    base._get_chat_model_creator.cache_clear()
    try:
        with pytest.raises(LLMConfigError, match=r"llm-openai"):
            load_chat_model(env={"CHRONOLOGY_LLM": "openai:m"})
        with pytest.raises(LLMConfigError, match=r"llm-ollama"):
            load_chat_model(env={"CHRONOLOGY_LLM": "ollama:m"})
        assert load_chat_model(env={}) is None
    finally:
        base._get_chat_model_creator.cache_clear()


def test_egress_guard_refuses_other_destinations() -> None:
    import httpx

    check, _ = egress_guard("http://127.0.0.1:8080/v1")
    check(httpx.Request("POST", "http://127.0.0.1:8080/v1/chat/completions"))
    for url in ("http://127.0.0.1:8081/v1/chat/completions", "https://api.openai.com/v1/chat/completions",
                "http://127.0.0.1:8080/admin", "http://127.0.0.1:8080/v10/x"):
        with pytest.raises(EgressRefused):
            check(httpx.Request("POST", url))


class FakeServer:
    """A tiny OpenAI- and Ollama-compatible chat server on 127.0.0.1 that records every request."""

    def __init__(self, reply: Callable[[str], str], redirect_to: str | None = None):
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": None})
                self.send_error(404)

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"raw": raw.decode("utf-8", "replace")}
                server.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
                if redirect_to:
                    self.send_response(307)
                    self.send_header("Location", redirect_to + self.path)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                prompt = "\n".join(str(m.get("content")) for m in body.get("messages", []))
                text = reply(prompt)
                if self.path == "/v1/chat/completions":
                    payload = {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body.get("model"),
                               "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                            "finish_reason": "stop"}],
                               "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}
                    self._send(json.dumps(payload).encode(), "application/json")
                elif self.path == "/api/chat":
                    base = {"model": body.get("model"), "created_at": "2024-01-01T00:00:00Z"}
                    last = base | {"message": {"role": "assistant", "content": "" if body.get("stream", True) else text},
                                   "done": True, "done_reason": "stop", "total_duration": 1, "eval_count": 1,
                                   "prompt_eval_count": 1}
                    if body.get("stream", True):
                        first = base | {"message": {"role": "assistant", "content": text}, "done": False}
                        self._send((json.dumps(first) + "\n" + json.dumps(last) + "\n").encode(), "application/x-ndjson")
                    else:
                        self._send(json.dumps(last).encode(), "application/json")
                else:
                    self.send_error(404)

            def _send(self, data: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Callable[..., FakeServer]]:
    started: list[FakeServer] = []

    def start(reply: Callable[[str], str] = lambda prompt: "", redirect_to: str | None = None) -> FakeServer:
        started.append(FakeServer(reply, redirect_to))
        return started[-1]

    yield start
    for s in started:
        s.close()


GOOD_VISIT = ("During a home visit at 4 Elm Row, Kayla said \"I don't like it when Daddy shouts\"; "
              "Mother agreed to a safety plan.")


def _reply(prompt: str) -> str:
    """Grounded for the home visit, a misspelt name for anything else."""
    return GOOD_VISIT if "I visited the home" in prompt else "Officers attended 4 Elm Row; Kayleigh was present."


@pytest.fixture
def hostile_env(monkeypatch, serve):
    """Ambient settings that must neither leak into nor divert a request to the configured server.

    Proxies, OpenAI/Ollama defaults and LangSmith tracing (switched on) all point at one trap
    server, which must hear nothing: no prompt goes anywhere but the configured model server.
    """
    trap = serve(lambda prompt: "")
    for name, value in {"OPENAI_API_KEY": "sk-ambient-secret", "OPENAI_BASE_URL": f"{trap.url}/v1",
                        "OPENAI_PROXY": trap.url, "HTTP_PROXY": trap.url, "HTTPS_PROXY": trap.url,
                        "ALL_PROXY": trap.url, "OLLAMA_HOST": trap.url, "LANGSMITH_TRACING": "true",
                        "LANGSMITH_API_KEY": "lsv2-ambient", "LANGSMITH_ENDPOINT": trap.url}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    _forget_langsmith_settings(monkeypatch)
    yield
    from langchain_core.tracers.langchain import wait_for_all_tracers

    wait_for_all_tracers()
    assert trap.requests == [], "case text went somewhere other than the configured model server"
    _forget_langsmith_settings(monkeypatch)


def _forget_langsmith_settings(monkeypatch) -> None:
    """LangSmith caches its environment and client: make it read them afresh, as a new process would."""
    from langsmith import run_trees, utils

    utils.get_env_var.cache_clear()
    utils.get_tracer_project.cache_clear()
    monkeypatch.setattr(run_trees, "_CLIENT", None)


def test_openai_compatible_server_end_to_end(store, visit, police, serve, hostile_env) -> None:
    pytest.importorskip("langchain_openai")
    server = serve(_reply)
    env = {"CHRONOLOGY_LLM": "openai:test-model", "CHRONOLOGY_LLM_URL": f"{server.url}/v1"}
    settings = LLMSettings.from_env(env)
    model = load_chat_model(settings)
    assert type(model).__name__ == "ChatOpenAI" and server.requests == []  # loading sends nothing
    report = rewrite_entries(store, CASE, None, model, settings.name)
    assert (report.sent, report.accepted, report.rejected) == (2, 1, 1)
    assert [r["path"] for r in server.requests] == ["/v1/chat/completions"] * 2
    for r in server.requests:
        assert r["headers"]["authorization"] == "Bearer not-needed"  # never the ambient OPENAI_API_KEY
        assert r["body"]["model"] == "test-model" and r["body"]["temperature"] == 0
        assert [m["role"] for m in r["body"]["messages"]] == ["system", "user"]
    got = EntryStore(store).get(visit.id)
    assert (got.text, got.drafter) == (GOOD_VISIT, "openai:test-model")
    assert "llm-rejected" in EntryStore(store).get(police.id).flags
    assert [r["detail"]["outcome"] for r in llm_rows(store)] == ["accepted", "rejected"]

    keyed = load_chat_model(env=env | {"CHRONOLOGY_LLM_API_KEY": "local-key"})
    keyed.invoke(build_messages(visit))
    assert server.requests[-1]["headers"]["authorization"] == "Bearer local-key"


def test_redirects_are_not_followed(store, visit, serve) -> None:
    pytest.importorskip("langchain_openai")
    elsewhere = serve(_reply)
    server = serve(redirect_to=elsewhere.url)
    model = load_chat_model(env={"CHRONOLOGY_LLM": "openai:test-model", "CHRONOLOGY_LLM_URL": f"{server.url}/v1"})
    report = rewrite_entries(store, CASE, None, model, "openai:test-model")
    assert report.errors == 1 and report.accepted == 0
    assert len(server.requests) >= 1 and elsewhere.requests == []
    assert EntryStore(store).get(visit.id).version == visit.version


def test_ollama_server_end_to_end(store, visit, police, serve, hostile_env) -> None:
    pytest.importorskip("langchain_ollama")
    server = serve(_reply)
    settings = LLMSettings.from_env({"CHRONOLOGY_LLM": "ollama:llama3.1", "CHRONOLOGY_LLM_URL": server.url})
    model = load_chat_model(settings)
    assert type(model).__name__ == "ChatOllama" and server.requests == []
    report = rewrite_entries(store, CASE, None, model, settings.name)
    assert (report.accepted, report.rejected) == (1, 1)
    assert [r["path"] for r in server.requests] == ["/api/chat"] * 2
    assert server.requests[0]["body"]["model"] == "llama3.1"
    got = EntryStore(store).get(visit.id)
    assert (got.text, got.drafter, "llm-drafted" in got.flags) == (GOOD_VISIT, "ollama:llama3.1", True)


def test_drafted_case_through_the_real_client(store, serve) -> None:
    """The extractive drafter's own lines, reworded through ChatOpenAI; the no-LLM document stays home."""
    pytest.importorskip("langchain_openai")
    from chronology.draft import Drafter
    from ingest.pipeline import build_passages
    from tests.helpers import CASE_NOTES

    store.ensure_case(CASE)
    for path, text, no_llm in (("case-notes/notes.txt", CASE_NOTES, False),
                               ("court/direction.txt", "On 15/03/2023 the court directed that " + SECRET, True)):
        doc = Document(id=None, case_id=CASE, path=path, sha256=hashlib.sha256(text.encode()).hexdigest(),
                       kind="txt", source_kind="social care", no_llm=no_llm)
        doc = store.begin_document(doc, [Page(0, 1, text)], build_passages([text], None))
        store.complete_document(doc.id)
    Drafter(store, embed=lambda texts: [[1.0, 0.0] for _ in texts]).draft(CASE)
    entries = EntryStore(store).list(CASE)
    assert entries, "the drafter produced no lines"

    def reply(prompt: str) -> str:  # echo the current wording back: grounded by construction
        return prompt.split("Current wording:\n<<<", 1)[1].split(">>>", 1)[0]

    server = serve(reply)
    model = load_chat_model(env={"CHRONOLOGY_LLM": "openai:test-model", "CHRONOLOGY_LLM_URL": f"{server.url}/v1"})
    report = rewrite_entries(store, CASE, entries, model, "openai:test-model")
    withheld = [e for e in entries if any(c.document == "court/direction.txt" for c in e.citations)]
    assert report.withheld == len(withheld) and report.sent == len(entries) - len(withheld)
    assert report.accepted == report.sent and report.rejected == 0
    assert "Hidden Lane" not in json.dumps([r["body"] for r in server.requests])



def test_redraft_keeps_a_models_grounded_wording(workspace, tmp_path) -> None:
    """Re-drafting after new documents must not silently undo accepted model wording of unchanged lines."""
    from chronology.draft import Drafter
    from ingest.pipeline import Ingestor
    from tests.helpers import make_case_folder

    folder = make_case_folder(tmp_path / "case")
    Ingestor(workspace.store, workspace.index).ingest(folder, "re-z")
    Drafter(workspace.store).draft("re-z")
    target = next(e for e in EntryStore(workspace.store).list("re-z") if "clinic" in e.text)
    answer = "The health visitor saw Poppy at clinic on 15/03/2023."
    report = rewrite_entries(workspace.store, "re-z", [target], fake(answer), "ollama:llama3.1")
    assert report.accepted == 1
    Drafter(workspace.store).draft("re-z")
    after = EntryStore(workspace.store).get(target.id)
    assert after.text == answer and after.drafter == "ollama:llama3.1" and "llm-drafted" in after.flags
