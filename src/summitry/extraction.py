"""One article in, its records out: the entry points over the component pipeline.

Two pipelines exist (``pipeline.PIPELINES``): the default one and the fast path (no entity recogniser;
README: throughput). The caller picks one here (``fast=True`` or ``pipeline="fast"``); everything that
extracts in bulk (workers, ingest, Ray) is handed the chosen ``PipelineSpec``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .doc import Document
from .pipeline import PipelineSpec, resolve

__all__ = ["extract", "extract_document", "check_text"]


def check_text(text: str) -> None:
    """TypeError / ValueError for what no article file can hold (not a str, lone surrogates)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates: no UTF-8 file decodes to these
        raise ValueError(f"text is not valid Unicode at offset {exc.start}: {exc.reason}") from None


def extract_document(
    text: str,
    id: str | None = None,
    file: str | None = None,
    *,
    fast: bool = False,
    pipeline: PipelineSpec | str | None = None,
) -> Document:
    """Run the extraction pipeline over one article and return the annotated Document.

    ``fast=True`` (or ``pipeline="fast"``): the fast path (no entity recogniser; about 1.4x the speed, README
    gives its scores).
    """
    spec = resolve(pipeline, fast=fast)
    check_text(text)
    return spec.build()(Document(text=text, id=id, file=file))


def extract(
    text: str,
    id: str | None = None,
    file: str | Path | None = None,
    *,
    fast: bool = False,
    pipeline: PipelineSpec | str | None = None,
) -> dict[str, Any]:
    """Extract meetings, utterances, amounts and people from one article, as a JSON-ready dict.

    Every span is a character offset into ``text`` exactly as given.
    """
    name = Path(file).name if file is not None else None
    return extract_document(text, id=id, file=name, fast=fast, pipeline=pipeline).to_dict()
