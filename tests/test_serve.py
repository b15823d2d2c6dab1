"""The review application: its pages over a real check, and a real browser reviewing one.

The browser test drives Debian's Chromium (``chromium`` and ``chromium-driver``,
installed by ``.ci/run``) with Selenium: it opens a check, accepts a quotation with a
note and reads the review back from the database. Where Chromium is not installed it
is skipped with the reason, except in CI (``CI`` set), where it must run.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from quotecheck import Checker
from quotecheck.serve.app import create_app, highlighted_document
from quotecheck.store.db import open_db

ROOT = Path(__file__).resolve().parents[1]
EFLUX = ROOT / "examples" / "eflux-comment.txt"
ESSAY = (
    "# On borrowed lines\n\n"
    'As Hamlet says, "To be, or not to be, that is the question."\n\n'
    'They say "Money is the root of all evil", and "All that glitters is not gold."\n\n'
    'Austen begins: "It is a truth universally acknowledged, that a single man in possession '
    'of a good fortune, must be in want of a wife."\n'
)


@pytest.fixture(scope="module")
def review_db(shipped_db_path, tmp_path_factory) -> tuple[Path, int, int]:
    """A database with the e-flux comment and a short Markdown essay checked: (path, check ids)."""
    folder = tmp_path_factory.mktemp("serve")
    path = folder / "quotes.db"
    shutil.copy(shipped_db_path, path)
    essay = folder / "essay.md"
    essay.write_text(ESSAY, encoding="utf-8")
    checker = Checker(path)
    eflux = checker.check(EFLUX).check_id
    mine = checker.check(essay).check_id
    checker.db.close()
    return path, eflux, mine


@pytest.fixture()
def client(review_db):
    return create_app(review_db[0]).test_client()


def test_index_lists_the_checks_with_their_summaries(client, review_db):
    page = client.get("/").get_data(as_text=True)
    assert f'href="/check/{review_db[1]}"' in page and "eflux-comment.txt" in page
    assert "1 altered" in page and "2 not found" in page


def test_check_page_highlights_the_document_and_sets_sides(client, review_db):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get(f"/check/{review_db[1]}").get_data(as_text=True), "html.parser")
    marks = soup.select("#document a.hl")
    assert [m["data-number"] for m in marks] == ["1", "2", "3"]
    assert "altered" in marks[2]["class"] and marks[2].get_text().endswith("is to be tested.")
    card = soup.select_one("section.quote.altered")
    assert card["id"] == "q3"
    quoted, original = card.select_one(".quoted p"), card.select_one(".original p")
    # the columns are the texts as written: punctuation kept, differences marked
    assert "proletariat. This is the touchstone" in quoted.get_text()
    assert "of the proletariat. That is what constitutes" in original.get_text()
    assert "is to" in [i.get_text() for i in quoted.find_all("ins")]
    assert any(d.get_text().endswith("(as well as big) bourgeois") for d in original.find_all("del"))
    assert "bourgeois. This is the touchstone" in original.get_text()
    assert card.select_one(".context mark").get_text().startswith("Only he is a Marxist")
    assert card.select_one("form.decide button[value=accept]")
    assert "eflux-comment.txt:22:104" in card.select_one(".where").get_text()


def test_filters_by_verdict_and_review(client, review_db):
    from bs4 import BeautifulSoup

    def numbers(query: str) -> list[str]:
        page = client.get(f"/check/{review_db[1]}?{query}").get_data(as_text=True)
        return [s["data-number"] for s in BeautifulSoup(page, "html.parser").select("section.quote")]

    assert numbers("") == ["1", "2", "3"]
    assert numbers("verdict=not_found") == ["1", "2"]
    assert numbers("verdict=altered&verdict=not_found") == ["1", "2", "3"]
    assert numbers("reviewed=yes") == []
    assert numbers("reviewed=no") == ["1", "2", "3"]


def test_quoting_works_are_ordered_by_year_with_their_wording(client, review_db):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get(f"/check/{review_db[2]}").get_data(as_text=True), "html.parser")
    verbatim = [s for s in soup.select("section.quote") if s["data-verdict"] == "verbatim"]
    assert len(verbatim) >= 2
    lists = [s.select("ol.quoting li") for s in soup.select("section.quote") if s.select("ol.quoting li")]
    assert lists, "a famous line is quoted by later works of the corpus"
    for items in lists:
        years = [int(li.find("b").get_text()) for li in items if li.find("b").get_text().isdigit()]
        assert years == sorted(years)
        assert any(li.select_one(".drift") for li in items)


def test_a_review_posted_is_stored_and_shown(client, review_db, tmp_path):
    path, eflux, _ = review_db
    db = open_db(path)
    [(quote_id,)] = db.execute(
        "SELECT id FROM quotes WHERE check_id = ? AND verdict = 'not_found' ORDER BY seq LIMIT 1", [eflux]
    ).fetchall()
    resp = client.post(
        f"/quote/{quote_id}/review",
        data={"decision": "reject", "note": "not Trotsky's words"},
        headers={"Accept": "application/json"},
    )
    assert resp.status_code == 200 and json.loads(resp.data)["decision"] == "reject"
    row = db.execute(
        "SELECT decision, note FROM reviews WHERE quote_id = ? ORDER BY id DESC", [quote_id]
    ).fetchone()
    assert row == ("reject", "not Trotsky's words")
    page = client.get(f"/check/{eflux}?reviewed=yes").get_data(as_text=True)
    assert "not Trotsky&#39;s words" in page and "rejected" in page
    assert client.post(f"/quote/{quote_id}/review", data={"decision": "maybe"}).status_code == 404
    forged = client.post(
        f"/quote/{quote_id}/review", data={"decision": "accept"}, headers={"Origin": "https://evil.example"}
    )
    assert forged.status_code == 403
    db.execute("DELETE FROM reviews WHERE quote_id = ?", [quote_id])
    db.conn.commit()
    db.close()


def test_nested_quotations_are_marked_once():
    quotes = [
        {"kind": "quotation", "start": 0, "end": 20, "number": 1, "verdict": "altered"},
        {"kind": "quotation", "start": 5, "end": 10, "number": 2, "verdict": "verbatim"},
    ]
    out = highlighted_document("a" * 25 + " <tag>", quotes)
    assert out.count('class="hl') == 1 and "&lt;tag&gt;" in out


def test_missing_check_is_a_404(client):
    assert client.get("/check/99999").status_code == 404


# -- in a real browser ---------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture()
def live_server(review_db):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, create_app(review_db[0]), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture()
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        reason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; .ci/run installs them")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _screenshot(driver, name: str, tmp_path: Path) -> None:
    """Every screenshot is taken (and must be a PNG); QUOTECHECK_SCREENSHOTS=docs keeps them."""
    target = tmp_path / name
    driver.save_screenshot(str(target))
    assert target.read_bytes().startswith(b"\x89PNG")
    keep = os.environ.get("QUOTECHECK_SCREENSHOTS")
    if keep:
        shutil.copy(target, Path(keep) / name)


def test_a_reviewer_accepts_a_quotation_with_a_note_in_the_browser(browser, live_server, review_db, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    path, eflux, mine = review_db
    browser.get(live_server + "/")
    _screenshot(browser, "serve-checks.png", tmp_path)
    browser.find_element(By.CSS_SELECTOR, f'a[href="/check/{eflux}"]').click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "section.quote"))
    body = browser.find_element(By.TAG_NAME, "body")
    for _ in range(3):  # j, j, j: down to quotation 3, the altered one
        body.send_keys("j")
    card = browser.find_element(By.CSS_SELECTOR, "section.quote.current")
    assert card.get_attribute("data-number") == "3"
    body.send_keys("n")  # the note field, then Enter accepts
    note = card.find_element(By.CSS_SELECTOR, "input[name=note]")
    note.send_keys("Lenin wrote 'should be tested'; the e-flux wording is altered", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: card.find_element(By.CSS_SELECTOR, ".saved").text == "saved")
    assert "accepted" in card.find_element(By.CSS_SELECTOR, ".review").text
    assert browser.find_element(By.ID, "reviewed-count").text == "1"
    browser.execute_script("window.scrollTo(0, 0)")
    _screenshot(browser, "serve-check.png", tmp_path)
    browser.execute_script("arguments[0].scrollIntoView()", card)
    _screenshot(browser, "serve-quotation.png", tmp_path)

    db = open_db(path)
    rows = db.execute(
        "SELECT r.decision, r.note, q.verdict FROM reviews r JOIN quotes q ON q.id = r.quote_id"
        " WHERE q.check_id = ?",
        [eflux],
    ).fetchall()
    db.close()
    assert rows == [("accept", "Lenin wrote 'should be tested'; the e-flux wording is altered", "altered")]

    browser.get(f"{live_server}/check/{mine}")  # a famous line, and the works that quote it
    quoting = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "ol.quoting"))
    browser.execute_script("arguments[0].closest('section').scrollIntoView()", quoting[0])
    _screenshot(browser, "serve-quoting-works.png", tmp_path)
