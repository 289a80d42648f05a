"""A real Chromium (Debian's, installed by .ci/run) driven by Playwright against
Django's live server. axe-core is vendored: no CDN, same rules on every run.

The fixtures are registered once, in tests/conftest.py: one Playwright per test run,
shared by the browser tests and the end-to-end journeys in tests/integration."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = (Path(__file__).parent / "browser" / "vendor" / "axe.min.js").read_text()
# Playwright's sync API keeps an event loop in this thread; Django's ORM calls from the
# test body are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


class Page:
    """A page plus what a test wants to know of it: console errors (CSP violations
    show up there) and axe results."""

    def __init__(self, page, base_url: str):
        self.page = page
        self.base_url = base_url
        self.console_errors: list[str] = []
        page.on(
            "console",
            lambda message: message.type == "error" and self.console_errors.append(message.text),
        )

    def go(self, path: str):
        return self.page.goto(self.base_url + path)

    def axe_violations(self) -> list[dict]:
        # evaluate() runs through the DevTools protocol, so the page's CSP (no inline
        # scripts, no eval) does not block the checker itself.
        self.page.evaluate(AXE + "\n;0")
        result = self.page.evaluate(
            "() => axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', "
            "'best-practice']})"
        )
        return [
            {"id": v["id"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"]
        ]


@pytest.fixture
def open_page(browser, live_server):
    contexts = []

    def _open(*, javascript: bool = True, locale: str = "en-GB") -> Page:
        context = browser.new_context(java_script_enabled=javascript, locale=locale)
        contexts.append(context)
        return Page(context.new_page(), live_server.url)

    yield _open
    for context in contexts:
        context.close()


def sign_in_through_the_form(page: Page, username: str, password: str) -> None:
    page.go("/account/login/")
    page.page.get_by_label("Username").fill(username)
    page.page.get_by_label("Password").fill(password)
    page.page.get_by_role("button", name="Sign in").click()
