"""Realistic, date-free filler prose for routine case notes, shared by all bundles.

Why date-free: routine sentences must never smuggle in an event the ground truth does not know
about. Every dated thing in the bundles comes from the timeline; these pools only describe what
was seen and said during the contact the note header already dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Child:
    first: str
    surname: str
    dob: date
    sex: str  # "m" | "f"
    school: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    def age(self, on: date) -> int:
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    def band(self, on: date) -> str:
        a = self.age(on)
        return "baby" if a < 3 else "young" if a < 9 else "older"

    def pron(self) -> dict[str, str]:
        m = self.sex == "m"
        return {"he": "he" if m else "she", "He": "He" if m else "She", "his": "his" if m else "her",
                "His": "His" if m else "Her", "him": "him" if m else "her",
                "himself": "himself" if m else "herself"}


@dataclass
class Family:
    """Names and services one bundle uses; everything is invented."""

    surname: str
    mother: str
    father: str | None
    children: list[Child]
    home: str
    la: str = "Northmoor City Council"
    force: str = "Northmoor Constabulary"
    sw: str = "Jane Holloway"
    tm: str = "Marcus Webb"
    fsw: str = "Leanne Fox"
    hv: str = "Claire Bennett"
    gp: str = "Harbour Lane Medical Practice"
    dv: str = "Safer Futures"
    idva: str = "Michelle Grant"
    dsvc: str = "Pathways Recovery Service"
    dworker: str = "Kyle Benson"
    carers: dict[str, str] = field(default_factory=dict)  # child first name -> carer
    quotes: dict[str, list[str]] = field(default_factory=dict)  # child first name -> sayings

    @property
    def M(self) -> str:
        return f"Ms {self.surname}"

    @property
    def F(self) -> str:
        return f"Mr {self.surname}"

    def kids(self) -> str:
        return self.children[0].first if len(self.children) == 1 else "the children"

    def names(self) -> str:
        n = [c.first for c in self.children]
        return n[0] if len(n) == 1 else ", ".join(n[:-1]) + " and " + n[-1]


# ------------------------------------------------------------------------------------------
# Sentence pools. Placeholders: {m} mother, {f} father, {M}/{F} formal names, {c} a child and
# his/her pronouns ({he} {his} {him}), {kids}, {Kids}, {names}, {school}, {home}, {fsw}, {hv},
# {idva}, {dv}, {dsvc}, {dworker}, {gp}, {carer}, {att}.

OPEN = {
    ("home_visit", "assess"): [
        "Home visit to {home} as part of the single assessment.",
        "Planned home visit to continue the assessment and to see {kids}.",
        "Child in need home visit to review progress against the plan.",
        "Announced home visit to meet with {m} and see {kids}.",
        "Unannounced home visit as agreed with my team manager to see how things are for {kids}.",
    ],
    ("home_visit", "cin"): [
        "Child in need home visit to review progress against the plan.",
        "Announced child in need home visit to see {kids} and {m}.",
        "Unannounced home visit as part of the child in need plan.",
        "Home visit to review the child in need plan with {m}.",
    ],
    ("home_visit", "cp"): [
        "Announced home visit to {home} as part of the child protection plan.",
        "Unannounced home visit completed in line with the child protection plan.",
        "Statutory child protection home visit to see {kids} and {m}.",
        "Planned home visit following the last core group meeting.",
        "Home visit undertaken jointly with {fsw}, family support worker.",
        "Unannounced home visit to check on the children between planned visits.",
        "Child protection home visit as agreed at the core group.",
    ],
    ("statutory_visit", "lac"): [
        "Statutory visit to {c} in placement with {carer}.",
        "Looked after child statutory visit to see {c} at {carer}'s home.",
        "Statutory visit to {c}; {carer} was present for the first part of the visit.",
        "Unannounced statutory visit to {c} in placement.",
    ],
    ("school_visit", "any"): [
        "School visit to see {c} at {school}.",
        "School visit: I saw {c} in the family room at {school} during the afternoon.",
        "School visit to {school} to spend time with {c} and speak with the Designated Safeguarding Lead.",
    ],
    ("core_group", "cp"): [
        "Core group meeting held at the children's centre to review the child protection plan.",
        "Core group meeting held virtually on Teams; {m} joined by telephone.",
        "Core group meeting at Larkfield Primary School to review progress against the plan.",
    ],
    ("family_time", "lac"): [
        "Supervised family time session at the Family Time Centre with {m}.",
        "Family time session observed at the Family Time Centre; {m} attended.",
        "Supervised family time at the centre, observed by the family time worker.",
    ],
    ("oversight", "any"): [
        "Management oversight: I have reviewed the case record and discussed the case with the allocated social worker.",
        "Management oversight completed following supervision with the allocated social worker.",
        "Management oversight: case discussed in supervision and the plan reviewed.",
    ],
    ("fsw_session", "any"): [
        "Family support session at the family home focusing on morning routines.",
        "Family support session with {m} at home; today's topic was bedtime routines.",
        "Family support session: budgeting and meal planning with {m}.",
        "Family support session at the children's centre, working through the routines chart.",
        "Family support session at home to review the school-run plan with {m}.",
    ],
    ("text_message", "any"): [
        "Text message sent to {m} to confirm the next visit.",
        "Text message received from {m} asking me to call her back.",
    ],
}

ARRIVAL = [
    "{m} answered the door promptly and appeared pleased to see me.",
    "There was a delay of a few minutes before {m} answered the door; she said she had been upstairs putting washing away.",
    "{m} was dressed and the curtains were open when I arrived.",
    "The curtains at the front of the house were still closed when I arrived; {m} said she had had a bad night.",
    "{m} invited me in straight away and offered me a drink.",
    "{m} was on the telephone to the housing office when I arrived and finished the call before we spoke.",
    "{m} was polite but guarded at the start of the visit and said she was tired of professionals.",
]

HOME_OK = [
    "The home was warm and reasonably tidy. There was food in the fridge and cupboards, including fresh fruit and milk.",
    "The kitchen had been cleaned and the washing up was done. The living room was cluttered with toys but this was not a concern.",
    "I was shown the children's bedrooms. Beds had clean bedding and there were clothes put away in drawers.",
    "The stair gate was in place at the top of the stairs and medicines were stored in a high cupboard as agreed.",
    "The home smelt fresh, the bins had been emptied and the bathroom was clean.",
    "There was a basket of clean washing on the sofa and the kitchen surfaces were clear.",
    "Home conditions were good; {m} had put up a weekly planner on the fridge with school and appointment times.",
]

HOME_POOR = [
    "The kitchen was cluttered with unwashed dishes and there was a strong smell from the bin, which had not been emptied.",
    "There was very little food in the house; the fridge held half a pint of milk, some margarine and a bottle of cider.",
    "Dirty laundry was piled on the landing and two of the beds had no sheets on them.",
    "There were cigarette ends in a saucer on the windowsill within reach of the younger children.",
    "The living room carpet was stained and the room smelt strongly of stale smoke.",
    "The house was cold; {m} said the gas meter had run out and she was waiting for payday.",
    "The back door was broken and had been wedged shut with a chair; {m} said the landlord had been told.",
]

CHILD_OBS = {
    "baby": [
        "{c} was playing with stacking cups on the living room floor. {He} was appropriately dressed and {his} nappy had recently been changed.",
        "{c} was babbling and brought me {his} toys to look at. {He} looked well and was walking confidently.",
        "{c} had a runny nose but otherwise appeared well. {He} went to {m} for comfort when I first came in, which is positive.",
        "{c} was in {his} highchair eating toast and banana and was happy to be spoken to.",
        "{c} was asleep in {his} cot when I arrived; I saw {him} briefly and {he} appeared settled.",
        "{c} was clingy and grizzly during the visit; {m} said {he} was cutting teeth.",
    ],
    "young": [
        "{c} was keen to show me {his} reading book and read two pages to me with some help.",
        "{c} was chatty and cheerful and showed me a picture {he} had drawn of the family.",
        "{c} seemed tired and yawned repeatedly; {m} said {he} had been up late.",
        "{c} was clean and appropriately dressed and was playing a game on the tablet.",
        "{c} was quieter than usual and stayed close to {m} for most of the visit.",
        "{c} showed me {his} loose tooth and told me about {his} friends at school.",
        "{c} was wearing a school jumper that was too small and had stains down the front.",
    ],
    "older": [
        "{c} was initially reluctant to come downstairs but did speak with me once {his} game was paused.",
        "{c} was polite but gave short answers and said {he} was fine.",
        "{c} spoke about football and said {he} wanted to join the team at school.",
        "{c} was quieter than usual and said {he} was tired.",
        "{c} was helping to make tea when I arrived and seemed relaxed.",
        "{c} was in {his} room with headphones on; {he} agreed to talk with me on {his} own.",
    ],
}

ALONE = [
    "I spent time with {c} on {his} own in {his} bedroom.",
    "I saw {c} on {his} own at the kitchen table while {m} took a phone call in the garden.",
    "{c} and I did a three houses activity together on {his} own.",
    "I spoke with {c} alone using the worry monster cards.",
]

ALONE_TALK = {
    "young": [
        "{He} talked about {his} friends and said {he} liked playing tag at lunchtime.",
        "{He} said bedtime was \"OK\" and that {m} reads to {him} sometimes.",
        "{He} was reluctant to talk about home and wanted to play instead, which I respected.",
        "{He} put {his} worries in the worry monster and said the biggest one was about {his} mum being sad.",
        "{He} said {he} felt safe at home at the moment and knew who to tell if {he} was worried.",
    ],
    "older": [
        "{He} said things had been \"alright\" and that there had been no shouting recently.",
        "{He} said {he} was fed up with social workers but understood why I needed to see {him}.",
        "{He} talked about school and said {he} finds maths easy but English boring.",
        "{He} said {he} keeps an eye on {his} sisters when {m} is tired.",
        "{He} said {he} would tell {his} key adult at school if anything happened at home.",
    ],
}

PURPOSE = [
    "Purpose: to see the children, check on home conditions and review progress with the plan.",
    "Purpose: statutory visit; to see all the children and to speak with the older children alone.",
    "Purpose: to follow up the actions from the last core group and to check the safety plan.",
    "Purpose: to see the children and to discuss school attendance and health appointments with {m}.",
]

SAFETY_CHECK = [
    "Safety plan reviewed: {m} confirmed there had been no contact with {f} and that the phone numbers on the plan were still correct.",
    "Safety plan reviewed. {m} said she keeps her phone charged and that the older children know to go to the neighbour's if there is trouble.",
    "I checked the safety plan with {m}; she could say what she would do if {f} came to the door.",
    "The safety plan was discussed and no changes were needed.",
]

QUOTE_FRAMES = [
    '{c} said "{q}".',
    'When I asked what was good at home at the moment, {c} said "{q}".',
    '{c} told me "{q}".',
    'Asked about {his} three wishes, {c} said "{q}".',
    'When I asked how things had been, {c} said "{q}".',
]

GENERIC_QUOTES = {
    "young": [
        "I like it when we go to the park", "I got a sticker for my reading", "I want a puppy called Biscuit",
        "Mummy made pancakes", "I don't like going to bed when it's light", "My teacher is kind",
        "I had chicken nuggets for tea", "I want to go swimming again", "My best friend is called Maisie",
        "I'm not scared of the dark any more",
    ],
    "older": [
        "It's been alright, nobody's been shouting", "I just want everyone to get on",
        "School is boring but my mates are there", "I don't want to talk about it today",
        "I'm fine, honestly", "I want to stay at my school", "I get worried about Mum when I'm at school",
        "Things are better than before",
    ],
}

DISCUSS = {
    "da": [
        "We discussed the safety plan. {m} confirmed she knows to call 999 if {f} comes to the property and that the older children know how to do this too.",
        "{m} said she had not had any contact with {f} and had blocked his number.",
        "I reminded {m} of the importance of engaging with {dv} and she agreed to take their next call.",
        "{m} said she had found the Freedom Programme sessions helpful and was beginning to recognise the controlling behaviour she had experienced.",
        "{m} became tearful when talking about the relationship and said she still cared about {f}.",
        "{m} said {f} had been sending messages through friends but she had not replied.",
        "We went through the safety plan together and updated the list of people {m} can call for support.",
    ],
    "substance": [
        "{m} said she had not drunk alcohol for several weeks and was attending her appointments with {dsvc}.",
        "There were no signs of alcohol or drug use in the home during the visit.",
        "I noticed several empty cans of lager in the recycling bin; {m} said these belonged to a friend who had visited.",
        "{m} agreed to provide a further breathalyser reading at her next appointment with {dsvc}.",
        "{m} said she finds the evenings hardest and that this is when she is most tempted to drink.",
        "{m} said her keyworker {dworker} had been supportive and that she was attending the group on Thursdays.",
    ],
    "school": [
        "We talked about school attendance. {m} accepted that mornings are difficult and agreed to set alarms and lay out uniforms the night before.",
        "{m} said {c} complains of stomach aches in the mornings; I suggested she speaks with the school nurse.",
        "{m} said she had spoken to {c}'s class teacher at pick-up and that things were going better.",
        "We discussed the attendance figures from {school}; {m} said she did not realise how many sessions had been missed.",
    ],
    "health": [
        "{m} showed me the letter confirming the next health appointment and said she would take {c}.",
        "We went through the upcoming health appointments and {m} showed me they were written on the calendar.",
        "{m} said the health visitor {hv} had been and that there were no worries about weight or growth.",
        "{m} said she had collected the repeat prescription and that the inhaler was now in {c}'s school bag.",
    ],
    "mh": [
        "{m} said her mood had been low and that she was finding it hard to get up in the mornings.",
        "{m} said she was taking her medication every day and that she felt it was helping.",
        "{m} said she had been sleeping better and had started going for walks with a friend.",
        "We talked about who {m} can call when she feels overwhelmed; she named her mother and a neighbour.",
    ],
}

DISCUSS_EARLY = [
    "{m} said the arguments were about money and that things had calmed down.",
    "We talked about how arguments affect children even when they are in another room; {m} said she had not thought about it that way.",
    "{m} agreed to think about going to the Safer Futures drop-in but said she did not need it.",
    "{m} said {f} had cut down on his drinking and was looking for work.",
    "I gave {m} information about the domestic abuse helpline and she put the number in her phone.",
]

ANALYSIS = {
    "assess": [
        "There is not yet a clear picture of daily life for {kids}; further visits are needed to complete the assessment.",
        "{m} is engaging with the assessment, but her account of the relationship is minimising and does not match the police information.",
        "The children's basic care needs appear to be met, but their exposure to conflict at home is the main worry.",
    ],
    "cin": [
        "{m} is engaging with the child in need plan, but there is little evidence yet that the arguments at home have reduced.",
        "The children's basic needs are being met; the worries about conflict and alcohol at home remain.",
        "Some progress with routines has been made with the family support worker's help.",
    ],
    "cp": [
        "The home conditions were adequate and the children appeared well cared for. The main worry remains the risk of further domestic abuse if {m} resumes contact with {f}.",
        "{m} presented as more positive and is engaging well with the plan. This needs to be sustained over time before the worries can be said to have reduced.",
        "There is a pattern of {m} presenting well during announced visits; further unannounced visits are needed to test this.",
        "The children continue to experience an unpredictable home environment and their emotional needs are not consistently prioritised.",
        "Some progress has been made, particularly with home conditions, but school attendance remains a concern.",
    ],
    "lac": [
        "{c} appears settled in placement and {his} needs are being met.",
        "{carer} is meeting {c}'s day-to-day needs well; the main worry is {his} anxiety before and after family time.",
        "{c} continues to ask about home, which is understandable; {his} views will be shared with the Independent Reviewing Officer.",
    ],
}

ACTIONS = {
    "assess": [
        "Actions: SW to request information from {gp} and school. SW to complete the assessment within timescales.",
        "Actions: SW to see the children at school on their own. SW to discuss with team manager.",
    ],
    "cin": [
        "Actions: SW to update the child in need plan and to liaise with school about attendance.",
        "Actions: SW to chase the referral to {dsvc} for {f}; next visit within four weeks.",
    ],
    "cp": [
        "Actions: SW to update the core group. SW to chase the referral to {dv}.",
        "Actions: SW to liaise with school regarding attendance; next statutory visit within ten working days.",
        "Actions: SW to discuss with team manager in supervision.",
        "Actions: {fsw} to support {m} with a morning routine chart.",
        "Actions: SW to share this note with the core group and to arrange the next unannounced visit.",
    ],
    "lac": [
        "Actions: SW to update the care plan and share {c}'s views with the IRO.",
        "Actions: SW to confirm family time arrangements with {carer}.",
        "Actions: SW to follow up the referral for therapeutic support.",
    ],
}

PHONE = {
    "school": (
        ["Telephone call to {school}; I spoke with the Designated Safeguarding Lead.",
         "Telephone call from the Designated Safeguarding Lead at {school}."],
        ["She reported that {c}'s attendance this half term is {att}% and that {he} has been settled in class.",
         "She said {c} has arrived late on several mornings and has been without a coat.",
         "She said {c} has been more withdrawn in class and had been seen crying at break time.",
         "She said {c} had a good week and had received a certificate in assembly.",
         "She said {c} had been hungry at breakfast club and had eaten two bowls of cereal."],
    ),
    "hv": (
        ["Telephone call with {hv}, health visitor.", "Telephone call from {hv}, health visitor."],
        ["She confirmed the youngest child had been seen at clinic and weighed; growth is following the expected centile.",
         "She said she had been unable to gain access on her last visit and had left a card.",
         "She said {m} had engaged well and had asked for advice about sleep routines."],
    ),
    "mother": (
        ["Telephone call from {m}.", "Telephone call to {m} to check in following the last visit."],
        ["She wanted to know when the next core group meeting would be.",
         "She said she was feeling low and asked about counselling; I gave her the number for the local talking therapies service.",
         "She said the boiler had broken and she was waiting for the landlord to send someone.",
         "She said the children were well and that she had been to the food bank.",
         "She was upset that a neighbour had made comments about social services being involved."],
    ),
    "dv": (
        ["Telephone call with {idva}, IDVA at {dv}.", "Telephone call from {idva} at {dv}."],
        ["She said {m} had attended most of her sessions and was beginning to engage more openly.",
         "She said {m} had missed her last appointment and was not answering calls.",
         "She confirmed the target hardening at the property had been completed."],
    ),
    "drugs": (
        ["Telephone call with {dworker}, recovery worker at {dsvc}.", "Telephone call from {dworker} at {dsvc}."],
        ["He said {m} had attended her last two keywork sessions and her breathalyser readings were clear.",
         "He said {m} had not attended her appointment and that he would send another letter.",
         "He said {m} had been offered a place on the relapse prevention group."],
    ),
    "carer": (
        ["Telephone call with {carer}.", "Telephone call from {carer}."],
        ["She said the children had settled well and were sleeping better.",
         "She said {c} had been unsettled after family time and had wet the bed.",
         "She asked for help with travel costs to school; I agreed to raise this with my manager."],
    ),
}

SCHOOL_BODY = [
    "{c} was happy to see me and talked about {his} favourite lessons.",
    "{c} said {he} likes {his} teacher and has made friends in {his} class.",
    "{c} was quiet at first but relaxed when we played a card game.",
    "The Designated Safeguarding Lead said {c}'s attendance has been {att}% this half term.",
    "Staff said {c} sometimes arrives hungry and is offered breakfast club.",
    "{c} completed a feelings scale and placed home in the middle.",
]

OVERSIGHT_BODY = [
    "The plan remains appropriate and visits are up to date.",
    "Risks remain around domestic abuse and the impact of parental alcohol use on the children's care.",
    "The social worker should ensure the children are seen alone on every visit and that their views are recorded.",
    "School attendance must remain a focus of the plan; the social worker is to request weekly figures.",
    "I am satisfied that statutory visits are within timescale.",
    "The chronology needs to be updated before the next meeting.",
]

CORE_BODY = [
    "Each agency gave an update on progress against the plan.",
    "School reported that attendance had improved but punctuality remains a concern.",
    "The health visitor reported that the youngest child's development is broadly on track.",
    "{m} said she felt the plan was helping and that she wanted professionals to notice the changes she had made.",
    "The family support worker has completed four sessions on routines and boundaries.",
    "It was agreed that unannounced visits will continue.",
    "The group agreed that the worries about domestic abuse remain and that the plan should continue.",
]

FAMILY_TIME_BODY = [
    "{m} arrived ten minutes early with snacks and a puzzle.",
    "{c} ran to {m} and hugged her when {he} came into the room.",
    "{m} played a board game with the children and managed a disagreement between them calmly.",
    "{m} checked her phone several times during the session and needed prompting to engage.",
    "The session ended well and the children said goodbye without distress.",
    "{c} became upset at the end of the session and needed reassurance from the worker.",
    "{m} brought a packed tea and the children ate well.",
]

PLACEMENT = [
    "{carer}'s home was warm, clean and well organised, and {c} has {his} own bedroom.",
    "{c}'s bedroom has been decorated with posters {he} chose and there were photographs of family on the shelf.",
    "{carer} said {c} is eating well and has settled into a routine of tea, homework and bath before bed.",
    "{carer} has bought {c} new school shoes and a winter coat.",
    "The home was busy but calm; {carer}'s own children were doing homework at the table.",
]

ALONE_LAC = [
    "I spent time with {c} on {his} own in {his} bedroom.",
    "{c} and I went for a short walk to the park so that we could talk on our own.",
    "I spoke with {c} alone using the worry monster cards.",
]

FSW_WORK = [
    "We went through the morning routine step by step and wrote it on a chart for the fridge: alarm at 7am, breakfast at 7.30am, leave the house at 8.30am.",
    "{m} said the routine chart had helped on most days but that {c} still refuses to get up.",
    "We looked at the weekly food budget together and planned five evening meals for under thirty pounds.",
    "{m} showed me the bedtime reward chart; {c} has earned four stars this week.",
    "We practised calm responses to the children arguing, using the 'name it, calm it' approach.",
    "{m} said she had found it hard to keep to the routine at the weekend.",
    "We talked about how the children might feel when adults argue, using the 'through the eyes of a child' worksheet.",
    "{m} had set out the uniforms the night before, as agreed, and said mornings had been calmer.",
    "We discussed how to make sure health appointments are not missed; {m} has put them in her phone calendar.",
    "We completed a debt and benefits check and referred {m} to the money advice service.",
]

FSW_OBS = [
    "{c} was at home and played nearby during the session.",
    "The house was tidy and the washing was up to date.",
    "{m} was engaged and took notes during the session.",
    "{m} seemed tired and distracted and needed prompting to stay on task.",
    "The kitchen was cluttered and there were dishes in the sink.",
    "{m} was in good spirits and said she felt more organised.",
]

FSW_NEXT = [
    "Next session: same time next week. Focus on after-school routines.",
    "Next session: continue the routines work and review the reward chart.",
    "Next session: budgeting follow-up and school uniform grant application.",
    "Next session: bedtime routine and screen time.",
]

LAC_TALK = [
    "{c} said family time with {m} had been good and that {he} liked it when they played cards.",
    "{c} said {he} was getting on well with {carer} and that the house rules were fair.",
    "{c} talked about school and said {his} teacher had moved {him} to a different table, which {he} liked.",
    "{c} asked when the court would decide where {he} will live; I explained the timetable in simple terms.",
    "{c} said {he} sometimes feels sad at bedtime and misses {his} mum.",
    "{c} said {he} liked seeing {his} brother and sisters at the weekend.",
    "{c} said {he} did not want to see {his} dad at the moment and that {his} views should be told to the judge.",
]

CARER_UPDATE = [
    "{carer} said {c} is eating and sleeping well and has had no problems at school this week.",
    "{carer} said {c} was unsettled after the last family time and needed extra reassurance at bedtime.",
    "{carer} has attended the parents' evening and said the teachers are pleased with {c}'s progress.",
    "{carer} has taken {c} to the dentist and the optician; both appointments went well.",
    "{carer} said the placement is going well but that she is tired and would like some respite over the holidays.",
    "{carer} has kept a diary of {c}'s behaviour after family time, which I have asked her to share.",
]

NOISE = [
    "Visibility: Standard. Linked to: {names}.",
    "Attachments: none.",
    "Workflow step 'Visit' completed.",
    "Recording completed late due to annual leave.",
    "Note amended to correct a typing error.",
    "This note has been shared with the Independent Reviewing Officer.",
]


class _Fill(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        raise KeyError(f"unknown placeholder {{{key}}}")


class Prose:
    """Draws varied sentences from the pools for one family, reproducibly from ``rng``."""

    def __init__(self, fam: Family, rng: random.Random) -> None:
        self.fam = fam
        self.rng = rng
        self.used_quotes: set[str] = set()

    def fill(self, template: str, child: Child | None = None, carer: str | None = None) -> str:
        fam = self.fam
        ch = child or self.rng.choice(fam.children)
        vals: dict[str, Any] = {
            "m": fam.mother, "f": fam.father or "the children's father", "M": fam.M, "F": fam.F,
            "kids": fam.kids(), "Kids": fam.kids()[0].upper() + fam.kids()[1:], "names": fam.names(),
            "home": "the family home", "fsw": fam.fsw, "hv": fam.hv, "idva": fam.idva, "dv": fam.dv,
            "dsvc": fam.dsvc, "dworker": fam.dworker, "gp": fam.gp, "c": ch.first, "school": ch.school or "nursery",
            "carer": carer or fam.carers.get(ch.first, "the carer"), "att": self.rng.choice([78, 81, 84, 86, 88, 91, 93, 95, 97]),
        }
        vals.update(ch.pron())
        return template.format_map(_Fill(vals))

    def pick(self, pool: list[str], k: int = 1) -> list[str]:
        usable = [s for s in pool if self.fam.father or ("{f}" not in s and "{F}" not in s)]
        return self.rng.sample(usable, min(k, len(usable)))

    def quote(self, child: Child, on: date) -> str | None:
        band = child.band(on)
        if band == "baby":
            return None
        pool = self.fam.quotes.get(child.first) or GENERIC_QUOTES[band]
        left = [q for q in pool if (child.first, q) not in self.used_quotes]
        if not left:
            return None
        q = self.rng.choice(left)
        self.used_quotes.add((child.first, q))  # type: ignore[arg-type]
        return q

    # ---------------------------------------------------------------------------------------
    def routine(self, kind: str, phase: str, when: date, themes: list[str], *,
                child: Child | None = None, counterpart: str | None = None,
                with_quote: bool = True) -> tuple[list[str], str | None, str]:
        """Compose one routine note body.

        Returns (paragraphs, child quote or None, key phrase that the opening sentence holds).
        """
        r = self.rng
        fam = self.fam
        paras: list[str] = []
        quote: str | None = None
        carer = fam.carers.get(child.first) if child else None
        if kind == "phone":
            opens, bodies = PHONE[counterpart or "mother"]
            ch = child or r.choice([c for c in fam.children if c.school] or fam.children)
            carer = carer or fam.carers.get(ch.first)
            first = self.fill(r.choice(opens), ch, carer)
            body = [self.fill(s, ch, carer) for s in self.pick(bodies, 3)]
            paras.append(first + " " + " ".join(body))
            paras.append(self.fill(r.choice(["I thanked her for the update and said I would share it at the next meeting.",
                                              "I agreed to follow this up and to record it on the file.",
                                              "No further action needed from this call beyond updating the record."]), ch, carer))
            return paras, None, "telephone call"
        key = {"home_visit": "home visit", "statutory_visit": "statutory visit", "school_visit": "school visit",
               "core_group": "core group", "family_time": "family time", "oversight": "management oversight",
               "text_message": "text message", "fsw_session": "family support session"}[kind]
        opens = OPEN.get((kind, phase)) or OPEN[(kind, "any")]
        ch = child or r.choice(fam.children)
        first = self.fill(r.choice(opens), ch, carer)
        if kind == "home_visit":
            intro = [first, self.fill(r.choice(ARRIVAL), ch)]
            paras.append(" ".join(intro))
            if phase != "assess":
                paras.append(self.fill(r.choice(PURPOSE), ch))
            pool = HOME_POOR if r.random() < 0.3 else HOME_OK
            paras.append(" ".join(self.fill(s, ch) for s in self.pick(pool, 2)))
            for kid in fam.children:
                paras.append(self.fill(r.choice(CHILD_OBS[kid.band(when)]), kid))
            talkers = [k for k in fam.children if k.band(when) != "baby"]
            if talkers:
                kid = r.choice(talkers)
                s = self.fill(r.choice(ALONE), kid)
                q = self.quote(kid, when) if with_quote and r.random() < 0.55 else None
                s += " " + self.fill(r.choice(ALONE_TALK[kid.band(when)]), kid)
                if q:
                    quote = q
                    s += " " + self.fill(r.choice(QUOTE_FRAMES).replace("{q}", q), kid)
                paras.append(s)
            disc = [self.fill(s, ch) for t in themes
                    for s in self.pick(DISCUSS_EARLY if (t == "da" and phase in ("assess", "cin")) else DISCUSS[t], 2)]
            paras.append(" ".join(disc))
            if phase == "cp" and fam.father:
                paras.append(self.fill(r.choice(SAFETY_CHECK), ch))
            paras.append(self.fill(r.choice(ANALYSIS[phase if phase in ANALYSIS else "cp"]), ch))
            paras.append(self.fill(r.choice(ACTIONS[phase if phase in ACTIONS else "cp"]), ch))
        elif kind == "statutory_visit":
            paras.append(first + " " + self.fill(r.choice(CHILD_OBS[ch.band(when)]), ch, carer))
            paras.append(" ".join(self.fill(s, ch, carer) for s in self.pick(PLACEMENT, 2)))
            paras.append(" ".join(self.fill(s, ch, carer) for s in self.pick(CARER_UPDATE, 2)))
            if ch.band(when) != "baby":
                s = self.fill(r.choice(ALONE_LAC), ch, carer) + " " + " ".join(
                    self.fill(x, ch, carer) for x in self.pick(LAC_TALK, 2))
                q = self.quote(ch, when) if with_quote and r.random() < 0.6 else None
                if q:
                    quote = q
                    s += " " + self.fill(r.choice(QUOTE_FRAMES).replace("{q}", q), ch, carer)
                paras.append(s)
            paras.append(self.fill(r.choice(ANALYSIS["lac"]), ch, carer))
            paras.append(self.fill(r.choice(ACTIONS["lac"]), ch, carer))
        elif kind == "school_visit":
            paras.append(first + " " + " ".join(self.fill(s, ch) for s in self.pick(SCHOOL_BODY, 3)))
            q = self.quote(ch, when) if with_quote and ch.band(when) != "baby" and r.random() < 0.5 else None
            if q:
                quote = q
                paras.append(self.fill(r.choice(QUOTE_FRAMES).replace("{q}", q), ch))
            paras.append(self.fill(r.choice(ACTIONS.get(phase, ACTIONS["cp"])), ch, carer))
        elif kind == "core_group":
            paras.append(first + " Present: {m}, {sw}, {fsw}, {hv} and the Designated Safeguarding Lead."
                         .replace("{sw}", fam.sw).replace("{fsw}", fam.fsw).replace("{hv}", fam.hv).replace("{m}", fam.mother))
            paras.append(" ".join(self.fill(s, ch) for s in self.pick(CORE_BODY, 5)))
            for area in ("school", "health", "dv"):
                paras.append({"school": "School", "health": "Health", "dv": "Domestic abuse"}[area] + ": "
                             + " ".join(self.fill(s, ch) for s in self.pick(AGENCY[area], 2)))
            paras.append(self.fill(self.pick(WORRIES)[0], ch))
            paras.append(" ".join(self.fill(s, ch) for s in self.pick(ACTIONS["cp"], 2)))
        elif kind == "family_time":
            paras.append(first + " " + " ".join(self.fill(s, ch) for s in self.pick(FAMILY_TIME_BODY, 4)))
            paras.append(self.fill(r.choice(ACTIONS["lac"]), ch, carer))
        elif kind == "oversight":
            paras.append(first + " " + " ".join(self.fill(s, ch) for s in self.pick(OVERSIGHT_BODY, 3)))
            paras.append("Risks: " + self.fill(self.pick(WORRIES)[0], ch))
            paras.append("Strengths: " + self.fill(self.pick(STRENGTHS)[0], ch))
            paras.append("Next supervision within four weeks.")
        elif kind == "fsw_session":
            paras.append(first + " " + self.fill(r.choice(FSW_OBS), ch))
            paras.append(" ".join(self.fill(s, ch) for s in self.pick(FSW_WORK, 3)))
            paras.append(self.fill(r.choice(FSW_OBS), ch) + " " + self.fill(r.choice(DISCUSS["school"]), ch))
            paras.append(r.choice(FSW_NEXT))
        elif kind == "text_message":
            paras.append(first)
        return paras, quote, key

    def family_time(self, when: date, venue: str = "the Family Time Centre") -> tuple[list[str], str | None]:
        """A structured supervised family time recording; returns (paragraphs, child quote)."""
        r = self.rng
        fam = self.fam
        kids = fam.children
        brought = sorted({fam.carers.get(k.first, "") for k in kids} - {""})
        paras = [
            f"Supervised family time session at {venue} with {fam.mother} and {fam.names()}. "
            + (f"The children were brought by {' and '.join(brought)}." if brought else ""),
            "Present: " + ", ".join([fam.mother] + [k.first for k in kids]) + "; supervised by the family time worker.",
            "Arrival: " + self.fill(r.choice(FT_ARRIVAL)),
        ]
        obs = [self.fill(s, k) for k in kids for s in self.pick(FT_CHILD[k.band(when)], 1)]
        paras.append("Observations: " + " ".join(obs + [self.fill(s) for s in self.pick(FT_PARENT, 4)]))
        quote = None
        talkers = [k for k in kids if k.band(when) != "baby"]
        if talkers and r.random() < 0.4:
            k = r.choice(talkers)
            q = self.quote(k, when)
            if q:
                quote = q
                paras.append(self.fill(r.choice(QUOTE_FRAMES).replace("{q}", q), k))
        paras.append("Ending: " + self.fill(r.choice(FT_END)))
        paras.append("Worker's reflection: " + self.fill(r.choice(FT_REFLECT)))
        return paras, quote

    def noise(self, k: int = 1) -> list[str]:
        return [self.fill(s) for s in self.pick(NOISE, k)]


SUMMARY = {
    "home_visit": "Home visit by the social worker; {kids} seen",
    "statutory_visit": "Statutory looked after child visit to {c} in placement",
    "school_visit": "School visit to see {c}",
    "core_group": "Core group meeting to review the child protection plan",
    "family_time": "Supervised family time with mother",
    "oversight": "Management oversight of the case",
    "text_message": "Text message contact with mother",
    "fsw_session": "Family support worker session with mother",
    "phone": {"school": "Telephone call with school about {c}", "hv": "Telephone call with health visitor",
              "mother": "Telephone call with mother", "dv": "Telephone call with domestic abuse service (IDVA)",
              "drugs": "Telephone call with drug and alcohol service", "carer": "Telephone call with carer"},
}

NOTE_TYPE = {"home_visit": "Home visit", "statutory_visit": "Statutory visit (LAC)", "school_visit": "School visit",
             "core_group": "Core group meeting", "family_time": "Family time", "oversight": "Management oversight",
             "text_message": "Text message", "phone": "Telephone call", "fsw_session": "Family support session"}


def summary_for(fam: Family, kind: str, counterpart: str | None, child: Child | None) -> str:
    """A one-line chronology summary for a routine note."""
    s = SUMMARY[kind]
    if isinstance(s, dict):
        s = s[counterpart or "mother"]
    return s.replace("{c}", child.first if child else "the child").replace("{kids}", fam.kids())


# ------------------------------------------------------------------------------------------
# Long-form pools for conference minutes and court statements (still date-free).

STRENGTHS = [
    "{m} clearly loves the children and they are warmly attached to her.",
    "{m} has been honest with professionals about some of the difficulties at home.",
    "The children attend school more often than not and teachers describe them as well liked.",
    "The extended family, in particular {m}'s sister, have offered practical help with school runs and childcare.",
    "{m} has engaged with the family support worker and has put routines in place at bedtime.",
    "The children's health needs are known to professionals and there is a clear plan to meet them.",
    "There have been periods when home conditions have been good and the children have been well presented.",
    "{m} has attended every meeting and has asked sensible questions about the plan.",
    "The eldest child has a trusted adult at school to talk to when worried.",
]

WORRIES = [
    "The children have been exposed to repeated incidents of domestic abuse between their parents, including physical violence.",
    "{f}'s alcohol and cocaine use makes his behaviour unpredictable and increases the risk of further violence.",
    "{m} has at times minimised the abuse and has allowed {f} back into the home despite agreements and bail conditions.",
    "School attendance has been poor, particularly for the eldest child, which affects learning and friendships.",
    "Health appointments have been missed and the children's health needs have not always been met without professional prompting.",
    "{m}'s own alcohol use increases when she is under stress, and there are times when her supervision of the children is reduced.",
    "The children show signs of emotional harm: the eldest is withdrawn and hypervigilant, and the younger children are anxious and unsettled at bedtime.",
    "There is a risk that the children will come to see violence and control as a normal part of family life.",
]

COMPLICATING = [
    "The family has significant debts and has been at risk of losing the tenancy.",
    "{m} has limited support of her own and is isolated from friends.",
    "{f} does not accept that his behaviour has affected the children and has not engaged with a perpetrator programme.",
    "Both parents experienced difficult childhoods and {m} was herself known to children's services as a child.",
    "Professionals have found it hard to gain access to the home at times and some visits have been cancelled at short notice.",
]

AGENCY = {
    "school": [
        "School reported that the children are well liked by staff and peers.",
        "The Designated Safeguarding Lead said attendance remains below the expected level of 96% and that punctuality is a particular issue.",
        "Staff have noticed that the children are tired on Monday mornings and sometimes arrive without breakfast.",
        "The school has put in place a key adult and daily check-ins for the eldest child.",
        "School has offered places at breakfast club free of charge, which has helped punctuality.",
        "Homework is rarely completed and reading records are not signed.",
    ],
    "health": [
        "The health visitor reported that the youngest child is broadly meeting milestones but that speech is delayed.",
        "The school nurse has met with the middle child about toileting and has given advice to {m}.",
        "The GP reported that prescriptions for the eldest child's inhalers have not always been collected on time.",
        "Immunisations are now up to date following prompting from the health visitor.",
        "Dental registration has been completed for all the children.",
    ],
    "police": [
        "Police confirmed the history of domestic abuse callouts to the address and that {f} has previous convictions for violence.",
        "Police advised that {f} is known to associate with people involved in the supply of drugs.",
        "Police have placed a marker on the address so that any call is treated as a priority.",
    ],
    "dv": [
        "{dv} reported that {m} has engaged with her IDVA and has completed a safety plan.",
        "{idva} said {m} finds it hard to talk about the abuse and sometimes cancels appointments when {f} is in contact.",
        "{m} has been offered a place on the Freedom Programme.",
    ],
    "drugs": [
        "{dsvc} reported that {m} attends keywork sessions and her breathalyser readings have mostly been clear.",
        "{dworker} said {m} has been honest about two lapses and has identified her triggers.",
        "{f} was referred to {dsvc} but has not attended an assessment.",
    ],
}

PARENT_VIEWS = [
    "{m} said she accepts that the children have seen things they should not have seen and that she wants to make things better for them.",
    "{m} said she feels judged by professionals and that the good things she does are not recognised.",
    "{m} said she has ended the relationship with {f} and does not intend to resume it.",
    "{m} said she struggles with the number of appointments she is expected to attend.",
    "{f} did not attend and did not send his views.",
    "{f} said in a telephone call that the concerns are exaggerated and that {m} is the one with the drink problem.",
]

CHILD_NEEDS = {
    "baby": [
        "{c} needs consistent, attuned care from an adult who can keep {him} safe and respond to {his} cues.",
        "{c} is at an age where {he} is entirely dependent on the adults around {him} for safety, food and stimulation.",
        "{c} needs a calm, predictable home to support the development of {his} speech and language.",
    ],
    "young": [
        "{c} needs to feel safe at home and to be protected from adult conflict.",
        "{c} needs help to understand what has happened in {his} family in a way that is right for {his} age.",
        "{c} needs regular attendance at school and help with reading and friendships.",
        "{c} has been anxious at night and needs a settled bedtime routine.",
    ],
    "older": [
        "{c} needs adults to take responsibility for keeping the family safe so that {he} does not feel {he} has to.",
        "{c} needs to attend school regularly so that {he} can keep up with learning and keep {his} friendships.",
        "{c} needs support to manage {his} worries and anger, and may benefit from counselling.",
        "{c} needs {his} views to be listened to and taken seriously.",
    ],
}

OPTIONS = [
    ("Return to the care of the mother", [
        "This would meet the children's wish to live with their mother and keep them together with their siblings.",
        "However, the mother has not yet shown that she can keep the children safe from the father or sustain changes in her alcohol use.",
        "The risk of further exposure to domestic abuse is assessed as high at this time.",
    ]),
    ("Placement with a family member", [
        "The children know their maternal aunt well and have stayed with her before.",
        "A kinship placement would maintain the children's sense of identity and family connections.",
        "A viability assessment has been positive and a full connected persons assessment is under way.",
    ]),
    ("Placement with unrelated foster carers", [
        "Foster care would keep the children safe but would separate them from their family network.",
        "It may not be possible to place all the children together with unrelated carers.",
    ]),
]

ANALYSIS_LONG = [
    "The local authority's analysis is that the children have suffered significant emotional harm because of repeated exposure to domestic abuse and parental substance misuse.",
    "The pattern over the period is one of short-lived improvement followed by further incidents, usually linked to the parents resuming contact.",
    "Despite a child in need plan, a child protection plan and the pre-proceedings process, the risks have not reduced sufficiently.",
    "The children's lived experience is of an unpredictable household where adults' needs often come before their own.",
    "The local authority recognises the mother's love for her children and the progress she has made in some areas.",
    "The mother has found it very difficult to separate from the father, and this is the central risk to the children.",
    "The father has not engaged with any service offered to address his violence or his substance misuse.",
    "The younger children are at an age where prolonged exposure to fear and instability is likely to affect their development.",
]


FT_ARRIVAL = [
    "{m} arrived ten minutes early with snacks and a puzzle.",
    "{m} arrived on time and waited calmly in the family room.",
    "{m} arrived five minutes late and apologised; she said the bus had not turned up.",
    "{m} arrived with a bag of presents and a homemade cake.",
    "{m} arrived looking tired but smiled when the children came in.",
]

FT_CHILD = {
    "baby": [
        "{c} reached for {m} straight away and settled on her lap.",
        "{c} was shy for the first few minutes and then toddled over to {m} with a book.",
        "{c} was tired and grizzly; {m} rocked {him} and sang, and {he} fell asleep on her shoulder.",
        "{c} played with the farm animals and made animal noises with {m}.",
    ],
    "young": [
        "{c} ran to {m} and hugged her.",
        "{c} wanted to show {m} {his} reading certificate.",
        "{c} was quiet at first and stayed close to the worker before joining in.",
        "{c} spent most of the session drawing with {m} and chatting about school.",
        "{c} asked {m} when {he} could come home.",
    ],
    "older": [
        "{c} was on {his} phone for the first part of the session but joined in the card game when asked.",
        "{c} chatted to {m} about football and {his} new friends.",
        "{c} was protective of {m} and asked her if she was OK.",
        "{c} was irritable and told {m} {he} was bored.",
    ],
}

FT_PARENT = [
    "{m} played a board game with the children and managed a disagreement between them calmly.",
    "{m} checked her phone several times and needed a prompt to put it away.",
    "{m} praised the children and gave each of them one-to-one time.",
    "{m} brought a packed tea and the children ate well.",
    "{m} changed the youngest child's nappy without prompting and put cream on a rash.",
    "{m} became tearful when talking about home and the worker reminded her to keep adult conversations away from the children.",
    "{m} followed the written agreement and did not discuss the court case with the children.",
    "{m} set clear boundaries when the children were running around the room.",
    "{m} read a story to the younger children while the eldest helped with the pictures.",
]

FT_END = [
    "The session ended on time. The children said goodbye without distress.",
    "The youngest cried when {m} left but was quickly comforted by the carer.",
    "{m} ended the session positively, telling the children she would see them in two days.",
    "The eldest walked off without saying goodbye; {m} was upset but managed this well.",
]

FT_REFLECT = [
    "A warm session. {m} is attuned to the children's needs and responds to them quickly.",
    "{m} needed several prompts today. She said she is finding it hard to concentrate.",
    "The children clearly enjoy spending time with their mother. No concerns.",
    "{m} managed three children on her own for most of the session, which was a good test of her parenting.",
]
