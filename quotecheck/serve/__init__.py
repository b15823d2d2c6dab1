"""``quotecheck serve``: a local review application over the database.

:mod:`.data` reads stored checks as the pages and the command line show them
(numbered, located, with the quoting works' wording); :mod:`.app` is the web
application (Flask), imported only when a server is started.
"""
