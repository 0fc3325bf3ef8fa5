"""The old, private name of :mod:`graphlib_kb.files` (reading bytes safely, writing files
atomically), kept so that code importing it keeps working."""

from ..files import MAX_XML_BYTES, AtomicWriter, decode, read_bytes, refuse_dtd, xml_limit

__all__ = ["read_bytes", "decode", "AtomicWriter", "refuse_dtd", "MAX_XML_BYTES", "xml_limit"]
