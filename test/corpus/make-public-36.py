"""Write /work/batches/public-texts-36.jsonl: batch 44, QUESTION-SHAPED and supplier-facing texts from WALES, as a
supplier meets them when bidding: what Welsh councils, NHS Wales and the Welsh Government ask suppliers to deliver as
community benefits / socially responsible procurement (targeted recruitment and training, SMEs and third sector in the
supply chain, Well-being of Future Generations goals, ethical employment, decarbonisation), with hard negatives from
the same documents (tender routes and thresholds, Sell2Wales registration, selection and exclusion checks, insurance,
contract forms, quality and value criteria of health services, Welsh-language service delivery, employability and
well-being services bought as the service itself, enforcement of contracts).

Sources (read through the `search` tool, pages corpus): Pembrokeshire County Council's How to Tender Guide pages
(cms.pembrokeshire.gov.uk: how to tender, how procurement is structured, wellbeing and ethical trading, the PCR page,
procurement terminology and tender FAQs) and its Procurement Strategy 2023-27 responsible procurement objectives; a Find
a Tender planned procurement notice of NHS Wales Shared Services Partnership for the Swansea Bay / Hywel Dda capital
construction framework and its Emergency Department Well-being & Home Safe Service award notice (d3tenders.com copies);
the Welsh Government's Employability Support Programme tender (bidatlas.co.uk copy); the Welsh Government's draft
statutory guidance on health service procurement (provider selection regime key criteria, section 4 and annex D);
Cardiff Council's socially responsible procurement policy and strategy (its policy document as copied on
fdocuments.net, docslib.org and vdocuments.us, the council's newsroom, PR Newslink, New Start magazine, and the
CityLaws summary); Swansea Council's tendering for contracts page; the Welsh Language Commissioner's guides on
contracting out and on bidding for contracts (fdocuments/vdocuments copies) and the UK Statistics Authority's Welsh
Language Scheme (Welsh-language service delivery: negatives); Carmarthenshire's internal tender guidance and the
Welsh Government's CYD Cymru procurement guide; and commentary on the Social Partnership and Public Procurement (Wales)
Act 2023 (Geldards, Burges Salmon, Constructing Excellence in Wales) and a bid glossary on the Well-being of Future
Generations Act (kimonbids.com); the Ardal procurement partnership of Cardiff, Monmouthshire, Torfaen and the Vale of
Glamorgan (Wales247, The Forest Review, South Wales Argus, Monmouthshire's committee minutes, CYD Cymru's WLGA case
study, Cynnal Cymru's Vale of Glamorgan case study); Tai Ceredigion's use of the i2i Can Do toolkit (welshicons.org);
and the Welsh Government's written statement on ethical employment practices in construction (gov.wales).

Texts are verbatim from the stored pages; list bullets and numbers dropped; line breaks inside a sentence joined by a
space. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr).
Crown copyright pages (gov.wales, statisticsauthority.gov.uk) and notice data are OGL v3; the rest are short
quotations.

  python3 test/corpus/make-public-36.py > /work/batches/public-texts-36.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

W = 'wales'

# Pembrokeshire County Council: How to Tender Guide and tenders pages (one site, one template)
PEM = 'https://cms.pembrokeshire.gov.uk/'
PEMW = PEM + 'how-to-tender-guide/wellbeing-and-ethical-trading-in-the-supply-chain'
PEMH = PEM + 'how-to-tender-guide/how-to-tender-or-become-a-supplier-to-pembrokeshire-county-council'
PEMS = PEM + 'how-to-tender-guide/how-is-procurement-structured'
PEMP = PEM + 'how-to-tender-guide/public-contract-regulations-2015-pcr'
PEMF = PEM + 'tenders-and-contracts/frequently-asked-questions'
PEMT = PEM + 'tenders-and-contracts/procurement-terminology'
PEMR = 'https://www.pembrokeshire.gov.uk/procurement-strategy-2023-27/responsible-procurement-objectives'
# NHS Wales Shared Services Partnership notices (d3tenders copies) and a Welsh Government tender (bidatlas copy)
CCF = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05aa78'
EDW = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-039369'
ESP = 'https://bidatlas.co.uk/tenders/023472-2026'
# Welsh Government: health service procurement draft statutory guidance (provider selection regime)
HS4 = 'https://gov.wales/node/63130'
HSD = 'https://gov.wales/health-service-procurement-draft-statutory-guidance-annex-d-html'
# Cardiff Council socially responsible procurement
CSP = 'https://docslib.org/download/4147529/socially-responsible-procurement-policy-2017-2020'
CSV = 'https://vdocuments.us/cardiff-council-socially-responsible-the-wellbeing-of-future-generations-wales.html'
CNR = 'https://www.cardiffnewsroom.co.uk/releases/c25/30100.html'
CPR = 'https://prnewslink.net/releases/e2014/35683.html'
NSM = 'https://newstartmag.co.uk/?p=79468'
CLW = 'https://gb.citylaws.org/wls/cardiff/cardiff-procurement-equality-social-value-rules'
# Swansea, Carmarthenshire, CYD Cymru
SWT = 'https://swansea.gov.uk/article/58262/Tendering-for-contracts'
CMT = 'https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/tenders-over-75-000/'
CYD = 'https://cyd.cymru/procure/'
# Welsh language in contracts
WLC = 'https://vdocuments.net/contracting-out-public-service-contracts-welsh-list-welshlanguagecommissionerwales.html'
WLB = 'https://fdocuments.in/document/bidding-for-contracts-and-grants-welsh-language-awarded-following-a-quote-or.html'
WLS = 'https://uksa.statisticsauthority.gov.uk/publication/welsh-language-scheme-october-2023/pages/2/'
# Social Partnership and Public Procurement (Wales) Act 2023 commentary; WFG Act glossary
GEL = ('https://www.geldards.com/insights/consultation-launched-on-secondary-legislation-for-the-social-partnership-'
       'and-public-procurement-wales-act-2023')
BSA = 'https://blog.burges-salmon.com/post/102igf8/social-partnership-and-procurement-in-wales-further-divergence'
CEW = ('https://www.cewales.org.uk/latest-news/social-partnership-and-public-procurement-wales-act-socially-'
       'responsible-procurement-duties/')
KIM = 'https://kimonbids.com/glossary/wellbeing-of-future-generations-act'
# Ardal (Cardiff, Monmouthshire, Torfaen, Vale of Glamorgan) and its councils
ARD = 'https://wales247.co.uk/new-innovative-procurement-service-launched-by-cardiff-council'
FOR = 'https://www.theforestreview.co.uk/news/monmouthshire-joins-exciting-new-collaborative-procurement-service-654839'
TOR = 'https://www.southwalesargus.co.uk/news/23151610.plan-sets-torfaen-councils-procurement-strategy/?ref=rss'
MON = 'https://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=18177&LLL=0'
CYA = 'https://cyd.cymru/cyd_casestudy/wlga-procurement-case-study-ardal'
VOG = 'https://cynnalcymru.com/category/resource/page/2/'
# housing association (Tai Ceredigion) and Welsh Government ethical employment in construction
TCE = 'https://welshicons.org/housing-association-praised-by-minister-on-creating-new-jobs-for-local-people'
EEC = 'https://gov.wales/ethical-employment-practices-construction'

PEM_G = 'Pembrokeshire County Council: How to Tender Guide'
PEMW_S = PEM_G + ': Wellbeing and Ethical Trading in the Supply Chain'
PEMH_S = PEM_G + ': How to Tender or become a Supplier to Pembrokeshire County Council'
PEMS_S = PEM_G + ': How is Procurement Structured'
PEMP_S = PEM_G + ': Public Contract Regulations 2015 (PCR)'
PEMF_S = 'Pembrokeshire County Council: Tenders and Contracts: Frequently Asked Questions'
PEMT_S = 'Pembrokeshire County Council: Tenders and Contracts: Procurement Terminology'
PEMR_S = 'Pembrokeshire County Council Procurement Strategy 2023-27: Responsible procurement objectives'
CCF_S = ('Capital Construction Framework for Swansea Bay University Health Board (SBUHB) and Hywel Dda University '
         'Health Board (HDUHB): Notice Description')
EDW_S = 'Emergency Department Well-Being & Home Safe Service (NHS Wales Shared Services Partnership)'
ESP_S = 'Employability Support Programme C008/2025/2026 (Welsh Government): Description'
ESP_B = ESP_S + ': strategic change across the employability system by:'
HS4_S = 'Health service procurement: draft statutory guidance - Section 4: key criteria: Overview'
HS4_L = HS4_S + ': In summary, these criteria are:'
HSD_S = 'Health service procurement: draft statutory guidance: Annex D: key criteria'
HSD_Q = HSD_S + ': Criterion 1: quality: What is high quality health services?'
CSP_S = 'Cardiff Council\'s Socially Responsible Procurement Policy 2017 - 2020: Foreword'
CSV_S = 'Cardiff Council Socially Responsible Procurement Policy: Introduction'
CNR_S = 'Job opportunities, the Real Living Wage and reduced carbon emissions as Council harnesses purchasing power'
CPR_S = 'Cardiff Council Socially Responsible Procurement Policy to be discussed by Cabinet'
CPR_L = CPR_S + ': more than £12m has been committed to delivering community wellbeing benefits including:'
NSM_S = 'Cardiff launches socially responsible procurement strategy'
CLW_S = 'Cardiff Procurement Equality & Social Value Rules'
SWT_S = 'Swansea Council: Tendering for contracts'
SWT_A = SWT_S + ': 2. Suppliers complete tender documentation: Broadly, the Council will ask for information about the following'
CMT_S = 'Carmarthenshire County Council procurement guidance: Tenders over £75,000'
CYD_S = 'CYD Cymru: Procure'
WLC_S = 'Contracting out Public Service Contracts: Welsh Language Considerations: Background'
WLB_S = 'Bidding for Contracts and Grants: Welsh language considerations'
WLS_S = 'UK Statistics Authority Welsh Language Scheme: Service Delivery'
GEL_S = 'Consultation Launched on Secondary Legislation for the Social Partnership and Public Procurement (Wales) Act 2023'
BSA_S = 'Social partnership and procurement in Wales: further divergence'
CEW_S = 'The Social Partnership and Public Procurement (Wales) Act – Socially Responsible Procurement Duties'
KIM_S = 'Well-being of Future Generations Act 2015 (glossary)'
ARD_S = 'New innovative procurement service launched by Cardiff Council'
FOR_S = 'Monmouthshire joins exciting new collaborative procurement service'
TOR_S = 'Plan sets Torfaen council\'s procurement strategy'
MON_S = 'Monmouthshire County Council: Socially Responsible Procurement Strategy - To review progress of the strategy: Minutes: Key points from Members'
CYA_S = 'WLGA Procurement Case Study: Ardal'
VOG_S = 'Vale of Glamorgan Council: Changing public procurement'
TCE_S = 'Housing association praised by minister on creating new jobs for local people'
EEC_S = 'Written statement: Ethical employment practices in construction'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Pembrokeshire: wellbeing and ethical trading; responsible procurement objectives
 (PEMW, 'wales-council', W, MU, [], PEMW_S + ': Community Benefits', 'Pembrokeshire County Council is committed to promoting Sustainable Development through our policies, strategies and services, thus achieving best value for money in the widest sense.'),
 (PEMW, 'wales-council', W, MU, [], PEMW_S + ': Community Benefits', 'Therefore our commitment to pursuing Community Benefits through our procurement activity will support this aim by incorporating the Welsh Governments Community Benefits Measurement Tool into our tender process wherever possible .'),
 (PEMR, 'wales-strategy', W, MU, [], PEMR_S + ': Society & Communities: Key issue: Community Benefits (CB)', 'Target: Consider all contracts for inclusion of Community Benefits where appropriate.'),
 (PEMR, 'wales-strategy', W, MU, [], PEMR_S + ': Society & Communities: Key issue: Community Benefits (CB)', 'Target: For all contracts over £1M which include community benefits we will record the results using the Welsh Governments  Community Benefits Measurement tool or agreed alternative'),
 (PEMR, 'wales-strategy', W, EO, [], PEMR_S + ': Society & Communities: Key issue: Fair Work (FW)', 'Target: Ensure that appropriate questions relating to the Ethical Code of Practice and Guidance are incorporated into all formal tender exercises.'),
 (PEMR, 'wales-strategy', W, EI, [], PEMR_S + ': Society & Communities: Key issue: Foundation Economy (FE)', 'Target: We will ensure that Project Bank Accounts are included in all relevant construction contracts.'),
 # NHS Wales Shared Services Partnership: capital construction framework notice
 (CCF, 'wales-notice', W, MU, [], CCF_S, 'Social value, sustainable procurement, and foundational economy principles will be integrated into the framework, with a focus on ethical employment, decarbonisation, SME participation, and alignment with the Well-being of Future Generations (Wales) Act 2015.'),
 # Welsh Government: health service procurement key criteria
 (HS4, 'wales-guidance', W, MU, [], HS4_L, 'social responsibility, that is whether what is proposed might improve economic, social, environmental, and cultural well-being in the geographical area relevant to a proposed contracting arrangement'),
 # Cardiff Council socially responsible procurement
 (CSP, 'wales-strategy', W, MU, [], CSP_S, 'We have increasingly sought to incorporate Community Benefits into our major contracts although we acknowledge it is an area we can improve by being more joined up in terms of matching opportunities with those most in need.'),
 (CNR, 'wales-strategy', W, MU, [], CNR_S, 'Creating job opportunities and apprenticeships, encouraging local businesses to pay the Real Living Wage and accelerating the move to net zero carbon are outlined as among the key aims of a new strategy designed to help Cardiff become a stronger, greener and fairer city.'),
 (CNR, 'wales-strategy', W, MU, [], CNR_S, 'But in return for its custom the council is determined that any business it uses does its bit to work in a socially responsible manner which benefits the city and Cardiff residents.'),
 (CNR, 'wales-strategy', W, EI, ['climate'], CNR_S, 'We want the businesses we support to ‘think local\', what can they do to boost job opportunities and training opportunities here and how can they help us tackle the climate emergency either through their own supply chains or through ensuring they are working in a greener way.'),
 (CPR, 'wales-strategy', W, EI, [], CPR_L, '3,481 weeks of apprenticeships delivered by people within Cardiff Capital region'),
 (CPR, 'wales-strategy', W, EI, [], CPR_L, '6,177 hours towards Career Support offered to local economically inactive people within Cardiff'),
 (CPR, 'wales-strategy', W, EI, [], CPR_L, '43 new employment roles provided for local people'),
 (CPR, 'wales-strategy', W, EI, [], CPR_L, '474 work experience weeks offered to schools or local economically inactive people'),
 (CPR, 'wales-strategy', W, EI, ['wellbeing'], CPR_L, '6,416 hours towards education sessions offered to schools covering careers, site safety, STEM activities'),
 (CPR, 'wales-strategy', W, MU, [], CPR_S, 'These objectives include reducing carbon emissions, enhancing biodiversity, promoting fair work, supporting local economies, and protecting vulnerable groups.'),
 (CPR, 'wales-strategy', W, MU, [], CPR_S, 'The Socially Responsible Procurement Policy seeks to further embed sustainability, fairness, and community impact into the Council’s procurement practices, and to build on the good progress already made in achieving value for money and securing community wellbeing benefits.'),
 (NSM, 'wales-strategy', W, MU, [], NSM_S, 'Some of the main aims include creating job opportunities and apprenticeships, encouraging local businesses to pay the Real Living Wage and accelerating the move to becoming net-zero.'),
 (NSM, 'wales-strategy', W, MU, [], NSM_S, 'Tenders select from a list of typical community benefits what they will commit to deliver over the period of the contract.'),
 (NSM, 'wales-strategy', W, MU, [], NSM_S, 'These include: 101 tonnes of carbon reductions, 577 tonnes of waste reduction and over 4,000 hours of apprenticeship opportunities.'),
 (NSM, 'wales-strategy', W, MU, [], NSM_S, 'Along with helping small businesses, Cardiff council have also improved their social commitments by using the National Themes, Outcomes for Wales Social Value Framework.'),
 (CLW, 'wales-guidance', W, MU, [], CLW_S + ': What these rules cover', 'Cardiff embeds social value as part of commissioning to secure community benefits alongside core services.'),
 (CLW, 'wales-guidance', W, MU, ['equal-opportunity'], CLW_S, 'Cardiff, Wales requires contracting authorities to consider equality, social value and fair procurement practices when awarding and managing public contracts.'),
 # Social Partnership and Public Procurement (Wales) Act 2023; WFG Act in bids
 (GEL, 'wales-law', W, MU, [], GEL_S + ': Definition of “Prescribed Contracts”', 'Contracting authorities will be required to take all reasonable steps to advance their socially responsible procurement objectives when procuring under such contracts.'),
 (GEL, 'wales-law', W, MU, [], GEL_S + ': Background', 'It requires contracting authorities to take all reasonable steps to achieve socially responsible procurement objectives, ensuring that public spending supports not just economic but also social and environmental outcomes.'),
 (BSA, 'wales-law', W, MU, [], BSA_S, 'It should be no surprise therefore that there are new contract management and reporting duties for public bodies, which are intended to ensure and effectively monitor socially responsible outcomes through government supply chains.'),
 (BSA, 'wales-law', W, MU, [], BSA_S, 'Aiming to improve the economic, environmental, social and cultural wellbeing of Wales, the Act introduces a new Socially Responsible Procurement duty on public bodies who are procuring goods, services or works.'),
 (CEW, 'wales-law', W, MU, [], CEW_S, 'It also includes a requirement for certain public bodies to carry out contract management duties on major construction contracts and outsourcing services contracts, to ensure socially responsible outcomes are pursued through supply chains.'),
 (CEW, 'wales-law', W, MU, [], CEW_S, 'On procurement, the Act places a statutory duty on certain public bodies to consider socially responsible public procurement, to set objectives in relation to well-being goals, and to publish a procurement strategy.'),
 (KIM, 'wales-guidance', W, MU, [], KIM_S + ': How it works in practice', 'Bid responses for Welsh public sector contracts increasingly include sections evidencing supplier contribution to the wellbeing goals: explicit mapping of bid commitments to the seven goals, evidence of past contribution to similar outcomes, and named delivery responsible.'),
 (KIM, 'wales-guidance', W, MU, [], KIM_S + ': How it works in practice', 'Procurement is one of the principal mechanisms through which these bodies deliver against the wellbeing goals: every above-threshold procurement should consider how the contract supports the goals and how the supplier will contribute.'),
 (KIM, 'wales-guidance', W, MU, [], KIM_S + ': Definition', 'Welsh public sector procurement increasingly evaluates supplier contributions to these goals alongside the standard social value framework.'),

 # Ardal and its councils
 (ARD, 'wales-strategy', W, MU, ['equal-opportunity'], ARD_S, 'It will also aim to improve Fair Work, Equity and Safeguarding practices adopted by suppliers and increase community benefits delivered by suppliers, that will be tracked and measured to ensure genuine social impact.'),
 (ARD, 'wales-strategy', W, MU, [], ARD_S, '“Ardal will make a key contribution to helping reduce carbon emissions to Net Zero by 2030, and ensure procurement spend is more accessible to small, local businesses and the third sector.'),
 (ARD, 'wales-strategy', W, MU, [], ARD_S, 'Key to our work is a passion to build better communities through socially responsible procurement and partnerships with charities and community partners that delivers tangible, positive change.'),
 (TOR, 'wales-strategy', W, CL, ['economic-inequality'], TOR_S, 'The procurement plan is also intended to ensure the council doesn’t just consider the bottom line when buying products but takes into account wider considerations including its plan to be a carbon neutral council by 2030.'),
 (TOR, 'wales-strategy', W, MU, [], TOR_S, 'A NEW plan setting out how Torfaen council spends more than £110 million every year could help support local businesses and improve working conditions.'),
 (MON, 'wales-strategy', W, MU, [], MON_S, 'The Leader emphasised the importance of socially responsible procurement, which includes ethical considerations, local supply chains, and community benefits.'),
 (MON, 'wales-strategy', W, MU, [], MON_S, 'The officer explained that tenders are evaluated based on value for money, quality, and well-being criteria, ensuring a balanced approach.'),
 (CYA, 'wales-strategy', W, MU, [], CYA_S + ': How did it go?', 'New tools and techniques for managing decarbonisation and social value which were delivering strong results in Cardiff, are now also doing so across the partnership region.'),
 (VOG, 'wales-case', W, MU, [], VOG_S, 'Council staff believe they have a responsibility with that spend to ensure they deliver the best value to the area including skills, health, well-being, environmental benefits and employment.'),
 (VOG, 'wales-case', W, EI, [], VOG_S, 'Funding was awarded for a project that aimed to grow local SMEs and to increase the number of these delivering Council contracts.'),
 # Tai Ceredigion (housing association); Welsh Government on ethical employment in construction
 (TCE, 'wales-housing', W, EI, [], TCE_S, '“The toolkit has been an invaluable guide on making targeted recruitment and training a condition of the contracts.'),
 (TCE, 'wales-housing', W, EI, [], TCE_S, 'Our clear objective was to develop the local pound and maximise the spend from our housing investment.'),
 (TCE, 'wales-housing', W, EI, [], TCE_S, 'The housing association has successfully piloted the Welsh Government’s “i2i Can-Do Toolkit 2 – SME friendly procurement” to source local contractors and small businesses for maintenance and improvement works to their tenants’ homes.'),
 (TCE, 'wales-housing', W, EI, [], TCE_S, 'The report looks over the last three years and shows that 2,581 job and training opportunities have been created by 26 organisations that have adopted the model, almost 1,400 of them in the last year.'),
 (EEC, 'wales-policy', W, EO, [], EEC_S, 'Welsh Government has taken the opportunity of using procurement policy where ever possible to support ethical, responsible business behaviour to help protect vulnerable suppliers and employees.'),
 (EEC, 'wales-policy', W, EO, [], EEC_S, 'Today, in partnership with the Unions and public sector clients, I have set out my expectations on how employment should be approached for all publicly funded construction and infrastructure projects in Wales.'),
 (EEC, 'wales-policy', W, EO, [], EEC_S, 'I have communicated our plans to drive up ethical employment practice by promoting full adoption of our ‘Employment Practices on Publicly Funded projects’ Procurement Advice Note.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Pembrokeshire How to Tender Guide and tenders pages
 (PEMW, 'wales-council', W, PEMW_S + ': Ethical Employment in Supply Chains', 'The scope of the Code of Practice covers procurement, supplier selection, tendering, contract management and supplier management.'),
 (PEMH, 'wales-council', W, PEMH_S + ': Low value contract opportunities- £12k to £30,000 (inclusive of VAT)', 'Contract opportunities valued between £12k and £30,000 are not normally advertised.'),
 (PEMH, 'wales-council', W, PEMH_S + ': Contract Opportunities between £30,000 and £90,000 (inc VAT)', 'For requirements between £30k and £90k services areas are required to obtain 3 formal quotes using the Quick Quotes function on the Sell2Wales platform.'),
 (PEMH, 'wales-council', W, PEMH_S + ': Contract Opportunities between £30,000 and £90,000 (inc VAT)', 'You must be registered with Sell2Wales to be invited to quote for these opportunities, as well as the Central Digital Platform (CDP) in order that we can obtain your unique Supplier Identification Number.'),
 (PEMH, 'wales-council', W, PEMH_S + ': The Tender Process - £90k and Above', 'For all opportunities over £90,000 (inc VAT) that are not covered in one of the National Frameworks listed previously, the Authority will normally undertake a formal tender process prior to awarding any contracts.'),
 (PEMS, 'wales-council', W, PEMS_S, 'This spend must be managed efficiently and effectively and it is the responsibility of the Procurement team to manage all of the Council’s procurement activities.'),
 (PEMS, 'wales-council', W, PEMS_S, 'The Council uses a Category Management approach to procurement by grouping together related products and services across the entire Council into the nine categories set out as below.'),
 (PEMP, 'wales-council', W, PEMP_S, 'Sell2Wales is the national procurement website for Welsh public sector organisations where contract opportunities are advertised.'),
 (PEMP, 'wales-council', W, PEMP_S, 'It is important to register on Sell2Wales against the categories which are relevant to the goods, services or works you supply.'),
 (PEMP, 'wales-council', W, PEMP_S, 'Tip: It is also worth periodically checking directly on the Sell2Wales website just in case the opportunities advertised have not matched the categories that you have registered against.'),
 (PEMF, 'wales-council', W, PEMF_S + ': What is a Tender?', 'Quality criteria will usually include method of delivery, quality of service, etc. and price or cost criteria will usually be based on price alone or total cost if volumes need to be taken into consideration.'),
 (PEMF, 'wales-council', W, PEMF_S + ': What is a Tender?', 'Purchases that have an estimated value in excess of £25K are subject to the Council’s Contract Procedure Rules which dictate that we undertake a formal tender process.'),
 (PEMT, 'wales-council', W, PEMT_S + ': Framework Agreement', 'Is an agreement with suppliers which sets out terms and conditions under which specific purchases (call-offs) can be made throughout the term of the agreement.'),
 (PEMR, 'wales-strategy', W, PEMR_S + ': Key issue: Local Supplier Development (LSD)', 'Target: Advertise tender opportunities on Social Media'),
 # NHS Wales Shared Services Partnership notices
 (CCF, 'wales-notice', W, CCF_S, 'The framework will support digital construction methods and encourage the adoption of modern methods of construction (MMC) where appropriate.'),
 (CCF, 'wales-notice', W, CCF_S, 'A Pre-Qualification Questionnaire (PQQ) will follow, setting out the structure of each Lot and the maximum number of contractors to be appointed.'),
 (CCF, 'wales-notice', W, CCF_S, 'Only the highest-scoring bidders from the PQQ stage will be invited to tender.'),
 (CCF, 'wales-notice', W, CCF_S, 'All call-off contracts issued under the framework for SBUHB will be governed by the NEC4 Model Form of contract (Options A and C), with NHS Wales Standard Terms and Conditions for works valued up to PS25k.'),
 (EDW, 'wales-notice', W, EDW_S + ': tender description', 'Presentation at an Emergency Department often represents a person\'s initial experience within a hospital system and thus a unique opportunity to establish a positive first impression.'),
 (EDW, 'wales-notice', W, EDW_S + ': tender description', 'In order to respond to these challenges, the Welsh Government, in collaboration with the National Collaborative Commissioning Unit and NHS Wales Health Boards and Trusts, has sought to establish an Emergency Department Well-being & Home Safe Service.'),
 (EDW, 'wales-notice', W, EDW_S + ': description', 'These are Light Touch services, the procurement procedure followed was a procedure akin to the Open Procedure.'),
 # Welsh Government employability programme (bought as the service)
 (ESP, 'wales-notice', W, ESP_S, 'Welsh Government is procuring Employability Support Programme services (“the Programme”) an initiative designed to support people in Wales to move closer to employment and into sustainable work.'),
 (ESP, 'wales-notice', W, ESP_S, 'The Programme will deliver targeted, high-impact, person-centred employability support, ensuring that people regardless of their background can thrive in Wales’s evolving dynamic economy.'),
 (ESP, 'wales-notice', W, ESP_B, 'Activating and supporting adults struggling to find work to enter and progress in employment.'),
 (ESP, 'wales-notice', W, ESP_B, 'Improving the employment prospects for economically inactive people, particularly those most at risk of disadvantage in the labour market.'),
 (ESP, 'wales-notice', W, ESP_B, 'Bringing together Welsh Government led employability programmes to deliver a new single operating model.'),
 (ESP, 'wales-notice', W, ESP_S + ': contributing to national milestones, including:', 'Achieving at least 90% of 16–24-year-olds in education, employment, or training by 2050.'),
 # Welsh Government: health service procurement key criteria
 (HS4, 'wales-guidance', W, HS4_S, 'Relevant authorities must consider five key criteria when making procurement decisions under direct award process 2, the most suitable provider process, and the competitive process of the regime.'),
 (HS4, 'wales-guidance', W, HS4_L, 'quality, that is the need to ensure good quality services'),
 (HS4, 'wales-guidance', W, HS4_L, 'value, that is the need to strive to achieve good value in terms of the balance of costs, overall benefits, and the financial implications of a proposed contracting arrangement'),
 (HS4, 'wales-guidance', W, HS4_L, 'improving access and reducing health inequalities, that is ensuring accessibility to services and treatments for all eligible patients and improving health inequalities'),
 (HSD, 'wales-guidance', W, HSD_S + ': Criterion 1: quality', 'Relevant authorities must give due consideration to the quality of services to be provided by a provider.'),
 (HSD, 'wales-guidance', W, HSD_Q, 'person-centred: respectful and responsive to individual needs and wishes'),
 (HSD, 'wales-guidance', W, HSD_Q, 'equitable: an equal chance of the same outcome regardless of geography, socioeconomic status and so on'),
 (HSD, 'wales-guidance', W, HSD_S, 'Relevant authorities are expected to consider the weightings and their consequences when considering the service to be delivered, and before beginning a procurement process.'),
 # Cardiff Council
 (CSV, 'wales-strategy', W, CSV_S, 'The Council delivers its services directly through its own workforce, and through private and third sector organisations.'),
 (CNR, 'wales-strategy', W, CNR_S, 'Cardiff Council spends £560m every year buying services and goods from 8,000 suppliers and contractors across the city and beyond, making it a key customer for many local businesses.'),
 (CLW, 'wales-guidance', W, CLW_S + ': Penalties & Enforcement', 'Non-monetary sanctions may include contract performance notices, withholding of payments, requirement to remedy breaches, contract termination, and referral to legal services or courts.'),
 (CLW, 'wales-guidance', W, CLW_S + ': Penalties & Enforcement', 'Inspections and audits are carried out by contract managers and internal audit where compliance concerns arise.'),
 # Swansea, Carmarthenshire, CYD Cymru
 (SWT, 'wales-council', W, SWT_A, 'Supplier acceptability: mandatory grounds for exclusion on the basis of offences such as bankruptcy, fraud, bribery, insolvency.'),
 (SWT, 'wales-council', W, SWT_A, 'Technical capability and capacity of the organisation (e.g. relevant experience, qualifications etc.).'),
 (SWT, 'wales-council', W, SWT_A, 'Insurances: evidence of minimum levels of Employer Liability, Public Liability and Professional Indemnity insurance.'),
 (SWT, 'wales-council', W, SWT_S + ': 1. Notify Suppliers about contract opportunity', 'Perspective suppliers will need to register with Sell2Wales and eTenderWales in order to access the relevent documentation and receive notifications of contract opportunities.'),
 (CMT, 'wales-council', W, CMT_S + ': Choosing the correct Tendering Procedure', 'Restricted – A two-stage procedure. Any interested suppliers may submit a request to participate by completing a qualification assessment.'),
 (CYD, 'wales-guidance', W, CYD_S + ': Effective quotation and tendering processes', 'Using platforms like Sell2Wales, particularly the Quick Quote feature, is recommended for securing quotation bids.'),
 (CYD, 'wales-guidance', W, CYD_S + ': Contract award communication', 'The awarding of contracts must be communicated in writing, both to the successful and unsuccessful bidders.'),
 # Welsh language in contracts (service delivery of the contracted service)
 (WLC, 'wales-language', W, WLC_S, 'In Wales, the Welsh language should be treated no less favourably than the English language.'),
 (WLC, 'wales-language', W, WLC_S, 'Persons in Wales should be able to live their lives through the medium of the Welsh language if they choose to do so.'),
 (WLB, 'wales-language', W, WLB_S, 'This guide has been prepared for those working under contract or receiving grants.'),
 (WLB, 'wales-language', W, WLB_S, 'This is an opportunity to understand more about the requirements that may be passed on to them regarding using the Welsh language.'),
 (WLS, 'wales-language', W, WLS_S + ': Our regulatory functions and services undertaken on our behalf by third parties', 'Any agreements or arrangements which we make with third parties will be consistent with the relevant parts of this scheme, when those agreements or arrangements relate to the provision of services to the public in Wales.'),
 (WLS, 'wales-language', W, WLS_S + ': Our regulatory functions and services undertaken on our behalf by third parties', 'This will include services which are contracted out, granting licences and granting other permissions.'),
 (WLS, 'wales-language', W, WLS_S + ': Standards of quality', 'Services provided in Welsh and English will be of equal quality and will be provided within the same timescale.'),
 # SPPP Act commentary; WFG glossary
 (GEL, 'wales-law', W, GEL_S + ': Background', 'The Act applies to a defined group of contracting authorities listed in Schedule 1, encompassing a wide range of public sector bodies in Wales.'),
 (KIM, 'wales-guidance', W, KIM_S + ': How it works in practice', 'The Act applies to specified Welsh public sector bodies: Welsh Government, NHS Wales, local authorities, fire and rescue authorities, and various agency bodies.'),

 # Ardal and its councils
 (ARD, 'wales-strategy', W, ARD_S, 'Securing value for money, ensuring legal compliance and robust and transparent governance, as well as promoting innovative and best-practice solutions are naturally core pillars of Ardal’s approach.”'),
 (FOR, 'wales-strategy', W, FOR_S, 'The Ardal procurement service will continue to manage the well-established South East Wales regional collaborative frameworks, SEWSCAP (buildings construction framework), which completed a landmark £1bn worth of projects with the opening of Bridgend College’s STEAM Academy, SEWH (highways framework) and SEWTAPS (technical and professional services framework.'),
 (TOR, 'wales-strategy', W, TOR_S, 'Torfaen spends more than £110 million every year, with some 2,900 suppliers, buying various products, works and services from food through to new buildings and paying for home help carers.'),
 (TOR, 'wales-strategy', W, TOR_S, 'It will set out how the council buys products and services, through to 2027, and has been designed in partnership with Cardiff County Council, which has also worked on a similar plan with Monmouthshire County Council.'),
 (MON, 'wales-strategy', W, MON_S, 'The officer responded that the collaboration allows for the transfer of knowledge and expertise, which helps address inconsistencies and standardize processes across the partnership.'),
 (MON, 'wales-strategy', W, MON_S, 'It was explained that collaboration and working together are essential to address budget pressures, leading to more efficient services and better community well-being outcomes.'),
 (CYA, 'wales-strategy', W, CYA_S + ': Results', 'A strengthened category team structure is allowing greater category specialism and capacity, delivering circa 350 tenders per annum.'),
 # Tai Ceredigion; ethical employment statement
 (TCE, 'wales-housing', W, TCE_S, 'Therefore the decision was made to procure contractors for the Welsh Housing Quality Standard (WHQS) improvement works by using a framework as opposed to the main contractor model.'),
 (EEC, 'wales-policy', W, EEC_S, 'The Wales Procurement Policy Statement is in place to ensure procurers take account of best practice when tendering public contracts.'),
]
OGL_HOSTS = ('gov.wales', 'uksa.statisticsauthority.gov.uk')
batch = Batch('public-texts-36.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one site's pages sharing a template are one group (Pembrokeshire's
    # tender guide and tenders pages; the two pages of the health service procurement guidance; Cardiff's policy
    # document in its copies); a notice is `ocds:<ocid>`.
    if src.startswith(PEM): return 'cms.pembrokeshire.gov.uk/how-to-tender-guide'
    if src in (HS4, HSD): return 'gov.wales/health-service-procurement-draft-statutory-guidance'
    if src in (CSP, CSV): return 'cardiff-council-socially-responsible-procurement-policy'
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub36', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
