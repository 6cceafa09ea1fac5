"""Write /work/batches/public-texts-89.jsonl: batch 97, DEFENCE, SECURITY and JUSTICE buyers as a supplier meets them:
what the Ministry of Defence (DE&S, DIO), the Armed Forces Covenant asks of suppliers, the Ministry of Justice and HMPPS
(prison and probation services, prison builds, employment of prison leavers), police forces and Police and Crime
Commissioners and the Crown Office and Procurator Fiscal Service say they want from suppliers by way of social value,
with hard negatives from the same documents or buyers: the defence and security exemptions and supplier-selection rules,
cyber and security-of-information regimes, the Green Book's appraisal sense of "social value", what is bought (materiel
supply, prison houseblocks and workshops, probation interventions, prison visits, mental-health support in Approved
Premises, screening tools), procedure and framework mechanics, and the buyers' own programmes.

Sources (all new to the corpus): a written answer on social value in defence equipment contracts (Parallel Parliament),
CND Salisbury's news item on social value in defence procurement, ADS Group's Social value in defence page (Defence
Suppliers Forum's Social Value 101 guide), Salentis on social value statements in defence proposals, Turner & Townsend's
MoD Social Value Centre of Expertise project page, Denove and Local Government Lawyer on the Armed Forces Covenant in
procurement, the gov.uk news story encouraging government suppliers to sign the Covenant, the Defence Committee's report
on the Armed Forces Covenant Annual Report 2017, West Yorkshire PCC's commissioning principles, Hampshire PCC's
procurement strategy, Policing Insight on North Wales PCC's social value policy, techUK's BlueLight Commercial briefing,
the COPFS sustainable procurement policy statement and procurement strategy 2024-27 (copfs.gov.uk), gov.uk's Procurement
Act guidance on defence and security contracts and its e-learning defence and security summary, DSPCR chapter 15
(supplier selection), Gowling WLG on defence and security exemptions, gov.uk's DCPP questions answered, two Digital
Marketplace MOD opportunities, contracts.mod.uk's blog, The Construction Index and Mirage News on DIO contracts, PSS
Magazine on DIO's estate contracts, the Probation Services Dynamic Framework (TED notice, Sell2Wales copy, Carley
Consult), d3tenders copies of MoJ, Home Office and DE&S notices (Future Skills Programme, HMP Berwyn workshops, HMP
Altcourse operator, prisoner screening tools, family support services, PSDF out-of-hours support, Refugee Employability
Programme, Future Defence Support Services, Project VIRTUS), APMP UK and a Medium post on employing prison leavers as
social value, CIOB's Client of the Year 2024 case study on the MoJ, Laing O'Rourke's and Wigan Today's reports of MoJ
prison-build alliances.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped. Not scored:
the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Crown copyright pages
(gov.uk, copfs.gov.uk, sell2wales.gov.wales, digitalmarketplace.service.gov.uk) and notice data are OGL v3; the rest
(parliamentary copyright included) are short quotations.

  cd /work/main && python3 test/corpus/make-public-89.py > /work/batches/public-texts-89.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W

# Ministry of Defence: social value policy as suppliers meet it
PQ = 'https://www.parallelparliament.co.uk/question/991/defence-equipment-procurement'
CND = 'https://www.cndsalisbury.org.uk/news_items/5152-social-value-in-defence-procurement'
ADS = 'https://adsgroup.org.uk/services/social-value-in-defence'
SAL = 'https://salentis.com/winning-defence-proposals-the-power-of-a-strong-social-value-statement/'
TT = ('https://www.turnerandtownsend.com/en/projects/'
      'ministry-of-defence-social-value-centre-of-expertise-accelerator-programme-uk/')
# Armed Forces Covenant
DEN = 'https://www.denove.com/the-armed-forces-covenant-and-procurement/'
LGL = ('https://localgovernmentlawyer.co.uk/procurement-and-contracts/402-procurement-news/'
       '30681-procurement-policy-issued-in-bid-to-boost-armed-forces-covenant-uptake')
GNW = 'https://gov.uk/government/news/government-suppliers-encouraged-to-sign-up-to-armed-forces-covenant'
AFC = 'https://publications.parliament.uk/pa/cm201719/cmselect/cmdfence/707/70711.htm'
# Police, PCCs, BlueLight Commercial
WYP = 'https://westyorkshire-pcc.gov.uk/how-we-work/commissioning/commissioning-principles.html'
HPC = 'https://www.hampshire-pcc.gov.uk/transparency/policy-and-governance/procurement-strategy'
PIN = 'https://policinginsight.com/subject/police-forces/page/93'
BLC = 'https://techuk.org/resource/bluelight-commercial-briefing-strategic-direction-and-procurement-act.html'
# Crown Office and Procurator Fiscal Service (Scotland)
CSP = 'https://www.copfs.gov.uk/publications/sustainable-procurement-policy-statement/html/'
CPS = 'https://copfs.gov.uk/publications/procurement-strategy-2024-27/html'
# Defence and security rules, cyber, security of information
GDS = ('https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents-plan-phase/'
       'guidance-defence-and-security-contracts-html')
GEL = ('https://gov.uk/government/publications/the-official-procurement-act-2023-e-learning/'
       'defence-and-security-summary-document')
D15 = ('https://www.gov.uk/government/publications/the-european-union-defence-and-security-public-contracts-regulations-'
       'dspcr-2011/dspcr-chapter-15-supplier-selection')
GOW = 'https://gowlingwlg.com/en/insights-resources/articles/2024/changing-landscape-issue-4'
DCP = ('https://www.gov.uk/government/publications/defence-cyber-protection-partnership-your-questions-answered/'
       'dcpp-your-questions-answered-html')
DM1 = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/16310'
MCB = 'https://www.contracts.mod.uk/category/blog/'
# DIO
TCI = 'https://www.theconstructionindex.co.uk/news/view/mod-purchasers-looking-for-wider-pool-of-contractors'
MIR = 'https://miragenews.com/armed-forces-improve-with-estate-contracts-913869'
PSS = 'https://www.pssmagazine.co.uk/dio-awards-estates-contracts-valued-1-1bn/'
# Probation Services Dynamic Framework
TED = 'https://ted.europa.eu/udl?uri=TED:NOTICE:277986-2020:TEXT:EN:HTML'
S2W = 'https://sell2wales.gov.wales/search/show/search_view.aspx?ID=JUN336418'
CAR = 'https://www.carleyconsult.com/4bn-probation-service-dynamic-framework-open-for-applications/'
# Notices (d3tenders copies)
FSP = 'https://d3tenders.com/contract/?ocid=ocds-b5fd17-772fb318-539d-41ce-a180-a338ad43fd29'
BER = 'https://d3tenders.com/contract/download.php?ocid=ocds-b5fd17-6ebfe4be-294c-482d-b26c-da4dad1b591a'
ALT = 'https://d3tenders.com/contract/download.php?ocid=ocds-b5fd17-529984cf-7664-4722-a08a-431c606f0ce4'
SAT = 'https://d3tenders.com/contract/?ocid=ocds-b5fd17-57f61739-5b41-42f1-bf3d-434251354f85'
FAM = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-02bce6'
OOH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05d9ca'
REP = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0315fc'
FDS = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-05229e'
VIR = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-02bbf2'
# Prison leavers as social value; MoJ prison builds
APM = 'https://apmpuk.co.uk/17-social-value-blog/302-social-value-employing-prison-leavers-and-ex-offenders'
MED = ('https://dee-breakthrough.medium.com/to-bid-for-government-contracts-you-now-need-to-prove-social-value-are-you-'
       'ready-75a5086036e?source=user_profile---------1----------------------------')
CIO = 'https://ciob.org/blog/ciob-clients-case-study-client-of-the-year-2024'
LOR = 'https://www.laingorourke.com/company/news/2023/appointed-to-uk-ministry-of-justice-contract/'
WIG = ('https://www.wigantoday.net/news/crime/'
       'new-houseblock-planned-for-hindley-prison-as-part-of-ps500m-construction-deal-3736896')

PQ_S = 'Defence Equipment: Procurement (question to the Ministry of Defence, answered 18 May 2021)'
CND_S = 'Social Value in Defence Procurement'
ADS_S = 'Social value in defence'
SAL_S = 'Winning Defence Proposals: The Power of a Strong Social Value Statement'
TT_S = 'Ministry of Defence Social Value Centre of Expertise Accelerator Programme, UK'
DEN_S = 'The Armed Forces Covenant and Procurement'
LGL_S = 'Procurement policy issued in bid to boost Armed Forces Covenant uptake'
GNW_S = 'Government suppliers encouraged to sign up to Armed Forces Covenant'
AFC_S = ('Armed Forces Covenant Annual Report 2017 (Defence Committee): The Covenant in Business and the Community '
         'Covenant: The Covenant in Business')
WYP_S = 'Commissioning Principles (West Yorkshire PCC): The PCC will ensure that:'
HPC_S = ('Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight Procurement strategy v1.8')
PIN_S = 'Police procurement: North Wales launches Social Value Policy'
BLC_S = 'BlueLight Commercial Briefing: Strategic direction and Procurement Act: BlueLight Commercial introduction'
CSP_S = 'Sustainable procurement policy statement (COPFS): Overview'
CPS_S = 'Procurement Strategy 2024-27 (COPFS): Introduction'
GDS_S = ('Guidance - Defence and Security Contracts: Are defence and security contracts treated differently from other '
         'contracts in the Procurement Act 2023?')
GEL_S = 'Defence and Security Summary Document: A. Introduction: Scope of Summary Document'
D15_S = 'DSPCR Chapter 15: supplier selection'
GOW_S = 'Procurement Act 2023 - changing landscape issue 4: defence and security considerations: Exemptions and exclusions'
DCP_S = 'DCPP: your questions answered'
DM1_S = 'Defence Cyber Operations Close Support Partner (Ministry of Defence)'
MCB_S = 'contracts.mod.uk blog'
TCI_S = 'MoD purchasers looking for wider pool of contractors'
MIR_S = 'Armed Forces improve with estate contracts (DIO Built Estate contracts)'
PSS_S = 'DIO Awards Estates Contracts Valued at £1.1bn'
TED_S = 'Probation Services Dynamic Framework: contract notice: II.1.4) Short description'
S2W_S = 'Contract Notice: Probation Services Dynamic Framework'
CAR_S = '£4bn Probation Service Dynamic Framework open for applications'
FSP_S = 'Future Skills Programme (Ministry of Justice): notice description'
BER_S = 'Provision of Employment Positions for Prisoners at HMP Berwyn (Ministry of Justice): tender description'
ALT_S = 'Prison Operator Services - HMP Altcourse (Ministry of Justice): tender description'
SAT_S = 'Prisoner Screening and Assessment Tools and Associated Services (Ministry of Justice): notice description'
FAM_S = 'HMPPS Prisoner, Family and Significant Other Support Services Contracts: notice description'
OOH_S = ('Probation Services Dynamic Framework (PSDF) - Con_25523 Out of Hours Support Services within Approved Premises '
         '(Wales): lot description')
REP_S = 'Refugee Employability Programme (Secretary of State for the Home Department): notice description'
FDS_S = 'Future Defence Support Services (FDSS) (DE&S): notice description'
VIR_S = 'Project VIRTUS (Ministry of Defence): notice description'
APM_S = 'Social Value: Employing prison leavers and ex-offenders.'
MED_S = 'To bid for government contracts you now need to prove social value — are you ready?'
CIO_S = 'CIOB Client of the Year 2024: Ministry of Justice (MoJ)'
LOR_S = 'Appointed to UK Ministry of Justice contract'
WIG_S = 'New houseblock planned for Hindley prison as part of £500m construction deal'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # MOD: written answer on social value in defence equipment contracts
 (PQ, 'defence-sv', U, MU, [], PQ_S, 'In September 2020, the Cabinet Office published Procurement Policy Note (PPN) 06/20 requiring additional social value benefits to be explicitly evaluated in all central government procurement (where the requirements are relevant and proportionate) rather than just \'considered\' as previously required.'),
 (PQ, 'defence-sv', U, MU, [], PQ_S, 'The Social Value Model set out in the PPN requires a minimum of 10% of the total tender evaluation weighting to be allocated to specific social value criteria.', {'weighting_percent': 10}),
 (PQ, 'defence-sv', U, MU, [], PQ_S, 'The application of the Social Value Model has been required from 1 January 2021 for all procurements under the Public Contracts Regulations 2015 this has included a number of tenders conducted by the Ministry of Defence.'),
 (PQ, 'defence-sv', U, MU, [], PQ_S, 'From the 1st June 2021, the MOD will extend this to include all procurements under the Defence and Security Public Contract Regulations 2011.'),
 (PQ, 'defence-sv', U, MU, [], PQ_S, 'The MOD will continue to follow the guidance provided in PPN 06/20, setting out how to take account of social value in the award of contracts by using the Social Value Model.'),
 # CND Salisbury news item
 (CND, 'defence-sv', U, MU, [], CND_S, 'Building on the Social Value Act 2012, this model requires suppliers to demonstrate how their work will contribute to broader social, economic, and environmental goals.'),
 (CND, 'defence-sv', U, MU, [], CND_S, 'This approach focuses on tackling economic inequality, combating climate change, and promoting equal opportunity, fundamentally changing how government contracts are awarded.'),
 (CND, 'defence-sv', U, MU, [], CND_S, 'The Ministry of Defence (MOD) has fully embraced these principles, embedding social value into its procurement processes.'),
 (CND, 'defence-sv', U, MU, [], CND_S, 'Now, defence suppliers are evaluated not only on traditional metrics such as quality, time, and cost, but also on the additional benefits their projects bring to communities and the environment.'),
 (CND, 'defence-sv', U, MU, [], CND_S, 'This approach encourages suppliers to deliver wider public value, aligning with the Government’s policy to prioritise British suppliers and integrate social value into every aspect of procurement.'),
 # ADS Group / Defence Suppliers Forum
 (ADS, 'defence-sv', U, MU, [], ADS_S, 'The MOD Social Value Model establishes a common objective and provides a framework for companies to integrate social value considerations into their operations to drive positive change.'),
 (ADS, 'defence-sv', U, MU, [], ADS_S, 'The MOD and Defence Suppliers Forum (DSF) are committed to making the most of the Social Value Model, realising the opportunity to make a positive difference on key issues.'),
 # Salentis: social value statements in defence proposals
 (SAL, 'defence-sv', U, MU, [], SAL_S, 'Many defence organisations and SMEs are only just becoming aware of the latest changes to the bidding process, in the form of the mandated and weighted Social Value section that is now applied across defence in new tenders.'),
 (SAL, 'defence-sv', U, EO, ['economic-inequality'], SAL_S + ': What is Social Value?: For example:', 'If the creation of an enlarged workforce is a consequence of winning the bid, how can you ensure that this workforce has been recruited from as wide an area as possible including those that might otherwise not have had access to those roles due to them being from underrepresented groups.'),
 (SAL, 'defence-sv', U, MU, [], SAL_S + ': What is Social Value?', 'By adding social value outcomes to their contracts, public sector organisations can influence how their communities will be best served by selecting those bidders that can provide the maximum social value benefit to their local region or communities.'),
 # Armed Forces Covenant
 (DEN, 'defence-covenant', U, EO, ['economic-inequality'], DEN_S + ': Impact On Procurement', 'Whilst it is not a compulsory or legal requirement, and therefore having no impact on the award of any contract, Tendering Authorities are keenly aware of the significance of the Covenant and encourage all bidders to make their pledge.'),
 (LGL, 'defence-covenant', U, EO, ['economic-inequality'], LGL_S, '“The level of support will depend on the size and nature of the organisation, but typically includes policies that: encourage reserve service; support employment of veterans and service spouses/partners; give the Armed Forces community a fair deal on commercial products and services,” it says.'),
 (LGL, 'defence-covenant', U, EO, [], LGL_S + ': The policy note highlights the Covenant’s two key principles:', 'the armed forces community should not face disadvantages when compared to other citizens in the provision of public and commercial services;'),
 (GNW, 'defence-covenant', U, EO, [], GNW_S, 'This Armed Forces Day, government departments are encouraged to promote the Armed Forces Covenant with their suppliers through their procurement activity, and encourage them to sign up to the covenant.'),
 (GNW, 'defence-covenant', U, EO, [], GNW_S, 'Our new Procurement Policy Note encourages government departments to use their procurement activities to raise awareness of the Armed Forces Covenant with their suppliers, and encourage them to become signatories to the covenant.'),
 (GNW, 'defence-covenant', U, EO, ['economic-inequality'], GNW_S, 'On Armed Forces Day government suppliers are encouraged to help provide greater support to veterans and service spouses and partners.'),
 # DIO
 (TCI, 'defence-dio', U, EI, [], TCI_S, 'The plan also sets out ambitions to establish a broader and more diverse supply base, including doing more business with small and medium size enterprises (SMEs).'),
 (MIR, 'defence-dio', U, CL, [], MIR_S, 'The first big focus has been on sustainability and the delivery of significant CO2 reduction.'),
 (MIR, 'defence-dio', U, CL, [], MIR_S, 'This has included work by VIVO to install smart building management technology to reduce energy wastage.'),
 # Police and Crime Commissioners
 (WYP, 'police-sv', U, EO, [], WYP_S, 'Furthering equality and diversity will be a key focus of the commissioning process.'),
 (WYP, 'police-sv', U, EI, [], WYP_S, 'The commissioning process will support local regeneration where possible.'),
 (WYP, 'police-sv', U, MU, [], WYP_S, 'The commissioning process will champion social values.'),
 (PIN, 'police-sv', W, EI, ['wellbeing'], PIN_S, 'The aim of the policy is to procure consumables in a way that significantly boosts the local economy and strengthens local communities.'),
 # COPFS (Scotland)
 (CSP, 'justice-sv', S, MU, [], CSP_S, 'COPFS is committed to embedding corporate social responsibility and sustainability into our everyday procurement activity to benefit society, the economy and the environment.'),
 (CSP, 'justice-sv', S, CL, [], CSP_S, 'We will purchase goods and services in a way that minimises the impact on the environment where it is practical and economically viable to do so.'),
 (CSP, 'justice-sv', S, CL, [], CSP_S, 'Working with colleagues and suppliers, we will ensure whole-life costs are considered and that, where practical and economically viable, purchases have been manufactured and are delivered, used and disposed of, in an environmentally responsible manner.'),
 # Prison leavers as social value
 (APM, 'justice-sv', U, EI, [], APM_S, 'An important aspect of the Government’s agenda on social value, is to provide work for those who face barriers to employment and they specifically state prison leavers as a target group.'),
 (APM, 'justice-sv', U, EI, [], APM_S, 'This is covered under Theme 2 of the Social Value Model, tackling economic inequality (specifically MAC 2.2, Employment).'),
 (MED, 'justice-sv', U, EI, ['equal-opportunity'], MED_S, 'Prison leavers are referenced as priority groups by the Government across two of the five social value themes and are a largely untapped talent pool.'),
 (MED, 'justice-sv', U, MU, [], MED_S, 'From 1st January 2020, all suppliers who want to bid for government contracts will have at least 10% of their assessment based on “social value”.', {'weighting_percent': 10}),
 # MoJ prison builds
 (CIO, 'justice-build', U, MU, [], CIO_S + ': What is MoJ?', 'In doing so, their aim is to deliver positive social value both in how they go about procurement and in the outcomes they achieve.'),
 (CIO, 'justice-build', U, EI, [], CIO_S + ': What is MoJ?', 'They see the mutual benefit in supporting their suppliers’ growth by investing in jobs and skills while holding them to account.'),
 (LOR, 'justice-build', U, EI, [], LOR_S, 'All three contractors will also provide training and employment opportunities for prison leavers to support rehabilitation.'),
 (LOR, 'justice-build', U, MU, [], LOR_S, 'Building on the success of the MoJ’s pioneering Alliance model, all three contractors will collaborate and share best practice to provide high quality new facilities, drive down carbon emissions and deliver social value to the prison community.'),
 (LOR, 'justice-build', U, MU, [], LOR_S, 'This approach is fully aligned with the UK government’s Construction Playbook and recognises the significant benefits of Tier 1 contractors working together to drive innovation, maximise social value outcomes and create a contemporary prison estate that will deliver on the UK’s 2050 net zero carbon targets.'),
 (LOR, 'justice-build', U, CL, [], LOR_S, 'Standardised design will maximise efficiency and reduce carbon emissions'),
 (WIG, 'justice-build', U, EI, [], WIG_S, 'They aim to add to the Government’s drive to cut reoffending and crime by getting more ex-offenders into jobs.'),
 (WIG, 'justice-build', U, EI, [], WIG_S, 'This includes jobs through Kier’s Making Ground initiative, which offers prisoners on temporary licence jobs in the construction industry.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # MOD written answer: the Green Book's appraisal sense of social value; the question itself
 (PQ, 'defence-sv', U, PQ_S, 'The Ministry of Defence (MOD) procurement decision-making processes continue to be based on HM Treasury\'s Green Book framework.'),
 (PQ, 'defence-sv', U, PQ_S, 'This ensures that all relevant costs and benefits to UK society are considered when undertaking procurement and project appraisal, thereby reflecting the totality of impacts on UK society overall, referred to as social value.'),
 (PQ, 'defence-sv', U, PQ_S, 'To ask the Secretary of State for Defence, when he plans to publish guidance on social value in defence equipment contracts.'),
 # CND Salisbury
 (CND, 'defence-sv', U, CND_S + ': Social Value in Action: HMS Ambuscade Repatriation', 'An exemplary initiative that embodies these principles is the Clyde Naval Heritage’s project to repatriate HMS Ambuscade, currently known as PNS Tariq, from Pakistan to the River Clyde.'),
 # ADS: about the guide and the sector
 (ADS, 'defence-sv', U, ADS_S, 'The defence sector significantly contributes to social value through its role in ensuring national security and stability, which in turn supports broader societal well-being and development.'),
 (ADS, 'defence-sv', U, ADS_S + ': Social Value 101', 'The Social Value 101 guide sets out clear guidance to help SMEs articulate the Social Value they will deliver as they go through the tender process.'),
 (ADS, 'defence-sv', U, ADS_S + ': Social Value 101', 'It is designed for those new to Social Value and as a helpful reminder to others; outlining considerations at each stage of the procurement process to help drive positive change.'),
 # Salentis
 (SAL, 'defence-sv', U, SAL_S, 'When SORs for multi-million pound contracts drive convergence between competing offers, the scope for differentiation is limited – so the company that takes Social Value seriously can gain a serious advantage.'),
 (SAL, 'defence-sv', U, SAL_S + ': What is Social Value?', 'Social Value has historically been seen as quite an ambiguous term.'),
 # Turner & Townsend: the MoD's own centre of expertise
 (TT, 'defence-sv', U, TT_S + ': Centre of expertise', 'The MoD wanted to establish a social value centre of expertise which could be a focal point for the multiple different budget holders and procurement agencies that it controls.'),
 # Armed Forces Covenant: history, definitions, counts, documents
 (DEN, 'defence-covenant', U, DEN_S + ': Background To The Armed Forces Covenant', 'Whilst a covenant usually implies some form of legal agreement, the Armed Forces Covenant has no basis in law and is instead an informal understanding.'),
 (LGL, 'defence-covenant', U, LGL_S, 'The Crown Commercial Service has issued a procurement policy note on how Government departments can encourage suppliers to sign up to the Armed Forces Covenant.'),
 (LGL, 'defence-covenant', U, LGL_S, 'The policy note, which can be viewed here, applies to all central government departments, their executive agencies and non-departmental public bodies.'),
 (GNW, 'defence-covenant', U, GNW_S, 'The Armed Forces Covenant was brought in under the Armed Forces Act 2011 to recognise sacrifices made by the armed forces, and to work with businesses, local authorities, charities and community organisations to support the forces through services, policy and projects.'),
 (AFC, 'defence-covenant', U, AFC_S, 'The Covenant in Business (also known as the Corporate Covenant) is a voluntary pledge from businesses and other organisations that wish to demonstrate their support for the Armed Forces community.'),
 # Defence and security rules (Procurement Act guidance, e-learning summary, DSPCR chapter 15, Gowling WLG)
 (GDS, 'defence-rules', U, GDS_S, 'The specific defence and security provisions in the Procurement Act 2023 (Act), listed at Annex A to this guidance, provide derogations and flexibility to cater for the limited differences in the way that contracting authorities awarding defence and security contracts need to operate compared to those awarding other contracts.'),
 (GDS, 'defence-rules', U, GDS_S, 'Some of the provisions in the Act relating to equal treatment of suppliers and greater openness in the conduct of procurement procedures might not be practical where the nature of the defence market limits the scope for competition.'),
 (GDS, 'defence-rules', U, GDS_S, 'Others may put at risk the UK’s defence and security interests, such as maintaining security of supply for critical defence supplies.'),
 (GDS, 'defence-rules', U, GDS_S, 'The rules governing defence and security procurement in the UK are contained in the Act and replace the repealed Defence and Security Public Contracts Regulations 2011 (DSPCR).'),
 (GEL, 'defence-rules', U, GEL_S, 'While the majority of defence and security procurements will follow the general regime (as set out in Summary Documents 1-9), some exemptions and additional provisions apply specifically for defence and security contracts.'),
 (D15, 'defence-rules', U, D15_S + ': What is the legal framework?', 'A supplier is automatically ineligible if there is a confirmed conviction for any of the offences listed in Regulation 23(1), unless the procurer disregards the supplier’s exclusion under the general interest test at Regulation 23(2).'),
 (GOW, 'defence-rules', U, GOW_S + ': Specifically, these include defence and security contracts where:', 'the supplier is located in an area outside the UK where the armed forces are deployed, and the operational needs require the contract to be awarded to that supplier (schedule 2 (paragraph 27));'),
 (GOW, 'defence-rules', U, GOW_S, 'Also exempt are contracts that the contracting authority determines should not, in the interests of national security, be subject to the Act or a part of it (schedule 2 (paragraph 25)), and contracts for the purposes of carrying out, facilitating or supporting intelligence activities (schedule 2 (paragraph 26)).'),
 # Cyber (DCPP) and a Defence Digital-style opportunity
 (DCP, 'defence-cyber', U, DCP_S + ': Defence Cyber Protection Partnership (DCPP)', 'The DCPP’s primary output is the Cyber Security Model which has applied to all new defence procurements from April 2017 (to the first tier of the supply chain only) and fully implemented (with flow-down into supply chain) from October 2017.'),
 (DCP, 'defence-cyber', U, DCP_S + ': The government’s overarching vision', 'The government’s vision is to derive huge economic and social value from a vibrant, resilient and secure cyberspace, where our actions, guided by our core values of liberty, fairness, transparency and the rule of law, enhance prosperity, national security and a strong society.'),
 (DM1, 'defence-cyber', U, DM1_S + ': Summary of the work', 'The Ministry of Defence is looking for a Delivery Partner to provide suitably qualified and experienced personnel to support in a highly agile, multi-disciplinary Cyber environment (Digital, Data, Technology, Information management, architecture etc) with the flexibility and capacity to meet changing priorities.'),
 (DM1, 'defence-cyber', U, DM1_S + ': Off-payroll (IR35) determination', 'Supply of resource: the off-payroll rules will apply to any workers engaged through a qualifying intermediary, such as their own limited company'),
 (MCB, 'defence-dio', U, MCB_S + ': Armed Forces Recruiting Programme PIN', 'Are you a supplier that is involved in recruiting operations, including marketing, digital, and assessment (medical, cognitive/psychometric and physical)?'),
 # DIO: what is bought, contract mechanics
 (TCI, 'defence-dio', U, TCI_S, 'This includes work to construct new buildings, such as housing and accommodation, the refurbishment of current facilities, and the provision of services such as catering, waste management and cleaning.'),
 (MIR, 'defence-dio', U, MIR_S, 'A new \'trust with consequences\' (TwC) contractual arrangement has been adopted for delivering low value, high volume works in a quicker and more agile way.'),
 (PSS, 'defence-dio', U, PSS_S, 'The contracts provide planned and reactive maintenance including grounds maintenance and have capability to deliver additional professional services, low value capital works and capital projects up to a value of £3.93 million.'),
 # DE&S and MOD notices: materiel bought
 (FDS, 'defence-notice', U, FDS_S, 'A worldwide Movement & Distribution capability for the movement of Defence Materiel incorporating all modes of transportation including Road, Rail, Air & Sea.'),
 (FDS, 'defence-notice', U, FDS_S, 'Will include the receipt, store, account, maintenance, issue and disposal of materiel.'),
 (FDS, 'defence-notice', U, FDS_S + ': Support the Human Being (and Defence Animals)', 'Medical, Dental and Veterinary Equipment (MDVE) including Blood and Blood products, Pharmaceuticals, and medical consumables'),
 (VIR, 'defence-notice', U, VIR_S, 'The Authority has a requirement for the ongoing supply, support and development of the VIRTUS integrated body armour, helmet and load carriage system.'),
 # Police and PCCs
 (WYP, 'police-sv', U, WYP_S, 'All services procured must represent value for money.'),
 (WYP, 'police-sv', U, WYP_S, 'We will measure whether or not outcomes have been delivered and hold our providers to account seeking feedback from service users, communities and providers, in order to review the effectiveness of the commissioning process in meeting local needs.'),
 (HPC, 'police-sv', U, HPC_S, 'The Procurement Strategy has been developed to support Hampshire Constabulary’s objectives and the priorities set out in the PCC’s Police and Crime Plan 2016-21.'),
 (BLC, 'police-sv', U, BLC_S, 'BLC serves as the National Contracting Authority for the blue light sector, with the goal of providing a single access point to the market and a more agile commercial engagement model.'),
 # COPFS
 (CSP, 'justice-sv', S, CSP_S, 'This policy will be reviewed annually as part of our corporate planning cycle.'),
 (CPS, 'justice-sv', S, CPS_S, 'The establishment in 2017/2018 of a dedicated Central Procurement Team in COPFS demonstrated the commitment by the organisation to undertaking procurement and contract management in a compliant and effective manner.'),
 # Probation Services Dynamic Framework
 (TED, 'justice-probation', U, TED_S, 'The Authority seeks to establish a probation services dynamic framework (‘DF’) to purchase services to deliver rehabilitation and resettlement interventions.'),
 (S2W, 'justice-probation', U, S2W_S, 'Bidders must pass the selection questionnaire (SQ) to sign the framework agreement and be appointed to the DF.'),
 (S2W, 'justice-probation', U, S2W_S + ': Interventions fall under fourteen (14) DF Service Categories:', 'education, training and employment (‘ETE’)'),
 (CAR, 'justice-probation', U, CAR_S, 'Providers can apply to join the Dynamic Framework through the submission of a Supplier Questionnaire and accompanying service descriptors and case studies for the Categories they wish to be considered for.'),
 # MoJ / HMPPS and Home Office notices: what is bought
 (FSP, 'justice-notice', U, FSP_S, 'Any programme will include, a minimum of a job interview for a genuine vacancy and/or job offer for everyone who completes a Future Skills Programme course.'),
 (BER, 'justice-notice', U, BER_S, 'The successful provider will provide commercially operated workshops similar to working conditions outside of the custodial environment in which prisoners will obtain employability skills.'),
 (ALT, 'justice-notice', U, ALT_S + ': The Prison Operator Services will include:', 'Delivery of Education services to meets the needs of the rehabilitation cohort'),
 (SAT, 'justice-notice', U, SAT_S, 'Due to the importance of having a \'human element\' in assessing reading ability. , Reading assessments can be partly digital but must include interaction with assessment outcomes.'),
 (FAM, 'justice-notice', U, FAM_S, 'Prison Rules require prisons to actively encourage prisoners to maintain outside contacts and meaningful family ties.'),
 (OOH, 'justice-notice', W, OOH_S, 'This service aims to deliver meaningful improvements in mental health and wellbeing support available within Approved Premises (APs), particularly during out-of-hours periods'),
 (REP, 'justice-notice', U, REP_S, 'An Enhanced Integration Package (EIP) was announced as part of the New Plan for Immigration (NPI) in support of the objective of better protecting and supporting those in genuine need.'),
 # Prison leavers as social value: commentary
 (APM, 'justice-sv', U, APM_S, 'Fortunately, there is a lot of support which you can access from HM Prison and Probation Service (HMPPS) and from charities such as St Giles Trust and the Wise Group.'),
 # MoJ prison builds: what is built
 (CIO, 'justice-build', U, CIO_S + ': What is MoJ?', 'The MoJ is a central government department with responsibility for HM Prison and Probation Service, HM Courts and Tribunal Service, National Probation Service and other government agencies.'),
 (LOR, 'justice-build', U, LOR_S, 'Each houseblock will include 60 single-occupancy rooms and be supported by larger kitchen spaces and other relevant ancillaries.'),
 (LOR, 'justice-build', U, LOR_S, 'A number of the sites will contain educational areas for study and light industrial units where prisoners can take professional construction related courses.'),
 (WIG, 'justice-build', U, WIG_S, 'Designed with security and rehabilitation in mind, the the new houseblocks will include X-shaped buildings with wider landings to increase visibility of multiple wings, helping officers to maintain order.'),
]
OGL_HOSTS = ('gov.uk', 'copfs.gov.uk', 'sell2wales.gov.wales', 'digitalmarketplace.service.gov.uk')
batch = Batch('public-texts-89.jsonl')


def group_of(src):
    # One document, one group: each notice (`ocds:<ocid>`); the Probation Services Dynamic Framework contract notice
    # as TED and Sell2Wales publish it; the two COPFS procurement documents stay apart (a policy statement and a
    # strategy).
    if (g := ocid_group(src)): return g
    if src in (TED, S2W): return 'notice:probation-services-dynamic-framework-2020'
    return src


batch.emit_lists('pub89', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
