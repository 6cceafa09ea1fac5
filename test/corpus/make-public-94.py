"""Write /work/batches/public-texts-94.jsonl: batch 94, TECHNOLOGY and DIGITAL notices as a technology supplier meets
them, late Public Contracts Regulations notices and notices published under the Procurement Act 2023 (UK2 preliminary
market engagement, UK4 tender and UK6 contract award notices) by UK public bodies buying software, cloud, IT support,
cyber security, data, telecoms, devices and managed services: their award criteria lines (a combined "Social Value &
Quality" criterion, a social value weighting in a data-platform tender) and the social and economic regeneration
conditions of a council notice, with HARD negatives from the same notices: what is bought (cyber detection and
response, Microsoft and other software licensing, mobile voice and data, network refreshes, cloud consumption, housing
and finance systems, data platforms, digital services for health bodies), technical and security requirements,
accessibility of the service, TUPE, framework mechanics (direct award by ranking, call-off routes, lots and
durations), non-social award criteria (technical, business continuity, account management), contract performance
management and reservation of rights.

Sources (none held by the corpus before this batch): tender notices as republished by d3tenders.com (OCDS JSON
downloads and notice pages): the National Museum of the Royal Navy's IT security solutions, the Westminster Foundation
for Democracy's and the City of Bradford MDC's Microsoft licensing, Bradford's mobile voice and data, Locala's IT
security managed service, a Scottish cyber incident response retainer (AU21/49) and a university's cyber incident
response retainer, Navy Digital's portfolio support service, a Welsh authority's regulatory software call-off under
CCS RM6259, North Wales Police's ICT managed workplace services, Cornwall Council's managed XDR, the University of
Plymouth's and Coventry University's network refreshes, Bracknell Forest's Cisco purchase, SUPC's Software Licence
Resellers Agreement, Crescent Purchasing Consortium's software licences framework, a trust's Microsoft licensing
call-off (ATT006), a Cisco APIs framework, an Open Housing software award, a Scottish housing association's (DHA)
integrated housing management system (SC Ref:752804), RBGE's finance system call-off, a university's Azure (OCRE) and
AWS FinOps call-offs, Heriot-Watt University's Banner maintenance, NHS England's Federated Data Platform, the
Home Office's Emergency Services Network devices market engagement, the Department of Finance (NI) digital resources
contract and Land and Property Services' Nova programme, academy trusts' managed ICT contracts, CCS Technology Services
4, a Crescent Purchasing Consortium framework notice (CPC/DU/TELE/02), and a council contract notice on the Chest portal found among print and
multifunctional-device notices (its title is not in the stored excerpt); bidatlas.co.uk copies of Crescent Purchasing
Consortium's Corporate Software ITT and YPO's Electronic Office Supplies 4; the Crown Commercial Service's Contract Award
Service pages for four Digital Outcomes opportunities (NHS Business Services Authority, DHSC); and TheyWorkForYou's
record of a written answer giving the Federated Data Platform tender's evaluation criteria.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); JSON string escapes undone,
list bullets dropped, a trailing reference such as "(WA Ref:...)" cut after a sentence end. Not scored: the batch is
scored blind afterwards. Texts already in the corpus are left out (named on stderr). Notice data is OGL v3 (by the copy
it was read from); the CCS Contract Award Service is Crown copyright (OGL); the written answer is quoted short.

  cd /work/main && python3 test/corpus/make-public-94.py > /work/batches/public-texts-94.jsonl
"""
from batch import Batch, MU, ocid_group, U, S, W, N

D3J = 'https://d3tenders.com/contract/download.php?ocid='
D3P = 'https://d3tenders.com/contract/?ocid='
NMRN = D3P + 'ocds-h6vhtk-0563e4'
WFD = D3J + 'ocds-h6vhtk-042567'
BMS = D3J + 'ocds-h6vhtk-069740'
BMV = D3J + 'ocds-h6vhtk-03d68d'
LOC = D3J + 'ocds-h6vhtk-0371c5'
CIRS = D3J + 'ocds-h6vhtk-030e43'
CIRU = D3J + 'ocds-h6vhtk-0325f8'
NAVY = D3J + 'ocds-h6vhtk-04b645'
VASJ = D3J + 'ocds-h6vhtk-030b82'
VASP = D3P + 'ocds-h6vhtk-030b82'
NWP = D3J + 'ocds-h6vhtk-02cba0'
XDR = D3J + 'ocds-h6vhtk-03bc6b'
PLY = D3J + 'ocds-h6vhtk-0377fe'
BFC = D3J + 'ocds-h6vhtk-05db80'
COV = D3J + 'ocds-h6vhtk-03302f'
SLRA = D3J + 'ocds-h6vhtk-04e549'
CPCS = D3P + 'ocds-h6vhtk-06125a'
ATT = D3J + 'ocds-h6vhtk-064912'
CPCB = 'https://bidatlas.co.uk/tenders/022456-2026'
CIS = D3J + 'ocds-h6vhtk-03f099'
OPH = D3J + 'ocds-h6vhtk-069c52'
IHMS = D3J + 'ocds-h6vhtk-03ade0'
RBGE = D3J + 'ocds-h6vhtk-043b03'
OCRE = D3J + 'ocds-h6vhtk-05f832'
AWS = D3J + 'ocds-h6vhtk-04e82a'
HWU = D3J + 'ocds-h6vhtk-0434c1'
FDP = D3J + 'ocds-h6vhtk-0328ce'
FDPQ = 'https://www.theyworkforyou.com/wrans/?id=2023-11-29.4378.h'
ESN = 'https://d3tenders.com/contract/ocds-h6vhtk-055738.json'
DSS = D3J + 'ocds-h6vhtk-033ad6'
NOVA = D3J + 'ocds-h6vhtk-02cb11'
WSP = D3J + 'ocds-h6vhtk-0308ae'
SLT = D3J + 'ocds-h6vhtk-02998c'
STC = D3J + 'ocds-h6vhtk-02ca91'
TS4 = D3P + 'ocds-h6vhtk-04eac3'
CPCT = D3J + 'ocds-h6vhtk-034db9'
CHEST = D3J + 'ocds-h6vhtk-04b00a'
EOS4 = 'https://bidatlas.co.uk/tenders/056289-2025'
CAS = 'https://redirect.contractawardservice.crowncommercial.gov.uk/digital-outcomes/opportunitiesDetails?'
CAS1 = CAS + 'lot=1&projectId=53730'
CAS2 = CAS + 'projectId=25034&lot=1'
CAS3 = CAS + 'projectId=31931&lot=1'
CAS4 = CAS + 'projectId=8739&lot=1'

NMRN_S = 'Provision of IT Security Solutions (2025) (National Museum of the Royal Navy): tender and award notice'
BMS_S = 'Microsoft M365 E3 Enterprise Licensing Agreement (CBMDC 483, City of Bradford MDC): contract award notice'
BMV_S = 'CBMDC 461 - Mobile Voice and Data (City of Bradford MDC): contract award notice'
WFD_S = ('Microsoft Licences (Microsoft Enterprise Agreement) via CCS Microsoft Aggregation NFC162 (Westminster Foundation '
         'for Democracy): contract award notice')
LOC_S = 'IT Security Managed Service (Locala): contract award notice'
CIRS_S = 'Invitation to tender for cyber incident response retainer service (AU21/49): contract award notice'
CIRU_S = 'Cyber Incident Response Retainer and Advisory Service (university): contract award notice'
NAVY_S = 'Navy Digital and Data Portfolio and Support Service: contract award notice'
VAS_S = 'Public Protection, Building Control, Planning and Land Charges Software System: contract award notice'
NWP_S = 'ICT Managed Workplace Services (NWP 45453, North Wales Police): contract award notice'
SLRA_S = 'Software License Resellers Agreement (SLRA) (Southern Universities Procurement Consortium): tender notice'
ATT_S = 'Provision of Microsoft Licenses (ATT006): contract award notice'
CPCB_S = 'Corporate Software & Related Products and Services - ITT (Crescent Purchasing Consortium): tender notice'
CIS_S = 'Cisco APIs (DN803438): contract award notice'
IHMS_S = 'Integrated Housing Management System (housing association, SC Ref:752804): contract award notice'
FDP_S = 'Federated Data Platform and Associated Services (NHS England): contract award notice'
FDPQ_S = 'NHS: Databases (written answer, 15 December 2023): The evaluation criteria consisted of three parts:'
ESN_S = ('Emergency Services Network mobile communication devices (Home Office, ESMCP): preliminary market engagement '
         'notice: engagement')
DSS_S = 'DoF - ESS - DSS - Provision of Digital Resources and Services: contract award notice: additional information'
CHEST_S = 'Council contract notice on the Chest portal (DN726962): additional information'
EOS4_S = 'Electronic Office Supplies 4 (Yorkshire Purchasing Organisation): tender notice'
CAS_S = 'Procurement details: '

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (BMS, 'tech-criteria', U, MU, [], BMS_S + ': Award criteria (quality)', 'Social Value & Quality',
  {'weighting_percent': 20}),
 (FDPQ, 'tech-pq', U, MU, [], FDPQ_S, 'social value (10%); and', {'weighting_percent': 10}),
 (CHEST, 'tech-notice', U, MU, [], CHEST_S,
  'The successful supplier will be required to actively participate in the economic and social regeneration of the '
  'locality of, and surroundings of, the place of delivery of the contract.'),
 (CHEST, 'tech-notice', U, MU, [], CHEST_S,
  'Therefore, selection and award criteria, specification requirements and contract performance conditions may '
  'relate in particular to social and environmental considerations as relevant to the subject matter of this '
  'project.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # National Museum of the Royal Navy: IT security solutions (UK6 award, Procurement Act 2023)
 (NMRN, 'tech-notice', U, NMRN_S + ': Notice Description',
  'The National Museum of the Royal Navy (NMRN) has reviewed its current cyber security stack and is looking to '
  'implement further measures to protect its systems, data and people.'),
 (NMRN, 'tech-notice', U, NMRN_S + ': Notice Description',
  'Solutions to be implemented should complement current security measures and enhance our visibility, understanding '
  'and response to cyber threats within the IT environment.'),
 (NMRN, 'tech-notice', U, NMRN_S + ': Notice Description',
  "The NMRN is reviewing its supply arrangements to ensure that it is aware of what the market currently has to offer "
  "and is in a position to select a supplier that is best able to deliver the National Museum's requirements over the "
  "next 3 - 5 years."),
 (NMRN, 'tech-notice', U, NMRN_S + ': Notice Description',
  'The tender is split into three lots, which were able to be awarded either as a whole, multiples or as single awards '
  'upon evaluation.'),
 (NMRN, 'tech-notice', U, NMRN_S + ': Lot Information: Lot 1- Managed Detect and Response (MDR)',
  'The NMRN is seeking a Managed Detect and Response (MDR) service to monitor activity across its IT estate and detect '
  'potential cyber threats.'),
 (NMRN, 'tech-notice', U, NMRN_S + ': Lot Information: Email Security Solution',
  'The email security solution should also integrate with other security solutions, such as EDR, NDR and identity '
  'security solutions to enhance visibility of threats and help inform detection and response.'),
 (NMRN, 'tech-notice', U, NMRN_S + ': Lot Information: Renewal',
  '3 Year Initial Contract, with option to extend for further 2 years with satisfactory performance.'),
 (NMRN, 'tech-notice', U, NMRN_S + ': Lot Information: Lot 3- Microsoft 365 Identity Security Solution',
  'Entra Single Sign On is also configured on a number of 3rd party services.'),
 # City of Bradford MDC: Microsoft licensing; mobile voice and data
 (BMS, 'tech-notice', U, BMS_S, 'An annual true-up/down of licenses is agreed as part of the contract'),
 (BMS, 'tech-notice', U, BMS_S + ': Description',
  "Purchase of Microsoft Licenses and related services for the Council's use of Microsoft end user software products."),
 (BMS, 'tech-notice', U, BMS_S + ': Description',
  'Procurement process was undertaken by Crown Commercial Services via the Aggregated NFC157 route under RM6068 '
  'Technology Products & Associated Services (TePAS)'),
 (BMV, 'tech-criteria', U, BMV_S + ': Award criteria (quality)', 'Technical /quality', {'weighting_percent': 55}),
 (BMV, 'tech-notice', U, BMV_S + ': Description',
  'Mobile Voice and Data services procured via Crown Commercial Services NFC156 Mobile Voice and Data Aggregation 2 '
  'year call off contract with 2 x 12 month optional extensions'),
 # Westminster Foundation for Democracy: Microsoft licences
 (WFD, 'tech-notice', U, WFD_S + ': Description',
  'Procurement of Microsoft licenses used by Westminster Foundation for Democracy via Crown Commercial Service '
  'aggregation under Technology Products and Associated Services framework agreement (RM6068) Lot 3: Software and '
  'Associated Services.'),
 (WFD, 'tech-notice', U, WFD_S + ': Lot description',
  'Please note that the CCS Microsoft Aggregation further competition was carried out on a 3+1 year basis.'),
 (WFD, 'tech-notice', U, WFD_S + ': Lot description', 'The costs as set out reflect the three year term only.'),
 # Locala: IT security managed service
 (LOC, 'tech-notice', U, LOC_S + ': Description', 'Locala has procured an IT Security Managed Service.'),
 (LOC, 'tech-notice', U, LOC_S + ': Description',
  'This includes vulnerability scanning and threat detection and response.'),
 # Cyber incident response retainers
 (CIRS, 'tech-notice', S, CIRS_S + ': Description',
  'Award of contract for an emergency cyber incident response, live incident handling and provision of expert cyber '
  'incident response services, toolsets and knowledge that will support incident containment, mitigation, '
  'eradication and recovery.'),
 (CIRS, 'tech-criteria', S, CIRS_S + ': Award criteria (quality)', 'Business Processes & Business Continuity',
  {'weighting_percent': 5}),
 (CIRS, 'tech-criteria', S, CIRS_S + ': Award criteria (quality)',
  'Quality Assurance/Continuous Improvement/Innovation'),
 (CIRU, 'tech-notice', U, CIRU_S + ': Lot description',
  'The Cyber Incident Response and Advisory (CIR) service is to provide assistance in the event of a significant cyber '
  'incident to recover university core services, or to provide assisting in assessing against threats or cyber '
  'advisories.'),
 (CIRU, 'tech-notice', U, CIRU_S + ': Lot description: Additional information',
  'This call-off contract was awarded following a further competition held via CCS RM3764.3 Cyber Security Services 3 '
  'framework.'),
 (CIRU, 'tech-notice', U, CIRU_S + ': Additional information',
  'The anticipated spend on this contract is approximately PS90k per annum over all categories; however, the '
  'University cannot give any guarantee as to the future value or volume of business awarded through this contract.'),
 (CIRU, 'tech-notice', U, CIRU_S + ': Additional information',
  'The University reserves the right to modify this contract, under Regulation 72(1)(a) of the Public Contract '
  'Regulations 2015, in events of higher or lower spend necessitated by unexpected occurrences.'),
 # Navy Digital
 (NAVY, 'tech-notice', U, NAVY_S + ': Lot description',
  'Navy Digital (ND) requires a support service to ensure effective planning, management, budget allocation, delivery '
  'and, decision making across the Digital portfolio to deliver Digital services and capabilities to the Royal Navy '
  '(RN) in support of Operational outputs and Business as Usual (BAU) in line with the Digital and Data (DD) plan.'),
 (NAVY, 'tech-notice', U, NAVY_S + ': Description',
  'This is a Contract Award Notice to advise that a contract has been awarded following a Restricted Competition '
  'under the PCR 2015 regulations.'),
 (NAVY, 'tech-notice', U, NAVY_S + ': Selection criteria',
  'Please see PQQ Cover Letter for details of down-select criteria.'),
 (NAVY, 'tech-notice', U, NAVY_S + ': Renewal',
  'Any need for procurement renewal will be considered by the Authority in due course.'),
 # Welsh authority: regulatory software call-off under CCS RM6259 Vertical Application Solutions
 (VASJ, 'tech-notice', W, VAS_S + ': Description',
  'This was awarded under the Crown Commercial Services Vertical Application Solutions RM6259 Framework.'),
 (VASJ, 'tech-notice', W, VAS_S + ': Description',
  'The provision of a secure, fully hosted software solution for local authority regulatory and development services, '
  'delivering integrated modules for Public Protection, Planning, Building Control, and Land Charges.'),
 (VASJ, 'tech-notice', W, VAS_S + ': Description',
  'The platform to enable end-to-end case management with automated workflows, mobile capability, and citizen-facing '
  'portals for online submissions and tracking.'),
 (VASP, 'tech-notice', W, VAS_S + ': Lot Information: Renewal',
  'The initial duration of the Framework is thirty (30) months, with an option to extend for a further period of up '
  'to eighteen (18) months.'),
 (VASP, 'tech-notice', W, VAS_S + ': Lot Information: Education, Community Health and Social Care Solutions',
  'Provision of Education, Community Health and Social Care Solutions: including solution identification, design, '
  'development, implementation, software, data take-on, migration, integration and security; user training, '
  'maintenance and support.'),
 (VASP, 'tech-notice', W, VAS_S + ': Lot Information: Education, Community Health and Social Care Solutions',
  'It includes Learning Applications; Education, Academic Scheduling and Management Solutions; Community Health and '
  'Social Care market specific solutions; and Enterprise Health Solutions.'),
 # North Wales Police: ICT managed workplace services
 (NWP, 'tech-notice', W, NWP_S + ': Description',
  'Managed Workplace Services includes Service Desk, End User Computing and Service Integration.'),
 (NWP, 'tech-notice', W, NWP_S + ': Description',
  "The successful bidder will assume the Lead Service Integrator role based on ITIL principles and will facilitate "
  "the day-day running of the vendor ecosystem and oversight in collaboration with NWP's retained team."),
 (NWP, 'tech-notice', W, NWP_S + ': Lot description',
  'Contract will be for an initial period of four years with the possibility of being extended for 3 years.'),
 (NWP, 'tech-notice', W, NWP_S + ': Lot description',
  'Contract commencement date to be agreed with successful provider.'),
 # Cornwall Council: managed XDR
 (XDR, 'tech-notice', U, 'Managed XDR (Cornwall Council): contract award notice: Description',
  'To provide 24x7x365 monitoring for Cornwall Council in order to reduce the time to detection and restoration in '
  'the event of a cyber security attack'),
 # Network refreshes and equipment
 (PLY, 'tech-notice', U, 'Network Equipment Refresh (University of Plymouth): contract award notice: Description',
  'The University of Plymouth is seeking to appoint a suitably experienced and qualified supplier, to support in the '
  'refreshing of its wired and wireless network infrastructure.'),
 (PLY, 'tech-notice', U, 'Network Equipment Refresh (University of Plymouth): contract award notice: Description',
  'The refresh will be carried out as a rolling project of activity over the next 5 years, to be completed by July '
  '2027'),
 (BFC, 'tech-notice', U, 'Cisco goods and services-251106 (Bracknell Forest Borough Council): tender notice: Description',
  'Procurement of Cisco switches, modules, cables, with support and DNA Advantage.'),
 (COV, 'tech-notice', U,
  'Network switch requirements for Coventry University core network upgrade: contract award notice: Description',
  'This was for access and distribution network switches required as part of the upgrade of the network across the '
  'Coventry campus.'),
 # Software licensing frameworks and call-offs
 (SLRA, 'tech-notice', U, SLRA_S + ': Description',
  'This Framework provides individual software licences for Microsoft, Adobe, VMware, other Commercial Off-The-Shelf '
  '(COTS) software products and associated Software Services.'),
 (SLRA, 'tech-notice', U, SLRA_S + ': Description',
  'The Framework Agreement aims to ensure access to competitively priced software solutions and related services '
  'tailored to the unique needs of the Higher Education (HE) and Further Education (FE) sectors, whilst making '
  'provision for non-HE and FE Members of SUPC and Participating Consortia'),
 (CPCS, 'tech-notice', U,
  'CPC/RB/01/2025 - Software Licences & Associated Services for Academies and Schools (Crescent Purchasing Consortium): '
  'Notice Description',
  'The CPC intends to establish a multi supplier framework agreement under the Procurement Act 2023 for the supply of '
  'software licences, renewals, upgrades, support, and associated professional services on behalf of its members.'),
 (ATT, 'tech-notice', U, ATT_S + ': Description',
  'This contract was awarded following the use of the SUPC Software Licence Resellers Agreement (SLRA) delivered via '
  'Jisc Chest, which provides a compliant route to market for Microsoft Education licensing.'),
 (ATT, 'tech-notice', U, ATT_S + ': Description',
  "The Trust followed the framework's prescribed desktop calculator evaluation method, which ranked Phoenix Software "
  "Ltd as the top-placed supplier."),
 (ATT, 'tech-notice', U, ATT_S + ': Description',
  'In line with the framework rules, a direct award was made based on this ranking mechanism.'),
 (ATT, 'tech-notice', U, ATT_S + ': Tender description',
  'Internal governance approval was granted to proceed with a direct award call-off to Phoenix Software Ltd.'),
 (CPCB, 'tech-notice', U, CPCB_S + ': Description',
  'CPC wish to establish a framework, using a Competitive Flexible Procedure, for the supply of Corporate Software and '
  'related products and services.'),
 (CPCB, 'tech-notice', U, CPCB_S + ': Description',
  'This framework is not intended to replace any existing arrangements with such organisations.'),
 (CIS, 'tech-notice', U, CIS_S + ': Description', 'Cisco APIs and associated software'),
 (CIS, 'tech-criteria', U, CIS_S + ': Award criteria (quality)', 'Delivering the Framework Agreement',
  {'weighting_percent': 30}),
 (CIS, 'tech-criteria', U, CIS_S + ': Award criteria (quality)', 'Delivering the Service and Account Management'),
 # Housing and finance systems
 (OPH, 'tech-notice', U, 'Open Housing Software: contract award notice: Justification',
  'The contract for the existing Housing IT system, Open Housing, expires on 31st March 2026.'),
 (IHMS, 'tech-notice', S, IHMS_S + ': Lot description',
  'DHA is looking to procure and implement a proven off the shelf integrated system to assist with the management of '
  'its housing, asset management and factoring services.'),
 (IHMS, 'tech-notice', S, IHMS_S + ': Lot description',
  'DHA is a medium sized social housing provider with no internal IT resource therefore the proposed solution is to '
  'be cloud based.'),
 (IHMS, 'tech-notice', S, IHMS_S + ': Lot description',
  'Fully developed suite of ARC reports is also expected to be part of the solution.'),
 (RBGE, 'tech-notice', S,
  'Finance System Implementation and Support VAR services (RBGE 2025-14): contract award notice: Lot Cloud Hosting',
  'Call-off from Government Commercial Service Framework G-Cloud 14 Lot 2 Cloud Software.'),
 # Cloud consumption and maintenance
 (OCRE, 'tech-notice', U, 'Geant/OCRE (LMU2025-1874): contract award notice: Description',
  'All usage of Azure servers in place of physical servers.'),
 (OCRE, 'tech-notice', U, 'Geant/OCRE (LMU2025-1874): contract award notice: Description',
  'This is to receive preferential service charges for all virtual services based on Azure platform.'),
 (OCRE, 'tech-notice', U, 'Geant/OCRE (LMU2025-1874): contract award notice: Description',
  'This would include Azure Virtual Desktops / EDP / EDI / CRM and various storage areas for courses / projects and '
  'backups & archives.'),
 (AWS, 'tech-notice', U, 'Cloud Resale and FinOps for Education & Research in AWS: contract award notice: Description',
  'Call-off contract for Cloud Resale and FinOps for Education and Research Projects in AWS Third Party Platform to '
  'allow Billing visibility, and AWS cost management, cost optimisation and cost governance, provided for by an AWS '
  'Advanced Tier Education Competency partner.'),
 (AWS, 'tech-notice', U, 'Cloud Resale and FinOps for Education & Research in AWS: contract award notice: Lot description',
  'AWS credits up-to value of the call-off contract'),
 (HWU, 'tech-notice', S,
  'Banner Azure Cloud Platform Maintenance Services (Heriot-Watt University): contract award notice: Description',
  'Heriot Watt University is looking to appoint service provider - Strata Information Group to provide application '
  'maintenance services for their implementation of Banner Student to monitor, maintain, upgrade, and patch '
  'components of the Banner, Oracle, and selected ancillary systems in the Microsoft Azure Cloud.'),
 # NHS England: Federated Data Platform (notice and the written answer on its evaluation criteria)
 (FDP, 'tech-notice', U, FDP_S + ': Description',
  'NHS England has procured a contract for the provision of Federated Data Platform and Associated Services (FDP-AS).'),
 (FDP, 'tech-notice', U, FDP_S + ': Description',
  'The data platform will be owned and controlled by the NHS to unlock the power of NHS data to understand patterns, '
  'solve problems, plan services for local populations and ultimately transform the health and care of the people '
  'they serve.'),
 (FDP, 'tech-notice', U, FDP_S + ': Description',
  'The contract value set out in section II.1.7.1 is not a committed amount.'),
 (FDP, 'tech-notice', U, FDP_S + ': Additional information',
  'NHS England intends to hold a supplier briefing session in relation to the project on 13 April 2022.'),
 (FDPQ, 'tech-pq', U, 'NHS: Databases (written answer, 15 December 2023)',
  'NHS England conducted an open and competitive tender process for the Federated Data Programme.'),
 (FDPQ, 'tech-pq', U, FDPQ_S, 'quality (technical), making up 60%;', {'weighting_percent': 60}),
 (FDPQ, 'tech-pq', U, FDPQ_S, 'commercial (30%).', {'weighting_percent': 30}),
 (FDPQ, 'tech-pq', U, 'NHS: Databases (written answer, 15 December 2023)',
  'The full evaluation criteria and scoring methodology was published as part of the complete tender documentation on '
  'NHS England’s e-tendering system.'),
 # Home Office ESMCP: Emergency Services Network devices (UK2 preliminary market engagement notice)
 (ESN, 'tech-notice', U, ESN_S,
  'The Secretary of State for the Home Department, through the ESMCP, is launching preliminary market engagement '
  'regarding a forthcoming opportunity to obtain places on a procurement framework for the provision of mobile '
  'communication devices for the Emergency Services Network (ESN).'),
 # Northern Ireland: digital resources contract; LPS Nova revenues and benefits solution
 (DSS, 'tech-notice', N, DSS_S, 'Contractors not delivering on contract requirements is a serious matter.'),
 (DSS, 'tech-notice', N, DSS_S, 'It means the public purse is not getting what it is paying for.'),
 (DSS, 'tech-notice', N, DSS_S,
  'If a Contractor fails to reach satisfactory levels of contract performance they will be given a specified time to '
  'improve.'),
 (DSS, 'tech-notice', N, DSS_S,
  'A central register of such Notices for supplies and services Contracts will be maintained and published on the CPD '
  'website.'),
 (NOVA, 'tech-notice', N,
  'DoF, LPS - Nova Programme - Revenues and Benefits Delivery Partner Contract: contract award notice: Description',
  'Land and Property Services ("LPS") has a requirement for a modern digitally enabled ICT solution that will support '
  'the transformation of its Revenues and Benefits service.'),
 # Academy trusts: managed ICT
 (WSP, 'tech-notice', U, 'BC-10725 Wellspring Academy Trust Managed ICT: contract award notice: Description',
  'It is their belief that IT systems should just work, and that the customer/user experience should be friction '
  'free and that IT and Digital technologies should act as an enabler and not a barrier.'),
 (WSP, 'tech-notice', U, 'BC-10725 Wellspring Academy Trust Managed ICT: contract award notice: Description',
  'In the classrooms, IT and Digital technologies should be engaging, immersive and exciting for their students.'),
 (SLT, 'tech-notice', U, 'BC-10702 Shared Learning Trust Managed ICT: contract award notice: Description',
  'It is envisaged that staff members will be eligible for TUPE which includes staff members who are currently within '
  'the Local Government Pension Scheme.'),
 (SLT, 'tech-notice', U, 'BC-10702 Shared Learning Trust Managed ICT: contract award notice: Description',
  'The Successful Bidder will be expected to manage the complete IT lifecycle of the schools from initial advice, '
  'procurement and installation through to the day to day support and management of hardware, software and IT '
  'contracts.'),
 (STC, 'tech-notice', U, "CE-01552 St Christopher's C of E Trust IT Support: contract award notice: Description",
  'This enables the Trust to maximise the effectiveness of the equipment and service, as well as helping to share '
  'resources and best practise across all the academies.'),
 # CCS Technology Services 4; a Crescent Purchasing Consortium framework notice
 (TS4, 'tech-notice', U, 'Technology Services 4 (Crown Commercial Service): Notice Description',
  'This framework is for the provision of technology and digital consultancy services, transition and SIAM, end user '
  'services, infrastructure services, live service management and maintenance, asset management, application '
  'development and lifecycle management services, data management, security management and transformation services.'),
 (TS4, 'tech-notice', U, 'Technology Services 4 (Crown Commercial Service): Lot Information: Renewal',
  'The duration of framework 1 in this scheme is 30 months.'),
 (CPCT, 'tech-notice', U, 'Framework notice (Crescent Purchasing Consortium, CPC/DU/TELE/02): Description',
  'The contracting authority shall not be under any obligation to accept the lowest tender or indeed any tender.'),
 # Council notice on the Chest portal
 (CHEST, 'tech-notice', U, CHEST_S,
  'The Council reserves the right not to award the contract, as a result of this Contract Notice.'),
 (CHEST, 'tech-notice', U, CHEST_S,
  'The Council shall not be liable for any costs or expenses incurred by any organisation in responding to this '
  'notice or in tendering for the proposed contract.'),
 (CHEST, 'tech-notice', U, CHEST_S,
  'All submissions must be in English, with any clarifications or discussions conducted in English.'),
 (CHEST, 'tech-notice', U, CHEST_S,
  'The contracts will be for 5 years, expected to commence on 1st July 2025 with option to extend for up to an '
  'additional 2 years.'),
 # YPO Electronic Office Supplies 4 (UK4)
 (EOS4, 'tech-notice', U, EOS4_S + ': Description',
  'YPO are looking for Suppliers to be appointed onto a Framework Agreement following a Competitive Tendering '
  'Procedure for the provision Electronic Office Supplies.'),
 (EOS4, 'tech-notice', U, EOS4_S + ': Lot 1 Options',
  'Any resulting Contract shall be deemed to cover any item that can be supplied by the successful Tenderer(s) over '
  'the life of the Contract within the scope of Electronic Office Supplies 4'),
 # CCS Contract Award Service: Digital Outcomes opportunities
 (CAS1, 'tech-cas', U, CAS_S + 'DDaT Data Enablement and Acceleration: 1. Context and requirements: Summary of work',
  'The NHSBSA require a supplier to work with us to deliver data initiatives across the organisation and help us to '
  'achieve our Data Strategy for the utilisation of data to drive insight which in turn is used to improve business '
  'processes and services.'),
 (CAS1, 'tech-cas', U, CAS_S + 'DDaT Data Enablement and Acceleration: 1. Context and requirements: Why the work is being done',
  "The appointment of a Data Enablement and Acceleration Partner aligns to the NHSBSA's organisation strategy, which "
  "outlines our ambition to become a more data drivem organisation."),
 (CAS2, 'tech-cas', U, CAS_S + 'DDaT Capability: 1. Context and requirements: Summary of work',
  'The NHSBSA is looking for a partner to provide additional capability and capacity to work alongside the Digital, '
  'Data and Technology (DDaT) directorate to build and maintain products and services.'),
 (CAS2, 'tech-cas', U, CAS_S + 'DDaT Capability: 1. Context and requirements: Summary of work',
  'This contract will provide teams onto a product or service with outcomes agreed with the NHSBSA Delivery Manager '
  'and Product/Service Owner.'),
 (CAS2, 'tech-cas', U, CAS_S + 'DDaT Capability: 1. Context and requirements: Why the work is being done',
  'These teams would need to be migrated over to the new contract aver a period of 6 months.'),
 (CAS3, 'tech-cas', U,
  CAS_S + 'C226479 Open Data Portal Development Partner: 1. Context and requirements: Summary of work',
  "NHSBSA require a development partner to provide modifications and enhancements to the NHSBSA's existing CKAN Open "
  "Data Portal."),
 (CAS3, 'tech-cas', U,
  CAS_S + 'C226479 Open Data Portal Development Partner: 1. Context and requirements: Summary of work: We require '
  'developers with the following skills/experience:',
  'Compliance with GDS accessibility standards'),
 (CAS3, 'tech-cas', U,
  CAS_S + 'C226479 Open Data Portal Development Partner: 1. Context and requirements: Why the work is being done',
  "This engagement aligns to NHSBSA's aim to deliver a managed service for Open Data and wish to continue to develop "
  "and enhance the existing CKAN Open Data Portal to ensure end users get the most from the portal's functionality and "
  "capabilities."),
 (CAS4, 'tech-cas', U,
  CAS_S + 'DHSC: OHID: Digitisation of the NHS Health Check, Alpha phase: 1. Context and requirements: Summary of work',
  'The Department for Health and Social care are seeking a multidisciplinary digital delivery team to deliver the '
  'alpha phase of a digital version of the existing NHS Health Check.'),
 (CAS4, 'tech-cas', U,
  CAS_S + 'DHSC: OHID: Digitisation of the NHS Health Check, Alpha phase: 1. Context and requirements: Why the work is '
  'being done',
  'It aims to prevent heart disease, stroke, type 2 diabetes and some cases of dementia and kidney disease among '
  'people aged 40-74 years in England.'),
 (CAS4, 'tech-cas', U,
  CAS_S + 'DHSC: OHID: Digitisation of the NHS Health Check, Alpha phase: 1. Context and requirements: The business '
  'problem',
  'Not enough eligible people are completing the NHS Health Check and participation has been declining year-on-year '
  'since 2014-15.'),
]

OGL_HOSTS = ('redirect.contractawardservice.crowncommercial.gov.uk',)
# The bidatlas copies' notices by their ocid (as d3tenders lists the same notices), so one notice is one group.
BIDATLAS_OCID = {CPCB: 'ocds-h6vhtk-066897', EOS4: 'ocds-h6vhtk-058a71'}
batch = Batch('public-texts-94.jsonl')


def group_of(src):
    # One notice, one group (`ocds:<ocid>`, whichever copy it was read from); each CAS opportunity and the written
    # answer are their own group.
    if src in BIDATLAS_OCID: return 'ocds:' + BIDATLAS_OCID[src]
    if '.json' in src and 'ocds-' in src: return 'ocds:' + src.rsplit('/', 1)[1].removesuffix('.json')
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub94', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
