"""``python -m quotecheck``: the command line without an installed script."""

from .cli import main

main(prog_name="quotecheck")
