"""Where an event happened: the place its sentence ties to it, not where the source lives.

A mention is tagged by its role in the sentence: `source` ("a source in Ryanggang
Province", "a Hyesan-based source"), `origin` ("residents of Onjin County", "from South
Hwanghae") or `event` (everything else). Event mentions win; the most specific one first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.geo.gazetteer import Place, PlaceMention

SPECIFICITY = {"village": 0, "crossing": 1, "city": 1, "county": 2, "river": 3, "region": 4,
               "province": 5, "country": 6}
GEO_PRECISION = {"village": "place", "crossing": "place", "city": "place", "county": "county",
                 "river": "place", "region": "province", "province": "province", "country": "country"}

# "a source in X", "a resident of X told RFA"; but plural "residents of X" are the people
# the story is about (an origin, below).
_SOURCE_BEFORE = re.compile(r"(\b(sources?|informants?|contacts?|correspondents?)\s+((based|living|located|residing) )?"
                            r"(in|from|inside|near|of)|\bresident (of|in))\s+(the )?$", re.I)
_SOURCE_AFTER = re.compile(r"^(-| )?based (sources?|informants?|residents?|contacts?)|^ ?sources?\b", re.I)
_ORIGIN_AFTER = re.compile(r"^(-born|,? natives?|,? residents?|,? people|,? (men|women|man|woman|natives)\b)", re.I)
# "calls to South Korea", "smuggle gold into China": where things go, not where it happened.
_DESTINATION_BEFORE = re.compile(r"\b(to|into|towards?|for)\s+(the )?$", re.I)
_ORIGIN_BEFORE = re.compile(r"\b(from|residents? of|natives? of|hail(s|ing|ed)? from|born in|hometown of|"
                            r"originally from|people of)\s+(the )?((\w+ ){0,2}(city|town|county|village|area) of )?$",
                            re.I)


@dataclass(frozen=True)
class TaggedMention:
    mention: PlaceMention
    role: str   # "event" | "source" | "origin" | "destination"


def tag_mentions(sentence: str, mentions: list[PlaceMention]) -> list[TaggedMention]:
    tagged: list[TaggedMention] = []
    for m in mentions:
        before, after = sentence[max(0, m.start - 40):m.start], sentence[m.end:m.end + 30]
        if _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.search(after):
            role = "source"
        elif _ORIGIN_BEFORE.search(before) or _ORIGIN_AFTER.search(after):
            role = "origin"
        elif m.place.kind == "country" and _DESTINATION_BEFORE.search(before):
            role = "destination"
        elif tagged and sentence[tagged[-1].mention.end:m.start].strip() in (",", "") \
                and _contains(m.place, tagged[-1].mention.place):
            role = tagged[-1].role  # "Onjin County, South Hwanghae Province": the appositive shares the role
        else:
            role = "event"
        tagged.append(TaggedMention(m, role))
    return tagged


def _contains(outer: Place, inner: Place) -> bool:
    """Outer is the province (or country) that inner lies in."""
    if outer.kind == "country":
        return outer.country_code == inner.country_code
    return bool(outer.admin1_code) and outer.admin1_code == inner.admin1_code and outer.kind == "province"


def best_place(tagged: list[TaggedMention], role: str = "event") -> Place | None:
    """The most specific mention with this role; the first one on ties."""
    candidates = [t.mention.place for t in tagged if t.role == role]
    if not candidates:
        return None
    return min(candidates, key=lambda p: SPECIFICITY.get(p.kind, 4))


# Names the gazetteer may lack, worth asking an online geocoder about: "Tonghung-ri",
# "Pongsu County", "the border village of Sambong".
_UNKNOWN_PLACE = re.compile(
    r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?:-(?:gun|si|ri|dong|up|ku)\b| (?:County|City|Village|District|Township)\b)"
    r"|\b(?:town|city|village|county|township) of ([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)")
ONLINE_COUNTRIES = {"KP", "CN"}


def unknown_place_names(sentence: str, mentions: list[PlaceMention]) -> list[str]:
    """Place-like names in the sentence that no gazetteer mention covers."""
    names = []
    for m in _UNKNOWN_PLACE.finditer(sentence):
        if any(pm.start <= m.start() < pm.end or m.start() <= pm.start < m.end() for pm in mentions):
            continue
        names.append(m.group(0) if m.group(1) else m.group(2))
    return names
