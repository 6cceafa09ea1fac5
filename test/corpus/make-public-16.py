"""Write /work/batches/public-texts-16.jsonl: batch 24, aimed at Scotland, Wales and Northern Ireland: what councils,
universities, NHS bodies and devolved public bodies of the three nations publish for suppliers about community
benefits, fair work, social value and sustainable procurement, from bodies not yet in the corpus. Scotland: Fife
Council's community benefits guide for suppliers and its sustainable procurement themes, Falkirk Council's Fair Work
First page (the seven criteria and its tender statement), Highland Council's community benefit policy news and its
procurement pages (negatives: thresholds, quotations, legislation), West Lothian's and Renfrewshire's community
benefit approaches, APUC's supply chain sustainability policy, the University of Stirling's and UHI's procurement
objectives, the City of Edinburgh Council's procurement strategy consultation findings, Scotland Excel's community
benefits page, Transport Scotland (a Find a Tender notice as a negative; its annual procurement report's sustainable
procurement duty action), Aberdeenshire's procurement page (negatives) and Moray's community benefits portal. Wales:
Cardiff Council's socially responsible procurement priorities (as Social Value Portal, Wales 24/7 and the council's
newsroom report them), Cardiff Metropolitan University's sustainable procurement page (green tariff and Electronics
Watch; e-tendering and e-marketplace as negatives), Gwynedd Council (scrutiny decision, local-benefit pilot, policy
page), Cadw's procurement process (negatives), NHS Wales Shared Services Partnership's waste bags engagement notice,
the NHS Wales decarbonisation plan's procurement actions, and a Welsh refurbishment framework lot on Sell2Wales (SME
lotting; lot scope and associated works as negatives). Northern Ireland: Belfast City Council's social value
procurement policy (objectives, commitments, consultation questions), its tenders page (thresholds as negatives) and a
committee minute on social clauses, a CPD / PPG-CWS paper on social requirements for construction services contracts
(weeks of work placement per fee value, professional trainees, student placements), Ulster University's priority
impacts and how-to-supply page, Translink's procurement principles and a workwear notice, Mid and East Antrim's
procurement legislation page, a Queen's University Belfast investigator-services notice (misconduct, racism,
discrimination as the service bought: negatives), a BSO PaLS notice's value statement and Derry City Council's social
procurement brochure.

Texts verbatim from the stored pages (read through the `search` tool, pages corpus; list bullets, numbering and
footnote markers dropped; a cut at the end marks where the stored text breaks off). Not scored: the batch is scored
blind afterwards. Same conventions as make-public-9.py; texts already in the corpus are left out (named on stderr),
and a source already in the corpus keeps its group. Crown copyright pages (gov.uk notices, gov.wales, cadw.gov.wales,
transport.gov.scot) are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-16.py > /work/batches/public-texts-16.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ID

S, W, N = 'scotland', 'wales', 'northern-ireland'
# Scotland
FIF = 'https://www.fife.gov.uk/kb/docs/articles/business2/doing-business-with-us/community-benefits-a-guide-for-suppliers'
FIF2 = 'https://fife.gov.uk/kb/docs/articles/business2/doing-business-with-us/community-benefits-a-guide-for-suppliers'
FSP = 'https://www.fife.gov.uk/kb/docs/articles/business2/doing-business-with-us/procurement/sustainable-procurement'
FAL = 'https://www.falkirk.gov.uk/services/council-democracy/policies-strategies/procurement/fair-work-first.aspx'
HGN = 'https://highland.gov.uk/news/article/16217/community_benefits_from_procurement_sought_through_new_council_policy'
HIG = 'https://www.highland.gov.uk/a-to-z/service/207/procurement'
HGW = 'https://www.highland.gov.uk/land-property/carry-work-highland-council'
WLO = 'https://www.westlothian.gov.uk/article/34902/Community-Benefits-in-Procurement'
REN = 'http://www.innovationexchange.scot/rc-community-benefits-in-procurement.html'
APU = 'https://www.apuc-scot.ac.uk/?p=suspol'
APS = 'http://apuc-scot.ac.uk/?p=url=susproc.php'
STI = 'https://stir.ac.uk/about/sustainability/what-we-are-doing/finance-and-sustainable-procurement'
UHI = ('http://a-new-college-for-shetland.uhi.ac.uk/en/about-uhi/governance/policies-and-regulations/doing-business-with-us/'
       'procurement-strategy-and-objectives')
EDI = 'https://consultationhub.edinburgh.gov.uk/cg/sustainable-procurement/consult_view'
SCX = 'http://www.scotland-excel.org.uk/home/Howwehelp/Community-benefits.aspx'
TSN = 'https://www.find-tender.service.gov.uk/Notice/011395-2021?origin=SearchResults&p=7886'
TSR = 'https://www.transport.gov.scot/publication/annual-procurement-report-2022-23/priority-4/'
ABS = 'https://aberdeenshire.gov.uk/business/procurement/'
MOR = 'https://moraycommunitybenefits.org.uk/login-2'
# Wales
CSV = 'https://socialvalueportal.com/resources/case-study/social-value-in-action/member-stories-cardiff-council'
W247 = 'https://wales247.co.uk/?p=5124'
CNR = 'https://cardiffnewsroom.co.uk/releases/c25/30735.html'
CMU = 'https://www.cardiffmet.ac.uk/about/sustainability/Pages/Sustainable-Procurement-.aspx'
GWM = 'https://democracy.gwynedd.llyw.cymru/mgAi.aspx?ID=31751'
GWN = 'https://walesnewsonline.com/gwynedd-council-sourcing-more-goods-and-contracts-from-local-companies/'
GWP = 'https://www.gwynedd.llyw.cymru/en/Council/Strategies-and-policies/Corporate-plans-and-strategies/Procurementpolicies.aspx'
CAD = 'https://cadw.gov.wales/about/workforcadw/procurement/procurement-process/?lang=en'
NWS = 'https://www.find-tender.service.gov.uk/Notice/021840-2025'
NWD = 'https://www.gov.wales/nhs-wales-decarbonisation-strategic-delivery-plan-2025-2030-procurement-and-supply-chain-html'
LHW = 'https://sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=JUN440848'
# Northern Ireland
BYS = 'https://yoursay.belfastcity.gov.uk/social-value-policy/widgets/27363/faqs'
BSV = 'http://www.belfastcity.gov.uk/Documents/Social-Value-Procurement-Policy'
BQA = 'https://yoursay.belfastcity.gov.uk/social-value-policy?tool=qanda'
BTN = 'https://belfastcity.gov.uk/tenders'
BMN = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=21497'
CPD = 'https://docsbay.net/social-requirements-for-construction-services-contracts'
ULS = 'https://www.ulster.ac.uk/sustainability/operations/sustainable-procurement'
ULH = 'https://ulster.ac.uk/finance/visitors/supplying/how-to-supply-ulster'
TRL = 'https://www.translink.co.uk/procurement-policies'
TRF = 'https://www.translink.co.uk/corporate/procurement/feedback'
TRW = 'https://www.find-tender.service.gov.uk/Notice/068168-2025'
MEA = 'https://www.midandeastantrim.gov.uk/council/policies-and-documents/policies/procurement-strategy-policy/procurement-strategy-policy-page-3'
QUB = 'https://www.find-tender.service.gov.uk/Notice/077445-2025'
BSO = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-048516'
DRY = 'https://it.scribd.com/document/158890212/Derry-City-Council'

FIF_S = 'Community Benefits - a guide for suppliers'
FSP_S = 'Sustainable Procurement encompasses three themes and the associated topics include:'
FSP_P = 'It\'s therefore linked to the Fife Council Plan (under consultation) which includes the following key priorities:'
FSP_C = "In order to link procurement into the priorities of the Council Plan, it's important when conducting any procurement exercise to consider:"
FAL_S = 'Fair Work First: the Scottish Government, and its public sector partners, ask suppliers to commit to adopt and continue to embed the 7 Fair Work First criteria:'
HGN_S = 'Community Benefits from Procurement sought through new Council policy'
HIG_S = 'Procurement: Contract opportunities'
REN_P = 'Delivery of community benefit activities are aligned to the Council’s strategic priorities as follows:'
REN_A = 'community benefit clauses and requirements are incorporated into the delivery of all Renfrewshire Council’s contracts. Targeted at delivering the following key activities:'
APU_S = 'APUC Supply Chain Sustainability Policy: APUC shall:'
STI_S = 'Finance and sustainable procurement: How we will achieve this'
UHI_S = 'In order to embed sustainable procurement throughout the supply chain, the university is committed to the following strategic objectives:'
EDI_S = 'Sustainable Procurement Strategy: You said: You strongly agreed, that:'
TSR_S = 'Priority 4: Transport Scotland will use the procurement programme to maximise the impact of the sustainable procurement duty.'
CSV_S = 'The council have had a well-established Socially Responsible Procurement Policy in place since 2018, which focuses on six areas:'
CSV_R = 'The council has used the Welsh Government community benefits toolkit for a number of years but a review identified an opportunity to:'
CNR_S = 'Socially Responsible Procurement Strategy 2022-27: key objectives including:'
CAD_S = 'Procurement process: Invitations to tender/quote'
CAD_D = 'The PQQ/ITT generally will consist of a set of documents including the following:'
NWS_S = 'Waste Bags and Aprons: preliminary market engagement notice'
NWS_K = 'Key Objectives: 1. Sustainability: Suppliers are invited to demonstrate:'
NWD_S = 'NHS Wales decarbonisation strategic delivery plan 2025 to 2030 - Part 9: Procurement and supply chain'
LHW_S = 'Lot 1 Kitchens & Bathrooms with Associated Works - Project Value Band 1: II.2.4) Description of the procurement'
LHW_A = 'This may include (but not be limited to) the following associated works:'
BYS_S = 'Our Social Value objectives: To maximise the impact of our expenditure, we have established the following social value objectives:'
BSV_S = 'Social Value Procurement Policy: Introduction: Specifically, we committed to the:'
BQA_S = 'We now want to hear your views on the following key aspects of our draft social value procurement policy:'
BTN_S = 'Tenders: The process we use depends on the contract value.'
BMN_S = 'Social clauses in procurement (committee report): Social Clause Delivery Forum'
CPD_S = 'Social Requirements - Proposals for Construction Services Contracts'
ULS_S = 'Sustainable procurement: Priority Impact and Examples'
ULH_S = 'How does the University select suppliers?'
TRL_S = 'Northern Ireland Procurement Policy: 12 guiding principles'
MEA_S = 'Procurement Strategy & Policy - Legislation and Policy: 2.1 Legal Context'
QUB_S = 'Contract for the Provision of External Investigator Service: Description'
DRY_S = 'Social Procurement: Building a brighter future 2013: Derry City Council leading the Way on Social Clauses'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Scotland
 (FIF, 'scot-cb', S, MU, [], FIF_S, 'Community Benefits Clauses (CBC) are essentially clauses within contracts requiring tenderers to commit to undertaking some form of social impact as part of winning that contract.'),
 (FIF, 'scot-cb', S, WB, [], FIF_S, 'We are interested to see what innovative ideas or support your business can offer the local community.'),
 (FIF2, 'scot-cb', S, EO, ['economic-inequality'], FIF_S + ': Priority themes', 'Opportunities for All is about ensuring that no one is left behind.'),
 # living wage leads: equal opportunity (economic inequality second), as the corpus labels 21 other living wage texts; harmonised after batch 38
 (FSP, 'council-list', S, EO, ['economic-inequality'], FSP_S + ' Society (Social)', 'Fair Work First, including payment of Real Living Wage'),
 (FSP, 'council-list', S, EI, [], FSP_S + ' Economy', 'Third Sector and SMEs (Supplier Development)'),
 (FSP, 'council-list', S, EI, ['equal-opportunity'], FSP_P, 'Increasing opportunities and reducing poverty and inequality'),
 (FSP, 'council-list', S, CL, [], FSP_C, 'The Impact on the environment is minimised'),
 (FAL, 'scot-fairwork', S, EO, ['wellbeing'], FAL_S, 'appropriate channels for effective voice, such as trade union recognition'),
 (FAL, 'scot-fairwork', S, EO, ['economic-inequality'], FAL_S, 'no inappropriate use of zero hours contracts'),
 (FAL, 'scot-fairwork', S, EO, [], FAL_S, 'action to tackle the gender pay gap and create a more diverse and inclusive workplace'),
 (FAL, 'scot-fairwork', S, EO, [], 'Fair Work First', 'When inviting tenders from bidders, the Fair Working First section of the tender documents shall be proportionate and relevant to the contract and weightings assigned accordingly for evaluation.'),
 (HGN, 'scot-cb', S, MU, [], HGN_S, 'Community benefits through procurement are requirements agreed or offered by suppliers when bidding for contracts.'),
 (WLO, 'scot-cb', S, EI, [], 'Community Benefits in Procurement', 'This provides a toolkit to deliver employment and skills Community Benefits (e.g. apprenticeships, jobs, leadership training etc.) across a variety of construction project values and construction project types (e.g. residential houses, highways and roads, schools, house repairs etc.).'),
 (REN, 'scot-cb', S, EI, [], REN_P, 'Reducing the level and impact of Poverty'),
 (REN, 'scot-cb', S, EI, [], REN_A, 'Targeted Employment and Training Initiative'),
 (REN, 'scot-cb', S, EO, [], REN_A, 'Equality and Diversity Initiative'),
 (APU, 'uni-policy', S, EI, [], APU_S, 'Manage tendering and lotting strategies that ensure fair access to contracting opportunities for businesses of all appropriate sizes and organisation types wherever relevant'),
 (STI, 'uni-policy', S, CL, [], STI_S, 'Working with regional partners to promote a just transition towards a net zero carbon economy.'),
 (STI, 'uni-policy', S, CL, ['economic-inequality'], STI_S, 'Increasing engagement with local suppliers who support the University’s net zero ambitions.'),
 (UHI, 'uni-policy', S, EI, [], UHI_S, 'Provide suitably qualified local small and medium sized enterprises [SMEs], and supported businesses with the opportunity to tender for the university’s business;'),
 (EDI, 'council-list', S, EI, [], EDI_S, 'Procurement spend should be more accessible to local organisations and support the growth of local businesses and supply chains'),
 (EDI, 'council-list', S, CL, [], EDI_S, 'We should focus procurement spend to tackle the climate and nature emergencies and develop adaptation solutions to respond to current and future climate change impacts'),
 (TSR, 'scot-report', S, MU, [], TSR_S + ' Delivery sub-action 4.1', 'Ensure compliance with the sustainable procurement duty, such that our contracts are procured and managed in an economically, socially and environmentally sustainable manner.'),
 (MOR, 'scot-cb', S, MU, [], 'Community Identified Benefits Portal', 'A range of social, environmental and employability support services can be requested from suppliers who secure goods and services contracts worth in excess of £50,000.'),
 # Wales
 (CSV, 'wales-cb', W, EI, [], CSV_S, 'Providing local training and employment opportunities'),
 (CSV, 'wales-cb', W, EO, [], CSV_S, 'Ensuring ethical employment'),
 (CSV, 'wales-cb', W, WB, [], CSV_S, 'Promoting the wellbeing of young people and vulnerable adults'),
 (CSV, 'wales-cb', W, MU, [], CSV_R, 'Increase the number of contracts which contain community benefits'),
 (W247, 'wales-cb', W, EI, [], 'Socially Responsible Procurement Policy (Cardiff Council)', 'A central objective is to create inclusive employment, work placements, apprenticeships and other training opportunities for local people to reduce unemployment and raise skills levels in the local workforce.'),
 (W247, 'wales-cb', W, MU, [], 'Socially Responsible Procurement Policy (Cardiff Council)', 'All tenderers will need to clearly set out the community benefits they will deliver in their submission to the Council and this would them form part of the contract for the successful tenderer.'),
 (CNR, 'wales-cb', W, EI, [], CNR_S, 'Making procurement spend more accessible to local small businesses and third sector'),
 (CMU, 'uni-policy', W, CL, [], 'Sustainable Procurement', 'The University has recently agreed a new tariff for purchase of green electricity with Green tariffs commencing August 2017.'),
 (CMU, 'uni-policy', W, EO, ['wellbeing'], 'Sustainable Procurement', 'This agreement also includes contract clauses developed for the consortia by Electronics Watch (EW) to protect labour rights for workers in the supply chain.'),
 (GWM, 'wales-cb', W, MU, [], 'Procurement Strategy: Decision', 'Ask the Cabinet Member for Corporate and Legal Services and the Welsh Language to ensure that everything possible, within the limitations, is done to keep the benefit local, to promote small companies, create social value and support the Welsh language.'),
 (GWN, 'wales-cb', W, MU, [], 'Keeping the Benefit Local', 'As a result, the winning company have committed to employ three officers who live in Gwynedd, conduct four training sessions for social care students, provide 4 weeks of work experience for two students, offer 20 hours’ worth of voluntary time to support local charities, and they have committed to 2.5 hours a week to further develop the workforce’s Welsh language'),
 (GWP, 'wales-cb', W, MU, [], 'Sustainable procurement policy', 'The purpose of the policy is to support services through providing policy direction, guidelines and corporate support to ensure that the Council undertakes procurement activities in a responsible and sustainable manner, whilst also maximising opportunities to make the best possible use of the Council’s expenditure to improve economic, environmental and social performance within the County.'),
 (NWS, 'wales-notice', W, MU, [], NWS_S, "This engagement seeks to inform the development of a sustainable, innovative, and socially responsible supply framework that supports NHS Wales' operational needs, decarbonisation goals, and commitment to the Foundational Economy and Social Value."),
 (NWS, 'wales-notice', W, MU, [], NWS_S + ': Engagement process description', 'Suppliers are encouraged to propose solutions that meet clinical standards, reduce environmental impact, and deliver economic and social benefits to Wales.'),
 (NWS, 'wales-notice', W, CL, [], NWS_K, 'Low-carbon materials and production: Use of recycled, recyclable, or biodegradable materials for waste bags and aprons, with a focus on reducing Scope 3'),
 (NWD, 'wales-nhs', W, CL, [], NWD_S, '18a: Publish an NHS Wales net zero supplier roadmap that clearly defines existing and anticipated supplier environmental sustainability data and reporting requirements'),
 (LHW, 'wales-notice', W, EI, [], LHW_S, 'To encourage SMEs and regional bidders this lot is broken down into multiple regional areas allowing bidders to apply for the regional areas they commonly operate in.'),
 # Northern Ireland
 (BYS, 'ni-council', N, EI, [], BYS_S, 'Grow an inclusive and resilient Belfast economy, by engaging local suppliers and thereby encouraging re-spend within the Belfast economy, supporting micro and small businesses (who make up circa 90% of all Belfast businesses), social enterprises and co-operatives (who may employ local people and people who are disadvantaged in the labour market and re-invest within local communities).'),
 (BYS, 'ni-council', N, EI, ['equal-opportunity'], BYS_S, 'Increase the number of jobs in Belfast and create local employment opportunities for the long-term unemployed, economically inactive and other underrepresented groups in the labour market.'),
 (BYS, 'ni-council', N, WB, ['economic-inequality'], BYS_S, 'Raise the living standards and prosperity and enhance the wellbeing of local residents by promoting socially responsible criteria for our suppliers.'),
 (BYS, 'ni-council', N, CL, [], BYS_S, 'Promote environmental sustainability by, for example, implementing environmental improvements (aligned to our draft Resilience Strategy), supporting reductions in waste and carbon emissions, supporting energy efficiency, promoting and procuring the use of materials from renewable and sustainable sources within the Council and our supply chain (leading to, for example, reductions in disposable and single-use plastic items) etc.'),
 (BSV, 'ni-council', N, EI, [], BSV_S, 'Introduction of progressive procurement measures designed to support the local supply chain;'),
 (BQA, 'ni-council', N, EI, [], BQA_S, 'How we plan to use reserved contracts (where appropriate) to support social enterprises and co-operatives.'),
 (BQA, 'ni-council', N, MU, [], 'Social Value Procurement Policy (draft)', 'Our message to our supply chain is clear – we want to do business with suppliers who have a strong people, environmental and ethical focus within their business.'),
 (BMN, 'ni-council', N, EI, [], BMN_S, 'Central government includes requirements for construction contractors to provide employment opportunities through the DEL Steps to Work Programme (targeted at the unemployed and economically inactive) and to employ a specified level (5%) of their own, and their sub-contractors’, workforce on formally recognised paid apprenticeships.'),
 (CPD, 'ni-buysocial', N, EI, [], CPD_S, 'The ‘Social clauses’ within the CIFNI Proposals for Promoting Equality and Sustainable Development, set requirements for employment opportunities, skills and training and have been included in construction works contracts since December 2008.'),
 (CPD, 'ni-buysocial', N, EI, [], CPD_S + ': Requirement for the unemployed and training', '8 weeks per £125K of fee value.'),
 (CPD, 'ni-buysocial', N, EI, [], CPD_S + ': Requirement for professional trainees', '5% of workforce of the Integrated Consultant Team to be student / graduate / associate members of a relevant construction related professional institution working towards corporate status.'),
 (CPD, 'ni-buysocial', N, EI, [], CPD_S + ': Requirement for students', 'One 40 week student placement for fee value of between £500K-£1000K and two placements for fee value greater than £1000K.'),
 (ULS, 'uni-policy', N, EI, [], ULS_S, 'Use of/increase Student Work Placement/Apprenticeships Opportunities'),
 (ULS, 'uni-policy', N, WB, ['equal-opportunity'], ULS_S + ': Health and Well-being (Civic (Social))', 'Example: Can we ensure that the working conditions and human rights of the staff in the supply chain are being protected.'),
 (ULS, 'uni-policy', N, WB, [], ULS_S + ': Student/Community Sponsorship', 'Can we identify opportunities for suppliers to support student bursaries, local events and community initiatives?'),
 (MEA, 'ni-council', N, EI, [], MEA_S + ': 2.1.2 The UK Procurement Act 2023', 'The Act also seeks to open up procurement to new entrants, particularly small businesses, and social enterprises.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Scotland
 (FIF, 'scot-cb', S, FIF_S, 'The Scottish Government has produced a Policy Note which gives an overview of what the public sector is trying to achieve.'),
 (FSP, 'council-list', S, FSP_S + ' Economy', 'Supplier Guides'),
 (HIG, 'council-guide', S, HIG_S, 'If you are a supplier looking for contract opportunities with us, all our contracts over £50,000 are advertised on Public Contracts Scotland.'),
 (HIG, 'council-guide', S, HIG_S, 'Where the total contract is less than £50,000 it is known as a quotation.'),
 (HIG, 'council-guide', S, HIG_S, 'Such procedures do not need to be advertised.'),
 (HIG, 'council-guide', S, 'Managing goods and service procurement projects', 'Any requirement for goods or services procured by us with a value of £50,000 or more is subject to a formal procurement project which is managed by our Procurement Unit.'),
 (HIG, 'council-guide', S, 'Policy, standards and guidance', 'Our policy and standards on procurement are set out in the contract standing orders.'),
 (HGW, 'council-guide', S, 'Procurement of works in our Non-Domestic properties', 'We, like all local authorities in Scotland, must follow a structured and legally compliant procurement process when procuring works and services.'),
 (HGW, 'council-guide', S, 'Procurement of works in our Non-Domestic properties', 'Public Contracts (Scotland) Regulations 2015: These regulations apply to contracts above specific thresholds and outline procedures for advertising, tendering, and awarding contracts'),
 (APU, 'uni-policy', S, APU_S, 'Foster product and/or process innovation through supply chain collaboration'),
 (UHI, 'uni-policy', S, UHI_S, 'Undertake procurement in accordance with Scottish Government procurement policies and European procurement legislation by developing open and transparent key purchasing processes and systems.'),
 (UHI, 'uni-policy', S, UHI_S, 'Treat all suppliers fairly and equally, and ensure that purchases are undertaken through open and well publicised competition unless there are exceptional circumstances;'),
 (EDI, 'council-list', S, 'Sustainable Procurement Strategy: You said', 'We received 61 responses from the Consultation Hub and many more through other engagement methods.'),
 (SCX, 'scot-cb', S, 'Community benefits', 'For further information on community benefits in public procurement, visit Ready for Business.'),
 (TSN, 'scot-notice', S, 'two.1.4) Short description', 'Transport Scotland on behalf of the Scottish Ministers has identified an on-going need for the services of experienced consultants to carry out services in connection with Transport and Land-Use Modelling and Transport Appraisal and Planning.'),
 (TSR, 'scot-report', S, TSR_S + ' Delivery sub-action 4.1', 'It is mandatory for all regulated procurements within Transport Scotland to have an approved project procurement strategy.'),
 (ABS, 'council-guide', S, 'Contracts register', 'Aberdeenshire Council in accordance with Section 35 of the Procurement Reform (Scotland) Act 2014 have a legal obligation to publish a Contracts Register as a statement of current and future opportunities.'),
 (ABS, 'council-guide', S, 'Public Contracts Scotland', 'Suppliers can also register to receive free e-mail alerts for any opportunities specific to their business.'),
 (MOR, 'scot-cb', S, 'Community Identified Benefits Portal', 'The Community Identified Benefits Portal is open to any community group, organisation, association, or registered charity based within Moray.'),
 # Wales
 (CSV, 'wales-cb', W, CSV_R, 'Improve measurement and reporting on delivery'),
 (CNR, 'wales-cb', W, 'Socially Responsible Procurement Strategy', 'The Council delivers a wide and diverse range of statutory and discretionary public services in the city, and last year spent £560m procuring a diverse range of goods, services and works from over 8,000 suppliers and contractors.'),
 (CMU, 'uni-policy', W, 'Sustainable Procurement', 'The University has been using electronic tendering for almost 10 years and also has a well-established e-procurement ordering process utilising an e-marketplace that hosts electronic catalogues and facilitates the transmission and receipt of electronic purchase orders and invoices.'),
 (CMU, 'uni-policy', W, 'Sustainable Procurement', "Cardiff Met's Apple equipment is currently purchases from XMA through the HE National Apple equipment agreement."),
 (GWM, 'wales-cb', W, 'Procurement Strategy: Minutes', 'It was stressed that public sector procurement was subject to a legal framework to ensure fair and open competition, value for money, and to comply with national and international obligations.'),
 (GWP, 'wales-cb', W, 'Modern Slavery statement', 'In accordance with the Modern Slavery Act 2015, Gwynedd Council recognises it has a responsibility as an employer to be aware of the potential for instances of modern slavery and to report such instances or concerns to the relevant bodies.'),
 (GWP, 'wales-cb', W, 'Procurement Priorities', 'The Council spends over £140m annually on procuring, or purchasing, various goods and services from revenue budgets.'),
 (CAD, 'council-guide', W, CAD_S, 'Quotes or tenders will be sought from potential suppliers, or those organisations who have been shortlisted through a Pre-Qualification Questionnaire (PQQ).'),
 (CAD, 'council-guide', W, CAD_S, 'Bidder responses will be assessed using weighted criteria, which will be detailed in the supporting guidance.'),
 (CAD, 'council-guide', W, CAD_D, 'Instructions to Tender - Advice on the criteria on which the contract will be awarded and the format of response required.'),
 (CAD, 'council-guide', W, CAD_D, 'Specification - Explains the scope of the requirement including proposed service levels if applicable.'),
 (CAD, 'council-guide', W, 'Evaluation of tender/quote', 'Best value for money does not necessarily mean that the least expensive quote or tender will be selected.'),
 (NWS, 'wales-notice', W, NWS_S + ': Engagement process description', 'The contract will cover the supply of waste bags and aprons for use across NHS Wales facilities.'),
 (NWS, 'wales-notice', W, NWS_S + ': Engagement process description', 'A full list of products shall be provided at tender stage.'),
 (NWD, 'wales-nhs', W, NWD_S, '18c: In consultation with the other UK nations, evaluate options for a digital platform to streamline how supplier information is collected and managed'),
 (LHW, 'wales-notice', W, LHW_S, 'This lot is for the replacement of kitchens and bathrooms replacement projects or programmes with a value of up to 500,000 GBP.'),
 (LHW, 'wales-notice', W, LHW_A, 'Disabled adaptations'),
 (LHW, 'wales-notice', W, LHW_A, 'Mould prevention and protection'),
 (LHW, 'wales-notice', W, 'II.2.5) Award criteria', 'Quality criterion: General Technical Response / Weighting: 20%', {'weighting_percent': 20}),
 # Northern Ireland
 (BTN, 'ni-council', N, BTN_S, 'For quotations valued up to £30,000, we encourage suppliers to register with us.'),
 (BTN, 'ni-council', N, BTN_S, 'Tenders greater than £30,000 are procured by the eSourcing website.'),
 (BTN, 'ni-council', N, 'Tenders', 'If you are an existing supplier with a query about invoices or payments, there is more information in our Suppliers section.'),
 (BMN, 'ni-council', N, BMN_S, 'DEL advise that this initiative would be monitored by them on our behalf.'),
 (CPD, 'ni-buysocial', N, CPD_S, 'Following consultation an Implementation date for these proposals has to be agreed between the CoPES and CIGNI.'),
 (ULS, 'uni-policy', N, ULS_S + ': Collaboration with internal and external stakeholders', 'Example: Can we utilise any existing procurement frameworks, buy with another department or local stakeholders to get some collective savings.'),
 (ULS, 'uni-policy', N, ULS_S + ': Health and Well-being (Civic (Social))', 'This will include complying with the Modern Slavery Act.'),
 (ULH, 'uni-policy', N, ULH_S, 'The University chooses its suppliers through competitive tendering (or quotations at lower values) when it needs to fulfil a requirement for goods, services or works.'),
 (ULH, 'uni-policy', N, ULH_S, 'There are no ‘approved lists’, only contracts, framework agreements or similar arrangements.'),
 (ULH, 'uni-policy', N, 'Applying for tenders: eSourcing NI', 'Tenders over £30,000 are usually conducted using our e-Tendering Portal, eSourcing NI.'),
 (TRL, 'ni-policy', N, TRL_S, 'Competitive Supply: Procurement should be carried out by competition unless there are convincing reasons to the contrary.'),
 (TRL, 'ni-policy', N, TRL_S, 'Consistency: Suppliers should, all things being equal, be able to expect the same general procurement policy across the public sector.'),
 (TRL, 'ni-policy', N, 'Procurement Act 2023', 'The Procurement Act 2023, introduced on the 24th February 2025, will bring about a number of changes in how procurement and contracts are managed in Translink.'),
 (TRF, 'ni-policy', N, 'Procurement Principles', 'Integrity - Ensure that the appropriate policies and procedures are in place to prevent corruption or collusion with suppliers or others.'),
 (TRW, 'ni-notice', N, 'Scope: Description', 'Translink is therefore keen to move to a direct delivery model between the staff member and the appointed contractor, with minimal input from Translink.'),
 (MEA, 'ni-council', N, MEA_S + ': 2.1.1 Local Government Act NI (1972)', 'The Local Government Act (Northern Ireland) 1972 states a Council may enter contracts necessary for the discharge of any of its functions.'),
 (MEA, 'ni-council', N, MEA_S + ': 2.1.2 The UK Procurement Act 2023', 'A central digital platform, integrated with the Find a Tender service requires councils to register and share specific supplier information.'),
 (QUB, 'ni-notice', N, QUB_S, 'With a large and diverse membership of staff and students, it is important for the University to have in place a fair, transparent, accessible and robust process for dealing with complaints and allegations of misconduct.'),
 (QUB, 'ni-notice', N, QUB_S, 'Therefore, the University is seeking to engage a Supplier to undertake investigations into complaints and allegations of misconduct brought by/against students and by/against members of staff.'),
 (QUB, 'ni-notice', N, QUB_S, 'Such complaints or allegations may be complex, sensitive or pose a high risk to the University and may include allegations of sexual misconduct or inappropriate behaviour; allegations of racism, sexism, homophobia; allegations of bullying, harassment, discrimination.'),
 (BSO, 'ni-notice', N, 'Community Based Early Intervention Services for Adults and Family Members / Carers / People affected by Substance Use: description', 'It is not a guarantee of uptake, minimum demand or additional funding being be made available.'),
 (DRY, 'ni-council', N, DRY_S, 'In Northern Ireland alone, we are spending over 2.5 billion in public procurement, and recent reports by the Northern Ireland Audit office (NIAO) have stated that procurement is a significant area of public sector expenditure where savings can be made, and value for money achieved.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'gov.wales', 'find-tender.service.gov.uk', 'cadw.gov.wales', 'transport.gov.scot',
             'sell2wales.gov.wales', 'd3tenders.com')
batch = Batch('public-texts-16.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; pages of one site sharing wording are one group: Fife's two copies
    # of its guide, APUC's policy pages, Belfast City Council's social value procurement policy and tenders pages,
    # Translink's procurement-principles pages.
    if src in (FIF, FIF2): return FIF
    if 'apuc-scot.ac.uk' in src: return 'apuc-scot.ac.uk'
    if src in (BYS, BSV, BQA, BTN): return 'belfast-social-value-procurement-policy'
    if 'translink.co.uk' in src: return 'translink.co.uk/procurement'
    return src
batch.emit_lists('pub16', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
