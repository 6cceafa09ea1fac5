"""Write /work/batches/public-texts-42.jsonl: batch 50, SELECTION and PRE-QUALIFICATION questionnaires as UK suppliers
meet them, where pass/fail questions share social value's vocabulary. Mostly HARD NEGATIVES: the Standard Selection
Questionnaire (PPN 03/23, PPN 03/24) and commentary on it, the Procurement Act 2023 procurement specific questionnaire
and Central Digital Platform, Carbon Reduction Plans as a condition of participation (PPN 06/21, PPN 006), modern
slavery at the selection stage (PPN 02/23), PAS 91 and the Common Assessment Standard (Constructionline, Build UK),
PQQ instructions of a utility, a housing estate management board and a Scottish public body, and a supplier assurance
question set; social value texts from award-stage companions: the PPN 01/24 carbon reduction contract schedule, a
housing association's social value outputs, a housing association's equality approach, the Considerate Constructors
Scheme monitors' checklist, a council's modern slavery statement, the Social Value Model's award sub-criteria, and
reports on social value asks in construction tenders.

Sources: gov.uk PPN 03/24 Annex A and PPN 006 guidance and PPN 06/21 FAQ; a mirror of PPN 03/24 Annex C
(fly1.wordsworth.site); Civil Service Procurement Pathway pages on PPN 006, PPN 02/23 and the carbon reduction
schedule; Trowers & Hamlins, Local Government Lawyer, Bid for Success and Executive Compass on PPN 03/23; Trowers on PPN
02/23; Procurement Portal on PPN 01/24; Panacea on the PSQ; LHC and Commerce Decisions on the Central Digital Platform;
BWL Group on PAS 91; TradeComply, Liaison Systems, Designing Buildings and Constructionline on the Common Assessment
Standard; Northern Gas Networks' PQQ (vdocument.in, fdocuments.us copies); Bushbury Hill EMB PQQ (docstoc); SQA PQQ
guidance (docslib); CAfS pre-application questionnaire (dokumen.tips); Risk Ledger's ESG question domain; Notting Hill
Genesis on social value in procurement; EastendHomes on equality in procurement; Considerate Constructors Scheme on
equality and diversity, and Project Scotland on its checklist; Newcastle-under-Lyme's modern slavery statement;
Procurement for Housing; Construction Management on social value asks; JRF's Tackling poverty through public
procurement (pdfslide.us copy); Executive Compass on Social Value Model themes 2 and 3; Bradford Council's social value
bid evaluation guidance.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright
pages (gov.uk, civilservice.gov.uk) are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-42.py > /work/batches/public-texts-42.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU

U, S, W = 'uk', 'scotland', 'wales'

# Standard Selection Questionnaire and commentary
SQA = ('https://gov.uk/government/publications/ppn-0324-standard-selection-questionnaire-sq/'
       'annex-a-guidance-on-the-selection-stage-process-including-standard-selection-questions-pcr-2015-html')
SQC = ('https://fly1.wordsworth.site/government/publications/ppn-0324-standard-selection-questionnaire-sq/'
       'annex-c-selection-questionnaire-template-single-procurement-document-spdhtml')
TRW = ('https://www.trowers.com/insights/2023/march/cabinet-office-updates-mandatory-selection-questionnaire-for-public-'
       'procurements-ppn-0323')
LGL = ('https://localgovernmentlawyer.co.uk/sharpeedge/809-sharpeedge-procurement/53385-ppn-03-23-standard-selection-'
       'questionnaire-updated')
BFS = 'https://bidforsuccess.co.uk/ppn-03-23/'
EXC = 'https://executivecompass.co.uk/blog/news/ppn-update/amp'
# Carbon reduction plans, carbon reduction schedule
P06 = ('https://gov.uk/government/publications/ppn-006-taking-account-of-carbon-reduction-plans-in-the-procurement-of-'
       'major-government-contracts/ppn-006-guidance-on-taling-account-of-carbon-redcution-plans-adopting-and-applying-'
       'conditions-of-participation-html')
PP6 = ('https://www.procurementpathway.civilservice.gov.uk/documents/ppn/ppn-006-taking-account-of-carbon-reduction-'
       'plans-in-the-procurement-of-major-government-contracts/selection-stage')
F21 = ('https://gov.uk/government/publications/procurement-policy-note-0621-taking-account-of-carbon-reduction-plans-in-'
       'the-procurement-of-major-government-contracts/ppn-0621-frequently-asked-questions')
CRS = 'https://www.procurementpathway.civilservice.gov.uk/documents/ppn/carbon-reduction-contract-schedule/manage-and-monitor'
PPB = 'https://www.procurementportal.com/blog/march-2024/new-ppn-01-24-publishing-the-carbon-reduction-cont'
# Modern slavery
PMS = ('https://www.procurementpathway.civilservice.gov.uk/documents/ppn/tackling-modern-slavery-in-government-supply-'
       'chains/finalise-and-publish-procurement-pack')
TMS = 'https://trowers.com/insights/2023/may/procurement-policy-note-0223-tackling-modern-slavery-in-government-supply-chains'
NUL = 'https://www.newcastle-staffs.gov.uk/community-safety/modern-slavery-human-trafficking-statement/6'
# Procurement Act 2023: PSQ and Central Digital Platform
PAN = 'https://panaceaapplications.freshdesk.com/support/solutions/articles/15000059655'
LHC = 'https://lhcprocure.org.uk/knowledge-hub/procurement-reform/procurement-reform-news/procurement-act-a-focus-on-systems-and-technology'
CDC = 'https://commercedecisions.com/?p=23454'
# PAS 91 and the Common Assessment Standard
BWL = 'https://bwlgroup.co.uk/our-expertise/professional-bid-services/pas-91-applications'
TRC = 'https://www.tradecomply.co.uk/ssip/common-assessment-standard-question-set'
LIA = 'https://www.liaisonsystems.com/blog/what-is-the-common-assessment-standard'
DBC = 'https://designingbuildings.co.uk/wiki/CAS'
DBP = 'https://www.designingbuildings.co.uk/wiki/Public_sector_PQQs_look_to_the_Common_Assessment_Standard'
CLN = 'https://www.constructionline.co.uk/?p=45284'
# PQQ documents
NGN = 'https://vdocument.in/amp/private-and-confidential-web-view-questions-should-be-answered-in-the-requested.html'
NGF = 'https://fdocuments.us/document/home-northern-gas-networks-guidance-notes-please-web-view-source-and-provide.html'
BHE = 'http://www.docstoc.com/docs/129677464/Does-your-organisation-have-an-environmental-management-system'
SQG = 'https://docslib.org/doc/13658418/guidance-notes-for-completion-of-qualification-questionnaire'
CAF = 'https://dokumen.tips/documents/cafsorguk-web-view-this-pre-application-questionnaire-paq-has-been-issued-by.html'
RSK = 'https://riskledger.com/resources/framework/l'
# Housing, construction, social value at award
NHG = 'https://www.nhg.org.uk/news/news/press-releases/delivering-social-value-through-procurement/'
EEH = 'https://www.eastendhomes.net/equality-in-procurement-and-contracts'
CCE = 'https://www.ccscheme.org.uk/equality-and-diversity/'
PSC = 'https://projectscot.com/2016/02/considerate-constructors-scheme-launches-new-monitors-checklist/'
PFH = 'http://procurementforhousing.co.uk/category/social-value/'
CMG = 'https://constructionmanagement.co.uk/social-value-gearing-giving-back'
JRF = 'https://pdfslide.us/documents/tackling-poverty-through-public-appendix-e-case-study-5-a-the-peace-bridge-in.html'
EC2 = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-2-tackling-economic-inequality/'
EC3 = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-3-fighting-climate-change/'
BRD = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-bid-evaluation-guidance/'

# NHS net zero and social value weighting; Welsh and Scottish community benefits; Surrey's supplier guide
ECN = 'https://executivecompass.co.uk/blog/social-value/the-nhs-roadmap-social-value-and-carbon-reduction-expectations-for-suppliers'
EOE = 'https://www.eoecph.nhs.uk/Default.aspx.LocID-0d6new0a6.RefLocID-0d6012.Lang-EN.htm'
FPM = 'https://www.firstpracticemanagement.co.uk/blog/2022-blog-posts/net-zero-in-nhs-procurement/'
HDK = 'https://www.hilldickinson.com/insights/articles/new-nhs-guidance-applying-net-zero-and-social-value-procurement-goods-and-services'
MRV = 'https://www.mills-reeve.com/insights/blogs/health-and-care/april-2022/a-greener-nhs-achieving-the-nhs-s-net-zero-targets'
NPS = 'https://www.property.nhs.uk/about/reports/sustainable-procurement-policy/'
NCR = 'https://www.england.nhs.uk/long-read/carbon-reduction-plan-requirements-for-the-procurement-of-nhs-goods-services-and-works/'
LGC = 'https://www.lgcplus.com/no-private-sector-gripes-about-social-duties-in-public-contracts/502008.article'
CMB = 'https://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits/'
NPT = 'https://businessinneathporttalbot.com/skills-and-training/community-benefits'
SRY = 'https://www.surreycc.gov.uk/business/supplying-the-council/social-value-and-procurement/social-value/get-involved/suppliers'
CCL = 'https://docest.com/doc/70641/site-managers-information'
CCI = 'http://www.ccscheme.org.uk/industry-image/issues/39/files/assets/basic-html/page-14.html'

PPO = 'https://ppponline.affinitext.com/public/book?id=5922&toc_id=878115'
PBC = 'https://www.pbctoday.co.uk/news/planning-construction-news/delivering-real-social-value-public-sector/153035'
LBF = 'https://www.lbhf.gov.uk/business/trading-council/social-value-statement'
NTH = 'https://www.northumbria.nhs.uk/about-us/corporate-information/become-a-supplier/evaluation-guides/'
FOL = 'https://www.futureoflondon.org.uk/2019/05/30/procuring-social-value-london/'
CPD = 'https://constructionmanagement.co.uk/courses/cpd-social-value-in-public-sector-projects/'
DPS = 'https://vdocuments.site/invitation-to-participate-evaluation-if-it-deems-it-necessary-which-may-involve.html'

SQA_S = 'PPN 03/24 Annex A - Guidance on the Selection Stage Process, including Standard Selection Questions (PCR 2015)'
SQC_S = 'PPN 03/24 Annex C - Selection Questionnaire Template / Single Procurement Document (SPD): Standard Selection Questionnaire Template'
TRW_S = 'Cabinet Office updates mandatory Selection Questionnaire for public procurements – PPN 03/23'
LGL_S = 'The updated Standard Selection Questionnaire: The specifics'
BFS_S = 'PPN 03/23: Standard Selection Questionnaire (SQ): A Summary of the Changes PPN 03/23 Brings'
EXC_S = 'PPN 03/23: Examining the Newest Update to the Selection Questionnaire: Data protection and GDPR'
P06_S = 'PPN 006: Guidance on taking account of carbon reduction plans- adopting and applying conditions of participation: Assessment'
P06_B = P06_S + ': Under this measure a supplier should only be prevented from being awarded a public contract if they provide a CRP which:'
PP6_S = 'PPN 006 Taking account of Carbon Reduction Plans in the procurement of major government contracts: Selection stage: Overview'
F21_S = 'PPN 06/21: Frequently asked questions'
CRS_S = 'Carbon Reduction Contract Schedule: Manage and monitor: Overview'
PPB_S = 'New PPN 01/24 publishing the Carbon Reduction Contract Schedule: The Schedule provides for:'
PMS_S = 'PPN 02/23 (PCR 2015) Tackling modern slavery in government supply chains: Finalise and publish procurement pack'
TMS_S = 'Procurement Policy Note 02/23 - Tackling Modern Slavery in Government Supply Chains: In-Scope Organisations must read and implement the guidance note and note:'
NUL_S = 'Modern slavery and human trafficking statement: Risk assessment and due diligence'
PAN_S = 'PA2023 - PSQ (Procurement Specific Questionnaire) & Share Code: Information on the PSQ'
LHC_S = 'Procurement Act - A focus on systems and technology: Central Digital Platform'
CDC_S = 'Central Digital Platform (CDP): a complete guide for contracting authorities: What is the Central Digital Platform?'
BWL_S = 'PAS 91 Applications'
TRC_S = 'The Common Assessment Standard Question Set, Explained'
LIA_S = 'What Is the Common Assessment Standard?: Summary'
DBC_S = 'The common assessment standard: About the common assessment standard'
DBP_S = 'Public sector PQQs look to the Common Assessment Standard: Background'
CLN_S = 'Common Assessment Standard (CAS V5): Key updates'
NGN_S = 'Pre-Qualification Questionnaire (PQQ): Framework for the provision of Labour Resources (Northern Gas Networks): Guidance Notes'
NGF_S = 'Pre-Qualification Questionnaire (Northern Gas Networks): Guidance Notes'
BHE_S = 'Bushbury Hill Estate Management Board: Pre-Qualification Questionnaire for Repairs & Maintenance (including Call Handling) Contract'
SQG_S = 'Guidance Notes for completion of Pre-Qualification Questionnaire (PQQ) (SQA): Questionnaire Responses'
CAF_S = 'Pre-Application Questionnaire (Cumbria Action for Sustainability)'
RSK_S = 'Risk Ledger framework: Environmental, social and governance'
NHG_S = 'Delivering social value through procurement (Notting Hill Genesis)'
EEH_S = 'Equality in Procurement and Contracts (EastendHomes)'
CCE_S = 'Considerate Constructors Scheme: Equality and diversity'
PSC_S = 'Considerate Constructors Scheme launches new Monitors\' Checklist: New questions include:'
PFH_S = 'Shifting social value to the procurement start line'
CMG_S = 'Social value: gearing up for giving back'
JRF_S = 'Tackling poverty through public procurement (JRF)'
EC2_S = 'Theme 2 of the Social Value Model: Tackling economic inequality'
EC3_S = 'Theme 3 of the Social Value Model: Fighting climate change: Deliver additional environmental benefits in the performance of the contract including working towards net zero greenhouse gas emissions'
BRD_S = 'Social Value Bid Evaluation guidance: 1.1 Mandatory Social Value: Requirements as per policy criteria:'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # PPN 01/24 carbon reduction schedule (contract-level decarbonisation asked of the supplier)
 (CRS, 'carbon-schedule', U, CL, [], CRS_S, 'The Carbon Reduction Schedule also provides a framework to monitor and assess the supplier’s decarbonisation performance.'),
 (CRS, 'carbon-schedule', U, CL, [], CRS_S, 'These include contract specific greenhouse gas (GHG) emissions reporting, setting supplier GHG emissions reduction targets and monitoring and reducing GHG emissions throughout the life of the contract though a supplier GHG emissions Reduction Plan.'),
 (PPB, 'carbon-schedule', U, CL, [], PPB_S, 'the introduction of contract level specific carbon footprint reduction targets for Suppliers (although expressed to be subject to agreement, a 10% year on year reduction in the carbon footprint of the contract is provided as an indicator);'),
 (PPB, 'carbon-schedule', U, CL, [], PPB_S, 'monitoring and reporting of the Supplier’s performance against achievement of those targets;'),
 (PPB, 'carbon-schedule', U, CL, [], PPB_S, 'optional gainshare arrangements to incentivise the Supplier to over-perform against the stated carbon footprint reduction targets; and'),
 (PPB, 'carbon-schedule', U, CL, [], PPB_S, 'a general obligation on the Supplier to avoid ‘fuel emissions wherever possible’ (for example, by using e-conferencing facilities instead of meetings, providing online and webinar-based training (to avoid travel) and encouraging electric/hybrid vehicles/rail travel rather than petrol or diesel powered vehicles or short haul flights).'),
 # Notting Hill Genesis: social value asked at tender stage
 (NHG, 'sv-housing', U, MU, [], NHG_S, 'Last year we added social value requirements to all our assets procurement exercises, ensuring that support for local communities goes beyond just new homes and instead brings tangible improvements to people’s lives.'),
 (NHG, 'sv-housing', U, MU, [], NHG_S, 'By making social value part of the tender process - asking companies who want to work with us at tender stage how they will add value in our communities - we’ve secured several initiatives for our residents and their families.'),
 (NHG, 'sv-housing', U, MU, [], NHG_S, 'We worked with colleagues across the organisation, the group of housing associations who make up the G15, various contractors and resident groups to develop a selection of social value outputs that range from employment and skills opportunities to donations of time and materials for community projects to benefit our residents and communities.'),
 (NHG, 'sv-housing', U, MU, [], NHG_S, 'These outputs are intentionally flexible to allow for different contractors to offer opportunities that align with their purpose, while ensuring we offer a wide range of different benefits for our residents.'),
 (NHG, 'sv-housing', U, MU, [], NHG_S, 'We have another 14 contracts which have either recently commenced or will start shortly, which also include these commitments.'),
 # EastendHomes: equality promoted through contracts
 (EEH, 'sv-housing', U, EO, [], EEH_S, 'EastendHomes is committed to encouraging contractors and other partners working with us to achieve good practice in terms of equality of opportunity and diversity.'),
 (EEH, 'sv-housing', U, EO, [], EEH_S, 'We aim to demonstrate this in the questions we ask, in the advice we provide and by making sure that contractual arrangements actively promote equality and diversity.'),
 (EEH, 'sv-housing', U, EO, [], EEH_S, 'The best employers acknowledge that there is a need to reach the skills of all sections of the workforce.'),
 # Considerate Constructors Scheme: community and workforce questions
 (CCE, 'considerate', U, EI, [], CCE_S + ': Respecting the Community', '2.3 and 2.8 Is the site contributing to and supporting the local community and businesses and promoting local employment?'),
 (CCE, 'considerate', U, EO, [], CCE_S + ': Respecting the Community: 2.3 and 2.8', 'Does the workforce reflect the community in which it is working?'),
 (CCE, 'considerate', U, EI, [], CCE_S + ': Respecting the Community: 2.3 and 2.8', 'Are local opportunities being created?'),
 (CCE, 'considerate', U, EI, [], CCE_S + ': Respecting the Community: 2.3 and 2.8', 'Are schools being visited to promote construction as a career?'),
 (CCE, 'considerate', U, EO, [], CCE_S + ': Enhancing the Appearance: 1.10 How are company values and corporate identity promoted?', 'Sites should seek ways to demonstrate that E&D issues form part of the values of their organisation.'),
 # Newcastle-under-Lyme: slavery criteria scored, supplier approach asked
 (NUL, 'slavery', U, EO, [], NUL_S, 'As part of our due diligence processes, we require our suppliers to demonstrate their commitment and approach to supporting the elimination of slavery.'),
 (NUL, 'slavery', U, EO, [], NUL_S + ': We already:', 'score and clarify appropriately focused slavery criteria and review our contract terms and conditions for appropriate clauses for inclusion to ensure compliance with the Modern Slavery Act'),
 (NUL, 'slavery', U, EO, [], NUL_S + ': We already:', 'where appropriate, will investigate supplier and supply-chain working conditions'),
 # Construction Management and JRF: social value asks in construction tenders
 (CMG, 'sv-construction', U, EI, [], CMG_S, 'Recognise this? Eight new apprentices and seven existing ones; 13 work placements for the over 18s; three school placements for 14-to-16-year- olds plus some workshops for students.'),
 (CMG, 'sv-construction', U, EI, [], CMG_S, 'Then, as part of the £20m social housing scheme you are bidding for you might be asked for a sizeable percentage of spend on materials from within a 20-mile radius.'),
 (CMG, 'sv-construction', U, EI, [], CMG_S, 'Local authorities and other public clients are seeking to ensure that investments in their neighbourhoods don’t just deliver great new facilities, but the process of constructing them provides local jobs and training too.'),
 (JRF, 'sv-construction', U, EI, [], JRF_S, 'The inclusion of ‘targeted recruitment and training opportunities’ in public contracts can help address the lack of opportunity experienced by these groups.'),
 (JRF, 'sv-construction', U, EI, [], JRF_S, 'a goal of ‘one targeted opportunity per £1m in contract value’ should be achievable in works and services contracts.'),
 # Social Value Model award sub-criteria (Executive Compass) and Bradford
 (EC2, 'sv-award', U, EI, [], EC2_S + ': Entrepreneurship, growth and business creation', 'Identifying opportunities to grow supplier diversity in the contract supply chain or in the community where the contract is performed, including SME and VCSE participation and new business creation.'),
 (EC2, 'sv-award', U, EI, [], EC2_S + ': Entrepreneurship, growth and business creation', 'Engagement activities for potential new suppliers to the contract supply chain, prior to awarding subcontracts, such as advertising upcoming opportunities and meet the buyer events.'),
 (EC2, 'sv-award', U, EI, [], EC2_S + ': Entrepreneurship, growth and business creation', 'Measures to make the supply chain working environment conducive to a diverse range of suppliers and growing businesses, such as structuring the supply chain selection process in a way that encourages participation by new and growing businesses.'),
 (EC2, 'sv-award', U, EI, ['equal-opportunity'], EC2_S + ': Employment', 'Implementing recruitment practices and employment conditions, such as the five foundational principles of quality work set out in the Good Work Plan that will attract good candidates from all backgrounds, minimise turnover of staff and improve productivity.'),
 (EC2, 'sv-award', U, EI, [], EC2_S + ': Employment', 'Support for the contract workforce by providing careers advice, including mentoring, mock interviews and CV advice, and opportunities for in-work progression and career development into known skills shortages or high-growth areas.'),
 (EC3, 'sv-award', U, CL, [], EC3_S, 'Showing an understanding of additional environmental benefits, for example by conducting pre-contract engagement activities with a diverse range of organisations in the market to support the delivery of additional environmental benefits.'),
 (EC3, 'sv-award', U, CL, [], EC3_S, 'Collaborative working with the supply chain to deliver additional environmental benefits, including working towards net zero greenhouse gas emissions.'),
 (EC3, 'sv-award', U, CL, [], EC3_S, 'Delivery of additional environmental benefits such as enhancing the natural environment through habitat creation, increasing biodiversity, or the creation of new green spaces such as through the installation of green walls or rooftop gardens.'),
 (EC3, 'sv-award', U, CL, [], 'Theme 3 of the Social Value Model: Fighting climate change', 'However, if as part of your tender submission you propose a tree planting scheme in conjunction with a local wildlife charity, this would provide environmental benefits which are above and beyond the contract scope.'),
 (BRD, 'sv-award', U, EI, [], BRD_S, 'All contracts over £100,000 are required to include at least one ‘Employment and Skills’ (e.g. apprenticeships, work placements and work experience) related measure.'),
 # NHS: net zero and social value weighted at award
 (ECN, 'nhs-sv', U, MU, [], 'The NHS Roadmap: Social Value and Carbon Reduction Expectations for Suppliers', 'The move will see the NHS adopting the UK government’s Social Value Model, with NHS tenders required to include a minimum of 10% scoring criteria in all procurements to assess how suppliers will contribute to social value in contract delivery.'),
 (ECN, 'nhs-sv', U, MU, [], 'The NHS Roadmap: Social Value and Carbon Reduction Expectations for Suppliers', 'The model aims to make it easier to assess and evaluate the social value offered in tenders and manage the social value delivered in contracts.'),
 (EOE, 'nhs-sv', U, MU, ['climate'], 'New guidance on Net Zero and Social Value from NHSE&I', 'As you may know, a minimum 10% weighting re net zero and social value now applies to all NHS procurement contracts, based on the government’s Social Value Model (Procurement Policy Note 06/20).'),
 (EOE, 'nhs-sv', U, MU, [], 'New guidance on Net Zero and Social Value from NHSE&I', 'When incorporated effectively, social value in procurement should help to reduce health inequalities, drive better environmental performance and deliver even more value.'),
 (FPM, 'nhs-sv', U, MU, [], 'Net Zero in NHS Procurement: Social value', 'This means that the value to society and communities should be explicitly evaluated in all central government procurement activity, and the themes identified should be present through the delivery of every contract signed.'),
 (HDK, 'nhs-sv', U, MU, ['climate'], 'New NHS guidance on applying net zero and social value in the procurement of goods and services', 'In particular, this means applying the social value model including net zero emissions requirements published alongside the PPN and ensuring that a minimum weighting of 10% of the total score is applied to social value considerations in tenders.'),
 (MRV, 'nhs-sv', U, CL, [], 'A greener NHS: The new guidance covers a range of issues that NHS England summarise as follows:', 'Selecting the social value themes: at the earliest opportunity, the relevant themes of the Social Value Model should be selected, with the ‘Fighting Climate Change’ theme to be included in all tenders – referred to at section 1.'),
 (MRV, 'nhs-sv', U, MU, ['climate'], 'A greener NHS: The new guidance covers a range of issues that NHS England summarise as follows:', 'Determining net zero and social value weighting at or above the 10% minimum: an appropriate weighting for net zero and social value should, where appropriate, be added to the evaluation criteria – referred to at section 2.'),
 (NPS, 'nhs-sv', U, MU, [], 'Sustainable procurement policy (NHS Property Services): 1. Introduction', 'As such, Social Value should be explicitly evaluated, where the requirements are related and proportionate to the subject-matter of the contract, rather than just ‘considered’ as currently required under the Public Services (Social Value) Act 2012.'),
 # Community benefits in Welsh contracts; Surrey's supplier guide
 (LGC, 'sv-construction', W, EI, [], 'No private sector gripes about social duties in public contracts', 'Three pilot projects in the construction sector, where a future skills shortage has been identified, have required contractors to train and employ a number of long-term unemployed as part of the contracts.'),
 (LGC, 'sv-construction', W, MU, [], 'No private sector gripes about social duties in public contracts', 'Community benefit or social clauses in public sector contracts are designed to ensure due attention is paid to wider social and economic policies.'),
 (CMB, 'sv-construction', W, EI, [], 'Community Benefits: Employment and Training Opportunities', 'Recruit and train long term economically inactive persons and or 16-24 year olds not in education employment or training (NEETs) as part of the workforce delivering this contract.'),
 (CMB, 'sv-construction', W, EI, [], 'Community Benefits: Employment and Training Opportunities', 'Consider employing an apprentice during the contract period.'),
 (CMB, 'sv-construction', W, EI, [], 'Community Benefits: Supply Chain Opportunities', 'Create opportunities for SME’s to bid for work through the supply chain.'),
 (CMB, 'sv-construction', W, EI, [], 'Community Benefits: Supply Chain Opportunities', 'Sign up to various mentoring schemes to provide advice and support to new companies or SME’s.'),
 (NPT, 'sv-construction', W, EI, [], 'Community Benefits (Neath Port Talbot): Community Benefits clauses are now commonly written into our contracts and cover a wide range of areas including:', 'Targeted Recruitment & Training (TR&T) – to include apprenticeships, work experience and employment of disadvantaged groups'),
 (NPT, 'sv-construction', W, CL, [], 'Community Benefits (Neath Port Talbot): Community Benefits clauses are now commonly written into our contracts and cover a wide range of areas including:', 'Environmental initiatives – support for the Council’s Decarbonisation & Renewable Energy strategy'),
 (NPT, 'sv-construction', W, WB, [], 'Community Benefits (Neath Port Talbot): Community Benefits clauses are now commonly written into our contracts and cover a wide range of areas including:', 'Community initiatives – support for local community projects'),
 (SRY, 'sv-award', U, MU, [], 'Social value guidance for suppliers (Surrey County Council): Suppliers\' questionnaire', 'At the first stage of bidding for a contract, you will fill out a suppliers\' questionnaire, in which we might ask for an example of when you have delivered social value successfully in the past.'),
 (SRY, 'sv-award', U, MU, [], 'Social value guidance for suppliers (Surrey County Council): Suppliers\' questionnaire', 'Here we are looking for the way in which you tried to understand the needs and priorities of the community, built local partnerships, and came up with solutions that really made an impact.'),
 (SRY, 'sv-award', U, MU, [], 'Social value guidance for suppliers (Surrey County Council): Invitation to tender', 'There will be at least one question here about social value, and this will usually make up 10% of the total score available, although sometimes environmental sustainability is covered in a separate question, in which case this may be lower.'),
 # Frameworks, councils and evaluation guides: social value at award
 (PPO, 'sv-construction', U, MU, [], 'Constructing the Gold Standard: Frameworks and social value', 'Many of the frameworks reviewed include expectations and measures for each supplier to deliver demonstrable social value, including for example various categories of targeted recruitment, training and community initiatives.'),
 (PPO, 'sv-construction', U, EI, [], 'Constructing the Gold Standard: Frameworks and social value: Early strategic engagement with tier 2 and 3 SME supply chain members enables frameworks to help establish more effective approaches to social value, for example in relation to:', 'Employment and skills, given that the majority of the construction workforce is employed by tier 2 and 3 SMEs for whom a long-term framework appointment provides important new opportunities to offer apprenticeships and jobs'),
 (PPO, 'sv-construction', U, WB, [], 'Constructing the Gold Standard: Frameworks and social value: Early strategic engagement with tier 2 and 3 SME supply chain members enables frameworks to help establish more effective approaches to social value, for example in relation to:', 'Community benefits, given that local and regional tier 2 and 3 SME supply chain members are likely to know more about the communities they work in and to design more meaningful contributions to those communities.'),
 (PBC, 'sv-construction', U, MU, [], 'Delivering real social value in the public sector: Raising the bar on social value', 'Our Social Value Strategy, launched in March 2024 with social value charity HACT, underpins every aspect of our work – from framework design and supplier selection to project delivery and community investment.'),
 (PBC, 'sv-construction', U, MU, [], 'Delivering real social value in the public sector: Raising the bar on social value', 'The goal is to embed social value at every stage of procurement and to ensure it is both measurable and meaningful.'),
 (CPD, 'sv-construction', U, MU, [], 'CPD: Social value in public sector projects', 'Establishing a commitment to social value at the start of a project ensures that construction activities contribute positively to society, going beyond the physical infrastructure to address social mobility, employment, individual wellbeing and environmental concerns.'),
 (LBF, 'sv-award', U, MU, [], 'Social Value Statement (London Borough of Hammersmith and Fulham)', 'H&F is reviewing its Social Value Statement and Themes, Outcomes and Measures (TOMs) annually, through consultation with stakeholders, to ensure Social Value outcomes are staying relevant to the Council’s priorities.'),
 (FOL, 'sv-award', U, MU, [], 'Emerging approaches for procuring social value: London: Commissioning for additional value', 'Additional value created in the delivery of a service contract which has a wider community or public benefit.'),
 (FOL, 'sv-award', U, EI, [], 'Emerging approaches for procuring social value: London: Defining social value through procurement', 'For City of Westminster, social value aspirations are closely linked to their corporate strategy, with outcomes aligned to strategic priorities, including routes into work for the borough’s 10,000 long-term unemployed residents.'),
 (NTH, 'sv-award', U, MU, [], 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust): Quality criteria: The list below provides an indication of the types of criteria that may be included.', 'Added social value'),
 (NTH, 'sv-award', U, CL, [], 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust): Quality criteria: The list below provides an indication of the types of criteria that may be included.', 'Sustainability'),
 (NTH, 'sv-award', U, CL, [], 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust): Quality criteria: The list below provides an indication of the types of criteria that may be included.', 'Environmental characteristics'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # PPN 03/24 Annex A and Annex C
 (SQA, 'sq-guidance', U, SQA_S + ': Background', 'Supplier selection is a key stage in public procurement, where you must gather information on, and make assessments of, potential suppliers’ technical and professional abilities, economic and financial standing and whether any of the exclusion grounds apply.'),
 (SQA, 'sq-guidance', U, SQA_S + ': Background: The standard selection questions are structured in 3 separate parts:', 'Part 2 - constitutes self-declarations of whether (or not) any of the exclusion grounds apply.'),
 (SQC, 'sq-guidance', U, SQC_S + ': Potential Supplier Information and Exclusion Grounds: Part 1 and Part 2.', 'The SQ template includes a self-declaration, made by you (the potential supplier), that none of the grounds for exclusion apply'),
 (SQC, 'sq-guidance', U, SQC_S + ': Potential Supplier Information and Exclusion Grounds: Part 1 and Part 2.', 'If any of the grounds for exclusion do apply, there is an opportunity to explain any measures you have taken to demonstrate your reliability notwithstanding the existence of a ground for exclusion (we call this self-cleaning).'),
 (SQC, 'sq-guidance', U, SQC_S + ': Potential Supplier Information and Exclusion Grounds: Part 1 and Part 2.', 'Subcontractors that you rely on to meet the selection criteria, must also complete a self-declaration (although subcontractors that are not relied upon do not need to complete the self-declaration).'),
 (SQC, 'sq-guidance', U, SQC_S + ': Supplier Selection Questions: Part 3', 'If you are bidding on behalf of a group/consortium or you intend to use subcontractors, you should complete all of the selection questions on behalf of the group/consortium and/or any subcontractors.'),
 # Commentary on PPN 03/23
 (TRW, 'sq-guidance', U, TRW_S, 'The standard selection questions still ask potential suppliers to self-declare their status against the exclusion grounds and provide preliminary evidence of their financial standing, technical ability and professional qualification.'),
 (LGL, 'sq-guidance', U, LGL_S, 'There have also been amendments to the financial questions and checks in Part 3 although CAs can choose to only include appropriate and proportionate questions.'),
 (LGL, 'sq-guidance', U, LGL_S, 'In all cases, CAs should state any minimum Economic and Financial Standing (“EFS”) requirements, selection criteria and methodology assessment.'),
 (BFS, 'sq-guidance', U, BFS_S, 'Introduction of health and safety questions.'),
 (BFS, 'sq-guidance', U, BFS_S, 'Introduction of additional requirements for modern slavery and clarity on handling responses to questions on the Modern Slavery Act.'),
 (BFS, 'sq-guidance', U, BFS_S, 'Introduction of questions relating to carbon emissions.'),
 (BFS, 'sq-guidance', U, BFS_S, 'Introduction of updated payment questions.'),
 (BFS, 'sq-guidance', U, 'PPN 03/23: Standard Selection Questionnaire (SQ): Standard Selection Questionnaires', 'Part 3 – Asks for evidence and self-declarations of economic and financial standing and for self-declarations relating to technical and professional ability.'),
 (EXC, 'sq-guidance', U, EXC_S, 'Section 7.2 of the updated SQ requires tenderers to confirm and provide details of technical facilities and measures in place to ensure compliance with the General Data Protection Regulation 2018 and protection of data subjects.'),
 # Carbon Reduction Plans as a condition of participation
 (P06, 'carbon-crp', U, P06_S, 'The key issue to be assessed is whether a supplier has taken steps to understand their environmental impact and carbon footprint relevant to the delivery of the contract.'),
 (P06, 'carbon-crp', U, P06_B, 'fails to make an organisational commitment to reduce their emissions over time to achieve net zero by 2050'),
 (P06, 'carbon-crp', U, P06_B, 'fails to declare their organisational GHG emissions in accordance with the required reporting standard'),
 (P06, 'carbon-crp', U, P06_B, 'fails to provide details of the environmental management measures that will be applied when performing the contract'),
 (P06, 'carbon-crp', U, P06_B, 'fails to meet the Technical Standard for completing a CRP'),
 (PP6, 'carbon-crp', U, PP6_S, 'As part of assessing a supplier’s technical ability, in-scope organisations should include, as a condition of participation, a requirement for bidding suppliers to provide a Carbon Reduction Plan (using the template at Annex A of this PPN).'),
 (PP6, 'carbon-crp', U, PP6_S, 'CRPs must meet the required standard as set out in the supporting guidance to the PPN.'),
 (F21, 'carbon-crp', U, F21_S + ': 2. When should this PPN be applied?', 'PPN 06/21 was published on 5th June 2021, and came into effect for new procurements launched from 30th September 2021.'),
 (CRS, 'carbon-schedule', U, CRS_S, 'Use of the Carbon Reduction Plan is optional and should be included where relevant to the subject-matter of the contract and proportionate to do so; it may not be appropriate to include the Carbon Reduction Schedule in all contracts.'),
 # Modern slavery at the selection stage
 (PMS, 'slavery', U, PMS_S + ': Overview', 'Supply chain information must be provided at the selection stage of new procurements which are considered to carry a high risk of modern slavery.'),
 (PMS, 'slavery', U, PMS_S + ': Key considerations at this commercial stage', 'where the modern slavery risk is identified as medium or high, consider whether Part 3 of the Standard Selection Questionnaire (SQ) should be supplemented with additional questions'),
 (TMS, 'slavery', U, TMS_S, 'the new requirement for supply chain information to be provided at the selection stage of new procurements which are designated as having a high risk of modern slavery; and'),
 (NUL, 'slavery', U, NUL_S, 'We screen our suppliers as part of the procurement process.'),
 (NUL, 'slavery', U, NUL_S + ': We already:', 'scrutinise low priced tenders'),
 (NUL, 'slavery', U, NUL_S + ': We already:', 'apply the mandatory or discretionary exclusion criteria from Crown Commercial Service 4 stipulations'),
 # Procurement Act 2023: PSQ and Central Digital Platform
 (PAN, 'psq', U, PAN_S, 'The PSQ fulfils a similar role to the Standard Selection Questionnaire (SQ) used under the Public Contracts Regulations 2015 (PCR).'),
 (PAN, 'psq', U, PAN_S, 'This includes the requirements on CA\'s to obtain confirmation from suppliers that they have registered, submitted & shared up-to-date core Supplier Information via the central digital platform (CDP).'),
 (LHC, 'psq', U, LHC_S, 'The Central Digital Platform is set to also enable suppliers to register, provide key company details and complete a standardised selection questionnaire, creating a ‘tell us once’ opportunity for suppliers.'),
 # PAS 91 and the Common Assessment Standard
 (BWL, 'cas', U, BWL_S, 'PAS 91 is a standardised prequalification questionnaire (PQQ) used by clients, buyers of potential contractors and suppliers as part of the Pre-Qualification process for construction projects/tenders.'),
 (BWL, 'cas', U, BWL_S + ': Is PAS 91 a requirement of CDM (Construction Design and Management) Regulations 2015?', 'As the SSIP (Safety Schemes in Procurement) core criteria for assessments are aligned to this government-backed construction pre-qualification document, it ensures that there is consistency within supply chain management.'),
 (TRC, 'cas', U, TRC_S + ': What it covers: Its question set spans, among others:', 'Corporate social responsibility (added beyond PAS 91)'),
 (TRC, 'cas', U, TRC_S + ': What it covers: Its question set spans, among others:', 'Information security & GDPR (added beyond PAS 91)'),
 (TRC, 'cas', U, TRC_S + ': Who can certify you', 'The Common Assessment Standard is certified by Recognised Assessment Bodies — not by Build UK directly.'),
 (LIA, 'cas', U, LIA_S, 'CAS uses a single industry-agreed question set, divided into 10 sections, that lets a supplier prove their capability and compliance once and share it with multiple buyers.'),
 (LIA, 'cas', U, LIA_S, 'The current Version 5 (published 1 July 2025) made the Building Safety section mandatory.'),
 (DBC, 'cas', U, DBC_S, 'Section 8: Fairness, Inclusion and Respect - FIR (previously Corporate Social Responsibility- CSR)'),
 (DBP, 'cas', U, DBP_S, 'CAS questions cover a range of buyer assurance enquiries in key areas such as financial, insurance, H,S&E (including carbon) and quality management, along with employment and social responsibility.'),
 (CLN, 'cas', U, CLN_S, 'Alignment with new legislation and amendments, such as the Worker Protection Act and the Economic Crime and Corporate Transparency Act.'),
 (CLN, 'cas', U, CLN_S, 'Enhancements to best practices, including questions on policy communication alongside the policy itself, and updates to the Fair Payment Code.'),
 (CLN, 'cas', U, 'Common Assessment Standard (CAS V5): Building Safety: Question', 'Do you have arrangements in place to notify relevant stakeholders, manufacturers, suppliers and accountable persons, of any defects or issues found in construction products or systems which could impact building safety?'),
 # PQQ documents
 (NGN, 'pqq', U, NGN_S, 'You must pass all mandatory questions set out in the PQQ.'),
 (NGN, 'pqq', U, NGN_S, 'If any error, omission, false statement or misrepresentation is discovered, NGN may disqualify your organisation, without regard to what stage the selection process has reached when the error, omission, false statement or misrepresentation is discovered.'),
 (NGF, 'pqq', U, NGF_S, 'Where any question refers to UK legislation, non-UK organisations should answer on the basis of laws applicable in the UK.'),
 (BHE, 'pqq', U, BHE_S, 'Does your organisation have an environmental management system'),
 (BHE, 'pqq', U, BHE_S + ': Instructions for Completion', 'This PQQ has been produced to enable Bushbury Hill Estate Management Board to assess the technical ability and capacity, financial and economic strengths of organisations expressing an interest in bidding for the contracts.'),
 (SQG, 'pqq', S, SQG_S, 'Only information provided as a direct response to the questionnaire will be evaluated.'),
 (SQG, 'pqq', S, SQG_S, 'Information and detail which forms part of general company literature or promotional brochures etc. will not form part of the evaluation process.'),
 (CAF, 'pqq', U, CAF_S, 'Development of carbon footprint calculator tools for residents and businesses'),
 (CAF, 'pqq', U, CAF_S + ': Part A: Introduction', 'This Pre-Application Questionnaire (PAQ) has been issued by Cumbria Action for Sustainability (CAfS) as part of a competitive procurement process.'),
 (RSK, 'pqq', U, RSK_S, 'Answer yes if your organisation has a documented environmental management policy that looks to minimise your organisation\'s impact on the environment.'),
 (RSK, 'pqq', U, RSK_S, 'Answer yes if your organisation measures your scope 1, scope 2, or scope 3 emissions as defined by Greenhouse Gas (GHG) Protocol.'),
 (RSK, 'pqq', U, RSK_S, 'Answer yes if your organisation has been subject to any adverse media coverage or legal action relating to environmental concerns or if your organisation has received any penalties or sanctions for environmental reasons.'),
 # Housing and construction: equality and community questions that are compliance, not added value
 (EEH, 'sv-housing', U, EEH_S + ': Equality in the tendering process', 'We need to be sure that they have no history of discrimination (or if they have that this has been rectified) and for some contracts we will need to make sure that suppliers have the capacity to meet the race equality standards required to deliver the contract.'),
 (EEH, 'sv-housing', U, EEH_S + ': Legal requirements', 'Under UK law, public bodies must consider equal opportunities in their contracts.'),
 (CCE, 'considerate', U, CCE_S + ': Respecting the Community: 2.1', 'Those affected by the work may be people with disabilities – how have they been notified?'),
 (CCE, 'considerate', U, CCE_S + ': Respecting the Community', '2.7 How are compliments, comments and complaints recorded and managed?'),
 (PSC, 'considerate', U, PSC_S, 'How does the site assess and monitor the legitimacy and competency of the workforce?'),
 (PFH, 'sv-housing', U, PFH_S, 'The sector is also wiser to the fact that social value must be linked to a contractor’s area of work.'),
 (PFH, 'sv-housing', U, PFH_S, 'A classic “own goal” is asking a supplier to allocate a proportion of the contract price to “social value activities”.'),
 # NHS carbon reduction plans and buyers' process
 (NCR, 'nhs-sv', U, 'Carbon reduction plan requirements for the procurement of NHS goods, services and works: NHS supplier CRP requirements', 'The NHS requirements align with those of central government’s PPN 06/21.'),
 (NCR, 'nhs-sv', U, 'Carbon reduction plan requirements for the procurement of NHS goods, services and works: NHS supplier CRP requirements', 'Therefore, any existing and current CRP developed according to the central government guidelines of PPN 06/21 will be accepted by the NHS for the April 2023 milestone requirement.'),
 (NCR, 'nhs-sv', U, 'Carbon reduction plan requirements for the procurement of NHS goods, services and works', 'This document outlines how this requirement will be applied in an NHS context and is intended to be used in conjunction with central government’s guidance documents on PPN 06/21.'),
 (ECN, 'nhs-sv', U, 'The NHS Roadmap: Social Value and Carbon Reduction Expectations for Suppliers: Carbon reduction', 'Adoption of PPN 06/21 will start in April 2023.'),
 (EOE, 'nhs-sv', U, 'New guidance on Net Zero and Social Value from NHSE&I', 'A series of drop-in sessions on net zero and social value, along with resources, including training information, case studies and events, can be found on the social value pages at FutureNHS, which all NHS staff can access, once registered for login.'),
 (HDK, 'nhs-sv', U, 'New NHS guidance on applying net zero and social value in the procurement of goods and services', 'NHS buyers and suppliers to the NHS will need to be aware of this requirement when they are running and participating in procurements.'),
 (NPS, 'nhs-sv', U, 'Sustainable procurement policy (NHS Property Services): 1. Introduction', 'NHS Property Services (‘NHSPS’) is a “contracting authority” as defined in 2004/18/EC (‘the Directive’).'),
 # Considerate Constructors Scheme checklist: compliance items
 (CCL, 'considerate', U, 'Considerate Constructors Scheme: Company Registration Monitors’ Checklist (turnover under £250k): 1. Care about Appearance', '1.3 What actions are taken to keep surrounding areas clean and tidy?'),
 (CCI, 'considerate', U, 'Changes to the Monitors’ Checklist in 2016', 'It was agreed that sites should be starting to consider how they ensure that all those working on site are legally allowed to do so.'),
 # Evaluation guides and DPS selection criteria: mechanics
 (NTH, 'sv-award', U, 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust): Quality criteria: The list below provides an indication of the types of criteria that may be included.', 'Technical merit'),
 (NTH, 'sv-award', U, 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust): Quality criteria: The list below provides an indication of the types of criteria that may be included.', 'After sales services'),
 (NTH, 'sv-award', U, 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust): Quality criteria: The list below provides an indication of the types of criteria that may be included.', 'Delivery date, delivery period and period of completion'),
 (NTH, 'sv-award', U, 'Evaluation Guides (Northumbria Healthcare NHS Foundation Trust)', 'For example, price 60% / quality 40%.'),
 (DPS, 'pqq', U, 'Invitation to Participate Dynamic Purchasing System - Provision of Passenger Transport Services: Evaluation Overview', 'Stage 1: Selection Evaluation Criteria – Acceptance/rejection of Tenderers based on business standing, financial standing, technical and professional ability.'),
 (DPS, 'pqq', U, 'Invitation to Participate Dynamic Purchasing System - Provision of Passenger Transport Services: Evaluation Overview', 'You must have a relevant licence/registration for the Category(s) you are applying for.'),
 (PBC, 'sv-construction', U, 'Delivering real social value in the public sector', 'As a not-for-profit framework provider working across England, Scotland and Wales, LHC Procurement Group (LHCPG) is uniquely placed to help clients respond to local needs and deliver against wider strategic goals.'),
 (FOL, 'sv-award', U, 'Emerging approaches for procuring social value: London: Defining social value through procurement', 'LB Enfield also refers contractors to its corporate strategy in lieu of a (forthcoming) social value policy.'),
]
OGL_HOSTS = ('gov.uk', 'procurementpathway.civilservice.gov.uk')
batch = Batch('public-texts-42.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group (the two copies of the NGN PQQ template
    # share one).
    if src in (NGN, NGF): return 'northern-gas-networks-pqq'
    return src
batch.emit_lists('pub42', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
