"""Write /work/batches/public-texts-12.jsonl: batch 18, aimed at tender questions and award criteria as a supplier sees
them in published invitation-to-tender material, with their sibling questions from the same documents as hard
negatives. The stored pages give only the opening of most published ITT documents (vdocuments, docplayer, studylib,
Sell2Wales document downloads), so the question sets here come from pages whose text is stored whole: a Sell2Wales
notice of the University of South Wales with its award criteria as questions and weightings (health and safety,
experience, programme), Hafod's Sell2Wales notice (housing association, community benefits a bidder proposes and that
become contract clauses, a 1% cash donation), Sovereign Housing Association's repairs tender (Project Match community
projects, environmental impact and EDI commitments scored), DfE's school buildings construction framework quality
criteria and maximum weightings (gov.uk, social value beside overall approach, supply chain, cost and risk, design,
construction management, handover, ICT, whole life costs), Waverley Borough Council's method-statement headings and
weightings for a grounds maintenance tender, Fleet Town Council's grounds maintenance clarification questions (TUPE,
method statement MS3), the award criteria of three Find a Tender / Contracts Finder records as D3 Tenders stores them
(an apprenticeship training tender with "Social Value Monetary Value", an apprenticeship managed service with
implementation, data and service delivery weightings) and Forestry England's lot criteria (capacity, method statement,
social value, price) as Bidstats shows them, the Scottish Government's sample fair work ITT question, Devon County
Council's FOI answer on how social value sits inside its quality questions, Thurrock's social value question bank
description, an NHS trust FOI on net zero and social value in tender scoring; hard negatives also from tender guides of
Cambridge City Council and Northumbria Healthcare NHS FT. Texts verbatim from the stored pages (read through the
`search` tool, pages corpus; list bullets and numbering dropped). Texts already in the committed corpus are skipped
(listed on stderr), and a source already in the corpus keeps its group.

  python3 test/corpus/make-public-12.py > /work/batches/public-texts-12.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ID, ocid_group, weighting as W

USW = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=SEP541646'
HAF = 'https://sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=AUG447468'
SOV = 'https://sovereign.org.uk/press-release/repairs-tender-goes-live'
DFE = ('https://www.gov.uk/government/publications/school-buildings-construction-framework-2021/'
       'appendix-g-quality-criteria-and-maximum-weightings')
WAV = ('http://waverweb.waverley.gov.uk/live/wbc/newComdb.nsf/f0688ddc4711c8578025761c004fe22b/'
       '196db64493feb78e802575ae00364ce5?OpenDocument')
FLT = 'https://www.fleet-tc.gov.uk/?p=3919'
SUN = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-035a31'
APP = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-032115'
FOR = 'https://fdmigration-bidstats-cjb5bsavdhdme6ef.a03.azurefd.net/tenders/2024/W28/826278284'
FWA = ('https://www.gov.scot/publications/statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-'
       'practices/pages/9/')
DEV = 'https://www.devon.gov.uk/accesstoinformation/information_request/tenders-and-frameworks-social-value-weighting-2021/'
THU = 'https://www.thurrockcvs.org/social-value-guidelines'
MTW = 'https://www.mtw.nhs.uk/foi/sustainability-071021-docx/'
CAM = 'https://cambridge.gov.uk/how-we-evaluate-tender-submissions'
WAR = ('http://waverweb.waverley.gov.uk/live/wbc/newComdb.nsf/f0688ddc4711c8578025761c004fe22b/'
       'a1fde73a398fd92a802575ae00364ce4?OpenDocument')
BRA = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-bid-evaluation-guidance/'
NOR = 'https://northumbria.nhs.uk/about-us/corporate-information/become-supplier/tender-guides'

HAF_S = ('Additional Information: The Community Benefits included in this contract are: Community benefits covers a wide '
         'range of activities and Hafod asks its Contractors to understand and deliver the activities which creates the '
         'most value to our communities, these can include:')
SOV_S = 'Social value key as £12million repairs tender goes live'
DFE_S = 'Appendix G – quality criteria and maximum weightings: Quality criteria'
WAV_S = 'Quality Evaluation Headings and Weightings: Required Information'
FLT_S = 'Contract for the provision of Ground Maintenance Services: Clarification Questions'
FWA_S = 'Annex A Fair work practices - sample Invitation to Tender Question'
DEV_S = 'Tenders and frameworks – social value weighting – 2021: Social Value Weighting'
THU_S = 'Social Value Guidelines'
MTW_S = 'Sustainability (FOI request to the Trust)'
CAM_S = 'How we evaluate tender submissions: Quality evaluation'
NOR_S = 'Tender Guides: Selection questionnaire (SQ) guide'
NOR_I = 'Invitation to tender (ITT) guide: A typically good tender is:'
WAR_S = ('Report on the award of the Grounds Maintenance Contract: Quality of life implications – social, environmental & '
         'economic (sustainable development):')
BRA_S = 'Social Value Bid Evaluation guidance: 1.1 Mandatory Social Value'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (HAF, 'ha-itt', 'wales', MU, [], 'Additional Information', HAF_S.split('are: ')[1]),
 (HAF, 'ha-itt', 'wales', EI, [], HAF_S, 'Creating and maximising local opportunities'),
 (HAF, 'ha-itt', 'wales', EI, [], HAF_S, 'Training and recruitment opportunities for the long term economically inactive (long term economically inactive means those not been in paid employment in the last 3 months immediately prior to the date of this invitation)'),
 (HAF, 'ha-itt', 'wales', WB, [], HAF_S, 'Volunteering days'),
 (HAF, 'ha-itt', 'wales', WB, [], HAF_S, 'Landscaping/Building Services support to regenerate for communal areas'),
 (HAF, 'ha-itt', 'wales', WB, [], HAF_S, 'Support for local youth groups and other community groups'),
 (HAF, 'ha-itt', 'wales', WB, [], HAF_S, 'Sponsoring of mini sporting tournament or event'),
 (HAF, 'ha-itt', 'wales', WB, [], HAF_S, 'Community newsletters advising on impact of service delivery'),
 (HAF, 'ha-itt', 'wales', EI, ['wellbeing'], HAF_S, 'Contributions to education such as work placements for secondary-school children and college students, landscaping/building services support to regenerate for school playgrounds'),
 (HAF, 'ha-itt', 'wales', EI, [], HAF_S, 'Utilise local supply chains.'),
 (HAF, 'ha-itt', 'wales', MU, [], 'Additional Information', 'Under the terms of this contract the successful Contractor will be required to deliver Community Benefits in support of the Hafods Environmental, Social and Corporate Governance objectives.'),
 (HAF, 'ha-itt', 'wales', MU, [], 'Additional Information', 'Please note that both the Required Community Benefits and any Additional Community Benefits submitted within your proposal will form a mandatory Contract clause.'),
 (HAF, 'ha-itt', 'wales', WB, [], 'Additional Information', 'It is a mandatory requirement that the successful contractor provides a 1% cash donation of the contract value.'),
 (SOV, 'ha-itt', 'uk', MU, [], SOV_S, 'Applicants will have the opportunity to impress with their pledges to social value.'),
 (SOV, 'ha-itt', 'uk', WB, [], SOV_S, 'Through its Project Match programme, Sovereign will maximise opportunities to deliver social value in its communities by asking suppliers which community project they are able to fulfil from a predetermined list.'),
 (SOV, 'ha-itt', 'uk', MU, [], SOV_S, 'Tender offers will then be scored on a whole host of criteria related to quality, cost and social value.'),
 (SOV, 'ha-itt', 'uk', MU, ['climate', 'equal-opportunity'], SOV_S, 'This includes commitments to health and safety, efforts to measure and monitor environmental impact and measures to improve Equality, Diversity, and Inclusion (EDI).'),
 (SOV, 'ha-itt', 'uk', MU, [], SOV_S, 'Entries which display these greater social value commitments will receive a more positive weighting and overall score.'),
 (DFE, 'cg-itt', 'uk', MU, [], DFE_S, 'Social value**', W(20)),
 (WAV, 'council-itt', 'uk', CL, [], WAV_S, 'Environmental Issues'),
 (WAR, 'council-itt', 'uk', CL, [], WAR_S, 'Natural Resource Use'),
 (WAR, 'council-itt', 'uk', CL, [], WAR_S, 'Pollution Prevention and Control'),
 (WAR, 'council-itt', 'uk', CL, [], WAR_S, 'Biodiversity and Nature'),
 (WAR, 'council-itt', 'uk', CL, ['wellbeing'], WAR_S, 'Local Environment'),
 (WAR, 'council-itt', 'uk', EO, ['wellbeing'], WAR_S, 'Social Inclusion'),
 (WAR, 'council-itt', 'uk', WB, [], WAR_S, 'Safe, Healthy and Active Communities'),
 (WAR, 'council-itt', 'uk', EI, [], WAR_S, 'Local Economy'),
 (BRA, 'council-itt', 'uk', MU, [], BRA_S, 'Social value will be mandatory in all contracts £100,000 and over.'),
 (BRA, 'council-itt', 'uk', MU, [], BRA_S, 'For those under £100,000 social value will be recommended but optional.'),
 (BRA, 'council-itt', 'uk', EI, [], BRA_S, 'All contracts over £100,000 are required to include at least one ‘Employment and Skills’ (e.g. apprenticeships, work placements and work experience) related measure.'),
 (BRA, 'council-itt', 'uk', MU, [], 'Social Value Bid Evaluation guidance: 1.2 Measures', 'From the list of measures commissioners and procurers will provide bidders with a shortlist of measures for suppliers to respond to in their tenders.'),
 (BRA, 'council-itt', 'uk', MU, [], 'Social Value Bid Evaluation guidance: 1.2 Measures', 'Commissioners and procurers must select up to six measures (no more) for suppliers to respond to in their tenders.'),
 (THU, 'council-itt', 'uk', MU, [], THU_S, 'The generic (open) questions may encourage innovation and solutions that the Council may not have considered.'),
 (SUN, 'council-itt', 'uk', MU, [], 'Award criteria (Provision of Apprenticeship Training for Sunderland City Council)', 'Social Value Monetary Value'),
 (FWA, 'scot-fairwork', 'scotland', EO, ['economic-inequality'], FWA_S, 'a fair and equal pay policy that includes a commitment to supporting the Living Wage, including, for example being a Living Wage Accredited Employer;'),
 (FWA, 'scot-fairwork', 'scotland', EO, ['economic-inequality', 'wellbeing'], FWA_S, 'The Public Sector in Scotland is committed to the delivery of high quality public services, and recognises that this is critically dependent on a workforce that is well-rewarded, well-motivated, well-led, has access to appropriate opportunities for training and skills development, are diverse and is engaged in decision making.'),
 (DEV, 'council-itt', 'uk', MU, [], DEV_S, 'Our procurement approach does not have a specific ‘social value’ weighting identified within the award criteria.'),
 (DEV, 'council-itt', 'uk', MU, [], DEV_S, 'Social Value objectives are built into the procurement process in designing the schedule of requirements and embodying the ethos of Social Value into each element.'),
 (DEV, 'council-itt', 'uk', MU, [], DEV_S, 'Social Value aspects are integrated into each quality question/award criteria area as relevant to the question subject matter therefore Social Value per se does not have a specific weighting assigned to it but is rather integral to the overall evaluation and not something that can be conveyed directly statistically.'),
 (THU, 'council-itt', 'uk', MU, [], THU_S, 'In order to achieve social value outcomes, the Council has developed a number of questions for use during the tender process.'),
 (THU, 'council-itt', 'uk', MU, [], THU_S, 'The (guided) questions will help suppliers think about how they can deliver Social Value as part of the contract and may be easier to evaluate against the criteria.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
N = [
 (USW, 'uni-itt', 'wales', 'Award criteria: Health and Safety Procedures', 'Please provide examples of how you have managed health and safety practices on similar projects with similar clients.', W(10)),
 (USW, 'uni-itt', 'wales', 'Award criteria: Health and Safety Procedures', 'Your response should include a summary of how you would manage this project.', W(10)),
 (USW, 'uni-itt', 'wales', 'Award criteria: Health and Safety Procedures', 'The evaluation panel would expect to see company policies and or procedures and example risk assessments and method statements.', W(10)),
 (USW, 'uni-itt', 'wales', 'Award criteria: Experience and knowledge of contractor', 'Please demonstrate your experience of working on projects of a similar nature with Higher Education providers or similar large public sector organisations', W(10)),
 (USW, 'uni-itt', 'wales', 'Award criteria: Experience and knowledge of contractor', 'Your response should include examples of similar projects, with reference to successes and lessons learned.', W(10)),
 (USW, 'uni-itt', 'wales', 'Award criteria: Programme', 'Clarification the programme is achievable or can be bettered.'),
 (USW, 'uni-itt', 'wales', 'Award criteria: Programme', 'Please submit an indicative programme with a Gantt chart demonstrating achievement of the completion date.'),
 (USW, 'uni-itt', 'wales', 'Award criteria', 'Experience and knowledge of contractor', W(10)),
 (HAF, 'ha-itt', 'wales', 'Additional Information', 'The buyer considers that this contract is suitable for consortia bidding.'),
 (SOV, 'ha-itt', 'uk', SOV_S, 'The framework covers the provision of responsive maintenance, repairs, installations and work to empty homes, as well as more specialist responsive services.'),
 (SOV, 'ha-itt', 'uk', SOV_S, 'Once in place, Sovereign’s in-house team will have a bank of approved contractors, ready to call upon when needed to help it continue to provide a quality service for customers.'),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Overall approach', W(30)),
 (BRA, 'council-itt', 'uk', 'Social Value Bid Evaluation guidance: 1.2 Measures', 'What is most relevant for the location of the contract (specific local area/cross District)'),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Procurement and supply chain management', W(25)),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Cost and risk management', W(35)),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Design management/design proposals***', W(45)),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Construction management', W(30)),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Scheme handover', W(10)),
 (DFE, 'cg-itt', 'uk', DFE_S, 'ICT', W(10)),
 (DFE, 'cg-itt', 'uk', DFE_S, 'Whole life and operational costs', W(15)),
 (DFE, 'cg-itt', 'uk', 'Appendix G – quality criteria and maximum weightings: Price / quality split', 'Price will normally attract a maximum weighting of 40%, provided that this figure may be increased for a construct only scheme up to 100%'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Work Programming'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Vehicles and Machinery'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Staffing and Qualifications'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Training'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Health and Safety'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Communication and Customer Care'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Technical Operation and Maintenance'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Management and Quality Information'),
 (WAV, 'council-itt', 'uk', WAV_S, 'Income and Expenditure'),
 (WAV, 'council-itt', 'uk', 'Quality Evaluation Headings and Weightings', 'In the Instructions to Tender, it was stated that the Council required the submission of Method Statements in the form of a Draft Operational Plan in order to assess the working proposals & ability of the contractor in a number of relevant areas – as shown in the table below.'),
 (FLT, 'council-itt', 'uk', FLT_S, 'Q: Does TUPE apply to this contract and if so can you please provide the information in relation to the TUPE'),
 (FLT, 'council-itt', 'uk', FLT_S, 'TUPE may apply to one member of staff from the existing Grounds Maintenance Contractor.'),
 (FLT, 'council-itt', 'uk', FLT_S, 'MS3 – Integration of Services'),
 (FLT, 'council-itt', 'uk', 'MS3 – Integration of Services', 'Plans for aligning services such as grass cutting, inspections, pavilion cleaning, and sports bookings.'),
 (FLT, 'council-itt', 'uk', 'Tender Opportunity', 'Please ensure that all tender documents are completed and submitted in both electronic and hard copy formats.'),
 (APP, 'council-itt', 'uk', 'Award criteria (Apprenticeships Managed Service Provider 2022-2026)', 'Implementation', W(10)),
 (APP, 'council-itt', 'uk', 'Award criteria (Apprenticeships Managed Service Provider 2022-2026)', 'Data & Technology', W(10)),
 (APP, 'council-itt', 'uk', 'Award criteria (Apprenticeships Managed Service Provider 2022-2026)', 'Service Delivery', W(25)),
 (FOR, 'cg-itt', 'uk', 'Marches Wyre Award Criteria', 'Capacity', W(10)),
 (FOR, 'cg-itt', 'uk', 'Marches Wyre Award Criteria', 'Method statement', W(20)),
 (CAM, 'council-itt', 'uk', CAM_S, 'Evaluation of quality is addressed by way of a number of questions to which suppliers will be required to submit method statements.'),
 (CAM, 'council-itt', 'uk', CAM_S, 'The questions seek to identify how the tender will address various elements of the specification, and the skills and experience the supplier will bring to the contract.'),
 (CAM, 'council-itt', 'uk', CAM_S, 'The statements given in the chosen tender submission become part of the contract, and failure to deliver is treated as a material breach of contract.'),
 (CAM, 'council-itt', 'uk', CAM_S, 'Each question will be given a value to show its importance to the contract, as a percentage.'),
 (CAM, 'council-itt', 'uk', CAM_S, 'Suppliers are advised to consider these values when submitting a tender – questions worth more should have correspondingly comprehensive responses.'),
 (NOR, 'nhs-itt', 'uk', NOR_S, 'The questionnaire seeks to identify the relevant capacity (financial and resources), experience and expertise of the company.'),
 (NOR, 'nhs-itt', 'uk', NOR_S, 'Many elements are pass / fail during the SQ stage and may require input from specialist officers such as finance to undertake a financial assessment of bidders to be short listed.'),
 (NOR, 'nhs-itt', 'uk', NOR_S, 'If references are required we will obtain these at the SQ stage as once a company is short listed, we can no longer assess their performance in this way.'),
 (NOR, 'nhs-itt', 'uk', NOR_I, 'Free of significant errors and / or omissions'),
 (NOR, 'nhs-itt', 'uk', NOR_I, 'Tailored to the exact requirements of the contract'),
 (NOR, 'nhs-itt', 'uk', NOR_I, 'Detailed with supporting evidence and additional documentation clearly referenced'),
 (NOR, 'nhs-itt', 'uk', NOR_I, 'States what benefits they can bring to the trust'),
 (MTW, 'nhs-itt', 'uk', MTW_S, 'Does the Trust have a dedicated Sustainability Lead? If so, please provide their name and email address'),
 # FOI questions to the Trust, relabelled not social value by the corpus's label rule (README.md, "Labels": FOI
 # questions are not): they ask the buyer about its own plans.
 (MTW, 'nhs-itt', 'uk', MTW_S, 'Does the Trust have a sustainability plan to achieve NHS Net Zero and if so, please could a copy or link to the plan be provided in response to this FOI?'),
 (MTW, 'nhs-itt', 'uk', MTW_S, 'Does the Trust include social value and community engagement within their definition of “Sustainability?'),
 (MTW, 'nhs-itt', 'uk', MTW_S, 'Does the Trust champion or participate in any social value projects?'),
 (MTW, 'nhs-itt', 'uk', MTW_S, 'Will social value become part of the Trusts tender scoring process for suppliers in the next 12-24 months?'),
 (MTW, 'nhs-itt', 'uk', MTW_S, 'Is the Trust working towards discouraging petrol or diesel cars onsite across the Trust estate?'),
]
# Sell2Wales notices and the Find a Tender / Contracts Finder records D3 Tenders stores are notice data (OGL v3).
OGL_HOSTS = ('gov.uk', 'gov.scot', 'sell2wales.gov.wales')
batch = Batch('public-texts-12.jsonl')
def group_of(src):
    if (g := ocid_group(src)): return g
    return src
# Texts the committed corpus already holds are left out (batch.emit would refuse them); the rest keep their numbering.
batch.emit_lists('pub12', R, N, group_of, ogl_hosts=OGL_HOSTS)
