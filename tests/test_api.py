"""The Python entry point, the README that documents it, and the shape of the package."""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest

from quotecheck import Checker, MatchConfig, Verdict
from quotecheck.config import parse_setting, settings_table
from quotecheck.records import CheckResult, Kind

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def checker(shipped_db_path) -> Checker:
    return Checker(shipped_db_path)


def test_the_readme_snippet_runs_as_written(shipped_db_path, tmp_path, monkeypatch):
    snippet = re.search(r"## Python API.*?```python\n(.*?)```", README, re.S).group(1)
    shutil.copy(shipped_db_path, tmp_path / "quotes.db")
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "eflux-comment.txt", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(snippet, "README.md", "exec"), {})


def test_match_stores_nothing_and_check_text_without_storing(checker):
    before = checker.history(None)
    m = checker.match("Methinks the lady doth protest too much", author="Shakespeare")
    assert m.verdict is Verdict.ALTERED and m.source.title.startswith("Hamlet")
    result = checker.check(text="As Hamlet says, “to be, or not to be, that is the question.”", store=False)
    assert isinstance(result, CheckResult) and result.check_id is None
    [q] = [q for q in result.quotes if q.quote.kind is Kind.QUOTATION]
    assert q.verdict is Verdict.VERBATIM and q.source.title.startswith("Hamlet")
    assert q.context and "⟦" in q.context
    assert checker.history(None) == before


def test_a_stored_check_reads_back_as_the_same_record(checker):
    stored = checker.check(ROOT / "examples" / "eflux-comment.txt")
    again = checker.report(stored.check_id)
    assert again.to_json() == stored.to_json()
    assert json.loads(json.dumps(again.to_json()))["summary"]["altered"] == 1


def test_settings_change_verdicts_without_editing_source(shipped_db_path):
    strict = Checker(shipped_db_path, config=MatchConfig(altered_min_score=95.0, claimed_min_score=95.0))
    m = strict.match("Methinks the lady doth protest too much", author="Shakespeare")
    assert m.verdict is not Verdict.ALTERED
    assert parse_setting(MatchConfig(), "max_judged=3").max_judged == 3
    with pytest.raises(ValueError):
        parse_setting(MatchConfig(), "no_such_setting=1")


def test_every_setting_is_documented_and_the_readme_table_is_current():
    for f in dataclasses.fields(MatchConfig):
        assert len(f.metadata.get("doc", "")) > 20, f.name
    table = README.split("<!-- settings:start -->\n", 1)[1].split("<!-- settings:end -->", 1)[0]
    assert table == settings_table(), "regenerate with: quotecheck settings --format md"
    named = set(
        re.findall(
            r"`([a-z]+(?:_[a-z]+)+)`",
            README.split("## How verdicts are decided", 1)[1].split("## Settings")[0],
        )
    )
    unknown = {n for n in named if n not in {f.name for f in dataclasses.fields(MatchConfig)}}
    assert not unknown - {"quoted_in", "attributed_to", "not_found"}, unknown


def test_no_class_over_300_lines_and_no_function_over_80():
    too_long = []
    for path in sorted((ROOT / "quotecheck").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                continue
            size = node.end_lineno - node.lineno + 1
            if size > (300 if isinstance(node, ast.ClassDef) else 80):
                too_long.append(f"{path.relative_to(ROOT)}:{node.name} ({size} lines)")
    assert not too_long
