"""Write /work/batches/public-texts-77.jsonl: procurement question and requirement texts that UK public bodies keep in
PUBLIC GITHUB REPOSITORIES (other than the Crown Commercial Service's): social value / fair work / community benefit
asks and policy lines, with hard negatives from the same repositories (supplier selection questions that are pass/fail
declarations: Carbon Reduction Plan, modern slavery statement, payment performance, steel, environmental management
system, blacklisting, data protection, Cyber Essentials, exclusion grounds, supplier-type and legal-form definitions;
the buyer's own payment performance, employer practices, portals, programmes and the voluntary Business Pledge).

Sources:
- github:cabinetoffice/GCGS-Central-Digital-Platform (Cabinet Office's Central Digital Platform for the Procurement Act
  2023): the English text of its supplier information forms (Services/CO.CDP.Localization/FormsEngineResource.resx:
  the Additional Supplier Information modules Carbon Net Zero, Modern Slavery, Payments, Steel, Data Protection, Cyber
  Essentials, and the Welsh modules Environmental, Steel, Exclusions) and its static text (StaticTextResource.resx:
  exclusion grounds, supplier operation types, legal forms). All hard negatives: nothing in it asks for social value.
- github:scottishgovernment/economicactionplan.mygov.scot (Scottish Government's Economic Action Plan and Fair Work
  Action Plan site, OGL v3 per its LICENSE.md): the public procurement page, everyday support, Fair Work First, fair
  work, the construction and social care sectors, collective bargaining, the Scottish Government as an employer, the
  Scottish Business Pledge, regional economies, city region deals, future skills and innovation pages.
- github:greenerservices/version1 (the greener digital services principles, an earlier version of
  greenerservices.github.io, whose group it shares): action 4 (suppliers and partners).

Texts are verbatim from the repositories' files (HTML/markdown markup and list bullets dropped, a long item cut at a
sentence end). Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr). Cabinet Office and Scottish Government texts are Crown copyright (OGL v3); greenerservices is quoted.

  python3 test/corpus/make-public-77.py > /work/batches/public-texts-77.jsonl
"""
from batch import Batch, OGL, Q, EI, CL, EO, WB, MU

U, S, W = 'uk', 'scotland', 'wales'

CDP_REPO = 'github:cabinetoffice/GCGS-Central-Digital-Platform@9da6c2014b1fbbd146e4f57e2d57947c14652f41:'
CDP = CDP_REPO + 'Services/CO.CDP.Localization/FormsEngineResource.resx'
CDPS = CDP_REPO + 'Services/CO.CDP.Localization/StaticTextResource.resx'
EAP_REPO = 'github:scottishgovernment/economicactionplan.mygov.scot@de6bf56c3f3bd6c38b39fb95bd8c3331b50f91f8:pages/'
PP = EAP_REPO + 'enterprise/12-public-procurement.md'
ES = EAP_REPO + 'enterprise/15-everyday-support.md'
FWF = EAP_REPO + 'fair-work/fair-work-first.md'
FW4 = EAP_REPO + 'people/4-fair-work.md'
CON = EAP_REPO + 'fair-work/the-construction-sector.md'
SGE = EAP_REPO + 'fair-work/sg-employer.md'
COL = EAP_REPO + 'fair-work/collective-bargaining.md'
SOC = EAP_REPO + 'fair-work/social-care-sector.md'
ACH = EAP_REPO + 'fair-work/achievements.md'
REG = EAP_REPO + 'place/3-regional-economies.md'
FSK = EAP_REPO + 'future-skills/9-financial-sustainability.md'
INN = EAP_REPO + 'innovation/4-public-sector.md'
TRS = EAP_REPO + 'overview/3rs-section/50-importance-every-place-scotland .md'
CRD = EAP_REPO + 'investment/7-city-region-deals.md'
SBP = EAP_REPO + 'fair-work/scottish-business-pledge.md'
GS_REPO = 'github:greenerservices/version1@dacc63407df9e31d21f77a8bceebab508f62bf38:app/principles/actions/'
GS4A = GS_REPO + '4a-select-suppliers-who-can-support-your-Greening-Government-Committment-goals.md'
GS4B = GS_REPO + '4b-select-suppliers-delivering-on-social-value.md'
GS4C = GS_REPO + '4c-select-greener-data-centre-providers.md'
GS4D = GS_REPO + '4d-select-build-partners-with-experience-of-delivering-greener-services.md'

C = 'Central Digital Platform: supplier information'
CNZ = C + ': Carbon Net Zero'
MS = C + ': Modern Slavery'
MS_MISS = MS + ': Missing information: If the following information is missing from your Modern Slavery Statement or equivalent documents, explain why and commit to including it before the contract is awarded:'
PAY = C + ': Payments Information'
STL = C + ': Steel module'
STL2 = STL + ': Supply chain management in steel procurement: Where relevant, give details of steel projects or programmes where you have shown:'
WST = C + ': Steel (Welsh module)'
WEN = C + ': Environmental (Welsh module)'
WEX = C + ': Exclusions (Welsh module): Submitting your \'blacklisting\' information'
WQM = C + ': Quality Management (Welsh module)'
WHS = C + ': Health and Safety (Welsh module)'
DP = C + ': Data Protection'
DP4 = DP + ': How do you ensure compliance with UK data protection law?'
CE = C + ': Cyber Essentials certification scheme'
FIN = C + ': Your organisation\'s recent financial information'
EXC = 'Central Digital Platform: Exclusions: Add any mandatory and discretionary exclusions'
OPS = 'Central Digital Platform: Your organisation: Which best describes your organisation?'

E = 'Scotland\'s Economic Action Plan'
PP_S = E + ': Public Procurement'
PP_3 = PP_S + ': 3. Mainstreaming Sustainable Procurement: This includes:'
PP_3C = PP_S + ': 3. Mainstreaming Sustainable Procurement: we will continue to play our part on local economic wellbeing by:'
ES_S = E + ': Everyday support: Public Sector Contracts'
FWA = 'Fair Work Action Plan'
FWF_S = FWA + ': Fair Work First'
FWF_A = FWF_S + ': Fair Work First will ask employers to commit to:'
FWF_B = FWF_S + ': By the end of this Parliament, wherever it is appropriate to do so, we will:'
FW4_S = E + ': Fair Work'
CON_S = FWA + ': The construction sector'
SGE_S = FWA + ': Scottish Government as an employer: As an employer, the Scottish Government has shown leadership in adopting fairer working practices.  This includes:'
COL_S = FWA + ': Collective Bargaining: We will also work with the STUC to:'
SOC_S = FWA + ': The social care sector'
ACH_S = FWA + ': Achievements'
REG_S = E + ': Regional economies'
FSK_S = E + ': Future skills: Financial sustainability'
INN_S = E + ': Innovation: Public sector'
TRS_S = E + ': The importance of every place in Scotland'
CRD_S = E + ': City Region and Growth Deals'
SBP_S = FWA + ': Scottish Business Pledge: To refresh the Business Pledge structure and approach, we will:'

G = 'Greener services principles: 4. Work with partners who can support greener goals'
GS4A_S = G + ': 4a. Select suppliers who can support your Greening Government Commitment goals'
GS4B_S = G + ': 4b. Select suppliers delivering on social value'
GS4C_S = G + ': 4c. Select greener data centre providers'
GS4D_S = G + ': 4d. Select build partners with experience of delivering greener services'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Scottish Government: Economic Action Plan, public procurement
 (PP, 'gh-policy', S, EI, [], PP_S + ': 1. Faster Payments', 'From 19 March 2019, Scottish Government building contracts over £2 million and infrastructure projects over £5 million must contain a project bank account.'),
 (PP, 'gh-policy', S, EI, [], PP_S + ': 1. Faster Payments', 'To improve cash flow for sub-contractors who are critical in the delivery of infrastructure, we have delivered on the 2018 Economic Action Plan pledge by increasing the number of applicable projects to which project bank accounts apply.'),
 (PP, 'gh-policy', S, EI, [], PP_S + ': 1. Faster Payments', 'We are urging others to follow our lead and are working with partners outside Scottish Government to include project bank accounts.'),
 (PP, 'gh-policy', S, EI, [], PP_S + ': 2. Supporting small businesses and local supply chains', 'Having issued a Scottish Public Procurement Notice in May 2019 to promote the use of Public Contracts Scotland to facilitate access to sub-contract opportunities in major contracts for Scottish SMEs, we continue to promote the reporting of sub-contracted spend; and'),
 (PP, 'gh-policy', S, MU, [], PP_S + ': 3. Mainstreaming Sustainable Procurement', 'We continue to support public bodies in mainstreaming sustainable procurement decisions to maximise the benefits of our procurement spend for Scotland and its communities.'),
 (PP, 'gh-policy', S, EO, [], PP_3, 'the pursuit of equality outcomes through procurement to support ‘inclusive’ economic wellbeing;'),
 (PP, 'gh-policy', S, EO, [], PP_3, 'continuing to extend the range of Scottish Government and public sector contracts to which the Fair Work First criteria apply; and'),
 (PP, 'gh-policy', S, CL, [], PP_3, 'using our networks and influence with the market, suppliers and wider public bodies to promote a collaborative and proportionate approach to tackling the global climate emergency.'),
 (PP, 'gh-policy', S, EI, [], PP_3C, 'promoting the use of community benefit requirements in public contracts to deliver wider benefits for local communities and the wider society, including local supply chains, new jobs, apprenticeships, work placements and training;'),
 (PP, 'gh-policy', S, EI, [], PP_3C, 'supporting a range of public bodies to maximise the contribution their procurement spend makes in their area through the intelligent use of procurement data.'),
 (PP, 'gh-policy', S, EI, [], PP_3C, 'And, to support these endeavours, we will expand and target the Supplier Development Programme role and take forward opportunities to promote local economic development under construction frameworks.'),
 # everyday support: prompt payment down the supply chain
 (ES, 'gh-policy', S, EI, [], ES_S, 'We also include a standard clause within all Scottish Government contracts which requires payment within 30 days of valid invoices down the supply chain.'),
 (ES, 'gh-policy', S, EI, [], ES_S, 'This builds on our wider encouragement of prompt payment where suppliers commit to working towards payment within 30 days as the norm, part of the Scottish Business Pledge.'),
 # Fair Work First
 (FWF, 'gh-policy', S, EO, [], FWF_S, 'Fair Work First means investment in skills and training, no inappropriate use of zero hours contracts, action on gender pay, genuine workforce engagement, including with trade unions, and payment of the real Living Wage.'),
 (FWF, 'gh-policy', S, EO, [], FWF_S, 'Through Fair Work First, the Scottish Government will use its financial power to make Fair Work the norm.'),
 (FWF, 'gh-policy', S, EO, ['economic-inequality'], FWF_A, 'investment in skills and training'),
 (FWF, 'gh-policy', S, EO, [], FWF_A, 'no inappropriate use of zero hours contracts (for example using zero hours contracts when people are working regular hours; exclusive contracts that stop flexible workers working for other people)'),
 (FWF, 'gh-policy', S, EO, [], FWF_A, 'action to tackle the gender pay gap'),
 (FWF, 'gh-policy', S, EO, [], FWF_A, 'genuine workforce engagement such as trade union recognition, and'),
 (FWF, 'gh-policy', S, EO, [], FWF_A, 'payment of the real Living Wage'),
 (FWF, 'gh-policy', S, EO, [], FWF_B, 'extend the range of Scottish Government and public sector contracts that Fair Work criteria will apply to.'),
 (FW4, 'gh-policy', S, EO, [], FW4_S, 'We are applying fair work criteria from the Scottish Business Pledge to grants, other funding streams and public contracts'),
 (FW4, 'gh-policy', S, EO, [], FW4_S, 'We are attaching fair work criteria to grants, other funding streams and public contracts to help ensure payment of the living wage, no inappropriate use of zero hours contracts, action to tackle the gender pay gap, investment in skills and training and genuine workforce engagement, such as trade union recognition.'),
 (FW4, 'gh-policy', S, EO, [], FW4_S, 'We will also extend the range of Scottish Government and public sector contracts that fair work criteria will apply to.'),
 (FSK, 'gh-policy', S, EO, ['economic-inequality'], FSK_S, 'As part of our Fair Work First approach we will continue to work to ensure that investment in skills and training is considered in the awarding of every type of grant, funding stream and business support budget available to us and every public sector contract awarded.'),
 (SGE, 'gh-policy', S, EO, [], SGE_S, 'promoting the payment of the real Living Wage to those working on government contracts'),
 # construction, social care, collective bargaining
 (CON, 'gh-policy', S, EO, [], CON_S, 'The Charter will seek to improve practices of contractors and sub-contractors and will build on progress already achieved, including Unite the Union’s Construction Charter which a number of local authorities have already signed up to.'),
 (CON, 'gh-policy', S, EO, [], CON_S, 'The Scottish Government will therefore promote the use of collective dispute procedures in construction contracts.'),
 (CON, 'gh-policy', S, EO, [], CON_S, 'Furthermore, as Fair Work First is developed, we will explore with stakeholders how dispute resolution can be applied in construction projects, including publicly funded projects as a means of demonstrating the ‘genuine workforce engagement’ criteria.'),
 (SOC, 'gh-policy', S, EO, [], SOC_S, 'The Scottish Government will work with partners to consider and respond to the recommendations set out in the Fair Work Convention’s Social Care Inquiry Report to ensure that fair work is embedded in the delivery of social care services including the procurement process.'),
 (COL, 'gh-policy', S, EO, [], COL_S, 'This will allow procurement, government support and economic development to all to play a role in promoting collective bargaining coverage wherever possible.'),
 # regional economies: community wealth building through procurement
 (REG, 'gh-policy', S, EI, [], REG_S, 'Strengthening procurement collaborations to improve community wealth building'),
 (REG, 'gh-policy', S, EI, [], REG_S, 'In order to support community wealth building we will support the Glasgow procurement collaboration to further develop their work to increase the retention of local spending within the area.'),
 (REG, 'gh-policy', S, EI, [], REG_S, 'This will involve working with local businesses to ensure they are able to access contracts and supply goods and services, retaining expenditure investment and jobs within local communities.'),
 (PP, 'gh-policy', S, MU, [], PP_S, 'Using the power of public procurement to deliver sustainable and inclusive economic growth, with outcomes that are good for business and employees; good for society; good for places and communities; and open and connected.'),
 (PP, 'gh-policy', S, EI, [], PP_S + ': Key Points', 'Supporting small businesses and local supply chains'),
 (PP, 'gh-policy', S, MU, [], PP_S + ': Key Points', 'Mainstreaming sustainable procurement'),
 (COL, 'gh-policy', S, EO, [], COL_S, 'Consider and respond to the Fair Work Convention’s recommendations for ensuring that Fair Work is embedded in the delivery of social care services including the procurement process.'),
 (CON, 'gh-policy', S, EO, [], CON_S, 'While Scotland has made progress in applying Fair Work to public procurement contracts, the Convention has highlighted the need for more robust monitoring and evaluation of how Fair Work is being applied in practice.'),
 (CON, 'gh-policy', S, EO, [], CON_S, 'The Scottish Government will work with Scottish Futures Trust and industry partners to develop a Fair Work Charter for the Construction sector aligned with the dimensions of the Fair Work Framework.'),
 (TRS, 'gh-policy', S, EI, [], TRS_S, 'Retaining the maximum level of assets and prosperity in the hands of local communities, through measures led by procurement, employment and skills agencies and others, is crucial to boosting local economic development.'),
 (CRD, 'gh-policy', S, EI, [], CRD_S, 'This aims to help maximise the local benefit within the area from key local employers, procurement spend, and assets.'),
 # greener services principles (version1)
 (GS4A, 'gh-guidance', U, CL, [], GS4A_S, 'Choose suppliers that have committed to carbon reduction plans and Science Based Targets across their supply chains'),
 (GS4A, 'gh-guidance', U, CL, [], GS4A_S, 'Ensure suppliers include their corporate sustainability goals in bids and planning'),
 (GS4B, 'gh-guidance', U, MU, [], GS4B_S, 'Select suppliers delivering on social value'),
 (GS4B, 'gh-guidance', U, CL, [], GS4B_S, 'Theme 3, \'Fighting Climate Change\', focuses on support for the 25 Year Environment Plan.'),
 (GS4B, 'gh-guidance', U, MU, [], GS4B_S, 'Choose suppliers delivering on social value'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Central Digital Platform: Carbon Net Zero module (Carbon Reduction Plan: a pass/fail declaration)
 (CDP, 'gh-selection', U, CNZ + ': Submitting your Carbon Net Zero information', 'Carbon Net Zero is the commitment to balance greenhouse gas emissions with equivalent removals by 2050.'),
 (CDP, 'gh-selection', U, CNZ + ': Submitting your Carbon Net Zero information', 'In-scope organisations may be required to submit a Carbon Reduction Plan (CRP) when bidding for certain government contracts.'),
 (CDP, 'gh-selection', U, CNZ, 'Have you published a Carbon Reduction Plan which meets the required reporting standard?'),
 (CDP, 'gh-selection', U, CNZ + ': You cannot complete this module', 'To complete the Carbon Net Zero module you must have a published Carbon Reduction Plan.'),
 (CDP, 'gh-selection', U, CNZ + ': Enter your Net Zero target year', 'To be compliant with current policy, your Net Zero Target should be on or before 2050.'),
 # Modern Slavery module (statement: a pass/fail declaration)
 (CDP, 'gh-selection', U, MS + ': Submitting your modern slavery information', 'Modern slavery refers to offences of slavery, servitude, forced labour and human trafficking.'),
 (CDP, 'gh-selection', U, MS + ': Submitting your modern slavery information', 'To address these crimes, the UK government has issued policy which mandates that suppliers bidding for specific contracts demonstrate their commitment to addressing modern slavery.'),
 (CDP, 'gh-selection', U, MS, 'Are you a commercial organisation subject to Section 54 of the Modern Slavery Act 2015?'),
 (CDP, 'gh-selection', U, MS + ': Are your documents or statements related to modern slavery available digitally?', 'Published statements or other relevant documents should contain information of a similar type and level to a Modern Slavery Statement.'),
 (CDP, 'gh-selection', U, MS_MISS, 'due diligence processes for modern slavery and human trafficking, including your supply chains'),
 (CDP, 'gh-selection', U, MS_MISS, 'training on modern slavery and trafficking available to staff'),
 # Payments module (payment performance: pass/fail)
 (CDP, 'gh-selection', U, PAY + ': Submitting your payments information', 'The Government has committed to tackling late payments as part of its Plan for Small Businesses.'),
 (CDP, 'gh-selection', U, PAY + ': Submitting your payments information', 'This module focuses on identifying the reliability of a supplier\'s payment systems, to ensure compliance with government payment policies and promote fair cash flow for businesses.'),
 (CDP, 'gh-selection', U, PAY, 'Do you have processes to ensure you pay your supply chain on time?'),
 (CDP, 'gh-selection', U, PAY + ': Confirmation of payment terms for public sector contracts: Confirm you have:', 'systems in place to include a minimum of 30-day payment terms in all your supply chain contracts'),
 (CDP, 'gh-selection', U, PAY, 'Have you shown that 95% or more of your payable invoices have been paid?'),
 (CDP, 'gh-selection', U, PAY + ': Submit your action plan (where relevant): Your plan must include, as a minimum:', 'identification of the main causes of failure to pay 95% of all supply chain invoices paid within 60 days and overdue payments (where relevant)'),
 # Steel module
 (CDP, 'gh-selection', U, STL + ': Submitting your steel information', 'It focuses on compliance with UK regulations regarding sourcing, quality, and sustainability.'),
 (CDP, 'gh-selection', U, STL2, 'sustainable steel supply (including your supply chain)'),
 (CDP, 'gh-selection', U, STL2, 'management of health and safety breaches in the last 5 years, in the country where you work, for your organisation and supply chain members'),
 (CDP, 'gh-selection', U, STL2 + ': What is sustainable steel supply?', 'Sustainable supply of steel refers to the sourcing and production of steel that is environmentally, socially and economically responsible.'),
 # Welsh modules
 (CDP, 'gh-selection', W, WST + ': Sustainable steel supply', 'Provide details of previous similar projects where you have demonstrated a high level of competency in managing all supply chain members involved in steel supply or production to ensure a sustainable and resilient supply of steel.'),
 (CDP, 'gh-selection', W, WST + ': Health and safety training', 'Do you take steps to ensure that all members of your supply chain provide appropriate health and safety training, particularly for workers carrying out potentially hazardous tasks?'),
 (CDP, 'gh-selection', W, WEN + ': Submitting your environmental information', 'An EMS is a set of processes that help an organisation to reduce its environmental impact.'),
 (CDP, 'gh-selection', W, WEN, 'Do you operate in accordance with an environmental management system (EMS) that is certified by a UKAS-accredited (or national equivalent) organisation?'),
 (CDP, 'gh-selection', W, WEN, 'Do you have an environmental policy statement committing your organisation to a programme of improvement?'),
 (CDP, 'gh-selection', W, WEX, 'The \'blacklisting\' of individuals is an unlawful practice, and legislation has been put in place to ban its use.'),
 (CDP, 'gh-selection', W, WEX, 'Have you, or has your organisation, been found to have employed the practice of \'blacklisting\' in the last three years?'),
 # Data protection, Cyber Essentials, financial information
 (CDP, 'gh-selection', U, DP4, 'to maintain records of personal data processing activities; and to regularly test, assess and evaluate the effectiveness of the above measures.'),
 (CDP, 'gh-selection', U, CE + ': Submitting your Cyber Essentials certification scheme information', 'This certification reduces risks in the supply chain and is important for building trust in government contracts.'),
 # exclusion grounds and supplier operation types (static text)
 (CDPS, 'gh-selection', U, EXC, 'You must tell us if there are any circumstances that may exclude you as a supplier from the procurement process because your organisation or a connected person committed an offence.'),
 (CDPS, 'gh-selection', U, EXC + ': Mandatory exclusions: Convictions that may exclude you are:', 'labour market, slavery and human trafficking offences'),
 (CDPS, 'gh-selection', U, EXC + ': Discretionary exclusions: Discretionary exclusions that may exclude you are:', 'environmental misconduct'),
 (CDPS, 'gh-selection', U, EXC + ': Discretionary exclusions: Discretionary exclusions that may exclude you are:', 'labour market misconduct'),
 (CDPS, 'gh-selection', U, OPS + ': Voluntary, community and social enterprise (VCSE)', 'Non-governmental, value-driven and reinvests to further social, environmental or cultural objectives'),
 (CDPS, 'gh-selection', U, OPS + ': Supported employment provider: Supported employment providers are defined by having:', 'Providing employment, or employment related support, to disabled or disadvantaged individuals that represent at least 30 per cent of the workforce'),
 (CDPS, 'gh-selection', U, 'Central Digital Platform: Your organisation: How was your organisation registered?: Industrial and Provident Society', 'Registered under the Cooperative and Community Benefit Societies Act 2014'),
 # Scottish Government: the buyer's own payment performance, systems, portals and programmes
 (PP, 'gh-policy', S, PP_S + ': 1. Faster Payments', 'Last year, the Scottish Government paid 99% of valid invoices within 10 days.'),
 (PP, 'gh-policy', S, PP_S + ': 1. Faster Payments', 'We are continuing to deploy a national eInvoicing solution across the public sector, removing manual intervention in the invoice management process, increasing first time match rates and increasing payment performance.'),
 (PP, 'gh-policy', S, PP_S + ': 2. Supporting small businesses and local supply chains', 'We will ensure that the ‘Find Business Support’ website for businesses being developed by Scottish Enterprise, provides links to procurement sources of information and support such as Public Contracts Scotland, the Supplier Journey and Supplier Development Programme;'),
 (PP, 'gh-policy', S, PP_S + ': 2. Supporting small businesses and local supply chains', 'With continued uncertainty on the potential impact of Brexit, we continue to focus on the continuity of critical supply chains, working closely with our suppliers, partners and stakeholder to mitigate risk.'),
 (PP, 'gh-policy', S, PP_S + ': Digital Commercial Service', 'Our Digital Commercial Service sits within the Digital Directorate, and as a joint initiative with the Scottish Procurement and Property Directorate, it builds on our CivTech model.'),
 (PP, 'gh-policy', S, PP_S + ': Case study', 'As part of a phased 1,140 hours expansion implementation strategy, North Lanarkshire Council Education and Families Committee approved the procurement of an interim Framework for one year, for 2-5 year olds.'),
 (ES, 'gh-policy', S, ES_S, 'We require Scottish public sector organisations to advertise all regulated procurement opportunities on the Public Contracts Scotland portal, making it easier for businesses to engage with their local contracting authorities.'),
 (ES, 'gh-policy', S, ES_S, 'Recognising the negative impact that late payment can have on the cashflow, we aspire to pay bills to Scottish businesses within 10 days, succeeding 99% of the time in financial year 2018-19.'),
 (FWF, 'gh-policy', S, FWF_S, 'We believe that adopting such practices can make businesses more competitive by improving talent attraction, reducing staff turnover and absenteeism while improving motivation and workforce engagement.'),
 (FWF, 'gh-policy', S, FWF_S, 'Additionally, support for Fair Work First will be part of the single portal for business currently being developed following a recommendation of the Enterprise and Skills Review.'),
 (SGE, 'gh-policy', S, SGE_S, 'becoming the first national Government in the UK to be Living Wage accredited'),
 (SGE, 'gh-policy', S, SGE_S, 'becoming a Carer Positive employer with flexibility and support for employees who are unpaid carers'),
 (SGE, 'gh-policy', S, SGE_S, 'not utilising unpaid internships, and'),
 (ACH, 'gh-policy', S, ACH_S, 'Introducing Statutory Guidance on Addressing Fair Work Practices, including the real Living Wage, in Procurement and supporting Best Practice Guidance and Toolkit.'),
 (INN, 'gh-policy', S, INN_S, 'We will set up Procurement Innovation Partnerships to work collaboratively with public bodies to procure new goods and services to solve social challenges, creating opportunities for SMEs.'),
 (INN, 'gh-policy', S, INN_S, 'This will support a reduction in travel costs, reduction in emissions and support more flexible working practices.'),
 (SBP, 'gh-policy', S, SBP_S, 'Keep the real Living Wage as the core element of the Business Pledge'),
 (SBP, 'gh-policy', S, SBP_S, 'Add environmental impact as a new Business Pledge element'),
 # greener services principles (version1): context, definitions, hosting choices, experience checks
 (GS4A, 'gh-guidance', U, GS4A_S, 'Businesses commonly set broad sustaiability goals under the \'ESG\' framework.'),
 (GS4A, 'gh-guidance', U, GS4A_S, 'An ESG strategy covers environmental and social impact, and governance.'),
 (GS4A, 'gh-guidance', U, GS4A_S, 'A Carbon Reduction Plan provides a visible way to measure your supply chain’s impact on your organisation’s carbon footprint'),
 (GS4A, 'gh-guidance', U, GS4A_S + ': For any size of contract you should check suppliers:', 'have committed to meeting the government\'s NetZero targets'),
 (GS4C, 'gh-guidance', U, GS4C_S, 'Select cloud provider regions where the grid carbon intensity is the lowest, where possible.'),
 (GS4D, 'gh-guidance', U, GS4D_S, 'Suppliers may have experience in delivering more environmental sustainable services.'),
 (GS4D, 'gh-guidance', U, GS4D_S, 'Choose suppliers with track record of delivering greener services'),
]
batch = Batch('public-texts-77.jsonl')
GS_GROUP = 'github:greenerservices/greenerservices.github.io'


def group_of(src):
    # One repository, one group: the Central Digital Platform's two text resources share its form wording, the
    # Economic Action Plan's pages are one site, and greenerservices' version1 is an earlier copy of the site the
    # corpus already holds (so it takes that site's group).
    if src.startswith(CDP_REPO): return 'github:cabinetoffice/GCGS-Central-Digital-Platform'
    if src.startswith(EAP_REPO): return 'github:scottishgovernment/economicactionplan.mygov.scot'
    if src.startswith(GS_REPO): return GS_GROUP
    return src


def licence_of(src):
    # Cabinet Office and Scottish Government (Crown copyright; the Economic Action Plan repository is OGL v3 by its
    # LICENSE.md); greenerservices has no licence file: a short quotation.
    return Q if src.startswith(GS_REPO) else OGL


batch.emit_lists('pub77', R, NEG, group_of, licence_of)
