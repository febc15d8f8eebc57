"""Re S documents: the list of every file, plus court documents, assessments, e-mails and the phone note.

Agency records are in _re_s_agency.py and meeting minutes in _re_s_meetings.py.

Each function builds one file from the timeline in _re_s.py; dates are written through markers so
the expected chronology records exactly which file reports which event.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from ._model import Case, Doc
from ._prose import ANALYSIS_LONG, CHILD_NEEDS, COMPLICATING, OPTIONS, PARENT_VIEWS, STRENGTHS, WORRIES, Prose
from ._re_s import HOME, LA, family
from ._re_s_notes import case_note_exports
from ._re_s_agency import (NHS, attendance_1, attendance_2, dsl_referral, ed_summary, gp_2023_03, gp_2023_06,
                           hv_2022, hv_2023, pep, police_1, police_2, police_3, police_4, pool, school_nurse,
                           scanned_dental)
from ._re_s_meetings import core_group, icpc, lac_review, rcpc_1, rcpc_2, strategy_1, strategy_2, strategy_3


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
