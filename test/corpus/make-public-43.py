"""Write /work/batches/public-texts-43.jsonl: batch 51, CENTRAL GOVERNMENT social value wording (England, UK-wide):
the Cabinet Office's note on the Public Services (Social Value) Act 2012 (PPN 10/12) as departments circulated it, a
department's introductory guide to the Act for commissioners, Crown Commercial Service (CCS) articles on the Social
Value Model and PPN 06/20, and bid-writing pages that reproduce typical social value tender questions; hard negatives
from the same documents and from CCS framework material (further competition steps on CCS agreement pages, pass/fail
declarations of the Digital Outcomes and Specialists 5 / G-Cloud 12 framework questions, CCS's bid assessment steps).

Sources: kipdf.com transcript of PPN 10/12 and the reddragonflagmakers.co.uk copy of it; localgovernmentlawyer.co.uk's
report of it; info.5y1.org transcript of "The Public Services (Social Value) Act 2012: an introductory guide for
commissioners and policymakers"; wired-gov.net republications of two CCS articles; The MJ's CCS article; the CIC blog
on PPN 06/20; CCS agreement pages RM6310, RM6309, RM6295, RM6342, RM6181; CCS "supplier specifics" article;
github Crown-Commercial-Service/digitalmarketplace-frameworks (declaration questions); the my.diffend.io diffs of the
ccs-digitalmarketplace-frameworks npm package (G-Cloud 15 social value Section B, Social Value Model MACs); CCS pages for
RM3830 (ccs-agreements.cabinetoffice.gov.uk), RM6187 MCF3 and RM6179 Legal Services Panel; CCS's own carbon reduction
plan and its greener supply chain article (wired-gov.net); PPN 002 on gov.uk and the Civil Service procurement pathway;
the South Downs National Park Authority's social value in tenders page; trade press (TWINFM, FM Industry, Facilitate,
Government Business, The MJ); Lexology notes on the Act and on PPN 14/15 apprenticeships; FELP's DCSF apprenticeship
contract condition; bid-writing pages (Zemaitis, Executive Compass, JGA, Tender Consultants, NEC Planning Solutions,
phtee).

Texts are verbatim from stored pages read through the `search` tool (pages corpus) or the fetched repository mirror;
list bullets dropped. Not scored here: the batch is scored blind afterwards. Texts already in the corpus are dropped.
crowncommercial.gov.uk, cabinetoffice.gov.uk, civilservice.gov.uk and gov.uk pages and the CCS repository are OGL v3;
the rest are short quotations.

  python3 test/corpus/make-public-43.py > /work/batches/public-texts-43.jsonl
"""
from batch import Batch, host_licence, OGL, EI, CL, EO, WB, CV, MU

U = 'uk'
KIP = ('https://kipdf.com/procurement-policy-note-the-public-services-social-value-act-2012-advice-for-com_'
       '5ac65b031723dd1c4f9a63fd.html')
RDF = 'https://www.reddragonflagmakers.co.uk/pages/the-public-services-social-value-act-2012'
LGL = ('http://localgovernmentlawyer.co.uk/index.php?option=com_content&view=article&id=12764%3Acabinet-office-issues-'
       'advice-on-public-services-social-value-act-2012&catid=53&Itemid=21')
IG = 'https://info.5y1.org/what-is-social-value_1_b99ca4.html'
WG1 = ('https://www.wired-gov.net/wg/news.nsf/articles/All+things+to+all+people+exploring+social+value+approaches+in+'
       'public+procurement+01062021122000?open')
WG2 = ('https://www.wired-gov.net/wg/news.nsf/articles/Social+value+how+local+government+is+leading+the+way+'
       '15072021122000?open')
MJ = 'https://www.themj.co.uk/public-sector-procurement-social-value'
CIC = 'https://www.cic.org.uk/blog/central-government-procurement-policy-on-social-value'
R6310 = 'https://www.webprod-cms.crowncommercial.gov.uk/agreements/RM6310'
R6309 = 'https://www.crowncommercial.gov.uk/agreements/RM6309'
R6295 = 'https://webprod.crowncommercial.gov.uk/agreements/RM6295'
R6342 = 'https://crowncommercial.gov.uk/agreements/RM6342'
R6181 = 'https://crowncommercial.gov.uk/agreements/RM6181'
SS = 'https://www.crowncommercial.gov.uk/news/supplier-specifics-how-we-assess-and-award-suppliers-who-bid-for-a-place-on-our-agreements'
DM = 'github:Crown-Commercial-Service/digitalmarketplace-frameworks@11e5de7d2b7849ed485f68e1bad51894cf55c1cb:frameworks/'
D5 = DM + 'digital-outcomes-and-specialists-5/questions/declaration/'
G12 = DM + 'g-cloud-12/questions/declaration/organisedCrime.yml'
ZEM = 'https://www.zemaitis-uk.com/social-value-tender-questions/'
EC = 'https://www.executivecompass.co.uk/blog/bid-management/social-value-tender-questions/'
LEX = 'https://www.lexology.com/library/detail.aspx?g=df31cbe9-4d0a-4d07-9942-8fec3fdf36e8'

SDN = 'https://www.southdowns.gov.uk/national-park-authority/our-work/transparency-finance/supplying-sdnpa/including-social-value-in-tenders/'
DF = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/4.11.34/4.11.35'
DF9 = 'https://my.diffend.io/npm/ccs-digitalmarketplace-frameworks/9.0.0/9.0.2'
TFM = 'https://www.twinfm.com/article/social-value-a-key-component-in-winning-public-sector-contracts'
FMI = 'https://fmindustry.com/2022/06/15/crown-commercial-service-awards-major-new-social-value-enabled-facilities-management-framework/'
R3830 = 'https://ccs-agreements.cabinetoffice.gov.uk/contracts/rm3830'
FAC = 'https://www.facilitatemagazine.com/news/news-analysis/government-set-to-put-social-value-at-the-heart-of-future-service-procurement/'
LXA = 'http://www.lexology.com/library/detail.aspx?g=95663e01-8021-41d1-b0a3-30425e9b0225'
FELP = 'https://www.felp.ac.uk/content/contract-performance-conditions-apprenticeships'
MCF3 = 'https://www.crowncommercial.gov.uk/agreements/RM6187_cas'
JGA = 'https://www.jga-group.com/2025/02/24/apprenticeships-as-social-value-for-public-sector-suppliers/'
SDNS = 'Including Social Value in Tenders (South Downs National Park Authority)'
SDNL = SDNS + ': Below is a list of general examples of how bidders might include Social Value in their bids.'
GC15 = 'G-Cloud 15: declaration: Section B - Commitment for Future: Delivery'
TFMS = 'Social Value a Key Component in Winning Public Sector Contracts: The scope of the policy includes objectives such as:'
FMIS = 'Crown Commercial Service awards major new social value enabled FM framework'
R3830S = 'Facilities management marketplace (RM3830): Services covered:'
FACS = 'Government set to put social value at the heart of future service procurement'
MCF3S = 'Management Consultancy Framework Three (MCF3): At a glance'

MJ2 = 'https://themj.co.uk/procurement-helping-best-deals'
PPW = 'https://www.procurementpathway.civilservice.gov.uk/documents/ppn/ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts/sourcing-strategy'
TCP = 'https://www.tenderconsultants.co.uk/navigating-ppn-002-maximising-social-value-in-2025-bids'
P002 = 'https://gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts/ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts-html'
WG3 = 'https://www.wired-gov.net/wg/news.nsf/articles/How+CCS+is+enabling+a+greener+supply+chain+29072022122000?open'
R6179 = 'https://crowncommercial.gov.uk/agreements/RM6179'
GB = 'http://www.governmentbusiness.co.uk/features/ins-and-outs-government-purchasing'
CRP = 'https://gov.uk/government/publications/carbon-reduction-policy/carbon-reduction-plan'
MJ2S = 'Procurement helping best deals (Crown Commercial Service): The key themes of social value fall broadly under three benefit groups:'
P002S = 'PPN 002: Taking account of social value in the award of central government contracts (HTML)'
WG3S = 'How CCS is enabling a greener supply chain (Crown Commercial Service)'
NEC = 'https://www.necplanningsolutions.co.uk/post/social-value-that-scores-uk-construction-tenders'
ECC = 'https://www.executivecompass.co.uk/blog/social-value/case-study-central-government-social-value-model-in-a-recent-tender/'
PHT = 'https://phtee.com/read-blog/6371_social-value-in-government-tender-scoring-the-strategic-edge-for-modern-contract.html'
ECCS = 'Case study: central government social value model in a recent tender'
PPN = 'Procurement Policy Note - The Public Services (Social Value) Act 2012 - advice for commissioners and procurers (Information Note 10/12)'
IGS = 'The Public Services (Social Value) Act 2012: An introductory guide for commissioners and policymakers'
WG1S = 'All things to all people: exploring social value approaches in public procurement (Crown Commercial Service)'
WG2S = 'Social value: how local government is leading the way (Crown Commercial Service)'
MJS = 'Public sector procurement - social value (Crown Commercial Service)'
MJT = MJS + ': How local government leads the social value agenda: The five key themes that TOMs is built around are:'
CICS = 'Central Government Procurement Policy on Social Value'
FC = 'Further Competition: To run a further competition you will need to:'
SSS = 'Supplier specifics: how we assess and award suppliers who bid for a place on our agreements'
SSP = SSS + ': CCS follows a 5-step process from when tenders are received to when they are assessed and awarded:'
DOS5 = 'Digital Outcomes and Specialists 5: declaration'
ZEMS = 'How to Answer Social Value Tender Questions'
ECS = 'Social value tender questions: Responding to the question'

R = [
 # PPN 10/12 (Cabinet Office) as transcribed and copied
 (KIP, 'policy-note', U, MU, [], PPN + ': Introduction to the Act', 'The Act places a requirement on commissioners to consider the economic, environmental and social benefits of their approaches to procurement before the process starts.'),
 (KIP, 'policy-note', U, MU, [], PPN + ': Introduction to the Act', 'Commissioners should consider social value before the procurement starts because that can inform the whole shape of the procurement approach and the design of the services required.'),
 (RDF, 'policy-note', U, MU, [], PPN + ': Introduction to the Act', 'However currently some commissioners miss opportunities to secure both the best price and meet the wider social, economic and environmental needs of the community.'),
 (LGL, 'policy-note', U, MU, [], 'Cabinet Office issues advice on Public Services (Social Value) Act 2012', 'The 2012 Act requires commissioners to consider the economic, environmental and social benefits of their approaches to procurement before the process starts.'),
 # CCS articles
 (WG1, 'ccs-article', U, MU, [], WG1S, 'The guidance note requires all central government departments to explicitly evaluate social value in their new procurements, where the requirements are relevant and proportionate to the subject matter of the contract.'),
 (WG1, 'ccs-article', U, MU, [], WG1S, 'The PPN also includes a new social value model, which contains a menu of priority social value themes and policy outcomes that can be applied in new procurements and contracts.'),
 (WG2, 'ccs-article', U, MU, [], WG2S, 'Social value will be an integral element of local authorities’ wider economic, social and environmental recovery planning after Covid-19, and critical to place-based recovery plans across local government as the nation seeks to build back better.'),
 (MJ, 'ccs-article', U, EI, [], MJT, 'promoting local skills and employment'),
 (MJ, 'ccs-article', U, EI, [], MJT, 'sustainable and responsible regional business growth'),
 (MJ, 'ccs-article', U, WB, [], MJT, 'building healthier, safer, and resilient communities'),
 (MJ, 'ccs-article', U, CL, [], MJT, 'decarbonising and protecting the planet'),
 (MJ, 'ccs-article', U, MU, [], MJS + ': How local government leads the social value agenda', 'Potential suppliers to the public sector should factor these elements into their thinking when bidding for contracts.'),
 (CIC, 'policy-blog', U, MU, [], CICS, 'What is being required is that social value is ‘explicitly evaluated’ in all central government procurement – this includes central gov departments, their executive agencies and non departmental public bodies - 573 distinct organisations in total.'),
 # Bid-writing pages reproducing social value questions
 (ZEM, 'bid-guide', U, EI, [], ZEMS + ': Social Value Tender Questions', 'Economic – employment, training and work-experience opportunities for local people.'),
 (ZEM, 'bid-guide', U, CL, [], ZEMS + ': Social Value Tender Questions', 'Environmental – local staff, local suppliers and local work reduces your carbon footprint.'),
 (ZEM, 'bid-guide', U, WB, [], ZEMS + ': Social Value Tender Questions', 'Social – supporting local community initiatives e.g. charities, local amateur sports teams etc.'),
 (ZEM, 'bid-guide', U, MU, [], ZEMS + ': What is Social Value in Tendering?', 'How what is proposed to be procured might improve the economic, social and environmental well-being of the “relevant area'),
 (EC, 'bid-guide', U, WB, [], ECS + ': Here are some potential areas to talk about in relation to social value:', 'Engaging with the local community, for example, working with schools and charities to support people in the area'),
 (EC, 'bid-guide', U, WB, [], ECS + ': Here are some potential areas to talk about in relation to social value:', 'Helping amateur sports teams or social groups'),
 (EC, 'bid-guide', U, MU, [], 'Social value tender questions', 'They must consider how service providers can directly improve the social, economic and environmental aspects of an area.'),
 # South Downs National Park Authority (arm's-length body): social value in tenders
 (SDN, 'abl-guidance', U, MU, [], SDNS, 'Where social value is required, bidders are expected to include one social value offer only. This can be economic, social or environmental.'),
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (SDN, 'abl-guidance', U, None, [], SDNS + ': What is Social Value?', 'Social value is the additional economic, social or environmental benefit you will deliver through the contract, over and above the core goods or services.'),
 (SDN, 'abl-guidance', U, MU, [], SDNS, 'If it is specified as a requirement, tenderers should describe in their bid any proposals they have to encompass social value within the contract.'),
 (SDN, 'abl-guidance', U, EI, [], SDNL, 'Creating local employment opportunities for the long term unemployed or those not in education, employment, or training'),
 (SDN, 'abl-guidance', U, EI, [], SDNL, 'Offering work placements to school children and young adults'),
 (SDN, 'abl-guidance', U, EI, [], SDNL, 'Offering curriculum support to schools'),
 (SDN, 'abl-guidance', U, WB, [], SDNL, 'Helping local charities, community groups, residents'),
 (SDN, 'abl-guidance', U, WB, [], SDNL, 'Supporting local culture and heritage'),
 (SDN, 'abl-guidance', U, EO, [], SDNL, 'Maintaining ethical supply chains'),
 (SDN, 'abl-guidance', U, EO, [], SDNL, 'Considering equity and diversity in the provision and operation of services'),
 # CCS G-Cloud 15 social value declaration (Social Value Model MACs), as published in the npm package diff
 (DF, 'ccs-declaration', U, EI, [], GC15 + ': Theme 2: Tackling economic inequality: MAC 2.1 - Create new businesses, new jobs and new skills', 'Create opportunities for entrepreneurship and help new organisations to grow, supporting economic growth and business creation.'),
 (DF, 'ccs-declaration', U, EO, ['economic-inequality'], GC15 + ': Mission: Kick start economic growth. Policy Outcome 1: Fair work', 'That offers fair wages and good working conditions. Help people get a job, stay in work, and progress in their careers, with good employment opportunities across the country.'),
 (DF, 'ccs-declaration', U, EI, ['equal-opportunity'], GC15 + ': Mission: Kick start economic growth. Policy Outcome 1', '1a Create and retain high quality jobs (as defined in MACs 1b-1d)'),
 (DF, 'ccs-declaration', U, EI, [], GC15 + ': 1a Create and retain high quality jobs: Answers', 'New or retained jobs on the contract workforce in the relevant area that meet the criteria set out in MAC 1b, 1c and 1d'),
 (DF, 'ccs-declaration', U, EI, [], GC15 + ': Mission: Kick start economic growth', 'To secure the highest sustained growth in the G7 - with good jobs and productivity growth in every part of the country making everyone, not just a few, better off.'),
 (DF9, 'ccs-declaration', U, MU, [], 'G-Cloud 15: services: Social value', 'Which social value outcomes does your service support?'),
 # Trade press on the PPN 06/20 objectives and CCS's FM framework
 (TFM, 'trade-press', U, CV, ['economic-inequality'], TFMS, 'Creating employment, re-training and other return to work opportunities for those left unemployed by COVID-19.'),
 (TFM, 'trade-press', U, EI, [], TFMS, 'Demonstrating action to identify and manage cyber security risks in the delivery of the contract including in the supply chain.'),
 (TFM, 'trade-press', U, EI, [], TFMS, 'Creating a diverse supply chain to deliver the contract including new businesses and entrepreneurs, start-ups.'),
 (TFM, 'trade-press', U, CL, [], TFMS, 'Delivering additional environmental benefits in the performance of the contract including working towards net-zero greenhouse gas emissions.'),
 (TFM, 'trade-press', U, EO, ['economic-inequality'], TFMS, 'Support in-work progression to help people, including those from disadvantaged or minority groups, to move into higher paid work by developing new skills relevant to the contract.'),
 (FMI, 'trade-press', U, MU, [], FMIS, 'The new framework has the Government’s latest policy priorities baked in, enabling better outcomes on key social value priorities like modern slavery, providing opportunities for SMEs and VCSEs, and carbon reduction.'),
 (FAC, 'trade-press', U, MU, [], FACS, 'Businesses that want to secure future government contracts are being urged to show that they can help to improve society by tackling issues such as modern slavery and climate change.'),
 (FAC, 'trade-press', U, MU, [], FACS, 'In a speech last month, Minister for the Cabinet Office, David Lidington, announced that government contracts are to be awarded based on a consideration of their social impact, including such issues as employment of disabled people, use of small businesses, prevention of modern slavery and protection of the environment.'),
 (FAC, 'trade-press', U, EI, [], FACS, 'The move will help to deliver the government’s target of a third of contracts going to small and medium-sized businesses by 2022.'),
 (FAC, 'trade-press', U, EO, ['climate'], FACS, '“Similarly, it is right that we demand that the organisations we work with meet the high standards we need to protect our environment and employ workforces which represent our diverse society, including people with disabilities and those from ethnic minorities.'),
 # Apprenticeships in central government contracts (PPN 14/15; DCSF contract condition)
 (LXA, 'policy-note', U, EI, [], 'Skills and apprenticeships in central government contracts', 'Businesses bidding for public contracts (i.e. with central government departments, their executive agencies and non-departmental public bodies) with a full life value of £10 million or more and a duration of at least 12 months will, in most cases, have to provide evidence of their commitment to developing and investing in skills in performance of the contract in question, and in particular their commitment to the creation of apprenticeships, under the contract.'),
 (LXA, 'policy-note', U, EI, [], 'Skills and apprenticeships in central government contracts', 'The government Action Note 14/15 of 27 August 2015, which applies to procurements advertised on or after 1 September 2015, expects contractors to aim for 3-5% of the workforce to be apprentices, sponsored students and/or on graduate programmes, with a focus on apprentices, with 5% representing a ‘gold standard’.'),
 (FELP, 'dept-guide', U, EI, [], 'Contract Performance Conditions Apprenticeships', 'This document provides an example of a contract performance condition that could be used to require the Contractor to support the delivery of Apprenticeships on your contract.'),
 (JGA, 'bid-guide', U, EI, [], 'Apprenticeships as Social Value for Public Sector Suppliers', 'Commit to apprenticeships that contribute towards skills development related to the contract'),
 (MJ2, 'ccs-article', U, WB, [], MJ2S, 'social – building cohesive, safe and healthy local communities'),
 (MJ2, 'ccs-article', U, EI, [], MJ2S, 'economic – improving skills and employment, and supporting innovation and sustainable growth of businesses'),
 (MJ2, 'ccs-article', U, CL, [], MJ2S, 'environmental – tackling climate change and minimising harm to the environment'),
 (MJ2, 'ccs-article', U, MU, [], 'Procurement helping best deals (Crown Commercial Service)', 'It\'s these elements which potential suppliers to the public sector should factor into their thinking when bidding for contracts.'),
 (PPW, 'policy-note', U, MU, [], 'PPN 002 Taking account of social value in the award of central government contracts: Overview', 'The social value model (the ‘model’) is a procurement tool that sets out how contracting authorities can contribute to the government’s missions by including social value requirements that can be delivered when a supplier delivers government contracts.'),
 (P002, 'policy-note', U, MU, [], P002S + ': Issue', 'To enable implementation of the NPPS, all central government departments should use this model to take account of the additional social and economic benefits that can be achieved in the delivery of their contracts.'),
 (TCP, 'bid-guide', U, CL, ['equal-opportunity'], 'Navigating PPN 002: Real-World Example', 'How will you deliver X m² of accessible green space and recruit Y% from under‑represented groups?'),
 (TCP, 'bid-guide', U, EI, [], 'Navigating PPN 002', 'Tech suppliers are advised to focus on “Skills for Growth” — include T‑Levels or apprenticeships for digital roles.'),
 (GB, 'trade-press', U, EI, [], 'The ins and outs of government purchasing', 'The CCS is in place to make sure that small and medium‑sized enterprises (SMEs) have access to government contract opportunities, making it easier for them to do business with the government, and making sure that 25 per cent of government’s spend, either directly or in supply chains, goes to SMEs by 2015.'),
 (JGA, 'bid-guide', U, MU, [], 'Apprenticeships as Social Value for Public Sector Suppliers', 'The new Government Procurement Policy Note (PPN) 002 defines a social value model which focuses on promoting: 1. Fair work; 2. Skills for growth; 3. Resilient, innovative and flexible supply chains; 4. Sustainable procurement practices; 5. Reduction in crime; 6. Employment and training for those who face barriers to employment; 7. Reducing barriers to entry for under-represented groups and 8. Increasing productivity through physical and mental wellbeing.'),
 (JGA, 'bid-guide', U, EI, [], 'Apprenticeships as Social Value for Public Sector Suppliers: 1. Commit to apprenticeships that contribute towards skills development related to the contract', 'Outcomes 1 and 2 in the new Social Value Model include the delivery of apprenticeships as a measure to create high quality jobs, support growth sectors and address skills gaps.'),
 (JGA, 'bid-guide', U, EO, ['economic-inequality'], 'Apprenticeships as Social Value for Public Sector Suppliers: 1. Commit to apprenticeships that contribute towards skills development related to the contract', 'Think about how you can support diversity and equality by offering higher level apprenticeships to members of your existing workforce who may not otherwise have an opportunity to progress.'),
 (WG2, 'ccs-article', U, MU, [], WG2S, 'And while that note focused primarily on central government contracts, suppliers will increase their chances of winning contracts by offering many of the same benefits to organisations across local government and beyond.'),
 (NEC, 'bid-guide', U, EI, [], 'How to score higher on Social Value in UK construction tenders: What the procurement framework now requires', 'Within that, Outcome 6a is the primary scoring route for employment and skills: creating employment and training opportunities for people who face barriers to work, including in industries with known skills shortages.'),
 (ECC, 'bid-guide', U, EI, [], ECCS + ': The commissioning authority prioritised three social value themes for delivery under the contract, related to the service. These included tackling:', 'Economic inequality – through increased supply chain resilience and capacity'),
 (ECC, 'bid-guide', U, EO, [], ECCS + ': The commissioning authority prioritised three social value themes for delivery under the contract, related to the service. These included tackling:', 'Equal opportunity – specifically workforce inequality'),
 (ECC, 'bid-guide', U, EI, [], ECCS + ': Project overview – how was social value represented?', 'It also included a separate scored element in the pricing submission on expected spend on new businesses, entrepreneurs, start-ups, small and medium enterprises, voluntary, community and social enterprises and mutuals.'),
 (FAC, 'trade-press', U, MU, [], FACS, 'Another intention is to identify modern slavery risks in the government supply chain and ensure government service procurement works towards its priorities of protecting the environment and guaranteeing that everyone has the opportunity to make the most of their talents.'),
 (PHT, 'bid-guide', U, EI, [], 'Social Value in Government Tender Scoring: The Pillars of Social Value in Procurement', 'By offering a structured pathway for local youth or the long-term unemployed to gain their Green CSCS Card—starting with a foundational health and safety in a construction environment course—a firm can provide empirical data on their contribution to local "upskilling."'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (CIC, 'policy-blog', U, MU, [], CICS, '‘Explicit’ evaluation means that commercial teams within these organisations must select social objectives which are relevant and proportionate to their procurement activity, and a minimum weighting of 10% of the total score should be applied.'),
 (SDN, 'abl-guidance', U, MU, [], SDNS, 'Social value responses are assessed on relevance to the contract, quality of the proposal, and confidence in delivery.'),
 (MJ2, 'ccs-article', U, MU, [], 'Procurement helping best deals (Crown Commercial Service)', 'CCS agreements are designed to be flexible, so buyers across the public sector can use their chosen way to measure social value delivered in contracts, whether this is the TOMs or an alternative model.'),
 (ZEM, 'bid-guide', U, MU, [], ZEMS + ': What is Social Value in Tendering?', 'Some tenders have method statement questions on what social value you will provide. Others have social value calculator Excel spreadsheets to complete (see below).'),
 (SDN, 'abl-guidance', U, MU, [], SDNS, 'Any costs associated with delivering social value should not be passed on to SDNPA.'),
]
NEG = [
 (KIP, 'policy-note', U, PPN, 'The Public Services (Social Value) Act 2012 (the Act) received Royal Assent on 8 March 2012.'),
 (KIP, 'policy-note', U, PPN + ': Dissemination', 'Please circulate this Procurement Policy Note (PPN) within your organisation, agencies, non-departmental public bodies (NDPBs) and any other bodies for which you are responsible, drawing it to the particular attention of those with a commissioning or purchasing role.'),
 (RDF, 'policy-note', U, PPN + ': Introduction to the Act', 'Demand for core public services will increase significantly over the next few years in a time of reduced funding.'),
 (RDF, 'policy-note', U, PPN + ': Introduction to the Act', 'Increasingly, commissioners will need to identify better targeted more innovative and radical service delivery solutions to meet this demand.'),
 (LEX, 'policy-note', U, 'Public Services (Social Value) Act 2012', 'Consultation may be less relevant where the service is being provided directly to the contracting authority (eg, back office functions).'),
 (IG, 'dept-guide', U, IGS + ': How do I use this guide?', 'This guide focuses on your service specification. It does not deal with the procurement process - for that, you should speak to your Commercial colleagues and refer to Crown Commercial Service (CCS) policy notes.'),
 (IG, 'dept-guide', U, IGS + ': Who is this guide for?', 'Please circulate this guidance to appropriate personnel / teams within your organisation and any other bodies which you are responsible for, including agencies and nondepartmental public bodies (NDPBs). You may also publish it on your intranet.'),
 (WG2, 'ccs-article', U, WG2S, 'Crown Commercial Service supports the public sector to get the best deal on the procurement of thousands of goods and services.'),
 (MJ, 'ccs-article', U, MJS, 'CCS supports the public sector to get the best deal on the procurement of thousands of goods and services.'),
 # CCS agreement pages: further competition steps
 (R6310, 'ccs-agreement', U, 'RM6310: ' + FC, 'Define your needs using the T2 attachment 3 Statement of requirements template.'),
 (R6310, 'ccs-agreement', U, 'RM6310: ' + FC, 'Use the service line matrix to find suppliers that meet your needs.'),
 (R6310, 'ccs-agreement', U, 'RM6310: Call-off agreement', 'Framework schedule 6a: Short order form should be used for simple requirements under the value of £5 million, including extensions.'),
 (R6309, 'ccs-agreement', U, 'RM6309: ' + FC, 'Identify suppliers capable of meeting your needs, to do this you can use the digital filtering tool.'),
 (R6309, 'ccs-agreement', U, 'RM6309: ' + FC, 'Award a contract to the successful supplier and notify unsuccessful suppliers.'),
 (R6309, 'ccs-agreement', U, 'RM6309: ' + FC, 'You can include a 10 day standstill period before awarding the contract – (optional).'),
 (R6295, 'ccs-agreement', U, 'RM6295', 'Commercial spend controls apply to all commercial activity with a value of £10 million or more, excluding VAT.'),
 (R6295, 'ccs-agreement', U, 'RM6295', 'Before running any competitive process, we recommend strong pre-market engagement. This will help refine your needs and reduce procurement risk.'),
 (R6342, 'ccs-agreement', U, 'RM6342: Direct award: Direct awards are allowed if:', 'tendered agreement prices must be used (there is no scope to lower prices to secure business).'),
 (R6342, 'ccs-agreement', U, 'RM6342: Direct award', 'Direct award is usually the best route to market for urgent requirements and low value goods and services.'),
 (R6181, 'ccs-agreement', U, 'RM6181', 'EOIs allow you to share your needs with agreement suppliers to understand the level of interest.'),
 (SS, 'ccs-article', U, SSP, 'Technical assessment: assessing the quality, methodology, and technical approach.'),
 (SS, 'ccs-article', U, SSP, 'Price assessment: different assessors from those who assess the quality responses will calculate your price score using the assessment methodology.'),
 # Digital Outcomes and Specialists 5 / G-Cloud 12 declaration questions (pass/fail)
 (D5 + 'environmentallyFriendly.yml', 'ccs-declaration', U, DOS5 + ': Environmentally-friendly working practices', 'Do you work in an environmentally-friendly way?'),
 (D5 + 'environmentallyFriendly.yml', 'ccs-declaration', U, DOS5 + ': Environmentally-friendly working practices', 'Answer ‘yes’ if your organisation engages in working practices like recycling or lowering your carbon footprint.'),
 (D5 + 'modernSlaveryStatement.yml', 'ccs-declaration', U, DOS5 + ': Modern slavery statement required', 'Upload a copy of your organisation’s slavery and human trafficking statement.'),
 (D5 + 'modernSlaveryReportingRequirements.yml', 'ccs-declaration', U, DOS5 + ': Modern slavery reporting requirements', 'Does your organisation comply with the annual reporting requirements of section 54 of The Modern Slavery Act (2015)?'),
 (D5 + 'modernSlaveryReportingRequirements.yml', 'ccs-declaration', U, DOS5 + ': Modern slavery reporting requirements', 'You must publish a slavery and human trafficking statement to comply with the act.'),
 (G12, 'ccs-declaration', U, 'G-Cloud 12: declaration: Organised crime convictions', 'Answer ‘yes’ if anyone who represents, supervises or has control in your organisation or a partner or parent organisation has been convicted of any of the above.'),
 (SDN, 'abl-guidance', U, SDNS, 'This guidance is for anyone bidding for contracts with the South Downs National Park Authority and may be particularly helpful for small and medium-sized enterprises (SMEs).'),
 (SDN, 'abl-guidance', U, SDNS + ': Examples of Social Value Responses', 'The worked examples below demonstrate how a single social value offer can be clearly set out to support MAT scoring. They are illustrative only and should be adapted to the specific contract.'),
 (DF9, 'ccs-declaration', U, 'G-Cloud 15: services: Social value', 'Selecting an option includes all its sub-options'),
 (TFM, 'trade-press', U, 'Social Value a Key Component in Winning Public Sector Contracts', 'Previously, under the Public Services (Social Value) Act 2012, social value only needed to be “considered”.'),
 (FMI, 'trade-press', U, FMIS, 'It replaces CCS’s Facilities Management Marketplace agreement, which delivered commercial benefits, including savings, of around 10% for public sector customers procuring standard facilities management services.'),
 (FMI, 'trade-press', U, FMIS, 'UK government executive procurement agency Crown Commercial Service (CCS) has awarded 44 supplier places on its new Facilities Management and Workplace Services framework.'),
 (R3830, 'ccs-agreement', U, R3830S, 'Contract mobilisation'),
 (R3830, 'ccs-agreement', U, R3830S, 'Waste services'),
 (R3830, 'ccs-agreement', U, R3830S, 'Computer-aided facilities management (CAFM)'),
 (R3830, 'ccs-agreement', U, 'Facilities management marketplace (RM3830)', 'All suppliers can offer mandatory services within each of the above. Suppliers can also provide a number of non-mandatory FM services.'),
 (R3830, 'ccs-agreement', U, 'Facilities management marketplace (RM3830)', 'There may also be limited opportunities for suppliers to provide international coverage for buyers procuring UK services.'),
 (FELP, 'dept-guide', U, 'Contract Performance Conditions Apprenticeships', 'In contracts that are subject to The Public Contracts Regulations 2006, to avoid breaching the Regulations, Contractors should not be assessed on their ability to meet this condition only that they accept the terms and conditions of the contract.'),
 (MCF3, 'ccs-agreement', U, MCF3S + ': You can use this agreement to access cost effective consultancy advice from a range of suppliers across 9 lots:', 'lot 9: environmental sustainability and socio-economic development'),
 (MCF3, 'ccs-agreement', U, MCF3S + ': You can use this agreement to access cost effective consultancy advice from a range of suppliers across 9 lots:', 'lot 7: health, social care and community'),
 (MCF3, 'ccs-agreement', U, MCF3S, 'There is no maximum length for a call off contract under this agreement, but we recommend it should not be longer than 4 years.'),
 (MCF3, 'ccs-agreement', U, MCF3S + ': MCF3 should not be used for the following types of procurement:', 'For hosting, support and maintenance of existing live applications you need to use RM6100 Technology Services 3'),
 (PPW, 'policy-note', U, 'PPN 002 Taking account of social value in the award of central government contracts: Overview', 'This PPN does not apply to private utilities contracts or to the Ministry of Defence in relation to defence and security contracts as defined by section 7 of the Procurement Act 2023.'),
 (P002, 'policy-note', U, P002S + ': Dissemination and scope', 'Please circulate this PPN within your organisation, particularly to those with a commercial, procurement and/or contract management role. It may also be relevant to those in finance, operational and sustainability roles.'),
 (P002, 'policy-note', U, P002S + ': Dissemination and scope', 'This PPN reflects terminology introduced by the Procurement Act 2023 and the Procurement Regulations 2024.'),
 (TCP, 'bid-guide', U, 'Navigating PPN 002', 'All in‑scope bids must include a minimum 10% weighting for social value — many contracts now ask up to 30%.'),
 (WG3, 'ccs-article', U, WG3S, 'PPN 06/21 introduces new criteria at the selection stage of the procurement and requires any suppliers bidding on contracts over £5 million to detail their commitment to achieving Net Zero through the publication of a Carbon Reduction Plan (CRP).'),
 (WG3, 'ccs-article', U, WG3S + ': What is a carbon reduction plan?: Supplier CRPs need to:', 'be regularly updated and published on the supplier’s website'),
 (WG3, 'ccs-article', U, WG3S + ': What is a carbon reduction plan?: Supplier CRPs need to:', 'provide emissions reporting for the 6 greenhouse gases covered by the Kyoto Protocol'),
 (WG3, 'ccs-article', U, WG3S + ': What is a carbon reduction plan?: Supplier CRPs need to:', 'verify the supplier’s commitment to achieving Net Zero by 2050'),
 (R6179, 'ccs-agreement', U, 'RM6179 Legal Services Panel', 'Call-off contracts can be of any value and length, although they must expire no later than 2 years after the agreement end date.'),
 (R6179, 'ccs-agreement', U, 'RM6179 Legal Services Panel', 'access discounted rates when at least one of three discount thresholds are met'),
 (R6179, 'ccs-agreement', U, 'RM6179 Legal Services Panel', 'We developed this agreement in partnership with the Government Legal Department (GLD).'),
 (GB, 'trade-press', U, 'The ins and outs of government purchasing', 'Working with over 1,400 organisations in the public sector, CCS’s services are provided by more than 2,600 suppliers.'),
 (CRP, 'ccs-own-plan', U, 'Carbon reduction plan (Crown Commercial Service): 1. Executive Summary', 'As a largely administration-based business, with no permanent vehicle fleet, and shared office space, CCS already has a relatively small carbon footprint.'),
 (CRP, 'ccs-own-plan', U, 'Carbon reduction plan (Crown Commercial Service): 2. Meeting the reporting requirements', 'This Carbon Reduction Plan complies with PPN 06/21 as published by the Cabinet Office in June 2021.'),
 (NEC, 'bid-guide', U, 'How to score higher on Social Value in UK construction tenders: What the procurement framework now requires', 'Crown Commercial Service confirmed mandatory application from October 2025 for in-scope contracts.'),
 (ECC, 'bid-guide', U, ECCS + ': Project overview – how was social value represented?', 'This was a large submission, requiring around 25,000 words of compelling and convincing responses to the quality questions.'),
]
OGL_HOSTS = ('gov.uk', 'crowncommercial.gov.uk', 'ccs-agreements.cabinetoffice.gov.uk')
def licence_of(src):
    # The CCS repository and CCS pages on its webprod hosts are Crown copyright too.
    if src.startswith(DM) or 'crowncommercial.gov.uk/' in src or 'cabinetoffice.gov.uk/' in src or 'civilservice.gov.uk/' in src: return OGL
    return host_licence(src, OGL_HOSTS)
batch = Batch('public-texts-43.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; PPN 10/12 copies are one document; CCS agreement pages share
    # a template; the digital marketplace declarations are one framework question set.
    if src in (KIP, RDF, LGL): return 'ppn-10-12'
    if 'crowncommercial.gov.uk/agreements/' in src: return 'crowncommercial.gov.uk/agreements'
    if src.startswith(DM): return 'github:Crown-Commercial-Service/digitalmarketplace-frameworks'
    # The G-Cloud 15 Section B diff is the same social value document as the 9.0.2 filter generated from it.
    if src == DF: return batch.group_of_source.get(DF9, 'npm:ccs-digitalmarketplace-frameworks')
    return src
batch.emit_lists('pub43', R, NEG, group_of, licence_of)
