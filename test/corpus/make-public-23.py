"""Write /work/batches/public-texts-23.jsonl: batch 31, QUESTION-SHAPED and criterion-shaped texts that English public
bodies (councils, a combined authority, NHS bodies, housing associations and housing/education purchasing consortia)
publish next to an answer box or in an invitation to tender's evaluation section: award criteria and their weightings,
the social value asks of framework lots and notices, council social value outcome lists suppliers are scored against,
with hard negatives from the same documents (the other quality criteria, pricing and evaluation mechanics, what is bought
where the subject itself is social or environmental, framework process, FOI requests about social value scores).

Sources (each read this session through the `search` tool, pages corpus; none was in the corpus before):
- YPO's whiteboard markers framework notice as republished by bidstats (lot award criteria and their descriptions);
- Find a Tender notices as republished at cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws (Karbon Homes
  valuation surveying framework 032992-2025, NHS Property Services digital strategy 057201-2025, Procure Plus lifts
  framework 068144-2025, Connexus Homes repairs and voids 075512-2025), and Hull City Council's Holiday Activities and
  Food Programme notice page on d3tenders.com (ocds-h6vhtk-032457; a social service bought: negatives);
- Procure Plus's own framework pages (call-off guidance; the Social Value and Refurbishment framework and its lot 3) and
  edie's report of its waste framework;
- Oldham Council's Social Value Procurement Framework (appendix 2 "Tenders and Evaluation Questions", appendix 1) and the
  Social Value Commissioning site's summary of its outcomes; Trafford Council's social value guidance; Shropshire
  Council's social value commissioning and procurement framework; GMCA's social value policy (2014) and its 2022
  decision "Driving Social Value in GM Public Procurement"; Hammersmith and Fulham's cabinet decision, its social value
  page and the LGA's account of its strategy; Preston's Making Spend Matter FAQ; Lewisham Homes' social value and impact
  strategy page; Cambridge City Council's procurement policies page; Gloucestershire Hospitals NHS FT's purchasing page;
  NHS England's net zero and social value procurement page; the National Lottery Heritage Fund's template brief; the
  National LGPS Frameworks' further competition guide (ISP framework);
- hard negatives also from FOI exchanges about social value scores (Hastings, Rushcliffe), the Wansbeck / Northumberland
  Procurement Centre's ITT page, and two real mobilisation questions with word limits quoted by a bid writer (Executive
  Compass).

Texts are verbatim from the stored pages (a list bullet, a leading dash or asterisk dropped; line wraps joined); where a
source states a weighting or word limit it is in `extra`. Not scored: the batch is scored blind afterwards. Texts
already in the corpus are left out (named on stderr). Notice data is OGL v3 (by the copy it was read from); the rest
are short quotations.

  cd /work/main && python3 test/corpus/make-public-23.py > /work/batches/public-texts-23.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, host_licence, ocid_group, weighting as W

E = 'uk'  # all sources are English bodies (the Heritage Fund is UK-wide)
WL = lambda n: {'limit_words': n}

# notices
YPO = 'https://bidstats-live-duhpc0apfzhge2e6.a03.azurefd.net/tenders/2025/W40/855704084'
LU = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/'
KAR, NPS, PPL, CNX = LU + '032992-2025', LU + '057201-2025', LU + '068144-2025', LU + '075512-2025'
HAF = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-032457'
# Procure Plus pages, edie
PPF = 'http://www.procure-plus.com/frameworks/'
PPR = 'http://www.procure-plus.com/frameworks/responsive-repairs-voids/'
PP3 = 'http://www.procure-plus.com/frameworks/responsive-repairs-voids/lot-3/'
EDI = 'http://www.edie.net/news/5/Social-housing-landlords-to-benefit-from-waste-exchange-service-/'
# councils, combined authority
OLQ = 'https://ar.scribd.com/document/158886805/Oldham-Tenders-and-Evaluation-Questions-docx'
OLF = 'https://pdfslide.us/documents/oldham-social-value-procurement-frameworkdoc.html'
OLS = 'http://socialvaluecommissioning.org/2016/10/20/oldham-council-social-value-procurement-framework/'
TRA = 'https://docest.com/doc/150634/trafford-council-social-value-guidance'
SHR = 'https://fdocuments.us/document/social-value-commissioning-and-there-are-numerous-definitions-of-asocial.html'
GMP = 'https://paperzz.com/doc/7146774/gmca-social-value-procurement-policy-nov-14'
GMD = 'https://democracy.greatermanchester-ca.gov.uk/ieIssueDetails.aspx?IId=14294&PlanId=0&Opt=3'
HFD = 'https://democracy.lbhf.gov.uk/mgDecisionDetails.aspx?IId=69164&Opt=1'
HFV = 'https://www.lbhf.gov.uk/business/doing-business-hf-council/social-value-hf'
LGA = 'https://www.local.gov.uk/our-support/procurement/national-procurement-strategy/social-value-achieving-community-benefits-0'
PRE = ('https://www.preston.gov.uk/article/3538/Making-Spend-Matter-Toolkit-Social-Value-Procurement-Frameworks-'
       'Frequently-Asked-Questions-FAQs-3-')
LWH = 'https://www.lewishamhomes.org.uk/social-value-and-impact-strategy/'
GOT = 'http://www.go-tenders.co.uk/theitt.html'
# NHS, Heritage Fund, LGPS
GLH = 'http://gloshospitals.nhs.uk/en/About-Us/About-the-Trust/Sustainability1/Purchasing-goods-and-services/'
NHE = ('https://www.england.nhs.uk/greenernhs/publication/applying-net-zero-and-social-value-in-the-procurement-of-nhs-'
       'goods-and-services/')
HER = 'https://www.heritagefund.org.uk/funding/good-practice-guidance/writing-brief-procurement-goods-or-services'
LGP = ('https://nationallgpsframeworks.org/live-frameworks/integrated-service-providers-isp-and-member-data-services-'
       'framework/guide-to-call-off/further-competition')
LGPT = ('https://www.nationallgpsframeworks.org/live-frameworks/transition-management-services/guide-to-call-off/'
        'create-your-invitation-to-further-competition-document')
# evaluation pages, FOI replies, bid writer's quotes
CAM = 'https://cambridge.gov.uk/procurement-policies-and-legislation'
HAS = 'https://www.hastings.gov.uk/my-council/freedom-of-information/date/?id=FOIR-356154551'
RUS = ('https://rushcliffe.gov.uk/about-us/about-the-council/freedom-of-information/foi-responses-contracts-and-'
       'procurement/foi-responses-contracts-and-procurement-2021/a1345563')
ECW = 'https://executivecompass.co.uk/blog/top-tips/word-limits'

# section headings
YPO_S = 'YPO Branded Whiteboard Markers and Pens (YPO): Lot 1 YPO Branded Whiteboard Markers and Pens: Award Criteria'
KAR_S = 'Valuation surveying framework (Karbon Homes): Lot 1 - Rent setting'
NPS_S = ('Digital Strategy Program, purchase of Finance, People, Facilities and Property management software (NHS Property '
         'Services)')
PPL_S = 'Lifts framework (Procure Plus Holdings Limited)'
CNX_S = 'Repairs and Void Work to Support Internal DLO (Connexus Homes Limited): Description'
HAF_S = 'Provision of Holiday Activities & Food Programme 2022-24 (Kingston upon Hull City Council)'
PPF_S = 'Frameworks - Procure Plus'
PPF_M = PPF_S + ': Company selection: To carry out a mini competition landlords should:'
PPR_S = 'Social Value and Refurbishment Framework (Procure Plus)'
PP3_S = PPR_S + ': Lot 3: Major repair and refurbishment works to vacant social housing properties'
EDI_S = 'Social housing landlords to benefit from waste exchange service (Procure Plus waste management framework)'
OLQ_S = ('Oldham Council: Appendix 2 Social Value Procurement Framework Tenders and Evaluation Questions: 1. Tender '
         'documentation')
OLQ_T = OLQ_S + ': Social Value'
OLQ_F = OLQ_T + ': The Framework is divided into four themes:'
OLQ_P = OLQ_T + ': We are committed to and we expect our suppliers to be committed to:'
OLF_S = 'Oldham Council: Appendix 1 Social value procurement framework'
OLS_S = 'Oldham Council Social Value Procurement Framework: The Social Value Procurement Framework is focused on 4 themes with corresponding evaluation outcomes'
TRA_S = 'Trafford Council - Social Value Guidance'
SHR_S = 'Shropshire Council: Social Value Commissioning and Procurement Framework'
GMP_S = 'GMCA Social Value Policy (November 2014)'
GMD_S = 'Driving Social Value in GM Public Procurement (GMCA, 25 March 2022): Decision'
HFD_S = 'Hammersmith and Fulham Cabinet decision: Social Value Strategy'
HFV_S = 'Social value in H&F: This will comprise of three elements:'
LGA_S = 'Social value: achieving community benefits (LGA): London Borough of Hammersmith and Fulham'
PRE_S = 'Making Spend Matter Toolkit - Social Value Procurement Frameworks FAQs (Preston City Council)'
LWH_S = 'Social Value and Impact Strategy (Lewisham Homes)'
GOT_S = 'The ITT (The Procurement Centre, Wansbeck / Northumberland): sustainable procurement'
GOT_L = GOT_S + ': a scoring framework that identified:'
GLH_S = 'Purchasing goods and services (Gloucestershire Hospitals NHS Foundation Trust)'
GLH_O = GLH_S + ': Other procurement initiatives'
NHE_S = 'Applying net zero and social value in the procurement of NHS goods and services (NHS England)'
HER_S = 'Writing a brief for the procurement of goods or services (National Lottery Heritage Fund)'
HER_L = HER_S + ': We will also require you to take into account social values in your procurement, including:'
LGP_S = ('National LGPS Framework for Integrated Service Providers (ISP) and Member Data Services: Further Competition: '
         'Evaluation Criteria and Quality and Social Value Questions')
CAM_S = 'Procurement policies and legislation (Cambridge City Council)'
HAS_S = 'FOI request FOIR-356154551: Tender Winners\' Social Value Submission Data (Hastings Borough Council)'
HAS_R = HAS_S + ': For each completed procurement exercise or tender where a Social Value component has formed part of the award criteria:'
RUS_S = 'Response A1345563 (Rushcliffe Borough Council): social value in tender results'
ECW_S = 'Word limits (Executive Compass): Variances in word limits: mobilisation questions'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # YPO whiteboard markers: award criteria
 (YPO, 'consortium-criteria', E, MU, [], YPO_S, 'Social Value and Sustainability'),
 # Karbon Homes: lot award criteria
 (KAR, 'notice-criteria', E, MU, [], KAR_S + ': Award criteria', 'Social Value (10%)', W(10)),
 # NHS Property Services
 (NPS, 'notice-criteria', E, MU, [], NPS_S + ': Lot 1 Property Management: Award criteria', 'Social Value'),
 # Procure Plus lifts framework notice
 (PPL, 'notice-sv', E, EI, ['equal-opportunity'], PPL_S + ': Description',
  'Companies appointed to the framework will be expected to share Procure Plus\'s commitment to social value, and specifically the creation of training and employment opportunities for individuals who are furthest from the labour market, groups that are underrepresented within the construction industry or individuals that may otherwise be overlooked or marginalised within the labour market.'),
 # Procure Plus Social Value and Refurbishment framework and its lot 3
 (PPR, 'consortium-framework', E, EI, [], PPR_S,
  'Procure Plus’ commitment to making measurable social and economic differences to their customers neighbourhoods, in conjunction with recognition of the quality of the Social Enterprise market; combined with an increasing drive to procure services from the social sector; Procure Plus sought to advance their offering and bridge the gap in the provision of a Social Value and Refurbishment Framework aiming to balance our customers’ conflicting priorities of delivery, cost and social value.'),
 (PPR, 'consortium-framework', E, EI, [], PPR_S,
  'The aim of which was to deliberately target organisations who could demonstrate their capability in project delivery and cost efficiency; whilst successfully delivering reaching regeneration objectives, employing a larger number of operatives from local priority groups.'),
 (PPR, 'consortium-framework', E, EI, [], PPR_S,
  'Consequently the Framework has successfully appointed a range of small to medium sized enterprises that can sustain higher than average social outcomes, compared to other PP frameworks, while maximising the social offering by smart categorisation of lots.'),
 (PP3, 'consortium-framework', E, EI, [], PP3_S,
  'The enterprise will be required to engage with up to 5 candidates per £1m of contract value (or 1 candidate engagement per £200,000).'),
 (PP3, 'consortium-framework', E, EI, [], PP3_S,
  'Candidates should follow an accredited training programme at Level 2 (either NVQ or apprenticeship).'),
 (PP3, 'consortium-framework', E, EI, [], PP3_S,
  'It will normally be expected that the Contractor will retain candidates until completion of their training programme.'),
 # edie on Procure Plus's waste framework
 (EDI, 'consortium-framework', E, WB, ['climate'], EDI_S,
  '“With this in mind, we’re looking for suppliers who can help drive community engagement and help train tenants to assist with clean up initiatives, so they can encourage fellow residents and maximise recycling efforts.”'),
 # Oldham: tenders and evaluation questions (appendix 2)
 (OLQ, 'council-sv-questions', E, MU, [], OLQ_T,
  'As a Co-operative Council we are committed to acting in a socially responsible way and to influencing others with whom we work to do the same.'),
 (OLQ, 'council-sv-questions', E, MU, [], OLQ_T,
  'Our social value procurement framework seeks to achieve this by ensuring that social, economic and environmental outcomes are systematically incorporated into procurement practices so that we can achieve greater impact from each and every contract.'),
 (OLQ, 'council-sv-questions', E, EI, [], OLQ_F, 'Jobs, growth & productivity'),
 (OLQ, 'council-sv-questions', E, WB, ['economic-inequality'], OLQ_F, 'Resilient communities and a strong voluntary sector'),
 (OLQ, 'council-sv-questions', E, CL, [], OLQ_F, 'A clean and protected physical environment'),
 (OLQ, 'council-sv-questions', E, EI, [], OLQ_P, 'supporting the local economy, including through any sub-contracting;'),
 # Oldham: framework (appendix 1)
 (OLF, 'council-sv-questions', E, MU, [], OLF_S + ': 1. Introduction',
  'We spend in excess of £232million with 5,700 trade suppliers each year, so by formally and consistently considering social value in the decisions we make in spending this money, we can make a major contribution to delivering a Co-operative Borough.'),
 (OLF, 'council-sv-questions', E, MU, [], OLF_S + ': 2. How do we plan to use this framework?',
  'Suppliers will be scored on their responses to the question about how they will deliver against these outcomes.'),
 (OLF, 'council-sv-questions', E, MU, [], OLF_S + ': 2. How do we plan to use this framework?',
  'Suppliers will also be scored on their responses to an accompanying question about how this will be measured and verified.'),
 # Oldham outcomes (Social Value Commissioning summary)
 (OLS, 'council-sv-questions', E, EI, [], OLS_S + ': Jobs, growth, and productivity', 'Outcome 1: More local people in work.'),
 (OLS, 'council-sv-questions', E, EO, [], OLS_S + ': Jobs, growth, and productivity', 'Outcome 2: A local workforce which is fairly paid and positively supported by employers.'),
 (OLS, 'council-sv-questions', E, EI, [], OLS_S + ': Jobs, growth, and productivity', 'Outcome 3: Thriving local businesses.'),
 (OLS, 'council-sv-questions', E, MU, [], OLS_S + ': Jobs, growth, and productivity', 'Outcome 4: Responsible businesses that do their bit for Oldham.'),
 (OLS, 'council-sv-questions', E, WB, ['economic-inequality'], OLS_S + ': Resilient communities and a strong voluntary sector', 'Outcome 5: An effective and resilient third sector.'),
 (OLS, 'council-sv-questions', E, WB, [], OLS_S + ': Resilient communities and a strong voluntary sector', 'Outcome 6: Individuals and communities enabled and supported to help themselves and each other.'),
 (OLS, 'council-sv-questions', E, WB, [], OLS_S + ': Prevention and demand management', 'Outcome 7: Acute problems are avoided and costs are reduced by investing in prevention.'),
 (OLS, 'council-sv-questions', E, CL, [], OLS_S + ': A clean and protected physical environment', 'Outcome 8: We are protecting our physical environment and contributing to climate change reduction.'),
 # Trafford
 (TRA, 'council-sv-guidance', E, MU, [], TRA_S,
  'This document provides an overview of Trafford’s social, environmental and economic values to enable suppliers to identify the added value they can offer through their submission.'),
 # Shropshire Council
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 31 (it was 'multiple themes').
 (SHR, 'council-sv-guidance', E, None, [], SHR_S + ': What is Social Value?',
  'Here ‘Social Value’ is defined as, “a process whereby organisations meet their needs for goods, services, works and utilities in a way that achieves value for money on a whole life basis in terms of generating benefits to society and the economy, whilst minimising damage to the environment”.'),
 # GMCA policy and decision
 (GMP, 'council-sv-guidance', E, MU, [], GMP_S + ': 1. Purpose',
  'This policy sets out the legal context for social value and the six social value objectives that Greater Manchester Combined Authority (GMCA) have agreed to deliver through commissioning and procurement activities.'),
 (GMP, 'council-sv-guidance', E, MU, [], GMP_S + ': 1. Purpose',
  'The framework sets out the expected outcomes for each objective and provides examples of how suppliers could contribute towards these outcomes.'),
 (GMD, 'council-decision', E, MU, [], GMD_S + ': 5. the adoption of the following principles',
  'Restate a strong presumption that social value forms part of the evaluation on all procurement over threshold.'),
 # Hammersmith and Fulham
 (HFD, 'council-decision', E, MU, [], HFD_S,
  'To agree that all tendered contracts above £100,000 (including those procured from frameworks where permitted by the framework rules) have a minimum of 10% of the total score allocated to Social Value.'),
 (HFD, 'council-decision', E, MU, [], HFD_S,
  'To agree that all commissioning and procurement over £100,000 should deliver a minimum of 10% Social Value by suppliers and social value key performance indicators (KPIs) will be part of their contract terms.'),
 (HFD, 'council-decision', E, MU, [], HFD_S,
  'To agree the adoption of the national Themes Outcomes and Measures (TOMs) Framework for social value measurement (Appendix 2) for all contracts over £100,000.'),
 (HFV, 'council-sv-guidance', E, EI, ['equal-opportunity'], HFV_S,
  'Inclusive smart economy – including employment, training, London Living Wage, small and medium enterprises'),
 (HFV, 'council-sv-guidance', E, WB, ['equal-opportunity'], HFV_S,
  'Happier kinder H&F – including health & wellbeing, co-production, modern slavery, equalities'),
 (HFV, 'council-sv-guidance', E, CL, [], HFV_S,
  'Climate and ecological emergency – including net carbon neutral, sustainability, and environment'),
 (LGA, 'council-sv-guidance', E, MU, [], LGA_S,
  'The Strategy introduces a mandatory requirement for all contracts above £100,000 to achieve a minimum of 10% in Social Value.'),
 # Preston
 (PRE, 'council-sv-guidance', E, MU, [], PRE_S + ': 1. What does \'Social Value\' mean',
  '\'Social value\' which can also be called \'sustainability\' or \'added value\' is the phrase that refers to additional activities which suppliers can deliver that go beyond the delivery of the good or service and which contribute towards achieving such goals.'),
 (PRE, 'council-sv-guidance', E, MU, [], PRE_S + ': 1. What does \'Social Value\' mean',
  'For example, social value can include the creation of jobs or apprenticeships, the provision of training, or activities that reduce carbon emissions.'),
  # Lewisham Homes
 (LWH, 'housing-sv', E, MU, [], LWH_S, 'We always build ‘social value’ into our contracts with external companies.'),
 (LWH, 'housing-sv', E, WB, [], LWH_S,
  'In its simplest form, it could be a cash contribution for our community relations team to spend on projects in the borough.'),
 (LWH, 'housing-sv', E, EI, ['wellbeing'], LWH_S,
  'Otherwise, it could include a stipulated number of apprenticeships or other training opportunities for residents, or a building contractor making staff available to refurbish a community facility.'),
 (LWH, 'housing-sv', E, EI, [], LWH_S,
  'The most recent social value we’ve received is from Ideal Boilers who funded 30 residents to take part in a childminding course delivered by Lewisham College.'),
 (LWH, 'housing-sv', E, WB, [], LWH_S + ': Other examples include:',
  'Faithorn Farrell Timms (FFT): funded a mindfulness programme for residents of the Evelyn estate'),
 (LWH, 'housing-sv', E, EI, ['wellbeing'], LWH_S + ': Other examples include:',
  'Engie: a partnership with Debt Free London to offer free debt advice to our residents, plus skip amnesty days to help residents dispose of bulky items for free, garden clearance and lots more'),
 # Wansbeck / Northumberland Procurement Centre
 (GOT, 'council-itt-guidance', E, MU, [], GOT_S,
  'It is good practice to ask bidders to submit with their tender a method statement setting out how they will achieve the sustainability requirements.'),
 # Gloucestershire Hospitals
 (GLH, 'nhs-procurement', E, CL, ['economic-inequality'], GLH_S,
  'Our sustainable procurement  includes elements such as buying food from local producers and ensuring materials come from sustainable sources (e.g. wood from Forest Stewardship Council certified suppliers).'),
 (GLH, 'nhs-procurement', E, CL, [], GLH_S + ': Sustainable procurement strategy',
  'Our Trust aims to embed sustainability principles in the procurement process so that they become an integral part of all relevant contracts, at pre-tender, tender and post-contract award stages (including monitoring and evaluation), through to the end of the life of the contract and including any disposal of equipment.'),
 (GLH, 'nhs-procurement', E, EI, [], GLH_O, 'using local services and suppliers where possible'),
 (GLH, 'nhs-procurement', E, CL, [], GLH_O, 'waste reduction through minimising packaging and re-using delivery containers'),
 (GLH, 'nhs-procurement', E, CL, [], GLH_O,
  'raising awareness of environmental impact and carbon reduction factors in procurement evaluation, business planning and impact assessment processes.'),
 # NHS England
 (NHE, 'nhs-procurement', E, MU, ['climate'], NHE_S,
  'NHS England’s stated policy objective is to meet its net zero carbon targets while achieving its wider social value priorities.'),
 # Heritage Fund
 (HER, 'funder-brief', E, EI, [], HER_L, 'Diverse supply chains'),
 (HER, 'funder-brief', E, EI, [], HER_L, 'Improved employability and skills'),
 (HER, 'funder-brief', E, WB, ['equal-opportunity'], HER_L, 'Inclusion, mental health and well-being'),
 (HER, 'funder-brief', E, CL, [], HER_L, 'Environmental sustainability'),
 (HER, 'funder-brief', E, EO, [], HER_L, 'Safe supply chains'),
 # National LGPS Frameworks (ISP)
 (LGP, 'consortium-criteria', E, MU, ['climate'], LGP_S + ': Evaluation Criteria',
  'Social Value, Climate Change and Carbon Reduction (if required)'),
 # Cambridge
 (CAM, 'council-itt-guidance', E, EI, [], CAM_S + ': Suppliers are advised, as a minimum, to review the following policies and considerations before submitting a tender.',
  'Community Wealth Building'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # YPO whiteboard markers: the other criteria and the evaluation mechanics (also of the social value criterion)
 (YPO, 'consortium-criteria', E, YPO_S + ': Social Value and Sustainability',
  'Three questions, one question at 50% and the further two questions at 25% each.'),
 (YPO, 'consortium-criteria', E, YPO_S, 'Delivery and Customer Service'),
 (YPO, 'consortium-criteria', E, YPO_S + ': Quality',
  'Samples will be assed as explained on Appendix 2 - Samples Evaluation Methodology.'),
 (YPO, 'consortium-criteria', E, YPO_S + ': Quality',
  'Quality evaluation will be worth 80%, award criteria question 20% and then product shelf life and cap off time questions where better quality performance is scored higher.'),
 (YPO, 'consortium-criteria', E, YPO_S + ': Price', 'Cost will be evaluated by pricing (CIPFA).'),
 (YPO, 'consortium-criteria', E, YPO_S + ': Price', 'Further questions for fixed pricing and competitive pricing.'),
 (YPO, 'consortium-criteria', E, YPO_S + ': Price',
  'Price will be scored 50% and the other two competitive pricing questions will be scored 25% each.'),
 (YPO, 'consortium-criteria', E, 'YPO Branded Whiteboard Markers and Pens (YPO): Lot 1', 'This lot is for YPO Branded Whiteboard Markers and Pens'),
 # Karbon Homes
 (KAR, 'notice-criteria', E, KAR_S + ': Award criteria', 'Quality (60%)', W(60)),
 (KAR, 'notice-criteria', E, KAR_S + ': Award criteria', 'Commercial Schedule (30%)', W(30)),
 (KAR, 'notice-criteria', E, 'Valuation surveying framework (Karbon Homes): Description',
  'Karbon Homes are seeking appoint experienced and competent Contractors to a framework for the delivery of surveying services for the purpose of valuation.'),
 (KAR, 'notice-criteria', E, KAR_S + ': Lot Description', 'Rent setting- Market Rents, Affordable Rents & Social Rents'),
 (KAR, 'notice-criteria', E, 'Valuation surveying framework (Karbon Homes): Lot 2 - Statutory disposals: Lot Description',
  'Statutory disposals- Right to Buy and Right to Acquire'),
 # NHS Property Services
 (NPS, 'notice-criteria', E, NPS_S + ': Lot 1 Property Management: Award criteria', 'Functional Requirements'),
 (NPS, 'notice-criteria', E, NPS_S + ': Lot 1 Property Management: Award criteria', 'Non-Functional Requirements'),
 (NPS, 'notice-criteria', E, NPS_S + ': Lot 1 Property Management: Award criteria', 'Colleague Experience'),
 (NPS, 'notice-criteria', E, NPS_S + ': Lot 1 Property Management: Award criteria', 'Customer Experience'),
 (NPS, 'notice-criteria', E, NPS_S + ': Lot 1 Property Management: Award criteria', 'Strategic Partnership and Innovation'),
 (NPS, 'notice-criteria', E, NPS_S + ': Lot 1 Property Management: Lot Description',
  'Provision of a Property Management solution that is the best-fit solutions based on colleague experience, customer experience, requirements satisfaction, strategic partnership, social value, and value for money.'),
 # Procure Plus lifts framework notice
 (PPL, 'notice-sv', E, PPL_S + ': Description',
  'Procure Plus are a value focused, not for profit company that specialises in the procurement of goods and services related to both the repair, and maintenance of predominantly social housing properties.'),
 (PPL, 'notice-sv', E, PPL_S + ': Description',
  'Procure Plus wishes to procure and enter into a framework for the design, supply, refurbishment and maintenance of lifts within social housing properties and properties across the wider public sector.'),
 (PPL, 'notice-sv', E, PPL_S + ': Description',
  'The framework covers the design, supply, refurbishment and upgrade of passenger lifts and the servicing and maintenance of passenger lifts.'),
 # Connexus notice
 (CNX, 'notice-neg', E, CNX_S, 'Connexus are seeking to procure contracts for a range of subcontractors to supplement the work of our DLO.'),
 (CNX, 'notice-neg', E, CNX_S,
  'The primary objective is to enter into a contract with approved subcontractors who can support us in managing the demand, providing specialist trade skills that are not retained in-house, and ensuring business continuity across all our operational areas.'),
 # Hull HAF (a social service bought)
 (HAF, 'notice-neg', E, HAF_S + ': Notice Description',
  'The scope of this project is to seek one or more service providers across all lots to deliver free holiday provision, enriching activities for children who receive benefits-related free school meals and other target groups, in the form of a Holiday Activities and Food Programme (HAF).'),
 (HAF, 'notice-neg', E, HAF_S + ': Notice Description',
  'Service providers will need to ensure staff/volunteers have appropriate food hygiene training as detailed within the specification.'),
 (HAF, 'notice-neg', E, HAF_S + ': Lot 1 - Activity for 11-16-year-olds',
  'This should be a needs led approach based on the local knowledge of the strategic partner and involve young people in the planning process.'),
 (HAF, 'notice-neg', E, HAF_S + ': Lot 1 - Activity for 11-16-year-olds',
  'Engage with the Youth Networks, the range of voluntary and public sector organisations and Schools to promote health & wellbeing, provide challenging activities suitable for the age group and utilise local assets including sporting and physical activities, arts, creative and cultural activities and the leisure resources.'),
 (HAF, 'notice-neg', E, HAF_S + ': Lot 1 - Activity for 11-16-year-olds: Options',
  'Funding has been guaranteed for year one, however extension of the contract for years 2 and 3 will be subject to receipt of further funding from the DfE'),
 # Procure Plus pages
 (PPF, 'consortium-framework', E, PPF_M,
  'Invite all the consultants who are capable of carrying out all the work to tender – reasons for excluding any consultants should be recorded'),
 (PPF, 'consortium-framework', E, PPF_M,
  'The ITT should set out the criteria that are to be used (questions should be from price, capacity and availability, corporate and social responsibility, delivery of service which were used in the original tender), the respective weighting, the timescale and process to be used'),
 (PPF, 'consortium-framework', E, PPF_M,
  'Tenders should be scored consistently and the most economically advantageous submission should be awarded the contract'),
 (PPR, 'consortium-framework', E, PPR_S,
  'Our Social Value and Refurbishment Framework has replaced the Responsive Repairs and Voids framework to deliver waste clearance and installation of preventative security measures and minor and major repair and refurbishment works to vacant properties.'),
 (PPR, 'consortium-framework', E, PPR_S, 'There are 4 lots divided into competency bands and geographical coverage.'),
 (PPR, 'consortium-framework', E, PPR_S + ': Lancashire, Merseyside and Manchester',
  'Lot 1 – Waste clearance and installation of preventative security measures'),
 (PPR, 'consortium-framework', E, PPR_S + ': Lancashire, Merseyside and Manchester', 'Lot 2 – Minor repair and refurbishment works'),
 (PP3, 'consortium-framework', E, PP3_S,
  'The purpose of this lot is to provide whole house refurbishment and installation works to vacant social housing properties and the surrounding areas, including the disposal of associated waste.'),
 (PP3, 'consortium-framework', E, PP3_S,
  'The works will include major programmes of works to cover roofing, brickwork, painting, decorating and the repair, replacement and installation of internal fixtures and fittings.'),
 # edie (waste service bought)
 (EDI, 'consortium-framework', E, EDI_S,
  'The first lot covers office and administration waste such as paper, bottles and toner, while the second is targeted at the large volume of waste generated from planned maintenance such as kitchen and bathroom replacements and on-going repairs of social housing stock.'),
 # Oldham
 (OLQ, 'council-sv-questions', E, OLQ_S,
  'Our tender documentation has already been amended to explain our approach and commitment to social value.'),
 (OLF, 'council-sv-questions', E, OLF_S + ': 1. Introduction',
  'Our values and priorities in this respect are detailed in our Ethical Framework, which was agreed by Cabinet in October 2012.'),
 (OLF, 'council-sv-questions', E, OLF_S + ': 2. How do we plan to use this framework?',
  'For each procurement exercise, we will identify which of the outcomes in the table below are appropriate for inclusion.'),
 (OLS, 'council-sv-questions', E, 'Oldham Council Social Value Procurement Framework',
  'During each procurement exercise, appropriate outcomes from the framework will be identified against which bids will be scored.'),
 # Trafford, Shropshire, GMCA
 (TRA, 'council-sv-guidance', E, TRA_S,
  'Due to the wide range of services provided by the Council there is no ’one size fits all’ model, and as such this document should be considered alongside advice from the Partnership and Communities Team, Commissioning and Procurement Teams and the Social Value Group, who are able to offer specific advice on local context and need.'),
 (SHR, 'council-sv-guidance', E, SHR_S + ': Introduction',
  'This is a framework to guide Council officers and members on how to embed Social Value into the council’s commissioning and procurement activity.'),
 (GMP, 'council-sv-guidance', E, GMP_S + ': 1. Purpose',
  'The Case Study section of the framework is being developed and will provide social value examples from within and outside of the Greater Manchester area.'),
 (GMD, 'council-decision', E, GMD_S,
  'That the proposal to revise the GMCA Sustainability Decision Tool for use upstream as part of business case development (for potential adoption by others) be approved.'),
 (GMD, 'council-decision', E, GMD_S,
  'That the exploration of options for developing a Greater Manchester ‘Brokerage’ platform, with the ability to provide a live environment matching supplier offers with ‘system’ asks, be approved.'),
 # Hammersmith and Fulham, LGA
 (HFD, 'council-decision', E, HFD_S, 'To approve the Social Value Strategy (attached as Appendix 1 of the report).'),
 (HFD, 'council-decision', E, HFD_S,
  'To agree to provide regular reporting to the Cabinet Member for Finance and Commercial Revenue and quarterly reporting to Cabinet on implementation of the strategy.'),
 (LGA, 'council-sv-guidance', E, LGA_S,
  'They have recently appointed a Social Value officer to maximise the opportunities throughout the council and have also set up a Social Value Delivery Group (SVDG) which works in collaboration with colleagues across all directorates to ensure Social Value activity aligns with corporate policies, vision and pledges related to the Climate Emergency and the COVID-19 Recovery Response.'),
 # Preston
 (PRE, 'council-sv-guidance', E, PRE_S + ': 1. What does \'Social Value\' mean',
  'Historically, two key factors have made up decision- making during procurement, the cost of the good, service or work being provided, and the quality of the potential provider.'),
 # Wansbeck / Northumberland Procurement Centre: evaluation mechanics
 (GOT, 'council-itt-guidance', E, GOT_S,
  'One process would be to evaluate the method statement to ensure that it achieved a required ‘threshold’ of acceptability and a pre-requisite for the tender being evaluated as a whole.'),
 (GOT, 'council-itt-guidance', E, GOT_L,
  'the types of actions that were expected to be offered under each subject, with each action then being given a weighting – a breakdown of the points available for that ‘subject’.'),
 # Gloucestershire Hospitals, NHS England
 (GLH, 'nhs-procurement', E, GLH_O, 'members of our procurement team are actively involved in a number of national sustainable procurement initiatives'),
 (GLH, 'nhs-procurement', E, GLH_S,
  'To find out more about selling to the NHS, please visit our procurement shared services pages'),
 (NHE, 'nhs-procurement', E, NHE_S,
  'This document sets out how the procurement of NHS Goods and Services can play its part in achieving these policy objectives.'),
 # Heritage Fund
 (HER, 'funder-brief', E, HER_S,
  'As an overview, projects with any goods, works or services worth more than £10,000  (excluding VAT), must get at least three competitive tenders/quotes.'),
 (HER, 'funder-brief', E, HER_S, 'In cases where you will not select the lowest tender you will need to give full reasons.'),
 # National LGPS Frameworks (ISP)
 (LGP, 'consortium-criteria', E, LGP_S,
  'It is important to understand the impact of weightings by modelling different scenarios before you issue your Invitation to Further Competition, as it is not possible to change the award criteria after this point.'),
 (LGP, 'consortium-criteria', E, LGP_S + ': Quality and Social Value, Climate Change and Carbon Reduction Questions',
  'You will need to add your own questions tailored to your Specification of Requirements in your Invitation to Further Competition.'),
 # FOI requests and replies about social value scores
 (HAS, 'council-foi', E, HAS_R,
  'The winning organisation\'s social value created as a monetary amount, provided as part of their final submission or offer.'),
 (HAS, 'council-foi', E, HAS_R,
  'The winning organisation\'s social value investment amount, or input cost monetary amount, submitted as part of their final submission or offer.'),
 (HAS, 'council-foi', E, HAS_R,
  'The name of the Social Value framework (if any) utilised by the winning tender for valuations of social value created.'),
 (HAS, 'council-foi', E, HAS_S + ': Response: NOTICE OF REFUSAL',
  'The information you have requested regarding tender results is commercially sensitive and falls under Section 43 of the Freedom of Information Act - Commercially Sensitive Information.'),
 (RUS, 'council-foi', E, RUS_S + ': Response',
  'The Council does not specifically record details of award criteria that has been used, relating to the Social Value (Public Services) Act 2012.'),
 # real mobilisation questions with word limits (quoted by a bid writer)
 (ECW, 'itt-question-quoted', E, ECW_S + ': Asbestos removal',
  'Please provide a proposed mobilisation plan, as an attachment, to illustrate how your company plans to implement the contract.', WL(500)),
 (ECW, 'itt-question-quoted', E, ECW_S + ': Facilities management',
  'Describe the approach taken to plan a contract such as this.', WL(750)),
]

def licence_of(src):
    return host_licence(src)
batch = Batch('public-texts-23.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: a notice is `fts:<notice id>` (as in
    # batch 26) or `ocds:<ocid>`; Procure Plus's framework page and its lot page are one document; the National LGPS
    # Frameworks' call-off guides share template wording with the page already in the corpus.
    if src == LGP: return batch.group_of_source.get(LGPT, LGPT)
    if 'lambda-url' in src or 'bidatlas.co.uk' in src: return 'fts:' + src.rstrip('/').rsplit('/', 1)[1]
    if (g := ocid_group(src)): return g
    if src in (PPR, PP3): return 'procure-plus.com/social-value-and-refurbishment-framework'
    return src
batch.emit_lists('pub23', R, NEG, group_of, licence_of)
