"""Write /work/batches/public-texts-35.jsonl: batch 35, more NORTHERN IRELAND texts on social value as NI buyers put it
to suppliers, from sources the corpus did not yet hold: PPN 01/21 "Scoring Social Value" as reported to suppliers (the
minimum 10% award weighting, the living wage condition, what social value may cover), the Buy Social approach (targeted
recruitment and training for new entrant trainees, the Buy Social toolkit), CPD's agency workers framework that piloted
Buy Social, Education Authority procurement case studies (catering supply contracts with social value objectives), the
Department for Communities' social housing procurement strategy, Queen's University Belfast's green purchasing pages,
Belfast City Council's social value report, NILGA's social value event, and NI notices (NIHE, DoF/CPD, BSO PaLS,
Tourism NI); with hard negatives from the same documents (thresholds and weightings, living wage as a contract
condition, what is bought, lots and award mechanics, ISO 14001 held, modern slavery statement, eTendersNI
registration, procurement principles).

Sources: Pioneers Post and Arfon Consulting on the PPN 01/21 announcement, SEWF's summary of PPN 01/21, Social Value
NI's procurement resources page, buysocialni.org's About Buy Social page, Agenda NI's Buy Social article,
socioeco.org's summary of the Buy Social toolkit, NILGA news, the Department of Finance's agency workers framework
article (finance-ni.gov.uk), the Department for Communities' procurement strategy for the Social Housing Development
Programme (communities-ni.gov.uk), the Education Authority's case studies (prepared meals, fresh muffins, non-statutory
specialist pre-school provision) and its How we buy page, Queen's University Belfast's environmental purchasing pages
for suppliers and buyers, a Belfast City Council Strategic Policy and Resources committee item, Translink pages
(procurement policies, modern slavery statement) and a Bizclik feature on Translink procurement, Social Value NI case
studies (the NICS agency workers contract; grounds maintenance with The Turnaround Project), Belfast City Council's
Social Value Terms and Conditions (interpretation clause) and a committee report on social value delivery, Business in
the Community NI's award story on NI Water, and notices: Find a Tender (NIHE periodic electrical inspection; DoF
temporary agency workers; Tourism NI Employer Recognition Programme), bidatlas.co.uk (DoF agency workers award
criteria) and d3tenders.com (BSO PaLS disposable paperware).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown
copyright pages (finance-ni.gov.uk, communities-ni.gov.uk, find-tender.service.gov.uk) and notice data are OGL v3; the
rest are short quotations.

  python3 test/corpus/make-public-35.py > /work/batches/public-texts-35.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU

N = 'northern-ireland'

PP = ('https://www.pioneerspost.com/news-views/20210706/'
      'northern-ireland-s-long-awaited-social-value-policy-opens-door-3bn-annual-spend')
AR = ('https://arfon-consulting.squarespace.com/blog/'
      'northern-ireland-publishes-new-social-value-driven-public-procurement-policy')
SVA = 'https://socialvalueni.org/case-studies/social-value-in-the-nics-agency-workers-contract'
MH = 'https://socialvalueni.org/case-studies/making-hope-a-reality'
BTC = 'https://www.belfastcity.gov.uk/Documents/Social-Value-Terms-and-Conditions/1-Interpretation'
BM2 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=72394'
NIW = 'https://www.bitcni.org.uk/success-story/fair-chance-for-all-award-2022/'
SW = 'https://sewfonline.com/resource/northern-ireland-procurement-policy-note-ppn-01-21-social-value-in-procurement/'
SVP = 'https://socialvalueni.org/procurement/'
AB = 'https://buysocialni.org/about-buy-social/'
AG = 'http://www.agendani.com/buy-social-pioneering-approach-public-procurement/'
SE = 'https://www.socioeco.org/bdf_fiche-outil-106_en.html'
NL = 'https://www.nilga.org/news/2025/october/social-value-in-action-across-ni-local-government'
AWF = 'https://www.finance-ni.gov.uk/articles/framework-agreement-supply-agency-workers-ni-public-sector'
CNI = 'https://www.communities-ni.gov.uk/procurement-strategy-social-housing-development-programme'
EAM = 'https://www.eani.org.uk/case-study-for-sme-participation-prepared-meals'
EAF = 'https://www.eani.org.uk/case-study-for-fresh-muffins-and-associated-items'
EAN = ('https://www.eani.org.uk/case-study-for-ppn-0121-ppn-0221-non-statutory-specialist-pre-school-provision-nsp-'
       'for-children')
EAH = 'https://www.eani.org.uk/about-us/finance/procurement/how-we-buy'
QS = 'http://www.qub.ac.uk/directorates/FinanceDirectorate/Purchasing/EnvironmentalPurchasing-InformationforSuppliers/'
QB = ('http://www.qub.ac.uk/directorates/FinanceDirectorate/FinancialServices/Procurement/'
      'EnvironmentalProcurement-InformationforBuyers/')
BCC = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=48524'
TLP = 'https://www.translink.co.uk/corporate/procurement/aboutprocurement/policies'
TLM = 'https://www.translink.co.uk/corporate/corporategovernance/modernslavery'
TLB = 'https://publication.bizclikmedia.com/translink-report/0733679001749197029/p6'
# notices
NIHE = 'https://www.find-tender.service.gov.uk/Notice/035925-2025'
AWT = 'https://www.find-tender.service.gov.uk/Notice/064882-2025'
AWB = 'https://bidatlas.co.uk/tenders/064882-2025'
TNI = 'https://www.find-tender.service.gov.uk/Notice/011177-2026?origin=SearchResults&p=1'
PWR = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03b0d5'

PP_S = 'Northern Ireland’s long-awaited social value policy opens door to £3bn annual spend'
AR_S = 'Northern Ireland publishes new social value driven public procurement policy'
SVA_S = 'Social Value in the NICS Agency Workers Contract: Contract requirements'
SVA_L = SVA_S + ': The contract also included the following social value requirements:'
MH_S = 'Making Hope a Reality'
BTC_S = 'Social Value Terms and Conditions (Belfast City Council): 1. Interpretation'
BTC_D = BTC_S + ': 1.3: In these Social Value Terms and Conditions, the following words will have the following meanings:'
BM2_S = 'Belfast City Council Strategic Policy and Resources Committee: Social value outcomes (agenda item)'
NIW_S = 'Fair Chance for All Award 2022 (Business in the Community NI): Northern Ireland Water: What NI Water Did'
SW_S = 'Northern Ireland Procurement Policy Note (PPN) 01/21 – Social Value in Procurement'
SVP_S = 'Advice and Support for Procurement Officers: Scoring social value in IT and services contracts e-learning'
AB_S = 'About Buy Social'
AB_U = 'About the Social Value Unit'
AB_E = AB_S + ': Buy Social Explained'
AG_S = 'Buy Social: a pioneering approach to public procurement'
AG_K = AG_S + ': Key benefits will include:'
SE_S = 'Buy Social : A practical guide to socially responsible procurement: Summary'
SE_C = SE_S + ': The contribution to ‘social sustainability’ can be:'
NL_S = 'Social value in action across NI local government'
AWF_S = 'Framework agreement for the supply of agency workers for the NI public sector'
AWF_P = AWF_S + ': Project background'
AWF_B = AWF_S + ': Piloting the \'Buy Social\' toolkit'
CNI_S = 'Procurement strategy for the Social Housing Development Programme'
CNI_O = CNI_S + ': Procurement Strategy Objectives'
CNI_B = CNI_S + ': Programme Board Purpose – Terms of Reference'
EAM_S = 'Case Study for SME participation – Prepared Meals'
EAF_S = 'Case Study for Fresh Muffins and Associated Items: Social Value Incorporation into the contract for Fresh Muffins and Associated Items'
EAN_S = 'Case Study for PPN 01/21 & PPN 02/21 – Non-Statutory Specialist Pre-School Provision (NSP) for Children'
EAH_S = 'How we buy (Education Authority)'
QS_S = 'Environmental Purchasing - Information for Suppliers (Queen\'s University Belfast)'
QS_R = QS_S + ': There are several environmental, economic and social reasons why Queen\'s undertakes greener purchasing:-'
QB_S = 'Environmental Procurement - Information for Buyers (Queen\'s University Belfast)'
QB_R = QB_S + ': Why do it?: There are several economic, environmental and social reasons why we in Queen’s should undertake greener purchasing. These include:'
BCC_S = 'Belfast City Council Strategic Policy and Resources Committee: Social value (agenda item)'
TLP_S = 'Translink: Procurement Policies: Northern Ireland Procurement Policy'
TLM_S = 'Translink: Modern Slavery Statement'
TLB_S = 'Translink (Bizclik feature): The evolving role of procurement'
NIHE_S = 'Periodic Electrical Inspection & Testing to Domestic Properties (Northern Ireland Housing Executive): Scope: Description'
AWT_S = 'Provision of Temporary Agency Workers for Northern Ireland Civil Service, Agencies and Non Departmental Public Bodies (Department of Finance)'
AWB_S = AWT_S + ': Lots: Lot 1: DfC Administration roles and Corporate Functions'
TNI_S = 'Employer Recognition Programme (Tourism NI): Scope: Description'
PWR_S = 'Disposable Paperware [4893873] (Procurement and Logistics Service): Lot Information: Paper Hand Towels and Toilet Tissue'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # PPN 01/21 as reported
 (PP, 'ni-ppn0121', N, MU, [], PP_S, 'Definitions of this can vary depending on the contract, but may include creating jobs in deprived areas, providing environmental benefits or safeguarding workers’ mental health.'),
 (AR, 'ni-ppn0121', N, MU, [], AR_S, 'Definitions of this will vary depending on the subject matter of the contract, but social value indicators often include creating jobs in deprived areas, providing environmental benefits, or safeguarding workers’ mental health.'),
 (SW, 'ni-ppn0121', N, MU, [], SW_S, 'It encourages support for small businesses, fair working conditions, ethical supply chains, environmental responsibility and community benefits.'),
 # Buy Social
 (AB, 'ni-buysocial', N, MU, [], AB_E, 'It specifically addresses key quality of life indicators such as; personal well-being, social cohesion and inclusion, equal opportunities and sustainable development.'),
 (AB, 'ni-buysocial', N, MU, [], AB_E, 'The Buy Social Toolkits are practical guides to help those with procurement responsibilities to generate benefits to society and the local economy through the contracts they let.'),
 (AG, 'ni-buysocial', N, MU, [], AG_S, 'The Buy Social model delivers real benefits to communities by integrating social clauses into public contracts, writes the Strategic Investment Board.'),
 (AG, 'ni-buysocial', N, EI, [], AG_K, 'Targeted recruitment and training for people who are long-term unemployed and leaving education;'),
 (AG, 'ni-buysocial', N, EO, ['economic-inequality'], AG_K, 'Opportunities for people with disability or learning difficulties.'),
 (SE, 'ni-buysocial', N, MU, [], SE_S, '‘Buy Social’ is simply a principle. People responsible for public purchasing should consider how they can do this in a way that delivers additional benefits for Northern Ireland’s people and communities, and especially those with the greatest needs.'),
 (SE, 'ni-buysocial', N, EI, [], SE_C, 'targeted recruitment and training opportunities for young people and long-term unemployed people through public contracts;'),
 (SE, 'ni-buysocial', N, EI, ['wellbeing'], SE_C, 'extending what has traditionally been provided to improve the outcomes for users and communities e.g. adding vocational training and employability options to traditional drug and alcohol treatment services.'),
 # CPD agency workers framework piloting Buy Social
 (AWF, 'ni-buysocial', N, MU, [], AWF_B, 'CPD has been working closely with the Strategic Investment Board in recent months to develop and pilot the \'Buy Social\' toolkit - with the aim of ensuring the new framework agreement provides \'social benefits\' to the local community.'),
 (AWF, 'ni-buysocial', N, EI, [], AWF_B, 'The framework contractors will be obligated to provide paid job opportunities for the long-term unemployed and those leaving education.'),
 # Department for Communities: social housing procurement strategy
 (CNI, 'ni-policy', N, MU, [], CNI_O, 'Its stated goals are to both improve the social, economic and environmental return from investment in the Social Housing Development Programme and to procure the programme on a value for money basis and in accordance with best practice.'),
 # Education Authority case studies
 (EAM, 'ni-buyer-case', N, EI, [], EAM_S + ': Objectives', 'Encourage the participation of SME’s in the tender process.'),
 (EAM, 'ni-buyer-case', N, WB, [], EAM_S + ': Objectives', 'To help achieve the outcomes of the PfG focused on “societal well-being” and delivering “real and positive change in people’s lives”.'),
 (EAM, 'ni-buyer-case', N, EI, [], EAM_S + ': Objectives', 'Strengthen the supply chain resilience through the use of local suppliers in compliance with PPN 03/21 Supply Chain Resilience.'),
 (EAM, 'ni-buyer-case', N, CL, ['economic-inequality'], EAM_S + ': Objectives', 'Contribute to DERAs NI Food Strategy Framework 2021 i.e. priority 2: “Building a sustainable food economy” and Priority 4: “protecting and enhancing our natural resources.”'),
 (EAF, 'ni-buyer-case', N, MU, [], EAF_S + ': Objectives', 'Social considerations to be included such as Ethical Supply Chains, Environmental Strategy and Practices, use of Social and Micro Enterprises in the Supply Chain and maximising employment opportunities.'),
 (EAF, 'ni-buyer-case', N, EI, [], EAF_S + ': Objectives', 'Reduce barriers for Small and Medium Sized Enterprises (SMEs), micro businesses and Social Enterprises'),
 (EAF, 'ni-buyer-case', N, CL, ['economic-inequality'], EAF_S + ': Objectives', 'Contribute to DERAs NI Food Strategy Framework 2021 i.e. priority 2- “Building a sustainable food economy” and Priority 4- “protecting and enhancing our natural resources.”'),
 # Queen's University Belfast green purchasing
 (QS, 'uni-policy', N, CL, ['equal-opportunity'], QS_S, 'Queen\'s University Belfast aims to influence suppliers in creating a greener environment and a market for more ethical products.'),
 (QS, 'uni-policy', N, CL, [], QS_R, 'conservation of natural resources'),
 (QS, 'uni-policy', N, CL, [], QS_R, 'reducing amount and type of waste sent to landfill'),
 (QS, 'uni-policy', N, CL, [], QS_S + ': Green Guidelines for Suppliers', 'Where practicable, the University will trade only with suppliers which have developed sound environmental credentials.'),
 (QB, 'uni-policy', N, CL, [], QB_S + ': So what is Environmental Procurement?', 'Environmental [or Green/Sustainable] Procurement is about taking environmental and social factors into account in making procurement decisions with the aim of minimising the environmental and social impacts of the purchases you make whilst ensuring Value for Money is still maintained.'),
 (QB, 'uni-policy', N, CL, ['equal-opportunity'], QB_S + ': Why do it?', 'Procurement power can influence suppliers in creating a greener environment and a market for more ethical products.'),
 (QB, 'uni-policy', N, CL, [], QB_R, 'Reducing pollution'),
 (QB, 'uni-policy', N, CL, [], QB_R, 'Reduction of amount and type of waste sent to landfill'),
 # Belfast City Council
 (BCC, 'ni-council', N, EI, [], BCC_S + ': 3.0 Main Report', 'An outcome-based approach to social value is endorsed by the motion as well as a recognition that the strategy should be used to tackle poverty, particularly within areas of deprivation.'),
 # Translink
 (TLB, 'ni-policy', N, MU, [], TLB_S, '“ We ensure that every pound we spend actually drives progress towards a greener, sustainable, inclusive and more connected future.”'),
 # notices
 (AWB, 'ni-notice', N, MU, [], AWB_S, 'Lot 1 Award Criterion (quality): AC1 Social Value'),
 # Social Value NI case studies
 (SVA, 'ni-buyer-case', N, EO, ['economic-inequality'], SVA_S, 'The social value requirements mean that the contractor is required to ring-fence employment opportunities on the contract for key priority groups: people with a disability, people from a care background and people from a minority ethnic background.'),
 (SVA, 'ni-buyer-case', N, EO, [], SVA_S, 'The social value included was linked to the NICS People Strategy priority action: “an inclusive NICS in which diversity is truly valued – a great place to work.”'),
 (SVA, 'ni-buyer-case', N, EI, [], SVA_L, 'Employment opportunities for people distanced from the labour market'),
 (SVA, 'ni-buyer-case', N, EI, [], SVA_L, 'Business in Education support designed to aid the career development and employability of people in the Priority Groups'),
 (SVA, 'ni-buyer-case', N, WB, ['economic-inequality'], SVA_L, 'Support for the Voluntary, Community, Social Enterprise (VCSE) Sector'),
 (SVA, 'ni-buyer-case', N, EO, [], SVA_L, 'Human Rights due diligence'),
 (SVA, 'ni-buyer-case', N, CL, [], SVA_L, 'Actions to reduce the contract’s environmental impact'),
 (SVA, 'ni-buyer-case', N, EI, [], SVA_L, 'Use of Social Enterprises in the supply chain'),
 (MH, 'ni-buyer-case', N, EI, ['equal-opportunity'], MH_S, 'The delivery of social value on some public sector grounds maintenance contracts is supporting people who have been through the justice system to overcome barriers to employment.'),
 (MH, 'ni-buyer-case', N, EI, [], MH_S, '“Our partnership with The Turnaround Project is win-win. It addresses our recruitment challenges while delivering our social value requirements by offering opportunities to people who face barriers to employment,” said Gemma Fawcett, Sustainability Manager at Idverde.'),
 # Belfast City Council Social Value Terms and Conditions
 (BTC, 'ni-council', N, MU, [], BTC_D + ': Social Value Delivery Plan ‘the SV Plan’: The plan should include, as a minimum:', 'Brief explanation of how each SV Initiative will be delivered demonstrating understanding of the requirement and relevance i.e., relevant to the social value initiative selected'),
 # NI Water (Business in the Community NI)
 (NIW, 'ni-policy', N, MU, [], NIW_S, 'A social clause was included in all service contracts worth over £500,000 p.a., requiring contractors to undertake a variety of socially beneficial initiatives.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels"; a living wage condition takes equal opportunity).
 (PP, 'ni-ppn0121', N, MU, [], PP_S, 'Under the new policy on scoring for social value, announced yesterday by finance minister Conor Murphy, government tenders must allocate at least 10% of total award criteria to social value.'),
 (PP, 'ni-ppn0121', N, MU, [], PP_S, 'The minimum weighting – which could be increased to 20% from 2023 – will apply to service contracts of over £123,000 and construction contracts over £4.7m.'),
 (PP, 'ni-ppn0121', N, EO, ['economic-inequality'], PP_S, 'Contracts will also be required to pay a living wage, as calculated by the Living Wage Foundation.'),
 (AR, 'ni-ppn0121', N, MU, [], AR_S, 'The minimum weighting for social value within tenders – which may be increased to 20% from 2023 – will apply to service contracts of over £123,000 and construction contracts over £4.7m.'),
 (AB, 'ni-buysocial', N, MU, [], AB_U, 'It is now recommended that social value is considered in Services and ICT contracts with an anticipated value of £100,000 per annum or more.'),
 (EAN, 'ni-buyer-case', N, MU, [], EAN_S + ': Introduction', 'This value of this tender meant that PPN 01/21 Scoring Social Value also applied.'),
 (SVA, 'ni-buyer-case', N, MU, [], SVA_S, 'The Northern Ireland Civil Service (NICS) Agency Workers contract included social value as an award criterion in the tender process.'),
 (SVA, 'ni-buyer-case', N, MU, [], SVA_S, 'A question on social value was included in the Invitation to Tender and was allocated 5% of the quality score.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # PPN 01/21 as reported: weightings, thresholds, living wage condition, dates
 (PP, 'ni-ppn0121', N, PP_S, 'The policy will not come into force until June 2022, to give time to train procurement officials and small organisations bidding for contracts, and for government departments to factor in additional costs in their planning.'),
 (AR, 'ni-ppn0121', N, AR_S, 'The Living Wage currently stands at £9.50 per hour, and is higher than the legal minimum National Living Wage, which is £8.91 per hour for over-23s.'),
 (SW, 'ni-ppn0121', N, SW_S, 'The policy requires that large contracts (over £500,000 for services and above the UK threshold for construction) must consider social impact in their decision-making.'),
 (SW, 'ni-ppn0121', N, SW_S, 'The document also gives guidance on how to evaluate social value in contracts, manage suppliers, and track progress.'),
 (SVP, 'ni-ppn0121', N, SVP_S, 'This e-learning course (45mins) provides an overview of how to implement PPN 01/21 ‘Scoring Social Value’ in relevant services and IT contracts.'),
 (SVP, 'ni-ppn0121', N, SVP_S, 'The course is aimed at staff involved in the commissioning, contract management or tender evaluation of procurement exercises.'),
 # Buy Social: thresholds, background
 (AB, 'ni-buysocial', N, AB_U, 'The approach should be considered in Services contracts with an anticipated value of £500,000 per annum or more.'),
 (AG, 'ni-buysocial', N, AG_S, 'Since 1 April 2016 adherence to the Buy Social model has been a mandatory requirement for all public procurement for construction contracts above £2 million and for civil engineering contracts above £4 million.'),
 (AG, 'ni-buysocial', N, AG_S, 'Underpinned by the 2010 Sustainable Development Strategy for Northern Ireland, the model supports the Programme for Government’s commitment to include social clauses in public procurement.'),
 (SE, 'ni-buysocial', N, SE_S, 'This principle sits alongside the longer-established principles relating to transparency, open competition, fairness and equality, and value for money that are set out in legal and policy frameworks and good procurement practice.'),
 # NILGA
 (NL, 'ni-council', N, NL_S, 'Today (02 October) at the Junction, Dungannon, the Northern Ireland Local Government Association (NILGA) hosted a focused event on embedding social value into council procurement, public contracts, and wider service delivery.'),
 (NL, 'ni-council', N, NL_S, 'The revised Policy requires departments to develop a Social Value strategy, to align social value objectives to their procurement pipelines and to look for other opportunities to improve economic, social and environmental outcomes.'),
 # CPD agency workers framework
 (AWF, 'ni-buysocial', N, AWF_P, 'CPD has now awarded a single collaborative arrangement - aggregating all these contracts under one framework.'),
 (AWF, 'ni-buysocial', N, AWF_P, 'One of the positive aspects of the new arrangement, is that there are three suppliers awarded for each lot, which provides excellent contingency.'),
 (AWF, 'ni-buysocial', N, AWF_P, 'Local small and medium sized enterprises (SMEs) are well represented amongst the suppliers.'),
 # Department for Communities
 (CNI, 'ni-policy', N, CNI_O, 'achieve a noticeable increase in efficiency, with a minimum target of 10% cost efficiency over the life of the strategy'),
 (CNI, 'ni-policy', N, CNI_O, 'achieve targets for environmental performance in line with the Code for Sustainable Homes or the revised Building regulations'),
 # Education Authority
 (EAM, 'ni-buyer-case', N, EAM_S + ': Introduction', 'The Education Authority (EA) Catering Service has a statutory requirement to provide free school meals to all eligible pupils.'),
 (EAM, 'ni-buyer-case', N, EAM_S + ': Objectives', 'To source quality meals for the service that will be attractive to children and young people.'),
 (EAF, 'ni-buyer-case', N, EAF_S + ': Introduction', 'The EA required a contract for ready made, low sugar desserts such as Fresh Muffins, Cookies and Oatmeal bars.'),
 (EAF, 'ni-buyer-case', N, EAF_S + ': Objectives', 'Fully compliant with The Food Information (Amendment No. 2) Regulations (Northern Ireland) 2020 (also known as Natasha’s Law).'),
 (EAN, 'ni-buyer-case', N, EAN_S + ': Objectives', 'From the outset, the primary objective was to create additional non-statutory SEN pre-school capacity.'),
 (EAN, 'ni-buyer-case', N, EAN_S + ': Objectives', 'To minimise supply risk, the procurement strategy was to award contracts to multiple providers, diversifying the supply base and supporting future capacity.'),
 (EAH, 'ni-buyer-case', N, EAH_S, 'Potential suppliers are advised to register on eTendersNI and opt for as many relevant CPV (common procurement vocabulary) codes as possible as well as adding the Education Authority as an area of interest.'),
 (EAH, 'ni-buyer-case', N, EAH_S, 'eTendersNI will email notifications about current opportunities to suppliers based on their CPV profiles.'),
 # Queen's University Belfast
 (QS, 'uni-policy', N, QS_R, 'ensuring compliance with legislation'),
 (QS, 'uni-policy', N, QS_S + ': Environmental Policies', 'In 2006, an Environmental Management System (EMS) was established jointly by the Estates Department and the Purchasing Office.'),
 (QS, 'uni-policy', N, QS_S + ': Environmental Policies', 'Following this, in January 2007, ISO 14001 Environmental Systems Standard Certification was achieved and the Queen\'s University Belfast Environmental Policy Statement was produced.'),
 # Belfast City Council
 (BCC, 'ni-council', N, BCC_S + ': 1.0 Purpose of Report or Summary of Main Issues', 'The purpose of this report is to update members on the work being undertaken to review the Council’s approach to social value and to set out a proposed timeframe for the work, in the context of the recent Notice of Motion presented at the January 2019 meeting of Council.'),
 (BCC, 'ni-council', N, BCC_S + ': 2.0 Recommendations: The Committee is asked to:', 'Note the work being undertaken to develop an Inclusive Growth Procurement Framework aligned to overarching strategy and agree to the next steps proposed for its development.'),
 # Translink
 (TLP, 'ni-policy', N, TLP_S, 'Competitive Supply:  Procurement should be carried out by competition unless there are convincing reasons to the contrary.'),
 (TLM, 'ni-policy', N, TLM_S + ': 2. OBJECTIVE', 'Translink fully supports the aims of the Modern Slavery Act 2015 (the “Act”) and is committed to tackling slavery and human trafficking where it can.'),
 (TLM, 'ni-policy', N, TLM_S + ': 2. OBJECTIVE', 'The objective of this Statement is to set out the actions Translink is taking to comply with the Act.'),
 # notices
 (NIHE, 'ni-notice', N, NIHE_S, 'The electrical installations must meet the required standards, as per BS7671, the Requirements for Electrical Installations, set out within the IET Wiring Regulations Eighteenth Edition, as amended.'),
 (NIHE, 'ni-notice', N, NIHE_S, 'The work also incorporates the replacement of Smoke and Heat detectors which have already achieved or will achieve a 10-year life within the next 1 year.'),
 (AWT, 'ni-notice', N, AWT_S + ': Scope: Description', 'The Northern Ireland Civil Service, Agencies and Non Departmental Public Bodies are seeking to establish a Contract for the provision of temporary Agency Workers with Supplier(s) for the provision of temporary Agency workers.'),
 (AWT, 'ni-notice', N, AWT_S + ': Lot constraints: Description of how multiple lots may be awarded:', 'Each Lot under this Contract will be awarded on the basis of the Most Advantageous Tender (MAT) with a single supplier awarded for each Lot.'),
 (AWB, 'ni-notice', N, AWB_S, 'Lot 1 Award Criterion (quality): AC2 Provision of Agency Workers'),
 (AWB, 'ni-notice', N, AWB_S, 'Lot 1 Award Criterion (quality): AC3 Payment of Agency Workers'),
 (TNI, 'ni-notice', N, TNI_S, 'Tourism NI is seeking a supplier(s) to deliver a comprehensive set of activities that will support the implementation of the Employer Recognition Programme (ERP).'),
 (TNI, 'ni-notice', N, TNI_S, 'This programme is designed to assist tourism and hospitality businesses across Northern Ireland in improving their people management practices and achieving accreditation under the programme.'),
 (PWR, 'ni-notice', N, PWR_S, 'Disposable Paperware [4893873] Additional information: The total value of the lot stated in V.2.4 is the lowest value in the following range 17,282,765 to 25,924,148 GBP which has been calculated to include all potential increases in demand for the supplies by 50 percent.'),
 # Social Value NI case studies
 (SVA, 'ni-buyer-case', N, 'Social Value in the NICS Agency Workers Contract: Social Value Delivery', 'Premiere People was awarded Lots 1,2,4,5 and 8 of the contract.'),
 (MH, 'ni-buyer-case', N, MH_S, 'The nature of ground maintenance means that the work is seasonal which presents recruitment challenges for Idverde.'),
 # Belfast City Council Social Value Terms and Conditions; committee report
 (BTC, 'ni-council', N, BTC_S + ': 1.1', 'If there is any ambiguity or inconsistency in or between the Standard Terms and Conditions and these Social Value Terms and Conditions, the Social Value Terms and Conditions shall take precedence.'),
 (BTC, 'ni-council', N, BTC_S + ': 1.2', 'The definitions set out in the Standard Terms and Conditions shall apply to the Contract, including to these Social Value Terms and Conditions, unless otherwise expressly defined in these Social Value Terms and Conditions.'),
 (BTC, 'ni-council', N, BTC_D, 'Deliverables means the Goods, Services and/or Works delivered as part of the Contract.'),
 (BTC, 'ni-council', N, BTC_D, 'Real Living Wage means the rates of pay published by the Living Wage Foundation, as updated from time to time.'),
 (BM2, 'ni-council', N, BM2_S + ': 3.0 Main Report/Background', 'To help Officers understanding the SVPP and how to apply this to applicable tender competitions, the Commercial and Procurement Services ‘CPS’ team has developed a step-by-step guidance document which takes Officers though key considerations in line with the SVPP.'),
 # NI Water's own workforce practices (not asked of suppliers)
 (NIW, 'ni-policy', N, NIW_S, 'A dedicated apprentice coordinator role was established to oversee Schools Outreach and University engagement, and to be responsible for the experience of apprentices through their four-year journey with NI Water.'),
 (NIW, 'ni-policy', N, NIW_S, 'Flexible working policies, sick pay, hobby buddy networks, and an award-winning health and wellbeing programme were all offered to staff.'),
 (NIW, 'ni-policy', N, 'Fair Chance for All Award 2022 (Business in the Community NI): Northern Ireland Water: Background', 'Northern Ireland Water (NIW) is a multi-award winning Government owned company, responsible for delivering 575 trillion litres of drinking water and treating 340 million litres of wastewater to 2 million people every day.'),
]
OGL_HOSTS = ('finance-ni.gov.uk', 'communities-ni.gov.uk', 'find-tender.service.gov.uk')
batch = Batch('public-texts-35.jsonl')
OCID = {NIHE: 'ocds-h6vhtk-04ef6e', AWT: 'ocds-h6vhtk-0594e3', AWB: 'ocds-h6vhtk-0594e3', PWR: 'ocds-h6vhtk-03b0d5'}
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>`, as in
    # notices.jsonl; the Find a Tender page and bidatlas copy of the DoF agency workers notice are one), and the two
    # Queen's University Belfast environmental purchasing pages (one site, shared wording).
    if src in OCID: return 'ocds:' + OCID[src]
    if src in (QS, QB): return 'qub.ac.uk/environmental-purchasing'
    return src
batch.emit_lists('pub35', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
