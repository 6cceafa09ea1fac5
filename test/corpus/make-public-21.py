"""Write /work/batches/public-texts-21.jsonl: batch 29, aimed at TECHNOLOGY and DIGITAL procurements by UK public bodies:
what buyers of ICT, devices, telecoms, software and digital services publish about the social value, community
benefits, fair work and sustainability they want from technology suppliers, with hard negatives from the same
documents about the technology itself (scope, routes to market, pricing, terms, energy specifications, training the
buyer's staff, hosting, accessibility of the service, a social value software product bought as the service).

Sources: the Scottish Government's buyer's guides for its national ICT frameworks on gov.scot (mobile voice and data
services SP-22-005: the supplier's fair work practices, supply chain transparency and carbon / e-waste commitments,
with the framework scope, call-off terms and route to market as negatives; web based and proprietary devices: the
framework benefits; technology peripherals and infrastructure lot 1: ordering), the Greening government ICT and
digital services strategy 2020-2025 (its business rules for ICT suppliers as techUK reproduces them on wired-gov.net;
narrative of the gov.uk page as negatives), a Defra blog on its End User Services contract (refurbished and
remanufactured devices; service priorities and cost as negatives), the Education Authority (Northern Ireland) case
study of scoring social value in its Learning Management System procurement, Highlands and Islands Enterprise's
community benefits page (the ICT supplier case study page), the Office of Government Commerce's 2008 sustainability
mandatory standards for computers and Defra's office ICT Government Buying Standards page (energy specifications as
negatives), and the notice data of technology contracts (d3tenders.com copies of Find a Tender / Public Contracts
Scotland OCDS records: Trafford's WAN award criteria, Wrexham-led education MIS community benefits, South
Lanarkshire's communications hardware, Leicester's social value monitoring software bought as the service; and the
OCDS test data of github:apa999/CFServer1 (commit cfda786f) for technology notices batches 16/17 did not use:
Caerphilly's asset management solution award criteria details, Bangor University's bilingual degree certificate
portal, ClwydAlyn's learning management system, NWSSP's harm reduction database and TRAMS ordering system, SSRO's
website, the University of Worcester's core network, the Planning Inspectorate's digital and data partner, Merton's
consultation hub, a Fife Council software notice).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus) or from the OCDS JSON; list
bullets and numbering dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards.
Texts already in the corpus are left out (named on stderr); a source already in the corpus keeps its group. Crown
copyright pages (gov.scot, gov.uk, sd.defra.gov.uk) and notice data are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-21.py > /work/batches/public-texts-21.jsonl
"""
from batch import Batch, NOTICE_CFSERVER, host_licence, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# Scottish Government ICT framework buyer's guides (gov.scot)
MVB = 'https://www.gov.scot/publications/procurement-mobile-voice-and-data-services-framework-sp-22-005-buyers-guide/pages/'
MVF = MVB + 'fair-work-practices-supply-chain-transparency-and-community-benefits/'
MVI = MVB + 'information-on-the-framework/'
MVU = MVB + 'using-the-framework-agreement/'
WBB = 'https://www.gov.scot/publications/scottish-procurement-web-based-and-proprietary-devices-framework/pages/'
WBD = WBB + 'using-the-framework/'
WBF = WBB + 'frequently-asked-questions/'
TPI = ('https://www.gov.scot/publications/procurement-technology-peripherals-and-infrastructure-framework-lot-1-buyers-guide/'
       'pages/supplementary-information/')
# Greening government ICT strategy, Defra
WG = ('https://www.wired-gov.net/wg/news.nsf/articles/Green+Government+ICT+and+digital+services+strategy+published+'
      '21092020162500?open')
GGI = ('https://www.gov.uk/government/publications/greening-government-ict-and-digital-services-strategy-2020-2025/'
       'greening-government-ict-and-digital-services-strategy-2020-2025?utm_source=Fluent&utm_medium=articles&utm_campaign=outbound')
TGS = 'https://thegovernmentsays.com/comments/1901531'
SDD = 'http://sd.defra.gov.uk/advice/public/buying/products/office/'
OGC = 'http://www.docsford.com/document/4278612'
# Northern Ireland, Scotland pages
EAL = 'https://www.eani.org.uk/case-study-for-learning-management-system-software-package'
HIE = 'http://www.hie.co.uk/about-hie/working-with-hie/delivering-community-benefits.html'
# notices via d3tenders.com
TRF = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-02b1db'
WRX = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03281d'
SLC = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000711736'
LEI = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-02d745'
# notices in github:apa999/CFServer1
CF = 'github:apa999/CFServer1@cfda786f8069d6df8a0d4e7b38beff81e3a36338:CFServerTests/TestData/'
CAE = CF + 'WelshData/WRel85.swift#ocds-kuma6s-147801'
BAN = CF + 'WelshData/WRel51.swift#ocds-kuma6s-148221'
CLW = CF + 'WelshData/WRel83.swift#ocds-kuma6s-147863'
HRD = CF + 'WelshData/WRel72.swift#ocds-kuma6s-148062'
TRM = CF + 'WelshData/WRel30.swift#ocds-kuma6s-148255'
SSR = CF + 'EnglishData/Release84.swift#ocds-b5fd17-a7a08d2f-3bc9-4d0f-af2c-0804e044bd02'
UOW = CF + 'EnglishData/Release86.swift#ocds-b5fd17-4e1b7732-c5ec-4d20-9282-dd79b39ecb95'
PIN = CF + 'EnglishData/Release89.swift#ocds-b5fd17-3cded792-703e-4049-9ec4-5d7bcd4790ff'
MER = CF + 'EnglishData/Release2.swift#ocds-b5fd17-deddd0f5-7f54-41ae-9c16-bbd0e5933625'
FIF = CF + 'ScotishData/SRel85.swift#ocds-r6ebe6-0000578943'

MV_S = 'Procurement - mobile voice and data services framework (SP-22-005): buyer\'s guide'
MVF_S = MV_S + ': Fair work practices, supply chain transparency and community benefits'
MVF_F = MVF_S + ': Vodafone Ltd is an accredited Real Living Wage employer and deliver a range of fair work practices including:'
MVF_C = MVF_S + ': Areas covered under the code of conduct include:'
MVF_E = MVF_S + ': Regarding sustainability and minimising environmental impacts, Vodafone Ltd:'
MVI_S = MV_S + ': Information on the framework: Framework scope: The scope of the services includes the following:'
MVP_S = MV_S + ': Information on the framework: Framework and call-off contract period'
MVU_S = MV_S + ': How to use this framework agreement'
WB_S = ('Procurement - web based and proprietary devices framework: buyer\'s guide: Using the framework: Framework benefits: '
        'The benefits for public bodies using the Framework are:')
WBF_S = 'Procurement - web based and proprietary devices framework: buyer\'s guide: Frequently asked questions'
TPI_S = 'Procurement - technology peripherals and infrastructure framework: lot 1 - buyer\'s guide: Supplementary information'
WG_S = 'Greening government: ICT and digital services strategy 2020-2025: 2020 business rules and 2025 targets'
WG_1 = WG_S + ': Business rule 1: To meet net zero by 2050 (or sooner)'
WG_2 = WG_S + ': Business rule 2: Circular economy – resources and waste strategy'
GGI_S = 'Greening government: ICT and digital services strategy 2020-2025: Commendation by the Senior Responsible Owner'
TGS_S = 'How we’re making technology procurement more sustainable (Defra End User Services contract)'
TGS_P = TGS_S + ': The contract focuses on four priorities:'
TGS_R = TGS_S + ': Making the most of remanufactured and refurbished devices'
TGS_M = TGS_R + ': The move will:'
SDD_S = 'Office ICT equipment (Government Buying Standards)'
OGC_S = 'Sustainability Minimum Mandatory Standards (\'Quick Wins\') 2008: Personal computers'
EAL_S = 'Case study for Learning Management System software package'
HIE_S = ('Delivering community benefits: We ask all suppliers bidding for a contract with HIE to indicate how their service '
         'delivery will bring about community benefits, examples of which include:')
TRF_S = 'Strategic Partner for Wide Area Network Service delivery and support (Trafford): award criteria'
WRX_S = 'Software Solution for Education Management Information Services'
SLC_S = 'Supply & Support of Communications Hardware, Software & Licensing (South Lanarkshire Council): Notice Description'
LEI_S = 'Social Value Evaluation and Monitoring Solution (Leicester City Council): description'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Scottish Government mobile voice and data services framework: the supplier's fair work and sustainability commitments
 # living wage leads: equal opportunity (economic inequality second), as the corpus labels 21 other living wage texts; harmonised after batch 38
 (MVF, 'tech-framework', S, EO, ['economic-inequality'], MVF_S, 'Vodafone Ltd is an accredited Real Living Wage employer and deliver a range of fair work practices including:'),
 (MVF, 'tech-framework', S, EO, ['economic-inequality'], MVF_F, 'no use of zero-hour contracts'),
 (MVF, 'tech-framework', S, EO, ['wellbeing'], MVF_F, 'providing an effective voice in the workplace via an employee consultation council comprising of employee representatives'),
 (MVF, 'tech-framework', S, EO, ['economic-inequality'], MVF_F, 'they have a variety of learning and development programmes for employees including the use of artificial intelligence and automation to provide personalised learning opportunities'),
 (MVF, 'tech-framework', S, EO, [], MVF_S, 'On social and ethical responsibilities, Vodafone Ltd require their 1st tier supply chain to adhere to their ethical code of conduct and encourage sub-tier suppliers to ensure compliance across their own supply chain.'),
 (MVF, 'tech-framework', S, EO, [], MVF_C, 'no use of forced labour, slavery or human trafficking'),
 (MVF, 'tech-framework', S, EO, [], MVF_C, 'all employees have an employment contract with reasonable notice period'),
 (MVF, 'tech-framework', S, EO, [], MVF_C, 'audits are carried out to monitor and improve labour standards in the supply chain with robust action taken where compliance breaches are found'),
 (MVF, 'tech-framework', S, CL, [], MVF_E, 'has a target to reduce all carbon emissions from their UK operations to net zero by 2027 and within their supply chain by half by 2030'),
 (MVF, 'tech-framework', S, CL, [], MVF_E, 'continue to reuse or recycle 100% of network electronic waste'),
 (MVF, 'tech-framework', S, CL, [], MVF_E, 'contribute to Vodafone’s Global goal to reduce their business customers’ carbon emissions by 350 million tonnes by 2030'),
 (MVF, 'tech-framework', S, CL, [], MVF_E, 'provide their free of charge device disposal, recycling, reuse and wiping service that is compliant with the WEEE Regulations 2013'),
 # web based and proprietary devices framework
 (WBD, 'tech-framework', S, CL, [], WB_S, 'the Framework will deliver significant cash savings and environmental benefits, including a reduction in carbon emissions through the inclusion of latest environmental and energy efficiency certification'),
 (WBD, 'tech-framework', S, MU, [], WB_S, 'the Framework addresses the Scottish Government’s and Scottish public sector organisations’ aspirations with regard to ethical, social, economic, environmental and sustainability issues'),
 # Greening government ICT strategy: business rules for ICT suppliers
 (WG, 'tech-policy', U, CL, [], WG_1, '2020: All ICT suppliers commit to science-based net zero targets in line with the Paris Agreement (or procuring department target, whichever is sooner) and have developed carbon mitigation and adaptation strategies.'),
 (WG, 'tech-policy', U, CL, [], WG_1, '2025: All ICT suppliers follow up the commitment they made to becoming net zero with a road map and action plan, showing proven progress towards the goals.'),
 (WG, 'tech-policy', U, CL, [], WG_1, 'Seeking a carbon positive/net gain/net positive outcome through the services provided.'),
 (WG, 'tech-policy', U, CL, [], WG_2, '2020: HMG estates deliver 0% to landfill with an annual increase in reuse and materials recycled.'),
 (WG, 'tech-policy', U, CL, [], WG_2, 'All suppliers have circular ICT policies and strategies and products are routinely designed for durability, ease of maintenance and recycling.'),
 (WG, 'tech-policy', U, CL, [], WG_2, 'Problematic materials and substances have, or are being, phased out of use.'),
 (WG, 'tech-policy', U, CL, [], WG_2, '2025: HMG suppliers have established zero waste to landfill or zero-waste targets.'),
 (WG, 'tech-policy', U, CL, [], WG_2, 'Suppliers are meeting targets to incorporate more recycled materials in their products and eliminate the use of single use plastics.'),
 (WG, 'tech-policy', U, CL, [], WG_2, 'There’s a yearly increase in ICT kit purchased/leased that is remanufactured/refurbished.'),
 (GGI, 'tech-policy', U, CL, [], GGI_S, 'A full carbon footprint of our ICT services was required.'),
 # Defra End User Services contract
 (TGS, 'tech-case', U, CL, [], TGS_S, 'We are the first government department to adopt refurbished and remanufactured laptops at scale as part of a broader commitment to more sustainable technology use.'),
 (TGS, 'tech-case', U, CL, [], TGS_P, 'deliver class-leading sustainability'),
 (TGS, 'tech-case', U, CL, [], TGS_R, 'Over the 5-year life of the contract, 90% of Defra’s laptops, phones, and tablets will be refurbished or remanufactured.'),
 (TGS, 'tech-case', U, CL, [], TGS_R, 'This will include redeployment to keep existing devices until the end of their life.'),
 (TGS, 'tech-case', U, CL, [], TGS_M, 'reduce carbon emissions by 44%'),
 (TGS, 'tech-case', U, CL, [], TGS_M, 'avoid the extraction of around 51,000 tonnes of raw materials'),
 (TGS, 'tech-case', U, CL, [], TGS_M, 'save an estimated 12,000 megalitres of water'),
 # Defra office ICT Government Buying Standards page
 (SDD, 'tech-standard', U, CL, [], SDD_S + ': What does sustainability mean for office IT equipment?', 'But it can also be increasingly important to look at the components and materials used: a lot of chemicals and plastic are used in the manufacture of IT equipment and this can be a significant problem when it comes to disposal.'),
 (SDD, 'tech-standard', U, CL, [], SDD_S + ': What does sustainability mean for office IT equipment?', 'So as well as looking at energy efficiency, it’s worth checking how easy it will be to upgrade the equipment when necessary rather than just replacing it.'),
 # Education Authority (NI): Learning Management System
 (EAL, 'tech-case', N, MU, [], EAL_S + ': Introduction', 'With the introduction of PPN01/21, social value was to be scored as part of the tender evaluation criteria for the Education Authority’s (EA’s) contract for a Learning Management System (LMS).'),
 (EAL, 'tech-case', N, MU, [], EAL_S + ': Objectives', 'It was also essential for EA to include and score social value connected with the delivery of this contract.'),
 (EAL, 'tech-case', N, MU, [], EAL_S + ': Objectives', 'This required social value criteria to be developed and included within the published procurement documents for this competition.'),
 (EAL, 'tech-case', N, MU, [], EAL_S + ': Actions/Outcome', 'The use of the standard Social Value schedules and points scoring mechanism was identified as the preferred option for this first EA ICT procurement to include scoring of social value.'),
 (EAL, 'tech-case', N, EI, [], EAL_S + ': Actions/Outcome: Some Key Social Value contractor initiatives include:', 'Supporting the EA with providing students and schools with participation in a programme of STEM events (science, technology, engineering and mathematics).'),
 # Highlands and Islands Enterprise (ICT supplier case study page)
 (HIE, 'scot-cb', S, EI, [], HIE_S, 'Supplier engagement with schools, colleges and/or universities'),
 (HIE, 'scot-cb', S, EI, [], HIE_S, 'Graduate, Apprentice, work placements and/or trainee placements'),
 (HIE, 'scot-cb', S, EO, [], HIE_S, 'Support for Equality and diversity initiatives to encourage inclusiveness'),
 (HIE, 'scot-cb', S, WB, ['economic-inequality'], HIE_S, 'Use of Gaelic to achieve both cultural and economic benefits.'),
 # notices
 (TRF, 'tech-notice', U, MU, [], TRF_S, 'Social Value', {'weighting_percent': 15}),
 (WRX, 'tech-notice', W, MU, [], WRX_S + ': additional information', 'Under the terms of this contract the successful supplier(s) will be required to deliver Community Benefits in support of the authority\'s economic and social objectives.'),
 (WRX, 'tech-notice', W, MU, [], WRX_S + ': additional information', 'Accordingly, contract performance conditions may relate in particular to social and environmental considerations.'),
 (FIF, 'tech-notice', S, MU, [], 'A summary of the expected community benefits has been provided as follows:', 'More details on community benefits can be found in the tender.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # mobile voice and data services framework
 (MVF, 'tech-framework', S, MVF_E, 'has an Environmental Management System certified to ISO14001 and energy management certification to ISO50001'),
 (MVI, 'tech-framework', S, MVI_S, 'voice and short messaging service (SMS)'),
 (MVI, 'tech-framework', S, MVI_S, 'data services including individual, aggregated, shared and unlimited data options'),
 (MVI, 'tech-framework', S, MVI_S, 'lone and remote worker services'),
 (MVI, 'tech-framework', S, MVI_S, 'mobile device management'),
 (MVI, 'tech-framework', S, MVI_S, 'device data cleansing/wiping disposal'),
 (MVI, 'tech-framework', S, MVI_S, 'mobile internet of things (IoT) services'),
 (MVI, 'tech-framework', S, MVP_S, 'Call off Contracts from this Framework will be for a minimum period of 24 months and a maximum period of 48 months.'),
 (MVI, 'tech-framework', S, MVP_S, 'Individual connections do not have a minimum duration and can be ended without penalty.'),
 (MVU, 'tech-framework', S, MVU_S, 'As a single supplier framework, there is only a Direct Award route to market and no further competition is required.'),
 (MVU, 'tech-framework', S, MVU_S, 'In particular, buyers should note that in accordance with Section 23(2) the award of contracts must be publicised on the Public Contracts Scotland website and in accordance with Section 35 contracts must be registered in the contracting authority’s contracts register.'),
 # web based and proprietary devices framework
 (WBD, 'tech-framework', S, WB_S, 'ease of use: this award follows a comprehensive tender exercise and provides an easy route to market for contracting organisations.'),
 (WBD, 'tech-framework', S, WB_S, 'the Framework has secured a diverse range of products, which offers Scottish public sector organisations choice, at market leading prices.'),
 (WBD, 'tech-framework', S, WB_S, 'the Framework satisfies demand for new and emerging requirements through a process of continuous improvement, throughout the life of the agreement'),
 (WBD, 'tech-framework', S, WB_S, 'the Framework provides one central point of ordering and contract management covering warranty, insurance, and general supply enquiries'),
 (WBD, 'tech-framework', S, WB_S, 'savings: product pricing is significantly lower than current market pricing'),
 (WBF, 'tech-framework', S, WBF_S + ': Framework agreement start dates and durations', 'The Framework commenced on 1 March 2024 and will end on 28 February 2027.'),
 (WBF, 'tech-framework', S, WBF_S + ': Who can use the framework', 'Framework terms and conditions are subject to Scots law.'),
 # technology peripherals and infrastructure lot 1
 (TPI, 'tech-framework', S, TPI_S, 'For Lot 1 of the framework, there is only a direct award route to market and no further competition is required.'),
 (TPI, 'tech-framework', S, TPI_S, 'A specific Scottish Procurement web shop, TechSource is available and can be accessed via the Technology Peripherals and Infrastructure Framework page for the use of Lot 1.'),
 # Greening government ICT strategy (narrative)
 (GGI, 'tech-policy', U, GGI_S, 'As documented in our annual reports since 2012, we have migrated large portions of our ICT infrastructure from our estates to our service providers.'),
 (GGI, 'tech-policy', U, GGI_S, 'There is also industry pressure to migrate.'),
 # Defra End User Services contract
 (TGS, 'tech-case', U, TGS_S, 'This is the contract that provides laptops, phones, and tablets to colleagues.'),
 (TGS, 'tech-case', U, TGS_P, 'keep essential end user services running'),
 (TGS, 'tech-case', U, TGS_P, 'continuously improve the user experience'),
 (TGS, 'tech-case', U, TGS_P, 'reduce costs, without compromising quality'),
 (TGS, 'tech-case', U, TGS_S, 'We are delivering this new contract with ATOS and their partners.'),
 (TGS, 'tech-case', U, TGS_R, 'The Defra group has over 30,000 colleagues and around 72,000 devices.'),
 (TGS, 'tech-case', U, TGS_R, 'Refurbished devices offer cost savings of up to 40%.'),
 (TGS, 'tech-case', U, TGS_R, 'This frees up resources to reinvest in frontline services or new areas of innovation.'),
 # Government Buying Standards / OGC energy specifications
 (SDD, 'tech-standard', U, SDD_S, 'All central government departments and their related organisations must ensure that they meet at least the mandatory Government Buying Standards when buying goods and services in the product groups covered on this site.'),
 (SDD, 'tech-standard', U, SDD_S + ': Energy efficiency and Energy Star', 'The energy efficiency component in GBSs for office ICT products refers to the US Government’s ‘Energy Star’ criteria.'),
 (SDD, 'tech-standard', U, SDD_S + ': Energy efficiency and Energy Star', 'When specifying, Buyers should ensure that suppliers understand that “Energy star” in the GBS refers to the latest version of energy star criteria relevant to the product they are purchasing.'),
 (OGC, 'tech-standard', U, OGC_S + ': 2008 MINIMUM Mandatory Specification(s)', 'Must consume 4W or less in sleep mode'),
 (OGC, 'tech-standard', U, OGC_S + ': 2008 MINIMUM Mandatory Specification(s)', 'Must consume 2W or less in off mode (standby)'),
 (OGC, 'tech-standard', U, OGC_S + ': 2008 MINIMUM Mandatory Specification(s)', 'Cat. A computers must consume 50W or less in Idle state'),
 (OGC, 'tech-standard', U, OGC_S + ': 2008 BEST PRACTICE Specification(s)', 'Power management capability must be present and enabled on delivery'),
 # Education Authority (NI): Learning Management System
 (EAL, 'tech-case', N, EAL_S + ': Introduction', 'This contract was a key enabler for the EA to deliver its Strategic priority of Developing All Our People to carry out their jobs successfully.'),
 (EAL, 'tech-case', N, EAL_S + ': Objectives', 'EA’s objective was to procure a LMS with a suite of e-learning courses to deliver a range of statutory and mandatory training to support EA’s corporate strategy and legal obligations and a system that supports a modern workforce requiring modern approaches to learning and development so that people can learn using a variety of platforms.'),
 # notices (d3tenders.com)
 (TRF, 'tech-notice', U, TRF_S, 'Quality Weighting', {'weighting_percent': 55}),
 (TRF, 'tech-notice', U, 'Strategic Partner for Wide Area Network Service delivery and support (Trafford): description', 'A single Network strategic partner to design, supply and implement a Wide Area Network utilising Trafford\'s LFFN (local full fibre network) infrastructure, where applicable, or by making use of other carriers elsewhere allowing for the continued delivery of network services to its customers.'),
 (WRX, 'tech-notice', W, WRX_S + ': description', 'Conwy County Borough Council, Denbighshire County Council, Flintshire County Council, Gwynedd Council, Isle of Anglesey County Council and Wrexham County Borough Council have agreed to work together on a joint procurement to procure, implement and manage a cloud hosted software solution for education management information services.'),
 (WRX, 'tech-notice', W, WRX_S + ': description', 'The goods and services that are the subject matter of the procurement shall be divided into six lots, with one lot for each of the contracting authorities.'),
 (SLC, 'tech-notice', S, SLC_S, 'Although the contract is likely to involve approximately 787 communications devices bidders should note that this number may vary during the Contract Period.'),
 (SLC, 'tech-notice', S, SLC_S, 'The Council reserves the right to vary the number of communications hardware, software and licensing covered by the contract in the event that changes are made to the Council\'s current ICT environment.'),
 (LEI, 'tech-notice', U, LEI_S, 'Leicester City Council is looking for a mature and already commercially viable social value evaluation and monitoring solution which will ensure that all contracts tendered for and awarded for Leicester City Council are effectively evaluated and subsequently monitored and managed against agreed Social Value measures.'),
 # notices (github:apa999/CFServer1)
 (CAE, 'tech-notice', W, 'Supply, Installation and On-Going Maintenance & Support of an Asset Management Solution (Caerphilly): award criteria details', 'The Council aims to consolidate as many Lots into a single solution as possible.'),
 (CAE, 'tech-notice', W, 'Supply, Installation and On-Going Maintenance & Support of an Asset Management Solution (Caerphilly): award criteria details', 'If a bidder can provide two or more Lots through a single solution, it would be advantageous for the Council.'),
 (BAN, 'tech-notice', W, 'Digital Degree Certificates (Bangor University): description', 'Bangor University would like to procure a bilingual software solution to replace our existing secure degree certificate printing and HEAR transcript hosting web portal.'),
 (BAN, 'tech-notice', W, 'Digital Degree Certificates (Bangor University): lot description', 'The web portal will be accessible to alumni and third parties and allow viewing and sharing of the HEAR transcript and an electronic copy of the degree certificate.'),
 (CLW, 'tech-notice', W, 'Learning Management System (ClwydAlyn): description', 'ClwydAlyn is seeking tender submissions from providers detailing how they would meet our requirements for the provision of a hybrid learning management system / learning experience platform (LMS/LXP) to support workforce skill development.'),
 (HRD, 'tech-notice', W, 'Harm Reduction Database (NWSSP for Public Health Wales): lot description', 'The HRD Wales database provides an anonymous web-based mechanism for recording activity relating to the range of harm reduction services provided to those accessing substance misuse services.'),
 (TRM, 'tech-notice', W, 'Provision of TRAMS Digital Ordering and Workflow Process Solution (NWSSP): lot description', 'Without the digital ordering system in place, patients will not be able to receive their medicine, including urgent Chemotherapy and post-surgery requirements.'),
 (SSR, 'tech-notice', U, 'Website re-design, development and maintenance (SSRO): description', 'The scope of the requirement includes re-design, development and maintenance of a the SSRO\'s website on a new platform, training for SSRO staff to maintain the website and to access technical support when required.'),
 (UOW, 'tech-notice', U, 'UOW732 - Core Network Replacement (University of Worcester): description', 'The core and data centre network is a key part of the University\'s data network that is relied upon for the delivery of learning, teaching and business operation of the University\'s staff and 12,500 full and part time students.'),
 (PIN, 'tech-notice', U, 'Digital & Data Partner (The Planning Inspectorate): description', 'The Contract is being offered under CCS Agreement RM6263 Digital Specialists and Programmes, Lot 1 Digital Programmes, which will govern any resultant Contract.'),
 (MER, 'tech-notice', U, 'Consultation Hub - London Borough of Merton: description', 'London borough of Merton require a Digital Engagement and Consultation tool.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'sd.defra.gov.uk')
def licence_of(src):
    if src.startswith('github:apa999/CFServer1'): return NOTICE_CFSERVER
    return host_licence(src, OGL_HOSTS)
batch = Batch('public-texts-21.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the pages of each gov.scot buyer's guide,
    # the Greening government ICT strategy (its gov.uk text and techUK's reproduction of its business rules), and each
    # notice (`ocds:<ocid>`, as in notices.jsonl).
    if src.startswith(MVB): return 'gov.scot/mobile-voice-and-data-services-framework-sp-22-005-buyers-guide'
    if src.startswith(WBB): return 'gov.scot/web-based-and-proprietary-devices-framework-buyers-guide'
    if src in (WG, GGI): return 'greening-government-ict-and-digital-services-strategy-2020-2025'
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub21', R, NEG, group_of, licence_of)
