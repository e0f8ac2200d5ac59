"""The constants of the consolidation rules (docs/schema.md, "Rules")."""

from __future__ import annotations

CONSOLIDATION_VERSION = 4  # raise when a rule changes: every document becomes pending again
# 2: a meeting dated only by its article's publication date (date_from "published") joins like an undated one
# 3: participants linked by identity.link_key (romanisation variants are one person)
# 4: persons too: one person record for the names identity.key_groups joins (Tokayev, Toqayev)
UNDATED_WINDOW_DAYS = 3  # an undated meeting joins an event of this many days before its document, at most
METRIC_THRESHOLD = 90  # rapidfuzz token_set_ratio from which two normalised metrics are one
ROUNDING_CAP = 0.10  # an exact figure stands for its rounding, but for no more than +- 10% ("1000": 900-1100)
ABOUT_TOLERANCE = 0.15  # "about X" stands for X +- 15%
