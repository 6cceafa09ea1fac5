"""Write /work/batches/public-texts-70.jsonl: batch 78, texts a SUPPLIER meets when bidding for TECHNOLOGY work (hardware,
software, digital services, telecoms and networks, IT disposal) for UK public bodies: the social value and community
benefit asks and commitments such work carries (apprenticeships and skills in the telecoms and digital workforce,
community benefits in ICT frameworks, carbon and energy of tech and data centres, labour rights in electronics supply
chains, social value weightings in tech tenders), and as hard negatives from the same documents the technical,
commercial and descriptive text beside them (scope and lots, framework dates and routes, devices and services bought,
IT disposal and data erasure services, hardware compatibility, survey figures, award mechanics).

Sources: the Scottish Government's procurement strategy 2017-2019 (its key priorities page, with the superfast broadband
project), its Full Fibre Charter case study of Openreach, its 2019 annual procurement report, its 2019 digital technology
services DPS guide; the ITU U4SSC procurement guidelines (the case study of the Scottish ICT devices frameworks, and its
advice on defining outcomes of technology procurement with social and environmental goals); the gov.uk buying-for-schools
guide to ICT and computer hardware (held as govwire.co.uk's copy, so in that group); Crown Commercial Service's article
on embedding environmental criteria into technology purchases; the Government Commercial Agency's Digital Specialists
and Programmes page; UKAuthority on CCS's Buying Greener Technology guide, on techUK's SME social value survey and on BT
taking over the Scottish Wide Area Network; Capita's SWAN case study; techUK's guest blog on delivering social value
locally; LOTI on buying greener tech; Computer Weekly's IT Sustainability Think Tank on suppliers' sustainability
credentials; Executive Compass on the apprenticeship commitment in bids over £10m; JGA on the 10% minimum weighting; the
FMB on Welsh community benefits; Electronics Watch (contractor guidance, products covered, affiliates) and the EAUC on
Scotland's universities joining it; the Universities of Liverpool and Strathclyde on their IT disposal contractors;
Digital Health on NHS SBS's Tech Devices framework and PublicTechnology on two NHS IT kit contracts; Northumbria
Healthcare's evaluation guide; HIE's community benefits page (the benefits it asks all bidders for); the Education
Authority (Northern Ireland) social value page and its EdIS coding-skills case study; Telford's scrutiny minute on social
value; and the Find a Tender record of the Welsh Government's IT Products and Services Agreement (iii) (d3tenders.com
copy).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not scored:
the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright pages
(gov.scot, gov.uk, crowncommercial.gov.uk, gca.gov.uk) and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-70.py > /work/batches/public-texts-70.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# Scottish Government (gov.scot)
SG17 = 'https://www.gov.scot/publications/scottish-government-procurement-strategy-2017-2019/pages/5/'
FFC = 'https://gov.scot/publications/scotlands-full-fibre-charter-openreach-case-study'
SAR19 = 'https://www.gov.scot/publications/scottish-government-procurement-annual-report-2019/pages/6/'
DTS19 = 'https://www.gov.scot/publications/digital-technology-services-dynamic-purchasing-system-guide/'
ITU = ('https://www.itu.int/en/publications/Documents/tsb/2023-U4SSC-Procurement-guidelines-for-SSC/files/basic-html/'
       'page37.html')
ITU97 = ITU.replace('page37', 'page97')
ITU98 = ITU.replace('page37', 'page98')
# UK-wide government and buying bodies
SCH = 'https://www.gov.uk/guidance/buying-for-schools-things-to-consider-before-you-start/ict-and-computer-hardware'
CCSE = ('https://crowncommercial.gov.uk/news/'
        'how-to-embed-environmental-criteria-into-your-technology-purchases-procurement-essentials')
GCA = 'https://webprod-cms.gca.gov.uk/news/frameworks/rm6263-digital-specialists-and-programmes-2/'
# Trade press, industry and advisers
UKA = 'https://www-ukauthority-com.azurewebsites.net/articles/'
CCSG = UKA + 'ccs-publishes-guide-to-buying-green-technology'
TUK = UKA + 'techuk-says-smes-struggle-to-meet-social-value-requirements-in-govtech-tenders'
BTS = 'https://www.ukauthority.com/articles/bt-takes-over-scottish-wide-area-network/'
CAP = 'https://www.capita-it.co.uk/news-resources/case-studies/digitally-connecting-scotland-s-public-services'
TBG = 'https://techuk.org/resource/bridging-the-gap-from-theory-to-practice-in-delivering-social-value-locally.html'
LOTI = 'https://loti.london/blog/buy-greener-tech/'
CWT = ('https://www.computerweekly.com/opinion/'
       'IT-Sustainability-Think-Tank-Assessing-a-suppliers-sustainability-credentials')
EXC = 'https://executivecompass.co.uk/blog/news/commitment-to-apprenticeships-public-sector-bids'
FMB = 'https://www.fmb.org.uk/resource/new-legislation-seeks-to-significantly-improve-public-procurement-in-wales.html'
DHN = 'https://digitalhealth.net/2025/04/nhs-sbs-launches-1-5bn-framework-for-nhs-it'
PTV = 'https://www.publictechnology.net/articles/news/nhs-spends-%C2%A385m-laptops-and-phones-vaccination-programme'
PTH = 'https://www.publictechnology.net/2020/10/02/education-and-skills/nhs-spends-2m-equip-homeworking-staff-it-kit/'
JGA = 'https://www.jga-group.com/2025/02/24/apprenticeships-as-social-value-for-public-sector-suppliers/'
SXE = 'https://www.sussexexpress.co.uk/news/people/hundreds-of-laptops-have-been-donated-to-sussex-services-3734332'
# Electronics Watch and universities
EWG = 'http://electronicswatch.org/en/the-electronics-watch-contractor-guidance_2525835'
EWC = 'http://electronicswatch.org/en/contracting-for-change_2548241'
EWA = 'http://electronicswatch.org/en/why-affiliate-_95134'
EWF = 'https://electronicswatch.org/en/affiliates_2221327'
EAUC = 'https://www.eauc.org.uk/scotland_electronics_watch'
LIV = 'https://www.liverpool.ac.uk/it/my-computer/disposal/'
STR = ('https://www.strath.ac.uk/whystrathclyde/sustainablestrathclyde/whatwedo/wasterecycling/'
       'itcomputerequipment/')
# Buyers' pages: NHS trust, development agency, council
NTH = 'https://www.northumbria.nhs.uk/about-us/corporate-information/become-a-supplier/evaluation-guides/'
HIE = 'http://www.hie.co.uk/about-hie/working-with-hie/delivering-community-benefits.html'
TEL = 'https://democracy.telford.gov.uk/mgAi.aspx?ID=8314'
EANI = 'https://www.eani.org.uk/procurement/social-value'
EDIS = 'https://www.eani.org.uk/case-study-for-edis-delivery-partners-think-social-by-teaching-children-coding-skills'
# Notice (d3tenders.com copy of the Find a Tender record)
WGCD = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-04b08e'

SG17_S = 'Scottish Government Procurement Strategy 2017-2019: 4. Key priorities'
FFC_S = 'Scotland\'s Full Fibre Charter: Openreach case study'
SAR19_S = 'Scottish Government procurement annual report: 2019: 6. Delivery of policies'
DTS19_S = 'Digital technology services dynamic purchasing system: guide'
ITU_S = ('Procurement guidelines for smart sustainable cities (U4SSC): Scottish Government ICT product frameworks '
         'case study')
ITU_G = 'Procurement guidelines for smart sustainable cities (U4SSC): 4.1.4 Define outcomes'
ITU_O = ITU_G + ': What it means: Outcomes may also be linked to the wider social and environmental goals of their organization. For example:'
ITU_A = ITU_G + ': public officials and stakeholders could ask the supplier to:'
JGA_S = 'Apprenticeships as Social Value for Public Sector Suppliers'
EANI_S = 'Social Value (Education Authority Northern Ireland): Information for suppliers on social value initiatives'
EDIS_S = 'Case Study for EdIS Delivery Partners ‘Think Social’ by Teaching Children Coding Skills: Objectives'
SCH_S = 'Buying for schools: ICT and computer hardware'
CCSE_S = 'How to embed environmental criteria into your technology purchases (Procurement essentials)'
GCA_S = 'Digital Specialists and Programmes (RM6263)'
CCSG_S = 'CCS publishes guide to buying green technology'
TUK_S = 'techUK says SMEs struggle to meet social value requirements in govtech tenders'
BTS_S = 'BT takes over Scottish Wide Area Network'
CAP_S = 'Digitally connecting Scotland\'s public services (SWAN case study)'
TBG_S = 'Bridging the gap: From theory to practice in delivering social value locally'
LOTI_S = 'Helping commercial teams buy greener tech'
CWT_S = 'IT Sustainability Think Tank: Assessing a supplier\'s sustainability credentials'
EXC_S = 'Commitment to apprenticeships in public sector bids'
FMB_S = 'New legislation seeks to significantly improve public procurement in Wales'
DHN_S = 'NHS SBS launches £1.5bn framework to upgrade NHS hardware'
PTV_S = 'NHS spends £8.5m on laptops and phones for vaccination programme'
PTH_S = 'NHS spends £2m to equip homeworking staff with IT kit'
SXE_S = 'Hundreds of laptops have been donated to Sussex services'
EWG_S = 'The Electronics Watch Contractor Guidance'
EWC_S = 'Contracting for Change: Which products do we cover?: ICT Hardware'
EWA_S = 'Why affiliate? (Electronics Watch)'
EAUC_S = 'Universities and Colleges in Scotland are first whole sector to join Electronics Watch'
LIV_S = 'Disposing of IT equipment (University of Liverpool)'
STR_S = 'Recycling A to Z: IT & Computer Equipment (University of Strathclyde)'
NTH_S = 'Evaluation Guides (Northumbria Healthcare)'
HIE_S = 'Delivering community benefits (Highlands and Islands Enterprise)'
HIE_L = HIE_S + ': We ask all suppliers bidding for a contract with HIE to indicate how their service delivery will bring about community benefits, examples of which include:'
TEL_S = 'Procurement Update - Social Value (Telford & Wrekin scrutiny minutes)'
WGCD_S = 'WGCD IT Products and Services Agreement (iii) (WGCD-ICT-124-23): notice'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Scottish Government procurement strategy 2017-2019: key priorities (with the superfast broadband project)
 (SG17, 'tech-strategy', S, MU, [], SG17_S, 'We help to deliver Scotland\'s economic strategy and the Programme for Government through what we procure, how we procure and through the wider economic and social considerations included in our contracts.'),
 (SG17, 'tech-strategy', S, EI, [], SG17_S, 'We will design our contract and procurement process to contribute to these priorities as far as is practical, in a way that achieves value for money and makes contracts accessible to businesses (especially SMEs), the third sector and supported businesses.'),
 (SG17, 'tech-strategy', S, EI, [], SG17_S, 'It is also used to achieve good quality training and employment through our contracts.'),
 (SG17, 'tech-strategy', S, EI, [], SG17_S, 'For example, through the use of community benefit clauses and our framework with supported businesses.'),
 # Full Fibre Charter: Openreach case study (telecoms workforce skills pledges)
 (FFC, 'tech-case', S, EI, ['equal-opportunity'], FFC_S, 'Through the Full Fibre Charter, signatories have pledged to support and develop Scotland’s workforce, committing to providing work-based learning and other career development opportunities, and to attracting new and diverse talent to the telecoms sector.'),
 (FFC, 'tech-case', S, EI, [], FFC_S, 'To ensure maximum full fibre coverage across the country, it is essential that Scotland’s workforce is equipped with the skills needed to rollout and maintain future-proofed digital infrastructure.'),
 (FFC, 'tech-case', S, EI, [], FFC_S + ': Case study: investing in people', 'With 1,100 trainees having joined in the last five years, and many existing engineers needing new skills for the new full fibre technology, there has been a significant increase in activity at Openreach’s national training school in Livingston, West Lothian.'),
 # Scottish Government annual procurement report 2019: community benefit requirements
 (SAR19, 'tech-strategy', S, MU, [], SAR19_S + ': 6.1 Applying community benefit requirements in our contracts', 'Our Procurement Strategy set out our intention to consider the opportunities to include community benefit requirements in the development phase of all regulated procurements, and to include them, either on a contractual or voluntary basis, wherever there is an opportunity to benefit the community.'),
 # UKAuthority: CCS guide to buying green technology; techUK survey of SMEs in govtech tenders
 (CCSG, 'tech-policy', U, CL, [], CCSG_S, 'The latter makes the point that the software industry is still developing methods to regularly measure the carbon emissions of its products, but that criteria can be included in tenders to encourage them to begin measuring and reporting their energy usages.'),
 (TUK, 'tech-policy', U, MU, [], TUK_S, 'It says that government has made strides in embedding social value into procurement processes, most notably through the 2020 Procurement Note 06/20 which mandated a 10% minimum weighting for social value in central government bides.'),
 # techUK guest blog: social value locally
 (TBG, 'tech-policy', U, EI, [], TBG_S, 'The National Procurement Policy Statement has embedded social value into procurement processes and identifies careful spending and investment in local businesses through public procurement as a key policy aim.'),
 # Computer Weekly: suppliers' sustainability credentials (data centres, cloud, colocation)
 (CWT, 'tech-policy', U, CL, [], CWT_S, 'Datacentre operators today must focus on the sustainability credentials of all their key technology providers and partners during contract negotiation and execution, as these suppliers are viewed as extensions of the enterprise’s digital operations portfolio.'),
 (CWT, 'tech-policy', U, CL, [], CWT_S, 'It will require the supplier’s sustainability strategies and approaches are compatible with their customers in critical areas such as energy efficiency, renewable energy procurement and greenhouse gas (GHG) emissions reductions.'),
 # Executive Compass: apprenticeship commitment in bids
 (EXC, 'bid-guidance', U, EI, [], EXC_S, 'As of 1st September, bids for contracts worth more than £10 million need to show a commitment to apprenticeships in order to support growth and Government pledges.'),
 (EXC, 'bid-guidance', U, EI, [], EXC_S, 'It is said that successful bidders would have agreed figures written in to contract schedules to be monitored over time.'),
 (EXC, 'bid-guidance', U, EI, [], EXC_S + ': Added value in a tender submission', 'This type of requirement is already mandatory within bids for the construction and engineering sectors and questions relating to apprenticeships can be seen within social value, staffing and training sections of a tender.'),
 (EXC, 'bid-guidance', U, EI, [], EXC_S + ': Added value in a tender submission', 'For example, there may be the criteria that for every £x amount of work, x amount of apprenticeships must be created to support this.'),
 # FMB: community benefits in Wales
 (FMB, 'policy-commentary', W, MU, [], FMB_S, 'Contracts have been designed to ensure that wider economic and social matters are considered when awarding tenders.'),
 (FMB, 'policy-commentary', W, EI, [], FMB_S, 'Other factors that benefit communities, such as local employment opportunities, should, in theory, also be considered.'),
 # Electronics Watch contractor guidance (ICT hardware contractors)
 (EWG, 'tech-supply-chain', U, EO, [], EWG_S, 'It is designed to help these contractors comply with the Electronics Watch Contract Conditions and similar contract performance standards that aim to improve working conditions in factories that make the goods public sector organisations buy.'),
 (EWG, 'tech-supply-chain', U, EO, [], EWG_S, 'The Guidance defines 11 concrete outcomes to enhance supply chain transparency, industry cooperation with independent monitors, and factory compliance with labour rights and safety standards.'),
 (EWG, 'tech-supply-chain', U, EO, [], EWG_S, 'Contractors must achieve outcomes within their direct control, and demonstrate effective due diligence towards achieving other outcomes.'),
 # HIE: community benefits asked of all bidders (with an ICT company case study)
 (HIE, 'buyer-policy', S, MU, [], HIE_S, 'We ask all suppliers bidding for a contract with HIE to indicate how their service delivery will bring about community benefits, examples of which include:'),
 (HIE, 'buyer-policy', S, MU, [], HIE_S, 'All contract delivery should aim to contribute towards sustainable economic growth e.g. help deliver benefits that will strengthen communities and fragile areas; seek to deliver wider social benefit for the area, or increase inward investment.'),
 # Telford: social value sought from all tenders over £10k
 (TEL, 'buyer-policy', U, MU, [], TEL_S, 'Members heard that the Procurement team sought social value from all tenders relating to contracts with a value above £10k'),
 # West Sussex: laptops donated by its IT services provider under its Social Value Framework
 (SXE, 'tech-case', U, WB, ['economic-inequality'], SXE_S, 'The laptops were donated by the council’s IT services provider XMA, in line with the authority’s Social Value Framework.'),
 (SXE, 'tech-case', U, MU, [], SXE_S, '“The majority of our major procurements already include the requirement to provide social value, and we are committed to ensuring that at least 80% of new tenders over the value of £500,000 will have social value criteria included by 2024/25.'),
 # Northumbria Healthcare: quality criteria list
 (NTH, 'buyer-policy', U, MU, [], NTH_S + ': Quality criteria', 'Added social value'),
 # ITU U4SSC guidelines: outcomes linked to social and environmental goals (technology procurement)
 (ITU97, 'tech-guidance', U, MU, [], ITU_G + ': What it means', 'Outcomes may also be linked to the wider social and environmental goals of their organization.'),
 (ITU97, 'tech-guidance', U, EO, [], ITU_O, 'creating opportunities for gender equality and social inclusion;'),
 (ITU98, 'tech-guidance', U, EI, [], ITU_O, 'improving skills and access to digital technology; and'),
 (ITU98, 'tech-guidance', U, CL, [], ITU_O, 'reducing or offsetting environmental impacts.'),
 (ITU98, 'tech-guidance', U, MU, [], ITU_G + ': What it means', 'For example, public officials and stakeholders could ask the supplier to:'),
 (ITU98, 'tech-guidance', U, EO, ['economic-inequality'], ITU_A, 'provide training opportunities or events for girls and women studying technology subjects;'),
 (ITU98, 'tech-guidance', U, CL, [], ITU_A, 'require the supplier to dispose of hardware responsibly and monitor the carbon footprint of a service.'),
 # HIE: examples of community benefits asked of bidders
 (HIE, 'buyer-policy', S, EI, [], HIE_L, 'Targeted recruitment and training initiatives'),
 (HIE, 'buyer-policy', S, EI, [], HIE_L, 'Supporting Educational initiatives e.g. offering work experience placements/local school visit to explain what you do/routes to getting into the profession etc'),
 (HIE, 'buyer-policy', S, EI, [], HIE_L, 'Vocational training opportunities'),
 (HIE, 'buyer-policy', S, EI, [], HIE_L, 'Supply chain initiatives/development'),
 (HIE, 'buyer-policy', S, WB, ['climate'], HIE_L, 'Support for Community and/or Environmental initiatives which may be taking place in the local community'),
 (HIE, 'buyer-policy', S, EI, [], HIE_L, 'Supported business, third sector and voluntary initiatives e.g. offering this sector sub-contracting opportunities to deliver elements of the contract'),
 (HIE, 'buyer-policy', S, WB, [], HIE_L, 'Charitable donations/monetary value of contributions to community activities'),
 (HIE, 'buyer-policy', S, WB, [], HIE_L, 'Providing funding for new community facilities'),
 (HIE, 'buyer-policy', S, EI, ['wellbeing'], HIE_L, 'Support and development opportunities delivered to young people'),
 # JGA: minimum weighting; Education Authority NI: social value mandated in contracts
 (JGA, 'bid-guidance', U, MU, [], JGA_S, 'But since June 2022, the Government has actually written into the specifications that all public sector procurements include a minimum weighting of 10% (and sometimes much more) for social value.'),
 (EANI, 'buyer-policy', N, MU, [], EANI_S, 'Social value policy within contracts is now mandated by the NI Executive.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Scottish Government procurement strategy 2017-2019
 (SG17, 'tech-strategy', S, SG17_S + ': Project: 100% superfast broadband', 'As part of our Programme for Government 2016/17, we are investing in the digital infrastructure that\'s needed to deliver superfast broadband to all premises across Scotland.'),
 (SG17, 'tech-strategy', S, SG17_S + ': Project: 100% superfast broadband', 'Building on the success of our existing broadband investment programme, this project aims to support a sustainable Scottish economy, with high-speed broadband extending to every corner of the country.'),
 # Full Fibre Charter: Openreach case study
 (FFC, 'tech-case', S, FFC_S, 'Scotland’s Full Fibre Charter consists of a series of pledges to help extend full fibre broadband across Scotland.'),
 (FFC, 'tech-case', S, FFC_S, 'Openreach runs and maintains Scotland’s largest broadband network.'),
 (FFC, 'tech-case', S, FFC_S, 'Openreach is also the delivery partner for the Scottish Government’s Reaching 100% (R100) programme, which you can read more about.'),
 # Scottish Government annual procurement report 2019
 (SAR19, 'tech-strategy', S, SAR19_S + ': Impact of Scottish Government policy', 'During the reporting period we updated the Procurement Journey.'),
 # Digital technology services DPS guide (2019)
 (DTS19, 'tech-framework', S, DTS19_S, 'The new dynamic purchasing system (DPS) for the provision of digital technology services is now live.'),
 (DTS19, 'tech-framework', S, DTS19_S, 'The DPS will support and be an enabler for a number of digital initiatives, specifically "Scotland\'s Digital Strategy, \'Realising Scotland\'s full potential in a digital world" and provide access to a range of digital technology skills, including cyber expertise, as well as supporting the delivery of agile projects.'),
 (DTS19, 'tech-framework', S, DTS19_S + ': What is in scope', 'lot 3 – cyber security services'),
 (DTS19, 'tech-framework', S, DTS19_S + ': What is out of scope', 'There are other frameworks that are more suitable for ICT products and networks, as well as temporary and interim staff recruitment services.'),
 # ITU U4SSC: Scottish ICT devices frameworks case study
 (ITU, 'tech-case', S, ITU_S, 'To compensate for this, the government offered providers the chance to compete for multiyear contracts, worth up to GBP 250 million (USD 310 million).'),
 (ITU, 'tech-case', S, ITU_S + ': The results', 'The number of bidders varied by device, ranging from four to seven.'),
 (ITU97, 'tech-guidance', U, 'Procurement guidelines for smart sustainable cities (U4SSC)', 'A key example of this in Norfolk could be the provision of Internet of Things (IoT) sensors to help vulnerable adults have independent lives reducing their reliance on the social care system, and the costs for the council which go with that.'),
 (ITU97, 'tech-guidance', U, ITU_G, 'Decide on clear, measurable outcomes to ensure suppliers and internal teams understand the goal of the procurement.'),
 (ITU97, 'tech-guidance', U, ITU_G + ': What it means', 'Using the last example, if public officials and stakeholders assume the solution will be buying laptops for staff then they will only get laptops suggested by a supplier.'),
 (EDIS, 'tech-case', N, EDIS_S, 'Not all children in Northern Ireland have equal access to technology or opportunities to develop essential IT skills.'),
 # gov.uk buying for schools: ICT and computer hardware
 (SCH, 'tech-buying-guide', U, SCH_S + ': Plan before you buy', 'Many aspects of information and communication technology (ICT) are interlinked so it’s important not to buy ICT equipment, like hardware, software, broadband, in isolation.'),
 (SCH, 'tech-buying-guide', U, SCH_S + ': Assess your school’s needs', 'You should only buy hardware which will improve teaching and learning in your school.'),
 (SCH, 'tech-buying-guide', U, SCH_S + ': Assess what you currently have: Repurposing', 'Before you buy new hardware, you may want to consider refurbishing expensive items that you already have.'),
 (SCH, 'tech-buying-guide', U, SCH_S + ': Compatibility with your existing infrastructure', 'Before you buy new hardware, make sure it’s compatible with your current IT infrastructure.'),
 (SCH, 'tech-buying-guide', U, SCH_S + ': Compatibility with your existing infrastructure: The technology you choose must:', 'integrate with existing teaching, learning and administration systems'),
 # CCS: embedding environmental criteria into technology purchases
 (CCSE, 'tech-framework', U, CCSE_S + ': The current landscape', 'Additionally, over 80% of respondents felt that there is insufficient guidance on how to embed green criteria into tech tenders.'),
 (CCSE, 'tech-framework', U, CCSE_S + ': The current landscape', 'Existing policies relating to Carbon Reduction Plans (PPN 06/21) and Social Value (PPN 06/20) offer useful frameworks for green procurement, but we have found that buyers would value more guidance on applying them effectively for maximum benefit to tech procurement.'),
 # GCA: Digital Specialists and Programmes
 (GCA, 'tech-framework', U, GCA_S + ': Updates', 'This extension gives buyers time to complete procurements that are currently underway if they experience unexpected delays.'),
 (GCA, 'tech-framework', U, GCA_S + ': Description', 'Digital transformation refers to the strategic integration of digital technologies into all areas of an organisation.'),
 # UKAuthority: CCS guide; techUK survey; BT and SWAN
 (CCSG, 'tech-policy', U, CCSG_S, 'CCS said that a survey conducted for the development of the guide revealed that 70% of public sector procurement staff do not currently take account of environmental factors in their purchasing decisions, and that 80% felt there is insufficient guidance on doing so.'),
 (CCSG, 'tech-policy', U, CCSG_S, 'Currently, the technology sector accounts for an estimated 2% to 4% of global greenhouse gas emissions, and it is estimated that by 2040 the number could reach 14%, which is almost as much carbon as that emitted by air, land, and sea transport combined.'),
 (CCSG, 'tech-policy', U, CCSG_S, 'The guide includes a section on ensuring that tenders take account of environmental factors, explaining requirements and award criteria, and considerations for open competitions, multi-stage procedures and framework agreements.'),
 (TUK, 'tech-policy', U, TUK_S, 'Most small and medium enterprises in the technology sector are having difficulties in meeting the social value commitments involved in bidding for government business, according to a new report.'),
 (TUK, 'tech-policy', U, TUK_S, 'Other findings include that: only 67% believed the Government is even slightly committed to delivering genuine social value; 76% have found that addressing social value is an administrative burden; and the hardest themes to deliver are wellbeing (43%) and tacking economic inequality (21%).'),
 (BTS, 'tech-case', S, BTS_S, 'It has been awarded the six-year framework contract, valued at up to £350 million, by the Common Services Agency – otherwise known as NHS National Services Scotland – to provide the network and related services.'),
 (BTS, 'tech-case', S, BTS_S, 'The SWAN programme will drive benefits for communities across Scotland, making sure that no one is left behind and can access the benefits of technology.'),
 (CAP, 'tech-case', S, CAP_S, 'So far more than 5,600 sites have been connected, including schools, hospitals, GP surgeries, pharmacists and local council offices.'),
 # techUK blog; LOTI
 (TBG, 'tech-policy', U, TBG_S, 'This is why PPN001 was recently published, mandating that central government departments must set a three-year target for direct spending with SMEs, which they must hit by the end of March 2028.'),
 (LOTI, 'tech-policy', U, LOTI_S + ': Why the Focus on Tech?', 'For instance, the carbon footprint of a standard laptop is around 400 kg, which is equivalent to driving 1,200 km in an SUV.'),
 (LOTI, 'tech-policy', U, LOTI_S + ': Why the Focus on Tech?', 'Data centres, the backbone of our digital world, consumed 1.3% of global electricity in 2022 – enough to power 32 million UK households.'),
 # Executive Compass
 (EXC, 'bid-guidance', U, EXC_S, 'Alongside recent EU procurement directives, the benchmarks for a company to be successful are gradually moving away from a financial focus, as quality products and services have a higher weighting in the evaluation criteria for public sector contracts.'),
 # NHS IT kit: NHS SBS Tech Devices framework; vaccination programme devices; homeworking kit
 (DHN, 'tech-framework', U, DHN_S, 'The ‘Tech Devices – Link 4’ framework is aimed at streamlining procurement, to enable teams to buy the latest essential end-user hardware and devices from suppliers.'),
 (DHN, 'tech-framework', U, DHN_S, 'It comprises four Lots covering essential devices like desktops, laptops, tablets, and healthcare-specific equipment, such as medical workstations for efficient medication rounds, and clinical diagnostic monitors and displays.'),
 (PTV, 'tech-case', U, PTV_S, 'The contract – which was scheduled to conclude on 22 March – covers “the provision of non-clinical hardware devices to support the operation of Covid-19 vaccine centres”.'),
 (PTV, 'tech-case', U, PTV_S, '“This includes but is not limited to laptops, tablets, phones and barcode printers,” the contract award notice added.'),
 (PTH, 'tech-case', U, PTH_S, 'SouthernsBroadstock has been asked to “provide the basic equipment required by all staff to work efficiently and safely in their home environment”.'),
 (PTH, 'tech-case', U, PTH_S, 'NHS Improvement hopes that the deal will enable health-service staff to work remotely “through Covid-19 and beyond”.'),
 # Electronics Watch: guidance, products covered, affiliation; EAUC
 (EWG, 'tech-supply-chain', U, EWG_S, 'The Guidance has been developed through consultations with a wide range of stakeholders and is based on the practical experience of Electronics Watch affiliates.'),
 (EWC, 'tech-supply-chain', U, EWC_S, 'Desktop computers, portable computers, work stations, tablets, and thin clients'),
 (EWC, 'tech-supply-chain', U, EWC_S, 'Smart phones and IP telephones'),
 (EWF, 'tech-supply-chain', U, 'Affiliates (Electronics Watch)', 'Purchasing consortia are able to affiliate to Electronics Watch on behalf of their member bodies, who in turn become Consortium Affiliates of Electronics Watch, enjoying access to the same reports and tools at a reduced cost.'),
 (EAUC, 'tech-supply-chain', S, EAUC_S, 'All 44 Universities and Colleges in Scotland have become full affiliate members of Electronics Watch, facilitated via their membership of APUC.'),
 (EAUC, 'tech-supply-chain', S, EAUC_S, 'It was founded in 2013 as the result of a European Commission funded project to drive for improvements in labour standards in the IT industry, specifically across pubic buyers.'),
 # Universities' IT disposal contractors (the disposal and recycling service bought)
 (LIV, 'tech-disposal', U, LIV_S, 'It is important that all IT equipment used by the University is securely erased and disposed of via the University of Liverpool contracted IT asset disposal partner.'),
 (LIV, 'tech-disposal', U, LIV_S, 'The removal of redundant IT equipment in a legal and environmentally responsible manner is a requirement under WEEE (Waste Electrical and Electronic Equipment) guidance.'),
 (LIV, 'tech-disposal', U, LIV_S + ': Why we recycle redundant IT equipment', 'Any items that cannot be refurbished are broken down into their component parts and recycled.'),
 (STR, 'tech-disposal', S, STR_S, 'This service is provided by the University’s contractor, CCL North Ltd.'),
 (STR, 'tech-disposal', S, STR_S + ': Overview', 'The approved contractor will provide collection within three days if your department requests an urgent uplift.'),
 # Northumbria Healthcare evaluation guide
 (NTH, 'buyer-policy', U, NTH_S + ': Price criteria', 'Costs should always be considered based on the whole life cost (wlc) involved with the goods / works / services to be procured.'),
 (NTH, 'buyer-policy', U, NTH_S + ': Quality criteria', 'Running costs'),
 (NTH, 'buyer-policy', U, NTH_S + ': Quality criteria', 'Aesthetic and functional characteristics'),
 # Welsh Government IT Products and Services Agreement (iii): notice
 (WGCD, 'tech-notice', W, WGCD_S, 'The Welsh Government Commercial Delivery Team, on behalf of the Welsh Public Sector, wishes to establish a collaborative Framework Agreement for the supply of IT Product and Services to the public sector in Wales.'),
 (WGCD, 'tech-notice', W, WGCD_S, 'Bidders only need to complete the ITT that relates to the lot/s they are bidding for.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'crowncommercial.gov.uk', 'webprod-cms.gca.gov.uk')
EW = 'electronicswatch.org/'
# The schools guide is held already as govwire.co.uk's copy of the same gov.uk page; the pages of the ITU guidelines are
# one document (the corpus holds page 37 under its own address as the group).
GOVWIRE = 'http://govwire.co.uk/news/department-for-education/ict-and-computer-hardware-61229'
batch = Batch('public-texts-70.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists). One document, one group: the Electronics Watch pages
    # share the site's group in the corpus; each notice is `ocds:<ocid>`.
    if EW in src: return 'electronicswatch.org/contract-conditions'
    if src == SCH: return GOVWIRE
    if 'U4SSC-Procurement-guidelines-for-SSC' in src: return ITU
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub70', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
