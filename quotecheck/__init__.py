"""quotecheck: verify quotations against a local corpus of public-domain works.

One entry point, :class:`Checker`; stages, each a package, data flowing one way::

    io → extract → search → matching → store → report

The command line (:mod:`quotecheck.cli`) is a thin layer over :class:`Checker`.
"""

__version__ = "0.1.0"

from .checker import Checker  # noqa: E402
from .config import MatchConfig  # noqa: E402
from .errors import QuotecheckError  # noqa: E402
from .records import (  # noqa: E402
    CheckResult,
    Decision,
    Edit,
    Kind,
    Match,
    Meaning,
    Op,
    Place,
    Quote,
    QuoteResult,
    Source,
    Verdict,
)

__all__ = [
    "Checker",
    "MatchConfig",
    "QuotecheckError",
    "CheckResult",
    "QuoteResult",
    "Match",
    "Source",
    "Place",
    "Edit",
    "Quote",
    "Verdict",
    "Kind",
    "Op",
    "Meaning",
    "Decision",
    "__version__",
]
