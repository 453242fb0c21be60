"""Copy in another language than English keeps its lead and quotes, and nothing misread.

The summarizer's speech verbs, units and number forms are English: read as English, a
German article's "35.000 Euro" was 35 euros and a product name the speaker of a quote.
An article whose opening holds more of another language's little words than English ones
gets its lead and its quotes without speakers, and no figures; English copy, an earnings
table of bare figures included, is read in full.
"""

from __future__ import annotations

import pytest

from briefing.extract.language import is_english
from briefing.summarize import summarize

GERMAN = (
    "BERLIN - Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der für die "
    "Schulen der Stadt 35.000 Euro mehr vorsieht als im Vorjahr.\n"
    "„Wir investieren in die Zukunft unserer Kinder“, sagte Bürgermeisterin Anna Keller nach "
    "der Abstimmung. Die Opposition kritisierte, dass die Mittel für den Nahverkehr um 2,5 "
    "Prozent sinken sollen."
)
FRENCH = (
    "Le conseil municipal a adopté mardi soir le budget des écoles pour l'année prochaine, "
    "avec une hausse de 12 % des crédits pour les cantines.\n"
    "« C'est un vote qui donne de la visibilité aux familles », a déclaré le maire, qui "
    "espère ouvrir deux nouvelles classes le 4 mars."
)


@pytest.mark.parametrize("text", [GERMAN, FRENCH])
def test_another_languages_article_keeps_its_lead_and_quotes_without_speakers(
    text: str,
) -> None:
    summary = summarize(text)
    assert summary.lead.startswith(("Der Stadtrat hat", "Le conseil municipal"))
    assert summary.quotes, "the quotes' words are kept"
    assert all(quote.speaker is None for quote in summary.quotes)
    assert summary.figures == ()


def test_english_copy_is_read_in_full() -> None:
    english = (
        "LONDON, Dec 4 (Northwire) - The city council approved a budget of 35,000 pounds "
        'for its schools on Tuesday. "We are investing in our children," said Mayor Anna '
        "Keller."
    )
    summary = summarize(english)
    assert [quote.speaker for quote in summary.quotes] == ["Anna Keller"]
    assert [figure.value for figure in summary.figures] == [35000.0]


def test_an_earnings_table_is_english_though_it_holds_no_english_word() -> None:
    # "vs" is French's "vous" too; a table repeats it in every line.
    table = (
        "ELMTOWN, Ohio, May 9 - Shr 41 cts vs 33 cts\nNet 7.2 mln vs 5.9 mln\n"
        "Revs 212.6 mln vs 188.1 mln\nAvg shrs 17.4 mln vs 17.9 mln\nReuter"
    )
    assert is_english(table)
    assert summarize(table).figures


@pytest.mark.parametrize(
    "text",
    [
        "Die Hard star to come back for one more film, agent says",
        "War fears grow as troops mass on the border",
        "Son of former president charged with fraud",
        "Shr 41 cts vs 33 cts",
    ],
)
def test_english_lines_with_other_languages_words_are_english(text: str) -> None:
    assert is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        GERMAN,
        FRENCH,
        "Городской совет во вторник утвердил бюджет на следующий год, и школы получат "
        "больше денег, чем раньше.",
        "El pleno del ayuntamiento aprobó el martes el presupuesto para el próximo año, con "
        "más dinero para los colegios.",
    ],
)
def test_articles_in_other_languages_are_not_english(text: str) -> None:
    assert not is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "市政府周二批准了明年的预算，学校将获得比去年多百分之十二的资金。",
        "市議会は火曜日、来年度の予算を承認し、学校への予算は12%増える。",
    ],
)
def test_copy_written_without_spaces_between_words_is_not_english(text: str) -> None:
    assert not is_english(text)


def test_a_name_in_another_script_in_english_copy_is_english() -> None:
    assert is_english("The 東京 office said its sales rose 5% in the quarter to March.")


def test_chinese_copy_gets_no_figures() -> None:
    summary = summarize("市政府周二批准了明年的预算，学校将获得比去年多 12% 的资金。")
    assert summary.figures == ()
    assert summary.lead
