"""The optional language model: which one (if any) is configured, and loading it so it talks only there.

By default no model is configured and no case text goes anywhere. A model is used only when
``CHRONOLOGY_LLM`` names one:

=================================  ==========================================================
``CHRONOLOGY_LLM``                 model server (``CHRONOLOGY_LLM_URL``)
=================================  ==========================================================
``ollama:llama3.1``                an Ollama server; default ``http://127.0.0.1:11434``
``openai:MODEL``                   any OpenAI-compatible server (llama.cpp's ``llama-server``,
                                   vLLM, LM Studio, …); default ``http://127.0.0.1:8080/v1``
``llamacpp:/path/model.gguf``      in-process through langchain-community's ``ChatLlamaCpp``
                                   (needs ``llama-cpp-python``, which PyPI ships only as source
                                   to compile); no URL. Not tested in this project's CI — prefer
                                   ``llama-server -m model.gguf`` with ``openai:``.
=================================  ==========================================================

Other settings: ``CHRONOLOGY_LLM_API_KEY`` (sent only to that URL; never ``OPENAI_API_KEY``),
``CHRONOLOGY_LLM_TIMEOUT`` (seconds per call, default 120), ``CHRONOLOGY_LLM_MAX_TOKENS`` (default
300) and ``CHRONOLOGY_LLM_CTX`` (llama.cpp context size, default 4096).

The URL is never defaulted to a cloud service. The HTTP clients are built here so that they
ignore proxy variables, never follow redirects, and refuse (before sending) any request that is not
for the configured server; LangSmith tracing (which would copy prompts to a tracing service) is
switched off for the process when a model is loaded, and again around every call (:func:`no_tracing`). The integration packages are optional extras: this module imports without them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

PROVIDERS = ("ollama", "openai", "llamacpp")
DEFAULT_URLS = {"ollama": "http://127.0.0.1:11434", "openai": "http://127.0.0.1:8080/v1"}
PACKAGES = {"ollama": "langchain-ollama", "openai": "langchain-openai",
            "llamacpp": "langchain-community llama-cpp-python"}
EXTRAS = {"ollama": "llm-ollama", "openai": "llm-openai", "llamacpp": "llm-llamacpp"}
_OFF = {"", "0", "none", "off", "no", "false"}


class LLMConfigError(ValueError):
    """The language-model settings are wrong, or the package they need is not installed."""


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise LLMConfigError(f"{name} must be a number, not {raw!r}") from exc
    if value <= 0:
        raise LLMConfigError(f"{name} must be more than 0, not {raw!r}")
    return value


@dataclass(frozen=True)
class LLMSettings:
    """Which model to use and where it runs. ``provider`` is None when none is configured."""

    provider: str | None = None
    model: str = ""
    url: str | None = None
    api_key: str | None = None
    timeout: float = 120.0
    max_tokens: int = 300
    context: int = 4096

    @property
    def configured(self) -> bool:
        return self.provider is not None

    @property
    def name(self) -> str:
        """How entries and the audit log name the model, e.g. ``ollama:llama3.1`` (a .gguf by file name only)."""
        if self.provider is None:
            return ""
        model = Path(self.model).name if self.provider == "llamacpp" else self.model
        return f"{self.provider}:{model}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "LLMSettings":
        env = os.environ if env is None else env
        spec = (env.get("CHRONOLOGY_LLM") or "").strip()
        if spec.lower() in _OFF:
            return cls()
        provider, sep, model = spec.partition(":")
        provider, model = provider.strip().lower(), model.strip()
        if not sep or provider not in PROVIDERS or not model:
            raise LLMConfigError(
                f"CHRONOLOGY_LLM={spec!r} is not understood; use ollama:MODEL, openai:MODEL or "
                "llamacpp:/path/to/model.gguf (or leave it unset to use no language model)")
        url = None
        if provider != "llamacpp":
            url = (env.get("CHRONOLOGY_LLM_URL") or "").strip() or DEFAULT_URLS[provider]
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise LLMConfigError(f"CHRONOLOGY_LLM_URL must be an http(s) URL such as "
                                     f"{DEFAULT_URLS[provider]}, not {url!r}")
            url = url.rstrip("/")
        return cls(provider=provider, model=model, url=url,
                   api_key=(env.get("CHRONOLOGY_LLM_API_KEY") or "").strip() or None,
                   timeout=_number(env, "CHRONOLOGY_LLM_TIMEOUT", 120.0),
                   max_tokens=int(_number(env, "CHRONOLOGY_LLM_MAX_TOKENS", 300)),
                   context=int(_number(env, "CHRONOLOGY_LLM_CTX", 4096)))


# --- keeping the traffic on the configured server ---------------------------------------------

class EgressRefused(RuntimeError):
    """A model client tried to reach somewhere other than the configured server."""


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def egress_guard(base_url: str) -> tuple[Any, Any]:
    """httpx request hooks (sync, async) that refuse any request outside ``base_url``."""
    want_origin, want_path = _origin(base_url), urlsplit(base_url).path.rstrip("/")

    def check(request: Any) -> None:
        url = str(request.url)
        path = urlsplit(url).path
        if _origin(url) != want_origin or not (path == want_path or path.startswith(want_path + "/")):
            raise EgressRefused(f"refused to send case text to {url}: only {base_url} is configured")

    async def acheck(request: Any) -> None:
        check(request)

    return check, acheck


def _http_clients(settings: LLMSettings) -> tuple[Any, Any]:
    import httpx

    hook, ahook = egress_guard(settings.url or "")
    common: dict[str, Any] = {"trust_env": False, "follow_redirects": False, "timeout": settings.timeout}
    return (httpx.Client(event_hooks={"request": [hook]}, **common),
            httpx.AsyncClient(event_hooks={"request": [ahook]}, **common))


def disable_tracing() -> None:
    """Turn LangSmith tracing off for this process: case text must never be copied to a tracing service."""
    try:
        import langsmith

        langsmith.configure(enabled=False)
    except Exception:  # pragma: no cover - an older langsmith without configure(): no_tracing() still applies
        pass


@contextmanager
def no_tracing() -> Iterator[None]:
    """Switch LangSmith tracing off, whatever the environment says, so prompts go nowhere else."""
    try:
        from langsmith.run_helpers import tracing_context
    except ImportError:  # pragma: no cover - langsmith comes with langchain-core
        yield
        return
    with tracing_context(enabled=False):
        yield


# --- loading -----------------------------------------------------------------------------------

def _missing(provider: str, exc: BaseException) -> LLMConfigError:
    return LLMConfigError(
        f"CHRONOLOGY_LLM uses {provider}, which needs {PACKAGES[provider]}: install it with "
        f"pip install 'chronology[{EXTRAS[provider]}]' ({exc})")


def load_chat_model(settings: LLMSettings | None = None, *,
                    env: Mapping[str, str] | None = None) -> "BaseChatModel | None":
    """The configured chat model, or None when no model is configured (then nothing is ever sent).

    Loading contacts no server; the first request is the first rewrite. Raises
    :class:`LLMConfigError` for bad settings or a missing integration package.
    """
    settings = settings if settings is not None else LLMSettings.from_env(env)
    if not settings.configured:
        return None
    disable_tracing()
    if settings.provider == "llamacpp":
        return _load_llamacpp(settings)

    try:
        from langchain.chat_models import init_chat_model
    except ImportError as exc:  # pragma: no cover - langchain is a core dependency
        raise _missing(settings.provider or "", exc) from exc
    kwargs: dict[str, Any] = {"temperature": 0.0}
    if settings.provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:
            raise _missing("openai", exc) from exc
        http, ahttp = _http_clients(settings)
        # Our own clients carry the egress guard; openai_proxy=None so OPENAI_PROXY cannot divert them.
        kwargs |= {"base_url": settings.url, "api_key": settings.api_key or "not-needed", "openai_proxy": None,
                   "max_tokens": settings.max_tokens, "timeout": settings.timeout, "max_retries": 1,
                   "use_responses_api": False, "http_client": http, "http_async_client": ahttp}
        if "http_socket_options" in ChatOpenAI.model_fields:  # no custom transport (and no proxy warning)
            kwargs["http_socket_options"] = ()
    else:  # ollama
        hook, ahook = egress_guard(settings.url or "")
        client: dict[str, Any] = {"trust_env": False, "follow_redirects": False, "timeout": settings.timeout}
        if settings.api_key:
            client["headers"] = {"Authorization": f"Bearer {settings.api_key}"}
        kwargs |= {"base_url": settings.url, "num_predict": settings.max_tokens, "client_kwargs": client,
                   "sync_client_kwargs": {"event_hooks": {"request": [hook]}},
                   "async_client_kwargs": {"event_hooks": {"request": [ahook]}}}
    try:
        return init_chat_model(settings.model, model_provider=settings.provider, **kwargs)
    except ImportError as exc:
        raise _missing(settings.provider or "", exc) from exc


def _load_llamacpp(settings: LLMSettings) -> "BaseChatModel":
    path = Path(settings.model).expanduser()
    if not path.is_file():
        raise LLMConfigError(f"CHRONOLOGY_LLM=llamacpp:{settings.model}: there is no model file there")
    try:
        from langchain_community.chat_models import ChatLlamaCpp
    except ImportError as exc:
        raise _missing("llamacpp", exc) from exc
    try:
        return ChatLlamaCpp(model_path=str(path), temperature=0.0, max_tokens=settings.max_tokens,
                            n_ctx=settings.context, verbose=False)
    except ImportError as exc:
        raise _missing("llamacpp", exc) from exc
