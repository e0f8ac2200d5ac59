"""The model's attribute-ruler rules for POS, TAG and DEP, applied with dictionary lookups.

en_core_web_sm maps fine tags to coarse POS (and fixes auxiliaries, pronouns, subordinators) with an
AttributeRuler: a spaCy Matcher over 179 patterns, about 4 ms of a 500-token article. Only its POS, TAG and
DEP assignments matter here (the lemmatizer is off and nothing reads MORPH), and all but one of those
patterns look at a single token, so they become array comparisons over the whole document. Same rules, same
order, same result (tests/test_nlp.py compares the two on every token of a corpus).
"""

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc as SpacyDoc

_ATTRS = ("POS", "TAG", "DEP")
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH")


Test = tuple[str, str, Any]  # (column, operator, hash / hash array / compiled regex)


def _hash(value: Any) -> int:
    return int(value) if isinstance(value, bool) else get_string_id(value)


def _test(key: str, spec: Any) -> Test:
    if key not in _KEYS:
        raise ValueError(f"attribute-ruler pattern key {key!r} is not supported")
    if not isinstance(spec, dict):
        return key, "==", _hash(spec)
    (op, value), *rest = spec.items()
    if rest or op not in ("IN", "NOT_IN", "REGEX"):
        raise ValueError(f"attribute-ruler pattern {spec!r} is not supported")
    if op == "REGEX":
        return key, op, re.compile(value)
    return key, op, numpy.array([_hash(v) for v in value], dtype="uint64")


def _mask(doc: SpacyDoc, columns: dict[str, numpy.ndarray], test: Test) -> numpy.ndarray:
    key, op, value = test
    if op == "==":
        return columns[key] == value
    if op == "REGEX":
        read = {"LOWER": "lower_", "ORTH": "text", "TAG": "tag_", "DEP": "dep_"}.get(key, "text")
        return numpy.array([value.search(getattr(t, read)) is not None for t in doc], dtype=bool)
    hit = numpy.isin(columns[key], value)
    return hit if op == "IN" else ~hit


class PosRules:
    """Callable spaCy component built from AttributeRuler patterns (``ruler.patterns``)."""

    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        # (per-token tests, index of the token the attrs go to, attrs as ids), in pattern order: later ones win.
        self.rules: list[tuple[list[list[Test]], int, dict[str, int]]] = []
        for pattern in patterns:
            attrs = {k: _POS_IDS[v] if k == "POS" else _hash(v) for k, v in pattern["attrs"].items() if k in _ATTRS}
            for token_patterns in pattern["patterns"] if attrs else ():
                tests = [[_test(k, v) for k, v in p.items()] for p in token_patterns]
                self.rules.append((tests, pattern.get("index", 0), attrs))

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        n = len(doc)
        if n == 0:
            return doc
        columns = dict(zip(_KEYS, doc.to_array([TAG, LOWER, DEP, IS_SPACE, ORTH]).T, strict=True))
        # Every rule reads the annotations as they were before any rule wrote (as the Matcher does).
        new = {"POS": doc.to_array([POS]).astype("uint64"), "TAG": columns["TAG"].copy(), "DEP": columns["DEP"].copy()}
        changed = {"TAG": numpy.zeros(n, bool), "DEP": numpy.zeros(n, bool)}
        for tests, index, attrs in self.rules:
            width = len(tests)
            if width > n:
                continue
            hit = numpy.ones(n - width + 1, dtype=bool)
            for k, token_tests in enumerate(tests):
                for test in token_tests:
                    hit &= _mask(doc, columns, test)[k : k + n - width + 1]
            where = numpy.flatnonzero(hit) + index
            if not where.size:
                continue
            for key, value in attrs.items():
                new[key][where] = value
                if key in changed:
                    changed[key][where] = True
        doc.from_array([POS], new["POS"].reshape(-1, 1))
        for key, setter in (("TAG", "tag"), ("DEP", "dep")):
            for i in numpy.flatnonzero(changed[key]):
                setattr(doc[int(i)], setter, int(new[key][i]))
        return doc


@Language.factory("summitry_pos_rules", default_config={"patterns": []})
def make_pos_rules(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> PosRules:
    for pattern in patterns:  # the tags and labels the rules write must be readable back as strings
        for key, value in pattern["attrs"].items():
            if key in ("TAG", "DEP"):
                nlp.vocab.strings.add(value)
    return PosRules(patterns)


def replace_attribute_ruler(nlp: Language) -> None:
    """Swap the component named ``attribute_ruler`` (the name stays) for the same rules as array operations."""
    if "attribute_ruler" in nlp.pipe_names:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "summitry_pos_rules", config={"patterns": patterns})
