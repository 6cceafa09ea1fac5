"""Write /work/batches/public-texts-34.jsonl: batch 34, more ENGLISH council social value asks, award-question menus and
evaluation guidance from sources the corpus did not yet hold: the measures and outcomes councils publish for suppliers
to commit to in tenders (social value menus, model measures, outcome lists), with hard negatives from the same pages
about evaluation mechanics (weightings, sub-weightings, the Social Value Portal), contract management and monitoring,
commissioners' internal process, compliance declarations (modern slavery, health and safety, WEEE/RoHS, CQC) and
procurement rules and thresholds.

Sources: Milton Keynes City Council's More for MK approach page; Rotherham Council's Social Value page (2024 policy) and
the 2019 version of it, and pages 1, 2, 6, 12 and 13 of its Social Value Toolkit; Rothbiz's report on the Rotherham
policy; Gloucestershire County Council's Social Value Toolkit introduction, its Social Value page and its social
impact report's next steps; Gloucester City Council's Social Value in Procurement page and its October 2020 Cabinet
decision; Stevenage Borough Council's Social value in contracts page; Cumberland Council's Social Value Statement, its
Procurement Policy 2025-2029 (HTML export), its doing-business pages on issues for tendering businesses and
procurement rules, and its guide to doing business; Cheshire East Council's social value page and its earlier
procurement social value page; Wilmslow.co.uk's report on the Cheshire East policy.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbers
dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr). None of these hosts is Crown copyright: all are short quotations.

  python3 test/corpus/make-public-34.py > /work/batches/public-texts-34.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, host_licence

U = 'uk'

MK = 'https://milton-keynes.gov.uk/business/tenders-and-contracts/more-mk-approach'
RS = 'https://www.rotherham.gov.uk/business-council/social-value/2'
RS0 = 'https://www.rotherham.gov.uk/council/social-value/2?documentId=816&categoryId=20003'
RTK = 'https://www.rotherham.gov.uk/business-council/social-value-toolkit'
RT2 = RTK + '/2'
RT6 = RTK + '/6'
RT12 = RTK + '/12'
RT13 = 'https://rotherham.gov.uk/business-council/social-value-toolkit/13'
RB = ('http://www.rothbiz.co.uk/2019/10/news-7158-new-contracts-policy-aims-to.html?utm_source=feedburner&utm_medium=feed'
      '&utm_campaign=Feed%3A+Rothbiz+%28Rothbiz%3A+Rotherham+Business+News%29')
GCC = 'https://www.gloucestershire.gov.uk/business-property-and-economy/doing-business-with-us/social-value'
GT = GCC + '/social-value-toolkit/introduction'
GN = GCC + '/social-value-impact-report/next-steps-social-impact-report'
GC = 'http://www.gloucester.gov.uk/business-economy/business-with-the-council/social-value-in-procurement/'
GD = 'https://democracy.gloucester.gov.uk/mgDecisionDetails.aspx?IId=38374&Opt=1'
ST = 'https://www.stevenage.gov.uk/town-and-community/stevenage-works/social-value-in-contracts'
CU = ('https://www.cumberland.gov.uk/publications/procurement-and-social-value-documents/'
      'procurement-policy-2025-2029-including-social-value-statement/social-value-statement')
CE = 'https://www.cumberland.gov.uk/book/export/html/6069505'
CUB = 'https://www.cumberland.gov.uk/business-and-licensing/procurement-social-value-tenders-and-contracts/'
CI = CUB + 'doing-business-cumberland-council/issues-may-affect-businesses-applying-tender-or-business'
CR = CUB + 'doing-business-cumberland-council/procurement-rules'
CG = 'https://cumberland.gov.uk/business-and-licensing/procurement-social-value-tenders-and-contracts/guide-doing-business-cumberland-council'
CHE = 'https://cheshireeast.gov.uk/council_and_democracy/your_council/social-value/social-value.aspx'
CHP = 'https://cheshireeast.gov.uk/business/procurement/social-value.aspx'
WN = ('https://www.wilmslow.co.uk/news/article/20939/'
      'council-says-its-social-value-policy-will-help-address-inequalities-and-support-local-businesses')

MK_S = 'More for MK approach'
MK_C = MK_S + ': More for MK: The Council has core commitments under More for MK of:'
MK_P = MK_S + ': Additional outcomes under More for MK known as the 4 pillars'
RS_S = 'Social Value: Rotherham Council Approach'
RS_O = RS_S + ': The Social Value Policy sets out 6 key outcomes:'
RT_S = 'Social Value Toolkit'
RB_S = 'New contracts policy aims to boost Rotherham economy'
GT_S = 'Social Value Toolkit: Introduction'
GC_S = 'Social Value in Procurement'
GC_A = GC_S + ': Social Value deliverables across the five following areas:'
GD_S = 'Issue - decisions: Social Value Policy: Social Value Policy, Toolkit and Gloucester TOM\'s Measurement'
ST_S = 'Social value in contracts'
ST_P = ST_S + ': Before we start the process, we consider what\'s good for the community as a whole, and keep in mind the following principles:'
CU_S = 'Procurement Policy 2025 to 2029 - including the Social Value statement - Social Value Statement'
CE_S = 'Procurement Policy 2025 to 2029 - including the Social Value statement: Introduction'
CI_S = 'Doing business with Cumberland Council: Issues that may affect businesses applying for tender or business'
CR_S = 'Doing business with Cumberland Council: Procurement rules'
CG_S = 'How to do business with Cumberland Council'
CHE_S = 'Social value (Cheshire East Council)'
CHP_S = 'Social value (Cheshire East Council procurement): Cheshire East Social Value Principles and Objectives'
WN_S = 'Council says its ‘social value’ policy will help address inequalities and support local businesses'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Milton Keynes: More for MK
 (MK, 'council-menu', U, MU, [], MK_S, 'The More for MK approach was developed to be an initiative that uses Procurement and works with partners to deliver and capture local community improvements and social value.'),
 (MK, 'council-menu', U, EO, ['economic-inequality'], MK_C, 'being a real living wage employer and'),
 (MK, 'council-menu', U, EI, [], MK_C, 'supporting smaller local suppliers.'),
 (MK, 'council-menu', U, MU, [], MK_S, 'Additional outcomes under More for MK known as the 4 pillars that should be considered, included, and delivered with every procurement focus specifically on:'),
 (MK, 'council-menu', U, EI, [], MK_P, 'Local employment opportunities'),
 (MK, 'council-menu', U, EI, [], MK_P, 'Skilled and confident workforce'),
 (MK, 'council-menu', U, WB, [], MK_P, 'Healthier communities'),
 (MK, 'council-menu', U, EI, [], MK_P + ': 1. Local employment opportunities', 'work with local employment organisations supporting the long-term unemployed or offer offender rehabilitation or similar to ensure that all non-supervisory recruitment opportunities are advertised within those employment organisations.'),
 (MK, 'council-menu', U, EO, [], MK_P + ': 1. Local employment opportunities', 'number of jobs (FTE) created for people with disabilities (physical disability, learning disability and/or mental health issues)'),
 (MK, 'council-menu', U, EI, [], MK_P + ': 2. Skilled and confident workforce', 'create [X] number of apprenticeships for people living within the Authority Area (or within a thirty (30) mile radius of the Authority Area).'),
 (MK, 'council-menu', U, EI, ['equal-opportunity'], MK_P + ': 2. Skilled and confident workforce', 'provision of [X] number of work experience opportunities for Milton Keynes\' more vulnerable residents (for example children in care, young recently left care, people with learning disabilities etc. who face additional challenges when trying to secure training and employment.) per annum.'),
 (MK, 'council-menu', U, WB, [], MK_P + ': 3.Healthier communities', 'support prevention activities by running education and publicity campaigns with specific targets (e.g., support [X] number of Contractor\'s Staff / residents / Customers within the Authority Area to stop smoking / increase their physical activity / access money advice).'),
 # Rotherham: Social Value policy outcomes and toolkit
 (RS, 'council-policy', U, EI, [], RS_O, 'Raising living standards for residents'),
 (RS, 'council-policy', U, EI, [], RS_O, 'A strong local economy with employment and skills opportunities and a growing business base'),
 (RS, 'council-policy', U, EI, [], RS_O, 'Young people have the opportunity to develop skills and find worthwhile employment'),
 (RS, 'council-policy', U, EO, [], RS_O, 'Equality of opportunity for disadvantaged people and communities including disabled people'),
 (RS, 'council-policy', U, WB, ['economic-inequality'], RS_O, 'Strengthened and sustainable community and voluntary sector'),
 (RS, 'council-policy', U, CL, [], RS_O, 'Greater environmental sustainability including accessible green public spaces.'),
 (RS0, 'council-policy', U, MU, [], RS_S, 'The Social Value Framework contained within the Policy sets out the specific key measures / actions the Council are seeking suppliers to deliver through the contracts it awards, which are derived from the National Themes Outcomes and Measures (TOMs).'),
 (RT12, 'council-sv-guidance', U, MU, [], RT_S + ': The Social Value Portal', 'Based on the National TOMs (Themes, Outcomes and Measures) developed by the Social Value Portal, organisations are required to propose credible commitments against which performance for the contract will be monitored.'),
 (RT13, 'council-sv-guidance', U, MU, [], RT_S + ': Monitoring the delivery of social value in the contract and provider relationship', 'There should be continual creation of social value over the lifetime of the contract.'),
 (RB, 'sv-press', U, EI, ['equal-opportunity'], RB_S, 'The new Social Value policy aims to ensure that when the Council is buying goods and services, suppliers are encouraged to spend locally, employ Rotherham people, and work towards paying at least the Joseph Rowntree Foundation Living Wage.'),
 (RB, 'sv-press', U, MU, [], RB_S, 'Social value could take the form of good local jobs and skills development for local people, equality of opportunity, strengthened and sustainable community and voluntary sector organisations, keeping spend in the local supply chain and greater environmental sustainability.'),
 # Gloucestershire County Council and Gloucester City Council
 (GT, 'council-guide', U, MU, [], GT_S + ': What is Social Value?', 'We ask suppliers to consider the additional benefits that can be achieved in the delivery of the Council’s contractual agreements.'),
 (GT, 'council-guide', U, MU, [], GT_S + ': What is Social Value?', 'This could be through tackling climate change, staff volunteering, pro-bono expert business advice, supporting local community projects, career and skill development, and much more.'),
 (GC, 'council-policy', U, MU, [], GC_S, 'For contracts exceeding £50,000 in value, the City Council will require potential suppliers to submit details on how they will  deliver social value through delivery of the contract.'),
 (GC, 'council-policy', U, EI, [], GC_A, 'Promoting local skills and employment (Jobs)'),
 (GC, 'council-policy', U, EI, [], GC_A, 'Supporting growth of responsible regional business (Business)'),
 (GC, 'council-policy', U, WB, [], GC_A, 'Creating healthier, safer and more resilient communities (Social)'),
 (GC, 'council-policy', U, CL, [], GC_A, 'Protecting and improving our environment (Environment)'),
 (GC, 'council-policy', U, MU, [], GC_A, 'Promoting social innovation (Innovation)'),
 (GC, 'council-policy', U, MU, [], GC_S, 'The National TOMs Framework is designed to provide Measures that suppliers can deliver as part of their local authority contracts.'),
 # Stevenage
 (ST, 'council-policy', U, EI, [], ST_P, 'promote local skills and employment;'),
 (ST, 'council-policy', U, EI, [], ST_P, 'support the growth of responsible regional business;'),
 (ST, 'council-policy', U, WB, [], ST_P, 'healthier, safer, and more resilient communities;'),
 (ST, 'council-policy', U, CL, [], ST_P, 'decarbonising and safeguarding our world;'),
 (ST, 'council-policy', U, MU, [], ST_P, 'promoting social innovation.'),
 (ST, 'council-policy', U, EO, [], ST_S, 'We\'re committed to the Cooperative Party Charter against modern slavery.'),
 (ST, 'council-policy', U, EO, [], ST_S, 'This means we\'re working to make sure there are ethical labour practices in our supply chain and establish strong recruitment processes.'),
 (ST, 'council-policy', U, EO, [], ST_S, 'We are committed to ensuring a high standard of ethical trade practices in our commissioning and procurement activities.'),
 # Cumberland
 (CU, 'council-policy', U, EO, ['economic-inequality'], CU_S, 'addressing inequalities'),
 (CU, 'council-policy', U, EI, [], CU_S, 'supporting the local economy'),
 (CU, 'council-policy', U, CL, [], CU_S, 'measures to address the climate emergency'),
 (CU, 'council-policy', U, MU, [], CU_S, 'We have committed to incorporating Social Value requirements that are aligned to our Council Plan Priorities, into tenders, wherever relevant and proportionate to do so.'),
 (CU, 'council-policy', U, EI, [], CU_S + ': Our Social Value focus areas are split broadly into the following areas:', 'local economies that work for local people'),
 (CU, 'council-policy', U, CL, [], CU_S + ': Our Social Value focus areas are split broadly into the following areas:', 'environmental resilience and climate emergency'),
 (CE, 'council-policy', U, MU, [], CE_S, 'We want to work with suppliers who demonstrate strong commitment to health and wellbeing initiatives, diversity, equality and inclusion, and we will ensure that small and medium sized enterprises (SMEs) are supported in having equitable opportunities to compete for our contracts.'),
 # Cheshire East
 (CHE, 'council-policy', U, EI, [], CHE_S + ': Through our own activities, the services we buy, and the local organisations we partner with, we are working to:', 'develop a thriving economy that benefits local people, and increase the amount of wealth produced, controlled and invested locally'),
 (CHE, 'council-policy', U, WB, [], CHE_S + ': Through our own activities, the services we buy, and the local organisations we partner with, we are working to:', 'support communities, boost health and wellbeing, and reduce health and other avoidable inequalities'),
 (CHE, 'council-policy', U, CL, [], CHE_S + ': Through our own activities, the services we buy, and the local organisations we partner with, we are working to:', 'reduce harm to the environment and develop more sustainable ways of working and living'),
 (CHE, 'council-policy', U, WB, [], CHE_S + ': We look at social value across 3 themes:', 'social - creating healthier, safer, and more resilient communities'),
 (CHE, 'council-policy', U, EI, [], CHE_S + ': We look at social value across 3 themes:', 'economic - promoting local skills and employment growth, supporting inclusive diverse and responsible businesses'),
 (CHE, 'council-policy', U, CL, [], CHE_S + ': We look at social value across 3 themes:', 'environmental - supporting environmental sustainability'),
 (WN, 'sv-press', U, EI, [], WN_S, 'The council\'s cabinet has now approved the policy and all future procurement of goods and suppliers would be expected to play their part by employing local people, building local skills and local training opportunities, using local supply chains themselves and/or investing in local projects.'),
 (WN, 'sv-press', U, MU, [], WN_S, 'The policy means that all suppliers and providers of council services are expected to meet the core values set out by the council – ranging from climate change to health inequalities.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (RS0, 'council-policy', U, MU, [], RS_S, 'The Council’s policy goes a step beyond the legislative requirement with the inclusion of Social Value criteria in all contracts (including Goods and Works contracts, not just those aligned to Services) with a value greater than £100,000.'),
 (RT12, 'council-sv-guidance', U, MU, [], RT_S + ': The Social Value Portal', 'The TOMs have been developed to reflect the specific needs of the Council and bidders will be given access to them after registering on the Social Value Portal.'),
 (RT12, 'council-sv-guidance', U, MU, [], RT_S + ': The Social Value Portal', 'For all procurements above £100,000. Social Value represents 20% of the overall score and bidders are required to submit a combination of quantitative and qualitative responses supported with a delivery plan or milestone tracker subject to the value of the procurement.', {'weighting_percent': 20}),
 (RT13, 'council-sv-guidance', U, MU, [], RT_S + ': Monitoring the delivery of social value in the contract and provider relationship', 'Providers are contractually obliged to submit evidence of progress against their commitments to the Social Value Portal.'),
 (RT13, 'council-sv-guidance', U, MU, [], RT_S + ': Monitoring the delivery of social value in the contract and provider relationship', 'Where performance against social value commitments falls short of expectation during the delivery phase the consequent action to be undertaken will be outlined clearly in the contract terms.'),
 (RB, 'sv-press', U, MU, [], RB_S, 'The Social Value commitment will account for 20% of the overall score for the tender bid and the Council said it will produce a public annual report each year on the Social Value that has been achieved.'),
 (GT, 'council-guide', U, MU, [], GT_S + ': How do we measure Social Value?', 'The Council uses the TOM System (Themes, Outcomes and Measures) via Social Value Portal to evaluate bidders’ Social Value offers and monitor progress through contract management.'),
 (ST, 'council-policy', U, MU, [], ST_S, 'Under the Public Services (Social Value) Act we must consider economic, social, and environmental benefits, and the cost when procuring public services.'),
 # Relabelled later (a weighting or when it applies is social value by the label rule, as the rule now states).
 (GC, 'council-policy', U, MU, [], GC_S, 'This will be given a total 10% weighting on assessment of submissions.', {'weighting_percent': 10}),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Rotherham
 (RS, 'council-policy', U, RS_S, 'In March 2024, Rotherham Council’s Cabinet approved an update of the Council’s Social Value Policy.'),
 (RS, 'council-policy', U, RS_S, 'Detailed descriptions, guidance and evidence requirements for each of the Rotherham’s TOMs are included at the following link.'),
 (RS0, 'council-policy', U, RS_S, 'In October 2019, Rotherham Council’s Cabinet approved the implementation of the Council’s Social Value Policy.'),
 (RTK, 'council-sv-guidance', U, RT_S + ': What is this toolkit for?', 'This toolkit has been designed as a guide for commissioners, procurers and providers.'),
 (RTK, 'council-sv-guidance', U, RT_S + ': What is the Social Value Act 2012?', 'The Public Services (Social Value) Act 2012 for public services was passed in February 2012 and came into force in January 2013.'),
 (RT2, 'council-sv-guidance', U, RT_S + ': When to apply Social Value in the commissioning and procurement process', 'To fully create social value in the public sector, the economic, environmental, and social benefits should be considered; throughout the commissioning cycle (i.e., needs assessment, design, market engagement, performance review), all stages of the procurement process - pre-procurement, selection, contract award, contract conditions and management.'),
 (RT6, 'council-sv-guidance', U, RT_S + ': Developing the internal business case: Resources', 'Council resources will always be limited by available budget either in capital terms or revenue terms.'),
 (RT6, 'council-sv-guidance', U, RT_S + ': Developing the internal business case: Resources', 'Commissioners should evidence in their options appraisal and business case that social value has been thoroughly considered to make sure that the money spent by the council will bring benefits to and for local people.'),
 (RT6, 'council-sv-guidance', U, RT_S + ': Developing the internal business case: Targeting', 'There may be eligibility thresholds to be considered which may influence the decision making process, i.e., needing to target a particular cohort would mean less capacity for the wider community.'),
 (RT6, 'council-sv-guidance', U, RT_S + ': Developing the internal business case: Optimising resources', 'Commissioners should consider optimising resources – including money, community and user resource, assets.'),
 (RT12, 'council-sv-guidance', U, RT_S + ': The Social Value Portal', 'The Social Value Portal works across both the public and private sectors and is focused on embedding the delivery social value into everyday business practices.'),
 (RT12, 'council-sv-guidance', U, RT_S + ': The Social Value Portal: QA: The Social Value Portal will provide the following services to the supplier/provider:', 'Online account with Social Value Portal to allow contract management and project reporting account'),
 (RT12, 'council-sv-guidance', U, RT_S + ': The Social Value Portal: QA: The Social Value Portal will provide the following services to the supplier/provider:', 'Technical support with data entry (e.g., access and functionality issues)'),
 (RT13, 'council-sv-guidance', U, RT_S + ': Monitoring the delivery of social value in the contract and provider relationship', 'Contract Management plays a key role in the commissioning and procurement process as it ensures that the goods, services and/or works delivered by providers reflect commissioning intentions.'),
 (RT13, 'council-sv-guidance', U, RT_S + ': Monitoring the delivery of social value in the contract and provider relationship', 'Contract monitoring and supplier relationship includes activity including the measuring of achievements against Key Performance Indicators (KPI’s), communication, dispute processes, financial controls, reporting, and contract exit strategy development.'),
 (RT13, 'council-sv-guidance', U, RT_S + ': Monitoring the delivery of social value in the contract and provider relationship', 'Evidence must be measurable and quantifiable and is shared with contract management.'),
 (RB, 'sv-press', U, RB_S, 'For lower value contracts, it is proposed that the Council will ensure, when quotes are invited, at least one will be from the local area, to give local business more opportunities to win those contracts.'),
 (RB, 'sv-press', U, RB_S, 'Preston City Council now spends 28% with Preston-based businesses (2016) as opposed to 14% in 2012.'),
 # Gloucestershire County Council and Gloucester City Council
 (GT, 'council-guide', U, GT_S + ': Foreword', 'This Toolkit is intended to sit alongside the tender pack.'),
 (GT, 'council-guide', U, GT_S + ': Foreword', 'For full details of the scoring methodology for Social Value on an individual procurement, you must refer to the Social Value Appendix within the Invitation to Tender document.'),
 (GT, 'council-guide', U, GT_S + ': Foreword', 'Bidders must address any queries relating to a specific tender through the Council’s eprocurement portal.'),
 (GCC, 'council-guide', U, 'Social Value: whatimpact\'s National Social Value Marketplace', 'Gloucestershire County Council has partnered with whatimpact’s National Social Value Marketplace to help Council suppliers match with local voluntary, community and social enterprise organisations (VCSEs).'),
 (GN, 'council-guide', U, 'Social value impact report: Next steps', 'Over the last three years, we have been focused on delivering internal training and developing resources to embed consideration of social value at each stage of the commissioning and procurement process, provide effective governance and ensure that commitments are monitored during contract management.'),
 (GN, 'council-guide', U, 'Social value impact report: Next steps', 'This year, we will publish a Social Value toolkit targeted primarily at organisations bidding for contracts and suppliers delivering contracts for the council, which offers guidance on how to work with us to best deliver social value that is tailored to local needs.'),
 (GC, 'council-policy', U, GC_S, 'In October 2020, Gloucester City Council adopted its Social Value Policy 2020-2022.'),
 (GC, 'council-policy', U, GC_S, 'The National TOMs Framework contains 5 principal issues or ‘Themes’, 20 core ‘Outcomes’ and 48 core ‘Measures’ (‘TOMs’):'),
 (GC, 'council-policy', U, GC_S + ': The National TOMs Framework', 'Themes – overarching strategic themes'),
 (GC, 'council-policy', U, GC_S + ': The National TOMs Framework', 'Measures – specific and measurable initiatives or activities that can be delivered to achieve the Outcomes.'),
 (GD, 'council-decision', U, GD_S, 'it be noted that by engaging Social Value Portal Limited to support the City Council and bidders in the delivery of social value, successful bidders for City Council contracts will be required to pay a fee to the Social Value Portal as set out in Appendix 3 of the report.'),
 (GD, 'council-decision', U, GD_S, 'the adoption of the Social Value Policy in Appendix 1 of the report, to be implemented as part of the City Council’s procurement process be approved; and'),
 # Stevenage
 (ST, 'council-policy', U, ST_S, 'We expect everyone we work with - suppliers, service providers, and contractors to be honest and transparent, following the laws of the countries they operate in.'),
 (ST, 'council-policy', U, ST_S, 'For contractors, they must fully comply with the Modern Slavery Act 2015, if they don\'t their contract could be terminated.'),
 (ST, 'council-policy', U, ST_S, 'Procurement can sometimes be a target for unfair, dishonest, and corrupt activities.'),
 # Cumberland
 (CU, 'council-policy', U, CU_S, 'The Social Value Act came into force on 31 January 2013.'),
 (CU, 'council-policy', U, CU_S, 'It is supported by the Procurement Act 2023 and the National Procurement Policy Statement.'),
 (CU, 'council-policy', U, CU_S, 'delivering excellent public services'),
 (CU, 'council-policy', U, CU_S, 'The process we follow is underpinned by Cumberland’s Social Value Menu.'),
 (CE, 'council-policy', U, CE_S, 'Our policy is aligned with national and local policies, ensuring compliance with the relevant legislation and regulatory frameworks.'),
 (CI, 'council-guide', U, CI_S, 'At the invitation to tender stage (ITT), we may request evidence of compliance and details of your policies.'),
 (CI, 'council-guide', U, CI_S, 'These elements will form part of any tender evaluation.'),
 (CI, 'council-guide', U, CI_S + ': Where appropriate, we require suppliers to comply with all current legislation necessary for the tender they are applying for, including, for example:', 'RoHS (the restriction of the use of certain hazardous substances in electrical and electronic equipment)'),
 (CI, 'council-guide', U, CI_S + ': Where appropriate, we require suppliers to comply with all current legislation necessary for the tender they are applying for, including, for example:', 'Hazardous Waste Regulations (HWR) and other regulations such as the Waste Electrical and Electronic Equipment (WEEE) Directive'),
 (CI, 'council-guide', U, CI_S + ': Where appropriate, we require suppliers to comply with all current legislation necessary for the tender they are applying for, including, for example:', 'Care Quality Commission (CQC) Registration'),
 (CI, 'council-guide', U, CI_S + ': Health and safety', 'As a minimum, we ask businesses for a declaration of commitment to good health and safety standards.'),
 (CI, 'council-guide', U, CI_S + ': Health and safety', 'For businesses with greater health and safety risks, we will require completion of a health and safety questionnaire and we will monitor the awarded contract to ensure it is undertaken safely.'),
 (CR, 'council-guide', U, CR_S, 'All activity above these thresholds is advertised on the Find a Tender Service on GOV.UK.'),
 (CR, 'council-guide', U, CR_S + ': Local rules', 'We have our own Contract Procedure Rules (CPRs) which we must comply with.'),
 (CG, 'council-guide', U, CG_S + ': The benefits of working with us', 'are prompt to pay invoices, we pay on time'),
 (CG, 'council-guide', U, CG_S, 'We buy goods, work and services from a range of suppliers.'),
 # Cheshire East
 (CHE, 'council-policy', U, CHE_S + ': How we deliver social value: Activities as an employer', 'With around 5,000 employees, we have a responsibility to deliver social value as an employer'),
 (CHP, 'council-policy', U, CHP_S, 'Protecting health and social care services for future generations.'),
 (CHP, 'council-policy', U, CHP_S, 'Social value will be embedded across the whole commissioning cycle, underpinned by the principles of good commissioning.'),
 (CHP, 'council-policy', U, 'Social value (Cheshire East Council procurement)', 'Social Value is something that should be considered during the commissioning (planning) process well before any procurement takes place and should be monitored throughout the life cycle of the contract.'),
]
def licence_of(src):
    return host_licence(src)
batch = Batch('public-texts-34.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the Rotherham toolkit's pages, the
    # Rotherham Social Value page's two versions, the Cumberland procurement policy and statement, the Cumberland
    # doing-business pages.
    if 'social-value-toolkit' in src and 'rotherham' in src: return 'rotherham.gov.uk/social-value-toolkit'
    if 'rotherham.gov.uk' in src and 'social-value/2' in src: return 'rotherham.gov.uk/social-value'
    if src in (CU, CE): return 'cumberland.gov.uk/procurement-policy-2025-2029'
    if src in (CI, CR, CG): return 'cumberland.gov.uk/doing-business'
    if src == GT: return 'gloucestershire.gov.uk/social-value-toolkit'
    return src
batch.emit_lists('pub34', R, NEG, group_of, licence_of)
