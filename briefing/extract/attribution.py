"""Quotes with their speakers: attribution before, after or around a quote, then resolution."""

from __future__ import annotations

import bisect
import re

from briefing.extract.quotes import QuoteSpan, find_quote_spans, is_label, standard_marks
from briefing.extract.sentences import paragraphs, split_sentences
from briefing.extract.speakers import (
    Entity,
    Registry,
    bare,
    mark_abbreviations,
    np_words,
    resolve,
    split_title,
)
from briefing.extract.vocab import (
    BODY_HEADS,
    FEMALE_NAMES,
    MALE_NAMES,
    NATIONALITIES,
    PARTICIPLES,
    PERSON_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
    TITLE_PROPER,
    TITLE_WORDS,
)
from briefing.extract.words import at_word_start, by_first_letter, lower_aligned, wordset
from briefing.models import Quote

_FINITE = by_first_letter(sorted(SPEECH_VERBS - PARTICIPLES - {"according"}, key=len, reverse=True))
_SPEAKING_BODIES = wordset(
    """ministry company bank government agency committee office institute association regulator
    council embassy statement authorities administration group fund service"""
)
_HEADS = by_first_letter(
    sorted(PERSON_HEADS | ROLE_HEADS | _SPEAKING_BODIES, key=len, reverse=True)
)
"""Nouns that head a description of a speaker (an official at ..., the ministry)."""
_NPCHARS = r"[^,.;:!?“”\"«»~()\n]"

_CAPS = re.compile(
    r"[A-Z][\w’'\-\u2024]*(?:\s+(?:(?:of|for|de|van|von|der|da|del|di|du|bin)\s+)?"
    r"[A-Z][\w’'\-\u2024]*)*"
)
_LOW_WORD = re.compile(r"([a-z][\w’'\-]*)\s+$")


def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of capitalised words, with lower-case titles inside (Association chairman X)."""
    runs: list[tuple[int, int]] = []
    for m in _CAPS.finditer(text, start, end):
        a, b = m.start(), m.end()
        # Reach back over lower-case title words: "chief executive Daniyar Seitkaliyev".
        while a - 2 >= start and text[a - 2].islower() and text[a - 1] == " ":
            # The word ends at a - 1: it cannot start before the last space ahead of it.
            lo = max(start, a - 24)
            w = _LOW_WORD.search(text, max(lo, text.rfind(" ", lo, a - 1) + 1), a)
            if w is None or w.group(1) not in TITLE_WORDS:
                break
            a = w.start()
        # Join the previous run when only title words lay between (Association chairman X).
        touching = runs and runs[-1][0] < a <= runs[-1][1] + 1
        bridged = runs and a != m.start() and text[runs[-1][1] : a].strip() == ""
        if touching or bridged:
            a = runs.pop()[0]
        runs.append((a, b))
    return runs


_DESC = re.compile(
    rf"\b(?:an?|one|the|its|their|his|her)\s+(?:[\w’'\-]+\s+){{0,3}}?"
    rf"(?:{_HEADS})\b(?:\s+(?:in|at|of|from|with)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){{0,3}})?"
)
_PRONOUN = re.compile(rf"(?:{at_word_start(['he', 'she'])})\b")
"""_DESC and _PRONOUN are searched in the lower-cased text."""
_VERB_NEAR = re.compile(rf"^\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:{_FINITE})\b")
_SAID_BEFORE = wordset(
    "said says added adds noted explained stressed wrote continued recalled warned"
)
_ALL_HEADS = PERSON_HEADS | ROLE_HEADS | BODY_HEADS
_APPOSITIVE = re.compile(r"^\s*(?:,\s*(?:an?\b|the\b|who\b|whose\b|\d)|\(\d)")

_POST_VERB_FIRST = re.compile(rf"^\s*,?\s*(?:{_FINITE})\s+(?!that\b)(?P<np>{_NPCHARS}+)")
_POST_SUBJ_FIRST = re.compile(rf"^\s*,?\s*(?P<np>{_NPCHARS}{{1,70}}?)\s+(?:{_FINITE})\b")
_POST_APPOSITIVE = re.compile(
    rf"^\s*,?\s*(?P<np>{_NPCHARS}{{1,60}}?)\s*,[^“”\"«»~\n]{{1,120}}?,\s+(?:{_FINITE})\b"
)
"""“...,” Kobakhidze, who spoke after the meeting, said."""
_INSERTED = re.compile(
    rf",\s*(?P<np>(?:[Hh]e|[Ss]he|[Tt]he\s+[\w’'\-]+(?:\s+[\w’'\-]+)?|"
    rf"[A-Z][\w’'\-\u2024]+(?:\s+[A-Z][\w’'\-\u2024]+){{0,3}}))\s+(?:{_FINITE})\b{_NPCHARS}{{0,40}},"
)
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<np>{_NPCHARS}{{1,80}}),")
_DIRECT = re.compile(rf"\s(?:{_FINITE})(?:\s+{_NPCHARS}{{0,40}}?)?\s*[,:]\s*$")
_PARTICIPLE = re.compile(
    rf"(?<![\w’'])(?:{by_first_letter(sorted(PARTICIPLES, key=len, reverse=True))})\s*[,:]?\s*$"
)
"""Trump urged calm, saying, “...”: the speaker is the sentence's subject."""
_PARTICIPLE_CLAUSE = re.compile(
    rf",\s+(?:{by_first_letter(sorted(PARTICIPLES, key=len, reverse=True))})\b"
    rf"[^,.;:!?“”\"«»]{{0,60}}$"
)
"""..., calling the plan “...”: a participle clause of the subject's, the quote inside it."""
_LATER = re.compile(
    rf",\s*(?P<np>[Hh]e|[Ss]he|(?:[\w’'\-\u2024]+\s+){{0,5}}?[A-Z][\w’'\-\u2024]*)"
    rf"\s+(?:{_FINITE})\b"
)
"""“Boots on the ground” would be right, Ann Lee said: the attribution later in the sentence."""
_SPEECH_ANY = re.compile(rf"(?<![\w’'])(?:{_FINITE}|add|say|tell|note|argue|explain)\b")
"""A speech verb anywhere in a sentence (its subject may speak the next paragraph's quote)."""
_CREDIT = re.compile(
    r"^[\-—―–]*\s*(?P<np>(?:[A-Z][\w’'\-\u2024]*\.?\s+){0,3}[A-Z][\w’'\-\u2024]*)"
    r"\s*(?:,\s*[A-Z][\w’'\-\u2024&]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w’'\-\u2024&]*){0,6})?"
    r"\s*\.?\s*$"
)
"""A credit line: a paragraph of a name only, maybe after a dash and before an affiliation."""
_POST_ACCORDING = re.compile(rf"^\s*,?\s*according\s+to\s+(?P<np>{_NPCHARS}{{1,80}})")
_POST_ANY_VERB = re.compile(
    r"^\s*(?P<np>[Hh]e|[Ss]he|[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){0,3})"
    r"\s+[a-z]+(?:ed|s)\b(?:\s+(?:out|up|on|back|in))?\s*(?:[.,;]|$)"
)
_POST_ANY_VERB_FIRST = re.compile(
    r"^\s*[a-z]+ed\s+(?P<np>[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){0,3})\s*(?:[.,;]|$)"
)
"""“Maybe?” Hannity pressed. / “Never,” reacted Lee. A quote ending in , ? or ! then a name and a verb in -ed is
attributed however rare the verb; the verb must end the clause, so no object follows."""
_NAME_AFTER = re.compile(
    r"^\s*,\s*(?P<np>[A-Z][\w’'\-\u2024]+(?:\s+[A-Z][\w’'\-\u2024]+){1,3})"
)
_INTRO = wordset(
    """in at on speaking following opening addressing asked after before during without since
    despite under like unlike earlier later separately meanwhile however also responding
    commenting referring answering by for with although though while because if when whereas
    unless once even as"""
)
_LEADING = _INTRO | {"the", "a", "an", "its", "his", "her"}
"""Words a capitalised run may open with that belong to no name (In Astana, The minister)."""
_NP_PREPS = wordset("in at of from with for")
_CLAUSE_WORDS = wordset("that which who whom whose when while because if is was are were has had")
"""Words that show a phrase is a clause, not a speaker's name and description."""
_NP_OK = frozenset(
    {"he", "she", "the", "a", "an", "its", "his", "her", "their", "also", "then", "later", "one"}
)


_WINDOW = 400
"""Characters around a quotation that its attribution may come from."""


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    """The text with every quotation's inside blanked: words quoted never attribute words.

    Honorifics' and initials' full stops are masked too (mark_abbreviations), so that
    Sen. Ann Lee reads as one phrase.
    """
    pieces: list[str] = []
    pos = 0
    for s in spans:  # a quotation never crosses a paragraph, so holds no newline
        pieces.append(text[pos : s.start])
        pieces.append("~" * (s.end - s.start))
        pos = s.end
    pieces.append(text[pos:])
    return mark_abbreviations("".join(pieces))


def _np_ok(np: str) -> bool:
    """Whether a phrase before a speech verb can be a speaker (he, Putin, the ministry ...)."""
    words = [w for w, _ in np_words(np)]
    if not words or len(words) > 7:
        return False
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    if len(words) > 2 and all(w[:1].isupper() for w in words[-2:]):
        return True  # a name at the end carries any description before it (super PAC aide Ann Lee)
    prep = next((i for i, w in enumerate(words) if w.lower() in _NP_PREPS), len(words))
    if 0 < prep < len(words) - 1:
        words = words[:prep]  # a staffer in the room: the phrase after its head is free
    if len(words) <= 4 and bare(words[-1]) in _ALL_HEADS:
        return True  # federal prosecutors, a Democratic staffer
    for w in words:
        low = bare(w)
        if not (
            w[:1].isupper()
            or low in _NP_OK
            or low in TITLE_WORDS
            or low in PERSON_HEADS
            or low in ROLE_HEADS
            or low in BODY_HEADS
            or low in NATIONALITIES
            or low.endswith(("’s", "'s"))
        ):
            return False
    return True


class _Reader:
    def __init__(self, text: str, start: int, sentences: list[tuple[int, int]] | None) -> None:
        marked = standard_marks(text)
        if sentences is None or marked is not text:
            # With '' as quotation marks the caller's sentences may run on past ,'' and .''
            end = sentences[-1][1] if sentences else None
            sentences = split_sentences(marked, start, end)
        self.text = text = marked
        self.sentences = sentences
        limit = self.sentences[-1][1] if self.sentences else start
        self.spans = [s for s in find_quote_spans(text, limit) if s.start >= start]
        self.masked = _mask(text, self.spans)
        self.opens = [s.open_mark for s in self.spans]
        self.starts = [s for s, _ in self.sentences]
        self.reg = Registry()
        self._paragraphs: list[tuple[int, int]] | None = None

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def register(self) -> None:
        """Read every sentence in order, noting people, bodies and pronouns."""
        m = self.masked
        low = lower_aligned(m)
        # Mentions after the last quotation can never be the antecedent of a speaker.
        last = self.spans[-1].end if self.spans else -1
        for index, (s, e) in enumerate(self.sentences):
            if s > last:
                break
            found = [(d.start(), d.end(), "desc") for d in _DESC.finditer(low, s, e)]
            desc_starts = [a for a, _, _ in found]
            found.extend((p.start(), p.end(), "pron") for p in _PRONOUN.finditer(low, s, e))
            for r_start, r_end in _runs(m, s, e):
                # Descriptions never overlap each other, so only the nearest ones can clash.
                k = bisect.bisect_right(desc_starts, r_end - 1)
                clash = k > 0 and found[k - 1][1] > r_start
                if not clash:
                    found.append((r_start, r_end, "run"))
            person: Entity | None = None
            person_end = -1
            for a, b, kind in sorted(found):
                if kind == "run" and not self._person_evidence(a, b):
                    continue
                if kind == "desc" and person is not None and m[person_end:a].strip() == ",":
                    # "Walsh, a former labor leader," describes Walsh: no one else to refer to.
                    person.titles.update(w for w in low[a:b].split() if w.isalpha())
                    continue
                entity = resolve(self.reg, m[a:b], a, index)
                if entity is not None and entity.kind == "person":
                    person, person_end = entity, b
        self.reg.freeze()

    def _person_evidence(self, a: int, b: int) -> bool:
        m = self.masked
        words = m[a:b].split()
        if words and words[0].lower() in _LEADING:
            words = words[1:]
        if not any(w[0].isupper() for w in words):  # (split() gives no empty word)
            return False
        title, name = split_title(words)
        if name and title and title[-1].lower().rstrip(".") in TITLE_PROPER:
            return True
        if self.reg.lookup(words[-1]) is not None:
            return True
        if len(name) > 1 and (bare(name[0]) in MALE_NAMES or bare(name[0]) in FEMALE_NAMES):
            return True  # Donald Trump, Hillary Clinton: a first name we know
        after, before = m[b : b + 40], m[max(0, a - 40) : a]
        if _VERB_NEAR.match(after) or _APPOSITIVE.match(after):
            return True
        previous = before.rsplit(None, 1)[-1:]
        if previous and before[-1:].isspace():
            word = previous[0].lower()
            # "said Aigul Temirbekova" / "the park's director, Yerbol Dzhumabekov"
            if word in _SAID_BEFORE or (word.endswith(",") and word[:-1] in _ALL_HEADS):
                return True
        return False

    def _post(self, q: QuoteSpan) -> tuple[str, int] | None:
        if q.close_mark is None:
            return None
        _, e = self.sentences[self.sentence_of(q.close_mark)]
        after_start = q.close_mark + 1
        nxt = self.text.find("\n", after_start, after_start + _WINDOW)
        end = max(e, after_start)
        if nxt != -1:
            end = min(end, nxt)
        k = bisect.bisect_right(self.opens, q.close_mark)
        if k < len(self.opens):
            end = min(end, self.opens[k])
        after = self.masked[after_start : min(end, after_start + _WINDOW)]
        k = self.sentence_of(q.close_mark) + 1
        if not after.strip() and self.text[q.end - 1 : q.end] in "?!" and k < len(self.sentences):
            # “Who pays?” Lee pressed. — the sentence split after ?” when it did not know the
            # verb; the attribution is the next sentence, in the same paragraph.
            n_start, n_end = self.sentences[k]
            if "\n" not in self.text[after_start:n_start]:
                after = self.masked[after_start : min(n_end, after_start + _WINDOW)]
        m = _POST_VERB_FIRST.match(after)
        if m is not None:
            np = m.group("np")
            appos = _NAME_AFTER.match(after[m.end("np") :])
            if appos is not None and not any(c.isupper() for c in np[1:]):
                return appos.group("np"), after_start + m.end("np") + appos.start("np")
            return np, after_start + m.start("np")
        for pattern in (_POST_SUBJ_FIRST, _POST_APPOSITIVE):
            m = pattern.match(after)
            if m is not None and _np_ok(m.group("np")):
                return m.group("np"), after_start + m.start("np")
        m = _LATER.search(after) if "," in after else None
        if m is not None and _np_ok(m.group("np")):
            return m.group("np"), after_start + m.start("np")
        m = _POST_ACCORDING.match(after) if "ccording" in after[:20] else None
        if m is None and self.text[q.end - 1 : q.end] in (",", "?", "!"):
            m = _POST_ANY_VERB.match(after) or _POST_ANY_VERB_FIRST.match(after)
        if m is not None and _np_ok(m.group("np")):
            return m.group("np"), after_start + m.start("np")
        return None

    def _pre(self, q: QuoteSpan) -> tuple[str, int] | None:
        start, _ = self.sentences[self.sentence_of(q.open_mark)]
        s = max(start, q.open_mark - _WINDOW)
        before = self.masked[s : q.open_mark]
        colon = max(before.rfind(": "), before.rfind("; "))
        if colon != -1 and before[colon + 1 :].strip() and s + colon > start:
            # Even its backers sounded wary: Ann Lee called it “...” — a new clause.
            start = s = s + colon + 2
            before = before[colon + 2 :]
        m = _DIRECT.search(before) if before.rstrip()[-1:] in (",", ":") else None
        if m is not None:
            np = self._np_before(s, s + m.start())
            if np is not None:
                return np
            if s == start:
                # Lee said he was glad and added, “...”: the verb's subject leads the sentence.
                np = self._subject(s, q.open_mark)
                if np is not None:
                    return np
        if before.strip() == "":
            # A quote opening its sentence may be announced by the sentence before, which
            # ends with a colon (Reporter Jane Karr says:) or is itself a quote's lead-in.
            k = self.sentence_of(q.open_mark)
            if k > 0:
                p_start, p_end = self.sentences[k - 1]
                prev = self.masked[max(p_start, p_end - _WINDOW) : p_end]
                if prev.endswith(":"):
                    m = _DIRECT.search(prev)
                    p_from = p_end - len(prev)
                    if m is not None:
                        return self._np_before(p_from, p_from + m.start())
                    if p_from == p_start:
                        return self._subject(p_from, p_end)  # Ann Lee, 17, echoed:
        m = _INSERTED.search(before) if "," in before else None
        if m is not None:
            return m.group("np"), s + m.start("np")
        if s == start and (
            _PARTICIPLE.search(before) is not None or _PARTICIPLE_CLAUSE.search(before) is not None
        ):
            found = self._subject(s, q.open_mark)
            if found is not None:
                return found
        m = _ACCORDING.search(before) if "ccording" in before else None
        if m is not None:
            return m.group("np"), s + m.start("np")
        if s > start:
            # The sentence began more than a window before the quote: the window opens
            # mid-sentence, where no subject stands (and a run of quotes in one endless
            # "sentence" would have each quote read the whole window).
            return None
        return self._subject(s, q.open_mark)

    def _np_before(self, s: int, verb: int) -> tuple[str, int] | None:
        """The phrase naming the speaker just before a speech verb."""
        head = self.masked[s:verb]
        cut = max(head.rfind(","), head.rfind(";"), head.rfind("("))
        if cut != -1 and head[cut + 1 :].strip():
            # "..., de Blasio said," — the speaker stands after the last comma before the verb.
            s, head = s + cut + 1, head[cut + 1 :]
        words = np_words(head)
        out: list[tuple[str, int]] = []
        for w, p in reversed(words):
            low = w.lower()
            if not out and low in ("also", "had", "has", "have", "was", "then", "later", "earlier"):
                continue
            if (
                low in ("that", "and", "but", "while", "as", "because", "when", "after")
                or len(out) > 6
            ):
                break
            out.insert(0, (w, p))
        if not out or not _np_ok(" ".join(w for w, _ in out)):
            return None
        return " ".join(w for w, _ in out), s + out[0][1]

    def _subject(self, s: int, limit: int) -> tuple[str, int] | None:
        """The subject at the head of a sentence (after an introductory phrase)."""
        m = self.masked
        head = m[s : min(limit, s + _WINDOW)]
        words = np_words(head)
        opener = words[0][0].lower() if words else ""
        if opener in _INTRO and opener != "the" or (opener.endswith("ing") and len(opener) > 5):
            comma = head.find(",")
            if comma == -1:
                return None
            words = np_words(head[comma + 1 :])
            words = [(w, p + comma + 1) for w, p in words]
        out: list[tuple[str, int]] = []
        for w, p in words:
            low = bare(w)
            between = head[out[-1][1] + len(out[-1][0]) : p] if out else ""
            if "," in between:
                appos = np_words(head[out[-1][1] :].split(",", 2)[1]) if head.count(",") else []
                if appos and all(x[:1].isupper() for x, _ in appos) and len(appos) <= 4:
                    return " ".join(x for x, _ in appos), s + p
                break
            if low in ("also", "then", "later", "now") and out:
                break  # Rubio also said ...
            if low == "of" and out and out[-1][0][:1].isupper():
                out.append((w, p))  # Secretary of State Ann Lee
                continue
            if not (
                w[:1].isupper()
                or low in TITLE_WORDS
                or low in PERSON_HEADS
                or low in _NP_OK
                or low in NATIONALITIES
                or low.endswith(("’s", "'s"))
            ):
                if (
                    out
                    and out[-1][0].lower() in PERSON_HEADS | ROLE_HEADS
                    and low in ("at", "in", "of")
                ):
                    rest = np_words(head[p:].split(",", 1)[0])
                    out.extend((x, y + p) for x, y in rest[:5])
                break
            out.append((w, p))
        if not out:
            return None
        return " ".join(w for w, _ in out), s + out[0][1]

    def speakers(self) -> list[tuple[QuoteSpan, str | None]]:
        results: list[tuple[QuoteSpan, Entity | None, bool]] = []
        for q in self.spans:
            if is_label(self.text, q, self.sentences[self.sentence_of(q.open_mark)]):
                continue
            found = self._post(q)
            direct = found is not None
            if found is None and results and results[-1][2]:
                prev = results[-1][0]
                same = prev.close_mark is not None and self.sentence_of(
                    prev.close_mark
                ) == self.sentence_of(q.open_mark)
                if same:
                    results.append((q, results[-1][1], True))
                    continue
            if found is None:
                found = self._pre(q)
            entity = None
            if found is not None:
                np, pos = found
                entity = resolve(self.reg, np, pos, self.sentence_of(pos), speaking=True)
            results.append((q, entity, entity is not None and direct))
        # A quote with no attribution of its own takes its paragraph's speaker; a paragraph
        # that opens with a quote and names nobody goes on with the last paragraph's speaker.
        out: list[tuple[QuoteSpan, str | None]] = []
        final: list[Entity | None] = []
        for i, (q, entity, _) in enumerate(results):
            if entity is None:
                entity = self._neighbour(results, i)
            if entity is None:
                entity = self._continued(results, final, i)
            final.append(entity)
        for i, entity in enumerate(final):
            if entity is None:
                entity = self._credit_line(results, i)
            out.append((results[i][0], None if entity is None else entity.name))
        return out

    def _paragraph(self, index: int) -> tuple[int, int] | None:
        if self._paragraphs is None:
            self._paragraphs = paragraphs(self.text)
        return self._paragraphs[index] if 0 <= index < len(self._paragraphs) else None

    def _continued(
        self,
        results: list[tuple[QuoteSpan, Entity | None, bool]],
        final: list[Entity | None],
        i: int,
    ) -> Entity | None:
        """The speaker of the paragraph before, for a paragraph that opens with a quote."""
        q = results[i][0]
        para = self._paragraph(q.paragraph)
        if para is None or q.open_mark != para[0]:
            return None
        for j in range(i - 1, max(-1, i - 20), -1):
            p = results[j][0]
            if p.paragraph == q.paragraph:
                continue
            if p.paragraph != q.paragraph - 1:
                break
            if final[j] is not None:
                return final[j]
        # The paragraph before quotes nobody but reports speech: Lee was quick to add that ...
        before = self._paragraph(q.paragraph - 1)
        k = self.sentence_of(para[0]) - 1
        if before is None or k < 0 or self.sentences[k][0] < before[0]:
            return None
        s, e = self.sentences[k]
        if _SPEECH_ANY.search(self.masked, s, e) is None:
            return None
        found = self._subject(s, e)
        if found is None:
            return None
        return resolve(self.reg, found[0], found[1], k, speaking=True)

    def _credit_line(
        self, results: list[tuple[QuoteSpan, Entity | None, bool]], i: int
    ) -> Entity | None:
        """The name on a short line after a quote's paragraph (— Ann Lee, Acme Institute.)."""
        index = results[i][0].paragraph
        for j in range(i + 1, min(len(results), i + 20)):
            if results[j][0].paragraph > index + 1:
                break
            if results[j][0].paragraph == index + 1:
                return None  # the next paragraph quotes too: no credit line
        para = self._paragraph(index + 1)
        if para is None:
            return None
        line = self.masked[para[0] : para[1]]
        m = _CREDIT.match(line)
        if m is None:
            return None
        return resolve(self.reg, m.group("np"), para[0] + m.start("np"), self.sentence_of(para[0]))

    def _neighbour(
        self, results: list[tuple[QuoteSpan, Entity | None, bool]], i: int
    ) -> Entity | None:
        q = results[i][0]
        for j in range(i - 1, max(-1, i - 20), -1):
            p = results[j][0]
            if p.paragraph != q.paragraph:
                break
            if results[j][1] is not None:
                return results[j][1]
        for j in range(i + 1, min(len(results), i + 20)):
            p = results[j][0]
            runs_on = results[j - 1][0].close_mark is None
            if p.paragraph != q.paragraph and not (
                runs_on and p.paragraph == results[j - 1][0].paragraph + 1
            ):
                break
            if results[j][1] is not None:
                return results[j][1]
        return None


def extract_quotes(
    text: str, start: int = 0, sentences: list[tuple[int, int]] | None = None
) -> list[Quote]:
    """Direct quotes after offset start, each with its speaker (None when nobody is credited)."""
    reader = _Reader(text, start, sentences)
    reader.register()
    return [
        Quote(text=text[q.start : q.end], speaker=name, start=q.start, end=q.end)
        for q, name in reader.speakers()
    ]
