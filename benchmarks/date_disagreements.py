"""Sort the value and type errors of `newscli dates` on a TimeML corpus into named kinds.

    python benchmarks/date_disagreements.py GOLD_DIR PREDICTIONS [--reference TIMEML_DIR] [--list]

GOLD_DIR holds .tml files (AQUAINT, say); PREDICTIONS is newscli's JSON Lines output on the
articles `score_dates.py export` wrote from them. Expressions are paired as `score_dates.py`
pairs them (greedy, one to one, the largest overlap), and every pair whose value or type differs
is put in the first kind, in the order below, whose test it passes. Each test reads only the
expression, the gold value and type and ours, never a file name or an offset, so a kind is
a rule a reader can check:

(a) the gold follows a convention that TimeML and the reference corpus (--reference, TimeBank)
    do not: for each such kind the script counts, in the reference corpus's gold, how often the
    TimeML form and the convention's form occur, so the claim can be checked;
(b) the gold value cannot be right whatever the convention: a day named by a weekday that is
    another weekday, a counted stretch whose count or unit is not the one written;
(c) everything else: our errors, including those no rule could get from the text (a day fixed
    by an event told elsewhere), and choices where neither the guidelines nor the reference
    corpus decide.

Prints the counts per kind (value errors and type errors separately), the value F1 and type
accuracy with (a) and (b) counted as right (what the scores would be on gold written as TimeML
and TimeBank write it), and, with --list, every pair with its kind. The kinds were written for
AQUAINT; run on TimeBank they show TimeBank's own habits (the Wall Street Journal files write
"last week" as 1989-WXX, "a year ago" as the quarter).
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from xml.dom import minidom

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PART_OF_DAY = re.compile(r"T(MO|AF|EV|NI)$")
FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
WEEK_VALUE = re.compile(r"\d{4}-W\d\d$")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
UNIT_CODES = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}


def parse_tml(path: str) -> dict:
    """One TimeML document: id, DCT, plain text of TEXT and its TIMEX3s (as score_dates.py reads them)."""
    with open(path, encoding="utf-8") as f:
        dom = minidom.parseString(f.read().encode("utf-8"))
    dct = dom.getElementsByTagName("DCT")[0].getElementsByTagName("TIMEX3")[0].getAttribute("value")
    chunks: list[str] = []
    timexes: list[dict] = []

    def walk(node) -> None:
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                chunks.append(child.data)
            elif child.nodeType == child.ELEMENT_NODE:
                start = sum(map(len, chunks))
                walk(child)
                if child.tagName == "TIMEX3":
                    end = sum(map(len, chunks))
                    timexes.append(
                        {"start": start, "end": end, "type": child.getAttribute("type"),
                         "value": child.getAttribute("value")}
                    )  # fmt: skip

    walk(dom.getElementsByTagName("TEXT")[0])
    text = "".join(chunks)
    timexes = [t for t in timexes if text[t["start"] : t["end"]].strip()]
    return {"id": os.path.basename(path), "dct": dct[:10], "text": text, "timexes": timexes}


def load(root: str) -> list[dict]:
    return [parse_tml(p) for p in sorted(glob.glob(os.path.join(root, "*.tml")))]


def pairs(docs: list[dict], predictions: dict[str, list[dict]]):
    """(doc, gold, ours) for every gold expression that overlaps one of ours, paired as the scorer pairs them."""
    for doc in docs:
        text = doc["text"]
        system = [d for d in predictions.get(doc["id"], []) if text[int(d["start"]) : int(d["end"])].strip()]
        used: set[int] = set()
        for g in doc["timexes"]:
            best, overlap = None, 0
            for i, s in enumerate(system):
                o = min(g["end"], int(s["end"])) - max(g["start"], int(s["start"]))
                if i not in used and o > overlap:
                    best, overlap = i, o
            if best is not None:
                used.add(best)
                yield doc, g, system[best]


class Pair:
    """One disagreement: the gold expression's words, and both values and types."""

    def __init__(self, doc: dict, gold: dict, ours: dict):
        self.doc = doc["id"]
        self.dct = date.fromisoformat(doc["dct"])
        # the gold's own day told last before this expression, which "that day" refers back to
        days = [
            x["value"][:10]
            for x in doc["timexes"]
            if x["end"] <= gold["start"] and FULL_DATE.match(x["value"])
        ]
        self.gold_day_before = days[-1] if days else None
        self.start = gold["start"]
        self.words = doc["text"][gold["start"] : gold["end"]].strip()
        self.our_words = doc["text"][int(ours["start"]) : int(ours["end"])].strip()
        self.lower = (self.words + " " + self.our_words).lower()
        self.gold, self.gold_type = gold["value"], gold["type"]
        self.ours, self.our_type = ours.get("value") or "", ours.get("type") or ""
        # what follows the expression, for "N days before <event>"
        self.after = doc["text"][max(gold["end"], int(ours["end"])) :][:12].lower()


def _count_written(p: Pair) -> tuple[float, str] | None:
    """The count and unit code written in the expression ("six months" -> (6, "M")), if any."""
    m = re.search(
        r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")[ -](year|month|week|day|hour|minute)s?\b", p.words.lower()
    )
    if not m:
        return None
    n = float(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
    return n, UNIT_CODES[m.group(2)]


def _weekday_written(p: Pair) -> int | None:
    found = [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", p.words.lower())]
    return found[0] if len(found) == 1 else None


# --- value kinds, in the order they are tried -------------------------------------------------


# (b) gold values that cannot be right
def weekday_contradicted(p: Pair) -> bool:
    """The expression names a weekday and the gold day is another weekday."""
    day = _weekday_written(p)
    return (
        day is not None and bool(FULL_DATE.match(p.gold)) and date.fromisoformat(p.gold[:10]).weekday() != day
    )


def count_contradicted(p: Pair) -> bool:
    """A counted stretch typed DURATION whose gold count or unit is not the written one ("eight months" P8D)."""
    written = _count_written(p)
    m = re.fullmatch(r"PT?(\d+)([YMWDH])", p.gold)
    if not written or not m or p.gold_type != "DURATION" or p.our_type != "DURATION":
        return False
    return (float(m.group(1)), m.group(2)) != written


# "that same day" (0), "the next morning" (+1), "the day before" (-1): a day counted from the one told before
ANAPHORIC_DAYS = [
    (re.compile(r"\b(?:that|the same|that same) (?:day|morning|afternoon|evening|night)\b"), 0),
    (
        re.compile(
            r"\b(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)\b|\bthe day after\b"
        ),
        1,
    ),
    (re.compile(r"\b(?:the )?(?:previous|preceding) (?:day|morning|afternoon|evening|night)\b"), -1),
]


def contradicts_own_day_before(p: Pair) -> bool:
    """ "that same day", "the next morning" valued off the gold's own day told just before it
    ("March 3, 2004 ... later that day" valued 2003-03-03), where ours counts from that day."""
    if p.gold_day_before is None or not FULL_DATE.match(p.gold) or not FULL_DATE.match(p.ours):
        return False
    for pattern, offset in ANAPHORIC_DAYS:
        if pattern.search(p.lower):
            expected = (date.fromisoformat(p.gold_day_before) + timedelta(days=offset)).isoformat()
            return p.ours[:10] == expected and p.gold[:10] != expected
    return False


def last_week_not_past(p: Pair) -> bool:
    """ "last week" valued as the document's own week or a later one."""
    m = re.fullmatch(r"(\d{4})-W(\d{1,2})", p.gold)
    if not m or not re.search(r"\blast week\b", p.lower) or re.search(r"\bthe last week\b", p.lower):
        return False
    year, week, _ = p.dct.isocalendar()
    return (int(m.group(1)), int(m.group(2))) >= (year, week)


# (a) conventions that TimeML and TimeBank do not follow
def year_as_xx(p: Pair) -> bool:
    """A year written YYYY-XX or YYYY-XX-XX; TimeML writes a year YYYY ("1971", "twenty years ago")."""
    return bool(re.fullmatch(r"\d{4}(-XX)+", p.gold)) and p.ours == p.gold[:4]


def decade_as_x(p: Pair) -> bool:
    """A decade written 198X; TimeML writes the decade's three digits, 198."""
    return bool(re.fullmatch(r"\d{3}X", p.gold)) and p.ours == p.gold[:3]


def decade_ago_as_year(p: Pair) -> bool:
    """ "a decade ago" as a year with unknown month (1989-XX); TimeML keeps the decade's granularity."""
    return (
        "decade" in p.lower
        and bool(re.fullmatch(r"\d{4}(-XX)+", p.gold))
        and bool(re.fullmatch(r"\d{3}", p.ours))
    )


def week_unpadded(p: Pair) -> bool:
    """ISO week numbers without their zero (2000-W7); TimeML takes ISO 8601's two digits (2000-W07)."""
    m = re.fullmatch(r"(\d{4})-W(\d)(.*)", p.gold)
    return bool(m) and p.ours == f"{m.group(1)}-W0{m.group(2)}{m.group(3)}"


def part_of_day_dropped(p: Pair) -> bool:
    """ "Wednesday night" valued as the day alone, or as another part of day (night as TEV);
    TimeML writes the part of day (2000-01-05TNI)."""
    m = PART_OF_DAY.search(p.ours)
    if not m or not FULL_DATE.match(p.ours):
        return False
    day = p.ours[:10]
    return p.gold == day or (p.gold.startswith(day + "T") and p.gold != p.ours)


def week_as_other_unit(p: Pair) -> bool:
    """ "last week", "this week", "next week" valued as a month, a day, a year-month with unknown
    day or a duration; TimeML writes the week (1998-W32)."""
    return (
        re.search(r"\bweek\b", p.lower) is not None
        and bool(WEEK_VALUE.match(p.ours))
        and not re.fullmatch(r"\d{4}-W\d{1,2}", p.gold)
    )


def weekend_as_other(p: Pair) -> bool:
    """ "the weekend" valued P2D or as one day; TimeML writes the weekend (2000-W13-WE)."""
    return "weekend" in p.lower and p.ours.endswith("-WE") and not p.gold.endswith("-WE")


def century_as_duration(p: Pair) -> bool:
    """ "this century" valued P100Y; TimeML writes the century's two digits (19)."""
    return "century" in p.lower and p.gold.startswith("P") and bool(re.fullmatch(r"\d{2}", p.ours))


def ago_as_duration(p: Pair) -> bool:
    """ "some three decades ago" valued as a stretch (P30Y); an "ago" names a time."""
    return p.lower.rstrip(" .,").endswith("ago") and p.gold.startswith("P") and not p.ours.startswith("P")


def point_as_duration(p: Pair) -> bool:
    """A month or a named period ("this month", "September") valued as a stretch (P1M)."""
    return bool(re.fullmatch(r"P1[MWD]", p.gold)) and bool(re.fullmatch(r"\d{4}-\d\d", p.ours))


def stretch_before_event_as_date(p: Pair) -> bool:
    """ "the weeks before the fire", "12 days before the vote", "days after" valued as a
    date; TimeML and TimeBank write the stretch as a DURATION anchored to its event."""
    return p.our_type == "DURATION" and p.gold_type == "DATE" and not p.gold.startswith("P")


def each_as_set(p: Pair) -> bool:
    """ "in each of the past four years" as a SET of one year; TimeBank writes such a stretch PnY."""
    return p.gold_type == "SET" and p.our_type == "DURATION" and _count_written(p) is not None


def finer_than_the_words(p: Pair) -> bool:
    """A value finer than the words ("last year" 2003-06, "1994" 1994-06-12): the day of an event
    told elsewhere, where TimeML keeps the expression's own granularity. TimeBank does this too
    in results stories ("a year ago" 1988-Q3), so this kind is AQUAINT's and TimeBank's habit,
    not AQUAINT's alone."""
    return len(p.gold) > len(p.ours) >= 4 and p.gold.startswith(p.ours) and p.ours[:4].isdigit()


def modified_count_as_x(p: Pair) -> bool:
    """ "under a decade" valued PXY: a written count made unknown by its modifier; TimeML keeps
    the count and puts the modifier in mod (LESS_THAN)."""
    return (
        bool(re.search(r"\b(less|more) than\b|\bunder\b|\bover\b", p.lower))
        and "X" in p.gold
        and "X" not in p.ours
    )


VALUE_KINDS: list[tuple[str, str, Callable[[Pair], bool]]] = [
    ("b", "weekday contradicted by the value", weekday_contradicted),
    ("b", "count or unit not the written one", count_contradicted),
    ("b", "day told before contradicted ('that day' off the gold's own day)", contradicts_own_day_before),
    ("b", "'last week' valued as this week or a later one", last_week_not_past),
    ("a", "year as YYYY-XX", year_as_xx),
    ("a", "decade as 198X", decade_as_x),
    ("a", "'a decade ago' as a year", decade_ago_as_year),
    ("a", "ISO week without its zero (W7)", week_unpadded),
    ("a", "part of day dropped (night as the day, or as TEV)", part_of_day_dropped),
    ("a", "week valued as a month, a day or a stretch", week_as_other_unit),
    ("a", "weekend valued P2D or as a day", weekend_as_other),
    ("a", "this century as P100Y", century_as_duration),
    ("a", "an 'ago' as a stretch", ago_as_duration),
    ("a", "a month named valued as a stretch (P1M)", point_as_duration),
    ("a", "stretch before/after an event valued as a date", stretch_before_event_as_date),
    ("a", "counted years after 'each of' as a SET of one", each_as_set),
    ("a", "value finer than the words (an event's day)", finer_than_the_words),
    ("a", "modified count made unknown (under a decade PXY)", modified_count_as_x),
]


# --- type kinds ------------------------------------------------------------------------------


def clock_or_part_of_day_as_date(p: Pair) -> bool:
    """A clock time or part of day typed DATE; TimeML and TimeBank type them TIME."""
    return p.gold_type == "DATE" and p.our_type == "TIME" and bool(re.search(r"\dT", p.gold + " " + p.ours))


def set_word_as_date(p: Pair) -> bool:
    """ "daily" typed DATE; TimeML types a recurrence SET."""
    return p.gold_type == "DATE" and p.our_type == "SET"


def named_time_as_duration(p: Pair) -> bool:
    """ "last week", "this month", "September", "the weekend", "four decades ago" typed DURATION."""
    return p.gold_type == "DURATION" and p.our_type == "DATE"


TYPE_KINDS: list[tuple[str, str, Callable[[Pair], bool]]] = [
    ("a", "clock time or part of day typed DATE", clock_or_part_of_day_as_date),
    ("a", "recurrence typed DATE", set_word_as_date),
    ("a", "named time typed DURATION", named_time_as_duration),
    ("a", "stretch before/after an event typed DATE", stretch_before_event_as_date),
    ("a", "counted years after 'each of' typed SET", each_as_set),
]


def kind_of(p: Pair, kinds) -> tuple[str, str]:
    for category, name, test in kinds:
        if test(p):
            return category, name
    return "c", "ours (or not decidable from the text)"


# --- evidence from the reference corpus ------------------------------------------------------

Test = Callable[[str, str, str], bool]  # (words, value, type) -> bool


def _words(pattern: str) -> Test:
    return lambda w, v, t: re.search(pattern, w, re.I) is not None


def _value(pattern: str) -> Test:
    return lambda w, v, t: re.search(pattern, v) is not None


def _typed(kind: str) -> Test:
    return lambda w, v, t: t == kind


_COUNTED_STRETCH = (
    r"^(?:(?:about|nearly|almost|at least|some|a|an|a few|several|\d+|\w+ty|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twelve)(?: trading)? )?(?:days?|weeks?|months?|years?|hours?)$"
)
# what the reference gold is counted for: (which expressions, TimeML's form, the convention's form);
# expressions in scope with neither form are counted as "other"
EVIDENCE: list[tuple[str, Test, Test, Test]] = [
    ("a year written as digits ('1968')", _words(r"^\d{4}$"), _value(r"^\d{4}$"), _value(r"^\d{4}(-XX)+$")),
    ("a decade written '1980s'", _words(r"\d0'?s\b"), _value(r"^\d{3}$"), _value(r"^\d{3}X$")),
    ("ISO week values", _value(r"-W(\d|XX)"), _value(r"-W\d\d"), _value(r"-W\d(?!\d)")),
    (
        "a part of day (morning ... night): valued with it",
        _words(r"morning|afternoon|evening|(?<!mid)night"),
        _value(r"T(MO|AF|EV|NI)$"),
        lambda w, v, t: re.search(r"T(MO|AF|EV|NI)$", v) is None,
    ),
    ("a clock or part of day in the value: typed TIME", _value(r"\dT"), _typed("TIME"), _typed("DATE")),
    ("'this/last/next week'", _words(r"\b(this|last|next) week\b"), _value(r"-W\d\d$"), _value(r"^(?!.*-W)")),
    ("'the weekend'", _words(r"\bweekend\b"), _value(r"-WE$"), _value(r"^P|^\d{4}-\d\d-\d\d$")),
    ("'century' (one)", _words(r"\bcentury\b"), _value(r"^\d{2}(XX)?$"), _value(r"^P")),
    ("'... ago'", _words(r"\bago$"), _typed("DATE"), _typed("DURATION")),
    (
        "'N days/weeks ... before/after/later': typed DURATION",
        _words(_COUNTED_STRETCH),
        _typed("DURATION"),
        _typed("DATE"),
    ),
    (
        "'daily', 'weekly', 'every ...', 'each ...': typed SET",
        _words(r"^(daily|weekly|monthly|annually|(every|each) \w+)$"),
        _typed("SET"),
        _typed("DATE"),
    ),
]
# the counted stretches are only those told before or after something
_FOLLOWED_BY = {"'N days/weeks ... before/after/later': typed DURATION": r"\s*(before|after|later)\b"}


def evidence(reference: list[dict]) -> list[tuple[str, int, int, int]]:
    """(what, TimeML's form, the convention's form, other) counted in a reference corpus's gold."""
    rows = []
    for what, scope, timeml, convention in EVIDENCE:
        counts = collections.Counter()
        for doc in reference:
            for x in doc["timexes"]:
                words = doc["text"][x["start"] : x["end"]].strip()
                after = doc["text"][x["end"] : x["end"] + 12]
                if not scope(words, x["value"], x["type"]):
                    continue
                if what in _FOLLOWED_BY and not re.match(_FOLLOWED_BY[what], after, re.I):
                    continue
                if timeml(words, x["value"], x["type"]):
                    counts["timeml"] += 1
                elif convention(words, x["value"], x["type"]):
                    counts["convention"] += 1
                else:
                    counts["other"] += 1
        rows.append((what, counts["timeml"], counts["convention"], counts["other"]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir")
    ap.add_argument("predictions")
    ap.add_argument("--reference", help="a TimeML corpus to count each convention's forms in (TimeBank)")
    ap.add_argument("--list", action="store_true", help="print every disagreement with its kind")
    args = ap.parse_args()
    docs = load(args.gold_dir)
    predictions: dict[str, list[dict]] = {}
    with open(args.predictions, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                predictions[os.path.basename(str(record.get("source", "")))] = record.get("dates") or []

    value_kinds: collections.Counter = collections.Counter()
    type_kinds: collections.Counter = collections.Counter()
    matched = right_values = right_types = 0
    listing = []
    for doc, gold, ours in pairs(docs, predictions):
        matched += 1
        p = Pair(doc, gold, ours)
        if p.gold == p.ours:
            right_values += 1
        else:
            kind = kind_of(p, VALUE_KINDS)
            value_kinds[kind] += 1
            listing.append(("value", kind, p))
        if p.gold_type == p.our_type:
            right_types += 1
        else:
            kind = kind_of(p, TYPE_KINDS)
            type_kinds[kind] += 1
            listing.append(("type", kind, p))

    gold_n = sum(len(d["timexes"]) for d in docs)
    system_n = sum(
        1
        for d in docs
        for s in predictions.get(d["id"], [])
        if d["text"][int(s["start"]) : int(s["end"])].strip()
    )
    print(f"paired {matched} of {gold_n} gold and {system_n} predicted expressions")
    print(
        f"values right {right_values}, wrong {matched - right_values}; types right {right_types}, wrong {matched - right_types}"
    )
    for title, counter, right in (("value", value_kinds, right_values), ("type", type_kinds, right_types)):
        print(f"\n{title} errors by kind")
        for category in "abc":
            rows = [(k, n) for k, n in counter.items() if k[0] == category]
            print(f"  ({category}) {sum(n for _, n in rows)}")
            for (_, name), n in sorted(rows, key=lambda r: -r[1]):
                print(f"      {n:3d}  {name}")
        conventions = sum(n for k, n in counter.items() if k[0] in "ab")
        if title == "value":
            f1 = 2 * right / (gold_n + system_n)
            f1_timeml = 2 * (right + conventions) / (gold_n + system_n)
            print(f"  value F1 {f1:.3f}; counting (a) and (b) as right: {f1_timeml:.3f}")
        else:
            print(
                f"  type accuracy {right / matched:.3f}; counting (a) and (b) as right: {(right + conventions) / matched:.3f}"
            )
    if args.reference:
        name = os.path.basename(os.path.normpath(args.reference))
        print(f"\nin the reference corpus ({name}) gold: TimeML's form / the convention's form / other")
        for what, n_timeml, n_convention, n_other in evidence(load(args.reference)):
            print(f"  {what:60} {n_timeml:4d} / {n_convention} / {n_other}")
    if args.list:
        print()
        for what, (category, name), p in listing:
            print(
                f"{what:5} ({category}) {name:50} | {p.doc} @{p.start} | {p.words!r} | gold {p.gold_type} {p.gold}"
                f" | ours {p.our_type} {p.ours}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
