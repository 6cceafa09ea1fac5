"""Write /work/batches/public-texts-33.jsonl: batch 33, WALES community benefits and socially responsible procurement
ASKS as Welsh buyers put them to suppliers, from sources the corpus did not yet hold, with hard negatives from the same
documents (contract and programme descriptions, consultation and notification mechanics, measurement-tool mechanics,
exclusion and debarment, Welsh language standards where they bind the service, procurement rules).

Sources: the Welsh Government Community Benefit Good Practice Workshop case studies of NPT Homes (docest.com) and of
Cartrefi Cymunedol Gwynedd (docsbay.net); the guide to the Community Benefits Measurement Tool v6.6 (studyres.com);
Community Housing Cymru's news item on the Value Wales Community Benefits Toolkit findings; the Welsh Government's
Community Benefits guide "Delivering Maximum Value for the Welsh Pound" (vdocuments.us transcript); the 21st Century
Schools community benefits page; the i2i Can Do toolkit brochure (fdocuments.net); Wired-Gov's copy of the 2014 Welsh
Government news item on the updated guidance; communitybenefits.wales; the Code of Practice on Ethical Employment in
Supply Chains as described by Value Wales (nps.gov.wales), the Social Partnership Council paper on its refresh
(gov.wales), Hugh James, CIPS Supply Management (2017), OECD OPSI, Ethical Rating Cymru, the Code's Living Wage toolkit
guide (docslib.org) and a Senedd written question answer; the Social Partnership and Public Procurement (Wales) Act 2023
(legislation.gov.uk section 24 and explanatory notes to sections 25, 28, 29), the Welsh Government's draft Social Public
Works Clauses consultation pages and explanatory notes, the Minister's written statement on them, and its consultation
on secondary legislation (gov.wales); CIPS Supply Management (2021) and Bevan Brittan (2023) on the Bill; Pembrokeshire
County Council's procurement strategy commitments page; Carmarthenshire County Council's supplier guide to tendering
(rules and Welsh language; where its money is spent); decarbonisation through procurement: WPPN 06/21 and the WPPN
12/21 news item and the 2022 written statement (gov.wales), Burges Salmon and Foot Anstey on WPPN 12/21, and two
Senedd written question answers (WQ89399, WQ84672); guvnor.ai's guide to Welsh language requirements in public contracts (negatives).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets, paragraph
numbers and footnote markers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind
afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright pages (gov.wales,
nps.gov.wales, legislation.gov.uk) are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-33.py > /work/batches/public-texts-33.jsonl
"""
from batch import Batch, Q, EI, CL, EO, WB, MU, CV, ID

W = 'wales'

# housing association case studies, measurement tool, guidance
NPT = 'https://docest.com/doc/181920/welsh-governmentcommunity-benefit-good-practice-workshop'
CCG = 'https://docsbay.net/doc/343303/welsh-governmentcommunity-benefit-good-practice-workshop'
CBMT = 'https://studyres.com/doc/24188942/a-guide-to-the-community-benefits-measurement-tool-versio...'
CHC = 'https://chcymru.org.uk/our-work/news-media/latest-findings-from-the-value-wales-community-benefits-toolkit'
WP = 'https://vdocuments.us/community-benefits-prpgov-delivering-maximum-value-for-the-welsh-pound-this.html'
C21 = 'http://21stcenturyschools.org/guidance/community-benefits/?lang=en&ts=3&skip=1'
I2I = 'https://fdocuments.net/document/example-has-been-particularly-successful-in-helping-pioneering-work-in-wales.html'
WGN = ('https://www.wired-gov.net/wg/news.nsf/print/New+guidance+will+ensure+more+community+benefits+from+construction'
       '+contracts+says+Jane+Hutt+24072014081000')
CBW = 'https://communitybenefits.wales/what-are-community-benefits/'
# Code of Practice on Ethical Employment in Supply Chains
NPS = 'https://nps.gov.wales/news/code-of-practice?lang=en'
SPC = 'https://www.gov.wales/paper-note-code-practice-ethical-employment-supply-chains-html'
HJ = 'https://www.hughjames.com/blog/ethical-employment-in-supply-chains-welsh-government-code-of-practice'
CIP17 = 'https://www.cips.org/supply-management/analysis/2017/october1/welsh-supply-chain-code-explained/'
OECD = 'https://oecd-opsi.org/innovations/code-of-practice-on-ethical-employment-in-supply-chains/?mode=grid'
ERC = 'https://ethicalratingcymru.co.uk/the-code-of-practice/'
LWG = ('https://docslib.org/doc/6563447/code-of-practice-guide-to-implementing-the-living-wage-through-procurement-'
       'file-type')
SEN = 'https://record.senedd.wales/WrittenQuestion/97314'
# Social Partnership and Public Procurement (Wales) Act 2023
L24 = 'https://www.legislation.gov.uk/asc/2023/1/section/24/data.html'
N25 = 'https://www.legislation.gov.uk/asc/2023/1/notes/division/2/3/2/2'
N28 = 'https://www.legislation.gov.uk/asc/2023/1/notes/division/2/3/2/5'
N29 = 'https://www.legislation.gov.uk/asc/2023/1/notes/division/2/3/2/6'
SPX = 'https://www.gov.wales/node/72283'
SPQ = 'https://www.gov.wales/node/72259'
SPD = 'https://www.gov.wales/draft-social-public-works-clauses'
SPS = 'https://www.gov.wales/node/72677'
SEC = 'https://www.gov.wales/node/69543'
CIP21 = 'https://www.cips.org/supply-management/news/2021/march/new-welsh-law-sets-duties-around-ethical-procurement/'
BB = ('https://bevanbrittan.com/insights/articles/2023/new-statutory-procurement-duties-on-the-horizon-for-welsh-'
      'contracting-authorities/')
# councils' supplier pages
PEM = 'https://cms.pembrokeshire.gov.uk/procurement-strategy-2023-27/commitments-on-procurement'
CAR = ('https://www.carmarthenshire.gov.wales/home/business/tenders-contracts/supplier-guide-to-tendering/'
       'what-rules-regulations-procurement-procedures-do-we-follow/')
GUV = 'https://guvnor.ai/guidance/welsh-language-public-sector-contracts/'
CAW = ('https://www.carmarthenshire.gov.wales/home/business/tenders-contracts/supplier-guide-to-tendering/'
       'where-and-with-whom-is-our-money-spent/')
# decarbonisation through procurement (WPPN 06/21 and 12/21)
W06 = 'https://www.gov.wales/wppn-06-21-decarbonisation-through-procurement-taking-account-of-carbon-reduction-plans-html'
W12 = 'https://www.gov.wales/welsh-procurement-policy-note-12-21-decarbonisation-through-procurement'
WSD = 'https://www.gov.wales/written-statement-decarbonisation-and-procurement'
BS = 'https://blog.burges-salmon.com/post/102hgf1/decarbonising-the-supply-chain-welsh-government'
FA = 'https://www.footanstey.com/our-insights/articles-news/welsh-procurement-policy-decarbonisation-in-the-public-sector/'
SQ1 = 'https://record.senedd.wales/WrittenQuestion/89399'
SQ2 = 'https://cofnod.senedd.cymru/WrittenQuestion/84672'

WS = 'Welsh Government Community Benefit Good Practice Workshop (15 June 2016)'
NPT_S = WS + ': NPT Homes – Community Benefits Case Study'
CCG_S = WS + ': Cartrefi Cymunedol Gwynedd – Community Benefits Case Study'
CCG_C = CCG_S + ': Contract and community benefits included.'
CBMT_S = 'A guide to the Community Benefits Measurement Tool Version 6.6 July 2014: Background to the Community Benefits Measurement Tool'
CHC_S = 'Latest findings from the Value Wales Community Benefits Toolkit'
CHC_O = CHC_S + ': The key outcomes from the measurement tool returns are:'
WP_S = 'Community Benefits: Delivering Maximum Value for the Welsh Pound – 2014'
C21_S = 'Community Benefits (21st Century Schools and Education programme)'
I2I_S = 'i2i Can Do toolkit'
WGN_S = 'New guidance will ensure more community benefits from construction contracts, says Jane Hutt'
CBW_S = 'What are community benefits? (Community Benefits Wales): The plain-English definition'
NPS_S = 'Code of practice (Value Wales news)'
SPC_S = 'Paper note: Code of Practice on Ethical Employment in Supply Chains (Social Partnership Council)'
HJ_S = 'Ethical employment in supply chains – Welsh Government Code of Practice'
HJ_A = HJ_S + ': The Code contains 12 commitments covering five main employment issues. Signatories agree to:'
CIP17_S = 'Welsh supply chain code explained'
OECD_S = 'Code of Practice on Ethical Employment in Supply Chains (OECD OPSI case study)'
ERC_S = 'The Code of Practice (Ethical Rating Cymru)'
ERC_C = ERC_S + ': The Code of Practice covers the following employment issues:'
LWG_S = 'Code of Practice Guide to implementing the Living Wage through Procurement (A Toolkit Guide, May 2017)'
SEN_S = 'Written question: human rights due diligence in public sector funding and procurement (answer)'
L24_S = 'Social Partnership and Public Procurement (Wales) Act 2023: Part 3: Chapter 2: 24 Socially responsible procurement duty'
N25_S = 'Social Partnership and Public Procurement (Wales) Act 2023: Explanatory Notes: Section 25 - Socially responsible procurement duty: major construction contracts'
N28_S = 'Social Partnership and Public Procurement (Wales) Act 2023: Explanatory Notes: Section 28 - Social public works clauses in subcontracts'
N29_S = 'Social Partnership and Public Procurement (Wales) Act 2023: Explanatory Notes: Section 29 - Social public works clauses: notifying the Welsh Ministers'
SPX_S = 'Draft Social Public Works Clauses: explanatory notes: Background'
SPX_C = SPX_S + ': Category and improvements'
SPQ_S = 'Consultation: Draft Social Public Works Clauses: Introduction'
SPD_S = 'Draft Social Public Works Clauses (consultation): How to respond'
SPS_S = 'Written statement: consultation on Social Public Works Clauses (26 November 2025)'
SEC_S = 'Consultation on socially responsible public procurement: secondary legislation under the Social Partnership and Public Procurement (Wales) Act 2023'
CIP21_S = 'New Welsh law sets duties on responsible procurement'
BB_S = 'New statutory procurement duties on the horizon for Welsh contracting authorities'
PEM_S = 'Procurement Strategy 2023-27: Commitments on Procurement: Procurement Policy Notes'
CAR_S = 'Supplier Guide to Tendering: 5. What rules, regulations & procurement procedures do we follow?'
CAW_S = 'Supplier Guide to Tendering: 3. Where and with whom is our money spent?'
W06_S = 'WPPN 06/21: Decarbonisation through procurement - taking account of Carbon Reduction Plans'
W12_S = 'Welsh Procurement Policy Note 12/21: decarbonisation through procurement'
WSD_S = 'Written Statement: Decarbonisation and Procurement (28 June 2022)'
BS_S = 'Decarbonising the supply chain – Welsh Government (WPPN 12/21)'
BS_A = BS_S + ': In particular, WPPN 12/21 highlights three key points for public bodies:'
FA_S = 'Welsh Procurement Policy – Decarbonisation in the Public Sector'
SQ1_S = 'Written question WQ89399: carbon emissions assessment in tenders and contracting (answer)'
SQ2_S = 'Written question WQ84672: sustainable procurement ambitions in Net Zero Wales Carbon Budget 2 (answer)'
SQ2_A = SQ2_S + ': The Net Zero Wales plan sets out a range of actions and commitments to reduce emissions from the purchase of goods and services in the public sector. These include:'
GUV_S = 'Welsh language requirements in public sector contracts (Wales)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # NPT Homes case study
 (NPT, 'wales-cb', W, MU, [], NPT_S, 'NPT Homes will continue to include social clauses in all major contracts and will also use contract conditions for smaller contracts.'),
 (NPT, 'wales-cb', W, EI, [], NPT_S, 'Furthermore, there will be an expectation that a minimum of 52 person weeks of targeted recruitment and training is delivered per £1m of spend, as a core requirement, in addition to any other community benefits.'),
 (NPT, 'wales-cb', W, MU, [], NPT_S, 'Contracts under £100,000 are required to deliver one or more activities, as detailed in the i2i Community Benefits Menu of Options.'),
 (NPT, 'wales-cb', W, EI, [], NPT_S, 'However, contracts under £100,000 may also partake in targeted recruitment and training if the contractor so wishes by utilising Cyfle Building Skills, formerly known as South West Wales Regional Shared Apprenticeship scheme.'),
 # Cartrefi Cymunedol Gwynedd case study
 (CCG, 'wales-cb', W, EI, ['wellbeing'], CCG_S + ': Introduction', 'With such a large investment came the opportunity to maximise local economic and social opportunities by including social clauses in all our contracts and ensuring our external contractors and service providers employed apprentices and trainees and engaged in community projects and initiatives.'),
 (CCG, 'wales-cb', W, EI, [], CCG_C, 'Core social clauses we’re included as part of the contract stipulating that 15% of the contractor’s workforce had to be new entrants into training – either undertaking an apprenticeship or traineeship and new to the construction sector, and that 52 training weeks were generated per £1M of expenditure.'),
 (CCG, 'wales-cb', W, WB, [], CCG_C, 'Non-Core social clauses were also included with an expectancy for our contractors to engage in community projects and initiatives.'),
 # CHC: Value Wales toolkit findings
 (CHC, 'wales-cb', W, EI, [], CHC_O, 'As guidance Value Wales would consider the achievement of one job and/or 52 weeks of training per £1million of contract spend to be the accepted norm.'),
 # 21st Century Schools
 (C21, 'wales-policy', W, MU, [], C21_S, 'Delivery of added value through Community Benefits policy must be an integral consideration in procurement.'),
 (C21, 'wales-policy', W, MU, [], C21_S, 'It is essential that all local authority business cases include community benefits and a benefits realisation plan.'),
 # i2i Can Do toolkit
 (I2I, 'wales-cb', W, EI, [], I2I_S, 'Commonplace in Wales, these require the would-be suppliers to detail how many people they will support into employment and – most important – exactly what type of opportunities and training will be given.'),
 # Wired-Gov: 2014 guidance
 (WGN, 'wales-policy', W, MU, [], WGN_S, 'The Community Benefits policy builds social clauses into construction contracts to ensure Welsh businesses, individuals and communities benefit from public sector contracts.'),
 # communitybenefits.wales
 (CBW, 'wales-cb', W, EI, [], CBW_S, 'Build a school, and the construction contract might also deliver apprenticeships, work placements and spend with local small businesses.'),
 (CBW, 'wales-cb', W, MU, [], CBW_S, 'A community benefit is a measurable social outcome a public body secures when it buys goods, works or services — something that improves life for local communities in addition to the thing being bought.'),
 # Code of Practice on Ethical Employment in Supply Chains
 (NPS, 'wales-policy', W, EO, [], NPS_S, 'The code is designed to ensure that workers in public sector supply chains are employed legally and fairly, and that slavery and unethical employment practices are not tolerated.'),
 (NPS, 'wales-policy', W, EO, [], NPS_S, 'All organisations that receive funding from Welsh Government, either directly or via grants or contracts, are expected to sign up to the Code.'),
 (SPC, 'wales-policy', W, EO, [], SPC_S + ': Background', 'The Code’s existing twelve commitments include consideration of paying the Real Living Wage, ensuring that false self-employment is not undertaken, and not using umbrella schemes or zero-hours contracts unfairly.'),
 (HJ, 'wales-policy', W, EO, [], HJ_A, 'produce policy and training procedures educating staff to recognise and deal with Modern Slavery and Human Rights issues.'),
 (HJ, 'wales-policy', W, EI, [], HJ_A, 'avoid placing undue time and cost pressures on supply chains by paying promptly within 30 days receipt of a valid invoice.'),
 (HJ, 'wales-policy', W, EO, [], HJ_A, 'not make use of or contract with suppliers that use blacklists.'),
 (HJ, 'wales-policy', W, EO, [], HJ_A, 'ensure that false self-employment, umbrella schemes and zero hour contracts are not used unfairly.'),
 (HJ, 'wales-policy', W, EO, [], HJ_A, 'consider paying the Living Wage as a minimum.'),
 (HJ, 'wales-policy', W, EO, [], HJ_S, 'Signatories will need to update procurement documentation to include questions on ethical employment and where appropriate, elements of the code should be incorporated as conditions of contracts.'),
 (CIP17, 'wales-policy', W, EO, [], CIP17_S, 'The code has 12 commitments, ranging from appointing an anti-slavery and ethics champion and training procurement professionals on modern slavery to ensuring blacklisting is not used anywhere in the supply chain and considering paying all staff the Living Wage, as set by the Living Wage Foundation.'),
 (OECD, 'wales-policy', W, EO, [], OECD_S, 'The Code of Practice on Ethical Employment in Supply Chains calls on all organisations receiving public money directly or via contracts to ensure legal and ethical employment for workers in supply chains.'),
 (OECD, 'wales-policy', W, EO, [], OECD_S, 'The Code’s commitments are designed to combat modern slavery and exploitative practices and to promote responsible employment to improve workers’ lives in Wales and across the world.'),
 (ERC, 'wales-policy', W, EO, [], ERC_C, 'Modern Slavery and human rights abuses'),
 (ERC, 'wales-policy', W, EO, [], ERC_C, 'Unfair use of umbrella schemes and zero-hours contracts'),
 (ERC, 'wales-policy', W, EO, [], ERC_C, 'Paying the Living Wage'),
 (ERC, 'wales-policy', W, EO, [], ERC_S, 'By signing up to the Ethical Rating Cymru programme, organisations will also sign up to the Code of Practice and will agree to comply with twelve commitments designed to eliminate Modern Slavery and support ethical employment practices.'),
 (SEN, 'wales-policy', W, EO, [], SEN_S, 'Welsh Government also has a Code of Practice on Ethical Employment in Supply Chains, and we encourage organisations to sign up to the Code as a way to reduce the risk of labour exploitation and modern slavery in their supply chains.'),
 # SPPP Act 2023: duty, social public works clauses
 (L24, 'wales-policy', W, MU, [], L24_S, 'A contracting authority must seek to improve the economic, social, environmental and cultural well-being of its area by carrying out public procurement in a socially responsible way.'),
 (L24, 'wales-policy', W, MU, [], L24_S, 'A contracting authority must set and publish objectives (“socially responsible procurement objectives”) designed to maximise its contribution to achieving the well-being goals.'),
 (N28, 'wales-policy', W, MU, [], N28_S, 'As well as taking all reasonable steps to ensure that the social public works clauses are implemented in contracts (see section 25) this section requires contracting authorities to take all reasonable steps to ensure that the obligations are implemented where a contractor enters into a subcontract.'),
 (SPX, 'wales-policy', W, EI, [], SPX_C, 'Payments: Ensuring and enforcing prompt payments.'),
 (SPX, 'wales-policy', W, EI, ['equal-opportunity'], SPX_C, 'Employment: Providing employment opportunities to younger people, older people, the long term unemployed, people with disabilities (Draft The Social Partnership and Public Procurement (Wales) Regulations 2026 substitutes this term with “disabled people”) or people who may otherwise be disadvantaged (for example because of their race, religion or belief, sex, gender identity or sexual orientation).'),
 (SPX, 'wales-policy', W, EO, [], SPX_C, 'Compliance: Ensuring compliance with legal obligations in relation to employment rights (including the minimum and living wage - National Minimum Wage and National Living Wage rates), health and safety, and trade union representation.'),
 (SPX, 'wales-policy', W, EI, [], SPX_C, 'Training: Providing appropriate training for workers.'),
 (SPX, 'wales-policy', W, EI, [], SPX_C, 'Sub-contracting: Providing opportunities to small and medium sized enterprises and voluntary organisations to execute works, supply products or provide services.'),
 (SPX, 'wales-policy', W, CL, [], SPX_C, 'Environment: Requiring sustainable management of natural resources, use of sustainable materials, resilience to the impact of climate change, reduction of greenhouse gas emissions, and enhancement of the natural environment and biodiversity.'),
 (SPS, 'wales-policy', W, EI, [], SPS_S, 'The clauses will require project money to be held in Project Bank Accounts (PBAs).'),
 (SPS, 'wales-policy', W, EI, [], SPS_S, 'Retentions, or money held in reserve to address defects, must also be secured in ring-fenced accounts.'),
 (SPS, 'wales-policy', W, EI, [], SPS_S, 'These new clauses will benefit smaller contractors in particular who would otherwise often face funding and cash flow problems due to late payments and insolvencies.'),
 (SPS, 'wales-policy', W, MU, ['economic-inequality'], SPS_S, 'The clauses will also require plans to boost employment and training opportunities, ensure compliance with employment law, create more sub-contracting opportunities for SMEs, and support environmental protection.'),
 (SEC, 'wales-policy', W, MU, [], SEC_S + ': Background to the legislation', 'The SPPP Act requires all public bodies listed in Schedule 1 (contracting authorities) to carry out public procurement in a way that improves economic, social, environmental, and cultural well-being.'),
 (CIP21, 'wales-policy', W, MU, [], CIP21_S, 'The clauses cover areas including prompt payment, employment opportunities for particular groups, SMEs, sustainability, and training.'),
 # decarbonisation through procurement
 (W12, 'wales-policy', W, CL, [], W12_S, 'With around 60% of an organisation’s carbon footprint arising in supply chains for purchased goods and services, WPPN 12/21 offers advice on actions to take in the short and medium term to reduce CO2e emissions in supply chains.'),
 (WSD, 'wales-policy', W, CL, [], WSD_S, '“We will act to prevent climate change by prioritising carbon reduction and zero emissions through more responsible and sustainable procurement to deliver our ambition for a net zero public sector Wales by 2030.”'),
 (BS, 'wales-policy', W, CL, [], BS_A, 'The requirement to ensure that medium or high CO2e contracts have decarbonisation measures built into them to ensure CO2e is reduced over the timeframe of the contract.'),
 (BS, 'wales-policy', W, CL, [], BS_A, 'This is to encourage bidders to invest in decarbonisation measures such as considering the use of different raw materials, achieving certain accreditations, changing their established processes, and/or changing how they deliver their contract requirements.'),
 (BS, 'wales-policy', W, CL, [], BS_A, 'The requirement to analyse key performance indicators and management information to ensure that CO2e are actively monitored as far as possible down the supply chain.'),
 (FA, 'wales-policy', W, CL, [], FA_S, 'As part of the tender stage, this new policy note now places greater weight on suppliers to provide detailed carbon action plans as well as sustainable and energy-efficient methodologies, to reduce CO2e emissions.'),
 (FA, 'wales-policy', W, CL, [], FA_S, 'The PPN further seeks to promote more sustainable and decarbonised practices throughout the procurement cycle with the overall goal to minimise or eliminate unsustainable activities or materials.'),
 (SQ2, 'wales-policy', W, CL, [], SQ2_A, 'Welsh Government tenders over £25,000 include carbon reduction requirements which are planned for in the tender documentation, the evaluation process and contract management.'),
 # Carmarthenshire supplier guide
 (CAW, 'wales-cb', W, EI, [], CAW_S, 'We are committed to developing the local economy and supporting local suppliers.'),
 (CAR, 'wales-cb', W, MU, [], CAR_S, 'We are committed to achieving maximum value for money from the public purse by delivering environmental, social, economic and cultural benefits to our communities wherever possible.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 (NPT, 'wales-cb', W, NPT_S, 'The Value Wales Toolkit has proved invaluable in meeting these objectives.'),
 (CCG, 'wales-cb', W, CCG_S + ': Introduction', 'CCG (Cartrefi Cymunedol Gwynedd) was set up in April 2010 following a large scale voluntary transfer of approximately 6,300 social housing stock from Gwynedd Local Authority.'),
 (CCG, 'wales-cb', W, CCG_S + ': Introduction', 'The main aim for establishing the company was undertaking WHQS (Welsh Housing Quality Standard) investment works on the whole of our housing stock with £136 million to be spent over 5 years.'),
 (CCG, 'wales-cb', W, CCG_C, 'The case study selected wasour contract with Lovell Partnerships;‘Term Contract in relation to the design, supply & installation of planned internal and external works.’'),
 (CCG, 'wales-cb', W, CCG_C, 'The contract formed part of CCG’s WHQSRefurbishment Programme 2010 – 2015and is the 4th year of a 4 year contract relating to 2014/15.'),
 (CCG, 'wales-cb', W, CCG_C, 'The contract incorporated a range of internal and external work on CCG properties and supported various trades such as plumbing, plastering, joinery, electrical, fencing, multi skilling and groundworks.'),
 (CBMT, 'wales-policy', W, CBMT_S, 'The Community Benefits Measurement Tool is an Excel spreadsheet, initially developed in 2011 to capture the full range of Community Benefits outcomes not just those aspects that can be easily monetised and to provide a consistent way of measuring CBs.'),
 (CBMT, 'wales-policy', W, CBMT_S, 'The tool is built around the concept of the local economic multiplier and uses the outcomes of the range of Community Benefits selected on a procurement project to generate a Welsh Local Multiplier.'),
 (CBMT, 'wales-policy', W, CBMT_S, 'It designed to draw only on information that is readily available to contractors and suppliers in their finance and Human Resources / Personnel records plus metrics or outcomes required by the contracting authority for the specific community benefit objectives set for the contract e.g. numbers of apprenticeships; hours spent supporting educational activities etc.'),
 (CHC, 'wales-cb', W, CHC_O, 'More than 40% of the overall returns submitted are from the housing sector in Wales;'),
 (CHC, 'wales-cb', W, CHC_O, 'housing association contracts have a value of over £273 million;'),
 (WP, 'wales-policy', W, WP_S, 'This Guide offers advice on how to incorporate Community Benefits in public procurements using either the Open or Restricted procurement procedures.'),
 (WP, 'wales-policy', W, WP_S, 'However it should be noted that the use of the Competitive Dialogue procedure is limited to particularly complex contracts where it is difficult either to specify the requirement or the legal / financial make-up of the project and where the Contracting body considers the use of the Open or Restricted procedures will not allow for the award of the contract.'),
 (WP, 'wales-policy', W, WP_S, 'While the use of these Community Benefits approaches offer some scope for innovation the requirements to act in accordance with the Core principles of transparency, equality and Non-discrimination set out in the Public Contracts Regulations still apply.'),
 (C21, 'wales-policy', W, C21_S, 'Please visit the Procurement Route Planner website for the most up-to-date guidance and for access to the Welsh Community Benefits Measurement Tool.'),
 (C21, 'wales-policy', W, C21_S, 'Community Benefits are highlighted as part of the Wales Procurement Policy Statement made by the Finance Minister, December 2012.'),
 (WGN, 'wales-policy', W, WGN_S, 'Martin Mansfield led a Task and Finish Group which has helped to produce the updated guidance being published yesterday.'),
 (NPS, 'wales-policy', W, NPS_S, 'Swansea Council recently hosted a public sector community of interest, to share progress, good practice and expertise around the sector.'),
 (SPC, 'wales-policy', W, SPC_S + ': Overview', 'This paper updates the SPC on work to refresh the voluntary Code of Practice on Ethical Employment in Supply Chains.'),
 (SPC, 'wales-policy', W, SPC_S + ': Overview', 'The refresh to the Code reflects developments since the current version of the Code was introduced in 2017.'),
 (SPC, 'wales-policy', W, SPC_S + ': Background', 'Over 900 organisations have signed up to the Code, with on average around 50 signing up each year.'),
 (HJ, 'wales-policy', W, HJ_S, 'There is a toolkit that accompanies the Code of Practice, made up of four guidance notes and a set of example questions, conditions and policies.'),
 (CIP17, 'wales-policy', W, CIP17_S, 'At a CIPS Fellows event in London, Sue Hurrell, the special projects manager at the Welsh Government responsible for the Code, shared its progress so far.'),
 (ERC, 'wales-policy', W, ERC_S, 'The full Code of Practice ‘Ethical Employment in Supply Chains’ is available to view by clicking here.'),
 (LWG, 'wales-policy', W, LWG_S, 'This Guide forms part of the Toolkit which supports the ‘Code of Practice – Ethical Employment in Supply Chains’.'),
 (LWG, 'wales-policy', W, LWG_S, 'This Guide is aimed at any person involved in the supply of goods, services and works, including procurement, contract management and supplier management.'),
 (SEN, 'wales-policy', W, SEN_S, 'The Procurement Act 2023 outlines several exclusion grounds that contracting authorities can use to exclude a supplier.'),
 (SEN, 'wales-policy', W, SEN_S, 'Following the conclusion of an investigation, the supplier may be placed on a debarment list.'),
 (SEN, 'wales-policy', W, SEN_S, 'Contracting authorities are mandated to consult this list during procurement processes to ascertain whether any suppliers must be excluded.'),
 (SEN, 'wales-policy', W, SEN_S, 'In relation to grants, as part of signing up to the Welsh Government’s standard grant award letter, grant-funded bodies are required to sign and accept the standard terms and conditions, including obligations to “comply with all applicable domestic or international laws or regulations or official directives”.'),
 (L24, 'wales-policy', W, L24_S, 'Schedule 2 makes provision about revising and reviewing socially responsible procurement objectives.'),
 (L24, 'wales-policy', W, L24_S, 'For the purposes of subsection (2), “the sustainable development principle” has the meaning given by section 5 of the WFGA 2015.'),
 (N25, 'wales-policy', W, N25_S, 'Major construction contracts are defined as public works contracts or works contracts or works concession contracts with an estimated total value over £2m (inclusive of VAT).'),
 (N25, 'wales-policy', W, N25_S, 'This includes both framework agreements and contracts entered into as a result of a framework agreement where the estimated value exceeds £2m.'),
 (N28, 'wales-policy', W, N28_S, 'This section also gives some examples of what is meant by “reasonable steps”.'),
 (N29, 'wales-policy', W, N29_S, 'There may be valid reasons why a contracting authority does not intend to include social public works clauses in major construction contracts.'),
 (N29, 'wales-policy', W, N29_S, 'A notification must be made as soon as possible giving the authority’s reasons.'),
 (SPX, 'wales-policy', W, SPX_S + ': Model clauses have been produced for use with:', 'the NEC3 & 4 Engineering and Construction Contract (“ECC”) - the model NEC clauses can be easily adapted for use with the NEC3 & 4 Term Service Contract (“TSC”) and Professional Services Contract (“PSC”).'),
 (SPQ, 'wales-policy', W, SPQ_S, 'These clauses are designed to be included in construction (works) contracts valued over £2 million.'),
 (SPQ, 'wales-policy', W, SPQ_S, 'Respondents are asked to state whether they agree or disagree with the question posed under each section.'),
 (SPQ, 'wales-policy', W, SPQ_S, 'Extensive prior stakeholder engagement, the targeted scope of the clauses, and planned further engagement have enabled us to streamline the consultation period, reducing it from 12 weeks to 8 weeks.'),
 (SPD, 'wales-policy', W, SPD_S, 'Submit your comments by 19 January 2026, in any of the following ways:'),
 (SPS, 'wales-policy', W, SPS_S, 'Today, the Welsh Government is launching a consultation on clauses to be included in construction contracts above £2 million.'),
 (SPS, 'wales-policy', W, SPS_S, 'If you are involved in public construction contracts, as a client, contractor or sub-contractor, I encourage you to respond to the consultation and to prepare for these new requirements coming into force early next year.'),
 (SEC, 'wales-policy', W, SEC_S + ': Introduction', 'The questions seek to understand whether the technical detail of the drafting is accurate and appropriate and will be scored on a scale from ‘Strongly Agree’ to ‘Strongly Disagree’.'),
 (CIP21, 'wales-policy', W, CIP21_S, '“Contracting authorities will be required to publish procurement strategies and a register of current contracts,” said a consultation document.'),
 (CIP21, 'wales-policy', W, CIP21_S, 'More than £6.7bn of public money is spent each year through procurement and commissioning in Wales, with 52% going through Wales-based suppliers.'),
 (BB, 'wales-policy', W, BB_S, 'The Bill continues on its legislative journey and returned to the Senedd chamber on 14 March for Stage 4 (debate on passing the Bill) proceedings which is the final stage of the Senedd scrutiny process.'),
 (PEM, 'wales-cb', W, PEM_S, 'All procurement is guided by Welsh Procurement Policy Notes.'),
 (PEM, 'wales-cb', W, PEM_S + ': Welsh Procurement Policy Notes (WPPNS)', '08/21: Cyber Essentials'),
 (PEM, 'wales-cb', W, PEM_S + ': Welsh Procurement Policy Notes (WPPNS)', '03/20: Post EU transition public procurement including Find a Tender Service (FTS)'),
 (CAR, 'wales-cb', W, CAR_S, 'Every contract made by or on behalf of Carmarthenshire County Council must comply with the following:'),
 (CAR, 'wales-cb', W, CAR_S, 'However ALL Tenders/Contracts must comply with the principles of procurement; namely treating economic operators equally and without discrimination and shall act in a transparent and proportionate manner.'),
 (CAR, 'wales-cb', W, CAR_S + ': Welsh Language', 'We are a bi-lingual Council with many first language speaking clients and are required to comply with the Welsh Language (Wales) Measure 2011 and Welsh Language Statement 2021 which gives official status to the Welsh Language in Wales.'),
 (CAR, 'wales-cb', W, CAR_S + ': Welsh Language', 'The Welsh Language Standards that must be adhered to require us to use the Welsh Language and enable Welsh speakers to access its services through the medium of Welsh.'),
 (W06, 'wales-policy', W, W06_S + ': 1. Purpose', 'Welsh Government has decided to adopt the UKG PPN 06/21, mandating for Welsh Government contracts valued at £5 million or more from 1st April 2022, and recommend it as good practice to the rest of the Welsh Public Sector (WPS).'),
 (W06, 'wales-policy', W, W06_S + ': Points to note', 'This note assumes a certain level of knowledge of public procurement.'),
 (WSD, 'wales-policy', W, WSD_S, 'We will shortly be publishing revised and updated versions of the Sustainability Risk Assessment tools that support procurement planning for goods and services contracts by prompting consideration of sustainability risks and opportunities.'),
 (BS, 'wales-policy', W, BS_A, 'The requirement for all bidders to include a Carbon Reduction Plan as part of the tender.'),
 (FA, 'wales-policy', W, FA_S, 'If no such opportunities arise, the guidance even suggests considering early termination of the contract if better delivery options are available.'),
 (SQ1, 'wales-policy', W, SQ1_S, 'In respect of action at the tender stage we have introduced a pre-qualification criterion that requires suppliers to have a Carbon Reduction Plan (CRP).'),
 (SQ1, 'wales-policy', W, SQ1_S, 'Business Wales offers a wide range of advice and support on green policies, practices and resource efficiency for Welsh businesses.'),
 (CAW, 'wales-cb', W, CAW_S, 'We cannot discriminate in favour of local suppliers; contracts are based on the evaluation set out in the invitation to tender.'),
 (CAW, 'wales-cb', W, CAW_S + ': During April 2020 – March 2021, we spent:', '72% on Small Medium Enterprises (SMEs)'),
 (GUV, 'wales-cb', W, GUV_S + ': When Welsh language requirements apply', 'The contracting body is subject to Welsh Language Standards (most Welsh public bodies are)'),
 (GUV, 'wales-cb', W, GUV_S + ': When Welsh language requirements apply', 'The requirement flows through the contract terms.'),
 (GUV, 'wales-cb', W, GUV_S + ': What you need to do: 1. Review the procurement specification', 'Check the invitation to tender, contract specification, and terms and conditions for Welsh language requirements.'),
 (GUV, 'wales-cb', W, GUV_S + ': What you need to do: 2. Assess your current Welsh language capability', 'Identify which of your staff speak Welsh, what level of proficiency they have, and whether they can deliver the contracted services in Welsh.'),
 (GUV, 'wales-cb', W, GUV_S, 'When you bid for or deliver public sector contracts in Wales, you may need to provide services in Welsh.'),
]
OGL_HOSTS = ('gov.wales', 'nps.gov.wales', 'legislation.gov.uk')
batch = Batch('public-texts-33.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the SPPP Act and its explanatory
    # notes; the Welsh Government's draft Social Public Works Clauses consultation pages.
    if 'legislation.gov.uk/asc/2023/1/' in src: return 'legislation.gov.uk/asc/2023/1'
    if src in (SPX, SPQ, SPD): return 'gov.wales/draft-social-public-works-clauses'
    return src
batch.emit_lists('pub33', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
