"""Write /work/batches/public-texts-48.jsonl: batch 56, the 2025 Social Value Model under PPN 002 (Procurement Policy
Note 002, "Taking account of social value in the award of central government contracts") as buyers and bid guides
reproduce it: its missions, policy outcomes, model award criteria (MAC) and sub-criteria, answer options and reporting
metrics, and the PPN 06/20 model wording it replaced, with hard negatives from the same documents (who the PPN applies
to, when it applies, how buyers use the model, weighting and evaluation mechanics, contract management and reporting
process, definitions, the structure of the model, framework tooling text).

Sources: Crown Commercial Service's Digital Marketplace framework questions as published in the npm package
ccs-digitalmarketplace-frameworks (diffs 4.11.34 -> 4.11.35, the G-Cloud 15 "Section B - Commitment for Future:
Delivery" social value question moving from the PPN 06/20 themes to the PPN 002 missions, and 9.0.0 -> 9.0.2, the
social value filter generated from that model; read on my.diffend.io), the gov.uk PPN 002 note and its guide, the
Civil Service procurement pathway page on PPN 002, the PPN 06/20 Social Value Model edition 1.1 (vdocuments.site copy),
Executive Compass's explainers of PPN 002 and of Theme 2 of the 2020 model, Tussell, Impact Reporting, ESG Reporting,
Tender Consultants, Inside Housing, Samtaler (two explainers), Social Value Engine, Social Value Portal's guide to aligning
with the five missions, and a House of Lords written answer (HL6399,
parallelparliament.co.uk) on the updated model.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and HTML
emphasis tags dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). Crown copyright pages (gov.uk, procurementpathway.civilservice.gov.uk) are OGL v3; the rest are
short quotations.

  python3 test/corpus/make-public-48.py > /work/batches/public-texts-48.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV

U = 'uk'

# CCS Digital Marketplace framework questions (npm package diffs)
D35 = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/4.11.34/4.11.35'
D92 = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/9.0.0/9.0.2'
# gov.uk PPN 002 and its guide; procurement pathway
PPN = ('https://gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts/'
       'ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts-html')
GDE = ('https://gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts/'
       'ppn-002-guide-to-using-the-social-value-model-html')
PWY = ('https://www.procurementpathway.civilservice.gov.uk/documents/ppn/'
       'ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts/sourcing-strategy')
# PPN 06/20 Social Value Model edition 1.1 (copy)
M20 = 'https://vdocuments.site/the-social-value-model-social-value-provides-additional-benefits-which-can-aid.html'
# bid guides and commentary
EC2 = 'https://executivecompass.co.uk/blog/news/ppn002-the-social-value-model-explained/amp'
ECT = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-2-tackling-economic-inequality/'
ECM = 'https://executivecompass.co.uk/blog/social-value/social-value-monitoring-reporting/amp'
TUS = 'https://tussell.com/gov/blog/ppn002-the-social-value-model'
IMP = 'https://impactreporting.co.uk/?p=17297'
ESG = 'https://esg-reporting.co.uk/blog/unlocking-social-value-ppn-002'
TCN = 'https://www.tenderconsultants.co.uk/navigating-ppn-002-maximising-social-value-in-2025-bids'
INS = ('https://www.insidehousing.co.uk/comment/social-value-is-being-treated-as-a-tot-up-exercise-rather-than-a-'
       'lever-for-measurable-growth-95118')
SAM = 'https://www.samtaler.co.uk/social-value-hub/what-is-the-social-value-model-gecyn'
SVE = 'https://www.socialvalueengine.com/knowledge-base/what-is-the-new-social-value-model'
HL = 'https://parallelparliament.co.uk/question/HL6399/public-sector-procurement'
SVP = ('https://socialvalueportal.com/news-and-insights/how-to-align-your-business-to-the-labour-five-missions-with-the-'
       'tom-system?hs_amp=true')
SAH = 'https://www.samtaler.co.uk/howtousethesocialvaluemodel.html'

D35_S = 'G-Cloud 15 declaration: Section B - Commitment for Future: Delivery'
D35_N = D35_S + ': Mission: Kick start economic growth. Policy Outcome 1'
D35_O = D35_S + ': Theme 2: Tackling economic inequality: MAC 2.1 - Create new businesses, new jobs and new skills'
D92_S = 'G-Cloud service filters: Social Value'
PPN_S = 'PPN 002: Taking account of social value in the award of central government contracts'
GDE_S = 'PPN 002 Guide to using the social value model: 1. Introduction: 1.1 Who is this guide for?'
PWY_S = 'PPN 002 Taking account of social value in the award of central government contracts: Define > Sourcing strategy: Overview'
M20_S = 'The Social Value Model (Edition 1.1 - 3 Dec 20): Theme 1: COVID-19 recovery'
EC2_S = 'PPN002 - The Social Value Model Explained'
EC2_T = EC2_S + ': Outlining the new award criteria'
ECT_S = 'Theme 2: Tackling economic inequality (Social Value Model)'
ECM_S = 'Social value monitoring and reporting'
TUS_S = 'PPN002: the Social Value Model'
IMP_S = 'PPN 002 and the New Social Value Model: 6 Key Changes under PPN 002: 1. Mandatory weighting'
ESG_S = 'Unlocking social value: PPN 002: 1. What\'s New in PPN 002?'
TCN_S = 'Navigating PPN 002: maximising social value in 2025 bids'
INS_S = 'Social value is being treated as a tot-up exercise rather than a lever for measurable growth'
SAM_S = 'Complete Guide to the New Social Value Model'
SVE_S = 'What is the new Social Value Model?'
HL_S = 'Public Sector: Procurement (HL6399): answer'
SVP_S = 'How to align your business to the Labour Five Missions with the TOM System'
SVP_L = SVP_S + ': Labour\'s \'Five Missions\', which align closely with Social Value objectives:'
SVP_1 = SVP_S + ': Mission 1: Kickstart economic growth'
SAH_S = 'What is the social value model asking for? How does it work and what does good social value look like?'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # CCS G-Cloud 15 social value question: the PPN 002 model (new) and the PPN 06/20 model (old)
 (D35, 'ppn002-framework', U, EI, [], D35_S, 'Mission: Kick start economic growth. Policy Outcome 1'),
 (D35, 'ppn002-framework', U, EI, [], D35_N, 'Mission: Kick start economic growth. To secure the highest sustained growth in the G7 - with good jobs and productivity growth in every part of the country making everyone, not just a few, better off.'),
 (D35, 'ppn002-framework', U, EI, ['equal-opportunity'], D35_N, 'Policy Outcome 1: Fair work: That offers fair wages and good working conditions. Help people get a job, stay in work, and progress in their careers, with good employment opportunities across the country.'),
 (D35, 'ppn002-framework', U, EI, [], D35_N, '1a Create and retain high quality jobs (as defined in MACs 1b-1d)'),
 (D35, 'ppn002-framework', U, EI, [], D35_N + ': 1a Create and retain high quality jobs (as defined in MACs 1b-1d)', 'Activities that demonstrate and describe the supplier’s existing or planned activities for the contract workforce:'),
 (D35, 'ppn002-framework', U, EI, [], D35_N + ': 1a Create and retain high quality jobs (as defined in MACs 1b-1d): Answers', 'New or retained jobs on the contract workforce in the relevant area that meet the criteria set out in MAC 1b, 1c and 1d'),
 (D35, 'ppn002-framework', U, EI, [], D35_S, 'Theme 2: Tackling economic inequality: MAC 2.1 - Create new businesses, new jobs and new skills'),
 (D35, 'ppn002-framework', U, EI, [], D35_O, 'Policy Outcome: Create new businesses, new jobs and new skills.'),
 (D35, 'ppn002-framework', U, EI, [], D35_O, 'MAC2.1: Create opportunities for entrepreneurship and help new organisations to grow, supporting economic growth and business creation.'),
 (D35, 'ppn002-framework', U, EI, [], D35_O, 'Sub-Criteria for MAC 2.1: Entrepreneurship, growth and business creation.'),
 (D92, 'ppn002-framework', U, MU, [], D92_S, 'Which social value outcomes does your service support?'),
 (D92, 'ppn002-framework', U, EI, [], D92_S + ': Which social value outcomes does your service support?', 'Kick start economic growth'),
 # PPN 06/20 model, Theme 1
 (M20, 'ppn002-model', U, CV, [], M20_S, 'Policy Outcome: Help local communities to manage and recover from the impact of COVID-19'),
 (M20, 'ppn002-model', U, CV, [], M20_S + ': Why is this a priority?', 'Social value provides additional benefits which can aid the recovery of local communities and economies, especially through employment, re-training and return to work opportunities, community support, developing new ways of working and supporting the health of those affected by the virus.'),
 # Executive Compass: PPN 002 model award criteria
 (EC2, 'ppn002-guide', U, EI, ['equal-opportunity'], EC2_T, 'Fair work offering fair wages and good working conditions, alongside helping people to get a job, stay in work and achieve career progression.'),
 (EC2, 'ppn002-guide', U, EI, [], EC2_T + ': 1. Fair work', '1a. Create and retain high-quality jobs'),
 (EC2, 'ppn002-guide', U, EO, [], EC2_T + ': 1. Fair work', '1b. Fair working conditions'),
 (EC2, 'ppn002-guide', U, EO, [], EC2_T + ': 1. Fair work', '1c. Fair pay practices'),
 (EC2, 'ppn002-guide', U, EI, [], EC2_T + ': 1. Fair work', '1d. In-work progression to help people to move into work by developing new skills'),
 # Executive Compass: Theme 2 of the 2020 model (sub-criteria)
 (ECT, 'ppn002-guide', U, EI, [], ECT_S + ': Entrepreneurship, growth and business creation', 'Identifying opportunities to grow supplier diversity in the contract supply chain or in the community where the contract is performed, including SME and VCSE participation and new business creation.'),
 (ECT, 'ppn002-guide', U, EI, [], ECT_S + ': Entrepreneurship, growth and business creation', 'Engagement activities for potential new suppliers to the contract supply chain, prior to awarding subcontracts, such as advertising upcoming opportunities and meet the buyer events.'),
 (ECT, 'ppn002-guide', U, EI, [], ECT_S + ': Entrepreneurship, growth and business creation', 'Measures to make the supply chain working environment conducive to a diverse range of suppliers and growing businesses, such as structuring the supply chain selection process in a way that encourages participation by new and growing businesses.'),
 (ECT, 'ppn002-guide', U, EI, ['equal-opportunity'], ECT_S + ': Employment', 'Implementing recruitment practices and employment conditions, such as the five foundational principles of quality work set out in the Good Work Plan that will attract good candidates from all backgrounds, minimise turnover of staff and improve productivity.'),
 (ECT, 'ppn002-guide', U, EI, [], ECT_S + ': Employment', 'Support for the contract workforce by providing careers advice, including mentoring, mock interviews and CV advice, and opportunities for in-work progression and career development into known skills shortages or high-growth areas.'),
 (ECT, 'ppn002-guide', U, EI, [], ECT_S, 'Theme 2 of the Social Value Model addresses two government policy outcomes: creating new businesses, new jobs and new skills; and increasing supply chain resilience and capacity.'),
 # Executive Compass: reporting metrics
 (ECM, 'ppn002-guide', U, EI, [], ECM_S, 'For example, the model includes standardised reporting metrics such as the number of full-time equivalent employment opportunities created under the contract or number of apprenticeship opportunities created.'),
 # ESG Reporting: the themes buyers choose from
 (ESG, 'ppn002-guide', U, EI, [], ESG_S + ': Standardised Social Value Themes: These themes include:', 'Economic Growth & Resilience – Supporting SMEs, VCSEs, and job creation.'),
 (ESG, 'ppn002-guide', U, CL, [], ESG_S + ': Standardised Social Value Themes: These themes include:', 'Environmental Sustainability – Helping authorities meet Net Zero goals.'),
 (ESG, 'ppn002-guide', U, EO, ['economic-inequality'], ESG_S + ': Standardised Social Value Themes: These themes include:', 'Equal Opportunity & Inclusion – Promoting diverse, accessible supply chains.'),
 # Tender Consultants: example question
 (TCN, 'ppn002-guide', U, MU, [], TCN_S + ': Real-World Example', 'How will you deliver X m² of accessible green space and recruit Y% from under‑represented groups?'),
 # Social Value Portal: the five missions and measures aligned to Mission 1
 (SVP, 'ppn002-guide', U, EI, [], SVP_L, 'Kickstart economic growth'),
 (SVP, 'ppn002-guide', U, CL, [], SVP_L, 'Make Britain a clean energy superpower'),
 (SVP, 'ppn002-guide', U, WB, [], SVP_L, 'Take back our streets'),
 (SVP, 'ppn002-guide', U, EI, ['equal-opportunity'], SVP_L, 'Break down barriers to opportunity'),
 (SVP, 'ppn002-guide', U, WB, [], SVP_L, 'Build an NHS fit for the future'),
 (SVP, 'ppn002-guide', U, EI, [], SVP_1, 'The Government aims for sustained growth powered by quality jobs and increased productivity.'),
 (SVP, 'ppn002-guide', U, EI, [], SVP_1, 'Employ and retain local people, including within your supply chain'),
 (SVP, 'ppn002-guide', U, EI, [], SVP_1, 'Host employers fairs to support local employment and hold ‘Meet the buyer’ events to promote local suppliers'),
 (SVP, 'ppn002-guide', U, EI, ['equal-opportunity'], SVP_1, 'Prioritise local companies in procurement – especially local small and medium, ethnic minority-owned, and women-owned ones'),
 (SVP, 'ppn002-guide', U, EI, [], SVP_1, 'Provide expert support to Voluntary, Community and Social Enterprises (VCSEs) and Small to Medium Enterprises (SMEs)'),
 (SVP, 'ppn002-guide', U, EI, [], SVP_1, 'Ensure timely payment to suppliers, within 30 days'),
 (SVP, 'ppn002-guide', U, EO, [], SVP_1, 'Work with suppliers that are Real Living Wage employers'),
 (SVP, 'ppn002-guide', U, EO, [], SVP_1, 'Support union recognition and collective bargaining, and promote Good and Fair Work charters'),
 (SVP, 'ppn002-guide', U, EO, [], SVP_1, 'Aid initiatives that combat modern slavery in the supply chain'),
 (TCN, 'ppn002-guide', U, EI, [], TCN_S, 'Tech suppliers are advised to focus on “Skills for Growth” — include T‑Levels or apprenticeships for digital roles.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (ECM, 'ppn002-guide', U, MU, [], ECM_S, 'Indeed, evaluators will often ask for this information as part of your social value response.'),
 (ECM, 'ppn002-guide', U, MU, [], ECM_S + ': Outputs', 'The central government social value model takes a qualitative approach to evaluating the social value aspect of your bid.'),
 (IMP, 'ppn002-guide', U, MU, [], IMP_S, 'Weightings may be set higher where the market is mature or the opportunity for social value impact is significant.'),
 (ESG, 'ppn002-guide', U, MU, [], ESG_S + ': Mandatory Social Value Weighting', 'A minimum of 10% weighting in procurement evaluations is now mandatory.'),
 (ESG, 'ppn002-guide', U, MU, [], ESG_S + ': Mandatory Social Value Weighting', 'Contracting authorities must justify any decision not to apply social value criteria.'),
 (ESG, 'ppn002-guide', U, MU, [], ESG_S + ': Contractual Accountability & Reporting', 'Social value commitments must be contractually binding and tracked throughout the contract lifecycle.'),
 (SAM, 'ppn002-guide', U, MU, [], SAM_S, 'The Social Value Model does not have to be followed by Local Authorities in England or public sector bodies belonging to the devolved nations.'),
 (SAM, 'ppn002-guide', U, MU, [], SAM_S + ': What is the Social Value Model? The new model contains:', 'a Standard Model Social Value question;'),
 (SAM, 'ppn002-guide', U, MU, [], SAM_S + ': What is the Social Value Model? The new model contains:', 'a ‘menu’ of social value Outcomes which buyers use to tailor the standard question; and'),
 (SAH, 'ppn002-guide', U, MU, [], SAH_S, 'The model came into force on 1st Jan 2021 and contains 5 themes, 8 outcomes and 27 different criteria (these are the social value ‘questions’ which procurers can ask).'),
 (HL, 'ppn002-guide', U, MU, [], HL_S, 'Central government uses the same tool for assessing social value that has been used since 2021, where central government buyers select evaluation criteria from the options available in the social value model.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # CCS framework tooling
 (D35, 'ppn002-framework', U, D35_N, 'Notes: Where there is a large proportion of labour costs in the contract, commercial teams should consider MACs in Outcome 1 as a priority'),
 (D92, 'ppn002-framework', U, D92_S, 'Selecting an option includes all its sub-options'),
 (D92, 'ppn002-framework', U, D92_S, 'Tier 1 Mission > Tier 2 Policy outcome > Tier 3 MAC > Tier 4 Measure.'),
 (D92, 'ppn002-framework', U, D92_S, 'Shared across all lots (no `depends`): same tree for every lot.'),
 # gov.uk PPN 002
 (PPN, 'ppn002-model', U, PPN_S + ': Issue', 'This Procurement Policy Note (PPN) updates the Social Value Model (‘the model’) for central government and aligns it with the Government’s missions.'),
 (PPN, 'ppn002-model', U, PPN_S + ': Dissemination and scope', 'Please circulate this PPN within your organisation, particularly to those with a commercial, procurement and/or contract management role.'),
 (PPN, 'ppn002-model', U, PPN_S + ': Dissemination and scope', 'This PPN reflects terminology introduced by the Procurement Act 2023 and the Procurement Regulations 2024.'),
 (PPN, 'ppn002-model', U, PPN_S + ': Dissemination and scope', 'The Procurement Act 2023 and the Procurement Regulations 2024 apply to procurements commenced on or after 24 February 2025.'),
 (PPN, 'ppn002-model', U, PPN_S + ': Dissemination and scope', 'For more detail on the meaning of ‘commenced’ please refer to the Procurement Act 2023 Guidance on Transitional and Savings Arrangements.'),
 (GDE, 'ppn002-model', U, GDE_S, 'This guide describes how to use Procurement Policy Note (PPN) 002 Social Value Model (‘the model’).'),
 (GDE, 'ppn002-model', U, GDE_S, 'As always, all users should apply commercial judgement when using this guide and seek legal advice where appropriate.'),
 (GDE, 'ppn002-model', U, GDE_S, 'Achieving value for money is always the overarching priority in public procurement.'),
 # procurement pathway
 (PWY, 'ppn002-model', U, PWY_S, 'This PPN applies to all central government departments, their executive agencies and non-departmental public bodies when conducting procurements under the Procurement Act 2023.'),
 (PWY, 'ppn002-model', U, PWY_S, 'Other public sector contracting authorities may wish to apply the approach set out in this PPN.'),
 (PWY, 'ppn002-model', U, PWY_S, 'Using the model, commercial teams should select outcomes that are relevant and proportionate to their procurement.'),
 (PWY, 'ppn002-model', U, PWY_S, 'Application of the model will be mandatory for in-scope organisations but commercial teams retain flexibility in deciding which of the outcomes should be applied to their particular procurement to ensure relevance and proportionality and may refine the model question, award criteria and sub-criteria to ensure they are relevant to the subject-matter of the contract, proportionate and comply with the principles of equal treatment and non-discrimination.'),
 # PPN 06/20 model
 (M20, 'ppn002-model', U, 'The Social Value Model (Edition 1.1 - 3 Dec 20)', 'Please use this document in conjunction with the Guide to using the Social Value Model.'),
 (M20, 'ppn002-model', U, M20_S + ': Why is this a priority?', 'Government will monitor delivery of a number of related outputs to assess the effect of these commercial interventions.'),
 # Executive Compass
 (EC2, 'ppn002-guide', U, EC2_S + ': What is PPN002?', 'Procurement policy notes or PPNs issue guidance or new policies to be applied to public sector procurement – normally central government authorities.'),
 (EC2, 'ppn002-guide', U, EC2_S + ': What is PPN002?', 'It is important to note that the model and award criteria under PPN002 is not currently mandatory – although contracting authorities can use their discretion for the time being, it will formally come into force from 1 October 2025.'),
 (ECT, 'ppn002-guide', U, ECT_S, 'The first of these is likely to appear in contracts where there are opportunities for business creation and growth at tier 1 or in the supply chain, or where the contract involves the recruitment and training of a contract workforce, or is in a sector where there are high levels of unemployment and/or skills gaps, such as construction.'),
 (ECM, 'ppn002-guide', U, ECM_S + ': Outputs', 'Also, remember to make it clear if these outputs are per year, over the contract duration or linked to any contract value if you are bidding for a place on a framework.'),
 (ECM, 'ppn002-guide', U, ECM_S + ': Ownership', 'Include details of who will have ownership of monitoring and reporting data.'),
 # Tussell
 (TUS, 'ppn002-guide', U, TUS_S + ': Who does PPN 002 apply to?', 'In-scope authorities should apply the PPN on or after October 1st, 2025.'),
 (TUS, 'ppn002-guide', U, TUS_S + ': Who does PPN 002 apply to?', 'The PPN does not apply to private utilities contracts, below-threshold contracts, or to Ministry of Defence security or defence contracts (as defined under Section 7 of the Procurement Act)'),
 # Impact Reporting
 (IMP, 'ppn002-guide', U, IMP_S, 'Apply a minimum 10% weighting to social value (or equivalent).'),
 (IMP, 'ppn002-guide', U, IMP_S, 'Under Price per Quality Point (PQP), this equates to 10% of the quality score.'),
 # ESG Reporting
 (ESG, 'ppn002-guide', U, ESG_S + ': Contractual Accountability & Reporting', 'Authorities must ensure suppliers report on progress with clear, auditable KPIs.'),
 (ESG, 'ppn002-guide', U, ESG_S + ': Alignment with Procurement Act 2023', 'PPN 002 is fully aligned with the new Procurement Act 2023, ensuring social value is an essential evaluation factor rather than an optional consideration.'),
 # Tender Consultants
 (TCN, 'ppn002-guide', U, TCN_S, 'All in‑scope bids must include a minimum 10% weighting for social value — many contracts now ask up to 30%.'),
 (TCN, 'ppn002-guide', U, TCN_S, 'Make Social Value a distinct section in your evaluation table and link milestones, KPIs and governance directly to contractual commitments.'),
 # Inside Housing
 (INS, 'ppn002-guide', U, INS_S, 'Each purchasing team can still select which missions and SRMs apply – and can even use bespoke metrics if existing ones don’t fit.'),
 (INS, 'ppn002-guide', U, INS_S, 'The only caveat is the metric agreed must be appropriate, proportionate, auditable and referenced in the contract.'),
 # Samtaler
 (SAM, 'ppn002-guide', U, SAM_S, 'It is published by the Cabinet Office and must be used by all UK Central Government Departments, their Executive Agencies and arms-length bodies.'),
 (SAM, 'ppn002-guide', U, SAM_S + ': What is the Social Value Model?', 'The new model also comes with updated Guidance which provides instructions for public sector buyers on how to integrate social value into their buying process, and evaluate responses.'),
 # Social Value Engine
 (SVE, 'ppn002-guide', U, SVE_S + ': What is the Social Value Model?', 'First introduced in 2020 and updated in 2025, the Model helps public bodies consider and assess social value properly when awarding contracts.'),
 (SVE, 'ppn002-guide', U, SVE_S + ': What is the Social Value Model?', 'This model makes it a scored part of central government procurement decisions.'),
 (SVE, 'ppn002-guide', U, SVE_S + ': Who is it for?', 'Other public sector organisations, such as local councils, the NHS, or housing associations, aren’t required to use it, but are encouraged to do so.'),
 # Social Value Portal; Samtaler (2022 explainer of the 2020 model)
 (SVP, 'ppn002-guide', U, SVP_S, 'The Social Value TOM System™ (Themes, Outcomes, and Measures) is widely used by procuring authorities and businesses to quantify impact.'),
 # House of Lords written answer
 (HL, 'ppn002-guide', U, HL_S, 'When in scope contracting authorities are choosing evaluation criteria from the model they must ensure the criteria are proportionate and relevant to the contract in question.'),
 (HL, 'ppn002-guide', U, HL_S, 'The updated guidance emphasises the importance of pre-market engagement to ensure the criteria selected are appropriate for the contract.'),
]
OGL_HOSTS = ('gov.uk', 'procurementpathway.civilservice.gov.uk')
batch = Batch('public-texts-48.jsonl')
batch.emit_lists('pub48', R, NEG, ogl_hosts=OGL_HOSTS)
