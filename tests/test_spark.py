"""The check as a Spark job in local mode (issue 15): the same results as a plain check, via Parquet.

One small job (a few documents on local[2]): Spark's start costs ~10 s.
Skipped where pyspark or Java is missing; CI installs '.[test,spark]'.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import main

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
DOCS = [
    ROOT / "examples" / "eflux-comment.txt",
    ROOT / "bench" / "data" / "realdocs" / "b" / "docs" / "b09-jfk-inaugural-wikisource.html",
    ROOT / "bench" / "data" / "realdocs" / "a" / "docs" / "a07-root-of-evil-misquote.txt",
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def comparable(report: dict) -> dict:
    return {
        **{k: v for k, v in report.items() if k not in ("check_id", "created_at")},
        "quotes": [{k: v for k, v in q.items() if k != "id"} for q in report["quotes"]],
    }


def test_spark_job_parquet_loads_into_the_same_checks_as_a_plain_check(shipped_db_path, tmp_path):
    jsonl = tmp_path / "posts.jsonl"
    jsonl.write_text(
        json.dumps({"source": "post", "text": 'Shylock asks, "If you prick us, do we not bleed?"'}) + "\n"
        + json.dumps({"source": "no-quotes", "text": "Nothing quoted here at all."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    sources = [*map(str, DOCS), str(jsonl)]
    plain_db, spark_db = tmp_path / "plain.db", tmp_path / "spark.db"
    shutil.copy(shipped_db_path, plain_db)
    shutil.copy(shipped_db_path, spark_db)
    plain = run("check", *sources, "--jobs", "1", "--format", "json", "--db", str(plain_db))
    assert plain.exit_code == 0, plain.output
    out = tmp_path / "results.parquet"
    spark = run(
        "check", *sources, "--engine", "spark", "--master", "local[2]", "--output", str(out),
        "--db", str(spark_db),
    )  # fmt: skip
    assert spark.exit_code == 0, spark.output

    table = pq.read_table(out).to_pylist()
    expected = json.loads(plain.stdout)
    spans = sum(len(r["quotes"]) for r in expected)
    assert len(table) == spans + 1  # one row per quoted span, one for the document without any
    shylock = [r for r in table if r["source"] == "post"]
    assert [(r["verdict"], r["match_title"]) for r in shylock] == [("verbatim", "The Merchant of Venice")]

    loaded = run("load", str(out), "--db", str(spark_db))
    assert loaded.exit_code == 0 and f"loaded {len(sources) + 1} checks" in loaded.output
    history = json.loads(run("history", "--limit", str(len(expected)), "--format", "json", "--db", str(spark_db)).stdout)
    reports = [json.loads(run("report", str(c["id"]), "--format", "json", "--db", str(spark_db)).stdout)
               for c in reversed(history)]  # fmt: skip
    assert [comparable(r) for r in reports] == [comparable(r) for r in expected]
