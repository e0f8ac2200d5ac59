"""The dateline (publication date) and relative dates resolved against it.

Articles are invented for these tests; dates are chosen so that a weekday resolves to a
different day than the dateline itself (the weekday is worked out in a comment).
"""

from __future__ import annotations

import datetime as dt

import pytest

import summitry
from summitry.components.dates import find_published, resolve

# --------------------------------------------------------------------------- publication date


def test_iso_date_after_the_word_date(ex):
    text = (
        "date 2024-07-03 12:40\n"
        "Astana hosts regional summit\n"
        "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Astana today.\n"
    )
    r = ex(text)
    assert r.published == "2024-07-03"
    s, e = r.result["published_span"]
    assert text[s:e] == "2024-07-03"
    # "today" is the publication day.
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2024-07-03")
    ]


def test_lower_case_day_month_year_with_time(ex):
    # 26 November 2021 was a Friday, so "on Monday" is 22 November.
    text = (
        "26 november 2021, 15:20\n"
        "Prime Minister Narendra Modi held talks with President Vladimir Putin in New Delhi on Monday.\n"
    )
    r = ex(text)
    assert r.published == "2021-11-26"
    s, e = r.result["published_span"]
    assert text[s:e] == "26 november 2021"
    assert len(r.meetings) == 1
    assert r.meetings[0]["date"] == "2021-11-22"


def test_published_line_after_a_byline(ex):
    text = (
        "By Anna Smith\n"
        "Published January 08, 2022\n"
        "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz yesterday.\n"
    )
    r = ex(text)
    assert r.published == "2022-01-08"
    s, e = r.result["published_span"]
    assert text[s:e] == "January 08, 2022"
    assert r.meetings[0]["date"] == "2022-01-07"
    assert r.meetings[0]["kind"] == "phone"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Posted: 14 March 2023", "2023-03-14"),
        ("Updated 5th May 2023, 09:10", "2023-05-05"),
        ("Tashkent, 12 October 2022", "2022-10-12"),
        ("Moscow, Wednesday 10 May 2023", "2023-05-10"),
    ],
)
def test_other_dateline_forms(ex, header, expected):
    r = ex(header + "\nThe foreign ministers of the two countries discussed the agenda of the summit.\n")
    assert r.published == expected


def test_year_less_dateline_gives_no_publication_date(ex):
    text = (
        "MOSCOW, March 14 (Reuters) - Russian Foreign Minister Sergey Lavrov held talks with his "
        "Chinese counterpart Wang Yi in Moscow on Thursday.\n"
    )
    r = ex(text)
    assert r.published is None
    assert r.result["published_span"] is None
    # With nothing to anchor "Thursday", the meeting has no date (never today's date).
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Sergey Lavrov", "Wang Yi"], None)]


def test_caption_date_is_not_the_publication_date_but_anchors_weekdays(ex):
    # 4 September 2024 was a Wednesday; the Monday before it is 2 September.
    text = (
        "Leaders meet in the capital\n"
        "Photo: President Xi Jinping and President Vladimir Putin shake hands before their talks "
        "in the Chinese capital on 4 September 2024.\n"
        "President Xi Jinping met President Vladimir Putin in Beijing on Monday.\n"
    )
    r = ex(text)
    assert r.published is None
    doc = summitry.extract_document(text)
    assert doc.reference_date == "2024-09-04"
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Vladimir Putin", "Xi Jinping"], "2024-09-02", "Beijing")
    ]


def test_date_far_down_the_body_is_not_the_publication_date(ex):
    filler = "The two delegations discussed energy, transport and culture at length. " * 8
    text = "Talks in Baku\n" + filler + "\nThe agreement was first signed on 12 March 2019 in Baku.\n"
    assert ex(text).published is None


def test_no_date_at_all(ex):
    r = ex("President Recep Tayyip Erdogan met President Ilham Aliyev on Friday.\n")
    assert r.published is None
    assert len(r.meetings) == 1
    assert r.meetings[0]["date"] is None


def test_today_without_any_dateline_is_not_the_clock_date(ex):
    r = ex("President Emmanuel Macron met Chancellor Olaf Scholz in Paris today.\n")
    assert len(r.meetings) == 1
    assert r.meetings[0]["date"] is None
    assert r.meetings[0]["date"] != dt.date.today().isoformat()


def test_find_published_ignores_a_weekday_headline():
    assert find_published("Friday talks\nThe presidents met on Friday.\n") is None


# --------------------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("expr", "ref", "expected"),
    [
        ("yesterday", "2024-03-01", ("2024-02-29", "day")),  # leap year
        ("last night", "2024-01-01", ("2023-12-31", "day")),
        ("today", "2024-07-25", ("2024-07-25", "day")),
        ("this morning", "2024-07-25", ("2024-07-25", "day")),
        ("on Sunday", "2024-03-06", ("2024-03-03", "day")),  # 6 March 2024 was a Wednesday
        ("on Wednesday", "2024-03-06", ("2024-03-06", "day")),  # the dateline's own weekday
        ("on Thursday", "2024-03-06", ("2024-02-29", "day")),
        ("on 20 July", "2024-07-25", ("2024-07-20", "day")),
        ("on July 20", "2024-07-25", ("2024-07-20", "day")),
        ("on 3 March 2023", "2024-07-25", ("2023-03-03", "day")),  # a full date needs no anchor
        ("next week", "2024-03-06", (None, "future")),
        ("tomorrow", "2024-03-06", (None, "future")),
        ("in May", "2024-03-06", (None, "vague")),
        ("last year", "2024-03-06", (None, "vague")),
        ("two years ago", "2024-03-06", (None, "vague")),
    ],
)
def test_resolve_against_reference_date(expr, ref, expected):
    assert resolve(expr, ref) == expected


@pytest.mark.parametrize("expr", ["today", "yesterday", "on Monday", "20 July"])
def test_resolve_without_reference_date_gives_no_date(expr):
    date, kind = resolve(expr, None)
    assert date is None
    assert kind == "day"


def test_weekday_resolution_uses_the_dateline_not_the_clock(ex):
    # The same article text, dated a week apart, gives meeting dates a week apart.
    body = "President Shavkat Mirziyoyev met President Kassym-Jomart Tokayev in Tashkent on Tuesday.\n"
    first = ex("date 2022-10-13\n" + body)  # a Thursday: Tuesday is the 11th
    second = ex("date 2022-10-20\n" + body)
    assert first.meetings[0]["date"] == "2022-10-11"
    assert second.meetings[0]["date"] == "2022-10-18"


def test_crawl_date_banner_gives_way_to_the_byline_date():
    text = "Thursday, December 25, 2025\nWorld\n\nLeaders talk\n\nAgency, 09 Jan, 2019 01:49 AM\n\nText.\n"
    assert find_published(text)[0] == dt.date(2019, 1, 9)


def test_numeric_timestamp_line_is_the_publication_date():
    assert find_published("10:41 / 03.02.2022\n\nHeadline here\n\nBody.\n")[0] == dt.date(2022, 2, 3)


def test_month_day_slash_year_dateline():
    assert find_published("Addis Ababa, March 7/2020 (AGENCY) - Body text.\n")[0] == dt.date(2020, 3, 7)


@pytest.mark.parametrize(
    ("expr", "ref", "expected"),
    [
        ("the evening of the 5th", "2021-07-06", ("2021-07-05", "day")),
        ("the 28th", "2021-07-06", ("2021-06-28", "day")),
        ("last evening", "2019-01-09", ("2019-01-08", "day")),
    ],
)
def test_resolve_day_of_month_and_last_evening(expr, ref, expected):
    assert resolve(expr, ref) == expected


def test_dateline_city_followed_by_its_country(ex):
    r = ex("BAKU, Azerbaijan, March 3. President Ilham Aliyev met Prime Minister Nikol Pashinyan.\n")
    assert [m["place"] for m in r.meetings] == ["Baku"]


@pytest.mark.parametrize("header", ["Posted on 2024/05/03", "2024-05-03T10:15:00+03:00", "Updated: 03.05.2024 14:20"])
def test_year_first_and_numeric_header_dates(ex, header):
    r = ex(f"Some Outlet\n{header}\n\nForeign Minister Ola Nordmann met President Amani Kibwana on Thursday.\n")
    assert r.published == "2024-05-03"
    assert [m["date"] for m in r.meetings] == ["2024-05-02"]


def test_hyphenated_numeric_dateline(ex):
    r = ex("Some Agency\nDili, 08-07-2024\n\nPresident Amani Kibwana welcomed Prime Minister Ola Nordmann "
           "yesterday.\n")
    assert r.published == "2024-07-08"
    assert [(m["date"], m["place"]) for m in r.meetings] == [("2024-07-07", "Dili")]


@pytest.mark.parametrize(("header", "expected"), [
    ("By Agency Staff\nJune 3, 20241 min read", "2024-06-03"),  # a byline date glued to the reading time
    ("3-Jun-2024", "2024-06-03"),
    ("Posted: 6/13/2024", "2024-06-13"),  # month first when only that reading is a date
    ("Thursday 3rd of June 2024", "2024-06-03"),
])
def test_more_header_date_forms(ex, header, expected):
    r = ex(f"Outlet Name\n{header}\n\nForeign Minister Ola Nordmann met President Amani Kibwana on Monday.\n")
    assert r.published == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("Muscat, Sunday, 09 February 2025 (Agency) -- The minister received his guest today.", "2025-02-09"),
    ("Ciudad de México, 4 de noviembre de 2024", "2024-11-04"),
    ("Quito, lunes 10 de marzo de 2025 - 20:41", "2025-03-10"),
    ("Published: 02.06.2025 kl. 16:45 | Updated 17:30", "2025-06-02"),
])
def test_wire_and_foreign_datelines(ex, header, expected):
    r = ex(f"Outlet Name\n\nA headline about talks\n\n{header}\n\nThe talks went well, officials said.\n")
    assert r.published == expected


@pytest.mark.parametrize(("line", "city"), [
    ("Brasília – The government announced a new trade plan on Tuesday.", "Brasília"),
    ("Accra, 12th March 2025 | 11:04 GMT", "Accra"),
    ("Washington, D.C.", "Washington"),
])
def test_a_line_that_opens_with_a_known_city_is_the_dateline(ex, line, city):
    r = ex(f"Outlet Name\nPublished 12 March 2025\n\n{line}\n\nPresident Amani Kibwana met Prime Minister Ola "
           "Nordmann on Monday.\n")
    assert [m["place"] for m in r.meetings] == [city]


@pytest.mark.parametrize(("header", "expected"), [
    ("2025, March 13", "2025-03-13"),
    ("2025 March 13 | 10:15", "2025-03-13"),
    ("Mar-13-2025", "2025-03-13"),
    ("13/03/25 10:15", "2025-03-13"),  # a two-digit year on a line of its own
    ("Published on 12.03.25", "2025-03-12"),
    ("14.2.2025.", "2025-02-14"),
    ("Version 2.1.25 of the app", None),
])
def test_year_first_month_names_and_two_digit_years(ex, header, expected):
    r = ex(f"Leaders talk by phone\n{header}\n\nPresident Ana Lima spoke by phone with President Rui Costa.\n")
    assert r.published == expected


def test_a_date_line_after_menus_a_headline_and_a_standfirst(ex):
    menus = "HOME | WORLD | POLITICS | BUSINESS | SPORT | CULTURE | OPINION | VIDEO | PODCASTS | NEWSLETTERS | ABOUT\n"
    standfirst = ("The two presidents agreed to meet later this year and told their ministers to prepare a road map "
                  "for cooperation in energy, transport and trade, officials said after the call.\n\n")
    text = (f"{menus}{menus}\nPresidents of Kenya and Peru discuss trade in a long telephone conversation\n\n"
            f"{standfirst}By Jane Wanjiru\n\n13 March 2025\n\nPresident Ana Lima spoke by phone with President Rui "
            "Costa on Tuesday.\n")
    assert len(text[: text.index("13 March")]) > 400
    assert ex(text).published == "2025-03-13"


@pytest.mark.parametrize("expr", ["last June", "last autumn"])
def test_last_month_or_season_is_a_past_period(expr):
    assert resolve(expr, "2025-03-12") == (None, "vague")


def test_a_numeric_date_with_its_clock_opens_a_press_office_line():
    found = find_published("Speaker receives delegation\n\n15.05.2025 – 16:40 | Press and Information Department\n\n"
                           "Body.\n")
    assert found is not None and found[0] == dt.date(2025, 5, 15)


def test_a_numeric_timestamp_after_a_bylines_bar():
    found = find_published("Ministers meet\n\nMerve Aksoy, Ankara correspondent   |03.07.2025 - 17:42 GMT+3\n\n"
                           "ANKARA\n\nBody.\n")
    assert found is not None and found[0] == dt.date(2025, 7, 3)


@pytest.mark.parametrize("line, day", [("Wed, 11/12/2025 - 09:30", dt.date(2025, 11, 12)),
                                       ("Thu, 11/12/2025 - 09:30", dt.date(2025, 12, 11))])
def test_a_weekday_decides_between_day_first_and_month_first(line, day):
    found = find_published(f"Ministers meet\n\n{line}\n\nBody.\n")
    assert found is not None and found[0] == day


def test_a_numeric_date_in_a_wire_dateline():
    found = find_published("Talks\n\nTASHKENT, 05.03.2025 (UzA) - President Aziz Karimov received the delegation of "
                           "the bank led by its President Anna Weber.\n")
    assert found is not None and found[0] == dt.date(2025, 3, 5)


@pytest.mark.parametrize("line", ["Publié le 08/10/2025 à 21:14 | Par Hassan Abakar", "Publicado el 08/10/2025 a las "
                                  "21:14 por Ana Ruiz", "Atualizado em 08/10/2025 às 21h14 por Ana Ruiz"])
def test_a_french_spanish_or_portuguese_publication_cue_before_a_numeric_date(ex, line):
    r = ex(f"Site\nAccueil › Politique\n\nHeadline of the story here\n\n{line}\n\nThe minister spoke on Wednesday.\n")
    assert r.published == "2025-10-08"


def test_a_last_updated_date_gives_way_to_the_articles_own():
    found = find_published("NATO\n\nJoint press point\n\n28 Jan. 2025 | Last updated: 29 Jan. 2025 10:02\n\nBody.\n")
    assert found is not None and found[0] == dt.date(2025, 1, 28)
    alone = find_published("Site\n\nHeadline of the story\n\nLast updated: 29 Jan. 2025 10:02\n\nBody.\n")
    assert alone is not None and alone[0] == dt.date(2025, 1, 29)


def test_a_header_date_without_a_space_after_its_comma(ex):
    r = ex("The Daily\n\nLast updated: Mar 28,2024 - 05:12\n\nTrade ministers talk\n\nAMMAN — Minister of Trade Omar "
           "Karim and Minister of Trade Ali Hassan on Wednesday held a virtual meeting.\n")
    assert r.published == "2024-03-28"
    assert [m["date"] for m in r.meetings] == ["2024-03-27"]


def test_a_header_date_with_spaced_hyphens(ex):
    r = ex("Daily Graphic\n\nLeaders meet in Nairobi\n\nAma Mensah, Nairobi | Sep - 06 - 2023 , "
           "07:10\n\nVice-President Kofi Addo on Tuesday held talks with the Prime Minister of Togo, Yawa Kouma, "
           "in Nairobi.\n")
    assert r.published == "2023-09-06"
    assert [m["date"] for m in r.meetings] == ["2023-09-05"]


def test_a_headlines_place_and_date_in_brackets_is_the_publication_date(ex):
    r = ex("Ministry for Foreign Affairs\n\nPress room\n\nChile - Press statements by Anne Roux and Pablo Vera "
           "following their talks (Paris, 14.03.2024)\n\nAnne Roux, Minister for Foreign Affairs: Welcome, dear "
           "Pablo.\n\nWe have just had a long working session.\n")
    assert r.published == "2024-03-14"


def test_a_city_before_an_agency_between_slashes_is_a_dateline(ex):
    r = ex("NEWS AGENCY\n\nPolitics\n2024-05-14 16:31\n\nMinister receives French guest\n\nUlaanbaatar /AGENCY/. "
           "Minister of Foreign Affairs Bat Erdene received Paul Martin, Minister Delegate for Foreign Trade of "
           "France, on May 14.\n\nThe sides discussed a commission meeting to be held in Paris in the autumn.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Bat Erdene", "Paul Martin"], "Ulaanbaatar")]


def test_a_numeric_header_date_with_spaces_after_its_dots(ex):
    r = ex("Government Office\nHome › Media\n\n24. 5. 2022\n\nPress statements of Prime Minister Jan Novak and Prime "
           "Minister of Bulgaria Ivan Petrov after their talks in Bratislava\n\nThe two heads of government met at the "
           "Government Office.\n")
    assert r.published == "2022-05-24"


def test_a_bylines_date_with_an_update_stamp_after_it_is_the_publication_date(ex):
    r = ex("Agency\n\nVice president meets premier\n\nAyse Demir   |15.11.2023 - Update : 16.11.2023\n\nANKARA\n\n"
           "Vice President Cevdet Yilmaz held talks with Prime Minister Irakli Garibashvili on Tuesday.\n")
    assert r.published == "2023-11-15"
    assert [m["date"] for m in r.meetings] == ["2023-11-14"]


def test_relative_day_follows_the_wire_dateline_filed_before_the_header_date(ex):
    # Filed on the 12th, put on the site the next morning: "today" is the dateline's day, not the header's.
    text = ("Steppe Wire\n13 November 2021, 09:15\n\nMINSK, November 12. /SW/. Belarusian President Alexander "
            "Lukashenko and Armenian Prime Minister Nikol Pashinyan had a phone call today, his press office said.\n")
    r = ex(text)
    assert r.published == "2021-11-13"
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Alexander Lukashenko", "Nikol Pashinyan"], "2021-11-12")]
    # a dateline day after the header date, or weeks before it, is no filing day: the header anchors "today"
    for day in ("November 14", "October 2"):
        later = ex(text.replace("November 12", day))
        assert [m["date"] for m in later.meetings] == ["2021-11-13"]
