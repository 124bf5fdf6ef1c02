"""Event types recognised from border-reporting wording, in phrasings the seeds don't use."""
import pytest

from dashboard.extract.event_types import find_triggers


def types_of(sentence: str, dated: bool = False) -> set[str]:
    offsets = (0,) if dated else ()
    return {t.event_type for t in find_triggers(sentence, offsets)}


@pytest.mark.parametrize("sentence, expected", [
    # arrest
    ("Police in Hoeryong detained three women who were trying to sell Chinese phones.", {"arrest"}),
    ("A 34-year-old trader was taken into custody by security agents at the Sinuiju customs office.", {"arrest"}),
    ("Dozens of residents were rounded up during the night raid, the source said.", {"arrest"}),
    ("The broker remains in police custody in Musan.", {"arrest"}),
    ("Two soldiers were caught carrying copper wire across the Tumen River.", {"arrest"}),
    ("State security agents apprehended a smuggling ring operating out of Kimjongsuk County.", {"arrest"}),
    # seizure
    ("Customs officers confiscated 30 kilograms of methamphetamine hidden in a truck.", {"seizure"}),
    ("Agents seized mobile phones and USB sticks during the search.", {"seizure"}),
    ("Inspectors discovered South Korean dramas hidden in the family's rice cooker.", set()),
    ("The officers found cash and gold bars stashed in the car.", {"seizure"}),
    # smuggling
    ("A group of traders smuggled 2 tons of copper into Changbai last week.", {"smuggling"}),
    ("The men were smuggling medicinal herbs across the Yalu when a patrol spotted them.", {"smuggling"}),
    ("Smugglers illegally transported timber over the frozen river in January.", {"smuggling"}),
    # crackdown
    ("Authorities have launched a sweeping crackdown on illegal phone use in Hyesan.", {"crackdown"}),
    ("The Ministry of Social Security has stepped up inspections of markets along the border.", {"crackdown"}),
    ("Security officials raided homes in Sinpa looking for Chinese mobile phones.", {"crackdown"}),
    ("Investigators are investigating border guards suspected of taking bribes.", {"crackdown"}),
    # punishment
    ("The two brokers were sentenced to 10 years in a labor camp.", {"punishment"}),
    ("A woman was publicly executed in Hyesan for distributing foreign videos.", {"punishment"}),
    ("Several families were banished to remote mountain villages.", {"punishment"}),
    ("The platoon leader was dismissed and expelled from the party.", {"punishment"}),
    ("Three officials were fined and stripped of their party membership.", {"punishment"}),
    # policy order
    ("The Central Committee issued a directive banning cross-border phone calls.", {"policy_order"}),
    ("Kim Jong Un ordered the border provinces to build a second fence.", {"policy_order"}),
    ("A new decree prohibits residents from approaching the riverbank after dark.", {"policy_order"}),
    ("Local party committees were instructed to register every household's boats.", {"policy_order"}),
    # trade measure
    ("China closed the Dandong-Sinuiju bridge to freight traffic on Monday.", {"trade_measure"}),
    ("Freight train service between Dandong and Sinuiju resumed after a three-year suspension.", {"trade_measure"}),
    ("Beijing turned down Pyongyang's request to reopen the border to trade.", {"trade_measure"}),
    ("The customs house at Quanhe was shut down after a COVID-19 case was found.", {"trade_measure"}),
    # use of force
    ("Border guards opened fire on a man wading across the Yalu River.", {"use_of_force", "defection"}),
    ("A soldier shot and killed a smuggler near Hyesan.", {"use_of_force"}),
    ("The guards beat the detainees severely during questioning.", {"use_of_force"}),
    # defection
    ("A family of four fled across the Tumen River into China in April.", {"defection"}),
    ("Chinese police forcibly repatriated 600 North Koreans on the night of Oct. 9.", {"defection"}),
    ("The soldier defected to South Korea by walking across the demarcation line.", {"defection"}),
    ("Three teenagers attempted to cross the border near Onsong.", {"defection"}),
])
def test_event_types_in_other_wordings(sentence, expected):
    assert types_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # hypotheticals, expectations, negations
    "Locals expect the two men to be punished for the smuggling attempt.",
    "Those caught conducting such business could face heavy punishment.",
    "The guards may face an interrogation over their part in the scheme.",
    "Chinese authorities would not take issue with individual, small-scale smugglers.",
    "Anyone caught crossing the river will be shot on sight, the order warned.",
    "Officials said they had not arrested anyone in connection with the case.",
    "The authorities are expected to tighten controls once the border reopens.",
    # background and generalities
    "In the past, many traders used Chinese middlemen to buy South Korean goods.",
    "Remittance-related activities were widespread in North Hamgyong Province.",
    "Smuggling generally refers to illegal trade between private entities.",
    "State security agents have long taken bribes to look the other way.",
    # bare nouns that name no act
    "The crackdown on remittances is aimed at carrying out party orders.",
    "These decrees have failed to make much of an impact.",
    # outlet lines
    "Please direct any comments or questions about this article to the editor.",
])
def test_not_events(sentence):
    assert types_of(sentence) == set()


def test_a_date_next_to_a_bare_noun_makes_it_an_event():
    sentence = "Another smuggling incident was uncovered in early June."
    assert types_of(sentence) == set()
    assert types_of(sentence, dated=True) == {"smuggling"}


@pytest.mark.parametrize("sentence, expected", [
    ("The Ministry of Social Security formed a special task force to crack down on illegal crossings.", {"crackdown"}),
    ("Pyongyang dispatched inspection teams to Hyesan and Musan in early May.", {"crackdown"}),
    ("North Korea has been reinforcing its border fences with China, satellite imagery shows.", {"crackdown"}),
    ("Authorities are punishing residents who watched foreign films.", {"punishment"}),
    ("North Korea declared a state of emergency and imposed a lockdown on Kaesong.", {"policy_order"}),
    ("The government issued a ban on private trade in grain in March.", {"policy_order"}),
    ("Air China resumed flights between Beijing and Pyongyang on Monday.", {"trade_measure"}),
    ("A soldier crossed the military demarcation line and defected to the South.", {"defection"}),
])
def test_more_wordings(sentence, expected):
    assert types_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Traders who work with state companies are rarely arrested, the source said.",
    "Those who tried to reach the South can be sent to political prison camps.",
    "Activists held a rally on Wednesday, calling on Beijing to halt repatriations.",
    "Prices have doubled since the border was closed in 2020.",
    "Satellite imagery captured on Tuesday shows 20 freight cars in the rail yard.",
])
def test_references_and_modals_are_not_events(sentence):
    assert types_of(sentence, dated=True) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("They took away a man and his wife on Monday.", {"arrest"}),
    ("She was handed over to the provincial State Security department.", {"arrest"}),
    ("Last week the group caught five students watching a South Korean drama.", {"arrest"}),
    ("Police found about 500 grams of methamphetamine in the house.", {"seizure"}),
    ("Chinese authorities sent back approximately 40 North Koreans through Tumen.", {"defection"}),
])
def test_arrests_seizures_returns_in_plainer_words(sentence, expected):
    assert types_of(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Seoul's Unification Ministry on Monday dismissed the claim as groundless.", set()),
    ("The commander was dismissed on Monday.", {"punishment"}),
    ("Chinese border authorities have since tightened inspections at the Tumen port.", {"crackdown"}),
])
def test_dismissed_and_since(sentence, expected):
    assert types_of(sentence) == expected
