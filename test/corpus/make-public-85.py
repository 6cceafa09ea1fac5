"""Write /work/batches/public-texts-85.jsonl: batch 93, FRAMEWORK AGREEMENTS AND THEIR CALL-OFFS IN ENGLAND, as a supplier
bidding for a place on a framework (or for a call-off under it) meets them: what public buying organisations, consortia
and local-authority framework hubs (YPO, ESPO, NEPO, Crescent Purchasing Consortium, LHC Procurement Group, Fusion21,
Efficiency East Midlands, Pagabo, NWUPC, NHS Shared Business Services, NHS London Procurement Partnership, the Southern
Construction Framework, YORhub) publish about social value at framework and at call-off: social value award criteria and
their weightings, employment and skills plans and benchmarks embedded in call-offs, waste, carbon and local spend KPIs
returned by contractors, social value sought in market engagement, commitments of framework suppliers, the measures
buyers ask suppliers with. Hard negatives come from the SAME documents: lot scopes and what is bought (decarbonisation
works, insulation, stairlifts, training bought as the service), price and other quality criteria and their weightings,
framework terms and extensions, direct award and further competition rules, accreditations and carbon reduction plans held
as conditions of participation, performance KPIs, surplus shares, the consortia's own internal environmental plans, teams,
awards and tools.

Sources: Find a Tender notices (and their bidatlas.co.uk / d3tenders.com copies) of YPO's Construction Procurement
Partnership (001325), Stairlifts and Associated Services (001314), Sketch Books and Pads (001250) and Premium Pens (001176)
frameworks, ESPO's 344_26 Signs and 383_25 Managed Learning Services frameworks, NEPO's NEPRO x Financial Resilience
framework (also its Sell2Wales copy), Efficiency East Midlands' EEM0046 Retrofit, Insulation and Associated Works
framework, Fusion21's Decarbonisation framework and its Heating, Renewables and Electrical framework notice (Fusion21's
Delta eSourcing page), NHS SBS's HPCCAS framework, a call-off under its Consultancy and Advisory Services for Health
framework, a direct award under an NHS SBS-managed ICB primary care framework, and the SCF 5 notice; CPC's "What is a
framework?" and framework terms and conditions pages and its "Making a framework work" slides (crescentlearning.ac.uk);
NWUPC's "How to use our frameworks"; LHC's environmental and sustainability policy statement (cpconstruction.org.uk), its
about-us page and SRM Today's report of its N9 framework; NEPO's 2017 "NEPO's Approach to Social Value" and NE Times'
article on NEPO's social value commitments; Pagabo's UK Construction Media feature and World Construction Network's report
of its Refit and Refurbishment framework; YORhub's framework procurement, overview and call-off pages (YORcivil3,
YORbuild2, YORconsult2, YORbuild3 Medium Works) and its employment and skills, sustainability, efficiency and YOR4Good pages
(one group: the site's pages share template wording); the Southern Construction Framework's partner page on the Supply
Chain Sustainability School site; NHS LPP's social value page and its news item on the NHS London TOMs 2022; and the
"Consistent call-off evaluation" section of the Constructing the Gold Standard review (ppponline.affinitext.com, grouped
with the section of the same review the corpus already holds).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus): list bullets dropped, the
"Lot 1 Award Criterion (quality):" label of the bidatlas pages dropped (the section says it), a long item cut at a
sentence end. The AI-written "Summary of the contracting process" of the d3tenders pages is never used. Not scored: the
batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Notice data is OGL v3
(licence string by the copy it was read from; Find a Tender and Sell2Wales pages are Crown copyright); the rest are short
quotations.

  cd /work/main && python3 test/corpus/make-public-85.py > /work/batches/public-texts-85.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U


BA = 'https://bidatlas.co.uk/tenders/'
FT = 'https://www.find-tender.service.gov.uk/Notice/'
D3 = 'https://d3tenders.com/contract/?ocid='
D3J = 'https://d3tenders.com/contract/download.php?ocid='
# YPO
CPP = BA + '009213-2026'                      # 001325 Construction Procurement Partnership (bidatlas)
CPPF = FT + '009213-2026'                     # the same notice on Find a Tender
STL = BA + '014374-2026'                      # 001314 Stairlifts and Associated Services (bidatlas)
STLF = FT + '014374-2026'                     # the same notice on Find a Tender
SKB = BA + '038039-2025'                      # 001250 Sketch Books and Pads (bidatlas)
PEN = D3J + 'ocds-h6vhtk-03b46a'              # 001176 Premium Pens (OCDS download)
# ESPO
SGN = D3 + 'ocds-h6vhtk-051a97'               # 344_26 Signs (d3tenders page)
SGNJ = D3J + 'ocds-h6vhtk-051a97'             # 344_26 Signs (OCDS download)
MLS = BA + '010996-2026'                      # 383_25 Managed Learning Services (bidatlas)
# NEPO
NFR = D3 + 'ocds-h6vhtk-04e82f'               # NEPRO x Financial Resilience (d3tenders)
NFRW = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=OCT558162'
NSV = 'https://www.nepo.org/news-and-events/social-value'
NET = 'https://netimesmagazine.co.uk/technology/27-million-social-value-commitments-only-the-start-for-nepo/'
# Efficiency East Midlands
EEM = D3 + 'ocds-h6vhtk-050ae7'               # EEM0046 Retrofit, Insulation and Associated Works
# Fusion21
DCB = FT + '001058-2025'                      # Fusion21 Decarbonisation Framework
HRE = 'https://fusion21.delta-esourcing.com/commonNoticeSearch/viewNotice.html?displayNoticeId=804060413'
# NHS Shared Business Services
HPC = D3J + 'ocds-h6vhtk-036046'              # SBS10190 HPCCAS framework
ACW = D3J + 'ocds-h6vhtk-038980'              # call-off: A&C workforce review, Croydon Health Services
# Crescent Purchasing Consortium
CPW = 'https://www.thecpc.ac.uk/news/what-is-a-framework'
CPT = 'https://www.thecpc.ac.uk/news/blog/52/how-to-use-framework-terms-and-conditions'
CLV = 'https://crescentlearning.ac.uk/procurement-training-videos/framework-delivery-making-them-work-for-you.php'
# NWUPC
NWU = 'https://www.nwupc.ac.uk/how-to-use-our-frameworks/'
# LHC Procurement Group
LHE = 'https://www.cpconstruction.org.uk/environmental-policy/'
LHA = 'https://lse.lhcprocure.org.uk/about-us'
LN9 = 'https://www.srmtoday.com/new-framework-launched-to-enhance-retrofitting-and-decarbonisation-in-public-sector'
# Pagabo
PUC = 'https://www.ukconstructionmedia.co.uk/features/pushing-social-value/'
PWC = 'https://www.worldconstructionnetwork.com/?p=61935'
# YORhub (Yorkshire and Humber local authorities' construction frameworks)
YCV = 'https://www.yorhub.com/frameworks/yorcivil3/procurement/'
YB2P = 'http://www.yorhub.com/frameworks/yorbuild2/procurement/'
YB2O = 'http://www.yorhub.com/frameworks/yorbuild2/overview/'
YCN = 'https://www.yorhub.com/frameworks/yorconsult2/procurement/'
YB3 = 'https://www.yorhub.com/frameworks/yorbuild3-medium-works/yorbuild3-medium-works-access/'
YES = 'http://www.yorhub.com/what-we-do/employment-and-skills/'
YSV = 'https://www.yorhub.com/social-value/sustainability/'
YSO = 'http://www.yorhub.com/what-we-do/sustainability/'
Y4G = 'https://www.yorhub.com/news/yor4good-fund-updates/'
YEF = 'http://www.yorhub.com/what-we-do/efficiency/'
# Southern Construction Framework (Hampshire and Devon County Councils)
SCS = 'https://www.supplychainschool.co.uk/partners/southern-construction-frameworks/'
SC5 = D3 + 'ocds-h6vhtk-033785'               # SCF 5 notice (d3tenders page)
# NHS London Procurement Partnership
LPM = 'https://www.lpp.nhs.uk/categories/sustainability-social-value/social-value/'
LPN = ('https://www.lpp.nhs.uk/news/enhancements-to-the-nhs-london-themes,-outcomes-and-measures-(toms)-2022-framework-'
       'to-bring-additional-benefits-to-members-and-suppliers/')
# a direct award under an NHS SBS-managed ICB framework
PCS = BA + '041020-2025'
# Constructing the Gold Standard: consistent call-off evaluation (the held section of the same book keeps its group)
GSC = 'https://ppponline.affinitext.com/public/book?id=5922&toc_id=878150'
GSB = 'https://ppponline.affinitext.com/public/book?id=5922&toc_id=878115'

OCID = {CPP: 'ocds:ocds-h6vhtk-05f133', CPPF: 'ocds:ocds-h6vhtk-05f133', STL: 'ocds:ocds-h6vhtk-058c9e',
        STLF: 'ocds:ocds-h6vhtk-058c9e', SKB: 'fts:038039-2025', SGN: 'ocds:ocds-h6vhtk-051a97',
        SGNJ: 'ocds:ocds-h6vhtk-051a97', MLS: 'fts:010996-2026', NFR: 'ocds:ocds-h6vhtk-04e82f',
        NFRW: 'ocds:ocds-h6vhtk-04e82f', DCB: 'ocds:ocds-h6vhtk-04b57d', SC5: 'ocds:ocds-h6vhtk-033785',
        PCS: 'ocds:ocds-h6vhtk-05616f'}

# section headings
CPP_S = 'YPO - 001325 - Construction Procurement Partnership'
CPP_A = CPP_S + ': Award criteria (lot 1)'
STL_S = 'YPO - 001314 Stairlifts and Associated Services'
STL_A = STL_S + ': Award criteria (lot 1)'
SKB_S = 'YPO - 001250 Sketch Books and Pads: Lot 1: Layout, Tracing Pads and Paper'
PEN_S = '001176 - The Supply of Pens and other writing Implements (YPO)'
SGN_S = '344_26 Signs (ESPO)'
SGN_E = SGN_S + ': Preliminary market engagement: Suppliers are being engaged with to determine:'
MLS_S = '383_25 Managed Learning Services (ESPO): Description'
NFR_S = 'NEPRO x Financial Resilience (NEPO)'
NSV_S = "NEPO's Approach to Social Value"
NET_S = "£27 million social value commitments 'only the start' for NEPO"
EEM_S = 'EEM0046 Retrofit, Insulation and Associated Works Framework (Efficiency East Midlands): Notice Description'
DCB_S = 'Fusion21 Decarbonisation Framework: two.1.4) Short description'
HRE_S = 'Fusion21 Heating, Renewables, and Electrical Framework: II.1.4) Short description'
HPC_S = 'NHS SBS Healthcare Planning, Construction Consultancy and Ancillary Services (HPCCAS) SBS10190: Description'
ACW_S = 'A&C Workforce Review CHS (call-off under the NHS SBS Consultancy and Advisory Services for Health framework)'
CPW_S = 'What Is A Framework? (Crescent Purchasing Consortium)'
CPW_SEL = CPW_S + ': The selection criteria will examine such areas as;'
CPW_AW = CPW_S + ': The award criteria will consider such areas as;'
CPT_S = 'How to use framework Terms and Conditions (Crescent Purchasing Consortium)'
CLV_S = 'Making a Framework Work (Crescent Purchasing Consortium training): What is a Framework?'
NWU_S = 'How To Use Our Frameworks (NWUPC)'
LHE_S = 'Environmental and Sustainability Policy Statement (LHC): We will:'
LHA_S = 'About LHC: Top 5 reasons to choose LHC'
LN9_S = 'New framework launched to enhance retrofitting and decarbonisation in public sector (LHC N9)'
PUC_S = 'Above and beyond: Pushing Social Value (Pagabo)'
PWC_S = "Pagabo's Refit and Refurbishment Framework awarded to 93 suppliers"
YCV_S = 'YORcivil3 (YORhub): Procurement process'
YB2P_S = 'YORbuild2 (YORhub): Procurement'
YB2O_S = 'YORbuild2 Overview (YORhub): Through a collaborative approach YORbuild2 aims to achieve:'
YCN_S = 'YORconsult2 (YORhub): Procurement process'
YB3_S = 'YORbuild3 Medium Works (YORhub): Call-off methods'
YES_S = 'Employment and Skills (YORhub)'
YSV_S = 'Sustainability (YORhub social value): Waste and carbon reduction'
YSO_S = 'Sustainability (YORhub): Waste and Carbon Reduction'
Y4G_S = 'YOR4Good fund updates (YORhub): Three routes to funding'
YEF_S = 'Efficiency (YORhub): Performance Strategy'
SCS_S = 'Southern Construction Frameworks (Supply Chain Sustainability School partner page)'
SC5_S = 'SCF 5 (Hampshire County Council, Devon County Council)'
LPM_S = 'Social Value (NHS London Procurement Partnership)'
LPN_S = 'Enhancements to the NHS London Themes, Outcomes and Measures (TOMs) 2022 framework (NHS LPP)'
PCS_S = 'Framework Agreement for the Provision Primary Care at Scale Services - Framework Lot 2-6 (NHS Shared Business Services)'
GSC_S = 'Constructing the Gold Standard: Consistent call-off evaluation: framework providers, clients and managers should avoid the inefficiencies caused by:'
GSB_S = 'Constructing the Gold Standard: Frameworks and social value'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # YPO: social value / sustainability as a framework award criterion
 (CPP, 'fw-notice', U, MU, [], CPP_A, 'Social Value/Sustainability (20%)', {'weighting_percent': 20}),
 (STL, 'fw-notice', U, MU, [], STL_A, 'Social Value / Sustainability (20%)', {'weighting_percent': 20}),
 # ESPO: localised social value sought from the framework's suppliers
 (SGNJ, 'fw-notice', U, MU, [], SGN_E, 'To gain an understanding of whether localised Social Value can and will be offered under the scope of the contract.'),
 # CPC: award and selection areas of its framework tenders
 (CPW, 'fw-consortium', U, MU, [], CPW_AW, 'Corporate Social Responsibility'),
 (CPW, 'fw-consortium', U, EI, [], CPW_SEL, 'Skills and Apprentices'),
 (CLV, 'fw-consortium', U, MU, [], CLV_S, 'Areas of Award Criteria Assessment include: Price, Quality, Added Value, Social Value'),
 # LHC: net zero work with appointed companies; N9's social value strategy
 (LHE, 'fw-consortium', U, CL, [], LHE_S, 'Work with our appointed companies to achieve net zero by understanding and reducing the environmental impact of projects delivered, including carbon footprints, energy efficiency, and waste management.'),
 (LN9, 'fw-news', U, MU, [], LN9_S, 'The framework also implements a new social value strategy, intending to monitor and report on the impact of projects undertaken through the N9 framework.'),
 # NEPO: where social value applies, and what suppliers committed
 (NSV, 'fw-consortium', U, MU, [], NSV_S, 'Construction procurements traditionally included social value but it is now being applied across the board on all NEPO procurements and many local authority procurements.'),
 (NSV, 'fw-consortium', U, MU, [], NSV_S, 'It is anticipated that there will be a renewed focus on working with incumbent suppliers on social value delivery through a standardised contract management process.'),
 (NET, 'fw-news', U, MU, [], NET_S, 'These have included creating jobs, increasing local supply chain spending, donations or in-kind contributions and reforestation initiatives.'),
 # Pagabo: a social value minimum at framework call-off
 (PUC, 'fw-news', U, MU, [], PUC_S, 'In fact, not believing there should be a limit, we push for all our procurements to have 10% of the contract value dedicated to social value as a minimum.'),
 # YORhub: social value in framework award and in call-offs (employment and skills, waste, carbon, community fund)
 (YCV, 'fw-consortium', U, MU, [], YCV_S, 'Firms appointed on the basis of 40% price, 50% quality, 10% social value', {'weighting_percent': 10}),
 (YCV, 'fw-consortium', U, MU, [], YCV_S + ': Quality assessment based on:', 'Social and Environmental Value (support of YOR4GOOD Fund/Environment measures/Employment and Skills)'),
 (YB2P, 'fw-consortium', U, EI, [], YB2P_S + ': Quality assessment based on:', 'Social responsibility (Employment and skills plan and Method Statement/ Local economy)'),
 (YB2P, 'fw-consortium', U, CL, [], YB2P_S + ': Quality assessment based on:', 'Sustainability (Carbon reduction)'),
 (YCN, 'fw-consortium', U, EI, [], YCN_S + ': Quality assessment based on:', 'Employment and Skills Method Statement'),
 (YB2O, 'fw-consortium', U, EI, [], YB2O_S, 'Effective engagement with the regional economy via YORbuild2 Framework Contractors.'),
 (YB2O, 'fw-consortium', U, EI, [], YB2O_S, 'Impact upon Employment and Training programmes via YORbuild2 Framework Contractors.'),
 (YB2O, 'fw-consortium', U, CL, [], YB2O_S, 'Improve sustainability performance through well planned programmes.'),
 (YES, 'fw-consortium', U, EI, [], YES_S + ': Focus on Employment and Skills', 'Employment and Skills is a key element of the whole ethos of the YOR frameworks, which are designed to deliver not only efficiencies but also tangible opportunities for local people.'),
 (YES, 'fw-consortium', U, EI, [], YES_S + ': Focus on Employment and Skills', 'All of the frameworks have an employment and skills output plan contractually embedded in order to create a supply chain for skills and provide local opportunities for training and apprenticeships.'),
 (YES, 'fw-consortium', U, EI, [], YES_S + ': The Story So Far', 'Benchmarks for Employment and Skills outputs for typical projects in each lot/value band are introduced at the tender stage of all YOR frameworks.'),
 (YES, 'fw-consortium', U, EI, [], YES_S + ': The Story So Far', 'It ensures the clear communication of Employment and Skills requirements and enables open dialogue and active monitoring between client and contractor/consultant.'),
 (YES, 'fw-consortium', U, EI, [], YES_S + ': The Story So Far', 'The benchmarks become a site reality at project specification stage, when they are adjusted to meet the client’s priorities, the type of work, duration, location and time of year etc. and also within the YORconsult framework particularly the type of commission.'),
 (YES, 'fw-consortium', U, EI, [], YES_S + ': The Story So Far', 'YORconsult overcomes some of the potential barriers to achieving outputs by having annual targets as well as project specific targets.'),
 (YSV, 'fw-consortium', U, CL, [], YSV_S, 'Our frameworks aim to produce less than four tonnes of waste per £100k, of which no more than two tonnes of waste per £100k are to be sent to landfill.'),
 (YSV, 'fw-consortium', U, CL, [], YSV_S, 'Key performance indicators are generated for each project and contractors are required to return the following necessary data:'),
 (YSV, 'fw-consortium', U, CL, [], YSV_S + ': contractors are required to return the following necessary data:', 'Waste to landfill (tonnes)'),
 (YSV, 'fw-consortium', U, CL, [], YSV_S, 'YORhub has successfully trialled a carbon KPI that measured carbon reduction performance on a number of sample projects.'),
 (YSV, 'fw-consortium', U, EI, [], YSV_S, 'The locality of spend in relation to the construction project is also measured and monitored.'),
 (YSO, 'fw-consortium', U, CL, [], YSO_S, 'YORbuild and YORcivil have signed up to the Halving Waste to Landfill commitment led by WRAP, as have many of the contractors on the frameworks.'),
 (YSO, 'fw-consortium', U, CL, [], YSO_S + ': Environmental Performance: Contractors’ performance scores include two environmental criteria:', 'a satisfaction score based upon the contractors attempts to minimise the environmental impact of the project.'),
 (YSO, 'fw-consortium', U, CL, [], YSO_S + ': Sustainable Steel', 'YORhub’s call-off contracts offer the option to specify that steel confirms to BES6001 or an equivalent standard.'),
 (Y4G, 'fw-consortium', U, WB, [], Y4G_S + ': Cash Grants', 'The Cash Grant Fund is accumulated from cash contributions made when framework contractors choose to make a cash payment to support their social value commitment.'),
 (Y4G, 'fw-consortium', U, WB, [], Y4G_S + ': Site Initiatives', 'Site initiatives are a means of delivering small scale community projects, utilising resources donated by a YORbuild3 or YORcivil framework contractor.'),
 # Southern Construction Framework: what its framework partners commit to
 (SCS, 'fw-consortium', U, MU, [], SCS_S + ': About Southern Construction Framework', 'Cultivate continuous development from a collaborative and integrated team approach – offering a flexible means of delivering social, environmental and sustainability outcomes targeted to the needs of the project.'),
 (SCS, 'fw-consortium', U, MU, [], SCS_S + ': Sustainability and the supply chain', 'SCF framework partners are committed to positively promoting Sustainability for SCF projects encompassing positive social and environmental legacies.'),
 (SCS, 'fw-consortium', U, CL, [], SCS_S + ': Sustainability and the supply chain', 'SCF commitments are recognised in the built environment as critical to meet the net zero carbon ambition, working with communities to deliver a net zero future.'),
 (SCS, 'fw-consortium', U, MU, [], SCS_S + ': Sustainability and the supply chain', 'SCF Social Legacies ensure each project provides a future-proof and lasting legacy exceeding the Public Services (Social Value) Act 2012 and clients needs and drivers to meet local, national and global goals.'),
 (SCS, 'fw-consortium', U, EI, [], SCS_S + ': Sustainability and the supply chain', 'SCF Supply Chain commitments include fair and transparent payment practices as an essential underpinning to achieve successful integrated working on construction projects.'),
 # NHS London Procurement Partnership: the weighting and the measures it asks suppliers with
 (LPM, 'fw-consortium', U, MU, [], LPM_S + ': How did we get here?', 'NHSE adopted this PPN and have mandated that NHS organisations include a minimum 10% weighting for social value in all procurement activity from April 2022 through their ‘Applying net zero and social value in the procurement of NHS good and services’ guidance.', {'weighting_percent': 10}),
 (LPM, 'fw-consortium', U, WB, ['economic-inequality'], LPM_S, 'The impact we intend for communities is to reduce inequalities and improve the health and wellbeing of the population.'),
 (LPN, 'fw-consortium', U, MU, [], LPN_S, 'This allows members to measure the impact of social value commitments in pounds over four themes to address current social issues and priorities, including tackling economic inequality, equal opportunity, wellbeing and fighting climate change.'),
 (LPN, 'fw-consortium', U, MU, [], LPN_S, 'The framework is based on the PPN 06/20 Social Value Model, whilst incorporating measures from the National TOMs, Facilities Management TOMs, Real Estate TOMs and GLA TOMs to create a hybrid model, to address the social value priorities in London.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # YPO 001325: the other award criteria, what is bought
 (CPP, 'fw-notice', U, CPP_A, 'Quality (30%)', {'weighting_percent': 30}),
 (CPP, 'fw-notice', U, CPP_A, 'Delivery and Customer Service (30%)', {'weighting_percent': 30}),
 (CPP, 'fw-notice', U, CPP_A, 'Commercial and Marketing (20%)', {'weighting_percent': 20}),
 (CPPF, 'fw-notice', U, CPP_S + ': Scope: Description', 'YPO are seeking a single Supplier to be appointed as a partner via a Concession Contract following an Open Procedure for the provision of procurement services.'),
 # YPO 001314: other award criteria, lot rules, what is bought
 (STL, 'fw-notice', U, STL_A, 'Cost (30%)', {'weighting_percent': 30}),
 (STL, 'fw-notice', U, STL_A, 'Quality (includes Delivery and Customer Service) (50%)', {'weighting_percent': 50}),
 (STL, 'fw-notice', U, STL_S + ': Lot 1: Seated Stairlifts - Straight and Curved', "Lot 1 - SEATED STAIRLIFTS - STRAIGHT & CURVED - Supply and installation of new equipment including servicing, maintenance, removal, storage, refurbishment, and re-siting of equipment under original manufacturer's warranty."),
 (STLF, 'fw-notice', U, STL_S + ': Scope: Description', 'This Framework is designed to meet the needs of YPO and Other Contracting Authorities by establishing an agreement where the end customer will place the order with the Supplier and the Supplier delivered direct to the end customer.'),
 (STLF, 'fw-notice', U, STL_S + ': Lot constraints: Description of how multiple lots may be awarded:', 'Suppliers are only able to apply to join Sub-Lots 7.1 to 7.6, if they have applied to join any Lots 1-6 only and are successful for any Lots 1-6 at the evaluation stage.'),
 # YPO stock frameworks: extensions, KPI-linked review, standstill
 (SKB, 'fw-notice', U, SKB_S + ': Options', "The first decision to extend the contract period will be taken by the end of March 2027 and will be dependent on satisfactory completion of all aspects of the contract to date, the current market conditions for this category and YPO’s contracting structures."),
 (PEN, 'fw-notice', U, PEN_S + ': Description', 'The standstill period will be for a minimum of 10 calendar days, and provides time for unsuccessful tenderers to challenge the award decision before the contract is entered into.'),
 # ESPO 344_26 Signs: the rest of the market engagement, the lots, the extension
 (SGNJ, 'fw-notice', U, SGN_E, 'To ensure the market is prepared for carbon reduction plans to be included as a condition of participation for the procurement.'),
 (SGNJ, 'fw-notice', U, SGN_E, 'If there have been any changes or developments in the market which should be incorporated into the framework scope/specification such as new product lines or a change in insurance provisions.'),
 (SGN, 'fw-notice', U, SGN_S + ': Notice Description', 'An ESPO national framework agreement for the supply and installation of signs including safety signs, corporate signage, road name signs and electronic signs.'),
 (SGN, 'fw-notice', U, SGN_S + ': Lot Information: Renewal', 'The framework agreement has the option to extend for up to a further 24 months (under normal circumstances this will either be completed in full or in 12-month periods and is subject to the performance of the framework).'),
 # ESPO 383_25: training bought as the service
 (MLS, 'fw-notice', U, MLS_S, "ESPO framework provides access to Managed Service Providers (MSPs) for the sourcing, administration and management of customers' training requirements."),
 # NEPO NEPRO x Financial Resilience: term, call-off access
 (NFR, 'fw-notice', U, NFR_S + ': Notice Description', 'The Framework is intended to commence on 1 April 2026 and will have an initial term of four years.'),
 (NFRW, 'fw-notice', U, NFR_S + ': Framework operation description', 'This Framework will be made accessible to the Member Authorities and the Associate Members of NEPO via Call-Off contracts.'),
 # NEPO: toolkit, awards
 (NSV, 'fw-consortium', U, NSV_S, 'NEPO has developed a Social Value Toolkit to assist procurement officers, and a Social Value Delivery Group made up of procurement officers from across the region is now moving into a new phase.'),
 (NET, 'fw-news', U, NET_S, 'The work helped secure awards at the National Social Value and GO Awards for NEPO in 2022.'),
 # Efficiency East Midlands: what is bought, term
 (EEM, 'fw-notice', U, EEM_S, "The Framework will provide EEM Members with a provision for the design, enabling and installation of various types of insulation as described within the tender documents along with all associated works to aid with improving the thermal performance of our membership's property stock."),
 # Fusion21: decarbonisation bought, accreditations as conditions
 (DCB, 'fw-notice', U, DCB_S, 'Provision of decarbonisation works and services for use by current and prospective Members.'),
 (DCB, 'fw-notice', U, DCB_S, 'This procurement exercise is inviting tenders from all interested companies who meet the criteria set out in the tender documentation for the Lots they wish to bid for, this includes PAS2030 accreditation (Lot 1) and a commitment to achieve PAS2038 accreditation (Lot 2).'),
 (HRE, 'fw-notice', U, HRE_S, 'Fusion21 is developing a Framework for the full provision of Heating, Renewables, and Electrical works for UK Public Sector public sector organisations to access.'),
 # NHS SBS: no guaranteed business; unregulated call-offs
 (HPC, 'fw-notice', U, HPC_S, 'NHS SBS cannot guarantee to successful Suppliers any business through this Framework Agreement.'),
 (ACW, 'fw-notice', U, ACW_S + ': Description', "In such cases, Call-off Contracts from this Framework will be unregulated purchases for the purposes of the Procurement Regulations, and Approved Organisations may, at their discretion, modify the terms and conditions of any Call-off Contracts to reflect that Approved Organisation's specific needs."),
 # CPC: selection and award areas, lots, direct award, terms
 (CPW, 'fw-consortium', U, CPW_SEL, 'Modern Slavery Act 2015'),
 (CPW, 'fw-consortium', U, CPW_SEL, 'Economic and Financial Standing'),
 (CPW, 'fw-consortium', U, CPW_AW, 'Customer Requirements'),
 (CPW, 'fw-consortium', U, CPW_S, 'Some of these areas are simple pass/fail questions, whilst some allow for discretion by the consortia.'),
 (CPW, 'fw-consortium', U, CPW_S, 'Some frameworks allow members to make a direct award on a framework normally where a single supplier has clearly been identified as the top scoring supplier at the tender stage wither on the framework or a particular Lot.'),
 (CPT, 'fw-consortium', U, CPT_S, 'A framework agreement itself is not a contract, but the call-offs made from it are.'),
 (CLV, 'fw-consortium', U, CLV_S, 'A framework does not define user requirements as these are determined at call off'),
 (CLV, 'fw-consortium', U, CLV_S, 'A framework is not a contract for procurement between CPC and the supplier as this is achieved at call off'),
 # NWUPC: framework term, direct award
 (NWU, 'fw-consortium', U, NWU_S, 'A group of suppliers will be awarded to the Framework Agreement based on the requirements of the tender and the arrangement will be in place for a set period of time, generally four years.'),
 (NWU, 'fw-consortium', U, NWU_S + ': Direct Award', 'A direct award means that all the specifications laid out in the tender meet your own and that your requirements were fully addressed within the tender documents.'),
 # LHC: its own operations and plans; call-off speed; surplus share; what N9 buys
 (LHE, 'fw-consortium', U, LHE_S, 'Work to reduce the greenhouse gas emissions generated through our operations and mitigate the remaining emissions.'),
 (LHE, 'fw-consortium', U, LHE_S, 'Ensure all staff within the LHC Group engage with external training to develop knowledge and expertise within this area.'),
 (LHA, 'fw-consortium', U, LHA_S + ': Fast and efficient procurement', 'Once LHC Appointed Companies have been established for a framework, the process of calling-off projects and commissioning work is very efficient.'),
 (LHA, 'fw-consortium', U, LHA_S + ': Financial gains for clients, suppliers and communities', 'Clients who spend more than £200,000 on two or more frameworks in a year, will benefit from a share in the LHC operating surplus we return to Partners, which in 2019/20 was over £1.3m.'),
 # Pagabo: guidance status, framework terms, tool
 (PUC, 'fw-news', U, PUC_S, 'However, one of the problems with PPN 06/20 is that despite its positive intent, it is still only guidance.'),
 (PWC, 'fw-news', U, PWC_S, 'It will allow clients to select suppliers through both direct award and competition proceedings in a compliant and collaborative way.'),
 (PWC, 'fw-news', U, PWC_S, 'The chosen suppliers and clients will get free access to the social value calculation tool from Loop for Pagabo-procured works.'),
 # Constructing the Gold Standard: call-off evaluation
 (GSC, 'fw-review', U, GSC_S, 'Lowest price evaluation creeping back in at call-off'),
 (GSC, 'fw-review', U, GSC_S, 'Expensive delays in the call-off process'),
 (GSC, 'fw-review', U, GSC_S, 'Call-off questions that are disproportionate to the value and complexity of the project'),
 # YORhub: price and other quality criteria, call-off methods, performance monitoring
 (YCV, 'fw-consortium', U, YCV_S + ': Quality assessment based on:', 'Contract/Pricing (Call off process and Contract Compliance)'),
 (YCV, 'fw-consortium', U, YCV_S + ': Quality assessment based on:', 'Contractor Design (how the contractor will work with Clients when design is required)'),
 (YB2P, 'fw-consortium', U, YB2P_S, 'Firms appointed on the basis of 50% price/ 50% quality'),
 (YB2P, 'fw-consortium', U, YB2P_S + ': Quality assessment based on:', 'Operations management (People/Programme/H&S/BIM/Contractors Design/Housing best practice)'),
 (YCN, 'fw-consortium', U, YCN_S, 'Firms assessed first against minimum standards then on price (60%) and quality (40%)'),
 (YB3, 'fw-consortium', U, YB3_S + ': 1. Direct selection (rotation)', 'A framework contractor is directly selected using the direct selection (rotation) process from the respective lot of the framework without competition and based upon qualitative criteria.'),
 (YB3, 'fw-consortium', U, YB3_S + ': 2. Price/quality mini competition (two stage)', 'Note that the framework has been set up to permit variance in the balance of price/quality assessments, which can range between 20/80 and 80/20.'),
 (YSV, 'fw-consortium', U, YSV_S + ': contractors are required to return the following necessary data:', 'Start and end date of the project'),
 (YES, 'fw-consortium', U, YES_S + ': The Story So Far', 'YORbuild was the first regional framework agreement to achieve National Skills Academy Status from CITB and Proskills.'),
 (YEF, 'fw-consortium', U, YEF_S, 'The questionnaires used to assess YORbuild and YORcivil Contractor performance, completed by the Project Manager, comprise of 8 Key Performance Indicators (KPIs), highlighting issues and areas of strong performance.'),
 # Southern Construction Framework: delivery, technical support, performance management
 (SCS, 'fw-consortium', U, SCS_S + ': About Southern Construction Framework', 'Provide unrivalled technical support delivered by a dedicated framework management team – from first contact to one-year post occupation.'),
 (SCS, 'fw-consortium', U, SCS_S + ': About Southern Construction Framework', 'Proactively manage contractor performance through data driven intelligence at project, framework and industry levels.'),
 (SC5, 'fw-notice', U, SC5_S + ': Lot Information: South West England', 'The framework will include pre and post contract construction services for the management and development of projects procured by mini-competition or direct award.'),
 # NHS LPP: the team; NHS SBS-managed framework: a call-off without competition
 (LPM, 'fw-consortium', U, LPM_S, 'Our dedicated Sustainability and Social Value team uses its expert knowledge to design effective social value solutions in tenders that both accommodate the category area of procurements, as well as the needs of local communities.'),
 (PCS, 'fw-notice', U, PCS_S + ': Lot Description', 'This notice is confirmation of an award having been made based on a framework agreement and without a competition.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk', 'sell2wales.gov.wales')
batch = Batch('public-texts-85.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>`, or
    # `fts:<Find a Tender id>` where the copy read names no ocid) with all its copies, and the sections of the
    # Constructing the Gold Standard review with the section the corpus already holds.
    if src == GSC: return batch.group_of_source.get(GSB, GSB)
    if 'yorhub.com' in src: return 'yorhub.com'
    return OCID.get(src, src)
batch.emit_lists('pub85', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
