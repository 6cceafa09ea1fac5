"""Write /work/batches/public-texts-47.jsonl: batch 55, what TECHNOLOGY BUYERS write about social value in their own
evaluation criteria and contract requirements (Digital Outcomes and Specialists briefs, central government digital
service notices, NHS and council IT procurements, ICT tender wording), with hard negatives from the same documents:
technical competence, cultural fit, price and weighting rules, security clearance, functional requirements, the
digital inclusion or assisted digital service bought as the service itself, ITAD scope wording, contract values.

Sources: the Digital Outcomes and Specialists 5 brief questions for the digital specialists and user research
participants lots on the social value branch of Crown-Commercial-Service/digitalmarketplace-frameworks (social value
weighting and criteria, technical competence, cultural fit, price and security clearance questions); the Find a Tender
record of NHS Property Services' Digital Strategy Program software purchase (lambda-url copy); the d3tenders.com copy
of UKVI's Assisted Digital Support Services notice and of Connecting Cambridgeshire's digital inclusion impact
framework notice; a written answer on the NHSmail Collaboration Licensing Platform contract's social value KPI
(parallelparliament.co.uk); "ICT Services: Model Wording for Tender Documentation" (studylib.net); UKAuthority's report
of the Carbon Reduction Contract Schedule's technology, hardware and cloud requirements; Housing Technology's
"Greening your IT procurement"; the Public Accounts Committee's recommendations on social value in government
contracting (ppponline.affinitext.com); TJE Consulting's summary of PPN 06/20's policy outcomes; Contract Finder Pro on
award criteria; ITAD Leads' ITAD tender scope template for councils and NHS; PublicTechnology on Croydon's engagement
platform procurement and DfE's homeschooling laptops logistics contract; Halton Council's digital inclusion pilot
minutes; Future Net Zero's and techUK's summaries of the Greening government ICT and digital services strategy; the Newark and Sherwood digital inclusion laptops report (news-journal.co.uk).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus) and from the fetched mirror
of the framework repository (git show of commit 63574f2); list bullets dropped, YAML line breaks joined. Not scored:
the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Notice data is OGL
v3 (NOTICE_D3, NOTICE_LAMBDA); the framework repository is MIT (Crown copyright, GDS/CCS); the rest are short
quotations.

  python3 test/corpus/make-public-47.py > /work/batches/public-texts-47.jsonl
"""
from batch import Batch, host_licence, EI, CL, EO, WB, MU, CV, ocid_group

U = 'uk'

# Digital Outcomes and Specialists 5 briefs, social value branch (commit 63574f2, July 2021)
DMC = 'github:Crown-Commercial-Service/digitalmarketplace-frameworks@63574f2ccfe58503f672c3bbc63c395d6ddd63a3:'
DMB = DMC + 'frameworks/digital-outcomes-and-specialists-5/questions/briefs/'
DM_LIC = 'MIT (Crown Commercial Service / GDS, digitalmarketplace-frameworks)'
SWS = DMB + 'socialWeightingSpecialists.yml'
SWP = DMB + 'socialWeightingParticipants.yml'
SVS = DMB + 'socialValueCriteriaSpecialists.yml'
TCS = DMB + 'technicalCompetenceCriteriaSpecialists.yml'
CFS = DMB + 'culturalFitCriteriaSpecialists.yml'
TWS = DMB + 'technicalWeightingSpecialists.yml'
CWS = DMB + 'culturalWeightingSpecialists.yml'
PWS = DMB + 'priceWeightingSpecialists.yml'
SEC = DMB + 'securityClearance.yml'
DM_GROUP = {SWS: 'socialWeighting', SWP: 'socialWeighting', SVS: 'socialValueCriteria',
            TCS: 'technicalCompetenceCriteria', CFS: 'culturalFitCriteria', TWS: 'technicalWeighting',
            CWS: 'culturalWeighting', PWS: 'priceWeighting', SEC: 'securityClearance'}
# notices
NPS = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/057201-2025'
UKV = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-047d2e'
CAM = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-060aa8'
# pages
PQ = 'https://www.parallelparliament.co.uk/question/106746/nhs-contracts'
ICT = 'https://studylib.net/doc/9530700/ict-services'
UKA = ('https://www-ukauthority-com.azurewebsites.net/articles/'
       'guidance-sets-out-procurement-measures-for-whitehall-to-cut-technology-carbon-emissions/')
HT = 'https://housing-technology.com/greening-your-it-procurement'
PAC = 'https://ppponline.affinitext.com/public/book?id=5838&toc_id=867413'
TJE = 'https://tjeconsulting.co.uk/social-value-in-the-mainstream/'
CFP = 'https://info.contractfinderpro.com/2019/07/22/awards-details/'
ITAD = 'https://itadleads.co.uk/resources/itad-tender-scope-template-for-councils-and-nhs'
CRO = ('https://www.publictechnology.net/2025/09/03/communities-housing-and-planning/'
       'allowing-people-to-have-a-voice-croydon-explores-public-engagement-platform')
DFE = ('https://www.publictechnology.net/articles/news/'
       'dfe-appoints-partner-support-delivery-500000-homeschooling-laptops-winter')
HAL = 'http://councillors.halton.gov.uk/mgAi.aspx?ID=9245'
NSD = 'https://news-journal.co.uk/giving-it-equipment-a-longer-life'

SUS = 'https://www.sussexexpress.co.uk/news/people/hundreds-of-laptops-have-been-donated-to-sussex-services-3734332'
LIV = 'https://liverpoolexpress.wpsaul.com/refurbished-it-equipment-donated-to-woodlands-hospice'
STAR = 'https://www.star-procurement.gov.uk/Suppliers/Social-Value-Case-Studies/Laptop-Lending-Scheme.aspx'
EA = 'https://www.eani.org.uk/case-study-for-learning-management-system-software-package'
NHD = 'https://digital.nhs.uk/about-nhs-digital/technology-suppliers/nhs-digital-social-value-charter'
EICT = 'https://everythingict.org/?p=202722'
TRA = 'https://i-network.org.uk/trafford-tech4all-campaign/'
NSC = 'https://www.supplychain.nhs.uk/sustainability/ethical-sourcing-social-value/'

FNZ = 'https://www.futurenetzero.com/2020/09/14/uk-government-sets-out-new-digital-procurement-strategy/'
TUK = 'https://techuk.org/resource/greening-government-ict-and-digital-services-strategy-2020-25.html'
FNZ_S = 'UK Government sets out new digital procurement strategy (Greening government: ICT and digital services strategy 2020-2025)'
TUK_S = 'Greening Government: ICT and Digital Services Strategy 2020-25 (techUK briefing summary)'
SW_S = 'Evaluation weighting: Social value'
SV_S = 'Social value criteria'
TC_S = 'Technical competence criteria'
TC_P = TC_S + ': Giving points for individual criteria (optional)'
CF_S = 'Cultural fit criteria'
TW_S = 'Evaluation weighting: Technical competence'
CW_S = 'Evaluation weighting: Cultural fit'
PW_S = 'Evaluation weighting: Price'
SEC_S = 'Security clearance'
NPS_S = 'Digital Strategy Program, purchase of Finance, People, Facilities and Property management software (NHS Property Services)'
UKV_S = 'Assisted Digital Support Services for UKVI applicants (Home Office)'
CAM_S = 'Social Return on Investment and Impact Evaluation Framework for Digital Inclusion (Cambridgeshire County Council)'
PQ_S = 'NHS: Contracts (written answer, 26 January 2026): NHSmail Collaboration Licensing Platform'
ICT_S = 'ICT Services: Model Wording for Tender Documentation'
ICT_Q = ICT_S + ': Questions'
ICT_E = ICT_S + ': An ideal PPQ response would provide the following details:'
UKA_S = 'Guidance sets out procurement measures for Whitehall to cut technology carbon emissions'
HT_S = 'Greening your IT procurement'
HT_P = HT_S + ': Policy objectives and the Social Value Act'
HT_E = HT_S + ': Environmental issues & procurement: Environmental considerations can be factored into a procurement:'
PAC_S = 'Public Accounts Committee: Government contracting: Social value'
TJE_S = 'Social value in the mainstream: PPN 06/20 impact areas'
CFP_S = 'Awards details: assessment criteria'
ITAD_S = 'ITAD tender scope template for councils and NHS'
CRO_S = 'Croydon explores public engagement platform'
DFE_S = 'DfE appoints partner to support delivery of up to 500,000 homeschooling laptops this winter'
HAL_S = 'The Digital Inclusion Pilot (Halton Borough Council, minutes)'
NSD_S = 'Giving IT equipment a longer life (Newark and Sherwood District Council digital inclusion scheme)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # DOS5 briefs (digital specialists and user research participants lots)
 (SWS, 'dm-dos-briefs', U, MU, [], SW_S, 'Social value is measured against the following ’themes’:'),
 (SVS, 'dm-dos-briefs', U, MU, [], SV_S, 'Social value criteria'),
 # Find a Tender: NHS Property Services software purchase, award criteria
 (NPS, 'notice-criteria', U, MU, [], NPS_S + ': Award criteria (quality criterion, lot 1)', 'Social Value'),
 # UKVI Assisted Digital Support Services, award criteria
 (UKV, 'notice-criteria', U, MU, [], UKV_S + ': Award criteria', 'Social Value', {'weighting_percent': 10}),
 # written answer: NHSmail Collaboration Licensing Platform social value KPI
 (PQ, 'tech-contract', U, EI, [], PQ_S, 'The inclusion of Tackling Economic Inequality as a Key Performance Indicator (KPI) for NHS England’s NHSmail Collaboration Licensing Platform contract reflects the Government’s Social Value Model, introduced to ensure that public procurement delivers wider economic and social benefits alongside core contractual outcomes.'),
 (PQ, 'tech-contract', U, EI, [], PQ_S, 'In this case, Tackling Economic Inequality was chosen.'),
 (PQ, 'tech-contract', U, EI, [], PQ_S, 'This theme encompasses measures that promote economic opportunity, support skills and employment, and encourage innovation and productivity across supply chains.'),
 (PQ, 'tech-contract', U, EI, [], PQ_S + ': Each Social Value Theme in turn contains detailed Model Award Criteria, and for this contract NHS England applied:', 'Innovation and Disruptive Technologies, to support innovation and disruptive technologies throughout the supply chain to deliver lower cost and/or higher quality goods and services; and'),
 # ICT Services model tender wording
 (ICT, 'tech-itt', U, CL, [], ICT_S, 'As part of our commitment to reducing environmental impacts, we require that all of our buildings and staff use ICT equipment as efficiently as possible.'),
 (ICT, 'tech-itt', U, CL, [], ICT_S, 'We are committed to minimising both energy and resource use and associated carbon emissions.'),
 (ICT, 'tech-itt', U, CL, [], ICT_Q, 'Detail your understanding, experience and achievements in cost- effectively providing ICT services which minimise the use of energy and resources and reduce the whole life costs of ICT delivery;'),
 (ICT, 'tech-itt', U, CL, [], ICT_Q, 'Detail your understanding, experience and achievements in communicating the importance of energy efficiency to ICT users and catalysing changes in behaviour;'),
 (ICT, 'tech-itt', U, CL, [], ICT_Q, 'Detail your understanding and experience in providing key ICT energy performance data to clients, providing analysis and advice for improvements to ICT infrastructure;'),
 (ICT, 'tech-itt', U, CL, [], ICT_Q, 'Detail your understanding and experience in maximising ICT equipment useful life span and providing solutions to clients for disposal of ICT equipment at end of life;'),
 (ICT, 'tech-itt', U, CL, [], ICT_Q, 'Detail your understanding and experience in helping clients to reduce consumption of peripheral ICT consumables such as office paper, toners and inks, and reducing waste materials associate with the use of ICT equipment including waste packaging;'),
 (ICT, 'tech-itt', U, CL, [], ICT_E, 'evidence of having achieved reduced ICT energy consumption for client buildings using effective equipment specification, procurement and management, behavioural change and appropriate replacement of systems and infrastructure;'),
 (ICT, 'tech-itt', U, CL, [], ICT_E, 'evidence of providing methods of awareness raising amongst ICT users either through training programmes or provision of key user guidance with particular focus on efficient energy use;'),
 # UKAuthority: Carbon Reduction Contract Schedule (technology, hardware, cloud)
 (UKA, 'tech-policy', U, CL, [], UKA_S, 'The new Carbon Reduction Contract Schedule is aimed at helping departments, agencies and non-departmental public bodies reduce their greenhouse gas emissions in pursuit of the Government’s commitment to achieve net zero by 2050.'),
 (UKA, 'tech-policy', U, CL, [], UKA_S, 'For the first it says suppliers should comply with the EU Data Centres Code of Conduct and the Government’s Technology Code of Practice, along with adopting appropriate measures from the ISO 50001 standard for energy management and obtaining Energy Star certified products.'),
 (UKA, 'tech-policy', U, CL, [], UKA_S + ': Certification for hardware', 'For hardware management it points to compliance with the Government Buying Standards where they apply, and if they are not covered to use similar criteria, seek Energy Star certification and comply with the EPEAT scheme for sustainable management of resources and energy over the asset lifecycle.'),
 (UKA, 'tech-policy', U, CL, [], UKA_S + ': Certification for hardware', 'In regard to cloud services, the document says all data centres should be run in accordance with the EU code, all available power management facilities should be utilised and the supplier should provide the public authority with a copy of the annual energy return.'),
 # Housing Technology: greening IT procurement
 (HT, 'tech-guide', U, CL, [], HT_P, 'Before procuring a services contract, a housing provider must consider how those services “might improve… the environmental well-being” of the area they operate in and how to secure that improvement through the procurement.'),
 (HT, 'tech-guide', U, CL, [], HT_P, 'It is still good practice, though, and in line with many housing providers’ corporate objectives and procurement strategies, to consider environmental issues.'),
 # Public Accounts Committee recommendations
 (PAC, 'policy-report', U, MU, [], PAC_S, 'Recommendation: We recommend that there be an expectation of including a social value evaluation in Government procurements and that contracting bodies provide the Cabinet Office with an explanation if they wish to remove the provisions.'),
 (PAC, 'policy-report', U, MU, [], PAC_S, 'Recommendation: Government should, as part of every procurement tender, require plans to add social value and ensure social value is a weighted criterion for contract awards'),
 # TJE Consulting: PPN 06/20 impact areas
 (TJE, 'policy-summary', U, CV, [], TJE_S, 'Covid 19 – Help local communities to manage and recover from the impact of COVID-19'),
 (TJE, 'policy-summary', U, EI, [], TJE_S + ': Tackling economic inequality:', 'Create new businesses, new jobs and new skills'),
 (TJE, 'policy-summary', U, EI, [], TJE_S + ': Tackling economic inequality:', 'Increase supply chain resilience and capacity'),
 (TJE, 'policy-summary', U, CL, [], TJE_S, 'Fighting climate change – Effective stewardship of the environment'),
 (TJE, 'policy-summary', U, EO, [], TJE_S + ': Equal opportunity', 'Reduce the disability employment gap'),
 (TJE, 'policy-summary', U, EO, [], TJE_S + ': Equal opportunity', 'Tackle workforce inequality'),
 (TJE, 'policy-summary', U, WB, [], TJE_S, 'Improve health and wellbeing'),
 (TJE, 'policy-summary', U, WB, [], TJE_S, 'Improve community integration'),
 # Greening government ICT and digital services strategy: reports of what it asks of ICT suppliers
 (FNZ, 'tech-strategy', U, CL, [], FNZ_S, 'It says it will work in partnership with industry and other sectors to ensure government ICT and digital services professionals, end-users, suppliers and supply chains will be able to play their part in the decarbonisation journey.'),
 (FNZ, 'tech-strategy', U, CL, [], FNZ_S, 'It dictates by 2025, all government ICT suppliers must have made a formal and actionable commitment to delivering net zero, as well as to have established zero waste to landfill targets.'),
 (TUK, 'tech-strategy', U, MU, [], TUK_S, 'The main implications data centre operators, cloud and IT service providers are the increased focus on transparency of supply chain and outsourced services, not just in terms of energy and carbon, but also in terms of responsible sourcing, ethical employment practices and resilience.'),
 (TUK, 'tech-strategy', U, CL, [], TUK_S + ': There are five key deliverables:', 'Reduced carbon and costs'),
 (TUK, 'tech-strategy', U, CL, [], TUK_S + ': There are five key deliverables:', 'More information from suppliers on carbon impacts of outsourced services.'),
 # IT suppliers' social value commitments delivered (sources the corpus already holds; new texts only)
 (SUS, 'tech-case', U, WB, [], 'Hundreds of laptops have been donated to Sussex services', 'The laptops were donated by the council’s IT services provider XMA, in line with the authority’s Social Value Framework.'),
 (LIV, 'tech-case', U, WB, [], 'Refurbished IT equipment donated to Woodlands Hospice', 'As part of Liverpool City Council’s ICT disposal contract, 27 refurbished devices—including laptops, tablets, and mobile phones—have been donated to Woodlands Hospice.'),
 (LIV, 'tech-case', U, MU, [], 'Refurbished IT equipment donated to Woodlands Hospice', 'This decision was made in line with the supplier’s social value commitments, which were set out as part of their proposal during the procurement process.'),
 (STAR, 'tech-case', U, WB, [], 'Laptop Lending Scheme (Trafford Council ICT contracts)', 'OSMIS committed to donations or in-kind contributions to local community projects to the value of £1,000.'),
 (STAR, 'tech-case', U, WB, [], 'Laptop Lending Scheme (Trafford Council ICT contracts)', 'Risual committed to donating £500 of money or equipment to local VCSEs'),
 (EA, 'tech-case', 'northern-ireland', MU, [], 'Case study for Learning Management System software package: Objectives', 'It was also essential for EA to include and score social value connected with the delivery of this contract.'),
 (EA, 'tech-case', 'northern-ireland', EI, [], 'Case study for Learning Management System software package: Some Key Social Value contractor initiatives include:', 'Supporting the EA with providing students and schools with participation in a programme of STEM events (science, technology, engineering and mathematics).'),
 (NHD, 'tech-policy', U, MU, [], 'NHS Digital Social value charter: NHS Digital will:', 'ensure that social value requirements incorporated in its procurements and contracts are relevant, fair and proportionate'),
 (NHD, 'tech-policy', U, MU, [], 'NHS Digital Social value charter: Contracted suppliers are expected to:', 'where contracts are underway, consider where social value benefits can be delivered'),
 (EICT, 'tech-guide', U, EI, [], 'The social impact of responsible ICT procurement: Tech spend that supports local futures', 'Through Everything ICT, schools can work with suppliers who already invest in their local areas — creating apprenticeships, supporting skills development and working with nearby businesses.'),
 (TRA, 'tech-case', U, WB, ['climate'], 'Trafford Tech4All Campaign', 'Recognising that lack of access to suitable devices hinders digital skill development, Trafford Council partnered with a nonprofit tech refurbishment partner, Community Computers, to wipe, relicense and repurpose devices donated to Trafford Council by partners through their social value commitments, to be reused for social good.'),
 (NSC, 'tech-policy', U, CL, [], 'Ethical Sourcing and Social Value: The Social Value Model', 'A question on net zero is required in all procurements.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (SWS, 'dm-dos-briefs', U, MU, [], SW_S, 'This can be 0%, or between 10% and 20%'),
 (SWP, 'dm-dos-briefs', U, MU, [], SW_S, 'Weighting must be 0, or between 10 and 20.'),
 (PQ, 'tech-contract', U, MU, [], PQ_S, 'As for every procurement, NHS England selected the most appropriate Social Value Theme from those set out in the above guidance, based on the subject matter of the contract.'),
 (HT, 'tech-guide', U, MU, [], HT_P, 'The Public Services (Social Value) Act 2012 also applies when they procure services, including IT services, valued above the tendering threshold (currently £189,330 ex VAT).'),
 (TJE, 'policy-summary', U, MU, [], TJE_S, 'Further a minimum 10% weighting should be applied to social value as part of the evaluation process.'),
 (CFP, 'bid-guide', U, MU, [], CFP_S, 'Assessment Criteria are usually based around technical and commercial criteria, with some customers marking, ‘cultural fit’ and increasingly ‘Social Value’.'),
 (CFP, 'bid-guide', U, MU, [], CFP_S, 'Overall assessments will normally be out of 100% and buyers will post the ratios of one to the other (e.g. 60% technical to 30% Commercial and 10% Social Value).'),
 (CRO, 'tech-case', U, MU, [], CRO_S, 'The procurement document indicates that the London borough will make its buying decision based 50% on price, 40% on quality, and 10% on the social value element of the bid.'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # DOS5 briefs: social value weighting and criteria form rules
 (SVS, 'dm-dos-briefs', U, SV_S, 'Each criteria must be 30 words or fewer.'),
 # DOS5 briefs: technical competence
 (TCS, 'dm-dos-briefs', U, TC_S, 'Evaluate specialists’ technical competence using criteria for:'),
 (TCS, 'dm-dos-briefs', U, TC_P, 'You can give points to individual criteria, for example: ‘have experience designing services for users with low digital literacy – 15 points’.'),
 (TCS, 'dm-dos-briefs', U, TC_P, 'Unless you have asked for several examples, you should not score a supplier higher or lower because they give more or less examples than another supplier.'),
 (TCS, 'dm-dos-briefs', U, TC_P, 'The points you give for nice-to-have skills and experience must be lower than the points you give for essential skills and experience.'),
 (TWS, 'dm-dos-briefs', U, TW_S, 'Technical competence is how well the specialist can do the work you need them to do.'),
 (TWS, 'dm-dos-briefs', U, TW_S, 'If a specialist has the right skills and experience, a good understanding of your requirements, and works in an agile way, they should have the technical competence to do the work.'),
 (TWS, 'dm-dos-briefs', U, TW_S, 'You must assess a supplier’s technical competence by reviewing their essential and nice-to-have skills and experience.'),
 (TWS, 'dm-dos-briefs', U, TW_S, 'This can be between 10% and 75%'),
 # DOS5 briefs: cultural fit
 (CFS, 'dm-dos-briefs', U, CF_S, 'Cultural fit is about how well you and the specialist work together.'),
 (CFS, 'dm-dos-briefs', U, CF_S + ': Cultural fit is:', 'how the specialist works with other people'),
 (CFS, 'dm-dos-briefs', U, CF_S + ': Cultural fit is not:', 'whether the specialist looks, talks or behaves in the same way as you'),
 (CFS, 'dm-dos-briefs', U, CF_S + ': Add cultural fit criteria', 'When you evaluate shortlisted specialists on cultural fit, you must use the criteria you list here.'),
 (CFS, 'dm-dos-briefs', U, CF_S + ': Suggested criteria', 'have a no-blame culture and encourage people to learn from their mistakes'),
 (CFS, 'dm-dos-briefs', U, CF_S + ': Suggested criteria', 'can work with clients with low technical expertise'),
 (CWS, 'dm-dos-briefs', U, CW_S, 'If the specialist’s values and behaviour are similar to your organisation’s, they should be a good cultural fit.'),
 # DOS5 briefs: price and security clearance
 (SEC, 'dm-dos-briefs', U, SEC_S, 'Describe any security clearance the individual or team must have when they start work.'),
 (SEC, 'dm-dos-briefs', U, SEC_S, 'You should not exclude suppliers if they do not currently have the security clearance you need.'),
 # NHS Property Services software purchase
 (NPS, 'notice-criteria', U, NPS_S + ': Description', 'Digital Strategy Program. Purchase of software as a service for Finance, People, Facilities and Property management solutions'),
 (NPS, 'notice-criteria', U, NPS_S + ': Lot 1: Property Management', 'Provision of a Property Management solution that is the best-fit solutions based on colleague experience, customer experience, requirements satisfaction, strategic partnership, social value, and value for money.'),
 (NPS, 'notice-criteria', U, NPS_S + ': Award criteria (quality criterion, lot 1)', 'Non-Functional Requirements'),
 (NPS, 'notice-criteria', U, NPS_S + ': Award criteria (quality criterion, lot 1)', 'Colleague Experience'),
 (NPS, 'notice-criteria', U, NPS_S + ': Award criteria (quality criterion, lot 1)', 'Strategic Partnership and Innovation'),
 # UKVI Assisted Digital Support Services (assisted digital bought as the service)
 (UKV, 'notice-criteria', U, UKV_S + ': Description', 'UKVI which is one of the operational commands at the Home Office has a contract for Assisted Digital Services.'),
 (UKV, 'notice-criteria', U, UKV_S + ': Lot 1', 'The Authority has an obligation to provide an Assisted Digital service that ensures its online services are accessible to everyone.'),
 (UKV, 'notice-criteria', U, UKV_S + ': Lot 1', 'As UKVI digitises more products and services, it is acknowledged that this process may exclude customers that are not online and that these customers will need support to ensure that the services remain accessible to them.'),
 (UKV, 'notice-criteria', U, UKV_S + ': Lot 1', 'Additional information: Price is not the only award criteria and all criteria is stated in the procurement documents.'),
 (UKV, 'notice-criteria', U, UKV_S + ': Award criteria', 'Technical', {'weighting_percent': 35}),
 # Connecting Cambridgeshire digital inclusion impact framework (what is bought)
 (CAM, 'notice-criteria', U, CAM_S + ': Title', 'Social Return on Investment and Impact Evaluation Framework for Digital Inclusion - Cambridgeshire and Peterborough'),
 # written answer
 (PQ, 'tech-contract', U, PQ_S + ': Question', 'To ask the Secretary of State for Health and Social Care, with reference to the Government\'s transparency data entitled Key Performance Indicators (KPIs) for government’s most important contracts: Data for July to September 2025 for all departments, published on 25 December 2025, for what reason Tackling Economic Inequality is a Key Performance Indicator for the contract entitled NHSmail Collaboration Licensing Platform that is supplied by Accenture (UK) Limited.'),
 # ICT Services model wording
 (ICT, 'tech-itt', U, ICT_S, 'Further detail is provided in the ICT Services Brief.'),
 (ICT, 'tech-itt', U, ICT_Q, 'Detail your understanding and experience in managing complete ICT services.'),
 # UKAuthority
 (UKA, 'tech-policy', U, UKA_S, 'It has been accompanied by the publication of a procurement policy note, and has prompted IT industry association techUK to advise its members selling to the public sector to familiarise themselves with its details.'),
 # Housing Technology
 (HT, 'tech-guide', U, HT_S, 'Environmental issues don’t usually feature in a housing provider’s top considerations when procuring IT.'),
 (HT, 'tech-guide', U, HT_P, 'Housing providers, including registered providers, local authorities and ALMOs, are contracting authorities under the public procurement rules (as set out in the Public Contracts Regulations 2015).'),
 (HT, 'tech-guide', U, HT_P, 'Large companies (which some housing providers or their subsidiaries are) must also report on environmental matters, including greenhouse gas emissions, in their annual reports.'),
 (HT, 'tech-guide', U, HT_E, 'As contractual obligations – to be delivered by the supplier, otherwise they will be in breach of contract;'),
 # TJE Consulting
 # Contract Finder Pro: award criteria
 # ITAD tender scope template
 (ITAD, 'tech-guide', U, ITAD_S + ': What councils and NHS teams should make explicit', 'State whether the contract prioritises compliance assurance, speed, value recovery, or a balance.'),
 (ITAD, 'tech-guide', U, ITAD_S + ': Template wording: chain of custody and reporting', 'Ask for a documented chain-of-custody process from collection to final disposition, including batch references and exception handling.'),
 (ITAD, 'tech-guide', U, ITAD_S + ': Template wording: chain of custody and reporting', 'Require sample reporting outputs as part of the tender response.'),
 # Croydon engagement platform
 (CRO, 'tech-case', U, CRO_S, 'The notice – which does not specify a value for the planned contract – indicates that Croydon intends to enter into an initial one-year engagement with its chosen provider, due to come into effect in October.'),
 # DfE homeschooling laptops (devices for disadvantaged children bought as the service)
 (DFE, 'tech-case', U, DFE_S, 'The DfE’s Get Help With Technology (GHWT) programme was launched at the start of the pandemic, at a time when schools around the country were closed, to provide devices and connectivity to disadvantaged children that would otherwise have been unable to continue learning.'),
 (DFE, 'tech-case', U, DFE_S, 'The Hertfordshire-based IT reseller has now secured a six-month deal to provide the DfE with “customer management, logistics and distribution of devices to schools” throughout the winter months.'),
 # Halton digital inclusion pilot (digital inclusion bought as the service)
 (HAL, 'tech-case', U, HAL_S, 'Households would be provided with a keyboard, mouse, flat screen and lightweight computing device (known as a thin client) connected to a managed computing service hosted at a central data centre.'),
 (HAL, 'tech-case', U, HAL_S, 'The supplier would provide basic training on how to use the device, and a free connection for 12 months.'),
 (HAL, 'tech-case', U, HAL_S, 'This project would address that, and also help to provide local residents with IT and other skills that may help in the job market.'),
 # Greening government ICT strategy reports: the government's own estate and the briefing itself
 (FNZ, 'tech-strategy', U, FNZ_S, 'The strategy highlights that wherever possible, waste will be removed from its systems, for example, through the shutting down of redundant services, the deletion of duplicate files, the end of use of legacy ICT systems and hardware and the increased use of shared systems and services.'),
 (TUK, 'tech-strategy', U, TUK_S, 'On 6th October my colleague Susanne Baker organised an excellent briefing by Adam Turner on the Greening Government: ICT and Digital Services Strategy 2020-2025.'),
 (TUK, 'tech-strategy', U, TUK_S + ': There are five key deliverables:', 'Transparency and collaboration -internal and external: a more standardised data request from government rather than different requirements from each department.'),
 # Newark and Sherwood: the council's own device donations
 (NSD, 'tech-case', U, NSD_S, 'Newark and Sherwood District Council has donated 80 laptops to 19 community groups across the district as part of its digital inclusion scheme.'),
]

batch = Batch('public-texts-47.jsonl')


def licence_of(src):
    if src.startswith('github:'): return DM_LIC
    return host_licence(src)


def group_of(src):
    # A source already in the corpus keeps its group; the DOS5 brief questions join the branch's question groups
    # (dm-sv:dos5-branch/<question id>, as in the corpus); each notice is one group.
    if src in DM_GROUP: return 'dm-sv:dos5-branch/' + DM_GROUP[src]
    if (g := ocid_group(src)): return g
    if 'lambda-url' in src: return 'fts:' + src.rsplit('/', 1)[1]
    return src


batch.emit_lists('pub47', R, NEG, group_of, licence_of)
