"""Write /work/batches/public-texts-61.jsonl: batch 69, short MEASURE-LINE and QUESTIONNAIRE-FIELD texts: the social
value / community benefit lines buyers publish as menu items, targets, priority groups, measures and reported outputs
(English councils and combined authorities, a housing framework body, Northern Ireland's social clauses, the UK
government's apprenticeships policy, Scottish Fair Work First and community wishes), with hard negatives of the same
short shape: service KPIs and repair response standards, KPI guidance and KPI report metrics, grant-funded regeneration
output indicators, selection / pre-qualification questionnaire fields and guidance (insurance, turnover, registration,
sub-contracting, previous experience, exclusion grounds), procurement specific questionnaire notes, a notice describing
what is bought, apprenticeship training bought as the service, and text about portals, tools, officers and reporting.

Sources (new to the corpus as documents): the Northern Ireland Assembly archive's 2011 written ministerial statement on
social clauses; Liverpool City Region Combined Authority's news item on its social value framework and its framework
page; Lewes District Council's corporate plan page; Wealden District Council's East Sussex Procurement Hub social value
page; Bradford Council's Social Value KPIs overview; GOV.UK's news story on apprenticeship policy guidance; London
Councils' apprenticeships-through-procurement page; Efficiency North's local impact page; the Procurement Hub's Major Projects Framework 2 page on its social
responsibility commitments; Lewisham Homes' social value
plan page; Dundee West End's item on Dundee's Community Wishes; localism.nz's case study of the Greater Manchester social
value procurement framework; the Global Deal case study and West of Scotland Housing Association's page on Fair Work
First; negatives from Ealing Council's repairs service standard, Halo Housing's repairs commitment, Battersea Fields'
repair timetable, Rooftop Housing's service standards, Welwyn Hatfield's repairs policy, APUC's KPI guidance,
procurementtemplates.co.uk's KPI report metrics, the Welsh Government's Vibrant and Viable Places indicator definitions
(vdocuments copy), Denbighshire County Council's health and safety PQQ guidance notes (docslib copy), WPPN 002 on the
Wales Procurement Specific Questionnaire (gov.wales), FELP's selection questionnaire page, Best Practice Bids on SQs,
the Community First evaluation selection questionnaire (paperzz copy), Brentwood's and Bracknell Forest's PQQs
(docplayer / vdocuments copies), the Cabinet Office supplier registration FAQ, Risk Ledger's environmental policy
question, Salford City Council's apprenticeship procurement decision, a Highland Council trade services framework
notice (government-online.net copy), Manchester City Council's decision on social value KPIs and East Sussex County
Council's social value policy and scrutiny review.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and question
numbers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Crown copyright pages (gov.uk, gov.wales, the Cabinet Office's supplier
registration site) are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-61.py > /work/batches/public-texts-61.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, S, W, N


# social value sources
NIA = 'https://archive.niassembly.gov.uk/record/wms2010/110322wms01.htm'
LCRN = ('https://www.liverpoolcityregion-ca.gov.uk/news/local-jobs-tackling-inequality-and-combatting-the-climate-'
        'crisis-at-the-heart-of-new-liverpool-city-region-social-value-framework')
LCRF = 'https://www.liverpoolcityregion-ca.gov.uk/social-value-framework'
LEW = 'https://lewes-eastbourne.gov.uk/article/2803/Community-wealth-and-wellbeing'
WEA = ('https://wealden.gov.uk/transparency-spending-and-performance/transparency/procurement-selling-to-wealden-'
       'district-council/the-east-sussex-procurement-hub/social-value')
BRK = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-kpis-overview/'
APP = 'https://www.gov.uk/government/news/new-policy-guidance-on-apprenticeships'
LDC = ('https://www.londoncouncils.gov.uk/our-key-themes/economic-development/apprenticeships/making-it-happen/'
       'apprenticeships-through')
EFN = 'https://efficiencynorth.org/procure/social-value/local-impact'
LWH = 'https://www.lewishamhomes.org.uk/social-value-plan-and-supporting-metrics/'
DWE = 'http://dundeewestend.com/2024/08/community-wishes.html'
MPF = 'https://procurementhub.co.uk/mpf2/about-mpf2/key-benefits/socially-responsible/'
LNZ = 'https://localism.nz/localism-case-studies/greater-manchester-social-value-procurement-framework'
GDL = 'https://flagship-report.theglobaldeal.com/case-study/promoting-fair-work-practices-in-scotland'
WSH = 'https://wsha.org.uk/fair-work-first/'
# negatives: KPIs, service standards, indicators
EAL = 'https://www.ealing.gov.uk/info/201346/service_standards/3535/repairs_service_standard'
HAL = 'https://halohousing.co.uk/repairs-commitment/'
BAT = 'https://batterseafields.co.uk/index.php/repair-timetable/'
ROO = 'https://www.rooftopgroup.org/corporate/quality-and-performance/rooftop-respects-your-home/'
WEL = 'https://www.welhat.gov.uk/policies/repairs-maintenance-policy/23'
APU = 'https://www.apuc-scot.ac.uk/?p=kpis'
PTK = 'https://procurementtemplates.co.uk/kpi-report-metrics'
VVP = ('https://vdocuments.us/download/vibrant-and-viable-places-indicator-definitions-march-reports-vibrant-'
       'and.html')
# negatives: selection / pre-qualification questionnaires
DEN = 'https://docslib.org/doc/13957423/h-s-pre-qualification-questionnaire'
WPQ = 'https://gov.wales/wppn-002-wales-procurement-specific-questionnaire-html'
FLP = 'https://www.felp.ac.uk/content/selection-questionnaire'
BPB = 'https://www.bestpracticebids.com/2022/11/15/selection-questionnaires-sqs-what-are-they-typical-qs/'
CFQ = 'https://paperzz.com/doc/7202014/evaluation-of-community-first-and-community-organisers-an...'
BRE = 'https://docplayer.net/amp/9256073-Pre-qualification-questionnaire.html'
BRA = 'https://vdocuments.site/pre-qualification-questionnaire-pqq-birch-11-if-you-intend-to-return-the.html'
SRF = 'https://supplierregistration.cabinetoffice.gov.uk/faq/en_GB/small_org'
RLG = 'https://riskledger.com/support/framework/xb/2'
# negatives: what is bought, officers, tools, reporting
SAL = 'https://sccdemocracy.salford.gov.uk/ieDecisionDetails.aspx?ID=579'
HTS = 'http://www.government-online.net/trade-services-framework-agreement-the-highland-council/'
MAN = 'https://democracy.manchester.gov.uk/ieDecisionDetails.aspx?ID=174'
ESP = 'https://democracy.eastsussex.gov.uk/documents/s45373/Appendix%201%20ESCC%20SV%20Policy%20V1.html?CT=2'
ESR = ('https://democracy.eastsussex.gov.uk/documents/s48732/Place%20Ctte%2028Mar23%20Scrutiny%20Review%20of%20'
       'Procurement%20-%20Appendix%201%20Report%20of%20the%20Review%20Board.html?CT=2')

NIA_S = 'Social Clauses in Government Contracts (Written Ministerial Statement, Minister for Social Development, 22 March 2011)'
LCRN_S = 'Local jobs, tackling inequality and combatting the climate crisis at the heart of new Liverpool City Region Social Value Framework'
LEW_S = 'Lewes corporate plan: Community wealth and wellbeing: Key areas: We will:'
WEA_S = 'The East Sussex Procurement Hub: Social Value'
WEA_E = WEA_S + ': Examples of incorporating Social Value into procurement contracts could include:'
BRK_S = 'Social Value KPIs overview'
BRK_1 = BRK_S + ': Option 1: Target-Based Performance Measurement'
APP_S = 'New policy guidance on apprenticeships'
LDC_S = 'Apprenticeships through procurement: Apprenticeships in the supply chain'
EFN_S = 'Local Impact'
EFN_G = EFN_S + ': Through a member consultation process, we have identified a set of ‘priority groups’, namely:'
LWH_S = 'Social value plan and supporting metrics'
DWE_S = 'Community Wishes (Dundee City Council community benefits)'
DWE_P = DWE_S + ': Community Wishes involves a seven-stage process from initial idea through to evaluation including:'
MPF_S = 'MPF2 (Major Projects Framework 2): Key benefits: Socially responsible'
LNZ_S = 'Greater Manchester Social Value Procurement Framework'
LNZ_P = LNZ_S + ': By 2024 the project had provided:'
GDL_S = 'Linking public procurement and social dialogue to promote fair work practices in Scotland (United Kingdom): Overview of the Fair Work First policy'
GDL_C = GDL_S + ': The five fair work criteria include:'
WSH_S = 'Fair Work First: Through this approach the Scottish Government is supporting employers who adopt fair working practices, specifically:'
EAL_S = 'Repairs service standard: We will'
EAL_P = EAL_S + ': use 5 priorities to complete repairs:'
HAL_S = 'Repairs commitment'
BAT_S = 'Repair timetable'
ROO_S = 'Rooftop respects your home'
WEL_S = 'Repairs and maintenance policy: Measuring quality and performance'
APU_S = 'Contract and Supplier Management Guidance: Key Performance Indicators (CP GUID020)'
PTK_S = 'KPI report metrics: KPI measuring Performance'
VVP_S = 'Vibrant and Viable Places Indicator Definitions: Vibrant and Viable Places - Project Indicators'
DEN_S = 'H & S Pre Qualification Questionnaire Guidance Notes (Denbighshire County Council)'
WPQ_S = 'WPPN 002: Wales Procurement Specific Questionnaire'
FLP_S = 'Selection Questionnaire'
BPB_S = 'Selection Questionnaires (SQs): What Are They + Typical Qs: What is an SQ?'
CFQ_S = 'Evaluation of Community First and Community Organisers: Annex E: Selection Questionnaire'
BRE_S = 'Pre Qualification Questionnaire: Project Management Services'
BRA_S = 'Pre-Qualification Questionnaire (PQQ) for Waymead Alteration Works 2012: Instructions to Interested Organisations'
SRF_S = 'Supplier registration FAQ: I am a small organisation and the Modern Slavery act is not applicable to me, why have I been invited to complete the assessment?'
RLG_S = 'Risk Ledger framework: Environmental management policy'
SAL_S = 'Decision: Continuation of the Strategy for the Provision of Apprenticeships (Salford City Council)'
HTS_S = 'Trade Services Framework Agreement – The Highland Council: contract notice'
MAN_S = 'Decision: Use of Social Value Key Performance Indicators (KPIs) in contracts (Manchester City Council)'
ESP_S = 'East Sussex County Council Social Value Policy'
ESR_S = 'Scrutiny Review of Procurement: Social Value and Buying Local: Recommendations'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Northern Ireland: social clauses in social housing and regeneration contracts (2011)
 (NIA, 'measure-line', N, EI, [], NIA_S, 'I am, therefore, writing to advise you that I instructed my Department and its Arms Length Bodies, that from 1 January 2011 those who are awarded contracts to build social housing or undertake major urban regeneration projects will be required to provide a work placement opportunity for an unemployed person through the Department for Employment and Learning’s Steps to Work Programme or equivalent.'),
 (NIA, 'measure-line', N, EI, [], NIA_S, 'This new social clause provides that for every £0.5m of labour value, the main contractor will be required to provide a work placement opportunity for an unemployed person through the Department for Employment and Learning’s Steps to Work Programme or equivalent.'),
 (NIA, 'measure-line', N, EI, [], NIA_S, 'This new requirement will apply both to all new contracts and to existing contracts being renewed.'),
 (NIA, 'measure-line', N, EI, [], NIA_S, 'Up to January 2011, all new construction works contracts arranged by Centres of Procurement Expertise have included minimum requirements to recruit one apprentice per £2m of capital value and to recruit one long term unemployed person per £5m of capital value.'),
 (NIA, 'measure-line', N, EI, [], NIA_S + ': There are 3 ways this can be achieved through the Steps to Work Programme:-', 'By two 3 week placements of practical work experience;'),
 # Liverpool City Region Combined Authority social value framework
 (LCRN, 'sv-policy', U, MU, [], LCRN_S, 'Measures to maximise local benefits to be written into contracts and funding agreements'),
 (LCRN, 'sv-policy', U, MU, [], LCRN_S, 'Giving something back to the community is to be embedded in all Liverpool City Region Combined Authority activities – including the awarding of contracts and funds.'),
 (LCRN, 'sv-policy', U, EI, [], LCRN_S, 'Under its new social value framework, benefits to the local community will become a much bigger part of awarding combined authority contracts and could include the training and employment of local people, the use of local suppliers or the inclusion of apprenticeships in contracts.'),
 (LCRN, 'sv-policy', U, MU, [], LCRN_S, 'And from today, the authority will ensure social value is a core part of decision-making for all contracts above £20,000.'),
 # Lewes corporate plan; Wealden / East Sussex Procurement Hub
 (LEW, 'sv-policy', U, MU, [], LEW_S, 'Work with suppliers to maximise what additional social value benefits can be gained when contracts are delivered for the council, in line with the council\'s Social Value Charter, and develop a sustainability and social value procurement framework.'),
 (WEA, 'menu-item', U, EI, [], WEA_E, 'Apprenticeships'),
 (WEA, 'menu-item', U, CL, [], WEA_E, 'Planting Trees'),
 (WEA, 'menu-item', U, EI, [], WEA_E, 'School Visits'),
 (WEA, 'menu-item', U, CL, [], WEA_E, 'Environmental Impact / Climate Change'),
 (WEA, 'sv-policy', U, EI, [], WEA_S, 'On considering Social Value when contracting with the Councils, we have a close connection with the Federation of Small Businesses (FSB) to source products locally and sub contract with smaller suppliers within the Districts and Boroughs.'),
 # Bradford: the social value KPI in contracts
 (BRK, 'measure-line', U, MU, [], BRK_1 + ': Overall delivery of Social Value commitments', '% of Social Value commitments on target or delivered (YTD)'),
 # UK government: apprenticeships in contracts of £10m or more (2015)
 (APP, 'sv-policy', U, EI, [], APP_S, 'From 1 September, departments, their executive agencies and non-departmental public bodies will be required to consider the opportunity for apprenticeships and skills development in their contracting requirements.'),
 (APP, 'sv-policy', U, EI, [], APP_S, 'These changes apply to contracts with a full life value of £10 million or more with duration of 12 months and above.'),
 (APP, 'sv-policy', U, EI, [], APP_S, 'Businesses bidding for relevant contracts will need to propose the number of apprenticeships they expect to create in fulfilling the contract.'),
 (APP, 'sv-policy', U, EI, [], APP_S, 'This projection will be reviewed as part of the tender evaluation process and written into the ensuing contract.'),
 (APP, 'sv-policy', U, EI, [], APP_S, 'The contracting authority will take action if the supplier does not meet its commitment.'),
 (LDC, 'sv-policy', U, EI, [], LDC_S, 'In procuring and commissioning such works, goods and services, local authorities have an opportunity to implement a range of initiatives that can provide local skills training, apprenticeships and employment opportunities.'),
 # Efficiency North: framework-generated apprenticeships for priority groups
 (EFN, 'measure-line', U, EI, [], EFN_S, '1 apprenticeship year is generated for every £500,000 worth of works procured through the majority of our frameworks (contractor installer), for our New Build and Materials Frameworks, this is 1 per £1m.'),
 (EFN, 'measure-line', U, EI, [], EFN_S, 'Our procurement framework generated positions are initially ring-fenced to individuals who fall within one, or more, of these groups to help give them the opportunities to access sustainable apprenticeship positions.'),
 (EFN, 'menu-item', U, EI, [], EFN_G, 'Long Term Unemployed (6 months +)'),
 (EFN, 'menu-item', U, EI, [], EFN_G, 'Not in Education Employment or Training (NEET) (16-24 4 weeks+)'),
 (EFN, 'menu-item', U, EO, [], EFN_G, 'Non-Traditional Gender roles (e.g. Females in to Construction)'),
 (EFN, 'menu-item', U, EI, [], EFN_G, 'Military Service Leaver'),
 (EFN, 'menu-item', U, EI, [], EFN_G, 'Homeless (in last 5 years)'),
 # Lewisham Homes: a contractor's social value plan
 (LWH, 'sv-delivery', U, MU, [], LWH_S, 'A forward action plan was prepared and agreed which outlined the social value work to be carried out as part of the contract.'),
 (LWH, 'sv-delivery', U, WB, [], LWH_S, 'Using calculations from the Housing Associations’ Charitable Trust’s (HACT) social value bank, the equivalent of about £1.5m has been provided for contributions to events and projects for people in the local area.'),
 (LWH, 'sv-delivery', U, EI, [], LWH_S, 'Several of the supported projects focus on children and young people, including a post-16 options evening for young people in Deptford and five CV workshops that have taken place at Deptford Green School.'),
 # Dundee Community Wishes
 (DWE, 'menu-item', S, WB, [], DWE_S, 'Community Wishes, under the umbrella of Dundee City Council’s established community benefits policy, includes support for small installations, maintenance, clean-up projects, materials, volunteering time to complete projects or sponsorship.'),
 # Procurement Hub's Major Projects Framework 2: commitments of the awarded contractors
 (MPF, 'measure-line', U, EI, [], MPF_S, 'To guarantee social responsibility and ensure the framework has a positive impact on both the local communities and wider society, each supplier will award at least 85% of the total project value to local supply chain and SMEs.'),
 (MPF, 'measure-line', U, EI, [], MPF_S, '100% of payments from Robertson, Willmott Dixon and Farrans to sub-contractors will be made within 19 days and at least 85% of project value will be awarded to local supply chains and SMEs as well as up to 8 jobs created per £5m of project value.'),
 (MPF, 'measure-line', U, WB, [], MPF_S, 'Projects in Scotland will generate up to £6,250 per £5million project value, projects in England and Wales will generate up to £5,000 per £5million project value and projects in Northern Ireland will generate up to £7,500 per £5million project value.'),
 (MPF, 'measure-line', U, MU, [], MPF_S, 'A minimum of 29% social return on investment will be generated from this framework.'),
 (MPF, 'measure-line', U, EO, [], MPF_S + ': Modern Slavery', 'The awarded contractors have been mandated to ensure their key staff on every project attend specific and targeted training, written by Unseen especially for this framework.'),
 # Greater Manchester framework: weighting and outputs of one contract
 (LNZ, 'measure-line', U, CL, [], LNZ_S, 'In the procurement process, ten percent of the 20 percent weighting for social value is reserved for environmental indicators.'),
 (LNZ, 'measure-line', U, EI, [], LNZ_P, '67 percent spend in Manchester'),
 (LNZ, 'measure-line', U, EI, [], LNZ_P, '80 school engagement sessions'),
 (LNZ, 'measure-line', U, EI, [], LNZ_P, '61 work placements'),
 (LNZ, 'measure-line', U, EI, [], LNZ_P, '23 apprentice placements.'),
 # Scotland: Fair Work First criteria
 (GDL, 'sv-policy', S, EO, [], GDL_S, 'The FWF policy promotes the application of fair work criteria to grants, other funding arrangements and contracts awarded across the public sector.'),
 (GDL, 'menu-item', S, EO, [], GDL_C, 'Appropriate channels for effective voice, such as trade union recognition;'),
 (GDL, 'menu-item', S, EO, [], GDL_C, 'No inappropriate use of zero-hour contracts;'),
 (GDL, 'menu-item', S, EO, [], GDL_C, 'Action to tackle the gender pay gap and create a more inclusive workplace;'),
 (GDL, 'menu-item', S, EO, [], GDL_C, 'Providing fair pay for workers (for example, payment of real living wage).'),
 (WSH, 'menu-item', S, EO, [], WSH_S, 'provide appropriate channels for effective workers’ voice, such as trade union recognition;'),
 (WSH, 'menu-item', S, EO, [], WSH_S, 'offer flexible and family friendly working practices for all workers from day one of employment; and,'),
 (WSH, 'menu-item', S, EO, [], WSH_S, 'oppose the use of fire and rehire practice.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # service KPIs and repair standards (what is bought, measured)
 (EAL, 'service-kpi', U, EAL_P, 'emergency: 4 hours (make safe only)'),
 (EAL, 'service-kpi', U, EAL_S, 'pre-inspect repairs within 5 working days of these being reported, if these are more complex and require on-site examination'),
 (EAL, 'service-kpi', U, EAL_S, 'make sure that if our contractor changes an appointment to complete a non-emergency repair, they give you at least 24 hrs notice'),
 (HAL, 'service-kpi', U, HAL_S + ': Repairs Compliance – KPI 1', 'Key Performance Indicator 1 – Serves as a Performance Management Tool for our Repair and Maintenance Team, to successfully achieve KP1 a commitment to completing 90% of all reported repairs within timeframe needs to be satisfied.'),
 (HAL, 'service-kpi', U, HAL_S + ': Repairs Timescale: 1-4 hours', 'Repairs that have Health & Safety implications i.e. fire, flood, gas leak, power failure.'),
 (BAT, 'service-kpi', U, BAT_S + ': Within 7 Days', 'Repairs to water supply installations, services to the elderly and disabled residents.'),
 (BAT, 'service-kpi', U, BAT_S + ': Within 2 hours of notification', 'Emergency repairs that would cause danger to persons or damage to property such as major burst pipes or leaks.'),
 (ROO, 'service-kpi', U, ROO_S + ': We will deliver our annual planned maintenance programme achieving a minimum of 93% customer satisfaction with the repairs carried out', 'Inspections of 10% planned maintenance major work carried out (kitchens and bathrooms)'),
 (ROO, 'service-kpi', U, ROO_S + ': We will meet our standard for the repairs service achieving a minimum of 90% customer satisfaction with the repair carried out', 'Number of repairs carried out - meeting targets for appointments and repairs carried out right first time'),
 (WEL, 'service-kpi', U, WEL_S, 'Measuring whether repairs are completed within the target times.'),
 # KPI guidance and KPI report metrics
 (APU, 'kpi-guidance', S, APU_S, 'Fewer, more relevant KPIs that you can monitor effectively are more beneficial than many that are difficult to measure or irrelevant.'),
 (APU, 'kpi-guidance', S, APU_S, 'Consider whether the KPI you are proposing should actually be a mandatory requirement in your specification, or whether you require a Service Level Agreement.'),
 (APU, 'kpi-guidance', S, APU_S, 'The Call-off contract awarded by the institution may include contract specific SMART KPIs and defined contract management (so long as this does not breach the Framework Agreement terms).'),
 (APU, 'kpi-guidance', S, APU_S + ': KPI 1: Service', 'Delivery (in full). To ensure that all orders placed in the period, are delivered in full'),
 (PTK, 'kpi-guidance', U, PTK_S, 'Invoice accuracy'),
 (PTK, 'kpi-guidance', U, 'KPI report metrics: Examples', 'Helpdesk response times'),
 # grant-funded regeneration output indicators (the funded project's own outputs)
 (VVP, 'grant-indicator', W, VVP_S, 'It is expected that all projects supported with Vibrant and Viable Places regeneration funding will produce outputs as evidence of return on investment.'),
 (VVP, 'grant-indicator', W, VVP_S, 'TR019 Additional infrastructure investment levered in through regeneration projects (£)'),
 (VVP, 'grant-indicator', W, VVP_S, 'R320 Business Premises created or refurbished (sqm)'),
 (VVP, 'grant-indicator', W, VVP_S, 'TR026* Number of households helped towards securing improvement in the energy performance of their homes'),
 # selection / pre-qualification questionnaire fields and guidance
 (DEN, 'sq-question', W, DEN_S, 'Any YES answers in the questionnaire must be supported by evidence.'),
 (DEN, 'sq-question', W, DEN_S, 'If you are a member of Construction Line http://www.constructionline.co.uk/static/ please tick yes and supply a copy of your current up to date certificate.'),
 (DEN, 'sq-question', W, DEN_S, 'Please confirm level of company turnover for the last two financial years.'),
 (DEN, 'sq-question', W, DEN_S, 'To apply for work in the relevant categories you must be registered with the appropriate body.'),
 (DEN, 'sq-question', W, DEN_S, 'You are required to hold a current permanent Employers Liability Insurance Policy to a minimum cover of £10,000.000 (Ten Million Pounds) in respect of any one occurrence.'),
 (DEN, 'sq-question', W, DEN_S, 'You are required to hold a current permanent Public Liability Insurance Policy to a minimum cover of £5,000.000 (Five Million Pounds) in respect of any one occurrence.'),
 (WPQ, 'sq-guidance', W, WPQ_S + ': 1. Issue', 'The Single Procurement Document (SPD) used under the Public Contracts Regulations 2015 (PCR) will be retired following the coming into force of the new Procurement Regime.'),
 (WPQ, 'sq-guidance', W, WPQ_S + ': 1. Issue', 'This note concerns the new Wales Procurement Specific Questionnaire (WPSQ), which has been designed to support devolved Welsh Authorities (DWAs) to comply with and operate effectively under the new Procurement Regime.'),
 (FLP, 'sq-guidance', U, FLP_S, 'The Standard Selection Questionnaire (SQ) is used to collect information to help decide which suppliers should be selected to participate in a tender exercise above PCR thresholds.'),
 (FLP, 'sq-guidance', U, FLP_S, 'Contracting authorities may only use the information and evidence requested in suitability assessment questions to establish whether candidates meet requirements or minimum standards of suitability, capability, legal status or financial standing.'),
 (FLP, 'sq-guidance', U, FLP_S, 'The information is aimed at determining the suitability, capability and financial stability of a supplier to be able to provide the goods or services required to meet your needs.'),
 (BPB, 'sq-guidance', U, BPB_S, 'The questionnaire usually asks for your financial/economic standing, experience and references, your accreditations and insurance levels.'),
 (CFQ, 'sq-question', U, CFQ_S + ': Section C – Technical and Professional Ability', 'Previous Experience and Comparable Contracts'),
 (CFQ, 'sq-question', U, CFQ_S + ': Section C – Technical and Professional Ability', 'Sub Contracting'),
 (CFQ, 'sq-question', U, CFQ_S + ': Section C – Technical and Professional Ability: Employer’s Liability Insurance', 'N/A – it is a condition on the event of being awarded the contract.'),
 (CFQ, 'sq-question', U, CFQ_S + ': Section A – Background Questions: Questions For Completion By Non-UK Business Only', 'Registration with professional body'),
 (CFQ, 'sq-question', U, CFQ_S + ': Section A – Background Questions: Organisation Details', 'Full name of organisation tendering (or of organisation acting as lead contact where a consortium bid is being submitted)'),
 (BRE, 'sq-guidance', U, BRE_S, 'Please be advised that the Council are seeking to appoint one provider for the whole contract and therefore submissions for only specific aspects of the project will not be considered.'),
 (BRA, 'sq-guidance', U, BRA_S + ': 1 Introduction', 'We will not be responsible for any costs or expenses you incur in preparing, delivering or in the evaluation of the PQQ, or for any costs or expenses incurred during subsequent stages of the procurement should you be invited to tender.'),
 (SRF, 'sq-guidance', U, SRF_S, 'The Modern Slavery Assessment can be completed by any supplier, regardless of whether the Modern Slavery Act applies to them.'),
 (SRF, 'sq-guidance', U, SRF_S, 'Please also be aware that you are only required to complete the assessment if your buyer has requested you to complete the assessment as part of a tendering process or framework agreement.'),
 (RLG, 'sq-question', U, RLG_S, 'Answer yes if your organisation has a documented environmental management policy that looks to minimise your organisation\'s impact on the environment.'),
 (RLG, 'sq-question', U, RLG_S, 'The policy must have undergone senior management review and approval within the last year.'),
 # social value KPI mechanics, officers, tools, reporting, the buyer's own plans
 (BRK, 'kpi-guidance', U, BRK_1, 'This method measures social value delivery against a pre-defined set of targets within an agreed timeline.'),
 (BRK, 'kpi-guidance', U, BRK_1 + ': Disadvantages', 'Lower impact measures are weighted the same as those that provide the most value, which could allow suppliers to distort their published scores.'),
 (BRK, 'kpi-guidance', U, BRK_1 + ': Disadvantages', 'A possible fix is to use a weighted scoring system, but this could introduce extra complexity and potential disagreements.'),
 (MAN, 'sv-governance', U, MAN_S, 'It was commissioners / contract managers who proposed what the KPIs should be for social value in any given contract, and the relevant Strategic Director (or delegated authority) who approved it;'),
 (ESP, 'sv-governance', U, ESP_S, 'This policy is aimed at all officers that commission, procure or contract manage on behalf of East Sussex County Council.'),
 (ESR, 'sv-governance', U, ESR_S, 'The Board recommends that social value commitments are recorded in future via the PM3 procurement software system, to better enable monitoring of what is delivered.'),
 (ESR, 'sv-governance', U, ESR_S, 'The Board Recommends a service-based reporting requirement is introduced on the delivery of social value commitments which is reviewed quarterly at departmental management team meetings.'),
 (LCRF, 'sv-governance', U, 'Social Value Framework (Liverpool City Region Combined Authority)', 'We are committed to hold ourselves to account and will report our progress and impact annually in order to do so.'),
 (LEW, 'sv-governance', U, LEW_S, 'Complete the Pathfinder Pilot regeneration projects in Newhaven, funded with support from central government where a community wealth approach is central.'),
 (WEA, 'sv-governance', U, WEA_S, 'The following Voluntary organisations have details of projects that may provide suppliers with ideas on how to incorporate Social Value into their bids.'),
 (DWE, 'sv-governance', S, DWE_P, 'moderating wishes'),
 (DWE, 'sv-governance', S, DWE_S, 'The first evaluation and monitoring report on Community Wishes will be published after a year of operation.'),
 (LWH, 'sv-delivery', U, LWH_S, 'Goodwill payments have been made to residents facing higher heating bills as a result of the works, the most recent being last autumn, and a programme of kitchen and bathroom refurbishments is underway.'),
 # what is bought
 (SAL, 'subject-matter', U, SAL_S, 'Approve the continuation of the strategy for the procurement of apprenticeships, and approve the continuation of the Strategic Partnership with Salford City College and Salford University for the delivery of apprenticeship as first tier supplier for direct award.'),
 (HTS, 'subject-matter', S, HTS_S + ': II.1.4) Short description', 'The Highland Council require a multiple supplier Framework Agreement for the repair, maintenance and undertaking of minor works to maintain and improve The Highland Council estate and to assist in the delivery of its property maintenance programme.'),
 (HTS, 'subject-matter', S, HTS_S + ': II.1.4) Short description', 'The requirement includes an element of capital work and covers both domestic and non-domestic properties and planned and reactive work.'),
]
OGL_HOSTS = ('gov.uk', 'gov.wales', 'supplierregistration.cabinetoffice.gov.uk')
batch = Batch('public-texts-61.jsonl')
batch.emit_lists('pub61', R, NEG, ogl_hosts=OGL_HOSTS)
