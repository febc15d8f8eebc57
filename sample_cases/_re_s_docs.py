"""Re S documents: police, health, GP, school, meetings, court and email.

Each function builds one file from the timeline in _re_s.py; dates are written through markers so
the expected chronology records exactly which file reports which event.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from ._kinds import letter, minutes, nhs_number, police_notification
from ._model import Case, Doc
from ._prose import (AGENCY, ANALYSIS_LONG, CHILD_NEEDS, COMPLICATING, OPTIONS, PARENT_VIEWS, STRENGTHS,
                     WORRIES, Child, Prose)
from ._re_s import HOME, LA, family
from ._re_s_notes import case_note_exports

FORCE = "Northmoor Constabulary"
KIDS_ROWS = {
    "asleep": ["Jack Stanton|03/08/2012|Yes - upstairs, asleep|No",
               "Poppy Stanton|12/06/2015|Yes - upstairs, asleep|No",
               "Ruby Stanton|21/04/2021|Yes - in cot|Yes"],
    "awake": ["Jack Stanton|03/08/2012|Yes - on the landing|Yes",
              "Poppy Stanton|12/06/2015|Yes - in bedroom|Yes",
              "Ruby Stanton|21/04/2021|Yes - held by Jack|Yes"],
}
VICTIM = "Kerry Stanton (DOB: 14/02/1991)"
SUSPECT = "Dean Stanton (DOB: 30/07/1988)"
NHS = {"Jack": nhs_number(311), "Poppy": nhs_number(312), "Ruby": nhs_number(313),
       "Kerry": nhs_number(314), "Dean": nhs_number(315)}


def documents(c: Case) -> list[Doc]:
    rng = random.Random(1712)
    prose = Prose(family(date(2023, 7, 1)), rng)
    return [
        police_1(c), police_2(c), police_3(c), police_4(c),
        hv_2022(c), hv_2023(c), ed_summary(c), school_nurse(c), scanned_dental(c),
        gp_2023_03(c), gp_2023_06(c),
        attendance_1(c), dsl_referral(c), attendance_2(c), pep(c),
        strategy_1(c, prose), strategy_2(c, prose), strategy_3(c, prose),
        icpc(c, prose), rcpc_1(c, prose), core_group(c, prose), rcpc_2(c, prose),
        swet(c, prose), ico(c), cmo(c), single_assessment(c, prose), lac_review(c, prose), iha(c),
        email_bail(c), email_school(c), email_family_time(c), email_iro(c),
        phone_note(c),
        *case_note_exports(c),
    ]


def pool(prose: Prose, sentences: list[str], k: int, child: Child | None = None) -> str:
    """k distinct sentences from a pool, filled for this family, as one paragraph."""
    return " ".join(prose.fill(s, child) for s in prose.pick(sentences, k))


# -- police -------------------------------------------------------------------------------------

def police_1(c: Case) -> Doc:
    return police_notification(
        c, "police/DA-notification-2022-09-18.pdf", force=FORCE, title="Domestic Abuse Notification",
        ref="44/18823/22", occurrence="2022-0918-0031", incident=datetime(2022, 9, 18, 1, 15),
        printed=datetime(2022, 9, 19, 10, 42), officer="PC 3318 Daniel Reeve", location=HOME,
        victim=VICTIM, suspect=SUSPECT, children=KIDS_ROWS["asleep"],
        narrative=[
            "At 00:58 police received a call from a neighbour at 25 Foxglove Close reporting shouting and "
            "banging from number 27. Officers arrived at 01:15.",
            "Kerry Stanton answered the door. She was calm and said there had been a verbal argument with "
            "her partner, Dean Stanton, about money after he came home from the pub. She said Dean had "
            "already left to stay at his brother's address and that nothing physical had happened.",
            "There was a broken glass on the kitchen floor, which Kerry said she had dropped. No injuries "
            "were seen. Kerry said Dean has been drinking more since he lost his job in {d:s02} and that "
            "they argue about money. She declined to make a statement.",
            "Officers checked on the children with Kerry's agreement. Jack and Poppy were asleep in their "
            "bedrooms and were not woken. Ruby was asleep in her cot and appeared well.",
            "Dean Stanton was spoken to by telephone at 01:40. He said it was \"just a row\" and that he "
            "would stay at his brother's for the night.",
        ],
        dash="STANDARD",
        dash_notes="DASH completed with the victim: 4 ticks (separation of finances, alcohol use by the "
                   "suspect, previous arguments, children in the household). No previous incidents recorded "
                   "at this address.",
        actions=[
            "No offences disclosed. Safety advice and the domestic abuse helpline number given to the victim. "
            "Notification sent to MASH because children live at the address.",
            "Summary: police attended a verbal argument at 27 Foxglove Close on {d:s05} at 01:15; the three "
            "children were present in the house and asleep.",
        ],
        child_voice="The children were asleep and were not spoken to. Officers noted the children's bedrooms were "
                    "tidy and that there was food in the kitchen. Ruby stirred when the officers looked in and "
                    "settled again.",
        history=[["-", "No previous domestic abuse incidents recorded at this address.", "-"]],
        dash_yes={7, 13, 23, 24},
        event="s05")


def police_2(c: Case) -> Doc:
    return police_notification(
        c, "police/DA-notification-2023-03-12.pdf", force=FORCE, title="Domestic Abuse Notification",
        ref="44/03127/23", occurrence="2023-0312-2287", incident=datetime(2023, 3, 12, 23, 40),
        printed=datetime(2023, 3, 14, 7, 55), officer="PC 3318 Daniel Reeve and PC 4471 Sophie Marr",
        location=HOME, victim=VICTIM, suspect=SUSPECT, children=KIDS_ROWS["awake"],
        narrative=[
            "At 23:31 a 999 call was received from a child who gave his name as Jack and said, whispering, "
            "that his dad was hurting his mum. The call handler kept Jack on the line until officers arrived "
            "at 23:40.",
            "Officers heard shouting from the street. Kerry Stanton opened the door; she was crying, her "
            "lower lip was swollen and bleeding and there were red marks on both sides of her neck. She "
            "said Dean had grabbed her by the throat against the kitchen wall and punched her in the face "
            "during an argument about money he had spent on cocaine.",
            "Dean Stanton was in the kitchen. He smelt strongly of alcohol, was unsteady and was verbally "
            "aggressive to officers. He was arrested at 23:52 on suspicion of assault occasioning actual "
            "bodily harm and intentional strangulation and taken to Northmoor custody suite.",
            "Jack (10) was on the landing holding his sister Ruby (23 months). He told officers he called 999 "
            "because \"Dad wouldn't stop\". Poppy (7) was crying in her bedroom with the door shut. The "
            "children were not injured.",
            "Kerry told officers this was not the first time. She said Dean pushed her into the kitchen door "
            "{d:s11} and she had not reported it. Photographs of her injuries were taken with consent.",
        ],
        dash="HIGH",
        dash_notes="DASH completed: 15 ticks, including strangulation, escalation in frequency and severity, "
                   "the suspect's alcohol and drug use, financial control, separation being discussed and the "
                   "victim's fear of further harm. Previous incident at this address in September 2022.",
        actions=[
            "MARAC referral made. Referral to Safer Futures IDVA service. Notification to MASH and to the "
            "schools through Operation Encompass.",
            "Summary: on {d:s16} at 23:40 officers attended after Jack called 999; Dean Stanton was arrested "
            "for assaulting Kerry Stanton in front of the children.",
        ],
        child_voice="Jack was calm but shaking. He said he heard his mum screaming and took Ruby into his room "
                    "before calling 999. He said his dad \"gets like this when he's been out\". Poppy would only "
                    "say that she wanted her mum. All three children were checked by officers and had no "
                    "visible injuries. Kerry's sister, Tracey Barnes, came to the address at 00:40 to help.",
        history=[["{d:s05}", "Verbal argument; suspect had left before police arrived; no offences.", "Standard"]],
        dash_yes={1, 2, 3, 4, 6, 8, 13, 14, 15, 17, 18, 23, 24, 27, 5},
        event="s16")


def police_3(c: Case) -> Doc:
    return police_notification(
        c, "police/DA-notification-2023-06-24.pdf", force=FORCE, title="Domestic Abuse Notification",
        ref="44/07716/23", occurrence="2023-0624-1903", incident=datetime(2023, 6, 24, 22, 15),
        printed=datetime(2023, 6, 26, 8, 30), officer="PC 2071 Callum Wright", location=HOME,
        victim=VICTIM, suspect=SUSPECT,
        children=["Jack Stanton|03/08/2012|Yes - living room|Yes", "Poppy Stanton|12/06/2015|Yes - living room|Yes",
                  "Ruby Stanton|21/04/2021|Yes - asleep in cot|Yes"],
        narrative=[
            "At 22:02 a neighbour reported that Dean Stanton, whom she knew to be on bail, had been at "
            "27 Foxglove Close since the afternoon and that there had been raised voices.",
            "Officers arrived at 22:15. Dean Stanton was in the living room watching television with Jack "
            "and Poppy. Kerry Stanton said she had let him in so that he could see the children because "
            "\"they miss their dad\". There was a smell of cannabis in the house and several empty cans of "
            "lager on the table.",
            "Dean Stanton has been subject to conditional bail since {d:s17} not to contact Kerry Stanton or "
            "attend the address. He was arrested at 22:20 for breach of bail and taken to custody.",
            "No assault was disclosed and no injuries were seen. Kerry was upset and said she did not want "
            "Dean to get into trouble. Jack told officers \"it was fine, they weren't fighting\".",
            "The case was heard at MARAC on {d:s21} and there is an active MARAC action plan.",
        ],
        dash="HIGH (existing MARAC case)",
        dash_notes="DASH completed: 12 ticks. The risk remains high because of the history, the breach of "
                   "bail conditions and the victim's wish to resume the relationship.",
        actions=[
            "Information shared with the IDVA and the allocated social worker. The officer in the case has "
            "been asked to review bail conditions at the next court appearance.",
            "Summary: Dean Stanton was found at the family home on {d:s28} at 22:15 in breach of bail and "
            "was arrested; the three children were in the house.",
        ],
        child_voice="Jack and Poppy were relaxed and watching a film. Jack said his dad had been coming round "
                    "\"for ages\" on Saturdays. Poppy asked if Daddy was going to prison.",
        history=[["{d:s05}", "Verbal argument; no offences.", "Standard"],
                 ["{d:s16}", "Assault and strangulation; Jack called 999; suspect arrested.", "High"]],
        dash_yes={2, 3, 6, 7, 8, 13, 15, 18, 23, 24, 26, 27},
        event="s28")


def police_4(c: Case) -> Doc:
    return police_notification(
        c, "police/DA-notification-2023-11-05.pdf", force=FORCE, title="Domestic Abuse Notification",
        ref="44/13002/23", occurrence="2023-1105-0877", incident=datetime(2023, 11, 5, 20, 50),
        printed=datetime(2023, 11, 7, 9, 10), officer="PC 4471 Sophie Marr", location=HOME,
        victim=VICTIM + "; Jack Stanton (DOB: 03/08/2012)", suspect=SUSPECT, children=KIDS_ROWS["awake"],
        narrative=[
            "At 20:41 Kerry Stanton called 999 saying her ex-partner had forced his way into the house. "
            "Officers arrived at 20:50, Bonfire Night, to find the front door open and the frame damaged.",
            "Kerry had a swollen left eye and a cut to her cheek. She said Dean had arrived drunk after the "
            "fireworks display at the park, demanded to see the children and punched her when she told him "
            "to leave.",
            "Jack (11) told officers he had tried to pull his dad off his mum and that his dad pushed him "
            "into the door frame. Jack had a 1.5cm cut to his forehead, which paramedics closed with "
            "steri-strips at the scene. Poppy (8) and Ruby (2) were in the living room and were very distressed.",
            "Dean Stanton was found in the street nearby and was arrested at 21:05 for assault occasioning "
            "actual bodily harm and assault on a child. He has since been charged and remanded in custody "
            "to appear at Northmoor Magistrates' Court.",
            "Kerry said she has not been in a relationship with Dean since the summer but that he turns up "
            "when he has been drinking.",
        ],
        dash="HIGH",
        dash_notes="DASH completed: 17 ticks. Third incident this year involving physical violence; a child "
                   "was injured for the first time.",
        actions=[
            "Urgent referral to MASH by telephone at 21:30 and to the Emergency Duty Team. MARAC re-referral. "
            "Operation Encompass notification to both schools.",
            "Summary: on {d:s42} at 20:50 Dean Stanton assaulted Kerry Stanton and pushed Jack, who "
            "sustained a cut to his forehead.",
        ],
        child_voice="Poppy was crying and holding Ruby. She told officers \"Daddy hurt Mummy and Jack\". Jack "
                    "said he was not scared of his dad any more but his hands were shaking. Tracey Barnes "
                    "attended and stayed overnight at the address with Kerry and the children.",
        history=[["{d:s05}", "Verbal argument; no offences.", "Standard"],
                 ["{d:s16}", "Assault and strangulation; Jack called 999; suspect arrested.", "High"],
                 ["{d:s28}", "Suspect found at the address in breach of bail; arrested.", "High"]],
        dash_yes={1, 2, 3, 4, 5, 6, 7, 8, 11, 13, 14, 15, 18, 23, 24, 26, 27},
        event="s42")


# -- health -------------------------------------------------------------------------------------

def hv_2022(c: Case) -> Doc:
    d = Doc(c, "health/health-visitor-report-2022-06-21.pdf", "Health Visiting Service - Contact Record",
            date(2022, 6, 21), author="Northmoor Community Health NHS Trust")
    d.small("Northmoor Community Health NHS Trust - 0-19 Health Visiting Service, Foxglove Children's Centre")
    d.title_("Health Visitor Contact Record and Family Health Needs Assessment")
    d.kv("Child", "Ruby Stanton")
    d.kv("DOB", "21/04/2021")
    d.kv("NHS number", NHS["Ruby"])
    d.kv("Siblings", "Jack Stanton (DOB: 03/08/2012), Poppy Stanton (DOB: 12/06/2015)")
    d.kv("Address", HOME)
    d.kv("Health visitor", "Claire Bennett, Specialist Community Public Health Nurse")
    d.h1("Reason for contact")
    d.p("Ruby was not brought to her one-year review at Foxglove Children's Centre on {d:s03}. Two further "
        "appointments were offered by letter and text message without a reply, so a health visitor home "
        "visit was arranged to complete the review.")
    d.h1("Visit")
    d.p("The health visitor home visit took place at 11.05am{e:s04}. Kerry answered the door with Ruby on her "
        "hip. Dean was asleep on the sofa in the living room and did not wake during the visit. There was a "
        "strong smell of cannabis in the hallway and living room.")
    d.p("The home was cluttered, with washing piled on chairs and toys, cans and ashtrays on the coffee "
        "table. The kitchen was reasonably clean and there was food in the fridge. Ruby's cot was in her "
        "parents' room with a clean sheet and no loose bedding.")
    d.p("Kerry said she was tired and that things were \"a bit stressful\" because Dean had recently lost "
        "his job{e:s02} and money was tight. She said she does not smoke cannabis herself and that Dean smokes "
        "in the garden; the smell suggested otherwise.")
    d.h1("Ruby's development and health")
    d.table([["Area", "Finding"],
             ["Weight", "9.2kg (50th centile), following her line"],
             ["Length", "76cm (50th centile)"],
             ["Gross motor", "Pulling to stand and cruising furniture; not yet walking"],
             ["Fine motor", "Pincer grip, bangs two bricks together"],
             ["Communication", "Babbling, says 'mama'; responds to her name"],
             ["Immunisations", "12-month immunisations outstanding"],
             ["Teeth", "Six teeth; bottle of juice at bedtime"]], [2, 5])
    d.h1("Family health needs assessment")
    d.table([["Domain", "Assessment"],
             ["Home environment", "Cluttered; cannabis smell; adults smoking in the home"],
             ["Parental health", "Mother tired and stressed; father's alcohol use reported by mother"],
             ["Parenting", "Warm interaction between Kerry and Ruby; Ruby seeks her mother for comfort"],
             ["Support network", "Maternal aunt lives nearby; no other regular support"],
             ["Finances", "Reduced income; referred to Citizens Advice"]], [2, 5])
    d.h1("Plan")
    d.p("1. Advice given on the risks of smoke exposure to babies and on keeping cannabis out of the home. "
        "2. 12-month immunisations to be booked with the practice nurse at Harbour Lane Medical Practice. "
        "3. Advice on stopping bottles of juice at bedtime. 4. Health visitor to revisit in three months and "
        "to liaise with the GP. 5. If the family do not engage, discuss with the safeguarding children team.")
    d.kv("Signed", "Claire Bennett, Health Visitor, 01632 960418")
    return d


def hv_2023(c: Case) -> Doc:
    d = Doc(c, "health/health-visitor-review-2023-04-27.pdf", "Health Visiting Service - Two-year review",
            date(2023, 4, 27), author="Northmoor Community Health NHS Trust")
    d.small("Northmoor Community Health NHS Trust - 0-19 Health Visiting Service")
    d.title_("Two-Year Development Review")
    d.kv("Child", "Ruby Stanton, DOB: 21/04/2021, NHS number: " + NHS["Ruby"])
    d.kv("Seen at", "Home, " + HOME)
    d.kv("Present", "Ruby, Kerry Stanton (mother)")
    d.kv("Health visitor", "Claire Bennett")
    d.p("Ruby's two-year review was completed at home {e:s24}by the health visitor. Ruby has been subject "
        "to a child protection plan since the initial child protection conference on {d:s22}.")
    d.h1("Ages and Stages Questionnaire (ASQ-3)")
    d.table([["Domain", "Score", "Cut-off", "Outcome"],
             ["Communication", "20", "25.17", "Below cut-off"],
             ["Gross motor", "50", "38.07", "On track"],
             ["Fine motor", "40", "35.16", "On track"],
             ["Problem solving", "35", "29.78", "On track"],
             ["Personal-social", "30", "31.54", "Monitor"]], [3, 1, 1, 2])
    d.p("Ruby uses around ten single words and does not yet put two words together. She understands simple "
        "instructions. Hearing appears normal and the newborn hearing screen was clear.")
    d.h1("Observations")
    d.p("The home was tidier than at previous visits and there was no smell of smoke. Kerry was engaged and "
        "asked good questions about Ruby's speech. Ruby was clean and appropriately dressed and played "
        "happily with a shape sorter. She went to her mother for comfort when she bumped her head and was "
        "soothed quickly.")
    d.p("Ruby's weight is 12.1kg (50th to 75th centile). Her immunisations are now up to date. Dental "
        "registration has been completed.")
    d.h1("Outcome and plan")
    d.p("At the two-year review Ruby's communication was below the expected range. Referral made to Speech "
        "and Language Therapy (waiting time approximately 14 weeks). Kerry given advice on reducing dummy use "
        "and screen time and on talking and reading together. Ruby would benefit from a funded two-year-old "
        "nursery place, and Kerry has been given the application form.")
    d.p("The health visitor will share this review with the core group and will review Ruby in three months.")
    d.kv("Signed", "Claire Bennett, Health Visitor")
    return d


def ed_summary(c: Case) -> Doc:
    d = Doc(c, "health/ed-discharge-summary-2023-05-20.pdf", "Northmoor General Hospital - ED discharge summary",
            date(2023, 5, 20), author="Northmoor General Hospital NHS Foundation Trust",
            footer_left="Printed: 21/05/2023 02:14 by ED admin")
    d.small("Northmoor General Hospital NHS Foundation Trust - Children's Emergency Department")
    d.title_("Emergency Department Discharge Summary")
    d.kv("Patient", "Jack Stanton")
    d.kv("DOB", "03/08/2012")
    d.kv("NHS number", NHS["Jack"])
    d.kv("GP", "Dr Anjali Rao, Harbour Lane Medical Practice")
    d.kv("Arrival", "20/05/2023 19:05 (ambulance)")
    d.kv("Discharge", "20/05/2023 23:40")
    d.kv("Accompanied by", "Mother (Kerry Stanton)")
    d.h1("Presenting complaint")
    d.p("Jack was brought in by ambulance with an acute asthma attack{e:s25}, two hours of wheeze and "
        "shortness of breath after playing football. His mother said his blue inhaler had run out \"a few "
        "weeks ago\" and his brown preventer inhaler had not been used for some months.")
    d.h1("Assessment")
    d.p("On arrival: respiratory rate 32, oxygen saturation 91% in air, heart rate 128, unable to complete "
        "sentences. Widespread wheeze. Moderate to severe acute asthma.")
    d.h1("Treatment")
    d.p("Salbutamol via spacer (10 puffs, repeated twice), oral prednisolone 40mg, ipratropium nebuliser. "
        "Good response; saturation 97% in air after two hours. Observed for four hours with no further "
        "deterioration.")
    d.h1("Discharge plan")
    d.p("New salbutamol and beclometasone inhalers and spacer supplied. Prednisolone for a further two days. "
        "GP asthma review within two working days. Written asthma action plan given to mother.")
    d.h1("Safeguarding")
    d.p("Jack is known to be subject to a child protection plan. The lapse in asthma medication is a "
        "possible indicator of medical neglect. The ED safeguarding nurse has emailed the allocated social "
        "worker, Jane Holloway, and the school nurse. Mother was cooperative and apologetic.")
    d.kv("Clinician", "Dr Femi Adeyemi, ST4 Paediatrics")
    return d


def school_nurse(c: Case) -> Doc:
    d = Doc(c, "health/school-nurse-report-2023-06-15.pdf", "School Nursing Service - report to core group",
            date(2023, 6, 15), author="Northmoor Community Health NHS Trust")
    d.small("Northmoor Community Health NHS Trust - School Nursing Service")
    d.title_("School Nurse Report for Core Group")
    d.kv("Children", "Jack Stanton (DOB: 03/08/2012), Poppy Stanton (DOB: 12/06/2015)")
    d.kv("School", "Larkfield Primary School")
    d.kv("Author", "Nadia Hussain, School Nurse (SCPHN)")
    d.kv("Report date", "15/06/2023")
    d.h1("Poppy")
    d.p("Poppy was seen at the school nurse drop-in on {d:s27} after her teacher noticed she had wet herself "
        "three times in two weeks. Poppy was embarrassed and said she \"forgets to go\". She drinks very "
        "little during the day. There are no signs of infection.")
    d.p("Advice given to Poppy and, by telephone, to Kerry about drinking six to eight cups of water a day, "
        "regular toilet breaks and spare clothes in school. Daytime wetting in a child who was previously dry "
        "can be linked to stress and anxiety, and this has been shared with the social worker. Referral made "
        "to the children's continence service.")
    d.h1("Jack")
    d.p("Jack's asthma care plan in school has been updated following his A&E attendance with an asthma "
        "attack on {d:s25}. School now hold a spare salbutamol inhaler and spacer. Jack knows how to use his "
        "inhaler but said he sometimes \"can't be bothered\" with the brown one.")
    d.p("Jack's height and weight are within the normal range. He is due his school-aged immunisations in "
        "Year 8.")
    d.h1("Recommendations")
    d.p("1. Kerry to ensure both inhalers are in date and taken as prescribed. 2. Poppy's continence to be "
        "reviewed after the summer holidays. 3. School nurse to attend the next core group if available.")
    return d


def scanned_dental(c: Case) -> Doc:
    d = Doc(c, "health/scanned-letter.pdf", "Northmoor Dental Hospital - letter", date(2023, 8, 22),
            author="Northmoor Dental Hospital", header="")
    d.p("NORTHMOOR DENTAL HOSPITAL - PAEDIATRIC DENTISTRY")
    d.p("Eldon Road, Northmoor NE99 6RT   Tel 01632 960512")
    d.p("22 August 2023")
    d.p("Dr A Rao, Harbour Lane Medical Practice. cc: Jane Holloway, Social Worker; parent.")
    d.p("Re: Poppy Stanton, DOB 12/06/2015, NHS No " + NHS["Poppy"])
    d.p("Dear Dr Rao,")
    d.p("Poppy attended the day surgery unit on {d:s34:long} and had four teeth extracted under general "
        "anaesthetic because of extensive decay. The procedure was uncomplicated and she was discharged home "
        "the same afternoon with her mother.")
    d.p("Poppy had not seen a dentist before her referral. Her remaining teeth show early decay and she "
        "will need fluoride varnish every three months. Her mother was given advice on brushing twice a day "
        "and reducing sugary drinks.")
    d.p("Review in our clinic in six months.")
    d.p("Yours sincerely, Mr P. Lindqvist, Consultant in Paediatric Dentistry")
    return d


# -- GP -----------------------------------------------------------------------------------------

def gp_2023_03(c: Case) -> Doc:
    return letter(
        c, "gp/gp-letter-2023-03-22.pdf", title="Harbour Lane Medical Practice - response to section 47 enquiry",
        when=date(2023, 3, 22), date_style="slash",
        sender=["Harbour Lane Medical Practice", "41 Harbour Lane", "Northmoor NE99 5QD", "Tel: 01632 960640"],
        recipient=["Jane Holloway", "Social Worker, Children's Social Care", "Northmoor City Council",
                   "Civic Centre, Northmoor NE99 1AA"],
        ref_lines=[("Re", "Kerry Stanton, DOB: 14/02/1991, NHS No: " + NHS["Kerry"]),
                   ("Re", "Dean Stanton, DOB: 30/07/1988, NHS No: " + NHS["Dean"]),
                   ("Children", "Jack Stanton, DOB: 03/08/2012; Poppy Stanton, DOB: 12/06/2015; "
                                "Ruby Stanton, DOB: 21/04/2021"),
                   ("Your ref", "S47/2047731")],
        salutation="Dear Ms Holloway,",
        paras=[
            "Thank you for your request for information as part of your section 47 enquiry. I have reviewed "
            "the records for the family.",
            "Kerry Stanton has a history of anxiety and low mood and was prescribed citalopram in 2020. In "
            "2021 she completed an alcohol screening questionnaire with a score of 18, indicating harmful "
            "drinking, and was given the details of Pathways Recovery Service.",
            "On {d:s12:dots} Ms Stanton attended with bruising to her left forearm, which she said was caused by "
            "a fall on the stairs. The pattern of the bruising, four oval marks on the inner forearm, was "
            "recorded as possibly consistent with a grip. She was asked about her safety at home and said she "
            "felt safe. With hindsight this should have been shared, and I have raised it with our practice "
            "safeguarding lead.",
            "Dean Stanton last attended in 2021 with back pain. He told the nurse that he drank about 40 "
            "units of alcohol a week. There is no record of drug use.",
            "Jack has asthma. Repeat prescriptions for his inhalers have been requested irregularly. Poppy "
            "is not registered with a dentist as far as we know. Ruby's 12-month immunisations were given "
            "late after prompting from the health visitor.",
            "I would be happy to contribute to the conference in writing. Please treat this information as "
            "confidential.",
        ],
        signoff=["Yours sincerely,", "", "Dr Anjali Rao", "GP Partner and Safeguarding Lead"],
    )


def gp_2023_06(c: Case) -> Doc:
    return letter(
        c, "gp/gp-letter-2023-06-02.pdf", title="Harbour Lane Medical Practice - Jack Stanton asthma",
        when=date(2023, 6, 2), date_style="long",
        sender=["Harbour Lane Medical Practice", "41 Harbour Lane", "Northmoor NE99 5QD", "Tel: 01632 960640"],
        recipient=["Jane Holloway", "Social Worker, Children's Social Care", "Northmoor City Council"],
        ref_lines=[("Re", "Jack Stanton, DOB: 03/08/2012, NHS No: " + NHS["Jack"])],
        salutation="Dear Ms Holloway,",
        paras=[
            "I am writing, with his mother's consent, to update you about Jack.",
            "Jack attended the Emergency Department on {d:s25:dots} with an acute asthma attack and needed "
            "oral steroids and nebulisers. His reliever inhaler had run out some weeks earlier and his "
            "preventer had not been used for several months.",
            "I saw Jack with his mother for an asthma review on {d:s26:dots}. His chest was clear and his peak "
            "flow was 85% of predicted. I checked his inhaler technique, which was good, and gave him a new "
            "written asthma action plan. Repeat prescriptions have been set up so that they can be ordered "
            "through the pharmacy app.",
            "Ms Stanton was tearful and said she had \"let things slip\". She accepted that Jack's asthma "
            "could be dangerous if not managed. I have asked the practice nurse to review Jack in three "
            "months.",
        ],
        signoff=["Yours sincerely,", "", "Dr Anjali Rao", "GP Partner"],
    )


# -- school -------------------------------------------------------------------------------------

def attendance_1(c: Case) -> Doc:
    table = ([["Period", "Possible sessions", "Attended", "Authorised absence", "Unauthorised absence", "Attendance"],
              ["Autumn 1 (7 weeks)", "68", "60", "6", "2", "88.2%"],
              ["Autumn 2 (to date)", "14", "11", "2", "1", "78.6%"],
              ["Year to date", "82", "71", "8", "3", "86.6%"]], [3, 2, 2, 2, 2, 2])
    return letter(
        c, "school/attendance-letter-2022-11-10.docx", title="Larkfield Primary School - attendance letter",
        when=date(2022, 11, 10), date_style="ord",
        sender=["Larkfield Primary School", "Larkfield Road, Northmoor NE99 4LP", "Tel: 01632 960301"],
        recipient=["Ms K Stanton", "27 Foxglove Close", "Northmoor NE99 4QT"],
        ref_lines=[("Pupil", "Jack Stanton, Year 6, DOB: 03/08/2012")],
        salutation="Dear Ms Stanton,",
        paras=[
            "This Stage 1 attendance letter{e:s09} is to let you know that Jack's attendance has fallen below "
            "the level we expect. Every day of school matters, and Year 6 is an important year as Jack "
            "prepares for secondary school.",
            "Jack's attendance this term is shown below. Most absences have been reported as illness on the "
            "day, and there have been no medical appointments recorded.",
            table,
            "Rounded, Jack's attendance for the year to date is 87%. We would like to meet with you to see how "
            "we can help. Please contact the school office to arrange a time. If Jack's attendance does not "
            "improve we may need to move to Stage 2 of our attendance procedures.",
            "We have also noticed that Poppy has been late on 11 occasions this term. Breakfast club is "
            "available from 8am and places are free for families who need them.",
        ],
        signoff=["Yours sincerely,", "", "Mrs R. Dunmore", "Deputy Headteacher and Designated Safeguarding Lead"],
    )


def dsl_referral(c: Case) -> Doc:
    d = Doc(c, "school/dsl-referral-2023-03-09.pdf", "Multi-Agency Referral Form - Larkfield Primary School",
            date(2023, 3, 9), author="Larkfield Primary School")
    d.small("Northmoor Safeguarding Children Partnership - Multi-Agency Referral Form (MARF)")
    d.title_("Referral to MASH")
    d.kv("Referrer", "Rachel Dunmore, Deputy Headteacher and DSL, Larkfield Primary School, 01632 960301")
    d.kv("Date and time", "09/03/2023 10:50")
    d.kv("Children", "Jack Stanton (Year 6, DOB: 03/08/2012); Poppy Stanton (Year 3, DOB: 12/06/2015)")
    d.kv("Sibling not at school", "Ruby Stanton (DOB: 21/04/2021)")
    d.kv("Parents", "Kerry Stanton and Dean Stanton, " + HOME)
    d.kv("Known to children's services", "Yes - child in need plan, social worker Jane Holloway")
    d.kv("Parent informed", "Yes, Kerry Stanton by telephone at 10:40; she was upset but did not object")
    d.h1("Reason for referral")
    d.p("This morning, {d:s15:ord_dow}, Poppy disclosed to her class teacher, Miss Ellis, that there had "
        "been a fight at home. Poppy was tearful at the start of the day and would not take her coat off. "
        "When Miss Ellis asked if she was OK, Poppy said \"Mummy was crying in the bathroom and Daddy broke "
        "the telly\".")
    d.p("Miss Ellis did not ask leading questions. Poppy went on to say that Daddy was \"shouting and "
        "throwing things\" and that she hid under her bed. She did not say when this happened. I spoke "
        "with Poppy briefly with Miss Ellis present, and she repeated that Daddy broke the telly.")
    d.h1("Other concerns")
    d.p("Jack was absent from school for three days {d:s14}. Kerry rang each morning to say he had a "
        "stomach bug. On his return Jack was very tired and told his teacher he had been \"looking after "
        "Ruby\". Jack was also absent after Christmas for two days without explanation.")
    d.p("Poppy has been persistently late since {d:s01}, usually arriving between 9.10 and 9.30am. Her "
        "lateness and Jack's attendance led to a Stage 1 attendance letter on {d:s09}, and neither has "
        "improved.")
    d.p("Staff have also noticed that Poppy has had some toileting accidents and that Jack has become more "
        "withdrawn. He has stopped going to football club.")
    d.h1("Attendance this academic year")
    d.table([["Pupil", "Attendance", "Late marks", "Unauthorised absence"],
             ["Jack Stanton", "84.1%", "6", "9 sessions"],
             ["Poppy Stanton", "92.3%", "27", "2 sessions"]], [3, 2, 2, 2])
    d.h1("What the school has done")
    d.p("Jack has a key adult, Mr Okoye, and a daily check-in. Both children are offered a free place at "
        "breakfast club. The school has shared its attendance concerns at the child in need meetings. "
        "Operation Encompass notifications have been received for this family in the past.")
    d.h1("What we are asking for")
    d.p("We are worried that the children are living with domestic abuse and that this is affecting their "
        "emotional wellbeing and attendance. We would like the social worker to follow up Poppy's disclosure "
        "today and to consider whether the current plan is enough to keep the children safe.")
    d.kv("Signature", "R. Dunmore")
    return d


def attendance_2(c: Case) -> Doc:
    table = ([["Week beginning", "Sessions possible", "Sessions attended", "Reason for absence"],
              ["04/09/2023", "8", "8", "-"],
              ["11/09/2023", "10", "8", "Illness (parent call)"],
              ["18/09/2023", "10", "6", "Illness; unexplained"],
              ["25/09/2023", "10", "7", "Unexplained"],
              ["02/10/2023", "10", "6", "Illness (parent call)"],
              ["09/10/2023", "10", "6", "Unexplained; late after registers closed"],
              ["16/10/2023", "6", "4", "Unexplained"]], [3, 2, 2, 4])
    return letter(
        c, "school/attendance-letter-2023-10-18.docx", title="Brackenridge Academy - Stage 2 attendance letter",
        when=date(2023, 10, 18), date_style="long",
        sender=["Brackenridge Academy", "Moor Lane, Northmoor NE99 8BA", "Attendance Office: 01632 960950"],
        recipient=["Ms K Stanton", "27 Foxglove Close", "Northmoor NE99 4QT"],
        ref_lines=[("Student", "Jack Stanton, 7RH, DOB: 03/08/2012")],
        salutation="Dear Ms Stanton,",
        paras=[
            "Jack started Year 7 at Brackenridge Academy on {d:s36}. We are pleased that he has settled into "
            "his tutor group and has joined the football club.",
            "However, Jack's attendance in {d:s40} to date is 71%, which is well below the national expectation "
            "of 96% and is classed as persistent absence. This is a Stage 2 attendance letter{e:s41}.",
            table,
            "We invite you to a Stage 2 attendance meeting on {p:att:long_dow} at 9.00am with Mr Price, Head "
            "of Year 7, and our Education Welfare Officer, to agree an attendance support plan.",
            "If attendance does not improve, the Academy may refer the matter to the local authority, which can "
            "result in a penalty notice. We would much rather work with you and Jack to find out what is "
            "getting in the way of him coming to school.",
        ],
        signoff=["Yours sincerely,", "", "Mrs L. Hartley", "Attendance Officer"],
    )


def pep(c: Case) -> Doc:
    d = Doc(c, "school/pep-2024-01-25.docx", "Personal Education Plan - Jack Stanton", date(2024, 1, 25),
            author="Northmoor Virtual School")
    d.small("Northmoor Virtual School for Children Looked After")
    d.title_("Personal Education Plan (PEP)")
    d.kv("Child", "Jack Stanton, DOB: 03/08/2012, Year 7")
    d.kv("School", "Brackenridge Academy")
    d.kv("Legal status", "Interim care order (section 38)")
    d.kv("Placement", "Kinship foster care with maternal aunt, Tracey Barnes")
    d.kv("Meeting", "25/01/2024, 13:30, Brackenridge Academy")
    d.h1("Attendees")
    d.table([["Name", "Role"],
             ["Jack Stanton", "Young person (joined for the second half)"],
             ["Gareth Price", "Head of Year 7 and Designated Teacher"],
             ["Jane Holloway", "Social Worker"],
             ["Tracey Barnes", "Kinship carer"],
             ["Dawn Pryce", "Virtual School Education Adviser"]], [3, 4])
    d.h1("Summary")
    d.p("This personal education plan meeting{e:s55} reviewed Jack's progress since he became looked after. "
        "Jack started Year 7 at Brackenridge Academy on {d:s36}. His attendance in {d:s40} was 71%, with "
        "many unexplained absences while he was living at home.")
    d.p("Since moving to his aunt's, Jack's attendance has improved sharply. His attendance in {d:s62} to "
        "date is 94%, and he has had no unexplained absences.")
    d.h1("Attendance and progress")
    d.table([["Subject", "Current working at", "Target", "Comment"],
             ["English", "Developing", "Secure", "Reads well; written work needs more detail"],
             ["Maths", "Secure", "Secure+", "Strong mental maths"],
             ["Science", "Developing", "Secure", "Enjoys practical lessons"],
             ["PE", "Secure+", "Excelling", "Picked for the Year 7 football team"]], [2, 2, 2, 4])
    d.h1("Jack's views")
    d.p("Jack said school is \"better now\" because he is not tired all the time. He wants to keep playing "
        "football and would like help with writing. He said he still worries about his mum.")
    d.h1("SMART targets and Pupil Premium Plus")
    d.p("1. Attendance to remain above 95% (Head of Year to monitor weekly). 2. Weekly English tutoring "
        "funded through Pupil Premium Plus. 3. Jack to meet with the school counsellor fortnightly. 4. "
        "Football boots and kit funded.")
    return d


# -- meetings -----------------------------------------------------------------------------------

STRAT_ATTENDEES = [["Marcus Webb", "Team Manager (Chair)", "Children's Social Care"],
                   ["Jane Holloway", "Social Worker", "Children's Social Care"],
                   ["DS Karen Moss", "Detective Sergeant", "Northmoor Constabulary PPU"],
                   ["Claire Bennett", "Health Visitor", "Northmoor Community Health NHS Trust"]]


def strategy_1(c: Case, prose: Prose) -> Doc:
    d = minutes(
        c, "meetings/strategy-meeting-2023-03-13.pdf", title="Strategy Meeting Minutes", org=LA,
        when=datetime(2023, 3, 13, 14, 0), venue="Microsoft Teams", chair="Marcus Webb, Team Manager",
        minute_taker="Lauren Price, Business Support",
        attendees=STRAT_ATTENDEES + [["Rachel Dunmore", "DSL", "Larkfield Primary School"],
                                     ["Michelle Grant", "IDVA", "Safer Futures"]],
        apologies="Dr Anjali Rao, GP (information to follow in writing)",
        subject_line="Jack Stanton (03/08/2012), Poppy Stanton (12/06/2015), Ruby Stanton (21/04/2021)",
        sections=[
            ("Reason for the meeting", [
                "This strategy meeting was convened after the police notification about the incident on "
                "{d:s16:longtime}, when Jack called 999 and Dean Stanton was arrested for assaulting Kerry "
                "Stanton in front of the children. It follows the school referral of {d:s15}, when Poppy "
                "disclosed that her father had broken the television.",
            ]),
            ("Information shared - police", [
                "DS Moss summarised the incident. Kerry had injuries to her lip and neck consistent with her "
                "account of being grabbed by the throat. Dean was interviewed this morning and denied "
                "strangulation. Dean was released on conditional bail {rel:s17} not to contact Kerry directly "
                "or indirectly and not to attend Foxglove Close. A file is being prepared for the CPS.",
                "Police attended a verbal argument at the address on {d:s05}. Kerry also told officers that "
                "Dean pushed her into a door {d:s11}, which was not reported at the time. Dean has a "
                "conviction for affray (2014) and a caution for possession of cannabis (2019).",
                pool(prose, AGENCY["police"], 2),
            ]),
            ("Information shared - school", [
                "Rachel Dunmore shared the referral. Poppy disclosed that \"Daddy broke the telly\". Jack was "
                "absent from school for three days {d:s14}, and staff believe he was at home looking after "
                "Ruby. Both children have attendance and punctuality concerns.",
                pool(prose, AGENCY["school"], 2),
            ]),
            ("Information shared - health", [
                "Claire Bennett said Ruby's immunisations are now up to date, but the family have missed "
                "several health appointments. At the health visitor's visit in June 2022 there was a strong "
                "smell of cannabis and Dean was asleep during the day.",
                pool(prose, AGENCY["health"], 2),
            ]),
            ("Information shared - social care and Safer Futures", [
                "Jane Holloway explained that the children have been on a child in need plan since the "
                "child in need meeting on {d:s10}. Kerry has consistently described the arguments as "
                "\"normal rows\". The plan has not reduced the worries.",
                "Michelle Grant said the MARAC referral has been received and the case will be heard this "
                "month. She will contact Kerry today.",
            ]),
            ("Analysis", [
                pool(prose, WORRIES, 3),
                "The threshold for a section 47 enquiry is met. There is reasonable cause to suspect that all "
                "three children are suffering, or are likely to suffer, significant harm through exposure to "
                "domestic abuse and through neglect of their health and education.",
            ]),
        ],
        decisions=[
            "Single-agency section 47 enquiry led by Children's Social Care; police to continue the criminal "
            "investigation and share the outcome.",
            "Social worker to visit tomorrow morning and see all three children, seeing Jack and Poppy alone.",
            "Safety plan to be agreed with Kerry, including calling 999 if Dean attends the address.",
            "Initial child protection conference to be convened within 15 working days if concerns are substantiated.",
            "GP to be asked for information on both parents.",
        ],
        next_line="Outcome of the section 47 enquiry to be shared with all attendees.",
        event="s18")
    d.h1("Actions")
    d.table([["Action", "Who", "By when"],
             ["Section 47 visit; see all three children, Jack and Poppy alone", "Jane Holloway", "Tomorrow"],
             ["Safety plan with Kerry", "Jane Holloway", "Tomorrow"],
             ["Share police disclosure and bail conditions", "DS Moss", "Today"],
             ["Request GP information for both parents", "Jane Holloway", "Within 3 days"],
             ["Contact Kerry and offer IDVA support", "Michelle Grant", "Today"],
             ["Daily check-ins for Jack and Poppy", "Rachel Dunmore", "Ongoing"]], [5, 3, 2])
    return d


def strategy_2(c: Case, prose: Prose) -> Doc:
    d = minutes(
        c, "meetings/strategy-meeting-2023-06-27.pdf", title="Strategy Meeting Minutes", org=LA,
        when=datetime(2023, 6, 27, 11, 0), venue="Microsoft Teams", chair="Marcus Webb, Team Manager",
        minute_taker="Lauren Price, Business Support",
        attendees=STRAT_ATTENDEES + [["Rachel Dunmore", "DSL", "Larkfield Primary School"],
                                     ["Michelle Grant", "IDVA", "Safer Futures"],
                                     ["Kyle Benson", "Recovery Worker", "Pathways Recovery Service"]],
        apologies="School Nurse",
        subject_line="Jack, Poppy and Ruby Stanton - children subject to child protection plans",
        sections=[
            ("Reason for the meeting", [
                "This strategy meeting was called because police found Dean Stanton at the family home in "
                "breach of his bail conditions {rel:s28}. The children have been subject to child protection "
                "plans since the initial child protection conference on {d:s22}.",
            ]),
            ("Police", [
                "DS Moss said Dean had been at the house for most of the afternoon and evening before the "
                "breach was reported by a neighbour. No assault was disclosed. Dean was arrested for breach "
                "and released by the court with the same bail conditions that were imposed on {d:s17}.",
                "The MARAC action plan from {d:s21} remains in place.",
                pool(prose, AGENCY["police"], 1),
            ]),
            ("Social care", [
                "Jane Holloway said Kerry had told her on several visits that she had no contact with Dean. "
                "Kerry now says Dean has visited \"a few times\" to see the children. Jack told the social "
                "worker that his dad had been coming round on Saturdays.",
                "The social worker also raised Jack's attendance at A&E with an asthma attack on {d:s25} "
                "after his inhaler ran out.",
            ]),
            ("Other agencies", [
                pool(prose, AGENCY["school"], 2),
                pool(prose, AGENCY["dv"], 2),
                pool(prose, AGENCY["drugs"], 2),
            ]),
            ("Analysis", [
                "Kerry has not been able to keep to the safety plan or the written agreement, and the children "
                "have been exposed to contact with their father that professionals did not know about.",
                pool(prose, ANALYSIS_LONG, 2),
            ]),
        ],
        decisions=[
            "Section 47 enquiry to be updated; concerns substantiated.",
            "The review child protection conference to go ahead as planned and to consider a referral to the "
            "legal gateway meeting.",
            "Written agreement to be revisited with Kerry this week.",
            "Police to ask the court to review Dean's bail conditions.",
        ],
        next_line="Review child protection conference as scheduled.",
        event="s29")
    d.h1("Actions")
    d.table([["Action", "Who", "By when"],
             ["Revisit the written agreement with Kerry", "Jane Holloway", "This week"],
             ["Ask the court to review bail conditions", "DS Moss", "Next hearing"],
             ["Update the MARAC action plan", "Michelle Grant", "Next MARAC"],
             ["Breathalyser at each keywork session", "Kyle Benson", "Ongoing"],
             ["Seek legal advice via the gateway meeting", "Marcus Webb", "After the review conference"]], [5, 3, 2])
    return d


def strategy_3(c: Case, prose: Prose) -> Doc:
    d = minutes(
        c, "meetings/strategy-meeting-2023-11-06.pdf", title="Strategy Meeting Minutes", org=LA,
        when=datetime(2023, 11, 6, 12, 0), venue="Civic Centre, Northmoor and Microsoft Teams",
        chair="Marcus Webb, Team Manager", minute_taker="Lauren Price, Business Support",
        attendees=STRAT_ATTENDEES + [["Gareth Price", "Head of Year 7 / DSL", "Brackenridge Academy"],
                                     ["Rachel Dunmore", "DSL", "Larkfield Primary School"],
                                     ["Laura Kaur", "Solicitor", "Legal Services"]],
        apologies="Safer Futures (information shared by email)",
        subject_line="Jack, Poppy and Ruby Stanton",
        sections=[
            ("Reason for the meeting", [
                "This strategy meeting follows the domestic abuse incident {rel:s42} evening, when Dean "
                "Stanton forced his way into the house, assaulted Kerry and pushed Jack, who sustained a cut "
                "to his forehead.",
            ]),
            ("Police", [
                "DS Moss confirmed Dean has been charged with assault occasioning actual bodily harm on Kerry "
                "and common assault on Jack and has been remanded in custody. This is the fourth domestic "
                "abuse incident known to police since the verbal argument on {d:s05}, following the incidents on {d:s16} (when Jack "
                "called 999) and on {d:s28} (when Dean was arrested for breach of bail).",
            ]),
            ("Schools", [
                "Gareth Price said Jack came into school this morning with steri-strips on his forehead and "
                "told his form tutor what had happened. Jack's attendance this term has been poor. Rachel "
                "Dunmore said Poppy was quiet and tearful this morning.",
            ]),
            ("Social care", [
                "Jane Holloway summarised the pre-proceedings history: the legal gateway meeting on {d:s31}, "
                "the letter before proceedings on {d:s32} and the PLO meeting on {d:s33}. The hair strand "
                "results received on {d:s38} showed that Dean was using cocaine and both parents were "
                "drinking excessively.",
                "Kerry has agreed that the children can stay with her sister, Tracey Barnes, while the "
                "local authority seeks legal advice. Tracey has been spoken to and is willing.",
            ]),
            ("Analysis", [
                "For the first time a child has been physically injured. The risk of significant harm is "
                "immediate and the plan under the Public Law Outline has not kept the children safe.",
                pool(prose, ANALYSIS_LONG, 2),
            ]),
        ],
        decisions=[
            "Section 47 enquiry; concerns substantiated.",
            "Children to stay with their maternal aunt under a section 20 agreement from this evening.",
            "Urgent legal planning meeting to consider issuing care proceedings.",
            "Jack to be seen by a doctor for his injury to be recorded (a child protection medical was not "
            "considered necessary as paramedics documented the injury).",
        ],
        next_line="Legal planning meeting to be held as soon as possible.",
        event="s43")
    d.h1("Actions")
    d.table([["Action", "Who", "By when"],
             ["Section 20 agreement and move to maternal aunt", "Jane Holloway", "This evening"],
             ["Connected persons checks on Tracey Barnes", "Jane Holloway", "Today"],
             ["Urgent legal planning meeting", "Marcus Webb, Laura Kaur", "Tomorrow"],
             ["Share charging decision and remand outcome", "DS Moss", "When known"],
             ["Support plan for Jack and Poppy in school", "Gareth Price, Rachel Dunmore", "Today"]], [5, 3, 2])
    return d


CONF_ATTENDEES = [["Kerry Stanton", "Mother", "-"],
                  ["Helen Ashdown", "Child Protection Chair", "Safeguarding and Quality Assurance"],
                  ["Jane Holloway", "Social Worker", "Children's Social Care"],
                  ["Marcus Webb", "Team Manager", "Children's Social Care"],
                  ["Rachel Dunmore", "DSL", "Larkfield Primary School"],
                  ["Claire Bennett", "Health Visitor", "Northmoor Community Health NHS Trust"],
                  ["Michelle Grant", "IDVA", "Safer Futures"],
                  ["PC Dean Farrow", "Police Conference Liaison", "Northmoor Constabulary"]]


def icpc(c: Case, prose: Prose) -> Doc:  # noqa: C901 - long by nature
    kids = prose.fam.children
    sections: list[tuple[str, list[str]]] = [
        ("Purpose of the conference", [
            "The chair explained that this initial child protection conference was convened after the section "
            "47 enquiry agreed at the strategy meeting on {d:s18:ord}. Its task is to decide whether the "
            "children are likely to suffer significant harm and, if so, to agree a child protection plan.",
            "Kerry was supported by her sister, Tracey Barnes, who attended as a support. Dean Stanton was "
            "invited but is subject to bail conditions and attended for the first part of the conference "
            "separately by telephone.",
        ]),
        ("Background and history", [
            "The school has recorded Poppy as persistently late since {d:s01}. Kerry told the conference that "
            "Dean lost his job in {d:s02} and that his drinking increased from that time.",
            "Ruby was not brought to her one-year review on {d:s03:ord}. The health visitor visited at home on "
            "{d:s04:ord}; the health visitor noted a smell of cannabis and that Dean was asleep during the day.",
            "Police attended a verbal argument at the family home on {d:s05:ord}. A single assessment followed, "
            "and a child in need plan was agreed at the child in need meeting on {d:s10:ord}. During a school "
            "visit on {d:s08:ord} Jack told the social worker that he stays in his room with his headphones on "
            "when his parents argue.",
            "Larkfield Primary School sent a Stage 1 attendance letter about Jack on {d:s09:ord}. The child in "
            "need review on {d:s13:ord} noted little change.",
            "Kerry has now said that Dean pushed her into the kitchen door {d:s11}. On {d:s12:ord} she was seen "
            "by her GP with bruising to her forearm, which she said was from a fall.",
            "Jack was absent from school for three days {d:s14}. On {d:s15:ord} Poppy disclosed at school that "
            "her father had broken the television and that her mother was crying.",
            "On {d:s16:ord} Jack called 999 when his father assaulted his mother; Dean was arrested and was "
            "released on bail on {d:s17:ord}. A strategy meeting that afternoon agreed a section 47 enquiry. "
            "Kerry's case was heard at MARAC on {d:s21:ord}.",
        ]),
        ("The children's views and lived experience", [
            "Jack is ten. He has been described by school as a kind and sensible boy who has become withdrawn. "
            "He told the social worker he called 999 because he was scared his dad would hurt his mum. "
            + pool(prose, CHILD_NEEDS["older"], 2, kids[0]),
            "Poppy is seven. At the home visit on {d:s19:ord} Poppy said \"I don't like it when Daddy shouts\". "
            "She has had toileting accidents at school and is often late. "
            + pool(prose, CHILD_NEEDS["young"], 2, kids[1]),
            "Ruby is nearly two. She is a smiley toddler who is meeting most of her milestones, though her "
            "speech is delayed. " + pool(prose, CHILD_NEEDS["baby"], 2, kids[2]),
        ]),
        ("Parents' views", [
            "Kerry said she loves her children and accepts that they have seen and heard things they should "
            "not have. She said she has ended the relationship with Dean and wants to support the plan. She "
            "was upset about the GP information and said she had been too frightened to tell anyone.",
            "Dean said by telephone that he \"isn't a wife beater\" and that Kerry exaggerates. He accepted "
            "that he drinks too much and said he would go to Pathways. He left the call before the decision.",
            pool(prose, PARENT_VIEWS, 2),
        ]),
        ("Agency reports", [
            "Police: " + pool(prose, AGENCY["police"], 2),
            "School: " + pool(prose, AGENCY["school"], 3),
            "Health: " + pool(prose, AGENCY["health"], 3)
            + " The GP's letter sets out the history of Kerry's anxiety and alcohol use.",
            "Safer Futures: " + pool(prose, AGENCY["dv"], 2),
        ]),
        ("What is working well", [pool(prose, STRENGTHS, 5)]),
        ("What are we worried about", [pool(prose, WORRIES, 5), pool(prose, COMPLICATING, 3)]),
        ("Analysis", [pool(prose, ANALYSIS_LONG, 4),
                      "Conference members were unanimous that the children are likely to suffer significant "
                      "harm. For Jack and Poppy the main harm is emotional, through living with domestic "
                      "abuse. For Ruby, the worries about missed health care and supervision mean the "
                      "category of neglect better describes her experience."]),
        ("Child protection plan - outline", [
            "1. Kerry to keep to the safety plan and the written agreement, including no contact between Dean "
            "and the children unless agreed by children's services.",
            "2. Kerry to work with Safer Futures and complete the Freedom Programme.",
            "3. Kerry to be assessed by Pathways Recovery Service; Dean to be referred.",
            "4. School attendance for Jack and Poppy to be monitored weekly; target above 95%.",
            "5. All health appointments to be attended; health visitor to complete Ruby's two-year review.",
            "6. Statutory visits at least every ten working days, with the children seen alone.",
        ]),
    ]
    d = minutes(
        c, "meetings/icpc-minutes-2023-04-03.pdf", title="Initial Child Protection Conference - Minutes",
        org=LA + " - Safeguarding and Quality Assurance", when=datetime(2023, 4, 3, 10, 0),
        venue="Civic Centre, Northmoor (hybrid)", chair="Helen Ashdown, Child Protection Chair",
        minute_taker="Lauren Price, Business Support", attendees=CONF_ATTENDEES,
        apologies="Dr Anjali Rao, GP (report received); Tracey Barnes attended as support for Kerry",
        subject_line="Jack Stanton (03/08/2012), Poppy Stanton (12/06/2015), Ruby Stanton (21/04/2021)",
        sections=sections,
        decisions=[
            "Jack Stanton and Poppy Stanton to be made subject to child protection plans under the category "
            "of emotional abuse.",
            "Ruby Stanton to be made subject to a child protection plan under the category of neglect.",
            "The first core group meeting is to be held on {p:core1} at Larkfield Primary School.",
            "Dean Stanton to be referred to a domestic abuse perpetrator programme.",
        ],
        next_line="A review child protection conference is to be held on {p:rcpc1}.",
        event="s22")
    d.pagebreak()
    d.h1("Appendix A: Danger statements and safety goals")
    d.p("Danger statement: professionals are worried that Jack, Poppy and Ruby will continue to see and hear "
        "their father hurt their mother, that they will be hurt themselves if they are caught up in the "
        "violence, and that they will grow up believing this is normal. We are also worried that when Kerry and "
        "Dean have been drinking or using drugs the children's basic needs, such as food, health care and "
        "getting to school, will not be met.")
    d.p("Safety goal: professionals will know the children are safe when Kerry can show over at least six "
        "months that she keeps Dean away from the home unless contact is agreed, that she calls for help when "
        "she needs it, and that the children go to school every day and to all their health appointments.")
    d.p("Scaling: on a scale of 0 to 10, where 10 means the children are safe enough for the plan to end, the "
        "conference scored 2. Kerry scored 6.")
    d.h1("Appendix B: Child protection plan")
    d.table([["Outcome", "Action", "Who", "Timescale"],
             ["Children are safe from domestic abuse", "Agree and review a safety plan; no contact between Dean "
              "and the children unless agreed", "Kerry, social worker", "Immediately and at every visit"],
             ["", "Complete the Freedom Programme", "Kerry, Safer Futures", "Start within 4 weeks"],
             ["", "Refer Dean to a perpetrator programme", "Social worker", "Within 2 weeks"],
             ["Parental substance misuse is addressed", "Assessment with Pathways; breathalyser at sessions",
              "Kerry, Pathways", "Within 4 weeks"],
             ["Children attend school every day", "Weekly attendance figures; breakfast club; morning routine "
              "support", "School, family support worker", "Weekly"],
             ["Children's health needs are met", "Asthma review for Jack; dental registration for Poppy; Ruby's "
              "two-year review", "Kerry, GP, health visitor", "Within 6 weeks"],
             ["Children's views are heard", "Direct work with Jack and Poppy", "Social worker", "Every visit"],
             ["Plan is reviewed", "Core group every 4 to 6 weeks", "All", "Ongoing"]], [3, 4, 2, 2])
    d.p("The chair reminded everyone that the plan belongs to the family and the professionals together and "
        "that progress will be reviewed at every core group.")
    return d


def rcpc_1(c: Case, prose: Prose) -> Doc:
    kids = prose.fam.children
    d = minutes(
        c, "meetings/review-conference-2023-07-10.pdf", title="Review Child Protection Conference - Minutes",
        org=LA + " - Safeguarding and Quality Assurance", when=datetime(2023, 7, 10, 10, 0),
        venue="Civic Centre, Northmoor", chair="Helen Ashdown, Child Protection Chair",
        minute_taker="Lauren Price, Business Support",
        attendees=CONF_ATTENDEES + [["Nadia Hussain", "School Nurse", "Northmoor Community Health NHS Trust"],
                                    ["Kyle Benson", "Recovery Worker", "Pathways Recovery Service"]],
        apologies="Dean Stanton (did not attend)",
        subject_line="Jack, Poppy and Ruby Stanton",
        sections=[
            ("Introduction", [
                "This review child protection conference was first arranged for {p:rcpc1} and was moved because "
                "the school could not attend. The review child protection conference considered progress since "
                "the initial child protection conference on {d:s22}.",
            ]),
            ("Progress against the plan", [
                "The first core group met on {d:s23}, later than planned, and has met monthly since.",
                "The health visitor completed Ruby's two-year review on {d:s24}; Ruby's speech is delayed and "
                "she has been referred to speech and language therapy.",
                "Jack was taken to A&E with an asthma attack on {d:s25} because his inhaler had run out. The GP "
                "saw him for an asthma review on {d:s26} and repeat prescriptions are now in place.",
                "The school nurse saw Poppy on {d:s27} about daytime wetting, which may be linked to anxiety.",
                "On {d:s28} police found Dean at the family home in breach of his bail conditions. A strategy "
                "meeting on {d:s29} agreed that Kerry had not kept to the written agreement.",
                "Kerry began attending Pathways Recovery Service in {d:s35} and has attended most sessions.",
            ]),
            ("The children", [
                "Jack: " + pool(prose, CHILD_NEEDS["older"], 2, kids[0])
                + " Jack said he wants adults to stop keeping secrets about his dad coming round.",
                "Poppy: " + pool(prose, CHILD_NEEDS["young"], 2, kids[1]),
                "Ruby: " + pool(prose, CHILD_NEEDS["baby"], 2, kids[2]),
            ]),
            ("Agency updates", [
                "School: " + pool(prose, AGENCY["school"], 3),
                "Health: " + pool(prose, AGENCY["health"], 3),
                "Safer Futures: " + pool(prose, AGENCY["dv"], 2),
                "Pathways: " + pool(prose, AGENCY["drugs"], 2),
            ]),
            ("What is working well", [pool(prose, STRENGTHS, 4)]),
            ("What are we worried about", [pool(prose, WORRIES, 4)]),
            ("Analysis", [pool(prose, ANALYSIS_LONG, 3),
                          "The chair noted that the most serious risk, Dean's contact with the family, has not "
                          "reduced, and that Kerry was not open with professionals about it."]),
        ],
        decisions=[
            "All three children to remain subject to child protection plans (Jack and Poppy: emotional abuse; "
            "Ruby: neglect).",
            "The social worker to refer the case to the legal gateway meeting for advice on the Public Law Outline.",
            "Hair strand testing to be requested for both parents.",
            "Kerry to continue with Pathways and Safer Futures.",
        ],
        next_line="Next review child protection conference on {p:rcpc2}.",
        event="s30")
    d.h1("Appendix: updated danger statement and plan")
    d.p("Danger statement (updated): professionals remain worried that Dean will continue to come to the home, "
        "that Kerry will let him in even when she knows it is not safe, and that the children will again see "
        "violence or be hurt. We are also worried that Jack's health and the younger children's development "
        "will suffer if appointments are missed.")
    d.p("Scaling: the conference scored 3 out of 10 (up from 2 at the initial conference). Kerry scored 7.")
    d.table([["Outcome", "Action", "Who", "Timescale"],
             ["Children are safe from domestic abuse", "Revised written agreement; Kerry to tell the social "
              "worker about any contact from Dean", "Kerry, social worker", "This week"],
             ["", "Continue the Freedom Programme", "Kerry, Safer Futures", "Ongoing"],
             ["Parental substance misuse is addressed", "Hair strand tests for both parents", "Social worker",
              "Within 4 weeks"],
             ["School attendance above 95%", "Attendance plan for Jack's move to Brackenridge Academy",
              "Schools, family support worker", "Before September"],
             ["Health needs met", "Asthma plan; continence referral; dental treatment for Poppy",
              "Kerry, school nurse, GP", "Ongoing"],
             ["Legal planning", "Referral to legal gateway meeting", "Team manager", "Within 2 weeks"]],
            [3, 4, 2, 2])
    return d


def core_group(c: Case, prose: Prose) -> Doc:
    d = Doc(c, "meetings/core-group-2023-09-19.docx", "Core Group Meeting - Minutes", date(2023, 9, 19),
            author="Jane Holloway")
    d.small(LA)
    d.title_("Core Group Meeting")
    d.kv("Children", "Jack, Poppy and Ruby Stanton")
    d.kv("Date", "19/09/2023, 10:00")
    d.kv("Venue", "Foxglove Children's Centre")
    d.table([["Attendee", "Role"],
             ["Kerry Stanton", "Mother"], ["Jane Holloway", "Social Worker (chair)"],
             ["Leanne Fox", "Family Support Worker"], ["Claire Bennett", "Health Visitor"],
             ["Rachel Dunmore", "DSL, Larkfield Primary School"], ["Gareth Price", "Head of Year 7, Brackenridge Academy"],
             ["Kyle Benson", "Pathways Recovery Service"]], [3, 4])
    d.p("The core group meeting{e:s39} reviewed the child protection plan and the pre-proceedings plan agreed at "
        "the PLO meeting on {d:s33}.")
    d.h1("Updates")
    d.p("Education: Jack started Year 7 at Brackenridge Academy on {d:s36} and has already missed four days. "
        "Poppy is now in Year 4 and has been on time most mornings.")
    d.p("Health: Poppy had four teeth extracted under general anaesthetic on {d:s34} and is recovering well. "
        "Ruby is waiting for speech and language therapy.")
    d.p("Substance misuse: Kerry began attending Pathways Recovery Service in {d:s35} and has attended 9 of 11 "
        "sessions. Both parents gave hair strand samples on {d:s37}; results are awaited.")
    d.p(pool(prose, AGENCY["dv"], 2))
    d.h1("Actions")
    d.table([["Action", "Who", "By when"],
             ["Share hair strand results with the core group", "Jane Holloway", "When received"],
             ["Attendance support plan for Jack", "Gareth Price", "Next core group"],
             ["Chase SALT appointment for Ruby", "Claire Bennett", "Two weeks"],
             ["Morning routine sessions", "Leanne Fox", "Weekly"]], [4, 2, 2])
    return d


def rcpc_2(c: Case, prose: Prose) -> Doc:
    return minutes(
        c, "meetings/review-conference-2024-01-11.pdf", title="Review Child Protection Conference - Minutes",
        org=LA + " - Safeguarding and Quality Assurance", when=datetime(2024, 1, 11, 10, 0),
        venue="Civic Centre, Northmoor", chair="Helen Ashdown, Child Protection Chair",
        minute_taker="Lauren Price, Business Support",
        attendees=[["Kerry Stanton", "Mother", "-"], ["Jane Holloway", "Social Worker", "Children's Social Care"],
                   ["Tracey Barnes", "Kinship carer", "-"], ["Janet Okafor", "Foster carer", "Northmoor Fostering"],
                   ["Gareth Price", "Head of Year 7", "Brackenridge Academy"],
                   ["Rachel Dunmore", "DSL", "Larkfield Primary School"],
                   ["Claire Bennett", "Health Visitor", "Northmoor Community Health NHS Trust"]],
        apologies="Police; Dean Stanton (in custody)",
        subject_line="Jack, Poppy and Ruby Stanton",
        sections=[
            ("Introduction", [
                "This review child protection conference was planned for {p:rcpc2} and was held two days later "
                "because of the chair's leave. The last review child protection conference was on {d:s30}.",
            ]),
            ("Events since the last review", [
                "On {d:s42} Dean assaulted Kerry and pushed Jack, who cut his forehead. The children moved to "
                "their maternal aunt under section 20 on {d:s44}. The court made interim care orders on {d:s47} "
                "and Ruby moved to her foster carer, Mrs Okafor, on {d:s48}.",
                "Jack and Poppy had their initial health assessment on {d:s49}. The court held a case "
                "management hearing on {d:s50} and set a timetable. The first looked after review was held on "
                "{d:s51}.",
                "Kerry was granted a non-molestation order on {d:s52}. She is currently completing an alcohol "
                "detox programme with Pathways.",
            ]),
            ("Views", [
                "Jack said he likes living with Auntie Tracey but wants to go home when it is safe. Poppy said "
                "she misses Ruby. Kerry said she understands why the children cannot come home yet and is "
                "working hard to change.",
                pool(prose, PARENT_VIEWS, 1),
            ]),
            ("Analysis", [
                "All three children are now looked after under interim care orders, live in safe placements "
                "and have care plans reviewed by an Independent Reviewing Officer. The risks are now managed "
                "through the care plan and the court process.",
            ]),
        ],
        decisions=[
            "The child protection plans for Jack, Poppy and Ruby end today because the children are looked "
            "after and their safety is managed through their care plans.",
            "Information from this conference to be shared with the Independent Reviewing Officer.",
        ],
        next_line="None - child protection plans ended. Issues resolution hearing listed for {p:irh}.",
        event="s54")


# -- court --------------------------------------------------------------------------------------

COURT = "In the Family Court sitting at Northmoor"
CASE_NO = "Case No: NM23C00412"


def swet(c: Case, prose: Prose) -> Doc:
    """The social work evidence statement: the longest narrative, re-telling most events."""
    kids = prose.fam.children
    d = Doc(c, "court/social-work-statement-2023-11-14.pdf", "Social Work Evidence Template (SWET) - Re S",
            date(2023, 11, 14), author="Jane Holloway")
    d.small(COURT + " | " + CASE_NO + " | Children Act 1989, section 31")
    d.title_("Social Work Evidence Template: Re S (Children)")
    d.kv("Applicant", "Northmoor City Council")
    d.kv("Children", "Jack Stanton (DOB: 03/08/2012), Poppy Stanton (DOB: 12/06/2015), Ruby Stanton (DOB: 21/04/2021)")
    d.kv("Statement of", "Jane Holloway, Social Worker, Children's Social Care")
    d.kv("Statement number", "1")
    d.kv("Date", "14/11/2023")
    d.h1("1. Introduction")
    d.p("I am a qualified social worker registered with Social Work England and have been the allocated "
        "social worker for Jack, Poppy and Ruby since the single assessment began in September 2022. I make "
        "this statement in support of the local authority's application, issued today, for interim care "
        "orders{e:s46} under section 38 of the Children Act 1989.")
    d.p("This statement is based on my own involvement, the case records and information from other "
        "professionals. Where I rely on information from others I say so. Dates are taken from the case "
        "record; where a date is approximate I have said so.")
    d.h1("2. The family")
    d.table([["Name", "Relationship", "DOB", "Lives"],
             ["Jack Stanton", "Subject child", "03/08/2012", "Maternal aunt (since {d:s44:long})"],
             ["Poppy Stanton", "Subject child", "12/06/2015", "Maternal aunt (since {d:s44:long})"],
             ["Ruby Stanton", "Subject child", "21/04/2021", "Maternal aunt (since {d:s44:long})"],
             ["Kerry Stanton", "Mother", "14/02/1991", HOME],
             ["Dean Stanton", "Father", "30/07/1988", "HMP Northmoor (remand)"],
             ["Tracey Barnes", "Maternal aunt", "22/10/1986", "3 Heron Walk, Northmoor NE99 2LB"]],
            [3, 2, 2, 4])
    d.h1("3. Summary of the local authority's involvement")
    d.h2("Before children's services became involved")
    d.p("Larkfield Primary School records show Poppy was persistently late from {d:s01}. Kerry has told me "
        "that Dean lost his job as a scaffolder in {d:s02} and that his drinking and cocaine use increased "
        "from then.")
    d.p("Ruby was not brought to her one-year review on {d:s03:ord}. When the health visitor visited the "
        "home on {d:s04:ord}, the health visitor found the home cluttered, a smell of cannabis and Dean asleep "
        "on the sofa in the late morning.")
    d.h2("Single assessment and child in need plan")
    d.p("On {d:s05:long} police attended a verbal argument at the family home in the early hours; the "
        "children were asleep upstairs. MASH decided on {d:s06:long} that a single assessment was needed.")
    d.p("I first visited on {d:s07:long}. At that home visit Kerry described the incident as \"a silly row\". "
        "Jack told me \"They just argue sometimes, it's normal\".")
    d.p("During a school visit on {d:s08:long} Jack told me \"I stay in my room with my headphones on when they "
        "argue\". He said he looks after his sisters when his parents are fighting.")
    d.p("Larkfield Primary School sent Kerry a Stage 1 attendance letter about Jack on {d:s09:long}, when his "
        "attendance was 87%. The assessment concluded at a child in need meeting on {d:s10:long}, and the "
        "children were made subject to a child in need plan.")
    d.p("I now know that Dean pushed Kerry into the kitchen door {d:s11}; Kerry disclosed this to police in "
        "March 2023. On {d:s12:long} Kerry saw her GP with bruising to her forearm and said she had fallen. "
        "The child in need review on {d:s13:long} recorded that Kerry denied any further arguments.")
    d.h2("Section 47 enquiry and child protection plans")
    d.p("Jack was absent from school for three days {d:s14}. On {d:s15:long} Poppy disclosed to her teacher "
        "that \"Mummy was crying in the bathroom and Daddy broke the telly\", and the school made a referral.")
    d.p("Three days later, on {d:s16:long} at about 11.40pm, Jack called 999 because his father was "
        "assaulting his mother. Dean was arrested and was released on bail on {d:s17:long} with conditions "
        "not to contact Kerry or attend the home. A strategy meeting on {d:s18:long} agreed a section 47 enquiry.")
    d.p("At my home visit on {d:s19:long} I saw all three children. Poppy told me \"I don't like it when Daddy "
        "shouts\". Jack said he called 999 because \"Dad wouldn't stop\". Kerry's case was heard at MARAC on "
        "{d:s21:long}.")
    d.p("The initial child protection conference on {d:s22:long} made Jack and Poppy subject to child "
        "protection plans under emotional abuse and Ruby under neglect. The first core group met on "
        "{d:s23:long}.")
    d.p("At Ruby's two-year review on {d:s24:long} the health visitor found that her speech was delayed. On "
        "{d:s25:long} Jack was taken to A&E with a serious asthma attack because his inhalers had run out; "
        "the GP saw him for an asthma review on {d:s26:long}. The school nurse saw Poppy on {d:s27:long} "
        "because of daytime wetting.")
    d.p("On {d:s28:long} police found Dean at the family home in breach of his bail conditions. Kerry "
        "admitted he had been visiting for several weeks. A second strategy meeting took place on {d:s29:long}.")
    d.p("The review child protection conference on {d:s30:long} continued the plans and asked me to seek "
        "legal advice.")
    d.h2("Pre-proceedings")
    d.p("The legal gateway meeting on {d:s31:long} agreed that the threshold criteria were met and that the "
        "Public Law Outline pre-proceedings process should begin. The letter before proceedings was sent to "
        "both parents on {d:s32:long}, and the PLO meeting took place on {d:s33:long}. Both parents attended "
        "with their solicitors and agreed the pre-proceedings plan.")
    d.p("Kerry began attending Pathways Recovery Service in {d:s35}. Poppy had four teeth removed under "
        "general anaesthetic on {d:s34:long} because of tooth decay that had not been treated.")
    d.p("Jack started Year 7 at Brackenridge Academy on {d:s36:long}. His attendance in {d:s40} has been 71%, "
        "and a Stage 2 attendance letter was sent on {d:s41:long}. Kerry cancelled the attendance meeting.")
    d.p("Hair strand samples were taken from both parents on {d:s37:long}. The hair strand results, received "
        "on {d:s38:long}, showed that Dean had been using cocaine regularly and that both parents' alcohol use "
        "was excessive over the three months tested.")
    d.h2("The incident that led to this application")
    d.p("On {d:s42:long} at about 8.50pm Dean forced his way into the house and assaulted Kerry. Jack tried to "
        "pull his father away and was pushed into the door frame, cutting his forehead. Poppy and Ruby saw the "
        "assault. Dean has been charged and remanded in custody.")
    d.p("A strategy meeting on {d:s43:long} agreed that the children could not safely remain at home. That "
        "evening Kerry agreed under section 20 for the children to stay with her sister, Tracey Barnes, on "
        "{d:s44:long}. A legal planning meeting on {d:s45:long} decided to issue care proceedings.")
    d.h2("How the pre-proceedings period went")
    d.p("The pre-proceedings plan agreed at the PLO meeting on {d:s33} had five parts: no contact between Dean "
        "and the children unless agreed; Kerry to keep working with Safer Futures and Pathways; Dean to attend a "
        "perpetrator programme and Pathways; hair strand tests for both parents; and good school attendance.")
    d.p("Kerry engaged with Pathways, and the core group meeting on {d:s39} heard that she had attended 9 of 11 "
        "sessions. She kept most appointments with the family support worker and the home was kept in a good "
        "state. However, the hair strand results of {d:s38} showed that her alcohol use was still excessive, "
        "which she at first denied.")
    d.p("Dean did not attend any service. He told me on the telephone that the letter before proceedings was "
        "\"a joke\" and that he would \"see them in court\". He continued to turn up at the family home, and "
        "Kerry did not tell professionals.")
    d.p("Jack's move to secondary school did not go well. His attendance fell quickly, and Kerry cancelled the "
        "attendance meeting that Brackenridge Academy offered after the Stage 2 attendance letter of {d:s41}.")
    d.p("A review PLO meeting had been arranged, but the incident on Bonfire Night overtook it. The local "
        "authority's view is that the pre-proceedings process was a fair opportunity for the parents to make "
        "changes and that, despite some real progress by Kerry, the central risk from Dean has not reduced.")
    d.h2("Kerry's account")
    d.p("Kerry accepts that the children have seen domestic abuse and that Dean's drinking and drug use have "
        "made things worse. She says she let Dean into the house because she was frightened of what he would "
        "do if she refused, and because the children missed him. She says she now understands that she cannot "
        "manage his behaviour and that she will support a non-molestation order.")
    d.p("Kerry does not accept that her own drinking has affected the children. She says she drinks \"a few "
        "glasses of wine\" after the children are in bed. The hair strand results do not support this account.")
    d.h2("Dean's account")
    d.p("Dean denies assaulting Kerry on any occasion and says the injuries on Bonfire Night happened when Kerry "
        "pushed him first. He says Jack \"got in the way\". He accepts using cocaine \"now and then\" and "
        "says he drinks because he is stressed about money. He says he loves his children and wants them to "
        "live with him.")
    d.h1("4. The children")
    d.h2("Jack")
    d.p("Jack is eleven. He is a caring, sensible boy who enjoys football and gaming. He has taken on a "
        "protective role in the family, looking after his sisters and calling the police. "
        + pool(prose, CHILD_NEEDS["older"], 3, kids[0]))
    d.p("Jack has asthma, which has not always been managed, and his school attendance has fallen each year. "
        "He is anxious about his mother when he is not with her.")
    d.h2("Poppy")
    d.p("Poppy is eight. She is chatty, loves drawing and is doing well with her reading. She has shown her "
        "distress through toileting accidents, lateness and tearfulness at school. "
        + pool(prose, CHILD_NEEDS["young"], 3, kids[1]))
    d.h2("Ruby")
    d.p("Ruby is two and a half. She is a happy, curious toddler. Her speech is delayed and she has missed "
        "health appointments. " + pool(prose, CHILD_NEEDS["baby"], 2, kids[2]))
    d.h1("5. The parents")
    d.h2("Kerry Stanton")
    d.p("Kerry loves her children, and they love her. She has worked with professionals and has made "
        "progress with home conditions and, more recently, with her alcohol use. "
        + pool(prose, STRENGTHS, 2))
    d.p("However, Kerry has repeatedly allowed Dean back into the home despite the safety plan, the written "
        "agreement and his bail conditions, and she has not always been honest about this. "
        + pool(prose, WORRIES, 3))
    d.h2("Dean Stanton")
    d.p("Dean has not engaged with children's services, Pathways or a perpetrator programme. He denies the "
        "violence or blames Kerry. " + pool(prose, COMPLICATING, 2))
    d.h1("6. Threshold")
    d.p("The local authority will say that at the relevant date the children were suffering, and were likely "
        "to suffer, significant harm attributable to the care given to them not being what it would be "
        "reasonable to expect a parent to give. The local authority relies on the following:")
    for line in [
        "(a) The children have been exposed to domestic abuse by their father towards their mother, "
        "including the verbal argument on {d:s05}, the 999 call by Jack on {d:s16}, and the assault on "
        "{d:s42} in which Jack's forehead was cut.",
        "(b) The mother allowed the father into the home in breach of bail on {d:s28} and on other occasions.",
        "(c) The father has misused cocaine and alcohol, as shown by the hair strand results of {d:s38}.",
        "(d) The children's health needs have been neglected: Jack's asthma attack on {d:s25}; Poppy's "
        "untreated tooth decay leading to teeth being extracted on {d:s34}; Ruby not brought to her review on {d:s03}.",
        "(e) Jack's school attendance has been persistently poor, most recently 71% in {d:s40}.",
    ]:
        d.p(line)
    d.h1("7. The children's wishes and feelings")
    d.p("Jack has told me he wants to live with his mum \"when it's safe\" and that he does not want to see "
        "his dad at the moment. Poppy wants to live with her mum and Ruby. Ruby is too young to express a "
        "view; she is most settled when she has a predictable routine.")
    d.h1("8. Realistic options")
    for title, lines in OPTIONS:
        d.h2(title)
        d.p(" ".join(prose.fill(x) for x in lines))
    d.h1("9. Analysis")
    d.p(pool(prose, ANALYSIS_LONG, 5))
    d.h1("10. Interim care plan")
    d.p("The local authority's interim plan is for Jack and Poppy to remain with their maternal aunt, Tracey "
        "Barnes, as kinship foster carers. Tracey cannot care for all three children in the long term, and "
        "the plan is for Ruby to move to an experienced foster carer close by, so that the siblings can see "
        "each other at least weekly.")
    d.p("Family time with Kerry will be supervised three times a week at the Family Time Centre. Family time "
        "with Dean will be considered once the criminal proceedings allow and he has been assessed.")
    d.h1("11. Assessments proposed")
    d.p("An independent social work parenting assessment of Kerry; a connected persons assessment of Tracey "
        "Barnes; further hair strand tests for both parents; and a domestic abuse risk assessment of Dean.")
    swet_welfare(d, prose)
    d.h1("15. Services offered and engagement")
    d.table([["Service", "Offered to", "Engagement"],
             ["Safer Futures IDVA and Freedom Programme", "Kerry", "Kerry's case was heard at MARAC on "
              "{d:s21}; she completed 7 of 12 Freedom Programme sessions"],
             ["Pathways Recovery Service", "Kerry", "Kerry began attending Pathways in {d:s35}; good attendance"],
             ["Pathways Recovery Service", "Dean", "Referred twice; did not attend an assessment"],
             ["Domestic abuse perpetrator programme", "Dean", "Referred; did not attend the assessment"],
             ["Family support worker (Leanne Fox)", "Kerry", "Weekly sessions since the child in need plan; "
              "mostly good engagement"],
             ["Speech and language therapy", "Ruby", "Referred after Ruby's two-year review on {d:s24}; "
              "first appointment attended"],
             ["School nursing and continence service", "Poppy", "Seen by the school nurse on {d:s27}"],
             ["Breakfast club and attendance support", "Jack and Poppy", "Places taken up intermittently"]],
            [3, 2, 5])
    d.h1("16. Risk and protective factors")
    d.p("Risk factors: " + pool(prose, WORRIES, 4))
    d.p("Protective factors: " + pool(prose, STRENGTHS, 4))
    d.p("Complicating factors: " + pool(prose, COMPLICATING, 3))
    d.p("Using the Barnardo's domestic violence risk identification matrix, the local authority assesses the "
        "risk to the children as severe: there has been physical violence in their presence, a child has been "
        "injured, the abuse has escalated over time, and the mother has not been able to keep the father away "
        "from the home despite bail conditions and a written agreement.")
    d.h1("Statement of truth")
    d.p("I believe that the facts stated in this statement are true. I understand that proceedings for "
        "contempt of court may be brought against anyone who makes, or causes to be made, a false statement "
        "in a document verified by a statement of truth without an honest belief in its truth.")
    d.p("Signed: Jane Holloway, Social Worker. Dated: 14/11/2023")
    return d


def ico(c: Case) -> Doc:
    d = Doc(c, "court/interim-care-order-2023-11-16.pdf", "Interim care order and directions - Re S",
            date(2023, 11, 16), author="HMCTS Family Court", header=CASE_NO)
    d.small(COURT)
    d.title_("Order: Interim Care Order (section 38 Children Act 1989) and Directions")
    d.kv("The children", "Jack Stanton (boy, 03/08/2012), Poppy Stanton (girl, 12/06/2015), Ruby Stanton (girl, 21/04/2021)")
    d.kv("Applicant", "Northmoor City Council")
    d.kv("First respondent", "Kerry Stanton (mother)")
    d.kv("Second respondent", "Dean Stanton (father)")
    d.kv("Before", "Her Honour Judge Pemberton, sitting in private")
    d.kv("Hearing", "{d:s47:long}")
    d.h1("Recitals")
    d.p("UPON the local authority's application issued on {d:s46} for care orders in respect of the children.")
    d.p("AND UPON the court reading the social work evidence statement and hearing from counsel for the local "
        "authority, the mother, the father and the children's guardian, Ms Aisha Carter (Cafcass).")
    d.p("AND UPON the court being satisfied that there are reasonable grounds to believe that the threshold "
        "criteria in section 31(2) are met, in particular the incident on {d:s42:long} when Jack sustained a cut "
        "to his forehead, and the history of domestic abuse.")
    d.p("AND UPON the children having moved to the care of their maternal aunt under section 20 on {d:s44:long}.")
    d.p("AND UPON the mother not opposing the making of interim care orders; the father opposing.")
    d.h1("It is ordered that")
    d.p("1. An interim care order is made in respect of each child{e:s47} until the conclusion of the "
        "proceedings or further order.")
    d.p("2. The children's guardian is appointed. Ms Aisha Carter.")
    d.p("3. The local authority shall file and serve an initial care plan for each child by 4pm on {p:icp:long}.")
    d.p("4. The parents shall file responses to threshold by 4pm on {p:thr:long}.")
    d.p("5. The matter is listed for a case management hearing on 12 December 2023 at 10am (time estimate 2 hours).")
    d.p("6. Family time between the mother and the children to take place at the discretion of the local "
        "authority, a minimum of twice a week, supervised.")
    d.p("7. Costs: no order as to costs.")
    d.h1("Summary for the parties (not part of the order)")
    d.p("The court made interim care orders today for all three children. The children will stay where they "
        "are for now, with Ruby expected to move to a foster carer near her aunt's home.")
    d.small("Dated 16 November 2023. Sealed by the court.")
    return d


def cmo(c: Case) -> Doc:
    d = Doc(c, "court/case-management-order-2023-12-12.pdf", "Case management order - Re S", date(2023, 12, 12),
            author="HMCTS Family Court", header=CASE_NO)
    d.small(COURT)
    d.title_("Case Management Order")
    d.kv("Before", "Her Honour Judge Pemberton")
    d.kv("Hearing", "Case management hearing, 12/12/2023{e:s50}")
    d.kv("Attendance", "Counsel for the local authority, both parents (father by video from HMP Northmoor), the "
                       "children's guardian")
    d.h1("Recitals")
    d.p("UPON the court having made interim care orders on {d:s47:long}.")
    d.p("AND UPON Ruby having moved to her foster carer, Mrs Okafor, on {d:s48:long}, and Jack and Poppy "
        "remaining in kinship foster care with their maternal aunt.")
    d.p("AND UPON the court being told that the mother's application for a non-molestation order is listed in "
        "the Family Court on 22 December 2023.")
    d.p("AND UPON the father's criminal trial being listed in the Crown Court in the spring.")
    d.p("AND UPON this case management hearing identifying the key issues as: the risk posed by the father; the "
        "mother's ability to protect the children and to abstain from alcohol; and whether the children can "
        "return to her care.")
    d.h1("It is ordered that")
    for line in [
        "1. Permission is given to instruct an independent social worker to carry out a parenting assessment of "
        "the mother; report to be filed by {p:isw}.",
        "2. Hair strand testing of both parents for alcohol and drugs, covering six months; results to be "
        "filed within four weeks of sampling.",
        "3. The local authority to complete a connected persons assessment of Tracey Barnes.",
        "4. A domestic abuse risk assessment of the father by a specialist.",
        "5. The local authority to file final evidence and care plans by 4pm on {p:lafinal}.",
        "6. The parents and the guardian to file evidence thereafter in accordance with the timetable.",
        "7. Issues resolution hearing on {p:irh} at 10am (time estimate 3 hours).",
        "8. Final hearing commencing {p:final} (time estimate 5 days).",
        "9. The case is to be completed within 26 weeks of issue.",
    ]:
        d.p(line)
    d.small("Dated 12/12/2023")
    return d


# -- emails and telephone note ----------------------------------------------------------------

def _email(c: Case, rel: str, when: datetime, frm: str, to: str, subject: str, mid: str,
           paras: list[str], cc: str | None = None) -> Doc:
    d = Doc(c, rel, subject, when.date(),
            email={"from": frm, "to": to, "cc": cc, "subject": subject, "date": when, "message_id": mid})
    for para in paras:
        d.p(para)
    return d


def email_bail(c: Case) -> Doc:
    return _email(
        c, "email/2023-03-14-police-bail-conditions.eml", datetime(2023, 3, 14, 9, 12),
        "DC Sarah Lunt <sarah.lunt@northmoor-police.example>", "Jane Holloway <jane.holloway@northmoor-cc.example>",
        "RE: Stanton - bail conditions", "<20230314091200.4471@northmoor-police.example>",
        ["Morning Jane,",
         "As promised, an update following the 999 call {rel:s16}. Dean Stanton was interviewed and released "
         "yesterday on conditional bail{e:s17} while we wait for a CPS charging decision.",
         "Bail conditions: not to contact Kerry Stanton directly or indirectly; not to enter Foxglove Close; "
         "to reside at 12 Coldwell Terrace (his brother's address). Bail return date is in April.",
         "The MARAC referral has gone in and the IDVA service has been notified. I have flagged the address "
         "for an urgent response.",
         "Kerry has given a statement but said this morning she is \"not sure\" about going to court. Please let "
         "me know if she says anything to you about contact with Dean.",
         "Regards,", "DC Sarah Lunt 2214\nPublic Protection Unit, Northmoor Constabulary\nTel: 01632 960097"],
        cc="DS Karen Moss <karen.moss@northmoor-police.example>")


def email_school(c: Case) -> Doc:
    return _email(
        c, "email/2023-11-06-school-jack-injury.eml", datetime(2023, 11, 6, 8, 47),
        "Gareth Price <g.price@brackenridge-academy.example>", "Jane Holloway <jane.holloway@northmoor-cc.example>",
        "URGENT - Jack Stanton", "<jack-stanton-20231106-0847@brackenridge-academy.example>",
        ["Dear Jane,",
         "Jack arrived at school this morning with steri-strips on his forehead. He told his form tutor that his "
         "dad pushed him into the door frame {rel:s42} and that is how he cut his forehead. He said the police "
         "came and his dad was taken away.",
         "Jack is quiet but says he is OK. We have given him breakfast and he is with his key adult. We received "
         "an Operation Encompass notification at 7.30am.",
         "Please call me when you can. I will keep Jack in school today unless you advise otherwise.",
         "Kind regards,", "Gareth Price\nHead of Year 7 and Deputy DSL, Brackenridge Academy\n01632 960950"])


def email_family_time(c: Case) -> Doc:
    return _email(
        c, "email/2024-02-06-family-time-concern.eml", datetime(2024, 2, 6, 17, 25),
        "Bethany Cole <bethany.cole@northmoor-cc.example>", "Jane Holloway <jane.holloway@northmoor-cc.example>",
        "Family time today - ended early", "<familytime-20240206-1725@northmoor-cc.example>",
        ["Hi Jane,",
         "I'm sorry to report that family time ended early {rel:s56}. Dean arrived at the Family Time Centre at "
         "4pm although he is not on the plan for family time and has a non-molestation order against him in "
         "respect of Kerry. He appeared to be under the influence, slurring and unsteady.",
         "He shouted at reception when he was refused entry. Jack and Poppy heard him. I ended the session and "
         "the children went back with Tracey. Police were called but Dean had left.",
         "Poppy said to me in the car park \"Daddy smelled funny and his eyes were all weird\". Jack was angry and "
         "would not speak.",
         "Kerry was upset and said she had not told Dean where family time was. Full recording to follow on the "
         "system.",
         "Thanks, Bethany", "Bethany Cole, Family Time Worker"])


def email_iro(c: Case) -> Doc:
    return _email(
        c, "email/2024-03-20-iro-update.eml", datetime(2024, 3, 20, 10, 2),
        "Jane Holloway <jane.holloway@northmoor-cc.example>", "Helen Ashdown <helen.ashdown@northmoor-cc.example>",
        "Stanton children - update before LAC review", "<stanton-iro-20240320-1002@northmoor-cc.example>",
        ["Hi Helen,",
         "Ahead of the looked after review, a short update on the Stanton children.",
         "Kerry completed her community alcohol detox {d:s53} and has been attending Pathways weekly. Her hair "
         "strand results received on {d:s57} were negative for cocaine and consistent with abstinence from alcohol.",
         "Dean was arrested on {d:s58} for breaching the non-molestation order by turning up at Kerry's address. "
         "The independent social worker's parenting assessment sessions with Kerry began {d:s60}.",
         "Jack's attendance in {d:s62} is 94%, which is the best it has been for two years. Poppy is settled at "
         "Larkfield and Ruby is doing well with Mrs Okafor.",
         "Best wishes,", "Jane"])


def phone_note(c: Case) -> Doc:
    d = Doc(c, "case-notes/telephone-note-2024-03-04.txt", "Telephone note", date(2024, 3, 4))
    d.p("TELEPHONE NOTE - typed from handwritten notes")
    d.p("Mon 4 Mar 24 10.20am")
    d.p("Telephone call from DC Sarah Lunt, PPU, to Jane Holloway (SW){e:s59}.")
    d.p("DC Lunt said Dean Stanton was arrested {rel:s58} at about 9pm for breaching the non-molestation order. "
        "He had gone to Kerry's address and was banging on the door demanding to talk to her. Kerry called 999 "
        "and did not let him in. No children were present (all in placement).")
    d.p("Dean has been charged with the breach and bailed to court. DC Lunt said Kerry \"did everything right "
        "this time\".")
    d.p("Action: update the IRO and the guardian. Check on Kerry today. Inform carers so that they are alert "
        "at school pick-up.")
    return d


# -- single assessment ---------------------------------------------------------------------------

CONTACT_LABEL = {"home visit": "Home visit", "telephone call": "Telephone call", "school visit": "School visit",
                 "management oversight": "Management oversight", "text message": "Text message"}


def single_assessment(c: Case, prose: Prose) -> Doc:
    """The child and family assessment that led to the child in need plan."""
    kids = prose.fam.children
    d = Doc(c, "case-notes/single-assessment-2022-11-15.pdf", "Child and Family Assessment - Stanton children",
            date(2022, 11, 15), author="Jane Holloway")
    d.small(LA + " - Assessment Team")
    d.title_("Child and Family Assessment (Single Assessment)")
    d.kv("Children", "Jack Stanton (2047731), Poppy Stanton (2047732), Ruby Stanton (2047733)")
    d.kv("Address", HOME)
    d.kv("Assessment started", "20/09/2022 (MASH decision)")
    d.kv("Assessment completed", "15/11/2022 (40 working days)")
    d.kv("Social worker", "Jane Holloway")
    d.kv("Authorised", "Marcus Webb, Team Manager, 17/11/2022")
    d.h1("1. Reason for the assessment")
    d.p("Police attended a verbal argument between Kerry and Dean Stanton at the family home on {d:s05}. The "
        "children were at home. MASH decided on {d:s06} that a single assessment was needed because of the "
        "children's exposure to parental conflict, the health visitor's worries about cannabis use, and "
        "Ruby's missed health review.")
    d.h1("2. How the assessment was completed")
    rows = [["Date", "Contact", "Who was seen or spoken to"]]
    period = sorted((e for e in c.events.values()
                     if date(2022, 9, 21) <= e.when <= date(2022, 11, 14) and e.precision == "day"
                     and e.key_phrases[0] in CONTACT_LABEL), key=lambda e: e.when)
    for e in period:
        who = {"home visit": "Kerry and the children", "telephone call": e.summary.replace("Telephone call with ", ""),
               "school visit": "Jack and Poppy at school", "management oversight": "Team manager",
               "text message": "Kerry"}[e.key_phrases[0]]
        rows.append([f"{{d:{e.id}}}", CONTACT_LABEL[e.key_phrases[0]], who])
    d.table(rows, [2, 3, 5])
    d.p("Information was also requested from Harbour Lane Medical Practice, the health visiting service, "
        "Larkfield Primary School and Northmoor Constabulary. Dean was seen once at home and declined a "
        "further meeting.")
    d.h1("3. The children's developmental needs")
    d.h2("Jack (10)")
    d.p("Health: Jack has asthma and uses a reliever inhaler; he has not had an asthma review for over a "
        "year. He is a healthy weight. Education: Jack is in Year 6 at Larkfield Primary School. He is "
        "working at the expected standard in maths but below in writing. Larkfield Primary School sent a "
        "Stage 1 attendance letter about him on {d:s09}.")
    d.p("Emotional and behavioural development: Jack is quiet and polite. He has taken on a caring role for "
        "his sisters. During a school visit on {d:s08} Jack said \"I stay in my room with my headphones on "
        "when they argue\". " + pool(prose, CHILD_NEEDS["older"], 2, kids[0]))
    d.p("Identity and relationships: Jack is White British. He is close to his mother and his aunt Tracey "
        "and has a small group of friends from football. He described his dad as \"fun when he's not drinking\".")
    d.h2("Poppy (7)")
    d.p("Health: Poppy is well but has never seen a dentist, and some of her teeth look discoloured. "
        "Education: Poppy is in Year 3 and is a keen reader. She has been persistently late since "
        "{d:s01}, which means she misses phonics at the start of the day.")
    d.p("Emotional and behavioural development: Poppy is lively and chatty at school but anxious at bedtime "
        "and sometimes wets the bed. " + pool(prose, CHILD_NEEDS["young"], 2, kids[1]))
    d.p("Identity and relationships: Poppy is very attached to her mother and to Ruby. She said her best "
        "thing is \"doing dancing with Mummy in the kitchen\".")
    d.h2("Ruby (18 months)")
    d.p("Health: Ruby was not brought to her one-year review on {d:s03}; it was completed late at home when "
        "the health visitor visited on {d:s04}. Her 12-month immunisations were given late. Development: Ruby "
        "is walking and babbling; her speech will need monitoring. "
        + pool(prose, CHILD_NEEDS["baby"], 2, kids[2]))
    d.h1("4. Parenting capacity")
    d.p("Basic care: the children are usually fed and clothed adequately. Home conditions vary; on two "
        "visits the house was cluttered and there were empty alcohol cans in the kitchen.")
    d.p("Ensuring safety: the main worry is the children's exposure to conflict between their parents and to "
        "adults under the influence of alcohol and cannabis. " + pool(prose, WORRIES, 2))
    d.p("Emotional warmth: Kerry is warm and affectionate with the children and they seek her out for "
        "comfort. " + pool(prose, STRENGTHS, 2))
    d.p("Stimulation: the children have toys and books, and Kerry takes them to the park. Ruby has a lot of "
        "screen time.")
    d.p("Guidance and boundaries: Kerry has clear rules about bedtime but finds it hard to keep to them "
        "when she is tired. Dean's behaviour is unpredictable, which makes boundaries inconsistent.")
    d.p("Stability: the family have lived at Foxglove Close for six years. The relationship between Kerry "
        "and Dean is unstable, and they have separated for short periods before.")
    d.h1("5. Family and environmental factors")
    d.p("Family history: Kerry grew up in Northmoor and was known to children's services as a teenager "
        "because of her own mother's alcohol use. Dean grew up in Northmoor and left school at 16. Kerry "
        "said Dean lost his job as a scaffolder in {d:s02} and that money has been very tight since.")
    d.p("Wider family: Kerry's sister, Tracey Barnes, lives ten minutes away and helps with childcare. "
        "Dean's brother lives in Northmoor; Dean stays with him after arguments.")
    d.p("Housing, employment and income: the family rent a three-bedroom house from a housing association. "
        "Kerry works part-time as a cleaner. The family receive Universal Credit and have rent arrears. "
        + pool(prose, COMPLICATING, 2))
    d.h1("6. The children's views")
    d.p("At the first home visit on {d:s07} Jack said \"They just argue sometimes, it's normal\". Poppy "
        "said she likes school and her teacher. Ruby is too young to give her views; she was observed to be "
        "relaxed with her mother.")
    d.h1("7. Parents' views")
    d.p(pool(prose, PARENT_VIEWS, 3))
    d.h1("8. Analysis")
    d.p(pool(prose, ANALYSIS_LONG, 3))
    d.p("Scaling: on a scale of 0 (the children will be harmed) to 10 (the children are safe), professionals "
        "scored 4 and Kerry scored 7.")
    d.h1("9. Outcome")
    d.p("The assessment was presented at the child in need meeting on {d:s10}, which agreed that the "
        "children are children in need under section 17 of the Children Act 1989. A child in need plan has "
        "been agreed with Kerry. It will be reviewed in three months.")
    return d


# -- SWET additions -------------------------------------------------------------------------------

def swet_welfare(d: Doc, prose: Prose) -> None:
    """The welfare checklist section of the statement (section 1(3) Children Act 1989)."""
    kids = prose.fam.children
    d.h1("12. Welfare checklist")
    specifics = {
        "Jack": ["Jack wants to live with his mum when it is safe and to stay at Brackenridge Academy.",
                 "Jack needs help with his anxiety, regular school attendance and good asthma care.",
                 "A move away from his aunt would disrupt Jack's schooling and friendships.",
                 "Jack is an eleven-year-old White British boy who loves football.",
                 "Jack has suffered emotional harm and, on Bonfire Night, physical harm."],
        "Poppy": ["Poppy wants to live with her mum and Ruby.",
                  "Poppy needs a calm home, help with continence and regular dental care.",
                  "Poppy is settled at Larkfield Primary School, and a change of school would be hard for her.",
                  "Poppy is an eight-year-old White British girl who enjoys dancing and drawing.",
                  "Poppy has suffered emotional harm and her dental health has been neglected."],
        "Ruby": ["Ruby is too young to express her wishes; she is most content with a predictable routine.",
                 "Ruby needs attuned care, speech and language support and her health appointments kept.",
                 "Ruby is at a critical age for attachment, and any move must be carefully planned.",
                 "Ruby is a two-year-old White British girl.",
                 "Ruby has been exposed to domestic abuse and her health needs have been neglected."],
    }
    heads = ["Wishes and feelings", "Physical, emotional and educational needs", "Likely effect of change",
             "Age, sex, background and relevant characteristics", "Harm suffered or at risk of suffering"]
    for ch in kids:
        d.h2(ch.first)
        for head, line in zip(heads, specifics[ch.first]):
            extra = pool(prose, CHILD_NEEDS[ch.band(date(2023, 11, 14))], 1, ch)
            d.p(f"{head}: {line} {extra}")
    d.h2("Capability of the parents")
    d.p("Kerry: " + pool(prose, STRENGTHS, 2) + " " + pool(prose, WORRIES, 2))
    d.p("Dean: " + pool(prose, COMPLICATING, 2) + " Dean has not engaged with any assessment or service.")
    d.h2("Range of powers available to the court")
    d.p("The court could make no order, a child arrangements order, a special guardianship order, a supervision "
        "order or a care order. At this interim stage the local authority asks for interim care orders because "
        "the children need protection that section 20 accommodation alone cannot provide, given that the "
        "mother could remove her consent at any time.")
    d.h1("13. Parents' backgrounds")
    d.p("Kerry is 32. She was known to children's services as a teenager because of her mother's drinking and "
        "left home at 16. She met Dean when she was 20. She has worked as a cleaner and a care assistant. She "
        "has a history of anxiety and low mood and says she drinks \"to switch off\".")
    d.p("Dean is 35. He worked as a scaffolder until {d:s02}, when he lost his job after failing to turn up "
        "for work. He has a conviction for affray and a caution for possession of cannabis. Police hold "
        "intelligence that he uses cocaine at weekends.")
    d.h1("14. Sibling relationships and family time")
    d.p("The children are close. Jack is protective of his sisters and Poppy adores Ruby. The local authority "
        "will make sure the siblings see each other at least weekly if they live apart, in addition to "
        "family time with their mother. " + pool(prose, STRENGTHS, 1))
    d.p("The local authority proposes supervised family time with Kerry twice a week at the Family Time "
        "Centre, reviewed after four weeks. Telephone calls can take place between sessions with the carers' "
        "support.")


def lac_review(c: Case, prose: Prose) -> Doc:
    kids = family(date(2023, 12, 14)).children
    d = minutes(
        c, "meetings/lac-review-2023-12-14.pdf", title="Looked After Review - Record and Decisions",
        org=LA + " - Independent Reviewing Service", when=datetime(2023, 12, 14, 10, 0),
        venue="3 Heron Walk (Tracey Barnes's home) and Microsoft Teams",
        chair="Helen Ashdown, Independent Reviewing Officer", minute_taker="Helen Ashdown",
        attendees=[["Kerry Stanton", "Mother", "-"], ["Tracey Barnes", "Kinship carer (Jack and Poppy)", "-"],
                   ["Janet Okafor", "Foster carer (Ruby)", "Northmoor Fostering"],
                   ["Jane Holloway", "Social Worker", "Children's Social Care"],
                   ["Sophie Grant", "Supervising Social Worker", "Northmoor Fostering"],
                   ["Gareth Price", "Designated Teacher", "Brackenridge Academy"]],
        apologies="Dean Stanton (in custody; views sought through his solicitor)",
        subject_line="Jack, Poppy and Ruby Stanton - first review",
        sections=[
            ("How the children came to be looked after", [
                "The children moved to their maternal aunt under section 20 on {d:s44} after the domestic abuse "
                "incident on {d:s42}, when Jack's forehead was cut. The court made interim care orders on "
                "{d:s47}. Ruby moved to her foster carer, Mrs Okafor, on {d:s48}.",
                "At the case management hearing on {d:s50} the court set a timetable and directed assessments.",
            ]),
            ("Jack", [
                "Jack is settled with his aunt and is going to school every day. He had his initial health "
                "assessment on {d:s49}. " + pool(prose, CHILD_NEEDS["older"], 2, kids[0]),
                "Jack said he wants to see his mum more and that he does not want to see his dad yet.",
            ]),
            ("Poppy", [
                "Poppy is happy at her aunt's and is sleeping better. " + pool(prose, CHILD_NEEDS["young"], 2, kids[1]),
                "Poppy said she misses Ruby and wants a sleepover with her.",
            ]),
            ("Ruby", [
                "Ruby has settled well with Mrs Okafor, who describes her as \"a little ray of sunshine\". "
                + pool(prose, CHILD_NEEDS["baby"], 2, kids[2]),
            ]),
            ("Family time", [
                "Family time with Kerry takes place twice a week and is going well. "
                + pool(prose, STRENGTHS, 2),
            ]),
            ("Care plan", [pool(prose, ANALYSIS_LONG, 2)]),
        ],
        decisions=[
            "The interim care plans are endorsed.",
            "Sibling time to take place every weekend at Tracey's home, supported by Mrs Okafor.",
            "Personal education plans for Jack and Poppy to be completed by the end of January.",
            "Referral for therapeutic support for Jack.",
        ],
        next_line="The second looked after review to be arranged after the independent parenting assessment.",
        event="s51")
    d.p("The looked after review was held in the carer's home so that the children could take part. Jack "
        "joined for twenty minutes; Poppy drew a picture for the IRO.")
    return d


def iha(c: Case) -> Doc:
    d = Doc(c, "health/initial-health-assessment-2023-12-07.pdf", "Initial Health Assessment - Jack and Poppy Stanton",
            date(2023, 12, 7), author="Northmoor Community Health NHS Trust")
    d.small("Northmoor Community Health NHS Trust - Community Paediatrics, Children in Care Health Team")
    d.title_("Initial Health Assessment (Children in Care)")
    d.kv("Assessing doctor", "Dr Sunil Mehta, Consultant Community Paediatrician")
    d.kv("Venue", "Mill Street Child Development Centre")
    d.kv("Accompanied by", "Tracey Barnes (kinship carer)")
    d.kv("Consent", "Interim care order; local authority consent and mother informed")
    d.p("Jack and Poppy attended for their initial health assessment today{e:s49}, within the statutory 20 "
        "working days of becoming looked after.")
    d.h1("Jack Stanton, DOB: 03/08/2012, NHS No: " + NHS["Jack"])
    d.p("Past history: asthma since age 4. Jack was taken to A&E with an acute asthma attack on {d:s25} after "
        "his inhalers ran out. No hospital admissions. On {d:s42} he sustained a 1.5cm laceration to his "
        "forehead, which has healed with a small scar.")
    d.table([["Measure", "Result"], ["Height", "146cm (50th centile)"], ["Weight", "38kg (50th-75th centile)"],
             ["BMI", "17.8 (healthy)"], ["Vision", "6/6 both eyes"], ["Peak flow", "310 L/min (90% predicted)"],
             ["Immunisations", "Up to date; HPV due in Year 8"], ["Dental", "Registered; check-up due"]], [2, 5])
    d.p("Emotional health: Strengths and Difficulties Questionnaire completed by Tracey: total difficulties 19 "
        "(high), with high emotional symptom and peer problem scores. Jack described trouble getting to sleep "
        "and worrying about his mum. He said he would like someone to talk to.")
    d.p("Health plan: asthma action plan reviewed and shared with school; referral to the Children in Care "
        "emotional wellbeing service; dental check; review in six months.")
    d.h1("Poppy Stanton, DOB: 12/06/2015, NHS No: " + NHS["Poppy"])
    d.p("Past history: Poppy had four teeth extracted under general anaesthetic on {d:s34} because of decay. "
        "She was seen by the school nurse on {d:s27} because of daytime wetting, and was referred to the "
        "continence service.")
    d.table([["Measure", "Result"], ["Height", "128cm (50th centile)"], ["Weight", "25kg (25th-50th centile)"],
             ["Vision", "6/9 right, 6/6 left - refer to optometry"], ["Continence", "Daytime dry for three weeks; "
              "occasional night wetting"], ["Immunisations", "Up to date"], ["Dental", "Fluoride varnish due"]], [2, 5])
    d.p("Emotional health: SDQ total difficulties 15 (borderline). Poppy is anxious at separations and after "
        "family time. She is chatty and engaged in the assessment and said her favourite thing is \"making "
        "cakes with Auntie Tracey\".")
    d.p("Health plan: optometry referral; continue continence support; dental varnish every three months; "
        "consider play therapy; review in six months.")
    d.h1("Recommendations for the care plan")
    d.p("Both children have health needs that were not always met at home. Their carers should keep all "
        "appointments, and health information should be shared with their mother so that she can take part. "
        "Ruby's initial health assessment will be completed separately by her health visitor.")
    d.kv("Signed", "Dr S. Mehta, 07/12/2023")
    return d
