"""Write /work/batches/public-texts-64.jsonl: batch 64, more NHS and HEALTH procurement texts from England, Scotland, Wales
and Northern Ireland: the social value, net zero and community benefit asks that NHS trusts, integrated care boards,
health boards, NHS Supply Chain, NHS Wales Shared Services Partnership (and Welsh Health Supplies before it) and BSO
PaLS write into their tenders and policies (the 10% net zero and social value
weighting, the Social Value Model as the menu, community benefit clauses, ETI Base Code and labour audits, supplier
diversity), with hard negatives from the same documents and from NHS notices (Carbon Reduction Plans and Net Zero
Commitments as pass/fail conditions, the Evergreen assessment as a tool, the buyer's own decarbonisation plans, Provider
Selection Regime process, what is bought -- including wellbeing services, COVID-19 vaccination outreach and
continuing healthcare --, values, options, extensions, officers, events and definitions).

Sources: a procurement consultancy's summary of the NHS net zero supplier requirements (beyondprocurement.co.uk);
Trowers & Hamlins on the 2022 NHS net zero and social value guidance and Hill Dickinson on the 2025 NHS Social Value
Playbook; NHS England's guidance on tackling modern slavery in NHS procurement and DHSC's draft of it (gov.uk); NHS
Supply Chain's ethical sourcing and social value page; the East of England NHS Collaborative Procurement Hub's report of
its social value workshop; the Health Anchors Learning Network's case study of East London NHS Foundation Trust's five
social value priorities, The Strategy Unit's evaluation of them and ELFT's own news item on its anchor work; Health
Estates Journal's article by Royal Cornwall Hospitals NHS Trust; Liverpool University Hospitals' social value page; NHS
Tayside's Community Benefits Policy (businessdocbox.com copy); Welsh Health Supplies' national uniform contract case study
(More Fire Exits Than Gates? blog); NHS Greater Glasgow and Clyde's supply chain diversity news (its own site, and The
Herald); Arden & GEM CSU's blog on Cheshire and Merseyside; the procurement pages of NHS Cheshire and Merseyside,
Nottingham and Nottinghamshire, Central East (staging site) and Essex ICBs; NHS Lothian's procurement page on climate
change; the CivTech NHS Scotland circularity challenge; the NHS Wales decarbonisation strategic delivery plan 2025-2030
(gov.wales) and Public Health Wales' decarbonisation context page; and NHS notices: NWSSP's waste bags and aprons market
engagement, NHS SBS's Healthcare Clinical Information Systems 2 and NHS England's COVID-19 outreach notices (Find a
Tender), NHS Supply Chain's fresh food DPS and NHS England's West Yorkshire prisons healthcare award (a tender-listing
site's copies), BSO PaLS' workplace health and wellbeing notice, a PSR population health award and NHS Cheshire and
Merseyside's continuing healthcare award (d3tenders.com copies).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus: each page's opening); list
bullets dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Crown copyright pages (gov.wales, gov.uk, find-tender) are OGL v3; notice
copies carry the NOTICE_* strings; the rest are short quotations.

  python3 test/corpus/make-public-64.py > /work/batches/public-texts-64.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ocid_group, U, S, W, N


# consultancy summary, NHS hubs and trusts (England)
BPR = 'https://www.beyondprocurement.co.uk/blog-3/m8jtzy28xdsikn65rsv2yue4fb0izg'
EOE = 'https://www.eoecph.nhs.uk/news/social-value-in-procurement-practical-workshop'
STU = ('https://www.strategyunitwm.nhs.uk/publications/'
       'evaluating-and-embedding-social-values-procurement-east-london-nhs-foundation-trust')
ELF = 'https://elft.nhs.uk/news/elft-awarded-funding-progress-anchor-institution-work'
HEJ = 'https://content.yudu.com/web/1u0jl/0A1umgt/HEJ-March-2025/html/56.html'
LIV = 'https://uhliverpool.nhs.uk/luhft-staff/sustainability/anchor-institution/social-value'
AGM = ('https://www.ardengemcsu.nhs.uk/showcase/blogs/blogs/'
       'embedding-social-value-at-scale-across-cheshire-and-merseyside/')
# ICB procurement pages
CMI = ('https://www.cheshireccg.nhs.uk/about/how-we-work/finance-procurement-and-contracting/'
       'procurement-and-contracting/')
NOT = 'https://notts.icb.nhs.uk/about-us/what-we-spend-and-how-we-spend-it/procurement'
CEI = 'https://staging.centraleast.icb.mixd.co.uk/about/spend/contracting-procurement/'
ESX = 'https://www.essex.icb.nhs.uk/publications/procurement-and-contracting-policy/'
# Scotland
TAY = 'http://businessdocbox.com/Human_Resources/96493460-Community-benefits-policy.html'
GGC = 'https://live.nhsggc.scot?p=12831'
HER = ('https://www.heraldscotland.com/business_hq/19974435.glasgows-health-board-pledges-increase-ethnic-minority-'
       'suppliers/?ref=rss')
LOT = 'https://org.nhslothian.scot/procurement/wp-json/wp/v2/pages/531'
CIV = 'https://civtech.scot/civtech-10-challenge-9-increasing-circularity-in-nhs-scotland-supply-chain'
# Wales
WHS = 'https://mfetg.wordpress.com/case-studies-2/welsh-health-supplies-%E2%80%93-national-uniform-contract/'
GWP = 'https://www.gov.wales/nhs-wales-decarbonisation-strategic-delivery-plan-2025-2030-procurement-and-supply-chain-html'
GWS = 'https://www.gov.wales/nhs-wales-decarbonisation-strategic-delivery-plan-2025-2030-summary-initiatives-html'
PHW = 'https://phw.nhs.wales/topics/decarbonisation-and-sustainability/strategic-context'
WBA = 'https://www.find-tender.service.gov.uk/Notice/021840-2025'
# law firms on the NHS guidance and playbook; the NHS modern slavery guidance; HALN case study; NHS Supply Chain
TRW = ('https://trowers.com/insights/2022/may/'
       'greener-nhs-procurement-new-nhs-procurement-guidance-on-net-zero-and-social-value-from-1-april-2022')
HDP = ('https://www.hilldickinson.com/our-view/articles/'
       'embedding-social-value-in-nhs-procurement-what-nhs-buyers-need-to-know-about-the-new-nhs-social-value-playbook')
MSL = 'https://www.england.nhs.uk/long-read/tackling-modern-slavery-in-nhs-procurement'
MSD = ('https://gov.uk/government/consultations/tackling-modern-slavery-in-nhs-procurement-proposed-regulations-and-'
       'guidance/tackling-modern-slavery-in-nhs-procurement-draft-guidance')
HAL = 'https://haln.org.uk/case-studies/social-value-procurement'
NSC = 'https://www.supplychain.nhs.uk/sustainability/ethical-sourcing-social-value/'
# notices
SBS = 'https://www.find-tender.service.gov.uk/Notice/023841-2022'
COV = 'https://www.find-tender.service.gov.uk/Notice/034369-2025'
LAM = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/'
SCF = LAM + '055829-2025'
PRI = LAM + '083117-2025'
HWB = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04c5d0'
PHM = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-059c94'
CHC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04f868'

TRW_S = 'Greener NHS procurement: new NHS procurement guidance on net zero and social value from 1 April 2022 (Trowers & Hamlins)'
TRW_P = TRW_S + ': The PPN on social value'
HDP_S = 'Embedding social value in NHS procurement: what NHS buyers need to know about the new NHS Social Value Playbook (Hill Dickinson)'
MSL_S = 'Tackling modern slavery in NHS procurement (NHS England): Summary'
MSD_S = 'Tackling modern slavery in NHS procurement (draft guidance) (DHSC consultation): Summary'
HAL_S = 'A process evaluation of social value in procurement: East London NHS Foundation Trust (Health Anchors Learning Network case study)'
HAL_P = HAL_S + ': In 2020, its Council of Governors voted and agreed on five social value priorities to embed in our procurement processes:'
NSC_S = 'NHS Supply Chain: Ethical Sourcing and Social Value'
NSC_M = NSC_S + ': Supply Chain Mapping: In 2023/2024 we will continue to develop and evolve our approach to tackling modern slavery and human trafficking. This will include:'
BPR_S = 'NHS Net Zero Supplier Requirements – What You Need to Know'
BPR_2 = BPR_S + ': The Five Asks: 2. Social Value Requirements'
BPR_2E = BPR_2 + ': Suppliers are expected to:'
BPR_1 = BPR_S + ': The Five Asks: 1. Carbon Reduction Plan (CRP)'
BPR_1C = BPR_1 + ': Your CRP must:'
BPR_3 = BPR_S + ': The Five Asks: 3. Evergreen Sustainable Supplier Assessment'
EOE_S = 'Social Value in Procurement: practical workshop (East of England NHS Collaborative Procurement Hub)'
EOE_P = EOE_S + ': From policy to practice'
EOE_F = EOE_P + ': Participants also explored common pitfalls, such as:'
STU_S = 'Evaluating and embedding social values in procurement: East London NHS Foundation Trust (The Strategy Unit)'
STU_F = STU_S + ': The feedback from this evaluation identified the following priorities for further developing the approach:'
ELF_S = 'ELFT awarded funding to progress anchor institution work'
HEJ_S = 'Health Estates Journal, March 2025: Social value'
LIV_S = 'Liverpool University Hospitals NHS Foundation Trust: Anchor institution: Social value'
AGM_S = 'Embedding social value at scale across Cheshire and Merseyside (NHS Arden & GEM CSU)'
CMI_S = 'NHS Cheshire and Merseyside: Procurement and contracting'
NOT_S = 'NHS Nottingham and Nottinghamshire ICB: Provider Selection and Contracts Awarded'
CEI_S = 'Central East ICB: Contracting and procurement'
ESX_S = 'NHS Essex ICB: Procurement and contracting policy'
TAY_S = 'NHS Tayside: Community Benefits Policy'
TAY_1 = TAY_S + ': 1. Introduction'
TAY_2 = TAY_S + ': 2. Policy Statement'
TAY_2S = TAY_2 + ': The Community Benefits Policy will seek to:'
TAY_2K = TAY_2S + ' Support delivery of key NHS priorities:'
GGC_S = 'NHS Greater Glasgow and Clyde: new project to ensure greater diversity in supply chains'
HER_S = "Glasgow's health board pledges to increase ethnic minority suppliers (The Herald)"
LOT_S = 'NHS Lothian Procurement: Climate Change'
CIV_S = 'CivTech 10 Challenge 10.9: How can technology increase circularity in the NHS Scotland supply chain?'
WHS_S = 'Welsh Health Supplies – National Uniform Contract (case study)'
GWS_S = 'NHS Wales decarbonisation strategic delivery plan 2025 to 2030 - Part 4: Summary of initiatives'
GWP_S = 'NHS Wales decarbonisation strategic delivery plan 2025 to 2030 - Part 9: Procurement and supply chain'
PHW_S = 'Public Health Wales: Decarbonisation and sustainability: Strategic context'
WBA_S = 'Waste Bags and Aprons (NHS Wales Shared Services Partnership): preliminary market engagement notice'
SBS_S = 'HEALTHCARE CLINICAL INFORMATION SYSTEMS 2 (HCIS) SBS10026 (NHS Shared Business Services): contract notice'
COV_S = 'COVID-19 Vaccination Programme outreach services (NHS England): Scope of the procurement'
SCF_S = 'Fresh Food DPS (Supply Chain Coordination Limited): Description'
PRI_S = 'NHSE1068 - Primary Care and Mental Health Services for West Yorkshire Adult Male Prisons: intention to award notice'
HWB_S = 'Workplace Health and Wellbeing Support Service (BSO PaLS): Lot Information'
PHM_S = 'Population Health Management - Improving Health Limited: PSR intention to award notice'
CHC_S = 'Continuing Health Care Services in Cheshire & Merseyside: PSR confirmation of contract award notice'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # consultancy summary of the NHS net zero supplier requirements
 (BPR, 'nhs-guidance', U, MU, [], BPR_S, 'To achieve this, the NHS now requires all of its suppliers to demonstrate real commitments to sustainability and responsible business practices.'),
 (BPR, 'nhs-guidance', U, MU, [], BPR_2, 'Since April 2022, NHS procurements include at least 10% weighting on social value.', {'weighting_percent': 10}),
 (BPR, 'nhs-guidance', U, MU, [], BPR_2, 'The NHS uses the Government’s Social Value Model to evaluate bids, focusing on:'),
 (BPR, 'nhs-guidance', U, CV, [], BPR_2 + ': The NHS uses the Government’s Social Value Model to evaluate bids, focusing on:', 'Supporting COVID-19 recovery'),
 (BPR, 'nhs-guidance', U, EI, [], BPR_2 + ': The NHS uses the Government’s Social Value Model to evaluate bids, focusing on:', 'Tackling inequality'),
 (BPR, 'nhs-guidance', U, EO, [], BPR_2 + ': The NHS uses the Government’s Social Value Model to evaluate bids, focusing on:', 'Promoting equal opportunity'),
 (BPR, 'nhs-guidance', U, WB, [], BPR_2 + ': The NHS uses the Government’s Social Value Model to evaluate bids, focusing on:', 'Improving wellbeing'),
 (BPR, 'nhs-guidance', U, MU, [], BPR_2E, 'Outline what actions will be taken during the contract.'),
 (BPR, 'nhs-guidance', U, MU, [], BPR_2E, 'Show an understanding of the product/service’s social impact.'),
 # East of England NHS Collaborative Procurement Hub workshop
 (EOE, 'nhs-guidance', U, MU, [], EOE_S + ': Why it matters', 'Under the Procurement Act 2023, the updated Social Value Model and the National Procurement Policy Statement (NPPS), all NHS organisations are now expected to deliver social and economic value through their commercial activities.'),
 (EOE, 'nhs-guidance', U, MU, [], EOE_P, 'Define: Choose relevant and proportionate outcomes using the government’s Social Value Model.'),
 # Strategy Unit evaluation of ELFT
 (STU, 'nhs-trust', U, MU, [], STU_S, 'Increasingly, public sector procurement is taking a social value focus to ensure that goods and services bought locally create wider benefits for communities, stakeholders, and society as a whole.'),
 # Health Estates Journal (Royal Cornwall Hospitals)
 (HEJ, 'nhs-trust', U, WB, [], HEJ_S, 'Asking a contractor for a social value contribution that helps an older persons’ charity run a falls prevention session in a local village hall could directly reduce hospital admissions.'),
 # Liverpool University Hospitals
 (LIV, 'nhs-trust', U, MU, [], LIV_S, 'We can therefore have a significant impact by choosing to work with local, ethical and sustainable suppliers.'),
 (LIV, 'nhs-trust', U, MU, [], LIV_S + ': Cheshire and Merseyside Social Value Award', 'In order to embed social value within our organisation and our supply chain, we have since asked all of our suppliers based in the North-West and North Wales to also apply for the award.'),
 # Trowers & Hamlins on the 2022 NHS guidance
 (TRW, 'nhs-guidance', U, MU, [], TRW_P, 'Social value is now a mandatory award criterion.'),
 (TRW, 'nhs-guidance', U, MU, [], TRW_P, "Generally speaking, the PPN provides that a minimum weighting of 10% of the overall score should be applied to social value in a procurement to ensure that it carries a heavy enough score to be a differentiating factor in bid evaluation (although there are more specific rules set out in the government's guide to using the Social Value Model which provide some flexibility to this approach).", {'weighting_percent': 10}),
 (TRW, 'nhs-guidance', U, MU, [], TRW_P, 'The PPN notes that a higher weighting can be applied, if justified.'),
 (TRW, 'nhs-guidance', U, MU, [], TRW_P, 'The Guidance has now expanded the reach of the PPN to other organisations operating in the NHS, as set out above, which are now also to be considered as in-scope organisations.'),
 # NHS modern slavery regulations and guidance
 (MSL, 'nhs-guidance', U, EO, [], MSL_S, 'The National Health Service (Procurement, Slavery and Human Trafficking) Regulations 2025 (the regulations) set out a requirement that all those procuring goods and services for the purposes of the health service in England will be required to assess the risk of modern slavery in their supply chains and respond by taking reasonable steps to mitigate that risk.'),
 (MSL, 'nhs-guidance', U, EO, [], MSL_S, 'A key component of the changes introduced by the 2022 act – and strongly supported by stakeholders across government, the NHS and local government – is that the new regulations will address modern slavery risk within all points of the commercial lifecycle.'),
 (MSL, 'nhs-guidance', U, EO, [], MSL_S, 'The regulations will build in reasonable steps when developing procurements and contracts, during the contract award stage and throughout the contract term.'),
 (MSD, 'nhs-guidance', U, EO, [], MSD_S, 'The regulations will apply to all procurement activities undertaken by a public body (this term being used throughout this guidance as defined within the regulations), regardless of value.'),
 (MSD, 'nhs-guidance', U, EO, [], MSD_S, 'DHSC is creating regulations to eradicate the use in the health service of goods and services which are tainted by slavery and human trafficking.'),
 # HALN case study: ELFT's five social value priorities
 (HAL, 'nhs-trust', U, MU, [], HAL_S, 'In 2020, its Council of Governors voted and agreed on five social value priorities to embed in our procurement processes:'),
 (HAL, 'nhs-trust', U, EO, [], HAL_P, 'Ensuring our suppliers pay the Real Living Wage set by the Living Wage Foundation'),
 (HAL, 'nhs-trust', U, EI, [], HAL_P, 'Investment to grow and retention of spend in local economies'),
 (HAL, 'nhs-trust', U, EI, ['equal-opportunity', 'covid-recovery'], HAL_P, 'The creation of equal employment and training opportunities for local people, people with protected characteristics, service users, and groups hardest hit by the COVID-19 pandemic'),
 (HAL, 'nhs-trust', U, CL, [], HAL_P, 'A commitment to sustainability, including a reduction in carbon emissions'),
 (HAL, 'nhs-trust', U, EI, [], HAL_P, 'Support for young workers, school leavers and apprenticeship schemes'),
 # NHS Supply Chain ethical sourcing and social value (held source)
 (NSC, 'nhs-guidance', U, EO, [], NSC_S, 'NHS Supply Chain is committed to tackling modern slavery and upholding labour standards.'),
 (NSC, 'nhs-guidance', U, MU, [], NSC_S + ': The Social Value Model', 'The five themes that we expect to see all of our suppliers cover in the tender process are:'),
 # NHS Tayside Community Benefits Policy
 (TAY, 'nhs-board', S, MU, [], TAY_1, 'NHS Tayside is committed to maximising Community Benefits from its procurement activities.'),
 (TAY, 'nhs-board', S, MU, [], TAY_1, 'These clauses can be used to build a range of economic, social or environmental conditions into the delivery of contracts.'),
 (TAY, 'nhs-board', S, MU, [], TAY_2, 'NHS Tayside will ensure that Community Benefits are considered and included in all relevant contracts including works, goods & services contracts.'),
 (TAY, 'nhs-board', S, EI, [], TAY_2K, 'the creation of apprenticeships, training and work experience for younger people and the long term unemployed.'),
 (TAY, 'nhs-board', S, EI, [], TAY_2K, 'Increasing supply chain opportunities for social enterprises, supported businesses and Third Sector Organisations.'),
 (TAY, 'nhs-board', S, MU, [], TAY_2S, 'Increase the Community Benefits outcomes generated through the inclusion of Community Benefits clauses within services and goods contracts'),
 (TAY, 'nhs-board', S, MU, [], TAY_2S, 'Consider the inclusion of Community Benefits in all relevant procurement activities and maximise outcomes through the use of Voluntary Community Benefits'),
 (TAY, 'nhs-board', S, MU, [], TAY_2S, 'Expand the types of Community Benefits outcomes generated'),
 # NHS Greater Glasgow and Clyde supply chain diversity
 (GGC, 'nhs-board', S, EO, ['economic-inequality'], GGC_S, 'NHS Greater Glasgow and Clyde (NHSGGC) in partnership with the Supplier Development Programme (SDP) and supported by the Health Foundation, will look to engage small businesses throughout the health board area to reach businesses owned and led by people from diverse backgrounds.'),
 (GGC, 'nhs-board', S, EI, [], GGC_S, 'The work with the Supplier Development Programme aims to encourage a wider pool of suppliers, including more local SMEs, to become a part of its supply chain.'),
 (HER, 'nhs-board', S, EO, [], HER_S, 'NHS Greater Glasgow and Clyde is to launch a review that aims to increase diversity within the supply chain.'),
 (HER, 'nhs-board', S, EO, ['economic-inequality'], HER_S, 'Scotland’s biggest health board has pledged to recruit more firms led by ethnic minority groups.'),
 # NHS Lothian procurement: climate change
 (LOT, 'nhs-board', S, CL, [], LOT_S, 'We have a responsibility to consider the protection of the natural world during the procurement process.'),
 (LOT, 'nhs-board', S, CL, [], LOT_S, 'As such we consider the long- and short-term environmental impacts of their requirements for goods, services, utilities and works when making decisions.'),
 # NSS haemodialysis case study (held source)
 # Welsh Health Supplies uniform contract
 (WHS, 'nhs-case', W, EO, [], WHS_S, 'The outcome of a competitive dialogue process was to include a requirement in the contract for the whole supply chain to be compliant with the Ethical Trading Initiative (ETI) Base Code.'),
 (WHS, 'nhs-case', W, EO, [], WHS_S, 'The contract also required a labour standards audit to have been conducted within the last 6 months at each supplier’s site throughout the supply chain, including the textile manufacturer, the dye house, and the garment manufacturer, as well as any warehousing.'),
 (WHS, 'nhs-case', W, EO, [], WHS_S, 'In addition, details of the most recent corrective action report were required.'),
 (WHS, 'nhs-case', W, EO, [], WHS_S, 'If an audit was not available, the supplier was required to pay for an audit to be undertaken by WHS’ approved partner.'),
 # NWSSP waste bags and aprons market engagement (held source)
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # consultancy summary: CRP, Net Zero Commitment and Evergreen as conditions
 (BPR, 'nhs-guidance', U, BPR_1, 'From April 2024, all new suppliers (regardless of contract value) must have a Carbon Reduction Plan.'),
 (BPR, 'nhs-guidance', U, BPR_1, 'Existing suppliers bidding for high-value contracts (over £5m per year, excl. VAT) must also provide a CRP.'),
 (BPR, 'nhs-guidance', U, BPR_1, 'For lower-value contracts (£10k–£5m per year), suppliers must at least have a Net Zero Commitment.'),
 (BPR, 'nhs-guidance', U, BPR_1C, 'Use the PPN 06/21 template.'),
 (BPR, 'nhs-guidance', U, BPR_3, 'This is an online self-assessment tool that helps suppliers understand and improve their sustainability performance.'),
 # East of England hub workshop
 (EOE, 'nhs-guidance', U, EOE_S, 'The event brought together procurement professionals from across the region to explore how social value can be planned, defined, measured meaningfully in NHS contracts – and delivered as more than an afterthought'),
 (EOE, 'nhs-guidance', U, EOE_F, 'Asking for generic corporate social responsibility policies instead of specific deliverables;'),
 # Strategy Unit evaluation of ELFT; ELFT news
 (STU, 'nhs-trust', U, STU_S, 'The focus of the report is on learning around processes – what has worked well and where processes might be enhanced – more than on the benefits realised to date.'),
 (STU, 'nhs-trust', U, STU_F, 'Refining the tendering process to be clearer in how it identifies, and checks adopted questions and criteria.'),
 (ELF, 'nhs-trust', U, ELF_S, 'Anchor institutions are large public sector organisations which are rooted in place and connected to their communities, such as universities, local authorities, and hospitals.'),
 # Health Estates Journal: the author's role and record
 (HEJ, 'nhs-trust', U, HEJ_S, 'In his current role working on delivery of a new Women & Children’s Hospital, he is responsible for embedding approaches to social value and sustainability across a £300 m+ programme of capital projects.'),
 (HEJ, 'nhs-trust', U, HEJ_S, 'He pioneered initiatives such as Liverpool’s Community- Led Housing Policy, and the implementation of a 20% social value weighting in capital project procurement processes, ensuring enhanced value for money and real community impact.'),
 # Trowers; Hill Dickinson; modern slavery guidance; HALN; NHS Supply Chain
 (TRW, 'nhs-guidance', U, TRW_P, 'The PPN (which was first implemented in September 2020) launched a new model to deliver social value through Government’s commercial activities (the Social Value Model).'),
 (HDP, 'nhs-guidance', U, HDP_S, 'The new NHS Social Value Playbook, published in June 2025, is the latest step in supporting NHS commissioners and procurement professionals to practically embed social value in procurements of goods and services.'),
 (MSL, 'nhs-guidance', U, MSL_S, 'In December 2023, DHSC, supported by NHS England, delivered a review of risk of modern slavery and human trafficking in the NHS supply chains.'),
 (MSL, 'nhs-guidance', U, MSL_S, 'The review covered a snapshot in time and showed that across 60% of spend on medical consumables, 21% of suppliers were identified as high risk for modern slavery and 16% were medium risk.'),
 (HAL, 'nhs-trust', U, HAL_S, 'We commissioned a process evaluation of our implementation of these social value priorities in the procurement and delivery of two key contracts; with Big Blue Door (a SME) to develop a new intranet and website, and with OCS (a multinational corporation) to provide soft facilities management.'),
 (HAL, 'nhs-trust', U, HAL_S + ': Impact of the programme', 'Qualitative research was undertaken to explore the perspectives of ELFT as a commissioner, our suppliers and our service users (as intended beneficiaries of social value implementation).'),
 (NSC, 'nhs-guidance', U, NSC_M, 'Supplier grouping: Grouping suppliers into high, medium, and low priority.'),
 (NSC, 'nhs-guidance', U, NSC_M, 'Volunteering: We will also provide all colleagues with the option to undertake two days of volunteering in their communities each year.'),
 # Liverpool University Hospitals
 (LIV, 'nhs-trust', U, LIV_S, 'This is requirement forms part of a larger national ‘net zero supplier roadmap’, which has actions up to 2023.'),
 (LIV, 'nhs-trust', U, LIV_S + ': Cheshire and Merseyside Social Value Award', 'In November 2020, the Trust successfully achieved the Cheshire and Merseyside Social Value Award, the joint first NHS organisation to obtain the award.'),
 # Arden & GEM CSU blog on Cheshire and Merseyside
 (AGM, 'nhs-icb', U, AGM_S, 'Having laid solid foundations through a Social Value Charter and award scheme, the HCP launched an Anchor Institution Charter and Framework in 2022 to drive and monitor tangible achievements in delivering social value.'),
 # ICB procurement pages
 (CMI, 'nhs-icb', U, CMI_S, 'NHS Cheshire and Merseyside - an integrated care board - is responsible for commissioning healthcare services for our local population.'),
 (CMI, 'nhs-icb', U, CMI_S, 'As a public body, we are required to ensure value for money in our purchases and in doing so, must follow the requirements of the Public Contracts Regulations (2015) and the NHS Procurement, Patient Choice and Competition Regulations (2013).'),
 (NOT, 'nhs-icb', U, NOT_S + ': Procurement Policy', 'Nottingham and Nottinghamshire ICB has a responsibility to ensure that it has a consistent, transparent and effective approach to the procurement, commissioning and contract management of goods, services and works.'),
 (CEI, 'nhs-icb', U, CEI_S + ': Provider Selection Regime annual summary', 'The ICB publishes an annual summary of the application of the Provider Selection Regime.'),
 (ESX, 'nhs-icb', U, ESX_S + ': Introduction', 'This document is the Procurement Policy for NHS Essex Integrated Care Board (“the ICB”), including any future successor body, and establishes the guiding principles, legal compliance requirements, and operational procedures for procurement activities.'),
 (ESX, 'nhs-icb', U, ESX_S + ': Document control', 'Impact assessments undertaken: Equality and Health Inequalities Impact Assessment'),
 # NHS Tayside Community Benefits Policy: definitions
 (TAY, 'nhs-board', S, TAY_1, 'Community Benefit Clauses are contractual requirements which deliver wider benefits in addition to the core purpose of the contract.'),
 (TAY, 'nhs-board', S, TAY_1, 'Such social, economic and environmental benefits are hereinafter referred to as "Community Benefits".'),
 # NHS Greater Glasgow and Clyde
 (GGC, 'nhs-board', S, GGC_S, 'NHSGGC is the largest health board in Scotland and spends £660 million each year with third-party providers.'),
 (HER, 'nhs-board', S, HER_S, 'The board will review existing supplier data, gather knowledge about the local SME base, and will seek to understand the diversity within the supplier base in the board’s local area.'),
 # Health Facilities Scotland; NHS Lothian; CivTech
 (CIV, 'nhs-board', S, CIV_S, 'How can technology increase circularity in the NHS Scotland supply chain?'),
 (CIV, 'nhs-board', S, CIV_S + ': Why does this Challenge need to be solved?', 'NHS Scotland has a target to reach net zero by 2040 for operational aspects of its activities and by 2045 for its supply chain which includes the products and services the NHS procures.'),
 # NSS haemodialysis case study (held source)
 # Welsh Health Supplies uniform contract
 (WHS, 'nhs-case', W, WHS_S, 'In May 2009, the All Wales Nurses’ and Midwives’ Uniforms Procurement Project Board was put together to provide leadership for a new contract tender for an estimated 150,000 uniforms.'),
 (WHS, 'nhs-case', W, WHS_S, 'Welsh Health Supplies worked with High Street Textiles Testing Services (HSTTS), a qualified audit body, to review the documentation provided by potential suppliers.'),
 # NHS Wales decarbonisation plan: the NHS's own actions; Public Health Wales
 (GWS, 'nhs-strategy', W, GWS_S + ': Buildings and land', 'Building energy and utilities consumption will be actively managed and minimised.'),
 (GWS, 'nhs-strategy', W, GWS_S + ': Buildings and land', 'All new buildings and major refurbishments will align with the new Welsh interpretation of the NHS Net Zero Carbon Building Standard.'),
 (GWS, 'nhs-strategy', W, GWS_S + ': Fleet', 'NHS organisations will actively manage and monitor travel activities within their organisation to identify and implement opportunities to maximise fleet efficiency.'),
 (GWS, 'nhs-strategy', W, GWS_S + ': Governance and programme implementation', 'Foster a climate smart workforce of staff who feel empowered to champion sustainable practices and tackle the climate emergency through their roles.'),
 (GWP, 'nhs-strategy', W, GWP_S, '19a: Expand the NHS Wales sustainable procurement code of practice, to set and publish procurement “well‑being objectives”, in line with the Social Partnership and Public Procurement (Wales) Act (SPPP) 2023; specific objectives will address low‑carbon delivery and waste reduction'),
 (PHW, 'nhs-strategy', W, PHW_S, 'One of the headline commitments requires all health boards and trusts to develop Decarbonisation Action Plans, which will be updated regularly and committed to within Integrated Medium-Term Plans on a 2-yearly basis.'),
 # NWSSP waste bags and aprons market engagement (held source)
 (WBA, 'nhs-notice', W, WBA_S + ': Description', 'NHS Wales, through the NHS Wales Shared Services Partnership (NWSSP), invites suppliers to participate in preliminary market engagement for the potential procurement of waste bags and aprons.'),
 (WBA, 'nhs-notice', W, WBA_S + ': Engagement: Key Objectives: 1. Sustainability', 'NHS Wales is committed to achieving net zero carbon emissions by 2030, as outlined in the NHS Wales Decarbonisation Strategic Delivery Plan.'),
 # NHS SBS HCIS2; NHS England COVID-19 outreach (Find a Tender)
 (SBS, 'nhs-notice', U, SBS_S + ': two.1.4) Short description', 'NHS Shared Business Services act in an Agency capacity for and on behalf of its customers (Approved Organisations) - existing and new.'),
 (COV, 'nhs-notice', U, COV_S, 'Lot 10 - COVID-19 Vaccination Programme Outreach Vaccinations - Herefordshire'),
 (COV, 'nhs-notice', U, COV_S, 'Lot 1 - COVID-19- Black Country Targeted Outreach Intervention (Pop-Up & Mobile)'),
 # NHS Supply Chain fresh food DPS; NHS England prisons healthcare (tender-listing copies)
 (SCF, 'nhs-notice', U, SCF_S, 'NHS Supply Chain: Food seeks to establish a non-exclusive DPS Agreement for the supply of Fresh Food to NHS Supply Chain: Food’s customer base via the Direct Route covering products including but not limited to: fruit, vegetables, prepared potatoes, salads, milk, dairy products, eggs, bread, morning goods, fresh meat, fresh poultry, fresh fish and meat alternatives.'),
 (SCF, 'nhs-notice', U, SCF_S, 'The DPS will be in place for a minimum of 7 years with an approximate spend of £200m and will be the main procurement route for NHS Trusts Fresh Food requirements.'),
 (PRI, 'nhs-notice', U, PRI_S, 'North of England Commissioning Support (NECS) is a commissioning support service working for and on behalf of NHS England - North East and Yorkshire Health and Justice Team (the Relevant Authority) who have undertaken a competition process to provide Primary Care Services (including Substance Misuse) and Mental Health Services (including Learning Disabilities and Autism) for West Yorkshire adult male prisons within His Majesty\'s Prison and Probation Service (HMPPS).'),
 (PRI, 'nhs-notice', U, PRI_S, 'The contract term is for an initial period of 6 years, with an option to extend for a further 2 years at the discretion of the Relevant Authority and subject to satisfactory contractual and financial performance.'),
 # BSO PaLS notices (Northern Ireland; d3tenders copies)
 (HWB, 'nhs-notice', N, HWB_S + ': Lot 1: Belfast HSCT Area', 'Workplace Health and Wellbeing Support Service. Additional information: The estimated value stated in II.1.7 is for 3 years plus provision for up to 36 months extension, plus 18 months emergency extension and includes 50 percent contingency for potential increase in demand.'),
 # PSR award notices (d3tenders copies)
 (PHM, 'nhs-notice', U, PHM_S, 'The provider will work with its constituent GP practices, other community, voluntary and secondary care providers to provide a range of preventive and interventive health services including coordinated care for people with 3 or more long term conditions.'),
 (CHC, 'nhs-notice', U, CHC_S, 'The main purpose of the service is to deliver a service that fully complies with the statutory National Framework in relation to NHS Funded Care.'),
 (CHC, 'nhs-notice', U, CHC_S, 'The contract will be of nil value and will include individual place agreements within the contract that will include agreed costs.'),
]
OGL_HOSTS = ('gov.wales', 'gov.uk', 'find-tender.service.gov.uk')
batch = Batch('public-texts-64.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; the pages of one publication share one group (the NHS Wales
    # decarbonisation plan 2025-2030, as its procurement part already has); each notice
    # is one group (`ocds:<ocid>` where known, else the notice's own address).
    if 'nhs-wales-decarbonisation-strategic-delivery-plan-2025-2030' in src: return batch.group_of_source.get(GWP, GWP)
    if (g := ocid_group(src)): return g
    return src


assert all(j in (U, S, W, N) for _, _, j, *_ in R + NEG)
batch.emit_lists('pub64', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
