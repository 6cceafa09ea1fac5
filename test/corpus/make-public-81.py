"""Write /work/batches/public-texts-81.jsonl: batch 89, the DEVOLVED NATIONS and TECHNOLOGY BUYING: community benefit,
Fair Work First and social value requirements that Scottish, Welsh and Northern Irish buyers set or score (a Scottish
framework's community benefit and Fair Work First clauses, council community benefit menus, supplier commitments recorded
in Scottish Government framework buyer's guides, how a Fair Work First question is weighted and evaluated, Northern
Ireland's PPN 01/21 rules, what suppliers committed to in Scottish councils' ICT outsourcing contracts, Scottish
Parliament and Senedd answers on fair work, community benefits and environmental criteria), with hard negatives, mostly
from technology and digital buying in the same nations and from the same documents: what is bought (education technology
managed services, online school payments, remote health monitoring, laboratory information systems, devices, print,
software subscriptions, digital alphas, wide area networks, council ICT outsourcing), call-off and ordering rules, framework
dates, accreditation statuses, evaluation panels, definitions, and text about documents, tools and training.

Sources: contract notices of the Education Authority (Northern Ireland), NHS National Services Scotland, the Scottish
Government, Scottish Borders Council and Skills Development Scotland (d3tenders.com copies); a Digital Outcomes 6
opportunity of Public Health Wales (Crown Commercial Service's Contract Award Service) and two Digital Outcomes and
Specialists opportunities (Digital Marketplace); gov.scot buyer's guides (media planning, general office supplies, print
and associated services 2023 lot 3, web based and proprietary devices, desktop client devices, technology peripherals lot
2, mobile voice and data, digital technology and cyber services DPS), the best practice guidance on addressing fair work
practices, the Procurement Reform (Scotland) Act 2014 statutory guidance and the 2019 procurement annual report; the
Scottish Government's digital blog on the Scottish Wide Area Network; Sustainable Procurement Tools' Fair Work First
specification and evaluation pages; a Scottish framework clause (Law Insider); Scottish Borders, North Lanarkshire and
Vale of Glamorgan council community benefit pages, Ready for Business and Streets UK; Scottish Parliament written answers
S5W-35978, S5W-17529, S6W-01948, S5W-02059 and S5W-10988 and a Senedd answer of 5 February 2019; news of the CGI ICT
contracts of Scottish Borders, Edinburgh and Glasgow (Computing, PublicTechnology, FutureScot, Holyrood, Government
Computing, Edinburgh Evening News, Digital Sentinel), of SWAN (Computer Weekly, GFM Review), of Gwynedd's social benefit
scoring (north.wales) and of Northern Ireland's IT Assist contract (The Stack); the Education Authority's LMS case study;
Carson McDowell's and the BBC's accounts of PPN 01/21 and the SIB Social Value Unit (Procura+); the Department of
Finance's social value strategy page; the ITU U4SSC and Circular Procurement Canada accounts of the Scottish ICT client
devices frameworks; Scotland Excel's online school payments pages; FutureScot on the Internet of Things DPS.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and paragraph
numbers dropped, one line break inside a sentence joined. Not scored: the batch is scored blind afterwards. Texts already
in the corpus are left out (named on stderr). Crown copyright pages (gov.scot, blogs.gov.scot, finance-ni.gov.uk,
sustainableprocurementtools.scot, find-tender.service.gov.uk, digitalmarketplace.service.gov.uk, the Crown Commercial
Service's Contract Award Service) and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-81.py > /work/batches/public-texts-81.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N

D3 = 'https://d3tenders.com/contract/?ocid='
# Notices (d3tenders.com copies; Find a Tender)
ETMS = D3 + 'ocds-h6vhtk-05f966'
OLP = D3 + 'ocds-h6vhtk-0685c1'
PDR = D3 + 'ocds-h6vhtk-068ceb'
RHM = D3 + 'ocds-r6ebe6-0000616225'
LIMS = D3 + 'ocds-r6ebe6-0000634556'
SGLIMS = D3 + 'ocds-r6ebe6-0000530203'
MPS = D3 + 'ocds-h6vhtk-031b74'
HWK = D3 + 'ocds-r6ebe6-0000831959'
SDS = D3 + 'ocds-h6vhtk-0384f4'
IOT = D3 + 'ocds-r6ebe6-0000587430'
SCAN = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-02c6ea'
SIMS = 'https://www.find-tender.service.gov.uk/Notice/008939-2022?origin=SearchResults&p=7074'
# Digital opportunities
PHW = 'https://redirect.contractawardservice.crowncommercial.gov.uk/digital-outcomes/opportunitiesDetails?lot=1&projectId=52669'
DM1 = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/13334'
DM2 = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/5443'
# gov.scot
GS = 'https://www.gov.scot/publications/'
MED = GS + 'procurement-media-planning-buying-and-associated-services-framework-buyer-guide/pages/framework-sustainable-benefits/'
OFF = GS + 'procurement-general-office-supplies-buyers-guide-september-2023/pages/supplementary-information/'
PRT = 'https://gov.scot/publications/procurement-print-and-associated-services-2023-framework-agreement-buyer-guide-lot-3/pages/process-for-call-off'
WBD = GS + 'scottish-procurement-web-based-and-proprietary-devices-framework/pages/using-the-framework/'
DCD = GS + 'procurement-desktop-client-devices-framework-buyers-guide/pages/guidance/'
PER = 'https://gov.scot/publications/procurement-ict-products-technology-peripherals-and-infrastructure-framework-lot-2-sp-21-012/pages/guidance-information'
MVD = GS + 'procurement-mobile-voice-and-data-services-framework-sp-22-005-buyers-guide/pages/using-the-framework-agreement/'
DTC = GS + 'procurement-digital-technology-and-cyber-services-dps-buyer-guide/pages/dynamic-purchasing-system-information/'
STG = GS + 'procurement-reform-scotland-act-2014-statutory-guidance/pages/4/'
AR19 = GS + 'scottish-government-procurement-annual-report-2019/pages/6/'
# Others
LAW = 'https://lawinsider.com/clause/community-benefits/_10'
SBC = 'https://scotborders.gov.uk/directory-record/11007/community-benefits'
NLC = 'https://northlanarkshire.gov.uk/regeneration-and-investment/investing-housing/community-benefits'
VOG = ('https://bromorgannwg.gov.uk/en/living/schools/schools_in_the_vale/Sustainable-Communities-for-Learning/'
       'Sustainable-Communities-for-Learning-Community-Benefits.aspx')
EAL = 'https://www.eani.org.uk/case-study-for-learning-management-system-software-package'
CMD = ('https://www.carson-mcdowell.com/news-and-events/new-northern-ireland-policy-requires-scoring-of-social-value-in-'
       'public-procurement-and-the-introduction-of-minimum-contractual-requirements')
BBC = 'https://feeds.bbci.co.uk/news/uk-northern-ireland-57719155'
ITU = 'https://www.itu.int/en/publications/Documents/tsb/2023-U4SSC-Procurement-guidelines-for-SSC/files/basic-html/page37.html'
CPC = 'https://circularprocurement.ca/purchasing-framework-for-energy-efficient-client-computer-systems'
SXC = 'http://scotland-excel.org.uk/home/Howwehelp/Corporate.aspx'
SXP = 'http://scotland-excel.org.uk/home/Resources/Case-study-pages/CaseStudy_76917.aspx'
FSC = 'https://futurescot.com/the-public-sector-and-internet-of-things-2020-year-smart-networks-take-off-scotland/'

# ICT outsourcing contracts of Scottish councils (news); the Scottish Wide Area Network
CMP = 'https://www.computing.co.uk/news/2451006/scottish-borders-council-awards-gbp92m-digital-services-contract-to-cgi'
PTB = 'https://www.publictechnology.net/articles/news/council-signs-%C2%A392m-digital-services-contract-cgi'
FSG = 'https://futurescot.com/glasgow-seeks-approval-award-339m-digital-contract-cgi/'
HOL = ('https://holyrood.com/news/view,glasgow-city-council-aims-to-kickstart-a-step-change-in-digital-services-with-cgi-'
       'contract_7931.htm')
GVC = 'http://devolved.governmentcomputing.com/news/cgi-set-to-land-300m-digital-and-it-services-deal-in-glasgow-5787342'
EDN = 'https://www.edinburghnews.scotsman.com/news/186m-council-it-firm-deal-to-create-200-jobs-1-3843847'
DSN = 'http://www.digitalsentinel.net/2015/07/council-saves-money-with-new-it-deal/'
SWB = 'https://blogs.gov.scot/digital/2014/03/13/scottish-wide-area-network-swan/'
SWC = 'https://www.computerweekly.com/news/252460567/Swan-lands-in-Scottish-Highlands'
SWG = 'https://www.gfmreview.com/technology/swan-song-scotland-re-tenders-wan-framework-for-up-to-350m'
# Scottish Parliament written answers; the Senedd
PQ = 'https://www.parliament.scot/chamber-and-committees/written-questions-and-answers/question?ref='
PQ1 = PQ + 'S5W-35978'
PQ2 = 'http://parliament.scot/parliamentarybusiness/28877.aspx?ReferenceNumbers=S5W-17529&SearchType=Advance'
PQ3 = PQ + 'S6W-01948'
PQ4 = 'https://beta2.parliament.scot/parliamentary-debates-and-questions/questions/2016/s5w02059'
PQ5 = 'https://beta.parliament.scot/parliamentary-debates-and-questions/questions/2017/s5w10988'
SEN = 'https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2019-02-05.1.163846'

# Community benefit clause menus (Scotland); Fair Work First specification guidance; Gwynedd's social benefit scoring
RFB = 'https://readyforbusiness.org/learnmoreCBC/'
STR = 'http://www.streets-uk.com/what-we-do/community-benefit/'
SPF = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fair-work-practices/specification'
GWY = ('https://north.wales/news/gwynedd/more-contracts-going-to-local-firms-as-report-shows-39-rise-in-council-spend-'
       'staying-inside-gwynedd-33319.html')
SIB = 'https://procuraplus.org/public-authorities/southeast-norway-health-region/'
# Northern Ireland: the Department of Finance's social value strategy; the IT Assist contract
DFS = 'https://www.finance-ni.gov.uk/publications/social-value-strategy-2025-2027'
STK = 'https://www.thestack.technology/northern-ireland-it-assist-contract-bt/'

# Fair Work First: evaluation and weighting (Sustainable Procurement Tools; gov.scot best practice guidance)
SPE = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fair-work-practices/evaluation-and-award/'
BP = 'http://www.gov.scot/publications/addressing-fair-work-practices-including-real-living-wage-procurement-best/pages/'
BP3, BP4 = BP + '3/', BP + '4/'

ETMS_S = 'Procurement for Education Technology Managed Services (The Education Authority): Notice Description'
OLP_S = 'Online Payments (The Education Authority): Notice Description'
PDR_S = 'Primary Device Refresh 2026 (The Education Authority)'
RHM_S = 'Remote Health Monitoring and Communications Solution (NHS National Services Scotland)'
LIMS_S = 'Laboratory Information Management System [LIMS] (NHS National Services Scotland): Notice Description'
SGLIMS_S = 'Support and Maintenance of Laboratory Information Management System (Scottish Government): Notice Description'
HWK_S = 'Award - School Homework Application (Scottish Borders Council)'
SDS_S = 'SP&SD Digital Economy and Climate Emergency Training Framework (Skills Development Scotland)'
PHW_S = 'Procurement details: Public Health Wales Health Protection Alpha: 1. Context and requirements: Summary of work'
DM1_S = 'Defence Medical Messaging Application (Ministry Of Defence - UK Strategic Command)'
DM2_S = 'Digital Ecosystem Capabilities Catalogue (The Scottish Government: Digital Public Services and Business Transformation)'
MED_S = 'Procurement - media planning, buying and associated services framework: buyer guide: Framework sustainable benefits'
OFF_S = 'Procurement - general office supplies - buyer\'s guide: September 2023: Framework sustainable benefits'
OFF_L = OFF_S + ': As part of their response to environmental management, Lyreco has committed to the following during the lifetime of the framework:'
PRT_S = 'Procurement - print and associated services 2023: framework agreement - buyer guide lot 3: Process for call off from the print and associated services (2023) framework agreement: Framework public bodies odering procedures'
WBD_S = 'Procurement - web based and proprietary devices framework: buyer\'s guide: Using the framework: Framework benefits'
DCD_S = 'Procurement - desktop client devices framework: buyer\'s guide: Framework agreement'
PER_S = 'Procurement - technology peripherals and infrastructure framework: lot 2 - buyer\'s guide: Guidance information: Framework agreement start date and end date'
MVD_S = 'Procurement - mobile voice and data services framework (SP-22-005): buyer\'s guide: How to use this framework agreement'
DTC_S = 'Procurement - digital technology and cyber services DPS: buyer\'s guide: Dynamic purchasing system (DPS) information'
STG_S = 'Procurement Reform (Scotland) Act 2014: statutory guidance: 4. Community benefit requirements in procurement: Community benefit requirements in procurement policy are outlined below:'
LAW_S = 'Community Benefits (Scottish framework agreement clause 41)'
LAW_L = LAW_S + ': The Contractor(s) will work with the Authority and Framework Public Bodies to maximise the value of Community Benefits delivered through the Framework including but not limited to:'
SBC_S = 'Community benefits (Scottish Borders Council)'
SBC_L = SBC_S + ': We consider the inclusion of CBC’s for all contracts and aims to add value through the delivery of:'
NLC_S = 'Community benefits (North Lanarkshire Council): These benefits include:'
VOG_S = 'Sustainable Communities for Learning Community Benefits (Vale of Glamorgan Council)'
VOG_T = VOG_S + ': Targets include;'
EAL_S = 'Case study for Learning Management System software package (Education Authority)'
CMD_S = 'New Northern Ireland policy requires scoring of social value in public procurement and the introduction of minimum contractual requirements'
CMD_L = CMD_S + ': From 1 September 2021, the following requirements are incorporated into all Government contracts:'
BBC_S = 'New social value procurement policy announced (BBC News, Northern Ireland)'
ITU_S = 'Procurement guidelines for smart sustainable cities (U4SSC): the Scottish Government\'s ICT product portfolio'
CPC_S = 'Case Study: Purchasing framework for energy-efficient client computer systems (Scottish Government)'
SX_S = 'Scotland Excel: Online school payments framework'
FSC_S = 'The public sector and Internet of Things: 2020 the year smart networks take off in Scotland?'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Scottish framework clause: community benefits and Fair Work First
 (LAW, 'framework-clause', S, MU, [], LAW_S, 'In delivering the Framework, the Contractor(s) will be responsible for taking into account social, economic and environmental factors designed to maximise the involvement of the wider community.'),
 (LAW, 'framework-clause', S, MU, [], LAW_S, 'The Contractor(s) will work with the Authority and Framework Public Bodies to maximise the value of Community Benefits delivered through the Framework including but not limited to:'),
 (LAW, 'framework-clause', S, EI, [], LAW_L, 'Targeted recruitment and training opportunities;'),
 (LAW, 'framework-clause', S, EI, [], LAW_L, 'Educational benefits to communities, including working closely with educational institutions to provide work experience opportunities, work placements, and supporting other learning, skills, digital accessibility and career development initiatives.'),
 (LAW, 'framework-clause', S, WB, [], LAW_L, 'Contribution to the delivery of community and charity projects and schemes'),
 (LAW, 'framework-clause', S, EI, [], LAW_L, 'Provision of sub-contracting supply chain opportunities for SMEs, third sector social enterprises and supported businesses, including advertising sub-contracting opportunities on Contracts Finder.'),
 (LAW, 'framework-clause', S, EO, [], 'Fair Work First (Scottish framework agreement clause 42)', 'The Scottish Public Sector is committed to the delivery of high quality public services, and recognises that this is critically dependent on a workforce which is well-rewarded, well- motivated, well-led, has access to appropriate opportunities for training and development, is diverse and inclusive, and can influence decision making.'),
 # Council community benefit menus (Scotland, Wales)
 (SBC, 'council-policy', S, MU, [], SBC_S, 'Our Adding Value to Communities through Community Benefits Policy ensures that additional benefits are considered when delivering construction works, service or supplies contracts.'),
 (SBC, 'council-policy', S, MU, [], SBC_S, 'We consider the inclusion of CBC’s for all contracts and aims to add value through the delivery of:'),
 (SBC, 'council-policy', S, EI, [], SBC_L, 'apprenticeship and other employment opportunities'),
 (SBC, 'council-policy', S, EI, [], SBC_L, 'work experience and training opportunities'),
 (SBC, 'council-policy', S, EI, [], SBC_L, 'supply chain opportunities for local business'),
 (SBC, 'council-policy', S, WB, [], SBC_L, 'school and community engagement and support activities'),
 (NLC, 'council-policy', S, EI, [], NLC_S, 'helping to boost local employment by creating jobs, where possible'),
 (NLC, 'council-policy', S, EI, [], NLC_S, 'creating educational and skills opportunities such as apprenticeships and work experience'),
 (NLC, 'council-policy', S, WB, [], NLC_S, 'support for local initiatives'),
 (VOG, 'council-policy', W, MU, [], VOG_S, 'To achieve these wider programme aims, our appointed contractors are required to deliver on a range of community benefits targets.'),
 (VOG, 'council-policy', W, MU, [], VOG_S, 'The targets are set as part of the procurement process and are consistently higher than the minimum required by Welsh Government.'),
 (VOG, 'council-policy', W, EI, [], VOG_T, 'Supporting small local businesses'),
 (VOG, 'council-policy', W, EI, [], VOG_T, 'Training and upskilling new workforce entrants'),
 (VOG, 'council-policy', W, EI, [], VOG_T, 'School STEM engagements'),
 (VOG, 'council-policy', W, WB, [], VOG_T, 'Wider community in-kind support'),
 # Scottish Government framework buyer's guides: supplier commitments
 (MED, 'framework-guide', S, MU, [], MED_S, 'All suppliers have committed to contributing to Scottish Government’s Sustainable Procurement objectives.'),
 (MED, 'framework-guide', S, EO, [], MED_S, 'In addition, all suppliers have proposed a range of Fair Work First (FWF) measures to be applied in their delivery of the Framework such as no inappropriate use of zero hours contracts.'),
 (OFF, 'framework-guide', S, CL, [], OFF_L, 'prevent the use of single use plastic (SUP) in their supply chain product ranges, packing and business operations'),
 (OFF, 'framework-guide', S, CL, [], OFF_L, 'support the Scottish Governments Zero Waste Plan providing product/packaging recycling services backed up by their zero to landfill status'),
 (OFF, 'framework-guide', S, CL, [], OFF_L, 'deliver the contract in accordance with the Climate Emergency/the revised Climate Change Scotland Act.'),
 (OFF, 'framework-guide', S, CL, [], OFF_L, 'support the Authority’s aim for a circular economy and have aligned principles with the “Making Things Last: a circular economy strategy for Scotland.”'),
 (OFF, 'framework-guide', S, CL, [], OFF_L, 'roll-out 130 new Euro 6 6.1 emissions vans providing; increased fuel efficiency and payload (50kg per van) - reducing the number of deliveries and CO2 emissions'),
 (OFF, 'framework-guide', S, CL, [], OFF_L, 'use Electric Vehicles to cover 2 delivery routes in Edinburgh and will monitor the progression of technology/feasibility to increase Electric Vehicle coverage across Scotland to reduce CO2 emissions'),
 (WBD, 'tech-framework', S, CL, [], WBD_S, 'the Framework will deliver significant cash savings and environmental benefits, including a reduction in carbon emissions through the inclusion of latest environmental and energy efficiency certification'),
 (WBD, 'tech-framework', S, MU, [], WBD_S, 'the Framework addresses the Scottish Government’s and Scottish public sector organisations’ aspirations with regard to ethical, social, economic, environmental and sustainability issues'),
 # Scottish community benefit policy (statutory guidance, annual report)
 (STG, 'policy-guidance', S, MU, [], STG_S, 'there is a presumption that where there is an opportunity to deliver community benefits, appropriate requirements will be included in public contracts and framework agreements'),
 (STG, 'policy-guidance', S, MU, [], STG_S, 'contract or framework suitability and capacity needs to be addressed on a case-by-case basis – value, duration, local factors and the nature of the supply base will all have an impact'),
 (AR19, 'policy-guidance', S, MU, [], 'Scottish Government procurement annual report: 2019: 6.1 Applying community benefit requirements in our contracts', 'Our Procurement Strategy set out our intention to consider the opportunities to include community benefit requirements in the development phase of all regulated procurements, and to include them, either on a contractual or voluntary basis, wherever there is an opportunity to benefit the community.'),
 # Scottish ICT client devices frameworks (case studies)
 (ITU, 'tech-case', S, MU, [], ITU_S + ': The results', 'Bids were evaluated using a scoring system, with social, ethical and environmental factors making up 20 per cent of the total.', {'weighting_percent': 20}),
 (ITU, 'tech-case', S, CL, [], ITU_S, 'For devices that could not be upgraded such as tablets, suppliers looked into how they could recycle components.'),
 (CPC, 'tech-case', S, CL, [], CPC_S, 'As a result, the final procurement requirements focused on energy efficiency, product lifecycle, fleet management, innovative packaging, and end-of-life management with an emphasis on repair, refurbishment, and reuse of devices.'),
 # Northern Ireland: social value scoring in an ICT procurement; PPN 01/21
 (EAL, 'tech-case', N, MU, [], EAL_S + ': Introduction', 'With the introduction of PPN01/21, social value was to be scored as part of the tender evaluation criteria for the Education Authority’s (EA’s) contract for a Learning Management System (LMS).'),
 (EAL, 'tech-case', N, MU, [], EAL_S + ': Objectives', 'It was also essential for EA to include and score social value connected with the delivery of this contract.'),
 (EAL, 'tech-case', N, EI, [], EAL_S + ': Actions/Outcome: Some Key Social Value contractor initiatives include:', 'Supporting the EA with providing students and schools with participation in a programme of STEM events (science, technology, engineering and mathematics).'),
 (CMD, 'policy-guidance', N, EO, [], CMD_L, 'Adherence to relevant collective agreements; and'),
 (CMD, 'policy-guidance', N, EO, [], CMD_L, 'Adoption of ‘fair work’ practices for all workers engaged in the delivery of the contract.'),
 (CMD, 'policy-guidance', N, EO, [], CMD_S + ': In summary, the new policy, as set out in PPN 01/21 – Scoring Social Value requires that:', 'From 1 June 2022, payment of the living wage must be included as a condition of contract for all tenders.'),
 (CMD, 'policy-guidance', N, MU, [], CMD_S + ': In summary, the new policy, as set out in PPN 01/21 – Scoring Social Value requires that:', 'From 1 June 2022, tenders must allocate a minimum of 10% of the total award criteria to scoring of ‘social value’ (N.I. Departments are however encouraged to score social value in advance of 1 June 2022 if possible).', {'weighting_percent': 10}),
 (BBC, 'policy-guidance', N, MU, [], BBC_S, 'Tenders are scored on the basis of cost and quality, but from next June, they must include a minimum of 10% of total award criteria to social value.', {'weighting_percent': 10}),
 (BBC, 'policy-guidance', N, EO, [], BBC_S, 'The living wage will also be included as a condition of contract for tenders.'),
 # ICT outsourcing contracts of Scottish councils: what the supplier commits beyond the ICT service
 (CMP, 'tech-news', S, EI, [], 'Scottish Borders Council awards £92m digital services contract to CGI', 'CGI will also establish a Scottish ICT Delivery Centre of Excellence, which is where the 200 new jobs will be created and where the Scottish Borders\' 49 existing ICT staff will be located.'),
 (CMP, 'tech-news', S, EI, [], 'Scottish Borders Council awards £92m digital services contract to CGI', 'The council said that apprenticeships will be offered to young people from the area.'),
 (PTB, 'tech-news', S, EI, [], 'Council signs £92m digital-services contract with CGI', 'Scottish Borders Council said that under the CGI contract its existing 49 ICT staff would remain as council employees, but that new opportunities would be created for local young people through modern apprenticeships.'),
 (FSG, 'tech-news', S, EI, [], 'Glasgow seeks approval for award of £339m digital contract to CGI', 'Under the contract, CGI would commit to ensure local SMEs receive business worth at least 25% of the council’s ICT expenditure by 2021.'),
 (FSG, 'tech-news', S, EI, [], 'Glasgow seeks approval for award of £339m digital contract to CGI', 'It would also sponsor 100 long term unemployed people through accredited software development training each year.'),
 (HOL, 'tech-news', S, EI, ['climate'], 'Glasgow City Council aims to ‘kick-start a step change’ in digital services with CGI contract', 'The deal will also increase the opportunity for SMEs to bid for contracts, sponsor software development training for 100 long-term unemployed each year of the contract and put old council devices into the hands of those without access to technology in partnership with a social enterprise.'),
 (GVC, 'tech-news', S, EO, [], 'CGI set to land £300m+ digital and IT services deal in Glasgow', 'If the deal is approved, the partnership will guarantee the jobs, pensions and pay and conditions of the current workforce, the council said.'),
 (EDN, 'tech-news', S, EI, [], '£186m council IT firm deal to create 200 jobs', 'It will also create around 220 jobs in the Capital, with directors pledging to place business worth a quarter of the deal’s total value with local companies.'),
 (DSN, 'tech-news', S, EI, [], 'Council saves money with new IT deal', 'The contract would also create over 200 jobs locally and in addition, over 60 new Modern Apprentice opportunities.'),
 (DSN, 'tech-news', S, EI, [], 'Council saves money with new IT deal', 'Small to medium sized businesses in the city would also benefit as CGI is proposing to place business worth 25 per cent of the value of the contract with the SME sector.'),
 # Scottish Parliament written answers (Fair Work First, environmental criteria); the Senedd
 (PQ1, 'parliament-answer', S, EO, [], 'Question reference: S5W-35978 (Scottish Enterprise suppliers and the Fair Work First criteria): Answer', 'The application of Fair Work First was considered for all tenders, and was applied and scored on 17.'),
 (PQ1, 'parliament-answer', S, EO, [], 'Question reference: S5W-35978 (Scottish Enterprise suppliers and the Fair Work First criteria): Answer', 'Where Fair Work First is not a scored criteria, all bidders are still asked to address Fair Work practices in their tenders, and provide evidence of fair employment practices.'),
 (PQ1, 'parliament-answer', S, EO, [], 'Question reference: S5W-35978 (Scottish Enterprise suppliers and the Fair Work First criteria): Answer', 'This includes paying the real Living Wage and promoting payment of the real Living Wage throughout their supply chain.'),
 (PQ2, 'parliament-answer', S, EO, [], 'Question reference: S5W-17529 (the Scottish Living Wage on Scottish Government contracts): Answer', 'The Scottish Government addresses the payment of the real Living Wage in all relevant contacts by having regard to the Statutory Guidance on Addressing Fair Work Practices, including the Living Wage, in Procurement.'),
 (PQ2, 'parliament-answer', S, EO, [], 'Question reference: S5W-17529 (the Scottish Living Wage on Scottish Government contracts): Answer', 'Where a Fair Work criterion is included in a procurement process, a bidder’s proposed package of Fair Work practices are evaluated alongside other relevant criterion by balancing the cost and quality elements the overall bid.'),
 (PQ4, 'parliament-answer', S, CL, [], 'S5W-02059: incentives in public procurement frameworks that encourage waste minimisation and reuse: Answer', 'The Scottish Government uses procurement and climate change policy, law and practice to drive waste minimisation and reuse in public contracts and frameworks.'),
 (PQ4, 'parliament-answer', S, CL, [], 'S5W-02059: incentives in public procurement frameworks that encourage waste minimisation and reuse: Answer', 'Products and services specifications routinely include environmental standards, while environmental evaluation criteria contribute to contract award decisions.'),
 (PQ5, 'parliament-answer', S, CL, [], 'S5W-10988: leased and bought service provision options in public sector procurement contracts: Answer', 'The Scottish Government uses procurement and climate change policy, law and practice to achieve circular economy outcomes in public contracts and frameworks.'),
 (SEN, 'parliament-answer', W, MU, [], 'Best Value for Money for Public Procurement (Questions to the First Minister, Senedd, 5 February 2019)', 'The Welsh Government\'s approach to best value from procurement includes maximising spend in the Welsh economy, securing wider community benefits from that spend, and ensuring that fair work and ethical standards of employment are maintained when money is spent on behalf of the Welsh public.'),
 # Community benefit clause menus (Scotland), Fair Work First specifications, Gwynedd's scoring, NI's PPN 01/21 themes
 (RFB, 'council-policy', S, EI, [], 'Community Benefit Clauses (Ready for Business): Community Benefits which can potentially be included as contractual clauses include:', 'Employment and training opportunities for the long term unemployed and disadvantaged individuals'),
 (RFB, 'council-policy', S, EI, [], 'Community Benefit Clauses (Ready for Business): Community Benefits which can potentially be included as contractual clauses include:', 'Supply chain initiatives including creating opportunities for social enterprises and small and medium sized enterprises.'),
 (RFB, 'council-policy', S, WB, [], 'Community Benefit Clauses (Ready for Business): Community Benefits which can potentially be included as contractual clauses include:', 'Provision of facilities for all'),
 (STR, 'policy-guidance', S, MU, [], 'Community Benefit (Streets UK)', 'As a result of the Procurement Reform (Scotland) Act 2014, which received Royal Assent on 17th June 2014, all public sector construction opportunities in Scotland, which are over £4m in value, now require community benefit proposals as part of the tender.'),
 (STR, 'policy-guidance', S, EI, [], 'Community Benefit (Streets UK): Most community benefit contracts will require outcomes in:', 'Supply chain opportunities for SMEs and Third Sector'),
 (STR, 'policy-guidance', S, WB, [], 'Community Benefit (Streets UK): Most community benefit contracts will require outcomes in:', 'Community Enhancement'),
 (SPF, 'policy-guidance', S, EO, [], 'Fair Work Practices: Specification (Sustainable Procurement Tools)', 'It is possible to require payment of at least the real Living Wage to be paid to workers on public contracts, where:'),
 (SPF, 'policy-guidance', S, EO, [], 'Fair Work Practices: Specification (Sustainable Procurement Tools)', 'Payment of the real Living Wage should not be used to limit pay rates, and where sector bargained rates have been agreed these should be applied provided they are not below the real Living Wage.'),
 (GWY, 'council-policy', W, EI, [], 'More contracts going to local firms as report shows 39% rise in council spend staying inside Gwynedd', 'But while bound by national procurement restrictions designed to offer the best value for money, it went on to note that a new scoring system was now basing more emphasis on a company’s local credentials.'),
 (SIB, 'policy-guidance', N, MU, [], 'Strategic Investment Board Social Value Unit: SPP in Northern Ireland', 'PPN 01/21 sets out that Departments should score for social value using an outcomes-based framework which has four broad themes:'),
 (SIB, 'policy-guidance', N, MU, [], 'Strategic Investment Board Social Value Unit: SPP in Northern Ireland', 'The PPN also includes mandatory fair work requirements and the requirement to consider reserving contracts.'),
 # Fair Work First: how the question is weighted and evaluated (Scotland)
 (SPE, 'policy-guidance', S, EO, [], 'Fair Work Practices: Evaluation and Award: Weightings', 'The allocation of weighting of a Fair Work First question should be determined on a case-by-case basis to ensure it is relevant and proportionate to the contract in question and to maximise the impact of Fair Work First in the contract.'),
 (SPE, 'policy-guidance', S, EO, [], 'Fair Work Practices: Evaluation and Award: Weightings', 'Recognising that the bidder’s approach will address the risks identified in the tender documentation, the weighting given to the Fair Work First question or to individual Fair Work First criterion should be sufficient to affect the overall score of a supplier’s bid.'),
 (SPE, 'policy-guidance', S, EO, [], 'Fair Work Practices: Evaluation and Award: Weightings', 'For example, where it has been identified that there is a high proportion of women working in the sector, but they are not equally represented at all grades, a greater emphasis and weighting on flexible and family friendly working practices, no inappropriate use of zero hours contracts, action to tackle the gender pay gap and create a more diverse and inclusive workplace and workforce development may help to address gender balance.'),
 (BP4, 'policy-guidance', S, EO, [], 'Addressing fair work practices, including the real living wage, in procurement: best practice: Open And Evaluate Tender: Introduction', 'Evaluators must take care to consider each bidder’s proposed package of Fair Work practices by considering its impact on the delivery of the contract.'),
 (BP4, 'policy-guidance', S, EO, [], 'Addressing fair work practices, including the real living wage, in procurement: best practice: 15. Evaluating Tender Responses', 'Evaluators must take into account the complete package of Fair Work practices a bidder offers and the impact those practices can have on the way the contract is performed.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Education Authority (NI): education technology managed services; online payments; devices
 (ETMS, 'tech-notice', N, ETMS_S, 'The Education Authority (EA) has a requirement to procure a Supplier to provide Education Technology Managed Services (ETMS).'),
 (ETMS, 'tech-notice', N, ETMS_S, 'The ETMS will replace and transform the technical infrastructure and services for schools known as the Education Network for Northern Ireland (ENNI), providing digital services to schools to support teaching and learning.'),
 (ETMS, 'tech-notice', N, ETMS_S, 'End users of the ETMS are from primary, post primary, special schools, Education Other than at School (EOTAS) centres and nursery schools (staff only) who all require access to secure and efficient technology infrastructure to support their teaching and learning needs.'),
 (OLP, 'tech-notice', N, OLP_S, 'The EA invites tenders for a Provision of an Online Payment Solution.'),
 (OLP, 'tech-notice', N, OLP_S, 'The scope of this procurement is to provide an accessible, secure Online Payment Solution (OLP) for schools, minimising the need for and risks and costs associated with cash handling in these schools.'),
 (OLP, 'tech-notice', N, OLP_S, 'Payments cover a range of items and activities e.g. school meals, milk, school trips, clubs, and equipment purchase.'),
 (OLP, 'tech-notice', N, OLP_S, 'The Contract will be valid for a period of five years, with the option to extend for period / s up to 24 months, subject to funding.'),
 (PDR, 'tech-notice', N, PDR_S + ': Procurement Information', 'This tender is a further competition under the Crown Commercial Services Framework: RM6098 Technology Products & Associated Services 2 (TePAS 2) Lot 6: Education Technology.'),
 (EAL, 'tech-case', N, EAL_S + ': Objectives', 'EA’s objective was to procure a LMS with a suite of e-learning courses to deliver a range of statutory and mandatory training to support EA’s corporate strategy and legal obligations and a system that supports a modern workforce requiring modern approaches to learning and development so that people can learn using a variety of platforms.'),
 (EAL, 'tech-case', N, EAL_S + ': Introduction', 'This contract was a key enabler for the EA to deliver its Strategic priority of Developing All Our People to carry out their jobs successfully.'),
 (CMD, 'policy-guidance', N, CMD_L, 'Compliance with relevant employment, equality and health and safety law and human rights standards;'),
 # NHS National Services Scotland and Scottish Government technology notices
 (RHM, 'tech-notice', S, RHM_S + ': Notice Description', 'NSS wishes to procure a multi-channel remote health monitoring and communication solution capable of supporting the delivery of home and mobile health monitoring enhanced care pathways.'),
 (RHM, 'tech-notice', S, RHM_S + ': Lot Information: Lot 1', 'It is the intention of NSS to enter into a five-year contract (3 year plus 2 * 12 month options) pursuant to which a multi-channel remote health monitoring and communication solution is delivered as a managed service.'),
 (RHM, 'tech-notice', S, RHM_S + ': Lot Information: Lot 1', 'Extension options subject to satisfactory performance of the supplier and is dependent on future funding being secured'),
 (LIMS, 'tech-notice', S, LIMS_S, 'The services will include the software, development, implementation, training, support and maintenance of the software.'),
 (LIMS, 'tech-notice', S, LIMS_S, 'It may also include the hosting of the system and software.'),
 (SGLIMS, 'tech-notice', S, SGLIMS_S, 'The Scottish Ministers wishes to seek bids to support and maintain its existing laboratory information management system (LIMS).'),
 (SGLIMS, 'tech-notice', S, SGLIMS_S, 'We currently hold 25 licences for the system.'),
 (MPS, 'tech-notice', S, 'Managed Print Solutions Framework Agreement (Scottish Government): Notice Description', 'The Scottish Ministers, acting through Scottish Procurement, are seeking to establish a multi supplier national Framework Agreement for the provision of Managed Print Solutions.'),
 (HWK, 'tech-notice', S, HWK_S + ': Notice Description', 'License and subscription for school homework application'),
 (HWK, 'tech-notice', S, HWK_S + ': Lot Information: Lot 1', 'The Award Criteria and the price and quality weightings do not apply in relation to call-offs from this national collaborative framework.'),
 (SDS, 'tech-notice', S, SDS_S + ': Notice Description', 'Procurement of a multi lot framework for training services to meet the growing demands on Skills Planning and Sector Development in the areas of digital economy and climate emergency.'),
 (SDS, 'tech-notice', S, SDS_S + ': Lot Information: Digital Start Fund', 'This tender relates solely to the development of \'professional\' digital technology skills and qualifications relating to essential digital skills and digital literacy skills are excluded.'),
 (IOT, 'tech-notice', S, 'Internet of Things (Scottish Government): Notice Description', 'The Authority is establishing a collaborative Dynamic Purchasing System (DPS) for Internet of Things (IoT).'),
 (SCAN, 'tech-notice', S, 'NSS12525 IBML Scanner (NHS National Services Scotland): tender description', 'Replacement high volume scanners for prescription scanning'),
 (SIMS, 'tech-notice', W, 'Schools Information Management System (SIMS) (Wrexham County Borough Council): two.1.4) Short description', 'Transition from existing contractual model of perpetual licence of SIMS to local authority with associated support services, to software as a service model contracting directly with individual schools to provide SIMS and associated support services.'),
 # Digital opportunities (Wales, Scotland, UK)
 (PHW, 'tech-opportunity', W, PHW_S, 'Public Health Wales have completed a discovery of user needs for health protection in Wales prior to selecting a minimum viable product for the digital aspect of its health protection services.'),
 (PHW, 'tech-opportunity', W, PHW_S, 'This package will be an Alpha which will prove the capability of at least one open source solution from the discovery, refine the Minimum Viable Product (MVP) and produce a scoped build/test/deliver plan for the selected route.'),
 (PHW, 'tech-opportunity', W, PHW_S, 'The Alpha should include full documentation such as testing plans, training plans, implementation plans and stakeholder communication plans, all agreed by the programme board.'),
 (DM1, 'tech-opportunity', U, DM1_S + ': Overview: Summary of the work', 'The authority has a requirement for a scalable medical messaging tool to enable deployed or remotely located medical personnel to securely reach-back via text with supporting imagery on BYOD and authorised MOD mobile and desktop devices which can utilise both Military communication networks/Bearers and civilian equivalents.'),
 (DM1, 'tech-opportunity', U, DM1_S + ': About the work: Why the work is being done', 'Deployed military medics and clinicians at all levels experience difficulty obtaining SME clinical advice, as the existing mechanisms for clinical reach-back are often ineffective due to the limited options for text/data messaging over secure systems, limiting communications.'),
 (DM2, 'tech-opportunity', S, DM2_S + ': Summary of the work', 'Undertake a Discovery and Alpha exercise to prototype the ecosystem catalogue including any people, process, and technology elements required to deliver the service, and delivery models and levers mentioned previously.'),
 (DM2, 'tech-opportunity', S, DM2_S + ': About the work: Problem to be solved', 'No catalogue of re-usable ecosystem components exists to facilitate the reuse of services instead of the procurement or creation of new ones.'),
 # Scottish Government framework buyer's guides: ordering, dates, statuses, documents
 (MED, 'framework-guide', S, MED_S, 'Detail of all suppliers’ status with regard to size, payment of rLiving Wage, whether they are rLW accredited and whether they have signed the Business Pledge can be found on the Additional Supplier Information document contained within Knowledge Hub .'),
 (MED, 'framework-guide', S, MED_S, 'A link to the Sustainable Procurement/Procurement Journey is provided to assist you in considering the relevance of this criteria to your requirement.'),
 (OFF, 'framework-guide', S, OFF_S + ': Fair work first', 'Lyreco holds real living wage accreditation and are signatories to the Scottish business pledge.'),
 (PRT, 'framework-guide', S, PRT_S, 'Framework public bodies sourcing their service requirements through this framework agreement must award their service requirements in accordance with the procedure set out in framework schedule 3 of the entire agreement document (ordering procedures).'),
 (WBD, 'tech-framework', S, WBD_S, 'the Framework satisfies demand for new and emerging requirements through a process of continuous improvement, throughout the life of the agreement'),
 (WBD, 'tech-framework', S, WBD_S, 'the Framework provides one central point of ordering and contract management covering warranty, insurance, and general supply enquiries'),
 (WBD, 'tech-framework', S, WBD_S, 'savings: product pricing is significantly lower than current market pricing'),
 (DCD, 'tech-framework', S, DCD_S, 'Scottish Procurement has entered into this framework agreement with a single contractor to ensure organisations may obtain value for money in their purchasing whilst being assured that their procurement is compliant with EU procurement regulations.'),
 (DCD, 'tech-framework', S, DCD_S, 'The Framework commenced on 1 September 2023 The duration of the framework is two years until 31st August 2025, with the option to extend for a further two years.'),
 (PER, 'tech-framework', S, PER_S, 'The Framework commenced on 16th May 2022 and will end on 15th May 2024 with the option of 2 x 12 month periods.'),
 (MVD, 'tech-framework', S, MVD_S, 'As a single supplier framework, there is only a Direct Award route to market and no further competition is required.'),
 (MVD, 'tech-framework', S, MVD_S, 'Buyers are reminded of the obligations contained in the Procurement Reform (Scotland) Act 2014 in relation to the award of contracts valued equal to or greater than £50,000.00 including those awarded as a result of a framework call-off.'),
 (DTC, 'tech-framework', S, DTC_S + ': About dynamic purchasing systems', 'A dynamic purchasing system is a two stage procurement process similar to a framework agreement where suppliers submit an application to join and are evaluated against minimum selection criteria prior to being accepted.'),
 (DTC, 'tech-framework', S, DTC_S + ': How a DPS operates', 'there is no maximum or minimum limit to the number of suppliers approved to each Lot'),
 # Scottish ICT client devices frameworks (case study)
 (ITU, 'tech-case', S, ITU_S, 'Each device would have its own framework, awarded to a single supplier through open competition.'),
 (ITU, 'tech-case', S, ITU_S + ': The results', 'Contracts were offered on an initial two-year basis, with the option to extend a further two years.'),
 # Online school payments (Scotland Excel; Durham) and the Internet of Things DPS (FutureScot)
 (SXC, 'tech-framework', S, SX_S, 'The online school payments framework offers online services for parents and schools across Scotland.'),
 (SXC, 'tech-framework', S, SX_S, 'As well the convenience of making payments from home, there are other benefits for a \'cashless\' system for children including reducing poverty stigma.'),
 (SXP, 'tech-case', S, 'Case Study: Supporting the Digital Future of Scotland’s Schools (Scotland Excel)', 'The Scotland Excel Online School Payments framework was developed in collaboration with local authorities to support an ongoing project to introduce an online services for parents and schools across Scotland.'),
 (FSC, 'tech-case', S, FSC_S, 'At the beginning of July the Scottish Government’s procurement and commercial directorate invited suppliers of Internet of Things (IoT) products and services to join a new purchasing framework.'),
 (FSC, 'tech-case', S, FSC_S, 'The procurement framework joins three other tech-focused supplier frameworks within Scottish Government and was the culmination of a great deal of development work both inside and outside government.'),
 # ICT outsourcing contracts of Scottish councils: the ICT services bought; the Scottish Wide Area Network
 (CMP, 'tech-news', S, 'Scottish Borders Council awards £92m digital services contract to CGI', 'As part of the 13-year contract, CGI will provide the council with new technology in a bid to improve customer services and streamline existing systems.'),
 (CMP, 'tech-news', S, 'Scottish Borders Council awards £92m digital services contract to CGI', 'CGI will also deploy a new ERP system to replace the council\'s existing finance and HR systems, and implement a digital platform with the intention of making it simpler for residents to interact with the council and provide feedback.'),
 (PTB, 'tech-news', S, 'Council signs £92m digital-services contract with CGI', 'Scottish Borders was named as a partner by the city council throughout its ICT procurement process, allowing it to contract directly with the winning bidder.'),
 (FSG, 'tech-news', S, 'Glasgow seeks approval for award of £339m digital contract to CGI', 'Tablet devices for every pupil, from primary six through secondary, and WiFi in every classroom are among pledges contained in a new ICT contract which is being put to Glasgow City Council’s executive committee for approval on Thursday (20 April).'),
 (FSG, 'tech-news', S, 'Glasgow seeks approval for award of £339m digital contract to CGI: The council aims to:', 'Support vulnerable people to live independently by deploying assistive technology;'),
 (HOL, 'tech-news', S, 'Glasgow City Council aims to ‘kick-start a step change’ in digital services with CGI contract', 'Transformation plans focus particularly on education, including giving all pupils from P6 onwards their own tablet and setting up a dedicated digital learning team to ensure Glasgow pupils have “world-class facilities” and “the best technological learning environment in the country”.'),
 (GVC, 'tech-news', S, 'CGI set to land £300m+ digital and IT services deal in Glasgow', 'The contract, likely to be for an initial seven-year term, with a further five-year option, is understood to be worth between £300m and £400m.'),
 (EDN, 'tech-news', S, '£186m council IT firm deal to create 200 jobs', 'Classrooms will be among the main beneficiaries, as bandwidth up to 100 times greater than currently available is rolled out in a bid to make the full range of mobile apps and online programmes a regular feature of learning.'),
 (EDN, 'tech-news', S, '£186m council IT firm deal to create 200 jobs', 'However, city leaders have been urged to ensure there is no negative impact on the elderly and other residents who may struggle to access internet technology.'),
 (SWB, 'tech-framework', S, 'Scottish Wide Area Network (SWAN): What is SWAN?', 'The Scottish Wide Area Network (SWAN) Programme is designed to deliver a single public services network available for the use of any, and potentially all, public service organisations within Scotland.'),
 (SWB, 'tech-framework', S, 'Scottish Wide Area Network (SWAN): What types of services are included?: Core Infrastructure Services', 'The core infrastructure includes the development and deployment of the network itself and the provision of support services such as a help-desk, service portal, service monitoring, reporting, billing and technical design support.'),
 (SWC, 'tech-news', S, 'Swan lands in Scottish Highlands', 'The £9.5m contract will see Capita undertake to deliver gigabit-capable broadband to 152 sites by March 2021, while full-fibre network builder CityFibre will commit its own multi-million pound investment to design, dig and operate the network.'),
 (SWG, 'tech-news', S, 'SWAN-song: Scotland Re-tenders WAN Framework For Up To £350m', 'Initially available to participating SWAN members authorities, the procurement is expected to be extended to additional service requirements of the participating authorities including LAN, voice, and IoT services.'),
 # Scottish Parliament written answers: documents, tools, training, costs
 (PQ2, 'parliament-answer', S, 'Question reference: S5W-17529 (the Scottish Living Wage on Scottish Government contracts): Answer', 'It is not possible to identify the cost associated with any individual element of a bidders overall bid.'),
 (PQ3, 'parliament-answer', S, 'Question reference: S6W-01948 (guidance on specifying community benefits): Answer', 'In 2016, the Scottish Government issued Statutory Guidance under the Procurement Reform (Scotland) Act 2014, setting out how public bodies can include community benefits in relevant public procurements.'),
 (PQ3, 'parliament-answer', S, 'Question reference: S6W-01948 (guidance on specifying community benefits): Answer', 'Our sustainable procurement tools include additional guidance on employment, skills and training through public contracts.'),
 (PQ4, 'parliament-answer', S, 'S5W-02059: incentives in public procurement frameworks that encourage waste minimisation and reuse: Answer', 'Techniques such as Life Cycle Impact Mapping are outlined in the statutory guidance on the Sustainable Procurement Duty that is a core part of the Procurement Reform (Scotland) Act 2014.'),
 (PQ5, 'parliament-answer', S, 'S5W-10988: leased and bought service provision options in public sector procurement contracts: Answer', 'Over 700 people have received training on the Scottish Government’s approach to sustainable procurement and a further range of tailored courses are available.'),
 # Northern Ireland: a definition and a document (Department of Finance); the IT Assist services bought
 (DFS, 'policy-guidance', N, 'Social Value Strategy 2025-2027 (Department of Finance)', 'It incorporates ethical and sustainable supply chains, community benefits and wealth building, job and skills creation and efforts to combat climate change.'),
 (DFS, 'policy-guidance', N, 'Social Value Strategy 2025-2027 (Department of Finance)', 'This Strategy sets out the social value goals and ambitions for the Department over the next 2 years focusing on the Department’s key responsibilities as owner of the Civil Service Office Estate and policy lead for finances, procurement and human resources (HR).'),
 (STK, 'tech-news', N, 'Northern Ireland readies for £60m IT overhaul in wake of blistering contract criticism', 'Part of the government\'s Enterprise Shared Services, operating out of the Department of Finance (DoF), IT Assist handles desktop computing, network infrastructure, telephony, data centre storage facilities, server hosting/support and helpdesk functions -- in short, the bulk of Northern Ireland\'s corporate IT services.'),
 (STK, 'tech-news', N, 'Northern Ireland readies for £60m IT overhaul in wake of blistering contract criticism: Northern Ireland IT Assist contract is for a chunky 7-years', 'The Northern Ireland government is (perhaps controversially in an era of increasingly shorter contracts) planning to sign an initial seven-year deal with the option of up to a five-year extension, the tender said.'),
 # Fair Work First guidance: evaluation panels, definitions, exclusion grounds
 (BP4, 'policy-guidance', S, 'Addressing fair work practices, including the real living wage, in procurement: best practice: 15. Evaluating Tender Responses', 'A public body may also consider including a panel member with relevant knowledge or experience to help evaluate bidders’ responses to a Fair Work practices criterion, for example, this could include a human resources or trade union representative.'),
 (BP3, 'policy-guidance', S, 'Addressing fair work practices, including the real living wage, in procurement: best practice: 11. Exclusion And Selection Of Tenderers', 'Fair Work practices are actions an employer adopts for the benefit of its workers that are above and beyond the minimum requirements set out in law and reflect the five dimension of the Fair Work Framework.'),
 (BP3, 'policy-guidance', S, 'Addressing fair work practices, including the real living wage, in procurement: best practice: 11. Exclusion And Selection Of Tenderers', 'Procurement legislation requires a public body, in all regulated and EU-regulated procurements, to establish whether exclusion grounds apply to suppliers, including sub-contractors.'),
]
OGL_HOSTS = ('gov.scot', 'blogs.gov.scot', 'finance-ni.gov.uk', 'sustainableprocurementtools.scot',
             'find-tender.service.gov.uk', 'digitalmarketplace.service.gov.uk',
             'redirect.contractawardservice.crowncommercial.gov.uk')
batch = Batch('public-texts-81.jsonl')
# Documents of several pages share a group (named as the corpus names the gov.scot buyer's guides).
GROUPS = {
    'web-based-and-proprietary-devices-framework': 'gov.scot/web-based-and-proprietary-devices-framework-buyers-guide',
    'digital-technology-and-cyber-services-dps-buyer-guide': 'gov.scot/digital-technology-and-cyber-services-dps-buyer-guide',
    'addressing-fair-work-practices-including-real-living-wage-procurement-best': 'gov.scot/addressing-fair-work-practices-real-living-wage-procurement-best-practice',
    'print-and-associated-services-2023-framework-agreement': 'gov.scot/print-and-associated-services-2023-framework-buyer-guide',
}


def group_of(src):
    # A source already in the corpus keeps its group (batch.py); each notice is `ocds:<ocid>` whichever copy it was read
    # from (Wrexham's SIMS award on Find a Tender is ocds-h6vhtk-032986); the pages of one buyer's guide are one group.
    if src == SIMS: return 'ocds:ocds-h6vhtk-032986'
    if (g := ocid_group(src)): return g
    for key, g in GROUPS.items():
        if key in src: return g
    return src


batch.emit_lists('pub81', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
