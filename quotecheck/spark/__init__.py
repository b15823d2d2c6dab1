"""The check as a PySpark job: documents partitioned across executors, the corpus shipped to each.

    quotecheck check --engine spark --master local[2] DIR [--output results.parquet]
    spark-submit --master local[2] quotecheck/spark/job.py --db quotes.db --output results.parquet DIR

The driver reads the documents (files, directories, URLs, JSON-lines) as a
plain check does and spreads them over ``partitions_per_core`` partitions a
core; the corpus database is shipped with ``SparkContext.addFile`` and each
executor opens its copy read-only; the existing stages run inside
``mapInPandas`` (:mod:`.executor`), giving one row per quoted span
(:mod:`.rows`). Those rows are written as Parquet (loaded into ``quotes.db``
later with ``quotecheck load``) or brought back to the driver, which stores
them in input order like a plain check. Nothing is fetched when the job
starts: pyspark's own jars only, no ``--packages``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..config import MatchConfig
from ..errors import QuotecheckError
from ..parallel import expand_inputs, iter_documents
from ..records import CheckResult

__all__ = ["SparkSettings", "start_session", "check_frame", "run_spark_check"]


@dataclass(frozen=True)
class SparkSettings:
    """How the job is cut; none of it changes a result."""

    #: Document partitions per core: documents differ in length (one may hold
    #: hundreds of quotations), so several partitions a core even out the load.
    partitions_per_core: int = 4


def _pyspark():
    try:
        import pyspark
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise QuotecheckError("--engine spark needs pyspark: pip install 'quotecheck[spark]'") from exc
    return pyspark, SparkSession


def start_session(master: str | None = None, app_name: str = "quotecheck"):
    """A Spark session (the active one if there is one): no UI, Arrow on, this Python on the executors."""
    _, spark_session = _pyspark()
    # executors run this interpreter (the one quotecheck is installed in)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # no network needed, none looked up
    builder = spark_session.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
    # Spark's stage bar only where someone watches it
    builder = builder.config("spark.ui.showConsoleProgress", str(sys.stderr.isatty()).lower())
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.log.level", "ERROR")
        .getOrCreate()
    )
    return spark


def check_frame(
    spark,
    documents: Sequence[tuple[int, Any]],
    db_path: str | Path,
    *,
    config: MatchConfig,
    min_words: int,
    settings: SparkSettings | None = None,
):
    """A DataFrame of result rows (:data:`.rows.COLUMNS`) for ``(index, Document)`` pairs."""
    from .executor import DOCUMENT_DDL, check_batches, document_row
    from .rows import SCHEMA_DDL

    settings = settings or SparkSettings()
    db_path = Path(db_path).resolve()
    spark.sparkContext.addFile(str(db_path))
    rows = [document_row(i, doc) for i, doc in documents]
    slices = max(1, min(len(rows), spark.sparkContext.defaultParallelism * settings.partitions_per_core))
    # dealt round-robin, so that each slice gets long and short documents alike
    dealt = [rows[j] for k in range(slices) for j in range(k, len(rows), slices)]
    frame = spark.createDataFrame(spark.sparkContext.parallelize(dealt, slices), DOCUMENT_DDL)
    config_json = json.dumps(asdict(config))

    def run(batches):
        return check_batches(batches, db_path.name, config_json, min_words)

    return frame.mapInPandas(run, SCHEMA_DDL)


def run_spark_check(
    sources: Sequence[str],
    db_path: Path,
    *,
    master: str | None,
    config: MatchConfig,
    min_words: int,
    output: Path | None,
    show_progress: bool,
    warn: Callable[[str], None],
    open_db: Callable[[Path], Any],
) -> list[CheckResult] | None:
    """``check --engine spark``: stored checks in input order, or None when written to Parquet."""
    from .rows import store_rows

    db = open_db(db_path)  # built or brought up to date here, before it is shipped
    items = expand_inputs(sources)
    documents = list(iter_documents(items, warn))
    if not documents:
        raise QuotecheckError(f"{', '.join(sources)}: no document could be checked")
    spark = start_session(master)
    try:
        frame = check_frame(spark, documents, db_path, config=config, min_words=min_words)
        if output is not None and output.suffix == ".parquet":
            frame.write.mode("overwrite").parquet(str(output))
            if show_progress or sys.stderr.isatty():
                sys.stderr.write(f"quotecheck: {len(documents)} documents checked into {output}\n")
            return None
        # sorted here: orderBy would run the whole job twice (once to sample the keys)
        rows = sorted((row.asDict() for row in frame.collect()), key=_row_order)
    finally:
        spark.stop()
    return store_rows(db, rows)


def _row_order(row: dict[str, Any]) -> tuple[int, int]:
    return row["doc_index"], -1 if row["seq"] is None else row["seq"]
