"""The review screen in a real browser: `streamlit run app.py` on localhost, driven by headless Chromium.

Signs in, picks the case, opens a two-source line, shows both sources, verifies it (the store must
say so), then reviews the next line with the keyboard alone (N, S, V). Saves the side-by-side view at 1366×768 to
tests/artifacts/review-side-by-side.png for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from chronology.entries import EntryStore
from chronology.screen import labels
from tests.test_app import CASE, TWO_SOURCE_TEXT, build_template

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("streamlit did not answer in time")


def settle(page) -> None:
    """Wait for the rerun a click started to finish, so the next click lands on the redrawn page."""
    page.wait_for_timeout(150)
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')"
                           " && !document.querySelector('[data-testid=\"stStatusWidgetRunningIcon\"]')")


@pytest.fixture
def home(tmp_path_factory: pytest.TempPathFactory, isolated_home: Path) -> Path:
    """The drafted case plus an empty case listed first, so picking the case is a real choice."""
    shutil.copytree(build_template(tmp_path_factory.getbasetemp()), isolated_home)
    from chronology.workspace import Workspace

    Workspace().store.ensure_case("a-empty-case", "An empty case")
    return isolated_home


@contextmanager
def streamlit_server(home: Path, port: int | None = None) -> Iterator[str]:
    """``streamlit run app.py`` on localhost against ``home``, stopped (and its log shown on failure) after."""
    port = port or free_port()
    env = {**os.environ, "CHRONOLOGY_HOME": str(home), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False"}
    log_path = home.parent / "streamlit.log"
    with open(log_path, "w") as log:  # a file, not a pipe: a full pipe would stall the server
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", "--client.toolbarMode", "minimal"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, proc, log_path)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
            print(log_path.read_text()[-4000:])  # shown by pytest only when the test fails


@pytest.fixture
def server(home: Path) -> Iterator[str]:
    with streamlit_server(home) as url:
        yield url


def launch(p):  # noqa: ANN001, ANN201 - playwright objects
    return p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def test_review_in_a_real_browser(server: str, home: Path):
    from playwright.sync_api import expect, sync_playwright

    from chronology.workspace import Workspace

    store = Workspace().store
    target = next(e for e in EntryStore(store).list(CASE) if e.text == TWO_SOURCE_TEXT)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.set_default_timeout(30_000)
            page.goto(server, wait_until="domcontentloaded")

            # sign in by name
            page.get_by_label("Your full name").fill("Jane Holloway")
            page.get_by_role("button", name="Start reviewing").click()
            expect(page.get_by_text("Signed in:")).to_be_visible()
            settle(page)

            # pick the case (the empty one is listed first)
            expect(page.get_by_text("There are no lines in this case yet")).to_be_visible()
            page.get_by_role("combobox", name="Case").click()
            page.get_by_role("option", name=CASE).click()
            expect(page.get_by_text("What the sources say")).to_be_visible()
            settle(page)

            # open the two-source line
            goto = page.get_by_placeholder("e.g. e-000017")
            goto.fill(labels.public_id(target.id))
            goto.press("Enter")
            expect(page.get_by_role("heading", name=target.public_id)).to_be_visible()
            settle(page)
            verify = page.get_by_role("button", name="Verify this line")
            expect(verify).to_be_disabled()

            # show each source: the cited words are marked, and the police page is drawn as printed
            page.get_by_role("button", name="Show source 1").click()
            settle(page)
            expect(page.locator("mark.chron-cited")).to_have_count(1)
            page.get_by_role("button", name="Show source 2").click()
            settle(page)
            expect(page.locator("mark.chron-cited")).to_have_count(2)
            expect(page.get_by_alt_text("cropped to the cited lines", exact=False)).to_be_visible()
            expect(verify).to_be_enabled()

            page.get_by_role("button", name="Previous").evaluate("e => e.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(400)
            page.screenshot(path=str(ARTIFACTS / "review-side-by-side.png"))

            verify.click()
            settle(page)
            expect(page.get_by_text(f"{target.public_id} verified by Jane Holloway")).to_be_visible()
            after = EntryStore(store).get(target.id)
            assert after.status == "verified" and after.verified_by == "Jane Holloway"

            # keyboard only: N opens the next unverified line, S shows its source, V verifies it
            heading = page.locator("h3").filter(has_text="· ").first
            before = heading.inner_text()
            page.locator("body").press("Escape")
            page.keyboard.press("n")
            expect(heading).not_to_have_text(before)
            settle(page)
            line = heading.inner_text().split(" · ")[0]
            page.keyboard.press("s")
            settle(page)
            expect(page.locator("mark.chron-cited")).to_have_count(1)
            page.keyboard.press("v")
            settle(page)
            expect(page.get_by_text(f"{line} verified by Jane Holloway")).to_be_visible()
            assert EntryStore(store).get(int(line.removeprefix("e-"))).status == "verified"
        finally:
            browser.close()


def test_password_sign_in_survives_a_reload_and_sign_out_ends_it(server: str, home: Path):
    """streamlit-authenticator in a real browser: a signed cookie keeps the sign-in across a reload; signing
    out deletes it, so a reload asks for the password again."""
    from playwright.sync_api import expect, sync_playwright

    from chronology.screen.signin import COOKIE
    from chronology.workspace import Workspace
    from verify.identity import set_password
    from verify.roles import add_user

    store = Workspace().store
    add_user(store, "Ada Admin", "admin", by="Ada Admin")
    add_user(store, "Jane Holloway", "social worker", by="Ada Admin")
    set_password(store, "Jane Holloway", "correct horse battery", by="Ada Admin")
    with sync_playwright() as p:
        browser = launch(p)
        try:
            context = browser.new_context(viewport={"width": 1366, "height": 768})
            page = context.new_page()
            page.set_default_timeout(30_000)
            page.goto(server, wait_until="domcontentloaded")
            expect(page.get_by_label("Your full name")).to_have_count(0)  # no typing a name in
            page.get_by_role("textbox", name="Your name").fill("Jane Holloway")
            page.get_by_role("textbox", name="Password").fill("wrong password entirely")
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_text("do not match a registered user")).to_be_visible()
            page.get_by_role("textbox", name="Password").fill("correct horse battery")
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_text("Signed in:")).to_be_visible()
            settle(page)
            page.wait_for_function(f"() => document.cookie.includes('{COOKIE}=')", timeout=15_000)
            assert any(c["name"] == COOKIE for c in context.cookies())

            page.reload(wait_until="domcontentloaded")
            expect(page.get_by_text("Signed in:")).to_be_visible()
            expect(page.get_by_role("textbox", name="Password")).to_have_count(0)
            settle(page)

            page.get_by_role("button", name="Sign out").click()
            expect(page.get_by_role("textbox", name="Password")).to_be_visible()
            settle(page)
            page.wait_for_function(f"() => !document.cookie.includes('{COOKIE}=')", timeout=15_000)
            page.reload(wait_until="domcontentloaded")
            expect(page.get_by_role("textbox", name="Password")).to_be_visible()
            expect(page.get_by_text("Signed in:")).to_have_count(0)
        finally:
            browser.close()


def test_single_sign_on_round_trip_in_a_real_browser(home: Path):
    """Streamlit's st.login against a real (local) OpenID Connect provider: the address the provider vouches
    for becomes the registered user and role; an unregistered address gets in nowhere; signing out ends it."""
    from playwright.sync_api import expect, sync_playwright

    from chronology.workspace import Workspace
    from tests import oidc_provider
    from verify import audit
    from verify.access import assign
    from verify.roles import add_user

    store = Workspace().store
    add_user(store, "Ada Admin", "admin", by="Ada Admin")
    add_user(store, "Mo Manager", "manager", by="Ada Admin", team="north", email="mo@la.example")
    add_user(store, "Jane Holloway", "social worker", by="Ada Admin", team="north")
    assign(store, CASE, "Jane Holloway", by="Ada Admin")  # Mo's team's case; a-empty-case is nobody's
    provider, idp = oidc_provider.start(free_port())
    port = free_port()
    secrets_dir = Path(os.environ["HOME"]) / ".streamlit"
    secrets_dir.mkdir(parents=True, exist_ok=True)
    (secrets_dir / "secrets.toml").write_text(provider.secrets_toml(f"http://127.0.0.1:{port}/oauth2callback"))
    try:
        with streamlit_server(home, port) as url, sync_playwright() as p:
            browser = launch(p)
            try:
                page = browser.new_page(viewport={"width": 1366, "height": 768})
                page.set_default_timeout(30_000)
                provider.next_user = {"email": "stranger@elsewhere.example", "name": "A Stranger"}
                page.goto(url, wait_until="domcontentloaded")
                expect(page.get_by_role("textbox")).to_have_count(0)  # no name or password to type
                page.get_by_role("button", name="Sign in with your organisation's account").click()
                expect(page.get_by_text("stranger@elsewhere.example", exact=False).first).to_be_visible()
                expect(page.get_by_text("is not a registered user", exact=False)).to_be_visible()
                expect(page.get_by_text("Signed in:")).to_have_count(0)
                settle(page)
                page.get_by_role("button", name="Sign out").click()
                expect(page.get_by_role("button", name="Sign in with your organisation's account")).to_be_visible()
                settle(page)

                provider.next_user = {"email": "mo@la.example", "name": "Mo M."}
                page.get_by_role("button", name="Sign in with your organisation's account").click()
                expect(page.get_by_text("Signed in:")).to_be_visible()
                expect(page.get_by_text("Mo Manager", exact=False).first).to_be_visible()
                expect(page.get_by_role("tab", name="Manager")).to_be_visible()
                expect(page.get_by_text("Team north: cases")).to_be_visible()
                settle(page)
                assert provider.sign_ins == ["stranger@elsewhere.example", "mo@la.example"]
                last = audit.rows(store, "_users")[-1]
                assert (last["action"], last["user"], last["detail"]["method"]) == ("sign-in", "Mo Manager", "oidc")

                page.get_by_role("button", name="Sign out").click()
                expect(page.get_by_role("button", name="Sign in with your organisation's account")).to_be_visible()
                page.reload(wait_until="domcontentloaded")
                expect(page.get_by_role("button", name="Sign in with your organisation's account")).to_be_visible()
                expect(page.get_by_text("Signed in:")).to_have_count(0)
            finally:
                browser.close()
    finally:
        idp.shutdown()
        idp.server_close()
