"""The event table as a DataFrame, and writing it in the formats the contract names."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from dashboard.columns import ALL_COLUMNS

OUTPUT_FORMATS = (".csv", ".parquet", ".json", ".geojson")
NUMERIC = ("lat", "lon", "value_usd", "people_count", "evidence_start", "evidence_end", "confidence",
           "border_km")


def events_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=ALL_COLUMNS)
    for col in NUMERIC:
        frame[col] = pd.to_numeric(frame[col], errors="coerce")
    frame["people_count"] = frame["people_count"].astype("Int64")
    frame["evidence_start"] = frame["evidence_start"].astype("Int64")
    frame["evidence_end"] = frame["evidence_end"].astype("Int64")
    text_cols = [c for c in ALL_COLUMNS if c not in NUMERIC]
    frame[text_cols] = frame[text_cols].fillna("").astype(str)
    return frame


def to_geojson(frame: pd.DataFrame) -> dict:
    """A FeatureCollection of the events that have coordinates."""
    features = []
    for record in frame.to_dict("records"):
        lat, lon = record.get("lat"), record.get("lon")
        if not _finite(lat) or not _finite(lon):
            continue
        props = {k: _plain(v) for k, v in record.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_events(frame: pd.DataFrame, out: Path) -> None:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise ValueError(f"unknown output format {suffix!r}: use one of {', '.join(OUTPUT_FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        frame.to_csv(out, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(out, index=False)
    elif suffix == ".json":
        records = [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]
        out.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        out.write_text(json.dumps(to_geojson(frame), ensure_ascii=False), encoding="utf-8")


def _finite(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


def _plain(value):
    """JSON-safe scalar: NaN/NA -> None, numpy numbers -> Python numbers."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
