"""Re A (a child): the small scripted case.

Lily Arden, aged three, lives with her mother Chloe, whose depression has gone untreated.
Nursery notices neglect; a police concern-for-welfare call after an overdose leads to a strategy
meeting and a child protection plan for neglect. Everything here is invented.
"""

from __future__ import annotations

from datetime import date, datetime

from ._kinds import letter, minutes, nhs_number, police_notification
from ._model import Case, Doc

LA = "Northmoor City Council - Children's Social Care"
SW = "Priya Sandhu (Social Worker)"
TM = "Marcus Webb (Team Manager)"
MASH = "Sam Okoro (MASH Social Worker)"
EDT = "Alan Whitby (Emergency Duty Team Social Worker)"


def timeline() -> Case:
    """Every real-world event and every plan in Re A; documents only refer to these."""
    c = Case("re-a", "Re A (A Child)")
    c.meta = {
        "children": [{"name": "Lily Arden", "dob": "2019-10-09"}],
        "local_authority": "Northmoor City Council (fictional)",
        "period": ["2022-09", "2023-07-14"],
    }
    E = c.event
    E("a00", date(2022, 9, 1), "Lily started at Little Acorns Nursery", ("started",),
      precision="month", category="education")
    E("a01", date(2022, 9, 1), "Chloe stopped taking her antidepressant medication (sertraline)",
      ("stopped taking",), precision="season", end=date(2022, 11, 30), label="autumn 2022",
      category="health")
    E("a02", date(2022, 12, 13), "Lily not brought to her developmental review at the child health clinic",
      ("not brought",), category="health")
    E("a03", date(2023, 1, 24), "Health visitor home visit: speech delay, cluttered home, mother's low mood",
      ("health visitor",), category="health")
    E("a04", date(2023, 2, 3), "Lily arrived at nursery hungry and said she had crisps for breakfast",
      ("hungry",), child_quote="Mummy was sleeping and I had crisps for breakfast", category="neglect")
    E("a05", date(2023, 2, 6), "Little Acorns Nursery referral to MASH about neglect",
      ("referral", "nursery"), category="referral")
    E("a06", date(2023, 2, 7), "MASH decision: single assessment", ("single assessment",),
      category="process")
    E("a07", date(2023, 2, 9), "Unannounced home visit: poor home conditions, little food; Lily seen",
      ("home visit",), time="10:30", child_quote="My tummy is rumbly", category="visit")
    E("a08", date(2023, 2, 9), "Telephone call with GP: mother missed appointments, Lily's MMR outstanding",
      ("telephone call", "GP"), time="15:15", significance="routine", category="health")
    E("a09", date(2023, 2, 16), "Chloe seen by GP, diagnosed with moderate depression, sertraline restarted, CMHT referral",
      ("depression",), category="health")
    E("a09r", date(2023, 2, 21), "GP letter received and reviewed by social worker", ("GP letter",),
      significance="admin", category="process")
    E("a10", date(2023, 3, 18), "Police concern-for-welfare call: Chloe had taken an overdose; Lily taken to maternal grandmother under police protection",
      ("overdose",), time="21:10", category="police")
    E("a11", date(2023, 3, 19), "Chloe discharged from hospital after psychiatric liaison assessment",
      ("discharged",), category="health")
    E("a11t", date(2023, 3, 20), "Telephone call with mother after her discharge", ("telephone call",),
      time="09:15", significance="routine", category="contact")
    E("a12", date(2023, 3, 20), "Strategy meeting: section 47 enquiry agreed", ("strategy meeting",),
      time="11:00", category="meeting")
    E("a13", date(2023, 3, 22), "Section 47 visit to Lily at her grandmother's home",
      ("section 47",), time="14:00",
      child_quote="Mummy was poorly and the police lady gave me a biscuit", category="visit")
    E("a13b", date(2023, 3, 31), "Telephone call with maternal grandmother", ("telephone call",),
      significance="routine", category="contact")
    E("a14", date(2023, 4, 11), "Initial child protection conference: child protection plan under neglect",
      ("child protection conference",), category="meeting")
    E("a15", date(2023, 4, 25), "First core group meeting", ("core group",), time="10:00",
      category="meeting")
    E("a16", date(2023, 5, 3), "Chloe's first appointment with CMHT care coordinator",
      ("first appointment",), category="health")
    E("a16t", date(2023, 5, 5), "Telephone call from CMHT care coordinator", ("telephone call",),
      significance="routine", category="health")
    E("a17", date(2023, 5, 12), "Lily returned home to her mother's care", ("returned home",),
      category="placement")
    E("a18", date(2023, 5, 15), "Lily had her MMR second dose at the GP surgery", ("MMR",),
      category="health")
    E("a18v", date(2023, 5, 26), "Home visit: child protection plan", ("home visit",),
      significance="routine", category="visit", child_quote="I helped Nanny make the cake")
    E("a18m", date(2023, 6, 2), "Management oversight", ("management oversight",),
      significance="admin", category="process")
    E("a19", date(2023, 6, 20), "Chloe missed her CMHT appointment", ("missed",), category="health")
    E("a20", date(2023, 6, 22), "Telephone call from maternal grandmother about Chloe's mood",
      ("phoned",), time="11:40", significance="routine", category="contact")
    E("a20v", date(2023, 6, 27), "Home visit: child protection plan", ("home visit",),
      significance="routine", category="visit")
    E("a21", date(2023, 7, 11), "Review child protection conference: plan to continue",
      ("review child protection conference",), category="meeting")
    c.plan("core1", date(2023, 4, 21), "First core group meeting (moved to 25/04/2023)")
    c.plan("rcpc1", date(2023, 7, 4), "Review child protection conference (moved to 11/07/2023)")
    c.plan("rcpc2", date(2023, 10, 10), "Next review child protection conference")
    return c


def documents(c: Case) -> list[Doc]:
    docs = [health_visitor(c), nursery_referral(c), gp_letter(c), police(c), strategy(c),
            icpc(c), email_nursery(c), phone_note(c), rcpc(c), case_notes(c)]
    return docs


def health_visitor(c: Case) -> Doc:
    d = Doc(c, "health/health-visitor-report-2023-01-24.pdf", "Health Visiting Service - Contact Record",
            date(2023, 1, 24), author="Northmoor Community Health NHS Trust")
    d.small("Northmoor Community Health NHS Trust - 0-19 Health Visiting Service, Canal Side Clinic")
    d.title_("Health Visitor Contact Record")
    d.kv("Child", "Lily Arden")
    d.kv("DOB", "09/10/2019")
    d.kv("NHS number", nhs_number(101))
    d.kv("Address", "Flat 6, Weaver House, Canal Street, Northmoor NE99 7DF")
    d.kv("Health visitor", "Claire Bennett, Specialist Community Public Health Nurse")
    d.kv("Contact date", "24/01/2023")
    d.h1("Reason for contact")
    d.p("Lily was not brought to her developmental review at Canal Side Clinic on {d:a02}. Two letters "
        "offering a new appointment were not answered, so a health visitor home visit was arranged "
        "to complete the review and to offer support to Chloe.")
    d.h1("Observations")
    d.p("The health visitor home visit took place at 1.30pm{e:a03}. Chloe answered the door in her dressing gown "
        "and said she had not been feeling herself. The flat was cluttered, with bags of rubbish in the "
        "hallway and unwashed dishes piled in the sink. The heating was on and there was bread, milk "
        "and yoghurts in the fridge.")
    d.p("Lily was watching cartoons on a tablet. She was wearing a vest and a nappy and her hair had not "
        "been brushed. She has a mild nappy rash. She made good eye contact, brought me her toy rabbit "
        "and used single words and a few two-word phrases such as \"more juice\". For a child of three "
        "years and three months this is below the expected range; ASQ-3 scores were below the cut-off "
        "for communication and personal-social skills.")
    d.p("Lily is not yet toilet trained. Chloe said she has not had the energy to start. Lily attends "
        "Little Acorns Nursery, which she started in {d:a00}, but Chloe said she does not always take "
        "her because mornings are a struggle.")
    d.h1("Parental health and wellbeing")
    d.p("Chloe scored 17 on the PHQ-9, indicating moderately severe depression. She said she has felt low "
        "since the autumn and is sleeping much of the day. She told me she stopped taking her "
        "sertraline in {d:a01} because she felt it was not helping. She denied thoughts of "
        "harming herself or Lily. She said her mother, Margaret, helps when she can but works shifts.")
    d.h1("Plan")
    d.p("1. Chloe agreed to book an appointment with her GP this week to discuss her mood and medication. "
        "I will let the GP know about this visit with her consent.")
    d.p("2. Referral to Speech and Language Therapy for Lily; ASQ to be repeated in three months.")
    d.p("3. Advice given on toilet training, bedtime routine and the Healthy Start scheme.")
    d.p("4. Liaison with Little Acorns Nursery regarding attendance. If Chloe does not engage, I will "
        "discuss with the safeguarding children team.")
    d.kv("Signed", "Claire Bennett, Health Visitor, 01632 960418")
    return d


def nursery_referral(c: Case) -> Doc:
    d = Doc(c, "school/nursery-referral-2023-02-06.docx", "Little Acorns Nursery - Referral to MASH",
            date(2023, 2, 6), author="Gemma Lowe")
    d.title_("Multi-Agency Referral Form (MARF)")
    d.kv("Referrer", "Gemma Lowe, Nursery Manager and Designated Safeguarding Lead, Little Acorns Nursery, 01632 960233")
    d.kv("Date of referral", "06/02/2023{e:a05}")
    d.kv("Child", "Lily Arden, DOB: 09/10/2019")
    d.kv("Parent", "Chloe Arden (mother), Flat 6, Weaver House, Canal Street, Northmoor NE99 7DF")
    d.kv("Consent", "Chloe was informed of the referral by telephone and did not object")
    d.h1("Reason for referral")
    d.p("Little Acorns Nursery is making this referral to MASH because of growing concerns about neglect. Lily started "
        "with us in {d:a00} and at first attended well. Since November her attendance has fallen and "
        "when she does attend she is often hungry, in the same clothes as the day before and with a "
        "heavy nappy that has not been changed overnight.")
    d.p("On {d:a04:ord_dow} Lily arrived at 11.20am and was very hungry, eating three helpings at lunch. "
        "When our key worker asked if she had had breakfast, Lily said \"Mummy was sleeping and I had "
        "crisps for breakfast\".")
    d.p("Chloe has told staff that she is \"not coping\" and that she is low. She is polite with staff but "
        "often collects Lily late and has twice not answered when we have called to say Lily was unwell.")
    d.h1("Attendance")
    d.p("Lily is funded for 30 hours a week (Monday to Friday, 8.30am to 2.30pm).")
    d.table([["Half term", "Sessions offered", "Sessions attended", "Attendance"],
             ["Autumn 1 2022", "35", "33", "94%"],
             ["Autumn 2 2022", "35", "22", "63%"],
             ["Spring 1 2023 (to date)", "24", "14", "58%"]], [3, 2, 2, 2])
    d.h1("What is working well")
    d.p("Lily is a sociable little girl who has made friends and enjoys the sand tray and songs. When "
        "Margaret (maternal grandmother) brings her she arrives on time, clean and fed.")
    d.h1("What we are worried about")
    d.p("That Lily's basic needs for food, hygiene and routine are not being met, that her speech is "
        "delayed, and that her mother's mental health may be preventing her from caring for Lily. We "
        "would like children's services to assess and to offer support.")
    d.kv("Signed", "G. Lowe")
    return d


def gp_letter(c: Case) -> Doc:
    return letter(
        c, "gp/gp-letter-2023-02-20.pdf", title="Canal Side Surgery - letter to Children's Social Care",
        when=date(2023, 2, 20), date_style="slash",
        sender=["Canal Side Surgery", "2 Lock Street", "Northmoor NE99 7AB", "Tel: 01632 960771"],
        recipient=["Priya Sandhu", "Social Worker, Children's Social Care", "Northmoor City Council",
                   "Civic Centre, Northmoor NE99 1AA"],
        ref_lines=[("Re", "Chloe Arden, DOB: 02/05/1997, NHS No: " + nhs_number(202)),
                   ("Child", "Lily Arden, DOB: 09/10/2019, NHS No: " + nhs_number(101)),
                   ("Your ref", "SA/3051127")],
        salutation="Dear Ms Sandhu,",
        paras=[
            "Thank you for your telephone call and for the signed consent from Ms Arden to share "
            "information for the purposes of your single assessment.",
            "Ms Arden has a history of depression and anxiety since her teenage years. She was "
            "prescribed sertraline 100mg in 2021. She told me that she stopped taking it in {d:a01} "
            "and did not tell anyone. She did not attend two booked reviews with the practice.",
            "I saw Ms Arden on {d:a09:dots} after the health visitor encouraged her to attend. She "
            "described low mood, poor sleep, loss of appetite and difficulty getting up in the mornings. "
            "My impression is of a moderate depression. I restarted sertraline at 50mg, to increase after "
            "two weeks, and made a referral to the Community Mental Health Team. She denied any thoughts "
            "of self-harm and described her daughter as a protective factor.",
            "Lily is registered with us. Her immunisations are incomplete: her MMR second dose and "
            "pre-school booster are outstanding. She has been seen twice this winter with coughs and "
            "colds and there are no other concerns on her record.",
            "I would be happy to attend any meeting if it would help. Please note this letter contains "
            "third-party information and should not be disclosed without consent.",
        ],
        signoff=["Yours sincerely,", "", "Dr Owen Pritchard", "General Practitioner"],
    )


def police(c: Case) -> Doc:
    return police_notification(
        c, "police/concern-for-welfare-2023-03-18.pdf", force="Northmoor Constabulary",
        title="Child Concern Notification - Concern for Welfare", ref="NC/23/031877/01",
        occurrence="2023-0318-1144", incident=datetime(2023, 3, 18, 21, 10),
        printed=datetime(2023, 3, 20, 8, 14), officer="PC 2290 Amy Tait",
        location="Flat 6, Weaver House, Canal Street, Northmoor NE99 7DF",
        victim="Chloe Arden (DOB: 02/05/1997)", suspect="None - concern for welfare",
        children=["Lily Arden|09/10/2019|Yes|Yes"],
        narrative=[
            "At 20:52 police received a call from a neighbour at Weaver House who reported that a young "
            "child had been crying in the flat next door for more than an hour and that nobody was "
            "answering the door.",
            "Officers arrived at 21:10. Through the letterbox officers could see a child in the hallway. "
            "Entry was forced under section 17 of PACE to save life and limb. Lily was found in the "
            "hallway in a wet nappy, distressed and cold. Chloe Arden was found drowsy on the bedroom "
            "floor and said she had taken an overdose of her tablets about two hours earlier. Empty "
            "blister packs of sertraline and paracetamol were found.",
            "Paramedics attended and Chloe was conveyed to Northmoor General Hospital. She was tearful "
            "and said she \"just wanted to sleep\" and had not meant to leave Lily.",
            "Lily was taken into police protection under section 46 of the Children Act 1989 at 21:55 "
            "and, following a discussion with the Emergency Duty Team, was taken to her maternal "
            "grandmother, Margaret Arden, at 14 Kiln Row, Northmoor NE99 3HP. Checks on Ms Arden senior "
            "were completed with no concerns.",
        ],
        dash="N/A - not domestic abuse. Child risk assessed as HIGH at the time of attendance.",
        dash_notes="Risk factors: a child under five left without care, parental overdose, and a flat "
                   "that was cluttered and cold with very little food.",
        actions=[
            "Police protection ended at 10:00 the next morning, when Chloe agreed to Lily staying with "
            "her grandmother. Referral to MASH and to the Emergency Duty Team. Adult concern referral "
            "for Chloe.",
            "Summary for children's services: police attended the overdose call on {d:a10} at 21:10, "
            "used police protection for Lily and placed her with her grandmother.",
        ],
        event="a10", risk_heading="Risk", risk_label="Risk level")


def strategy(c: Case) -> Doc:
    return minutes(
        c, "meetings/strategy-meeting-2023-03-20.pdf", title="Strategy Meeting Minutes",
        org=LA, when=datetime(2023, 3, 20, 11, 0), venue="Microsoft Teams",
        chair="Marcus Webb, Team Manager", minute_taker="Lauren Price, Business Support",
        attendees=[["Marcus Webb", "Team Manager (Chair)", "Children's Social Care"],
                   ["Priya Sandhu", "Social Worker", "Children's Social Care"],
                   ["DS Karen Moss", "Detective Sergeant", "Northmoor Constabulary PPU"],
                   ["Claire Bennett", "Health Visitor", "Northmoor Community Health NHS Trust"],
                   ["Gemma Lowe", "Nursery Manager / DSL", "Little Acorns Nursery"]],
        apologies="Dr Owen Pritchard, GP (information sent in writing)",
        subject_line="Lily Arden, DOB: 09/10/2019",
        sections=[
            ("Reason for the meeting", [
                "This strategy meeting was convened after police attended the overdose call on "
                "{d:a10:longtime}, when Lily was found alone and distressed and her mother needed hospital "
                "treatment.",
            ]),
            ("Information shared", [
                "Police: DS Moss summarised the police notification. Lily was taken into police protection "
                "and placed with her grandmother after the overdose. There are no previous callouts to the "
                "address and no criminal record for Chloe.",
                "Health: Chloe was discharged {rel:a11} after an assessment by the psychiatric liaison "
                "team, who judged her low risk on discharge and referred her for urgent follow-up by the "
                "Community Mental Health Team. Claire Bennett shared her visit on {d:a03}, when the health "
                "visitor found Lily's speech delayed and Chloe depressed.",
                "Nursery: Gemma Lowe repeated the concerns in the nursery referral of {d:a05}, in "
                "particular Lily arriving hungry and in soiled clothes and attendance of 58%.",
                "GP: the GP letter confirms that Chloe was seen on {d:a09} and diagnosed with depression "
                "and that Lily's immunisations are incomplete.",
                "Social care: Priya Sandhu said the single assessment was in progress and that her home "
                "visit found poor home conditions and very little food.",
            ]),
            ("Analysis", [
                "The threshold for a section 47 enquiry is met: there is reasonable cause to suspect that "
                "Lily is suffering, or is likely to suffer, significant harm through neglect linked to her "
                "mother's untreated mental ill health. Chloe is not thought to pose a deliberate risk to "
                "Lily and was open about what happened.",
            ]),
        ],
        decisions=[
            "Single-agency section 47 enquiry by Children's Social Care; police to take no further action.",
            "Lily to remain with her maternal grandmother under a safety plan agreed with Chloe.",
            "Initial child protection conference to be convened within 15 working days.",
            "Health visitor to share the SALT referral and the ASQ results with the conference.",
        ],
        next_line="Outcome of the section 47 enquiry to be reported to the initial child protection conference.",
        event="a12")


def icpc(c: Case) -> Doc:
    d = minutes(
        c, "meetings/icpc-minutes-2023-04-11.pdf", title="Initial Child Protection Conference - Minutes",
        org=LA + " - Safeguarding and Quality Assurance", when=datetime(2023, 4, 11, 13, 30),
        venue="Civic Centre, Northmoor (hybrid)", chair="Helen Ashdown, Child Protection Chair",
        minute_taker="Lauren Price, Business Support",
        attendees=[["Chloe Arden", "Mother", "-"], ["Margaret Arden", "Maternal grandmother", "-"],
                   ["Priya Sandhu", "Social Worker", "Children's Social Care"],
                   ["Claire Bennett", "Health Visitor", "Northmoor Community Health NHS Trust"],
                   ["Gemma Lowe", "Nursery Manager / DSL", "Little Acorns Nursery"],
                   ["Rob Kendal", "Care Coordinator", "Community Mental Health Team"],
                   ["PC Dean Farrow", "Police Conference Liaison", "Northmoor Constabulary"]],
        apologies="Dr Owen Pritchard (report received)",
        subject_line="Lily Arden, DOB: 09/10/2019",
        sections=[
            ("Purpose of the conference", [
                "The chair explained that the initial child protection conference had been called after "
                "the section 47 enquiry and that its task is to decide whether Lily is likely to suffer "
                "significant harm and, if so, what plan is needed to keep her safe.",
            ]),
            ("Background", [
                "Lily started at Little Acorns Nursery in {d:a00}. Chloe told the conference that she "
                "stopped taking her antidepressants in {d:a01} and that things got steadily worse "
                "over the winter.",
                "Lily was not brought to her developmental review on {d:a02:ord}. The health visitor "
                "completed the review at home on {d:a03:ord}; this was the first time the health visitor "
                "had concerns about home conditions and Chloe's mood.",
                "On {d:a04:ord} Lily arrived at nursery hungry and told staff she had eaten crisps for "
                "breakfast. Little Acorns Nursery made a referral to MASH on {d:a05:ord} and a single assessment "
                "began.",
                "At the unannounced home visit on {d:a07:ord} the social worker found very little food "
                "in the flat and bags of rubbish in the hallway.",
                "Chloe was seen by her GP on {d:a09:ord} and her depression was treated again.",
                "On {d:a10:ord} police forced entry after a neighbour heard Lily crying; Chloe had taken "
                "an overdose and Lily was placed with her grandmother under police protection. Chloe was "
                "discharged from hospital on {d:a11:ord}. A strategy meeting on {d:a12:ord} agreed a "
                "section 47 enquiry.",
            ]),
            ("Lily's views", [
                "Lily is three and a half. During the section 47 visit on {d:a13:ord} she said \"Mummy was "
                "poorly and the police lady gave me a biscuit\". She is described as happy and settled at "
                "her grandmother's, where she has started using the potty.",
            ]),
            ("Parent's views", [
                "Chloe said she is ashamed of what happened and loves Lily more than anything. She said she "
                "did not realise how unwell she had become. She is taking her medication and wants Lily "
                "home. Margaret said she is willing to keep caring for Lily for as long as needed.",
            ]),
            ("Agency reports", [
                "Health visiting: Lily's speech is delayed and she is on the waiting list for speech and "
                "language therapy. She has gained weight since living with her grandmother.",
                "Nursery: attendance since Lily moved to her grandmother's has been 100%, and she arrives "
                "fed, clean and happy.",
                "Mental health: Rob Kendal has been allocated as care coordinator and will see Chloe "
                "fortnightly.",
            ]),
            ("Analysis", [
                "The conference agreed that Lily has experienced neglect. Her basic needs for food, warmth "
                "and supervision were not met, and on one occasion she was left without any care. The "
                "main cause is Chloe's mental ill health, which is now being treated. The strengths are "
                "Chloe's honesty and love for Lily and the grandmother's support.",
            ]),
        ],
        decisions=[
            "Lily Arden to be made the subject of a child protection plan under the category of neglect.",
            "Lily to remain with her maternal grandmother until the core group agrees a plan for her return home.",
            "The first core group meeting is to be held on {p:core1} at Little Acorns Nursery.",
            "Chloe to engage with the Community Mental Health Team and take medication as prescribed.",
            "Health visitor to review Lily's development and immunisations.",
        ],
        next_line="A review child protection conference is to be held on {p:rcpc1}.",
        event="a14")
    d.p("The initial child protection conference closed at 15:20. The chair thanked Chloe and Margaret for their openness.")
    return d


def email_nursery(c: Case) -> Doc:
    d = Doc(c, "email/2023-05-16-nursery-update.eml", "Lily Arden - nursery update", date(2023, 5, 16),
            email={"from": "Gemma Lowe <manager@littleacorns-nursery.example>",
                   "to": "Priya Sandhu <priya.sandhu@northmoor-cc.example>",
                   "cc": "Claire Bennett <claire.bennett@northmoor-community.example>",
                   "subject": "Lily Arden - update for core group",
                   "date": datetime(2023, 5, 16, 9, 5, 0),
                   "message_id": "<lily-arden-20230516-0905@littleacorns-nursery.example>"})
    d.p("Hi Priya,")
    d.p("Just a quick update before the core group. Lily has been in every day since she returned home "
        "{rel:a17}, and Chloe has brought her on time each morning with a packed bag.")
    d.p("Margaret told us Lily had her MMR jab {rel:a18} at the surgery and was a bit grizzly but fine.")
    d.p("Her attendance since the child protection plan started is 89%. Her speech is coming on and she "
        "is now saying short sentences at circle time. No concerns to report this week.")
    d.p("Kind regards,")
    d.p("Gemma Lowe\nNursery Manager and DSL, Little Acorns Nursery\nTel: 01632 960233")
    return d


def phone_note(c: Case) -> Doc:
    d = Doc(c, "case-notes/telephone-note-2023-06-22.txt", "Telephone note", date(2023, 6, 22))
    d.p("TELEPHONE NOTE (typed up from notebook)")
    d.p("Date: Thu 22 Jun 23  11.40am")
    d.p("Caller: Margaret Arden (maternal grandmother) - 01632 960871")
    d.p("Taken by: Priya Sandhu, Social Worker")
    d.p("Margaret phoned to say she is worried about Chloe again{e:a20}. She said Chloe missed her CMHT "
        "appointment {rel:a19} because she \"couldn't face the bus\". Margaret has been staying over most "
        "nights and says Lily is fine, eating well and excited about swimming lessons.")
    d.p("Margaret said Chloe is still taking her tablets but has been sleeping in the afternoons. "
        "Margaret has to go back to full-time shifts from next month and is anxious about how Chloe "
        "will manage on her own.")
    d.p("Advised Margaret I would visit next week and contact Rob Kendal at the CMHT today. Gave her the "
        "EDT number for out of hours.")
    d.p("Action: call CMHT (done 12.15pm - left message for Rob Kendal). Add to core group agenda.")
    return d


def rcpc(c: Case) -> Doc:
    return minutes(
        c, "meetings/review-conference-2023-07-11.docx", title="Review Child Protection Conference - Minutes",
        org=LA + " - Safeguarding and Quality Assurance", when=datetime(2023, 7, 11, 10, 0),
        venue="Civic Centre, Northmoor", chair="Helen Ashdown, Child Protection Chair",
        minute_taker="Lauren Price, Business Support",
        attendees=[["Chloe Arden", "Mother", "-"], ["Margaret Arden", "Maternal grandmother", "-"],
                   ["Priya Sandhu", "Social Worker", "Children's Social Care"],
                   ["Claire Bennett", "Health Visitor", "Northmoor Community Health NHS Trust"],
                   ["Gemma Lowe", "Nursery Manager / DSL", "Little Acorns Nursery"],
                   ["Rob Kendal", "Care Coordinator", "Community Mental Health Team"]],
        apologies="Police (report received)",
        subject_line="Lily Arden, DOB: 09/10/2019",
        sections=[
            ("Introduction", [
                "This review child protection conference was originally planned for {p:rcpc1} and was "
                "moved because the chair was unwell. The review child protection conference considered "
                "progress since the initial conference on {d:a14}.",
            ]),
            ("Progress", [
                "The first core group met on {d:a15} and has met monthly since.",
                "Chloe had her first appointment with the Community Mental Health Team on {d:a16} and "
                "has attended four of five sessions. She missed the appointment on {d:a19}, which she said "
                "was because of anxiety about travelling; the team has offered home visits.",
                "Lily returned home to her mother's care on {d:a17}, with her grandmother staying over "
                "while Chloe's medication settled. Lily had her MMR second dose on {d:a18}.",
                "Nursery attendance is 89% and Lily is talking in short sentences. Home conditions have "
                "been good on every visit since she went home.",
            ]),
            ("Views", [
                "Lily told her social worker she likes her new bed and \"Mummy reads me the gruffalo\". "
                "Chloe said she is proud of the progress and wants the plan to end soon. Margaret said she "
                "is worried about going back to full-time work.",
            ]),
            ("Analysis", [
                "The conference agreed that there has been real progress but that Chloe's recovery is at an "
                "early stage and depends on her grandmother's support, which is about to reduce.",
            ]),
        ],
        decisions=[
            "Lily to remain subject to a child protection plan under the category of neglect.",
            "CMHT to offer home-based appointments and a carers' assessment for Margaret.",
            "Social worker to complete a contingency plan for when Margaret returns to full-time work.",
        ],
        next_line="Next review child protection conference on {p:rcpc2}.",
        event="a21")


def case_notes(c: Case) -> Doc:
    d = Doc(c, "case-notes/case-note-export.docx", "Case note export - Lily Arden", date(2023, 7, 14),
            author="Priya Sandhu")
    d.small(LA)
    d.title_("Recording Export (Case Notes)")
    d.kv("Child", "Lily Arden (ID 3051127), DOB: 09/10/2019")
    d.kv("Exported", "14/07/2023 16:22 by Priya Sandhu")
    d.kv("Date range", "01/02/2023 to 14/07/2023")
    d.kv("Notes", "17 (all note types, oldest first)")
    d.note(datetime(2023, 2, 7, 9, 40), "MASH contact", MASH, [
        "Referral received {rel:a05} from Little Acorns Nursery about neglect. The nursery manager "
        "reports that {rel:a04} Lily arrived hungry at 11.20am and told staff she had crisps for "
        "breakfast while her mother was asleep.",
        "Checks: not known to children's social care. Health visitor Claire Bennett saw the family on "
        "{d:a03} and has concerns about Chloe's mood and Lily's speech. No police information.",
        "Consent: Chloe was spoken to by telephone at 9.20am. She said she had been \"struggling\" and "
        "agreed to an assessment.",
        "MASH decision: single assessment by the Assessment Team, to be allocated today. Threshold: "
        "level 3 (child in need).",
    ], event="a06", trailer=["Recorded on: 07/02/2023 10:02"])
    d.note(datetime(2023, 2, 9, 10, 30), "Home visit", SW, [
        "Unannounced home visit to Flat 6, Weaver House, as part of the single assessment. Chloe answered "
        "after several knocks; she was in pyjamas and said she had just got up.",
        "The flat was cold and smelt of damp. The kitchen bin was overflowing and there were bags of "
        "rubbish in the hallway. The fridge contained a tub of margarine, half a bottle of squash and "
        "a packet of ham past its date. There was no bread or milk. Lily's cot had no sheet on the mattress.",
        "Lily was in the living room watching the television in a vest and nappy. She was happy to see "
        "me and showed me her rabbit. She said \"My tummy is rumbly\". With Chloe's agreement we walked "
        "together to the corner shop and bought bread, milk and fruit, and Lily ate a banana straight away.",
        "Chloe said she has had no energy for months and knows the flat is a mess. She cried when talking "
        "about how she has let Lily down. She has not seen her GP. She agreed I could speak to the GP and "
        "that she would go to nursery this afternoon.",
        "Analysis: Lily's basic needs are not being met consistently. Chloe is open and wants help, but "
        "her low mood appears to be having a significant impact on her ability to care for Lily.",
        "Actions: SW to contact the GP today. Referral to the food bank. Discuss with team manager.",
    ], event="a07", trailer=["Recorded on: 09/02/2023 17:10"])
    d.note(datetime(2023, 2, 9, 15, 15), "Telephone call", SW, [
        "Telephone call to Dr Owen Pritchard, GP at Canal Side Surgery, with Chloe's consent.",
        "Dr Pritchard confirmed that Chloe has not attended two booked medication reviews and that her "
        "last prescription for sertraline was not collected. Lily's MMR second dose and pre-school booster "
        "are outstanding.",
        "Dr Pritchard said he would offer Chloe an urgent appointment next week and would write to me with "
        "the outcome. This is a separate conversation from this morning's visit.",
    ], event="a08")
    d.note(date(2023, 2, 21), "Document received", SW, [
        "GP letter dated 20/02/2023 received from Canal Side Surgery and uploaded to documents. The letter "
        "confirms Chloe was seen by the GP {rel:a09} and diagnosed with moderate depression; sertraline has "
        "been restarted and a CMHT referral made. Lily's immunisations are outstanding.",
    ], event="a09r", extra=["Note type changed from 'Correspondence' on 21/02/2023"])
    d.note(datetime(2023, 3, 18, 22, 30), "EDT contact", EDT, [
        "Call from PC 2290 Tait at 21:40. Police attended the flat at 21:10 this evening after a neighbour "
        "heard a child crying; Chloe Arden had taken an overdose and has been taken to Northmoor General "
        "Hospital by ambulance.",
        "Lily has been taken into police protection. I agreed with the police that she should go to her "
        "maternal grandmother, Margaret Arden, at 14 Kiln Row. I spoke with Margaret by telephone; she "
        "was shocked but calm and able to care for Lily tonight. Checks clear.",
        "Handover to the allocated worker and to MASH on Monday morning.",
    ], event="a10")
    d.note(datetime(2023, 3, 20, 9, 15), "Telephone call", SW, [
        "Telephone call to Chloe. She was discharged from Northmoor General {rel:a11} after being seen by "
        "the psychiatric liaison team and is staying with a friend.",
        "Chloe said she took the overdose {rel:a10} because she felt she could not go on, and that she had "
        "not thought about Lily being on her own. She was very upset. She agreed that Lily should stay "
        "with her grandmother for now and that I could talk to the hospital.",
    ], event="a11t", trailer=["Recorded on: 20/03/2023 12:48"])
    d.note(datetime(2023, 3, 20, 11, 0), "Strategy meeting", SW, [
        "Strategy meeting held on Teams, chaired by Marcus Webb. See separate minutes. Police, health "
        "visitor and nursery attended. Agreed a single-agency section 47 enquiry; Lily to remain with "
        "her grandmother; initial child protection conference to be arranged.",
    ], event="a12")
    d.note(datetime(2023, 3, 22, 14, 0), "Section 47 visit", SW, [
        "Section 47 visit to Lily at her grandmother's home, 14 Kiln Row, to see Lily and complete the "
        "enquiry.",
        "The house was warm and clean. Margaret has set up a bed for Lily in the spare room with a "
        "nightlight and her rabbit. Lily was clean, dressed and playing with play dough.",
        "I asked Lily about the night she came to Nanny's. Lily said \"Mummy was poorly and the police "
        "lady gave me a biscuit\". She said she likes Nanny's house because there are \"lots of "
        "cereals\". She asked when she could see Mummy.",
        "Margaret said she will care for Lily for as long as needed and supervise contact with Chloe.",
        "Outcome: section 47 enquiry complete; concerns substantiated (neglect). Request an initial child "
        "protection conference.",
    ], event="a13")
    d.note(date(2023, 3, 31), "Telephone call", SW, [
        "Telephone call to Margaret Arden. Lily is settled and has been to nursery every day this week. "
        "Chloe has visited three times for tea and Margaret has stayed in the room throughout. "
        "No concerns raised.",
    ], event="a13b")
    d.note(datetime(2023, 4, 11, 15, 45), "Child protection conference", SW, [
        "Initial child protection conference held at the Civic Centre and chaired by Helen Ashdown. Lily is "
        "now subject to a child protection plan under the category of neglect.",
        "The first core group meeting is booked for {p:core1}. A review conference has been set for "
        "{p:rcpc1}. Chloe was upset but said she understood why the plan was needed.",
    ], event="a14")
    d.note(datetime(2023, 4, 25, 10, 0), "Core group meeting", SW, [
        "First core group meeting held at Little Acorns Nursery. It had been planned for {p:core1} but was "
        "moved because the nursery manager was off sick.",
        "Present: Chloe, Margaret, Priya Sandhu, Claire Bennett, Gemma Lowe and Rob Kendal. The written "
        "plan was agreed. Lily's return home is to be considered once Chloe has been seen by the CMHT and "
        "her medication has settled.",
    ], event="a15")
    d.note(date(2023, 5, 5), "Telephone call", SW, [
        "Telephone call from Rob Kendal, CMHT care coordinator. Chloe attended her first appointment with "
        "him {rel:a16} and engaged well. He will see her fortnightly and has referred her for talking "
        "therapy.",
    ], event="a16t")
    d.note(datetime(2023, 5, 12, 16, 0), "Home visit", SW, [
        "Home visit to Weaver House. Lily returned home to her mother's care today, as agreed at the core "
        "group, with her grandmother staying over for the first few weeks.",
        "The flat had been cleaned and decorated with help from Margaret. Lily's bedroom has a new bed, "
        "clean sheets and her toys in boxes. There was plenty of food in the cupboards.",
        "Chloe was bright and said she had been counting the days. Lily ran around showing me her room.",
    ], event="a17")
    d.note(datetime(2023, 5, 26, 13, 15), "Home visit", SW, [
        "Unannounced home visit completed in line with the child protection plan. Chloe was dressed and "
        "the flat was tidy. Lily was at the table doing stickers with Margaret.",
        "Lily showed me a cake she had decorated. She said \"I helped Nanny make the cake\". She looked "
        "well and was wearing clean clothes.",
        "Chloe said she is taking her medication and sleeping better. She is attending the CMHT and has a "
        "date for her first talking therapy session.",
        "Actions: SW to update the core group; next visit within ten working days.",
    ], event="a18v")
    d.note(date(2023, 6, 2), "Management oversight", TM, [
        "Management oversight: I have reviewed the file. Lily's return home has gone well so far. The "
        "contingency plan needs to be written for when Margaret's support reduces. Visits are in timescale.",
    ], event="a18m")
    d.note(datetime(2023, 6, 27, 15, 30), "Home visit", SW, [
        "Home visit following the telephone call from Margaret last week. Chloe was tired but the flat was "
        "clean and there was food in the fridge. Lily was at nursery; I saw her there afterwards and she "
        "was happy and clean.",
        "Chloe admitted she missed her CMHT appointment and said the bus makes her anxious. We agreed she "
        "will ask for home visits and that she will tell me or Margaret if her mood drops.",
        "Actions: SW to speak with CMHT; agenda item for review conference.",
    ], event="a20v")
    d.note(datetime(2023, 7, 11, 12, 30), "Child protection conference", SW, [
        "Review child protection conference held today and chaired by Helen Ashdown. The plan continues "
        "under neglect. Next review set for {p:rcpc2}.",
    ], event="a21")
    return d
