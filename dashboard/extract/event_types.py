"""Which of the nine event types a sentence reports, from the wording of border reporting.

Each type has trigger patterns (verbs and nouns of the act). A trigger counts only
when its clause is not hedged (negated, hypothetical, expected, conditional) and the
sentence is not general background. Patterns are written for the genre, not for any
one article: arrests are "detained", "taken into custody", "dragged off"; trade
measures need a trade or border noun next to a verb of opening, closing or refusing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


TRADE_NOUN = (r"(trade|trading|border|borders|customs|crossings?|bridge|ports?|freight|cargo|imports?|"
              r"exports?|shipments?|trucks|trains?|commerce|goods|flights|rail|railway|traffic)")

CHANGE_VERB = (r"(clos(ed|ing)|shut( down)?|sealed|reopen(ed|ing)?|re-?open(ed|ing)|resum(ed|ing)|restarted|"
               r"suspended|halted|restricted|blocked|lifted|cut off|eased|banned)")
CHANGE_NOUN = r"(closure|shutdown|reopening|resumption|restart|suspension|halt|restrictions?|blockade)"

# (event type, pattern, strength, nominal). A nominal trigger ("a crackdown", "the closure
# of the border", "decrees") names an act without reporting that it happened: it counts
# only with a date, an amount or a verb that carries it out ("launched a crackdown").
PATTERNS: list[tuple[str, re.Pattern, float, bool]] = [
    ("arrest", _rx(r"\b(arrest(ed|ing)|re-?arrested|detain(ed|ing)|apprehend(ed|ing)|"
                   r"taken into (custody|detention)|(held|being held|kept|remain(s|ed)?) in (\w+ ){0,3}custody|"
                   r"in (police|MSS|MPS|MSPS|state) custody|rounded up|dragged (off|away)|"
                   r"(were|was|been|being|got|get) (caught|captured|nabbed|picked up|taken away|hauled)|"
                   r"caught (red-handed|in the act|smuggling|trying|attempting|crossing|carrying|selling|while)|"
                   r"nabbed|hauled (off|away|in)|took away (an? |the |two |three |\d+ )|"
                   r"handed (him |her |them )?over to (the )?(\w+ ){0,3}(State Security|MSS|police|security|prosecutors)|"
                   r"caught (an? |the |two |three |four |five |six |several |dozens of |\d+ )(\w+ ){0,2}"
                   r"(people|persons|students|residents|women|men|smugglers|traders|soldiers|defectors|brokers)|locked up|taken away by|moved in for the arrest|"
                   r"moving to arrest)\b"), 1.0, False),
    ("arrest", _rx(r"\b(arrests|detentions?(?! (centers?|centres?|facilit\w+|camps?))|round-?ups?)\b"), 0.6, True),
    ("seizure", _rx(r"\b(confiscat(ed|ing)|seiz(ed|ing)|impound(ed|ing)|forfeited|"
                    r"(found|discovered|uncovered)\s(?!out\b|that\b|they\b|he\b|she\b|it\b|them\b|him\b|her\b)"
                    r"(\w+ ){0,6}(in|inside|hidden|stashed|concealed) (in |inside |under )?(their|his|her|the|a) "
                    r"(bags?|luggage|car|vehicle|truck|possession|clothes|clothing|boat|backpack|pockets?|"
                    r"storehouse|warehouse)|(were|was) (found|discovered) (on|with) (them|him|her)|"
                    r"(found|discovered|uncovered) (about |around |some |nearly |more than )?(\d[\d,.]* "
                    r"(kilograms?|kg|grams?|tons?|tonnes)|the (drugs?|goods|cash|gold|phones|methamphetamine)))\b"),
     1.0, False),
    ("seizure", _rx(r"\b(confiscation|seizures?)\b"), 0.6, True),
    ("smuggling", _rx(r"\b((had|have|has|was|were|been|who|they|he|she|allegedly|reportedly|secretly|illegally) "
                      r"smuggled|smuggled(?= (in|into|out|across|over|through|from|to|the|a|an|some|more|about|"
                      r"around|\d))|(tried|trying|attempt(ed|ing)?|sought|set out|were going|was going) to smuggle|"
                      r"(were|was|been) smuggling|(illegally|secretly) (moved|transported|carried|shipped|brought|"
                      r"sold|sent)|attempting to (move|carry|transport|take) (\w+ ){0,5}across)\b"), 0.8, False),
    ("smuggling", _rx(r"\b(smuggling (of|attempt|operation|ring|case|incident|route)|smugglers?)\b"), 0.5, True),
    ("crackdown", _rx(r"\b(crack(ed|ing) ?down|clamp(ed|ing) ?down|(inspected|inspecting|investigated|"
                      r"investigating|raided|searched|screened|surveilled)|(raiding|searching) (\w+ ){0,2}(homes|houses|markets|"
                      r"villages|vehicles)|"
                      r"(intensif(ied|ying|ies)|bolster(ed|ing|s)?|stepp(ed|ing) up|tighten(ed|ing|s)?|"
                      r"strengthen(ed|ing|s)?|ramp(ed|ing) up|heighten(ed)?|launch(ed|ing)|began|started|"
                      r"conduct(ed|ing)?) (\w+ ){0,3}"
                      r"(controls?|security|monitoring|patrols?|vigilance|enforcement|checks|crackdowns?|"
                      r"surveillance|inspections?|investigations?|campaigns?|searches|raids)|"
                      r"checkpoints? (were|was) set up|house-to-house|mobiliz(ed|ing) (\w+ ){0,2}(to catch|to hunt)|"
                      r"(formed|organized|organised|set up|dispatched|deployed|sent) (an? |the |new |special )?(\w+ ){0,3}"
                      r"(task ?forces?|inspection (teams?|groups?|units?)|squads?|patrols)|"
                      r"reinforc(ed|ing) (\w+ ){0,3}(border|fences?|guard posts?|security|patrols))\b"),
     0.7, False),
    ("crackdown", _rx(r"\b(crackdowns?|inspections?|investigations?|surveillance|raids?|searches|"
                      r"(campaign|drive|war|struggle) against|purge of|sweeps?)\b"), 0.5, True),
    ("punishment", _rx(r"\b(sentenced|executed|(sent|banished|relocated|exiled) to (an? |the )?([\w-]+ ){0,3}"
                       r"(camp|prison|labou?r|countryside|mines?|farms?)|banished|fined|dismissed(?! (the |a |an |as |it |such |these |those )?(claims?|reports?|allegations?|ideas?|"
                       r"notion|possibility|suggestions?|rumou?rs?|concerns?|criticism|speculation))|expelled|purged|"
                       r"demoted|stripped of|relieved of (their|his|her) (posts?|duties)|punish(ed|ing)|jailed|imprisoned|"
                       r"tried in public|disciplined)\b"), 0.9, False),
    ("punishment", _rx(r"\b(sentences? of|executions?|firing squad|(labou?r|prison|re-education|reeducation|"
                       r"political prison) camps?|banishment|fines? of|punishments?|imprisonment|prison terms?|"
                       r"years (in prison|of hard labou?r|of reform)|reform through labou?r|public trials?|"
                       r"disciplinary (action|measures))\b"), 0.6, True),
    ("policy_order", _rx(r"\b(ordered|received (\w+ ){0,2}orders?|(issued|handed down|sent down|"
                         r"passed down|relayed|delivered|distributed|circulated|sent|adopted|announced|enacted|"
                         r"passed|introduced|imposed|released|promulgated) (\w+ ){0,3}(orders?|decrees?|directives?|"
                         r"instructions?|guidelines?|letters?( of appeal)?|notices?|bans?|laws?|regulations?|"
                         r"rules|edicts?|policy|policies|lockdowns?|quarantines?|curfews?|buffer zones?|restrictions)|"
                         r"declared (an? |the )?(\\w+ ){0,2}(emergency|lockdown|quarantine|buffer zone)|(orders?|decrees?|directives?|laws?|regulations?|bans?)\b[^.;]{0,60}, "
                         r"(adopted|issued|enacted|promulgated|passed|handed down) (in|on|last|this|earlier)|(order|directive|instruction|"
                         r"letter|notice|law|regulation|ban|edict)s? (\w+ ){0,8}(was|were|has been|had been) "
                         r"(issued|sent|distributed|handed down|circulated|adopted|enacted|passed|imposed|"
                         r"delivered|relayed)|decreed|instructed|banned|bans|prohibit(ed|s)|"
                         r"forb(id|ids|ade|idden)|(were|was) told to|called on|mandat(ed|es)|outlawed|ordering)\b"),
     0.8, False),
    ("policy_order", _rx(r"\b(orders? (was|were|that|to|from|calling|banning|prohibiting|instructing|demanding|"
                         r"forbidding)|decrees?|directives?|adoption of|letter of appeal|bans? on|shoot-to-kill orders?)\b"),
     0.5, True),
    ("trade_measure", _rx(r"\b(" + TRADE_NOUN + r"\b[\w\s,'’-]{0,40}?\b(was|were|has been|had been|have been|"
                          r"remains?|remained|is|are) " + CHANGE_VERB + r"|" + TRADE_NOUN + r"\b[\w\s,'’-]{0,40}?\b"
                          r"(resumed|reopened|restarted|halted|stopped|closed)|" + CHANGE_VERB + r"\b[\w\s,'’-]{0,30}?\b"
                          + TRADE_NOUN + r"|(request(ed)?|refus(ed|ing)|reject(ed|ing)|turned down|denied|"
                          r"approved|allowed|permitted) (\w+ ){0,5}(restart|resumption|reopening|opening|"
                          r"resume|reopen|restart)\b[\w\s,'’\[\]-]{0,40}?\b" + TRADE_NOUN + r"|(would|will) (be )?"
                          r"(difficult|impossible|hard|unable|not (be )?(possible|able)) to (restart|reopen|resume|"
                          r"open|allow)\b[\w\s,'’-]{0,40}?\b" + TRADE_NOUN + r")\b"), 0.8, False),
    ("trade_measure", _rx(r"\b(" + CHANGE_NOUN + r" (of|to|in) (\w+ ){0,4}" + TRADE_NOUN + r"|" + TRADE_NOUN
                          + r" " + CHANGE_NOUN + r"|rejection of (\w+ ){0,4}request)\b"), 0.5, True),
    ("use_of_force", _rx(r"\b(shot (dead|and killed|at|to death)?|(opened|open) fire|fired (warning )?shots|"
                         r"fired (at|on|upon)|gunned down|beat(en)? (to death|up|severely)?|"
                         r"assaulted|killed|stabbed|tortured|attacked (a |the )?(border )?(guards?|post|soldiers?))\b"),
     0.9, False),
    ("use_of_force", _rx(r"\b(gunfire|shooting|beating|shoot-to-kill)\b"), 0.5, True),
    ("defection", _rx(r"\b(defected|fled (\w+ ){0,3}(to|into|across|from|North Korea)|"
                      r"escaped (\w+ ){0,3}(to|into|across|from|North Korea)|"
                      r"(tried|trying|attempted|attempting) to (flee|escape|cross|defect)|"
                      r"crossed the (\w+ ){0,2}(river|border|demarcation line)|(swam|swimming|waded|wading) across|"
                      r"repatriated|forcibly (returned|sent back)|(sent|handed) back (about |approximately |around |some |"
                      r"nearly )?(\d+|\w+ North Koreans)|sent back to North Korea|"
                      r"handed (back )?over to (North Korea|the North Korean))\b"), 0.9, False),
    ("defection", _rx(r"\b(defections?|escape attempts?|river crossings?|repatriations?)\b"), 0.5, True),
]
NEAR_DATE_CHARS = 70
QUANTITY_TYPES = {"smuggling", "seizure", "arrest"}   # "the smuggling of 10 kg of gold" is an event
# Verbs that carry out a nominal trigger, just before it.
SUPPORT = _rx(r"\b(launch(ed|es)?|began|begun|started|conduct(ed|s)?|carried out|carry out|intensif(ied|ies)|"
              r"bolster(ed|s)?|stepped up|steps up|issued|received|receiving|imposed|announced|handed down|"
              r"sent|engaged in|faced|facing|uncovered|involving|led to|leading to|resulted in|announc(ed|es)|"
              r"ongoing|under way|underway|new|latest|recent|mass|a wave of|series of)\b[^.;:!?]{0,50}$")
QUANTITY_CUE = _rx(r"\b\d[\d,.]*\s*(kg|kilograms?|tons?|tonnes|grams|people|persons)\b|"
                   r"\b(two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds) (of )?"
                   r"(kilograms|tons|people|persons|residents|smugglers|traders|soldiers|defectors)\b")

# Words that make a clause hypothetical, negated or general, looked for just before a trigger.
HEDGE_BEFORE = _rx(
    r"\b(not|never|no|n[o’']t|without|rarely|seldom|hardly|would|could|can|cannot|might|may|will|shall|should|must|expect(s|ed)? (\w+ ){0,2}to|"
    r"likely|unlikely|plans? to|planning to|intends? to|threat(en(ed|s)?)?|if|unless|whether|deserve|"
    r"supposed to|tasked with|responsible for|aim(ed|s)? (at|to)|in order to|possible|possibly|potential|"
    r"rumou?r(s|ed)?|fear(s|ed)? (of|that)|risk of|avoid|prevent(ing)?|to be|face|facing|wait(ing)? for|"
    r"hopes?|hoped|to (halt|stop|end)|demand(ed|ing)? (a|the)|call(s|ed)? for|urg(e|ed|ing)|vigilant about)\b[^.;:!?]{0,60}$"
)
# "since the border was closed", "before the arrest": a clause that dates something else
# by an act the article does not report here.
TIME_CLAUSE = _rx(r"(?<!have )(?<!has )(?<!had )\b(since|before|until|till|while|ever since)( the| its| a| an| their| his| her)?( \w+){0,2} $")
# "those caught", "anyone who is arrested": a rule about people in general, not an arrest.
GENERIC_SUBJECT = _rx(r"\b(those|anyone|anybody|whoever|people who|offenders|violators)( who| that)?"
                      r"( are| were| is| get| gets| got)?( being)? $")
INNER_HEDGE = _rx(r"\b(would|could|might|may|will|expected|hoped|if)\b(?! (be )?(difficult|impossible|hard|unable|not))")
# Whole sentences that describe how things generally are rather than what happened.
BACKGROUND = _rx(
    r"^(in the past|historically|traditionally|for years|for decades|as late as|like most|generally|usually|"
    r"typically|in general|normally)\b|\b(widespread|is common|are common|commonplace|have long|has long|"
    r"had long|popular way|generally refers|refers to|is known to|are known to|tend to|often|is defined as)\b"
)
# Sentences about the outlet or a source's speech itself.
ABOUT_OUTLET = _rx(r"^(please direct|read in korean|daily nk (is|has been)|this article|rfa'?s? )")


@dataclass(frozen=True)
class Trigger:
    event_type: str
    start: int
    end: int
    text: str
    strength: float


def is_background(sentence: str) -> bool:
    return bool(BACKGROUND.search(sentence) or ABOUT_OUTLET.search(sentence.lstrip("“\"' ")))


def is_hedged(sentence: str, start: int, end: int) -> bool:
    """True when the words just before the trigger, in its clause, or inside a long
    trigger ("trade would restart"), hedge it."""
    clause_start = max(sentence.rfind(sep, 0, start) for sep in (",", ";", ":", "“", "\"", " but ", " and "))
    window = sentence[max(clause_start + 1, start - 70):start]
    inner = sentence[start:end]
    return bool(HEDGE_BEFORE.search(window) or GENERIC_SUBJECT.search(sentence, max(0, start - 30), start)
                or TIME_CLAUSE.search(sentence, max(0, start - 40), start)
                or (len(inner) > 25 and INNER_HEDGE.search(inner)))


# A vehicle crossing a river is trade, not somebody fleeing.
NOT_PEOPLE_CROSSING = _rx(r"\b(trains?|trucks?|vehicles?|cargo|goods|shipments?|freight|boats? carrying)\b[^.;]{0,25}$")


def find_triggers(sentence: str, date_offsets: tuple[int, ...] = ()) -> list[Trigger]:
    """Unhedged triggers, the first one of each type. `date_offsets`: where the sentence's
    own dates are; a date near a nominal trigger lets it count."""
    if is_background(sentence):
        return []
    quantity = bool(QUANTITY_CUE.search(sentence))
    chosen: dict[str, Trigger] = {}
    for event_type, pattern, strength, nominal in PATTERNS:
        if event_type in chosen:
            continue
        for m in pattern.finditer(sentence):
            if is_hedged(sentence, m.start(), m.end()):
                continue
            if event_type == "defection" and NOT_PEOPLE_CROSSING.search(sentence, 0, m.start()):
                continue
            dated = any(abs(offset - m.start()) < NEAR_DATE_CHARS for offset in date_offsets)
            counted = quantity and event_type in QUANTITY_TYPES
            if nominal and not (counted or dated or SUPPORT.search(sentence, max(0, m.start() - 60), m.start())):
                continue
            chosen[event_type] = Trigger(event_type, m.start(), m.end(), m.group(0), strength)
            break
    return _resolve_overlaps(list(chosen.values()))


def _resolve_overlaps(triggers: list[Trigger]) -> list[Trigger]:
    """A crackdown that is just the arrests it mentions, or a trade noun inside an order,
    is one event, not two: drop the weaker type when two triggers share words."""
    kept = []
    for t in sorted(triggers, key=lambda t: -t.strength):
        if any(t.start < k.end and k.start < t.end for k in kept):
            continue
        kept.append(t)
    return sorted(kept, key=lambda t: t.start)
