"""Write /work/batches/public-texts-39.jsonl: batch 47, AWARD CRITERIA and SELECTION QUESTIONS as notices, standard
questionnaires and the guidance behind them state them, England, Scotland and Northern Ireland, 2023-2026: what
buyers say they score or require on social value, community benefits, net zero and fair work (with weightings where the
source gives them), with hard negatives from the same documents (the decarbonisation service bought as the service,
framework terms and values, lots, the Single Procurement Document's exclusion and selection questions, pass/fail
evidence and insurance, price/quality splits without social value, the Procurement Act 2023's award rules).

Sources: the Greater London Authority's Zero Carbon Accelerator framework notice (Find a Tender data, d3tenders.com
copy, and The Construction Index's copy of the tender notice; one group `ocds:ocds-h6vhtk-03f5ab`), the Department for
Infrastructure (Northern Ireland) Road Restraint Systems framework tender notice under the Procurement Act 2023
(d3tenders.com copy) and its structures term contract notice, the Scottish Government's Fair Work First evaluation and
award guidance (Sustainable Procurement Tools), its former www2.gov.scot page on fair work and the real Living Wage in
procurement, the fair work statutory guidance's contract management page, two Scottish Procurement blog posts on the
community benefits guidance (blogs.gov.scot), the Supplier Journey and Procurement Journey pages on the Single
Procurement Document (Scotland), Glasgow City Council's page on the SPD, Designing Buildings' SPD (Scotland) article,
the Procurement Journey's award criteria page, the Cabinet Office's Procurement Act 2023 learning module 7 and guidance
on assessing competitive tenders (gov.uk), section 23 of the Procurement Act 2023 (legislation.gov.uk), Devon County
Council's FOI answer on social value weightings, Chorley Council's decision record, the South Downs National Park
Authority's social value in tenders page, nibusinessinfo.co.uk, the Strategic Investment Board's social value page,
Cleaver Fulton Rankin's note on PPN 01/21, Leicester City Council's social value page, KimonBids' glossary entries on
award criteria and community benefit clauses, communitybenefits.scot, Employability in Scotland's community benefit
clauses page, Lincolnshire Chamber of Commerce's social value summary and The Crescent Purchasing Consortium's news item
on social value in its janitorial framework.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and paragraph
numbers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Crown copyright pages (gov.scot, www2.gov.scot, blogs.gov.scot, gov.uk,
legislation.gov.uk, procurementjourney.scot, supplierjourney.scot, sustainableprocurementtools.scot) and notice data are
OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-39.py > /work/batches/public-texts-39.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

U, S, N = 'uk', 'scotland', 'northern-ireland'

# notices
GLA = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03f5ab'
GLC = 'https://theconstructionindex.co.uk/tenders/view/18800'
RRS = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0696cd'
STR = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03ee43'
# Scottish Government: fair work, community benefits, SPD
FWE = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fair-work-practices/evaluation-and-award/'
LW2 = 'https://www2.gov.scot/Topics/Government/Procurement/policy/Procurementlivingwage'
SG8 = ('https://www.gov.scot/publications/statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-'
       'practices/pages/8/')
BL1 = 'https://blogs.gov.scot/public-procurement/?p=6640'
BL2 = 'https://blogs.gov.scot/public-procurement/?p=6367'
SJS = 'https://www.supplierjourney.scot/supplier-journey/bid/tenders/procurement-procedures/single-procurement-document-spd'
PJS = ('https://www.procurementjourney.scot/route-2/develop-documents/exclusion-selection-and-award-criteria/'
       'single-procurement-document-spd')
PJA = 'https://www.procurementjourney.scot/node/257'
GCC = 'https://www.glasgow.gov.uk/article/5967/Changes-to-Public-Procurement-Rules'
DBW = 'https://www.designingbuildings.co.uk/wiki/Single_Procurement_Document_(Scotland)'
# Procurement Act 2023
M7 = 'https://gov.uk/government/publications/the-official-procurement-act-2023-e-learning/module-7-assessment-and-award-of-contracts'
ACT = 'https://gov.uk/government/publications/procurement-act-2023-guidance-documents-procure-phase/assessing-competitive-tenders-html'
S23 = 'https://legislation.gov.uk/ukpga/2023/54/section/23/enacted?view=plain'
# councils, NI, commentary
DEV = 'https://www.devon.gov.uk/accesstoinformation/information_request/tenders-and-frameworks-social-value-weighting-2021/'
CHO = 'https://democracy.chorley.gov.uk/mgDecisionDetails.aspx?IId=101914&Opt=1'
SDN = ('https://www.southdowns.gov.uk/national-park-authority/our-work/transparency-finance/supplying-sdnpa/'
       'including-social-value-in-tenders/')
NIB = 'https://www.nibusinessinfo.co.uk/content/understanding-social-value-public-procurement'
SIB = 'https://sibni.org/what-we-do/social-value'
CFR = 'https://cleaverfultonrankin.co.uk/legal-update/social-value-in-procurement-contracts/'
LEI = 'https://www.leicester.gov.uk/business/do-business-with-us/social-value-in-procurement/'
KAC = 'https://kimonbids.com/glossary/award-criteria'
KCB = 'https://kimonbids.com/glossary/community-benefit-clauses'
CBW = 'https://communitybenefits.scot/what-are-community-benefits/'
CBR = 'https://communitybenefits.scot/resources/'
EMP = 'http://www.employabilityinscotland.com/learning-materials/linking-opportunity-need/a-guide-to-community-benefit-clauses/'
LCC = 'https://www.lincs-chamber.co.uk/?p=69047'
CPC = 'https://www.thecpc.ac.uk/news/article.php?articleID=1046'

GLA_S = 'GLA 82559 Zero Carbon Accelerator (ZCA) Single Supplier Framework Agreement (Greater London Authority): notice description'
GLC_S = 'GLA 82559 Zero Carbon Accelerator (ZCA) Single Supplier Framework Agreement: Section II: Object: II.1.4) Short description'
RRS_S = 'DfI TRAM Road Asset Management - Road Restraint Systems Framework (Department for Infrastructure): Notice Description'
STR_S = 'DfI TRAM T-1116 Term Contract for Maintenance and Improvement to Structures (Department for Infrastructure): Notice Description'
FWE_S = 'Fair Work First (Sustainable Procurement Tools): Evaluation and Award'
LW2_S = 'Fair Work practices, including the real Living Wage in procurement'
SG8_S = 'Fair work practices and the award of public contracts: statutory guidance: Contract management and monitoring'
BL1_S = 'Updated guidance to support the use of Community Benefits in Procurement'
BL2_S = 'Updated guidance on Community Benefits in procurement'
SJS_S = 'Single Procurement Document (SPD) (Supplier Journey)'
PJS_S = 'Single Procurement Document (SPD) (Procurement Journey, Route 2)'
PJA_S = 'Award Criteria (Procurement Journey)'
GCC_S = 'Changes to Public Procurement Rules: Single Procurement Document (SPD)'
DBW_S = 'Single Procurement Document (Scotland): The SPD (Scotland) process'
M7_S = 'Module 7: Assessment and award of contracts: 2. Award criteria'
ACT_S = 'Guidance: Assessing Competitive Tenders: What has changed?'
S23_S = 'Procurement Act 2023: section 23 Award criteria'
DEV_S = 'Tenders and frameworks – social value weighting – 2021: Price and Quality weightings'
SDN_S = 'Including Social Value in Tenders'
NIB_S = 'Understanding social value in public procurement'
SIB_S = 'Social Value (Strategic Investment Board)'
CFR_S = 'Social value in procurement contracts (Cleaver Fulton Rankin)'
LEI_S = 'Social value in procurement (Leicester City Council)'
KAC_S = 'Award Criteria (KimonBids glossary): How it works in practice'
KCB_S = 'Community Benefit Clauses (KimonBids glossary)'
CBW_S = 'What are community benefits? (communitybenefits.scot)'
CBR_S = 'Resources & glossary (communitybenefits.scot)'
EMP_S = 'Community Benefit Clauses (Employability in Scotland)'
LCC_S = 'Key Social Value Rules in UK Public Procurement (Lincolnshire Chamber of Commerce)'
CPC_S = 'What is social value and how is it relevant to this tender? (The Crescent Purchasing Consortium)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # GLA Zero Carbon Accelerator framework: award notice description
 (GLA, 'notice-award', U, EI, [], GLA_S, "Out of fourteen sub-contracts a total of eight (8) classify themselves as SMEs which will help the delivery of wider social value benefits whilst meeting the GLA's aim to ensure a proportion of contracts value will go to SMEs."),
 # Fair Work First: evaluation and award (Sustainable Procurement Tools)
 (FWE, 'fairwork-award', S, EO, [], FWE_S + ': Weightings', 'For example, where it has been identified that there is a high proportion of women working in the sector, but they are not equally represented at all grades, a greater emphasis and weighting on flexible and family friendly working practices, no inappropriate use of zero hours contracts, action to tackle the gender pay gap and create a more diverse and inclusive workplace and workforce development may help to address gender balance.'),
 # www2.gov.scot: fair work practices and the real Living Wage in procurement
 (LW2, 'fairwork-policy', S, EO, [], LW2_S, "We believe that a supplier's approach to fair work practices, including paying the real Living Wage, can have a positive impact on the quality of goods, works and services in a public contract."),
 (LW2, 'fairwork-policy', S, EO, [], LW2_S, 'Statutory Guidance on Addressing Fair Work Practices, including the real Living Wage, in Procurement sets a statutory obligation on public bodies to consider, before undertaking a procurement exercise, whether it is relevant and proportionate to include a question on fair work practices, to be evaluated along with other relevant criteria.'),
 (LW2, 'fairwork-policy', S, EO, [], LW2_S, 'Fair Work practice can and would normally be expected to include fair and equal pay, including the real Living Wage as part of a package of positive fair work practices to be delivered for the duration of the contract.'),
 (LW2, 'fairwork-policy', S, EO, [], LW2_S + ': We expect:', 'public bodies to promote fair work practices in all relevant procurement processes'),
 (LW2, 'fairwork-policy', S, EO, [], LW2_S + ': We expect:', 'suppliers delivering public contracts to adopt and demonstrate appropriate fair work practices, for all workers engaged on delivering public contracts'),
 (LW2, 'fairwork-policy', S, EO, [], LW2_S + ': Living Wage as a requirement in procurement', 'We consider the payment of the real Living Wage to be the most significant way a supplier can demonstrate its commitment to fair work practices.'),
 # fair work statutory guidance: contract management
 (SG8, 'fairwork-policy', S, EO, [], SG8_S, 'Effective contract management and monitoring should be undertaken to ensure that fair work practices continue to be applied throughout the duration of the contract, e.g. by requesting information on the pay, terms and conditions of workers involved in the delivery of the contract.'),
 # Scottish Procurement blog: community benefits guidance
 (BL1, 'cb-policy', S, EI, [], BL1_S, 'Public procurement in Scotland plays a crucial role in improving economic, social, and environmental wellbeing by creating jobs, developing skills, and supporting communities across Scotland.'),
 (BL1, 'cb-policy', S, MU, [], BL1_S, 'This guidance has been designed to support public bodies to maximise the social impact of procurement by promoting a proportionate, consistent, and impactful approach when embedding community benefits within public contracts.'),
 (BL1, 'cb-policy', S, EI, [], BL1_S + ': It highlights how procurement can be used as a practical tool to deliver wider outcomes for people and communities:', 'creating jobs, apprenticeships, and work placements'),
 (BL1, 'cb-policy', S, EI, ['climate'], BL1_S + ': It highlights how procurement can be used as a practical tool to deliver wider outcomes for people and communities:', 'supporting skills development, including green skills'),
 (BL1, 'cb-policy', S, EI, [], BL1_S + ': It highlights how procurement can be used as a practical tool to deliver wider outcomes for people and communities:', 'improving access to opportunities for individuals facing barriers to employment'),
 (BL1, 'cb-policy', S, EI, ['equal-opportunity'], BL1_S + ': It highlights how procurement can be used as a practical tool to deliver wider outcomes for people and communities:', 'contributing to reducing inequalities and promoting Fair Work practices'),
 (BL2, 'cb-policy', S, EI, [], BL2_S, 'Public procurement isn’t just about buying goods and services – it’s a powerful tool for creating jobs, building skills, and reducing inequality.'),
 (BL2, 'cb-policy', S, EI, [], BL2_S, 'This refreshed guidance supports the delivery of employment, skills, and training outcomes through public sector contracts – helping to maximise social impact across Scotland.'),
 (BL2, 'cb-policy', S, EI, [], BL2_S, 'It promotes equality and reducing inequality by encouraging the inclusion of targeted recruitment and training opportunities for priority groups in relevant procurements.'),
 # councils' award weightings and policies
 (CHO, 'council-award', U, MU, [], 'Decision details: Decision', 'Tenders will be evaluated to establish the most economically advantageous tender based on 70% cost, 15% quality and 15% social value.', {'weighting_percent': 15}),
 (SDN, 'council-award', U, MU, [], SDN_S, 'For higher value contracts over the relevant GPA threshold, Social Value is always included in the evaluation of tenders, with a minimum weighting of 10%.', {'weighting_percent': 10}),
 (SDN, 'council-award', U, MU, [], SDN_S, 'For lower value contracts, Social Value is considered as an evaluation weighting, where appropriate and proportionate to the contract in question.'),
 (SDN, 'council-award', U, MU, [], SDN_S, 'If it is specified as a requirement, tenderers should describe in their bid any proposals they have to encompass social value within the contract.'),
 (SDN, 'council-award', U, MU, [], SDN_S, 'Social value proposals in bids must be over and above the core deliverables of the contract, and should both relate and be proportionate to the subject matter of the contract.'),
 (LEI, 'council-award', U, CL, [], LEI_S, 'For relevant contracts, we will specify green standards we expect providers to meet and we may also include green criteria when we evaluate tenders.'),
 # Northern Ireland: PPN 01/21 scoring social value
 (NIB, 'ni-policy', N, MU, [], NIB_S, 'The social value element makes up a minimum of 10% of the award criteria along with price and quality.', {'weighting_percent': 10}),
 (NIB, 'ni-policy', N, MU, [], NIB_S, 'The public sector organisation will specify in the tender documentation what area of social value you need to demonstrate.'),
 (NIB, 'ni-policy', N, EO, [], NIB_S, 'In addition to demonstrating one or more of these themes, you must also pay staff who are working on the contract at least the National Living Wage to meet all public sector tender requirements.'),
 (SIB, 'ni-policy', N, MU, [], SIB_S, 'The Social Value Unit work with public bodies to design, implement and monitor social value that is included in their contracts, for example, employment opportunities to disadvantaged groups, the use of social enterprises in the supply chain, ethical supply chain requirements and addressing environmental issues.'),
 (SIB, 'ni-policy', N, MU, [], SIB_S, 'In July 2021 the Northern Ireland Executive published Procurement Policy Note (PPN) 01/21 Scoring Social Value. PPN 01/21 mandates that from 1 June 2022 tenders must allocate a minimum of 10% of the total award criteria to social value.', {'weighting_percent': 10}),
 (CFR, 'ni-policy', N, MU, [], CFR_S, 'Contracting Authorities should note that, subject to review and approval by the Northern Ireland Executive, the minimum weighting attributed to social value shall increase to 20 per cent from June 2023.', {'weighting_percent': 20}),
 (CFR, 'ni-policy', N, EI, ['equal-opportunity'], CFR_S, 'This may be achieved by ensuring the public contract maximises and increases secure employment and skills. For example, by creating employment opportunities in deprived areas, or supporting disabled people to develop new skills and qualifications.'),
 (CFR, 'ni-policy', N, CL, [], CFR_S, 'This may also be achieved by ensuring the contract delivers on zero carbon strategies by utilising contract specifications that support environmental protection and improvement and/or creating specifications that require supply chains to minimise carbon footprint and emissions.'),
 # commentary on award criteria and community benefit clauses
 (KAC, 'sv-commentary', U, MU, [], KAC_S, 'Social value is increasingly carved out as a distinct sub-criterion, typically 10 percent weighting under PPN 002 for central government service contracts.', {'weighting_percent': 10}),
 (KCB, 'sv-commentary', S, MU, [], KCB_S + ': Definition', 'Community Benefit Clauses are the Scottish equivalent of social value: contract clauses requiring suppliers to deliver wider community benefits as part of their delivery.'),
 (KCB, 'sv-commentary', S, MU, [], KCB_S + ': Definition', 'The clauses can cover training, employment, supply chain opportunities, environmental benefits, or wider community wellbeing.'),
 (KCB, 'sv-commentary', S, EO, [], KCB_S + ': How it works in practice', 'The Fair Work First framework adds specific workforce commitments: Real Living Wage, no inappropriate use of zero-hours contracts, action on the gender pay gap, channels for workforce voice, investment in workforce development.'),
 (CBW, 'sv-commentary', S, MU, [], CBW_S, 'A community benefit is a contractual commitment, secured through public procurement, that improves a community in a way that goes beyond the main purpose of the contract.'),
 (CBW, 'sv-commentary', S, EI, [], CBW_S, 'Build a school, and the building is the main purpose; the apprenticeships, local jobs and training the contractor commits to alongside it are the community benefits.'),
 (CBR, 'sv-commentary', S, EO, [], CBR_S + ': Glossary: Fair Work First', "The Scottish Government's approach to using public spending, including procurement, to drive fair employment practices such as the real Living Wage and secure, decent work."),
 (EMP, 'sv-commentary', S, MU, [], EMP_S, 'Community benefit clauses provide a means of achieving sustainability in public contracts.'),
 (EMP, 'sv-commentary', S, EI, ['wellbeing'], EMP_S, 'They include targeted recruitment and training, small business and social enterprise development and community engagement.'),
 (EMP, 'sv-commentary', S, MU, [], EMP_S, "The first question that we should ask when developing any contract specification should be: 'Can we include a community benefit clause?"),
 (LCC, 'sv-commentary', U, MU, [], LCC_S + ': 2. Minimum 10% Evaluation Weighting', 'Since January 2021, for central government contracts, social value is expected to carry a minimum 10% weighting in the overall evaluation of tenders.', {'weighting_percent': 10}),
 (LCC, 'sv-commentary', U, MU, [], LCC_S + ': 3. Use of the Social Value Model', 'Bidders are expected to submit measurable commitments in one or more of these areas.'),
 (CPC, 'sv-commentary', U, MU, [], 'New janitorial and cleaning supplies framework (The Crescent Purchasing Consortium)', 'This new framework will be in place on 1st April 2020 and this time will include specific social value offerings from suppliers.'),
 (CPC, 'sv-commentary', U, EI, [], CPC_S + ': Social value is split into three main areas:', 'Economic – employment, training, work-experience opportunities for local people.'),
 (CPC, 'sv-commentary', U, CL, [], CPC_S + ': Social value is split into three main areas:', 'Environmental – reducing your carbon footprint, minimising waste, environmentally friendly goods.'),
 (CPC, 'sv-commentary', U, WB, [], CPC_S + ': Social value is split into three main areas:', 'Social – supporting local community initiatives, promoting social integration, volunteering.'),
 # added: South Downs examples, Leicester, Lincolnshire Chamber, KimonBids, communitybenefits.scot, Scottish Procurement blog
 (SDN, 'council-award', U, EI, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Creating local employment opportunities for the long term unemployed or those not in education, employment, or training'),
 (SDN, 'council-award', U, EI, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Offering work placements to school children and young adults'),
 (SDN, 'council-award', U, EI, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Offering curriculum support to schools'),
 (SDN, 'council-award', U, WB, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Helping local charities, community groups, residents'),
 (SDN, 'council-award', U, WB, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Supporting local culture and heritage'),
 (SDN, 'council-award', U, EO, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Maintaining ethical supply chains'),
 (SDN, 'council-award', U, EO, ['wellbeing'], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Providing opportunities for vulnerable people and promoting social integration for example work opportunities for disadvantaged people.'),
 (SDN, 'council-award', U, EO, [], SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.', 'Considering equity and diversity in the provision and operation of services'),
 (LEI, 'council-award', U, MU, [], LEI_S, 'Additional social value improves the lives of people, for instance, through securing employment and training benefits for local residents; improving emotional and physical health and wellbeing of local residents; reducing carbon emissions or pollution levels, and supporting community groups and projects as part of a procurement process.'),
 (LCC, 'sv-commentary', U, MU, [], LCC_S + ': 1. Social Value Must Be Considered', 'Under the Social Value Act 2012, public bodies must consider how the services they commission and procure might improve the economic, social, and environmental well-being of the area.'),
 (KCB, 'sv-commentary', S, MU, [], KCB_S + ': How it works in practice', 'Common clauses include: apprenticeships and training places for specific demographic groups (long-term unemployed, care leavers, disabled people), SME and third-sector supply chain commitments, community engagement and volunteering, environmental commitments (carbon reduction, biodiversity, waste management), and Fair Work commitments aligned with the Scottish Government Fair Work First framework.'),
 (CBW, 'sv-commentary', S, MU, [], CBW_S + ': The legal definition (Procurement Reform (Scotland) Act 2014)', 'A community benefit is written into the contract and the supplier is obliged to deliver it — and it is something over and above what the contract is mainly for.'),
 (CBR, 'sv-commentary', S, MU, [], CBR_S + ': Glossary: Sustainable procurement duty', "The duty in the Procurement Reform (Scotland) Act 2014 to buy in a way that improves the economic, social and environmental wellbeing of the authority's area, acts to reduce inequality and promotes innovation."),
 (CBR, 'sv-commentary', S, EI, [], CBR_S + ': Glossary: Community wealth building', "A wider economic approach aimed at keeping more of a place's wealth circulating locally — through progressive procurement, fair work and local supply chains — now placed on a statutory footing by the Community Wealth Building (Scotland) Act 2026."),
 (CBR, 'sv-commentary', S, EI, [], CBR_S + ': Glossary: Inclusive growth', 'A policy goal: economic growth whose benefits — jobs, skills, opportunity — are shared more fairly across people and places. Community benefits are one of the levers that help deliver it.'),
 (CBR, 'sv-commentary', U, MU, [], CBR_S + ': England, for contrast: PPN 06/20 — the Social Value Model', 'Requires social value to be explicitly evaluated (min 10% weighting) in central-government procurement; commonly monetised via the National TOM framework.', {'weighting_percent': 10}),
 (BL2, 'cb-policy', S, MU, [], BL2_S, 'The guidance underpins our long-standing Community Benefits in Procurement policy, making clear links to Equality, Fair Work First, and opportunities for SMEs, social enterprises, supported businesses, and third sector to compete for public contracts.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (BL1, 'cb-policy', S, MU, [], BL1_S + ': The guidance underpins our long-standing Community Benefits in Procurement policy and strengthens several important areas:', 'reinforces that Community Benefits must relate to the subject matter of the contract'),
 (CBW, 'sv-commentary', S, MU, [], CBW_S + ': The £4 million threshold (and why many apply it lower)', 'The Act places a duty to consider community benefit requirements on contracts with an estimated value of £4 million or more.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # GLA Zero Carbon Accelerator: the decarbonisation service bought, framework terms
 (GLA, 'notice-award', U, GLA_S, 'The Greater London Authority (GLA) has awarded a four-year single-supplier Framework Agreement for the delivery of Zero Carbon Accelerator services to Mott MacDonald Limited, the Service Provider.'),
 (GLA, 'notice-award', U, GLA_S, 'The Framework Agreement period is four (4) years from 11th June 2024 to 10th June 2028.'),
 (GLA, 'notice-award', U, GLA_S, "The awarded Service Provider's bidding model was as a single supplier with fourteen (14) specialist sub-contractors."),
 (GLA, 'notice-award', U, GLA_S, "This four-year single-supplier Framework Agreement was set up to accelerate London's decarbonisation activities."),
 (GLA, 'notice-award', U, GLA_S, "This new support service, currently with the working title of 'Zero Carbon Accelerator (ZCA)', will be central to the GLA's aim to collaborate with organisations to help them achieve net zero carbon emissions by 2030."),
 (GLC, 'notice-tender', U, GLC_S, 'The Greater London Authority (GLA) wishes to procure a four-year single-supplier Framework Agreement for the delivery of a new Zero Carbon Accelerator (ZCA) programme.'),
 (GLC, 'notice-tender', U, GLC_S, "The GLA envisages that the Framework Agreement will be awarded to a single Service Provider or consortium of Service Providers to deliver a capacity and capability building service to accelerate London's decarbonisation activities."),
 (GLC, 'notice-tender', U, GLC_S, 'This is a new exciting opportunity for bidding consultancy organisations.'),
 # DfI (NI) notices: procedure, lots, values, extension
 (RRS, 'notice-tender', N, RRS_S, 'This tender notice is for the award of a public contract through an open procedure in accordance with section 20(1) and (2)(a) of the PA 2023.'),
 (RRS, 'notice-tender', N, RRS_S, 'The Framework will comprise of three area Lots (Work Orders valued up to PS750k exc VAT).'),
 (RRS, 'notice-tender', N, RRS_S, 'This Framework will deliver works from Call-Off contracts with an overall cumulative value of PS22m (ex VAT) over the four-year term.'),
 (RRS, 'notice-tender', N, RRS_S, 'If the Contracting Authority is unable, for any reason, to award a new framework or to put in place an alternative regime to replace this Framework on its termination or expiry, any Call-Off Contract established under the Framework may be extended for a further period or periods up to a maximum of 12 additional months.'),
 (STR, 'notice-tender', N, STR_S, 'Term Contract for Maintenance and Improvement to Structures - Within each Contract Area, the works to be undertaken under this Contract may include, but not be limited to, the following principal work activities which are provided by way of example:'),
 # Fair Work First evaluation guidance: evaluation mechanics
 (FWE, 'fairwork-award', S, FWE_S, 'The scoring methodology, weightings and contract award criteria must be clearly defined in the procurement documents to ensure transparency of the process and a common understanding by all bidders of how tender responses will be evaluated and scored.'),
 (FWE, 'fairwork-award', S, FWE_S, 'There should be scope to evaluate responses from bidders of different sizes and maturity.'),
 (FWE, 'fairwork-award', S, FWE_S + ': Weightings', 'Weightings must balance the quality, cost and outcomes required.'),
 # www2.gov.scot: definitions and guidance
 (LW2, 'fairwork-policy', S, LW2_S, 'Best Practice Guidance and a toolkit have also been published to help public bodies and suppliers address Fair Work practices, including the real Living Wage in procurement processes.'),
 (LW2, 'fairwork-policy', S, LW2_S + ': Living Wage as a requirement in procurement', 'The real Living Wage is a rate of pay which is enough to ensure that those receiving it can have an acceptable standard of living, and applies to all employees 18 and over.'),
 (LW2, 'fairwork-policy', S, LW2_S + ': Living Wage as a requirement in procurement', 'It is a voluntary wage rate which is calculated by the Resolution Foundation and overseen by the Independent Living Wage Commission.'),
 # Scottish Procurement blog posts
 (BL1, 'cb-policy', S, BL1_S + ': What the guidance includes', 'We have streamlined the content and clarified key messages to support consistent application.'),
 (BL1, 'cb-policy', S, BL1_S + ': What the guidance includes: The updated guidance includes:', 'new flowcharts to support decision-making'),
 (BL1, 'cb-policy', S, BL1_S, 'We are pleased to announce updated Community Benefits in Procurement Guidance is now on the Sustainable Procurement Tools.'),
 (BL2, 'cb-policy', S, BL2_S + ': We want your feedback', 'Please share the interim guidance with your networks and send feedback to scottishprocurement@gov.scot by Friday 28 November.'),
 # Single Procurement Document (Scotland): exclusion and selection questions
 (SJS, 'spd', S, SJS_S + ': What is the Single Procurement Document (SPD)?', 'The Single Procurement Document or SPD contains questions used at the selection stage of a procurement exercise i.e.  it allows procurement officers to ask questions to identify suitably qualified and experienced bidders for their procurement.'),
 (SJS, 'spd', S, SJS_S + ': What is the Single Procurement Document (SPD)?', 'This is ensure that public money is spent with lawful, capable and stable suppliers.'),
 (SJS, 'spd', S, SJS_S + ': What is the Single Procurement Document (SPD)?', 'The SPD also includes the procurement exercise exclusion criteria  i.e. the circumstances when a supplier would be excluded from the procurement exercise.'),
 (SJS, 'spd', S, SJS_S + ': What is the Single Procurement Document (SPD)?', 'Some of these exclusions may be mandatory  -  the bidder must be excluded - and some may be discretionary.'),
 (SJS, 'spd', S, SJS_S + ': EU Exit Changes', 'In either scenario the buyer for the procurement exercise will provide the document (either the SPD or the ESPD) that you need to complete and submit as part of your bid.'),
 (PJS, 'spd', S, PJS_S + ': What is the SPD?', 'The SPD (Scotland) is a standard questionnaire that allows buyers to identify suitably qualified and experienced bidders.'),
 (PJS, 'spd', S, PJS_S + ': What is the SPD?', 'It contains questions on both exclusion and selection criteria.'),
 (PJS, 'spd', S, PJS_S + ': What is the SPD?', 'Bidders will use their SPD response to indicate whether their organisation meet the requirements of the procurement exercise.'),
 (PJS, 'spd', S, PJS_S + ': When should I use it?', 'Buyers must issue an SPD for procurement exercises over the threshold (Route 3) and it is recommended that it is also used for all route 2 procurements.'),
 (PJS, 'spd', S, PJS_S + ': Single Stage', 'In this instance it is recommended that the bidders’ SPD responses should be assessed on a pass/fail basis, as there is no requirement to shortlist.'),
 (PJS, 'spd', S, PJS_S + ': Multi Stage', 'All of the exclusion questions and all of the selection questions will be assessed on a pass/fail basis, with the exception the technical and professional ability section is most commonly assessed by scoring responses.'),
 (GCC, 'spd', S, GCC_S, 'The SPD (Scotland) will replace the requirement for suppliers to provide up-front evidence or certificates by allowing them to self-declare that they meet the relevant selection and exclusion criteria.'),
 (GCC, 'spd', S, GCC_S, 'Bidders will be asked to provide proof of this at a later stage.'),
 (GCC, 'spd', S, GCC_S + ': Additional Information', 'Please see below link  to access qualification criteria associated with ESPD question 4D, including - Quality Management, Health and Safety and Environmental Management Procedures:'),
 (DBW, 'spd', S, DBW_S, 'The procurement officer will determine which standard SPD (Scotland) questions are required for their procurement.'),
 (DBW, 'spd', S, DBW_S, 'The supplier must complete the appropriate format of the SPD (as specified by the procurement officer and outlined above).'),
 (DBW, 'spd', S, DBW_S, 'The procurement officer will normally only request evidence/certification before Contract Award to the one supplier.'),
 # Procurement Journey award criteria
 (PJA, 'award-guidance', S, PJA_S + ': The Difference Between Selection and Award Criteria', 'However, you can apply different aspects at selection and award if relevant.  For example you can look at the bidder\'s general staffing in selection and the qualifications and experience of those to be assigned to the contract at award, if that is relevant.'),
 (PJA, 'award-guidance', S, PJA_S + ': The Difference Between Selection and Award Criteria', 'For instance you may wish to conduct the Award Stage prior to checking minimum selection criteria are met.'),
 # Procurement Act 2023 award rules
 (M7, 'award-guidance', U, M7_S, 'A contract can only be awarded to the most advantageous tender (MAT), and the MAT is the tender that both satisfies the contracting authority’s requirements and is the best tender in respect of the award criteria.'),
 (M7, 'award-guidance', U, M7_S, 'Change: The award of the contract is to be made on the basis of the most advantageous tender (“MAT”) instead of the most economically advantageous tender (“MEAT”)'),
 (M7, 'award-guidance', U, 'Module 7: Assessment and award of contracts: 1. Introduction', 'It will identify the key changes against the previous regime and set out what contracting authorities must do to be compliant with these changes.'),
 (ACT, 'award-guidance', U, ACT_S, 'The basis on which contracts are awarded is largely unchanged from the previous legislation, in terms of what can be assessed when evaluating tenders.'),
 (ACT, 'award-guidance', U, ACT_S, 'However, this is not a change in policy and the change is to clarify and reinforce for contracting authorities that tenders do not have to be awarded on the basis of lowest price/cost, or that price/cost must always take precedence over non price/cost factors.'),
 (ACT, 'award-guidance', U, ACT_S, 'Under the Act, a contracting authority may refine the award criteria in a competitive flexible procedure in certain circumstances.'),
 (S23, 'award-guidance', U, S23_S, 'In this Act, “award criteria” means criteria set in accordance with this section against which tenders may be assessed for the purpose of awarding a public contract under section 19 (award following competitive tendering procedure).'),
 # price/quality splits without social value (Devon FOI answer)
 (DEV, 'council-award', U, DEV_S, 'CP2099-21 Open Up To Skills 2021/S 000-018262 Services 70% 30%'),
 (DEV, 'council-award', U, DEV_S, 'CP2082-21 Devon County Council Corporate Grounds Maintenance Contract 2021/S 000-016542 Services 0% 100%'),
 (DEV, 'council-award', U, DEV_S, 'CP2072-21 Term Service Contract for Traffic Signals and related equipment in Devon, Torbay and Plymouth. 2021/S 000-028815 Services 40% 60%'),
 (DEV, 'council-award', U, 'Tenders and frameworks – social value weighting – 2021', 'I do not require the names of suppliers or any commercial information.'),
 # councils, NI, commentary: process and bidder tips
 (LEI, 'council-award', U, LEI_S, 'We will always make any green requirements or criteria clear, and you can read our Guide to sustainable procurement (see quick links above) before you tender.'),
 (CHO, 'council-award', U, 'Decision details: Decision', 'To delegate to the Executive Member for Resources authority to approve the award of the contract to the winning bidder based upon the evaluation criteria.'),
 (NIB, 'ni-policy', N, NIB_S + ': Tips for demonstrating social value: Before applying for a contract, you should:', 'research the organisation that has advertised the tender opportunity to understand the social value requirements'),
 (NIB, 'ni-policy', N, NIB_S + ': Tips for demonstrating social value: Before applying for a contract, you should:', 'be realistic and only make commitments you can deliver on'),
 (NIB, 'ni-policy', N, NIB_S + ': How to demonstrate social value in your tender submission', 'View more specific guidance for your business type for example IT, construction or services.'),
 (SIB, 'ni-policy', N, SIB_S, 'Northern Ireland currently spends circa £3 billion annually on public procurement.'),
 (SIB, 'ni-policy', N, SIB_S, 'Established in SIB in 2014 with a mandate from Executive Office ministers, the Social Value Unit works with government departments, councils and arms-length bodies.'),
 (KAC, 'sv-commentary', U, KAC_S, 'Each sub-criterion has its own weighting and scoring scale.'),
 (KAC, 'sv-commentary', U, KAC_S, 'The most common scoring scales are 0 to 5 or 0 to 10 with descriptors at each level explaining what evidence justifies what mark.'),
 (KAC, 'sv-commentary', U, KAC_S, 'Price scoring methods vary: some authorities use a linear formula where the lowest price gets full marks and others receive proportionate marks, while others cap the price-quality ratio so wildly low bids do not dominate.'),
 (KCB, 'sv-commentary', S, KCB_S + ': How it works in practice', 'Suppliers bidding into Scottish public sector should be familiar with both Community Benefit Clauses and Fair Work First; KimonBids includes Scottish-specific guidance alongside the broader social value module.'),
 (EMP, 'sv-commentary', S, EMP_S, 'Further community benefits case studies are being developed and will be available from the Scottish Government website.'),
 (CPC, 'sv-commentary', U, 'New janitorial and cleaning supplies framework (The Crescent Purchasing Consortium)', 'We are currently out to tender for the new framework covering janitorial and cleaning supplies (the framework was formerly known as ‘Estates and Facilities’).'),
 (CBW, 'sv-commentary', S, CBW_S + ': The legal definition (Procurement Reform (Scotland) Act 2014)', 'The key words are contractual and additional.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'www2.gov.scot', 'blogs.gov.scot', 'legislation.gov.uk', 'procurementjourney.scot',
             'supplierjourney.scot', 'sustainableprocurementtools.scot')
batch = Batch('public-texts-39.jsonl')
GLA_GROUP = 'ocds:ocds-h6vhtk-03f5ab'
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>`, the GLA
    # notice's Construction Index copy with it), the sites whose pages share template wording, else the page itself.
    if src in (GLA, GLC): return GLA_GROUP
    if (g := ocid_group(src)): return g
    if 'procurementjourney.scot' in src: return 'procurementjourney.scot'
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    if 'communitybenefits.scot' in src: return 'communitybenefits.scot'
    return src
batch.emit_lists('pub39', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
