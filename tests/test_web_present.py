"""web/present.py: what the pages compute from the read layer's rows for display."""

from __future__ import annotations

from summitry.web.present import chart_points, fmt_value, year_counts


def test_values_in_words():
    assert fmt_value(4_500_000_000, "USD") == "4.5 billion USD"
    assert fmt_value(304.0) == "304" and fmt_value(12.5) == "12.5" and fmt_value(None) == ""


def test_events_per_year_undated_last():
    rows = [{"day": "2024-05-02"}, {"day": "2024-09-12"}, {"day": None}, {"day": "2023-01-01"}]
    assert year_counts(rows) == [{"year": "2023", "events": 1}, {"year": "2024", "events": 2},
                                 {"year": None, "events": 1}]


def test_chart_points_skip_claims_without_a_date():
    claim = {"published": None, "period": 2023, "value": 5e9, "unit": "USD", "n_conflicts": 1, "quote": "$5 billion",
             "speaker": None, "title": None, "locator": "a.txt", "document_id": "d" * 40, "target": False,
             "qualifier": "exact", "conflicts_with": [{"quote": "$7 billion"}], "idx": 3}
    [point] = chart_points([claim, {**claim, "period": None}])
    assert point["x"] == "2023-01-01" and point["value"] == "5 billion USD" and point["conflict"]
    assert point["speaker"] == "(the article)" and point["href"].endswith("#amount-3")
