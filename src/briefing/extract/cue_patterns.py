"""The patterns before, after and around a quotation that attribution.py reads a speaker by.

Split from cues.py, which keeps the phrase tests (np_ok, run_words) and the patterns the
register of people uses (appositives.py reads the phrase before a verb, subjects.py a
sentence's subject); every pattern here runs over masked text (cues.mask_quotes).
"""

from __future__ import annotations

import re

from briefing.extract.cues import (
    DETERMINERS,
    FINITE,
    NPCHARS,
    OF_BEFORE,
    SAID_BEFORE,
    VERB_NEAR,
    WHEN,
)
from briefing.extract.names import FUNCTION_WORDS, bare
from briefing.extract.phrase import is_verb
from briefing.extract.vocab import (
    FEMALE_NAMES,
    MALE_NAMES,
    PARTICIPLES,
    PERSON_TITLES,
    SPEECH_VERBS,
    TITLE_WORDS,
    WORDS_SAID,
)
from briefing.extract.words import by_first_letter, wordset

_REPORTED = (
    r"(?:he|she|they|it|we|I|you)\s+(?:was|is|were|are|ha[ds]|have|would|will|could|did|do|wo|ca)"
    r"(?:n[’']t)?\b"
)
"""A pronoun and its verb after "said": the words it reports, not who said them (said he was)."""

POST_VERB_FIRST = re.compile(rf"^\s*,?\s*(?:{FINITE})\s+(?!that\b|{_REPORTED})(?P<np>{NPCHARS}+)")
POST_SUBJ_FIRST = re.compile(
    rf"^\s*,?\s*(?:as\s+)?(?P<np>(?:(?![—–]){NPCHARS}){{1,70}}?)\s+"
    rf"(?:\w+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|often\s+|always\s+|once\s+)?"
    rf"(?:{FINITE})\b"
)
"""“...” Ann Lee said (or “...,” as Lee said): the subject before the verb (no dash in it:
“...” the vote — but he insisted is a sentence going on)."""
POST_QUOTED_AS = re.compile(
    rf"^\s*,?\s*(?P<outlet>{NPCHARS}{{1,40}}?\s+(?:quoted|cited)\s+(?!as\b|by\b))?"
    rf"(?P<np>{NPCHARS}{{1,70}}?)\s+"
    rf"(?(outlet)|(?:was|is|were|has\s+been|had\s+been)\s+quoted\s+(?:by\s+{NPCHARS}{{1,60}}?\s+)?)"
    r"as\s+(?:saying|telling)\b"
)
"""“...,” Peskov was quoted as saying by RIA, “...,” Xinhua quoted Wang as saying: the wire's
forms for words another outlet reported (the one quoted speaks, not the outlet)."""
QUOTED_AS_PRE = re.compile(
    rf"\b(?:quoted|cited)\s+(?!as\b|by\b)(?P<np>{NPCHARS}{{1,60}}?)\s+as\s+(?:saying|telling\s+"
    rf"{NPCHARS}{{1,40}}?)\s*[,:]?\s*$"
)
"""Xinhua quoted (or cited) Wang as saying: “...” — the speaker is the one quoted, not the
outlet."""
_WHAT_CALLED = re.compile(
    rf"\b(?:what|which)\s+(?P<np>{NPCHARS}{{1,60}}?)\s+{WHEN}(?:has\s+|had\s+|once\s+)?(?:called|calls|"
    r"termed|terms|dubbed|dubs|coined|described\s+as|describes\s+as|referred\s+to\s+as|"
    r"likes\s+to\s+call)(?:\s+(?:it|a|an|the))?\s*$"
)
"""... shedding what Ann Lee called “...”, the eclipse, which the agency has dubbed a “...”: the
one who called it so speaks, not the subject."""


def reported_as(before: str) -> re.Match[str] | None:
    """The phrase before a quote that names who the words are reported as, or called by: Xinhua
    quoted Wang as saying:, what critics described as “...”."""
    if "quoted" in before or "cited" in before:
        return QUOTED_AS_PRE.search(before)
    return _WHAT_CALLED.search(before) if "what" in before or "which" in before else None


POST_DASH_NAME = re.compile(
    r"^[^\S\n]*[—–][^\S\n]*(?P<np>[A-Z][\w’'\-\u2024]*(?:[^\S\n]+[A-Z][\w’'\-\u2024]*){1,3})"
    r"[^\S\n]*(?:,|$)"
)
"""“We are thrilled.” — Jane Doe, chief executive: a press release's pull quote, signed with
a full name after a dash."""
_DESCRIBING = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(DETERMINERS)) + ")"
"""cues.DETERMINERS, capitalised or not (the, a, an, another, one, his, her, its, their)."""
POST_DESC_NAME = re.compile(
    rf"^\s*,?\s*(?:{_DESCRIBING}\s+{NPCHARS}{{1,60}}?|{NPCHARS}{{1,40}}?[’']s\s+{NPCHARS}{{1,40}}?)"
    r"\s*,\s*(?P<np>[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){1,3}),"
    rf"\s+(?:{FINITE})\b"
)
"""“...,” the museum's director, Ann Lee, said: a description, then the name it introduces."""
POST_APPOSITIVE = re.compile(
    rf"^\s*,?\s*(?P<np>{NPCHARS}{{1,60}}?)\s*,[^“”\"«»~\n]{{1,120}}?,\s+(?:{FINITE})\b"
)
"""“...,” Kobakhidze, who spoke after the meeting, said."""
INSERTED = re.compile(
    rf",\s*(?P<np>(?:[Hh]e|[Ss]he|[Tt]he\s+[\w’'\-]+(?:\s+[\w’'\-]+)?|"
    rf"[A-Z][\w’'\-\u2024]+(?:\s+[A-Z][\w’'\-\u2024]+){{0,3}}))\s+(?:{FINITE})\b{NPCHARS}{{0,40}},"
)
ACCORDING = re.compile(
    rf"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?P<np>{NPCHARS}{{1,80}})(?:,|:\s*$)"
    rf"|\b[Ii]n\s+(?:(?P<owner>{NPCHARS}{{1,60}}?)[’']s?|(?P<pronoun>his|her))\s+(?:own\s+)?"
    r"words\s*,"
)
"""According to Lee, “...” (or According to Lee: “...”); in the words of one aide, “...”; in the
mayor's (or her own) words, “...”."""
_OWNER_PRONOUN = {"his": "he", "her": "she"}
"""The subject pronoun of an owner's (in his own words: he)."""


_OWNER_BEFORE = re.compile(r"(?<![\w’'])(?P<np>[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]+){0,2})[’']s\s*$")
_WORDS_NOUN = re.compile(
    rf"\s*(?:{by_first_letter(sorted(WORDS_SAID | {'rallying cry'}, key=len, reverse=True))})s?\b"
)
"""A name's possessive just before a quote, and after it a noun of words said: Lee's “if you
like it, keep it” promise (not Lee's “judgment”, more often a critic's word for Lee's)."""


def according(before: str, after: str = "") -> tuple[str, int] | None:
    """The speaker an according-to phrase, or "in the words of" or "in X's words", names in
    the text before a quote, and where it starts; or a name whose possessive the quote follows,
    a noun of words said after it (Lee's “...” promise)."""
    m = ACCORDING.search(before) if "ccording" in before or "words" in before else None
    if m is None:
        owner = _OWNER_BEFORE.search(before) if _WORDS_NOUN.match(after) else None
        return None if owner is None else (owner.group("np"), owner.start("np"))
    group = next(g for g in ("np", "owner", "pronoun") if m.group(g) is not None)
    return _OWNER_PRONOUN.get(m.group(group), m.group(group)), m.start(group)


DIRECT = re.compile(rf"\s(?:{FINITE})(?:\s+{NPCHARS}{{0,40}}?)?\s*[,:]\s*$")
PARTICIPLE = re.compile(
    rf"(?<![\w’'])(?:{by_first_letter(sorted(PARTICIPLES, key=len, reverse=True))})\s*[,:]?\s*$"
)
"""Trump urged calm, saying, “...”: the speaker is the sentence's subject."""
_TITLES_LOW = by_first_letter(sorted(filter(str.isalpha, PERSON_TITLES), key=len, reverse=True))
"""Title words in lower case before a name after a speech verb (said spokesman Tom Bell:)."""
VERB_THEN_NAME = re.compile(
    r"\s(?:said|says|added|adds|explained|explains|wrote|writes|noted|notes|continued|continues|"
    r"recalled|recalls|observed|replied|responded|declared|quipped)"
    r"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|To(?:day|night)\b|Yesterday\b)"
    rf"(?P<np>(?:(?:{_TITLES_LOW})\s+){{0,2}}[A-Z][\w’'\-\u2024]*(?:\s+[\w’'\-\u2024]+){{0,5}}?)"
    r"\s*[,:]\s*$"
)
"""In other words, explained moderator Ann Lee: “...” — the verb before its subject (not told
or asked, whose object is the listener; not a day: "said Wednesday," is when)."""
ABSOLUTE = re.compile(
    rf"(?:^|[,;–—(]\s*|\b(?:with|and)\s+)(?P<np>(?:the\s+)?[A-Z][\w’'\-\u2024]*"
    rf"(?:\s+(?:of\s+)?[A-Z][\w’'\-\u2024]*){{0,4}})\s+(?:[a-z]+ly\s+)?"
    rf"(?:{by_first_letter(sorted(PARTICIPLES, key=len, reverse=True))})\b"
    r"(?:[^,;“”\"«»~]{0,50}|,\s*)$"
)
"""..., Ryan saying he was “...” / with the union calling her “...” / with Lee reportedly
yelling: “...”: a participle's own subject, named just before it."""
PARTICIPLE_CLAUSE = re.compile(
    rf",\s+(?:{by_first_letter(sorted(PARTICIPLES, key=len, reverse=True))})\b"
    rf"[^,.;:!?“”\"«»]{{0,60}}$"
)
"""..., calling the plan “...”: a participle clause of the subject's, the quote inside it."""
LATER = re.compile(
    rf",\s*(?P<np>[Hh]e|[Ss]he|(?:[\w’'\-\u2024]+\s+){{0,5}}?[A-Z][\w’'\-\u2024]*)"
    rf"\s+(?:{FINITE})\b"
)
"""“Boots on the ground” would be right, Ann Lee said: the attribution later in the sentence."""
COLON_NAME = re.compile(
    r"^\s*(?:(?:[Mm]ore|[Mm]uch)\s+from\s+|[A-Z][a-z]+ed\s+)?"
    r"(?P<np>[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){0,3})\s*:\s*$"
)
"""A name alone before a colon opens a quotation (Stone: “...”, More from Lee: “...”,
Continued Lee: “...”)."""
LATER_DESC = re.compile(
    rf",\s*(?P<np>(?:the|a|an|his|her|its|their)\s+(?:[\w’'\-]+\s+){{0,3}}?[\w’'\-]+)"
    rf"\s+(?:{FINITE})(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+last\s+week|\s+yesterday)?"
    rf"(?:\s+(?:reporters|journalists|the\s+press|[A-Z][\w’'.]+(?:\s+[A-Z][\w’'.]+)?))?"
    rf"\s*(?:[.,;]|$)"
)
"""... a “dramatic impact” on voters, who ..., the lawsuit says (on Friday), a diplomat told
reporters (told Reuters). LATER with a description."""
LATER_VERB_FIRST = re.compile(
    rf",\s*(?:said|says|added|adds|wrote|writes|noted|notes|explained|recalled)\s+"
    rf"(?P<np>(?:[Tt]he\s+|an?\s+)?[A-Z]{NPCHARS}{{0,80}}?)\s*(?:[.,;]|$)"
)
"""“A challenge” for the city, said Ann Lee. The same with the verb first: the sentence ends,
or an appositive opens, after the name."""
NP_CLAUSE = re.compile(r"\s(?:when|while|as|after|before|during|because|since|if|who|that|which)\s")
"""Where a clause after a speaker's phrase begins (said Ann Lee when asked about ...)."""
SPEECH_ANY = re.compile(rf"(?<![\w’'])(?:{FINITE}|add|say|tell|note|argue|explain)\b")
"""A speech verb anywhere in a sentence (its subject may speak the next paragraph's quote)."""
CREDIT = re.compile(
    r"^[\-—―–]*\s*(?P<np>(?:[A-Z][\w’'\-\u2024]*\.?\s+){0,3}[A-Z][\w’'\-\u2024]*)"
    r"\s*(?:,\s*[A-Z][\w’'\-\u2024&]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w’'\-\u2024&]*){0,6})?"
    r"\s*\.?\s*$"
)
"""A credit line: a paragraph of a name only, maybe after a dash and before an affiliation."""
POST_ACCORDING = re.compile(
    rf"^\s*[,—–]?\s*(?:according\s+to|(?:that|this|such)?\s*(?:was|is|were|are)\s+the\s+"
    rf"(?:message|verdict|warning|word|words|view|assessment|reaction|response|promise|reply|"
    rf"answer|retort)\s+"
    rf"(?:from|of)|came\s+the\s+(?:message|verdict|warning|word|reply|response)\s+from)\s+"
    rf"(?P<np>{NPCHARS}{{1,80}})"
)
"""“...,” according to Lee; “...” — that was the message from Lee; “...”, came the reply from
Lee."""
LATER_ACCORDING = re.compile(rf"(?<![\w’'])according\s+to\s+(?P<np>{NPCHARS}{{1,120}})")
"""“...,” ... , according to Nielsen. — the only attribution of a quote, later in its sentence."""
POST_ANY_VERB = re.compile(
    r"^\s*(?P<np>[Hh]e|[Ss]he|(?:an?\s+[a-z]+\s+)?[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){0,3}"
    r"|(?:the|its|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:[a-z]+(?:ed|s)|went|shot|fired|broke|cut|read)\b(?:\s+(?:out|up|on|back|in))?"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|last\s+week|yesterday|today|in\s+an?\s+[a-z]+))?\s*(?:[.,;]|$)"
)
"""“Maybe?” Lee pressed. / “No,” an angry Lee shot back. After a quote ending in , ? or ! a name and
a verb in -ed or -s attribute it however rare the verb; the verb must end the clause, so no
object follows (which would make it a sentence of its own)."""
PUT_IT = re.compile(
    rf"\b[Aa]s\s+(?P<np>{NPCHARS}{{1,60}}?)(?:,(?:{NPCHARS}|[~“”\"]){{1,100}},[”\"]?)?\s+"
    rf"(?:puts?\s+it|(?:reported|wrote|noted|explained|observed)(?:\s+{NPCHARS}{{0,80}})?)"
    r"\s*(?:[,:]\s*$|,[^“”\"~:]{1,160}:\s*$)"
)
"""Or, as Ann Lee (, a former aide,) put it: “...”; as Ann Lee puts it, wrote (in ...):; as Lee
observed, the winner was the host: “...”. The appositive may hold a title in marks (, author
of "The Dam,")."""
_PUT_IT_OPENING = re.compile(
    rf"\b[Aa]s\s+(?P<np>{NPCHARS}{{1,60}}?)\s+puts?\s+it\s*,(?P<rest>[^“”\"~:]{{1,160}})$"
)
"""As Ann Lee puts it, the council faces “an offer it cannot refuse”: the sentence after the
opening is Lee's account, in Lee's words (unless a speech verb there gives them to another)."""


def put_it(before: str) -> re.Match[str] | None:
    """Who a sentence's "as ... put it" or "as ... reported" clause says the words are by,
    from the text before a quote (see PUT_IT and _PUT_IT_OPENING); None when it has none."""
    if "as " not in before and "As " not in before:
        return None
    if before.rstrip()[-1:] in ",:":
        return PUT_IT.search(before)
    m = _PUT_IT_OPENING.search(before) if " it" in before else None
    return m if m is not None and SPEECH_ANY.search(m.group("rest")) is None else None


POST_ANY_VERB_FIRST = re.compile(
    r"^\s*(?:[a-z]+ed|read)\s+(?P<np>[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){0,3}"
    r"|the\s+[a-z]+)(?:\s+of\s+[A-Z][\w’'\-\u2024]*)?\s*(?:[.,;]|$)"
)
"""“Never,” reacted Lee (of Dover). / “...,” read the email. The same with the verb first."""
NAME_AFTER = re.compile(
    r"^\s*,\s*(?P<det>(?:the|an?)\s+)?(?:(?P<role>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+)?)\s+)?"
    r"(?P<np>[A-Z][\w’'\-\u2024]+(?:\s+[A-Z][\w’'\-\u2024]+){1,3})(?P<end>\s*[,.;\n]|\s*$)?"
)


def name_after(text: str) -> re.Match[str] | None:
    """The name an appositive gives after a description: `, Ann Lee`, `, actress Ann Lee.`,
    `, the party's lawyer Ann Lee,`. Lower-case words before the name must be a role's
    (no verb, participle or function word: `, calling Ann Lee a liar` names no speaker) and
    the name must end the appositive."""
    m = NAME_AFTER.match(text)
    if m is None or m.group("role") is None:
        return None if m is None or m.group("det") else m  # (, a Donald Trump supporter)
    role = m.group("role").split()
    if m.group("end") is None or any(
        w in FUNCTION_WORDS or w.endswith(("ing", "ly")) for w in role
    ):
        return None
    return None if role[-1].endswith("ed") or is_verb(role[-1]) else m  # the retired nurse


_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|but|whereas|although|though|and|(?P<rel>which|whom)\s+(?=(?P<next>[\w’']+)))\s*"
)
_AUXILIARIES = wordset("is was were are has have had will would could can may might also")
"""Words after ", which" that show the clause has no subject of its own (", which is private,")."""


def last_clause(before: str) -> int:
    """Where the last clause joined by ", while" (", but" ...), or a relative clause of its own
    subject (", which Lee had called ..."), with a speech verb starts, or 0."""
    found = 0
    for m in _CLAUSE_BREAK.finditer(before):
        following = (m.group("next") or "").lower()
        if m.group("rel") and (following in _AUXILIARIES or is_verb(following)):
            continue  # ", which is private, said": the clause has no subject of its own
        found = m.end()
    if found and any(w in SPEECH_VERBS for w in before[found:].lower().split()):
        return found
    return 0


_CHANTS = ("chanting", "shouting", "singing", "yelling", "chanted", "shouted", "sang", "yelled")
_CHANTED = re.compile(
    r"(?:^|[,;–—]|\b(?:after|as|when|while|with|and|among|amid|from|of|by)\b)\s*"
    r"(?!(?:after|as|when|while|with|and|but|then|among|amid)\b)"
    r"(?P<np>(?:an?\s+|the\s+|some\s+|many\s+|several\s+|hundreds\s+of\s+|thousands\s+of\s+|"
    r"dozens\s+of\s+)?[a-z][\w’'\-]*(?:\s+(?:of\s+|and\s+)?[a-z][\w’'\-]*){0,5}?)\s+"
    rf"(?:{'|'.join(_CHANTS)})\s*[,:]?\s*$"
)
"""A crowd before a chant (with hundreds of farmers chanting “...”; a group of men shouted
“...”): what it chants is the crowd's, not the sentence subject's (police moved in after
...). Only a description in lower case: a name before the verb is read as any speaker is."""


_OWN_WORDS = re.compile(
    r"(?P<np>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s?\s+(?:full\s+|own\s+|exact\s+|"
    r"entire\s+|latest\s+|written\s+)?(?:quote|statement|words|response|reply|answer|message|"
    r"remarks|comment|explanation|verdict)(?:\s+(?:was|were|is|came|read|reads))?\s*:\s*$"
)
"""A name's words announced by their possessive before a colon: Cook's full quote: “...”,
Lee's response was: “...”."""


_TITLED_COLON = re.compile(
    r"\b(?P<title>[a-z][\w\-]*)\s+(?P<np>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,2})\s*:\s*$"
)
"""A titled name just before a colon, the quote's speaker though a clause opens the
sentence (the surge does not surprise pollster Dana Shaw: “...”)."""


def announced(before: str) -> re.Match[str] | None:
    """The crowd that chants the quote after `before` (see _CHANTED), if it ends in a chant;
    or the name whose words a possessive (see _OWN_WORDS) or a title and a colon announce."""
    if before.rstrip().endswith(":"):
        own = _OWN_WORDS.search(before) if "’" in before or "'" in before else None
        m = own or _TITLED_COLON.search(before)
        return m if m is not None and (own or m.group("title") in TITLE_WORDS) else None
    if not before.rstrip(" ,:").endswith(_CHANTS):
        return None  # most quotes: no regex run
    return _CHANTED.search(before)


BARE_ATTRIBUTION = re.compile(
    r"(?:[Hh]e|[Ss]he|(?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*)\s+"
    r"(?:said|says|added|adds|wrote|writes|recalled|continued)\.\s*$"
)
"""A sentence that is only a speaker and a verb ("Lee said."): after a quote closed by a full
stop (“... are missing.” Lee said.), the quote's attribution, which copy should have joined
with a comma."""
SO_SAID = re.compile(r"So\s+(?=(?:said|says|wrote|writes)\s)")
"""A sentence that opens "So said" after a quote closed by a full stop (“The mill stays
open.” So said the premier, Ines Marr): the quote's attribution, inverted."""
SAID_THEN_ACCORDING = re.compile(r"[^“”\"\n]{0,4}\baccording\s+to\s")
"""After a quote, "according to" before its attribution: who reported the words, which the
speech verb before the quote credits (Lee said “...,” according to the Herald)."""


def titles_run(between: str, run: str, after: str) -> bool:
    """Whether a capitalised run after a person's name is a title of theirs, not a name: title
    words after a comma or "and" (`Ann Lee, Chairman and CEO said`, `..., chairman and CEO
    said`), or a title of a body before its verb (`Ann Lee, Chancellor of Brill University
    said`: not `Ann Lee and Secretary of State Tom Rowe`)."""
    words, joins = run.split(), between.removeprefix(",").split()
    if (between[:1] != "," and between != "and") or words[0].lower() not in TITLE_WORDS:
        return False
    if any(w.lower() not in TITLE_WORDS and w != "and" for w in joins):
        return False
    of = next((k for k, w in enumerate(words) if w in ("of", "for", "at")), len(words))
    if of < len(words) - 3 and (bare(words[-2]) in MALE_NAMES or bare(words[-2]) in FEMALE_NAMES):
        return False  # ..., Speaker of the House Ann Lee said: a name after the title
    if of < len(words) - 1:
        # Managing Director of Kolt Freight said
        titles = all(w.lower() in TITLE_WORDS for w in words[:of])
        return titles and between == "," and VERB_NEAR.match(after) is not None
    return all(w.lower() in TITLE_WORDS or w == "and" for w in words)


def speaks(m: str, a: int, b: int) -> bool:
    """Whether the phrase at m[a:b] is the subject of a speech verb (Lee said, said Lee)."""
    if OF_BEFORE.search(m[max(0, a - 8) : a]):
        return False  # Ann Lee of the Harbour Trust said: the trust said nothing
    if VERB_NEAR.match(m[b : b + 40]) is not None:
        return True
    # said Lee, ... / said Lee. — not "said China and Russia agree", an indirect object
    before = m[max(0, a - 12) : a].rsplit(None, 1)[-1:]
    ends = m[b : b + 1] in (",", ".", "")
    return ends and bool(before) and m[a - 1 : a].isspace() and before[0].lower() in SAID_BEFORE


_OPENING_ASIDE = re.compile(
    r"\W*(?:(?:in|on|just|shortly|soon|only|even|ever|the|a|two|three|few|several"
    r"|days?|weeks?|months?|years?|hours?)\s+){0,4}"
    r"(?:since|when|after|before|while|although|though|because|until|once|whereas|as)\s"
)
"""A clause that opens its sentence on a conjunction (`When ...,`, `In the years since ...,`)."""
_MAIN_OPENING = re.compile(r",\s*(?:(?:the|a|an)\s+)?")
"""What may stand between an opening clause's comma and its main clause's subject."""


def clause_role(low: str, s: int, a: int) -> str:
    """What a mention at position a of the lower-cased text is to the sentence at s when the
    sentence opens on a conjunction's clause (`Since Tom Kirk took over, Ann Rowe's team
    grew.`): "aside" inside that clause (Tom Kirk: not the sentence's subject), "subject"
    first after its comma (Ann Rowe), else ""."""
    if _OPENING_ASIDE.match(low, s) is None:
        return ""
    comma = low.find(",", s, a)
    if comma == -1:
        return "aside"
    main = _MAIN_OPENING.match(low, comma)
    return "subject" if main is not None and main.end() == a else ""
