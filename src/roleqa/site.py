"""The browser side of the service: the widget script, and demo pages that embed it."""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from html import escape
from importlib import resources

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from roleqa.profiles import Profile

# The demo pages hold to the policy a careful career site would set: nothing inline, only this
# origin. The widget must work under it, which is why the pages carry it.
DEMO_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Asset:
    """A packaged file held in memory, plain and gzipped, with an ETag."""

    body: bytes
    gzipped: bytes
    media_type: str
    etag: str

    @classmethod
    def packaged(cls, name: str, media_type: str) -> Asset:
        body = (resources.files("roleqa") / "widget" / name).read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        return cls(body, gzip.compress(body, 9, mtime=0), media_type, etag)

    def response(self, request: Request) -> Response:
        headers = {
            "ETag": self.etag,
            "Cache-Control": "public, max-age=300",
            "Vary": "Accept-Encoding",
            "Cross-Origin-Resource-Policy": "cross-origin",
            "X-Content-Type-Options": "nosniff",
        }
        if request.headers.get("if-none-match") == self.etag:
            return Response(status_code=304, headers=headers)
        if "gzip" in request.headers.get("accept-encoding", ""):
            headers["Content-Encoding"] = "gzip"
            return Response(self.gzipped, media_type=self.media_type, headers=headers)
        return Response(self.body, media_type=self.media_type, headers=headers)


def load_assets() -> dict[str, Asset]:
    return {
        "/widget.js": Asset.packaged("widget.js", "text/javascript; charset=utf-8"),
        "/demo.css": Asset.packaged("demo.css", "text/css; charset=utf-8"),
    }


def _page(title: str, body: str, role: str | None) -> HTMLResponse:
    role_attribute = f' data-role="{escape(role)}"' if role else ""
    html = (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>"
        '<link rel="stylesheet" href="/demo.css"></head>'
        '<body><header class="site"><a href="/">Example Careers</a>'
        "<span>a demo page for the roleqa widget</span></header>"
        f"<main>{body}</main>"
        f'<script src="/widget.js"{role_attribute} defer></script>'
        "</body></html>\n"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": DEMO_POLICY})


def home_page(profiles: list[Profile]) -> HTMLResponse:
    """A page without a role: the widget answers questions across the whole corpus."""
    items = "".join(
        f'<li><a href="/demo/{escape(p.id)}">{escape(p.title)}</a>'
        f"{' <small>' + escape(p.track) + '</small>' if p.track else ''}</li>"
        for p in sorted(profiles, key=lambda p: p.title.lower())
    )
    body = (
        "<h1>Career roles</h1>"
        "<p>This page has no role of its own, so the chat button (bottom right) answers questions "
        "about every role. Open a role's page to ask about that role.</p>"
        f'<ul class="roles">{items or "<li>No index is loaded yet.</li>"}</ul>'
    )
    return _page("Career roles · roleqa demo", body, None)


def role_page(profile: Profile) -> HTMLResponse:
    """A mock role page, as a career site would publish it, with the widget scoped to the role."""
    facts = [
        ("Median salary", profile.median_salary.text if profile.median_salary else None),
        ("Growth outlook", profile.growth_outlook),
        ("AI disruption", _score(profile)),
        ("Entry-level", _yes_no(profile.entry_level)),
    ]
    rows = "".join(
        f"<div><dt>{escape(label)}</dt><dd>{escape(str(value))}</dd></div>"
        for label, value in facts
        if value is not None
    )
    body = (
        f'<p class="track">{escape(profile.track or "")}</p>'
        f"<h1>{escape(profile.title)}</h1>"
        f"<p>{escape(profile.summary or '')}</p>"
        f'<dl class="facts">{rows}</dl>'
        "<p>Questions about this role? Ask with the chat button: “is this entry-level "
        "friendly?” is about this page's role.</p>"
    )
    return _page(f"{profile.title} · roleqa demo", body, profile.id)


def _score(profile: Profile) -> str | None:
    disruption = profile.ai_disruption
    return f"{disruption.score}/100" if disruption and disruption.score is not None else None


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("Yes" if value else "No")
