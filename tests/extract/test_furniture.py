"""The quick tests in front of the furniture patterns never skip a line the patterns find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.furniture import (
    _LINK_LIST,
    _LIST_HEADINGS,
    _NOT_THE_ARTICLE,
    _blank,
    article_only,
)
from briefing.summarize import summarize

PIECES = [
    "Related",
    "Related stories",
    "Articles en rapport",
    "Harbour pilots vote to strike",
    "Read more",
    "Watch",
    "Image copyright",
    "Image caption",
    "Media playback is unsupported on your device",
    "Share this with Facebook",
    "Share on Twitter",
    "Continue reading the main story",
    "Story continues below",
    "Continue reading...",
    "Read full article >>",
    "Keep reading",
    "Editor's note: updated.",
    "Correction: an earlier version erred.",
    "This article was originally published on The Ledger.",
    "Listen to this article",
    "4 min read",
    "Sign up for our newsletter",
    "Comments (12)",
    "Advertisement",
    "AFP via Getty Images",
    "Updated: Dec 4, 2026",
    "Published 4 December 2026",
    "Last updated 2 hours ago",
    "10:32 a.m. ET",
    "The council met on Monday.",
    "\n",
    " ",
    ":",
]


def _cased(piece: str, upper: bool) -> str:
    return piece.upper() if upper else piece


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.booleans()), max_size=8))
def test_article_only_blanks_what_the_pattern_finds_in_any_case(
    parts: list[tuple[str, bool]],
) -> None:
    text = "".join(_cased(piece, upper) for piece, upper in parts)
    listed = _LINK_LIST.sub(_blank, "\n" + text)[1:]
    expected = _NOT_THE_ARTICLE.sub(lambda m: " " * len(m.group(0)), listed)
    assert article_only(text) == expected


def test_a_furniture_line_in_capitals_is_blanked() -> None:
    text = "ADVERTISEMENT\nThe council met on Monday."
    assert article_only(text) == " " * 13 + "\nThe council met on Monday."


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Updated: December 4, 2026 10:32 IST\nThe river rose overnight.", "The river rose"),
        ("By Ann Roe\nPublished 4 December 2026\nThe river rose overnight.", "The river rose"),
        ("Last updated 2 hours ago\nThe river rose overnight.", "The river rose"),
        ("Posted at 10:32 am\nThe river rose overnight.", "The river rose"),
        # A live blog's entry time on a line of its own.
        ("10:32 a.m. ET\nThe river rose overnight.", "The river rose"),
        ("14:05 GMT\nThe river rose overnight.", "The river rose"),
        ("The vote is at 10:30.\nThe river rose overnight.", "The vote is at 10:30."),
        # A sentence that opens with the word is the article's.
        ("Updated figures show the river rose.", "Updated figures show"),
        ("Published in 2019, the survey found gaps.", "Published in 2019"),
    ],
)
def test_a_page_time_stamp_is_no_lead(text: str, lead: str) -> None:
    assert summarize(text).lead.startswith(lead)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("BREAKING NEWS\nThe dam held overnight.", "The dam held overnight."),
        ("Story highlights\nThe dam held.\nCrews stayed.", "The dam held."),
        ("Key points:\nThe dam held.\nCrews stayed.", "The dam held."),
        ("From staff reports\nThe dam held overnight.", "The dam held overnight."),
        # A blog's line naming whom it quotes next.
        ("Tara Voss:\nThe dam held overnight, she wrote.", "The dam held overnight, she wrote."),
        # Not kickers: an old wire table's first line, a headline-like line with a full stop,
        # a lone line.
        ("Shr loss two cts\nNet loss 1.2 mln", "Shr loss two cts"),
        ("Dams hold.\nCrews stayed.", "Dams hold."),
        ("BREAKING NEWS", "BREAKING NEWS"),
    ],
)
def test_a_kicker_above_the_article_is_no_lead(text: str, lead: str) -> None:
    assert summarize(text).lead == lead


@pytest.mark.parametrize(
    "link", ["Continue reading...", "Read full article >>", "Read more…", "Keep reading"]
)
def test_a_link_to_the_rest_of_the_article_is_no_part_of_it(link: str) -> None:
    # Papers' feeds end every item with one (three of ../shared's real feeds): read as the
    # item's words, every item of the feed shares them.
    text = f"The council met on Monday.\n{link}"
    assert article_only(text) == "The council met on Monday.\n" + " " * len(link)
    # Words that merely begin like one are the article's.
    assert article_only("Read more books, the council said.") == (
        "Read more books, the council said."
    )


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Editor's note: This story was updated.\nThe council closed the pool.", "The council"),
        ("Correction: An earlier version misspelt a name.\nThe pool closed.", "The pool"),
        (
            "This article was originally published on The Ledger.\nSea levels rose faster.",
            "Sea levels",
        ),
        ("This story has been republished with permission.\nSea levels rose.", "Sea levels"),
        ("Listen to this article\n3 min\nThe bank held its rate.", "The bank"),
        ("4 min read\nThe bank held its rate.", "The bank"),
        ("Comments\nThe bank held its rate.", "The bank"),
        ("Sign up for our daily newsletter\nThe bank held its rate.", "The bank"),
        (
            "Published: 10:32 EST, 4 December 2026 | Updated: 11:05 EST, 4 December 2026\n"
            "The bank held its rate.",
            "The bank",
        ),
        # A deck under the headline, or the headline itself, above the article's first sentence.
        (
            "The sales aren't over yet\nRetailers kept their holiday prices for a second day.",
            "Retailers kept",
        ),
        ("The X factor\nPlay these ten games on your new phone, made for its screen.", "Play"),
        (
            "Harbour ferry cut to two crossings\nTallis Line will run two crossings a day in May.",
            "Tallis Line",
        ),
        # A byline without "By": the name over its role, above the first sentence.
        (
            "Ann Roe\nSenior Correspondent\nThe central bank held its rate at 4.5% on Thursday.",
            "The central bank",
        ),
        # A credit for the picture above it.
        ("Image attribution: Creative Commons.\nThe plant grows on waste ground.", "The plant"),
        ("Photo credit: Ann Roe\nThe plant grows on waste ground.", "The plant"),
    ],
)
def test_a_note_a_deck_or_a_credit_above_the_article_is_no_lead(text: str, lead: str) -> None:
    # Pages put these above the article's first sentence; each had been the lead.
    assert summarize(text).lead.startswith(lead)


@pytest.mark.parametrize(
    "text",
    [
        "Published in 1990, the book sold a million copies.",
        "The council met for 45 min\nIt voted to close the library.",
        "Subscribers to the newsletter rose 40% last year.",
        # An old wire table's first line is its lead; so is a line with nothing below it, or
        # with only a short line below.
        "Shr 52 cts vs 38 cts\nNet 1.2 mln vs 900,000",
        "Council approves budget",
        "Two killed in crash\nTwo people died.",
    ],
)
def test_sentences_like_a_note_and_a_tables_first_line_are_the_lead(text: str) -> None:
    assert summarize(text).lead == text.split("\n")[0]


def test_a_link_to_the_comments_alone_gives_no_lead() -> None:
    # An aggregator's items hold only a link to their discussion.
    assert summarize("Comments").lead == ""
    assert summarize("Comments are closed on this story, the editor said.").lead != ""


@pytest.mark.parametrize(
    "credit",
    [
        "Getty.",
        "(Getty)",
        "AP Photo/Ann Roe",
        "Reuters/Bo Lind",
        "AFP Photos",
        # any wire the sign-off reader knows (vocab.AGENCIES) credits photos too
        "Kyodo/Taro Sato",
        "(Yonhap/Kim Min-jun)",
    ],
)
def test_a_photo_credit_on_a_line_of_its_own_speaks_no_quote(credit: str) -> None:
    """A picture's credit between a heading and the text (a slideshow's "Getty.") had been
    read as the heading's quote's speaker: it is no part of the article."""
    heading = 'Ann Lee Tells Her Town To "Keep The Lights On."'
    text = f"{heading}\n\n{credit}\n\nThe crowd cheered her on Monday."
    assert [q.speaker for q in summarize(text).quotes] == [None]
    assert credit not in article_only(text)


def test_an_agencys_name_alone_stays_for_its_sign_off() -> None:
    text = "Shares of Acme rose 4 pct on Monday, the company said.\n\nReuters"
    assert article_only(text) == text


_RELATED_BODY = "The ferry company cut its winter timetable to four sailings a day."
_RELATED_HEADLINES = (
    "Harbour pilots vote to strike over night shifts\n"
    "« Nous n’avons plus de bateaux », says the mayor of Quillac\n"
    "Fuel duty rise of 12% hits island hauliers"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Related stories",
        "RELATED",
        "More from The Quay Post:",
        "Also on Harbour Radio:",
        "See also",
        "Most read",
        "You may also like",
        "Articles en rapport",
        "À lire aussi :",
        "Sur le même sujet",
        "Lesen Sie auch",
        "Mehr zum Thema",
        "Noticias relacionadas",
        "Leia também",
        "Leggi anche",
        "Lees ook",
    ],
)
def test_a_list_of_links_under_its_heading_is_no_part_of_the_article(heading: str) -> None:
    # Sites list other stories' headlines under a heading of their own (real feeds in
    # French and English do): read as the article, their quotes and figures were the item's,
    # and two items listing one story shared its words.
    text = f"{_RELATED_BODY}\n{heading}\n{_RELATED_HEADLINES}"
    blanked = article_only(text)
    assert blanked.startswith(_RELATED_BODY + "\n")
    assert blanked[len(_RELATED_BODY) :].strip() == ""
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    summary = summarize(text)
    assert summary.quotes == ()
    assert [figure.text for figure in summary.figures] == ["four sailings"]


@pytest.mark.parametrize("heading", _LIST_HEADINGS)
def test_every_heading_of_a_list_of_links_is_found_in_any_case(heading: str) -> None:
    line = heading.replace("*", "The Quay Post").capitalize()
    text = f"{_RELATED_BODY}\n{line}\n{_RELATED_HEADLINES}"
    assert article_only(text).rstrip() == _RELATED_BODY


def test_the_article_goes_on_after_a_list_of_links() -> None:
    # The list ends at the first line that ends a sentence: prose, the article's again.
    after = '"We will keep the dawn sailing," the ferry company\'s chief, Ines Marr, said.'
    text = f"{_RELATED_BODY}\nMore from The Quay Post:\n{_RELATED_HEADLINES}\n{after}"
    summary = summarize(text)
    assert [quote.speaker for quote in summary.quotes] == ["Ines Marr"]
    assert article_only(text).endswith(after)


@pytest.mark.parametrize(
    "text",
    [
        # A heading's words in prose, or a heading with prose beside it on its line.
        "See also the council's report, which the mayor published on Monday.",
        "The mayor spoke.\nMost read of all were the harbour's accounts, a clerk said.",
        "The mayor spoke.\nRelated to the vote, the harbour board met on Friday.",
    ],
)
def test_words_like_a_heading_in_prose_stay(text: str) -> None:
    assert article_only(text) == text


_QUOTED = "The harbour board voted on Tuesday to close the north quay to cruise ships for a year."


@pytest.mark.parametrize(
    "above",
    [
        # Link blogs open a post with who wrote the passage they quote and where: the
        # passage is what the post is about.
        "Ines Marr, reporting for The Quay Post:",
        "Ines Marr, in her column for The Harbour Ledger:",
        "Fine investigative work by Ines Marr and Olek Brandt for Portwatch:",
        "Olek Brandt has a fine scoop for The Tidewater Review:",
        "A sharp piece by Ines Marr on the harbour board's vote:",
        # Papers' feeds put the standfirst, the summary under the headline, without a full
        # stop, above the article: the article's first sentence is the lead.
        "Island council to close two schools as pupil numbers fall, leader tells parents",
        "Exclusive: ‘We were not warned’, say islanders, as 3,000 homes remain without power",
        # A standfirst, then a video's title over the article.
        "Ferries cancelled as the storm moves east\nStorm Oriel: explained in 60 seconds",
    ],
)
def test_a_credit_or_a_standfirst_above_the_article_is_no_lead(above: str) -> None:
    assert summarize(f"{above}\n{_QUOTED}\nA fine call, if late.").lead == _QUOTED


@pytest.mark.parametrize(
    "line",
    [
        "Here is all that is known about the storm and the harbour tonight:",
        "The harbour board voted on Tuesday to close the north quay:",
    ],
)
def test_a_line_introducing_what_follows_without_a_credit_stays_the_lead(line: str) -> None:
    assert summarize(f"{line}\n{_QUOTED}").lead == line


def test_a_style_sheet_pasted_into_the_text_is_no_part_of_the_article() -> None:
    css = (
        ".note{color:#2a6f4e;margin:0 4px}.card{opacity:.4;padding:3px 9px}"
        ".rail::-moz-selection{left:7px;right:5px}.pad{top:30%;margin:2px}"
    )
    text = f"The ferry fare rises to £14 on Monday, the operator said.\n{css}\nIt was £12."
    kept = article_only(text)
    assert len(kept) == len(text) and css not in kept and kept.startswith("The ferry fare")
    assert [f.text for f in summarize(text).figures] == ["£14", "£12"]


def test_a_style_sheet_laid_out_a_declaration_a_line_is_no_part_of_the_article() -> None:
    """A page's style element let into a feed's text as it was written: a selector and its
    brace, a declaration a line (one running on to the next), a closing brace; and rules of
    one line each. Its pixels and percentages had become figures."""
    css = (
        ".promo a {\n  margin: 0 12px 0 0;\n  background: url(/img/tiles.png)\n  no-repeat 0 0;\n"
        "  width: 40px;\n}\n.promo .fb { background-position: 0 20%; }\n"
        ".tw:focus { background-position: 50% 30%; }\n"
    )
    text = f"Ferry tickets are 15% off this weekend.\n{css}Offer ends Sunday."
    kept = article_only(text)
    assert len(kept) == len(text) and "margin" not in kept and "focus" not in kept
    assert [f.text for f in summarize(text).figures] == ["15%"]


def test_a_line_of_prose_with_a_brace_or_two_stays() -> None:
    text = "The bill {as amended: see note 3; and note 4} passed; the vote: 41 to 8."
    assert article_only(text) == text
