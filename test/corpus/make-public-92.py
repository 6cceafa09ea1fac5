"""Write /work/batches/public-texts-92.jsonl: batch 92, AWARD-CRITERIA SETS as bidders see them beside a social value or
community benefits ask, from sources the corpus did not yet hold: the key-criteria weightings and rationales that NHS
integrated care boards publish in Provider Selection Regime (PSR) notices (social value as one of five weighted key
criteria, beside quality and innovation, value, integration and service sustainability, and improving access and
reducing health inequalities), council tender notices listing their quality criteria and weightings, the Department for
Education's construction framework 2025 guidance on running and evaluating mini-competitions, and council pages stating
the social value and community benefits their contractors deliver. Hard negatives come from the same notices: the
other key criteria and their weightings, the rationale for them, decision-making and conflict-of-interest statements,
conditions of participation, evaluation mechanics, and the services bought (CCTV monitoring and maintenance, carer
support, social prescribing) even where the service itself is social.

Sources: PSR notices by NHS Sussex ICB, NHS South West London ICB, NHS Cheshire and Merseyside ICB, NHS Kent and Medway
ICB, NHS Lancashire and South Cumbria ICB, NHS Norfolk and Waveney ICB and NHS Humber and North Yorkshire ICB
(d3tenders.com copies of the Find a Tender OCDS records; one a tender-listing copy on a lambda-url host, one a
bidatlas.co.uk copy), the Find a Tender record of NHS Cheshire and Merseyside ICB's carer support award, Stafford
Borough Council's CCTV monitoring notice and Stonewater's grounds maintenance notice (bidatlas.co.uk copies), Tower
Hamlets' CCTV operators and CCTV maintenance notices (find-tender.service.gov.uk), the DfE construction framework 2025
handbook and its appendix F (framework evaluation standard) on gov.uk, Conwy County Borough Council's page on the social
value plan for its new offices in Colwyn Bay, and, for texts the corpus does not yet hold from pages it does, Neath Port
Talbot Council's community benefits page, Cheshire East Council's social value in procurement page, Torbay Council's
social value guidance to bidders and the RSUA's note on the Department of Finance's PPN 01/21.

The pages and notices were read through the `search` tool (pages corpus); texts are verbatim, with list bullets or item
numbers dropped and a weighting list split into its items (each item verbatim). Not scored: the batch is scored blind
afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright pages (gov.uk,
find-tender.service.gov.uk) are OGL v3, notice copies carry the notice-data licence, the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-92.py > /work/batches/public-texts-92.jsonl
"""
from batch import Batch, EI, MU, WB, ocid_group, U, W, weighting

D3 = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-'
# NHS Sussex ICB PSR notices
SX1 = D3 + '04e9e5'   # intention to award, Direct Award Process C (reference C231764)
SX2 = D3 + '04cda4'   # contract award notice, Direct Award C
SX3 = D3 + '04ccde'   # contract award notice, Direct Award C
SX4 = D3 + '065302'   # intention to award: Brighton & Hove and West Sussex Dementia Post Diagnostic Service
SX5 = ('https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/054037-2025')  # community health
# NHS South West London ICB, NHS Cheshire and Merseyside ICB, NHS Kent and Medway ICB, NHS Lancashire & South Cumbria
SWL = D3 + '04f7d2'
CM1 = D3 + '0450ae'   # Wellbeing Enterprises CIC Social Prescribing Link Worker
CM2 = D3 + '05122d'   # Acute Visiting and Wellbeing Service in Cheshire West
CM3 = D3 + '066d65'   # Community Mental Health Support for Women & Girls in Sefton
CM4 = 'https://www.find-tender.service.gov.uk/Notice/015288-2026'   # Carer Support Services in Halton
CM5 = 'https://bidatlas.co.uk/tenders/019708-2026'                   # WE Connect Social Prescribing Service in Halton
KM = D3 + '06494c'
NW = D3 + '05453b'    # NHS Norfolk and Waveney ICB: Enhanced Recovery Worker Service
HNY = D3 + '0687f3'   # NHS Humber and North Yorkshire ICB
HNY2 = 'https://bidatlas.co.uk/tenders/065135-2025'   # Primary Medical Services Special Allocation Scheme (NEL/NL)
PSQ = D3 + '05e1ac'
LSC = D3 + '060a3d'
# councils' CCTV notices
STA = 'https://bidatlas.co.uk/tenders/068667-2025'
TH1 = 'https://www.find-tender.service.gov.uk/Notice/062577-2025'
TH2 = 'https://www.find-tender.service.gov.uk/Notice/076746-2025'
# DfE construction framework 2025
CF = 'https://www.gov.uk/government/publications/school-buildings-construction-framework-2025/'
CFH = CF + 'construction-framework-handbook-2025'
CFF = CF + 'appendix-f-framework-evaluation-standard'
# council pages (Wales)
CON = ('https://conwy.gov.uk/en/Business/Regeneration/Colwyn-Bay-Regeneration/New-Council-Offices-in-Colwyn-Bay/'
       'Social-ValueCommunity-Engagement/Social-ValueCommunity-Engagement.aspx')
NPT = 'https://businessinneathporttalbot.com/skills-and-training/community-benefits'
# pages already in the corpus, read again for texts it does not yet hold
CHE = 'https://cheshireeast.gov.uk/council_and_democracy/your_council/social-value/social-value-procurement.aspx'
RSU = 'https://rsua.org.uk/public-procurement-process-will-allocate-10-to-social-value/'
TOR = 'https://torbay.gov.uk/council/social-value/guidance-to-bidders'
STW = 'https://bidatlas.co.uk/tenders/056323-2025'   # Stonewater: Regional Grounds Maintenance (Multiple Lots)

PSR = 'Provider Selection Regime (PSR) '
SX1_S = PSR + 'intention to award notice, Direct Award Process C (NHS Sussex ICB)'
SX2_S = PSR + 'contract award notice, Direct Award C (NHS Sussex ICB)'
SX3_S = PSR + 'contract award notice, Direct Award C (NHS Sussex ICB, Deputy Chief Delivery Officer)'
SX4_S = PSR + 'intention to award notice: Brighton & Hove and West Sussex Dementia Post Diagnostic Service (NHS Sussex ICB)'
SX5_S = 'Community NHS Health and Care Services (NHS Sussex ICB): PSR confirmation of contract award'
W_ = ': These were then weighted as follows:'
SWL_S = PSR + 'intention to award notice (NHS South West London ICB): 5 key criteria selected:'
CM_W = ': The following criteria informed the decision:'
CM1_S = 'Wellbeing Enterprises CIC Social Prescribing Link Worker (NHS Cheshire and Merseyside ICB): PSR intention to award'
CM2_S = 'Acute Visiting and Wellbeing Service in Cheshire West (NHS Cheshire and Merseyside ICB): PSR intention to award'
CM3_S = ('Community Mental Health Support for Women & Girls in Sefton (NHS Cheshire and Merseyside ICB): '
         'PSR intention to award')
CM4_S = 'Carer Support Services in Halton (NHS Cheshire and Merseyside ICB): award notice'
CM5_S = 'WE Connect Social Prescribing Service in Halton (NHS Cheshire and Merseyside ICB): notice description'
NW_S = 'Enhanced Recovery Worker Service (NHS Norfolk & Waveney ICB): PSR intention to award, Direct Award C'
NW_W = NW_S + ': Key Criteria were weighted as follows:'
HNY_S = PSR + 'intention to award notice (NHS Humber and North Yorkshire ICB)'
HNY_K = HNY_S + ': Key Criteria'
HNY2_S = 'Primary Medical Services Special Allocation Scheme (NEL/NL) (NHS Humber and North Yorkshire ICB): Most Suitable Provider process'
CHE_S = 'Social value in procurement (Cheshire East Council)'
RSU_S = 'Time to start gearing up for social value in procurement (RSUA, on the Department of Finance PPN 01/21)'
TOR_S = 'Social value: guidance to bidders (Torbay Council): Some top tips:'
STW_S = 'Regional Grounds Maintenance (Multiple Lots) (Stonewater Limited): Description'
KM_S = PSR + 'intention to award notice (NHS Kent and Medway ICB, Direct Award Process C)'
PSQ_S = PSR + 'intention to award notice, competitive process: Rationale for the Relative Importance of the Key Criteria'
LSC_S = PSR + 'intention to award notice (NHS Lancashire and South Cumbria ICB): Details of Decision Makers'
STA_S = 'CCTV monitoring (Stafford Borough Council): tender notice'
STA_C = STA_S + ': Lot 1 Award Criterion (quality)'
TH1_S = 'CO6092 - CCTV Operators Contract (Tower Hamlets): tender notice'
TH2_S = 'CO6091 - CCTV Maintenance (Tower Hamlets): tender notice'
CFH_S = 'Construction framework handbook 2025 (Department for Education)'
CFF_S = 'Construction framework 2025: Appendix F – framework evaluation standard: Forming the evaluation team'
CON_S = 'New Council Offices in Colwyn Bay: Social Value/Community Engagement (Conwy County Borough Council)'
CON_L = CON_S + ': A range of initiatives have been proposed and include:'
NPT_S = 'Community Benefits (Neath Port Talbot Council)'


# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # PSR key criteria: the social value criterion and its weighting
 (SWL, 'psr-notice', U, MU, [], SWL_S, 'Social value: 15%', weighting(15)),
 (CM2, 'psr-notice', U, MU, [], CM2_S + CM_W, 'Social Value: 10%', weighting(10)),
 (STA, 'council-notice', U, MU, [], STA_C, 'Social Value (8%)', weighting(8)),
 (NW, 'psr-notice', U, MU, [], NW_W, 'Social Value - 5%', weighting(5)),
 # when and how the buyer asks for social value
 (CHE, 'council-page', U, MU, [], CHE_S, 'We expect the organisations and businesses we buy from to deliver both financial value and social value.'),
 (CHE, 'council-page', U, MU, [], CHE_S + ': How we consider social value in procurement', 'We consider social value as part of our procurement process for all contracts over a value of £5,000.'),
 (CHE, 'council-page', U, EI, [], CHE_S + ': How we consider social value in procurement', 'To deliver social value in our choice of suppliers, we encourage bids from all types of organisations, including small firms and start-ups.'),
 (RSU, 'council-page', 'northern-ireland', MU, [], RSU_S, 'This minimum weighting will apply to the thresholds set out in the Public Contracts Regulations.'),
 # Conwy: the social value plan the main contractor is contracted to deliver
 (CON, 'council-page', W, MU, [], CON_S, 'The main contractor, Bowmer and Kirkland (B&K), have a contractual responsibility to work with the local community in delivering a Social Value Plan, which was developed as part of their commitment in constructing the new offices.'),
 (CON, 'council-page', W, EI, [], CON_L, 'Meet the Buyer events'),
 (CON, 'council-page', W, EI, [], CON_L, 'School visits'),
 (CON, 'council-page', W, EI, [], CON_L, 'Apprenticeship schemes'),
 (CON, 'council-page', W, EI, [], CON_L, 'Use of local trades/services/materials where possible'),
 (CON, 'council-page', W, WB, [], CON_L, 'Sponsorship initiatives'),
 (CON, 'council-page', W, WB, [], CON_L, 'Community engagement events'),
 # Neath Port Talbot: what contractors are expected to do
 (NPT, 'council-page', W, EI, [], NPT_S, 'Successful contractors are expected to work with the Council’s Community Benefits Officer to maximise community benefits on projects and to engage with the Neath Port Talbot Employer Support Group (ESG), a partnership group which brings together a wide range of local organisations to support employment and recruitment needs in the area.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # PSR: the other key criteria and their weightings
 (SX1, 'psr-notice', U, SX1_S + W_, 'Quality and innovation (30%)', weighting(30)),
 (SX1, 'psr-notice', U, SX1_S + W_, 'Integration, collaboration and service sustainability (20%)', weighting(20)),
 (SX1, 'psr-notice', U, SX1_S + W_, 'Improving access, reducing health inequalities and facilitating choice (20%)', weighting(20)),
 (SX2, 'psr-notice', U, SX2_S + W_, 'Quality and innovation (25%)', weighting(25)),
 (SX2, 'psr-notice', U, SX2_S + W_, 'Value (25%)', weighting(25)),
 (SX2, 'psr-notice', U, SX2_S + W_, 'Integration, collaboration and service sustainability (30%)', weighting(30)),
 (SX2, 'psr-notice', U, SX2_S + W_, 'Improving access, reducing health inequalities and facilitating choice (10%)', weighting(10)),
 (SX3, 'psr-notice', U, SX3_S + W_, 'Quality and innovation (20%)', weighting(20)),
 (SX3, 'psr-notice', U, SX3_S + W_, 'Value (20%)', weighting(20)),
 (SWL, 'psr-notice', U, SWL_S, 'Value: 20%', weighting(20)),
 (SWL, 'psr-notice', U, SWL_S, 'Integration, collaboration and service sustainability: 25%', weighting(25)),
 (SWL, 'psr-notice', U, SWL_S, 'Improving access, reducing health inequalities and facilitating choice: 20%', weighting(20)),
 (CM1, 'psr-notice', U, CM1_S + CM_W, 'Improving access, reducing health inequalities, and facilitating choice: 20%', weighting(20)),
 (CM2, 'psr-notice', U, CM2_S + CM_W, 'Improving access, reducing health inequalities, and facilitating choice: 10%', weighting(10)),
 (CM2, 'psr-notice', U, CM2_S + CM_W, 'Value: 50%', weighting(50)),
 (CM2, 'psr-notice', U, CM2_S + CM_W, 'Quality and innovation: 10%', weighting(10)),
 (CM3, 'psr-notice', U, CM3_S + CM_W, 'Integration, collaboration and service sustainability: 40%', weighting(40)),
 (NW, 'psr-notice', U, NW_W, 'Quality and innovation - 30%', weighting(30)),
 (NW, 'psr-notice', U, NW_W, 'Value - 20%', weighting(20)),
 (NW, 'psr-notice', U, NW_W, 'Integration, collaboration and service sustainability - 15%', weighting(15)),
 (NW, 'psr-notice', U, NW_W, 'Improving access, reducing health inequalities and facilitating choice - 30%', weighting(30)),
 (HNY, 'psr-notice', U, HNY_K, 'Quality - 30%', weighting(30)),
 (HNY, 'psr-notice', U, HNY_K, 'Innovation - 10%', weighting(10)),
 # PSR: the rationale for the weightings and the decision
 (HNY, 'psr-notice', U, HNY_K, 'Quality is weighted highest because it represents the core purpose of the service - delivering safe, effective, patient centred care with the ability to adapt and improve.'),
 (HNY, 'psr-notice', U, HNY_K, 'A higher weighting ensures providers who demonstrate strong clinical governance, innovation and measurable outcomes are appropriately prioritised.'),
 (HNY, 'psr-notice', U, HNY_K, 'Criterion weighting reflects the needs to ensure innovation is considered as part of the assessment, however, focus is given to assess quality and integration as part of effective service delivery.'),
 (HNY, 'psr-notice', U, HNY_K, 'Value is weighted moderately to capture efficiency and cost effectiveness of the service.'),
 (HNY, 'psr-notice', U, HNY_S, 'The contract award was approved by the Chief Executive and Executive Director of Finance and Investment.'),
 (NW, 'psr-notice', U, NW_S, 'All individuals involved in the review and assessment of this award were required to complete declarations of interest.'),
 (HNY2, 'psr-notice', U, HNY2_S, 'The preferred Provider (Most Suitable Provider) will be required to demonstrate their experience of delivering high quality, dignified, cost effective service that supports providing primary care medical services to patients registered to the Special Allocation Scheme programme for North East Lincolnshire / North Lincolnshire, and supporting patient rehabilitation to facilitate a return to General Practice registration.'),
 (HNY2, 'psr-notice', U, HNY2_S + ': The preferred Provider (Most Suitable Provider) will need to:', 'Hold a valid current CQC registration for Primary Care Medical Services;'),
 (SX1, 'psr-notice', U, SX1_S, 'In determining the weightings for each of the criteria, our primary focus was on ensuring that the evaluation process reflects the key priorities and objectives of the service.'),
 (SX1, 'psr-notice', U, SX1_S, 'Quality & Innovation: This criterion was assigned the highest weighting, reflecting our commitment to delivering a service of the highest quality.'),
 (SX1, 'psr-notice', U, SX1_S, 'It emphasises the importance of innovation and adaptability in meeting the evolving needs of service users while maintaining excellence in service delivery.'),
 (SX2, 'psr-notice', U, SX2_S, 'In determining the weightings for each of the criteria, the ICB\'s primary focus was on ensuring that the evaluation process reflects the key priorities and objectives of the service.'),
 (SX2, 'psr-notice', U, SX2_S, 'Quality & Innovation: The weighting reflects our commitment to delivering a service of the highest quality.'),
 (SX2, 'psr-notice', U, SX2_S, 'Value: The criterion of "Value" holds significant importance as it underscores the necessity of achieving optimal value for public investment.'),
 (SX2, 'psr-notice', U, SX2_S, 'It is essential to ensure that resources are utilised efficiently and effectively to deliver sustainable and cost-effective services.'),
 (SX2, 'psr-notice', U, SX2_S, 'Integration, Collaboration, and Service Sustainability: This criterion highlights the critical role of integration and collaboration in enhancing service delivery.'),
 (SX4, 'psr-notice', U, SX4_S, 'The existing provider was assessed against key criteria which were weighted according to importance in terms of service delivery and scored satisfactorily against the assessed criteria.'),
 (SX5, 'psr-notice', U, SX5_S, 'NHS Sussex ICB has awarded the contract to the existing provider following Direct Award Process C.'),
 (SX5, 'psr-notice', U, SX5_S, 'The existing provider continues to provide a satisfactory service and is likely to deliver satisfactory services within the contract requirements.'),
 (SX5, 'psr-notice', U, SX5_S, 'The provider selection process was based on five key criteria, each weighted to reflect its importance in service delivery, value, and sustainability:'),
 (SWL, 'psr-notice', U, SWL_S[:-len(': 5 key criteria selected:')], 'The criteria used to award the contract were mapped to the five key criteria, with a higher weighting applied to Integration, collaboration and service sustainability.'),
 (SWL, 'psr-notice', U, SWL_S[:-len(': 5 key criteria selected:')], 'This approach ensured that every critical aspect of the service was considered thoroughly.'),
 (SWL, 'psr-notice', U, SWL_S[:-len(': 5 key criteria selected:')], 'The existing provider demonstrated capability in meeting all five key criteria.'),
 (SWL, 'psr-notice', U, SWL_S[:-len(': 5 key criteria selected:')], 'All scored and pass/fail criteria were met by the provider to whom the relevant authority intends to award the contract.'),
 (SWL, 'psr-notice', U, SWL_S[:-len(': 5 key criteria selected:')], 'The provider has satisfied the requirements of the original contract and the proposed contracting arrangements are not undergoing significant changes.'),
 (KM, 'psr-notice', U, KM_S, 'The Contracting Authority is intending to award the contract to an existing provider following a direct award process C.'),
 (KM, 'psr-notice', U, KM_S, 'The incumbent provider is currently meeting contractual requirements in line with the service specification.'),
 (KM, 'psr-notice', U, KM_S, 'All potential conflicts of interest were managed in accordance with the ICB\'s Declaration of Interests Policy and related governance procedures.'),
 (PSQ, 'psr-notice', U, PSQ_S, 'The Authority set out to receive responses from suitably qualified and experienced healthcare providers with the necessary capacity and capability (or a demonstrable ability to provide the necessary capacity and capability) to provide the range of services as set out in the Specification in a safe and effective manner.'),
 (PSQ, 'psr-notice', U, PSQ_S, 'The Procurement Specific Questionnaire (PSQ) was based on the standard Cabinet Office document, with the ITT Questionnaires being comprised of a detailed scoring methodology, the weighting criteria was published within the ITT documentation in accordance with procurement regulations.'),
 (LSC, 'psr-notice', U, LSC_S, 'The recommendation to award the contract via this route has been made by the ICB commissioning lead for the service and was then endorsed at the ICB Commissioning Resource Group on the 30/01/25.'),
 # health services bought (social in subject, not social value)
 (CM4, 'psr-notice', U, CM4_S + ': Short description', 'Improving quality of life for carers\' in Halton, both young carers and young adult carers, to access a wide range of universal and targeted services that will support them to improve their quality of life throughout all stages of their caring role.'),
 (CM4, 'psr-notice', U, CM4_S + ': Award criteria', 'Quality criterion - Name: The existing provider is satisfying the original contract and will likely satisfy the proposed contract to a sufficient standard / Weighting: 99', weighting(99)),
 (CM4, 'psr-notice', U, CM4_S + ': Award criteria', 'Price - Weighting: 1', weighting(1)),
 (CM5, 'psr-notice', U, CM5_S, 'The Social Prescribing Link Worker Service enables GPs, nurses and other health and social care professionals to refer or signpost people to a range of local services across Halton.'),
 # councils' CCTV notices: the other quality criteria, the service bought, conditions of participation
 (STA, 'council-notice', U, STA_C, 'Operational Management, Policy and Procedures (20%)', weighting(20)),
 (STA, 'council-notice', U, STA_C, 'Organisation & Set Up (12%)', weighting(12)),
 (STA, 'council-notice', U, STA_S + ': Lot 1 Award Criterion (price)', 'Price (60%)', weighting(60)),
 (STA, 'council-notice', U, STA_S, 'Stafford Borough Council is seeking to appoint a supplier to deliver the monitoring of its CCTV system and associated tasks.'),
 (STA, 'council-notice', U, STA_S, 'It is also used to provide evidence to relevant enforcement agencies, promote economic wellbeing and provide reassurance to the residents living in the borough about their safety.'),
 (TH1, 'council-notice', U, TH1_S + ': Scope: Description', 'This procurement will provide the Council with a single Contractor to provide CCTV Operators for 24/7 monitoring of the Borough\'s CCTV system CCTV for Housing and other third parties, provide ancillary Control Room services including receiving calls regarding noise complaints, telephone response services, alarm monitoring, environmental enforcement, ANPR, key handling etc.'),
 (TH1, 'council-notice', U, TH1_S + ': Scope: Description', 'All 350 street-based cameras have been upgraded from analogue to digital, improving the image quality and zoom function and to help track and catch those suspected of being involved in crime.'),
 (TH1, 'council-notice', U, TH1_S + ': Participation: Legal and financial capacity conditions of participation', 'The legal and financial capacity conditions of participation will be clearly set out in the Invitation to Tender document.'),
 (TH2, 'council-notice', U, TH2_S + ': Scope: Description', 'The procurement will provide the Council with a single Contractor to provide CCTV Maintenance.'),
 (TH2, 'council-notice', U, TH2_S + ': Scope: Description', 'The contract will cover planned and reactive maintenance works of all CCTV cameras, control room and radio system.'),
 (TH2, 'council-notice', U, TH2_S + ': Scope: Description', 'The call-out response (24-hour cover, 4-hour response and 24 hours best endeavour repairs) has proved invaluable in previous ICT network failures and is therefore a critical service for business continuity.'),
 (TH2, 'council-notice', U, TH2_S + ': Participation: Technical ability conditions of participation', 'The technical ability conditions of participation will be clearly set out in the Invitation to Tender document.'),
 # a housing association's grounds maintenance tender; council advice on the social value submission itself
 (STW, 'council-notice', U, STW_S, 'Tendering is open for multiple grounds maintenance providers to cover 17 regional lots across different local authorities.'),
 (STW, 'council-notice', U, STW_S, 'This is an open tender requiring compliance with the stated Conditions of Participation, along with submission of responses to the quality questions and pricing schedules by the deadline.'),
 (STW, 'council-notice', U, STW_S, 'The tender period will run for just over seven weeks, during which bidders are expected to visit the sites they intend to bid for as part of the process.'),
 (TOR, 'council-page', U, TOR_S, 'Do not leave your social value submission to the last minute! It can take time to pull together the evidence required for your submission and create log ins for the Social Value Portal.'),
 (CHE, 'council-page', U, CHE_S + ': Support and advice', 'Our procurement team are happy to advise on the social value aspects of tendering and contract obligations.'),
 # DfE construction framework 2025: access and evaluation mechanics
 (CFH, 'framework-guidance', U, CFH_S + ': Introduction', 'The construction framework 2025 (CF25) was procured under the competitive flexible procurement procedure pursuant to the Procurement Act 2023 (PA23).'),
 (CFH, 'framework-guidance', U, CFH_S + ': Introduction', 'This guidance has been developed to enable framework users to access the construction framework 2025 effectively and efficiently.'),
 (CFH, 'framework-guidance', U, CFH_S + ': How to access the construction framework 2025', 'The construction framework may also be used by other contracting authorities for the purpose of delivering their requirements in terms of wider publicly funded noneducation buildings in England.'),
 (CFH, 'framework-guidance', U, CFH_S + ': How to access the construction framework 2025', 'For publicly funded non-education buildings, the framework user may use their own specification to suit their requirements and may use an alternative form of contract (with approval of DfE) as set out in Framework contract forms.'),
 (CFF, 'framework-guidance', U, CFF_S, 'You must select suitably skilled and experienced evaluators to make up the evaluation team before the start of the procurement.'),
 (CFF, 'framework-guidance', U, CFF_S, 'If you need to make changes to the evaluation team after issuing the PITT or ITT, these changes should be recorded and issued to bidders via a tender clarification.'),
 (CFF, 'framework-guidance', U, CFF_S, 'A minimum of 2 and maximum of 3 evaluators must be assigned to each question, unless the question is scored by a mathematical formula, in which case the score must be calculated and then checked by at least one other person working independently.'),
 (CFF, 'framework-guidance', U, CFF_S, 'Each evaluator must have the appropriate skills, knowledge and experience to evaluate the question responses in their entirety and not be aware of any potential conflict of interest.'),
 (CFF, 'framework-guidance', U, CFF_S, 'For the evaluation of design questions, 2 professionally qualified architects (or other relevant design professionals) should be assigned as evaluators.'),
]
OGL_HOSTS = ('gov.uk', 'find-tender.service.gov.uk')
# Copies of a notice that do not name its ocid in their address, by the ocid their record gives (one notice, one group).
NOTICE_OCID = {
    HNY2: 'ocds-h6vhtk-05cc31',
    STA: 'ocds-h6vhtk-05d47a',
    TH1: 'ocds-h6vhtk-05a8df',
    CM4: 'ocds-h6vhtk-06584a',
    CM5: 'ocds-h6vhtk-06628f',
    SX5: 'ocds-h6vhtk-05946b',
}
batch = Batch('public-texts-92.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; a notice is `ocds:<ocid>` whichever copy it was read from; each
    # other page is its own document.
    if (g := ocid_group(src)): return g
    if src in NOTICE_OCID: return 'ocds:' + NOTICE_OCID[src]
    return src


batch.emit_lists('pub92', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
