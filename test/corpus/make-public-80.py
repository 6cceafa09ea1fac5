"""Write /work/batches/public-texts-80.jsonl: batch 88, TENDER QUESTIONNAIRES AS A SUPPLIER SEES THEM (England-first):
what councils, NHS bodies, universities, police and fire and rescue services and housing associations tell bidders they
will be asked and scored on for social value (the social value questions, their parts, the measure lines bidders choose
from, and the weightings where stated), with hard negatives from the same pages and notices: the technical, staffing,
safeguarding, quality assurance, business continuity, mobilisation and logistics asks, pass/fail document requests
(environmental and quality policies), portal registration, pricing and evaluation mechanics, definitions of social
value, the buyer's own plans, and descriptions of what is bought even where the subject is social (community
connectors, social prescribing, school catering, household waste recycling centres).

Sources (all new to the corpus): Preston City Council's Social Value Policy page (its five themes and thirteen measure
lines, threshold and 20% weighting), its two versions of the Social Value in Procurement page (the Part A / Part B
social value questions; measures scored at levels 1-5) and its Social Value page, with the 2023 press coverage of the
framework (Preston Partnership, The Construction Index, CIOB People); the London Borough of Hammersmith & Fulham's
Trading with the council and Bidding for council contracts pages; Complete Tenders on social value portals; a
construction-tenders.co.uk guide to social value themes; jctenders.com guides (domiciliary care evaluation table,
writing to evaluation criteria); Impact Guru's domiciliary care guides (commissioner priorities); impactbids.com on
quality scoring; contract notices (Cumbria Education Trust catering, LUPC catering, Lincolnshire County Council HWRCs,
NHS Lincolnshire ICB community connectors and social prescribing link workers, Essex County Council Live at Home) as
republished by d3tenders.com, bidatlas.co.uk and a tender-listing site; a Lords written answer on Cabinet Office
evaluation weightings (parallelparliament.co.uk); Defra's FOI page on evaluation criteria (gov.uk); the University of
Oxford's sustainable procurement strategy and Invite tenders pages; Newcastle University's sustainable procurement page;
Tyne and Wear Fire and Rescue Service's Sell to us page; the Lancashire PCC and Constabulary Social Value Policy
(businessdocbox copy); South Lakeland, West Norfolk, South Staffordshire and Cheltenham councils' supplier guidance;
Salford's social value toolkit; Aspire Housing's procurement page.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and measure
numbers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). gov.uk and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-80.py > /work/batches/public-texts-80.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U


# Preston City Council (one site, shared wording: one group) and the press coverage of its framework (one group)
PR1 = 'https://preston.gov.uk/socialvaluepolicy'
PR2 = 'https://www.preston.gov.uk/article/7285/Social-Value-in-Procurement'
PR3 = 'https://preston.gov.uk:443/article/7285/Social-Value-in-Procurement'
PR4 = 'https://preston.gov.uk/article/3482/Social-Value'
PP1 = 'https://www.prestonpartnership.org/a-new-approach-to-social-value-launched-by-preston-city-council/'
PP2 = 'https://www.theconstructionindex.co.uk/news/view/preston-launches-social-value-framework'
PP3 = 'https://ciobpeople.com/social-value-framework-launched-in-preston/'
# London Borough of Hammersmith & Fulham
LB1 = 'https://www.lbhf.gov.uk/business/trading-council'
LB2 = 'https://www.lbhf.gov.uk/business/trading-council/bidding-council-contracts'
# bid guides
CT = 'https://completetenders.com/news-using-a-social-value-portal-when-tendering-208'
CTT = 'https://www.construction-tenders.co.uk/tag/uk-public-sector'
JC1 = 'https://jctenders.com/insights/domiciliary-care-tender-guide'
JC2 = 'https://jctenders.com/insights/write-to-evaluation-criteria'
IG1 = 'https://impact-guru.co.uk/blogs/news/what-commissioners-really-look-for-in-domiciliary-care-tenders'
IG2 = 'https://impact-guru.co.uk/blogs/news/what-commissioners-expect-from-domiciliary-care-providers-in-tender-responses'
IB = 'https://impactbids.com/the-quality-imperative/'
# contract notices
N1 = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-048928'
N2 = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-035193'
N3 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-032754'
N4 = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/079455-2025'
N5 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03eec9'
N6 = 'https://bidatlas.co.uk/tenders/019527-2025'
# parliament, gov.uk
PQ = 'https://parallelparliament.co.uk/question/HL5868/cabinet-office-procurement'
DF = 'https://gov.uk/government/publications/evaluation-criteria-for-the-last-5-service-contracts'
# universities, fire and rescue, police, councils, housing association
OX1 = 'https://finance.web.ox.ac.uk/sustainable-procurement-strategy'
OX2 = 'https://finance.web.ox.ac.uk/node/665921'
NCL = 'https://www.ncl.ac.uk/sustainable-campus/procurement/flexible.htm'
TW = 'https://www.twfire.gov.uk/about-us/finance/sell-to-us/'
LP = ('https://businessdocbox.com/Human_Resources/103299758-Social-value-policy-office-of-the-police-and-crime-'
      'commissioner-for-lancashire-and-lancashire-constabulary.html')
SL = 'https://www.southlakeland.gov.uk/business-and-trade/procurement/supplier-tendering-questions/'
WN = 'https://www.west-norfolk.gov.uk/info/20150/doing_business_with_us/311/tender_procedures'
SS = ('http://www3.sstaffs.gov.uk/your_services/support_services/procurement/selling_to_the_council/'
      'higher_value_contracts.aspx')
CH = 'https://www.cheltenham.gov.uk/info/27/tenders_and_contracts/741/tender_process/2'
SF = 'https://www.salfordsocialvalue.org.uk/social-value-toolkit/commissioning-and-procurement-for-social-value/'
AS = 'https://aspirehousing.co.uk/about-us/procurement/'

PR1_S = 'Social Value Policy (Preston City Council)'
PR1_T = PR1_S + ": Preston's priority social value themes and measures"
PR2_S = 'Social Value in Procurement (Preston City Council)'
PR2_A = PR2_S + ": Preston's new approach to Social Value in procurement"
PR2_F = PR2_S + ": Social Value Procurement Framework (SVPF): Preston's Social Value Procurement Framework (SVPF) has five themes:"
PR3_A = PR2_S + ": Preston's approach to Social Value in procurement"
PR3_P = PR2_S + ": Social Value Policy"
PR3_H = PR2_S + ': Preston City Council will apply the new approach to Social Value in procurement as follows:'
PR4_S = 'Social Value (Preston City Council): What is Social Value?'
PR4_C = ('Social Value (Preston City Council): How does Social Value fit into Community Wealth Building?: Preston\'s '
         'Community Wealth Building (CWB) strategy outlines a number of ways in which the council will increase its '
         'contribution to Social Value by:')
PP_S = 'A new approach to social value launched by Preston City Council'
LB1_S = 'Trading with the council (Hammersmith & Fulham)'
LB1_V = LB1_S + ': Social value in procurement'
LB2_S = 'Bidding for council contracts (Hammersmith & Fulham)'
CT_S = 'Using a social value portal when tendering (Complete Tenders)'
CTT_S = ('Understanding the Role of Social Value in UK Tenders (for SME Contractors): 1) What “social value” actually means '
         'in UK procurement')
CTT_T = CTT_S + ': Public buyers typically look for value under themes such as:'
JC1_S = 'Domiciliary care tender writing: practical strategies for winning bids'
JC2_S = 'How to write to evaluation criteria: Decoding the scoring framework: Example criteria breakdown'
IG1_S = ('What Commissioners Really Look For in Domiciliary Care Tenders: Commissioner Priorities in Domiciliary Care '
         'Tenders: The most common areas of focus include:')
IG2_S = 'What Commissioners Expect from Domiciliary Care Providers in Tender Responses: What matters most to commissioners (and why)'
IB_S = 'The quality imperative (impactbids)'
N1_S = 'EPT-39982 - Cumbria Education Trust - Lot 1 - Catering Services - Case001979'
N1_L = N1_S + ': Lot 1: This process is required to:'
N2_S = 'Catering Outsourced Services Framework (LUPC): notice description'
N3_S = 'Contract for the management and operation of Household Waste Recycling Centres within Lincolnshire: Notice Description'
N4_S = ('2030 Community Connectors & Mental Health and Wellbeing Hubs for NHS Lincolnshire Integrated Care Board: '
        'Description')
N5_S = 'Social Prescribing Link Workers across Lincolnshire (NHS Lincolnshire Integrated Care Board)'
N6_S = 'Live at Home 2025 (Essex County Council): Description'
PQ_S = 'Cabinet Office: Procurement (HL5868, answered 1 April 2025)'
DF_S = 'Evaluation criteria for the last 5 service contracts (Defra): Details'
OX1_S = 'Sustainable procurement strategy (University of Oxford)'
OX1_P = OX1_S + ': Practical Considerations: Anyone purchasing goods and services should consider:'
OX2_S = 'Invite tenders (University of Oxford Purchasing)'
NCL_S = ('Sustainable Procurement (Newcastle University): Sustainable Procurement Strategy: The University’s Sustainable '
         'Procurement Strategy requires Procurement Services to:')
TW_S = 'Sell to us (Tyne and Wear Fire and Rescue Service)'
LP_S = 'Social Value Policy, Office of the Police and Crime Commissioner for Lancashire and Lancashire Constabulary: 1. Introduction'
SL_S = 'Supplier tendering questions (South Lakeland District Council)'
SL_D = SL_S + ': What can I expect once I\'ve expressed an interest?: Under £60,000:'
WN_S = 'Tender procedures (Borough Council of King\'s Lynn and West Norfolk)'
SS_S = 'Selling to the council: Higher value contracts (South Staffordshire Council)'
CH_S = 'Tendering for contracts (Cheltenham Borough Council)'
CH_D = CH_S + ': Tender/quotation documents: Each quotation/tender pack will contain various documents, not limited to:-'
SF_S = 'Commissioning and Procurement for Social Value (Salford Social Value Alliance toolkit)'
AS_S = 'Procurement (Aspire Housing)'

P20 = {'weighting_percent': 20}

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Preston City Council: Social Value Policy (themes and measure lines bidders are scored against)
 (PR1, 'council-sv-measures', U, MU, [], PR1_T, 'Preston City Council has designed a bespoke approach to ensure that our contracts deliver social, environmental, and economic value to the city.'),
 (PR1, 'council-sv-measures', U, EO, [], PR1_T + ': Theme 1: Fair employment', 'Supporting fair and democratic working environments and practices.'),
 (PR1, 'council-sv-measures', U, EO, [], PR1_T + ': Theme 1: Fair employment', 'Supporting equality, diversity and inclusion.'),
 (PR1, 'council-sv-measures', U, WB, [], PR1_T + ': Theme 1: Fair employment', 'Supporting employee health and wellbeing.'),
 (PR1, 'council-sv-measures', U, EI, [], PR1_T + ': Theme 2: Investing in the future workforce', 'Supporting young people to understand/experience the workplace.'),
 (PR1, 'council-sv-measures', U, EI, [], PR1_T + ': Theme 2: Investing in the future workforce', 'Supporting staff members to upskill.'),
 (PR1, 'council-sv-measures', U, EI, ['equal-opportunity'], PR1_T + ': Theme 2: Investing in the future workforce', 'Supporting vulnerable groups to access the workplace.'),
 (PR1, 'council-sv-measures', U, CL, [], PR1_T + ': Theme 3: Addressing the climate emergency', 'Developing and/or implementing a Carbon Reduction Plan.'),
 (PR1, 'council-sv-measures', U, CL, [], PR1_T + ': Theme 3: Addressing the climate emergency', 'Reducing the carbon emissions of contracted work.'),
 (PR1, 'council-sv-measures', U, CL, [], PR1_T + ': Theme 3: Addressing the climate emergency', 'Supporting environmental improvement and protection.'),
 (PR1, 'council-sv-measures', U, EI, [], PR1_T + ': Theme 4: Investing in the local economy', 'Increasing spend in the local economy.'),
 (PR1, 'council-sv-measures', U, EI, [], PR1_T + ': Theme 4: Investing in the local economy', 'Supporting local social enterprises and democratic businesses to thrive.'),
 (PR1, 'council-sv-measures', U, WB, ['economic-inequality'], PR1_T + ': Theme 5: Strengthening the voluntary, community and faith sector', 'Providing business support to the voluntary, community and faith sector (VCFS).'),
 (PR1, 'council-sv-measures', U, WB, [], PR1_T + ': Theme 5: Strengthening the voluntary, community and faith sector', 'Providing donations to support local community projects.'),
 (PR1, 'council-sv-measures', U, MU, [], PR1_T, 'We will apply this model to contracts above the threshold value of £74,999 and the social value score will count for a maximum 20% of the overall assessment criteria.', P20),
 # Preston City Council: Social Value in Procurement (the two social value questions; when the policy applies)
 (PR2, 'council-sv-questions', U, MU, [], PR2_S, 'The Social Value (2012) Act requires Social Value to be considered in all public sector service procurement tenders over an agreed threshold.'),
 (PR2, 'council-sv-questions', U, MU, [], PR2_A, 'The first question (Part A) requires a qualitative response and will reward suppliers on the extent to which their current practices align with the values and ambitions of the council.'),
 (PR2, 'council-sv-questions', U, MU, [], PR2_A, "The second question (Part B) requires a quantitative response and asks suppliers to select from Preston's newly developed Social Value Procurement Framework the additional benefits that they will deliver as part of the contract."),
 (PR2, 'council-sv-questions', U, EI, [], PR2_F, 'Supporting the local economy'),
 (PR2, 'council-sv-questions', U, CL, [], PR2_F, 'Addressing the climate emergency'),
 (PR2, 'council-sv-questions', U, EO, [], PR2_F, 'Promoting fair employment'),
 (PR2, 'council-sv-questions', U, EI, [], PR2_F, 'Investing in the future workforce'),
 (PR2, 'council-sv-questions', U, WB, [], PR2_F, 'Strengthening the voluntary and community sector.'),
 (PR3, 'council-sv-questions', U, MU, [], PR3_A, "Preston's approach to embedding Social Value in procurement requires suppliers bidding for contracts above a minimum threshold to respond to specific Social Value themes and measures as outlined in the tender documentation."),
 (PR3, 'council-sv-questions', U, EI, [], PR3_P + ": Preston's Social Value Policy has five themes:", 'Investing in the local economy'),
 (PR3, 'council-sv-questions', U, MU, [], PR3_P, 'Each theme includes a set of corresponding measures, several of which will be selected by the council for inclusion in each tender.'),
 (PR3, 'council-sv-questions', U, MU, [], PR3_H, 'The Social Value Policy will be used in all contracts which are expected to exceed £74,999.'),
 (PR3, 'council-sv-questions', U, MU, [], PR3_H, "It is at the discretion of the council's procurement manager to include Social Value for a contract below this threshold."),
 # press coverage of Preston's framework
 (PP1, 'council-sv-news', U, MU, [], PP_S, 'When suppliers bid for contracts with the council, they will now be asked to demonstrate how they will contribute to supporting the local economy and fair employment, addressing the climate emergency, investing in training, and supporting the voluntary and community sector.'),
 (PP1, 'council-sv-news', U, MU, [], PP_S, 'We have agreed that a framework should now be adopted for all council procurement activity and that the weighting of social value in the assessment of tenders should be increased to 20%.', P20),
 (PP2, 'council-sv-news', U, MU, [], 'Preston launches “social value” framework', 'The SVPF will be used in any procurement exercise which is expected to exceed the contract value threshold of £74,999.'),
 (PP3, 'council-sv-news', U, MU, [], 'Social value framework launched in Preston', 'The council will expect 20% of the overall assessment score to be allocated to social value.', P20),
 # Hammersmith & Fulham
 (LB1, 'council-supplier-guide', U, MU, [], LB1_V, 'The strategy has introduced a mandatory requirement for all procurement activities over £100,000 to generate a minimum 10% in social value.'),
 (LB1, 'council-supplier-guide', U, MU, [], LB1_V, 'This is now part of value for money assessment to determine the most economically advantageous tender.'),
 (LB1, 'council-supplier-guide', U, MU, [], LB1_V, 'Social value commitments will be part of the contract terms, as key performance indicators (KPIs).'),
 # Complete Tenders: social value portals
 (CT, 'bid-guide', U, MU, [], CT_S, 'As a result of the Social Value Act 2012, which requires all public bodies to consider how they can achieve positive social, economic, and environmental outcomes via their purchasing decisions, Social Value is usually a required component of a tender, often accounting for 10% of the marks.'),
 (CT, 'bid-guide', U, MU, [], CT_S, 'Commonly, this component is in the form of a quality question/method statement just like the other quality questions/method statements in the tender that ask bidders about their service delivery processes, or their staff training etc, but sometimes buyers use a third-party tool/portal to evaluate bidders’ social value offering.'),
 (CT, 'bid-guide', U, MU, [], CT_S + ': Quantitative aspects of the Social Value offer', 'Use of a social value portal means there is a pre-defined set of commitments for bidders to choose from, each of which has a monetary value assigned to it.'),
 (CT, 'bid-guide', U, EI, [], CT_S + ': Quantitative aspects of the Social Value offer', 'As a bidder, you need to make real commitments to delivering against some or all of these – for example, number of new jobs created, number of apprentices taken on, or amount spent in local supply chain.'),
 # construction-tenders.co.uk: themes buyers score
 (CTT, 'bid-guide', U, EI, [], CTT_T, 'Jobs & skills: apprenticeships, traineeships, work experience, upskilling your existing workforce.'),
 (CTT, 'bid-guide', U, EI, [], CTT_T, 'Local economy: spend with regional SMEs, social enterprises, and voluntary groups; fair payment terms.'),
 (CTT, 'bid-guide', U, CL, [], CTT_T, 'Environment: carbon reduction, low-waste methods, biodiversity enhancements, modern methods of construction that cut emissions.'),
 (CTT, 'bid-guide', U, EO, [], CTT_T, 'Equality & inclusion: inclusive recruitment, accessible opportunities, support for under-represented groups.'),
 (CTT, 'bid-guide', U, WB, [], CTT_T, 'Community & wellbeing: volunteering, school outreach, donations-in-kind, site safety talks.'),
 # Cumbria Education Trust catering notice (the one environmental outcome among the service's own objectives)
 (N1, 'notice', U, CL, [], N1_L, 'Food waste is kept to a minimum.'),
 # University of Oxford: what purchasers should prefer of suppliers' products
 (OX1, 'university-procurement', U, CL, [], OX1_P, 'Avoiding products containing unsustainable materials e.g. unsustainable timber'),
 (OX1, 'university-procurement', U, CL, [], OX1_P, 'Reducing packaging'),
 (OX1, 'university-procurement', U, CL, [], OX1_P, 'Giving preference to products that are manufactured with a high recycled content, or which can eventually be recycled (or reused) – i.e. minimising the impact of eventual disposal'),
 (OX1, 'university-procurement', U, CL, [], OX1_P, 'Giving preference to products that reduce energy consumption'),
 # Newcastle University
 (NCL, 'university-procurement', U, MU, [], NCL_S, 'Review all negative and positive environmental, social and financial impacts before commencing a tender exercise, and incorporate relevant sustainability requirements into the specification, assessment criteria, and contract performance/clauses where possible.'),
 (NCL, 'university-procurement', U, MU, [], NCL_S, 'Work with the University’s contracted suppliers to manage negative sustainability impacts and realise positive sustainability benefits of contracts.'),
 # Tyne and Wear Fire and Rescue Service
 (TW, 'fire-procurement', U, EO, [], TW_S, 'Our approach to procurement means we can expand our commitment to diversity and equality throughout our supply chain.'),
 # Lancashire PCC and Constabulary
 (LP, 'police-sv-policy', U, MU, [], LP_S, 'Through our approach to social value, we will integrate economic, environmental and social sustainability into our procurement and commissioning processes'),
 # Salford toolkit
 (SF, 'council-sv-toolkit', U, MU, [], SF_S + ': Consideration should be given to including Social Value in all stages of the commissioning cycle. This could include:', 'incorporating Social Value into the procurement process – for example, tender specifications and question frameworks, and subsequent delivery and monitoring / evaluation'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Preston: definitions, the council's own strategy, the document itself, evaluation mechanics
 (PR1, 'council-sv-measures', U, PR1_S, 'Social value is the wider benefit gained by an area or local community from the delivery of public contracts or services.'),
 (PR1, 'council-sv-measures', U, PR1_S, 'Social value plays an important role in delivering Community Wealth Building in Preston.'),
 (PR1, 'council-sv-measures', U, PR1_T, 'This model is designed specifically to target the needs of Preston and is structured around five themes and related measures that can be seen below:'),
 (PR2, 'council-sv-questions', U, PR2_S, 'Progressive procurement is one of the pillars of Community Wealth Building and contributes directly to the development of a resilient and inclusive local economy.'),
 (PR2, 'council-sv-questions', U, PR2_S, 'Download a copy of the Social Value in Procurement document.'),
 (PR3, 'council-sv-questions', U, PR2_S, "The Council's Community Wealth Building strategy, CWB 2.0, included a commitment to develop a Social Value Policy for the delivery of public contracts or services."),
 (PR3, 'council-sv-questions', U, PR3_P, 'These measures are scored at Levels 1 - 5, with 1 being poor response and 5 being exceptional.'),
 (PR3, 'council-sv-questions', U, PR3_H, "This is the threshold at which the council's current procurement rules trigger an open formal compliant tender procedure."),
 (PR4, 'council-sv-policy', U, PR4_S, 'Social Value is the wider benefit gained by a local community from the delivery of public contracts or services.'),
 (PR4, 'council-sv-policy', U, PR4_S, "Considering Social Value during the decision-making process is not a replacement for evaluating the financial return or quality of core service delivery objectives, but an opportunity to gather the maximum social benefit from the council's economic position in the city."),
 (PR4, 'council-sv-policy', U, PR4_C, 'Seizing new funding opportunities, including central government programmes, for apprenticeships, training, and skills development.'),
 (PR4, 'council-sv-policy', U, PR4_C, 'Exploring options for staff to contribute to mentoring and volunteering programmes.'),
 (PP1, 'council-sv-news', U, PP_S, 'Delivery of ‘progressive procurement’ is one of the pillars of Community Wealth Building and in Preston it will contribute directly to the development of a resilient and inclusive local economy.'),
 (PP3, 'council-sv-news', U, 'Social value framework launched in Preston', 'Preston’s new framework aims to improve the council’s existing approach to the consideration of social value in procurement.'),
 # Hammersmith & Fulham: the portal, the council's spend, MEAT, the council's own bid-writing support
 (LB1, 'council-supplier-guide', U, LB1_S, 'We spend more than £250million on works, supplies and services each year through contracts with private, voluntary and community organisations and other public bodies.'),
 (LB1, 'council-supplier-guide', U, LB1_S + ': Find tender opportunities', 'All our contracts are advertised and procured electronically through the capitalEsourcing Portal.'),
 (LB2, 'council-supplier-guide', U, LB2_S, "Most contracts are awarded on the basis of the 'most economically advantageous' combination of price and quality, rather than just the lowest price."),
 (LB2, 'council-supplier-guide', U, LB2_S + ': Fit to Bid', 'Are you a small business? Do you want to improve your ability to bid for and deliver larger local contracts, including council contracts?'),
 (LB2, 'council-supplier-guide', U, LB2_S + ': Fit to Bid', 'Businesses based in Hammersmith & Fulham can access two free 1-2-1 confidential tender business advice sessions with an experienced advisor who will work closely with you to find solutions to overcome your key challenges and master the art and science of bid writing.'),
 # Complete Tenders: the portal itself
 (CT, 'bid-guide', U, CT_S + ': Instructions', 'When buyers require bidders to use a separate portal for the submission (and corresponding evaluation) of their social value offering, they will include full instructions on how to register for the portal, how to use the portal, and what exactly bidders need to do.'),
 (CT, 'bid-guide', U, CT_S + ': Portal registration', 'Bidders will need to register on the portal being used.'),
 # construction-tenders.co.uk: a definition
 (CTT, 'bid-guide', U, CTT_S, 'In simple terms, social value is the extra benefit your contract delivers beyond the brick-and-mortar outputs—things like local jobs and skills, supply chain opportunities for SMEs/VCSEs, environmental improvements, and community wellbeing.'),
 # jctenders: domiciliary care logistics and staffing asks; scoring mechanics
 (JC1, 'bid-guide', U, JC1_S + ': Domiciliary care evaluation criteria: Typical quality question weighting: Visit logistics and scheduling', 'Rostering, travel time, contingency, punctuality evidence', {'weighting_percent': 25}),
 (JC1, 'bid-guide', U, JC1_S + ': What domiciliary care commissioners worry about: The recruitment crisis', 'Your tender must prove: You can staff reliably despite market conditions.'),
 (JC2, 'bid-guide', U, JC2_S, 'Question: “Describe your approach to service delivery” (20 marks)'),
 (JC2, 'bid-guide', U, JC2_S + ': Scoring framework:', 'Excellent (16-20): Comprehensive approach with innovative elements, clear outcome measurement, strong evidence base, and demonstrated continuous improvement culture'),
 # Impact Guru: what domiciliary care commissioners score (safeguarding, workforce, QA, continuity)
 (IG1, 'bid-guide', U, IG1_S, 'Safeguarding: Clear safeguarding practice and practical examples of how risks are identified, reported, escalated and managed — including how you learn and improve.'),
 (IG1, 'bid-guide', U, IG1_S, 'Workforce: Robust recruitment and retention plans, supervision discipline, training compliance and continuity indicators.'),
 (IG1, 'bid-guide', U, IG1_S, 'Outcomes: Tangible examples of how care delivery improves quality of life, stability and independence (not just completion of tasks).'),
 (IG1, 'bid-guide', U, IG1_S, 'Quality Assurance: Systems to monitor, review and improve performance: audits, spot checks, governance rhythm, and contract reporting.'),
 (IG2, 'bid-guide', U, IG2_S, 'Workforce capacity & retention: credible recruitment pipelines, realistic onboarding, strong retention and wellbeing practices.'),
 (IG2, 'bid-guide', U, IG2_S, 'Business continuity & digital resilience: how you keep essential visits on time during disruption and how you evidence care when systems fail.'),
 # impactbids: quality scoring mechanics
 (IB, 'bid-guide', U, IB_S, 'While the MEAT criteria vary from one contract to the next, it is often – particularly for services – set at 60% Quality: 40% Price.'),
 (IB, 'bid-guide', U, IB_S, 'A strong answer which includes relevant information appropriate to the question, supported by evidence which provides a good level of confidence.'),
 # contract notices: what is bought (catering, recycling centres, community connectors, social prescribing, home care)
 (N1, 'notice', U, N1_S + ': notice description', 'This contract is for the provision of catering services to Cumbria Education Trust and will include all food and staff provision to support the delivery of the catering services requirement.'),
 (N1, 'notice', U, N1_L, 'Meals served to pupils are appealing, nutritious, well-cooked and culturally appropriate.'),
 (N1, 'notice', U, N1_L, 'Meals are prepared by a motivated, valued and well trained workforce.'),
 (N1, 'notice', U, N1_L, 'Schools, pupils and parents are regularly consulted on the menu and service.'),
 (N2, 'notice', U, N2_S, 'Members are predominantly Higher Education Institutions and Further Education Colleges, but in the case of LUPC also include not-for-profit, public and third-sector organisations from sectors in the arts, sciences and education.'),
 (N2, 'notice', U, N2_S, 'Any organisation applying for Lot 3 must be independent of other Lots to ensure there is no collusion and therefore reduce the risk of bid rigging.'),
 (N3, 'notice', U, N3_S, 'Lincolnshire County Council (LCC) is looking to procure a contract for the management and operation of its Household Waste Recycling Centres (HWRCs) within Lincolnshire.'),
 (N4, 'notice', U, N4_S, 'Community Connectors lead on local community development initiatives with the aim of re-connecting people with their communities, understanding not only what communities provide but how to make the best use of community assets.'),
 (N4, 'notice', U, N4_S, 'The role is more than simply one of community development; it is about listening to communities, uncovering what is important and what will lead to the greatest impact for a community and for our services.'),
 (N5, 'notice', U, N5_S + ': Notice Description', 'The key objectives of the Procurement are to establish providers who can host Social Prescribing Link Workers to provide a proactive, preventative approach to social prescribing that will identify patients who would benefit most from the support.'),
 (N5, 'notice', U, N5_S + ': Lot 1 - Primary Care Network Social Prescribing Link Workers', "Social prescribing is a way to connect people with community-based services, groups and activities that meet practical, social, and emotional needs that affect their health and wellbeing, and increase people's active involvement with their health and their community."),
 (N6, 'notice', U, N6_S, 'Both tiers will be ranked based on price and quality as indicated in the procurement documents.'),
 # a Lords written answer on evaluation weightings; Defra's FOI page
 (PQ, 'parliament-answer', U, PQ_S, 'The Cabinet Office set the evaluation criteria, with an 85 per cent weighting on quality and 15 per cent on price, to ensure that the contract was awarded based on expertise, capability, and the ability to deliver high-quality outcomes.'),
 (PQ, 'parliament-answer', U, PQ_S, 'In such procurements, a high emphasis on quality ensures that suppliers are assessed on their technical expertise, delivery methodology, risk management, and ability to provide value beyond minimum requirements.'),
 (DF, 'foi', U, DF_S, 'Evaluation criteria FOI: evaluation criteria for the last 5 service contracts let by core Defra, in particular the weighting between price and other aspects such as quality and the formula for calculating the price scores for the bids.'),
 # universities: the buyer's own practice and tender process
 (OX1, 'university-procurement', U, OX1_P, 'Asking first if the purchase is really necessary (reduce consumption)'),
 (OX1, 'university-procurement', U, OX1_S, 'Example questions you might ask of suppliers during the tender process are also available.'),
 (OX2, 'university-procurement', U, OX2_S, 'You may wish to pre-qualify potential suppliers to ascertain their suitability to be invited to tender (in terms of financial stability, general capability, capacity and experience).'),
 (NCL, 'university-procurement', U, NCL_S, 'Provide training, guidance and tools to University staff so they can comply with and support the Sustainable Purchasing Policy.'),
 (NCL, 'university-procurement', U, 'Sustainable Procurement (Newcastle University): Flexible Framework', 'Following an externally verified review in July 2016 the University was deemed to be operating at Level 4 of the DEFRA Flexible Framework.'),
 # fire and rescue, police
 (TW, 'fire-procurement', U, TW_S, 'We have achieved CIPS Corporate Ethical Procurement and Supply status, a statement of our commitment to ethical sourcing and supplier management.'),
 (TW, 'fire-procurement', U, TW_S + ': Terms and conditions', 'We proactively work to remove any barriers that prevent suppliers bidding for opportunities.'),
 # councils' supplier guidance: the tender pack, selection questionnaires, pass/fail policy requests
 (SL, 'council-supplier-guide', U, SL_S + ': How do I find out about new business opportunities?', 'We advertise all opportunities over £10,000 on The Chest procurement portal.'),
 (SL, 'council-supplier-guide', U, SL_D, 'price schedule, to provide the quote'),
 (SL, 'council-supplier-guide', U, SL_S + ': What documents will I be expected to complete?', 'This will be split into two stages, stage one, selection criteria and stage two, award criteria.'),
 (WN, 'council-supplier-guide', U, WN_S + ': Procurement thresholds: Our Contract Standing Orders requirements are as follows:', 'Between £5,000 and £25,000 - we must obtain at least three quotations against a formal specification in an official Request For Quotation (RFQ) document'),
 (SS, 'council-supplier-guide', U, SS_S + ': General Information', 'The general information requested provides basic details about a prospective supplier and verifies that it can be identified as a legitimate, discrete trading organisation.'),
 (SS, 'council-supplier-guide', U, SS_S + ': Environmental Considerations', 'We operate an Environmental Management System (EMS) to help us measure and manage our environmental impacts.'),
 (CH, 'council-supplier-guide', U, CH_D, 'Environmental statements - Information is requested from suppliers regarding their environmental policy'),
 (CH, 'council-supplier-guide', U, CH_D, 'Quality statements - Information is requested from suppliers regarding their quality policy'),
 (CH, 'council-supplier-guide', U, CH_D, 'Pricing schedule - This is the pricing document where the supplier enters their price for performance of the contract.'),
 # housing association
 (AS, 'ha-procurement', U, AS_S + ': What is a Pre-Qualification Questionnaire?', 'The Pre-Qualification Questionnaire (PQQ) is designed to evaluate businesses capability and resources for the delivery of a contract and to ensure they have the sufficient qualifications, policies and procedures in conjunction with appropriate requirements set by law and applicable standards.'),
]

OGL_HOSTS = ('gov.uk',)
batch = Batch('public-texts-80.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group. One site sharing wording, one group: Preston City Council's
    # social value pages, and the press coverage of its framework (one press release). A notice is `ocds:<ocid>`
    # whichever copy it was read from; the Essex notice (no ocid seen) is its Find a Tender number.
    if 'preston.gov.uk' in src: return 'preston.gov.uk/social-value'
    if src in (PP1, PP2, PP3): return 'preston-social-value-procurement-framework-press-2023'
    if src == N4: return 'ocds:ocds-h6vhtk-05e5e7'
    if src == N6: return 'fts:019527-2025'
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub80', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
