"""Who and what: actors, commodities, quantities, money and head counts in a sentence."""
from __future__ import annotations

import re

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a dozen": 12, "dozen": 12, "dozens of": 24, "a couple of": 2, "a pair of": 2,
    "both": 2,
}
_NUM = r"(\d[\d,]*(?:\.\d+)?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"

UNITS = {
    "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "kg": "kg", "kgs": "kg",
    "grams": "g", "gram": "g", "g": "g", "tons": "t", "ton": "t", "tonnes": "t", "tonne": "t",
    "pounds": "lb", "lbs": "lb", "liters": "l", "litres": "l", "liter": "l", "litre": "l",
    "nuggets": "nuggets", "nugget": "nuggets", "bars": "bars", "bar": "bars", "boxes": "boxes",
    "box": "boxes", "bags": "bags", "sacks": "sacks", "bottles": "bottles", "cartons": "cartons",
    "packs": "packs", "pieces": "pieces", "units": "units", "phones": "phones", "cellphones": "phones",
    "mobile phones": "phones", "usb sticks": "USB sticks", "usbs": "USB sticks", "sd cards": "SD cards",
    "trucks": "trucks", "truckloads": "truckloads", "vehicles": "vehicles", "containers": "containers",
}
QUANTITY = re.compile(
    r"\b(?:more than |over |about |around |nearly |almost |some |up to |at least )?" + _NUM + r"[ -]("
    + "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
USD = re.compile(r"(?:USD|US\$|\$)\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)?|"
                 r"\b(\d[\d,]*(?:\.\d+)?)\s*(million |billion |thousand )?(?:US )?dollars\b", re.IGNORECASE)
MONEY = re.compile(r"\b(?:RMB|CNY|KPW|KRW|yuan|won|USD|US\$|\$)\s?\d[\d,]*(?:\.\d+)?|"
                   r"\b\d[\d,]*(?:\.\d+)?\s*(?:million |thousand )?(?:yuan|won|dollars|RMB)\b", re.IGNORECASE)
PEOPLE_NOUNS = (r"(people|persons|individuals|residents|men|women|North Koreans|smugglers|traders|brokers|"
                r"defectors|soldiers|guards|officials|cadres|workers|students|women|families|family members|"
                r"locals|citizens|farmers|merchants|dealers|people's|youths|teenagers|suspects|agents|"
                r"officers|members|employees|escapees|refugees)")
PEOPLE = re.compile(r"\b" + _NUM + r"\s+(?:[\w-]+\s+){0,3}?" + PEOPLE_NOUNS + r"\b", re.IGNORECASE)

ACTORS = [
    ("Ministry of State Security", r"Ministry of State Security|State Security Department|\bMSS\b|\bSSD\b|"
                                   r"state security (agents|officials|agency)"),
    ("Ministry of Social Security", r"Ministry of (Social|People’?'?s) Security|\bMPS\b|\bMSoS\b|"
                                    r"social security agents"),
    ("police", r"\bpolice\b|\bpolicemen\b"),
    ("border guards", r"border (guards?|patrols?|garrisons?|security forces|patrol units)|\bguards\b"),
    ("soldiers", r"\bsoldiers\b|\btroops\b|Korean People’?'?s Army|\bKPA\b"),
    ("Central Committee", r"Central Committee"),
    ("Workers' Party", r"Workers’?'? Party|\bWPK\b|\bparty officials\b"),
    ("Kim Jong Un", r"Kim Jong[ -]?Un"),
    ("prosecutors", r"\bprosecutors?\b|prosecutor’?'?s office"),
    ("courts", r"\bcourts?\b|\bjudiciary\b|\bjudicial\b"),
    ("customs", r"\bcustoms\b"),
    ("Chinese authorities", r"Chinese (authorities|government|police|officials|public security)|"
                            r"Public Security Bureau|\bBeijing\b"),
    ("North Korean authorities", r"North Korean authorities|North Korean government|Pyongyang authorities"),
    ("smugglers", r"\bsmugglers?\b"),
    ("traders", r"\btraders?\b|trading compan(y|ies)"),
    ("brokers", r"\bbrokers?\b|remittance agents?"),
    ("defectors", r"\bdefectors?\b|\bescapees?\b"),
    ("residents", r"\bresidents\b|\blocals\b"),
    ("officials", r"\bofficials\b|\bcadres\b"),
    ("expatriates", r"\bexpatriates\b|overseas workers"),
    ("inminban", r"\binminban\b"),
]
_ACTOR_RX = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in ACTORS]

COMMODITIES = [
    ("gold", r"\bgold\b"), ("silver", r"\bsilver\b"), ("copper", r"\bcopper\b"),
    ("rare metals", r"rare (earth )?metals"), ("molybdenum", r"molybdenum"),
    ("drugs", r"\bdrugs\b|narcotics|methamphetamine|\bmeth\b|\bice\b|\bbingdu\b|opium"),
    ("remittances", r"remittances?"), ("cash", r"\bcash\b|\bbanknotes\b|foreign currency"),
    ("South Korean goods", r"South Korean (goods|products|items)"),
    ("South Korean media", r"South Korean (movies|dramas|films|songs|music|videos|media|content)|"
                           r"USB (sticks|drives)|SD cards|\bUSBs\b"),
    ("mobile phones", r"(mobile|cell|Chinese|smart) ?phones?\b"),
    ("cigarettes", r"cigarettes|tobacco"), ("timber", r"\btimber\b|\blogs\b|\bwood\b"),
    ("seafood", r"seafood|\bsquid\b|\bfish\b"), ("coal", r"\bcoal\b"),
    ("medicine", r"medicines?|\bdrugs? for\b|pharmaceuticals"), ("food", r"\brice\b|\bcorn\b|\bgrain\b|\bflour\b"),
    ("fuel", r"\bfuel\b|\bdiesel\b|\bgasoline\b|\bpetrol\b|\boil\b"),
    ("antiques", r"antiques|relics"), ("medicinal herbs", r"herbs|ginseng"),
    ("weapons", r"\bweapons?\b|\bguns?\b|\bammunition\b"), ("vehicles", r"\bcars\b|\bvehicles\b|\btrucks\b"),
    ("clothing", r"\bclothes\b|\bclothing\b|\btextiles\b"),
]
_COMMODITY_RX = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in COMMODITIES]


def to_number(text: str) -> float | None:
    text = text.lower().strip()
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def quantities(text: str) -> list[str]:
    """Amounts as written, normalised: "50 kilograms" -> "50 kg", "four nuggets" -> "4 nuggets"."""
    found = []
    for m in QUANTITY.finditer(text):
        value = to_number(m.group(1))
        if value is None:
            continue
        unit = UNITS[m.group(2).lower()]
        found.append(f"{_format_number(value)} {unit}")
    for m in MONEY.finditer(text):
        found.append(re.sub(r"\s+", " ", m.group(0)).strip())
    return list(dict.fromkeys(found))


def value_usd(text: str) -> float | None:
    """Dollar value the text states, e.g. "RMB 200,000 [USD 28,106]" -> 28106."""
    scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
    for m in USD.finditer(text):
        number = to_number(m.group(1) or m.group(3))
        if number is None:
            continue
        word = (m.group(2) or m.group(4) or "").strip().lower()
        return number * scale.get(word, 1)
    return None


def people_count(text: str) -> int | None:
    """Number of people the sentence counts ("two residents" -> 2), the largest if several."""
    counts = [to_number(m.group(1)) for m in PEOPLE.finditer(text)]
    counts = [int(c) for c in counts if c and c < 100_000]
    return max(counts) if counts else None


def actors(text: str) -> list[str]:
    return [name for name, rx in _ACTOR_RX if rx.search(text)]


def commodities(text: str) -> list[str]:
    return [name for name, rx in _COMMODITY_RX if rx.search(text)]
