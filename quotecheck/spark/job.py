"""The check as a ``spark-submit`` job, writing Parquet (one row per quoted span).

    spark-submit --master local[2] "$(python -c 'import quotecheck.spark.job as j; print(j.__file__)')" \\
        --db quotes.db --output results.parquet DOCS.jsonl [DIR ...]
    quotecheck load results.parquet        # into quotes.db, in input order

Also ``python -m quotecheck.spark.job --master local[2] ...`` without
spark-submit. The executors import the installed quotecheck: on a cluster,
install it on every node or pass it with ``--py-files`` (a wheel or zip).
The database must exist (``quotecheck corpus stats --db quotes.db`` builds it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quotecheck.config import MatchConfig, parse_setting
from quotecheck.errors import QuotecheckError
from quotecheck.parallel import expand_inputs, iter_documents
from quotecheck.spark import check_frame, start_session
from quotecheck.store.db import open_db


def _warn(message: str) -> None:
    print(f"quotecheck: warning: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quotecheck.spark.job", description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="+", help="files, directories, URLs or .jsonl files of documents")
    parser.add_argument("--db", type=Path, required=True, help="the corpus database (shipped to each executor)")
    parser.add_argument("--output", type=Path, required=True, help="where to write the Parquet results")
    parser.add_argument("--master", help="Spark master (spark-submit's --master otherwise)")
    parser.add_argument("--min-words", type=int, default=3)
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    try:
        config = MatchConfig()
        for assignment in args.settings:
            config = parse_setting(config, assignment)
        if not args.db.is_file():
            raise QuotecheckError(f"{args.db}: no such database")
        open_db(args.db, create=False).close()
        documents = list(iter_documents(expand_inputs(args.sources), _warn))
        if not documents:
            raise QuotecheckError("no document could be checked")
        spark = start_session(args.master, app_name="quotecheck.spark.job")
        try:
            frame = check_frame(spark, documents, args.db, config=config, min_words=args.min_words)
            frame.write.mode("overwrite").parquet(str(args.output))
        finally:
            spark.stop()
    except (QuotecheckError, ValueError) as exc:
        print(f"quotecheck: error: {exc}", file=sys.stderr)
        return 2
    print(f"quotecheck: {len(documents)} documents checked into {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
