"""Write /work/batches/public-texts-95.jsonl: batch 95, supplier-facing social value, community benefit and
sustainability asks in SERVICES contracts outside technology (cleaning, grounds maintenance, security guarding,
facilities management, temporary agency staffing, legal services, waste, trades and repairs), from sources the corpus
did not yet hold, with hard negatives from the same documents and notices: what is bought, scope, lots, options and
renewals, TUPE and pensions, management information, call-off routes, confidentiality, evaluation mechanics,
pass/fail carbon reduction plan commitments, the buyer's own process.

Sources: West Lothian Council's notices (Gracies Wynd principal contractor works; trades contractors framework, as
republished by d3tenders.com), Hafod Housing Association's grounds maintenance notice, school cleaning notices (Lawrence
Sheriff School, Thinking Schools Academy Trust, Community Schools Trust on Find a Tender), Southwark Council's supported
hostels security notice, Bracknell Forest's environmental services procurement page (Find a Tender), Northumberland
National Park Authority's Eastburn cleaning invitation to tender (docstoc copy), the Scottish Government's legal services
framework buyer's guide (gov.scot) and its 2019 blog post on the suppliers' proposals for the previous legal services
framework, Crown Commercial Service's RM6240 legal services and RM1056 facilities management pages, a supplier's summary
of the CCS RM6232 facilities management webinar, Croydon Council's cabinet report on its temporary agency resources
contract (WhatDoTheyKnow), Tendring District Council's decision on the social value TOMs for its waste contract,
Westminster City Council's decision and news item on the London Living Wage for contractors, Lambeth Council's news item
on its facilities management contractor paying the London Living Wage, Flintshire County Council's and Barking and
Dagenham Council's cabinet minutes on social value in procurement, Wokingham Borough Council's FOI response on its
cleaning contract, Transport Scotland's annual procurement report 2022-23 (legal advisers call-off; Haudagain works
contract), Birmingham City Council's page on the West Midlands Procurement Framework for Jobs and Skills, Hackney
Council's consultation page on social value from its repairs contractors and its security services contract decision
(opencouncil.network copy), the Scottish Government's procurement blog post and Sustainable Procurement Tools case study
on its facilities services management contract.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbering
dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the
corpus are left out (named on stderr). Crown copyright pages (gov.scot, blogs.gov.scot, sustainableprocurementtools.scot,
crowncommercial.gov.uk, find-tender.service.gov.uk, transport.gov.scot) are OGL v3, notice data copies carry the NOTICE_* strings, the rest
are short quotations.

  cd /work/main && python3 test/corpus/make-public-95.py > /work/batches/public-texts-95.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# West Lothian Council notices (d3tenders.com copies)
WLG = 'https://d3tenders.com/contract/ocds-h6vhtk-06c084.json'
WLT = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-05f3e1'
# Hafod Housing Association grounds maintenance notices
HGM = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05a55f'
HG2 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05ef7f'
# School cleaning notices; Southwark security notice
LSS = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-058c5b'
LS3 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03c90c'
TSA = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-066bd0'
CST = 'https://www.find-tender.service.gov.uk/Notice/022325-2025?origin=SearchResults&p=494'
SWK = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-059c92'
# Northumberland National Park Authority cleaning invitation to tender
NNP = 'http://www.docstoc.com/docs/85717072/INVITATION-TO-TENDER'
# Scottish Government frameworks (legal services; temporary and interim staff)
LSF = 'https://www.gov.scot/publications/procurement-legal-services-framework-buyers-guide/pages/supplementary-information/'
LSU = 'https://gov.scot/publications/procurement-legal-services-framework-buyers-guide/pages/using-the-framework'
LSO = 'https://www.gov.scot/publications/procurement-legal-services-framework-buyers-guide/pages/framework-overview/'
LSB = 'https://blogs.gov.scot/public-procurement/wp-json/wp/v2/posts/1354'
TIS = 'https://gov.scot/publications/temporary-and-interim-staff-services-frameworks'
TSG = 'https://vdocument.in/temporary-staff-services-frameworks-buyer-s-guide.html'
# Crown Commercial Service RM6240
CCL = 'https://www.crowncommercial.gov.uk/agreements/RM6240'
# Croydon temporary agency resources (cabinet report, via WhatDoTheyKnow)
CRO = ('https://www.whatdotheyknow.com/request/award_of_contract_to_adecco_uk_a/response/916555/attach/html/4/'
       '6785%20Temp%20agency%20workers.pdf.html')
# Tendring waste contract TOMs decision
TDC = 'https://tdcdemocracy.tendringdc.gov.uk/ieDecisionDetails.aspx?ID=12863'
# Scottish Government facilities services management contract
FMB = 'https://blogs.gov.scot/public-procurement/2022/01/18/enhancing-our-estates-across-scotland-and-beyond'
# Living wage for contractors (Westminster decision and news; Lambeth news)
WMD = 'https://westminster.moderngov.co.uk/mgDecisionDetails.aspx?IId=16587&Opt=1'
WMN = 'https://www.westminster.gov.uk/council-adopt-london-living-wage-contractors'
LBN = ('https://lambethnews.wordpress.com/2012/07/10/london-living-wage-to-be-paid-to-council-cleaners-and-security-'
       'staff/')
# Crown Commercial Service facilities management (RM1056 page; summary of the RM6232 webinar)
CFM = 'https://www.crowncommercial.gov.uk/agreements/RM1056'
BCH = 'https://member.baachurain.com/ccs-fm-framework-rm-6232-sep-2021-webinar-summary/'
# Council social value reports (Flintshire, Barking and Dagenham); Wokingham cleaning FOI; Bracknell notice
FLN = 'https://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=36086&Opt=3&PlanId=0'
LBD = 'https://modgov.lbbd.gov.uk/Internet/ieIssueDetails.aspx?IId=83019&Opt=3&PlanId=0'
WOK = 'https://www.wokingham.gov.uk/foi/cleaning-services-contract-0'
BFE = 'https://www.find-tender.service.gov.uk/procurement/ocds-h6vhtk-05040e'
# Transport Scotland annual procurement report 2022-23
TS2 = 'https://www.transport.gov.scot/publication/annual-procurement-report-2022-23/priority-2/'
TS4 = 'https://www.transport.gov.scot/publication/annual-procurement-report-2022-23/priority-4/'
# West Midlands Procurement Framework for Jobs and Skills (Birmingham City Council page); Hackney repairs contractors
WMP = 'http://www.birmingham.gov.uk/wmpf'
HKC = 'https://consultation.hackney.gov.uk/housing-service/social-value-discussion-group-registration/'
HKS = 'https://opencouncil.network/decisions/180487'
SPT = 'https://sustainableprocurementtools.scot/index.cfm/'
FM0 = SPT + 'case-studies1/facilities-services-management1/'
FM1 = SPT + 'case-studies1/facilities-services-management/background-requirement-and-procurement-process'

WLG_S = 'CC14832 - Gracies Wynd Principal Contractor Works (West Lothian Council): notice description'
WLG_C = WLG_S + ': A summary of the expected community benefits has been provided as follows:'
WLT_S = 'WLC Trades Contractors Framework (West Lothian Council): notice description'
HGM_S = 'Grounds Maintenance (Hafod Housing Association): notice'
HG2_S = '2025H000038.02 Grounds Maintenance (Hafod Housing Association): notice'
LSS_S = 'Lawrence Sheriff School ~ Cleaning Tender: notice description'
TSA_S = 'TSAT - Provision of Outsourced Cleaning Service (Thinking Schools Academy Trust): notice'
CST_S = 'Community Schools Trust cleaning tender: Scope: Description'
SWK_S = 'Supported Hostels Security Services Contract (London Borough of Southwark): notice'
NNP_S = 'Northumberland National Park Authority: Eastburn Cleaning Contract 2010: Invitation to Tender'
NNP_A = NNP_S + ': 3. Award: the following criteria, which are listed in no particular order'
LSF_S = 'Procurement - legal services framework: buyer\'s guide: Supplementary information'
LSF_B = LSF_S + ': Sustainability benefits achieved under the framework'
LSU_S = 'Procurement - legal services framework: buyer\'s guide: Using the framework: Framework public body ordering procedures (call-offs)'
LSO_S = 'Procurement - legal services framework: buyer\'s guide: Framework overview'
LSB_S = 'Award of new Legal Services framework agreement (Scottish Government public procurement blog, 27 August 2019): Good for society'
LSB_L = LSB_S + ': The responses proposed a number of different benefits including:'
TIS_S = 'Procurement - temporary and interim staff services frameworks 2023 to 2027'
TSG_S = 'Temporary staff services frameworks: buyer\'s guide (Scottish Procurement, 2021): Scope of the framework agreements'
CCL_S = 'Public Sector Legal Services (RM6240), Crown Commercial Service'
CRO_S = ('Croydon Council Cabinet, 11 July 2016: Contract Award for a Managed Service Provider for Temporary Agency '
         'Resources: Corporate priority/policy context')
TDC_S = 'Tendring District Council decision: Social Value TOMs for the waste contract tender'
FMB_S = 'Enhancing our estate across Scotland and beyond (Scottish Government public procurement blog)'
FM0_S = 'Sustainable Procurement Tools case study: Facilities Services Management'
FM1_S = FM0_S + ': 1. Background, Requirement and Procurement Process'
WMD_S = 'Westminster City Council decision: Adoption of the London Living Wage (16 July 2019)'
WMN_S = 'Council to adopt London Living Wage for contractors (Westminster City Council news)'
LBN_S = 'London Living Wage to be paid to council cleaners and security staff (Lambeth Council news)'
CFM_S = 'Facilities Management Services (RM1056), Crown Commercial Service'
BCH_S = 'CCS FM Framework RM 6232 Sep 2021 Webinar Summary'
BCH_C = BCH_S + ': To recap, the main changes from RM3830 are:'
FLN_S = 'Flintshire County Council Cabinet, 17 January 2023: Social Value Performance and Progress Update: Minutes'
LBD_S = 'Barking and Dagenham Council Cabinet, 22 June 2021: Social Value in Procurement - Implementation Update'
WOK_S = 'Wokingham Borough Council FOI response: Cleaning services contract'
WOK_K = WOK_S + ': 9. What are the key performance indicators (KPIs) and service level agreements (SLAs) specified in the contract?'
BFE_S = 'Environmental Services Contract (Bracknell Forest Borough Council): Description'
TS_S = 'Transport Scotland annual procurement report 2022-23'
TS2_S = TS_S + ': Priority 2: Delivery sub-action 2.1'
TS4_S = TS_S + ': Priority 4: Delivery sub-action 4.1'
WMP_S = 'West Midlands Procurement Framework for Jobs and Skills (Birmingham City Council)'
WMP_F = WMP_S + ': The Framework enables public, private and voluntary and community sector organisations to contribute significantly to tackling Worklessness, and its consequences, by:'
HKC_S = 'Social value discussion group registration (Hackney Council, housing service)'
HKS_S = ('Hackney Council decision: F S650 Security Services Contract - Lots 1 & 2, Hackney Corporate Site Security, '
         'Vacant Buildings and Concierge Services: Reasons For Decision')

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # West Lothian: Gracies Wynd principal contractor works notice
 (WLG, 'services-notice', S, MU, [], WLG_C, 'West Lothian Council is committed to working with communities and businesses to secure Community Benefits in council contracts where it is proportionate and relevant to do so.'),
 (WLG, 'services-notice', S, MU, [], WLG_C, 'Evaluated Community Benefits clause will be used within this tender.'),
 (WLG, 'services-notice', S, MU, [], WLG_C, 'Tenderers will be scored based on their proposed methodology to delivering their proposed Community Benefits, in line with the total Community Benefits points attributed to the subsequent contract.'),
 (WLG, 'services-notice', S, MU, [], WLG_C, 'The tenderers submitted proposals will be analysed and scored based on the weighting allocated to Community Benefits as part of the wider Evaluation Criteria.'),
 (WLG, 'services-notice', S, MU, [], WLG_C, 'Once the contract has been awarded, the successful contractor must deliver the Community Benefits as per their tender submission.'),
 # Northumberland National Park Authority cleaning ITT: award criteria
 (NNP, 'services-itt', U, CL, [], NNP_A, 'Proof of Environmental Performance.'),
 (NNP, 'services-itt', U, EO, [], NNP_A, 'Demonstrated commitment to Equality'),
 # Scottish Government legal services framework
 (LSF, 'services-framework', S, CL, [], LSF_B, 'greener offices/greener travel'),
 (LSF, 'services-framework', S, CL, ['wellbeing'], LSF_B, 'cycle to work schemes'),
 (LSF, 'services-framework', S, CL, ['wellbeing'], LSF_B, 'waste reduction and recycling initiatives including IT equipment and furniture being offered to local charities'),
 (LSF, 'services-framework', S, CL, [], LSF_B, 'use of renewable energy suppliers'),
 (LSF, 'services-framework', S, EO, ['economic-inequality'], LSF_B, 'identify talent and improve representation of lawyers from socially disadvantaged backgrounds'),
 # Croydon temporary agency resources
 (CRO, 'services-report', U, EI, [], CRO_S, 'The new service will include a contractually mandated focus on ensuring local people are provided greater opportunity to fill temporary roles.'),
 # Tendring waste contract TOMs
 (TDC, 'services-report', U, MU, [], TDC_S, 'The Leader of the Council, acting on behalf of the Portfolio Holder for Assets who was unavailable due to a family bereavement, agrees the Social Value Themes, Outcomes and Measures (TOMs) appended to this decision against which the social value aspects of the waste contract tender submissions will be considered.'),
 # Scottish Government facilities services management contract
 (FMB, 'services-case', S, MU, [], FMB_S, 'Delivering environmental and socio-economic benefits through the Facilities Services Management Contract for the Scottish Government estate.'),
 (FMB, 'services-case', S, MU, [], FMB_S, 'Our Facilities Services Management Contract, awarded in 2021, will deliver a range of sustainability outcomes over its duration, including environmental benefits, equality and fair work practices, community benefits, and opportunities for SMEs and sub-contracting.'),
 (FM0, 'services-case', S, MU, [], FM0_S, 'The new contract will provide a range of sustainability outcomes over its duration including actions to support our climate change and circular economy obligations, and Scotland’s expectations in relation to social and economic outcomes.'),
 # Living wage for contractors: Westminster, Lambeth
 (WMD, 'services-report', U, EO, [], WMD_S, 'That the Council takes steps to adopt a Living Wage policy whereby staff working for contractors delivering services on behalf of the Council are paid at least the London Living Wage (LLW) or the National Living Wage outside of London.'),
 (WMD, 'services-report', U, EO, [], WMD_S, 'That a phased approach to implementation is adopted which means that the Living Wage will be incorporated as contracts are retendered with appropriate legal advice taken on a case by case basis.'),
 (WMN, 'services-report', U, EO, [], WMN_S, 'Westminster City Council pays our own staff the London Living Wage and we’re now extending that to our contractors.'),
 (WMN, 'services-report', U, EO, [], WMN_S, 'Having taken the decision to apply to become accredited for the London Living Wage, we will now work on a plan to ensure LLW for all of our relevant contracts over a period of time.'),
 (LBN, 'services-report', U, EO, [], LBN_S, 'Now Lambeth has selected a new facilities management contractor, Balfour Beatty, that makes sure that their staff who work indirectly for the council in roles including cleaners, repairs and security staff get the same benefits.'),
 (LBN, 'services-report', U, EO, [], LBN_S, 'The council made payment of the Living Wage a fundamental requirement during the contract bidding process.'),
 (LBN, 'services-report', U, EO, [], LBN_S, 'Shortly after 2006 some existing contracts were renegotiated to bring the pay of contracted staff doing the same job up to the same level as direct employees of the council.'),
 # Crown Commercial Service facilities management
 (CFM, 'services-framework', U, CL, [], CFM_S, 'Incorporates government standards on energy efficiency, water consumption and waste minimisation'),
 (BCH, 'services-framework', U, CL, [], BCH_C, 'Inclusion of Carbon Net-Zero module'),
 (BCH, 'services-framework', U, MU, [], BCH_C, 'Expansion of the Social Value work module'),
 # Council social value reports
 (FLN, 'services-report', W, MU, [], FLN_S, 'In response to a question, the officer explained that each contract was assessed on a number of aspects, including price and quality and anything over £25,000 had social value factored in.'),
 (FLN, 'services-report', W, MU, [], FLN_S, 'Work was being undertaken to ensure thresholds were in place so that social value was included in all procurement exercises.'),
 (FLN, 'services-report', W, CL, [], FLN_S, 'In response to a comment from Councillor Hughes, the Social Value Development Officer explained that carbon had been part of social value targets for contracts over £1m but where possible carbon measures would be included in smaller contracts.'),
 (LBD, 'services-report', U, MU, [], LBD_S, 'Further to Minute 4 (19 May 2020), the Cabinet Member for Finance, Performance and Core Services introduced an update report on the Council’s new policy framework, guidance and process to ensure that Social Value proposals and principles formed part of all new Council procurements with an annual value over £100,000.'),
 (LBD, 'services-report', U, MU, [], LBD_S, 'The Cabinet Member advised that since the new Social Value policy and toolkit had been formally launched in October 2020, commitments had been received from the five successful tenderers for qualifying Council contracts which supported one or more of the five main social value themes of “Investment in Local People”, “Investment in Local Economy”, “Environmental Sustainability”, “Community Participation and Engagement” and “People, Independence and Resilience”.'),
 # Transport Scotland: legal advisers call-off; Haudagain works contract
 (TS2, 'services-report', S, MU, [], TS2_S, 'Under this Scottish Government Framework Agreement, tenderers were assessed at framework level on their commitment to Fair Work First and community benefits, and further requirements were included for the call-off procurement to ensure project specific community benefit commitments were made by the winning tenderer.'),
 (TS4, 'services-report', S, MU, [], TS4_S, 'It was a contractual requirement that sustainability on the Haudagain Improvement scheme was monitored on a monthly basis.'),
 (TS4, 'services-report', S, MU, [], TS4_S, 'Contractual reporting requirements covering all areas of sustainability including environmental, ecology, landscaping, carbon management, waste management and community benefits.'),
 (TS4, 'services-report', S, CL, [], TS4_S, 'Prior to the main works construction contract commencing, an advance works demolition contract resulted in the recycling of over 97% of the demolition material.'),
 # West Midlands jobs and skills framework; Hackney repairs contractors
 (WMP, 'services-policy', U, EI, [], WMP_F, 'Making access to jobs and skills a core requirement of procurement exercises from the outset;'),
 (WMP, 'services-policy', U, EI, [], WMP_S + ': The Framework 4 Approaches: Approach 1: Charters', 'Public sector organisations share their strategic priorities and goals to address Worklessness with current and prospective contractors, encourage the adoption of good practice and seek to develop new customer-supplier relationships;'),
 (HKC, 'services-policy', U, MU, [], HKC_S, 'New contractors must demonstrate how they can provide ‘social value’ in order to work with us - this could include anything from how the contractor will support local employment opportunities to how the contractor will take action to improve the environment.'),
 # Scottish Government legal services framework 2019: suppliers' proposals (blog)
 (LSB, 'services-framework', S, MU, [], LSB_S, 'All framework suppliers were asked to provide details of their proposals to help us meet Scottish Government’s Sustainability Development and Corporate Social Responsibility policies.'),
 (LSB, 'services-framework', S, EO, [], LSB_L, 'No inappropriate use of zero hours contracts'),
 (LSB, 'services-framework', S, EI, [], LSB_L, 'In-house training academies and programmes'),
 (LSB, 'services-framework', S, EI, [], LSB_L, 'Apprenticeships, including Modern Apprentices'),
 (LSB, 'services-framework', S, EI, [], LSB_L, 'School work experience opportunities'),
 (LSB, 'services-framework', S, EO, ['wellbeing'], LSB_L, 'Support of work/life balance policies'),
 (LSB, 'services-framework', S, WB, [], LSB_L, 'Mental Health first aiders'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # West Lothian notices
 (WLG, 'services-notice', S, WLG_C, 'Community Benefits are contractual requirements which deliver wider Social, Economic or Environmental benefits in addition to the core purpose of the contract.'),
 (WLG, 'services-notice', S, WLG_C, 'The score will form part of the final evaluation and subsequent award ranking.'),
 (WLT, 'services-notice', S, WLT_S, 'TUPE - The incoming Contractor is responsible for obtaining legal and professional advice about relevant TUPE implications.'),
 (WLT, 'services-notice', S, WLT_S, 'CONFIDENTIALITY - All information supplied by the Authority must be treated in confidence and not disclosed to third parties except insofar as this is necessary to obtain sureties or quotations for the purpose of submitting the tender.'),
 # Hafod grounds maintenance
 (HGM, 'services-notice', W, HGM_S + ': Notice Description', 'Hafod requires a Supplier to undertake works/services for the provision of Grounds Maintenance.'),
 (HGM, 'services-notice', W, HGM_S + ': Notice Description', 'The Contract term will be for 2 years initially with an option to extend for a further 2 + 2 years.'),
 # School cleaning notices
 (LSS, 'services-notice', U, LSS_S, 'The successful Supplier will be required to provide a comprehensive cleaning service, including daily term time and non-term time periodic cleaning, for Lawrence Sheriff School.'),
 (LSS, 'services-notice', U, LSS_S, 'The requirement of the School is that the successful contractor provides a clean and functioning premises, as per the specification, that is fit for purpose at all times through delivering the guaranteed level of input hours.'),
 (LSS, 'services-notice', U, LSS_S, 'That communication must include frequent and proactively provided management information, as well as operating an open book policy.'),
 (LS3, 'services-notice', U, LSS_S + ': Lot 1', 'TUPE is expected to apply and it is anticipated that some employees may be members of the Local Government Pension Scheme (LGPS) and therefore the successful contractor would be expected to gain Admitted Body Status (ABS) in order to continue contributing to the scheme.'),
 (TSA, 'services-notice', U, TSA_S + ': Notice Description', 'The Contractor shall provide all labour, consumables, goods and materials, required to provide the cleaning service as determined by the specification, tender and contract documentation.'),
 (CST, 'services-notice', U, CST_S, 'The Trust is tendering its cleaning services with the aim to appoint a professional cleaning contractor with proven experience in first- and second-generation TUPE transfers.'),
 (CST, 'services-notice', U, CST_S, 'The selected contractor must either hold or have the ability to achieve Admitted Body Status for LGPS pensions.'),
 # Southwark security
 (SWK, 'services-notice', U, SWK_S + ': Notice Description', 'Southwark Council is looking to procure a Security service to ensure building and occupant safety across 5 supported hostels in the borough: Manor Place, Jo Richards House, David Barker House, Northcott House and Keyworth Street Hostel.'),
 (SWK, 'services-notice', U, SWK_S + ': Notice Description', 'However, the focus of the Service is on providing out-of-hours security cover at the supported hostels with Security staff primarily responsible for ensuring that the building and occupants are safe and secure.'),
 (SWK, 'services-notice', U, SWK_S + ': Notice Description', "The Supplier shall be responsible for the provision of gender appropriate security staff to meet the supported hostels' security requirements including at the female only hostel."),
 # Northumberland National Park Authority cleaning ITT
 (NNP, 'services-itt', U, NNP_S + ': 2. The contract', 'This contract has been produced to enable interested parties to tender for the provision of cleaning services at Northumberland National Park Authority‟s headquarters, Eastburn, Hexham.'),
 (NNP, 'services-itt', U, NNP_S + ': 3. Award', 'The Authority will select the successful Tenderer on the basis of the most economically advantageous in terms of the following criteria, which are listed in no particular order:-'),
 (NNP, 'services-itt', U, NNP_A, 'Adequate financial standing.'),
 (NNP, 'services-itt', U, NNP_A, 'Ability to provide quality services and perform according to specified standards'),
 # Scottish Government legal services framework
 (LSF, 'services-framework', S, LSF_S + ': Framework management', 'Scottish Procurement will manage this framework agreement at a strategic framework level.'),
 (LSF, 'services-framework', S, LSF_S + ': Contract management', 'Framework public bodies must manage contracts awarded under this framework at a local level, dealing with day to day supplier issues, with a view to resolving these locally in the first instance.'),
 (LSU, 'services-framework', S, LSU_S, 'Call-off contracts must be awarded on the basis of a commitment to either budget, volume or exclusivity.'),
 # Scottish Government temporary and interim staff services frameworks
 # CCS RM6240
 (CCL, 'services-framework', U, CCL_S + ': Carbon Reduction', "All suppliers for this agreement have committed to comply with the Procurement Policy Note 06/21: 'Taking account of Carbon Reduction Plans in the procurement of major government contracts' as required."),
 (CCL, 'services-framework', U, CCL_S, 'This framework has been established to provide a simple and compliant route to market for a range of legal services requirements primarily to the wider public sector.'),
 # Croydon temporary agency resources
 (CRO, 'services-report', U, CRO_S, 'Temporary agency workers are an important part of the Council’s workforce and help to ensure resilient and flexible service delivery.'),
 (CRO, 'services-report', U, CRO_S, 'The contract will ensure that there is sufficient flexibility to enable the Council to explore possibilities for alternative models of delivery, including in-house provision.'),
 # Tendring waste contract TOMs
 (TDC, 'services-report', U, TDC_S + ': Alternative options considered', 'The Portfolio Holder has attended meetings with officers from Essex County Council and Tendring District Council in order to discuss which TOMs to include.'),
 # Scottish Government facilities services management contract
 (FM0, 'services-case', S, FM0_S, 'A large contract awarded by Scottish Government in 2021 for hard and soft facilities management (FM) services and related projects.'),
 (FM1, 'services-case', S, FM1_S + ': Background', 'This is the largest single spend contract within the Scottish Public Service on Facilities Management (FM) Services, with an estimated value of £400 million over 7 years, including an option to extend for a period of 24 months, and a further period of 12 months.'),
 (FM1, 'services-case', S, FM1_S + ': Background', 'In designing the contract, identifying and embedding relevant and proportionate sustainability requirements was a key priority.'),
 (FM1, 'services-case', S, FM1_S + ': The requirement', 'The scope of the contract includes hard and soft FM services and related projects, including small works projects, project management, helpdesk, energy and environmental management services, administration and professional advisory services.'),
 (FM1, 'services-case', S, FM1_S + ': Procurement Process', 'Award criteria was split into Quality / Weighting – 60% and Price / Weighting – 40%'),
 # Living wage for contractors: Westminster, Lambeth
 (WMD, 'services-report', U, WMD_S, 'The Council continues to pay its own London based staff LLW and to broaden this to apply to its apprentices.'),
 (WMD, 'services-report', U, WMD_S, 'The Council seeks Living Wage Foundation accreditation as a public pledge of its commitment.'),
 (WMN, 'services-report', U, WMN_S, 'Traditionally contracts have been awarded for a specific job with rates of pay set by the contractor rather than the council.'),
 (WMN, 'services-report', U, WMN_S, 'The London Living Wage is a benchmark threshold rate of pay for workers living or working in London that is set annually by the Living Wage Foundation to reflect the increased costs of living in the capital.'),
 (LBN, 'services-report', U, LBN_S, 'Lambeth Council already pays the London Living Wage to all staff that it directly employs, and was among the first London borough’s to introduce such a policy when it did so in 2006.'),
 # Crown Commercial Service facilities management
 (CFM, 'services-framework', U, CFM_S, 'Facilities management (FM) services, including building maintenance and repairs, landscaping, catering, cleaning, security and waste management.'),
 (CFM, 'services-framework', U, CFM_S, 'The agreement provides enhanced management information (MI) which helps you understand how well suppliers are performing for you.'),
 (BCH, 'services-framework', U, BCH_C, 'Inclusion of a new compliance work package within contract management requirements'),
 (BCH, 'services-framework', U, BCH_C, 'Inclusion of new requirements linked to the Covid19 pandemic across all work modules as / where appropriate (e.g. cleaning services)'),
 # Council social value reports
 (LBD, 'services-report', U, LBD_S, 'A further 29 qualifying procurement strategies had been endorsed by the Council’s internal Social Value Steering Group and Procurement Board since the launch and the Social Value Coordinator continued to work closely with commissioners to embed the new arrangements.'),
 (LBD, 'services-report', U, LBD_S, 'One initiative related to the Council’s ambition to achieve London Living Wage (LLW) accreditation from the LLW Foundation which, up until now, had proved difficult because of a lack of data relating to the Council’s supply chain.'),
 # Wokingham cleaning contract FOI
 (WOK, 'services-report', U, WOK_K, 'The performance of the Contractor shall be reviewed at regular meetings between the Supervising Officer and the Contract Manager.'),
 (WOK, 'services-report', U, WOK_K, 'Staffing levels/vacancies/turnover'),
 # Bracknell Forest environmental services (waste collection, street cleansing, grounds maintenance bought)
 (BFE, 'services-notice', U, BFE_S, 'Waste collection is a statutory service and it also supports the Council Plan in the green and sustainable environment objectives of getting residents recycling correctly and helping towards meeting recycling and landfill reduction targets.'),
 (BFE, 'services-notice', U, BFE_S, "The grounds maintenance service does also support the Council's work on improving biodiversity on grassed areas such as roadside nature reserves and in managed meadow grass areas."),
 # Transport Scotland annual procurement report
 (TS2, 'services-report', S, TS2_S, 'Use our processes and Scottish Government sustainable procurement tools to support the identification of opportunities for the inclusion of community benefits, Fair Work First and carbon management in Transport Scotland procurements.'),
 (TS2, 'services-report', S, TS_S + ': Priority 2: Delivery sub-action 2.2', 'Transport Scotland uses the Quick Quote system on the Public Contracts Scotland website to advertise our non-regulated procurements, which allows fair, competitive tendering for tenders of this value.'),
 (TS4, 'services-report', S, TS4_S, 'This project achieved an ‘Excellent’ Interim Client and Design award from CEEQUAL (now BREEAM) in the design phase and the project team are seeking to achieve an ‘Excellent’ whole project award rating for the construction phase.'),
 # West Midlands jobs and skills framework; Hackney
 (WMP, 'services-policy', U, WMP_F, 'Addressing the real and perceived legal barriers to the use of jobs and skills clauses in procurement exercises;'),
 (HKC, 'services-policy', U, HKC_S, 'Every five years Hackney Council employs a number of building contractors who will be responsible for carrying out some of the biggest repair, maintenance, and improvement and redecoration work to its homes and estates.'),
 (HKC, 'services-policy', U, HKC_S, 'The Council would like to invite Council housing residents to take part in discussion groups to explore social value in more detail.'),
 (HKS, 'services-report', U, HKS_S, 'Supplier C was the most consistent bidder with the majority of panel members commenting after they completed their individual scoring that this supplier gave them the most confidence.'),
 # Scottish Government legal services framework: overview page and 2019 blog post
 (LSO, 'services-framework', S, LSO_S + ': Framework agreement overview', 'This framework agreement is for the supply of legal services.'),
 (LSB, 'services-framework', S, LSB_S, 'Please share this information with any interested parties and potential framework users within your organisation or sector.'),
]
OGL_HOSTS = ('gov.scot', 'blogs.gov.scot', 'sustainableprocurementtools.scot', 'crowncommercial.gov.uk',
             'find-tender.service.gov.uk', 'transport.gov.scot')
batch = Batch('public-texts-95.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>`, whichever
    # copy it was read from), the pages of one gov.scot buyer's guide, the Sustainable Procurement Tools site (as the
    # corpus already groups it).
    if (g := ocid_group(src)): return g
    if src == WLG: return 'ocds:ocds-h6vhtk-06c084'
    if src == CST: return 'ocds:ocds-h6vhtk-05161a'
    if src.startswith(SPT): return 'sustainableprocurementtools.scot'
    if src == BFE: return 'ocds:ocds-h6vhtk-05040e'
    if 'transport.gov.scot/publication/annual-procurement-report-2022-23' in src:
        return 'transport.gov.scot/annual-procurement-report-2022-23'
    if 'procurement-legal-services-framework-buyers-guide' in src:
        return 'gov.scot/procurement-legal-services-framework-buyers-guide'
    return src


batch.emit_lists('pub95', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
