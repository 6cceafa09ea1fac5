"""Write /work/batches/public-texts-26.jsonl: batch 34, PROCUREMENT ACT 2023 era texts (from 24 February 2025 on) and
the newest central guidance on social value, from sources the corpus did not yet hold: the PPN 002 note ("Taking
account of social value in the award of central government contracts", February 2025) and its Guide to using the
social value model, the Procurement Pathway's PPN 002 and conditions-of-participation pages, the National Procurement
Policy Statement (2025) as summarised by Crown Commercial Service, law firms, CIPS and the trade press, council pages
written for the Act (Lancashire County Council's articles on the NPPS and on social value under the Act, Cumberland
Council's Procurement Policy 2025 to 2029), guidance on the Procurement Specific Questionnaire (PSQ) and the central
digital platform, commentary on the PPN 002 model, and 2025-2026 Find a Tender notices of English bodies, with hard
negatives from the same documents (scope and dissemination of the PPN, who a guide is for, weighting and scoring
mechanics, conditions of participation, PSQ pass/fail content, exclusion grounds and debarment, commercial capability,
and notice descriptions whose subject uses social value's vocabulary: employment support, digital exclusion, homecare
that promotes wellbeing, bought as the service).

Sources (stored pages read through the `search` tool, pages corpus; the stored copies give each page's opening
section, so texts come from those sections): gov.uk PPN 002 note and guide (HTML), procurementpathway.civilservice.gov.uk
(PPN 002 sourcing strategy; conditions of participation), gov.uk Central Digital Platform guidance, crowncommercial.gov.uk
NPPS procurement essentials, Trowers & Hamlins, Bevan Brittan, Capital Law, Osborne Clarke, Bates Wells, Stone King,
Fieldfisher, CIPS, Open Access Government on the NPPS, Lancashire County Council (NPPS; social
value under the Act), Cumberland Council (Procurement Policy 2025 to 2029: background; social value and the local
economy), Essex County Council's Social Value Quarterly Reporting consultation pages (ECC TOMs measures with their
units, help text and checks; closes 31 Jul 2025; one group), Socitm's roundtable report, Tussell, Tender Consultants, Impact Reporting, Inside Housing and KimonBids on
PPN 002 and award criteria, Teil, Executive Compass on monitoring and reporting, Thornton & Lowe on the PSQ; notices:
d3tenders.com notice pages (MHCLG English Language and Employment Support 2025, Barking and Dagenham homecare
framework, Nottingham City Council workwear, CPC Outsourced Catering Services 5, DfE Early Years partners) and the
cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws copy of Find a Tender 032815-2025 (Local Government
Association, UK4 tender notice).

Texts are verbatim (a list bullet dropped; a footnote marker dropped; cut only at a sentence end). Not scored: the
batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright pages
(gov.uk, crowncommercial.gov.uk, procurementpathway.civilservice.gov.uk) are OGL v3; notice data carries the NOTICE_*
licence strings; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-26.py > /work/batches/public-texts-26.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, weighting as W

U = 'uk'

GOVP = 'https://gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts/'
P2N = GOVP + 'ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts-html'
P2G = GOVP + 'ppn-002-guide-to-using-the-social-value-model-html'
PPW = ('https://www.procurementpathway.civilservice.gov.uk/documents/ppn/ppn-002-taking-account-of-social-value-in-the-'
       'award-of-central-government-contracts/sourcing-strategy')
COP = 'https://www.procurementpathway.civilservice.gov.uk/documents/guidance/conditions-of-participation/supplier-engagement'
CDP = ('https://gov.uk/government/publications/procurement-act-2023-guidance-documents-procure-phase/'
       'guidance-central-digital-platform-and-publication-of-information-html')
CCS = 'https://crowncommercial.gov.uk/news/national-procurement-policy-statement-procurement-essentials'
TRW = 'https://trowers.com/insights/2025/february/the-government-publishes-the-new-national-procurement-policy-statement'
BB = 'https://bevanbrittan.com/insights/articles/2025/the-national-procurement-policy-statement'
CAP = 'https://www.capitallaw.co.uk/news/social-value-under-the-new-procurement-act'
OC = 'https://osborneclarke.com/node/25507'
BW = 'https://bateswells.co.uk/updates/the-procurement-act-2023-new-regime-goes-live/'
SK = 'https://www.stoneking.co.uk/literature/e-bulletins/new-national-procurement-policy-statement-early-positive-signs'
FF = ('https://ff-fieldfishercom-uat-web.fieldfisher.com/en/insights/'
      'the-uk-governments-national-procurement-policy-statement-a-summary')
CIPS = 'https://www.cips.org/about-us/news/uk-government-national-procurement-policy'
OAG = 'https://openaccessgovernment.org/new-strategic-priorities-set-out-for-public-sector-procurement/192089'
LNP = 'https://lancashire.gov.uk/business/social-value/articles/national-procurement-policy-statement-npps'
LPA = 'https://lancashire.gov.uk/business/social-value/articles/social-value-under-the-procurement-act-2023'
CUMP = ('https://www.cumberland.gov.uk/business-and-licensing/procurement-social-value-tenders-and-contracts/'
        'about-procurement/procurement-and-social-value-documents/procurement-policy-2025-2029-including-social-value-'
        'statement/')
CUB, CUS = CUMP + 'background', CUMP + 'social'
SOC = 'https://socitm.net/resource-hub/socitm-research/procurement-and-social-value/'
TUS = 'https://tussell.com/gov/blog/ppn002-the-social-value-model'
TC = 'https://www.tenderconsultants.co.uk/navigating-ppn-002-maximising-social-value-in-2025-bids'
IR = 'https://impactreporting.co.uk/?p=17297'
IH = ('https://www.insidehousing.co.uk/comment/social-value-is-being-treated-as-a-tot-up-exercise-rather-than-a-lever-'
      'for-measurable-growth-95118')
KBA = 'https://kimonbids.com/glossary/award-criteria'
TEIL = 'https://www.teil.uk/news/social-value'
ECM = 'https://executivecompass.co.uk/blog/social-value/social-value-monitoring-reporting/amp'
TL = 'https://thorntonandlowe.com/comprehensive-guide-to-the-procurement-specific-questionnaire-psq'
ESX = 'https://consultations.essex.gov.uk/procurement/797dd43e/consultation/subpage.'
E1, E2, E8, E9, E10, E11 = (ESX + x for x in ('2021-04-21.3305418502', '2021-04-21.6524357107', '2021-05-10.8361450039',
                                              '2023-06-02.9729497991', '2023-06-02.4077765614', '2023-06-02.7670343275'))
ESX_S = 'Social Value Quarterly Reporting - Delivery (Essex County Council; closes 31 Jul 2025): '
# notices
D3P = 'https://d3tenders.com/contract/?ocid='
MHC, BD, NOT, CPC, DFE = (D3P + o for o in ('ocds-h6vhtk-05227e', 'ocds-h6vhtk-04e72b', 'ocds-h6vhtk-054ea2',
                                            'ocds-h6vhtk-06b2f0', 'ocds-h6vhtk-05a5f5'))
LGA = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/032815-2025'
LGA_OCID = 'ocds-h6vhtk-054def'

P2N_S = 'PPN 002: Taking account of social value in the award of central government contracts'
P2G_S = 'PPN 002 Guide to using the social value model: 1. Introduction: 1.1 Who is this guide for?'
PPW_S = 'PPN 002 Taking account of social value in the award of central government contracts (Define > Sourcing strategy): Overview'
COP_S = 'Conditions of participation (Procurement Act 2023 guidance): Overview'
CDP_S = 'Guidance: Central Digital Platform and Publication of Information: What is the central digital platform?'
CCS_S = 'National Procurement Policy Statement: procurement essentials'
TRW_S = ('The Government publishes the new National Procurement Policy Statement: requiring contracting authorities and '
         'their outsourced contractors to:')
BB_S = 'The National Procurement Policy Statement'
BB_P = BB_S + ': Procurement Priorities: 1. Driving economic growth: Contracting authorities should:'
CAP_S = 'Social value under the new Procurement Act: National Procurement Policy Statement: The NPPS’s three priorities are:'
OC_S = 'New NPPS sets out \'value for money\' message for UK public procurement'
BW_S = 'The Procurement Act 2023: new regime goes live'
SK_S = 'New National Procurement Policy Statement: early positive signs'
FF_S = 'The UK Government\'s National Procurement Policy Statement: a summary: Key points of interest are:'
CIPS_S = 'UK Government releases new National Procurement Policy Statement'
OAG_S = 'New strategic priorities set out for public sector procurement'
LNP_S = 'National Procurement Policy Statement (NPPS)'
LPA_S = 'Social value under the Procurement Act 2023'
LPA_B = LPA_S + ': How the Procurement Act 2023 will support social value: Broader definition of \'value\''
CUB_S = 'Procurement Policy 2025 to 2029 - including the Social Value statement - Background'
CUB_A = CUB_S + ': achievements in the last 18 months since the formation of the Council have included:'
CUS_S = 'Procurement Policy 2025 to 2029 - including the Social Value statement - Social value and the local economy'
CUS_L = CUS_S + ': Social Value can be delivered through the following activities:'
SOC_S = 'Procurement and social value: Supplier and local authority perspectives: Background'
TUS_S = 'PPN 002: the Social Value Model'
TC_S = 'Navigating PPN 002: maximising social value in 2025 bids'
IR_S = 'PPN 002 and the New Social Value Model: What It Means for Social Value Managers and Public Procurement'
IH_S = 'Social value is being treated as a tot-up exercise rather than a lever for measurable growth'
KBA_S = 'Award Criteria (glossary): How it works in practice'
TEIL_S = 'Social Value is No Longer Optional'
ECM_S = 'Social value monitoring and reporting'
TL_S = 'Comprehensive guide to the Procurement Specific Questionnaire (PSQ)'
TL_K = TL_S + ': Key Features and Structure of the PSQ'
N_DESC = 'Notice Information: Notice Description'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # PPN 002 note and guide (gov.uk)
 (P2N, 'pa23-ppn002', U, MU, [], P2N_S + ': Issue', 'This includes delivering social and economic value that supports the Government’s missions.'),
 (P2N, 'pa23-ppn002', U, MU, [], P2N_S + ': Issue', 'To enable implementation of the NPPS, all central government departments should use this model to take account of the additional social and economic benefits that can be achieved in the delivery of their contracts.'),
 (P2G, 'pa23-ppn002', U, MU, [], P2G_S, 'This includes wider socio-economic and environmental benefits and impacts.'),
 (PPW, 'pa23-ppn002', U, MU, [], PPW_S, 'The social value model (the ‘model’) is a procurement tool that sets out how contracting authorities can contribute to the government’s missions by including social value requirements that can be delivered when a supplier delivers government contracts.'),
 # commentary on PPN 002
 (TC, 'pa23-ppn002', U, MU, [], TC_S + ': Real‑World Example', 'How will you deliver X m² of accessible green space and recruit Y% from under‑represented groups?'),
 (TC, 'pa23-ppn002', U, EI, [], TC_S, 'Tech suppliers are advised to focus on “Skills for Growth” — include T‑Levels or apprenticeships for digital roles.'),
 (ECM, 'pa23-ppn002', U, EI, [], ECM_S, 'For example, the model includes standardised reporting metrics such as the number of full-time equivalent employment opportunities created under the contract or number of apprenticeship opportunities created.'),
 (TEIL, 'pa23-commentary', U, MU, [], TEIL_S + ': Understanding the Change', 'Under MAT, considerations extend beyond cost and quality to encompass social value contributions, such as community development, environmental sustainability, and workforce diversity.'),
 (TEIL, 'pa23-commentary', U, MU, [], TEIL_S + ': Implications for Suppliers: Integrate Social Value into Proposals', 'This could include initiatives like local employment opportunities, environmental sustainability measures, or community engagement programmes'),
 # National Procurement Policy Statement (2025): CCS, law firms, CIPS, press
 (TRW, 'pa23-npps', U, EI, ['equal-opportunity'], TRW_S, 'Kickstart economic growth through: by providing opportunities for small businesses and social enterprises across the country; offering high quality jobs that offer fair wages and good working conditions; and encouraging innovation and the development of new technologies in line with the Industrial Strategy.'),
 (TRW, 'pa23-npps', U, CL, [], TRW_S, 'Make Britain a clean energy superpower through: accelerating to net zero, reducing greenhouse gas emissions in line with the UK national carbon budget, minimising waste, supporting delivery of clean power by 2030, and promoting the use of green technologies; and taking account of environmental risks and ensuring suppliers are committed to high environmental standards and protecting natural habitats and biodiversity.'),
 (TRW, 'pa23-npps', U, WB, ['equal-opportunity'], TRW_S, 'Take back our streets through: reducing crime by providing support to organisations that strengthen community cohesion, awareness raising and action; and encouraging suppliers to recruit from groups that struggle to access employment opportunities.'),
 (TRW, 'pa23-npps', U, EO, ['economic-inequality'], TRW_S, 'Break down barriers to opportunity through: addressing specific skills gaps and facilitating access to training and other development opportunities; and removing barriers to entry for young people and under-represented groups, including people with protected characteristics and care leavers.'),
 (BB, 'pa23-npps', U, EI, [], BB_P, 'Maximise procurement spend with SMEs and VCSEs.'),
 (BB, 'pa23-npps', U, EO, ['economic-inequality'], BB_P, 'Ensure their suppliers are committed to providing high quality jobs, safe and healthy working conditions, fair pay, opportunity and progressions for workers.'),
 (CAP, 'pa23-npps', U, EI, [], CAP_S + ': Driving economic growth', 'Maximise spending with SMEs and VCSEs to boost local economic growth.'),
 (CAP, 'pa23-npps', U, EO, ['economic-inequality'], CAP_S + ': Driving economic growth', 'Ensure suppliers provide high-quality jobs with fair pay and progression opportunities.'),
 (CAP, 'pa23-npps', U, MU, [], CAP_S + ': Delivering social and economic value', 'Maximise public benefit in communities, such as in deprived areas.'),
 (OC, 'pa23-npps', U, EI, [], OC_S + ': Driving economic growth', 'The NPPS requires public bodies to maximise their procurement spend with SMEs and voluntary community and social enterprises in order to drive economic growth and strengthen supply chains.'),
 (OC, 'pa23-npps', U, EO, ['economic-inequality'], OC_S + ': Driving economic growth', 'It requires public bodies to ensure their suppliers are committed to high-quality jobs and fair working conditions: Suppliers should provide good jobs, fair pay, and opportunities for progression.'),
 (BW, 'pa23-npps', U, MU, [], BW_S, 'In the statement – which most contracting authorities have a legal duty to have regard to with effect from 24 February 2025, under the new Procurement Act (the “Act”) – the Government directs public bodies to spend more with small businesses, charities and social enterprises, provide good employment conditions, work collaboratively, and secure social value.'),
 (SK, 'pa23-npps', U, EO, [], SK_S, 'Exemplary standards of employment are expected on government contracts, including high quality jobs, fair wages and good working conditions'),
 (CIPS, 'pa23-npps', U, EI, [], CIPS_S + ': Under the overarching aim of delivering value for money, the NPPS identifies three priorities to do so:', 'Driving economic growth: strengthen supply chains by giving SMEs and VCSEs a fair chance at public contracts, creating high quality jobs and championing innovation'),
 (OAG, 'pa23-npps', U, MU, [], OAG_S + ': Delivering Social and Economic Value', 'Contracting authorities are expected to consider the wider impact of their procurement decisions, such as contributing to environmental sustainability, tackling modern slavery, and creating social benefits in communities.'),
 (OAG, 'pa23-npps', U, MU, [], OAG_S + ': Delivering Social and Economic Value', 'Initiatives like reducing carbon emissions and promoting equality and diversity can be key components of this focus area.'),
 # council guidance written for the Act
 (LNP, 'pa23-council', U, MU, [], LNP_S + ': Mission-driven procurement', 'The NPPS directly aligns with the Government’s missions, stating that “contracting authorities should deliver social and economic value that supports the Government’s missions.”'),
 (LNP, 'pa23-council', U, MU, [], LNP_S + ': A place-based approach', 'This means authorities must procure in a way that supports the specific economic and social needs of the communities they serve, rather than applying a one-size-fits-all approach.'),
 (LPA, 'pa23-council', U, EI, [], LPA_B + ': base procurement decisions not just on cost, but on Social Value benefits like:', 'Local job creation and apprenticeships'),
 (LPA, 'pa23-council', U, CL, [], LPA_B + ': base procurement decisions not just on cost, but on Social Value benefits like:', 'Sustainability and environmental impact'),
 (LPA, 'pa23-council', U, EI, [], LPA_B + ': base procurement decisions not just on cost, but on Social Value benefits like:', 'Supplier diversity and SME participation.'),
 (CUB, 'pa23-council', U, MU, [], CUB_A, 'driving the inclusion of scored Social Value questions in tendering activity and making outcomes/delivery from this a contractual commitment, with a subsequent, robust tracking process'),
 (CUB, 'pa23-council', U, EI, [], CUB_A, 'establishing our own framework agreements that encourage participation by local suppliers and/or SME/VCSE organisations to meet the business needs of the Council'),
 (CUS, 'pa23-council', U, MU, [], CUS_S, 'Public procurement should be leveraged to support both local and national Social Value priorities for the benefit of the local community and wider public.'),
 (CUS, 'pa23-council', U, WB, [], CUS_L, 'social – community engagement and volunteering opportunities, supporting disadvantaged individuals and minority groups, hosting events'),
 (CUS, 'pa23-council', U, EI, [], CUS_L, 'economic – creating new jobs employing local people, creating apprenticeships, work placements, purchasing from local suppliers/ marketplace, providing mentoring, training and career advice'),
 (CUS, 'pa23-council', U, CL, [], CUS_L, 'environmental – reducing energy and utility use and reducing carbon emissions, minimising consumption, using sustainable or recycled materials and products, using local supply chains and locally derived goods and services, supporting or delivering improvements to public spaces.'),
 (CUS, 'pa23-council', U, CL, [], CUS_L, 'Support the delivery of the Local Nature Recovery Strategy'),
 # Socitm / CCS roundtables on the Act
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (SOC, 'pa23-commentary', U, None, [], SOC_S + ': Defining social value', 'Social value is what is added to a contract above and beyond the standard requirements.'),
 (SOC, 'pa23-commentary', U, MU, [], SOC_S + ': Defining social value', 'Examples of securing social value through procurement include creating apprenticeships and volunteering opportunities, utilising small-medium enterprises (SMEs) and voluntary, community and social enterprises (VCSEs) in supply chains, responsible employment practices, and diversity and inclusion initiatives.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (TC, 'pa23-ppn002', U, MU, [], TC_S, 'All in‑scope bids must include a minimum 10% weighting for social value — many contracts now ask up to 30%.'),
 (IR, 'pa23-ppn002', U, MU, [], IR_S + ': 1. Mandatory weighting', 'Apply a minimum 10% weighting to social value (or equivalent).'),
 (IH, 'pa23-ppn002', U, MU, [], IH_S, 'Every tender will need to align with one of these missions through specific model award criteria (MAC), measured by the new standard reporting metrics (SRMs) — 33 prescribed metrics that transform social value commitments into quantifiable data.'),
 (TEIL, 'pa23-commentary', U, MU, [], TEIL_S, 'All public contracts are now mandated to include a minimum 10% weighting for social value in their evaluation criteria.'),
 (SOC, 'pa23-commentary', U, MU, [], SOC_S + ': Evaluating and measuring social value', 'Social value should have a minimum weighting of 10% of the total score in procurement evaluations.'),
 (TUS, 'pa23-ppn002', U, MU, [], TUS_S + ': Context: what is PPN 002?', 'PPN 002 lays out a \'Social Value Model\' for contracting authorities to use when constructing social value questions and criteria.'),
 (TC, 'pa23-ppn002', U, MU, [], TC_S, 'Make Social Value a distinct section in your evaluation table and link milestones, KPIs and governance directly to contractual commitments.'),
 # Relabelled later (a weighting or when it applies is social value by the label rule, as the rule now states).
 (SOC, 'pa23-commentary', U, MU, [], SOC_S + ': Evaluating and measuring social value', 'This weighting only applies to central government contracts procured under PA23, i.e. above the relevant financial thresholds.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # PPN 002 note and guide
 (P2N, 'pa23-ppn002', U, P2N_S + ': Issue', 'This Procurement Policy Note (PPN) updates the Social Value Model (‘the model’) for central government and aligns it with the Government’s missions.'),
 (P2N, 'pa23-ppn002', U, P2N_S + ': Dissemination and scope', 'This Procurement Policy Note (PPN) applies to all central government departments (departments), executive agencies and non-departmental public bodies and are referred to as ‘in-scope organisations’.'),
 (P2N, 'pa23-ppn002', U, P2N_S + ': Dissemination and scope', 'Please circulate this PPN within your organisation, particularly to those with a commercial, procurement and/or contract management role.'),
 (P2N, 'pa23-ppn002', U, P2N_S + ': Dissemination and scope', 'The Procurement Act 2023 and the Procurement Regulations 2024 apply to procurements commenced on or after 24 February 2025.'),
 (P2G, 'pa23-ppn002', U, P2G_S, 'In-scope organisations’ commercial practitioners must use this guide when implementing the model in all stages of the commercial lifecycle.'),
 (P2G, 'pa23-ppn002', U, P2G_S, 'It will help those who  manage contracts understand how to account for social value throughout the procurement  lifecycle, including the preparation and planning, and contract management stages of a procurement.'),
 (P2G, 'pa23-ppn002', U, P2G_S, 'This must include consideration of outcomes and quality to avoid waste from low value, poor quality bids.'),
 (PPW, 'pa23-ppn002', U, PPW_S, 'This PPN applies to all central government departments, their executive agencies and non-departmental public bodies when conducting procurements under the Procurement Act 2023.'),
 (PPW, 'pa23-ppn002', U, PPW_S, 'Using the model, commercial teams should select outcomes that are relevant and proportionate to their procurement.'),
 # commentary on PPN 002: weighting and scoring mechanics, scope
 (TUS, 'pa23-ppn002', U, TUS_S + ': Who does PPN 002 apply to?', 'The PPN does not apply to private utilities contracts, below-threshold contracts, or to Ministry of Defence security or defence contracts (as defined under Section 7 of the Procurement Act)'),
 (IR, 'pa23-ppn002', U, IR_S + ': 1. Mandatory weighting', 'Under Price per Quality Point (PQP), this equates to 10% of the quality score.'),
 (KBA, 'pa23-commentary', U, KBA_S, 'A typical UK public sector tender publishes award criteria such as 60 percent quality and 40 percent price, with quality further broken down into method statement, relevant experience, social value, and risk management.'),
 (ECM, 'pa23-ppn002', U, ECM_S + ': Outputs', 'Also, remember to make it clear if these outputs are per year, over the contract duration or linked to any contract value if you are bidding for a place on a framework.'),
 (ECM, 'pa23-ppn002', U, ECM_S + ': Ownership', 'Include details of who will have ownership of monitoring and reporting data.'),
 # conditions of participation; PSQ; central digital platform
 (COP, 'pa23-psq', U, COP_S, 'The Procurement Act 2023 (Act) allows contracting authorities to set conditions of participation which a supplier must satisfy in order to be awarded a public contract following a competitive tendering procedure.'),
 (COP, 'pa23-psq', U, COP_S + ': The conditions must only relate to the supplier’s:', 'legal and financial capacity'),
 (COP, 'pa23-psq', U, COP_S + ': The conditions must only relate to the supplier’s:', 'technical ability to perform the contract'),
 (COP, 'pa23-psq', U, COP_S, 'When compared with award criteria (section 23) which are used to assess the tender, conditions of participation are used to assess the supplier.'),
 (COP, 'pa23-psq', U, COP_S, 'Contracting authorities must make these conditions clear in the tender notice, supplemented (where necessary) by the tender documents.'),
 (TL, 'pa23-psq', U, TL_S, 'The Procurement Specific Questionnaire (PSQ) introduced under the Procurement Act, replaces the Standard Selection Questionnaire (SQ).'),
 (TL, 'pa23-psq', U, TL_S + ': What is the PSQ?', 'Exclusions and Debarment: Verification against mandatory and discretionary exclusion grounds.'),
 (TL, 'pa23-psq', U, TL_S + ': What is the PSQ?', 'Conditions of Participation: Assessment of financial standing, technical capability, and compliance.'),
 (TL, 'pa23-psq', U, TL_K + ': Supplier Information', 'Legal name, VAT number, Companies House registration, SME status.'),
 (TL, 'pa23-psq', U, TL_K + ': Exclusions and Debarment', 'This section of the procurement specific questionnaire ensures suppliers and their subcontractors are eligible and not subject to exclusion grounds - e.g. Fraud, corruption, serious misconduct, insolvency, past contract failures, or regulatory breaches.'),
 (CDP, 'pa23-psq', U, CDP_S + ': The central digital platform will enable:', 'suppliers to submit and store certain core organisational information as required by the regulations to participate in a covered procurement.'),
 # NPPS summaries
 (CCS, 'pa23-npps', U, CCS_S, 'Contracting authorities must “have regard” to the NPPS when they carry out any procurement activity, with some limited exceptions'),
 (CCS, 'pa23-npps', U, CCS_S + ': What action do you need to take now?', 'The NPPS should be read and its aims understood not just by procurement teams, but by the strategic leadership and key decision-makers in contracting authorities.'),
 (CAP, 'pa23-npps', U, CAP_S + ': Driving economic growth', 'Adopt a pro-innovation mindset through early market engagement.'),
 (CAP, 'pa23-npps', U, CAP_S + ': Building commercial capability to deliver value for money and stronger outcomes', 'Manage contracts effectively and collaborate with other authorities.'),
 (CAP, 'pa23-npps', U, CAP_S + ': Building commercial capability to deliver value for money and stronger outcomes', 'Ensure procurement and contract management skills are adequate within the contracting authority.'),
 (BW, 'pa23-npps', U, BW_S + ': What is the NPPS?', 'Contracting authorities therefore need to take care when making a decision which departs from the NPPS as this could be an opportunity for suppliers to question and potentially challenge that decision.'),
 (FF, 'pa23-npps', U, FF_S, 'Whilst collaborative procurement activity is encouraged, a note of caution is sounded about the confusing proliferation of frameworks and other collective purchasing tools, some of which may not be compliant with the procurement rules.'),
 # council guidance
 (LNP, 'pa23-council', U, LNP_S, 'Although the NPPS is separate from the Procurement Act 2023 (the Act), authorities are legally required to “have regard” to it under Section 13 of the Act.'),
 (LNP, 'pa23-council', U, LNP_S + ': Contract management and delivery: It explicitly states that authorities should:', 'Benchmark their procurement capability to ensure they have the skills and capacity to manage contracts effectively'),
 (LPA, 'pa23-council', U, LPA_B, 'For years, public contracts were awarded to the “Most Economically Advantageous Tender” (MEAT) under the Public Contracts Regulations 2015.'),
 (LPA, 'pa23-council', U, LPA_B, 'However, Section 19 of the Procurement Act 2023 updates this principle, allowing authorities to award contracts based on the “Most Advantageous Tender” (MAT) instead.'),
 (CUB, 'pa23-council', U, CUB_S, 'The Council’s addressable spend on goods, services, and works is around £380M annually.'),
 (CUB, 'pa23-council', U, CUB_A, 'establishing a small, central procurement team who have embedded a culture of business partnership working within directorates'),
 (CUB, 'pa23-council', U, CUB_A, 'developing a suite of documents/templates to support colleagues to procure in compliance with the CPRs and national legislation (where relevant)'),
 (SOC, 'pa23-commentary', U, SOC_S + ': Evaluating and measuring social value', 'It does not apply to local government.'),
 # 2025-2026 notices of English bodies: descriptions of what is bought
 (MHC, 'pa23-notice', U, N_DESC, 'Objective 1: To assess learners\' initial English Language skills and identify barriers to entering the employment market, or into higher paid roles, and develop tailored support plans.'),
 (MHC, 'pa23-notice', U, N_DESC, 'Objective 2: To provide English Language tuition to up to 4,000 individuals comprising of 50% Ukrainians and 50% HK BN(O)s, of which two thirds are unemployed and one third are in low-paid employment.'),
 (MHC, 'pa23-notice', U, N_DESC, 'Objective 3: To provide high-quality, individualised employability support to up to 4,000 Ukrainians and HK BN(O)s in parallel to providing English Language classes.'),
 (BD, 'pa23-notice', U, N_DESC, 'We use a strengths-based approach in our social care work and seek to build on the assets and relationships people have in their communities.'),
 (BD, 'pa23-notice', U, N_DESC, 'Under the Care Act 2014, the local authority must provide or arrange for the provision of services that promote wellbeing, contribute towards preventing, delaying or reducing the needs for care and support in individuals and meet the needs for care and support of adults who meet the eligibility criteria set out in the Care Act 2014.'),
 (BD, 'pa23-notice', U, N_DESC, 'Homecare is a service that provides paid, professional care and support to people in their own homes to help them to continue living their daily lives.'),
 (NOT, 'pa23-notice', U, N_DESC, 'Nottingham City Council (\'the Authority\') is seeking tenders from sufficiently experienced and qualified suppliers to establish a framework agreement for the supply and delivery of Workwear, Personal Protective Equipment, Uniforms and Tools.'),
 (CPC, 'pa23-notice', U, N_DESC, 'The purpose of this Framework is to give CPC members a compliant route to market.'),
 (DFE, 'pa23-notice', U, 'Notice Information: Lot Information: Procurement of a Training Partner for Early Years Stronger Practice Advisers', 'We are seeking to procure a training partner for Early Years Stronger Practice Advisers (SPAs) within England, for the period 01/04/2026 - 31/03/2028 with an option to extend for a further 12-months'),
 (LGA, 'pa23-notice', U, 'Tender notice (UK4): Description', 'Commissioned work around increasing access for seldom heard groups, those with EDI requirements and those at risk of digital exclusion.'),
 (LGA, 'pa23-notice', U, 'Tender notice (UK4): Description', 'Findings will be captured and developed into a web-based tool kit.'),
]

# Essex County Council's social value quarterly reporting (ECC TOMs measures, consultation closing 31 Jul 2025)
R += [
 (E1, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC1 to ECC5', 'ECC1 - No. of local people (FTE) hired or retained on contract for one year or the whole duration of the contract, whichever is shorter.'),
 (E1, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC1 to ECC5', 'ECC3 - No. of employees (FTE) taken on who are long term unemployed (unemployed for a year or longer)'),
 (E1, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC1 to ECC5', 'ECC4 - No. of employees (FTE) taken on who are not in employment, education, or training (NEETs)'),
 (E2, 'pa23-council-toms', U, EO, [], ESX_S + 'ECC6 to ECC10', 'ECC6 - No. of jobs (FTE) created for local people with disabilities (physical disability, learning disability and/or mental health issues)'),
 (E2, 'pa23-council-toms', U, EI, ['equal-opportunity'], ESX_S + 'ECC6 to ECC10', 'ECC7 - No. of local 16-25 y.o. care leavers (FTE) hired on the contract as a result of a recruitment programme'),
 (E2, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC6 to ECC10', 'ECC8 - No. of hours dedicated to supporting unemployed people into work by providing career mentoring, including mock interviews, CV advice, and careers guidance - Aged Over 24 [Community TOM]'),
 (E2, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC6 to ECC10', 'ECC10 - No. of weeks of apprenticeships (Level 2,3, or 4) provided on the contract (completed or supported by the organisation)'),
 (E8, 'pa23-council-toms', U, EO, [], ESX_S + 'ECC36 to ECC40', 'ECC36 - Percentage of procurement contracts that includes commitments to ethical procurement, including to verify anti-slavery and other relevant requirements.'),
 (E8, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC36 to ECC40', 'ECC37 - Percentage of procurement contracts that includes sustainable procurement commitments or other relevant requirements and certifications (e.g. to use local produce, reduce food waste, and keep resources in circulation longer.)'),
 (E8, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC36 to ECC40', 'ECC38 - Total amount (£) spent with VCSEs within your supply chain'),
 (E8, 'pa23-council-toms', U, WB, ['economic-inequality'], ESX_S + 'ECC36 to ECC40', 'ECC40 - Equipment or resources donated to VCSEs (£ equivalent value)'),
 (E9, 'pa23-council-toms', U, EO, [], ESX_S + 'ECC41 to ECC45', 'ECC41 - Specific initiatives or recruitment programmes for members of an ethnic minority group run for the contract'),
 (E9, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC41 to ECC45', 'ECC43 - Employer\'s fairs held to encourage local employment in the area'),
 (E9, 'pa23-council-toms', U, WB, [], ESX_S + 'ECC41 to ECC45', 'ECC44 - No. of employees provided with workplace screening (through a questionnaire) and support (at least six session of Cognitive Behavioural Therapy (CBT)) for anxiety and depression'),
 (E9, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC41 to ECC45', 'ECC45 - Activities to influence staff, suppliers, customers and communities to support environmental protection and improvement'),
 (E10, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC46 to ECC50', 'ECC46 - Support provided internally and to MSMEs and VCSEs within the supply chain to adopt Circular Economy solutions - business case and leadership for circular economy'),
 (E10, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC46 to ECC50', 'ECC47 - Hard to recycle waste diverted from landfill or incineration through specific recycling partnerships (e.g. Terracycle or equivalent)'),
 (E10, 'pa23-council-toms', U, EO, [], ESX_S + 'ECC46 to ECC50', 'ECC48 - Initiatives taken throughout the local and global supply chain to strengthen the identification, monitoring and reduction of risks of modern slavery and unethical work practices occurring in relation to the contract (i.e. supply chain mapping, staff training, contract management)'),
 (E10, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC46 to ECC50', 'ECC49 - Reduce waste through reuse of products and materials'),
 (E10, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC46 to ECC50', 'ECC50 - Support for suppliers to demonstrate climate change and carbon reduction training for all staff - e.g. SDGs Academy courses, Supply Chain Sustainability School bronze or higher or equivalent'),
 (E11, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC51 to ECC54', 'ECC51 - Fleet emissions monitoring programme on the contract, including data collection (miles, type of vehicle, engine type, emission standard)'),
 (E11, 'pa23-council-toms', U, CL, [], ESX_S + 'ECC51 to ECC54', 'ECC52 - Carbon emission reductions through reduced energy use and energy efficiency measures - building operations - (e.g. REEB benchmark, RIBA Climate Challenge)'),
 (E11, 'pa23-council-toms', U, EI, [], ESX_S + 'ECC51 to ECC54', 'ECC54 - Meet the buyer\' events held to highlight local supply chain opportunities'),
]
NEG += [
 (E1, 'pa23-council-toms', U, ESX_S + 'ECC1 to ECC5: ECC1c: Unit Guidance', 'Employees included should be residing in the local area and with an employment contract duration of at least one year, unless the overall duration of the contract is less (in which case it is at least the overall duration of the contract).'),
 (E1, 'pa23-council-toms', U, ESX_S + 'ECC1 to ECC5: ECC1c: Unit Guidance', 'Please refer to the definition of \'local area\' provided for the specific contract.'),
 (E2, 'pa23-council-toms', U, ESX_S + 'ECC6 to ECC10: ECC6: Help text', 'A disabled person is defined as someone with a physical or mental impairment that has a ‘substantial’ and ‘long-term’ effect on their ability to do normal daily activities (Equality Act 2010).'),
 (E2, 'pa23-council-toms', U, ESX_S + 'ECC6 to ECC10: ECC6: Help text', 'The value is additional to ECC1, so that the job can be counted both as ECC1 and in this Measure if the conditions apply.'),
 (E2, 'pa23-council-toms', U, ESX_S + 'ECC6 to ECC10: CHECK', 'Please confirm the data provided relates to SV attributed only to this ECC contract and for the relevant reporting period'),
 (E2, 'pa23-council-toms', U, ESX_S + 'ECC6 to ECC10: CHECK', 'Please confirm the data relates to a SV commitment included in this contract'),
 (E9, 'pa23-council-toms', U, ESX_S + 'ECC41 to ECC45: ECC42: Unit Guidance', 'Record no. of visits (assumed to be 30-60 minutes each)'),
 (E10, 'pa23-council-toms', U, ESX_S + 'ECC46 to ECC50: ECC48: Unit Guidance', 'The equivalent £ value of resources invested includes equipment, materials, use of assets (e.g. space) and staff time (staff hours should be valued at £16.93 per hour for volunteering and £101.00 per hour for expert time)'),
 (E10, 'pa23-council-toms', U, ESX_S + 'ECC46 to ECC50: ECC50: Unit Guidance', 'For example, a 2-hour session attended by 8 supply chain staff would be 16 hours, regardless of if the session is delivered by 1 person or 5 people.'),
 (E11, 'pa23-council-toms', U, ESX_S + 'ECC51 to ECC54: ECC54: Unit Guidance', 'Costs incurred (£) for putting on the event(s) including hiring of spaces, stands and staff time (to be valued at £16.93 per staff hour)'),
]
OGL_HOSTS = ('gov.uk', 'crowncommercial.gov.uk', 'procurementpathway.civilservice.gov.uk')


batch = Batch('public-texts-26.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the two pages of Cumberland's
    # Procurement Policy 2025 to 2029 are one document, each notice is `ocds:<ocid>`.
    if src.startswith(CUMP): return batch.group_of_source.get(CUS, 'cumberland.gov.uk/procurement-policy-2025-2029')
    if (g := ocid_group(src)): return g
    if 'lambda-url' in src: return 'ocds:' + LGA_OCID
    if src.startswith(ESX): return 'consultations.essex.gov.uk/social-value-quarterly-reporting'
    return src


batch.emit_lists('pub26', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
