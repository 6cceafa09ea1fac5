"""Write test/corpus/public-texts-8.jsonl: batch 13 (105 texts, 68 social value, 37 hard negatives), aimed at the weakest
figure on fresh batches, the primary theme, so the social value texts spread over every theme: council social value
pages with their economic / social / environmental lists (Knowsley, Chorley's "What is Social Value?", Cumberland's
procurement policy 2025-2029, Cheshire West and Chester, North Somerset, Torbay's guidance to bidders), climate measures
as bidders are told to offer them (a bid-writing page's environmental quick wins, the Scottish Government's Supplier
Journey on climate clauses, Manchester Metropolitan University's sustainable procurement examples), equality as tenders
ask it (the equality overview of sustainableprocurementtools.scot, an equality-and-diversity tendering guide's list of
ITT themes), the COVID-19 recovery outcomes of PPN 06/20 as a law firm lists them, Welsh community benefits (a Welsh law
firm's list of the benefits the Well-being of Future Generations approach asks for, Pembrokeshire's ethical employment
and modern slavery statements) and a communities award question of sustainableprocurementtools.scot; and hard negatives
from the same kind of pages: what a council tender asks for (award questions, price) and its tips, a council's standard
selection questionnaire topics (experience, accreditations, accounts, "equality policies", insurance), a framework's
advice on setting questions, business-continuity and backup questions of an RFP guide, company details of a standard SQ
(charity number, VAT), part 1 of the standard SQ, SQ and PQQ completion guidance (an EU-Supply SQ, the SQA's PQQ notes),
accessibility-in-procurement guidance naming the buyer's duty not to discriminate because of disability, evaluation
criteria of an employment-programme buyer, a council's health and safety evaluation of contractors and a DPS licence
requirement. Ten further negatives found on pages an earlier batch had used (Torbay, Northumbria NHS, tendervictory,
Executive Compass) were already in the corpus and are left out. Texts verbatim from the stored pages (read through the
`search` tool, pages corpus; list bullets dropped). Scored blind with the committed model before joining
(test/corpus/README.md, batch 13). Same conventions as make-public-7.py.

  python3 test/corpus/make-public-8.py > test/corpus/public-texts-8.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ID

KNO = 'https://www.knowsley.gov.uk/business/procurement-and-contracting/social-value'
CHO = 'https://beta.chorley.gov.uk/article/2301/Social-Value-Policy-What-is-Social-Value'
CLA = 'https://clarkslegal.com/?p=6051'
TAL = 'https://tenderalchemy.co.uk/blog/bidding-tips-environmental-considerations'
SPE = 'https://sustainableprocurementtools.scot/index.cfm/guidance/equality/overview/'
SPC = 'https://sustainableprocurementtools.scot/index.cfm/guidance/communities/annex-example-procurement-clauses-and-kpis/'
EQG = 'https://www.executivecompass.co.uk/social-value-practice/blog/equality-and-diversity-in-tendering/'
MMU = 'https://mmu.ac.uk/procurement/sustainable-procurement'
HUJ = 'https://www.hughjames.com/blog/how-procurement-processes-can-be-designed-to-promote-well-being/'
CU1 = ('https://www.cumberland.gov.uk/business-and-licensing/procurement-social-value-tenders-and-contracts/'
       'about-procurement/procurement-and-social-value-documents/procurement-policy-2025-2029-including-social-value-statement/social')
CU2 = 'https://www.cumberland.gov.uk/procurement-policy-2025-2029/social-value-statement/how-social-value-communicated-and-implemented'
CWC = 'https://cheshirewestandchester.gov.uk/your-council/policies-and-performance/council-plans-policies-and-strategies/social-value'
NSO = 'https://n-somerset.gov.uk/business/tenders-procurement/procurement-strategy/our-social-value-policy'
SJC = 'https://supplierjourney.scot/print/additional-resources/climate-emergency/what-do-i-need-do-climate'
PEM = 'https://cms.pembrokeshire.gov.uk/how-to-tender-guide/wellbeing-and-ethical-trading-in-the-supply-chain'
TOB = 'https://torbay.gov.uk/council/social-value/guidance-to-bidders'

KNO_S = 'Social Value can be split into 3 areas: {} Includes activites such as:'
CHO_E = 'Examples of how these three \'pillars\' of sustainable procurement can benefit the local community: Environmental'
CHO_C = 'Examples of how these three \'pillars\' of sustainable procurement can benefit the local community: Economic'
CHO_P = 'Social Value Policy - What is Social Value?'
CLA_S = 'Promoted ways of achieving that outcome through the procurement award include:'
TAL_S = 'Quick win examples of measures you could be taking and/or commit to include:'
SPE_R = 'Particular areas of risk might include:'
EQG_S = ('Tender questions focusing on equality, inclusion and diversity ... key themes that frequently appear in '
         'invitations to tender (ITTs), selection questionnaires (SQs) or requests for proposals (RFPs) include:')
MMU_S = 'Examples of Sustainability requirements that may be considered, include: {}'
HUJ_S = ('The Act requires that where possible, public bodies must identify any opportunity to deliver one or more of the '
         'following benefits during the course of a contract:')
CU1_S = 'For example, and this is not an exhaustive list, Social Value can be delivered through the following activities:'
CU2_S = 'Procurement team’s commitments'
SJC_S = 'What do I need to do? Climate'
PEM_S = 'How to Tender Guide: Wellbeing and Ethical Trading in the Supply Chain'
# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (KNO, 'council-list', 'uk', WB, [], KNO_S.format('Social.'), 'Volunteering in the community'),
 (KNO, 'council-list', 'uk', WB, [], KNO_S.format('Social.'), 'Hosting community events at your business'),
 (KNO, 'council-list', 'uk', EO, ['wellbeing'], KNO_S.format('Social.'), 'Flexible working policies for staff'),
 (KNO, 'council-list', 'uk', EI, [], KNO_S.format('Economic.'), 'Hosting work placements / creating apprenticeships / creating jobs'),
 (KNO, 'council-list', 'uk', EI, [], KNO_S.format('Economic.'), 'Employing local people and spending with local suppliers'),
 (KNO, 'council-list', 'uk', EI, [], KNO_S.format('Economic.'), 'Mentoring and providing career advice to young people'),
 (KNO, 'council-list', 'uk', CL, [], KNO_S.format('Environmental.'), 'Reducing energy / water use and carbon emissions'),
 (KNO, 'council-list', 'uk', CL, ['wellbeing'], KNO_S.format('Environmental.'), 'Supporting improvements to public spaces and parks'),
 (KNO, 'council-list', 'uk', CL, [], KNO_S.format('Environmental.'), 'Using sustainable products and materials'),
 (CHO, 'council-list', 'uk', EI, [], CHO_P, 'Economic effects relate to the creation and maintenance of a strong local economy, and the encouragement of local innovation to make the economy more efficient.'),
 (CHO, 'council-list', 'uk', EO, [], CHO_P, 'Social effects relate to ensuring equality and diversity and maximising social inclusion.'),
 (CHO, 'council-list', 'uk', CL, [], CHO_P, 'Environmental effects relate to ensuring local bio diversity, reducing carbon emissions, recycling and controlled consumption.'),
 (CHO, 'council-list', 'uk', CL, ['wellbeing'], CHO_E, 'provision of high quality green spaces'),
 (CHO, 'council-list', 'uk', CL, [], CHO_E, 'limit resource use and minimise waste'),
 (CHO, 'council-list', 'uk', CL, [], CHO_E, 'improved public transport connectivity'),
 (CHO, 'council-list', 'uk', CL, [], CHO_E, 'ensure bio diversity resilience'),
 (CHO, 'council-list', 'uk', CL, [], CHO_E, 'implement clean energy solutions, leading to an improve local environment'),
 (CHO, 'council-list', 'uk', EI, [], CHO_C, 'secure thriving local businesses'),
 (CHO, 'council-list', 'uk', EI, [], CHO_C, 'create local employment opportunities'),
 (CHO, 'council-list', 'uk', EI, [], CHO_C, 'support and grow the local supply chain'),
 (CHO, 'council-list', 'uk', EI, [], CHO_C, 'develop a diverse multi skilled local economy'),
 (CHO, 'council-list', 'uk', EI, [], CHO_C, 'improve opportunities for the VCSE supply chain'),
 (CHO, 'council-list', 'uk', EI, [], CHO_C, 'improve educational outcomes/skill development'),
 (CLA, 'ppn0620-model', 'uk', CV, [], CLA_S, 'Creating employment, retraining, or return to work opportunities for those left unemployed by COVID-19'),
 (CLA, 'ppn0620-model', 'uk', CV, [], CLA_S, 'Supporting people and communities to recover from impacts of COVID-19'),
 (CLA, 'ppn0620-model', 'uk', CV, [], CLA_S, 'Supporting organisations and businesses to recover from the impacts of COVID-19'),
 (CLA, 'ppn0620-model', 'uk', CV, [], 'New Public Procurement rules to help communities recover from COVID-19', 'The first outcome listed is ‘COVID-19 recovery’ with the objective of helping communities to manage and recover from the impact of the disease.'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Have a recycling policy, and measure (where possible) volumes of recycling'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Renewable energy tariffs for premises'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Renewable energy measures for premises, such as solar panels'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Green travel plan, encouraging staff to use car-sharing, public transport, cycling, etc'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Offsetting carbon emissions through a tree planting scheme'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Switching to hybrid and/or electric vehicles'),
 (TAL, 'sv-guide', 'uk', CL, [], TAL_S, 'Using suppliers that source products sustainably.'),
 (SPE, 'scot-spt', 'scotland', EO, [], 'Equality: Description of risk or opportunity', 'Are there potential opportunities to prevent discrimination, harassment and victimisation, and to advance equality outcomes relevant to the procurement? (Consider users of the contract, employees of the authority, the wider community, those working on delivery of the contract and the supply chain workforce, as appropriate)'),
 (SPE, 'scot-spt', 'scotland', EO, [], SPE_R, 'low pay, unequal pay, occupational segregation, and pay gaps (gender, disability or ethnicity pay gaps)'),
 (SPE, 'scot-spt', 'scotland', EO, [], SPE_R, 'health and welfare, including failure to make reasonable workplace adjustments for disabled members of the workforce'),
 (SPE, 'scot-spt', 'scotland', EO, [], SPE_R, 'pregnancy and maternity discrimination'),
 (SPC, 'scot-spt', 'scotland', WB, [], 'Award criteria: examples of questions specific to communities requirements', 'Bidders are required to submit a method statement describing in a logical sequence exactly how the work will be carried out in a people-centric manner and without risks to the community, including detailing any consultation required.'),
 (EQG, 'sv-guide', 'uk', EO, [], EQG_S, 'Fair recruitment methods to encourage candidates from minority backgrounds to apply for jobs.'),
 (EQG, 'sv-guide', 'uk', EO, [], EQG_S, 'Fair employment practices, demonstrating how all employees have equal access to opportunities, pay and career growth, focused on performance and experience and eliminating any pay gaps.'),
 (EQG, 'sv-guide', 'uk', EO, [], EQG_S, 'How individuals sharing protected characteristics (e.g. gender, race, ethnicity, sexual orientation, gender reassignment, disabilities etc.) are supported to remain in work and reach their full potential.'),
 (MMU, 'council-list', 'uk', CL, [], MMU_S.format('Environmental Sustainability'), 'Recycling 4 R’s (Remove, Reduce, Reuse, Recycle)'),
 (MMU, 'council-list', 'uk', EI, [], MMU_S.format('Economic Sustainability'), 'The use of local suppliers and SME’s'),
 (MMU, 'council-list', 'uk', EO, ['economic-inequality'], MMU_S.format('Economic Sustainability'), 'Real Living Wage employers'),
 (MMU, 'council-list', 'uk', EI, [], MMU_S.format('Social Value'), 'Work experience and placements'),
 (MMU, 'council-list', 'uk', WB, [], MMU_S.format('Social Value'), 'Community benefits (eg community groups, schools)'),
 (HUJ, 'wales-cb', 'wales', EI, [], HUJ_S, 'Job and training opportunities for economically inactive.'),
 (HUJ, 'wales-cb', 'wales', EI, [], HUJ_S, 'Promotion of open and accessible supply chains.'),
 (HUJ, 'wales-cb', 'wales', EI, [], HUJ_S, 'Contribution to education in Wales through engagement with school, college and university curriculums.'),
 (HUJ, 'wales-cb', 'wales', WB, [], HUJ_S, 'Contributions to community initiatives.'),
 (HUJ, 'wales-cb', 'wales', CL, [], HUJ_S, 'Opportunities to minimise the environmental impact of the contract and to promote environmental benefits.'),
 (CU1, 'council-list', 'uk', WB, ['equal-opportunity'], CU1_S, 'social – community engagement and volunteering opportunities, supporting disadvantaged individuals and minority groups, hosting events'),
 (CU1, 'council-list', 'uk', EI, [], CU1_S, 'economic – creating new jobs employing local people, creating apprenticeships, work placements, purchasing from local suppliers/ marketplace, providing mentoring, training and career advice'),
 (CU1, 'council-list', 'uk', CL, [], CU1_S, 'environmental – reducing energy and utility use and reducing carbon emissions, minimising consumption, using sustainable or recycled materials and products, using local supply chains and locally derived goods and services, supporting or delivering improvements to public spaces. Support the delivery of the Local Nature Recovery Strategy'),
 (CU2, 'council-list', 'uk', MU, [], CU2_S, 'we will apply a weighted evaluation criterion of between 10% - 20% in any tender, where relevant and proportionate to do so'),
 (CU2, 'council-list', 'uk', MU, [], CU2_S, 'our supply chain will be required to make contractual commitments on Social Value statements they make in tender submissions'),
 (CWC, 'council-list', 'uk', MU, [], 'Social Value: What does the Council mean by social value?', 'This benefit could be apprenticeship opportunities created, large contractors using local supply chains, or trees and bio-diverse landscapes being created alongside building projects.'),
 (CWC, 'council-list', 'uk', MU, [], 'Social Value: How does the Council measure social value?', 'This framework sets out a menu of measures for specific areas of social value that suppliers can choose from to describe the social value they would deliver as part of a specific contract and that the Council can use to track and manage the social value it creates itself.'),
 (NSO, 'council-list', 'uk', MU, [], 'Our social value policy', 'For appropriate procurements, bidders will be required to complete a social value submission sheet.'),
 (SJC, 'scot-supplier', 'scotland', CL, [], SJC_S, 'You should expect to see advertised public sector quick quotes and tenders include more clauses and questions on how you, as a bidder, will reduce your carbon footprint and meet the Climate Change targets.'),
 (SJC, 'scot-supplier', 'scotland', CL, [], SJC_S, 'Reduce the use of single use plastics by X %'),
 (SJC, 'scot-supplier', 'scotland', CL, [], SJC_S, 'You could add new products/do something differently whist reducing your organisation’s carbon emissions'),
 (SJC, 'scot-supplier', 'scotland', CL, [], SJC_S, 'You could provide goods or services that result in carbon emissions reductionn in public sector workplaces'),
 (PEM, 'wales-cb', 'wales', EO, [], PEM_S + ': Ethical Employment in Supply Chains', 'The Code of Practice “ Ethical Employment in Supply Chains” has been established to help ensure workers in public sector supply chains in Wales are employed in a fair and ethical way.'),
 (PEM, 'wales-cb', 'wales', EO, [], PEM_S + ': Modern Day Slavery Act', 'Procurement has an important role to play in addressing Modern Slavery by ensuring that sourcing strategies enables the reward of suppliers with good employment practices rather than purchasing in a manner that drives the use of modern slavery practices.'),
 (PEM, 'wales-cb', 'wales', MU, [], PEM_S + ': Wellbeing Of Future Generations (Wales) Act 2015', 'We strive to deliver the goals of the Well-being of future generations Wales Act 2015 through a holistic approach to our procurement processes and will include, where relevant, specific provision within our tender documents.'),
 (TOB, 'council-list', 'uk', MU, [], 'Guidance to bidders: Some top tips', 'Please ensure that any Social Value offers made relate directly to the contract being offered and do not include activity you would undertake regardless of winning this tender or not (e.g. general corporate social responsibility activities do not count – see tender guidance documents on how you can ‘attribute’ corporate social responsibility activities)'),
]

TOT = 'https://www.torbay.gov.uk/business/procurement/tenders/'
LGP = ('https://www.nationallgpsframeworks.org/live-frameworks/transition-management-services/guide-to-call-off/'
       'create-your-invitation-to-further-competition-document')
GOC = 'https://gocardless.com/guides/rfp/business-continuity/'
TVI = 'https://tendervictory.co.uk/preparing-for-tendering-2022-update/'
EXS = 'https://www.executivecompass.co.uk/blog/bid-management/responding-to-supplementary-questions/'
X12 = 'https://experts123.com/q/what-criteria-are-used-to-evaluate-bids.html'
BUC = 'https://schoolsweb.buckinghamshire.gov.uk/health-and-safety/hs-policies/94b-the-employment-and-control-of-contractors-part-two/?print=true'
DPS = 'https://vdocuments.site/invitation-to-participate-evaluation-if-it-deems-it-necessary-which-may-involve.html'
THS = 'https://young.thurrock.gov.uk/our-tender-process/standard-selection-questionnaire'
MTA = 'https://makethingsaccessible.com/guides/procurement-accessibility-guidance'
EUS = 'https://sharedsystems.eu-supply.com/ctm/Supplier/AcmPreview/11716/15082'
SQA = 'https://docslib.org/doc/13658418/guidance-notes-for-completion-of-qualification-questionnaire'

THS_S = 'Standard Selection Questionnaire: To fill in the SSQ, you must answer questions about:'
MTA_S = 'Accessibility in procurement guidance'
EUS_S = 'Part 1: Potential supplier information. NOTE: Important guidance for completing this questionnaire'
TOT_S = 'You will generally be asked to submit the following:'
TOT_T = 'Top tips: To ensure that your bid is evaluated positively, you must:'
LGP_S = 'Quality and Social Value Questions: When creating your own questions it helps to:'
GOC_S = 'Business Continuity: Suggested questions to ask include:'
TVI_S = 'Company Details'
EXS_S = 'Based on an updated template, an SQ is comprised of three parts:'
X12_S = 'What criteria are used to evaluate bids? Typical evaluation criteria are:'
BUC_S = 'Stage 1 Health and Safety Evaluation'
# (source, family, jurisdiction, section, text[, extra fields])
N = [
 (TOT, 'council-guide', 'uk', TOT_S, 'The award questions, including pass/fail questions, method statements and technical questions;'),
 (TOT, 'council-guide', 'uk', TOT_S, 'Your price for the goods, services or works being tendered.'),
 (TOT, 'council-guide', 'uk', 'Tenders', 'Any questions asked will be proportionate to the value, level of risk and nature of the contract.'),
 (TOT, 'council-guide', 'uk', TOT_T, 'Consider the marking guidelines and whether your response allows for the highest possible marks to be awarded in all cases.'),
 (LGP, 'tender-guide', 'uk', LGP_S, 'Set maximum word counts for each question.'),
 (LGP, 'tender-guide', 'uk', LGP_S, 'Assign higher weightings to the most critical questions.'),
 (LGP, 'tender-guide', 'uk', LGP_S, 'Keep responses manageable and easy to evaluate - consider the impact response lengths will have on your ability to easily evaluate.'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'How frequently do you create data backups?'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'For how long are these backups retained?'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'Where are these backups stored?'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'How are backups secured?'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'How are employees kept aware of the BCP?'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'Who has responsibility for deciding to invoke the BCP?'),
 (GOC, 'security-questionnaire', 'uk', GOC_S, 'When was your BCP last tested? Describe how testing took place.'),
 (TVI, 'sq-guidance', 'uk', TVI_S, 'Charity Registration Number'),
 (TVI, 'sq-guidance', 'uk', TVI_S, 'VAT number'),
 (EXS, 'sq-guidance', 'uk', EXS_S, 'Part 1 – Potential Supplier Information: The bidder is required to provide generic company information such as their registered address, trading status and date of registration, in addition to outlining whether they are submitting a bid on behalf of a group of economic operators.'),
 (X12, 'tender-guide', 'uk', X12_S, 'Organisation Infrastructure Management and Capacity'),
 (X12, 'tender-guide', 'uk', X12_S, 'Human Resource and Quality Standards and Evaluation'),
 (X12, 'tender-guide', 'uk', X12_S, 'Implementation Plan and Premises'),
 (X12, 'tender-guide', 'uk', X12_S, 'Record Keeping and Administration'),
 (BUC, 'council-guide', 'uk', BUC_S, 'It is Council Policy that all contractors (with certain exceptions – see main Policy 6.1 for details) are assessed for health and safety.'),
 (BUC, 'council-guide', 'uk', BUC_S, 'Evaluation by the Council using the appropriate internal Council evaluation forms; this also requires internal resource which will need to be incorporated into the selection process.'),
 (DPS, 'council-guide', 'uk', 'Evaluation Overview: Stage 1: Selection Evaluation Criteria', 'You must have a relevant licence/registration for the Category(s) you are applying for.'),
 (THS, 'council-guide', 'uk', THS_S, 'previous contracts and experience'),
 (THS, 'council-guide', 'uk', THS_S, 'relevant qualifications and accreditations'),
 (THS, 'council-guide', 'uk', THS_S, 'financial information and accounts'),
 (THS, 'council-guide', 'uk', THS_S, 'equality policies'),
 (THS, 'council-guide', 'uk', THS_S, 'insurance levels'),
 (MTA, 'tender-guide', 'uk', MTA_S, 'We have an equal duty to not discriminate against members of the public or our staff because of disability.'),
 (MTA, 'tender-guide', 'uk', MTA_S, 'We do this by making sure all the products we buy meet the required standards, with clear evidence to support compliance with our legal responsibilities.'),
 (MTA, 'tender-guide', 'uk', MTA_S, "Getting accessibility right during the tendering and procurement process is vital as it helps us fulfil our legal requirements from the very start and prevents 'buying into problems'."),
 (EUS, 'sq-guidance', 'uk', EUS_S, 'Refer to the tender document pack for details regarding the evaluation methodology and approach.'),
 (EUS, 'sq-guidance', 'uk', EUS_S, 'If more than one supplier has to respond to a question please complete the additional responses and upload to the question folder.'),
 (EUS, 'sq-guidance', 'uk', EUS_S, 'Respond with N/A if any of the questions are not applicable, do not leave the response blank.'),
 (SQA, 'sq-guidance', 'scotland', 'Guidance Notes for completion of Pre-Qualification Questionnaire (PQQ): Questionnaire Responses', 'Marketing material should not be included.'),
 (SQA, 'sq-guidance', 'scotland', 'Guidance Notes for completion of Pre-Qualification Questionnaire (PQQ): Questionnaire Responses', 'The response should be submitted by an individual who has authority to answer on behalf of the organisation, company or partnership.'),
]
# The Scottish Government's sustainable procurement tools and Supplier Journey are Crown copyright under the OGL.
OGL_HOSTS = ('gov.uk', 'gov.scot', 'procurementjourney.scot', 'sustainableprocurementtools.scot', 'supplierjourney.scot')
def group_of(src):
    # Existing site groups (README "Groups"), then one group per source document: the two Knowsley-style Chorley
    # Social Value Policy pages are one policy (batch 11 used its "Why are we doing this" page), the two Cumberland
    # procurement policy pages one policy.
    for site in ('carmarthenshire.gov.wales', 'torbay.gov.uk', 'sustainableprocurementtools.scot'):
        if site in src: return site
    if src == CHO: return 'https://chorley.gov.uk/article/2302/Social-Value-Policy-Why-are-we-doing-this'
    if src in (CU1, CU2): return 'cumberland-procurement-policy-2025-2029'
    return src
Batch('public-texts-8.jsonl').emit_lists('pub8', R, N, group_of, ogl_hosts=OGL_HOSTS)
