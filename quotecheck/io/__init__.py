"""Reading: files, URLs and stdin → a :class:`Document` of plain text with marked spans.

:mod:`.document` loads and decodes, :mod:`.html` and :mod:`.markdown` reduce
markup to text, :mod:`.model` holds the records.
"""

from .document import decode_bytes, fetch_url, is_url, load_document, read_path
from .html import html_to_text
from .markdown import markdown_to_text
from .model import Document, MarkedSpan, SpanKind

__all__ = [
    "Document",
    "MarkedSpan",
    "SpanKind",
    "load_document",
    "read_path",
    "fetch_url",
    "is_url",
    "decode_bytes",
    "html_to_text",
    "markdown_to_text",
]
