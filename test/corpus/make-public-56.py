"""Write /work/batches/public-texts-56.jsonl: batch 64, QUESTION SETS AND REQUIREMENTS HELD IN PUBLIC GITHUB REPOSITORIES.
Two kinds of real buyer wording read whole from repository files: Crown Commercial Service's RM6378 (Facilities
Management and Workplace Services) call-off service specification as the crown-marketplace service keeps it, and
contract notices (OCDS JSON) that github:apa999/CFServer1 keeps as test data and the corpus had not yet used.

Sources: github:Crown-Commercial-Service/crown-marketplace@21fa91d8 data/facilities_management/rm6378/
service_specifications.csv (the CCS RM6378 call-off specification, paragraph by paragraph: the staff management
paragraphs on fair work and workforce engagement, subcontractor selection (SMEs and local supply chain), the
sustainability management plan, carbon net zero, energy, water and waste management, and the reporting lines on them
as social value; the staff training, vetting, uniforms, subcontractor compliance, ISO 14001 / UKAS environmental
management system, SECR compliance, BREEAM building standards, metering, waste services bought (clinical waste,
bulk waste storage), disability adaptations bought, accessibility of digital content and security services as hard
negatives); and github:apa999/CFServer1@cfda786f CFServerTests/TestData (Sell2Wales notices of Cardiff and Vale UHB,
Trivallis, Tai Tarian, Cwm Taf Morgannwg UHB, Rhondda Cynon Taf CBC, Natural Resources Wales, Wrexham CBC, the
University of South Wales, Cardiff University, HEIW, the Welsh Government and Pobl;
Public Contracts Scotland notices of NHS National Services Scotland and Scotland Excel; Contracts Finder
notices of Harrow, Enterprise Cheshire and Warrington, Oxford City Council and DESNZ): the community benefits /
social value / fair work sections as social value, and the description of what is bought, lots, durations, selection
criteria and instructions from the same notices as negatives.

Records from a source group of the held-out file (heldout/public-texts-40.jsonl, batch 48: 55 records of 18 of these
notices, 36 of them its very texts) are left out by batch.py (named on stderr), so the held-out notices stay unseen.

Texts are verbatim from the files (read on the fetched mirrors with git show); paragraph numbers dropped, a long
item cut at a sentence end, the OCDS descriptions split at their line breaks (shown as "rn" in the test data).
Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr); a source
already in the corpus keeps its group. Notice data is OGL v3 (NOTICE_CFSERVER); the crown-marketplace file keeps the
licence the corpus already gives it.

  cd /work/main && python3 test/corpus/make-public-56.py > /work/batches/public-texts-56.jsonl
"""
from batch import Batch, NOTICE_CFSERVER, EI, CL, EO, WB, MU, ocid_group, CCS_LICENCES

U, S, W = 'uk', 'scotland', 'wales'

# CCS RM6378 service specification (crown-marketplace)
FM = ('github:Crown-Commercial-Service/crown-marketplace@21fa91d835ad390af95cfbaf58be872135bad9f6:'
      'data/facilities_management/rm6378/service_specifications.csv')
FM_LICENCE = CCS_LICENCES['crown-marketplace']
FMS = 'RM6378 Facilities Management and Workplace Services: Call-Off Specification: '
A1 = FMS + 'Service A1 - Integration'
A6 = FMS + 'Service A6 - Accessibility Services: The Supplier shall:'
A9R = FMS + ('Service A9 - Expert Analysis Reports: The Supplier shall compile and analyse a suite of specific reports, '
             'which is to be agreed with the Buyer during the Mobilisation Period where applicable. These reports shall '
             'include but not be limited to:')
A9P = FMS + 'Service A9 - Supplier Contractual Performance Measurement and Reporting'
A10 = FMS + 'Service A10 - Performance Self-Monitoring'
A13 = FMS + 'Service A13 - Staff Management, Recruitment and Training'
A13T = A13 + (': The Supplier shall ensure that all Supplier Staff employed on the Contract receive appropriate induction, '
              'refresher and awareness training to ensure the successful and safe delivery of the Services. These shall '
              'include but not be limited to:')
A13B = A13 + (': The Supplier shall be responsible for the provision of training and refresher training to Buyer Staff '
              'including but not limited to:')
A14 = FMS + 'Service A14 - Selection and Management of Subcontractors'
A14K = A14 + ': Key aspects of the role include the Services set out below:'
A16 = FMS + 'Service A16 - Sustainability'
A16E = A16 + ': The Supplier shall ensure that;'
A16S = FMS + 'Service A16 - Sustainability Management Plan'
A16L = A16S + ': The Sustainability Management Plan shall include but not be limited to the Supplier’s approach to:'
A16W = A16L + ' Waste minimisation, prevention and management including Waste Hierarchy and segregation;'
A16C = FMS + 'Service A16 - Carbon Net Zero'
A16B = FMS + 'Service A16 - Buildings'
A16M = FMS + 'Service A16 - Energy Management: The Supplier shall:'
A16F = FMS + ('Service A16 - Energy Efficiency: The content of the energy efficiency measures and activities shall be '
              'agreed between the Buyer and the Supplier during the Mobilisation Period and shall include but not be '
              'limited to:')
A16H = FMS + 'Service A16 - Water Management'
A16X = FMS + 'Service A16 - Waste Prevention and Management'
J7 = FMS + 'Service J7 - Additional Waste Services: The Supplier shall provide additional waste Services, including, but not limited to:'
L8 = FMS + 'Service L8 - Special Need or Disability Adaptions'
P1 = FMS + 'Service P1 - Design, Supply, Install and Commission of Physical and Electronic Security Systems and Services'
T1 = FMS + 'Service T1 - Security Assessments'
U1 = FMS + 'Service U1 - Security Awareness / Training'

# Contract notices kept as test data by github:apa999/CFServer1
CF = 'github:apa999/CFServer1@cfda786f8069d6df8a0d4e7b38beff81e3a36338:CFServerTests/TestData/'
def cf(path, ocid): return CF + path + '#' + ocid
CVS = cf('WelshData/WRel10.swift', 'ocds-kuma6s-148381')    # Cardiff and Vale UHB, CRI security services
CVP = cf('WelshData/WRel27.swift', 'ocds-kuma6s-148390')    # Cardiff and Vale UHB, swimming pool maintenance
TRK = cf('WelshData/WRel13.swift', 'ocds-kuma6s-148369')    # Trivallis, kitchens and bathrooms
TRW = cf('WelshData/WRel71.swift', 'ocds-kuma6s-148002')    # Trivallis, window cleaning
TTS = cf('WelshData/WRel28.swift', 'ocds-kuma6s-148364')    # Tai Tarian, roof mounted solar PV framework
CTM = cf('WelshData/WRel34.swift', 'ocds-kuma6s-148338')    # Cwm Taf Morgannwg UHB, assertive outreach service
RCC = cf('WelshData/WRel56.swift', 'ocds-kuma6s-147810')    # Rhondda Cynon Taf CBC, cleaning framework
RCA = cf('WelshData/WRel58.swift', 'ocds-kuma6s-147592')    # Rhondda Cynon Taf CBC, asphalt framework
NRS = cf('WelshData/WRel80.swift', 'ocds-kuma6s-147843')    # Natural Resources Wales, water supervision services
NRL = cf('WelshData/WRel8.swift', 'ocds-kuma6s-145558')     # Natural Resources Wales, land hazards framework
WXL = cf('WelshData/WRel9.swift', 'ocds-kuma6s-148097')     # Wrexham CBC, lift maintenance
WXE = cf('WelshData/WRel4.swift', 'ocds-kuma6s-148149')     # Wrexham CBC, environmental improvement works
USN = cf('WelshData/WRel16.swift', 'ocds-kuma6s-148383')    # University of South Wales, neurodiversity assessments
USR = cf('WelshData/WRel62.swift', 'ocds-kuma6s-148116')    # University of South Wales, recruitment compliance platform
CDU = cf('WelshData/WRel32.swift', 'ocds-kuma6s-148361')    # Cardiff University, security systems
HEW = cf('WelshData/WRel43.swift', 'ocds-kuma6s-139221')    # HEIW, education and training
WGT = cf('WelshData/WRel25.swift', 'ocds-kuma6s-148245')    # Welsh Government, business travel
POB = cf('WelshData/WRel24.swift', 'ocds-kuma6s-146446')    # Pobl Group, responsive repairs
WXP = cf('WelshData/WRel79.swift', 'ocds-kuma6s-147998')    # Wrexham CBC, 3G pitch
NSS = cf('ScotishData/SRel57.swift', 'ocds-r6ebe6-0000578867')   # NHS National Services Scotland, oral nutritional products
SXL = cf('ScotishData/SRel61.swift', 'ocds-r6ebe6-0000570588')   # Scotland Excel, alcoholic beverages
HRW = cf('EnglishData/Release62.swift', 'ocds-b5fd17-d67cc250-d45a-480b-b8b8-9498ba7e9f16')   # Harrow, solar canopy
ECW = cf('EnglishData/Release8.swift', 'ocds-b5fd17-2583f8cb-062c-498a-8f1c-dd54d2ecce96')    # ECW, skills mapping
OXF = cf('EnglishData/Release65.swift', 'ocds-b5fd17-55a5319a-5ceb-44da-8d2d-e5d9ef5a7b72')   # Oxford, retrofit consultancy
DSZ = cf('EnglishData/Release163.swift', 'ocds-b5fd17-b60206a9-fdc7-4180-a9e3-335eda2db49f')  # DESNZ, standards landscaping

AI = 'Additional information'
CBW = AI + ': The Community Benefits included in this contract are:'
CBS = AI + ': A summary of the expected community benefits has been provided as follows:'
DP = 'Description of the procurement'
DL = 'Description of the lot'
RN = 'Description of renewals'
SC = 'Selection criteria'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # CCS RM6378 call-off specification
 (FM, 'ccs-fm', U, MU, [], A1, 'The Supplier shall ensure that all opportunities identified that have the potential to deliver performance, economic and social value improvements are presented to the Buyer for consideration.'),
 (FM, 'ccs-fm', U, MU, [], A10, 'The Supplier shall develop and agree with the Buyer the management reporting regimes for recording statutory compliance, performance against social value targets and balanced scorecard returns.'),
 (FM, 'ccs-fm', U, EO, ['economic-inequality'], A13, 'The Supplier shall recognise that the Public Sector in the UK is committed to the delivery of high quality public services, and recognises that this is critically dependent on the provision of excellent management and leadership skills and a diverse workforce that is well rewarded, well-motivated, well-led, has access to appropriate opportunities for training and skills development and is engaged in decision making.'),
 (FM, 'ccs-fm', U, EO, [], A13, 'The Supplier shall recognise that the UK Government and public bodies have in place, are developing and / or adopting updated guidelines and legislation for fair work practices, and shall comply with all requirements.'),
 (FM, 'ccs-fm', U, EO, [], A13 + ': The Supplier shall;', 'The Supplier shall support workforce engagement, including but not limited to Trade Union recognition and representation where possible, to give Supplier Staff an effective voice;'),
 (FM, 'ccs-fm', U, EO, [], A13, 'The Supplier shall take a positive approach to fair work practices as part of a fair and equitable employment and reward package for Supplier Staff.'),
 (FM, 'ccs-fm', U, EI, [], A13, 'During the Mobilisation Period, the Supplier shall articulate their strategies and commitments for professional accreditation and continuous professional development for Supplier Staff, aligning with specific goals outlined in the Government Property Function FM Strategy.'),
 (FM, 'ccs-fm', U, EI, ['climate'], A14, 'The Supplier shall take all reasonable steps to engage SMEs and local supply chain partners as Subcontractors to strengthen regional supply chain resilience and reduce the impact of the Services on the environment.'),
 (FM, 'ccs-fm', U, EI, [], A14, 'The Supplier shall report to the Buyer on the number of engagements held with SMEs and the number of any appointed as Subcontractors within its normal reporting procedures.'),
 (FM, 'ccs-fm', U, CL, [], A9R, 'The Buyer\'s performance measurement and management of the carbon net zero performance;'),
 (FM, 'ccs-fm', U, CL, [], A9R, 'The Buyer\'s performance measurement regarding waste, to include statistics on waste diversion and waste recycling rates;'),
 (FM, 'ccs-fm', U, CL, [], A9P, 'Performance against Sustainability Management Plan;'),
 (FM, 'ccs-fm', U, CL, [], A9P, 'Waste volumes, including waste diversion reports and recycling volumes;'),
 (FM, 'ccs-fm', U, CL, [], A16L, 'Energy management and efficiency;'),
 (FM, 'ccs-fm', U, CL, [], A16L, 'Water, to include system infrastructure maintenance and wastewater management;'),
 (FM, 'ccs-fm', U, CL, [], A16L, 'Waste minimisation, prevention and management including Waste Hierarchy and segregation;'),
 (FM, 'ccs-fm', U, CL, [], A16W, 'An increase in recycling or reuse of discarded items in line with the Waste Hierarchy;'),
 (FM, 'ccs-fm', U, CL, [], A16W, 'A reduction in emissions associated with the Services Delivered at Buyer Premises (e.g. waste collection and disposal Services);'),
 (FM, 'ccs-fm', U, CL, [], A16W, 'An increase of recycled content against an agreed baseline;'),
 (FM, 'ccs-fm', U, CL, [], A16L, 'Recycling of waste paper;'),
 (FM, 'ccs-fm', U, CL, [], A16L, 'The Buyers carbon net zero requirements.'),
 (FM, 'ccs-fm', U, CL, [], A16S, 'The Supplier shall utilise Call-Off Schedule 3 (Continuous Improvement) to propose innovative solutions and projects aimed at exceeding minimum sustainability targets for energy, water, and waste, leveraging new technologies and best practices.'),
 (FM, 'ccs-fm', U, CL, [], A16C, 'The Supplier shall collaborate with the Buyer and develop, maintain and implement a carbon net zero strategy, and embed activities and measures as part of the Sustainability Management Plan, in line with the Buyer’s carbon net zero requirements.'),
 (FM, 'ccs-fm', U, CL, [], A16C, 'The carbon net zero activities and measures shall be agreed between the Buyer and the Supplier during the Mobilisation Period.'),
 (FM, 'ccs-fm', U, CL, [], A16M, 'Work with the Buyer to meet external and internal targets for reducing energy consumption;'),
 (FM, 'ccs-fm', U, CL, [], A16F, 'Actions to be taken to reduce energy consumption and carbon emissions and ensure effective implementation, with clearly identified responsibilities of relevant parties;'),
 (FM, 'ccs-fm', U, CL, [], A16H, 'The Supplier shall take responsibility for the management of building water consumption and efficiency and to work with the Buyer to strive to meet external and internal targets (providing all reports and volumetric data relating to water) for reducing water consumption.'),
 (FM, 'ccs-fm', U, CL, [], A16X, 'The Supplier shall take responsibility for waste management and work with the Buyer to strive to meet external and internal targets for the reduction of waste and to develop sustainable ways of achieving zero waste to landfill and continuous improvements as advances in technology arise.'),
 (FM, 'ccs-fm', U, CL, [], A16X, 'The Supplier shall provide information to the Buyer on the methods of disposal of waste, showing clear evidence of using disposal methods which are environmentally preferable (if required by the Buyer).'),
 (FM, 'ccs-fm', U, CL, [], P1, 'Where any new or Replacement Equipment is required, the Supplier shall be responsible for completing whole life costing reports, prioritising low / zero carbon technologies and ensuring sustainable procurement methods form the basis of the recommendations issued to the Buyer.'),
 # Sell2Wales notices: community benefits sections
 (CVS, 'wales-notice', W, EI, [], CBW + ' Social Value:', 'Foundational Economy'),
 (CVP, 'wales-notice', W, CL, [], CBW + ' Social Value:', 'Decarbonisation'),
 (TRK, 'wales-notice', W, WB, [], CBW + ' The Requirement', 'To align with the Trivallis commitment to well-being impact and community benefits, we have developed a Wellbeing Impact menu of options (Annex 5 of tender suite).'),
 (TRK, 'wales-notice', W, WB, [], CBW + ' The Requirement', 'As part of our tender process, we invite bidders to choose one or more options from the Wellbeing Impact Menu.'),
 (TRK, 'wales-notice', W, WB, [], CBW + ' The Requirement', 'The successful contractor will need to select one (or more) options from the Wellbeing Impact Menu to deliver in the first year of the contract.'),
 (TRW, 'wales-notice', W, WB, [], CBW + ' The Requirement', 'For each year of the contract, on the anniversary date, the successful contractor is required to review and choose an option (or options) from the menu to deliver in that specific year once again.'),
 (TRW, 'wales-notice', W, WB, [], CBW + ' The Requirement', 'These options represent the well-being initiatives that your organisation intends to pursue and accomplish as part of fulfilling the Trivallis contract requirements.'),
 (TRK, 'wales-notice', W, EI, [], AI, 'The Contractor shall ensure that all contracts with Subcontractors and Suppliers which the Contractor intends to procure following the Award date, and which the Contractor has not, before the date of this Contract, already planned to award to a particular Subcontractor or Supplier, are advertised through the Sell2Wales portal (www.sell2wales.gov.wales) and awarded following a fair, open, transparent and competitive process proportionate to the nature and value of the contract.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Introduction', 'It’s Tai Tarian’s intention that the delivery of the Contract assists in the achievement of their commitment towards community benefits as outlined in Tai Tarian’s Community Benefits Policy.'),
 (TTS, 'wales-notice', W, EI, [], CBW + ' Introduction', 'It is the approach of Tai Tarian to maximise local reinvestment through the creation of jobs and training and through supporting the local supply chain.'),
 (TTS, 'wales-notice', W, EI, [], CBW + ' Introduction: This approach is defined by:', 'Think Neath Port Talbot'),
 (TTS, 'wales-notice', W, EI, [], CBW + ' Contract Requirements', 'Tai Tarian has an aspiration to develop key performance indicators in delivering employment within the Neath Port Talbot County Borough and supporting and sustaining supply chain opportunities within this Contract to assist in contributing towards economic growth in the area in which it operates.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Contract Requirements', 'It is a contract condition that the contractor delivers community benefits as part of this Contract.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Contract Requirements', 'There are a variety of community benefit obligations outlined in the Contract and the contractor must agree to deliver one or more.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Contract Requirements', 'Tenderers must not outline the community benefit’s they are currently delivering for existing Clients.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Contract Requirements', 'Tenderers must outline what they propose to offer for Tai Tarian if awarded the Contract.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Contract Requirements', 'Delivery of community benefits through all spend is aligned with the Well-being of Future Generations Act Wales and delivers against its goals.'),
 (TTS, 'wales-notice', W, MU, [], CBW + ' Contract Requirements', 'All community benefit activities must take place within the Neath Port Talbot County Borough.'),
 (CTM, 'wales-notice', W, EI, [], CBW, 'Buying from the third sector including supported businesses where possible.'),
 (RCC, 'wales-notice', W, MU, [], CBW, 'Rhondda Cynon Tafs Social Value Measures will be used for this contract, largely based on the TOM\'s Social Value model'),
 (RCA, 'wales-notice', W, MU, [], CBW, 'RCT Social Value Matrix'),
 (NRS, 'wales-notice', W, MU, [], CBW, 'In order for bidder\'s to submit a compliant bid, a Non-Core CB proposal along with the tender response will need to be submitted.'),
 (NRS, 'wales-notice', W, MU, [], CBW, 'The Non-Core CB proposal will not be evaluated as part of the tender; however the successful bidder(s) will be required to implement the CB proposals once agreed with NRW.'),
 (WXL, 'wales-notice', W, MU, [], CBW, 'Social Value as per the tender documents (Appendix 1)'),
 (USN, 'wales-notice', W, MU, [], CBW, 'Please refer to tender documents and the Social Value Template'),
 (USN, 'wales-notice', W, MU, [], CBW, 'See eTenderwales and Social Value Matrix'),
 # Public Contracts Scotland notices: community benefits / fair work
 (NSS, 'scot-notice', S, EO, [], CBS, 'In order to ensure the highest standards of service quality in this contract we expect contractors to take a similarly positive approach to fair work practices as part of a fair and equitable employment and reward package.'),
 (NSS, 'scot-notice', S, EO, [], CBS, 'Please describe how you will commit to fair work practices for workers (including any agency or sub-contractor workers) engaged in the delivery of this contract.'),
 (SXL, 'scot-notice', S, MU, [], CBS, 'In accordance with section 25(3) of the Procurement Reform (Scotland) Act 2014 note that, Scotland Excel intends to include community benefit requirements.'),
 (SXL, 'scot-notice', S, MU, [], CBS, 'As part of your response within the Technical Envelope, bidders will be requested to commit to delivery of community benefits in accordance with the methodology outlined in the tender documents.'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # CCS RM6378 call-off specification
 (FM, 'ccs-fm', U, A6, 'Work to remove digital barriers by ensuring digital content is perceivable, operable, understandable, to people with disabilities, allowing them to access and use content, in line with Web Content Accessibility Guidelines (WCAG).'),
 (FM, 'ccs-fm', U, A13, 'The Supplier shall ensure that all Supplier Staff employed on the Contract receive appropriate induction, refresher and awareness training to ensure the successful and safe delivery of the Services.'),
 (FM, 'ccs-fm', U, A13T, 'Health and safety (Safe System of Work) awareness;'),
 (FM, 'ccs-fm', U, A13T, 'Waste management (e.g. waste hierarchies);'),
 (FM, 'ccs-fm', U, A13T, 'Environmental and sustainability awareness;'),
 (FM, 'ccs-fm', U, A13, 'The Supplier shall develop and maintain a training register for all Supplier Staff and be responsible for maintaining appropriate staff records and training records for all Supplier Staff.'),
 (FM, 'ccs-fm', U, A13B, 'Use of CAFM and associated IT systems;'),
 (FM, 'ccs-fm', U, A13, 'The Supplier shall ensure that all Supplier Staff provide evidence of their right to work in the United Kingdom in line with the Immigration, Asylum and Nationality Act 2006.'),
 (FM, 'ccs-fm', U, A13, 'The Supplier shall provide an induction programme for all Staff and for any relevant Buyer Staff, and participate in any relevant Buyer induction programme.'),
 (FM, 'ccs-fm', U, A13, 'Supplier Staff shall be suitably presented and wearing all required uniforms and/or appropriate work wear at all times (in line with the defined Standards).'),
 (FM, 'ccs-fm', U, A14K, 'Ensuring that all appointed Subcontractors comply with all contractual requirements on quality, health and safety and environmental and legislative requirements;'),
 (FM, 'ccs-fm', U, A14K, 'Ensuring that all appointed Subcontractors are eligible to work in the UK and possess appropriate security clearance to access Buyer Premises.'),
 (FM, 'ccs-fm', U, A14K, 'Ensuring that all appointed Subcontractors possess the appropriate accreditations, qualifications, and skills.'),
 (FM, 'ccs-fm', U, A16E, 'They implement an environmental management plan in accordance with ISO 14001, which shall include a proposed methodology to align with and support the Buyer\'s existing or planned ISO 14001 accreditation and its related systems and for delivering continuous improvement;'),
 (FM, 'ccs-fm', U, A16E, 'They undertake an annual review of their environmental management system with the Buyer to ensure compliance with ISO 14001 to ensure the management systems continue to be suitable, adequate and effective.'),
 (FM, 'ccs-fm', U, A16E, 'Where requested by the Buyer, their environmental management system shall be accredited by the UK Accreditation Service (UKAS).'),
 (FM, 'ccs-fm', U, A16S, 'The content, structure and format of the Sustainability Management Plan shall be agreed between the Buyer and the Supplier during the Mobilisation Period.'),
 (FM, 'ccs-fm', U, A16S, 'The Supplier shall submit the Sustainability Management Plan for the Buyer’s Approval within [3 Months] of the Call-Off Start Date.'),
 (FM, 'ccs-fm', U, A16C, 'Where exemptions do not apply, the Supplier shall ensure compliance with the reporting requirements outlined within the Streamlined Energy and Carbon Reporting (SECR) regulations.'),
 (FM, 'ccs-fm', U, A16B, 'The Supplier shall ensure that where they have a responsibility to deliver Project works on behalf of the Buyer, that all new buildings meet the BREEAM or equivalent schemes “excellent” standard, and that retrofits meet the “very good” standard.'),
 (FM, 'ccs-fm', U, A16M, 'Monitor and record readings of liquid petroleum gas (LPG) and heating oil where present at a Buyer Premises and be responsible for reporting consumption figures [Monthly] via the CAFM System.'),
 (FM, 'ccs-fm', U, A16F, 'Measurement and verification process which details sub-meters and the mechanisms for dealing with any loss of data, assumptions or interpolations made in the case of missing or incomplete data;'),
 (FM, 'ccs-fm', U, A16F, 'Initial baseline energy model;'),
 (FM, 'ccs-fm', U, A16H, 'The Supplier shall be aware of and comply with existing and future water related statutory requirements and legislation put in place by any relevant HM Government body.'),
 (FM, 'ccs-fm', U, J7, 'Clinical Waste - where this Service is requested by the Buyer, the Supplier shall provide disposal of hazardous and non-hazardous clinical waste and shall be required to provide suitable receptacles for this type of waste.'),
 (FM, 'ccs-fm', U, J7, 'Management of on-site bulk waste storage areas - where this Service is requested by the Buyer, the Supplier shall monitor the remaining capacity and condition of agreed designated bulk waste storage areas on a [daily] basis.'),
 (FM, 'ccs-fm', U, L8, 'The Supplier shall interface with the Buyer and the occupant to ensure that all requests associated with property modifications and adaptations linked to a special need or disability of the occupant at the Buyer Premises and leased property is managed effectively.'),
 (FM, 'ccs-fm', U, T1, 'As a minimum, the security assessment shall evaluate existing or planned security measures to protect the Buyer from threats and identify improvements when deemed necessary.'),
 (FM, 'ccs-fm', U, U1, 'The Supplier shall design, deliver and evaluate security awareness and training to the Buyer’s Staff and stakeholders.'),
 # Sell2Wales notices
 (TRK, 'wales-notice', W, DP, 'Works under this contract will be carried out as a result of stock condition surveys which will identify the kitchens and bathrooms in Trivallis properties as having reached the end of their life cycle.'),
 (TRK, 'wales-notice', W, DP, 'This tender exercise aims to help Trivallis select a minimum of two (2) and a maximum of three (3) suitable partners to carry out the necessary works and services.'),
 (TRK, 'wales-notice', W, DP, 'Note that Contractors are eligible to bid on all 3 lots, However, their success is limited to a maximum of two Lots.'),
 (TTS, 'wales-notice', W, DP, 'Tai Tarian is seeking to appoint contractors (Providers) to a Framework Agreement for the Design and Installation of Roof Mounted Solar PV Systems throughout Neath Port Talbot to support Tai Tarian in the delivery of its capital investment and Welsh Government’s Optimised Retrofit Programme.'),
 (TTS, 'wales-notice', W, DL, 'Providers must submit a design and fit only price as requested in Appendix 1B – Price Framework.'),
 (TTS, 'wales-notice', W, DL, 'The appointed Providers must not install invertor in loft space, unless otherwise agreed by Tai Tarian’s Client Representative.'),
 (TTS, 'wales-notice', W, DL, 'The appointed Providers must be MCS certified, the products installed must be tier 1 MCS accredited and Trustmark certified.'),
 (TTS, 'wales-notice', W, DL, 'The appointed Providers will be required to undertake the Retrofit Assessment, Retrofit Coordination and lodgement with Trustmark, to satisfy the requirements of Welsh Government’s Optimised Retrofit Programme (ORP) grant funding.'),
 (TTS, 'wales-notice', W, RN, 'The Framework Agreement shall operate for a period of 11 months, until 31st March 2026, with an option to extend for a further 3 x 12 month periods.'),
 (CTM, 'wales-notice', W, DP, 'Cwm Taf Morgannwg University Health Board is looking to enter into a contract with a provider for the continuation of pilot of an assertive outreach service in the local community to provide an alternative to A&E and hospital admission service for children and young people in mental health crisis.'),
 (RCC, 'wales-notice', W, 'Justification for a framework agreement duration exceeding four years', 'Due to significant TUPE implications and the cost of set up across a high number of establishments, a longer term Framework is seen as beneficial.'),
 (NRS, 'wales-notice', W, DP, 'NRW require a framework that will facilitate the purchase of additional services that have been identified through continual improvement of the service requirements.'),
 (NRL, 'wales-notice', W, AI, 'The Contracting Authority does not intend to include any community benefit requirements in this contract for the following reason:'),
 (NRL, 'wales-notice', W, DL, 'Routine maintenance of land hazard sites which will include culvert clearance, ditch clearance, vegetation management.'),
 (WXE, 'wales-notice', W, DP, 'Wrexham County Borough Council is currently in the process of upgrading their housing stock to comply with the Welsh Housing Quality Standard (WHQS).'),
 (WXE, 'wales-notice', W, DL, 'This framework will includes off street car parking, on street parking lay-bys, drainage schemes and general ‘ad hoc’ civils works.'),
 (USN, 'wales-notice', W, DL, 'USW seeks to address this need and the disproportionate burden it places on neurodivergent students by providing access to funded diagnostic assessment services.'),
 (USN, 'wales-notice', W, DL, 'The aim of this partnership will be to develop and deliver a consistent high quality assessment experience for our student body and provide a tried and tested service solution that delivers our requirements.'),
 (USR, 'wales-notice', W, DP, 'The university is now able to tender for an end-to-end International Compliance Platform on an initial 4-year contract with a potential 12-month extension.'),
 (CDU, 'wales-notice', W, DP, 'The selected contractor shall be responsible for the supply, installation, integration, testing, and maintenance of these systems to ensure maximum operational effectiveness, system security, and regulatory compliance.'),
 (HEW, 'wales-notice', W, DL, 'HEIW is seeking to commission level 7 programmes in Enhanced and Advanced Practice – masters and modules'),
 (WGT, 'wales-notice', W, DL, 'The successful Bidder will provide offline and online booking solutions for the Clients Business Travel and Accommodation requirements.'),
 (WGT, 'wales-notice', W, DL, 'Bidders should note the 2024 spend was approx. GBP 1,000,000 and there is no guaranteed contract spend.'),
 (POB, 'wales-notice', W, DL, 'Pobl Group wishes to appoint a contractor to undertake the Responsive Repairs during the out of hours at Swansea University Student Accommodation.'),
 (WXP, 'wales-notice', W, DP, 'Construction of a new 3G synthetic football pitch on an existing natural grass playing field, complete with fencing and floodlighting'),
 # Public Contracts Scotland notices
 (NSS, 'scot-notice', S, DP, 'The home delivery provision will cover patients aged 16years and over, registered with a GP within NHS Fife and, receiving oral nutritional support products as assessed by a registered dietitian.'),
 (NSS, 'scot-notice', S, DP, 'Currently there are approximately 1000 adult patients within the community in NHS Fife.'),
 (NSS, 'scot-notice', S, SC, 'Mandatory requirement for the provision of Advisory Committee on Borderline Substances (ACBS) approved products only.'),
 (SXL, 'scot-notice', S, SC, 'Bidders will be required to confirm whether they intend to subcontract and, if so, for what proportion of the contracts to be called-off under the proposed framework agreement.'),
 (SXL, 'scot-notice', S, SC, 'The bidder must hold a UKAS (or equivalent) accredited independent third party certificate of compliance with BS EN ISO 14001 (or equivalent) or a valid EMAS (or equivalent) certificate; OR A regularly reviewed documented policy regarding environmental management, authorised by the Chief Executive, or equivalent.'),
 # Contracts Finder notices
 (HRW, 'eng-notice', U, DP, 'The London Borough of Harrow is inviting tenders for the provision of a design & build solution for the solar canopy renewable technology solution.'),
 (HRW, 'eng-notice', U, DP, 'Harrow\'s H.E.T implementation strategy sets out a clear delivery pathway across 3 years, significantly contributing to meeting Harrow\'s climate emergency directives and central government energy efficiency targets contributing to the roadmap to Net Zero, by achieving a minimum EPC rating of C initially with a fabric-first approach across all homes.'),
 (ECW, 'eng-notice', U, DP, 'This work will map the existing workforce and skills needs for roles at risk in the energy transition against possible clean energy and related opportunities within the wider area to understand what local interventions are most successful in building the skilled workforce needed to meet the UK\'s Clean Energy Superpower Mission.'),
 (ECW, 'eng-notice', U, DP, 'Tenderers are requested to study the specification in detail and ensure that the specified requirements can be met and thus your understanding of our requirements is reflected in your Pricing Schedule return.'),
 (OXF, 'eng-notice', U, DP, 'Oxford City Council is seeking to develop a fabric-first archetype approach for retrofit of its non-traditional properties that will in the future enable the pace and scale of delivery required to:'),
 (DSZ, 'eng-notice', U, DP, 'The sharing of data within the energy system will make a direct contribution to decarbonising the power sector by 2030 and enable several other policy objectives, including in energy equity and affordability, energy security, net zero, and economic security.'),
]

batch = Batch('public-texts-56.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group (Batch does that); each notice is `ocds:<ocid>`.
    if (g := ocid_group(src)): return g
    return src
def licence_of(src):
    return FM_LICENCE if src == FM else NOTICE_CFSERVER
batch.emit_lists('pub56', R, NEG, group_of, licence_of)
