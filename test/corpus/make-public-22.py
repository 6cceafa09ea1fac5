"""Write /work/batches/public-texts-22.jsonl: batch 30, more TECHNOLOGY and DIGITAL procurement texts by UK public
bodies, from sources the corpus did not yet hold: what buyers of ICT hardware, software and telecoms publish about the
sustainability, fair work and community benefits they want from technology suppliers, with hard negatives from the
same documents about the technology and the buying route itself (scope, lots, ordering, discounts, energy-efficiency
specifications and eco-label certifications, framework dates, digital inclusion services bought as the service,
approvals).

Sources: the Scottish Government's Scottish Public Sector Green ICT Strategy on gov.scot (Annex C's best practice for
procurement, the ICT lifecycle's procurement principles and maturity considerations, its legislation page and the
Annex F procurement case study), the Scottish Government's news item on its ICT client devices frameworks
(www2.gov.scot) and the Digital Buying Guide's case study of the same work, the buyer's guide of the Scottish
Government's software value added reseller services framework (SP-21-034), its telephony services DPS page and a
Find a Tender record of that DPS (d3tenders.com copy), the desktop client devices framework (SP-22-019) buyer's guide
and PublicTechnology's report on its award, the Scottish Government's digital service manual on buying digital products,
Crown Commercial Service's article on sustainable IT hardware through Technology Products and Associated Services
(TePAS), the gov.uk Digital Training and Support buyers' guide (digital inclusion bought as the service: negatives),
the University of York's IT Services news on its IT hardware supplier's reuse and recycling, and the Local Government
Association's National technological and digital procurement category strategy (its own page, and CIPS Supply
Management's summary of the draft's advice).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, a long
item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). Crown copyright pages (gov.scot, www2.gov.scot, servicemanual.gov.scot, gov.uk,
crowncommercial.gov.uk) and notice data are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-22.py > /work/batches/public-texts-22.jsonl
"""
from batch import Batch, EI, CL, EO, MU, ocid_group, U, S, W, N


# Scottish Public Sector Green ICT Strategy (gov.scot)
GI = 'scotland-s-digital-future-scottish-public-sector-green-ict-strategy/pages/'
GI13 = 'http://www.gov.scot/publications/' + GI + '13/'
GI13B = 'https://gov.scot/publications/' + GI + '13'
GI6 = 'https://www.gov.scot/publications/' + GI + '6/'
GI4 = 'https://www.gov.scot/publications/' + GI + '4/'
GI16 = 'http://www.gov.scot/publications/' + GI + '16/'
# ICT client devices frameworks
WW2 = 'https://www2.gov.scot/Topics/Government/Procurement/Procurement-News/CaseStudyRecognisedInEurope'
DBG = 'https://www.digitalbuyingguide.org/en/case-studies/sustainable-it-buying-scottish-government-case-study/'
DCD = 'https://www.gov.scot/publications/procurement-desktop-client-devices-framework-buyers-guide/pages/guidance/'
PTN = ('https://www.publictechnology.net/2023/09/07/science-technology-and-research/'
       'scottish-government-renews-75m-desktop-contract-with-hp/')
# software value added reseller services framework; telephony DPS
SVR = ('https://www.gov.scot/publications/procurement-software-value-added-reseller-services-framework-sp-21-034-'
       'buyers-guide/pages/using-the-framework/')
TEL = 'https://www.gov.scot/publications/telephony-services-dynamic-purchasing-system/'
TDN = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03278f'
# Scottish digital service manual
SM1 = 'https://servicemanual.gov.scot/getting-started-with-procurement'
SM2 = 'https://servicemanual.gov.scot/procuring-a-digital-product-or-service'
# CCS, gov.uk, LGA, CIPS, University of York
CCS = 'https://www.crowncommercial.gov.uk/news/sustainable-it-hardware-explained-what-it-is-and-how-you-can-buy-it'
DTS = 'https://www.gov.uk/guidance/digital-training-and-support-buyers-guide'
LGA = 'https://local.gov.uk/national-technological-and-digital-procurement-category-strategy'
CIP = 'https://www.cips.org/supply-management/news/2017/january/think-commercial-to-generate-income-councils-told/'
YRK = 'https://york.ac.uk/it-services/about/news/2023/it-stone-award'

GI_S = 'Scotland\'s Digital Future: Scottish Public Sector Green ICT Strategy'
GI13_S = GI_S + ': Annex C: Best Practice Examples - Procurement'
GI13_A = GI13_S + ': Supply Chain: Ask suppliers to:'
GI6_S = GI_S + ': ICT lifecycle'
GI6_P = GI6_S + ': Procurement principles'
GI6_M = GI6_S + ': Maturity Level Considerations'
GI4_S = GI_S + ': Legislation and Scottish Government Policy'
GI16_S = GI_S + ': Annex F: Case Studies - Procurement: Collaborative ICT Procurement (The Scottish Government)'
WW2_S = 'Scottish Procurement case study recognised in Europe'
WW2_F = WW2_S + ': Scottish Procurement established the frameworks on behalf of the whole Scottish public sector, with support and advice from Sustainable Procurement Limited, focusing on:'
DBG_S = 'Reducing the e-waste mountain: how to buy IT sustainably (Scottish Government)'
DBG_A = DBG_S + ': The approach: Suppliers were asked how they would:'
DCD_S = 'Procurement - desktop client devices framework: buyer\'s guide: Framework agreement'
PTN_S = 'Scottish Government renews £75m desktop contract with HP'
SVR_S = 'Procurement - software value added reseller services framework (SP-21-034): buyer\'s guide: Framework information: Framework benefits'
SVR_U = 'Procurement - software value added reseller services framework (SP-21-034): buyer\'s guide: Using the framework'
TEL_S = 'Telephony services dynamic purchasing system'
TDN_S = 'Telephony Services Dynamic Purchasing System (Scottish Government): notice description'
SM1_S = 'Buying and procurement (Digital Scotland Service Manual)'
SM2_S = 'Buy a digital product or service (Digital Scotland Service Manual)'
CCS_S = 'Sustainable IT hardware explained: what it is and how you can buy it'
CCS_B = CCS_S + ': 1) Buying remanufactured or refurbished: Buying remanufactured or refurbished products has many sustainability benefits, such as:'
DTS_S = 'Digital Training and Support buyers\' guide'
LGA_S = 'National technological and digital procurement category strategy'
CIP_S = 'New IT procurement strategy in development for councils: It suggests that councils:'
YRK_S = 'University awarded for sustainable IT collaboration project'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Green ICT Strategy: Annex C best practice for procurement
 (GI13, 'tech-strategy', S, CL, [], GI13_S + ': Supply Chain', 'Checking the green credentials of suppliers to minimise the environmental impact of purchases.'),
 (GI13, 'tech-strategy', S, CL, [], GI13_A, 'Set out how they are taking steps to reduce toxicity levels in products;'),
 (GI13, 'tech-strategy', S, CL, [], GI13_A, 'How they use carbon neutral resources in manufacturing;'),
 (GI13, 'tech-strategy', S, CL, [], GI13_A, 'What steps they are taking to minimise packaging'),
 (GI13, 'tech-strategy', S, CL, [], GI13_A, 'What steps they are taking ensure the transport of goods is carbon neutral.'),
 (GI13, 'tech-strategy', S, CL, [], GI13_A, 'Building into contracts that suppliers take back/ recycle packaging.'),
 (GI13, 'tech-strategy', S, CL, [], GI13_S + ': "Sweating" Equipment Beyond End Of Life Cycle', 'Extending set refresh points of devices to reduce the environmental impact of waste equipment.'),
 # Green ICT Strategy: ICT lifecycle, procurement principles and maturity considerations
 (GI6, 'tech-strategy', S, CL, [], GI6_S, 'In order to reduce pollution and carbon emissions, the whole lifecycle of ICT equipment must be considered.'),
 (GI6, 'tech-strategy', S, CL, [], GI6_P, 'Consider extending the life of existing systems'),
 (GI6, 'tech-strategy', S, CL, [], GI6_P, 'Packaging reduction, re-use, repair and re-cycling methods'),
 (GI6, 'tech-strategy', S, CL, [], GI6_P, 'Organisations must encourage and incentivise green practices from suppliers by considering a high weighting for green credentials in the awarding of contracts that appropriately encompass green solutions.'),
 (GI6, 'tech-strategy', S, CL, [], GI6_M, 'work pro-actively with suppliers to notify them of your organisations Green ICT commitment;'),
 (GI6, 'tech-strategy', S, CL, [], GI6_M, 'begin a consultation process to seek alignment of your organisations and suppliers green strategies;'),
 (GI6, 'tech-strategy', S, CL, [], GI6_M, 'begin a risk and opportunity exercise to identify suppliers with positive and negative impacts on sustainability (see also level 4).'),
 # Green ICT Strategy: Annex F case study
 (GI16, 'tech-strategy', S, CL, [], GI16_S + ': Results', 'Carbon emissions reduced by 16,300 tonnes over three years (by replacing 159,000 corporate desktops).'),
 (GI16, 'tech-strategy', S, CL, [], GI16_S + ': Results', 'Subsequent iterations of the framework stipulate a maximum size/configuration/ physical arrangement of desktop equipment, with the aim of further reducing carbon emissions by 62 kg per PC over a three year period.'),
 # ICT client devices frameworks (Scottish Government news item; Digital Buying Guide case study; PublicTechnology)
 (WW2, 'tech-framework', S, CL, [], WW2_F, 'circular economy outcomes through end of life management of devices'),
 (WW2, 'tech-framework', S, CL, [], WW2_F, 'energy and environmental management'),
 (WW2, 'tech-framework', S, EO, ['economic-inequality'], WW2_F, 'fairly and ethically traded supply and fair work practices.'),
 (DBG, 'tech-case', S, CL, [], DBG_S + ': The problem', 'Although reuse and recycling have improved, this level of consumption creates both environmental and reputational risks.'),
 (DBG, 'tech-case', S, CL, [], DBG_S + ': The problem', 'In 2015 the Scottish Government launched a Green ICT strategy to manage the risks and ensure compliance with UK and EU requirements on sustainable buying.'),
 (DBG, 'tech-case', S, CL, [], DBG_A, 'reduce toxicity levels in products'),
 (DBG, 'tech-case', S, CL, [], DBG_A, 'minimise packaging'),
 (DBG, 'tech-case', S, CL, [], DBG_A, 'ensure carbon neutral transport of goods'),
 (DBG, 'tech-case', S, EO, [], DBG_A, 'trace supply chains, to help rule out human rights abuses'),
 (PTN, 'tech-case', S, MU, [], PTN_S, 'The contract required bidders to show evidence of community benefits in Scotland.'),
 # software value added reseller services framework
 (SVR, 'tech-framework', S, MU, [], SVR_S, 'all orders are covered by Scottish Government’s Standard terms and conditions complying with Prompt payment, Fair Work First, environment/sustainability and community benefits.'),
 (SVR, 'tech-framework', S, MU, [], SVR_S, 'measured Community Benefits at Framework level'),
 # telephony DPS notice
 (TDN, 'tech-notice', S, MU, [], TDN_S + ': A summary of the expected community benefits has been provided as follows:', 'Community Benefits requirements will be determined at each individual call-off contract.'),
 # CCS: sustainable IT hardware through TePAS
 (CCS, 'tech-framework', U, CL, [], CCS_S, 'Sustainable IT is based on the circular economy model.'),
 (CCS, 'tech-framework', U, CL, [], CCS_S, 'This is a positive move away from the old linear product creation style of ‘take-make-dispose’, to a more sustainable ‘make-use-recycle’ route, making the most of our planet’s limiting resources.'),
 (CCS, 'tech-framework', U, CL, [], CCS_S, 'If you’re looking to buy your IT hardware such as laptops or tablets sustainably, there are a number of options that can help you.'),
 (CCS, 'tech-framework', U, CL, [], CCS_B, 'reduces carbon footprint in relation to the supply of equipment, compared to the purchasing of new products'),
 (CCS, 'tech-framework', U, CL, [], CCS_B, 'reduces toxins from seeping into the environment though disposal of equipment'),
 (CCS, 'tech-framework', U, CL, [], CCS_B, 'lower electronic waste (estimated at 45 million tonnes per year)'),
 # University of York: IT hardware supplier's reuse and recycling
 (YRK, 'tech-case', U, CL, [], YRK_S, 'The award celebrates the partnership between IT Services and our IT provider Stone Group, and our sustainable approach to IT equipment.'),
 (YRK, 'tech-case', U, CL, [], YRK_S, 'Once these devices are no longer fit for purpose they are recycled using Stone’s Reuse Recycling and Disposal framework, this ensures that no unwanted IT equipment goes to landfill.'),
 (YRK, 'tech-case', U, CL, [], YRK_S, 'This circular approach to IT equipment helps the University to achieve sustainability goals.'),
 (YRK, 'tech-case', U, CL, [], YRK_S, 'Over the course of this partnership, the University has saved 44.1 metric tonnes of IT equipment from landfill by either recycling or refurbishing more than 4,500 unwanted devices.'),
 (YRK, 'tech-case', U, CL, [], YRK_S, 'When the University uses the Stone 360 app to book collections of unwanted laptops and PCs, we also contribute to their tree planting programme, and earn cash rebates (many of which are then donated to charity).'),
 # LGA technology procurement strategy and CIPS' summary of the draft
 (LGA, 'tech-strategy', U, MU, [], LGA_S, 'This IT Procurement Strategy has been developed and is owned by local government to be used to assist and promote value for money, economic growth, wider service delivery and social value.'),
 (CIP, 'tech-strategy', U, EI, [], CIP_S, 'use of SMEs, and encourage first tier suppliers to use SMEs, to realise pre-defined social value'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Green ICT Strategy
 (GI13, 'tech-strategy', S, GI13_A, 'Specify computers with high-efficiency Power Supply Units (power supply units convert mains AC power to the DC power needed by computers. Efficient computers minimise energy loss from this conversion in the form of heat (minimum 80% conversion))'),
 (GI13, 'tech-strategy', S, GI13_A, 'Purchasing ICT devices that comply with Electronic Product Environmental Assessment Tool certification, most up-to-date Energy Star ratings, EuP Framework etc.'),
 (GI13, 'tech-strategy', S, GI13_S + ': Whole-Of-Life Costs', 'As a rule of thumb high quality equipment, has a longer shelf life and can be repaired or upgraded easier.'),
 (GI13B, 'tech-strategy', S, GI_S + ': Annex C: Operations: Device Reduction and Consolidation', 'Industry standard ratios are: PCs and laptops - 1 device per employee; Printers/copiers etc. - 1 device to every 10 employees.'),
 (GI13B, 'tech-strategy', S, GI_S + ': Annex C: Operations: Device Reduction and Consolidation', 'Undertake audit to establish the current ratios;'),
 (GI6, 'tech-strategy', S, GI6_P, 'Go for Services not Assets: Cloud services, virtualise, consolidate'),
 (GI4, 'tech-strategy', S, GI4_S, 'The Green ICT policy is not itself underpinned by legislation or mandation.'),
 (GI4, 'tech-strategy', S, GI4_S + ': Procurement Reform (Scotland) Act, 2014', 'This is underpinned by self-assessment and prioritisation tools, and a maturity model which will allow procurement staff to assess the behavioural indicators of their organisation, and will feed into the legislative requirement of reporting.'),
 (GI4, 'tech-strategy', S, GI4_S + ': Procurement Reform (Scotland) Act, 2014', 'These tools should go live in April 2015 with the first requirements for reports to be submitted in 2016, and applies to procurement professionals.'),
 (GI16, 'tech-strategy', S, GI16_S + ': Background', 'Existing traditional individual procurement arrangements identified as leading to inherent inefficiencies.'),
 (GI16, 'tech-strategy', S, GI16_S + ': Solution', 'Introduce a collaborative framework agreement for the Scottish public sector to create a standardised approach to procurement for the purchase of ICT products.'),
 (GI16, 'tech-strategy', S, GI16_S + ': Solution', 'The framework is based upon mandatory energy efficiency criteria (minimum Energy Star 5 and EPEAT Sliver rating).'),
 # ICT client devices frameworks
 (WW2, 'tech-framework', S, WW2_S, 'A case study on our frameworks for ICT client devices has been featured in the European Commission’s Green Public Procurement (GPP) News Alert for March.'),
 (DBG, 'tech-case', S, DBG_S + ': The problem', 'In Scotland, the public sector buys 170,000 electronic devices including laptops, PCs and mobile phones each year, equivalent to over 400 a day.'),
 (DBG, 'tech-case', S, DBG_S + ': The problem', 'The task for procurement officers was to implement the policy across a vast IT estate, while continuing to deliver value for money for taxpayers.'),
 (DBG, 'tech-case', S, DBG_S + ': The approach', 'This included the establishment of a \'User Intelligence Group\' of stakeholders.'),
 (DBG, 'tech-case', S, DBG_S + ': The approach', 'Regular conference calls and face-to-face meetings were held with industry experts, major manufacturers, resellers and other organisations within the supply chain.'),
 (DCD, 'tech-framework', S, DCD_S, 'Scottish Procurement has entered into this framework agreement with a single contractor to ensure organisations may obtain value for money in their purchasing whilst being assured that their procurement is compliant with EU procurement regulations.'),
 (DCD, 'tech-framework', S, DCD_S, 'Using a framework agreement saves time and money for organisations and ensures that the terms and conditions of their contract with the contractors are robust and follow best practice.'),
 (PTN, 'tech-case', S, PTN_S, 'The Desktop Client Devices Framework covers desktop devices, monitors, fixed workstations, accessories and deployment services across the Scottish Government, as well as NHS health boards, local government, universities and colleges, police, fire and rescue and other public sector bodies in Scotland.'),
 (PTN, 'tech-case', S, PTN_S, 'It also offers minimum specifications incorporating the latest energy efficiency and environmental accreditations and is available to organisations regardless of size or geographical location.'),
 # software value added reseller services framework
 (SVR, 'tech-framework', S, SVR_S, 'compliant route to market with reduced duplication and complexity of procurement activity within the Scottish public sector'),
 (SVR, 'tech-framework', S, SVR_S, 'easy ordering via one supplier to purchase any commercial off the shelf software (COTS) and related services.'),
 (SVR, 'tech-framework', S, SVR_S, 'direct award - no need to run a mini-competition'),
 (SVR, 'tech-framework', S, SVR_S, 'structured discounts in place for software purchases that will deliver demonstrable value for money and savings'),
 (SVR, 'tech-framework', S, SVR_S, 'asset recording and management of purchased software'),
 (SVR, 'tech-framework', S, SVR_S, 'option to participate in Gainshare activities to increase further savings and innovation.'),
 (SVR, 'tech-framework', S, SVR_U, 'receive the quotation, check it’s correct and when it expires.'),
 # telephony DPS page and notice
 (TEL, 'tech-framework', S, TEL_S, 'The DPS operates in a similar way to a framework, however, it is an electronic process and suppliers can apply to join the DPS at any time.'),
 (TEL, 'tech-framework', S, TEL_S, 'Contracts will be awarded via call-offs, issued by Scottish public sector organisations through the DPS, inviting suppliers to tender for in scope services.'),
 (TEL, 'tech-framework', S, TEL_S + ': Who can use this', 'third sector (voluntary organisations and charities registered in Scotland)'),
 (TEL, 'tech-framework', S, TEL_S + ': What is in scope', 'Note: more than one telephony service will need to be purchased to qualify as a procurement of a bundle.'),
 (TDN, 'tech-notice', S, TDN_S, 'This short extension is to cover in-flight procurements whilst the replacement DPS is being established.'),
 (TDN, 'tech-notice', S, TDN_S, 'A sub-contract clause has been included in this contract.'),
 # Digital Scotland Service Manual
 (SM1, 'tech-policy', S, SM1_S, 'This guidance supports Scottish public sector organisations with the procurement of digital products and services.'),
 (SM1, 'tech-policy', S, SM1_S + ': The guidance covers:', 'how to manage suppliers and contracts effectively to reduce risk, ensure regulatory compliance, and deliver secure, accessible, value for money digital products and services'),
 (SM1, 'tech-policy', S, SM1_S + ': Step 1: Contact your procurement officer: Before you get in touch', 'You should make sure you have a Senior Responsible Officer (SRO) in place for your project before you contact a procurement officer.'),
 (SM2, 'tech-policy', S, SM2_S + ': What you\'ll need to do', 'As your requirements are developed, it is good practice to apply \'weightings\' to them, giving the highest weightings to the most important requirements, such as price and quality.'),
 # CCS: sustainable IT hardware through TePAS
 (CCS, 'tech-framework', U, CCS_S, 'The main 2 options are buying remanufactured or refurbished, and leasing or buy-back, both of which can be done using our Technology Products and Associated Services (TePAS) framework.'),
 (CCS, 'tech-framework', U, CCS_S + ': 1) Buying remanufactured or refurbished', 'With leasing, high-end technology products such as servers and laptops, where the lease is put in place for 2 to 3 years, are usually the best value.'),
 (CCS, 'tech-framework', U, CCS_S + ': 1) Buying remanufactured or refurbished', 'To use TePAS for leasing or buy-back, you would need to put this requirement under the special terms when running a further competition.'),
 (CCS, 'tech-framework', U, CCS_S + ': 1) Buying remanufactured or refurbished', 'Remanufactured means to rebuild a product, which uses both recycled and new components to replace the older parts.'),
 (CCS, 'tech-framework', U, CCS_S + ': 1) Buying remanufactured or refurbished', 'For ease of mind, purchasing either type of equipment will come with a full warranty.'),
 # gov.uk Digital Training and Support buyers' guide (digital inclusion bought as the service)
 (DTS, 'tech-framework', U, DTS_S, 'Use the Digital Training and Support framework to find ‘assisted digital’ and ‘digital inclusion’ services.'),
 (DTS, 'tech-framework', U, DTS_S + ': Assisted digital', 'If you’re building a digital service in a central government department, you must provide assisted digital support.'),
 (DTS, 'tech-framework', U, DTS_S + ': Assisted digital: This means offering help for people who:', 'don’t have the skills to use the digital service on their own'),
 (DTS, 'tech-framework', U, DTS_S + ': Digital inclusion', 'You can also provide digital inclusion training or support through the Digital Training and Support framework.'),
 (DTS, 'tech-framework', U, DTS_S + ': What you can buy', 'digital inclusion training course, product or service delivery (lot 4)'),
 (DTS, 'tech-framework', U, DTS_S + ': What you can buy', 'You can buy services from more than one lot at a time.'),
 # University of York
 (YRK, 'tech-case', U, YRK_S, 'Stone was appointed as the University’s supplier of IT hardware and associated peripherals following a rigorous competitive tender process undertaken by IT Services and the University’s Procurement Team.'),
 (YRK, 'tech-case', U, YRK_S, 'Since that time, IT Services has bought desktops and laptops from Stone group.'),
 # LGA strategy and CIPS' summary
 (LGA, 'tech-strategy', U, LGA_S, 'Collectively, local government spends around £2 billion per annum on IT, with £1 billion of this spent on sourcing and supporting software applications.'),
 (LGA, 'tech-strategy', U, LGA_S, 'The challenge for IT procurement is to create the agility and flexibility needed to meet the unprecedented demand for new technology and new ways of using technology in a way which manages risk and does not compromise probity or value.'),
 (CIP, 'tech-strategy', U, CIP_S, 'incorporate forward planning into the commissioning process to avoid being locked into out-dated legacy systems down the line'),
 (CIP, 'tech-strategy', U, CIP_S, 'consider sharing back-office systems with other local and district authorities to aggregate buying power'),
 (CIP, 'tech-strategy', U, CIP_S, 'design online services with citizens, businesses and other stakeholders to ensure they meet real needs'),
 (CIP, 'tech-strategy', U, CIP_S, 'use “vanilla” rather than custom solutions to increase compatibility'),
 (CIP, 'tech-strategy', U, 'New IT procurement strategy in development for councils', 'It suggested councils generate revenue from their technology suppliers through concession contracts, where suppliers pay to install wireless equipment on council assets.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'www2.gov.scot', 'servicemanual.gov.scot', 'crowncommercial.gov.uk')
batch = Batch('public-texts-22.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the pages of the Green ICT Strategy,
    # and each notice (`ocds:<ocid>`, as in notices.jsonl).
    if GI in src: return 'gov.scot/scottish-public-sector-green-ict-strategy'
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub22', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
