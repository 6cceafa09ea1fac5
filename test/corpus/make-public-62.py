"""Write /work/batches/public-texts-62.jsonl: more TECHNOLOGY procurement texts by UK public bodies (IT outsourcing and
managed services, network and telecoms, IT hardware and software frameworks, cyber, contact centre technology), from
sources the corpus did not yet hold: the social value and community benefits that councils, combined authorities and
government buyers required of, or reported from, their technology suppliers (jobs and apprenticeships, T-level and
student placements, SME spend, volunteering, donated technology and digital skills sessions, living wage, circular
economy criteria for mobile phone contracts, labour-rights contract conditions for ICT hardware), with hard negatives
from the same documents (savings, scope, lots, device specifications, delivery, warranty, staff transfer and no
compulsory redundancy, service descriptions, accessibility of the service under WCAG and the accessibility
regulations, cyber services and cyber training bought as the service, a recycling and disposal service bought, FOI
questions and a buyer's own net zero targets).

Sources: council committee and decision pages (Plymouth City Council's Delt contract renewal minutes, Kent County
Council's contact centre decision, the City of London's IT Division quarterly update on the Agilisys contract), news
reports of council technology contracts (Harrow Times on Harrow's Sopra Steria contract, The Register on Rochdale's
Impact Partnership and on Walsall's Fujitsu deal, Digital Sentinel on Edinburgh's CGI contract, HRZone on Tower
Hamlets' Agilisys deal, UKAuthority on GMCA's GM One Network social value and on DLUHC's cyber support contract,
PublicTechnology on Burnley's Liberata contract, Personnel Today and Tech Monitor on Sandwell's BT and Liberata deal),
WRAP's case study on the sustainable procurement of a mobile phone service contract (docplayer copy), Lord Holmes' page
on social value in government technology procurement, Electronics Watch's page on its contract conditions for ICT
hardware contracts, Find a Tender notices (Nottingham Trent University's endpoint computing framework; a multi-academy
trust's iPad purchase; the Scottish Government's cyber resilience training for public sector boards) and d3tenders
copies of notices (the same NTU framework; Nottinghamshire County Council's software licence framework), a framework
summary of NWUPC's IT equipment reuse, recycling and disposal framework (bid-able.com), East Riding of Yorkshire
Council's and Renfrewshire Council's accessibility guidance for digital services, the University of Birmingham's IT
news item on its device suppliers' carbon offset service, Guildford Borough Council's decision on an ICT disposal
service, and FOI responses of Devon County Council and Thurrock Council on old technology and print energy.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbers
dropped, a long item cut at a sentence end, a closing quotation mark dropped where a sentence is taken from inside a
quotation. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr). Find a Tender notices are OGL v3 (Crown copyright hosts), the d3tenders copies notice data (NOTICE_D3); the
rest are short quotations.

  python3 test/corpus/make-public-62.py > /work/batches/public-texts-62.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# council decisions and committee pages
PLY = 'https://democracy.plymouth.gov.uk/ieIssueDetails.aspx?IId=109657&Opt=3&PlanId=0'
KEN = 'https://democracy.kent.gov.uk:9071/mgIssueHistoryHome.aspx?IId=67728&PlanId=680&RPID=0'
COL = 'http://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=60371'
# news reports of council technology contracts
HAR = 'http://www.harrowtimes.co.uk/news/localnews/12897071.Council_signs___37_million_contract_for_IT_services/'
ROC = 'http://www.theregister.co.uk/2006/03/14/rochdale_outsources_it/'
WAL = 'https://www.theregister.com/2004/12/03/fujitsu_wins_walsall/'
EDI = 'http://www.digitalsentinel.net/2015/07/council-saves-money-with-new-it-deal/'
TOW = 'https://hrzone.com/tower-hamlets-demands-apprenticeship-institute-as-part-of-outsourcing-deal/'
GMO = ('https://www-ukauthority-com.azurewebsites.net/articles/'
       'greater-manchester-claims-social-value-returns-from-gm-one-network-programme')
DLU = 'https://www-ukauthority-com.azurewebsites.net/articles/dluhc-outlines-contract-for-local-cyber-support'
BUR = ('https://www.publictechnology.net/2015/09/07/uncategorised/'
       'burnley-awards-decade-long-back-office-services-contract/')
SAN = 'https://www.personneltoday.com/hr/sandwell-council-announces-plans-to-outsource-back-office-functions-to-bt/'
SAT = 'https://techmonitor.ai/technology/sandwell_adds_to_local_government_outsourcing_momentum'
# guidance, case studies and commentary
WRP = 'https://docplayer.net/amp/18705800-Sustainable-procurement-of-mobile-phone-service-contract.html'
HOL = 'https://lordchrisholmes.com/social-value-in-government-procurement/'
EWC = 'http://electronicswatch.org/en/the-electronics-watch-contract-conditions_2459984'
UOB = 'https://www.intranet.birmingham.ac.uk/it/news/public/2021/making-it-sustainable-carbon-offset-program.aspx'
GUI = 'https://democracy.guildford.gov.uk/ieDecisionDetails.aspx?ID=3440'
# notices
NTU = 'https://www.find-tender.service.gov.uk/Notice/075364-2025'
NTD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05e4b0'
IPD = 'https://www.find-tender.service.gov.uk/Notice/026247-2025'
NOT = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0514a6'
CYB = 'https://www.find-tender.service.gov.uk/Notice/017822-2023'
NWU = 'https://www.bid-able.com/framework/NWUPC--IT-Equipment-Reuse-Recycling-and-Disposal'
# accessibility of digital services; FOI responses
ERY = 'https://insight.eastriding.gov.uk/digital-services/accessibility/accessibility-legislation/'
REN = 'https://thethread.renfrewshire.gov.uk/accessibility-guidelines/accessibility-for-digital-services/'
DEV = ('https://www.devon.gov.uk/accesstoinformation/archives/information_request/'
       'technology-no-longer-used-policy-and-contract')
THU = 'https://thurrock.gov.uk/foi-responses/print-management-energy-consumption'

PLY_S = 'DELT Services business case and rationale'
PLY_C = (PLY_S + ': Minutes: Councillor Chris Penberthy (Cabinet Member for Housing, Cooperative Development and '
         'Communities) added the following regarding Delt’s corporate social responsibility:')
KEN_S = 'Recommission the Contact Centre contract'
COL_S = 'IT Division - Quarterly Update'
HAR_S = 'Council signs £37 million contract for IT services'
ROC_S = 'Rochdale outsources IT in £200m deal: 15-year contract to generate jobs in Lancashire'
WAL_S = 'Fujitsu wins Walsall'
EDI_S = 'Council saves money with new IT deal'
TOW_S = 'Tower Hamlets demands Apprenticeship Institute as part of outsourcing deal'
GMO_S = 'Greater Manchester claims social value returns from GM One Network programme'
DLU_S = 'DLUHC outlines contract for local cyber support'
BUR_S = 'Burnley awards decade-long back office services contract'
SAN_S = 'Sandwell council announces plans to outsource back-office functions to BT'
SAT_S = 'Sandwell adds to local government outsourcing momentum'
WRP_S = 'Sustainable procurement of mobile phone service contract'
HOL_S = 'Social value in government procurement'
EWC_S = 'The Electronics Watch Contract Conditions'
UOB_S = 'Making IT sustainable: Carbon offset program'
GUI_S = 'Arrangement of ICT asset and peripheral disposal service'
NTU_S = 'Endpoint Computing Equipment Framework: Scope: Description'
IPD_S = 'iPads - Academic Year 2025/26: Scope: Description'
NOT_S = 'Software Licence Agreements, Applications and Associated Services Framework: Notice Description'
CYB_S = 'Cyber Resilience - Training for Public Sector Boards: two.1.4) Short description'
NWU_S = 'NWUPC IT Equipment Reuse Recycling and Disposal'
ERY_S = 'Accessibility legislation'
REN_S = 'Accessibility for digital services'
DEV_S = 'Technology no longer used policy and contract'
THU_S = 'Freedom of information response: Print Management & Energy Consumption'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # WRAP: sustainable procurement of a mobile phone service contract
 (WRP, 'tech-case', U, CL, [], WRP_S + ': Aims and objectives', 'WRAP provided support to develop content to ensure that a service contract for mobile phones included best practice RE and CE considerations.'),
 (WRP, 'tech-case', U, CL, [], WRP_S + ': Aims and objectives', 'This would ensure that Government would lead by example achieving both cost savings and environmental benefits.'),
 (WRP, 'tech-case', U, CL, [], WRP_S + ': Aims and objectives', 'The WRAP support involved development of appropriate environmental criteria and questions for inclusion within tender documentation, relating to: the environmental policies of the manufacturers; and data to be reported on handset sustainability/re (e.g. material use, components, End of Life management, take-back, reuse etc.).'),
 # Plymouth: Delt ICT contract renewal
 (PLY, 'tech-decision', U, EO, ['economic-inequality'], PLY_C, 'DELT had been a real living wage employer since 2015;'),
 (PLY, 'tech-decision', U, EI, [], PLY_C, 'Commitment to recruitment of students and apprentices, as well as upskilling existing employees through their apprenticeship programme;'),
 (PLY, 'tech-decision', U, EI, [], PLY_C, 'Strong engagement in schools, colleagues and universities and were involved in mentoring, internships and career workshops;'),
 (PLY, 'tech-decision', U, EI, [], PLY_C, 'They had worked in depth with 23 students over the past nine years, 11 of which had returned on permanent contracts, three of which had progressed to Team Leader;'),
 # Harrow: IT services contract
 (HAR, 'tech-news', U, EI, ['equal-opportunity'], HAR_S, '“This contract represents good value for residents, staff and the young people who will benefit from more apprenticeship places plus a commitment to pay the London living wage.”'),
 (HAR, 'tech-news', U, EI, [], HAR_S, 'The company has also committed to provide the council with a number of initiatives that will benefit the local community including apprenticeships, work placements, work tasters, jobs for residents and support for events.'),
 # Rochdale: Impact Partnership (IT and other services)
 (ROC, 'tech-news', U, EI, [], ROC_S, 'The deal is expected to bring around 1,300 jobs to Rochdale over the lifetime of the contract.'),
 (ROC, 'tech-news', U, EI, [], ROC_S, 'The partnership will contribute to regeneration through skills and training programmes as well as several physical regeneration projects.'),
 (ROC, 'tech-news', U, EI, [], ROC_S, 'Co-operation with other partners will help us ensure that local people have the right skills for the new jobs.'),
 (ROC, 'tech-news', U, EI, [], ROC_S, 'We aim for at least three out of every four of the new jobs to go to local people.'),
 # Edinburgh: CGI ICT contract
 (EDI, 'tech-news', S, EI, [], EDI_S, 'The contract would also create over 200 jobs locally and in addition, over 60 new Modern Apprentice opportunities.'),
 (EDI, 'tech-news', S, EI, [], EDI_S, 'Small to medium sized businesses in the city would also benefit as CGI is proposing to place business worth 25 per cent of the value of the contract with the SME sector.'),
 # Tower Hamlets: Agilisys ICT deal
 (TOW, 'tech-news', U, EI, [], TOW_S, 'London’s Tower Hamlets Council has outsourced its ICT operations to Agilisys on condition that the vendor sets up a new Apprenticeships Institute to provide young people with opportunities in the deprived borough.'),
 (TOW, 'tech-news', U, EI, [], TOW_S, 'Through this innovative partnership we will not only deliver millions of pounds worth of savings, but we will create hundreds of job and training opportunities for local residents at a time when they are most needed.'),
 (TOW, 'tech-news', U, EI, [], TOW_S, 'The Institute will likewise be based in Tower Hamlets and will be pitched as a centre of excellence for training and developing hundreds of apprentices and placing them with public, private and third sector employers.'),
 # GMCA: GM One Network social value
 (GMO, 'tech-news', U, MU, [], GMO_S, 'Greater Manchester Combined Authority (GMCA) has claimed significant returns in social value from its technology partners in the GM One Network programme.'),
 (GMO, 'tech-news', U, MU, [], GMO_S, 'It said they are delivering on social value commitments including apprenticeships and other training opportunities, community volunteering and a blueprint to securely connect up social spaces in the future.'),
 (GMO, 'tech-news', U, EI, [], GMO_S, 'It has highlighted the delivery against social value commitments within the contract by Cisco and Telent including 28 new apprentices, with 15 apprenticeships already in place across the region.'),
 (GMO, 'tech-news', U, EI, [], GMO_S, 'Telent is set to embark on a new recruitment drive for future apprentices as part of the programme.'),
 (GMO, 'tech-news', U, EI, [], GMO_S, 'GMCA added that Cisco experienced a record number of applications for this year’s regional work experience programme.'),
 (GMO, 'tech-news', U, WB, [], GMO_S + ': Volunteering efforts', 'In addition, a 2,225 hours of volunteering hours have been invested into the communities of Greater Manchester under the GM One Network contract, including running IntoUniversity workshops, Foodtruck runs with Fareshare, and schools career events.'),
 (GMO, 'tech-news', U, EI, [], GMO_S + ': Volunteering efforts', 'A T-level industry placement programme is also being hosted in Greater Manchester.'),
 (GMO, 'tech-news', U, EI, [], GMO_S + ': Volunteering efforts', 'Four local students are participating in the first year of the programme, which kicked off in January, and there is a target to give 10 students each year places on the six-weeks programme.'),
 (GMO, 'tech-news', U, EI, ['wellbeing'], GMO_S + ': Volunteering efforts', 'The authority also pointed to the provision of free connectivity and donated technology, along with digital skills workshops and drop-in sessions, at a handful of community sites around the city.'),
 # Burnley, Sandwell, Walsall: IT and back office deals
 (BUR, 'tech-news', U, EI, [], BUR_S, 'Liberata has promised to create 100 new jobs in Burnley, while existing staff with transfer to it from the council.'),
 (SAN, 'tech-news', U, EI, [], SAN_S, 'The council has also forecast that the deal, to come into force in April, will create at least 450 new jobs in the area, although it has not specified whether the new jobs will involve delivering council services or working for BT’s other clients.'),
 (SAT, 'tech-news', U, EI, [], SAT_S, 'Some 500 council staff will transfer to a new regional business center managed by the vendors which is expected to create some 450 extra jobs.'),
 (WAL, 'tech-news', U, EI, [], WAL_S, 'The huge deal will see 1,557 council staff move jobs to Fujitsu and the creation of 750 new jobs.'),
 (WAL, 'tech-news', U, EI, [], WAL_S, 'Apart from sorting out council services Fujitsu is also investing in Walsall Waterfront business centre.'),
 (WAL, 'tech-news', U, EI, [], WAL_S, 'This will include a design centre, hi-tech manfacturing, a technical design suite and "a cyber skills laboratory".'),
 # City of London: apprentice target in the Agilisys IT contract
 (COL, 'tech-decision', U, EI, [], COL_S, 'A Member commented that the contract with Agilisys had included a target of creating 100 apprentice roles and asked what progress had been made on achieving this.'),
 (COL, 'tech-decision', U, EI, [], COL_S, 'The Chamberlain explained that around 50% of this target had been reached.'),
 (COL, 'tech-decision', U, EI, [], COL_S, 'However, as the target was to create apprentice roles in a range of organisations, not solely within the City Corporation, it was challenging for the City Corporation to track progress.'),
 (COL, 'tech-decision', U, EI, [], COL_S + ': RESOLVED – That the Committee:', 'agrees that the IT Sub-Committee should be provided with a report regarding progress in achieving the target of placing 100 apprentices under the Agilisys contract.'),
 # Lord Holmes: social value in government (technology) procurement
 (HOL, 'tech-policy', U, MU, [], HOL_S + ': £30 billion per year for social good', 'Central government organisations should use this new model to take account of the additional social benefits that can be achieved in the delivery of its contracts.'),
 (HOL, 'tech-policy', U, MU, [], HOL_S + ': £30 billion per year for social good', 'A 10% minimum weighting should be applied for social value using policy outcomes aligned with the Government’s priorities.'),
 (HOL, 'tech-policy', U, EO, [], HOL_S + ': Tech procurement and social value', 'Reducing the disability employment gaps is one of the policy outcomes listed as desirable against the theme of equal opportunity.'),
 # Electronics Watch contract conditions for ICT hardware contracts
 (EWC, 'tech-policy', U, EO, [], EWC_S, 'The Electronics Watch Contract Conditions is a tool for affiliates and their contractors to address working conditions in ICT hardware factories that assemble or make the components of the products purchased under the contract.'),
 (EWC, 'tech-policy', U, EO, [], EWC_S + ': Contract performance rather than certification', 'The Contract Conditions require the contractor to perform "due diligence" to identify, prevent and mitigate risk of breach, remedy actual breaches, and compensate workers affected by the breaches, consistent with the United Nations Guiding Principles on Business and Human Rights and the OECD Guidelines on Multinational Enterprises.'),
 (EWC, 'tech-policy', U, EO, [], EWC_S + ': Contract performance rather than certification', 'Contractors are also responsible for due diligence to ensure Socially Responsible Trading Conditions in the supply chain: that is, pricing and delivery terms that ensure compliance with labour rights and safety standards is feasible.'),
 # University of Birmingham: carbon offset agreement with its device suppliers
 (UOB, 'tech-case', U, CL, [], UOB_S, 'IT Services has entered a new agreement with CDW and Lenovo, our suppliers of desktop and laptop devices, as part of Lenovo\'s new CO2 Offset Services initiative.'),
 (UOB, 'tech-case', U, CL, [], UOB_S, 'This means we\'re now able to offset the carbon generated by the devices we purchase - in production, shipping and for a typical 5 year lifecycle of the device.'),
 (UOB, 'tech-case', U, CL, [], UOB_S + ': How it works', 'We then receive certification of the specific amount of carbon we\'ve offset through the scheme.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # WRAP
 (WRP, 'tech-case', U, WRP_S + ': Summary', 'WRAP delivered a programme of providing technical procurement support to public sector organisations on behalf of Defra during 2014/15.'),
 (WRP, 'tech-case', U, WRP_S + ': Summary', 'This case study highlights information developed in collaboration with Steve Wallace of Wallace Environmental for use within service contracts for mobile phones and focuses on incorporating resource efficiency (RE) and circular economy (CE) considerations.'),
 (WRP, 'tech-case', U, WRP_S + ': Summary', 'Although the information was developed for a specific procurement, the procurement did not go ahead as planned for unconnected reasons and therefore the benefits of this approach can not be quantified.'),
 # Plymouth
 (PLY, 'tech-decision', U, PLY_S + ': Minutes: Cabinet agreed:', 'To delegate authority to renew contracts with Delt for 10 years to the Council’s Section 151 Officer;'),
 (PLY, 'tech-decision', U, PLY_S + ': Minutes: Cabinet agreed:', 'To note there are three contracts being renewed; ICT, printing and document handling, and payroll provision.'),
 # Harrow
 (HAR, 'tech-news', U, HAR_S, 'Harrow Borough Council says it will save 20 per cent on IT costs after signing a £37 million contract with a new supplier.'),
 (HAR, 'tech-news', U, HAR_S, 'The authority has taken on Sopra Steria to upgrade IT systems across Harrow Council to ensure staff and households can take advantage of new technology and access more digital services.'),
 # Rochdale
 (ROC, 'tech-news', U, ROC_S, 'It will also take on a variety of other services, including highways and engineering, property management, information technology and payroll.'),
 (ROC, 'tech-news', U, ROC_S, 'Further investment is also planned in a customer contact centre for local residents.'),
 # Edinburgh
 (EDI, 'tech-news', S, EDI_S, 'One of the most significant improvements is that schools would benefit greatly from the new contract as bandwidth in secondary schools is set to increase by up to 50 times, and by up to 100 times in primary schools.'),
 (EDI, 'tech-news', S, EDI_S, 'This would provide students throughout the city with greater access to online educational tools.'),
 (EDI, 'tech-news', S, EDI_S, 'In addition, the new contract would smooth the way for the next phase of the Council’s channel shift programme, which is about moving customers to the most efficient and suitable channel for their needs.'),
 # Tower Hamlets
 (TOW, 'tech-news', U, TOW_S, 'The contract is expected to deliver more than £29 million in ICT cost savings and will result in the provider introducing new HR and finance systems as well as supporting the council’s wider transformation programme.'),
 (TOW, 'tech-news', U, TOW_S, 'ICT operations will be based in Tower Hamlets itself and the local authority’s IT staff will be transferred to the company for the duration of the deal  – a no compulsory redundancy guarantee has been included in the arrangement.'),
 # GMCA
 (GMO, 'tech-news', U, GMO_S, 'The GM One Network is being developed to create a single infrastructure for network services across public sector sites in the city.'),
 (GMO, 'tech-news', U, GMO_S, 'GMCA said it will act as a catalyst for many smart city projects and unlock further delivery of priorities in line with the Greater Manchester Digital Blueprint.'),
 # Burnley, Sandwell, Walsall
 (BUR, 'tech-news', U, BUR_S, 'The contract, for which the council is paying £34m will also include customer services, revenues, benefits and debt management, payroll and human resources systems, asset and facility management services plus environmental health and licensing.'),
 (BUR, 'tech-news', U, BUR_S, 'Council leader Mark Townsend said that the council intended to help more people access services online as part of the transition.'),
 (SAN, 'tech-news', U, SAN_S, 'The deal will initially concentrate on improving Sandwell’s IT infrastructure, HR, finance, payroll and customer services functions.'),
 (SAN, 'tech-news', U, SAN_S, '“There will be no compulsory redundancies and we will be fully consulting them about the best way to secure their future,” Thomas said.'),
 (SAT, 'tech-news', U, SAT_S, 'Liberata and BT will invest 45m pounds ($88m) to upgrade the council’s IT infrastructure, and are expected to deliver 57m pounds ($112m) of cost savings over the course of the deal through more efficient procurement and streamlining business processes.'),
 (WAL, 'tech-news', U, WAL_S, 'There will be no compulsory redundancies.'),
 (WAL, 'tech-news', U, WAL_S, 'Local residents will get better access to council services and a single point of contact for all queries.'),
 (WAL, 'tech-news', U, WAL_S, 'The deal still has to go before the council\'s scrutineering committee for final approval.'),
 # City of London
 (COL, 'tech-decision', U, COL_S, 'The Committee considered a report of the Chamberlain which provided an update on the work of the IT Division over the last quarter.'),
 (COL, 'tech-decision', U, COL_S, 'The Chairman of the IT Sub-Committee explained that the focus of the IT Department\'s activities was to reduce the IT risks within the Corporate Risk Register.'),
 # Lord Holmes
 (HOL, 'tech-policy', U, HOL_S + ': Tech procurement and social value', 'But in order to achieve this potential procured technology must be fit for purpose, accessible and inclusive.'),
 (HOL, 'tech-policy', U, HOL_S + ': Tech procurement and social value', 'We must prioritise a collaborative approach by putting the people who rely on a product or service, at the very centre of its design.'),
 # Electronics Watch
 (EWC, 'tech-policy', U, EWC_S + ': Contract performance rather than certification', 'No company can claim complete compliance in its supply chain.'),
 (EWC, 'tech-policy', U, EWC_S + ': Contract performance rather than certification', 'The contracting authority can employ enforcement actions gradually, as needed, beginning with informal engagement, proceeding to escalation procedures defined in the Contract Conditions, and, as last resort, sanctions.'),
 # NTU endpoint computing framework (Find a Tender; d3tenders copy)
 (NTU, 'tech-notice', U, NTU_S, 'Endpoint computing equipment is procured by the Digital Technologies department.'),
 (NTU, 'tech-notice', U, NTU_S, 'Staff traditionally have used a mixture of desktop computers and laptops but since the Covid Pandemic this has moved heavily towards laptops with associated docks, monitors, keyboards and mice.'),
 (NTD, 'tech-notice', U, 'Endpoint Computing Equipment Framework: Notice Description: Goods will need to be delivered to:', 'A specific room on any of our campuses where they would typically be unpacked and fitted to desk, and all packing etc. should be removed and appropriately disposed of.'),
 # multi-academy trust iPads
 (IPD, 'tech-notice', U, IPD_S + ': Purpose:', 'The devices must be durable and suitable for frequent handling by students in primary and secondary education.'),
 (IPD, 'tech-notice', U, IPD_S, 'The devices will be used by students to enhance learning, improve access to digital educational resources, and support the Trust\'s digital strategy.'),
 (IPD, 'tech-notice', U, IPD_S + ': Delivery Requirements:', 'Devices should be boxed individually, with protective packaging and labelled where necessary.'),
 # Nottinghamshire software licence framework
 (NOT, 'tech-notice', U, NOT_S, 'Nottinghamshire County Council (the Council) wish to put a Framework Agreement in place for the supply of its software licence agreements, applications and associated services.'),
 (NOT, 'tech-notice', U, NOT_S, 'Core requirements are based around an Approved Product Portfolio; software that has been tested by the Council and is known to be compatible with the Council\'s current infrastructure.'),
 # NWUPC IT equipment reuse, recycling and disposal (a recycling service bought)
 (NWU, 'tech-framework', U, NWU_S + ': Context & Use Case', 'Contracting authorities use this framework to ensure that their IT equipment is processed in line with legal obligations, such as the Waste Electrical and Electronic Equipment (WEEE) regulations, and to promote sustainable practices by extending the lifecycle of IT products through reuse.'),
 (NWU, 'tech-framework', U, NWU_S + ': Scope of Services', 'Assessment and refurbishment of equipment for reuse, where feasible.'),
 (NWU, 'tech-framework', U, NWU_S + ': Scope of Services', 'Secure data wiping and destruction services to protect sensitive information.'),
 # Kent contact centre
 (KEN, 'tech-decision', U, KEN_S + ': Reason for the decision', 'Procurement law means that it is necessary to reconsider the Council’s options for telephony provision.'),
 (KEN, 'tech-decision', U, KEN_S + ': Background – Provide brief additional context', 'The Contact Centre helps to support those who are unable to access our services online, who need urgent assistance or to help compliment the services we offer.'),
 (KEN, 'tech-decision', U, KEN_S + ': Background – Provide brief additional context', 'This enables those who cannot access our services online, those who have emergencies and those who require additional support to access our services.'),
 # accessibility of the council's own digital services
 (ERY, 'tech-policy', U, ERY_S + ': Compliance criteria', 'Our websites and apps will need to comply with the international WCAG 2.1 AA accessibility standard.'),
 (ERY, 'tech-policy', U, ERY_S + ': Us and the law', 'These new regulations build on our existing obligations to people who have a disability under the Equality Act 2010 which state we must consider ‘reasonable adjustments’ for disabled people.'),
 (REN, 'tech-policy', S, REN_S + ': What legislation applies to our digital services', 'All Renfrewshire Council digital services must meet the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.'),
 (REN, 'tech-policy', S, REN_S + ': What web accessibility is: This means removing accessibility barriers so that they can be used by people with a wide range of different abilities, including those who have:', 'socio-economic disadvantage or restrictions such as limited digital skills, low bandwidth connections, or old technologies.'),
 # cyber services and cyber training bought as the service
 (CYB, 'tech-notice', S, CYB_S, 'Effective cyber security and resilience protect the processes and services we depend on, ensuring we can take advantage of the benefits that technology can bring.'),
 (DLU, 'tech-news', U, DLU_S, 'Priorities for the supplier include providing advisory, cyber and technical skills and helping councils prepare for new cyber threats.'),
 # University of Birmingham; Guildford's ICT disposal service (a disposal service bought)
 (UOB, 'tech-case', U, UOB_S + ': How it works', 'IT Services simply orders devices using a special serial number to indicate the CO2 Offset option; there\'s no additional work involved for us, Lenovo does the rest.'),
 (GUI, 'tech-decision', U, GUI_S + ': Decision:', 'Enter into a non-exclusive contract for the secure selling, recycling or disposal of ICT related assets including hardware and peripherals.'),
 # FOI responses
 (DEV, 'tech-foi', U, DEV_S, 'what percentage is going to help those in the local community that cannot afford computers.'),
 (DEV, 'tech-foi', U, DEV_S, 'In December 2019 DCC committed to reduce its greenhouse gas emissions, including those from its purchasing of goods and services, to net-zero by 2030.'),
 (THU, 'tech-foi', U, THU_S, 'What Carbon reduction goals are in place within the organisation?'),
 (THU, 'tech-foi', U, THU_S, 'Thurrock Council has a target to reduce its operational CO2 emission to net zero by 2030.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk',)
batch = Batch('public-texts-62.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice is `ocds:<ocid>` whichever
    # copy it was read from (the NTU framework on Find a Tender and d3tenders; the Scottish Government cyber training
    # notice), and Electronics Watch's contract-condition pages share one group with those the corpus holds.
    if src == NTU: return 'ocds:ocds-h6vhtk-05e4b0'
    if src == CYB: return 'ocds:ocds-h6vhtk-03dbb9'
    if 'electronicswatch.org' in src: return 'electronicswatch.org/contract-conditions'
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub62', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
