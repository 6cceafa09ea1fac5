"""Write /work/batches/public-texts-19.jsonl: batch 27, English city, county and London borough councils not yet in
the corpus, from what they publish for suppliers about social value, with hard negatives from the same pages: Leeds
City Council's social value page (what social value can include, its four ambitions, economic and environmental
benefits), its procurement policy page (five areas of focus, Contract Procedure Rules) and its tenders page (YORtender);
Birmingham's Business Charter for Social Responsibility (the charter page and the council newsroom's six principles);
Liverpool's social value page; Newcastle's Social Value Commitment (2015 and 2020 versions) and its tenders page;
Manchester City Council's "Our commitment to Social Value in spending" (its 20% weighting); Nottingham City Council's
procurement strategy objectives (its Ask Lion directory page); Islington's "Selling to the council" (20% target
weighting, London Living Wage; Equality Act and marketing-correspondence sentences as negatives); Hackney's procurement
strategy themes (procuring green, procuring for a better society), its purchasing policies (health and safety policy
contents as negatives; environmental considerations) and its commitments to suppliers (negatives); Lambeth's
responsible procurement guide, contract opportunities guide and the Cabinet minute listing its Responsible Procurement
Policy priorities; Lewisham's council procurement page (negatives); Tower Hamlets' minimum requirements for suppliers
(London Living Wage, 5% social value, cleaner air; exclusion grounds, best value and financial standing as negatives),
its service and strategy pages; Westminster's Responsible Procurement and Commissioning Strategy pillars; Ealing's social
value in contracts page; the Royal Borough of Greenwich's core values; Croydon's procurement pages and newsroom (10%
minimum); Brighton & Hove's sustainable procurement pages (real Living Wage, unpaid trial shifts, 10% environmental
sustainability, sustainable products); Cornwall's responsible procurement workstreams and procurement rules; Wirral's
social value page and Merseyside procurement group terms of reference; Durham's "Working with the council" (negatives); Sunderland's social value and procurement overview pages; Kent's "How we buy goods and
services"; Cheshire East's social value in procurement page (10% minimum); and, for negatives only, Barnsley's "How we
award contracts" (accounts, insurance levels, references), Hampshire's tender process overview, Oxfordshire's supplier
page and Norfolk's tenders page (bid tips, Contracts Finder, purchase orders).

Texts verbatim from the stored pages (read through the `search` tool, pages corpus; list bullets and numbering
dropped; a sentence cut where the page's item holds more than one). Not scored: the batch is scored blind afterwards.
Same conventions as make-public-16.py; texts already in the corpus are left out (named on stderr), and a source already
in the corpus keeps its group. All pages are council pages without a stated OGL, so short quotations.

  python3 test/corpus/make-public-19.py > /work/batches/public-texts-19.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ID, weighting as W

E = 'uk'
# Leeds
LDS = 'http://www.leeds.gov.uk/commercial-opportunities/tenders-and-contracts/social-value'
LDP = 'https://leeds.gov.uk/commercial-opportunities/procurement-policy-and-regulation'
LDT = 'https://beta.leeds.gov.uk/commercial-opportunities/tenders-and-contracts'
# Birmingham
BHC = 'https://www.birmingham.gov.uk/info/50209/birmingham_business_charter_for_social_responsibility/1828/what_is_the_charter'
BHN = 'http://birminghamnewsroom.com/business-charter-for-social-reponsibility-launched/'
# Liverpool, Newcastle, Manchester, Nottingham
LIV = 'https://liverpool.gov.uk/business/tenders-and-procurement/social-value/'
NCL = 'https://www.newcastle.gov.uk/services/business-and-commerce/business-commerce/doing-business/social-value-commitment'
NCL15 = 'https://www.newcastle.gov.uk/business/doing-business/social-value-commitment'
NCT = 'https://newcastle.gov.uk/business/tenders-contracts-and-procurement'
MCR = 'https://secure.manchester.gov.uk/info/200110/budgets_and_spending/7730/our_commitment_to_social_value_in_spending'
NTM = 'https://www.asklion.co.uk/kb5/nottingham/directory/advice.page?id=OZ8ixU16eoE'
# London boroughs
ISL = 'https://islington.gov.uk/business/opportunities/selling_council'
ISLW = 'https://www.islington.gov.uk/business/opportunities/selling_council'
HKS = 'https://hackney.gov.uk/procurement-strategy'
HKP = 'https://hackney.gov.uk/purchasing-policies'
HKW = 'https://hackney.gov.uk/working-with-the-council'
LBG = 'https://www.lambeth.gov.uk/business-services-rates-and-licensing/selling-services/responsible-procurement-guide'
LBO = 'https://www.lambeth.gov.uk/business-services-rates-and-licensing/selling-services/council-contract-opportunities-guide'
LBM = 'https://moderngov.lambeth.gov.uk/mgAi.aspx?ID=39754'
LEW = 'https://lewisham.gov.uk/myservices/business/tendersandcontracts/procurement/public-services--social-value--act-2012'
THC = 'https://www.towerhamlets.gov.uk/lgnl/business/tenders_and_contract/Working-for-Tower-Hamlets-and-Suppliers-Code-of-conduct.aspx'
THS = 'https://www.towerhamlets.gov.uk/lgnl/business/tenders_and_contract/Our_service.aspx'
THP = 'https://www.towerhamlets.gov.uk/lgnl/business/tenders_and_contract/Procurement_Strategy_and_Team_Structure.aspx'
WES = 'https://westminster.gov.uk/about-council/procurement/our-responsible-procurement-and-commissioning-strategy'
WES1 = 'https://westminster.gov.uk/procurement/responsible-procurement'
EAL = 'https://www.ealing.gov.uk/info/201018/tenders_and_contracts/3000/social_value_in_contracts'
GRN = ('https://www.royalgreenwich.gov.uk/info/200209/how_to_do_business_with_the_council/313/'
       'how_to_do_business_with_the_royal_borough_of_greenwich')
CRG = 'https://www.croydon.gov.uk/business-licences-and-tenders/procurement-tenders-and-contracts/procurement-guidance-and-regulations'
CRP = 'https://lbc-cdn-localgov-corpwebsite-p.azureedge.net/business-licences-and-tenders/procurement-tenders-and-contracts/procurement'
CRN = 'https://lbc-app-w-newscroydon-p.azurewebsites.net/croydons-commissioning-process-revitalised-to-benefit-all/'
# South and south-west
BHS = 'https://www.brighton-hove.gov.uk/business-and-trade/contracts-and-tenders/sustainable-procurement'
BHP = 'https://www.brighton-hove.gov.uk/sustainable-procurement-policy'
BHD = 'https://www.brighton-hove.gov.uk/business-and-trade/contracts-and-tenders/making-sustainable-purchasing-decisions'
BHE = 'https://www.brighton-hove.gov.uk/news/2022/new-environmentally-sustainable-procurement-policy-will-support-our-journey-net-zero'
COR = 'https://www.cornwall.gov.uk/business/commercial-services-and-selling-to-the-council/responsible-procurement/'
CORT = 'https://test2.cornwall.gov.uk/business-trading-and-licences/commercial-services/responsible-procurement'
CORH = 'http://www.cornwall.gov.uk/business-trading-and-licences/commercial-services/how-procurement-works-and-procurement-rules/'
KEN = 'https://www.kent.gov.uk/business/doing-business-with-kent-county-council/how-we-buy-goods-and-services'
KENG = 'http://www.kent.gov.uk/business/grow-your-business/doing-business-with-kent-county-council/how-we-buy-goods-and-services'
KENN = 'https://www.kent.gov.uk/business/doing-business-with-us/how-we-buy-goods-and-services'
HAM = 'https://www.hants.gov.uk/business/procurement/tenderprocessoverview'
OXF = 'https://www.oxfordshire.gov.uk/business/information-providers/supplying-goods-and-services'
# North and Midlands
WIR = 'https://www.wirral.gov.uk/business/tenders-and-contracts/procurement-strategy-regulations-and-social-responsibility'
WIC = 'http://www.wirral.gov.uk/my-services/business/tenders-and-contracts/how-do-business-wirral-council/procurement-collaboration'
DUR = 'https://durham.gov.uk/dobusinesswithus'
DURP = 'https://durham.gov.uk/article/2815/Procurement-policy-and-strategy'
SUN = 'https://www.sunderland.gov.uk/article/18244/Increasing-social-value-through-procurement-and-wider-activity'
SUNO = 'https://icm.sunderland.gov.uk/article/13309/Procurement-overview'
SUNK = 'https://www.sunderland.gov.uk/article/15850/Keeping-it-local'
BAR = 'https://www.barnsley.gov.uk/services/business-information/tenders-and-contracts/how-we-award-contracts/'
CHE = 'https://cheshireeast.gov.uk/council_and_democracy/your_council/social-value/social-value-procurement.aspx'
NOR = 'https://www.norfolk.gov.uk/article/43419/Tenders-contracts-and-procurement'

LDS_C = 'What is social value: Social value is about the positive impact that actions or projects have on people and communities. This can include:'
LDS_A = 'Our priorities for Leeds: Our main social value priorities are centred around the 4 ambitions for Leeds which are:'
LDS_E = 'Social value benefits: Economic'
LDS_N = 'Social value benefits: Environmental'
LDP_F = 'Procurement Strategy 2019 to 2024: Our five areas of focus:'
LDP_R = 'Contract Procedure Rules: The procedure rules:'
LDT_Y = 'Tenders and contracts: YORtender provides:'
BHC_S = 'Birmingham Business Charter for Social Responsibility: The Charter and policies'
BHN_S = 'Business Charter for Social Responsibility launched: Six key principles form the basis of the charter ... the six main principles are:'
LIV_S = 'Tenders and procurement: Social value'
NCL_G = 'Social Value Commitment: Our Principles: Green and sustainable (including climate change mitigation)'
NCL_T = 'Social Value Commitment: Our Principles: Think, buy, support Newcastle'
NCT_S = 'Tenders, contracts and procurement'
MCR_S = 'Our commitment to Social Value in spending'
NTM_S = 'Procurement Strategy 2018-2023: Our key procurement objectives are:'
NTM_P = 'The Procurement Strategy sets out a number of core principles for all our procurement:'
ISL_S = 'Selling to the council'
HKS_G = 'Procurement strategy: Key themes of the strategy: Procuring green'
HKS_B = 'Procurement strategy: Key themes of the strategy: Procuring for a better society'
HKP_H = 'Purchasing policies and standards: Health and safety'
HKP_L = 'Purchasing policies and standards: Health and safety: A health and safety policy should contain the following:'
HKP_E = 'Purchasing policies and standards: Environmental issues: Where practicable, goods and services will be procured in line with 3 key considerations.'
HKW_S = ('Working with the council: Our commitment to suppliers: Contracts will be awarded on the basis of the commercial '
         'criteria having been satisfied, and we will aim to ensure:')
LBG_S = 'Responsible procurement guide: 2. Community benefits: Some of the benefits that procurement officers are seeking:'
LBO_S = 'Council contract opportunities guide: We will use our procurement process to:'
LBM_S = ('Responsible Procurement Policy (Cabinet): The Responsible Procurement Policy gave a clear message to suppliers, '
         'and staff, on Lambeth Council’s priorities when undertaking procurement activities. These priorities were:')
LEW_S = 'Council procurement: All our services involve procurement. This can range in scale and includes:'
LEW_T = 'Council procurement: How to find our tenders and contracts'
THC_S = ('Working for Tower Hamlets and Suppliers Code of conduct: Any company wishing to work for Tower Hamlets has to comply '
         'with certain minimum requirements for them to be eligible to bid or to be awarded a contract. These requirements include:')
THS_S = 'Our service (procurement)'
THP_S = 'Procurement – strategy & team structure'
WES_S = 'Our Responsible Procurement and Commissioning strategy: The RPC strategy is based on four pillars'
WES1_S = 'Responsible Procurement and Commissioning Strategy: Fairer Economy'
EAL_S = 'Social value in contracts'
GRN_S = 'Overview for suppliers: Our core values: Sustainable development: We will:'
GRN_O = 'Overview for suppliers'
CRG_S = 'Procurement guidance and regulations: Our policies and regulations'
CRP_S = 'Procurement: About us'
CRN_S = 'Croydon’s commissioning process revitalised to benefit all'
BHS_S = 'Sustainable procurement'
BHP_S = 'Sustainable procurement policy: Procurement Operations: We will:'
BHD_S = 'Making sustainable purchasing decisions: Sustainable products should:'
BHD_P = 'Making sustainable purchasing decisions: Sustainable purchasing decisions'
BHE_S = 'New Environmentally Sustainable Procurement Policy will support our journey to net zero'
COR_S = ('Responsible Procurement: The Council has six responsible procurement workstreams which can be found in detail in our '
         'Responsible Procurement Policy. Information and guidance on these individual workstreams can be found below:')
CORT_S = ('Our Responsible Procurement Policy: Environmental Sustainability and Carbon Management: Along with our partners, we '
          'are committed to ensuring that goods and services are delivered in a way that helps to:')
CORH_S = 'How procurement works and procurement rules'
CORH_P = 'How procurement works and procurement rules: The process for procurement over these thresholds:'
KEN_S = 'How we buy goods and services'
KEN_C = 'How we buy goods and services: Procurements are organised into the following categories to ensure value for money within similar procurement types:'
KEN_T = 'How we buy goods and services: Transactions and contracts'
HAM_S = 'Tender process overview'
OXF_S = 'Doing business with the council - supplying goods and services'
WIR_S = 'Procurement strategy, regulations and social responsibility: What is Social Value?'
WIC_S = 'Procurement collaboration: The Merseyside Authorities Procurement Group: Terms of Reference'
DUR_S = 'Working with the council: Rules and regulations: Our procurement activity must:'
DUR_B = 'Working with the council: What the benefits of working with us are'
DURP_S = 'Procurement policy and strategy: Sustainable buying standards'
SUN_S = 'Increasing social value through procurement and wider activity'
SUN_C = 'Increasing social value through procurement and wider activity: Sunderland City Council also continues to:'
SUNO_S = 'Procurement overview'
SUNK_S = ('Keeping it local: our market engagement team works with suppliers to maximise the opportunities for local '
          'companies:')
BAR_S = 'How we award contracts: The tender process'
CHE_S = 'Social value in procurement: How we consider social value in procurement'
NOR_S = 'Tenders, contracts and procurement: Support for Suppliers: Submitting a bid: When submitting a bid, please ensure that you:'
NOR_I = 'Tenders, contracts and procurement: Introduction'
NOR_A = 'Tenders, contracts and procurement: Support for Suppliers'


# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Leeds
 (LDS, 'council-list', E, EI, [], LDS_C, 'creating jobs – and helping local businesses'),
 (LDS, 'council-list', E, WB, [], LDS_C, 'improving quality of life by making communities safer and happier'),
 (LDS, 'council-list', E, WB, [], LDS_A, 'Healthy: Health and wellbeing'),
 (LDS, 'council-list', E, EI, [], LDS_A, 'Growing: Inclusive growth'),
 (LDS, 'council-list', E, CL, [], LDS_N, 'Efforts to reduce carbon footprints, promote sustainability, and protect natural resources.'),
 (LDP, 'council-list', E, EO, ['economic-inequality'], LDP_F, 'social value and the Foundation Living Wage'),
 # Birmingham
 (BHC, 'council-charter', E, EI, ['equal-opportunity'], BHC_S, 'The Birmingham Business Charter for Social Responsibility aims to boost the local economy through support to the local supply chain, creation of job opportunities and ensuring employees are paid a fair wage.'),
 (BHC, 'council-charter', E, MU, [], BHC_S, 'Charter signatories will need to consider and describe how they can improve the economic, social and environmental well being of Birmingham and its citizens.'),
 (BHC, 'council-charter', E, MU, [], BHC_S, 'Organisations that bid for higher value contracts with the Council must sign up to the Charter.'),
 (BHN, 'council-charter', E, EI, [], BHN_S, 'Local employment - signatories will provide employment and training opportunities for local people, especially in target areas where unemployment is high'),
 (BHN, 'council-charter', E, WB, ['economic-inequality'], BHN_S, "Partners in communities - play an active role in Birmingham's neighbourhoods, working with community support organisations, especially in areas of the city in greatest need"),
 (BHN, 'council-charter', E, EO, ['wellbeing', 'economic-inequality'], BHN_S, 'Good employer - supporting staff development and welfare, adopting the Living Wage within their organisation'),
 (BHN, 'council-charter', E, EO, [], BHN_S, 'Ethical procurement - signatories will commit to employing the highest ethical standards in their own operations and those within their supply chain (paying fair share of taxes, not support child Labour, pay suppliers on time etc)'),
 # Liverpool
 (LIV, 'council-guide', E, MU, [], LIV_S, 'If a supplier can demonstrate that it cannot only deliver efficiency but also added social value, for example, by offering local economic opportunities or green solutions, then this will be recognised and evaluated as part of our contract award criteria.'),
 (LIV, 'council-guide', E, EI, ['wellbeing'], LIV_S + ': Social value in procurement', 'We will focus on actions which tackle poverty and inequalities, promote asset-based community development, empower local people, and deliver sustainable change.'),
 # Newcastle
 (NCL, 'council-charter', E, CL, [], NCL_G, 'We will design proportionate green and sustainable practice requirements in contract opportunities'),
 (NCL, 'council-charter', E, CL, [], NCL_G, 'We will seek to work with providers who demonstrate awareness of their environmental impact and their strategy to minimise it'),
 (NCL15, 'council-charter', E, EI, [], NCL_T, 'Spending money locally generates value across our supply chain, and effectively delivers it to local people.'),
 # Manchester City Council
 (MCR, 'council-guide', E, MU, [], MCR_S, 'In 2015, the Council demonstrated this real commitment by giving social value considerations a 20% weighting when assessing who to give contracts to.', W(20)),
 (MCR, 'council-guide', E, EI, [], MCR_S, 'Businesses bidding for all Council contracts are now asked to show how they will offer residents social value in kind – which could be anything from work placements for high school pupils, to agreeing to take on apprenticeships in the case of something like a large construction scheme.'),
 # Nottingham City Council
 (NTM, 'council-list', E, EI, [], NTM_S, 'A strong and diverse local market - Support for SMEs, VCOs, SEs and local businesses'),
 (NTM, 'council-list', E, EI, ['wellbeing'], NTM_S, 'Inclusive growth - Tackling deprivation, promoting social inclusion and improving health and wellbeing'),
 # Islington
 (ISL, 'council-guide', E, EI, [], ISL_S + ': Progressive procurement values', 'We want money spent within Islington to support local organisations, jobs and training.'),
 (ISL, 'council-guide', E, MU, [], ISL_S + ': Social Value', 'The council has adopted a target weighting of at least 20% for social value when evaluating bids.', W(20)),
 (ISL, 'council-guide', E, EO, ['economic-inequality'], ISL_S + ': London Living Wage', 'As a matter of policy, the London Living Wage must be considered on all contracts.'),
 (ISL, 'council-guide', E, EO, [], ISL_S + ': Equality Act 2010', 'The council welcomes applicants from black and minority ethnic communities and disabled groups.'),
 # Hackney
 (HKS, 'council-list', E, MU, [], 'Procurement strategy: What is sustainable procurement?', 'This means using our purchasing power to address any adverse impact of our contracting activities on our communities and delivering added value (social, economic and environmental benefits to our people and communities)'),
 (HKS, 'council-list', E, CL, [], HKS_G, 'reducing CO2 emissions'),
 (HKS, 'council-list', E, EI, [], HKS_B, 'supporting local employment'),
 (HKS, 'council-list', E, WB, [], HKS_B, 'looking to improve regeneration and integration of our local community'),
 (HKP, 'council-guide', E, CL, [], HKP_E + ' 1. Environmentally and ethically sound', 'The procurement of goods and services which have the least environmental impact in terms of their production, delivery, use and disposal should be considered where appropriate.'),
 (HKP, 'council-guide', E, EI, ['climate'], HKP_E + ' 2. Local economy', 'Goods and services sourced from the local businesses will not only support and boost the local economy but will reduce the environmental impact and costs associated with their transportation.'),
 # Lambeth
 (LBG, 'council-list', E, EO, ['economic-inequality'], LBG_S, 'adoption of the London Living Wage'),
 (LBO, 'council-guide', E, EO, ['economic-inequality'], 'Council contract opportunities guide: London Living Wage Employer', 'We also encourage our contractors to pay the Living Wage.'),
 (LBM, 'council-list', E, EO, ['economic-inequality'], LBM_S, 'Good quality jobs with fair pay and decent working conditions.'),
 (LBM, 'council-list', E, EO, ['economic-inequality'], LBM_S, 'Increase the quality and range of targeted employment opportunities for residents from Lambeth priority groups.'),
 (LBM, 'council-list', E, WB, [], LBM_S, 'Maximise positive health and wellbeing – focus on supporting a healthy workforce and on provision of healthier, affordable and more sustainable food and drinks offer.'),
 # Tower Hamlets
 (THC, 'council-guide', E, EO, ['economic-inequality'], THC_S, 'The London Living Wage must be paid as a minimum to all staff employed on a Tower Hamlets contract'),
 (THC, 'council-guide', E, CL, ['wellbeing'], THC_S + ' 6. Environmental impact', 'In addition, Tower Hamlets may place other requirements on vehicles and their movement – including delivery logistics - to further support the drive for cleaner air in the borough.'),
 (THC, 'council-guide', E, MU, [], THC_S + ' 7. Social value', 'Social value – All Tower Hamlet tenders (with very few exceptions) will include a Social Value commitment from bidders as part of the tender.'),
 (THC, 'council-guide', E, MU, [], THC_S + ' 7. Social value', 'Worth a minimum of 5 per cent of the tender score, this may even be included as a mini-e-auction as part of the tender submission process.', W(5)),
 (THS, 'council-guide', E, CL, [], THS_S + ': Timber pledge', 'The bronze pledge means that we are operate a policy of buying sustainable and legal forest products, such as paper and timber.'),
 # Westminster
 (WES, 'council-list', E, EO, [], WES_S + ': Fairer Council', 'Increase due diligence to combat modern slavery and exploitation'),
 (WES, 'council-list', E, EO, [], WES_S + ': Fairer Communities', 'Increase supply chain equality, diversity and inclusion'),
 (WES, 'council-list', E, EI, [], WES_S + ': Fairer Economy', 'Increase good work and training for Westminster residents and professional development of existing supplier staff'),
 # Ealing, Greenwich, Croydon
 (EAL, 'council-guide', E, MU, [], EAL_S, 'The social value bid can include benefits ranging from the donation of IT equipment or commercial guidance to community organisations and SMEs, work placements including apprenticeships and environmental improvements.'),
 (EAL, 'council-guide', E, MU, [], EAL_S, 'The social value element of any tender is worth five to 10 percent of the tender score.'),
 (GRN, 'council-guide', E, MU, [], GRN_S, 'develop our value for money criteria to take account of short and long-term economic, environmental and social impacts'),
 (CRN, 'council-guide', E, MU, ['economic-inequality'], CRN_S, 'As part of the new policy more quotes must be requested from local suppliers, there is a new mandate which sets social value at a minimum of 10% and a report on social value is set to be produced annually.', W(10)),
 # Brighton & Hove
 (BHS, 'council-guide', E, EO, ['economic-inequality'], BHS_S + ': End of Unpaid Trial Shifts', 'The Brighton & Hove City Council Procurement Team require its suppliers to support the local campaign Say No to Unpaid Trial Shifts following a Notice of Motion (Item 23.2) passed at Full Council on 19 July 2018 which agreed that the city council would look at how it could end the practice of unpaid trial shifts.'),
 (BHS, 'council-guide', E, EO, ['economic-inequality'], BHS_S + ': Commitment to the Living Wage', 'Service contracts tendered by the Procurement Team include a real Living Wage requirement whereby the Supplier is required to pay its employees the real Living Wage during the contract.'),
 (BHE, 'council-guide', E, CL, [], BHE_S + ': Encouraging action', 'Where relevant and proportionate, Brighton & Hove City Council will allocate a default minimum of 10% of the quality criteria in tenders to environmental sustainability.', W(10)),
 (BHD, 'council-guide', E, CL, [], BHD_S, 'consume less energy or water in production or use'),
 # Cornwall
 (COR, 'council-list', E, CL, [], COR_S, 'Environmental sustainability and carbon management'),
 (COR, 'council-list', E, EO, ['wellbeing'], COR_S, 'Social Value: Additional Outcomes for Vulnerable Groups'),
 (COR, 'council-list', E, WB, [], COR_S, 'Social Value: Supporting, protecting and improving community assets'),
 # Kent, Wirral, Durham, Sunderland, Cheshire East
 (WIR, 'council-guide', E, MU, [], WIR_S, 'When tendering for contracts valued at £100k or above for initial contract period, Social Value must be applied to the evaluation via the Social Value Portal.'),
 (WIR, 'council-guide', E, WB, [], WIR_S, 'This means that when we buy goods and services, we will consider how the provider can benefit the local community.'),
 (SUN, 'council-guide', E, MU, [], SUN_S, 'Social value potential is considered at the preparation stage of procurement and where opportunities are apparent, the target measures and evaluation methodology approach are incorporated into the procurement documentation which is then monitored through contract management arrangements.'),
 (CHE, 'council-guide', E, MU, [], CHE_S, 'For all contracts worth £100,000 or more, we apply a minimum of 10% weighting for social value within the evaluation questions we ask as part of our procurement process.', W(10)),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Leeds
 (LDS, 'council-list', E, 'Our priorities for Leeds', 'Leeds is the second largest metropolitan district in England with a population of over 800,000 and is a major business centre in the UK with a variety of service and industrial sectors.'),
 (LDP, 'council-list', E, LDP_F, 'value for money and efficiency'),
 (LDP, 'council-list', E, LDP_F, 'supplier engagement and contract management'),
 (LDP, 'council-list', E, 'Contract Procedure Rules', "Leeds City Council's Contract Procedure Rules (CPRs) are the procedures dictating the way in which procurement (purchasing) should be carried out within the council."),
 (LDT, 'council-guide', E, LDT_Y, 'a single procurement approach across the region'),
 (LDT, 'council-guide', E, 'Tenders and contracts', 'To register free to promote your business and to start receiving email alerts, visit the YORtender Portal.'),
 # Birmingham
 (BHC, 'council-charter', E, BHC_S, 'Any organisation can sign up to the Charter.'),
 (BHC, 'council-charter', E, BHC_S, 'If valid then we will raise the concern anonymously with the Charter signatory concerned and seek a successful resolution.'),
 # Newcastle
 (NCT, 'council-guide', E, NCT_S, 'The team is responsible for the commissioning and procurement of all externally purchased goods, works and services over £25,000.'),
 # Nottingham
 (NTM, 'council-list', E, NTM_S, 'Deliver safe, quality and innovative services that meet citizens’ needs'),
 (NTM, 'council-list', E, NTM_P, 'Commercial efficiency – a commercial approach and securing best value for money to make scarce financial resources go further'),
 # Islington
 (ISL, 'council-guide', E, ISL_S + ': Equality Act 2010', 'Organisations must adhere to the Equality Act 2010.'),
 (ISLW, 'council-guide', E, ISL_S, 'Please note that the council is unable to respond individually to general marketing correspondence, unsolicited sales letters or offers of sales presentations.'),
 # Hackney
 (HKP, 'council-guide', E, HKP_H, 'All organisations are required to comply with the duties imposed upon them by the Health & Safety at Work etc. Act 1974 and subordinate legislation.'),
 (HKP, 'council-guide', E, HKP_L, 'general policy statement – a statement outlining the company’s commitment to health and safety, signed and dated by the most senior company member'),
 (HKP, 'council-guide', E, HKP_L, 'arrangements – procedures in place for ensuring employees health and safety at work. e.g. should be appropriate to the work the company is applying for'),
 (HKW, 'council-guide', E, HKW_S, 'all correspondence from potential suppliers will be answered speedily and courteously'),
 (HKW, 'council-guide', E, HKW_S, 'full and constructive debriefing will be available to unsuccessful contractors'),
 # Lambeth
 (LBO, 'council-guide', E, LBO_S, 'improve value for money and create efficiencies where possible'),
 (LBO, 'council-guide', E, LBO_S, 'ensure that suppliers and contractors operate in accordance with legislation and the Council’s policies'),
 (LBO, 'council-guide', E, LBO_S, 'ensure that suppliers meet the Public Sector Equality duty as detailed in the Equalities Act 2010.'),
 (LBO, 'council-guide', E, 'Council contract opportunities guide', 'We expect competition - from comparing quotes for low value purchases to formal tenders for contracts over £100,000 or high risk.'),
 # Lewisham
 (LEW, 'council-guide', E, LEW_S, 'buying in an entire service, for example through the private finance initiative'),
 (LEW, 'council-guide', E, 'Council procurement', 'Any decision to provide a service internally rather than outsource should also be regarded as a procurement decision.'),
 (LEW, 'council-guide', E, LEW_T, 'We use the London Tenders Portal to advertise requirements, solicit expressions of interest, quotes and tender submissions.'),
 # Tower Hamlets
 (THC, 'council-guide', E, THC_S, 'Mandatory and discretionary grounds for exclusion – these are statutory requirements under the procurement regulations.'),
 (THC, 'council-guide', E, THC_S, 'Best value – services and supplies will always be purchased in a manner that determines best value for money for the Council.'),
 (THC, 'council-guide', E, THC_S, 'Financial standing – bidding companies will have to demonstrate a financial standing that is appropriate for the contract before any tender award can be made.'),
 (THS, 'council-guide', E, THS_S + ': General terms and conditions for the supply of goods, services and works.', 'Please read our general terms and conditions, which operate in their entirety with contracts made between the council and a contractor for the supply of goods and services.'),
 # Ealing, Greenwich, Croydon
 (EAL, 'council-guide', E, EAL_S, 'Further information and support can be obtained by bidders via the clarifications process on the tendering portal, in the normal manner.'),
 (GRN, 'council-guide', E, GRN_S, 'clearly specify the information we want from prospective suppliers, so that we can apply those criteria fairly'),
 (GRN, 'council-guide', E, GRN_O, 'When we identify a need to procure, and have set a budget and defined our requirements, we will select the most efficient and cost-effective method of procurement and follow the procurement route appropriate to the value of the purchase.'),
 (CRG, 'council-guide', E, CRG_S + ': Croydon Council Premier Supplier Programme', 'Enables suppliers to be paid earlier than the standard terms in return for a small rebate deduction.'),
 (CRG, 'council-guide', E, CRG_S + ': Croydon Council tenders and contracts regulations', 'All council officers involved in the commissioning and procurement process must comply with these regulations.'),
 # Cornwall
 (COR, 'council-list', E, COR_S, 'Safeguarding'),
 (CORH, 'council-guide', E, CORH_S + ': Rules and regulations', 'The rules exist to show that the whole procurement process is open, honest and transparent.'),
 (CORH, 'council-guide', E, CORH_P, 'Select a suitable contractor using the criteria published in the contract notice'),
 # Kent
 (KEN, 'council-guide', E, KEN_T, 'For transactions of £50,000 or more, we will follow a formal tender process and seek at least 3 competitive tenders.'),
 (KENG, 'council-guide', E, KEN_C, 'care – for procurements that involve caring for adults, young people and children of Kent, such as domiciliary care, residential accommodation and children services'),
 (KENG, 'council-guide', E, KEN_C, 'transportation and waste – for the procurement of goods and services such as public transportation, recycling, waste reprocessing and disposal.'),
 # Hampshire, Oxfordshire
 (HAM, 'council-guide', E, HAM_S + ': Restricted Procedure (two stage process)', 'All suppliers who have expressed an interest will receive a Selection Questionnaire (SQ) to complete and return.'),
 (HAM, 'council-guide', E, HAM_S + ': Restricted Procedure (two stage process)', 'This includes experience, financial suitability, insurances required and other required minimum standards.'),
 (HAM, 'council-guide', E, HAM_S, 'For both procedures you must complete and return your tender by the given date and time.'),
 (OXF, 'council-guide', E, OXF_S + ': How to register as a supplier', 'Invoices without a valid purchase order number will be returned to you unpaid.'),
 (OXF, 'council-guide', E, OXF_S + ': Current contracts and opportunities', 'We display our current opportunities on the South East Business Portal and our current contracts register on our transparency webpage.'),
 # Wirral, Durham, Sunderland, Barnsley, Norfolk
 (WIC, 'council-guide', E, WIC_S, 'To explore the possibility of collaborative procurement arrangements between members of the Group.'),
 (DUR, 'council-guide', E, DUR_S, "achieve value for money by achieving the optimum combination of whole life costs, quality and benefits to meet the customer's requirements"),
 (DUR, 'council-guide', E, DUR_S, 'ensure fairness in awarding public contracts'),
 (DUR, 'council-guide', E, DUR_B, 'We are fair, non-discriminatory and professional, a long established organisation and prompt to pay.'),
 (SUNO, 'council-guide', E, SUNO_S, 'All procurement undertaken by public bodies is regulated by law and the provision of goods, services and works from third parties undertaken by the Council is regulated by the applicable public contract regulations, currently the Public Contract Regulations 2015.'),
 (BAR, 'council-guide', E, BAR_S, "The tender process may take the form of an 'open' process whereby tender documents are sent to all applicants, or a 'restricted' (2-stage) process, where only short-listed tenderers are invited to submit tenders."),
 (BAR, 'council-guide', E, BAR_S, "We will check your organisation's financial suitability for a contract by requesting copies of accounts for the previous three years."),
 (BAR, 'council-guide', E, BAR_S, "Our normal requirement is for the contractor to be covered by employer's liability insurance to the value of £10 million and public liability insurance to the value of £5 million."),
 (BAR, 'council-guide', E, BAR_S, 'Changes to these limits or additional insurance requirements such as professional indemnity insurance will be specified at the time of the tender.'),
 (BAR, 'council-guide', E, BAR_S, "You will be asked to provide the names of up to three referees, specific to the type of tender being applied for, following which references will be sought checking your organisation's experience and views of the standard of service provided."),
 (NOR, 'council-guide', E, NOR_S, 'Ask clarification questions via the procurement portal if you are not sure about anything in the documents'),
 (NOR, 'council-guide', E, NOR_S, 'Be aware of any limitations on words and attachments'),
 (NOR, 'council-guide', E, NOR_I, 'Any open tender of ours valued over £25,000 (plus VAT) is advertised on Contracts Finder.'),
 (NOR, 'council-guide', E, NOR_A + ': Awarding a bid', 'After each tender, we will give you feedback with full details of the scores achieved and the reasons for scoring.'),
 (NOR, 'council-guide', E, NOR_A + ': Post-award of a bid', 'Never start work without a valid purchase order number: without this, we may delay or withhold payment.'),
]

OGL_HOSTS = set()


batch = Batch('public-texts-19.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; pages of one council's site that share wording are one group:
    # Newcastle's two versions of its Social Value Commitment, Islington's two copies of "Selling to the council",
    # Lambeth's selling-services guides, Westminster's two responsible procurement pages, Brighton & Hove's
    # sustainable procurement pages, Cornwall's responsible procurement pages, Kent's three versions of "How we buy
    # goods and services", Sunderland's procurement pages, Durham's procurement pages, Croydon's procurement pages.
    if src in (NCL, NCL15): return 'newcastle-social-value-commitment'
    if src in (ISL, ISLW): return ISL
    if src in (LBG, LBO): return 'lambeth-selling-services'
    if src in (WES, WES1): return 'westminster-responsible-procurement'
    if src in (BHS, BHP, BHD): return 'brighton-hove-sustainable-procurement'
    if src in (COR, CORT): return 'cornwall-responsible-procurement'
    if src in (KEN, KENG, KENN): return 'kent-how-we-buy'
    if src in (SUN, SUNO, SUNK): return 'sunderland-procurement'
    if src in (DUR, DURP): return 'durham-procurement'
    if src in (CRG, CRP): return 'croydon-procurement'
    if src in (THC, THS, THP): return 'towerhamlets-tenders-and-contracts'
    return src


batch.emit_lists('pub19', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
