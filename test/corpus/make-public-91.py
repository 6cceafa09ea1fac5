"""Write /work/batches/public-texts-91.jsonl: batch 99, HEALTH and CARE buyers in Scotland, Wales and Northern Ireland as
a supplier meets them: what NHS Scotland boards, NHS National Services Scotland (National Procurement), NHS Wales Shared
Services Partnership (NWSSP) and Northern Ireland's Business Services Organisation (BSO PaLS) and health and social care
bodies, and the councils commissioning social care, publish about the community benefits, Fair Work First and
sustainability they want from suppliers and providers, with hard negatives from the same documents: what is bought
(care, advocacy, pain support, food, carbon reporting), procedure and refresh text, pricing uplifts, award criteria of a
clinical supply, TUPE and care standards, definitions, and the boards' own sustainability plans and workforce pay.

Sources: NHS Tayside's Local Purchasing page; NHS Lothian's Sustainable Procurement page; NHS Scotland National
Procurement's Sustainable Procurement Policy (docest.com copy); Health Facilities Scotland's procurement page; NHS
Education for Scotland's supplier guide (docest.com copy); NHS Golden Jubilee's climate emergency and sustainability
report 2023/24 (sustainable procurement page); the NHS Scotland climate emergency and sustainability strategy 2022-2026
(gov.scot pages 2 and 8) and its annual report 2021-22 (page 9); the Scottish Government's statutory guidance on fair
work practices and the award of public contracts (gov.scot pages 1 and 7, beta.gov.scot page 5) and its best practice
guidance on addressing fair work (page 5); its best practice guidance on procuring care and support services (2016
page 10; 2021 update pages 3, 5 and part 1); the Fair Work Convention's Fair Work in Scotland's Social Care Sector 2019
(recommendations); the Scottish Parliament's written answer S5W-00197 and Scottish Care's statement on the National
Care Home Contract; the Welsh Government's Real Living Wage for social care workers (guidance to local authorities and
health boards, the Deputy Minister's written statement, the process evaluation summary) and its health circular
WHC/2021/024; Welsh Health Supplies' national uniform contract case study; Public Health Wales' Be the Change e-guide
page; agendaNi's interview on BSO PaLS's HSCNI energy procurement; and contract notices: NSS NP775 fruit and
vegetables (Sell2Wales), Falkirk Council's supported accommodation, NWSSP's adult mental health / learning disability /
CAMHS hospital framework, insourcing / outsourcing framework (Find a Tender) and IMCA service, Welsh Government's carbon
reporting call-off for NHS Wales, Bridgend (Find a Tender) and Neath Port Talbot domiciliary care frameworks, BSO PaLS
/ SPPG notices (acquired brain injury social support, independent living advice and advocacy, chronic pain community
programmes), the Western Trust's domiciliary care contract modification, and the Belfast Trust / BSO home parenteral
nutrition tender (bidatlas.co.uk copy); d3tenders.com copies unless named.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus; notices from d3tenders.com,
bidatlas.co.uk, find-tender.service.gov.uk and sell2wales.gov.wales copies); list bullets dropped, an item's label moved
into its section. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr). Crown copyright pages (gov.scot, beta.gov.scot, gov.wales, find-tender.service.gov.uk, sell2wales.gov.wales)
and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-91.py > /work/batches/public-texts-91.jsonl
"""
from batch import Batch, EI, CL, EO, MU, ocid_group, S, W, N


# NHS Scotland boards and National Procurement
TAY = 'https://www.nhstayside.scot.nhs.uk/YourHealthBoard/PROD_387059/index.htm'
LOT = 'http://www.nhslothian.scot.nhs.uk/WorkingWithUs/procurement/SustainableProcurement/Pages/default.aspx'
NPOL = 'https://docest.com/doc/614376/national-procurement'
HFS = 'http://www.hfs.scot.nhs.uk/services/sustainable-development/procurement/'
NES = 'https://docest.com/doc/84161/how-to-contract-with-nhs-education-for-scotland-suppliers-guide'
CES = 'https://www.gov.scot/publications/nhs-scotland-climate-emergency-sustainability-strategy-2022-2026/pages/'
CES2, CES8 = CES + '2/', CES + '8/'
# Scottish Government fair work statutory guidance; care and support procurement guidance; Fair Work Convention
SGF = 'statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-practices/pages/'
SGF1 = 'https://www.gov.scot/publications/' + SGF + '1/'
SGF7 = 'https://www.gov.scot/publications/' + SGF + '7/'
SGF5 = 'https://beta.gov.scot/publications/' + SGF + '5/'
CS21 = 'procurement-care-support-services-best-practice-guidance/pages/'
CS11 = 'http://www.gov.scot/Publications/2016/03/7565/11'
CS2 = 'https://www.gov.scot/publications/' + CS21 + '2/'
CS3 = 'https://gov.scot/publications/' + CS21 + '3'
CS5 = 'https://gov.scot/publications/' + CS21 + '5'
C16 = 'https://www.gov.scot/publications/guidance-procurement-care-support-services-2016-best-practice/pages/'
C16_3, C16_10 = C16 + '3/', C16 + '10/'
FWC = 'https://www.fairworkconvention.scot/scr/SCT02196524681-'
FWC2, FWC6 = FWC + '02.htm', FWC + '06.htm'
AFW = 'https://gov.scot/publications/addressing-fair-work-practices-including-real-living-wage-procurement-best/pages/5'
NCHC = 'https://www.parliament.scot/chamber-and-committees/questions-and-answers/question?ref=S5W-00197'
SCARE = 'https://scottishcare.org/scottish-care-media-statement-on-the-national-care-home-contract/'
# Welsh Government: Real Living Wage for social care workers (commissioning by local authorities and health boards)
RLWA = 'https://www.gov.wales/administering-real-living-wage-social-care-workers'
RLWS = 'https://www.gov.wales/written-statement-real-living-wage-social-care-workers-wales'
RLWE = 'https://www.gov.wales/real-living-wage-social-care-workers-process-evaluation-summary-html'
# Scottish notices (NSS, Falkirk Council, Scotland Excel)
FV = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=JUN521559'
FAL = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000732055'
# Welsh notices and circular (NWSSP, Welsh Government, Bridgend, Neath Port Talbot)
MH = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-054fd9'
OUT = 'https://www.find-tender.service.gov.uk/Notice/061532-2025'
IMCA = 'https://d3tenders.com/contract/?ocid=ocds-kuma6s-134380'
WGC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-037531'
BRI = 'https://www.find-tender.service.gov.uk/Notice/063195-2025'
NPT = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0582f1'
WHC = 'https://gov.wales/nhs-wales-contribution-towards-net-zero-public-sector-2030-whc2021024'
AGN = 'http://www.agendani.com/powering-sustainable-procurement/'
GJ = ('https://nhsgoldenjubilee.co.uk/publications/reports/climate-emergency-and-sustainability-annual-report/'
      'climate-emergency-and-sustainability-annual-report-20232024/sustainable-procurement-circular-economy-and-waste')
CESR = 'https://www.gov.scot/publications/annual-nhs-scotland-climate-emergency-sustainability-report-2021-22/pages/9/'
WHS = 'https://mfetg.wordpress.com/case-studies-2/welsh-health-supplies-%E2%80%93-national-uniform-contract/'
PHW = 'https://phwwhocc.co.uk/resources/be-the-change-procurement-that-doesnt-cost-the-earth/'
# Northern Ireland notices (BSO PaLS, SPPG, Western Trust, Belfast Trust)
ABI = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-0406be'
IAA = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-02dec1'
CPN = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-0394b3'
WDC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05fb06'
HPN = 'https://bidatlas.co.uk/tenders/086142-2025'

TAY_S = 'NHS Tayside: Your Health Board: Local Purchasing'
LOT_S = 'NHS Lothian: Working with us: Procurement: Sustainable Procurement'
LOT_E = LOT_S + ': Our service is designed to ensure:'
NPOL_S = 'NHS Scotland National Procurement: Sustainable Procurement Policy (March 2011)'
NPOL_G = NPOL_S + ': Aim: The Ten Principles of the Global Compact'
HFS_S = 'Health Facilities Scotland: Sustainable development: Procurement'
NES_S = 'Doing business with NHS Education for Scotland: a supplier\'s guide: 1. Introduction'
CES_S = 'NHS Scotland climate emergency and sustainability strategy: 2022-2026'
SGF_S = 'Fair work practices and the award of public contracts: statutory guidance'
SGF7_S = SGF_S + ': Evaluating fair work practices in public contracts'
SGF5_S = SGF_S + ': Scope and application'
CS_S = 'Procurement of care and support services: best practice guidance - updated June 2021'
C16_S = 'Procurement of care and support services: best practice guidance (2016)'
FWC_S = 'Fair Work in Scotland\'s Social Care Sector 2019 (Fair Work Convention)'
FWC6_S = FWC_S + ': Recommendations'
AFW_S = 'Addressing fair work practices, including the real living wage, in procurement: best practice: Contract Award and Contract And Supplier Management'
NCHC_S = 'Scottish Parliament written question S5W-00197 (National Care Home Contract and the living wage)'
SCARE_S = 'Scottish Care Media Statement on the National Care Home Contract'
RLWA_S = 'Administering the Real Living Wage for social care workers (Welsh Government guidance)'
RLWS_S = 'Written Statement: Real Living Wage for social care workers in Wales'
RLWE_S = 'Real Living Wage for social care workers: process evaluation (summary)'
MH_S = 'National Collaborative Framework for Adult MH LD & CAMHS Hospital Services (NWSSP): additional information'
OUT_S = 'April 2026 Refresh of Framework Agreement for Outsourcing / Insourcing (NWSSP): two.1.4) Short description'
BRI_S = 'Care at Home framework (Bridgend County Borough Council): Scope: Description'
NPT_S = 'Open Framework for Domiciliary Care Services for Older and Disabled Persons (Neath Port Talbot Council): Notice Description'
WGC_S = 'WG call off - Energy Services Framework - NHS Wales Climate Change Strategic Delivery Plan: Lot Information'
WHC_S = 'NHS Wales\' contribution towards a net-zero public sector by 2030 (WHC/2021/024)'
AGN_S = 'Powering sustainable procurement (agendaNi interview on BSO PaLS\'s HSCNI energy procurement)'
GJ_S = 'NHS Golden Jubilee climate emergency and sustainability annual report 2023/2024: Sustainable procurement, circular economy and waste'
CESR_S = 'NHS Scotland - climate emergency and sustainability: annual report 2021 to 2022: 7. Sustainable Procurement, Waste and Circular Economy and (SPWCE)'
WHS_S = 'Welsh Health Supplies - National Uniform Contract (case study)'
PHW_S = 'Be the change: procurement that doesn\'t cost the earth (Public Health Wales)'
ABI_S = 'The Provision of a Social Support Service for adults with an Acquired Brain Injury (ABI) and their Carers in Northern Ireland (BSO PaLS)'
IAA_S = 'Independent Information, Advice and Advocacy Service to Support Independent Living [3854319]: tender description'
CPN_S = 'Provision of a Community Development Approach to Chronic Pain Management CFT 4113786: tender description'
WDC_S = 'Provision of Domiciliary Care Services in the Western Health & Social Care Trust: Lot 1: MODIFICATION NUMBER 5'
HPN_S = 'Home Parenteral Nutrition (Belfast Health & Social Care Trust / BSO PaLS)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # NHS Tayside: local purchasing, Living Wage and Fair Work First in contracts
 (TAY, 'health-board', S, EI, [], TAY_S, 'By sourcing more goods and services locally, and with organisations that work ethically and sustainable, NHS Tayside can have a positive impact on community wealth and wellbeing.'),
 (TAY, 'health-board', S, EO, [], TAY_S + ': Living Wage Accreditation benefiting local communities', 'The accreditation also means that staff in any suppliers NHS Tayside contracts with cannot be paid less than the independently calculated Living Wage whilst delivering the contract on our premises.'),
 (TAY, 'health-board', S, EO, [], TAY_S + ': Living Wage Accreditation benefiting local communities', 'Using the Fair Work First Guidance, NHS Tayside will continue to mandate Real Living Wage in all applicable contracts.'),
 # NHS Lothian: sustainable procurement
 (LOT, 'health-board', S, MU, [], LOT_S, 'We aim to reduce the social and environmental impacts from the purchase, use, and disposal of the products we procure.'),
 (LOT, 'health-board', S, MU, [], LOT_S, 'We seek to promote and maintain high standards of social, ethical and environmental conduct across our procurement activities and work with our suppliers to make sure they also adopt this approach.'),
 (LOT, 'health-board', S, EO, [], LOT_E, 'Good social and ethical practices within our operations and supply chain.'),
 # NHS Scotland National Procurement: sustainable procurement policy and supplier code (Global Compact)
 (NPOL, 'health-national', S, MU, [], NPOL_S + ': Aim', 'We are also committed to ensuring that our suppliers and Contractors on National contracts are encouraged to adopt a similar responsible approach.'),
 (NPOL, 'health-national', S, EO, [], NPOL_G + ': Human Rights', 'Principle 1: Businesses should support and respect the protection of internationally proclaimed human rights; and'),
 # Scottish Government statutory guidance on fair work practices
 (SGF7, 'fair-work-guidance', S, MU, [], SGF7_S, 'Section 9 of the Act places a sustainable procurement duty on a contracting authority before carrying out a regulated procurement, to consider how in conducting the procurement process it can improve the economic, social, and environmental wellbeing of the authority\'s area.'),
 (SGF7, 'fair-work-guidance', S, EO, [], SGF7_S, 'A contracting authority can contribute towards improving the social wellbeing element of its sustainable procurement duty by adopting a policy to promote fair work practices in relevant public contracts.'),
 (SGF7, 'fair-work-guidance', S, EO, [], SGF7_S, 'A contracting authority must consider, before undertaking a procurement exercise, whether it is relevant and proportionate to include a question on fair work practices, which would be evaluated along with other relevant criteria, while ensuring the appropriate balance between quality and cost of the contract.'),
 (SGF7, 'fair-work-guidance', S, EO, [], SGF7_S, 'Any decision to include a question on fair work practices should be made on a case by case basis taking into account commitments set out in the contracting authority\'s procurement strategy.'),
 (SGF7, 'fair-work-guidance', S, EO, [], SGF7_S, 'The question should ask bidders to describe the package of measures which demonstrate their positive approach to fair work practices in delivering the public contract.'),
 (SGF7, 'fair-work-guidance', S, EO, [], SGF7_S, 'We regard a commitment to the Living Wage as one of the clearest ways in which a bidder can demonstrate this positive approach.'),
 (SGF1, 'fair-work-guidance', S, EO, [], SGF_S + ': Introduction', 'Service quality levels are often critically dependent on the quality and engagement of the workforce through fair work practices for those engaged in delivering public contracts.'),
 (SGF1, 'fair-work-guidance', S, EO, [], SGF_S + ': Introduction', 'The Scottish Government considers the payment of the Living Wage to be a significant indicator of an employer\'s commitment to fair work practices and that payment of the Living Wage is one of the clearest ways that an employer can demonstrate that it takes a positive approach to its workforce.'),
 (SGF5, 'fair-work-guidance', S, EO, [], SGF5_S, 'International labour standards, set both by the European Union and the International Labour Organisation, should be respected by those who deliver public contracts, including sub-contractors.'),
 (SGF5, 'fair-work-guidance', S, EO, [], SGF5_S, 'They should be able to demonstrate that they are good employers who have adopted policies which comply with relevant employment, equality and health and safety law, human rights standards and adhere to relevant collective agreements, and describe how they adopt fair work practices for all workers engaged on delivering the contract.'),
 (SGF5, 'fair-work-guidance', S, EO, [], SGF5_S, 'This includes, for example, fair and equal pay (for example, supported by equal pay audits), respecting employee rights, avoiding exploitative employment practices, supporting progressive workforce engagement by, for example, involving their employees in decision making and encouraging staff to join an appropriate Trade Union and play an active part in it.'),
 (SGF5, 'fair-work-guidance', S, EO, [], SGF5_S, 'In the absence of a recognised Trade Union or where conditions of employment are not covered by a collective agreement, the existence of alternative arrangements to give staff an effective voice are important aspects of fair work which should be provided for.'),
 (SGF5, 'fair-work-guidance', S, EO, [], SGF5_S, 'Stability of employment and of hours of work is an important element of fair work, and fair work practices are not consistent with inappropriate, exploitative and avoidable zero-hours contracts.'),
 # Fair Work Convention: social care commissioning
 (FWC6, 'care-fair-work', S, EO, [], FWC6_S, 'Key stakeholders should develop and agree appropriate minimum contract standards for the provision of publicly-funded social care services, consistent with the Fair Work Framework and the Scottish Government’s Fair Work First initiative.'),
 (FWC6, 'care-fair-work', S, EO, [], FWC6_S, 'This should provide not only for terms such as pay and hours/income stability, but also for appropriate supervision, training and development.'),
 (FWC6, 'care-fair-work', S, EO, [], FWC6_S, 'There is a need for a radical overhaul of commissioning practices in social care to ensure that fair work drives high quality service delivery through the adoption of both minimum contract standards (2 above) and through engagement at a sector level between purchasers, providers and deliverers of social care services (1 above).'),
 (FWC6, 'care-fair-work', S, EO, [], FWC6_S, 'Key stakeholders in the social care sector - funders, purchasers, providers (employers) and those with regulatory duties (e.g. Care Commission and HSE) - should apply the Fair Work Framework and commit to improving pay, conditions and opportunities for progression for directly employed care workers and for Personal Assistants.'),
 (AFW, 'fair-work-guidance', S, EO, [], AFW_S + ': Introduction', 'It is also important that contract terms and conditions, and an agreed approach to contract and supplier management ensures that any Fair Work commitments offered by the winning bidder(s) are adopted and complied with for the duration of the contract.'),
 # National Care Home Contract (Scotland) and the living wage
 (NCHC, 'care-fair-work', S, EO, [], NCHC_S + ': Answer', 'The 2016-17 National Care Home Contract agreed between COSLA and providers has been amended to require any providers delivering publicly funded care under the contract to pay all care workers a minimum of £8.25 per hour from 1 October 2016.'),
 (NCHC, 'care-fair-work', S, EO, [], NCHC_S + ': Answer', 'Part of this investment is to enable local authorities to pay a living wage to care workers providing care and support to adults in care homes, care at home and housing support settings - including in the independent and third sector.'),
 # Welsh Government: Real Living Wage for social care workers through commissioning
 (RLWA, 'care-fair-work', W, EO, [], RLWA_S + ': 1. Purpose', 'One of the key pledges in the Welsh Government’s Programme for Government is to pay social care workers in Wales the RLW.'),
 (RLWA, 'care-fair-work', W, EO, [], RLWA_S + ': 1. Purpose', 'Local authorities and health boards should not feel constrained by these if they are able to go further in their financial support for social care workers in order to boost retention or sector stability.'),
 (RLWS, 'care-fair-work', W, EO, [], RLWS_S, 'The uplift to the Real Living Wage will apply to registered workers in care homes and domiciliary care, in both adults and children’s services.'),
 (RLWS, 'care-fair-work', W, EO, [], RLWS_S, 'We also intend that it will be received by Personal Assistants in so far as they are funded through a Direct Payment.'),
 (RLWS, 'care-fair-work', W, EO, [], RLWS_S, 'Alongside professionalisation; improving the terms and conditions of the workforce is an important step towards improving recruitment and retention.'),
 (RLWE, 'care-fair-work', W, EO, [], RLWE_S + ': The Real Living Wage', 'The policy applies to all registered social care workers in care homes and domiciliary care across both adult and children\'s services, and registered domiciliary care workers in supported living settings.'),
 # NHS Golden Jubilee: contracts targeted for sustainability requirements
 (GJ, 'health-board', S, CL, [], GJ_S + ': What did we do in 2023/2024 to reduce the environmental impact and the quantity of the goods and services we buy?', 'Utilising the Scottish Government Sustainability Procurement Tool to identify targeted contracts to influence sustainability requirements, the Procurement Team has prioritised the following areas for action: recyclates and general waste, managed transport service (aim for a reduction in CO2 emissions) custom packs (review of the materials used) and patient engagement apps (reduce patient journeys).'),
 # BSO PaLS: HSCNI energy contract
 (AGN, 'health-national', N, CL, ['wellbeing'], AGN_S, 'The contract secured 100 per cent of electricity from renewable sources, as well as a host of supports from the energy suppliers including initiatives, incentives, measures and services linked to health and wellbeing.'),
 (AGN, 'health-national', N, MU, [], AGN_S, 'Our challenge was to deliver a new energy contract that would support sustainable development objectives and Northern Ireland’s Health and Wellbeing strategy by adopting an approach based on the sound principles of sustainable procurement focusing on environmental issues, economic considerations and social impacts linked to health and well-being.'),
 # Welsh Health Supplies (NHS Wales): sustainability risk assessment of contracts; Public Health Wales e-guide
 (WHS, 'health-national', W, MU, [], WHS_S, 'As a part of Welsh Health Supplies’ approach to sustainable procurement, all contracts valued over £25k are required to include a sustainability risk assessment.'),
 (PHW, 'health-guidance', W, MU, [], PHW_S, 'Sustainable procurement can mean considering not buying things at all, buying energy and resource efficient goods, ethical goods such as Fairtrade coffee, or locally sourced products and services which support local businesses.'),
 (PHW, 'health-guidance', W, MU, [], PHW_S, 'It can also support the delivery of organisational priorities and well-being objectives, and ultimately improve the economic, environmental, social, and cultural well-being of Wales.'),
 # NWSSP: community benefits in a national mental health hospital framework
 (MH, 'health-notice', W, MU, [], MH_S, 'Accordingly, contract performance conditions may relate to social and environmental considerations.'),
]
# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # NHS Tayside and NHS Lothian: the boards' own pay, reuse portal and supply service
 (TAY, 'health-board', S, TAY_S + ': Living Wage Accreditation benefiting local communities', 'NHS Tayside became an accredited Living Wage employer in 2022, making a formal commitment to paying all staff no less than a real Living Wage.'),
 (TAY, 'health-board', S, TAY_S + ': Good Practice example', 'NHS Tayside was a pioneer in the public sector in Scotland in adopting Warp-it as its reuse portal.'),
 (LOT, 'health-board', S, LOT_E, 'Resilience is built into the system'),
 (LOT, 'health-board', S, LOT_E, 'Supply is managed efficiently and sustainably'),
 (LOT, 'health-board', S, LOT_E, 'A sustainable approach to waste management saving money and reducing environmental impacts'),
 (LOT, 'health-board', S, LOT_S, 'The following pages set out our policies and principles to support us in procuring sustainable goods and services.'),
 (HFS, 'health-national', S, HFS_S, 'It showed that carbon dioxide emissions from NHSScotland\'s procurement activities were more than the combined CO2 emissions from its buildings and travel by staff and patients.'),
 (NES, 'health-board', S, NES_S, 'We aim to achieve non-discrimination and equal treatment of all potential suppliers.'),
 # NHS Scotland's own climate strategy
 (CES2, 'health-strategy', S, CES_S + ': Executive Summary', 'Our goal is to reduce greenhouse gas emissions from our buildings by at least 75% by 2030 compared to a 1990 baseline, use renewable heating systems by 2038 for all NHS-owned buildings, and for all our estate to have net-zero emissions by 2040 or earlier where possible.'),
 (CES8, 'health-strategy', S, CES_S + ': Our Priority Areas: Sustainable Buildings & Land', 'We are committed to creating healthy, inclusive, resilient and nature-rich healthcare environments that nurture good health and wellbeing for patients, staff and the wider community and minimise our impact on the environment.'),
 # fair work guidance: legal framing of the question
 (SGF7, 'fair-work-guidance', S, SGF7_S, 'The question should be framed in a way that is consistent with the principles deriving from the Treaty on the Functioning of the European Union: transparent, ensures equal treatment and non-discrimination, proportionate and mutual recognition and selection and award criteria must be relevant to the subject matter of the contract.'),
 # care and support procurement guidance: process, standards, TUPE, definitions
 (CS11, 'care-guidance', S, CS_S + ': Part 1 - Introduction and context: 1. Introduction', 'A public body should consider other key principles which respect, protect and promote human rights.'),
 (CS3, 'care-guidance', S, CS_S + ': Annex 1: Glossary', 'Best value - an appropriate balance between the quality and cost of services, having regard to efficiency, effectiveness, economy, equal opportunities and sustainable development.'),
 (CS5, 'care-guidance', S, CS_S + ': Annex 3: Wider legislation, standards, policies and procedures: National Care Standards', 'National Care Standards are intended to ensure the same high standards in all registered care services.'),
 (CS5, 'care-guidance', S, CS_S + ': Annex 3: Wider legislation, standards, policies and procedures: The Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) as amended', 'The application of the TUPE Regulations will vary on a case-by-case basis and public bodies and service providers should seek legal advice on the TUPE implications of a procurement exercise which might involve a change of service provider.'),
 (C16_10, 'care-guidance', S, C16_S + ': 10. Stage 3 of the Procurement Process - Do: In these communications a public body should explain:', 'how people who use the services and their carers will be involved in the process;'),
 (AFW, 'fair-work-guidance', S, AFW_S + ': Introduction', 'A public body should consider how to appropriately debrief bidders, including on how they have responded to a Fair Work criterion.'),
 (AFW, 'fair-work-guidance', S, AFW_S + ': 16. Standstill / Debriefing Tenderers', 'In EU-regulated procurement exercises, a public body must send a standstill notice to all tenderers and candidates concerned, unless the circumstances described in regulation 85(4) of the PC(S)R 2015 apply.'),
 (NCHC, 'care-fair-work', S, NCHC_S + ': Question', 'To ask the Scottish Government what obligations under the 2016-17 National Care Home Contract charitable organisations have to pay the living wage to care staff, and what action it could take if they fail to do so.'),
 (SCARE, 'care-fair-work', S, SCARE_S, 'At the moment the NCHC rates for residential and 24/7 nursing care are £838 for a nursing home and £719 for a residential care home.'),
 (RLWA, 'care-fair-work', W, RLWA_S + ': 1. Purpose', 'The RLW is independently calculated by the Resolution Foundation and overseen by the Living Wage Commission in an annual process.'),
 (RLWA, 'care-fair-work', W, RLWA_S + ': 1. Purpose', 'Whilst the guidance supports administration of the commitment to pay social care workers in Wales the RLW, local authorities and health boards should also take advice, including legal and financial, in addition to this guidance, taking account of local circumstances, employment and market dynamics and engaging with providers in the spirit of let’s agree to agree.'),
 (RLWS, 'care-fair-work', W, RLWS_S, 'Last year, we convened the tripartite Social Care Fair Work Forum to look at what more can be done to improve the employment terms and conditions in this very complex sector.'),
 (RLWE, 'care-fair-work', W, RLWE_S + ': The Real Living Wage', 'The RLW is an hourly pay rate determined by the Living Wage Commission.'),
 # Scottish notices: what is bought and the value
 (FV, 'health-notice', S, 'Prepared Vegetables and Potato Products, Fresh Fruit and Vegetables (NSS): Abstract', 'Renewal of a National Framework (NP775)to cover a full range of Prepared Vegetables and Potato Products, Fresh Fruit and Vegetables.'),
 (FAL, 'care-notice', S, 'Provision of Supported Accommodation for Care Experienced Young People in the Falkirk Council area: Notice Description', 'Falkirk Council Children\'s Service is seeking a provider(s) to deliver an alternative to continuing care and aftercare in an accommodation based resource.'),
 (FAL, 'care-notice', S, 'Provision of Supported Accommodation for Care Experienced Young People in the Falkirk Council area: Notice Description', 'The provider will assist young people to gain the knowledge and skills necessary, and support them to make a successful transition to more independent living.'),
 # Welsh notices and circular; Welsh Health Supplies; Public Health Wales
 (WHS, 'health-national', W, WHS_S, 'The management and coordination of the procurement contract was carried out by Welsh Health Supplies on behalf of NHS Wales.'),
 (PHW, 'health-guidance', W, PHW_S, 'The e-guide gives advice for anyone buying goods and services on ways we can take action by thinking about what we need, where it comes from, how long it will last and the impact it has on people, nature and planet.'),
 (MH, 'health-notice', W, MH_S, 'In respect all selection and award criteria will be stated within the procurement documents available via etenderWales.'),
 (MH, 'health-notice', W, MH_S, '6-month refresh for existing providers to amend pricing downwards and to allow new entrants to apply/existing providers the opportunity to add new units.'),
 (OUT, 'health-notice', W, OUT_S, 'NWSSP Procurement Services, on behalf of the Health Boards in Wales are seeking to run their annual refresh under the established framework agreement for the provision of Insourcing / Outsourcing Clinical, Surgical and Diagnostics Procedures.'),
 (IMCA, 'health-notice', W, 'Provision of an Independent Mental Capacity Advocacy (IMCA) Service (NWSSP): Notice Description', 'Velindre University NHS Trust on behalf of Cardiff and Vale UHB, Aneurin Bevan UHB, Cwm Taf Morgannwg UHB, Swansea Bay UHB, Hywel Dda UHB, Betsi Cadwaladr UHB invited suitably qualified organisations to express an interest for provision of an Independent Mental Capacity Advocacy Service (IMCA).'),
 (WGC, 'health-notice', W, WGC_S + ': Carbon Emissions Reporting: Lot 2 - Carbon Emissions Reporting', 'To support the carbon reporting obligations for the public sector, a supplier with relevant technical knowledge is needed to manage and support the public sector community of practice, regularly update the reporting tool and guidance, collate and report on annual data submissions and make recommendations to the Welsh Government based on data submitted by public sector bodies.'),
 (WHC, 'health-strategy', W, WHC_S + ': The Welsh health circular asks NHS organisations to:', 'cascade the NHS Wales Decarbonisation Strategic Delivery plan'),
 (BRI, 'care-notice', W, BRI_S, 'Our vision for our commissioned support at home domiciliary services focuses on empowering people to live well at home by building on their strengths, focusing on what matters most and supporting them to achieve their goals and stay connected to their communities.'),
 (BRI, 'care-notice', W, BRI_S, 'Bridgend County Borough Council are committed to securing quality Framework provision and the successful providers will have evidenced they have the experience, skills, knowledge and competence of undertaking this work in a social care environment, and in particular to people with a range of needs, who may also be regarded as vulnerable, including older people and people with complex needs.'),
 (BRI, 'care-notice', W, 'Care at Home framework (Bridgend County Borough Council): Scope: Description of possible extension', 'The contract will have an option for the Council to extend the contract by a period of up to 48 months.'),
 (NPT, 'care-notice', W, NPT_S, 'Services are expected to promote independence, wellbeing and prevention, supporting individuals to remain within their own homes and communities for as long as possible.'),
 (NPT, 'care-notice', W, NPT_S, 'The Framework will not guarantee any volume of work.'),
 # NHS Golden Jubilee and NHS Scotland: own operations and plans
 (GJ, 'health-board', S, GJ_S, 'We aim to reduce the impact that our use of resources has on the environment through adopting circular economy principles, fostering a culture of stewardship and working with other UK health services to maximise our contribution to reducing supply chain emissions to net-zero by 2045.'),
 (GJ, 'health-board', S, GJ_S + ': What did we do in 2023/2024 to reduce the environmental impact and the quantity of the goods and services we buy?', 'The Procurement team participate in the National Green Theatres Programme and are involved in the implementation of multiple separate actions to ensure more environmentally sustainable theatres, such as, reviewing the use of re-usable devices and reduction of wastage from incorrect medical examination glove usage.'),
 (CESR, 'health-strategy', S, CESR_S, 'In order to achieve our goals, NHS Scotland will need to work in partnership with its suppliers, changing the way it procures goods and the way it manages products and material on its sites and at the end of their useful life.'),
 # Northern Ireland notices and BSO PaLS energy procurement
 (AGN, 'health-national', N, AGN_S, 'Announced in July 2016, the sustainable energy programme focussed on delivering energy contracts that offer best value for HSCNI whilst sustaining the health and wellbeing of citizens in Northern Ireland.'),
 (AGN, 'health-national', N, AGN_S, 'BSO’s Procurement & Logistics Service team (PaLS) led the collaborative procurement of electricity and natural gas supplies, on behalf of HSCNI organisations, including all six Health Trusts and Northern Ireland Fire and Rescue, resulting in a four-year, £140 million contract.'),
 (ABI, 'health-notice', N, ABI_S + ': tender description', 'The Provision of a Social Support Service for adults with an Acquired Brain Injury (ABI) and their Carers in Northern Ireland'),
 (IAA, 'health-notice', N, IAA_S, 'Provide independent Information and Advice to Service Users and Carers to help them understand their role as an employer.'),
 (CPN, 'health-notice', N, CPN_S, 'The Strategic Performance and Planning Group of the Department of Health (SPPG) wish to engage an organisation to provide a community based service for the delivery of pain support programmes (PSPs) in localities across the five NI Trust areas.'),
 (CPN, 'health-notice', N, CPN_S, 'The PSPs should follow a community development approach to deliver a combination of face to face and on-line programmes to adults living with chronic pain primarily in areas of social deprivation.'),
 (WDC, 'care-notice', N, WDC_S, 'DoH has confirmed this increase is intended to support wage rates within the sector, in the context of the increase to the National Living Wage, and the impact of changes to employer National Insurance contribution requirements from 01.04.25.'),
 (HPN, 'health-notice', N, HPN_S + ': Description', 'This tendering exercise aims at renewing the compliant and effective framework for supply and delivery of Home Parenteral Nutrition which was due to expire on 30th June 2025.'),
 (HPN, 'health-notice', N, HPN_S + ': Lot 1 Award Criterion (quality)', 'Cold Chain'),
]
OGL_HOSTS = ('gov.scot', 'beta.gov.scot', 'gov.wales', 'find-tender.service.gov.uk', 'sell2wales.gov.wales')
GROUPS = {
    CES: 'gov.scot/nhs-scotland-climate-emergency-sustainability-strategy-2022-2026',
    SGF: 'gov.scot/statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-practices',
    CS21: 'gov.scot/procurement-care-support-services-best-practice-guidance-2021',
    CS11: 'gov.scot/procurement-care-support-services-best-practice-guidance-2021',
    C16: 'gov.scot/guidance-procurement-care-support-services-2016-best-practice',
    FWC: 'fairworkconvention.scot/fair-work-in-scotlands-social-care-sector-2019',
    LOT: 'nhslothian.scot.nhs.uk/sustainable-procurement',
    OUT: 'ocds:ocds-h6vhtk-02dd25',
    FV: 'ocds:ocds-h6vhtk-054f3d',
    RLWA: 'gov.wales/real-living-wage-social-care-workers',
    RLWE: 'gov.wales/real-living-wage-social-care-workers-evaluation',
}
batch = Batch('public-texts-91.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group (Batch does that); one document, one group: the pages of one
    # publication share it, and each notice is `ocds:<ocid>` whichever copy it was read from.
    for key, group in GROUPS.items():
        if key in src: return group
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub91', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
