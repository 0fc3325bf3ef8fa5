"""Reading articles: plain text, Markdown or HTML, with an optional header block of metadata."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatasetError
from ..files import decode, read_bytes

__all__ = ["Document", "read_documents", "sentence_spans", "unwrap_lines", "MAX_BYTES"]

#: Largest article accepted, in bytes (a long report is ~100 kB; 5 MB is a book).
MAX_BYTES = 5_000_000
HEADER_KEYS = ("id", "url", "title", "date", "source", "publisher", "language")
_HEADER_LINE = re.compile(r"^([A-Za-z_]+):\s*(.*?)\s*$")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
# A sentence ends at '.', '!' or '?' (optionally followed by a closing quote or bracket) and
# white space, or at a line break: graphlib_kb.split_sentences' rule, except that common
# abbreviations ("U.S.", "Oct.", "Mr.") do not end a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Sen|Rep|Gov|Prof|St|No|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|Jr|Sr)\.)$"
)


@dataclass
class Document:
    """One article: its body text and the metadata of its source."""

    id: str
    text: str
    label: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    language: str = "en"
    file: str | None = None
    sha256: str | None = None
    header: dict = field(default_factory=dict)


def _first_line_title(body: str, limit: int = 120) -> str:
    """The text's first line as its title; a longer one is cut at a word, with an ellipsis."""
    import textwrap

    line = body.strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else textwrap.shorten(line, limit, placeholder=" …")


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w.:-]+", "-", text.strip()).strip("-")
    return slug or "doc"


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(head) // 20)


def _split_header(text: str) -> tuple[dict, str]:
    """``key: value`` lines (url, title, date, source, ...) before a ``---`` line."""
    lines = text.split("\n", 40)
    header: dict = {}
    for i, line in enumerate(lines[:40]):
        stripped = line.strip()
        if stripped == "---":
            if header:
                return header, "\n".join(lines[i + 1 :]) if i + 1 < len(lines) else ""
            return {}, text
        match = _HEADER_LINE.match(stripped)
        if not match or match.group(1).lower() not in HEADER_KEYS:
            return {}, text
        header[match.group(1).lower()] = match.group(2)
    return {}, text


def _from_html(data: bytes, label: str) -> tuple[str, dict]:
    """Article text and metadata of an HTML page; scripts, styles and boilerplate are dropped
    by trafilatura (nothing in the page is executed)."""
    import trafilatura

    page = decode(data, label)
    text = trafilatura.extract(
        page, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    if not text or not text.strip():
        raise DatasetError([(label, None, None, "no article text found in the HTML page")])
    meta = {}
    try:
        info = trafilatura.extract_metadata(page)
    except Exception:
        info = None
    if info is not None:
        for key in ("title", "url", "date"):
            value = getattr(info, key, None)
            if value:
                meta[key] = str(value)
        if getattr(info, "sitename", None):
            meta["source"] = str(info.sitename)
    return text, meta


#: A line break inside a sentence: the line goes on without final punctuation and the
#: next line (no blank line between) starts with a word, a number or an opening quote.
_SOFT_BREAK = re.compile(r"(?<=[^\s.!?:\"'”’)\]])([ \t]*)\n(?=[ \t]*([\w\"“‘(]))")


def unwrap_lines(text: str) -> str:
    """*text* with the line breaks of a hard-wrapped text (an e-mail or PDF copy, broken into
    lines mid-sentence) read as spaces; any other text as it is. Offsets do not move.

    A text counts as hard-wrapped when at least three of its line breaks inside a sentence
    are followed by a lower-case word, and those are at least a quarter of the line breaks
    inside its paragraphs: a headline or a list item ends its line without punctuation too,
    but the line after it does not go on in lower case.

    Examples
    --------
    >>> from graphlib_kb.extract.reader import unwrap_lines
    >>> unwrap_lines("Baku said the talks\\nwould resume, and Yerevan\\nagreed. Both\\nsides met in\\nParis.")
    'Baku said the talks would resume, and Yerevan agreed. Both sides met in Paris.'
    >>> unwrap_lines("Talks resume\\nBaku and Yerevan agreed.")  # a headline stays a line
    'Talks resume\\nBaku and Yerevan agreed.'
    """
    soft = list(_SOFT_BREAK.finditer(text))  # group 2: the next line's first character
    lower = sum(1 for m in soft if m.group(2).islower())
    breaks = len(re.findall(r"(?<!\n)\n(?![ \t]*\n)", text))
    if lower < 3 or lower < 0.25 * breaks:
        return text
    # a line much shorter than the wrapped ones, before a capital, ends there: a headline
    # or a subheading ("Peace talks stall" over "Armenia and Azerbaijan failed ...")
    lines = [m.start() - text.rfind("\n", 0, m.start()) - 1 for m in soft]
    width = sorted(lines)[len(lines) // 2]
    chars = list(text)
    for m, line in zip(soft, lines, strict=True):
        if line < 0.6 * width and m.group(2).isupper():
            continue
        chars[m.end() - 1] = " "
    return "".join(chars)


def _document(data: bytes, label: str, name: str | None, is_html: bool, index: int) -> Document:
    if _is_binary(data):
        raise DatasetError([(label, None, None, "is a binary file, not text (it holds NUL bytes)")])
    if is_html or _HTML_START.match(data[:200]):
        text, header = _from_html(data, label)
    else:
        text = decode(data, label)
        header = {}
    head, body = _split_header(text.replace("\r\n", "\n").replace("\r", "\n"))
    header.update(head)
    if not body.strip():
        raise DatasetError([(label, None, None, "is empty: there is no text to read")])
    doc_id = _slug(header.get("id") or (Path(name).stem if name else f"text-{index}"))
    title = header.get("title") or _first_line_title(body)
    date = header.get("date") or None
    if date:
        from ..dates import is_valid_date

        date = date.strip()[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", date.strip()) else date
        if not is_valid_date(date):
            raise DatasetError([(label, None, "date", f"'{date}' is not an ISO 8601 date")])
    return Document(
        id=doc_id,
        text=unwrap_lines(body),
        label=label,
        title=title,
        url=header.get("url") or None,
        date=date,
        publisher=header.get("source") or header.get("publisher") or None,
        language=header.get("language") or "en",
        file=Path(name).name if name else None,
        sha256=hashlib.sha256(data).hexdigest(),
        header=header,
    )


def read_documents(texts, *, max_bytes: int = MAX_BYTES) -> list[Document]:
    """Read a string, a path, or a list of them, into :class:`Document` objects.

    A string that names an existing file is read as that file; any other string
    is the text itself. Raises :class:`DatasetError` naming the file for an
    empty, binary, oversized or badly encoded input.
    """
    items = list(texts) if isinstance(texts, (list, tuple)) else [texts]
    if not items:
        raise DatasetError([("texts", None, None, "no article given")])
    docs = []
    for i, item in enumerate(items, start=1):
        path = None
        if isinstance(item, Path):
            path = item
        elif isinstance(item, str):
            if "\n" not in item and len(item) < 4096:
                candidate = Path(item)
                try:
                    if candidate.suffix and candidate.exists():
                        path = candidate
                except OSError:
                    path = None
        else:
            raise TypeError(f"texts: item {i} is a {type(item).__name__}, expected a str or Path")
        if path is not None:
            label = str(path)
            if path.is_file() and path.stat().st_size > max_bytes:
                size = path.stat().st_size / 1e6
                raise DatasetError(
                    [
                        (
                            label,
                            None,
                            None,
                            f"is {size:.1f} MB; the limit is {max_bytes / 1e6:g} MB per article "
                            "(split it into articles, or pass max_bytes=...)",
                        )
                    ]
                )
            data = read_bytes(path, label)
            is_html = path.suffix.lower() in _HTML_SUFFIXES
            docs.append(_document(data, label, path.name, is_html, i))
        else:
            data = item.encode("utf-8", "surrogatepass")
            label = f"<text {i}>"
            if len(data) > max_bytes:
                raise DatasetError(
                    [(label, None, None, f"is longer than the limit of {max_bytes / 1e6:g} MB")]
                )
            docs.append(_document(data, label, None, False, i))
    seen: dict = {}
    for doc in docs:
        if doc.id in seen:
            seen[doc.id] += 1
            doc.id = f"{doc.id}-{seen[doc.id]}"
        else:
            seen[doc.id] = 1
    return docs


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of *text*, numbered as
    :func:`graphlib_kb.split_sentences` numbers them (abbreviations aside).

    Examples
    --------
    >>> from graphlib_kb.extract.reader import sentence_spans
    >>> text = "The U.S. mediated. Talks began on Oct. 1 in Paris.\\nThey ended."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['The U.S. mediated.', 'Talks began on Oct. 1 in Paris.', 'They ended.']
    """
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(0).strip() == "" and "\n" not in match.group(0):
            before = text[start : match.start()]
            if _ABBREVIATION.search(before) and not before.endswith(("!", "?")):
                last = before.rsplit(None, 1)[-1] if before.split() else ""
                # an initial or an abbreviation, not the end of a sentence
                if len(last) <= 5 or last[:-1].replace(".", "").isupper():
                    continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        segment = text[a:b]
        if not segment.strip():
            continue
        lead = len(segment) - len(segment.lstrip())
        trail = len(segment.rstrip())
        out.append((a + lead, a + trail))
    return out
