"""The review application: Flask over the database, every page rendered on the server.

Flask because it is the most widely used and best-kept small Python web
framework (Pallets), brings Jinja2 (which the static HTML report already
uses, so both share one set of templates) and Werkzeug's threaded server, and
needs nothing at run time beyond the package: pages carry their CSS and
script inline, so the application works offline. One database connection is
opened per request (SQLite connections are per thread).
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlparse

import flask

from ..errors import QuotecheckError
from ..report.html import CSS, environment, prepare
from ..report.view import PROBLEMS, select
from ..store import checks as check_store
from ..store.db import open_db
from .data import document_text, load_report, text_of

__all__ = ["create_app"]

TEMPLATES = Path(__file__).parent / "templates"
VERDICT_NAMES = ("verbatim", *PROBLEMS)


def _db():
    if "db" not in flask.g:
        flask.g.db = open_db(flask.current_app.config["QUOTECHECK_DB"], create=False)
    return flask.g.db


def highlighted_document(text: str, quotes: list[dict]) -> str:
    """The document's text with each quotation marked in place and linked to its card."""
    out, pos = [], 0
    for q in sorted((q for q in quotes if q["kind"] == "quotation"), key=lambda q: q["start"]):
        if q["start"] < pos:  # a quotation nested in one already marked
            continue
        verdict = q["verdict"] or "unchecked"
        out.append(html.escape(text[pos : q["start"]]))
        out.append(
            f'<a class="hl {verdict}" href="#q{q["number"]}" data-number="{q["number"]}" '
            f'title="#{q["number"]} {verdict}"><sup>{q["number"]}</sup>'
            f"{html.escape(text[q['start'] : q['end']])}</a>"
        )
        pos = q["end"]
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _check_page(check_id: int):
    db = _db()
    report = load_report(db, check_id)
    verdicts = {v for v in flask.request.args.getlist("verdict") if v in VERDICT_NAMES}
    reviewed = flask.request.args.get("reviewed", "")
    shown = select(report, verdicts or None, unreviewed=reviewed == "no")
    if reviewed == "yes":
        shown = {**shown, "quotes": [q for q in shown["quotes"] if q.get("review")]}
    _source, _fmt, text = document_text(db, check_id)
    quotations = [q for q in report["quotes"] if q["kind"] == "quotation"]
    return flask.render_template(
        "check.html",
        css=CSS,
        report=prepare(shown, text_of(db)),
        document=highlighted_document(text, quotations),
        total=len(quotations),
        reviewed_count=sum(1 for q in quotations if q.get("review")),
        verdicts=verdicts,
        reviewed=reviewed,
        verdict_names=VERDICT_NAMES,
    )


def create_app(db_path: str | Path) -> flask.Flask:
    """The application over the database at ``db_path`` (which must exist)."""
    app = flask.Flask(__name__, static_folder=None)
    app.config["QUOTECHECK_DB"] = str(db_path)
    app.jinja_env.loader = environment(TEMPLATES).loader
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True

    @app.teardown_appcontext
    def _close(_exc) -> None:
        db = flask.g.pop("db", None)
        if db is not None:
            db.close()

    @app.errorhandler(QuotecheckError)
    def _not_found(exc):
        return flask.render_template("error.html", css=CSS, message=str(exc)), 404

    @app.get("/")
    def index():
        db = _db()
        checks = check_store.list_checks(db)
        reviewed = check_store.reviewed_counts(db)
        return flask.render_template("index.html", css=CSS, checks=checks, reviewed=reviewed)

    @app.get("/check/<int:check_id>")
    def check(check_id: int):
        return _check_page(check_id)

    @app.post("/quote/<int:quote_id>/review")
    def review(quote_id: int):
        origin = flask.request.headers.get("Origin")
        if origin and urlparse(origin).netloc != flask.request.host:  # another site's page posting here
            flask.abort(403)
        form = flask.request.form
        note = (form.get("note") or "").strip() or None
        decided = check_store.record_review(_db(), quote_id, form.get("decision", ""), note)
        payload = {"quote_id": quote_id, "decision": str(decided.decision), "note": note}
        if flask.request.accept_mimetypes.best == "application/json":
            return flask.jsonify({**payload, "created_at": decided.created_at})
        check_id = check_store.check_of_quote(_db(), quote_id)
        return flask.redirect(flask.url_for("check", check_id=check_id) + f"#quote-{quote_id}")

    return app


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Run the application until interrupted. Werkzeug's threaded server is enough for a
    reviewer on this machine; its warning about production and its request log are kept quiet."""
    import logging

    from werkzeug.serving import run_simple

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    run_simple(host, port, create_app(db_path), threaded=True)
