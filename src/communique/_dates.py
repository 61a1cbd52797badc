# SPDX-License-Identifier: MIT
"""
Helper for the fact stages: find date phrases in a sentence and resolve
them against the article's publication date.

:func:`date_phrase` finds the phrases ("on Tuesday", "last May",
"Dec. 14, 1963", "in 2014", "this time next week"); :func:`resolve_date`
turns one phrase into a :class:`~communique.MeetingDate`. Only
``dateutil`` ever sees a phrase, and only once the pattern has cut it
out; relative phrases need the published date, and nothing reads the
clock.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import regex

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from . import _cache
from .model import DatePrecision, MeetingDate


__all__ = ["DATE_HINT", "DATE_PHRASE", "find_dates", "resolve_date"]

_MONTH = r"""
    (?:January|February|March|April|May|June|July|August|September|October
      |November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?
      |Sept?\.?|Oct\.?|Nov\.?|Dec\.?)
"""
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_DATE_PHRASE = rf"""
    \m(?:
        # March 12 / March 12, 2014 / April 17-19 / Dec. 14, 1963
        (?:on\s+)?(?:{_WEEKDAY},?\s+)?
        (?P<md_month>{_MONTH})\s*(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\M
        (?:\s*(?:-|to|and)\s*\d{{1,2}}\M)?
        (?:,?\s+(?P<md_year>{_YEAR}))?(?!\d)
    |   # 12 March / 12 March 2014
        (?:on\s+)?(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+
        (?P<dm_month>{_MONTH})(?:,?\s+(?P<dm_year>{_YEAR}))?(?!\d)
    |   # in June 1982
        (?:(?:in|since|during|until|by|from|early|late|mid-?)\s+)?
        (?P<my_month>{_MONTH})\s+(?P<my_year>{_YEAR})(?!\d)
    |   # in November / last May
        (?P<m_rel>in|last|next|this|since|during|until|by|early|late)\s+
        (?:(?:early|late|mid-?)\s*)?(?P<m_month>{_MONTH})(?!\s*\d)
    |   # this time next week
        this\s+time\s+(?P<tt_rel>next|last)\s+(?P<tt_unit>week|month|year)
    |   # earlier this month / later this year
        (?P<et_rel>earlier|later)\s+this\s+(?P<et_unit>week|month|year)
    |   # in recent months
        (?P<recent>in\s+recent\s+(?:days|weeks|months|years)
          |in\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks|months|years))
    |   # last month / next year / this week
        (?P<p_rel>last|next|this|past|coming)\s+(?P<p_unit>week|month|year)
    |   # today / yesterday / tomorrow
        (?:(?:earlier|later)\s+)?(?P<day>today|tonight|yesterday|tomorrow)
    |   # on Tuesday / last Friday / Thursday night
        (?:(?P<wd_rel>on|last|next|this|since|by)\s+)?(?P<wd>{_WEEKDAY})
        (?:\s+(?:morning|afternoon|evening|night))?
    |   # in 2014
        (?:in|since|during|until|by|early|late|of)\s+(?P<year>{_YEAR})
    )\M
    """


#: A pattern for case-folded text that matches inside every date phrase
#: (a month stem, "day", "tonight", "tomorrow", "week", "mon" for month,
#: "year" or a digit): where it finds nothing, no date phrase lies.
DATE_HINT = _cache.pattern(
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|tonight"
    r"|tomorrow|week|mon|year|\d"
)

#: The pattern that finds date phrases; its named groups tell
#: :func:`resolve_date` which kind a phrase is.
DATE_PHRASE = _cache.pattern(_DATE_PHRASE, regex.VERBOSE | regex.IGNORECASE)


_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
# Drift allowed between a yearless date and the publication date before
# the year moves (reports filed a few days late or early).
_SLACK = dt.timedelta(days=7)


def find_dates(
    text: str, start: int = 0, end: int | None = None
) -> tuple[tuple[int, int, str], ...]:
    """
    Date phrases in ``text[start:end]`` as ``(start, end, phrase)``.

    >>> find_dates("They met on Tuesday in Paris.")
    ((9, 19, 'on Tuesday'),)
    """
    stop = len(text) if end is None else end
    return tuple(
        (m.start(), m.end(), m.group())
        for m in DATE_PHRASE.finditer(text, start, stop)
    )


def _fold(word: str) -> str:
    """*word* folded to plain lower-case letters: "ſ" -> "s", "İ" -> "i".

    The date pattern matches case-insensitively with full case folding,
    so its words may be spelled with letters that ``lower()`` keeps.
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_number(word: str) -> int | None:
    key = _fold(word)[:3]
    return _MONTHS.index(key) + 1 if key in _MONTHS else None


def _day(phrase: str, value: dt.date) -> MeetingDate:
    return MeetingDate(
        text=phrase, value=value.isoformat(), precision=DatePrecision.DAY
    )


def _month(phrase: str, year: int, month: int) -> MeetingDate:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    return MeetingDate(
        text=phrase,
        value=f"{year:04d}-{month:02d}",
        precision=DatePrecision.MONTH,
    )


def _year(phrase: str, year: int) -> MeetingDate:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    return MeetingDate(
        text=phrase, value=f"{year:04d}", precision=DatePrecision.YEAR
    )


def _month_day(
    phrase: str,
    month: str,
    day: str,
    year: str | None,
    published: dt.date | None,
    *,
    future: bool,
) -> MeetingDate | None:
    if year is None and published is None:
        return None
    base = published or dt.date(int(year or 2000), 1, 1)
    default = dt.datetime(base.year, base.month, 1)  # noqa: DTZ001
    cut = f"{month.rstrip('.')} {int(day)} {year or ''}".strip()
    try:
        value = date_parser.parse(cut, default=default).date()
    except (ValueError, OverflowError):
        return None
    if year is None and published is not None:
        if not future and value > published + _SLACK:
            value -= relativedelta(years=1)
        elif future and value < published - _SLACK:
            value += relativedelta(years=1)
    return _day(phrase, value)


def _month_only(
    phrase: str, rel: str, month: int, published: dt.date, future: bool
) -> MeetingDate:
    year = published.year
    if rel == "last":
        if month >= published.month:
            year -= 1
    elif rel == "next":
        if month <= published.month:
            year += 1
    elif rel == "this":
        pass
    elif future or rel in ("until", "by"):
        if month < published.month:
            year += 1
    elif month > published.month:
        year -= 1
    return _month(phrase, year, month)


def _weekday(
    phrase: str, rel: str, wd: int, published: dt.date, future: bool
) -> MeetingDate:
    if rel == "next" or (future and rel != "last"):
        ahead = (wd - published.weekday()) % 7 or 7
        return _day(phrase, published + dt.timedelta(days=ahead))
    back = (published.weekday() - wd) % 7
    if rel == "last" and back == 0:
        back = 7
    return _day(phrase, published - dt.timedelta(days=back))


def _period(
    phrase: str, rel: str, unit: str, published: dt.date, *, exact: bool
) -> MeetingDate | None:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "year":
        return _year(phrase, published.year + step)
    if unit == "month":
        value = published + relativedelta(months=step)
        return _month(phrase, value.year, value.month)
    if exact:  # "this time next week"
        return _day(phrase, published + dt.timedelta(weeks=step))
    return None


def resolve_date(
    phrase: str, published: dt.date | None, *, future: bool = False
) -> MeetingDate | None:
    """
    Resolve a date phrase against the publication date.

    Args:
        phrase: A phrase that :func:`date_phrase` matches.
        published: The article's publication date; without it only
            absolute dates ("March 12, 2014", "in 1967") resolve.
        future: Whether the phrase speaks of a coming event ("will meet
            on Tuesday"): a weekday or a bare month then means the next
            one, not the last one.

    Returns:
        The date at the precision the phrase gives, or ``None`` when it
        cannot be resolved ("in recent months").

    >>> resolve_date("on Thursday", dt.date(2006, 11, 3)).value
    '2006-11-02'
    >>> resolve_date("in November", dt.date(1987, 3, 22)).value
    '1986-11'
    >>> resolve_date("Dec. 14, 1963", None).value
    '1963-12-14'
    >>> resolve_date("next year", dt.date(9999, 6, 1)) is None  # no year 10000
    True
    """
    try:
        return _resolve(phrase, published, future=future)
    except (OverflowError, ValueError):
        return None  # before year 1 or after year 9999


def _resolve(
    phrase: str, published: dt.date | None, *, future: bool
) -> MeetingDate | None:
    text = phrase.strip()
    m = DATE_PHRASE.fullmatch(text)
    if m is None:
        return None
    g = m.groupdict()
    if g["md_month"]:
        return _month_day(
            text,
            g["md_month"],
            g["md_day"],
            g["md_year"],
            published,
            future=future,
        )
    if g["dm_month"]:
        return _month_day(
            text,
            g["dm_month"],
            g["dm_day"],
            g["dm_year"],
            published,
            future=future,
        )
    if g["my_month"]:
        month = _month_number(g["my_month"])
        return None if month is None else _month(text, int(g["my_year"]), month)
    if g["year"]:
        return _year(text, int(g["year"]))
    if published is None or g["recent"]:
        return None
    if g["m_month"]:
        month = _month_number(g["m_month"])
        if month is None:
            return None
        return _month_only(text, _fold(g["m_rel"]), month, published, future)
    if g["tt_unit"]:
        return _period(
            text,
            _fold(g["tt_rel"]),
            _fold(g["tt_unit"]),
            published,
            exact=True,
        )
    if g["et_unit"]:
        return _period(
            text, "this", _fold(g["et_unit"]), published, exact=False
        )
    if g["p_unit"]:
        return _period(
            text,
            _fold(g["p_rel"]),
            _fold(g["p_unit"]),
            published,
            exact=False,
        )
    if g["day"]:
        shift = {"yesterday": -1, "tomorrow": 1}.get(_fold(g["day"]), 0)
        return _day(text, published + dt.timedelta(days=shift))
    rel = _fold(g["wd_rel"] or "on")
    day = _fold(g["wd"])
    if day not in _WEEKDAYS:
        return None
    return _weekday(text, rel, _WEEKDAYS.index(day), published, future)
