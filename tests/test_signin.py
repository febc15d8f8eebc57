"""Signing in to the review screen, and what each person then sees: a typed name on a one-person
install, passwords (streamlit-authenticator against the users table) once users are registered,
single sign-on (Streamlit's ``st.login``) when ``[auth]`` is configured; the manager's tab shows
only their team's cases. Checked through AppTest against the real store and audit log."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from chronology.cli import app as cli
from tests.test_app import APP, CASE, button, home, review_template, show_all, start, texts, ws  # noqa: F401
from verify import audit
from verify.access import assign
from verify.identity import check_password, set_password, user_by_email
from verify.roles import PermissionDenied, add_user, get_user

PASSWORD = "correct horse battery"
runner = CliRunner()


@pytest.fixture
def team(ws):
    """Ada (admin), Jane (worker, north, with a password), Mo (manager, north), Sol (worker, south)."""
    add_user(ws.store, "Ada Admin", "admin", by="Ada Admin")
    add_user(ws.store, "Jane Holloway", "social worker", by="Ada Admin", team="north", email="jane@la.example")
    add_user(ws.store, "Mo Manager", "manager", by="Ada Admin", team="north", email="mo@la.example")
    add_user(ws.store, "Sol South", "social worker", by="Ada Admin", team="south")
    for name in ("Jane Holloway", "Mo Manager", "Sol South"):
        set_password(ws.store, name, PASSWORD, by="Ada Admin")
    ws.store.ensure_case("re-south", "A south team case")
    assign(ws.store, CASE, "Jane Holloway", by="Ada Admin")
    assign(ws.store, "re-south", "Sol South", by="Ada Admin")
    return ws


def fresh() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    return at


def password_sign_in(at: AppTest, name: str, password: str) -> AppTest:
    fields = {t.label: t for t in at.text_input}
    fields["Your name"].input(name)
    fields["Password"].input(password)
    button(at, "Sign in").click().run()
    assert not at.exception, at.exception
    return at


def signed_in(at: AppTest) -> str | None:
    return at.session_state["user_name"] if "user_name" in at.session_state else None


# --- the identity service ----------------------------------------------------------------------------


def test_passwords_are_hashed_checked_and_guarded(team):
    u = get_user(team.store, "Jane Holloway")
    assert u.has_password and u.email == "jane@la.example"
    assert check_password(team.store, "Jane Holloway", PASSWORD)
    assert not check_password(team.store, "Jane Holloway", PASSWORD.upper())
    assert not check_password(team.store, "Ada Admin", PASSWORD)  # no password set
    with team.store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM users WHERE name = 'Jane Holloway'").scalar()
    assert stored.startswith("$2") and PASSWORD not in stored  # bcrypt, never the password
    with pytest.raises(PermissionDenied, match="at least 12 characters"):
        set_password(team.store, "Jane Holloway", "short", by="Ada Admin")
    with pytest.raises(PermissionDenied, match="only an admin or Jane Holloway"):
        set_password(team.store, "Jane Holloway", "another long password", by="Mo Manager")
    set_password(team.store, "Jane Holloway", "my own new password", by="Jane Holloway")  # her own: allowed
    assert check_password(team.store, "Jane Holloway", "my own new password")
    rows = audit.rows(team.store, "_users")
    assert [r["detail"]["name"] for r in rows if r["action"] == "password-set"][-1] == "Jane Holloway"
    assert not any("password" in str(r["detail"].get("hash", "")) for r in rows)
    assert user_by_email(team.store, "JANE@la.example").name == "Jane Holloway"
    with pytest.raises(PermissionDenied, match="already belongs to Jane Holloway"):
        add_user(team.store, "Someone", "social worker", by="Ada Admin", email="jane@la.example")
    with pytest.raises(PermissionDenied, match="not an email address"):
        add_user(team.store, "Someone", "social worker", by="Ada Admin", email="not-an-address")


def test_cli_sets_a_password_and_lists_sign_in(team):
    r = runner.invoke(cli, ["set-password", "Ada Admin", "--by", "Ada Admin"],
                      input="admin's long password\nadmin's long password\n")
    assert r.exit_code == 0, r.output
    assert check_password(team.store, "Ada Admin", "admin's long password")
    r = runner.invoke(cli, ["set-password", "Sol South", "--by", "Jane Holloway", "--password-stdin"],
                      input="not hers to change!!\n")
    assert r.exit_code == 1 and "only an admin or Sol South" in r.output
    r = runner.invoke(cli, ["add-user", "Lee Legal", "--role", "legal", "--email", "lee@la.example", "--by", "Ada Admin"])
    assert r.exit_code == 0 and 'chronology set-password "Lee Legal"' in r.output
    r = runner.invoke(cli, ["users"])
    assert "Lee Legal: legal reviewer [lee@la.example, no password]" in r.output
    assert "Jane Holloway: social worker (north) [jane@la.example, password set]" in r.output
    assert "Review screen sign-in: name and password" in r.output


# --- the screen: a typed name on a one-person install --------------------------------------------------


def test_single_user_install_signs_in_by_name(ws):
    at = fresh()
    assert at.text_input(key="sign_name") is not None and not [t for t in at.text_input if t.label == "Password"]
    at = start("Jane Holloway")
    assert signed_in(at) == "Jane Holloway" and at.session_state["user_role"] == "social worker"
    assert not audit.rows(ws.store, "_users")  # nothing to record: no accounts on this install


def test_registered_users_without_any_password_are_told_how_to_get_one(ws):
    add_user(ws.store, "Ada Admin", "admin", by="Ada Admin")
    at = fresh()
    assert any("none has a password yet" in w and "set-password" in w for w in texts(at, "warning"))


def test_name_mode_by_choice_still_refuses_unregistered_names(team, monkeypatch):
    monkeypatch.setenv("CHRONOLOGY_AUTH", "name")
    at = fresh()
    assert any("Names are not checked" in w for w in texts(at, "warning"))
    at.text_input(key="sign_name").input("Someone Else")
    button(at, "Start reviewing").click().run()
    assert any("not a registered user" in e for e in texts(at, "error"))
    assert signed_in(at) is None
    at = start("Jane Holloway")
    assert at.session_state["user_role"] == "social worker"


# --- the screen: passwords ---------------------------------------------------------------------------------


def test_registered_users_must_give_their_password(team):
    at = fresh()
    assert not [t for t in at.text_input if t.key == "sign_name"]  # no typing your way in once users exist
    password_sign_in(at, "Jane Holloway", "wrong password entirely")
    assert signed_in(at) is None
    assert any("do not match a registered user" in e for e in texts(at, "error"))
    password_sign_in(at, "Ada Admin", "")  # registered, but no password set: cannot sign in
    assert signed_in(at) is None
    password_sign_in(at, " jane HOLLOWAY ", PASSWORD)  # the name as registered, in any capitals
    assert signed_in(at) == "Jane Holloway" and at.session_state["user_role"] == "social worker"
    assert not [t for t in at.text_input if t.label == "Password"]  # the form is gone once signed in
    assert any("Signed in:** Jane Holloway" in m.value for m in at.sidebar.markdown)
    last = audit.rows(team.store, "_users")[-1]
    assert (last["action"], last["user"], last["detail"]["method"]) == ("sign-in", "Jane Holloway", "password")
    # she sees only the case assigned to her, and works on it as herself
    assert at.sidebar.selectbox(key="case_id").options == [CASE]
    show_all(at)
    button(at, "verify-").click().run()
    assert any(r["user"] == "Jane Holloway" and r["action"] == "verify" for r in audit.rows(team.store, CASE))
    button(at, "Sign out").click().run()
    assert signed_in(at) is None
    assert [t.label for t in at.text_input] == ["Your name", "Password"]


def test_repeated_failures_lock_the_account_until_an_admin_sets_a_new_password(team):
    from verify.identity import LOCK_AFTER

    at = fresh()
    for _ in range(LOCK_AFTER):
        password_sign_in(at, "Sol South", "guessing at passwords")
    assert get_user(team.store, "Sol South").failed_sign_ins == LOCK_AFTER
    password_sign_in(at, "Sol South", PASSWORD)  # the right password, but too late
    assert signed_in(at) is None
    assert any("locked after 5 failed sign-ins" in e for e in texts(at, "error"))
    actions = [r["action"] for r in audit.rows(team.store, "_users") if r["detail"].get("name") == "Sol South"]
    assert actions.count("sign-in-failed") == LOCK_AFTER and "account-locked" in actions
    assert "LOCKED after 5 failed sign-ins" in runner.invoke(cli, ["users"]).output
    # a failure for someone else does not count against Sol, and a success resets the count
    password_sign_in(fresh(), "Jane Holloway", "not her password")
    at = password_sign_in(fresh(), "Jane Holloway", PASSWORD)
    assert signed_in(at) == "Jane Holloway" and get_user(team.store, "Jane Holloway").failed_sign_ins == 0
    set_password(team.store, "Sol South", "a brand new password", by="Ada Admin")  # unlocks
    at = password_sign_in(fresh(), "Sol South", "a brand new password")
    assert signed_in(at) == "Sol South"


def test_a_removed_user_is_signed_out_at_once(team):
    from verify.roles import remove_user

    at = password_sign_in(fresh(), "Sol South", PASSWORD)
    assert signed_in(at) == "Sol South"
    remove_user(team.store, "Sol South", by="Ada Admin")
    at.run()
    assert signed_in(at) is None
    assert any("account was removed" in e for e in texts(at, "error"))


# --- the screen: the organisation's single sign-on (OIDC) ------------------------------------------------


OIDC = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "a-test-cookie-secret",
        "client_id": "chronology", "client_secret": "s3cret",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"}


def test_single_sign_on_maps_the_vouched_address_to_a_registered_user(team):
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = OIDC
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert button(at, "Sign in with your organisation's account")
    assert not at.text_input  # no name or password boxes: the provider vouches for who this is
    at.user = {"is_logged_in": True, "email": "nobody@la.example", "name": "Nobody"}
    at.run()
    assert signed_in(at) is None
    assert any("nobody@la.example" in e and "add-user" in e for e in texts(at, "error"))
    at.user = {"is_logged_in": True, "email": "MO@la.example", "name": "Mo M."}
    at.run()
    assert not at.exception, at.exception
    assert signed_in(at) == "Mo Manager" and at.session_state["user_role"] == "manager"
    last = audit.rows(team.store, "_users")[-1]
    assert (last["action"], last["detail"]["method"]) == ("sign-in", "oidc")


def test_single_sign_on_chosen_but_not_configured_says_what_is_missing(team, monkeypatch):
    monkeypatch.setenv("CHRONOLOGY_AUTH", "oidc")
    at = fresh()
    assert any("not configured" in e and "[auth]" in e for e in texts(at, "error"))
    assert not at.button and signed_in(at) is None


# --- what the manager sees -----------------------------------------------------------------------------------


def test_manager_tab_shows_only_the_team_and_its_exports(team, tmp_path):
    from chronology.export import export_case
    from chronology.report import csv_text, report_for

    export_case(team.store, CASE, "csv", tmp_path / "draft.csv", draft=True, user="Jane Holloway")
    at = password_sign_in(fresh(), "Mo Manager", PASSWORD)
    assert at.session_state["view"] == "Manager"
    frames = [d.value for d in at.dataframe]
    cases = next(f for f in frames if "Assigned to" in f.columns)
    assert list(cases["Case"]) == [CASE]  # north's case only: re-south belongs to another team
    assert cases.iloc[0]["Assigned to"] == "Jane Holloway"
    assert cases.iloc[0]["Exports"].startswith("1; last")
    people = next(f for f in frames if "Person" in f.columns)
    assert list(people["Person"]) == ["Jane Holloway"]
    exports = next(f for f in frames if "Kind" in f.columns)
    assert (exports.iloc[0]["Case"], exports.iloc[0]["Format"], exports.iloc[0]["By"]) == (CASE, "csv", "Jane Holloway")
    assert exports.iloc[0]["Kind"].startswith("draft")
    assert [d.label for d in at.get("download_button") if "CSV" in d.label]
    rows = csv_text(report_for(team.store, "Mo Manager")).splitlines()
    assert rows[0].startswith("kind,name,team") and rows[1].startswith(f"case,{CASE},north")
    assert not any("re-south" in r for r in rows)


def test_workers_do_not_get_the_manager_tab(team):
    at = password_sign_in(fresh(), "Jane Holloway", PASSWORD)
    assert at.session_state["view"] == "Review"
    assert [t.label for t in at.tabs] == ["Review", "Export"]


def test_someone_with_no_cases_is_told_to_ask_for_one(team):
    add_user(team.store, "Eve East", "manager", by="Ada Admin", team="east")
    set_password(team.store, "Eve East", PASSWORD, by="Ada Admin")
    at = password_sign_in(fresh(), "Eve East", PASSWORD)
    assert signed_in(at) == "Eve East"
    assert any("No case is assigned to you or your team yet" in i for i in texts(at, "info"))
    assert not any("There are no cases yet" in i for i in texts(at, "info"))


def test_manager_assigns_and_unassigns_their_team_from_the_screen(team):
    from verify.access import assignments

    add_user(team.store, "Wes West", "social worker", by="Ada Admin", team="north")
    at = password_sign_in(fresh(), "Mo Manager", PASSWORD)
    assert at.selectbox(key="assign-person").options == ["Jane Holloway", "Mo Manager", "Wes West"]  # north only
    assert at.selectbox(key="assign-case").options == [CASE]
    at.selectbox(key="assign-person").select("Wes West")
    button(at, "Assign").click().run()
    assert not at.exception, at.exception
    assert any("Wes West is assigned to re-test" in s for s in texts(at, "success"))
    assert sorted(a.user for a in assignments(team.store, CASE)) == ["Jane Holloway", "Wes West"]
    last = audit.rows(team.store, CASE)[-1]
    assert (last["action"], last["user"], last["detail"]["user"]) == ("assign", "Mo Manager", "Wes West")
    at.selectbox(key="unassign-pair").select((CASE, "Wes West"))
    button(at, "Take off the case").click().run()
    assert [a.user for a in assignments(team.store, CASE)] == ["Jane Holloway"]
    assert audit.rows(team.store, CASE)[-1]["action"] == "unassign"
    # an admin may assign anyone to any case; Sol (south) to the north case here
    set_password(team.store, "Ada Admin", "the admin's password", by="Ada Admin")
    at = password_sign_in(fresh(), "Ada Admin", "the admin's password")
    assert "re-south" in at.selectbox(key="assign-case").options
    at.selectbox(key="assign-case").select(CASE)
    at.selectbox(key="assign-person").select("Sol South")
    button(at, "Assign").click().run()
    assert "Sol South" in [a.user for a in assignments(team.store, CASE)]
