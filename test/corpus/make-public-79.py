"""Write /work/batches/public-texts-79.jsonl: TECHNOLOGY and DIGITAL tender texts by UK public bodies (and reports of
them), from sources the corpus did not yet hold: what technology buyers asked of IT, cloud, device and telecoms
suppliers beyond the thing bought (carbon reporting and reduction for hosting, reused and second-user devices), with
hard negatives from the same or sibling documents (what is bought, lots and routes to market, pass/fail net zero
conditions, ISO / security / data protection obligations, accessibility and "green" design of the digital service
itself, hosting strategy, device disposal bought as the service, the social value portal as a tool).

Sources: the Scottish Government's Sustainable Procurement Tools case study "Reducing carbon footprint in hybrid cloud
hosting services for IT shared services" (Skills Development Scotland; two of its pages); the GOV.UK Service Manual page
"Environmentally sustainable services"; the DWP Accessibility Manual (service features; service designer role);
gov.scot's Connecting Scotland full business case (commercial case) and Scotland's Digital Future data hosting and data
centre strategy (two pages); IT Channel Oxygen's two reports on DEFRA's Future End User Services procurement; CRN
(channelweb) on enFrame's schools ICT framework; Chorley Council's decision on its ICT hardware and software procurement
route; Cleveland PCC's ICT hardware contract decision; the University of Manchester IT Services page on disposal of
unsuitable equipment; a guide to IT procurement for law firms (example tender questions on ethics and sustainability;
copy at ls-u7.geckowindow.com); the University of Warwick information security FAQ on choosing a supplier; and contract notice data for technology tenders as republished by d3tenders.com (Essex County
Council contact centre, Leeds Federated contact centre system, Rochdale telephony, CITB InRule, DVSA software licences,
Digital Health and Care Wales Oracle licences, MIS/FAS framework, Procurement for Housing telephony via RM6116,
the National Desktop and Notebook Agreement, West Berkshire revenues and benefits system, Capita software support).

Texts are verbatim from the stored pages read through the `search` tool (pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown
copyright pages (gov.uk, gov.scot, sustainableprocurementtools.scot, accessibility-manual.dwp.gov.uk) are OGL v3,
notice data is OGL v3 via d3tenders.com; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-79.py > /work/batches/public-texts-79.jsonl
"""
from batch import Batch, EI, CL, EO, MU, ocid_group, U, S, W, N


# Sustainable Procurement Tools case study: hybrid cloud hosting (Skills Development Scotland)
SPT = ('https://sustainableprocurementtools.scot/index.cfm/case-studies1/'
       'reducing-carbon-footprint-in-hybrid-cloud-hosting-services-for-it-shared-services/')
HC1 = SPT + 'the-outcome-lessons-learned-and-improvements/?previewid=7FF7BCBB-037A-4877-9E13897A881DA795'
HC2 = SPT + 'on-reflection-and-contribution-to-national-outcomes/?previewid=26F0A81C-31C0-46E2-8933D925D770A9B2'
HC_S = 'Reducing carbon footprint in hybrid cloud hosting services for IT shared services'
# GOV.UK Service Manual; DWP Accessibility Manual
SMN = 'https://gov.uk/service-manual/design/environmentally-sustainable-services'
SMN_S = 'Service Manual: Environmentally sustainable services'
DWP1 = 'https://accessibility-manual.dwp.gov.uk/best-practice/service-features'
DWP2 = 'https://accessibility-manual.dwp.gov.uk/guidance-for-your-job-role/service-designer'
# gov.scot: Connecting Scotland FBC; data hosting and data centre strategy
CSB = 'https://www.gov.scot/publications/full-business-case-connecting-scotland/pages/5/'
CSB_S = 'Connecting Scotland programme: full business case: 5 Commercial Case'
DH = 'scotlands-digital-future-data-hosting-data-centre-strategy-scottish-public/pages/'
DH5 = 'https://www.gov.scot/publications/' + DH + '5/'
DH6 = 'https://www.gov.scot/publications/' + DH + '6/'
DH_S = "Scotland's Digital Future: Data Hosting and Data Centre Strategy for the Scottish Public Sector"
# trade press on technology procurements
ICO1 = 'https://itchanneloxygen.com/buzz-builds-ahead-of-breakthrough-defra-device-tender'
ICO1_S = 'Buzz builds ahead of breakthrough DEFRA device tender'
ICO2 = 'https://itchanneloxygen.com/defra-hands-atos-150m-device-deal-but-theres-a-twist'
ICO2_S = "DEFRA hands Atos £150m device deal, but there's a twist"
CRN = 'https://channelweb.co.uk/news/4043605/net-zero-plan-public-sector-exile-framework-boss-warns-suppliers'
CRN_S = 'Make a net zero plan or face public sector exile, framework boss warns IT suppliers'
# council, police and university decisions and pages
CHO = 'https://democracy.chorley.gov.uk/ieDecisionDetails.aspx?ID=12684'
CHO_S = 'Approval for the Contract Award Procedure for ICT Hardware and Software: Decision'
CLE = 'https://www.cleveland.pcc.police.uk/working-for-you/decisions/decision-notices/ict-hardware-contract/'
CLE_S = 'ICT hardware contract (Cleveland Police and Crime Commissioner decision notice)'
MAN = 'https://www.itservices.manchester.ac.uk/aboutus/sustainability/disposal/unsuitable/'
MAN_S = 'Disposal of unsuitable equipment (University of Manchester IT Services)'
# contract notice data (d3tenders.com copies)
D3 = 'https://d3tenders.com/contract/download.php?ocid='
ESX = D3 + 'ocds-h6vhtk-03cf10'
LFH = D3 + 'ocds-h6vhtk-04e4ba'
RCH = D3 + 'ocds-h6vhtk-052100'
CTB = D3 + 'ocds-h6vhtk-03ee38'
DVS = D3 + 'ocds-h6vhtk-050b8c'
DHC = D3 + 'ocds-h6vhtk-05fff3'
MIS = D3 + 'ocds-h6vhtk-03a426'
PFH = D3 + 'ocds-h6vhtk-02ed16'
WBK = D3 + 'ocds-b5fd17-ee5118db-88e3-4e62-a7a8-2c383843694b'
CAP = D3 + 'ocds-h6vhtk-03ac86'
NDN = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-030c88'
# IT procurement guide for law firms (copy at ls-u7.geckowindow.com); University of Warwick information security FAQ
LSG = ('https://ls-u7.geckowindow.com/members/business-support/guide-to-it-procurement/'
       'general-ethical-and-sustainability-considerations/')
LSG_S = 'Guide to IT procurement: General ethical and sustainability considerations'
WAR = 'https://warwick.ac.uk/services/idc/informationsecurity/faqs/purchasingissues/'
WAR_S = 'How do I choose a supplier or service provider? (University of Warwick information security)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # hybrid cloud hosting case study: carbon reporting and reduction asked of the hosting supplier
 (HC1, 'tech-case', S, CL, [], HC_S + ': The outcome', 'As part of their response to the G-Cloud clarification process, the successful supplier provided examples of the types of CO2 reporting from hybrid cloud hosting that they have provided to other clients.'),
 (HC1, 'tech-case', S, CL, [], HC_S + ': The outcome', 'Additionally, the supplier proposed working with our IT team to agree how CO2 will be reported both in terms of report content and frequency.'),
 (HC1, 'tech-case', S, CL, [], HC_S + ': The outcome', 'The supplier also committed to using this reporting to work with IT teams to reduce CO2 footprint via monthly optimisation meetings.'),
 (HC1, 'tech-case', S, CL, [], HC_S + ': The outcome', 'Ideas for optimisation included automatically switching off non-production environments out of hours and re-platforming legacy applications to benefit from hybrid cloud efficiency.'),
 (HC1, 'tech-case', S, CL, [], HC_S + ': Lessons learned', 'The key change for the EIS is the ability to have carbon reporting and for monthly contract management meetings to focus on improvements to carbon usage.'),
 (HC1, 'tech-case', S, CL, [], HC_S + ': Lessons learned: For this particular hybrid cloud platform:', 'The hybrid cloud provider has committed to ensuring that its data centres will be powered entirely by renewable sources of energy by 2025.'),
 (HC1, 'tech-case', S, CL, [], HC_S + ': Lessons learned: For this particular hybrid cloud platform:', 'Therefore, their already more efficient large data centres will be powered by sustainable means'),
 (HC2, 'tech-case', S, CL, [], HC_S + ': On reflection and contribution to national outcomes', 'On reflection, it would have been beneficial to capture carbon usage prior to switching to a hybrid cloud model and then including carbon reporting in the first hybrid cloud contract.'),
 (HC2, 'tech-case', S, CL, [], HC_S + ': On reflection and contribution to national outcomes', 'This would have demonstrated specific carbon benefit numbers at a time when the greatest level of carbon saving was being realised.'),
 # DEFRA end user services: second-user devices asked of bidders
 (ICO1, 'tech-case', U, CL, [], ICO1_S, 'A DEFRA device management tender inviting bidders to include second-user devices in their proposals could be just a weeks away from award.'),
 (ICO1, 'tech-case', U, CL, [], ICO1_S, 'DEFRA’s Future End User Services Procurement Project (FEUSPP) is being hailed as one of the first times a government department has asked for reused IT in a tender of this nature.'),
 (ICO1, 'tech-case', U, CL, [], ICO1_S + ': Second-user “as a preference“', 'DEFRA has, as a preference, asked bidders to consider second-user devices over brand new ones, onlookers indicated to us.'),
 (ICO2, 'tech-case', U, CL, [], ICO2_S, 'As reported by IT Channel Oxygen in October, DEFRA’s Future End User Services Procurement Project (FEUSPP) was held up as one of the first times a government department has asked for reused IT in a tender of this nature.'),
 # IT tender example questions (guide to IT procurement)
 (LSG, 'tech-guide', U, EO, ['climate'], LSG_S + ': Example questions', 'Please demonstrate what steps you are taking to ensure the ethical and sustainable sourcing of supplies and services as part of your supply chain.'),
 (LSG, 'tech-guide', U, CL, [], LSG_S + ': Example questions', 'Please demonstrate what steps you are taking to minimise your carbon footprint and provide information that will allow us to assess this'),
 (LSG, 'tech-guide', U, EI, ['equal-opportunity'], LSG_S, 'You may wish to consider the social value of the procurement, such as sourcing goods from small/medium sized enterprises, minority owned business or from suppliers from less economically developed countries?'),
 (LSG, 'tech-guide', U, MU, [], LSG_S, 'By including these questions in your IT tender, you will have a more complete picture of the environmental impact of your business as well as aligning the ethical considerations of your suppliers with your own.'),
 (LSG, 'tech-guide', U, MU, [], LSG_S, 'Consideration for ethical and sustainability issues should extend beyond the day-to-day operations of your firm to those who supply you with goods and services.'),
 # notice award criteria
 (DHC, 'tech-notice', W, MU, [], 'Oracle Licences and Support for WIS and CYPrIS (Digital Health and Care Wales): award criteria', 'Social Value Criteria', {'weighting_percent': 10}),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # hybrid cloud case study: technical, HR and contract management obligations
 (HC1, 'tech-case', S, HC_S + ': The outcome', 'The contract includes a number of obligations on the supplier to meet technical requirements including ISO accreditations, IT security, data protection, GDPR.'),
 (HC1, 'tech-case', S, HC_S + ': The outcome', 'The supplier detailed their internal personal development policies in their response, which included structured internal learning with a wide array of training courses, Human Resources policy providing contractual study leave and lessons learned processes should delivery not meet required standards.'),
 (HC1, 'tech-case', S, HC_S + ': The outcome', 'The contract management plan highlighted that the contract manager would be responsible for ensuring the supplier’s response is delivered.'),
 (HC1, 'tech-case', S, HC_S + ': The outcome', 'This will include monthly optimisation meetings and reporting.'),
 (HC2, 'tech-case', S, HC_S + ': On reflection and contribution to national outcomes', 'Skills Development Scotland moved to hybrid cloud hosting a few years ago.'),
 # GOV.UK Service Manual: "green" as a quality of the digital service itself
 (SMN, 'tech-standard', U, SMN_S, 'The Greening Government Commitments require government to reduce the CO2 emissions and waste caused by its information technology.'),
 (SMN, 'tech-standard', U, SMN_S, 'You should work to reduce your service’s impact to an environmentally sustainable level.'),
 (SMN, 'tech-standard', U, SMN_S + ': To help understand, reduce and mitigate the environmental impact of your services, you should:', 'measure your service’s emissions and other environmental impacts throughout its lifecycle, and report them to your department'),
 (SMN, 'tech-standard', U, SMN_S + ': To help understand, reduce and mitigate the environmental impact of your services, you should:', 'have a plan for reducing environmental impacts that is in line with departmental goals'),
 (SMN, 'tech-standard', U, SMN_S + ': Software, hardware and power', 'You should design software to require minimal processing power and water consumption (from server cooling systems).'),
 (SMN, 'tech-standard', U, SMN_S + ': Software, hardware and power: You might do this by:', 'reducing servers’ energy use by caching and using content delivery networks'),
 (SMN, 'tech-standard', U, SMN_S + ': Software, hardware and power: You might do this by:', 'using energy efficient software, hardware and infrastructure'),
 (SMN, 'tech-standard', U, SMN_S + ': Software, hardware and power: You might do this by:', 'using renewable energy sources for powering data centres and computing resources'),
 (SMN, 'tech-standard', U, SMN_S + ': Software, hardware and power: You might do this by:', 'minimising the use of high-energy content, such as video and AI'),
 (SMN, 'tech-standard', U, SMN_S, 'The Technology Carbon Standard can help you identify and reduce emissions.'),
 # DWP Accessibility Manual: accessibility of the service itself
 (DWP1, 'tech-standard', U, 'DWP Accessibility Manual: Service features', 'There are some things you need to consider about your service to meet the Web Content Accessibility Guidelines AA standard.'),
 (DWP1, 'tech-standard', U, 'DWP Accessibility Manual: Service features: 2.2.1 Timing Adjustable (Level A)', 'You can use the Manage a session time out pattern to allow the user to extend the time limit.'),
 (DWP1, 'tech-standard', U, 'DWP Accessibility Manual: Service features', 'You should be validating user input page by page and giving feedback to the user on how to correct any issues.'),
 (DWP1, 'tech-standard', U, 'DWP Accessibility Manual: Service features', 'We recommend using the Check answers pattern from the GOV.UK Design System.'),
 (DWP2, 'tech-standard', U, 'DWP Accessibility Manual: Service Designer', 'In Government, services we build must be accessible to everyone who needs them.'),
 (DWP2, 'tech-standard', U, 'DWP Accessibility Manual: Service Designer: Things to consider: Integration with other services', 'You should consider the accessibility of any other services you want to integrate before deciding to include them in your design.'),
 (DWP2, 'tech-standard', U, 'DWP Accessibility Manual: Service Designer', 'Your overview of the end-to-end service may give you an insight into inclusivity for both external and internal users.'),
 (DWP2, 'tech-standard', U, 'DWP Accessibility Manual: Service Designer', 'You should also have an understanding of the different ways that users access content and be able to explain ways to meet those requirements.'),
 # Connecting Scotland FBC: the devices procurement route
 (CSB, 'tech-strategy', S, CSB_S + ': 5.1 Introduction', 'The purpose of the commercial dimension of the business case is to demonstrate that the preferred option will result in a viable procurement and a well-structured deal between the public sector and its service providers.'),
 (CSB, 'tech-strategy', S, CSB_S + ': 5.2 Overview of the procurement strategy for 4G & 5G mobile connectivity and web based proprietary devices', 'The procurement process for the award of the National Frameworks for Web Based and Proprietary Devices was conducted by the Collaborative ICT Team at Scottish Procurement.'),
 (CSB, 'tech-strategy', S, CSB_S + ': 5.2 Overview of the procurement strategy for 4G & 5G mobile connectivity and web based proprietary devices', 'The strategy was developed with input from the supplier market and endorsed by a User Intelligence Group, with representation from across the Scottish Public Sector.'),
 (CSB, 'tech-strategy', S, CSB_S + ': 5.2 Overview of the procurement strategy for 4G & 5G mobile connectivity and web based proprietary devices', 'The contract was awarded to the most economically advantageous tender following a comprehensive tender exercise.'),
 (CSB, 'tech-strategy', S, CSB_S + ': 5.3 Overview of current contractual arrangements', 'All Scottish public sector organisations have access to this Framework and can place orders directly with XMA.'),
 # data hosting and data centre strategy (the buyer's own hosting plans)
 (DH5, 'tech-strategy', S, DH_S, 'The data hosting and data centre strategy sets the vision that Scotland’s public sector data hosting is cost-effective, carbon neutral and makes appropriate use of cloud technology, for the delivery of efficient and highly available ICT services.'),
 (DH5, 'tech-strategy', S, DH_S + ': Creating the future data centre environment', 'organisations review their current ICT data centre and hosting arrangements'),
 (DH5, 'tech-strategy', S, DH_S + ': Creating the future data centre environment: 2. cost of running data centres and hosting is known', 'the cost of running a data centre consists of a number of elements, these should all be known in order to fully understand the cost of alternative options or any new services'),
 (DH6, 'tech-strategy', S, DH_S + ': Decision Roadmap: Step 2 Understanding the TCO', 'The total cost of ownership ( TCO) can best be summarised for a data centre as the sum of initial capital expenditures (Capex) added to on-going and long-term operational expenditures (Opex).'),
 (DH6, 'tech-strategy', S, DH_S + ': Decision Roadmap: Step 3 What are the factors to consider?', 'Provided business requirements are met, the key consideration will be Value for Money ( VFM), and the option appraisal should determine best option, and when to make a change from existing arrangements.'),
 # DEFRA end user services: scope and route
 (ICO1, 'tech-case', U, ICO1_S + ': Second-user “as a preference“', 'With an estimated value of £132m, the FEUSPP is being awarded via the Technology Services 3 framework, according to the Prior Information Notice.'),
 (ICO1, 'tech-case', U, ICO1_S + ': Second-user “as a preference“', 'In a background briefing sent to IT Channel Oxygen, DEFRA confirmed that the chosen provider will be responsible for the provision, deployment, operation, support and disposal of devices throughout their lifecycle.'),
 (ICO1, 'tech-case', U, ICO1_S + ': Second-user “as a preference“', 'One onlooker cautioned that sourcing the right equipment will require pragmatism from DEFRA on the specification, however.'),
 (ICO2, 'tech-case', U, ICO2_S, 'This week it emerged that Atos has bagged the five-year, £150.6m contract, which is designed to boost the efficiency of DEFRA’s service desk, which manages 34,000 users.'),
 # enFrame ICT framework: net zero as an entry condition
 (CRN, 'tech-case', U, CRN_S, 'Having a decarbonisation or net zero strategy will soon be a pre-requisite for any IT provider wishing to compete for public sector procurements.'),
 (CRN, 'tech-case', U, CRN_S, 'Encompassing 14 Lots spanning everything from hardware and software, to AV, print, networking/comms and services, enFrame\'s ICT Framework is set to go live in three phases between March and May.'),
 (CRN, 'tech-case', U, CRN_S, 'Although new rules introduced in September - known as PPN 06/21 - compell all companies bidding for government contracts worth more than £5m a year to commit to achieving net zero emissions by 2050, enFrame\'s ICT Framework builds on this by making a net zero commitment a blanket requirement for all applicants.'),
 (CRN, 'tech-case', U, CRN_S, 'The framework also encourages suppliers to offer products and services that help the schools who use it to reduce their energy footprint.'),
 (CRN, 'tech-case', U, CRN_S + ': Net zero commitment', 'We\'ve asked all suppliers who want to become framework members to sign up to the principles within PPN 06/21.'),
 # Chorley, Cleveland PCC, University of Manchester
 (CHO, 'tech-decision', U, CHO_S, 'To approve the contract award procedure for a number of procurements both independently and with South Ribble Borough Council outlined at Appendix 1 for software, hardware and support services.'),
 (CHO, 'tech-decision', U, CHO_S, 'To waive the requirement to use the Social Value Portal.'),
 (CHO, 'tech-decision', U, CHO_S, 'The decision to award for Chorley Council is delegated to the Executive Member of Resources.'),
 (CLE, 'tech-decision', U, CLE_S, 'Following a review of ICT spending and a consultation with stakeholders; it was evident that the ICT team required access to a supplier or framework agreement.'),
 (CLE, 'tech-decision', U, CLE_S, 'It would also ensure value for money within ICT’s annual budgets when it bought hardware such as desktop PCs, laptops, monitors and servers.'),
 (CLE, 'tech-decision', U, CLE_S, 'From analysis of the current ICT marketplace and review of previous contract pricing with Hewlett Packard, it was agreed that a collaborative framework agreement which allowed purchase direct from the manufacturer would be the most efficient, compliant and cost effective way to buy ICT hardware.'),
 (MAN, 'tech-case', U, MAN_S, 'Where redundant equipment cannot be reused within the University, there is a formal agreement with Computer Disposals Limited (CDL) who remove such equipment to their premises.'),
 (MAN, 'tech-case', U, MAN_S, 'CDL has an obligation to ensure that they employ the best practices available to recover and prolong the life of equipment that they collect.'),
 (MAN, 'tech-case', U, MAN_S, 'As a result of this, they reuse 75% of all equipment that passes through their facility.'),
 (MAN, 'tech-case', U, MAN_S, 'The residual waste streams generated are recovered in the UK at Approved/Authorised Treatment Facilities A/ATF’s.'),
 (MAN, 'tech-case', U, MAN_S, 'Once at CDL, all equipment is sorted and recorded in an asset report.'),
 # IT tender guide: pass/fail confirmations; Warwick: security and data protection in software tenders
 (LSG, 'tech-guide', U, LSG_S + ': Example questions', 'In the case of hardware procurement, please confirm that you have an effective conflict minerals compliance programme.'),
 (LSG, 'tech-guide', U, LSG_S + ': Example questions', 'Do you comply with industry standards on environmental issues such as WEEE (Waste Electrical and Electronic Equipment) and ISO 14001?'),
 (WAR, 'tech-guide', U, WAR_S, 'This is particularly important if you are outsourcing any services involving personal or sensitive information including hosting services.'),
 (WAR, 'tech-guide', U, WAR_S, 'The Pre-Qualifying Questionnaire stage of the restricted tender process (if applicable) is where the University assesses the broad capabilities of tender respondents to deliver the software and/or system.'),
 (WAR, 'tech-guide', U, WAR_S, 'All questions relating to information security and/or data protection MUST be included at this stage as it is not possible to revisit these capability areas once the Invitation to Tender stage has commenced.'),
 # technology notices: what is bought, lots, route, award criteria other than social value
 (ESX, 'tech-notice', U, 'CO0169 Contact Centre and Telephony Services (Essex County Council): description', 'MS-certified, cloud-based, CCaaS (Contact Centre as a Service) solution for ECC\'s main contact centre (Contact Essex) and other contact centre instances.'),
 (ESX, 'tech-notice', U, 'CO0169 Contact Centre and Telephony Services (Essex County Council): description', 'Inbound and outbound telephony calls via MS Teams (call charges).'),
 (LFH, 'tech-notice', U, 'Contact Centre Management System (Leeds Federated Housing): description', 'Leeds Federated is seeking to appoint a suitably skilled and experienced contact centre management system provider to supply and maintain an effective inbound and outbound communications platform.'),
 (LFH, 'tech-notice', U, 'Contact Centre Management System (Leeds Federated Housing): description', 'In line with current and future requirements over the next three years, Leeds Federated is seeking a contract management system with the ability to service up to 50 users concurrently via VOIP, ideally via a desktop platform in addition to a mobile solution.'),
 (RCH, 'tech-notice', U, 'Contact Telephony Services (Rochdale Borough Council): lot description', '3-Year contract, awarded through the G Cloud 14 Framework Contact Telephony Services'),
 (CTB, 'tech-notice', U, 'InRule Technology for CITB: lot description', 'The Construction Industry Training Board (CITB) have a requirement for the implementation of a piece of technology called Inrule and its associated licences to operate in CITB\'s existing Microsoft Azure cloud estate.'),
 (CTB, 'tech-notice', U, 'InRule Technology for CITB: lot description', 'Procurement is to be undertaken under the LUPC Software Licence Resellers Agreement (SLRA).'),
 (DVS, 'tech-notice', U, 'Software Licences and Maintenance Support 2024 (DVSA): description', 'DVSA were looking for a Value-Added Reseller who will help source a variety of software licences while also proving a value-added service.'),
 (DHC, 'tech-notice', W, 'Oracle Licences and Support for WIS and CYPrIS (Digital Health and Care Wales): description', 'Digital Health and Care Wales (DHCW) requires the procuring of an Oracle Software Licences with support and maintenance.'),
 (DHC, 'tech-notice', W, 'Oracle Licences and Support for WIS and CYPrIS (Digital Health and Care Wales): lot description: Additional information', 'This activity was procured under a Further Competition processes using the National Procurement Services Framework for IT Products and Services (ii) Lot 3: Licensing and Subscriptions (NPS-ICT-0094-19).'),
 (DHC, 'tech-notice', W, 'Oracle Licences and Support for WIS and CYPrIS (Digital Health and Care Wales): award criteria', 'Qualitative Criteria', {'weighting_percent': 10}),
 (MIS, 'tech-notice', U, 'MIS/FAS in Educational Establishments Framework: description', 'This framework will be available to all Local Authorities and all public sector funded education establishments throughout England and Wales.'),
 (PFH, 'tech-notice', U, 'PB2024-01589 Telephony via RM6116 CCS Framework: Lot 1a Inter site Connectivity (Wide Area Network) / Data Access Services', 'Lot 1a Inter site Connectivity (Wide Area Network) / Data Access Services is for the provision of connectivity services enabling site to site or site to cloud inter connectivity.'),
 (PFH, 'tech-notice', U, 'PB2024-01589 Telephony via RM6116 CCS Framework: lot options', 'The contract will be for five (5) years initially, with an option to extend for any periods up to and including sixty (60) months.'),
 (NDN, 'tech-notice', U, 'National Desktop and Notebook Agreement (NDNA): Lot Information', 'This three-lot framework agreement commenced 1.11.2022 for a period of three years with the facility to extend for a further one year subject to agreement.'),
 (WBK, 'tech-notice', U, 'Revenue and Benefits System (West Berkshire Council): description', 'This was a Direct Award to NEC Software Solutions UK Limited using the CCS Framework RM6259 Vertical Application Solution Lot 1, which is permissible under the terms of this framework.'),
 (CAP, 'tech-notice', U, 'Support and maintenance of Capita software: lot description', 'Support and Maintenance including bug fixes and security upgrades on existing software used for the processing of Revenues and benefits, and purchase of further integrated modules of that software.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'sustainableprocurementtools.scot', 'accessibility-manual.dwp.gov.uk')
batch = Batch('public-texts-79.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); one document, one group: the pages of the hybrid
    # cloud case study, of the data hosting strategy, of the DWP Accessibility Manual; each notice `ocds:<ocid>`.
    if SPT in src: return 'sustainableprocurementtools.scot/case-studies/hybrid-cloud-hosting-it-shared-services'
    if DH in src: return 'gov.scot/scotlands-digital-future-data-hosting-data-centre-strategy'
    if 'accessibility-manual.dwp.gov.uk' in src: return 'accessibility-manual.dwp.gov.uk'
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub79', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
