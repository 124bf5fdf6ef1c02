"""Who and what an event involves: amounts normalised, dollars, head counts, actors."""
import pytest

from dashboard.extract import details


@pytest.mark.parametrize("text, expected", [
    ("a smuggler moving more than 50 kilograms of gold", ["50 kg"]),
    ("the agents found four nuggets of gold", ["4 nuggets"]),
    ("some 1,200 kg of copper and 3 tons of coal", ["1200 kg", "3 t"]),
    ("2.5 kilos of methamphetamine", ["2.5 kg"]),
    ("twelve mobile phones", ["12 phones"]),
    ("worth around RMB 200,000 [USD 28,106]", ["RMB 200,000", "USD 28,106"]),
    ("no amounts here at all", []),
])
def test_quantities_are_normalised(text, expected):
    assert details.quantities(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the gold was worth around RMB 200,000 [USD 28,106]", 28106),
    ("bribes of $5,000 were paid", 5000),
    ("goods worth 1.5 million dollars", 1_500_000),
    ("a fine of 500,000 won", None),
])
def test_value_usd_only_from_dollars(text, expected):
    assert details.value_usd(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The two residents of Onjin County were arrested", 2),
    ("Police detained 14 people in Hyesan", 14),
    ("three North Korean women were repatriated", 3),
    ("dozens of traders were questioned", 24),
    ("The order was sent to provincial branches", None),
])
def test_people_count(text, expected):
    assert details.people_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("arrested by the Ministry of State Security [MSS]", ["Ministry of State Security"]),
    ("border guards and MPS officers", ["Ministry of Social Security", "border guards"]),
    ("Chinese police handed them over", ["police", "Chinese authorities"]),
])
def test_actors(text, expected):
    assert details.actors(text) == expected
