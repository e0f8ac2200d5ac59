"""The spaCy step: matrix products through numpy, same results as thinc's own ops."""

import numpy
import pytest
from thinc.api import NumpyOps

from summitry.components.nlp import BlasOps, load_model


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


def test_model_layers_use_blas_ops_and_leave_current_ops_alone() -> None:
    from thinc.api import get_current_ops

    nlp = load_model()
    assert isinstance(nlp.get_pipe("tok2vec").model.ops, BlasOps)
    assert not isinstance(get_current_ops(), BlasOps)
    doc = nlp("The ministers met in Vienna on Monday.")
    assert [t.pos_ for t in doc][:2] == ["DET", "NOUN"]
