"""Names a headline gives that the text writes only where every word has a capital.

Wire copy opens its sentences with the firm it reports on ("Carrow, the country's
largest miller, said ..."), so the text never shows that the firm's name is a name; a
headline in sentence case does ("Miller Carrow first-quarter profit rises 7 pct"). Two
firms' results filed on one wire template on one morning then name a stranger each and
stay two stories. A headline in title case, a sentence's first word and an acronym
say nothing of what is a name.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Item
from briefing.stories.headlines import headline_names
from briefing.stories.names import capitals, full_names
from briefing.stories.signals import make_doc
from tests.stories.test_teasers import _item, _stories

WIRE = "Tidewater Wire"

MILLER = _item(
    "miller",
    1.0,
    "Miller Carrow first-quarter profit rises 7 pct, tops forecasts",
    "BRANNOCK, March 4 (Tidewater) - Carrow, the country's largest flour miller, said on "
    "Tuesday its first-quarter net profit rose 7 pct to 96 mln dlrs, beating analysts' "
    "forecasts, as bakeries paid more for its premium flours.\n"
    "Revenue rose 4 pct to 1.1 bln dlrs. Its shares closed 2 pct higher.",
    feed=WIRE,
)
SHIPPER = _item(
    "shipper",
    1.5,
    "Shipper Pellaine first-quarter profit rises 11 pct, tops forecasts",
    "BRANNOCK, March 4 (Tidewater) - Pellaine, the biggest container line of the region, "
    "said on Tuesday its first-quarter net profit rose 11 pct to 310 mln dlrs, beating "
    "analysts' forecasts, as freight rates held up.\n"
    "Revenue rose 6 pct to 2.4 bln dlrs. Its shares closed 3 pct higher.",
    feed=WIRE,
)


def _names(title: str, text: str) -> set[str]:
    item = Item(WIRE, "g", "k", title, None, MILLER.published, text)
    return set(make_doc(0, item, None, frozenset()).name_tokens)


def test_two_firms_results_on_one_wire_template_are_two_stories() -> None:
    assert _stories(MILLER, SHIPPER) == [{"miller"}, {"shipper"}]


def test_a_sentence_case_headline_names_what_the_text_opens_sentences_with() -> None:
    text = "Carrow, the largest miller, said profit rose.\nCarrow kept its outlook."
    assert "carrow" in _names("Miller Carrow profit rises on flour prices", text)


def test_a_title_case_headline_names_nothing_by_its_capitals() -> None:
    text = "Carrow, the largest miller, said profit rose.\nCarrow kept its outlook."
    assert "carrow" not in _names("Miller Carrow Profit Rises On Flour Prices", text)


def test_a_headline_sentence_first_word_and_an_acronym_are_not_names() -> None:
    text = "Teenagers who sleep longer did better in tests.\nSleep helps, researchers said."
    names = _names("Want better grades? Send your teenager to bed, say the researchers", text)
    assert "send" not in names
    assert _names("Pupils with more SUV trips sleep less, says the study", text) == set()


def test_a_headline_s_first_word_listed_beside_a_name_is_a_name() -> None:
    text = "Vell and Ostrander agree the harbour deal.\nVell, Ostrander and the port spoke."
    assert headline_names(
        "Vell, Ostrander agree to a smaller version of the harbour plan", text
    ) == [
        "Vell",
        "Ostrander",
    ]
    assert headline_names("Vell and Ostrander back a smaller harbour plan", text)[0] == "Vell"
    assert "Harbour" not in headline_names("Harbour and dock workers back the plan", text)


def test_a_word_the_text_writes_in_lower_case_is_not_a_name() -> None:
    text = "Shares of the miller rose. Bakers said flour prices were high."
    assert "flour" not in _names("Miller shares rise as Flour prices climb", text)


def test_a_headline_word_the_text_never_writes_is_not_a_name() -> None:
    text = "The government's tax on its neighbour's steel alarmed farmers across the border."
    assert _names("Fears of a trade war as Marvenia and its neighbour square up", text) == set()


def test_a_place_a_headline_names_after_in_is_not_whom_it_is_about() -> None:
    """A court's own statement never names its country; the reports place the ruling in
    it: where, not whom, and no stranger between them."""
    text = "Varsk's top court cancelled the permit for the dam.\nJudges said it broke the law."
    assert headline_names("Court ruling halts dam project in Varsk", text) == []
    assert headline_names("Varsk court halts dam project of Miller Orlen", "Orlen said no.") == [
        "Orlen"
    ]


def test_one_leaders_two_acts_of_a_day_that_name_a_stranger_each_are_two_stories() -> None:
    # A day's president and country are named in full in every story of the day; when each
    # headline names someone or somewhere the other item never does, the full names they
    # share are the topic, not the event (a paper's two stories of one morning).
    paper = "Calvanian Courier"
    shield = _item(
        "shield",
        1.0,
        "Marta Velez says her missile shield is bigger than Dorrin's",
        "President Marta Velez of the Republic of Calvania said on Tuesday her country's "
        "missile shield was bigger than anything the Dorrin government had built, in a post "
        "on her official account.\nThe Republic of Calvania has spent heavily on defence.",
        feed=paper,
    )
    fires = _item(
        "fires",
        2.5,
        "Marta Velez declares a disaster in Ostria after wildfires",
        "President Marta Velez declared a state of disaster in the province of Ostria on "
        "Tuesday as wildfires burned through farmland, the Republic of Calvania's civil "
        "protection office said.\nThousands of residents were moved to shelters.",
        feed=paper,
    )
    assert _stories(shield, fires) == [{"fires"}, {"shield"}]


SCREEN = "Screen Ledger"


def test_one_feeds_two_pieces_of_its_beat_are_two_stories_when_one_names_a_stranger() -> None:
    # A film desk's profile of one director and its list of the best directors share the
    # prize's name and the desk's words; the profile's director is nobody the list names.
    profile = _item(
        "varro",
        1.0,
        "Lumen-winning director Ines Varro to make ten-part TV series",
        "Ines Varro, the Lumen-winning director of The Salt Road, is to make her first "
        "television series, a ten-part drama about a family of lighthouse keepers, her "
        "producers said on Wednesday. Varro, whose films have won the Lumen for best director "
        "twice, will write and direct every episode; shooting starts in the spring.",
        feed=SCREEN,
    )
    ranking = _item(
        "greatest",
        3.0,
        "The best Lumen director winners, ranked by our critics",
        "As the Lumen jury meets, our critics pick the best director winners of all time and "
        "rank their films, from silent epics to this year's favourites.",
        feed=SCREEN,
    )
    assert _stories(profile, ranking) == [{"greatest"}, {"varro"}]


def test_a_live_pages_update_that_names_the_winner_stays_with_the_page() -> None:
    closing = _item(
        "close",
        1.0,
        "Pellow mayoral election live: polls close as turnout climbs",
        "Polls have closed in Pellow's mayoral election after a day of long queues, with "
        "turnout put at 61 percent by the election office, the highest in two decades. "
        "Counting starts at the town hall tonight.",
        feed="Pellow Post",
    )
    result = _item(
        "win",
        5.0,
        "Pellow mayoral election live: Ines Varro claims victory",
        "Ines Varro has claimed victory in Pellow's mayoral election, telling supporters at "
        "the town hall that the count gave her a clear lead over the sitting mayor. Turnout "
        "was the highest in two decades, the election office said.",
        feed="Pellow Post",
    )
    assert _stories(closing, result) == [{"close", "win"}]


def test_a_follow_up_strong_with_one_of_two_reports_joins_their_story() -> None:
    # The sale (a wire's report) and its terms (a business site's) are one story; the fans'
    # fears that evening pair strongly with the wire's report, and with the terms share only
    # names (Tarn Capital, Quay Rovers), which count nothing ten hours apart: no link to
    # both members, but the strong one and a rare word with each is enough.
    deal = _item(
        "deal",
        1.0,
        "Quay Rovers agree sale to Tarn Capital fund",
        "PELLOW, March 3 (Coastline) - Quay Rovers Football Club agreed on Tuesday to sell the "
        "club and its Mill Lane ground to the investment fund Tarn Capital, the club's board "
        "said. The fund will take a 90 percent stake and has promised to keep the team at Mill "
        "Lane, where Rovers have played for a century. Supporters' groups said they would seek "
        "guarantees that the ground will not be sold for housing. The sale needs the league's "
        "approval.",
        feed="Coastline",
    )
    terms = _item(
        "terms",
        2.0,
        "Tarn Capital to acquire Quay Rovers Football Club",
        "Tarn Capital said it would acquire Quay Rovers Football Club in a deal valuing the club "
        "at 40 million crowns, its partners said in a statement. The fund, which owns a chain of "
        "marinas, said it would invest in the academy and the women's team and refinance the "
        "club's debts with its own bank over five years.",
        feed="Harbour Business",
    )
    fans = _item(
        "fans",
        12.0,
        "'Our ground is not for sale': Rovers fans fear for Mill Lane after sale",
        "Hundreds of Quay Rovers supporters gathered outside Mill Lane on Tuesday evening after "
        "the club agreed its sale to Tarn Capital, fearing the new owners will sell the ground "
        "for housing. The board said the fund had promised to keep the team at Mill Lane, but "
        "supporters' groups want the guarantee written into the sale before the league approves "
        "it. 'This ground is our history,' one season-ticket holder said.",
        feed="Pellow Post",
    )
    assert _stories(deal, terms, fans) == [{"deal", "fans", "terms"}]


def test_a_name_an_apostrophe_joins_is_one_name() -> None:
    # "O'Farrell" is one name in the headline and in the text, not "O" and "Farrell"; the
    # text's full name is "Aine O'Farrell", whichever apostrophe it is written with.
    text = "Aine O’Farrell, the miller's chief, said profit rose.\nO'Farrell kept its outlook."
    names = _names("Miller O'Farrell profit rises on flour prices", text)
    assert "o'farrel" in names
    assert "farrel" not in names
    item = Item(WIRE, "g", "k", "Miller O'Farrell profit rises", None, MILLER.published, text)
    doc = make_doc(0, item, None, frozenset())
    assert "aine o'farrell" in doc.names
    assert "o'farrel" in doc.key_names


def test_two_firms_whose_names_hold_an_apostrophe_are_two_stories() -> None:
    # The wire template of the two firms above, the firms named O'Farrell and D'Arcy: each
    # headline names a firm the other item never mentions (read as "O" and "Farrell", the
    # names were no key names of the headlines, and the two results joined).
    miller = replace(
        MILLER,
        title="Miller O'Farrell first-quarter profit rises 7 pct, tops forecasts",
        text=MILLER.text.replace("Carrow", "O'Farrell"),
    )
    shipper = replace(
        SHIPPER,
        title="Shipper D'Arcy first-quarter profit rises 11 pct, tops forecasts",
        text=SHIPPER.text.replace("Pellaine", "D'Arcy"),
    )
    assert _stories(miller, shipper) == [{"miller"}, {"shipper"}]


def test_a_word_in_lower_case_then_a_capital_is_a_name_but_a_unit() -> None:
    # "iSkiff", "eTorvo", "iOS" are names wherever a sentence puts them; a unit written so is
    # none.
    text = "Buyers of the iSkiff can trade it in on eTorvo.\nIts iOS-like system uses 12 kWh."
    names = _names("Tessivar cuts iSkiff price", text)
    assert {"iskiff", "etorvo"} <= names
    assert "kwh" not in names
    item = Item(WIRE, "g", "k", "iSkiff 2032 rumours", None, MILLER.published, text)
    assert "iskiff" in make_doc(0, item, None, frozenset()).key_names


def test_one_sites_two_pieces_on_its_beat_that_name_two_products_are_two_stories() -> None:
    # A tech site's rumours of a tablet and a security firm's trick on a phone share the face
    # scanner's name and the maker: each headline's product, written "iSkiff" and "iVessa", is
    # a name the other never gives (read as no name, the two joined).
    rumours = _item(
        "rumours",
        1.0,
        "iSkiff 2032 rumours: thinner bezels, Gaze Unlock and a faster chip",
        "Tessivar is expected to release a new iSkiff next spring with thinner bezels and Gaze "
        "Unlock, the face scanner that debuted on last year's phone, according to analysts who "
        "follow the company's suppliers. A faster chip and a brighter screen are also expected.",
        feed="Gadget Ledger",
    )
    mask = _item(
        "mask",
        3.0,
        "Security firm fools Gaze Unlock with a mask",
        "A security firm in Harwick says it fooled Gaze Unlock, the face scanner on Tessivar's "
        "iVessa phone, with a mask built from a 3D-printed frame and silicone. The company said "
        "the attack was hard to pull off and that the face scanner remains safe for most users.",
        feed="Gadget Ledger",
    )
    assert _stories(rumours, mask) == [{"mask"}, {"rumours"}]


def test_a_full_name_holds_the_particles_of_names() -> None:
    # An Arabic name's article, "bin", "de" and "van" are part of the name, not its end: the
    # lead's "President Karim al-Moussa" is "karim al-moussa" (not "president karim"), as
    # another outlet's "Karim al-Moussa" is.
    lead = "President Karim al-Moussa met Elise van Dorn in Porto de Vesca on a de facto visit."
    names = full_names(lead, frozenset(), len(lead))
    assert {"karim al-moussa", "elise van dorn", "porto de vesca"} <= names
    assert "president karim" not in names
    # After the article, with no space before it, the name's capital is still a name's.
    assert "Moussa" in capitals("Supporters of the cleric Karim al-Moussa marched.", "x")
