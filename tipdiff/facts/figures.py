"""Figures: "Courts convicted 31 traffickers (22 in 2017)" -> convictions 31, prior 22 (2017).

A figure is a quantity (tipdiff.facts.quantities: a count, "two", "2.3 billion riels", "$1.4 million",
"21 percent") with last year's value in a parenthesis that names last year ("(22 in 2017)", "(1.9 billion riels
($470,000) in 2018)", "(22 the year before)", "(22 in the previous reporting period)"), wherever the parenthesis
stands in its clause, or after words of comparison ("compared with 1,100 in the previous reporting period"); or a statement that it was not reported
("did not report the number of victims it identified (160 in 2020)", "did not report convictions"), which
is kept apart from zero said in words ("did not convict any traffickers (10 in 2023)", "reported no
convictions": the value 0, so a fall to zero is a finding); or an
amount in a currency near the words of a kind ("a budget of 2.3 billion riels ($560,000)"), which the reports
often state without last year's value; or a count stated alone whose kind's word governs it in its clause
("Courts convicted 10 traffickers.", "did not convict any traffickers": tipdiff.facts.governed), which ranks
below any figure of its kind stated with last year's value. What a figure counts is decided by the word that
governs the number (the verb or noun right before it, else the counted noun after it), else by the vocabulary's
words nearest to it. Every candidate is ranked by how it was found, never by where its paragraph stands.
"""

from __future__ import annotations

import re

from tipdiff.facts.base import Figure
from tipdiff.facts.candidates import Candidates
from tipdiff.facts.compound import compound_figures
from tipdiff.facts.governed import Governed, counts_something_else, governed
from tipdiff.facts.quantities import Quantity, find_quantities, leading_quantity
from tipdiff.facts.vocabulary import FigureKind, Vocabulary
from tipdiff.model import Report

_PAREN = r"\((?:[^()]|\([^()]*\))*\)"  # a parenthesis, with at most one nested inside ("($470,000)")
# Last year named: "in 2017", "in early 2018", "in fiscal year 2018", "in the previous reporting period", "the year
# before", "a year earlier", "last year".
_LAST_YEAR = (r"(?:in (?:(?:early|late|mid-?|fiscal year|FY) ?)?(?P<year>(?:19|20)\d\d)|(?:in |during )?the (?:previous|prior|"
              r"preceding|last) (?:reporting )?(?:year|period|cycle)|the (?:year|reporting period) (?:before|prior)|"
              r"an? (?:year|reporting period) (?:earlier|before)|last year)\b")
PRIOR = re.compile(rf"\((?P<inner>(?:[^()]|\([^()]*\))*?\b{_LAST_YEAR}(?:[^()]|\([^()]*\))*)\)")
# Last year's value in the sentence itself, after words of comparison: "convicted 31 traffickers, compared with
# 22 in 2017", "35 investigations, an increase from 22 in 2018".
PRIOR_WORDS = re.compile(rf",?\s(?P<inner>(?:compared (?:with|to)|(?:an? (?:increase|decrease|rise|drop|fall) |up |down )"
                         rf"from) (?:[^.;,()]|(?<=\d)[.,](?=\d)){{1,60}}?\b{_LAST_YEAR})")
BOUNDARY = re.compile(r";|\)\s*,|\b(?:and|but|while|whereas|including)\b")
_HARD_BOUNDARY = re.compile(r";|\)\s*,")
NOT_REPORTED = re.compile(r"did not (?:report|provide|collect)|not report|no longer report|unreported|no (?:data|statistics)",
                          re.I)
NOT_REPORTED_WHAT = re.compile(r"did not (?:report|provide) (?P<asked>(?:the number of|how many|data on|statistics on|"
                               r"information on) )?(?P<what>[^.(;]+)", re.I)
# Zero stated in words: "Courts did not convict any traffickers", "reported no convictions", "none", "zero".
# Checked only after NOT_REPORTED ("did not report any ..." is a figure not given, never zero).
ZERO = re.compile(r"\b(?:did not|didn[’']t|failed to) \w+ any\b|\bno\b(?! longer)|\bzero\b|\bnone\b", re.I)
# Zero stated alone, with the word of its kind: "Courts did not convict any traffickers", "reported no convictions".
# "did not investigate, prosecute, or convict any ...": each verb of the list is a zero of its kind.
ZERO_ALONE = re.compile(r"\b(?:(?:did not|didn[’']t|failed to) (?P<verbs>\w+(?:(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)"
                        r"\w+){0,3}) any|(?:reported|recorded|initiated|opened|secured|obtained|achieved) no) "
                        r"(?P<phrase>[\w-]+(?: [\w-]+){0,5})", re.I)
_VERB_LIST = re.compile(r",\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+", re.I)
_NOT_A_ZERO_VERB = re.compile(r"(?:report|provide|collect|share|disaggregate|release|publish|track|keep|make|have)",
                              re.I)
SPLIT = re.compile(r"including (?P<a>[\d,]+) (?:victims of |cases of )?(?P<a_kind>forced labor|labor trafficking|sex "
                   r"trafficking)[^.;]*? and (?P<b>[\d,]+) (?:victims of |cases of )?(?P<b_kind>forced labor|labor "
                   r"trafficking|sex trafficking)", re.I)
# Where the words of a "did not report ..." end, and the list of nouns or gerunds they open with, before the
# object the items share: "any investigations, prosecutions, or convictions| of officials complicit ...".
_NOT_REPORTED_END = re.compile(r",\s(?:while|whereas|but|which|although|as|because|despite)\b|\s(?:while|whereas|"
                               r"but|although|because|despite|compared)\s|:")
_NOT_REPORTED_LEAD = re.compile(r"(?:(?:any|its|the|their|data on|statistics on|information on)\s+)*", re.I)
_LIST_ITEM = re.compile(r"(?:(?P<modifier>(?!(?:and|or)\b)[A-Za-z-]+)\s+)?(?P<head>(?!(?:and|or|of|any|in|for|to)\b)[A-Za-z-]+)(?P<sep>,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)?")
_LISTED_HEAD = re.compile(r"[A-Za-z-]+(?:ing|s)", re.I)  # a gerund or a plural: "convicting", "convictions"
# After a "did not report <gerunds> any ...": words that make it one effort's or one group's, not the year's.
_ONE_EFFORT = re.compile(r"\b(?:through|under|as a result|in (?:these|this|those)|of (?:these|this|those)|at (?:these|"
                         r"this|those)|from (?:these|this|those)|among (?:these|this|those)|under (?:their|its))\b", re.I)
_ONE_FORM = re.compile(r"\b(?:labou?r|sex(?:ual)?|child sex|forced labou?r)\s+(?:traffick|exploit)", re.I)
# The edge of a clause around a percentage stated alone, and a relative change after it ("30 percent more").
_CLAUSE_EDGE = re.compile(r"[;:]|\.(?:\s|$)|,\s(?:while|whereas|but|which|and)\b|\b(?:while|whereas|but)\b")
_RELATIVE_AFTER = re.compile(r"\s*(?:percent|per cent|%)?\s*(?:more|fewer|less|higher|lower|greater|smaller)\b", re.I)
_AMOUNT_WINDOW = 120  # characters before a currency amount searched for the words of its kind


def _drop_parentheses(text: str) -> str:
    """Parentheses blanked out with spaces, so positions still line up ("(AHTPU)", "($480,000)")."""
    return re.sub(_PAREN, lambda m: " " * len(m.group(0)), text)


def _preferred(quantities: list[Quantity]) -> list[Quantity]:
    """Numbers in digits when the clause has any: a number in words beside them is more often an aside
    ("operated two transit centers ... screened 70,225 migrants")."""
    digits = [q for q in quantities if q.text[:1].isdigit() or not q.text[:1].isalpha()]
    return digits or quantities


Found = tuple[FigureKind, "Quantity | None", int]  # kind, the quantity, how far the kind's words stand from it


def _nearest(clause: str, vocabulary: Vocabulary, only: FigureKind | None = None) -> Found | None:
    """The figure kind (or `only` that one) and the quantity closest to the words naming it ("234 trainings to
    6,321 officers": 234). Quantities in parentheses are conversions or asides, never the figure."""
    found = find_quantities(_drop_parentheses(clause), vocabulary.currencies)
    best: tuple[int, FigureKind, Quantity | None] | None = None
    for kind in (vocabulary.figures if only is None else (only,)):
        if kind.objects is not None and not kind.objects.search(clause):
            continue  # investigations of complicit officials only where officials are counted
        quantities = _preferred([q for q in found if kind.takes(q.unit)])  # a count never takes "$1 million"
        for match in kind.words.finditer(clause):
            if not quantities:  # behind every kind that has a value of its unit
                distance, quantity = 2 * len(clause) - match.end(), None
            else:
                distance, quantity = min(((abs(q.start - match.start()), q) for q in quantities),
                                         key=lambda pair: pair[0])
            if best is None or distance < best[0]:
                best = (distance, kind, quantity)
    return (best[1], best[2], best[0]) if best else None


def _named_after(clause: str, after: str, vocabulary: Vocabulary) -> Found | None:
    """'set aside $1.4 million ($1.2 million in 2020) to fund shelters': the words naming the figure follow
    it; the figure is the last quantity of the clause before the parenthesis."""
    found = find_quantities(_drop_parentheses(clause), vocabulary.currencies)
    rest = BOUNDARY.split(re.split(r"[.;]", after, maxsplit=1)[0], maxsplit=1)[0][:_AMOUNT_WINDOW]
    for kind in vocabulary.figures:
        quantities = _preferred([q for q in found if kind.takes(q.unit)])
        if quantities and kind.words.search(rest) and kind.objects is None:
            return kind, quantities[-1], len(clause) - quantities[-1].start
    return None


def _int(text: str) -> int | None:
    text = text.replace(",", "")
    return int(text) if text.isdigit() else None


def _split(rest: str) -> tuple[int | None, int | None]:
    match = SPLIT.search(rest)
    if not match:
        return None, None
    values = {match.group("a_kind").lower(): _int(match.group("a")), match.group("b_kind").lower(): _int(match.group("b"))}
    labor = values.get("forced labor", values.get("labor trafficking"))
    return labor, values.get("sex trafficking")


def _conversion(text: str, quantity: Quantity) -> str:
    """'($560,000)' right after '2.3 billion riels': the dollar value the report gives beside it."""
    match = re.match(r"\s*\((?P<c>(?:US\$|\$)[\d.,]+(?: (?:thousand|million|billion))?)\)", text[quantity.end:])
    return match.group("c") if match else ""


def _governed_last(text: str, start: int, end: int, vocabulary: Vocabulary) -> Governed | None:
    """The last number of text[start:end] that a kind's word governs (the one the parenthesis at `end`
    annotates); its counted noun may run past the parenthesis ("72 investigations (58 in 2014) involving cases
    of forced labor"). Positions are in `text`."""
    blanked = _drop_parentheses(text)
    found = [g for q in _preferred([q for q in find_quantities(blanked[:end], vocabulary.currencies)
                                    if q.start >= start]) if (g := governed(blanked, q, vocabulary))]
    return found[-1] if found else None


def _rank(source: int, how: Governed | None, summary: bool, in_words: bool, last: int | float) -> tuple[object, ...]:
    """How a candidate figure ranks, best first: stated with last year's value (0), "did not report" (1), an
    amount alone (2), a count alone (3); then governed by its kind's word, not a subset of one form of
    trafficking, not an anecdote, in a part rather than the summary, in digits; `last` breaks ties."""
    return (source, how is None, bool(how and how.subset), bool(how and how.anecdote), summary, in_words, last)


def _figures_with_prior(text: str, section: str, vocabulary: Vocabulary, figures: Candidates, summary: bool) -> None:
    for match in sorted([*PRIOR.finditer(text), *PRIOR_WORDS.finditer(text)], key=lambda m: m.start()):
        before = text[:match.start()]
        blanked = _drop_parentheses(before)
        cuts = [m.end() for m in BOUNDARY.finditer(blanked)]
        start = max(cuts) if cuts else 0
        # the number its kind's word governs, in the last clause or else the sentence; else the kind whose words
        # stand nearest ("... 39 cases of labor and 21 cases of sex trafficking"), else words after it
        # a clause that says the figure was not reported ("...; it did not report how many officials took part
        # (7,689 in 2016)") annotates no number of the clauses before it, and names its kind itself
        unreported = start > 0 and NOT_REPORTED.search(before, start) is not None
        # past a soft cut ("and"), never past a semicolon: a parenthesis annotates a number of its own clause
        hard = max((m.end() for m in _HARD_BOUNDARY.finditer(blanked)), default=0)
        named = re.search(_LAST_YEAR, match.group("inner"))
        pairs = [] if unreported or named is None else compound_figures(
            blanked, hard, match.start(), _drop_parentheses(match.group("inner")[:named.start()]), vocabulary)
        for reading, last in pairs:  # "234 trainings to 6,321 officers (66 trainings to 1,577 officers in 2017)"
            figures.offer(Figure(reading.kind.key, reading.kind.label, reading.quantity.value, last.value,
                                 int(match.group("year")) if match.group("year") else None, section, text,
                                 prior_text=match.group("inner"), unit=reading.quantity.unit,
                                 value_text=reading.quantity.text, prior_unit=last.unit, prior_value_text=last.text),
                          _rank(0, reading, summary, reading.quantity.text[:1].isalpha(), 0), match.start())
        if pairs:
            continue
        how = _governed_last(text, start, match.start(), vocabulary) or \
            (None if unreported else _governed_last(text, hard, match.start(), vocabulary))
        found: Found | None = (how.kind, how.quantity, 0) if how else None
        if found is None:
            offset = start
            found = _nearest(before[start:], vocabulary)
            if found is not None and found[1] is None and not unreported:
                # the kind's words with no number after a soft cut ("5,120 commune and provincial officials ... and
                # NGO workers took part in these sessions (...)"): the number is in the clause before the "and"
                wider = _nearest(before[hard:], vocabulary, only=found[0])
                if wider is not None and wider[1] is not None:
                    offset, found = hard, wider
            if found is None and not unreported:
                offset, found = 0, _nearest(before, vocabulary)
            near = found[1] if found else None
            if near is not None and not near.unit and counts_something_else(
                    _drop_parentheses(text), Quantity(near.amount, "", near.text, near.start + offset,
                                                      near.end + offset), vocabulary):
                continue  # "issued 183 warnings (197 in 2015)": it counts warnings, whatever words stand near
            found = found or _named_after(before[start:], text[match.end():], vocabulary)
        if found is None:
            continue
        kind, quantity, distance = found
        if quantity is None and not NOT_REPORTED.search(before):
            zero = ZERO.search(before[start:])
            if zero is None:
                continue
            quantity = Quantity(0, "", "0", zero.start() + start, zero.end() + start)
        prior = leading_quantity(match.group("inner"), vocabulary.currencies)
        if prior is not None and prior.value != 0 and not kind.takes(prior.unit):
            prior = None  # "(1.9 billion riels in 2018)" is no prior of a count; the words stay in prior_text
        labor, sex = _split(text[match.end():])
        figures.offer(Figure(
            kind.key, kind.label, quantity.value if quantity else None, prior.value if prior else None,
            int(match.group("year")) if match.group("year") else None, section, text, labor, sex, match.group("inner"),
            unit=quantity.unit if quantity else (prior.unit if prior else ""),
            value_text=quantity.text if quantity else "",
            prior_unit=prior.unit if prior else "", prior_value_text=prior.text if prior else "",
            converted=_conversion(text, quantity) if quantity else ""),
            _rank(0, how, summary, bool(quantity and quantity.text[:1].isalpha()), distance), match.start())


def _amounts(text: str, section: str, vocabulary: Vocabulary, figures: Candidates, summary: bool) -> None:
    """Currency amounts with no parenthesis of last year: 'operated on a budget of 4.9 billion riels', read only
    as a figure whose units include amounts (tipdiff/data/facts.yaml `units`)."""
    for quantity in find_quantities(_drop_parentheses(text), vocabulary.currencies):
        if quantity.unit in ("", "%"):
            continue
        before = text[max(0, quantity.start - _AMOUNT_WINDOW):quantity.start]
        after = re.split(r"[.;]", text[quantity.end:], maxsplit=1)[0][:_AMOUNT_WINDOW // 2]
        takers = [k for k in vocabulary.figures if k.takes(quantity.unit)]  # a budget, never a count of convictions
        kinds = [(len(before) - m.start(), k) for k in takers for m in k.words.finditer(before)]
        kinds += [(m.start(), k) for k in takers for m in k.words.finditer(after)]
        if not kinds:
            continue
        distance, kind = min(kinds, key=lambda pair: pair[0])
        figures.offer(Figure(kind.key, kind.label, quantity.value, None, None, section, text, unit=quantity.unit,
                             value_text=quantity.text, converted=_conversion(text, quantity)),
                      _rank(2, None, summary, False, distance))


def _with_prior(text: str, end: int) -> bool:
    """Whether last year's value follows a value ending at `end`: "(41 percent in 2022)", ", compared with ..."."""
    return bool(PRIOR.match(text, end) or PRIOR.match(text, end + 1) or PRIOR_WORDS.match(text, end))


def _percent_alone(text: str, blanked: str, quantity: Quantity, section: str, vocabulary: Vocabulary, figures: Candidates,
                   summary: bool) -> None:
    """A percentage with no value of the year before ("Courts sentenced 85 percent of convicted traffickers to
    prison", "The conviction rate reached 48 percent"): the kind whose word governs it, else the percentage kind
    whose words stand nearest in its clause; a change in a count ("30 percent more traffickers") is none."""
    how = governed(blanked, quantity, vocabulary)
    distance = 0
    if how is None:
        if _RELATIVE_AFTER.match(blanked, quantity.end):
            return
        cuts = [m.end() for m in _CLAUSE_EDGE.finditer(blanked, 0, quantity.start)]
        start = max(cuts) if cuts else 0
        edge = _CLAUSE_EDGE.search(blanked, quantity.end)
        clause = blanked[start:edge.start() if edge else len(blanked)]
        at = quantity.start - start
        near = [(abs(m.start() - at), k) for k in vocabulary.figures if k.takes("%") and k.objects is None
                for m in k.words.finditer(clause)]
        if not near:
            return
        distance, kind = min(near, key=lambda pair: pair[0])
        how = Governed(kind, quantity, False, False, False)
    figures.offer(Figure(how.kind.key, how.kind.label, quantity.value, None, None, section, text, unit="%",
                         value_text=quantity.text), _rank(3, how, summary, quantity.text[:1].isalpha(), distance))


def _counts_alone(text: str, section: str, vocabulary: Vocabulary, figures: Candidates, summary: bool) -> None:
    """Counts stated with no value of the year before, read only where their kind's word governs them ("Courts
    convicted 10 traffickers", "opened 12 investigations"), and zero said so ("did not convict any
    traffickers"); ranked below every figure of the kind stated with last year's value, the largest first."""
    blanked = _drop_parentheses(text)
    for quantity in find_quantities(blanked, vocabulary.currencies):
        if quantity.unit or PRIOR.match(text, quantity.end) or PRIOR.match(text, quantity.end + 1):
            continue  # an amount or percentage; a count with its parenthesis of last year is read above
        how = governed(blanked, quantity, vocabulary, bare=True)
        if how is None:
            continue
        figures.offer(Figure(how.kind.key, how.kind.label, quantity.value, None, None, section, text,
                             value_text=quantity.text),
                      _rank(3, how, summary, quantity.text[:1].isalpha(), -quantity.amount))
    for quantity in find_quantities(blanked, vocabulary.currencies):
        if quantity.unit == "%" and not _with_prior(text, quantity.end):
            _percent_alone(text, blanked, quantity, section, vocabulary, figures, summary)
    for match in ZERO_ALONE.finditer(blanked):
        verbs, phrase = _VERB_LIST.split(match.group("verbs") or ""), match.group("phrase")
        if any(verb and _NOT_A_ZERO_VERB.match(verb) for verb in verbs) or PRIOR.match(text, match.end()) or \
                PRIOR.match(text, match.end() + 1):
            continue  # "did not report any ..." is a figure not given; with a parenthesis it is read above
        zero = Quantity(0, "", "0", match.start("phrase"), match.start("phrase"))
        kinds = [k for k in vocabulary.figures if k.takes("") and (k.objects is None or k.objects.search(phrase))]
        by_verb = [next((k for k in kinds if k.words.match(verb)), None) for verb in verbs if verb]
        named = [k for k in by_verb if k is not None] or \
            [k for k in [next((k for k in kinds if k.words.match(phrase)), None)] if k is not None]
        subset = bool(_ONE_FORM.search(phrase))  # "did not convict any labor traffickers": one form's zero
        for kind in dict.fromkeys(named):
            figures.offer(Figure(kind.key, kind.label, 0, None, None, section, text, value_text="0"),
                          _rank(3, Governed(kind, zero, match.group("verbs") is not None, subset, False), summary,
                                False, 0))


def _listed_items(what: str) -> tuple[list[str], str]:
    """The nouns or gerunds a "did not report" list opens with, and the words after the list: "any
    investigations, prosecutions, or convictions of officials" -> (['investigations', 'prosecutions',
    'convictions'], ' of officials'); "convictions and prosecuted two" -> (['convictions'], ...): a finite verb
    ends the list. An item may carry one word before its head ("trafficking convictions"); items after the first
    must be gerunds or plurals."""
    items: list[str] = []
    position = _NOT_REPORTED_LEAD.match(what).end()  # type: ignore[union-attr]  # matches the empty string
    rest = what[position:]
    while (item := _LIST_ITEM.match(what, position)) is not None:
        head, modifier = item.group("head"), item.group("modifier")
        if modifier and _LISTED_HEAD.fullmatch(modifier) and not _LISTED_HEAD.fullmatch(head):
            head, modifier = modifier, None  # "convicting any": the gerund is the item, "any" the next words
        if items and not _LISTED_HEAD.fullmatch(head):
            break
        items.append(head)
        swapped = head != item.group("head")  # the list ends at its gerund; the words after it are the rest
        rest = what[item.start("modifier") + len(head):] if swapped else what[item.end("head"):]
        if swapped or not item.group("sep"):
            break
        position = item.end()
    return items, rest


def _not_reported_kinds(match: re.Match[str], vocabulary: Vocabulary) -> tuple[list[FigureKind], bool]:
    """The kinds a "did not report ..." names, and whether it names them by gerunds. "the number of victims it
    identified" / "how many ...": the kind whose words stand nearest. Otherwise each item of a list of nouns or
    gerunds is one kind, with the object the list shares ("investigating, prosecuting, or convicting any
    officials complicit in trafficking": three kinds of complicit officials; "convictions or prosecutions": two);
    an item that is no kind's word ("abuse", "receiving assistance") is none. Gerunds are the whole year's
    figure only as the reports' stock wording has them, "... any <object>", and not when the object is one form
    of trafficking ("prosecuting any labor traffickers") or one effort ("identifying any victims through this
    center")."""
    what = _NOT_REPORTED_END.split(match.group("what"), maxsplit=1)[0]
    if (match.group("asked") or "").strip().lower() in ("the number of", "how many"):
        found = _nearest(what, vocabulary)
        return ([found[0]] if found else []), False
    items, rest = _listed_items(what)
    gerunds = bool(items) and items[0].lower().endswith("ing")
    if gerunds and (not re.match(r"\s+any\b", rest) or _ONE_EFFORT.search(rest) or _ONE_FORM.search(rest)):
        return [], True
    kinds: list[FigureKind] = []
    for item in items:
        kind = next((k for k in vocabulary.figures if k.words.match(item) and
                     (k.objects is None or k.objects.search(what))), None)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
    return kinds, gerunds


def _not_reported(text: str, section: str, vocabulary: Vocabulary, figures: Candidates, summary: bool) -> None:
    """Figures the text says were not given ("did not report convictions", "did not report investigating,
    prosecuting, or convicting any complicit officials"): no value, never zero; a share in percent is none. Named
    by gerunds, they rank after a count stated alone (the stock wording is often said of one group)."""
    for match in NOT_REPORTED_WHAT.finditer(text):
        kinds, gerunds = _not_reported_kinds(match, vocabulary)
        prior = PRIOR.match(text, match.end() + len(text[match.end():]) - len(text[match.end():].lstrip()))
        place = prior.start() if prior else match.start()  # with its parenthesis, one statement with it
        for kind in kinds:
            if kind.takes("") or "amount" in kind.units:
                figures.offer(Figure(kind.key, kind.label, None, None, None, section, text),
                              _rank(4 if gerunds else 1, None, summary, False, 0), place)


def read_figures(report: Report, vocabulary: Vocabulary) -> tuple[dict[str, Figure], dict[str, tuple[Figure, ...]]]:
    """One figure per kind: stated with last year's value first, then "did not report", then amounts stated
    alone; a part's figure before the summary's (the summary only repeats them); parts with no figures
    (recommendations, the profile) are skipped. Second: every sentence's figure of each kind, best first."""
    candidates = Candidates()
    summary, skip = report.profile.role("summary"), report.profile.role("no_figures")
    alone = report.profile.role("counts_alone")
    for unit in report.units:
        if unit.section in skip:
            continue
        text, in_summary = unit.text, unit.section in summary
        _figures_with_prior(text, unit.section, vocabulary, candidates, in_summary)
        _not_reported(text, unit.section, vocabulary, candidates, in_summary)
        _amounts(text, unit.section, vocabulary, candidates, in_summary)
        if unit.section in alone:
            _counts_alone(text, unit.section, vocabulary, candidates, in_summary)
    statements = {kind: candidates.ranked(kind) for kind in candidates}
    order = {unit.text: index for index, unit in reversed(list(enumerate(report.units)))}
    chosen = sorted((ranked[0] for ranked in statements.values()), key=lambda f: (order.get(f.sentence, 0), f.key))
    return {figure.key: figure for figure in chosen}, {figure.key: statements[figure.key] for figure in chosen}
