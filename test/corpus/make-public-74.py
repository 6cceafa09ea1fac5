"""Write /work/batches/public-texts-74.jsonl: QUESTION-SHAPED texts as a supplier meets them in a tender portal or a
buyer's tender pack, with the section each sits under: the asks, affirmations, instructions and award-criteria lines of
UK public buyers' invitations to tender, call-off bid packs and supplier guides, mostly for technology and digital
services. Social value asks (what bidders are asked to offer, how the social value part of a bid is weighted and
evaluated, which outcomes or measures bidders respond to) are paired with hard negatives from the same sources
(affirmations, conflicts of interest, sub-contractor details, pricing rules, word limits, exit and service-level asks,
cyber-security requirements, pass/fail and financial checks, award criteria on quality management, the description of
the IT service bought, and a buyer's own net zero target and modern slavery statement).

Sources (none held by the corpus before this batch): Crown Commercial Service's Contract Award Service bid-pack
templates in github:Crown-Commercial-Service/ccs-scale-cat-service (the Management Consultancy Framework Three
further-competition "How to bid including evaluation criteria", the Digital Outcomes 6 lot 3 statement of requirements
and written-proposal templates, the Digital Specialists and Programmes further-competition statement of requirements
and direct-award proposal pack, the G-Cloud request for information template; the corpus's existing group for these
templates is kept); Bath & North East Somerset Council's page on evaluating tender applications; the London Borough of
Bexley's social value page for bidders; Central Bedfordshire Council's social value page; Essex County Council's
provider hub page on its social value themes; West Lancashire Borough Council's tender assessment criteria; North
Yorkshire Council's conditions of tendering; the Local Government Association's cyber security procurement guide (two
pages); the Scottish Government's Cyber Security Procurement Support Tool guidance for suppliers; Essex County Council's
Information Risk Questionnaire for bidders (docsbay.net copy); Thurrock Council's electrical services written tender
questionnaire (studylib.net copy); the Northwest Development Agency's expenses management system tender response
questionnaire (issuu copy); two IT support tender notices as republished by d3tenders.com (Ysgol Gymraeg Bro Morgannwg,
Westminster Foundation for Democracy); the University of Leicester's page on environmental sustainability, social value
and SME-friendly procurement.

Texts are verbatim from the stored pages (search tool, pages corpus) and from the templates in the fetched repository
snapshot (odt content converted to text; placeholders left out); a list bullet or table-row number dropped. Not scored:
the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright pages
(gov.scot) and notice data are OGL v3; the CCS templates carry the corpus's existing Crown-copyright quotation licence;
the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-74.py > /work/batches/public-texts-74.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, Q, OGL, ccs_licence, host_licence, ocid_group, U, S, W, N


# Crown Commercial Service, Contract Award Service bid-pack templates (ccs-scale-cat-service)
CAS = ('github:Crown-Commercial-Service/ccs-scale-cat-service@daf50a3a2fc385b119dc195ee08b87034eb1bed8:'
       'src/main/resources/templates/')
MCF = CAS + 'MCF3 FC Bid Pack - Attachment 2 How to bid including evaluation criteria.odt'
DO1 = CAS + 'DOS 6 FC L3 Bid Pack - Attachment 1 Statement of Requirements.odt'
DO4 = CAS + 'DOS 6 FC L3 Bid Pack - Attachment 4 Submission of written proposal and pricing schedule.odt'
DS3 = CAS + 'DSP FC Bid Pack - Attachment 3 Template v1.0.odt'
DDA = CAS + 'DSP DA Proposal Pack Attachment 2.odt'
GCR = CAS + 'GC RfI Template v1.0.odt'
# councils, agencies, universities
BAN = 'https://bathnes.gov.uk/suppliers-guide-selling-council/evaluating-tender-applications'
BEX = ('https://bexley.gov.uk/bexley-business-employment/business-services/contracts-tenders-and-procurement/'
       'how-tender-councils-higher-value-services-and-supply-needs/social-value')
CBE = 'https://www.centralbedfordshire.gov.uk/info/58/business/54/procurement_and_tender_opportunities/7'
ESX = 'https://www.essexproviderhub.org/social-value-catalogue/exploring-the-social-value-themes/'
WLA = 'https://www.westlancs.gov.uk/business/business-services/tenders-and-contracts/tender-assessment-criteria.aspx'
NYO = 'https://northyorks.gov.uk/business-and-economy/procurement/conditions-tendering'
LG1 = 'https://www.local.gov.uk/our-support/financial-resilience-and-economic-recovery/digital/cyber-security/cyber-security-15'
LG2 = 'https://www.local.gov.uk/our-support/cyber-digital-and-technology/cyber-security/embedding-cyber-resilience-local-2'
CSP = 'https://www.gov.scot/publications/scottish-cyber-assessment-service-scas-guidance-suppliers/pages/2/'
IRQ = 'https://docsbay.net/information-risk-questionnaire-self-assessment'
THU = 'https://studylib.net/doc/7128952/thurrock-council---invitation-to-tender--electrical-servi...'
NWD = 'https://issuu.com/nwda/docs/appendix-2-tender-response-questionnaire'
YGB = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-0302d0'
WFD = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-02c3bb'
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
SP1 = SPT + 'communities/commissioning-and-pre-procurement/'
SP2 = SPT + 'equality/pre-contract-notification1'
SP3 = SPT + 'employment-community-benefits/skills-and-training/contract-supplier-management-monitoring'
SP4 = SPT + 'materials/scarce-materials/overview/'
SP5 = SPT + 'materials/materials-security/overview/'
SA1 = SPT + 'climate-change/climate-change-adaptation/pre-contract-notification/'
SA2 = SPT + 'climate-change/climate-change-adaptation/contract-and-supplier-management/'
SA3 = SPT + 'climate-change/climate-change-adaptation/contract-and-supplier-management-monitoring'
CS = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/'
RSE = CS + 'sensor-monitoring-equipment-for-social-housing-properties/sensor-monitoring-equipment-for-social-housing-properties/'
RS1 = RSE + 'embedding-sustainability-environmental-sustainability-and-socio-economic-sustainability-requirements/?previewid=53BA6334-DC14-457E-BDA1572F6AD0408F'
RS2 = RSE + 'background-the-requirement-and-procurement-process/?previewid=A5EDA71F-DD48-423A-B2806DA2C66318F0'
RS3 = RSE + 'the-outcome/?previewid=A7C0869A-F5D7-4BC2-950FEE174D9214FA'
RAP = CS + 'renfrewshire-council-artificial-pitches1/'
RP1 = RAP + 'the-procurement'
RP2 = RAP + 'outcomes-and-lessons-learned'
RP3 = RAP + 'delivery-monitoring-and-reporting'
RHR = CS + 'renfrewshire-council-embedding-climate-and-sustainable-procurement-in-the-housing-led-regeneration-and-renewal-programme1/the-procurement-process'
LEI = 'https://le.ac.uk/about/who-we-are/professional-services/finance/working/sustainability'

MCF_S = 'Bid Pack Attachment 2: How to bid including evaluation criteria (CCS Management Consultancy Framework Three further competition)'
DO1_S = 'Bid Pack Attachment 1: Statement of Requirements (CCS Digital Outcomes 6 lot 3 further competition): How suppliers will be evaluated'
DO4_S = 'Bid Pack Attachment 4: Submission of written proposal and pricing schedule (CCS Digital Outcomes 6 lot 3)'
DS3_S = 'Bid Pack Statement of Requirements (CCS Digital Specialists and Programmes further competition)'
DDA_S = 'Proposal Pack Attachment 2 (CCS Digital Specialists and Programmes direct award)'
GCR_S = 'Request for Information template (CCS G-Cloud)'
BAN_S = "Supplier's guide to selling to the council: Evaluating tender applications (Bath & North East Somerset Council)"
BEX_S = 'How to tender for the council\'s higher value services and supply needs: Social Value (London Borough of Bexley)'
CBE_S = 'Procurement and tender opportunities: Social Value (Central Bedfordshire Council)'
ESX_S = 'Essex County Council Provider Hub: Exploring the Social Value Themes'
WLA_S = 'Tender assessment criteria (West Lancashire Borough Council)'
NYO_S = 'Conditions of tendering (North Yorkshire Council)'
LG1_S = 'Cyber security in procurement: How to design evaluation and selection criteria for cyber resilience in the tendering phase (Local Government Association)'
LG2_S = 'Embedding cyber resilience in local government supply chains: the tendering phase (Local Government Association)'
CSP_S = 'Cyber Security Procurement Support Tool: guidance for suppliers: What To Expect (Scottish Government)'
IRQ_S = 'Essex County Council Information Risk Questionnaire (Self-Assessment): Key Points'
THU_S = 'Electrical Services Contract: Appendix 2 - Written Tender Questionnaire Response Document: Instructions for Bidders (Thurrock Council)'
NWD_S = 'NWDA00287a Expenses Management System: Appendix 2 - Tender Response Questionnaire: Instructions on Completion of Questionnaire'
YGB_S = 'YGBM IT Tender (Ysgol Gymraeg Bro Morgannwg): notice'
WFD_S = 'IT Support Services (Westminster Foundation for Democracy): notice description'
SPT_S = 'Sustainable Procurement Tools (Scottish Government)'
SP1_S = SPT_S + ': Communities: Commissioning and pre-procurement'
SP2_S = SPT_S + ': Equality: Pre-Contract Notification'
SP3_S = SPT_S + ': Employment, skills and training: Contract and supplier management'
SP4_S = SPT_S + ': Scarce materials: Summary'
SP5_S = SPT_S + ': Security of materials'
SA1_S = SPT_S + ': Climate change adaptation: Pre-Contract Notification'
SA2_S = SPT_S + ': Climate change adaptation: Contract and Supplier Management'
SA3_S = SPT_S + ': Climate change adaptation: Contract & Supplier Management / Monitoring'
RS_S = SPT_S + ' case study: Sensor Monitoring Equipment for Social Housing Properties (Renfrewshire Council)'
RP_S = SPT_S + ' case study: Renfrewshire Council artificial pitches'
RHR_S = SPT_S + ' case study: Renfrewshire Council, embedding climate and sustainable procurement in the housing-led regeneration and renewal programme: The Procurement Process'
LEI_S = 'Environmental Sustainability, Social Value and SME-Friendly Procurement (University of Leicester)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # CCS Contract Award Service bid packs
 (MCF, 'cas-bid-pack', U, MU, [], MCF_S + ': Award Criteria', 'The technical evaluation includes any other qualitative assessment criteria including social values, etc.'),
 (DO1, 'cas-bid-pack', U, MU, [], DO1_S + ': STAGE 2', 'At stage 2: further assessment the buyer will assess the technical and social value questions, together with the supplier’s pricing proposal.'),
 (DO1, 'cas-bid-pack', U, MU, [], DO1_S + ': Overall evaluation weightings: See below example:', '10 % - Social value', {'weighting_percent': 10}),
 (DO4, 'cas-bid-pack', U, MU, [], DO4_S, 'Your written responses should address the evaluation criteria for Technical and Social value as detailed in the Statement of Requirements (Attachment 1 in the bid pack):'),
 # Bath & North East Somerset
 (BAN, 'council-tender-guide', U, MU, [], BAN_S + ': We consider social value', 'In accordance with the Social Value Act, we also consider the potential added social value of an application.'),
 (BAN, 'council-tender-guide', U, MU, [], BAN_S + ': We consider social value', 'This means that we will consider the added social benefits of choosing a particular application, ensuring that the community of Bath & North East Somerset will actively benefit from our procurement choices.'),
 # Bexley
 (BEX, 'council-sv-page', U, EI, [], BEX_S, 'The Council’s vision for Bexley is as a thriving and ambitious place of opportunity through education and employment and, in light of the above, the Council wants to work with its contractors to ensure that local people get opportunities to gain skills and access employment generated from services being delivered in Bexley.'),
 (BEX, 'council-sv-page', U, MU, [], BEX_S, 'Suppliers may therefore be asked, as part of their bid, to suggest peripheral social value benefits to the Council that will be delivered as a result of being awarded part or all of the contract being procured.'),
 (BEX, 'council-sv-page', U, MU, [], BEX_S, 'If the Council has decided to include social value elements in it’s tender evaluation Suppliers will find a related question in the Non-commercial (Quality) Schedule document (if applicable).'),
 # Central Bedfordshire
 (CBE, 'council-sv-page', U, MU, [], CBE_S + ': How do we measure it?', 'Based on the National TOMs (Themes, Outcomes and Measures) developed by the Social Value Portal, bidders are required to propose credible targets against which performance (for the successful bidder) will be monitored.'),
 (CBE, 'council-sv-page', U, MU, [], CBE_S + ': Bidding for contracts', 'As part of the procurement process, Bidding for contracts bidders of contracts worth 100k or more will be considered for their Social Value bid to go through The Social Value Portal.'),
 (CBE, 'council-sv-page', U, MU, [], CBE_S + ': Bidding for contracts', 'This part of the bid may be worth 10% of the contract value.', {'weighting_percent': 10}),
 (CBE, 'council-sv-page', U, MU, [], CBE_S + ': Bidding for contracts', 'Our TOMs act as a ‘menu’ to give bidders the opportunity to show what kind of Social Value they can offer relevant to our priorities.'),
 (CBE, 'council-sv-page', U, MU, [], CBE_S + ': Bidding for contracts', 'Bidders are asked to provide a quantitative value alongside a qualitative statement which states how they intend to achieve their stated bid.'),
 # Essex provider hub
 (ESX, 'council-sv-page', U, EI, [], ESX_S + ': This Theme comprises two Outcomes', 'Essex residents in employment, skills gaps reduced and barriers to employment reduced for disadvantaged groups'),
 (ESX, 'council-sv-page', U, EI, [], ESX_S + ': Essex residents in employment, skills gaps reduced and barriers to employment reduced for disadvantaged groups', 'This Outcome is about promoting sustainable employment as an employer, focused on the creation and support of local employment.'),
 (ESX, 'council-sv-page', U, EI, [], ESX_S + ': Essex residents in employment, skills gaps reduced and barriers to employment reduced for disadvantaged groups', 'This Outcome is also about investing in your team skills, your business and contributing to increase the number of well qualified adults in Essex, supporting workers in Essex to access skilled jobs and fulfil their potential.'),
 (ESX, 'council-sv-page', U, EI, [], ESX_S + ': This Theme comprises two Outcomes', 'Business growth and the impact of public sector spend within the county maximised'),
 (ESX, 'council-sv-page', U, EI, [], ESX_S + ': Business growth and the impact of public sector spend within the county maximised', 'This Outcome is about the impact of your business in the Essex communities through your supply chain, looking at your expenditure within local business and local SMEs.'),
 # Thurrock written tender questionnaire: the quality sections and their weightings
 (THU, 'itt-questionnaire', U, CL, [], THU_S + ': Category / Question Weighting', 'Section 4 - Environmental', {'weighting_percent': 2.5}),
 (THU, 'itt-questionnaire', U, MU, [], THU_S + ': Category / Question Weighting', 'Section 5 - Innovation and Social Value', {'weighting_percent': 7.5}),
 # Scottish Government Sustainable Procurement Tools
 (SP1, 'spt-guidance', S, WB, [], SP1_S, 'In relevant contracts community requirements should be reflected throughout the procurement process including:'),
 (SP2, 'spt-guidance', S, EO, [], SP2_S, 'For example, the contract notice could state whether the organisation awarded the contract will be carrying out public functions and make clear that it will subject to the general equality duty.'),
 (SP3, 'spt-guidance', S, MU, [], SP3_S, 'It is important that community benefit requirements included in the specification should be incorporated into the final contract terms.'),
 (SP3, 'spt-guidance', S, MU, [], SP3_S, 'This helps to ensure that commitments by the winning bidder(s) on community benefits are monitored for progress and implemented in the agreed timescale within the duration of the contract.'),
 (SP4, 'spt-guidance', S, CL, [], SP4_S + ': Description of risk or opportunity', 'are there opportunities to minimise the use of such materials or use sustainably managed materials?'),
 (SA1, 'spt-guidance', S, CL, [], SA1_S, 'Where it is relevant and proportionate to include a requirement for adaptation to climate change, it is important to be clear on the parameters to be used.'),
 (SA2, 'spt-guidance', S, CL, [], SA2_S, 'Where the minimisation of climate change risks relating to supplies, service delivery and assets is a key issue within the contract, performance indicators need to be developed and included as standing items in regular contract review meetings, to ensure delivery of intended outcomes.'),
 (SA2, 'spt-guidance', S, CL, [], SA2_S, 'At contract award/ mobilisation there is always the opportunity to reach a voluntary agreement with the supplier that they will work with you to deliver agreed climate change adaptation outcomes that can be captured as a contract commitment.'),
 (SA3, 'spt-guidance', S, CL, [], SA3_S, 'Where the minimisation of climate change risks relating to services or works contracts, or resilience of essential supplies, is a key issue within the contract, performance indicators need to be developed and included as standing items in regular contract review meetings.'),
 # Renfrewshire Council case studies (Sustainable Procurement Tools)
 (RS1, 'spt-case-study', S, MU, [], RS_S + ': Embedding Sustainability Requirements', 'The risks and opportunities identified through the Sustainability Test were incorporated into the award criteria, with emphasis on environmental/carbon impacts, Fair Work and community benefits.'),
 (RS1, 'spt-case-study', S, CL, [], RS_S + ': Embedding Sustainability Requirements: Environmental Sustainability Requirements', 'Contribute to Renfrewshire Council’s goal of being Net Zero by 2030 and Scotland as a whole by 2045'),
 (RS1, 'spt-case-study', S, MU, [], RS_S + ': Embedding Sustainability Requirements', 'Renfrewshire Council evaluates Fair Work and community benefit requirements in all tenders over £50,000.'),
 (RS1, 'spt-case-study', S, MU, [], RS_S + ': Embedding Sustainability Requirements', 'For this tender they made up 10% of the award criteria, 5% going to each.', {'weighting_percent': 10}),
 (RS1, 'spt-case-study', S, MU, [], RS_S + ': Embedding Sustainability Requirements: Table 1: 2.3.1 Community Benefits Outcome Menu', 'Tenderers should complete and return the document entitled “Community Benefits Outcome Menu” detailing the Community Benefits offered should the Tenderer be successful in being awarded this contract.'),
 (RS3, 'spt-case-study', S, MU, [], RS_S + ': The Outcome', 'The contract is providing a range of sustainability outcomes over its duration, including actions to tackle climate change and enhance socio-economic benefits within the local authority area.'),
 (RP1, 'spt-case-study', S, CL, [], RP_S + ': The Procurement: Climate Considerations: The Invitation to Tender included the following questions to gather circular economy insights:', 'Re-use and Re-purpose of existing Materials (Information Only)'),
 (RP2, 'spt-case-study', S, CL, [], RP_S + ': Outcomes and Lessons Learned: Climate Outcomes', 'The first contract’s supplier committed to reusing or recycling 95% of removed materials.'),
 (RP2, 'spt-case-study', S, EI, [], RP_S + ': Outcomes and Lessons Learned: Community Benefits and Fair Work: Contract 1:', '1 S/NVQ for a new or existing employee'),
 (RP2, 'spt-case-study', S, EI, [], RP_S + ': Outcomes and Lessons Learned: Community Benefits and Fair Work: Contract 1:', 'Business support to an SME/social enterprise/voluntary organisation'),
 (RP2, 'spt-case-study', S, WB, [], RP_S + ': Outcomes and Lessons Learned: Community Benefits and Fair Work: Contract 1:', 'Financial support for 2 community projects'),
 (RP2, 'spt-case-study', S, EI, [], RP_S + ': Outcomes and Lessons Learned: Community Benefits and Fair Work: Contract 3:', 'Non-financial support for a Renfrewshire-based social enterprise'),
 (RP3, 'spt-case-study', S, CL, [], RP_S + ': Delivery, Monitoring, and Reporting', 'Each contract included a site waste management plan, detailing how waste would be handled, reused, redistributed, or recycled.'),
 (RHR, 'spt-case-study', S, CL, [], RHR_S + ': The Scotland Excel framework had initial sustainability requirements for suppliers, including the scored question:', 'Tenderers were required to provide a submission demonstrating how they would apply sound environmental management in the provision of Works under the Framework Contract, to minimise their impact on the environment.'),
 # University of Leicester
 (LEI, 'uni-procurement', U, MU, [], LEI_S, 'The University’s procurement process includes a Sustainability Impact Assessment at the outset to identify environmental, social, Equity Diversity & Inclusion (EDI), and economic risks and opportunities to be factored into the tender exercise/contract, i.e. the specification, evaluation criteria, and/or contract terms and conditions.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # CCS Contract Award Service bid packs
 (MCF, 'cas-bid-pack', U, MCF_S + ': How to make your bid: Affirmations', 'Do you accept the competition rules as described in Attachment 1 – About the Procurement?'),
 (MCF, 'cas-bid-pack', U, MCF_S + ': How to make your bid: Affirmations', 'Do you agree, without caveats or limitations, that in the event that you are successful, Attachment 5 - Terms and Conditions will govern the provision of this contract?'),
 (MCF, 'cas-bid-pack', U, MCF_S + ': How to make your bid: Affirmations', 'Do you confirm your Organisation’s e-Sourcing suite profile is complete and accurate at the time the bid closed and that any amendments made following acceptance of this event will be notified to the buyer in writing?'),
 (MCF, 'cas-bid-pack', U, MCF_S + ': How to make your bid: Conflicts of Interest', 'Where conflicts of interest have been identified, we require that any potential, actual or perceived conflicts of interest in respect of this Bid Pack are set out in your response, together with an outline of the safeguards that would be put in place to mitigate the risk of actual or perceived conflicts arising'),
 (MCF, 'cas-bid-pack', U, MCF_S + ': How to make your bid: Sub-Contractor Details', 'Please provide details of any sub-contractors you propose to use in order to meet your obligations should you be awarded a Contract.'),
 (MCF, 'cas-bid-pack', U, MCF_S + ': How to complete your 4. Price Schedule', 'Your prices must be sustainable and inclusive of all costs for example your operating costs and profit.'),
 (MCF, 'cas-bid-pack', U, MCF_S + ': Evaluation: Commercial Evaluation', 'The Bidder with the lowest total price for the 4. Price Schedule will be awarded the maximum score available.'),
 (DO1, 'cas-bid-pack', U, DO1_S, 'All shortlisted suppliers will be invited to further assessment as part of Stage 2 and will be asked to provide a written proposal - this is a mandatory assessment method.'),
 (DO1, 'cas-bid-pack', U, DO1_S + ': Overall evaluation weightings', '10% - Availability', {'weighting_percent': 10}),
 (DS3, 'cas-bid-pack', U, DS3_S + ': Exit Strategy', 'Where service delivery falls below the targets agreed, then the following approach to exiting the contract could be actioned.'),
 (DDA, 'cas-bid-pack', U, DDA_S + ': Questions and evaluation criteria', 'Please note that unlike a traditional invitation to bid these elements are not scored as you have already been deemed capable of the provision of the required deliverables.'),
 (GCR, 'cas-bid-pack', U, GCR_S + ': RfI Scope', 'You are asked to advise if your organisation would be interested in bidding for this opportunity as part of your response to the RfI'),
 # Bath & North East Somerset
 (BAN, 'council-tender-guide', U, BAN_S + ': How it works', 'A panel made up of subject matter experts and those likely to make use of the contract will evaluate tender responses against the pre-determined list of factors, and make an assessment of both the quality and cost of the tendered response.'),
 (BAN, 'council-tender-guide', U, BAN_S + ': How it works: When evaluating an application, we consider the following criteria:', 'Supplier capacity to deliver the requirements'),
 (BAN, 'council-tender-guide', U, BAN_S + ': Financial checks', 'Suppliers to the council must be in a sound financial position to provide the goods, works or service that we require.'),
 # Bexley (what social value is; the Act)
 (BEX, 'council-sv-page', U, BEX_S + ': Social Value can be defined in a number of ways including:', 'the quantification of the relative importance that people place on the changes they experience in their lives'),
 (BEX, 'council-sv-page', U, BEX_S + ': Social Value can be defined in a number of ways including:', 'a tool for smarter procurement in a world where value for money really matters'),
 (BEX, 'council-sv-page', U, BEX_S, 'It asks that public bodies consider the ways that they could most benefit society as part of each decision made.'),
 # Central Bedfordshire
 (CBE, 'council-sv-page', U, CBE_S + ': What is Social Value?', 'This means what are providers of goods and services going to do for the the local community and environment in addition to the value of a procurement.'),
 (CBE, 'council-sv-page', U, CBE_S + ': Bidding for contracts', 'The Social Value Portal is a web-based dashboard which enables us to measure, manage and report on Social Value.'),
 # Essex provider hub
 (ESX, 'council-sv-page', U, ESX_S, 'Examples: lessons learned from previous projects. These are illustrative examples only; you can use your own solutions.'),
 # West Lancashire
 (WLA, 'council-tender-guide', U, WLA_S, 'Each invitation to tender will contain a detailed specification and this will be a major element of the tender assessment of the goods or service required.'),
 (WLA, 'council-tender-guide', U, WLA_S + ': These can include:', 'Experience of successful completion of similar contracts'),
 (WLA, 'council-tender-guide', U, WLA_S + ': These can include:', 'Technical ability and flexibility for change'),
 # North Yorkshire
 (NYO, 'council-tender-guide', U, NYO_S + ': Central digital platform', 'We cannot accept any tender submission if your organisation is not registered on the Central Digital Platform.'),
 (NYO, 'council-tender-guide', U, NYO_S + ': Tender submission requirements', 'Where a word limit has been specified this will be enforced by the evaluation panel (for instance, any content over and above stated limits will not be evaluated).'),
 (NYO, 'council-tender-guide', U, NYO_S + ': Tender submission requirements', 'You are not permitted to include weblinks, screenshots or attachments unless otherwise expressly stated within the procurement specific questionnaire.'),
 # LGA cyber security procurement guide
 (LG1, 'cyber-procurement-guide', U, LG1_S + ': Pass or fail', 'In a pass or fail approach, you have a binary outcome where suppliers either do not meet your requirements and are disqualified from the procurement process or they meet your requirements and can proceed in the procurement process.'),
 (LG2, 'cyber-procurement-guide', U, LG2_S, 'In the tender stage, invitations to tender (ITTs, RFPs, RFQs) are released to the market and potential suppliers are evaluated against all requirements, including cyber security requirements.'),
 # Scottish Government CSPST guidance for suppliers
 (CSP, 'cyber-procurement-guide', S, CSP_S + ': How Does A Public Sector Buyer Use CSPST To Determine The Cyber Risk Profile For A Contract?', 'This will generate a cyber risk profile for the contract that, in turn, generates a risk-based question set for suppliers.'),
 # Essex County Council Information Risk Questionnaire
 (IRQ, 'itt-questionnaire', U, IRQ_S, 'Essex County Council has a number of requirements that bidders proposing a solutions/service must meet.'),
 (IRQ, 'itt-questionnaire', U, IRQ_S, 'Requirements 1 to 5 require medium and large organisations to have either gained Cyber Essentials Plus certification, or be able to provide ECC assurances and independent evidence that they meet the controls.'),
 # Thurrock written tender questionnaire
 (THU, 'itt-questionnaire', U, THU_S + ': Category / Question Weighting', 'Section 1 - Service Delivery and Supply Chain Management', {'weighting_percent': 25}),
 (THU, 'itt-questionnaire', U, THU_S + ': Category / Question Weighting', 'Section 2 - Quality Control and Performance', {'weighting_percent': 15}),
 (THU, 'itt-questionnaire', U, THU_S + ': Category / Question Weighting', 'Section 3 - Customer Care', {'weighting_percent': 10}),
 (THU, 'itt-questionnaire', U, THU_S, 'Word Limits are provided for each question; responses that exceed the word limit will only be scored up to the word limit point.'),
 # NWDA tender response questionnaire
 (NWD, 'itt-questionnaire', U, NWD_S, 'Tenderers must note, a mere statement that the requirement can be met will not be sufficient.'),
 (NWD, 'itt-questionnaire', U, NWD_S, 'Should you be unable to meet any of the specified requirements then you should clearly state “unable to meet” followed by the reasons why and where possible, offer any other suitable alternative proposals.'),
 # IT support tender notices
 (YGB, 'it-notice', W, YGB_S + ': award criteria (quality)', 'Quality Management, Quality Systems and Monitoring', {'weighting_percent': 15}),
 (YGB, 'it-notice', W, YGB_S + ': lot description', 'Ysgol Gymraeg Bro Morgannwg are seeking to go out to tender for their IT Management Services - this will include providing an on-site technician(s) Monday-Friday as well as remote management.'),
 (WFD, 'it-notice', U, WFD_S, 'These include management of the IT infrastructure, disaster recovery, cyber security, IT support and telephony across the organisation.'),
 # Scottish Government Sustainable Procurement Tools
 (SP1, 'spt-guidance', S, SP1_S, 'This document will provide guidance on how to apply communities requirements at each stage of the procurement process.'),
 (SP2, 'spt-guidance', S, SP2_S, 'Details can be included at section V1.3 Additional Information of the Contract Notice.'),
 (SP4, 'spt-guidance', S, SP4_S + ': Examples', 'CRMs are particularly important for sectors/industries and emerging innovations such as ICT, furniture, automative, renewable energy, defence, high tech products and construction.'),
 (SP5, 'spt-guidance', S, SP5_S + ': Description of risk or opportunity', 'rare earth minerals, critical for many electronic products including ICT, disrupted due to restrictions on supply from China'),
 (SA1, 'spt-guidance', S, SA1_S, 'Assessment should be done on a like for like basis to ensure results are comparable.'),
 (SA2, 'spt-guidance', S, SA2_S, 'In this case a pre-agreed service credit or maintenance rebate would enable recompense for non-performance where termination of the contract would not be an option.'),
 (SA3, 'spt-guidance', S, SA3_S, 'Where standard contract forms are being used e.g. NEC, the specification clauses must be reviewed to align to the correct contract form'),
 # Renfrewshire Council case studies: the service bought, pass/fail standards, contract facts
 (RS1, 'spt-case-study', S, RS_S + ': Embedding Sustainability Requirements: Environmental Sustainability Requirements', 'Environmental management by providing their relevant policy or ISO 14001 certificate detailing any relevant waste management practices as per standard SPD environmental question 4D.2'),
 (RS1, 'spt-case-study', S, RS_S + ': Embedding Sustainability Requirements: Socio-Economic Sustainability Requirements', 'Reduce the likelihood of tenants living in poor housing that may affect their health'),
 (RS1, 'spt-case-study', S, RS_S + ': Embedding Sustainability Requirements: Socio-Economic Sustainability Requirements', 'Help residents manage their heating and bills'),
 (RS2, 'spt-case-study', S, RS_S + ': The Requirement', 'The requirement was for a single contractor to supply an end-to-end service to monitor the internal environmental conditions including temperature, humidity and CO2 levels, within the Council’s social housing properties.'),
 (RS2, 'spt-case-study', S, RS_S + ': The Requirement', 'The dimensions of the sensors were to be comparable to a standard wall light switch to ensure the devices cause minimal impact.'),
 (RS3, 'spt-case-study', S, RS_S + ': The Outcome', 'The contractor is providing all sensors, a wire-free network for connection to a software system and a software as a service system.'),
 (RS3, 'spt-case-study', S, RS_S + ': The Outcome', 'A contract variation was approved to extend the contract by 6 months, with the two optional 12-month extensions.'),
 (RP1, 'spt-case-study', S, RP_S + ': The Procurement', 'To deliver this ambitious project, the procurement was divided into three open tenders covering four pitches at three sites, each pitch upgrade was valued at approximately £300,000—bringing the total project value to £1.2 million.'),
 (RP3, 'spt-case-study', S, RP_S + ': Delivery, Monitoring, and Reporting', 'The system sends regular reminders and allows for evidence to be submitted, reviewed, and approved which streamlines the monitoring process.'),
 (RHR, 'spt-case-study', S, RHR_S, 'The contract is for a 52-week period and had a value of approximately £630,000.'),
 # University of Leicester (the buyer's own target and statement)
 (LEI, 'uni-procurement', U, LEI_S, 'The University has set itself the target of having net zero carbon emissions by 2040, so covering all scopes, including Scope 3 indirect emissions (incl. those related to our purchasing of goods and services).'),
 (LEI, 'uni-procurement', U, LEI_S, 'We monitor our spend with SMEs.'),
]

OGL_HOSTS = ('gov.scot', 'sustainableprocurementtools.scot')
batch = Batch('public-texts-74.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists does that first). New CCS bid-pack templates join the
    # corpus's existing group for those templates; the Essex provider hub pages share one group; the two LGA pages of
    # one guide are one group; each notice is `ocds:<ocid>`.
    if src.startswith(CAS): return 'ccs-cas:bid-pack-templates'
    if 'essexproviderhub.org' in src: return 'essexproviderhub.org'
    if src.startswith(RSE): return 'sustainableprocurementtools.scot/case-studies/renfrewshire-sensor-monitoring'
    if src.startswith(RAP): return 'sustainableprocurementtools.scot/case-studies/renfrewshire-artificial-pitches'
    if src == RHR: return 'sustainableprocurementtools.scot/case-studies/renfrewshire-housing-regeneration'
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    if 'local.gov.uk/our-support' in src and 'cyber' in src: return 'local.gov.uk/cyber-security-procurement-guide'
    if (g := ocid_group(src)): return g
    return src


def licence_of(src):
    return ccs_licence(src) or host_licence(src, OGL_HOSTS)


batch.emit_lists('pub74', R, NEG, group_of, licence_of)
