"""Quotes with their speakers: attribution before, after or around a quote, then resolution."""

from __future__ import annotations

import bisect
import re

from briefing.extract.appositives import np_before, title_before, title_into_name
from briefing.extract.carry import continued, credit_line, neighbour
from briefing.extract.cue_patterns import (
    ABSOLUTE,
    BARE_ATTRIBUTION,
    COLON_NAME,
    DIRECT,
    INSERTED,
    LATER,
    LATER_ACCORDING,
    LATER_DESC,
    LATER_VERB_FIRST,
    NP_CLAUSE,
    PARTICIPLE,
    PARTICIPLE_CLAUSE,
    POST_ACCORDING,
    POST_ANY_VERB,
    POST_ANY_VERB_FIRST,
    POST_APPOSITIVE,
    POST_DASH_NAME,
    POST_DESC_NAME,
    POST_QUOTED_AS,
    POST_SUBJ_FIRST,
    POST_VERB_FIRST,
    PUT_IT,
    SAID_THEN_ACCORDING,
    SO_SAID,
    SPEECH_ANY,
    VERB_THEN_NAME,
    according,
    announced,
    clause_role,
    last_clause,
    name_after,
    put_it,
    reported_as,
    speaks,
    titles_run,
)
from briefing.extract.cues import (
    PRONOUN,
    WINDOW,
    descriptions,
    mask_quotes,
    np_ok,
    person_evidence,
    runs,
    speaks_alone,
)
from briefing.extract.names import ABBREVIATION_DOT, cut_after_name
from briefing.extract.no_one import (
    after_a_thing,
    lone_name,
    lower_words,
    names_no_one,
    opens_no_one,
)
from briefing.extract.quotes import QuoteSpan, find_quote_spans, is_label, standard_marks
from briefing.extract.sentences import paragraphs, split_sentences
from briefing.extract.speakers import Entity, Registry, resolve
from briefing.extract.subjects import clause_subject, subject
from briefing.extract.transcript import transcript_quotes
from briefing.extract.words import lower_aligned
from briefing.extract.written import as_written
from briefing.models import Quote


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
        self.masked = mask_quotes(text, self.spans)
        self.opens = [s.open_mark for s in self.spans]
        self.starts = [s for s, _ in self.sentences]
        self.reg = Registry()
        self._paragraphs: list[tuple[int, int]] | None = None
        self._lower_words: set[str] | None = None
        self._alone: dict[str, bool] = {}

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
            found = descriptions(m, low, s, e)
            desc_starts = [a for a, _, _ in found]
            found.extend((p.start(), p.end(), "pron") for p in PRONOUN.finditer(low, s, e))
            for r_start, r_end in runs(m, s, e):
                # Descriptions never overlap each other, so only the nearest ones can clash.
                k = bisect.bisect_right(desc_starts, r_end - 1)
                ends = found[k - 1][1] if k > 0 else -1
                clash = ends > r_start
                titled_at = title_into_name(m, ends, r_start, r_end, self._person_evidence)
                if clash and titled_at is not None:  # a description that is the name's title
                    del found[k - 1], desc_starts[k - 1]
                    clash, r_start = False, titled_at
                if not clash:
                    found.append((r_start, r_end, "run"))
            person: Entity | None = None
            person_end = -1
            for a, b, kind in sorted(found):
                between = m[person_end:a].strip()
                appositive = between == "," and m[b : b + 1] in (",", ".", "")
                titled = kind == "run" and person is not None and titles_run(between, m[a:b], m[b:])
                role = clause_role(low, s, a)
                entitled = title_before(self.text, s, a, b) if kind == "run" else []
                if kind == "run" and not (titled or entitled or self._person_evidence(a, b, role)):
                    continue
                if person is not None and ((kind == "desc" and appositive) or titled):
                    # "Walsh, a former labor leader," describes Walsh (no one else to refer to),
                    # as do "Ann Lee, Chancellor of Brill University said", "..., CEO said"
                    person.titles.update(w for w in low[a:b].split() if w.isalpha())
                    person_end = b
                    continue
                entity = resolve(self.reg, m[a:b], a, index)
                if entity is not None and entity.kind == "person":
                    person, person_end = entity, b
                    self.reg.entitle(entity, entitled)
                if entity is not None:
                    self.reg.mark(entity, a, speaks(m, a, b), role)
        self.reg.freeze()

    def _person_evidence(self, a: int, b: int, role: str = "") -> bool:
        return person_evidence(self.masked, a, b, self.reg.lookup, self._speaks_alone, role)

    def _speaks_alone(self, word: str, start: int) -> bool:
        if word not in self._alone:  # (read after the word's first full-name run only)
            self._alone[word] = speaks_alone(self.masked, word, start)
        return self._alone[word]

    def _post(self, q: QuoteSpan) -> tuple[str, int] | None:
        if q.close_mark is None:
            return None
        _, e = self.sentences[self.sentence_of(q.close_mark)]
        after_start = q.close_mark + 1
        nxt = self.text.find("\n", after_start, after_start + WINDOW)
        end = max(e, after_start)
        k = self.sentence_of(q.close_mark) + 1
        if self.masked[e - 1 : e] == ABBREVIATION_DOT and k < len(self.sentences):
            end = max(end, self.sentences[k][1])  # “...,” said Rev. Ann Lee: split at Rev.
        if nxt != -1:
            end = min(end, nxt)
        k = bisect.bisect_right(self.opens, q.close_mark)
        if k < len(self.opens):
            end = min(end, self.opens[k])
        after = self.masked[after_start : min(end, after_start + WINDOW)]
        k = self.sentence_of(q.close_mark) + 1
        if not after.strip() and self.text[q.end - 1 : q.end] in "?!." and k < len(self.sentences):
            # “Who pays?” Lee pressed. — split after ?” for want of a known verb: the next sentence
            # of the paragraph attributes it (after .” only a bare one: “...” Lee said.).
            n_start, n_end = self.sentences[k]
            so = SO_SAID.match(self.text, n_start, n_end)  # “...” So said Ann Lee.
            bare = (
                self.text[q.end - 1] != "."
                or so is not None
                or BARE_ATTRIBUTION.match(self.text, n_start, n_end)
            )
            if bare and "\n" not in self.text[after_start:n_start]:
                after_start = so.end() if so is not None else after_start
                after = self.masked[after_start : min(n_end, after_start + WINDOW)]
        m = POST_VERB_FIRST.match(after)
        if m is not None:
            np = m.group("np")
            if (cut := NP_CLAUSE.search(np)) is not None:
                np = np[: cut.start()]  # said Ann Lee when asked about Bo Chen: Ann Lee
            appos = name_after(after[m.end("np") :])
            if appos is not None and (
                np.split()[-1].islower() or not any(c.isupper() for c in np[1:])
            ):
                return appos.group("np"), after_start + m.end("np") + appos.start("np")
            return np, after_start + m.start("np")
        dash = after.lstrip()[:1] in "—–"  # both rare: tried only when cued
        firsts: tuple[re.Pattern[str], ...] = (POST_DASH_NAME,) if dash else ()
        firsts += (POST_QUOTED_AS,) if "quoted" in after or "cited" in after else ()
        for pattern in (*firsts, POST_SUBJ_FIRST, POST_DESC_NAME, POST_APPOSITIVE):
            m = pattern.match(after)
            if m is not None and np_ok(m.group("np")):
                return m.group("np"), after_start + m.start("np")
        for pattern in (LATER, LATER_DESC, LATER_VERB_FIRST) if "," in after else ():
            m = pattern.search(after)
            if m is not None and np_ok(m.group("np")):
                return m.group("np"), after_start + m.start("np")
        cued = "ccording" in after[:20] or " the " in after[:24]  # "— that was the message from"
        if cued and (m := POST_ACCORDING.match(after)) is not None:
            named = name_after(after[m.end("np") :])  # the mayor, Ann Lee: Ann Lee
            at = m.end("np") + named.start("np") if named else m.start("np")
            np = " ".join(cut_after_name((named or m).group("np").split()))  # Lee on Monday
            if np_ok(np):
                return np, after_start + at
        m = None
        if self.text[q.end - 1 : q.end] in (",", "?", "!"):
            m = POST_ANY_VERB.match(after) or POST_ANY_VERB_FIRST.match(after)
        if m is not None and np_ok(m.group("np")):
            return m.group("np"), after_start + m.start("np")
        m = LATER_ACCORDING.search(after) if "ccording" in after else None
        if m is not None:
            # ..., according to a study by economists at Duke University: its head words
            words = m.group("np").split()
            stop = next((i for i, w in enumerate(words) if w in ("who", "that", "which")), 8)
            phrase = " ".join(words[: min(stop, 8)])
            if np_ok(phrase):
                return phrase, after_start + m.start("np")
        return None

    def _pre(self, q: QuoteSpan) -> tuple[str, int] | None:
        start, _ = self.sentences[self.sentence_of(q.open_mark)]
        s = max(start, q.open_mark - WINDOW)
        before = self.masked[s : q.open_mark]
        colon = max(before.rfind(": "), before.rfind("; "))
        if colon != -1 and before[colon + 1 :].strip() and s + colon > start:
            # Even its backers sounded wary: Ann Lee called it “...” — a new clause.
            start = s = s + colon + 2
            before = before[colon + 2 :]
        m = announced(before) or reported_as(before)
        if m is not None and np_ok(m.group("np")):
            return m.group("np"), s + m.start("np")
        m = DIRECT.search(before) if before.rstrip()[-1:] in (",", ":") else None
        named = VERB_THEN_NAME.search(before) if m is not None else None
        if named is not None and np_ok(named.group("np")):
            return named.group("np"), s + named.start("np")
        m2 = ABSOLUTE.search(before) if "ing" in before else None
        if m2 is not None and np_ok(m2.group("np")):
            return m2.group("np"), s + m2.start("np")
        if m is not None:
            np = np_before(self.masked, s, s + m.start())
            if np is not None:
                return np
            if s == start:
                # Lee said he was glad and added, “...”: the verb's subject leads the sentence.
                np = subject(self.masked, s, q.open_mark)
                if np is not None:
                    return np
        if before.strip() == "":
            # A quote opening its sentence may be announced by the sentence before, which
            # ends with a colon (Reporter Jane Karr says:) or is itself a quote's lead-in.
            k = self.sentence_of(q.open_mark)
            if k > 0:
                p_start, p_end = self.sentences[k - 1]
                prev = self.masked[max(p_start, p_end - WINDOW) : p_end]
                if prev.endswith(":"):
                    p_from = p_end - len(prev)
                    if (m := PUT_IT.search(prev)) is not None and np_ok(m.group("np")):
                        return m.group("np"), p_from + m.start("np")  # As Lee reported:
                    m = DIRECT.search(prev)
                    if m is not None:
                        return np_before(self.masked, p_from, p_from + m.start())
                    if p_from == p_start:
                        return subject(self.masked, p_from, p_end)  # Ann Lee, 17, echoed:
        m = COLON_NAME.match(before) if s == start and before.rstrip().endswith(":") else None
        if m is not None and not m.group("np").isupper():
            name = m.group("np").split()
            known = self.reg.lookup(name[-1]) is not None
            if known or len(name) > 1 or m.start("np") > 0:
                return m.group("np"), s + m.start("np")
        m = INSERTED.search(before) if "," in before else None
        if m is not None:
            return m.group("np"), s + m.start("np")
        if s == start and (
            PARTICIPLE.search(before) is not None or PARTICIPLE_CLAUSE.search(before) is not None
        ):
            found = subject(self.masked, s, q.open_mark)
            if found is not None:
                return found
        m = put_it(before)  # as Lee put it, / as Lee reported: / As Lee puts it, the “...”
        if m is not None and np_ok(m.group("np")):
            return m.group("np"), s + m.start("np")
        after = (q.close_mark or q.end) + 1
        found = according(before, self.masked[after : after + 24])  # (a slice, not a copy)
        # (not "According to a report, the driver told officers he “...”": the driver's words)
        if found is not None and not SPEECH_ANY.search(before, found[1] + len(found[0])):
            return found[0], s + found[1]
        if s > start:
            # The sentence began more than a window before the quote: the window opens
            # mid-sentence, where no subject stands (and a run of quotes in one endless
            # "sentence" would have each quote read the whole window).
            return None
        clause = last_clause(before)
        if clause:
            # Shares rose, while the utility said it was “ready”: the speech verb's clause
            found = subject(self.masked, s + clause, q.open_mark)
            if found is not None:
                return found
        return subject(self.masked, s, q.open_mark)

    def speakers(self) -> list[tuple[QuoteSpan, str | None]]:
        results: list[tuple[QuoteSpan, Entity | None, bool]] = []
        for q in self.spans:
            if is_label(self.text, q, self.sentences[self.sentence_of(q.open_mark)]):
                continue
            found = self._post(q)
            if (
                found is not None
                and SAID_THEN_ACCORDING.match(self.masked, (q.close_mark or q.end) + 1, found[1])
                and SPEECH_ANY.search(self.masked, max(0, q.open_mark - 12), q.open_mark)
            ):
                found = self._pre(q) or found  # said “...,” according to Lee: Lee reported it
            direct = found is not None
            if found is None and results and results[-1][2]:
                close = results[-1][0].close_mark
                if close is not None and self.sentence_of(close) == self.sentence_of(q.open_mark):
                    results.append((q, results[-1][1], True))
                    continue
            if found is None:
                found = self._pre(q)
            entity = None if found is None else self._speaker(*found)
            word = lone_name(found[0]) if entity is None and found is not None and direct else None
            if word is not None and found is not None and not self._opens(found[1]):
                entity = Entity(word, "person")  # “...,” Husted said: mid-sentence, a name
            start = self.sentences[self.sentence_of(q.open_mark)][0]
            if entity is None and not direct and start >= q.open_mark - WINDOW:
                # Instead she gave a talk in which she vowed to be “a friend”. (Not in a
                # sentence begun more than a window before: see _pre.)
                found = clause_subject(self.masked, start, q.open_mark)
                if found is not None and not after_a_thing(self.masked, found[1]):
                    entity = self._speaker(*found)  # (Aptly named ..., it has a “...”)
            results.append((q, entity, entity is not None and direct))
        # An unattributed quote takes its paragraph's speaker, or the last paragraph's.
        out: list[tuple[QuoteSpan, str | None]] = []
        final: list[Entity | None] = []
        for i, (_, entity, _) in enumerate(results):
            if entity is None:
                entity = neighbour(results, i)
            if entity is None:
                entity = continued(self, results, final, i)
            final.append(entity)
        for i, entity in enumerate(final):
            if entity is None:
                entity = credit_line(self, results, i)
            if entity is not None and names_no_one(entity.name):
                entity = None  # "Egyptian", "Sure": no one to credit
            out.append((results[i][0], None if entity is None else entity.name))
        return out

    def _speaker(self, np: str, pos: int) -> Entity | None:
        """Who the phrase np at pos, a speech verb's subject, names (None: a word, no one)."""
        entity = as_written(np, resolve(self.reg, np, pos, self.sentence_of(pos), speaking=True))
        if entity is not None and (self._common_word(entity, pos) or names_no_one(entity.name)):
            return None  # "Soon after, Ann Lee pledged to ...": Soon is no one
        return entity

    def _opens(self, pos: int) -> bool:
        """Whether a sentence starts at pos."""
        k = bisect.bisect_left(self.starts, pos)
        return k < len(self.starts) and self.starts[k] == pos

    def _common_word(self, entity: Entity, pos: int) -> bool:
        """Whether a one-word "name" opening a sentence names no one (see opens_no_one)."""
        name = entity.name
        if entity.kind != "person" or " " in name or not self._opens(pos):
            return False
        if self._lower_words is None:
            self._lower_words = lower_words(self.text)
        borne = any(" " in e.name and name in e.name.split() for e in self.reg.entities)
        return opens_no_one(name, self._lower_words, bool(entity.titles) or borne)

    def paragraph(self, index: int) -> tuple[int, int] | None:
        """The span of paragraph index (carry.py reads the paragraphs round a quote)."""
        if self._paragraphs is None:
            self._paragraphs = paragraphs(self.text)
        return self._paragraphs[index] if 0 <= index < len(self._paragraphs) else None


def extract_quotes(
    text: str, start: int = 0, sentences: list[tuple[int, int]] | None = None
) -> list[Quote]:
    """Direct quotes after offset start, each with its speaker (None when nobody is credited)."""
    reader = _Reader(text, start, sentences)
    reader.register()
    quotes = []
    for q, name in reader.speakers():
        # '"... outlast us," she said': the comma is the attribution's; « upper »: no spaces
        end = q.start + len(text[q.start : q.end].rstrip().rstrip(",;").rstrip())
        start = end - len(text[q.start : end].lstrip())
        if end > start:
            quotes.append(Quote(text=text[start:end], speaker=name, start=start, end=end))
    spoken = transcript_quotes(text, start, quotes)
    return sorted([*quotes, *spoken], key=lambda q: q.start) if spoken else quotes
