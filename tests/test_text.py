"""Layout helpers: site furniture (footers, foreign-language sidebars) around the article body (text.py)."""

from __future__ import annotations

from summitry.text import furniture


def _body(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_paragraph_naming_turkish_leaders_is_not_a_foreign_sidebar():
    text = _body(["Daily", "Headline about phone calls", "Erdoğan spoke with Anwar on Tuesday.",
                  "On the same day, Erdoğan received a call from Orbán. During the call, Erdoğan said that energy "
                  "security matters.", "More text of the story."])
    assert furniture(text) == []


def test_a_local_language_sidebar_ends_the_body():
    text = _body(["Daily", "Headline", "The president met the prime minister on Tuesday.", "More of the story.",
                  "Əliyev Bakıda görüş keçirdi", "Qarabağda yeni layihələr"])
    spans = furniture(text)
    assert spans and text[spans[0][0]:].startswith("Əliyev Bakıda")


def test_a_line_of_hashtags_is_furniture():
    text = _body(["Agency", "Headline", "The minister received her counterpart on Tuesday.",
                  "#agriculture #Spain #Ana Ruiz #Lee Min-ho"])
    spans = furniture(text)
    assert [text[s:e] for s, e in spans] == ["#agriculture #Spain #Ana Ruiz #Lee Min-ho"]
    assert furniture(_body(["Agency", "Headline", "Great talks today with my friend #G20 #Diplomacy"])) == []


def test_a_related_heading_alone_on_its_line_ends_the_body():
    text = _body(["Agency", "Headline", "The minister received her counterpart on Tuesday. " * 3, "More of the story.",
                  "Related releases", "- Minister commits $4.5 million to recovery"])
    spans = furniture(text)
    assert spans and text[spans[0][0]:].startswith("Related releases")
    bare = _body(["Agency", "Headline", "The minister received her counterpart on Tuesday. " * 3, "Related",
                  "- Five agreements signed"])
    assert furniture(bare) and bare[furniture(bare)[0][0]:].startswith("Related")


def test_a_short_heading_over_a_list_of_headlines_ends_the_body_but_not_over_a_list_of_sentences():
    story = "Minister X met Minister Y in Baku on Monday. Trade grew by 5 percent, X said.\n\n" * 3
    links = "Other news\n- Ukraine returned 11 more children\n- Government allocates 2.5 billion roubles\n"
    text = story + links
    assert furniture(text) == [(text.index("Other news"), len(text))]
    bullets = ("OTHER NEWS\n\n* Secretary-General Z said the small states need better access to finance.\n\n"
               "* More than 4,000 people have arrived in Apia, according to the organisers.\n")
    assert furniture(story + bullets) == []
    text = story + "Most Viewed\n1. Exports rise 18 pct in February\n2. K-pop single tops 10 million streams\n"
    assert furniture(text) == [(text.index("Most Viewed"), len(text))]


def test_a_ranking_list_of_headlines_is_furniture():
    story = "Prime Minister Anil Varma met President Karl Brandt in Tokyo on Saturday. " * 6
    text = story + ("\nJN ACCESS RANKING\n- Skater accumulates 680,000 users on his channel\n"
                    "- Restaurants try to hold prices steady\n")
    spans = furniture(text)
    assert spans and text[spans[0][0]:].startswith("JN ACCESS RANKING")
