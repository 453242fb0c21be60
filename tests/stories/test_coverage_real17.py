"""Stories on the seventeenth set of our own coverage (tests/stories/coverage_real17.py).

Written blind like the fourth to sixteenth, in the forms nearest issue #16's hidden coverage
and in the wires and outlets the earlier sets lack: an ANSA-like Italian wire in English, an
EFE-like Spanish one, a Yonhap-like Korean one ("(LEAD)", "(2nd LD)", "(END)"), an
Anadolu-like Turkish one, an IANS-like Indian one ("--KNS"), a Bernama-like Malaysian one
("-- WARTA"), a PA-like British agency, an AAP-like Australian one, a CNA-like Singapore
broadcaster, a Reuters-like wire's "BRIEF-" and "UPDATE 1-", a press release wire and a
company newsroom's release, a parliament's record, a sports wire's scoreline, business
dailies ("lakh crore", "bln", "pct", "¥", "€"), a live blog, broadsheets, a tabloid, regional
papers, trade press, aggregators' one-liners, labelled opinion ("Opinion:", "Comment:",
"Analysis:") and an unlabelled column, a regulator's and a ministry's own statements and a
video site's captions; 69 items from 42 outlets over four publication days months apart, 33
of them whole articles whose background names the running topics' earlier events, 23 RSS
items of a headline and a line, on the kinds of news of the hidden set's days (two summits,
a ride-hailing licence refused and its appeal, a dementia trial halted and the drugmaker's
cuts, a market's crash and its record, an earthquake and its aftershock, two rounds of
sanctions, smart glasses and their makers' former engineers' campaign, a record transfer and
the striker's return, two earthquakes and two court rulings on one day). Only its form is
tested here: the set has not yet been clustered, and its scores and floors are added when it
first is, as the hidden coverage is scored (at the items' own times, one publication day at
a time, and squashed into one heavy day).
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real17

PIECES = coverage_real17.PIECES


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # fifths or more whole articles (none past 1,800 characters), three to five near-empty
    # video captions each labelled with its event (see coverage.check_form); 23 RSS items of
    # a headline and a line (100 to 250 characters); two singletons, neither a caption.
    coverage.check_form(
        PIECES, coverage_real17.DAYS, whole_share=2 / 5, longest=1800, near_empty=range(3, 6)
    )
    assert len(PIECES) == 69
    assert len({p.feed for p in PIECES}) == 42
    assert len({p.event for p in PIECES}) == 23
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 33
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 23
    assert sum(len(p.text) < 100 for p in PIECES) == 4
    assert sum(sum(q.event == p.event for q in PIECES) == 1 for p in PIECES) == 2
    # The wires' forms: an ANSA-like "ORVENNA, Month Day - ", an EFE-like "(TESELA).- ", a
    # Yonhap-like "(Saebyeok) -- " ending "(END)", an Anadolu-like "Ozkaria: " headline over
    # a byline and "YALIBASI, Ozkaria", an IANS-like "(KNS) " ending "--KNS", a Bernama-like
    # ending "-- WARTA", a PA-like byline, an AAP-like "TAP" at the end, a CNA-like "PORT
    # MERANTI: ", a Reuters-like "BRIEF-" and "UPDATE 1-" over "(Brennard) - " with credit
    # lines, a press release wire's "/ReleaseLine/ -- ", a parliament's record, a sports
    # wire's scoreline; labelled opinion and analysis; at most two shouted headlines.
    assert sum(p.text.startswith("ORVENNA, ") and p.feed == "Agenzia Telvi" for p in PIECES) == 3
    assert sum(", May 14 (TESELA).- " in p.text for p in PIECES) == 1
    assert sum("(Saebyeok) -- " in p.text and p.text.endswith("(END)") for p in PIECES) == 2
    assert sum(p.title.startswith(("(LEAD) ", "(2nd LD) ")) for p in PIECES) == 2
    assert sum(p.title.startswith("Ozkaria: ") for p in PIECES) == 2
    assert sum("\nYALIBASI, Ozkaria\n" in p.text for p in PIECES) == 2
    assert sum("(KNS) " in p.text and p.text.endswith("--KNS") for p in PIECES) == 2
    assert sum(p.text.endswith("-- WARTA") for p in PIECES) == 2
    assert sum(p.text.startswith("By Ellie Parr, CPA ") for p in PIECES) == 2
    assert sum(p.text.endswith("\nTAP") for p in PIECES) == 1
    assert sum(p.text.startswith("PORT MERANTI: ") for p in PIECES) == 2
    assert sum(p.title.startswith(("BRIEF-", "UPDATE 1-")) for p in PIECES) == 2
    assert sum("(Brennard) - " in p.text for p in PIECES) == 3
    assert sum("(Reporting by " in p.text for p in PIECES) == 2
    assert sum("(Writing by " in p.text for p in PIECES) == 2
    assert sum(" /ReleaseLine/ -- " in p.text for p in PIECES) == 1
    assert sum("Mr Speaker" in p.text for p in PIECES) == 1
    assert sum("Virtus Orvenna 2 (" in p.text for p in PIECES) == 1
    assert sum("''" in p.text for p in PIECES) == 7
    assert sum("crore" in p.text for p in PIECES) == 4
    assert sum(p.title.startswith(("Opinion:", "Comment:", "Analysis:")) for p in PIECES) == 4
    assert sum(p.title.isupper() for p in PIECES) == 2
