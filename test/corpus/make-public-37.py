"""Write /work/batches/public-texts-37.jsonl: batch 45, QUESTION-SHAPED and requirement texts from sectors the corpus
held little of: universities and colleges and their purchasing consortia (APUC's supply chain code of conduct,
sustainability pages and environmental policy, BUFDG's news on APUC's Sustain tool, TUCO's sustainability overview,
environmental policy, food waste framework and hot beverage framework), schools' buying organisations (Education
Buying, 2buy2, the School Building framework site, Education Business UK, CPC, the Education and Training Foundation,
East Sussex's social value page for schools' suppliers) and blue-light buyers (Police Procurement North West's
responsible procurement pledge, pledge and how-to guide, Lancashire PCC's social value policy as reported by the
Longridge News, NETpositive Futures' work for Yorkshire and Humberside police procurement, North Wales PCC's social value
award, Dyfed-Powys Police and PCC procurement pages, BlueLight Commercial pages and a PCC decision on its agreement,
fire and rescue services' procurement pages (Kent, Shropshire, Hereford & Worcester, the NFCC) and the Scottish
Ambulance Service's procurement pages). Social value texts are what these buyers ask, score or require of suppliers
(labour standards, fair access for SMEs, local jobs and work experience, waste and carbon, community benefits); hard
negatives from the same documents are the buyers' own operations and staff benefits, tool and portal mechanics,
governance, framework lots (waste services bought as the service), food safety audits, data protection and insurance
clauses, thresholds and spend figures.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown
copyright pages (gov.uk, gov.scot) are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-37.py > /work/batches/public-texts-37.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU

U, S, W = 'uk', 'scotland', 'wales'

# APUC (universities and colleges in Scotland) and BUFDG
APC = 'http://www.apuc-scot.ac.uk/?p=suscode'
APS = 'https://www.apuc-scot.ac.uk/?p=suspol'
APE = 'http://www.apuc-scot.ac.uk/?p=environmental'
APU = 'https://apuc-scot.ac.uk/?p=sustain'
APP = 'http://apuc-scot.ac.uk/?p=url=susproc.php'
BUF = 'https://www.bufdg.ac.uk/Resources/News/View?g=c27cf7bf-e597-49f1-947c-0033a19b621a&m=2&y=2017'
# TUCO (university caterers) and LACA's copy of a TUCO framework page
TU1 = 'https://docsbay.net/sustainability-and-sustainable-procurement-at-tuco-an-overview'
TU2 = 'https://docsbay.net/doc/339452/tpl-sustainability-policy'
TU3 = 'https://sustainabilityexchange.ac.uk/news/tuco_launches_dedicated_waste_management_framew'
LAC = 'https://laca.co.uk/frameworks/hot-beverage'
LBF = 'https://lovebritishfood.co.uk/universities'
# schools' buying
EB1 = 'https://educationbuying.com/social-value/'
EB2 = 'https://educationbuying.com/news/14-main/news/35-what-is-social-value-and-why-is-it-important-for-the-education-sector'
EB3 = 'https://educationbuying.com/the-importance-of-social-value-in-your-schools-tendering/'
B2B = 'https://2buy2.com/suppliers?view=article&id=97:social-values-guide&catid=20'
SCB = 'https://schoolbuilding.org.uk/tag/building-services/'
EBU = 'https://educationbusinessuk.net/features/putting-social-value-heart-procurement'
CPC = 'https://www.thecpc.ac.uk/news/putting-social-value-at-the-heart-of-procurement'
ETF = 'https://www.et-foundation.co.uk/professional-development/taking-teaching-further/ttf-social-value-toolkit/'
ESX = 'https://www.eastsussex.gov.uk/business/support/employment-skills-training/skills-east-sussex/social-value'
# police
PP7 = 'https://www.bluelight.gov.uk/portal/nwpolice/portal.nsf/vLiveDocs/SD-DEVV-6UNGM8?OpenDocument&contentid=1.007'
PP2 = 'https://www.bluelight.gov.uk/portal/nwpolice/portal.nsf/vLiveDocs/SD-DEVV-6UNGLF?OpenDocument&contentid=1.002'
PPH = 'https://abcdocz.com/doc/198550/how-to-do-business-police-procurement-north-west'
LGN = 'https://www.longridgenews.co.uk/news/crime/62m-invested-into-county-by-lancashire-police-1-9953061'
NPF = 'https://netpositivefutures.co.uk/yorkshire-and-humberside-police-procurement/'
SSC = 'http://sustainablesupplychainsltd.co.uk/2018/06/14/social-value-awards-for-north-wales/'
DPP = ('https://www.dyfed-powys.police.uk/foi-ai/dyfed-powys-police/publication-scheme/our-policies-and-procedures/'
       'Policies/legal-services/procurement-policy/')
DPC = 'http://www.dyfedpowys-pcc.org.uk/en/the-office/finance/contracts-and-expenditure/'
BLC = 'https://bluelightcommercial.police.uk/information-for-policing/'
BLV = 'https://bluelightcommercial.police.uk/news/blc-prepares-to-launch-hunt-for-vehicles-provider/'
MSC = 'https://matthewscott.org.uk/spending-your-money-better'
CPD = 'https://www.cambridgeshire-pcc.gov.uk/decisions/blue-light-commercial-agreement/'
# fire and rescue
FSB = 'https://firestandards.org/?p=2270'
KFR = 'https://www.kent.fire-uk.org/report/priority-three-1'
SHF = ('https://webarchive.nationalarchives.gov.uk/20111014154612/https:/www.shropshirefire.gov.uk/'
       'the-emergency-service/brigade-resources/procurement-supplier-management')
HWF = 'https://hwfire.org.uk/about/your-right-to-know/procurement'
NFC = 'https://www.nationalfirechiefs.org.uk/Test-page/About-FCTP'
# ambulance
SAP = 'http://www.scottishambulance.com/TheService/procurement_policy.aspx'
SAR = 'https://www.scottishambulance.com/publications/reports/procurement-annual-report-2024-25'
# Scottish sustainable procurement tools: award questions on skills and training
SPT = ('https://sustainableprocurementtools.scot/index.cfm/guidance/employment-skills-and-training/'
       'skills-and-training/award/')

APC_S = 'APUC Supply Chain Code of Conduct'
APC_F = APC_S + ': With respect to Social Compliance Suppliers shall: Not use forced, involuntary or underage labour'
APC_W = APC_S + ': With respect to Social Compliance Suppliers shall: Provide suitable working conditions and terms'
APS_S = 'APUC Supply Chain Sustainability Policy: APUC shall:'
APE_S = 'APUC Environmental Policy'
APE_O = APE_S + ': Our Objectives'
APU_S = 'APUC: Sustainable Procurement'
APP_S = 'APUC: Sustainable Procurement'
BUF_S = 'APUC’s Sustain Assessment making progress'
TU1_S = 'Sustainability and Sustainable Procurement at TUCO– An Overview'
TU1_O = TU1_S + ': Key Sustainable Objectives: Our key objectives are to aim towards:'
TU1_I = TU1_S + ': Key Sustainable Incentives for Staff.'
TU2_S = 'TUCO Environmental Policy'
TU2_A = TU2_S + ': TUCO Ltd Accountability: As a National Catering Purchasing Consortium, TUCO Ltd are accountable for and committed to where possible:'
TU3_S = 'TUCO Launches dedicated waste management framework'
TU3_L = TU3_S + ': the procurement structure consists of five lots:'
LAC_S = 'Frameworks: Hot Beverage (administered by TUCO)'
LBF_S = 'Universities: How does food sourcing in universities work currently?'
EB1_S = 'Social value (Education Buying)'
EB1_T = EB1_S + ': How can social value be included in tenders?'
EB1_E = EB1_S + ': Types of social value that can be included in your tenders.: Economic'
EB2_S = 'What is social value and why is it important for the education sector?'
EB3_S = 'The importance of Social Value in your school’s tendering: So how does it work in the education sector?'
B2B_S = 'Social Values Guide (2buy2)'
B2B_D = B2B_S + ': How Do I Demonstrate My Company’s Input to Generating Social Value?'
SCB_S = 'Social value in school building projects: What is social value and why is it important for schools?'
EBU_S = 'Putting social value at the heart of procurement: Step 2 – Translate these values into verifiable requirements'
CPC_S = 'Putting social value at the heart of procurement: Step 1 – Identify what the social values of your institution are'
ETF_S = 'Taking Teaching Further – Social Value Toolkit'
ESX_S = 'Developing employment and skills through social value'
PP7_S = 'Corporate Social Responsibility: Police Procurement North West Responsible Procurement Pledge'
PP2_S = 'Police Procurement North West Pledge: Aim of Police Procurement North West (PPNW)'
PPH_S = 'Police Procurement North West: How to do Business'
LGN_S = '£62m invested into county by Lancashire Police'
NPF_S = 'Yorkshire and Humberside Police Procurement (NETpositive Futures)'
SSC_S = 'Social Value Awards for North Wales'
DPP_S = 'Dyfed-Powys Police: Procurement policy'
DPC_S = 'Dyfed-Powys PCC: Contracts and expenditure'
BLC_S = 'BlueLight Commercial: Information for Policing: Frequently Asked Questions'
BLV_S = 'BLC prepares to launch hunt for vehicles provider'
MSC_S = 'Spending your money better'
CPD_S = 'Blue Light Commercial Agreement: Decision Summary: the only additions of note are:'
FSB_S = 'Fire Standards Board: Procurement and Commercial: Desired outcome'
KFR_S = 'Priority Three: To continue to be transparent in ongoing and future procurement activity: Why do we need to do this?'
SHF_S = 'Procurement and supplier management: Shropshire Fire and Rescue Service will operate a procurement process that:'
HWF_S = 'Hereford & Worcester Fire and Rescue Service: How to supply goods and services'
NFC_S = 'National Fire Chiefs Council: About FCTP'
SAP_S = 'Scottish Ambulance Service: Procurement policy'
SAR_S = 'Scottish Ambulance Service: Procurement Annual Report 2024/25: 1. Introduction'
SPT_S = 'Sustainable Procurement Tools: Employment, skills and training: Award criteria'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # APUC supply chain code of conduct and sustainability pages
 (APC, 'he-consortium', S, MU, [], APC_S, 'APUC and its client community of colleges and universities is committed to carrying out procurement activities in an environmentally, socially, ethically and economically responsible manner and to entering into agreements and contracts with suppliers that share and adhere to its vision.'),
 (APC, 'he-consortium', S, EO, [], APC_F, 'Employees should be free to choose their employment and leave that employment without hold by financial deposit or personal items.'),
 (APC, 'he-consortium', S, EO, [], APC_F, 'Forced, bonded or involuntary prison labour shall not be used.'),
 (APC, 'he-consortium', S, EO, [], APC_F, 'Support the effective abolition of child labour.'),
 (APC, 'he-consortium', S, EO, [], APC_F, 'Comply with the national minimum age for employment, or minimum age 15, whichever is the higher unless a lower local minimum age is permitted under International Labour Organisation (ILO) convention 138.'),
 (APC, 'he-consortium', S, EO, [], APC_F, 'Where any child is found to be engaged in or performing child labour, to provide support for that child to enable them to complete, as a minimum, their compulsory education (even if they shall cease to be involved in child labour), or an equivalent education level, as provided for under the UN Covenant on Economic, Social and Cultural Rights.'),
 (APC, 'he-consortium', S, EO, [], APC_W, 'At least statutory minimum wages (or if none, a realistic living wage) must be paid without discrimination to all employees and all non-statutory deductions must be with the consent of the employee.'),
 (APS, 'he-consortium', S, EI, [], APS_S, 'Manage tendering and lotting strategies that ensure fair access to contracting opportunities for businesses of all appropriate sizes and organisation types wherever relevant'),
 (APS, 'he-consortium', S, MU, [], APS_S, 'Establish materially effective minimum standards for supplier sustainability compliance'),
 (APS, 'he-consortium', S, MU, [], APS_S, 'Promote adherence to the United Nations (UN) 10 principles of the Global Compact'),
 (APS, 'he-consortium', S, MU, [], APS_S, 'Mitigate supply chain sustainability risks, and exploit the opportunities'),
 (APE, 'he-consortium', S, CL, [], APE_O, 'Encourage positive environmental impacts, through our collaborative tendering activities, wherever possible'),
 (APU, 'he-consortium', S, MU, [], APU_S, 'We have published our Supply Chain Code of Conduct, outlining the environmental, social, ethical and economical standards APUC shall adhere to, and expect its Suppliers to adhere to.'),
 (APU, 'he-consortium', S, MU, [], APU_S, 'Our aim is to exceed the normal definition of Sustainable Procurement by carrying out the procurement of goods and services in such a manner as to minimise any negative environmental, ethical, economic or social impact, and promote positive impacts and change, throughout the whole life cycle and supply chain of the goods or services, in order to fulfil current needs without lessening the ability of future generations to do the same.'),
 (APP, 'he-consortium', S, EI, [], APP_S, 'APUC encourages SMEs, third sector businesses and supported businesses to bid for contracts.'),
 (APP, 'he-consortium', S, MU, [], APP_S + ': Strategy Tools', 'Risks and opportunities in Ethical, Social and Environmental areas should be considered at the beginning of the tender process.'),
 (APP, 'he-consortium', S, EO, ['climate'], APP_S + ': ITT Tools', 'APUC and its member institutions embed the Supply Chain Code of Conduct in its tender processes.'),
 # TUCO
 (TU1, 'he-consortium', U, EI, [], TU1_O, 'Creating Sustainable Framework Agreements which are structured and advertised to appeal to the widest possible number of suppliers.'),
 (TU2, 'he-consortium', U, CL, [], TU2_A, 'Promoting the prudent use of natural resources and the minimisation of waste.'),
 (TU2, 'he-consortium', U, CL, [], TU2_A, 'Exploring opportunities to reduce, reuse and recycle materials where appropriate.'),
 (TU2, 'he-consortium', U, MU, [], TU2_A, 'NetPositive Supplier Engagement Tool to suppliers, which is designed to support and develop the supply chain as part of an ongoing commitment to embedding sustainability in procurement process.'),
 (TU2, 'he-consortium', U, CL, [], TU2_A, 'Business signatory to the Courtauld 2025 commitment by WRAP to which is a voluntary agreement that brings together organisations across the food system – from producer to consumer – to make food and drink production and consumption more sustainable.'),
 (LBF, 'he-consortium', U, EI, [], 'Universities: What has worked well?: TUCO removing the barriers for SMEs', 'TUCO has worked hard to remove the barriers for SMEs.'),
 # schools' buying
 (EB1, 'schools-buying', U, MU, [], EB1_T, 'When a school signs a new contract, they can ask prospective suppliers to consider what they would be able to offer in support of the local community.'),
 (EB1, 'schools-buying', U, MU, [], EB1_T, 'Social value should be included as part of the assessed award criteria when running a Further Competition.'),
 (EB1, 'schools-buying', U, MU, [], EB1_T, 'There is a question that asks suppliers to detail how they intend on delivering social value to the area of the schools included in the contract.'),
 (EB1, 'schools-buying', U, EI, [], EB1_E, 'Business skills for kids'),
 (EB1, 'schools-buying', U, EI, [], EB1_E, 'Work experience'),
 (EB1, 'schools-buying', U, EI, [], EB1_E, 'Local recruitment'),
 (EB1, 'schools-buying', U, EI, [], EB1_E, 'Support local supplier'),
 (EB1, 'schools-buying', U, EI, [], EB1_E, 'Staff training'),
 (EB2, 'schools-buying', U, EI, [], EB2_S + ': So how does it work in the education sector?', 'When signing a new contract, a school can ask its prospective suppliers to consider what they could offer to support the local community, such as: training, apprenticeships, work placements or purely providing career advice and information for young people on specific careers.'),
 (EB3, 'schools-buying', U, EI, [], EB3_S, 'When a school signs a new contract, they can ask prospective suppliers to consider what they would be able to offer in support of the local community; this can include anything from training, apprenticeships or simply providing career advice for students that have their sights on a specific career path.'),
 (B2B, 'schools-buying', U, EI, [], B2B_D, 'Increased local employment opportunities'),
 (B2B, 'schools-buying', U, CL, [], B2B_D, 'Recycling opportunities / Purchase of recycled sources'),
 (B2B, 'schools-buying', U, EI, [], B2B_D, 'Better supply chain opportunities for SMEs, Social Enterprises and Third Sector'),
 (B2B, 'schools-buying', U, WB, [], B2B_D, 'Improve health & wellbeing'),
 (B2B, 'schools-buying', U, MU, [], B2B_S + ': Why is social value important?', 'All public authorities within the UK, including schools, are encouraged to embed Social Value into their contracts.'),
 (SCB, 'schools-buying', U, CL, [], SCB_S, 'In the case of school construction, this might involve commissioning a project that requires the suppliers bidding for the work to state what environmental benefits they would offer should they win the contract.'),
 (SCB, 'schools-buying', U, CL, [], SCB_S, 'These could include installing solar panels to supplement the energy supply to sourcing sustainable materials.'),
 (SCB, 'schools-buying', U, MU, [], SCB_S, 'When a school signs a new contract, they can ask prospective suppliers to consider what they would be able to offer in terms of social value themes; this could include creating local employment opportunities, reducing energy and water consumption, detection and prevention of modern slavery or minimising damage to the environment'),
 (ETF, 'schools-buying', U, EO, [], ETF_S + ': We aim to embed and promote EDI in the following ways:', 'As a commissioning body: ensuring any contracts we award are to suppliers that can prove their work is accessible and encourage a more inclusive and diverse workforce;'),
 (ESX, 'schools-buying', U, EI, [], ESX_S + ': Social value', 'As regards the \'local economy\' such social value can mean offering employment and training to local people, doing careers talks in local schools and supporting local businesses.'),
 (ESX, 'schools-buying', U, WB, [], ESX_S + ': The East Sussex Market Place', 'Such help can mean spare building materials or suggestions for voluntary work.'),
 # police
 (PP7, 'police', U, MU, [], PP7_S + ': What is Responsible Procurement?', '“Responsible Procurement is the continuing commitment by Police Procurement North West to behave in a responsible and ethical manner that will contribute to and support the local economy, encourage growth and improve quality without compromising the environment either for our own generation or our children’s as they follow us”'),
 (PP7, 'police', U, MU, [], PP7_S + ': How will this be achieved?', 'We need to accept responsibility for our actions, CSR is about being aware of the impact of our activities have on the communities and environment we work in and taking radical steps to reduce any negative effects.'),
 (PP7, 'police', U, MU, [], PP7_S + ': How will this be achieved?', 'We will be developing responsible initiatives that will be generic to all of the individual forces within the PPNW so that there will be a real commitment from the procurement community to the people of the North West Region and the environment in which they live.'),
 (LGN, 'police', U, MU, [], LGN_S, 'This is since the Commissioner\'s Social Value Policy was brought in during 2017, with support from Lancashire Constabulary, to ensure that all procurement and commissioning activity maximises social, economic and environmental benefit.'),
 (LGN, 'police', U, MU, [], LGN_S, 'As well as monetary value, the policy takes into account other elements such as location, environmental factors, whether an organisation pays the real Living Wage and if the contract will create or sustain jobs and apprenticeships in the county.'),
 (LGN, 'police', U, EI, [], LGN_S, 'This means that around 54 per cent of all money spent by the force through suppliers has been put back into Lancashire\'s businesses and people.'),
 (NPF, 'police', U, MU, [], NPF_S + ': A review of procurement strategy and policy to ensure:', 'A focus on the positive contribution procurement can make to the sustainability and social value agenda (community benefit, employment opportunities), rather than only looking at the reduction of environmental impacts'),
 (NPF, 'police', U, MU, [], NPF_S + ': An update to procurement documentation to provide:', 'Opportunities to derive the maximum sustainability impact or social value from each procurement by focusing on the material opportunities, delivered through a sustainability impact assessment tool'),
 (SSC, 'police', W, EI, [], SSC_S, 'She has been instrumental in liaising between the contractor, subcontractors and community in providing education, sponsorship, work experience and job creation.'),
 (SSC, 'police', W, EI, ['wellbeing'], SSC_S, 'The efforts of Galliford Try, through Joy during the contract period have ensured a stronger local economy, given work experience and skills to local people and enabled all parts of the local community to benefit from this construction project creating a more prosperous and skilled community.'),
 (DPP, 'police', W, MU, [], DPP_S, 'Procurement is the process whereby an organisation meets its needs for goods, services and works in a way that achieves value for money on a whole life basis in terms of generating benefits not only for the organisation, but also to society and the economy, whilst minimising damage to the environment.'),
 # fire
 (FSB, 'fire', U, MU, [], FSB_S, 'It understands the impact that procurement and commercial activity has on people, the local economy, the environment, and that it delivers its social value and net zero targets.'),
 # award questions on skills (Scottish sustainable procurement tools)
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (EB1, 'schools-buying', U, MU, [], EB1_S + ': Social value can present itself in many ways.', 'Every procurement process is unique, but the social value should be relevant to the contract.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # APUC
 (APC, 'he-consortium', S, APC_S, 'To demonstrate this commitment, current and potential suppliers are asked to acknowledge their compliance with the principles of the APUC Supply Chain Code of Conduct with respect to their organisation and their supply chain.'),
 (APS, 'he-consortium', S, APS_S, 'Foster product and/or process innovation through supply chain collaboration'),
 (APE, 'he-consortium', S, APE_S, 'A number of staff members are required to travel frequently in order to reach client institutions throughout the country.'),
 (APE, 'he-consortium', S, APE_O, 'Develop staff understanding of their own environmental impacts through regular internal communications, training and office initiatives.'),
 (APE, 'he-consortium', S, APE_O, 'Recognise staff members achievements in relation to positive environmental actions.'),
 (APU, 'he-consortium', S, APU_S, 'We have a Supply Chain Sustainability Consultation Group, consisting of Procurement and Sustainability professionals from institutions, plus student representatives from groups including NUS and People and Planet.'),
 (APU, 'he-consortium', S, APU_S, 'The Group consults and agrees on the policies and processes APUC prepares.'),
 (APP, 'he-consortium', S, APP_S + ': ITT Tools', 'If applicable, suppliers are then assessed against this post-award.'),
 (BUF, 'he-consortium', S, BUF_S, 'The tool was developed by APUC to assess the sector\'s supply chain compliance against the APUC Code of Conduct (developed by APUC and a sector working group consisting of student reps, NUS, People & Planet, Procurement and Environmental staff).'),
 (BUF, 'he-consortium', S, BUF_S, 'The web tool enables contract managers to ‘invite’ suppliers to complete the assessment, which is then verified by SA8000 Advanced Auditors.'),
 (BUF, 'he-consortium', S, BUF_S, 'The real crux being that the tool is linked to the sector\'s ‘Hunter’ Contracts Database, therefore pulling contract data into one login for suppliers, reducing duplication of effort and pulling together a collaborative view.'),
 (BUF, 'he-consortium', S, BUF_S, 'The tool also enables sub-tier supply chains to be added and assessed.'),
 # TUCO and LACA
 (TU1, 'he-consortium', U, TU1_O, 'Adherence to appropriate quality assurance standards for food safety, animal welfare and production.'),
 (TU1, 'he-consortium', U, TU1_O, 'Encouragement of the implementation of Environmental Management Systems, Environmental Policy or equivalent.'),
 (TU1, 'he-consortium', U, TU1_O, 'Offering academic courses to TUCO members on Sustainability.'),
 (TU1, 'he-consortium', U, TU1_S, 'Our procurement team work to secure the best possible value in all framework agreements, demonstrated by purchasing volumes in excess of £100m per annum.'),
 (TU1, 'he-consortium', U, TU1_I, 'Sustainability competencies are included in recruitment of procurement staff.'),
 (TU1, 'he-consortium', U, TU1_I + ': The following staff incentives are offered:', 'Cycle To Work Scheme'),
 (TU2, 'he-consortium', U, TU2_A, 'Sponsor various environmental awards such as SRA, EAUC and Green Gown Awards.'),
 (TU2, 'he-consortium', U, TU2_A, 'Promote staff wellbeing to all TUCO staff.'),
 (TU2, 'he-consortium', U, TU2_A, 'Interacting with Environmental Management Companies such as WRAP and DEFRA, to help develop and keep current internal documentation and devise strategies to deal with key issues.'),
 (TU3, 'he-consortium', U, TU3_S, 'The University Caterers Organisation (TUCO) has launched a dedicated Sustainable Food Waste Management contract for the higher education and public sector.'),
 (TU3, 'he-consortium', U, TU3_L, 'Used Disposable Cup Collection Service'),
 (TU3, 'he-consortium', U, TU3_L, 'Off-Site Sustainable Food Waste Management Service'),
 (TU3, 'he-consortium', U, TU3_L, 'Waste Oil Recycling Collection & Disposal Service'),
 (LAC, 'he-consortium', U, LAC_S + ': Overview', 'Lot 1: Hot Beverage Ingredients, Equipment and Associated Products – 10 suppliers'),
 (LAC, 'he-consortium', U, LAC_S + ': FAQ: Are all your suppliers vetted and accredited?', 'Dependent on the product category, we will have assessed the supplier’s credentials to be able to supply the goods and/or services.'),
 (LAC, 'he-consortium', U, LAC_S + ': FAQ: Are all your suppliers vetted and accredited?', 'High risk food suppliers e.g. sandwich suppliers are also continually audited to ensure they meet food safety requirements.'),
 (LBF, 'he-consortium', U, LBF_S, 'Most universities have their own in-house catering and a typical TUCO member will source 70% of their food through a TUCO procurement agreement and 30% directly with micro organisations.'),
 # schools' buying
 (EB1, 'schools-buying', U, EB1_T, 'Education Buying’s Further Competition templates have this included.'),
 (EB2, 'schools-buying', U, EB2_S, '52% of Public Sector organisations mentioned that including social value in their procurement led to cost savings.'),
 (B2B, 'schools-buying', U, B2B_S + ': Why is social value important?: Northern Ireland', 'Social Value Legislation is being lobbied'),
 (SCB, 'schools-buying', U, 'Social value in school building projects', 'Our construction frameworks allow schools to embed social value in the way most appropriate to their circumstances.'),
 (EBU, 'schools-buying', U, EBU_S, 'Consider if it is possible to translate your social values into verifiable requirements in your tender specification.'),
 (EBU, 'schools-buying', U, EBU_S, 'Engage with the market before the procurement commences about your social value objectives as it will help identify and mitigate risks.'),
 (CPC, 'schools-buying', U, CPC_S, 'Many educational institutions have social value built into their mission statements and this is normally a good place to start.'),
 (ETF, 'schools-buying', U, ETF_S + ': Our values at the ETF underpin this approach, namely:', 'Trustworthy: We are open, honest and act with integrity'),
 (ESX, 'schools-buying', U, ESX_S + ': Supporting suppliers (employers) to support local employment and skills through social value', 'Suppliers who wish to offer support to the local economy as part of their social value, can contact Skills East Sussex for support and information.'),
 (ESX, 'schools-buying', U, ESX_S + ': Examples of social value being delivered in East Sussex schools', 'The following case study is an example of employers who had social value commitments working in schools.'),
 # police
 (PP7, 'police', U, PP7_S, 'Police Procurement North West (PPNW) employs approximately 40 staff that collectively has responsibility for the procurement of a wide range of goods, services and works across the region to support operational policing.'),
 (PP2, 'police', U, PP2_S, 'We will respond promptly and positively to complaints, comments and suggestions.'),
 (PP2, 'police', U, PP2_S, 'On request, (for all non EU tenders) we will debrief successful and unsuccessful bidders promptly of the outcome of a tender, giving constructive feedback.'),
 (PPH, 'police', U, PPH_S + ': 2. OVERVIEW OF POLICE PROCUREMENT NORTH WEST (PPNW)', 'It is in this environment that the PPNW will collaboratively spend approximately £330 Million of public sector money each year, providing a wide range of commercial opportunities.'),
 (NPF, 'police', U, NPF_S + ': Sustainability/social value training and support to provide:', 'Awareness raising and capacity building for the procurement team and other key stakeholders'),
 (NPF, 'police', U, NPF_S + ': Sustainability/social value training and support to provide:', 'Opportunity to engage procurement staff and build confidence'),
 (NPF, 'police', U, NPF_S + ': An update to procurement documentation to provide:', 'Prompts that ensure sustainability is embedded consistently and included in guidance, which supports procurement professionals'),
 (SSC, 'police', W, SSC_S, 'Galliford Try are the principal contractor for the new police divisional headquarters building under construction in Llay, Wrexham.'),
 (DPC, 'police', W, DPC_S, 'Prior to any contract being awarded and therefore expenditure incurred, a robust value for money assessment is undertaken by both the Office of the Police and Crime Commissioner and the Force.'),
 (BLC, 'police', U, BLC_S + ': Why do we need to change?', 'Whilst there is a great deal of excellent work currently undertaken at a regional / local level such as driving social value, there are activities that, if undertaken at a national level, would add real value to forces.'),
 (BLC, 'police', U, BLC_S + ': Why do we need to change?', 'We are not strategically managing key suppliers and we need to improve resilience to provide a policing-wide response to critical commercial issues.'),
 (MSC, 'police', U, MSC_S, 'The social value tool which has been delivered is seen as market leading.'),
 (CPD, 'police', U, CPD_S, 'Updated Data Protection clause (clause 15)'),
 (CPD, 'police', U, CPD_S, 'Confirmation of BLCs Professional Indemnity Insurance cover (12.3)'),
 # fire
 (KFR, 'fire', U, KFR_S, 'We are committed to ensuring that we operate with integrity and in an open, fair and transparent way, and with a public sector ethos.'),
 (KFR, 'fire', U, KFR_S, 'We do not accept commercial sponsorship from any other organisation in any form for any products or services it delivers.'),
 (SHF, 'fire', U, SHF_S, 'Develops appropriate use of collaboration and partnership arrangements with other brigades, public authorities or the private or voluntary sector'),
 (SHF, 'fire', U, 'Procurement and supplier management: Selling to us: How we buy', 'Many of our goods and services are purchased through existing national or local contracts, or through partnerships with other organisations.'),
 (NFC, 'fire', U, NFC_S, 'The Fire and Rescue Service spends circa £500m a year on goods and services via third party suppliers.'),
 # ambulance
 (SAP, 'ambulance', S, SAP_S, 'Contract award decisions are based on the assessment of a range of evaluation criteria specific to the goods or services being purchased.'),
 (SAP, 'ambulance', S, SAP_S, 'For contracts above the EU thresholds, these criteria and the relevant weightings are included in the contract notice and/or tender documentation.'),
 (SAR, 'ambulance', S, SAR_S, 'A regulated procurement is any procurement for goods or services with an estimated value over the life of the contract of £50,000 or more and any such procurement for works with an estimated value over the life of the contract of £2,000,000 or more.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot')
batch = Batch('public-texts-37.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; pages of one site sharing template wording are one group
    # (APUC's sustainability pages; Education Buying's pages; PPNW's portal pages); else one document, one group.
    if 'apuc-scot.ac.uk' in src: return batch.group_of_source.get(APS, 'apuc-scot.ac.uk')
    if 'educationbuying.com' in src: return 'educationbuying.com/social-value'
    if 'portal/nwpolice' in src: return batch.group_of_source.get(PP2, PP2)
    return src
batch.emit_lists('pub37', R, NEG, group_of, ogl_hosts=OGL_HOSTS)

