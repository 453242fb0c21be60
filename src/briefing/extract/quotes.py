"""Quotation spans: curly, straight, guillemets and single marks; nesting; scare quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.sentences import paragraphs
from briefing.extract.vocab import PARTICIPLES, SPEECH_VERBS
from briefing.extract.words import by_first_letter, wordset

_DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“”", "‟": "”"}
_SINGLE_OPEN = {"‘": "’", "‹": "›"}
_ANY_DOUBLE = frozenset('“”«»„‟"')
_DOUBLE_MARKS = re.compile('[“”«»„‟"]')
_MARKS = re.compile("[“”«»„‟\"‘’‹›']")
_BEFORE_OPEN = frozenset(" \t([{—–-/:;,")
_TWO_MARKS = re.compile("'''|''|``")
_OPEN_CONTEXT = frozenset(" \t\n([{—–")


def standard_marks(text: str) -> str:
    """The text with two-character quotation marks (``...'' and ''...'') written as ".

    New York Times copy writes its double quotation marks as two apostrophes (or opens with two
    backticks). Each pair becomes a space and a straight mark, the mark nearest the words, so
    every offset stays where it was: ''We won,'' he said → ` "We won," ` he said. Three marks
    are a single one and the pair, the single inside: ''Say 'no,''' → ` "Say 'no,'" `.
    """
    if "''" not in text and "``" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        i = m.start()
        after = text[i + 2 : i + 3]
        opening = m.group() == "``" or (
            (i == 0 or text[i - 1] in _OPEN_CONTEXT) and after != "" and not after.isspace()
        )
        if len(m.group()) == 3:  # a single mark inside the pair: ''Say 'no,''' she said
            return " \"'" if opening else "'\" "
        return ' "' if opening else '" '

    return _TWO_MARKS.sub(one, text)


@dataclass(frozen=True)
class QuoteSpan:
    """Text between a pair of quotation marks."""

    start: int
    """Offset of the first character inside the marks."""
    end: int
    """Offset just past the last character inside the marks."""
    open_mark: int
    """Offset of the opening mark."""
    close_mark: int | None
    """Offset of the closing mark; None when the quote runs on into the next paragraph."""
    paragraph: int
    """Index of the paragraph holding the quote."""


def _opens(text: str, i: int, p_start: int, p_end: int) -> bool:
    """Whether a straight or single mark at i stands where a quotation would open."""
    before_ok = i == p_start or text[i - 1] in _BEFORE_OPEN or text[i - 1] in _ANY_DOUBLE
    after_ok = i + 1 < p_end and not text[i + 1].isspace()
    if before_ok and after_ok and text[i] in "'’‘" and _ELIDED.match(text, i + 1):
        # talking about 'em, rock 'n' roll, 'til then: a letter left out (and a word
        # processor's turned mark, the late ‘90s, is the same apostrophe)
        return False
    return before_ok and after_ok


_ELIDED = re.compile(r"(?:em|n|til|cause|cos|bout|round|tis|twas|nother|\d0s)\b", re.I)
"""Words that open with an apostrophe for the letters left out ('em, 'n', 'til, '90s)."""


def _closes_single(text: str, i: int, p_end: int) -> bool:
    """Whether a ’ or ' at i closes a quote rather than being an apostrophe (won’t, countries’)."""
    nxt = text[i + 1] if i + 1 < p_end else " "
    if nxt.isalnum():
        return False
    prev = text[i - 1] if i > 0 else " "
    return not prev.isspace()


def _scan_paragraph(
    text: str, p_start: int, p_end: int, index: int, singles: bool
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    marks = _MARKS if singles else _DOUBLE_MARKS
    i = p_start
    while i < p_end:
        found = marks.search(text, i, p_end)
        if found is None:
            break
        i = found.start()
        c = text[i]
        closers = ""
        if c in _DOUBLE_OPEN:
            closers = _DOUBLE_OPEN[c]
        elif c == '"' and _opens(text, i, p_start, p_end):
            closers = '"”'  # a straight mark closed by a curly one ("Yes,” she said) happens
        elif singles and c in _SINGLE_OPEN and _opens(text, i, p_start, p_end):
            closers = _SINGLE_OPEN[c]
        elif singles and c == "'" and _opens(text, i, p_start, p_end):
            closers = "'"
        if not closers:
            i += 1
            continue
        close = _find_close(text, i, p_end, c, closers)
        inner_end = p_end if close is None else close
        if inner_end > i + 1 and text[i + 1 : inner_end].strip():
            spans.append(QuoteSpan(i + 1, inner_end, i, close, index))
        if close is None:
            break
        i = close + 1
    return spans


def _turned_close(text: str, j: int, p_end: int) -> bool:
    """Whether an opening mark at j stands where a quotation closes: after a word's end or
    punctuation, before a space or the paragraph's end."""
    prev = text[j - 1] if j > 0 else " "
    nxt = text[j + 1] if j + 1 < p_end else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:") and prev in ".,!?…"


def _straight_close(text: str, j: int, p_end: int) -> bool:
    """Whether a straight mark at j, inside a curly quotation, closes it: after a word or
    punctuation, before a space, punctuation or the paragraph's end."""
    prev = text[j - 1] if j > 0 else " "
    nxt = text[j + 1] if j + 1 < p_end else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?")


def _find_close(text: str, i: int, p_end: int, opener: str, closers: str) -> int | None:
    """Offset of the mark closing the quote opened at i, skipping nested quotations."""
    depth = 0
    j = i + 1
    single = opener in "‘‹'"
    # Only marks matter: jump from one to the next instead of walking every character.
    straight = '"' if opener == "“" else ""
    nested = False
    relevant = re.compile(
        "[" + re.escape(opener + closers + _DOUBLE_OPEN.get(opener, "") + straight) + "]"
    )
    while j < p_end:
        found = relevant.search(text, j, p_end)
        if found is None:
            return None
        j = found.start()
        c = text[j]
        if depth == 0 and c in closers and c not in _DOUBLE_OPEN:
            if not single or _closes_single(text, j, p_end):
                return j
        elif c == "“" and opener == "“" and depth == 0 and _turned_close(text, j, p_end):
            return j  # “It's late,“ she said — a closing mark set the wrong way round
        elif c == '"' and nested:
            nested = False  # the close of a straight quotation inside the curly one
        elif c == '"' and depth == 0 and _straight_close(text, j, p_end):
            return j  # “It's late," she said — a straight mark closing a curly one
        elif c == '"':
            nested = _opens(text, j, i, p_end)
        elif depth == 0 and c in closers and opener == "„":
            return j
        elif c == opener and opener not in "\"'" and opener != "„":
            depth += 1
        elif depth > 0 and c in _DOUBLE_OPEN.get(opener, _SINGLE_OPEN.get(opener, "")):
            depth -= 1
        j += 1
    return None


_SAID = f"(?:{by_first_letter(sorted(SPEECH_VERBS - PARTICIPLES, key=len, reverse=True))})"
"""The speech verbs (vocab.SPEECH_VERBS) but their participles: said, says, told, added ..."""
_SINGLE_QUOTED = re.compile(
    rf"[,?!][’'][^\S\n]+(?:[\w.]+[^\S\n]+){{0,4}}?{_SAID}\b"
    rf"|\b{_SAID}(?:[^\S\n]+\w+)?[:,][^\S\n]*[‘'][A-Z]"
)
"""A quotation in single marks read with its speech verb: `'...,' said Ms Lee`, `Lee said: '...`."""


def _single_style(text: str) -> bool:
    """Whether copy that has double marks quotes with single ones all the same, as British
    papers do ('We will win,' said Ms Lee), keeping double marks for a quote inside a quote or
    a title: more quotations in single marks with their speech verb than pairs of double marks,
    and at least two (an American story's word in single marks inside a quote does not)."""
    marks = text.count(",'") + text.count(",’") + text.count(": '") + text.count(": ‘")
    if marks < 2:
        return False  # (a count in C first: the pattern over every story cost 2% of a summary)
    quoted = len(_SINGLE_QUOTED.findall(text))
    return quoted > 1 and quoted * 2 > len(_DOUBLE_MARKS.findall(text))


def find_quote_spans(text: str, end: int | None = None) -> list[QuoteSpan]:
    """Every quotation in text[:end], outermost only, in order.

    Two-character marks count once standard_marks() has rewritten them (the caller does it,
    since it reads the text around the quotes too).
    """
    singles = _DOUBLE_MARKS.search(text) is None or _single_style(text)
    spans: list[QuoteSpan] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        if end is not None and p_start >= end:
            break
        if end is not None:
            p_end = min(p_end, end)
        spans.extend(_scan_paragraph(text, p_start, p_end, index, singles))
    return spans


_LABEL_BEFORE = re.compile(
    r"(?:\bso[- ]called|\bdubbed|\bnicknamed|\bknown\s+as|\bnamed|\b(?:en)?titled|\bbranded|"
    r"\blabell?ed|\btermed|\bcode[- ]?named|\bcall(?:s|ed)?\s+(?:the|a|an)|\bthe\s+word|"
    r"\bthe\s+term|\bslogan|\bmotto|\bhashtag|\bsymbol|\bticker|\bstock\s+code|\bpassword|"
    r"\busername|\bcall\s+sign)\s*$",
    re.IGNORECASE,
)
_LABEL_ENDS = tuple(
    wordset(
        """called dubbed named as titled branded led termed the a an word term slogan motto hashtag
        symbol ticker code password username sign"""
    )
)
"""How each phrase _LABEL_BEFORE finds ends, in lower case (labelled, codenamed ...)."""


def _label_before(before: str) -> bool:
    """Whether _LABEL_BEFORE finds a naming phrase (so-called, dubbed ...) at the end of before.

    The search tries a dozen phrases at every offset; text that does not end with how one of
    them ends cannot match, and for ASCII text (case-folded like str.lower) that test is cheap.
    """
    if before.isascii() and not before.rstrip().lower().endswith(_LABEL_ENDS):
        return False
    return _LABEL_BEFORE.search(before) is not None


_CODE = re.compile(r"[$_{}<>=\\|]|%\d*[A-Za-z]|\(\)|^[a-z]+:$|://|^[\w-]+\.(?:exe|py|js|sh|txt)$")
"""Marks of a token of code, a path or an address in quotation marks (a blog's `$PATH`,
`file:`, `https://...`, `setup.exe`)."""
_JSON_BEFORE = re.compile(r"(?:[\[{]|[\"\]}]\s*[:,])\s*$")
_JSON_AFTER = re.compile(r"\s*:\s*(?:[\"\[{\d-]|true\b|false\b|null\b)")
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|whose)|\w[’']s)\s+$", re.I
)
_CALL_BEFORE = re.compile(
    r"\bcall(?:s|ed|ing)?\s+(?!for\b|on\b|to\b|upon\b)(?:[\w’'\-]+\s+){0,3}$", re.I
)
"""Naming (locals call the lake “...”), not appealing (a call for “restraint”)."""
_SMALL = wordset("of the and for in on a an to at de with by from via vs")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
"""A product's name written with its capital inside (iPad, eBay): capitalised for a title."""
_NAMING = wordset(
    """called call calls calling described describes describing responds responded reports
    reported believes believed thinks posted charged welcomed welcomes hailed hails ordered
    instructed proposed maintained laughed cried continued continues states write written"""
)
"""Speech verbs that as often name a thing or do something else (it responds to, he charged
a fee, the United States, write a bill, a book written by): no evidence that a phrase in
their sentence is someone's words."""


_SPEECH = re.compile(
    rf"(?<![\w’'])(?:{by_first_letter(sorted(SPEECH_VERBS - _NAMING, key=len, reverse=True))})\b"
)


_CHARACTERISING = re.compile(
    r"(?<![\w’'])(?:call(?:ed|ing|s)?\s+(?:it|him|her|them|this|that)\b|"
    r"call(?:ed|ing|s)?\s+(?:(?:[\w’'.\-]+\s+){0,4}an?|(?!the\b)[\w’'.\-]+)(?=\s*$)|"
    r"blam(?:ed|ing|es)|describ(?:ed|ing|es)|accus(?:ed|ing|es)|"
    r"decr(?:ied|ying|ies)|denounc(?:ed|ing|es)|mock(?:ed|ing|s)|prais(?:ed|ing|es)|"
    r"dismiss(?:ed|ing|es)|tout(?:ed|ing|s)|referr(?:ed|ing)|refers)\b"
)
"""Verbs that report how someone characterised a thing: Lee blamed the “fog of war”, called
it a “paperwork error”, called the plan a “disaster” (call with a pronoun or "X a": a speech act
about something named before, not a name given)."""


_AROUND = 300
"""Characters each side of a quotation that _speech_around reads."""


def _speech_around(text: str, span: QuoteSpan, sentence: tuple[int, int] | None) -> bool:
    """Whether the sentence round a quotation, outside it, has a speech verb (said, told), or
    before it a verb reporting how someone characterised a thing (blamed, called it)."""
    if sentence is None:
        return False
    s, e = sentence
    after = span.end if span.close_mark is None else span.close_mark + 1
    # A window each side, so that a run of quotes in one endless sentence stays linear.
    before = text[max(s, span.open_mark - _AROUND) : span.open_mark].lower()
    outside = before + " " + text[after : min(e, after + _AROUND)].lower()
    return _SPEECH.search(outside) is not None or _CHARACTERISING.search(before) is not None


_SHOW_BEFORE = re.compile(
    r"(?:\b[Oo]n|\w[’']s|\b(?:show|podcast|movie|film|documentary|book|novel|memoir|series|"
    r"programme|program|sitcom|album|song|musical|play|author\s+of|tune\s+of|hosts\s+of),?)"
    r"\s*$"
)
"""What stands before a programme's or a book's title: on “...”, ABC’s “...”, the reality
show “...”, in his book, “...”."""


def is_label(text: str, span: QuoteSpan, sentence: tuple[int, int] | None = None) -> bool:
    """Whether a quotation is a scare quote, a name or a title rather than someone's words.

    A short phrase after an article (an “aggressive appeal”) or after call (they call it
    “the blue eye”) is a label unless its sentence, outside the marks, has a speech verb:
    then it is a fragment of what someone said (she said she expects an “aggressive appeal”),
    as annotators of real copy count it. `sentence` is the span of the quote's sentence.
    """
    inner = text[span.start : span.end]
    words = inner.split()
    if len(words) == 1 and _CODE.search(inner):
        return True  # "$TERM_PROGRAM", "%02X", "foo()": code, nobody's words
    before = text[max(0, span.open_mark - 40) : span.open_mark]
    if _label_before(before):
        return True
    close = span.close_mark + 1 if span.close_mark is not None else len(text)
    if len(words) == 1 and (_JSON_BEFORE.search(before) or _JSON_AFTER.match(text, close)):
        return True  # { "type": "process", "args": ["-Zi"] }: a code sample's keys and values
    ends_with_punct = inner.rstrip()[-1:] in ".,!?;:…"
    short = len(words) <= 4 and not ends_with_punct
    if short and _ARTICLE_BEFORE.search(before) and not _speech_around(text, span, sentence):
        return True
    characterises = words[0].lower() in ("a", "an") if words else False
    if (
        len(words) <= 3
        and not ends_with_punct
        and not characterises
        and _CALL_BEFORE.search(before)
        and not _speech_around(text, span, sentence)
    ):
        # Locals call the lake “the blue eye” (a name); Moscow called it “a provocation” (speech).
        return True
    # Words that count for a title's case: a figure (10.5-inch) has none, iPad has its capital.
    content = [w for w in words if w.lower() not in _SMALL and not w[:1].isdigit()]
    if not content or not all(w[:1].isupper() or _CAMEL.match(w) for w in content):
        return False
    if len(words) > 6:
        # A long quotation is someone's words, unless a headline's: every word capitalised
        # and no sentence's end (a review's “Slate Maker Finally Delivers Its Dream Tablet”).
        return len(content) >= 4 and not ends_with_punct and inner.rstrip()[-1:] not in "”’\"'"
    if _SHOW_BEFORE.search(before):
        return True  # on CNN’s “State of the Union.”, on “Meet the Press.”: a programme's name
    # A title: American copy puts the comma inside the marks (the show “The Apprentice,” said).
    comma_only = inner.rstrip()[-1:] == "," and not _speech_around(text, span, sentence)
    if (not ends_with_punct or comma_only) and span.close_mark is not None:
        after = text[span.close_mark + 1 : span.close_mark + 3]
        starts_sentence = span.open_mark == 0 or text[span.open_mark - 1] in "\n"
        return not starts_sentence or not (after.startswith(",") or comma_only)
    return False
