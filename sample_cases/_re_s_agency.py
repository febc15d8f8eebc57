"""Re S agency documents: police notifications, health, GP and school records.

Split from _re_s_docs.py by concern; dates are written through markers as everywhere in the generator.
"""

from __future__ import annotations

from datetime import date, datetime

from ._kinds import letter, nhs_number, police_notification
from ._model import Case, Doc
from ._prose import Child, Prose
from ._re_s import HOME

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
