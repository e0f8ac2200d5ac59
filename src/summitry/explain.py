"""``summitry extract --explain``: each record with the sentence it came from, the rule and the evidence.

A reader checking a record should not have to re-run the extractor in their head: this prints, for every
meeting, utterance, amount and person, where in the text it was found (offsets and the sentence), which
rule produced it (``via``) and what that rule saw (``evidence``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from .doc import Document

_WIDTH = 110


def _sentence(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) of the parse holding [start, end), or the line when there is no parse."""
    if doc.nlp is not None and len(doc.nlp):
        sents = [s for s in doc.nlp.sents if s.start_char < max(end, start + 1) and start < s.end_char]
        if sents:
            return sents[0].start_char, sents[-1].end_char
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    return line_start, len(doc.text) if line_end < 0 else line_end


def _quote(doc: Document, start: int, end: int, limit: int = 400) -> str:
    text = " ".join(doc.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _block(doc: Document, head: str, start: int, end: int, via: str, evidence: str) -> list[str]:
    s, e = _sentence(doc, start, end)
    lines = [head, f"    rule      {via or '?'}"]
    if evidence:
        lines.append(f"    evidence  {evidence}")
    wrapped = textwrap.wrap(_quote(doc, s, e), _WIDTH - 14) or [""]
    lines.append(f"    sentence  [{s}:{e}] {wrapped[0]}")
    lines += [" " * 14 + w for w in wrapped[1:]]
    return lines


def explain_lines(doc: Document) -> Iterator[str]:
    """Lines explaining every record of an extracted Document, section by section."""
    yield f"== {doc.file or doc.id or 'article'}: published {doc.published or 'unknown'}" + (
        f" [{doc.published_span[0]}:{doc.published_span[1]}]" if doc.published_span else ""
    )
    yield f"-- meetings ({len(doc.meetings)})"
    for i, m in enumerate(doc.meetings, 1):
        date = f"{m.date or 'date unknown'} (date from {m.date_from})"
        yield from _block(
            doc, f"  M{i}  {' + '.join(sorted(m.participants))}; {m.kind}; {date}; place {m.place or 'unknown'}",
            m.start, m.end, m.via, m.evidence,
        )
    yield f"-- utterances ({len(doc.utterances)})"
    for i, u in enumerate(doc.utterances, 1):
        head = (f"  U{i}  {u.speaker or 'unknown speaker'} ({u.mode}) [{u.start}:{u.end}]: "
                f"{_quote(doc, u.start, u.end, 90)}")
        yield from _block(doc, head, u.quote_start, u.quote_start + len(u.quote), u.via, u.evidence)
    yield f"-- amounts ({len(doc.amounts)})"
    for i, a in enumerate(doc.amounts, 1):
        head = (f"  A{i}  {a.quote!r} [{a.start}:{a.end}] = {a.value:g} {a.unit} ({a.qualifier}); "
                f"metric {a.metric!r}; speaker {a.speaker or 'the article'}")
        yield from _block(doc, head, a.start, a.end, a.via, a.evidence)
    yield f"-- people ({len(doc.people)})"
    for i, p in enumerate(doc.people, 1):
        where = p.mentions[0] if p.mentions else (0, 0)
        head = (f"  P{i}  {p.name}; title {p.title or 'none'}; country {p.country or 'unknown'}; "
                f"{len(p.mentions)} mention(s)")
        yield from _block(doc, head, where[0], where[1], p.via, p.evidence)


def explain(doc: Document) -> str:
    """The explanation of an extracted Document as one text."""
    return "\n".join(explain_lines(doc)) + "\n"
