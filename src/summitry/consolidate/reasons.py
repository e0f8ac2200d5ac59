"""Why a report is part of its event: the words every merge decision is recorded with
(``event_sources.link_reason``, shown by ``summitry show EVENT --why``)."""

from __future__ import annotations

from .rules import UNDATED_WINDOW_DAYS


def same_stated_date(date: str) -> str:
    return f"same participants, same stated date {date}"


def first_dated_report(date: str) -> str:
    return f"first report of these participants on {date} (date stated in the text)"


def no_date_at_all() -> str:
    return "no date and no publication date: an event of its own"


def after_dated_event(published: str, day: str) -> str:
    return (f"no stated date; published {published}, within {UNDATED_WINDOW_DAYS} days after the event's {day}, "
            "places agree")


def near_undated_report(published: str, first: str) -> str:
    return (f"no stated date; published {published}, within {UNDATED_WINDOW_DAYS} days of the first undated report "
            f"({first}), places agree")


def new_undated_event(published: str) -> str:
    return (f"no stated date and no event of these participants in the {UNDATED_WINDOW_DAYS} days before its "
            f"publication ({published}): a new event")


def fewer_participants(missing: list[str], was: str) -> str:
    return (f"names fewer participants than the event (not {', '.join(missing)}); same kind, dates and places agree; "
            f"was: {was}")
