"""Score the summarizer's figures against quantulum3's gold quantities (real-world sentences).

    python benchmarks/figures_real.py [PATH/TO/quantities.json] [-v]

quantulum3 (MIT licence, https://github.com/nielstron/quantulum3) ships test sentences with
gold quantities in its source distribution: `quantulum3/_lang/en_US/tests/quantities.json`.
This script never downloads anything. Without a path it looks for that file under
~/.cache/briefing-bench/ (any quantulum3-*/ folder); to get it there:

    pip download --no-deps --no-binary :all: quantulum3 -d /tmp/q3
    mkdir -p ~/.cache/briefing-bench
    tar xzf /tmp/q3/quantulum3-*.tar.gz -C ~/.cache/briefing-bench

Each sentence is run through `summarize()` on its own and our figures are matched to the gold
quantities one to one. It prints figures only (no pass/fail); tests/test_real_figures_bench.py
holds the bar. `-v` prints every miss and false positive.

How gold and our figures are aligned (read this before trusting a number):

- **Values** match within 0.5% (as score_summaries.py does). A gold value is compared as
  written and as converted into our unit by UNIT_MAP (gold `20 centimetre` is our 0.2
  `metres`). A decrease we report negative (`fell 3%` → -3, `change: down`) also matches the
  positive gold magnitude, because the gold records the number as written, not the sign of
  the change; a number written negative must match with its sign.
- **Ranges**: the gold gives one quantity (midpoint ± uncertainty, `3 to 4 L` → 3.5 ± 0.5);
  the house convention is two figures, one per bound. A gold range is found when both bounds
  are among our figures; each of our bounds is then spent on it (not a false positive). One
  bound found alone spends that figure but leaves the gold missed.
- **Fractions**: the house convention reads proportions in percent (`two thirds` → 66.667
  percent); a gold dimensionless fraction below 1 matches our percent value / 100.
- **Optional gold** (the house convention of ../shared/corpus/README.md, "Optional"):
  calendar years (a bare 1800..2100 integer), durations (gold unit year, month, week, day,
  hour, minute, second) and digits inside names (a bare gold number right after a
  capitalised or alphanumeric word: `Voyager 2`, `English 101`, `i7 860`) are neither
  rewarded nor penalised: a figure of ours matching one by value is ignored, and missing one
  is no miss. So is a gold quantity that repeats an earlier one of the sentence (same value
  and unit: `4km^3, 4 cubic kilometers and 4 km cubed`), which the house lists once. The
  `all gold` line scores all of them as required, for comparison.
- **Units**: strict means our unit is the one UNIT_MAP gives the gold unit (gold
  `dimensionless` is our `count`: counts of things as counts). Lenient means the same
  dimension (FAMILY): any length for a length, any currency for a currency, percent for a
  fraction. A gold unit that UNIT_MAP lacks can only match leniently by family, or not at
  all.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from briefing.summarize import summarize

CACHE = Path(
    os.environ.get("BRIEFING_BENCH_CACHE")
    or Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "briefing-bench"
)
"""Where benchmark data is unpacked: $BRIEFING_BENCH_CACHE, else ~/.cache/briefing-bench of the
user as the password database has it (tests point $HOME elsewhere)."""
RELATIVE = Path("quantulum3") / "_lang" / "en_US" / "tests" / "quantities.json"

UNIT_MAP: dict[str, tuple[str, float]] = {
    # quantulum3 unit name: (our unit, factor), our value = gold value * factor
    "dimensionless": ("count", 1),
    "dozen": ("count", 12),
    "gross": ("count", 144),
    "percentage": ("percent", 1),
    "dollar": ("USD", 1),
    "cent": ("USD", 0.01),
    "penny": ("USD", 0.01),
    "dime": ("USD", 0.1),
    "euro": ("EUR", 1),
    "pound sterling": ("GBP", 1),
    "yen": ("JPY", 1),
    "metre": ("metres", 1),
    "centimetre": ("metres", 0.01),
    "millimetre": ("metres", 0.001),
    "nanometre": ("metres", 1e-9),
    "kilometre": ("km", 1),
    "mile": ("miles", 1),
    "inch": ("inches", 1),
    "foot": ("feet", 1),
    "yard": ("yards", 1),
    "square kilometre": ("square_km", 1),
    "square metre": ("square_km", 1e-6),
    "square mile": ("square_miles", 1),
    "acre": ("acres", 1),
    "hectare": ("hectares", 1),
    "cubic kilometre": ("cubic_km", 1),
    "cubic metre": ("cubic_metres", 1),
    "cubic centimetre": ("litres", 0.001),
    "litre": ("litres", 1),
    "centilitre": ("litres", 0.01),
    "millilitre": ("litres", 0.001),
    "gallon": ("gallons", 1),
    "tonne": ("tonnes", 1),
    "ton": ("tonnes", 1),
    "kilogram": ("kg", 1),
    "gram": ("kg", 0.001),
    "milligram": ("kg", 1e-6),
    "pound-mass": ("pounds", 1),
    "ounce": ("ounces", 1),
    "degree Celsius": ("celsius", 1),
    "degree fahrenheit": ("fahrenheit", 1),
    "kilometre per hour": ("km_per_hour", 1),
    "mile per hour": ("mph", 1),
    "watt": ("watts", 1),
    "kilowatt": ("watts", 1e3),
    "megawatt": ("watts", 1e6),
    "watt hour": ("watt_hours", 1),
    "kilowatt hour": ("watt_hours", 1e3),
    "megawatt hour": ("watt_hours", 1e6),
    "gigahertz": ("hertz", 1e9),
    "megabyte": ("bytes", 1e6),
    "byte": ("bytes", 1),
    "dollar per hour": ("USD", 1),
    "dollar per kilogram": ("USD", 1),
    "ton per day": ("tonnes_per_day", 1),
    "exabyte": ("bytes", 1e18),
    "electronvolt": ("electronvolts", 1),
    "teraelectronvolt": ("electronvolts", 1e12),
    "milligray": ("gray", 1e-3),
    "millisievert": ("sieverts", 1e-3),
    "cup": ("cups", 1),
    "tablespoon": ("tablespoons", 1),
    "teaspoon": ("teaspoons", 1),
}
"""quantulum3 unit names → our canonical units (briefing/extract/units.py). A rate's gold unit
(`dollar per kilogram`) maps to the money it is quoted in: we keep `$350 per kg` as USD with
the basis in the figure's text."""

FAMILY: dict[str, str] = {
    **{u: "money" for u in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "HKD", "CAD")},
    **{u: "length" for u in ("metres", "km", "miles", "inches", "feet", "yards")},
    **{u: "area" for u in ("square_km", "square_miles", "acres", "hectares")},
    **{u: "volume" for u in ("cubic_km", "cubic_metres", "litres", "gallons", "barrels")},
    **{u: "volume" for u in ("cups", "tablespoons", "teaspoons")},
    **{u: "mass" for u in ("tonnes", "kg", "pounds", "ounces")},
    **{u: "temperature" for u in ("celsius", "fahrenheit")},
    **{u: "speed" for u in ("km_per_hour", "mph")},
    **{u: "energy" for u in ("watt_hours",)},
    **{u: "power" for u in ("watts",)},
    **{u: "data" for u in ("bytes",)},
    "tonnes_per_day": "mass rate",
    "electronvolts": "energy",
    "percent": "ratio",
    "count": "count",
}
"""Dimensions, for the lenient unit match."""

DURATIONS = frozenset(["year", "month", "week", "day", "hour", "minute", "second"])
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w\-]*|\w*\d\w*|\w*[A-Za-z]\d\w*)\s+$")
_TOLERANCE = 0.005


@dataclass
class Gold:
    surface: str
    value: float
    unit: str
    low: float | None = None
    high: float | None = None
    optional: bool = False
    spent: list[int] = field(default_factory=list)


@dataclass
class Pred:
    text: str
    value: float
    unit: str
    change: str | None


def find_quantities() -> Path | None:
    """quantities.json under the cache folder, or None."""
    for folder in sorted(CACHE.glob("quantulum3-*"), reverse=True):
        path = folder / RELATIVE
        if path.is_file():
            return path
    return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b), 1e-12)


def _values(g_value: float, g_unit: str) -> list[float]:
    """The gold value as written and converted into our unit (and a fraction in percent)."""
    out = [g_value]
    if g_unit in UNIT_MAP:
        out.append(g_value * UNIT_MAP[g_unit][1])
    if g_unit == "dimensionless" and 0 < abs(g_value) < 1:
        out.append(g_value * 100)
    return out


def _value_match(p: Pred, g_value: float, g_unit: str) -> bool:
    candidates = [p.value] + ([-p.value] if p.change == "down" else [])
    return any(_close(c, v) for c in candidates for v in _values(g_value, g_unit))


def _unit_strict(p: Pred, g: Gold) -> bool:
    if g.unit == "dimensionless" and 0 < abs(g.value) < 1 and p.unit == "percent":
        return True
    return g.unit in UNIT_MAP and UNIT_MAP[g.unit][0] == p.unit


def _unit_lenient(p: Pred, g: Gold) -> bool:
    if _unit_strict(p, g):
        return True
    ours = UNIT_MAP.get(g.unit, ("", 1))[0]
    return ours != "" and FAMILY.get(ours, ours) == FAMILY.get(p.unit, p.unit)


def _optional(sentence: str, q: dict[str, object]) -> bool:
    surface, unit, value = str(q["surface"]), str(q["unit"]), float(q["value"])  # type: ignore[arg-type]
    if unit in DURATIONS:
        return True
    if unit != "dimensionless" or not re.fullmatch(r"[\d.,]+", surface):
        return False
    if value == int(value) and 1800 <= value <= 2100:
        return True
    at = sentence.find(surface)
    return at > 0 and _NAME_BEFORE.search(sentence[:at]) is not None


def _gold(sentence: str, res: list[dict[str, object]]) -> list[Gold]:
    out: list[Gold] = []
    for q in res:
        value, unit = float(q["value"]), str(q["unit"])  # type: ignore[arg-type]
        repeat = any(g.value == value and g.unit == unit for g in out)
        g = Gold(str(q["surface"]), value, unit, optional=repeat or _optional(sentence, q))
        if q.get("uncertainty"):
            u = float(q["uncertainty"])  # type: ignore[arg-type]
            g.low, g.high = value - u, value + u
        out.append(g)
    return out


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    value: int = 0
    strict: int = 0
    lenient: int = 0
    pred_value: int = 0
    pred_strict: int = 0
    pred_lenient: int = 0
    misses: list[str] = field(default_factory=list)

    def f1(self, found: int, pred_found: int) -> tuple[float, float, float]:
        p = pred_found / self.pred if self.pred else 1.0
        r = found / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_sentence(
    sentence: str, golds: list[Gold], preds: list[Pred], t: Tally, all_gold: bool
) -> None:
    """Match one sentence's figures to its gold, one to one, ranges first, unit-agreeing first."""
    used: set[int] = set()
    ignored: set[int] = set()
    found: list[tuple[Gold, list[Pred]]] = []
    for g in sorted(golds, key=lambda g: g.low is None):
        if g.low is not None and g.high is not None:
            ends = []
            for bound in (g.low, g.high):
                for i, p in enumerate(preds):
                    if i not in used and _value_match(p, bound, g.unit):
                        used.add(i)
                        ends.append(p)
                        break
            if len(ends) == 2:
                found.append((g, ends))
            elif g.optional and not all_gold:
                continue
            else:
                t.misses.append(f"  miss  {g.surface!r} {g.value} {g.unit}")
            continue
        hits = [
            i for i, p in enumerate(preds) if i not in used and _value_match(p, g.value, g.unit)
        ]
        hits.sort(key=lambda i: not _unit_strict(preds[i], g))
        if hits:
            used.add(hits[0])
            if g.optional and not all_gold:
                ignored.add(hits[0])
            else:
                found.append((g, [preds[hits[0]]]))
        elif not (g.optional and not all_gold):
            t.misses.append(f"  miss  {g.surface!r} {g.value} {g.unit}")
    t.gold += sum(1 for g in golds if all_gold or not g.optional)
    t.pred += len(preds) - len(ignored)
    for g, ps in found:
        strict = all(_unit_strict(p, g) for p in ps)
        lenient = all(_unit_lenient(p, g) for p in ps)
        t.value += 1
        t.strict += strict
        t.lenient += lenient
        t.pred_value += len(ps)
        t.pred_strict += len(ps) * strict
        t.pred_lenient += len(ps) * lenient
        if not strict:
            t.misses.append(f"  unit  {g.surface!r} gold {g.unit} ours {[p.unit for p in ps]}")
    for i, p in enumerate(preds):
        if i not in used:
            t.misses.append(f"  extra {p.text!r} {p.value} {p.unit}")


def run(path: Path, all_gold: bool, verbose: bool = False) -> Tally:
    t = Tally()
    for item in json.loads(path.read_text(encoding="utf-8")):
        sentence = item["req"]
        golds = _gold(sentence, item["res"])
        summary = summarize(sentence)
        # getattr: the script also scores code from before Figure.change, for comparison
        preds = [Pred(f.text, f.value, f.unit, getattr(f, "change", None)) for f in summary.figures]
        before = len(t.misses)
        score_sentence(sentence, golds, preds, t, all_gold)
        if verbose and len(t.misses) > before:
            print(sentence, file=sys.stderr)
            for line in t.misses[before:]:
                print(line, file=sys.stderr)
    return t


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    path = Path(args[0]) if args else find_quantities()
    if path is None or not path.is_file():
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        print("quantities.json not found; see the docstring of this script.", file=sys.stderr)
        return 2
    for label, all_gold in (("house convention", False), ("all gold", True)):
        t = run(path, all_gold, verbose and not all_gold)
        p, r, f = t.f1(t.value, t.pred_value)
        _, _, fs = t.f1(t.strict, t.pred_strict)
        _, _, fl = t.f1(t.lenient, t.pred_lenient)
        print(
            f"{label}: gold={t.gold} predicted={t.pred} value_p={p:.3f} value_r={r:.3f} "
            f"value_f1={f:.3f} unit_f1_strict={fs:.3f} unit_f1_lenient={fl:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
