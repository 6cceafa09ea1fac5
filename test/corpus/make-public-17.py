"""Write /work/batches/public-texts-17.jsonl: batch 25, aimed at English public bodies other than councils: what NHS
bodies, transport bodies, universities and their purchasing consortia, police and fire services, central government
and its arm's-length bodies, purchasing consortia and housing associations publish for suppliers about social value,
with hard negatives from the same pages. NHS: NHS Digital's social value charter, NHS Supply Chain's ethical sourcing
and social value page, Black Country ICB's social value workshop news, Central East ICB's procurement policy purposes
(negatives), Shropshire Community Health NHS Trust's tendering page (negatives), a Mid Cheshire Hospitals NHS
Foundation Trust notice for a social value adviser (the service bought: negatives). Transport: National Highways' social
value plan pillars, the GLA group's responsible procurement themes, TfL's supplier relations page, Northern Trains'
supplier social value hub (10% weighting), Network Rail's supply chain pages and its Greener Railway community
relations requirements, HS2 (gov.uk equality, diversity and inclusion policy, the supply chain FAQs and supplier guide
questions as negatives, its suppliers' diversity and inclusion KPIs as a trade magazine lists them), Tees Valley
Combined Authority's 20% social value scoring. Universities: NEUPC's responsible procurement page and policy and action
plan, SUPC's SDG tender questions page, LUPC's responsible procurement strategic plan and commitment, the University of
Sussex's nine sustainable procurement areas, the University of Lincoln's sustainability / modern slavery / CSR pages,
the University of Manchester's responsible procurement page for suppliers, QMUL's sustainable procurement commitments
and categories bought, Warwick's buying decisions. Police and fire: Lancashire PCC's social value policy, the Seven
Force (Hertfordshire) supplier charter and Police Procurement North West's pledge (negatives), the Fire Standards
Board's procurement standard, Hereford & Worcester Fire and Rescue Service's procurement page (negatives). Central
government and arm's-length bodies: DWP's procurement page and employment commissioning strategies (their service
outcomes as negatives), the DHSC supplier code of conduct (negatives), the Ministry of Justice's external supplier
requirements (negatives), the Home Office's 10% social value weighting as EIDA reports it, Crown Commercial Service's
assessment steps (negatives), the Housing Ombudsman's social value policy. Purchasing consortia and housing: ESPO's
social value blog, NEPO's social value measurement pilot and policy, Fusion21's social value returns FAQ, Notting Hill
Genesis and Great Places' social value in tenders, Estuary Housing Association's and Yorkshire Housing's procurement
pages (negatives).

Texts verbatim from the stored pages (read through the `search` tool, pages corpus, which stores each page from its
beginning; list bullets and numbering dropped). Not scored: the batch is scored blind afterwards. Same conventions as
make-public-16.py; texts already in the corpus are left out (named on stderr), and a source already in the corpus keeps
its group. Crown copyright pages (gov.uk, crowncommercial.gov.uk) and notice data (d3tenders) are OGL v3; the rest are
short quotations.

  python3 test/corpus/make-public-17.py > /work/batches/public-texts-17.jsonl
"""
from batch import Batch, host_licence, EI, CL, EO, WB, MU, CV, ID

U = 'uk'
# NHS
NHD = 'https://digital.nhs.uk/about-nhs-digital/technology-suppliers/nhs-digital-social-value-charter'
NSC = 'https://www.supplychain.nhs.uk/sustainability/ethical-sourcing-social-value/'
BCI = 'https://blackcountryics.org.uk/news-and-documents/latest-news/black-country-icb-hosts-first-social-value-workshop'
CEI = 'https://www.centraleast.icb.nhs.uk/?p=3738'
SCH = 'https://www.shropscommunityhealth.nhs.uk/tendering-and-procurement'
MCH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-065e7d'
# Transport and combined authorities
NHW = 'https://nationalhighways.co.uk/article/social-value-plan-published-by-national-highways'
GLA = 'https://www.london.gov.uk/priorities/business-economy/vision-and-strategy/focus-areas/responsible-procurement'
TFL = 'https://tfl.gov.uk/info-for/suppliers-and-contractors/supplier-relations'
NTR = 'https://northernrailway.co.uk/about-us/procurement/supplier-social-value-hub'
NRS = 'https://www.networkrail.co.uk/industry-and-commercial/supply-chain/'
NRW = 'https://www.networkrail.co.uk/industry-and-commercial/supply-chain/working-with-us/'
NRG = 'https://greener.networkrail.co.uk/i_need_to/understand-our-lineside-neighbours-and-communities'
HSE = 'https://www.gov.uk/government/organisations/high-speed-two-limited/about/equality-and-diversity'
HSF = 'https://docplayer.net/amp/17097827-Hs2-supply-chain-faqs.html'
HSG = 'https://docslib.org/doc/2195445/3-railway-operations'
HSK = 'https://www.thegraduatemag.com/hs2-subbies-have-to-sign-up-for-diversity-and-inclusion-training/'
TVC = 'https://ed-ge.uk/project/tees-valley-innovation-challenge/delivering-social-impact-for-local-communities'
# Universities and their consortia
NEU = 'https://www.neupc.ac.uk/about-us/responsible-procurement'
NEP = 'https://www.neupc.ac.uk/neupc-policy-action-plan'
SUP = 'https://www.supc.ac.uk/sdg-tender-and-call-off/'
LUN = 'https://lupc.ac.uk/news-events/newsarticle/lupc-launches-responsible-procurement-strategic-plan-and-commits-to-achieving-net-zero-'
LUC = 'https://www.lupc.ac.uk/responsible-procurement/lupc-s-commitment/'
SUS = 'https://www.sussex.ac.uk/about/sustainable-university/policy-and-strategy/strategy/civic-leaders-and-partners/sustainable-supply-chain'
LIN = 'https://finance.blogs.lincoln.ac.uk/sustainability-and-ethical-procurement'
LIN2 = 'https://finance.blogs.lincoln.ac.uk/sustainability-and-ethical-procurement-2/'
LIC = 'https://finance.blogs.lincoln.ac.uk/others/procurement/corporate-social-responsibility/'
MAN = 'http://www.procurement.manchester.ac.uk/procurementexcellence/responsible-procurement/responsibleprocurement-suppliers/'
QMU = 'https://www.qmul.ac.uk/about/sustainability/operations/sustainable-procurement-and-commissioning/'
WAR = 'https://warwick.ac.uk/sustainability/waytosustainable/leading-by-example/teaching'
# Police and fire
LPC = 'https://www.lancashire-pcc.gov.uk/commissioners-social-value-policy-sees-police-invest-more-in-local-economy/'
HPC = 'https://www.herts.police.uk/Information-and-services/About-us/Transparency/Spending-in-Hertfordshire/Commercial-Services/Supplier-charter'
PNW = 'https://www.bluelight.gov.uk/portal/nwpolice/portal.nsf/vLiveDocs/SD-DEVV-6UNGLF?OpenDocument&contentid=1.002'
FSB = 'https://firestandards.org/?p=2270'
HWF = 'https://www.hwfire.org.uk/your-right-to-know/procurement/'
# Central government and arm's-length bodies
DWP = 'https://www.gov.uk/government/organisations/department-for-work-pensions/about/procurement'
DWS = 'https://Www.Gov.uk/government/publications/dwp-employment-provision-commissioning-strategy/dwp-employment-provision-commissioning-strategy'
DWS25 = ('https://www.gov.uk/government/publications/dwp-employment-provision-commissioning-strategy-2025/'
         'dwp-employment-category-commissioning-strategy-2025')
DHS = 'https://gov.uk/government/publications/dhsc-supplier-code-of-conduct/dhsc-supplier-code-of-conduct'
MOJ = 'https://dev.developer-portal.service.justice.gov.uk/docs/octo-strategic-docs/external-supplier-requirements/'
HOE = 'https://www.eida.org.uk/resources/member/eida-beacon-case-study-how-home-office-embedding-importance-domestic-abuse'
CCS = 'https://www.crowncommercial.gov.uk/news/supplier-specifics-how-we-assess-and-award-suppliers-who-bid-for-a-place-on-our-agreements'
HOM = 'https://www.housing-ombudsman.org.uk/about-us/corporate-information/policies/corporate/social-value-policy'
# Purchasing consortia and housing
ESP = 'https://www.espo.org/https:/www.espo.org/blog/social-value.html'
NE18 = 'https://www.nepo.org/news-and-events/%E2%80%8Bnepos-approach-to-measuring-social-value'
NE20 = 'https://www.nepo.org/news-and-events/nepo-publishes-social-value-policy-2020-2023'
F21 = 'https://www.fusion21.co.uk/social-value-returns-faq'
NHG = 'https://www.nhg.org.uk/news/news/press-releases/delivering-social-value-through-procurement/'
GPH = ('https://www.greatplaces.org.uk/about-us/our-reports/esg-report/environmental-social-and-governance-report-2023-24/'
       'supply-chain-management-esg-report-2023-24')
EST = 'https://estuary.co.uk/procurement'
YHA = 'https://www.yorkshirehousing.co.uk/working-with-us/corporate-opportunities/suppliers/how-we-procure/'

NHD_W = 'What social value looks like in NHS Digital: NHS Digital will:'
NHD_S = 'What social value looks like in NHS Digital: Contracted suppliers are expected to:'
NSC_S = 'Ethical Sourcing and Social Value'
NSC_M = 'The Social Value Model'
CEI_S = 'Procurement policy: The purpose of this policy is to:'
SCH_S = 'Procurement and tendering procedures'
MCH_S = 'Social Value Strategic Advisor for Healthier Futures: Notice Description'
NHW_E = 'The social value framework focusses around four key pillars: Economic prosperity'
NHW_I = 'The social value framework focusses around four key pillars: Improving the environment'
GLA_S = 'Responsible procurement: Our priority themes are:'
NRS_S = 'Supply chain'
NRW_S = 'Supplier management'
NRG_S = 'Understand our lineside neighbours and communities'
NRG_R = ('Community relations – ENV015 requirements: When working near the public, we must follow Network Rail’s '
         'Sustainability Minimum Requirements for Projects – Design and Construction NR/L2/ENV/015, which includes:')
HSE_L = ('Equality and diversity: creating opportunities for local, disadvantaged and underrepresented people and companies '
         'to benefit from the investment in HS2 by')
HSE_I = 'Equality and diversity: The HS2 project will be a catalyst for the delivery of transport systems and infrastructure that will be inclusive by:'
HSE_A = 'Equality and diversity: approaching our activities proactively by'
HSF_S = 'HS2 Supply Chain FAQs: Programme and packaging'
HSG_S = '1 What are we buying?'
HSK_S = 'HS2 subbies have to sign up for diversity and inclusion training: The key performance indicators are:'
TVC_S = 'Delivering social impact for local communities: About the Challenge holder'
NEU_S = 'Responsible Procurement'
NEP_S = 'NEUPC Policy & Action Plan: 1. Introduction'
LUN_S = 'The key objectives of our Responsible Procurement Strategic Plan commit LUPC to:'
SUS_S = ('Sustainable supply chain: The framework sets out the nine areas of sustainability (three social, three '
         'environmental and three economic) that we want the organisations that supply our goods and services to be '
         'committed to. These areas are:')
LIN_S = 'Sustainability and Ethical Procurement'
LIC_S = 'Corporate social responsibility'
MAN_S = 'Responsible Procurement and our suppliers'
QMU_S = 'Sustainable Procurement and Commissioning: Our five main procurement and commissioning areas are:'
QMU_C = 'Commitments: Sustainable Procurement'
WAR_S = 'Sustainable Procurement: When making our buying decisions, we take into account:'
WAR_I = "Sustainable Procurement: How we're improving our procurement practices"
LPC_S = 'The Social Value Policy'
HPC_S = 'Supplier charter: Seven Force Strategic Collaboration - Procurement'
PNW_S = ('Police Procurement North West Pledge: In its dealings with suppliers and contractors, PPNW will endeavour to '
         'adhere to the following standards:')
FSB_S = 'Procurement and Commercial: Desired outcome'
HWF_S = 'How to supply goods and services'
DWP_S = 'Procurement at DWP'
DWS_S = ('DWP Employment Provision Commissioning Strategy: To deliver our vision, we continue to focus on our four '
         'Strategic Outcomes into which everyone in DWP has a role to play.')
DWS25_S = 'DWP Employment Category Commissioning Strategy 2025: Introduction'
DHS_S = 'DHSC supplier code of conduct: Fraud, deception, and dishonesty: Working with us'
MOJ_S = 'External Supplier Requirements: Purpose and Context'
CCS_S = 'CCS follows a 5-step process from when tenders are received to when they are assessed and awarded:'
HOM_S = 'Social value policy: Introduction'
ESP_S = "Social Value: When suppliers submit social value offers to customers, they should seek to match their offers with the customer’s desired social value deliverables. These may include:"
NE18_S = ('NEPO’s approach to measuring Social Value: These additional benefits are known as “social value” outcomes and '
          'cover a range of areas, such as:')
NE20_S = ('NEPO publishes Social Value Policy 2020-2023: The policy identifies a number of areas where public sector '
          'procurement can deliver social value benefits, such as:')
F21_S = 'Social Value Returns'
GPH_S = 'Supply Chain Management: Social value is integral to our procurement process, evaluated through:'
EST_S = 'Suppliers and Contractors'
EST_V = 'As an organisation, we have established a set of core values which we aim to reflect in all that we do:'
YHA_S = 'How we procure'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # NHS
 (NHD, 'nhs-sv', U, MU, [], 'NHS Digital Social value charter', 'NHS Digital is committed to working with its supply chain to collectively increase the amount of social value delivered by public sector organisations.'),
 (NHD, 'nhs-sv', U, MU, [], NHD_W, 'ensure that procurement scoring methodology and criteria contain appropriate consideration and weighting of social value'),
 (NHD, 'nhs-sv', U, MU, [], NHD_S, 'where contracts are underway, consider where social value benefits can be delivered'),
 (NSC, 'nhs-sv', U, EI, [], NSC_S, 'As part of our broader social value and in recognition of the important role small and medium-sized enterprises (SMEs) have in local communities, NHS Supply Chain will continue to ensure that 33% of spend remains with SMEs.'),
 (NSC, 'nhs-sv', U, MU, [], NSC_M, 'A minimum weighting of 10% of the total score for the tender evaluation should apply to social value across five themes.', {'weighting_percent': 10}),
 (NSC, 'nhs-sv', U, CL, [], NSC_M, 'A question on net zero is required in all procurements.'),
 (BCI, 'nhs-sv', U, MU, ['climate'], 'Black Country ICB hosts first social value workshop', 'This has meant that all NHS procurements needed to include a minimum 10% net zero and social value weighting.', {'weighting_percent': 10}),
 # Transport and combined authorities
 (NHW, 'transport-sv', U, EI, [], NHW_E, 'Directly contributing to economic growth including suppliers, local spend, new businesses, small-to-medium-size enterprises, micro, voluntary, charitable and social enterprises/mutuals.'),
 (NHW, 'transport-sv', U, EI, [], NHW_E, 'Contributing to apprenticeships, skills and education, and regional economic prosperity'),
 (NHW, 'transport-sv', U, CL, [], NHW_I, 'Working toward net carbon zero emissions from corporate activity, road users and construction'),
 (NHW, 'transport-sv', U, EI, [], 'Social value plan published by National Highways', 'Among the pledges included in the plan, National Highways wants at least 5% of its workforce enrolled on formal apprenticeships or graduate development schemes within five years.'),
 (GLA, 'transport-sv', U, EI, [], GLA_S + ' Strategic Labour Needs and Training (SLNT)', 'Enables us to work closely with our suppliers by generating employment, skills and training opportunities, and then supporting our suppliers once contracts have been awarded by linking them in with the appropriate support, funding and government services.'),
 # living wage leads: equal opportunity (economic inequality second), as the corpus labels 21 other living wage texts; harmonised after batch 38
 (GLA, 'transport-sv', U, EO, ['economic-inequality'], GLA_S + ' London Living Wage (LLW)', 'We ensure that all direct and contracted staff receive at least the current London Living Wage rate.'),
 (GLA, 'transport-sv', U, EO, [], GLA_S + ' Equality and Diversity', 'We also want to work with suppliers who share our values and vision for equality and diversity.'),
 (TFL, 'transport-sv', U, EI, [], 'Supplier skills programme', 'To close the skills gap in our industry, we work with our suppliers to generate apprenticeship and employment opportunities and to facilitate access to funding and support.'),
 (NTR, 'transport-sv', U, MU, [], 'Social value at Northern: What does social value mean for Northern?', 'Our duty is to ensure that local communities benefit wherever possible through the procurement of goods and services, and we therefore evaluate social value at 10% in all tenders with a contract value of over £100,000.', {'weighting_percent': 10}),
 (NTR, 'transport-sv', U, MU, [], 'Social value at Northern: What does social value mean for Northern?', 'Northern is using the TOMs framework for measurement and reporting of social value through our supply chain.'),
 (NRS, 'transport-sv', U, EI, [], NRS_S, 'We not only ask suppliers to identify opportunities to recruit people from the local area and provide entry-level employment opportunities, but we also ask them to procure goods and services from SMEs and social enterprises, supporting local business and the local economy where possible.'),
 (NRS, 'transport-sv', U, WB, [], NRS_S, 'Supporting local communities is an important part of our contract with suppliers.'),
 (HSE, 'transport-sv', U, EO, ['economic-inequality'], HSE_L, 'increasing equal opportunity, skills and employment'),
 (HSK, 'transport-sv', U, EO, [], 'HS2 subbies have to sign up for diversity and inclusion training', 'All HS2 subcontractors and suppliers will be expected to “embed Diversity and Inclusion best practice across their business processes.”'),
 (HSK, 'transport-sv', U, EO, [], HSK_S, 'Effective monitoring of Diversity and Inclusion at each stage of the recruitment cycle'),
 (HSK, 'transport-sv', U, EO, ['wellbeing'], HSK_S, 'Evidence of creating an inclusive working environment for colleagues including flexible working, colleague networks and objective performance management'),
 (TVC, 'transport-sv', U, MU, [], TVC_S, 'TVCA have established a clear emphasis of social value within procurement which now represents 20% of the total scoring.', {'weighting_percent': 20}),
 # Universities and their consortia
 (NEU, 'uni-policy', U, MU, [], NEU_S, 'Whilst it is not mandatory for NEUPC and our member universities to incorporate it into our tenders, with a collaborative spend of over £400m in 2018/19, it is widely acknowledged that we can contribute positively to the delivery of greater equality and social inclusion as well as broader sustainability goals.'),
 (NEP, 'uni-policy', U, CL, [], NEP_S, 'NEUPC are committed to embedding sustainability into all elements of its practice by: Minimising pollution and carbon emissions; conserving energy and resources; reducing the use of plastics; minimising excess packaging;  maximising social value opportunities; demand management; promoting ethical practices.'),
 (SUP, 'uni-policy', U, MU, [], 'SDG Tender and Call off questions', 'This document provides a set of questions that can be used at framework or call off level to investigate potential suppliers’ commitments and plans to manage their organisations and supply chains by the UN Sustainable Development Goals (SDG).'),
 (LUN, 'uni-policy', U, EO, ['wellbeing'], LUN_S, 'Implement effective supplier and supply chain due diligence, utilising the Sustain Supply Chain Code of Conduct for all our suppliers, as well as assisting our members in their commitments to combat modern slavery;'),
 (LUN, 'uni-policy', U, CL, ['equal-opportunity'], LUN_S, 'Lead by example to deliver net zero for LUPC and work with suppliers and our members to help them achieve their net zero emissions targets and their commitments to combat modern slavery; and'),
 (SUS, 'uni-policy', U, CL, [], SUS_S, 'Net zero target and action plan'),
 (SUS, 'uni-policy', U, EO, [], SUS_S, 'Equality, diversity and inclusion (EDI) training for staff and supply chain staff'),
 (SUS, 'uni-policy', U, WB, [], SUS_S, 'Staff access to wellbeing programmes'),
 (SUS, 'uni-policy', U, WB, [], SUS_S, 'Supporting and volunteering in local issues'),
 # living wage leads: equal opportunity (economic inequality second), as the corpus labels 21 other living wage texts; harmonised after batch 38
 (SUS, 'uni-policy', U, EO, ['economic-inequality'], SUS_S, 'Real living wage accreditation'),
 (SUS, 'uni-policy', U, EI, [], SUS_S, 'Engaging small- and medium-sized enterprises (SMEs) and voluntary, community and social enterprises (VCSEs) in the supply chain.'),
 (LIN2, 'uni-policy', U, EI, [], LIN_S + ': Opportunities for students', 'The University expects its suppliers to work with us to offer opportunities and developments for our graduates.'),
 (LIN2, 'uni-policy', U, EI, [], LIN_S + ': Opportunities for students', 'Suppliers are required to participate in initiatives, such as mock interviews or employability mentoring.'),
 (LIN, 'uni-policy', U, EO, [], LIN_S + ': Anti-Slavery', 'When selecting suppliers for University contracts, we may seek evidence from our suppliers on the steps they have taken to combat modern slavery in their organisation and supply chains, particularly on areas of expenditure that we’ve identified as being high risk.'),
 (LIC, 'uni-policy', U, CL, [], LIC_S + ': Environmental responsibility', 'We will seek to influence our suppliers to adopt best environmental practices.'),
 (LIC, 'uni-policy', U, EO, [], LIC_S + ': Diversity and equal opportunities', 'We are committed to the promotion of equality of opportunity and diversity and as such we look to build business relationships with those suppliers who support and apply similar principles.'),
 (MAN, 'uni-policy', U, MU, [], MAN_S, 'The Central Procurement Office team ensure that all major spend has social, environmental and economic considerations embedded within the procurement process.'),
 (QMU, 'uni-policy', U, CL, [], QMU_C, 'We plan to integrate environmental sustainability and climate change adaptation specifications into all relevant aspects of our procurement processes as well as include sustainability performance reporting in all service level agreements (SLAs) with major contractors.'),
 (WAR, 'uni-policy', U, CL, [], WAR_S, 'Environment. We try to minimise the environmental impact of making, using and disposing of products, and of the supply chain.'),
 (WAR, 'uni-policy', U, EI, [], WAR_S, 'Society. We try to purchase in a way that benefits the local community and economy.'),
 # Police and fire
 (LPC, 'police-fire', U, EI, [], LPC_S, 'But the social value policy has an impact on all contracts of a range of value, ensuring that the procurement process takes into account elements of social value such as location, whether an organisation pays the real Living Wage and whether the contract will create or sustain jobs and apprenticeships in the county.'),
 (FSB, 'police-fire', U, MU, [], FSB_S, 'It understands the impact that procurement and commercial activity has on people, the local economy, the environment, and that it delivers its social value and net zero targets.'),
 # Central government and arm's-length bodies
 (HOE, 'gov-dept', U, MU, [], 'EIDA Beacon case study: how the Home Office is embedding the importance of domestic abuse', 'They place 10% of their contract weightings on the contractor’s social values, enough to determine a successful bid in many cases.', {'weighting_percent': 10}),
 (HOE, 'gov-dept', U, WB, ['equal-opportunity'], 'EIDA Beacon case study: how the Home Office is embedding the importance of domestic abuse', 'It contains four criteria directly related to domestic abuse, including training for employees, awareness-raising internally and externally, and implementing a domestic abuse policy.'),
 (HOM, 'gov-dept', U, MU, [], HOM_S, 'The Housing Ombudsman wishes to work with suppliers who consider social value an important aspect of their business brand.'),
 # Purchasing consortia and housing
 (ESP, 'consortia-sv', U, CL, [], ESP_S, 'Using sustainable products and materials'),
 (ESP, 'consortia-sv', U, EI, [], ESP_S, 'Supporting local businesses and supply chains'),
 (ESP, 'consortia-sv', U, EI, [], ESP_S, 'Creating opportunities for local employment, training and apprenticeships'),
 (NE18, 'consortia-sv', U, WB, [], NE18_S, 'Creating healthier, safer, more resilient communities'),
 (NE18, 'consortia-sv', U, CL, [], NE18_S, 'Environmental protection and improvement'),
 (NE18, 'consortia-sv', U, MU, [], 'NEPO’s approach to measuring Social Value', 'For the NEPO pilots, the weighting for social value will be no less than 10%, and up to 20%.'),
 (NE20, 'consortia-sv', U, EI, [], NE20_S, 'Targeting effort within the region\'s most deprived areas'),
 (NE20, 'consortia-sv', U, EI, [], NE20_S, 'Tackling unemployment and skills shortages through training and apprenticeships'),
 (NHG, 'ha-sv', U, MU, [], 'Delivering social value through procurement', 'By making social value part of the tender process - asking companies who want to work with us at tender stage how they will add value in our communities - we’ve secured several initiatives for our residents and their families.'),
 (GPH, 'ha-sv', U, MU, [], GPH_S + ' Responsible Business Questions', 'Assessing suppliers on fair pay, equality, diversity, and net zero planning, aligning with our aim to “Work with the Right Businesses” which reflects the social value generated by supporting businesses with positive CSR practices and policies.'),
 (EST, 'ha-sv', U, EI, ['equal-opportunity'], EST_S, 'We encourage applications from local SMEs and minority groups.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # NHS
 (NSC, 'nhs-sv', U, NSC_M, 'Customers can see what themes a framework has embedded into them on our contract information pages as this information becomes available.'),
 (CEI, 'nhs-guide', U, CEI_S, 'support robust governance and legal compliance;'),
 (CEI, 'nhs-guide', U, CEI_S, 'ensure transparent, fair, and defensible decision making-making;'),
 (CEI, 'nhs-guide', U, CEI_S, 'strengthen market sustainability and provider resilience;'),
 (SCH, 'nhs-guide', U, SCH_S, 'We conduct all contracting and tendering procedures in a fully open manner that adheres to all local, national and European regulations.'),
 (MCH, 'notice', U, MCH_S, 'An external advisor is required to provide expert strategic advice on integrating social value into the Healthier Futures Programme.'),
 (MCH, 'notice', U, MCH_S, 'The Trust is seeking a Social Value Strategic Advisor to support the effective delivery, coordination, assurance, and reporting of social value outcomes across the lifecycle of the hospital project, ensuring alignment with organisational priorities, local need, and statutory requirements.'),
 # Transport and combined authorities
 (NHW, 'transport-sv', U, NHW_E, 'Improving productivity by improving the strategic road network'),
 (GLA, 'transport-sv', U, GLA_S + ' Freight and Cycle Safety', 'As part of this commitment TfL has led the introduction of specific requirements for freight vehicles, particularly lorries into all contracts that require the movement of freight on London’s roads.'),
 (TFL, 'transport-sv', U, 'Live contracts', 'We support an initiative by the Prime Minister and Secretary of State for Communities and Local Government to promote transparency in the public sector by publishing all expenditure over £500 and contracts of £500,000 and over.'),
 (NRS, 'transport-sv', U, NRS_S, 'Our supply chain is divided into Route Services (goods and services) and Infrastructure Projects (delivery of our major projects).'),
 (NRW, 'transport-sv', U, NRW_S, 'Contract management is the process of effectively managing and governing contracts to ensure they deliver maximum operational and financial value, improve compliance whilst mitigating service delivery risk over the life of the contract.'),
 (NRG, 'transport-sv', U, NRG_R, 'Sending notification letters'),
 (NRG, 'transport-sv', U, 'Community relations – ENV015 requirements', 'If work is within 200 metres of homes, schools, hospitals, or businesses and may cause disruption or affect our reputation or services, the local community relations representative must be informed.'),
 (HSE, 'transport-sv', U, HSE_L, 'promoting equal outcomes in the services the HS2 project will provide'),
 (HSE, 'transport-sv', U, HSE_I, 'building and operating a safe, sustainable and reliable system to provide exceptional levels of service to passengers'),
 (HSE, 'transport-sv', U, HSE_A, 'seeking to ensure that people with protected characteristics do not experience disproportionate disadvantage as a result of the planning, design, construction and operation of the HS2 project'),
 (HSF, 'transport-sv', U, HSF_S, 'Can you summarise the packaging strategy for delivery of Phase One of the project?'),
 (HSG, 'transport-sv', U, HSG_S, 'This means that the majority of contract opportunities are likely to be procured by our contractors and suppliers in the supply chain (‘tier 2’ and below).'),
 (TVC, 'transport-sv', U, 'Delivering social impact for local communities', 'Support is fully funded by the UK Government through the UK Shared Prosperity Fund.'),
 # Universities and their consortia
 (NEU, 'uni-policy', U, NEU_S, 'In February 2020, NEUPC became the first HE purchasing consortia to achieve the CIPS Corporate Ethics Mark in recognition of our commitment to ethical procurement and ensuring that our procurement staff undertake mandatory annual e-learning and test to ensure currency of knowledge.'),
 (NEP, 'uni-policy', U, 'NEUPC Policy & Action Plan: 2. Scope', 'This procedure covers all NEUPC activities, including: the creation and management of sector-wide framework agreements for goods, works and services; HE-sector member services; and the CIPS and apprenticeships centre.'),
 (NEP, 'uni-policy', U, 'NEUPC Policy & Action Plan: 4. Responsibilities', 'The NEUPC Responsible Procurement Group will monitor compliance against the requirements of the Policy and review performance against objectives.'),
 (LUN, 'uni-policy', U, LUN_S, 'Communicate our activity regularly through media, events, and training opportunities;'),
 (LUC, 'uni-policy', U, 'LUPC’s commitment', 'We have also adopted and fully support the national Sustain Code of Conduct which is now included in all our tendering activity.'),
 (LIN, 'uni-policy', U, LIN_S + ': Anti-Slavery', 'We may request copies of modern slavery statements from suppliers.'),
 (LIN, 'uni-policy', U, LIN_S + ': Anti-Slavery', 'Failing to maintain an up-to-date modern slavery statement, for those organisations which require one, may result in the supplier being excluded from consideration for a tender opportunity.'),
 (LIC, 'uni-policy', U, LIC_S, 'As part of the tender process suppliers are evaluated in a number of ways.'),
 (LIC, 'uni-policy', U, LIC_S + ': Diversity and equal opportunities', 'We may ask suppliers to provide a written statement of their policies and how they are implemented.'),
 (MAN, 'uni-policy', U, MAN_S, 'If you are a supplier and have not yet completed the NETpositive Supplier Engagement tool, please contact us for access.'),
 (QMU, 'uni-policy', U, QMU_S, 'Construction and buildings refurbishment'),
 (QMU, 'uni-policy', U, QMU_S, 'Information Technology (IT) Hardware and Equipment'),
 (QMU, 'uni-policy', U, 'Sustainable Procurement and Commissioning', 'As part of our commitment to influence our suppliers and contractor to embed good environmental practices across their operations; we are pleased to report that 9 of our top-12 suppliers and contractors currently have ISO 14001:2015 certificates'),
 (WAR, 'uni-policy', U, WAR_S, 'Money. We try to ensure that we buy the best suited products and solutions in a way the delivers best value for money.'),
 # Police and fire
 (HPC, 'police-fire', U, HPC_S + ': Public service ethos with a commercial mindset', 'We recognise that as a group of public sector contracting authorities we have to ensure compliance with the Public Contracts Regulations to ensure transparency, non-discrimination, proportionality and equity of treatment.'),
 (HPC, 'police-fire', U, HPC_S + ': Public service ethos with a commercial mindset', 'Wherever possible we will seek to procure on a seven force basis, harnessing the increased leverage acting as a single customer, and also to deliver more efficiently and effectively.'),
 (PNW, 'police-fire', U, PNW_S, 'We will respond promptly and positively to complaints, comments and suggestions.'),
 (PNW, 'police-fire', U, PNW_S, 'On request, (for all non EU tenders) we will debrief successful and unsuccessful bidders promptly of the outcome of a tender, giving constructive feedback.'),
 (FSB, 'police-fire', U, FSB_S, 'A service that establishes competition, legally compliant, and transparent processes and adopts robust contract management practices, ensuring VFM and security of supply is delivered throughout the procurement and contract lifecycle.'),
 (HWF, 'police-fire', U, HWF_S, 'Use of the Bluelight Portal is free of charge to suppliers and user guides are available in the Suppliers Area section.'),
 # Central government and arm's-length bodies
 (DWP, 'gov-dept', U, DWP_S + ': What we buy', 'As a result we procure a varied range of goods and services including, but not limited to, Welfare to Work and Health Provision, digital goods and services, resources, estates and facility management, contact centre services and training.'),
 (DWP, 'gov-dept', U, DWP_S + ': Code of practice', 'In all commercial activity DWP pursues the highest standards of professionalism, ethical conduct and impartiality.'),
 (DWS, 'gov-dept', U, DWS_S, 'Maximising employment, reducing economic inactivity, and supporting the progression of those in work.'),
 (DWS, 'gov-dept', U, DWS_S, 'Enabling disabled people and people with health conditions to start, stay, and succeed in work, and get financial support.'),
 (DWS25, 'gov-dept', U, DWS25_S + ': More Resilient', 'We will put in place robust business continuity plans at a directorate and contract / supplier level to ensure continued delivery, engaging business continuity and resilience experts as appropriate.'),
 (DHS, 'gov-dept', U, DHS_S, 'We require that you adhere to all applicable anti-corruption laws, including but not limited to the Bribery Act 2010, and those listed in regulation 57 of the Public Contract Regulations 2015.'),
 (DHS, 'gov-dept', U, DHS_S, 'You should immediately notify DHSC where fraudulent practice is suspected or uncovered and disclose any interests that might impact decision making or the advice that is given to government.'),
 (MOJ, 'gov-dept', U, MOJ_S, 'Consistent security and governance standards across all supplier-delivered services and code'),
 (MOJ, 'gov-dept', U, MOJ_S, 'These requirements apply equally to all suppliers—whether they are strategic partners, specialist firms, or single-point service providers.'),
 (MOJ, 'gov-dept', U, 'Code, repositories and developer tooling', 'You must use the Ministry of Justice GitHub organisation for all MOJ code'),
 (CCS, 'gov-dept', U, CCS_S, 'Initial compliance check: ensuring the tender meets all of the Procurement Act 2023 conditions of participation.'),
 (CCS, 'gov-dept', U, CCS_S, 'Technical assessment: assessing the quality, methodology, and technical approach.'),
 # Purchasing consortia and housing
 (NE18, 'consortia-sv', U, 'NEPO’s approach to measuring Social Value', 'The pilots will cover nine procurement exercises of varying values and covering a range of goods and services.'),
 (F21, 'consortia-sv', U, F21_S, 'Please note, these returns are separate to the financial valuations that you submit to Fusion21.'),
 (EST, 'ha-sv', U, EST_S, 'We do not currently operate an approved supplier list.'),
 (EST, 'ha-sv', U, EST_V, 'Having skilled and professional staff'),
 (YHA, 'ha-sv', U, YHA_S, 'Debriefing unsuccessful bidders on request'),
 (YHA, 'ha-sv', U, YHA_S, 'No matter what we’re looking for, companies bidding for work will be given a specification and a request for a financial quotation.'),
]
OGL_HOSTS = ('gov.uk', 'crowncommercial.gov.uk')
def licence_of(src):
    return host_licence(src.lower(), OGL_HOSTS)
batch = Batch('public-texts-17.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; pages of one site sharing wording are one group: the University of
    # Lincoln's two copies of its sustainability and ethical procurement page, LUPC's responsible procurement pages
    # (the net zero commitment is on both), the notice's d3tenders page as its ocid.
    if src in (LIN, LIN2): return LIN
    if src in (LUN, LUC): return 'lupc.ac.uk/responsible-procurement'
    if src == MCH: return 'ocds:ocds-h6vhtk-065e7d'
    return src
batch.emit_lists('pub17', R, NEG, group_of, licence_of)
