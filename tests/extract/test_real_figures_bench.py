"""benchmarks/figures_real.py against quantulum3's gold quantities, when they are in the cache.

The gold (quantulum3's tests/quantities.json, MIT) is not shipped with briefing and never
downloaded by a test: this runs only where someone unpacked quantulum3's source distribution
under ~/.cache/briefing-bench/ (the script's docstring says how), so it skips in CI.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "benchmarks" / "figures_real.py"

FLOOR = {"value_f1": 0.88, "unit_f1": 0.80}
"""What the second figures pass reached (0.906 / 0.818; the first pass 0.830 / 0.688, main
before both 0.758 / 0.358 by the same script), less a little: a fall below it is a
regression."""

BAR = {"value_f1": 0.90, "unit_f1": 0.80}
"""Issue 12's bar (value F1, value + unit with counts as counts). Reached on this set, by a
hair; the issue judges it on held-out news sentences, which this set only stands in for."""


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("figures_real", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["figures_real"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _scores() -> dict[str, float]:
    bench = _bench()
    path = bench.find_quantities()
    if path is None:
        pytest.skip("quantulum3's quantities.json is not in ~/.cache/briefing-bench")
    tally = bench.run(path, all_gold=False)
    return {
        "value_f1": tally.f1(tally.value, tally.pred_value)[2],
        "unit_f1": tally.f1(tally.strict, tally.pred_strict)[2],
    }


def test_scorer_matches_ranges_fractions_and_optional_gold() -> None:
    """The alignment rules of the docstring, on gold written here (no cache needed)."""
    bench = _bench()
    t = bench.Tally()
    golds = bench._gold(
        "It took 3 days to pour 3 to 4 L, two thirds of it, in 2019.",
        [
            {"surface": "3 days", "unit": "day", "value": 3},
            {"surface": "3 to 4 L", "unit": "litre", "value": 3.5, "uncertainty": 0.5},
            {"surface": "two thirds", "unit": "dimensionless", "value": 2 / 3},
            {"surface": "2019", "unit": "dimensionless", "value": 2019},
        ],
    )
    preds = [
        bench.Pred("3 to 4 L", 3.0, "litres", None),
        bench.Pred("3 to 4 L", 4.0, "litres", None),
        bench.Pred("two thirds", 66.667, "percent", None),
        bench.Pred("2019", 2019.0, "count", None),
    ]
    bench.score_sentence("", golds, preds, t, all_gold=False)
    # the duration and the year are optional: the year's match is ignored, the duration's
    # absence is no miss; the range is one gold found by two figures
    assert (t.gold, t.pred, t.value, t.strict, t.pred_value) == (2, 3, 2, 2, 3)


@pytest.mark.shared
def test_quantulum_gold_floor() -> None:
    scores = _scores()
    for key, floor in FLOOR.items():
        assert scores[key] >= floor, (key, scores)


@pytest.mark.shared
def test_quantulum_gold_issue_bar() -> None:
    scores = _scores()
    for key, bar in BAR.items():
        assert scores[key] >= bar, (key, scores)
