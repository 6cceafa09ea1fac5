"""Write /work/batches/public-texts-63.jsonl: batch 63, WALES. Community benefits, social value and socially responsible
procurement asks as Welsh buyers and the Welsh Government put them (award criteria lines of Welsh tender notices,
community benefits sections of Sell2Wales notices, Welsh Government policy notes and guidance on reserved contracts,
ethical employment, the procurement policy statement and the Social Partnership and Public Procurement (Wales) Act
duties, council and university statements of what they ask suppliers to deliver), with hard negatives from the same
documents (what is bought, including recycling and waste services bought as the service, other award criteria and
weightings, contract terms, framework mechanics, document and transparency text, the buyers' own spend figures,
investments and internal plans).

Sources (all new to the corpus): tender notices of NHS Wales Shared Services Partnership (Waste Bags and Aprons,
bidatlas.co.uk copy), Cardiff Council (Highway Maintenance, bidatlas.co.uk copy; Dry Mixed Recycling on Find a Tender;
Floating Support, d3tenders.com copy), Hywel Dda University Health Board (absorbent hygiene products recycling,
d3tenders.com OCDS copy), Natural Resources Wales (forestry framework pipeline notice, d3tenders.com copy), a Public
Health Wales Sell2Wales notice, and five Sell2Wales notices in github:apa999/CFServer1 test data (Cardiff and Vale UHB
swimming pool maintenance, Transport for Wales HR and legal advice and TrawsCymru T4 bus services, a council capital
works framework, Adra's Ffram24); gov.wales Welsh Procurement Policy Notes 02/21, 009, 05/21, 07/21, 013, 02/22 and
11/21, the Procurement Act 2023 guidance on reserving contracts for supported employment providers, the Wales
Procurement Policy Statement and the written statement on its publication; the legislation.gov.uk explanatory notes to
section 24 of the Social Partnership and Public Procurement (Wales) Act 2023; a 2010 Welsh Assembly Government cabinet
statement and a 2012 Welsh Government press release (wired-gov.net copy) on community benefits; the Welsh Government
Code of Practice on Ethical Employment in Supply Chains and its toolkit guides (docslib.org, fdocuments.in and
vdocuments.site copies) and the Open Government Partnership record of that commitment; a Senedd procurement statement
(TheyWorkForYou copy); Capital Law's note on the Welsh regime; Newport City Council's cabinet minutes on its core
TOMs; Swansea University and Bangor University sustainability and procurement pages; news reports on Flintshire,
Denbighshire and Wrexham councils' procurement; Public Health Wales' sustainable procurement guide page; United Welsh
housing association's interview on connect4success.wales; Cardiff Community Housing Association's community benefit
statement; Rhondda Cynon Taf and i2i's TR&T toolkit appendices (docstoc copy); a Cardiff Council officer decision
(councilgateway copy).

Texts are verbatim from the stored pages read through the `search` tool (pages corpus) and from the fetched
CFServer1 mirror (`git show HEAD:path`; its line-break escapes `rn` rendered as spaces); list bullets, paragraph
numbers and contents-page numbers dropped. Not scored: the batch is scored blind afterwards. Texts already in the
corpus, and texts the held-out file holds, are left out (named on stderr). Crown copyright pages (gov.wales,
wales.gov.uk, sell2wales, find-tender, legislation.gov.uk) are OGL v3, notice copies carry the NOTICE_* licences, the
rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-63.py > /work/batches/public-texts-63.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, NOTICE_CFSERVER, host_licence, ocid_group

W = 'wales'

# Notices
BWB = 'https://bidatlas.co.uk/tenders/074381-2025'
BHM = 'https://bidatlas.co.uk/tenders/004935-2026'
FDMR = 'https://www.find-tender.service.gov.uk/Notice/046259-2025'
DFS = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-058f1b'
DAHPJ = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03f549'
DNRW = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06c2c4&search=d3t'
S2W = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=JUL208834'
CFS = 'github:apa999/CFServer1@cfda786f8069d6df8a0d4e7b38beff81e3a36338:CFServerTests/TestData/WelshData/'
SWP = CFS + 'WRel27.swift#ocds-kuma6s-148390'
TFL = CFS + 'WRel42.swift#ocds-kuma6s-148352'
TBS = CFS + 'WRel50.swift#ocds-kuma6s-148266'
CWF = CFS + 'WRel6.swift#ocds-kuma6s-148370'
ADR = CFS + 'WRel22.swift#ocds-kuma6s-148387'
# Welsh Government policy notes and guidance
WP0221 = 'https://gov.wales/wppn-02-21-reserving-contracts-with-businesses-with-a-public-service-mission-html'
WP009 = 'https://gov.wales/wppn-009-reserving-contracts-to-certain-suppliers-html'
WP0521 = 'https://gov.wales/node/40233'
WP0721 = 'https://www.gov.wales/wppn-07-21-sme-friendly-procurement-html'
WP013 = 'https://gov.wales/wppn-013-sme-friendly-procurement-html'
WP0222 = 'https://www.gov.wales/wppn-02-22-transparency-publication-of-contract-award-notices-html'
WP1121 = 'https://gov.wales/wppn-11-21-ethical-employment-in-supply-chains-for-the-welsh-public-sector-html'
SEP = 'https://www.gov.wales/procurement-act-2023-guidance-reserving-contracts-for-supported-employment-providers-html'
WPPS = 'https://gov.wales/procurement-policy-statement-html'
WPPSW = 'https://www.gov.wales/written-statement-publication-wales-procurement-policy-statement'
LEG = 'https://www.legislation.gov.uk/cy/asc/2023/1/notes/division/2/3/2/1'
CAB = 'http://wales.gov.uk/about/cabinet/cabinetstatements/2010/100422comm/?lang=en&status=closed'
WGH = 'http://www.wired-gov.net/wg/wg-news-1.nsf/0/A593FE6095B36171802579AD0053FBA2?OpenDocument'
# Code of Practice on Ethical Employment in Supply Chains
COPQ = 'https://docslib.org/doc/7306509/code-of-practice-ethical-employment-in-supply-chains-may-2017'
COPLW = ('https://docslib.org/doc/6563447/code-of-practice-guide-to-implementing-the-living-wage-through-'
         'procurement-file-type')
COPF = ('https://fdocuments.in/document/code-of-practice-considered-as-part-of-the-procurement-process-we-will-41-'
        'include.html')
VSF = 'https://vdocuments.site/code-of-practice-govwales-no-pay-travel-and-subsistence-expenses-have-often.html'
OGP = 'https://www.opengovpartnership.org/members/united-kingdom/commitments/UK0087/'
# Others
TWFY = ('https://matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2022-01-25.4.402559.h&s=representation+NOT+'
        'taxation+speaker%3A26244+speaker%3A26156+speaker%3A26156+speaker%3A26156')
CAP = 'https://www.capitallaw.co.uk/news/procurement-reforms-in-wales-how-the-new-regime-works-together'
SWU = 'https://www.swansea.ac.uk/sustainability/positive-procurement/'
SWF = 'https://www.swansea.ac.uk/sustainability/fairtrade,%20ethical%20procurement/'
BGF = 'https://www.bangor.ac.uk/sustainability/finance-and-procurement.php.en'
BGQ = 'https://www.bangor.ac.uk/environment/faq.php.en'
FLN = ('https://www.leaderlive.co.uk/news/17975604.flintshire-councils-cabinet-discuss-making-supply-chain-'
       'locally-based/')
DEN = 'https://llanblogger.blogspot.com/2016/02/county-supports-contract-bids-by-local.html?m=1'
WRX = 'http://www.wrexham.com/news/wrexham-council-defend-local-procurement-figures-51648.html'
PHW = 'https://phwwhocc.co.uk/resources/be-the-change-procurement-that-doesnt-cost-the-earth/'
UWH = 'https://connect4success.wales/en_gb/category/interviews/'
CCHA = ('http://businessdocbox.com/Human_Resources/123339826-Community-benefit-statement-1-cardiff-community-'
        'housing-associations-ccha-values.html')
RCT = 'http://www.docstoc.com/docs/70432920/Employment-Contract-for-Trainee'
NPT = 'https://democracy.newport.gov.uk/mgAi.aspx?ID=10539&LLL=0'
CGW = 'https://councilgateway.poteris.co.uk/decisions/137507'

BWB_S = 'Waste Bags and Aprons (NHS Wales Shared Services Partnership): Lots'
BHM_S = 'Highway Maintenance (Cardiff Council): Lots'
FDMR_S = 'Transportation and Processing of Dry Mixed Recycling (Cardiff Council)'
CB_S = ': Additional information: The Community Benefits included in this contract are:'
SWP_S = 'Swimming Pool Maintenance (Cardiff and Vale University Health Board)'
SEP_S = 'Procurement Act 2023 guidance: Reserving contracts for supported employment providers'
COPQ_S = 'Code of Practice: Example questions, conditions and policies'
SWU_S = 'Swansea University: Positive Procurement'
SWU_E = SWU_S + ': Our Purchasing Decisions Can Have Important Implications: for example:'
SWU_C = SWU_S + ': We are committed to positive purchasing. This means:'
NPT_S = ('Newport City Council Core TOMs (Themes, Outcomes and Measures) for Measuring Social Value in Contracts: '
         'Minutes')
OGP_S = 'Code of Practice in Supply Chains (UK0087)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Notice award criteria and community benefits
 (BWB, 'wales-notice', W, MU, [], BWB_S, 'Lot 1 Award Criterion (quality): Sustainability, Foundational Economy and Social Value (15%)', {'weighting_percent': 15}),
 (BHM, 'wales-notice', W, EI, [], BHM_S, 'Lot 1 Award Criterion (quality): CWB (10%)', {'weighting_percent': 10}),
 (FDMR, 'wales-notice', W, EI, [], FDMR_S + ': Award criteria', 'CWB', {'weighting_percent': 10}),
 (SWP, 'wales-notice', W, EI, [], SWP_S + CB_S + ' Social Value:', 'Foundational Economy'),
 (SWP, 'wales-notice', W, MU, [], SWP_S + CB_S + ' Social Value:', 'WBFGA'),
 (SWP, 'wales-notice', W, CL, [], SWP_S + CB_S + ' Social Value:', 'Decarbonisation'),
 (SWP, 'wales-notice', W, MU, [], SWP_S + ': Additional information', 'Under the terms of this contract the successful supplier(s) will be required to deliver Community Benefits in support of the authority’s economic and social objectives.'),
 (RCT, 'wales-toolkit', W, EI, [], 'Rhondda Cynon Taf County Borough Council & i2i: Targeted Recruitment and Training (TR&T) Toolkit: Appendix 1 - Basic TR&T Requirements: suitable for the procurement of a stand-alone contract', 'Targeted Recruitment & Training (TR&T) and Supply-chain Opportunities'),
 # Welsh Government: reserved contracts, supported employment, SMEs
 (WP0221, 'wales-policy', W, EO, ['economic-inequality'], 'WPPN 02/21: Reserving contracts with businesses with a public service mission: 2. Purpose', 'The Public Contracts Regulations 2015 (SI 2015/102) include 2 reserved contracting provisions Regulation 20 and 77 designed to help WPS bodies address social inclusion goals.'),
 (WP0521, 'wales-policy', W, EI, [], 'WPPN 05/21: Guidance on reserving below threshold procurements for Welsh public sector bodies: 1. Purpose', 'It also encourages In Scope organisations to reserve low value tenders for Small and Medium sized Enterprises (SMEs)/ Voluntary, Community and Social Enterprises (VCSEs), and suppliers in specific geographical areas.'),
 (SEP, 'wales-policy', W, EO, [], SEP_S + ': Key points and policy intent', 'Reserving contracts to supported employment providers enables public procurement to be used in such a way as to improve employment prospects for people who may face barriers to finding employment.'),
 (SEP, 'wales-policy', W, EO, [], SEP_S + ': Key points and policy intent', 'To maximise the potential to do this, contracts for any type of goods, services or works can be reserved under section 32.'),
 (SEP, 'wales-policy', W, EO, [], SEP_S + ': Key points and policy intent', 'Section 32(4) of the Act requires that the supported employment provider must provide employment, or employment-related support, to disabled or disadvantaged people.'),
 # Wales Procurement Policy Statement and its written statement; Senedd statement; SPPP Act notes; Capital Law
 (WPPS, 'wales-policy', W, MU, [], 'Wales Procurement Policy Statement: Ministerial foreword', 'Public procurement can play a central role in the delivery of progressive policy priorities ranging from decarbonisation, to social value and community benefits, the Circular Economy and the Foundational Economy.'),
 (WPPS, 'wales-policy', W, MU, [], 'Wales Procurement Policy Statement: Ministerial foreword', 'These policies help to combat climate change, support jobs and training while helping the most vulnerable.'),
 (WPPSW, 'wales-policy', W, MU, [], 'Written Statement: Publication of the Wales Procurement Policy Statement', 'Public procurement can play a central role in the delivery of progressive policy priorities ranging from decarbonisation, to social value, fair work, community benefits, the circular economy and the foundational economy.'),
 (TWFY, 'wales-policy', W, MU, [], 'Senedd: Statement by the Minister for Finance and Local Government: Procurement update', 'Sustainable economic growth, fair work, decarbonisation and delivering effective public services are just some of the priorities that can be supported through clear, smart and effective procurement policy.'),
 (TWFY, 'wales-policy', W, MU, [], 'Senedd: Statement by the Minister for Finance and Local Government: Procurement update', 'Welsh public sector procurement also has the ability to deliver wider social value outcomes for the well-being of Wales.'),
 (LEG, 'wales-law', W, MU, [], 'Social Partnership and Public Procurement (Wales) Act 2023: Explanatory Notes: Section 24 - Socially responsible procurement duty', 'This section sets out an overarching duty on contracting authorities, requiring them to seek to improve the economic, social, environmental and cultural well-being of their areas by carrying out public procurement in a socially responsible way.'),
 (LEG, 'wales-law', W, MU, [], 'Social Partnership and Public Procurement (Wales) Act 2023: Explanatory Notes: Section 24 - Socially responsible procurement duty', 'When carrying out public procurement in respect of prescribed contracts subsection (5) provides that contracting authorities must take all reasonable steps to meet their socially responsible procurement objectives.'),
 (CAP, 'wales-policy', W, MU, [], 'Procurement reforms in Wales: how the new regime works together: The Social Partnership and Public Procurement (Wales) Act 2023: The SPPPWA introduces three key reforms:', 'A Socially Responsible Procurement Duty – public bodies must: (1) improve economic, social, environmental and cultural wellbeing through procurement, (2) publish principles to support this and (3) incorporate forthcoming model public works clauses (for works contracts over £2m) covering prompt payment, fair work, small and medium-sized enterprises (SMEs) access, sustainability and more.'),
 (CAP, 'wales-policy', W, MU, [], 'Procurement reforms in Wales: how the new regime works together: The Social Partnership and Public Procurement (Wales) Act 2023', 'It’s important to note that these clauses will apply to some below-threshold contracts, including sub-contracts and will also need to be added when calling off from existing frameworks.'),
 # Community benefits policy (Welsh Government press release)
 (WGH, 'wales-policy', W, EI, [], 'Making procurement work for Welsh economy and communities (Welsh Government)', 'Used with great effect in the delivery of construction and housing projects, the Community Benefits approach asks suppliers to map out how they will deliver benefits for the community they are working in – for example, they may provide training, employment or apprenticeships to people in the surrounding area, and supply chain opportunities for local Welsh companies.'),
 (WGH, 'wales-policy', W, MU, [], 'Making procurement work for Welsh economy and communities (Welsh Government)', 'Policies such as the "Community Benefits" policy are having a very positive impact and we must ensure widespread adoption of this best practice.'),
 # Ethical employment in supply chains
 (WP1121, 'wales-policy', W, EO, [], 'WPPN 11/21: Ethical employment in supply chains for the Welsh public sector: 1. Issue', 'The Welsh Government is committed to ensuring workers are treated fairly and with respect.'),
 (COPLW, 'wales-toolkit', W, EO, [], 'Code of Practice: Guide to implementing the Living Wage through Procurement: Contents', 'How can you encourage payment of the Living Wage through procurement'),
 (COPLW, 'wales-toolkit', W, EO, [], 'Code of Practice: Guide to implementing the Living Wage through Procurement: Contents', 'Annex A – Example Invitation to Tender question on Fair Work Practices'),
 (COPF, 'wales-toolkit', W, EO, [], 'Code of Practice: Ethical Employment in Supply Chains: considered as part of the procurement process. We will:', 'Include a copy of our Policy on ethical employment (Commitment 1) in all procurement documentation.'),
 (OGP, 'wales-policy', W, EO, [], OGP_S + ': Description', 'Objective: To achieve high levels of sign-up to 12 commitments aimed at promoting the legal and ethical treatment of workers.'),
 (OGP, 'wales-policy', W, EO, [], OGP_S + ': Description', 'Another ambition is to raise and level the playing field in Wales so that suppliers that wish to employ workers ethically are not disadvantaged in bidding for public contracts.'),
 (OGP, 'wales-policy', W, EO, [], OGP_S + ': Description', 'A third ambition is to encourage the more widespread adoption of the Living Wage Foundation’s Living Wage (based on the costs of living).'),
 # Buyers' statements: Swansea University, Flintshire
 (SWU, 'wales-buyer', W, EO, ['climate'], SWU_E, 'Raw material and manufacturing impacts of furniture or IT, such as deforestation or human rights infringements'),
 (SWU, 'wales-buyer', W, CL, [], SWU_E, 'Carbon emissions from transportation and delivery of goods or use of travel services'),
 (SWU, 'wales-buyer', W, CL, [], SWU_E, 'Wastes and emissions, during and at the end of products use'),
 (SWU, 'wales-buyer', W, WB, [], SWU_E, 'Community benefits such as community engagement and investment from responsible construction projects'),
 (SWU, 'wales-buyer', W, MU, [], SWU_C, 'Working with our suppliers and service providers to reduce impacts and raise standards in a responsible manner'),
 (FLN, 'wales-buyer', W, MU, [], 'Flintshire Council\'s cabinet discuss making supply chain locally based', 'It also makes links to broader polices adopted by the council on ensuring that its supply chain does not support unethical practice, and on requiring contractors to ;give something back to the community\' through its social value policy.'),
 (FLN, 'wales-buyer', W, CL, [], 'Flintshire Council\'s cabinet discuss making supply chain locally based', 'A large proportion of the council’s carbon footprint will be generated by the goods and services it buys so in future the council will asking its contractor’s to work to reduce their own carbon emissions.'),
 # Added: Code of Practice foreword, OGP ambitions, Senedd statement, Welsh Government statements
 (COPF, 'wales-toolkit', W, EO, [], 'Code of Practice: Ethical Employment in Supply Chains: Ministerial foreword', 'It is therefore vital that, at every stage, there are good employment practices for the millions of employees.'),
 (COPF, 'wales-toolkit', W, EO, [], 'Code of Practice: Ethical Employment in Supply Chains: Ministerial foreword', 'Good employment practices, which empower and reward workers, help to improve the quality of life of people here in Wales and further afield and, in turn, result in better quality goods and services.'),
 (COPF, 'wales-toolkit', W, EO, [], 'Code of Practice: Ethical Employment in Supply Chains: Ministerial foreword', 'Poor – and even unethical – practices, such as the unfair use of zero hours contracts, can lead to poor morale, high staff turnover and, in some cases, can be dangerous and exploitative.'),
 (OGP, 'wales-policy', W, EO, [], OGP_S + ': Description', 'Ambition: One ambition of this piece of work is to raise awareness of the prevalence of modern slavery in our supply chains and take actions to address areas of high risk.'),
 (TWFY, 'wales-policy', W, MU, [], 'Senedd: Statement by the Minister for Finance and Local Government: Procurement update', 'Procurement is one of the most important and powerful levers the Welsh Government can use to help achieve its programme for government aspiration of a more prosperous, more equal and greener Wales.'),
 (TWFY, 'wales-policy', W, MU, [], 'Senedd: Statement by the Minister for Finance and Local Government: Procurement update', 'The diverse scope and vast scale of Welsh public sector expenditure provides firm foundations to maximise our contribution to the seven well-being goals in the Well-being of Future Generations (Wales) Act 2015.'),
 (WGH, 'wales-policy', W, EI, [], 'Making procurement work for Welsh economy and communities (Welsh Government)', 'During a visit to the "Harbour Way" project the Minister heard how using the Welsh Government’s “Community Benefits” policy had resulted in local people being offered employment and Welsh companies making up 91% of those awarded contracts.'),
 (CAB, 'wales-policy', W, MU, [], 'The launch of the Welsh Assembly Government’s “Community Benefits Guide”', 'Public procurement can make an enormous difference to the social, economic and environmental well being of Wales and the Welsh Assembly Government is continually looking at innovative ways to drive value.'),
 (SWU, 'wales-buyer', W, MU, [], SWU_C, 'Removing or minimising the negative impacts and maximising the benefits, when we make the choice of whether to and what to buy, or what services to use'),
 (VSF, 'wales-toolkit', W, EO, [], 'Code of Practice: Guide to tackling Unfair Employment Practices and False Self-Employment: Contents', 'How can you tackle unfair employment practices?'),
 (NPT, 'wales-buyer', W, MU, [], NPT_S, 'From a list of over 90 measures in the national framework, the Council’s procurement team worked with officers around the Council to develop a core list of about 45 measures, representing this Council’s ‘long list’ of measures for use locally.'),
 (NPT, 'wales-buyer', W, MU, [], NPT_S, 'Council tenders for contracts would incorporate a smaller number of these (around 2-5 mainly) which were suitable to the nature of those services and goods being procured and these would be ‘scored’ alongside the other criteria of price and quality.'),
 (NPT, 'wales-buyer', W, CL, [], NPT_S, 'Measures in relation to our suppliers ‘carbon footprint’ and its reduction would be required to be used as default.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Notices: other award criteria, what is bought, terms
 (BWB, 'wales-notice', W, BWB_S, 'Lot 1 Award Criterion (quality): Staff and Account Management (10%)', {'weighting_percent': 10}),
 (BWB, 'wales-notice', W, BWB_S, 'Lot 1 Award Criterion (quality): Innovation and Quality Assurance (10%)', {'weighting_percent': 10}),
 (BWB, 'wales-notice', W, BWB_S, 'Lot 1 Award Criterion (price): Price (60%)', {'weighting_percent': 60}),
 (BWB, 'wales-notice', W, 'Waste Bags and Aprons (NHS Wales Shared Services Partnership): Description', 'The provision of Waste Bags and Aprons to NHS Wales Hospitals and Sites'),
 (BHM, 'wales-notice', W, BHM_S, 'Lot 1 Award Criterion (quality): Quality (30%)', {'weighting_percent': 30}),
 (BHM, 'wales-notice', W, BHM_S, 'Lot 1 SME Suitable: Yes'),
 (BHM, 'wales-notice', W, 'Highway Maintenance (Cardiff Council): Description', 'This Highway Maintenance contract has been created to carry out repairs to highways which have been identified during the Councils routine cyclic safety inspections and ad-hoc Highway Maintenance and network improvements.'),
 (FDMR, 'wales-notice', W, FDMR_S + ': Scope: Description', 'The Contracting Authority wishes to appoint one sole provider(s) to deliver the Transportation and Processing of Dry Mixed Recycling Contract.'),
 (FDMR, 'wales-notice', W, FDMR_S + ': Participation: Particular suitability', 'Small and medium-sized enterprises (SME)'),
 (DFS, 'wales-notice', W, 'Floating Support Services (Cardiff Council): Notice Description', 'The Contracting Authority wishes to award two contracts to Ranked 1 and Ranked 2 providers to deliver the Housing Related Floating Support Contracts across Cardiff.'),
 (DAHPJ, 'wales-notice', W, 'HDD-OJEU-53619 Waste Management Services to Recycle Absorbent Hygiene Products: Notice Description', 'Hywel Dda University Health Board ("HDUHB") has awarded a contract for the provision of waste management services to recycle absorbent hygiene products across the HDUHB acute sites across the three counties.'),
 (DAHPJ, 'wales-notice', W, 'HDD-OJEU-53619 Waste Management Services to Recycle Absorbent Hygiene Products: Lot description', 'HDUHB have awarded a contract to introduce recycling of absorbent hygiene product waste ("AHP") which is currently going to landfill via the tiger stripe waste stream.'),
 (DAHPJ, 'wales-notice', W, 'HDD-OJEU-53619 Waste Management Services to Recycle Absorbent Hygiene Products: Lot description', 'The waste which is collected in a tiger stripe bag is being sent to deep landfill sites.'),
 (DNRW, 'wales-notice', W, 'NRW Forestry Infrastructure Construction & Maintenance FWA 2026: Notice Description', 'This framework will cover the whole of Wales and be split into 4 geographical lots: North Wales, Mid Wales, South West and South East Wales.'),
 (S2W, 'wales-notice', W, 'Partner to assist in the evaluation of the Public Health Wales framework for embedding sustainable development: Abstract', 'With the Well-being of Future Generations (Wales) Act 2015 (WFG Act), Wales became the first country in the world to legislate for delivering the United Nations’ Sustainable Development Goals (SDGs).'),
 (S2W, 'wales-notice', W, 'Partner to assist in the evaluation of the Public Health Wales framework for embedding sustainable development: Abstract', 'The Act has been recognised by the World Health Organization as a leading piece of legislation for sustainable development (SD), and there is national and international interest in seeing how the aspirations of the WFG Act are realised through system-wide change.'),
 (SWP, 'wales-notice', W, SWP_S + ': Description', 'Cardiff and Vale University Health Board (CVUHB) have three swimming pools located across three hospital sites: University Hospital Wales, Llandough Hospital and Rookwood.'),
 (SWP, 'wales-notice', W, SWP_S + ': Description', 'The requirement includes annual inspection, testing, maintenance and cleaning of the swimming pools and equipment'),
 (SWP, 'wales-notice', W, SWP_S + ': Additional information: Please note additional information on this procurement:', 'The Contracting Authority reserves the right to award the contract in whole, in part or annul the tendering process and not award any contract.'),
 (SWP, 'wales-notice', W, SWP_S + ': Additional information: Please note additional information on this procurement:', 'Bidders should note that they will be required to enter into terms and conditions of contract as set out in the ITT and that save for matters of clarification or consistency the Contracting Authority will not negotiate the terms.'),
 (TFL, 'wales-notice', W, 'HR & Legal Advice Support Services (Transport for Wales): Description', 'Transport for Wales (TfW) and its subsidiaries seek employment law advice for an initial period of three years via an annual membership/subscription model which includes (but not limited to) legal support, face-to-face and also via a helpline service.'),
 (TFL, 'wales-notice', W, 'HR & Legal Advice Support Services (Transport for Wales)' + CB_S, 'As per ITT Documentation.'),
 (TBS, 'wales-notice', W, 'TrawsCymru T4 Bus Operator Services (Transport for Wales): Description', 'TrawsCymru T4 Route Bus Operator Services for Transport for Wales.'),
 (CWF, 'wales-notice', W, 'Framework for Capital Building Works: Description', 'The Council’s intention is to enter into a Framework Agreement with 6 Contractor\'s per LOT unless fewer tenders are received.'),
 (CWF, 'wales-notice', W, 'Framework for Capital Building Works' + CB_S, 'Please See Schedule 3- Contained in Schedule 8- framework Agreement'),
 (ADR, 'wales-notice', W, 'Ffrâm24 - Fframwaith Deunyddiau - Managed Service Direct Award - Materials Framework (Adra): Description', 'Adra is looking to establish a new Lot under their existing Ffram24 framework.'),
 (ADR, 'wales-notice', W, 'Ffrâm24 - Fframwaith Deunyddiau - Managed Service Direct Award - Materials Framework (Adra): Description', 'Ffram24 is open for use by a wide range of public sector bodies, local authorities, housing associations and beyond throughout Wales.'),
 (ADR, 'wales-notice', W, 'Ffrâm24 - Fframwaith Deunyddiau - Managed Service Direct Award - Materials Framework (Adra)' + CB_S, 'Fel manylir yn y dogfennau tendro / As detailed within the tender documents'),
 (CGW, 'wales-notice', W, 'Cardiff Council decision: localised surface improvements across Cardiff 2025-2027', 'The proposed tender evaluation criteria is 60% cost and 40% quality'),
 # Welsh Government notes and guidance: document, scope and definitions
 (WP0221, 'wales-policy', W, 'WPPN 02/21: Reserving contracts with businesses with a public service mission: 2. Purpose', 'This WPPN is intended to promote the opportunities to use the 2 reserved contracting provisions in the Public Contracts Regulation 2015 and to provide guidance for Welsh public sector bodies to consider when using these provisions.'),
 (WP0521, 'wales-policy', W, 'WPPN 05/21: Guidance on reserving below threshold procurements for Welsh public sector bodies: 1. Purpose', '“Below threshold” contracts are those contracts where the value of the contract is insufficient for the provisions of Part 2 of the PCR 2015 to apply to it.'),
 (WP0721, 'wales-policy', W, 'WPPN 07/21: SME friendly procurement: 1. Purpose', 'The Opening Doors Charter for SME Friendly Procurement was created as part of a programme of actions to deliver a consistent approach to procurement across the WPS while at the same time, addressing issues of particular concern to SMEs.'),
 (WP0222, 'wales-policy', W, 'WPPN 02/22: Transparency: publication of contract award notices: 1. Purpose or issue', 'This WPPN sets out Welsh Government’s commitment to publish information about awards over certain low value thresholds on Sell2Wales (S2W) and to promote this approach as best practice to WPS contracting authorities in Wales.'),
 (WP1121, 'wales-policy', W, 'WPPN 11/21: Ethical employment in supply chains for the Welsh public sector: 1. Issue', 'This Welsh Procurement Policy Note (WPPN) replaces the Ethical Employment Practices in Public Sector Supply Chains Procurement Advice Note for the Welsh Public Sector published in May 2017.'),
 (SEP, 'wales-policy', W, SEP_S + ': What does it mean to reserve a contract?', 'A contract is reserved if only certain types of suppliers can participate in the procurement for the contract.'),
 (SEP, 'wales-policy', W, SEP_S + ': What has changed?', 'While the provisions in the Act that relate to reserving contracts for supported employment providers look different from those in the previous legislation, this is due to changes in terminology to remove EU-derived phraseology.'),
 (WPPS, 'wales-policy', W, 'Wales Procurement Policy Statement: Ministerial foreword', 'Delivery on these ambitions is reliant upon a procurement profession with the skills and capacity needed to make our goals a reality.'),
 (WPPS, 'wales-policy', W, 'Wales Procurement Policy Statement: Ministerial foreword', 'I am proud of the progress we are making together to upskill the profession and increase training opportunities.'),
 (TWFY, 'wales-policy', W, 'Senedd: Statement by the Minister for Finance and Local Government: Procurement update', 'This Government is committed to working with partners across Wales and beyond to develop a modern and sustainable approach to procurement, and I have commissioned the Wales Co-operative Centre consultancy to map the current social value landscape, including the various tools available to the Welsh public sector.'),
 (CAP, 'wales-policy', W, 'Procurement reforms in Wales: how the new regime works together: The Social Partnership and Public Procurement (Wales) Act 2023', 'The Welsh Government expects to hold a public consultation on the model clauses, with implementation likely in 2026.'),
 (CAB, 'wales-policy', W, 'The launch of the Welsh Assembly Government’s “Community Benefits Guide”', 'The public sector in Wales spends approximately £4.3 billion annually on external goods and services.'),
 (WGH, 'wales-policy', W, 'Making procurement work for Welsh economy and communities (Welsh Government)', 'The "Harbour Way" project will provide a 4.8km link to the M4 at Junction 38 (Margam) into Port Talbot and the docks, serving as a vital link to West Wales, the UK motorway network, the trunk road network and mainland Europe.'),
 (COPQ, 'wales-toolkit', W, COPQ_S, 'This document contains examples of procurement questions, contract conditions and policy templates you may wish to use, or adapt for use, within your own procedures.'),
 (COPLW, 'wales-toolkit', W, 'Code of Practice: Guide to implementing the Living Wage through Procurement', 'This Guide is aimed at any person involved in the supply of goods, services and works, including procurement, contract management and supplier management.'),
 # Buyers' own spend, investments, internal plans, what they buy
 (SWU, 'wales-buyer', W, SWU_S, 'At Swansea University we buy a wide range of goods and services ranging from stationery and research equipment to travel services and IT.'),
 (SWU, 'wales-buyer', W, SWU_S, 'The University Sustainability and Procurement teams are currently working on implementing a Positive Procurement management system in line with the Sustainable procurement standard ISO20400.'),
 (SWF, 'wales-buyer', W, 'Swansea University: Positive Procurement & Investment: Ethical Investment Policy', 'The University’s Investment Subcommittee will formally consider representations in relation to the ethical standing of any University investment.'),
 (SWF, 'wales-buyer', W, 'Swansea University: Positive Procurement & Investment: Fairtrade Certified', 'Swansea University was the first in Wales to achieve Fairtrade status.'),
 (BGF, 'wales-buyer', W, 'Bangor University: Finance and Procurement: Living Wage Employer', 'Bangor University is on the way to becoming a Living Wage employer.'),
 (BGQ, 'wales-buyer', W, 'Bangor University: Sustainability FAQs: Will Bangor University be banning meat products from being sold on campus?', 'Local meat is procured for special events, at client request and for some catering outlets, but large-scale purchasing is subject to public procurement regulations.'),
 (FLN, 'wales-buyer', W, 'Flintshire Council\'s cabinet discuss making supply chain locally based', 'At its cabinet meeting on October 22, the council is to review its Procurement Strategy - with it spending nearly £200 million each year on goods, services and construction.'),
 (DEN, 'wales-buyer', W, 'County supports contract bids by local firms (Denbighshire Council)', 'As part of its new procurement strategy, the council is aiming to ensure local businesses are aware of any opportunities to sell to the council and are capable of submitting high quality bids for the opportunities that arise.'),
 (DEN, 'wales-buyer', W, 'County supports contract bids by local firms (Denbighshire Council)', 'In 2014/15, £32 million was spent with Denbighshire based businesses, around 31% of council spend.'),
 (WRX, 'wales-buyer', W, 'Wrexham Council Defend Local Procurement Figures', 'Any contract which falls under EU legislation cannot be awarded to firms in Wrexham or Wales just on the basis of their location.'),
 (WRX, 'wales-buyer', W, 'Wrexham Council Defend Local Procurement Figures', 'All contractual opportunities over the value of £25k are advertised on the Sell2Wales website and we encourage all suppliers to register on this site.'),
 (PHW, 'wales-buyer', W, 'Be the change: procurement that doesn\'t cost the earth (Public Health Wales)', 'A huge 62% of the 2018/19 carbon footprint for NHS Wales was from procurement.'),
 (UWH, 'wales-buyer', W, 'What opportunities are available with housing associations? (United Welsh Housing Association)', 'We own a lot of housing stock, so the primary areas are planned and reactive maintenance services: planned is any work we know needs doing in the next five years; and reactive is any new work that needs dealing with immediately.'),
 (CCHA, 'wales-buyer', W, 'Community Benefit Statement: 1. Cardiff Community Housing Associations (CCHA) Values', 'CCHA provides a comprehensive service for a wide range of people in need of good quality, secure and affordable housing.'),
 (COPF, 'wales-toolkit', W, 'Code of Practice: Ethical Employment in Supply Chains: Ministerial foreword', 'The Welsh public sector spends around £6bn every year on goods, services and works involving international supply chains.'),
 (VSF, 'wales-toolkit', W, 'Code of Practice: Guide to tackling Unfair Employment Practices and False Self-Employment', 'This Guide forms part of the Toolkit which supports the Code of Practice – Ethical Employment in Supply Chains.'),
 (NPT, 'wales-buyer', W, NPT_S, 'The methodology was developed in conjunction with the WLGA National Procurement Network and the National Social Value Task Force Wales, which was a cross-sector working group combining both public and private sector organisations.'),
 (OGP, 'wales-policy', W, OGP_S + ': Description', 'Commitment text: Welsh Government will develop a code for ethical supply chain behaviour, that will ensure awareness and understanding of actions to mitigate against ethical supply chain issues.'),
]
OGL_HOSTS = ('gov.wales', 'wales.gov.uk', 'sell2wales.gov.wales', 'find-tender.service.gov.uk', 'legislation.gov.uk')
batch = Batch('public-texts-63.jsonl')


def licence_of(src):
    if src.startswith('github:apa999/CFServer1'): return NOTICE_CFSERVER
    return host_licence(src, OGL_HOSTS)


def group_of(src):
    # One document, one group: a notice by its ocid (`ocds:<ocid>`; the Sell2Wales test-data notices by their
    # `#ocds-...` fragment), the bidatlas copies as the corpus does (`fts:<notice id>`, or the ocid the page gives),
    # the Swansea University and Bangor University pages as one site each.
    if src == BHM: return 'ocds:ocds-h6vhtk-060a39'
    if src == BWB: return 'fts:074381-2025'
    if src == TWFY: return 'theyworkforyou:senedd/2022-01-25.4.402559'
    if (g := ocid_group(src)): return g
    if 'swansea.ac.uk/sustainability' in src: return 'swansea.ac.uk/sustainability/positive-procurement'
    if 'bangor.ac.uk' in src: return 'bangor.ac.uk/sustainability'
    return src


batch.emit_lists('pub63', batch.not_held_out(R, 6), batch.not_held_out(NEG, 4), group_of,
                 licence_of)
