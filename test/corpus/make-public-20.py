"""Write /work/batches/public-texts-20.jsonl: batch 28, Scotland, Wales and Northern Ireland again, from bodies and
documents not in the corpus before (batch 24, make-public-16.py, took Fife, Falkirk, Highland, West Lothian,
Renfrewshire, Moray, Aberdeenshire, APUC, Stirling, UHI, Edinburgh, Transport Scotland, Cardiff, Cardiff Met, Gwynedd,
Cadw, NWSSP, Belfast, CPD, Ulster, Translink, Mid and East Antrim, Derry, QUB and BSO notices; none reused here except
a different BSO notice and BSO's own procurement page).

Scotland: Scottish Water's procurement and supply chain strategy 2017-18 (foreword), NHS Highland's procurement page
(strategy statement; No PO No Pay and IR35 as negatives), NHS 24's and Public Health Scotland's procurement strategies,
the Scottish Police Authority's procurement page and a blog summary of the SPA / Police Scotland procurement strategy
2025-2028 (SME and VCSE engagement, emissions; cost efficiency and compliance objectives as negatives), Heriot-Watt
University's sustainable procurement page, Clackmannanshire's procurement annual report page and East
Dunbartonshire's procurement regulatory framework (negatives only), Dumfries and Galloway Council's procurement reports as the local
news reports them (community benefit wishlist, Fair Work conditions), Hillcrest Housing Association's Community
Benefits Statement (the Scottish Government's list of community benefit requirements), and the Scottish Government's
analysis of the sustainable procurement duty (NHS Greater Glasgow and Clyde's and Dumfries and Galloway's community
benefits; the SFRS's fleet innovation and a play-area lighting contract as negatives).
Wales: Flintshire County Council's social value priorities and long-term goals and its procurement strategy review
(the major projects as negatives), Wrexham's procurement page (negatives only), the Vale of Glamorgan's procurement policy and strategy
report (Code of Practice - Ethical Employment in Supply Chains), its foundational economy news and a Cynnal Cymru case
study on it, Transport for Wales (a supplier event and an interview on SMEs in the supply chain), Mid and West Wales
Fire and Rescue Service's well-being objective three, Pembrokeshire Coast National Park Authority's socially
responsible and sustainable procurement policy, Natural Resources Wales (a commercial activity policy note and a
modern slavery statement: negatives), the Swansea Bay City Deal's procurement page and the Welsh Government's
statement on the foundational economy in health and social services.
Northern Ireland: the Northern Ireland Assembly Commission's social value in procurement policy and procurement
policy, BSO PaLS's procurement page and its healthcare domestic waste notice (Price 90% / Social Value 10%), PSNI,
Lisburn and Castlereagh and Antrim and Newtownabbey notices (negatives), Northern Ireland Assembly answers on social
objectives in procurement (2008, 2014, as TheyWorkForYou publishes them) and the BBC's report of the social value
policy (living wage condition, 10% weighting; thresholds and spend as negatives).

Hard negatives come from the same pages: spend totals, thresholds and procedures, where contracts are advertised,
invoicing and purchase orders, IR35, legal compliance, contract modifications, descriptions of what is bought (a
vehicle recovery service, recyclables from household recycling centres, sustainable transport infrastructure, a play
area's lighting, Council home construction), availability of a policy in Welsh.

Texts verbatim from the stored pages (read through the `search` tool, pages corpus; list bullets and numbering and
footnote markers dropped, line breaks inside a sentence joined). Not scored: the batch is scored blind afterwards.
Texts already in the corpus are left out (named on stderr). Crown copyright pages (gov.scot, gov.wales) and notice data
republished by d3tenders are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-20.py > /work/batches/public-texts-20.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

S, W, N = 'scotland', 'wales', 'northern-ireland'
# Scotland
SWA = 'https://dokumen.tips/documents/scottish-water-procurement-strategy-fy17-18-usfileskey-publications-this.html'
NHH = 'https://www.nhshighland.scot.nhs.uk/about/publications-and-public-records/procurement'
N24 = 'https://docslib.org/doc/8835474/nhs-24-procurement-strategy-july-2019-june-2021-2020-update'
PHS = 'https://docslib.org/doc/996719/phs-procurement-strategy-2020-2023'
SPA = 'https://spa.police.uk/what-we-do/public-body-duties/resources/procurement'
SEM = ('https://www.semperscotland.org/post/scottish-police-authority-and-police-scotland-procurement-strategy-2025-2028-'
       'strategic-priorities-a')
HWU = 'https://www.hw.ac.uk/services/procurement/about/sustainable-procurement.htm'
CLK = 'https://www.clacks.gov.uk/business/procurementannualreport/'
EDB = 'https://eastdunbarton.gov.uk/about/our-council/working-with-the-council/procurement-regulatory-framework'
DG1 = 'https://www.dgwgo.com/dumfries-galloway-news/dumfries-and-galloway-council-boosts-economy-with-56-million-local-spend/'
DG2 = 'https://dgwgo.com/business/dg-council-continues-invest-local-businesses-local-economy'
HIL = 'https://www.scribd.com/document/833090408/Community-Benefits-Statement'
SPD = 'https://gov.scot/publications/analysis-impact-value-sustainable-procurement-duty-procurement-main-report/pages/9'
# Wales
FL1 = 'https://www.flintshire.gov.uk/en/Resident/Council-Apps/NewsPortlet.aspx?id=3712'
FL2 = 'http://committeemeetings.flintshire.gov.uk/ieIssueDetails.aspx?IId=28717&PlanId=0&Opt=3'
FL3 = 'http://www.flintshire.gov.uk/en/Resident/Council-Apps/NewsPortlet.aspx?id=3657'
WRX = 'http://www.wrexham.gov.uk/english/council/procurement/index.htm'
VG1 = ('https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/cabinet/'
       '2018/18-07-16/Procurement-Policy-and-Strategy.aspx')
VG2 = ('https://valeofglamorgan.gov.uk/en/our_council/press_and_communications/latest_news/2020/August/'
       'Vale-of-Glamorgan-businesses-invited-to-headline-Foundational-Economy-Steering-Group.aspx')
CYN = 'https://cynnalcymru.com/foundational-economy-challenge-fund-public-sector-procurement/'
TFW = 'https://tfw.gov.wales/news-events/transport-industry-suppliers-keen-deliver-wales-and-borders'
RTM = 'https://www.railtechnologymagazine.com/Comment/building-a-sustainable-future-for-rail-services-in-wales'
MWF = ('https://www.mawwfire.gov.uk/eng/about-us/our-plans-and-performance/draft-annual-business-improvement-plan-20222023/'
       'improvement-and-well-being-objective-three/')
PCN = ('https://www.pembrokeshirecoast.wales/about-the-national-park-authority/data-protection-and-freedom-of-information/'
       'our-policies-and-procedures/pol_su3-socially-responsible-and-sustainable-procurement-policy')
NRC = 'https://naturalresourceswales.gov.uk/about-us/news-and-events/statements/commercial-activity-policy-note/?lang=en'
NRS = 'https://nrwcmsdevcdn.azureedge.net/about-us/corporate-information/modern-slavery?lang=en'
SBC = 'https://www.swanseabaycitydeal.wales/procurement/'
WGF = 'https://www.gov.wales/written-statement-approach-foundational-economy-health-and-social-services'
# Northern Ireland
NAS = 'https://www.niassembly.gov.uk/about-the-assembly/corporate-information/policies/social-value-in-procurement-policy'
NAP = 'https://www.niassembly.gov.uk/about-the-assembly/corporate-information/policies/procurement-policy'
BSP = 'https://bso.hscni.net/directorates/operations/procurement-and-logistics-service/procurement/'
BSW = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03c604'
PSN = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03eef0'
LCA = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-069185'
ANB = 'https://bidatlas.co.uk/tenders/061500-2025'
TW8 = 'https://www.theyworkforyou.com/ni/?id=2008-05-27.10.19&s=procurement+section%3Ani'
TW4 = 'https://www.theyworkforyou.com/ni/?id=2014-05-12.6.24'
BBC = 'https://feeds.bbci.co.uk/news/uk-northern-ireland-57719155'

SWA_S = 'Scottish Water Procurement & Supply Chain Strategy 2017-2018: Foreword'
NHH_S = 'NHS Highland Procurement Strategy 2025-2030'
NHH_P = 'Our terms of business and policies for suppliers: NHS Highland operates a No PO No Pay policy:'
N24_S = 'NHS 24 Procurement Strategy July 2019 – June 2021: 1. Introduction'
PHS_S = 'Public Health Scotland procurement strategy 2020–23: Glossary'
SPA_S = 'Procurement (Scottish Police Authority public body duties)'
SEM_S = ('Scottish Police Authority and Police Scotland Procurement Strategy 2025-2028: Strategic Procurement Objectives: '
         'Eight objectives guide the strategy:')
SEM_A = 'Scottish Police Authority and Police Scotland Procurement Strategy 2025-2028: Alignment with National and Organisational Goals'
HWU_S = 'Heriot-Watt University Procurement Services: Sustainable Procurement'
CLK_S = 'Procurement Annual Report: This report includes'
EDB_S = 'Procurement Regulatory Framework: Policies and Procedures'
DG1_S = 'Dumfries & Galloway Council Boosts Economy with £56 million Local Spend (Procurement Annual Report 2022/23)'
DG2_S = 'DG Council continues to invest in local businesses and the local economy (procurement report to committee)'
HIL_S = 'Community Benefits Statement (Hillcrest)'
HIL_L = ('Scottish Government Procurement Guidance suggests that Community Benefit requirements to be considered in public '
         'procurements may include (but are not limited to) the following:')
SPD_S = ('Sustainable procurement duty - impact and value analysis: Appendix 2: The Sustainable Procurement Duty’s '
         'contribution to national outcomes')
FL1_S = 'Social Value Policy: The main priorities for social value delivery in the next 12 months will include:'
FL1_G = 'Social Value Policy: The Council will achieve these through the long-term goals of:'
FL2_S = 'Cabinet 21/01/2020, Social Value: the main areas of social value delivery in the next 12 months would include:'
FL2_O = ('Cabinet 21/01/2020, Social Value: the major opportunities where significant social value could be included in '
         'the programme, which were:')
FL3_S = 'Procurement Strategy review (Flintshire County Council news)'
WRX_S = 'Council Procurement: The Importance of Procurement'
WRX_C = 'Council Procurement: The Way We Operate: Category Management is in place to:'
VG1_S = 'Cabinet 16 July 2018: Procurement Policy and Strategy 2018 - 2021'
VG2_S = 'Vale of Glamorgan businesses invited to headline Foundational Economy Steering Group'
CYN_S = 'Vale of Glamorgan Council: Changing public procurement (Foundational Economy Challenge Fund case study)'
TFW_S = 'Transport industry suppliers keen to deliver for Wales and Borders'
RTM_S = 'Building a sustainable future for rail services in Wales (interview with Transport for Wales)'
RTM_O = RTM_S + ': Opportunities for smaller local suppliers'
MWF_S = ('Improvement and Well-being Objective Three: We will maximise the long-term social, economic and environmental '
         'benefits our business has on our communities.')
MWF_D = 'Improvement and Well-being Objective Three: What are we going to do? We are going to:'
PCN_S = 'POL_SU3 Socially Responsible and Sustainable Procurement Policy'
PCN_Q = PCN_S + ': Quick Reference – Key Policy Messages'
PCN_O = (PCN_S + ': 1.3 This policy supports the commitment and objectives to socially responsible and sustainable '
         'procurement which is set out in the Socially Responsible Procurement Strategy 2024 to 2029:')
NRC_S = 'Commercial activity policy note: Procurement Policy Note 2/20: Supplier relief due to Covid-19'
NRC_M = 'Commercial activity policy note: We will be able to offer support using the following methods:'
NRS_S = 'Natural Resources Wales: Modern slavery statement 2022-23'
SBC_S = 'Swansea Bay City Deal: Procurement'
WGF_S = 'Written Statement: Approach to the Foundational Economy in Health and Social Services'
WGF_A = WGF_S + ': The programme focuses on 3 main areas:'
NAS_S = 'Northern Ireland Assembly Commission: Social Value in Procurement Policy'
NAP_S = ('Northern Ireland Assembly Commission Procurement Policy: Introduction: It ensures that all procurement '
         'activities are carried out:')
NAP_R = 'Northern Ireland Assembly Commission Procurement Policy: Role of the Procurement Office'
NAP_K = 'Northern Ireland Assembly Commission Procurement Policy: Key Principles: i. Be Professional and Ethical'
BSP_S = 'Business Services Organisation: Procurement and Logistics Service: Procurement'
BSW_S = 'Collection and Recycling/Recovery or Disposal of Healthcare Domestic Waste [4504047]: contract award notice'
PSN_S = 'ID 4890047 - Police Service of Northern Ireland (PSNI) - Managed Vehicle Recovery Service: Notice Description'
LCA_S = 'LCCC - Provision of Static Attendants T2627-002: Planning Information'
ANB_S = 'Transportation and Reprocessing of a Range of Recyclables from Household Recycling Centres: Description'
TW8_S = 'Public Procurement: Social Objectives (Northern Ireland Assembly, 27 May 2008, Minister of Finance and Personnel)'
TW4_S = 'Social Investment Fund (Northern Ireland Assembly, 12 May 2014, oral answers)'
BBC_S = 'New social value procurement policy announced (BBC News NI)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Scotland
 (SWA, 'scot-strategy', S, MU, [], SWA_S, 'Increasingly, buyers are working creatively to deliver broader social, environmental and economic benefits by making sure sustainability is firmly established in their work.'),
 (SWA, 'scot-strategy', S, EI, [], SWA_S, 'Unlocking these potential benefits from procurement can help us foster jobs and growth, encourage innovation, and boost training and apprenticeship opportunities.'),
 (SWA, 'scot-strategy', S, EI, [], SWA_S, 'Good procurement practice can, and should play a key role in helping small and medium-sized enterprises (SMEs), third-sector organisations and supported businesses compete effectively for contracts.'),
 (NHH, 'scot-strategy', S, MU, [], NHH_S, 'Closely aligning with the road map and vision set out within the Public Procurement Strategy for Scotland - "putting public procurement at the heart of a sustainable economy to maximise value for the people of Scotland" - we will harness our significant spending power to promote a green and just economic recovery.'),
 (N24, 'scot-strategy', S, MU, [], N24_S, 'The Scottish Government’s policy drivers for public procurement are predominantly centred around sustainability, economic development and tackling inequality.'),
 (SEM, 'scot-strategy', S, EI, [], SEM_S, 'SME and VCSE Engagement: Partnering with the Supplier Development Programme (SDP) to host “Meet the Buyer” events and simplify bidding processes for small businesses.'),
 (SEM, 'scot-strategy', S, CL, [], SEM_A, 'A core focus is leveraging procurement to reduce emissions by 35% by 2026 (against a 2019/20 baseline) through initiatives like transitioning to a fully electric fleet by 2030 and embedding circular economy principles under the Circular Economy (Scotland) Act 2024.'),
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (HWU, 'uni-policy', S, None, [], HWU_S, 'Sustainable Procurement is “Purchasing that takes into account social, environmental and economic issues in order to establish best value.”'),
 (HWU, 'uni-policy', S, CL, [], HWU_S, 'When evaluating tenders, due consideration is given to life-cycle costing including utilities consumption; and construction projects generally aim for BREEAM Excellence rating (e.g. Student Residences developments).'),
 (HWU, 'uni-policy', S, CL, [], HWU_S, 'Non-pay spend data is used to measure and report on our performance against Scope 3 Carbon Emissions targets.'),
 (DG1, 'scot-cb', S, WB, [], DG1_S, 'This includes a Community Benefit Wishlist element where local community groups can apply for support from contractors.'),
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (DG1, 'scot-cb', S, None, [], DG1_S, 'Community Benefits are a range of activities aimed at improving the economic, social, or environmental wellbeing of the Dumfries and Galloway region and are delivered by contractors in addition to their main area of work.'),
 (DG2, 'scot-cb', S, EO, ['economic-inequality'], DG2_S, 'It is not only about spend in the local economy however, where possible our contracts are written to provide added value; 82% of regulated contracts awarded during the Reporting Period included the requirement for Fair Work conditions, which aims to ensure workforces and their skill base are growing and local people are provided with good employment opportunities through the Council’s procured contracts.'),
 (HIL, 'scot-cb', S, WB, ['economic-inequality'], HIL_S, 'Hillcrest is committed to investing in our local communities by delivering a Community Benefits programme through a range of activities for our customers and communities.'),
 (HIL, 'scot-cb', S, EI, [], HIL_L, 'Generation of employment and training opportunities,'),
 (HIL, 'scot-cb', S, EI, ['equal-opportunity'], HIL_L, 'Up-skilling; equality initiatives;'),
 (HIL, 'scot-cb', S, EI, [], HIL_L, 'SME/supply chain/third sector development;'),
 (HIL, 'scot-cb', S, WB, [], HIL_L, 'Building capacity in community organisations;'),
 (HIL, 'scot-cb', S, CL, [], HIL_L, 'Minimising negative environmental impacts.'),
 (SPD, 'scot-report', S, WB, [], SPD_S + ': Are creative and their vibrant and diverse cultures are expressed and enjoyed widely', 'NHS Greater Glasgow & Clyde’s interpreting, communications support and translation services contracts include various community benefit requirements such as the provision of free interpretation support for public art and community projects (NHS Greater Glasgow & Clyde, Annual Procurement Report, 2018-19)'),
 (SPD, 'scot-report', S, WB, [], SPD_S + ': Are creative and their vibrant and diverse cultures are expressed and enjoyed widely', 'A contract for educational materials included a requirement related to the donation of A4 packs of paper, card and board to local schools (Dumfries & Galloway Council, Annual Procurement Report, 2018-19)'),
 # Wales
 (FL1, 'council-list', W, WB, ['economic-inequality'], FL1_S, 'support for Flintshire’s food poverty programme;'),
 (FL1, 'council-list', W, EI, [], FL1_S, 'reducing fuel poverty;'),
 (FL1, 'council-list', W, CL, [], FL1_S, 'support to reduce energy use and waste;'),
 (FL1, 'council-list', W, EO, [], FL1_S, 'support for the Armed Forces Covenant;'),
 (FL1, 'council-list', W, EO, [], FL1_S, 'promoting equality of opportunity;'),
 (FL1, 'council-list', W, EI, [], FL1_S, 'providing apprenticeship and work experience opportunities;'),
 (FL1, 'council-list', W, EI, [], FL1_S, 'increasing the use of local companies in the supply chain;'),
 (FL1, 'council-list', W, EI, ['equal-opportunity'], FL1_S, 'support for employment for marginalised young people and for looked after children.'),
 (FL1, 'council-list', W, EI, [], FL1_G, 'allowing third sector organisations to show the social value generated through their work which will help them secure resources and contracts;'),
 (FL2, 'council-list', W, CL, [], FL2_S, 'Improving biodiversity;'),
 (FL3, 'council-list', W, EI, [], FL3_S, 'The proposed revisions to the strategy place greater emphasis on purchasing locally, within the county of Flintshire itself and the wider area of the North Wales and Mersey Dee Alliance, so that more of the spend goes back into the local economy and to businesses that employ Flintshire residents.'),
 (FL3, 'council-list', W, CL, [], FL3_S, 'A large proportion of the Council’s carbon footprint will be generated by the goods and services it buys so in future the council will asking its contractors to work to reduce their own carbon emissions.'),
 (VG1, 'wales-cb', W, EO, ['economic-inequality'], VG1_S + ': Recommendations', 'That the Council signs up to the Code of Practice - Ethical Employment in Supply Chains.'),
 (VG1, 'wales-cb', W, EO, [], VG1_S + ': Reasons for the Recommendations', "To promote good employment practice throughout the Council's supply chain."),
 (VG2, 'wales-cb', W, EI, [], VG2_S, 'Supported by the Welsh Government’s Foundational Economy Challenge Fund, the initiative will help support procurement from local businesses and drive local spending, in turn creating stronger supply chains within the local economy to support both businesses and communities.'),
 (CYN, 'wales-cb', W, MU, [], CYN_S, 'Council staff believe they have a responsibility with that spend to ensure they deliver the best value to the area including skills, health, well-being, environmental benefits and employment.'),
 (TFW, 'wales-policy', W, MU, [], TFW_S, 'Transport for Wales is developing a framework of suppliers to work with us not only to improve transport connectivity but also to provide wider benefits for Welsh communities.'),
 (TFW, 'wales-policy', W, MU, [], TFW_S, 'This gives them the best opportunity to exceed the sustainability targets set by us, including carbon reduction, training and skills development, shared apprenticeship schemes, SME development and other community benefits.'),
 (RTM, 'wales-policy', W, EI, [], RTM_O, 'We want to enable smaller local suppliers to compete for and win work in the supply chain.'),
 (RTM, 'wales-policy', W, EI, [], RTM_O, 'TfW is working closely with Welsh government’s support department, Business Wales, to make opportunities available to local small and medium-sized enterprises (SMEs) and third sector enterprises (TSEs).'),
 (MWF, 'wales-policy', W, MU, [], MWF_S, 'We will maximise the long-term social, economic and environmental benefits our business has on our communities.'),
 (MWF, 'wales-policy', W, MU, [], MWF_D, 'Explore opportunities to widen the delivery of social benefits to our communities.'),
 (MWF, 'wales-policy', W, MU, [], MWF_D, 'Incorporate Social Value criteria into our Procurement processes, where appropriate.'),
 (MWF, 'wales-policy', W, EI, [], MWF_D, 'Explore ways to enable our departments to buy from local Small and Medium Enterprises.'),
 (PCN, 'wales-policy', W, MU, [], PCN_Q, 'Delivering long-term sustainable social and economic value outcomes from National Park Authority spend'),
 (PCN, 'wales-policy', W, CL, [], PCN_O, 'Contribute to the Authority’s aim to be carbon neutral by 2030 and support the Park to achieve carbon neutrality'),
 (SBC, 'wales-policy', W, EI, [], SBC_S, 'We want to ensure that our citizens and the regional supply chain can benefit from the portfolio, thus improving the overall economy across the Swansea Bay City Region for future generations.'),
 (WGF, 'wales-nhs', W, EI, [], WGF_S, 'Through this programme, we want to prioritise spending Welsh public money in Wales, supporting Welsh companies wherever possible, which employ people and provide jobs and training in a local supply chain.'),
 # Northern Ireland
 (NAS, 'ni-policy', N, MU, [], NAS_S + ': Purpose', 'This policy sets out the Northern Ireland Assembly Commission’s (the Assembly Commission) approach to embedding social value in procurement, ensuring that contracts deliver wider benefits to society, the economy, and the environment.'),
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (NAS, 'ni-policy', N, None, [], NAS_S + ': Introduction and Context', 'Social value in procurement refers to the wider benefits that public sector procurement can deliver for society, beyond the core function of acquiring goods and services.'),
 (NAS, 'ni-policy', N, MU, [], NAS_S + ': Introduction and Context', 'It includes outcomes that promote economic growth, support community wellbeing, encourage fair work, and contribute to environmental sustainability.'),
 (NAP, 'ni-policy', N, MU, [], NAP_S, 'in a manner that embraces our corporate values, achieves value for money, promotes fair competition, and supports wider government objectives such as sustainability, social value, and economic growth.'),
 (BSW, 'ni-notice', N, MU, [], BSW_S + ': description', 'The contracting authority has identified the most economically advantageous tender (MEAT) on the basis of the Price 90% and Social Value 10%, once full compliance was demonstrated with all of the elements of the specification, including Quality-Pass/Fail and any other requirements as listed in the tender documentation.', {'weighting_percent': 10}),
 (TW8, 'ni-policy', N, MU, [], TW8_S, 'The definition of “best value for money” allows for the integration — individually or collectively, as appropriate — within the procurement process, of social, economic and environmental objectives, which are the three pillars of sustainable development.'),
 (TW4, 'ni-policy', N, EI, [], TW4_S, 'We believe that procurement projects could impact on training, employment and investment in local communities and, in the longer term, on regeneration.'),
 (TW4, 'ni-policy', N, MU, [], TW4_S, 'As such, social and environmental requirements can be included in public contracts in so far as they comply with procurement rules.'),
 (BBC, 'ni-policy', N, EO, ['economic-inequality'], BBC_S, 'The living wage will also be included as a condition of contract for tenders.'),
 (BBC, 'ni-policy', N, MU, [], BBC_S, 'Tenders are scored on the basis of cost and quality, but from next June, they must include a minimum of 10% of total award criteria to social value.', {'weighting_percent': 10}),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Scotland
 (SWA, 'scot-strategy', S, SWA_S, 'Scottish Water as a public utility spends around £600m a year buying goods, services and works.'),
 (SWA, 'scot-strategy', S, SWA_S, 'Our customers expect us to provide excellent service, ever higher levels of water quality, and strong environmental performance – all for an affordable price.'),
 (NHH, 'scot-strategy', S, NHH_S, 'The Procurement Reform (Scotland) Act 2014 requires that all contracting authorities that anticipate spending £5 million or more on regulated procurements in their upcoming fiscal year, must produce a procurement strategy before the beginning of that year, or review its existing procurement strategy annually making such revisions to it as the authority considers appropriate.'),
 (NHH, 'scot-strategy', S, NHH_P, 'Goods and services must only be provided upon receipt of a valid NHSH purchase order.'),
 (NHH, 'scot-strategy', S, NHH_P, 'All supplier invoices must quote a valid NHSH purchase order number.'),
 (NHH, 'scot-strategy', S, 'IR35 off-payroll working rules', 'If you are not providing goods but your own time and labour (self-employed, personal company or limited company) then your HMRC employment status must be determined before any work commences.'),
 (N24, 'scot-strategy', S, N24_S, 'It is now a legal requirement for Scottish public sector bodies to publish a Procurement Strategy and review it annually.'),
 (PHS, 'scot-strategy', S, PHS_S, 'European Single Procurement Document (ESPD): A single common document intended, by the European Commission, to reduce the administrative burden on bidders and remove some of the barriers to participation in public procurement, especially for small- to medium-sized enterprises.'),
 (SPA, 'scot-strategy', S, SPA_S, 'The Authority is the named contracting authority both for itself and for Police Scotland.'),
 (SPA, 'scot-strategy', S, SPA_S, 'However, the procurement function is performed by Police Scotland.'),
 (SEM, 'scot-strategy', S, SEM_S, 'Cost Efficiency: Delivering savings through competitive tendering, demand rationalisation, and collaborative frameworks with UK blue-light services.'),
 (SEM, 'scot-strategy', S, SEM_S, 'Regulatory Compliance: Centralising procurement for contracts over £5,000 and enhancing staff training on legislative updates.'),
 (CLK, 'council-guide', S, CLK_S, "a review of whether those procurements complied with the authority's procurement strategy,"),
 (EDB, 'council-guide', S, EDB_S, 'Contracts are awarded on the principle of either the lowest cost or the most economically advantageous as determined by the criteria relevant to the type of supplies, services or works required.'),
 (DG1, 'scot-cb', S, DG1_S, 'Total procurement spend amounted to £199 million on goods, services and works across the financial year 2022/23.'),
 (DG1, 'scot-cb', S, DG1_S, 'The largest sector of spend was construction at more than £40 million.'),
 (HIL, 'scot-cb', S, HIL_S + ': 1. Community Investment at Hillcrest', 'This Community Benefits Statement supports Hillcrest to deliver its Procurement Strategy 2021-2025.'),
 (HIL, 'scot-cb', S, HIL_S + ': 1. Community Investment at Hillcrest', 'These requirements must be compatible with the procurement principles, equal treatment and non- discrimination and transparency and proportionality.'),
 (SPD, 'scot-report', S, SPD_S + ': Live in communities that are inclusive, empowered, resilient and safe', 'The Scottish Fire and Rescue Service continues to seek new ways of supporting service delivery through the introduction of new technology.'),
 (SPD, 'scot-report', S, SPD_S + ': Live in communities that are inclusive, empowered, resilient and safe', 'One local authority commissioned a contractor to refurbish and replace external lighting at local play area to allow children to use the play area 50 weeks per year (survey response)'),
 # Wales
 (FL2, 'council-list', W, FL2_O, 'The future procurement of Council home construction;'),
 (FL2, 'council-list', W, FL2_O, 'The redevelopment of Theatr Clwyd;'),
 (FL3, 'council-list', W, FL3_S, 'The Council spends around £198 million each year on goods, services and construction.'),
 (WRX, 'council-guide', W, 'Council Procurement', 'The County Borough Council spends around £80 million a year on goods, works and services.'),
 (WRX, 'council-guide', W, WRX_S, 'It operates within a complex regulatory framework that must be adhered to.'),
 (WRX, 'council-guide', W, WRX_C, 'Develop procurement expertise'),
 (VG1, 'wales-cb', W, VG1_S + ': Background', 'During 2017/2018 the Council spent £95.9m procuring a diverse range of goods, services and works.'),
 (VG1, 'wales-cb', W, VG1_S + ': Relevant Issues and Options', 'New technology, changing demographics, increasing awareness of sustainability issues, legislative changes and the drive for efficiency are all transforming the world of public procurement at a rapid pace.'),
 (CYN, 'wales-cb', W, CYN_S, 'Procurement is where an organisation acquires goods, services or works from an external source.'),
 (CYN, 'wales-cb', W, CYN_S, 'Very simply it is the shopping an organisation does to deliver its aims and objectives.'),
 (TFW, 'wales-policy', W, TFW_S, 'Our desire is to develop a long-term plan that’s focused on sustainable transport infrastructure enhancements right across the length and breadth of Wales, beginning with the South Wales Metro.'),
 (TFW, 'wales-policy', W, TFW_S, 'This was the first of a series of events designed to provide information to potential suppliers, to seek their feedback on our plans and to provide an opportunity for businesses of all sizes to work together and provide innovative solutions for rail in Wales.'),
 (RTM, 'wales-policy', W, RTM_S, 'It is currently undertaking the procurement process for the next Wales and Borders Rail Service and South Wales Metro on behalf of the Welsh government.'),
 (RTM, 'wales-policy', W, RTM_S, 'We’re procuring an operator and development partner (ODP) using an outcome-based Competitive Dialogue process.'),
 (MWF, 'wales-policy', W, MWF_D, 'Continue to support the outcomes of engagement with our partners, including at Local Resilience Forums, Public Services Boards and other forums.'),
 (MWF, 'wales-policy', W, MWF_S + ': Why is this important?', 'Every fire we attend has a cost to people, places, and our environment, so prevention, wherever possible, is a priority for us.'),
 (PCN, 'wales-policy', W, PCN_Q, 'The Authority will ensure that all its business activity, including procurement, is carried out in a transparent, robust and cost-effective manner.'),
 (PCN, 'wales-policy', W, PCN_S, 'This policy is also available in Welsh.'),
 (PCN, 'wales-policy', W, PCN_O, 'Ensuring legal compliance and robust transparent governance'),
 (NRC, 'wales-policy', W, NRC_S, 'This helps us provide support to our suppliers and ensure service continuity during and after the current coronavirus outbreak.'),
 (NRC, 'wales-policy', W, NRC_M, 'Prompt payment'),
 (NRS, 'wales-policy', W, NRS_S, 'This Statement is designed to satisfy the requirements of Part 6 Section 54 of the Modern Slavery Act (2015) and forms part of our commitment to the Welsh Government’s ‘Code of Practice for Ethical Employment in Supply Chains’ and the UK Woodland Assurance Standard (UKWAS).'),
 (SBC, 'wales-policy', W, SBC_S, 'A Procurement Pipeline document has been created that shows what each project is intending to procure showing the procurement route and when tenders will be issued.'),
 (WGF, 'wales-nhs', W, WGF_A, 'The direct goods and services we buy'),
 # Northern Ireland
 (NAS, 'ni-policy', N, NAS_S + ': Introduction and Context', 'While the Assembly Commission is not required to comply with PPNs issued by the Department of Finance, the principles set out in PPN 01/21 remain strategically relevant to our procurement function.'),
 (NAP, 'ni-policy', N, NAP_S, 'in compliance with relevant legal frameworks, such as; the Procurement Act 2023 and the Procurement Regulations 2024, policies and good practices; and'),
 (NAP, 'ni-policy', N, NAP_R, 'The Assembly Commission operates a delegated model of procurement whereby directors have delegated authority to award contracts up to an estimated total value of £30k (excluding VAT).'),
 (BSP, 'ni-policy', N, BSP_S, 'PaLS are required to comply with the Public Contract Regulations 2015 for contracts over a designated monetary threshold.'),
 (BSP, 'ni-policy', N, BSP_S, 'BSO PaLS also manages the transactional purchasing for HSCNI Organisations which is carried out 100% electronically.'),
 (BSP, 'ni-policy', N, BSP_S + ': Who procures what category and from where', 'Procurement and Logistics Service manages the procurement of clinical and non-clinical goods and services, ICT goods and services and social care services.'),
 (BSW, 'ni-notice', N, BSW_S + ': description', 'This contract is not a joint contract, it is a central purchasing body contract operated by Business Services Organisation, Procurement and Logistics Service on behalf of Health and Social Care in Northern Ireland.'),
 (BSW, 'ni-notice', N, BSW_S + ': description', 'Details of the Quality, Social Value split and the evaluation process incorporating price and compliance are provided as part of the Tender Evaluation Methodology and Marking Scheme (TEMMS) (SS20b).'),
 (PSN, 'ni-notice', N, PSN_S, 'The public, through the Police, are entitled to a fast and effective vehicle recovery service.'),
 (PSN, 'ni-notice', N, PSN_S, 'To provide this service the PSNI intends to appoint a Managing Agent (Contractor) to manage a vehicle recovery service throughout all of Northern Ireland.'),
 (LCA, 'ni-notice', N, LCA_S, 'PME was advertised on Etenders NI for 3 weeks, suppliers were invited to complete a questionnaire, by a specific deadline.'),
 (ANB, 'ni-notice', N, ANB_S, 'Antrim and Newtownabbey Borough Council would like to invite tenders for the safe removal and recycling/reprocessing/reuse and disposal of a range of recyclables from the Council’s Household Recycling Centres for the period of 1 December 2025 – 30 November 2027 with an option to extend for up to a further 24 months, subject to performance and review.'),
 (TW8, 'ni-policy', N, TW8_S, 'The Northern Ireland procurement policy, which was agreed by the Executive in 2002, commits to the delivery of best value for money.'),
 (TW4, 'ni-policy', N, TW4_S, 'Lead partners will be contracted to procure service providers who can deliver the specific projects that have been successful at appraisal stage, and we certainly welcome any collaborative approach whereby community groups can come together as consortia to build and deliver those projects, particularly within and across all the social investment zones.'),
 (BBC, 'ni-policy', N, BBC_S, 'Every year the executive spends £3bn buying goods, services and construction from the private and third sectors.'),
 (BBC, 'ni-policy', N, BBC_S, 'It will apply to service contracts above £123,000 and construction contracts above £4.7m.'),
]
OGL_HOSTS = ('gov.scot', 'gov.wales')




batch = Batch('public-texts-20.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; pages of one site or document sharing wording are one group:
    # Flintshire's news and cabinet pages (the same priorities list), the two Dumfries and Galloway news reports,
    # Transport for Wales's pages; notices are grouped by ocid as in notices.jsonl.
    if 'flintshire.gov.uk' in src: return 'flintshire.gov.uk/social-value'
    if 'dgwgo.com' in src: return 'dgwgo.com/dumfries-galloway-procurement'
    if src in (TFW, RTM): return 'transport-for-wales-suppliers'
    if (g := ocid_group(src)): return g
    if src == ANB: return 'fts:061500-2025'
    return src




batch.emit_lists('pub20', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
