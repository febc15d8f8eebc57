"""Signing in to the review screen: a typed name (one person's install), a password, or the organisation's SSO.

Every verification carries a person's name to court, so on a team service the screen must know
who is at the keyboard, not take their word for it. The mode comes from ``verify.identity.auth_mode``:

* ``name`` – single-user install (no users registered): the name typed labels the work.
* ``password`` – streamlit-authenticator checks the password against the bcrypt hash in the users
  table; a signed cookie keeps the sign-in across a reload for ``CHRONOLOGY_AUTH_COOKIE_DAYS``.
* ``oidc`` – Streamlit's built-in ``st.login`` against the provider in ``.streamlit/secrets.toml``
  ``[auth]``; the address the provider vouches for must belong to a registered user.

Whatever the mode, the role always comes from the store, and each run re-reads the user so a
removed user or a changed role takes effect at once. Each sign-in is recorded in the audit log.
"""

from __future__ import annotations

import copy

import streamlit as st

from chronology.screen import state

TITLE = "Chronology review"
SCREEN_ROLES = ("social worker", "legal reviewer", "manager")
COOKIE = "chronology_signin"
_KEYS = ("user_name", "user_role", "review_session", "shown", "selected", "signed_in_by")


def _oidc_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all: not configured
        return False


def mode() -> str:
    from verify.identity import auth_mode

    return auth_mode(state.store(), state.workspace().settings.auth, _oidc_configured())


def _accept(name: str, role: str, how: str) -> None:
    """Remember who is signed in for this browser session, and record it once."""
    from verify.roles import audit_users

    ss = state.ss()
    first = ss.get("user_name") != name
    ss["user_name"], ss["user_role"], ss["signed_in_by"] = name, role, how
    state.session_id()
    if first and how != "name":
        audit_users(state.store(), name, "sign-in", {"method": how, "role": role})


def sign_out() -> None:
    for key in _KEYS:
        state.ss().pop(key, None)


def _capitalised(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:]


# --- name: one person's install -------------------------------------------------------------------------


def _name_submitted() -> None:
    from verify.roles import PermissionDenied, role_of

    name = " ".join((state.ss().get("sign_name") or "").split())
    role = state.ss().get("sign_role") or SCREEN_ROLES[0]
    try:
        resolved = role_of(state.store(), name, role)
    except PermissionDenied as exc:
        state.flash("error", _capitalised(exc))
        return
    _accept(name, resolved, "name")


def _name_page() -> None:
    from verify.access import single_user

    st.title(TITLE)
    st.markdown("Every line of a court chronology must be checked against its source by a named person. "
                "Say who you are: your name goes on every line you verify, edit, reject or comment on.")
    if not single_user(state.store()):
        st.warning("Names are not checked on this screen (CHRONOLOGY_AUTH=name). On a shared service, set "
                   "passwords with `chronology set-password` and leave CHRONOLOGY_AUTH unset.")
    state.show_flashes()
    with st.form("sign-in"):
        st.text_input("Your full name", key="sign_name", placeholder="e.g. Jane Holloway")
        st.selectbox("Your role", SCREEN_ROLES, key="sign_role")
        st.form_submit_button("Start reviewing", type="primary", on_click=_name_submitted)


# --- password: streamlit-authenticator against the users table ------------------------------------------


def _authenticator():  # noqa: ANN202 - streamlit_authenticator.Authenticate
    """Built on every run: it draws the cookie component, and the users table may have changed.

    Built with no cookie lifetime so its login form does not write the cookie itself: the form is
    drawn in a placeholder that is cleared on success, which would take the cookie writer with it.
    ``_remember`` writes the cookie outside the placeholder instead.
    """
    import streamlit_authenticator as stauth

    from verify.identity import cookie_key, credentials

    return stauth.Authenticate(credentials(state.store()), cookie_name=COOKIE, cookie_key=cookie_key(),
                               cookie_expiry_days=0, auto_hash=False)


def _remember(auth) -> None:  # noqa: ANN001
    days = state.workspace().settings.auth_cookie_days
    if days > 0:
        model = auth.cookie_controller.cookie_model
        model.cookie_expiry_days = days
        model.set_cookie()


def _credentials(auth) -> dict:  # noqa: ANN001
    return auth.authentication_controller.authentication_model.credentials


def _password_form(auth) -> None:  # noqa: ANN001
    from streamlit_authenticator.utilities import LoginError

    from verify.identity import LOCK_AFTER, record_attempts

    st.title(TITLE)
    st.markdown("Sign in with your name as registered and your password. Every line you verify, edit, reject "
                "or comment on is recorded against you.")
    state.show_flashes()
    if not _credentials(auth).get("usernames"):
        st.warning("Users are registered but none has a password yet, so nobody can sign in here. An admin sets "
                   "them with `chronology set-password \"NAME\" --by ADMIN` (or sets CHRONOLOGY_AUTH=name on a "
                   "machine only trusted people use).")
    before = copy.deepcopy(_credentials(auth))
    try:
        auth.login(location="main", key="password-sign-in", max_login_attempts=LOCK_AFTER,
                   fields={"Form name": "Sign in", "Username": "Your name", "Password": "Password",
                           "Login": "Sign in"})
    except LoginError as exc:
        if "attempts" in str(exc):
            st.error(f"This account is locked after {LOCK_AFTER} failed sign-ins in a row. Ask an admin to set a "
                     "new password (`chronology set-password`), which unlocks it.")
        else:  # a saved sign-in for someone no longer registered
            auth.cookie_controller.delete_cookie()
            st.error("Your saved sign-in is no longer valid (your account was removed or changed). Sign in again.")
        return
    finally:
        record_attempts(state.store(), before, _credentials(auth))
    if st.session_state.get("authentication_status") is False:
        st.error("That name and password do not match a registered user. Type your name as registered "
                 f"(capitals do not matter); after {LOCK_AFTER} failures in a row the account is locked. "
                 "Ask an admin if you have forgotten your password.")
    elif not st.session_state.get("authentication_status"):
        st.caption("No password yet? An admin sets one with `chronology set-password \"YOUR NAME\" --by ADMIN`.")


def _password_user() -> tuple[str, str] | None:
    from verify.identity import user_by_login

    auth = _authenticator()
    if state.ss().pop("signing_out", False) and st.session_state.get("authentication_status"):
        auth.logout(location="unrendered")  # also deletes the saved sign-in cookie
    was_in = bool(st.session_state.get("authentication_status"))
    slot = st.empty()
    if not was_in:
        with slot.container():
            _password_form(auth)
    if not st.session_state.get("authentication_status"):
        return None
    slot.empty()
    user = user_by_login(state.store(), st.session_state.get("username"))
    if user is None or not user.has_password:  # removed, or password cleared, since signing in
        auth.logout(location="unrendered")
        sign_out()
        state.flash("error", "You were signed out: your account was removed or its password cleared.")
        st.rerun()
    if not was_in:
        _remember(auth)
    _accept(user.name, user.role, "password")
    return user.name, user.role


# --- oidc: Streamlit's built-in sign-in ------------------------------------------------------------------


def _oidc_user() -> tuple[str, str] | None:
    from verify.identity import user_by_email

    if not _oidc_configured():
        st.title(TITLE)
        st.error("Single sign-on is chosen (CHRONOLOGY_AUTH=oidc) but not configured: add an [auth] section with "
                 "redirect_uri, cookie_secret, client_id, client_secret and server_metadata_url to "
                 ".streamlit/secrets.toml, or unset CHRONOLOGY_AUTH to sign in with passwords.")
        return None
    if state.ss().pop("signing_out", False) and st.user.is_logged_in:
        st.logout()
        return None
    if not st.user.is_logged_in:
        st.title(TITLE)
        st.markdown("Sign in with your organisation's account. Every line you verify, edit, reject or comment on "
                    "is recorded against you.")
        if st.button("Sign in with your organisation's account", type="primary", key="oidc-sign-in"):
            st.login()
        return None
    email = str(st.user.get("email") or "")
    user = user_by_email(state.store(), email)
    if user is None:
        st.title(TITLE)
        st.error(f"You are signed in as {email or 'an account with no email address'}, but that address is not "
                 "a registered user of chronology. Ask an admin to add it: "
                 f"`chronology add-user \"YOUR NAME\" --role ROLE --email {email or 'ADDRESS'} --by ADMIN`.")
        if st.button("Sign out", key="oidc-sign-out"):
            st.logout()
        return None
    _accept(user.name, user.role, "oidc")
    return user.name, user.role


# --- what the app calls ----------------------------------------------------------------------------------


def signed_in_user() -> tuple[str, str] | None:
    """The person at the screen and their role, drawing the sign-in page (and returning None) until then."""
    how = mode()
    if how == "oidc":
        return _oidc_user()
    if how == "password":
        return _password_user()
    who = _name_user()
    if who is None:
        _name_page()
    return who


def _name_user() -> tuple[str, str] | None:
    from verify.roles import PermissionDenied, role_of

    who = state.user()
    if who is None:
        return None
    try:
        role = role_of(state.store(), who[0], who[1])  # a role changed or user removed meanwhile
    except PermissionDenied as exc:
        sign_out()
        state.flash("error", _capitalised(exc))
        return None
    return who[0], role


def _sign_out_clicked() -> None:
    how = state.ss().get("signed_in_by")
    sign_out()
    if how in ("password", "oidc"):
        state.ss()["signing_out"] = True  # the next run ends the authenticator's or provider's sign-in too


def sidebar(who: tuple[str, str]) -> None:
    sb = st.sidebar
    sb.markdown(f"**Signed in:** {who[0]}  \n**Role:** {who[1]}")
    label = "Change user" if state.ss().get("signed_in_by") == "name" else "Sign out"
    sb.button(label, key="sign-out", on_click=_sign_out_clicked, width="stretch")
