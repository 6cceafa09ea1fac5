"""Write /work/batches/public-texts-31.jsonl: batch 31, more template QUESTION and CLAUSE wording from the Scottish
Government's Sustainable Procurement Tools site (sustainableprocurementtools.scot) and the Procurement Journey
(procurementjourney.scot), topic by topic, from pages (URLs) the corpus did not yet hold: what buyers require, ask and
score on climate (vehicle emissions, energy, adaptation), hazardous substances, biodiversity, materials, water, conflict
minerals and worker conditions in supply chains, fair work, equality, skills and training and community benefits,
SMEs and the third sector, health and wellbeing and food; with hard negatives from the same pages (product standards
and eco-label compliance, scope and definitions, the buyer's own Sustainability Test questions, selection mechanics,
contract-management and baseline process text, legal context and case-study descriptions of what was bought).

Sources (all Crown copyright, OGL v3): the Sustainable Procurement Tools guidance pages on vehicle emissions (annex of
example clauses, specification, overview, contract and supplier management), climate and energy (contract and
supplier management), climate change adaptation (specification, overview, evaluation and award, contract and supplier
management), hazardous materials and emissions (annex of example clauses, description and scope, contract and supplier
management), biodiversity (award, specification development, overview, commissioning and pre-procurement), materials
(scarce materials contract management and specification, materials security specification), water (overview, specification), fairly and ethically traded (conflict minerals specification; worker
conditions assessment of risk and contract and supplier management), fair work practices (contract and supplier
management), equality (specification development), employment skills and training (contract management),
SMEs, social enterprises, supported businesses and third sector (supplier selection), health and safety (contract
management), physical and mental health (overview), communities (overview), and the Scotland
Excel food frameworks case study; the
Procurement Journey's Route 3 sustainable procurement page and two Route 3 listing pages; and the gov.scot SMEs,
third sector and social enterprises sustainable procurement guidance.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and the
quotation marks around a model clause dropped, a long item cut at a sentence end. Not scored: the batch is scored
blind afterwards. Texts already in the corpus are left out (named on stderr).

  python3 test/corpus/make-public-31.py > /work/batches/public-texts-31.jsonl
"""
from batch import Batch, Q, EI, CL, EO, WB, MU, CV, ID

S = 'scotland'
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
CLI = SPT + 'climate-change/'
# vehicle emissions
VAN = CLI + 'climate-change-vehicles/annex-example-procurement-clauses-and-kpis/'
VSP = CLI + 'climate-change-vehicles/specification/'
VOV = CLI + 'climate-change-vehicles/overview-description-and-scope/'
VCM = CLI + 'climate-change-vehicles/contract-and-supplier-management/'
# climate and energy; adaptation
ECM = CLI + 'climate-and-energy/contract-and-supplier-management/'
ASP = CLI + 'climate-change-adaptation/specification/'
AOV = CLI + 'climate-change-adaptation/overview-description-and-scope/'
AEA = CLI + 'climate-change-adaptation/evaluation-and-award/'
ACM = CLI + 'climate-change-adaptation/contract-and-supplier-management-monitoring'
# hazardous materials and emissions
HAN = SPT + 'hazardous-materials-and-emissions-not-published/annex-example-procurement-clauses-and-kpis'
HDS = SPT + 'hazardous-materials-and-emissions-not-published/description-and-scope'
HCM = SPT + 'hazardous-materials-and-emissions/contract-and-supplier-management-monitoring'
# biodiversity
BAW = SPT + 'biodiversity/award'
BSD = SPT + 'biodiversity/specification-development/'
BOV = SPT + 'biodiversity/overview'
BPC = SPT + 'biodiversity/pre-contract-notification'
# materials, waste, water
SMC = SPT + 'materials/scarce-materials/contract-management/'
SMS = SPT + 'materials/scarce-materials/specification-development/'
MSS = SPT + 'materials/materials-security/specification-development/'
WSD = SPT + 'waste/waste-and-efficient-resource-consumption/specification-development/'
WOV = SPT + 'water-not-published/overview'
WSP = SPT + 'water-not-published/specification-development'
# fairly and ethically traded; fair work; equality
CMS = SPT + 'fairly-and-ethically-traded/conflict-minerals/specification-development/'
WCA = SPT + 'fairly-and-ethically-traded/worker-conditions/assessment-of-risk-opportunity'
WCM = SPT + 'fairly-and-ethically-traded/worker-conditions/contract-and-supplier-management'
FCM = SPT + 'fair-work-practices/contract-and-supplier-management'
EQS = SPT + 'equality/specification-development'
# employment, skills and training; SMEs
STO = SPT + 'employment-skills-and-training/skills-and-training/overview/'
STC = SPT + 'employment-skills-and-training/skills-and-training/contract-management'
SSS = SPT + 'employment-skills-and-training/smes-social-enterprises-supported-businesses-and-third-sector/supplier-selection'
# health and safety; physical and mental health; communities
HSO = SPT + 'health-and-safety/health-and-safety/overview/'
HSC = SPT + 'health-and-safety/health-and-safety/contract-management/'
PMH = SPT + 'health-and-safety/physical-and-mental-health/overview/'
COV = SPT + 'communities/overview/'
CCP = SPT + 'communities/commissioning-and-pre-procurement/'
# case studies
CSM = 'https://sustainableprocurementtools.scot/index.cfm/case-studies-matrix/risks-and-opportunities/smes-and-supply-chain-development'
SXP = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/scotland-excel-the-multiple-benefits-of-public-food-procurement1/procurement'
SXL = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/scotland-excel-the-multiple-benefits-of-public-food-procurement1/lessons-learned'
# Procurement Journey; gov.scot
PJS = 'https://procurementjourney.scot/route-3/develop-strategy/profiling-commodityservice/sustainable-procurement'
PJ15 = 'https://www.procurementjourney.scot/index.php/route/route-3?page=15'
PJ12 = 'https://www.procurementjourney.scot/route/route-3?page=12'
GSM = 'https://www.gov.scot/publications/smes-third-sector-social-enterprises-sustainable-procurement-guidance/'

V_S = 'Climate Change - Vehicle emissions'
VAN_S = V_S + ': Annex – Example Procurement clauses and KPIs: Pre-contract Notification Clauses'
E_S = 'Climate Change - Climate and energy'
A_S = 'Climate Change - Climate change adaptation'
H_S = 'Hazardous materials and emissions'
HAN_S = H_S + ': Annex - Example Procurement Clauses and KPIs: Pre-Contract Notification'
B_S = 'Biodiversity'
SM_S = 'Materials - Scarce materials'
MS_S = 'Materials - Materials security'
WS_S = 'Waste and efficient resource consumption'
WA_S = 'Water'
CM_S = 'Fairly and ethically traded - Conflict minerals'
WC_S = 'Fairly and ethically traded - Worker conditions'
FW_S = 'Fair work practices'
EQ_S = 'Equality'
ST_S = 'Employment, skills and training - Skills and training'
STC_S = ST_S + ': Contract management: Suggested KPIs for community benefits'
SME_S = 'SMEs, social enterprises, supported businesses and third sector'
HS_S = 'Health and safety'
PM_S = 'Health and wellbeing - Physical and mental health'
CO_S = 'Communities'
SX_S = 'Case study: Scotland Excel - The Multiple Benefits of Public Food Procurement'
PJS_S = 'Route 3: Develop Strategy: Profiling Commodity/Service: Sustainable Procurement'
PJS_Q = PJS_S + ': Quickfire Guide: Economic, Social and Environmental Wellbeing Examples'
PJ15_S = 'Route 3: Sustainable Procurement: Quickfire Guide: Example of Economic, Social and Environmental Wellbeing outputs achieved by sustainable procurement'
PJ12_S = 'Route 3: Shaping the Requirement - Key Areas: The following areas are key:'
GSM_S = 'SMEs, third sector, social enterprises: sustainable procurement guidance'

F, FJ, FG = 'scot-spt', 'scot-pj', 'scot-spt'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # vehicle emissions: annex of example clauses
 (VAN, F, S, CL, [], VAN_S + ': Decarbonisation ambitions', 'The Contracting Authority has included obligations within the specification and contract conditions relating to carbon and other emissions from the use of vehicles, which are relevant to the products/services to be delivered.'),
 (VAN, F, S, CL, [], VAN_S + ': Decarbonisation ambitions', 'The Contract/Framework Agreement supports the Scottish Government’s National Performance Framework, and the National Outcomes. The Contractor will be required to minimise the environmental impacts of services delivered, including vehicle use and associated carbon emissions, where practicable.'),
 (VAN, F, S, CL, [], VAN_S + ': Decarbonisation ambitions', 'The Contractor will be required to minimise the environmental impacts of services delivered, including carbon and other emissions arising from the use of vehicles [including the use of plant – where relevant] in product or services delivery, where practicable.'),
 (VAN, F, S, CL, ['economic-inequality'], VAN_S + ': Tailor to focus on specific outcomes', 'The Contracting Authority has included obligations within the specification and contract conditions relating to decarbonising our economy, including [minimising carbon emissions], [being resilient to a changing climate], [reducing fuel poverty] and [developing jobs and skills to support decarbonisation] which are relevant to the services to be delivered.'),
 (VAN, F, S, CL, [], VAN_S + ': Vehicle use and innovation (e.g. FM related – may be adjusted to suit)', 'We are committed to whole life value for money and encouragement of innovative low/zero carbon vehicles solutions. The Contracting Authority wishes to work with contractors who will support its aims to transition to a low carbon and circular economy and who will keep up to date with best practice vehicle emissions reduction opportunities within the [FM] sector.'),
 # hazardous materials and emissions: annex of example clauses
 (HAN, F, S, CL, [], HAN_S, 'The Contracting Authority has included obligations within the specification and contract conditions relating to harmful emissions, which are relevant to the products/services to be delivered.'),
 (HAN, F, S, MU, [], HAN_S, 'The Contract/Framework Agreement supports the Scottish Government\'s National Performance Framework, and the National Outcomes which articulate the Government\'s Purpose ‘To focus Government and public services on creating a more successful country, with opportunities for all of Scotland to flourish, through increased wellbeing, and sustainable and inclusive economic growth’. This Framework supports the following National Outcomes, and Contractors are expected to support the Authority’s aim to achieve these.\' [Insert relevant National Outcomes - see above].'),
 # biodiversity
 (BSD, F, S, CL, [], B_S + ': Specification development', 'A requirement could also be placed on the contractor to include insect friendly planting or wild flower areas.'),
 (BAW, F, S, CL, [], B_S + ': Specification', 'Or, in a ground maintenance or gardening services procurement, could a requirement be placed on the contractor to include insect-friendly planting, wildflower areas, or a wildlife pond.'),
 # biodiversity: description and scope (the aims the guidance sets for what is bought)
 (BOV, F, S, CL, [], B_S + ': Description and Scope: It is aimed at:', 'Ensuring materials, procured separately or within products or assets, do not derive from vulnerable ecosystems and are legally sourced.'),
 (BOV, F, S, CL, [], B_S + ': Description and Scope: It is aimed at:', 'Ensuring biodiversity is not negatively impacted, and where possible enhanced, including through prevention of pollution of air, land and water in the supply, use and end of life management of products and services procured.'),
 # conflict minerals: specification
 (CMS, F, S, EO, ['climate'], CM_S + ': Specification development', 'The supplier shall supply products that minimise and where practical eliminate the use of conflict minerals, and continually improve.'),
 (CMS, F, S, EO, [], CM_S + ': Specification development', 'Throughout the term of the Framework Agreement, the Contractor will be required to demonstrate how they assess the likelihood of conflict minerals within products, and what measures they have undertaken to minimise and eliminate, where practical, such minerals. The Contractor will be required to comply with any new and emerging legislation and/or self-certification system.'),
 # worker conditions: contract and supplier management
 (WCM, F, S, EO, ['wellbeing'], WC_S + ': Contract and supplier management', 'For example, upon discovering potential issues with child exploitation, rather than prohibit procurement (and thereby potentially increase poverty), it can be better to work with the supplier to improve conditions and introduce social benefit (such as education and health care) for current employees whilst seeking to eliminate the need for child labour.'),
 (WCM, F, S, EO, [], WC_S + ': Contract and supplier management', 'At contract award there is always the opportunity to reach a voluntary agreement with the supplier that they will work with you through the period of the contract with the aim of improving working conditions and labour standards, and to deliver identified (and agreed) sustainable outcomes that can be captured as contract commitments.'),
 # skills and training: overview and KPIs
 (STO, F, S, EI, [], ST_S + ': Risk or opportunity', 'For example, targeted recruitment and training opportunities, apprenticeships, or employment of young people who are not in employment, education or training; long term unemployed or other priority groups.'),
 (STC, F, S, EI, [], STC_S + ': Key contract information', 'total value sub-contracted to SMEs'),
 (STC, F, S, EI, [], STC_S + ': Key contract information', 'total value sub-contracted to social enterprises'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'total number recruited to deliver contract'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'number of jobs filled by priority groups'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'total number of apprenticeships recruited to deliver contract'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'number of apprenticeships filled by priority groups'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'number of work placements for school pupils, college and university students'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'number of work placements for priority groups'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'number of qualifications achieved through training by priority groups'),
 (STC, F, S, EI, [], STC_S + ': Community benefit requirement indicators', 'number of qualifications achieved through training by other employees'),
 (STC, F, S, WB, [], STC_S + ': Community benefit requirement indicators', 'community engagement activities'),
 # gov.scot SMEs guidance
 (GSM, F, S, EI, [], GSM_S + ': Description of risk or opportunity', 'For example, making sure SMEs, third sector organisations and social enterprises can compete for opportunities (directly or as a subcontractor) and, where relevant, reserving contracts for supported businesses or helping them to be involved in a supply chain.'),
 # Procurement Journey: wellbeing examples
 (PJS, FJ, S, EI, [], PJS_Q + ': Economic Factors', 'Availability of suitable and high quality jobs'),
 (PJS, FJ, S, EI, [], PJS_Q + ': Economic Factors', 'Measures to encourage local small businesses'),
 (PJS, FJ, S, EO, [], PJS_Q + ': Economic Factors', 'Addressing Fair Work Practices, including paying the real Living Wage'),
 (PJS, FJ, S, EI, [], PJS_Q + ': Economic Factors', 'Lifelong learning'),
 (PJS, FJ, S, EI, [], PJS_Q + ': Economic Factors', 'Training and skills development'),
 (PJS, FJ, S, WB, [], PJS_Q + ': Social Factors', 'Safe communities'),
 (PJS, FJ, S, WB, ['economic-inequality'], PJS_Q + ': Social Factors', 'The encouragement of the voluntary sector'),
 (PJS, FJ, S, WB, [], PJS_Q + ': Social Factors', 'Looking after the needs of children and young people'),
 (PJS, FJ, S, WB, [], PJS_Q + ': Social Factors', 'Looking after the most vulnerable'),
 (PJS, FJ, S, WB, [], PJS_Q + ': Health Factors', 'Promotion of good physical, social and mental health'),
 (PJS, FJ, S, CL, [], PJS_Q + ': Environmental Factors', 'Availability of clean air, clean water and clean streets'),
 (PJS, FJ, S, CL, [], PJS_Q + ': Environmental Factors', 'Protecting communities against the threat of climate change'),
 (PJ15, FJ, S, EI, [], PJ15_S + ': Economic Factors', 'Measures to encourage access to procurement for local small businesses'),
 (PJ15, FJ, S, EO, ['economic-inequality'], PJ15_S + ': Social Factors', 'Actions to promote equality and address inequality including child poverty through Fair Work'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # vehicle emissions: specification, overview, contract management
 (VSP, F, S, V_S + ': Specification: Technical specifications', 'Technical specifications relating to vehicles are those that require all suppliers to meet specific vehicle emissions ratings or meet relevant standards.'),
 (VSP, F, S, V_S + ': Specification: Technical specifications', 'For example, core Scottish Government organisations must ensure that they meet the Government Buying Standards (GBS) - a set of product specifications for public buyers when buying goods and services for those product groups covered and which include the GBS for transport vehicles, which is aligned to Guidance on the implementation of The Cleaner Road Transport Vehicles (Scotland) Regulations 2010 and focuses on encouraging the purchasing and leasing of the cleanest vehicles, and addresses safety and fuel efficiency.'),
 (VOV, F, S, V_S + ': Overview – Description and Scope', 'This guidance is concerned with the use of vehicles in the delivery of products, materials, equipment or services procured (see below for examples) the aim being to minimise or, where practicable, avoid carbon emissions.'),
 (VOV, F, S, V_S + ': Overview – Description and Scope: Vehicles may include:', 'Private and light goods vehicles (cars including taxis and hire cars, vans, goods vehicles not exceeding 3,500kgs gross weight and private buses and coaches), public transport, goods vehicles in excess of 3,500kgs gross weight, Crown and exempt vehicles (e.g. emergency vehicles, disabled driver and disabled passenger carrying vehicles), special vehicles (e.g. those over 3,500kgs exempt from vehicle excise duty including road rollers, work trucks, diggers and mobile cranes - this guidance includes information regarding the use of construction plant).'),
 (VCM, F, S, V_S + ': Contract and Supplier Management', 'The benefits of the contractual requirement must be quantifiable and measurable. Establishing a baseline may be easier in some contracts than others so contract management requirements must be relevant and proportionate.'),
 (VCM, F, S, V_S + ': Contract and Supplier Management: Establishing a baseline against which to monitor progress', 'A new service contract which requires emissions to be minimised where practical from the use of vehicles may not have a baseline as it is a new requirement.'),
 # climate and energy: contract and supplier management
 (ECM, F, S, E_S + ': Contract and Supplier Management', 'According to the subject matter of the contract these may include the use of metering to measure reductions of energy use or even the incentive of profit sharing of energy cost savings over the contract term.'),
 # adaptation: specification, overview, evaluation and award, contract management
 (ASP, F, S, A_S + ': Specification: Technical specifications', 'Within construction and infrastructure are included standard specifications which are relevant to climate resilience in the built environment, for example, the BREEAM standards for buildings.'),
 (ASP, F, S, A_S + ': Specification: The Use of Labels', 'A buyer may ask for a product to have been given an independently verifiable label or operate to a stated standard which certifies that it meets specific climate change characteristics.'),
 (ASP, F, S, A_S + ': Specification: The Use of Labels: They must be:', 'certified by a third party e.g. Type 1 eco-labels (based on publicly available specifications, are operated by third parties, involve independent audits and consider life-cycle environmental impacts).'),
 (AOV, F, S, A_S + ': Overview – Description and Scope', 'This guidance is concerned with the procurement of supplies and services that may be vulnerable to the effects of known and anticipated climate change, the pace of which is accelerating, and for which climate resilience is important e.g. construction projects, supplies sourced from areas known to be vulnerable to climate change impacts in the lifetime of the contract.'),
 (AEA, F, S, A_S + ': Evaluation and Award', 'Evaluation and award criteria will of course be set at the beginning of the procurement process.'),
 (AEA, F, S, A_S + ': Evaluation and Award', 'While you decide what award criteria to apply, ensure that you are not duplicating questions at the selection stage (for example, relating to their relevant availability of environmental management systems).'),
 (AEA, F, S, A_S + ': Evaluation and Award', 'An outcome/ performance-based specification can be more challenging for evaluators.'),
 # hazardous materials and emissions
 (HAN, F, S, HAN_S, 'The requirements of the relevant EU Ecolabel criteria shall be met in full by those products which fall within their scope.'),
 (HAN, F, S, H_S + ': Annex - Example Procurement Clauses and KPIs', 'Any conditions, clauses and KPIs included will obviously place an onus not only on the supplier but also on the contracting authority to assess and monitor the impact made to evidence that conditions have been met.'),
 (HDS, F, S, H_S + ': Description and Scope', 'Hazardous materials are those that can cause harm to humans, animals, or the environment (Health and Safety Executive).'),
 (HDS, F, S, H_S + ': Description and Scope: Examples of hazardous materials include:', 'Asbestos – found in Insulation, boilers, pipes, and some cement.'),
 (HDS, F, S, H_S + ': Description and Scope: Examples of hazardous materials include:', 'PFAS Forever Chemicals found in waterproof clothing, food packaging, cleaning products, firefighting foam.'),
 (HCM, F, S, H_S + ': Contract and Supplier Management / Monitoring', 'In this case a pre-agreed service credit or maintenance rebate would enable recompense for non-performance where termination of the contract would not be an option.'),
 # biodiversity
 (BAW, F, S, B_S + ': Specification', 'The EU Green Public Procurement Criteria (EU GPP criteria) are developed to facilitate the inclusion of green requirements in public tender documents.'),
 (BSD, F, S, B_S + ': Specification development', 'All products and services procured should comply with the latest version of the Horticultural Code of Practice covering invasive non-native plants.'),
 (BOV, F, S, B_S + ': Description and Scope', 'This guidance relates to the procurement of products, services, or works, that have potential negative impacts on biodiversity or where there are opportunities to enhance biodiversity.'),
 (BPC, F, S, B_S + ': Commissioning and pre-procurement: An appropriate strategy should focus on identifying:', 'What are the intended outcomes from the planned procurement – functional, technical, performance, end-user requirements?'),
 # materials, waste, water
 (SMC, F, S, SM_S + ': Contract management', 'The provision of yearly verification that materials used within products or services supplied meet the specification requirements of [X% recycled content] [sustainably sourced].'),
 (SMC, F, S, SM_S + ': Contract management', 'These may include evidence of the origin of materials or independent verification of process methods.'),
 (SMS, F, S, SM_S + ': Specification development', 'In the case of materials\' scarcity, buyers should consider whether the products or services required could be substituted before creating the specification, for example could unsustainable materials be avoided through a focus on alternative products?'),
 (MSS, F, S, MS_S + ': Specification development', 'A buyer can ask for what they are buying to have been given an independently verifiable label which certifies that it meets specific environmental, social or other characteristics, which may include waste production, for example the Revolve quality label for re-use, environmental management systems EMAS, Ecolabel or ISO 14001.'),
 (WOV, F, S, WA_S + ': Description and scope', 'This guidance is concerned with water consumption (the procurement of water using equipment or the use of water in the delivery of a service that is being procured) and water production (the procurement of products that are known to be water intensive in their production).'),
 (WOV, F, S, WA_S + ': Supporting the Sustainable Procurement Tools: The Sustainability Test includes the following question:', 'Is the production / manufacture of products procured heavily dependent on water consumption, or will the product or service procured routinely involve consumption of water?'),
 (WSP, F, S, WA_S + ': Specification', 'A buyer could also use a water efficiency calculator for water using products such as The Water Calculator, or the criteria of a label such as The Unified Water Label . This could be used to identify water and energy efficient products.'),
 # fairly and ethically traded; fair work; equality
 (CMS, F, S, CM_S + ': Specification development', 'For example, if ICT equipment is to be procured this may be from a manufacturer or reseller (who may be in partnership with a manufacturer or offering a catalogue of equipment from various manufacturers).'),
 (WCA, F, S, WC_S + ': Assessment of risk/opportunity', 'A buyer should conduct their own research for up to date information on risks related to a particular commodity or service.'),
 (WCM, F, S, WC_S + ': Contract and supplier management', 'Contract performance clauses may address sustainable issues within supply chains on condition that they are linked to the performance of the contract, for example the pay and labour conditions for the workforce involved in the performance of the contract.'),
 (FCM, 'scot-fwf', S, FW_S + ': Contract and Supplier Management', 'A public body should collect information and establish monitoring arrangements to enable the reporting of Fair Work First within regulated procurements.'),
 (FCM, 'scot-fwf', S, FW_S + ': Contract and Supplier Management: Possible monitoring arrangements: Evidence sought from contractors', 'To demonstrate compliance with agreed contract conditions, for example, reviewing how they are delivering upon their commitment to adopt the Fair Work First criteria.'),
 (EQS, F, S, EQ_S + ': Specification development', 'Technical specifications must relate to the characteristics of the particular work, supply or service being purchased, and not to the general capacities or qualities of the bidder.'),
 (EQS, F, S, EQ_S + ': Specification development: The specification could also outline the requirement for information on:', 'equality performance and compliance with the Equality Act 2010'),
 # skills and training; SMEs
 (STC, F, S, STC_S + ': Key contract information', 'total value of contract'),
 (STC, F, S, ST_S + ': Contract management', 'Any contracting authority which is required by the Procurement Reform (Scotland) Act 2014 to produce and publish an annual procurement report must include a summary of any community benefit requirements imposed as part of a regulated procurement that were fulfilled during the year covered by the report.'),
 (SSS, F, S, SME_S + ': Supplier selection', 'Selection criteria are concerned with the capability and capacity of an economic operator to deliver the concerned contract. They do not focus on how an economic operator proposes to perform the contract; this is assessed at the award stage.'),
 (SSS, F, S, SME_S + ': Supplier selection', 'For example, where turnover is used as grounds for selection, in most cases, the minimum turnover required must not exceed twice the estimated contract value. Where a requirement has been broken into lots, selection criteria should be set with respect to each individual lot.'),
 (SSS, F, S, SME_S + ': Supplier selection', 'The SPD consists of a fixed set of questions that allows bidders to self-declare whether they meet the exclusion and selection criteria.'),
 # health and safety; physical and mental health; communities
 (HSC, F, S, HS_S + ': Contract management', 'Contractual requirement must be quantifiable and measurable; otherwise there is a risk that it may be unenforceable.'),
 (PMH, F, S, PM_S + ': Role of procurement', 'Most obvious are care services for adults and children but other services and products are also relevant in this consideration, including food and catering services, cleaning, use of technology and transport.'),
 (COV, F, S, CO_S + ': Description of risk or opportunity', 'For example, consultation is required regarding the potential impacts on the affected community of the intended procurement, as set out in the Community Empowerment and Renewal Act.'),
 # case studies
 (SXP, 'case-study', S, SX_S + ': Scotland Excel Approach: Food portfolio', 'There are 6 frameworks within the Scotland Excel food and drink portfolio, worth a collective £83 million per annum, supplying products to schools, nurseries, care homes and community centres.'),
 (SXP, 'case-study', S, SX_S + ': Scotland Excel Approach: Food portfolio', 'Within the Milk and Fruit & Vegetables frameworks there are lots dedicated to organic products, and all other frameworks have organic product groupings.'),
 # Procurement Journey
 (PJS, FJ, S, PJS_S, 'You must fully explore the possibilities with your User Intelligence Group and other stakeholders for your procurement.'),
 (PJ12, FJ, S, PJ12_S, 'Ensuring customer requirements are met and balanced with value for money'),
 (PJ12, FJ, S, PJ12_S, 'Keeping your options open: avoiding  \'zeroing in\' on particular options; allowing bidders to make suggestions'),
 (PJ12, FJ, S, PJ12_S, 'Considering the application of Life-cycle costing.  You would therefore include all costs associated with buying, using, maintaining and end of life/disposal of any product or service.  You must be able to calculate any environmental costs from a non-biased source'),
 (PJ12, FJ, S, PJ12_S, 'Consider how relevant Fair Work practices are to your requirements.  This would include subcontract requirements (if relevant)'),
 (GSM, F, S, GSM_S, 'This guidance is concerned with procurements where engagement of SMEs, the third sector, and supported businesses is considered to be relevant and proportionate.'),
]
OGL_HOSTS = ('sustainableprocurementtools.scot', 'procurementjourney.scot', 'gov.scot')
batch = Batch('public-texts-31.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; the pages of each site, sharing its template wording, are one
    # group (as the corpus already groups them); a gov.scot publication is its own document.
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    if 'procurementjourney.scot' in src: return 'procurementjourney.scot'
    return src
batch.emit_lists('pub31', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
