"""Write /work/batches/public-texts-28.jsonl: batch 28, more NHS and HEALTH / CARE procurement texts by UK public bodies
(NHS England, NHS Scotland's National Procurement and health boards, NHS trusts, councils buying adult social care),
from documents the corpus did not yet hold: what health and care buyers ask, score or require of suppliers on net zero,
community benefits, fair work, equality, supported businesses and local spend, with hard negatives from the same
documents (carbon reduction plan pass/fail rules, clinical evaluation criteria, CQC registration, service
descriptions of the health or care services bought, tender pack contents, evaluation mechanics, procurement process).

Sources: NHS National Services Scotland's case study on the Sustainable Procurement Tools site (background, the
procurement process, successes and outcomes, lessons learned); NHS Scotland's sustainability action page on
procurement (environmental model question); NHS Scotland National Procurement's "Helping the NHS buy smarter" page and
its 2011 Sustainable Procurement Policy (docest.com copy); NSS's news item on its Annual Procurement Report 2022-23;
NHS Lothian's socially sustainable procurement, equality and diversity and ethical procurement pages and its anchor
institution page on spend; NHS Golden Jubilee's procurement strategy (mandatory obligations); NHS Greater Glasgow and
Clyde's community benefits summary in a Find a Tender notice (bidatlas.co.uk copy), Democrat Online's report of its
procurement annual report and the Health Anchors Learning Network case study of its supply chain diversity pilot;
d3tenders.com copies of NHS and council notices (NSS oxygen and sleep therapy, dressings and LIMS; NHS Highland and
Glasgow community link workers; the Countess of Chester prescription hub framework; Stockton-on-Tees residential care
for people with a learning disability); NHS England's carbon reduction plan guidance (2023 and 2027 long reads);
BIVDA's note on the NHS adopting PPN 06/20; National Health Executive on social value in NHS supply chain contracts;
Healthcare Bids' blogs on the NHS social value model, social value in healthcare tenders and the tender pack; Impact
Guru's and Help Me Bid's guides to social value in care tenders; Essex County Council's provider hub page on social
value.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown
copyright pages (sustainableprocurementtools.scot, england.nhs.uk) and notice data are OGL v3; the rest are short
quotations.

  python3 test/corpus/make-public-28.py > /work/batches/public-texts-28.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# NHS National Services Scotland case study (Sustainable Procurement Tools)
NC = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/nhs-national-services-scotland-driving-sustainability-through-strategic-procurement1/'
NCB, NCP, NCS, NCL = NC + 'background-and-requirement', NC + 'the-procurement-process', NC + 'successes-and-outcomes', NC + 'lessons-learned'
# NHS Scotland pages
NSA = 'https://nhssustainabilityaction.co.uk/areas-of-focus/procurement-supply-chain'
NPB = 'http://www.nhsscotlandprocurement.scot.nhs.uk/information-for-customers/helping-the-nhs-buy-smarter.aspx'
NPP = 'https://docest.com/doc/614376/national-procurement'
NSN = 'https://www.nss.nhs.scot/news/nss-annual-procurement-report-2022-23/'
LOS = 'http://www.nhslothian.scot.nhs.uk/WorkingWithUs/procurement/SustainableProcurement/Pages/Socially-Sustainable-Procurement.aspx'
LOE = 'http://www.nhslothian.scot.nhs.uk/WorkingWithUs/procurement/SustainableProcurement/Pages/Equality-and-Diversity.aspx'
LOT = 'http://www.nhslothian.scot.nhs.uk/WorkingWithUs/procurement/SustainableProcurement/Pages/Ethical-Procurement.aspx'
LOA = 'https://org.nhslothian.scot/anchorinstitution/spend'
GJM = 'https://nhsgoldenjubilee.co.uk/publications/strategic-plans/procurement-strategy/mandatory-obligations'
# NHS Greater Glasgow and Clyde
GGN = 'https://bidatlas.co.uk/tenders/003733-2026'
GGD = 'https://democratonline.net/2021/11/11/health-board-awards-310-million-in-local-contracts-over-12-months/'
GGH = 'https://haln.org.uk/case-studies/diversifying-supply-chain'
# notices (d3tenders.com copies)
D3 = 'https://d3tenders.com/contract/?ocid='
OXY, DRS, LIM = D3 + 'ocds-r6ebe6-0000770563', D3 + 'ocds-r6ebe6-0000813260', D3 + 'ocds-r6ebe6-0000634556'
CLH, CLG = D3 + 'ocds-r6ebe6-0000638610', D3 + 'ocds-r6ebe6-0000739847'
PHB, STK = D3 + 'ocds-h6vhtk-06b200', D3 + 'ocds-h6vhtk-0560f1'
# NHS England carbon reduction plan guidance
CRP = 'https://www.england.nhs.uk/long-read/carbon-reduction-plan-requirements-for-the-procurement-of-nhs-goods-services-and-works/'
CR7 = 'https://www.england.nhs.uk/long-read/2027-nhs-carbon-reduction-plan-requirements-for-the-procurement-of-nhs-goods-services-and-works/'
# guides and news about NHS and care procurement
BIV = 'https://bivdanewsletter.com/sustainability/the-nhs-adopt-ppn-06-20-from-1st-april-2022/'
NHE = 'https://www.nationalhealthexecutive.com/articles/social-value-what-does-it-mean-future-supply-chain-contracts'
HBM = 'https://healthcarebids.co.uk/uk-government-social-value-model-nhs-social-value-model/'
HBS = 'https://healthcarebids.co.uk/social-value-in-healthcare-tenders/'
HBT = 'https://healthcarebids.co.uk/whats-in-a-health-and-social-care-tender-tender-vocabulary-explained/'
IGD = 'https://impact-guru.co.uk/blogs/news/evidencing-social-value-in-domiciliary-care-tenders'
HMB = 'https://helpmebid.co.uk/social-value-care-sector-tenders'
ESX = 'https://www.essexproviderhub.org/social-value-catalogue/social-value-at-essex-county-council/'

NC_S = 'NHS National Services Scotland: Driving sustainability through strategic procurement'
NCB_S = NC_S + ': Background and Requirement: National Procurement and Sustainability'
NCP_S = NC_S + ': The Procurement Process: Applying results to processes: This has impacted on procurement processes:'
NCS_S = NC_S + ': Successes and Outcomes: This strategic planning approach has resulted in several positive outcomes:'
NCL_S = NC_S + ': Lessons Learned'
NSA_S = 'NHS Scotland Sustainability Action: Procurement and Supply Chain'
NPB_S = 'Helping the NHS Buy Smarter: The procurement process'
NPP_S = 'NHS Scotland National Procurement Sustainable Procurement Policy (March 2011)'
NPP_P = NPP_S + ': Aim: The Ten Principles of the Global Compact'
NSN_S = 'NSS Annual Procurement Report 2022-23: Some key headlines from the report:'
LOS_S = 'NHS Lothian: Socially Sustainable Procurement'
LOE_S = 'NHS Lothian: Equality and Diversity'
LOE_L = LOE_S + ': More specifically NHS Procurement will:'
LOT_S = 'NHS Lothian: Ethical Procurement'
LOA_S = 'NHS Lothian Anchor Institution: Spend: Procurement case study'
GJM_S = 'NHS Golden Jubilee Procurement Strategy: Mandatory Obligations'
GGN_S = 'NHS Greater Glasgow and Clyde tender notice: A summary of the expected community benefits has been provided as follows:'
GGD_S = 'Health board awards £9.64 million in local contracts over 12 months'
GGH_S = 'Diversifying supply chain (NHS Greater Glasgow and Clyde)'
CRP_S = 'Carbon reduction plan and net zero commitment requirements for the procurement of NHS goods, services and works'
CR7_S = '2027 NHS carbon reduction plan requirements for the procurement of NHS goods, services and works: Overview'
BIV_S = 'The NHS adopt PPN 06/20 from 1st April 2022'
BIV_G = BIV_S + ': The publication includes guidance on:'
BIV_R = BIV_S + ': The Social Value requirement should be:'
NHE_S = 'Social Value: What does it mean for future supply chain contracts?'
HBM_S = 'The UK Government’s Social Value Model and the NHS Social Value Model'
HBS_S = 'Social Value in Healthcare Tenders: What is Social Value?'
HBT_S = 'What’s in a health and social care tender? Tender vocabulary explained'
HBT_I = HBT_S + ': What is an Invitation to Tender (ITT) document?'
IGD_S = 'Evidencing Social Value in Domiciliary Care Tenders: Why commissioners score social value hard in domiciliary care'
IGD_L = IGD_S + ': In domiciliary care, they are looking for commitments that contribute to:'
HMB_S = 'Social value for care sector tenders: Common social value themes in care tenders: Staff training and qualification pathways'
ESX_S = 'Social Value at Essex County Council'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # NSS case study
 (NCB, 'nhs-scot-case', S, CL, [], NCB_S, 'In support of the NHS Scotland commitment to becoming a net-zero Healthcare Service by 2040 and supply chain achieving net-zero emissions by 2045, National Procurement frameworks and commodity strategies are evolving to include sustainability considerations.'),
 (NCB, 'nhs-scot-case', S, CL, [], NCB_S, 'Since April 2025, the National Procurement Governance and Sustainability Team has offered support to selected National Frameworks to maximise sustainability considerations by including and supporting evaluation of bespoke sustainability criteria.'),
 (NCP, 'nhs-scot-case', S, CL, [], NCP_S, 'the targeted commodity specific sustainability questions seek to progress performance against targets, mitigate risks and capture opportunities, such as increase circularity and improve resilience'),
 (NCS, 'nhs-scot-case', S, CL, [], NCS_S, 'sustainability weightings and their impact – these have been included in tenders where they have not been previously, determined on a case-by-case basis to ensure relevance and proportionality to the contract in question'),
 (NCS, 'nhs-scot-case', S, CL, [], NCS_S, 'where they have been included, weightings have been maintained or increased , for example this includes a 40% sustainability weighting in the Examination Gloves framework, which has a significant impact given the quantity purchased annually', {'weighting_percent': 40}),
 (NCL, 'nhs-scot-case', S, CL, [], NCL_S, 'This includes how circularity can support the resilience of NHS Scotland and supply chains, and how the reduction in breadth and range of procured items enhances sustainability and overall resilience.'),
 # NHS Scotland sustainability action page
 (NSA, 'nhs-scot-policy', S, CL, [], NSA_S + ': Launch of the Environmental Model Question:', 'NHSScotland is trialling an Environmental Question as part of our tendering process.'),
 (NSA, 'nhs-scot-policy', S, MU, [], NSA_S, 'Sustainable procurement requires us to work in partnership with suppliers and the supply chain to take into account the whole lifecycle, environmental, social and ethical impact of procured goods and services.'),
 # NHS Scotland National Procurement sustainable procurement policy (2011)
 (NPP, 'nhs-scot-policy', S, MU, [], NPP_S + ': Introduction', 'NHS Scotland National Procurement is committed to reducing, as far as possible, any adverse environmental and social impacts which may be caused by it contracting activities.'),
 (NPP, 'nhs-scot-policy', S, EO, [], NPP_P + ': Human Rights', 'Principle 2: make sure that they are not complicit in human rights abuses.'),
 (NPP, 'nhs-scot-policy', S, EO, [], NPP_P + ': Labour Standards', 'Principle 3: Businesses should uphold the freedom of association and the effective recognition of the right to collective bargaining;'),
 (NPP, 'nhs-scot-policy', S, EO, [], NPP_P + ': Labour Standards', 'Principle 4: the elimination of all forms of forced and compulsory labour;'),
 # NSS annual procurement report news
 (NSN, 'nhs-scot-report', S, EI, [], NSN_S, '50 per cent of trade spend was allocated to Small and Medium Enterprises (SME), benefitting the Scottish economy.'),
 (NSN, 'nhs-scot-report', S, EI, [], NSN_S, 'Proactive steps were taken to minimise the barriers SMEs could face taking part in procurement processes'),
 (NSN, 'nhs-scot-report', S, EI, [], NSN_S, 'Over 80 per cent of suppliers invited to quote for requirements under £50K were Scottish'),
 (NSN, 'nhs-scot-report', S, EO, [], NSN_S, 'Contracts were awarded to nine additional suppliers in FY22/23 who are certified Real Living wage employers'),
 (NSN, 'nhs-scot-report', S, EO, ['economic-inequality'], 'NSS Annual Procurement Report 2022-23', 'Proudly, our report offers many examples of where we are achieving this, including an example where our spend has helped create four jobs within a supported business directly linked to an NSS contract for GP Records Scanning, where all employees are receiving the Scottish Real Living wage.'),
 # NHS Lothian
 (LOS, 'nhs-scot-policy', S, EO, ['economic-inequality'], LOS_S + ': Supported Business', 'By awarding contracts to supported businesses it can tackle many of the problems, reduce the associated costs to the tax payer and increase personal well being, wealth and disposable income.'),
 (LOS, 'nhs-scot-policy', S, EO, ['economic-inequality'], LOS_S + ': Supported Business', 'Supported businesses on the framework will have an opportunity to grow their public sector business, while buyers can enhance the social impact of their spend by purchasing from the contract.'),
 (LOS, 'nhs-scot-policy', S, MU, [], LOS_S + ': Community Benefit Clauses', 'NHS Lothian and NHS Tayside are committed to maximising Community Benefits from all its procurement activities.'),
 (LOS, 'nhs-scot-policy', S, MU, [], LOS_S + ': Community Benefit Clauses', 'This will be achieved through the inclusion of specific clauses within procurement contracts known as Community Benefit Clauses.'),
 (LOE, 'nhs-scot-policy', S, EO, [], LOE_L, 'Not use agencies or companies who do not share our values on equality of opportunity and diversity.'),
 (LOE, 'nhs-scot-policy', S, EO, ['economic-inequality'], LOE_L, 'Make procedures which ensure that businesses from diverse communities have an equal opportunity of competing for NHS contracts.'),
 (LOT, 'nhs-scot-policy', S, EO, ['climate'], LOT_S, 'As our own organisation understands the importance of ensuring its acts ensure the promotion and maintenance of high standards of social, ethical and environmental conduct; we are also committed to ensuring that our all our suppliers and contractors (including any sub-contractors) are encouraged to adopt a similar responsible approach.'),
 (LOA, 'nhs-scot-policy', S, EI, [], 'NHS Lothian Anchor Institution: Spend', 'NHS Lothian are working to develop more local supply chains and support local economic growth.'),
 (LOA, 'nhs-scot-policy', S, EI, [], LOA_S, 'Recently, this approach enabled local businesses to bid for work under our own Trades Framework, which covers electrical, plumbing, building and roofing.'),
 (LOA, 'nhs-scot-policy', S, EI, [], LOA_S, 'As a result, 29 local businesses entered bids, and will be able to undertake work for us estimated at £1.5-3m over the next couple of years.'),
 (LOA, 'nhs-scot-policy', S, EI, [], 'NHS Lothian Anchor Institution: Spend: Commissioning locally', 'As part of a commitment to supporting the development of the local supply chain, the contract for the work was divided into four lots, one for each local authority area.'),
 # NHS Golden Jubilee
 (GJM, 'nhs-scot-policy', S, MU, [], GJM_S + ': Sustainable Procurement Duty', 'The sustainable procurement duty dictates that before any purchase is made, a contracting authority must think about how it can improve the social, environmental and economic wellbeing of the area in which it operates with a view to reducing inequality.'),
 (GJM, 'nhs-scot-policy', S, EI, [], GJM_S + ': Sustainable Procurement Duty', 'It also requires the contracting authority to consider how it’s procurement processes can broaden access to contracts for Small and Medium Sized Enterprises (SMEs), the third sector and supported businesses.'),
 # NHS Greater Glasgow and Clyde
 (GGN, 'nhs-notice', S, MU, [], GGN_S, 'Potential participants are required to summarise any proposed community benefits that will be developed and delivered as part of this contract if successful or, alternatively, potential framework participants confirm that they will engage with the NHS Scotland’s Community Benefits Gateway (CBG).'),
 (GGN, 'nhs-notice', S, MU, ['wellbeing'], GGN_S, 'The CBG is a free and easy to use online service that connects NHS Scotland suppliers with third sector community organisations within Scotland and will be used for tracking and reporting and is an approved compliant route to the realisation of community benefits.'),
 (GGD, 'nhs-scot-report', S, EI, [], GGD_S, 'As a major purchaser within Scotland, NHSGGC uses its significant leverage to ensure contracts are delivered by local businesses wherever possible, and with all contracts awarded in 2020-21 coming to a combined annual contract spend of nearly £50m, this means that around £1 in every £5 for 2020/2021 contract awards went to businesses within the six local authorities in the Board area.'),
 (GGD, 'nhs-scot-report', S, MU, [], GGD_S, 'NHSGGC has additionally integrated a community benefit clause within all relevant contracts meaning suppliers must demonstrate economic, social and / or environmental benefits gained from working with them.'),
 (GGD, 'nhs-scot-report', S, EI, ['wellbeing'], GGD_S, 'BAM construction: direct work experience placements through charity partnerships, the creation a dedicated outdoor space for charity ‘In Work’, and, engaging with third sector sub- contractors to provide disadvantaged people with employment.'),
 (GGH, 'nhs-scot-case', S, EO, ['economic-inequality'], GGH_S, 'This informed the pilot project plan, and its overall aims to reach businesses owned and led by people from diverse backgrounds and overall, increase diversity within the supply chain.'),
 (GGH, 'nhs-scot-case', S, EI, [], GGH_S + ': Impact of the programme', 'NHSGGC wanted to encourage wider participation from all SMEs, and to further support small businesses to understand the potential opportunities that are tendered by the NHS and their supply chains, demystifying that it is only medical or pharmaceutical requirements that they procure.'),
 # NHS England CRP guidance
 (CRP, 'nhs-netzero', U, MU, [], CRP_S, 'The requirement to provide a CRP is in addition to the inclusion of a minimum 10% weighting on net zero and social value in NHS procurement, implemented from April 2022.'),
 # BIVDA
 (BIV, 'nhs-sv', U, MU, [], BIV_S, 'From April 1st 2022, the NHS will implement the requirements of PPN 06/20 which will mean that there will be a minimum 10% weighting for social value applied to all NHS tenders.'),
 (BIV, 'nhs-sv', U, CL, [], BIV_S, 'The NHS has indicated that the main focus will be on the theme Fighting climate change, however other contracting authorities may choose or add in other themes or use different evaluation models.'),
 (BIV, 'nhs-sv', U, CL, [], BIV_G, 'Fighting climate change to be included in all tenders – either in the technical specification, through the social value criteria, or a combination of both'),
 (BIV, 'nhs-sv', U, EI, [], BIV_G, 'Inclusivity of SMEs and VCSEs'),
 # National Health Executive
 (NHE, 'nhs-sv', U, MU, [], NHE_S, 'Suppliers must complete a Model Evaluation Overview which will describe the organisations commitment to ensuring the contract delivers the themes set out in the Social Value Model.'),
 # Healthcare Bids
 (HBM, 'nhs-guide', U, CL, [], HBM_S + ': Overview of the Social Value Model', 'While the Government’s original intention was that commissioners are free to select the most relevant themes and policy outcomes for each procurement, NHS England has mandated the inclusion of the ‘Fighting climate change’ theme in every social value NHS contract/tender (see below).'),
 (HBS, 'nhs-guide', U, MU, [], HBS_S, 'In the context of healthcare tendering, social value can be defined as the economic, social and/or environmental benefits delivered to a local community through a procurement of healthcare products or services, over and above the core benefits of the products or services being procured.'),
 # care sector guides
 (IGD, 'care-guide', U, EI, ['equal-opportunity'], IGD_L, 'Workforce stability (local recruitment pipelines, retention, progression, fair work)'),
 (IGD, 'care-guide', U, WB, [], IGD_L, 'Prevention and wellbeing (reducing isolation, supporting carers, strengthening community resilience)'),
 (IGD, 'care-guide', U, CL, [], IGD_L, 'Sustainable delivery (travel emissions, digital efficiency, responsible procurement)'),
 (HMB, 'care-guide', U, EI, [], HMB_S, 'Social value commitments around training should go beyond the mandatory minimum and describe what additional training your organisation funds — diploma pathways, specialist dementia training, mental health first aid, leadership development for frontline staff.'),
 # Essex County Council provider hub
 (ESX, 'care-council', U, MU, [], ESX_S + ': Social Value through public procurement', 'As a target Essex County Council aims to provide £0.25p of Social Value commitments for every pound spent through public procurement in tenders £100,000 and over.'),
 (ESX, 'care-council', U, EI, [], ESX_S + ': We have 8 key social value Outcomes', 'Essex residents in employment, skills gaps reduced and barriers to employment reduced for disadvantaged groups'),
 (ESX, 'care-council', U, EI, [], ESX_S, 'Social Value can take many forms i.e., employing local people; or supporting schools to give careers advice to young people.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (HBM, 'nhs-guide', U, MU, [], HBM_S + ': Background to Social Value Models', 'From the perspective of a tenderer, the application of the Social Value Model should make it easier to respond to questions on social value and to develop plans over time to improve social value performance, since question topics and evaluation methodologies should remain consistent.'),
 (IGD, 'care-guide', U, MU, [], IGD_S, 'Social value is commonly weighted at 10% (sometimes more) because it helps commissioners differentiate between otherwise similar providers.'),
 (ESX, 'care-council', U, MU, [], ESX_S + ': Social Value through public procurement', 'Social Value is part of the quality component when evaluating bids and will have a weight of up to 20%.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # NSS case study
 (NCB, 'nhs-scot-case', S, NCB_S, 'National Procurement is the Centre of Procurement Expertise for the NHS Scotland (NHSS), providing expert advice and support to Health Boards (HBs) on procurement matters.'),
 (NCB, 'nhs-scot-case', S, NCB_S, 'National Procurement manages over £1.44 billion annually in national contracts, for goods and services used within our hospitals and health services, including pharmaceuticals, medical devices, waste services, food and specialist professional services.'),
 (NCP, 'nhs-scot-case', S, NCP_S, 'collaboration within Commodity Advisory Panels - comprising representatives from relevant NHS boards, clinical and technical experts, and staff with expertise in specific areas, to provide expert advice and guidance on commodities or services being procured'),
 (NCP, 'nhs-scot-case', S, NC_S + ': The Procurement Process: Frameworks supported', 'The shortlist of frameworks to target is reviewed jointly with Heads of Commercial, category managers and Head of Governance, with the ultimate decision residing with Heads of Commercial.'),
 (NCS, 'nhs-scot-case', S, NCS_S, 'strategic Sourcing and Commodity Teams - are increasingly engaged with sustainability, building knowledge and skills and seeking support, clarification and guidance'),
 (NCL, 'nhs-scot-case', S, NCL_S, 'This targeted approach supports a focus on emerging market risks and priorities, whilst providing an iterative process which can be refined and incorporated into other future tenders.'),
 # NHS Scotland sustainability action page
 (NSA, 'nhs-scot-policy', S, NSA_S, 'The products and materials used in delivering health and care are procured from all over the world.'),
 # Helping the NHS buy smarter
 (NPB, 'nhs-scot-policy', S, 'Helping the NHS Buy Smarter: Clinical Advisory Panels (CAPs)', 'We set up Clinical Advisory Panels to review products.'),
 (NPB, 'nhs-scot-policy', S, NPB_S, 'Before we send out an Invitation to Tender (ITT), the CAP define and agree weighted evaluation criteria which cover technical, quality and commercial aspects.'),
 (NPB, 'nhs-scot-policy', S, NPB_S + ': The criteria might include:', 'clinical evidence of effectiveness'),
 (NPB, 'nhs-scot-policy', S, NPB_S + ': The criteria might include:', 'patient/operator safety'),
 (NPB, 'nhs-scot-policy', S, NPB_S + ': The criteria might include:', 'clinical training and support'),
 (NPB, 'nhs-scot-policy', S, NPB_S, 'The scores are combined and the contract awarded to the supplier with the highest score.'),
 (NPB, 'nhs-scot-policy', S, 'Helping the NHS Buy Smarter: Types of contracts', 'For medical equipment and sundries it is often more practical to use framework contracts where NHS boards can buy from one or more suppliers at prices agreed within the contract.'),
 # NHS Scotland National Procurement sustainable procurement policy (2011)
 (NPP, 'nhs-scot-policy', S, NPP_S + ': Introduction', 'The adoption of a Sustainable Procurement policy can assist to reduce costs, manage risk, sustain resource, secure supply, and ensure compliance with relevant legislation.'),
 # NSS annual procurement report news
 (NSN, 'nhs-scot-report', S, NSN_S, 'Despite significant challenges, including high inflation and global supply chain issues, the procurement team managed to achieve a cost avoidance of £1.1M due to effective supplier engagement and the implementation of competitive tendering processes'),
 # NHS Lothian
 (LOS, 'nhs-scot-policy', S, LOS_S + ': Supported Business', 'Supported businesses are enterprises where more than 50% of the workers are disabled persons who are unable to take up work in the open labour market.'),
 (LOE, 'nhs-scot-policy', S, LOE_S, 'The Equality Act 2010 introduced protected characteristics for which discrimination is unlawful: age, disability, gender reassignment, marriage and civil partnership, race, religion or belief, or sexual orientation.'),
 (LOE, 'nhs-scot-policy', S, LOE_S, 'In all dealings with suppliers and potential suppliers, NHS Procurement must preserve the highest standards of honesty, integrity, impartiality and objectivity.'),
 (LOT, 'nhs-scot-policy', S, LOT_S, 'It should also be noted Procurement activity undertaken by the Procurement Department will be carried out with due regard to the integrity and personal ethics with staff signed up to the Chartered Institute of Purchasing and Supply (CIPS) Ethical code.'),
 (LOA, 'nhs-scot-policy', S, LOA_S, 'NHS Lothian often uses existing public sector procurement frameworks to purchase goods and services, however we know that many local businesses do not participate in these frameworks.'),
 (LOA, 'nhs-scot-policy', S, 'NHS Lothian Anchor Institution: Spend: Commissioning locally', 'NHS Lothian commission third sector partners to deliver welfare advice services across six acute hospital sites.'),
 # NHS Golden Jubilee
 (GJM, 'nhs-scot-policy', S, GJM_S + ': Regulated procurements', 'Our standard practice is that all Regulated procurements will be advertised on the Public Contracts Scotland (PCS) website.'),
 (GJM, 'nhs-scot-policy', S, GJM_S + ': Equal Treatment', 'We will continue to comply with the legal requirements of the Equality Act 2010 and Public Sector Equality Duty (PSED) which specifies that procurement should pay due regard to the award criteria (economic viability and performance) and equality considerations.'),
 (GJM, 'nhs-scot-policy', S, GJM_S + ': Equal Treatment', 'This is embedded in our Invitation to Tender Documents where suppliers are asked to provide information on Company Policy and Practice to enable us to log market compliance with equality legislation and best practice in addition to delivering against our boards Diversity and Inclusion strategy and associated Equality Outcomes.'),
 # NHS Greater Glasgow and Clyde
 (GGN, 'nhs-notice', S, 'NHS Greater Glasgow and Clyde tender notice: description', 'The buyer is using PCS-Tender to conduct this ITT exercise.'),
 (GGD, 'nhs-scot-report', S, GGD_S, 'Contracts cover a range of spend areas including medical devices and clinical consumables, medical equipment, health and social care services, estates and facilities, small and major building projects, and IT products and services among others, all falling within the Board’s objectives to deliver high quality, sustainable and affordable modern healthcare services.'),
 (GGH, 'nhs-scot-case', S, GGH_S + ': Impact of the programme', 'NHS Greater Glasgow and Clyde (NHSGGC) covers six local authority areas in the Glasgow City Region and represents circa 30% of Scotland’s total Health Board spend.'),
 # notices: what is bought
 (OXY, 'nhs-notice', S, 'Oxygen & Sleep Therapy: Notice Description', 'The supply and delivery of Sleep Therapy CPAP & NIV devices and patient interfaces and Oxygen Therapy devices, patient interfaces and associated consumables to all entities constituted pursuant to the National Health Service (Scotland) Act 1978, (i.e. All NHS Scotland Health Boards, Special Health Boards and the Authority).'),
 (DRS, 'nhs-notice', S, 'Dressings: Lot Information: Bandage Surgical Tube Stockinette for Retention and Protection (Non-Elasticated) Plain Cotton', 'We require a range of Bandage Surgical Tube Stockinette for Retention and Protection (Non-Elasticated) Plain Cotton available in various sizes to be supplied to all NHS Scotland Boards via the NDC (National Distribution Centre) at Larkhall.'),
 (LIM, 'nhs-notice', S, 'Laboratory Information Management System [LIMS]: Notice Description', 'The services will include the software, development, implementation, training, support and maintenance of the software.'),
 (CLH, 'nhs-notice', S, 'HH086-20 Provision of Community Link Worker Service: Notice Description', 'NHS Highland requires to deliver a Community Link Worker service to 29 GP practices within the Highland area.'),
 (CLH, 'nhs-notice', S, 'HH086-20 Provision of Community Link Worker Service: Notice Description', 'The aim of the service is to support people to live well through strengthening connections between community resources and primary care.'),
 (CLG, 'nhs-notice', S, 'Community Link Workers: Notice Description', 'The Glasgow City Health and Social Care Partnership is seeking dynamic organisations or partnerships of organisations to deliver community led health and wellbeing programmes that will be a key component of its Primary Care Improvement Plan and complement its strategic direction for health improvement and the work of its own staff and many partners via individual and group support in GP practices/clusters/primary care settings through the Community Link Worker programme.'),
 (PHB, 'nhs-notice', U, 'National Framework Agreement for the Provision of Prescription Hub Services (Stoma and/or Catheter): Notice Description', 'The prescription hub will take responsibility for patients\' on-going prescriptions and deal with any identified issues to prevent care escalation, removing responsibility from GPs behalf within participating ICSs.'),
 (PHB, 'nhs-notice', U, 'National Framework Agreement for the Provision of Prescription Hub Services (Stoma and/or Catheter): Notice Description', 'Using specialist nurses as part of this prescription service gives easier access for patients to specialists who are best able to support with any problems and also with finding the best appliances/equipment for them to improve their quality of life.'),
 (PHB, 'nhs-notice', U, 'National Framework Agreement for the Provision of Prescription Hub Services (Stoma and/or Catheter): Notice Description', 'It also frees up GP time and would be expected to reduce complications through more regular patient interactions, all of which should deliver both cost reductions and improvements for patients.'),
 (STK, 'care-notice', U, 'Framework for Residential Care for individuals with a Learning Disability and/or Autism who are aged over 18 and require personal care: Notice Description', 'The Care Home will be registered with the Care Quality Commission for the regulated service - Accommodation for persons who require nursing or personal care, with the specialism of learning disabilities.'),
 (STK, 'care-notice', U, 'Framework for Residential Care for individuals with a Learning Disability and/or Autism who are aged over 18 and require personal care: Lot Information: Residential Care (permanent, short stay, respite) for both people with moderate and complex LD and / or Autism needs (mixed provision).', 'Residential service can support people with both moderate and complex needs, with identified models of care and support to ensure services are safe and sustainable.'),
 (STK, 'care-notice', U, 'Framework for Residential Care for individuals with a Learning Disability and/or Autism who are aged over 18 and require personal care: Lot Information: Residential Care (permanent, short stay, respite) for both people with moderate and complex LD and / or Autism needs (mixed provision).', 'The environment can support people with physical impairment.'),
 # NHS England CRP guidance
 (CRP, 'nhs-netzero', U, CRP_S, 'The requirements apply to the commissioning and purchasing of goods, works and services (including pharmaceuticals and healthcare services) by in-scope organisations.'),
 (CRP, 'nhs-netzero', U, CRP_S, 'In-scope organisations are defined as NHS organisations as well as organisations acting on their behalf.'),
 (CRP, 'nhs-netzero', U, CRP_S + ': NHS supplier CRP requirements', 'Therefore, any existing and current CRP developed according to the central government guidelines of PPN 06/21 will be accepted by the NHS for the April 2023 milestone requirement.'),
 (CRP, 'nhs-netzero', U, CRP_S + ': NHS supplier CRP requirements', 'To best prepare for future NHS roadmap milestones, suppliers are encouraged to set a net zero target of 2045, although a target of 2050 will still meet the minimum requirements of CRPs.'),
 (CR7, 'nhs-netzero', U, CR7_S, 'From April 2027, the NHS will implement new proportionate requirements for suppliers to publicly report targets, emissions and publish a carbon reduction plan (CRP) for all of their relevant global scope 1, 2 and 3 emissions.'),
 # BIVDA
 (BIV, 'nhs-sv', U, BIV_S, 'Guidance has been created for NHS procurement teams to help them unlock NHS specific net zero and social value outcomes.'),
 (BIV, 'nhs-sv', U, BIV_G, 'Examples of contract management – KPIs and supplier reporting'),
 (BIV, 'nhs-sv', U, BIV_R, 'Linked to the subject matter of the contract'),
 (BIV, 'nhs-sv', U, BIV_R, 'Specific to Contract delivery'),
 # National Health Executive
 (NHE, 'nhs-sv', U, NHE_S, 'According to Greener NHS, 60 percent of the overall NHS carbon footprint is caused by the NHS supply chain, with more than 80,000 suppliers contributing to this in order to keep supply of drugs, food, medical equipment and more.'),
 # Healthcare Bids
 (HBT, 'nhs-guide', U, HBT_I, 'A contract term will usually be for several years and may include extension(s) which may be offered at the discretion of the commissioner e.g. “three years plus two optional one-year extensions”.'),
 (HBT, 'nhs-guide', U, HBT_I, 'The tender timetable including dates for: submission of final clarification questions, tender submission, tender evaluation methodology, tender award and contract commencement.'),
 (HBT, 'nhs-guide', U, HBT_I, 'How the tender will be evaluated including how scoring will be broken down by price, quality – as judged by responses to Quality / Technical questions – and social value.'),
 (HBT, 'nhs-guide', U, HBT_S + ': What is a Service Specification?', 'The service specification provides a detailed description of service requirements.'),
 # care sector guides
 (IGD, 'care-guide', U, IGD_S, 'It’s judged on deliverability: the evaluator wants to see what you will do, how often, who will lead it, how you will measure it, and how you will report it.'),
 (HMB, 'care-guide', U, HMB_S, 'Under the National TOMs framework, each training day delivered is valued at £320.'),
 # Essex County Council provider hub
 (ESX, 'care-council', U, ESX_S + ': This approach comprises:', 'These Units of Measure are used to compare bids on a like for like basis.'),
 (ESX, 'care-council', U, ESX_S + ': This approach comprises:', 'Each Unit of Measure is assigned a financial value.'),
]
OGL_HOSTS = ('sustainableprocurementtools.scot', 'england.nhs.uk')
batch = Batch('public-texts-28.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the pages of the NSS case study, the
    # NHS Lothian sustainable procurement pages, the two NHS England CRP long reads, the Essex provider hub (as the
    # corpus groups it), and each notice (`ocds:<ocid>`).
    if src.startswith(NC): return 'sustainableprocurementtools.scot/case-studies/nhs-national-services-scotland'
    if 'nhslothian.scot.nhs.uk/WorkingWithUs/procurement/SustainableProcurement' in src: return 'nhslothian.scot.nhs.uk/sustainable-procurement'
    if 'carbon-reduction-plan-requirements-for-the-procurement-of-nhs' in src: return 'england.nhs.uk/carbon-reduction-plan-requirements'
    if 'essexproviderhub.org' in src: return 'essexproviderhub.org'
    if (g := ocid_group(src)): return g
    if src == GGN: return 'ocds:ocds-h6vhtk-06073f'
    return src
batch.emit_lists('pub28', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
