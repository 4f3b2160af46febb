"""The dashboard in a real headless Chromium (Debian's chromium + chromedriver, driven by Selenium).

uvicorn serves the app on 127.0.0.1 (an ephemeral port) in a thread. Screenshots go to
test-artifacts/web/. Without Chromium these tests skip, except under CI=true where they fail.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from argon2 import PasswordHasher

from waqia.store.sql_store import SqlEventStore
from waqia.web import WebSettings, create_app

from .conftest import PASSWORD, Users

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
WAIT = 15.0
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)


def _require_chromium() -> None:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if not missing:
        return
    message = (
        f"{', '.join(missing)} not installed: run `sudo bash scripts/install-browser.sh` "
        "(Debian packages chromium and chromium-driver)"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests must run under CI=true: {message}")
    pytest.skip(message)


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a thread, on a port the OS picks."""

    def __init__(self, app: Any) -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-test", daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + WAIT
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=WAIT)


@pytest.fixture
def base_url(web_store: SqlEventStore, users: Users, fast_hasher: PasswordHasher) -> Iterator[str]:
    _require_chromium()
    app = create_app(store=web_store, settings=WebSettings(tile_url=""), hasher=fast_hasher)
    with LiveServer(app) as url:
        yield url


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    _require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager must not try to download a driver.
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _screenshot(browser: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))


def _wait(browser: Any, condition: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, WAIT).until(condition)


def _sign_in(browser: Any, base_url: str, name: str, *, next_path: str = "/") -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{base_url}/login?next={next_path}")
    browser.find_element(By.ID, "username").send_keys(name)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "sign-in").click()
    _wait(browser, lambda driver: driver.find_elements(By.ID, "current-user"))


def _page_errors(browser: Any) -> list[str]:
    """Console errors of the page (CSP violations, script errors); the favicon miss is not one."""
    return [
        entry["message"]
        for entry in browser.get_log("browser")
        if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]
    ]


def test_dashboard_loads_with_map_chart_and_table(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, base_url, "viewer")
    _wait(browser, lambda driver: driver.find_element(By.ID, "map").get_attribute("data-loaded"))
    assert browser.find_element(By.ID, "map").get_attribute("data-loaded") == "3"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")) == 3
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")) == 2
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr[data-event-id]")) == 3
    assert browser.find_element(By.ID, "total-events").text == "3"
    # Hostile titles never run: no alert is open and the page logged no script or CSP error.
    assert _page_errors(browser) == []
    _screenshot(browser, "dashboard")


def test_filtering_narrows_the_table_and_the_map(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, base_url, "viewer")
    field = browser.find_element(By.ID, "f-country")
    field.send_keys("Pakistan")
    browser.find_element(By.ID, "f-min-killed").send_keys("3")
    browser.find_element(By.ID, "apply-filters").click()
    _wait(browser, lambda driver: "country=Pakistan" in driver.current_url)
    _wait(browser, lambda driver: driver.find_element(By.ID, "map").get_attribute("data-loaded"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr[data-event-id]")
    assert len(rows) == 1
    assert "Peshawar" in rows[0].text
    assert browser.find_element(By.ID, "map").get_attribute("data-loaded") == "1"
    _screenshot(browser, "dashboard-filtered")


def test_an_event_page_shows_fields_next_to_marked_evidence(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, base_url, "viewer", next_path="/?actor=taliban")
    browser.find_element(By.CSS_SELECTOR, "#events-table a.event-link").click()
    _wait(browser, lambda driver: driver.find_elements(By.ID, "fields-table"))
    assert "Remote explosive/landmine/IED" in browser.find_element(By.ID, "event-title").text
    sources = browser.find_elements(By.CSS_SELECTOR, "article.source")
    assert len(sources) == 2
    # The planted markup shows as text, not as an element.
    assert "<script>" in sources[0].find_element(By.TAG_NAME, "h3").text
    assert not browser.find_elements(By.CSS_SELECTOR, "article.source img")
    assert "<img src=x onerror=alert('text')>" in sources[1].text
    link = browser.find_element(By.CSS_SELECTOR, 'tr[data-field="killed"] a.ev-link')
    link.click()
    target = _wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, "mark.flash-target"))
    assert "four" in target[0].text.lower()
    assert _page_errors(browser) == []
    _screenshot(browser, "event")


def test_an_editor_edits_an_event_and_sees_the_history(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, base_url, "editor", next_path="/?actor=taliban")
    browser.find_element(By.CSS_SELECTOR, "#events-table a.event-link").click()
    _wait(browser, lambda driver: driver.find_elements(By.ID, "review"))
    browser.find_element(By.CSS_SELECTOR, "#edit-details summary").click()
    browser.find_element(By.ID, "edit-fatalities").send_keys("7")
    browser.find_element(By.ID, "edit-perpetrator").send_keys("Unidentified gunmen")
    browser.find_element(By.ID, "edit-button").click()
    _wait(browser, lambda driver: driver.find_elements(By.ID, "flash"))
    assert browser.find_element(By.ID, "flash").text == "Changes saved."
    history = browser.find_element(By.ID, "history").text
    assert "editor" in history
    assert "edit" in history
    assert "(fatalities: 7)" in browser.find_element(By.CSS_SELECTOR, 'tr[data-field="killed"]').text
    assert "Unidentified gunmen" in browser.find_element(By.CSS_SELECTOR, 'tr[data-field="perpetrator"]').text
    assert "edited" in browser.find_element(By.ID, "edited-badge").text
    _screenshot(browser, "event-edited")


def test_a_viewer_is_refused_review_actions(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, base_url, "viewer", next_path="/?actor=taliban")
    browser.find_element(By.CSS_SELECTOR, "#events-table a.event-link").click()
    _wait(browser, lambda driver: driver.find_elements(By.ID, "fields-table"))
    assert not browser.find_elements(By.ID, "review")
    event_id = browser.current_url.rsplit("/", 1)[-1]
    # Even a hand-made request with the session's CSRF token is refused for the viewer role.
    status = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const token = document.querySelector('meta[name="csrf-token"]').content;
        const options = {method: 'POST', headers: {'X-CSRF-Token': token}};
        fetch('/api/v1/events/' + arguments[0] + '/confirm', options)
          .then(response => response.json().then(body => done([response.status, body.error])));
        """,
        event_id,
    )
    assert status[0] == 403
    assert "viewer" in status[1]
    browser.get(f"{base_url}/admin/users")
    assert "403" in browser.find_element(By.TAG_NAME, "h1").text
    _screenshot(browser, "viewer-refused")


def test_api_docs_render_from_the_vendored_swagger_ui(browser: Any, base_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{base_url}/docs")
    title = _wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, ".swagger-ui .info .title"))
    assert "waqia API" in title[0].text
    _wait(browser, lambda driver: driver.find_elements(By.CSS_SELECTOR, ".opblock"))
    assert _page_errors(browser) == []
    _screenshot(browser, "api-docs")


def test_chromium_is_the_debian_build() -> None:
    """The tests must never fetch a browser: they use the system's chromium and chromedriver."""
    _require_chromium()
    assert shutil.which("chromedriver") == str(CHROMEDRIVER) or CHROMEDRIVER.exists()
