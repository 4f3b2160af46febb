"""Stories whose violent words tell no political violence: sport, fiction, rhetoric, campaigns, mishaps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from waqia.extract.events import (
    COMMENTARY_SENTENCE,
    CRIME_WORDS,
    FRESH_TIME,
    HAZARD_WORDS,
    MONTH_DAY,
    MONTH_NAME,
    PEOPLE_HARMED,
    TALLY_COUNT_BEFORE,
    SentenceReading,
    Trigger,
)
from waqia.model import EventType, SubEventType

S = SubEventType


class StoryKind(StrEnum):
    """What an article is, as far as its vocabulary tells: a sport or fiction story lends violent words."""

    NEWS = "news"
    SPORT = "sport"
    FICTION = "fiction"
    ARTS = "arts"
    BUSINESS = "business"
    EXERCISE = "exercise"


# Words of a match report that do not also name violence or its victims: a story holding several distinct
# ones is a sport story, where "attack", "clash", "shot" and "struck" are moves of the game.
_SPORT_WORD = re.compile(
    r"\b(?:cricket\w*|wickets?|innings|overs|bowl(?:ed|er|ers|ing)|batt(?:er|ers|ing)|batsm[ae]n|sixes|"
    r"yorkers?|powerplay|all-rounders?|umpires?|run[- ]chase|"
    r"(?:won|lost|win|beat \w+) by \d+ (?:runs|wickets)|"
    r"T20|ODIs?|test match|hockey|football\w*|soccer|goal(?:s|keeper|keepers)?|strikers?|midfield\w*|"
    r"penalt(?:y|ies)|half-time|referees?|kick-?off|boxing|boxers?|bouts?|knock-?out|kabaddi|squash|tennis|"
    r"wrestl\w+|athlet\w+|olympics?|medals?|tournaments?|semi-?finals?|quarter-?finals?|playoffs?|"
    r"points table|championships?|trophy|stadium|skipper|spectators|scored|"
    r"(?:\d+|one|two|three)-(?:\d+|nil|one|two) (?:win|victory|defeat|draw)|edged \w+ \d-\d)\b",
    re.IGNORECASE,
)
# Words of a review or a plot: a story holding several is about a film, a book, a series or a game.
_FICTION_WORD = re.compile(
    r"\b(?:films?|movies?|screenplay|cinematograph\w*|box office|premiere[ds]?|trailer|novels?|novelist|"
    r"episodes?|season finale|sitcom|drama series|web series|documentar(?:y|ies)|protagonists?|villain|"
    r"storyline|actors?|actress(?:es)?|starring|stars as|plays the|critics|reviewer|audiences?|video games?|"
    r"gameplay|publisher|memoir|readers|prose|fiction|novella|paperback|console|multiplayer|books?|"
    r"chapters|pages|author|debut|literary|fictional|"
    r"game developers?|gamers?|PlayStation|Xbox|soundtrack|sound design|narrator|stars? out of)\b",
    re.IGNORECASE,
)
# Words of the stage, the gallery and the concert hall: a review of a play, a show or a gig. Such venues are
# also attacked, so a sentence there that names armed men or people harmed stays news.
_ARTS_WORD = re.compile(
    r"\b(?:reviewers|theat(?:re|er)s?|playwrights?|stage play|on stage|opening night|curtain call|encores?|"
    r"rehears(?:al|als|ed)|exhibitions?|galler(?:y|ies)|curators?|canvas(?:es)?|paintings?|painters?|"
    r"sculptures?|sculptors?|artworks?|artists?|concerts?|gigs?|guitarists?|drummers?|vocalists?|albums?|"
    r"setlist|riffs?|Arts Council)\b",
    re.IGNORECASE,
)
# Words of company news: "a price war", "a hostile takeover", "carpet-bombing the market with bundles".
_BUSINESS_WORD = re.compile(
    r"\b(?:shares?|shareholders?|stock (?:exchange|market)|KSE-100|PSX|takeover|acquisition|merger|bid|"
    r"board of directors|the board|revenue|profits?|losses|market share|subscribers|customers|price war|"
    r"discounts?|bundles?|tariffs?|chief executive|CEO|company|companies|firm|brand|retailers?|investors?|"
    r"quarter(?:ly)? (?:results|earnings)|billion|dividend)\b",
    re.IGNORECASE,
)
# Words of a drill, not a battle: "a live-fire demonstration", "a mock enemy headquarters", "test-fired".
_EXERCISE_WORD = re.compile(
    r"\b(?:exercises?|drills?|war games|wargames|mock|simulated|live-fire|test-fired|test-launched|"
    r"test[- ]fire|flight test|parade|fly-?past|rehearsals?|manoeuvres|maneuvers|dummy|inspected the|"
    r"(?:\d+-)?gun salute|took the salute|saluting dais|march-?past|marched past|passing[- ]out|"
    r"in salute|guard of honou?r|presented arms|recruits)\b",
    re.IGNORECASE,
)
_SPORT_STORY_WORDS = 3
_FICTION_STORY_WORDS = 3
_BUSINESS_STORY_WORDS = 5
_EXERCISE_STORY_WORDS = 3

# A sentence that tells the story inside a work, not the world: "in the film", "the novel opens with".
_FICTION_MARKER = re.compile(
    r"\b(?:in|of) the (?:film|movie|story|novel|book|series|play|drama|episode|game|documentary|plot)\b|"
    r"\b(?:film|movie|story|novel|book|series|play|drama|episode|game|documentary|narrative) "
    r"(?:opens|begins|starts|ends|closes|follows|tells|depicts|portrays|shows|centres|centers|revolves|"
    r"recreates|dramati[sz]es|imagines)\b|"
    r"\b(?:characters?|protagonists?|heroine|hero|villain|on screen|on-screen|fictional|screenplay|"
    r"the plot|subplot|storyline|flashbacks?|the director|the actor|the actress|sequel|thriller|"
    r"(?:television|TV|drama) serial|the audience|viewers|the finale|the stage|on stage|the canvas|"
    r"the painting|the exhibition|the play)\b",
    re.IGNORECASE,
)
# A plot is told in the present: "a businessman's daughter is kidnapped", "soldiers are ambushed".
_PLOT_PRESENT = re.compile(
    r"\b(?:is|are) (?:\w+ )?(?:kidnapped|abducted|killed|shot|murdered|attacked|ambushed|bombed|"
    r"taken hostage|blown up)\b",
    re.IGNORECASE,
)
# Who acts in real political violence, and people actually harmed: with one of these a sentence in a sport
# or culture story still reports an event ("a bomb went off outside the stadium, killing six spectators").
_ARMED_ACTOR = re.compile(
    r"\b(?:militants?|terrorists?|gunm[ae]n|insurgents?|(?:suicide )?bombers?|assailants?|armed men|"
    r"extremists?|rebels?|Taliban|TTP|separatists?|miscreants|guerr?illas?)\b",
    re.IGNORECASE,
)
# What a news report says and a plot summary does not: a source speaking, a day of the week.
_NEWS_MARKER = re.compile(
    r"\b(?:police|officials?|spokesm[ae]n|spokesperson|rescue (?:officials|workers|teams)|doctors|witnesses|"
    r"residents) (?:said|say|says|told|confirmed)|\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|yesterday|last night)\b",
    re.IGNORECASE,
)
# Attacks with words, not weapons: "a blistering attack on the budget", "attacked the government over".
_VERBAL_ATTACK_BEFORE = re.compile(
    r"\b(?:blistering|scathing|stinging|withering|bitter|verbal|vitriolic|veiled|thinly[- ]veiled|personal|"
    r"rhetorical|caustic|acerbic|sharp|strongly[- ]worded|no-holds-barred|broadside|war of words|"
    r"lashed out|tirade)\W+(?:[\w-]+\W+){0,2}$",
    re.IGNORECASE,
)
_ABSTRACT_TARGET = (
    r"(?:budget|bill|polic(?:y|ies)|decisions?|remarks|statements?|speech|record|plans?|proposals?|reforms?|"
    r"laws?|ordinance|amendments?|judiciary|verdict|judgment|constitution|democracy|freedom\w*|narrative|"
    r"manifesto|performance|handling|economy|economic \w+|taxes|tax \w+|inflation|agenda|rhetoric|"
    r"credibility|integrity|legacy|stance|silence|claims?|ideology)"
)
_VERBAL_ATTACK_AFTER = re.compile(
    # The words before the target do not run past a preposition: "the attack on the post in a statement".
    rf"^\W*(?:on|against|at)\s+(?:the\s+)?(?:(?!(?:in|at|by|with|after|during|from)\s)[\w'-]+\s+){{0,3}}?"
    rf"{_ABSTRACT_TARGET}\b(?!\s+(?:offices?|"
    r"buildings?|headquarters|convoy|vehicles?|workers|supporters|members|camp|rally|house|residence))|"
    # "attacked the government over inflation", "attacked the prime minister for his silence"
    r"^\W*(?:the\s+)?(?:federal\s+|provincial\s+|ruling\s+)?(?:government|opposition|prime minister|PM|"
    r"president|chief minister|ministers?|premier|party leadership|rulers|establishment|critics|rivals)"
    r"\s+(?:for|over)\s+(?:its|his|her|their|what|not|failing|the government['’]s)\b",
    re.IGNORECASE,
)
_ATTACK_WORD = re.compile(r"^(?:attack\w*|assault\w*|fired|hit)$", re.IGNORECASE)

# A rally of a campaign is no protest: ACLED codes demonstrations against someone or something.
_CAMPAIGN = re.compile(
    r"\b(?:elections?|electoral|election campaign|campaign(?:ing|s)?|candidates?|polls|voters?|voting|"
    r"constituenc(?:y|ies)|manifesto|by-?elections?|jalsa|corner meeting|party tickets?|ballot)\b",
    re.IGNORECASE,
)
_PROTEST_CUE = re.compile(
    r"\b(?:protest\w*|against|demand\w*|condemn\w*|sit-?ins?|strikes?|boycott\w*|agitat\w*|dharna|"
    r"alleg\w*|rigg\w*|fraud|denounc\w*|slogans|"
    r"chant\w* slogans? against|block\w*|march(?:ed|ing)? (?:to|towards) the)\b",
    re.IGNORECASE,
)
_GATHERING_TRIGGER = re.compile(r"\b(?:rall(?:y|ies|ied)|gatherings?|meetings?|marche?[sd]?|crowds?)\b", re.I)

# An explosion the story puts down to gas, a boiler or wiring, not to anyone: "the blast was caused by a
# gas leak", "police ruled out sabotage". A later "it was a bomb" overrides an earlier mishap.
_MISHAP_CAUSE = re.compile(
    r"\b(?:caused by|due to|result of|resulted from|triggered by|blamed on|because of)\s+"
    r"(?:a |an |the )?"
    r"(?:[\w-]+\s+){0,2}?(?:gas (?:leak|leakage|cylinder|pipeline)|cylinders?|leak(?:age)?|short[- ]circuit|"
    r"boilers?|methane|transformers?|fireworks?|firecrackers?|electric\w* fault)\b|"
    r"\bruled out (?:any )?(?:sabotage|terror\w*|foul play)|"
    r"\b(?:was|were) not (?:a |an )?(?:bomb|terror\w*|act of terror\w*|sabotage|explosive device)\b",
    re.IGNORECASE,
)
_ATTACK_CAUSE = re.compile(
    r"\b(?:(?:was|were) (?:caused by )?(?:a |an )?(?:bomb|IED|improvised explosive|explosive device|"
    r"planted|remote[- ]controlled|terror\w* (?:attack|act))|(?:bomb|explosives?|device) (?:had been |was )?"
    r"planted|explosives? (?:were|was|had been) (?:used|fitted|planted|packed)|"
    r"(?:kilograms?|kg) of explosives?)\b",
    re.IGNORECASE,
)
_EXPLOSION_TYPES = frozenset({S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.SUICIDE_BOMB, S.GRENADE})
# A flood, a crash or a fire that opens the story: its other violent words ("like a bomb", "army troops
# rescued", "the owner was taken into custody") tell the mishap, unless a sentence names an armed actor.
_HAZARD_LEAD = re.compile(
    rf"\b(?:{HAZARD_WORDS}|cloudburst|storms?|plunged|caught fire|building collapse\w*|roof collapse\w*|"
    r"collapsed|methane|(?:rammed|crashed|smashed|slammed) into)\b",
    re.IGNORECASE,
)
# A mishap lead tells its harm ("killed 23", "swept away", "collapsed"); rain that merely falls tells none.
_HAZARD_HARM = re.compile(
    r"\b(?:killed|killing|died|dead|deaths?|injured|injuring|wounded|hurt|drowned|missing|swept away|"
    r"washed away|destroyed|damaged|collapsed|flattened|buried|trapped|displaced|stranded)\b",
    re.IGNORECASE,
)
# Who and what make a lead about a mishap a lead about conflict after all ("a truck overturned after being
# chased by party cadres during the strike").
_CONFLICT_WORD = re.compile(
    r"\b(?:cadres|activists|strikes?|hartal|shutdown|protest\w*|clash\w*|attack\w*|bomb\w*|chased|"
    r"mob|rioters|arson\w*|torched|gun\w*|shot|firing)\b",
    re.IGNORECASE,
)
# A round-up tells other incidents after the lead's: "in a separate incident", "meanwhile".
_SEPARATE_INCIDENT = re.compile(
    r"\b(?:separate(?:ly)?|another incident|other incident|meanwhile|elsewhere|in a (?:second|different))\b",
    re.IGNORECASE,
)
# A court story: "sentenced two men for the bombing of a bus in 2023" recalls the bombing.
_LEGAL_LEAD = re.compile(
    r"\b(?:sentenced|convicted|acquitted|indicted|charge-?sheeted|verdict|handed down|awarded (?:the )?death|"
    r"life imprisonment|hanged|executed|upheld|overturned the conviction|trial|adjourn\w*)\b[^.]{0,160}?"
    r"\b(?:for|in|over|of) (?:the |a |an |their |his )?(?:[\w-]+ ){0,5}?(?:bombing|attack|blast|killing|"
    r"murder|assassination|kidnapping|abduction|massacre|ambush)",
    re.IGNORECASE,
)
# Rites and relief after an attack recall it: "the funeral prayers of six FC personnel who had fallen in an
# ambush on Monday were offered", "compensation cheques among the families of 14 victims of the May car
# bombing". Not an attack on the rite itself ("a suicide bomber attacked a funeral prayer").
_AFTERMATH_LEAD = re.compile(
    r"\b(?:funerals?|funeral prayers|burial|buried|laid to rest|compensation|cheques?|ex[- ]gratia|"
    r"financial (?:assistance|aid|help)|condolences?)\b[^.]{0,120}?"
    r"\b(?:victims? of|(?:killed|martyred|fallen|died|injured|wounded) (?:in|during)|"
    r"lost (?:their|his|her) lives in) (?:the |a |an |[\w-]+['’]s )?(?:[\w-]+ ){0,4}?(?:bombing|attack|blast|"
    r"killing|massacre|ambush|firing|shelling|explosion|encounter|clash(?:es)?|violence|gunfight|"
    r"gun ?battle|firefight|shoot-?out|exchange of fire|operation|raid)",
    re.IGNORECASE,
)
# A lead that names whom an earlier deed's doer or victim turned out to be recalls the deed: "the suicide
# attacker who struck a wrestling club last Tuesday had been identified as", "the Maoist killed in a Police
# encounter on June 15 has been identified as".
_IDENTIFIED_LEAD = re.compile(
    r"\b(?:(?:suicide )?(?:attackers?|bombers?|assailants?|gunm[ae]n|militants?|terrorists?|insurgents?|"
    r"Maoists?|cadres?|perpetrators?)|victims?|deceased|bod(?:y|ies))\b[^.]{0,160}?"
    r"\b(?:(?:has|have|had) been|was|were) identified as\b",
    re.IGNORECASE,
)
_IDENTIFIED_SUBJECT_REACH = 120
# Said of a thing that is not a blast: "struck the village like a bomb", "as if a bomb had gone off", "looked
# as if the car had been hit by a bomb"; a first belief the story corrects ("I thought it was a bomb
# attack"); a generic "every bullet fired at a health worker".
_SIMILE_BEFORE = re.compile(
    r"\b(?:like|akin to|resembl\w+)\s+(?:an?\s+|the\s+)?$|"
    # The likeness ends where a clause of news begins: "it felt as if the earth shook when the bomb went off".
    r"\b(?:as if|as though)\s+(?:(?!(?:when|while|after|before|because|as|and|but)\b)[\w'’-]+\s+){0,8}$|"
    r"\b(?:thought|believed|assumed) (?:it|this|that) (?:was|had been|were)\s+(?:an?\s+|the\s+)?$|"
    r"\bevery\s+(?:\w+\s+)?$",
    re.I,
)
# Animals attack too: "stray dogs attacked eleven children", "a bear mauled a shepherd".
_ANIMAL_BEFORE = re.compile(
    # Not a "lone wolf", a man acting alone.
    # Nor the LTTE's "Sea Tiger" or "Black Tiger" cadres, named with a capital.
    r"\b(?:dogs?|bears?|leopards?|(?-i:tigers?)|wolves|(?<!lone )wolf|jackals?|snakes?|bees|wasps|"
    r"crocodiles?|"
    r"elephants?|boars?|monkeys?|bulls?|buffalo(?:es)?|camels?|horses?|lions?|animals?)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Stones thrown to drive a wild animal off are no riot: "drove the animal away by throwing stones" (not the
# horses of mounted police).
_WILD_ANIMAL = (
    r"(?:leopards?|wolves|wolf|jackals?|snakes?|bees|crocodiles?|elephants?|wild boars?|monkeys?|"
    r"stray dogs?|the animal|animals)"
)
_ANIMAL_NEAR = re.compile(
    rf"\b(?:drove|driving|chased|chasing|scared|shooed|frightened) (?:[\w'’-]+ ){{0,2}}{_WILD_ANIMAL}\b|"
    rf"\bat (?:the |a |an )?{_WILD_ANIMAL}\b",
    re.IGNORECASE,
)
# "The concert was a blast", "having a blast": fun, not an explosion.
_FUN_BLAST = re.compile(
    r"\b(?:was|is|were|be|been|had|having|have|what)\s+(?:an?|such an?|an absolute|a real)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A lead about a robbery or a private quarrel: its shootings are crime unless a sentence names armed men.
_CRIME_LEAD = re.compile(rf"\b(?:{CRIME_WORDS})\b", re.IGNORECASE)
# Who counts: a tally lead is a report of figures ("a think tank said in its annual report").
_FIGURES_SOURCE = re.compile(
    # "a report", "its annual report"; not SATP's credit line "reports The Hindu".
    r"\b(?:(?:a|an|its|the|their|annual|new|latest) (?:[\w-]+ )?report|data|figures|statistics|survey|"
    r"study|think[- ]tank|institute|counted|annual|tally|compiled|recorded|documented)\b",
    re.IGNORECASE,
)
# A sentence that dates its event to a day or calls it the latest one: "on March 3", "in the latest attack".
_RECENT_DAY = re.compile(rf"\bon {MONTH_DAY}\b(?!,? (?:19|20)\d\d)|\b(?:latest|most recent)\b")
# A lead that calls the threat false: a hoax call ends in searches and the caller's arrest, not in an event.
_HOAX_LEAD = re.compile(
    r"\b(?<!no )(?<!not a )(?<!not an )(?:hoax\w*|false alarms?|prank calls?)\b", re.IGNORECASE
)
# A threat alert leads with what may happen: its story tells no attack but in a sentence that counts harm.
_THREAT_LEAD = re.compile(
    r"\b(?:threat alert|security alert|alerts?|warn(?:ed|ing|s)?|intelligence)\b[^.]{0,160}?"
    # "may" in lower case: "on May 21" is a date.
    r"\b(?:could|(?-i:may)|might|were likely to|are likely to|planned|planning|plan to|intend\w*)\b",
    re.IGNORECASE,
)
# What a video, a magazine or a photograph shows, with nobody harmed, is propaganda, not an event: "a video
# showing men firing rifles and rocket launchers into the air", "photographs of fighters posing with rockets".
_MEDIA_SHOWN = re.compile(
    r"\b(?:videos?|footage|clips?|magazines?|photographs?|photos?|pictures?|images?|posters?|propaganda)\b"
    r"[^.]{0,200}?\b(?:showing|shows|showed|depict\w*|featur\w*|carried|posing|purport\w*)\b",
    re.IGNORECASE,
)
# Harm a video shows done to people is told as a deed: "a video showed militants shooting dead two soldiers".
_HARM_SHOWN = re.compile(
    r"\b(?:kill\w*|dead|deaths?|shot|shooting|execut\w*|behead\w*|slain|wound\w*|injur\w*|murder\w*)\b",
    re.IGNORECASE,
)
_HOUSE_GESTURE = re.compile(
    r"\b(?:walk(?:ed)?[- ]?outs?|walked out|thump\w* (?:their |the )?desks|desk-thumping|boycott\w* the "
    r"(?:session|proceedings|sitting)|tore (?:up )?copies|gathered in front of the (?:speaker|chair)|"
    r"in front of the speaker|sloganeering in the house|(?:opposition|treasury) benches)\b",
    re.IGNORECASE,
)
# A protest gesture inside a legislature (a walkout, desk-thumping) is no demonstration in ACLED's sense.
_LEGISLATURE = re.compile(
    r"\b(?:National Assembly|Senate|parliament\w*|provincial assembly|assembly session|the House|"
    # A walkout alone names no legislature (dock workers stage them too); its members do.
    r"treasury benches|opposition benches|desks|the speaker|the chair|(?:treasury|opposition) members|"
    r"the opposition['’]s|lawmakers|legislators|parliamentarians|MNAs|MPAs|senators|"
    r"copies of the (?:[\w-]+ )?(?:bill|budget|agenda|order paper))\b",
    re.IGNORECASE,
)
# "Blast injuries", "gunshot wounds": a kind of wound a hospital counts, not an attack.
_WOUND_KIND_AFTER = re.compile(
    # "Bomb wounds" name an injury; "a car bomb wounds at least 50" is the verb, with its count after.
    r"^\W*(?:injur(?:y|ies)|wounds?(?! (?:at least|more than|over|nearly|about|some|dozens|scores|many|"
    r"several|\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|his|her|their)\b)|trauma|cases|patients|"
    r"victims|survivors)\b",
    re.I,
)
_VIOLENT_TYPES = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS}
)
_PROTEST_TYPES = frozenset({S.PEACEFUL_PROTEST})
# Kinds of story whose violent words are borrowed: a sentence there must show real harm or armed actors.
_BORROWING_KINDS = frozenset({StoryKind.SPORT, StoryKind.BUSINESS, StoryKind.EXERCISE})
# Kinds of story that review a work: a plot may be told in them.
_REVIEW_KINDS = frozenset({StoryKind.FICTION, StoryKind.ARTS})
# What follows a flood or a blast in a kitchen: houses destroyed, an owner arrested, relief camps set up and
# troops sent to rescue.
_MISHAP_AFTERMATH = frozenset(
    {
        S.ARRESTS,
        S.LOOTING_PROPERTY_DESTRUCTION,
        S.HEADQUARTERS_OR_BASE_ESTABLISHED,
        S.CHANGE_TO_GROUP_ACTIVITY,
    }
)
# What follows a hoax call: a search that finds nothing, the caller arrested.
_HOAX_AFTERMATH = frozenset({S.ARRESTS, S.DISRUPTED_WEAPONS_USE})
# Munitions left from past wars: "mortar rounds that failed to explode", "unexploded shells", "cleared 900
# mines". A sentence about them reports no attack unless it counts people hurt.
_WAR_REMNANT = re.compile(
    r"\b(?:left over from|leftover|remnants? of (?:the )?(?:past |earlier )?wars?|"
    r"explosive remnants|de-?min(?:ing|ers?)|mine (?:clearance|action)|clearance teams?|"
    r"(?:cleared|destroyed|removed|defused) (?:more than |over |some |about )?[\d,]+ (?:\w+ )?"
    r"(?:mines|landmines|shells|devices|munitions|rounds))\b",
    re.IGNORECASE,
)
_REMNANT_TYPES = frozenset(
    {S.SHELLING_ARTILLERY_MISSILE_ATTACK, S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.DISRUPTED_WEAPONS_USE}
)
# Harm counted over a period is a statistic: "mines killed or injured 380 people during the year".
_PERIOD_TALLY = re.compile(
    r"\b(?:during|in|over|throughout) (?:the|this|that|last) (?:past |previous |same )?"
    r"(?:year|decade|months?)\b|"
    r"\b(?:annual(?:ly)?|per year|each year|every year|a year|since (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A vigil or memorial that voices no protest remembers the dead; ACLED codes demonstrations with a demand.
_PROTEST_VOICED = re.compile(
    r"\b(?:protest\w*|against|demand\w*|condemn\w*|denounc\w*|slogans?|chant\w*|sit-?ins?|boycott\w*|"
    r"justice|call(?:ed|ing)? (?:for|on)|urg(?:ed|ing)|placards?|banners?|ask(?:ed|ing)? (?:for|the)|"
    r"seek(?:ing)?|sought)\b",
    re.IGNORECASE,
)
# A government's protest lodged with an envoy: "summon the charge d'affaires to lodge a protest".
_DIPLOMATIC_PROTEST = re.compile(
    r"\b(?:lodg(?:e|ed|es|ing) (?:a |an |its |their )?|register(?:ed|s|ing)? its )(?:strong |formal )?"
    r"protests?\b|"
    r"\bdiplomatic protests?\b|\bprotest notes?\b",
    re.IGNORECASE,
)
_REMEMBRANCE_TRIGGER = re.compile(r"\b(?:vigils?|candle\w*|memorial\w*|commemorat\w*|remembrance)\b", re.I)
# "A methane gas explosion", "the cylinder blast": what blew up names the mishap.
_MISHAP_SOURCE_BEFORE = re.compile(
    r"\b(?:gas|methane|cylinders?|boilers?|transformers?|chemical|fireworks?|firecrackers?|fuel|"
    r"pressure cooker|generators?|LPG|CNG|coal dust|furnace)\s+(?:cylinder\s+|leak\s+|tank\s+)?$",
    re.IGNORECASE,
)
_BARE_TOLL = re.compile(r"^(?:killed|died|dead|killing|deaths?)$", re.IGNORECASE)
_BLAST_NOUN = re.compile(r"^(?:blasts?|explosions?)$", re.IGNORECASE)
# A period of a whole year or more that a count covers, or a part of a year told as a period.
_YEARS_COUNTED = re.compile(
    r"\b(?:(?P<span>between (?:19|20)\d\d and (?:19|20)\d\d|from (?:19|20)\d\d (?:to|till|until) "
    r"(?:19|20)\d\d|(?:during|in|over) the (?:last |past |previous )?(?:fiscal|financial) year|"
    r"(?:during|in) (?:the )?(?:fiscal|financial) year (?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)|"
    r"(?:during|throughout) (?:the year )?(?:19|20)\d\d|"
    # Part of a year: "in the first six months of the year", "in the third quarter", "between July and
    # September".
    r"(?:in|during|over) the (?:first|second|third|fourth|last|past|previous) (?:[\w-]+ )?(?:months|quarter|"
    r"half)(?: of (?:the|this|last) year| of (?:19|20)\d\d)?|"
    rf"between {MONTH_NAME} and {MONTH_NAME}(?! \d))\b",
    re.IGNORECASE,
)
_COUNTED_OVER_TIME = frozenset({S.ARRESTS, S.DISRUPTED_WEAPONS_USE})
# A tally of patients or cases ("1,127 patients had gunshot wounds") counts many events, reports none.
_STATISTIC = re.compile(
    # Not patients killed or hurt in the attack told: "attacked a hospital, killing at least 20 patients",
    # "shot dead 6 patients".
    r"\b(?<!killing )(?<!killed )(?<!injuring )(?<!injured )(?<!wounding )(?<!wounded )(?<!least )(?<!than )"
    r"(?<!dead )(?<!down )(?<!executed )(?<!abducted )(?<!kidnapped )[\d,]+ (?:of them |of the )?patients\b|"
    # Not "patients with burning eyes" a doctor describes: patients counted by their wounds.
    r"\bpatients (?:with|suffering from|who had) (?:[\w-]+ ){0,2}(?:gunshot|bullet|blast|bomb|burn|injur|"
    r"wound|trauma)\w*|"
    r"\b(?:blast|gunshot|bullet|burn|injury|trauma)[\w-]* patients\b|"
    r"\b[\d,]+ cases of (?:gunshot|bullet|blast|bomb|explosion|burn|injur)\w*|"
    r"\b(?:treated|received|admitted|registered|recorded)\s+[\d,]+\s+(?:people|persons|patients|cases|victims)\b|"
    # Complaints filed with a commission: "held 41,300 complaints of killings, torture, abduction".
    r"\b[\d,]+ (?:complaints|petitions|applications|allegations|cases) (?:of|about|regarding|related to) "
    r"(?:[\w-]+,? (?:and |or )?){0,5}?(?:killings?|torture|abductions?|disappearances?|rapes?|murders?|"
    r"kidnappings?|sexual violence)\b",
    re.IGNORECASE,
)
# "A live-fire demonstration", "a demonstration of its firepower": a display, not a protest.
_DISPLAY_DEMONSTRATION = re.compile(
    r"\b(?:live-fire|firepower|fire-?power|military|weapons?|capabilit\w+|practical|technical|air|aerial|"
    r"skills?|product) demonstrations?\b|"
    r"\bdemonstrat\w+ (?:of |on )?(?:its |their |the )?(?:[\w-]+ )?(?:capabilit\w+|firepower|skills?|"
    r"strength|resolve|readiness|new \w+)\b",
    re.IGNORECASE,
)
_CAMPAIGN_STORY_WORDS = 2
_PROTEST_WORD = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|sit-?ins?|dharna|rigg\w*|alleg\w*|against)\b", re.IGNORECASE
)
_LEAD_MIN_WORDS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryReading:
    """What kind of story an article is, and what its lead tells of the rest."""

    kind: StoryKind
    # The story puts an explosion down to gas, a boiler or wiring, and says no bomb after that.
    mishap_explosion: bool
    # The lead reports a flood, a crash or a fire, and no violence.
    hazard_lead: bool
    # The lead reports a court ruling on an attack, a funeral or relief after it, or whom its doer turned
    # out to be: the attack is recalled.
    recalling_lead: bool
    # An election campaign story that speaks of no protest.
    campaign: bool
    # The lead is a war of words ("a scathing attack on the budget"): its other violent words are rhetoric.
    rhetoric_lead: bool
    # The lead is a threat alert or a warning: its violent words tell what may happen.
    threat_lead: bool
    # The lead calls a bomb threat or an alarm a hoax: its searches and arrests are no event.
    hoax_lead: bool
    # The lead tells a robbery or a private quarrel, and names no armed group.
    crime_lead: bool
    # The lead tallies or trends many events ("attacks rose by a third in 2024"), reporting none of them.
    tally_lead: bool
    # Some sentence names an armed actor or counts people harmed: a named weapon there is no figure of speech.
    harm_told: bool
    # Some sentence voices a protest: a demand, a slogan, a word against someone.
    protest_voiced: bool = False


def read_story(text: str, *, lead: SentenceReading | None = None) -> StoryReading:
    """What kind of story `text` is, from the distinct sport and fiction words it holds and from its lead."""
    sport = {match.group(0).lower() for match in _SPORT_WORD.finditer(text)}
    fiction = {match.group(0).lower() for match in _FICTION_WORD.finditer(text)}
    if len(sport) >= _SPORT_STORY_WORDS and len(sport) > len(fiction):
        kind = StoryKind.SPORT
    elif len(fiction) >= _FICTION_STORY_WORDS:
        kind = StoryKind.FICTION
    elif (
        len(fiction | {match.group(0).lower() for match in _ARTS_WORD.finditer(text)}) >= _FICTION_STORY_WORDS
    ):
        kind = StoryKind.ARTS
    else:
        kind = StoryKind.NEWS
    business = {match.group(0).lower() for match in _BUSINESS_WORD.finditer(text)}
    exercise = {match.group(0).lower() for match in _EXERCISE_WORD.finditer(text)}
    if kind is StoryKind.NEWS and len(business) >= _BUSINESS_STORY_WORDS:
        kind = StoryKind.BUSINESS
    elif kind is StoryKind.NEWS and len(exercise) >= _EXERCISE_STORY_WORDS:
        kind = StoryKind.EXERCISE
    mishaps = [match.start() for match in _MISHAP_CAUSE.finditer(text)]
    attacks = [match.start() for match in _ATTACK_CAUSE.finditer(text)]
    lead_text = lead.sentence.text if lead is not None else ""
    lead_violent = lead is not None and any(
        trigger.sub_event_type.event_type in _VIOLENT_TYPES
        # "Miners were killed when a methane explosion...": a bare "killed" beside a mishap is the mishap.
        and _BARE_TOLL.match(trigger.text) is None
        and not _is_mishap_blast(
            lead_text, trigger.start - lead.sentence.start, trigger.end - lead.sentence.start
        )
        for trigger in lead.triggers
    )
    campaign_words = {match.group(0).lower() for match in _CAMPAIGN.finditer(text)}
    return StoryReading(
        kind=kind,
        mishap_explosion=bool(mishaps) and (not attacks or mishaps[-1] > attacks[-1]),
        hazard_lead=not lead_violent
        and _HAZARD_LEAD.search(lead_text) is not None
        and _HAZARD_HARM.search(lead_text) is not None
        and _ARMED_ACTOR.search(lead_text) is None
        and _CONFLICT_WORD.search(lead_text) is None,
        recalling_lead=_is_recalling_lead(lead),
        threat_lead=_THREAT_LEAD.search(lead_text) is not None,
        hoax_lead=not lead_violent and _HOAX_LEAD.search(lead_text) is not None,
        crime_lead=_CRIME_LEAD.search(lead_text) is not None and _ARMED_ACTOR.search(lead_text) is None,
        tally_lead=not lead_violent
        and COMMENTARY_SENTENCE.search(lead_text) is not None
        and _FIGURES_SOURCE.search(lead_text) is not None,
        harm_told=_ARMED_ACTOR.search(text) is not None or PEOPLE_HARMED.search(text) is not None,
        rhetoric_lead=lead is not None
        and any(
            _is_verbal_attack(
                lead_text, trigger.start - lead.sentence.start, trigger.end - lead.sentence.start
            )
            for trigger in lead.triggers
        ),
        campaign=len(campaign_words) >= _CAMPAIGN_STORY_WORDS and _PROTEST_WORD.search(text) is None,
        protest_voiced=_PROTEST_VOICED.search(text) is not None,
    )


def drop_figurative_triggers(
    readings: Sequence[SentenceReading], *, text: str
) -> tuple[SentenceReading, ...]:
    """The readings without the triggers that name no political violence in this story; the attacks a court
    story recalls are marked recalled."""
    if not any(reading.triggers for reading in readings):
        return tuple(readings)
    lead = next(
        (reading for reading in readings if len(reading.sentence.text.split()) >= _LEAD_MIN_WORDS), None
    )
    story = read_story(text, lead=lead)
    kept: list[SentenceReading] = []
    for reading in readings:
        if not reading.triggers:
            kept.append(reading)
            continue
        # What the sentence says of who acted and who was hurt is read once for all its triggers.
        evidence = SentenceEvidence(
            armed=_ARMED_ACTOR.search(reading.sentence.text) is not None,
            harmed=PEOPLE_HARMED.search(reading.sentence.text) is not None,
        )
        triggers = tuple(
            _recalled_by_lead(trigger, reading=reading, story=story)
            for trigger in reading.triggers
            if tells_event(trigger, reading=reading, story=story, evidence=evidence)
        )
        kept.append(reading if triggers == reading.triggers else replace(reading, triggers=triggers))
    return tuple(kept)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceEvidence:
    """Whether a sentence names an armed actor, and whether it counts people killed or hurt."""

    armed: bool
    harmed: bool


def tells_event(
    trigger: Trigger, *, reading: SentenceReading, story: StoryReading, evidence: SentenceEvidence
) -> bool:
    """Whether `trigger`, in its sentence and story, reports political violence or a demonstration."""
    sentence = reading.sentence.text
    offset = reading.sentence.start
    start, end = trigger.start - offset, trigger.end - offset
    sub_type = trigger.sub_event_type
    violent = sub_type.event_type in _VIOLENT_TYPES
    armed = evidence.armed
    literal = armed or evidence.harmed
    before = sentence[max(0, start - 60) : start]
    if (
        story.kind in _BORROWING_KINDS
        and (violent or sub_type.event_type is EventType.RIOTS)
        and not literal
        and not (trigger.specific and story.harm_told)
    ):
        return False
    if story.rhetoric_lead and violent and not literal:
        return False
    # A threat story names militants in every sentence; only people actually harmed make an event.
    if story.threat_lead and violent and not evidence.harmed:
        return False
    if (
        story.hoax_lead
        and (violent or sub_type in _HOAX_AFTERMATH)
        and not evidence.harmed
        and not armed
        and not _SEPARATE_INCIDENT.search(sentence)
    ):
        return False
    # A report of yearly figures counts deaths in sentences with no day: a sentence with one tells an event.
    # A named weapon ("a roadside bomb killed four soldiers") reports one attack even in a report of figures;
    # a count in the tens or more ("904 militants were killed") is still a figure.
    if (
        story.tally_lead
        and violent
        and (not trigger.specific or TALLY_COUNT_BEFORE.search(before))
        and not FRESH_TIME.search(sentence)
        and not _RECENT_DAY.search(sentence)
        and not _SEPARATE_INCIDENT.search(sentence)
    ):
        return False
    if (
        story.crime_lead
        and (violent or sub_type is S.ARRESTS)
        and not armed
        and not _SEPARATE_INCIDENT.search(sentence)
    ):
        return False
    if (
        story.kind is not StoryKind.NEWS
        and sub_type.event_type is EventType.PROTESTS
        and _PROTEST_CUE.search(sentence) is None
    ):
        return False
    if story.kind in _REVIEW_KINDS and _PLOT_PRESENT.search(sentence):
        return False
    # A review tells its work in sentences that mark it or carry no sign of news; the arts keep those that
    # name armed men or people harmed, as concert halls and galleries are attacked too.
    if (story.kind is StoryKind.FICTION or (story.kind is StoryKind.ARTS and violent and not literal)) and (
        _FICTION_MARKER.search(sentence) is not None or _NEWS_MARKER.search(sentence) is None
    ):
        return False
    if sub_type.event_type is EventType.RIOTS and _ANIMAL_NEAR.search(sentence, max(0, start - 60), end + 40):
        return False
    if violent and (
        _is_verbal_attack(sentence, start, end)
        or _is_mishap_blast(sentence, start, end)
        or _WOUND_KIND_AFTER.search(sentence[end:])
        or _SIMILE_BEFORE.search(before)
        or _ANIMAL_BEFORE.search(before)
        or (_BLAST_NOUN.match(sentence[start:end]) and _FUN_BLAST.search(before))
    ):
        return False
    # A drill stages raids and hostages: a sentence of it is news only where armed men act or people are
    # hurt, and its arrests and rescues only where people are hurt.
    if (
        story.kind is StoryKind.EXERCISE
        and _EXERCISE_WORD.search(sentence)
        and not (evidence.harmed or (violent and armed))
    ):
        return False
    if (violent or sub_type is S.DISRUPTED_WEAPONS_USE) and _STATISTIC.search(sentence):
        return False
    shown = _MEDIA_SHOWN.search(sentence, 0, start)
    if (
        violent
        and not evidence.harmed
        and shown is not None
        and not _HARM_SHOWN.search(sentence, shown.start())
    ):
        return False
    if (
        (violent or sub_type in _COUNTED_OVER_TIME)
        and (counted := _YEARS_COUNTED.search(sentence)) is not None
        # A day beside a single year may be the event's ("on March 3 ... the deadliest attack during 2017");
        # beside a span of years it is the day the figures were given.
        and (
            counted.group("span") is not None
            or (not FRESH_TIME.search(sentence) and not _RECENT_DAY.search(sentence))
        )
    ):
        # "152 personnel were killed in militant attacks between 2014 and 2017", "arrested 87 cadres during
        # the fiscal year": a count over a year or more is a figure, not an event.
        return False
    if (
        (violent or sub_type in _REMNANT_TYPES)
        and not armed
        and _WAR_REMNANT.search(sentence)
        and (not evidence.harmed or (_PERIOD_TALLY.search(sentence) and not FRESH_TIME.search(sentence)))
    ):
        return False
    if sub_type in _PROTEST_TYPES and _REMEMBRANCE_TRIGGER.search(trigger.text) and not story.protest_voiced:
        return False
    mishap_type = sub_type in _EXPLOSION_TYPES or sub_type is S.ARRESTS
    if mishap_type and story.mishap_explosion and not armed and not trigger.claimed and not trigger.specific:
        return False
    if (
        story.hazard_lead
        and (violent or sub_type in _MISHAP_AFTERMATH)
        and not armed
        and not _SEPARATE_INCIDENT.search(sentence)
        # A named weapon in a mishap story is reported for itself ("a roadside bomb struck an FC vehicle").
        and not (trigger.specific and violent)
    ):
        return False
    if sub_type in _PROTEST_TYPES and (
        (_LEGISLATURE.search(sentence) and _HOUSE_GESTURE.search(sentence))
        or _DISPLAY_DEMONSTRATION.search(sentence[max(0, start - 40) : end + 40])
        or _DIPLOMATIC_PROTEST.search(sentence[max(0, start - 40) : end + 10])
    ):
        return False
    return not (sub_type in _PROTEST_TYPES and _is_campaign_gathering(sentence, trigger.text, story=story))


def _is_recalling_lead(lead: SentenceReading | None) -> bool:
    """A lead whose violent words all name the attack a court rules on ("sentenced ... for the bombing"), a
    rite or relief recalls ("the funeral of those killed in the ambush") or whose doer or victim is named
    ("the bomber who struck the club last Tuesday was identified as")."""
    if lead is None:
        return False
    text = lead.sentence.text
    ruling = _LEGAL_LEAD.search(text) or _AFTERMATH_LEAD.search(text)
    # Whom a deed's doer turned out to be is the news only where the lead opens with them, and names the deed.
    identified = _IDENTIFIED_LEAD.search(text, 0, _IDENTIFIED_SUBJECT_REACH + 200)
    if ruling is None and identified is not None and identified.start() <= _IDENTIFIED_SUBJECT_REACH:
        ruling = identified
    if ruling is None:
        return False
    start, end = lead.sentence.start + ruling.start(), lead.sentence.start + ruling.end()
    violent = [t for t in lead.triggers if t.sub_event_type.event_type in _VIOLENT_TYPES]
    return (ruling is not identified or bool(violent)) and all(
        start <= trigger.start and trigger.end <= end + 40 for trigger in violent
    )


def _recalled_by_lead(trigger: Trigger, *, reading: SentenceReading, story: StoryReading) -> Trigger:
    if not story.recalling_lead or trigger.recalled:
        return trigger
    # The court's own day ("a court on Wednesday sentenced") dates the ruling, not the attack.
    if (
        _LEGAL_LEAD.search(reading.sentence.text) is None
        and _AFTERMATH_LEAD.search(reading.sentence.text) is None
        and _IDENTIFIED_LEAD.search(reading.sentence.text) is None
        and FRESH_TIME.search(reading.sentence.text)
    ):
        return trigger
    sub_type = trigger.sub_event_type
    if sub_type.event_type not in _VIOLENT_TYPES and sub_type is not S.DISRUPTED_WEAPONS_USE:
        return trigger
    return replace(trigger, recalled=True)


def _is_mishap_blast(sentence: str, start: int, end: int) -> bool:
    return (
        _BLAST_NOUN.match(sentence[start:end]) is not None
        and _MISHAP_SOURCE_BEFORE.search(sentence[max(0, start - 40) : start]) is not None
    )


def _is_verbal_attack(sentence: str, start: int, end: int) -> bool:
    if not _ATTACK_WORD.match(sentence[start:end]):
        return False
    return bool(
        _VERBAL_ATTACK_BEFORE.search(sentence[max(0, start - 60) : start])
        or _VERBAL_ATTACK_AFTER.search(sentence[end : end + 90])
    )


def _is_campaign_gathering(sentence: str, trigger: str, *, story: StoryReading) -> bool:
    if _GATHERING_TRIGGER.search(trigger) is None or _PROTEST_CUE.search(sentence) is not None:
        return False
    return story.campaign or _CAMPAIGN.search(sentence) is not None
