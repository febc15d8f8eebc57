"""Re S meeting minutes: strategy meetings, child protection conferences, core group, LAC review."""

from __future__ import annotations

from datetime import date, datetime

from ._kinds import minutes
from ._model import Case, Doc
from ._prose import AGENCY, ANALYSIS_LONG, CHILD_NEEDS, COMPLICATING, PARENT_VIEWS, STRENGTHS, WORRIES, Prose
from ._re_s import LA, family
from ._re_s_agency import pool



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
