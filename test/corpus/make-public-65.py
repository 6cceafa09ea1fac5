"""Write /work/batches/public-texts-65.jsonl: UNIVERSITIES, COLLEGES, SCHOOLS, POLICE, FIRE and TRANSPORT bodies in
the UK, from sources the corpus did not yet hold: what these buyers and their consortia publish about the social value,
sustainability, community benefits, responsible procurement and fair work they ask of suppliers, with hard negatives
from the same documents (definitions, the buyer's own staff pay and certifications, internal groups and tools, text
about a policy document, legal duties, evaluation mechanics, tender glossary entries, what a contract buys even where
its subject is sustainability, notice dates and eligibility).

Sources: universities' and colleges' procurement pages (University for the Creative Arts' workers' rights page, the
University of Leeds' sustainable procurement page, the University of Glasgow's PSED report on procurement, the
University of Staffordshire's procurement sustainability page, the University of Worcester's sustainable procurement
page, Queen Margaret University's annual procurement report pages, the University of Lincoln's tendering glossary, the
University of Strathclyde's becoming-a-supplier page, the University of Edinburgh's 2016-17 sustainability report on
procurement, the University of Northampton's £1 Billion University Challenge), Advance HE's guidance on equality in
procurement, the Sustainability Exchange news item on the English HE purchasing consortia (PEL), SRSCC's interview
with the University of Liverpool's sustainable procurement lead; police (Norfolk PCC's Social Value Policy, the
Lancashire PCC's procurement page and Backing Lancashire pledge, Lancashire Constabulary's procurement page and the
Clitheroe Advertiser's report of the Lancashire PCC's policy); fire (London Fire Brigade's responsible procurement page,
South Yorkshire Fire and Rescue's Sustainable Procurement Policy, the Scottish Fire and Rescue Service's Procurement
Strategy 2021/24); transport (the Mayor of London's press release on the GLA Group's Responsible Procurement
Implementation Plan, which binds TfL, the London Fire Commissioner and MOPAC; National Highways' Social Enterprise DPS
notice as copied by d3tenders.com; Safer Highways' interview with National Highways' procurement director); schools
(the Department for Education's Find a Tender notice for a project to improve school food procurement: the project
bought, all negatives).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and letters
dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr).
Find a Tender notice data is OGL v3, the d3tenders copy carries the notice-data licence; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-65.py > /work/batches/public-texts-65.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

U, S = 'uk', 'scotland'

# universities, colleges and their sector bodies
UCA = 'https://www.uca.ac.uk/about-us/environment-and-sustainability/workers-rights/'
LDS = 'https://sustainability.leeds.ac.uk/sustainable-procurement/'
GLA = 'https://gla.ac.uk/myglasgow/equalitydiversity/psed/psedreport/procurement'
STF = 'https://staffslondon.ac.uk/about/corporate-information/finance/procurement/sustainability'
WOR = 'https://www.worc.ac.uk/about/sustainability/what-we-do/sustainable-procurement-and-ethical-investment.aspx'
QM3 = ('https://www.qmu.ac.uk/finance/qmu-annual-procurement-report/'
       'qmu-procurement-report-section-3-community-benefit-summary/')
QMA = 'https://www.qmu.ac.uk/finance/annual-procurement-report-december-2020/'
LIN = 'https://finance.blogs.lincoln.ac.uk/tendering-glossary/'
STR = ('https://www.strath.ac.uk/professionalservices/procurement/informationforvisitorsandsuppliers/'
       'becomingasupplier/')
EDI = ('https://www.ed.ac.uk/about/sustainability/governance-publications-reports/reports/2016-17/themes/'
       'sustainable-procurement')
NTH = 'http://www.northampton.ac.uk/business-and-enterprise/enterprise/the-1-billion-university-challenge/'
AHE = 'https://www.advance-he.ac.uk/guidance/equality-diversity-and-inclusion/governance-and-policies/procurement'
PEL = 'https://sustainabilityexchange.ac.uk/news/collaborative_procurement_frameworks_helping_in'
LIV = 'https://srscc.co.uk/news/an-interview-with-mandy-johnston'
# police
NPC = 'https://norfolk-pcc.gov.uk/key-information/finance/social-value-policy'
LPT = 'https://www.lancashire-pcc.gov.uk/transparency/financial-information/commissioning/procurement-and-contracts/'
LBL = 'https://www.lancashire-pcc.gov.uk/what-is-backing-lancashire/'
LCP = 'http://www.lancashire.police.uk/about-us/corporate-information/purchasing-and-contracts'
CLI = ('https://www.clitheroeadvertiser.co.uk/news/lancashire-constabulary-increase-local-investment-by-11-to-36m-'
       '1-9352613')
# fire
LFB = 'http://www.london-fire.gov.uk/ResponsibleProcurement.asp?mode=hivis'
SYF = 'https://docest.com/doc/57318/sustainable-procurement-policy'
SFR = 'https://vdocuments.site/sfrs-procurement-strategy.html'
# transport
GLP = 'https://www.london.gov.uk/press-releases/mayoral/mayor-to-use-gla-spending-to-create-equal-london'
NHD = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-03ef6f'
NHI = ('https://www.saferhighways.co.uk/post/delivering-social-value-and-catalysing-change-an-interview-with-'
       'malcolm-dare')
# schools
DFE = 'https://www.find-tender.service.gov.uk/Notice/044577-2025'

UCA_S = 'Workers’ rights and the global supply chain'
UCA_P = UCA_S + ': Sustainable Procurement: opportunities to realise the University’s environmental and social objectives'
LDS_S = 'Sustainable procurement (University of Leeds Sustainability Service)'
GLA_S = 'Procurement (University of Glasgow PSED report)'
GLA_C = GLA_S + ': Supply Chain Code of Conduct: Social Compliance requires the following:'
GLA_E = GLA_S + ': The Procurement Policy highlights the code of ethics required in all purchases for the University such as:'
STF_S = 'Procurement: Sustainability (University of Staffordshire)'
STF_L = STF_S + ': In line with the Environment and Sustainability Policy, Procurement will seek to:'
WOR_S = 'Sustainable procurement and ethical investment (University of Worcester)'
WOR_T = WOR_S + ': Carbon emissions targets: Some of our procurement targets for this year are'
WOR_H = WOR_S + ': How are we going to achieve these targets?'
QM3_S = 'QMU Procurement Report - Section 3: Community Benefit Summary'
QM3_L = QM3_S + ': Relevant community benefits are cited, such as:'
QMA_S = 'Annual Procurement Report: August 2019 - July 2020 (Queen Margaret University): Executive Summary'
LIN_S = 'Tendering Glossary (University of Lincoln): The tender process'
STR_S = 'Procurement: Becoming a supplier (University of Strathclyde): Tender process'
EDI_S = 'Sustainability: Sustainable procurement (University of Edinburgh report 2016-17)'
NTH_S = 'The £1 Billion University Challenge (University of Northampton)'
AHE_S = 'Procurement (Advance HE: equality, diversity and inclusion: governance and policies)'
AHE_E = AHE_S + ': Effective procurement practice'
PEL_S = 'Collaborative procurement frameworks helping institutions meet their sustainability targets'
LIV_S = 'An interview with Mandy Johnston (University of Liverpool)'
LIV_A = LIV_S + ': Supplier Engagement System: 5 key areas of sustainability'
NPC_S = 'Social Value Policy (Norfolk Police and Crime Commissioner)'
NPC_1 = NPC_S + ': 1. Introduction and Need'
LPT_S = 'Procurement and Contracts (Lancashire Police and Crime Commissioner)'
LBL_S = 'What is Backing Lancashire?: The ‘Backing Lancashire’ Pledge'
LCP_S = 'Procurement and Contracts (Lancashire Constabulary)'
CLI_S = 'Lancashire Constabulary increase local investment by 11% to £36m'
LFB_S = 'London Fire Brigade: Responsible procurement'
SYF_S = 'Sustainable Procurement Policy (South Yorkshire Fire and Rescue): Introduction'
SFR_S = 'SFRS Procurement Strategy 2021/24: 1. Introduction'
GLP_S = 'Mayor pledges to use GLA spending power to create an equal London'
GLP_L = GLP_S + ': As a result of these changes:'
NHD_S = 'Regional delivery expansion of the Social Enterprise Dynamic Purchasing System (National Highways): notice description'
NHI_S = 'Delivering social value and catalysing change: An interview with Malcolm Dare (National Highways)'
DFE_S = 'Project to Improve School Food Procurement Practices (Department for Education): Scope: Description'
DFE_O = DFE_S + ': 1. Encourage food procurement best practice in the education sector - this would include:'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # University for the Creative Arts
 (UCA, 'uni-policy', U, CL, [], UCA_P, 'Minimising carbon and other greenhouse gas emissions'),
 (UCA, 'uni-policy', U, CL, [], UCA_P, 'Minimising energy and water consumption'),
 (UCA, 'uni-policy', U, CL, [], UCA_P, 'Reducing waste produced and enhancing reuse, remanufacture, recycling and recovery of waste'),
 (UCA, 'uni-policy', U, CL, [], UCA_P, 'Minimising hazardous material use and preventing pollution'),
 (UCA, 'uni-policy', U, CL, [], UCA_P, 'Protecting biodiversity'),
 (UCA, 'uni-policy', U, EI, [], UCA_P, 'Enhancing opportunities for education, training and employment'),
 (UCA, 'uni-policy', U, EO, [], UCA_P, 'Using fair and ethical supply chains'),
 (UCA, 'uni-policy', U, EI, [], UCA_P, 'Encouraging SMEs and Social Enterprises to compete for business'),
 # University of Leeds
 (LDS, 'uni-policy', U, MU, [], LDS_S, 'We ensure that sustainability is included in the assessment of all University contracts and when there is high risk or potential opportunity the service works with contract managers to find ways to incorporate sustainability into the ITT and specification.'),
 (LDS, 'uni-policy', U, EO, [], LDS_S, 'Our recent sign up to Electronics Watch is an example of how we are working in partnership with EU buyers and Electronics Watch with the aim of having a positive influence on labour issues associated with the electronics industry.'),
 (LDS, 'uni-policy', U, EO, [], LDS_S, 'We are in the process of providing Fair Wear accredited Fairtrade Uniforms for all staff and we would love to hear any more ideas you might have.'),
 # University of Glasgow: supply chain code of conduct
 (GLA, 'uni-policy', S, EO, [], GLA_C, 'Treat employees fairly'),
 (GLA, 'uni-policy', S, EO, [], GLA_C, 'Allow employees the freedom of association to join (but not be forced to join), or be represented by, a trade union or similar organisation of their choice, and be free to leave such organisations.'),
 (GLA, 'uni-policy', S, EO, [], GLA_C, 'Not discriminate or unfairly treat any employee for any reason including education, social class / caste, nationality, trade union membership or any of the 9 Protected Characteristics of the Equality Act 2010.'),
 (GLA, 'uni-policy', S, EO, [], GLA_C, 'Provide a workplace free from discrimination, harassment or victimisation.'),
 (GLA, 'uni-policy', S, EO, [], GLA_C, 'Treat all employees with respect and dignity, and not accept inequality as justifiable on a basis of culture.'),
 (GLA, 'uni-policy', S, EO, [], GLA_C, 'Remunerate all employees equally at the same employment grade, regardless of any characteristics listed above, unless statutory conditions require otherwise.'),
 # University of Staffordshire
 (STF, 'uni-policy', U, CL, [], STF_L, 'Minimise the use of non-renewable and limited natural resources in our procurement choices and throughout our supply chain'),
 (STF, 'uni-policy', U, CL, [], STF_L, 'Effectively reduce and manage waste in the supply chain'),
 (STF, 'uni-policy', U, CL, [], STF_L, 'Support the management of our carbon impact'),
 (STF, 'uni-policy', U, MU, [], STF_L, 'Work with our suppliers and with University colleagues to raise awareness of sustainability and building a more sustainable economy'),
 (STF, 'uni-policy', U, EO, [], STF_L, 'Ensure that ethical considerations such as Fairtrade, Modern Slavery and a living wage are considered in our procurement practices.'),
 # University of Worcester
 (WOR, 'uni-policy', U, CL, [], WOR_T, 'Reduce the carbon emissions attributed to contracts the university is able to influence by 5% from 2011-12 baseline by 2020'),
 (WOR, 'uni-policy', U, EO, [], WOR_H, 'Increase the number and types of Fairtrade products on campus, including the Campus Shop.'),
 # Queen Margaret University: community benefit summary
 (QM3, 'uni-report', S, MU, [], QM3_S, 'For every procurement over £4m, Queen Margaret University will consider how it can improve the economic, social or environmental wellbeing of its area through inclusion of community benefit clauses, to assist with achieving sustainability in contracts activity, including targeted recruitment and training, small business and social enterprise development and community engagement.'),
 (QM3, 'uni-report', S, MU, [], QM3_S, 'Where possible, relevant and proportionate, and where they are considered not to have a negative impact on the delivery of value for money, such clauses may be included in regulated procurements valued at below £4m.'),
 (QM3, 'uni-report', S, MU, [], QM3_S, 'Where relevant and proportionate to the subject matter of the procurement, the requirement is then built into the procurement specification and into the eventual conditions of contract performance.'),
 (QM3, 'uni-report', S, MU, [], QM3_S, 'Where applicable, as part of the tendering process, suppliers are invited to describe their approach to delivering community benefits or achieving social value through a contract.'),
 (QM3, 'uni-report', S, EI, [], QM3_L, 'providing ‘upskilling’ opportunities (e.g. Toolbox talks) with students and staff,'),
 (QM3, 'uni-report', S, EI, [], QM3_L, 'employment, student work experience and vocational training opportunities,'),
 (QM3, 'uni-report', S, EI, [], QM3_L, 'apprenticeships,'),
 (QM3, 'uni-report', S, EI, [], QM3_L, 'local subcontractor opportunities available to SMEs, 3rd sector and supported businesses,'),
 (QM3, 'uni-report', S, WB, [], QM3_L, 'direct involvement in community based schemes or programmes,'),
 (QM3, 'uni-report', S, EO, [], QM3_L, 'equality and diversity initiatives,'),
 (QM3, 'uni-report', S, EI, [], QM3_L, 'supply-chain development activity,'),
 # University of Northampton
 (NTH, 'uni-case', U, EI, ['equal-opportunity'], NTH_S, 'For example, a university could choose to give a social enterprise employing disabled people, or training and employing the long term unemployed, the contract to operate a catering operation.'),
 (NTH, 'uni-case', U, MU, [], NTH_S, 'Therefore, HEIs also need to think about how they work with private sector organisations to deliver social value through their supply chains.'),
 (NTH, 'uni-case', U, EI, [], NTH_S, 'The main contractor, Kier, and the University are bringing social enterprises and charities providing painting, plastering and cleaning services into the chain of suppliers involved in the construction of the centre.'),
 # Advance HE
 (AHE, 'uni-guidance', U, EO, [], AHE_S, 'In Scotland and Wales, institutions have a specific duty to have due regard to whether award criteria and contract conditions should include considerations to enable them to better advance equality.'),
 (AHE, 'uni-guidance', U, EO, [], AHE_E, 'Develop pre-qualification equality questions to include in all tenders for works or services of high value.'),
 # HE purchasing consortia (PEL)
 (PEL, 'uni-consortium', U, MU, [], PEL_S, 'Sustainability initiatives have become embedded into consortia agreements and frameworks, including social, economic and environmental aspects.'),
 (PEL, 'uni-consortium', U, MU, [], PEL_S, 'Sustainability is always part of the tender development process and many agreements include evaluation criteria specifically developed to consider the social, economic and environmental needs of the HE sector.'),
 # University of Liverpool (SRSCC interview)
 (LIV, 'uni-case', U, MU, [], LIV_S, 'Suppliers awarded via a tender process must show they are working towards positive social value.'),
 (LIV, 'uni-case', U, EO, [], LIV_A, 'Ethical Business Practice'),
 (LIV, 'uni-case', U, CL, [], LIV_A, 'Climate Emergency (including carbon reduction and net zero)'),
 (LIV, 'uni-case', U, EO, [], LIV_A, 'Equality, Diversity & Inclusion'),
 (LIV, 'uni-case', U, WB, [], LIV_A, 'Social/Community Contribution'),
 # Norfolk PCC Social Value Policy
 (NPC, 'police-policy', U, WB, [], NPC_1, 'By bringing forward this Social Value policy, our suppliers and those of our partner organisations are actively encouraged to deliver positive social impact for Norfolk’s communities through the three Police and Crime Plan priorities of:'),
 (NPC, 'police-policy', U, CL, [], NPC_1, 'In addition to these priorities, the need to deliver environmental benefits and address the local effects of global climate change is pressing.'),
 (NPC, 'police-policy', U, MU, [], NPC_1, 'In this the OPCCN will actively seek collaboration with like-minded organisations and suppliers who are aligned with its values, placing a premium on making meaningful contributions to society at large.'),
 # Lancashire PCC and Constabulary
 (LBL, 'police-policy', U, MU, [], LBL_S, 'We (insert organisation) support ‘Backing Lancashire’ and wherever possible aim to ensure our procurement, commissioning and general business activity maximises social, economic and environmental benefit within the county and the wider North West region.'),
 (CLI, 'police-news', U, EI, ['equal-opportunity'], CLI_S, 'Much of this increase is due to the building of the new West Division Headquarters, with businesses in Lancashire involved in the project, creating jobs and apprenticeships, but the Social Value Policy has an impact on all contracts, ensuring that social value - such as location, whether an organisation pays the real Living Wage, and whether the contract will create or sustain jobs and apprenticeships in the county - are also considered.'),
 # London Fire Brigade
 (LFB, 'fire-policy', U, MU, [], LFB_S, 'The Brigade has this at the very heart of its agenda – from requiring apprenticeships in the new build of our fire stations to workwear that supports a more diverse workforce, and from fitting our fire stations with solar panels to replacing our fleet with electric vehicles.'),
 (LFB, 'fire-policy', U, MU, [], LFB_S, 'Through the implementation of the GLA Group Responsible Procurement Policy we are actively addressing the impacts associated with our own procurement activities, and working with our suppliers to address their impacts.'),
 (LFB, 'fire-policy', U, MU, [], LFB_S + ': Next steps', 'We will continue to work with our existing suppliers to help them develop responsible procurement action plans and identify new suppliers that can help us achieve our aims.'),
 # GLA Group (TfL, London Fire Commissioner, MOPAC): Responsible Procurement Implementation Plan
 (GLP, 'transport-policy', U, MU, [], GLP_S, 'The Responsible Procurement Implementation Plan will support the Mayor’s commitment to helping small businesses thrive and to achieving net zero for London by 2030, by embedding new requirements in all contracts with suppliers to the GLA Group - which includes Transport for London (TfL), the London Fire Commissioner, the Mayor’s Office for Policing and Crime (MOPAC), the London Legacy Development Corporation and the Old Oak and Park Royal Development Corporation (OPDC).'),
 (GLP, 'transport-policy', U, CL, [], GLP_L, 'New contracts from 2025 will require zero-emission deliveries to GLA Group sites'),
 (GLP, 'transport-policy', U, EI, [], GLP_L, 'The GLA Group will work towards purchasing 20 per cent of goods and services from small and medium-sized enterprises (SMEs) either directly or indirectly, in line with the London Anchor Institutions Charter.'),
 (GLP, 'transport-policy', U, EO, [], GLP_L, 'Suppliers are expected to be willing to have trade union recognition agreements.'),
 (GLP, 'transport-policy', U, MU, [], GLP_L, 'And tenders above certain values, will have a minimum of 10% weighting applied to Social Value which recognises bidders who will deliver community, environmental and local economic benefits.', {'weighting_percent': 10}),
 (GLP, 'transport-policy', U, EO, ['economic-inequality'], GLP_S, 'The GLA Group will also double the number of suppliers accredited to the Mayor’s Good Work Standard from 26 to 52 and create 500 new supply-chain apprenticeships per year, prioritising diversity.'),
 # National Highways
 (NHD, 'transport-notice', U, EI, [], NHD_S, 'We have enabled this DPS to allow our supply chain and other government departments to procure the Goods and/or Services that these organisation\'s offer.'),
 (NHI, 'transport-case', U, MU, [], NHI_S + ': How do you define social value?', 'This can take many forms – from creating wildlife habitats to employing veterans to help them get back on their feet.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # University for the Creative Arts
 (UCA, 'uni-policy', U, UCA_S + ': Living Wage', 'In 2018 the UCA Leadership Team approved a proposal to continue to commit to paying the Living Wage as a minimum, to all UCA staff in established and fixed term posts.'),
 (UCA, 'uni-policy', U, UCA_P, 'Ensure that procurement activity complies with all National and European legislation.'),
 (UCA, 'uni-policy', U, UCA_P, 'Create a reputation for being a centre of sustainable procurement excellence and as being a good organisation to do business with'),
 # University of Leeds
 (LDS, 'uni-policy', U, LDS_S, 'Of course, when dealing with large companies, framework contracts, or specialised equipment there can be severe limitation of what we can achieve by ourselves.'),
 (LDS, 'uni-policy', U, LDS_S, 'Over the next 5 months we will be working in collaboration with our purchasing team to achieve level 4 of the Flexible Framework  with the aim of standardising our systems and truly embedding sustainability into our purchasing.'),
 (LDS, 'uni-policy', U, LDS_S, 'Our Sustainable Procurement Standard explains our key requirements, objectives and action plan for embedding sustainability into purchasing at the University.'),
 # University of Glasgow
 (GLA, 'uni-policy', S, GLA_E, 'Effectiveness & Efficiency (value for money)'),
 (GLA, 'uni-policy', S, GLA_E, 'Open, fair and transparent procedures'),
 (GLA, 'uni-policy', S, GLA_E, 'Health & Safety at Work Act 1974'),
 (GLA, 'uni-policy', S, GLA_S, 'Where tendering activity is carried out, an award criterion is based on ‘most economically advantageous tender’ and not on lowest price.'),
 (GLA, 'uni-policy', S, GLA_S, 'The University has an internal code of conduct and external codes of conduct for all suppliers going through a tender process, this is known as the Sustainable Procurement Programme – Supply Chain Code of Conduct.'),
 # University of Staffordshire
 (STF, 'uni-policy', U, STF_L, 'Effectively manage the delivery of goods and services to the University'),
 (STF, 'uni-policy', U, STF_S, 'Sustainable Procurement is a process whereby organisations meet their needs for goods, services, works and utilities in a way that achieves value for money on a whole life basis in terms of generating benefits not only to the organisation, but also to society and the economy, whilst minimising damage to the environment.'),
 (STF, 'uni-policy', U, STF_S, 'The University also use a tool ‘Netpositive Futures’ which assists in the development of the supply chain regarding sustainability, enabling suppliers to identify and measure their achievements in addressing sustainability.'),
 (STF, 'uni-policy', U, STF_S, 'The Procurement Team have created a sustainability policy to support the University\'s policies around this subject.'),
 # University of Worcester
 (WOR, 'uni-policy', U, WOR_H, 'Provide regular reports from the sustainability working group to Sustainability Strategy Group throughout the year.'),
 (WOR, 'uni-policy', U, WOR_S + ': Sustainable Procurement Steering Group', 'A Sustainable Procurement Steering Group of the Sustainability Strategy Group was created in April 2014 to oversee this important work; membership includes students, academics and procurement professionals.'),
 (WOR, 'uni-policy', U, WOR_S, 'The University has a Procurement Strategy which sets out the procurement guidelines of buying goods, services and works.'),
 # Queen Margaret University: annual procurement report
 (QMA, 'uni-report', S, QMA_S, 'The Procurement Reform (Scotland) Act 2014 (PRA) requires any public organisation which has an estimated annual regulated spend of £5 million or more to develop a procurement strategy and then review it annually.'),
 (QMA, 'uni-report', S, QMA_S, 'This requirement took effect from 31 December 2016.'),
 (QMA, 'uni-report', S, QMA_S, 'This report covers the period of 1 August 2019 to 31 July 2020 and addresses performance and achievements in delivering Queen Margaret University’s organisational procurement strategy.'),
 # University of Lincoln tendering glossary; University of Strathclyde
 (LIN, 'uni-guidance', U, LIN_S, 'Selection Questionnaire (SQ) – this is used to shortlist suppliers who will then be invited to tender.'),
 (LIN, 'uni-guidance', U, LIN_S, 'The questions are used to asses if the supplier is suitable to deliver the contract and typically involves questions regarding financial standing, certification (health and safety, insurance, quality standards etc.) and experience/track record.'),
 (LIN, 'uni-guidance', U, LIN_S, 'Method Statement Questionnaire – questions asked by the University which suppliers complete and are then evaluated by the University.'),
 (LIN, 'uni-guidance', U, LIN_S, 'Clarification Interview – an interview with a supplier as part of the tender process to explore the supplier’s written responses in more depth.'),
 (STR, 'uni-guidance', S, STR_S, 'Tenders are sought for all goods and services where the value exceeds £25,000.'),
 # University of Edinburgh
 (EDI, 'uni-report', S, EDI_S, 'In 2016, the UK Modern Slavery Act (2015) came into force, which requires commercial organisations with a turnover of over £36 million to publish a statement detailing what actions they are taking to combat any risks of modern slavery in their own operations and in their supply chains.'),
 (EDI, 'uni-report', S, EDI_S + ': Modern slavery', 'Progress outlined in this statement includes preparing standard contract terms and conditions, research to further understand modern slavery risks in University supply chains, engagement with suppliers, and further awareness-raising.'),
 # University of Northampton
 (NTH, 'uni-case', U, NTH_S, 'The £1 Billion University Challenge was launched by Professor Nick Petford, Vice Chancellor of the University of Northampton, in 2011.'),
 (NTH, 'uni-case', U, NTH_S, 'However, many of the 70,000 (approximate) social enterprises operating in the UK today operate in the health and care sectors – not areas that universities spend much money on.'),
 (NTH, 'uni-case', U, NTH_S, 'Universities must be efficient procurers.'),
 # Advance HE
 (AHE, 'uni-guidance', U, AHE_S, 'Procurement is the complete process of acquiring goods and services from third parties.'),
 (AHE, 'uni-guidance', U, AHE_S, 'The Equality Act 2010 requires HEIs, colleges and their contractors to ensure that they do not unlawfully discriminate in their employment practices or provision of goods, facilities or services.'),
 (AHE, 'uni-guidance', U, AHE_S, 'ECU worked with the British Universities Finance Directors Procurement Professionals Group and procurement and equality and diversity practitioners from a range of institutions to produce guidance on equality in procurement.'),
 (AHE, 'uni-guidance', U, AHE_E, 'Develop equality guidance for key staff managing purchasing processes.'),
 # HE purchasing consortia (PEL)
 (PEL, 'uni-consortium', U, PEL_S, 'Members of PEL have been working towards achieving the Sustainable Procurement Flexible Framework.'),
 (PEL, 'uni-consortium', U, PEL_S, 'A fundamental part of the consortia is to share best practice and case studies focused on sustainable procurement in action.'),
 (PEL, 'uni-consortium', U, PEL_S, 'The data centre was designed to consume half the energy of its old system as well as reducing its overall carbon footprint.'),
 # University of Liverpool (SRSCC interview)
 (LIV, 'uni-case', U, LIV_A, 'Modern Slavery Statement'),
 (LIV, 'uni-case', U, LIV_S, 'We’ve engaged NETpositive Futures and use their Supplier Engagement System, which encourages suppliers to consider 5 key areas of sustainability:'),
 # Norfolk PCC
 (NPC, 'police-policy', U, NPC_1, 'As Norfolk’s Police and Crime Commissioner I am absolutely focused on delivering for people across the county.'),
 (NPC, 'police-policy', U, NPC_1, 'Measures to address these issues are therefore included in this policy and its associated documents.'),
 (NPC, 'police-policy', U, NPC_1, 'Together we employ thousands of people in Norfolk and touch every part of the county.'),
 (NPC, 'police-policy', U, NPC_S + ': 2. Legislative and Policy Basis', 'The Public Services (Social Value) Act 2012 places an obligation on public bodies to consider the social good and wider impact that can come from the procurement of services before they are embarked upon.'),
 # Lancashire PCC and Constabulary
 (LPT, 'police-policy', U, LPT_S + ': Social Value Policy', 'The Social Value Policy outlines what both the Office of the Police and Crime Commissioner for Lancashire (OPCC) and the Lancashire Constabulary are seeking to achieve for Lancashire’s residents and communities through social value.'),
 (LPT, 'police-policy', U, LPT_S + ': Statement of Intent – Modern Slavery', 'The Modern Slavery Act 2015 (the Act) came into force in July 2015 and it consolidates previous offences relating to slavery and human trafficking.'),
 (LPT, 'police-policy', U, LPT_S + ': Contracts awarded', 'Information about contracts awarded can be found on our contacts page.'),
 (LCP, 'police-policy', U, LCP_S + ': Procurement and Contracts Section', 'The Procurement and Contracts Section, is responsible for arranging contracts for the supply of goods and services to Lancashire Constabulary and, in some instances, to other police forces in the North West Region, which comprises Greater Manchester Police, Merseyside Police, North Wales Police, Cheshire Constabulary and Cumbria Constabulary.'),
 (LCP, 'police-policy', U, LCP_S + ': Current Projects', 'Energy procurement.'),
 (LCP, 'police-policy', U, LCP_S + ': Recently Awarded Contracts', 'ICT Disposal Service.'),
 (LCP, 'police-policy', U, LCP_S + ': Recently Awarded Contracts', 'Vetting System software.'),
 (LCP, 'police-policy', U, LCP_S + ': Recently Awarded Contracts', 'Cycle to work scheme.'),
 # London Fire Brigade
 (LFB, 'fire-policy', U, LFB_S, 'Responsible procurement is the purchase of goods, works and services in an environmentally and socially responsible way, which delivers value for money and benefits the local community.'),
 (LFB, 'fire-policy', U, LFB_S, 'The Brigade has had ISO 14001 certification since 2005 and an associated Environment Policy to provide a systematic approach to addressing our impacts.'),
 # South Yorkshire Fire and Rescue; Scottish Fire and Rescue Service
 (SYF, 'fire-policy', U, SYF_S, 'South Yorkshire Fire and Rescue [SYFR] first issued a Sustainable Procurement Policy in 2009 with the aim of providing guidance on how to ensure sustainability was considered by procuring departments during their activities.'),
 (SYF, 'fire-policy', U, SYF_S, 'It is now appropriate for the Policy to be revised in line with the latest Governmental guidance and best practice.'),
 (SYF, 'fire-policy', U, SYF_S, 'These stated objectives to conserve resources, control pollution, reduce waste and raise the quality of peoples’ lives also form the basis for this Policy document.'),
 (SFR, 'fire-policy', S, SFR_S, 'We respond to many different emergency incidents including fire, road traffic collisions, rope rescue, water rescue, hazardous materials and flooding as well as assisting our partner agencies to keep our communities safe.'),
 (SFR, 'fire-policy', S, SFR_S, 'This is the third procurement strategy since the formation of SFRS in April 2013.'),
 # GLA Group
 (GLP, 'transport-policy', U, GLP_L, 'All suppliers of contracts over £5m must provide carbon reduction plans'),
 # National Highways
 (NHD, 'transport-notice', U, NHD_S, 'The SEDPS is available to organisation\'s with primarily social objectives whose surpluses are principally reinvested for that purpose in the business or in the community, rather than being driven by the need to maximise profit for shareholders and owners.'),
 (NHD, 'transport-notice', U, NHD_S, 'Applications will open on the 14th August 2023.'),
 (NHI, 'transport-case', U, NHI_S + ': How do you define social value?', 'Together they quantify the experience we add to people’s lives, from skills and job creation through enhancements to the local environment to boosting community facilities.'),
 (NHI, 'transport-case', U, NHI_S + ': How do you define social value?', 'I’m proud of the passion with which National Highways is adopting social value thinking and it can only be a good thing to see more commercial and procurement teams embrace social value.'),
 # Department for Education: school food procurement project (the project bought)
 (DFE, 'school-notice', U, DFE_S, 'This project would set out to encourage best practice in school food procurement and support a wide range of positive outcomes, including improving the quality and sustainability of food sourced, reducing food waste, engaging children with the food system, improving access to Small-Medium Enterprises, and encouraging local economic growth.'),
 (DFE, 'school-notice', U, DFE_S, 'It would also directly contribute to the Food Strategy outcomes.'),
 (DFE, 'school-notice', U, DFE_O, 'Sourcing of food in education settings which is seasonal, produced to higher environmental standards, and higher animal welfare standards (going above UK regulatory baseline but allowing for equivalence in other countries).'),
 (DFE, 'school-notice', U, DFE_O, 'Reducing food waste throughout education food procurement supply chains.'),
 (DFE, 'school-notice', U, DFE_O, 'Provision of food in education settings which is healthy and nutritious and accounts for the specific needs of the consumer.'),
 (DFE, 'school-notice', U, DFE_O, 'Sourcing of food in education settings from a diverse range of suppliers, particularly SMEs and VCSEs, with an aim to increase resilience, encourage food producers to innovate and help support the economic, social and environmental well-being of the relevant area (as per the Public Services (Social Value) Act 2012).'),
]
OGL_HOSTS = ('find-tender.service.gov.uk',)
batch = Batch('public-texts-65.jsonl')
QMU_REPORT = 'qmu.ac.uk/finance/annual-procurement-report'


def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: Queen Margaret University's annual
    # procurement report pages share one template; the Lancashire PCC's pages are one site's procurement policy; a
    # notice is `ocds:<ocid>`.
    if '/www.qmu.ac.uk/finance/' in src: return QMU_REPORT
    if 'lancashire-pcc.gov.uk' in src: return 'lancashire-pcc.gov.uk/social-value-policy'
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub65', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
