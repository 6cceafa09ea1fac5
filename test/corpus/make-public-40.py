"""Write test/corpus/heldout/public-texts-40.jsonl: batch 48, tender wording of UK public bodies kept in a PUBLIC GITHUB
REPOSITORY: contract notices (Sell2Wales, Public Contracts Scotland, Contracts Finder) stored in OCDS form in the test
data of github:apa999/CFServer1 (commit cfda786f), read only for notices the corpus did not yet hold (checked by ocid
against every committed source and group and every other helper's batch and scratch lists).

Why this source: a search of the public GitHub index for UK social value question wording ("Social Value Model",
"MAC 2.1", "National TOMs", "community benefits", "method statement", TOMs measure lists, award criteria, framework
question exports) found almost only texts composed by repository authors (bid-writing tools, prompts, seeded demo
data), which the brief excludes; the Crown Commercial Service Digital Marketplace framework questions (DOS5 social
value brief questions, G-Cloud 13 declarations) are already used by other batches. The OCDS notices are the public
bodies' own published wording.

Social value texts: community benefit requirements of Trivallis (Wellbeing Impact Menu, Kitchens & Bathrooms
Programme), Tai Tarian (solar PV framework: local jobs, training, supply chain, Well-being of Future Generations Act),
Scotland Excel (community benefit commitment in the Technical Envelope), NHS National Services Scotland for NHS Fife
(fair work practices statement and question), Rhondda Cynon Taf (Social Value Measures based on the TOMs), Natural
Resources Wales (Non-Core CB proposal), Wrexham (Social Value Appendix 1), the University of South Wales (Social Value
Template / Matrix), Cwm Taf Morgannwg UHB (buying from the third sector and supported businesses), NHS Wales Shared
Services for Cardiff and Vale UHB (Foundational Economy). Hard negatives from the same notices: what is bought (including
services whose subject is wellbeing, mental health crisis care, neurodiversity assessment, solar PV, retrofit, net zero
skills mapping, environmental improvement works), contract terms and extensions, lots, insurance, financial standing,
ISO 14001 / environmental management selection statements, TUPE, certification, pricing, procurement process notes.

Verbatim: a text is one stored line of one field, split at "rn" line breaks as make-public-10.py splits; a long line is
cut at a sentence end (or, in the Tai Tarian text, at its lost heading "Contract Requirements"); a leading list number
is dropped; the notices' own typos are kept. Not scored: the batch is scored blind afterwards. Texts already in the
corpus are left out (named on stderr). Notice data: NOTICE_CFSERVER (OGL v3).

HELD OUT, NOT TRAINING DATA: its notices include the families issue 12 names as the unseen test (a "Wellbeing Impact
Menu" to choose options from, a "Non-Core CB proposal"), from the same kind of source (2025 Sell2Wales notices). So it
sits in test/corpus/heldout/, outside the files the classifier trains and cross-validates on, and is only scored
(`npm run eval -- test/corpus/heldout/public-texts-40.jsonl`); no cue was written with its errors in view.

  cd /work/main && python3 test/corpus/make-public-40.py > test/corpus/heldout/public-texts-40.jsonl
"""
from batch import Batch, NOTICE_CFSERVER, EI, CL, EO, WB, MU

COMMIT = 'cfda786f8069d6df8a0d4e7b38beff81e3a36338'
U, S, W = 'uk', 'scotland', 'wales'

def src(path, ocid):
    return f'github:apa999/CFServer1@{COMMIT}:CFServerTests/TestData/{path}#{ocid}'

TRV = src('WelshData/WRel13.swift', 'ocds-kuma6s-148369')    # Trivallis, Kitchens & Bathrooms Programme
TRW = src('WelshData/WRel71.swift', 'ocds-kuma6s-148002')    # Trivallis, Window Cleaning Programme
TAI = src('WelshData/WRel28.swift', 'ocds-kuma6s-148364')    # Tai Tarian, roof mounted solar PV framework
SXL = src('ScotishData/SRel61.swift', 'ocds-r6ebe6-0000570588')  # Scotland Excel, alcoholic beverages
NSS = src('ScotishData/SRel57.swift', 'ocds-r6ebe6-0000578867')  # NHS NSS for NHS Fife, oral nutritional products
RCT = src('WelshData/WRel56.swift', 'ocds-kuma6s-147810')    # Rhondda Cynon Taf, cleaning framework
NRW = src('WelshData/WRel80.swift', 'ocds-kuma6s-147843')    # Natural Resources Wales, water supervision services
WXL = src('WelshData/WRel9.swift', 'ocds-kuma6s-148097')     # Wrexham, lift preventative maintenance
WXE = src('WelshData/WRel4.swift', 'ocds-kuma6s-148149')     # Wrexham, environmental improvement works
USC = src('WelshData/WRel62.swift', 'ocds-kuma6s-148116')    # University of South Wales, recruitment compliance
USN = src('WelshData/WRel16.swift', 'ocds-kuma6s-148383')    # University of South Wales, neurodiversity assessment
CTM = src('WelshData/WRel34.swift', 'ocds-kuma6s-148338')    # Cwm Taf Morgannwg UHB, assertive outreach service
CRI = src('WelshData/WRel10.swift', 'ocds-kuma6s-148381')    # NWSSP for Cardiff and Vale UHB, CRI security services
WCB = src('WelshData/WRel6.swift', 'ocds-kuma6s-148370')     # Council framework for capital building works
WGT = src('WelshData/WRel25.swift', 'ocds-kuma6s-148245')    # Welsh Government business travel and accommodation
HEI = src('WelshData/WRel43.swift', 'ocds-kuma6s-139221')    # Health Education and Improvement Wales
ECW = src('EnglishData/Release8.swift', 'ocds-b5fd17-2583f8cb-062c-498a-8f1c-dd54d2ecce96')   # Enterprise Cheshire and Warrington
OXF = src('EnglishData/Release65.swift', 'ocds-b5fd17-55a5319a-5ceb-44da-8d2d-e5d9ef5a7b72')  # Oxford City Council
HRW = src('EnglishData/Release62.swift', 'ocds-b5fd17-d67cc250-d45a-480b-b8b8-9498ba7e9f16')  # London Borough of Harrow
DSZ = src('EnglishData/Release163.swift', 'ocds-b5fd17-b60206a9-fdc7-4180-a9e3-335eda2db49f')  # UKSBS for DESNZ

CBW = ('Under the terms of this contract the successful supplier(s) will be required to deliver Community Benefits in '
       'support of the authority’s economic and social objectives. Accordingly, contract performance conditions may '
       'relate in particular to social and environmental considerations. The Community Benefits included in this '
       'contract are:')
CBS = 'A summary of the expected community benefits has been provided as follows:'
TRV_S = 'Kitchens & Bathrooms Programme (Trivallis): ' + CBW + ' The Requirement'
TAI_S = 'Design and Installation of Roof Mounted Solar PV Systems Framework Agreement (Tai Tarian): ' + CBW
NSS_S = 'Oral Nutrional Products (NHS National Services Scotland for NHS Fife): ' + CBS
NSS_L = NSS_S + ' Public Bodies in Scotland are adopting fair work practices, which include:'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text)
R = [
 # Trivallis: Wellbeing Impact Menu
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'At Trivallis, our approach to procurement is deeply rooted in the principles of social value and community benefits. We understand the potential for collaborative investments with external stakeholders to make a positive impact on well-being.'),
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'To align with the Trivallis commitment to well-being impact and community benefits, we have developed a Wellbeing Impact menu of options (Annex 5 of tender suite).'),
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'The wellbeing menu of options is designed to support Trivallis in achieving our goals in delivering well-being impact values, in accordance with the requirements outlined in our business contracts.'),
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'As part of the contract delivery, our contracted partners must implement Wellbeing initiatives equivalent to a specified percentage of the contract spend.'),
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'As part of our tender process, we invite bidders to choose one or more options from the Wellbeing Impact Menu. These options represent the well-being initiatives that your organisation intends to pursue and accomplish as part of fulfilling the Trivallis contract requirements.'),
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'The successful contractor will need to select one (or more) options from the Wellbeing Impact Menu to deliver in the first year of the contract.'),
 (TRV, 'wales-notice', W, WB, [], TRV_S, 'This contract has a potential duration of 6 years. For each year of the contract, on the anniversary date, the successful contractor is required to review and choose an option (or options) from the menu to deliver in that specific year once again.'),
 # Tai Tarian: community benefits policy
 (TAI, 'wales-notice', W, MU, [], TAI_S + ' Introduction', 'It’s Tai Tarian’s intention that the delivery of the Contract assists in the achievement of their commitment towards community benefits as outlined in Tai Tarian’s Community Benefits Policy.'),
 (TAI, 'wales-notice', W, EI, [], TAI_S + ' Introduction', 'It is the approach of Tai Tarian to maximise local reinvestment through the creation of jobs and training and through supporting the local supply chain.'),
 (TAI, 'wales-notice', W, EI, [], TAI_S + ' Contract Requirements', 'Tai Tarian has an aspiration to develop key performance indicators in delivering employment within the Neath Port Talbot County Borough and supporting and sustaining supply chain opportunities within this Contract to assist in contributing towards economic growth in the area in which it operates.'),
 (TAI, 'wales-notice', W, MU, [], TAI_S + ' Contract Requirements', 'It is a contract condition that the contractor delivers community benefits as part of this Contract.'),
 (TAI, 'wales-notice', W, MU, [], TAI_S + ' Contract Requirements', 'There are a variety of community benefit obligations outlined in the Contract and the contractor must agree to deliver one or more.'),
 (TAI, 'wales-notice', W, MU, [], TAI_S + ' Contract Requirements', 'Tenderers must not outline the community benefit’s they are currently delivering for existing Clients.'),
 (TAI, 'wales-notice', W, MU, [], TAI_S + ' Contract Requirements', 'Tenderers must outline what they propose to offer for Tai Tarian if awarded the Contract.'),
 (TAI, 'wales-notice', W, MU, [], TAI_S + ' Contract Requirements', 'Delivery of community benefits through all spend is aligned with the Well-being of Future Generations Act Wales and delivers against its goals.'),
 (TAI, 'wales-notice', W, MU, ['economic-inequality'], TAI_S + ' Contract Requirements', 'All community benefit activities must take place within the Neath Port Talbot County Borough.'),
 # Scotland Excel: community benefit commitment
 (SXL, 'scot-notice', S, MU, [], 'Supply & Delivery of Alcoholic & Associated Beverages (Scotland Excel): ' + CBS, 'In accordance with section 25(3) of the Procurement Reform (Scotland) Act 2014 note that, Scotland Excel intends to include community benefit requirements.'),
 (SXL, 'scot-notice', S, MU, [], 'Supply & Delivery of Alcoholic & Associated Beverages (Scotland Excel): ' + CBS, 'As part of your response within the Technical Envelope, bidders will be requested to commit to delivery of community benefits in accordance with the methodology outlined in the tender documents.'),
 # NHS National Services Scotland for NHS Fife: fair work practices
 (NSS, 'scot-notice', S, EO, ['economic-inequality'], NSS_L, 'A fair and equal pay policy that includes a commitment to supporting the Living Wage, including, for example being a Living Wage Accredited Employer;'),
 (NSS, 'scot-notice', S, EO, ['economic-inequality'], NSS_L, 'clear managerial responsibility to nurture talent and help individuals fulfil their potential, including for example, a strong commitment to Mode Apprenticeships and the development of Scotland\'s young workforce;'),
 (NSS, 'scot-notice', S, EO, [], NSS_L, 'Promoting equality of opportunity and developing a workforce which reflects the population of Scotland in terms of characteristics such as age, gender, religion or belief, race, sexual orientation and disability;'),
 (NSS, 'scot-notice', S, EO, [], NSS_L, 'Stability of employment and hours of work, and avoiding exploitative employment practices, including for example no inappropriate use of zero-hours contracts;'),
 (NSS, 'scot-notice', S, EO, [], NSS_L, 'Support for leaing and development;'),
 (NSS, 'scot-notice', S, EO, ['wellbeing'], NSS_L, 'Flexible working (including for example practices such as flexi-time and career breaks) and support for family friendly working and wider work life balance;'),
 (NSS, 'scot-notice', S, EO, [], NSS_L, 'Support progressive workforce engagement, for example Trade Union recognition and representation where possible, otherwise alternative arrangements to give staff an effective voice.'),
 (NSS, 'scot-notice', S, EO, [], NSS_S, 'In order to ensure the highest standards of service quality in this contract we expect contractors to take a similarly positive approach to fair work practices as part of a fair and equitable employment and reward package.'),
 (NSS, 'scot-notice', S, EO, [], NSS_S, 'Please describe how you will commit to fair work practices for workers (including any agency or sub-contractor workers) engaged in the delivery of this contract.'),
 # Sell2Wales community benefit statements
 (RCT, 'wales-notice', W, MU, [], 'Cleaning of Educational and Other Establishments within Rhondda Cynon Taf CBC - Framework: ' + CBW, 'Rhondda Cynon Tafs Social Value Measures will be used for this contract, largely based on the TOM\'s Social Value model'),
 (NRW, 'wales-notice', W, MU, [], 'NRW Water Supervision Services FWA 2025-29: ' + CBW, 'In order for bidder\'s to submit a compliant bid, a Non-Core CB proposal along with the tender response will need to be submitted.'),
 (NRW, 'wales-notice', W, MU, [], 'NRW Water Supervision Services FWA 2025-29: ' + CBW, 'The Non-Core CB proposal will not be evaluated as part of the tender; however the successful bidder(s) will be required to implement the CB proposals once agreed with NRW.'),
 (WXL, 'wales-notice', W, MU, [], 'Lift Preventative Maintenance (Wrexham County Borough Council): ' + CBW, 'Social Value as per the tender documents (Appendix 1)'),
 (USC, 'wales-notice', W, MU, [], 'Provision of an International Recruitment Compliance Platform (University of South Wales): ' + CBW, 'Please refer to tender documents and the Social Value Template'),
 (USN, 'wales-notice', W, MU, [], 'Provision of Educational Neurodiversity Assessment Services (University of South Wales): ' + CBW, 'See eTenderwales and Social Value Matrix'),
 (CTM, 'wales-notice', W, EI, [], 'Alternatives to Admission Community Assertive Outreach Service for Children and Young People in Mental Health Crisis: ' + CBW, 'Buying from the third sector including supported businesses where possible.'),
 (CRI, 'wales-notice', W, EI, [], 'CRI Security Services (NHS Wales Shared Services Partnership for Cardiff and Vale UHB): ' + CBW + ' Social Value:', 'Foundational Economy'),
]

# (source, family, jurisdiction, section, text)
NEG = [
 # Trivallis
 (TRV, 'wales-notice-neg', W, 'Kitchens & Bathrooms Programme (Trivallis): description', 'Works under this contract will be carried out as a result of stock condition surveys which will identify the kitchens and bathrooms in Trivallis properties as having reached the end of their life cycle.'),
 (TRV, 'wales-notice-neg', W, 'Kitchens & Bathrooms Programme (Trivallis): description', 'This tender exercise aims to help Trivallis select a minimum of two (2) and a maximum of three (3) suitable partners to carry out the necessary works and services. Trivallis intends to award contracts to the top two (2) ranked bidders in the tender process and reserves the right to award each Lot to three (3) separate contractors pending evaluation of the tender bids.'),
 (TRW, 'wales-notice-neg', W, 'Window Cleaning Programme (Trivallis): description', 'The services will be carried out at properties owned by Trivallis, situated in the geographical areas of Rhondda Cynon Taff, Cardiff Bay and any future areas.'),
 (TRW, 'wales-notice-neg', W, 'Window Cleaning Programme (Trivallis): description', 'We particularly welcome responses from small and medium sized enterprises (SMEs).'),
 # Tai Tarian
 (TAI, 'wales-notice-neg', W, TAI_S + ' Introduction', 'Tai Tarian provide good quality homes to our tenants, together with a wide range of support services making a real difference in our communities.'),
 (TAI, 'wales-notice-neg', W, 'Design and Installation of Roof Mounted Solar PV Systems Framework Agreement (Tai Tarian): lot description', 'Providers must submit a design and fit only price as requested in Appendix 1B – Price Framework.'),
 (TAI, 'wales-notice-neg', W, 'Design and Installation of Roof Mounted Solar PV Systems Framework Agreement (Tai Tarian): lot description', 'The appointed Providers must be MCS certified, the products installed must be tier 1 MCS accredited and Trustmark certified.'),
 (TAI, 'wales-notice-neg', W, 'Design and Installation of Roof Mounted Solar PV Systems Framework Agreement (Tai Tarian): lot description', 'The appointed Providers will be required to undertake the Retrofit Assessment, Retrofit Coordination and lodgement with Trustmark, to satisfy the requirements of Welsh Government’s Optimised Retrofit Programme (ORP) grant funding.'),
 (TAI, 'wales-notice-neg', W, 'Design and Installation of Roof Mounted Solar PV Systems Framework Agreement (Tai Tarian): lot description', 'Tai Tarian reserves the right to supply the solar PV panels and any associated parts required for the works.'),
 (TAI, 'wales-notice-neg', W, 'Design and Installation of Roof Mounted Solar PV Systems Framework Agreement (Tai Tarian): renewal', 'The Framework Agreement shall operate for a period of 11 months, until 31st March 2026, with an option to extend for a further 3 x 12 month periods.'),
 # Scotland Excel
 (SXL, 'scot-notice-neg', S, 'Supply & Delivery of Alcoholic & Associated Beverages (Scotland Excel): selection criteria: ESPD (Scotland) Question 4C.10: Subcontracting', 'Bidders will be required to confirm whether they intend to subcontract and, if so, for what proportion of the contracts to be called-off under the proposed framework agreement.'),
 (SXL, 'scot-notice-neg', S, 'Supply & Delivery of Alcoholic & Associated Beverages (Scotland Excel): selection criteria: ESPD (Scotland) Question 4D.2: Environmental Management Standards', 'This policy must include and describe the bidder\'s environmental emergency response procedures including the preparedness and response procedures for potential accidents and emergency response situations that give rise to significant environmental impacts (for example hazardous substance spill control).'),
 (SXL, 'scot-notice-neg', S, 'Supply & Delivery of Alcoholic & Associated Beverages (Scotland Excel): selection criteria: ESPD (Scotland) Question 4D.1: Quality Assurance Schemes', 'The policy must be relevant to the nature and scale of the work to be undertaken and set out responsibilities for quality management throughout the organisation.'),
 # NHS National Services Scotland for NHS Fife
 (NSS, 'scot-notice-neg', S, 'Oral Nutrional Products (NHS National Services Scotland for NHS Fife): lot description', 'The home delivery provision will cover patients aged 16years and over, registered with a GP within NHS Fife and, receiving oral nutritional support products as assessed by a registered dietitian.'),
 (NSS, 'scot-notice-neg', S, 'Oral Nutrional Products (NHS National Services Scotland for NHS Fife): lot description', 'Currently there are approximately 1000 adult patients within the community in NHS Fife.'),
 (NSS, 'scot-notice-neg', S, 'Oral Nutrional Products (NHS National Services Scotland for NHS Fife): renewal', 'The Authority is entitled at its sole discretion to extend the duration of the Framework Agreement by up to two (2) periods of twelve (12) months.'),
 (NSS, 'scot-notice-neg', S, 'Oral Nutrional Products (NHS National Services Scotland for NHS Fife): selection criteria', 'All candidates will be required to provide a statement, covering the 3 previous financial years including the overall turnover of the candidate and the turnover in respect of the activities which are of a similar type to the subject matter of this notice.'),
 (NSS, 'scot-notice-neg', S, 'Oral Nutrional Products (NHS National Services Scotland for NHS Fife): selection criteria', 'Mandatory requirement for the provision of Advisory Committee on Borderline Substances (ACBS) approved products only.'),
 # Rhondda Cynon Taf
 (RCT, 'wales-notice-neg', W, 'Cleaning of Educational and Other Establishments within Rhondda Cynon Taf CBC - Framework: description', 'The Council requires a service provider to provide a cleaning service at a number of educational and other establishments across Rhondda Cynon Taf CBC.'),
 (RCT, 'wales-notice-neg', W, 'Cleaning of Educational and Other Establishments within Rhondda Cynon Taf CBC - Framework: lot description', 'There are currently requirements for 79 establishments throughout Rhondda Cynon Taf, but this may change over the course of the framework, there are no guaranteed volumes'),
 (RCT, 'wales-notice-neg', W, 'Cleaning of Educational and Other Establishments within Rhondda Cynon Taf CBC - Framework: framework period rationale', 'Due to significant TUPE implications and the cost of set up across a high number of establishments, a longer term Framework is seen as beneficial.'),
 # Natural Resources Wales
 (NRW, 'wales-notice-neg', W, 'NRW Water Supervision Services FWA 2025-29: description', 'flood risk management, water resources, reservoir compliance, land stewardship and nature & climate emergency.'),
 # Wrexham
 (WXE, 'wales-notice-neg', W, 'Environmental Improvement Municipal Engineering Works On Housing Land (Wrexham County Borough Council): description', 'Wrexham County Borough Council is looking to appoint up to seven Contractors to an Environmental Improvement Municipal Engineering Works Framework.'),
 (WXE, 'wales-notice-neg', W, 'Environmental Improvement Municipal Engineering Works On Housing Land (Wrexham County Borough Council): lot description', 'This framework will includes off street car parking, on street parking lay-bys, drainage schemes and general ‘ad hoc’ civils works.'),
 # University of South Wales
 (USN, 'wales-notice-neg', W, 'Provision of Educational Neurodiversity Assessment Services (University of South Wales): lot description', 'This can hinder their ability to access the full breadth of support available (e.g. Disabled Students Allowances), thereby impacting personal development, academic achievement and graduate prospects.'),
 (USN, 'wales-notice-neg', W, 'Provision of Educational Neurodiversity Assessment Services (University of South Wales): lot description', 'The University is committed to organisational and operational transformation with a view to creating high quality educational experiences for our learners.'),
 # Cwm Taf Morgannwg UHB (a mental health crisis service bought)
 (CTM, 'wales-notice-neg', W, 'Alternatives to Admission Community Assertive Outreach Service for Children and Young People in Mental Health Crisis: description', 'Cwm Taf Morgannwg University Health Board is looking to enter into a contract with a provider for the continuation of pilot of an assertive outreach service in the local community to provide an alternative to A&E and hospital admission service for children and young people in mental health crisis.'),
 # NWSSP for Cardiff and Vale UHB
 (CRI, 'wales-notice-neg', W, 'CRI Security Services (NHS Wales Shared Services Partnership for Cardiff and Vale UHB): description', 'Cardiff and Vale University Health Board (CVUHB) require security services for Cardiff Royal Infirmary (CRI).'),
 (CRI, 'wales-notice-neg', W, 'CRI Security Services (NHS Wales Shared Services Partnership for Cardiff and Vale UHB): Please note additional information on this procurement:', 'All documents to be priced (where applicable) in sterling and all payments made in sterling.'),
 # Other Welsh notices
 (HEI, 'wales-notice-neg', W, 'HEIW Provision of Enhanced and Advanced Education and Training: description', 'HEIW is seeking to establish a multi-provider Framework Agreement to commission and procure modules in Enhanced and Advanced Education and Training via blended and distance learning routes.'),
 # Contracts Finder notices (net zero, retrofit and skills as the thing bought)
 (ECW, 'eng-notice-neg', U, 'The Development of a North West Skills Mapping Plan (Regional Skills Pilot: Cheshire West and Chester): description', 'Enterprise Cheshire and Warrington (ECW) is looking to appoint consultants to work with ECW and partners, including Cheshire West and Chester Council, the North West Net Zero Hub (NWNZH) and Net Zero North West, to deliver a comprehensive skills mapping analysis and action plan, which will consider what is needed to transition from carbon intensive related jobs to stable employment in the clean energy and related sectors.'),
 (ECW, 'eng-notice-neg', U, 'The Development of a North West Skills Mapping Plan (Regional Skills Pilot: Cheshire West and Chester): description', 'Our ambition is to be the UK\'s healthiest, most sustainable, inclusive and growing economy.'),
 (OXF, 'eng-notice-neg', U, 'Provision of Non-traditional construction archetype identification and retrofit consultancy (Oxford City Council): description', 'Oxford City Council is seeking to develop a fabric-first archetype approach for retrofit of its non-traditional properties that will in the future enable the pace and scale of delivery required to:'),
 (HRW, 'eng-notice-neg', U, 'Solar Canopy - Home Energy Transition (HET) Programme (London Borough of Harrow): description', 'The London Borough of Harrow is inviting tenders for the provision of a design & build solution for the solar canopy renewable technology solution.'),
 (DSZ, 'eng-notice-neg', U, 'PS24190 - Digital Standards Landscaping (UK Shared Business Services for DESNZ): description', 'The sharing of data within the energy system will make a direct contribution to decarbonising the power sector by 2030 and enable several other policy objectives, including in energy equity and affordability, energy security, net zero, and economic security.'),
]

batch = Batch('public-texts-40.jsonl')
def group_of(s):
    # a notice is one group, `ocds:<ocid>` as in notices.jsonl
    return batch.group_of_source.get(s, 'ocds:' + s.split('#', 1)[1])
batch.emit_lists('pub40', R, NEG, group_of, lambda s: NOTICE_CFSERVER)
