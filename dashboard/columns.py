"""The event table's columns, in the order CONTRACT.md fixes."""

EVENT_COLUMNS = [
    "event_id", "article_id", "event_type", "summary",
    "date_start", "date_end", "date_precision", "date_text",
    "place", "admin1_code", "admin1_name", "country_code", "lat", "lon", "geo_precision",
    "actors", "commodity", "quantity", "value_usd", "people_count",
    "evidence", "evidence_start", "evidence_end", "confidence",
    "article_title", "article_url", "published",
]
# Extra columns we add after the contract's ones.
EXTRA_COLUMNS = ["border_km", "outlet"]
ALL_COLUMNS = EVENT_COLUMNS + EXTRA_COLUMNS

EVENT_TYPES = [
    "arrest", "seizure", "smuggling", "crackdown", "punishment",
    "policy_order", "trade_measure", "use_of_force", "defection",
]
DATE_PRECISIONS = ["day", "week", "month", "season", "year"]
GEO_PRECISIONS = ["place", "county", "province", "country", "unknown"]
