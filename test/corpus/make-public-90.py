"""Write /work/batches/public-texts-90.jsonl: batch 98, TECHNOLOGY tenders in England as a technology supplier meets
them: what councils, combined authorities, NHS bodies, police commissioners and universities say about the social
value they want from suppliers (apprenticeships, digital skills and digital exclusion in a council's full-fibre
partnership, local employment clauses, reuse and recycling in a university's purchasing), paired with HARD negatives
from the same kind of documents: what is bought (telephony, unified communications, CRM, cloud and data-centre
frameworks, telecare and technology-enabled care, HR and duties systems, a heat-recovering data centre, laptops for
digitally excluded pupils), lots and call-off rules, evaluation mechanics (80% cost / 20% quality), cyber security
controls and contract clauses, the NHS Digital Technology Assessment Criteria (clinical safety, data protection,
technical assurance, interoperability, usability and accessibility), ITT format and clarification process, portals,
disposal and data destruction, conflicts of interest, TUPE and price indexation.

Sources (none held by the corpus before this batch, apart from the Local Government Association cyber guide's group,
which is kept): the Shropshire Star's report of Telford & Wrekin Council's full-fibre partnership with Virgin Media O2
Business; a report of Liverpool City Region Combined Authority's social value framework (cur.at link); the University
of Salford's community benefits through procurement page; the University of Essex's sustainable procurement policy;
Kent Online on Medway Council's local apprentices rule; Worcestershire County Council's contract clauses
(distancelearningcollege.co.uk report); Surrey County Council's news release on apprenticeships through purchasing;
Crescent Purchasing Consortium's reminder of the Social Value Act (example specification wording); Civil Service
World on the Cabinet Office's 2019 social value plans; the Jisc Green ICT blog on its sustainable ICT procurement
briefing; Jisc infoNet's EDRM infoKit pages on the invitation to tender and scope of contract; NHSX's and NHS England
Transformation Directorate's Digital Technology Assessment Criteria pages and CyberCrowd's summary of them; the Local
Government Association's cyber security procurement guide (two pages); the Local Digital Declaration page; Chorley
Council's and South Ribble Borough Council's ICT procurement decisions; Herefordshire Council's Fastershire broadband
contract change decision; Kent County Council's telecare contract decision; a council's telecare direct award decision
(councilgateway.poteris.co.uk); Herefordshire Council's FOI disclosure on technology enabled care contracts;
Lincolnshire County Council's FOI on IT disposal; the London Borough of Hammersmith & Fulham's laptops for digitally
excluded students decision; PublicTechnology's reports on DfE laptops and council device schemes; Arcus Global's blog
on council software tender specifications; SocietyWorks' blog on social value; Lancashire County Council's technology
enabled care notice (Find a Tender); and tender notices as republished by d3tenders.com (Royal United Hospitals Bath
data centre, Nottinghamshire County Council unified communications and CRM, YPO cloud services, Norfolk schools
telephony, Halton telehealth, East Sussex technology enabled care, Warwickshire Police HR and duties systems,
Humberside PCC victim needs system, a force's social media platform).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown
copyright pages (Find a Tender, localdigital.gov.uk) and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-90.py > /work/batches/public-texts-90.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U


# Social value sources
TEL = ('https://www.shropshirestar.com/news/local-hubs/telford/2022/06/15/'
       'dozens-of-buildings-to-get-full-fibre-internet-in-multi-million-pound-council-boost/')
LCR = 'https://cur.at/2Ka7BiV?m=web'
SAL = 'http://www.salford.ac.uk/university/community/community-benefits-through-procurement'
ESX = 'http://www.essex.ac.uk/purchasing/unrestricted/contracts.shtm'
MED = 'https://premium.kentonline.co.uk/kent/news/council-agree-to-boost-local-5593'
CPC = 'https://www.thecpc.ac.uk/news/reminder-of-the-requirements-of-the-social-value-act'
CSW = ('https://www.civilserviceworld.com/professions/article/'
       'businesses-have-to-show-they-can-improve-society-to-win-government-contracts')
WOR = 'https://distancelearningcollege.co.uk/2011/08/30/council-uses-buying-power-to-improve-local-economy'
SUR = 'https://news.surreycc.gov.uk/2014/05/22/purchasing-power-creating-170-apprenticeships/'
GIC = 'https://greenict.jiscinvolve.org/wp/2009/10/19/sustainable-ict-procurement-in-he/'
# Guidance and policy pages (negatives)
JI1 = 'http://www.jiscinfonet.ac.uk/InfoKits/edrm/stage-6/step-1'
JI2 = 'http://www.jiscinfonet.ac.uk/InfoKits/edrm/stage-6/scope-of-contract/'
NHX = 'https://www.nhsx.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/'
TRN = 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/how-to-use-the-dtac'
CYC = 'https://www.cybercrowd.co.uk/nhs-digital-technology-assessment-criteria-dtac/'
LGA = 'https://www.local.gov.uk/our-support/financial-resilience-and-economic-recovery/digital/cyber-security/'
LG16, LG19 = LGA + 'embedding-cyber-16', LGA + 'embedding-cyber-19'
LDD = 'https://localdigital.gov.uk/what-is-the-declaration/'
ARC = ('https://www.arcusglobal.com/news/'
       'five-things-councils-should-consider-when-writing-a-software-tender-specification/')
SOC = 'https://www.societyworks.org/2025/04/29/beyond-the-numbers-capturing-true-social-value-in-procurement/'
# Council decisions and FOI disclosures (negatives)
SRB = 'https://southribble.moderngov.co.uk/ieDecisionDetails.aspx?AIId=9234'
CH1 = 'https://democracy.chorley.gov.uk/ieDecisionDetails.aspx?AIId=52336'
HFD = 'http://councillors.herefordshire.gov.uk/ieDecisionDetails.aspx?Id=5762'
KTC = 'https://democracy.kent.gov.uk/mgIssueHistoryHome.aspx?IId=61456&Opt=0'
CGW = 'https://councilgateway.poteris.co.uk/decisions/96794'
HTF = 'https://herefordshire.disclosurelog.co.uk/disclosures/5332ceac-9174-4fef-9f70-43a164185f6e'
LIN = 'https://www.lincolnshire.gov.uk/directory-record/70847/recycling-and-disposing-of-redundant-it-equipment'
LBH = 'https://democracy.lbhf.gov.uk/ieDecisionDetails.aspx?Id=4275'
PT1 = 'https://www.publictechnology.net/print/5625'
PT2 = 'https://www.publictechnology.net/articles/news/councils-organise-local-computers-remote-schooling-schemes'
# Tender notices
LAN = 'https://www.find-tender.service.gov.uk/Notice/008229-2023'
D3 = 'https://d3tenders.com/contract/'
RUH = D3 + '?ocid=ocds-h6vhtk-04e57e'
NUC = D3 + 'download.php?ocid=ocds-h6vhtk-02f47d'
NCR = D3 + 'download.php?ocid=ocds-h6vhtk-05cc39'
YPO = D3 + 'download.php?ocid=ocds-h6vhtk-0330f6'
NFT = D3 + 'download.php?ocid=ocds-h6vhtk-02e7f2'
HAL = D3 + 'download.php?ocid=ocds-h6vhtk-03a138'
ESC = D3 + 'download.php?ocid=ocds-h6vhtk-0396ec'
WAR = D3 + '?ocid=ocds-h6vhtk-0523fd'
HUM = D3 + 'download.php?ocid=ocds-h6vhtk-067cf9'
SMP = D3 + 'download.php?ocid=ocds-h6vhtk-03de23'

TEL_S = 'Dozens of buildings to get full-fibre internet in multi-million pound council boost'
LCR_S = 'Combined authority unveils measures to maximise local benefits being written into contracts and funding agreements'
SAL_S = 'University of Salford: Community Benefits Through Procurement'
ESX_S = 'University of Essex central purchasing unit: Sustainable Procurement Policy'
ESX_A = ESX_S + ': The University aims to ensure that its procurement activities meet the diverse needs of students, staff, the economy and society both now and in the future, and it will achieve this through:'
ESX_B = ESX_A + ' Working with key suppliers to reduce environmental risk and spread sustainability improvements through the supply chain. This will include:'
MED_S = 'Medway Council will expect outside companies to employ local apprentices if they are awarded one of its £230 million of contracts'
WOR_S = 'Council uses buying power to improve local economy'
SUR_S = 'Purchasing power creating 170 apprenticeships'
CPC_S = 'Reminder of the requirements of the Social Value Act: For example;'
CSW_S = 'Businesses have to show they can improve society to win government contracts'
GIC_S = 'Sustainable ICT Procurement in HE'
JI_S = 'Jisc infoNet: Electronic Documents and Records Management: Stage 6: EDRM - defining the statement of requirements'
JI1_S = JI_S + ': Step One - the invitation to tender'
JI2_S = JI_S + ': Scope of contract'
DTAC = 'Digital Technology Assessment Criteria (DTAC)'
TRN_S = DTAC + ': How to use the DTAC: For buyers and those considering digital health technologies'
CYC_S = 'NHS ' + DTAC + ': The Assessment Criteria is focused on 5 core areas'
LGA_S = 'Local Government Association: Embedding cyber resilience in local government procurement'
LDD_S = 'Local Digital Declaration: What is the Declaration?: What are we signing up to?'
ARC_S = 'Five things Councils should consider when writing a software tender specification'
SOC_S = 'Beyond the numbers: Capturing true social value in procurement'
SRB_S = 'South Ribble Borough Council: Approval for the contract award procedure and evaluation criteria for ICT hardware software and support'
CH1_S = 'Chorley Council: Approval for the contract award procedure and evaluation criteria for the procurement of ICT Infrastructure'
HFD_S = 'Herefordshire Council: Fastershire Broadband Contract Change 2019'
KTC_S = 'Kent County Council: 22/00056 - Telecare Contract: Background'
CGW_S = 'Telecare Installation and Response Service: award without competition: reasons'
HTF_S = 'Herefordshire Council FOI: Technology Enabled Care (TEC) and Telecare Contracts: Request'
LIN_S = 'Lincolnshire County Council FOI: Recycling and disposing of redundant IT equipment'
LBH_S = 'London Borough of Hammersmith & Fulham: Laptops for digitally excluded students'
PT1_S = 'DfE awards £27m deal in expansion of laptops scheme'
PT2_S = 'Councils organise local computers for remote schooling schemes'
LAN_S = 'Lancashire County Council: Provision of Technology Enabled Care Services: two.1.4) Short description'
RUH_S = 'Royal United Hospitals Bath: Contract for the capital funding, installation and maintenance of an IT data centre as part of a renewable energy project at RUH'
NUC_S = 'Nottinghamshire County Council: Unified Communications Solutions Framework: description'
NCR_S = 'Nottinghamshire County Council: Customer Relationship Management (CRM) System'
YPO_S = 'YPO - 001126 - Cloud Services, Data Centre Management and Transformation Solutions'
NFT_S = 'Norfolk County Council: Framework Agreement for Telephony Services for Schools'
HAL_S = 'Halton Borough Council: Tender for the Provision of Digital Telehealth Care System: description'
ESC_S = 'East Sussex County Council: ESCC - ME Technology Enabled Care Services'
WAR_S = 'Police and Crime Commissioner for Warwickshire: Provision of a Human Resource System & Duties Management System: Notice Description'
HUM_S = 'Police and Crime Commissioner for Humberside: Victim Single Needs Assessment: description'
SMP_S = 'Social Media Management Software, Licence and Support: Lot 1'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # Telford & Wrekin Council's full-fibre partnership
 (TEL, 'tech-case', U, EI, [], TEL_S, 'The borough will benefit from new connectivity infrastructure in addition to digital skills funding and apprenticeship opportunities, as Telford & Wrekin Council partners with Virgin Media O2 Business.'),
 (TEL, 'tech-case', U, EI, [], TEL_S, 'The authority has partnered with Virgin to deliver what it says will be a multimillion-pound boost to digital infrastructure, employment and skills in the area over ten years.'),
 (TEL, 'tech-case', U, EI, ['wellbeing'], TEL_S, 'Additionally, Virgin is investing in a series of local social impact initiatives through the partnership to help tackle digital exclusion and boost employment.'),
 # Liverpool City Region Combined Authority's social value framework
 (LCR, 'council-policy', U, MU, [], LCR_S, 'Liverpool City Region Combined Authority is to give greater weight to local social value in its £100m-a-year major procurements.'),
 (LCR, 'council-policy', U, EI, [], LCR_S, 'Under its new social value framework, benefits to the local community will become a more important factor in contract awards, for example training and employment of local people, use of local suppliers or the offer of apprenticeships.'),
 (LCR, 'council-policy', U, MU, [], LCR_S, 'The authority, which covers Merseyside, said it spends more than £100m a year and the social value requirement would apply to all contracts worth more than £20,000.'),
 (LCR, 'council-policy', U, MU, [], LCR_S, 'Mr Rotheram said factors that reflected social value could see contracts go to projects led by underrepresented groups, improving people’s ability to find work, or energy efficiency measures in homes.'),
 (LCR, 'council-policy', U, EI, [], LCR_S, 'The authority already does business with local community organisations and social businesses through its community suppliers list, and providing jobs and training including for hard-to-reach groups is written into its housing retrofit contracts.'),
 (LCR, 'council-policy', U, EO, ['wellbeing'], LCR_S, 'In the longer term the authority will seek to use its purchasing power to improve working conditions and wages through the supply chain and may develop opportunities for suppliers to give money to social value projects.'),
 # University of Salford
 (SAL, 'university-policy', U, MU, [], SAL_S, 'As a major organisation in Salford, with an annual turnover of £180m, the University wants to maximise the value of any contracts let and for this value to benefit students, the University and the wider community.'),
 (SAL, 'university-policy', U, EI, [], SAL_S, 'Wherever possible, and within the constraints of legislation, we aim to utilise work experience and graduate employment opportunities for our students, ensure that job opportunities are advertised locally and that local sourcing and supply chains are optimized.'),
 # University of Essex sustainable procurement policy
 (ESX, 'university-policy', U, CL, [], ESX_A, 'Exploring opportunities for reuse and recycling of materials, and reduction of consumption, as appropriate.'),
 (ESX, 'university-policy', U, CL, [], ESX_A, 'Minimising the environmental impact of the procurement process wherever possible, including reductions in transport, deliveries and packaging.'),
 (ESX, 'university-policy', U, EI, [], ESX_A, 'Where added value can be demonstrated using local suppliers when appropriate.'),
 (ESX, 'university-policy', U, CL, [], ESX_A, 'Working with key suppliers to reduce environmental risk and spread sustainability improvements through the supply chain.'),
 (ESX, 'university-policy', U, CL, [], ESX_B, 'Avoiding products with particularly harmful substances'),
 (ESX, 'university-policy', U, CL, ['equal-opportunity'], ESX_B, 'Preferential procurement for products with high recycled content, that are biodegradable or are Fairly Traded wherever possible'),
 (ESX, 'university-policy', U, CL, [], ESX_B, 'Encouraging suppliers to adopt environmentally sensitive policies and procedures, and to achieve environmental credentials'),
 # Medway Council
 (MED, 'council-policy', U, EI, [], MED_S, 'Companies securing large council contracts will have to employ workers from the nearby area.'),
 (MED, 'council-policy', U, EI, [], MED_S, 'The new rules adopted by Medway Council mean outside businesses will have to help the Towns’ economy to secure work.'),
 (MED, 'council-policy', U, EI, [], MED_S, 'Contracts worth more than £1 million will be expected to include at least one apprentice.'),
 # Worcestershire County Council
 (WOR, 'council-policy', U, EI, [], WOR_S, 'Worcestershire County Council’s buyers are using the council’s spending power to boost their local economy – by including clauses in contracts to increase training and job opportunities in the area.'),
 (WOR, 'council-policy', U, EI, [], WOR_S, 'Under the new plans, council suppliers will be required by clauses added to contracts and tender documents to add value to their community by tackling unemployment and offering training opportunities such as apprenticeships.'),
 (WOR, 'council-policy', U, EI, ['equal-opportunity'], WOR_S, 'The initiative is designed to create new opportunities for vulnerable groups in Worcestershire, including the long-term unemployed and those with disabilities.'),
 # Surrey County Council
 (SUR, 'council-policy', U, EI, [], SUR_S, 'Surrey County Council aims to use its purchasing power to create 170 apprenticeships.'),
 (SUR, 'council-policy', U, EI, [], SUR_S, 'Firms are being asked to pledge to fill apprentice places as part of their bids for contracts to provide council services.'),
 (SUR, 'council-policy', U, EI, [], SUR_S, 'The authority, which negotiates tens of millions of pounds worth of contracts each year, is also encouraging key contractors to look to their chain of suppliers for apprenticeship opportunities.'),
 # Crescent Purchasing Consortium: example specification wording
 (CPC, 'sector-guidance', U, EI, [], CPC_S, 'We will require the successful supplier to measure the number of apprenticeship opportunities that are created for the delivery of this service as a direct result of this contract providing details of the type and number of opportunities.'),
 (CPC, 'sector-guidance', U, EI, [], CPC_S, 'We want to create skills, training and apprenticeship opportunities through delivering this service.'),
 (CPC, 'sector-guidance', U, EI, ['equal-opportunity'], CPC_S, 'Where opportunities arise through the delivery of this contract, we want to generate employment and training opportunities for the following targeted groups: long-term unemployed, young people (including school-leavers, young unemployed and/or student graduates), people with disabilities, and other groups.'),
 # Civil Service World: the Cabinet Office's social value plans (2019)
 (CSW, 'central-policy', U, MU, [], CSW_S, 'Businesses bidding for future public sector contracts will have to show they can also help to improve society by tackling big issues such as modern slavery and climate change under plans announced by the Cabinet Office.'),
 (CSW, 'central-policy', U, MU, [], CSW_S, 'At the Social Value Summit in London on Monday, Cabinet Office minister David Lidington announced that contracts would have to take into consideration the social impact that the business has, and this covers a huge range of areas such as the employment of disabled people, the prevention of modern slavery and the protection of the environment.'),
 (CSW, 'central-policy', U, MU, [], CSW_S, 'The Cabinet Office minister said the government would now take special care with contracts to use firms of all sizes, including those owned by under-represented groups, and would also look more deeply at the safety of supply chains to reduce the risk of modern slavery and cyber security vulnerabilities.'),
 (CSW, 'central-policy', U, EO, ['economic-inequality'], CSW_S, 'It would also encourage firms to employ people from diverse backgrounds, including those with disabilities and from ethnic minorities, and focus on prioritising staff training to boost employees’ long-term employability.'),
 (CSW, 'central-policy', U, CL, [], CSW_S, 'Finally, it will focus on environmental sustainability to reduce the impacts of climate change.'),
 # Jisc Green ICT blog
 (GIC, 'tech-strategy', U, CL, [], GIC_S, 'Buying the right servers and PCs can make areal difference to an institution’s environmental footprint, not just from the carbon produced from the electricity the device uses through its life, but also from the embedded carbon and harmful materials and processes used in manufacture.'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # Telford & Wrekin: what the partnership connects
 (TEL, 'tech-case', U, TEL_S, 'The partnership programme will see Virgin connect more than 200 council premises and other public buildings in Telford and Wrekin – including schools and libraries – providing access to a full-fibre network.'),
 (TEL, 'tech-case', U, TEL_S, 'The new cabling will also open up the potential for 12,000 other properties in Telford & Wrekin to connect to the fibre network in the future.'),
 # Medway, LCR (process and the buyer's own plans)
 (LCR, 'council-policy', U, LCR_S, 'Social value will also be made part of the authority’s spatial development strategy and engagement with communities.'),
 (CSW, 'central-policy', U, CSW_S, 'The announcement is the latest in a host of policy announcements from Lidington following the collapse of Carillion last January.'),
 # Jisc Green ICT blog: about the briefing paper
 (GIC, 'tech-strategy', U, GIC_S, 'The paper examines the various standards – Energy Star, ECMA-370 and EPEAT, and shows what these mean in practice for people within the procurement and IT areas.'),
 # Jisc infoNet EDRM infoKit: the invitation to tender
 (JI1, 'tech-guidance', U, JI1_S, 'This should invite tenders for a single contract covering the provision of an EDRM or Enterprise Content Management solution and associated supplier services for the whole education organisation or a defined subset of the institution.'),
 (JI1, 'tech-guidance', U, JI1_S + ': Format of responses', 'Generally you should ask the suppliers to respond to each section of the ITT and Statement Of Requirements in order and maintain the strict numbering used in the ITT and SOR documents.'),
 (JI1, 'tech-guidance', U, JI1_S + ': Format of responses', 'This grid lists every paragraph in the ITT and Statement of Requirements and indicates whether it is a mandatory; highly desirable or desirable requirement and then invites the supplier to respond with a Yes/No or requires bespoke work answer and comments in a comments column.'),
 (JI1, 'tech-guidance', U, JI1_S + ': Format of responses', 'In particular you should provide very clear instructions on how you want the supplier to respond to the price schedule so you have a clear set of costs and can compare the responses.'),
 (JI2, 'tech-guidance', U, JI2_S, 'It may be that you want to notify suppliers that you are excluding a managed service bid where the supplier takes over the running of the system.'),
 # Jisc procurement policy
 # NHS Digital Technology Assessment Criteria
 (NHX, 'tech-guidance', U, DTAC, 'The Digital Technology Assessment Criteria for health and social care (DTAC) gives staff, patients and citizens confidence that the digital health tools they use meet our clinical safety, data protection, technical security, interoperability and usability and accessibility standards.'),
 (NHX, 'tech-guidance', U, DTAC, 'The DTAC is designed to be used by healthcare organisations to assess suppliers at the point of procurement or as part of a due diligence process, to make sure new digital technologies meet our minimum baseline standards.'),
 (TRN, 'tech-guidance', U, TRN_S, 'To assess the product, you will need to ask the developer to complete the DTAC by responding to the question set and providing the evidence required.'),
 (TRN, 'tech-guidance', U, TRN_S, 'Embedding the DTAC question set within procurement and due diligence processes will ensure that products can be assessed quickly, consistently and that only those that meet baseline safety are adopted and scaled thus providing safeguards in critical areas.'),
 (CYC, 'tech-guidance', U, CYC_S + ': Clinical Safety', 'Products are assessed to ensure that clinical safety measures are in place and that organisations undertake clinical risk management activities to manage this risk.'),
 (CYC, 'tech-guidance', U, CYC_S + ': Data Protection', 'Products are assessed to ensure that data protection and privacy is ‘by design’ and the rights of individuals are protected.'),
 # LGA cyber security procurement guide
 (LG16, 'tech-guidance', U, LGA_S + ': How to set minimum cyber security controls based on the procurement’s cyber risk', 'Once cyber risk profiles have been determined, you can define the minimum cyber security controls you need your suppliers to adhere to.'),
 (LG16, 'tech-guidance', U, LGA_S + ': How to set minimum cyber security controls based on the procurement’s cyber risk: Common industry standards for cyber security', 'It is very important to realise that certification does not necessarily equate to security, which is why it is so important that certification requirements do not become a box ticking exercise.'),
 (LG19, 'tech-guidance', U, LGA_S + ': Contract: ongoing cyber security requirements', 'Key ongoing cyber security requirements, arrangements, terms and conditions should contractually require suppliers to continuously monitor their cyber security and cyber resilience arrangements or plans; improve these arrangements when necessary; and provide regular reports throughout the contract term.'),
 # Local Digital Declaration
 (LDD, 'tech-strategy', U, LDD_S, 'break our dependence on inflexible and expensive technology that doesn’t join up effectively, in favour of modular common components and open data standards'),
 # Arcus Global; SocietyWorks
 (ARC, 'tech-guidance', U, ARC_S, 'When a Council writes a tender specification, they are often pretty specific in terms of the type of software they want and restrictive in the experience they require bidding companies to have.'),
 (ARC, 'tech-guidance', U, ARC_S + ': Consider using an SME', 'A small business is able to offer a more personalised service.'),
 (ARC, 'tech-guidance', U, ARC_S + ': Consider using an SME', 'In a small company, you get to deal with the people who actually built your product, allowing you to get a much more customised product and you have someone to turn to if something goes wrong.'),
 (SOC, 'tech-case', U, SOC_S + ': Social value as standard, not as an afterthought', 'Meanwhile, from the commercial perspective, SocietyWorks builds on over 20 years of experience to deliver fairly-priced SaaS products (FixMyStreet Pro, WasteWorks, ApplyWorks, etc.) designed to help build trust between local authorities and residents, a crucial component of civic engagement and flourishing communities.'),
 # Council ICT decisions: procedure and evaluation mechanics
 (SRB, 'council-decision', U, SRB_S, 'That Cabinet approves the evaluation criteria of 80% cost and 20% quality;'),
 (CH1, 'council-decision', U, CH1_S + ': Decision', 'Approval granted for the contract award procedure for professional services to implement the procured hardware and software which would be published on the CHEST e-tendering portal and run as a Chorley procurement exercise.'),
 (CH1, 'council-decision', U, CH1_S + ': Reasons for recommendation(s)', 'Under the Council’s Contract Procedure Rules approval by the Executive Cabinet for contract award for tenders greater than £75,000 is required.'),
 (HFD, 'council-decision', U, HFD_S + ': Purpose', 'The decision is to alter the council’s existing contracts with Gigaclear to expand their scope both in terms of the level of public subsidy (£1.975m) and the number of eligible premises that would be reached with full fibre broadband.'),
 # Telecare and technology enabled care (the service bought)
 (KTC, 'council-decision', U, KTC_S, 'The purpose of Telecare is to support people to maintain independence, facilitating them to remain in their own home for as long as possible.'),
 (KTC, 'council-decision', U, KTC_S + ': The scope of the service in the specification covers three main areas and supports 5,190 people:', 'Direct Service Provision: This constitutes a Telecare service including 24-hour monitoring, along with provision for installing and de-staling the equipment.'),
 (CGW, 'council-decision', U, CGW_S, 'For the Council to change its’ telecare services provider before all devices are switched to digital is considered to increase the risk of service failure which could put vulnerable people at risk.'),
 (HAL, 'tech-notice', U, HAL_S, 'The Council are actively promoting how technology products in the consumer tech market can help residents to have a positive impact on their life, such as reducing social isolation and enabling them to retain independence in their own homes.'),
 (ESC, 'tech-notice', U, ESC_S + ': additional information', 'Please note that the Transfer of Undertaking (Protection of Employment) Regulations 2006 may apply and applicants should seek their own legal advice on this subject.'),
 (ESC, 'tech-notice', U, ESC_S + ': description', 'Technology Enabled Care (TEC), also known as telecare, refers to a range of services that use alarms and sensors that are monitored 24/7 by a dedicated alarm receiving centre.'),
 (LAN, 'tech-notice', U, LAN_S, 'Lancashire County Council (LCC) wishes to procure a Technology Enabled Service (TEC), the purpose of the Service is to enhance the quality of cost-effective support and improve outcomes for individuals, using technology as an integral part of the care and support process.'),
 (HTF, 'tech-foi', U, HTF_S + ': Key Deliverables and KPIs', 'Please provide the key performance indicators (KPIs), service-level agreements (SLAs), or core deliverables included in each contract.'),
 # IT disposal
 (LIN, 'tech-foi', U, LIN_S + ': Decision', 'This process is conducted by our IT services provider, Serco as part of the agreed terms and conditions of their contract.'),
 # Digital inclusion devices as the thing bought
 (LBH, 'council-decision', U, LBH_S + ': Purpose', 'To assist digitally disadvantaged students in H&F during the Covid 19 pandemic and subsequent move to increased eLearning, Digital Services and Children’s Services are working with local partners to launch a crowdfunding campaign aimed at raising funds for laptops and data connectivity.'),
 (PT1, 'tech-case', U, PT1_S, 'The Department for Education has awarded a £27.3m deal to provide laptops to disadvantaged children whose schooling is affected by local lockdowns over the coming months.'),
 (PT2, 'tech-case', U, PT2_S, 'It has worked with EOL IT to recondition and remove data from laptops donated by organisations, and hopes to open this to individuals again when Covid-19 restrictions allow.'),
 # Tender notices: what is bought, lots, call-off and procedure
 (RUH, 'tech-notice', U, RUH_S + ': Procurement Information', 'The objective for the RUH is to harness heat generated by the data centre and return it to the RUH ecosystem, making substantial savings in terms of cost and energy.'),
 (RUH, 'tech-notice', U, RUH_S + ': Lot 1', 'The award will be via a direct award to Deep Green Energy and will have no option to extend.'),
 (NUC, 'tech-notice', U, NUC_S, 'Bidders must note that the Council will only accept bids from Suppliers who are able to deliver the requirement in full inclusive of these 3 lots.'),
 (NUC, 'tech-notice', U, NUC_S, 'The Council recognises that Suppliers may not be able to deliver all these services directly themselves and may need to work in partnership through sub-contracting arrangements with other more specialist Suppliers.'),
 (NCR, 'tech-notice', U, NCR_S + ': description', 'An effective CRM to log, record and be able to report on Complaints/ Correspondence/ FOI\'s/ SAR\'s/ Police requests & Data Incidents.'),
 (YPO, 'tech-notice', U, YPO_S + ': additional information', 'The standstill period will be for a minimum of 10 calendar days and provides time for unsuccessful tenderers to challenge the award decision before the contract is entered into.'),
 (NFT, 'tech-notice', U, NFT_S + ': description', 'The Council was seeking to enter into a framework agreement for the supply, installation, management, maintenance, technical architecture, system design and project management associated with the provision of these services.'),
 (WAR, 'tech-notice', U, WAR_S, 'The contracting authority confirms that it has completed Conflict of Interest Assessments in accordance with Sections 81 to 83 of the Procurement Act 2023, which require contracting authorities to identify, review and mitigate actual, potential and perceived conflicts of interest throughout a covered procurement.'),
 (HUM, 'tech-notice', U, HUM_S, 'The Police and Crime Commissioner wishes to procure a system that can be developed in the future, but initially comprises of some basic functionality to build and maintain a database of victim needs.'),
 (SMP, 'tech-notice', U, SMP_S, 'Social media management platform to assist with The Force being able to interact more efficiently with the public.'),
]

OGL_HOSTS = ('find-tender.service.gov.uk', 'localdigital.gov.uk')
batch = Batch('public-texts-90.jsonl')


def group_of(src):
    # One document, one group: a notice is `ocds:<ocid>`; the pages of one guide or infoKit share a group (the LGA
    # cyber guide keeps the corpus's existing group); the DTAC pages of NHSX and NHS England are one document.
    if (g := ocid_group(src)): return g
    if src.startswith(LGA): return 'local.gov.uk/cyber-security-procurement-guide'
    if 'jiscinfonet.ac.uk/InfoKits/edrm' in src: return 'jiscinfonet.ac.uk/edrm-infokit'
    if src in (NHX, TRN): return 'nhs-england/digital-technology-assessment-criteria'
    return src


batch.emit_lists('pub90', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
