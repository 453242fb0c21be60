"""Past participles of verbs as written (supplies → supplied, holds → held), for what a figure
was done to ("jobs cut", "shares sold by Sony")."""

from __future__ import annotations

_IRREGULAR = {
    verb: done
    for verbs, done in (
        ("fly flies flew", "flown"),
        ("have has had", "had"),
        ("hold holds", "held"),
        ("take takes took", "taken"),
        ("make makes", "made"),
        ("give gives gave", "given"),
        ("send sends", "sent"),
        ("spend spends", "spent"),
        ("pay pays", "paid"),
        ("buy buys", "bought"),
        ("sell sells", "sold"),
        ("bring brings", "brought"),
        ("build builds", "built"),
        ("win wins won", "won"),
        ("lost lose loses", "lost"),
        ("see sees saw", "seen"),
        ("get gets", "got"),
        ("keep keeps", "kept"),
        ("find finds", "found"),
        ("seek seeks", "sought"),
        ("lay lays", "laid"),
        ("leave leaves", "left"),
        ("own owns", "owned"),
        ("bear bears", "borne"),
        ("foresaw", "foreseen"),
        ("run runs ran", "run"),
        ("put puts", "put"),
        ("let lets", "let"),
        ("be", "been"),
        ("flee", "fled"),
        ("set", "set"),
        ("cut cuts", "cut"),
        ("hit", "hit"),
        ("shed", "shed"),
        ("cost costs", "cost"),
        ("raise", "raised"),
        ("rose", "risen"),
        ("fell", "fallen"),
        ("grew", "grown"),
        ("stole", "stolen"),
        ("drew", "drawn"),
        ("threw", "thrown"),
        ("wrote", "written"),
        ("lead leads", "led"),
        ("meet meets", "met"),
        ("catch catches", "caught"),
        ("strike strikes", "struck"),
        ("shoot shoots", "shot"),
        ("tell tells", "told"),
        ("spin", "spun"),
        ("sink sank", "sunk"),
    )
    for verb in verbs.split()
}
PARTICIPLES = frozenset(_IRREGULAR.values())
"""Participles as written (sold, paid, built): each is its own."""


def participle(verb: str) -> str:
    """The past participle of a verb as written (supplies → supplied, holds → held)."""
    v = verb.lower()
    if v in _IRREGULAR:
        return _IRREGULAR[v]
    if v in PARTICIPLES:
        return v  # "sold by Sony", not "solded"
    if v.endswith("ed"):
        return v
    if v.endswith("ing") and len(v) >= 5:
        stem = v[:-3]
        doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls"
        single = stem[:-1] if doubled else stem  # putting → put, running → run
        for base in (stem, single, single + "e"):  # holding → held, making → make → made
            if base in _IRREGULAR:
                return _IRREGULAR[base]
        if stem.endswith("y") and stem[-2:-1] not in "aeiou":
            return stem[:-1] + "ied"  # carrying → carried
        return stem + ("d" if stem.endswith("e") else "ed")  # shipping → shipped, using → used
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v[:-1] + "ied"
    if v.endswith("ies"):
        return v[:-3] + "ied"
    if v.endswith(("ches", "shes", "sses", "xes", "zes")):
        return v[:-2] + "ed"
    if v.endswith("es"):
        return v[:-1] + "d"
    if v.endswith("s") and not v.endswith("ss"):
        v = v[:-1]
    return v + "d" if v.endswith("e") else v + "ed"
