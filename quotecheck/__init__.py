"""quotecheck: verify quotations against a local corpus of public-domain works.

Stages, each a module, data flowing one way::

    document -> extract -> (normalize, index) -> match -> store -> report

The command line (:mod:`quotecheck.cli`) is a thin layer over these modules.
"""

__version__ = "0.1.0"
