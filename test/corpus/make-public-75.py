"""Write /work/batches/public-texts-75.jsonl: batch 75, short texts that sit in tender FORMS, measure lists and
performance schedules rather than in guidance prose: (a) key performance indicator lines, with social value KPI and
measure lines set beside look-alike service-performance KPIs from the same pages (response and resolution times,
availability, tickets closed, customer satisfaction, cleaning and catering service levels, payment deductions);
(b) technology buying forms and guides (Digital Outcomes and Specialists / G-Cloud buyers' guides, the Crown Commercial
Service buyer interface's evaluation-weighting form with its social value weighting range) with evaluation mechanics,
scope lines and pass/fail checks as hard negatives; (c) Scottish, Welsh and Northern Irish procurement texts: community
benefit contract-management lines and Fair Work First guidance from the Scottish Government's Sustainable Procurement
Tools, Northern Ireland contract notices (performance-management and description fields, as hard negatives), CPD's own
KPIs, Belfast City Council's social value procurement policy as reported, and a Welsh National Procurement Service
invitation to tender (what is bought).

Sources: KimonBids glossary entries (KPI, KPI acronym, TOMs, PPN 002), Impact Reporting's FAQ on PPN 06/20 weightings, CrowAgent's PPN 002 calculator methodology (two copies, one group) and TOMs glossary entry, the Social Value Company's and Homewood Training's notes on TOMs themes and measures, the Social Value Portal's National TOMs page, Reed Talent Solutions on contract-management KPIs and the
Procurement Act, Quematics on social value KPI reporting, the Schools Buying Club / Team Buying Club article on setting
KPIs and SLAs, Procurement Templates on service credits, the OGC/Buying Solutions FM framework KPI matrix (docstoc copy),
gov.uk's Digital Outcomes and Specialists buyers' guide, its pages on assessing and scoring DOS suppliers and on
awarding a contract, the G-Cloud buyers' guide, Zoocha's G-Cloud buyers guide, the Crown Commercial Service
ccs-scale-cat-buyer-ui repository (procurement details and assessment content files), the Sustainable Procurement
Tools pages on employment, skills and training contract management and on Fair Work First (Annex B), Find a Tender and
d3tenders.com copies of Northern Ireland (CPD / NISRA, Department of Education, NIHE) and Scottish (LHC legionella
framework) notices, Construction and Procurement Delivery's KPI page and work-request form (docsbay copy), Registers of
Scotland's supplier-performance policy page, the Northern Ireland Chamber and New Start reports on Belfast's social
value procurement, an industry briefing note on social value tools (docsbay copy), SEWF's summary of PPN 06/20, the
Procurement Act event site's social value zone, and the NPS corporate training ITT (vdocument.in copy).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus) or from the fetched mirror of
github:Crown-Commercial-Service/ccs-scale-cat-buyer-ui (HTML markup dropped); list bullets dropped, long items cut at
a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr). Crown copyright pages (gov.uk, finance-ni.gov.uk, find-tender.service.gov.uk, sustainableprocurementtools.scot)
are OGL v3; d3tenders.com notice copies carry the notice-data licence; the CCS repository is MIT; the rest are short
quotations.

  cd /work/main && python3 test/corpus/make-public-75.py > /work/batches/public-texts-75.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ccs_licence, ocid_group, host_licence, U, S, W, N


# KPI and social value measurement pages
KB1 = 'https://kimonbids.com/glossary/kpi'
KB2 = 'https://kimonbids.com/glossary/kpi-acronym'
KB3 = 'https://kimonbids.com/glossary/toms'
RT = ('https://www.reedtalentsolutions.com/articles/revolutionising-contract-management-the-role-of-kpis-and-the-impact-'
      'of-the-procurement-act')
QM = 'https://www.quematics.com/?p=7932'
KB4 = 'https://kimonbids.com/glossary/ppn-002'
IRF = ('https://impactreporting.co.uk/faqs/what-does-ppn-06-20-mandate-regarding-social-value-weightings-in-bids-for-'
       'central-government-departments/')
CA1 = 'https://www.crowagent.ai/tools-ppn002-calculator-methodology.html'
CA2 = 'https://app.crowagent.ai/tools/ppn002-calculator/methodology'
CA3 = 'https://crowagent.ai/glossary/toms-framework'
SVC = 'https://socialvaluecompany.com/social-value/social-value-toms/'
HWT = 'https://www.homewoodtraining.com/post/understanding-the-toms-framework-how-it-drives-social-value'
SVP = 'http://socialvalueportal.com/national-toms/'
SBC = 'https://www.schoolsbuyingclub.com/contract-management-setting-your-kpis-and-slas/'
TB = 'https://terra.teambuying.club/2023/02/04/contract-management-setting-your-kpis-and-slas/'
PT = 'https://procurementtemplates.co.uk/what-is-a-service-credit'
DS = 'http://www.docstoc.com/docs/128084644/OGC-FM-Framework-KPI-Matrix'
# technology buying: gov.uk guides, Zoocha, CCS buyer interface
DOSB = 'https://www.gov.uk/guidance/digital-outcomes-and-specialists-buyers-guide'
WAYS = 'https://www.gov.uk/guidance/ways-to-assess-digital-outcomes-and-specialists-suppliers'
SCORE = 'https://gov.uk/guidance/how-to-score-digital-outcomes-and-specialists-suppliers'
AWARD = 'https://gov.uk/guidance/how-to-award-a-contract-when-you-buy-services'
GCB = 'https://www.gov.uk/guidance/g-cloud-buyers-guide'
ZOO = 'https://www.zoocha.com/g-cloud-buyers-guide'
CAS = 'github:Crown-Commercial-Service/ccs-scale-cat-buyer-ui@ab440a422e7ca1d1fe4e6cde17784ba6d51e1d90:'
PROC = CAS + 'src/main/resources/content/digital-outcomes/procdetails.json'
DOSR = CAS + 'src/main/resources/content/MCF3/requirements/DOSrfpYourAssesstment.json'
DAYA = CAS + 'src/main/resources/content/da/daYourAssesstment.json'
# Scotland
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
SPTM = SPT + 'employment-community-benefits/skills-and-training/contract-supplier-management-monitoring'
SPTB = SPT + ('fair-work-practices/annex-b-fair-work-first-definitions-intended-benefits-what-good-looks-like-and-'
              'relevant-sectors')
ROS = 'https://rosdev.atlassian.net/wiki/pages/diffpages.action?originalId=22053039&pageId=152207538'
LHC = 'https://d3tenders.com/contract/download.php?ocid=ocds-r6ebe6-0000483266'
# Northern Ireland
NIS = 'https://www.find-tender.service.gov.uk/Notice/032786-2022'
NISD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03867e'
DEL = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03a31c'
NIHE = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03eb60'
CPDK = 'https://www.finance-ni.gov.uk/publications/construction-procurement-delivery-cpd-key-performance-indicators-kpis'
CPDW = 'https://docsbay.net/cpd-work-request-new-procurement-competition-non-construction-important-information'
NIC = ('https://www.northernirelandchamber.com/member-news/belfast-city-council-seeks-feedback-on-social-value-'
       'procurement-policy/')
NSM = 'https://newstartmag.co.uk/good-city-economies/belfast-city-led-social-value-look-like/'
# Wales
NPS = 'https://vdocument.in/-web-view11the-national-procurement-service-nps-is-seeking-to-appoint-service.html'
# UK-wide social value policy summaries
IBN = 'https://docsbay.net/industry-briefing-note-on-social-value'
SEWF = ('https://sewfonline.com/community-resources/procurement-policy-note-ppn-taking-account-of-social-value-in-the-'
        'award-of-central-government-contracts/')
PACT = 'https://www.procurementact.co.uk/socialvalue-sustainability/'

KB1_S = 'KPI (Key Performance Indicator)'
KB1_H = KB1_S + ': How it works in practice'
KB2_S = 'KPI: Acronym for Key Performance Indicator'
KB3_S = 'TOMs (Themes, Outcomes, and Measures)'
KB3_H = KB3_S + ': How it works in practice'
KB4_S = 'PPN 002 (Social Value)'
CA1_S = 'Methodology: PPN 002 Calculator'
CA3_S = 'TOMs framework (CrowAgent glossary)'
RT_S = ('Revolutionising contract management: the role of KPIs and the impact of the Procurement Act: '
        'Why are contract management KPIs important?')
QM_S = 'Social Value KPIs Are Now Contractual — Not Just Aspirational'
TB_S = 'Contract Management: Setting your KPIs and SLAs'
TB_E = TB_S + ': Examples of KPIs and SLAs'
PT_S = 'What is a Service Credit'
DS_S = 'Buying Solutions Facilities Management Services Framework Agreement: KPI Matrix - Introduction'
DOSB_S = 'Digital Outcomes and Specialists buyers\' guide'
WAYS_S = 'Ways to assess Digital Outcomes and Specialists suppliers'
SCORE_S = 'How to score Digital Outcomes and Specialists suppliers: Scoring evaluation criteria'
AWARD_S = 'How to award a contract when you buy services'
GCB_S = 'G-Cloud buyers\' guide'
ZOO_S = 'G-Cloud Buyers Guide: How have G-Cloud suppliers been evaluated?'
PROC_S = 'Digital Outcomes: procurement details: How to bid including evaluation criteria'
SPTM_S = 'Sustainable Procurement Tools: Employment, skills and training: Contract and supplier management / monitoring'
SPTB_S = ('Sustainable Procurement Tools: Fair Work First: Annex B: Fair Work First definitions, intended benefits, '
          'what good looks like and relevant sectors')
NIS_S = 'ID 4285520 - DoF- NISRA - Central Survey Unit - Payroll Service for CSU Interviewers'
NIC_S = 'Belfast City Council seeks feedback on social value procurement policy'
NSM_S = 'What would a Belfast city-led social value look like?'
NPS_S = ('Invitation to Tender for Corporate Training Learning & Development Services NPS-PSU-0031-15: '
         'Section 3 - Specification: Part 1 - General: 1. Background')
IBN_S = 'Industry Briefing note on Social Value: Appendix 1: Social Value Tools: A1.1 Tools to define developer, contractor or supply chain requirements'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # social value KPIs and measures beside service KPIs
 (KB1, 'kpi-guide', U, EI, [], KB1_H, 'For social value, KPIs increasingly track TOMs commitments quantitatively (jobs created, training hours delivered, local spend percentage).'),
 (KB2, 'kpi-guide', U, MU, [], KB2_S + ': How it works in practice', 'For social value, KPIs increasingly track TOMs commitments quantitatively.'),
 (KB3, 'kpi-guide', U, MU, [], KB3_S + ': Definition', 'Buyers set a minimum number of TOMs commitments that bidders must meet, and bidders score additional points for exceeding the minimum.'),
 (KB3, 'kpi-guide', U, MU, [], KB3_H, 'Bidders commit to specific quantified outcomes against the measures the buyer has prioritised, and the proxy values aggregate to a total social value figure used in the bid evaluation.'),
 (KB3, 'kpi-guide', U, EI, [], KB3_H, 'For example, a measure might be "X hours of training delivered to long-term unemployed people" with a proxy value of £15 per hour.'),
 (KB3, 'kpi-guide', U, MU, [], KB3_H, 'The five themes are: Jobs (creating local employment, apprenticeships, paying the Real Living Wage), Growth (supporting SMEs and the voluntary sector through subcontract spend), Social (improving health and wellbeing, supporting vulnerable groups, building community resilience), Environmental (reducing carbon emissions, improving biodiversity, transitioning to sustainable supply chains), Wellbeing (improving employee wellbeing, mental health support, work-life balance).'),
 (KB4, 'kpi-guide', U, MU, [], KB4_S + ': How it works in practice', 'PPN 002 applies to central government departments, executive agencies, and non-departmental public bodies.'),
 (KB4, 'kpi-guide', U, MU, [], KB4_S + ': How it works in practice', 'It mandates a minimum 10 percent weighting for social value within the evaluation criteria of in-scope service contracts; many authorities apply 15 to 20 percent for strategic contracts.', {'weighting_percent': 10}),
 (KB4, 'kpi-guide', U, MU, [], KB4_S + ': How it works in practice', 'The buyer publishes which TOMs measures they want bidders to address and the target values; bidders commit to specific quantified outcomes against each measure.'),
 (KB4, 'kpi-guide', U, EI, [], KB4_S + ': How it works in practice', 'Quality of evidence is the main differentiator: a bid that commits to "50 hours of training for unemployed local residents in year 1, delivered in partnership with [named local college], measured by attendance certificates" scores higher than "we will deliver training in the local community".'),
 (KB4, 'kpi-guide', U, MU, [], KB4_S + ': How it works in practice', 'The commitments become contract obligations and are tracked as KPIs through delivery.'),
 (IRF, 'kpi-guide', U, MU, [], 'What does PPN 06/20 mandate regarding social value weightings in bids for central government departments?', 'PPN 06/20 mandates that central government departments must evaluate social value with a minimum overall weighting of 10% when assessing bids.', {'weighting_percent': 10}),
 (CA1, 'kpi-guide', U, MU, [], CA1_S + ': 2. The 10% minimum', 'The 10% figure is the minimum weighting on social value within the overall award criteria.', {'weighting_percent': 10}),
 (CA1, 'kpi-guide', U, MU, [], CA1_S + ': 2. The 10% minimum', 'Buying organisations frequently set higher weightings (15%, 20%, occasionally 25%) where the contract has a clear social-value angle.'),
 (CA3, 'kpi-guide', U, MU, [], CA3_S + ': Key facts', 'Buyer discretion: buyers can choose which TOMs measures to score (they cannot reduce the 10% weighting, only add to it).'),
 (SVC, 'kpi-guide', U, EI, [], 'Social Value – TOMs: Themes', 'Growth and Jobs: This tenet acts to support the promotion of local talent and increase employment'),
 (SVC, 'kpi-guide', U, EI, [], 'Social Value – TOMs: Themes', 'Promote Local Business: This theme is used to ensure that responsible regional businesses can grow'),
 (HWT, 'kpi-guide', U, EI, [], 'Understanding the TOMs Framework: Themes, outcomes, and measures explained', 'For the "reducing unemployment" outcome, a measure could be the "number of individuals from disadvantaged groups placed into sustainable employment."'),
 (RT, 'kpi-guide', U, MU, [], RT_S, 'Increased social value: Key performance indicators are increasingly being used as a way of boosting and measuring the levels of social value achieved during the length of a contract.'),
 (QM, 'kpi-guide', U, MU, [], QM_S, 'For contracts that include social value requirements — which is most contracts where the Social Value Model or a local authority equivalent is applied — social value commitments become at least some of those KPIs.'),
 (QM, 'kpi-guide', U, MU, [], QM_S, 'A VCSE that committed to creating eight apprenticeships, generating 600 volunteering hours, and achieving ISO 14001 environmental certification as part of its bid social value delivery plan now has those commitments tracked against it in a publicly visible record.'),
 (QM, 'kpi-guide', U, MU, [], QM_S, 'It is structured around five themes: jobs — creating employment and skills opportunities locally; growth — supporting economic resilience and productivity; social wellbeing — improving health, community cohesion, and reducing inequality; environment — reducing carbon and protecting natural capital; and innovation — encouraging new approaches that deliver better outcomes.'),
 # technology buying: the CCS buyer interface's social value weighting
 (PROC, 'tech-form', U, MU, [], PROC_S + ': Set the overall weighting: Social value', 'Enter a value of 0% if you are not in scope of PPN 06/20; or the value of the procurement is below threshold; or the application of social value is not reasonable or proportionate to what you are buying'),
 (PROC, 'tech-form', U, MU, [], PROC_S + ': Set the overall weighting: Social value', 'Range: 0%, or 10% - 20%'),
 # Scotland: community benefits and Fair Work First
 (SPTM, 'sv-guide', S, MU, [], SPTM_S, 'It is important that community benefit requirements included in the specification should be incorporated into the final contract terms.'),
 (SPTM, 'sv-guide', S, MU, [], SPTM_S, 'This helps to ensure that commitments by the winning bidder(s) on community benefits are monitored for progress and implemented in the agreed timescale within the duration of the contract.'),
 (SPTB, 'sv-guide', S, EO, [], SPTB_S, 'A public body should tailor Fair Work First to the individual requirement.'),
 # Northern Ireland: Belfast's social value procurement
 (NIC, 'sv-policy', N, EO, ['economic-inequality'], NIC_S, 'Some of the measures outlined in the policy include encouraging and rewarding suppliers who reduce the use of zero hours contracts and pay employees the Real Living Wage.'),
 (NIC, 'sv-policy', N, EI, [], NIC_S, 'Council has successfully incorporated employment clauses within its procurement activity for a number of years now.'),
 (NIC, 'sv-policy', N, EI, [], NIC_S, 'Through this approach we have worked with contractors to provide apprenticeships as part of major investment projects in the city, such as our £105 million Leisure Transformation Programme.'),
 (NSM, 'sv-policy', N, EI, [], NSM_S, 'Much work has already taken place in the city, including an assessment of the multiplier effect of local and social procurement, and the insertion of social clauses into contracts, particularly in the construction sector.'),
 # UK-wide: when and how social value applies; which requirements clients set
 (IBN, 'sv-guide', U, EI, [], IBN_S, 'Some clients and planning bodies are requiring a certain number of new jobs or apprenticeships to be created per million pounds of contract or development value; for example one new apprentice per £1m or £3m of project or contract value.'),
 (IBN, 'sv-guide', U, EI, [], IBN_S, 'The Greater London Authority ‘family’ (e.g. Transport for London) uses an ‘equivalency framework’ so that supply chain Partners can provide other types of skills development that may be better suited to the opportunities offered by the contract being delivered.'),
 (SEWF, 'sv-policy', U, MU, [], 'Procurement Policy Note (PPN): Taking Account of Social Value in the Award of Central Government Contracts', 'This PPN launches a new model to deliver social value through government’s commercial activities, where “social value should be explicitly evaluated in all central government procurement, where the requirements are related and proportionate to the subject-matter of the contract, rather than just ‘considered’ as currently required under the Public Services (Social Value) Act 2012,” effectively giving more “teeth” and substance to the Act.'),
 (PACT, 'sv-policy', U, MU, [], 'Social Value and Sustainability', 'The UK Government’s National Public Procurement Statement made clear that contracting authorities must consider social value outcomes in their procurements, including of creation of new businesses, jobs and skills, improving supplier diversity and tackling climate change and reducing waste.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # service-performance KPIs and the KPI machinery (same pages as the social value KPI lines)
 (KB1, 'kpi-guide', U, KB1_H, 'KPIs sit alongside Service Level Agreements (SLAs) in most public sector contracts; in practice the terms overlap heavily and many contracts use them interchangeably.'),
 (KB1, 'kpi-guide', U, KB1_H, 'The contract specification will list each KPI with: the metric definition, the measurement method, the target value, the reporting cadence, and the consequence of underperformance (service credit, performance improvement plan, or escalation to termination).'),
 (KB1, 'kpi-guide', U, KB1_H, 'Common KPIs in service contracts include response time to incidents (95 percent within 4 hours), resolution time (90 percent within 24 hours), service availability (99.5 percent monthly), call abandonment rate (under 5 percent), and customer satisfaction (CSAT score over 80 percent).'),
 (KB2, 'kpi-guide', U, KB2_S + ': How it works in practice', 'Common KPIs include response time, resolution time, service availability, call abandonment rate, customer satisfaction.'),
 (KB2, 'kpi-guide', U, KB2_S + ': How it works in practice', 'Suppliers should treat bid-stage KPI commitments as binding contract obligations.'),
 (KB3, 'kpi-guide', U, KB3_H, 'Each measure has a specific evidence requirement and a "proxy value" representing the estimated social value generated per unit.'),
 (IRF, 'kpi-guide', U, 'What does PPN 06/20 mandate regarding social value weightings in bids for central government departments?', 'While this percentage sets a standard, you must understand that simply increasing the weighting doesn’t automatically enhance the social value you deliver.'),
 (CA1, 'kpi-guide', U, CA1_S + ': 2. The 10% minimum', 'The Calculator assumes the floor by default and flags the higher cases.'),
 (CA1, 'kpi-guide', U, CA1_S + ': 4. Oxford Social Value Bank (SVB) proxy values', 'Proxy values are updated annually.'),
 (CA2, 'kpi-guide', U, 'PPN 002 Calculator: Methodology: The 10% threshold', 'The calculator flags Met when your committed quantities reach 10% of contract value, and Below 10%otherwise - this mirrors what a buyer\'s scoring sheet would conclude on the monetised dimension.'),
 (CA3, 'kpi-guide', U, CA3_S + ': Key facts', 'Evidence: each measure requires documented evidence (contracts, pay records, delivery reports) retained for audit.'),
 (HWT, 'kpi-guide', U, 'Understanding the TOMs Framework: Themes, outcomes, and measures explained', 'Outcomes: Within each theme, specific, desired outcomes are defined.'),
 (SVP, 'kpi-guide', U, 'National TOMs: Why a National Measurement Framework?: The principal benefits of a minimum and consistent reporting standard for social value are that it:', 'Provides a robust, transparent and defensible solution for assessing and awarding tenders'),
 (RT, 'kpi-guide', U, RT_S, 'Risk management: The use of KPIs serves as an early warning system in case of instances of non-compliance with contract terms, poor performance or unexpected results.'),
 (RT, 'kpi-guide', U, RT_S, 'Realising value: A successfully implemented contract, where everyone meets their KPIs, will not only increase the chances of financial gains but will also lead to strategic benefits such as greater levels of innovation and improved customer satisfaction.'),
 (QM, 'kpi-guide', U, QM_S, 'Under the Procurement Act 2023, contracting authorities must include at least three KPIs per contract above the relevant threshold.'),
 (QM, 'kpi-guide', U, QM_S, 'Performance against every KPI is published on the Central Digital Platform quarterly.'),
 (SBC, 'kpi-guide', U, TB_S + ': What are Key Performance Indicators (KPIs)?', 'KPIs are the metrics used to establish whether the contract is performing as it should, reaching its targets and objectives.'),
 (TB, 'kpi-guide', U, TB_E + ': Catering', 'Portion sizes are age appropriate and consistent to the agreed specification.'),
 (TB, 'kpi-guide', U, TB_E + ': Catering', 'Wide range of quality healthy and vegetarian dishes available at all times.'),
 (TB, 'kpi-guide', U, TB_E + ': Cleaning', 'At least 60% availability of toilet rolls, soap and towels in dispensers at end of working day.'),
 (TB, 'kpi-guide', U, TB_E + ': Cleaning', 'Contract Manager available on site when required within 2 hours during business hours.'),
 (PT, 'kpi-guide', U, PT_S, 'A service credit is a payment for a non performance by a supplier.'),
 (PT, 'kpi-guide', U, PT_S + ': Context and Usage: Service Level Agreements (SLAs)', 'KPIs are established to measure performance criteria such as uptime, response time, resolution time, and customer satisfaction amongst other things.'),
 (PT, 'kpi-guide', U, PT_S + ': Measurement and Monitoring', 'Examples include the percentage of system uptime, average response time to customer inquiries, and the number of resolved tickets within a specific time frame.'),
 (DS, 'kpi-guide', U, DS_S, 'The management of the Contract is supported by Key Performance Indicators.'),
 (DS, 'kpi-guide', U, DS_S, 'Performance failure against the KPI\'s may result in payment deduction.'),
 (DS, 'kpi-guide', U, DS_S + ': This KPI Matrix has a number of functions:', 'To enable the Customer to allocate weightings to each KPI to reflect their relative importance'),
 # technology buying guides and forms
 (DOSB, 'tech-guide', U, DOSB_S + ': If you need a digital outcome', 'different skills, for example a user researcher, a content designer, an interaction designer and a developer'),
 (WAYS, 'tech-guide', U, WAYS_S, 'You must aim to assess at least 3 suppliers.'),
 (SCORE, 'tech-guide', U, SCORE_S, 'cultural fit, for example how the supplier will work in your organisation'),
 (SCORE, 'tech-guide', U, SCORE_S, 'Make sure you buy fairly. Don’t allow a supplier’s price to influence the score you give them for technical competence and cultural fit.'),
 (SCORE, 'tech-guide', U, 'How to score Digital Outcomes and Specialists suppliers: The scoring process', 'Weight overall scores for technical competence, cultural fit and availability.'),
 (AWARD, 'tech-guide', U, AWARD_S + ': Before you enter into a contract', 'The financial position of suppliers isn’t checked when they apply to the frameworks.'),
 (ZOO, 'tech-guide', U, ZOO_S, 'haven’t broken any laws that could lead to a mandatory exclusion from the application process'),
 (DOSB, 'tech-guide', U, DOSB_S + ': What you can buy on Digital Outcomes and Specialists', 'digital outcomes, for example a booking system or an accessibility audit'),
 (WAYS, 'tech-guide', U, WAYS_S + ': Make the evaluation process fair', 'score all suppliers against the same criteria using the scoring template'),
 (AWARD, 'tech-guide', U, AWARD_S + ': Filling in an order form', 'staff vetting procedures'),
 (GCB, 'tech-guide', U, GCB_S + ': What you can buy on G-Cloud', 'cloud hosting, for example content delivery networks or load balancing services'),
 (GCB, 'tech-guide', U, GCB_S + ': What you can buy on G-Cloud', 'cloud software, for example accounting tools or customer service management software'),
 (ZOO, 'tech-guide', U, ZOO_S + ': Supplier must also provide detailed information in a common format regarding:', 'where they store customers data'),
 (PROC, 'tech-form', U, PROC_S + ': About evaluation weightings', 'Instead of automatically accepting the lowest price quoted for the project, you will apply weightings for each of the main topics of questions, and for price, so you can find the best value for money.'),
 (PROC, 'tech-form', U, PROC_S + ': Set the overall weighting: Technical competence', 'Range: 10% to 70%'),
 (PROC, 'tech-form', U, PROC_S + ': Set the overall weighting: Price', 'Range: 20% to 80%'),
 (PROC, 'tech-form', U, PROC_S + ': Write your social value questions: Explain the social value question', 'Be specific and detailed so that suppliers can understand what you are looking for.'),
 (PROC, 'tech-form', U, PROC_S + ': How many suppliers to evaluate', 'Enter the quantity, minimum 3'),
 (PROC, 'tech-form', U, 'Digital Outcomes: procurement details: User research participants: Assisted digital and accessibility requirements', 'Describe accessibility requirements:'),
 (DOSR, 'tech-form', U, 'Your assessment criteria', 'Technical competence - essential skills and experience'),
 # Scotland
 (SPTM, 'sv-guide', S, SPTM_S, 'Sufficient resource should also be allocated by the public body to ensure there is relevant and proportionate monitoring of intended outcomes as part of on-going contract and supplier management.'),
 (SPTM, 'sv-guide', S, SPTM_S, 'A public body should collect appropriate information to enable the reporting of community benefits within regulated procurements in line with the Act as explained earlier in this guidance.'),
 (SPTB, 'sv-guide', S, SPTB_S, 'The extracts in the tables below are relevant to a variety of different procurements. They are not definitive and are intended as a guide only.'),
 (ROS, 'kpi-guide', S, 'Registers of Scotland: supplier performance', 'RoS’s policy is that all significant contracts for goods and/or services must be governed by either a contract-specific Service Level Agreement (SLA) or some other Supplier Performance measurement and reporting mechanism.'),
 (LHC, 'notice', S, 'Legionella Control and Water Management: tender description', 'LHC seeks to establish a framework agreement comprising of: Workstream 1 -- Water Hygiene Consultants Workstream 2 -- Water System Maintenance Each split across regional lots.'),
 # Northern Ireland
 (NIS, 'notice', N, NIS_S + ': two.1.4) Short description', 'NISRA Central Survey Unit wish to appoint a Contractor for the operation and maintenance of a weekly payroll system for Central Survey Unit’s interviewing staff.'),
 (NISD, 'notice', N, NIS_S + ': Lot Information', 'Renewal: This contract will potentially be due to be re-procured after initial contract period or following any extension period.'),
 (DEL, 'notice', N, 'ID 4549411 - DE - An Outcome based Evaluation of Limavady Shared Education Campus: description', 'The successful Contractor\'s performance on this Contract will be managed as per the specification and conditions of contract.'),
 (DEL, 'notice', N, 'ID 4549411 - DE - An Outcome based Evaluation of Limavady Shared Education Campus: description', 'It means the public purse is not getting what it is paying for.'),
 (CPDK, 'kpi-guide', N, 'Construction & Procurement Delivery (CPD) - Measuring our Performance', 'CPD evaluate its performance based on Key Performance Indicators (KPIs) which measure service delivery in the context of time, cost and quality indicators.'),
 (NIHE, 'notice', N, 'CT082 - Regional Heating Contract 2024: Notice Description', 'The Contracting Authority intends to enter into a NEC4 Term Service Contract with the successful Economic Operator(s) for the installation, maintenance, repair, servicing, replacement of boilers and heating systems within its properties to meet its obligations as a landlord.'),
 (CPDW, 'kpi-guide', N, 'CPD Work Request - New Procurement Competition (Non-Construction): Important Information', 'Once your request has been received, your procurement project will be progressed in accordance with the Key Performance Indicators (KPIs) outlined in Annex A and the charges indicated in Annex B.'),
 (NIC, 'sv-policy', N, NIC_S, 'Businesses, contractors and organisations involved in the local supply chain are being encouraged to have their say on the draft policy which outlines the measures that the Council will put in place to achieve these ambitions, while also ensuring the best value for money when purchasing goods, works and services – boosting the local economy at the same time.'),
 (NSM, 'sv-policy', N, NSM_S, 'Over the coming six months CLES will be working with partners Belfast Council and Development Trusts NI to create a social value framework for the city, aimed at building social value into the design of commissioning and procurement processes.'),
 # Wales: what is bought (workforce training for the public sector itself)
 (NPS, 'itt', W, NPS_S, 'The National Procurement Service (NPS) is seeking to appoint Service Providers to supply Core training to the employees of the NPS Customer Organisations, hereafter referred to as “Customers”.'),
 (NPS, 'itt', W, NPS_S, 'The NPS’s aim is to provide a comprehensive and flexible service for all lots, to promote the Core training, in developing the Welsh public sector workforce to ensure people have the right capabilities, skills and competencies required to support efficient Welsh public sector that provide value for the taxpayer.'),
 # UK-wide
 (IBN, 'sv-guide', U, IBN_S, 'UK government has published a summary of information and resources related to implementation of the Public Services (Social Value) Act 2012, in October 2015.'),
 (PACT, 'sv-policy', U, 'Social Value and Sustainability', 'The Social Value and Sustainability Zone will feature a series of knowledge and training sessions outlining how organisations can measure and manage social value, how sustainability can be built into contracts and tenders, and provide case studies of successful social value and sustainability outcomes in procurement actions.'),
]
OGL_HOSTS = ('gov.uk', 'finance-ni.gov.uk', 'find-tender.service.gov.uk', 'sustainableprocurementtools.scot')
batch = Batch('public-texts-75.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists applies that first). One notice, one group
    # (`ocds:<ocid>`), whichever copy it was read from; the two copies of the KPI and SLA article are one group.
    if src == NIS: return 'ocds:ocds-h6vhtk-03867e'
    if (g := ocid_group(src)): return g
    if src in (CA1, CA2): return 'crowagent:ppn002-calculator-methodology'
    if src in (SBC, TB): return 'schoolsbuyingclub:contract-management-setting-your-kpis-and-slas'
    return src


def licence_of(src):
    return ccs_licence(src) or host_licence(src, OGL_HOSTS)


batch.emit_lists('pub75', R, NEG, group_of, licence_of)
