"""Write /work/batches/public-texts-86.jsonl: batch 94, UTILITIES, TRANSPORT and INFRASTRUCTURE buyers as a supplier meets
them, from sources the corpus did not yet hold: what Sellafield Ltd and the Nuclear Decommissioning Authority, Network
Rail, HS2, National Highways, Transport for London and the GLA group, Transport Scotland, water companies (United
Utilities, Severn Trent, Northumbrian Water, Thames Water) and publicly connected air transport bodies (NATS, Birmingham
Airport) ask, score or require of suppliers in social value, social impact and community benefits (skills and
apprenticeships, local and SME spend, prompt payment, fair work and diversity, carbon and materials), with hard
negatives from the same documents and notices: what is bought, procedure and qualification steps, compliance
declarations (modern slavery, bribery, carbon plans, EcoVadis), award mechanics, portals and reporting tools,
definitions, FOI questions, and engineering scope.

Sources: the NDA blog's posts on Sellafield's social impact tender questions ("Five tips" and "Great Expectations",
nda.blog.gov.uk), Sellafield Ltd's supplier pages (how to do business, its SME principles, its skills objectives), a
Sellafield socio-economics conference slide deck (studylib), press on the Decommissioning Delivery Partnership (World
Nuclear News, Nuclear Matters), on PPP social impact (News & Star "in-cumbria", Executive Compass), on bidding in the
nuclear sector (Business Crack) and on the Infrastructure Delivery Partnership (Entrepreneur) with its Find a Tender
notice; the NDA's procurement page on gov.uk; Highways News on the Scheme Delivery Framework, a d3tenders copy of the
Scheme Delivery Framework 2 notice, and National Highways' "investment in thriving communities" page; Network Rail's
sustainable procurement page and press on its supplier science-based-targets goal (Pinsent Masons, Quadrant
Transport); HS2 supplier diversity (CIPS Supply Management, EW Group case study, IEMA interview) and its abandoned Green
Assets notice (d3tenders); a TfL FOI answer on apprenticeship requirements, the Innovate UK Horizons case study of
TfL's SLNT, the GLA's responsible procurement page and TfL's Solar Private Wire notice (d3tenders); TfGM's procurement
and bus tendering pages, a Bus Franchising notice (tender-listing copy) and a bus shelter notice (Find a Tender);
Transport for Wales' TrawsCymru T4 notice (d3tenders); BE-ST's case study of Transport Scotland; supplier pages of
United Utilities, Severn Trent, Northumbrian Water and Thames Water, and Thames Water notices (d3tenders, Find a Tender);
the Environment Agency's industrial decarbonisation notice (d3tenders); NATS's supplier ESG page; Birmingham Airport's
two procurement pages.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, a long
item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). Crown copyright pages (gov.uk, nda.blog.gov.uk, find-tender.service.gov.uk) and notice data are
OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-86.py > /work/batches/public-texts-86.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ocid_group, U, S, W

# Sellafield Ltd and the NDA
NB5 = 'https://nda.blog.gov.uk/five-tips-for-answering-social-impact-tender-questions/'
NBG = 'https://nda.blog.gov.uk/great-expectations-social-impact-and-our-supply-chain/'
SLG = 'https://studylib.net/doc/5545020/plenary-session-4-keith-gibson'
SHD = 'http://suppliers.sellafieldsites.com/how-to-do-business/'
SSM = 'http://www.sellafieldsites.com/2016/09/sellafield-ltd-small-and-medium-sized-enterprises/'
SSK = 'http://sustainability.sellafieldsites.com/skills/'
WNN = 'http://www.world-nuclear-news.org/C-Sellafield-Ltd-unveils-socioeconomic-investment-plan-28011601.html'
NM16 = 'http://nuclearmatters.co.uk/2016/01/latest-sellafield-contract-awards-to-benefit-the-local-community/'
INC = 'https://www.in-cumbria.com/news/19500214.looking-social-impact-sellafield/'
ECT = ('https://executivecompass.co.uk/blog/news/'
       'the-social-impact-toolkit-unlocking-social-value-in-the-supply-chain')
BCK = 'https://businesscrack.co.uk/2023/10/02/the-nuclear-tender-process-team-and-time/'
ENT = ('https://www.entrepreneur.com/en-gb/entrepreneurs/'
       'sellafield-ltd-awards-ps29bn-infrastructure-contracts/498244')
IDP = 'https://www.find-tender.service.gov.uk/Notice/066438-2025'
NDP = 'https://gov.uk/government/organisations/nuclear-decommissioning-authority/about/procurement'
# National Highways
HNS = 'https://highways-news.com/national-highways-announces-multi-billion-pound-road-renewals-programme-framework'
HN2 = ('https://highways-news.com/'
       'scheme-delivery-framework-2-commercial-and-procurement-strategy-webinar-provides-fascinating-updates/')
SDF2 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0515f3'
NHC = 'https://www.highwaysengland.co.uk/our-work/environment/our-investment-in-thriving-communities/'
# Network Rail and HS2
NRS = 'https://safety.networkrail.co.uk/home-2/environment-and-sustainable-development/sustainable-procurement/'
PM = 'https://pinsentmasons.com/out-law/news/network-rail-carbon-reduction-targets-impact-supply-chain'
QT = 'https://quadrant-transport.com/network-rail-sets-benchmark-suppliers-to-go-green-how-have-they-responded/'
CIH = 'https://www.cips.org/supply-management/news/2018/september/supplier-diversity-fundamental-to-hs2-success/'
EWG = 'https://theewgroup.com/us/case-studies/high-speed-two'
IEM = 'https://transform.iema.net/article/awards-spotlight-high-speed-two'
HGA = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-042bbf'
# Transport for London, the GLA group, TfGM, Transport for Wales, Transport Scotland
FOI = ('https://tfl.gov.uk/corporate/transparency/freedom-of-information/foi-request-detail?'
       'referenceId=FOI-0078-1920')
HOR = 'https://horizons.innovateuk.org/case-studies/82'
GLA = ('https://www.london.gov.uk/priorities/business-economy/vision-and-strategy/focus-areas/'
       'responsible-procurement')
TSP = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03bea3'
TFD = 'https://tfgm.com/procurement/doing-business-with-tfgm'
TFB = 'https://tfgm.com/public-transport/bus/tendering'
TFF = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/041797-2025'
TFS = 'https://www.find-tender.service.gov.uk/Notice/069170-2025'
TW4 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04e420'
BES = 'https://www.be-st.build/case-studies/transport-scotland-community-benefit-built-in/'
# water companies and the Environment Agency
UUR = ('https://www.unitedutilities.com/corporate/about-us/governance/suppliers/delivering-value/united-supply-chain/'
       'responsible-sourcing-principles/')
UUS = ('https://www.unitedutilities.com/corporate/about-us/governance/suppliers/how-we-buy/'
       'sustainable-supply-chain/')
UU14 = 'http://corporateresponsibility2014.unitedutilities.com/Workingwithoursuppliers.aspx'
STC = 'https://www.severntrent.com/sustainability-strategy/governance/sustainable-supply-chain-charter/'
STR = 'https://severntrent.com/content/dam/stw-plc/interactive-sustainability-report/index-37.html'
NWG = 'https://www.nwg.co.uk/our-purpose/ethics-and-trust/our-supply-chain/'
TWS = 'https://sustainability.thameswater.co.uk/Delivering-efficient-operations/Our-supply-community'
TWL = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05e961'
TWA = 'https://www.find-tender.service.gov.uk/Notice/058213-2025'
EAD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-044807'
# air transport
NAT = 'https://www.nats.aero/about-us/suppliers/environmental-social-governance/'
BHX = 'https://www.birminghamairport.co.uk/about-us/doing-business-with-us/procurement/'
BHC = 'https://corporate.birminghamairport.co.uk/doing-business-with-us/procurement/'

NB5_S = 'Five tips for answering social impact tender questions'
NBG_S = 'Great Expectations – social impact and our supply chain'
SLG_S = 'Sellafield Ltd socio economics (plenary session 4)'
SLG_C = SLG_S + ': Context - The Socioeconomic issues for Sellafield Ltd'
SLG_O = SLG_S + ': Sellafield Socio Economic Objectives'
SHD_S = 'How to do business: Steps to procurement – direct opportunities'
SSM_S = 'Sellafield Ltd – Small and Medium Sized Enterprises'
SSM_L = SSM_S + ': an expectation of adherence to:'
SSK_S = 'Sellafield Ltd sustainability: Skills'
SSK_L = SSK_S + ': Our socio-economic strategy includes two objectives to support skills:'
WNN_S = 'Sellafield Ltd unveils socioeconomic investment plan'
NM16_S = 'Latest Sellafield contract awards to benefit the local community'
NM16_L = NM16_S + ': Among the pledges given by the selected companies are:'
INC_S = 'Looking at social impact at Sellafield'
ECT_S = 'The social impact toolkit: unlocking social value in the supply chain'
BCK_S = 'The nuclear tender process: process, team and time: Process'
ENT_S = 'Sellafield Ltd awards £2.9bn infrastructure contracts'
ENT_L = ENT_S + ': In line with Sellafield\'s Social Impact Strategy, the contracts also include commitments to:'
IDP_S = 'Infrastructure Delivery Partnership (IDP) (Sellafield Limited): two.1.4) Short description'
NDP_S = 'Procurement at NDA'
HNS_S = 'National Highways announces multi-billion pound road renewals programme framework'
HN2_S = 'Scheme Delivery Framework 2 commercial and procurement strategy webinar'
SDF2_S = 'Scheme Delivery Framework 2 (National Highways): Notice Description'
NHC_S = 'Our investment in thriving communities: Our four pillars of social value'
NRS_S = 'Network Rail: Sustainable Procurement'
PM_S = 'Network Rail carbon reduction targets to impact supply chain'
QT_S = 'Network Rail sets benchmark for suppliers to go green'
CIH_S = 'Supplier diversity ‘fundamental’ to HS2 success'
EWG_S = 'High Speed Two: diversity and inclusion consultancy for Europe’s largest infrastructure project'
IEM_S = 'Awards spotlight: High Speed Two'
HGA_S = 'ABANDONED - Green Assets Maintenance & Management Procurement (HS2)'
FOI_S = 'FOI request detail: Apprenticeship provisions on TfL contracts'
HOR_S = 'Case study: Transport for London apprenticeships'
GLA_S = 'Responsible procurement (GLA group): Our priority themes are'
TSP_S = 'TfL Solar Private Wire Delivery Partner: Notice Description'
TFD_S = 'Doing business with TfGM: Procurement in TfGM'
TFB_S = 'TfGM bus service tendering'
TFF_S = 'Bus Franchising - North West Greater Manchester Small Franchises: Lot 1 Bolton, Bury, Farnworth Small Franchise'
TFS_S = 'TfGM bus shelters (Find a Tender): Scope: Description: The objectives of the project are as follows:'
TW4_S = 'TrawsCymru T4 Bus Operator Services (Transport for Wales)'
BES_S = 'Transport Scotland: Community benefit built in'
UUR_S = 'United Utilities: Responsible sourcing principles'
UUS_S = 'United Utilities: Sustainable supply chain'
UU14_S = 'United Utilities corporate responsibility 2014: Working with suppliers'
STC_S = 'Severn Trent: Sustainable supply chain charter: Being socially purposeful: Our expectations'
STR_S = 'Severn Trent sustainability report: Our suppliers are key to our goals'
NWG_S = 'Northumbrian Water Group: Our supply chain'
TWS_S = 'Thames Water corporate responsibility: Our supply community'
TWL_S = 'Lifecycle and Welfare (Thames Water Utilities): Notice Description'
TWA_S = 'Thames Water AMP8/9 major capital works framework (Find a Tender): Scope'
EAD_S = 'Industrial Decarbonisation Market Mechanisms Regulatory Support (Environment Agency): Notice Description'
NAT_S = 'NATS suppliers: Environmental, Social & Governance: Environmental & social impacts'
NAT_L = NAT_S + ': In meeting these principles we expect suppliers through assessment and continued working arrangements to demonstrate that they:'
BHX_S = 'Birmingham Airport: Procurement'
BHC_S = 'Birmingham Airport: Procurement'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Sellafield Ltd: social impact in its tenders (NDA blog)
 (NB5, 'nuclear-guidance', U, MU, [], NB5_S, 'All our commercial competitions at Sellafield Ltd include a social impact question.'),
 (NB5, 'nuclear-guidance', U, MU, [], NB5_S, 'This helps to ensure that the winning supplier delivers a social impact benefit as a result of their work with us.'),
 (NB5, 'nuclear-guidance', U, MU, [], NB5_S + ': Do your research', 'The best responses will be those that demonstrate that the supplier understands our communities, their issues, and their ambitions, and that align to our social impact strategy.'),
 (NB5, 'nuclear-guidance', U, MU, [], NB5_S + ': Think social impact, not corporate social responsibility', 'In recent years we have moved away from traditional corporate social responsibility, focussing instead on achieving measurable and sustainable social impact.'),
 (NBG, 'nuclear-guidance', U, MU, [], NBG_S, 'When competing for a tender with us, social impact is one of the key criteria every company has to meet, alongside the more traditional aspects such as quality, technical capability, health and safety, and commercial.'),
 (NBG, 'nuclear-guidance', U, MU, [], NBG_S, 'It’s another lens for us to look through as the customer – what / how will they contribute to social impact?'),
 # Sellafield socio-economic objectives and supplier expectations
 (SLG, 'nuclear-strategy', U, MU, [], SLG_C, 'Sellafield Ltd spends c £1bn p.a. in the supply chain from a total of £1.8bn and is required to maximise community benefit returns from both SL and suppliers, based on proximity principle'),
 (SLG, 'nuclear-strategy', U, MU, [], SLG_C, 'Other major public procurements build socio economics in from the start – Sellafield is strengthening its processes to encourage suppliers to make stronger socio economic commitments'),
 (SLG, 'nuclear-strategy', U, EI, [], SLG_O, 'Increase the proportion of SME work to stimulate growth in long-term skills and services'),
 (SSM, 'nuclear-supplier', U, EI, [], SSM_S, 'Sellafield Ltd and its tier 2 partner organisations continue to be fully committed in ensuring that we increase opportunities of working with small and medium sized enterprises (SMEs) as part of our supply chain, rightly providing a way of boosting SME growth, encouraging inward innovation and boosting the UK economy.'),
 (SSM, 'nuclear-supplier', U, EI, [], SSM_L, 'Operating a robust, auditable make v buy process which properly identifies appropriate packages of work to be performed by SMEs.'),
 (SSM, 'nuclear-supplier', U, EI, [], SSM_L, 'Where a tender states that work will be subcontracted to a named SME, ensuring this takes place.'),
 (SSM, 'nuclear-supplier', U, EI, [], SSM_L, 'Paying lower tier suppliers in accordance with statutory guidance.'),
 (SSM, 'nuclear-supplier', U, EI, [], SSM_L, 'Not using SME as a free estimating resource.'),
 (SSK, 'nuclear-supplier', U, EI, [], SSK_L, 'Support a reduction in local youth and long term unemployment by investing and supporting initiatives that help equip future job seekers with the skills, confidence and real-life experience they need to find work'),
 (SSK, 'nuclear-supplier', U, EI, [], SSK_L, 'Improve local pathways to employment through the long-term development of education, skills, and training matched to the long-term needs of the Sellafield programme of work, both for Sellafield Ltd and our supply chain partners'),
 # Sellafield frameworks: what suppliers committed to
 (WNN, 'nuclear-press', U, EI, [], WNN_S, 'The package includes jobs, apprenticeships and work for small- and medium-sized businesses.'),
 (WNN, 'nuclear-press', U, EI, [], WNN_S, 'All have committed at least 20% of their sub-contracting spend with small- to medium-sized enterprises.'),
 (NM16, 'nuclear-press', U, MU, [], NM16_S, 'In order to be chosen, the companies had to demonstrate how they will support Sellafield Ltd’s socioeconomic strategy, with particular emphasis on the key themes of skills, growth and community.'),
 (NM16, 'nuclear-press', U, EI, [], NM16_L, 'a ‘local first’ recruitment approach, with one consortium aiming for 95% of work to be done by Cumbrian workers'),
 (NM16, 'nuclear-press', U, EI, ['equal-opportunity'], NM16_L, 'a commitment to give 150 jobs to ‘under-represented or disadvantaged’ people'),
 (NM16, 'nuclear-press', U, EI, [], NM16_L, 'a commitment to create up to 240 new apprenticeships over the 10 year agreement'),
 (INC, 'nuclear-press', U, MU, [], INC_S, 'Indeed, a company’s ability to demonstrate the social value it will bring is given a significant 10 per cent weighting on tender submissions.', {'weighting_percent': 10}),
 (ECT, 'nuclear-press', U, EI, [], ECT_S + ': Social Impact Plan', 'These are categorised as either embedded social value (achieved through the delivery of the day-to-day services, such as ensuring 5% of the workforce are apprentices, in line with the industry standard) and additional social value (which is above and beyond day-to-day delivery, for example recruiting workforce and trainees from disadvantaged backgrounds).'),
 (ECT, 'nuclear-press', U, MU, [], ECT_S + ': Social Impact Plan', 'Social impact will be factored into both tenders and direct award of contracts, and the toolkit comprises a number of key measures to support potential suppliers, whether delivering a six-month contract or supporting a package for the next 18 years.'),
 (BCK, 'nuclear-press', U, MU, [], BCK_S, 'Typically, you will find a set of technical, quality, commercial and social impact questions. The latter, for example, generally accounts for about 10 per cent of the weighting.', {'weighting_percent': 10}),
 (ENT, 'nuclear-press', U, EI, [], ENT_L, 'Support local business growth'),
 (ENT, 'nuclear-press', U, EI, [], ENT_L, 'Enable companies to access work at Sellafield and beyond'),
 (ENT, 'nuclear-press', U, EI, [], ENT_L, 'Create employment and develop a skilled labour pool available to local businesses'),
 (ENT, 'nuclear-press', U, MU, [], ENT_S, 'Beyond delivering value for money and robust infrastructure, the IDP has been structured to drive skills development, innovation, capability building, and sustainability, ensuring benefits not only for Sellafield Ltd but for the wider local community.'),
 (NDP, 'nuclear-supplier', U, EI, [], NDP_S + ': Revisions to payment terms', 'NDA recognises that prompt payment is a key issue for suppliers, particularly small and medium-sized enterprises (SMEs).'),
 # National Highways
 (HNS, 'roads-press', U, MU, [], HNS_S, 'Social value was inherent throughout the procurement process ensuring that suppliers are measured on their contribution and impact socially within each region.'),
 (HNS, 'roads-press', U, CV, [], HNS_S + ': Key themes include:', 'Helping local communities to recover from the impact of Covid-19'),
 (HNS, 'roads-press', U, EI, [], HNS_S + ': Key themes include:', 'Creating new businesses, new jobs and new skills'),
 (HNS, 'roads-press', U, EO, [], HNS_S + ': Key themes include:', 'Tackling workforce inequality'),
 (NHC, 'roads-buyer', U, EI, [], NHC_S + ': Economic prosperity: For example, supporting:', 'micro, voluntary, charitable and social enterprises'),
 (NHC, 'roads-buyer', U, EI, [], NHC_S + ': Economic prosperity: For example, supporting:', 'apprenticeships, skills and education'),
 (NHC, 'roads-buyer', U, CL, [], NHC_S + ': Improving the environment', 'This includes working toward net carbon zero emissions, enhancing the natural environment, improving air and water quality and reducing noise.'),
 (NHC, 'roads-buyer', U, WB, [], NHC_S + ': Community wellbeing', 'This includes promoting safe and active travel and connections between communities.'),
 # Network Rail
 (NRS, 'rail-buyer', U, MU, [], NRS_S + ': Why is sustainable procurement important to Network Rail?', 'Sustainable procurement ensures that we find suppliers that are aligned with our values and can assist with embedding our social and environmental objectives.'),
 (NRS, 'rail-buyer', U, MU, [], NRS_S + ': Why is sustainable procurement important to Network Rail?', 'Sustainable development is woven throughout Network Rail’s procurement process, and it is critical that every pound we spend deepens our commitment to one or more of the social or environmental themes.'),
 (PM, 'rail-press', U, CL, [], PM_S, 'Existing and prospective suppliers to Network Rail can expect to see the company\'s commitments to lowering its carbon footprint reflected in its expectations of them over the coming years, legal experts have said.'),
 (QT, 'rail-press', U, CL, [], QT_S, 'Building forwards from this Network Rail have set out an Environmental Sustainability Strategy which aims to get 75 per cent of suppliers working on their science-based targets by 2025.'),
 # HS2
 (CIH, 'rail-press', U, EO, [], CIH_S, 'Companies bidding for work on HS2 will miss out on contracts if they don’t meet diversity criteria, the project’s head of equality, diversity and inclusion (EDI) has said.'),
 (CIH, 'rail-press', U, EO, [], CIH_S, 'The weighting on EDI on skills is way above 3%, so if you don’t do it you’re not going to win.'),
 (CIH, 'rail-press', U, EO, [], CIH_S, 'Many came into the tendering process with a locked supply chain, said Lomas, so HS2’s bidding processes forced potential suppliers to demonstrate how they were going to embed and monitor diversity.'),
 (EWG, 'rail-press', U, EO, [], EWG_S, 'The model makes EDI central to winning bids, ensuring promises made at the bid stage are kept and regular monitoring is in place to measure progress.'),
 # Transport for London and the GLA group
 (FOI, 'transport-buyer', U, EI, [], FOI_S + ': We answered', 'In The Piccadilly line rolling stock contract was developed in 2015 and sets a minimum requirement for the contractor to provide three graduates and five apprentices a year to work in connection with the design or management of the works, which over the expected minimum 10 year life of the contract provides for 30 Graduates and 50 apprentices.'),
 (FOI, 'transport-buyer', U, EI, ['wellbeing'], FOI_S + ': We answered', 'In addition the contractor will establish relationships with schools and the London Transport Museum supporting the Science Technology Engineering & Mathematics (STEM) Ambassador Programme to facilitate the promotion of careers in the engineering sector, which will include provision of at least 1000 volunteer hours over the contract’s life directly supporting the delivery of educational events and provision of materials for schools and other educational settings.'),
 (FOI, 'transport-buyer', U, EI, [], FOI_S + ': We answered', 'TfL is committed to working closely with the contractor to build on this minimum level and maximise the number of apprenticeship and training opportunities as the contract progresses through mobilisation and into delivery.'),
 (HOR, 'transport-case', U, EI, [], HOR_S, 'Suppliers have contracts based on offering jobs and training opportunities to local communities, the long-term unemployed and under-represented groups.'),
 (GLA, 'transport-buyer', U, EI, [], GLA_S + ': Strategic Labour Needs and Training (SLNT)', 'Enables us to work closely with our suppliers by generating employment, skills and training opportunities, and then supporting our suppliers once contracts have been awarded by linking them in with the appropriate support, funding and government services.'),
 (GLA, 'transport-buyer', U, EO, [], GLA_S + ': London Living Wage (LLW)', 'We ensure that all direct and contracted staff receive at least the current London Living Wage rate.'),
 (GLA, 'transport-buyer', U, WB, [], GLA_S + ': Freight and Cycle Safety', 'As part of this commitment TfL has led the introduction of specific requirements for freight vehicles, particularly lorries into all contracts that require the movement of freight on London’s roads.'),
 (GLA, 'transport-buyer', U, EI, [], GLA_S + ': SMEs and Diverse Suppliers', 'By opening up GLA contracts and supply chain opportunities, we can enable London’s small and diverse businesses to share in London’s successes.'),
 (GLA, 'transport-buyer', U, EO, [], GLA_S + ': Equality and Diversity', 'We also want to work with suppliers who share our values and vision for equality and diversity.'),
 # Transport Scotland
 (BES, 'transport-case', S, EO, [], BES_S, 'As part of its commitment to sustainable procurement, Transport Scotland actively builds a fair work requirement into the procurement process.'),
 (BES, 'transport-case', S, EI, [], BES_S, 'This works to implement community benefits into contracts and opens up procurements to the advantage of SMEs and supported businesses.'),
 (BES, 'transport-case', S, EI, [], BES_S, 'With an active commitment to providing apprenticeship opportunities and helping employers develop workplace training standards through its procurement process, it has made community benefit a fundamental aspect of everything it does, building it in to every project from start to finish.'),
 # water companies
 (UUR, 'water-supplier', U, CL, [], UUR_S + ': Environmental principles', 'Reduce water consumption and find innovative ways to use water more efficiently, whilst encouraging others within their supply chain to do the same.'),
 (UUR, 'water-supplier', U, CL, [], UUR_S + ': Environmental principles', 'We expect our suppliers to measure, manage and reduce their use of water and water-intensive products, including reduction in the water usage through manufacturing processes, seeking appropriate accreditation where relevant including ISO 14040 & ISO 14044.'),
 (UU14, 'water-supplier', U, MU, [], UU14_S, 'This purchasing power gives us a great opportunity to encourage our supply chain to adopt an enlightened approach to doing business, especially around environmental and social sustainability.'),
 (UU14, 'water-supplier', U, MU, [], UU14_S, 'We ensure our suppliers and buyers understand our values, which range from environmental considerations such as reducing waste to landfill and carbon emissions, to humanitarian priorities such as fair treatment of employees and protecting human rights.'),
 (STC, 'water-supplier', U, MU, [], STC_S, 'We will only work with organisations who respect our principles and share our passion for socially purposeful standards of working.'),
 (STR, 'water-supplier', U, CL, [], STR_S + ': Supply Chain Sustainability Strategy', 'For example, in our chemicals tender, we introduced specific questions on carbon management and the intensity of products.'),
 (STR, 'water-supplier', U, EO, [], STR_S + ': Our Sustainable Supply Chain Charter', 'For example, for modern slavery, we identify high-risk suppliers, offering guidance and free awareness sessions.'),
 (NWG, 'water-supplier', U, CL, [], NWG_S, 'We work closely with suppliers to achieve sustainable results including reductions in waste, CO2 emissions and water and material usage.'),
 (NWG, 'water-supplier', U, EI, ['wellbeing'], NWG_S, 'We actively encourage our suppliers to work with their local communities promoting apprenticeships, back-to-work schemes and have volunteers working with communities and charities.'),
 (NWG, 'water-supplier', U, MU, [], NWG_S, 'Since 2009 we have been working with our suppliers on a sustainable procurement approach that balances the long-term needs of local communities and suppliers with the challenges of effective buying.'),
 (TWS, 'water-supplier', U, CL, [], TWS_S, 'Through our supply chain we seek to reduce our use of unsustainable resources, minimise waste and deliver efficient and effective operations, both today and in the future.'),
 # NATS and Birmingham Airport
 (NAT, 'air-supplier', U, CL, [], NAT_S, 'As standard, we challenge suppliers to reduce the environmental impact of solutions developed to meet our requirements.'),
 (NAT, 'air-supplier', U, CL, [], NAT_S, 'Similarly we work with suppliers at tender and during contract execution to identify products and services which offer environmental benefits.'),
 (NAT, 'air-supplier', U, MU, [], NAT_S, 'Within the framework of commercial value and business efficacy, we select and work with those suppliers that are environmentally and socially sustainable, and who have strong stance and track record on business ethics and corporate governance.'),
 (NAT, 'air-supplier', U, EO, [], NAT_L, 'treat employees with respect, and proactively ensure their workforces are diverse and inclusive of women, LGBT+, black and minority ethnicities, those with disabilities, and other protected characteristics.'),
 (NAT, 'air-supplier', U, EO, [], NAT_L, 'have taken all efforts to ensure that Modern Slavery, including bonded labour and child labour is not present in their supply chains,'),
 (BHC, 'air-supplier', U, MU, [], BHC_S, 'In undertaking its Procurement, the Airport seeks to ensure it is socially, economically and environmentally responsible through its Sustainable Procurement Code of Conduct.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Sellafield Ltd and the NDA
 (NB5, 'nuclear-guidance', U, NB5_S, 'Our social impact team help to set those questions and help to evaluate the responses.'),
 (NB5, 'nuclear-guidance', U, NB5_S + ': Think social impact, not corporate social responsibility', 'Social Impact - The change that you are making by doing something.'),
 (NB5, 'nuclear-guidance', U, NB5_S + ': Think social impact, not corporate social responsibility', 'Social value – The additional benefit to the community over and above the direct purchasing of goods, services and outcomes. (how much the people it impacts on, find it useful)'),
 (NBG, 'nuclear-guidance', U, NBG_S, 'As an example, we are one of the biggest employers in the area, closely followed by the hospitality industry – the hotels and restaurants in and around Cumbria and the Lake District.'),
 (SHD, 'nuclear-supplier', U, SHD_S, 'We do not have a preferred supplier list and we are committed to widely competing our requirements wherever possible.'),
 (SHD, 'nuclear-supplier', U, SHD_S, 'The purpose of the PQQ is for prospective bidders to demonstrate their suitability, experience and technical and professional ability to perform the contract; they are an integral part of the suppliers’ assessment process.'),
 (SHD, 'nuclear-supplier', U, SHD_S, 'Be aware, you must answer all the questions set in the PQQ and press the SUBMIT button.'),
 (SHD, 'nuclear-supplier', U, SHD_S, 'PQQ submissions are evaluated to ensure they meet Sellafield Ltd requirements from a health and safety, quality, economic and financial capacity, governance matters and technical ability.'),
 (WNN, 'nuclear-press', U, WNN_S, 'The work to be carried out under the DDP has already been mapped out as part of Sellafield\'s existing performance plan.'),
 (NM16, 'nuclear-press', U, NM16_S, 'They were also assessed on other factors including quality and value during a two-year tendering process.'),
 (INC, 'nuclear-press', U, INC_S, 'In July PPP published its social impact toolkit, designed to help contractors understand what they can do to achieve things such as improving local employment opportunities and supporting recovery from the pandemic.'),
 (INC, 'nuclear-press', U, INC_S, 'In May 2019 Sellafield Ltd introduced its Programme and Projects Partners (PPP) model, which brings together KBR, Doosan Babcock, Jacobs and Morgan Sindall Infrastructure in a 20-year partnership to deliver up to £7bn of work at the site.'),
 (BCK, 'nuclear-press', U, BCK_S, 'Businesses will be asked to provide proof of insurance, show that they are of good financial standing and, in some cases, will also need to provide certain ISO qualifications.'),
 (BCK, 'nuclear-press', U, BCK_S, 'Once qualified, businesses will be invited to what is called an ITT, an Invitation to Tender.'),
 (ENT, 'nuclear-press', U, ENT_S, 'The scope of work includes detailed design, procurement, installation, construction, commissioning, and handover, forming the full lifecycle of project delivery.'),
 (ENT, 'nuclear-press', U, ENT_S, 'Contracts will run for an initial nine years, with an option to extend by a further six years, potentially continuing through to 2040.'),
 (IDP, 'nuclear-notice', U, IDP_S, 'IDP will deliver conventional infrastructure projects and tasks.'),
 (IDP, 'nuclear-notice', U, IDP_S, 'Delivery Partners will take the single viable option and complete detailed design and all procurement, installation, construction, commissioning and handover activities that form part of delivery.'),
 (NDP, 'nuclear-supplier', U, NDP_S + ': Tendering for contracts and transparency', 'NDA will publish all contract awards over £20,000 on Contracts Finder website.'),
 (NDP, 'nuclear-supplier', U, NDP_S + ': Tendering for contracts and transparency', 'All public-sector procurements are subject to European Commission (EC) Treaty principles of non-discrimination, equal treatment and transparency.'),
 (NDP, 'nuclear-supplier', U, NDP_S + ': General terms and conditions of contract', 'For our own NDA operations (not Tier 1, 2 and 3 contracts), we operate a strict “no purchase order, no pay” policy.'),
 # National Highways
 (HNS, 'roads-press', U, HNS_S, 'The framework will enable the delivery of renewals across a range of activities, including substantial civils work on barriers and drainage, traffic management activities and design services for a range of projects.'),
 (HNS, 'roads-press', U, HNS_S, 'It replaces the soon to expire existing contract mechanisms, known as the Construction Works Framework (CWF), Design Services Contracts (DSC) and Asset Support Contract (ASC).'),
 (HN2, 'roads-press', U, HN2_S, 'The £14.5 billion, 8-year closed framework includes a break at six years in case government priorities change or the framework is no longer providing value.'),
 (SDF2, 'roads-notice', U, SDF2_S, 'SDF2 will be an enabled framework to facilitate usage by Lower Thames Crossing (LTC) and Maintenance and Response (M&R) suppliers.'),
 (SDF2, 'roads-notice', U, SDF2_S, 'It aims to focus spending on long-term asset improvements rather than temporary fixes, while simplifying commercial models to reduce administrative burden.'),
 # Network Rail and HS2
 (NRS, 'rail-buyer', U, NRS_S + ': What is sustainable procurement?', 'Sustainable procurement is a process that leverages the supply chain to assist in delivering sustainability goals.'),
 (NRS, 'rail-buyer', U, NRS_S + ': What is sustainable procurement?', 'Sustainable procurement considers both environmental and social factors relating all stages of the procurement process, including material extraction, ethical labour, social value, and construction and maintenance practices.'),
 (EWG, 'rail-press', U, EWG_S, 'HS2 commissioned EW Group to evaluate the impact of its Inclusive Procurement Model and make recommendations on how to progress and maximise the impact of its procurement activities.'),
 (EWG, 'rail-press', U, EWG_S, 'EW Group’s consultancy support included a review of HS2 Supply Chain Data, interviews with a selection of key stakeholders and uncovering best practices across the supply chain.'),
 (IEM, 'rail-press', U, IEM_S, 'How did you measure your outcomes?'),
 (IEM, 'rail-press', U, IEM_S, 'We have a monthly reporting tool for all our contractors and also a benefits reporting tool, which gather lots of data.'),
 (IEM, 'rail-press', U, IEM_S, 'To open up opportunities within the supply chain, we use a subcontract portal called CompeteFor, which is where our Tier 1 contractors publish their supply chain opportunities.'),
 (HGA, 'rail-notice', U, HGA_S + ': Notice Description', 'As part of the High Speed Rail (London - West Midlands) Act 2017 (HS2 Act), HS2 Ltd has a legal requirement to mitigate its environmental effects.'),
 (HGA, 'rail-notice', U, HGA_S + ': Notice Description', 'A decision has been made to abandon the Green Assets Maintenance & Management (GAM&M) procurement due to the revised timings of the programme.'),
 (HGA, 'rail-notice', U, HGA_S + ': Lot Information: Maintenance and Management of Phase 1 Area North', 'The procurement is for a Contractor to provide the services described in the procurement documents under an amended NEC3 Term Service Contract.'),
 # Transport for London, TfGM, Transport for Wales
 (FOI, 'transport-buyer', U, FOI_S + ': You asked', 'What is the minimum number of apprenticeship jobs that TfL asks contractors for in an average contract?'),
 (FOI, 'transport-buyer', U, FOI_S + ': You asked', 'How many apprenticeship jobs did TfL require the contractor for the Piccadilly Line upgrade (part of deep tube upgrade programme) to create?'),
 (FOI, 'transport-buyer', U, FOI_S + ': We answered', 'Your request has been considered in accordance with the requirements of the Freedom of Information Act and our information access policy.'),
 (HOR, 'transport-case', U, HOR_S, 'The model has been adopted by other large organisations delivering major projects, including Crossrail.'),
 (TSP, 'transport-notice', U, TSP_S, 'The primary objective of TfL\'s Solar Private Wire project is to enable TfL to directly receive zero-carbon electricity from decentralised sources, reducing the carbon emissions associated with its operations.'),
 (TSP, 'transport-notice', U, TSP_S, 'The project is primarily focused on private wire connections to new-build solar photovoltaic generation.'),
 (TSP, 'transport-notice', U, TSP_S, 'The framework agreement will be for a duration of four (4) years, with an option to extend for up to a further four (4) years; the option to execute any extension, and the increments by which this is exercised, will be at LUL\'s sole discretion.'),
 (TFD, 'transport-buyer', U, TFD_S + ': Procurement responsibilities', 'achieve the best value whole life cost;'),
 (TFD, 'transport-buyer', U, TFD_S + ': Procurement policy and process: Over £50,000:', 'A formal tender exercise is to be carried out.'),
 (TFB, 'transport-buyer', U, TFB_S + ': 1 Qualification and admittance to the DPS supplier list', 'Operators must score at least 55% to gain entry onto the supplier lists.'),
 (TFB, 'transport-buyer', U, TFB_S + ': 2 Tenders for bus service contracts', 'Once operators are on our supplier lists, they must register on our eTendering system, Pro-Contract so we can add them to the distribution lists for tender opportunities.'),
 (TFF, 'transport-notice', U, TFF_S, 'Lot 1 Award Criterion (price): Quantitative (40%)', {'weighting_percent': 40}),
 (TFF, 'transport-notice', U, TFF_S, 'Lot 1 Award Criterion (quality): Qualitative (60%)', {'weighting_percent': 60}),
 (TFS, 'transport-notice', U, TFS_S, 'One partner approach to service delivery; simplified contract and performance management'),
 (TFS, 'transport-notice', U, TFS_S, 'Consistency of design and quality; one contract and partner to enable standardisation of modular shelter designs consistent across the network.'),
 (TW4, 'transport-notice', W, TW4_S + ': Notice Description', 'TrawsCymru T4 Route Bus Operator Services for Transport for Wales.'),
 (TW4, 'transport-notice', W, TW4_S + ': Lot Information: Lot 1 - 3 x Brecon based vehicle workings', 'Please refer to the Statement of requirements within Volume 4 of the tender documentation.'),
 # water companies and the Environment Agency
 (UUR, 'water-supplier', U, UUR_S, 'Read our document outlining the responsible sourcing principles in full here.'),
 (UUS, 'water-supplier', U, UUS_S, 'Our strategy is based on The British Standard for Sustainable Procurement BS8903.'),
 (UUS, 'water-supplier', U, UUS_S + ': Supply chain sustainability school', 'The schools are free at the point of use, providing self-assessments, tailored action plans, training and seminars focused on improving sustainability and offsite construction capabilities.'),
 (UU14, 'water-supplier', U, UU14_S, 'Purchased items can range from a water meter to a new water treatment works!'),
 (STC, 'water-supplier', U, STC_S, 'We ask you to demonstrate adherence to these principles by completing an EcoVadis assessment which includesthe provision of annual environmental and social performance data.'),
 (STC, 'water-supplier', U, STC_S, 'Your rating will be used to track commitment and performance across each of the principles outlined in this Charter.'),
 (STR, 'water-supplier', U, STR_S + ': Supply Chain Sustainability Strategy', 'Our contract and procurement managers are now trained in ethical sourcing and supplier management, and have sustainability included within their job descriptions and personal objectives.'),
 (TWS, 'water-supplier', U, TWS_S, 'Our supply chain digital platform includes a demand planning tool, spend analytics and an updated procurement methodology.'),
 (TWS, 'water-supplier', U, TWS_S + ': Finding the right partners.', 'We look for those who share our core values, including our zero compromise approach to health and safety.'),
 (TWL, 'water-notice', U, TWL_S, 'Due to the varying age of buildings and structures within the Thames Water estate (over 400 sites across the TW supply area), there is need to carry out renovation and remedial works in order to ensure they remain safe and fit for purpose.'),
 (TWL, 'water-notice', U, TWL_S.replace('Notice Description', 'Lot Information: Consultancy (Project Design)'), 'Between 1-2 suppliers will work closely with Lot 2 (Internal & External Works) suppliers to design and plan their complex works.'),
 (TWA, 'water-notice', U, TWA_S + ': Description', 'Contracts awarded under this Framework will include works, goods, and services essential to AMP8 delivery, with potential to extend into AMP9 based on performance.'),
 (EAD, 'environment-notice', U, EAD_S, 'The Environment Agency\'s Climate Change Trading and Regulatory Services Team (CCTRS) regulate and administer various UK Government and International climate change policies.'),
 (EAD, 'environment-notice', U, EAD_S.replace('Notice Description', 'Lot Information: Lot 1 - (a), (b) and (c) - Business as usual'), 'Determination of New Permits, Underlying Agreements, Registrations and Applications, Offsetting Obligations.'),
 (EAD, 'environment-notice', U, EAD_S.replace('Notice Description', 'Lot Information: Lot 1 - (a), (b) and (c) - Business as usual'), 'Assessment of data submissions, process target period report submissions'),
 # NATS and Birmingham Airport
 (NAT, 'air-supplier', U, NAT_L, 'have made a commitment to reduce their greenhouse gas emissions with a date and a credible plan to achieve it, and to openly report greenhouse gas emissions and progress.'),
 (BHX, 'air-supplier', U, BHX_S, 'It is a requirement that Companies, in seeking to trade with the Airport have taken the necessary measures to ensure compliance with the Modern Slavery Act 2015.'),
 (BHX, 'air-supplier', U, BHX_S, 'Equally any Company in seeking to trade with the Airport undertakes it will not engage in any activity, practice or conduct which would constitute an offence under the Bribery Act 2010 and that all necessary measures are taken to ensure compliance with the Anti-Bribery requirements.'),
 (BHX, 'air-supplier', U, BHX_S, 'The department manages all procurement relating to the provision of goods, services and undertaking of works contracts whilst ensuring compliance with EU Procurement Directives.'),
 (BHC, 'air-supplier', U, BHC_S + ': How does the Airport source companies to invite to tender?', 'Inclusion on tender exercises is through invitation only, unless we have published a requirement seeking expressions of interest.'),
 (BHC, 'air-supplier', U, BHC_S + ': Introduction', 'Scope 1 and 2 emissions relate to sources directly owned or controlled by Birmingham Airport, including goods, services and works procured by the Airport.'),
]
OGL_HOSTS = ('gov.uk', 'nda.blog.gov.uk', 'find-tender.service.gov.uk')
batch = Batch('public-texts-86.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); one document, one group; each notice copied by
    # d3tenders is `ocds:<ocid>`, as in notices.jsonl.
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub86', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
