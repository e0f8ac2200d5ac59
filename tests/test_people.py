"""People: mentions resolved to one canonical person, with title and ISO country."""

from __future__ import annotations

import pytest

from summitry.components.people import canonical_name, clean_title

# --------------------------------------------------------------------------- canonical names


def test_patronymic_address_resolves_to_the_named_person(ex):
    text = (
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin received President of the Republic of Azerbaijan Ilham Aliyev in the Kremlin.\n"
        "Aliyev said: - Vladimir Vladimirovich, thank you for the invitation.\n"
    )
    r = ex(text)
    assert r.names() == ["Vladimir Putin", "Ilham Aliyev"]
    assert r.mentions("Vladimir Putin") == ["Vladimir Putin", "Vladimir Vladimirovich"]


def test_patronymic_address_after_lower_case_dear(ex):
    text = (
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin received President Ilham Aliyev in the Kremlin.\n"
        "Aliyev said: - Dear Mr President, dear Vladimir Vladimirovich, thank you for the invitation.\n"
    )
    r = ex(text)
    assert r.names() == ["Vladimir Putin", "Ilham Aliyev"]
    assert "Vladimir Vladimirovich" in r.mentions("Vladimir Putin")


def test_patronymic_address_after_capitalised_dear(ex):
    text = (
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin received President of the Republic of Azerbaijan Ilham Aliyev in the Kremlin.\n"
        "Aliyev said: - Dear Vladimir Vladimirovich, thank you for the invitation.\n"
        "Putin said: - Dear Ilham Heydarovich, welcome to Moscow.\n"
    )
    r = ex(text)
    assert r.names() == ["Vladimir Putin", "Ilham Aliyev"]
    assert "Vladimir Vladimirovich" in r.mentions("Vladimir Putin")
    assert "Ilham Heydarovich" in r.mentions("Ilham Aliyev")


def test_azerbaijani_oglu_address(ex):
    text = (
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin received President Ilham Aliyev in the Kremlin.\n"
        "Putin said: - Dear Ilham Heydar oglu, welcome to Moscow.\n"
    )
    r = ex(text)
    assert r.names() == ["Vladimir Putin", "Ilham Aliyev"]
    assert r.mentions("Ilham Aliyev") == ["Ilham Aliyev", "Ilham Heydar oglu"]


def test_full_name_with_oglu_is_the_same_person(ex):
    text = (
        "Baku, 5 May 2023\n"
        "The ceremony was attended by President of the Republic of Azerbaijan Ilham Aliyev. "
        "Ilham Heydar oglu Aliyev addressed the guests.\n"
    )
    r = ex(text)
    assert r.names() == ["Ilham Aliyev"]
    assert r.mentions("Ilham Aliyev") == ["Ilham Aliyev", "Ilham Heydar oglu Aliyev"]


def test_surname_only_and_mr_mentions(ex):
    text = (
        "New Delhi, 5 May 2023\n"
        "Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in New Delhi. "
        "Mr Modi thanked Kishida for the visit.\n"
    )
    r = ex(text)
    assert r.names() == ["Narendra Modi", "Fumio Kishida"]
    assert r.mentions("Narendra Modi") == ["Narendra Modi", "Modi"]
    assert r.mentions("Fumio Kishida") == ["Fumio Kishida", "Kishida"]


def test_family_name_first_is_reordered_by_the_gazetteer(ex):
    text = (
        "Tokyo, 5 May 2023\n"
        "Japanese Prime Minister Kishida Fumio hosted Prime Minister Narendra Modi. Kishida thanked Mr Modi.\n"
    )
    r = ex(text)
    assert r.names() == ["Fumio Kishida", "Narendra Modi"]
    assert r.mentions("Fumio Kishida") == ["Kishida Fumio", "Kishida"]
    assert (r.person("Fumio Kishida")["title"], r.person("Fumio Kishida")["country"]) == ("Prime Minister", "JP")


def test_people_not_in_the_gazetteer(ex):
    text = (
        "Oslo, 5 May 2023\n"
        "Norwegian Foreign Minister Lars Hovland met Danish Ambassador Mette Kjaer in Oslo. "
        "Mr Hovland said the talks were useful. Kjaer agreed.\n"
    )
    r = ex(text)
    assert r.names() == ["Lars Hovland", "Mette Kjaer"]
    assert r.mentions("Lars Hovland") == ["Lars Hovland", "Hovland"]
    assert r.mentions("Mette Kjaer") == ["Mette Kjaer", "Kjaer"]
    assert (r.person("Lars Hovland")["title"], r.person("Lars Hovland")["country"]) == ("Foreign Minister", "NO")
    assert (r.person("Mette Kjaer")["title"], r.person("Mette Kjaer")["country"]) == ("Ambassador", "DK")


def test_mention_offsets_and_first_mention(ex):
    text = "Baku, 5 May 2023\nPresident Ilham Aliyev received Foreign Minister Sergey Lavrov. Lavrov thanked Aliyev.\n"
    r = ex(text)
    for person in r.people:
        s, e = person["mentions"][0]
        assert (person["start"], person["end"]) == (s, e)
        assert text[s:e] == person["name"]
    assert r.mentions("Sergey Lavrov") == ["Sergey Lavrov", "Lavrov"]
    assert r.mentions("Ilham Aliyev") == ["Ilham Aliyev", "Aliyev"]


def test_no_people_in_plain_narration(ex):
    r = ex("Baku, 5 May 2023\nThe new bridge over the river was opened to traffic this week.\n")
    assert r.people == []


# --------------------------------------------------------------------------- titles and countries


def test_title_and_country_from_president_of_the_republic(ex):
    r = ex(
        "Moscow, 10 June 2023\n"
        "President Vladimir Putin received President of the Republic of Azerbaijan Ilham Aliyev in the Kremlin.\n"
    )
    aliyev = r.person("Ilham Aliyev")
    assert (aliyev["title"], aliyev["country"]) == ("President", "AZ")
    s, e = aliyev["title_span"]
    assert r.text[s:e] == "President of the Republic of Azerbaijan"
    putin = r.person("Vladimir Putin")
    assert (putin["title"], putin["country"]) == ("President", "RU")


def test_title_and_country_from_demonym_and_counterpart(ex):
    r = ex(
        "Beijing, 3 April 2023\n"
        "Russian Foreign Minister Sergey Lavrov held talks with his Chinese counterpart Wang Yi in Beijing. "
        "Lavrov and Wang discussed the situation in the region.\n"
    )
    assert r.names() == ["Sergey Lavrov", "Wang Yi"]
    assert (r.person("Sergey Lavrov")["title"], r.person("Sergey Lavrov")["country"]) == ("Foreign Minister", "RU")
    assert (r.person("Wang Yi")["title"], r.person("Wang Yi")["country"]) == ("Foreign Minister", "CN")
    assert r.mentions("Wang Yi") == ["Wang Yi", "Wang"]


def test_multi_word_titles(ex):
    r = ex(
        "Moscow, 5 May 2023\n"
        "Russian Deputy Prime Minister Alexei Overchuk held talks with Armenian Deputy Prime Minister "
        "Mher Grigoryan. Overchuk noted that trade is growing.\n"
    )
    assert (r.person("Alexei Overchuk")["title"], r.person("Alexei Overchuk")["country"]) == (
        "Deputy Prime Minister",
        "RU",
    )
    assert (r.person("Mher Grigoryan")["title"], r.person("Mher Grigoryan")["country"]) == (
        "Deputy Prime Minister",
        "AM",
    )


def test_title_with_of_phrase_and_no_country(ex):
    r = ex("Moscow, 5 May 2023\nMinister of Health Mikhail Murashko visited the new hospital.\n")
    assert r.names() == ["Mikhail Murashko"]
    assert (r.person("Mikhail Murashko")["title"], r.person("Mikhail Murashko")["country"]) == (
        "Minister of Health",
        None,
    )


def test_gazetteer_supplies_title_when_the_article_gives_none(ex):
    r = ex("Moscow, 5 May 2023\nVladimir Putin and Xi Jinping walked through the gardens.\n")
    assert (r.person("Vladimir Putin")["title"], r.person("Vladimir Putin")["country"]) == ("President", "RU")
    assert (r.person("Xi Jinping")["title"], r.person("Xi Jinping")["country"]) == ("President", "CN")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("President of the Republic of Azerbaijan", ("President", "AZ")),
        ("Russian Foreign Minister", ("Foreign Minister", "RU")),
        ("deputy prime ministers", ("Deputy Prime Minister", None)),
        ("Minister of Health", ("Minister of Health", None)),
    ],
)
def test_clean_title(raw, expected):
    assert clean_title(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ivan Petrovich Sidorenko", "Ivan Sidorenko"),
        ("Kishida Fumio", "Fumio Kishida"),
        ("Ilham Heydar oglu Aliyev", "Ilham Aliyev"),
    ],
)
def test_canonical_name(name, expected):
    assert canonical_name(name) == expected


@pytest.mark.parametrize("fast", [False, True])
def test_arabic_article_in_a_name_after_a_title(ex, fast):
    text = "Egypt's minister will travel to Riyadh to meet Saudi Commerce Minister Majid al-Qasabi next week.\n"
    assert "Majid al-Qasabi" in ex(text, fast=fast).names()
