"""Finding out what each input file is, strictly, before any engine reads it.

A file is checked for existence, its kind (plain text, gzip, zip archive, Parquet) and its first
line: a headerless layout must have one of its published field counts, a layout with a header
must name its required columns. Zip members are streamed to the engine through a named pipe,
never extracted to disk.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import os
import shutil
import tempfile
import threading
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import DatasetError, UsageError
from .layouts import Layout

__all__ = ["Input", "inspect_inputs", "streamed", "scan_lines"]

#: Decompressed bytes a zip member may expand to, per member (a zip bomb guard).
MAX_MEMBER_BYTES = 64 * 2**30


@dataclass
class Input:
    """One readable stream: a file, or a member of a zip archive."""

    label: str  # how errors name it: the path, or "archive.zip:member"
    path: str  # the file on disk (the archive, for a member)
    kind: str  # "text", "gzip", "zip" or "parquet"
    member: str | None = None
    columns: tuple[str, ...] = field(default_factory=tuple)


def _problem(file, line, field_, message):
    return DatasetError([{"file": file, "row": line, "field": field_, "message": message}])


def _first_line(opener, label: str) -> bytes:
    with opener() as f:
        head = f.readline(1 << 20)
    if not head:
        raise _problem(label, 1, "", "the file is empty")
    return head.rstrip(b"\r\n")


def _header_columns(line: bytes, layout: Layout, label: str) -> tuple[str, ...]:
    text = line.decode("utf-8-sig", errors="replace")
    if layout.quoted:
        names = next(csv.reader([text], delimiter=layout.delimiter))
    else:
        names = text.split(layout.delimiter)
    names = [n.strip() for n in names]
    missing = [c for c in layout.columns if c not in names]
    if missing:
        raise _problem(
            label,
            1,
            ", ".join(missing),
            f"the header lacks the {layout.title} column(s) {', '.join(map(repr, missing))}"
            f" (found {len(names)} columns: {', '.join(names[:8])}{'...' if len(names) > 8 else ''})",
        )
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise _problem(label, 1, ", ".join(dupes), "the header names a column twice")
    return tuple(names)


def _headerless_columns(line: bytes, layout: Layout, label: str) -> tuple[str, ...]:
    count = line.count(layout.delimiter.encode()) + 1
    for columns in layout.columns:
        if len(columns) == count:
            return tuple(columns)
    expected = " or ".join(str(len(c)) for c in layout.columns)
    raise _problem(
        label,
        1,
        "",
        f"the row has {count} fields; {layout.title} rows have {expected}"
        " (tab-separated, no header) — is this the right source?",
    )


def inspect_inputs(paths, layout: Layout) -> list[Input]:
    """Check every input file and list the streams to read, each with its column names."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise UsageError("no input files given")
    out = []
    for path in paths:
        if not os.path.isfile(path):
            raise _problem(path, None, "", "no such file")
        with open(path, "rb") as f:
            magic = f.read(4)
        if magic == b"PAR1":
            import pyarrow.parquet as pq

            names = tuple(pq.read_schema(path).names)
            required = layout.columns if layout.header else layout.columns[-1]
            missing = [c for c in required if c not in names]
            if missing:
                raise _problem(
                    path,
                    None,
                    ", ".join(missing[:5]),
                    f"the Parquet file lacks {len(missing)} {layout.title} column(s)",
                )
            out.append(Input(path, path, "parquet", columns=names))
            continue
        if magic[:2] == b"PK":
            try:
                archive = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise _problem(path, None, "", f"not a readable zip archive ({exc})") from None
            with archive:
                members = [i for i in archive.infolist() if not i.is_dir()]
                if not members:
                    raise _problem(path, None, "", "the zip archive holds no file")
                for info in members:
                    if info.file_size > MAX_MEMBER_BYTES:
                        raise _problem(
                            f"{path}:{info.filename}",
                            None,
                            "",
                            f"expands to {info.file_size} bytes, over the limit of"
                            f" {MAX_MEMBER_BYTES}",
                        )
                    label = f"{path}:{info.filename}"
                    head = _first_line(lambda a=archive, i=info: a.open(i), label)
                    out.append(
                        Input(label, path, "zip", info.filename, _columns(head, layout, label))
                    )
            continue
        kind = "gzip" if magic[:2] == b"\x1f\x8b" else "text"
        opener = functools.partial(gzip.open if kind == "gzip" else open, path, "rb")
        try:
            head = _first_line(opener, path)
        except (OSError, EOFError) as exc:
            raise _problem(path, None, "", f"cannot be read ({exc})") from None
        out.append(Input(path, path, kind, columns=_columns(head, layout, path)))
    return out


def _columns(head: bytes, layout: Layout, label: str) -> tuple[str, ...]:
    if layout.header:
        return _header_columns(head, layout, label)
    return _headerless_columns(head, layout, label)


@contextmanager
def streamed(inputs: list[Input]):
    """Yield ``{label: readable path}``: zip members are fed through named pipes by threads."""
    paths: dict[str, str] = {}
    threads = []
    tmp = None
    try:
        for item in inputs:
            if item.kind != "zip":
                paths[item.label] = item.path
                continue
            if not hasattr(os, "mkfifo"):
                raise UsageError(
                    f"{item.label}: zip archives are streamed through named pipes, which this"
                    " system lacks; unzip the file first"
                )
            if tmp is None:
                tmp = tempfile.mkdtemp(prefix="graphlib-kb-")
            fifo = os.path.join(tmp, f"member-{len(threads)}")
            os.mkfifo(fifo)
            thread = threading.Thread(target=_feed, args=(item, fifo), daemon=True)
            thread.start()
            threads.append((thread, fifo))
            paths[item.label] = fifo
        yield paths
    finally:
        for thread, fifo in threads:
            if thread.is_alive():
                # the engine stopped before reading the pipe to its end: open and drain it so
                # that the feeding thread can finish
                try:
                    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
                    with os.fdopen(fd, "rb") as f:
                        while thread.is_alive():
                            if not f.read(1 << 20):
                                thread.join(0.01)
                except OSError:
                    pass
            thread.join(5)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _feed(item: Input, fifo: str) -> None:
    try:
        with (
            zipfile.ZipFile(item.path) as archive,
            archive.open(item.member) as src,
            open(fifo, "wb") as dst,
        ):
            shutil.copyfileobj(src, dst, 1 << 20)
    except (BrokenPipeError, OSError, zipfile.BadZipFile):
        pass


@contextmanager
def _open_binary(item: Input):
    if item.kind == "zip":
        with zipfile.ZipFile(item.path) as archive, archive.open(item.member) as member:
            yield io.BufferedReader(member)
    elif item.kind == "gzip":
        with gzip.open(item.path, "rb") as f:
            yield f
    else:
        with open(item.path, "rb") as f:
            yield f


def scan_lines(item: Input, layout: Layout, check, limit: int = 20) -> list[tuple[int, str, str]]:
    """Find the lines whose fields fail ``check(fields) -> (field, message) | None``.

    Used on the error path only, to name the line of a problem found after reading.
    """
    found = []
    with _open_binary(item) as f:
        for number, raw in enumerate(f, start=1):
            if number == 1 and layout.header:
                continue
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if layout.quoted:
                fields = next(csv.reader([text], delimiter=layout.delimiter), [])
            else:
                fields = text.split(layout.delimiter)
            record = dict(zip(item.columns, fields, strict=False))
            problem = check(record)
            if problem:
                found.append((number, *problem))
                if len(found) >= limit:
                    break
    return found
