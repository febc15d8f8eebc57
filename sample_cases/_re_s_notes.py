"""Re S case-note exports: a PDF for 2022-2023 and a DOCX for 2024, Mosaic-style.

Key notes are written here by hand; routine notes were composed in the timeline (``c.notes``).
Each note starts with the splitter's header line:
``Case Note: dd/mm/yyyy HH:MM | Type | Recorded by: Name (Role)``.
"""

from __future__ import annotations

from datetime import date, datetime

from ._model import Case, Doc
from ._re_s import LA, MASH, SW, TM, RoutineNote

SUBJECTS = "Subjects: Jack Stanton (2047731); Poppy Stanton (2047732); Ruby Stanton (2047733)"
LEGAL = "Laura Kaur (Solicitor, Legal Services)"


def K(when: datetime | date, ntype: str, author: str, body: list[str], event: str,
      extra: list[str] | None = None, trailer: list[str] | None = None) -> RoutineNote:
    """A hand-written key note (a date without a time prints no time in the header)."""
    show = isinstance(when, datetime)
    dt = when if isinstance(when, datetime) else datetime(when.year, when.month, when.day, 12, 0)
    return RoutineNote(dt, ntype, author, body, event, show, extra or [], trailer or [])


def key_notes() -> list[RoutineNote]:
    return [
        K(datetime(2022, 9, 20, 9, 30), "MASH contact", MASH, [
            "Police notification received regarding a verbal argument at 27 Foxglove Close in the early hours "
            "{rel:s05}. Officers recorded DASH as standard. The three children were at home and asleep.",
            "Checks: not previously known to children's social care. The health visitor reports that Ruby was "
            "not brought to her one-year review on {d:s03}, and that at the health visitor's home visit on "
            "{d:s04} there was a strong smell of cannabis.",
            "School: Larkfield Primary report that Jack's attendance last year was 91% and that Poppy is often late.",
            "Kerry was contacted for consent at 9.10am and agreed to an assessment, saying it was \"just a row\".",
            "MASH decision: single assessment, as three children are living with parental conflict and possible "
            "substance misuse. Allocated to Jane Holloway, Assessment Team.",
        ], "s06", trailer=["Decision authorised by MASH Team Manager 20/09/2022 11:02"]),
        K(datetime(2022, 9, 26, 15, 45), "Home visit", SW, [
            "Announced home visit to 27 Foxglove Close to start the single assessment. Kerry and all three "
            "children were at home. Dean was working a cash-in-hand job and has agreed to meet me next week.",
            "Kerry said the police came because of \"a silly row\" about money. She said Dean lost his job in "
            "{d:s02} and has been drinking more since. She denied any violence and said the neighbour \"has it "
            "in for us\".",
            "The house was cluttered but warm, with food in the cupboards. Ruby's cot is still in her parents' "
            "room. There were several empty cans of cider in the kitchen.",
            "I spoke with Jack on his own in his bedroom. He was polite but guarded. When I asked about the "
            "night the police came, Jack said \"They just argue sometimes, it's normal\". He said he puts his "
            "headphones on and plays his games.",
            "Poppy showed me her unicorn collection and chatted about school. Ruby was toddling around the "
            "living room and was clean and well dressed.",
            "Analysis: Kerry is minimising. Jack's comment suggests arguments are frequent and that he has found "
            "his own way of coping.",
            "Actions: see Jack and Poppy at school; request information from the GP and health visitor.",
        ], "s07", extra=[SUBJECTS, "Recorded on: 27/09/2022 09:14"]),
        K(datetime(2022, 10, 19, 13, 30), "School visit", SW, [
            "School visit to Larkfield Primary School to see Jack and Poppy on their own.",
            "Jack and I did a three houses activity. In his house of worries he drew his mum and dad shouting. "
            "He said \"I stay in my room with my headphones on when they argue\". He said sometimes he takes Ruby "
            "into his room with him.",
            "Poppy drew her family and put Ruby's cot in her own bedroom \"so she doesn't hear\". She would not "
            "say more.",
            "The DSL, Rachel Dunmore, said Jack's attendance has dropped since September and Poppy is late most "
            "days.",
        ], "s08", extra=[SUBJECTS]),
        K(datetime(2022, 11, 15, 10, 0), "Child in need meeting", SW, [
            "Child in need meeting held at Larkfield Primary School to conclude the single assessment. Present: "
            "Kerry, Jane Holloway, Rachel Dunmore, Claire Bennett. Dean did not attend.",
            "The school said a Stage 1 attendance letter was sent to Kerry {rel:s09} because Jack's attendance "
            "is 87%.",
            "Outcome: the children are children in need. Child in need plan agreed: Kerry to attend Safer "
            "Futures drop-in; family support worker Leanne Fox to help with routines; Dean to be referred to "
            "Pathways; school attendance to be monitored.",
        ], "s10", extra=[SUBJECTS]),
        K(datetime(2023, 1, 24, 14, 0), "Child in need review", SW, [
            "Child in need review meeting at Larkfield Primary School. Kerry attended; Dean did not.",
            "Kerry said there have been no arguments and Dean is \"doing better\". School reported Jack's "
            "attendance is unchanged and that he missed two days after Christmas. Leanne Fox has completed four "
            "sessions on routines.",
            "Plan continues. Review in three months.",
        ], "s13", extra=[SUBJECTS]),
        K(datetime(2023, 3, 9, 11, 20), "MASH contact", MASH, [
            "Referral received today from Larkfield Primary School. Poppy disclosed to her class teacher this "
            "morning that \"Mummy was crying in the bathroom and Daddy broke the telly\".",
            "The school also reports that Jack was absent from school for three days {d:s14}, and that he told "
            "staff he had been looking after Ruby.",
            "The case is open to Jane Holloway (child in need). Information passed to Jane and her team manager "
            "for follow-up today.",
        ], "s15", extra=[SUBJECTS]),
        K(datetime(2023, 3, 13, 9, 20), "Telephone call", SW, [
            "Police notification received this morning: at 23:40 {rel:s16}, Jack called 999 because his father "
            "was assaulting his mother. Dean was arrested.",
            "Telephone call to Kerry. She was tearful and said her neck was sore. She said she had not wanted "
            "Jack to see it. She agreed that the children would stay with her and that Dean would not come to "
            "the house. She has not been told yet about bail.",
            "Discussed with Marcus Webb; strategy meeting arranged for 2pm today.",
        ], "s16t", extra=[SUBJECTS]),
        K(datetime(2023, 3, 13, 14, 0), "Strategy meeting", SW, [
            "Strategy meeting held on Teams and chaired by Marcus Webb; see separate minutes. DS Moss confirmed "
            "that Dean was released on conditional bail today, not to contact Kerry or attend the address.",
            "Agreed: section 47 enquiry; SW to visit tomorrow morning and see the children alone.",
        ], "s18", extra=[SUBJECTS]),
        K(datetime(2023, 3, 14, 10, 15), "Home visit", SW, [
            "Section 47 home visit to 27 Foxglove Close. Kerry was at home with Ruby; Jack and Poppy had been "
            "kept off school at my request so that I could see them.",
            "Kerry had a visible bruise on her lip and marks on her neck. She said Dean has been \"different\" "
            "since he lost his job and that he uses cocaine at weekends.",
            "I saw Poppy on her own in her bedroom. She said \"I don't like it when Daddy shouts\". She said she "
            "put her hands over her ears and hid under her duvet.",
            "Jack told me that when he called 999 {rel:s16} he was scared his dad would hurt his mum. He was "
            "proud and upset at the same time. He said \"Dad wouldn't stop\".",
            "Ruby was in the living room and appeared well. The television was missing; Kerry said it was broken.",
            "Safety plan agreed with Kerry: she will call 999 if Dean comes to the house; Jack knows how to "
            "call too; Kerry will stay with her sister if she feels unsafe.",
        ], "s19", extra=[SUBJECTS, "Recorded on: 14/03/2023 18:32"]),
        K(datetime(2023, 3, 14, 15, 40), "Telephone call", SW, [
            "Telephone call from Kerry. She said Dean has been texting her since his release on bail {rel:s17}, "
            "saying he is sorry and wants to come home. She has not replied.",
            "She asked about a non-molestation order. I gave her the details of Safer Futures and the local "
            "family law clinic. This is a separate contact from this morning's home visit.",
            "Advised her to screenshot the messages and share them with DC Lunt.",
        ], "s20"),
        K(date(2023, 3, 24), "Telephone call", SW, [
            "Telephone call from Michelle Grant, IDVA. Kerry's case was heard at MARAC {rel:s21}. Actions "
            "include a police marker on the address, target hardening and a referral to the Freedom Programme.",
        ], "s21t"),
        K(datetime(2023, 4, 3, 12, 30), "Child protection conference", SW, [
            "Initial child protection conference held today, chaired by Helen Ashdown. Jack and Poppy are subject "
            "to child protection plans under emotional abuse; Ruby under neglect.",
            "The first core group meeting is set for {p:core1}. Review conference on {p:rcpc1}.",
            "Kerry was upset after the conference and said she felt \"ganged up on\". I spent time with her "
            "afterwards to go through the plan.",
        ], "s22", extra=[SUBJECTS]),
        K(datetime(2023, 4, 18, 13, 30), "Core group meeting", SW, [
            "First core group meeting held at Larkfield Primary School. It had been planned for {p:core1} but was "
            "moved because the health visitor was on leave.",
            "The written plan and the written agreement were signed by Kerry. Dean has not engaged.",
        ], "s23", extra=[SUBJECTS]),
        K(date(2023, 4, 28), "Telephone call", SW, [
            "Telephone call with Claire Bennett, health visitor. She completed Ruby's two-year review {rel:s24} "
            "and has referred Ruby to speech and language therapy because of delayed speech.",
        ], "s24t"),
        K(datetime(2023, 5, 22, 9, 10), "Telephone call", SW, [
            "Telephone call from Kerry. Jack was taken to A&E by ambulance with an asthma attack {rel:s25}. He was "
            "discharged the same night. Kerry said his inhaler had run out and she had forgotten to order more.",
            "Advised Kerry to book the GP review today. ED discharge summary requested.",
        ], "s25t", extra=[SUBJECTS]),
        K(datetime(2023, 6, 26, 9, 0), "Telephone call", SW, [
            "Police notification received: Dean was arrested in breach of his bail conditions at the family home "
            "{rel:s28}. The children were in the house.",
            "Telephone call to Kerry. She admitted Dean had been coming round to see the children. Strategy "
            "meeting requested for tomorrow.",
        ], "s28t", extra=[SUBJECTS]),
        K(datetime(2023, 6, 27, 11, 0), "Strategy meeting", SW, [
            "Second strategy meeting held on Teams following the bail breach; see separate minutes. Concerns "
            "substantiated; written agreement to be revisited.",
        ], "s29"),
        K(datetime(2023, 7, 10, 12, 45), "Child protection conference", SW, [
            "Review child protection conference held today. It had been set for {p:rcpc1} but was moved because "
            "school could not attend.",
            "Plans continue for all three children. Next review on {p:rcpc2}. Legal advice to be sought.",
        ], "s30", extra=[SUBJECTS]),
        K(date(2023, 7, 19), "Legal gateway meeting", TM, [
            "Legal gateway meeting chaired by the Head of Service with Legal Services. The threshold for care "
            "proceedings is met, but the children can remain at home with a plan under the Public Law Outline.",
            "Decision: pre-proceedings. Letter before proceedings to be sent.",
        ], "s31"),
        K(date(2023, 7, 24), "Legal", SW, [
            "Letter before proceedings sent to Kerry and Dean by recorded delivery and by hand. Both have been "
            "given the list of local family law solicitors.",
        ], "s32"),
        K(datetime(2023, 8, 8, 10, 0), "PLO meeting", SW, [
            "PLO meeting held at the Civic Centre, chaired by Marcus Webb, with Laura Kaur from Legal Services. "
            "Kerry attended with her solicitor; Dean attended late with his solicitor.",
            "Pre-proceedings plan agreed: hair strand tests; Kerry to continue with Pathways and Safer Futures; "
            "Dean to attend a perpetrator programme; no unsupervised contact between Dean and the children.",
            "A review PLO meeting is booked for {p:plo2}.",
        ], "s33", extra=[SUBJECTS]),
        K(date(2023, 8, 23), "Document received", SW, [
            "Letter received from Northmoor Dental Hospital and uploaded. Poppy had four teeth extracted under "
            "general anaesthetic {rel:s34} because of decay.",
        ], "s34r"),
        K(date(2023, 9, 5), "Case note", SW, [
            "Kerry and Dean attended the testing clinic today and gave hair strand samples (alcohol and drugs, "
            "three months).",
            "Kerry said Jack started Year 7 at Brackenridge Academy {rel:s36} and came home happy.",
        ], "s37"),
        K(datetime(2023, 9, 19, 10, 0), "Core group meeting", SW, [
            "Core group meeting held at Foxglove Children's Centre; see separate minutes.",
        ], "s39"),
        K(date(2023, 9, 26), "Document received", SW, [
            "Hair strand results received from the laboratory. Dean: cocaine at levels consistent with regular "
            "use and alcohol markers consistent with chronic excessive drinking. Kerry: alcohol markers "
            "consistent with excessive drinking; no drugs detected.",
            "Shared with Legal Services and the core group.",
        ], "s38"),
        K(date(2023, 10, 19), "Telephone call", SW, [
            "Telephone call with Lisa Hartley, attendance officer at Brackenridge Academy. A Stage 2 attendance "
            "letter was sent to Kerry {rel:s41}.",
            "Jack's attendance in {d:s40} so far is 71%, with many unexplained absences.",
        ], "s41t"),
        K(date(2023, 10, 31), "Telephone call", SW, [
            "Telephone call from Kerry. She has cancelled the Stage 2 attendance meeting on {p:att} because she "
            "has a Pathways appointment. I asked her to rearrange it with school.",
        ], "s41c"),
        K(datetime(2023, 11, 6, 9, 5), "Telephone call", SW, [
            "Email received from Gareth Price at Brackenridge: Jack came into school with a cut to his forehead "
            "after his father pushed him {rel:s42}.",
            "Telephone call to Kerry. She said Dean turned up drunk after the fireworks and forced his way in. "
            "Dean has been arrested. Kerry agreed the children should not be at home tonight.",
        ], "s42t", extra=[SUBJECTS]),
        K(datetime(2023, 11, 6, 12, 0), "Strategy meeting", SW, [
            "Third strategy meeting held; see separate minutes. Children to stay with maternal aunt under "
            "section 20 from this evening; urgent legal planning meeting.",
        ], "s43"),
        K(datetime(2023, 11, 6, 17, 30), "Placement", SW, [
            "Section 20 agreement signed by Kerry at 17:30. Jack, Poppy and Ruby taken to Tracey Barnes's home at "
            "3 Heron Walk with their belongings. The children were tired but settled with their aunt.",
            "Emergency connected persons checks completed with no concerns.",
        ], "s44", extra=[SUBJECTS]),
        K(date(2023, 11, 7), "Legal planning meeting", SW, [
            "Legal planning meeting with Laura Kaur and Marcus Webb. Decision to issue care proceedings and seek "
            "interim care orders. Tracey can care for Jack and Poppy but not Ruby in the longer term.",
        ], "s45"),
        K(date(2023, 11, 14), "Court", LEGAL, [
            "Care proceedings application issued today in the Family Court at Northmoor with the social work "
            "evidence statement. Hearing for interim care orders listed for Thursday.",
        ], "s46"),
        K(datetime(2023, 11, 16, 15, 30), "Court hearing", SW, [
            "Interim care orders made today for all three children by HHJ Pemberton. The mother did not oppose; "
            "the father opposed. The children's guardian is Aisha Carter.",
        ], "s47", extra=[SUBJECTS]),
        K(date(2023, 11, 17), "Placement move", SW, [
            "Ruby moved today to her foster carer, Janet Okafor, who lives ten minutes from Tracey. Ruby cried "
            "when Tracey left but settled with a bottle and her blanket.",
        ], "s48"),
        K(date(2023, 12, 7), "Health", SW, [
            "Jack and Poppy attended their initial health assessment today at the community paediatric clinic "
            "with Tracey. Health plans to follow.",
        ], "s49"),
        K(date(2023, 12, 12), "Court hearing", SW, [
            "Case management hearing today. Directions for an independent social work assessment, hair strand "
            "testing and a domestic abuse risk assessment of Dean.",
        ], "s50"),
        K(date(2023, 12, 14), "Looked after review", SW, [
            "First looked after review for all three children, chaired by Helen Ashdown as IRO. Care plans "
            "endorsed.",
        ], "s51"),
        K(date(2023, 12, 22), "Telephone call", SW, [
            "Telephone call from Kerry. She was granted a non-molestation order against Dean today{e:s52}, lasting "
            "twelve months.",
        ], "s52t"),
        # 2024
        K(datetime(2024, 1, 11, 12, 30), "Child protection conference", SW, [
            "Review child protection conference held today (it had been set for {p:rcpc2}). The child protection "
            "plans ended because the children are looked after.",
        ], "s54"),
        K(datetime(2024, 1, 18, 11, 0), "Home visit", SW, [
            "Home visit to Kerry at Foxglove Close. Kerry completed a community alcohol detox programme with "
            "Pathways {d:s53} and looked well.",
            "The house was clean and tidy and the fridge was full. There was no alcohol in the house.",
            "Kerry said she feels \"clear-headed for the first time in years\" and wants to prove she can keep "
            "the children safe.",
        ], "s53v"),
        K(datetime(2024, 1, 25, 13, 30), "Education", SW, [
            "Personal education plan meeting for Jack at Brackenridge Academy; see the PEP document.",
        ], "s55"),
        K(datetime(2024, 2, 6, 16, 0), "Family time", "Bethany Cole (Family Time Worker)", [
            "Family time ended early today after Dean arrived at the centre under the influence. Jack and Poppy "
            "heard him shouting at reception.",
            "In the car park Poppy said \"Daddy smelled funny and his eyes were all weird\".",
            "Kerry was distressed and said she had not told Dean about family time.",
        ], "s56"),
        K(date(2024, 2, 20), "Document received", SW, [
            "Kerry's hair strand results received: negative for cocaine; alcohol markers consistent with "
            "abstinence or very low use.",
        ], "s57"),
        K(datetime(2024, 3, 4, 10, 20), "Telephone call", SW, [
            "Telephone call from DC Sarah Lunt: Dean was arrested {rel:s58} for breaching the non-molestation "
            "order at Kerry's address. See the typed telephone note.",
        ], "s59"),
        K(date(2024, 3, 15), "Telephone call", SW, [
            "Telephone call with Ruth Akers, independent social worker. The parenting assessment sessions with "
            "Kerry took place {d:s60} and went well.",
        ], "s60t"),
        K(date(2024, 3, 27), "Telephone call", SW, [
            "Telephone call with Gareth Price. Jack's attendance in {d:s62} is 94%, with no unexplained absences.",
        ], "s62t"),
        K(date(2024, 4, 26), "Case summary", SW, [
            "Case summary recorded before final evidence. The issues resolution hearing is listed for {p:irh} "
            "and the final hearing for {p:final}.",
        ], "s63"),
    ]


def _export(c: Case, rel: str, title: str, when: date, exported: str, span: str,
            notes: list[RoutineNote]) -> Doc:
    d = Doc(c, rel, title, when, author="Northmoor City Council")
    d.small(LA)
    d.title_("Recording Export (Case Notes)")
    d.kv("Family group", "Stanton (Group ID 88412)")
    d.kv("Children", "Jack Stanton (2047731), Poppy Stanton (2047732), Ruby Stanton (2047733)")
    d.kv("Exported", exported)
    d.kv("Date range", span)
    d.kv("Filter", f"All note types, oldest first ({len(notes)} notes)")
    for n in notes:
        d.note(n.when, n.ntype, n.author, n.body, event=n.event, show_time=n.show_time,
               extra=n.extra, trailer=n.trailer)
    return d


def family_time_recordings(c: Case, notes: list[RoutineNote]) -> Doc:
    """Supervised family time recordings, one note per session, as the contact service keeps them."""
    d = Doc(c, "case-notes/family-time-recordings-2023-2024.pdf", "Family time recordings - Stanton children",
            date(2024, 4, 29), author="Northmoor Family Time Service")
    d.small("Northmoor City Council - Family Time Service, Family Time Centre, Mill Street, Northmoor NE99 3JD")
    d.title_("Supervised Family Time Recordings")
    d.kv("Children", "Jack Stanton (2047731), Poppy Stanton (2047732), Ruby Stanton (2047733)")
    d.kv("Family time with", "Kerry Stanton (mother)")
    d.kv("Frequency", "Twice weekly, 4pm to 5.30pm, supervised (court order of 16/11/2023)")
    d.kv("Exported", "29/04/2024 12:02")
    for n in notes:
        d.note(n.when, n.ntype, n.author, n.body, event=n.event, show_time=n.show_time,
               extra=n.extra, trailer=n.trailer)
    return d


def key_family_time() -> list[RoutineNote]:
    return [RoutineNote(datetime(2024, 2, 6, 16, 0), "Family time", "Bethany Cole (Family Time Worker)", [
        "Supervised family time session at the Family Time Centre with Kerry and Jack, Poppy and Ruby. The "
        "children were brought by Tracey Barnes and Janet Okafor.",
        "Arrival: Kerry arrived on time with a puzzle and fruit. The session began well.",
        "Incident: at about 4.20pm Dean Stanton arrived at reception. He is not on the plan for family time. "
        "He was slurring, unsteady and smelt of alcohol. When he was refused entry he shouted and swore at "
        "reception staff. Jack and Poppy could hear him from the family room.",
        "I ended family time early for the children's safety, at 4.25pm. The children left with their carers "
        "by the back entrance. Police were called at 4.27pm; Dean left before they arrived.",
        "In the car park Poppy said \"Daddy smelled funny and his eyes were all weird\". Jack was angry and "
        "would not talk. Ruby was unaware.",
        "Worker's reflection: Kerry was distressed and said she had not told Dean where family time takes "
        "place. Manager informed. Venue and times to be reviewed.",
    ], "s56", True, [], [], "family_time")]


def case_note_exports(c: Case) -> list[Doc]:
    ft = sorted([n for n in c.notes if n.doc == "family_time"] + key_family_time(), key=lambda n: n.when)
    notes = sorted(key_notes() + [n for n in c.notes if n.doc != "family_time"], key=lambda n: n.when)
    early = [n for n in notes if n.when.year < 2024]
    late = [n for n in notes if n.when.year >= 2024]
    return [
        _export(c, "case-notes/case-note-export-2022-2023.pdf", "Case note export - Stanton family 2022-2023",
                date(2024, 1, 5), "05/01/2024 08:55 by Laura Kaur (Legal Services)",
                "01/09/2022 to 31/12/2023", early),
        _export(c, "case-notes/case-note-export-2024.docx", "Case note export - Stanton family 2024",
                date(2024, 4, 29), "29/04/2024 09:10 by Jane Holloway", "01/01/2024 to 26/04/2024", late),
        family_time_recordings(c, ft),
    ]
