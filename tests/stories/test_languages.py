"""Items in another language than English are read with that language's little words.

A day's feeds are mostly English, and a French or German feed's "le", "de", "und" are
words the English items never use: read as content words, the day's IDF takes them for
rare, and the foreign feed's unrelated items joined one another on them. An item whose
opening holds mostly another language's stop words is read with that language's stop
words and stemmer; English copy, even with "die" or "war" in it, stays English.
"""

from __future__ import annotations

import itertools

from briefing.models import Item
from briefing.stories.languages import FeedLanguages, language_of
from tests.stories.test_teasers import _item, _stories

_PLACES = ("Pellow", "Orrin", "Salme", "Kestra", "Dunmore", "Ashby", "Tarn", "Welby", "Corran")
_BODIES = ("council", "hospital trust", "water board", "bus company", "port authority")
_ACTS = ("approves a budget for", "delays plans for", "opens a consultation on", "cuts")
_THINGS = ("new housing", "road repairs", "a flood barrier", "school meals", "street lights")


def _english_day(count: int) -> list[Item]:
    """A day of English local news from a dozen papers (our own sentences)."""
    combos = list(itertools.product(_PLACES, _BODIES, _ACTS, _THINGS))[::7][:count]
    return [
        _item(
            f"en{n}",
            0.05 * n,
            f"{place} {body} {act} {thing}",
            f"The {body} in {place} {act} {thing}, its chair said on Monday. The decision "
            "follows months of debate.",
            feed=f"Paper {n % 12}",
        )
        for n, (place, body, act, thing) in enumerate(combos)
    ]


FEED = "Courrier Varne"
# One French paper's day, each item on another subject (our own sentences).
_FRENCH = [
    (
        "Le conseil municipal vote le budget des écoles",
        "Le conseil municipal a adopté mardi soir le budget des écoles pour l'année "
        "prochaine, avec une hausse des crédits pour les cantines et les transports "
        "scolaires. Le maire a salué un vote qui donne de la visibilité aux familles.",
    ),
    (
        "Les pêcheurs du port de Salme inquiets pour la saison",
        "Les pêcheurs du port de Salme redoutent une saison difficile après un hiver sans "
        "sardines. Ils demandent une aide de la région pour réparer les bateaux et payer "
        "le carburant, dont le prix a encore augmenté ce mois-ci.",
    ),
    (
        "Un nouveau festival de jazz dans les jardins du château",
        "Un festival de jazz se tiendra en juillet dans les jardins du château. Les "
        "organisateurs attendent des musiciens venus de toute la région et promettent "
        "des concerts gratuits pour les enfants le dimanche après-midi.",
    ),
    (
        "La ligne de bus vers l'hôpital sera prolongée",
        "La ligne de bus qui relie la gare à l'hôpital sera prolongée jusqu'au quartier "
        "des Tilleuls à la rentrée. Les habitants réclamaient depuis longtemps une desserte "
        "plus fréquente, en particulier le soir et le week-end.",
    ),
    (
        "Le club de rugby remporte le derby",
        "Le club de rugby a battu son voisin de Salme dimanche, au terme d'un match serré. "
        "L'entraîneur a félicité ses joueurs pour leur défense et pense déjà au prochain "
        "déplacement, le plus difficile de la saison.",
    ),
    (
        "Une pharmacie de garde ouvre la nuit dans le centre",
        "Une pharmacie de garde ouvrira désormais toute la nuit dans le centre-ville. La "
        "mesure répond à une demande des médecins, qui devaient envoyer les patients à "
        "l'hôpital pour le moindre médicament après minuit.",
    ),
    (
        "Le marché couvert rouvre après les travaux",
        "Le marché couvert a rouvert samedi après huit mois de travaux. Les commerçants ont "
        "retrouvé leurs étals, et la mairie promet des places de stationnement "
        "supplémentaires pour les clients le matin.",
    ),
    (
        "Les écoles partent en classe de neige",
        "Les élèves des écoles partiront en classe de neige en février. Le voyage est "
        "financé en partie par la mairie, et les parents paieront une somme réduite selon "
        "leurs revenus, a précisé l'adjointe chargée de l'éducation.",
    ),
]


def test_a_french_feeds_unrelated_items_stay_apart_amid_an_english_day() -> None:
    french = [
        _item(f"fr{n}", 8.0 + n, title, text, feed=FEED) for n, (title, text) in enumerate(_FRENCH)
    ]
    stories = _stories(*_english_day(300), *french)
    assert all({f"fr{n}"} in stories for n in range(len(_FRENCH))), [
        story for story in stories if any(key.startswith("fr") for key in story)
    ]


def test_two_french_outlets_reports_of_one_fire_join() -> None:
    fire = _item(
        "fire",
        9.0,
        "Incendie à la scierie Brévol : quarante pompiers mobilisés",
        "Un incendie a ravagé dans la nuit la scierie Brévol, à l'entrée de Varne. "
        "Quarante pompiers ont combattu les flammes pendant cinq heures ; aucun blessé "
        "n'est à déplorer, mais tout le stock de bois est perdu.",
        feed=FEED,
    )
    other = _item(
        "other",
        11.0,
        "Varne : la scierie Brévol détruite par les flammes",
        "La scierie Brévol a été détruite par un violent incendie dans la nuit de lundi à "
        "mardi. Les pompiers, une quarantaine, ont lutté cinq heures contre le feu ; le "
        "stock de bois est parti en fumée, selon la direction.",
        feed="Le Journal de Salme",
    )
    assert {"fire", "other"} in _stories(*_english_day(100), fire, other)


def test_the_language_is_told_from_the_opening() -> None:
    assert language_of(*_FRENCH[0]).name == "french"
    german = (
        "Stadtrat beschließt neuen Haushalt",
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, und "
        "die Schulen bekommen mehr Geld als bisher.",
    )
    assert language_of(*german).name == "german"
    russian = (
        "Горсовет утвердил бюджет",
        "Городской совет во вторник утвердил бюджет на следующий год, и школы получат "
        "больше денег, чем раньше.",
    )
    assert language_of(*russian).name == "russian"


def test_english_copy_with_words_of_other_languages_stays_english() -> None:
    # "die", "war", "come" and "son" are other languages' stop words, and a headline alone
    # holds few English ones.
    for headline, text in [
        ("Die Hard star to come back", "Bruce Willis will return for one more film."),
        ("War will not die down soon", "Minister says war will not die down soon"),
        ("Son of ex-president charged", "Prosecutors charged his son on Tuesday."),
        ("Council approves budget", ""),
    ]:
        assert language_of(headline, text).name == "english", headline


def test_a_feeds_items_stay_in_its_language_between_two_close_ones() -> None:
    # Portuguese and Spanish share "de", "a", "o", "que", "para": an opening that holds as
    # many of one's stop words as of the other's is read in its feed's language.
    portuguese = (
        "Câmara aprova o orçamento das escolas",
        "A câmara municipal aprovou na terça-feira o orçamento para o próximo ano, com "
        "mais verbas para as escolas e também para os transportes, o que não agradou.",
    )
    # A line that holds Spanish's little words more, but Portuguese's at least half as often.
    close = (
        "Plano de obras",
        "Plano de obras para la ponte, con un custo de un millón para os anos",
    )
    languages = FeedLanguages()
    assert languages.read("Jornal", *portuguese).name == "portuguese"
    assert languages.read("Jornal", *close).name == "portuguese"
    assert FeedLanguages().read("Diário", *close).name == "spanish"
