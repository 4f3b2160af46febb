"""Killed and injured counts read from event sentences, with evidence offsets."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waqia.extract.casualties import CasualtyReading, extract_casualties, read_attackers_killed
from waqia.extract.numbers import CountRange
from waqia.model import Evidence, EvidenceField, Mention, Role, SubEventType

Range = tuple[int, int | None] | None

# Sentences written for these tests in the styles of Pakistani and wire reports: (text, killed, injured,
# attackers killed), each a (min, max) range or None when the text gives no figure.
CASES: list[tuple[str, Range, Range, Range]] = [
    # Two named people who died, with no auxiliary.
    ("Naik Gul Nawaz and Sepoy Imran Ali embraced shahadat during the exchange of fire.", (2, 2), None, None),
    ("Teacher Amina Bibi and her student Sana Gul died in hospital on Tuesday.", (2, 2), None, None),
    # Fired at, then the outcome: "shot at and wounded".
    (
        "Two customs officials were shot at and wounded near the Chaman border, Levies said.",
        None,
        (2, 2),
        None,
    ),
    ("Five pilgrims were fired upon and injured on the Kohat road.", None, (5, 5), None),
    ("Three shopkeepers were attacked and killed by armed men in Turbat.", (3, 3), None, None),
    (
        "At least nine people were killed and 20 injured when a bomb went off in a Quetta market on Monday.",
        (9, None),
        (20, 20),
        None,
    ),
    (
        "Militants stormed the check post, killing 12 soldiers and wounding 7 before fleeing.",
        (12, 12),
        (7, 7),
        None,
    ),
    (
        "The death toll from Friday's mosque bombing rose to 54, hospital officials said.",
        (54, 54),
        None,
        None,
    ),
    ("54 dead, 100 wounded in Peshawar church attack", (54, 54), (100, 100), None),
    ("The roadside blast left three policemen dead and two others injured.", (3, 3), (2, 2), None),
    ("The attack on the polio team claimed the lives of five health workers.", (5, 5), None, None),
    ("Two civilians lost their lives when a mortar shell hit their house.", (2, 2), None, None),
    ("A policeman was martyred and two passers-by sustained injuries in the firing.", (1, 1), (2, 2), None),
    ("Four students were hurt in the stampede that followed the blast.", None, (4, 4), None),
    (
        "More than 100 people, mostly policemen, were killed in the attack on the training centre.",
        (101, None),
        None,
        None,
    ),
    ("The grenade exploded near the gate but no casualties were reported.", (0, 0), (0, 0), None),
    # Nobody hurt is nobody harmed at all: no deaths either.
    ("No one was hurt in the explosion, police said.", (0, 0), (0, 0), None),
    ("No one was injured in the explosion, police said.", None, (0, 0), None),
    ("The bomber was killed on the spot.", None, None, (1, 1)),
    ("Three militants were killed in retaliatory fire, the ISPR said.", None, None, (3, 3)),
    ("Two policemen and three civilians were killed in the ambush.", (5, 5), None, None),
    ("Four soldiers were killed in the ambush. Two more died in hospital on Tuesday.", (6, 6), None, None),
    (
        "Nine people were killed in the blast. The nine dead included two children and a woman.",
        (9, 9),
        None,
        None,
    ),
    (
        "A 35-year-old shopkeeper was shot dead at 10:30 am about 3 km from the city, and two "
        "suspects were arrested.",
        (1, 1),
        None,
        None,
    ),
    ("Police seized 100 kg of explosives and Rs 5 million in cash from the compound.", None, None, None),
    (
        "Nine people, including the bomber, were killed when he detonated his vest at the gate.",
        (8, 8),
        None,
        (1, 1),
    ),
    (
        "A suicide bomber blew himself up near a police van, killing six policemen and injuring 11 others.",
        (6, 6),
        (11, 11),
        (1, 1),
    ),
    (
        "The explosion killed two children and a woman and wounded at least 15 people.",
        (3, 3),
        (15, None),
        None,
    ),
    ("Dozens of people were injured when the roof collapsed after the blast.", None, (12, None), None),
    ("Scores of worshippers were wounded in the twin blasts.", None, (40, None), None),
    (
        "Between 10 and 12 labourers were abducted and three to five were killed, locals said.",
        (3, 5),
        None,
        None,
    ),
    ("A dozen soldiers were injured and two were killed when their convoy was hit.", (2, 2), (12, 12), None),
    ("Gunmen on a motorcycle shot dead a lawyer outside the district courts.", (1, 1), None, None),
    (
        "Unidentified assailants gunned down two brothers in Dera Ismail Khan on Sunday night.",
        (2, 2),
        None,
        None,
    ),
    (
        "The blast, which ripped through a crowded bazaar, killed at least 23 people and injured "
        "more than 50.",
        (23, None),
        (51, None),
        None,
    ),
    (
        "Security forces killed five terrorists in an intelligence-based operation, the military said.",
        None,
        None,
        (5, 5),
    ),
    (
        "Two soldiers embraced martyrdom while four terrorists were killed in the exchange of fire.",
        (2, 2),
        None,
        (4, 4),
    ),
    (
        "Eleven people, including four children, lost their lives and 30 others were wounded.",
        (11, 11),
        (30, 30),
        None,
    ),
    ("The Levies official was injured, while his son escaped unhurt.", None, (1, 1), None),
    ("A local journalist was killed and his driver was critically injured.", (1, 1), (1, 1), None),
    ("Nobody was killed or injured in the rocket attack on the camp.", (0, 0), (0, 0), None),
    (
        "The IED attack on the FC vehicle left one soldier martyred and four others injured.",
        (1, 1),
        (4, 4),
        None,
    ),
    (
        "Up to 20 people are feared to have been killed in the landslide triggered by the blast.",
        (1, 20),
        None,
        None,
    ),
    ("About 40 houses were damaged and some 30 people were injured.", None, (30, 30), None),
    (
        "Seven people died on the spot while eight succumbed to their injuries in hospital.",
        (15, 15),
        None,
        None,
    ),
    (
        "The three injured were shifted to the Lady Reading Hospital, where one of them later died.",
        (1, 1),
        (3, 3),
        None,
    ),
    (
        "Fifteen people were killed in the first blast. A second explosion killed another seven.",
        (22, 22),
        None,
        None,
    ),
    (
        "The toll in the Mastung bombing climbed to 128, while more than 150 people were being "
        "treated for injuries.",
        (128, 128),
        None,
        None,
    ),
    (
        "Three members of a polio vaccination team, two of them women, were shot dead in Karachi.",
        (3, 3),
        None,
        None,
    ),
    (
        "The attackers killed a police constable and injured a passer-by before escaping.",
        (1, 1),
        (1, 1),
        None,
    ),
    ("Two suspects were arrested and a pistol was recovered from them, police said.", None, None, None),
    (
        "The blast killed 14 worshippers. Officials said 14 people were killed and 33 were wounded.",
        (14, 14),
        (33, 33),
        None,
    ),
    ("In 2019, twelve people were killed in a similar attack in the same bazaar.", (12, 12), None, None),
    (
        "At least 25 people were killed, 20 of them security personnel, and 40 injured.",
        (25, None),
        (40, 40),
        None,
    ),
    ("A couple of policemen suffered minor injuries in the stone pelting.", None, (2, 2), None),
    ("Six people were killed, police said, while local elders put the toll at eight.", (8, 8), None, None),
    ("Several people were wounded when police fired tear gas at the protesters.", None, (3, None), None),
    ("Quetta: Five FC personnel martyred, 3 injured in IED blast", (5, 5), (3, 3), None),
    ("Twin blasts in Parachinar kill 25, injure 70", (25, 25), (70, 70), None),
    (
        "A bomb hidden in a motorcycle exploded near a police mobile, injuring eight people "
        "including three policemen.",
        None,
        (8, 8),
        None,
    ),
    (
        "Terrorists attacked a checkpost in North Waziristan overnight; one soldier was martyred "
        "while the attackers fled.",
        (1, 1),
        None,
        None,
    ),
    ("The deceased were identified as Constable Imran and Constable Zahid.", None, None, None),
    (
        "According to rescue officials, 17 bodies and 42 injured were brought to the hospital.",
        (17, 17),
        (42, 42),
        None,
    ),
    ("The attack left at least 30 dead and scores injured.", (30, None), (40, None), None),
    ("Officials said 11 people had died and 28 had been wounded, some critically.", (11, 11), (28, 28), None),
    ("A child and his mother were among the wounded.", None, None, None),
    ("Three of the wounded were in critical condition, doctors said.", None, None, None),
    (
        "Six cadets were killed and a dozen wounded when gunmen opened fire on the academy bus.",
        (6, 6),
        (12, 12),
        None,
    ),
    ("The gunmen shot and killed the driver and wounded a guard.", (1, 1), (1, 1), None),
    ("Two children were killed and another was injured when the shell hit their home.", (2, 2), (1, 1), None),
    ("The blast wounded 14 people, two of them seriously.", None, (14, 14), None),
    ("Fourteen people were injured; none was killed.", (0, 0), (14, 14), None),
    ("There were no fatalities, but 9 people were hospitalised.", (0, 0), (9, 9), None),
    (
        "A senior police officer and his guard were killed in a targeted attack in Peshawar.",
        (2, 2),
        None,
        None,
    ),
    (
        "The assailant was shot dead by security guards before he could detonate his explosives.",
        None,
        None,
        (1, 1),
    ),
    ("Two attackers were killed and a third was arrested, police said.", None, None, (2, 2)),
    ("Police recovered the bodies of three kidnapped engineers on Thursday.", None, None, None),
    (
        "An estimated 40 people were killed in the clashes, while over 100 were injured.",
        (40, 40),
        (101, None),
        None,
    ),
    ("Almost 20 people were killed, according to local sources.", (20, 20), None, None),
    ("The 2009 attack on the same market killed 137 people.", (137, 137), None, None),
    (
        "At least two people were killed. Later, officials said the toll had risen to seven.",
        (7, 7),
        None,
        None,
    ),
    ("Four policemen were wounded. One of them later died in hospital.", (1, 1), (4, 4), None),
    ("Militants killed police constable Imran Khan near the bazaar.", (1, 1), None, None),
    ("Gunmen shot dead journalist Ahmed Ali and his driver.", (2, 2), None, None),
    (
        "The Counter Terrorism Department (CTD) killed at least eight suspected militants.",
        None,
        None,
        (8, None),
    ),
    ("Two militants who escaped after the raid on April 27 were killed on May 14.", None, None, (2, 2)),
    (
        "The death toll from the clashes in the valley mounted to 23 as two more persons died.",
        (23, 23),
        None,
        None,
    ),
    ("He suffered multiple bullet injuries and died on the way to hospital.", (1, 1), None, None),
    ("They sought compensation for the 45 families who were killed in an air strike.", None, None, None),
    ("Police said the victim, a shopkeeper, was shot dead; his brother was injured.", (1, 1), (1, 1), None),
    # A first passive verb joined to the outcome.
    ("The trader was abducted and later killed by his captors.", (1, 1), None, None),
    ("Three labourers were kidnapped and shot dead in Kech.", (3, 3), None, None),
    ("Four soldiers were ambushed and wounded near Wana.", None, (4, 4), None),
    ("The driver was kidnapped and released the next day.", None, None, None),
    # "had killed" is an active verb whose object is the victims, not a passive with the subject as one.
    ("A car bomb on the same highway had killed eleven people in 2021.", (11, 11), None, None),
    ("The convoy had earlier killed two herders, villagers said.", (2, 2), None, None),
    ("Eleven people had been killed on the same highway in 2021.", (11, 11), None, None),
    # Time words end the victims' noun phrase: "nine people last year" counts people, not years.
    ("Gunmen killed nine labourers last year in the same district.", (9, 9), None, None),
    ("The blast killed 12 people yesterday and injured 30 Sunday.", (12, 12), (30, 30), None),
    # A zero about another incident does not zero this one's field.
    (
        "Four people were killed in a blast near the court. No casualties were reported in a second "
        "explosion an hour later.",
        (4, 4),
        None,
        None,
    ),
    (
        "Three people were hurt in the first blast, but nobody was injured in the other bomb.",
        None,
        (3, 3),
        None,
    ),
    ("In a separate attack in Turbat, no one was hurt.", None, None, None),
    ("A second device went off without causing casualties.", None, None, None),
    ("The grenade hit a shop in the second attack of the week, but no one was hurt.", (0, 0), (0, 0), None),
    # A clause recalling an earlier event ("since 2021, when ...") gives that event's toll, not this one's.
    (
        "The blast was the deadliest in Kohat since May 2021, when a bomber killed 33 worshippers.",
        None,
        None,
        None,
    ),
    (
        "Four labourers were shot dead, the worst attack in Kech since 2019, when gunmen killed 14.",
        (4, 4),
        None,
        None,
    ),
    (
        "Two guards were hurt, as in 2018 when a similar attack wounded nine people.",
        None,
        (2, 2),
        None,
    ),
    ("Three traders were killed last month, when militants fired on the bazaar.", (3, 3), None, None),
    # A running tally in the present perfect over a span of time counts many events.
    ("At least 27 policemen have been killed in the district this year.", None, None, None),
    ("Over 300 people have lost their lives in such attacks since January.", None, None, None),
    # The present perfect alone, or a span of time alone, still gives this event's toll.
    ("Six people have been killed in the explosion, a police official said.", (6, 6), None, None),
    ("Eight people were killed in the deadliest blast this year.", (8, 8), None, None),
    # A named person joined to "others" is one of them (issue #3); a place or a plain group is not.
    ("Mehmood Akhtar and three others were killed in the ambush.", (4, 4), None, None),
    ("Qadir, a school teacher, and two others were shot dead near the canal.", (3, 3), None, None),
    ("Colonel Tariq Baig and an unknown number of others were killed in the raid.", (1, None), None, None),
    ("Nasreen Bibi and an undetermined number of others were wounded.", None, (1, None), None),
    ("A guard and two others were killed at the gate.", (3, 3), None, None),
    ("In Turbat, two others were killed later.", (2, 2), None, None),
    ("Police and two others were injured.", None, (2, 2), None),
    # Two named people, each perhaps with a title after the name, as one subject.
    ("Rashid, a bank manager, and al-Nuaimi, a local judge, were shot dead in Mosul.", (2, 2), None, None),
    ("Omar Farooq and his nephew, Bilal Farooq, were gunned down outside the mosque.", (2, 2), None, None),
    ("Kiran Shah of the Teachers Union and Ravi Mehta were injured in the blast.", None, (2, 2), None),
    ("In Quetta and Gwadar, three people were killed.", (3, 3), None, None),
    ("Police and Levies personnel were injured.", None, None, None),
    # The wounded who later died are counted as killed, not injured.
    ("Gunmen wounded Zahid Hussain near his shop in Hub, who later died in hospital.", (1, 1), None, None),
    ("The attackers injured two guards, who subsequently succumbed to their wounds.", (2, 2), None, None),
    ("The blast wounded five people, who were taken to hospital.", None, (5, 5), None),
    # An attacker named as part of a total after the verb is taken out of the victims.
    ("Eleven people were killed, including two attackers, in the raid.", (9, 9), None, (2, 2)),
    ("Six people were killed, including a policeman, near the shrine.", (6, 6), None, None),
    # An indefinite noun after a definite one, with no "and", describes it: one victim.
    ("A car bomb exploded in Kabul, killing the driver, a retired army officer.", (1, 1), None, None),
    ("Gunmen shot dead his cousin, a shopkeeper, outside the mosque.", (1, 1), None, None),
    ("The shelling killed a farmer, a teacher and a boy.", (3, 3), None, None),
    ("The blast killed the guard and a shopkeeper.", (2, 2), None, None),
    ("The blast killed the guard and a passer-by.", (2, 2), None, None),
    # Who the victims were, between the list and its verb (issue #3, Pakistani phrasings).
    ("Nine people including a former MNA were killed in the blast.", (9, 9), None, None),
    ("Two policemen guarding a polio team were martyred in Lakki Marwat.", (2, 2), None, None),
    ("Four soldiers travelling in a pickup were injured in the ambush.", None, (4, 4), None),
    ("Three constables on duty at the gate were wounded.", None, (3, 3), None),
    # Deaths in the words of Pakistani copy and ISPR.
    ("Eleven soldiers embraced shahadat when the convoy was hit.", (11, 11), None, None),
    ("Two FC men laid down their lives defending the post.", (2, 2), None, None),
    ("A man was tortured to death in Tirah.", (1, 1), None, None),
    ("Six terrorists were neutralised in the operation.", None, None, (6, 6)),
    ("Four terrorists were sent to hell, ISPR said.", None, None, (4, 4)),
    # Bodies found shot or mutilated are the dead; a plain body may be a victim counted already.
    ("The bullet-riddled bodies of three labourers were recovered from a field.", (3, 3), None, None),
    ("The mutilated body of a trader was found near the canal.", (1, 1), None, None),
    ("The governing body of the university met on Monday.", None, None, None),
    # The last name of an object list followed by a speech verb is the speaker, not a victim.
    ("Airstrikes hit Paktika, killing at least 10 people, the Taliban said.", (10, None), None, None),
    ("The blast killed three policemen, two civilians and a child.", (6, 6), None, None),
    # A headline without a stop restates the body's toll; it is not added to it.
    (
        "Seven killed in Quetta blast\nQUETTA: A bomb killed seven people and hurt 12 others.",
        (7, 7),
        (12, 12),
        None,
    ),
    (
        "Blast kills 5, injures 20\nFive people were killed and 20 injured in the explosion.",
        (5, 5),
        (20, 20),
        None,
    ),
    (
        "Two soldiers martyred in ambush\n\nTwo soldiers were martyred when militants fired.",
        (2, 2),
        None,
        None,
    ),
    # Another event's text blanked out between two clauses (rules.masked_text): one victim named twice.
    (
        "A lawyer was shot dead in Mardan.          but they denied the killing of the lawyer.",
        (1, 1),
        None,
        None,
    ),
    # A sentence wrapped across lines, and runs of spaces in real text, are still one sentence.
    ("Militants killed\nfour soldiers and injured\ntwo others near Wana.", (4, 4), (2, 2), None),
    ("A blast killed    six people and injured    nine others.", (6, 6), (9, 9), None),
    # Lines that count different victims still add up.
    ("Militants killed three soldiers in the ambush\nTwo civilians were also killed.", (5, 5), None, None),
    # "Others" and "more" add to what the body told before, not to the headline, which the body restates.
    ("9 dead, 25 hurt in Sibi blast\nNine people died and 25 others were wounded.", (9, 9), (25, 25), None),
    (
        "3 killed, 7 hurt in Tank firing\nThree men were killed. Seven others were wounded.",
        (3, 3),
        (7, 7),
        None,
    ),
    ("Eleven were killed and 40 others injured. Two others died in hospital.", (13, 13), (40, 40), None),
    ("Six were injured in the blast. Two more were injured in the stampede.", None, (8, 8), None),
    (
        "Two people were hurt when the first device exploded. A second device then killed a guard and "
        "wounded three others.",
        (1, 1),
        (5, 5),
        None,
    ),
    # The wounded who then died, told as a relative clause, are counted as killed.
    ("A Levies man who was wounded in the firing in Zhob died on Friday.", (1, 1), None, None),
    ("Two labourers injured in the blast succumbed to their wounds in hospital.", (2, 2), None, None),
    ("Four pilgrims who were hurt in the stampede later died, officials said.", (4, 4), None, None),
    ("Three constables injured in the attack were shifted to a hospital in Bannu.", None, (3, 3), None),
    ("A Levies man, who was wounded in the firing, died in hospital on Sunday.", (1, 1), None, None),
    # ...but not where "died" is another's, or no death at all.
    ("A guard wounded in the raid told police that his brother died at the scene.", (1, 1), (1, 1), None),
    ("A trader injured in the blast almost died of blood loss, doctors said.", None, (1, 1), None),
    ("A woman hurt in the attack whose son died there was treated in Quetta.", (1, 1), (1, 1), None),
    ("Two policemen were wounded in the blast and a passer-by died.", (1, 1), (2, 2), None),
    # Who the victims were, told with what they were doing: "two women standing next to him".
    ("Two women standing next to him also died.", (2, 2), None, None),
    ("Five people waiting at the bus stop were injured.", None, (5, 5), None),
    # The present tense of headlines and chronologies; not "died down".
    ("Six soldiers die in Kurram ambush", (6, 6), None, None),
    ("The protests died down after two days.", None, None, None),
    ("Three die-hard party workers were detained in Lahore.", None, None, None),
    ("A blast wounded 14 people; doctors said two could die of their wounds.", None, (14, 14), None),
    ("Police held 12 workers who vowed to die for the party.", None, None, None),
    # A part of the dead named after their verb ("including two children") is not among the injured.
    ("Seven were killed, including a child, and 12 others were injured.", (7, 7), (12, 12), None),
    ("Four people died, among them a policeman, and nine others were hurt.", (4, 4), (9, 9), None),
    # The whole a part is taken from is the toll: "15 of the 23 injured".
    ("Doctors said 15 of the 23 injured were in critical condition.", None, (23, 23), None),
    ("Doctors said seventeen of the 31 injured were in critical condition.", None, (31, 31), None),
    ("Among the 30 wounded were five children.", None, (30, 30), None),
    (
        "A bomb killed seven people and injured 20. Ten of the 20 injured were children.",
        (7, 7),
        (20, 20),
        None,
    ),
    ("Compensation was announced for the 45 families who were killed.", None, None, None),
    # Nouns that end like participles ("policemen", "children") are victims, not a first passive verb.
    ("A bomb killed four policemen and wounded six others.", (4, 4), (6, 6), None),
    ("Gunmen shot dead two women and injured five children in the market.", (2, 2), (5, 5), None),
    ("The blast killed three tribesmen and injured eight.", (3, 3), (8, 8), None),
    ("Two policemen were beaten and killed by a mob.", (2, 2), None, None),
    # "Of one family" counts families, not victims.
    ("Five members of one family were killed when the roof collapsed on them.", (5, 5), None, None),
    ("Four members of one household died in the strike.", (4, 4), None, None),
    # Aides and escorts are people; a named victim may open the list of his own companions.
    ("The district chief, two of his aides and the bomber were killed.", (3, 3), None, (1, 1)),
    ("Omar Jimenez and two of his bodyguards were killed in the ambush.", (3, 3), None, None),
    ("Baloch, his driver and two guards were wounded in the attack.", None, (4, 4), None),
    ("In Kabul, his two sons were killed.", (2, 2), None, None),
    # Arabic names keep their lower-case particles.
    ("Gunmen killed Sheikh Abdul Rahman al-Jubouri outside his house.", (1, 1), None, None),
    ("Assailants shot dead Khalid bin Hamad in the market.", (1, 1), None, None),
    ("The body of the kidnapped engineer was found beheaded on Sunday.", (1, 1), None, None),
    # Sentence openers are no names: "However" is nobody, and "Later he died" is one death.
    ("However, four of his guards and the attacker were killed.", (4, 4), None, (1, 1)),
    ("The guard was shot and wounded. Later he died in hospital.", (1, 1), (1, 1), None),
    # The bomber told twice is one bomber; militants "also killed" are more.
    (
        "A suicide bomber blew himself up at the gate. Six guards were killed. The bomber also died.",
        (6, 6),
        None,
        (1, 1),
    ),
    # Irregular participles before "and died", and titles as people.
    ("The councillor was hit several times and died on the way to hospital.", (1, 1), None, None),
    ("The driver was shot repeatedly and died at the scene.", (1, 1), None, None),
    ("The sheikh, four of his guards, and the bomber were killed.", (5, 5), None, (1, 1)),
    ("The prosecutor and two escorts were wounded in the blast.", None, (3, 3), None),
    # ISPR's name for the TTP's men is the militants told before, not more dead.
    (
        "Troops killed six militants near Miranshah. Six khawarij were sent to hell, the ISPR said.",
        None,
        None,
        (6, 6),
    ),
    # A part of the dead already counted, told after them.
    (
        "A bomb destroyed a minibus in Kabul, killing eight people, including two who later died in "
        "hospital.",
        (8, 8),
        None,
        None,
    ),
    ("The blast killed eight people, two of whom died later in hospital.", (8, 8), None, None),
    # What the victims were doing, between them and the verb.
    ("Three Frontier Corps soldiers on patrol were killed by a landmine in Dera Bugti.", (3, 3), None, None),
    # ... but not the soldiers who shot a man dead.
    ("Two soldiers on patrol later shot the man dead at the airport.", (1, 1), None, None),
    # A count of many incidents over a span of time is no toll of this one.
    (
        "Gunmen shot dead a former army officer in Logar. Several former security personnel have been "
        "killed in similar incidents across the country since August 2021, rights groups said.",
        (1, 1),
        None,
        None,
    ),
    (
        "A bomb killed two policemen in Bannu. Over 40 policemen have been killed in the district since "
        "2023.",
        (2, 2),
        None,
        None,
    ),
    # A named victim counted in one sentence and named again with his companions in the next.
    (
        "Ali Hassan, the mayor of the town, was shot and killed by gunmen. Hassan and two of his guards "
        "were killed at the gate.",
        (3, 3),
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured", "attackers"), CASES)
def test_casualty_counts(text: str, killed: Range, injured: Range, attackers: Range) -> None:
    reading = extract_casualties(text)
    assert _killed(reading) == killed
    assert _injured(reading) == injured
    assert _range(reading.attackers_killed) == attackers


def test_evidence_offsets_index_the_article() -> None:
    article = "Quetta, March 13: Two policemen were martyred and five people were injured in a blast."
    start = article.index("Two")
    reading = extract_casualties(article[start:], offset=start, producer="rules.v9")
    fields = [evidence.field for evidence in reading.evidence]
    assert fields == [EvidenceField.KILLED, EvidenceField.INJURED]
    for evidence in reading.evidence:
        assert article[evidence.start : evidence.end] == evidence.text
        assert evidence.producer == "rules.v9"
    assert reading.evidence[0].text == "Two policemen were martyred"
    assert reading.evidence[1].text == "five people were injured"


def test_no_statement_gives_no_figure_and_no_evidence() -> None:
    reading = extract_casualties("Police cordoned off the area and launched a search operation.")
    assert reading.casualties.killed_min is None
    assert reading.casualties.injured_min is None
    assert reading.attackers_killed is None
    assert reading.evidence == ()


CASUALTY_WORDS = st.sampled_from(
    [
        *[
            "a",
            "the",
            "two",
            "12",
            "at",
            "least",
            "more",
            "than",
            "dozens",
            "of",
            "people",
            "policemen",
            "militants",
            "bomber",
            "suicide",
            "were",
            "was",
        ],
        *[
            "killed",
            "injured",
            "wounded",
            "dead",
            "killing",
            "wounding",
            "and",
            ",",
            ".",
            ";",
            "including",
            "mostly",
            "no",
            "one",
            "casualties",
        ],
        *[
            "toll",
            "rose",
            "to",
            "in",
            "addition",
            "left",
            "blew",
            "himself",
            "up",
            "across",
            "attacks",
            "them",
            "shot",
            "35-year-old",
            "km",
        ],
        *["Monday", "other", "more", "another", "of", "the"],
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    _check_reading(text, extract_casualties(text, offset=7))


@settings(max_examples=300, deadline=None)
@given(st.lists(CASUALTY_WORDS, max_size=40).map(" ".join))
def test_never_raises_on_casualty_like_text(text: str) -> None:
    _check_reading(text, extract_casualties(text, offset=7))


def _check_reading(text: str, reading: CasualtyReading) -> None:
    casualties = reading.casualties
    for low, high in (
        (casualties.killed_min, casualties.killed_max),
        (casualties.injured_min, casualties.injured_max),
    ):
        assert low is None or low >= 0
        assert high is None or (low is not None and high >= low)
    for evidence in reading.evidence:
        assert 7 <= evidence.start <= evidence.end <= len(text) + 7
        assert text[evidence.start - 7 : evidence.end - 7] == evidence.text


ATTACKERS_ARTICLE = (
    "Two bombers blew themselves up at the gate, killing six guards. The town was calm on Friday. "
    "Three militants were also killed when police returned fire."
)


def _mention_with_killed_evidence(text: str, quoted: tuple[str, ...]) -> Mention:
    evidence = tuple(
        Evidence(
            field=EvidenceField.KILLED,
            start=text.index(part),
            end=text.index(part) + len(part),
            text=part,
            producer="t",
        )
        for part in quoted
    )
    sub_type = SubEventType.SUICIDE_BOMB
    return Mention(
        mention_id="m",
        article_id="a",
        role=Role.MAIN,
        event_type=sub_type.event_type,
        sub_event_type=sub_type,
        evidence=evidence,
    )


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        (("killing six guards",), 2),
        (("killing six guards", "Three militants were also killed"), 5),
        (("The town was calm",), None),
        ((), None),
    ],
)
def test_attackers_killed_are_read_from_the_mentions_casualty_sentences(
    quoted: tuple[str, ...], expected: int | None
) -> None:
    mention = _mention_with_killed_evidence(ATTACKERS_ARTICLE, quoted)
    assert read_attackers_killed(mention, ATTACKERS_ARTICLE) == expected


GTD_SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "gtd_eval_1000" / "gtd_eval_1000.csv"
LEADING_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")


def test_agreement_with_gtd_summaries() -> None:
    """Exact agreement on GTD summaries (third-party text): killed counts victims and attackers, as GTD does;
    GTD writes 0 for summaries that give no figure. Floors pinned a little under the measured rates (issue #3
    asks 0.90 killed, 0.85 injured); benchmarks/casualties_gtd.py prints the full figures."""
    if not GTD_SAMPLE.exists():
        pytest.skip(f"GTD sample not found at {GTD_SAMPLE} (shared reference data is not in the repository)")
    with GTD_SAMPLE.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    killed_hits = killed_total = injured_hits = injured_total = 0
    for row in rows:
        reading = extract_casualties(LEADING_DATE.sub("", row["summary"]))
        attackers = reading.attackers_killed.minimum if reading.attackers_killed else 0
        if row["nkill"].strip():
            killed_total += 1
            killed_hits += (reading.casualties.killed_min or 0) + attackers == int(float(row["nkill"]))
        if row["nwound"].strip():
            injured_total += 1
            injured_hits += (reading.casualties.injured_min or 0) == int(float(row["nwound"]))
    assert killed_hits / killed_total >= KILLED_FLOOR
    assert injured_hits / injured_total >= INJURED_FLOOR


KILLED_FLOOR = 0.90
INJURED_FLOOR = 0.90


def _range(count: CountRange | None) -> Range:
    return None if count is None else (count.minimum, count.maximum)


def _killed(reading: CasualtyReading) -> Range:
    low, high = reading.casualties.killed_min, reading.casualties.killed_max
    return None if low is None else (low, high)


def _injured(reading: CasualtyReading) -> Range:
    low, high = reading.casualties.injured_min, reading.casualties.injured_max
    return None if low is None else (low, high)
