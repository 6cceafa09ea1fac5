"""Write /work/batches/public-texts-83.jsonl: batch 91, NHS ENGLAND and CENTRAL GOVERNMENT buying as a supplier meets
it, from sources the corpus did not yet hold: the 10% minimum net zero and social value weighting the NHS applies
(PPN 06/20 in NHS procurement) and the Social Value Model's weighting rules for central government, the National
Procurement Policy Statement's social value outcomes asked of suppliers (2021 and 2025); with hard negatives from the same documents and subjects: the NHS net zero supplier roadmap's
carbon reduction plan and net zero commitment milestones and PPN 06/21 / PPN 006 (pass/fail selection requirements,
not social value), the Evergreen assessment's maturity levels, the buyers' own internal processes, the other PSR
criteria (quality, service sustainability, access and health inequalities of the healthcare service itself), and
notices of what is bought (prison healthcare and education, NHS Shared Business Services construction consultancy
frameworks including a net zero consultancy lot).

Sources: NHS North of England Commercial Procurement Collaborative's news item on one year of the 10% weighting and its
social value and sustainability page; BIVDA's
summary of the NHS net zero supplier roadmap; the HCSA (nhsprocurement.org.uk) copy of NHS England's carbon reduction
plan and net zero commitment guidance; TEAM Energy, Furthr, GEP Environmental, Trident Utilities and VWV on the NHS
carbon reduction plan requirements from April 2024; Mayer Brown, DWF and Acclaro Advisory on PPN 06/21 and BidPilot on
PPN 006; C-Free on the Evergreen assessment; Sustainzone's update for NHS suppliers; Executive Compass's overview of the
Social Value Model, Samtaler's four rules for buyers and Social Value Portal's panel write-up (PPN 06/20 weighting);
the National Procurement Policy Statement as SEWF, Pelican Procurement, Wired-Gov, CIPS Supply Management, Crown
Commercial Service, VWV and DLA Piper report it, and a written parliamentary answer on it; DHSC's supplementary
consultation on the Provider Selection Regime (gov.uk); and contract notices as republished by d3tenders.com (Ministry
of Justice prison education, NHS England prison healthcare, NHS Shared Business Services frameworks).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbers
dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the
corpus are left out (named on stderr). Crown copyright pages (gov.uk, crowncommercial.gov.uk) and notice data are
OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-83.py > /work/batches/public-texts-83.jsonl
"""
from batch import Batch, EI, CL, EO, MU, CV, ocid_group, U


# NHS: the 10% weighting, the supplier roadmap, carbon reduction plans, Evergreen
NOE = 'https://www.noecpc.nhs.uk/news/one-year-on-since-the-introduction-of-10-weighting-for-ssv-in-procurement'
NOS = 'https://www.noecpc.nhs.uk/pages/sustainability'
BVR = 'https://bivdanewsletter.com/sustainability/the-nhs-release-net-zero-supplier-roadmap-2/'
HCS = ('https://www.nhsprocurement.org.uk/news/carbon-reduction-plan-and-net-zero-commitment-requirements-procurement-nhs-'
       'goods-services-and-works')
TEA = 'https://www.teamenergy.com/consultancy/delivering-a-net-zero-nhs/'
FUR = 'https://www.furthr.earth/post/prescribing-net-zero-a-supplier-s-guide-to-the-nhs-net-zero-bid-requirements'
GEP = 'https://www.gepenv.co.uk/news/nhs-expands-carbon-reduction-plan-requirements-from-april-2024'
TRI = 'https://tridentutilities.co.uk/news/catalysing-sustainability-nhs-tightens-net-zero-requirements-for-suppliers'
VW1 = 'https://www.vwv.co.uk/news-and-events/blog/pharma-life-sciences-law/nhs-carbon-reduction-plan-requirements-april-2024'
CFR = 'https://c-free.co.uk/blog/how-to-score-highly-in-the-evergreen-assessment/'
SZN = 'https://sustainzone.earth/blog/latest-key-updates-for-nhs-suppliers'
# Central government: PPN 06/20 weighting, PPN 06/21 and PPN 006
ECO = 'https://www.executivecompass.co.uk/blog/social-value/an-overview-of-the-social-value-model/'
SAM = 'https://www.samtaler.co.uk/social-value-hub/4-rules-buyers-and-suppliers-must-know'
SVP = 'https://www.socialvalueportal.com/bidders/how-to-win-work-and-deliver-results-under-the-social-value-model'
MAY = ('https://www.mayerbrown.com/en/insights/publications/2021/07/bidders-for-large-uk-public-procurement-contracts-must-'
       'commit-to-net-zero-by-2050')
DWF = 'https://dwfgroup.com/fr-fr/news-and-insights/insights/2021/6/procurement-policy-note-06-21'
ACC = 'https://www.acclaro-advisory.com/news-events/zero-carbon-public-procurement-briefing/'
BPH = 'https://bidpilothq.com/resources/ppn-006-carbon-reduction-plan-explained'
# National Procurement Policy Statement
SEW = 'https://sewfonline.com/community-resources/uk-national-procurement-policy-statement/'
PEL = 'https://pelicanprocurement.co.uk/resources/key-changes-in-procurement-legislation'
WGN = ('https://www.wired-gov.net/wg/news.nsf/articles/Government+publishes+National+Procurement+Policy+Statement+'
       '07062021102500?open')
CIP = ('https://www.cips.org/supply-management/news/2021/june/what-the-national-procurement-policy-statement-means-for-'
       'public-buyers/')
CCS = 'https://crowncommercial.gov.uk/news/the-national-procurement-policy-statement-what-you-need-to-know'
PPQ = 'https://parallelparliament.co.uk/question/903727/public-sector-procurement'
VW2 = 'https://www.vwv.co.uk/news-and-events/blog/procurement/the-national-procurement-policy-statement'
DLA = 'https://dlapiper.com/en-sg/insights/publications/2025/02/national-procurement-policy-statement'
# Provider Selection Regime (DHSC consultation, gov.uk)
PSR = ('https://www.gov.uk/government/consultations/provider-selection-regime-supplementary-consultation-on-the-detail-of-'
       'proposals-for-regulations/provider-selection-regime-supplementary-consultation-on-the-detail-of-proposals-for-'
       'regulations')
# Notices (d3tenders.com copies)
D3 = 'https://d3tenders.com/contract/?ocid='
LIT = D3 + 'ocds-h6vhtk-03889a'
HMP = D3 + 'ocds-h6vhtk-043b5e'
PEL2 = D3 + 'ocds-b5fd17-26fbcf15-2c94-4c37-925d-f881672c2b29'
SBS = D3 + 'ocds-h6vhtk-055328'
HPC = D3 + 'ocds-h6vhtk-036c29'
NSE = D3 + 'ocds-h6vhtk-050d74'

NOE_S = 'One year on since the introduction of 10% weighting for SSV in procurement'
NOE_T = (NOE_S + ': Within the PPN, the NHS adopted the five key Social Value Model themes to enable NHS contracting '
         'authorities to seek relevant, additional benefit, which are:')
NOS_S = 'Social Value & Sustainability'
NOS_L = NOS_S + ': Specifically, NOE CPC supports the following sustainable procurement levers:'
BVR_S = 'The NHS release Net Zero Supplier Roadmap: Net Zero Supplier Roadmap'
HCS_S = 'Carbon Reduction Plan and Net Zero Commitment requirements for the procurement of NHS goods, services and works'
TEA_S = 'Delivering a Net Zero NHS: Meet the NHS requirements for procurement with a Carbon Reduction Plan'
FUR_S = "Prescribing Net Zero: a supplier's guide to the NHS Net Zero bid requirements"
GEP_S = 'NHS expands Carbon Reduction Plan requirements from April 2024'
TRI_S = 'Catalysing sustainability: NHS tightens net zero requirements for suppliers: Recent Modifications'
VW1_S = 'NHS Carbon Reduction Plan requirements from April 2024'
CFR_S = 'How to score highly in the Evergreen Assessment'
SZN_S = 'Latest key updates for NHS suppliers'
ECO_S = 'An overview of the Social Value Model'
SAM_S = 'The Social Value Model: What Buyers Must Do and What Suppliers Should Watch For'
SAM_R = SAM_S + ': Here are the ‘Four Golden Rules’ all UK Central Government Public Sector Buyers Must follow.'
SVP_S = 'How to win work and deliver results under the Social Value Model'
MAY_S = 'Bidders for large UK public procurement contracts must commit to net zero by 2050'
DWF_S = 'Procurement Policy Note 06/21: Mandatory selection criteria'
ACC_S = 'Zero carbon public procurement briefing'
BPH_S = 'PPN 006 Explained: What UK Tender Evaluators Actually Check in Your Carbon Reduction Plan'
SEW_S = 'UK National Procurement Policy Statement'
SEW_L = (SEW_S + ': “All contracting authorities should consider the following national priority outcomes alongside any '
         'additional local priorities in their procurement activities:')
PEL_S = 'Key changes in procurement legislation: National Procurement Policy Statement, NPPS: Social Value'
WGN_S = 'Government publishes National Procurement Policy Statement'
WGN_V = WGN_S + ': 3 key areas of focus: Social Value'
CIP_S = 'What the National Procurement Policy Statement means for public buyers'
CCS_S = 'The National Procurement Policy Statement – what you need to know'
PPQ_S = 'Public Sector Procurement: written question to the Cabinet Office: answer'
VW2_S = 'The National Procurement Policy Statement'
DLA_S = 'National Procurement Policy Statement'
PSR_S = 'Provider Selection Regime: supplementary consultation on the detail of proposals for regulations: Executive summary'
PSR_L = PSR_S + (': This overarching objective would be underpinned by decisions made on a broad base of criteria '
                 'including:')

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # NHS: one year of the 10% net zero and social value weighting (NOE CPC)
 (NOE, 'nhs-weighting', U, MU, [], NOE_S, 'In April 2022 NHS England introduced a 10% minimum social value into all procurement, which was outlined in the Procurement Policy Note 06/20 (PPN).'),
 (NOE, 'nhs-weighting', U, MU, [], NOE_S, 'The PPN explains that when evaluating tender responses, government departments will use the new model to score potential suppliers on their additional social, environmental, and economic commitments proposed to be delivered through the lifetime of the contract.'),
 (NOE, 'nhs-weighting', U, MU, [], NOE_S, 'Since then, any tenders that we have published for new framework agreements or for bespoke work, have been applied with the minimum 10% social value weighting.'),
 (NOE, 'nhs-weighting', U, CL, [], NOE_T, 'Fighting climate change (mandatory in all tendering)'),
 (NOE, 'nhs-weighting', U, EI, [], NOE_T, 'Tackling economic inequality'),
 (NOE, 'nhs-weighting', U, EO, [], NOE_T, 'Equal opportunity'),
 (NOE, 'nhs-weighting', U, CV, [], NOE_T, 'Covid-19 recovery'),
 (NOS, 'nhs-weighting', U, MU, [], NOS_L, 'Social value – All frameworks released since mid-2021 are social value compliant via both the 10% mandatory weighting as well as supplier commitments.'),
 # NHS suppliers' update (Sustainzone)
 (SZN, 'nhs-weighting', U, CL, [], SZN_S + ': Net Zero Roadmap Updates for NHS Supplier', 'In practice this means tender evaluations score and reward supplier commitments on sustainability.'),
 # Central government: the Social Value Model's weighting (PPN 06/20)
 (ECO, 'central-weighting', U, MU, [], ECO_S, 'From January this year, the UK government’s Social Value Model has been mandatory in all central government contracts.'),
 (ECO, 'central-weighting', U, MU, [], ECO_S, 'Along with the explicit need to evaluate social value, it also sets a mandatory minimum weighting of 10% for social value at the tender evaluation stage.'),
 (ECO, 'central-weighting', U, MU, [], ECO_S, 'For example, the contracting authority might split the score 30% on price, 60% on quality and 10% on social value.'),
 (ECO, 'central-weighting', U, MU, [], ECO_S, 'This is to ensure social value carries a heavy enough score to be a differentiating factor in the evaluation of bids: however, a higher weighting can be applied if it is justified, for example, if there is a high level of market maturity in delivering social value.'),
 (ECO, 'central-weighting', U, MU, [], ECO_S, 'The only exception to this mandatory minimum 10% of the overall score rule is where pre-market engagement demonstrates that the approach would significantly reduce competition due to a lack of market maturity in delivering social value.'),
 (ECO, 'central-weighting', U, MU, [], ECO_S, 'In these exceptional cases, the contracting authority may specify the social value weighting to be 10% of the quality score.'),
 (SAM, 'central-weighting', U, MU, [], SAM_R, 'Social Value must be explicitly evaluated on all tenders above the threshold ( currently £139,888)'),
 (SAM, 'central-weighting', U, MU, [], SAM_R, 'Procurers must apply a minimum 10% weighting (or an equivalent measurement) of the total score, for social value.'),
 (SAM, 'central-weighting', U, MU, [], SAM_R + ': What that means for Suppliers:', 'It’s not uncommon for Social Value scores to be even higher than 10%.'),
 (SVP, 'central-weighting', U, MU, [], SVP_S + ': What is the Social Value Model?', 'With PPN 06/20 mandating explicit evaluation of Social Value in central government procurement and other in-scope contracts worth over £100,000, the Social Value Model provides guidance to buyers on evaluating bids.'),
 (SVP, 'central-weighting', U, MU, [], SVP_S + ': What is the Social Value Model?', 'It sets out five priority areas (Themes) for Social Value delivery, along with corresponding policy outcomes:'),
 # National Procurement Policy Statement (2021): the national priority outcomes
 (SEW, 'npps', U, EI, [], SEW_L, 'creating new businesses, new jobs and new skills;'),
 (SEW, 'npps', U, CL, [], SEW_L, 'tackling climate change and reducing waste, and'),
 (SEW, 'npps', U, EI, [], SEW_L, 'improving supplier diversity, innovation and resilience.”'),
 (PEL, 'npps', U, MU, [], PEL_S, 'As a buyer, considering the social, economic and environmental impact of procurement decisions is now more important than ever.'),
 (PEL, 'npps', U, MU, [], PEL_S, 'Suppliers need to be encouraged to adopt best practices by putting a greater emphasis on social value within notices, and awarding contracts that sufficiently contribute towards helping to deliver the priorities identified within the NPPS.'),
 (PEL, 'npps', U, EI, [], PEL_S + ': The following guidelines outline some of these best practices:', 'Creating new businesses, new jobs and new skills – helping new and/or small businesses to grow; supporting higher economic growth; increasing employment opportunities; extending training opportunities.'),
 (PEL, 'npps', U, CL, [], PEL_S + ': The following guidelines outline some of these best practices:', 'Tackling climate change and reducing waste – contributing to the UK Government’s legally-binding target to reduce greenhouse gas emissions to net zero by 2050: reducing waste, identifying opportunities in sustainable procurement to deliver additional environmental benefits.'),
 (WGN, 'npps', U, MU, [], WGN_V, 'The NPPS highlights that contracting authorities should leverage their procurement activity – ‘where it is relevant to the subject matter of the contract and it is proportionate to do so’ – to support the following social value outcomes for the public benefit, alongside any additional local priorities in procurement activities:'),
 (WGN, 'npps', U, EI, [], WGN_V, 'Creating new businesses, new jobs and new skills'),
 (WGN, 'npps', U, CL, [], WGN_V, 'Tackling climate change and reducing waste'),
 (WGN, 'npps', U, EI, [], WGN_V, 'Improving supplier diversity, innovation and resilience'),
 (CIP, 'npps', U, EI, [], CIP_S, 'Job creation, investment in skills and opportunities for local growth should be taken into account when awarding public contracts, according to new guidance.'),
 (CIP, 'npps', U, MU, [], CIP_S, 'Moving forward, public procurement should consider how contracts will help to “create new businesses and jobs across the UK, lead to the development of new skills and innovations and tackle climate change and environmental waste”, the guidance stated.'),
 (CIP, 'npps', U, EI, [], CIP_S, '“While securing the best value for money is crucial, procurement teams have been told they must not simply award contracts to the lowest bidder – especially when wider economic benefits can be proved,” it added.'),
 (CCS, 'npps', U, MU, [], CCS_S + ': The guidance focuses on three areas: Social value', 'The NPPS sets out national priority outcomes for social value.'),
 (CCS, 'npps', U, MU, [], CCS_S + ': The guidance focuses on three areas: Social value', 'It places emphasis on creating new businesses, new jobs and new skills; tackling climate change and reducing waste, and improving supplier diversity, innovation and resilience, all themes within the social value model.'),
 (CCS, 'npps', U, MU, [], CCS_S + ': The guidance focuses on three areas: Social value', 'The NPPS clarifies how contracting authorities should secure the best mix of quality and price, directs contracting authorities to include award criteria that achieve social, economic, and environmental benefits, and advises on the development of procurement specifications, as well as other measures.'),
 # National Procurement Policy Statement (2025)
 (PPQ, 'npps', U, CL, [], PPQ_S, 'The National Procurement Policy Statement sets out that public procurement should support the delivery of the government’s missions, including making Britain a clean energy superpower.'),
 (PPQ, 'npps', U, MU, [], PPQ_S, "It also underscores the government's commitment to increasing the procurement of food that meets higher environmental standards, supporting local suppliers and upholding ethical sourcing practises across public sector contracts."),
 (VW2, 'npps', U, EI, [], VW2_S, 'Particular attention is given to maximising procurement spend with small and medium-sized enterprises (SMEs) and voluntary, community and social enterprises (VCSEs).'),
 (VW2, 'npps', U, EI, [], VW2_S, 'In the accompanying official written statement on the NPPS, local governments will be pleased to note the long promised measures allowing them to reserve competitions for low value contracts for local small businesses and social enterprises.'),
 (DLA, 'npps', U, MU, [], DLA_S, 'The PPN indicates that the social value aspects of the NPPS do not apply to defence and security contracts.'),
 # Provider Selection Regime: the social value criterion
 (PSR, 'psr', U, MU, [], PSR_L, 'social value'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # NOE CPC: the buyer's own processes
 (NOE, 'nhs-weighting', U, NOE_S, 'One year on since the introduction, we reflect on the changes we have observed as an NHS procurement organisation.'),
 (NOE, 'nhs-weighting', U, NOE_S, 'Using this guidance, we developed some internal systems which meant that when we were looking to run a new framework project, we could create a market risk classification and a business case.'),
 (NOE, 'nhs-weighting', U, NOE_S, 'As an organisation, we applied social value into our internal processes at an early stage, which we did prior to 1 April 2022.'),
 (NOS, 'nhs-weighting', U, NOS_L, 'Carbon reduction plans (CRP) – Since April 2023, all frameworks communicated threshold have CRPs.'),
 (NOS, 'nhs-weighting', U, NOS_S + ': Our commitment', 'We have included a sustainability section within our category strategy and a sustainability risk indicator within our market risk classification template, which is completed at the start of any procurement project.'),
 (NOS, 'nhs-weighting', U, NOS_S + ": Sustainable procurement isn’t just about buying green products. It also includes:", 'Effective ongoing contract management.'),
 # NHS net zero supplier roadmap: carbon reduction plan milestones (pass/fail)
 (BVR, 'nhs-crp', U, BVR_S, 'From April 2023:the NHS will adopt the Government’s ‘Taking Account of Carbon Reduction Plans‘ (PPN 06/21), requiring all suppliers with new contracts for goods, services, and/or works with an anticipated contract value above £5 million per annum, to publish a carbon reduction plan for their direct emissions.'),
 (BVR, 'nhs-crp', U, BVR_S, 'From April 2024, the NHS will expand this requirement for all new contracts, irrespective of value.'),
 (BVR, 'nhs-crp', U, BVR_S, 'From April 2027: all suppliers with contracts for goods, services, and/or works for any value, will be expected to publish a carbon reduction plan that takes into account the suppliers’ direct and indirect emissions.'),
 (BVR, 'nhs-crp', U, BVR_S, 'From 2030: suppliers will only be able to qualify for NHS contracts if they can demonstrate their progress through published progress reports and continued carbon emissions reporting through the supplier framework.'),
 (BVR, 'nhs-crp', U, BVR_S, 'SMEs and VCSEs will be given a 2 year grace period on the milestones, however it will still be advisable to start implementing the requirements as soon as possible.'),
 (HCS, 'nhs-crp', U, HCS_S, 'From April 2024: The NHS will proportionately extend the Carbon Reduction Plan requirements to cover all new procurements.'),
 (HCS, 'nhs-crp', U, HCS_S, 'To ensure the Carbon Reduction Plan requirements are extended in a proportionate and relevant manner to all procurements from April 2024 the policy will be applied in a two-tiered approach.'),
 (TEA, 'nhs-crp', U, TEA_S + ': What will the NHS require from its suppliers to achieve Net Zero?', 'It is important to note that for potential suppliers that are bidding for procurement with the NHS, this is a pass/fail during the tender process.'),
 (TEA, 'nhs-crp', U, TEA_S + ': What will the NHS require from its suppliers to achieve Net Zero?', 'In order to meet future milestones in line with their roadmap, NHS procurement recommends suppliers set their own net zero 2045 target, although a 2050 target will meet their minimum requirements.'),
 (FUR, 'nhs-crp', U, FUR_S, 'For contracts over £5m per annum, a Carbon Reduction Plan (CRP) will need to be submitted with any tender.'),
 (FUR, 'nhs-crp', U, FUR_S, 'However, it does carry a significant risk for suppliers, as those who do not provide the necessary emission reduction disclosure will automatically have their bid failed from the moment the new rules are implemented.'),
 (FUR, 'nhs-crp', U, FUR_S + ': What is a Net Zero Commitment (NZC)?', '[Supplier name] is committed to achieving Net Zero emissions by 20[XX] for emissions scopes 1, 2 and 3. The commitment was made on [DD/MM/YY] by the [approving board/equivalent management body].'),
 (GEP, 'nhs-crp', U, GEP_S, 'A Net Zero Commitment is required for all contracts below £5 million per year (excl. VAT) and above £10,000 per year (excl. VAT)'),
 (TRI, 'nhs-crp', U, TRI_S, "From April 2024 onwards, smaller NHS suppliers—those with contracts ranging between £10,000 and £5 million—must furnish a Net Zero Commitment, which is a more concise declaration of their intent to achieve net zero emissions by 2050 at the latest, endorsed by the company's Board or Director."),
 (VW1, 'nhs-crp', U, VW1_S, 'The CRP or Net Zero Commitment requirements will also apply to all public bodies who are bidding for NHS contracts.'),
 (VW1, 'nhs-crp', U, VW1_S, 'Sub-contractors are not required to provide evidence of a CRP or Net Zero Commitment, although they are encouraged to take actions to reduce their emissions and work towards the NHS Net Zero Target.'),
 # Evergreen sustainable supplier assessment
 (CFR, 'nhs-evergreen', U, CFR_S + ': How the Evergreen Assessment Works', 'The assessment is conducted annually (although it can be updated at anytime if there is a significant improvement in an organisations sustainability credentials) and measures suppliers against a set of sustainability criteria, including carbon management, energy efficiency, waste reduction, and ethical supply chain practices.'),
 (CFR, 'nhs-evergreen', U, CFR_S + ': How does the maturity criteria of The Evergreen Assessment work?', 'Level 2 – Integration: At this stage, suppliers have developed strategies and are actively implementing sustainability practices.'),
 (SZN, 'nhs-weighting', U, SZN_S, 'Staying informed is crucial: failure to comply can make suppliers ineligible for NHS contracts, while early action is a competitive advantage.'),
 # Central government: the Social Value Model write-ups' other text
 (SAM, 'central-weighting', U, SAM_S, 'This guidance covers how Buyers should use the Social Value Model during the whole buying process – from planning and talking to suppliers, to choosing who wins the contract and checking how they deliver it.'),
 (SAM, 'central-weighting', U, SAM_S, 'It also reminds them to follow the law, treat all suppliers equally, and make sure small businesses and international suppliers aren’t unfairly left out.'),
 # PPN 06/21 and PPN 006: carbon reduction plans as a selection requirement
 (MAY, 'central-crp', U, MAY_S + ': How does PPN 06/21 work?', 'The PPN introduces a new (mandatory) selection criterion against which bidders will be assessed: it will apply to the procurement of goods, services and/or works with an anticipated contract value greater than £5 million per year (excluding VAT), advertised on or after 30 September 2021.'),
 (DWF, 'central-crp', U, DWF_S + ": A supplier's published CRP should:", 'provide emissions reporting "for the six greenhouse gases covered by the Kyoto Protocol";'),
 (ACC, 'central-crp', U, ACC_S + ': Requirements of PPN 06/21', 'In-scope organisations are required to include the requirement for bidding suppliers to provide a Carbon Reduction Plan (CRP) detailing their organisational carbon footprint and confirming their commitment to achieving Net Zero by no later than 2050 in their UK operations.'),
 (BPH, 'central-crp', U, BPH_S, 'It is a pass/fail condition of participation.'),
 # National Procurement Policy Statement: the document, its scope and the buyers' own duties
 (PEL, 'npps', U, PEL_S, 'The policies within the statement apply to the entire public sector, including central government departments, executive agencies, non-departmental public bodies, local authorities and the NHS.'),
 (WGN, 'npps', U, WGN_S, 'In light of the major legislative reforms for public procurement that Government is developing, contracting authorities are being asked to ensure they have the procurement capability and capacity in place in order to benefit from the changes, which are intended to deliver regulation that better meets the UK’s needs.'),
 (CIP, 'npps', U, CIP_S, 'As well as taking on board strategic priorities, contracting authorities must have policies and processes in place that help manage the key stages of procurement delivery, such as the publication of procurement pipelines, market health and capability assessments or pilots.'),
 (CCS, 'npps', U, CCS_S, 'The National Procurement Policy Statement asks that all contracting authorities have due regard to a set of national strategic priorities when exercising their functions relating to procurement.'),
 (CCS, 'npps', U, CCS_S + ': The National Procurement Policy Statement – what it means for CCS customers: CCS is already working to implement the strategic priorities:', 'regularly assessing our capabilities against commercial standards'),
 (PPQ, 'npps', U, 'Public Sector Procurement: written question to the Cabinet Office', "To ask the Minister for the Cabinet Office, in what ways the provisions in his Department's National Procurement Policy Statement, updated on 4 March 2025, will help the UK meet its environmental obligations in relation to supply chains."),
 (VW2, 'npps', U, VW2_S, 'From 24 February 2025, all contracting authorities must have regard to it when making procurement decisions (except for procuring authorities in Wales who have their own Wales procurement policy statement).'),
 (VW2, 'npps', U, VW2_S, 'As a result, contracting authorities must actively assess whether suppliers are responsible employers and have appropriate policies and procedures in place regarding bribery and corruption, modern slavery, compliance with tax, employment and environmental law and other legal obligations, and are taking steps to tackle late payment in their supply chains.'),
 (DLA, 'npps', U, DLA_S, 'The NPPS applies mainly to English contracting authorities.'),
 (DLA, 'npps', U, DLA_S, 'We recommend that contracting authorities as part of their internal record-keeping document their assessment of their procurement against the NPPS, including if they have given effect to its principles and, if so, how they did so.'),
 # Provider Selection Regime: the other criteria (the healthcare service itself)
 (PSR, 'psr', U, PSR_S, 'The Provider Selection Regime is a proposed new set of rules which would govern the arrangement of healthcare services in England.'),
 (PSR, 'psr', U, PSR_L, 'quality and innovation'),
 (PSR, 'psr', U, PSR_L, 'collaboration and service sustainability'),
 (PSR, 'psr', U, PSR_L, 'opportunities to increase access to healthcare, reduce health inequalities and disparities, and promote patient choice'),
 # Notices: what is bought (Ministry of Justice prison education; NHS England prison healthcare; NHS SBS frameworks)
 (LIT, 'moj-notice', U, 'Literacy Innovation Fund (Ministry of Justice): Notice Description', 'Our vision is that everyone of working age and able to work should leave prison prepared for employment or further education and training.'),
 (HMP, 'moj-notice', U, 'HMPPS Common Awarding Organisations (Ministry of Justice): Notice Description', 'Across the prison estate, HMPPS and Education Providers (procured by HMPPS) deliver qualifications as part of education, skills, and work provision.'),
 (HMP, 'moj-notice', U, 'HMPPS Common Awarding Organisations (Ministry of Justice): Notice Description', 'The aim is to ensure that prisoners can develop key knowledge, skills, and behaviours through the delivery of qualifications that are recognised by industry experts and the wider community, enabling them to progress towards meaningful outcomes on release, with the long-term aim of reducing reoffending.'),
 (PEL2, 'moj-notice', U, 'Prison Education Services - Legal Support (Ministry of Justice): Notice Description', 'The Ministry of Justice ("MoJ") is seeking to appoint a legal services provider to assist on the forthcoming procurement of Prison Education Services for Her Majesty\'s Prisons and Probation Service ("HMPPS").'),
 (PEL2, 'moj-notice', U, 'Prison Education Services - Legal Support (Ministry of Justice): Notice Description', 'However, the quality of the current curriculum across the prison estate is not good enough and too many prisoners leave without a plan that will help them get a job or further training on release.'),
 (NSE, 'nhs-notice', U, 'NHSE1068 - Primary Care and Mental Health Services for West Yorkshire Adult Male Prisons (NHS England): Notice Description', 'The contract term is for an initial period of 6 years, with an option to extend for a further 2 years at the discretion of the Relevant Authority and subject to satisfactory contractual and financial performance.'),
 (NSE, 'nhs-notice', U, 'NHSE1068 - Primary Care and Mental Health Services for West Yorkshire Adult Male Prisons (NHS England): Lot Information', 'For the avoidance of doubt, the provisions of the Procurement Regulations 2024 (Procurement Act 2023) and Public Contracts Regulations 2015 do not apply to this award.'),
 (SBS, 'nhs-notice', U, 'Public Sector Construction Consultancy (NHS Shared Business Services): Notice Description', 'NHS SBS intends to put in place a Framework for Public Sector Construction Consultancy.'),
 (SBS, 'nhs-notice', U, 'Public Sector Construction Consultancy (NHS Shared Business Services): Notice Description: This includes the following Lots:', 'Lot 10 - Net Zero, Environmental Consultancy, and Sustainability'),
 (SBS, 'nhs-notice', U, 'Public Sector Construction Consultancy (NHS Shared Business Services): Notice Description', 'Potential Bidders will gain an understanding of the evaluation process and timescales for procurement documentation publication, clarification question submission, and bid responses.'),
 (HPC, 'nhs-notice', U, 'NHS SBS Healthcare Planning, Construction Consultancy and Ancillary Services (HPCCAS) (SBS10190): Lot Information: Architectural Services', 'Lot 1 - This Lot provides architectural design, technical consultancy, and engineering for construction projects across all RIBA work plan stages.'),
 (HPC, 'nhs-notice', U, 'NHS SBS Healthcare Planning, Construction Consultancy and Ancillary Services (HPCCAS) (SBS10190): Lot Information: Architectural Services', 'Appointed suppliers will deliver all the mandatory requirements as detailed in the Specification.'),
]
OGL_HOSTS = ('gov.uk', 'crowncommercial.gov.uk')
batch = Batch('public-texts-83.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group; each notice is `ocds:<ocid>`.
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub83', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
