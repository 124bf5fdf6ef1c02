import time

import pytest

from dashboard.geo.gazetteer import PROVINCE_NAMES, default_gazetteer
from geopy.distance import geodesic


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.mark.parametrize("name,code", [
    ("Yanggang-do", "KP-10"), ("Ryanggang Province", "KP-10"), ("Ryangkang", "KP-10"),
    ("Yanggang", "KP-10"), ("Ryanggang-do", "KP-10"), ("Chagang", "KP-04"),
    ("Jagang", "KP-04"), ("Chagang-do", "KP-04"), ("North Hamkyung", "KP-09"),
    ("Hamgyong-bukto", "KP-09"), ("North Hamgyŏng", "KP-09"), ("North Hamgyong Province", "KP-09"),
    ("South Hamgyung", "KP-08"), ("North Phyongan", "KP-03"), ("P'yŏngan-bukto", "KP-03"),
    ("South Pyongan", "KP-02"), ("North Hwanghae", "KP-06"), ("South Hwanghae", "KP-05"),
    ("Kangwon", "KP-07"), ("Rason", "KP-13"), ("KP-01", "KP-01"), ("Pyongyang", "KP-01"),
    ("Liaoning", "CN-LN"), ("Jilin Province", "CN-JL"), ("Shandong", "CN-SD"),
    ("Heilongjiang", "CN-HL"), ("Beijing", "CN-BJ"), ("Shanghai", "CN-SH"),
])
def test_province_variants(gaz, name, code):
    p = gaz.province(name)
    assert p is not None and p.kind == "province"
    assert p.admin1_code == code
    assert p.admin1_name == PROVINCE_NAMES[code]


@pytest.mark.parametrize("name,canonical,code", [
    ("Sinuiju", "Sinuiju", "KP-03"), ("Sinŭiju", "Sinuiju", "KP-03"), ("Shinuiju", "Sinuiju", "KP-03"),
    ("Sinuiju City", "Sinuiju", "KP-03"), ("Onjin", "Ongjin", "KP-05"), ("Ongjin County", "Ongjin", "KP-05"),
    ("Hoeryung", "Hoeryong", "KP-09"), ("Hoeryŏng", "Hoeryong", "KP-09"),
    ("Kim Jong Suk County", "Kimjongsuk", "KP-10"), ("Sinpa", "Kimjongsuk", "KP-10"),
    ("Hyesan City", "Hyesan", "KP-10"), ("Musan", "Musan", "KP-09"), ("Manp'o", "Manpo", "KP-04"),
    ("Sakju", "Sakchu", "KP-03"), ("Chŏngjin", "Chongjin", "KP-09"), ("Najin", "Rajin", "KP-13"),
    ("Samjiyon", "Samjiyon", "KP-10"), ("Junggang", "Chunggang", "KP-04"), ("Kanggye", "Kanggye", "KP-04"),
    ("Onsong", "Onsong", "KP-09"), ("Namyang", "Namyang", "KP-09"), ("Kapsan", "Kapsan", "KP-10"),
    ("Pochon", "Pochon", "KP-10"), ("Unhung", "Unhung", "KP-10"), ("Taehongdan", "Taehongdan", "KP-10"),
    ("Yonsa", "Yonsa", "KP-09"), ("Wiwon", "Wiwon", "KP-04"), ("Chosan", "Chosan", "KP-04"),
    ("Uiju", "Uiju", "KP-03"), ("Yongchon", "Ryongchon", "KP-03"),
    ("Dandong", "Dandong", "CN-LN"), ("Tandong", "Dandong", "CN-LN"), ("Yanji", "Yanji", "CN-JL"),
    ("Tumen", "Tumen", "CN-JL"), ("Hunchun", "Hunchun", "CN-JL"), ("Changbai", "Changbai", "CN-JL"),
    ("Ji'an", "Ji'an", "CN-JL"), ("Shenyang", "Shenyang", "CN-LN"), ("Yanbian", "Yanbian", "CN-JL"),
    ("Beijing", "Beijing", "CN-BJ"), ("Pyongyang", "Pyongyang", "KP-01"),
])
def test_lookup_variants(gaz, name, canonical, code):
    p = gaz.lookup(name)
    assert p is not None, name
    assert (p.name, p.admin1_code) == (canonical, code)


@pytest.mark.parametrize("name,kind,cc", [
    ("China", "country", "CN"), ("North Korea", "country", "KP"), ("DPRK", "country", "KP"),
    ("South Korea", "country", "KR"), ("Russia", "country", "RU"),
    ("Yalu River", "river", ""), ("Amnok", "river", ""), ("Tumen River", "river", ""),
    ("Duman River", "river", ""), ("Mount Paektu", "region", "KP"), ("Changbai Mountain", "region", "KP"),
    ("Pyongyang", "city", "KP"), ("Beijing", "city", "CN"),
])
def test_kinds(gaz, name, kind, cc):
    p = gaz.lookup(name)
    assert p.kind == kind and p.country_code == cc
    if kind in ("country", "river"):
        assert p.admin1_code == ""


def test_hyesan_coordinates(gaz):
    p = gaz.lookup("Hyesan")
    assert geodesic((p.lat, p.lon), (41.40, 128.18)).km < 10


def test_every_province_present(gaz):
    for code in PROVINCE_NAMES:
        p = gaz.province(code)
        assert p is not None and p.admin1_code == code
        assert p.lat is not None and p.lon is not None


@pytest.mark.parametrize("text,expected", [
    ("A Ryanggang Province-based source said smugglers in Hyesan were caught.",
     [("Ryanggang Province", "Ryanggang"), ("Hyesan", "Hyesan")]),
    ("Guards in Musan-gun shot a man crossing the Tumen River into China.",
     [("Musan-gun", "Musan"), ("Tumen River", "Tumen River"), ("China", "China")]),
    ("Traders in Sinŭiju and Manp'o, Chagang Province, complained.",
     [("Sinŭiju", "Sinuiju"), ("Manp'o", "Manpo"), ("Chagang Province", "Jagang")]),
    ("He was repatriated from Shenyang, Liaoning, to Sinuiju via Dandong.",
     [("Shenyang", "Shenyang"), ("Liaoning", "Liaoning"), ("Sinuiju", "Sinuiju"), ("Dandong", "Dandong")]),
    ("Officials in Kim Jong Suk County and Hoeryong City were dismissed.",
     [("Kim Jong Suk County", "Kimjongsuk"), ("Hoeryong City", "Hoeryong")]),
    ("The order came from Pyongyang to North Hamgyong province and Yanggang-do.",
     [("Pyongyang", "Pyongyang"), ("North Hamgyong province", "North Hamgyong"), ("Yanggang-do", "Ryanggang")]),
    ("China's customs at Yanbian Korean Autonomous Prefecture reopened.",
     [("China", "China"), ("Yanbian Korean Autonomous Prefecture", "Yanbian")]),
    ("Defectors who reached Beijing went on to South Korea.",
     [("Beijing", "Beijing"), ("South Korea", "South Korea")]),
    ("Smugglers crossed the Yalu near Ji'an and Hyesan.",
     [("Yalu", "Yalu River"), ("Ji'an", "Ji'an"), ("Hyesan", "Hyesan")]),
    ("Hamgyong-bukto and P'yŏngan-bukto authorities", [("Hamgyong-bukto", "North Hamgyong"), ("P'yŏngan-bukto", "North Pyongan")]),
])
def test_find_sentences(gaz, text, expected):
    ms = gaz.find(text)
    assert [(m.text, m.place.name) for m in ms] == expected
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


@pytest.mark.parametrize("text", [
    "North Korean authorities tightened controls.",
    "Trade along the Sino-North Korean border resumed.",
    "Trade along the China-North Korea border resumed.",
    "Trade along the China–North Korea border resumed.",
    "Chinese police arrested them.",
    "South Korean goods were seized.",
    "Kim Jong Suk was the mother of Kim Jong Il.",
])
def test_no_country_mentions(gaz, text):
    assert [m for m in gaz.find(text) if m.place.kind == "country"] == []
    assert [m.text for m in gaz.find(text) if m.place.name == "Kimjongsuk"] == []


@pytest.mark.parametrize("text", [
    "people in the musan area", "the hyesan market", "a satan of a job",
    "they will march in may and the state will see", "a new city on the river",
])
def test_lowercase_and_common_words_do_not_match(gaz, text):
    assert gaz.find(text) == []


def test_north_korea_alone_is_country(gaz):
    ms = gaz.find("He fled North Korea in 2019 and the DPRK protested.")
    assert [(m.text, m.place.country_code, m.place.kind) for m in ms] == [
        ("North Korea", "KP", "country"), ("DPRK", "KP", "country")]


def test_find_is_fast(gaz):
    text = ("A source in North Hamgyong Province told Daily NK on Tuesday that the Ministry of State "
            "Security arrested five people in Hoeryong for smuggling gold across the Tumen River into "
            "China last month, and that border guards in Musan and Hyesan were put on alert.")
    gaz.find(text)
    t = time.perf_counter()
    for _ in range(200):
        gaz.find(text)
    assert (time.perf_counter() - t) / 200 < 0.002
