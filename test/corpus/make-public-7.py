"""Write test/corpus/public-texts-7.jsonl: batch 12 (99 texts, 43 social value, 56 hard negatives), aimed at what the
corpus still lacked: Northern Ireland (the Department of Finance's PPN 01/21 and Buy Social model pages on
finance-ni.gov.uk, the Buy Social benefit lists and contractor FAQs, NI Business Info, the Strategic Investment Board's
Social Value Unit, law-firm summaries of PPN 01/21, and Northern Ireland Housing Executive notices with their PPN 01/21
social value clause and award criteria); NHS net zero and social value wording (NHS England's net zero supplier
roadmap, NHS Property Services' sustainable procurement policy, summaries of NHS England's net zero and social value
guidance); council statements of social value weightings and thresholds (Chorley, South Downs National Park Authority,
Bradford, Thurrock); and hard negatives that share their vocabulary: selection declarations asked as yes/no questions
(a DWP application questionnaire: equal opportunities policy, data protection registration), PAS 91 question-module
titles (health and safety, equal opportunity and diversity, environmental management, quality management), safeguarding
questionnaires, NHS data security (DSPT) questions, carbon reduction plan requirements of the NHS roadmap (PPN 06/21,
pass/fail as in the shared dev set's neg-web-002), contract terms, KPIs and award criteria of NIHE notices,
qualification criteria, conflicts of interest, insurance questions, PQQ instructions, contract-management items of an
ITT template, staff-retention items of a care-tender guide, TUPE commitments and the contact question of an
environmental questionnaire. Texts verbatim from the stored pages (read through the
`search` tool, pages corpus; list numbers dropped from list items). Scored blind with the committed model before joining
(test/corpus/README.md, batch 12). Same conventions as make-public-6.py.

  python3 test/corpus/make-public-7.py > test/corpus/public-texts-7.jsonl
"""
from batch import Batch, host_licence, EI, CL, EO, WB, MU, CV, ID
OGLN = 'OGL v3 (notice data)'
NI = 'northern-ireland'

FNI = 'https://finance-ni.gov.uk/node/52522'
FBS = 'https://www.finance-ni.gov.uk/articles/buy-social-model-services-contracts'
BSD = 'https://buysocialni.org/?download=file&file=473'
BSF = 'https://buysocialni.org/contractors/contractor-faqs/'
NIB = 'https://www.nibusinessinfo.co.uk/content/understanding-social-value-public-procurement'
NIB2 = 'https://www.nibusinessinfo.co.uk/content/new-public-procurement-policy-northern-ireland-social-value-scoring'
SIB = 'https://sibni.org/what-we-do/social-value'
TUG = 'https://tughans.com/news-insights/60-cost-40-quality'
CFR = 'https://cleaverfultonrankin.co.uk/legal-update/social-value-in-procurement-contracts/'
PRO = 'https://procuraplus.org/about-procura/public-authorities/strategic-investment-board-social-value-unit'
NH1 = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/067131-2025'
NH2 = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/060437-2025'
NH3 = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/007779-2026'
D3 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-066a69'
NIA = 'https://vdocuments.mx/amp/northern-ireland-housing-executive-vieweconomic-operators-shall-note-that-the-number.html'
NHE = 'https://www.england.nhs.uk/greenernhs/get-involved/suppliers/'
MRV = 'https://www.mills-reeve.com/insights/blogs/health-and-care/april-2022/a-greener-nhs-achieving-the-nhs-s-net-zero-targets'
LEX = 'https://lexcomm.co.uk/nhs-suppliers-improve-sustainability-performance-or-risk-being-left-out'
NPS = 'https://www.property.nhs.uk/about/reports/sustainable-procurement-policy/'
SVP = 'https://socialvalueportal.com/resources/insight/the-nhs-social-value-in-procurement-mandate-six-things-suppliers-need-to-know'
NOE = 'https://www.noecpc.nhs.uk/news/evergreen-sustainable-supplier-assessment-is-now-live'
CHD = 'https://democracy.chorley.gov.uk/mgDecisionDetails.aspx?IId=101914&Opt=1'
SDN = 'https://www.southdowns.gov.uk/national-park-authority/our-work/transparency-finance/supplying-sdnpa/including-social-value-in-tenders/'
BRD = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-bid-evaluation-guidance/'
THU = 'https://www.thurrockcvs.org/social-value-guidelines'

NIH_S = 'Northern Ireland Housing Executive notice'
BSD_S = 'Buy Social is about delivering real benefits to communities: These benefits include'
BSF_S = 'Contractor FAQs: What is Buy Social? These initiatives can include'
NIB_S = 'Tender for public sector contracts in Northern Ireland: Understanding social value in public procurement'
NHE_S = 'Net zero supplier roadmap'
MRV_S = 'The new guidance covers a range of issues that NHS England summarise as follows'
SDN_S = 'Including Social Value in Tenders'
BRD_S = "1.1 Mandatory Social Value: Requirements as per policy criteria"
# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (FNI, 'ni-ppn0121', NI, MU, [], 'PPN 01/21 - Scoring Social Value', 'The Executive has approved this Policy which mandates that from 1 June 2022 tenders must include a minimum of 10% of the total award criteria to social value.', {'weighting_percent': 10}),
 (FBS, 'ni-buysocial', NI, EI, [], 'Buy Social Model for services contracts', 'The model sets a contractual requirement for a quantifiable number of targeted recruitment and training opportunities for New Entrant Trainees to be provided in public services contracts.'),
 (BSD, 'ni-buysocial', NI, EI, [], BSD_S, 'Targeted recruitment and training for people who are long-term unemployed and leaving education'),
 (BSD, 'ni-buysocial', NI, EO, [], BSD_S, 'Opportunities for people with disability or learning difficulties'),
 (BSD, 'ni-buysocial', NI, EI, [], BSD_S, 'The provision of skills'),
 (BSD, 'ni-buysocial', NI, EI, [], BSD_S, 'Working with schools and colleges to enrich the curriculum'),
 (BSF, 'ni-buysocial', NI, EI, [], BSF_S, 'work placements for people facing disadvantage'),
 (BSF, 'ni-buysocial', NI, EI, [], BSF_S, 'skills development for existing employees'),
 (BSF, 'ni-buysocial', NI, EI, [], BSF_S, 'opportunities for Social Enterprises/SME’s in the supply chain'),
 (BSF, 'ni-buysocial', NI, EO, [], BSF_S, 'initiatives which encourage fair work practices'),
 (BSF, 'ni-buysocial', NI, EI, [], BSF_S, 'business in education activities'),
 (BSF, 'ni-buysocial', NI, WB, ['economic-inequality'], BSF_S, 'digital inclusion projects'),
 (BSF, 'ni-buysocial', NI, EI, [], 'Contractor FAQs: What is Buy Social?', 'TR&T clauses require contractors to provide a proportion of the total weeks of employment on the contract to New Entrant Trainees (NETs).'),
 (NIB, 'ni-ppn0121', NI, MU, [], NIB_S, 'When you are bidding for a public sector procurement contract you need to demonstrate how you are delivering on social value initiatives related to the contract.'),
 (NIB, 'ni-ppn0121', NI, MU, [], NIB_S, 'The social value element makes up a minimum of 10% of the award criteria along with price and quality.', {'weighting_percent': 10}),
 (NIB, 'ni-ppn0121', NI, EO, ['economic-inequality'], NIB_S, 'In addition to demonstrating one or more of these themes, you must also pay staff who are working on the contract at least the National Living Wage to meet all public sector tender requirements.'),
 (NIB2, 'ni-ppn0121', NI, MU, [], 'Social value to be scored in Northern Ireland government contracts from June 2022', 'The minimum weighting will increase to 20 per cent from June 2023, subject to review and approval by the Executive.', {'weighting_percent': 20}),
 (SIB, 'ni-ppn0121', NI, MU, [], 'Social Value', 'The Social Value Unit work with public bodies to design, implement and monitor social value that is included in their contracts, for example, employment opportunities to disadvantaged groups, the use of social enterprises in the supply chain, ethical supply chain requirements and addressing environmental issues.'),
 (TUG, 'ni-ppn0121', NI, MU, [], 'Sixty percent cost: forty percent quality', 'Those considerations can include a broad range of elements, including: creation of jobs; higher representation of disabled people in the contract workforce; promoting localised supply chains (to minimise carbon footprint); and supporting physical and mental health and wellbeing of workers.'),
 (TUG, 'ni-ppn0121', NI, EO, ['economic-inequality'], 'Sixty percent cost: forty percent quality', 'Further, such public contracts will also require contractors to pay all workers at least the Living Wage, rather than the statutory Minimum Wage.'),
 (CFR, 'ni-ppn0121', NI, EI, ['equal-opportunity'], 'Social value in procurement contracts', 'For example, by creating employment opportunities in deprived areas, or supporting disabled people to develop new skills and qualifications.'),
 (CFR, 'ni-ppn0121', NI, CL, [], 'Social value in procurement contracts', 'This may also be achieved by ensuring the contract delivers on zero carbon strategies by utilising contract specifications that support environmental protection and improvement and/or creating specifications that require supply chains to minimise carbon footprint and emissions.'),
 (PRO, 'ni-ppn0121', NI, MU, [], 'Strategic Investment Board - Social Value Unit', 'PPN 01/21 sets out that Departments should score for social value using an outcomes-based framework which has four broad themes:'),
 (PRO, 'ni-ppn0121', NI, EO, ['economic-inequality'], 'Strategic Investment Board - Social Value Unit', 'The PPN also includes mandatory fair work requirements and the requirement to consider reserving contracts.'),
 (NH1, 'ni-notice', NI, MU, [], NIH_S, 'In accordance with the Procurement Policy Note 01/21 – Social Value in Procurement, this Contract will deliver measurable social value outcomes.'),
 (NH1, 'ni-notice', NI, MU, [], NIH_S, "Under this Procurement the Suppliers will be required to support the Contracting Authority's social value objectives."),
 (NH1, 'ni-notice', NI, MU, [], NIH_S, 'Accordingly, Contract performance conditions and/or Award Criteria may relate to social value.'),
 (NH2, 'ni-notice', NI, MU, [], 'CT0154 - Interim External Cyclical Maintenance: Lots', 'Lot 1 Award Criterion (quality): Quality - Social Value'),
 (NHE, 'nhs-netzero', 'uk', MU, [], NHE_S, 'From April 2022: all NHS procurements will include a minimum 10% net zero and social value weighting.', {'weighting_percent': 10}),
 (MRV, 'nhs-netzero', 'uk', MU, [], MRV_S, 'Selecting the social value themes: at the earliest opportunity, the relevant themes of the Social Value Model should be selected, with the ‘Fighting Climate Change’ theme to be included in all tenders – referred to at section 1.'),
 (MRV, 'nhs-netzero', 'uk', MU, [], MRV_S, 'Determining net zero and social value weighting at or above the 10% minimum: an appropriate weighting for net zero and social value should, where appropriate, be added to the evaluation criteria – referred to at section 2.', {'weighting_percent': 10}),
 (MRV, 'nhs-netzero', 'uk', MU, [], MRV_S, 'Adding net zero and social value questions to the tender: appropriate tender questions should be created – examples available in section 3.'),
 (LEX, 'nhs-netzero', 'uk', CL, [], 'NHS suppliers: Improve sustainability performance or risk being left out', 'Furthermore, to support the delivery of net zero carbon across the NHS, the Social Value Model theme of ‘Fighting Climate Change’ will be included in all NHS procurement tenders.'),
 (NPS, 'nhs-netzero', 'uk', MU, [], 'Sustainable procurement policy: 1. Introduction', 'NHS England’s (NHSE) stated policy objective is to meet its Net Zero carbon targets while achieving its wider Social Value priorities.'),
 (NPS, 'nhs-netzero', 'uk', MU, [], 'Sustainable procurement policy: 1. Introduction', 'As such, Social Value should be explicitly evaluated, where the requirements are related and proportionate to the subject-matter of the contract, rather than just ‘considered’ as currently required under the Public Services (Social Value) Act 2012.'),
 (SVP, 'nhs-netzero', 'uk', CL, [], '1. Fighting climate change must be included in all procurement', 'As a supplier, you will need to be able to demonstrate firm plans, results and commitment to; reducing waste, lowering emissions and helping the environment – whether that’s by getting involved in a tree planting scheme or investing responsibly, for example.'),
 (NOE, 'nhs-netzero', 'uk', MU, [], 'Carbon Reduction Plans (CRP) - PPN/06/20 and PPN/06/21', 'In April 2022, the NHS adopted the government’s Procurement Policy Note PPN 06/20 (taking account of social value in the award of central government contracts), making a 10% weighting for net zero and social value compulsory in all procurements, with Fighting Climate Change included in every tender.', {'weighting_percent': 10}),
 (CHD, 'council-list', 'uk', MU, [], 'Decision details', 'To approve the contract award procedure of an open invitation to tender advertised on the Council’s procurement website, Chest. Tenders will be evaluated to establish the most economically advantageous tender based on 70% cost, 15% quality and 15% social value.', {'weighting_percent': 15}),
 (SDN, 'council-list', 'uk', MU, [], SDN_S, 'For higher value contracts over the relevant GPA threshold, Social Value is always included in the evaluation of tenders, with a minimum weighting of 10%.', {'weighting_percent': 10}),
 (BRD, 'council-list', 'uk', MU, [], BRD_S, 'Social value will be mandatory in all contracts £100,000 and over.'),
 (BRD, 'council-list', 'uk', MU, [], BRD_S, 'For those under £100,000 social value will be recommended but optional.'),
 (BRD, 'council-list', 'uk', EI, [], BRD_S, 'All contracts over £100,000 are required to include at least one ‘Employment and Skills’ (e.g. apprenticeships, work placements and work experience) related measure.'),
 (THU, 'council-list', 'uk', MU, [], 'Social Value Guidelines', 'In order to achieve social value outcomes, the Council has developed a number of questions for use during the tender process.'),
]

DWP = 'https://gov.uk/government/publications/low-value-provision-lvp-online-application-and-guidance/low-value-provision-example-application-questionnaire--2'
MAR = 'https://public-library.safetyculture.io/products/marsh-protection-of-children-and-vulnerable-adults-questionnaire'
SAF = 'https://scribd.com/document/661754590/Safeguarding-Guidance'
PAS = 'http://docplayer.net/17436144-Construction-prequalification-questionnaires-pas-91-2013.html'
NHO = 'https://onboarding.prod.api.platform.nhs.uk/Products/PreviewSection?apiId=101&sectionid=3'
CAR = 'https://www.carmarthenshire.gov.wales/home/business/funding/refreshing-town-centre/conflict-of-interest/'
FEL = 'https://www.felp.ac.uk/content/conflicts-interest'
NGN = 'https://vdocument.in/amp/private-and-confidential-web-view-questions-should-be-answered-in-the-requested.html'
PTT = 'http://procurementtemplates.co.uk/itt-template/'
INS = 'https://docsbay.net/combined-liability-proposal-form'
IMP = 'https://impact-guru.co.uk/blogs/news/how-to-evidence-staff-retention-in-social-care-tenders'
CNV = 'https://converge.today/article/answering-contract-management-questions'
NCR = 'http://nc-ranch.com/employment-policies/tupe-policy/5'
DOC = 'http://www.docstoc.com/docs/118496188/15-Example-Environmental-questionnaire'

DWP_T = 'Application questionnaire: example. Questionnaire: DWP trading conditions'
DWP_D = 'Application questionnaire: example. Data security'
MAR_S = 'Protection of Children and Vulnerable Adults Questionnaire: Policy/Management'
SAF_S = 'Safeguarding Guidance: safeguarding questionnaire'
PAS_S = 'Construction prequalification questionnaires PAS 91:2013: List of tables'
NHO_S = 'Declare Data Security and Information Security'
PTT_S = 'ITT template: contract management'
IMP_S = 'How to Evidence Staff Retention in Social Care Tenders: What to Include in Your Response'
# (source, family, jurisdiction, section, text[, extra fields])
N = [
 (DWP, 'sq-declaration', 'uk', DWP_T, 'Do you accept the DWP Terms and Conditions for the Supply of Low Value Welfare to Work Training (Dynamic Purchasing System)?', {'hint': 'Yes / No'}),
 (DWP, 'sq-declaration', 'uk', DWP_T, 'Does your organisation have a written policy that prevents unlawful discrimination and promotes equal opportunities for all?', {'hint': 'Yes / No'}),
 (DWP, 'sq-declaration', 'uk', DWP_D, 'It is a condition of DWP that all suppliers are registered with the Information Commissioner and comply with all requirements of the Data Protection Legislation. Can you confirm that your organisation complies with this requirement?', {'hint': 'Yes / No'}),
 (DWP, 'sq-declaration', 'uk', DWP_D, 'Are data users made aware of the importance of confidential handling of information?'),
 (DWP, 'sq-declaration', 'uk', DWP_D, 'Have you communicated policy defining the importance of confidential handling of information?'),
 (MAR, 'safeguarding-questionnaire', 'uk', 'Protection of Children and Vulnerable Adults Questionnaire', 'Do you undertake any regulated activities as defined by the Safeguarding Vulnerable Groups Act 2006 as amended by the Protection of Freedom Act 2012?'),
 (MAR, 'safeguarding-questionnaire', 'uk', MAR_S, 'Do you have a written Policy Statement on the protection of children and/or Vulnerable Adults?'),
 (MAR, 'safeguarding-questionnaire', 'uk', MAR_S, 'Do you have a procedure and policy covering harassment and bullying?'),
 (MAR, 'safeguarding-questionnaire', 'uk', MAR_S, 'Do you have written instructions on managing behaviour and acceptable restraint?'),
 (MAR, 'safeguarding-questionnaire', 'uk', MAR_S, 'Do you have a documented Employee disciplinary and grievance procedure?'),
 (MAR, 'safeguarding-questionnaire', 'uk', MAR_S, 'Do you have a designated person responsible for all issues regarding the protection of children and/or Vulnerable Adults within your organisation?'),
 (SAF, 'safeguarding-questionnaire', 'uk', SAF_S, 'How often is your safeguarding policy and procedure reviewed?'),
 (SAF, 'safeguarding-questionnaire', 'uk', SAF_S, 'Does your policy give definitions of the different types of abuse?'),
 (SAF, 'safeguarding-questionnaire', 'uk', SAF_S, 'Are all staff/volunteers who have regular contact with young people DBS/ PVG checked?'),
 (SAF, 'safeguarding-questionnaire', 'uk', SAF_S, 'Name of the local safeguarding board (As detailed in your Safeguarding Policy/Procedure)'),
 (PAS, 'sq-guidance', 'uk', PAS_S, 'Core Question Module C2:Financial information'),
 (PAS, 'sq-guidance', 'uk', PAS_S, 'Core question module C4. Health and safety policy and capability'),
 (PAS, 'sq-guidance', 'uk', PAS_S, 'Optional Question Module O1. Equal opportunity and diversity policy and capability'),
 (PAS, 'sq-guidance', 'uk', PAS_S, 'Optional Question Module O2. Environmental management policy and capability'),
 (PAS, 'sq-guidance', 'uk', PAS_S, 'Optional Question Module O3. Quality management policy and capability'),
 (NHO, 'nhs-infosec', 'uk', NHO_S, 'Has your organisation completed the Data Security Protection Toolkit (DSPT) assessment for the current year within the deadline?', {'hint': 'You can enter up to 2000 characters', 'limit_chars': 2000}),
 (NHO, 'nhs-infosec', 'uk', NHO_S, 'Are you compliant with the annual DSPT assessment?', {'hint': 'Your organisation must reach a standards met or standards exceeded status.'}),
 (NHO, 'nhs-infosec', 'uk', NHO_S, 'To ensure you have controls in place to keep patient data private and secure, you must complete the Data and Security Protection Toolkit (DSPT).'),
 (NHE, 'nhs-netzero', 'uk', NHE_S, 'From April 2023:  for all contracts above £5 million, the NHS will require suppliers to publish a carbon reduction plan for their UK Scope 1 and 2 emissions as a minimum (building on PPN 06/21).'),
 (NHE, 'nhs-netzero', 'uk', NHE_S, 'From April 2024: the NHS will extend the requirement for a carbon reduction plan to cover all procurements.'),
 (NHE, 'nhs-netzero', 'uk', NHE_S, 'From 2030: suppliers will only be able to qualify for NHS contracts if they can demonstrate their progress through published progress reports and continued carbon emissions reporting through the Evergreen sustainable supplier assessment.'),
 (NOE, 'nhs-netzero', 'uk', 'Carbon Reduction Plans (CRP) - PPN/06/20 and PPN/06/21', 'Aligning with PPN 06/21 (taking account of Carbon Reduction Plans in the procurement of major government contracts), since April this year, for all NHS contracts above £5 million per year, suppliers must publish a Carbon Reduction Plan (CRP) for their UK Scope 1 and 2 emissions and a subset of Scope 3 emissions as a minimum.'),
 (NOE, 'nhs-netzero', 'uk', 'Carbon Reduction Plans (CRP) - PPN/06/20 and PPN/06/21', 'From April 2024, all NHS procurements must have a CRP.'),
 (NH2, 'ni-notice', NI, 'CT0154 - Interim External Cyclical Maintenance: Lots', 'Lot 1 Options: There is the option to extend for a further 6 months following the initial 12 month period'),
 (NH2, 'ni-notice', NI, 'CT0154 - Interim External Cyclical Maintenance: Description', 'NIHE require Contractors to carry out External Cyclical Maintenance to properties through out Northern Ireland.'),
 (NH3, 'ni-notice', NI, NIH_S, 'Lot 1 Award Criterion (quality): Quality (50%)'),
 (NH3, 'ni-notice', NI, NIH_S, 'Tenders are invited for the provision of adjustment factors for the valuation of NIHE housing stock as described in the Specification and in accordance with the Housing Executive’s Conditions of Contract included with the Tender Documentation.'),
 (D3, 'ni-notice', NI, 'Response Maintenance (South and Belfast Areas): Notice Description', 'The Suppliers will provide a 24/7/365 responsive repairs service, undertake technical and compliance inspections, manage multi-trade repair tasks, and support statutory landlord obligations.'),
 (D3, 'ni-notice', NI, 'Response Maintenance (South and Belfast Areas): Notice Description', 'No minimum volume of work is guaranteed.'),
 (D3, 'ni-notice', NI, 'It is expected that the following changes may be made to the associated tender documents', 'KPI Targets adjusted from 90-95% range to 85-90%'),
 (D3, 'ni-notice', NI, 'It is expected that the following changes may be made to the associated tender documents', 'Performance damages expected to be assessed on a quarterly average rather than a monthly basis'),
 (NIA, 'ni-notice', NI, 'Term Contract for Civil Engineering Works: Applicants MUST', 'Demonstrate that they meet the minimum financial criteria of:(1) In each of the past 3 years have an turnover of at least £500,000 and (2) Have a Category Value for Civil Engineering of at least £100,000'),
 (NIA, 'ni-notice', NI, 'Term Contract for Civil Engineering Works', 'The contract will be for 1 year, with an option, at the discretion of the Housing Executive, to extend for 3 further 1 year periods to a maximum of 4 years from the date of commencement.'),
 (CAR, 'council-guide', 'wales', 'Refreshing Town Centre: Conflict of interest', 'the applicant should not be involved in any part of the quotation assessment process i.e., opening and selection of Preferred suppliers.'),
 (CAR, 'council-guide', 'wales', 'Refreshing Town Centre: Conflict of interest', 'every stage in the procedure should be recorded formally and the records retained on file and be made available for inspection.'),
 (FEL, 'tender-guide', 'uk', 'Conflicts of Interest', 'It is therefore recommended that a Conflicts of Interest Declaration Form be used in any procurement requiring both the bidders to declare any perceived or actual conflicts of interest and for each member of the contracting authorities staff that is involved in the procurement to also declare such perceived or actual conflicts of interest.'),
 (NGN, 'sq-guidance', 'uk', 'Pre-Qualification Questionnaire (PQQ): Guidance Notes', 'You must pass all mandatory questions set out in the PQQ.'),
 (NGN, 'sq-guidance', 'uk', 'Pre-Qualification Questionnaire (PQQ): Guidance Notes', 'Applicants should note that in order to be correctly evaluated they must answer each question in the required format and adhere to any word count limits that have been set.'),
 (PTT, 'tender-guide', 'uk', PTT_S, 'Provide a report on progress in delivering the requirement to the Project Manager on a regular basis, at least quarterly;'),
 (PTT, 'tender-guide', 'uk', PTT_S, 'The Bidder is invited to propose additional management information to monitor performance under this contract.'),
 (PTT, 'tender-guide', 'uk', PTT_S, 'KPIs and targets associated will be reviewed on a monthly basis.'),
 (INS, 'insurance-form', 'uk', 'Combined liability proposal form', 'Do you have ISO 9002 or similar accreditation?'),
 (INS, 'insurance-form', 'uk', 'Combined liability proposal form', 'Has any insurer ever declined your proposal, cancelled or declined to renew your policy or imposed special terms?'),
 (IMP, 'tender-guide', 'uk', IMP_S, 'Strong supervision, appraisal, and feedback processes'),
 (IMP, 'tender-guide', 'uk', IMP_S, 'Small, consistent teams to support continuity for service users'),
 (IMP, 'tender-guide', 'uk', IMP_S, 'Reward and recognition schemes'),
 (CNV, 'tender-guide', 'uk', 'Answering Contract Management Questions: Preparation', 'Risk Assessments/Site Surveys. If the tender you are applying for will require ‘on-site delivery’ then you must be able to demonstrate your approach to risk assessments and site surveys.'),
 (NCR, 'tender-guide', 'uk', 'TUPE policy: Employees transferring from us. In a situation where we are the transferor or sender employer, we commit to', 'ensuring a pension scheme which is broadly comparable to our scheme is provided to employees transferring. Pensions are considered and included as part of the pre-tender process'),
 (NCR, 'tender-guide', 'uk', 'TUPE policy: Employees transferring from us. We will', 'complete any due diligence questionnaire supplied by the recipient employer'),
 (NCR, 'tender-guide', 'uk', 'TUPE policy: Employees transferring from us. We will', 'provide statutory information as required by the TUPE regulations'),
 (DOC, 'sq-guidance', 'uk', 'Example Environmental questionnaire: Section 1: Background details', 'Please name the contact for environmental and sustainable development issues in your organisation'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'procurementjourney.scot', 'sustainableprocurementtools.scot', 'finance-ni.gov.uk',
             'england.nhs.uk', 'onboarding.prod.api.platform.nhs.uk')
def licence_of(src):
    # UK, Scottish and Northern Ireland Government and NHS England sites are Crown copyright under the OGL; the NIHE
    # notices (Find a Tender data, as mirrored) are notice data under the OGL.
    if src in (NH1, NH2, NH3): return OGLN
    return host_licence(src, OGL_HOSTS)
def group_of(src):
    # Existing site groups (README "Groups"), then one group per source document; the two finance-ni.gov.uk pages and
    # the two buysocialni.org pages are one site each, the three NIHE notices one buyer's model wording.
    for site in ('carmarthenshire.gov.wales', 'torbay.gov.uk', 'finance-ni.gov.uk', 'buysocialni.org',
                 'nibusinessinfo.co.uk'):
        if site in src: return site
    if src in (NH1, NH2, NH3, D3, NIA): return 'nihe-notices'
    return src
Batch('public-texts-7.jsonl').emit_lists('pub7', R, N, group_of, licence_of)
