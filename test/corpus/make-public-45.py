"""Write /work/batches/public-texts-45.jsonl: batch 53, SCOTTISH tender wording as suppliers meet it (2020-2026):
community benefit asks and menus of Scottish councils, housing associations and NHS Scotland's national procurement,
Fair Work First criteria as Scottish procurement asks bidders to commit to them, and climate / circular economy award
questions under the sustainable procurement duty; with hard negatives from the same documents (what is bought, the
buying route, monitoring mechanics, SPD selection process text, a Fair Work First evaluation bought as the service).

Sources (stored pages read through the `search` tool, pages corpus; all new to the corpus but Scotland Excel's community
benefits page):
South Ayrshire Council's community benefit clauses page, its Community Benefits Wishlist news item, its community
group Seeking Support guidance and its community benefits page (gosshosted preview copy); the SFHA news item on
community benefits best practice; Glasgow City Council's Community Benefits Policy page; West Dunbartonshire Council's
news item on community benefits from council projects (2020); the Sustainable Procurement Tools case study of NHS
National Services Scotland's haemodialysis machines and consumables framework (procurement process); gov.scot's
policy pages on fair work in procurement and on procurement and climate change; Public Contracts Scotland's news item
on SPPN 3/2021 (scotlandtraining.klickstream.com); the Procurement Journey's 'What do I do on climate?' page; the
Scottish Government's 2008 community benefits guidance note and page 10 of its Community benefits in public
procurement report; NatureScot's sustainable procurement statement; and Scotland Excel's Corporate Strategy 2018-23 (joomag
copy), its corporate frameworks and community benefits pages, page 4 of the same report; Public Contracts Scotland
notices as copied by d3tenders.com (haemodialysis machines, peritoneal dialysis homecare, Fair Work First evaluation, Leuchars modular
nursery, Uist housing sites) and Scotland Excel's engineering and technical consultancy notice on Sell2Wales.

Texts are verbatim (list bullets and numbering dropped, surrounding quotation marks of quoted model questions dropped).
Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr).
Crown copyright pages (gov.scot, procurementjourney.scot, sustainableprocurementtools.scot, sell2wales.gov.wales) are
OGL v3; d3tenders.com notice copies carry the notice data licence; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-45.py > /work/batches/public-texts-45.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

S = 'scotland'

SAC = 'https://www.south-ayrshire.gov.uk/procurement/communitybenefitclauses.aspx'
SAW = ('https://south-ayrshire.gov.uk/article/58899/'
       'Calling-All-Local-Community-Groups-Our-Community-Benefits-Wishlist-Is-Open')
SAS = 'https://south-ayrshire.gov.uk/community-benefits-seeking-support-guidance'
SAP = 'https://website.sayr1-prp.gosshosted.com/article/40560/Community-benefits'
SFH = 'https://www.sfha.co.uk/news/news-category/sfha-news/news-article/share-your-community-benefits-best-practice'
GLP = 'https://glasgow.gov.uk/article/5966/Community-Benefits-Policy'
WDC = ('https://west-dunbarton.gov.uk/council/newsroom/news/2020/nov/'
       'community-reaps-the-benefit-of-council-projects/')
HDM = ('https://sustainableprocurementtools.scot/index.cfm/case-studies1/'
       'nhs-national-service-scotland-haemodialysis-machines-and-consumables/procurement-process')
FWP = 'https://www.gov.scot/policies/public-sector-procurement/fair-work-in-procurement/'
GPC = 'https://gov.scot/policies/public-sector-procurement/procurement-and-climate-change'
KLK = 'https://scotlandtraining.klickstream.com/helpandresources/news/scottishprocurementpolicynote'
PJC = 'https://www.procurementjourney.scot/additional-resources/climate-emergency/what-do-i-do-on-climate'
CBN = 'http://www.gov.scot/Publications/2008/02/12145623/0'
CBP = 'https://www.gov.scot/publications/community-benefits-public-procurement/pages/10/'
NSC = 'https://nnr.nature.scot/doc/sustainable-procurement-statement-policy-and-practice'
D3HM = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000717750'
D3PD = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-060393'
D3FW = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000791497'
D3LN = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000608390'
D3UI = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000554900'
S2W = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=MAY513067'
SXJ = ('https://view.joomag.com/scotland-excel-corporate-strategy-2018-23-scotlandexcel-corpstrategy-2018-online-full/'
       '0548142001538567689?page=28')
SXC = 'http://scotland-excel.org.uk/home/Howwehelp/Corporate.aspx'
SXB = 'http://www.scotland-excel.org.uk/home/Howwehelp/Community-benefits.aspx'
CB4 = 'https://www.gov.scot/publications/community-benefits-public-procurement/pages/4/'

SAC_S = 'Community benefit clauses in procurement (South Ayrshire Council)'
SAC_L = SAC_S + ': Here are some examples of items and services which have previously been received within South Ayrshire as part of Community Benefits clauses'
SAW_S = 'Calling All Local Community Groups - Our Community Benefits Wishlist Is Open! (South Ayrshire Council)'
SAS_S = 'South Ayrshire Community Benefits - Community Group Seeking Support Guidance'
SAP_S = 'Community benefits (South Ayrshire Council)'
SFH_S = 'Share your community benefits best practice (SFHA)'
GLP_S = 'Community Benefits Policy (Glasgow City Council)'
WDC_S = 'Community reaps the benefit of council projects (West Dunbartonshire Council)'
HDM_S = 'NHS National Services Scotland - Haemodialysis Machines and Consumables: Procurement process'
FWP_S = 'Fair work and procurement (gov.scot)'
FWP_L = FWP_S + ': Fair Work First encourages businesses bidding for a public contract to commit to adopting the following'
GPC_S = 'Procurement and climate change (gov.scot)'
GPC_L = GPC_S + ': The Public Procurement Strategy for Scotland encourages public bodies to broaden their response to the climate emergency by'
KLK_S = 'Public Contracts Scotland: Information & Support: Scottish Procurement Policy Note SPPN 3/2021'
KLK_L = KLK_S + ': The 5 FWF criteria are'
PJC_S = 'What Do I Do on Climate? (Procurement Journey)'
CBN_S = 'Community benefits in public procurement: guidance note (2008)'
CBP_S = 'Community benefits in public procurement: 8 An Introduction to the Case Studies'
NSC_S = 'Sustainable Procurement - Statement of Policy and Practice (NatureScot)'
NSC_L = NSC_S + ': Introduction: By ‘sustainable’, we mean that the way we buy goods, service or works helps us to'
NOT_D = 'Notice Description'
NOT_L = 'Lot Information'
S2W_S = 'Contract notice: II.1.4) Short description'
SXJ_S = 'Scotland Excel Corporate Strategy 2018-23: Sustainable procurement'
SXC_S = 'Scotland Excel: How we help: Corporate'
SXB_S = 'Scotland Excel: How we help: Community benefits'
CB4_S = 'Community benefits in public procurement: 2 Understanding Community Benefits: 2.1 Mapping the Field'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # South Ayrshire Council: community benefit clauses page
 (SAC, 'scot-council-cb', S, MU, [], SAC_S, 'South Ayrshire Council encourages suppliers to be innovative in their Community Benefit returns.'),
 (SAC, 'scot-council-cb', S, WB, [], SAC_L, 'Weekly lunch clubs for elderly people'),
 (SAC, 'scot-council-cb', S, WB, [], SAC_L, 'Volunteer driver scheme'),
 (SAC, 'scot-council-cb', S, WB, [], SAC_L, 'Sensory garden'),
 (SAC, 'scot-council-cb', S, WB, [], SAC_L, 'Befriending projects'),
 (SAC, 'scot-council-cb', S, WB, [], SAC_L, 'Donation to local food banks/football teams'),
 (SAC, 'scot-council-cb', S, EI, ['wellbeing'], SAC_L, 'School visits/presentations'),
 (SAC, 'scot-council-cb', S, WB, ['climate'], SAC_L, 'Assistance towards litter picking days'),
 (SAC, 'scot-council-cb', S, MU, [], SAC_S, 'Community Benefit Clauses can act as a valuable tool for organisations to deliver a wide range of social, economic and environmental outcomes from their procurement function.'),
 (SAC, 'scot-council-cb', S, EI, [], SAC_S, 'For example, through the use of a targeted training and recruitment community benefit clause, an organisation may be able to provide an essential property maintenance service for its tenants but at the same time help in tackling employability in the local area as well as contribute to the general regeneration of the areas.'),
 # South Ayrshire Council: wishlist news, seeking support guidance, community benefits page
 (SAW, 'scot-council-cb', S, MU, [], SAW_S, 'Suppliers who win any major contract with the Council must commit to supporting local causes.'),
 (SAW, 'scot-council-cb', S, MU, [], SAW_S, 'This can be through activities such as community enhancement; training and employment opportunities; work placements; school curriculum support; and business supply chain development.'),
 (SAW, 'scot-council-cb', S, WB, ['climate', 'economic-inequality'], SAW_S, 'Some examples of community benefits that contractors could provide is for staff to plant trees in a local green space; supplying materials for a community build; or providing training and workshops for local community groups.'),
 (SAS, 'scot-council-cb', S, MU, [], SAS_S + ': 1. What are \'Community Benefits\'?', 'Community benefits are built into the Council\'s procurement processes, designed to bring added value to communities when the Council tenders for a service.'),
 (SAS, 'scot-council-cb', S, MU, [], SAS_S + ': 1. What are \'Community Benefits\'?', 'Social, environmental and employability support can be provided by companies who have goods and services contracts over £50,000 and works contracts over £500,000, ensuring that the impact of them winning that tender is not just to their own financial benefit; it gives something back to the people of South Ayrshire directly.'),
 (SAP, 'scot-council-cb', S, MU, [], SAP_S, 'Suppliers who win any major contract must commit to supporting local causes through community enhancement, training and employment opportunities, work placements, school curriculum support and business supply chain development.'),
 # SFHA: housing associations' community benefits
 (SFH, 'scot-housing-cb', S, MU, [], SFH_S, 'Community benefit clauses in collaborative frameworks to provide additional social value have supported a wide range of social, economic and environmental benefits for our communities including jobs, apprenticeships, and local charity and community initiatives.'),
 (SFH, 'scot-housing-cb', S, MU, [], SFH_S, 'Although the Scottish Government states that community benefits should be considered for all contracts greater than £4m, some housing associations include a community benefit provision on all contracts greater than £100k (excluding VAT).'),
 (SFH, 'scot-housing-cb', S, WB, [], SFH_S, 'We know that some social housing providers when undergoing a programme of painting their properties will ensure the contractor also paints the local community hall, or when taking on a firm to carry out landscaping will also secure the contractors’ input into creating allotments for tenants.'),
 # Glasgow City Council: community benefits policy
 (GLP, 'scot-council-cb', S, MU, [], GLP_S, 'Glasgow City Council is committed to maximising Community Benefits from procurement activity.'),
 (GLP, 'scot-council-cb', S, MU, [], GLP_S, 'Community Benefit clauses are requirements which deliver wider benefits in addition to the core purpose of a contract.'),
 (GLP, 'scot-council-cb', S, MU, [], GLP_S, 'These clauses can be used to build a range of economic, social or environmental conditions into the delivery of council contracts.'),
 # West Dunbartonshire Council: community benefits offered in tenders
 (WDC, 'scot-council-cb', S, MU, [], WDC_S, 'The benefits provided by suppliers are a key element of tendering for Council contracts and were highlighted as part of the Annual Procurement Report for 2019/20 presented to West Dunbartonshire’s Corporate Services Committee on Wednesday.'),
 (WDC, 'scot-council-cb', S, EI, ['wellbeing'], WDC_S, 'As part of the tendering process for the new developments, building contractor CCG Scotland Ltd offered employment, training, work experience, curriculum support and community enhancements working in partnership with procurement and the Council’s Procurement and Working4U teams.'),
 (WDC, 'scot-council-cb', S, EI, [], WDC_S, 'The new employment opportunities included five construction apprenticeships for West Dunbartonshire young people, eight new posts created specifically for unemployed residents and other jobs as tradesmen and labourers.'),
 (WDC, 'scot-council-cb', S, WB, [], WDC_S, 'In addition, CCG made contributions to community projects and groups, including funding for a new resident garden at the care home, equipment for a football and a gymnastics club, fundraising for West Dunbartonshire Foodshare and contributing to the cost of drainage works at the Mill Cabin in Haldane.'),
 # NHS National Services Scotland: haemodialysis framework sustainability questions
 (HDM, 'scot-nhs-climate', S, CL, [], HDM_S + ': Specification and tender: Recyclability', 'Please advise your plans to increase the recycling capability of your packaging over the course of the framework, supply and share the high level and or specific plans in relation to the tendered items or supply'),
 (HDM, 'scot-nhs-climate', S, CL, [], HDM_S + ': Specification and tender: End of life machines', 'This scored question was included in Lots 1,2 and 6 (Equipment Only Lots), part of the overall Sustainability weighting of 10%, sought detail regarding measures to support the transition to a circular economy, through management of end-of-life haemodialysis machines.'),
 (HDM, 'scot-nhs-climate', S, CL, [], HDM_S + ': Specification and tender: End of life machines', 'Please outline measures taken within your organisation to continually reduce your environmental impact, contributing to a more sustainable environment, in relation to the end of life of equipment.'),
 # gov.scot: fair work in procurement
 (FWP, 'scot-fair-work', S, EO, [], FWP_S, 'We expect suppliers delivering public contracts to adopt and demonstrate appropriate fair work practices, for all workers engaged in delivering the public contract.'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_S, 'We believe that a supplier\'s approach to fair work practices, can have a positive impact on the quality of goods, works and services in a public contract.'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_L, 'payment of at least the real Living Wage'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_L, 'provide appropriate channels for effective workers’ voice, such as trade union recognition'),
 (FWP, 'scot-fair-work', S, EO, ['economic-inequality'], FWP_L, 'investment in workforce development'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_L, 'no inappropriate use of zero hours contracts'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_L, 'address workplace inequalities, including pay and employment gaps for disabled people, racialised minorities, women and workers aged over 50'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_L, 'offer flexible and family friendly working practices for all workers from day one of employment'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_L, 'oppose the use of fire and rehire practices'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_S + ': Living Wage as a requirement in procurement', 'We consider the payment of the real Living Wage to be the most significant way a supplier can demonstrate its commitment to fair work practices.'),
 (FWP, 'scot-fair-work', S, EO, [], FWP_S, 'suppliers delivering public contracts to adopt and demonstrate appropriate fair work practices, ensuring that these are delivered for all workers engaged on delivering the public contract'),
 # Public Contracts Scotland news: SPPN 3/2021
 (KLK, 'scot-fair-work', S, EO, [], KLK_S, 'For procurement processes commencing on 1 April 2021, public bodies are expected to apply the 5 FWF criteria, if relevant and proportionate to the procurement exercise.'),
 (KLK, 'scot-fair-work', S, EO, [], KLK_L, 'Action to tackle the gender pay gap and create a more diverse ad inclusive workplace; and'),
 (KLK, 'scot-fair-work', S, EO, [], KLK_L, 'Providing fair pay for workers (for example, payment of the real Living Wage).'),
 (KLK, 'scot-fair-work', S, EO, [], KLK_L, 'No inappropriate use of zero hours contracts;'),
 # gov.scot: procurement and climate change; Procurement Journey
 (GPC, 'scot-climate', S, CL, [], GPC_S, 'Public procurement is expected to contribute to our climate change targets, in compliance with the sustainable procurement duty.'),
 (GPC, 'scot-climate', S, CL, [], GPC_L, 'undertaking early engagement with suppliers in order to support the creation of innovative solutions capable of positively responding to the climate crises'),
 (PJC, 'scot-climate', S, CL, [], PJC_S, 'You should consider including climate selection criteria in your procurement exercise that will result in carbon reduction.'),
 # Scottish Government: community benefits guidance note (2008)
 (CBN, 'scot-cb-guidance', S, MU, [], CBN_S + ': Purpose', '\'Community Benefits\' in this context are contractual requirements which deliver a wider social benefit in addition to the core purpose of the contract.'),
 (CBN, 'scot-cb-guidance', S, EI, [], CBN_S + ': Purpose', 'In particular, requirements in relation to targeted training and employment outcomes.'),
 # NatureScot sustainable procurement statement
 (NSC, 'scot-climate', S, CL, [], NSC_L, 'Meet our Net Zero Statement and our Climate Change Commitments'),
 # Scotland Excel: corporate strategy and community benefits page
 (SXJ, 'scot-excel', S, MU, [], SXJ_S, 'Over the next five years, we are committed to continuous development of our approach to deliver even greater benefits for people and communities across Scotland.'),
 (SXJ, 'scot-excel', S, EI, [], SXJ_S, 'We believe that there is still ample opportunity for local companies to take part in our tenders, and we will work with councils and partners to promote opportunities to SMEs, third sector organisations and supported businesses to support local economic impact and jobs.'),
 (SXJ, 'scot-excel', S, EO, [], SXJ_S, 'We have considered Fair Work Practices, including payment of the Scottish Living Wage, within tenders since early 2015.'),
 (SXB, 'scot-excel', S, MU, [], SXB_S, 'These have been incorporated into all contracts developed since that date, and have supported a wide range of social, economic and environmental benefits for our communities including jobs, apprenticeships and local charity and community initiatives.'),
 (SXB, 'scot-excel', S, EI, [], SXB_S, 'Through this innovative framework, suppliers have engaged with job centres, work programmes and schools on a range of employment and training opportunities.'),
 (SXB, 'scot-excel', S, WB, [], SXB_S, 'In 2014, a donation was made to Mary\'s Meals by one of the suppliers to our food contracts as a result of community benefits.'),
 # Community benefits in public procurement report: what community benefits include
 (CB4, 'scot-cb-guidance', S, MU, [], CB4_S, '\'Community Benefits\' include not only targeted recruitment & training, but also equal opportunities, training for the existing workforce, supply-chain initiatives, community consultation, \'considerate contractor\' schemes, contributions to education, the promotion of social enterprises, and resources for community initiatives.'),
 (NSC, 'scot-climate', S, CL, [], NSC_S, 'If a project has sustainable/environmental outcomes the specification should clearly state the requirements and Project Managers can then include them in the evaluation criteria.'),
]
# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # South Ayrshire Council pages
 (SAC, 'scot-council-cb', S, SAC_S, 'A recent event was held in Troon on Saturday 25th June 2016.'),
 (SAW, 'scot-council-cb', S, SAW_S, 'South Ayrshire Council\'s Community Benefits Wishlist is open for submissions.'),
 (SAW, 'scot-council-cb', S, SAW_S, 'The Wishlist is open to any community group, organisation, association, or charity within South Ayrshire who would like to request external support.'),
 (SAW, 'scot-council-cb', S, SAW_S, 'There are no guarantees around how long it might take for wishes to be selected, and we unfortunately can\'t promise that your request will be fulfilled.'),
 (SAS, 'scot-council-cb', S, SAS_S + ': 3. How does the process work?', 'The Seeking Support form is open to any community group, organisation, association, or charity within South Ayrshire who would like to request external support.'),
 (SAS, 'scot-council-cb', S, SAS_S + ': 3. How does the process work?', 'Up to 3 requests at a time can be requested using the Seeking Support form which is available online:'),
 (SAS, 'scot-council-cb', S, SAS_S + ': 3. How does the process work?', 'Once you have completed the form, we will receive a notification and review what you have submitted.'),
 (SAS, 'scot-council-cb', S, SAS_S + ': 2. What is a Seeking Support request?', 'Registering support with us helps to get your needs out there and spread the word.'),
 (SAP, 'scot-council-cb', S, SAP_S, 'Any community group can add their cause to our community benefits wish list.'),
 (SAP, 'scot-council-cb', S, SAP_S + ': Community benefit and sustainability update', 'On a bi-annual basis, all suppliers will be requested to provide an update to what has been delivered throughout the contract lifetime to date.'),
 (SAP, 'scot-council-cb', S, SAP_S + ': Community benefit and sustainability update', 'This will be in the form of updating a spreadsheet of what has been delivered against what was pledged in the tender process.'),
 (SAP, 'scot-council-cb', S, SAP_S + ': Community benefit and sustainability update', 'Please note that the information provided is shared publicly and also will be shared with key members of South Ayrshire Council (e.g. Elected Members and Senior Management).'),
 (SAP, 'scot-council-cb', S, SAP_S + ': Community benefit and sustainability update: The Community Benefit update is divided into three sections', 'Section B: Community Benefits delivered out with South Ayrshire'),
 (SAP, 'scot-council-cb', S, SAP_S + ': Community benefit and sustainability update: The Community Benefit update is divided into three sections', 'Section C: Sustainable Methods introduced or delivered by the supplier'),
 # SFHA
 (SFH, 'scot-housing-cb', S, SFH_S, 'SFHA is delighted to have joined forces with Scotland Excel to begin producing a handy community benefits guide.'),
 (SFH, 'scot-housing-cb', S, SFH_S, 'The aim of the guide is to take the sectors’ best practice and make it common practice.'),
 (SFH, 'scot-housing-cb', S, SFH_S, 'At a time of increased build and of substantial investment in existing stock, considerable sums of money are being spent by the sector.'),
 # West Dunbartonshire Council
 (WDC, 'scot-council-cb', S, WDC_S, 'Among the projects which have provided benefits for the community is the new Clydebank Care Home, Queens Quay House, as well as the new Council housing developments in Haldane, Bellsmyre and Clydebank.'),
 # NHS NSS haemodialysis case study
 (HDM, 'scot-nhs-climate', S, HDM_S + ': Supplier selection', 'The framework had been identified as one of the priorities from a carbon reduction perspective, based on climate and procurement prioritisation across pipeline frameworks.'),
 (HDM, 'scot-nhs-climate', S, HDM_S + ': Specification and tender: Recyclability', 'This was an unscored question, for information only.'),
 (HDM, 'scot-nhs-climate', S, HDM_S + ': Specification and tender: Recyclability', 'Responses from bidders included detail of their corporate environmental plans, such as ISO14001 Environmental Management System, carbon neutral plans, use of packaging databases and recycling in manufacturing process.'),
 (HDM, 'scot-nhs-climate', S, HDM_S + ': Specification and tender: Recyclability', 'As a result, this provided some useful evidence to be followed up through supplier management, to determine how suppliers are applying relevant measures in practice, while encouraging continual improvement.'),
 # gov.scot fair work in procurement
 (FWP, 'scot-fair-work', S, FWP_S, 'Fair Work First in public procurement is distinct from the application of Fair Work First in grants.'),
 (FWP, 'scot-fair-work', S, FWP_S, 'Guidance on Fair Work First in grants is available from Fair Work First: guidance.'),
 (FWP, 'scot-fair-work', S, FWP_S + ': Living Wage as a requirement in procurement', 'The real Living Wage is different to the National Minimum Wage (including the \'national living wage\') which is the legal minimum an employer must pay an employee and is set by the UK Government.'),
 (FWP, 'scot-fair-work', S, FWP_S + ': Living Wage as a requirement in procurement', 'It is a voluntary wage rate which is calculated by the Resolution Foundation and overseen by the Independent Living Wage Commission.'),
 (FWP, 'scot-fair-work', S, FWP_S + ': Living Wage as a requirement in procurement', 'While employment law is reserved, we have examined how payment, by contractors, of the real Living Wage can be taken into account as part of a public procurement process.'),
 # PCS news item
 (KLK, 'scot-fair-work', S, KLK_S, 'We have published a new Scottish Procurement Policy Note, SPPN 3/2021 which advises public bodies how to implement Fair Work First (FWF) criteria in their procurements.'),
 (KLK, 'scot-fair-work', S, KLK_S, 'SPPN 3/2021 has good practice examples of what the five criteria can mean in practice and an example Fair Work First question that can be used in Invitations to Tender'),
 # gov.scot procurement and climate change
 (GPC, 'scot-climate', S, GPC_S, 'The Single Procurement Document (“SPD”) is a standard questionnaire that potential bidders complete which allows public bodies to identify suitably qualified and experienced bidders.'),
 (GPC, 'scot-climate', S, GPC_S, 'Guidance for buyers can be found on the Procurement Journey.'),
 (GPC, 'scot-climate', S, GPC_S, 'Guidance for suppliers on how to respond to this question can be found on the Supplier Journey.'),
 # Procurement Journey: climate
 (PJC, 'scot-climate', S, PJC_S, 'Your selection criteria must be proportionate and considered for all relevant contracts or priority contracts.'),
 (PJC, 'scot-climate', S, PJC_S + ': What is a Priority Contract?', 'If the procurement is a relevant and/or priority climate change contract you must state this in your Contract Notice or in the SPD Module in PCS'),
 (PJC, 'scot-climate', S, PJC_S + ': What is the SPD Module in PCS?', 'The SPD Module in PCS allows you to create and issue an electronic version of the SPD.'),
 (PJC, 'scot-climate', S, PJC_S + ': What is the SPD Module in PCS?', 'The SPD Module also allows bidders to store and reuse their answers when responding to SPD requests from buyers.'),
 (PJC, 'scot-climate', S, PJC_S + ': Climate Selection Criteria Tools and Support: Standardised Statements', 'Climate statements have been added to the SPD standardised statements to help you create your selection criteria.'),
 # 2008 guidance note and the pilot programme report
 (CBN, 'scot-cb-guidance', S, CBN_S + ': Purpose', 'The purpose of this note is to provide guidance on the use of \'community benefits\' in public sector procurement.'),
 (CBN, 'scot-cb-guidance', S, CBN_S + ': Background', 'The pilot programme commenced in 2003 and included participation in pilot contracts by five authorities: Glasgow Housing Association, Raploch Urban Regeneration Company, Inverclyde Council, Dundee City Council and Falkirk Council.'),
 (CBP, 'scot-cb-guidance', S, CBP_S, 'The following five contracting authorities participated in the Community Benefits in Procurement Programme by putting pilot contracts out to tender:'),
 (CBP, 'scot-cb-guidance', S, CBP_S + ': 8.1 Glasgow Housing Association ( GHA)', 'Glasgow Housing Association ( GHA) is the UK\'s largest social housing stock-transfer Association, receiving 80559 housing units from Glasgow City Council in March 2003, after a tenants ballot in 2002.'),
 # NatureScot
 (NSC, 'scot-climate', S, NSC_S, 'This document is issued by Scottish Natural Heritage (acting under its operating name, and hereinafter referred to as, “NatureScot”), established under the Natural Heritage (Scotland) Act 1991.'),
 (NSC, 'scot-climate', S, NSC_S, 'All goods, services and works bought by NatureScot must deliver best value, meeting all of our needs at an affordable price.'),
 (NSC, 'scot-climate', S, NSC_S, 'We make this available on our website for information and for potential suppliers to understand our sustainability standards.'),
 # Public Contracts Scotland notices (d3tenders.com copies) and Scotland Excel's notice on Sell2Wales
 (D3HM, 'scot-notice', S, NOT_D, 'This Framework Agreement is for the supply of Haemodialysis Machines & Consumables to NHS Scotland.'),
 (D3PD, 'scot-notice', S, 'tender/description', 'The provision of a homecare delivery service on behalf of NHS Scotland for patients on peritoneal dialysis treatments at home which may include the supply of a dialysis machine, consumables as required, sterile dialysate fluids, ancillaries, and the delivery service.'),
 (D3PD, 'scot-notice', S, 'tender/lots/description: Sterile Dialysate Fluids', 'This tender is for a maximum of 200 patients across Scotland resulting in approximately 2000 deliveries per annum.'),
 (D3PD, 'scot-notice', S, 'tender/lots/description: Sterile Dialysate Fluids', 'The number of patients and deliveries will vary through the duration of the framework agreement.'),
 (D3FW, 'scot-notice', S, NOT_D, 'The Scottish Government, on behalf of Scottish Ministers, are commissioning a process and early impact evaluation of Fair Work First, the Scottish Government\'s flagship policy for driving high quality and fair work across the labour market in Scotland.'),
 (D3FW, 'scot-notice', S, NOT_L + ': Lot 1', 'It will also seek to understand implementation challenges and unintended consequences, and how these have been managed.'),
 (D3FW, 'scot-notice', S, NOT_L + ': Lot 1', 'The evaluation will be developed working in consultation with the Fair Work Convention.'),
 (D3FW, 'scot-notice', S, NOT_L + ': Lot 1', 'The contract is anticipated to be awarded for a period of 12 months with an option to extend for up to 3 month (no cost extension) at the sole discretion of the Scottish Ministers.'),
 (D3LN, 'scot-notice', S, NOT_D, '"Turn Key" Package - Design, Supply, Construct & Fit Out New Modular Nursery Accommodation at Leuchars PS'),
 (D3UI, 'scot-notice', S, NOT_D, 'Tenderers are invited to Tender for the provision of Principal Contractor to construct a new build housing on 3 different sites at various locations in Benbecula and South Uist.'),
 (D3UI, 'scot-notice', S, NOT_L + ': Torlum, Isle of Benecula', 'HHP have provided there standard house types which prices are to be based upon.'),
 (D3UI, 'scot-notice', S, NOT_L + ': Garynamonie, Isle of South Uist', 'Design submissions must allow for the site to be developed to full capacity at a later date.'),
 # Scotland Excel: corporate strategy, corporate frameworks page
 (SXJ, 'scot-excel', S, SXJ_S, 'Scottish companies account for c. 62% of all suppliers on Scotland Excel national frameworks, and c. 78% of these are SMEs.'),
 (SXJ, 'scot-excel', S, SXJ_S, 'As a key member of the Scottish Government Policy Group and Best Practice Forum, we will continue to play a leading role in the development of sustainable procurement practices.'),
 (SXC, 'scot-excel', S, SXC_S + ': Online school payments framework', 'The online school payments framework offers online services for parents and schools across Scotland.'),
 (SXC, 'scot-excel', S, SXC_S + ': Online school payments framework', 'As well the convenience of making payments from home, there are other benefits for a \'cashless\' system for children including reducing poverty stigma.'),
 (SXC, 'scot-excel', S, SXC_S + ': Groceries and provisions framework', 'The groceries and provisions framework – which meets the requirements of the Nutrition Act Scotland (2007) – delivers a range of grocery products to schools including dairy and chilled products, dried goods, ambient products, crisps, soft drinks and water.'),
 (CB4, 'scot-cb-guidance', S, CB4_S, 'The following hierarchy may be helpful in understanding this emerging field of policy and activity:'),
 (S2W, 'scot-notice', S, S2W_S, 'This framework is for engineering and technical consultancy services.'),
 (S2W, 'scot-notice', S, S2W_S, 'Environmental Engineering and Technical Related Consultancy services'),
 (S2W, 'scot-notice', S, S2W_S, 'Drainage and Flooding Engineering and Technical Related Consultancy services'),
]
OGL_HOSTS = ('gov.scot', 'procurementjourney.scot', 'sustainableprocurementtools.scot', 'sell2wales.gov.wales')
batch = Batch('public-texts-45.jsonl')
CBP14 = 'https://gov.scot/publications/community-benefits-public-procurement/pages/14'
def group_of(src):
    # A source already in the corpus keeps its group; the pages of one publication share its group (the Community
    # benefits in public procurement report; the Sustainable Procurement Tools site); a notice is `ocds:<ocid>`.
    if 'community-benefits-public-procurement' in src: return batch.group_of_source.get(CBP14, CBP14)
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub45', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
