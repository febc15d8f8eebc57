"""Generator for the fictional case bundle Re K (Children).

Everything here is invented. Six siblings by three fathers, maternal alcohol misuse, domestic
abuse, a young carer, kinship and foster placements (Harrowdale, 2023-2025).

Document text carries markers like [[k014]] just before the sentence that reports an event.
Markers are stripped before rendering; they give each event its sources and are checked against
the event's key phrases (all phrases must be in that one sentence).

Run:  .venv/bin/python sample_cases/_re_k.py
"""
from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from email.message import EmailMessage
from email import policy as _policy
from pathlib import Path

SLUG = "re-k"
MARK = re.compile(r"\[\[([kpx]\d{3})\]\]\s*")

# --------------------------------------------------------------------------------------------
# Events: id, date, precision, summary, key_phrases, significance, category, child_quote, date_end
# --------------------------------------------------------------------------------------------
def E(i, date, prec, summary, phrases, sig="key", cat="safeguarding", quote=None, end=None):
    d = {"id": i, "date": date, "precision": prec, "summary": summary, "key_phrases": phrases,
         "sources": [], "child_quote": quote, "significance": sig, "category": cat}
    if end:
        d["date_end"] = end
    return d


Q_KAYLEIGH_BOTTLES = "Mum can't get up in the mornings so I do the bottles and take Kai to nursery"
Q_KAYLEIGH_MUM = "I'm basically their mum. I don't mind but I'm tired all the time"
Q_KAYLEIGH_999 = "He's going to kill her, please hurry"
Q_KEIRA_SHOUT = "Dean shouted and Mummy cried and Kayleigh put us in the bedroom"
Q_KYLE_HEADPHONES = "I put my headphones on when they fight"
Q_KAYLEIGH_LOOKAFTER = "I just want someone to look after Mum for once"
Q_KENZIE_HOME = "Are we going home after?"
Q_KYLE_MISSING = "I only went to check Mum was alright"
Q_KEIRA_APRIL = "Mummy was proper Mummy today"
Q_KYLE_JULY = "I don't want to be at Nan's if she's going to shout at me. Janet doesn't shout"
Q_KAI_BED = "Daddy's house has got my dinosaur bed"
Q_KEIRA_OCT = "Why can't Kai and Kacey come to our house?"
Q_KEIRA_REMOTE = "Dean hit Mummy with the remote and Kenzie hid under the table"
Q_KAYLEIGH_NAN = "I want to stay at Nan's. I don't want to be the mum any more"

EVENTS = [
    E("k001", "2019", "year", "Dean Stobbart convicted of assaulting Donna Kerr (previous domestic abuse history)",
      ["convicted"], "context", "domestic abuse"),
    E("k002", "2022-03", "month", "Lee Pritchard (father of Kayleigh and Kyle) sentenced to seven years' imprisonment for robbery; at HMP Fellbrook",
      ["seven years"], "context", "family"),
    E("k003", "2023", "approximate", "Early 2023: Marcus Adeyemi (father of Kai and Kacey-Mae) moved out after separating from Donna",
      ["moved out"], "context", "family"),
    E("k004", "2023-06", "range", "Summer 2023: Donna resumed her relationship with Dean Stobbart",
      ["resumed her relationship"], "context", "domestic abuse", end="2023-08"),
    E("k005", "2023-08-15", "day", "Kacey-Mae not brought to health visitor contact",
      ["not brought"], "context", "health"),
    E("k006", "2023-09", "range", "Kayleigh's attendance at Castle Moor Academy fell (78%) in the first half of the autumn term",
      ["attendance"], "context", "education", end="2023-10"),
    E("k007", "2023-09-18", "day", "Kayleigh told the school DSL she is late because she does the baby's bottles and takes Kai to nursery",
      ["do the bottles"], "key", "young carer", quote=Q_KAYLEIGH_BOTTLES),
    E("k008", "2023-09-19", "day", "Castle Moor Academy DSL made a referral to MASH by e-mail",
      ["referral to mash"], "key", "referral"),
    E("k009", "2023-09-21", "day", "MASH decision: single assessment, allocated to Gemma Thornley (social worker)",
      ["single assessment"], "context", "social care"),
    E("k010", "2023-09-26", "day", "First home visit by social worker; Donna admitted drinking cans most nights; empty cans seen",
      ["first home visit"], "key", "social care"),
    E("k011", "2023-09-28", "day", "Social worker saw Kayleigh alone at Castle Moor Academy; Kayleigh described caring for her siblings",
      ["seen alone at school"], "key", "young carer", quote=Q_KAYLEIGH_MUM),
    E("k012", "2023-09-28", "day", "Telephone call with health visitor Bethan Moss about missed appointments for Kacey-Mae",
      ["health visitor"], "context", "health"),
    E("k013", "2023-10-03", "day", "Kai collected from Brambles Nursery by Kayleigh (aged 14); Kai had arrived without breakfast",
      ["collected by kayleigh"], "context", "neglect"),
    E("k014", "2023-10-04", "day", "Brambles Nursery manager telephoned the social worker with concerns",
      ["nursery manager"], "context", "education"),
    E("k015", "2023-10-07", "day", "Domestic abuse incident (late evening): Dean Stobbart, drunk, pushed Donna against the kitchen door; Kayleigh called 999; Dean left before police arrived",
      ["kitchen door"], "key", "domestic abuse", quote=Q_KAYLEIGH_999),
    E("k016", "2023-10-08", "day", "Dean Stobbart arrested for assault and released under investigation",
      ["released under investigation"], "context", "domestic abuse"),
    E("k017", "2023-10-09", "day", "Strategy discussion (police, health, schools, social care): section 47 enquiries agreed for all six children",
      ["strategy discussion"], "key", "safeguarding"),
    E("k018", "2023-10-09", "day", "Afternoon home visit after the incident: Donna had a bruise to her upper arm; safety plan; Donna agreed to seek a non-molestation order",
      ["upper arm"], "key", "domestic abuse"),
    E("k019", "2023-10-11", "day", "Section 47 visit: Keira and Kenzie seen at Moorside Primary School",
      ["moorside primary"], "key", "safeguarding", quote=Q_KEIRA_SHOUT),
    E("k020", "2023-10-11", "day", "Evening home visit: Kyle and Kayleigh seen at home; Kyle described putting headphones on during arguments",
      ["headphones"], "key", "safeguarding", quote=Q_KYLE_HEADPHONES),
    E("k021", "2023-10-20", "day", "Non-molestation order granted (without notice) against Dean Stobbart",
      ["non-molestation order"], "key", "court"),
    E("k022", "2023-11-03", "day", "Return hearing: non-molestation order continued for 12 months",
      ["return hearing"], "context", "court"),
    E("k023", "2023-10-31", "day", "Initial child protection conference: all six children made subject to child protection plans",
      ["child protection plans"], "key", "conference"),
    E("k024", "2023-11-06", "day", "Telephone call with Lee Pritchard's offender manager at HMP Fellbrook",
      ["offender manager"], "context", "family"),
    E("k025", "2023-11-14", "day", "First core group meeting",
      ["core group"], "context", "conference"),
    E("k026", "2023-11-20", "day", "Marcus Adeyemi telephoned asking to be assessed to care for Kai and Kacey-Mae",
      ["marcus telephoned"], "key", "family"),
    E("k027", "2023-11-23", "day", "Office meeting with Marcus Adeyemi at Harrowdale Civic Centre",
      ["civic centre"], "context", "family"),
    E("k028", "2023-11-28", "day", "Unannounced home visit: Donna intoxicated at 15:30, Kayleigh cooking tea, Kacey-Mae in a soiled nappy with nappy rash",
      ["unannounced"], "key", "neglect"),
    E("k029", "2023-12-05", "day", "First legal planning meeting: threshold for pre-proceedings (PLO) met",
      ["legal planning meeting"], "key", "legal"),
    E("k030", "2023-12-07", "day", "Letter before proceedings sent to Donna and the three fathers",
      ["letter before proceedings"], "key", "legal"),
    E("k031", "2023-12-16", "day", "Domestic abuse incident: Dean present in breach of the non-molestation order, Donna heavily intoxicated, glass thrown; Kyle cut to the forehead",
      ["forehead"], "key", "domestic abuse"),
    E("k032", "2023-12-16", "day", "All six children taken into police protection (s46)",
      ["police protection"], "key", "safeguarding"),
    E("k033", "2023-12-16", "day", "Kyle treated at Harrowdale General Hospital Emergency Department; wound closed with tissue glue",
      ["tissue glue"], "key", "health"),
    E("k034", "2023-12-16", "day", "Kayleigh and Kyle placed with maternal grandmother Pauline Kerr",
      ["maternal grandmother"], "key", "placement"),
    E("k035", "2023-12-16", "day", "Keira and Kenzie placed with emergency foster carers Janet and Roy Hollins",
      ["hollins"], "key", "placement"),
    E("k036", "2023-12-16", "day", "Kai and Kacey-Mae placed with paternal aunt Folasade (Sade) Adeyemi",
      ["paternal aunt"], "key", "placement"),
    E("k037", "2023-12-17", "day", "EDT social worker visited Donna; she signed a section 20 agreement for all six children",
      ["section 20"], "key", "legal"),
    E("k038", "2023-12-18", "day", "Second strategy discussion after the incident of 16 December",
      ["strategy discussion"], "key", "safeguarding"),
    E("k039", "2023-12-19", "day", "Morning visit to Kai and Kacey-Mae at Sade Adeyemi's home, Quarry Road",
      ["quarry road"], "context", "placement"),
    E("k040", "2023-12-19", "day", "Afternoon visit to Kayleigh and Kyle at Pauline Kerr's home, Ashby Terrace",
      ["ashby terrace"], "key", "placement", quote=Q_KAYLEIGH_LOOKAFTER),
    E("k041", "2023-12-20", "day", "Second legal planning meeting: decision to issue care proceedings",
      ["issue care proceedings"], "key", "legal"),
    E("k042", "2024-01-04", "day", "Application for care orders issued (Family Court at Harrowdale)",
      ["application"], "key", "court"),
    E("k043", "2024-01-09", "day", "First hearing: interim care orders made for all six children; placements approved",
      ["interim care orders"], "key", "court"),
    E("k044", "2024-01-16", "day", "First supervised family time for all six children with Donna at Harrowdale Family Centre",
      ["first supervised family time"], "key", "family time", quote=Q_KENZIE_HOME),
    E("k045", "2024-01-30", "day", "Review child protection conference: child protection plans ended as children now looked after",
      ["review child protection conference"], "key", "conference"),
    E("k046", "2024-02-06", "day", "Social worker visited Lee Pritchard at HMP Fellbrook",
      ["visited lee"], "context", "family"),
    E("k047", "2024-02-13", "day", "Family time ended early: Donna arrived late smelling of alcohol",
      ["ended early"], "key", "family time"),
    E("k048", "2024-02-20", "day", "Kayleigh referred to Harrowdale Young Carers",
      ["young carers"], "context", "young carer"),
    E("k049", "2024-03", "month", "Donna began working with Harrowdale Recovery Partnership (alcohol service)",
      ["recovery partnership"], "key", "parent health"),
    E("k050", "2024-03-15", "day", "Kyle reported missing from his grandmother's home (19:00 to 23:15); found at his mother's flat",
      ["reported missing"], "key", "missing"),
    E("k051", "2024-03-18", "day", "Return home interview with Kyle",
      ["return home interview"], "context", "missing", quote=Q_KYLE_MISSING),
    E("k052", "2024-04-09", "day", "Supervised family time: Donna sober, warm session",
      ["family time"], "context", "family time", quote=Q_KEIRA_APRIL),
    E("k053", "2024-04", "month", "Parenting assessment of Marcus Adeyemi started",
      ["parenting assessment"], "context", "assessment"),
    E("k054", "2024-04-23", "day", "Kinship viability assessment of Pauline Kerr positive; full special guardianship assessment commissioned",
      ["viability assessment"], "key", "assessment"),
    E("k055", "2024-05-11", "day", "Domestic abuse incident at Donna's flat: Dean in breach of the non-molestation order; Donna facial bruising; Dean arrested",
      ["arrested"], "key", "domestic abuse"),
    E("k056", "2024-05-13", "day", "Home visit to Donna after the incident; Donna admitted relapse since Easter",
      ["relapse"], "key", "parent health"),
    E("k057", "2024-06-12", "day", "Pauline Kerr telephoned saying she could not manage Kyle",
      ["can't manage"], "context", "placement"),
    E("k058", "2024-06-14", "day", "Kyle moved from his grandmother's home to foster carers Janet and Roy Hollins (with Keira and Kenzie)",
      ["kyle moved"], "key", "placement"),
    E("k059", "2024-07-16", "day", "Supervised family time; Kyle spoke about living with Janet",
      ["family time"], "context", "family time", quote=Q_KYLE_JULY),
    E("k060", "2024-08-10", "day", "Kayleigh and Kyle met their half-brother Tyler Pritchard (sibling contact)",
      ["half-brother"], "context", "family"),
    E("k061", "2024-09", "month", "Kai started at Sunnybank Nursery",
      ["started at sunnybank"], "context", "education"),
    E("k062", "2024-09-10", "day", "Parenting assessment of Marcus Adeyemi concluded: positive",
      ["positive"], "key", "assessment"),
    E("k063", "2024-09-21", "day", "First overnight stay for Kai and Kacey-Mae at Marcus's home",
      ["overnight"], "context", "placement"),
    E("k064", "2024-10-05", "day", "Kai and Kacey-Mae moved to live with their father Marcus Adeyemi",
      ["moved to live with"], "key", "placement"),
    E("k065", "2024-10-14", "day", "Kai spoke positively at nursery about his father's home",
      ["dinosaur bed"], "context", "education", quote=Q_KAI_BED),
    E("k066", "2024-10-15", "day", "Sunnybank Nursery e-mailed an update on Kai to the social worker",
      ["update"], "context", "education"),
    E("k067", "2024-10-22", "day", "Supervised family time (Donna, Kayleigh, Kyle, Keira, Kenzie)",
      ["family time"], "context", "family time", quote=Q_KEIRA_OCT),
    E("k068", "2024-11-08", "day", "Hair strand test results received: consistent with chronic excessive alcohol use",
      ["hair strand"], "key", "parent health"),
    E("k069", "2024-11-19", "day", "Visit to Kayleigh at her grandmother's home; Kayleigh wishes to stay with her nan",
      ["wishes and feelings"], "key", "voice of child", quote=Q_KAYLEIGH_NAN),
    E("k070", "2024-11-19", "day", "Evening statutory visit to Kyle, Keira and Kenzie at the Hollins' home",
      ["statutory visit"], "context", "placement"),
    E("k071", "2024-12-03", "day", "Further case management hearing; IRH and final hearing listed",
      ["case management hearing"], "key", "court"),
    E("k072", "2025-01-14", "day", "Looked after review for Kyle, Keira and Kenzie",
      ["looked after review"], "context", "conference"),
    E("k073", "2025-01-21", "day", "Home visit to Donna: reports three weeks without alcohol",
      ["three weeks"], "context", "parent health"),
    E("k074", "2023-10-19", "day", "MARAC heard Donna's case (IDVA allocated, police marker, housing move considered)",
      ["marac"], "context", "domestic abuse"),
    E("k075", "2024-02-15", "day", "Initial health assessments for Kai and Kacey-Mae; Kai referred to speech and language therapy",
      ["initial health assessments"], "context", "health"),
    E("k076", "2024-03-05", "day", "Keira disclosed to her foster carer at bath time that Dean hit her mother with the remote",
      ["disclosure"], "key", "voice of child", quote=Q_KEIRA_REMOTE),
    E("k077", "2024-03-06", "day", "Foster carer Janet Hollins telephoned the social worker to report Keira's disclosure",
      ["janet hollins", "telephoned"], "context", "placement"),
    E("k078", "2024-04-26", "day", "Donna moved to Flat 6, Heron House (management transfer away from Larch Walk)",
      ["heron house"], "context", "housing"),
    E("k079", "2024-05-21", "day", "Personal education plan (PEP) meeting for Kenzie at Moorside Primary",
      ["personal education plan"], "context", "education"),
    E("k080", "2024-05-21", "day", "After-school visit to Kayleigh at her grandmother's home (revision for mocks)",
      ["revision timetable"], "context", "placement"),
    E("k081", "2024-06-07", "day", "Kyle given a two-day suspension from Castle Moor Academy for fighting",
      ["two-day suspension"], "context", "education"),
    E("k082", "2024-07-02", "day", "Dean Stobbart convicted at Harrowdale Magistrates' Court of assault and breach of the non-molestation order; restraining order made",
      ["restraining order"], "key", "court"),
    E("k083", "2024-11-02", "day", "Supervised sibling time for all six children at Wexley Play Barn",
      ["sibling time"], "context", "family time"),

]

PLANS = [
    {"id": "p1", "date": "2023-12-21", "precision": "day", "summary": "Pre-proceedings meeting (overtaken by the incident of 16/12/2023 and the issue of proceedings)",
     "key_phrases": ["pre-proceedings meeting"], "sources": ["case-notes/lcs-case-note-export.docx", "legal/legal-planning-meeting-2023-12-20.pdf"]},
    {"id": "p2", "date": "2024-01-23", "precision": "day", "summary": "Review child protection conference as first set at the ICPC (held 30/01/2024)",
     "key_phrases": ["review child protection conference"], "sources": ["meetings/icpc-minutes-2023-10-31.pdf", "meetings/rcpc-minutes-2024-01-30.docx"]},
    {"id": "p3", "date": "2025-02-14", "precision": "day", "summary": "Special guardianship assessment of Pauline Kerr to be filed",
     "key_phrases": ["special guardianship"], "sources": ["court/swet-statement-2025-01-24.docx"]},
    {"id": "p4", "date": "2025-03-11", "precision": "day", "summary": "Issues resolution hearing",
     "key_phrases": ["issues resolution hearing"], "sources": ["case-notes/lcs-case-note-export.docx", "court/swet-statement-2025-01-24.docx"]},
    {"id": "p5", "date": "2025-04-28", "precision": "day", "summary": "Final hearing (3 days)",
     "key_phrases": ["final hearing"], "sources": ["case-notes/lcs-case-note-export.docx", "court/swet-statement-2025-01-24.docx"]},
    {"id": "p6", "date": "2025-07-15", "precision": "day", "summary": "Next looked after review for Kyle, Keira and Kenzie",
     "key_phrases": ["looked after review"], "sources": ["case-notes/lcs-case-note-export.docx"]},
]

DISTRACTORS = [
    {"id": "x01", "date": "2009-06-14", "precision": "day", "summary": "DOB of Kayleigh Kerr", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "court/swet-statement-2025-01-24.docx", "school/2023-09-19-castle-moor-mash-referral.eml"]},
    {"id": "x02", "date": "2012-02-03", "precision": "day", "summary": "DOB of Kyle Pritchard", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "court/swet-statement-2025-01-24.docx", "health/ed-discharge-letter-2023-12-16-scan.pdf"]},
    {"id": "x03", "date": "2015-08-27", "precision": "day", "summary": "DOB of Keira Stobbart", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "court/swet-statement-2025-01-24.docx"]},
    {"id": "x04", "date": "2018-03-09", "precision": "day", "summary": "DOB of Kenzie Stobbart", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "court/swet-statement-2025-01-24.docx"]},
    {"id": "x05", "date": "2021-07-19", "precision": "day", "summary": "DOB of Kai Adeyemi-Kerr", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "court/swet-statement-2025-01-24.docx"]},
    {"id": "x06", "date": "2023-05-30", "precision": "day", "summary": "DOB of Kacey-Mae Kerr", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "court/swet-statement-2025-01-24.docx"]},
    {"id": "x07", "date": "1988-04-02", "precision": "day", "summary": "DOB of Donna Kerr (mother)", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf", "police/DA-notification-2023-10-07.pdf"]},
    {"id": "x08", "date": "1990-01-25", "precision": "day", "summary": "DOB of Dean Stobbart", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "police/DA-notification-2023-10-07.pdf", "police/DA-notification-2024-05-11.pdf"]},
    {"id": "x09", "date": "2013-05-01", "precision": "day", "summary": "DOB of Tyler Pritchard (half-sibling living elsewhere)", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf", "meetings/icpc-minutes-2023-10-31.pdf"]},
    {"id": "x10", "date": "2023-11-10", "precision": "day", "summary": "Crime reference 20231110/0457 (looks like a date)", "key_phrases": [],
     "sources": ["police/DA-notification-2023-10-07.pdf"]},
    {"id": "x11", "date": "2024-05-16", "precision": "day", "summary": "Occurrence number 160524/2231 (looks like a date)", "key_phrases": [],
     "sources": ["police/DA-notification-2023-12-16.pdf"]},
    {"id": "x12", "date": "2024-06-11", "precision": "day", "summary": "Crime reference 11062024-3318 (looks like a date)", "key_phrases": [],
     "sources": ["police/DA-notification-2024-05-11.pdf"]},
    {"id": "x13", "date": "2024-01-02", "precision": "day", "summary": "'Printed' stamp on police notification", "key_phrases": [],
     "sources": ["police/DA-notification-2023-12-16.pdf"]},
    {"id": "x14", "date": "2025-01-22", "precision": "day", "summary": "'Exported' stamp on the case-note export", "key_phrases": [],
     "sources": ["case-notes/lcs-case-note-export.docx"]},
    {"id": "x15", "date": "2025-01-24", "precision": "day", "summary": "Date the SWET statement was signed", "key_phrases": [],
     "sources": ["court/swet-statement-2025-01-24.docx"]},
    {"id": "x16", "date": "2023-11-16", "precision": "day", "summary": "Date the single assessment was authorised", "key_phrases": [],
     "sources": ["assessment/single-assessment-2023-11-16.pdf"]},
    {"id": "x17", "date": "2024-11-03", "precision": "day", "summary": "Expiry date of the non-molestation order (review-by style date)", "key_phrases": [],
     "sources": ["police/DA-notification-2024-05-11.pdf", "case-notes/lcs-case-note-export.docx"]},
    {"id": "x18", "date": "2026-03", "precision": "month", "summary": "Lee Pritchard's earliest release date (not before March 2026)", "key_phrases": [],
     "sources": ["case-notes/lcs-case-note-export.docx"]},
]

# --------------------------------------------------------------------------------------------
# Case-note export (DOCX). Header: "Note date: dd/mm/yyyy hh:mm | Author: X (Role) | Note type: T"
# --------------------------------------------------------------------------------------------
GT = "Gemma Thornley (Social Worker)"
RM = "Rashid Malik (Team Manager)"
KY = "Karen Yates (MASH Social Worker)"
TL = "Tracey Lamb (Family Time Worker)"
PO = "Paul Okafor (EDT Social Worker)"
BA = "Business Support (Admin)"

NOTES = [
    ("19/09/2023 11:05", KY, "Contact received", [
        "[[k008]] Referral to MASH received by e-mail from Lauren Beckett, DSL at Castle Moor Academy, regarding Kayleigh Kerr (Year 10) and her five younger siblings.",
        "School report Kayleigh is regularly late and tired and says she looks after the younger ones in the mornings. Mother's alcohol use queried. Checks started with police, health and education."]),
    ("21/09/2023 15:40", KY, "MASH decision", [
        "Police checks: two previous DA incidents involving Dean Stobbart (father of Keira and Kenzie) and mother, most recently in 2019. Health: youngest child Kacey-Mae has missed health visiting contacts.",
        "[[k009]] Decision agreed with MASH manager: threshold met for a single assessment under s17, to be allocated to Family Safeguarding Team 2. Allocated to Gemma Thornley."]),
    ("26/09/2023 16:20", GT, "Home visit", [
        "[[k010]] First home visit to 14 Larch Walk, announced by letter. Present: Donna Kerr, Kai and Kacey-Mae; Keira and Kenzie came in from school with Kayleigh at about 15:30. Kyle was at football.",
        "Home cluttered but warm, food in the fridge. Around ten empty lager cans in a bag by the back door. Donna said she has \"a few cans at night to switch off\" and denied drinking in the day. She said Dean is \"back on the scene\" but does not live there.",
        "Kacey-Mae appeared clean and alert. Donna agreed to checks with the GP and health visitor."]),
    ("28/09/2023 10:30", GT, "Direct work / child seen", [
        "[[k011]] Kayleigh seen alone at school (Castle Moor Academy) in the pastoral office, with Mrs Beckett's agreement.",
        "Kayleigh was quiet to begin with. She described getting up at 6.30 to do the baby's bottle, dressing Kai and walking him to Brambles Nursery before school. Asked how she feels about this she said: \"I'm basically their mum. I don't mind but I'm tired all the time.\" She said Mum \"drinks more when Dean's about\".",
        "Kayleigh asked that Mum is not told she said this. Explained confidentiality and its limits."]),
    ("28/09/2023 14:15", GT, "Telephone call", [
        "[[k012]] Telephone call with Bethan Moss, health visitor, Fellgate Health Visiting Team.",
        "[[k005]] Bethan confirmed Kacey-Mae was not brought to her 12-week contact on 15/08/2023 and two further appointments were rearranged by text. Weight last recorded on the 25th centile. HV to offer a home contact."]),
    ("04/10/2023 12:50", GT, "Telephone call", [
        "[[k014]] Jo Fenwick, nursery manager at Brambles Nursery, rang with concerns about Kai.",
        "[[k013]] She said that yesterday Kai was collected by Kayleigh at 15:40 with no adult, and that Kai had arrived that morning without breakfast and in the same clothes as Monday. Nursery policy is that children are collected by an adult over 16; they have written to Donna."]),
    ("09/10/2023 09:05", GT, "Police notification", [
        "DA notification received from Northfell Constabulary (PVP). [[k015]] On Saturday night (07/10/2023) at about 23:40 Dean Stobbart, in drink, pushed Donna against the kitchen door at 14 Larch Walk; Kayleigh rang 999 from the bedroom. Dean had left before officers arrived.",
        "[[k016]] Police report Dean was arrested yesterday and released under investigation with conditions not to attend Larch Walk. DASH graded high; referral to MARAC made by police.",
        "Discussed with RM. Strategy discussion convened for this morning."]),
    ("09/10/2023 11:30", RM, "Management oversight", [
        "[[k017]] Strategy discussion held at 10:00 by Teams (police, health, both schools, nursery, social care). Agreed that section 47 enquiries will be undertaken in respect of all six children. Children to be seen by Wednesday."]),
    ("09/10/2023 17:10", GT, "Home visit", [
        "[[k018]] Home visit at 15:45: Donna had a fading bruise to her upper arm, which she said was from Saturday night.",
        "She was tearful and said she has told Dean \"it's over for good\". Safety plan completed. Donna agreed to contact the Harrowdale DA Service and to apply for a non-molestation order. Kayleigh was present and helped make tea for the younger ones during the visit."]),
    ("11/10/2023 11:20", GT, "Child seen - school", [
        "[[k019]] Keira (Y3) and Kenzie (Reception) seen separately at Moorside Primary School with the DSL, Mrs Priya Nair, nearby.",
        "Keira drew the house and put Dean \"outside the door\". She said: \"Dean shouted and Mummy cried and Kayleigh put us in the bedroom.\" Kenzie talked about her new shoes and said Kayleigh reads to her at bedtime. No marks seen on either child."]),
    ("11/10/2023 18:40", GT, "Home visit", [
        "[[k020]] Evening home visit at 17:30 to see Kyle and Kayleigh; Kyle said he puts his headphones on when there is shouting at home.",
        "Kyle was guarded and mainly wanted to talk about his Xbox. He said: \"I put my headphones on when they fight.\" He said he misses his dad (Lee Pritchard) and gets a phone call from prison \"sometimes\". [[k015]] Kayleigh said she called the police on Saturday because \"he had her against the kitchen door\"."]),
    ("20/10/2023 16:00", GT, "Information received", [
        "[[k021]] Donna phoned from the DA Service to say the court granted her a non-molestation order today against Dean Stobbart, without notice. Return hearing listed for 03/11/2023. Copy requested for file."]),
    ("31/10/2023 15:30", GT, "Meeting", [
        "[[k023]] Initial child protection conference chaired by Andrea Whitfield: all six children made subject to child protection plans. Category: emotional abuse for Kayleigh, Kyle, Keira and Kenzie; neglect for Kai and Kacey-Mae. First core group 14/11/2023. See minutes."]),
    ("03/11/2023 14:20", GT, "Information received", [
        "[[k022]] Donna rang to say that at the return hearing today the non-molestation order was continued for 12 months, to 03/11/2024. Dean did not attend."]),
    ("06/11/2023 10:15", GT, "Telephone call", [
        "[[k024]] Spoke with Lee Pritchard's offender manager at HMP Fellbrook, Mr Ian Corbett. Lee is serving seven years for robbery; earliest release not before March 2026. He has phone contact with Kyle roughly monthly. He wants to be kept informed and would like a visit from the social worker."]),
    ("14/11/2023 12:00", GT, "Meeting", [
        "[[k025]] First core group meeting held at Moorside Primary. Donna attended sober. Attendance concerns for Kayleigh discussed; young carers assessment to be offered. Health visitor has now seen Kacey-Mae at home."]),
    ("20/11/2023 09:50", GT, "Telephone call", [
        "[[k026]] Marcus telephoned the office asking to be assessed to care for Kai and Kacey-Mae. [[k003]] He said he moved out in the new year because of Donna's drinking and has seen the children only twice since. Appointment offered."]),
    ("23/11/2023 13:30", GT, "Office visit", [
        "[[k027]] Met Marcus Adeyemi at Harrowdale Civic Centre. He lives at 9 Beacon Court with a two-bedroom flat, works shifts at a distribution centre and says his sister Sade would help with childcare. No police history of note. He consented to checks."]),
    ("28/11/2023 17:05", GT, "Home visit", [
        "[[k028]] Unannounced home visit at 15:30. Donna answered the door unsteady on her feet, slurring, and smelling strongly of alcohol.",
        "Kayleigh was cooking fish fingers for tea with Kacey-Mae on her hip. Kacey-Mae's nappy was soiled and she had a red nappy rash. Donna initially denied drinking then said she'd \"had two\". Discussed with RM by phone from the car; agreed Kayleigh would be supported to ring her nan, Pauline Kerr, who came round at 17:00 and stayed overnight."]),
    ("05/12/2023 16:45", RM, "Management oversight", [
        "[[k029]] Legal planning meeting with Harrowdale Legal Services today: threshold for pre-proceedings met. Letter before proceedings to be sent to mother and all three fathers. Pre-proceedings meeting to be arranged for 21/12/2023."]),
    ("07/12/2023 10:10", BA, "Letter sent", [
        "[[k030]] Letter before proceedings sent today by hand and first-class post to Donna Kerr, Dean Stobbart, Marcus Adeyemi and Lee Pritchard (via HMP Fellbrook). Pre-proceedings meeting 21/12/2023 at 10:00."]),
    ("17/12/2023 12:30", PO, "EDT handover", [
        "[[k032]] EDT: all six children taken into police protection last night after an incident at Larch Walk. See EDT log for full detail.",
        "[[k031]] Kyle had a cut to his forehead from a thrown glass; Dean was present in breach of the order. [[k037]] This morning Donna signed a section 20 agreement for all six children at 10:15 after I explained it to her."]),
    ("18/12/2023 15:15", RM, "Management oversight", [
        "[[k038]] Second strategy discussion held today, chaired by RM: threshold for s47 met again; police investigating assault and breach. Legal advice to be sought urgently."]),
    ("19/12/2023 11:45", GT, "Child seen - placement", [
        "[[k039]] Visit to Kai and Kacey-Mae at Sade Adeyemi's home on Quarry Road. Both children settled; Kacey-Mae's nappy rash is clearing. Marcus was present and is visiting daily."]),
    ("19/12/2023 16:30", GT, "Child seen - placement", [
        "[[k040]] Afternoon visit to Kayleigh and Kyle at their grandmother's home on Ashby Terrace.",
        "Kyle's forehead is healing. Kayleigh cried and said: \"I just want someone to look after Mum for once.\" She is worried about Keira and Kenzie being \"with strangers\". Sibling phone calls to be arranged."]),
    ("20/12/2023 17:00", RM, "Management oversight", [
        "[[k041]] Second legal planning meeting: decision to issue care proceedings for all six children. Pre-proceedings meeting planned for 21/12/2023 cancelled."]),
    ("04/01/2024 15:00", GT, "Court", [
        "[[k042]] Application for care orders issued today at the Family Court at Harrowdale (case no. HR24C00031). First hearing listed for 09/01/2024."]),
    ("09/01/2024 16:10", GT, "Court", [
        "[[k043]] First hearing: interim care orders made for all six children. Current placements approved. Children's Guardian appointed: Ruth Ogden. Family time for mother three times a week supervised, reducing to twice a week."]),
    ("16/01/2024 18:00", TL, "Family time", [
        "[[k044]] First supervised family time at Harrowdale Family Centre: all six children with Donna, 16:00-17:30. See family time recording."]),
    ("30/01/2024 14:00", GT, "Meeting", [
        "[[k045]] Review child protection conference: child protection plans ended for all six children as they are now looked after under interim care orders. Children's needs to be met through care plans."]),
    ("06/02/2024 17:20", GT, "Visit - parent", [
        "[[k046]] Today I visited Lee Pritchard at HMP Fellbrook (legal visits hall). Lee accepts he cannot care for Kayleigh or Kyle and supports them staying with Pauline Kerr. He asked for monthly letters and photographs."]),
    ("13/02/2024 17:50", TL, "Family time", [
        "[[k047]] Family time ended early: Donna arrived 25 minutes late and smelt of alcohol; session stopped at 16:40 after discussion with the duty manager. See family time recording."]),
    ("20/02/2024 11:00", GT, "Referral made", [
        "[[k048]] Referral made for Kayleigh to Harrowdale Young Carers; she agreed to meet their worker at school."]),
    ("18/03/2024 16:30", GT, "Direct work / child seen", [
        "[[k050]] Kyle was reported missing from his grandmother's home at 19:00 on Friday 15/03/2024 and was found by police at 23:15 at his mother's flat.",
        "[[k051]] Return home interview completed with Kyle at school today. He said: \"I only went to check Mum was alright.\" He walked across town alone. Safety plan agreed with Pauline."]),
    ("23/04/2024 15:20", GT, "Assessment", [
        "[[k054]] Kinship viability assessment of Pauline Kerr completed by Nadia Fox: positive. Full special guardianship assessment for Kayleigh and Kyle commissioned."]),
    ("13/05/2024 17:40", GT, "Home visit", [
        "Police notification received re Saturday 11/05/2024: [[k055]] Dean was arrested at Donna's flat for assault and breach of the non-molestation order.",
        "Home visit to Donna: she had yellowing bruising to her left cheek. [[k056]] During the home visit she admitted a relapse since Easter and said she let Dean in because she was lonely. Recovery worker informed with consent."]),
    ("12/06/2024 19:10", GT, "Telephone call", [
        "[[k057]] Pauline Kerr rang very upset and said \"I can't manage him any more\" after Kyle punched a door and swore at her. Placement support offered; Pauline asked for Kyle to move."]),
    ("14/06/2024 18:30", GT, "Placement move", [
        "[[k058]] Kyle moved to Janet and Roy Hollins' home today to join Keira and Kenzie. Kayleigh remains with Pauline. Kyle was quiet in the car but hugged Keira on arrival."]),
    ("12/08/2024 10:00", GT, "Information received", [
        "[[k060]] Pauline reports that on Saturday (10/08/2024) Kayleigh and Kyle met their half-brother Tyler Pritchard at Wexley Park with Tyler's mother Chantelle Marsh. Went well; they want to meet again."]),
    ("10/09/2024 16:00", GT, "Assessment", [
        "[[k062]] Parenting assessment of Marcus concluded today: positive, with support. Plan for overnight stays leading to Kai and Kacey-Mae moving to his care under the interim care order."]),
    ("23/09/2024 09:30", GT, "Telephone call", [
        "[[k063]] Marcus reported that the first overnight stay on Saturday went well; Kacey-Mae slept through."]),
    ("05/10/2024 15:00", GT, "Placement move", [
        "[[k064]] Kai and Kacey-Mae moved to live with Marcus at 9 Beacon Court today. Sade helped with the move and will do school-run support. Placement with parent regulations apply."]),
    ("08/11/2024 12:15", GT, "Information received", [
        "[[k068]] Hair strand test results received for Donna: results consistent with chronic excessive alcohol consumption across the three months tested (August to October 2024)."]),
    ("19/11/2024 13:00", GT, "Child seen - placement", [
        "[[k069]] Wishes and feelings session with Kayleigh at her grandmother's home. She said: \"I want to stay at Nan's. I don't want to be the mum any more.\" She is predicted good GCSE grades."]),
    ("19/11/2024 19:20", GT, "Statutory visit", [
        "[[k070]] Evening statutory visit to Kyle, Keira and Kenzie at the Hollins' home. All three seen together and Kyle alone. Kyle has joined a boxing club."]),
    ("03/12/2024 16:45", GT, "Court", [
        "[[k071]] Further case management hearing: LA to file final evidence. Issues resolution hearing listed 11/03/2025; final hearing listed 28/04/2025 (3 days)."]),
    ("14/01/2025 15:10", GT, "Meeting", [
        "[[k072]] Looked after review for Kyle, Keira and Kenzie chaired by IRO Andrea Whitfield. Plan of long-term fostering with the Hollins endorsed. Next looked after review 15/07/2025."]),
    ("21/01/2025 16:00", GT, "Home visit", [
        "[[k073]] Home visit to Donna: she says she has had three weeks without alcohol and is attending the Recovery Partnership group weekly. Flat clean and tidy."]),
    ("19/10/2023 16:30", GT, "Meeting", [
        "[[k074]] Donna's case was heard at MARAC today. Actions: IDVA allocated, police marker placed on 14 Larch Walk, housing to consider a management transfer."]),
    ("15/02/2024 15:45", GT, "Health", [
        "[[k075]] Initial health assessments for Kai and Kacey-Mae completed today at Harrowdale Child Health Centre by Dr Ahmed. Kacey-Mae's weight is now on the 50th centile; Kai referred to speech and language therapy."]),
    ("06/03/2024 09:40", GT, "Telephone call", [
        "[[k077]] Janet Hollins, foster carer, telephoned this morning.",
        "[[k076]] She said that last night at bath time Keira made a disclosure about Dean: \"Dean hit Mummy with the remote and Kenzie hid under the table.\" Janet did not question her and wrote it down straight away. Keira then asked for a story. DC Holroyd informed; added to the police file."]),
    ("29/04/2024 12:00", GT, "Information received", [
        "[[k078]] Donna has moved to Flat 6, Heron House, NE99 4LS. She moved on Friday (26/04/2024) after housing agreed a management transfer away from Larch Walk."]),
    ("21/05/2024 11:30", GT, "Meeting", [
        "[[k079]] Personal education plan (PEP) meeting for Kenzie at Moorside Primary with the virtual school. Kenzie is working at the expected level in reading; pupil premium plus to fund phonics catch-up."]),
    ("21/05/2024 16:50", GT, "Child seen - placement", [
        "[[k080]] After-school visit to Kayleigh at Ashby Terrace: she showed me her revision timetable for her mocks.",
        "She speaks to Mum by phone but does not want to see her at present, and did not want to talk about what happened at the weekend before last."]),
    ("07/06/2024 15:20", GT, "Information received", [
        "[[k081]] Lauren Beckett (DSL) rang: Kyle has been given a two-day suspension from Castle Moor Academy for fighting at lunchtime today. Reintegration meeting to be arranged."]),
    ("02/07/2024 17:00", GT, "Information received", [
        "[[k082]] DC Holroyd confirmed that Dean Stobbart was convicted today at Harrowdale Magistrates' Court of assault and breach of the non-molestation order; 16 weeks custody suspended and a restraining order for five years."]),
    ("04/11/2024 10:00", GT, "Information received", [
        "[[k083]] Sibling time took place on Saturday at Wexley Play Barn for all six children, supervised by Tracey Lamb; Kai and Kacey-Mae were brought by Marcus. Keira did not want to let go of Kacey-Mae at the end."]),
]


def _note_key(n):
    d, t = n[0].split(" ")
    dd, mm, yy = d.split("/")
    return (yy, mm, dd, t)


NOTES.sort(key=_note_key)

# --------------------------------------------------------------------------------------------
# Other documents. Blocks: ("h", text) heading, ("p", text), ("t", [header], [[row], ...]),
# ("kv", [[label, value], ...]) two-column table, ("sp",) spacer
# --------------------------------------------------------------------------------------------
FAMILY_HEAD = ["Name", "Relationship", "DOB", "Address", "Father"]
FAMILY_ROWS_2023 = [
    ["Donna KERR", "Mother", "02/04/1988", "14 Larch Walk, Harrowdale NE99 4KT", "-"],
    ["Kayleigh KERR", "Daughter", "14/06/2009", "14 Larch Walk", "Lee Pritchard"],
    ["Kyle PRITCHARD", "Son", "03/02/2012", "14 Larch Walk", "Lee Pritchard"],
    ["Keira STOBBART", "Daughter", "27/08/2015", "14 Larch Walk", "Dean Stobbart"],
    ["Kenzie STOBBART", "Daughter", "09/03/2018", "14 Larch Walk", "Dean Stobbart"],
    ["Kai ADEYEMI-KERR", "Son", "19/07/2021", "14 Larch Walk", "Marcus Adeyemi"],
    ["Kacey-Mae KERR", "Daughter", "30/05/2023", "14 Larch Walk", "Marcus Adeyemi"],
    ["Lee PRITCHARD", "Father of Kayleigh and Kyle", "12/11/1985", "HMP Fellbrook", "-"],
    ["Dean STOBBART", "Father of Keira and Kenzie", "25/01/1990", "22 Coalway Close, Harrowdale NE99 3RB", "-"],
    ["Marcus ADEYEMI", "Father of Kai and Kacey-Mae", "06/10/1992", "Flat 2, 9 Beacon Court, Harrowdale NE99 7HF", "-"],
    ["Tyler PRITCHARD", "Paternal half-brother of Kayleigh and Kyle (lives with his mother)", "01/05/2013", "Wexley, NE99 8AA", "Lee Pritchard"],
    ["Pauline KERR", "Maternal grandmother", "not known", "3 Ashby Terrace, Harrowdale NE99 2PL", "-"],
]

ASSESSMENT = [
    ("h", "Harrowdale Metropolitan Borough Council - Children's Services"),
    ("h", "Child and Family Single Assessment"),
    ("kv", [["Family", "Kerr / Pritchard / Stobbart / Adeyemi-Kerr (FAM-50318)"],
            ["Assessing social worker", "Gemma Thornley, Family Safeguarding Team 2"],
            ["Assessment started", "21/09/2023"], ["Authorised by team manager", "16/11/2023 (Rashid Malik)"]]),
    ("h", "1. Family composition"),
    ("t", FAMILY_HEAD, FAMILY_ROWS_2023),
    ("h", "2. Reason for assessment"),
    ("p", "[[k008]] On 19/09/2023 Castle Moor Academy made a referral to MASH about Kayleigh, who was arriving late and exhausted. [[k007]] The day before, Kayleigh had told the DSL that she has to \"do the bottles\" for Kacey-Mae and take Kai to nursery because her mother cannot get up. [[k006]] Kayleigh's attendance was 78% for the first half of the autumn term, against 96% the previous year."),
    ("h", "3. Background and history"),
    ("p", "Donna has six children by three fathers. [[k002]] Lee Pritchard, father of Kayleigh and Kyle, was sentenced to seven years in March 2022 for a street robbery and is in HMP Fellbrook. Kayleigh carries her mother's surname and Kyle his father's, which has caused confusion at school and with health records. Lee also has a son, Tyler, who lives with his own mother in Wexley; the children know of him but have not met him recently."),
    ("p", "[[k001]] Dean Stobbart, father of Keira and Kenzie, was convicted of assaulting Donna in 2019 and received a community order. [[k003]] Marcus Adeyemi, father of Kai and Kacey-Mae, moved out in early 2023; Donna says this was \"because he's boring\", Marcus says it was because of her drinking. [[k004]] Donna resumed her relationship with Dean over summer 2023, though she says he has never moved back in."),
    ("h", "4. Assessment activity"),
    ("p", "[[k010]] During the first home visit on 26/09/2023 Donna accepted she drinks cans most evenings; a bag of empty cans was seen. [[k011]] Kayleigh was seen alone at school on 28/09/2023 and spoke openly about caring for her siblings: \"I'm basically their mum. I don't mind but I'm tired all the time.\" [[k005]] The health visitor reports that Kacey-Mae was not brought to her 12-week contact in August."),
    ("p", "[[k015]] On 07/10/2023 police attended after Dean pushed Donna against the kitchen door while drunk, with all the children in the house; Kayleigh called 999. [[k018]] When I visited two days later Donna had a bruise to her upper arm and agreed to a safety plan. [[k021]] Donna obtained a non-molestation order against Dean on 20/10/2023."),
    ("h", "5. Analysis"),
    ("p", "Donna loves her children and they are strongly attached to her and to each other. However her alcohol use, the return of a violent partner and the reliance on a 14-year-old to provide basic care mean the children are at risk of significant harm. Kayleigh's role as a young carer is hidden and has become normal for the family. The children's different fathers have very different capacities: Lee is in custody, Dean presents risk, and Marcus is asking to be involved."),
    ("h", "6. Outcome"),
    ("p", "[[k023]] Children to remain subject to child protection plans (conference held 31/10/2023). Young carers assessment for Kayleigh. Donna to be referred to Harrowdale Recovery Partnership. Parenting and viability assessments of Marcus Adeyemi to be considered."),
]

POLICE_1 = [
    ("h", "NORTHFELL CONSTABULARY - Domestic Abuse Notification to Children's Services"),
    ("kv", [["Occurrence no.", "NF-2310-07-8842"], ["Crime reference", "20231110/0457"],
            ["Offence", "Assault occasioning ABH (domestic)"], ["Reporting officer", "PC 4471 Ellie Shaw, Harrowdale Response"],
            ["Date/time of incident", "Saturday 07/10/2023, approx 23:40"], ["Location", "14 Larch Walk, Harrowdale NE99 4KT"],
            ["DASH risk level", "HIGH"]]),
    ("h", "Persons involved"),
    ("t", ["Role", "Name", "DOB"], [["Victim", "Donna KERR", "02/04/1988"], ["Suspect", "Dean STOBBART", "25/01/1990"]]),
    ("h", "Children present / normally resident"),
    ("t", ["Name", "Age", "Notes"], [["Kayleigh KERR", "14", "Caller"], ["Kyle PRITCHARD", "11", ""], ["Kiera STOBBERT", "8", "name as given at scene"],
                                    ["Kenzie STOBBART", "5", ""], ["Kai KERR", "2", ""], ["Kacey KERR", "4 months", ""]]),
    ("h", "Circumstances"),
    ("p", "At 23:41 a 999 call was received from a female child. [[k015]] The caller, KAYLEIGH KERR, stated that her mum's boyfriend had pushed her mother against the kitchen door and was heard to say \"He's going to kill her, please hurry\" before the line went quiet. Officers arrived 23:52. STOBBART had left on foot. The victim had reddening to the right upper arm and was distressed and had been drinking. She stated they argued over money and he grabbed her by the arms and pushed her into the door."),
    ("p", "All six children were present. The two eldest were awake; the younger children were in a rear bedroom with the eldest girl. The house was cluttered; officers noted a strong smell of alcohol."),
    ("h", "Update"),
    ("p", "[[k016]] STOBBART was arrested on 08/10/2023 at his home address, interviewed and released under investigation with conditions not to contact the victim or attend Larch Walk."),
    ("h", "Previous history"),
    ("p", "[[k001]] STOBBART was convicted in 2019 of common assault on the same victim. Two further DA incidents were recorded without offences. Referral made to MARAC."),
    ("p", "This notification is shared for safeguarding purposes under the Children Act 2004. OFFICIAL-SENSITIVE."),
]

POLICE_2 = [
    ("h", "NORTHFELL CONSTABULARY - PVP Referral: Domestic Incident / Child Protection"),
    ("kv", [["Occurrence no.", "160524/2231"], ["Crime reference", "CRM-4471-23"],
            ["Offences", "Breach of non-molestation order; assault (child)"], ["Officer in case", "PC 2290 Mark Dobson"],
            ["Incident date", "16-Dec-2023"], ["Time of call", "21:52 (neighbour)"], ["Location", "14 Larch Walk, Harrowdale"]]),
    ("h", "Summary"),
    ("p", "A neighbour reported shouting, smashing glass and children screaming. On arrival officers found Dean STOBBART in the living room. [[k021]] A non-molestation order was granted against STOBBART on 20/10/2023 and he was in breach of it. STOBBART was arrested and conveyed to Harrowdale custody suite."),
    ("p", "[[k031]] Kyle PRITCHARD (11) had a cut to the forehead, approximately 2cm, caused when a glass thrown by one of the adults struck him. Both adults blamed each other. Donna KERR was heavily intoxicated and unable to give a coherent account."),
    ("p", "[[k032]] At 22:40 Inspector Harland authorised police protection under section 46 Children Act 1989 for all six children, as no sober adult was able to care for them. EDT were contacted and attended. Kyle was conveyed by ambulance to Harrowdale General Hospital with EDT."),
    ("p", "Children: Kayleigh KERR (14), Kyle PRITCHARD (11), Keira STOBBART (8), Kenzie STOBBART (5), Kai ADEYEMI-KERR (2), Kacey-Mae KERR (6 months)."),
    ("p", "DASH: HIGH. MARAC re-referral. OFFICIAL-SENSITIVE."),
]

POLICE_3 = [
    ("h", "NORTHFELL CONSTABULARY - Domestic Abuse Notification"),
    ("kv", [["Occurrence no.", "NF-2405-11-0193"], ["Crime reference", "11062024-3318"],
            ["Reporting officer", "PC 3318 Aisha Rahman"], ["Incident", "Saturday 11th May 2024, 02:15"],
            ["Location", "Flat 6, Heron House, Harrowdale NE99 4LS (new address of victim)"]]),
    ("t", ["Role", "Name", "DOB"], [["Victim", "Donna KERR", "02/04/1988"], ["Suspect", "Dean STOBBART", "25/01/1990"]]),
    ("h", "Circumstances"),
    ("p", "Victim called police stating her ex-partner had hit her and would not leave. Officers noted swelling and bruising to her left cheekbone. [[k055]] STOBBART was arrested at the flat for assault and breach of the non-molestation order, which is in force until 03/11/2024. He was later charged and remanded for court."),
    ("p", "No children were present; the victim's children are looked after by the local authority. Victim had been drinking. DASH: HIGH."),
]

EDT_LOG = """HARROWDALE EMERGENCY DUTY TEAM - OUT OF HOURS LOG
Log ref: EDT/23/2291          Worker: Paul Okafor (EDT Social Worker)
Family: KERR (FAM-50318) - allocated SW Gemma Thornley, FST2

Sat 16/12/23
21:58  Call from Northfell Police control: disturbance at 14 Larch Walk, Dean Stobbart present, mother very drunk, 6 children in house.
22:10  [[k031]] PC Dobson rang back: Kyle (11) has a cut to his forehead from a glass, bleeding controlled, ambulance requested.
22:45  [[k032]] Police protection taken for all six children at 22.40, authorised by Insp Harland. I am to find placements tonight.
22.55  Rang maternal grandmother Pauline Kerr (01632 960417). She will have Kayleigh and Kyle but cannot manage six.
23:00  Ambulance took Kyle to Harrowdale General ED with Kayleigh and a PC.
23:05  Spoke to Marcus Adeyemi (dad to Kai and Kacey-Mae). He works nights and is on shift; he suggested his sister.
23:15  Sade Adeyemi (01632 960588) agreed to take Kai and Kacey-Mae. Police checks clear on her address.
23:25  [[k036]] Kai and Kacey-Mae placed with their paternal aunt Sade Adeyemi at 27 Quarry Road, taken by PC Dobson and me.
23:35  [[k033]] ED nurse rang: Kyle's cut was cleaned and closed with tissue glue, no head injury concerns, discharged.
23:45  [[k034]] Kayleigh and Kyle placed with their maternal grandmother Pauline Kerr, who collected them from ED to 3 Ashby Terrace.
23:58  [[k035]] Keira and Kenzie placed with emergency foster carers Janet and Roy Hollins via the out of hours fostering line; both asleep in the car, carried in.
Sun 17/12/23
00:20  Kenzie asked for her "bunny", left at Larch Walk. Will ask day team to collect.
10:15  [[k037]] Home visit to Donna at Larch Walk: sober now, very remorseful, she signed a section 20 agreement for all six children.
10:40  Donna says Dean "just turned up" and she let him in. Told her police protection ends once s20 in place.
11:30  Handover note put on LCS. Day team to pick up Monday. Strategy discussion needed.
END OF LOG
"""

STRAT_1 = [
    ("h", "Harrowdale Safeguarding Partnership - Strategy Discussion Record"),
    ("kv", [["Date / time", "Monday 9th October 2023, 10:00 (Microsoft Teams)"], ["Chair", "Rashid Malik, Team Manager, FST2"],
            ["Children", "Kayleigh Kerr, Kyle Pritchard, Keira Stobbart, Kenzie Stobbart, Kai Adeyemi-Kerr, Kacey-Mae Kerr"]]),
    ("t", ["Attendee", "Agency / role"], [["Rashid Malik", "Children's Services (Chair)"], ["Gemma Thornley", "Children's Services, allocated SW"],
                                           ["DC Sam Holroyd", "Northfell Constabulary, Safeguarding Hub"], ["Bethan Moss", "Health Visitor"],
                                           ["Lauren Beckett", "DSL, Castle Moor Academy"], ["Priya Nair", "DSL, Moorside Primary School"],
                                           ["Jo Fenwick", "Manager, Brambles Nursery"]]),
    ("h", "Information shared"),
    ("p", "Police: [[k015]] On 07/10/2023 Dean Stobbart pushed Donna against the kitchen door at the family home after an argument, while drunk, and Kayleigh called the police. [[k016]] Dean was arrested the following day and released under investigation with bail-type conditions. [[k001]] He was convicted of assault against Donna in 2019."),
    ("p", "Schools: Kayleigh's lateness and tiredness; Keira and Kenzie presentation is generally good but Kenzie is often hungry at snack time. Nursery: Kai sometimes collected by Kayleigh. Health: Kacey-Mae has missed contacts; HV to visit."),
    ("h", "Decision"),
    ("p", "[[k017]] The strategy discussion agreed that the threshold is met for section 47 enquiries for all six children (physical and emotional harm, neglect). Single assessment to continue alongside."),
    ("t", ["Action", "By whom", "By when"], [["See and speak to all six children", "GT", "11/10/2023"],
                                             ["Joint visit to mother, safety planning", "GT", "09/10/2023"],
                                             ["MARAC referral", "Police", "Done"], ["ICPC to be convened", "RM", "within 15 working days"]]),
]

STRAT_2 = [
    ("h", "Harrowdale Safeguarding Partnership - Strategy Discussion Record"),
    ("kv", [["Date", "18.12.23, 14:00"], ["Chair", "Rashid Malik"], ["Type", "Further strategy discussion - children in police protection / s20"]]),
    ("t", ["Attendee", "Agency"], [["Rashid Malik", "Children's Services"], ["Gemma Thornley", "Children's Services"],
                                   ["DC Sam Holroyd", "Northfell Constabulary"], ["Helen Crossley", "Harrowdale Legal Services"],
                                   ["Andrea Whitfield", "Conference Chair / IRO"]]),
    ("h", "Summary of incident"),
    ("p", "[[k031]] On Saturday night Dean attended Larch Walk in breach of the non-molestation order; during an argument a glass was thrown and Kyle suffered a cut to his forehead. [[k032]] Police took all six children into police protection at 22:40. [[k033]] Kyle was treated at Harrowdale General ED, where the wound was closed with tissue glue."),
    ("p", "The children are now accommodated under s20 in three placements. Donna was sober when seen by EDT on Sunday morning."),
    ("h", "Decision"),
    ("p", "[[k038]] This further strategy discussion agreed that section 47 enquiries continue and that an urgent legal planning meeting is required. Police are investigating assault on a child and breach of the order. Dean remains in custody pending his first appearance at the magistrates' court."),
]

ICPC = [
    ("h", "Harrowdale Children's Services - Initial Child Protection Conference"),
    ("kv", [["Date of conference", "Tuesday 31 October 2023, 10:00-12:30"], ["Venue", "Harrowdale Civic Centre, Room 4"],
            ["Chair", "Andrea Whitfield, Independent Conference Chair"], ["Minute taker", "S. Patel"]]),
    ("h", "Family composition"),
    ("t", FAMILY_HEAD, FAMILY_ROWS_2023),
    ("h", "Attendance"),
    ("t", ["Name", "Role", "Present / report"], [["Donna Kerr", "Mother", "Present"], ["Marcus Adeyemi", "Father of Kai and Kacey-Mae", "Present"],
                                                 ["Dean Stobbart", "Father of Keira and Kenzie", "Not invited (NMO)"],
                                                 ["Lee Pritchard", "Father of Kayleigh and Kyle", "Written views via prison"],
                                                 ["Gemma Thornley", "Social Worker", "Present, report"], ["Bethan Moss", "Health Visitor", "Present"],
                                                 ["Lauren Beckett", "DSL Castle Moor Academy", "Present, report"], ["Priya Nair", "DSL Moorside Primary", "Present"],
                                                 ["DC Sam Holroyd", "Police", "Report only"]]),
    ("h", "Reason for conference"),
    ("p", "[[k015]] On 07/10/2023 Dean Stobbart pushed Donna against the kitchen door and the children were present; Kayleigh called the police. [[k001]] Dean was convicted of assaulting Donna in 2019. [[k021]] Donna obtained a non-molestation order against Dean on 20 October, with a return hearing on 03/11/2023."),
    ("h", "The children's views"),
    ("p", "[[k019]] When seen at Moorside Primary on 11 October, Keira said: \"Dean shouted and Mummy cried and Kayleigh put us in the bedroom.\" [[k020]] Kyle told the social worker the same evening that he puts his headphones on when the adults fight. Kayleigh did not want to attend but said she wanted \"things to be normal\"."),
    ("h", "Decision"),
    ("p", "[[k023]] The conference decided that all six children should be made subject to child protection plans: Kayleigh, Kyle, Keira and Kenzie under the category of emotional abuse, Kai and Kacey-Mae under neglect. Donna agreed with the decision; Marcus agreed."),
    ("h", "Outline plan"),
    ("p", "First core group 14/11/2023. Donna to engage with Harrowdale Recovery Partnership. Young carers assessment for Kayleigh. Viability assessment of Marcus. The first review child protection conference will be held on 23/01/2024 at 10:00."),
]

RCPC = [
    ("h", "Review Child Protection Conference - Minutes"),
    ("kv", [["Children", "Kayleigh KERR, Kyle PRITCHARD, Keira STOBBART, Kenzie STOBBART, Kai ADEYEMI-KERR, Kacey-Mae KERR"],
            ["Date", "30/01/2024 (rearranged from 23/01/2024 because of the court timetable)"], ["Chair", "Andrea Whitfield"]]),
    ("t", ["Name", "Role"], [["Donna Kerr", "Mother"], ["Marcus Adeyemi", "Father (Kai, Kacey-Mae)"], ["Gemma Thornley", "Social Worker"],
                             ["Pauline Kerr", "Maternal grandmother, kinship carer"], ["Sade Adeyemi", "Paternal aunt, kinship carer"],
                             ["Janet Hollins", "Foster carer"], ["Lauren Beckett", "Castle Moor Academy"], ["Ruth Ogden", "Children's Guardian (observing)"]]),
    ("h", "Progress since the initial conference"),
    ("p", "[[k025]] The first core group met on 14/11/2023 and there were three further core group meetings. Some early progress was not sustained."),
    ("p", "[[k031]] On 16 December 2023 Dean Stobbart came to the home in breach of the injunction, and Kyle was cut to the forehead by a thrown glass. The children were placed that night and have remained in their placements."),
    ("p", "[[k043]] On 09/01/2024 the court made interim care orders for all six children."),
    ("h", "Decision"),
    ("p", "[[k045]] The review child protection conference agreed that the child protection plans should end, because all six children are now looked after under interim care orders and their safety will be managed through their care plans and looked after reviews."),
]

LPM = [
    ("h", "Harrowdale Legal Services - Legal Planning Meeting Record"),
    ("p", "LEGALLY PRIVILEGED - NOT FOR DISCLOSURE"),
    ("kv", [["Date", "Wednesday 20th December 2023"], ["Present", "Rashid Malik (TM), Gemma Thornley (SW), Helen Crossley (Solicitor), Anne Gill (Head of Service)"],
            ["Children", "Six: Kerr / Pritchard / Stobbart / Adeyemi-Kerr"]]),
    ("h", "Background"),
    ("p", "[[k029]] At the first legal planning meeting on 05/12/2023 it was agreed that the threshold for the pre-proceedings stage of the PLO was met. [[k030]] A letter before proceedings was sent to all four parents on 07/12/2023. A pre-proceedings meeting was booked for 21/12/2023."),
    ("p", "[[k028]] On 28/11/2023 the social worker made an unannounced visit and found Donna intoxicated in the afternoon while Kayleigh cared for Kacey-Mae, who was in a soiled nappy."),
    ("p", "[[k031]] On 16/12/2023 Dean Stobbart was at the home in breach of the non-molestation order and Kyle sustained a cut to his forehead. [[k038]] A further strategy discussion on 18/12/2023 confirmed continuing s47 enquiries. Mother has signed s20 agreements but has said she may withdraw consent."),
    ("h", "Legal advice and decision"),
    ("p", "Threshold under s31 Children Act 1989 is crossed on the basis of emotional harm from exposure to domestic abuse, physical harm to Kyle and neglect linked to maternal alcohol misuse. [[k041]] Decision: the local authority will issue care proceedings for all six children in the first week of January. The pre-proceedings meeting will not go ahead."),
    ("t", ["Child", "Placement", "Care plan at issue"], [["Kayleigh and Kyle", "Maternal grandmother (Reg 24)", "Interim care order, kinship"],
                                                         ["Keira and Kenzie", "LA foster carers (Hollins)", "Interim care order"],
                                                         ["Kai and Kacey-Mae", "Paternal aunt (Reg 24)", "Interim care order; assess father"]]),
]

SWET = [
    ("h", "IN THE FAMILY COURT SITTING AT HARROWDALE"),
    ("p", "Case number: HR24C00031"),
    ("p", "Re K (Children) - Kayleigh, Kyle, Keira, Kenzie, Kai and Kacey-Mae"),
    ("h", "SOCIAL WORK EVIDENCE TEMPLATE (SWET) - FINAL STATEMENT OF THE LOCAL AUTHORITY"),
    ("kv", [["Statement of", "Gemma Thornley, Social Worker, Harrowdale Metropolitan Borough Council"], ["Statement no.", "3"],
            ["Date", "24 January 2025"], ["Exhibits", "None"]]),
    ("h", "1. The children and family"),
    ("t", FAMILY_HEAD, [
        ["Kayleigh Kerr", "Subject child", "14/06/2009", "With maternal grandmother, 3 Ashby Terrace", "Lee Pritchard"],
        ["Kyle Pritchard", "Subject child", "03/02/2012", "With foster carers (Hollins)", "Lee Pritchard"],
        ["Keira Stobbart", "Subject child", "27/08/2015", "With foster carers (Hollins)", "Dean Stobbart"],
        ["Kenzie Stobbart", "Subject child", "09/03/2018", "With foster carers (Hollins)", "Dean Stobbart"],
        ["Kai Adeyemi-Kerr", "Subject child", "19/07/2021", "With father, 9 Beacon Court", "Marcus Adeyemi"],
        ["Kacey-Mae Kerr", "Subject child", "30/05/2023", "With father, 9 Beacon Court", "Marcus Adeyemi"],
        ["Donna Kerr", "Mother (first respondent)", "02/04/1988", "Flat 6, Heron House, Harrowdale NE99 4LS", "-"],
    ]),
    ("p", "There is a seventh child in the wider family: Tyler Pritchard, Lee's son by another mother, who is not a subject of these proceedings and lives in Wexley. Care should be taken not to confuse Kyle Pritchard with Tyler Pritchard in older police records."),
    ("h", "2. Relevant history"),
    ("p", "[[k001]] Dean Stobbart was convicted of assaulting Ms Kerr in 2019. [[k002]] Lee Pritchard received a sentence of seven years in March 2022 and remains at HMP Fellbrook. [[k003]] Marcus Adeyemi moved out of the family home in early 2023. [[k004]] In the summer of 2023 Ms Kerr resumed her relationship with Mr Stobbart."),
    ("p", "[[k006]] Kayleigh's school attendance dropped sharply in September and October 2023. [[k007]] On 18 September 2023 she explained to her school that she had to \"do the bottles\" and take Kai to nursery each morning, saying: \"Mum can't get up in the mornings so I do the bottles and take Kai to nursery.\" [[k008]] The school's referral to MASH followed on 19 September. [[k011]] When Kayleigh was seen alone at school on 28 September 2023 she described herself as \"basically their mum\"."),
    ("p", "[[k015]] Late on 7 October 2023 Mr Stobbart, who had been drinking, pushed Ms Kerr against the kitchen door in front of the children, and it was Kayleigh who telephoned the police. [[k021]] Ms Kerr applied for and was granted a non-molestation order on 20 October 2023. [[k023]] All six children became subject to child protection plans on 31 October 2023."),
    ("p", "[[k026]] In November 2023 Mr Adeyemi telephoned the local authority to put himself forward as a carer for Kai and Kacey-Mae; Marcus telephoned on 20 November and has been consistent since. [[k028]] On 28 November 2023 I made an unannounced visit and found Ms Kerr intoxicated in mid-afternoon while Kayleigh looked after the baby. [[k029]] A legal planning meeting on 5 December 2023 agreed to enter pre-proceedings, [[k030]] and a letter before proceedings was sent on 7 December 2023."),
    ("p", "[[k031]] On the night of 16 December 2023 Mr Stobbart was at the home in breach of the order and Kyle was cut on the forehead by a thrown glass. [[k032]] The police used their police protection powers for all six children that night. [[k034]] Kayleigh and Kyle went to their maternal grandmother, Mrs Pauline Kerr. [[k035]] Keira and Kenzie went to Mr and Mrs Hollins, foster carers. [[k036]] Kai and Kacey-Mae went to their paternal aunt, Ms Sade Adeyemi. [[k037]] The next morning Ms Kerr signed a section 20 agreement."),
    ("p", "[[k041]] On 20 December 2023 the local authority decided to issue care proceedings. [[k042]] The application was issued on 4 January 2024, [[k043]] and on 9 January 2024 the court made interim care orders for all six children. [[k045]] At the review child protection conference on 30 January 2024 the plans were ended as the children were looked after."),
    ("h", "3. Events during proceedings"),
    ("p", "[[k047]] Family time has been inconsistent: on 13 February 2024 a session ended early because Ms Kerr arrived late and smelling of alcohol. [[k048]] Kayleigh was referred to Harrowdale Young Carers in February 2024 and now attends their Thursday group. [[k049]] In March 2024 Ms Kerr began attending the Harrowdale Recovery Partnership, though her engagement has been intermittent."),
    ("p", "[[k076]] On 5 March 2024 Keira made a disclosure to her foster carer that Mr Stobbart had hit her mother with the television remote. [[k050]] On 15 March 2024 Kyle was reported missing from his grandmother's home in the evening; he was found at his mother's flat. [[k053]] The parenting assessment of Mr Adeyemi began during April 2024. [[k054]] A kinship viability assessment of Mrs Kerr on 23 April 2024 was positive. [[k078]] On 26 April 2024 Ms Kerr moved to Heron House, away from Larch Walk."),
    ("p", "[[k055]] On 11 May 2024 Mr Stobbart was arrested at Ms Kerr's new flat for assaulting her in breach of the non-molestation order. [[k082]] He was convicted on 2 July 2024 at the magistrates' court and is now subject to a restraining order. [[k081]] Kyle received a two-day suspension from school on 7 June 2024 for fighting. [[k058]] After a period of escalating conflict with his grandmother, Kyle moved to the Hollins' home on 14 June 2024, where he lives with Keira and Kenzie."),
    ("p", "[[k060]] On 10 August 2024 Kayleigh and Kyle met their half-brother Tyler for the first time in several years. [[k061]] In September 2024 Kai started at Sunnybank Nursery near his aunt's home. [[k062]] Mr Adeyemi's parenting assessment concluded on 10 September 2024 with a positive recommendation. [[k063]] After an overnight stay on 21 September 2024 and a short transition, [[k064]] Kai and Kacey-Mae moved to live with Mr Adeyemi on 5 October 2024 and are thriving."),
    ("p", "[[k068]] Ms Kerr's hair strand test, reported on 8 November 2024, showed chronic excessive alcohol use between August and October 2024. [[k069]] In a wishes and feelings session on 19 November 2024 Kayleigh told me: \"I want to stay at Nan's. I don't want to be the mum any more.\" [[k071]] At the case management hearing on 3 December 2024 the court timetabled the case to a final hearing. [[k072]] At the looked after review on 14 January 2025 the plan of long-term fostering for Kyle, Keira and Kenzie was endorsed."),
    ("h", "4. Analysis"),
    ("p", "Ms Kerr has shown real love for her children and recent efforts to stop drinking, but over sixteen months she has not been able to sustain change, and she has twice allowed Mr Stobbart back into her home despite a court order. The children cannot wait for her to recover. Kayleigh in particular has had her own childhood taken up with caring for her siblings, and she is clear that she wants this to stop."),
    ("h", "5. The local authority's plan"),
    ("p", "The local authority intends to ask the court to make a special guardianship order for Kayleigh in favour of Mrs Pauline Kerr; the special guardianship assessment will be filed by 14 February 2025. The local authority intends to seek final care orders for Kyle, Keira and Kenzie with a plan of long-term fostering with Mr and Mrs Hollins. For Kai and Kacey-Mae the local authority intends to invite the court to make a child arrangements order in favour of Mr Adeyemi, with a supervision order for 12 months."),
    ("p", "Sibling time will take place at least monthly for all six children, and family time with Ms Kerr will reduce to monthly. The issues resolution hearing is listed on 11 March 2025 and the final hearing on 28 April 2025."),
    ("h", "Statement of truth"),
    ("p", "I believe that the facts stated in this witness statement are true. Signed: G. Thornley. Dated: 24/01/2025."),
]

FAMILY_TIME = [
    ("h", "Harrowdale Family Centre - Supervised Family Time Recordings 2024"),
    ("p", "Family: KERR (six children). Parent: Donna Kerr. Supervisor: Tracey Lamb unless stated. Venue: Harrowdale Family Centre, Room 2 (Blue Room)."),
    ("h", "Session: Tuesday 16 January 2024, 16:00-17:30"),
    ("p", "[[k044]] This was the first supervised family time since the children came into care; all six children attended with Donna. Donna arrived early with bags of sweets and a present for each child."),
    ("t", ["Child", "Observations"], [
        ["Kayleigh", "Took Kacey-Mae straight from the escort and fed her; I encouraged Donna to do the feed, which she did."],
        ["Kyle", "Played on his phone at first, then a card game with Donna. Laughed a lot."],
        ["Keira", "Sat on Donna's knee most of the session and brushed her hair."],
        ["Kenzie", "At the end Kenzie asked Donna: \"Are we going home after?\" Donna cried and explained the judge is deciding."],
        ["Kai / Kacey-Mae", "Kai played with the garage. Kacey-Mae settled with Donna after the feed."],
    ]),
    ("h", "Session: Tuesday 13 February 2024"),
    ("p", "[[k047]] Donna arrived 25 minutes late and I could smell alcohol; after speaking to the duty manager the session ended early at 16:40. The children were told Mum was poorly. Kyle kicked the door on the way out. Kayleigh said quietly, \"She promised.\""),
    ("h", "Session: Tuesday 9 April 2024"),
    ("p", "[[k052]] Donna was on time and sober for family time, and the session was warm and well organised; she had planned an Easter egg hunt in the garden."),
    ("t", ["Child", "Observations"], [
        ["Keira", "Told me on the way to the car: \"Mummy was proper Mummy today.\""],
        ["Kenzie", "Found the most eggs and shared them with Kai."],
        ["Kyle", "Stayed close to Donna and told her about football."],
        ["Kayleigh", "Did not attend (school trip)."],
    ]),
    ("h", "Session: Tuesday 16 July 2024"),
    ("p", "[[k059]] Kyle attended his first family time since moving to the Hollins and talked a lot about Janet. Donna asked whether he wanted to go back to Nan's. Kyle said: \"I don't want to be at Nan's if she's going to shout at me. Janet doesn't shout.\" Donna managed this well. Kai and Kacey-Mae attended with their aunt Sade as escort."),
    ("h", "Session: Tuesday 22 October 2024"),
    ("p", "[[k067]] Family time today was for Donna with Kayleigh, Kyle, Keira and Kenzie only, as Kai and Kacey-Mae now see their mother separately with Marcus supervising in the community."),
    ("t", ["Child", "Observations"], [
        ["Keira", "Asked Donna: \"Why can't Kai and Kacey come to our house?\" I explained the plan for sibling time."],
        ["Kenzie", "Showed Donna her reading book. Bunny came too."],
        ["Kyle", "Talked about boxing. Left without a hug but waved."],
        ["Kayleigh", "Helped Donna with the snack; less caring role than before, chatted about college."],
    ]),
]

SCHOOL_EML = {
    "from": "Lauren Beckett <l.beckett@castlemoor-academy.example>",
    "to": "MASH Harrowdale <mash@harrowdale-council.example>",
    "cc": "Safeguarding Team <safeguarding@castlemoor-academy.example>",
    "subject": "MASH referral - Kayleigh KERR (Y10) and siblings",
    "date": "Tue, 19 Sep 2023 10:42:17 +0100",
    "msgid": "<cma-dsl-20230919-1042@castlemoor-academy.example>",
    "body": """Dear MASH colleagues,

[[k008]] I am making a referral to MASH regarding Kayleigh Kerr (DOB 14/06/2009), Year 10, and her younger brothers and sisters.

[[k006]] Kayleigh's attendance has dropped to 78% since the start of the autumn term and she has been late on 9 of 12 days. Staff describe her as exhausted and she has fallen asleep in two lessons.

[[k007]] Yesterday (Monday) I spoke to Kayleigh after registration about her lateness and she told me: "Mum can't get up in the mornings so I do the bottles and take Kai to nursery." She also said she sometimes collects her sisters from Moorside Primary. She became upset and asked me not to "get Mum in trouble".

We have had no contact from mum this term despite three letters. Kyle Pritchard (Y7) is Kayleigh's brother - please note the different surname. He is settling in with us and there are no concerns at present beyond lateness.

Kayleigh is aware I am sharing this. I have not spoken with Mum.

Kind regards

Lauren Beckett
Designated Safeguarding Lead
Castle Moor Academy, Moor Lane, Harrowdale NE99 5CM
Tel 01632 960233
""",
}

NURSERY_EML = {
    "from": "Claire Dunmore <manager@sunnybank-nursery.example>",
    "to": "Gemma Thornley <gemma.thornley@harrowdale-council.example>",
    "cc": "",
    "subject": "Kai Adeyemi-Kerr - update",
    "date": "Tue, 15 Oct 2024 14:05:51 +0100",
    "msgid": "<sbn-20241015-kai@sunnybank-nursery.example>",
    "body": """Hi Gemma,

[[k066]] Just a quick update on Kai as promised at the last meeting.

[[k061]] Kai started at Sunnybank in September and has settled really well. He is now in the Hedgehogs room three days a week.

[[k064]] Since he moved to live with his dad Marcus last week (Saturday 5th) Kai has been dropped off on time every day, usually by Dad, and picked up by his Auntie Sade on Wednesdays.

[[k065]] Yesterday at circle time Kai told the group "Daddy's house has got my dinosaur bed" and then talked about his little sister "Kacey", which is the first time he has spoken in circle time.

No concerns from us. His speech is coming on and our SENCo no longer thinks he needs a referral.

Best wishes,
Claire

Claire Dunmore
Nursery Manager, Sunnybank Nursery, 4 Quarry Road, Harrowdale NE99 6DS
01632 960871
""",
}

SCAN_LINES = [
    "HARROWDALE GENERAL HOSPITAL NHS TRUST",
    "Emergency Department - Discharge Letter (Copy to GP / Social Care)",
    "",
    "Patient: Kyle PRITCHARD        NHS No: 485 777 3361",
    "DOB: 03/02/2012                 Attended: 16/12/2023  23:02",
    "Brought by: Ambulance, with sister (14) and police officer",
    "GP: Fellgate Medical Practice, Harrowdale NE99 4FM",
    "",
    "Presenting complaint: laceration to forehead from thrown glass at home.",
    "Examination: 2 cm superficial laceration, left forehead. No LOC.",
    "GCS 15/15. No glass fragments seen on irrigation.",
    "",
    "Treatment: [[k033]] Wound cleaned and closed with tissue glue (Dermabond).",
    "",
    "Safeguarding: police protection in place. EDT social worker",
    "aware. Paediatric liaison health visitor notified.",
    "",
    "Advice: keep dry for 5 days. Return if signs of infection.",
    "",
    "Dr S. Rahman, ST4 Emergency Medicine",
]
SCAN_PATH = "health/ed-discharge-letter-2023-12-16-scan.pdf"

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
FIXED_DT = (2025, 1, 24, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def strip(text: str) -> str:
    return MARK.sub("", text)


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path: Path, blocks, footer: str, header: str = ""):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("h", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=6, spaceAfter=4)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if header:
            canv.drawString(18 * mm, A4[1] - 12 * mm, header)
        canv.drawString(18 * mm, 10 * mm, footer)
        canv.drawRightString(A4[0] - 18 * mm, 10 * mm, "Page %d" % doc.page)
        canv.restoreState()

    story = []
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(_esc(strip(b[1])), head))
        elif b[0] == "p":
            story.append(Paragraph(_esc(strip(b[1])), body))
        elif b[0] in ("t", "kv"):
            rows = ([b[1]] + b[2]) if b[0] == "t" else b[1]
            data = [[Paragraph(_esc(strip(c)), cell) for c in r] for r in rows]
            ncol = len(rows[0])
            width = 174 * mm
            cw = [width * 0.32, width * 0.68] if ncol == 2 else None
            t = Table(data, colWidths=cw, repeatRows=1 if b[0] == "t" else 0)
            st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if b[0] == "t":
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
            else:
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(st))
            story += [t, Spacer(1, 6)]
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _new_docx():
    import datetime as dt
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.created = dt.datetime(*FIXED_DT)
    cp.modified = dt.datetime(*FIXED_DT)
    cp.last_printed = dt.datetime(*FIXED_DT)
    cp.author = "Harrowdale Children's Services"
    cp.last_modified_by = "Harrowdale Children's Services"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def _docx_table(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cellp = t.cell(i, j).paragraphs[0]
            run = cellp.add_run(strip(c))
            if header and i == 0:
                run.bold = True
    d.add_paragraph("")


def _save_docx(d, path: Path):
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_fix_zip(buf.getvalue()))


def write_docx_blocks(path: Path, blocks):
    d = _new_docx()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(strip(b[1]), level=2)
        elif b[0] == "p":
            d.add_paragraph(strip(b[1]))
        elif b[0] == "t":
            _docx_table(d, [b[1]] + b[2])
        elif b[0] == "kv":
            _docx_table(d, b[1], header=False)
    _save_docx(d, path)


NOTES_TITLE = "HARROWDALE CHILDREN'S SERVICES - CASE RECORDING EXPORT"
NOTES_META = "Family ID: FAM-50318 | Case: KERR, Donna and children | Worker: Gemma Thornley | Exported: 22/01/2025 16:02 by GTHORNLEY | Filter: all case notes 19/09/2023 - 22/01/2025"


def note_header(n):
    when, author, ntype = n[0], n[1], n[2]
    return f"Note date: {when} | Author: {author} | Note type: {ntype}"


def write_notes_docx(path: Path):
    from docx.shared import Pt
    d = _new_docx()
    h = d.add_paragraph()
    r = h.add_run(NOTES_TITLE)
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(NOTES_META)
    d.add_paragraph("OFFICIAL-SENSITIVE. Notes are shown oldest first. Times are times of recording.")
    for n in NOTES:
        p = d.add_paragraph()
        run = p.add_run(note_header(n))
        run.bold = True
        for para in n[3]:
            d.add_paragraph(strip(para))
        d.add_paragraph("-" * 40)
    _save_docx(d, path)


def write_eml(path: Path, m):
    msg = EmailMessage(policy=_policy.SMTP)
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = m["msgid"]
    msg.set_content(strip(m["body"]), cte="7bit")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(msg.as_bytes())


def write_scan(path: Path, lines):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 236)
    dr = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    bold = ImageFont.truetype(FONT.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), 34)
    y = 170
    for i, line in enumerate(lines):
        f = bold if i < 2 else font
        dr.text((150, y), strip(line), fill=25, font=f)
        y += 56 if line else 34
    dr.text((150, y + 60), "Page 1 of 1", fill=60, font=font)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=236)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# Registry of files: path -> (writer, plain-text units used for checks)
# --------------------------------------------------------------------------------------------
def _units_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "t":
            for r in [b[1]] + b[2]:
                out.extend(r)
        elif b[0] == "kv":
            for r in b[1]:
                out.extend(r)
    return out


def _units_notes():
    out = [NOTES_TITLE, NOTES_META]
    for n in NOTES:
        out.append(note_header(n))
        out.extend(n[3])
    return out


PDFS = {
    "assessment/single-assessment-2023-11-16.pdf": (ASSESSMENT, "OFFICIAL-SENSITIVE | Single Assessment FAM-50318 | Printed from LCS", ""),
    "police/DA-notification-2023-10-07.pdf": (POLICE_1, "Northfell Constabulary PVP Unit | Form DA/CS1 (rev 4)", "OFFICIAL-SENSITIVE"),
    "police/DA-notification-2023-12-16.pdf": (POLICE_2, "Northfell Constabulary | Printed: 02/01/2024 09:12 by 2290", "OFFICIAL-SENSITIVE"),
    "police/DA-notification-2024-05-11.pdf": (POLICE_3, "Northfell Constabulary PVP Unit | Form DA/CS1 (rev 4)", "OFFICIAL-SENSITIVE"),
    "meetings/strategy-discussion-2023-10-09.pdf": (STRAT_1, "Harrowdale Safeguarding Partnership | Strategy discussion record v2", "CONFIDENTIAL"),
    "meetings/strategy-discussion-2023-12-18.pdf": (STRAT_2, "Harrowdale Safeguarding Partnership | Strategy discussion record v2", "CONFIDENTIAL"),
    "meetings/icpc-minutes-2023-10-31.pdf": (ICPC, "Harrowdale Child Protection Conference Service | Minutes", "CONFIDENTIAL"),
    "legal/legal-planning-meeting-2023-12-20.pdf": (LPM, "Harrowdale Legal Services | Ref HLS/CS/23/774", "LEGALLY PRIVILEGED"),
    "family-time/family-time-recordings-2024.pdf": (FAMILY_TIME, "Harrowdale Family Centre | Family time recording", "OFFICIAL-SENSITIVE"),
}
DOCXS = {
    "meetings/rcpc-minutes-2024-01-30.docx": RCPC,
    "court/swet-statement-2025-01-24.docx": SWET,
}
NOTES_PATH = "case-notes/lcs-case-note-export.docx"
EDT_PATH = "edt/edt-log-2023-12-16.txt"
EMLS = {
    "school/2023-09-19-castle-moor-mash-referral.eml": SCHOOL_EML,
    "nursery/2024-10-15-sunnybank-nursery-update.eml": NURSERY_EML,
}


def file_units():
    u = {}
    for p, (blocks, footer, header) in PDFS.items():
        u[p] = _units_blocks(blocks) + [footer, header]
    for p, blocks in DOCXS.items():
        u[p] = _units_blocks(blocks)
    u[NOTES_PATH] = _units_notes()
    u[EDT_PATH] = EDT_LOG.split("\n")
    for p, m in EMLS.items():
        u[p] = [m["subject"], m["date"]] + m["body"].split("\n")
    u[SCAN_PATH] = list(SCAN_LINES)
    return u


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------
END = re.compile(r"[.!?]['\"]?(?=\s|$)")


def marked_spans(units):
    """Yield (event_id, sentence_text) for every marker: marker to end of its sentence."""
    for u in units:
        for m in MARK.finditer(u):
            rest = strip(u[m.end():])
            e = END.search(rest)
            yield m.group(1), rest[: e.end()] if e else rest


def check_and_fill(units):
    ev = {e["id"]: e for e in EVENTS}
    assert len(ev) == len(EVENTS), "duplicate event ids"
    spans = {}
    for path, us in units.items():
        for eid, sent in marked_spans(us):
            assert eid in ev, f"unknown marker {eid} in {path}"
            spans.setdefault(eid, {}).setdefault(path, []).append(sent.lower())
    for e in EVENTS:
        srcs = spans.get(e["id"], {})
        assert srcs, f"{e['id']} has no source"
        e["sources"] = sorted(srcs)
        for path, sents in srcs.items():
            for s in sents:
                for kp in e["key_phrases"]:
                    assert kp.lower() in s, f"{e['id']}: key phrase {kp!r} not in marked sentence of {path}: {s!r}"
        if e["child_quote"]:
            q = e["child_quote"]
            hit = any(('"' + q) in strip(u) for p in e["sources"] for u in units[p])
            assert hit, f"{e['id']}: child quote not verbatim in a source"
    # distinctiveness between events on the same date
    by_date = {}
    for e in EVENTS:
        by_date.setdefault(e["date"], []).append(e)
    for d, es in by_date.items():
        for a in es:
            for b in es:
                if a is b:
                    continue
                for path, sents in spans[a["id"]].items():
                    for s in sents:
                        assert not all(k.lower() in s for k in b["key_phrases"]), \
                            f"{a['id']} sentence in {path} also matches {b['id']} key phrases"
    evdates = {e["date"] for e in EVENTS}
    allfiles = set(units)
    for x in PLANS + DISTRACTORS:
        assert x["date"] not in evdates, f"{x['id']} date {x['date']} equals an event date"
        for p in x["sources"]:
            assert p in allfiles, f"{x['id']}: unknown source {p}"
            text = " ".join(strip(u) for u in units[p]).lower()
            for kp in x.get("key_phrases", []):
                assert kp.lower() in text, f"{x['id']}: {kp!r} not in {p}"
    # distractor/plan dates must actually be visible in their sources (dd/mm/yyyy or similar)
    for x in PLANS + DISTRACTORS:
        if x["precision"] != "day":
            continue
        y, mth, dd = x["date"].split("-")
        pats = [f"{dd}/{mth}/{y}", f"{y}{mth}{dd}", f"{dd}{mth}{y[2:]}", f"{dd}{mth}{y}"]
        import calendar
        pats.append(f"{int(dd)} {calendar.month_name[int(mth)]} {y}")
        for p in x["sources"]:
            text = " ".join(strip(u) for u in units[p])
            assert any(pt in text for pt in pats), f"{x['id']}: date not visible in {p}"


# --------------------------------------------------------------------------------------------
def build(out_root: Path) -> dict:
    out_root = Path(out_root)
    case = out_root / SLUG
    if case.exists():
        shutil.rmtree(case)
    units = file_units()
    check_and_fill(units)

    for p, (blocks, footer, header) in PDFS.items():
        write_pdf(case / p, blocks, footer, header)
    for p, blocks in DOCXS.items():
        write_docx_blocks(case / p, blocks)
    write_notes_docx(case / NOTES_PATH)
    (case / EDT_PATH).parent.mkdir(parents=True, exist_ok=True)
    (case / EDT_PATH).write_text(strip(EDT_LOG), encoding="utf-8")
    for p, m in EMLS.items():
        write_eml(case / p, m)
    write_scan(case / SCAN_PATH, SCAN_LINES)

    files = sorted(str(f.relative_to(case)) for f in case.rglob("*") if f.is_file())
    assert set(files) == set(units), (set(files) ^ set(units))

    expected = {
        "case": SLUG,
        "title": "Re K (Children)",
        "fictional": True,
        "children": [
            {"name": "Kayleigh Kerr", "dob": "2009-06-14"},
            {"name": "Kyle Pritchard", "dob": "2012-02-03"},
            {"name": "Keira Stobbart", "dob": "2015-08-27"},
            {"name": "Kenzie Stobbart", "dob": "2018-03-09"},
            {"name": "Kai Adeyemi-Kerr", "dob": "2021-07-19"},
            {"name": "Kacey-Mae Kerr", "dob": "2023-05-30"},
        ],
        "local_authority": "Harrowdale Metropolitan Borough Council (fictional)",
        "period": ["2019", "2025-01-21"],
        "events": sorted(EVENTS, key=lambda e: (e["date"], e["id"])),
        "plans": PLANS,
        "distractors": DISTRACTORS,
    }
    (out_root / "expected").mkdir(parents=True, exist_ok=True)
    (out_root / "expected" / f"{SLUG}.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"case": SLUG, "files": len(files), "events": len(EVENTS)}


if __name__ == "__main__":
    print(build(Path(__file__).parent))
