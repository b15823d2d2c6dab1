"""The one exception type users see.

Every failure that is the input's fault (a missing file, a binary file, a dead
URL, an empty document) raises :class:`QuotecheckError` with a one-line
message; the CLI prints it as ``quotecheck: error: ...`` and exits 2. Anything
else is a bug and may show a traceback.
"""


class QuotecheckError(Exception):
    """A problem with the user's input or environment, explained in one line."""
