"""Layout helpers over raw article text: paragraphs, site boilerplate, quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from .resources import load_lines

if TYPE_CHECKING:
    from .doc import Document

OPEN_QUOTES = "\"“«„‘'"
CLOSE_FOR = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'"}


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int  # exclusive, trailing whitespace removed
    text: str


_PARA = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines; news sites use both single and double newlines between paragraphs."""
    out = []
    for m in _PARA.finditer(text):
        raw = m.group()
        stripped = raw.rstrip()
        lead = len(raw) - len(raw.lstrip())
        if not stripped.strip():
            continue
        out.append(Paragraph(m.start() + lead, m.start() + len(stripped), stripped[lead:]))
    return out


def furniture(text: str) -> list[tuple[int, int]]:
    """Spans of site furniture: "Read also" link lines, and everything after "Follow us"-style footers."""
    end_markers = load_lines("boilerplate_end.txt")
    line_markers = load_lines("boilerplate_line.txt")
    spans = []
    paras = paragraphs(text)
    for k, para in enumerate(paras):
        low = para.text.lower().strip(" :.-–•")
        # a short heading over a list of links ("Read also", "Other news", "Most Viewed" and "- ..." or "1. ...")
        # (whose items are headlines, not sentences of the story: "* X said the states need ...")
        item = paras[k + 1].text if k + 1 < len(paras) else ""
        listed = len(low.split()) <= 4 and _LIST_ITEM.match(item) is not None and not item.endswith(".") and len(
            item.split()) <= 20
        marker = any(low.startswith(m) for m in end_markers) or low in _END_LINES or (
            listed and (any(low.startswith(m) for m in line_markers)
                        or any(re.search(rf"\b{re.escape(m)}\b", low) for m in _LIST_HEADINGS)))
        if para.start > len(text) * 0.3 and (marker or _is_foreign(para.text)):
            spans.append((para.start, len(text)))  # a footer marker in the header is a site menu
            break
        if any(low.startswith(m) for m in line_markers) or _HASHTAGS.fullmatch(para.text.strip()):
            spans.append((para.start, para.end))
    return spans


_END_LINES = {"related", "latest", "more"}  # a heading alone on its line over a list of links ("Related")
_LIST_HEADINGS = ("other news", "related", "most viewed", "most read", "more stories", "recommended", "trending",
                  "top stories", "in other news", "editor's picks", "popular", "more from", "more on", "ranking")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*]\s+|\d{1,2}[.)]\s+)\S")
_HASHTAGS = re.compile(r"(?:#[^\s#]+(?:[ \t]+[^\s#]+)*[ \t]*){2,}")  # "#agriculture #Spain #Song Mi-ryung"


_NON_ENGLISH_LETTERS = re.compile(r"[əğışçöüÇŞĞİƏ]")


_ENGLISH_FUNCTION_WORDS = {"the", "and", "of", "to", "in", "a", "is", "for", "on", "with", "said", "that", "from", "by"}


def _is_foreign(line: str) -> bool:
    # Site sidebars of non-English outlets carry headlines in the local language; an English paragraph naming
    # "Erdoğan" twice is not one.
    words = re.findall(r"[^\W\d_]+", line)
    if not words:
        return False
    marked = sum(1 for w in words if _NON_ENGLISH_LETTERS.search(w))
    english = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS)
    return marked >= 2 and marked / len(words) >= 0.3 and english / len(words) < 0.1


def sentences(doc: Document) -> tuple[SpacySpan, ...]:
    """spaCy sentences cut at line breaks: headlines and datelines are sentences of their own."""
    if doc.sentences_of is None or doc.sentences_of[0] is not doc.nlp:
        doc.sentences_of = (doc.nlp, tuple(_sentences(doc)))
    return doc.sentences_of[1]


def _sentences(doc: Document) -> list[SpacySpan]:
    out = []
    for para in paragraphs(doc.text):
        if not doc.in_body(para.start, para.end):
            continue
        for sent in doc.nlp.char_span(para.start, para.end, alignment_mode="expand").sents:
            s = max(sent.start_char, para.start)
            e = min(sent.end_char, para.end)
            if e <= s:
                continue
            span = doc.nlp.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                out.append(span)
    return out


def name_case(word: str) -> str:
    """A name word written in capitals, in ordinary case: "MAZIBUKO-RADEBE" -> "Mazibuko-Radebe"."""
    return "-".join(part.capitalize() for part in word.split("-"))
