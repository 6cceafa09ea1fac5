"""Write /work/batches/public-texts-24.jsonl: SCOTTISH, WELSH and NORTHERN IRISH public bodies' tender questions,
criteria and requirements on community benefits, Fair Work First, climate and social value, from bodies and documents
the corpus did not yet hold, with hard negatives from the same documents (what is bought, lots, insurance, Companies
House and credit checks, SPD/ESPD mechanics, price/quality ratios, accreditations held, evaluation mechanics, portal
registration, legal conditions and definitions).

Sources. Scotland: the Procurement Reform (Scotland) Act 2014 statutory guidance (gov.scot, chapters 4 and 5 on
community benefit and Fair Work First requirements), the Scottish procurement policy handbook's Fair Work First chapter,
the 2015 statutory guidance on fair work practices (guiding principles, purpose, definitions), the construction project
initiation handbook's community benefits chapter, the sustainable procurement duty impact analysis (chapter 2), the
Sustainable Procurement Tools pages on Fair Work First specification and policy context, SME pre-contract notification,
skills supplier selection, water policy context, and the Heat in Buildings national scheme and Scottish Government
facilities management case studies; Falkirk Council's Fair Work First page; the Glasgow City Region City Deal community
benefits page; Falkirk Council's window and door replacement notices (Find a Tender and PCS copies on d3tenders.com and
bidatlas.co.uk) and Letham Terrace notice. Wales: the Vale of Glamorgan
Council's 21st Century Schools community benefits page and its 2013 cabinet report on Penarth Learning Community
community benefits; an RCS award questionnaire on Sell2Wales (a wellbeing service bought: negatives); the Welsh
Government's Employability Support Programme notice (bidatlas.co.uk) and its Jobs Growth Wales+ evaluation notice on
Sell2Wales; Pembrokeshire County Council's How to Tender Guide. Northern Ireland: the Education Authority's social value
page, Social Value NI's home page and its Waterside Youth Centre and cleaning materials framework case studies; Education
Authority and Newry, Mourne and Down District Council notices (d3tenders.com copies; a Find a Tender notice).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown
copyright pages (gov.scot, sustainableprocurementtools.scot, find-tender, sell2wales notices) are OGL v3, notice data
copies carry the NOTICE_* strings, the rest are short quotations.

  python3 test/corpus/make-public-24.py > /work/batches/public-texts-24.jsonl
"""
from batch import Batch, host_licence, OGL, EI, CL, EO, WB, MU, ocid_group

S, W, N = 'scotland', 'wales', 'northern-ireland'

# --- Scotland ---
PRA = 'https://www.gov.scot/publications/procurement-reform-scotland-act-2014-statutory-guidance/pages/'
PRA4, PRA5 = PRA + '4/', 'http://www.gov.scot/publications/procurement-reform-scotland-act-2014-statutory-guidance/pages/5/'
HBK = 'https://www.gov.scot/publications/scottish-procurement-policy-handbook/pages/12/'
FWG = 'https://www.gov.scot/publications/statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-practices/pages/'
FWG2, FWG3, FWG10 = FWG + '2/', FWG + '3/', FWG + '10/'
PIH = 'https://www.gov.scot/publications/project-initiation-business-cases-handbook/pages/8/'
SPD2 = 'https://gov.scot/publications/analysis-impact-value-sustainable-procurement-duty-procurement-main-report/pages/2'
SPT = 'https://sustainableprocurementtools.scot/index.cfm/'
FWS = SPT + 'guidance/fair-work-practices/specification'
FWP = SPT + 'guidance/fair-work-practices/policy-and-legal-context/'
SME = SPT + 'guidance/employment-skills-and-training/smes-social-enterprises-supported-businesses-and-third-sector/pre-contract-notification'
SKS = SPT + 'guidance/employment-skills-and-training/skills-and-training/supplier-selection'
WAT = SPT + 'guidance/water-not-published/policy-and-legal-context'
HIB = SPT + 'case-studies1/heat-in-buildings-scotland-national-scheme/outcomes'
FMO = SPT + 'case-studies1/facilities-services-management/the-outcome'
FAL = 'https://www.falkirk.gov.uk/procurement/fair-work-first'
FAL_OLD = 'https://www.falkirk.gov.uk/services/council-democracy/policies-strategies/procurement/fair-work-first.aspx'
GCR = 'https://glasgowcityregion.co.uk/city-deal/benefits/city-deal-and-business/community-benefits'
FDN = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-05dfcf'
FBA = 'https://bidatlas.co.uk/tenders/rls-6-FEB550526'
LET = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000811597'
# --- Wales ---
V21 = 'https://www.valeofglamorgan.gov.uk/en/living/schools/schools_in_the_vale/21st-Century-Schools/21st-Century-Schools-Community-Benefits.aspx'
VPN = ('http://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/cabinet/'
       '2013/13-07-15/Penarth-Learning-Community---Delivery-of-Community-Benefits---Progress-Update..aspx')
RCS = 'https://www.sell2wales.gov.wales/Notice/Download/DocumentDownload.aspx?id=APR433686&idx=10'
ESP = 'https://bidatlas.co.uk/tenders/023472-2026'
JGW = 'https://www.sell2wales.gov.wales/search/search_switch.aspx?ID=119605'
PEM = 'https://cms.pembrokeshire.gov.uk/how-to-tender-guide/public-contract-regulations-2015-pcr'
PEM_OLD = 'https://cms.pembrokeshire.gov.uk/how-to-tender-guide/wellbeing-and-ethical-trading-in-the-supply-chain'
# --- Northern Ireland ---
EAS = 'https://www.eani.org.uk/procurement/social-value'
SVN = 'https://socialvalueni.org/'
SVW = 'https://socialvalueni.org/case-studies/waterside-youth-centre'
SVC = 'https://socialvalueni.org/case-studies/delivering-social-value-within-a-cleaning-material-framework'
BAL = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06c2d6'
NMD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06638d'
NRS = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-02c4de'
NPM = 'https://www.find-tender.service.gov.uk/Notice/083321-2025'
EAT = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-04555a'
EAI = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-033115'

PRA_S = 'Procurement Reform (Scotland) Act 2014: statutory guidance'
PRA4_S = PRA_S + ': 4. Community benefit requirements in procurement: 4.1. Introduction'
PRA4_L = PRA4_S + ': Community benefit requirements in procurement policy are outlined below:'
PRA5_S = PRA_S + ': 5. Fair Work First requirements in procurement: 5.1. Introduction'
HBK_S = 'Scottish procurement policy handbook: 12. Fair Work First'
HBK_C = HBK_S + ': Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:'
HBK_L = HBK_S + ': Payment of at least the real Living Wage: It is possible to require the real Living Wage to be paid to workers delivering public contracts where:'
FWG_S = 'Fair work practices and the award of public contracts : statutory guidance'
PIH_S = 'Construction procurement: project initiation and business cases handbook: Chapter 8: Community Benefits: 1. Overview'
SPD2_S = ('Sustainable procurement duty - impact and value analysis: main report: Chapter 2: Improving economic, social and '
          'environmental wellbeing through procurement and reducing inequality')
FWS_S = 'Sustainable Procurement Tools: Fair Work Practices: Specification'
FWP_S = 'Sustainable Procurement Tools: Fair Work Practices: Policy and Legal Context'
SME_S = 'Sustainable Procurement Tools: SMEs, social enterprises, supported businesses and third sector: Pre-contract notification'
SKS_S = 'Sustainable Procurement Tools: Skills and training: Supplier selection'
WAT_S = 'Sustainable Procurement Tools: Water: Policy and legal context'
HIB_S = 'Sustainable Procurement Tools: Case study: Heat in Buildings Scotland national scheme: Outcomes'
HIB_C = HIB_S + ': Key Climate Emergency commitments made by the appointed Service Provider included:'
HIB_B = HIB_S + ': Community Benefits: The successful Service Provider has committed to deliver the following minimum targets:'
HIB_F = HIB_S + ': Fair Work First: The successful Service Provider confirmed that:'
FMO_S = 'Sustainable Procurement Tools: Case study: Facilities services management: 3. The Outcome'
FMO_E = FMO_S + ': Environmental outcomes'
FAL_S = 'Falkirk Council: Procurement: Fair Work First'
GCR_S = 'Glasgow City Region City Deal: Community benefits'
FDN_S = 'Window & Door Replacements, Phase 2, Falkirk Council Area (Falkirk Council): selection criteria'
FBA_S = 'Window & Door Replacements, Phase 2, Falkirk Council Area (Falkirk Council): Lots: Central'
LET_S = 'Replacement Doors and Windows, Letham Terrace, Letham (Falkirk Council)'
V21_S = 'Vale of Glamorgan Council: 21st Century Schools Community Benefits'
V21_T = V21_S + ': What are community benefits and why do we deliver them?: Targets include;'
V21_B = V21_S + ': Examples of community benefits delivered in Band A'
VPN_S = 'Vale of Glamorgan Council cabinet report: Penarth Learning Community - Delivery of Community Benefits - Progress Update'
RCS_S = 'RCS IWS Supplier list: Award stage'
ESP_S = 'Employability Support Programme C008/2025/2026 (Welsh Government): Description'
JGW_S = 'Evaluation of Jobs Growth Wales+ (Welsh Government): contract notice: II.1.4) Short description'
PEM_S = 'Pembrokeshire County Council: How to Tender Guide: Public Contract Regulations 2015 (PCR)'
EAS_S = 'Education Authority: Procurement: Social Value'
EAS_L = EAS_S + ': Suppliers who take a proactive approach to delivering social value can contribute to their own corporate social responsibility, as well as delivering social value that benefits children and young people including:'
SVN_S = 'Social Value NI: home'
SVW_S = 'Social Value NI case study: Delivering Social Value – Waterside Youth Centre'
SVC_S = 'Social Value NI case study: Delivering Social Value within a Cleaning Material Framework'
BAL_S = 'Appointment of Integrated Supply Team for Ballyclare Primary School SEP (Education Authority NI): notice description'
NMD_S = 'ITT 09/2025 HRC Sites Collection, Recycling, Disposal of Waste Streams (Newry, Mourne and Down District Council)'
NRS_S = 'Collection and Processing of Road Sweeping Wastes from HRC Sites (Newry, Mourne and Down District Council): lot description'
NPM_S = '***PME*** HRC Collection and Recycling From Newry Mourne and Down District Council Sites: Scope'
EAT_S = 'FAE-24-001 Hand and Power Tools (Education Authority): description'
EAI_S = 'BSP-21-036 - ICT Projects Services Framework (Education Authority): description'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # Procurement Reform (Scotland) Act statutory guidance, chapters 4 and 5
 (PRA4, 'policy-guidance', S, MU, [], PRA4_L, 'there is a presumption that where there is an opportunity to deliver community benefits, appropriate requirements will be included in public contracts and framework agreements'),
 (PRA5, 'policy-guidance', S, EO, [], PRA5_S, 'By applying Fair Work First as part of the procurement process for contracts being awarded across the public sector, public procurement may attract economic operators who are likely to deliver a higher quality of service and have a positive impact on those workers engaged in the delivery of the contract.'),
 # Scottish procurement policy handbook: Fair Work First criteria
 (HBK, 'policy-guidance', S, EO, [], HBK_C, 'payment of at least the real Living Wage'),
 (HBK, 'policy-guidance', S, EO, [], HBK_C, 'provide appropriate channels for effective workers’ voice, such as trade union recognition'),
 (HBK, 'policy-guidance', S, EO, ['economic-inequality'], HBK_C, 'investment in workforce development'),
 (HBK, 'policy-guidance', S, EO, [], HBK_C, 'no inappropriate use of zero hours contracts'),
 (HBK, 'policy-guidance', S, EO, [], HBK_C, 'action to tackle the gender pay gap and create a more diverse and inclusive workplace'),
 (HBK, 'policy-guidance', S, EO, [], HBK_C, 'offer flexible and family friendly working practices for all workers from day one of employment'),
 (HBK, 'policy-guidance', S, EO, [], HBK_C, 'oppose the use of fire and rehire practice.'),
 # 2015 statutory guidance on fair work practices: guiding principles
 (FWG3, 'policy-guidance', S, EO, [], FWG_S + ': Guiding Principles', 'Fair and equal pay, including Living Wage, is a positive factor and one of the clearest ways in which a bidder can demonstrate that it adopts fair work practices.'),
 (FWG3, 'policy-guidance', S, EO, [], FWG_S + ': Guiding Principles', "Wherever fair work practices may be relevant to the quality of service or goods or delivery/performance of the contract, it is important that a bidder's approach to fair work practices is evaluated as part of the procurement exercise, both as it applies to the workforce that will perform the contract and any sub-contracting chain."),
 (FWG3, 'policy-guidance', S, EO, [], FWG_S + ': Guiding Principles', "An employer's fair work practices can have a direct impact on the quality of service it delivers and, sometimes, of the goods it supplies and works performed."),
 (FWG3, 'policy-guidance', S, EO, [], FWG_S + ': Guiding Principles', 'A contracting authority can contribute towards improving the social wellbeing element of its sustainable procurement duty under section 9 of the Procurement Reform (Scotland) Act 2014 ("the Act") by adopting policies to promote fair work practices in relevant public contracts.'),
 # Sustainable Procurement Tools: Fair Work First specification; SME pre-contract notification
 (FWS, 'policy-guidance', S, EO, [], FWS_S, 'Sustainability requirements including Fair Work First requirements should be incorporated into the specification.'),
 (FWS, 'policy-guidance', S, EO, [], FWS_S, 'Relevant Fair Work First requirements in the specification should be incorporated into the final contract terms.'),
 (SME, 'policy-guidance', S, EI, [], SME_S, 'In designing contracts to deliver opportunities for SMEs, social enterprises or supported businesses, early market engagement is important to identify the capacity of the market to deliver these.'),
 # sustainable procurement duty impact analysis
 (SPD2, 'policy-guidance', S, MU, [], SPD2_S + ': Community benefit requirements', 'Frequently, public bodies described ensuring improvements to the economic, social and environmental wellbeing of their area through the inclusion of community benefit requirements in contract specifications.'),
 # Heat in Buildings Scotland national scheme: commitments of the appointed service provider
 (HIB, 'case-study', S, CL, [], HIB_C, 'Becoming an accredited net zero carbon business by the end of 2025;'),
 (HIB, 'case-study', S, CL, [], HIB_C, 'Ensuring a 100% electric fleet by 2025 (50% by 2024);'),
 (HIB, 'case-study', S, CL, [], HIB_C, 'Eliminating the use of fossil fuels in their buildings by 2025;'),
 (HIB, 'case-study', S, CL, [], HIB_C, 'Measuring and reporting on all scope 3 emissions by 2025;'),
 (HIB, 'case-study', S, CL, [], HIB_C, 'Ensuring zero waste is sent to landfill by 2025.'),
 (HIB, 'case-study', S, CL, [], HIB_C, 'Supporting their supply chain to become net zero businesses by the end of the contract – thus providing full net zero delivery of scheme;'),
 (HIB, 'case-study', S, CL, [], HIB_C, 'Providing the Scottish Government with an annual carbon footprint report and offsetting any residual emissions generated until net zero is achieved; and'),
 (HIB, 'case-study', S, EI, [], HIB_S + ': Community Benefits', 'The successful Service Provider has committed to deliver the following minimum targets for employment, training, skills development and placement opportunities during the initial term of the contract:'),
 (HIB, 'case-study', S, EI, [], HIB_B, 'create 600 jobs;'),
 (HIB, 'case-study', S, EI, [], HIB_B, '210 work placements or work experience/job shadowing;'),
 (HIB, 'case-study', S, EI, [], HIB_B, '110 new modern apprentices;'),
 (HIB, 'case-study', S, EI, [], HIB_B, '16 graduate positions;'),
 (HIB, 'case-study', S, EI, [], HIB_B, '330 supply chain upskilling opportunities (with accredited certification).'),
 (HIB, 'case-study', S, EO, [], HIB_F, 'They commit to pay at least the real Living Wage to all staff involved in the delivery of the contract (including any agency or sub-contractor staff directly involved in delivery).'),
 # Scottish Government facilities management contract: outcomes
 (FMO, 'case-study', S, CL, [], FMO_E, 'Move to a fully electric fleet of vehicles to service this contract.'),
 (FMO, 'case-study', S, CL, [], FMO_E, 'The undertaking of energy reduction projects'),
 (FMO, 'case-study', S, CL, [], FMO_E, 'Protection and enhancement of biodiversity: assessment of main sites to develop an action plan in line with the government’s biodiversity improvement plan for those sites considered a priority'),
 (FMO, 'case-study', S, CL, [], FMO_E, 'Monitor and reduce waste: implement bin scales at the six larger sites, which would run alongside a detailed waste action plan for each.'),
 (FMO, 'case-study', S, CL, [], FMO_E, 'Support Scotland’s circular economy ambitions by use of an online portal which matches assets that are no longer needed to organisations who can reuse them, reducing waste to landfill and supporting the drive to reuse and recycle.'),
 (FMO, 'case-study', S, WB, [], FMO_E, 'Operation of a Social Value Bank, so that for every 36 hours worked by our operatives, they bank 30 minutes of volunteering time.'),
 # Falkirk Council Fair Work First page; Glasgow City Region
 (FAL, 'council-policy', S, EO, [], FAL_S + ': Living Wage', 'As such the Council is required to work with the supply chain to ensure that suppliers pay the Scottish Living Wage for those employees that work regularly on Council premises, ie for 2 or more hours a day, in any day of the week, for 8 or more consecutive weeks of the year.'),
 (GCR, 'council-policy', S, MU, [], GCR_S, 'Community benefits are a key element in maximising social, economic and environmental benefits through the City Deal programme.'),
 # Wales: Vale of Glamorgan 21st Century Schools community benefits; Penarth Learning Community report
 (V21, 'council-policy', W, MU, [], V21_S, 'As part of the programme to refurbish and build new schools, the construction contractors will collaborate with third and public sector projects to deliver a range of community benefits.'),
 (V21, 'council-policy', W, MU, [], V21_S + ': What are community benefits and why do we deliver them?', 'To achieve these wider programme aims, our appointed contractors are required to deliver on a range of community benefits targets.'),
 (V21, 'council-policy', W, EI, [], V21_T, 'Supporting small local businesses;'),
 (V21, 'council-policy', W, EI, [], V21_T, 'Training and upskilling new workforce entrants;'),
 (V21, 'council-policy', W, WB, ['economic-inequality'], V21_T, 'School STEM engagements; and'),
 (V21, 'council-policy', W, WB, [], V21_T, 'Wider community in-kind support'),
 (V21, 'council-policy', W, EI, [], V21_B, '15,637 weeks-worth of new entrant employment, apprenticeships, and training, helping more people get into work.'),
 (V21, 'council-policy', W, WB, [], V21_B, 'Supported local organisations with donations of equipment or labour, creating better community spaces.'),
 (VPN, 'council-policy', W, MU, [], VPN_S, 'The Welsh public sector will be expected to apply Community Benefits to all procurements where such benefits can be realised and apply a Measurement Tool to all contracts over £2 million.'),
 (VPN, 'council-policy', W, EI, [], VPN_S, 'In this respect, the incorporation of social benefits in public procurement contracts is helping to maximise the impact of public spending through the wider community benefits such as targeted recruitment and training (TRAT).'),
 # Northern Ireland: Education Authority social value page
 (EAS, 'public-body-policy', N, MU, [], EAS_S + ': Social Value Initiatives', 'Social Value can be met in many ways, and EA is piloting contractual clauses which focus on social value initiatives / activities that directly benefit our children and young people.'),
 (EAS, 'public-body-policy', N, MU, [], EAS_S, 'We have been working with the Strategic Investment Board (SIB), and internal Services to implement Social Value initiatives within contracts for the benefit of our children and young people.'),
 (EAS, 'public-body-policy', N, EI, [], EAS_L, 'wider and more resilient supply chains;'),
 (EAS, 'public-body-policy', N, EO, ['wellbeing'], EAS_L, 'a more diverse, healthy and engaged workforce;'),
 (EAS, 'public-body-policy', N, CL, [], EAS_L, 'perhaps more sustainable practices benefiting not only the environment, and'),
 # Social Value NI: case studies and home page
 (SVC, 'case-study', N, EI, [], SVC_S + ': Objectives', 'To help achieve these objectives and address the strategic aims, when re-tendering for this framework in 2021/2022, EA introduced social considerations within the contract whereby the Contractor(s) would be required to provide unwaged work experience placements for young people aged under 25 who are unemployed and face disadvantage in the labour market*.'),
 (SVC, 'case-study', N, EI, [], SVC_S + ': Objectives', 'In accordance with PPN 01/21, delivery of these social considerations is linked to invoiced spend, i.e. when the total invoiced value across all lots of the contract per Contractor is in excess of £100,000, the Contractor must provide two weeks of unwaged work placements for every £100,000 of invoiced spend (and pro-rata).'),
 (SVW, 'case-study', N, EI, [], SVW_S + ': Objectives', 'The initial procurement documents focused on delivering social value via employment opportunities.'),
 (SVW, 'case-study', N, MU, [], SVW_S, 'However, the Education Authority (EA) and Connolly & Fee Ltd (C&F) chose to voluntarily include meaningful social value, given the project was in an area of high social depravation.'),
 (SVN, 'public-body-policy', N, MU, [], SVN_S, 'Procurement Policy Note 01/21 was approved by the NI Executive. It commits to embedding social value in tenders, including by mandating that a minimum of 10% of the total award criteria is allocated to social value.', {'weighting_percent': 10}),
 (SVN, 'public-body-policy', N, EI, [], SVN_S, 'Social Value on public sector grounds maintenance contracts is supporting people who have been through the justice system to overcome barriers to employment'),
 (SVN, 'public-body-policy', N, EI, [], SVN_S, 'Social Value commitments on DAERA’s Graphic Design, Print and Website contract enable The Foundation build its relationship with Orchardville'),
 (SVN, 'public-body-policy', N, EO, ['climate'], SVN_S, 'Ensuring ethical and sustainable supply chains in the Sourcing of Timber Materials for Technology Departments in School'),
 (SVN, 'public-body-policy', N, WB, [], SVN_S, 'Social value delivery on DAERA’s Bird Monitoring contract includes knowledge sharing initiatives to engage the agricultural sector.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (PRA4, 'policy-guidance', S, MU, [], PRA4_S, 'Community benefit requirements will not be relevant and proportionate to all contracts and frameworks.'),
 (PIH, 'policy-guidance', S, MU, [], PIH_S, 'Under the Procurement Reform (Scotland) Act 2014 all public sector contracting authorities are required to consider including community benefit requirements for all regulated procurements where the estimated value of the contract is at least £4 million.'),
 (SVW, 'case-study', N, MU, [], SVW_S, 'This is why a points-based approach to social value was selected and a target of 263 points was agreed.'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # Procurement Reform (Scotland) Act statutory guidance
 (PRA4, 'policy-guidance', S, PRA4_S, 'These requirements must be compatible with the procurement principles, equal treatment and non- discrimination and transparency and proportionality.'),
 (PRA4, 'policy-guidance', S, PRA4_L, 'contract or framework suitability and capacity needs to be addressed on a case-by-case basis – value, duration, local factors and the nature of the supply base will all have an impact'),
 (PRA5, 'policy-guidance', S, PRA5_S, 'This chapter replaces the Statutory Guidance on the Selection of Tenderers and Award of Contracts: Addressing Fair Work Practices, including the real Living Wage, in Procurement that was published on 6 October 2015.'),
 # policy handbook; 2015 statutory guidance
 (HBK, 'policy-guidance', S, HBK_S + ': Payment of at least the real Living Wage', 'The Scottish Government promotes payment of at least the real Living Wage as the minimum rate for everyone in paid work; this is not the same as the statutory National Minimum Wage and National Living Wage that are set by the UK Government.'),
 (HBK, 'policy-guidance', S, HBK_L, 'it does not discriminate amongst potential bidders under international treaty obligations'),
 (HBK, 'policy-guidance', S, HBK_L, 'the contract will be delivered by workers based in the UK.'),
 (FWG3, 'policy-guidance', S, FWG_S + ': Guiding Principles', "Consideration of a bidder's approach to fair work practices must be a proportionate one, based on the nature, scope, size and place of the performance of the contract."),
 (FWG2, 'policy-guidance', S, FWG_S + ': Purpose of this statutory guidance', 'This statutory guidance describes what is required of contracting authorities, when undertaking regulated procurements, to address fair work practices, including the Living Wage.'),
 (FWG10, 'policy-guidance', S, FWG_S + ': Annex B Definitions: The " Living Wage" is-', 'a rate of pay which is sufficient to ensure that the recipient may enjoy an acceptable standard of living. The rate will be different for different places reflecting different costs of living.'),
 # Sustainable Procurement Tools pages; impact analysis
 (FWS, 'policy-guidance', S, FWS_S, 'When developing the specification, a variety of expertise may be available to develop clear and precise requirements including subject matter experts, such as human resources colleagues, Equality and Diversity specialists, and trade union representatives, who could assist by drawing out specific Fair Work First criteria if this is appropriate to the contract.'),
 (FWP, 'policy-guidance', S, FWP_S + ': National Performance Framework', 'Implementing and promoting Fair Work First and wider fair work practices is one of the ways in which a public body can contribute towards the delivery of the National Outcomes and Indicators within Scotland’s National Performance Framework.'),
 (FWP, 'policy-guidance', S, FWP_S + ': National Performance Framework: The National Outcomes relevant to Fair Work First are:', 'Fair Work and Business: We have thriving and innovative businesses, with quality jobs and fair work for everyone'),
 (SME, 'policy-guidance', S, SME_S, 'A contracting authority must explain the decision not to sub-divide procurements subject to The Public Contracts (Scotland) Regulations 2015 into lots.'),
 (SKS, 'policy-guidance', S, SKS_S, 'Selection criteria are concerned with the capability and capacity of an economic operator to deliver the contract.'),
 (SKS, 'policy-guidance', S, SKS_S, 'The SPD consists of a fixed set of questions that allows bidders to self-declare whether they meet the exclusion and selection criteria.'),
 (SKS, 'policy-guidance', S, SKS_S, 'Buyers must issue an SPD for procurement exercises over the threshold (route 3) and it is recommended that it is also used for all route 2 procurements.'),
 (WAT, 'policy-guidance', S, WAT_S, 'Scottish Water has a mandate to encourage the specification of improved water efficiency measures within dwellings.'),
 (SPD2, 'policy-guidance', S, SPD2_S, 'In this chapter, we examine the extent to which these requirements within the Duty are being met by public bodies, informed by: analysis of annual procurement reports submitted by public bodies, a survey of public bodies and in-depth interviews with individuals from selected organisations.'),
 # case studies: accreditations held, the award itself
 (HIB, 'case-study', S, HIB_F, 'They hold Living Wage accreditation;'),
 (HIB, 'case-study', S, HIB_F, 'They hold Investor in Young People accreditation.'),
 # Falkirk Council Fair Work First page; Glasgow City Region
 (FAL, 'council-policy', S, FAL_S + ': Living Wage', 'The Living Wage is independently calculated in November each year based on what employees and their families need to live.'),
 (FAL, 'council-policy', S, FAL_S + ': Living Wage', 'Employers choose to pay the real Living Wage on a voluntary basis.'),
 (FAL, 'council-policy', S, FAL_S + ': Living Wage', 'Falkirk Council is an accredited Living Wage employer.'),
 (GCR, 'council-policy', S, GCR_S, 'As part of this ambition, the partners introduced a bespoke IT system pilot, Cenefits, in April 2019 which collates information on all eight partners’ contracts and community benefits, enabling better analysis, management and reporting.'),
 # Falkirk Council notices
 (FDN, 'notice', S, FDN_S, 'It is a requirement of this tender that if the bidder is UK based they must hold a valid registration with Companies House.'),
 (FDN, 'notice', S, FDN_S, 'It is a requirement of this contract that bidders hold, or can commit to obtain prior to the commence of any subsequently awarded contract, the types and levels of insurance indicated below:'),
 (FDN, 'notice', S, FDN_S, "Where the resulting Credit Rating score is less than 30/100 the bidder may be excluded from the tender process unless suitable financial information is provided that gives satisfactory assurances to the Council regarding financial risk in appointing the bidder to the contract"),
 (FDN, 'notice', S, FDN_S, 'Please provide a separate SPD response (Sections A and B of Part II and Part III) for each subcontractor.'),
 (FBA, 'notice', S, FBA_S, 'Falkirk Council is seeking to procure works from contractors who are suitably qualified and experienced in the supply and installation of doors, windows & related components including minor builders work, minor repair, plasterwork, render, cills, trims or maintenance associated during replacements.'),
 (LET, 'notice', S, LET_S + ': Lot 1', 'The tender will be assessed on a price/ quality basis (80%/ 20%).'),
 (LET, 'notice', S, LET_S + ': Lot 1', 'A performance bond to the value of 10% of the contract value will not be required.'),
 (LET, 'notice', S, LET_S + ': Notice Description', 'Removal of existing windows and doors and replacement with new to 21 domestic properties'),
 # Wales: Vale of Glamorgan report; RCS award questionnaire (a wellbeing service bought)
 (VPN, 'council-policy', W, VPN_S + ': Purpose of the Report', 'To provide Scrutiny Members with information relating to the delivery of Community Benefits on the Penarth Learning Community Project.'),
 (V21, 'council-policy', W, V21_S + ': What are community benefits and why do we deliver them?', 'The targets are set as part of the procurement process and are consistently higher than the minimum required by Welsh Government.'),
 (RCS, 'itt-questionnaire', W, RCS_S, 'You must complete an Award questionnaire for each LOT you wish to apply for'),
 (RCS, 'itt-questionnaire', W, RCS_S + ': 2.1 What type of therapy / intervention can you / your organisation deliver?', 'Please confirm which services you are able to provide and applying for with this award questionnaire.'),
 (RCS, 'itt-questionnaire', W, RCS_S + ': 2.2 Support offered: Requirement', 'RCS promotes a holistic approach to supporting employees with work limiting health conditions to return to employment from sickness absence, and to improving personal wellbeing and effectiveness in work.'),
 (RCS, 'itt-questionnaire', W, RCS_S + ': 2.2 Support offered', 'Please describe how you ensure your support is work focussed and how you will equip clients to sustain their own wellbeing once they have left your support.', {'limit_words': 800}),
 (RCS, 'itt-questionnaire', W, RCS_S + ': 2.3 Communication: Requirement', 'It is essential that our therapy providers maintain positive and timely communications with our case coordinators and client administrators to ensure clients receive a seamless and holistic service.'),
 (RCS, 'itt-questionnaire', W, RCS_S + ': 2.3 Communication', 'Please outline how you will work with the case workers / RCS to ensure that the client receives a seamless service.', {'limit_words': 800}),
 # Welsh Government notices: employability bought as the service
 (ESP, 'notice', W, ESP_S, 'Welsh Government is procuring Employability Support Programme services (“the Programme”) an initiative designed to support people in Wales to move closer to employment and into sustainable work.'),
 (ESP, 'notice', W, ESP_S, 'The Programme will deliver targeted, high-impact, person-centred employability support, ensuring that people regardless of their background can thrive in Wales’s evolving dynamic economy.'),
 (ESP, 'notice', W, ESP_S, 'Improving the employment prospects for economically inactive people, particularly those most at risk of disadvantage in the labour market.'),
 (JGW, 'notice', W, JGW_S, 'One of these wellbeing objectives is to build an economy based on the principles of fair work, sustainability and the industries and services of the future.'),
 (JGW, 'notice', W, JGW_S, 'Currently Welsh Government are delivering a number of employability programmes which are due to end in March 2022.'),
 # Pembrokeshire How to Tender Guide
 (PEM, 'council-policy', W, PEM_S, 'All procurement opportunities offered by Welsh Government are also published on Sell2Wales (opens in new tab).'),
 (PEM, 'council-policy', W, PEM_S, 'The Council encourages all suppliers to register on the Sell2Wales website.'),
 # Northern Ireland: Education Authority page; Social Value NI case studies
 (EAS, 'public-body-policy', N, EAS_S, 'Annually the Education Authority (EA) establishes contracts worth approximately £354.64m, the majority of which are on behalf of schools and other educational establishments within Northern Ireland.'),
 (EAS, 'public-body-policy', N, EAS_L, 'have the potential to make financial savings for suppliers who adapt these initiatives as part of their wider operations.'),
 (SVW, 'case-study', N, SVW_S, 'The project for the construction of the new Waterside Youth Centre (WYC) saw the demolition of the existing youth club and delivery of associated site works, at a contract value of £2.6m.'),
 (SVW, 'case-study', N, SVW_S, 'The PPN did not apply to this contract as it was below threshold.'),
 (SVC, 'case-study', N, SVC_S + ': Introduction', 'On average, Education Authority (EA) spends circa £1M on cleaning materials, catering services hygiene products and personal protective equipment (PPE), with deliveries to over 1,200 schools across the region.'),
 (SVN, 'public-body-policy', N, SVN_S, 'This website offers the public, private and VCSE sectors a suite of bespoke resources, training modules and model procurement documentation to ensure consistency of approach while allowing public bodies, and their suppliers, to retain flexibility in the delivery of the 4 social value themes:'),
 # Northern Ireland notices: what is bought
 (BAL, 'notice', N, BAL_S, 'The project includes the demolition of existing school buildings and the construction of a new 9 classroom extension with all associated site works'),
 (NMD, 'notice', N, NMD_S + ': Notice Description', 'The contract will initially be awarded for 3 years with the option to extend by up to two 12-month periods at the sole discretion of the Council.'),
 (NMD, 'notice', N, NMD_S + ': Lot Information: Cardboard A', 'It is envisaged that while there be an initial cost there will be a credit to the council hence why zero cost.'),
 (NRS, 'notice', N, NRS_S, 'The Council will work with the appointed Contractor to maximise recycling and landfill diversion rates.'),
 (NRS, 'notice', N, NRS_S, 'Disposal of liquid wastes to Landfill is prohibited under the EC Landfill Directive 1999/31/EC.'),
 (NPM, 'notice', N, NPM_S, 'Please complete and upload the attached PME document by the deadline date.'),
 (EAT, 'notice', N, EAT_S, 'This framework agreement is not intended to replace any current contracts/framework agreements that participating or non-participating institutions may already have in place.'),
 (EAI, 'notice', N, EAI_S, 'EA invites tenders for the provision of ICT Projects Services Framework, for a 4 year framework agreement on an as and when required basis.'),
]

OGL_HOSTS = ('gov.scot', 'sustainableprocurementtools.scot', 'find-tender.service.gov.uk')


def licence_of(src):
    if src == JGW: return OGL  # a Sell2Wales contract notice of the Welsh Government
    return host_licence(src, OGL_HOSTS)


batch = Batch('public-texts-24.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; pages of one publication or one site sharing template wording
    # share the group already used for it (statutory guidance chapters, Sustainable Procurement Tools, Social Value NI,
    # Falkirk's and Pembrokeshire's procurement pages); each notice is one group (`ocds:<ocid>` where known).
    if src.startswith(PRA) or src.startswith('http://www.gov.scot/publications/procurement-reform-scotland-act-2014'):
        return batch.group_of_source.get('https://gov.scot/publications/procurement-reform-scotland-act-2014-statutory-guidance/pages/8', PRA)
    if src.startswith(FWG): return batch.group_of_source.get(FWG + '9/', FWG)
    if src.startswith(SPT): return 'sustainableprocurementtools.scot'
    if 'socialvalueni.org' in src: return 'buysocialni.org'
    if src == FAL: return batch.group_of_source.get(FAL_OLD, FAL_OLD)
    if src == PEM: return batch.group_of_source.get(PEM_OLD, PEM_OLD)
    if src in (FDN, FBA): return 'ocds:ocds-r6ebe6-0000824516'  # Falkirk Phase 2: one tender (PCS FEB550526 and its FTS copy)
    if (g := ocid_group(src)): return g
    if src == ESP: return 'fts:023472-2026'
    return src


assert all(j in (S, W, N) for _, _, j, *_ in R + NEG)
batch.emit_lists('pub24', R, NEG, group_of, licence_of)
