"""A small OpenID Connect provider on localhost, so the screen's single sign-on runs for real in tests.

It speaks the authorization-code flow Streamlit's ``st.login`` uses: discovery, an authorize
endpoint that signs in whoever the test names (no login page), a token endpoint returning an
RS256-signed ID token with the request's nonce, and the JWKS to check it. Only what a test needs,
on 127.0.0.1 only; the signing is joserfc's, the JOSE library Authlib (which Streamlit checks the
token with) is built on.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "chronology-review"
CLIENT_SECRET = "test-client-secret"


@dataclass
class Provider:
    url: str
    next_user: dict[str, str] = field(default_factory=dict)  # claims for the next sign-in: email, name
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    sign_ins: list[str] = field(default_factory=list)

    def secrets_toml(self, redirect_uri: str) -> str:
        """The ``[auth]`` section a deployment puts in ``.streamlit/secrets.toml``."""
        return (f'[auth]\nredirect_uri = "{redirect_uri}"\ncookie_secret = "{secrets.token_hex(16)}"\n'
                f'client_id = "{CLIENT_ID}"\nclient_secret = "{CLIENT_SECRET}"\n'
                f'server_metadata_url = "{self.url}/.well-known/openid-configuration"\n')


def _handler(provider: Provider, key: Any) -> type[BaseHTTPRequestHandler]:
    public = key.as_dict(private=False)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep the test output quiet
            return

        def _json(self, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            url = urlparse(self.path)
            if url.path == "/.well-known/openid-configuration":
                self._json({"issuer": provider.url, "authorization_endpoint": f"{provider.url}/authorize",
                            "token_endpoint": f"{provider.url}/token", "jwks_uri": f"{provider.url}/jwks",
                            "response_types_supported": ["code"], "subject_types_supported": ["public"],
                            "id_token_signing_alg_values_supported": ["RS256"],
                            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]})
            elif url.path == "/jwks":
                self._json({"keys": [public]})
            elif url.path == "/authorize":
                q = {k: v[0] for k, v in parse_qs(url.query).items()}
                code = secrets.token_urlsafe(16)
                provider.codes[code] = {"nonce": q.get("nonce"), **provider.next_user}
                provider.sign_ins.append(provider.next_user.get("email", ""))
                self.send_response(302)
                self.send_header("Location", f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q['state']})}")
                self.end_headers()
            else:
                self.send_error(404)

        def do_POST(self) -> None:  # noqa: N802
            if urlparse(self.path).path != "/token":
                self.send_error(404)
                return
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
            grant = provider.codes.pop(form.get("code", ""), None)
            if grant is None:
                self.send_error(400, "unknown code")
                return
            now = int(time.time())
            claims = {"iss": provider.url, "sub": grant.get("email", "nobody"), "aud": CLIENT_ID, "iat": now,
                      "exp": now + 300, **{k: v for k, v in grant.items() if v is not None}}
            id_token = jwt.encode({"alg": "RS256", "kid": public["kid"]}, claims, key)
            self._json({"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                        "id_token": id_token})

    return Handler


def start(port: int) -> tuple[Provider, ThreadingHTTPServer]:
    """Serve a provider on 127.0.0.1:port in a daemon thread; call ``server.shutdown()`` when done."""
    key = RSAKey.generate_key(2048, parameters={"kid": "test-key"})
    provider = Provider(f"http://127.0.0.1:{port}")
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(provider, key))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return provider, server
