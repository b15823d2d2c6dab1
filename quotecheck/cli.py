"""The ``quotecheck`` command line: a thin layer over the library API.

Every command takes ``--db PATH`` (default ``$QUOTECHECK_DB`` or
``./quotes.db``), before or after the command's name; commands that only
read refuse a database that does not exist rather than build one. Colour
follows ``--color auto|always|never`` and ``NO_COLOR``. Input errors print
one line, ``quotecheck: error: ...``, and exit with status 2.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import warnings
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from dataclasses import asdict
from pathlib import Path

import click

from . import __version__
from . import corpus as corpus_api
from .config import MatchConfig, parse_setting, settings_table
from .errors import CheckInterrupted, QuotecheckError
from .records import Kind, Verdict
from .store.db import database_error, writable
from .store.works import work_sections, work_text

EXIT_USAGE = 2

DEFAULT_DB = "quotes.db"


def _resolve_db(ctx: click.Context, _param, value: Path | None) -> Path:
    """``--db`` after the command wins, then ``--db`` before it, then $QUOTECHECK_DB."""
    if value is not None:
        return value
    root = ctx.find_root()
    given = root.params.get("db_path") if root is not ctx else None
    return Path(given or os.environ.get("QUOTECHECK_DB") or DEFAULT_DB)


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    default=None,
    callback=_resolve_db,
    help=f"Database file (default $QUOTECHECK_DB or ./{DEFAULT_DB}); also accepted before the command.",
)
COLOR_CHOICES = ("auto", "always", "never")
color_option = click.option(
    "--color",
    "color",
    type=click.Choice(COLOR_CHOICES),
    default=None,
    help="Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.",
)


def _use_color(choice: str | None, output: Path | None = None) -> bool:
    """Whether to colour: --color after the command, then before it, then NO_COLOR, then a terminal."""
    if choice is None:
        choice = click.get_current_context().find_root().params.get("color") or "auto"
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return output is None and sys.stdout.isatty()


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
VERDICT_NAMES = [v.value for v in Verdict]


def _stderr_is_tty() -> bool:
    return sys.stderr.isatty()


@contextmanager
def progress_bar(total: int, label: str):
    """A progress bar on a terminal; nothing at all when stderr is piped."""
    if not _stderr_is_tty() or total <= 1:
        yield lambda _item=None: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True) as bar:
        yield lambda _item=None: bar.update(1)


def _warn(message: str) -> None:
    click.echo(f"quotecheck: warning: {message}", err=True)


def existing_db(db_path: Path):
    """Open a database that must already exist: commands that only read never create one."""
    if not db_path.exists():
        raise QuotecheckError(
            f"{db_path}: no such database (a 'check' or 'corpus add' creates one; or give --db PATH)"
        )
    return open_corpus_db(db_path)


def open_corpus_db(db_path: Path):
    """Open the database, building it from the shipped corpus (with a progress bar) if new."""
    with ExitStack() as stack:

        def factory(total: int) -> Callable[[str], None]:
            if _stderr_is_tty():
                click.echo(f"Building {db_path} from the shipped corpus ({total} works)...", err=True)
            return stack.enter_context(progress_bar(total, "indexing"))

        def notify(message: str) -> None:
            if _stderr_is_tty():
                click.echo(f"{db_path}: {message}", err=True)

        return corpus_api.open_corpus(db_path, progress_factory=factory, notify=notify)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Library warnings (a few undecodable bytes) as one ``quotecheck: warning:`` line."""
    _warn(str(message))


class QuotecheckGroup(click.Group):
    """Turns library errors into one-line messages and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            with warnings.catch_warnings():
                warnings.showwarning = _show_warning
                return super().invoke(ctx)
        except QuotecheckError as exc:
            click.echo(f"quotecheck: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except sqlite3.Error as exc:  # locked, read-only, full, damaged: one line, never a traceback
            click.echo(f"quotecheck: error: {database_error(exc)}", err=True)
            ctx.exit(EXIT_USAGE)
        except CheckInterrupted as exc:
            plural = "s" if exc.stored != 1 else ""
            click.echo(
                f"quotecheck: interrupted; {exc.stored} finished document{plural} stored, those in progress not",
                err=True,
            )
            ctx.exit(130)
        except KeyboardInterrupt:
            click.echo("quotecheck: interrupted; nothing was changed", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=QuotecheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotecheck")
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Database file for every command (default $QUOTECHECK_DB or ./{DEFAULT_DB}).",
)
@color_option
def main(db_path: Path | None, color: str | None) -> None:
    """Check quotations against a local corpus of public-domain works.

    Extract the quotations of a document, find where each really comes
    from, show what differs, and keep the results in SQLite. Review them in
    a browser with 'quotecheck serve'.

    \b
    Example: quotecheck check article.md && quotecheck serve
    """


@main.group(cls=QuotecheckGroup)
def corpus() -> None:
    """Add, list, show and remove the source works quotations are checked against.

    \b
    Example: quotecheck corpus add gutenberg:1342 --year 1813
    """


@corpus.command("add")
@click.argument("sources", nargs=-1, required=True)
@click.option("--title", help="Title to record (overrides what the file says).")
@click.option("--author", help="Author to record.")
@click.option("--year", type=int, help="Year of first publication (used to prefer originals).")
@click.option(
    "--contents",
    is_flag=True,
    help="Each HTML page is a table of contents: add the chapter pages it links to "
    "(same directory, in order) as one work.",
)
@db_option
def corpus_add(sources: tuple[str, ...], title, author, year, contents: bool, db_path: Path) -> None:
    """Add files, directories, globs or URLs (.txt, .txt.gz, .md, .html, .docx, .pdf, .epub),
    Project Gutenberg books as gutenberg:N and Wikisource pages by address.

    Project Gutenberg licence headers and footers are removed and the title,
    author and language are read from the header. The whole call is one
    transaction: on any error nothing is added. Books and pages are fetched
    from $QUOTECHECK_GUTENBERG_MIRROR and $QUOTECHECK_WIKISOURCE_MIRROR when set.

    \b
    Example: quotecheck corpus add books/*.txt gutenberg:1342 --year 1813
    """
    db = open_corpus_db(db_path)
    files = sum(1 for _ in corpus_api.expand_inputs(sources))
    with progress_bar(files, "adding") as tick:
        result = corpus_api.add_paths(
            db,
            sources,
            title=title,
            author=author,
            year=year,
            contents=contents,
            progress=tick,
            warn=_warn,
        )
    for work in result.added:
        click.echo(
            f"added {work.id}: {work.title}"
            + (f" by {work.author}" if work.author else "")
            + f" ({work.chars:,} chars)"
        )
    for source, work in result.duplicates:
        click.echo(f"already in the corpus: {source} is work {work.id} ({work.title}); nothing added")
    if not result.added and not result.duplicates:
        raise QuotecheckError("nothing was added")


@corpus.command("list")
@format_option
@db_option
def corpus_list(fmt: str, db_path: Path) -> None:
    """List the works in the corpus.

    \b
    Example: quotecheck corpus list --format json
    """
    db = existing_db(db_path)
    works = corpus_api.list_works(db)
    if fmt == "json":
        keys = ("id", "title", "author", "year", "language", "source", "chars")
        click.echo(
            json.dumps([{k: getattr(w, k) for k in keys} for w in works], ensure_ascii=False, indent=2)
        )
        return
    for w in works:
        year = f" ({w.year})" if w.year else ""
        click.echo(f"{w.id:>4}  {w.title}{year} — {w.author or 'unknown author'}  [{w.chars:,} chars]")


@corpus.command("show")
@click.argument("work_id", type=int)
@format_option
@db_option
def corpus_show(work_id: int, fmt: str, db_path: Path) -> None:
    """Show a work's metadata and its sections.

    \b
    Example: quotecheck corpus show 38
    """
    db = existing_db(db_path)
    work = corpus_api.get_work(db, work_id)
    sections = work_sections(db, work_id)
    if fmt == "json":
        click.echo(json.dumps({**asdict(work), "sections": sections}, ensure_ascii=False, indent=2))
        return
    for key, value in asdict(work).items():
        if value is not None:
            click.echo(f"{key:>13}: {value}")
    click.echo(f"{'sections':>13}: {len(sections)}")
    for s in sections[:200]:
        click.echo(f"{'':>15}{s['start']:>9}  {s['heading']}")
    opening = work_text(db, work_id, 0, 300).strip()
    click.echo(f"{'opening':>13}: " + " ".join(opening.split())[:200])


@corpus.command("remove")
@click.argument("work_ids", type=int, nargs=-1, required=True)
@db_option
def corpus_remove(work_ids: tuple[int, ...], db_path: Path) -> None:
    """Remove works (and their index entries) by id.

    \b
    Example: quotecheck corpus remove 78 79
    """
    db = existing_db(db_path)
    for work_id in work_ids:
        work = corpus_api.remove_work(db, work_id)
        click.echo(f"removed {work.id}: {work.title}")


@corpus.command("stats")
@format_option
@db_option
def corpus_stats(fmt: str, db_path: Path) -> None:
    """Works, characters and the size of the text and its index.

    \b
    Example: quotecheck corpus stats --format json
    """
    db = existing_db(db_path)
    stats = corpus_api.corpus_stats(db, db_path)
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2))
        return
    for key, value in stats.items():
        click.echo(f"{key:>15}: {value:,}")


def _verdict_set(values: tuple[str, ...]) -> set[str]:
    """Verdicts given as repeated options or comma-separated lists."""
    chosen = {v.strip() for value in values for v in value.split(",") if v.strip()}
    unknown = chosen - set(VERDICT_NAMES)
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {', '.join(sorted(unknown))}; choose from {', '.join(VERDICT_NAMES)}"
        )
    return chosen


def _emit(text: str, output: Path | None, color: bool = False) -> None:
    if output is None:
        click.echo(text, nl=False, color=color or None)  # click strips colour off a terminal
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise QuotecheckError(f"{output}: cannot write ({exc.strerror})") from exc


def _check_output(output: Path | None) -> None:
    """Refuse an --output that cannot be written before any matching or storing."""
    if output is None:
        return
    folder = output.parent
    if output.is_dir():
        raise QuotecheckError(f"{output}: cannot write the report (is a directory)")
    if not folder.is_dir():
        raise QuotecheckError(f"{output}: cannot write the report (no such folder {folder})")
    if not os.access(output if output.exists() else folder, os.W_OK):
        raise QuotecheckError(f"{output}: cannot write the report (permission denied)")


def _documents_in(source: str) -> list[str]:
    from .io.document import is_url

    if source == "-" or is_url(source) or not Path(source).is_dir():
        return [source]
    files = sorted(
        str(f)
        for f in Path(source).rglob("*")
        if f.is_file() and f.name.lower().endswith(corpus_api.SUPPORTED_SUFFIXES)
    )
    if not files:
        raise QuotecheckError(f"{source}: no .txt, .md or .html documents in this directory")
    return files


report_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "md", "html", "csv"]),
    default="text",
    show_default=True,
    help="Report format (json: the stable contract in the README).",
)
output_option = click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE."
)


def _render_many(reports: list[dict], fmt: str, color: bool, quiet: bool = False, text_of=None) -> str:
    from .report.render import render

    if fmt == "json" and len(reports) != 1:
        return json.dumps(reports, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv" and len(reports) > 1:
        first, *rest = (render(r, "csv") for r in reports)
        return first + "".join(r.split("\n", 1)[1] for r in rest)
    joiner = "" if quiet else "\n"
    return joiner.join(render(r, fmt, color=color, quiet=quiet, text_of=text_of) for r in reports)


def _config(settings: tuple[str, ...]) -> MatchConfig:
    config = MatchConfig()
    for assignment in settings:
        try:
            config = parse_setting(config, assignment)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--set") from None
    return config


def _checker(db_path: Path, *, read_only: bool = False, **kwargs):
    from .checker import Checker

    return Checker(existing_db(db_path) if read_only else open_corpus_db(db_path), **kwargs)


def _annotated(result, doc) -> dict:
    """A fresh check's report with numbers and file:line:col (in the original file)."""
    from .report.view import annotate
    from .serve.data import original_text

    return annotate(result.to_json(), text=doc.text, raw=original_text(doc.source, doc.format))


def _numbered(db, result) -> dict:
    """A stored check's report with its quotations numbered 1…N and located as file:line:col."""
    from .serve.data import load_report

    return load_report(db, result.check_id)


def _check_sources(sources: tuple[str, ...]) -> list[str]:
    return [item for source in sources for item in _documents_in(source)]


def _check_all(checker, items: list[str], *, quiet: bool, store: bool = True) -> list[dict]:
    """Check each document (a bad one is skipped with a warning when there are several)."""
    from .io.document import load_document

    reports = []
    bars = not quiet
    with progress_bar(len(items) if bars else 0, "checking") as tick:
        for item in items:
            try:
                doc = load_document(item)
            except QuotecheckError as exc:
                if len(items) == 1:
                    raise
                _warn(f"skipped {exc}")
                continue
            with ExitStack() as stack:
                # one document: a bar over its quotations (a book can hold thousands)
                per_quote = (
                    (lambda total: stack.enter_context(progress_bar(total, "matching")))
                    if len(items) == 1 and bars
                    else None
                )
                reports.append(_annotated(checker.check_document(doc, store=store, progress=per_quote), doc))
            tick()
    return reports


# -- check on every core, or as a Spark job (issue 15): the logic is in parallel.py and spark/ --


def _engine_options(command):
    """``--jobs``, ``--engine``, ``--master``, ``--progress`` of ``check``."""
    for option in reversed(
        [
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(1),
                default=None,
                help="Worker processes matching at once (default: the cores available).",
            ),
            click.option(
                "--engine",
                type=click.Choice(["local", "spark"]),
                default="local",
                show_default=True,
                help="spark: run the check as a PySpark job (pip install 'quotecheck[spark]').",
            ),
            click.option(
                "--master",
                default="local[*]",
                show_default=True,
                help="Spark master URL, with --engine spark (e.g. local[2]).",
            ),
            click.option(
                "--progress",
                "show_progress",
                is_flag=True,
                help="Print a progress line on stderr every few seconds even when it is not a terminal.",
            ),
        ]
    ):
        command = option(command)
    return command


def _run_spark_check(sources, db_path: Path, config, min_words, master, show_progress, output):
    """The stored checks in input order; None when the Spark job wrote them to Parquet instead."""
    from .spark import run_spark_check

    return run_spark_check(
        sources, db_path, master=master, config=config, min_words=min_words, output=output,
        show_progress=show_progress, warn=_warn, open_db=open_corpus_db,
    )


@main.command("load")
@click.argument("parquet", type=click.Path(exists=True, path_type=Path))
@db_option
def load_cmd(parquet: Path, db_path: Path) -> None:
    """Store the results of a Spark check (--output results.parquet) in the database.

    Example: quotecheck load results.parquet
    """
    from .spark.rows import load_parquet

    stored = load_parquet(open_corpus_db(db_path), parquet)
    quotes = sum(len(r.quotes) for r in stored)
    ids = f" (checks {stored[0].check_id}-{stored[-1].check_id})" if stored else ""
    click.echo(f"loaded {len(stored)} checks, {quotes} quoted spans{ids} into {db_path}")


# -- end of issue 15's block --


@main.command("check")
@click.argument("sources", nargs=-1, required=True, metavar="FILE|DIR|URL|-|DOCS.jsonl...")
@report_format_option
@output_option
@click.option(
    "--fail-on",
    "fail_on",
    metavar="VERDICTS",
    multiple=True,
    help=f"Exit with status 1 if any quotation gets one of these verdicts (comma-separated: {', '.join(VERDICT_NAMES)}).",
)
@click.option(
    "--quiet", "-q", is_flag=True, help="Print only the quotations with problems (not verbatim), no summary."
)
@click.option(
    "--min-words", type=click.IntRange(1), default=3, show_default=True, help="Skip shorter quotations."
)
@click.option(
    "--set",
    "settings",
    metavar="NAME=VALUE",
    multiple=True,
    help="Change a matcher setting for this check (see 'quotecheck settings'), e.g. --set altered_min_score=55.",
)
@color_option
@click.option(
    "--no-store", is_flag=True, help="Do not store the check (automatic when the database is read-only)."
)
@_engine_options
@db_option
def check_cmd(
    sources: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on,
    quiet: bool,
    min_words: int,
    settings,
    color: str | None,
    no_store: bool,
    db_path: Path,
    jobs,
    engine,
    master,
    show_progress,
) -> None:
    """Check every quotation in each FILE, DIR, URL, - (stdin) or JSON-lines file of documents.

    Extracts the quotations (of .txt, .md, .html, .docx, .pdf, .epub),
    finds where each really comes from in the corpus, and stores the
    results in input order, on every core (see 'quotecheck history' and
    'quotecheck serve'). A .jsonl file holds one document a line,
    {"source": ..., "text": ...}. Quotations are numbered 1..N within each
    check and located as file:line:col. Exit status: 0, or 1 with --fail-on
    when a listed verdict occurs; 2 on bad input.

    \b
    Example: quotecheck check article.md notes.txt --fail-on misattributed,not_found
    """
    failing = _verdict_set(fail_on)
    if engine == "spark":
        results = _run_spark_check(sources, db_path, _config(settings), min_words, master, show_progress, output)
        if results is None:
            return  # written to Parquet
        checker = _checker(db_path, read_only=True)
        reports = [_numbered(checker.db, r) for r in results]
    else:
        _check_output(output)
        if output is not None and output.suffix == ".parquet":
            raise QuotecheckError(f"{output}: Parquet output needs --engine spark")
        checker = _checker(db_path, config=_config(settings), min_words=min_words)
        store = not no_store and writable(checker.db)
        if not no_store and not store:
            _warn(f"{db_path} is read-only: checking without storing (--no-store)")
        if store:
            from .parallel import run_check

            results = run_check(sources, checker, db_path, jobs=jobs, show_progress=show_progress, warn=_warn)
            reports = [_numbered(checker.db, r) for r in results]
        else:
            reports = _check_all(checker, _check_sources(sources), quiet=quiet, store=False)
    if not reports:
        raise QuotecheckError(f"{', '.join(sources)}: no document could be checked")
    from .serve.data import text_of

    colored = _use_color(color, output)
    _emit(_render_many(reports, fmt, colored, quiet, text_of(checker.db)), output, colored)
    if failing and any(r["summary"].get(v, 0) for r in reports for v in failing):
        sys.exit(1)


@main.command("settings")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
def settings_cmd(fmt: str) -> None:
    """List the matcher's settings with their values and reasons (change one with check --set).

    \b
    Example: quotecheck settings --format md
    """
    from dataclasses import asdict, fields

    if fmt == "md":
        click.echo(settings_table(), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(asdict(MatchConfig()), indent=2))
    else:
        for f in fields(MatchConfig):
            click.echo(f"{f.name} = {getattr(MatchConfig(), f.name)}\n    {f.metadata['doc']}")


@main.command("history")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@format_option
@db_option
def history_cmd(limit: int, fmt: str, db_path: Path) -> None:
    """List past checks, newest first.

    \b
    Example: quotecheck history --limit 5
    """
    checks = _checker(db_path, read_only=True).history(limit)
    if fmt == "json":
        click.echo(json.dumps(checks, ensure_ascii=False, indent=2))
        return
    if not checks:
        click.echo("no checks yet")
    for c in checks:
        counts = ", ".join(f"{n} {v}" for v, n in c["summary"].items() if n)
        click.echo(
            f"{c['id']:>5}  {c['created_at']}  {c['source']}  — {c['quotations']} quotations: {counts or 'none'}"
        )


@main.command("report")
@click.argument("check_id", type=int, required=False)
@click.option("--latest", is_flag=True, help="The most recent check.")
@report_format_option
@output_option
@click.option(
    "--verdict",
    "verdicts",
    multiple=True,
    help=f"Only quotations with these verdicts (comma-separated: {', '.join(VERDICT_NAMES)}).",
)
@click.option("--unreviewed", is_flag=True, help="Only quotations nobody has reviewed yet.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the quotations with problems, no summary.")
@color_option
@db_option
def report_cmd(check_id, latest, fmt, output, verdicts, unreviewed, quiet, color, db_path: Path) -> None:
    """Show a stored check again (without matching again).

    \b
    Example: quotecheck report --latest --verdict altered,misattributed --format md
    """
    from .report.view import select
    from .serve.data import load_report, text_of

    if check_id is None and not latest:
        raise click.UsageError("give a CHECK_ID or --latest")
    chosen = _verdict_set(verdicts) or None
    db = existing_db(db_path)
    report = select(load_report(db, check_id), chosen, unreviewed)
    colored = _use_color(color, output)
    _emit(_render_many([report], fmt, colored, quiet, text_of(db)), output, colored)


@main.command("review")
@click.argument("quote", metavar="QUOTE")
@click.argument("decision", type=click.Choice(["accept", "reject"]))
@click.option("--note", help="Why (kept with the decision, shown in every report format).")
@db_option
def review_cmd(quote: str, decision: str, note: str | None, db_path: Path) -> None:
    """Record a reviewer's decision on a checked quotation: QUOTE is CHECK:N (quotation N of
    a check, as reports number them) or the quotation's id (JSON "id").

    \b
    Example: quotecheck review 12:3 accept --note "checked against the 1918 edition"
    """
    from .serve.data import quote_id_of

    checker = _checker(db_path, read_only=True)
    quote_id = quote_id_of(checker.db, quote)
    review = checker.review(quote_id, decision, note)
    click.echo(f"quotation {quote} (id {quote_id}): {review.decision}ed at {review.created_at}")


@main.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (only this machine by default).",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@db_option
def serve_cmd(host: str, port: int, db_path: Path) -> None:
    """Review stored checks in a browser: each check's document with its quotations
    highlighted, the quotation and the source side by side, and accept/reject with a
    note (saved at once; keys j/k, a, r, n).

    \b
    Example: quotecheck serve --port 8765   # then open http://127.0.0.1:8765/
    """
    from .serve.app import serve

    existing_db(db_path).close()
    click.echo(f"quotecheck: reviewing {db_path} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    try:
        serve(db_path, host, port)
    except KeyboardInterrupt:  # reviews were saved as they were made
        click.echo("quotecheck: stopped", err=True)


@main.command("datasette-metadata")
@output_option
@db_option
def datasette_metadata_cmd(output: Path | None, db_path: Path) -> None:
    """Print Datasette metadata for the database: table and column descriptions, labels for
    foreign keys, and canned queries that search the corpus text and spell out JSON columns.

    \b
    Example: quotecheck datasette-metadata -o metadata.json && datasette quotes.db -m metadata.json
    """
    from .report.datasette import metadata

    _emit(json.dumps(metadata(db_path.stem), ensure_ascii=False, indent=2) + "\n", output)


@main.command("extract")
@click.argument("source")
@format_option
@db_option
def extract_cmd(source: str, fmt: str, db_path: Path) -> None:
    """Find the quotations in FILE, URL or - (stdin), with who and what they are attributed to.

    Each quoted span is a quotation (to verify), a title (of a work) or a
    scare quote. Offsets are into the document's plain text. When the
    database exists, its catalogue is read too, as 'check' does, so a cue
    naming a corpus title ("in *Walden*") credits its author; the database
    is never built or changed here.

    \b
    Example: quotecheck extract article.html --format json
    """
    from .extract import extract_document
    from .io.document import load_document

    doc = load_document(source)
    quotes = _checker(db_path, read_only=True).extract(doc) if db_path.exists() else extract_document(doc)
    if fmt == "json":
        payload = {
            "document": {"source": doc.source, "chars": len(doc.text)},
            "quotes": [q.to_json() for q in quotes],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    counts = {kind: sum(q.kind == kind for q in quotes) for kind in Kind}
    click.echo(
        f"{doc.source}: {len(doc.text):,} chars, {counts[Kind.QUOTATION]} quotations, "
        f"{counts[Kind.TITLE]} titles, {counts[Kind.SCARE]} scare quotes"
    )
    for n, q in enumerate(quotes, 1):
        _echo_quote(n, q)


def _echo_quote(n: int, q) -> None:
    flags = "".join(
        [
            " block" if q.block else "",
            f" nested({q.depth})" if q.depth else "",
            "" if q.terminated else " unterminated",
        ]
    )
    where = f"line {q.line}:{q.column}  " if q.line is not None else ""
    form = f" {q.form}" if q.form else ""
    click.echo(f"\n[{n}] {q.kind}{form}{flags}  {where}chars {q.start}-{q.end}")
    shown = " ".join(q.text.split())
    click.echo(f"    “{shown[:300]}{'…' if len(shown) > 300 else ''}”")
    if q.kind != Kind.QUOTATION:
        return
    if len(q.segments) > 1:
        click.echo(f"    segments: {len(q.segments)} (omissions marked)")
    for ins in q.insertions:
        click.echo(f"    insertion: [{ins.text}]" + (" (sic)" if ins.sic else ""))
    speaker = f"   speaker: {q.speaker}" if q.speaker else ""
    click.echo(f"    author: {q.claimed_author or '-'}   work: {q.claimed_work or '-'}{speaker}")
    if q.cue:
        click.echo(f"    cue: {q.cue}")
