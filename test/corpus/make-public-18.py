"""Write public-texts-18.jsonl: batch 26, award criteria and social value / community benefit clauses of real UK
contract notices (Find a Tender, Public Contracts Scotland via Find a Tender, NWSSP via Find a Tender, Northern Ireland
via Find a Tender), 2021 onwards, as published, with hard negatives from the same notices and from notices whose
subject uses social value's vocabulary.

Notice sources (every text is notice data published by the buyer, OGL v3; no aggregator summary or commentary is used):
- d3tenders.com compiled OCDS releases (/contract/download.php?ocid=...; for 2021-2023 Find a Tender records the
  `tender.lots[].awardCriteria.criteria` items appear at the start of the record, weight in `description`) and the
  d3tenders notice page's "Notice Information" fields (title, description, lot information, options, renewal);
- bidatlas.co.uk and the cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws copies of Find a Tender notices
  ("Lot 1 Award Criterion (quality): ..." lines, description, lot description).
Notices (ocid or Find a Tender notice id; one notice = one group):
  ocds-h6vhtk-029a82 TC660 Provision of Minor Works in Default (a City Council's Neighbourhood Services, 2021):
    Quality 30, Social Value 20
  ocds-h6vhtk-02e660 NWSSP Ambient Groceries (NHS Wales, award 2023): Environmental Sustainability 5, Ethical
    Sustainability 5, Social Value
  ocds-h6vhtk-04cfca Southwark Council school food framework (award 2025; bidatlas 051388-2025 is the same notice):
    framework aims, lot criteria Menus & Nutrition, Staffing
  ocds-h6vhtk-06138d Haringey Catering Framework (2026): local-suppliers / social value statement
  fts:057208-2025 The Highland Council Energy Efficiency Framework: Project Delivery, Health & Safety, Innovation,
    Community Benefits
  fts:082386-2025 Ormiston Academies Trust catering framework: lot criteria (all quality, none social value)
  ocds-h6vhtk-029cb7 East Ayrshire Council education furniture (2021), ocds-h6vhtk-029a33 Education Authority NI
    lunch bags (2021), ocds-h6vhtk-0342d6 processing of recyclable materials (2022), ocds-h6vhtk-028ed0 CCS e-vouchers
    (2023), ocds-h6vhtk-0459ac East Lothian Council taxi framework (2024), ocds-h6vhtk-02aa39 Forestry and Land
    Scotland building maintenance (2021), ocds-h6vhtk-036511 CCS RM6331 healthcare soft FM (2025),
    ocds-h6vhtk-028a03 LHC new build housing framework (2021), ocds-r6ebe6-0000724767 North Lanarkshire LHEES,
    fts:023323-2026 Environment Agency CDF2, fts:056323-2025 Stonewater grounds maintenance, ocds-h6vhtk-038749
    Bield Housing and Care grounds maintenance (2022-23): hard negatives (criteria, descriptions, options).
Criterion names already in the corpus ("Social Value", "Environmental Sustainability") are skipped by the writer and
named on stderr. Texts are verbatim (a list bullet or leading "*" dropped; cut only at a sentence end).

  python3 test/corpus/make-public-18.py > /work/batches/public-texts-18.jsonl
"""
from batch import Batch, NOTICE_BIDATLAS, NOTICE_D3, EI, CL, EO, MU, NOTICE_LAMBDA, weighting as W

D3J = 'https://d3tenders.com/contract/download.php?ocid='
D3P = 'https://d3tenders.com/contract/?ocid='
BA = 'https://bidatlas.co.uk/tenders/'
LU = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/'
DP, DL, AC, AI = 'Description of the procurement', 'Description of the lot', 'Award criteria', 'Additional information'
AIMS = DP + ': The aims of the framework include:'
ACL = AC + ' (quality criterion, lot 1)'

# (source, group, family, jurisdiction, primary theme or None, secondary ids, section, text[, extra])
NOTICES = [
 # TC660 Minor Works in Default (2021)
 (D3J + 'ocds-h6vhtk-029a82', 'ocds-h6vhtk-029a82', 'notice-award', 'uk', None, [], ACL, 'Quality', W(30)),
 (D3J + 'ocds-h6vhtk-029a82', 'ocds-h6vhtk-029a82', 'notice-award', 'uk', MU, [], ACL, 'Social Value', W(20)),
 (D3J + 'ocds-h6vhtk-029a82', 'ocds-h6vhtk-029a82', 'eng-notice-neg', 'uk', None, [], DP,
  'The framework is for the allocation of works based on legal enforcement notices which have been served on a property.'),
 (D3J + 'ocds-h6vhtk-029a82', 'ocds-h6vhtk-029a82', 'eng-notice-neg', 'uk', None, [], DP,
  'The framework tender comprises the carrying out of various repair and remedial works on behalf of the City Council, subsequent to the issuing of the appropriate legal notice(s) and their default.'),
 (D3J + 'ocds-h6vhtk-029a82', 'ocds-h6vhtk-029a82', 'eng-notice-neg', 'uk', None, [], 'Lot 1 title',
  'Boarding and Securing of Properties'),
 # NWSSP Ambient Groceries (2023)
 (D3J + 'ocds-h6vhtk-02e660', 'ocds-h6vhtk-02e660', 'notice-award', 'wales', CL, [], ACL, 'Environmental Sustainability', W(5)),
 (D3J + 'ocds-h6vhtk-02e660', 'ocds-h6vhtk-02e660', 'notice-award', 'wales', EO, [], ACL, 'Ethical Sustainability', W(5)),
 (D3J + 'ocds-h6vhtk-02e660', 'ocds-h6vhtk-02e660', 'notice-award', 'wales', MU, [], ACL, 'Social Value'),
 (D3J + 'ocds-h6vhtk-02e660', 'ocds-h6vhtk-02e660', 'wales-notice-neg', 'wales', None, [], DP,
  'Supply of Ambient Groceries to organisations and sites engaged in the management and/or support of the healthcare of populations within Wales or for which they are responsible.'),
 (D3J + 'ocds-h6vhtk-02e660', 'ocds-h6vhtk-02e660', 'wales-notice-neg', 'wales', None, [], DL + ' (Direct Delivery A- General Groceries)',
  'Lot 1 is an all Wales lot for direct supply to NHS Wales sites.'),
 (D3J + 'ocds-h6vhtk-02e660', 'ocds-h6vhtk-02e660', 'wales-notice-neg', 'wales', None, [], DL + ' (Direct Delivery A- General Groceries)',
  'It was mandatory that all core products were tendered for in order to be considered compliant.'),
 # Southwark school food framework (2025)
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice', 'uk', EI, [], AIMS,
  'Tackling disadvantage and reducing inequalities'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice', 'uk', EI, [], AIMS,
  'Enhancing social value through job creation for local people, payment of London Living Wage (LLW) and supporting the local economy'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice', 'uk', MU, ['climate'], AIMS,
  "Realising the opportunities for meeting the Council's social value, food security, environmental sustainability and climate emergency agenda."),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice-neg', 'uk', None, [], AIMS,
  'Continued improvement of nutritional quality and consistency of school meals across Southwark'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice-neg', 'uk', None, [], DP,
  'Within Southwark, there are currently 4 nursery schools, 74 primary schools (including 3 special schools) and 25 secondary schools (including 5 special schools).'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice-neg', 'uk', None, [], DP,
  'Currently, most primary school outsourced contracts are for a single school, rather than a group, each with different contract terms.'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice-neg', 'uk', None, [], DP,
  'Most contracts are currently two to three years in duration.'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice-neg', 'uk', None, [], 'Renewal (lot 1)',
  'Subject to Southwark Council still requiring this framework to continue.'),
 (D3P + 'ocds-h6vhtk-04cfca', 'ocds-h6vhtk-04cfca', 'eng-notice-neg', 'uk', None, [], DL + ' (lot 1)',
  'Catering services for Maintained nursery schools'),
 (BA + '051388-2025', 'ocds-h6vhtk-04cfca', 'notice-award', 'uk', None, [], ACL, 'Menus & Nutrition'),
 (BA + '051388-2025', 'ocds-h6vhtk-04cfca', 'notice-award', 'uk', None, [], ACL, 'Staffing'),
 # Haringey Catering Framework (2026)
 (D3J + 'ocds-h6vhtk-06138d', 'ocds-h6vhtk-06138d', 'eng-notice', 'uk', EI, [], DP,
  'It is open to only local suppliers and businesses, which reflects the ambition of the Authority to support the local economy and promote social value.'),
 (D3J + 'ocds-h6vhtk-06138d', 'ocds-h6vhtk-06138d', 'eng-notice-neg', 'uk', None, [], DP,
  'Framework for Catering Operators for use by the Authority.'),
 (D3J + 'ocds-h6vhtk-06138d', 'ocds-h6vhtk-06138d', 'eng-notice-neg', 'uk', None, [], DP,
  'It is established for the provision of catering and concession services.'),
 # Highland Council Energy Efficiency Framework (2025)
 (BA + '057208-2025', 'fts:057208-2025', 'notice-award', 'scotland', MU, [], ACL, 'Community Benefits'),
 (BA + '057208-2025', 'fts:057208-2025', 'notice-award', 'scotland', None, [], ACL, 'Project Delivery'),
 (BA + '057208-2025', 'fts:057208-2025', 'notice-award', 'scotland', None, [], ACL, 'Health & Safety'),
 (BA + '057208-2025', 'fts:057208-2025', 'notice-award', 'scotland', None, [], ACL, 'Innovation'),
 (BA + '057208-2025', 'fts:057208-2025', 'scot-notice-neg', 'scotland', None, [], DP,
  'This notice is for a Energy Efficiency framework for the Highland Council, for contractors to provide a range of energy efficiency works and services.'),
 (BA + '057208-2025', 'fts:057208-2025', 'scot-notice-neg', 'scotland', None, [], DP,
  'This includes but is not limited to Consultancy & advice, Building Fabric Improvements, Heating & Ventilation, Renewables & Ancillary Systems and Building Controls'),
 (BA + '057208-2025', 'fts:057208-2025', 'scot-notice-neg', 'scotland', None, [], DL + ' (Consultancy & Advice)',
  'The sub lots under this lot are; Energy Efficiency Assessor, Retrofit Coordinator, Retrofit Assessor, Consultancy, Structural Engineer and Clerk of Works'),
 # Ormiston Academies Trust catering framework (2025)
 (LU + '082386-2025', 'fts:082386-2025', 'notice-award', 'uk', None, [], ACL, 'Policies & Procedures – OAT Catering Policy'),
 (LU + '082386-2025', 'fts:082386-2025', 'notice-award', 'uk', None, [], ACL, 'Food Offering – Portion Size Schedule'),
 (LU + '082386-2025', 'fts:082386-2025', 'notice-award', 'uk', None, [], ACL, 'Purchasing'),
 (LU + '082386-2025', 'fts:082386-2025', 'notice-award', 'uk', None, [], ACL, 'Personnel – Staff Cover'),
 (LU + '082386-2025', 'fts:082386-2025', 'notice-award', 'uk', None, [], ACL, 'Personnel – New and existing Staff Training'),
 (LU + '082386-2025', 'fts:082386-2025', 'notice-award', 'uk', None, [], ACL, 'Food Information Regulations & Natasha’s Law'),
 (LU + '082386-2025', 'fts:082386-2025', 'eng-notice-neg', 'uk', None, [], DP,
  'A Catering Services framework for the utilisation of up to 45 schools within a Multi-Academy-Trust environment.'),
 # East Ayrshire education furniture (2021)
 (D3J + 'ocds-h6vhtk-029cb7', 'ocds-h6vhtk-029cb7', 'notice-award', 'scotland', None, [], ACL, 'Quality & Range of Furniture', W(20)),
 (D3J + 'ocds-h6vhtk-029cb7', 'ocds-h6vhtk-029cb7', 'notice-award', 'scotland', None, [], ACL, 'Deliverability & Proposals for Managing the Contract', W(15)),
 (D3J + 'ocds-h6vhtk-029cb7', 'ocds-h6vhtk-029cb7', 'scot-notice-neg', 'scotland', None, [], DL + ' (Lot 1 - General Furniture (Primary & Secondary))',
  'Classroom desks and chairs, teacher desks and chairs, folding exam desks, storage cupboards and shelving, bookcases, tables etc for primary and secondary schools.'),
 # Education Authority NI pre-filled lunch bags (2021)
 (D3J + 'ocds-h6vhtk-029a33', 'ocds-h6vhtk-029a33', 'notice-award', 'northern-ireland', None, [], ACL,
  'AC2: Qualitative - Appearance Taste of each product /60', W(60)),
 (D3J + 'ocds-h6vhtk-029a33', 'ocds-h6vhtk-029a33', 'notice-award', 'northern-ireland', None, [], AC + ' (cost criterion, lot 1)',
  'AC1: Quantitative - Total Cost per Lot /40', W(40)),
 # processing of recyclable materials (2022)
 (D3J + 'ocds-h6vhtk-0342d6', 'ocds-h6vhtk-0342d6', 'notice-award', 'uk', None, [], ACL, 'Proposed Services', W(15)),
 (D3J + 'ocds-h6vhtk-0342d6', 'ocds-h6vhtk-0342d6', 'notice-award', 'uk', None, [], ACL,
  'Recording and Reporting of Contract Waste / Communications and Complaint Handling', W(5)),
 (D3J + 'ocds-h6vhtk-0342d6', 'ocds-h6vhtk-0342d6', 'eng-notice-neg', 'uk', None, [], DP, 'Processing of Recyclable Materials and Resources'),
 # CCS e-vouchers (2023)
 (D3J + 'ocds-h6vhtk-028ed0', 'ocds-h6vhtk-028ed0', 'eng-notice-neg', 'uk', None, [], DP, 'E-vouchers to aid nutrition and well being'),
 # East Lothian taxi framework (2024)
 (D3J + 'ocds-h6vhtk-0459ac', 'ocds-h6vhtk-0459ac', 'scot-notice-neg', 'scotland', None, [], DP,
  'There is a requirement for some vehicles to be capable of carrying passenger in wheelchairs (Wheelchair Accessible Vehicles (WAV)).'),
 (D3J + 'ocds-h6vhtk-0459ac', 'ocds-h6vhtk-0459ac', 'scot-notice-neg', 'scotland', None, [], AI,
  'Please note that the value for all the Lots will be subject to the demand of the services.'),
 # Forestry and Land Scotland building maintenance (2021)
 (D3J + 'ocds-h6vhtk-02aa39', 'ocds-h6vhtk-02aa39', 'scot-notice-neg', 'scotland', None, [], AI,
  'Award scoring methodology is detailed in the Evaluation and Award Criteria Document.'),
 (D3J + 'ocds-h6vhtk-02aa39', 'ocds-h6vhtk-02aa39', 'scot-notice-neg', 'scotland', None, [], AI,
  'Bidders will be required to attend a mandatory virtual bidders day as detailed in the Invitation to Tender.'),
 # CCS RM6331 (2025)
 (D3J + 'ocds-h6vhtk-036511', 'ocds-h6vhtk-036511', 'eng-notice-neg', 'uk', None, [], AI,
  'Cyber Essentials is a mandatory requirement for Central Government contracts which involve handling personal information or provide certain ICT products/services.'),
 (D3J + 'ocds-h6vhtk-036511', 'ocds-h6vhtk-036511', 'eng-notice-neg', 'uk', None, [], AI,
  'We cannot guarantee to suppliers any business through this Commercial Agreement.'),
 # LHC new build housing framework (2021)
 (D3P + 'ocds-h6vhtk-028a03', 'ocds-h6vhtk-028a03', 'eng-notice-neg', 'uk', None, [],
  DP + ': The framework includes the development of new build housing projects, including but not limited to:',
  'Net Zero Carbon and low energy buildings'),
 (D3P + 'ocds-h6vhtk-028a03', 'ocds-h6vhtk-028a03', 'eng-notice-neg', 'uk', None, [],
  DP + ': The framework includes the development of new build housing projects, including but not limited to:',
  'Care homes, extra care and supporting living accommodation'),
 # North Lanarkshire LHEES
 (D3P + 'ocds-r6ebe6-0000724767', 'ocds-r6ebe6-0000724767', 'scot-notice-neg', 'scotland', None, [], DP,
  'North Lanarkshire Council (the Council) is therefore seeking to appoint a consultant (Contractor) via this procurement procedure to ensure the legal obligation to prepare and implement a LHEES and a Local Heat and Energy Efficiency Delivery Plan (LHEEDP) for North Lanarkshire by 31 December 2023.'),
 # Environment Agency CDF2 (2026)
 (BA + '023323-2026', 'fts:023323-2026', 'eng-notice-neg', 'uk', None, [], DP,
  'The Framework will be required to develop, design and deliver nature-based solutions and more traditional hard engineering solutions.'),
 # Stonewater grounds maintenance (2025)
 (BA + '056323-2025', 'fts:056323-2025', 'eng-notice-neg', 'uk', None, [], DP,
  'Bidders may submit tenders for one or more lots but can be awarded a maximum of two lots, in accordance with the evaluation criteria outlined in the tender documents.'),
 # Bield Housing and Care grounds maintenance (2022-23)
 (D3P + 'ocds-h6vhtk-038749', 'ocds-h6vhtk-038749', 'scot-notice-neg', 'scotland', None, [], 'Renewal (Area 1 West Coast)',
  'There will be the option to extend by up to a further 24 months in total.'),
]

batch = Batch('public-texts-18.jsonl')
for src, gid, fam, jur, theme, sec, section, text, *x in NOTICES:
    lic = NOTICE_BIDATLAS if src.startswith(BA) else NOTICE_LAMBDA if src.startswith(LU) else NOTICE_D3
    group = gid if gid.startswith('fts:') else f'ocds:{gid}'
    batch.emit_numbered('pub18', fam, text, section=section, source=src, group=group, family=fam, licence=lic,
                        theme=theme, secondary=sec, jurisdiction=jur, extra=x[0] if x else None)
