"""Write /work/batches/public-texts-44.jsonl: batch 52, the social value QUESTIONS, asks and criteria that English
councils, NHS bodies, universities, housing and construction frameworks publish for suppliers (2017-2026, mostly
2021-2026), with the quality questions, evaluation mechanics and pass/fail declarations beside them in the same
documents as hard negatives (award criteria for pricing and technical response, experience, mobilisation, weighting
rules, FOI questions about social value, modern slavery exclusion and statement checks, Carbon Reduction Plan rules).

Sources (pages read through the `search` tool, pages corpus): Torbay Council's guidance to bidders; Thurrock Council's
FOI answer "Social Value in Procurement" and a WhatDoTheyKnow request to Thurrock; Bradford Council's Social Value Bid
Evaluation guidance, "Social Value policy explained" and "Social Value and Inclusive Growth Policy" pages, with BBC
and West & North Yorkshire Chamber reports on that policy; North Somerset, Cumberland, Surrey, Cheshire East, Salford
and Thurrock CVS social value pages; Leicester's Social Value Charter news item, North Lincolnshire's charter news
item, South Oxfordshire's and Crawley's decision records on charters; Bath & North East Somerset, Lichfield and
Colchester modern slavery statements (what they ask in tenders vs. pass/fail checks); Scape Group's "Supporting
Communities" bid commitments; the universities of Sussex, Oxford and Lincoln on what they ask of suppliers; a
Strathclyde Partnership for Transport DPS notice (d3tenders copy); LHC Procurement Group's Public Buildings
Construction and Infrastructure framework award criteria (lambda-url and bidatlas copies of Find a Tender); the Scottish
Sustainable Procurement Tools award pages; NHS London Procurement Partnership, NHS England's carbon reduction plan
requirements and commentators on the NHS 10% net zero and social value weighting (hcicontracts, Social Value Portal,
Tussell, CPD Match, NOE CPC); bid-writing guides that reproduce typical social value and quality questions (Executive
Compass, Complete Tenders, Zemaitis, Thornton & Lowe, JC Tenders, Bidwell, Genie Insights, tendersinfo, is4profit,
Impact Guru, experts123) and the gov.uk buying for schools guidance.

Texts are verbatim from the stored pages; list bullets and numbers dropped. Not scored: the batch is scored blind
afterwards. Texts already in the corpus are left out (named on stderr); many lines of these pages already are.
Crown copyright pages (gov.uk, sell2wales.gov.wales, england.nhs.uk) are OGL v3, notice copies carry the notice
licences, the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-44.py > /work/batches/public-texts-44.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, weighting as P

U, S, W = 'uk', 'scotland', 'wales'
EIi, CLi, EOi, WBi = 'economic-inequality', 'climate', 'equal-opportunity', 'wellbeing'

SDN = ('https://www.southdowns.gov.uk/national-park-authority/our-work/transparency-finance/supplying-sdnpa/'
       'including-social-value-in-tenders/')
TOR = 'https://torbay.gov.uk/council/social-value/guidance-to-bidders'
DEV = ('https://www.devon.gov.uk/accesstoinformation/information_request/'
       'tenders-and-frameworks-social-value-weighting-2021/')
THF = 'https://www.thurrock.gov.uk/foi-responses/social-value-in-procurement'
WDK = 'https://www.whatdotheyknow.com/request/social_care_value_act_2012_2014'
BRE = 'https://www.bradford.gov.uk/business/doing-business-with-bradford-council/social-value-bid-evaluation-guidance/'
BRP = ('https://www.bradford.gov.uk/business/doing-business-with-bradford-council/'
       'bradford-council-social-value-policy-explained')
BRI = ('https://bradford.gov.uk/business/doing-business-with-bradford-council/'
       'social-value-and-inclusive-growth-policy/')
BBC = 'https://feeds.bbci.co.uk/news/articles/c4g52p919p8o'
WNY = 'https://www.wnychamber.co.uk/news/new-procurement-policy-aims-to-boost-bradford-businesses/'
NSO = 'https://n-somerset.gov.uk/business/tenders-procurement/procurement-strategy/our-social-value-policy'
CUM = ('https://www.cumberland.gov.uk/business-and-licensing/procurement-social-value-tenders-and-contracts/'
       'about-procurement/procurement-and-social-value-documents/'
       'procurement-policy-2025-2029-including-social-value-statement/social')
CUH = ('https://www.cumberland.gov.uk/procurement-policy-2025-2029/social-value-statement/'
       'how-social-value-communicated-and-implemented')
SUR = ('https://www.surreycc.gov.uk/business/supplying-the-council/social-value-and-procurement/social-value/'
       'get-involved/suppliers')
CHE = 'https://cheshireeast.gov.uk/council_and_democracy/your_council/social-value/social-value-procurement.aspx'
CHO = 'https://democracy.chorley.gov.uk/mgDecisionDetails.aspx?IId=101914&Opt=1'
THC = 'https://www.thurrockcvs.org/social-value-guidelines'
SCP = 'http://www.scapegroup.co.uk/supporting-communities'
SPT = 'https://d3tenders.com/contract/ocds-h6vhtk-060e0b.json'
LHC = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/067036-2025'
LHW = 'https://bidatlas.co.uk/tenders/066994-2025'
USW = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=SEP541646'
SPG = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
SPC = SPG + 'communities/award/'
SPS = SPG + 'employment-skills-and-training/skills-and-training/award/'
SPM = SPG + 'employment-skills-and-training/smes-social-enterprises-supported-businesses-and-third-sector/award-criteria/'
SPH = SPG + 'health-and-safety/health-and-safety/award/'
SPV = SPG + 'climate-change/climate-change-vehicles/evaluation-and-award'
LPP = 'https://www.lpp.nhs.uk/categories/sustainability-social-value/social-value/a-guide-to-social-value-at-lpp/'
HCI = 'https://www.hcicontracts.com/?p=114121'
SVP = ('https://socialvalueportal.com/resources/insight/'
       'the-nhs-social-value-in-procurement-mandate-six-things-suppliers-need-to-know')
TUS = 'https://www.tussell.com/gov/blog/what-is-the-nhs-social-value-playbook?hs_amp=true'
CPD = 'https://cpdmatch.co.uk/courses/3518964340/nhs-social-value-playbook'
NOE = 'https://www.noecpc.nhs.uk/news/nhs-procurement-in-partnership-sustainability-and-social-value_2'
EXD = 'https://executivecompass.co.uk/social-value-practice/blog/top-tips-social-value-delivery-plan'
EXT = 'https://www.executivecompass.co.uk/blog/bid-management/how-tendering-works/'
EXB = 'https://www.executivecompass.co.uk/blog/bid-management/social-value-tender-questions/'
ECG = 'https://www.executivecompass.co.uk/blog/bid-management/going-green-considering-sustainability-tendering'
CTD = 'https://www.completetenders.com/news-social-value-questions-in-tenders-and-contracts-90'
ZEM = 'https://www.zemaitis-uk.com/social-value-tender-questions/'
THL = 'https://thorntonandlowe.com/answering-social-value-tender-questions'
JCS = 'https://jctenders.com/insights/social-value-tenders'
JCM = 'https://jctenders.com/insights/mobilisation-plan-guide'
BWL = 'https://bidwell.app/guides/mobilisation-plans-credible-delivery'
GEN = 'https://www.genieinsights.com/marketing/public-sector-procurement-questions/'
TVC = 'https://tendervictory.co.uk/preparing-for-tendering-2022-update/'
GOT = 'http://www.go-tenders.co.uk/theitt.html'
IS4 = 'https://is4profit.com/government-contract-tendering/6/'
IMG = 'https://impact-guru.co.uk/blogs/news/local-spend-social-value-in-care-building-a-practical-procurement-plan'
E123 = 'https://experts123.com/q/what-criteria-are-used-to-evaluate-bids.html'
SCH = 'https://www.gov.uk/guidance/buying-for-schools/3d-run-your-own-procurement-high-value-and-eu-tenders'

SUS = ('https://www.sussex.ac.uk/about/sustainable-university/policy-and-strategy/strategy/civic-leaders-and-partners/'
       'sustainable-supply-chain')
LIN2 = 'https://finance.blogs.lincoln.ac.uk/sustainability-and-ethical-procurement-2/'
LIN = 'https://finance.blogs.lincoln.ac.uk/sustainability-and-ethical-procurement'
TRP = 'http://www.traffordpartnership.org/strong-communities/social-value.aspx'
TRP2 = 'http://traffordpartnership.org/strong-communities/social-value.aspx'
STV = 'https://www.stevenage.gov.uk/town-and-community/stevenage-works/social-value-in-contracts'
SAL = 'https://www.salford.gov.uk/business/support-for-your-business/social-value/'
WIL = ('https://www.wilmslow.co.uk/news/article/20939/'
       'council-says-its-social-value-policy-will-help-address-inequalities-and-support-local-businesses')
OXA = ('http://www.admin.ox.ac.uk/estates/aboutus/managingtheestate/environmentalsustainabilitytravel/'
       'sustainableprocurement/')
CHS = 'https://cheshireeast.gov.uk/council_and_democracy/your_council/social-value/social-value.aspx'

SUS_S = 'Sustainable supply chain: The framework sets out the nine areas of sustainability (three social, three environmental and three economic) that we want the organisations that supply our goods and services to be committed to. These areas are:'
LIN_S = 'Sustainability and Ethical Procurement'
TRP_S = 'Social Value: The Greater Manchester Social Value themes are as follows:'
STV_S = 'Social value in contracts: Before we start the process, we consider what\'s good for the community as a whole, and keep in mind the following principles:'
SAL_S = 'Social Value in Salford'
WIL_S = 'Council says its social value policy will help address inequalities and support local businesses'
OXA_S = 'Sustainable Procurement and Responsible Investment: Sustainable Procurement: It sets out six priorities, which are to:'
CHS_S = 'Social value: We look at social value across 3 themes:'
LEI = 'https://news.leicester.gov.uk/news-articles/2017/march/social-value-charter-to-be-introduced-in-leicester/'
SOX = 'https://democratic.southoxon.gov.uk/mgDecisionDetails.aspx?IId=18914&Opt=1'
CRA = 'https://democracy.crawley.gov.uk/mgDecisionDetails.aspx?IId=7894&Opt=1'
NLI = ('https://www.northlincs.gov.uk/news/'
       'new-charter-would-see-businesses-pledge-support-to-ensure-north-lincolnshire-is-the-best-place/')
TIN = 'https://www.tendersinfo.com/blogs/what-is-your-social-offering/'
CRP = ('https://www.england.nhs.uk/long-read/'
       'carbon-reduction-plan-requirements-for-the-procurement-of-nhs-goods-services-and-works/')
LEI_S = 'Social Value Charter to be introduced in Leicester'
SOX_S = 'Decision details: to confirm the council’s commitment to Oxfordshire Inclusive Economy Partnership’s charter pledges, namely:'
CRA_S = 'Issue - decisions: Social Value Charter'
NLI_S = 'New charter would see businesses pledge support to ensure North Lincolnshire is the best place'
TIN_S = 'What is your social offering?'
CRP_S = 'Carbon reduction plan and net zero commitment requirements for the procurement of NHS goods, services and works'
BNC = 'https://bathnes.gov.uk/modern-slavery-statement/commitments-2021-2022'
BNS = 'https://bathnes.gov.uk/modern-slavery-statement/statement-summary'
LIC = 'https://www.lichfielddc.gov.uk/council/modern-slavery-human-trafficking-statement/8'
COL = 'https://www.new.colchester.gov.uk/modern-slavery-0/modern-slavery-transparency-statement-2025/supply-chains-0'
NUL = 'https://www.newcastle-staffs.gov.uk/community-safety/modern-slavery-human-trafficking-statement/6'
BNC_S = 'Modern slavery statement: Commitments 2021-2022'
BNS_S = 'Modern slavery statement: Statement summary'
LIC_S = 'Modern slavery and human trafficking statement: Due diligence'
COL_S = 'Modern slavery transparency statement 2025: Supply chains'
NUL_S = 'Modern slavery and human trafficking statement: Risk assessment and due diligence: We already:'
SDN_S = 'Including Social Value in Tenders'
SDN_L = SDN_S + ': Below is a list of general examples of how bidders might include Social Value in their bids.'
TOR_S = 'Social value: guidance to bidders'
TOR_T = TOR_S + ': Some top tips:'
DEV_S = 'Tenders and frameworks – social value weighting – 2021'
THF_S = 'Freedom of information response: Social Value in Procurement'
WDK_S = 'Social Care Value Act 2012 (request to Thurrock Borough Council)'
BRE_S = 'Social Value Bid Evaluation guidance: 1.0 Bradford Council’s Social Value Criteria'
BRE_M = BRE_S + ': 1.1 Mandatory Social Value: Requirements as per policy criteria:'
BRE_C = BRE_S + ': 1.2 Measures: When choosing the measures please consider:'
BRP_S = 'Bradford Council Social Value policy explained'
BRP_L = BRP_S + ': A local approach'
BRI_S = 'Social Value and Inclusive Growth Policy'
BRI_A = BRI_S + ': It includes a set of 31 Social Value, Inclusive Growth orientated measures that Commissioners and Procurers can pick from when preparing tenders, we ask that:'
BBC_S = 'Council to focus on social value of contract bids'
WNY_S = 'New procurement policy aims to boost Bradford businesses'
NSO_S = 'Our social value policy'
CUM_S = 'Procurement Policy 2025 to 2029 - including the Social Value statement - Social value and the local economy: For example, and this is not an exhaustive list, Social Value can be delivered through the following activities:'
CUH_S = 'Procurement Policy 2025 to 2029 - including the Social Value statement - How Social Value is communicated and implemented'
CUH_C = CUH_S + ': Procurement team’s commitments'
SUR_S = 'Social value guidance for suppliers'
CHE_S = 'Social value in procurement: How we consider social value in procurement'
CHO_S = 'Decision details: contract award procedure'
THC_S = 'Social Value Guidelines'
SCP_S = 'Supporting Communities: Our Commitments'
SPT_S = 'Dynamic Purchasing System (DPS) for Transport Related Contracts (2): notice description'
LHC_P = 'Public Buildings Construction and Infrastructure (LHC Procurement Group): Award criteria (price criterion, lot 1)'
LHC_Q = 'Public Buildings Construction and Infrastructure (LHC Procurement Group): Award criteria (quality criterion, lot 1)'
LHC_L = 'Public Buildings Construction and Infrastructure (LHC Procurement Group): Lot 1: New Build Only - 0 to 1m GBP'
LHW_Q = 'Public Buildings Construction and Infrastructure (LHC for the Welsh Procurement Alliance): Award criteria (quality criterion, lot 1)'
USW_S = 'University of South Wales notice: Award criteria'
SPC_S = 'Sustainable Procurement Tools: Communities: Award: examples of questions specific to communities requirements'
SPS_S = 'Sustainable Procurement Tools: Skills and training: Award: examples of questions specific to employment skills and training'
SPM_S = 'Sustainable Procurement Tools: SMEs, social enterprises, supported businesses and third sector: Award criteria: Example 2: key performance indicators relating to SMEs and social enterprises'
SPH_S = 'Sustainable Procurement Tools: Health and safety: Award: Where the health and safety is relevant and proportionate the following questions may be helpful:'
SPV_S = 'Sustainable Procurement Tools: Climate change - vehicles: Evaluation and award'
LPP_S = 'A Guide to Social Value at LPP'
LPP_C = LPP_S + ': For our members, NHS LPP can:'
HCI_S = 'Incorporating Social Value in Tenders: How to Stand Out in Health Sector: What Is Social Value in Tenders?: Under the NHS framework, this includes commitments such as:'
SVP_S = 'The NHS social value in procurement mandate – six things suppliers need to know'
TUS_S = 'What is the NHS Social Value Playbook?: Net Zero Supplier Roadmap'
CPD_S = 'NHS Social Value Playbook: Description'
NOE_S = 'NHS Procurement in Partnership Sustainability and Social Value: The sessions looked at:'
EXD_S = 'Top tips for a social value delivery plan: In addition to describing commitments within a social value delivery plan, bidders are often required to outline:'
EXT_S = 'How tendering works'
EXT_I = EXT_S + ': Common tendering industries'
EXB_S = 'Social value tender questions: Responding to the question: Here are some potential areas to talk about in relation to social value:'
ECG_S = 'Going green: considering sustainability when tendering: The importance of sustainability in public sector tenders'
CTD_S = 'Social Value questions in tenders and contracts'
ZEM_S = 'How to Answer Social Value Tender Questions: Social Value Tender Questions'
THL_S = 'Answering Social Value Tender Questions: Basic Social Value Definition'
JCS_S = 'Social value in tenders: what commissioners actually want to see: Typical social value themes'
JCW_S = 'Social value in tenders: what commissioners actually want to see: How social value is evaluated: Weighting in tenders'
JCM_S = 'How to write a winning mobilisation plan: Why mobilisation makes or breaks tenders'
BWL_S = 'Mobilisation plans: writing a credible delivery narrative: What this guide covers'
GEN_S = '6 Typical Questions Asked in Public Sector Procurement Tenders'
TVC_S = 'Preparing for tendering: Company Details'
GOT_S = 'The ITT: sustainability requirements'
IS4_S = 'Tendering for Government Contracts: Public-sector policy requirements: Sustainability and environmental policies'
IMG_S = 'Local Spend & Social Value in Care: What commissioners mean by “local spend”: Commissioners typically want confidence that you:'
E123_S = 'What criteria are used to evaluate bids?: Typical evaluation criteria are:'
SCH_S = '3d. Run your own procurement: high-value and EU tenders'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # South Downs National Park Authority
 (SDN, 'sv-guidance', U, MU, [], SDN_S, 'If it is specified as a requirement, tenderers should describe in their bid any proposals they have to encompass social value within the contract.'),
 (SDN, 'sv-guidance', U, MU, [], SDN_S, 'Social value proposals in bids must be over and above the core deliverables of the contract, and should both relate and be proportionate to the subject matter of the contract.'),
 (SDN, 'sv-guidance', U, EI, [], SDN_L, 'Creating local employment opportunities for the long term unemployed or those not in education, employment, or training'),
 (SDN, 'sv-guidance', U, EI, [], SDN_L, 'Creating skills and training opportunities'),
 (SDN, 'sv-guidance', U, EI, [], SDN_L, 'Offering work placements to school children and young adults'),
 (SDN, 'sv-guidance', U, EI, [], SDN_L, 'Providing career advice and information on specific careers'),
 (SDN, 'sv-guidance', U, EI, [], SDN_L, 'Educational engagement, eg with schools, colleges or training providers, through site visits, careers talks, work placements etc.'),
 (SDN, 'sv-guidance', U, EI, [WBi], SDN_L, 'Offering curriculum support to schools'),
 (SDN, 'sv-guidance', U, EI, [EOi], SDN_L, 'Providing greater opportunities for individuals or groups facing greater social or economic barriers'),
 (SDN, 'sv-guidance', U, WB, [], SDN_L, 'Helping local charities, community groups, residents'),
 (SDN, 'sv-guidance', U, WB, [], SDN_L, 'Supporting local culture and heritage'),
 (SDN, 'sv-guidance', U, EO, [], SDN_L, 'Maintaining ethical supply chains'),
 (SDN, 'sv-guidance', U, WB, [EIi], SDN_L, 'Providing opportunities for vulnerable people and promoting social integration for example work opportunities for disadvantaged people.'),
 (SDN, 'sv-guidance', U, EO, [], SDN_L, 'Considering equity and diversity in the provision and operation of services'),
 # Torbay guidance to bidders
 (TOR, 'sv-guidance', U, MU, [], TOR_T, 'Please remember that if successful all Social Value offers you have submitted will be contractualised and form part of you overall delivery contract – you will be expected to provide regular updates on your social value delivery as part of your ongoing contract management process.'),
 (TOR, 'sv-guidance', U, MU, [], TOR_T, 'Please ensure that any Social Value offers made relate directly to the contract being offered and do not include activity you would undertake regardless of winning this tender or not (e.g. general corporate social responsibility activities do not count – see tender guidance documents on how you can ‘attribute’ corporate social responsibility activities)'),
 # Bradford
 (BRE, 'sv-guidance', U, EI, [], BRE_M, 'All contracts over £100,000 are required to include at least one ‘Employment and Skills’ (e.g. apprenticeships, work placements and work experience) related measure.'),
 (BRP, 'sv-policy', U, EI, [], BRP_L, 'We want to support our local SME and VCSE organisations through not only who we spend our money with, but also through added social value inputs.'),
 (BRP, 'sv-policy', U, EI, [], BRP_L, 'We want the people of the Bradford District to be the recipients of social value delivery from our local spend.'),
 (BRP, 'sv-policy', U, MU, [], BRP_S + ': Collaboration', 'We want our suppliers to invest time energy and resources in establishing strong relationships, to ensure we can collectively make a bigger impact on our place.'),
 (BRI, 'sv-policy', U, EI, [], BRI_A, 'For contracts between £25,000 and £100,000 two measures are included aimed at supporting the local economy and local employment and skills.'),
 (BRI, 'sv-policy', U, MU, [], BRI_A, 'For contracts over £100,000 four measures are applied so that in addition to the above we also consider social care issues, the value of community volunteers or environmental matters, and'),
 (BRI, 'sv-policy', U, EI, [], BRI_A, 'That for contracts over the EU threshold that are more than 2 years in duration that we specifically seek opportunities for employment, apprenticeships or skills enhancement.'),
 (BBC, 'sv-news', U, MU, [], BBC_S, 'Under new proposals, any firm bidding for a council contract worth more than £100,000 will have to show they will help the local community through initiatives such as supporting local charities, providing work experience or planting trees.'),
 # Cumberland
 (CUM, 'sv-policy', U, WB, [], CUM_S, 'social – community engagement and volunteering opportunities, supporting disadvantaged individuals and minority groups, hosting events'),
 (CUM, 'sv-policy', U, EI, [], CUM_S, 'economic – creating new jobs employing local people, creating apprenticeships, work placements, purchasing from local suppliers/ marketplace, providing mentoring, training and career advice'),
 (CUM, 'sv-policy', U, CL, [], CUM_S, 'environmental – reducing energy and utility use and reducing carbon emissions, minimising consumption, using sustainable or recycled materials and products, using local supply chains and locally derived goods and services, supporting or delivering improvements to public spaces. Support the delivery of the Local Nature Recovery Strategy'),
 (CUH, 'sv-policy', U, MU, [], CUH_C, 'our supply chain will be required to make contractual commitments on Social Value statements they make in tender submissions'),
 # Surrey
 (SUR, 'sv-guidance', U, MU, [], SUR_S + ': Suppliers\' questionnaire', 'Here we are looking for the way in which you tried to understand the needs and priorities of the community, built local partnerships, and came up with solutions that really made an impact.'),
 (SUR, 'sv-guidance', U, MU, [], SUR_S + ': Suppliers\' questionnaire', 'We would love to hear about activities or resource commitments that were particularly creative, or that had long-lasting impact, and where you clearly went above and beyond.'),
 # Scape Group commitments asked of delivery partners
 (SCP, 'sv-framework', U, EI, [], SCP_S, 'Minimum standards of local spend'),
 (SCP, 'sv-framework', U, EI, [], SCP_S, 'Minimum standards of local labour usage'),
 (SCP, 'sv-framework', U, EI, [], SCP_S, 'Work experience programmes'),
 (SCP, 'sv-framework', U, EI, [], SCP_S, 'School and college visits'),
 (SCP, 'sv-framework', U, WB, [], SCP_S, 'Community engagement initiatives'),
 (SCP, 'sv-framework', U, EI, [], SCP_S, 'Adult employment opportunities'),
 (SCP, 'sv-framework', U, EI, [], SCP_S, 'Apprenticeship programmes'),
 (SCP, 'sv-framework', U, CL, [], SCP_S, 'Waste management'),
 # SPT DPS notice
 (SPT, 'notice', S, MU, [], SPT_S + ': A summary of the expected community benefits has been provided as follows:', 'Community Benefits (CBs) may be required to be delivered by an Operator as a result of any award made.'),
 # Sustainable Procurement Tools award questions
 (SPC, 'award-questions', S, WB, [], SPC_S, 'Please describe how you will involve the users of your service to contribute to its design and delivery to find opportunities to enhance communities.'),
 (SPC, 'award-questions', S, WB, [], SPC_S, 'What arrangements will you make to ensure that the local community are engaged with and informed of the service offered?'),
 (SPC, 'award-questions', S, WB, [], SPC_S, 'How will you design your offer to enhance the local community through the provision of this service?'),
 (SPC, 'award-questions', S, WB, [], SPC_S, 'The organisation specifically wishes to support the enhancement of local communities, please describe how you will contribute to this aim including reducing the risks within this contract.'),
 (SPS, 'award-questions', S, EI, [], SPS_S, 'What arrangements will you make to provide mentoring and support for trainees and work placements to ensure maximum retention and achievement of industry accreditations?'),
 (SPS, 'award-questions', S, EI, [], SPS_S, 'The organisation specifically wishes to support the development of skills in [specify industry, f.ex. the building and construction industries and any associated trades]. Please describe how you will contribute to this aim including developing trade skills within your existing workforce.'),
 (SPM, 'award-questions', S, EI, [], SPM_S, 'all sub-contracts must be advertised'),
 (SPM, 'award-questions', S, EI, [], SPM_S, 'sub-contractors must also advertise all opportunities'),
 (SPV, 'award-questions', S, CL, [], SPV_S, 'It would therefore be appropriate to ask tenderers how they will minimise vehicle emissions in the delivery of the contract, for example in an off-site laundry contract or home-to-school transport.'),
 # NHS
 (HCI, 'nhs-sv', U, EI, [], HCI_S, 'Local job creation and apprenticeships, particularly for disadvantaged groups.'),
 (HCI, 'nhs-sv', U, CL, [], HCI_S, 'Environmental sustainability and carbon reduction, for example through net-zero strategies, renewable energy adoption, or waste minimisation.'),
 (HCI, 'nhs-sv', U, EO, [], HCI_S, 'Promoting equality, diversity, and inclusion by addressing workforce inequalities, closing pay gaps, and ensuring fair opportunities.'),
 (SVP, 'nhs-sv', U, CL, [], SVP_S + ': 1. Fighting climate change must be included in all procurement', 'As a supplier, you will need to be able to demonstrate firm plans, results and commitment to; reducing waste, lowering emissions and helping the environment – whether that’s by getting involved in a tree planting scheme or investing responsibly, for example.'),
 (CPD, 'nhs-sv', U, CL, [], CPD_S, 'The playbook emphasises the flexibility of including Fighting Climate Change as a core requirement to the contract deliverables or as social value theme for suppliers to deliver above and beyond the core offer.'),
 # bid-writing guides reproducing the asks
 (EXD, 'bid-guide', U, MU, [], EXD_S, 'Methods for liaising with stakeholders, such as local third sector organisations or further education institutions, to form potential partnerships for delivery'),
 (EXD, 'bid-guide', U, MU, [], EXD_S, 'A nominated point of contact, occasionally known as social value ‘champion’, with ultimate responsibility for resource allocation and delivery of social value commitments'),
 (EXD, 'bid-guide', U, MU, [], EXD_S, 'Evidence of capability to identify, source, deliver and report on each of the social value targets which are set'),
 (EXD, 'bid-guide', U, MU, [], EXD_S, 'Measuring, monitoring and reporting progress against your social value commitments, often in the form of periodic formal reports to the buyer.'),
 (EXD, 'bid-guide', U, MU, [], 'Top tips for a social value delivery plan', 'Many public sector tenders require bidders to provide a social value delivery plan, which outlines how they will deliver against their social value commitments.'),
 (EXB, 'bid-guide', U, WB, [], EXB_S, 'Engaging with the local community, for example, working with schools and charities to support people in the area'),
 (EXB, 'bid-guide', U, WB, [], EXB_S, 'Helping amateur sports teams or social groups'),
 (CTD, 'bid-guide', U, MU, [], CTD_S + ': How to answer that tricky Social Value question in a tender response', 'They may also ask you to sign up to their own Social Value charter.'),
 (ZEM, 'bid-guide', U, EI, [], ZEM_S, 'Economic – employment, training and work-experience opportunities for local people.'),
 (ZEM, 'bid-guide', U, CL, [], ZEM_S, 'Environmental – local staff, local suppliers and local work reduces your carbon footprint.'),
 (ZEM, 'bid-guide', U, WB, [], ZEM_S, 'Social – supporting local community initiatives e.g. charities, local amateur sports teams etc.'),
 (THL, 'bid-guide', U, MU, [], THL_S, 'Social value allows them to maximise the impact of public spending by choosing suppliers who commit to creating additional community benefits - such as local jobs, environmental improvements, or supporting disadvantaged groups - alongside their primary contract obligations.'),
 (JCS, 'bid-guide', U, EI, [], JCS_S, 'Local jobs, apprenticeships, training, progression'),
 (JCS, 'bid-guide', U, EI, [], JCS_S, 'Local supply chain spend, SME engagement, prompt payment'),
 (JCS, 'bid-guide', U, CL, [], JCS_S, 'Carbon reduction, waste management, sustainable travel'),
 (JCS, 'bid-guide', U, WB, [], JCS_S, 'Volunteering, charity support, community facility use'),
 (JCS, 'bid-guide', U, WB, [], JCS_S, 'Staff wellbeing, community health initiatives'),
 (JCS, 'bid-guide', U, EI, [], JCS_S, 'Targeting disadvantaged areas, reducing inequality'),
 (GOT, 'bid-guide', U, CL, [], GOT_S, 'It is good practice to ask bidders to submit with their tender a method statement setting out how they will achieve the sustainability requirements.'),
 (IMG, 'bid-guide', U, EI, [], IMG_S, 'will support SMEs, social enterprises and VCSE partners appropriately'),
 (IMG, 'bid-guide', U, EI, [], IMG_S, 'will pay suppliers fairly (especially smaller providers)'),
 (IMG, 'bid-guide', U, EI, [], IMG_S, 'can increase local spend without increasing risk or cost'),
 # universities and more councils
 (SUS, 'sv-policy', U, CL, [], SUS_S, 'Net zero target and action plan'),
 (SUS, 'sv-policy', U, CL, [], SUS_S, 'Recycling target'),
 (SUS, 'sv-policy', U, CL, [], SUS_S, 'Responsible consumption and production'),
 (SUS, 'sv-policy', U, EO, [], SUS_S, 'Equality, diversity and inclusion (EDI) training for staff and supply chain staff'),
 (SUS, 'sv-policy', U, WB, [], SUS_S, 'Staff access to wellbeing programmes'),
 (SUS, 'sv-policy', U, WB, [], SUS_S, 'Supporting and volunteering in local issues'),
 (SUS, 'sv-policy', U, EO, [], SUS_S, 'Initiatives to reduce inequality in the workplace'),
 (SUS, 'sv-policy', U, EO, [], SUS_S, 'Real living wage accreditation'),
 (SUS, 'sv-policy', U, EI, [], SUS_S, 'Engaging small- and medium-sized enterprises (SMEs) and voluntary, community and social enterprises (VCSEs) in the supply chain.'),
 (LIN2, 'sv-policy', U, EI, [], LIN_S + ': Opportunities for students', 'The University expects its suppliers to work with us to offer opportunities and developments for our graduates.'),
 (LIN2, 'sv-policy', U, EI, [], LIN_S + ': Opportunities for students', 'Suppliers are required to participate in initiatives, such as mock interviews or employability mentoring.'),
 (LIN, 'sv-policy', U, EO, [], LIN_S + ': Anti-Slavery', 'When selecting suppliers for University contracts, we may seek evidence from our suppliers on the steps they have taken to combat modern slavery in their organisation and supply chains, particularly on areas of expenditure that we’ve identified as being high risk.'),
 (TRP, 'sv-policy', U, EI, [], TRP_S, 'Promote employment and economic sustainability – tackle unemployment and facilitate the development of skills'),
 (TRP, 'sv-policy', U, EO, [EIi], TRP_S, 'Raise the living standards of local residents – working towards living wage, maximise employee access to entitlements such as childcare and encourage suppliers to source labour from within Greater Manchester'),
 (TRP, 'sv-policy', U, WB, [], TRP_S, 'Promote participation and citizen engagement - encourage resident participation and promote active citizenship'),
 (TRP, 'sv-policy', U, WB, [EIi], TRP_S, 'Build the capacity and sustainability of the voluntary and community sector– practical support for local voluntary and community groups'),
 (STV, 'sv-policy', U, EI, [], STV_S, 'promote local skills and employment;'),
 (STV, 'sv-policy', U, EI, [], STV_S, 'support the growth of responsible regional business;'),
 (STV, 'sv-policy', U, WB, [], STV_S, 'healthier, safer, and more resilient communities;'),
 (STV, 'sv-policy', U, CL, [], STV_S, 'decarbonising and safeguarding our world;'),
 (SAL, 'sv-policy', U, EI, [], SAL_S, 'This could mean for example, making sure that local people get jobs when money is spent on new building schemes, or bringing businesses to the city and making sure that those companies reinvest some of their profits back in other services in the community.'),
 (WIL, 'sv-news', U, EI, [], WIL_S, "The council's cabinet has now approved the policy and all future procurement of goods and suppliers would be expected to play their part by employing local people, building local skills and local training opportunities, using local supply chains themselves and/or investing in local projects."),
 (OXA, 'sv-policy', U, CL, [], OXA_S, 'Manage waste in the supply chain effectively'),
 (OXA, 'sv-policy', U, EO, [], OXA_S, 'Ensure that ethical considerations and a living wage are considered'),
 (CHS, 'sv-policy', U, WB, [], CHS_S, 'social - creating healthier, safer, and more resilient communities'),
 (CHS, 'sv-policy', U, EI, [], CHS_S, 'economic - promoting local skills and employment growth, supporting inclusive diverse and responsible businesses'),
 (CHS, 'sv-policy', U, CL, [], CHS_S, 'environmental - supporting environmental sustainability'),
 # charters
 (LEI, 'sv-news', U, MU, [], LEI_S, 'The new charter will require suppliers of goods and services to ‘add social value’ to their contracts to benefit Leicester people.'),
 (LEI, 'sv-news', U, EI, [], LEI_S, 'This means that businesses bidding for council contracts will be encouraged to provide jobs and training for local people.'),
 (LEI, 'sv-news', U, EI, [], LEI_S, 'For example, they might be asked to show how they would take on local apprentices for a construction project, helping to increase employment and career opportunities for local people.'),
 (LEI, 'sv-news', U, CL, [WBi], LEI_S, 'The charter also promotes added social value in other ways, for example by requiring suppliers to achieve higher environmental standards – such as the use of less polluting vehicles  – or supporting local community groups with their projects.'),
 (SOX, 'decision', U, WB, [], SOX_S, 'As a supplier we pledge to support our employees to volunteer on local community projects.'),
 (CRA, 'decision', U, MU, [], CRA_S, 'It was explained that currently Crawley Borough Council has several policies and charters that request the supply chain, through the procurement process, to support economic, environmental and social improvements in the community.'),
 (NLI, 'sv-news', U, MU, [], NLI_S, 'As part of their contract applications, organisations would be required to set out their social value commitments, with a percentage of the overall award criteria being decided on their pledges.'),
 (TIN, 'bid-guide', U, MU, [], TIN_S, 'The Act clearly dictates the contracting authorities to include questions by which the bidders can demonstrate the social value that will be delivered by them for the well-being of the community if awarded the contract.'),
 # modern slavery in tenders (councils' statements)
 (BNC, 'ms-statement', U, EO, [], BNC_S, 'The Council will expand the questionnaire section in the tender documents to include scored questions, where bidders would answer specific questions relating to their supply chains and how susceptible they are to Modern Slavery and the due diligence processes they will adopt to prevent it.'),
 (BNS, 'ms-statement', U, EO, [], BNS_S + ': What we’re planning to do', 'We will question suppliers specifically about their susceptibility to Modern Slavery and the processes they will adopt to prevent it.'),
 (LIC, 'ms-statement', U, EO, [], LIC_S, 'The council’s approach to commissioning and procurement requires suppliers of goods and services to implement proportionate due diligence procedures in relation to slavery and human trafficking with their own suppliers, sub-contractors and other participants in their supply chain.'),
 (COL, 'ms-statement', U, EO, [], COL_S, 'For prioritised suppliers, a formal written request is issued asking the supplier to provide information about its approach to tackling modern slavery.'),
 (COL, 'ms-statement', U, EO, [], COL_S, 'In addition, a contractual clause is included requiring suppliers to have specific approaches to tackling modern slavery in place.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (BRI, 'sv-policy', U, MU, [], BRI_S, 'In application we have set Social Value as being worth 10% of our evaluation decision.'),
 (WNY, 'sv-news', U, MU, [], WNY_S, 'A range of social value measures are included for bidders to choose from (31 in total), and the number needed including in a bid increase as the value rises.'),
 (NSO, 'sv-policy', U, MU, [], NSO_S, 'Social value will be included in tenders where it is deemed relevant and proportionate to do so.'),
 (CHE, 'sv-policy', U, MU, [], CHE_S, 'We also require all suppliers to have the Social Value Award (or be willing to get it within the first 12 months of the contract).'),
 (SPS, 'award-questions', S, MU, [], 'Sustainable Procurement Tools: Skills and training: Award', 'In some instances, a contracting authority may think there is scope to deliver community benefit requirements but, due to the capacity of the specific supplier market, it would be disproportionate to score community benefits at the award stage.'),
 (LPP, 'nhs-sv', U, MU, [], LPP_S, 'The quantitative element considers the social value targets and what a supplier is promising (by assigning a proxy value to each measure in pounds), typically this accounts towards 4% of the overall social value score'),
 (LPP, 'nhs-sv', U, MU, [], LPP_S, 'These scores are then combined to provide what proportion of the 10% available for social value the supplier achieved.'),
 (HCI, 'nhs-sv', U, MU, [], 'Incorporating Social Value in Tenders: How to Stand Out in Health Sector: Why Social Value Matters in Health Tenders', 'Since 2022, NHS tenders have required a minimum 10% weighting for social value, with many placing even higher emphasis.'),
 (SVP, 'nhs-sv', U, MU, [], SVP_S, 'Since 1 April 2022, NHS England is required to introduce a 10% minimum social value weighting into all procurement and recently published its net zero and social value guidance for NHS procurement teams.'),
 (TUS, 'nhs-sv', U, MU, [], TUS_S, 'All NHS procurements must include a minimum 10% weighting on net zero and/or social value;'),
 (EXD, 'bid-guide', U, MU, [], 'Top tips for a social value delivery plan', 'Remember, social value can sometimes comprise up to 25% of the overall weighting for a bid.'),
 (CTD, 'bid-guide', U, MU, [], CTD_S, 'As a result, most tenders include a question on this, and the relative weight of this question towards the overall tender score tends to be around 5-10%, so not insignificant.'),
 (ZEM, 'bid-guide', U, MU, [], 'How to Answer Social Value Tender Questions: What is Social Value in Tendering?', 'Others have social value calculator Excel spreadsheets to complete (see below).'),
 (JCS, 'bid-guide', U, MU, [], JCW_S, 'Typical: 10-15% of quality score'),
 (TRP2, 'sv-policy', U, MU, [], 'Social Value', 'The Council requires social value contributions on all contracts awarded of £50K and over and for every £1 spent, 53p has come back in Social Value.'),
 (SOX, 'decision', U, MU, [], SOX_S, 'As a buyer we pledge to assess and account for the social value that a supplier can offer the local community, alongside our assessment of the economic value/financial cost of the contract.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # South Downs, Torbay, Devon
 (SDN, 'sv-guidance', U, SDN_S, 'For higher value contracts over the relevant GPA threshold, Social Value is always included in the evaluation of tenders, with a minimum weighting of 10%.'),
 (SDN, 'sv-guidance', U, SDN_S, 'For lower value contracts, Social Value is considered as an evaluation weighting, where appropriate and proportionate to the contract in question.'),
 (TOR, 'sv-guidance', U, TOR_S, 'Full guidance on how to submit your social value offer, how it is scored and what % of the overall score it will carry will be included in your tender pack.'),
 (DEV, 'foi', U, DEV_S + ': Social Value Weighting', 'Our procurement approach does not have a specific ‘social value’ weighting identified within the award criteria.'),
 (DEV, 'foi', U, DEV_S + ': Social Value Weighting', 'Social Value aspects are integrated into each quality question/award criteria area as relevant to the question subject matter therefore Social Value per se does not have a specific weighting assigned to it but is rather integral to the overall evaluation and not something that can be conveyed directly statistically.'),
 (DEV, 'foi', U, DEV_S, 'The price and quality weightings used in the above contracts or frameworks.'),
 # Thurrock FOI and WhatDoTheyKnow request
 (THF, 'foi', U, THF_S, 'Do your current procurement policies or procedures define what percentage (or range of percentages) of the award criteria you should allocate to social value? If so what do they say? (Please provide a copy of the policy)'),
 (THF, 'foi', U, THF_S, 'Does your organisation have a social value policy (in the context of procurement)? If so, please provide a copy of the policy)'),
 (THF, 'foi', U, THF_S, 'Do you have a standard social value question for procurement projects? If so, please provide a copy.'),
 (WDK, 'foi', U, WDK_S, 'If your organisation includes Social Value questions within Invitations to Tender for these services, approximately what weighting is given to these questions?'),
 (WDK, 'foi', U, WDK_S, 'How are Social Value outcomes/returns measured and evaluated within your contract management processes for these services?'),
 # Bradford
 (BRE, 'sv-guidance', U, BRE_M, 'Social value will be mandatory in all contracts £100,000 and over.'),
 (BRE, 'sv-guidance', U, BRE_M, 'For those under £100,000 social value will be recommended but optional.'),
 (BRE, 'sv-guidance', U, BRE_S + ': 1.2 Measures', 'Commissioners and procurers must select up to six measures (no more) for suppliers to respond to in their tenders.'),
 (BRE, 'sv-guidance', U, BRE_C, 'What is most relevant to the nature of the contract'),
 (BRE, 'sv-guidance', U, BRE_C, 'What is most relevant for the location of the contract (specific local area/cross District)'),
 (BRI, 'sv-policy', U, BRI_A, 'Application of the policy is discretionary for contracts worth more than £25,000.'),
 # North Somerset, Cumberland, Surrey, Cheshire East, Chorley, Thurrock CVS
 (NSO, 'sv-policy', U, NSO_S, 'For appropriate procurements, bidders will be required to complete a social value submission sheet.'),
 (CUH, 'sv-policy', U, CUH_C, 'we will apply a weighted evaluation criterion of between 10% - 20% in any tender, where relevant and proportionate to do so'),
 (CUH, 'sv-policy', U, CUH_C, 'we will challenge when Social Value is not considered as an evaluation criteria in a tender'),
 (CUH, 'sv-policy', U, CUH_C, 'we will request progress updates on delivered Social Value commitments at contract review meetings'),
 (SUR, 'sv-guidance', U, SUR_S + ': Invitation to tender', 'There will be at least one question here about social value, and this will usually make up 10% of the total score available, although sometimes environmental sustainability is covered in a separate question, in which case this may be lower.'),
 (CHE, 'sv-policy', U, CHE_S, 'For all contracts worth £100,000 or more, we apply a minimum of 10% weighting for social value within the evaluation questions we ask as part of our procurement process.'),
 (CHO, 'decision', U, CHO_S, 'To approve the contract award procedure of an open invitation to tender advertised on the Council’s procurement website, Chest. Tenders will be evaluated to establish the most economically advantageous tender based on 70% cost, 15% quality and 15% social value.'),
 (THC, 'sv-guidance', U, THC_S, 'The questions are provided as examples and may be tailored or new questions created to meet requirement of the contract and ensure compliance with the Act in being relevant and proportionate to the procurement.'),
 # SPT DPS notice
 (SPT, 'notice', S, SPT_S, 'The minimum selection criteria for appointment to the DPS is successful completion of the SPD.'),
 (SPT, 'notice', S, SPT_S, 'By submitting a completed SPD, Operators are confirming that they are able to provide the Transport Services referred to in this notice.'),
 (SPT, 'notice', S, SPT_S, 'SPT reserve the right to change the Technical and Commercial weightings and questions at any point during the term of the DPS.'),
 (SPT, 'notice', S, SPT_S, 'The Contracting Authority does not intend to include a sub-contract clause as part of community benefits (as per Section 25 of the Procurement Reform (Scotland) Act 2014) in this contract for the following reason: No individual contract awarded from this DPS will be in excess of GBP 4m in value.'),
 # LHC award criteria, USW award criteria
 (LHC, 'notice-award', U, LHC_P, 'Preliminaries', P(10)),
 (LHC, 'notice-award', U, LHC_P, 'Hourly rates', P(10)),
 (LHC, 'notice-award', U, LHC_P, 'Overhead and profit', P(5)),
 (LHC, 'notice-award', U, LHC_Q, 'General Technical Response', P(25)),
 (LHC, 'notice-award', U, LHC_L, 'The construction of new Public buildings, built in the traditional manner to architect and engineers designs 0 to 1m GBP.'),
 (LHW, 'notice-award', W, LHW_Q, 'General Quality Response', P(25)),
 (USW, 'notice-award', W, USW_S + ' (quality): Health and Safety Procedures', 'Please provide examples of how you have managed health and safety practices on similar projects with similar clients.', P(10)),
 (USW, 'notice-award', W, USW_S + ' (quality): Experience and knowledge of contractor', 'Please demonstrate your experience of working on projects of a similar nature with Higher Education providers or similar large public sector organisations', P(10)),
 (USW, 'notice-award', W, USW_S + ' (quality): Experience and knowledge of contractor', 'Your response should include examples of similar projects, with reference to successes and lessons learned.', P(10)),
 # Sustainable Procurement Tools
 (SPC, 'award-questions', S, SPC_S, 'Bidders are required to provide a risk assessment for the services, including what resources will be allocated to manage the risks identified.'),
 (SPM, 'award-questions', S, SPM_S, 'at least quarterly contract performance information must be provided'),
 (SPH, 'award-questions', S, SPH_S, 'What arrangements will you put in place to make sure that all risks to health and safety are identified and managed?'),
 (SPH, 'award-questions', S, SPH_S, 'What arrangements will you have for managing the work? For example, who will be responsible, how will the work be supervised, what checks do you make on equipment and materials, and so on?'),
 (SPH, 'award-questions', S, SPH_S, 'Please identify any health risks, such as high levels of noise or exposure to harmful substances and describe how these will be managed'),
 (SPH, 'award-questions', S, SPH_S, 'Please describe how health and safety risks will be reduced in the handling of the products, including any chemicals or hazardous substances required.'),
 (SPH, 'award-questions', S, SPH_S, 'The organisation specifically wishes to support the improvement of the health and safety of its employees and contractors, please describe how you will contribute to this aim including reducing the risks within this contract.'),
 (SPV, 'award-questions', S, SPV_S, 'Award criteria must be proportionate and relevant to the works, supplies or services that are the subject-matter of the contract, there must be a clear methodology to evaluate responses.'),
 (SPV, 'award-questions', S, SPV_S, 'An outcome/ performance-based specification can be more challenging for evaluators.'),
 # NHS
 (TUS, 'nhs-sv', U, TUS_S, 'Carbon Reduction Plans (CRPs) are now required from all suppliers, regardless of contract value;'),
 (NOE, 'nhs-sv', U, NOE_S, 'how supplier responses should be evaluated using the available scoring options'),
 # bid-writing guides: typical quality questions and evaluation mechanics
 (EXT, 'bid-guide', U, EXT_S + ': What is tendering?', 'Bidder organisations are required to submit a tender (often called ITT, bid or proposal), offering their total price on the contract and responding to quality questions.'),
 (ECG, 'bid-guide', U, ECG_S, 'For example, PPN 06/21 requires bidders to submit a Carbon Reduction Plan for all central government contracts above a certain value, and this has been adopted as an optional measure by local authorities.'),
 (ECG, 'bid-guide', U, ECG_S, 'Sustainability questions are weighted heavily in the assessment process and, in some cases, the question receives more marking consideration than other common responses – such as value for money, mobilisation or health and safety.'),
 (BWL, 'bid-guide', U, 'Mobilisation plans: writing a credible delivery narrative', 'Mobilisation plans are consistently the section where UK public sector bidders leave marks on the table.'),
 (GEN, 'bid-guide', U, GEN_S + ': 1) Experience', 'You will almost always be asked to provide evidence of previous experience of supplying products or services that are similar to those required by the Contracting Authority.'),
 (GEN, 'bid-guide', U, GEN_S, 'Generally, the qualification section will be pass or fail questions, which cover general business information to ensure that you are a credible and legitimate business.'),
 (TVC, 'bid-guide', U, TVC_S, 'DUNS number, this is the reference number specific to your organisation that is created and issued by Dunn and Bradstreet'),
 (TVC, 'bid-guide', U, TVC_S, 'Charity Registration Number'),
 (GOT, 'bid-guide', U, GOT_S, 'One process would be to evaluate the method statement to ensure that it achieved a required ‘threshold’ of acceptability and a pre-requisite for the tender being evaluated as a whole.'),
 (IS4, 'bid-guide', U, IS4_S, 'Organisations can ask you to supply details of your sustainability policy.'),
 (IS4, 'bid-guide', U, IS4_S + ': ISO14001 and EMAS', 'EMS standards, such as ISO14001 or EMAS (Eco-Management and Audit Scheme), are a way to demonstrate a business’s commitment to reducing their environmental effect.'),
 (E123, 'bid-guide', U, E123_S, 'Performance, Skills and Experience of Prime Contractor, Partners and sub-contractors and Proposals for Delivery'),
 (E123, 'bid-guide', U, E123_S, 'Organisation Infrastructure Management and Capacity'),
 (E123, 'bid-guide', U, E123_S, 'Implementation Plan and Premises'),
 (E123, 'bid-guide', U, E123_S, 'Record Keeping and Administration'),
 (SCH, 'schools-guide', U, SCH_S, 'Evaluate bids against pre-set criteria that you apply equally to all bidding suppliers.'),
 # universities and more councils
 (LIN2, 'sv-policy', U, LIN_S + ': Modern Slavery', 'We may request copies of modern slavery statements (which is a legal requirement for commercial organisations whose turnover is greater than £36 million) and we expect our suppliers to work with us on anti-slavery matters.'),
 (LIN, 'sv-policy', U, LIN_S + ': Anti-Slavery', 'Failing to maintain an up-to-date modern slavery statement, for those organisations which require one, may result in the supplier being excluded from consideration for a tender opportunity.'),
 (LIN, 'sv-policy', U, LIN_S + ': Sustainability', 'When issuing tenders and requests for quotes, sustainability considerations will often be built into our requirements and/or used in the assessment of which supplier is best suited to meeting our requirements.'),
 (STV, 'sv-policy', U, 'Social value in contracts', 'We expect everyone we work with - suppliers, service providers, and contractors to be honest and transparent, following the laws of the countries they operate in.'),
 (STV, 'sv-policy', U, 'Social value in contracts', "For contractors, they must fully comply with the Modern Slavery Act 2015, if they don't their contract could be terminated."),
 (STV, 'sv-policy', U, 'Social value in contracts', 'Procurement can sometimes be a target for unfair, dishonest, and corrupt activities.'),
 # charters, NHS CRP
 (CRA, 'decision', U, CRA_S + ': Reasons for the Recommendations', 'Having one Social Value Charter ensures that all of the Council’s policy commitments are in one easy to use document.'),
 (CRP, 'nhs-sv', U, CRP_S, 'From April 2024: The NHS has proportionately extended the Carbon Reduction Plan requirements to cover all new procurements'),
 # modern slavery: pass/fail declarations and process
 (BNS, 'ms-statement', U, BNS_S + ': What we’ve already achieved', 'We exclude companies that cannot demonstrate their compliance with the Modern Slavery Act from the tender process.'),
 (BNS, 'ms-statement', U, BNS_S + ': What we’ve already achieved', 'We publish an annual Modern Slavery statement, in line with our Terms and Conditions of Contract which were updated three years ago.'),
 (LIC, 'ms-statement', U, LIC_S, 'For organisations with a turnover below £36 million, suppliers will be asked to confirm their acceptance of this modern slavery and human trafficking statement and compliance will be subject to verification.'),
 (COL, 'ms-statement', U, COL_S, 'Since April 2016, all tender processes have required bidders to confirm that they comply with the Modern Slavery Act 2015.'),
 (COL, 'ms-statement', U, COL_S, 'If a company cannot confirm that it has taken appropriate steps to identify risks to human rights within its organisation and supply chain, its bid should be excluded from the procurement process.'),
 (COL, 'ms-statement', U, COL_S, 'The Council also asks for links to other organisations’ modern slavery transparency statements in the ITT questionnaire, where the organisation is required to publish one.'),
 (NUL, 'ms-statement', U, NUL_S, 'scrutinise low priced tenders'),
 (NUL, 'ms-statement', U, NUL_S, 'apply the mandatory or discretionary exclusion criteria from Crown Commercial Service 4 stipulations'),
]

OGL_HOSTS = ('gov.uk', 'sell2wales.gov.wales', 'england.nhs.uk')
batch = Batch('public-texts-44.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; a notice is `ocds:<ocid>` (d3tenders copy) or
    # `fts:<notice id>` (Find a Tender copies); one page is one group otherwise.
    if 'd3tenders.com' in src: return 'ocds:' + src.rsplit('/', 1)[1].removesuffix('.json')
    if 'lambda-url' in src or 'bidatlas.co.uk' in src: return 'fts:' + src.rsplit('/', 1)[1]
    return src
batch.emit_lists('pub44', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
