"""Countries of officials whose title names none: the story's home country (components/countries.py)."""

from __future__ import annotations


def test_dateline_country_for_an_official_without_one(ex):
    r = ex("Published 2 May 2024\n\nRABAT - Minister of Industry and Trade Karim Benslimane and Poland's Deputy "
           "Minister of Development Anna Kowalczyk met in Rabat on Thursday.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people == {"Karim Benslimane": "MA", "Anna Kowalczyk": "PL"}


def test_header_country_beats_the_dateline(ex):
    r = ex("Ministry of Foreign Affairs - Costa Rica\nNew York, 23 September 2025\n\nForeign Minister Pedro Alvarado "
           "met Foreign Minister Ola Nordmann of Norway in New York on Monday.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people["Pedro Alvarado"] == "CR" and people["Ola Nordmann"] == "NO"


def test_the_counterpart_of_a_home_official_is_not_given_the_home_country(ex):
    r = ex("Published 2 May 2024\n\nRABAT - Minister of Industry Anna Kowalczyk arrived on Wednesday.\n\nOn "
           "Thursday she met Moroccan Minister of Trade Karim Benslimane in Rabat.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people["Karim Benslimane"] == "MA" and people["Anna Kowalczyk"] is None


def test_people_without_an_office_keep_no_country(ex):
    r = ex("Published 2 May 2024\n\nRABAT - Minister of Trade Karim Benslimane met Minister Anna Kowalczyk on "
           "Thursday.\n\nReporting by Jana Novak\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people.get("Jana Novak") is None


def test_whom_a_home_official_met_is_not_given_the_home_country_either(ex):
    r = ex("Talks in parliament\n\nBishkek, 14 May 2025\n\nOn May 13, Speaker Talant Asanov held a meeting with a "
           "delegation of the European Parliament led by its Vice-President Anna Rossi.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people == {"Talant Asanov": "KG", "Anna Rossi": None}


def test_a_national_agency_filing_from_abroad(ex):
    r = ex("Speaker in Prague\n\nWednesday, 9 April 2025\n\nPrague (ANTARA) - Speaker Dewi Lestari held talks with "
           "Speaker of the Chamber of Deputies Jana Horakova on Monday.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people == {"Dewi Lestari": "ID", "Jana Horakova": "CZ"}


def test_an_agency_dateline_and_a_quotation_are_not_the_country_of_the_official_after_them(ex):
    # the bracketed state of the dateline, a pair "Ghana-Togo" inside a quotation: neither is the speaker's
    r = ex("Published 4 March 2025\n\nLome [Togo], March 4 (ANI): Minister of State for External Affairs Ravi Menon "
           "met Senate President Kossi Agbeyome here on Monday.\n\n\"We value the India-Togo partnership,\" Menon "
           "posted on X after the meeting.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people == {"Ravi Menon": "IN", "Kossi Agbeyome": "TG"}


def test_a_city_of_international_meetings_is_no_storys_home(ex):
    r = ex("Published 21 May 2025\n\nGENEVA, 21 May - Minister for Health Karma Dorji met Director-General Anna "
           "Berg on the margins of the World Health Assembly yesterday.\n")
    assert {p["name"]: p["country"] for p in r.people}["Karma Dorji"] is None


def test_where_a_verb_takes_things_and_a_headlines_adjective_are_not_a_speakers_country(ex):
    r = ex("Chile seeks Slovenian cattle as Minister Pavel Horak visits\n\nPublished 5 March 2025\n\n"
           "Chile wants to import 9,000 head of cattle from Slovenia this year, Agriculture Minister Pavel "
           "Horak said.\n")
    assert {p["name"]: p["country"] for p in r.people}["Pavel Horak"] == "CL"


def test_chiefs_commanders_and_directors_general_are_a_states_officials(ex):
    r = ex("News\n\n18 Mar 2025 | 17:20\n\nBANGKOK, March 18 - Pakistan's Minister of Defence Ali Raza called on the "
           "Chief of Defence Forces, General Prasert Boonmee, and met Director-General Anan Suksai.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people["Prasert Boonmee"] == "TH" and people["Anan Suksai"] == "TH"


def test_whom_a_visitor_of_another_state_met_on_a_visit_is_of_the_visited_state(ex):
    r = ex("The Federal Council\n\nBern, 21.08.2025 - The Swiss Minister of Economy, Federal Councillor Anna Keller, "
           "concluded an official visit to Brazil on Wednesday.\n\nOn Monday in Brasília, Councillor Keller was "
           "received by the President of the Senate, Paulo Rocha, and then by the Minister of Science, Ana "
           "Costa.\n\nOn Tuesday, she met the Mayor of São Paulo, Ricardo Lima.\n")
    countries = {p["name"]: p["country"] for p in r.people}
    assert countries == {"Anna Keller": "CH", "Paulo Rocha": "BR", "Ana Costa": "BR", "Ricardo Lima": "BR"}


def test_more_national_agencies_name_their_own_officials(ex):
    r = ex("AMI\n\nBaghdad (AMI) - The Prime Minister, Mr. Omar Ould Salem, held several meetings on Saturday on the "
           "sidelines of the summit.\n")
    assert [(p["name"], p["country"]) for p in r.people] == [("Omar Ould Salem", "MR")]


def test_an_international_organisations_official_takes_no_home_country_and_foreign_office_is_no_state(ex):
    r = ex("GNA\n\nAccra, July 22, GNA – Dr Kwame Mensah, the Minister for Finance, on Tuesday held talks with Mr "
           "Peter Lang, Deputy Managing Director of the International Monetary Fund (IMF), in Accra.\n\nForeign Office "
           "Spokesperson Amna Qureshi said the talks were useful.\n")
    countries = {p["name"]: p["country"] for p in r.people}
    assert countries["Kwame Mensah"] == "GH" and countries["Peter Lang"] is None
    assert countries["Amna Qureshi"] != "GB"


def test_st_kitts_is_a_state_and_an_official_in_a_sentence_set_in_a_state(ex):
    r = ex("News\n\nDecember 3, 2025\n\nPrime Minister of St Kitts and Nevis Dr Terrance Drew has accepted an "
           "invitation.\n\nIn Antigua, Minister of Foreign Affairs Paul Greene welcomed the planned visit.\n")
    assert {(p["name"], p["country"]) for p in r.people} == {("Terrance Drew", "KN"), ("Paul Greene", "AG")}


def test_a_story_filed_from_abroad_gives_the_hosts_the_datelines_state(ex):
    r = ex("Philippine News Agency\nNation | World\n\nSenate delegation meets Diet leaders\n\nFebruary 14, 2024, 8:21 "
           "pm\n\nTOKYO – A Philippine Senate delegation headed by Senate President Juan Ramos held meetings here on "
           "Tuesday.\n\nThe delegation includes Senators Ana Reyes and Pia Santos.\n\nRamos first called on Speaker of "
           "the House of Representatives Kenji Nakamura at the National Diet.\n")
    countries = {p["name"]: p["country"] for p in r.people}
    assert countries == {"Juan Ramos": "PH", "Ana Reyes": "PH", "Pia Santos": "PH", "Kenji Nakamura": "JP"}


def test_a_delegation_member_is_of_the_delegations_state(ex):
    r = ex("TEHRAN, Nov 14 (Agency) – Foreign Minister Hossein Karimi received on Tuesday the Belarusian Minister of "
           "Industry, Sergei Volkov.\n\nVolkov arrived in Tehran at the head of a delegation that includes Deputy "
           "Minister of Industry Oleg Petrov.\n\nMINSK, 16 May – The Speaker held talks with a delegation of "
           "Uzbekistan.\n\nA member of the delegation, Chairman of the Committee on Budget Aziz Karimov, said that "
           "trade grew.\n")
    countries = {p["name"]: p["country"] for p in r.people}
    assert countries["Oleg Petrov"] == "BY"
    assert countries["Aziz Karimov"] == "UZ"


def test_the_sites_own_country_domain_is_the_storys_home(ex):
    text = ("Government.{tld}\nMinistry of Foreign Affairs | Press releases\n\nMinister discusses the crisis\n\n"
            "Press release | Date: 26.05.2023\n\nMinister of International Development Kari Lund held a telephone "
            "conversation on Thursday with the European Commissioner, Janez Novak.\n")
    assert {p["name"]: p["country"] for p in ex(text.format(tld="no")).people}["Kari Lund"] == "NO"
    assert {p["name"]: p["country"] for p in ex(text.format(tld="io")).people}["Kari Lund"] is None


def test_a_credit_line_under_the_headline_names_the_sites_domain(ex):
    r = ex("Daily Wire English\nNews | Politics\n\nBudget approved\n\nStaff, Dagblad.dk\n2024.05.02 10:00\n\n"
           "Finance Minister Lars Holm said on Thursday that the government would borrow less next year, and the "
           "cabinet approved the draft budget after a long sitting.\n")
    assert {p["name"]: p["country"] for p in r.people}["Lars Holm"] == "DK"


def test_the_one_state_of_a_storys_meetings_is_its_home_without_a_header_or_dateline(ex):
    r = ex("Speaker hosts colleague\n\nPublished 3 May 2024\n\nNational Assembly Speaker Tomas Wekesa on Tuesday "
           "received the Speaker of the National Assembly of Malawi, Grace Phiri, at Parliament Buildings in "
           "Nairobi.\n\nDeputy Clerk Ruth Atieno also attended the meeting.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people["Tomas Wekesa"] == "KE" and people["Ruth Atieno"] == "KE" and people["Grace Phiri"] == "MW"


def test_directors_are_officials_but_heads_of_an_international_fund_are_not(ex):
    r = ex("Published 2 May 2024\n\nACCRA - Minister of Trade Ama Mensah met the President of the International Fund "
           "for Agricultural Development, Pedro Lanza, on Thursday.\n\nDirector of Foreign Trade Kofi Boateng briefed "
           "the two on the programme.\n")
    people = {p["name"]: p["country"] for p in r.people}
    assert people == {"Ama Mensah": "GH", "Pedro Lanza": None, "Kofi Boateng": "GH"}


def test_a_round_up_at_an_assembly_of_many_states_gives_its_host_city_to_no_one(ex):
    r = ex("\n\n".join([
        "Inter-Parliamentary Union", "Secretary General holds talks in Luanda", "27 October 2023",
        "The IPU Secretary General, Jonas Mberi, held bilateral meetings this week on the margins of the IPU Assembly "
        "in Luanda.",
        "He met with:\n- on Monday, the President of the National Assembly of Angola and host of the Assembly, Rosa "
        "Cerqueira;\n- on Tuesday, the Speaker of the Parliament of Sri Lanka, Mahinda Perera;\n- on Wednesday, the "
        "Speaker of the Althingi, Birgir Jonsson;\n- on Thursday, the Speaker, Tom Okafor.\n"]))
    people = {p["name"]: (p["title"], p["country"]) for p in r.people}
    assert people["Jonas Mberi"] == ("IPU Secretary General", None)
    assert people["Rosa Cerqueira"] == ("President of the National Assembly", "AO")
    assert people["Birgir Jonsson"] == ("Speaker of the Althingi", "IS")
    assert people["Tom Okafor"][1] is None
    assert len(r.meetings) == 4


def test_a_regions_adjective_in_the_header_names_no_country(ex):
    r = ex("Latin American News Agency\nHome | World | Economy\n\nJuly 20, 2023\n\nThe Executive Director of the "
           "fund, Ines Barrow, met the Minister of Foreign Affairs, Lucas Moreau, on Thursday.\n")
    assert {p["name"]: p["country"] for p in r.people} == {"Ines Barrow": None, "Lucas Moreau": None}


def test_a_given_name_with_an_accent_is_no_demonym():
    from summitry.components.places import country_code

    assert [country_code(w) for w in ("Germán", "German", "México", "Perú", "Côte d'Ivoire")] == [
        None, "DE", "MX", "PE", "CI"]


def test_one_who_led_a_states_delegation_is_of_that_state(ex):
    r = ex("Published 6 May 2024\n\nState Minister of Finance Ravi Perera, who led Sri Lanka's delegation to the "
           "meeting in Tbilisi, held talks with the bank's President.\n")
    assert [(p["name"], p["country"]) for p in r.people] == [("Ravi Perera", "LK")]
