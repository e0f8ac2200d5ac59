"""The dateline (publication date and city) and resolution of relative dates against it.

dateparser parses the date strings; it is always given an explicit RELATIVE_BASE (the article's
own reference date) so that output never depends on the day the code runs.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from ..doc import Document
from ..registry import component
from ..resources import load_json
from ..text import paragraphs
from .places import capital_of, country_code, find_city, fold, world_city

# Month names, lower-case (a dateline's "Addis Ababa November 21", a date begun at its month)
MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
FULL_DATE = re.compile(
    rf"\b(?:{_YEAR}-\d{{2}}-\d{{2}}|{_DAY}\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+|,){_YEAR}|{_MONTH}\.?\s+{_DAY}(?:,?\s+|,){_YEAR}"
    # "2025, March 13", "Mar-13-2025", "Sep - 06 - 2023"
    rf"|{_YEAR},?\s+{_MONTH}\.?\s+{_DAY}|{_MONTH} ?- ?\d{{1,2}} ?- ?{_YEAR})\b",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(rf"\b(?:{_DAY}\s+{_MONTH}\b\.?|{_MONTH}\.?\s+{_DAY}\b)(?!,?\s+{_YEAR})", re.IGNORECASE)
# Date expressions found by pattern where the parse has no entity recogniser (the fast path). Month
# names only when capitalised: "may" is a verb.
DATE_EXPR = re.compile(
    rf"{FULL_DATE.pattern}|{DAY_MONTH.pattern}"
    r"|\b(?-i:(?:[Ee]arly |[Mm]id-|[Ll]ate )?(?:January|February|March|April|May|June|July|August|September"
    rf"|October|November|December)(?: {_YEAR})?)\b"
    rf"|\b(?:in|since|by|until|from) {_YEAR}\b|\b(?:next|last|this|coming) (?:week|month|year|weekend)\b",
    re.IGNORECASE,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HEADER_CHARS = 400
# Words before the article's own date, English or as a French, Spanish or Portuguese site prints them
_CUE = (r"\bdate|published|updated|posted|publi(?:é|e|cado|cada)(?:\s+(?:le|el|em|on))?|mis à jour(?:\s+le)?"
        r"|actualizado(?:\s+el)?|atualizado(?:\s+em)?")
_UPDATED = re.compile(r"\b(?:updated|modified|mis à jour|actualizado|atualizado)\b(?:\s+(?:on|le|el|em))?\W*$",
                      re.IGNORECASE)
# Words that mark a date as the article's own (not an event mentioned in a caption).
_PUBLISH_CUE = re.compile(
    rf"(?:{_CUE}|\d{{1,2}}:\d{{2}})\W*$|^\W*$"
    r"|^\W*[A-Z][A-Za-z.'’ -]{1,30}(?:\s*\([^)]*\))?,\s*$",  # a wire dateline: "BEIJING, April 14, 2023"
    re.IGNORECASE,
)
_DATELINE_CITY = re.compile(
    rf"(?<![\w])([A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)?)\s*(?:\([^)\n]{{0,40}}\)\s*)?(?:\[[^\]\n]{{0,20}}\]\s*)?"
    rf"(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"  # the country after the city: "ASTANA, Kazakhstan, November 9."
    rf"(?:[,.]\s+{_MONTH}\b|[,.]\s+\d{{1,2}}\s+{_MONTH}\b|,\s+\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}\b|\s+[–—-]\s|:\s|\s\("
    rf"|\.\s+[A-Z]{{3,}}\s+[–—-]\s|\s/[A-Za-z]{{3,}}/|\s{_MONTH}\s\d{{1,2}}/\d{{4}}\b)",  # "NUR-SULTAN. KAZINFORM – ",
    # "Ulaanbaatar /AGENCY/.", "Addis Ababa November 21/2023 (AGENCY)"
)


_LINE_CITY = re.compile(r"[ \t]*([A-Z][\w'’.]+(?:[ \t][A-Z][\w'’.]+){0,2})[ \t]*(?:,|[–—-][ \t]|:[ \t]|\(|\|)")


@lru_cache(maxsize=4096)
def parse_date(text: str, base: date | None = None) -> date | None:
    """A date string ("08th January, 2022", "Aug. 8") as a date; None when it is not one."""
    settings = {
        "RELATIVE_BASE": datetime.combine(base or date(2000, 1, 1), datetime.min.time()),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",
    }
    if base is None:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _is_dateline_date(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    if _PUBLISH_CUE.search(before) or re.search(r"[-–—]\s*$", before):
        return True
    city = re.match(r"\s*([A-Z][\w'’. -]{1,30}?),", before)
    if city and find_city(city.group(1)) and len(before) < 60:
        return True  # a wire dateline with more before the date: "Muscat, Sunday, 09 February 2025 (ONA) --"
    return line_end - line_start <= 60  # a line that is little more than the date


# A numeric header date ("09:56 / 22.07.2023", "22/07/2023"): day first, with a four-digit year.
_MONTH_DAY_SLASH_YEAR = re.compile(rf"\b{_MONTH}\.?\s+(\d{{1,2}})/((?:19|20)\d{{2}})\b", re.IGNORECASE)
# "13.03.2025", "14.2.2025." (a closing period), "13/03/25" (a two-digit year: 20xx)
# ("24.05.2022", "24/5/22", and "24. 5. 2022" as Czech and Slovak sites write it)
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-]) ?(\d{1,2})\2 ?((?:19|20)\d{2}|\d{2})(?![\d/-]|\.\d)")
# A dateline in Spanish, Portuguese or French: "4 de noviembre de 2024", "1er mars 2024"
_ROMANCE_DATE = re.compile(
    r"\b(?P<day>\d{1,2})(?:er|º)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})\s+(?:de\s+)?(?P<year>(?:19|20)\d{2})\b"
)


@lru_cache(maxsize=1)
def _romance_months() -> dict[str, int]:
    return {fold(k): v for k, v in load_json("months.json").items() if not k.startswith("_")}


# A byline date glued to the reading time ("June 3, 20241 min read"), or written with hyphens ("3-Jun-2024")
_GLUED_DATE = re.compile(rf"({_MONTH}\.?\s+{_DAY},?\s+{_YEAR})(?=\d{{1,2}}\s*min(?:ute)?s?\s+read)", re.IGNORECASE)
_HYPHENED_DATE = re.compile(rf"\b(\d{{1,2}}-{_MONTH}-{_YEAR})\b", re.IGNORECASE)
# Year first: "2024/05/03", an ISO timestamp "2024-05-03T10:15:00+03:00"
_YEAR_FIRST_DATE = re.compile(r"(?<![\d./-])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?=T\d|[^\d./-]|$)")
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$", re.IGNORECASE
)
_TIME_AFTER = re.compile(r"^\W{0,3}\d{1,2}[:.]\d{2}\b|^\s*(?:\||/|-)?\s*\d{1,2}:\d{2}")


def header_end(text: str) -> int:
    """Where the header ends: the first 400 characters, or more when menus, a headline and a standfirst come
    before the date line: up to the story's second paragraph of running text (at most 1,200 characters)."""
    running = 0
    for m in re.finditer(r"(?m)^[^\n]{100,}[.!?”\"]\s*$", text[:1200]):
        running += 1
        if running == 2:
            return max(_HEADER_CHARS, m.start())
    return max(_HEADER_CHARS, min(len(text), 1200))


def _header_dates(text: str) -> list[tuple[date, tuple[int, int], float]]:
    """Dates of the header that may be the publication date, with a strength: 2 for a date with its clock
    time or a "published"/"date" cue, 1 for a plain date line, 0.5 for a "Last updated:" date, 0 for a banner
    "Thursday, 25 December 2025" (a site's today, printed on every page it serves)."""
    out = []
    text = text[: header_end(text)]
    for m in FULL_DATE.finditer(text):
        if not _is_dateline_date(text, m.start(), m.end()):
            continue
        if m.start() >= _HEADER_CHARS and not _date_alone(text, m.start(), m.end()):
            continue  # (filtered below as well; dateparser is the slow part)
        parsed = parse_date(m.group())
        if not parsed:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        after = text[m.end() : m.end() + 12]
        if _WEEKDAY_BEFORE.search(before):
            strength = 0
        elif _UPDATED.search(before):
            strength = 0.5  # "28 Jan. 2025 | Last updated: 29 Jan. 2025 10:02": the first is the article's own
        elif _TIME_AFTER.search(after) or re.search(r"\d{1,2}:\d{2}\W*$", before) or re.search(
            rf"(?:{_CUE})\W*$", before, re.IGNORECASE
        ):
            strength = 2
        else:
            strength = 1
        out.append((parsed, (m.start(), m.end()), strength))
    for m in _NUMERIC_DATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        cue = re.search(rf"(?:{_CUE})\W*$", text[line_start : m.start()], re.IGNORECASE)
        # a timestamp opening its line or after a bar: "15.05.2025 – 16:40 | Press", "Byline |03.07.2025 - 17:42"
        # (or an update stamp after it: "Byline |15.11.2023 - Update : 15.11.2023")
        stamp = re.search(r"(?:^|\|)\s*$", text[line_start : m.start()]) and re.match(
            r"\s*(?:[–—|,-]\s*)?(?:\d{1,2}:\d{2}|(?:last\s+)?updated?\b)", text[m.end() : m.end() + 16], re.IGNORECASE)
        # a wire dateline's date: "TASHKENT, 05.03.2025 (UzA) -"
        city = re.fullmatch(r"([A-Z][A-Za-z .'’-]{2,30}),\s*", text[line_start : m.start()])
        stamp = stamp or (city and (city.group(1).isupper() or (find_city(city.group(1)) and re.match(
            r"\s*(?:\(|[-–—]|:)", text[m.end() : m.end() + 4]))))  # ("Bern, 21.08.2025 - The Vice-President ...")
        # a headline's place and date in brackets: "... following their talks (Paris, 14.03.2024)"
        stamp = stamp or (re.search(r"\([A-Z][\w .'’-]{2,30},\s*$", text[line_start : m.start()]) and re.match(
            r"\s*\)", text[m.end() : m.end() + 3]))
        if len(line) > 40 and not (cue or stamp):
            continue  # a numeric date only on a line of its own (a timestamp line) or after a cue, not in running text
        day, month = int(m.group(1)), int(m.group(3))
        if month > 12 >= day:
            day, month = month, day  # "6/13/2024": month first (US style) when only that reading is a date
        if len(m.group(4)) == 2 and _CLOCK_AND_CUES.sub("", line.replace(m.group(), "")):
            continue  # a two-digit year only on a line of nothing but the date ("13/03/25 10:15"), not "v2.1.25"
        year = int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0)
        try:
            parsed = date(year, month, day)
        except ValueError:
            continue
        weekday = _WEEKDAY_NAME.search(text[line_start : m.start()])
        if weekday and day <= 12 and parsed.weekday() != _weekday_index(weekday.group()):
            try:  # "Wed, 11/12/2025": the reading whose weekday the line names (12 November, a Wednesday)
                other = date(year, day, month)
            except ValueError:
                other = None
            if other is not None and other.weekday() == _weekday_index(weekday.group()):
                parsed = other
        out.append((parsed, (m.start(), m.end()), 2 if re.search(r"\d{1,2}:\d{2}", line) else 1))
    for m in _YEAR_FIRST_DATE.finditer(text):
        if any(a <= m.start() < b for _, (a, b), _ in out):
            continue  # "2024-05-03" read above
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(line) > 60:
            continue
        try:
            parsed = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        out.append((parsed, (m.start(), m.end()), 2 if re.search(r"\d{1,2}:\d{2}", line) else 1))
    for m in _ROMANCE_DATE.finditer(text):  # "4 de noviembre de 2024", "lunes 10 de marzo de 2025"
        month = _romance_months().get(fold(m.group("month")))
        try:
            parsed = date(int(m.group("year")), month, int(m.group("day"))) if month else None
        except ValueError:
            parsed = None
        if parsed and not any(a <= m.start() < b for _, (a, b), _ in out):
            out.append((parsed, (m.start(), m.end()), 1))
    for pattern, strength in ((_GLUED_DATE, 2), (_HYPHENED_DATE, 1)):  # "June 3, 20241 min read", "3-Jun-2024"
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for _, (a, b), _ in out):
                continue
            parsed = parse_date(m.group(1).replace("-", " "))
            if parsed:
                out.append((parsed, (m.start(1), m.end(1)), strength))
    for m in _MONTH_DAY_SLASH_YEAR.finditer(text):  # "December 18/2021 (ENA)"
        parsed = parse_date(f"{m.group().split()[0]} {m.group(1)} {m.group(2)}")
        if parsed:
            out.append((parsed, (m.start(), m.end()), 1))
    # past the first 400 characters, only a line that is the date alone (with its clock, weekday or cue):
    # "13 March 2025" under a standfirst, not "The agreement was signed on 12 March 2019 in Baku."
    out = [d for d in out if d[1][0] < _HEADER_CHARS or _date_alone(text, *d[1])]
    return sorted(out, key=lambda d: d[1][0])


_CLOCK_AND_CUES = re.compile(
    r"(?i)\b(?:published|updated|posted|date|on|at|am|pm|gmt|utc|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\b|[\d:|,()/.\s–—+-]"
)


_WEEKDAY_NAME = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def _weekday_index(name: str) -> int:
    return ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(name[:3].lower())


def _date_alone(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[line_start:start] + text[end : len(text) if line_end < 0 else line_end]
    return not _CLOCK_AND_CUES.sub("", rest)


def find_published(text: str) -> tuple[date, tuple[int, int]] | None:
    """The publication date the header states ("date 2024-07-03", "26 november 2021, 15:20"); a crawl-date
    banner ("Thursday, December 25, 2025") gives way to the article's own dated line."""
    found = _header_dates(text)
    if not found:
        return None
    best = max(d[2] for d in found)
    parsed, span, _ = next(d for d in found if d[2] == best)
    return parsed, span


def first_full_date(doc: Document) -> date | None:
    for m in FULL_DATE.finditer(doc.text):
        if doc.in_body(m.start()):
            parsed = parse_date(m.group())
            if parsed:
                return parsed
    return None


def _capital_named(name: str) -> str | None:
    """ "KUWAIT, Nov 12 (KUNA) --": a state whose capital bears its name (Kuwait City, Panama City)."""
    capital = capital_of(country_code(name))
    return capital if capital and fold(capital).startswith(fold(name)) else None


def find_dateline_city(text: str) -> tuple[str, tuple[int, int]] | None:
    """The city a wire story is filed from ("Astana, July 3, AZERTAC", "WASHINGTON:")."""
    for para in paragraphs(text)[:12]:
        if para.start > 2 * _HEADER_CHARS:  # headline, standfirst and a photo caption may come first
            break
        for m in _DATELINE_CITY.finditer(text, para.start, para.end + 1):
            city = find_city(m.group(1)) or _capital_named(m.group(1))
            if not city and len(m.group(1)) > 3 and re.search(rf"\d|\(|{_MONTH}", m.group(0)[len(m.group(1)) :]):
                city = world_city(m.group(1), dateline=True)  # "ELDORET, Kenya, March 3 (KNA) -"
            if city:
                return city, (m.start(1), m.end(1))
    for para in paragraphs(text)[:12]:  # a line that opens with a known city: "Brasília – ...", "Accra, 12th March"
        if para.start > 2 * _HEADER_CHARS:
            break
        m = _LINE_CITY.match(text, para.start)
        if m and find_city(m.group(1)):
            return find_city(m.group(1)), (m.start(1), m.end(1))
    return None


# The rest of a dateline after its city: "[Nigeria], July 2 (ANI):", ", Nov 19 (Bernama) --"
_DATELINE_REST = re.compile(r"[^\n]{0,60}?(?:\)\s*(?:--|[-–—:])|\s(?:--|[-–—])\s|:\s)")


def dateline_end(doc: Document) -> int:
    """Where the story's own words begin after its dateline (0 without one)."""
    if not doc.dateline_span:
        return 0
    m = _DATELINE_REST.match(doc.text, doc.dateline_span[1])
    return m.end() if m else doc.dateline_span[1]


@component("published", requires=("tokens",), assigns=("published", "reference_date", "dateline"))
def annotate(doc: Document) -> None:
    found = find_published(doc.text)
    if found:
        doc.published = found[0].isoformat()
        doc.published_span = found[1]
    # Relative dates ("on Monday") need an anchor: the publication date, else the first full date.
    ref = found[0] if found else first_full_date(doc)
    city = find_dateline_city(doc.text)
    if city:
        doc.dateline_place, doc.dateline_span = city
        filed = _dateline_day(doc.text, city[1][1], ref)
        ref = filed or ref
    doc.reference_date = ref.isoformat() if ref else None


# The day after a dateline's city: "MINSK, November 12. /AGENCY/.", "Kigali, 3 March (AGENCY) -"
_DATELINE_DAY = re.compile(
    rf"\s*(?:\([^)\n]{{0,40}}\)\s*)?(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?[,.]?\s+"
    rf"({_MONTH}\.?\s+{_DAY}|{_DAY}\s+{_MONTH}\.?)(?![\w,]*\s*,?\s*{_YEAR})",
    re.IGNORECASE,
)


def _dateline_day(text: str, city_end: int, published: date | None) -> date | None:
    """The day a wire story was filed, when its dateline gives one without a year and it falls in the few days
    before the header's date: a report filed late and published the next morning says "today" of the filing day."""
    m = _DATELINE_DAY.match(text, city_end)
    if m is None or published is None:
        return None
    day = parse_date(m.group(1), published)
    return day if day is not None and 0 < (published - day).days <= 3 else None


# --- resolution of the date expressions that accompany a reported meeting ---

_TODAY = re.compile(
    r"\b(?:today|this (?:morning|afternoon|evening)|tonight|now|(?:earlier|later) (?:in|on) the day|"
    r"earlier today|later today)\b",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"\b(?:yesterday|last (?:night|evening))\b", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(
    r"^(?:on )?(?:the )?(?:(?:morning|afternoon|evening|night) of )?(?:the )?(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE
)
_FUTURE = re.compile(r"\b(?:tomorrow|next (?:week|month|year)|later this (?:week|month|year))\b", re.IGNORECASE)
_VAGUE = re.compile(
    rf"\b(?:last (?:week|month|year|time|{_MONTH}|spring|summer|autumn|fall|winter)|ago|since|"
    rf"earlier this (?:month|year)|"
    rf"(?:in|since|during|of) (?:early |late |mid-)?(?:{_MONTH}|{_YEAR})\b|"
    rf"this year|the year|in {_YEAR}|past|previous|recent|^\W*(?:{_YEAR}|{_MONTH})\W*$|{_MONTH}\.?,?\s+{_YEAR})",
    re.IGNORECASE,
)


def resolve(expr: str, ref: str | None) -> tuple[str | None, str]:
    """Resolve a date expression against the reference date.

    Returns (ISO date or None, kind) with kind "day" (a specific day), "future", "vague"
    (a period or a past occasion: "in May", "last year", "a few years ago"), or "other"
    (a duration or a phrase that does not date anything: "two days").
    """
    base = date.fromisoformat(ref) if ref else None
    full = FULL_DATE.search(expr)
    if full:
        parsed = parse_date(full.group())
        return (parsed.isoformat() if parsed else None), "day"
    if _FUTURE.search(expr):
        return None, "future"
    if _YESTERDAY.search(expr):
        return ((base - timedelta(days=1)).isoformat() if base else None), "day"
    day_month = DAY_MONTH.search(expr)
    if day_month:
        if not base:
            return None, "day"
        parsed = parse_date(day_month.group(), base)
        return (parsed.isoformat() if parsed else None), "day"
    low = expr.lower()
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            if not base:
                return None, "day"
            back = (base.weekday() - i) % 7
            return (base - timedelta(days=back)).isoformat(), "day"
    nth = _DAY_OF_MONTH.search(expr)
    if nth:  # "on the evening of the 5th": that day of the reference month, or of the month before
        if not base:
            return None, "day"
        day = int(nth.group(1))
        month_start = base.replace(day=1)
        if day > base.day:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        try:
            return month_start.replace(day=day).isoformat(), "day"
        except ValueError:
            return None, "other"
    if _TODAY.search(expr):
        return ref, "day"
    if _VAGUE.search(expr):
        return None, "vague"
    return None, "other"  # a duration or anything else that does not date the meeting
