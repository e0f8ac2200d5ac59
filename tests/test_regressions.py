"""Cases that once went wrong, pinned so they stay fixed (invented texts)."""

from __future__ import annotations

import pytest

import summitry
from summitry.components.places import country_code
from summitry.components.titles import clean_title


@pytest.mark.parametrize("word", ["by", "in", "to", "at", "PM", "FM"])
def test_short_words_are_not_country_codes(word):
    assert country_code(word) is None


def test_upper_case_abbreviations_are_country_codes():
    assert country_code("US") == "US"
    assert country_code("UAE") == "AE"


def test_title_is_not_glued_to_a_place_before_by(ex):
    r = ex(
        "Baku, 5 May 2023\nOn arrival, President Vladimir Putin was welcomed in Baku by Prime Minister Ali Asadov.\n"
    )
    assert r.person("Ali Asadov")["title"] == "Prime Minister"


def test_abbreviated_titles_with_demonyms():
    assert clean_title("Kazakh PM") == ("Prime Minister", "KZ")


def test_airport_named_after_a_person_is_not_a_person(ex):
    r = ex(
        "Baku, 5 May 2023\nPresident Ilham Aliyev was welcomed at the Heydar Aliyev International Airport "
        "by Prime Minister Ali Asadov.\n"
    )
    assert "Heydar Aliyev" not in r.names()
    assert r.person("Ali Asadov")["title"] == "Prime Minister"


def test_possessive_surname_in_a_speech_heading(ex):
    r = ex(
        "New Delhi, 5 May 2023\nPrime Minister Narendra Modi addressed the parliament.\n\n"
        "The main points of Modi's speech:\n\n• exports grew by 9% last year;\n• 40 new airports opened.\n"
    )
    turn = r.turn_containing("exports grew by 9%")
    assert turn["speaker"] == "Narendra Modi"
    assert "40 new airports" in r.span(turn)


def test_first_sentence_of_a_dash_turn_stops_at_the_line_end(ex):
    r = ex(
        "Moscow, 5 May 2023\nPresident Vladimir Putin said:\n\n- I am very glad to see you\n- Our trade is growing.\n"
    )
    turn = r.turn_containing("I am very glad")
    assert turn["quote"] == "I am very glad to see you"


def test_speaker_span_has_no_surrounding_space(ex):
    r = ex("Berlin, 5 May 2023\n“We will keep supporting our partners,” Chancellor Olaf Scholz said.\n")
    (turn,) = r.utterances
    s, e = turn["speaker_span"]
    assert r.text[s:e] == r.text[s:e].strip()
    assert "Scholz" in r.text[s:e]


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation arrived at 15:20 and the sides signed 12 agreements.",
        "The logo is 16 px wide and the sides signed 12 agreements.",
        "Page 3 of the report says the sides signed 12 agreements.",
        "At 9.30 the sides signed 12 agreements.",
        "Under Resolution 2231 the sides signed 12 agreements.",
    ],
)
def test_bare_numbers_do_not_borrow_a_count(ex, sentence):
    r = ex("Baku, 5 May 2023\n" + sentence + "\n")
    assert r.amount_quotes() == ["12 agreements"]


def test_listed_bare_numbers_still_borrow_the_unit(ex):
    r = ex("Baku, 5 May 2023\nWe have about a million pupils: 600,000 in city schools and 400,000 in villages.\n")
    assert {a["quote"]: a["unit"] for a in r.amounts} == {
        "about a million pupils": "pupils",
        "600,000": "pupils",
        "400,000": "pupils",
    }


def test_so_called_is_not_a_phone_call(ex):
    r = ex(
        "Moscow, 5 May 2023\nPresident Vladimir Putin met President Ilham Aliyev in the Kremlin. "
        "The sides discussed the so-called green corridor.\n"
    )
    assert [m["kind"] for m in r.meetings] == ["in_person"]


def test_online_platform_does_not_make_a_video_call(ex):
    r = ex(
        "Moscow, 5 May 2023\nPresident Vladimir Putin met President Ilham Aliyev in the Kremlin. "
        "The leaders discussed a new online trade platform.\n"
    )
    assert [m["kind"] for m in r.meetings] == ["in_person"]


def test_dateline_with_day_before_month_gives_the_city(ex):
    r = ex(
        "Tashkent, 12 October 2022\nPresident Shavkat Mirziyoyev met President Kassym-Jomart Tokayev on Wednesday.\n"
    )
    assert [(m["place"], m["date"]) for m in r.meetings] == [("Tashkent", "2022-10-12")]


def test_lone_surrogates_are_a_clear_error():
    with pytest.raises(ValueError, match="not valid Unicode"):
        summitry.extract("President \ud800 said")


def test_dash_turn_after_an_intro_has_a_speaker_span(ex):
    r = ex("Astana, 5 May 2023\nOpening the talks, President Kassym-Jomart Tokayev said:\n\n- Welcome to Astana.\n")
    (turn,) = r.utterances
    s, e = turn["speaker_span"]
    assert r.text[s:e] == "Kassym-Jomart Tokayev"


def test_calling_someone_names_is_not_a_phone_call(ex):
    r = ex(
        " date 2024-01-05 \n"
        "French President Emmanuel Macron called Russian President Vladimir Putin a threat to Europe.\n"
    )
    assert r.meetings == []


def test_calling_someone_is_a_phone_call(ex):
    r = ex(" date 2024-01-05 \nFrench President Emmanuel Macron called Russian President Vladimir Putin on Monday.\n")
    assert [(m["participants"], m["date"], m["kind"]) for m in r.meetings] == [
        (["Emmanuel Macron", "Vladimir Putin"], "2024-01-01", "phone")
    ]


def test_transcript_with_initial_and_a_question_line(ex):
    r = ex(
        " date 2024-06-20 \nPresident Vladimir Putin and Chairman Kim Jong Un held talks.\n\n"
        "V.Putin: Dear friends, I am glad to be here.\n\nKim Jong Un: Thank you.\n\n"
        "Question: What about trade?\n\nVladimir Putin: Trade grew by 9 percent.\n"
    )
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Vladimir Putin", "Dear friends, I am glad to be here."),
        ("Kim Jong Un", "Thank you."),
        ("Vladimir Putin", "Trade grew by 9 percent."),
    ]


def test_the_president_is_the_one_whose_office_it_is(ex):
    r = ex(
        "Astana, 12 March 2024 - The Head of State Kassym-Jomart Tokayev received the Prime Minister of Hungary "
        "Viktor Orban.\n\nThe President noted that Hungary is a key partner.\n"
    )
    assert r.turn_containing("Hungary is a key partner")["speaker"] == "Kassym-Jomart Tokayev"


def test_a_passing_mention_of_phone_talks_does_not_change_the_kind(ex):
    r = ex(
        " date 2021-11-26 \nA bilateral meeting was held between President Ilham Aliyev and President Vladimir Putin "
        "in Sochi.\n\nPresident Ilham Aliyev said:\n\n- We have had a very active dialogue this year – we both met "
        "and often talked on the phone.\n"
    )
    assert [(m["date"], m["kind"], m["place"]) for m in r.meetings] == [("2021-11-26", "in_person", "Sochi")]


@pytest.mark.parametrize(
    "text",
    [
        "President Recep Tayyip Erdogan met Vladimir Putin. Kishida Fumio and Yoon Suk-yeol spoke.",
        "Xi Jinping's visit; Sergey Lavrovich; anti-Vladimir Putin; VLADIMIR PUTIN said.",
        "",
    ],
)
def test_gazetteer_automaton_matches_the_regex(text):
    from summitry.components.people import _gazetteer_pattern, gazetteer_spans

    assert gazetteer_spans(text) == [m.span() for m in _gazetteer_pattern().finditer(text)]


def test_a_post_in_a_country_keeps_it_and_gives_the_holder_no_state():
    assert clean_title("IOM Chief of Mission in Mexico") == ("IOM Chief of Mission in Mexico", None)
    assert clean_title("Head of the EU Delegation in Kenya") == ("Head of the EU Delegation in Kenya", None)
    assert clean_title("Minister of Foreign Affairs of Kenya") == ("Minister of Foreign Affairs", "KE")
