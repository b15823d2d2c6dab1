"""Data shipped with the package: the WordNet synonym table (see quotecheck.lexicon) and its licence."""
