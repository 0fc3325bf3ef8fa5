"""Reading bytes safely and writing files atomically: the package's one reader of input bytes
(:func:`read_bytes`, :func:`decode`, :func:`refuse_dtd`) and one writer of output files
(:class:`AtomicWriter`), for the formats in :mod:`graphlib_kb.io` and for every view that writes
a file (tables, diagrams, the HTML view, the report). ``graphlib_kb.io._files`` is the old,
private name of this module and still works.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import DatasetError

__all__ = ["read_bytes", "decode", "AtomicWriter", "refuse_dtd", "MAX_XML_BYTES", "xml_limit"]

#: The largest GraphML, GEXF or unpacked workbook read (bytes). networkx and openpyxl build
#: the whole document in memory (about ten times the file size), so larger files are refused
#: with this limit named; raise it (``graphlib_kb.io.MAX_XML_BYTES = ...``) on a machine with
#: the memory, or convert the graph to an edge list CSV, which has no limit.
MAX_XML_BYTES = 64 * 2**20


def xml_limit() -> int:
    """The current limit: ``graphlib_kb.io.MAX_XML_BYTES``, which users may change."""
    import sys

    return getattr(sys.modules.get("graphlib_kb.io"), "MAX_XML_BYTES", MAX_XML_BYTES)


def read_bytes(path: Path, label: str | None = None, limit: int | None = None) -> bytes:
    """The bytes of *path*; over *limit* bytes it is an error naming the limit."""
    label = label or str(path)
    try:
        if limit is not None:
            size = Path(path).stat().st_size
            if size > limit:
                raise DatasetError(
                    [
                        (
                            label,
                            None,
                            None,
                            f"the file is {size / 2**20:.0f} MB, over the {limit / 2**20:.0f} MB "
                            "limit for XML graphs (graphlib_kb.io.MAX_XML_BYTES; the parser "
                            "holds the whole document in memory): raise the limit or convert "
                            "the graph to an edge list CSV",
                        )
                    ]
                )
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise DatasetError([(label, None, None, "no such file or folder")]) from None
    except IsADirectoryError:
        raise DatasetError([(label, None, None, "is a folder, expected a file")]) from None
    except OSError as exc:
        raise DatasetError([(label, None, None, f"cannot read: {exc.strerror}")]) from None


def decode(data: bytes, label: str, encoding: str = "utf-8") -> str:
    """Decode *data*, dropping a UTF-8 BOM; a bad byte is an error naming its offset and line."""
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
    try:
        return data.decode(codec)
    except LookupError:
        raise DatasetError([(label, None, None, f"unknown encoding '{encoding}'")]) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DatasetError(
            [
                (
                    label,
                    line,
                    None,
                    f"not valid {encoding} at byte offset {exc.start} (line {line}): "
                    f"byte 0x{data[exc.start]:02x}; re-save the file as UTF-8, or pass its "
                    "encoding (for example encoding='cp1252' or 'latin-1')",
                )
            ]
        ) from None


def refuse_dtd(data: bytes, label: str) -> None:
    """Reject XML with a DOCTYPE or entity declaration before any parser sees it."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise DatasetError(
            [
                (
                    label,
                    None,
                    None,
                    "XML with a DOCTYPE or entity declaration is refused (entity expansion and "
                    "external entities are a security risk); remove the declaration",
                )
            ]
        ) from None
    except SafeET.ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        raise DatasetError([(label, line, None, f"not well-formed XML: {exc}")]) from None


class AtomicWriter:
    """Stage several output files, then move them into place together.

    Files are written to a temporary folder beside the first target and moved
    with :func:`os.replace` only when every one of them was written, so a
    failure leaves the old files untouched and no temporary file behind, nor a
    folder the writer made for them.
    """

    def __init__(self):
        self._staged: list[tuple[Path, Path]] = []
        self._tmpdir: Path | None = None
        self._made: list[Path] = []  # folders made for the staging folder, deepest first

    def _dir_for(self, target: Path) -> Path:
        if self._tmpdir is None:
            parent = target.parent
            missing = parent
            while not missing.exists() and missing != missing.parent:
                self._made.append(missing)
                missing = missing.parent
            parent.mkdir(parents=True, exist_ok=True)
            self._tmpdir = Path(tempfile.mkdtemp(prefix=".graphlib_kb-", dir=parent))
        return self._tmpdir

    def stage(self, target: Path) -> Path:
        """A temporary path for ``target``, for a writer that needs a file name (DuckDB's
        COPY); it is moved onto ``target`` by :meth:`commit`."""
        target = Path(target)
        tmp = self._dir_for(target) / f"{len(self._staged)}-{target.name}"
        self._staged.append((tmp, target))
        return tmp

    def add(self, target: Path, data: bytes) -> None:
        tmp = self.stage(target)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    def commit(self) -> None:
        try:
            for _, target in self._staged:
                target.parent.mkdir(parents=True, exist_ok=True)
            for tmp, target in self._staged:
                os.replace(tmp, target)
        finally:
            self.discard()

    def discard(self) -> None:
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.discard()
            for folder in self._made:  # only if still empty: nothing else was put there
                try:
                    folder.rmdir()
                except OSError:
                    break
        return False
