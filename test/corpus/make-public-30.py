"""Write /work/batches/public-texts-30.jsonl: batch 30, CENTRAL GOVERNMENT departments and agencies, arm's-length bodies,
TRANSPORT and UTILITIES: what the Ministry of Defence / DE&S, the Ministry of Justice, Network Rail, National Highways,
HS2, Transport for London and Transport Scotland publish about the social value, community benefits, fair work, ethical
sourcing and carbon reduction they ask of suppliers, with hard negatives from the same documents (evaluation mechanics
and scope of the social value policy, terminology, security of classified information, cyber work bought, quality and
pricing terms, award criteria other than social value, carbon standards, reporting tools, programme facts, and
descriptions of what is bought even where it is social or environmental: a prisoner training facility, a biodiversity
audit of the Environment Agency estate, decarbonisation regulatory support, a water benefit survey).

Sources (all read this session through the `search` tool, pages corpus), none of them already in the corpus:
- MoD / DE&S: the gov.uk GovBridge page "Social value in MoD Procurement"; Parliament written question UIN 7925 and the
  Parallel Parliament copies of questions 42236, 38085 and 284478; DE&S's Desider magazine (June 2023, two articles on
  issuu); Spend Matters on the Armed Forces Covenant PPN, and gov.uk PPN 008; gov.uk DSPCR guidance chapter 12
  (security of information); a Digital Marketplace opportunity of MOD Information Systems & Services (cyber); an MoD
  statement of requirements (upholstery, docslib) and a DE&S invitation to tender (body armour plates, paperzz).
- MoJ / HMPPS: Civil Service World on social value in the New Prisons Programme; d3tenders copies of the Prison
  Catering and Hospitality and HMP Academies notices.
- Environment Agency / Defra: d3tenders copies of the biodiversity audit, industrial decarbonisation support, water
  benefit model and cyber incident response notices (negatives only).
- Network Rail: Provision of Legal Services (bidatlas copy and Find a Tender notice), Supply of Steel Rail (bidatlas).
- National Highways: Delivering Social Value Annual Report 2023 page, its Carbon page, Thermal Road Repairs on its
  Social Value Plan, Proxima's interview with Malcolm Dare, Seedling on the SDF2 framework.
- HS2: hs2.org.uk jobs and skills / wider benefits pages and "Mind the skills gap", RAIL magazine on its Skills,
  Employment and Education Strategy, New Civil Engineer on direct employment, ECA Today on CO2nstruct Zero, the
  Cambridge CSIC carbon code case study of the London tunnels contract, SCCEU on supply chain carbon targets, HS2
  Learning Legacy on Phase One stations; and the Construction Leadership Council's 5 Client Carbon Commitments (signed
  by National Highways, Scottish Water and other infrastructure clients).
- TfL / GLA Group: Transport & Logistics (tandlonline) and Spend Matters on TfL's responsible procurement, the Dragon
  Awards case study, tfl.gov.uk Supplier Skills page, the TfL Ethical Sourcing Policy (docplayer), Action for Race
  Equality's TfL case study, the Procura+ GLA profile.
- Transport Scotland: Annual Procurement Reports 2022, 2022-23 and 2023-24 (community benefits summary and Appendix B).

Texts are verbatim; list bullets and paragraph numbers dropped, wrapped lines joined, an opening or closing quotation
mark left off where a quoted sentence is taken alone. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Crown copyright pages (gov.uk, transport.gov.scot, transportscotland.gov.uk,
Find a Tender, Digital Marketplace) and notice data are OGL v3; the rest (Parliament, TfL, companies, press) are short
quotations.

  cd /work/main && python3 test/corpus/make-public-30.py > /work/batches/public-texts-30.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

U, S = 'uk', 'scotland'

# --- Ministry of Defence / DE&S
GOVB = 'https://www.gov.uk/government/publications/unlocking-space-govbridge-resources/social-value-in-mod-procurement'
WQ = 'https://questions-statements.parliament.uk/written-questions/detail/2022-05-24/7925'
PP42 = 'https://parallelparliament.co.uk/question/42236/defence-procurement'
PP38 = 'https://parallelparliament.co.uk/question/38085'
PP28 = 'https://www.parallelparliament.co.uk/question/284478/ministry-of-defence-procurement'
DES1 = 'https://issuu.com/desider.des/docs/june_2023_desider_web_version/s/26556532'
DES2 = 'https://issuu.com/desider.des/docs/june_2023_desider_web_version/s/26556531'
SMC = 'https://spendmatters.com/uk/the-armed-forces-covenant-getting-government-suppliers-to-sign-up/'
PPN8 = 'https://gov.uk/government/publications/ppn-008-armed-forces-covenant/ppn-008-armed-forces-covenant-html'
DSP = ('https://Www.Gov.uk/government/publications/the-european-union-defence-and-security-public-contracts-regulations-'
       'dspcr-2011/dspcr-chapter-12-security-of-information')
CVI = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/8389'
UPH = 'https://docslib.org/doc/343958/statement-of-requirements-for-the-supply-of-upholstery-and-soft'
BAP = 'https://paperzz.com/doc/7069170/defform-158c---commercial-toolkit'
# --- Ministry of Justice / HMPPS
CSW = 'https://www.civilserviceworld.com/professions/article/driving-social-value-through-the-new-prisons-programme'
PCAT = 'https://d3tenders.com/contract/?ocid=ocds-b5fd17-e692b3ba-e9b1-44bd-8ba7-f595b4067643'
HMPA = 'https://d3tenders.com/contract/?ocid=ocds-b5fd17-0cd7167b-326d-40ab-97d6-e791112f4c86'
# --- Environment Agency / Defra notices
EAB = 'https://d3tenders.com/contract/?ocid=ocds-b5fd17-84fd21c6-b71b-4cb1-85a4-f83539a5bd72'
EAD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-044807'
EAW = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-044c59'
CIR = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-05d0ba'
# --- Network Rail
NRL = 'https://bidatlas.co.uk/tenders/011001-2025'
NRF = 'https://www.find-tender.service.gov.uk/Notice/011001-2025?origin=SearchResults&p=1'
NRS = 'https://bidatlas.co.uk/tenders/038983-2025'
# --- National Highways
NHA = 'https://nationalhighways.co.uk/about-us/social-value-and-national-highways/delivering-social-value-annual-report-2023/'
THR = 'https://www.thermalroadrepairs.com/measuring-social-value-for-national-highways/'
PRX = 'https://proximagroup.com/proxima-perspectives/delivering-social-value-and-catalysing-positive-change-an-interview-with-malcolm-dare/'
# --- HS2
HSJ = 'https://www.hs2.org.uk/building-hs2/jobs-skills/'
HSW = 'https://www.hs2.org.uk/why/wider-benefits/'
HSG = 'https://www.hs2.org.uk/what-is-hs2/mind-the-skills-gap'
RAIL = ('https://app-railmagazine-v2-prod-slot.azurewebsites.net/features/'
        'hs2-skills-employment-and-education-strategy-opening-up-new-opportunities')
NCE = 'https://www.newcivilengineer.com/direct-employment-enhances-contractors-hs2-chances/8689937.article'
# --- TfL / GLA Group
TAND = 'https://tandlonline.com/bus-coach/operators-bus-coach/tfl-manager-outlines-skills-gap-will-reduced'
SMT = 'https://spendmatters.com/uk/transport-for-london-responsible-supply-chains-examples/'
DRG = ('http://www.dragonawards.org.uk/case_studies/winners_videos/enterprise_and_employment_award/2016/'
       'transport_for_london.html')
TFS = 'https://tfl.gov.uk/info-for/suppliers-and-contractors/supplier-relations/supplier-skills'
ETH = 'https://docplayer.net/amp/14462375-Ethical-sourcing-policy.html'
AFR = 'https://actionforraceequality.org.uk/a-journey-to-inclusion/the-employer-case-studies/case-study-2'
PGL = 'https://procuraplus.org/public-authorities/greater-london-authority/'
# --- carbon asks of transport clients
NHC = 'https://nationalhighways.co.uk/our-work/environment/carbon'
SDF = 'https://www.seedling.earth/en-us/post/sdf2-carbon-requirements-carbon-reduction-plan-pas-2080'
ECA = 'https://www.ecatoday.co.uk/news/1941/HS2-signs-up-to-support-CO2nstruct-Zero'
CAM = ('https://www-smartinfrastructure.eng.cam.ac.uk/carbon-reduction-code/'
       'skanska-costain-strabg-joint-venture-scsjv-hs2-code-trial-case-study')
SCC = 'https://scceu.org/hs2-backs-incentives-over-penalties-for-supply-chain-to-hit-carbon-targets'
HLL = 'https://learninglegacy.hs2.org.uk/document/minimising-carbon-emissions-at-hs2-phase-one-stations/'
CLC = 'https://www.constructionleadershipcouncil.co.uk/5-carbon-client-commitments/'
# --- Transport Scotland annual procurement reports
TSA = ('http://transportscotland.gov.uk/publication/annual-procurement-report-2023-24/'
       'appendix-b-community-benefits-statistics-and-case-study')
TSS = 'http://transportscotland.gov.uk/publication/annual-procurement-report-2023-24/summary-of-community-benefits'
TS23 = 'https://www.transport.gov.scot/publication/annual-procurement-report-2022-23/summary-of-community-benefits/'
TS22 = 'https://www.transport.gov.scot/publication/annual-procurement-report-2022/summary-of-community-benefits/'

GOVB_S = 'Social value in MoD Procurement'
WQ_S = 'Army: Procurement (Question for Ministry of Defence, UIN 7925)'
PP42_S = 'Defence: Procurement (Question to the Cabinet Office, answered 9 April 2025)'
PP38_S = 'Question to the Ministry of Defence: applying social value into defence procurement'
PP28_S = 'Ministry of Defence: Procurement (answered 9 September 2019)'
DES1_S = 'Desider (DE&S), June 2023: The promise of social value in defence procurement'
DES2_S = 'Desider (DE&S), June 2023: START Talking'
SMC_S = 'The Armed Forces Covenant – Getting Government Suppliers To Sign-Up'
PPN8_S = 'PPN 008: Armed Forces Covenant'
DSP_S = 'DSPCR Chapter 12: security of information'
CVI_S = 'Cyber Vulnerability Investigations as a Service (CVIaaS) – Military Air Domain (Ministry of Defence, Information Systems & Services)'
UPH_S = 'Statement of Requirements for the supply of Upholstery and Soft Furnishings – MEDGS/0011'
BAP_S = 'DEFFORM 47ST: Single Source Invitation To Tender (ITT) Reference No. SSP/00099 (Defence Equipment and Support)'
CSW_S = 'Driving social value through the New Prisons Programme'
PCAT_S = 'PRISON CATERING AND HOSPITALITY (Ministry of Justice): Notice Description'
HMPA_S = 'HMP Academies (Ministry of Justice): Notice Description'
EAB_S = 'Undertaking a Biodiversity Audit of the Environment Agency Estate: Notice Description'
EAD_S = 'Industrial Decarbonisation Market Mechanisms Regulatory Support (Environment Agency)'
EAW_S = 'Updating our water benefit model (NWEBS) - phase three (Environment Agency): description'
CIR_S = 'Cyber Incident Response Partner Service (Defra Group): description'
NRL_S = 'Provision of Legal Services (Network Rail Infrastructure Limited)'
NRS_S = 'Supply of Steel Rail and Ancillary Services (Network Rail): Lot 2a Long and Short Rail Package and Ancillary Services'
NHA_S = 'National Highways: Delivering Social Value Annual Report 2023: Foreword'
THR_S = 'Measuring social value for National Highways'
PRX_S = 'Delivering social value and catalysing positive change: an interview with Malcolm Dare (National Highways): How do you define social value?'
HSJ_S = 'HS2: Jobs and skills'
HSW_S = 'HS2: The wider benefits: jobs and skills'
HSG_S = 'HS2: Mind the skills gap'
RAIL_S = 'HS2 Skills, Employment and Education strategy: Opening up new opportunities'
NCE_S = "Direct employment enhances contractors' HS2 chances"
TAND_S = 'TfL manager outlines how skills gap will be reduced'
SMT_S = 'Transport for London: Examples of Responsible Supply Chains'
SMT_7 = SMT_S + ': The programme stems from the Greater London Authority Group’s Responsible Procurement Policy, which has seven strands:'
SMT_B = SMT_S + ': Rudin laid out the benefits of responsible procurement:'
DRG_S = 'Transport for London for Supplier Skills Programme (Dragon Awards)'
TFS_S = 'Our Supplier Skills programme (TfL)'
ETH_S = 'TfL Ethical Sourcing Policy'
AFR_S = 'TfL case study: Making a difference through the Supply Chain'
PGL_S = 'Greater London Authority: SPP highlights (Procura+)'
NHC_S = 'National Highways: Carbon'
SDF_S = 'SDF2 Carbon Requirements: Carbon Reduction Plans and PAS 2080 for National Highways Suppliers: What is SDF2 (Scheme Delivery Framework 2)?'
ECA_S = 'HS2 signs up to support CO2nstruct Zero'
CAM_S = 'Carbon Reduction Code for the Built Environment Trial Case Study – HS2 Main Works Civils Contract S1 & S2 (London Tunnels)'
SCC_S = 'HS2 backs incentives over penalties for supply chain to hit carbon targets'
HLL_S = 'Minimising carbon emissions at HS2 Phase One Stations'
CLC_S = '5 Client Carbon Commitments (Construction Leadership Council; signed by National Highways, Scottish Water and others)'
CLC_L = CLC_S + ': Five-point plan to transition construction to net-zero: We will:'
CLC_1 = CLC_S + ': 1. Procure for low carbon construction and provide incentives in our contracts: An organisation must set the date by which:'
TSA_S = 'Transport Scotland Annual Procurement Report 2023-24: Appendix B - Community benefits statistics and case study'
TSA_L = TSA_S + ': Community benefits may include opportunities such as:'
TSS_S = 'Transport Scotland Annual Procurement Report 2023-24: Summary of community benefits'
TS23_S = 'Transport Scotland Annual Procurement Report 2022-23: Summary of community benefits'
TS23_L = TS23_S + ': In this reporting period, 14 regulated procurements contained community benefits requirements. These were:'
TS22_S = 'Transport Scotland Annual Procurement Report 2022: Summary of community benefits'
TS22_L = TS22_S + ': In this reporting period, three regulated procurements above the £4 million threshold contained community benefits requirements.'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # MoD / DE&S
 (DES1, 'defence-sv', U, MU, [], DES1_S, 'The MOD’s focus is on the themes of tackling economic inequality, fighting climate change and equal opportunity.'),
 (DES1, 'defence-sv', U, MU, [], DES1_S, 'Suppliers bidding for contracts are now judged not only on the standard metrics of quality, time and cost, but also on the additional benefits their work will bring within those themes.'),
 (DES2, 'defence-sv', U, MU, [], DES2_S, 'Benefits can range from creating new jobs and safeguarding essential skills in the UK workforce to improving the health and cohesion of a local community and supporting environmental protection and improvement.'),
 (SMC, 'defence-sv', U, EO, ['economic-inequality'], SMC_S, 'By signing up to the covenant suppliers must be proactive in supporting veterans, and service spouses/partners, by being flexible to their needs when recruiting and during employment.'),
 (SMC, 'defence-sv', U, WB, [], SMC_S, 'The covenant, which is non-binding, also encourages active participation in local and national activities such as Armed Forces Day and with local cadets'),
 # MoJ
 (CSW, 'justice-sv', U, MU, [], CSW_S + ': How did this project push boundaries? What made it different?', 'Social value was at the heart of our approach, worth 12% of the overall tender evaluation scores for the four new prisons.', {'weighting_percent': 12}),
 (CSW, 'justice-sv', U, MU, [], CSW_S + ': Can you tell us a little bit about the programme to create 20,000 new prison places?', 'When this programme began, we wanted to deliver prisons that were modern and fit for the future, but we also asked ourselves how we could maximise social value through these projects.'),
 # Network Rail
 (NRL, 'rail-notice', U, MU, [], NRL_S + ': Lots: Legal Services England & Wales', 'Lot 1 Award Criterion (quality): Social Value (10.2%)', {'weighting_percent': 10.2}),
 # National Highways
 (NHA, 'transport-sv', U, MU, [], NHA_S, 'We define social value as the benefits that we, along with our supply chain, deliver for people, the environment and the economy, creating positive change through the work we do.'),
 (THR, 'transport-sv', U, EI, ['equal-opportunity'], THR_S, 'Other more general goals that will be of interest to supply chain companies include increasing spend with smaller and more diverse organisations and contributing to employment and opportunities for under-represented people.'),
 (PRX, 'transport-sv', U, MU, [], PRX_S, 'This can take many forms – from creating wildlife habitats to employing veterans to help them get back on their feet.'),
 # HS2
 (HSW, 'transport-sv', U, EI, [], HSW_S, 'Our main contractors will be creating thousands of new jobs and opportunities for small and medium sized businesses.'),
 (HSW, 'transport-sv', U, EI, [], HSW_S + ': Leaving a lasting skills legacy', 'We will also work in partnership with our supply chain to engage young people, promoting transport infrastructure related careers by stimulating interest in science, technology, engineering and maths.'),
 (HSG, 'transport-sv', U, EI, [], HSG_S + ': An industry-leading approach', 'Working with Jobcentre Plus, local authorities, colleges and supply chain companies, the project has created clear pathways into work for people who might never have considered a career in construction.'),
 (HSG, 'transport-sv', U, EI, [], HSG_S + ': An industry-leading approach', 'The job brokerage model brings opportunities directly into communities, with recruitment hubs in areas of high deprivation and targeted training programmes designed with local employers.'),
 (RAIL, 'transport-sv', U, EI, [], RAIL_S, 'This strategy commits HS2 Ltd to such things as “promoting transport infrastructure-related careers and encouraging young people to choose STEM subjects”, and using “procurement levers to generate wide-ranging skills, employment and education outcomes” - including bringing about apprenticeships.'),
 (NCE, 'transport-sv', U, EO, ['economic-inequality'], NCE_S, 'We and our partners should be investing in the skills of our people so we are looking for strong records of employing and investing in people rather than hiring in people on a weekly basis on zero hours contracts.'),
 # TfL / GLA Group
 (TAND, 'transport-sv', U, EI, [], TAND_S, 'He said that Transport for London puts these requirement into its contracts to ensure that their suppliers create employment outcomes and skills as part of business dealings with them.'),
 (TAND, 'transport-sv', U, EI, [], TAND_S, 'Mr Rudin said that suppliers can choose from school engagement, work less job starts, apprenticeships, taster days and placement positions.'),
 (TAND, 'transport-sv', U, EI, [], TAND_S, 'He added that TfL requires its suppliers to create one SLNT output for every £1 million of contract spend in the consultancy or services type contract, or for every £3 million spend in infrastructure and construction.'),
 (TAND, 'transport-sv', U, EI, ['equal-opportunity'], TAND_S, 'Outcomes for employment are also linked to other TfL social targets, such as London’s youth unemployment and lack of representation with regard to genders and diversity.'),
 (DRG, 'transport-sv', U, EI, [], DRG_S, 'This includes contract requirements for suppliers to create skills and employment outcomes for disadvantaged Londoners as a condition of doing business with TfL.'),
 (TFS, 'transport-sv', U, EI, ['equal-opportunity'], TFS_S, 'They help suppliers to employ people with the right skills and focus on addressing under-representation in the industry.'),
 (SMT, 'transport-sv', U, EO, ['economic-inequality'], SMT_7, 'Equality and supplier diversity'),
 (SMT, 'transport-sv', U, MU, [], SMT_7, 'Community benefits'),
 (SMT, 'transport-sv', U, EI, [], SMT_7, 'Skills and employment'),
 (SMT, 'transport-sv', U, WB, ['equal-opportunity'], SMT_7, 'Workforce welfare'),
 (SMT, 'transport-sv', U, EO, [], SMT_7, 'Fair employment'),
 (SMT, 'transport-sv', U, EO, [], SMT_7, 'Ethical sourcing'),
 (SMT, 'transport-sv', U, CL, [], SMT_7, 'Environmental sustainability'),
 (SMT, 'transport-sv', U, EO, [], SMT_S, 'One initiative has been to support the introduction of the London Living Wage amongst certain contractors.'),
 (ETH, 'transport-sv', U, EO, [], ETH_S + ': 1.0 Policy Statement', 'Transport for London (TfL), pursuant to the Mayor s direction and delegation and the GLA Group Responsible Procurement Policy, will proactively work to ensure that all Goods, Works and Services it procures are sourced ethically.'),
 (ETH, 'transport-sv', U, EO, [], ETH_S + ': 1.0 Policy Statement', 'Within its obligations as a Best Value Authority, and in compliance with EU and UK legislation, TfL will conduct its procurement process in line with the Ethical Trading Initiative (ETI) Base Code.'),
 (AFR, 'transport-sv', U, EO, [], AFR_S, 'So, organisations seeking to work with TFL have to evidence their commitment to EDI against a set of requirements.'),
 (AFR, 'transport-sv', U, EO, [], AFR_S, 'For example, for larger contracts organisations need to provide an EDI Action Plan.'),
 (AFR, 'transport-sv', U, EO, [], AFR_S + ': New Interventions or Initiatives', 'TfL encourages its suppliers to use the Inclusive Employers Toolkit.'),
 (AFR, 'transport-sv', U, EO, [], AFR_S + ': New Interventions or Initiatives', 'TFL are also encouraging ethnicity pay gap reporting and gender pay gap reporting where it is not a mandatory requirement already.'),
 (PGL, 'transport-sv', U, EO, [], PGL_S, 'Supplier are required to accept fair terms of pay and over 4,700 workers in the GLA Group supply chain benefitted from the London Living Wage'),
 (PGL, 'transport-sv', U, EI, [], PGL_S, 'Over 6,000 supply chain apprenticeship starts since 2009 supported into employment, as a result of contractual requirements'),
 # carbon asks of transport clients (National Highways, HS2, CLC client commitments)
 (NHC, 'transport-carbon', U, CL, [], NHC_S + ': Net zero highways: It puts roads at the heart of Britain’s net zero future through three key commitments:', 'delivering net zero road maintenance and construction by 2040'),
 (NHC, 'transport-carbon', U, CL, [], NHC_S + ': Road projects: These will also help us identify and implement low carbon opportunities consistently at every stage throughout a project’s lifecycle, including:', 'net zero materials'),
 (NHC, 'transport-carbon', U, CL, [], NHC_S + ': Road projects: These will also help us identify and implement low carbon opportunities consistently at every stage throughout a project’s lifecycle, including:', 'low carbon construction methods'),
 (ECA, 'transport-carbon', U, CL, [], ECA_S, 'Through this programme it is driving industry change, as the first transport organisation to secure PAS 2080 accreditation and with its requirement for a 50 per cent reduction in carbon from its contractors.'),
 (CAM, 'transport-carbon', U, CL, [], CAM_S, 'HS2 Ltd has determined carbon reduction targets for all contracts.'),
 (CAM, 'transport-carbon', U, CL, [], CAM_S, 'For MWCC, this is set at -50% against the agreed baseline, representing the project as originally tendered.'),
 (SCC, 'transport-carbon', U, CL, [], SCC_S, 'Miller added that the body, which has been a regular target of environmental protests, is working closely with its procurement teams to ensure sustainability goals are met throughout its supply chain at the tendering stage.'),
 (HLL, 'transport-carbon', U, CL, [], HLL_S, 'Phase One stations are tasked with achieving net zero regulated emissions and a 50% reduction in whole-life carbon emissions against a baseline for a typical station.'),
 (CLC, 'transport-carbon', U, CL, [], CLC_L, 'Procure for low carbon construction and provide incentives in our contracts'),
 (CLC, 'transport-carbon', U, CL, [], CLC_L, 'Set phase out dates for fossil fuel use'),
 (CLC, 'transport-carbon', U, CL, [], CLC_L, 'Eliminate the most carbon intensive concrete products'),
 (CLC, 'transport-carbon', U, CL, [], CLC_L, 'Eliminate the most carbon intensive steel products'),
 (CLC, 'transport-carbon', U, CL, [], CLC_1, 'Low carbon construction will be part of the criteria for the awarding of its contracts'),
 (CLC, 'transport-carbon', U, CL, [], CLC_1, 'Incentives to reduce carbon emissions from construction will be included in new contracts'),
 # Transport Scotland
 (TSA, 'transport-sv', S, MU, [], TSA_S, 'There is a focus on the provision and delivery of community benefits as part of Transport Scotland’s contracts.'),
 (TSA, 'transport-sv', S, EI, [], TSA_L, 'generating employment and training opportunities for priority groups'),
 (TSA, 'transport-sv', S, EI, [], TSA_L, 'vocational training'),
 (TSA, 'transport-sv', S, EI, [], TSA_L, 'up-skilling of the existing workforce'),
 (TSA, 'transport-sv', S, EO, [], TSA_L, 'equality and diversity initiatives'),
 (TSA, 'transport-sv', S, EI, [], TSA_L, 'making sub-contracting opportunities available to SMEs, the third sector and supported businesses'),
 (TSA, 'transport-sv', S, EI, [], TSA_L, 'supply-chain development activities'),
 (TSA, 'transport-sv', S, WB, [], TSA_L, 'encouraging and developing capacity in community organisations'),
 (TSA, 'transport-sv', S, EI, [], TSA_L, 'educational support initiatives'),
 (TSA, 'transport-sv', S, EI, ['climate'], TSA_L, 'working with schools, colleges and universities to offer work experience, mentoring and curriculum development minimising negative environmental impacts, e.g. impacts associated with vehicle movements and/or associated emissions and impacts on protected areas, buildings or sites.'),
 (TSS, 'transport-sv', S, MU, [], TSS_S, 'Community benefits generated through Transport Scotland procurements can be a powerful catalyst to improving the economic, social and environmental wellbeing of communities.'),
 (TSS, 'transport-sv', S, MU, [], TSS_S, 'Transport Scotland aims to deliver community benefits as part of all regulated procurement activity and assists staff when assessing the potential to include community benefits in procurements.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (WQ, 'defence-sv', U, MU, [], WQ_S + ': Answer', 'To ensure that the taxpayer receives greater value from procurement decisions, the MOD Delivery Teams must ensure that the Model Award Criterion, identified within the Cabinet Office Social Value Model are relevant and proportionate to the procurement undertaken.'),
 (WQ, 'defence-sv', U, MU, [], WQ_S + ': Answer', 'The MOD Delivery Teams also have the ability to determine the appropriate weightings across the priority Social Value themes for larger procurement programmes and can use a weighting in excess of 10%, if deemed appropriate.'),
 (WQ, 'defence-sv', U, MU, [], WQ_S + ': Answer', 'Social Value is measured by use of standard reporting metrics set out in the Cabinet Office Social Value Model and Contractor proposed metrics.'),
 (PP42, 'defence-sv', U, MU, [], PP42_S, 'However, MOD delivery teams will have the flexibility to include Social Value criteria in defence and security or exempt contracts if relevant to the subject matter of the contract, proportionate, fair and non-discriminatory.'),
 (PP38, 'defence-sv', U, MU, [], PP38_S, 'MOD delivery teams currently have the option to apply either the previous or updated (as of March 2025) Cabinet Office Social Value Model, as part of a transition period until October 2025 when the new model will be mandated for procurements to which it is applied.'),
 (TSS, 'transport-sv', S, MU, [], TSS_S, 'The Procurement Reform (Scotland) Act 2014 stipulates that community benefits must be considered for all procurements greater than £4 million.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # MoD: GovBridge page (terminology, purpose)
 (GOVB, 'defence-sv', U, GOVB_S + ': 1. Summary', 'The content is derived from a presentation by specialists in procurement and social value, and is structured to support suppliers in understanding and responding to social value requirements in MoD tenders.'),
 (GOVB, 'defence-sv', U, GOVB_S + ': 2. Terminology', 'Social Input - The income and in-kind support into an organisation that is used to deliver the outputs'),
 (GOVB, 'defence-sv', U, GOVB_S + ': 2. Terminology', 'Local Value - The value created within a Community/Local Authority/IMD postcode area'),
 # MoD: parliamentary answers on how social value is applied (mechanics, scope)
 (PP28, 'defence-sv', U, PP28_S, 'To maximise UK economic benefits, the MOD uses the Treasury\'s Green Book framework when making investment decisions; this requires all assessments to be made on the basis of social value.'),
 (PP28, 'defence-sv', U, PP28_S, 'In competitive procurement, socio-economic factors can be used as criteria for awarding contracts providing they are relevant, proportionate and do not prejudice fair competition.'),
 (DES1, 'defence-sv', U, DES1_S, 'It faces a significant challenge to implement social value and apply the Model in way that is consistent and clearly communicated.'),
 (DES2, 'defence-sv', U, DES2_S, 'As of 5 May, DE&S had awarded 42 contracts with social value commitments in them (25 percent of the MOD total).'),
 (SMC, 'defence-sv', U, SMC_S, 'In the policy note, it is suggested that contracting authorities use some text (provided in the note) in tender documents.'),
 (PPN8, 'defence-sv', U, PPN8_S + ': Issue', 'This Procurement Policy Note (PPN) sets out guidance on how departments can encourage suppliers to sign the Covenant.'),
 # MoD: security of classified information, cyber work bought
 (DSP, 'defence-security', U, DSP_S + ': What is security of information?', 'By security of information, we mean the protection of all classified information, regardless of its form, during the contract award procedure and the resulting contract.'),
 (DSP, 'defence-security', U, DSP_S + ': What safeguards protect information?', 'Procurers and suppliers must adequately protect classified information at all times.'),
 (DSP, 'defence-security', U, DSP_S + ': What safeguards protect information?', 'The ability and reliability of suppliers and their subcontractors to meet their obligations to protect classified information is vital to the United Kingdom’s (UK’s) national security interests.'),
 (CVI, 'defence-security', U, CVI_S + ': About the work: Why the work is being done', 'The CVI Programme was established to help the MOD better understand cyber risks across all aspects of its systems.'),
 (CVI, 'defence-security', U, CVI_S + ': About the work: Why the work is being done', 'This work will identify the cyber risks and vulnerabilities of military platforms/systems and will ultimately help preserve MOD’s freedom of action.'),
 # MoD: requirements and tender terms
 (UPH, 'defence-tender', U, UPH_S + ': 1. Introduction', 'As well as timely delivery of the Articles to the Authority, the Contractor must endeavour to achieve reductions in Article and Service prices throughout the course of the Contract.'),
 (UPH, 'defence-tender', U, UPH_S + ': 2. Quality, Defects and Non-Conformance: Quality Assurance', 'The Contractor shall operate a Quality Management System certified to ISO 9001:2000 and the following requirements shall apply to work under the Contract:'),
 (BAP, 'defence-tender', U, BAP_S, 'The requirement is for the refurbishment of an estimated 3,500 Osprey body armour plates per year for a period of 4 years replacing an estimated 350 plates per year where they are assessed as beyond economical repair.'),
 # MoJ: programme and what is bought
 (CSW, 'justice-sv', U, CSW_S + ': Can you tell us a little bit about the programme to create 20,000 new prison places?', 'The Ministry of Justice’s New Prison Capacity Portfolio was established to deliver 20,000 additional prison places across England and Wales, with a £3.8 billion commitment in the 2021 Spending Review over the next three years.'),
 (PCAT, 'justice-notice', U, PCAT_S, 'Prison leavers who find employment after release are up to nine percentage points less likely to reoffend.'),
 (PCAT, 'justice-notice', U, PCAT_S, 'The Authority would like to assess the market interest and capability of delivering a Self-Funded facility within prisons.'),
 (PCAT, 'justice-notice', U, PCAT_S + ': The core elements of this would be:', 'A defined programme of learning that prepares the prisoners for work with the employer/s or with others after release.'),
 (PCAT, 'justice-notice', U, PCAT_S + ': The core elements of this would be:', 'A unique in-prison facility which resembles, as much as possible, the facility as it would be in the community.'),
 (HMPA, 'justice-notice', U, HMPA_S, 'The Authority is looking for suppliers to join a framework for HMP Academies.'),
 # Environment Agency / Defra notices
 (EAB, 'env-agency-notice', U, EAB_S, 'Nature recovery is a key part of the Environment Agency\'s (EA) business and a government priority.'),
 (EAB, 'env-agency-notice', U, EAB_S, 'Our estate comprises 17,309 ha (16,718 ha freehold, 591 ha leasehold) and is made up of a variety of habitat types.'),
 (EAD, 'env-agency-notice', U, EAD_S + ': Notice Description', 'The Environment Agency\'s Climate Change Trading and Regulatory Services Team (CCTRS) regulate and administer various UK Government and International climate change policies.'),
 (EAD, 'env-agency-notice', U, EAD_S + ': Lot 1 - (a), (b) and (c) - Business as usual', 'Determination of New Permits, Underlying Agreements, Registrations and Applications, Offsetting Obligations.'),
 (EAW, 'env-agency-notice', U, EAW_S, 'Environment Agency will undertake an England and Wales scale assessment of how society values the different aspects of water and scale of changes in the water environment.'),
 (CIR, 'env-agency-notice', U, CIR_S, 'To enable Defra Group to secure an NCSC assured (to the enhanced level) Cyber Incident Response (CIR) Partner capable of delivering expert-level reactive support in the event of a significant cyber security incident.'),
 # Network Rail
 (NRL, 'rail-notice', U, NRL_S + ': Description', 'Network Rail is procuring the supply of a full range of legal services to support the delivery of its objectives for the period from 1 April 2026 – 31st March 2031.'),
 (NRL, 'rail-notice', U, NRL_S + ': Lots: Legal Services England & Wales', 'Lot 1 Award Criterion (quality): Service Delivery (15%)', {'weighting_percent': 15}),
 (NRL, 'rail-notice', U, NRL_S + ': Lots: Legal Services England & Wales', 'Lot 1 Award Criterion (quality): Culture and Partnership Approach (10.8%)', {'weighting_percent': 10.8}),
 (NRL, 'rail-notice', U, NRL_S + ': Lots: Legal Services England & Wales', 'Lot 1 Award Criterion (price): Pricing Schedule (35%)', {'weighting_percent': 35}),
 (NRF, 'rail-notice', U, NRL_S + ': Scope: Contract dates (estimated): Description of possible extension', 'There are two extension options each of 1 year.'),
 (NRS, 'rail-notice', U, NRS_S, 'The Supplier shall provide rail in 108m or 216m rail lengths in 56E1 and 60E2 profiles and in both R260 grade and Premium grades.'),
 # National Highways
 (NHA, 'transport-sv', U, NHA_S, 'Key to our success is the embedment of our new Social Value Tool which we are using to capture all social value activity accomplished in every project we deliver.'),
 (THR, 'transport-sv', U, THR_S, 'Some of the earliest actions in the plan involve the authority’s suppliers: implementing a set of supply chain metrics and creating a social value reporting tool.'),
 # HS2
 (HSJ, 'transport-sv', U, HSJ_S + ': HS2 is happening – creating jobs already', 'At peak construction, over 30,000 people will be needed to design and build the railway.'),
 (HSW, 'transport-sv', U, HSW_S, 'Once operational, the network will need 3,000 new jobs spread across the country.'),
 # TfL / GLA Group
 (SMT, 'transport-sv', U, SMT_B, 'Helps manage reputation risk'),
 (DRG, 'transport-sv', U, DRG_S, 'In 2008 Transport for London (TfL) commissioned a study which highlighted severe skills shortages and a lack of diversity in the transport industry, with the average engineer being white, male and aged 57.'),
 (ETH, 'transport-sv', U, ETH_S + ': 2.0 Organisational Scope and Compliance', 'This Policy applies to all Employees, agents and consultants working for TfL.'),
 (ETH, 'transport-sv', U, ETH_S + ': 2.0 Organisational Scope and Compliance', 'TfL requires that agencies and consultancies make their Employees aware of this Policy and ensure that their Employees observe it when engaged in TfL contracts.'),
 (AFR, 'transport-sv', U, AFR_S, 'They work with around 64 suppliers and many providers are front facing and effectively are seen as the face of TfL so provision needs to consider carefully, behaviours and reputational risk in commissioning.'),
 (PGL, 'transport-sv', U, PGL_S, 'Modern Slavery Act 2015 compliance registers produced for each Functional Body to monitor key suppliers’ compliance with the transparency in supply chains requirements of the Act.'),
 # carbon: standards, the framework bought, project facts
 (NHC, 'transport-carbon', U, NHC_S + ': Publicly Available Specification (PAS) 2080 accreditation', 'PAS 2080 provides a consistent framework for evaluating and managing carbon across infrastructure.'),
 (NHC, 'transport-carbon', U, NHC_S + ': Publicly Available Specification (PAS) 2080 accreditation', 'It was developed by the Construction Leadership Council’s Green Construction Board with the British Standards Institute (BSI).'),
 (SDF, 'transport-carbon', U, SDF_S, 'SDF2 is National Highways’ next major framework for work on England’s Strategic Road Network (SRN) – the motorways and major A-roads.'),
 (SDF, 'transport-carbon', U, SDF_S, 'It builds on earlier frameworks (SDF and the Pavement Delivery Framework) and is set up to renew and maintain existing assets.'),
 (CAM, 'transport-carbon', U, CAM_S, 'The new line between London and Birmingham will run on 140 miles of dedicated track.'),
 (HLL, 'transport-carbon', U, HLL_S, 'The paper provides a learning legacy for the industry showing how setting ambitious targets and requirements for contractors can drive low carbon, sustainable design.'),
 # Transport Scotland
 (TSA, 'transport-sv', S, TSA_S, 'Key statistics of additional employment opportunities, sub-contracting and training provided reported by suppliers as being delivered through Transport Scotland’s contracts are shown in Table 3, followed by a case study from one of our contracts.'),
 (TS23, 'transport-sv', S, TS23_L, 'Scottish Trunk Road Network Management Contracts - North East Unit'),
 (TS23, 'transport-sv', S, TS23_L, 'Traffic Scotland Systems Contract - 2nd Generation (TSSC2)'),
 (TS23, 'transport-sv', S, TS23_L, 'A985 Kincardine Bridge Southern Piled Viaduct Replacement'),
 (TS22, 'transport-sv', S, TS22_L, 'Traffic Scotland Operations and Infrastructure Services Contract – Lot 1 Operations'),
]

OGL_HOSTS = ('gov.uk', 'transport.gov.scot', 'transportscotland.gov.uk', 'find-tender.service.gov.uk',
             'digitalmarketplace.service.gov.uk')
batch = Batch('public-texts-30.jsonl')




def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>`; the
    # Network Rail legal services record on bidatlas and Find a Tender is ocds-h6vhtk-04f821), the two Desider
    # articles of one issue, the hs2.org.uk jobs and skills pages sharing their wording, each Transport Scotland report.
    if (g := ocid_group(src)): return g
    if '011001-2025' in src: return 'ocds:ocds-h6vhtk-04f821'
    if 'desider.des' in src: return 'issuu.com/desider.des/june_2023'
    if src in (HSJ, HSW): return 'hs2.org.uk/jobs-and-skills'
    if 'annual-procurement-report-' in src:
        return 'transport.gov.scot/' + src.split('publication/')[1].split('/')[0]
    return src


batch.emit_lists('pub30', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
