"""Write /work/batches/public-texts-69.jsonl: batch 77, QUESTIONS AS WRITTEN in English and Welsh tender documents and
notices: award criteria with their weightings, quality questions and method-statement asks, the social value /
community benefit criterion beside them, and (as hard negatives) the other quality questions in the same documents
(experience, programme, methodology, design, health and safety, process and system access, scheduling,
accessibility of the service, data protection), evaluation mechanics, descriptions of what is bought (pump tracks,
changing rooms, grounds maintenance, cleaning) and a modern slavery pass/fail declaration follow-up.

Sources (all new to the corpus apart from one Digital Marketplace file family and the Sustainable Procurement Tools
site group): Find a Tender notices of Pateley Bridge Town Council (pump track, UK3 with its award criteria table) and
Tutbury Parish Council (changing rooms refurbishment); a Sell2Wales pump-track request for quotation (5.1 Quality
Criteria with page limits and weightings) and a Sell2Wales diagnostic-assessment services notice (award criteria
written as numbered questions with weightings); the tender-listing copies (lambda-url site, bidatlas.co.uk) of Weston
Turville Parish Council's grounds maintenance notice, Wellington Town Council's pump track notice and the University
of Exeter's cleaning quotation; Chorley Council's Gillett Playing Fields procurement-methodology decision; Repton
Parish Council's invitation to tender page; the University of Exeter ITT template (studylib copy); Crown Commercial
Service's RM1089 award questionnaire guidance (dokumen.tips copy); the Growth Company's T17002 invitation to tender
(docslib copy); North Somerset's local supply policy; Bath and North East Somerset's cabinet minute on its Think
Local strategy; PBC Today's report of Sovereign Housing Association's repairs framework tender; Inspired PLC's note on
the NHS carbon reduction plan and net zero commitment thresholds (pass/fail publication requirements); two
Sustainable Procurement Tools pages (skills and training overview; communities contract management); and the DOS5
modern slavery mitigating-factors question of the Digital Marketplace frameworks (github mirror).

Texts are verbatim from the stored pages read through the `search` tool (pages corpus) and from the fetched mirror of
alphagov/digitalmarketplace-frameworks (git show HEAD:path); list bullets and item numbers dropped, a line break inside
a sentence of a PDF transcript joined with a space. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Crown copyright pages (find-tender.service.gov.uk, sell2wales.gov.wales,
sustainableprocurementtools.scot) are OGL v3, the notice copies carry the notice-data licences, the Digital
Marketplace file its MIT licence, the rest are short quotations.

  python3 test/corpus/make-public-69.py > /work/batches/public-texts-69.jsonl
"""
from batch import Batch, EI, EO, MU, host_licence, ocid_group, weighting as w

U, S, W = 'uk', 'scotland', 'wales'

# Find a Tender notices (Procurement Act 2023 / PCR 2015)
PAT = 'https://www.find-tender.service.gov.uk/Notice/080055-2025'
TUT = 'https://www.find-tender.service.gov.uk/Notice/085896-2025'
# Sell2Wales
S2W_PT = 'https://www.sell2wales.gov.wales/search/search_switch.aspx?ID=132600'
S2W_DA = 'https://www.sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=MAY513879'
# notice copies on tender-listing sites
LAM = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/'
WTU = LAM + '071742-2025'
EXC = LAM + '019490-2025'
WEL = 'https://bidatlas.co.uk/tenders/002863-2026'
OCID = {PAT: 'ocds-h6vhtk-05ef76', TUT: 'ocds-h6vhtk-05fcb5', WTU: 'ocds-h6vhtk-05dc14', EXC: 'ocds-h6vhtk-050e29',
        WEL: 'ocds-h6vhtk-060479'}
# council pages and documents
CHO = 'https://democracy.chorley.gov.uk/mgAi.aspx?ID=103163'
REP = 'https://repton-pc.gov.uk/invitation-to-tender-and-evaluation-details'
EXT = 'https://studylib.net/doc/14927173/invitation-to-tender--itt-'
RMQ = 'https://dokumen.tips/documents/award-questionnaire-response-guidance-questionnaire-it-also-sets-out-the.html'
GMB = 'https://docslib.org/doc/2042553/t17002-document-a-invitation-to-tender-and'
NSO = 'https://n-somerset.gov.uk/business/tenders-procurement/procurement-strategy/our-local-supply-policy'
BNE = 'http://democracy.bathnes.gov.uk/ieIssueDetails.aspx?IId=16425&Opt=3'
SOV = ('https://pbctoday.co.uk/news/planning-construction-news/sovereign-housing-association-repairs-framework-12m-'
       'seeks-new-tender/117591')
NZC = ('https://inspiredplc.co.uk/insights/industry-news/policy-regulation/nhs-net-zero-commitment-on-lower-contract-'
       'thresholds-comes-into-force/')
# Sustainable Procurement Tools (Scottish Government)
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
SPT_SK = SPT + 'employment-skills-and-training/skills-and-training/overview/'
SPT_CM = SPT + 'communities/contract-management'
# Digital Marketplace frameworks (alphagov), the commit read
DMF = ('github:alphagov/digitalmarketplace-frameworks@17ea4bb4:frameworks/digital-outcomes-and-specialists-5/'
       'questions/declaration/mitigatingFactors3.yml')

PAT_S = 'Pateley Bridge Pump Track Project (Pateley Bridge Town Council, UK3 planned procurement notice)'
PAT_A = PAT_S + ': Award criteria: Criterion Weighting'
TUT_S = 'Changing Rooms Refurbishment - Cornmill Lane, Tutbury (Tutbury Parish Council): Description'
PT_S = 'Pump track request for quotation (Sell2Wales): Minimum standards and qualification required: 5.1 Quality Criteria (60%)'
DA_S = 'Diagnostic assessment services notice (Sell2Wales): Award criteria'
WTU_S = 'Grounds maintenance contract (Weston Turville Parish Council, tender notice)'
WEL_S = 'Pump Track and Footpath Construction (Wellington Town Council, tender notice)'
EXC_S = 'Cleaning services at the Engineering Research Centre (University of Exeter, tender notice)'
CHO_S = 'Gillett Playing Fields Procurement Methodology (Chorley Council cabinet agenda item)'
REP_S = 'Invitation to tender – Mitre Field – Design & Installation of multi- wheeled pump track (Repton Parish Council)'
EXT_S = 'Invitation To Tender (ITT) template (University of Exeter): 1. Form of Tender – Invitation to Quote (ITT)'
RMQ_S = 'Award Questionnaire Response Guidance, Evaluation and Marking Scheme, Traffic Management Technology 2 (RM1089, Attachment 3)'
GMB_S = 'Executive Development Programme Framework 2 (T17002): Document A – Invitation to Tender and Requirements: 1.0 Letter of Invitation'
NSO_S = 'Our local supply policy (North Somerset Council)'
BNE_S = 'Review of the Council\'s "Think Local" Procurement Strategy (Bath and North East Somerset Council, Cabinet 3 December 2014)'
SOV_S = 'Sovereign Housing Association repairs framework (£12m) seeks new tender (PBC Today)'
NZC_S = 'NHS Net Zero Commitment requirement for suppliers on lower contract thresholds comes into force (Inspired PLC)'
SK_S = 'Sustainable Procurement Tools: Employment, skills and training: Skills and training: Overview: Risk or opportunity'
CM_S = 'Sustainable Procurement Tools: Communities: Contract management'


# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Pateley Bridge Town Council: award criteria table
 (PAT, 'notice-award-criteria', U, MU, [], PAT_A, 'Sustainability and community benefits 10%', w(10)),
 # Weston Turville Parish Council: award criteria lines
 (WTU, 'notice-award-criteria', U, MU, [], WTU_S + ': Lot 1: Award criteria', 'Social Value (20%)', w(20)),
 # Sell2Wales diagnostic assessments: the quality sub-criteria list
 (S2W_DA, 'notice-award-criteria', W, MU, [], DA_S + ': Weighting description: Quality will be assessed based on the following sub-criteria:', 'Social Value'),
 # Chorley: the pavilion contract carries a social value assessment
 (CHO, 'council-decision', U, MU, [], CHO_S + ': Decision', 'To approve the proposed procurement methodologies and evaluation criteria for the high value contract to construct a new changing pavilion comprising a single stage open tender with suitability questionnaire / quality element / social value assessment and the use of the JCT standard form of building contract.'),
 # Sovereign Housing Association repairs framework: social value pledges scored
 (SOV, 'press-tender', U, MU, [], SOV_S, 'The Sovereign Housing Association repairs framework has gone live, seeking tenders with pledges to social value projects for a four-year contract'),
 (SOV, 'press-tender', U, MU, [], SOV_S, 'Applicants will have the opportunity to impress with their pledges to social value'),
 (SOV, 'press-tender', U, MU, [], SOV_S, 'Entries with more outstanding social value commitments will receive a more positive weighting and overall score.'),
 # Sustainable Procurement Tools: skills and training overview
 (SPT_SK, 'spt-guidance', S, EI, [], SK_S, 'Are there opportunities to generate employment and training opportunities; or develop skills in potential suppliers\' existing workforce?'),
 (SPT_SK, 'spt-guidance', S, EI, [], SK_S, 'For example, targeted recruitment and training opportunities, apprenticeships, or employment of young people who are not in employment, education or training; long term unemployed or other priority groups.'),
 (SPT_SK, 'spt-guidance', S, MU, [], SK_S, 'In relevant contracts, community benefit requirements should be reflected throughout the procurement process, including:'),
 (SPT_SK, 'spt-guidance', S, MU, [], SK_S + ': In relevant contracts, community benefit requirements should be reflected throughout the procurement process, including:', 'in technical specifications, (that can include the method of production or provision of the requested goods, works or services)'),
 (SPT_SK, 'spt-guidance', S, MU, [], SK_S + ': In relevant contracts, community benefit requirements should be reflected throughout the procurement process, including:', 'in award criteria that can include social and environmental characteristics'),
 # Sustainable Procurement Tools: communities contract management
 (SPT_CM, 'spt-guidance', S, MU, [], CM_S, 'Where community requirements are significant for a particular contract performance indicators need to be developed to ensure delivery.'),
 (SPT_CM, 'spt-guidance', S, MU, [], CM_S, 'Where additional benefits are a contractual requirement they must be quantifiable and measurable; otherwise there is a risk that it may be unenforceable.'),
 # North Somerset local supply policy: what it asks of strategic contractors
 (NSO, 'council-guidance', U, EI, [], NSO_S + ': The policy covers how we:', 'manage our strategic contractors so that they optimise their use of local suppliers within their own supply chain'),
 # Bath and North East Somerset: suppliers encouraged not to use zero hours contracts
 (BNE, 'council-decision', U, EO, [], BNE_S + ': Minutes', 'Councillor Bellotti referred to paragraph 5.4 of the report in which it was laid out that the guidance encouraged suppliers not to use zero hours contracts.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Pateley Bridge Town Council: the rest of the award criteria and the description of what is bought
 (PAT, 'notice-award-criteria', U, PAT_S + ': Award criteria', 'The Council will evaluate all tenders received against the following criteria:'),
 (PAT, 'notice-award-criteria', U, PAT_A, 'Price and value for money 35%', w(35)),
 (PAT, 'notice-award-criteria', U, PAT_A, 'Technical quality and specification compliance 25%', w(25)),
 (PAT, 'notice-award-criteria', U, PAT_A, 'Contractor experience and track record (similar projects, team qualifications, accreditations) 20%', w(20)),
 (PAT, 'notice-award-criteria', U, PAT_A, 'Health, Safety and CDM compliance 10%', w(10)),
 (PAT, 'notice-award-criteria', U, PAT_S + ': Award criteria: Technical Quality will assess:', 'Clarity and completeness of design and specification.'),
 (PAT, 'notice-description', U, PAT_S + ': Scope: Description', 'This project aims to create a free, safe and welcoming pump track that gives children, young people and families in and around Pateley Bridge a high quality place to be active close to home.'),
 (PAT, 'notice-description', U, PAT_S + ': Scope: Description', 'It is needed because there are very limited informal, low cost opportunities for young people to ride, play and socialise independently in this rural area, especially those who are not engaged in traditional sports or who face barriers linked to cost, travel and confidence.'),
 # Tutbury Parish Council: the works bought and how tenders are assessed
 (TUT, 'notice-description', U, TUT_S + ': 1. Project Objective', 'The project comprises of the refurbishment of the existing football changing room facilities to improve privacy, hygiene, accessibility, and energy efficiency.'),
 (TUT, 'notice-description', U, TUT_S + ': 2. Programme, Access & Constraints', 'A detailed programme showing sequencing and access management must be provided with the tender.'),
 (TUT, 'notice-description', U, TUT_S + ': 2. Programme, Access & Constraints: Contractors must:', 'Minimise disruption to matches and training'),
 (TUT, 'notice-description', U, TUT_S + ': 3. Tender Submission & Assessment', 'Tenders will be evaluated by a panel comprising of Parish Councillors and the Parish Clerk.'),
 (TUT, 'notice-description', U, TUT_S + ': 3. Tender Submission & Assessment', 'Where minor omissions are identified consistently across submissions, tenderers may be asked to provide clarification by a fixed deadline.'),
 (TUT, 'notice-description', U, TUT_S + ': 3. Tender Submission & Assessment', 'No changes to price or material elements will be permitted.'),
 # Sell2Wales pump track RFQ: the quality questions with their page limits
 (S2W_PT, 'itt-quality-questions', W, PT_S, 'We will assess the quality element by evaluating your response to the questions below.'),
 (S2W_PT, 'itt-quality-questions', W, PT_S, 'Please note that the following questions require a minimum score threshold of 3 (please see scoring matrix provided in Section 5.3) to be achieved in order to meet the minimum standards.'),
 (S2W_PT, 'itt-quality-questions', W, PT_S, 'Bidders will be required to satisfy all aspects of the Quality Criteria.'),
 (S2W_PT, 'itt-quality-questions', W, PT_S, 'Please note that all questions have been weighted according to their importance.'),
 (S2W_PT, 'itt-quality-questions', W, PT_S, 'Please ensure that you adhere to the maximum page limit for each question.'),
 (S2W_PT, 'itt-quality-questions', W, PT_S, 'We will only evaluate the page limits set for each response.'),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'Please provide a CV of your last 6 pump track projects.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'Include: track description, cost and client references with current contact details.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'Highlight projects where you have worked successfully to a client design.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'Describe how you would work collaboratively; for example: how you would manage any design suggestions and changes to the benefit of the client and their required outcomes.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'Please provide a client reference with current contact details.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'Please note that the response to this question must be no more than 7 sheets of A4 (Calibri 11) words in total.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Experience 35%', 'A minimum score of 3 out of 5 is required.', w(35)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Timescale & Availability 10%', 'Please provide a timeline / Gantt chart of your proposed work schedule, along with your start date and proposed completion date.', w(10)),
 (S2W_PT, 'itt-quality-questions', W, PT_S + ': Timescale & Availability 10%', 'Please provide an assurance that you can start on the date you provide and what mitigation you can provide in the event of your start on site being delayed (this project is subject to a funding spend schedule).', w(10)),
 # Sell2Wales diagnostic assessments: award criteria written as questions
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Weighting description', 'The contract will be awarded based on the most economically advantageous tender, using a combination of price and quality.'),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Weighting description', 'Quality will be assessed based on the following sub-criteria:'),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Weighting description: Quality will be assessed based on the following sub-criteria:', 'Scalability & Peak demand management'),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Weighting description: Quality will be assessed based on the following sub-criteria:', 'Accessibility & Inclusivity'),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Weighting description: Quality will be assessed based on the following sub-criteria:', 'Qualifications and Compliance'),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Weighting description: Quality will be assessed based on the following sub-criteria:', 'Adherence to Guidelines'),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Type: quality', 'Question 1 - Service Delivery & Process efficiency: Process - 10%', w(10)),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Question 1 - Service Delivery & Process efficiency: Process - 10%: Description', 'Describe in detail your proposed system and process for submitting, managing, and tracking assessment referrals.', w(10)),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Question 1 - Service Delivery & Process efficiency: Process - 10%: Description: System Access and User Roles', 'Explain how staff will access the system, including user account setup, role-based permissions, and authentication methods.', w(10)),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Question 1 - Service Delivery & Process efficiency: Process - 10%: Description: Referral Submission Process', 'Describe the end-to-end process for submitting a referral, including what information is required, how forms or supporting evidence are uploaded, and how long it takes to complete a typical submission.', w(10)),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Question 1 - Service Delivery & Process efficiency: Process - 10%: Description: Case Tracking and Communication', 'Outline how users are kept informed of case progress (e.g., acknowledgements, status updates, appointment scheduling), and whether schools can track the status of each referral in real-time', w(10)),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Type: quality', 'Question 2 - Service Delivery & Process Efficiency: Scheduling - 10%', w(10)),
 (S2W_DA, 'notice-award-criteria', W, DA_S + ': Question 2 - Service Delivery & Process Efficiency: Scheduling - 10%: Description', 'Please describe your process for ensuring both the initial contact with referred students and the scheduling of full assessment appointments are completed within the required timeframes.', w(10)),
 # Weston Turville Parish Council: the other award criteria and the service bought
 (WTU, 'notice-award-criteria', U, WTU_S + ': Lot 1: Award criteria', 'Methodology and work plan (20%)', w(20)),
 (WTU, 'notice-award-criteria', U, WTU_S + ': Lot 1: Award criteria', 'Experience (10%)', w(10)),
 (WTU, 'notice-award-criteria', U, WTU_S + ': Lot 1: Award criteria', 'Health and Safety (10%)', w(10)),
 (WTU, 'notice-award-criteria', U, WTU_S + ': Lot 1: Award criteria', 'Price (40%)', w(40)),
 (WTU, 'notice-description', U, WTU_S + ': Description', 'Weston Turville Parish Council seeks tenders for a 3-year grounds maintenance contract covering public green spaces.'),
 (WTU, 'notice-description', U, WTU_S + ': Description', 'Services include grass cutting, hedge trimming, litter clearance, seasonal planting, and minor reactive works.'),
 # Wellington Town Council: award criteria and the facility bought
 (WEL, 'notice-award-criteria', U, WEL_S + ': Lot 1: Award criteria', 'Design and Progressive Difficulty (25%)', w(25)),
 (WEL, 'notice-award-criteria', U, WEL_S + ': Lot 1: Award criteria', 'Experience and References (25%)', w(25)),
 (WEL, 'notice-award-criteria', U, WEL_S + ': Lot 1: Award criteria', 'Cost (50%)', w(50)),
 (WEL, 'notice-description', U, WEL_S + ': Description', 'The track needs to be designed and built to accommodate mountain bikes, BMX bikes, skateboards, micro scooters, roller skates & inline skates.'),
 (WEL, 'notice-description', U, WEL_S + ': Description', 'At least one of the options should also have a section that is accessible for sport wheelchairs.'),
 # University of Exeter cleaning quotation
 (EXC, 'notice-description', U, EXC_S + ': Description', 'The University of Exeter is seeking quotations for the supply of cleaning services at our Engineering Research Centre located at Exeter Science Park.'),
 (EXC, 'notice-award-criteria', U, EXC_S + ': Lot LOT-0000: Award criteria', 'Scored requirements (40%)', w(40)),
 # Chorley: the other decisions (one contract without social value evaluation criteria)
 (CHO, 'council-decision', U, CHO_S + ': Decision', 'To approve that the cricket pitch contract will be procured as a medium value exercise with contract award to be approved by the Executive Member (Planning and Development) by Executive Member Decision.'),
 (CHO, 'council-decision', U, CHO_S + ': Decision', 'To approve the proposed procurement methodologies and evaluation criteria for the high value contract to create a new football pitch comprising a single stage open tender with suitability questionnaire / quality element and the use of the Joint Contracts Tribunal (JCT) intermediate works contract.'),
 (CHO, 'council-decision', U, CHO_S + ': Decision', 'To approve the omission of the social value evaluation criteria from the football pitch creation contract.'),
 (CHO, 'council-decision', U, CHO_S + ': Minutes', 'As referenced within the report, the omission of the social value evaluation criteria with regards to the football pitch creation contract was highlighted to members, due to the specialism of contractors required to undertake the work and them being based in various parts of the country.'),
 (CHO, 'council-decision', U, CHO_S + ': Decision', 'To approve the delegation of contract award for both the football pitch creation and pavilion construction contracts to the Executive Member (Planning and Development) by Executive Member Decision.'),
 # Repton Parish Council: the facility bought and the form of response
 (REP, 'itt-page', U, REP_S, 'Suitable contractors are asked to submit tenders to undertake the design and supply of the pump track.'),
 (REP, 'itt-page', U, REP_S, 'It is intended that the track is suitable for a variety of non-motorised small wheeled devices and is to be provided for the benefit of the inhabitants of Repton and in particular, but not exclusively, those of the said inhabitants who are children under the age of 14 years with the object of improving the conditions of life for the said inhabitants.'),
 (REP, 'itt-page', U, REP_S + ': 3 Form of Response: Tenders are to provide the following documentation', 'Proposed track layout drawing/illustration and profile diagram.'),
 # University of Exeter ITT template
 (EXT, 'itt-template', U, EXT_S, 'On completion of the ITT, Bidders are required to submit all relevant parts of the Tender via the University of Exeter’s (University) e-tendering system (In-Tend) and by the closing date as follows.'),
 (EXT, 'itt-template', U, EXT_S, 'Bidders must maintain within the web-based portal (In-tend) a single point of contact in their organisation for this ITT.'),
 (EXT, 'itt-template', U, EXT_S, 'The University will not be responsible for contacting the Bidders through any route other than the nominated contact registered in In-tend.'),
 # CCS RM1089 award questionnaire guidance
 (RMQ, 'itt-award-questionnaire', U, RMQ_S + ': 1 Introduction', 'This document provides an overview of the methodology that will be adopted by the Authority to evaluate your response to each question set out within the Award Questionnaire.'),
 (RMQ, 'itt-award-questionnaire', U, RMQ_S + ': 2 Overview', 'If you fail to provide a response to any applicable question of the Award Questionnaire, your Tender may be deemed to be non-compliant.'),
 (RMQ, 'itt-award-questionnaire', U, RMQ_S + ': 2 Overview', 'If a Tender is deemed to be non-compliant, the Tender will be rejected and excluded from further participation in this Procurement.'),
 (RMQ, 'itt-award-questionnaire', U, RMQ_S + ': 2 Overview', 'A summary of all the questions contained within the Award Questionnaire, along with the Marking Scheme, Maximum Score and Weighted Score available for each question is set out below.'),
 # Growth Company T17002 ITT
 (GMB, 'itt-document', U, GMB_S, 'The Invitation to Tender contains Instructions and Information for Tendering, Specification of Requirements, Organisation Questionnaire (including Form of Tender and Pricing Schedule), and GM Business Support Limited Contract Conditions.'),
 (GMB, 'itt-document', U, GMB_S, 'Please do not email your tender response, as any submissions received by email will be rejected.'),
 # North Somerset local supply policy: the council's own purchasing
 (NSO, 'council-guidance', U, NSO_S + ': The policy covers how we:', 'will ensure transparency regarding our contracts, making local suppliers more aware of available opportunities.'),
 # Sustainable Procurement Tools: the process around community benefits (buyer's own steps)
 (SPT_SK, 'spt-guidance', S, SK_S, 'Contract suitability and market capacity to meet a specific requirement need to be addressed on a case-by-case basis.'),
 (SPT_CM, 'spt-guidance', S, CM_S, 'Finally, any contracting authority which is required by the Procurement Reform (Scotland) Act 2014 to produce and publish an annual procurement report must include a summary of any community benefits delivered as part of a regulated procurement during the reporting period.'),
 (SPT_CM, 'spt-guidance', S, CM_S, 'It will be in the contracting authority\'s interest to capture details of any community engagement activities they have carried out as part of this.'),
 # Sovereign Housing Association repairs framework: what is bought and who may bid
 (SOV, 'press-tender', U, SOV_S, 'The new Sovereign Housing Association repairs framework seeks tenders for responsive repairs to support Sovereign’s in-house property services team.'),
 (SOV, 'press-tender', U, SOV_S, 'The new repairs framework represents a major investment, with the tender worth £3m every year over the course of the four-year contract.'),
 (SOV, 'press-tender', U, SOV_S, 'The 61,000-home housing association will use the framework across eight regions, drawing in multiple preferred suppliers for each.'),
 (SOV, 'press-tender', U, SOV_S, 'The tendering process has been expanded to invite sole traders to participate.'),
 # NHS carbon reduction plan / net zero commitment: pass/fail publication requirements
 (NZC, 'nhs-net-zero', U, NZC_S + ': What does this mean in practice?: From April 2024:', 'A full Carbon Reduction Plan is required for procurements of high value (£5m per annum excluding VAT and above) and new frameworks operated by in-scope organisations, irrespective of the value of the contract, where relevant and proportionate to the framework.'),
 (NZC, 'nhs-net-zero', U, NZC_S + ': What does this mean in practice?: From April 2024:', 'A Net Zero Commitment is required for procurements of lower value (below £5m per annum excluding VAT and above £10k excluding VAT).'),
 (NZC, 'nhs-net-zero', U, NZC_S + ': What is the context?', 'From April 2023, the NHS has required suppliers for all new contracts above £5 million per annum to publish a Carbon Reduction Plan for their UK Scope 1 and 2 emissions and a subset of scope 3 emissions as a minimum (aligning with PPN 06/21).'),
 # Digital Marketplace DOS5 declaration: modern slavery reporting follow-up (pass/fail declaration)
 (DMF, 'dm-dos-declaration', U, 'Mitigating factors for Modern Slavery reporting requirements', 'If your organisation does not meet the requirements, explain why.', {'limit_words': 500}),
]

OGL_HOSTS = ('find-tender.service.gov.uk', 'sell2wales.gov.wales', 'sustainableprocurementtools.scot')
DM_LICENCE = 'MIT (Crown Commercial Service / GDS, digitalmarketplace-frameworks)'
batch = Batch('public-texts-69.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); a notice and its copies are one group
    # (`ocds:<ocid>`); the Digital Marketplace declaration files of one framework are one group; the Sustainable
    # Procurement Tools pages share one site group, as in the corpus.
    if src in OCID: return 'ocds:' + OCID[src]
    if (g := ocid_group(src)): return g
    if src.startswith('github:alphagov/digitalmarketplace-frameworks'):
        fw = src.split(':frameworks/')[1].split('/')[0]
        return 'dm:' + fw + '/declaration'
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    return src


def licence_of(src):
    if src.startswith('github:'): return DM_LICENCE
    return host_licence(src, OGL_HOSTS)


batch.emit_lists('pub69', R, NEG, group_of, licence_of)
