"""The one exception type users see.

Every failure that is the input's fault (a missing file, a binary file, a dead
URL, an empty document) raises :class:`QuotecheckError` with a one-line
message; the CLI prints it as ``quotecheck: error: ...`` and exits 2. Anything
else is a bug and may show a traceback.
"""


class QuotecheckError(Exception):
    """A problem with the user's input or environment, explained in one line."""


class CheckInterrupted(KeyboardInterrupt):
    """Ctrl-C during a check of several documents: ``stored`` checks were already saved whole.

    Each document is stored in its own transaction as soon as it is done, so
    an interrupt loses only the documents in progress; the CLI says how many
    were kept instead of claiming nothing changed.
    """

    def __init__(self, stored: int):
        super().__init__(stored)
        self.stored = stored
