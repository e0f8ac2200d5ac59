"""Amounts: value, unit, qualifier, metric and speaker of every number that quantifies something."""

from __future__ import annotations

import pytest

HEAD = "Baku, 5 May 2023\n"


def only_amount(r) -> dict:
    assert len(r.amounts) == 1, r.amount_quotes()
    return r.amounts[0]


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("Trade between the two countries reached $4.5 billion last year.", "$4.5 billion", 4.5e9, "USD"),
        ("Trade turnover amounted to 4 billion dollars in 2022.", "4 billion dollars", 4e9, "USD"),
        ("The fund will invest $ 4 bn in new plants.", "$ 4 bn", 4e9, "USD"),
        ("The prime minister inaugurated projects worth Rs 2,000 crore in Gujarat.", "Rs 2,000 crore", 2e10, "INR"),
        ("The government allocated 1.2m manat to the new school.", "1.2m manat", 1.2e6, "AZN"),
        ("The bank lent 300 million euros to the project.", "300 million euros", 3e8, "EUR"),
        ("The state budget received 15.3 billion manat in January.", "15.3 billion manat", 1.53e10, "AZN"),
        ("The deficit reached Ft 698.1 billion in the first quarter.", "Ft 698.1 billion", 6.981e11, "HUF"),
        ("The port project will cost Tk 500 crore over three years.", "Tk 500 crore", 5e9, "BDT"),
        ("Exports to Poland reached 3 billion Kč last year.", "3 billion Kč", 3e9, "CZK"),
    ],
)
def test_money_forms(ex, sentence, quote, value, unit):
    text = HEAD + sentence + "\n"
    a = only_amount(ex(text))
    assert a["quote"] == quote
    assert text[a["start"] : a["end"]] == quote
    assert a["start"] == text.index(quote)
    assert a["value"] == pytest.approx(value)
    assert a["unit"] == unit
    assert a["qualifier"] == "exact"
    assert a["speaker"] is None


def test_money_values_are_plain_integers_in_json(ex):
    a = only_amount(ex(HEAD + "Trade between the two countries reached $4.5 billion last year.\n"))
    assert a["value"] == 4_500_000_000
    assert isinstance(a["value"], int)


def test_bare_scale_number_inherits_the_currency(ex):
    r = ex(
        HEAD + "Russian companies have invested $6 billion in Azerbaijan. "
        "Six billion are Russian investments in the non-oil sector.\n"
    )
    assert r.amount_quotes() == ["$6 billion", "Six billion"]
    six = r.amount("Six billion")
    assert (six["value"], six["unit"]) == (6_000_000_000, "USD")
    assert six["metric"] == "Russian investments in the non-oil sector"
    assert r.amount("$6 billion")["metric"] == "investment of Russian companies in Azerbaijan"


def test_money_metric_is_the_subject(ex):
    r = ex(HEAD + "Trade turnover amounted to 4 billion dollars in 2022.\n")
    assert only_amount(r)["metric"] == "Trade turnover in 2022"


# --------------------------------------------------------------------------- qualifiers


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit", "qualifier"),
    [
        (
            "Trade turnover was in excess of 4 billion dollars.",
            "in excess of 4 billion dollars",
            4e9,
            "USD",
            "more_than",
        ),
        ("Exports exceeded $2 billion.", "exceeded $2 billion", 2e9, "USD", "more_than"),
        ("Imports were under $1 billion.", "under $1 billion", 1e9, "USD", "less_than"),
        ("Tourism grew by at least 10 percent.", "at least 10 percent", 10, "percent", "at_least"),
        ("Investment reached up to 500 million euros.", "up to 500 million euros", 5e8, "EUR", "up_to"),
        ("Around 40 schools were built.", "Around 40 schools", 40, "schools", "about"),
        ("About a million students study abroad.", "About a million students", 1e6, "students", "about"),
        (
            "More than a thousand companies operate in the country.",
            "More than a thousand companies",
            1000,
            "companies",
            "more_than",
        ),
        ("Russia accounts for nearly a third of the country's imports.", "nearly a third", 100 / 3, "percent", "about"),
    ],
)
def test_qualifiers(ex, sentence, quote, value, unit, qualifier):
    text = HEAD + sentence + "\n"
    a = only_amount(ex(text))
    assert a["quote"] == quote
    assert a["start"] == text.index(quote)
    assert a["value"] == pytest.approx(value)
    assert a["unit"] == unit
    assert a["qualifier"] == qualifier


def test_fraction_metric_is_a_share(ex):
    a = only_amount(ex(HEAD + "Russia accounts for nearly a third of the country's imports.\n"))
    assert a["metric"] == "share of country's imports"


# --------------------------------------------------------------------------- percentages


def test_percent_sign_and_signed_percent(ex):
    r = ex(HEAD + "Trade grew by 7.5% in the first quarter. Exports rose +7.5% compared with last year.\n")
    assert r.amount_quotes() == ["7.5%", "+7.5%"]
    first, second = r.amounts
    assert (first["value"], first["unit"]) == (7.5, "percent")
    assert (second["value"], second["unit"]) == (7.5, "percent")
    assert first["metric"] == "growth of Trade in the first quarter"
    assert second["metric"] == "growth of Exports compared with last year"


def test_percent_range_gives_two_amounts_with_one_metric(ex):
    text = HEAD + "Exports account for 50-60 percent of revenue.\n"
    r = ex(text)
    assert r.amount_quotes() == ["50", "60 percent"]
    low, high = r.amounts
    assert (low["value"], low["unit"], high["value"], high["unit"]) == (50, "percent", 60, "percent")
    assert low["start"] == text.index("50-60")
    assert high["end"] == text.index("60 percent") + len("60 percent")
    assert low["metric"] == high["metric"]


def test_percent_word_with_change_metric(ex):
    r = ex(HEAD + "Tourism grew by 12 percent in 2023.\n")
    a = only_amount(r)
    assert (a["quote"], a["value"], a["unit"]) == ("12 percent", 12, "percent")
    assert a["metric"] == "growth of Tourism in 2023"


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("The two sides signed seven roadmaps.", "seven roadmaps", 7, "roadmaps"),
        ("The sides signed 12 agreements.", "12 agreements", 12, "agreements"),
        ("Some 300 Russian companies operate in Azerbaijan.", "Some 300 Russian companies", 300, "companies"),
        ("The country received 2.5 million vaccine doses.", "2.5 million vaccine doses", 2.5e6, "vaccine doses"),
    ],
)
def test_counts_of_things(ex, sentence, quote, value, unit):
    text = HEAD + sentence + "\n"
    a = only_amount(ex(text))
    assert a["quote"] == quote
    assert a["start"] == text.index(quote)
    assert a["value"] == pytest.approx(value)
    assert a["unit"] == unit


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("There are 4 512 factories with foreign capital in the region.", "4 512 factories", 4512, "factories"),
        ("Bilateral trade stood at around 40 million USD last year.", "around 40 million USD", 4e7, "USD"),
        ("The exporters shipped goods worth $12 bln to the port.", "$12 bln", 1.2e10, "USD"),
        ("The king received four foreign delegations in the palace.", "four foreign delegations", 4, "delegations"),
        ("The envoy will tour two neighbouring countries next month.", "two neighbouring countries", 2, "countries"),
        ("The mayor opened 25 large public libraries in the city.", "25 large public libraries", 25, "libraries"),
        (
            "The minister held four separate bilateral meeting with the envoys.",
            "four separate bilateral meeting",
            4,
            "meetings",
        ),
        (
            "The alliance deployed 3,200 service members in the region.",
            "3,200 service members",
            3200,
            "service members",
        ),
    ],
)
def test_count_units(ex, sentence, quote, value, unit):
    a = only_amount(ex(HEAD + sentence + "\n"))
    assert (a["quote"], a["value"], a["unit"]) == (quote, pytest.approx(value), unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The partnership between the two nations has lasted 35 years.",
        "The friendship marks 80 years of diplomatic relations this spring.",
        "The three leaders discussed the economy.",
        "The minister said the two heads of state would meet in autumn.",
        "Officials from both countries said their two governments would cooperate.",
        "Norway and Chile are two friendly nations with a shared maritime past.",
        "The firm is among the five largest investors in the province.",
    ],
)
def test_durations_and_group_references_are_not_amounts(ex, sentence):
    assert ex(HEAD + sentence + "\n").amounts == []


def test_a_duration_does_not_borrow_a_neighbours_unit(ex):
    r = ex(HEAD + "Exports grew by more than 40 percent over the past 6 years.\n")
    assert r.amount_quotes() == ["more than 40 percent"]


def test_count_metric_includes_the_clause(ex):
    r = ex(HEAD + "More than a thousand companies operate in the country.\n")
    assert only_amount(r)["metric"] == "companies operating in the country"


# --------------------------------------------------------------------------- not amounts


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation arrived at Vnukovo-2 airport.",
        "The talks were held at 15:20 local time.",
        "The ministers met on 20 July to prepare the visit.",
        "The second meeting took place on July 21.",
        "This was the 30th round of consultations.",
        "The sides discussed the 3+3 format.",
        "The G20 summit discussed the economy.",
        "The pandemic of COVID-19 changed travel.",
        "The treaty was signed in 1991 and renewed in 2011.",
        "The logo is 16 px wide.",
        "One of the ministers left early.",
    ],
)
def test_not_amounts(ex, sentence):
    assert ex(HEAD + sentence + "\n").amounts == []


def test_numbers_in_names_dates_and_times_beside_a_real_amount(ex):
    text = (
        HEAD + "The delegation arrived at Vnukovo-2 airport on 20 July 2023 for the 30th round of talks "
        "in the 3+3 format at the G20 venue and signed 12 agreements.\n"
    )
    assert ex(text).amount_quotes() == ["12 agreements"]


# --------------------------------------------------------------------------- speaker


def test_speaker_is_the_turn_speaker_and_none_in_narration(ex):
    text = (
        "Moscow, 5 May 2023\n"
        "President Vladimir Putin met President Ilham Aliyev in the Kremlin.\n"
        "Putin said:\n"
        "- Our trade turnover grew by 15 percent last year. More than 300 Russian companies work in Azerbaijan.\n"
        "Aliyev thanked Putin. Azerbaijan and Russia share a border of 390 kilometers.\n"
    )
    r = ex(text)
    assert r.amount_quotes() == ["15 percent", "More than 300 Russian companies", "390 kilometers"]
    pct = r.amount("15 percent")
    assert (pct["value"], pct["unit"], pct["speaker"]) == (15, "percent", "Vladimir Putin")
    assert pct["metric"] == "growth of trade turnover last year"
    companies = r.amount("More than 300 Russian companies")
    assert (companies["value"], companies["unit"], companies["qualifier"]) == (300, "companies", "more_than")
    assert companies["speaker"] == "Vladimir Putin"
    assert companies["metric"] == "Russian companies working in Azerbaijan"
    assert r.amount("390 kilometers")["speaker"] is None


def test_speaker_of_indirect_speech(ex):
    text = (
        "Ankara, 4 March 2023\n"
        "President Recep Tayyip Erdogan met President Ilham Aliyev in Ankara. "
        "Erdogan noted that trade between the two countries had reached $7 billion.\n"
    )
    a = only_amount(ex(text))
    assert (a["quote"], a["value"], a["unit"], a["speaker"]) == ("$7 billion", 7e9, "USD", "Recep Tayyip Erdoğan")


def test_speaker_of_a_quotation(ex):
    text = (
        "Tokyo, 4 March 2023\n"
        "Prime Minister Fumio Kishida met Chancellor Olaf Scholz in Tokyo.\n"
        "“German companies have invested 20 billion euros in Japan,” Scholz said.\n"
    )
    a = only_amount(ex(text))
    assert (a["quote"], a["value"], a["unit"], a["speaker"]) == ("20 billion euros", 2e10, "EUR", "Olaf Scholz")


def test_speaker_from_the_reporting_clause_after_a_quotation(ex):
    text = (
        "Lima, 4 March 2023\n"
        "Foreign Ministry spokesman Carlos Mendoza spoke to reporters on Monday.\n"
        '"Exports rose sharply in the spring. Copper sales reached $3 billion by May," the spokesman said.\n'
    )
    r = ex(text)
    assert r.amount("$3 billion")["speaker"] == "Carlos Mendoza"


def test_speaker_from_a_trailing_reporting_clause(ex):
    text = (
        "Oslo, 4 March 2023\n"
        "Trade between the two kingdoms will grow to $9 billion this year, "
        "Prime Minister Erik Solberg told reporters.\n"
    )
    assert ex(text).amount("$9 billion")["speaker"] == "Erik Solberg"


def test_headline_figure_has_no_speaker(ex):
    text = "Oslo, 4 March 2023\nNordic trade to hit $9 billion by year-end\n\nShipping firms expect a busy year.\n"
    assert ex(text).amount("$9 billion")["speaker"] is None


@pytest.mark.parametrize(
    ("sentence", "quote", "metric"),
    [
        (
            "The ministry plans to trim $200 million from the transport budget over the next five years.",
            "$200 million",
            "planned cut of transport budget over the next five years",
        ),
        (
            "In the first half of the year, grain exports grew and their value increased by 12 percent.",
            "12 percent",
            "growth of grain exports value in the first half of the year",
        ),
        (
            "Twelve joint ventures in the chemical sector totaling $2 billion are under way.",
            "$2 billion",
            "total value of joint ventures",
        ),
        ("The council approved its $40 million annual culture budget.", "$40 million", "annual culture budget"),
    ],
)
def test_metric_conventions(ex, sentence, quote, metric):
    assert ex(HEAD + sentence + "\n").amount(quote)["metric"].lower() == metric


def test_every_amount_says_how_it_was_found(ex):
    r = ex(HEAD + "Exports grew by 12 percent to $3 billion. Some 40 firms operate in the zone.\n")
    assert {a["via"] for a in r.amounts} == {"amounts.percent", "amounts.money", "amounts.count"}


# --------------------------------------------------------------------------- more number forms (issue 13)


def test_decimal_comma_before_a_scale_word(ex):
    r = ex("Published 2 May 2024\n\nSpain delivered 1,5 million doses and trade reached 3,2 billion dollars, while "
           "1,200 delegates attended.\n")
    got = [(a["value"], a["unit"]) for a in r.amounts]
    assert (1_500_000, "doses") in got and (3_200_000_000, "USD") in got and (1200, "delegates") in got


def test_fraction_words_are_shares_in_percent(ex):
    r = ex("Published 2 May 2024\n\nAlmost two thirds of the imports come from the kingdom.\n")
    assert [(round(a["value"], 2), a["unit"], a["qualifier"]) for a in r.amounts] == [(66.67, "percent", "about")]


def test_regional_currency_prefixes(ex):
    r = ex("Published 2 May 2024\n\nThe projects are worth RM38.4 billion, TSh 1.3 trillion and about JD 9 million.\n")
    assert [(a["value"], a["unit"]) for a in r.amounts] == [
        (38_400_000_000, "MYR"), (1_300_000_000_000, "TZS"), (9_000_000, "JOD")]


def test_this_indicator_takes_the_previous_figures_metric(ex):
    r = ex("Published 2 May 2024\n\nTrade turnover reached $2 billion in 2023. The growth of this indicator was 12% "
           "in the first quarter.\n")
    metrics = {a["value"]: a["metric"] for a in r.amounts}
    assert "trade turnover" in metrics[12].lower() and "indicator" not in metrics[12].lower()


def test_a_metric_does_not_run_into_the_next_line(ex):
    r = ex("Published 2 May 2024\n\nExports reached $5 billion\nLast year imports fell.\n")
    assert all("Last" not in (a["metric"] or "") for a in r.amounts)


def test_thousands_point_demonym_units_irregular_plurals_and_by_a_fraction(ex):
    r = ex("Published 2 May 2024\n\nKorea sent 500.000 doses, about 7,000 Cabo Verdeans live there, the sides signed "
           "7 memoranda of understanding and the quota will be raised by a fifth next year.\n")
    got = [(a["value"], a["unit"]) for a in r.amounts]
    assert (500_000, "doses") in got and (7000, "cabo verdeans") in got and (7, "memoranda") in got
    assert (20, "percent") in got


def test_rupees_of_mauritius(ex):
    r = ex("Published 3 March 2025\n\nJapan has financed projects worth more than Rs 18 billion in Mauritius since "
           "2010, the Mauritian minister said.\n")
    assert [(a["value"], a["unit"]) for a in r.amounts] == [(18_000_000_000, "MUR")]


@pytest.mark.parametrize("sentence, unit", [
    ("Moldova will receive 120 million lei for schools, the Moldovan minister said in Chisinau.", "MDL"),
    ("Romania will spend 120 million lei on schools, the minister said.", "RON"),
    ("Bahrain will invest 40 million dinars in the port, the Bahraini minister said.", "BHD"),
    ("The Prime Minister said Saint Lucia would put EC$5 million into a regional ferry fund.", "XCD"),
])
def test_a_currency_several_states_use_is_the_one_the_story_names(ex, sentence, unit):
    r = ex(f"Published 3 March 2025\n\n{sentence}\n")
    assert [a["unit"] for a in r.amounts] == [unit]


def test_aircraft_stays_aircraft(ex):
    r = ex("Published 3 March 2025\n\nThe minister said firms could supply up to 20 trainer aircraft.\n")
    assert [(a["value"], a["unit"]) for a in r.amounts] == [(20, "trainer aircraft")]


@pytest.mark.parametrize("sentence, quote, value, unit", [
    ("The war has displaced nearly 12 million Sudanese, he said.", "nearly 12 million Sudanese", 12e6, "sudanese"),
    ("About 2,000 Chinese work in the country.", "About 2,000 Chinese", 2000, "chinese"),
    ("Arrivals by sea had exceeded 7,000 during the summer.", "exceeded 7,000", 7000, "arrivals"),
    ("The number of Bolivians registered at the consulate had risen to nearly 4,500.", "nearly 4,500", 4500,
     "bolivians"),
    ("Zambia's exports to Malaysia reached about K1.9 billion.", "about K1.9 billion", 1.9e9, "ZMW"),
    ("Botswana will invest P4.2 billion in the line.", "P4.2 billion", 4.2e9, "BWP"),
    ("Congo will allocate 500 million CFA francs to the commission, the minister in Brazzaville said.",
     "500 million CFA francs", 5e8, "XAF"),
])
def test_demonyms_counted_level_subjects_and_local_currencies(ex, sentence, quote, value, unit):
    r = ex(f"News\n\nPublished 12 June 2025\n\n{sentence}\n")
    assert [(a["quote"], a["value"], a["unit"]) for a in r.amounts] == [(quote, value, unit)]


def test_a_single_letter_currency_needs_a_sum_and_a_state_that_uses_it(ex):
    r = ex("News\n\nPublished 12 June 2025\n\nThe climbers reached K2 and the P5 group met in Geneva.\n")
    assert r.amounts == []


def test_the_first_figure_of_a_range_takes_the_seconds_scale_and_unit(ex):
    r = ex("News\n\nNovember 4, 2025\n\nThe country will raise its production capacity from 77 to 142 million tonnes "
           "by 2030, and trade could reach between 3 and 4 billion dollars.\n")
    assert [(a["quote"], a["value"], a["unit"]) for a in r.amounts] == [
        ("77", 77e6, "tonnes"), ("142 million tonnes", 142e6, "tonnes"), ("3", 3e9, "USD"),
        ("4 billion dollars", 4e9, "USD")]


def test_shilling_dominican_peso_and_cfa_franc_prefixes(ex):
    r = ex("NAIROBI, May 3 (Agency) - Kenya imported maize worth Sh14.2 billion from Tanzania, while the Dominican "
           "Republic pledged RD$2.4 billion and Chad CFA 500 million.\n")
    assert [(a["quote"], a["unit"], a["value"]) for a in r.amounts] == [
        ("Sh14.2 billion", "KES", 14.2e9), ("RD$2.4 billion", "DOP", 2.4e9), ("CFA 500 million", "XAF", 5e8)]


def test_a_table_lines_label_is_its_figures_metric(ex):
    r = ex("Published 14 Feb 2024\n\nTrade with Ghana, 2023\nExports to Ghana: USD 6.8 million (up 31.2 percent)\n"
           "Trade deficit: USD 2.3 million\n\nOusmane Diallo: About 300 firms export to Ghana.\n")
    assert [(a["quote"], a["metric"]) for a in r.amounts][:3] == [
        ("USD 6.8 million", "Exports to Ghana"), ("31.2 percent", "growth of exports to Ghana"),
        ("USD 2.3 million", "Trade deficit")]
    assert r.amounts[3]["metric"] != "Ousmane Diallo"


def test_percentage_before_a_level_keeps_its_own_scale(ex):
    r = ex("date 2019-01-24\nThe number of visitors rose by 30 percent to 6.2 million.\n")
    assert [(a["quote"], a["value"], a["unit"]) for a in r.amounts] == [
        ("30 percent", 30, "percent"), ("6.2 million", 6200000, "visitors")]
    assert r.amounts[1]["metric"] == "number of visitors"


@pytest.mark.parametrize("level", ["rose to six million", "rose to an all-time high of six million"])
def test_number_of_things_rising_to_a_scaled_word(ex, level):
    r = ex(f"date 2019-01-24\nThe number of Ruritanian tourists {level} last year.\n")
    assert [(a["value"], a["unit"]) for a in r.amounts] == [(6000000, "tourists")]
    assert r.amounts[0]["metric"].startswith("number of Ruritanian tourists")


def test_number_words_in_compound_adjectives_are_no_amounts(ex):
    r = ex("date 2023-01-01\nThe leaders backed the two-state solution at a three-sided meeting and agreed on "
           "two-plus-two talks. A seven-member delegation came.\n")
    assert [(a["quote"], a["unit"]) for a in r.amounts] == [("seven-member", "members")]


def test_cedi_written_with_the_cent_sign(ex):
    r = ex("date 2023-01-01\nA cedi is sold above GH¢14.0 to a dollar.\n")
    assert [(a["value"], a["unit"], a["qualifier"]) for a in r.amounts] == [(14, "GHS", "more_than")]
