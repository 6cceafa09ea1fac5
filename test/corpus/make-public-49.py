"""Write /work/batches/public-texts-49.jsonl: batch 57, award QUESTIONS and tender-document wording of UK public bodies:
social value / community benefit / sustainability / fair work questions worded as questions (with weightings where the
source states them), and hard negatives from the same documents and guides (method statements, evaluation mechanics and
scoring definitions, pass/fail carbon reduction plan conditions, TUPE and submission instructions, contract management
award questions, health and safety specification wording, price/quality splits).

Sources (read through the `search` tool, pages corpus): the Scottish Government's Sustainable Procurement Tools pages
(communities annex of example award questions, materials security, hazardous emissions, vehicles, climate adaptation and
biodiversity award/evaluation pages, employment skills and training award and pre-contract wording, Fair Work First
Annex F real Living Wage model question and Annex G Fair Work First question with its 10% section weighting, fair work
specification, worker conditions and health and safety specification wording, the facilities services case study), the
gov.scot fair work statutory guidance sample ITT question, the Procurement Journey climate page; tender documents on
document-sharing sites: CCS RM6223 quality questionnaire (vdocuments.net), the Armed Forces Covenant Fund evaluation
services ITT (vdocuments.net), Lancashire County Council's passenger transport DPS evaluation criteria (vdocuments.site),
Balsall Parish Council's grounds maintenance ITT (pdfslide.us); CCS digital marketplace framework question files as
republished by my.diffend.io (G-Cloud 15 social value section B, DOS7 award question, carbon reduction plan condition);
DfE school buildings construction frameworks' quality criteria and scoring appendices (gov.uk); Fleet Town Council's
grounds maintenance tender page; council supplier guidance (Gloucestershire, Surrey, Torbay, Bradford, Carmarthenshire,
Chorley decision, Salford, Northumbria Healthcare NHS FT) and the National LGPS Frameworks' further competition guide.

Texts are verbatim from the stored pages; list bullets dropped. Not scored: the batch is scored blind afterwards. Texts
already in the corpus are left out (named on stderr): many of these guides were already mined, so the batch is small.
Crown copyright pages (sustainableprocurementtools.scot, gov.scot, procurementjourney.scot, gov.uk) are OGL v3; the rest
are short quotations.

  python3 test/corpus/make-public-49.py > /work/batches/public-texts-49.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU

U, S, E = 'uk', 'scotland', 'uk'  # English bodies take 'uk', as in the other batches (the corpus has no 'england')

SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
COM = SPT + 'communities/annex-example-procurement-clauses-and-kpis/'
MAT = SPT + 'materials/materials-security/award/'
EST = SPT + 'employment-skills-and-training/skills-and-training/award/'
PCN = SPT + 'employment-skills-and-training/skills-and-training/pre-contract-notification'
HS = SPT + 'health-and-safety/health-and-safety/specification-development/'
WC = SPT + 'fairly-and-ethically-traded/worker-conditions/specification-development/'
ANF = SPT + 'fair-work-practices/annex-f-payment-of-at-least-the-real-living-wage-specification-invitation-to-tender-model-question'
ANG = SPT + 'fair-work-practices/annex-g-examples-of-specification-invitation-to-tender-model-working-applying-a-fair-work-first-question/'
FWS = SPT + 'fair-work-practices/specification'
VEH = SPT + 'climate-change/climate-change-vehicles/annex-example-procurement-clauses-and-kpis/'
ESTC = SPT + 'employment-skills-and-training/skills-and-training/contract-management'
ESTO = SPT + 'employment-skills-and-training/skills-and-training/overview/'
ESTS = SPT + 'employment-community-benefits/skills-and-training/specification-development'
SGA = 'https://www.gov.scot/publications/statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-practices/pages/9/'
PJC = 'https://www.procurementjourney.scot/climate-emergency/what-do-i-need-do-climate'
CHO = 'https://democracy.chorley.gov.uk/mgDecisionDetails.aspx?IId=101914&Opt=1'
CMB = 'https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/sustainability-and-community-benefits/'
CMT = 'https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/tenders-over-75-000/'
BRD = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-bid-evaluation-guidance/'
TBT = 'https://www.torbay.gov.uk/business/procurement/tenders/'
TBS = 'https://torbay.gov.uk/council/social-value/guidance-to-bidders'
HAZ = SPT + 'hazardous-materials-and-emissions/evaluation'
FMC = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/facilities-services-management/embedding-sustainability-requirements/'
GLO = 'https://www.gloucestershire.gov.uk/business-property-and-economy/doing-business-with-us/social-value/social-value-toolkit/work'
FLT = 'https://www.fleet-tc.gov.uk/?p=3919'
BAL = 'https://pdfslide.us/amp/documents/invitation-to-tender-for-provision-of-grounds-.html'
APH = 'https://www.gov.uk/government/publications/school-buildings-construction-framework-2025/appendix-h-quality-scoring-criteria'
APG = 'https://www.gov.uk/government/publications/school-buildings-construction-framework-2021/appendix-g-quality-criteria-and-maximum-weightings'
GC15 = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/4.11.34/4.11.35'
CRP = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/4.4.14/4.4.16 (CCS framework question "Trading less than 12 months", carbon reduction plan condition of participation; excerpt)'
DOS7 = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/4.4.16/4.4.18 (DOS7 "Award question - Collaboration and knowledge transfer", question_advice; tail not captured)'
SUR = 'https://www.surreycc.gov.uk/business/supplying-the-council/social-value-and-procurement/social-value/get-involved/suppliers'
NIB = 'https://www.nibusinessinfo.co.uk/content/understanding-social-value-public-procurement'
BEL = 'https://yoursay.belfastcity.gov.uk/social-value-policy/widgets/27363/faqs'
BSN = 'https://buysocialni.org/contract-managers/contract-managers-faqs/'
NIA = 'https://www.niassembly.gov.uk/about-the-assembly/corporate-information/policies/social-value-in-procurement-policy'
VEV = SPT + 'climate-change/climate-change-vehicles/evaluation-and-award/'
ADE = SPT + 'climate-change/climate-change-adaptation/evaluation-and-award/'
BIO = SPT + 'biodiversity/contract-management'
NTH = 'https://www.northumbria.nhs.uk/about-us/corporate-information/become-a-supplier/evaluation-guides/'
SAL = 'https://www.salford.gov.uk/parking-roads-and-travel/advertising-and-sponsorship-on-the-highway/billboards/evaluation-of-applications/'
CCS = 'https://vdocuments.net/attachment-2c-quality-questionnaire-major-projects-.html'
AFC = 'https://vdocuments.net/amp/ec2-52-56-74-53eu-west-2-web-viewin-this-paragraph-the-word-media.html'
LCC = 'https://vdocuments.site/invitation-to-participate-evaluation-if-it-deems-it-necessary-which-may-involve.html'
LGPS = ('https://www.nationallgpsframeworks.org/live-frameworks/stewardship-services/guide-to-call-off/'
        'create-your-invitation-to-further-competition-document')

SPT_S = 'Sustainable Procurement Tools'
COM_A = SPT_S + ': Communities: Annex - example procurement clauses and KPIs: Award criteria'
COM_N = SPT_S + ': Communities: Annex - example procurement clauses and KPIs'
MAT_A = SPT_S + ': Materials security: Award'
EST_A = SPT_S + ': Employment, skills and training: Award'
PCN_S = SPT_S + ': Employment, skills and training: Pre-contract notification'
HS_S = SPT_S + ': Health and safety: Specification development'
WC_S = SPT_S + ': Fairly and ethically traded: Worker conditions: Specification development'
ANF_S = SPT_S + ': Fair work practices: Annex F - Payment of at Least the real Living Wage Specification/Invitation to Tender Model Question'
ANG_S = SPT_S + ': Fair work practices: Annex G - Examples of Specification/Invitation to Tender Model Wording: Applying a Fair Work First Question: Example 1 - National Marketing Services Framework'
ANG_L = ANG_S + ': the Scottish Government, and its public sector partners, are asking bidders to describe how they are committed to adopting Fair Work First:'
FWS_S = SPT_S + ': Fair work practices: Specification'
VEH_S = SPT_S + ': Climate change: vehicles: Annex - Example Procurement clauses and KPIs: Pre-contract Notification Clauses'
ESTC_S = SPT_S + ': Employment, skills and training: Contract management'
ESTO_S = SPT_S + ': Employment, skills and training: Overview: Risk or opportunity'
ESTS_S = SPT_S + ': Employment, skills and training: Specification'
SGA_S = 'Fair work practices and the award of public contracts: statutory guidance: Annex A Fair work practices - sample Invitation to Tender Question'
PJC_S = 'Procurement Journey: What Do I Do on Climate?'
CHO_S = 'Chorley Council decision: contract award procedure'
CMB_S = 'Carmarthenshire County Council procurement guidance: Sustainability and Community Benefits: Community Benefits'
CMT_S = 'Carmarthenshire County Council procurement guidance: Tenders over £75,000: Choosing the correct Tendering Procedure'
BRD_S = 'Bradford Council Social Value Bid Evaluation guidance: 1.0 Bradford Council’s Social Value Criteria'
TBT_S = 'Torbay Council: Tenders: You will generally be asked to submit the following:'
TBS_S = 'Torbay Council social value: guidance to bidders: Some top tips:'
HAZ_S = SPT_S + ': Hazardous materials and emissions: Evaluation'
FMC_S = SPT_S + ': Case study: Facilities services management: 2. Embedding sustainability requirements: Environmental risks and opportunities identified:'
GLO_S = 'Gloucestershire County Council social value toolkit: Work: Introduction: Our key priorities include:'
FLT_S = 'Fleet Town Council: Contract for the provision of Ground Maintenance Services: Tender Opportunity'
FLT_Q = 'Fleet Town Council: Contract for the provision of Ground Maintenance Services: Clarification Questions'
BAL_S = 'Balsall Parish Council: Invitation to Tender for provision of grounds maintenance: 1. Invitation to Tender'
APH_S = 'School buildings construction framework 2025: Appendix H - quality scoring criteria'
APG_S = 'School buildings construction framework 2021: Appendix G - quality criteria and maximum weightings'
GC15_S = ('G-Cloud 15 declaration: Section B - Commitment for Future: Delivery: Mission: Kick start economic growth. Policy '
          'Outcome 1: Fair work: 1a Create and retain high quality jobs: Answers')
CRP_S = 'Crown Commercial Service framework declaration: Trading less than 12 months (carbon reduction plan)'
DOS7_S = 'Digital Outcomes and Specialists 7: Award question - Collaboration and knowledge transfer: You must clearly demonstrate:'
SUR_S = 'Surrey County Council: Social value guidance for suppliers'
NIB_S = 'nibusinessinfo.co.uk: Understanding social value in public procurement'
BEL_S = 'Belfast City Council social value policy FAQs: What is social value?: Our Social Value objectives'
BSN_S = 'Buy Social NI: Contract Managers FAQs: What is Buy Social?: These initiatives can include:'
NIA_S = 'Northern Ireland Assembly Commission: Social Value in Procurement Policy: Introduction and Context'
VEV_S = SPT_S + ': Climate change: vehicles: Evaluation and Award'
ADE_S = SPT_S + ': Climate change adaptation: Evaluation and Award'
BIO_S = SPT_S + ': Biodiversity: Contract management'
NTH_S = 'Northumbria Healthcare NHS Foundation Trust: Evaluation Guides'
NTH_Q = NTH_S + ': Quality criteria: The list below provides an indication of the types of criteria that may be included.'
SAL_S = 'Salford City Council: Billboards: Evaluation of applications: Selection criteria'
CCS_S = 'Invitation to Tender Attachment 2c - Quality questionnaire, RM6223 Major Projects Leadership Academy'
AFC_S = 'Invitation to Tender: evaluation services for the Serious Stress in Veterans, Carers and Families programme'
LCC_S = ('Invitation to Participate Dynamic Purchasing System - Provision of Passenger Transport Services: Evaluation '
         'Criteria - Selection and Award: Evaluation Overview')
LGPS_S = 'Create your Invitation to Further Competition Document (National LGPS Framework for Stewardship Services)'

R = [
 (COM, 'award-question', S, WB, [], COM_A, '‘Please describe how you will involve the users of your service to contribute to its design and delivery to find opportunities to enhance communities.’'),
 (COM, 'award-question', S, WB, [], COM_A, '‘What arrangements will you make to ensure that the local community are engaged with and informed of the service offered?’'),
 (COM, 'award-question', S, WB, [], COM_A, '‘How will you design your offer to enhance the local community through the provision of this service?’'),
 (COM, 'award-question', S, WB, [], COM_A, '‘A method statement is required describing an assessment of potential impacts of the proposed service on the local community. It must include all the risks and opportunities identified in the assessment, measures needed to minimise risks and options for improvements.’'),
 (COM, 'award-question', S, WB, [], COM_N, '‘A requirement of the contract will be that the contractor undertakes with the authority a series of community engagement events to ensure that progress of the contract is visible to the local community.’'),
 (COM, 'award-question', S, MU, [], COM_N, '‘The Contracting Authority has included obligations within the specification and contract conditions relating to further requirements to achieve community benefits which are relevant to the services to be delivered.’'),
 (MAT, 'award-question', S, CL, [], MAT_A, '‘Please provide a copy of your environmental policy and highlight how it relates to the reduction in the use of materials vulnerable to supply disruption or constraint [list any particular relevant materials that are high risk] in the products and / or services which are the subject of this tender.’'),
 (MAT, 'award-question', S, CL, [], MAT_A, '‘Please describe your approach to environmental sustainability as part of this contract, including details of any specific steps taken in the design and manufacture of services to maximise use of sustainable and innovative materials and relevant circular economy outcomes.\''),
 (MAT, 'award-question', S, CL, [], MAT_A, '‘Please describe how you manage your environmental impacts under this contract detailing any environmental good practice systems, including ISO 14001, or EMAS, or equivalent which form part of your business practice.\''),
 (MAT, 'award-question', S, CL, [], MAT_A, '‘Please provide a copy of your environmental policy and highlight how it relates to contributing to the transition to a circular economy, including through use of sustainable materials, in the delivery of the products and / or services under this contract.’'),
 (MAT, 'award-question', S, CL, [], MAT_A, '‘A requirement of this contract is that a minimum of 25% of the product or the components thereof shall be re-used or remanufactured at end of life. Please describe the operational processes you have in place to achieve this’'),
 (EST, 'award-question', S, EI, [], EST_A, '\'What arrangements will you make to provide mentoring and support for trainees and work placements to ensure maximum retention and achievement of industry accreditations?\''),
 (EST, 'award-question', S, EI, [], EST_A, '‘The organisation specifically wishes to support the development of skills in [specify industry, f.ex. the building and construction industries and any associated trades]. Please describe how you will contribute to this aim including developing trade skills within your existing workforce.’'),
 (EST, 'award-question', S, EI, [], EST_A, 'Contracting authorities should also look to capture any proposed community benefits in the final contract.'),
 (PCN, 'award-question', S, MU, [], PCN_S, '‘Community benefits are included in this requirement. A summary of the expected community benefits have been provided as follows: [insert text].’'),
 (PCN, 'award-question', S, MU, [], PCN_S, '‘In accordance with Regulation 19 of the Public Contracts (Scotland) Regulations 2015 and section 8(2) of the Procurement Reform (Scotland) Act 2014, social considerations shall form part of the procurement process with the successful contractor, through its delivery of the contract, supporting delivery by the Contracting Authority of social considerations core to its purposes, policies and activities.’'),
 (WC, 'award-question', S, EO, [], WC_S, '\'The contractor is expected to have appropriate standards for its organisation and its supply chain regarding legal, ethical and social issues.\''),
 (WC, 'award-question', S, EO, [], WC_S, '\'The contractor will perform its obligations in accordance with the Authority’s ethical sourcing policy, which is to promote appropriate standards regarding legal, ethical and social issues including, for example, health and safety, security of employment rights, equality, corruption and fair trade, in particular in developing or countries with low production costs.\''),
 (WC, 'award-question', S, EO, [], WC_S, '\'The contractor must take all reasonable steps to ensure that all goods supplied under this contract/framework agreement are produced in accordance with all International Labour Organisation (ILO) conventions that have been ratified by the country of their origin, in particular, in relation to labour standards, working conditions and the use of child labour.\''),
 (ANF, 'award-question', S, EO, [], ANF_S + ': Payment of at least the real Living Wage', 'Question: Bidders are asked to confirm that they will pay workers that are involved in the delivery of the [framework agreement / contract, and/or any subsequent call off contract] (including any agency or sub-contracting workers) directly involved in the delivery of the [framework agreement / contract, and/or any subsequent call off contract]), at least the real Living Wage.'),
 (ANG, 'award-question', S, EO, [], ANG_S, 'In addition to mandating payment of the real Living Wage, the Scottish Government identified the opportunity to hone in on equality, diversity, gender pay gap and workforce development in the Fair Work First Question (Section Weighting – 10%).', {'weighting_percent': 10}),
 (ANG, 'award-question', S, EO, [], ANG_S, 'The Scottish Public Sector is committed to the delivery of high quality public services, and recognises that this is critically dependent on a workforce which is well-rewarded, well-motivated, well-led, has access to appropriate opportunities for training and development, is diverse and inclusive, and can influence decision making.', {'weighting_percent': 10}),
 (ANG, 'award-question', S, EO, [], ANG_S, 'Public bodies in Scotland are committed to applying Fair Work First criteria in their own organisation and in publicly funded supply chains.', {'weighting_percent': 10}),
 (ANG, 'award-question', S, EO, [], ANG_L, 'appropriate channels for effective voice, such as trade union recognition and regular employee feedback are in place which can influence worker experience and address concerns;', {'weighting_percent': 10}),
 (ANG, 'award-question', S, EO, ['economic-inequality'], ANG_L, 'investment in workforce development is integrated into the organisation in particular in relation to equality and diversity, and opportunities exist to enable continuous professional development;', {'weighting_percent': 10}),
 (ANG, 'award-question', S, EO, [], ANG_L, 'no inappropriate use of zero hours contracts in operation so that workers have open ended or fixed term contracts which guarantee a fair minimum number of hours, no compulsory overtime, and reasonable notice to shift changes;', {'weighting_percent': 10}),
 (FWS, 'award-question', S, EO, [], FWS_S, 'Where bidders are planning to use workers based outside the UK, then local living wage rates would apply, whatever they are in the workers’ locality.'),
 (FWS, 'award-question', S, EO, [], FWS_S, 'Payment of the real Living Wage should not be used to limit pay rates, and where sector bargained rates have been agreed these should be applied provided they are not below the real Living Wage.'),
 (SGA, 'award-question', S, EO, [], SGA_S, 'The Public Sector in Scotland is committed to the delivery of high quality public services, and recognises that this is critically dependent on a workforce that is well-rewarded, well-motivated, well-led, has access to appropriate opportunities for training and skills development, are diverse and is engaged in decision making.'),
 (SGA, 'award-question', S, EO, [], SGA_S + ': Public Bodies in Scotland are adopting fair work practices, which include:', 'a fair and equal pay policy that includes a commitment to supporting the Living Wage, including, for example being a Living Wage Accredited Employer;'),
 (VEH, 'award-question', S, CL, [], VEH_S + ': Decarbonisation ambitions', '‘The Contracting Authority has included obligations within the specification and contract conditions relating to carbon and other emissions from the use of vehicles, which are relevant to the products/services to be delivered.’'),
 (VEH, 'award-question', S, CL, [], VEH_S + ': Decarbonisation ambitions', '‘The Contractor will be required to minimise the environmental impacts of services delivered, including carbon and other emissions arising from the use of vehicles [including the use of plant – where relevant] in product or services delivery, where practicable.’'),
 (VEH, 'award-question', S, CL, ['economic-inequality'], VEH_S + ': Tailor to focus on specific outcomes', '‘The Contracting Authority has included obligations within the specification and contract conditions relating to decarbonising our economy, including [minimising carbon emissions], [being resilient to a changing climate], [reducing fuel poverty] and [developing jobs and skills to support decarbonisation] which are relevant to the services to be delivered.’'),
 (VEH, 'award-question', S, CL, [], VEH_S + ': Vehicle use and innovation (e.g. FM related – may be adjusted to suit)', '‘We are committed to whole life value for money and encouragement of innovative low/zero carbon vehicles solutions. The Contracting Authority wishes to work with contractors who will support its aims to transition to a low carbon and circular economy and who will keep up to date with best practice vehicle emissions reduction opportunities within the [FM] sector.’'),
 (ESTC, 'award-question', S, EI, [], ESTC_S + ': Key contract information', 'total value sub-contracted to SMEs'),
 (ESTC, 'award-question', S, EI, [], ESTC_S + ': Key contract information', 'total value sub-contracted to social enterprises'),
 (ESTC, 'award-question', S, EI, [], ESTC_S + ': Community benefit requirement indicators', 'number of jobs filled by priority groups'),
 (ESTC, 'award-question', S, EI, [], ESTC_S + ': Community benefit requirement indicators', 'total number of apprenticeships recruited to deliver contract'),
 (ESTC, 'award-question', S, EI, [], ESTC_S + ': Community benefit requirement indicators', 'number of work placements for school pupils, college and university students'),
 (ESTC, 'award-question', S, EI, [], ESTC_S + ': Community benefit requirement indicators', 'number of qualifications achieved through training by priority groups'),
 (ESTC, 'award-question', S, WB, [], ESTC_S + ': Community benefit requirement indicators', 'community engagement activities'),
 (ESTO, 'award-question', S, EI, [], ESTO_S, 'Are there opportunities to generate employment and training opportunities; or develop skills in potential suppliers\' existing workforce?'),
 (ESTO, 'award-question', S, EI, [], ESTO_S, 'For example, targeted recruitment and training opportunities, apprenticeships, or employment of young people who are not in employment, education or training; long term unemployed or other priority groups.'),
 (CMB, 'council-guidance', 'wales', EI, ['wellbeing'], CMB_S, 'These benefits might include recruiting and training long term economically inactive persons as part of the workforce delivering the contract; working with local schools and colleges for work placements; offering appropriate training through apprenticeships or engage with local communities etc.'),
 (CMB, 'council-guidance', 'wales', MU, [], CMB_S, 'In any tender valued over £1million we must, as a minimum, apply, capture and record Community Benefits utilising the Welsh Government’s Community Benefits Measurement Tool.'),
 (BRD, 'council-guidance', E, EI, [], BRD_S + ': 1.1 Mandatory Social Value', 'All contracts over £100,000 are required to include at least one ‘Employment and Skills’ (e.g. apprenticeships, work placements and work experience) related measure.'),
 (TBS, 'council-guidance', E, MU, [], TBS_S, 'Please remember that if successful all Social Value offers you have submitted will be contractualised and form part of you overall delivery contract – you will be expected to provide regular updates on your social value delivery as part of your ongoing contract management process.'),
 (TBS, 'council-guidance', E, MU, [], TBS_S, 'Please ensure that any Social Value offers made relate directly to the contract being offered and do not include activity you would undertake regardless of winning this tender or not (e.g. general corporate social responsibility activities do not count – see tender guidance documents on how you can ‘attribute’ corporate social responsibility activities)'),
 (HAZ, 'award-question', S, CL, [], HAZ_S, 'Where a service involves the use of chemicals it is likely to be appropriate to ask tenderers how they will eliminate harmful emissions to the environment in the delivery of the contract, for example in an off-site laundry.'),
 (FMC, 'award-question', S, CL, [], FMC_S, 'Reduce travel / increase hybrid vehicles used: management of vehicle movements and emissions'),
 (FMC, 'award-question', S, CL, [], FMC_S, 'Utility spending (Electricity, Gas & Water) and uptake in renewable energy sources'),
 (FMC, 'award-question', S, CL, [], FMC_S, 'Sustainable sourcing of materials, products, parts & packaging i.e. timber, stone etc.'),
 (GLO, 'council-guidance', E, EI, [], GLO_S, 'Increasing local employment opportunities and job retention.'),
 (GLO, 'council-guidance', E, EI, [], GLO_S, 'Supporting disadvantaged groups, including long-term unemployed individuals and NEET young people, into work.'),
 (GLO, 'council-guidance', E, EI, [], GLO_S, 'Promoting apprenticeships and work placements for young people and adults.'),
 (GLO, 'council-guidance', E, EO, ['economic-inequality'], GLO_S, 'Encouraging organisations to be more inclusive in their recruitment and employment practices in order to attract more employees and support individuals with additional barriers.'),
 (GC15, 'itt-document', U, EI, [], GC15_S, 'New or retained jobs on the contract workforce in the relevant area that meet the criteria set out in MAC 1b, 1c and 1d'),
 (SUR, 'council-guidance', E, MU, [], SUR_S + ": Suppliers' questionnaire", "At the first stage of bidding for a contract, you will fill out a suppliers' questionnaire, in which we might ask for an example of when you have delivered social value successfully in the past."),
 (SUR, 'council-guidance', E, WB, [], SUR_S + ": Suppliers' questionnaire", 'Here we are looking for the way in which you tried to understand the needs and priorities of the community, built local partnerships, and came up with solutions that really made an impact.'),
 (SUR, 'council-guidance', E, MU, [], SUR_S + ": Suppliers' questionnaire", 'We would love to hear about activities or resource commitments that were particularly creative, or that had long-lasting impact, and where you clearly went above and beyond.'),
 (NIB, 'council-guidance', 'northern-ireland', EI, [], NIB_S + ': There are four themed areas, including:', 'increasing secure employment and skills'),
 (NIB, 'council-guidance', 'northern-ireland', EO, ['economic-inequality'], NIB_S + ': There are four themed areas, including:', 'building ethical and resilient supply chains'),
 (NIB, 'council-guidance', 'northern-ireland', CL, [], NIB_S + ': There are four themed areas, including:', 'delivering zero carbon'),
 (NIB, 'council-guidance', 'northern-ireland', WB, [], NIB_S + ': There are four themed areas, including:', 'promoting well-being'),
 (BEL, 'council-guidance', 'northern-ireland', EI, [], BEL_S, 'Increase the number of jobs in Belfast and create local employment opportunities for the long-term unemployed, economically inactive and other underrepresented groups in the labour market.'),
 (BEL, 'council-guidance', 'northern-ireland', WB, ['economic-inequality'], BEL_S, 'Raise the living standards and prosperity and enhance the wellbeing of local residents by promoting socially responsible criteria for our suppliers.'),
 (BEL, 'council-guidance', 'northern-ireland', CL, [], BEL_S, 'Promote environmental sustainability by, for example, implementing environmental improvements (aligned to our draft Resilience Strategy), supporting reductions in waste and carbon emissions, supporting energy efficiency, promoting and procuring the use of materials from renewable and sustainable sources within the Council and our supply chain (leading to, for example, reductions in disposable and single-use plastic items) etc.'),
 (BEL, 'council-guidance', 'northern-ireland', EO, [], BEL_S, 'Support fair and ethical trading in the supply chain (such as compliance Human Rights legislation and Modern Slavery Act), whilst expecting our suppliers, service providers and contractors to demonstrate a similar commitment.'),
 (BSN, 'council-guidance', 'northern-ireland', EI, [], BSN_S, 'work placements for people facing disadvantage'),
 (BSN, 'council-guidance', 'northern-ireland', EI, [], BSN_S, 'skills development for existing employees'),
 (BSN, 'council-guidance', 'northern-ireland', EI, [], BSN_S, 'opportunities for Social Enterprises/SME’s in the supply chain'),
 (BSN, 'council-guidance', 'northern-ireland', EO, [], BSN_S, 'initiatives which encourage fair work practices'),
 (BSN, 'council-guidance', 'northern-ireland', EI, [], BSN_S, 'business in education activities'),
 (BSN, 'council-guidance', 'northern-ireland', WB, ['economic-inequality'], BSN_S, 'digital inclusion projects.'),
 (VEV, 'award-question', S, CL, [], VEV_S, 'If  a service involves frequent deliveries or the movement of personnel around various sites it will involve a significant number of the supplier’s vehicles. It would therefore be appropriate to ask tenderers how they will minimise vehicle emissions in the delivery of the contract, for example in an off-site laundry contract or home-to-school transport.'),
 (ADE, 'award-question', S, CL, [], ADE_S, 'For example, evaluation of a bidder’s approach to assessing and managing risks relating to climate change so that it is clear whether they demonstrate an understanding of how to achieve the required outcomes.'),
 (BIO, 'award-question', S, CL, [], BIO_S, 'Where a service involves any of the following, it is likely to be appropriate to ask tenderers how they will minimise negative impacts and, where possible, enhance biodiversity:'),
 (NTH, 'council-guidance', E, MU, [], NTH_Q, 'Added social value'),
]
NEG = [
 (COM, 'award-question', S, COM_A, '‘Bidders are required to submit a method statement describing in a logical sequence exactly how the work will be carried out'),
 (MAT, 'award-question', S, MAT_A, 'Criteria should allow objective comparison of tenders, be published in advance in procurement documents and not discriminate / favour potential contractors.'),
 (EST, 'award-question', S, EST_A, 'Award criteria are used to determine which economic operator is best placed to deliver a contract.'),
 (EST, 'award-question', S, EST_A, 'The criteria should allow an unbiased comparison of tenders, be published in advance in the procurement documents and not discriminate against or favour potential contractors.'),
 (HS, 'award-question', S, HS_S, '‘In furtherance of the Scottish Government’s objective to realise Scotland’s full economic potential with more and better employment opportunities for our people, the contractor will be required to provide a risk assessment for the contracted services, including what resources will be allocated to manage the risks identified.’'),
 (HS, 'award-question', S, HS_S, '‘In the carrying out of this contract, the contractor will be required to [complete monthly risk assessment forms /provide evidence of insurance/of training provided].’'),
 (WC, 'award-question', S, WC_S, 'Technical specifications must relate to the characteristics of the particular work, supply or service being purchased, and not to the general capacities or qualities of the bidder.'),
 (CCS, 'itt-document', U, CCS_S, 'Before responding to any quality questions, make sure you have read this Attachment 2c Quality questionnaire which contains the requirement, response guidance, marking scheme and evaluation guidance for each quality question.'),
 (CCS, 'itt-document', U, CCS_S, 'Remember you must complete the questionnaire online in the eSourcing suite (technical envelope).'),
 (CCS, 'itt-document', U, CCS_S, 'You must not answer any of the questions by cross referencing other questions or other materials for example reports or information located on your website.'),
 (CCS, 'itt-document', U, CCS_S, 'You must achieve a minimum mark to proceed in the procurement.'),
 (CCS, 'itt-document', U, CCS_S + ': Table A - marking scheme and minimum mark for each question', 'Compliance with Contract Schedule 2.1 Services Description, Annex 1 Specification'),
 (AFC, 'itt-document', U, AFC_S, 'Bidders must complete Part 2 (Selection Questionnaire) and Part 3 (ITT Response Requirements).'),
 (AFC, 'itt-document', U, AFC_S, 'The Procurement is being carried out under the open procedure, subject to the Public Contracts Regulations 2015 (the "Regulations").'),
 (LCC, 'itt-document', E, LCC_S, 'Stage 1: Selection Evaluation Criteria – Acceptance/rejection of Tenderers based on business standing, financial standing, technical and professional ability.'),
 (LCC, 'itt-document', E, LCC_S, 'You must have a relevant licence/registration for the Category(s) you are applying for.'),
 (LCC, 'itt-document', E, LCC_S, 'Self-cleaning allows Tenderers to provide evidence that any breaches that may have occurred in the grounds for exclusion outlined in this document have now been rectified and measures have put in place to ensure compliance .'),
 (LGPS, 'itt-document', U, LGPS_S + ': Quality and Social Value Questions', 'Set maximum word counts for each question.'),
 (LGPS, 'itt-document', U, LGPS_S + ': Quality and Social Value Questions', 'Keep responses manageable and easy to evaluate - consider the impact response lengths will have on your ability to easily evaluate.'),
 (LGPS, 'itt-document', U, LGPS_S + ': Quality and Social Value Questions', 'Your questions will need to be tailored to your Specification of Requirements.'),
 (LGPS, 'itt-document', U, LGPS_S + ': Pricing Schedule', 'It is important to remember that the ceiling prices quoted are the maximum each service Provider can charge under the Framework.'),
 (ANF, 'award-question', S, ANF_S + ': Payment of at least the real Living Wage', 'Please note that bidders who fail to answer “Yes” to this question will not have their tender considered further or proceed to the Price/Quality ratio calculation.'),
 (ANF, 'award-question', S, ANF_S, 'The content of this model question may be adapted as appropriate to take account of your organisation’s terminology.'),
 (ANF, 'award-question', S, ANF_S + ': Payment of at least the real Living Wage', 'There are two rates of the real Living Wage: the UK wide rate and the London rate. The rates are announced annually by the Living Wage Foundation.'),
 (FWS, 'award-question', S, FWS_S, 'When developing the specification, a variety of expertise may be available to develop clear and precise requirements including subject matter experts, such as human resources colleagues, Equality and Diversity specialists, and trade union representatives, who could assist by drawing out specific Fair Work First criteria if this is appropriate to the contract.'),
 (SGA, 'award-question', S, SGA_S, '(Note: This question should be adapted to take account of the particular circumstances surrounding the goods, works or services being procured and to reflect those aspects of fair work practices which are relevant to the subject matter of the contract.)'),
 (ESTC, 'award-question', S, ESTC_S + ': Key contract information', 'total value of contract'),
 (ESTC, 'award-question', S, ESTC_S, 'Contractual requirement must be quantifiable and measurable; otherwise there is a risk that it may be unenforceable.'),
 (EST, 'award-question', S, EST_A, 'In some instances, a contracting authority may think there is scope to deliver community benefit requirements but, due to the capacity of the specific supplier market, it would be disproportionate to score community benefits at the award stage.'),
 (ESTS, 'award-question', S, ESTS_S, 'Specifications may require that the successful contractor adhere to relevant minimum training and/or qualification standards through the lifetime of the contract, and that staff involved in contract delivery will hold relevant training certificates appropriate to their role.'),
 (PJC, 'award-question', S, PJC_S + ': Quickfire Guide', 'You should ensure that any minimum standards are proportionate to the contract and are not overly onerous.'),
 (PJC, 'award-question', S, PJC_S + ': Quickfire Guide', 'For example if you require BS EN ISO 14001 you should accept any accredited independent third party certificate of compliance in accordance with the relevant criteria.'),
 (PJC, 'award-question', S, PJC_S, 'This could be done by including climate selection criteria into your Single Procurement Document (SPD) in question 4C7.'),
 (CHO, 'council-guidance', E, CHO_S, 'To approve the contract award procedure of an open invitation to tender advertised on the Council’s procurement website, Chest.'),
 (CHO, 'council-guidance', E, CHO_S, 'Tenders will be evaluated to establish the most economically advantageous tender based on 70% cost, 15% quality and 15% social value.'),
 (CMT, 'council-guidance', 'wales', CMT_S, 'Open - All eligible applicants are invited to tender in a one-stage procurement process.'),
 (CMT, 'council-guidance', 'wales', CMT_S, 'Restricted – A two-stage procedure. Any interested suppliers may submit a request to participate by completing a qualification assessment.'),
 (BRD, 'council-guidance', E, BRD_S + ': 1.2 Measures', 'Commissioners and procurers must select up to six measures (no more) for suppliers to respond to in their tenders.'),
 (BRD, 'council-guidance', E, BRD_S + ': 1.1 Mandatory Social Value', 'For those under £100,000 social value will be recommended but optional.'),
 (TBT, 'council-guidance', E, TBT_S, 'The Selection Questionnaire, covering grounds for mandatory and discretionary exclusion, economic and financial standing, technical and professional ability, compliance with relevant legislation;'),
 (TBT, 'council-guidance', E, TBT_S, 'The award questions, including pass/fail questions, method statements and technical questions;'),
 (TBT, 'council-guidance', E, TBT_S, 'Certificates and declarations, including conditions of tender confidentiality certificate, certificate of undertaking absence of collusion or canvassing and pricing schedule declaration;'),
 (TBT, 'council-guidance', E, 'Torbay Council: Tenders: To ensure that your bid is evaluated positively, you must:', 'Take account of any weightings that are applied to the questions in order to understand what are the important issues for us;'),
 (TBS, 'council-guidance', E, TBS_S, 'Do not leave your social value submission to the last minute!'),
 (HAZ, 'award-question', S, HAZ_S, 'Weightings must balance the quality, cost and outcomes required.'),
 (HAZ, 'award-question', S, HAZ_S, 'The scoring methodology, weightings and contract award criteria must be clearly defined in the procurement documents to ensure transparency of the process and a common understanding by all bidders of how tender responses will be evaluated and scored.'),
 (FLT, 'itt-document', E, FLT_S, 'Please ensure that all tender documents are completed and submitted in both electronic and hard copy formats.'),
 (FLT, 'itt-document', E, FLT_S, 'Each hard copy must have every priced page signed by the responsible individual.'),
 (FLT, 'itt-document', E, FLT_Q, 'TUPE may apply to one member of staff from the existing Grounds Maintenance Contractor.'),
 (FLT, 'itt-document', E, FLT_Q + ': MS3 – Integration of Services', 'Plans for aligning services such as grass cutting, inspections, pavilion cleaning, and sports bookings.'),
 (BAL, 'itt-document', E, BAL_S + ': Introduction', 'Any queries regarding the interpretation of any part of the contract documents should be in writing and addressed to the Parish Clerk by no later than one week before the closing date.'),
 (BAL, 'itt-document', E, BAL_S + ': Introduction', "The successful tender together with the Council's written acceptance shall form a binding agreement in the terms of the contract documents."),
 (BAL, 'itt-document', E, BAL_S + ': Purpose and scope of this ITT', 'These instructions are designed to ensure that all potential providers are given equal and fair consideration.'),
 (APH, 'itt-document', E, APH_S, 'The following scoring methodology shall be used for school schemes unless the Department for Education (DfE) otherwise agrees.'),
 (APH, 'itt-document', E, APH_S + ': Excellent response (10)', 'The response is clear, detailed, comprehensive and meets the requirements in answering all elements of the question, and the panel determines overall there are no missing details that would undermine confidence in the delivery of the contract, with no risks to the framework user evident.'),
 (APH, 'itt-document', E, APH_S + ': Poor response (2)', 'The response only partly addresses the question and the detail missing is significant or a significant part of the proposals are unsatisfactory, and the panel determines there is limited confidence in the response and the risk to the framework user is high.'),
 (APG, 'itt-document', E, APG_S + ': Price / quality split', 'Price will normally attract a maximum weighting of 40%, provided that this figure may be increased for a construct only scheme up to 100%'),
 (CRP, 'itt-document', U, CRP_S + ': Assessment methodology', 'Your response to the CRP questions will be assessed as Pass/Fail.'),
 (CRP, 'itt-document', U, CRP_S + ': Assessment methodology', 'If you Fail to meet this condition of participation, your tender will be disregarded. We will tell you that your tender has been disregarded and why.'),
 (CRP, 'itt-document', U, CRP_S + ': The bidder will pass if: They provide a CRP submitted and/or published to their website, which;', 'confirms their commitment to achieving Net Zero by 2050,'),
 (DOS7, 'itt-document', U, DOS7_S, "How you will develop strategic relationships with the buyer's stakeholders and your own supply chain, while identifying and implementing opportunities for improved ways of working throughout the duration of the call-off contract. Your response must clearly describe the tools and techniques you will use to effectively communicate with the buyer and other relevant parties to ensure satisfactory service delivery (in accordance with the requirements set out under part 5.7 of the Specification)."),
 (LGPS, 'itt-document', U, LGPS_S + ': Quality and Social Value Questions', 'Focus on fewer questions that focus on key differentiators.'),
 (LGPS, 'itt-document', U, LGPS_S + ': Quality and Social Value Questions', 'Avoid too many questions - this can mean some (if not all) questions have a very small percentage of the marks.'),
 (LGPS, 'itt-document', U, LGPS_S + ': Next Steps', 'Ensure all weightings are clearly defined and aligned with your priorities.'),
 (SUR, 'council-guidance', E, SUR_S + ': Invitation to tender', 'When we invite you to bid for a contract, we will ask a set of questions in a document called the invitation to tender.'),
 (SUR, 'council-guidance', E, SUR_S + ': Invitation to tender', 'There will be at least one question here about social value, and this will usually make up 10% of the total score available, although sometimes environmental sustainability is covered in a separate question, in which case this may be lower.'),
 (SUR, 'council-guidance', E, SUR_S + ': Early engagement', 'Staff from the council will first discuss social value at one of the market engagement events – this is an online or in-person session where you will learn more about the contract opportunity.'),
 (NIB, 'council-guidance', 'northern-ireland', NIB_S, 'The social value element makes up a minimum of 10% of the award criteria along with price and quality.'),
 (NIB, 'council-guidance', 'northern-ireland', NIB_S + ': The social value award criteria apply to:', 'construction contract tenders worth over £5.3m'),
 (NIB, 'council-guidance', 'northern-ireland', NIB_S + ': Tips for demonstrating social value: Before applying for a contract, you should:', 'be realistic and only make commitments you can deliver on'),
 (NIB, 'council-guidance', 'northern-ireland', NIB_S + ': Tips for demonstrating social value: Before applying for a contract, you should:', 'research the organisation that has advertised the tender opportunity to understand the social value requirements'),
 (BSN, 'council-guidance', 'northern-ireland', 'Buy Social NI: Contract Managers FAQs: What is Buy Social?', 'The Unit have dedicated Development Officers to assist with Construction, Services and ICT contracts.'),
 (NIA, 'council-guidance', 'northern-ireland', NIA_S, 'While the Assembly Commission is not required to comply with PPNs issued by the Department of Finance, the principles set out in PPN 01/21 remain strategically relevant to our procurement function.'),
 (VEV, 'award-question', S, VEV_S, 'Award criteria must be proportionate and relevant to the works, supplies or services that are the subject-matter of the contract,  there must be a clear methodology to evaluate responses.'),
 (ADE, 'award-question', S, ADE_S + ': When evaluating therefore:', 'Is it clear what an excellent response should look like?'),
 (BIO, 'award-question', S, BIO_S, 'Criteria must allow objective comparison of tenders and not discriminate against or favour potential contractors.'),
 (NTH, 'council-guidance', E, NTH_Q, 'Technical merit'),
 (NTH, 'council-guidance', E, NTH_Q, 'After sales services'),
 (NTH, 'council-guidance', E, NTH_Q, 'Delivery date, delivery period and period of completion'),
 (NTH, 'council-guidance', E, NTH_S, 'Tender submissions cannot be scored against criteria that are not listed in the tender documentation.'),
 (NTH, 'council-guidance', E, NTH_S + ': Price criteria', 'Whole life costs comprise of all costs to the trust of acquiring, owning, maintaining and disposing of goods, services or works.'),
 (SAL, 'council-guidance', E, SAL_S + ': Excellent (5)', 'A comprehensive response which demonstrates in-depth knowledge and understanding of the subject, detailed evidence, case studies and examples'),
 (SAL, 'council-guidance', E, SAL_S + ': Less than satisfactory (2)', 'Relevant but superficial and or failed to demonstrate experience'),
]
OGL_HOSTS = ('sustainableprocurementtools.scot', 'gov.scot', 'procurementjourney.scot', 'gov.uk')
batch = Batch('public-texts-49.jsonl')
def group_of(src):
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    return src
batch.emit_lists('pub49', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
