"""The chat widget in the system Chromium, against a real `roleqa serve`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from conftest import CORPUS, ROOT, seed_as
from roleqa.build import build_index
from roleqa.corpus import load_corpus
from roleqa.embedding import PACKAGED_MODEL_ID, SentenceTransformerEmbedder
from servers import HOST, RoleqaServer, free_port

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "docs" / "screenshots"
HOSTILE = "<img src=x onerror=window.__pwned=1> <script>window.__pwned=2</script>"
WIDGET = "#roleqa-widget"
ANSWERS = f"{WIDGET} .rq-msg--bot:not(.rq-msg--greeting):not(.rq-msg--error)"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder) -> Path:
    """The bundled corpus plus one profile whose text is markup, to prove it stays text."""
    root = tmp_path_factory.mktemp("widget")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    hostile = seed_as("Markup Test Engineer", "$101K").replace(
        "- Train, evaluate, and deploy ML models", f"- Review {HOSTILE} and deploy ML models"
    )
    (corpus / "zz-markup-test-engineer.txt").write_text(hostile, encoding="utf-8")
    build_index(load_corpus(corpus, 1_000_000), root / "index", PACKAGED_MODEL_ID, lambda: embedder)
    return root / "index"


@pytest.fixture(scope="module")
def server(index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoleqaServer]:
    running = RoleqaServer(index, tmp_path_factory.mktemp("widget-state")).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-packages` (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    fresh = browser.new_context(viewport={"width": 1280, "height": 800})
    fresh.set_default_timeout(20_000)
    yield fresh
    fresh.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    opened = context.new_page()
    opened.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    return opened


def open_widget(page: Page) -> None:
    page.locator(f"{WIDGET} .rq-launcher").click()
    expect(page.locator(f"{WIDGET} .rq-input")).to_be_focused()


def ask(page: Page, question: str) -> Any:
    """Type a question, send it, and return the locator of the answer it got."""
    answers = page.locator(ANSWERS)
    before = answers.count()
    page.locator(f"{WIDGET} .rq-input").fill(question)
    page.locator(f"{WIDGET} .rq-input").press("Enter")
    expect(answers).to_have_count(before + 1)
    return answers.nth(before)


def test_role_page_answer_cites_its_profile_and_the_conversation_survives_reload(
    server: RoleqaServer, page: Page
) -> None:
    page.goto(f"{server.base_url}/demo/data-scientist")
    open_widget(page)
    starters = page.locator(f"{WIDGET} .rq-msg--greeting .rq-suggestion")
    expect(starters.first).to_be_visible()
    expect(starters.filter(has_text="Data Scientist")).not_to_have_count(0)

    answer = ask(page, "is this entry-level friendly?")
    expect(answer).to_contain_text(re.compile(r"^\s*(Yes|No)\b.*Data Scientist"))
    link = answer.locator(".rq-cite").first
    expect(link).to_have_attribute("href", "https://www.onetonline.org/link/summary/15-2051.00")
    expect(link).to_contain_text("Data Scientist")

    pay = ask(page, "how much does it pay?")
    expect(pay).to_contain_text("$112,590")

    page.reload()
    expect(page.locator(f"{WIDGET} .rq-msg--user")).to_have_count(2)
    expect(page.locator(f"{WIDGET} .rq-msg--bot").filter(has_text="$112,590")).to_have_count(1)
    follow = ask(page, "and for an actuary?")
    expect(follow).to_contain_text("Actuary")
    expect(follow).to_contain_text("$125,770")

    page.get_by_role("button", name="Start a new conversation").click()
    expect(page.locator(f"{WIDGET} .rq-msg--user")).to_have_count(0)
    # "it" was the actuary in the old conversation; a new one knows only the page's role.
    fresh = ask(page, "how much does it pay?")
    expect(fresh).to_contain_text("$112,590")
    page.reload()
    expect(page.locator(f"{WIDGET} .rq-msg--user")).to_have_count(1)


def test_a_suggestion_button_asks_its_question(server: RoleqaServer, page: Page) -> None:
    page.goto(f"{server.base_url}/demo/actuary")
    open_widget(page)
    answer = ask(page, "what skills does it need?")
    suggestion = answer.locator(".rq-suggestion").first
    text = suggestion.inner_text().strip()
    suggestion.click()
    expect(page.locator(f"{WIDGET} .rq-msg--user").last).to_have_text(text)
    expect(page.locator(ANSWERS)).to_have_count(2)


def test_thumbs_up_is_stored_and_listed_by_the_cli(server: RoleqaServer, page: Page) -> None:
    page.goto(f"{server.base_url}/demo/statistician")
    open_widget(page)
    answer = ask(page, "what does a statistician do?")
    answer.locator(".rq-thumb-up").click()
    expect(answer.locator(".rq-thumb-up")).to_have_attribute("aria-pressed", "true")
    expect(answer).to_contain_text("Thanks")
    listed = subprocess.run(
        [sys.executable, "-m", "roleqa", "feedback", "--json", "--db", str(server.feedback)],
        capture_output=True,
        text=True,
        check=True,
        env=server.env(),
    )
    recent = json.loads(listed.stdout)["recent"]
    mine = [item for item in recent if item["question"] == "what does a statistician do?"]
    assert mine and mine[0]["rating"] == "up"
    assert mine[0]["roles"] == ["statistician"] and mine[0]["intent"] == "duties"
    assert mine[0]["index_version"] and mine[0]["conversation_id"].startswith("c_")


def test_keyboard_alone_opens_asks_follows_a_citation_and_closes(
    server: RoleqaServer, page: Page, context: BrowserContext
) -> None:
    # This machine has no internet: the profile's own site is answered by a stand-in page.
    context.route(
        "https://www.onetonline.org/**",
        lambda route: route.fulfill(body="<title>O*NET</title>", content_type="text/html"),
    )
    page.goto(f"{server.base_url}/demo/data-scientist")
    launcher = page.locator(f"{WIDGET} .rq-launcher")
    for _ in range(30):
        page.keyboard.press("Tab")
        if launcher.evaluate("node => node.getRootNode().activeElement === node"):
            break
    else:
        pytest.fail("Tab never reached the launcher")
    page.keyboard.press("Enter")
    expect(page.locator(f"{WIDGET} .rq-input")).to_be_focused()
    page.keyboard.type("how much does a data scientist make?")
    page.keyboard.press("Enter")
    answer = page.locator(ANSWERS).last
    expect(answer).to_contain_text("$112,590")
    citation = answer.locator(".rq-cite").first
    for _ in range(30):
        page.keyboard.press("Tab")
        if citation.evaluate("node => node.getRootNode().activeElement === node"):
            break
    else:
        pytest.fail("Tab never reached the citation link")
    with context.expect_page() as opened:
        page.keyboard.press("Enter")
    assert opened.value.url.startswith("https://www.onetonline.org/link/summary/15-2051.00")
    opened.value.close()
    page.bring_to_front()
    page.keyboard.press("Escape")
    expect(page.locator(f"{WIDGET} .rq-panel")).to_be_hidden()
    expect(launcher).to_be_focused()


def test_every_control_has_a_name_and_new_answers_are_announced(
    server: RoleqaServer, page: Page
) -> None:
    page.goto(f"{server.base_url}/demo/actuary")
    open_widget(page)
    ask(page, "is it entry-level friendly?")
    unnamed = page.evaluate(
        """() => {
          const root = document.querySelector('#roleqa-widget').shadowRoot;
          const name = (el) => (el.getAttribute('aria-label') || el.textContent || '').trim()
            || (el.labels && [...el.labels].map((l) => l.textContent).join('').trim())
            || (el.getAttribute('aria-labelledby') || '');
          return [...root.querySelectorAll('button, a, input, textarea')]
            .filter((el) => !name(el)).map((el) => el.outerHTML.slice(0, 80));
        }"""
    )
    assert unnamed == []
    log = page.locator(f"{WIDGET} [role=log]")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log.locator(".rq-msg--bot").last).to_contain_text("Actuary")


def test_abstentions_look_different(server: RoleqaServer, page: Page) -> None:
    page.goto(f"{server.base_url}/")
    open_widget(page)
    answered = ask(page, "which role pays the most?")
    declined = ask(page, "what's the weather in Chicago?")
    expect(declined).to_have_class(re.compile(r"\brq-msg--abstained\b"))
    expect(answered).not_to_have_class(re.compile(r"\brq-msg--abstained\b"))
    assert declined.evaluate("n => getComputedStyle(n).borderColor") != answered.evaluate(
        "n => getComputedStyle(n).borderColor"
    ) or declined.evaluate("n => getComputedStyle(n).backgroundColor") != answered.evaluate(
        "n => getComputedStyle(n).backgroundColor"
    )


def _assert_inert(page: Page) -> None:
    assert page.evaluate("() => window.__pwned") is None
    counts = page.evaluate(
        """() => {
          const root = document.querySelector('#roleqa-widget').shadowRoot;
          return {
            img: root.querySelectorAll('img').length,
            script: root.querySelectorAll('script').length,
            js: [...root.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.href)).length,
          };
        }"""
    )
    assert counts == {"img": 0, "script": 0, "js": 0}


def test_markup_in_questions_and_answers_stays_text(server: RoleqaServer, page: Page) -> None:
    page.goto(f"{server.base_url}/demo/markup-test-engineer")
    open_widget(page)
    question = f"{HOSTILE} <a href='javascript:window.__pwned=3'>click</a> javascript:alert(1)"
    ask(page, question)
    expect(page.locator(f"{WIDGET} .rq-msg--user").last).to_have_text(question)
    answer = ask(page, "what does a Markup Test Engineer do?")
    expect(answer).to_contain_text("<img src=x onerror=window.__pwned=1>")
    expect(answer).to_contain_text("<script>window.__pwned=2</script>")
    _assert_inert(page)


# A stand-in for the service, speaking the same HTTP contract, for what the real one never sends:
# a javascript: citation, rate limiting and server errors in a chosen order.
class _ContractServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, replies: list[tuple[int, dict[str, Any]]], page: str) -> None:
        super().__init__((HOST, port), _ContractHandler)
        self.replies = replies
        self.page = page
        self.also_connect = ""
        self.widget = (resources.files("roleqa") / "widget" / "widget.js").read_bytes()


class _ContractHandler(BaseHTTPRequestHandler):
    server: _ContractServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str, extra: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for key, value in extra.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self) -> None:
        extra = {"Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "*"}
        self._send(204, b"", "text/plain", extra)

    def do_GET(self) -> None:
        if self.path.startswith("/widget.js"):
            self._send(200, self.server.widget, "text/javascript", {})
        elif self.path.startswith("/v1/roles/"):
            self._send(404, b'{"detail": "no such role"}', "application/json", {})
        else:
            self._send(200, self.server.page.encode(), "text/html", _policy_for(self.server))

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        status, body = self.server.replies.pop(0) if self.server.replies else (500, {})
        extra = {"Retry-After": "3"} if status == 429 else {}
        self._send(status, json.dumps(body).encode(), "application/json", extra)


def _policy_for(server: _ContractServer) -> dict[str, str]:
    origin = f"http://{HOST}:{server.server_address[1]}"
    return {"Content-Security-Policy": f"default-src 'none'; script-src {origin}; "
            f"connect-src {origin} {server.also_connect}; style-src {origin}"}  # fmt: skip


@pytest.fixture
def contract_server() -> Iterator[_ContractServer]:
    port = free_port()
    page = (
        f'<!doctype html><title>host</title><script src="http://{HOST}:{port}/widget.js"></script>'
    )
    running = _ContractServer(port, [], page)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()


def _answer(text: str, url: str) -> dict[str, Any]:
    return {
        "conversation_id": "c_test",
        "answer": text,
        "intent": "salary",
        "roles": [{"id": "x", "title": "X Engineer", "url": url}],
        "citations": [
            {"profile_id": "x", "title": "X Engineer", "section": "Median salary",
             "anchor": "median-salary", "url": url, "quote": text}
        ],
        "confidence": 0.9,
        "abstained": False,
        "suggestions": [],
        "index_version": "test",
    }  # fmt: skip


def test_rate_limits_and_server_errors_offer_a_retry_and_keep_the_question(
    contract_server: _ContractServer, page: Page
) -> None:
    contract_server.replies += [
        (429, {"detail": "Too many requests"}),
        (500, {"detail": "boom"}),
        (200, _answer(f"It pays {HOSTILE}", "javascript:window.__pwned=4")),
    ]
    page.goto(f"http://{HOST}:{contract_server.server_address[1]}/")
    open_widget(page)
    page.locator(f"{WIDGET} .rq-input").fill("how much does it pay?")
    page.locator(f"{WIDGET} .rq-input").press("Enter")
    error = page.locator(f"{WIDGET} .rq-msg--error").last
    expect(error).to_contain_text("Too many questions")
    expect(page.locator(f"{WIDGET} .rq-input")).to_have_value("how much does it pay?")
    error.locator(".rq-retry").click()
    expect(page.locator(f"{WIDGET} .rq-msg--error").last).to_contain_text("went wrong")
    page.locator(f"{WIDGET} .rq-msg--error .rq-retry").last.click()
    answer = page.locator(ANSWERS).last
    expect(answer).to_contain_text("<script>window.__pwned=2</script>")
    expect(answer.locator(".rq-citations")).to_contain_text("X Engineer")
    assert answer.locator("a").count() == 0
    _assert_inert(page)


def test_a_service_that_never_answers_times_out_with_a_retry(
    contract_server: _ContractServer, page: Page
) -> None:
    silent = _silent_listener()
    port = contract_server.server_address[1]
    endpoint = f"http://{HOST}:{silent.getsockname()[1]}"
    contract_server.also_connect = endpoint
    contract_server.page = (
        f'<!doctype html><title>host</title><script src="http://{HOST}:{port}/widget.js" '
        f'data-endpoint="{endpoint}" data-timeout="1500"></script>'
    )
    try:
        page.goto(f"http://{HOST}:{port}/")
        open_widget(page)
        page.locator(f"{WIDGET} .rq-input").fill("is it entry level?")
        page.locator(f"{WIDGET} .rq-input").press("Enter")
        expect(page.locator(f"{WIDGET} .rq-msg--error")).to_contain_text("too long")
        expect(page.locator(f"{WIDGET} .rq-pending")).to_be_hidden()
        expect(page.locator(f"{WIDGET} .rq-retry")).to_be_visible()
        expect(page.locator(f"{WIDGET} .rq-input")).to_have_value("is it entry level?")
    finally:
        silent.close()


def _silent_listener() -> Any:
    """A socket that accepts connections and never replies: a hung service."""
    import socket

    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(16)
    return listener


def test_strict_policy_on_another_origin(server: RoleqaServer, page: Page) -> None:
    """A host page that allows only the widget's origin, on an origin of its own."""
    host_port = free_port()
    script = f'<script src="{server.base_url}/widget.js" data-role="actuary" defer></script>'
    body = (
        "<!doctype html><html><head><title>host</title></head><body>"
        '<button id="host-button">Host button</button>' + script + "</body></html>"
    )
    policy = (
        f"default-src 'none'; script-src {server.base_url}; connect-src {server.base_url}; "
        f"style-src {server.base_url}; img-src {server.base_url}"
    )

    class Host(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Security-Policy", policy)
            self.end_headers()
            self.wfile.write(body.encode())

    host = ThreadingHTTPServer((HOST, host_port), Host)
    threading.Thread(target=host.serve_forever, daemon=True).start()
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text or message.type == "error"
            else None
        ),
    )
    try:
        page.goto(f"http://{HOST}:{host_port}/")
        open_widget(page)
        answer = ask(page, "how much does this role pay?")
        expect(answer).to_contain_text("$125,770")
        launcher_font = page.locator(f"{WIDGET} .rq-launcher").evaluate(
            "n => getComputedStyle(n).backgroundColor"
        )
        host_button = page.locator("#host-button").evaluate(
            "n => getComputedStyle(n).backgroundColor"
        )
        assert launcher_font != host_button  # the widget's styles are its own
        assert violations == []
    finally:
        host.shutdown()


def test_service_stopped_mid_conversation_then_back(
    index: Path, tmp_path: Path, page: Page
) -> None:
    service = RoleqaServer(index, tmp_path / "state").start()
    try:
        page.goto(f"{service.base_url}/demo/statistician")
        open_widget(page)
        expect(ask(page, "how much does it pay?")).to_contain_text("$103,300")
        service.stop()
        page.locator(f"{WIDGET} .rq-input").fill("is it entry level friendly?")
        page.locator(f"{WIDGET} .rq-input").press("Enter")
        expect(page.locator(f"{WIDGET} .rq-msg--error")).to_contain_text("reach")
        expect(page.locator(f"{WIDGET} .rq-pending")).to_be_hidden()
        expect(page.locator(f"{WIDGET} .rq-input")).to_have_value("is it entry level friendly?")
        service.start()
        page.locator(f"{WIDGET} .rq-retry").last.click()
        answer = page.locator(ANSWERS).last
        expect(answer).to_contain_text("Statistician")
        expect(answer).to_contain_text(re.compile(r"\b(Yes|No)\b"))
    finally:
        service.stop()


@pytest.mark.parametrize(("name", "width", "height"), [("desktop", 1280, 800), ("phone", 360, 740)])
def test_screenshots_of_the_open_widget(
    server: RoleqaServer, browser: Browser, name: str, width: int, height: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(f"{server.base_url}/demo/senior-ml-engineer")
        open_widget(page)
        ask(page, "is this entry-level friendly?")
        panel = page.locator(f"{WIDGET} .rq-panel").bounding_box()
        assert panel is not None
        assert panel["x"] >= 0 and panel["x"] + panel["width"] <= width
        assert panel["y"] >= 0 and panel["y"] + panel["height"] <= height
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"widget-{name}.png"))
    finally:
        context.close()
