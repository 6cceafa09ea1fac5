"""Write /work/batches/public-texts-46.jsonl: batch 54, NORTHERN IRELAND tender wording as suppliers meet it
(2021-2026): PPN 01/21 "Scoring Social Value" as NI buyers and advisers word it (the four themes, the 10% minimum
weighting, the living wage condition, social value award criteria in notices), Buy Social targeted recruitment and
training requirements, with hard negatives from the same documents and notices (what is bought, lots, pricing,
indemnity, pre-market engagement, pass/fail declarations such as the Fair Employment declaration, process text).

Sources: the Strategic Investment Board's Social Value Unit (its procuraplus.org profile and its sibni.org project page);
Cleaver Fulton Rankin's legal update on social value in procurement contracts; nibusinessinfo.co.uk's "Understanding
social value in public procurement"; the NI Assembly Commission's Social Value in Procurement Policy; a CPD Procurement
Practitioners' Group paper on social requirements for construction services contracts (docsbay.net copy); Belfast City
Council's Social Value Terms and Conditions (social value delivery plan and monitoring clauses), its committee reports
on social clauses and its social value procurement policy; Mid and East Antrim Borough Council's Procurement Strategy &
Policy; agendani's report on the Housing Executive's response repairs contracts and NIHE's corporate procurement
strategy page; Find a Tender / OCDS notices of the Northern Ireland Housing Executive (electrical inspection and testing,
response maintenance, insurance, claims handling), the Education Authority (specialist pre-school provision, hand and
power tools, Lurgan College and Ballyclare Primary SEP), NI Water (leakage detection, metered electricity, Farming for
Water) and Lisburn & Castlereagh City Council (Derriaghy development), read through bidatlas.co.uk, d3tenders.com, the
lambda-url tender listing and find-tender.service.gov.uk; Derry City and Strabane District Council tender documents
(pdfslide.us and studylib.net copies); and further lines from NI pages the corpus already holds (Buy Social FAQs and
review, agendani, Belfast's policy, FAQs and tenders page, NI Water's Delivering Social Value, Education Authority and
Social Value NI case studies, Carson McDowell), which keep their groups.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped,
footnote markers dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). Notice data is OGL v3 (by copy); find-tender.service.gov.uk is OGL; the rest are short quotations.

  python3 test/corpus/make-public-46.py > /work/batches/public-texts-46.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

N = 'northern-ireland'

PPA = 'https://procuraplus.org/about-procura/public-authorities/strategic-investment-board-social-value-unit'
CFR = 'https://cleaverfultonrankin.co.uk/legal-update/social-value-in-procurement-contracts/'
NBI = 'https://www.nibusinessinfo.co.uk/content/understanding-social-value-public-procurement'
NIA = ('https://www.niassembly.gov.uk/about-the-assembly/corporate-information/policies/'
       'social-value-in-procurement-policy')
DCB = 'https://docsbay.net/social-requirements-for-construction-services-contracts'
# notices
HLA = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/067131-2025'
HFT = 'https://www.find-tender.service.gov.uk/Notice/035925-2025'
HIN = 'https://bidatlas.co.uk/tenders/073529-2025'
HCL = 'https://bidatlas.co.uk/tenders/012940-2026'
ENS = 'https://bidatlas.co.uk/tenders/027772-2025'
EHT = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-04555a'
ELC = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-05e346'
EBP = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06c2d6'
WLD = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-0387a4'
WME = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05a5fa'
WFW = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-065e94'
# council tender documents
DEV = ('https://pdfslide.us/documents/explanation-of-documents-queries-during-the-tender-viewwe-offer-curriculum.html')
DFX = ('https://studylib.net/doc/6599597/supply--testing--inspection-and-repair-of-fire-extinguishing')
# pages the corpus already holds
BSF = 'https://buysocialni.org/contractors/contractor-faqs/'
BSR = 'https://buysocialni.org/?download=file&file=473'
AGN = 'http://www.agendani.com/buy-social-pioneering-approach-public-procurement/'
BCP = 'http://www.belfastcity.gov.uk/Documents/Social-Value-Procurement-Policy'
BCF = 'https://yoursay.belfastcity.gov.uk/social-value-policy/widgets/27363/faqs'
NIW = 'https://www.niwater.com/procurement-news-detail/?ProcurementNewsSection_ID=10004&FriendlyID=Delivering-Social-Value'
EAC = ('https://www.eani.org.uk/case-study-for-ppn-0121-ppn-0221-non-statutory-specialist-pre-school-provision-nsp-'
       'for-children')

PPA_S = 'Strategic Investment Board - Social Value Unit'
PPA_T = PPA_S + ': PPN 01/21 sets out that Departments should score for social value using an outcomes-based framework which has four broad themes:'
CFR_S = 'Social value in procurement contracts'
NBI_S = 'Tender for public sector contracts in Northern Ireland: Understanding social value in public procurement'
NBI_T = NBI_S + ': There are four themed areas, including:'
NBI_A = NBI_S + ': The social value award criteria apply to:'
NBI_P = NBI_S + ': How to demonstrate social value in your tender submission: Tips for demonstrating social value: Before applying for a contract, you should:'
NIA_S = 'Social Value in Procurement Policy (Northern Ireland Assembly Commission)'
DCB_S = 'Social Requirements - Proposals for Construction Services Contracts (Procurement Practitioners\' Group, Construction Works and Services Sub-Group)'
HLA_S = 'Periodic Electrical Inspection & Testing to Domestic Properties (Northern Ireland Housing Executive): notice description'
HFT_S = 'Periodic Electrical Inspection & Testing to Domestic Properties (Northern Ireland Housing Executive): UK3 planned procurement notice: Scope: Description'
HIN_S = 'P0809 - Provision of Insurance (Northern Ireland Housing Executive): tender notice'
HCL_S = 'Public liability claims handling and evaluation service (Northern Ireland Housing Executive): tender notice'
ENS_S = 'Non-Statutory Specialist Pre-School Provision (NSP) for Children with Complex Needs and Severe Learning Difficulties (Education Authority): tender notice'
EHT_S = 'FAE-24-001 Hand and Power Tools (Education Authority): tender description'
ELC_S = 'Appointment of Integrated Supply Team for Lurgan College SEP2-T1 (Education Authority NI): planning: market engagement'
EBP_S = 'Appointment of Integrated Supply Team for Ballyclare Primary School SEP (Education Authority NI): Notice Description'
WLD_S = 'C1175 - Leakage Detection Services (NI Water): tender description'
WME_S = 'Supply of Metered Electricity (Northern Ireland Water Limited)'
WFW_S = 'T165 Farming for Water - Seagahan Catchment Area, County Armagh (NI Water): tender description'
DEV_S = 'Procurement of Event Coordinator for the 1916: Untold Stories Commemorative Event, T Bus 16-54 (Derry City & Strabane District Council): Invitation Document'
DFX_S = 'Supply, testing, inspection and repair of fire extinguishing equipment (Derry City and Strabane District Council): tender conditions'
BSF_S = 'Buy Social: Contractor FAQs: What is Buy Social?'
BSF_I = BSF_S + ': These initiatives can include:'
BSR_S = 'Buy Social is about delivering real benefits to communities'
AGN_S = 'Buy Social: a pioneering approach to public procurement: Key benefits will include:'
BCP_S = 'Social Value Procurement Policy (Belfast City Council): Our commitment and ambition: Introduction'
BCF_S = 'Social Value Procurement Policy (draft): FAQs: Our Social Value objectives'
NIW_S = 'Delivering Social Value (NI Water procurement news)'
EAC_S = 'Case study for PPN 01/21 & PPN 02/21 Non-Statutory Specialist Pre-School Provision (NSP) for Children (Education Authority)'

NRM = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-066a69'
BT4 = 'https://www.belfastcity.gov.uk/Documents/Social-Value-Terms-and-Conditions/4-Social-Value-Delivery-Plan'
BT9 = 'https://www.belfastcity.gov.uk/Documents/Social-Value-Terms-and-Conditions/9-Monitoring-provisions'
BT1 = 'https://www.belfastcity.gov.uk/Documents/Social-Value-Terms-and-Conditions/1-Interpretation'
BM1 = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=36452'
BM2 = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=61591'
BM3 = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=46440'
BM4 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=57836'
BM5 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=72394'
BTD = 'https://www.belfastcity.gov.uk/tenders'
EAS = 'https://www.eani.org.uk/procurement/social-value'
SCM = 'https://socialvalueni.org/case-studies/delivering-social-value-within-a-cleaning-material-framework'
LMS = 'https://www.eani.org.uk/case-study-for-learning-management-system-software-package'
TPD = 'https://www.eani.org.uk/case-study-for-social-value-human-rights-supply-and-delivery-of-teacher-portable-devices'
MEA = 'https://www.midandeastantrim.gov.uk/council/policies-and-documents/policies/procurement-strategy-policy/procurement-strategy-policy-page-'
MEA2, MEA3, MEA4 = MEA + '2', MEA + '3', MEA + '4'

NRM_S = 'Response Maintenance (South Belfast, East Belfast, South West & South Down) (Northern Ireland Housing Executive): Notice Description'
BT_S = 'Social Value Terms and Conditions (Belfast City Council)'
BT4_S = BT_S + ': 5. Social Value Delivery Plan'
BT9_S = BT_S + ': 9. Monitoring provisions'
BT1_S = BT_S + ': 1. Interpretation: 1.3 In these Social Value Terms and Conditions, the following words will have the following meanings:'
BM1_S = 'Belfast City Council, Strategic Policy and Resources Committee: social value return from Council activities: Main report'
BM2_S = 'Belfast City Council: proposed Social Value Procurement Policy: Introduction/ overview'
BM3_S = 'Belfast City Council: social clauses and the Leisure Transformation Programme: Key Issues'
BM4_S = 'Belfast City Council: development of a Social Value policy: Main Report'
BM5_S = 'Belfast City Council: delivery of social value outcomes via open tender competitions: Main Report/Background'
BTD_S = 'Belfast City Council: Our tenders: Selling to us process'
EAS_S = 'Social Value (Education Authority procurement)'
SCM_S = 'Delivering Social Value within a Cleaning Material Framework (Education Authority)'
LMS_S = 'Case study for Learning Management System software package (Education Authority)'
TPD_S = 'Case Study for Social Value & Human rights - Supply and Delivery of Teacher Portable Devices (Education Authority): Introduction'
MEA_S = 'Mid and East Antrim Borough Council Procurement Strategy & Policy'

BCQ = 'https://yoursay.belfastcity.gov.uk/social-value-policy?tool=qanda'
SVN = 'https://socialvalueni.org/'
CMD = ('https://www.carson-mcdowell.com/news-and-events/new-northern-ireland-policy-requires-scoring-of-social-value-in-'
       'public-procurement-and-the-introduction-of-minimum-contractual-requirements')
CMD_S = 'New Northern Ireland policy requires scoring of social value in public procurement and the introduction of minimum contractual requirements: In summary, the new policy, as set out in PPN 01/21 – Scoring Social Value requires that:'

AHE = 'http://www.agendani.com/housing-executive-contracts-see-1-billion-spend-10-years-secure-900-jobs/'
AHE_S = 'Housing Executive contracts could see up to £1 billion spend over 10 years and secure up to 900 jobs'
NCP = 'https://www.nihe.gov.uk/index/about/corporate_governance/key_governance_documents/corporate_procurement_strategy.htm'
NCP_S = 'Our Corporate Procurement Strategy (Northern Ireland Housing Executive)'
SIU = 'https://sibni.org/project/social-value-unit/'
SIU_S = 'Social Value Unit (Strategic Investment Board): Project Description'
LDP = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05e36a'
LDP_S = 'Development of Lands on the site at the former Derriaghy Primary School (Lisburn & Castlereagh City Council): Notice Description'

W10 = {'weighting_percent': 10}

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # SIB Social Value Unit (procuraplus.org)
 (PPA, 'ni-policy', N, CL, [], PPA_T, 'delivering zero carbon, and'),
 (PPA, 'ni-policy', N, EO, ['economic-inequality'], PPA_S, 'The PPN also includes mandatory fair work requirements and the requirement to consider reserving contracts.'),
 (PPA, 'ni-policy', N, EI, [], PPA_S, 'Over 3,000 people who were long-term unemployed or disadvantaged in the labour market gained employment on public sector procurement contracts since 2017.'),
 # Cleaver Fulton Rankin
 (CFR, 'ni-guidance', N, MU, [], CFR_S, 'Consequently, Contracting Authorities will be required to consider and plan the most effective method of maximising social value within public contracts.'),
 (CFR, 'ni-guidance', N, EI, [], CFR_S, 'This may be achieved by ensuring the public contract maximises and increases secure employment and skills.'),
 (CFR, 'ni-guidance', N, EI, ['equal-opportunity'], CFR_S, 'For example, by creating employment opportunities in deprived areas, or supporting disabled people to develop new skills and qualifications.'),
 (CFR, 'ni-guidance', N, CL, [], CFR_S, 'This may also be achieved by ensuring the contract delivers on zero carbon strategies by utilising contract specifications that support environmental protection and improvement and/or creating specifications that require supply chains to minimise carbon footprint and emissions.'),
 (CFR, 'ni-guidance', N, MU, [], CFR_S, 'Contracting Authorities should ensure that social value strategies are implemented at the pre-procurement stage and include economic, social and environmental values.'),
 # nibusinessinfo: understanding social value
 (NBI, 'ni-guidance', N, MU, [], NBI_S, 'When you are bidding for a public sector procurement contract you need to demonstrate how you are delivering on social value initiatives related to the contract.'),
 (NBI, 'ni-guidance', N, EI, [], NBI_T, 'increasing secure employment and skills'),
 (NBI, 'ni-guidance', N, EO, ['economic-inequality'], NBI_T, 'building ethical and resilient supply chains'),
 (NBI, 'ni-guidance', N, CL, [], NBI_T, 'delivering zero carbon'),
 (NBI, 'ni-guidance', N, WB, [], NBI_T, 'promoting well-being'),
 (NBI, 'ni-guidance', N, EO, [], NBI_S, 'In addition to demonstrating one or more of these themes, you must also pay staff who are working on the contract at least the National Living Wage to meet all public sector tender requirements.'),
 # NI Assembly Commission policy
 (NIA, 'ni-policy', N, MU, [], NIA_S + ': Introduction and Context', 'The Assembly Commission is committed to ensuring that public expenditure delivers meaningful and measurable benefits to society, the economy, and the environment, in addition to fulfilling the core requirements of contracts.'),
 (NIA, 'ni-policy', N, MU, [], NIA_S + ': Introduction and Context', 'It includes outcomes that promote economic growth, support community wellbeing, encourage fair work, and contribute to environmental sustainability.'),
 # CPD paper: construction services social requirements
 (DCB, 'ni-buy-social', N, EI, [], DCB_S, 'The ‘Social clauses’ within the CIFNI Proposals for Promoting Equality and Sustainable Development, set requirements for employment opportunities, skills and training and have been included in construction works contracts since December 2008.'),
 (DCB, 'ni-buy-social', N, EI, [], DCB_S, 'The NI Assembly’s Programme for Government now requires the inclusion of social considerations in all public procurement contracts and as a consequence proposal must now be developed for construction services contracts.'),
 (DCB, 'ni-buy-social', N, EI, [], DCB_S + ': i. Requirement for the unemployed and training', 'Work placement on a Department of Employment and Learning (DEL) approved scheme to be provided within the Integrated Consultant Team (ICT) or its supply chain as follows:'),
 (DCB, 'ni-buy-social', N, EI, [], DCB_S + ': i. Requirement for the unemployed and training', '8 weeks per £125K of fee value.'),
 (DCB, 'ni-buy-social', N, EI, [], DCB_S + ': ii. Requirement for professional trainees', '5% of workforce of the Integrated Consultant Team to be student / graduate / associate members of a relevant construction related professional institution working towards corporate status.'),
 (DCB, 'ni-buy-social', N, EI, [], DCB_S + ': iii. Requirement for students', 'One 40 week student placement for fee value of between £500K-£1000K and two placements for fee value greater than £1000K.'),
 # NIHE notices
 (HLA, 'ni-notice', N, MU, [], HLA_S, 'In accordance with the Procurement Policy Note 01/21 – Social Value in Procurement, this Contract will deliver measurable social value outcomes.'),
 (HLA, 'ni-notice', N, MU, [], HLA_S, 'Under this Procurement the Suppliers will be required to support the Contracting Authority\'s social value objectives.'),
 (HLA, 'ni-notice', N, MU, [], HLA_S, 'Accordingly, Contract performance conditions and/or Award Criteria may relate to social value.'),
 (HIN, 'ni-notice', N, MU, [], HIN_S + ': Lot 1 Award Criterion (quality)', 'Social Value (10%)', W10),
 # EA notice
 (ENS, 'ni-notice', N, MU, [], ENS_S + ': Lot 1 Award Criterion (quality)', 'AC3 Social Value (Alternative approach) (10%)', W10),
 # Buy Social (pages the corpus holds)
 (BSF, 'ni-buy-social', N, EI, [], BSF_I, 'work placements for people facing disadvantage'),
 (BSF, 'ni-buy-social', N, EI, [], BSF_I, 'skills development for existing employees'),
 (BSF, 'ni-buy-social', N, EI, [], BSF_I, 'opportunities for Social Enterprises/SME’s in the supply chain'),
 (BSF, 'ni-buy-social', N, EO, [], BSF_I, 'initiatives which encourage fair work practices'),
 (BSF, 'ni-buy-social', N, EI, [], BSF_I, 'business in education activities'),
 (BSF, 'ni-buy-social', N, EI, ['wellbeing'], BSF_I, 'digital inclusion projects.'),
 (BSF, 'ni-buy-social', N, EI, [], BSF_S, 'TR&T clauses require contractors to provide a proportion of the total weeks of employment on the contract to New Entrant Trainees (NETs).'),
 (BSR, 'ni-buy-social', N, EI, [], BSR_S + ': These benefits include:', 'The provision of skills'),
 (BSR, 'ni-buy-social', N, EI, ['wellbeing'], BSR_S + ': These benefits include:', 'Working with schools and colleges to enrich the curriculum'),
 (BSR, 'ni-buy-social', N, EI, [], BSR_S + ': Drawing on best practice, the Review concluded that a change of emphasis would secure the best outcomes:', 'a focus on paid employment and training opportunities;'),
 (AGN, 'ni-buy-social', N, EI, [], AGN_S, 'Targeted recruitment and training for people who are long-term unemployed and leaving education;'),
 (AGN, 'ni-buy-social', N, EO, [], AGN_S, 'Opportunities for people with disability or learning difficulties.'),
 # Belfast City Council
 (BCP, 'ni-council', N, MU, [], BCP_S + ': Specifically, we committed to the:', 'Development and implementation of social value in procurement;'),
 (BCP, 'ni-council', N, EI, [], BCP_S + ': Specifically, we committed to the:', 'Introduction of progressive procurement measures designed to support the local supply chain;'),
 (BCP, 'ni-council', N, EI, [], BCP_S + ': Specifically, we committed to the:', 'Implementation of measures to increase the capacity of the local supply market; and'),
 (BCP, 'ni-council', N, EI, [], BCP_S + ': Specifically, we committed to the:', 'Implementation of measures to ensure that our spend can boost the local economy.'),
 (BCP, 'ni-council', N, EI, [], 'Social Value Procurement Policy (Belfast City Council): Our ambition', 'Furthermore, evidence indicates that the more we spend with Belfast-based suppliers, the more our residents will be able to benefit.'),
 (BCF, 'ni-council', N, EI, [], BCF_S, 'Increase the number of jobs in Belfast and create local employment opportunities for the long-term unemployed, economically inactive and other underrepresented groups in the labour market.'),
 (BCF, 'ni-council', N, WB, ['economic-inequality'], BCF_S, 'Raise the living standards and prosperity and enhance the wellbeing of local residents by promoting socially responsible criteria for our suppliers.'),
 (BCF, 'ni-council', N, EO, [], BCF_S, 'Support fair and ethical trading in the supply chain (such as compliance Human Rights legislation and Modern Slavery Act), whilst expecting our suppliers, service providers and contractors to demonstrate a similar commitment.'),
 (NRM, 'ni-notice', N, MU, [], NRM_S, 'Under this Procurement Suppliers will be required to support the Contracting Authority\'s social value objectives.'),
 (NRM, 'ni-notice', N, MU, [], NRM_S, 'Accordingly, Contract performance conditions and Award Criteria may relate, in particular, to social value.'),
 # Belfast City Council social value terms and conditions
 (BT4, 'ni-council', N, MU, [], BT4_S, 'Within 4 weeks of Contract Award the Contractor is required to submit the Social Value Delivery Plan ‘the SV Plan’ for acceptance.'),
 (BT4, 'ni-council', N, MU, [], BT4_S, 'The Contractor shall deliver the accepted SV Plan unless otherwise agreed with the Council.'),
 (BT4, 'ni-council', N, MU, [], BT4_S, 'The Council may request an updated SV Plan at interims throughout the Contract Period, to take into account any increases in the contract value, any reasonable adjustments to any SV Initiatives and the Contractor’s performance against the SV Plan.'),
 (BT9, 'ni-council', N, MU, [], BT9_S, 'The Contractor shall provide a completed SV Monitoring Report ‘SV Report’ every month using the Social Value Monitoring System.'),
 (BT9, 'ni-council', N, MU, [], BT9_S + ': 9.2 The final format and content of the SV Report is agreed in line with the SV Plan however should include (where applicable):', 'all required details associated with each SV Initiative included in the SV Plan;'),
 (BT9, 'ni-council', N, MU, [], BT9_S + ': 9.2 The final format and content of the SV Report is agreed in line with the SV Plan however should include (where applicable):', 'details on recovery actions being undertaken to address performance issues against the SV Plan.'),
 (BT1, 'ni-council', N, MU, [], BT1_S + ': Social Value Delivery Plan ‘the SV Plan’', 'means a detailed proposal by the Contractor setting out how they intend to deliver the Social Value Offer.'),
 (BT1, 'ni-council', N, MU, [], BT1_S + ': Social Value Delivery Plan ‘the SV Plan’: The plan should include, as a minimum:', 'Brief explanation of how each SV Initiative will be delivered demonstrating understanding of the requirement and relevance i.e., relevant to the social value initiative selected'),
 # Belfast City Council committee reports
 (BM1, 'ni-council', N, EI, ['climate'], BM1_S, 'These social clauses were focused primarily on employability related issues (e.g. apprenticeships, ring-fenced employment opportunities, work placements for long-term unemployed) but also included clauses relating to environmental sustainability.'),
 (BM1, 'ni-council', N, MU, [], BM1_S, 'This committed the Council to scope out all upcoming tender opportunities (focusing on those with a value of at least £250,000) to explore opportunities for securing social value returns by introducing social clauses.'),
 (BM2, 'ni-council', N, EI, [], BM2_S + ': This level of expenditure can provide a boost to our local economy by (amongst other things):', 'Supporting businesses and the voluntary, community and social enterprise (VCSE) sector;'),
 (BM3, 'ni-council', N, EI, [], BM3_S, 'A range of work is currently being undertaken across the Council to support the delivery of social value through employability activities, support for the development of the social enterprise sector and the integration of social clauses within relevant procurement processes.'),
 (BM4, 'ni-council', N, MU, [], BM4_S, 'Whilst seeking to achieve a best value outcome for the ratepayer, from our procurement activities, the policy also aims to maximise the impact of council’s expenditure to get the best possible social outcome thereby making a positive difference to the people and communities in Belfast.'),
 (BM5, 'ni-council', N, EI, [], BM5_S + ': Part 1 – For all tender competitions valued over £30k, consideration by Officers about whether to:', 'Reserve the tender competition to a social enterprise/ VCSE sector'),
 # Education Authority
 (EAS, 'ni-case', N, MU, [], EAS_S + ': Social Value Initiatives', 'Social Value can be met in many ways, and EA is piloting contractual clauses which focus on social value initiatives / activities that directly benefit our children and young people.'),
 (SCM, 'ni-case', N, EI, [], SCM_S + ': Objectives', 'To help achieve these objectives and address the strategic aims, when re-tendering for this framework in 2021/2022, EA introduced social considerations within the contract whereby the Contractor(s) would be required to provide unwaged work experience placements for young people aged under 25 who are unemployed and face disadvantage in the labour market.'),
 (SCM, 'ni-case', N, EI, [], SCM_S + ': Objectives', 'In accordance with PPN 01/21, delivery of these social considerations is linked to invoiced spend, i.e. when the total invoiced value across all lots of the contract per Contractor is in excess of £100,000, the Contractor must provide two weeks of unwaged work placements for every £100,000 of invoiced spend (and pro-rata).'),
 (LMS, 'ni-case', N, EI, ['wellbeing'], LMS_S + ': Actions/Outcome: Some Key Social Value contractor initiatives include:', 'Supporting the EA with providing students and schools with participation in a programme of STEM events (science, technology, engineering and mathematics).'),
 # Mid and East Antrim Borough Council
 (MEA2, 'ni-council', N, MU, [], MEA_S + ': 1.1 What is Public Procurement?', 'At a strategic level, aligning procurement decision making to the Council’s broader policy objectives means that our purchasing power can be leveraged to make a positive impact towards those goals, for example to achieve wider economic, environmental, and social benefits.'),
 (MEA2, 'ni-council', N, MU, [], MEA_S + ': 1.2 Mission Statement for Mid & East Antrim’s Procurement Policy', 'The objective of Mid and East Antrim Council’s procurement activities is to secure the best value for money (VfM) outcome for the ratepayer whilst delivering on the key economic, environmental and social outcomes set out in the Mid and East Antrim Borough Council Corporate Plan 2024-2028'),
 (MEA4, 'ni-council', N, MU, [], MEA_S + ': 3.1 MEA Procurement Approach: the Council will act in accordance with applicable legislation and have regard to the importance of the following objectives:', 'maximising public benefit;'),
 (NIA, 'ni-policy', N, MU, [], NIA_S + ': Purpose', 'This policy sets out the Northern Ireland Assembly Commission’s (the Assembly Commission) approach to embedding social value in procurement, ensuring that contracts deliver wider benefits to society, the economy, and the environment.'),
 (BCF, 'ni-council', N, EI, [], BCF_S, 'Grow an inclusive and resilient Belfast economy, by engaging local suppliers and thereby encouraging re-spend within the Belfast economy, supporting micro and small businesses (who make up circa 90% of all Belfast businesses), social enterprises and co-operatives (who may employ local people and people who are disadvantaged in the labour market and re-invest within local communities).'),
 (BCF, 'ni-council', N, CL, [], BCF_S, 'Promote environmental sustainability by, for example, implementing environmental improvements (aligned to our draft Resilience Strategy), supporting reductions in waste and carbon emissions, supporting energy efficiency, promoting and procuring the use of materials from renewable and sustainable sources within the Council and our supply chain (leading to, for example, reductions in disposable and single-use plastic items) etc.'),
 (BCQ, 'ni-council', N, MU, [], 'Social Value Procurement Policy (draft) (Belfast City Council consultation)', 'Our message to our supply chain is clear – we want to do business with suppliers who have a strong people, environmental and ethical focus within their business.'),
 (EAS, 'ni-case', N, MU, [], EAS_S, 'We have been working with the Strategic Investment Board (SIB), and internal Services to implement Social Value initiatives within contracts for the benefit of our children and young people.'),
 (LMS, 'ni-case', N, MU, [], LMS_S + ': Objectives', 'It was also essential for EA to include and score social value connected with the delivery of this contract.'),
 (SVN, 'ni-case', N, EI, [], 'Social Value NI: case studies', 'Social Value on public sector grounds maintenance contracts is supporting people who have been through the justice system to overcome barriers to employment'),
 (SVN, 'ni-case', N, EO, ['climate'], 'Social Value NI: case studies', 'Ensuring ethical and sustainable supply chains in the Sourcing of Timber Materials for Technology Departments in School'),
 (CMD, 'ni-guidance', N, EO, [], CMD_S, 'From 1 June 2022, payment of the living wage must be included as a condition of contract for all tenders.'),
 (CMD, 'ni-guidance', N, EO, [], CMD_S + ': From 1 September 2021, the following requirements are incorporated into all Government contracts:', 'Adherence to relevant collective agreements; and'),
 (NIW, 'ni-utility', N, EI, [], NIW_S + ': Social Value will be scored based on the following themes:', 'Theme 1: Increasing secure employment and skills'),
 (NIW, 'ni-utility', N, EO, ['economic-inequality'], NIW_S + ': Social Value will be scored based on the following themes:', 'Theme 2: Building ethical and resilient supply chains'),
 (NIW, 'ni-utility', N, CL, [], NIW_S + ': Social Value will be scored based on the following themes:', 'Theme 3: Delivering zero carbon'),
 (NIW, 'ni-utility', N, WB, [], NIW_S + ': Social Value will be scored based on the following themes:', 'Theme 4: Promoting wellbeing'),
 # NIHE response repairs contracts (agendani); SIB Social Value Unit
 (AHE, 'ni-case', N, EI, [], AHE_S, 'Local communities will also benefit with many apprenticeships created across a range of trades for young people.'),
 (AHE, 'ni-case', N, EI, [], AHE_S, 'A number of social housing enterprises will also be created as a result of the initiative.'),
 (AHE, 'ni-case', N, MU, [], AHE_S, '“Given the potential value of this contract could be £1 billion over a ten-year period, the organisation is also eager to ensure that social value is realised through these contracts and that the local communities we work with benefit from this.'),
 (AHE, 'ni-case', N, EI, [], AHE_S, 'It is a requirement for each contract lot area to establish a social housing orientated social enterprise.”'),
 (SIU, 'ni-policy', N, MU, [], SIU_S, 'It does this by helping public bodies to design, implement and monitor social value that is included in their contracts, for example, employment opportunities, to disadvantaged groups, ethical supply chains and environmental issues.'),
 # NI Water
 (NIW, 'ni-utility', N, MU, [], NIW_S + ': So what is social value?', 'It’s the value that we bring to society through our work, which can be done in lots of ways, for example - enabling employment, delivering greener energy initiatives, providing education, promoting health and wellbeing initiatives and supporting the local economy.'),
 (NIW, 'ni-utility', N, EI, ['climate'], NIW_S, '“This new policy will help create jobs for people in deprived areas and deliver environmental benefits by requiring contracts to employ low or zero carbon practices.”'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (PPA, 'ni-policy', N, MU, [], PPA_S, 'This minimum weighting will apply to procurements at or above the thresholds set out in the Public Contracts Regulations.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # SIB Social Value Unit
 (PPA, 'ni-policy', N, PPA_S, 'The Social Value Unit are responsible for developing guidance and training for the implementation of PPN 01/21.'),
 # Cleaver Fulton Rankin
 (CFR, 'ni-guidance', N, CFR_S, 'Contracting Authorities should note that, subject to review and approval by the Northern Ireland Executive, the minimum weighting attributed to social value shall increase to 20 per cent from June 2023.'),
 (CFR, 'ni-guidance', N, CFR_S, 'By incorporating these values, it allows the Contracting Authorities to assign the most suitable contractor or contractors to a tender that will in turn provide the best value for money.'),
 # nibusinessinfo
 (NBI, 'ni-guidance', N, NBI_A, 'services contract tenders worth over £138,760'),
 (NBI, 'ni-guidance', N, NBI_A, 'construction contract tenders worth over £5.3m'),
 (NBI, 'ni-guidance', N, NBI_S + ': How to demonstrate social value in your tender submission', 'Demonstrating social value in your tender application will vary depending on the type of contract you are bidding for.'),
 (NBI, 'ni-guidance', N, NBI_S + ': How to demonstrate social value in your tender submission', 'View more specific guidance for your business type for example IT, construction or services.'),
 (NBI, 'ni-guidance', N, NBI_P, 'research the organisation that has advertised the tender opportunity to understand the social value requirements'),
 (NBI, 'ni-guidance', N, NBI_P, 'be specific and relevant to ensure you meet all requirements to get the most marks'),
 # NI Assembly Commission
 (NIA, 'ni-policy', N, NIA_S + ': Introduction and Context', 'While the Assembly Commission is not required to comply with PPNs issued by the Department of Finance, the principles set out in PPN 01/21 remain strategically relevant to our procurement function.'),
 (NIA, 'ni-policy', N, NIA_S + ': Introduction and Context', 'Accordingly the Assembly Commission’s Procurement Policy sets out our commitment to doing so.'),
 # CPD paper
 (DCB, 'ni-buy-social', N, DCB_S, 'Following discussions at the meeting between the CoPES and the CIGNI Professional College on the 7th November CPD agreed to produce a paper outlining proposals for the social clauses in construction services contracts.'),
 (DCB, 'ni-buy-social', N, DCB_S, 'Following consultation an Implementation date for these proposals has to be agreed between the CoPES and CIGNI.'),
 # NIHE electrical inspection and testing
 (HLA, 'ni-notice', N, HLA_S, 'The electrical installations must meet the required standards, as per BS7671, the Requirements for Electrical Installations, set out within the IET Wiring Regulations 18th Edition, as amended and current at the time works.'),
 (HLA, 'ni-notice', N, HLA_S, 'The Contractors will record any non-compliances with BS7671, as amended and use observation classification codes, C1, C2, C3 and FI to indicate where remedial work and/or further investigation must be undertaken.'),
 (HLA, 'ni-notice', N, HLA_S, 'If observations are made with the electrical installation, requiring classification codes C1, C2 and FI, then remedial work will be required, these remedial works should be undertaken by the Contractor during the completion of the inspection and testing.'),
 (HFT, 'ni-notice', N, HFT_S, 'The works to be provided under this contract will consist of Electrical Inspection and Testing of the \'fixed\' electrical parts of electrical installations within NIHE\'s Domestic properties, to be checked (periodically inspected and tested) by a qualified and competent person within a 5-year planned cycle.'),
 (HFT, 'ni-notice', N, HFT_S, 'Upon completion of the remedial works relating to observations classified as C1, C2 and FI, the Contractor must issue a Satisfactory Electrical Installation Condition Report (EICR).'),
 (HFT, 'ni-notice', N, HFT_S, 'The work also incorporates the replacement of Smoke and Heat detectors which have already achieved or will achieve a 10-year life within the next 1 year.'),
 # NIHE insurance and claims handling
 (HIN, 'ni-notice', N, HIN_S, 'The Housing Executive requires a provision of protective insurance cover for a number of areas.'),
 (HIN, 'ni-notice', N, HIN_S, 'Please note the requirement does not include insurance broking services.'),
 (HIN, 'ni-notice', N, HIN_S + ': Lot Description', 'Material Damage insurance cover as described in the Specification'),
 (HIN, 'ni-notice', N, HIN_S + ': Lot Description', 'Employers\' Liability insurance cover as described in the Specification'),
 (HIN, 'ni-notice', N, HIN_S + ': Lot 1 Award Criterion (cost)', 'Cost (90%)', {'weighting_percent': 90}),
 (HCL, 'ni-notice', N, HCL_S, 'Tenders are invited for the provision of a public liability claims handling and evaluation service as described in the Specification and in accordance with the Housing Executive’s Conditions of Contract included with the Tender Documentation.'),
 (HCL, 'ni-notice', N, HCL_S + ': Lot 1 Award Criterion (quality)', 'Quality (40%)', {'weighting_percent': 40}),
 # EA notices
 (ENS, 'ni-notice', N, ENS_S, 'The Education Authority invites tenders for the purpose of establishing Contract(s) for the provision of Non-Statutory Specialist Pre-School Provision (NSP) for Children with Complex Needs and Severe Learning Difficulties for a period of 12 months with the option to extend for period(s) of up to and including 24 months.'),
 (ENS, 'ni-notice', N, ENS_S + ': Lot 1 Award Criterion (quality)', 'AC1 Key Personnel Experience (30%)', {'weighting_percent': 30}),
 (ENS, 'ni-notice', N, ENS_S + ': Lot 1 Award Criterion (quality)', 'AC2 Service Delivery Plan (50%)', {'weighting_percent': 50}),
 (ENS, 'ni-notice', N, ENS_S + ': Lot 1 Award Criterion (price)', 'AC4 Price (10%)', {'weighting_percent': 10}),
 (EHT, 'ni-notice', N, EHT_S, 'The Education Authority (EA) invites tenders for the supply and delivery of Hand and Power Tools to individual schools and EA locations within Northern Ireland for a period of 4 years.'),
 (EHT, 'ni-notice', N, EHT_S, 'This framework agreement is not intended to replace any current contracts/framework agreements that participating or non-participating institutions may already have in place.'),
 (ELC, 'ni-notice', N, ELC_S, 'Suppliers, as part of the Pre-Market Engagement process, also have the opportunity to submit queries regarding the project.'),
 (EBP, 'ni-notice', N, EBP_S, 'The project includes the demolition of existing school buildings and the construction of a new 9 classroom extension with all associated site works'),
 (EAC, 'ni-case', N, EAC_S + ': Objectives', 'From the outset, the primary objective was to create additional non-statutory SEN pre-school capacity.'),
 (EAC, 'ni-case', N, EAC_S + ': Actions', 'A Pre-Market Engagement (PME) exercise was carried out through an initial questionnaire, followed by consultation meetings.'),
 # NI Water notices
 (WLD, 'ni-notice', N, WLD_S, 'This contract is for the provision of leakage detection services across Northern Ireland.'),
 (WLD, 'ni-notice', N, WLD_S, 'Through this contract, NI Water intends to appoint contractors to supplement existing in-house resources for the detection of unreported leaks in the water distribution network.'),
 (WLD, 'ni-notice', N, WLD_S, 'Contractors are permitted to submit a tender response for a maximum of four lots, however, contract award will be limited to a maximum of two lots per contractor.'),
 (WLD, 'ni-notice', N, WLD_S, 'However, the expected spend is likely to range from between PS32m to PS45m.'),
 (WME, 'ni-notice', N, WME_S + ': Planning Information', 'NI Water is preparing to out to market in early 2026 to appoint suppliers of Metered Electricity.'),
 (WME, 'ni-notice', N, WME_S + ': Planning Information', 'The purpose of these meetings is to outline the upcoming tender process and gather valuable market insights that may help shape the final requirements.'),
 (WFW, 'ni-notice', N, WFW_S, 'The Seagahan Farming for Water scheme aims to develop sustainable, catchment-scale solutions for the protection of rivers and lakes, which are the main sources of our drinking water.'),
 # Derry City and Strabane District Council tender documents
 (DEV, 'ni-council', N, DEV_S + ': Table of Contents', 'Declaration of Commitment to Promoting Equality of Opportunity'),
 (DEV, 'ni-council', N, DEV_S + ': Table of Contents', 'Fair Employment Declaration'),
 (DEV, 'ni-council', N, DEV_S + ': Introduction', 'It is made up of a number of buildings, Tower Museum, Guildhall and Harbour House and service areas which include collections, learning and engagement and archives and genealogy.'),
 (DFX, 'ni-council', N, DFX_S, 'All tender prices are to be fixed for the term of the contract, 36mths and no variation or increase shall be accepted during that period and tenderers are required to price accordingly.'),
 (DFX, 'ni-council', N, DFX_S, 'A Contractor may tender for any number of the items contained in the schedule.'),
 (DFX, 'ni-council', N, DFX_S, 'The Contractor shall be liable for and shall indemnify the Council against loss, liability, claim or proceedings in respect of any injury or damage whatsoever to any property real or personal in so far as such injury or damage arises out of any negligence, omission or default of the Contractor, his servants or agents or of any Sub-Contractor employed by him.'),
 (DFX, 'ni-council', N, DFX_S, 'All materials must comply with the latest British Standards where applicable, and the Contractor shall be deemed to warrant and guarantee in his tender document that the latest British Standards has been considered in the tender price.'),
 # NIHE response maintenance
 (NRM, 'ni-notice', N, NRM_S, 'The Suppliers will provide a 24/7/365 responsive repairs service, undertake technical and compliance inspections, manage multi-trade repair tasks, and support statutory landlord obligations.'),
 (NRM, 'ni-notice', N, NRM_S, 'Services include working in occupied and unoccupied homes, communal areas, and Contracting Authority-owned land and buildings.'),
 (NRM, 'ni-notice', N, NRM_S, 'No minimum volume of work is guaranteed.'),
 (NRM, 'ni-notice', N, NRM_S, 'Information relating to the Pre-Tender Estimate will be provided within the Tender Notice and associated tender documents.'),
 # Belfast City Council
 (BT1, 'ni-council', N, BT1_S, 'Deliverables means the Goods, Services and/or Works delivered as part of the Contract.'),
 (BT1, 'ni-council', N, BT_S + ': 1. Interpretation', 'These Social Value Terms and Conditions shall at all times be read in conjunction with the Council’s Standard Terms and Conditions.'),
 (BM1, 'ni-council', N, BM1_S, 'At the 22 January 2016 meeting of the Strategic Policy and Resources Committee, Members adopted the Council’s social clause policy.'),
 (BM2, 'ni-council', N, 'Belfast City Council: proposed Social Value Procurement Policy: Purpose of Report/Summary of Main Issues', 'To seek approval from Members on the proposed Social Value Procurement Policy prior to it going for public consultation in July/ August 21.'),
 (BM2, 'ni-council', N, BM2_S, 'In 2019/20, the Council spent circa £120 million on good, works and services.'),
 (BM3, 'ni-council', N, 'Belfast City Council: social clauses and the Leisure Transformation Programme: Purpose of Report/Summary of Main Issues', 'The purpose of this report is to update the Committee on current engagement on social clauses and the emerging outcomes from a new approach aligned to the Leisure Transformation Programme.'),
 (BM4, 'ni-council', N, BM4_S, 'Members agreed a Notice of Motion proposed by Councillor Beattie in January 2019 on the development of a social value strategy to further social, environmental and economic goals of Belfast City Council and subsequently in January 2020 to establish a task and finish Social Value Working Group.'),
 (BTD, 'ni-council', N, BTD_S, 'Tenders greater than £30,000 are procured by the eSourcing website.'),
 (BTD, 'ni-council', N, BTD_S, 'For quotations valued up to £30,000, we encourage suppliers to register with us.'),
 # Education Authority
 (EAS, 'ni-case', N, EAS_S, 'Annually the Education Authority (EA) establishes contracts worth approximately £354.64m, the majority of which are on behalf of schools and other educational establishments within Northern Ireland.'),
 (SCM, 'ni-case', N, SCM_S + ': Introduction', 'On average, Education Authority (EA) spends circa £1M on cleaning materials, catering services hygiene products and personal protective equipment (PPE), with deliveries to over 1,200 schools across the region.'),
 (LMS, 'ni-case', N, LMS_S + ': Objectives', 'EA’s objective was to procure a LMS with a suite of e-learning courses to deliver a range of statutory and mandatory training to support EA’s corporate strategy and legal obligations and a system that supports a modern workforce requiring modern approaches to learning and development so that people can learn using a variety of platforms.'),
 (TPD, 'ni-case', N, TPD_S, 'It was identified that there was a need to refresh over 20,400 teacher portable devices, the existing teacher devices needed updated to ensure that they were fit for purpose and offered practitioners the flexibility to deliver a pupil centred learning approach, which will elevate the learner experience and allow teachers to seamlessly deliver best practise along with digital learning opportunities.'),
 # Mid and East Antrim Borough Council
 (MEA2, 'ni-council', N, MEA_S + ': 1.1 What is Public Procurement?', 'Public procurement is the process by which public authorities purchase goods, works or services from external providers that enable them to deliver the services for which they are responsible.'),
 (MEA2, 'ni-council', N, MEA_S + ': 1.1 What is Public Procurement?', 'The overriding procurement policy requirement is that all public procurement must be based on value for money, defined as “the best mix of quality and effectiveness for the least outlay over the period of use of the goods or services bought.”'),
 (MEA3, 'ni-council', N, MEA_S + ': 2. Legislation and Policy: 2.1.1 Local Government Act NI (1972)', 'The Local Government Act (Northern Ireland) 1972 states a Council may enter contracts necessary for the discharge of any of its functions.'),
 (MEA3, 'ni-council', N, MEA_S + ': 2. Legislation and Policy: 2.1.2 The UK Procurement Act 2023 (the 2023 Act) – Regulated Procurement', 'A central digital platform, integrated with the Find a Tender service requires councils to register and share specific supplier information.'),
 (MEA4, 'ni-council', N, MEA_S + ': 3.1 MEA Procurement Approach: the Council will act in accordance with applicable legislation and have regard to the importance of the following objectives:', 'delivering value for money;'),
 (MEA4, 'ni-council', N, MEA_S + ': 3.1 MEA Procurement Approach: the Council will act in accordance with applicable legislation and have regard to the importance of the following objectives:', 'sharing information for the purpose of allowing suppliers and others to understand the authority’s procurement policies and decisions; and'),
 (MEA4, 'ni-council', N, MEA_S + ': 3.1 MEA Procurement Approach: the Council will act in accordance with applicable legislation and have regard to the importance of the following objectives:', 'acting, and being seen to act, with integrity.'),
 (MEA4, 'ni-council', N, MEA_S + ': 3.1 MEA Procurement Approach', 'In accordance with the 2023 Act, conflicts of interest must be assessed throughout the duration of the contract.'),
 (MEA4, 'ni-council', N, MEA_S + ': 3.1 MEA Procurement Approach', 'Mid and East Antrim Borough Council adopts a hybrid approach to procuring, whereby a central Procurement Unit supports staff within directorates with the procurement process.'),
 # NIHE repairs contracts; NIHE procurement strategy; Lisburn & Castlereagh development notice
 (AHE, 'ni-case', N, AHE_S, 'The new contracts are underway and will allow for more flexibility when scheduling repairs, an emphasis on first time repairs and wider use of mobile working to keep customers informed of appointments.'),
 (NCP, 'ni-policy', N, NCP_S, 'The Housing Executive procures a wide range of supplies, works and services as the Strategic Housing Authority in Northern Ireland.'),
 (LDP, 'ni-notice', N, LDP_S, 'The Development Agreement will include a timescale for achieving full planning permission and a further timescale for completing the agreed development inclusive of the proposed Council Community Facility.'),
 (LDP, 'ni-notice', N, LDP_S, 'It is anticipated that the redevelopment of the site will include housing, open space and a community facility.'),
 (LDP, 'ni-notice', N, LDP_S, 'The consultation and work undertaken as a result of the Feasibility Study for the Derriaghy site concluded that it was achievable to develop potentially 40 residential housing units.'),
 # pages the corpus holds
 (BSF, 'ni-buy-social', N, BSF_S, 'The Unit have dedicated Development Officers to assist with Construction, Services and ICT contracts.'),
 (BCP, 'ni-council', N, BCP_S, 'This document presents our approach to delivering on these commitments through our commissioning and procurement activities.'),
 (NIW, 'ni-utility', N, NIW_S, 'Public Procurement in Northern Ireland spends in the region of £3 billion annually on supplies, services and construction works, with NI Water accounting for, in the region of £300m of this spend.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk', 'finance-ni.gov.uk')
batch = Batch('public-texts-46.jsonl')
OCID = {HFT: 'ocds-h6vhtk-04ef6e', HCL: 'ocds-h6vhtk-064f2a', ENS: 'ocds-h6vhtk-05271b'}
def group_of(src):
    # A source already in the corpus keeps its group; a notice is `ocds:<ocid>` where its ocid is known (as in
    # notices.jsonl); else one document, one group.
    if src in OCID: return 'ocds:' + OCID[src]
    if src.startswith(MEA): return 'midandeastantrim.gov.uk/procurement-strategy-policy'
    if '/Social-Value-Terms-and-Conditions/' in src and BT1 in batch.group_of_source: return batch.group_of_source[BT1]
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub46', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
