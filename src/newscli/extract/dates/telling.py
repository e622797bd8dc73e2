"""When a text is told: the clock stamps of a live page's entries and the times each part of
an article is told at, which clock times and "two hours ago" in the story count from."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ...articles import Article
from ...articles.stamps import clock_of
from ...model import DateMention


def entry_times(article: Article, anchor: date | None) -> list[DateMention]:
    """The clock stamps of a live page's entries ("11:30 GMT - …"), each a TIME: the first on
    the day of the publication time (the article's day), each next one at the time nearest the
    stamp before it, so that a page crosses midnight either way ("23:50", then "00:30" is the
    next day; newest first, "00:30" then "23:50" the day before); "XXXX-XX-XXT11:30" when the
    day is unknown."""
    stamps = []
    last = _clock_time(article.published or article.updated) if anchor else None
    for start, end in article.entry_stamps:
        clock = clock_of(article.text[start:end])
        if clock is None:
            continue
        if anchor is None:
            value = f"XXXX-XX-XXT{clock}"
        else:
            value = _nearest(clock, last or datetime.combine(anchor, datetime.min.time()).replace(hour=12))
            last = datetime.fromisoformat(value)
        stamps.append(DateMention(article.text[start:end], start, end, "TIME", value))
    return stamps


def _clock_time(published: str | None) -> datetime | None:
    """The local date and clock time of an ISO publication date, if it gives a time."""
    if not published or "T" not in published:
        return None
    try:
        return datetime.fromisoformat(published[:16])
    except ValueError:
        return None


# a clock stamp is at most half a day from the one before it (or the publication time)
HALF_A_DAY = timedelta(hours=12)


def _nearest(clock: str, before: datetime) -> str:
    """The date and time of clock `clock` ("00:30") nearest to `before`, as ISO minutes."""
    hour, minute = map(int, clock.split(":"))
    found = before.replace(hour=hour, minute=minute)
    if found - before > HALF_A_DAY:
        found -= timedelta(days=1)
    elif before - found > HALF_A_DAY:
        found += timedelta(days=1)
    return found.isoformat(timespec="minutes")


def told_at(article: Article, stamps: list[DateMention]) -> list[tuple[int, str]]:
    """The times the text is told at, each from a character offset on: the publication time
    (if the byline gives one), then each live entry's stamp ("2026-03-05T22:40")."""
    published = _clock_time(article.published or article.updated)
    out = [(0, published.isoformat(timespec="minutes"))] if published else []
    return out + [(d.start, d.value) for d in stamps if d.value and d.value[:1].isdigit()]
