"""Utterances: one entry per turn of speech, direct, transcript or indirect, with offsets."""

from __future__ import annotations

import pytest

# --------------------------------------------------------------------------- introduced turns


def test_said_colon_then_dash_paragraphs_is_one_turn(ex):
    text = (
        "Astana, 3 July 2024\n"
        "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev in Astana.\n"
        "Opening the talks, President Tokayev said:\n"
        "- Dear Shavkat Miromonovich, I am glad to welcome you to Astana. Our countries are close partners.\n"
        "- We have done a great deal of work together over the past year.\n"
        "- I am confident that this visit will give new impetus to our cooperation.\n"
        "Mirziyoyev thanked Tokayev for the warm welcome.\n"
    )
    r = ex(text)
    assert len(r.utterances) == 1
    u = r.utterances[0]
    assert u["speaker"] == "Kassym-Jomart Tokayev"
    assert u["mode"] == "direct"
    assert u["quote"] == "Dear Shavkat Miromonovich, I am glad to welcome you to Astana."
    assert u["start"] == text.index("Dear Shavkat")  # without the leading dash
    assert u["quote_start"] == u["start"]
    span = r.span(u)
    assert span.endswith("will give new impetus to our cooperation.")
    assert "over the past year" in span
    assert "thanked Tokayev" not in span  # the narration after the turn is not speech


def test_two_introduced_speakers_give_two_turns(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin.\n"
        "Putin said:\n"
        "- Dear Ilham Heydarovich, I am very glad to see you. Our trade is growing.\n"
        "- We have a lot to discuss.\n"
        "Aliyev said:\n"
        "- Thank you, Vladimir Vladimirovich.\n"
    )
    r = ex(text)
    assert [u["speaker"] for u in r.utterances] == ["Vladimir Putin", "Ilham Aliyev"]
    putin, aliyev = r.utterances
    assert putin["start"] == text.index("Dear Ilham")
    assert r.span(putin).endswith("We have a lot to discuss.")
    assert "Aliyev said" not in r.span(putin)
    assert r.span(aliyev) == "Thank you, Vladimir Vladimirovich."
    assert aliyev["quote"] == "Thank you, Vladimir Vladimirovich."


def test_inline_said_colon(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin.\n"
        "Speaking at the start of the meeting, Putin said: Dear colleagues, let me welcome you to Moscow. "
        "We have much to discuss.\n"
        "Aliyev thanked the host for the invitation.\n"
    )
    r = ex(text)
    assert len(r.utterances) == 1
    u = r.utterances[0]
    assert u["speaker"] == "Vladimir Putin"
    assert u["quote"] == "Dear colleagues, let me welcome you to Moscow."
    assert r.span(u) == "Dear colleagues, let me welcome you to Moscow. We have much to discuss."


def test_transcript_turns(ex):
    text = (
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin.\n"
        "President Vladimir Putin: Good afternoon, dear friends. I am glad to see you.\n"
        "President Ilham Aliyev: Thank you very much for the invitation. It is a pleasure to be here.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["mode"]) for u in r.utterances] == [
        ("Vladimir Putin", "transcript"),
        ("Ilham Aliyev", "transcript"),
    ]
    putin, aliyev = r.utterances
    assert putin["quote"] == "Good afternoon, dear friends."
    assert putin["start"] == text.index("Good afternoon")
    assert r.span(putin) == "Good afternoon, dear friends. I am glad to see you."
    assert aliyev["quote"] == "Thank you very much for the invitation."
    assert r.span(aliyev) == "Thank you very much for the invitation. It is a pleasure to be here."


def test_bullet_list_after_main_points_heading(ex):
    text = (
        "New Delhi, 5 May 2023\n"
        "Prime Minister Narendra Modi addressed the business forum.\n"
        "The main points of Narendra Modi's speech:\n"
        "• India wants to double its trade with its neighbours.\n"
        "• New investment rules will take effect soon.\n"
        "• Young people are the future of our region.\n"
        "Modi later toured the exhibition.\n"
    )
    r = ex(text)
    assert len(r.utterances) == 1
    u = r.utterances[0]
    assert u["speaker"] == "Narendra Modi"
    assert u["start"] == text.index("India wants")
    span = r.span(u)
    assert span.startswith("India wants to double its trade with its neighbours.")
    assert span.endswith("Young people are the future of our region.")
    assert "toured the exhibition" not in span


# --------------------------------------------------------------------------- quotation marks


def test_quote_then_pronoun_said(ex):
    text = (
        "Tokyo, 4 March 2023\n"
        "Prime Minister Fumio Kishida met Chancellor Olaf Scholz in Tokyo.\n"
        "“We share the same values and the same concerns,” he said after the meeting.\n"
    )
    r = ex(text)
    assert len(r.utterances) == 1
    u = r.utterances[0]
    assert u["speaker"] == "Fumio Kishida"  # "he": the subject of the sentence before
    assert u["mode"] == "direct"
    assert r.span(u) == "We share the same values and the same concerns,"
    assert text[u["start"] - 1] == "“"


def test_quote_then_surname_said(ex):
    text = (
        "Tokyo, 4 March 2023\n"
        "Prime Minister Fumio Kishida met Chancellor Olaf Scholz in Tokyo.\n"
        "“Our partnership has never been stronger than it is today,” Scholz said.\n"
    )
    r = ex(text)
    assert [(u["speaker"], r.span(u)) for u in r.utterances] == [
        ("Olaf Scholz", "Our partnership has never been stronger than it is today,")
    ]
    s, e = r.utterances[0]["speaker_span"]
    assert text[s:e].strip() == "Scholz"


def test_said_the_president(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "Prime Minister Narendra Modi met President Vladimir Putin in Moscow.\n"
        "“Our partnership has never been stronger than it is today,” said the president.\n"
    )
    r = ex(text)
    assert [(u["speaker"], r.span(u)) for u in r.utterances] == [
        ("Vladimir Putin", "Our partnership has never been stronger than it is today,")
    ]


def test_said_the_chancellor_is_the_person_with_that_title(ex):
    # Not the last subject (Kishida): the only chancellor in the article.
    text = (
        "Tokyo, 4 March 2023\n"
        "Prime Minister Fumio Kishida met Chancellor Olaf Scholz in Tokyo.\n"
        "“Our partnership has never been stronger than it is today,” said the chancellor.\n"
    )
    assert [u["speaker"] for u in ex(text).utterances] == ["Olaf Scholz"]


def test_said_the_chancellor_with_a_country(ex):
    text = (
        "Tokyo, 4 March 2023\n"
        "Prime Minister Fumio Kishida met Chancellor Olaf Scholz in Tokyo.\n"
        "“Our partnership has never been stronger than it is today,” said the German chancellor.\n"
    )
    assert [u["speaker"] for u in ex(text).utterances] == ["Olaf Scholz"]


def test_straight_quotes_told_reporters(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin.\n"
        '"We have agreed on a new roadmap for the next three years," Aliyev told reporters after the talks.\n'
    )
    r = ex(text)
    assert [(u["speaker"], r.span(u)) for u in r.utterances] == [
        ("Ilham Aliyev", "We have agreed on a new roadmap for the next three years,")
    ]


def test_scare_quotes_are_not_utterances(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin. "
        "The sides discussed the so-called “green corridor” and the “North-South” route.\n"
    )
    assert ex(text).utterances == []


def test_quotes_attributed_to_institutions_are_not_utterances(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin.\n"
        "“The talks were held in a friendly and constructive atmosphere,” the Kremlin said in a statement.\n"
        "“Both sides confirmed their commitment to the agreements reached earlier,” the ministry said.\n"
    )
    assert ex(text).utterances == []


# --------------------------------------------------------------------------- indirect speech


def test_noted_that(ex):
    text = (
        "Ankara, 4 March 2023\n"
        "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara. "
        "Erdogan noted that bilateral relations are developing rapidly in all areas.\n"
    )
    r = ex(text)
    assert len(r.utterances) == 1
    u = r.utterances[0]
    assert (u["speaker"], u["mode"]) == ("Recep Tayyip Erdoğan", "indirect")
    # The reported content only, without "Erdogan noted that".
    assert u["quote"] == "bilateral relations are developing rapidly in all areas."
    assert u["start"] == text.index("bilateral relations")
    s, e = u["speaker_span"]
    assert text[s:e] == "Erdogan"


def test_according_to(ex):
    text = (
        "Ankara, 4 March 2023\n"
        "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara. "
        "According to Aliyev, the new pipeline will be completed next year.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["mode"], r.span(u)) for u in r.utterances] == [
        ("Ilham Aliyev", "indirect", "the new pipeline will be completed next year.")
    ]


def test_according_to_a_document_is_not_speech(ex):
    text = (
        "Ankara, 4 March 2023\n"
        "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara. "
        "According to official data, trade between the countries is growing.\n"
    )
    assert ex(text).utterances == []


def test_indirect_speech_of_a_person_outside_the_gazetteer(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "Russian Deputy Prime Minister Alexei Overchuk held talks with Armenian Deputy Prime Minister "
        "Mher Grigoryan. Overchuk noted that trade is growing.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [("Alexei Overchuk", "trade is growing.")]


def test_narration_without_speech_has_no_utterances(ex):
    text = (
        "Baku, 5 May 2023\n"
        "President Ilham Aliyev received Foreign Minister Sergey Lavrov. "
        "The meeting took place in the presidential palace.\n"
    )
    assert ex(text).utterances == []


# --------------------------------------------------------------------------- transcript labels


def test_uppercase_surname_labels_over_several_paragraphs(ex):
    text = (
        "The Oval Office\n\n"
        "PRESIDENT OBAMA:  Well, it is good to welcome the Chancellor back to Washington.  We have a lot to do.\n\n"
        "We will talk about trade as well.\n\n"
        "CHANCELLOR MERKEL:  Thank you, Mr. President, for having me here again.\n\n"
        "Q:  Mr. President, what about the tariffs?\n\n"
        "PRESIDENT OBAMA:  We will see.  Thank you, everybody.\n"
    )
    r = ex(text)
    got = [(u["speaker"], u["quote"]) for u in r.utterances]
    assert got == [
        ("Barack Obama", "Well, it is good to welcome the Chancellor back to Washington."),
        ("Angela Merkel", "Thank you, Mr. President, for having me here again."),
        ("Barack Obama", "We will see."),
    ]
    assert "We will talk about trade" in r.span(r.utterances[0])  # the turn runs on to the next label
    assert "tariffs" not in r.span(r.utterances[1])  # "Q:" ends the turn and is nobody's turn
    assert all(u["mode"] == "transcript" for u in r.utterances)


def test_labels_closed_by_a_period(ex):
    text = (
        "Remarks by the President and Prime Minister Ravi Kamara of Freedonia\n\n"
        "June 3, 2011\n\n"
        "President Walter Hobbs. Welcome, Mr. Prime Minister. It is an honor to host you.\n\n"
        "Prime Minister Kamara. Thank you very much, Mr. President. I am delighted to be here.\n\n"
        "President Hobbs. Thank you, sir.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Walter Hobbs", "Welcome, Mr. Prime Minister."),
        ("Ravi Kamara", "Thank you very much, Mr. President."),
        ("Walter Hobbs", "Thank you, sir."),
    ]


def test_label_with_role_and_label_with_country(ex):
    text = (
        "Briefing, 4 April 2022\n\n"
        "Official Spokesperson Anand Verma and Minister Lena Ortiz answered questions.\n\n"
        "Anand Verma, Official Spokesperson: Good evening to all of you. Let me begin with the visit.\n\n"
        "Question: Could you tell us more about the agenda?\n\n"
        "Lena Ortiz (Chile): We are ready to sign the agreement next month.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Anand Verma", "Good evening to all of you."),
        ("Lena Ortiz", "We are ready to sign the agreement next month."),
    ]
    assert "agenda" not in r.span(r.utterances[0])


def test_headline_with_colon_is_not_a_label(ex):
    text = (
        "Astronaut Is An Inspiration For Millions Of Girls: Donald Trump\n\n"
        "Donald Trump praised the astronaut on Monday.\n"
    )
    r = ex(text)
    assert r.utterances == []


# --------------------------------------------------------------------------- reported speech, more forms


def test_trailing_attribution_with_a_long_tail(ex):
    text = (
        "ROME, 2 May 2022\n"
        "Trade between the two countries may double by 2025, Italian Trade Minister Paolo Rinaldi told reporters "
        "on the sidelines of the forum in Rome on Monday.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Paolo Rinaldi", "Trade between the two countries may double by 2025")
    ]
    assert r.utterances[0]["via"] == "quotes.indirect_before"


def test_as_noted_in_his_words_and_according_to_start_turns(ex):
    text = (
        "Lima, 3 March 2021\n"
        "Foreign Minister Carla Mendez met her Bolivian counterpart in Lima.\n"
        "According to Mendez, the two countries will open a new border crossing.\n"
        "As Mendez pointed out, tourism has grown quickly in the region.\n"
        "In her words, the next round of talks will be held in La Paz.\n"
    )
    r = ex(text)
    got = [(u["speaker"], u["quote"]) for u in r.utterances]
    assert got == [
        ("Carla Mendez", "the two countries will open a new border crossing."),
        ("Carla Mendez", "tourism has grown quickly in the region."),
        ("Carla Mendez", "the next round of talks will be held in La Paz."),
    ]
    assert all(u["via"] == "quotes.according_to" for u in r.utterances)


def test_role_speaker_resolved_to_the_role_holder(ex):
    text = (
        "Beijing, 6 June 2020\n"
        "Foreign Ministry spokesman Liang Wei spoke to journalists on Friday.\n"
        "Exports of grain rose sharply in the first quarter, the spokesman said.\n"
        "A senior official said that the talks were difficult.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Liang Wei", "Exports of grain rose sharply in the first quarter")
    ]  # the unnamed "senior official" is nobody's turn


def test_two_reporting_verbs_in_one_sentence_give_two_turns(ex):
    text = (
        "Paris, 8 May 2022\n"
        "President Anne Dubois met Chancellor Karl Weber in Paris.\n"
        "Energy prices are the most urgent problem for Europe, Dubois said, adding that new pipelines will be built.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Anne Dubois", "Energy prices are the most urgent problem for Europe"),
        ("Anne Dubois", "new pipelines will be built."),
    ]


def test_quotation_after_narration_and_after_a_quotation(ex):
    text = (
        "Tokyo, 4 March 2023\n"
        "Prime Minister Fumio Kishida met Chancellor Olaf Scholz in Tokyo.\n"
        'Scholz praised Japan\'s climate policy. "I admire what Japan has done for clean energy."\n'
        '"We are partners," Kishida said at the press conference. "We will stay partners for decades."\n'
    )
    r = ex(text)
    got = [(u["speaker"], u["quote"]) for u in r.utterances]
    assert ("Olaf Scholz", "I admire what Japan has done for clean energy.") in got
    assert ("Fumio Kishida", "We will stay partners for decades.") in got or any(
        u["speaker"] == "Fumio Kishida" and "stay partners" in r.span(u) for u in r.utterances
    )


# --------------------------------------------------------------------------- posts and signed headlines


def test_embedded_post_signed_with_a_handle(ex):
    text = (
        "Abu Dhabi, 21 April 2020\n"
        "Sheikh Omar bin Rashid received a call from Prime Minister Tom Hale.\n"
        "Great call with my friend Tom Hale today about trade and health. We stand together. "
        "— عمر بن راشد (@OmarBinRashid) April 20, 2020\n"
        "The two leaders also discussed regional security.\n"
    )
    r = ex(text)
    posts = [u for u in r.utterances if u["via"] == "quotes.post"]
    assert [(u["speaker"], u["quote"]) for u in posts] == [
        ("Omar bin Rashid", "Great call with my friend Tom Hale today about trade and health.")
    ]
    assert r.span(posts[0]).endswith("We stand together.")


def test_wrote_on_social_media_colon(ex):
    text = (
        "Warsaw, 9 May 2022\n"
        "President Jan Nowak met Chancellor Karl Weber in Warsaw.\n"
        "Nowak wrote on his X account: Our alliance is stronger than ever. Thank you, Karl.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [("Jan Nowak", "Our alliance is stronger than ever.")]


def test_headline_credited_to_a_person_with_a_dash(ex):
    text = (
        "New rail link brings trade between the two countries to a new level - Nowak\n\n"
        "WARSAW, May 9. President Jan Nowak met Chancellor Karl Weber in Warsaw on Monday.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"], u["via"]) for u in r.utterances] == [
        ("Jan Nowak", "New rail link brings trade between the two countries to a new level", "quotes.signed_headline")
    ]


def test_expressed_hope_is_speech_condolences_and_beliefs_are_not(ex):
    text = (
        "Cairo, 2 June 2021\n"
        "President Omar Haddad received Foreign Minister Lina Saleh in Cairo.\n"
        "Haddad expressed condolences over the victims of the floods.\n"
        "Saleh is confident that the agreement will be ratified soon.\n"
        "The sides stressed that cooperation must grow.\n"
        "Haddad expressed hope that the new railway would open next year.\n"
    )
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Omar Haddad", "the new railway would open next year.")
    ]


def test_same_speaker_going_on_in_the_paragraph_is_one_turn(ex):
    text = (
        "Minsk, 4 May 2022\n"
        "Foreign Minister Ivan Petrov met his Chilean counterpart in Minsk.\n"
        "In his words, the two countries have built strong ties. However, trade is still far below its potential, "
        "the minister stressed.\n"
    )
    r = ex(text)
    assert len(r.utterances) == 1
    assert r.utterances[0]["speaker"] == "Ivan Petrov"
    assert r.span(r.utterances[0]).startswith("the two countries have built strong ties.")
    assert "below its potential" in r.span(r.utterances[0])


def test_quotation_cut_by_its_attribution_is_one_turn(ex):
    text = ("Published 3 March 2025\nForeign Minister Amani Kibwana spoke after the talks. "
            "\"We agreed on most points,\" he said, \"but two issues remain open.\"\n")
    r = ex(text)
    turns = [u for u in r.utterances if u["mode"] == "direct"]
    assert len(turns) == 1
    u = turns[0]
    assert u["speaker"] == "Amani Kibwana"
    assert text[u["start"]:u["end"]].startswith("We agreed on most points,")
    assert text[u["start"]:u["end"]].endswith("two issues remain open.")


def test_two_quotations_with_two_attributions_stay_two_turns(ex):
    text = ("Published 3 March 2025\n\"We agreed on most points,\" Foreign Minister Amani Kibwana said. "
            "\"Two issues remain open,\" Kibwana added later.\n")
    r = ex(text)
    assert len([u for u in r.utterances if u["mode"] == "direct"]) >= 1
    assert all(u["speaker"] == "Amani Kibwana" for u in r.utterances)


def test_courtesy_label_of_a_person_named_in_the_header(ex):
    text = ("Kofi Mensah, Deputy Spokesperson\n\nMR MENSAH: Good afternoon, everyone. I have two items.\n\n"
            "QUESTION: And on Peru?\n\nMR MENSAH: We are following it closely.\n")
    r = ex(text)
    assert [(u["speaker"], u["mode"]) for u in r.utterances] == [("Kofi Mensah", "transcript")] * 2


def test_hyphenated_surname_alone_is_the_speaker(ex):
    text = ("Published 2 May 2024\n\nMinister of Investment Omar Al-Rashidi met the delegation on Monday.\n\n"
            "Al-Rashidi noted that nearly 200 firms now hold licences in the kingdom.\n")
    r = ex(text)
    assert [u["speaker"] for u in r.utterances] == ["Omar Al-Rashidi"]


def test_headline_claim_credited_with_says(ex):
    r = ex("Daily\n\nNorway and Kenya aim to double trade, says Nordmann\n\nPublished 2 May 2024\n\nForeign Minister "
           "Ola Nordmann hosted President Amani Kibwana on Monday.\n")
    [u] = r.utterances
    assert (u["speaker"], r.text[u["start"]:u["end"]]) == ("Ola Nordmann", "Norway and Kenya aim to double trade")


def test_a_surname_that_is_a_country_name(ex):
    r = ex("Published 2 May 2024\n\n* Commonwealth Secretary-General Patricia Scotland said the small states need "
           "better access to finance.\n")
    assert [u["speaker"] for u in r.utterances] == ["Patricia Scotland"]


def test_the_speaker_is_the_subject_not_a_name_in_its_relative_clause(ex):
    r = ex("Published 10 March 2025\n\nForeign Minister Ana Duarte, who took part in the call with Prime Minister "
           "Ola Nordmann, said that the government would open a consulate this year.\n")
    assert [u["speaker"] for u in r.utterances] == ["Ana Duarte"]


def test_briefing_labels_with_honorifics_roles_first_and_bracketed_questions(ex):
    text = ("Published 2 May 2025\n\nShri Anil Mehra, Official Spokesperson: Good afternoon, friends.\n\n"
            "Foreign Secretary, Shri Vikram Rao: Thank you, Anil. Trade was discussed.\n\n"
            "Journalist (Rahul Verma, Daily News): Sir, anything on visas?\n\n"
            "Official Spokesperson, Shri Anil Mehra: Thank you all.\n\nSPOKESPERSON ANIL MEHRA: One more thing.\n\n"
            "Question (Agency): Could you comment?\n\nAnil Mehra: Certainly.\n")
    r = ex(text)
    assert [u["speaker"] for u in r.utterances] == ["Anil Mehra", "Vikram Rao", "Anil Mehra", "Anil Mehra",
                                                   "Anil Mehra"]
    assert all("Question" not in r.text[u["start"]:u["end"]] for u in r.utterances)
    assert r.person("Rahul Verma")["title"] is None


def test_reported_speech_of_a_relative_clause_and_of_an_apposed_name(ex):
    text = ("Published 3 May 2025\n\nPresident holds talks in New York\n\n"
            "He also met President Rafael Ortiz, who said his country wants to learn from the rice programme.\n\n"
            "Speaking to the media in Seville, the Executive Director, Ms Hilma Nangolo-Ashipala, said Namibia spends "
            "too much on debt.\n")
    r = ex(text)
    got = {u["speaker"]: text[u["start"] : u["end"]] for u in r.utterances}
    assert got["Rafael Ortiz"].startswith("his country wants to learn")
    assert got["Hilma Nangolo-Ashipala"].startswith("Namibia spends too much")


def test_dash_led_labelled_turns_and_questions(ex):
    text = ("Transcripts\n\n21 October, 2025 | 16:12\n\nRemarks by Foreign Minister Aram Sargsyan and Foreign Minister "
            "Nikos Dendias at the joint press conference following their talks\n\n"
            "Aram Sargsyan: Dear Nikos, good afternoon. Today we discussed the peace agenda.\n\n"
            "— Question (Public Radio): Minister, how do you assess the negotiations?\n\n"
            "— Aram Sargsyan: The text of the agreement has been agreed.\n\n"
            "— Nikos Dendias: Our trade is still modest, about 90 million euros a year.\n")
    r = ex(text)
    got = [(u["speaker"], text[u["start"] : u["end"]]) for u in r.utterances]
    assert ("Aram Sargsyan", "The text of the agreement has been agreed.") in got
    assert ("Nikos Dendias", "Our trade is still modest, about 90 million euros a year.") in got
    assert not any(q.startswith("Minister, how") for _, q in got)


def test_dash_led_answers_of_an_interview_are_the_interviewees(ex):
    text = ("Interview of Foreign Minister Aram Sargsyan to journalist Eleni Pappas of the newspaper Kathimerini\n\n"
            "Published 3 March 2025\n\n"
            "— Mr Minister, how do you assess relations with Greece?\n\n"
            "— Our relations are excellent. Trade grew by 20 percent last year.\n\n"
            "— What about the peace treaty?\n\n"
            "— The text has been agreed, and we are ready to sign it.\n")
    r = ex(text)
    assert [(u["speaker"], text[u["start"] : u["end"]]) for u in r.utterances] == [
        ("Aram Sargsyan", "Our relations are excellent. Trade grew by 20 percent last year."),
        ("Aram Sargsyan", "The text has been agreed, and we are ready to sign it."),
    ]


def test_a_role_with_a_nationality_is_that_countrys_holder_not_the_last_speaker(ex):
    text = ("Published 9 November 2025\n\nTalks in Doha\n\nMinister of State Khalid Al Thani met Deputy Minister of "
            "Foreign Affairs of the Kyrgyz Republic Aida Sultanova today. Al Thani affirmed that Qatar values the "
            "ties. He underlined that mediation matters.\n\nFor her part, the Kyrgyz Deputy Minister stressed that her "
            "country regards Qatar as a key partner.\n")
    r = ex(text)
    [turn] = [u for u in r.utterances if text[u["start"] :].startswith("her country")]
    assert turn["speaker"] == "Aida Sultanova"


@pytest.mark.parametrize("sentence, quote", [
    ("Minister Hugh Todd indicated that Guyana was ready to supply rice.", "Guyana was ready to supply rice."),
    ("Minister Hugh Todd informed his colleague that Guyana was prepared to supply rice.",
     "Guyana was prepared to supply rice."),
])
def test_indicated_and_informed_someone_that_report_speech(ex, sentence, quote):
    r = ex(f"Talks\n\nPublished 12 June 2025\n\nMinister Anna Grey met Minister Hugh Todd.\n\n{sentence}\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [("Hugh Todd", quote)]


@pytest.mark.parametrize("sentence, speaker, quote", [
    ('"Trade must grow," according to Novak.', "Jan Novak", "Trade must grow"),
    ("Lima wrote on X that the talks had been productive.", "Ana Lima", "the talks had been productive."),
    ("Lima wrote in a post on Telegram that the talks had been productive.", "Ana Lima",
     "the talks had been productive."),
])
def test_a_quotation_before_according_to_and_a_statement_posted_online(ex, sentence, speaker, quote):
    r = ex(f"Talks\n\nPublished 12 June 2025\n\nMinister Ana Lima met Minister Jan Novak.\n\n{sentence}\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [(speaker, quote)]


def test_wrote_without_a_platform_is_no_statement(ex):
    r = ex("Talks\n\nPublished 12 June 2025\n\nMinister Ana Lima met Minister Jan Novak.\n\nThe historian wrote that "
           "the talks mattered.\n")
    assert r.utterances == []


@pytest.mark.parametrize("sentence, speaker, quote", [
    ("The Paraguayan minister reaffirmed that the border would stay open.", "Jan Novak",
     "the border would stay open."),
    ("Novak disclosed that the border would stay open.", "Jan Novak", "the border would stay open."),
    ("According to Lima, Novak indicated that the border would stay open.", "Jan Novak",
     "the border would stay open."),
])
def test_more_reporting_verbs_and_according_to_as_the_source_of_anothers_statement(ex, sentence, speaker, quote):
    r = ex(f"Talks\n\nPublished 12 June 2025\n\nPrime Minister Ana Lima met Paraguayan Minister of Trade Jan Novak."
           f"\n\n{sentence}\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [(speaker, quote)]


@pytest.mark.parametrize("subject, speaker", [
    ("The Minister", "Jan Novak"),  # "Minister of Trade", not "Prime Minister"
    ("The Secretary General", "Eva Berg"),  # "Secretary General of the Union"
])
def test_a_bare_office_names_whose_title_begins_with_it(ex, subject, speaker):
    r = ex("Talks\n\nPublished 12 June 2025\n\nPrime Minister Ana Lima met the Minister of Trade, Jan Novak, and "
           "the Secretary General of the Union, Eva Berg.\n\nLima said that ties were good.\n\n"
           f"{subject} said that the border would stay open.\n")
    assert [u["speaker"] for u in r.utterances] == ["Ana Lima", speaker]


def test_a_pronoun_skips_the_last_subject_of_the_other_gender(ex):
    text = ("Talks\n\nPublished 12 June 2025\n\nPrime Minister Ana Lima welcomed her counterpart Jan Novak to the "
            "capital.\n\nNovak said that his country imports most of its energy. \"We came to learn,\" he said.\n\n"
            "She also raised migration, saying that her country would fund the rescue work.\n")
    r = ex(text)
    [turn] = [u for u in r.utterances if u["quote"].startswith("her country")]
    assert turn["speaker"] == "Ana Lima"


def test_in_her_view_and_an_aside_inside_a_relative_clause(ex):
    r = ex("Talks\n\nPublished 12 June 2025\n\nMinister Ana Lima met Minister Jan Novak.\n\nIn her view, exports "
           "could double.\n\nNovak expressed hope that a cargo flight would start, which he said could carry 50 "
           "tonnes a week.\n")
    assert [(u["speaker"], u["quote"][:20]) for u in r.utterances] == [
        ("Ana Lima", "exports could double"), ("Jan Novak", "a cargo flight would")]


def test_proposed_that_reports_a_statement_but_proposed_a_thing_does_not(ex):
    r = ex("Talks\n\nPublished 12 June 2025\n\nMinister Ana Lima met Minister Jan Novak.\n\nNovak proposed that the "
           "two countries link their power grids.\n\nLima also proposed an exchange programme for diplomats.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Jan Novak", "the two countries link their power grids.")]


def test_a_named_moderators_label_and_an_office_speaking_for_someone(ex):
    text = ("Statements\n\nLisbon, 3 December 2025\n\nFollowing their talks, President Rui Costa and President Jose "
            "Lima made statements. The session was moderated by Ana Sousa.\n\nModerator Ana Sousa: Good afternoon.\n\n"
            "President Rui Costa: We spoke today about trade.\n\nPresident Jose Lima: Thank you.\n\nModerator Ana "
            "Sousa: Thank you all.\n")
    r = ex(text)
    assert [u["speaker"] for u in r.utterances] == ["Ana Sousa", "Rui Costa", "Jose Lima", "Ana Sousa"]
    assert {p["name"]: p["title"] for p in r.people}["Ana Sousa"] == "Moderator"
    assert [m["participants"] for m in r.meetings] == [["Jose Lima", "Rui Costa"]]
    r = ex("Call\n\nPublished 12 June 2025\n\nMinister Ana Lima spoke with Minister Jan Novak.\n\nThe two ministers "
           "spoke for an hour, Novak's office said.\n")
    assert r.utterances == []


@pytest.mark.parametrize("sentence, speaker, quote", [
    ("Speaking afterwards, President Connolly said that Ireland and Austria, as neutral members of the Union, have a "
     "particular voice in debates about security.", "Ann Connolly", "Ireland and Austria, as neutral members of the "
     "Union, have a particular voice in debates about security."),
    ("Sarabia told the Bolivian minister that Colombia intends to increase its purchases of soybean products, which "
     "reached US$ 210 million.", "Laura Sarabia", "Colombia intends to increase its purchases of soybean products, "
     "which reached US$ 210 million."),
    ("According to the Cameroonian head of government, a direct container service could cut shipping times.",
     "Joseph Etoundi", "a direct container service could cut shipping times."),
])
def test_a_that_the_parser_made_an_object_and_the_head_of_government(ex, sentence, speaker, quote):
    r = ex("Talks\n\nPublished 12 June 2025\n\nPresident Ann Connolly met Minister Laura Sarabia and the Prime "
           f"Minister of Cameroon, Joseph Etoundi.\n\n{sentence}\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [(speaker, quote)]


def test_a_name_under_a_heading_line_is_not_split_from_its_surname(ex):
    r = ex("Talks\n\nPublished 12 June 2025\n\nPrime Minister Eva Lind held meetings.\n\n■ Meeting with the European "
           "Commissioner for Enlargement\nMarta Kos informed the Prime Minister that the Commission would propose "
           "new grants.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Marta Kos", "the Commission would propose new grants.")]


def test_an_office_label_on_its_own_line_speaks_for_its_one_holder(ex):
    text = ("Treasury Ministers\nThe Hon Dr Ann Walker MP\nTreasurer\n\nHome / Media / Transcripts\n\nDoorstop "
            "interview, Jakarta\n\nDate: Thursday, 13 November 2025\n\nTREASURER:\nGood afternoon. I met Finance "
            "Minister Budi Santoso today.\n\nJOURNALIST:\nDid you discuss nickel?\n\nTREASURER:\nWe had a good "
            "discussion about critical minerals.\n")
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Ann Walker", "Good afternoon."), ("Ann Walker", "We had a good discussion about critical minerals.")]
    assert {p["name"]: p["title"] for p in r.people}["Ann Walker"] == "Treasurer"


def test_an_organisations_acronym_before_a_label_and_a_named_moderators_label(ex):
    r = ex("Newsroom\n\n28 Jan. 2025\n\nJoint press point with the Secretary General and the Prime Minister of "
           "Belgium, Anne Dupont\n\nThe press point followed talks between the Secretary General and the Prime "
           "Minister in Brussels. It was moderated by Lucie Martin, press adviser to the Prime Minister.\n\n"
           "MODERATOR: Good evening. The two speakers will make short statements.\n\nPrime Minister Anne Dupont: "
           "Welcome to Brussels. We have just had a useful conversation.\n\nNATO Secretary General Jens Larsen: "
           "Thank you, Prime Minister. Belgium is a backbone of this Alliance.\n\nMODERATOR: Thank you, that "
           "concludes this press point.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Lucie Martin", "Good evening."), ("Anne Dupont", "Welcome to Brussels."),
        ("Jens Larsen", "Thank you, Prime Minister."), ("Lucie Martin", "Thank you, that concludes this press point.")]
    assert [m["participants"] for m in r.meetings] == [["Anne Dupont", "Jens Larsen"]]


def test_a_person_who_reported_that_and_hm_said_that(ex):
    r = ex("BNA\n\nManama, Nov. 9 (BNA) -- His Majesty King Tamer bin Khalid Al Fahad received a phone call from "
           "President Omar Haddad.\n\nHM said that the Kingdom had sent 40 tonnes of aid.\n\nDuring the call, Haddad "
           "reported that 1.2 million people had returned home.\n\nThe call came a day after talks, the press service "
           "reported.\n")
    assert [(u["speaker"], u["quote"][:20]) for u in r.utterances] == [
        ("Tamer bin Khalid Al Fahad", "the Kingdom had sent"), ("Omar Haddad", "1.2 million people h")]


def test_a_name_the_parser_split_at_a_word_it_read_as_a_verb_still_speaks(ex):
    r = ex("News\n\nNovember 6, 2025\n\nSpeaking at a review conference in Hanoi on Wednesday, Minister of Agriculture "
           "and Environment Do Duc Thang said the sector could pass $65 billion for the whole year.\n")
    assert [(u["speaker"], u["quote"][:20]) for u in r.utterances] == [("Do Duc Thang", "the sector could pas")]


def test_an_interviews_answers_are_the_interviewees_turns(ex):
    r = ex("Le Soleil\n\nAmadou Ba on France and visas\n\nPublié le 04/11/2025 à 08h30\n\nA day after his talks in "
           "Dakar, Senegal's Minister of Foreign Affairs, Amadou Ba, answered our questions.\n\nQ: Minister, what came "
           "out of the talks?\n\nA: A shared wish to turn the page. France will finance schools.\n\nQ: And visas?\n\n"
           "A: It is the first thing my compatriots ask me about.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Amadou Ba", "A shared wish to turn the page."), ("Amadou Ba", "It is the first thing my compatriots ask me "
                                                          "about.")]


def test_a_role_label_naming_its_holder_in_parentheses_and_the_bare_role_after_it(ex):
    r = ex("Ministry of Foreign Affairs\nTranscript | 7 March 2025\n\nJoint press conference after talks between "
           "Foreign Minister Erik Karlsen and Foreign Minister Adam Nowicki\n\nMODERATOR (Lena Holm): Good afternoon. "
           "The ministers will speak first.\n\nKARLSEN: Thank you, Lena. We had good talks.\n\nSPOKESPERSON (Ivo "
           "Sand): One more point on visas.\n\nMODERATOR: We have time for one question.\n\nQUESTION (Nordic Radio, "
           "Pia Berg): Minister, what about the pipeline?\n\nNOWICKI: It will be finished next year.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Lena Holm", "Good afternoon."), ("Erik Karlsen", "Thank you, Lena."),
        ("Ivo Sand", "One more point on visas."),
        ("Lena Holm", "We have time for one question."), ("Adam Nowicki", "It will be finished next year.")]
    assert {p["name"]: p["title"] for p in r.people}["Lena Holm"] == "Moderator"


def test_the_nearest_person_subject_speaks_and_conveyed_that(ex):
    r = ex("BSS\n\nNEW DELHI, Feb 9, 2024 (BSS) - Foreign Minister Hasan Karim met Foreign Secretary Vinod Kumar in "
           "separate meetings here yesterday.\n\nMeeting Hasan Karim at Hyderabad House, Kumar stated that India had "
           "extended lines of credit to Bangladesh.\n\nKarim, for his part, conveyed that Dhaka valued the ties.\n")
    assert [(u["speaker"], u["quote"][:20]) for u in r.utterances] == [
        ("Vinod Kumar", "India had extended l"), ("Hasan Karim", "Dhaka valued the tie")]


def test_said_that_and_that_is_one_turn_from_the_first_that(ex):
    r = ex("Lima, 3 May 2024\nMinister Anna de Vries met Carla Rojas on Friday.\n\nIn turn, De Vries said that more "
           "than 150 Dutch companies operated in Peru and that the Netherlands was among the country's five largest "
           "investors.\n")
    assert [(u["speaker"], u["quote"][:24]) for u in r.utterances] == [("Anna de Vries", "more than 150 Dutch comp")]


def test_a_middle_initial_closes_no_transcript_label(ex):
    r = ex("Athens, 3 May 2024\nPresident Michael D. Hogan met Eleni Pappas on Friday.\n\nMr Hogan told his host that "
           "Ireland and Greece, as two island members of the European Union, understood austerity.\n")
    assert [(u["speaker"], u["quote"][:18]) for u in r.utterances] == [("Michael D. Hogan", "Ireland and Greece")]


def test_she_after_a_woman_named_outside_the_subject_is_her(ex):
    r = ex("London, 3 May 2024\nPrime Minister Tom Hale met Prime Minister Sigrun Olafsdottir on Friday.\n\n- With Ms "
           "Olafsdottir, he discussed geothermal energy. She said more than 300,000 British visitors had travelled to "
           "Iceland.\n")
    assert [u["speaker"] for u in r.utterances] == ["Sigrun Olafsdottir"]


def test_a_label_with_a_bracketed_note_and_an_engineers_style(ex):
    r = ex("Agency\n\nRabat - 22/04/2025 - 17:35\n\nRabat - Minister Omar Tazi and the Saudi minister, Fahd Al-Harbi, "
           "held talks on Tuesday, followed by a press conference.\n\nMr. Omar Tazi: Thank you. We signed a "
           "memorandum.\n\nEng. Fahd Al-Harbi [translated from Arabic]: I thank His Excellency for the hospitality.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances][-1] == (
        "Fahd Al-Harbi", "I thank His Excellency for the hospitality.")


def test_an_aside_naming_the_speaker_mid_sentence_gives_the_whole_sentence(ex):
    r = ex("Manila, 3 May 2024\nFinance Secretary Ramon Cruz met Brunei's Minister of Finance Amin Hassan on Friday."
           "\n\nBrunei, according to Amin Hassan, is ready to ship gas to Mindanao once a terminal is in place.\n\nMr "
           "Cruz spoke to farmers later. Farmers in the southern highlands, he maintained, had lost markets because "
           "of \"paperwork that nobody can explain\". The meeting ended at noon.\n")
    got = [(u["speaker"], u["quote"][:20]) for u in r.utterances]
    assert got == [("Amin Hassan", "Brunei, according to"), ("Ramon Cruz", "Farmers in the south")]


def test_an_interview_in_q_and_a_labels_and_the_sites_list_after_it(ex):
    r = ex("News Agency\n\n5 March 2024 12:20\n\nNorwegian ambassador: \"Gas has become part of our security\"\n\n"
           "Interview with the Ambassador of Norway to Azerbaijan, Lars Eide. The conversation was conducted by the "
           "agency's correspondent Ramil Guliyev.\n\nQ: Mr Ambassador, how are relations?\n\nA: I would call them a "
           "strategic partnership.\n\nQ: And flights?\n\nA: The route is doing well.\n\nLatest\n- Exports reach $3.3 "
           "billion in 2023\n- 15 companies join the zone\n")
    got = [(u["speaker"], u["quote"][:12]) for u in r.utterances]
    assert got[1:] == [("Lars Eide", "I would call"), ("Lars Eide", "The route is")]
    assert got[0] == ("Lars Eide", "Gas has beco")


def test_the_guest_is_the_visitor_and_adding_that_opens_a_second_turn(ex):
    r = ex("YEREVAN, OCTOBER 19, ARMENPRESS. Minister of Economy of Armenia Vahan Petrosyan received on Wednesday the "
           "delegation led by Minister of Industry, Mine and Trade of Iran Ali Karimi, the Ministry of Economy told "
           "Armenpress.\n\nThe guest said that Iranian exporters were still facing delays at the checkpoint, adding "
           "that an electronic queue could shorten waiting times.\n")
    assert {p["name"]: p["title"] for p in r.people}["Ali Karimi"] == "Minister of Industry, Mine and Trade"
    assert [(u["speaker"], u["quote"][:12]) for u in r.utterances] == [
        ("Ali Karimi", "Iranian expo"), ("Ali Karimi", "an electroni")]


def test_an_agency_dateline_without_a_comma_and_a_minister_of_state_subject(ex):
    r = ex("ENA\n\nAddis Ababa November 21/2023 (ENA) Foreign Minister Tesfaye Bekele held talks today with Saudi "
           "Minister of State for African Affairs Ahmed Al-Qahtani at his office.\n\nMinister of State Al-Qahtani, on "
           "his part, underlined that Saudi Arabia regards Ethiopia as a key country.\n\n\"The Kingdom is ready to "
           "invest more in Ethiopia,\" he told ENA after the discussion.\n")
    assert [p["name"] for p in r.people] == ["Tesfaye Bekele", "Ahmed Al-Qahtani"]
    assert [(m["participants"], m["place"]) for m in r.meetings] == [
        (["Ahmed Al-Qahtani", "Tesfaye Bekele"], "Addis Ababa")]
    assert [u["speaker"] for u in r.utterances] == ["Ahmed Al-Qahtani", "Ahmed Al-Qahtani"]


def test_the_one_official_of_a_state_and_was_quoted_as_saying(ex):
    r = ex("Havana, Mar 6 (Prensa Latina) Cuban Deputy Foreign Minister Carlos Ruiz received on Wednesday Angola's "
           "Secretary of State for Foreign Affairs, Marta Lopes, who is on a working visit.\n\nThe Angolan official "
           "said that the commission would meet in Luanda this year.\n\nAlso present was Cuban Ambassador Ana Perez."
           "\n\nThe Cuban minister was quoted as saying that about 30 companies had applied.\n")
    assert [(u["speaker"], u["quote"][:14]) for u in r.utterances] == [
        ("Marta Lopes", "the commission"), ("Carlos Ruiz", "about 30 compa")]


def test_a_subject_named_by_state_and_office_is_who_him_refers_to_next(ex):
    r = ex("YEREVAN, OCTOBER 19, ARMENPRESS. Minister of Economy of Armenia Aram Sargsyan received on Wednesday the "
           "delegation led by Minister of Industry of Iran Ali Karimi.\n\nSargsyan said that trade had grown.\n\nThe "
           "Iranian minister also expressed readiness to supply gas turbines. According to him, the first shipment "
           "could arrive before the end of the year.\n")
    assert [(u["speaker"], u["quote"][:9]) for u in r.utterances][-1] == ("Ali Karimi", "the first")


def test_a_style_written_out_is_the_one_the_story_styled_so(ex):
    r = ex("Agency\n\nAbu Dhabi, 12th March, 2024 (Agency) -- His Highness Sheikh Khalid bin Saif Al Nahyan, Minister "
           "of Foreign Affairs, received Peter Tan, Minister for Foreign Affairs of Singapore, in Abu Dhabi today.\n\n"
           "During the meeting, His Highness affirmed that the UAE attaches great importance to its relations with "
           "Singapore.\n")
    assert [u["speaker"] for u in r.utterances] == ["Khalid bin Saif Al Nahyan"]


def test_q_and_a_closed_by_periods_and_an_initial_that_opens_a_paragraph(ex):
    r = ex("Ministry\n\nPress Conference by Foreign Minister Hana Mori\n\nTuesday, April 30, 2024, 10:32 a.m.\n\nA. "
           "Smith and B. Jones attended the press conference.\n\nMinister Mori: Yesterday I held a meeting in "
           "Abidjan.\n\nQ. What about trade?\n\nA. Trade reached 1.5 billion dollars.\n")
    assert [(u["speaker"], u["quote"][:9]) for u in r.utterances] == [("Hana Mori", "Yesterday"),
                                                                      ("Hana Mori", "Trade rea")]


def test_which_x_said_in_narration_is_x_turn_and_inside_his_own_turn_stays_one(ex):
    r = ex("NAIROBI, May 3 (Agency) -- Health Minister Peter Odhiambo met his Ugandan counterpart Grace Namara on "
           "Monday. The two ministers reviewed the joint purchasing scheme, which Odhiambo said could lower the price "
           "of some medicines by a quarter.\n\nNamara said the scheme would start in July, which she said would suit "
           "the region's hospitals.\n")
    assert [(u["speaker"], u["quote"][:12]) for u in r.utterances] == [
        ("Peter Odhiambo", "could lower "), ("Grace Namara", "the scheme w")]


def test_said_in_a_post_is_no_content_and_said_at_a_briefing_that_is(ex):
    r = ex('OSLO, May 3 (Agency) -- Trade Minister Eva Lund spoke by phone with Tomas Berg on Monday.\n\n"We agreed '
           'to meet in June. It was a good talk," Lund said in a post on X.\n\nBerg said at a briefing that exports '
           "had doubled.\n\nThe minister calculated that the new line could carry 40 tonnes a day.\n")
    assert [(u["speaker"], u["quote"][:12]) for u in r.utterances] == [
        ("Eva Lund", "We agreed to"), ("Tomas Berg", "exports had "), ("Eva Lund", "the new line")]


def test_a_dash_led_answer_after_a_question_is_the_one_who_spoke_before_it(ex):
    r = ex("Ministry Bulletin\n\nForeign Minister Olga Petrova's answers to media questions, Minsk, 3 May 2024\n\n"
           "After the talks, Olga Petrova said:\n\n- We have had useful talks.\n\nQ: Did you discuss transit?\n\n"
           "- Yes, of course. Transit was the main topic.\n\nQ: And grain?\n\nThe minister left the hall.\n\n"
           "- Closing remarks follow below.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Olga Petrova", "We have had useful talks."), ("Olga Petrova", "Yes, of course.")]


def test_a_role_of_a_state_or_of_a_body_is_the_one_named_so(ex):
    r = ex('Agency\n\nMay 17, 2023\n\n"The chambers will meet twice a year," the Upper Chamber speaker said.\n\n'
           "MOSCOW, May 17. Serbia will stay neutral, Speaker of the National Assembly of Serbia Petar Ilic said on "
           'Wednesday at talks with Russia\'s Upper Chamber Chairwoman Anna Sokolova.\n\n"We have never hidden who '
           'our friends are," he stressed.\n\nIn the words of the Russian speaker, trade reached 3 billion dollars.\n')
    assert [(u["speaker"], u["quote"][:14]) for u in r.utterances] == [
        ("Anna Sokolova", "The chambers w"), ("Petar Ilic", "Serbia will st"), ("Petar Ilic", "We have never "),
        ("Anna Sokolova", "trade reached ")]


def test_told_after_the_meeting_that_it_was_stressed_by_and_an_abbreviated_role(ex):
    r = ex("New Delhi, Nov 20 (Agency) National Security Adviser Ravi Menon held talks with Park Jin-ho, Director of "
           "the National Security Office of South Korea.\n\nMenon told reporters after the meeting that the talks "
           "had gone well.\n\nOn the peninsula, it was stressed by Park that Seoul backed dialogue.\n\nThe South "
           "Korean NSA acknowledged that trade was below its potential.\n")
    assert [(u["speaker"], u["quote"][:14]) for u in r.utterances] == [
        ("Ravi Menon", "the talks had "), ("Park Jin-ho", "Seoul backed d"), ("Park Jin-ho", "trade was belo")]


def test_a_briefing_transcript_by_a_named_briefer_and_a_label_that_opens_his_title(ex):
    r = ex("Press Briefings\n\n12 June 2024\n\nThe following is a near-verbatim transcript of today's noon briefing by "
           "Omar Haddad, Deputy Spokesman for the Secretary-General.\n\nGood afternoon.\n\n**Chad\n\nIn N'Djamena "
           "today, the Relief Coordinator, Lena Brandt, said that aid needed safe roads.\n\nOur colleagues tell us "
           "that 2 million people need help.\n\nQuestion: Will the convoys move?\n\nDeputy Spokesman: We hope so.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Omar Haddad", "Good afternoon."), ("Lena Brandt", "aid needed safe roads."),
        ("Omar Haddad", "Our colleagues tell us that 2 million people need help."), ("Omar Haddad", "We hope so.")]
    assert [a["speaker"] for a in r.amounts] == ["Omar Haddad"]


def test_bold_markdown_labels_of_an_interview(ex):
    r = ex("Agency\n\n28 October 2024\n\nThe agency presents an interview with Rauf Aliyev, Assistant to the "
           "President.\n\n**Agency:** How ready is the city?\n\n**Rauf Aliyev:** The venue is practically ready.\n\n"
           "**Agency:** Thank you.\n\n**Rauf Aliyev:** Thank you.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Rauf Aliyev", "The venue is practically ready."), ("Rauf Aliyev", "Thank you.")]


def test_a_subject_before_an_aside_introduces_a_quotation_in_guillemets_below(ex):
    r = ex("ASTANA. Agency - Chairman of the Mazhilis Erlan Karin held talks today with Deputy Chairman of the State "
           "Duma Olga Petrenko.\n\nThe Russian parliamentarian, in turn, said:\n\n«We value the position of "
           "Kazakhstan.\n\nOur deputies are ready to work together.»\n")
    assert [p["name"] for p in r.people] == ["Erlan Karin", "Olga Petrenko"]
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Olga Petrenko", "We value the position of Kazakhstan.")]


def test_as_x_put_it_urging_that_and_no_statement_in_say_whether(ex):
    r = ex("Havana (Agency).- Foreign Minister Ana Ruiz of Peru met Prime Minister Jose Marti Cruz on Tuesday.\n\nAs "
           "Ruiz put it in statements to the press after the meeting, ‘without Havana there would be no talks.’\n\n"
           "Ruiz also raised the fisheries dispute, urging that Cuba review its quotas.\n\nMarti declined to say "
           "whether the dispute had been settled.\n\nMarti later told reporters, \"Our relations are good. We are "
           "friends.\"\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Ana Ruiz", "without Havana there would be no talks."), ("Ana Ruiz", "Cuba review its quotas."),
        ("Jose Marti Cruz", "Our relations are good.")]


def test_a_quotation_after_x_s_remarks_were_short_colon_is_x_s(ex):
    r = ex("New Delhi, Nov 20 (Agency) Foreign Minister Ravi Menon held talks with Director Park Jin-ho on Wednesday."
           "\n\nPark's remarks to Indian journalists after the talks were short: 'India is a special partner for us.'"
           "\n\nMenon then left for Mumbai. His answer to a question on trade was blunt: \"We want more.\"\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Park Jin-ho", "India is a special partner for us."), ("Ravi Menon", "We want more.")]


def test_the_minister_is_the_last_subject_among_ministers_and_a_quoted_phrase_is_no_turn(ex):
    r = ex("BEIRUT, May 3 (Agency) - Economy Minister Amin Haddad will travel to Cairo at the invitation of Egyptian "
           "Minister of Supply Ali Fathy.\n\nSpeaking at a press conference, Haddad said that Lebanon imports 600,000 "
           "tonnes of wheat a year.\n\nThe minister recalled that he had first discussed the idea with Fathy last "
           "year.\n\nAsked about prices, the minister said that the price of bread would not be raised \"for now.\"\n")
    assert [(u["speaker"], u["quote"][:12]) for u in r.utterances] == [
        ("Amin Haddad", "Lebanon impo"), ("Amin Haddad", "he had first"), ("Amin Haddad", "the price of")]


def test_a_that_clause_in_a_question_is_no_statement(ex):
    r = ex("VILNIUS, May 3 (Agency) - Finance Minister Jan Novak met reporters on Monday.\n\nNovak said that the "
           "deficit would widen.\n\nBut will Minister Jan Novak confirm that the ministry will cut the budget?\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [("Jan Novak", "the deficit would widen.")]


def test_the_minister_who_told_him_is_the_other_minister_and_a_holder_just_brought_in_is_the_ambassador(ex):
    r = ex("Published 5 May 2024\n\nSURABAYA - Ambassador of Uzbekistan Aziz Karimov met Governor Siti Rahma on Monday."
           " Karimov said that trade was growing.\n\nThe governor then received the Ambassador of Chile to Indonesia,"
           " Pedro Rojas. According to the ambassador, copper shipments doubled last year.\n\nLater that day, Minister "
           "of State Tom Hale met The Gambia's Minister of Finance, Lamin Ceesay. The minister told him that the "
           "external debt bill had fallen.\n")
    said = {u["quote"][:14]: u["speaker"] for u in r.utterances}
    assert said["copper shipmen"] == "Pedro Rojas"
    assert said["the external d"] == "Lamin Ceesay"


def test_a_headline_crediting_its_claim_to_a_role_or_a_name_is_a_turn(ex):
    r = ex("Trade with Hungary up 27 percent, President says\n\nPublished 3 May 2024\n\nULAANBAATAR - President Bat "
           "Erdene received Prime Minister Janos Kiss on Friday.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [("Bat Erdene", "Trade with Hungary up 27 percent")]
    r = ex("Estonian PM in Chisinau: \"Moldova's place is in the European Union\"\n\nPublished 3 May 2024\n\nCHISINAU -"
           " Prime Minister Kaja Tamm of Estonia met President Maia Rusu on Friday.\n")
    assert ("Kaja Tamm", "Moldova's place is in the European Union") in [(u["speaker"], u["quote"])
                                                                         for u in r.utterances]


def test_a_transcript_label_with_letters_after_the_name(ex):
    r = ex("24 November 2023\n\nThe Chief Minister, Karen Moss, welcomed the Chief Minister of the Isle of Man, Alan "
           "Kerr MHK, to St Helier today.\n\nKaren Moss: Good afternoon. It has been a productive day.\n\nAlan Kerr "
           "MHK: The Isle of Man has the same concerns. Our population is ageing.\n\nQuestion (Manx Radio): Mr Kerr, "
           "will you join?\n\nAlan Kerr MHK: Yes, we will, and we will pay our share.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Karen Moss", "Good afternoon."), ("Alan Kerr", "The Isle of Man has the same concerns."),
        ("Alan Kerr", "Yes, we will, and we will pay our share.")]


def test_a_headline_crediting_an_office_without_the_is_its_one_holder(ex):
    r = ex("SECURITY COUNCIL\n\nFighting Has Displaced More Than 9 Million People, Assistant Secretary-General Tells "
           "Security Council\n\n22 May 2024\n\nThe Assistant Secretary-General for Africa, Mariam Osei, briefed the "
           "Council on Wednesday.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances][:1] == [
        ("Mariam Osei", "Fighting Has Displaced More Than 9 Million People")]


def test_her_counterpart_is_the_other_party_of_the_talks(ex):
    r = ex("Published 14 March 2024\n\nPRAGUE - Minister for European Affairs Jan Novak received Georgia's Deputy "
           "Prime Minister Ana Beridze on Wednesday in Prague.\n\nNovak said that the Czech Republic backed Georgia's "
           "candidate status.\n\nHis counterpart, in turn, expressed hope that Czech companies would invest in "
           "Georgia.\n")
    assert [u["speaker"] for u in r.utterances] == ["Jan Novak", "Ana Beridze"]
    r = ex("Published 14 March 2024\n\nPRAGUE - Minister for European Affairs Jan Novak received Georgia's Deputy "
           "Prime Minister Ana Beridze on Wednesday in Prague.\n\nThe guest said that Georgia hoped for Czech "
           "support.\n\nHer counterpart, in turn, expressed hope that Czech companies would invest in Georgia.\n")
    assert [u["speaker"] for u in r.utterances] == ["Ana Beridze", "Jan Novak"]


def test_a_statement_before_its_speaker_when_the_verb_is_parsed_as_a_clause_of_it(ex):
    r = ex("Published 14 March 2024\n\nThe World Bank will provide Georgia with a new credit to expand cash "
           "transfers, Minister of Finance Lasha Tsereteli announced on Wednesday after meeting the Bank's Vice "
           "President, Anna Bjerde, in Tbilisi.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Lasha Tsereteli", "The World Bank will provide Georgia with a new credit to expand cash transfers")]


def test_a_bare_role_label_is_the_one_holder_of_that_office(ex):
    r = ex("Ministry of Foreign Affairs\nTranscript of the weekly media briefing (March 14, 2024)\n\nOfficial "
           "Spokesperson, Shri Arun Mehta: Good afternoon, friends. Let me begin with the visit.\n\nQuestion: Is a "
           "visit planned?\n\nSpokesperson: We will let you know in due course.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Arun Mehta", "Good afternoon, friends."), ("Arun Mehta", "We will let you know in due course.")]


def test_two_speakers_in_one_sentence_joined_by_while(ex):
    r = ex("Published 13 October 2023\n\nTASHKENT - Deputy Minister Marlen Omurov and Deputy Minister Sodir Imonov "
           "took part.\n\nM.Omurov stressed that the region must pay attention to water, while S.Imonov underlined "
           "that 60 percent of exports go to neighbours.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Marlen Omurov", "the region must pay attention to water"),
        ("Sodir Imonov", "60 percent of exports go to neighbours.")]


def test_a_quotations_attribution_with_an_abbreviated_form_of_address(ex):
    r = ex("Published 21 September 2023\n\nNew York - Hon. Kofi Ampem-Darko, Deputy Minister for Foreign Affairs, "
           "held meetings.\n\n\"We agreed on direct flights,\" Hon. Kofi Ampem-Darko told the agency.\n\n\"It is a "
           "start,\" Dr. Kofi Ampem-Darko said.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Kofi Ampem-Darko", "We agreed on direct flights,"), ("Kofi Ampem-Darko", "It is a start,")]


def test_according_to_an_office_and_the_name_after_it(ex):
    r = ex("Published 9 May 2024\n\nTASHKENT - The talks ended.\n\nAccording to the head of the ministry's "
           "international department, Rustam Aliev, the sides agreed to set up a joint working group.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Rustam Aliev", "the sides agreed to set up a joint working group.")]


def test_transcript_label_with_a_state_s_long_name(ex):
    text = ("date 2019-01-24\n\nPress statements following talks\n\nPresident of Russia Vladimir Putin: Mr President,"
            "\n\nI am pleased to welcome you here.\n\nPresident of the Republic of Turkey Recep Tayyip Erdogan "
            "(retranslated): My dear friend, this is our first meeting this year.\n\nOur trade keeps growing.\n")
    turns = [(u["speaker"], u["quote"]) for u in ex(text).utterances]
    assert ("Recep Tayyip Erdoğan", "My dear friend, this is our first meeting this year.") in turns


@pytest.mark.parametrize("verb", ["regretted", "lamented", "complained", "deplored"])
def test_indirect_speech_with_verbs_of_regret(ex, verb):
    text = (f"date 2022-01-09\nThe Minister of State for Information Omar Haddad said exports grew. Haddad {verb} "
            "that the exports sector had suffered under the past government.\n")
    turns = [(u["speaker"], u["quote"]) for u in ex(text).utterances]
    assert ("Omar Haddad", "the exports sector had suffered under the past government.") in turns


def test_statement_heading_gives_the_speech_below_to_its_speaker(ex):
    text = ("22 February 2022, 20:00\n\nPresidents Ilham Aliyev and Vladimir Putin have made press statements\n\n"
            "Statement by President of the Russian Federation Vladimir Putin\n\n-Dear Ilham Heydar oglu!\n\n"
            "Ladies and Gentlemen!\n\nBy the end of 2021, our mutual trade increased by 16 percent.\n")
    r = ex(text)
    assert [(u["speaker"], u["quote"]) for u in r.utterances][:1] == [("Vladimir Putin", "Dear Ilham Heydar oglu!")]
    assert [(a["quote"], a["speaker"]) for a in r.amounts] == [("16 percent", "Vladimir Putin")]


@pytest.mark.parametrize("heading", [
    "President of the Republic of Estonia (Karl Brandt)",
    "President Karl Brandt's Opening Remarks During the Leaders' Meeting on 23 March 2020.",
])
def test_heading_naming_the_speaker_over_a_first_person_speech(ex, heading):
    text = (f"Published: 2022-03-31\n\nJoint Press Statement after the Bilateral Meeting\n\n{heading}\n\n"
            "It is an honor for me to receive the Prime Minister and his delegates.\n\nWe agreed to expand trade.\n")
    turns = [(u["speaker"], u["quote"]) for u in ex(text).utterances]
    assert turns[:1] == [("Karl Brandt", "It is an honor for me to receive the Prime Minister and his delegates.")]


def test_a_name_line_over_narration_is_no_speech_heading(ex):
    text = ("Published: 2022-03-31\n\nPresident Karl Brandt\n\nThe president travelled to the coast on Monday and "
            "opened a port.\n")
    assert ex(text).utterances == []


def test_this_is_according_to_x_gives_x_the_paragraph_before(ex):
    text = ("Unemployment rate at 26.2 percent\n\nThe country currently has 1,770,000 employed citizens, but the "
            "figure "
            "is dropping continually, while the unemployment rate has reached 26.2 percent.\n\nSupported by\n\n"
            "This is according to the assistant minister of labor and social policy, Jelena Petrovic.\n")
    r = ex(text)
    assert [u["speaker"] for u in r.utterances] == ["Jelena Petrovic"]
    assert [(a["quote"], a["speaker"]) for a in r.amounts if a["speaker"]] == [
        ("1,770,000 employed citizens", "Jelena Petrovic"), ("26.2 percent", "Jelena Petrovic")]


def test_participle_affirming_that_reports_the_subject(ex):
    r = ex("date 2025-06-10\n\nDeputy Foreign Minister Le Hoai Trung warmly congratulated Cambodia on its "
           "achievements, "
           "affirming that Viet Nam would actively support Cambodia in hosting the summit.\n")
    assert [(u["speaker"], u["quote"]) for u in r.utterances] == [
        ("Le Hoai Trung", "Viet Nam would actively support Cambodia in hosting the summit.")]


def test_a_states_fm_is_its_foreign_minister(ex):
    r = ex("date 2025-06-10\n\nMoroccan Foreign Minister Nasser Bourita met his counterpart on Monday. Morocco's FM "
           "also stressed that the visit of the King in 2015 has given a new impetus to these relations.\n")
    assert [u["speaker"] for u in r.utterances] == ["Nasser Bourita"]


def test_statement_before_x_said_at_a_press_conference(ex):
    text = ("date 2022-10-12\n\nThe Group is at least as important as the Benelux countries, Czech President Milos "
            "Zeman said at a joint press conference after Tuesday's summit.\n")
    assert [(u["speaker"], u["quote"]) for u in ex(text).utterances] == [
        ("Miloš Zeman", "The Group is at least as important as the Benelux countries")]
