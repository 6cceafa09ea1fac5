"""Write /work/batches/public-texts-66.jsonl: batch 66, QUESTIONS and CRITERIA as a supplier meets them in a tender's
answer fields: numbered method statements, quality questions and award criteria (with weightings where stated) from
model invitations to tender, ITT headings and notices of UK public bodies, with social value asks (waste and light
pollution in a method statement, resource efficiency and waste targets in model tender wording, community engagement,
trainee support questions, community benefits as an award criterion, apprenticeship and
Employment & Skills Plan requirements in bids, statements of when and how social value is weighted) and hard negatives
from the same question sets (investment programme, apparatus, maintenance, health and safety, third-party services,
quality management, mobilisation and hand-over, TUPE and pensions, evaluation of method statements, design development,
experience and team criteria, waste collection headings of a recycling service bought, process rules, services bought).

Sources: the 4ps Street Lighting Procurement Pack's model Instructions to Bidders (ppponline affinitext book 3102: its
method statements and their evaluation), another 4ps pack's example Method Statement 11 (book 3182), a model ITT's
Transfer of Staff method statement (book 3134), a model design development proposal (book 3142) and a model MOD PFI
pre-qualification questionnaire (book 3339); the Scottish Government's Sustainable Procurement Tools award-criteria
example questions (communities; skills and training); model wording for Hard FM tender
documentation (studylib copy); WRAP's Halving Waste to Landfill WIDP procurement-stage table (docsbay copy); the
EAUC Sustainability Exchange schedule of requirements for a waste management invitation to tender; the Highland
Council energy efficiency framework's award criteria (bidatlas copy of the Find a Tender notice); Knowsley Council and
South Ribble Borough Council on when and how social value is weighted; PPN 06/15 on gov.uk, Local Government Lawyer's
report of the £10m apprenticeship commitment, Cotrain, Tracan and Infrabee on apprenticeship and Employment & Skills
Plan requirements in construction bids; notices (services bought or award criteria) of the Armed Forces Covenant Fund
Trust (lambda-url copy), Cambridgeshire County Council (bidstats copy), NHS England (Find a Tender), Luton Council,
Lancashire County Council, Buckinghamshire Council, Housing 21 and Scottish Borders Housing Association (d3tenders
copies), and a Zero Waste Scotland tender invitation (docsbay copy).

Texts are verbatim from the stored pages read this session through the `search` tool (pages corpus); list bullets and
numbering dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr); several further candidates (University of South Wales award criteria on Sell2Wales, Executive Compass's
mobilisation questions, DfE school buildings framework weightings, South Downs, Bradford, Torbay, Chorley, Devon and
LGA pages) are listed but all or most of their texts are already in the corpus. Crown copyright pages (gov.uk, gov.scot,
sustainableprocurementtools.scot, sell2wales.gov.wales, find-tender.service.gov.uk) are OGL v3, notice copies carry
their notice licence, the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-66.py > /work/batches/public-texts-66.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# 4ps model ITT packs (ppponline affinitext)
PP = 'https://ppponline.affinitext.com/public/book?id='
SL1 = PP + '3102&toc_id=853254'
SL2 = PP + '3102&toc_id=853256'
SL5 = PP + '3102&toc_id=853259'
SL13 = PP + '3102&toc_id=853267'
SL20 = PP + '3102&toc_id=853274'
EX11 = PP + '3182&toc_id=370984'
TOS = PP + '3134&toc_id=364789'
SL_S = 'Street Lighting PFI model Instructions to Bidders: Method Statements'
SL1_S = SL_S + ': Method Statement 1A and 1B - Investment Programme (Contractual)'
SL2_S = SL_S + ': Method Statement 2 - Apparatus (Contractual)'
SL5_S = SL_S + ': Method Statement 5 - Lighting Performance and Planned Maintenance (Contractual)'
SL13_S = SL_S + ': Method Statement 13 - Working Practices (Contractual)'
SL20_S = SL_S + ': Method Statement 20 - Mobilisation Plan (Contractual)'
EX11_S = 'Model Instructions to Bidders: Example Method Statement 11 - Working Practices (Contractual)'
TOS_S = 'Model Instructions to Bidders: Method Statement - Transfer of Staff: As part of their proposals, Bidders will be required to set out:'
# University of South Wales award criteria (Sell2Wales)
USW = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=SEP541646'
USW_S = 'University of South Wales contract notice: Award criteria: Type: quality'
# Scottish Government Sustainable Procurement Tools: award criteria example questions
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
SPC = SPT + 'communities/award/'
SPH = SPT + 'health-and-wellbeing/physical-and-mental-health/award'
SPK = SPT + 'employment-skills-and-training/skills-and-training/award/'
SPC_S = 'Sustainable Procurement Tools: Communities: Award: examples of questions that contracting authorities may wish to include as award criteria'
SPH_S = 'Sustainable Procurement Tools: Health and wellbeing: Physical and mental health: Award: examples of questions you may wish to include as award criteria'
SPK_S = 'Sustainable Procurement Tools: Employment, skills and training: Skills and training: Award: examples of questions you may wish to include as award criteria'
# Model wording for tender documentation (Hard FM resource efficiency)
MW = 'https://studylib.net/doc/7092051/invitation-to-tender-wording'
MW_S = 'Model Wording for Tender Documentation (Hard FM services)'
# Highland Council energy efficiency framework (Find a Tender notice, bidatlas copy)
HC = 'https://bidatlas.co.uk/tenders/057208-2025'
HC_S = 'Energy Efficiency Framework (The Highland Council): Lot 1 Consultancy & Advice: Award criteria'
# Executive Compass: mobilisation questions quoted from ITTs, with word counts
EC = 'https://executivecompass.co.uk/blog/top-tips/word-limits'
EC_S = 'Word limits: mobilisation questions (question and word count)'
# DfE school buildings construction framework
DFE = ('https://www.gov.uk/government/publications/school-buildings-construction-framework-2021/'
       'appendix-g-quality-criteria-and-maximum-weightings')
DFE_S = 'School buildings construction framework 2021: Appendix G - quality criteria and maximum weightings'
# When and how social value is weighted
SDN = ('https://www.southdowns.gov.uk/national-park-authority/our-work/transparency-finance/supplying-sdnpa/'
       'including-social-value-in-tenders/')
CHO = 'https://democracy.chorley.gov.uk/mgDecisionDetails.aspx?IId=101914&Opt=1'
DEV = 'https://www.devon.gov.uk/accesstoinformation/information_request/tenders-and-frameworks-social-value-weighting-2021/'
BRA = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-bid-evaluation-guidance/'
TOR = 'https://torbay.gov.uk/council/social-value/guidance-to-bidders'
TOT = 'https://www.torbay.gov.uk/business/procurement/tenders/'
LGA = 'https://www.local.gov.uk/our-support/procurement/national-procurement-strategy/social-value-achieving-community-benefits-0'
KNO = 'https://knowsley.gov.uk/business-licences-and-consumers/procurement-and-contracting/social-value/social-value-councils'
SRB = 'https://southribble.gov.uk/council-spending/social-value-policy/6'
SRB_S = 'Social Value Policy - Delivery - How will we implement this policy in practice?'
LGL = ('https://localgovernmentlawyer.co.uk/procurement-and-contracts/402-procurement-news/'
       '26587-bids-for-p10m-government-contracts-must-commit-to-apprenticeships-pm')
LGL_S = 'Bids for £10m government contracts must commit to apprenticeships: PM'
P615 = 'https://gov.uk/government/publications/procurement-policy-note-0615-sustainable-skills-development-through-major-projects'
P615_S = 'Procurement Policy Note 06/15: sustainable skills development through major projects'
COT = 'http://www.cotrain.org.uk/publicsectorclients/public-sector-clients'
COT_S = 'Public sector clients (Employment & Skills Plans)'
TRC = 'https://tracan.co.uk/privacy/employment-and-skills-plans/'
TRC_S = 'Employment & Skills Plans (ESPs)'
INF = 'http://infrabee.com/article/name/apprentices/'
INF_S = 'I have considerably more apprentices than you!'
WID = 'https://docsbay.net/construction-commitments-halving-waste-to-landfill-action-plans'
WID_S = 'Halving Waste to Landfill: Table 1: WIDP procurement stages'
SEX = 'https://sustainabilityexchange.ac.uk/schedule_of_requirements_for_invitation_to_tender'
SEX_S = 'Schedule of requirements for invitation to tender (waste management): headings to include in the invitation to tender documents'
EVW = PP + '3102&toc_id=853296'
EVW_S = SL_S.replace(': Method Statements', '') + ': Evaluation: Service Delivery and Technical'
MOD = PP + '3339&toc_id=539614'
MOD_S = 'Model PFI pre-qualification questionnaire (MOD projects)'
ISD = PP + '3142&toc_id=366299'
ISD_S = 'Model invitation to submit proposals: Design development'
AFC = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/083501-2025'
AFC_S = 'Research and evaluation services framework (Armed Forces Covenant Fund Trust): Lot 1 award criteria'
CAM = 'https://bidstats.uk/tenders/2023/W05/791937098'
CAM_S = 'Cambridgeshire County Council Net Zero Decarbonisation of Services: tender notice'
NHE = 'https://www.find-tender.service.gov.uk/Notice/034369-2025'
NHE_S = 'NHS England (Midlands) COVID-19 vaccination outreach services: Scope of the procurement: lots'
LUT = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-064b54'
LCC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04e1cd'
BUC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-033628'
ZWS = 'https://docsbay.net/doc/993475/project-code-title-tra001-training'
ZWS_S = 'Zero Waste Scotland Tender Invitation Document TRA001 - Training: Executive summary'
# Notices: services bought
WFH = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/014083-2025'
H21 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05a6df'
SBH = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000539805'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # 4ps street lighting model ITT: environmental asks inside the working practices method statement
 (SL13, 'itt-method-statement', U, CL, [], SL13_S + ': Environmental Issues - policies and procedures in respect of:', 'Proposals regarding the disposal of waste (and in particular lamps and concrete columns)'),
 (SL13, 'itt-method-statement', U, CL, [], SL13_S + ': Environmental Issues - policies and procedures in respect of:', 'Proposal for the reduction of light pollution.'),
 # Sustainable Procurement Tools: award criteria questions
 (SPC, 'award-question', S, WB, [], SPC_S, '‘Please describe how you will involve the users of your service to contribute to its design and delivery to find opportunities to enhance communities.’'),
 (SPC, 'award-question', S, WB, [], SPC_S, '‘What arrangements will you make to ensure that the local community are engaged with and informed of the service offered?’'),
 (SPC, 'award-question', S, WB, [], SPC_S, '‘How will you design your offer to enhance the local community through the provision of this service?’'),
 (SPC, 'award-question', S, WB, [], SPC_S, '‘A method statement is required describing an assessment of potential impacts of the proposed service on the local community. It must include all the risks and opportunities identified in the assessment, measures needed to minimise risks and options for improvements.’'),
 (SPK, 'award-question', S, EI, [], SPK_S, "'What arrangements will you make to provide mentoring and support for trainees and work placements to ensure maximum retention and achievement of industry accreditations?'"),
 (SPK, 'award-question', S, EI, [], SPK_S, '‘The organisation specifically wishes to support the development of skills in [specify industry, f.ex. the building and construction industries and any associated trades]. Please describe how you will contribute to this aim including developing trade skills within your existing workforce.’'),
 (SPK, 'award-question', S, MU, [], 'Sustainable Procurement Tools: Employment, skills and training: Skills and training: Award', 'Contracting authorities should also look to capture any proposed community benefits in the final contract.'),
 (SPK, 'award-question', S, MU, [], 'Sustainable Procurement Tools: Employment, skills and training: Skills and training: Award', 'Under those circumstances, a voluntary, non-scored question may be included, although care should be taken that such questions do not place a disproportionate burden on suppliers.'),
 # Model wording for Hard FM tender documentation
 (MW, 'itt-model-wording', U, CL, [], MW_S, 'As part of our commitment to reducing resource use in all of our developments and cutting the associated costs, we require the facilities management of our buildings to pursue resource efficiency with respect to the provision of all Hard FM services.'),
 (MW, 'itt-model-wording', U, CL, [], MW_S, 'We endorse the principle of going beyond the minimum regulatory requirements, where cost effective.'),
 (MW, 'itt-model-wording', U, CL, [], MW_S + ': Service requirements', 'The Hard FM service provider will be required to take steps to meet or exceed the operational target for the building.'),
 (MW, 'itt-model-wording', U, CL, [], MW_S + ': Service requirements', 'We expect our Hard FM Service provider to develop and/or implement a Resource Management Plan (RMP), to include the elements detailed below:'),
 (MW, 'itt-model-wording', U, CL, [], MW_S + ': This building must meet or exceed the operational target for the building of:', '[x]% reduction in waste to landfill by 20[xx] relative to performance in 20[xx].'),
 # Highland Council award criteria
 (HC, 'award-criteria', S, MU, [], HC_S, 'Lot 1 Award Criterion (quality): Community Benefits'),
 # when and how social value is weighted
 (SDN, 'sv-weighting', U, MU, [], 'Including Social Value in Tenders', 'For higher value contracts over the relevant GPA threshold, Social Value is always included in the evaluation of tenders, with a minimum weighting of 10%.'),
 (SDN, 'sv-weighting', U, MU, [], 'Including Social Value in Tenders', 'For lower value contracts, Social Value is considered as an evaluation weighting, where appropriate and proportionate to the contract in question.'),
 (SDN, 'sv-weighting', U, MU, [], 'Including Social Value in Tenders', 'If it is specified as a requirement, tenderers should describe in their bid any proposals they have to encompass social value within the contract.'),
 (SDN, 'sv-weighting', U, MU, [], 'Including Social Value in Tenders', 'Social value proposals in bids must be over and above the core deliverables of the contract, and should both relate and be proportionate to the subject matter of the contract.'),
 (SDN, 'sv-weighting', U, EI, [], 'Including Social Value in Tenders: general examples of how bidders might include Social Value in their bids', 'Creating local employment opportunities for the long term unemployed or those not in education, employment, or training'),
 (SDN, 'sv-weighting', U, EO, [], 'Including Social Value in Tenders: general examples of how bidders might include Social Value in their bids', 'Maintaining ethical supply chains'),
 (CHO, 'sv-weighting', U, MU, [], 'Decision: contract award procedure', 'Tenders will be evaluated to establish the most economically advantageous tender based on 70% cost, 15% quality and 15% social value.'),
 (DEV, 'sv-weighting', U, MU, [], 'Tenders and frameworks – social value weighting – 2021: Social Value Weighting', 'Social Value aspects are integrated into each quality question/award criteria area as relevant to the question subject matter therefore Social Value per se does not have a specific weighting assigned to it but is rather integral to the overall evaluation and not something that can be conveyed directly statistically.'),
 (BRA, 'sv-weighting', U, MU, [], 'Social Value Bid Evaluation guidance: 1.1 Mandatory Social Value', 'Social value will be mandatory in all contracts £100,000 and over.'),
 (BRA, 'sv-weighting', U, EI, [], 'Social Value Bid Evaluation guidance: 1.1 Mandatory Social Value', 'All contracts over £100,000 are required to include at least one ‘Employment and Skills’ (e.g. apprenticeships, work placements and work experience) related measure.'),
 (BRA, 'sv-weighting', U, MU, [], 'Social Value Bid Evaluation guidance: 1.2 Measures', 'From the list of measures commissioners and procurers will provide bidders with a shortlist of measures for suppliers to respond to in their tenders.'),
 (TOR, 'sv-weighting', U, MU, [], 'Social value: guidance to bidders: Some top tips', 'Please remember that if successful all Social Value offers you have submitted will be contractualised and form part of you overall delivery contract – you will be expected to provide regular updates on your social value delivery as part of your ongoing contract management process.'),
 (LGA, 'sv-weighting', U, MU, [], 'Social value: achieving community benefits (London Borough of Hammersmith and Fulham)', 'The Strategy introduces a mandatory requirement for all contracts above £100,000 to achieve a minimum of 10% in Social Value.'),
 (KNO, 'sv-weighting', U, MU, [], 'Social value: councils', 'This means that for all contracts with a value in excess of £25,000, we consider how the contract can deliver positive social, economic, and environmental benefits to the community.'),
 (KNO, 'sv-weighting', U, MU, [], 'Social value: councils', 'We also encourage consideration of Social Value in contracts valued below £25,000.'),
 (KNO, 'sv-weighting', U, MU, [], 'Social value: councils: Identifying social value opportunities', 'This may involve amending specifications to include Social Value requirements as a core part of the contract, or simply encouraging suppliers to consider ways to deliver Social Value as part of their bids.'),
 (SDN, 'sv-weighting', U, EI, [], 'Including Social Value in Tenders: general examples of how bidders might include Social Value in their bids', 'Offering work placements to school children and young adults'),
 (SDN, 'sv-weighting', U, EI, [], 'Including Social Value in Tenders: general examples of how bidders might include Social Value in their bids', 'Offering curriculum support to schools'),
 (SDN, 'sv-weighting', U, WB, [], 'Including Social Value in Tenders: general examples of how bidders might include Social Value in their bids', 'Supporting local culture and heritage'),
 (SDN, 'sv-weighting', U, EO, [], 'Including Social Value in Tenders: general examples of how bidders might include Social Value in their bids', 'Considering equity and diversity in the provision and operation of services'),
 (BRA, 'sv-weighting', U, MU, [], 'Social Value Bid Evaluation guidance: 1.1 Mandatory Social Value', 'For those under £100,000 social value will be recommended but optional.'),
 (BRA, 'sv-weighting', U, MU, [], 'Social Value Bid Evaluation guidance: 1.2 Measures', 'Commissioners and procurers must select up to six measures (no more) for suppliers to respond to in their tenders.'),
 (TOR, 'sv-weighting', U, MU, [], 'Social value: guidance to bidders: Some top tips', 'Please ensure that any Social Value offers made relate directly to the contract being offered and do not include activity you would undertake regardless of winning this tender or not (e.g. general corporate social responsibility activities do not count – see tender guidance documents on how you can ‘attribute’ corporate social responsibility activities)'),
 # South Ribble: when and how social value is weighted
 (SRB, 'sv-weighting', U, MU, [], SRB_S, 'The standard weighting for Social Value will be a minimum 15% of the overall evaluation score for all Contracts above £100,000.'),
 (SRB, 'sv-weighting', U, MU, [], SRB_S, 'This shall exclude Consultancy and IT contracts which should be considered on a case by case basis.'),
 (SRB, 'sv-weighting', U, MU, [], SRB_S, 'Where it is feasible and beneficial, the SV weightings may be higher than the specified minimum.'),
 (SRB, 'sv-weighting', U, MU, [], SRB_S, 'For relevant contracts the council may require potential suppliers to submit details on how they will deliver social value through delivery of the contract across the five following areas:'),
 (SRB, 'sv-weighting', U, MU, [], SRB_S + ': As a minimum, all officers undertaking procurements over £100,000 will be required to consider', 'how social value elements could be included as part of the specification and as part of the scoring and evaluation process.'),
 # apprenticeships in bids (central government, construction frameworks, Employment & Skills Plans)
 (LGL, 'sv-requirement', U, EI, [], LGL_S, 'All bids for government contracts worth more than £10m will from the beginning of next month have to demonstrate a clear commitment to apprenticeships, the Prime Minister has announced.'),
 (LGL, 'sv-requirement', U, EI, [], LGL_S, 'Proposals made in any bid will be assessed and weighted alongside other elements relevant to the contract, the Government said.'),
 (LGL, 'sv-requirement', U, EI, [], LGL_S, '“The successful bidder will then have its agreed apprenticeship numbers written into a contract schedule which can be monitored and necessary action taken if the numbers are not met.”'),
 (P615, 'sv-requirement', U, EI, [], P615_S, 'Government requires public procurers of major construction and infrastructure projects, with a capital value over £50 million, to use public procurement to increase investment in training and apprenticeships.'),
 (P615, 'sv-requirement', U, EI, [], P615_S, 'However decisions can take into account qualitative long-term benefits on the supply side, eg appropriate investment in skills development, as long as they are consistent with the government’s overarching priority of value for money.'),
 (COT, 'sv-requirement', U, EI, [], COT_S, 'Using the CBA (Client Based Approach developed by CITB) some Local Authorities are setting apprenticeship and training targets on construction projects in the locality with ‘Employment & Skills Plans’ (ESPs).'),
 (COT, 'sv-requirement', U, EI, [], COT_S, 'The Southern Construction Framework has already committed framework members to take apprentices through the Shared Apprentice Scheme as a condition of participation in local developments.'),
 (COT, 'sv-requirement', U, EI, [], COT_S, 'Skills Plans require lead contractors, and in most cases the supply chain, to engage local people in employment and training on developments; and in particular young apprentices, playing a vital role in addressing these skills gaps and helping to bring new talent into the sector, encouraging greater social and economic value.'),
 (TRC, 'sv-requirement', U, EI, [], TRC_S, 'In order to meet the targets, main contractors and their supply chains must engage local people in employment and training.'),
 (TRC, 'sv-requirement', U, EI, [], TRC_S + ': ESPs typically combine the following:', 'Training and work experience for younger people, including those who are Not in Employment, Education or Training (NEET);'),
 (TRC, 'sv-requirement', U, EI, [], TRC_S + ': ESPs typically combine the following:', 'Maximising local labour;'),
 (TRC, 'sv-requirement', U, EI, [], TRC_S + ': ESPs typically combine the following:', 'Curriculum and careers support activities with local schools, college & Universities;'),
 (INF, 'sv-requirement', U, EI, [], INF_S, 'Contractors are required to advertise on CompeteFor as part of their contract with the GLA body.'),
 (INF, 'sv-requirement', U, EI, [], INF_S, 'Companies bidding for major government contracts will play a key role in delivering this, and would be required to offer apprenticeships under contractual agreements.'),
 # WRAP Halving Waste to Landfill: waste requirements in the output specification bidders respond to
 (WID, 'itt-model-wording', U, CL, [], WID_S + ': Issue Descriptive Document: Core requirements are:', 'measure and report the quantity of waste produced and the quantity of waste sent to landfill;'),
 (WID, 'itt-model-wording', U, CL, [], WID_S + ': Issue Descriptive Document: Core requirements are:', 'include a waste reduction target in the SWMP;'),
 (WID, 'itt-model-wording', U, CL, [], WID_S + ': Issue Descriptive Document: Core requirements are:', 'recover up to [x%] and at least a minimum of 80% of construction and demolition materials; and'),
 (WID, 'itt-model-wording', U, CL, [], WID_S + ': Issue Descriptive Document: Core requirements are:', 'ensure that up to [x%] and at least a minimum of 15% of total material value derives from reused and recycled content in new build.'),
 (WID, 'itt-model-wording', U, CL, [], WID_S + ': Draft ISOS documentation and associated evaluation methodology', 'Client’s team to include CD&E waste requirements as a compliance item in the tender evaluation method.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # 4ps street lighting model ITT
 (SL1, 'itt-method-statement', U, SL1_S, 'Bidders must submit a Method Statement for the development and delivery of an Investment Programme to ensure that all streets are lit to the Relevant Standards set out in the Output Specification by the end of the Core Investment Period.'),
 (SL2, 'itt-method-statement', U, SL2_S, 'The Bidder should submit a Method Statement of the lighting equipment (column, luminaire, lamp and control gear) for each lighting category covered by the Output Specification.'),
 (SL2, 'itt-method-statement', U, SL2_S, 'Confirmation that all luminaires will comply with the [5% ULR recommendation in category E3 stated in a report titled Guidance notes for the reduction of light pollution published by the ILE in 2000]'),
 (SL5, 'itt-method-statement', U, SL5_S, 'Bidders must submit a Method Statement for the monitoring or scouting of each item of the Apparatus in the Local Authority to identify any lighting units that are not working as planned or achieving required light outputs.'),
 (SL13, 'itt-method-statement', U, SL13_S, 'Bidders must submit with their Bids a detailed Method Statement detailing their proposals for monitoring compliance with the working practices service delivery outputs set out in the Output Specification.'),
 (SL13, 'itt-method-statement', U, SL13_S + ': The Bidder\'s approach to health and safety management, including:', 'How the Bidder will promote a safety culture within their organisation'),
 (SL13, 'itt-method-statement', U, SL13_S + ': The Bidder\'s approach to health and safety management, including:', 'The Bidders approach to risk assessment and procedures relating to street lighting and traffic signage'),
 (SL13, 'itt-method-statement', U, SL13_S + ': The Bidder\'s approach to health and safety management, including:', 'The Bidder\'s proposals for monitoring accidents, accident investigation and accident reduction.'),
 (SL20, 'itt-method-statement', U, SL20_S, 'The Service Provider is to ensure the efficient and effective takeover of the street lighting service on the commencement date, and the transfer of records and documents associated with the street lighting service.'),
 (SL20, 'itt-method-statement', U, SL20_S, 'As part of the Bid, the Bidder is required to submit a draft mobilisation plan to demonstrate how such hand-over will be affected, and the key tasks to be undertaken during the mobilisation period.'),
 (EX11, 'itt-method-statement', U, EX11_S, 'Quality Management - the Bidder shall provide as part of the Bid a draft Quality Manual and Quality Plan, and proposals for the implementation of a quality management system under ISO9000, including a complaint procedure and response format.'),
 (TOS, 'itt-method-statement', U, TOS_S, 'The assumptions that they have made in relation to TUPE transfers in calculating the Unitary Charge.'),
 (TOS, 'itt-method-statement', U, TOS_S, 'The assumptions that have been made in relation to pension provision and admitted body status.'),
 # University of South Wales award criteria
 (USW, 'award-criteria', W, USW_S + ': Name: Health and Safety Procedures: Description', 'Your response should include a summary of how you would manage this project.', {'weighting_percent': 10.0}),
 (USW, 'award-criteria', W, USW_S + ': Name: Experience and knowledge of contractor: Description', 'Please demonstrate your experience of working on projects of a similar nature with Higher Education providers or similar large public sector organisations', {'weighting_percent': 10.0}),
 (USW, 'award-criteria', W, USW_S + ': Name: Experience and knowledge of contractor: Description', 'Your response should include examples of similar projects, with reference to successes and lessons learned.', {'weighting_percent': 10.0}),
 (USW, 'award-criteria', W, USW_S + ': Name: Programme: Description: As a minimum: -', 'Please submit an indicative programme with a Gantt chart demonstrating achievement of the completion date.'),
 # Sustainable Procurement Tools: same question sets, not social value
 # Model wording: Hard FM
 (MW, 'itt-model-wording', U, MW_S + ': Service requirements: Resource Management Plan elements', 'understand our building fabric and systems condition, repair and maintenance requirements and maintenance budgeting protocols and constraints;'),
 # Highland Council award criteria
 (HC, 'award-criteria', S, HC_S, 'Lot 1 Award Criterion (quality): Project Delivery'),
 (HC, 'award-criteria', S, HC_S, 'Lot 1 Award Criterion (quality): Health & Safety'),
 # Executive Compass: mobilisation questions quoted from ITTs
 (EC, 'itt-question', U, EC_S + ': Asbestos removal', 'Please provide a proposed mobilisation plan, as an attachment, to illustrate how your company plans to implement the contract.', {'limit_words': 500}),
 (EC, 'itt-question', U, EC_S + ': Facilities management', 'Describe the approach taken to plan a contract such as this.', {'limit_words': 750}),
 # DfE school buildings framework
 (DFE, 'award-criteria', U, DFE_S + ': Price / quality split', 'Price will normally attract a maximum weighting of 40%, provided that this figure may be increased for a construct only scheme up to 100%'),
 # Torbay: what tenderers submit
 (TOT, 'itt-process', U, 'Tenders: You will generally be asked to submit the following:', 'The award questions, including pass/fail questions, method statements and technical questions;'),
 (TOT, 'itt-process', U, 'Tenders: To ensure that your bid is evaluated positively, you must:', 'Take account of any weightings that are applied to the questions in order to understand what are the important issues for us;'),
 # Devon FOI: price/quality weightings
 (DEV, 'sv-weighting', U, 'Tenders and frameworks – social value weighting – 2021: Price and Quality weightings', 'Our procurement approach does not have a specific ‘social value’ weighting identified within the award criteria.'),
 # 4ps street lighting: evaluation of the method statements
 (EVW, 'itt-method-statement', U, EVW_S + ': The weighting to be given to each Method Statement', 'Contract Management and Customer Interface - %'),
 (EVW, 'itt-method-statement', U, EVW_S + ': The weighting to be given to each Method Statement', 'Procurement of Energy - %'),
 (EVW, 'itt-method-statement', U, EVW_S + ': The weighting to be given to each Method Statement', 'Transfer of Staff - %'),
 (EVW, 'itt-method-statement', U, EVW_S + ': The service delivery and technical evaluation will be made against the following criteria:', 'Quality - the Solutions will be assessed to determine the degree to which Bidders have demonstrated in their Method Statements that they have the skills, experience and technical capacity to meet the Performance Standards set out in the Output Specification.'),
 (MOD, 'itt-question', U, MOD_S + ': Environment and Sustainability', 'What environmental management systems does the Applicant have in place and how do they integrate with other organisational management systems.'),
 (MOD, 'itt-question', U, MOD_S + ': IM&T reliant projects', 'What is the Applicant\'s understanding and experience of intelligent help desk facilities in the management of similar projects?'),
 (ISD, 'itt-question', U, ISD_S, 'Bidders should explain how they intend to develop and finalise the design and specification of the Works to best meet the Authority\'s needs and to comply with the Review Procedure.'),
 # WRAP Halving Waste to Landfill: same table, not social value
 # waste management ITT headings (the recycling service bought)
 (SEX, 'itt-question', U, SEX_S, 'Scope - what the service has to cover in terms of waste streams and recycling'),
 (SEX, 'itt-question', U, SEX_S, 'Collection arrangements - equipment, frequency, collection time, other arrangements'),
 (SEX, 'itt-question', U, SEX_S, 'Costs - include hire or purchase of equipment, uplift, basis for charge by weight or volume, application of landfill tax'),
 (SEX, 'itt-question', U, SEX_S, 'Reuse and Recycling - what can be recovered, collection arrangements, methods to reach targets, potential revenue, fixed or variable market rate, how revenue is to be paid'),
 (SEX, 'itt-question', U, SEX_S, 'Company policy - policy on waste management, details of accredited environmental standards'),
 # South Ribble and Chorley: process
 (SRB, 'sv-weighting', U, SRB_S, 'Approval for proposed evaluation criteria and weightings shall be obtained in accordance with the thresholds included in the Council’s Contracts Procedure Rules.'),
 (CHO, 'sv-weighting', U, 'Decision: contract award procedure', 'To delegate to the Executive Member for Resources authority to approve the award of the contract to the winning bidder based upon the evaluation criteria.'),
 (P615, 'sv-requirement', U, P615_S, 'Procurement decisions should always be made on a quality, cost and risk basis.'),
 # Armed Forces Covenant Fund Trust: award criteria
 (AFC, 'award-criteria', U, AFC_S, 'Lot 1 Award Criterion (quality): Relevant experience and capabilities (30%)', {'weighting_percent': 30.0}),
 (AFC, 'award-criteria', U, AFC_S, 'Lot 1 Award Criterion (quality): Engagement, ethics and safeguarding (10%)', {'weighting_percent': 10.0}),
 (AFC, 'award-criteria', U, AFC_S, 'Lot 1 Award Criterion (price): Rate Card/Commercial (10%)', {'weighting_percent': 10.0}),
 # notices: services bought (decarbonisation advice, COVID-19 outreach, apprenticeship training, community engagement, skills study)
 (CAM, 'notice', U, CAM_S, 'We are now seeking external advice, expertise, and experience on the best ways to reduce carbon emissions (or greenhouse gases) to deliver our Net Zero commitments for the following assets and services: Highways, Waste and Recycling, Rural Estates and Schools.'),
 (NHE, 'notice', U, NHE_S, 'Lot 10 - COVID-19 Vaccination Programme Outreach Vaccinations - Herefordshire'),
 (NHE, 'notice', U, NHE_S, 'Lot 3 - Covid-19 Coventry and Warwickshire PCN Support Services'),
 (LUT, 'notice', U, 'Apprentice Provider Provision (Luton Council): Notice Description', 'Luton Borough Council wishes to establish a single provider framework for each of the 12 Lots in relation to Apprentice Provider Provision.'),
 (LCC, 'notice', U, 'Provision of Apprenticeship Levy Training and Assessment Providers (Lancashire County Council): Notice Description', 'LCC invited tenders on the terms set out in the ITT for the provision of Apprenticeship Levy Training and Assessment Providers.'),
 (BUC, 'notice', U, 'Buckinghamshire Council: Notice Title', 'CONTRACT AWARD NOTICE - Community Engagement Services for the Groundwater Resilience and Community Engagement Programme (GRACE)'),
 (ZWS, 'itt-question', S, ZWS_S + ': Purpose of the work', 'The purpose of the work is to recommend an approach for Zero Waste Scotland on the development of a Zero Waste skills academy.'),
 # notices: services bought
 (WFH, 'notice', U, 'Planned and Responsive Maintenance Services (Waltham Forest Housing Association): notice description', 'The aim of this procurement process is to appoint one provider to deliver services outlined within Schedule 6 - Specification.'),
 (H21, 'notice', U, 'Housing 21: Notice Title', 'Seeking EOI from Providers for Social Value Reporting-Cohousing'),
 (SBH, 'notice', S, 'SBHA Tenant Satisfaction Survey (Scottish Borders Housing Association): Notice Description', 'SBHA is seeking to award a contract for the provision of Tenant Satisfaction Surveys.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'sustainableprocurementtools.scot', 'sell2wales.gov.wales', 'find-tender.service.gov.uk')
batch = Batch('public-texts-66.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the pages of one 4ps pack (book id),
    # and each notice (`ocds:<ocid>`, as in notices.jsonl).
    if src.startswith(PP): return 'ppponline.affinitext.com/book/' + src[len(PP):].split('&')[0]
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub66', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
