"""Meetings: talks, calls and visits reported as held, with participants, date, place and kind."""

from __future__ import annotations

import pytest


def summary(r) -> list[tuple]:
    return [(m["participants"], m["date"], m["place"], m["kind"]) for m in r.meetings]


# --------------------------------------------------------------------------- held meetings


def test_in_person_meeting_with_city_and_weekday(ex):
    # 5 May 2023 was a Friday; the Tuesday before is 2 May.
    text = "Moscow, 5 May 2023\nPresident Vladimir Putin met President Ilham Aliyev in Sochi on Tuesday.\n"
    r = ex(text)
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], "2023-05-02", "Sochi", "in_person")]
    m = r.meetings[0]
    assert r.span(m) == "President Vladimir Putin met President Ilham Aliyev in Sochi on Tuesday."
    s, e = m["date_span"]
    assert "Tuesday" in text[s:e]
    s, e = m["place_span"]
    assert text[s:e] == "Sochi"


def test_held_talks_with(ex):
    r = ex(
        "26 november 2021, 15:20\n"
        "Prime Minister Narendra Modi held talks with President Vladimir Putin in New Delhi on Monday.\n"
    )
    assert summary(r) == [(["Narendra Modi", "Vladimir Putin"], "2021-11-22", "New Delhi", "in_person")]


def test_participants_are_sorted_canonical_names(ex):
    r = ex("Tokyo, 5 May 2023\nJapanese Prime Minister Kishida Fumio hosted Prime Minister Narendra Modi in Tokyo.\n")
    assert summary(r) == [(["Fumio Kishida", "Narendra Modi"], "2023-05-05", "Tokyo", "in_person")]


def test_phone_call(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin had a telephone conversation with President of Kazakhstan "
        "Kassym-Jomart Tokayev.\n"
    )
    assert summary(r) == [(["Kassym-Jomart Tokayev", "Vladimir Putin"], "2023-05-05", None, "phone")]


def test_spoke_by_phone_yesterday(ex):
    r = ex(
        "Published January 08, 2022\nPresident Emmanuel Macron spoke by phone with Chancellor Olaf Scholz yesterday.\n"
    )
    assert summary(r) == [(["Emmanuel Macron", "Olaf Scholz"], "2022-01-07", None, "phone")]


def test_spoke_over_the_telephone(ex):
    r = ex(
        "New Delhi, 5 May 2023\nPrime Minister Narendra Modi spoke with President Emmanuel Macron over the telephone.\n"
    )
    assert summary(r) == [(["Emmanuel Macron", "Narendra Modi"], "2023-05-05", None, "phone")]


def test_video_conference(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin held talks with Prime Minister Narendra Modi via video conference.\n"
    )
    assert summary(r) == [(["Narendra Modi", "Vladimir Putin"], "2023-05-05", None, "video")]


def test_virtual_summit(ex):
    r = ex("New Delhi, 5 May 2023\nPrime Minister Narendra Modi and President Emmanuel Macron held a virtual summit.\n")
    assert summary(r) == [(["Emmanuel Macron", "Narendra Modi"], "2023-05-05", None, "video")]


def test_headline_in_the_present_tense(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "Putin meets Aliyev in the Kremlin\n"
        "President Vladimir Putin received President Ilham Aliyev in the Kremlin.\n"
    )
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], "2023-05-05", "Moscow", "in_person")]


# --------------------------------------------------------------------------- places


def test_venue_gives_the_city(ex):
    r = ex(
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin received President of the Republic of Azerbaijan Ilham Aliyev in the Kremlin.\n"
    )
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], "2023-06-10", "Moscow", "in_person")]
    s, e = r.meetings[0]["place_span"]
    assert r.text[s:e] == "Kremlin"


def test_white_house_is_washington(ex):
    r = ex("London, 5 May 2023\nPrime Minister Rishi Sunak met President Joe Biden at the White House on Tuesday.\n")
    assert summary(r) == [(["Joe Biden", "Rishi Sunak"], "2023-05-02", "Washington", "in_person")]


def test_wire_dateline_city_is_the_fallback_place(ex):
    r = ex("ASTANA, July 3 (AZERTAC) - President Ilham Aliyev met President Vladimir Putin on Wednesday.\n")
    # The dateline has no year, so there is no date to resolve "Wednesday" against.
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], None, "Astana", "in_person")]


def test_capital_dateline_with_colon(ex):
    r = ex("WASHINGTON: President Joe Biden held talks with Prime Minister Narendra Modi at the White House.\n")
    assert summary(r) == [(["Joe Biden", "Narendra Modi"], None, "Washington", "in_person")]


def test_no_place_for_calls(ex):
    r = ex("Moscow, 5 May 2023\nPresident Vladimir Putin had a phone conversation with President Ilham Aliyev.\n")
    assert [m["place"] for m in r.meetings] == [None]


# --------------------------------------------------------------------------- not held (yet or now)


def test_planned_meetings_are_excluded(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin will meet President Xi Jinping in Beijing next month. "
        "Putin and Xi agreed to meet again in the autumn.\n"
    )
    assert r.meetings == []


def test_planned_meeting_beside_a_held_one(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin and President Xi Jinping held talks in Moscow. "
        "Putin and Xi agreed to meet again in Beijing next year.\n"
    )
    assert summary(r) == [(["Vladimir Putin", "Xi Jinping"], "2023-05-05", "Moscow", "in_person")]


def test_recalled_meetings_are_excluded(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "The two presidents last met in May 2022 in Ashgabat. Putin and Aliyev also met last year in Sochi. "
        "President Vladimir Putin and President Ilham Aliyev are old friends.\n"
    )
    assert r.meetings == []


def test_recalled_meeting_beside_a_held_one(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin held talks with President Xi Jinping. The leaders met in Moscow in March.\n"
    )
    # The place comes from the dateline: the sentence that reports the talks names none.
    assert summary(r) == [(["Vladimir Putin", "Xi Jinping"], "2023-05-05", "Moscow", "in_person")]


def test_earlier_this_year_is_recalled(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in Sochi on Tuesday. "
        "Earlier this year, Putin talked to Prime Minister Narendra Modi.\n"
    )
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], "2023-05-02", "Sochi", "in_person")]


def test_airport_welcome_is_not_a_meeting(ex):
    r = ex("Baku, 5 May 2023\nPresident Vladimir Putin was met at the airport by Prime Minister Ali Asadov.\n")
    assert r.meetings == []


def test_no_meeting_without_two_people(ex):
    r = ex("Baku, 5 May 2023\nPresident Ilham Aliyev held a meeting with the cabinet of ministers.\n")
    assert r.meetings == []


# --------------------------------------------------------------------------- group references and merging


def test_the_two_leaders_who_met_resolve_to_the_pair_named_before(ex):
    # 5 May 2023 was a Friday; Thursday is 4 May.
    r = ex(
        "Astana, 5 May 2023\n"
        "President Kassym-Jomart Tokayev welcomed President Shavkat Mirziyoyev. "
        "The two leaders, who met on Thursday, discussed trade and energy.\n"
    )
    assert summary(r) == [(["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2023-05-04", "Astana", "in_person")]
    assert r.span(r.meetings[0]).startswith("The two leaders, who met on Thursday")


def test_the_two_leaders_who_met_for_the_first_time(ex):
    r = ex(
        "Astana, 5 May 2023\n"
        "President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev arrived at the summit venue. "
        "The two leaders, who met for the first time, discussed trade and energy.\n"
    )
    assert summary(r) == [(["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2023-05-05", "Astana", "in_person")]


def test_repeated_reports_of_one_meeting_are_merged(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin received President Ilham Aliyev in the Kremlin on Friday.\n"
        "The talks between Putin and Aliyev lasted three hours. "
        "After the meeting, Putin and Aliyev held a joint press conference.\n"
    )
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], "2023-05-05", "Moscow", "in_person")]


def test_undated_mention_merges_into_the_dated_meeting(ex):
    # 10 May 2023 was a Wednesday; Monday is 8 May.
    r = ex(
        "Moscow, Wednesday 10 May 2023\n"
        "President Vladimir Putin received President Ilham Aliyev in the Kremlin on Monday.\n"
        "Putin and Aliyev held talks on Monday. They met in the Kremlin.\n"
    )
    assert summary(r) == [(["Ilham Aliyev", "Vladimir Putin"], "2023-05-08", "Moscow", "in_person")]


def test_two_different_meetings(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin received President Ilham Aliyev. "
        "President Vladimir Putin also met Prime Minister Narendra Modi on Thursday.\n"
    )
    assert summary(r) == [
        (["Ilham Aliyev", "Vladimir Putin"], "2023-05-05", "Moscow", "in_person"),
        (["Narendra Modi", "Vladimir Putin"], "2023-05-04", "Moscow", "in_person"),
    ]


# --------------------------------------------------------------------------- the fast path (no entity recogniser)


def test_fast_path_dates_a_meeting_from_date_patterns(ex):
    text = (
        "ROME, 14 May 2024\n"
        "Italian Prime Minister Giorgia Meloni met Greek Prime Minister Kyriakos Mitsotakis on Monday in Rome.\n"
        "The two leaders had last met in December, Meloni recalled.\n"
    )
    for fast in (False, True):
        r = ex(text, fast=fast)
        assert summary(r) == [(["Giorgia Meloni", "Kyriakos Mitsotakis"], "2024-05-13", "Rome", "in_person")], fast


def test_fast_path_month_and_year_is_not_a_day(ex):
    text = (
        "CAIRO, 9 March 2025\n"
        "The council was set up in October 2024, when President Abdel Fattah al-Sisi held talks with "
        "Crown Prince Mohammed bin Salman in Cairo.\n"
    )
    assert [m["date"] for m in ex(text, fast=True).meetings] in ([], [None])


def test_fast_path_day_name_inside_a_name_is_not_a_date(ex):
    text = (
        "LONDON, 7 February 2025\n"
        "British Prime Minister Keir Starmer spoke by phone with Irish Taoiseach Micheál Martin on Thursday. "
        "They discussed the Good Friday Agreement.\n"
    )
    r = ex(text, fast=True)
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Keir Starmer", "Micheál Martin"], "2025-02-06")]


# --------------------------------------------------------------------------- constructions (invented sentences)


def test_one_host_many_counterparts_gives_one_meeting_each(ex):
    r = ex(
        "VIENNA, 3 March 2022\n"
        "On the sidelines of the summit, Austrian Chancellor Karl Nehammer met Polish President Andrzej Duda, "
        "Czech Prime Minister Petr Fiala and Slovak President Zuzana Caputova.\n"
    )
    got = sorted(tuple(m["participants"]) for m in r.meetings)
    assert got == [
        ("Andrzej Duda", "Karl Nehammer"),
        ("Karl Nehammer", "Petr Fiala"),
        ("Karl Nehammer", "Zuzana Čaputová"),  # canonical spelling from the gazetteer
    ]
    assert all(m["via"].endswith("+split") for m in r.meetings)
    assert {m["place"] for m in r.meetings} == {"Vienna"}


def test_trilateral_summit_is_one_meeting(ex):
    r = ex(
        "15 June 2023, 10:00\n"
        "President Gabriel Boric, President Luis Arce and President Gustavo Petro held a trilateral summit "
        "in Lima on Tuesday.\n"
    )
    assert summary(r) == [(["Gabriel Boric", "Gustavo Petro", "Luis Arce"], "2023-06-13", "Lima", "in_person")]


def test_spoke_with_takes_the_phone_kind_of_its_context(ex):
    r = ex(
        "Chancellor phones European partners\n"
        "BERLIN, 10 May 2021\n"
        "Chancellor Olaf Scholz spoke with Prime Minister Mark Rutte on Monday.\n"
        "In each call he discussed energy prices.\n"
    )
    assert [(m["participants"], m["kind"], m["place"]) for m in r.meetings] == [
        (["Mark Rutte", "Olaf Scholz"], "phone", None)
    ]


def test_telephonic_conversation_last_evening(ex):
    r = ex(
        "Published 12 March 2020, 09:15\n"
        "Prime Minister Justin Trudeau and President Cyril Ramaphosa held a telephonic conversation last evening.\n"
    )
    assert summary(r) == [(["Cyril Ramaphosa", "Justin Trudeau"], "2020-03-11", None, "phone")]
    assert r.meetings[0]["date_from"] == "text"


def test_delegation_headed_by_is_the_counterpart(ex):
    r = ex(
        "4 April 2022, 11:30\n"
        "President Shavkat Mirziyoyev received a delegation headed by Prime Minister Viktor Orban.\n"
    )
    assert [m["participants"] for m in r.meetings] == [["Shavkat Mirziyoyev", "Viktor Orbán"]]
    assert r.meetings[0]["date_from"] == "published"


def test_recalled_and_set_to_meetings_are_not_meetings(ex):
    r = ex(
        "8 August 2019, 08:00\n"
        "President Paul Kagame and President Uhuru Kenyatta have met in the past in Kigali.\n"
        "Foreign Minister Marise Payne is set to hold talks with Foreign Minister Nanaia Mahuta.\n"
        "President Emmanuel Macron has recently met with Chancellor Olaf Scholz.\n"
    )
    assert r.meetings == []


def test_meeting_with_a_counterpart_continues_the_host(ex):
    r = ex(
        "OTTAWA, 2 December 2021\n"
        "Foreign Minister Melanie Joly met Foreign Minister Penny Wong on Monday.\n"
        "Joly later said the talks were useful.\n"
        "At the meeting with Defence Minister Richard Marles, security issues were discussed.\n"
    )
    got = sorted(tuple(m["participants"]) for m in r.meetings)
    assert ("Mélanie Joly", "Richard Marles") in got


def test_place_typo_matches_one_city(ex):
    r = ex(
        "2 May 2024, 14:00\n"
        "President Javier Milei met President Luiz Inacio Lula da Silva on the sidelines of the summit in Bejing.\n"
    )
    assert [m["place"] for m in r.meetings] == ["Beijing"]


def test_no_date_anywhere_gives_no_meeting_date(ex):
    r = ex("President Gustavo Petro received President Daniel Noboa at the palace.\n")
    assert [(m["date"], m["date_from"]) for m in r.meetings] == [(None, "none")]


# --------------------------------------------------------------------------- read-outs


def test_later_meetings_of_a_readout_share_its_date_not_the_publication_date(ex):
    r = ex(
        "Published 12 March 2024\n"
        "On Monday, Foreign Minister Ilse Brandt held talks with Foreign Minister Tomas Varga in Vienna.\n"
        "Brandt later met Prime Minister Oskar Lind.\n"
    )
    got = {tuple(m["participants"]): (m["date"], m["date_from"]) for m in r.meetings}
    assert got[("Ilse Brandt", "Tomas Varga")] == ("2024-03-11", "text")
    assert got[("Ilse Brandt", "Oskar Lind")] == ("2024-03-11", "text")


def test_welcomed_a_development_is_not_a_reception(ex):
    r = ex(
        "Published 12 March 2024\n"
        "Foreign Minister Ilse Brandt and Foreign Minister Tomas Varga welcomed that trade had grown.\n"
    )
    assert r.meetings == []


def test_held_a_telephone_talk_with(ex):
    r = ex(
        "March 12, 2024\n"
        "On March 11, Foreign Minister Ilse Brandt held a telephone talk with Foreign Minister Tomas Varga.\n"
    )
    assert summary(r) == [(["Ilse Brandt", "Tomas Varga"], "2024-03-11", None, "phone")]


# --------------------------------------------------------------------------- more constructions (issue 13)


def test_coordinated_subjects_hold_a_video_call(ex):
    r = ex(" date 2025-03-12\nTanzanian President Amani Kibwana and Zambian President Chola Mwansa held a video "
           "call on Monday.\n")
    assert summary(r) == [(["Amani Kibwana", "Chola Mwansa"], "2025-03-10", None, "video")]
    assert r.meetings[0]["via"] == "meetings.video_call"


def test_sat_down_with_is_a_meeting(ex):
    r = ex(" date 2025-03-12\nPrime Minister Ola Nordmann sat down with President Piet Janssens in Oslo on Monday.\n")
    assert summary(r) == [(["Ola Nordmann", "Piet Janssens"], "2025-03-10", "Oslo", "in_person")]


def test_courtesy_call_on_is_a_visit_not_a_phone_call(ex):
    r = ex(" date 2025-03-12\nVice President Kofi Mensah paid a courtesy call on President Musa Danjuma at the "
           "State House in Abuja on Monday.\n")
    assert summary(r) == [(["Kofi Mensah", "Musa Danjuma"], "2025-03-10", "Abuja", "in_person")]
    assert r.meetings[0]["via"] == "meetings.courtesy_call"


def test_sat_down_without_anyone_is_no_meeting(ex):
    r = ex(" date 2025-03-12\nPresident Piet Janssens sat down after the speech on Monday.\n")
    assert r.meetings == []


def test_he_before_a_title_is_his_excellency_not_a_pronoun(ex):
    text = ("Doha, 3 July 2024\nThe Emir Sheikh Fahad bin Nawaf Al Kuwari received a phone call today from HE Prime "
            "Minister Lukas Brandt.\n\nThe Emir also held a telephone conversation with HE President Amani Kibwana.\n")
    r = ex(text)
    assert sorted(m["participants"] for m in r.meetings) == [["Amani Kibwana", "Fahad bin Nawaf Al Kuwari"],
                                                             ["Fahad bin Nawaf Al Kuwari", "Lukas Brandt"]]


def test_a_meeting_the_speaker_recalls_is_not_reported_as_held(ex):
    r = ex("Published 2 May 2024\nPrime Minister Lukas Brandt spoke in Dublin on Tuesday. He recalled that he had "
           "discussed the issue with President Amani Kibwana during a visit to Nairobi.\n")
    assert r.meetings == []


def test_list_headings_of_a_round_up_take_the_setting_place(ex):
    text = ("Published 2 May 2024\n\nOn the sidelines of the summit in Cairo, President Amani Kibwana held a number "
            "of bilateral meetings.\n\nMeeting with the Prime Minister of Norway, Ola Nordmann\n\nThe leaders "
            "discussed shipping.\n\nMeeting with the President of Chile, Gabriel Boric\n\nThey discussed copper.\n")
    r = ex(text)
    assert summary(r) == [(["Amani Kibwana", "Ola Nordmann"], "2024-05-02", "Cairo", "in_person"),
                          (["Amani Kibwana", "Gabriel Boric"], "2024-05-02", "Cairo", "in_person")]


def test_a_date_heading_dates_the_meetings_listed_under_it(ex):
    text = ("Published : May 6, 2024 - 07:30\n\nOn the sidelines of the summit in Cairo, President Amani Kibwana held "
            "several bilateral meetings over the weekend.\n\nSaturday, May 4\n\nMeeting with the Prime Minister of "
            "Norway, Ola Nordmann\nThe leaders discussed shipping.\n\nSunday, May 5\n\nMeeting with the President of "
            "Chile, Gabriel Boric\nThey discussed copper.\n")
    r = ex(text)
    assert [(m["participants"], m["date"], m["date_from"]) for m in r.meetings] == [
        (["Amani Kibwana", "Ola Nordmann"], "2024-05-04", "text"),
        (["Amani Kibwana", "Gabriel Boric"], "2024-05-05", "text"),
    ]


def test_a_round_up_sentence_dates_the_meetings_after_it(ex):
    text = ("Published 24 November 2025\n\nPrime Minister Ola Nordmann held a series of bilateral meetings on the "
            "sidelines of the summit in Cairo on Saturday.\n\nNordmann met President Amani Kibwana and discussed "
            "shipping. He also held talks with President Gabriel Boric.\n")
    r = ex(text)
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Amani Kibwana", "Ola Nordmann"], "2025-11-22", "Cairo"),
        (["Gabriel Boric", "Ola Nordmann"], "2025-11-22", "Cairo"),
    ]


def test_talks_in_a_participle_clause_before_the_main_verb(ex):
    r = ex("Published 12 March 2025\n\nSpeaking after talks with his Kenyan counterpart Amani Kibwana on Tuesday, "
           "Foreign Minister Ola Nordmann said trade grew by 12 percent.\n")
    assert summary(r) == [(["Amani Kibwana", "Ola Nordmann"], "2025-03-11", None, "in_person")]


def test_signed_after_holding_talks_takes_the_signing_date(ex):
    r = ex("Published 12 March 2025\n\nForeign Minister Ola Nordmann and his Kenyan counterpart Amani Kibwana signed "
           "four agreements in Nairobi on Tuesday after holding talks.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Amani Kibwana", "Ola Nordmann"], "2025-03-11")]


def test_the_prospects_of_a_meeting_are_no_meeting(ex):
    r = ex("Published 12 March 2025\n\nThe minister spoke today in Oslo on the prospects of a meeting between "
           "President Amani Kibwana and Prime Minister Ola Nordmann.\n")
    assert r.meetings == []


def test_talks_recalled_in_an_after_clause_of_a_later_story(ex):
    r = ex("Published 6 May 2024\n\nTwo weeks after President Amani Kibwana and Prime Minister Ola Nordmann held talks "
           "in Oslo on April 22, exporters say little has changed.\n")
    assert r.meetings == []


def test_after_talks_in_a_past_tense_story_are_held(ex):
    r = ex("Published 6 May 2024\n\nAfter President Amani Kibwana and Prime Minister Ola Nordmann held talks in Oslo "
           "on Monday, the two sides signed three agreements.\n")
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Ola Nordmann"]]


def test_the_president_of_a_read_out_is_its_subject(ex):
    text = ("Published 14 May 2025\n\nPresident Amani Kibwana has held telephone conversations with several heads "
            "of state this week.\n\nOn Monday, the President spoke to President Chola Mwansa of Zambia.\n\nOn Tuesday, "
            "he received a call from Prime Minister Ola Nordmann.\n")
    r = ex(text)
    assert [(m["participants"], m["date"], m["kind"]) for m in r.meetings] == [
        (["Amani Kibwana", "Chola Mwansa"], "2025-05-12", "phone"),
        (["Amani Kibwana", "Ola Nordmann"], "2025-05-13", "phone"),
    ]


def test_one_video_call_with_two_others_is_one_meeting(ex):
    r = ex(" date 2025-05-14\nPresident Amani Kibwana convened a video call with Prime Minister Ola Nordmann and "
           "President Chola Mwansa on Wednesday.\n")
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Chola Mwansa", "Ola Nordmann"]]


def test_it_stands_for_the_delegation_and_its_leader(ex):
    r = ex(" date 2025-05-14\nA delegation from Norway, led by Deputy Prime Minister Ola Nordmann, paid a working "
           "visit to Kenya, where it was received by President Amani Kibwana on Wednesday.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Amani Kibwana", "Ola Nordmann"], "2025-05-14")]


def test_a_date_after_led_by_dates_the_meeting_with_the_delegation(ex):
    r = ex(" date 2025-05-14\nPresident Amani Kibwana met with the delegation led by Minister Ola Nordmann on "
           "Monday.\n")
    assert [(m["date"], m["date_from"]) for m in r.meetings] == [("2025-05-12", "text")]


def test_we_in_a_transcript_turn_is_the_two_principals_not_the_moderator(ex):
    text = ("Press conference of Minister Ola Nordmann and Minister of Foreign Affairs of Kenya Amani Kibwana\n\n"
            "04.06.2024\n\nKofi Mensah, Spokesperson: Good afternoon. The ministers will make short statements.\n\n"
            "Minister Nordmann: Thank you. It is a pleasure to host my colleague in Oslo. We have just concluded very "
            "good talks.\n\nMinister Kibwana: Thank you for your hospitality.\n")
    r = ex(text)
    assert summary(r) == [(["Amani Kibwana", "Ola Nordmann"], "2024-06-04", "Oslo", "in_person")]


def test_gapped_second_object_with_its_own_day(ex):
    r = ex("Published 12 September 2025\n\nPresident Amani Kibwana met Prime Minister Ola Nordmann on Sunday and "
           "President Chola Mwansa on Monday.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Amani Kibwana", "Ola Nordmann"], "2025-09-07"), (["Amani Kibwana", "Chola Mwansa"], "2025-09-08")]


def test_second_verb_of_a_sentence_keeps_its_own_object(ex):
    r = ex("Published 12 September 2025\n\nOn Thursday, President Amani Kibwana held talks with Prime Minister Ola "
           "Nordmann and met President Chola Mwansa.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Amani Kibwana", "Chola Mwansa"],
                                                            ["Amani Kibwana", "Ola Nordmann"]]


def test_a_summit_sentence_sets_the_place_of_the_meetings_after_it(ex):
    text = ("Published 12 September 2025\n\nPresident Amani Kibwana held 12 bilateral meetings during the two-day "
            "summit in Rio de Janeiro, the presidency said.\n\nKibwana met Prime Minister Ola Nordmann on Sunday.\n")
    r = ex(text)
    assert [m["place"] for m in r.meetings] == ["Rio de Janeiro"]


def test_called_on_is_a_courtesy_visit_but_called_on_to_is_an_appeal(ex):
    r = ex("Published 4 Feb 2025\n\nA delegation headed by Vice Minister Zhou Minghua called on Prime Minister Amani "
           "Kibwana in Nairobi on Monday. Later, President Ola Nordmann called on President Chola Mwansa to release "
           "the prisoners.\n")
    assert [(m["participants"], m["kind"], m["via"]) for m in r.meetings] == [
        (["Amani Kibwana", "Zhou Minghua"], "in_person", "meetings.courtesy_call")]


def test_those_who_also_attended_are_no_new_meeting(ex):
    r = ex("Published 4 Feb 2025\n\nPresident Amani Kibwana held a videoconference with Prime Minister Ola Nordmann on "
           "Monday. The videoconference was also attended by Ambassador Chola Mwansa and Director Kofi Mensah.\n")
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Ola Nordmann"]]


def test_the_head_of_state_of_a_read_out_is_its_host(ex):
    r = ex("Published 10 July 2025\n\nPresident Amani Kibwana held a telephone conversation on Monday with the "
           "President of Norway, Ola Nordmann.\n\nOn Wednesday, the head of state received a call from the President "
           "of Zambia, Chola Mwansa.\n")
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Ola Nordmann"],
                                                      ["Amani Kibwana", "Chola Mwansa"]]


def test_talks_with_x_and_the_two_leaders_is_the_host_and_x(ex):
    r = ex("Published 22 August 2025\n\nPresident Amani Kibwana met Prime Minister Ola Nordmann on Friday.\n\nDuring "
           "the talks with President Chola Mwansa, the two leaders discussed the rail corridor.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Amani Kibwana", "Chola Mwansa"],
                                                            ["Amani Kibwana", "Ola Nordmann"]]


def test_a_meeting_without_date_words_takes_the_leads_day(ex):
    text = ("DAILY NEWS | Thursday, 21 November 2024\n\nMeasles vaccines for Zambia\n\nLUSAKA - Norway on Wednesday "
            "handed over vaccine doses to Zambia.\n\nMinister Ola Nordmann presented the consignment to Minister of "
            "Health Chola Mwansa in Lusaka, after the two officials held talks on the plan.\n")
    r = ex(text)
    assert [(m["participants"], m["date"], m["date_from"]) for m in r.meetings] == [
        (["Chola Mwansa", "Ola Nordmann"], "2024-11-20", "text")]


def test_religious_titles_and_a_name_after_a_parenthesis(ex):
    r = ex("Published 22 August 2025\n\nPresident Amani Kibwana met the President of the Cooperation Agency (ACA), "
           "Kenji Watanabe, and Archbishop Paul Richard Gallagher on Friday.\n")
    names = r.names()
    assert "Kenji Watanabe" in names and "Paul Richard Gallagher" in names


def test_a_working_breakfast_with_someone_under_a_day_heading(ex):
    text = ("New York, 23 September 2025\n\nMinister Pedro Alvarado holds bilateral meetings at the UN\n\nForeign "
            "Minister Pedro Alvarado continues his programme in New York. His main bilateral meetings:\n\n"
            "Monday, 22 September\n\n"
            "- Meeting with the Minister of Foreign Affairs of Norway, Ola Nordmann, on ocean governance.\n\n"
            "Tuesday, 23 September\n\n- Working breakfast with the Minister of Foreign Affairs of Kenya, "
            "Amani Kibwana, on trade.\n- A state dinner at the museum.\n")
    r = ex(text)
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Ola Nordmann", "Pedro Alvarado"], "2025-09-22"), (["Amani Kibwana", "Pedro Alvarado"], "2025-09-23")]


def test_the_leaders_of_three_countries_met(ex):
    text = ("Published 26 July 2024\n\nNOUAKCHOTT - The leaders of Norway, Kenya and Chile met in Nouakchott on "
            "Thursday.\n\nPresident Amani Kibwana of Kenya, Prime Minister Ola Nordmann of Norway and President "
            "Gabriel Boric of Chile adopted a declaration.\n")
    r = ex(text)
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Gabriel Boric", "Ola Nordmann"]]


def test_a_meeting_chaired_by_someone_and_the_group_received_later(ex):
    text = ("Published 3 October 2024\n\nThe meeting, chaired by Foreign Minister Ana Duarte of Chile, brought "
            "together Foreign Minister Ola Nordmann of Norway and Foreign Minister Amani Kibwana of Kenya in "
            "Santiago on Wednesday.\n\nThe three ministers were later received by President Gabriel Boric.\n")
    r = ex(text)
    assert sorted(len(m["participants"]) for m in r.meetings) == [3, 4]


def test_a_trilateral_told_again_is_one_meeting_but_a_separate_bilateral_is_another(ex):
    text = ("Published 13 September 2024\n\nThe heads of government of Norway, Kenya and Chile yesterday held a "
            "trilateral summit in Oslo.\n\nPrime Minister Ola Nordmann of Norway hosted President Amani Kibwana of "
            "Kenya and President Gabriel Boric of Chile for the talks.\n\nNordmann and Boric also held a separate "
            "bilateral meeting.\n")
    r = ex(text)
    assert sorted(m["participants"] for m in r.meetings) == [["Amani Kibwana", "Gabriel Boric", "Ola Nordmann"],
                                                            ["Gabriel Boric", "Ola Nordmann"]]


def test_the_visiting_minister_by_nationality_is_not_the_host(ex):
    text = ("Zagreb, 17 October 2024 - 14:30h\n\nDeputy Prime Minister Ivana Horvat met in Zagreb on Thursday with "
            "India's Minister of State for External Affairs and Textiles, Shri Pradeep Singh Rawal, who is on a visit."
            "\n\nThe Indian minister also met State Secretary for Tourism Tomislav Kovač.\n")
    r = ex(text)
    assert [m["participants"] for m in r.meetings] == [["Ivana Horvat", "Pradeep Singh Rawal"],
                                                      ["Pradeep Singh Rawal", "Tomislav Kovač"]]


def test_no_sentence_end_after_an_honorific_abbreviation(ex):
    r = ex("Accra, 12th March 2025 | 11:04 GMT\n\nYesterday afternoon the Deputy Minister for Foreign Affairs, Hon. "
           "Kofi Mensah, held talks at the Ministry with the visiting Minister of State of Norway, Ola Nordmann.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Kofi Mensah", "Ola Nordmann"], "2025-03-11")]


def test_who_took_part_in_the_call_is_no_new_meeting(ex):
    r = ex("Published 10 March 2025\n\nPresident Amani Kibwana held a telephone conversation on Monday with Prime "
           "Minister Ola Nordmann. Foreign Minister Kofi Mensah, who took part in the call with Nordmann, said the "
           "talks were useful.\n")
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Ola Nordmann"]]


def test_the_following_leaders_in_a_list_and_exchanged_views(ex):
    text = ("Published 12 June 2025\n\nPrime Minister Ola Nordmann met the following leaders on Tuesday:\n"
            "- President Amani Kibwana of Kenya\n- Chancellor Lena Brandt of Germany\n\nOn the margins of the summit "
            "on Wednesday, Nordmann exchanged views with President Gabriel Boric.\n")
    r = ex(text)
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Amani Kibwana", "Ola Nordmann"], "2025-06-10"), (["Lena Brandt", "Ola Nordmann"], "2025-06-10"),
        (["Gabriel Boric", "Ola Nordmann"], "2025-06-11")]


def test_two_leaders_who_met_in_a_relative_clause(ex):
    r = ex("Published 12 June 2025\n\nPrime Minister Ola Nordmann and President Amani Kibwana, who met on the "
           "sidelines on Tuesday, agreed to deepen cooperation.\n")
    assert [m["participants"] for m in r.meetings] == [["Amani Kibwana", "Ola Nordmann"]]


@pytest.mark.parametrize("sentence", [
    "President Amani Kibwana called for talks with Prime Minister Ola Nordmann on Tuesday.",
    "Talks between President Amani Kibwana and Prime Minister Ola Nordmann broke down on Tuesday.",
    "President Amani Kibwana rejected a meeting with Prime Minister Ola Nordmann on Tuesday.",
    "President Amani Kibwana welcomed the decision of Prime Minister Ola Nordmann on Tuesday.",
    "The two leaders, Amani Kibwana and Ola Nordmann, discussed the issue by letter on Tuesday.",
    "Diplomats said a call between President Amani Kibwana and Prime Minister Ola Nordmann was possible on Friday.",
    "President Amani Kibwana received a letter from Prime Minister Ola Nordmann on Tuesday.",
    "President Amani Kibwana received an invitation from Prime Minister Ola Nordmann on Tuesday.",
    "President Amani Kibwana refused to meet Prime Minister Ola Nordmann on Tuesday.",
])
def test_no_meeting_shapes(ex, sentence):
    assert ex(f"Published 12 March 2025\n\n{sentence}\n").meetings == []


def test_the_place_of_a_visit(ex):
    r = ex("Published 12 March 2025\n\nNAIROBI - President Amani Kibwana, who is on a state visit to Norway, met "
           "Prime Minister Ola Nordmann on Tuesday.\n")
    # the dateline is not where a visit abroad happens; with no city named, the visited state's seat is
    assert [m["place"] for m in r.meetings] == ["Oslo"]
    r = ex("Published 12 March 2025\n\nPresident Amani Kibwana met Prime Minister Ola Nordmann at the Presidential "
           "Palace on Tuesday, on the second day of his visit to Hanoi.\n")
    assert [m["place"] for m in r.meetings] == ["Hanoi"]
    r = ex("Published 12 March 2025\n\nPresident Amani Kibwana, on an official visit to the Norwegian capital, met "
           "Prime Minister Ola Nordmann on Tuesday.\n")
    assert [m["place"] for m in r.meetings] == ["Oslo"]


def test_transcript_places_from_the_header_line_and_the_welcome(ex):
    r = ex("Kremlin\nPress statements following Russian-Kenyan talks\nMay 12, 2025, 15:30, The Kremlin, Moscow\n\n"
           "President of Russia Vladimir Putin: Mr President, friends, our talks were productive.\n\n"
           "President of Kenya Amani Kibwana: Thank you, Mr President.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Amani Kibwana", "Vladimir Putin"], "Moscow")]
    r = ex("Remarks by Secretary Marco Rubio and Foreign Minister Ola Nordmann Before Their Meeting\n\nMay 12, 2025\n\n"
           "SECRETARY RUBIO: Good morning. It is great to welcome the Foreign Minister to Washington.\n\n"
           "FOREIGN MINISTER NORDMANN: Thank you very much.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Marco Rubio", "Ola Nordmann"], "Washington")]


def test_a_city_of_a_planned_event_is_not_the_meetings_place(ex):
    r = ex("Published 15 October 2024\n\nForeign Minister Alda Ferreira held talks with Minister Obiora Nwachukwu on "
           "fertilizers. The two ministers agreed to hold an investment forum in Abuja next year.\n")
    [m] = r.meetings
    assert m["place"] is None


def test_a_pair_of_a_group_meeting_apart_is_its_own_meeting(ex):
    r = ex("Published 25 July 2024\n\nPresident Amadou Diallo of Mali, President Koffi Mensah of Ghana and President "
           "Ousmane Keita of Guinea held a trilateral summit in Bamako on Thursday. Earlier in the day, Diallo held "
           "talks with his Ghanaian counterpart at the palace.\n")
    pairs = sorted(len(m["participants"]) for m in r.meetings)
    assert pairs == [2, 3]
    [two] = [m for m in r.meetings if len(m["participants"]) == 2]
    assert two["participants"] == ["Amadou Diallo", "Koffi Mensah"]


ROUND_UP = (
    "Published 25 September 2025\n\nPresident Andrej Kovac holds bilateral talks in New York\n\n"
    "NEW YORK - On the sidelines of the General Assembly, President Andrej Kovac held separate meetings with several "
    "leaders on September 22 and 23.\n\n"
    "On Monday, Kovac met President Tomas Berzins. Later the same day, he received Prime Minister Lena Ostrova. "
    "Ostrova stressed that climate finance was slow. She said her country needed help.\n\n"
    "On Tuesday morning, the President had a working session with Secretary-General Ruben Ocampo.\n\n"
    "He also met President Diego Amaral, who asked for a trade office.\n"
)


def test_a_round_up_over_two_days_dates_each_meeting_by_its_own_paragraph(ex):
    r = ex(ROUND_UP)
    got = {tuple(m["participants"]): m["date"] for m in r.meetings}
    assert got == {
        ("Andrej Kovac", "Tomas Berzins"): "2025-09-22",
        ("Andrej Kovac", "Lena Ostrova"): "2025-09-22",
        ("Andrej Kovac", "Ruben Ocampo"): "2025-09-23",
        ("Andrej Kovac", "Diego Amaral"): "2025-09-23",
    }


def test_a_pronoun_of_the_other_gender_is_the_round_ups_host(ex):
    r = ex(
        "Published 25 September 2025\n\nPresident Tomas Berzins met Prime Minister Lena Ostrova on Monday in Riga. "
        "Ostrova stressed that climate finance was slow. She said her country needed help.\n\n"
        "He also met President Diego Amaral.\n"
    )
    assert ["Diego Amaral", "Tomas Berzins"] in [m["participants"] for m in r.meetings]


def test_led_by_after_a_comma_names_the_delegations_leader_and_a_dateline_is_no_subject(ex):
    r = ex("WINDHOEK, 8 July 2025 - The Minister of International Relations, Selma Nangolo-Shikongo, today hosted a "
           "delegation from Botswana, led by the Minister of Foreign Affairs, Kagiso Tlhabane.\n")
    assert [m["participants"] for m in r.meetings] == [["Kagiso Tlhabane", "Selma Nangolo-Shikongo"]]


def test_numbered_list_items_of_meetings_under_date_headings(ex):
    r = ex("Published 2 July 2025\n\nMinister Haufiku concludes bilateral engagements\n\n"
           "Minister Selma Haufiku held the following bilateral engagements:\n\n"
           "Monday, 30 June 2025\n\n1. Bilateral meeting with the Minister of Trade of Ghana, Mr Kwame Asante-Boadu, "
           "on exports.\n\nTuesday, 01 July 2025\n\n2. Working breakfast with the Secretary of State of Spain, Ms "
           "Inés María Ruiz de Alarcón, on vocational training and the fisheries programme.\n")
    got = {tuple(m["participants"]): m["date"] for m in r.meetings}
    assert got == {("Kwame Asante-Boadu", "Selma Haufiku"): "2025-06-30",
                   ("Inés María Ruiz de Alarcón", "Selma Haufiku"): "2025-07-01"}


TOUR = (
    "Commissioner ends Pacific tour\n\n15/08/2025\n\n"
    "The European Commissioner for Fisheries, Anton Ferenc, ended a tour of the Pacific in Avarua on Thursday.\n\n"
    "Ferenc met Fiji's Prime Minister Hon. Dr Seru Ratuvou on Tuesday morning. The Commissioner was also granted "
    "an audience with His Majesty King Tupou VI at the Royal Palace that afternoon.\n\n"
    "On Wednesday Ferenc flew to Alofi, where he held talks with Premier Sione Tagaloa.\n\n"
    "In Avarua the next day, the Commissioner sat down with Prime Minister Teariki Heather.\n"
)


def test_a_tour_dates_each_meeting_and_places_a_where_clause(ex):
    r = ex(TOUR)
    got = {tuple(m["participants"]): (m["date"], m["place"]) for m in r.meetings}
    assert got[("Anton Ferenc", "Seru Ratuvou")][0] == "2025-08-12"  # "Dr" ends no sentence
    assert got[("Anton Ferenc", "Tupou VI")][0] == "2025-08-12"  # "that afternoon": the day before it
    assert got[("Anton Ferenc", "Sione Tagaloa")] == ("2025-08-13", "Alofi")
    assert got[("Anton Ferenc", "Teariki Heather")][1] == "Avarua"  # "the Commissioner": the article's one


def test_here_is_the_city_of_the_header(ex):
    r = ex("Ministry of Foreign Affairs\n\nTranscript: Weekly media briefing, Union Buildings, Pretoria\n\n"
           "Thursday, 13 March 2025\n\nYesterday Deputy Minister Thandi Mokoena held consultations here with the "
           "Minister of Foreign Affairs of Georgia, Ms Nino Beridze.\n")
    [m] = r.meetings
    assert (m["date"], m["place"]) == ("2025-03-12", "Pretoria")


def test_a_city_before_a_dash_on_the_header_date_line(ex):
    r = ex("Talks with the Prime Minister of Slovenia\n\nEl Mouradia, Algiers - 17.04.2025\n\nPresident Karim "
           "Benali held talks today with Prime Minister Matej Novak.\n")
    [m] = r.meetings
    assert (m["date"], m["place"]) == ("2025-04-17", "Algiers")


def test_an_audience_in_a_scheduled_programme_is_not_held(ex):
    r = ex("Published 10 December 2025\n\nPrime Minister Navin Lallah is expected to visit Japan in March. Lallah is "
           "scheduled to hold talks with Prime Minister Sanae Takaichi in Tokyo and to be received in audience by the "
           "Emperor.\n")
    assert r.meetings == []


BRIEFING = (
    "Ministry of Foreign Affairs\n\nTranscript: Weekly media briefing by the Spokesperson\n\n"
    "Tuesday, December 2, 2025\n\n"
    "MR. SIPHO MOKOENA-DLAMINI: Good morning and welcome. Yesterday, the Minister held a meeting with the "
    "Minister of Foreign Affairs of Chile, Ms Paula Araya. Second, this morning Deputy Minister Ruth Khoza held a "
    "telephone talk with Mr. Oscar Pereira, Deputy Minister of Uruguay.\n\n"
    "QUESTION: What came out of the talks?\n\n"
    "MS. THANDO NKOSI-JOHNSON (Chief Director, Consular Services): We are in contact with our nationals.\n"
)


def test_a_briefing_transcript_reports_meetings_but_its_speakers_do_not_meet(ex):
    r = ex(BRIEFING)
    got = {tuple(m["participants"]): m["date"] for m in r.meetings}
    assert got[("Oscar Pereira", "Ruth Khoza")] == "2025-12-02"  # "this morning"
    assert not any("Sipho Mokoena-Dlamini" in m["participants"] for m in r.meetings)
    # a label in capitals, cased part by part
    assert [u["speaker"] for u in r.utterances] == ["Sipho Mokoena-Dlamini", "Thando Nkosi-Johnson"]


def test_field_ministers_of_four_countries_and_the_four_received_later(ex):
    r = ex("Four ministers agree on water\n\nDushanbe, 10.09.2025\n\nWater ministers of Kazakhstan, Kyrgyzstan, "
           "Tajikistan and Uzbekistan held a quadrilateral meeting in Dushanbe on Tuesday.\n\nThe meeting was "
           "chaired by Tajikistan's Minister of Energy and Water Resources Rustam Nazarzoda and attended by "
           "Kazakhstan's Minister of Water Resources Yerlan Sadykov, Kyrgyzstan's Minister of Agriculture Almaz Asanov "
           "and Uzbekistan's Minister of Water Resources Bakhrom Tursunov.\n\nBefore the talks, Tursunov and Sadykov "
           "met separately. The four ministers were later received by Tajik Prime Minister Qohir Davlatzoda.\n")
    four = ["Almaz Asanov", "Bakhrom Tursunov", "Rustam Nazarzoda", "Yerlan Sadykov"]
    got = [m["participants"] for m in r.meetings]
    assert four in got and sorted([*four, "Qohir Davlatzoda"]) in got


def test_a_round_up_placed_by_its_byline_with_passive_talks_and_a_refusal(ex):
    r = ex("Rahman presses climate case in Belém bilaterals\n\nNovember 8, 2025\n\nBy Keon Abrams in Belém, Brazil\n\n"
           "President Zahid Rahman used the summit to hold a run of bilateral meetings on Thursday and Friday.\n\n"
           "On Friday, the President also met Prime Minister Lina Okafor. Talks were also held on Friday with Prime "
           "Minister Philip Dorsett. No bilateral meetings were held with President Omar Salah.\n")
    got = {tuple(m["participants"]): (m["date"], m["place"]) for m in r.meetings}
    assert got == {("Lina Okafor", "Zahid Rahman"): ("2025-11-07", "Belém"),
                   ("Philip Dorsett", "Zahid Rahman"): ("2025-11-07", "Belém")}


def test_said_after_meeting_someone(ex):
    r = ex("Published 5 March 2025\n\nIndonesia wants more cattle, Agriculture Minister Budi Santoso said after "
           "meeting Australia's Minister for Trade Don Farrell in Jakarta yesterday.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Budi Santoso", "Don Farrell"], "2025-03-04", "Jakarta")]


def test_the_delegation_as_a_later_subject_is_its_leader(ex):
    r = ex("Minister meets Korean business delegation\n\nHanoi, 12 May 2025\n\nMinister of Industry Pham Van Long "
           "on Monday hosted a delegation of Korean businesses led by General Director Kim Do-yun. Later, the "
           "delegation met Deputy Prime Minister Le Thanh Son.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Kim Do-yun", "Le Thanh Son"],
                                                             ["Kim Do-yun", "Pham Van Long"]]


def test_round_up_shapes_possessive_meetings_followed_by_and_before_holding(ex):
    base = "Prime Minister holds bilaterals\n\nJohannesburg, 23 November 2025\n\n"
    r = ex(base + "Prime Minister Lars Berg's meetings with President Tomas Mbeki and Prime Minister Ravi Menon "
                  "focused on trade.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Lars Berg", "Ravi Menon"], ["Lars Berg", "Tomas Mbeki"]]
    r = ex(base + "Prime Minister Lars Berg met President Tomas Mbeki on Saturday, before holding talks with Prime "
                  "Minister Ravi Menon. He also held talks with Chancellor Otto Kranz, followed by a meeting with "
                  "President Anne Colin.\n")
    assert sorted(m["participants"] for m in r.meetings) == [
        ["Anne Colin", "Lars Berg"], ["Lars Berg", "Otto Kranz"], ["Lars Berg", "Ravi Menon"],
        ["Lars Berg", "Tomas Mbeki"]]


def test_bulleted_counterparts_after_a_round_up_sentence_and_a_dinner_before_which(ex):
    r = ex("PM Walker's meetings at the summit\n\nLima, 16 November 2024\n\nPrime Minister Ian Walker held bilateral "
           "meetings with several leaders on the sidelines of the summit on Friday.\n\n"
           "• Chinese President Xi Jinping: the two leaders discussed trade and climate.\n"
           "• Peruvian President Dina Boluarte: Walker thanked her for hosting.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Dina Boluarte", "Ian Walker"],
                                                             ["Ian Walker", "Xi Jinping"]]
    assert {m["date"] for m in r.meetings} == {"2024-11-15"}
    assert all(r.span(m).startswith(("Chinese President", "Peruvian President")) for m in r.meetings)  # its line
    r = ex("Albanese's busy day in Rio\n\nRio de Janeiro, 19 November 2024\n\nThe Prime Minister, Ian Walker, then "
           "sat down with Canada's Justin Trudeau before a dinner with Brazil's President Lula.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Ian Walker", "Justin Trudeau"],
                                                             ["Ian Walker", "Luiz Inácio Lula da Silva"]]


def test_transcript_shapes_welcome_to_a_city_and_a_title_cased_headline(ex):
    r = ex("Joint press conference of Prime Minister Tom Hale and Chancellor Jonas Vogt\n\nPublished 17 July 2025\n\n"
           "Prime Minister Tom Hale: Welcome to London, Jonas. We have had excellent talks this morning.\n\n"
           "Chancellor Jonas Vogt: Thank you, Tom. It is a pleasure to be here.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Jonas Vogt", "Tom Hale"], "London")]
    r = ex("Remarks by President Tom Hale and Prime Minister Kenji Arata Before Bilateral Meeting\n\nApril 10, 2024\n\n"
           "PRESIDENT HALE: Good morning, everyone. Welcome, Prime Minister, to our talks.\n\n"
           "PRIME MINISTER ARATA: (As interpreted.) Thank you, Tom.\n")
    assert "Kenji Arata Before" not in r.names()


def test_talks_held_where_the_parser_made_held_an_adjective(ex):
    r = ex("DAILY TIMES\nPublished July 16, 2025\n\nLeaders hold first virtual talks\n\n"
           "Hanoi – Prime Minister Pham Minh Chinh and President of the Republic of Korea Lee Jae-myung held talks "
           "via videoconference on Tuesday, the first high-level contact between the two sides since Lee took office "
           "in June.\n")
    assert [(m["participants"], m["date"], m["kind"]) for m in r.meetings] == [
        (["Lee Jae Myung", "Pham Minh Chinh"], "2025-07-15", "video")]


@pytest.mark.parametrize("sentence", [
    "The talks between President Amani Kibwana and President Ola Nordmann were called off on Monday.",
    "President Amani Kibwana has met President Ola Nordmann three times since taking office.",
    "President Amani Kibwana welcomed President Ola Nordmann's remarks on the pipeline.",
    "President Amani Kibwana greeted President Ola Nordmann on the occasion of Independence Day.",
])
def test_called_off_and_habitual_meetings_are_none(ex, sentence):
    assert ex(f"News\n\nNairobi, 3 March 2025\n\n{sentence}\n").meetings == []


def test_a_commission_co_chaired_by_two_met(ex):
    r = ex("Trade to reach $5 billion\n\nBaku, 3 March 2025\n\nThe intergovernmental commission, co-chaired by "
           "Economy Minister Rauf Hasanov and Deputy Prime Minister Batyr Orazov, met in Baku on Monday and approved "
           "15 projects.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Batyr Orazov", "Rauf Hasanov"], "2025-03-03", "Baku")]


def test_his_meeting_with_someone_told_in_reported_speech(ex):
    r = ex("Minister on talks\n\nBaku, 3 March 2025\n\nForeign Minister Rauf Hasanov told reporters that during his "
           "meeting with Georgian Foreign Minister Nino Beridze on Monday, the two sides agreed to expand transit.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Nino Beridze", "Rauf Hasanov"], "2025-03-03")]


def test_a_possessive_bilateral_and_a_brief_exchange(ex):
    r = ex("Walker at the summit\n\nRio de Janeiro, 19 November 2024\n\nPrime Minister Ian Walker's bilateral with "
           "President Tomas Mbeki focused on Ukraine. He also had a brief exchange with President Lena Ostrova.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Ian Walker", "Lena Ostrova"],
                                                             ["Ian Walker", "Tomas Mbeki"]]


def test_the_lead_sentences_one_city_places_meetings_nothing_nearer_places(ex):
    r = ex("Minister visits Kenya\n\nPublished 3 March 2025\n\nForeign Minister Ana Lima arrived in Nairobi on Monday "
           "for a two-day visit.\n\nOn Tuesday she held talks with Cabinet Secretary Musa Otieno on trade.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Ana Lima", "Musa Otieno"], "Nairobi")]


@pytest.mark.parametrize("verb", ["received", "hosted", "welcomed"])
def test_a_visiting_guest_parsed_as_the_verbs_object(ex, verb):
    r = ex(f"Guest in Lusaka\n\nLusaka, 12 March 2025\n\nPresident Joseph Banda {verb} visiting Malawian Foreign "
           "Minister Grace Phiri at State House on Tuesday.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Grace Phiri", "Joseph Banda"], "2025-03-11", "Lusaka")]


def test_a_bare_spoke_with_after_a_phone_call_is_a_call_too(ex):
    r = ex("Leaders agree on tariffs\n\nWashington, 7 April 2025\n\nPresident John Miller spoke by phone with Prime "
           "Minister Aiko Sato on Monday. Later, he also spoke with President Min Jae-won.\n")
    assert [(m["participants"], m["kind"], m["place"]) for m in r.meetings] == [
        (["Aiko Sato", "John Miller"], "phone", None), (["John Miller", "Min Jae-won"], "phone", None)]


def test_a_titled_name_that_starts_with_a_function_word_is_a_participant(ex):
    r = ex("Talks in Hanoi\n\nPublished 12 March 2025\n\nPresident Arman Serikov held talks with General Secretary To "
           "Lam on Tuesday.\n")
    assert [m["participants"] for m in r.meetings] == [["Arman Serikov", "To Lam"]]


@pytest.mark.parametrize("when", ["last June", "last summer"])
def test_a_meeting_last_month_by_name_is_recalled(ex, when):
    r = ex(f"Joint letter\n\nPublished 12 March 2025\n\nPresident Tomas Ruiz and Prime Minister Elena Conti, who "
           f"met in Rome {when}, signed a joint letter on Tuesday.\n")
    assert r.meetings == []


def test_a_delegation_parsed_into_the_place_and_its_leader_after_honorifics(ex):
    r = ex("Speaker receives delegation\n\n15.05.2025 – 16:40 | Press Department\n\nSpeaker of the National Council "
           "Jan Kovac on Wednesday received in Bratislava a parliamentary delegation of the Republic of Ghana headed "
           "by the Speaker of the Parliament of Ghana, Rt. Hon. Kofi Mensah Owusu.\n\nThis morning, the visiting "
           "delegation also met Minister of Foreign Affairs Peter Hudak at the ministry.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Jan Kovac", "Kofi Mensah Owusu"], "2025-05-14", "Bratislava"),
        (["Kofi Mensah Owusu", "Peter Hudak"], "2025-05-15", "Bratislava")]


def test_a_delegation_received_in_turn_by_two_hosts_meets_each(ex):
    r = ex("Visit\n\nWednesday, 9 April 2025\n\nA delegation led by Speaker Dewi Lestari arrived on Monday.\n\nOn "
           "Tuesday, the delegation was received in turn by President of the Senate Pavel Novotny and Minister of "
           "Industry Jan Dvorak.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Dewi Lestari", "Jan Dvorak"],
                                                             ["Dewi Lestari", "Pavel Novotny"]]


def test_capitalised_foreign_ministers_of_four_countries_one_of_two_words(ex):
    r = ex("Ministers meet\n\nFriday, 14 March 2025\n\nThe Foreign Ministers of Barbados, Dominica, Grenada and Saint "
           "Lucia met in Castries on Thursday.\n\nThe meeting was chaired by Saint Lucia's Minister for External "
           "Affairs, International Trade and Civil Aviation, Hon. Mary Joseph, and attended by Barbados' Minister of "
           "Foreign Affairs Paul Clarke, Dominica's Minister of Foreign Affairs, Trade and Energy Dr Ann Pascal, and "
           "Grenada's Minister for Foreign Affairs Kay Mitchell.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Ann Pascal", "Kay Mitchell", "Mary Joseph", "Paul Clarke"], "Castries")]


def test_the_foreign_ministers_of_three_states_the_home_one_named_without_a_country(ex):
    r = ex("Ministers meet in Muscat\n\nTue, 04 Nov 2025 | 18:40 GST\n\nMuscat: The foreign ministers of the Sultanate "
           "of Oman, the Kingdom of Bahrain and the State of Kuwait held a consultative meeting in Muscat today.\n\n"
           "Sayyid Faris bin Hamad Al Harthi, Minister of Foreign Affairs, chaired the meeting, which brought together "
           "Dr Khalid bin Rashid Al Mannai, Minister of Foreign Affairs of Bahrain, and Nasser Ali Al-Mutairi, "
           "Minister of Foreign Affairs of Kuwait.\n\nThe three ministers were later received by His Highness "
           "Sayyid Talal bin Tarik Al Said, Deputy Prime Minister, at Al Alam Palace.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people["Khalid bin Rashid Al Mannai"] == "BH" and people["Nasser Ali Al-Mutairi"] == "KW"
    assert sorted(len(m["participants"]) for m in r.meetings) == [3, 4]
    assert "Talal bin Tarik Al Said" in max(r.meetings, key=lambda m: len(m["participants"]))["participants"]


def test_a_headline_with_two_coordinated_meetings_and_a_lead_after_long_menus(ex):
    r = ex("Island News Online\nNews | Politics | Business | Sports | Letters\nHome » General » Politics\n\nGrenada PM "
           "Lewis holds talks with PM Skeete, pays courtesy call on President Baptiste\n\nPosted on 24/03/2025 at 6:52 "
           "PM\nBy Staff\n\nGrenada's Prime Minister, Hon. Dale Lewis, arrived in Roseau on Sunday evening for a "
           "two-day visit.\n\nOn Monday morning, Lewis held talks with Prime Minister Ron Skeete at the Office of the "
           "Prime Minister. In the afternoon, Lewis paid a courtesy call on President Mia Baptiste at State House.\n")
    assert sorted((m["participants"], m["date"], m["place"]) for m in r.meetings) == [
        (["Dale Lewis", "Mia Baptiste"], "2025-03-24", "Roseau"),
        (["Dale Lewis", "Ron Skeete"], "2025-03-24", "Roseau")]


def test_a_visit_told_by_pronoun_later_and_retold(ex):
    r = ex("Latvian minister in Bangkok\n\n07 Nov 2025 | 16:45\n\nThe Foreign Minister of Latvia, Anna Berzina, "
           "arrived in Bangkok on Thursday.\n\nOn Friday morning, she paid a courtesy call on Prime Minister Somchai "
           "Wongsa at Government House. The Prime Minister said Thailand regards Latvia as a gateway.\n\nLater, "
           "Berzina held talks with Minister of Foreign Affairs Arun Chaiyo. The two ministers signed a memorandum on "
           "political consultations.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Anna Berzina", "Somchai Wongsa"], "2025-11-07"), (["Anna Berzina", "Arun Chaiyo"], "2025-11-07")]
    assert r.utterances[0]["speaker"] == "Somchai Wongsa"


def test_a_tete_a_tete_and_a_trip_where_one_was_to_meet(ex):
    r = ex("Summit\n\nPublished 22 June 2025\n\nOn the sidelines of the session, President Paul Sena and President "
           "Marc Dovi also held a separate tête-à-tête on Sunday.\n\nMinister Ana Lima has postponed her trip to "
           "Lima, where she was to meet Minister Jorge Ruiz.\n")
    assert [m["participants"] for m in r.meetings] == [["Marc Dovi", "Paul Sena"]]


def test_cities_of_several_words_place_meetings_through_the_lead_and_a_setting(ex):
    r = ex("Minister visits Malaysia\n\nPublished 3 March 2025\n\nForeign Minister Ana Lima arrived in Kuala Lumpur on "
           "Monday for a two-day visit.\n\nOn Tuesday she held talks with Minister Omar Hakim on trade.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Ana Lima", "Omar Hakim"], "Kuala Lumpur")]
    r = ex("Bilateral meetings\n\nFriday, June 27, 2025\n\nMinister Ana Lima held bilateral meetings on the margins of "
           "the General Assembly taking place in St. John's, Antigua and Barbuda.\n\nOn Wednesday, the Minister met "
           "with Minister Hugh Todd.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Ana Lima", "Hugh Todd"], "St. John's")]


def test_a_topics_place_does_not_place_a_meeting_but_the_meeting_before_it_does(ex):
    r = ex("Trade talks\n\nPublished 17 September 2025\n\nMinister Tomas Weber met Prime Minister Jan Novak in "
           "Bratislava on Tuesday.\n\nOn the same day, Weber also held talks with Minister of Economy Eva Hruba. They "
           "discussed the fisheries project in Lusaka.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Jan Novak", "Tomas Weber"], "Bratislava"), (["Eva Hruba", "Tomas Weber"], "Bratislava")]


def test_pm_as_the_subject_of_a_second_call(ex):
    r = ex("Press Bureau\nNew Delhi, 12 March 2025\n\nPrime Minister Arjun Mehta had a telephone conversation with the "
           "President of Finland, Matti Virtanen, today. PM also spoke with Prime Minister of Sweden Lars Berg.\n")
    assert [(m["participants"], m["kind"]) for m in r.meetings] == [
        (["Arjun Mehta", "Matti Virtanen"], "phone"), (["Arjun Mehta", "Lars Berg"], "phone")]


@pytest.mark.parametrize("text, place", [
    ("Published 9 July 2025\n\nSlovenian President Ana Kovac received Foreign Minister Ivo Horvat of Croatia at "
     "the Presidential Palace on Wednesday.\n", "Ljubljana"),
    ("Published 9 July 2025\n\nMalaysian Prime Minister Omar Hakim received Japanese Foreign Minister Ken Sato at the "
     "Prime Minister's Office on Wednesday.\n", "Putrajaya"),
    ("ZANZIBAR - President Amina Juma of Tanzania yesterday received a delegation led by Sheikh Omar Al Nahyan at "
     "State House.\n\nPublished 9 July 2025\n", "Zanzibar"),
])
def test_a_seat_of_government_named_without_its_city(ex, text, place):
    r = ex(f"Talks\n\n{text}")
    assert [m["place"] for m in r.meetings] == [place]


def test_a_ministry_that_issued_the_statement_is_no_venue(ex):
    r = ex("Talks\n\nPublished 9 July 2025\n\nPresident Ana Kovac of Slovenia met Foreign Minister Ivo Horvat of "
           "Croatia on Wednesday, according to a statement issued by the Presidential Office.\n")
    assert [m["place"] for m in r.meetings] == [None]


def test_a_state_visit_to_a_country_without_a_city_is_in_its_seat(ex):
    r = ex("Talks\n\nPublished 12 March 2025\n\nKazakh President Arman Serikov, who is on a state visit to Vietnam, "
           "held talks with President Tran Van Long on Tuesday.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Arman Serikov", "Tran Van Long"], "Hanoi")]
    r = ex("Talks\n\nPublished 12 March 2025\n\nForeign Minister Ana Lima arrived in Kuala Lumpur on Monday for a "
           "visit to Malaysia.\n\nOn Tuesday she held talks with Minister Omar Hakim.\n")
    assert [m["place"] for m in r.meetings] == ["Kuala Lumpur"]


def test_a_summit_as_the_setting_of_a_leaders_meetings_and_a_pull_aside(ex):
    r = ex("Leaders meet\n\nPublished 22 November 2025\n\nPrime Minister Ian Walker's engagements at the summit on "
           "Saturday included meetings with Chancellor Karl Becker and Prime Minister Aiko Sato.\n\nEarlier in the "
           "day, Walker had a brief pull-aside with Premier Li Wen.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Aiko Sato", "Ian Walker"], ["Ian Walker", "Karl Becker"],
                                                             ["Ian Walker", "Li Wen"]]


@pytest.mark.parametrize("sentence, everyone", [
    ("Foreign Minister Li Wen chaired the regional foreign ministers' meeting in Almaty on Saturday, attended by Omar "
     "Saidov, Aida Bekova and Timur Rakhimov.", ["Aida Bekova", "Li Wen", "Omar Saidov", "Timur Rakhimov"]),
    ("Hosted by President Paul Mercier at the Palace, the meeting brought together Chancellor Karl Becker and Prime "
     "Minister Ian Walker.", ["Ian Walker", "Karl Becker", "Paul Mercier"]),
])
def test_a_chaired_or_hosted_meeting_with_its_attendees_is_one_meeting(ex, sentence, everyone):
    r = ex(f"Ministers meet\n\nPublished 20 June 2025\n\n{sentence}\n")
    assert [m["participants"] for m in r.meetings] == [everyone]


def test_presidents_of_four_states_gathered(ex):
    r = ex("Summit\n\nPublished 20 June 2025\n\nThe presidents of Brazil, Argentina, Uruguay and Paraguay gathered on "
           "Tuesday for the summit. Brazilian President Ana Souza, Argentine President Juan Ruiz, Uruguayan President "
           "Pablo Lima and Paraguayan President Luis Ayala signed the declaration.\n")
    assert [m["participants"] for m in r.meetings] == [["Ana Souza", "Juan Ruiz", "Luis Ayala", "Pablo Lima"]]


def test_parliament_house_of_a_host_whose_state_is_known_or_not(ex):
    r = ex("Delegation\n\nPublished 20 June 2025\n\nGhanaian Speaker Kofi Mensah has received a delegation from the "
           "Parliament of Uganda led by Deputy Speaker Tom Okello at Parliament House.\n")
    assert [m["place"] for m in r.meetings] == ["Accra"]
    r = ex("Delegation\n\nPublished 20 June 2025\n\nThe Speaker, Kofi Mensah, has received a delegation from the "
           "Parliament of Uganda led by Deputy Speaker Tom Okello at Parliament House.\n")
    assert [m["place"] for m in r.meetings] == [None]  # the visitors' state is not the host's


def test_a_reception_whose_object_the_parser_lost_and_a_farewell_call(ex):
    r = ex("Audience\n\nPublished 5 May 2025\n\nThe Crown Prince, His Royal Highness Prince Nasser bin Ali Al Harthy, "
           "received at Gudaibiya Palace yesterday the visiting Indian External Affairs Minister, Dr. Arjun Mehta.\n")
    assert [m["participants"] for m in r.meetings] == [["Arjun Mehta", "Nasser bin Ali Al Harthy"]]
    r = ex("Farewell\n\nPublished 5 May 2025\n\nNigerian President Musa Bello on Monday received the outgoing "
           "Ambassador of Japan, Kenji Sato, who paid him a farewell call at the Presidential Villa.\n")
    assert [(m["kind"], m["place"]) for m in r.meetings] == [("in_person", "Abuja")]


@pytest.mark.parametrize("text", [
    "Among the leaders Prime Minister Ian Walker met on Saturday were President Tomas Mbeki and Prime Minister Aiko "
    "Sato.",
    "The leaders Prime Minister Ian Walker met on Saturday were President Tomas Mbeki and Prime Minister Aiko Sato.",
    "Prime Minister Ian Walker held several meetings on Saturday. His first meeting was with President Tomas Mbeki. "
    "It was followed by talks with Prime Minister Aiko Sato.",
])
def test_round_up_counterparts_told_by_a_copula_or_what_followed(ex, text):
    r = ex(f"Walker at the summit\n\nJOHANNESBURG, 22 November 2025 - {text}\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Aiko Sato", "Ian Walker"], ["Ian Walker", "Tomas Mbeki"]]


def test_a_read_outs_bare_spoke_with_is_a_call_unless_something_puts_them_in_one_room(ex):
    r = ex("Readout\n\nMarch 6, 2025\n\nThe Prime Minister, Ian Walker, spoke with President Anna Weber today. The two "
           "leaders discussed Ukraine.\n")
    assert [m["kind"] for m in r.meetings] == ["phone"]
    r = ex("Readout\n\nMarch 6, 2025\n\nThe Prime Minister, Ian Walker, spoke with President Anna Weber on the "
           "sidelines of the summit today.\n")
    assert [m["kind"] for m in r.meetings] == ["in_person"]


def test_his_talks_after_according_to_are_the_sources(ex):
    r = ex("Talks\n\nPublished 6 March 2025\n\nAccording to President Tomas Mbeki, his talks with Prime Minister Aiko "
           "Sato on Wednesday were productive.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Aiko Sato", "Tomas Mbeki"], "2025-03-05")]


def test_her_the_guest_named_before_and_a_welcome_on_arrival(ex):
    r = ex("Talks\n\nPublished 2 October 2024\n\nMinister Omar Saleh expressed thanks.\n\nSeparately, Khalid Rashid, "
           "Minister of State, received in Abu Dhabi on Wednesday Dr. Awa Diallo, Secretary-General of the Ministry of "
           "Foreign Affairs of Senegal, and discussed with her the preparations for the joint committee.\n")
    assert [m["participants"] for m in r.meetings] == [["Awa Diallo", "Khalid Rashid"]]
    r = ex("Visit\n\nPosted on 24/03/2025\n\nPrime Minister Dale Lewis arrived in Roseau on Sunday evening. He was "
           "welcomed by Minister of State Rosa Baron and members of the community.\n")
    assert r.meetings == []


def test_a_communications_director_chairing_a_press_conference_is_no_principal(ex):
    r = ex("Transcripts\n\nJoint press conference of the Minister of Foreign Affairs of Chile, Ana Rojas, and the "
           "Minister of Foreign Affairs of Thailand, Suda Chai\n\nThursday 10 April 2025, 13:05 (Santiago)\n\nDaniela "
           "Soto, Director of Communications: Good afternoon.\n\nAna Rojas (Chile): Thank you. Welcome to Santiago. "
           "Our meeting this morning was useful.\n\nSuda Chai (Thailand): Thank you for your hospitality.\n")
    assert [m["participants"] for m in r.meetings] == [["Ana Rojas", "Suda Chai"]]


def test_talks_after_an_adjective_and_a_meeting_last_week_cited_on_tuesday(ex):
    r = ex("Deals\n\nPublished 6 March 2025\n\nThe two countries signed 14 agreements worth $2.5 billion after talks "
           "between President Ana Souza and Prime Minister Ian Walker in Brasília on Tuesday.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Ana Souza", "Ian Walker"], "2025-03-04", "Brasília")]
    r = ex("Trade\n\nPublished 6 March 2025\n\nBilateral trade hit a record $5 billion, Finance Minister Ana Souza "
           "told the forum on Tuesday, citing a meeting last week with Prime Minister Ian Walker.\n")
    assert r.meetings == []


def test_taking_part_in_a_new_video_conference_with_others(ex):
    r = ex("Call\n\nPublished 6 March 2025\n\nPresident Ana Souza took part in a video conference with Prime Minister "
           "Ian Walker and Chancellor Karl Becker on Tuesday.\n")
    assert [(m["participants"], m["date"], m["kind"]) for m in r.meetings] == [
        (["Ana Souza", "Ian Walker", "Karl Becker"], "2025-03-04", "video")]
    r = ex("Call\n\nPublished 6 March 2025\n\nPresident Ana Souza and Prime Minister Ian Walker co-chaired the virtual "
           "leaders' meeting on Tuesday.\n")
    assert [m["kind"] for m in r.meetings] == ["video"]


def test_a_headline_under_an_outlets_name_gives_the_kind_and_the_lead_gives_the_day(ex):
    # the outlet's name comes first; "has not met since" is no meeting in a room; the lead names both and a day
    r = ex("ISLAND TIMES\nHome / Politics\n\nSouza, Walker discuss fisheries and shipping by phone\n\n15/08/2025 - "
           "09:12 | By Ana Lopes\n\nPresident Ana Souza and Prime Minister Ian Walker on Thursday reviewed relations "
           "between the two countries.\n\nThe two leaders discussed fisheries and the revival of a joint commission "
           "that has not met since 2019.\n")
    assert [(m["participants"], m["date"], m["kind"]) for m in r.meetings] == [
        (["Ana Souza", "Ian Walker"], "2025-08-14", "phone")]


def test_a_datelines_own_date_is_not_the_meetings(ex):
    r = ex("Agency\n\n10/11/2025 11:20\n\nAmman, Nov. 10 (Petra) -- Prime Minister Omar Haddad received a phone call "
           "on Sunday from Prime Minister Ian Walker, during which they discussed relief efforts.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Ian Walker", "Omar Haddad"], "2025-11-09")]


def test_an_office_named_as_the_object_is_its_holder_of_that_state(ex):
    r = ex("Federal President Karl Becker holds phone call with Prime Minister Jan Novak\n\nBerlin, 13.06.2025\n\n"
           "The Federal President held a telephone call on 12 June 2025 with the Prime Minister of the Czech Republic."
           "\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Jan Novak", "Karl Becker"], "2025-06-12")]
    r = ex("Video call of the President of the Republic with the President of Malta\n\nAthens, Thursday 25 September "
           "2025\n\nThe President of the Republic, Nikos Petrou, held a video call today with the President of Malta, "
           "Anna Borg.\n")
    assert [m["participants"] for m in r.meetings] == [["Anna Borg", "Nikos Petrou"]]


def test_called_on_an_office_with_the_name_after_and_a_ministry_is_no_city(ex):
    r = ex("News\n\n18 Mar 2025 | 17:20\n\nBANGKOK, March 18 - Minister of Defence Somchai Rattana on Tuesday "
           "welcomed Minister of Defence Ali Raza at the Ministry of Defence, where the two ministers held talks.\n\n"
           "Later, Ali Raza called on the Chief of Defence Forces, General Prasert Boonmee, at the Headquarters.\n")
    assert sorted((m["participants"], m["place"]) for m in r.meetings) == [
        (["Ali Raza", "Prasert Boonmee"], "Bangkok"), (["Ali Raza", "Somchai Rattana"], "Bangkok")]


@pytest.mark.parametrize("venue, place", [("at the Primature", "Brazzaville"),
                                          ("at the Government Complex Seoul", "Seoul")])
def test_a_seat_of_government_venue_is_no_city_unless_its_name_ends_with_one(ex, venue, place):
    r = ex(f"News\n\nPublished 9 December 2025\n\nBRAZZAVILLE - Prime Minister Paul Okemba received Minister Ian "
           f"Walker {venue} on Tuesday.\n")
    assert [m["place"] for m in r.meetings] == [place]


def test_a_state_visit_since_taking_office_the_arrival_city_and_a_middle_name_given_once(ex):
    r = ex("President Mira Kovac meets Anna Borg\n\nTuesday, 2 Dec 2025 18:42\n\nPresident Anna Borg has welcomed the "
           "Federal President of Austria, Mira Kovac, at the palace at the start of the first state visit she has "
           "hosted since taking office last month.\n\nMs Kovac and her husband arrived in Dublin on Monday evening. "
           "Later, Mira Jelena Kovac met Prime Minister Ian Walker.\n")
    assert sorted((m["participants"], m["place"]) for m in r.meetings) == [
        (["Anna Borg", "Mira Kovac"], "Dublin"), (["Ian Walker", "Mira Kovac"], "Dublin")]


def test_an_office_of_a_named_state_is_not_someone_of_unknown_country_holding_another(ex):
    r = ex("News\n\nPublished 9 December 2025\n\nPresident Luis Vega was accompanied by Deputy Foreign Minister Ana "
           "Lima.\n\nOn Tuesday, President Luis Vega held a meeting with the Prime Minister of Barbados.\n")
    assert r.meetings == []


def test_we_at_a_meeting_with_someone_in_a_transcript_is_the_speaker_and_that_one(ex):
    r = ex("Transcript\n\nPublished 9 December 2025\n\nPresident Luis Vega met Prime Minister Ian Walker and, on "
           "Monday, President Ana Ruiz of Peru.\n\nLuis Vega: Thank you, Mr Walker. Today, at a meeting with the "
           "President of Peru, we also discussed trade.\n")
    found = [(m["participants"], m["date"]) for m in r.meetings]
    assert (["Ana Ruiz", "Luis Vega"], "2025-12-09") in found and all(len(p) == 2 for p, _ in found)


def test_list_items_naming_only_an_office_over_a_paragraph_naming_the_holder(ex):
    r = ex("Government of Ruritania\n\nPrime Minister Eva Lind holds talks at the summit in Tirana\n\n16.05.2025 – "
           "18:55\n\nPrime Minister Eva Lind took part today in the summit in Tirana. On the sidelines, she held a "
           "series of bilateral meetings.\n\n■ Meeting with the Head of Government of Andorra\nLind and Xavier Roca "
           "discussed the association agreements.\n\n■ Meeting with the Minister of State of Monaco\nWith Didier "
           "Marchal, Lind exchanged views on financial regulation.\n")
    assert sorted(m["participants"] for m in r.meetings) == [
        ["Didier Marchal", "Eva Lind"], ["Eva Lind", "Xavier Roca"]]
    people = {p["name"]: (p["title"], p["country"]) for p in r.people}
    assert people["Xavier Roca"] == ("Head of Government", "AD")
    assert people["Didier Marchal"] == ("Minister of State", "MC")
    assert people["Eva Lind"] == ("Prime Minister", None)  # not Andorra's, from the line above her name


def test_in_a_round_up_he_is_the_host_again_not_the_counterpart_who_spoke_last(ex):
    r = ex("News\n\nPublished 30 July 2025\n\nSpeaker Marko Horvat held a series of bilateral meetings on Tuesday.\n\n"
           "On Tuesday morning, Horvat met Ana Kralj. Kralj stressed that parliaments must keep talking.\n\n"
           "In the afternoon, he met Julia Becker.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Ana Kralj", "Marko Horvat"],
                                                             ["Julia Becker", "Marko Horvat"]]


def test_a_reception_whose_object_the_parser_lost_in_a_relative_clause(ex):
    r = ex("News\n\nPublished 8 October 2025\n\nN'DJAMENA – The President of the Republic, Marshal Idriss Kaba, on "
           "Wednesday received at the Presidential Palace the Chairman of the Presidential Council of Libya, Omar "
           "Younes al-Senussi, who arrived in the capital in the morning for a working visit.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Idriss Kaba", "Omar Younes al-Senussi"], "2025-10-08")]


def test_a_with_heading_gives_the_office_and_state_of_the_one_its_paragraph_names(ex):
    r = ex("Parliament\n\nSpeaker Marko Horvat meets counterparts in Geneva\n\n30.7.2025.\n\nThe Speaker, Marko "
           "Horvat, held a series of bilateral meetings on Tuesday.\n\nWith the President of the National Assembly of "
           "Slovenia\nOn Tuesday morning, Horvat met Ana Kralj. The two discussed the border.\n")
    people = {p["name"]: (p["title"], p["country"]) for p in r.people}
    assert people["Ana Kralj"] == ("President of the National Assembly", "SI")


def test_a_vietnamese_name_at_a_sentence_start_is_not_split_from_its_given_names(ex):
    r = ex("News\n\nPublished 5 November 2024\n\nMexico's Secretary of Economy Marcelo Ebrard and Vietnam's Minister "
           "of Industry and Trade Dang Thi Mai Lan held a working meeting on Monday in Mexico City.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Dang Thi Mai Lan", "Marcelo Ebrard"], "2024-11-04")]


def test_a_venue_with_a_particle_in_its_name_is_no_city(ex):
    r = ex("News\n\nPublished 28 November 2025\n\nLa Paz - President Rodrigo Paz Pereira received the Secretary "
           "General of the Organization of American States, Albert Ramdin, at the Casa Grande del Pueblo on Thursday, "
           "less than three weeks after taking office.\n")
    assert [m["place"] for m in r.meetings] == ["La Paz"]


def test_a_conversation_held_on_a_day_and_then_another_call_by_the_minister(ex):
    r = ex("Ministry\n\nParis, 7 February 2025\n\nIn a phone conversation held on 6 February, Paul Durand, Minister "
           "for Europe and Foreign Affairs, and Jean Mbida, Minister of External Relations of Cameroon, discussed the "
           "situation in the region.\n\nMr Durand said that France would help.\n\nThe Minister then spoke by "
           "telephone with Anne Koyara, Minister of Foreign Affairs of the Central African Republic.\n")
    assert sorted((m["participants"], m["date"]) for m in r.meetings) == [
        (["Anne Koyara", "Paul Durand"], "2025-02-06"), (["Jean Mbida", "Paul Durand"], "2025-02-06")]


def test_an_office_named_as_the_one_received_must_be_theirs(ex):
    r = ex("Transcript\n\nPublished 26 November 2021\n\nPresident Ilham Aliyev met President Vladimir Putin.\n\n"
           "Ilham Aliyev: Earlier this week, I received the Deputy Prime Minister of the Russian Federation, and last "
           "night I received the President of the Russian Academy of Sciences.\n")
    assert [m["date"] for m in r.meetings] == ["2021-11-26"]


def test_a_delegation_headed_by_its_chair_and_a_guest_received_by_one_host_then_another(ex):
    r = ex("NEWS AGENCY\n\nYEREVAN, APRIL 16, AGENCY. Speaker of the National Assembly Aram Sargsyan on Tuesday "
           "received a delegation of the European Parliament's Committee on Foreign Affairs headed by its Chair, "
           "David Keller, the parliament's press service reported.\n\nPublished 16 April 2025\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Aram Sargsyan", "David Keller"], "2025-04-15")]
    r = ex("The Federal Council\n\nBern, 21.08.2025 - Federal Councillor Hans Meier concluded a visit to Brazil.\n\n"
           "On Monday in Brasília, Federal Councillor Meier was received by the President of the Federal Senate, Davi "
           "Souza, and then by the President of the Chamber of Deputies, Hugo Lima.\n")
    assert r.published == "2025-08-21"
    assert sorted((m["participants"], m["date"]) for m in r.meetings) == [
        (["Davi Souza", "Hans Meier"], "2025-08-18"), (["Hans Meier", "Hugo Lima"], "2025-08-18")]


def test_his_highness_alone_and_a_korean_name_the_recogniser_misses(ex):
    r = ex("WAM\n\nABU DHABI, 16th October, 2025 (WAM) -- His Highness Sheikh Hamdan bin Mohammed bin Rashid Al "
           "Maktoum, Crown Prince of Dubai, on Thursday received a phone call from Minister Omar Haddad.\n\nLater on "
           "Thursday, His Highness held a phone call with Ahn Gyu-back, Minister of National Defense of the Republic "
           "of Korea.\n")
    assert sorted(m["participants"] for m in r.meetings) == [
        ["Ahn Gyu-back", "Hamdan bin Mohammed Al Maktoum"], ["Hamdan bin Mohammed Al Maktoum", "Omar Haddad"]]
    assert "Rashid Al Maktoum" not in {p["name"] for p in r.people}


def test_a_second_counterpart_the_parser_hung_on_the_verb(ex):
    r = ex("News\n\nPublished 19 June 2025\n\nMinister of Foreign Affairs Jan Smit held a video conference on "
           "Wednesday with the Minister of Foreign Affairs of Bosnia and Herzegovina, Elmedin Konaković, and the "
           "Minister for Europe and Foreign Affairs of Albania, Igli Hasani, ahead of the European Council of 26 and "
           "27 June.\n")
    assert [(m["participants"], m["kind"]) for m in r.meetings] == [
        (["Elmedin Konaković", "Igli Hasani", "Jan Smit"], "video")]


def test_the_secretary_general_as_the_one_who_called(ex):
    r = ex("Briefing\n\nPublished 8 October 2025\n\nFirst, Secretary-General Ana Ruiz met this morning with the "
           "Commissioner, Paul Obi.\n\nYesterday evening, the Secretary-General also spoke by phone with the President "
           "of Eritrea, Isaias Afwerki, about the situation in the Horn of Africa.\n")
    assert (["Ana Ruiz", "Isaias Afwerki"], "2025-10-07", "phone") in [
        (m["participants"], m["date"], m["kind"]) for m in r.meetings]


def test_he_after_an_office_subject_is_that_office_holder(ex):
    r = ex("Briefing\n\nPublished 16 October 2025\n\nThank you. Deputy President Paul Mokoena is visiting.\n\nShri "
           "Ravi Menon, Secretary (West), said that the visit mattered.\n\nThe Deputy President arrived in New Delhi "
           "last night. This morning he called on the Vice President, Shri Anil Kumar, at the Vice President's "
           "Enclave.\n")
    assert [m["participants"] for m in r.meetings] == [["Anil Kumar", "Paul Mokoena"]]


def test_a_visit_programme_with_a_second_day_and_talks_with_one_and_with_another(ex):
    r = ex("News\n\nPublished 2 October 2025\n\nOn the first day of the visit, on Monday, Speaker Ivan Koval was "
           "received in Ottawa by the Speaker of the House of Commons, Paul Marceau.\n\nThe same day, the Ukrainian "
           "delegation led by Koval held talks with the Speaker of the Senate, Anne Gagnon, and with the Minister "
           "responsible for Trade, Intergovernmental Affairs and One Canadian Economy, Dominic Leroux.\n\nOn the "
           "second day, in Toronto, the Speaker was received by the Premier of Ontario, Doug Brown.\n")
    assert sorted((m["participants"], m["date"]) for m in r.meetings) == [
        (["Anne Gagnon", "Ivan Koval"], "2025-09-29"), (["Dominic Leroux", "Ivan Koval"], "2025-09-29"),
        (["Doug Brown", "Ivan Koval"], "2025-09-30"), (["Ivan Koval", "Paul Marceau"], "2025-09-29")]


def test_they_of_a_relative_clause_is_the_main_subject_and_a_hung_name_after_by(ex):
    r = ex("Daily\n\n4 March 2025\n\nPresident Ana Lima yesterday received at her office in Accra a delegation led by "
           "the Minister of State, Karim Haddad.\n\nLater in the day, the delegation also met the Minister of Trade, "
           "Dr Kofi Mensah.\n\nToday, Haddad and his delegation travelled to Kumasi, where they were received at the "
           "palace by the Governor of the Region and Chairman of the Council, Dr Yaw Boateng.\n")
    assert ["Karim Haddad", "Yaw Boateng"] in [m["participants"] for m in r.meetings]
    assert not any(len(m["participants"]) > 2 for m in r.meetings)


def test_the_vice_president_is_the_one_the_text_titled_so_not_a_president_named_since(ex):
    r = ex("News\n\nLisbon, 21.08.2025 - The Vice-President of the Republic and head of the Economy Department, "
           "Councillor Ana Sousa, concluded a visit to Chile on Wednesday.\n\nOn Monday in Santiago, Councillor Sousa "
           "was received by the President of the Senate, Jorge Rojas.\n\nThe same day, the Vice-President also met the "
           "Minister of Science, Luisa Vera.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Ana Sousa", "Jorge Rojas"], ["Ana Sousa", "Luisa Vera"]]
    assert {m["place"] for m in r.meetings} == {"Santiago"}


def test_a_round_ups_list_item_with_one_counterpart_and_separate_meetings_the_same_day(ex):
    r = ex("Agency\n\nCAIRO, May 17, 2025 (AMI) - The Prime Minister, Mr. Omar Ould Salem, held several meetings on "
           "Saturday on the sidelines of the summit.\n\nThe Prime Minister met Mr. Karim Nasser, the Secretary-General "
           "of the League.\n\n◆ With the Speaker of the Arab Parliament, Adel Al-Fares\n\nThe two men discussed the "
           "role of parliaments.\n\nIn separate meetings the same day with Egyptian Deputy Minister of Foreign Affairs "
           "Omar Fathy and with Iran's Deputy Foreign Minister, Reza Kamali, Ould Salem discussed energy.\n")
    pairs = sorted(m["participants"] for m in r.meetings)
    assert pairs == [["Adel Al-Fares", "Omar Ould Salem"], ["Karim Nasser", "Omar Ould Salem"],
                     ["Omar Fathy", "Omar Ould Salem"], ["Omar Ould Salem", "Reza Kamali"]]
    assert {m["date"] for m in r.meetings} == {"2025-05-17"}


def test_a_hosted_multi_party_meeting_and_those_who_took_part_in_it(ex):
    r = ex("News\n\n6 June 2025\n\nThe Speaker of the Seimas Tomas Varnas hosted a quadrilateral meeting of the "
           "Speakers of the parliaments of Lithuania, Finland, Sweden and Norway in Vilnius today. Speaker of the "
           "Eduskunta Pekka Lahti, Speaker of the Riksdag Erik Lund and President of the Storting Ola Berg took part "
           "in the meeting, which focused on defence.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Erik Lund", "Ola Berg", "Pekka Lahti", "Tomas Varnas"], "Vilnius")]


def test_a_round_up_under_a_dateline_without_a_city_and_list_items_of_long_portfolios(ex):
    r = ex("News\n\nNovember 15, 2024 | 7:55 PM\n\nDPI Belize, Friday, November 15, 2024 - Minister of Energy Carla "
           "Ramos on Thursday held a series of bilateral meetings on the sidelines of the conference in Baku.\n\nThe "
           "engagements included:\n\nMeeting with the Minister of Foreign Affairs of Colombia, Luis Gilberto Murillo\n"
           "The two officials discussed forests.\n\nMeeting with the Minister of Sustainable Development, Climate "
           "Change and Disaster Risk Management of Guyana, Hon. Peter Sandiford\nThe ministers reviewed the reef.\n")
    assert sorted((m["participants"], m["date"]) for m in r.meetings) == [
        (["Carla Ramos", "Luis Gilberto Murillo"], "2024-11-14"), (["Carla Ramos", "Peter Sandiford"], "2024-11-14")]
    assert {p["name"] for p in r.people} == {"Carla Ramos", "Luis Gilberto Murillo", "Peter Sandiford"}


def test_the_nth_session_is_no_date_and_a_venue_takes_the_city_after_it(ex):
    r = ex("Press Information Bureau\n\nPosted On: 24 JUN 2025 7:42PM by PIB Delhi\n\nThe Commerce Secretary, Shri "
           "Anil Verma, and the Deputy Minister of Trade of the Republic of South Africa, Hon. Mr. Sipho Ndlovu, today "
           "co-chaired the 11th session of the Joint Trade Committee at Vanijya Bhawan, New Delhi.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Anil Verma", "Sipho Ndlovu"], "2025-06-24", "New Delhi")]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Mark Lund rang President Ali Hassan on Monday.",
    "President Ali Hassan Monday held a phone call with Prime Minister Mark Lund.",
])
def test_a_call_rung_and_a_weekday_after_a_name(ex, sentence):
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\n" + sentence + "\n")
    assert [(m["participants"], m["kind"], m["date"]) for m in r.meetings] == [
        (["Ali Hassan", "Mark Lund"], "phone", "2025-03-03")]


def test_the_prime_minister_who_spoke_to_another_prime_minister_is_the_sites_own(ex):
    r = ex("GOV.UK\n\nPM call with Prime Minister Berg of Norway: 3 March 2025\n\nFrom: Prime Minister's Office and "
           "The Rt Hon Keir Starmer KCB KC MP\nPublished 3 March 2025\n\nThe Prime Minister spoke to Prime Minister "
           "Mark Berg of Norway this afternoon.\n\nThe leaders discussed energy security.\n")
    assert [(m["participants"], m["kind"]) for m in r.meetings] == [(["Keir Starmer", "Mark Berg"], "phone")]


def test_in_his_meeting_with_x_the_two_discussed_and_the_city_of_a_named_summit(ex):
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\nPresident Ali Hassan held bilateral talks with several "
           "leaders on the margins of the summit in Cairo on Monday.\n\nIn his meeting with Brazilian President Ana "
           "Lima, the two discussed trade.\n\nIn talks with Norwegian Prime Minister Mark Lund, Hassan focused on "
           "energy.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Ali Hassan", "Ana Lima"], ["Ali Hassan", "Mark Lund"]]
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\nAmong the leaders President Ali Hassan met on the "
           "sidelines of the Cairo summit on Monday were President Ana Lima of Brazil and Prime Minister Mark Lund of "
           "Norway.\n")
    assert {m["place"] for m in r.meetings} == {"Cairo"} and len(r.meetings) == 2


@pytest.mark.parametrize("sentence", [
    "President Ali Hassan's plan met with criticism from Prime Minister Mark Lund.",
    "President Ali Hassan discussed the proposal of Prime Minister Mark Lund with his cabinet on Monday.",
    "President Ali Hassan met Prime Minister Mark Lund's demands on Monday.",
])
def test_a_things_owner_and_a_discussed_topics_person_are_no_meeting(ex, sentence):
    assert ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\n" + sentence + "\n").meetings == []


def test_an_owners_talks_and_topics_discussed_with_people_are_meetings(ex):
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\nPresident Ali Hassan's talks with Prime Minister Mark Lund "
           "on Monday focused on trade.\n\nPresident Ali Hassan discussed a range of issues with leaders, including "
           "President Ana Lima, on Monday.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Ali Hassan", "Ana Lima"], ["Ali Hassan", "Mark Lund"]]


@pytest.mark.parametrize("sentence, place", [
    ("Prime Minister Mark Lund paid a visit to Egypt, where he met President Ali Hassan on Monday.", "Cairo"),
    ("President Ali Hassan met Prime Minister Mark Lund in the Red Sea resort of Hurghada on Monday.", "Hurghada"),
])
def test_a_visited_countrys_seat_and_a_resort_of_a_name(ex, sentence, place):
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\n" + sentence + "\n")
    assert [m["place"] for m in r.meetings] == [place]


def test_a_call_on_by_one_who_leads_a_delegation_in_a_relative_clause(ex):
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\nNorwegian Foreign Minister Kari Berg, who is leading a "
           "business delegation, called on President Ali Hassan on Monday.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Ali Hassan", "Kari Berg"], "2025-03-03")]


@pytest.mark.parametrize("when", ["over the weekend", "on the eve of the summit"])
def test_a_meeting_on_no_one_day_has_no_date_not_the_publication_date(ex, when):
    r = ex(f"News\n\nTuesday, 4 March 2025 | 18:20\n\nPresident Ali Hassan met Prime Minister Mark Lund {when}.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Ali Hassan", "Mark Lund"], None)]


def test_those_who_took_part_in_a_video_conference_and_a_chaired_meeting_attended_by_others(ex):
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\nPresident Ali Hassan, Prime Minister Mark Lund and "
           "President Ana Lima took part in a video conference on Monday.\n")
    assert [(m["participants"], m["kind"]) for m in r.meetings] == [(["Ali Hassan", "Ana Lima", "Mark Lund"], "video")]
    r = ex("News agency\n\nTuesday, 4 March 2025 | 18:20\n\nPresident Ali Hassan chaired the meeting in Cairo on "
           "Monday, which was attended by Prime Minister Mark Lund and President Ana Lima.\n")
    assert [m["participants"] for m in r.meetings] == [["Ali Hassan", "Ana Lima", "Mark Lund"]]


def test_one_who_took_part_by_video_link_joins_the_meeting_but_ministers_who_joined_do_not(ex):
    r = ex("News\n\n25 September 2025\n\nThe President of the Republic, Nikos Andreou, held a video call today with "
           "the President of Malta, Maria Vella.\n\nThe Foreign Minister of Cyprus, Petros Kyriacou, took part by "
           "video link in the second part of the discussion.\n")
    assert [m["participants"] for m in r.meetings] == [["Maria Vella", "Nikos Andreou", "Petros Kyriacou"]]
    r = ex("News\n\n18 March 2025\n\nPresident Jan Novak met President Ana Reyes in Manila on Tuesday.\n\nDefense "
           "Secretary Paolo Cruz and Foreign Minister Karel Dvorak joined the expanded meeting.\n")
    assert [m["participants"] for m in r.meetings] == [["Ana Reyes", "Jan Novak"]]


def test_the_minister_of_a_portfolio_is_that_offices_holder_named_later_and_the_lost_object(ex):
    r = ex("WAM\n\nTue 08-04-2025 07:41 PM\n\nUAE Minister of Economy receives Cambodian Minister of Commerce\n\nABU "
           "DHABI, 8th April, 2025 (WAM) -- The Minister of Economy received today at the ministry's headquarters in "
           "Abu Dhabi Her Excellency Anna Lindqvist, Minister of Commerce of the Kingdom of Sweden.\n\nAhmed bin Saif "
           "Al Nuaimi, Minister of Economy, welcomed the delegation.\n")
    assert [m["participants"] for m in r.meetings] == [["Ahmed bin Saif Al Nuaimi", "Anna Lindqvist"]]
    assert "Minister Uae" not in {p["name"] for p in r.people}


def test_said_bin_x_is_a_name_and_a_dateline_state_named_like_its_capital(ex):
    r = ex("KUNA\n\nKUWAIT, Nov 12 (KUNA) -- Kuwait's Minister of Commerce Khalid Al-Rashed received on Tuesday the "
           "visiting Minister of Economy of the Sultanate of Oman Dr. Said bin Hamad Al Harthy and his accompanying "
           "delegation.\n\nDr. Al Harthy, for his part, said that trade was growing.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Khalid Al-Rashed", "Said bin Hamad Al Harthy"], "Kuwait City")]


def test_a_bulleted_round_up_after_the_lead_that_dates_it_and_the_secretary_of_a_title(ex):
    r = ex("Department of Agriculture\n\nPosted on October 10, 2025 by DA Communications Group\n\nKUALA LUMPUR – "
           "Agriculture Secretary Carlos Mendoza met three of his ASEAN counterparts on Thursday on the margins of the "
           "ministers' meeting.\n\nThe Secretary held separate meetings with:\n• Sok Chenda, Minister of Agriculture "
           "of Cambodia\n• Malaysia's Minister of Agriculture, Datuk Seri Haji Ahmad bin Yusof\n• the Lao Minister of "
           "Agriculture, Bounmy Phommachanh\n\nAccording to the Lao minister, coffee farms are growing.\n")
    assert sorted((m["participants"], m["date"]) for m in r.meetings) == [
        (["Ahmad bin Yusof", "Carlos Mendoza"], "2025-10-09"), (["Bounmy Phommachanh", "Carlos Mendoza"], "2025-10-09"),
        (["Carlos Mendoza", "Sok Chenda"], "2025-10-09")]
    assert [u["speaker"] for u in r.utterances] == ["Bounmy Phommachanh"]


def test_he_the_minister_of_state_is_that_offices_holder(ex):
    r = ex("QNA\n\nSeville, July 01 (QNA) - HE Minister of State for International Cooperation Sara bint Ali Al Kuwari "
           "held on Tuesday a number of bilateral meetings in Seville.\n\nIn addition, HE the Minister of State met "
           "separately with Ethiopia's Minister of Planning HE Dr. Abebe Tadesse.\n")
    assert [m["participants"] for m in r.meetings] == [["Abebe Tadesse", "Sara bint Ali Al Kuwari"]]


def test_an_office_the_parser_hung_on_a_mixed_case_dateline_is_the_subject(ex):
    r = ex("ENA\n\nAddis Ababa, March 5/2025 (ENA) The Minister of Trade and Regional Integration held talks today "
           "with Jean Mugabo, Minister of Trade and Industry of the Republic of Rwanda.\n\nDuring the discussion, "
           "Minister Abebe Kebede indicated that Ethiopia is ready.\n")
    assert [m["participants"] for m in r.meetings] == [["Abebe Kebede", "Jean Mugabo"]]


@pytest.mark.parametrize("where, city", [
    ("in the capital, Nairobi,", "Nairobi"), ("in the Red Sea port city of Jeddah", "Jeddah"),
    ("in Port Harcourt", "Port Harcourt"), ("in Nampula", "Nampula"), ("at the Mobile World Congress", None)])
def test_the_city_after_a_description_and_cities_of_the_world_list(ex, where, city):
    r = ex(f"News\n3 March 2025\n\nPresident Erik Karlsen met President Adam Nowicki {where} on Monday.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Adam Nowicki", "Erik Karlsen"], city)]


def test_a_wire_dateline_names_a_city_of_the_world_list(ex):
    r = ex("News agency\n3 March 2025\n\nELDORET, Kenya, March 3 (KNA) - President Erik Karlsen met President Adam "
           "Nowicki on Monday.\n")
    assert [(m["place"], m["date"]) for m in r.meetings] == [("Eldoret", "2025-03-03")]


def test_a_lead_that_names_its_host_only_by_office_the_holder_named_later_and_the_day_of_the_next_sentence(ex):
    r = ex("Agency\n\nPosted: 2 October 2024\n\nLUSAKA, October 2 (ZNA) – The Minister of Energy has received his "
           "Malawian counterpart, Kondwani Mbewe, in Lusaka.\n\nDuring the meeting held on Tuesday at the ministry, "
           "Mwila Tembo said the two countries should share one power grid.\n\nMr Mbewe said Malawi wanted more "
           "electricity.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Kondwani Mbewe", "Mwila Tembo"], "2024-10-01", "Lusaka")]
    assert {p["name"]: p["title"] for p in r.people} == {"Kondwani Mbewe": "Minister of Energy",
                                                         "Mwila Tembo": "Minister of Energy"}


def test_an_agency_trailer_that_took_the_object_of_received(ex):
    r = ex("Agency\n\n6 June 2024 16:20\n\nASTANA. AGENCY – The Minister of Transport of Kazakhstan received today the "
           "Minister of Economy of Georgia Levan Gelovani, Agency correspondent reports.\n\nNurlan Sadykov informed "
           "the Georgian guest that cargo volumes had grown.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Levan Gelovani", "Nurlan Sadykov"],
                                                                     "2024-06-06")]
    assert {p["name"]: p["title"] for p in r.people}["Nurlan Sadykov"] == "Minister of Transport"


def test_the_two_met_on_a_day_dates_the_lead_that_gave_none(ex):
    r = ex("Radio\n\n20 November 2024, 5:42 pm\n\nWELLINGTON – Trade Minister Simon Hale has met Azerbaijan's economy "
           "minister Rauf Mammadli, as negotiators in Baku struggle to agree.\n\nThe two met on the sidelines of the "
           "summit in the Azerbaijani capital on Tuesday, Hale's office said.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Rauf Mammadli", "Simon Hale"], "2024-11-19")]


def test_a_forum_the_sides_may_hold_elsewhere_is_no_place_of_their_meetings(ex):
    r = ex("Agency\n\n15 May 2024\n\nYEREVAN, May 15 (AGENCY) – Minister of Economy Aram Petrosyan received Minister "
           "of Economy of Lithuania Rasa Jankute.\n\nThe two sides discussed the possibility of holding a business "
           "forum in Vilnius in the autumn.\n\nOn the same day, Rasa Jankute was received by Deputy Foreign Minister "
           "Levon Harutyunyan.\n\nThe next session of the commission is expected in Vilnius in June.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Aram Petrosyan", "Rasa Jankute"], "Yerevan"), (["Levon Harutyunyan", "Rasa Jankute"], "Yerevan")]


def test_a_participle_with_an_object_after_its_subjects_apposition_is_the_finite_verb(ex):
    r = ex("Agency News\n\n18.11.2024 14:20\n\nThe Speaker of the National Assembly, Alen Mkrtchyan, hosted on Monday "
           "a delegation of the Bundestag led by the Chairman of the Foreign Affairs Committee, Michael Rother.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Alen Mkrtchyan", "Michael Rother"], "2024-11-18")]


def test_a_name_the_parser_made_the_subject_with_the_two_diplomats_its_apposition(ex):
    r = ex("Agency News\n\n18.11.2024 14:20\n\nThe Minister of Foreign Affairs, Pedro Nsue Obama, received on Monday "
           "the Ambassadors of China and Angola. Obama welcomed them.\n\nDuring the meeting with the Ambassador of "
           "China in our country, Zhao Ming, the two diplomats discussed trade.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Pedro Nsue Obama", "Zhao Ming"], "2024-11-18")]


def test_the_one_an_envoy_acts_for_is_not_a_participant(ex):
    r = ex("News\n\n12 November 2025\n\nPresident Luis Vega's special envoy, Ana Reyes, met Prime Minister Erik "
           "Karlsen of Norway on Wednesday on the sidelines of the summit in Baku.\n")
    assert [m["participants"] for m in r.meetings] == [["Ana Reyes", "Erik Karlsen"]]


def test_a_chain_of_one_persons_offices_before_the_name_is_no_second_person(ex):
    # "President of X and Chairman of Y, Dr Z": one person's two offices (with "and the Minister of ..." it
    # would be a second person's).
    r = ex("Dar es Salaam, 4 June 2025\nToday, Minister Omar Haddad travelled to Zanzibar, where he was received at "
           "State House by the President of Zanzibar and Chairman of the Revolutionary Council, Dr Salim Juma.\n")
    assert [m["participants"] for m in r.meetings] == [["Omar Haddad", "Salim Juma"]]


def test_a_round_ups_summit_city_that_is_also_a_dictionary_noun_places_its_meetings(ex):
    # "Granada" is in the English pipeline's noun list (WordNet names places); it is still a city.
    r = ex("Daily\n\nPolitics\n\n5 October 2023\n\nPrime Minister Tom Hale used the summit in Granada on Thursday to "
           "hold a string of bilateral meetings.\n\nHe first met the President of Finland, Aino Virtanen, on the "
           "margins of the summit.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Aino Virtanen", "Tom Hale"], "Granada")]


def test_an_unnamed_office_of_a_state_with_a_long_name_is_that_states_holder(ex):
    r = ex("News\nJuly 31, 2024\n\nPrime Minister Sitiveni Rabuka phoned the President of the Republic of Vanuatu on "
           "Tuesday evening, after a visit to President Ratu Wiliame Katonivere of Fiji.\n\nPresident Nikenike "
           "Vurobaravu of Vanuatu thanked the Fijian people for their solidarity.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Nikenike Vurobaravu", "Sitiveni Rabuka"], "2024-07-30")]


def test_the_two_countries_ministers_met_after_which_they_agreed(ex):
    r = ex("The Courier\n\nThursday, July 17, 2025\n\nLome. Ghana and Togo have agreed to lift the barriers, after "
           "the two countries' fisheries ministers met in Lome on Wednesday.\n\nTogo's Minister for Fisheries, Mr "
           "Koffi Agbeko, told reporters that the decision would take effect soon.\n\nGhana's Cabinet Secretary for "
           "Fisheries and Aquaculture, Mr Kwame Osei, said that trade had doubled.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Koffi Agbeko", "Kwame Osei"], "2025-07-16")]


def test_a_round_ups_pronoun_is_its_host_and_its_city_the_events_not_a_summit_named_in_passing(ex):
    r = ex("Agency\n\n18.02.2024, 19:05\n\nMunich (Agency) - NATO Secretary General Jens Stoltenberg used the Munich "
           "Security Conference for a series of bilateral meetings on the alliance's summit in Washington.\n\nOn "
           "Friday, Stoltenberg met US Vice President Kamala Harris at the conference hotel. Harris assured the "
           "secretary general of support.\n\nOn Saturday, he held separate meetings with British Foreign Secretary "
           "David Cameron and European Parliament President Roberta Metsola.\n")
    assert [(m["participants"], m["place"], m["date"]) for m in r.meetings] == [
        (["Jens Stoltenberg", "Kamala Harris"], "Munich", "2024-02-16"),
        (["David Cameron", "Jens Stoltenberg"], "Munich", "2024-02-17"),
        (["Jens Stoltenberg", "Roberta Metsola"], "Munich", "2024-02-17")]


def test_earlier_this_week_is_a_call_without_a_day_and_the_same_pairs_undated_talk_joins_its_dated_one(ex):
    r = ex("MOSCOW, March 14, 2024 (Agency) - Deputy Prime Minister Ivan Sokolov held a video call with Uzbek "
           "Minister Aziz Karimov on Thursday.\n\nEarlier this week, Ivan Sokolov also discussed by telephone the "
           "forum with Belarusian Deputy Prime Minister Pavel Lutsky.\n")
    assert [(m["participants"], m["date"], m["kind"]) for m in r.meetings] == [
        (["Aziz Karimov", "Ivan Sokolov"], "2024-03-14", "video"), (["Ivan Sokolov", "Pavel Lutsky"], None, "phone")]
    r = ex("Department of Foreign Affairs\n\n9 June 2022\n\nMinister Sean Walsh received Foreign Minister Ilkka "
           "Virtanen in Dublin today.\n\nSean Walsh: We also discussed trade, and I briefed the Minister on the bill "
           "published in London this week.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Ilkka Virtanen", "Sean Walsh"], "2022-06-09")]


def test_the_first_and_second_of_a_round_ups_calls_and_honorifics_of_the_commonwealth(ex):
    base = ("OSLO, 25 May 2023 (Agency) - Minister of International Development Anne Lie held two telephone "
            "conversations on Thursday about Sudan.\n\n{}\n\nLie later spoke by phone with the European Commissioner "
            "for Crisis Management, Janez Novak.\n")
    for first in ("The first conversation took place at the request of Sweden's Minister for Foreign Trade, Johan "
                  "Berg.", "The first call, made at the request of Sweden, was with Minister for Foreign Trade Johan "
                  "Berg and dealt with refugees."):
        r = ex(base.format(first))
        assert [(m["participants"], m["kind"], m["date"]) for m in r.meetings] == [
            (["Anne Lie", "Johan Berg"], "phone", "2023-05-25"), (["Anne Lie", "Janez Novak"], "phone", "2023-05-25")]
    r = ex("WINDHOEK, 27 September 2023 (Agency) - Prime Minister Saara Nangolo received Rt Hon. Phandu Kgosi and "
           "Adv. Jacob Moyo on Wednesday.\n")
    assert [p["name"] for p in r.people] == ["Saara Nangolo", "Phandu Kgosi", "Jacob Moyo"]


def test_met_with_colon_and_one_line_per_counterpart_each_with_its_day_and_place(ex):
    r = ex("Agency\n\nUNHCR Director General Concludes First Official Visit to Peru\n\nLima, 25 January 2024 - UNHCR "
           "Director General Ana Silva on Wednesday concluded a three-day visit to Peru.\n\nDuring the visit, the "
           "Director General met with:\n\n- Minister of the Interior Jorge Quispe, on Monday at the ministry in Lima;"
           "\n- Minister of Health Rosa Huaman, on Tuesday morning, also in the capital;\n- Governor Pedro Mamani, on "
           "Wednesday, at a reception centre in Tacna.\n")
    assert [(m["participants"], m["place"], m["date"]) for m in r.meetings] == [
        (["Ana Silva", "Jorge Quispe"], "Lima", "2024-01-22"), (["Ana Silva", "Rosa Huaman"], "Lima", "2024-01-23"),
        (["Ana Silva", "Pedro Mamani"], "Tacna", "2024-01-24")]
    assert "Official Visit" not in [p["name"] for p in r.people]


def test_a_visitor_named_by_a_two_word_demonym_is_not_the_host_of_the_same_office(ex):
    r = ex("ISLAMABAD, Nov 14 (Agency) - Caretaker Prime Minister Anwar Kakar held talks with Sri Lankan Prime "
           "Minister Dinesh Perera in Islamabad on Tuesday.\n\nLater in the day, the Sri Lankan prime minister called "
           "on President Dr Arif Rana at the Aiwan-e-Sadr.\n")
    assert sorted(m["participants"] for m in r.meetings) == [["Anwar Kakar", "Dinesh Perera"],
                                                               ["Arif Rana", "Dinesh Perera"]]


def test_a_name_the_tagger_reads_as_a_verb_does_not_take_the_meetings_day(ex):
    r = ex("Thursday, October 12, 2023\n\nJAKARTA – Vice President John Amin received Prime Minister of the Kingdom "
           "of Bhutan Lotay Tshering at the Vice Presidential Palace on Wednesday afternoon, on the second day of the "
           "visit.\n")
    assert [(m["date"], m["date_from"]) for m in r.meetings] == [("2023-10-11", "text")]


def test_a_meeting_named_after_a_sentence_that_dates_it_takes_that_day(ex):
    r = ex("\n\n".join([
        "Agency | National News\nHome » Diplomacy", "Regional chiefs hold first trilateral meeting",
        "13 Mar 2024, 19:05 | Update: 13 Mar 2024, 19:20",
        "DHAKA, March 13, 2024 (BSS) - The heads of the secretariats of SAARC, BIMSTEC and the Indian Ocean Rim "
        "Association (IORA) held their first-ever trilateral meeting in the capital yesterday to explore joint work "
        "on disaster management.",
        "SAARC Secretary General Karim Sarwar, BIMSTEC Secretary General Anil Pandey and IORA Secretary General "
        "Salim Farisi met at the BIMSTEC Secretariat in Gulshan, officials said.",
        "Before the trilateral session, Pandey and Sarwar held a separate bilateral meeting.\n"]))
    dates = {len(m["participants"]): (m["date"], m["date_from"]) for m in r.meetings}
    assert dates == {3: ("2024-03-12", "text"), 2: ("2024-03-12", "text")}


def test_an_advocates_abbreviation_does_not_end_the_sentence_of_a_trilateral_meeting(ex):
    r = ex("Published 26 October 2023\n\nMAPUTO - The President of the Assembly of the Republic, Ana Bila, hosted a "
           "trilateral meeting in Maputo on Wednesday with the Speaker of the National Assembly of South Africa, "
           "Thandi Mokoena, and the Speaker of the National Assembly of Zimbabwe, Adv. Jacob Moyo.\n")
    assert [m["participants"] for m in r.meetings] == [["Ana Bila", "Jacob Moyo", "Thandi Mokoena"]]


def test_the_three_ministers_named_before_hold_one_meeting_with_the_one_they_met(ex):
    r = ex("News Agency\n\nBy Staff | June 15, 2023\n\nMinisters from Ireland, Germany and France arrived in Nairobi "
           "on Tuesday for a joint visit.\n\nIreland's Minister of State for Development, Sean Flynn, Germany's "
           "Minister of State, Katja Roth, and France's Minister of State for Development, Claire Dubois, are "
           "travelling together.\n\nYesterday morning, the three ministers held a meeting with the Executive Director "
           "of UN-Habitat, Amina Sharif, at the agency's headquarters in Nairobi.\n")
    assert [m["participants"] for m in r.meetings] == [["Amina Sharif", "Claire Dubois", "Katja Roth", "Sean Flynn"]]


def test_the_delegation_that_meets_later_is_its_leader_named_paragraphs_before(ex):
    r = ex("Parliament News\n\nPublished on: Tuesday, 13 June 2023\n\nThe Speaker of Parliament, Rt. Hon. Anna Kato, "
           "is leading a parliamentary delegation on a four-day visit to Dhaka.\n\nThe delegation includes the Chief "
           "Whip, Hon. Denis Okello, and the Chairperson of the Committee on Trade, Hon. Agnes Nabirye.\n\nKato said "
           "that Uganda wanted to learn from Bangladesh's garment industry. She added that the two Parliaments should "
           "establish a friendship group.\n\nOkello noted that coffee exports were growing and that tea would follow "
           "next year.\n\nOn Monday, the delegation met the Chief Whip of the Jatiya Sangsad, Rahim Chowdhury, at the "
           "parliament building.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Anna Kato", "Rahim Chowdhury"], "2023-06-12")]


def test_the_visitors_who_held_a_meeting_together_are_received_together(ex):
    r = ex("News Agency\n\nBy Staff | June 15, 2023\n\nIreland's Minister of State for Development, Sean Flynn, "
           "Germany's Minister of State, Katja Roth, and France's Minister of State for Development, Claire Dubois, "
           "are travelling together.\n\nYesterday morning, the three ministers held a meeting with the Executive "
           "Director of UN-Habitat, Amina Sharif, in Nairobi.\n\nLater in the day, the visitors were received by "
           "Nairobi County Governor Johnson Mwangi at City Hall.\n")
    assert sorted(m["participants"] for m in r.meetings) == [
        ["Amina Sharif", "Claire Dubois", "Katja Roth", "Sean Flynn"],
        ["Claire Dubois", "Johnson Mwangi", "Katja Roth", "Sean Flynn"]]


def test_a_reception_of_two_where_the_three_held_talks_is_one_meeting_and_separate_meetings_with_each(ex):
    r = ex("Published 20 February 2024\n\nBAGHDAD - Speaker Ali Hassan received the President of the Egyptian "
           "Senate, Omar Razek, and the President of the Jordanian Senate, Faisal Fayez, at the parliament building, "
           "where the three held talks on Tuesday.\n\nAfter the session, Hassan held separate bilateral meetings "
           "with each of his guests.\n")
    assert sorted(m["participants"] for m in r.meetings) == [
        ["Ali Hassan", "Faisal Fayez"], ["Ali Hassan", "Faisal Fayez", "Omar Razek"], ["Ali Hassan", "Omar Razek"]]


def test_a_day_heading_that_names_whom_the_day_was_spent_with_dates_its_meetings(ex):
    r = ex("AU Press Release\n\nPublished 19 February 2024\n\nADDIS ABABA - The Commissioner, Josefa Sacko, held "
           "bilateral meetings on the margins of the summit.\n\nThursday 15 February - Kenya\nThe Commissioner met "
           "Cabinet Secretary Mithika Kirui.\n\nFriday 16 February - Ghana and Malawi\nIn the morning, Commissioner "
           "Sacko held talks with Minister Bryan Mensah.\n")
    assert sorted((m["participants"], m["date"]) for m in r.meetings) == [
        (["Bryan Mensah", "Josefa Sacko"], "2024-02-16"), (["Josefa Sacko", "Mithika Kirui"], "2024-02-15")]


def test_a_councils_session_with_named_members_taking_part_is_no_meeting_of_theirs(ex):
    r = ex("Press release\n25 March 2024 18:40\n\nBrussels - The Environment Council met today in Brussels, with the "
           "environment ministers of the member states, Commissioner for Environment Jonas Petraitis and Commissioner "
           "for Climate Action Pieter de Vries taking part.\n\nThe meeting was chaired by Alain Dubois, Minister of "
           "the Brussels-Capital Region.\n\n\"Our forests are Europe's lungs,\" Dubois said at the press conference. "
           "Dubois added that 14 member states had asked for more time.\n")
    assert r.meetings == []


def test_a_name_the_parser_hung_with_the_end_of_its_office_on_the_verb_is_the_one_met(ex):
    r = ex("Published 5 December 2023\n\nDUBAI - Cabinet Secretary Mary Tuma held bilateral meetings on the sidelines "
           "of COP28.\n\nTuma met Germany's State Secretary and Special Envoy for International Climate Action "
           "Johanna Berg, who said that Germany was ready to support the roadmap.\n")
    assert [m["participants"] for m in r.meetings] == [["Johanna Berg", "Mary Tuma"]]


def test_welcomed_to_a_small_capital_is_met_there(ex):
    r = ex("24 November 2023\n\nThe Chief Minister, Deputy Karen Moss, welcomed the Chief Minister of the Isle of "
           "Man, Alan Kerr, and the President of the Policy and Resources Committee of Guernsey, Deputy Lionel "
           "Trent, to St Helier today for their annual trilateral meeting.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Alan Kerr", "Karen Moss", "Lionel Trent"], "St Helier")]


def test_a_trilateral_of_unnamed_ministers_and_the_list_of_who_took_part(ex):
    r = ex("Published 15 June 2023\n\nNAIROBI - Energy ministers from Kenya, Ethiopia and Djibouti today held a "
           "trilateral meeting at the Ministry of Energy in Nairobi.\n\nTaking part were:\n- David Kiprono, Cabinet "
           "Secretary for Energy, Kenya\n- Habte Itana, Minister of Water and Energy, Ethiopia\n- Yonis Guedi, "
           "Minister of Energy, Djibouti\n\nKiprono said that trade was growing.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["David Kiprono", "Habte Itana", "Yonis Guedi"], "2023-06-15")]


def test_one_who_joined_the_talks_is_a_participant_of_that_meeting(ex):
    r = ex("Published 5 October 2022\n\nBAMAKO - The Prime Minister, Abdou Keita, received the bank's President, "
           "Serge Koffi, on Wednesday. He was joined at the table by the fund's President, George Mensah.\n")
    assert [m["participants"] for m in r.meetings] == [["Abdou Keita", "George Mensah", "Serge Koffi"]]
    r = ex("Published 5 October 2022\n\nBAMAKO - The Prime Minister, Abdou Keita, received the bank's President, "
           "Serge Koffi, on Wednesday. He was accompanied by his wife, Awa Keita.\n")
    assert [m["participants"] for m in r.meetings] == [["Abdou Keita", "Serge Koffi"]]


def test_talks_at_a_ministry_with_a_name_the_parser_hung_on_the_ministry(ex):
    r = ex("Published 20 July 2023\n\nLima, Jul 20 (Agency) Earlier in the day, Catherine Russell held talks at the "
           "Ministry of Foreign Affairs and Worship with Foreign Minister Ana Cecilia Gervasi, who told her that Peru "
           "needed funding.\n")
    assert [m["participants"] for m in r.meetings] == [["Ana Cecilia Gervasi", "Catherine Russell"]]


def test_a_district_the_gazetteer_lacks_is_in_the_storys_city_but_a_town_is_itself(ex):
    r = ex("Published 6 March 2024\n\nTwo ministers from Norway and Chile arrived in Nairobi on Monday for a visit "
           "on water and jobs.\n\nOn Tuesday, the two ministers, Anne Lund and Pablo Rojas, held a meeting with the "
           "agency's Executive Director, Inger Dahl, at its headquarters in Muthaiga.\n")
    assert [m["place"] for m in r.meetings] == ["Nairobi"]
    r = ex("Published 6 March 2024\n\nTwo ministers from Norway and Chile arrived in Mexico City on Monday for a "
           "visit on migration.\n\nOn Tuesday, the two ministers, Anne Lund and Pablo Rojas, held a meeting with the "
           "institute's Commissioner, Hugo Soto, at a reception centre in Tapachula.\n")
    assert [m["place"] for m in r.meetings] == ["Tapachula"]


def test_a_round_ups_day_list_under_a_short_intro_line(ex):
    r = ex("Tuesday, 14 May 2024\n\nDeputy Minister of Trade Amara Silva, who led her country's delegation to the "
           "bank's annual meeting in Baku, held a number of bilateral meetings on its sidelines.\n\nHer meetings:\n"
           "• Friday: the bank's President Ken Oyama\n• Saturday: Ghana's Trade Minister Kofi Mensah, and Peru's "
           "Minister of Production Rosa Vidal\n\nSilva also met Vidal the same day.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Amara Silva", "Ken Oyama"], "2024-05-10"),
        (["Amara Silva", "Kofi Mensah"], "2024-05-11"),
        (["Amara Silva", "Rosa Vidal"], "2024-05-11")]


def test_a_series_of_bilateral_meetings_sets_the_scene_and_a_name_after_an_acronym(ex):
    r = ex("Lima, April 19, 2024\n\nThe Minister of Finance, Rosa Paredes, concluded her participation in the "
           "Spring Meetings in Washington, D.C., where she held a series of bilateral meetings.\n\n"
           "Wednesday, April 17\nParedes held talks with the President of the Caribbean Development Bank (CDB), "
           "Daniel Best, at the Bank's headquarters.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Daniel Best", "Rosa Paredes"], "2024-04-17", "Washington")]


def test_a_district_of_a_city_named_by_its_possessive_and_a_venue_ending_with_its_city(ex):
    r = ex("Published 9 May 2024\n\nMinister for European Affairs Jan Novak received Georgia's Deputy Minister Ana "
           "Beridze on Wednesday at the Liechtenstein Palace, the seat of the government in Prague's Malá Strana "
           "district.\n")
    assert [m["place"] for m in r.meetings] == ["Prague"]
    r = ex("Published 9 Dec 2023\n\nOn the sidelines of the conference at Expo City Dubai, Minister Ana Beridze met on "
           "Saturday with the UNDP Administrator, Tom Keller.\n")
    assert [m["place"] for m in r.meetings] == ["Dubai"]


def test_a_meeting_after_the_session_or_the_same_day_is_where_the_one_before_was(ex):
    r = ex("Published 9 Dec 2023\n\nMinister Ana Beridze held a series of bilateral meetings in Abu Dhabi and Dubai "
           "over the weekend.\n\nOn Saturday, Beridze met with the UNDP Administrator, Tom Keller, at Expo City "
           "Dubai.\n\nThe minister also held talks the same day with Jordan's Minister of Environment Omar Haddad at "
           "the Jordanian pavilion.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Ana Beridze", "Tom Keller"], "Dubai"), (["Ana Beridze", "Omar Haddad"], "Dubai")]
    r = ex("Published 9 May 2024\n\nThe economy ministers of Bulgaria and Romania and Greece's deputy foreign "
           "minister met on Wednesday at the Boyana Residence in Sofia's Boyana district for a trilateral meeting.\n\n"
           "Bulgaria was represented by Minister of Economy Ivan Petrov, who hosted the talks. Romania's Minister of "
           "Economy Dan Pop and Greek Deputy Minister of Foreign Affairs Nikos Kostas led their delegations.\n\nAfter "
           "the trilateral session, Petrov and Pop held a separate bilateral meeting at the residence.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings][-1] == (["Dan Pop", "Ivan Petrov"], "Sofia")


def test_one_present_at_a_reception_is_no_guest(ex):
    r = ex("Published 27 February 2024\n\nBAGHDAD - Minister of Planning, H.E. Dr. Karim Hadi, received today a "
           "delegation from the fund led by H.E. Dr. Omar Nasser, Chairman of the fund, in the presence of the Deputy "
           "Minister of Planning for Technical Affairs, Eng. Salim Abbas.\n")
    assert [m["participants"] for m in r.meetings] == [["Karim Hadi", "Omar Nasser"]]


def test_a_round_ups_scene_is_the_place_after_its_setting_words(ex):
    r = ex("1 December 2023\n\nSKOPJE - Ambassador Aliya Bekova, the Permanent Representative in Vienna, held a "
           "number of bilateral meetings in the North Macedonian capital.\n\nOn Thursday, Bekova held talks with "
           "Deputy Foreign Minister of Armenia Vahe Arakelyan.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Aliya Bekova", "Vahe Arakelyan"], "Skopje")]


def test_a_read_outs_foreign_minister_among_other_ministers_of_foreign_affairs(ex):
    r = ex("Ministry of Foreign Affairs, Malaysia\n\nPRESS RELEASE\n\nThe Honourable Azman Hashim, Minister of Foreign "
           "Affairs, held a series of bilateral meetings on the sidelines of the ASEAN meeting in Phnom Penh.\n\n"
           "In the morning of 4 August 2022, the Foreign Minister held a bilateral meeting with H.E. Somchai Wong, "
           "Deputy Prime Minister and Minister of Foreign Affairs of Thailand. H.E. Somchai said that trade had "
           "grown.\n\nOn 3 August 2022, the Foreign Minister met H.E. Sok Dara, Secretary of State of the Ministry of "
           "Foreign Affairs of Cambodia.\n")
    assert [(m["participants"], m["date"], m["place"]) for m in r.meetings] == [
        (["Azman Hashim", "Somchai Wong"], "2022-08-04", "Phnom Penh"),
        (["Azman Hashim", "Sok Dara"], "2022-08-03", "Phnom Penh")]


def test_an_officer_of_a_foreign_ministry_puts_no_meeting_in_its_capital(ex):
    r = ex("Published 2 March 2024\n\nAntalya, 2 March - Deputy Minister Arben Krasniqi has held a round of bilateral "
           "meetings on the margins of the forum.\n\nOn Friday, Krasniqi received the Secretary General of the "
           "Estonian Ministry of Foreign Affairs, Mart Kask, at the delegation's office.\n")
    assert [(m["participants"], m["place"]) for m in r.meetings] == [(["Arben Krasniqi", "Mart Kask"], "Antalya")]


def test_a_meeting_the_speaker_tells_of_in_the_first_person(ex):
    r = ex("Published 2 March 2024\n\nAntalya, 2 March - \"My meeting with EU envoy Tamas Varga this morning was frank "
           "and long,\" Deputy Minister Arben Krasniqi told the agency on Saturday.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [(["Arben Krasniqi", "Tamas Varga"], "2024-03-02")]


def test_a_groups_meeting_and_who_took_part_in_the_next_sentences(ex):
    r = ex("13.10.2023\n\nTASHKENT, 13 October - The deputy foreign ministers of the five Central Asian states met in "
           "Tashkent today for consultations.\n\nThe Uzbek side was represented by Deputy Minister Akmal Saidov, who "
           "chaired the meeting. Taking part were Deputy Minister of Kazakhstan Erlan Abenov, Deputy Minister of "
           "Kyrgyzstan Talant Usupov and Deputy Minister of Tajikistan Farhod Rahimov.\n")
    assert [(m["participants"], m["date"]) for m in r.meetings] == [
        (["Akmal Saidov", "Erlan Abenov", "Farhod Rahimov", "Talant Usupov"], "2023-10-13")]
    r = ex("Published 18 March 2022\n\nMinisters in charge of roads from three countries on the corridor on Thursday "
           "met in Accra.\n\nThe meeting was chaired by Ghana's Minister for Roads, Kofi Mensah. He was joined by "
           "Nigeria's Minister of Works, Tunde Bello, and Togo's Minister of Infrastructure, Koffi Agbo.\n")
    assert [m["participants"] for m in r.meetings] == [["Koffi Agbo", "Kofi Mensah", "Tunde Bello"]]


def test_a_call_with_an_office_whose_name_the_parser_hung_elsewhere_and_a_nickname(ex):
    r = ex("Published 16 January 2024\n\nTUNIS - Secretary of State Karim Ben Salah spoke by phone on Monday with the "
           "Secretary-General of the Algerian Ministry of Foreign Affairs and National Community Abroad, Amine "
           "Hadjadj.\n\nMANILA - Secretary Maria \"Bing\" Santos held a telephone conversation with Minister Ravi "
           "Kumar on Tuesday.\n")
    assert [(m["participants"], m["kind"]) for m in r.meetings] == [
        (["Amine Hadjadj", "Karim Ben Salah"], "phone"), (["Maria Santos", "Ravi Kumar"], "phone")]


def test_a_states_diplomat_is_not_an_organisations_official_of_no_country(ex):
    r = ex("1 December 2023\n\nSKOPJE - Ambassador Aliya Bekova held a number of bilateral meetings in the capital.\n\n"
           "Bekova had a meeting with the EU Special Representative for Central Asia, Tiina Mets, on Friday morning. "
           "Mets noted that transport links mattered.\n\nThe Kazakh diplomat also sat down with Secretary General "
           "Hanna Brandt on Friday.\n")
    assert [m["participants"] for m in r.meetings] == [["Aliya Bekova", "Tiina Mets"], ["Aliya Bekova", "Hanna Brandt"]]


def test_his_in_a_fronted_phrase_is_the_subject_named_after_it(ex):
    # "his" opens the clause whose subject it stands for, not the man of the sentence before
    text = ("date 2023-09-10\nPrime Minister Anil Varma met French President Emmanuel Macron and German "
            "Chancellor Olaf Scholz on Sunday.\nScholz said the talks were useful.\nOn his meeting with Macron, "
            "Prime Minister Varma said they discussed a series of topics.\n")
    pairs = sorted(sorted(m["participants"]) for m in ex(text).meetings)
    assert ["Emmanuel Macron", "Olaf Scholz"] not in pairs
    assert ["Anil Varma", "Emmanuel Macron"] in pairs


def test_the_leaders_after_separate_bilaterals_are_no_group_meeting(ex):
    text = ("date 2023-09-10\nOn the sidelines of the summit, Prime Minister Anil Varma met President Yoon Suk Yeol, "
            "President Recep Tayyip Erdogan and President Azali Assoumani.\nScholz said that at the summit the "
            "leaders have engaged in a new interaction between the North and the South.\n")
    assert sorted(len(m["participants"]) for m in ex(text).meetings) == [2, 2, 2]


def test_meeting_as_the_setting_of_a_request_is_held(ex):
    text = ("date 2015-11-17\nDuring the meeting with President of Ruritania Karl Brandt on Monday, Prime Minister "
            "Anil Varma sought the support of the country for membership of the export control regimes.\n")
    assert summary(ex(text)) == [(["Anil Varma", "Karl Brandt"], "2015-11-16", None, "in_person")]
    asked = ex("date 2015-11-17\nPrime Minister Anil Varma sought a meeting with President Karl Brandt on Monday.\n")
    assert asked.meetings == []


@pytest.mark.parametrize("next_sentence", [
    "The head of the delegation, Ambassador Omar Haddad, congratulated the minister on her new post.",
    "Chairman of the council, Ambassador Omar Haddad, congratulated the minister on her new post.",
    "The delegation was led by Ambassador Omar Haddad, a former envoy to Cairo.",
])
def test_delegation_received_without_a_name_is_led_by_the_one_named_next(ex, next_sentence):
    text = ("Published: 2019-11-19\n\nKhartoum - The Minister of Foreign Affairs, Laila Osman, on Monday received at "
            f"her office a delegation of the Council for External Relations.\n\n{next_sentence}\n")
    assert summary(ex(text)) == [(["Laila Osman", "Omar Haddad"], "2019-11-18", "Khartoum", "in_person")]


def test_a_person_named_later_is_no_leader_of_an_unnamed_delegation(ex):
    text = ("Published: 2019-11-19\n\nKhartoum - The Minister of Foreign Affairs, Laila Osman, on Monday received at "
            "her office a delegation of the Council for External Relations.\n\nThe chairman of the bank, Omar Haddad, "
            "said on Tuesday that rates would fall.\n")
    assert ex(text).meetings == []


def test_began_a_trip_by_meeting_with(ex):
    text = ("date 2023-01-23\nPresident Karl Brandt arrived at the presidential palace in Buenos Aires as he began "
            "his first foreign trip by meeting with his Argentine counterpart Alberto Fernández.\n")
    assert summary(ex(text)) == [(["Alberto Fernández", "Karl Brandt"], "2023-01-23", "Buenos Aires", "in_person")]
    planned = ex("date 2023-01-23\nPresident Karl Brandt will begin his trip by meeting with Alberto Fernández.\n")
    assert planned.meetings == []


def test_video_talks_are_a_video_meeting(ex):
    text = ("date 2020-12-23\nSEOUL, Dec. 23 (Yonhap) -- First Vice Foreign Minister Choi Jong-kun held video talks "
            "with Indian Foreign Secretary Harsh Vardhan Shringla on Wednesday.\n")
    assert [m["kind"] for m in ex(text).meetings] == ["video"]


def test_with_x_opening_a_round_up_sentence_is_the_hosts_meeting(ex):
    text = ("date 2025-07-11\nPUTRAJAYA: Prime Minister Anwar Ibrahim held bilateral discussions with ministers of "
            "seven nations on the sidelines of the ASEAN Foreign Ministers' Meeting on Friday.\n\nWith Chinese Foreign "
            "Minister Wang Yi, Anwar reviewed the economic ties between the two countries.\n\nIn discussions with "
            "Australian Foreign Minister Penny Wong, Anwar highlighted investment in smart manufacturing.\n")
    pairs = sorted(sorted(m["participants"]) for m in ex(text).meetings)
    assert pairs == [["Anwar Ibrahim", "Penny Wong"], ["Anwar Ibrahim", "Wang Yi"]]


def test_with_x_outside_a_round_up_is_no_meeting(ex):
    text = ("date 2025-07-11\nWith Chinese Foreign Minister Wang Yi, Prime Minister Anwar Ibrahim shared a stage "
            "at the forum on Friday.\n")
    assert ex(text).meetings == []


def test_wire_live_is_holding_talks_today(ex):
    text = ("HANOI, November 19. /AGENCY/. Prime Minister Anil Varma, who is on an official visit to Vietnam, is "
            "holding talks with Vietnamese Prime Minister Nguyen Xuan Phuc on Monday.\n")
    dated = ex("Mon, 11/19/2018 - 10:51\n\n" + text)
    assert summary(dated) == [(["Anil Varma", "Nguyen Xuan Phuc"], "2018-11-19", "Hanoi", "in_person")]
    later = ex("Mon, 11/19/2018 - 10:51\n\n" + text.replace("on Monday", "next week"))
    assert later.meetings == []


def test_leaders_of_named_countries_after_separate_bilaterals_are_not_those_met(ex):
    text = ("Addis Ababa, February 11, 2019 (FBC) - Prime Minister Abiy Ahmed conferred with President of Botswana "
            "Mokgweetsi Masisi and President of Ghana Nana Akufo-Addo.\n\nThe Prime Minister also met with the "
            "leaders of Algeria, Morocco and Tunisia to discuss issues of mutual interest.\n")
    assert sorted(len(m["participants"]) for m in ex(text).meetings) == [2, 2]


def test_day_of_the_talks_a_long_subject_sentence_names(ex):
    text = ("Published: 2020-07-10\n\nParty General Secretary and State President Nguyen Phu Trong and President of "
            "the Cambodian People's Party (CPP) and Prime Minister Hun Sen discussed issues regarding the relations "
            "between the two nations during their phone talks on July 9.\n")
    assert summary(ex(text)) == [(["Hun Sen", "Nguyen Phu Trong"], "2020-07-09", None, "phone")]


def test_separate_calls_of_two_with_one_are_two_calls(ex):
    text = ("July 28, 2023\n\nUS Vice President Kamala Harris and United Nations Secretary-General Antonio Guterres "
            "in separate telephone calls Thursday evening with President Bola Tinubu affirmed their support.\n")
    pairs = sorted(sorted(m["participants"]) for m in ex(text).meetings)
    assert pairs == [["António Guterres", "Bola Tinubu"], ["Bola Tinubu", "Kamala Harris"]]


def test_presidential_palace_named_after_its_city(ex):
    text = ("date 2022-03-31\n\nPresident Joko Widodo held talks with Prime Minister James Marape at the Bogor "
            "Presidential Palace on Thursday.\n")
    assert [m["place"] for m in ex(text).meetings] == ["Bogor"]
    other = ex("date 2022-03-31\n\nPrime Minister Nicolae Ciuca received Prime Minister Mateusz Morawiecki at the "
               "Victoria Palace on Thursday.\n")
    assert [m["place"] for m in other.meetings] != ["Victoria"]


def test_travelled_somewhere_meeting_with_x(ex):
    text = ("On May 5, 2022, the President of Mexico, Andrés Manuel López Obrador, traveled to Guatemala, meeting with "
            "the President of Guatemala, Alejandro Giammattei, to discuss the bilateral agenda.\n")
    assert [(m["participants"], m["date"]) for m in ex(text).meetings] == [
        (["Alejandro Giammattei", "Andrés Manuel López Obrador"], "2022-05-05")]
    plan = ex("On May 5, 2022, President Andrés Manuel López Obrador traveled to Guatemala before meeting with "
              "President Alejandro Giammattei next week.\n")
    assert plan.meetings == []


def test_the_meeting_was_held_at_a_conference_named_for_its_city(ex):
    text = ("date 2025-02-15\n\nFijian Prime Minister Sitiveni Rabuka and New Zealand's Minister for Defence Judith "
            "Collins held discussions on cooperation between the two nations.\n\nThe meeting was held on the margins "
            "of the 61st session of the Munich Security Conference in Germany.\n")
    assert [m["place"] for m in ex(text).meetings] == ["Munich"]
    ticad = ex("date 2025-08-21\n\nOn the sidelines of the Ninth Tokyo International Conference on African "
               "Development, President Emmerson Mnangagwa met Malawian President Lazarus Chakwera.\n")
    assert [m["place"] for m in ticad.meetings] != ["Tokyo"]
