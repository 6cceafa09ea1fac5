"""Write /work/batches/public-texts-88.jsonl: batch 96, HOUSING ASSOCIATIONS, ALMOs and other SOCIAL HOUSING buyers as a
supplier meets them: what social landlords ask of, score in and require from the contractors who repair, maintain,
retrofit, clean and look after their homes (local jobs and apprenticeships for residents, targeted recruitment and
training, community benefit clauses, supplier diversity, environmental and carbon asks of the supply chain, the
weighting and thresholds that bring social value in), with hard negatives from the same documents: the works and
services bought (responsive repairs, voids, passive fire protection, damp and mould, window replacement, communal
cleaning and grounds maintenance specifications), procedure and evaluation mechanics, quotation thresholds, contract
terms, and the landlords' own community, employment and decarbonisation programmes.

Sources (all new to the corpus): Home Group's procurement pages (corporate social responsibility; procedures), the
procurement pages of two ALMOs (EastendHomes' procurement strategy; Berneslai Homes' procurement and tenders), Southern
Housing's supply chain sustainability case study (SHIFT), East Suffolk Council's housing asset management strategy
(page 7), Thurrock Council's Housing Social Value Framework agenda item, a Symphony Housing Group presentation on local
economic impact (slideplayer), Efficiency East Midlands' social housing framework (Bdaily), the i2i Can Do toolkit for
Welsh social landlords (CIH news, a Welsh Government release on wired-gov, WHQ magazine), the Sustainable Procurement
Tools case study of Renfrewshire's housing-led regeneration (the contractor's environmental commitments), Housing
Maintenance Management's "Presenting social value", Inside Housing's "Community challenge", Mark Cantrell's Housing
magazine feature, New Start's "Using procurement to deliver social outcomes", Thrive's "What housing associations need
to do about social value"; for negatives also Karbon Homes' ESG page, GreenSquareAccord's investment news, PA Housing's
and CCHA's community funds, Centre for Cities on housing associations' skills provision, North Tyneside's and Mount
Green's repairs policies, Southampton's capital assets standards, Sovereign's and OVH's cleaning and grounds maintenance
pages, Red Kite's service charges, CIH on repairs KPIs, Winchester City Council's cabinet decision on HRA repairs
procurement, and contract notices of social housing buyers (Hastoe, Irwell Valley, Platform Housing, Winchester City
Council, Williamsburgh Housing Association; d3tenders.com copies) and a Find a Tender retrofit works notice.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbers
dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr).
Find a Tender (find-tender.service.gov.uk) and Sustainable Procurement Tools (Scottish Government) are OGL v3; notice copies carry the NOTICE_* licence; the rest are short
quotations.

  cd /work/main && python3 test/corpus/make-public-88.py > /work/batches/public-texts-88.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W

# Housing association and ALMO pages
HGC = ('https://www.homegroup.org.uk/Corporate/Welcome-to-procurement/Procurement-in-Home-Group/'
       'Procurement-and-corporate-social-responsibility')
HGP = 'https://www.homegroup.org.uk/Corporate/Welcome-to-procurement/Procurement-in-Home-Group/Procedures'
EEH = 'https://www.eastendhomes.info/_1/www.eastendhomes.co.uk/Regeneration/Procurement-Strategy.aspx.html'
SHS = 'https://shiftenvironment.co.uk/news/improving-supply-chain-sustainability-a-case-study'
ESF = 'https://paperturn-view.com/east-suffolk/housing-asset-management-strategy-2019-2024?p=7&pid=NzE71130'
THR = 'https://democracy.thurrock.gov.uk/mgAi.aspx?ID=11683'
SYM = 'https://slideplayer.com./amp/6914816'
EEM = 'https://bdaily.co.uk/articles/2012/05/17/procurement-consortium-launch-social-housing-framework'
KAR = 'https://www.karbonhomes.co.uk/esg-report/governance/supply-chain-management/'
GSA = 'https://greensquareaccord.co.uk/news/housing/how-we-re-investing-in-our-existing-homes'
NTY = ('https://beta.northtyneside.gov.uk/housing/repairs-and-maintenance/repairs-policy/'
       'housing-investment-and-planned-works')
SOU = 'https://www.southampton.gov.uk/housing/your-tenancy/service-standards/capital-assets/'
SGM = 'https://residents.sovereign.org.uk/repairs-and-maintenance/grounds-maintenance-and-cleaning/'
OVH = 'https://ovh.org.uk/support/cleaning-and-grounds-maintenance/'
RKH = 'https://redkitehousing.org.uk/your-rent/service-charges'
WIN = 'https://democracy.winchester.gov.uk/ieIssueDetails.aspx?IId=16525&Opt=3'
BHP = 'https://berneslaihomes.co.uk/procurement-and-tenders'
MGR = 'https://www.mountgreen.org.uk/repairs-and-maintenance-policy/'
PAH = 'https://www.fill.io/Online-Form'
CCF = 'https://docest.com/doc/420206/president-s-fund'
HMM = 'https://www.housingmmonline.co.uk/news/presenting-social-value/'
SPT = ('https://sustainableprocurementtools.scot/index.cfm/case-studies1/renfrewshire-council-embedding-climate-and-'
       'sustainable-procurement-in-the-housing-led-regeneration-and-renewal-programme1/outcomes')
# Wales: the i2i Can Do toolkit
CIH = ('http://mycih.cih.org/news-article/display/vpathDCR/templatedata/cih/news-article/data/'
       'Can_do_approach_creates_jobs')
WGN = 'http://www.wired-gov.net/wg/wg-news-1.nsf/0/4EB74B6563467B4980257839003E6CA8?OpenDocument'
WHQ = 'https://whq.org.uk/the-magazine/issue/89/i2i-sponsorship-feature-16/feed'
# Sector press and guidance
IHC = 'https://www.insidehousing.co.uk/insight/community-challenge-34550'
MCB = 'https://markcantrell-journalist.blogspot.com/2014/03/procurement-getting-good-deal-for.html'
NSM = 'https://testing.newstartmag.co.uk/articles/using-procurement-to-deliver-social-outcomes/'
THV = 'https://www.thrive-platform.com/what-housing-associations-need-to-do-about-social-value/'
CIK = ('https://cih.org/policy/campaigns/better-social-housing-review/rethinking-repairs-and-maintenance/'
       'how-to-measure-your-performance-and-progress')
CFC = ('https://www.centreforcities.org/reader/delivering-change-housing-associations-can-tell-us-employment-skills/'
       'housing-associations-skills-provision/')
# Contract notices of social housing buyers
HAS = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-069a12'
HAE = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-052be9'
IVH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05fd5a'
PLF = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-067705'
WCC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05cd2c'
WBH = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000723070'
FTR = 'https://www.find-tender.service.gov.uk/Notice/058107-2025?origin=SearchResults&p=259'

HGC_S = 'Procurement and corporate social responsibility (Home Group)'
HGC_T = HGC_S + ': There are five themes underlying our CSR commitment.'
HGC_I = HGC_T + ': Inspiring Futures'
HGC_A = HGC_T + ': Socially aware sourcing'
HGP_S = 'Procurement in Home Group: Procedures'
EEH_S = 'EastendHomes: Procurement Strategy'
SHS_S = 'Improving supply chain sustainability – a case study (Southern Housing)'
SHS_1 = SHS_S + ': 1. What motivated your organisation to engage your supply chain with sustainability questions?'
SHS_2 = (SHS_S + ': 2. What specific sustainability issues (e.g., carbon emissions, waste management, responsibly '
         'sourced materials) were you most concerned about when engaging your supply chain?')
ESF_S = 'East Suffolk Council Housing Asset Management Strategy 2019 - 2024: Environmental sustainability'
THR_S = 'Thurrock Council: Housing Social Value Framework (agenda item)'
SYM_S = 'Symphony Housing Group: Overall spending contribution to the local economy'
SYM_T = 'Symphony Housing Group: Tension VFM versus targeting local economy'
EEM_S = 'Procurement consortium launch social housing framework (Efficiency East Midlands)'
KAR_S = 'Karbon Homes ESG Report: Supply chain management'
GSA_S = 'How we’re investing in our existing homes (GreenSquareAccord)'
NTY_S = 'North Tyneside Council repairs policy: Housing investment and planned works'
SOU_S = 'Southampton City Council service standards: Corporate estate and assets: We will:'
SGM_S = 'Sovereign: Grounds maintenance and cleaning'
OVH_S = 'OVH: Cleaning and Grounds Maintenance'
RKH_S = 'Red Kite: Service charges'
WIN_S = 'Winchester City Council Cabinet: Housing procurement of HRA repairs and maintenance and compliance activities contracts: Decision'
BHP_S = 'Berneslai Homes: Procurement and tenders'
MGR_S = 'Mount Green Repairs and Maintenance Policy'
PAH_S = 'PA Housing Community Fund: Giving the community something extra'
CCF_S = 'CCHA President’s Fund'
HMM_S = 'Presenting social value (Housing Maintenance Management)'
SPT_S = ('Renfrewshire Council: embedding climate and sustainable procurement in the housing-led regeneration and renewal '
         'programme: Procurement Outcomes')
SPT_C = SPT_S + ': For the specific contract they committed that:'
CIH_S = 'Can do approach creates over 2,500 job and training opportunities (CIH)'
WGN_S = 'Welsh Government: Can-Do approach is paying dividends'
WHQ_S = 'Is the Can Do Toolkit still fit for purpose? (WHQ, i2i sponsorship feature)'
IHC_S = 'Community challenge (Inside Housing)'
MCB_S = 'Procurement: getting a good deal for housing (Housing magazine)'
NSM_S = 'Using procurement to deliver social outcomes (New Start)'
THV_S = 'What Housing Associations Need To Do About Social Value: How Do Social Value Rules Affect Housing Associations?'
CIK_S = 'Rethinking repairs and maintenance: How to measure your performance and progress (CIH)'
CFC_S = 'Delivering change: Housing associations and skills provision (Centre for Cities)'
HAS_S = 'Responsive Repairs and Voids Contract for London, Surrey, Middlesex and surround areas (Hastoe Housing Association): notice description'
HAE_S = 'Repairs & Maintenance East Sussex (Hastoe Housing Association): Lot Information'
IVH_S = 'Responsive Repairs and Void Works Framework (Irwell Valley Homes): notice description'
PLF_S = 'Passive Fire Protection Works (Platform Housing): notice description'
WCC_S = 'Housing Repairs and Maintenance Services (Winchester City Council): notice description'
WBH_S = 'Williamsburgh Housing Association - Window Replacement Programme 2023-2024: notice description'
FTR_S = 'Retrofit Works, including Consultancy Services: Scope: Description'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Home Group: procurement and corporate social responsibility
 (HGC, 'housing-policy', U, EI, [], HGC_S, 'We seek to utilise the contracts that they put in place to convert Home Group’s investment in construction, maintenance and the supply of goods, services and other works into job and training opportunities and to support locals businesses and SMEs.'),
 (HGC, 'housing-policy', U, CL, [], HGC_S, 'We will also pursue environmentally friendly procurement through the evaluation of the environmental impact of the contracts awarded.'),
 (HGC, 'housing-policy', U, CL, [], HGC_S, 'This will focus on the use of whole life costs in procurement decisions, adopting the principle of ‘reduce, reuse and recycle’ or selecting low-energy alternatives.'),
 (HGC, 'housing-policy', U, EI, [], HGC_I, 'Through our supply chain we will support the creation of additional job and training opportunities for the unemployed and those socially disadvantaged.'),
 (HGC, 'housing-policy', U, EI, [], HGC_I, 'Number of apprentices engaged'),
 (HGC, 'housing-policy', U, EI, [], HGC_I, 'Work placement / other training opportunities (hours)'),
 (HGC, 'housing-policy', U, WB, [], HGC_I, 'Community project / volunteering (hours)'),
 (HGC, 'housing-policy', U, EI, [], HGC_I, 'Management time committed to social enterprise schemes (hours)'),
 (HGC, 'housing-policy', U, WB, [], HGC_I, 'Financial contributions to community / social initiatives'),
 (HGC, 'housing-policy', U, WB, [], HGC_I, 'Gifts donated by suppliers / subcontractors to community / social Initiatives'),
 (HGC, 'housing-policy', U, EO, [], HGC_A, 'All new and existing contractors and suppliers will be expected to demonstrate their active promotion of diversity within their workplace and business.'),
 (HGC, 'housing-policy', U, EO, [], HGC_A, 'PQQ E&D should be weighted appropriately depending on the subject of the contract being awarded'),
 # EastendHomes (ALMO) procurement strategy
 (EEH, 'housing-policy', U, MU, [], EEH_S, 'Effective procurement processes can themselves add value by contributing to economic, social and environmental improvements.'),
 # Southern Housing: supply chain sustainability asks
 (SHS, 'housing-case', U, CL, [], SHS_1, 'To understand and improve performance and meet our Strategy Targets, we recognised the need to engage with our supply chain to be able to measure and hold our suppliers to account in terms of sustainability.'),
 (SHS, 'housing-case', U, CL, [], SHS_2, 'We targeted on our main maintenance and construction suppliers, as these are the areas of highest spend and carbon emissions.'),
 (SHS, 'housing-case', U, CL, [], SHS_2 + ': We focused on three areas:', 'Carbon emissions – scope 1 and 2 emissions, which for our key suppliers was primarily from business mileage'),
 (SHS, 'housing-case', U, CL, [], SHS_2 + ': We focused on three areas:', 'Materials used – understanding what products are used, where these are sourced from and how sustainable they are.'),
 # East Suffolk housing asset management strategy
 (ESF, 'housing-policy', U, CL, [], ESF_S, 'A key evaluation score for the contracts we award considers how the bidder manages their environmental impact and their plans to reduce their future carbon footprint.'),
 (ESF, 'housing-policy', U, CL, [], ESF_S, 'During late 2019 we will be inviting bids for a new waste removal contract, the award of which will have a high emphasis placed upon the recycling abilities of the bidders and any carbon reduction initiatives offered.'),
 # Thurrock housing social value framework
 (THR, 'housing-case', U, EI, [], THR_S, 'Susan Cardozo said that the apprentices were from Thurrock and that this was a requirement.'),
 # Symphony Housing Group presentation
 (SYM, 'housing-case', U, EI, [], SYM_T, 'Targets for local labour'),
 (SYM, 'housing-case', U, EI, [], SYM_T, 'As part of the OJEU assessment contractors scored on local commitments, including supply chain, labour, responsiveness to local markets'),
 (SYM, 'housing-case', U, EI, [], SYM_T, 'Procure Plus linked closely to GTA “Constructing the Future Lancashire”- max local apprenticeships'),
 # Efficiency East Midlands framework
 (EEM, 'housing-framework', U, EI, [], EEM_S, 'The framework also requires that contractors must also look at the most viable options for local employment, and will be required to take on apprentices to support the programme.'),
 # Wales: the i2i Can Do toolkit
 (CIH, 'housing-policy', W, EI, [], CIH_S, 'The i2i Can-do Toolkit, which is funded by the Welsh Government and managed by CIH Cymru, provides guidance to the public sector and registered social landlords (RSL) on making targeted recruitment and training a condition of housing contracts when they appoint companies to carry out work on their behalf.'),
 (WGN, 'housing-policy', W, EI, [], WGN_S, 'The i2i Can-do Toolkit provides guidance to registered social landlords building new affordable homes and working towards the Welsh Housing Quality Standards (WHQS) on making targeted recruitment and training a condition of contract when they appoint companies to carry out work on their behalf.'),
 (WGN, 'housing-policy', W, EI, [], WGN_S, 'The Welsh Assembly Government is using  the guide itself for its groundbreaking energy efficiency scheme ARBED, where 156 weeks of training will be provided per million pounds of contract.'),
 (WHQ, 'housing-policy', W, EI, ['wellbeing'], WHQ_S, 'What better initiative for your tenants, than to have free drop in sessions with legal professionals on things such as their rights in regards to door step lenders?'),
 (WHQ, 'housing-policy', W, MU, [], WHQ_S, 'Make it a core requirement – be specific about the number of staff hours and the locations.'),
 # Sector press: when and how social value applies to social landlords
 (IHC, 'housing-press', U, MU, [], IHC_S, 'As of last month, those commissioning contracts worth £173,934 or more are, for the first time, being required to consider how the service they’re procuring can improve the social, environmental and economic well-being of the areas being served - and how the procurement process can secure that improvement.'),
 (MCB, 'housing-press', U, MU, [], MCB_S, 'The Public Services (Social Value) Act 2012 places a duty on public bodies to consider social value before embarking on the procurement process – and that includes housing associations.'),
 (MCB, 'housing-press', U, MU, [], MCB_S, 'The emphasis is placed on considering the economic, environmental and social benefits at the pre-procurement stage.'),
 (NSM, 'housing-press', U, MU, [], NSM_S, 'If it becomes law, local authorities will have to consider the far reaching economic, social and environmental impact of a service as well as price when picking suppliers.'),
 (THV, 'housing-press', U, MU, [], THV_S, 'From then on, rather than simply “considering” it, central government bodies were obliged to give at least 10% weighting to social value considerations in awarding contracts.'),
 (THV, 'housing-press', U, MU, [], THV_S, 'The National Procurement Policy Statement, published in the summer, is clear that all commissioning bodies (including housing associations) will be expected to take the three social value national core priorities plus any specific local priorities into account'),
 # Housing maintenance trade press: what social landlords' tenders ask
 (HMM, 'housing-press', U, MU, [], HMM_S, 'If you are bidding for public contracts, then social value will form part of the evaluation.'),
 (HMM, 'housing-press', U, MU, [], HMM_S, 'Buyers are legally bound by the (Public Services) Social Value Act 2012 (in England and Wales) and the Procurement Reform (Scotland) Act 2014 to assess bidders’ social value (termed ‘community benefits’ in Scotland) proposals.'),
 (HMM, 'housing-press', U, MU, [], HMM_S, 'This can form upwards of 10 per cent of the overall marks – making it a critical area to get right.'),
 (HMM, 'housing-press', U, EI, [], HMM_S + ': What counts as economic value?', 'Can your organisation create jobs, apprenticeships and training opportunities in the local area?'),
 (HMM, 'housing-press', U, EI, [], HMM_S + ': What counts as economic value?', 'These may target a specific group like young people or the long-term unemployed.'),
 (HMM, 'housing-press', U, EI, [], HMM_S + ': What is important to the buyer?', 'For example, a deprived area may have a greater focus on education and training for the long-term unemployed.'),
 (HMM, 'housing-press', U, EI, [], HMM_S + ': What counts as economic value?: The focus is on four main areas:', 'Local spending'),
 # Renfrewshire housing-led regeneration: the contractor's environmental commitments in the contract
 (SPT, 'housing-case', S, CL, [], SPT_C, 'On site Plant Equipment in intermittent use shall be shut down during the periods between work or be throttled to a minimum and, where practical, the use of HVO (Hydrotreated Vegetable Oil) will be utilised.'),
 (SPT, 'housing-case', S, CL, [], SPT_C, 'Battery powered hand tools will be used in preference to petrol driven alternatives.'),
 (SPT, 'housing-case', S, CL, [], SPT_C, 'Work would be done to support reuse and recycling charities in their efforts to prevent materials from entering landfill by segregating repairable items/materials for refurbishment by these organisations.'),
 (SPT, 'housing-case', S, CL, [], SPT_C, 'Dust emissions would be monitored daily, and pressure washers would be used to minimise dust generated, as well as employing a water canon to suppress any airborne particles that do arise.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Home Group
 (HGC, 'housing-policy', U, HGC_S, 'The procurement team is committed to providing the best possible outcomes for Home Group and its customers, clients and colleagues.'),
 (HGC, 'housing-policy', U, HGC_A, 'Working towards or accredited with CITB Be Fair or similar equality accreditation'),
 (HGP, 'housing-policy', U, HGP_S, 'All purchasing decisions are based on value for money.'),
 (HGP, 'housing-policy', U, HGP_S, 'The focus is not just on getting the price down, but balancing whole life cost and fitness for purpose, while meeting European Union (EU) rules and treating suppliers fairly.'),
 (HGP, 'housing-policy', U, HGP_S, 'Home Group does not have an approved suppliers list or database and therefore suppliers should not request to be registered on such a list.'),
 (HGP, 'housing-policy', U, HGP_S + ': The procurement process', 'All tender activity for contracts with a value exceeding £10,000 will be transacted via Home Group’s electronic tender portal'),
 # EastendHomes
 (EEH, 'housing-policy', U, EEH_S + ': Purpose of the Strategy', 'EastendHomes’ procurement strategy is designed to provide a consistent framework to enable procurement decisions to be taken expeditiously and to assist Board members and staff in that process.'),
 (EEH, 'housing-policy', U, EEH_S + ': Procurement Objectives', 'To secure goods and services from suppliers that provide best value for money and the most economically advantageous arrangements.'),
 # Southern Housing
 (SHS, 'housing-case', U, SHS_1, 'We monitor and report on our supply chain in our annual SHIFT submission and ESG report.'),
 (SHS, 'housing-case', U, SHS_1, 'We already report Scope 1 and 2 emissions, and limited scope 3 emissions, but not from our supply chain.'),
 # East Suffolk
 (ESF, 'housing-policy', U, ESF_S + ': Low emission vehicles', 'Replacing older vehicles with lower emission vehicles is a priority and potential use of fully electric vehicles is actively being investigated.'),
 (ESF, 'housing-policy', U, ESF_S, 'As a housing provider East Suffolk Council utilises the services of many specialist contractors for delivery of work programmes such as gas heating, lift maintenance and asbestos removals.'),
 (ESF, 'housing-policy', U, ESF_S, 'We will consider options to deliver new housing and individual remodelling projects to achieve carbon neutral or passivhaus standards where practicable and cost effective to do so.'),
 # Thurrock
 (THR, 'housing-case', U, THR_S, 'Presented by Susan Cardozo, the report set out the principles applied when procuring works or services for Housing.'),
 (THR, 'housing-case', U, THR_S, 'Susan Cardozo explained that there was no specific method to measure social value and contractors used different models to measure.'),
 # Symphony
 (SYM, 'housing-case', U, SYM_S, 'All of this spend is procured at different levels- OJEU type over £3.9m; to £30 for butties for a meeting!'),
 # Efficiency East Midlands
 (EEM, 'housing-framework', U, EEM_S, 'Support in the framework will include the demolition of low, medium and high rise dwellings, provision of architectural design services, including design of external works and new new build developer help.'),
 # Wales
 (WGN, 'housing-policy', W, WGN_S, 'The report was launched yesterday by the Deputy Minister for Housing and Regeneration, Jocelyn Davies AM ahead of a debate in the Assembly about the merits of using the approach across the whole of the Assembly Government’s procurement programmes.'),
 (WHQ, 'housing-policy', W, WHQ_S, 'Social landlords estimate that by March 2016, 60% of their homes will be WHQS compliant and by March 2017 that figure will be 79% (1).'),
 # Sector press
 (IHC, 'housing-press', U, IHC_S, 'The Chartered Institute of Public Finance and Accounting, meanwhile, states that there are, ‘no penalties for non-compliance’ with the act.'),
 (MCB, 'housing-press', U, MCB_S, 'The Social Value Act began life as a private members’ bill, introduced to Parliament by the Conservative MP for Warwick & Leamington Spa, Chris White.'),
 (NSM, 'housing-press', U, NSM_S, 'Every year social landlords spend millions on furniture for their properties.'),
 (THV, 'housing-press', U, 'What Housing Associations Need To Do About Social Value', 'The social benefits generated by providing safe, affordable housing for those in need have always been a priority for housing associations.'),
 # The landlords' own programmes and plans
 (KAR, 'housing-case', U, KAR_S, 'Our social value policy and procedures are undergoing full review this year so that we can harness a more strategic approach to delivery, which is aligned with our Fair Foundations approach and can channel the substantial value we create into lasting social change.'),
 (KAR, 'housing-case', U, KAR_S + ': Working together: A new partnership brings affordable food hubs to the North East', 'The hubs offer regular, affordable provisions of food and toiletries for people in low-income households, in five new locations across the region.'),
 (GSA, 'housing-case', U, GSA_S, 'The works are targeted to upgrade older properties so that they have an Energy Performance Certificate (EPC) rating of at least C.'),
 (GSA, 'housing-case', U, GSA_S, 'Our Decarbonisation Project is on track to deliver energy efficiency improvements to 116 homes this year.'),
 (CFC, 'housing-case', U, CFC_S, 'The skills support offered tends to focus on supporting tenants gain basic and level 1 qualifications.'),
 # Planned works and service standards
 (NTY, 'housing-service', U, NTY_S + ': 10.2 Tenant support', 'For most schemes, the tenant will be assigned a Customer Liaison Advisor to work with them during any scheduled works.'),
 (NTY, 'housing-service', U, NTY_S + ': 10.5 Tenant refusals', 'If the tenant refuses any planned programme work to their home, then they must sign a disclaimer.'),
 (SOU, 'housing-service', U, SOU_S, 'Ensure all contractors working in your home, block or local area comply with our code of conduct'),
 # Cleaning and grounds maintenance (the service bought)
 (SGM, 'housing-service', U, SGM_S + ': Our standards for looking after communal areas/improving your community', 'We\'ll encourage and support you to get involved in improving your community.'),
 (OVH, 'housing-service', U, OVH_S + ': Communal Cleaning', 'Assess communal areas and report any defects.'),
 (OVH, 'housing-service', U, OVH_S + ': Grounds Maintenance Summer Season (Mid-Mar to Mid-Oct)', 'Grass to be cut and mulched for added nutrients.'),
 (OVH, 'housing-service', U, OVH_S + ': Grounds Maintenance Summer Season (Mid-Mar to Mid-Oct)', 'Litter picking of grassed and hardstanding areas.'),
 (RKH, 'housing-service', U, RKH_S + ': Fire alarm systems, extinguishers and smoke/heat/carbon monoxide detection', 'This covers the cost of providing equipment, repairs and servicing, and callout costs (for example where there has been vandalism).'),
 # Repairs KPIs
 (CIK, 'housing-policy', U, CIK_S, 'This cautionary tale shows the need to construct KPIs that enable the accurate measurement and monitoring of reality.'),
 # Winchester cabinet decision
 (WIN, 'housing-case', U, WIN_S, 'That the evaluation models are based on 60% quality and 40% cost to ensure best value for residents and the council.'),
 (WIN, 'housing-case', U, WIN_S, 'That it be agreed that a PA2023 2 stage procurement process for a 4+3 year contract is tendered for Repairs & Maintenance (R&M) Voids, Kitchens, Bathrooms and Decarbonisation.'),
 # Contract notices: the works and services bought
 (HAS, 'housing-notice', U, HAS_S, 'KPI regime monitored through monthly contractor meetings'),
 (HAE, 'housing-notice', U, HAE_S + ': Lot 1 - Responsive Repairs Goods and Services', 'Plumbing Repairs: Fixing leaks, unclogging drains, and maintaining water systems.'),
 (HAE, 'housing-notice', U, HAE_S + ': Lot 1 - Responsive Repairs Goods and Services', 'Accessibility Improvements: Installing ramps, handrails, and other modifications to support residents with disabilities.'),
 (HAE, 'housing-notice', U, HAE_S + ': Lot 2 - Voids Responsive Maintenance Services', 'Cleaning: Deep cleaning the entire property, including carpets, windows, and appliances.'),
 (IVH, 'housing-notice', U, IVH_S, 'IVH provides a wide range of inhouse maintenance and repair services but also requires a reliable supplier network to support the IVH repairs team.'),
 (IVH, 'housing-notice', U, IVH_S, 'Once scoped and priced the Work would then be passed to the Supplier to complete with a target completion date.'),
 (PLF, 'housing-notice', U, PLF_S, 'The services will include inspection, installation, repair and maintenance of passive fire safety measures, including fire stopping, compartmentation and associated remedial works.'),
 (PLF, 'housing-notice', U, PLF_S, 'The contract will support statutory compliance and building safety requirements across a range of housing stock types, including houses, flats and low- to medium-rise residential buildings.'),
 (PLF, 'housing-notice', U, PLF_S + ': Lot Information: Passive Fire Protection - Severn', 'Works will be contracted under a JCT Measured Term, where no work can be guaranteed, However all works required following an independent fire risk assessment survey, will be issued to the successful contractor.'),
 (WCC, 'housing-notice', U, WCC_S, 'This will include day to day repairs as well as larger type repairs including disrepair and damp and mould work types.'),
 (WCC, 'housing-notice', U, WCC_S, 'The successful supplier will work in close collaboration with the Council to develop and implement preventative maintenance regimes and innovative service delivery models, in alignment with Awaab\'s Law and the Social Housing (Regulation) Act 2023.'),
 (WBH, 'housing-notice', S, WBH_S, 'The Contract primarily involves the replacement of existing windows with new triple glazed aluminium clad windows to tenant occupied flats and double glazed aluminium clad windows to common close areas throughout the east end of Paisley, Renfrewshire.'),
 (FTR, 'housing-notice', U, FTR_S, 'To preserve independence and ensure robust oversight, any supplier submitting a tender for Lot 2 and/or Lot 3 will not be permitted to submit a tender for Lot 1.'),
 # Berneslai Homes (ALMO)
 (BHP, 'housing-policy', U, BHP_S, 'Value for money doesn’t mean we’ll always buy the cheapest product or service but means we will weigh up both quality and cost when deciding what we buy and from where.'),
 (BHP, 'housing-policy', U, BHP_S, 'We’re proud of our quick payment performance for our contractors.'),
 (BHP, 'housing-policy', U, BHP_S, 'We offer the opportunity for all suppliers to obtain feedback if they are not successful in their bid for work.'),
 # Mount Green repairs policy
 (MGR, 'housing-service', U, MGR_S + ': 2. Scope and Standards: 2.2 Our objectives are to:', 'Ensure the service is easily accessible through a range of different contact points.'),
 # The landlords' own community funds
 (PAH, 'housing-case', U, PAH_S + ': What is the Community Fund?', 'The money from the Community Fund comes from the savings made by PA Housing over the past year.'),
 (PAH, 'housing-case', U, PAH_S + ': What can the money be used for?', 'Support for a befriending service for residents who have little contact from family and friends at independent living schemes.'),
 (PAH, 'housing-case', U, PAH_S + ': What can the money be used for?', 'Tree planting at preschools and allotments.'),
 (CCF, 'housing-case', W, CCF_S + ': EMPLOYMENT, TRAINING & SKILLS', 'Tackling unemployment and worklessness is an area that we are fully committed to through the Horizons Programme.'),
 # Housing maintenance trade press
 (HMM, 'housing-press', U, HMM_S + ': What is important to the buyer?', 'Most public sector bodies publish a Social Value Plan that sets out their specific goals.'),
 (SPT, 'housing-case', S, SPT_S, 'The successful supplier has an Environmental Policy and Emissions Policy that is reviewed annually which includes measures such as use of a 100% renewable electricity supplier and all office lighting being low energy LED fitments.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk', 'sustainableprocurementtools.scot')
batch = Batch('public-texts-88.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; each notice is `ocds:<ocid>` (as in notices.jsonl); every other
    # page is its own document.
    if (g := ocid_group(src)): return g
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    return src


batch.emit_lists('pub88', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
