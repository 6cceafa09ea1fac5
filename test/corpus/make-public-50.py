"""Write /work/batches/public-texts-50.jsonl: batch 58, social value asks and commitments of English and Welsh housing
associations, housing and construction frameworks (Procure Plus, North West Construction Hub, Procure Partnerships,
Fusion21, Procurement for Housing) and their call-offs, with hard negatives from the same documents about the works and
services bought, lots, framework mechanics, evaluation split, contract terms and delivery performance.

Sources: Procure Plus's skills and employment page; the North West Construction Hub's about page, its 'numbers so far'
news item and its interview on social value with ISG; Wates's blog on NWCH social value; Constructing Excellence's NWCH
page; Procure Partnerships' news on its collaborative social value programme; Find a Tender notices (d3tenders.com and
a tender-listing copy) for the NWCH High Value Construction Framework 2027-31, the Wirral/Procure Partnerships
Northwest Contractor Framework, the Fusion21 Responsive Repairs & Void Property Framework 2026-30, PfH Responsive
Repairs, Disrepair Works and Void Services, White Horse Housing Association's repairs contract and Waltham Forest
Housing Association's planned works and responsive repairs; trade-press reports on Fusion21 repairs frameworks
(The Construction Index, Construction Enquirer); Sovereign Housing Association's repairs tender release; Winchester
City Council's repairs term contract cabinet pages; the Construction Playbook framework review (ppponline); Carmarthenshire
Council's community benefits guidance; HelpMeBid's construction social value guide; Stonewater's decorating, retrofit and
heating notices; the PfH Wales decarbonisation framework notice and a Sell2Wales kitchens and bathrooms framework notice;
Pagabo (LABM Online report, Pagabo news), Efficiency North (BDC Magazine, Infrastructure Intelligence), the Southern
Construction Framework (Building, CE Awards), Willmott Dixon on Scape, LHC Procurement Group (its blog and a report of
its Social Impact Report), Morgan Sindall's North Manchester General Hospital social value pages, and RISE retrofit
guidance for registered providers.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Notice data
is OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-50.py > /work/batches/public-texts-50.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

U, W = 'uk', 'wales'

PP = 'http://www.procure-plus.com/social-value/social-value-skills-and-employment/'
NWN = 'http://www.nwconstructionhub.org/news/countdown-to-christmas-day-7-the-numbers-so-far/'
NWJ = 'http://www.nwconstructionhub.org/news/6461/'
NWA = 'http://nwconstructionhub.org/about'
WAT = 'https://www.wates.co.uk/articles/insight/blog-taking-social-value-to-the-next-level/'
CEX = 'https://constructingexcellence.org.uk/north-west-construction-hub/'
PPF = ('https://procurepartnerships.co.uk/news/'
       'procure-partnerships-framework-continues-to-roll-out-collaborative-social-value-programme')
NHV = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05d229'
WIR = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/056754-2025'
F21 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-061021'
PFH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-051533'
WHH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-059196'
WFH = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/014083-2025'
TCI = 'https://www.theconstructionindex.co.uk/news/view/bids-invited-for-125m-repairs-framework'
CEQ = 'https://constructionenquirer.com/?p=463718'
SOV = 'https://sovereign.org.uk/press-release/repairs-tender-goes-live'
WIN = 'https://democracy.winchester.gov.uk/ieIssueDetails.aspx?IId=15571&Opt=3&PlanId=0'
WIA = 'https://democracy.winchester.gov.uk/mgAi.aspx?ID=14742'
PPO = 'https://ppponline.affinitext.com/public/book?id=5922&toc_id=878115'
CAR = ('https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/'
       'sustainability-and-community-benefits/')
HMB = 'https://helpmebid.co.uk/social-value-construction-tenders'

SDC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-056787'
SRF = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/084298-2025'
SGS = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/007724-2026'
PFW = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06897e'
PGL = 'https://labmonline.co.uk/news/pagabo-reaches-6bn-social-value-enabled-milestone'
PGN = 'https://pagabo.co.uk/news/procurement-power-to-the-people-framework-providers-must-give-back/'
ENB = 'https://bdcmagazine.com/2024/04/charities-receive-donation-boost-thanks-to-social-housing-consortium/'
ENI = 'http://test.infrastructure-intelligence.com/article/jun-2023/build-communities-not-homes-says-framework-leader'
SCB = ('https://www.building.co.uk/news/winners-announced-on-45bn-public-sector-framework-for-southern-england/'
       '5122407.article')
SCA = ('https://www.ce-awards.co.uk/blog-post/394/People-Development-SECBE-Awards-2020-finalist---Southern-Construction-'
       'Framework-(SCF)')
WDX = 'http://willmottdixon.co.uk/how-we-do-it/local-spend-and-employment'
RRI = 'https://riseretrofit.org.uk/articles/an-introduction-to-social-value-'
RRP = 'https://riseretrofit.org.uk/knowledge-hub/preparing-a-retrofit-project/procurement-strategy'

SDC_S = '00408-AST National Decorating Programme 2026-2033 (Stonewater): notice'
SDC_L = SDC_S + ': Notice Description: The scope of works includes, but is not limited to:'
SRF_S = '00350-AST Whole House Retrofit Installation Works 2026-2030 (Stonewater): notice description'
SGS_S = 'Gas and renewable heating repair and maintenance, Southwest region (Stonewater): notice description'
PFW_S = 'PfH Decarbonisation, Retrofit and Planned Works Framework for Wales: notice description'
PGL_S = 'Pagabo reaches £6bn social value enabled milestone'
PGN_S = 'Procurement Power to the People: Framework Providers must give back (Pagabo): Generating social value'
ENB_S = 'Charities receive donation boost thanks to social housing consortium (Efficiency North)'
ENI_S = "'Build communities not homes,' says framework leader (Efficiency North)"
SCB_S = 'Winners announced on £4.5bn public sector framework for southern England (Southern Construction Framework)'
SCA_S = 'People Development SECBE Awards 2020 finalist - Southern Construction Framework (SCF)'
WDX_S = 'Local spend and employment (Willmott Dixon)'
RRI_S = 'An Introduction to Social Value (RISE retrofit support for registered providers)'
RRP_S = 'Procurement Strategy (RISE retrofit support for registered providers)'

LHA = 'https://afrinfrast.co.ke/framework-provider-delivers-over-9m-in-indicative-social-value'
LHB = 'https://www.lhcprocure.org.uk/news/blogs/procurement-with-purpose-our-first-social-impact-report'
S2W = 'https://sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=JUN440848'
MSN = 'https://insights.morgansindallconstruction.com/story/new-north-manchester-general-hospital/page/5'
LHA_S = 'Framework provider delivers over £9m in indicative social value (LHC Procurement Group)'
LHB_S = 'Procurement with Purpose: our first Social Impact Report (LHC Procurement Group): Procurement as a Catalyst for Community Change'
S2W_S = 'Kitchens & Bathrooms framework contract notice (Sell2Wales JUN440848): Lot 1 Kitchens & Bathrooms with Associated Works - Project Value Band 1 0 - 500k GBP'
MSN_S = 'Social Value in numbers (Morgan Sindall, North Manchester General Hospital, Procure Partnerships Framework)'

PP_S = 'Social Value - Skills and employment (Procure Plus)'
NWN_S = 'Countdown to Christmas: Day 7 - The numbers so far (North West Construction Hub)'
NWJ_S = 'Joy Woods on Social Value and North West Construction Hub'
NWA_S = 'About us (North West Construction Hub)'
WAT_S = 'BLOG: Taking social value to the next level (Wates)'
CEX_S = 'North West Construction Hub (Constructing Excellence)'
PPF_S = 'Procure Partnerships Framework continues to roll out collaborative social value programme'
NHV_S = 'North West Construction Hub - High Value Construction Framework (2027 to 2031): notice'
WIR_S = 'Northwest Contractor Framework (Wirral Council): notice description'
F21_S = 'Responsive Repairs & Void Property Framework (2026-30) (Fusion21): notice'
PFH_S = 'PfH - Responsive Repairs, Disrepair Works and Void Services: notice'
WHH_S = 'White Horse Housing Association - Repairs and Maintenance Contract: notice'
WFH_S = 'Waltham Forest Housing Association invitation to tender for planned works and responsive repairs: notice description'
TCI_S = 'Bids invited for £125m repairs framework (Fusion21)'
CEQ_S = 'Fusion21 repairs and maintenance framework (Construction Enquirer)'
SOV_S = 'Social value key as £12million repairs tender goes live (Sovereign Housing Association)'
WIN_S = 'Procurement of HRA Repairs and Maintenance Term Contract (Winchester City Council): Decision'
WIA_S = 'Housing, Repairs and Maintenance Contract Procurement (Winchester City Council): key outcomes desired from the new contract'
PPO_S = 'Frameworks and social value (Construction Playbook framework review)'
PPO_L = PPO_S + ': Early strategic engagement with tier 2 and 3 SME supply chain members enables frameworks to help establish more effective approaches to social value, for example in relation to:'
CAR_S = 'Sustainability and Community Benefits (Carmarthenshire County Council procurement guidance)'
HMB_S = 'Social value for construction tenders (HelpMeBid sector guide)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Procure Plus
 (PP, 'housing-framework', U, MU, [], PP_S, 'Procure Plus, and our clients, are committed to seeing improved lives, not just improved houses, in our communities.'),
 (PP, 'housing-framework', U, EI, [], PP_S, 'That’s why we work with the contractors working in our communities to ensure that local people are provided with sustainable employment opportunities (employment with training up to level 2, to enable individuals to sustain their own future employment).'),
 (PP, 'housing-framework', U, EI, [], PP_S, 'Procure Plus works with contractors to ensure that for every £1m spent with contractors results not just in high quality workmanship on people’s houses, but also in a minimum of 2 local people being given sustainable employment opportunities.'),
 (PP, 'housing-framework', U, EI, [], PP_S, 'Since 2006 this has resulted in over 300 individuals getting local paid employment with training opportunities in construction trades.'),
 (PP, 'housing-framework', U, EI, [], PP_S, 'In 2010/11 an average of 4 trainees were provided with sustainable employment opportunities per £1m spent in local communities.'),
 (PP, 'housing-framework', U, EI, [], PP_S, 'As well as providing these training and employment opportunities, Procure Plus also works with contractors to help them provide the best possible experience for our trainees, and we provide our trainees with their very own trade specific toolkit.'),
 # North West Construction Hub
 (NWN, 'construction-framework', U, MU, [], NWN_S, 'In those 11 years, we have delivered 9,567 social value activities.'),
 (NWN, 'construction-framework', U, EI, [], NWN_S, 'This number includes 1,683 apprenticeship placements.'),
 (NWN, 'construction-framework', U, EI, [], NWN_S, '83,390 have been employed through our projects with 60% of that number living locally.'),
 (NWN, 'construction-framework', U, CL, [], NWN_S, 'An incredible 97% of waste has been diverted from landfill!'),
 (NWN, 'construction-framework', U, EI, [], NWN_S, 'We have a score of 95% in regards to Fair Payment criteria being met by our contractors and supply chain satisfaction score of 90%.'),
 (NWJ, 'construction-framework', U, MU, [], NWJ_S, 'In terms of the Hub, social value has always been embedded in the core Hub principles right from the start.'),
 (NWJ, 'construction-framework', U, MU, [], NWJ_S, 'There have been social value targets since inception around community and some of the breadth of targets we are used to within social value.'),
 (NWJ, 'construction-framework', U, EI, [], NWJ_S, 'For example, numbers of apprentices and work placements.'),
 (NWJ, 'construction-framework', U, MU, [], NWJ_S, 'From outputs to outcomes, with the need to report social, economic and environmental value and express it in different ways.'),
 (WAT, 'construction-framework', U, MU, [], WAT_S, 'Social value is a staple of the North West Construction Hub (NWCH) Frameworks.'),
 (WAT, 'construction-framework', U, EI, [], WAT_S, 'Since 2010 the NWCH has enabled the delivery of over 7,555 social value activities and 1,400 apprenticeship placements across the North West region.'),
 (WAT, 'construction-framework', U, MU, [], WAT_S, 'To ensure this is achieved, progress is measured against a number of social value KPIs throughout projects, with a number of activities required driven by project cost.'),
 (WAT, 'construction-framework', U, EI, [], WAT_S, 'Redrock Stockport saw us support 37 apprenticeship positions and provide 11 work placements for Stockport College students.'),
 (WAT, 'construction-framework', U, EI, [], WAT_S, 'Through our role on the NWCH frameworks, we have worked hard to ensure all the areas we are working in benefit from an economic impact, adding tangible social value to communities.'),
 # Procure Partnerships
 (PPF, 'construction-framework', U, MU, [], PPF_S, 'Every project procured through the Framework has its own Social Value Plan, 12% of a project’s construction value is directly reinvested into social value activities.'),
 (PPF, 'construction-framework', U, MU, [], PPF_S, 'Our contractor partners do some amazing things to deliver a social value plan across the breadth of the framework that leaves a lasting legacy with the individuals and communities we work in.'),
 (PPF, 'construction-framework', U, MU, [], PPF_S, 'The activities identified took into consideration key aspect of social value; education, skills, community, volunteering and economic investment.'),
 # Fusion21 (trade press)
 (TCI, 'housing-framework', U, MU, [], TCI_S, 'Other benefits for Fusion21 members include accessing a compliant and efficient route to market, whilst being supported to deliver social value they can see in communities, aligned with their organisational objectives.'),
 # Sovereign Housing Association
 (SOV, 'housing-tender', U, WB, [], SOV_S, 'Through its Project Match programme, Sovereign will maximise opportunities to deliver social value in its communities by asking suppliers which community project they are able to fulfil from a predetermined list.'),
 (SOV, 'housing-tender', U, MU, [], SOV_S, 'Tender offers will then be scored on a whole host of criteria related to quality, cost and social value.'),
 (SOV, 'housing-tender', U, MU, [], SOV_S, 'Entries which display these greater social value commitments will receive a more positive weighting and overall score.'),
 (SOV, 'housing-tender', U, MU, [], SOV_S, 'Applicants will have the opportunity to impress with their pledges to social value.'),
 # Construction Playbook framework review
 (PPO, 'construction-framework', U, MU, [], PPO_S, 'Many of the frameworks reviewed include expectations and measures for each supplier to deliver demonstrable social value, including for example various categories of targeted recruitment, training and community initiatives.'),
 (PPO, 'construction-framework', U, EI, [], PPO_L, 'Employment and skills, given that the majority of the construction workforce is employed by tier 2 and 3 SMEs for whom a long-term framework appointment provides important new opportunities to offer apprenticeships and jobs'),
 (PPO, 'construction-framework', U, WB, [], PPO_L, 'Community benefits, given that local and regional tier 2 and 3 SME supply chain members are likely to know more about the communities they work in and to design more meaningful contributions to those communities.'),
 # Carmarthenshire
 (CAR, 'council-guidance', W, MU, [], CAR_S + ': Community Benefits', 'A Community Benefits approach must be applied to all appropriate tenders.'),
 (CAR, 'council-guidance', W, MU, [], CAR_S + ': Community Benefits', 'In any tender valued over £1million we must, as a minimum, apply, capture and record Community Benefits utilising the Welsh Government’s Community Benefits Measurement Tool.'),
 (CAR, 'council-guidance', W, EI, ['wellbeing'], CAR_S + ': Community Benefits', 'These benefits might include recruiting and training long term economically inactive persons as part of the workforce delivering the contract; working with local schools and colleges for work placements; offering appropriate training through apprenticeships or engage with local communities etc.'),
 # HelpMeBid
 (HMB, 'bid-guide', U, EI, [], HMB_S + ': Apprenticeships and traineeships', 'Apprenticeship commitments are the most frequently scored social value measure in construction tenders.'),
 (HMB, 'bid-guide', U, EI, [], HMB_S + ': Local labour and supply chain engagement', 'Many local authority buyers include a specific measure for the proportion of contract spend directed to local small and medium enterprises (SMEs) or for employment opportunities created for local residents.'),
 (HMB, 'bid-guide', U, EI, [], HMB_S + ': Apprenticeships and traineeships', 'Traineeships and work experience placements are scored separately and carry their own proxy values.'),
 # Pagabo
 (PGL, 'construction-framework', U, EI, [], PGL_S, 'The £6bn social value milestone includes the creation of more than 7,000 jobs, with another 28,000 safeguarded.'),
 (PGL, 'construction-framework', U, EI, [], PGL_S, 'Other notable statistics include the creation of work placements, with close to 2,300 placements and apprenticeship opportunities sitting at nearly 1,900.'),
 (PGN, 'construction-framework', U, MU, [], PGN_S, 'Indeed, tender submissions for appointment to our frameworks are weighted to place a greater emphasis on the social value that potential suppliers generate – and the same is true for project tenders.'),
 # Efficiency North
 (ENB, 'housing-framework', U, MU, [], ENB_S, 'Efficiency North members who use EN:Procure’s frameworks can accrue the credits to be used for local community investment or creating new jobs and apprenticeships.'),
 (ENB, 'housing-framework', U, MU, [], ENB_S, 'Since launching the scheme in 2019, Efficiency North has delivered £564k in Social Value Credits to its membership for them to target support in the communities they serve.'),
 # Southern Construction Framework
 (SCB, 'construction-framework', U, CL, [], SCB_S, 'Chosen contractors were required to demonstrate their carbon benchmarking assessment capacities and SCF claimed that it had prioritised carbon retrofit capabilities.'),
 (SCA, 'construction-framework', U, EI, [], SCA_S, 'Over 180 projects have been awarded through the framework for 86 public authorities, facilitating opportunities to nearly 200 apprentices - with over a third now permanently employed in the industry.'),
 (SCA, 'construction-framework', U, WB, [], SCA_S, 'SCF also uses its position in the market to promote mental health issues in the industry and ensure that support is at hand for those who work for its appointed contractors.'),
 # Willmott Dixon on the Scape framework
 (WDX, 'construction-framework', U, EI, [], WDX_S, 'Through Scape we have targets relating to local spend, labour and employment, and we have developed reporting KPIs to help us quantify the indirect economic impact our work is having on local communities.'),
 (WDX, 'construction-framework', U, EI, [], WDX_S, 'So we can play a key role in supporting local businesses and employment by spending as much as possible of a project’s budget locally.'),
 # RISE retrofit guidance for registered providers
 (RRI, 'housing-guidance', U, MU, [], RRI_S + ': What is social value?', 'In the context of the Warm Homes funding, social value may include reducing fuel poverty, improving health outcomes, creating local jobs, and supporting the transition to net zero.'),
 (RRI, 'housing-guidance', U, MU, [], RRI_S + ': Policy drivers and strategic alignment: The UK government has made social value a cornerstone of public procurement:', 'It requires a minimum 10% weighting for social value in central government contracts, encouraging public bodies to consider how their spending can deliver wider benefits'),
 # LHC Procurement Group
 (LHA, 'housing-framework', U, WB, ['economic-inequality'], LHA_S, 'Highlights include the reinvestment of £314,816 into community projects via the organisation’s Community Benefit Fund – supporting social housing residents and youth programmes – plus investment in skills through regional partnerships such as Preston Vocational Centre and the South West’s Green Skills Advisory Panel.'),
 (LHA, 'housing-framework', U, MU, [], LHA_S, 'The N9 framework in particular stands out for being the first to implement the group’s social value strategy, building in additional and measurable social value outcomes.'),
 (LHA, 'housing-framework', U, WB, [], LHA_S, 'Since 2017, LHC Procurement Group (LHCPG) has distributed a significant £1,695,892 across England, Scotland and Wales via its Community Benefit Fund'),
 (LHB, 'housing-framework', U, MU, [], LHB_S, 'From funding early-intervention programmes like Y Enterprise, to ensuring social value is integrated into every framework, we’re showing that procurement can deliver more than infrastructure, it can deliver better futures.'),
 # Morgan Sindall call-off through Procure Partnerships
 (MSN, 'construction-framework', U, MU, [], MSN_S, 'Through our work at North Manchester General Hospital, we have created more than £19m of social value, monitored and verified by Compliance Chain social value partner to the Procure Partnerships Framework.'),
 (MSN, 'construction-framework', U, MU, [], MSN_S, 'Our work has created a 57% social value return on the customer\'s project investment - exceeding our agreed 53% customer target.'),
 (MSN, 'construction-framework', U, MU, ['covid-recovery'], MSN_S, 'Understanding the urgency and complexity of the issues, our Social Value Plan targeted four key impact areas aligned with the Greater Manchester Living with Covid Resilience Plan: Employment & Skills, Education, Economy, and Health & Wellbeing.'),
 (MSN, 'construction-framework', U, EI, [], MSN_S, 'Partnering with schools and colleges, including North Ridge SEND School and Manchester College, we exceeded mentoring and work placement targets.'),
 (MSN, 'construction-framework', U, EI, [], MSN_S, 'To tackle significant challenges in North Manchester, like high unemployment and poor educational attainment, our social value strategy focused on developing local skills.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # North West Construction Hub
 (NWN, 'construction-framework', U, NWN_S, '98% of our projects are delivered early or on time, with 98% being on or under budget.'),
 (NWN, 'construction-framework', U, NWN_S, '87% of Clients are satisfied with our service, whilst 85% are satisfied with their end product.'),
 (NWN, 'construction-framework', U, NWN_S, 'To date, we have 405 projects, spread across 106 Clients with a value of over £2.025 billion!'),
 (NWA, 'construction-framework', U, NWA_S, 'The client pays no direct fee to use the re-procured frameworks.'),
 (NWA, 'construction-framework', U, NWA_S, 'The Framework Management Fee is now recovered from the Constructor Partner through their competitively tendered overheads percentage upon appointment to a project.'),
 (NWA, 'construction-framework', U, NWA_S, 'The type of contract can be selected by the client so long as it is partnering and collaborative; procurement can take place from RIBA Stage 0 through to Stage 4, according to the needs of the project.'),
 (NWA, 'construction-framework', U, NWA_S, 'A rigorous pre-qualification process already undertaken saves the client time and effort.'),
 (WAT, 'construction-framework', U, WAT_S, 'The contractors’ experience, combined with early engagement allowed by the two-stage tender process, means that NWCH contractors are able to work closely with clients to realise their plans from the beginning; the best way to deliver meaningful and long lasting impact.'),
 (CEX, 'construction-framework', U, CEX_S, 'The North West Construction Hub (NWCH) was established in 2009 to improve efficiencies and accountabilities within public sector procurement and the delivery of construction contracts.'),
 (CEX, 'construction-framework', U, CEX_S, 'Clients found that the price they agreed to pay at the start of the scheme was rarely the price they had paid by the end, there were frequently defects and dissatisfaction was rife.'),
 (CEX, 'construction-framework', U, CEX_S, 'NWCH is managed by a small, dedicated team of Framework Managers and is supported by the Framework Management Group (FMG) and a series of Special Interest Groups (SIG) – resourced by representatives of the Contractor Partners (CP).'),
 # NWCH High Value Construction Framework notice
 (NHV, 'construction-notice', U, NHV_S + ': Notice Description', 'The projects let under the Framework Agreement may be of a new-build nature, including: demolition, development, refurbishment or re-modelling of existing properties owned and / or used by the framework users.'),
 (NHV, 'construction-notice', U, NHV_S + ': Lot 1', 'The Lot is designed to support projects of a scale, complexity and risk profile appropriate to this value band.'),
 (NHV, 'construction-notice', U, NHV_S + ': Lot 1', 'The scope of works is consistent with the overall Framework scope; Lot differentiation is based on contract value only.'),
 (NHV, 'construction-notice', U, NHV_S + ': Lot 1: Options', 'Contracting Authorities may award multiple call-off contracts to Framework Suppliers through direct award and/or further competition mechanisms, in accordance with the Framework rules.'),
 (NHV, 'construction-notice', U, NHV_S + ': Lot 1: Options', 'No minimum value or volume of work is guaranteed under the Framework.'),
 (NHV, 'construction-notice', U, NHV_S + ': Lot 1: Renewal', 'This extension may be exercised at the Authority\'s discretion where continued service delivery is required and performance under the Contract has been satisfactory, or to allow sufficient time to complete a re-procurement exercise.'),
 # Wirral Northwest Contractor Framework notice
 (WIR, 'construction-notice', U, WIR_S, 'The Framework will have a maximum duration of four years and may be used to award contracts for the Council\'s pipeline of works and will be accessible by North West Public Sector Bodies / Contracting Authorities.'),
 (WIR, 'construction-notice', U, WIR_S, 'The Council aims to appoint Ten Contractors to each Framework Lot, except for Lot 13 Demolition which will have one single contractor.'),
 (WIR, 'construction-notice', U, WIR_S, 'Where there are ten suitable applicants, the highest scoring ten Contractors for each Lot will be awarded a place on that Framework Lot, and will be ranked from one to ten: the highest scoring Contractor becoming the Rank 1 Contractor, the second highest becoming the Rank 2 Contractor etc.'),
 # Fusion21 repairs framework notice and press
 (F21, 'housing-notice', U, F21_S + ': Notice Description', 'The framework aims to provide compliant, flexible and value for money route for contracting authorities to procure responsive repairs, void property works and associated services.'),
 (F21, 'housing-notice', U, F21_S + ': Responsive Repairs & Maintenance: The scope includes but is not limited to:', 'Responsive repairs and maintenance: Day-to-day routine responsive repairs.'),
 (F21, 'housing-notice', U, F21_S + ': Responsive Repairs & Maintenance: The scope includes but is not limited to:', 'Void property works: carried out as part of a full responsive repairs service.'),
 (F21, 'housing-notice', U, F21_S + ': Responsive Repairs & Maintenance: The scope includes but is not limited to:', 'Works to comply with The Hazards in Social Housing (Prescribed Requirements (England) Regulations 2025 in terms of response times and performance management'),
 (TCI, 'housing-framework', U, TCI_S, 'The four-year contract is worth up to £125m and bids are now invited from interested SMEs and contractors.'),
 (CEQ, 'housing-framework', U, CEQ_S, 'Specifically designed for housing associations and local authorities to use, the enlarged framework will include firms that can provide reactive works and services, void property repairs, and outsourced call handling on a 24/7 or out-of-hours basis.'),
 (CEQ, 'housing-framework', U, CEQ_S, 'Empty property refurbishment, improvement, and security services are also included in the framework, which is open to SMEs and larger contractors.'),
 # PfH notice
 (PFH, 'housing-notice', U, PFH_S + ': Notice Description', 'The framework will cover Responsive Repairs and Void Property Refurbishment, Void Property Refurbishment, Responsive Repairs, Disrepair Works, Void Property Cleaning & Clearing, Security Services, Pest Control and associated services.'),
 (PFH, 'housing-notice', U, PFH_S + ': Lot 1 - Responsive Repairs and Void Property Refurbishment (Value Band 1 - PS0 - PS1.5m)', 'Works solution to procure responsive repairs and void property refurbishment solutions.'),
 # White Horse HA and Waltham Forest HA notices
 (WHH, 'housing-notice', U, WHH_S + ': Notice Description', 'WHHA wishes to establish a contract to provide a day to day repairs service, (including an out-of-hours service for emergency repairs); repair work to void properties prior to re-letting (including electrical testing); gas, oil, solid fuel, air source heat pump and unvented cylinder servicing and remedial work, electrical testing and remedial work; planned replacement works such as kitchens, bathrooms, electrical rewires, heating installations and windows and door replacements; and capital investment work such as roof replacements or structural work, at the discretion of WHHA.'),
 (WHH, 'housing-notice', U, WHH_S + ': Lot 1: Renewal', 'The contract will be for a period of 5 years with the option to extend for a further two 2-year extensions (5+2+2).'),
 (WFH, 'housing-notice', U, WFH_S, 'The aim of this procurement process is to appoint one provider to deliver services outlined within Schedule 6 - Specification.'),
 (WFH, 'housing-notice', U, WFH_S, 'Please note that whilst this is an estimated contract value it is not in any way guaranteed.'),
 (WFH, 'housing-notice', U, WFH_S, 'WFHA currently owns 329 homes; 155 general needs, 152 sheltered housing and 21 supported housing for adults with learning disabilities.'),
 (WFH, 'housing-notice', U, WFH_S, 'This ITT is provided on the same basis to all organisations.'),
 # Sovereign
 (SOV, 'housing-tender', U, SOV_S, 'The framework covers the provision of responsive maintenance, repairs, installations and work to empty homes, as well as more specialist responsive services.'),
 (SOV, 'housing-tender', U, SOV_S, 'Once in place, Sovereign’s in-house team will have a bank of approved contractors, ready to call upon when needed to help it continue to provide a quality service for customers.'),
 # Winchester
 (WIN, 'housing-tender', U, WIN_S, 'To ensure best value, adopt a 60:40 (quality:price) evaluation model with a quality bias (60%).'),
 (WIN, 'housing-tender', U, WIN_S, 'To agree to evaluate tendered prices using the Optimum Price model rather than a lowest price model.'),
 (WIN, 'housing-tender', U, WIN_S, 'To approve the use of the Term Alliance Contract TAC-1 (as amended) form of contract for the HRA repairs and maintenance contract.'),
 (WIA, 'housing-tender', U, WIA_S, 'Improving customer service and experience, including a strong digital offering and continuous customer feedback at all interactions.'),
 (WIA, 'housing-tender', U, WIA_S, 'Enhancing the quality of service to ensure repairs were done right the first time, every time.'),
 (WIA, 'housing-tender', U, WIA_S, 'Ensuring transparency and visibility for both tenants and internal management to effectively oversee operational processes and the contract.'),
 # Stonewater notices
 (SDC, 'housing-notice', U, SDC_S + ': Notice Description', 'Stonewater is seeking experienced and capable supplier(s) to deliver a long-term cyclical internal and external decorating programme across multiple residential and communal properties.'),
 (SDC, 'housing-notice', U, SDC_S + ': Notice Description', 'The works will be delivered over a period of seven (7) years, across eight (8) geographical Lots, covering the full operational area of the Contracting Authority.'),
 (SDC, 'housing-notice', U, SDC_L, 'Internal and external redecoration of occupied and void residential properties'),
 (SDC, 'housing-notice', U, SDC_L, 'Safe working at height (including use of scaffolding, towers, or MEWPs)'),
 (SDC, 'housing-notice', U, SDC_L, 'Digital reporting and photographic quality assurance'),
 (SDC, 'housing-notice', U, SDC_L, 'Resident liaison, access arrangements, and safeguarding vulnerable persons'),
 (SDC, 'housing-notice', U, SDC_L, 'Compliance with all relevant health and safety, environmental, and legislative requirements'),
 (SDC, 'housing-notice', U, SDC_S + ': Lot Information: North North and North Central: Renewal', 'The Contract will be for an initial term of 3 years, extendable at Stonewater\'s sole option for two periods of 2 years, giving a total of 7 years (the Term).'),
 (SRF, 'housing-notice', U, SRF_S, 'Our programme is informed by the Net Zero Investment Plan and includes the delivery of retrofit works across multiple funding streams.'),
 (SRF, 'housing-notice', U, SRF_S, 'Works must be carried out in compliance with PAS2035 and PAS2030.'),
 (SRF, 'housing-notice', U, SRF_S, 'Contractors will be expected to deliver whole house retrofit and at least one element must involve self-delivery.'),
 (SGS, 'housing-notice', U, SGS_S, 'Stonewater’s intention is to appoint a service provider for the Southwest Region to provide a 24-hour 7 days a week year-round fully comprehensive servicing, gas safety check, issuing of Landlord Gas Safety Record (LGSR) and responsive repair service to all Stonewater properties.'),
 (SGS, 'housing-notice', U, SGS_S, 'This shall include all contracted and non-contracted properties as required.'),
 # PfH Wales framework notice
 (PFW, 'housing-notice', W, PFW_S, 'PfH Cymru (Procurement for Housing Wales) wishes to establish a Wales-specific Decarbonisation, Retrofit and Planned Works Framework Agreement.'),
 # Pagabo, Efficiency North, Southern Construction Framework
 (ENB, 'housing-framework', U, ENB_S, 'Move Mates, based in North Yorkshire, helps make getting out for a walk a reality for people who have difficulty leaving their homes, training volunteers to offer one-to-one support to members of the community.'),
 (ENI, 'housing-framework', U, ENI_S, 'Efficiency North’s membership - made up of more than 50 social housing providers - is responsible for nearly three-quarters of a million homes across northern England, having delivered a total of £483m of new build housing projects through EN:Procure, the consortium’s framework arm.'),
 (SCB, 'construction-framework', U, SCB_S, 'The framework, which will be launched in May operating under a two-stage open book project delivery model, will be available to all public bodies across the region and support the construction of education, health, local authority and leisure facilities.'),
 # RISE procurement strategy
 (RRP, 'housing-guidance', U, RRP_S + ': Why it matters', 'A sound procurement strategy will form the basis of your retrofit project; time invested at this stage will help set the foundation for your whole scheme.'),
 (RRP, 'housing-guidance', U, RRP_S + ': Key steps to take', 'Engage early. You should start talking with your procurement team, consortium partners and residents to explore what you want to achieve and the approach to procurement that will deliver this.'),
 # Sell2Wales kitchens and bathrooms framework notice
 (S2W, 'housing-notice', W, S2W_S + ': II.2.4) Description of the procurement', 'This lot is for the replacement of kitchens and bathrooms replacement projects or programmes with a value of up to 500,000 GBP.'),
 (S2W, 'housing-notice', W, S2W_S + ': II.2.4) Description of the procurement: This may include (but not be limited to) the following associated works:', 'Mould prevention and protection'),
 (S2W, 'housing-notice', W, S2W_S + ': II.2.4) Description of the procurement: This may include (but not be limited to) the following associated works:', 'Disabled adaptations'),
 (S2W, 'housing-notice', W, S2W_S + ': II.2.5) Award criteria', 'Quality criterion: General Technical Response / Weighting: 20%', {'weighting_percent': 20}),
 (S2W, 'housing-notice', W, S2W_S + ': II.2.5) Award criteria', 'Quality criterion: Regional Quality Response / Weighting: 20%', {'weighting_percent': 20}),
 (S2W, 'housing-notice', W, S2W_S + ': II.2.5) Award criteria', 'Quality criterion: Workstream/Lot Specific Technical Questions / Weighting: 30%', {'weighting_percent': 30}),
 (S2W, 'housing-notice', W, S2W_S + ': II.2.7) Duration', 'This framework agreement is subject to an optional 1 year (12 months) renewal.'),
 (MSN, 'construction-framework', U, MSN_S, 'The local area of North Manchester faced significant challenges, including high unemployment rates, poor educational attainment, cultural diversity, and language barriers.'),
]
OGL_HOSTS = ('sell2wales.gov.wales',)
batch = Batch('public-texts-50.jsonl')
OCID = {WIR: 'ocds-h6vhtk-05203a', WFH: 'ocds-h6vhtk-04ea82', SRF: 'ocds-h6vhtk-05f8eb', SGS: 'ocds-h6vhtk-061138'}
def group_of(src):
    # A source already in the corpus keeps its group; each notice is `ocds:<ocid>`; the NWCH site's pages are one group.
    if src in OCID: return 'ocds:' + OCID[src]
    if (g := ocid_group(src)): return g
    if 'nwconstructionhub.org' in src: return 'nwconstructionhub.org'
    if 'riseretrofit.org.uk' in src: return 'riseretrofit.org.uk'
    if 'democracy.winchester.gov.uk' in src: return 'democracy.winchester.gov.uk/hra-repairs-contract'
    return src
batch.emit_lists('pub50', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
