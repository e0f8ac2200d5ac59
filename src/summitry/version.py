"""The version of summitry, stored with every extracted document (``documents.extractor_version``)."""

__version__ = "0.1.0"
