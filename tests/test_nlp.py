"""The spaCy step: matrix products through numpy, same results as thinc's own ops."""

import numpy
import pytest
from thinc.api import NumpyOps

from summitry.components.nlp import BlasOps, load_model
from summitry.components.posrules import PosRules


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_matches_thinc(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(0)
    x = rng.random((7, 5), dtype="f")
    y = rng.random((5, 3), dtype="f")
    x = x.T.copy() if trans1 else x
    y = y.T.copy() if trans2 else y
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == (7, 3)
    numpy.testing.assert_allclose(got, expected, rtol=1e-5)
    out = numpy.zeros((7, 3), dtype="f")
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5)


@pytest.mark.parametrize("pieces", [2, 3, 4])
def test_maxout_matches_thinc(pieces: int) -> None:
    rng = numpy.random.default_rng(pieces)
    x = rng.standard_normal((11, 6, pieces), dtype="f")
    x[0, 0, :] = 1.0  # ties: thinc keeps the first piece, the value is the same either way
    expected, _ = NumpyOps().maxout(x)
    got, _ = BlasOps().maxout(x)
    assert got.shape == (11, 6)
    numpy.testing.assert_array_equal(got, expected)


def test_model_layers_use_blas_ops_and_leave_current_ops_alone() -> None:
    from thinc.api import get_current_ops

    nlp = load_model()
    assert isinstance(nlp.get_pipe("tok2vec").model.ops, BlasOps)
    assert not isinstance(get_current_ops(), BlasOps)
    doc = nlp("The ministers met in Vienna on Monday.")
    assert [t.pos_ for t in doc][:2] == ["DET", "NOUN"]


TRICKY = [
    "There is no doubt. There were talks, but they did not end.\n\nI do think that he has been there.",
    "Anyone who knows something does what he did; nobody had said that.  Whether it rains, we'll go.",
    "She'd have done it herself if they'd asked. Being here is what matters, isn't it?",
    "That is the deal which   they signed.\nGonna be fine , ol' friend.",
]


def _tags(nlp, texts):
    return [[(t.text, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc] for doc in nlp.pipe(texts)]


def _assert_same_as_attribute_ruler(texts: list[str]) -> None:
    import spacy

    from summitry.components.nlp import MODEL, configure_tokenizer

    reference = spacy.load(MODEL, exclude=["lemmatizer"])
    configure_tokenizer(reference)
    reference.add_pipe("summitry_line_breaks", before="parser")
    ours = load_model()
    assert isinstance(ours.get_pipe("attribute_ruler"), PosRules)
    assert _tags(ours, texts) == _tags(reference, texts)


def test_pos_rules_equal_the_attribute_ruler(repo_root) -> None:
    own = sorted((repo_root / "src" / "summitry" / "samples").glob("*.txt"))
    own += sorted((repo_root / "tests" / "fixtures" / "heldout").glob("*.txt"))
    _assert_same_as_attribute_ruler(TRICKY + [p.read_text(encoding="utf-8") for p in own])


def test_pos_rules_equal_the_attribute_ruler_on_the_corpus(shared_dir) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared_dir / "corpus").rglob("*.txt"))]
    _assert_same_as_attribute_ruler(texts)


def test_a_hyphenated_given_name_is_one_token(ex):
    r = ex(" date 2025-05-14\nJapanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung held a "
           "video call on Monday.\n")
    assert [(m["participants"], m["kind"]) for m in r.meetings] == [(["Lee Jae Myung", "Shigeru Ishiba"], "video")]
