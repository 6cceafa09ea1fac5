"""Write /work/batches/public-texts-71.jsonl: batch 79, UK CONTRACT NOTICES as published data, held in public GitHub
repositories other than apa999/CFServer1: the notice texts themselves (descriptions of what is bought, lot and procedure
text, digital outcomes and specialists evaluation lines republished on Contracts Finder), with the few social value,
sustainability and fair-work requirements the notices carry, and hard negatives from the same notices (descriptions of
what is bought even where the thing bought is social or environmental: a baby box to tackle deprivation, a carbon
footprint survey, tree planting, a net zero retrofit, recovery services, welfare advice, a community wellbeing project;
buyers' own policy aims; procedure, security and framework text).

Whole notices with social value clauses proved scarce in the code index (its text search covers source files rather than
JSON data files; the two Find a Tender packages found, in jacekjastrzebski/uk-tenders-dbt-snowflake and
efeakp/UK-tender-intelligence, were already mined by batch 65). The records here come from four repositories holding
UK notice texts as data:

- github:weblogics/stotles-fullstack-assignment, server/initial_data.sql: the Stotles take-home assignment's seed data,
  procurement records copied from Contracts Finder, Find a Tender, Public Contracts Scotland, Sell2Wales/eTenderWales and
  eTendersNI notices (2018-2022), one row per notice (its UUID kept as the source fragment); only the buyers the file
  marks 'United Kingdom' are used. The SQL quoting ('' for ') is undone and the file's literal \\n breaks end a text;
  otherwise verbatim (the data's backticks for apostrophes are kept).
- github:sukeedukee-art/uk-tenders, tenders.json: a scraper's daily list of Find a Tender notices (October 2026) with the
  first 500 characters of each description; only complete sentences are taken.
- github:finnhannah99/Tender-Tracker, tenders.json: a tracker's list of Find a Tender and Contracts Finder notices
  (August-September 2026, mostly marketing and training buys) with whole descriptions.
- github:elliotthorne-influence/bidpilot, tenders.json: a list of Find a Tender notices (June 2026) with their ocids and
  the first 500 characters of each description (none with a social value clause in that span); only complete sentences
  are taken.

Texts are verbatim (read with `fetch` + `git show`, and `read_file`). Not scored: the batch is scored blind afterwards.
Texts already in the corpus are left out (named on stderr). Contracts Finder / Find a Tender / PCS / Sell2Wales /
eTendersNI notice data is published under the Open Government Licence v3; none of these copies is among batch.py's
NOTICE_* copies, so the plain OGL string is used. Each notice is its own group: `ocds:<ocid>` where the copy names it
(bidpilot), else `notice:fts:<notice id>`, `notice:cf:<notice id>` or `notice:stotles:<uuid>`.

  python3 test/corpus/make-public-71.py > /work/batches/public-texts-71.jsonl
"""
from batch import Batch, OGL, CL, EO, WB, MU, U, S, W, N


STO = ('github:weblogics/stotles-fullstack-assignment@a977b83d0e6b73831a1e3649d0bcced4262ce2fd:'
       'server/initial_data.sql#')
SUK = 'github:sukeedukee-art/uk-tenders@0691382f3061a451eecac9d4f36b5893d62257a0:tenders.json#'

# Stotles seed data: notice rows by UUID; section titles are "<notice title> (<buyer>)"
T00 = (STO + '56a8862a-2e37-42f5-b11e-c834bb3d78e6', 'MCTA TARDIS Developer - 702611451 (MoD/Royal Navy/Maritime Capability, Trials and Assessment (MCTA), Portsmouth)')
T01 = (STO + '5b050337-60c5-44b4-95df-636efed728c5', 'Event Management Services for The Queen`s Birthday Party 2020 at The British High Commission, New Delhi (Foreign, Commonwealth and Development Office)')
T02 = (STO + '2f5d55e4-97b4-4b4d-af7e-fe1529161f4e', 'Beaver Lookout (Observation Hide) (Plymouth City Council)')
T03 = (STO + '98cca1da-e9e1-4ce7-b512-da355cf4439a', 'Miscellaneous health services (Scottish Government)')
T04 = (STO + 'fbf2c27c-634f-48b6-9b9a-5ac4c16da2bb', 'Scottish cattle and sheep enterprise profitability and carbon emissions assessment (Quality Meat Scotland)')
T05 = (STO + 'cd790ca8-3365-4779-b4be-f56fff2a34bf', 'Norfolk Tree Strategy (Norfolk County Council)')
T06 = (STO + 'd1d72003-c56d-4a7e-bb1d-64826484d0bd', 'Women Leading in Education (WLE) Coaching Pledge (Department for Education)')
T07 = (STO + '616802ae-751e-42c0-87f9-bad0574eef94', 'YPO - 001040 Supply of Wheeled Bins (YPO)')
T08 = (STO + '856c74f3-713a-4747-843d-3e0db4d19d89', 'Tiny Forest (Barnsley Metropolitan Borough Council)')
T09 = (STO + '8ac5c7af-6201-4789-bb69-89bd9b7ea58e', 'DUD - BCI - Eyelash Perming and Extensions / High Definition Brows (Dudley Metropolitan Borough Council)')
T10 = (STO + 'd9fe3fcb-ca61-4d79-989b-3a62f542095e', 'Community Development - Wrexham Friendship Hub (Wrexham County Borough Council)')
T11 = (STO + '4e3bcce7-3473-4c91-826e-48fb71e5a2c5', 'Beer (ESPO)')
T12 = (STO + '69e2aad7-0db8-4adc-a775-d3463f0d7dfe', 'Underwater Hand Warming Systems (Ministry of Defence, Ships, Underwater and Electronic Warfare)')
T13 = (STO + '8040d658-1101-49b3-95d5-4cce4b3875a5', 'E-Scooter Trials within the West Midlands (West Midlands Combined Authority)')
T14 = (STO + 'e5d29b9f-74b1-4452-b6b8-bace72128034', '30576 - A Social Study to Support the Healthy Bees Plan 2030 (Department for Environment, Food and Rural Affairs (DEFRA))')
T17 = (STO + '56754a7b-5886-4960-b7b4-c703fa5ce328', 'Provision of a Head and Torso Simulator (HATS) for the Institute of Naval Medicine with 5 Years Calibration and Support (Ministry of Defence)')
T18 = (STO + '3af4dbba-92ce-4b89-a658-a8e45c5f3855', 'Cemetery Management Software (Flintshire County Council)')
T19 = (STO + '9bed1083-c0f4-49a5-a677-b422be0f52d7', 'Robots x 3 for Human-Robot Interaction Studies (Cardiff University)')
T21 = (STO + '707c0300-e012-4bbd-bf95-23a91fd3e956', 'Mystery Shopper (Construction Industry Training Board)')
T22 = (STO + 'b59120f7-af9f-4aac-9fb5-66c9027a0af3', 'High Streets Music Commission 2022 (working title) (Historic England)')
# Find a Tender notices in the scraper list, by notice id; section titles "<notice title> (<buyer>)"
F00 = (SUK + 'FTS-088982-2026', 'Provision of a Mental Health Recovery Service (Inverclyde Council)')
F01 = (SUK + 'FTS-082401-2026', 'Net Zero - Retrofit Works (Externals) - Design and Build (Renfrewshire Council)')
F02 = (SUK + 'FTS-082366-2026', 'EV Charging Infrastructure (University of Dundee)')
F03 = (SUK + 'FTS-086546-2026', 'Provision of a Recovery Service (Alcohol and Drugs) (Inverclyde Council)')
F04 = (SUK + 'FTS-085852-2026', 'CAWT PEACEPLUS Community Connections and Wellbeing project (CCWP) - Delivery of Psychosocial Activities and Community Supports (WHSCT & SHSCT Areas) (Regional Business Services Organisation, Procurement and Logistics Service)')
F05 = (SUK + 'FTS-086589-2026', 'Peatland ACTION FW02 Field Ecologists Framework (Scottish Natural Heritage)')
F06 = (SUK + 'FTS-090994-2026', 'Measured Term Contract for Combined Re-Roofing, Re-Rendering, EWI and Solar PV Programme (North Ayrshire Council)')
F07 = (SUK + 'FTS-091498-2026', 'Provision of Temporary Emergency Accommodation (East Lothian Council) (East Lothian Council)')
F08 = (SUK + 'FTS-092466-2026', 'Home Group Responsive, Voids and DAPA Works – Dumfries and Galloway Scotland (Home Group Scotland)')
F09 = (SUK + 'FTS-085639-2026', 'Window Cleaning Services (University Of Edinburgh)')
F10 = (SUK + 'FTS-091204-2026', 'H&C1025 Sexual Health Services (East Riding of Yorkshire Council)')
F11 = (SUK + 'FTS-085069-2026', 'Income Maximisation, Welfare and Debt Advice Service (The City of Edinburgh Council)')
F12 = (SUK + 'FTS-088301-2026', 'Early Learning, Childcare and Brokerage Services (Dumfries and Galloway Council)')
F14 = (SUK + 'FTS-091075-2026', 'Scaffolding Hire and Inspections (Falkirk Council)')
F15 = (SUK + 'FTS-089429-2026', 'CPH158 Residential Rehabilitation for Drug and Alcohol Treatment and Recovery Framework (Derbyshire County Council)')
F17 = (SUK + 'FTS-089255-2026', "Children's Services Re-Opening of the Open Select List 2026 for all Independent Placement (Lincolnshire County Council)")

# A second scraper list: Find a Tender and Contracts Finder notices with whole descriptions (finnhannah99/Tender-Tracker)
FIN = 'github:finnhannah99/Tender-Tracker@327af10509cb9fe6ffcb7bb735f97434859e2898:tenders.json#'
H00 = (FIN + 'contracts-finder:deacc37c-ae0b-4309-8955-08124526ad2e-913799', 'RA360283 - Campaign Media Buying (HIV) (Betsi Cadwaladr University Health Board)')
H01 = (FIN + 'find-a-tender:080475-2026', 'C002206 Developing Workforce Digital Confidence and Capability programme (The Common Services Agency (more commonly known as Public Services Delivery Scotland) (PSD Scotland))')
H02 = (FIN + 'find-a-tender:086508-2026', 'ITT - Digital and AI Skills Training - UID 321 (Historic England)')
# A third: Find a Tender notices with their ocids and the first 500 characters of each description (elliotthorne-influence/bidpilot)
BID = 'github:elliotthorne-influence/bidpilot@4fa1ea269afe4d73d081f42c48f856c238df4afa:tenders.json#'
B00 = (BID + 'ocds-h6vhtk-06b015', 'Priory Court Sales and Marketing Agent (London Borough of Waltham Forest)')
B01 = (BID + 'ocds-h6vhtk-066b64', 'C1329 - Climate Physical Risk Assessment Services (National Wealth Fund Limited)')
B02 = (BID + 'ocds-h6vhtk-06b031', 'GMCA1938 Modern Work Experience - Employer Engagement (Greater Manchester Combined Authority)')
B03 = (BID + 'ocds-h6vhtk-069acc', 'Tender Notice – Freedom to Speak Up (FTSU) Guardian Services (Croydon Health Services NHS Trust)')
B04 = (BID + 'ocds-h6vhtk-05efd7', 'Marketing Services (Transport for Wales)')
B05 = (BID + 'ocds-h6vhtk-06af2b', 'Request for Information - AI Skills Boost Hub Website (Department for Science, Innovation & Technology)')
B06 = (BID + 'ocds-h6vhtk-06ae32', 'Middletons Yard Solar PV (Bassetlaw District Council)')
B07 = (BID + 'ocds-h6vhtk-06904d', 'Provision of NHS Youth Forum Services (NHS England)')
B08 = (BID + 'ocds-h6vhtk-05f551', 'TfGM Connected Vehicle Data (Transport for Greater Manchester)')
B09 = (BID + 'ocds-h6vhtk-06b030', 'DCMS Place-Based Philanthropy Plan - CoP Delivery Market Engagement (Department for Culture, Media and Sport)')
B10 = (BID + 'ocds-h6vhtk-0611eb', 'Fleet Key Management System (The Police and Crime Commissioner for Warwickshire)')

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (T00[0], 'notice-criteria', U, EO, [], T00[1] + ': ' + 'Cultural Fit Criteria', 'Consider equality & inclusion in the provision & operation of services, including a workforce that is representative of the communities we serve, where relevant and proportionate (4%)', {'weighting_percent': 4}),
 (T00[0], 'notice-criteria', U, MU, [], T00[1] + ': ' + 'Questions from Suppliers: 10. How will final tender submissions be evaluated after initial down selection. Part 2', 'This will include social value, if required.'),
 (T01[0], 'notice-description', U, CL, [], T01[1] + ': ' + 'Description', 'It is also very important that the event itself is sustainable - we are looking for green solutions throughout the event to make sure that we are e.g. not using single use plastic, limiting energy use and "practicing what we preach".'),
 (T02[0], 'notice-description', U, CL, [], T02[1] + ': ' + 'Description', 'The hide can be of timber, cob or similar construction, using materials that are sustainable and have a minimal environmental impact.'),
 (F00[0], 'notice-description', S, WB, [], F00[1] + ': Description', 'In delivering the Service, the Provider shall have regard to and support, where relevant and proportionate to the Services, the principles, objectives and outcomes of the New Scots Refugee Integration Strategy and any successor national refugee integration strategy or associated delivery framework applicable during the term of the Contract.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 (T00[0], 'notice-criteria', U, T00[1] + ': ' + 'Cultural Fit Criteria', 'Share knowledge and experience with other team members. (2%)', {'weighting_percent': 2}),
 (T00[0], 'notice-criteria', U, T00[1] + ': ' + 'Cultural Fit Criteria', 'Have a no-blame culture and encourage people to learn from their mistakes. (1%)', {'weighting_percent': 1}),
 (T00[0], 'notice-criteria', U, T00[1] + ': ' + 'Cultural Fit Criteria', 'Can work with customers with low technical expertise. (1%)', {'weighting_percent': 1}),
 (T00[0], 'notice-terms', U, T00[1] + ': ' + 'Security Clearance', 'SC essential at contract start.'),
 (T00[0], 'notice-terms', U, T00[1] + ': ' + 'Questions from Suppliers: 2. Is there a Cyber Risk Assessment?', 'Suppliers that are down selected will be required to complete a SAQ.'),
 (T01[0], 'notice-description', U, T01[1] + ': ' + 'Description', 'Our `Green themed QBP for 2020` will showcase UK messages on green issues through bill board branding, photo opportunities, videos and displays.'),
 (T01[0], 'notice-description', U, T01[1] + ': ' + 'Description', 'The Queen`s Birthday Party (QBP) is celebrated as the UK national day, and is a major public diplomacy event for the UK in India network, as well as a key opportunity to strengthen contacts across all the different sectors that the UK works on.'),
 (T02[0], 'notice-description', U, T02[1] + ': ' + 'Description', 'Under permitted development we can make this structure up to 4m high with a volume that doesn`t exceed 200m3, it should be heated by a wood burner and have a sufficient solar PV system to power mains electrical items.'),
 (T02[0], 'notice-description', U, T02[1] + ': ' + 'Description', 'The build of a eco-hide that enables school children and visitors to observe them in their natural habitat without being disturbed.'),
 (T03[0], 'notice-description', S, T03[1] + ': ' + 'Description', 'The Baby Box is intended as a universal welcome gift and is one of a range of measures provided to give children the best possible start in life and forming part of wider action the Scottish Government is taking to tackle deprivation, inequality and improve public health.'),
 (T03[0], 'notice-description', S, T03[1] + ': ' + 'Description', 'The Scottish Government’s Directorate of Children and Families, Improving Health and Well-being Division requires a service provider to provide managing agent services for the supply and distribution of Scotland’s Baby Box and support for the best start grant processes.'),
 (T04[0], 'notice-description', S, T04[1] + ': ' + 'Description', 'To provide an annualised estimate of the carbon footprint of the most common cattle and sheep productions systems found in Scotland to a recognised international standard.'),
 (T05[0], 'notice-description', U, T05[1] + ': ' + 'Description', 'As part of Norfolk County Councils Norfolk Tree Planting and Resilience Strategy, the Council are committed to planting 1 million trees in Norfolk by April 2025.'),
 (T05[0], 'notice-description', U, T05[1] + ': ' + 'Description', 'It is the intention for the Council to go to market to establish a multi supplier framework with three distinct lots, the purchase of tree stock, contractors to carry out planting and aftercare activities, and the provision of sundries such as tree guards.'),
 (T06[0], 'notice-description', U, T06[1] + ': ' + 'Description', 'The Department for Education (DfE) recognises the importance of a diverse teaching workforce and so the DfE is committed to addressing the issue of underrepresentation in the teaching workforce.'),
 (T06[0], 'notice-description', U, T06[1] + ': ' + 'Description', 'The aim of the Coaching Pledge, launched in March 2016, is to support the progression of women teachers into leadership.'),
 (T07[0], 'notice-description', U, T07[1] + ': ' + 'Description', 'YPO are looking for providers to be appointed onto a Framework Agreement for the provision of Plastic Wheeled Bins including Distribution/Collection Services, primarily for Local Authorities undertaking the collection of waste.'),
 (T08[0], 'notice-description', U, T08[1] + ': ' + 'Description', 'Planting of a Tiny Forest with community engagement and monitoring'),
 (T09[0], 'notice-description', U, T09[1] + ': ' + 'Description', 'Course to provide the participants with the skills and qualifications to support them to gain employment in the beauty industry as well as to become self-employed and cover Eyelash Perming and Extensions and High Definition Brows.'),
 (T10[0], 'notice-description', W, T10[1] + ': ' + 'Description', 'The Friendship Hub has received a small grant through the Learning Disabilities Transformation funding and we are seeking an organisation to work with us for six months to build the group’s skills, help with asset-based community development and to support us to become an independent self-led group.'),
 (T10[0], 'notice-tender', W, T10[1] + ': ' + 'Description', 'The video should be accessible to people with a range of abilities.'),
 (T11[0], 'notice-description', U, T11[1] + ': ' + 'Description', 'ESPO has established a commercial trading company, ESPO Trading Ltd, whose target clients are third sector organisations such as national and local charities, public sector mutual organisations and other organisations involved in the delivery of services to or for the public sector.'),
 (T11[0], 'notice-procedure', U, T11[1] + ': ' + 'Description', 'An eAuction process may be used to award subsequent call-off contracts following the reopening of competition among the parties to the framework agreement.'),
 (T12[0], 'notice-description', U, T12[1] + ': ' + 'Description', 'The contracting authority considers that this contract may be suitable for economic operators that are small or medium enterprises (SMEs). However, any selection of tenderers will be based solely on the criteria set out for the procurement.'),
 (T13[0], 'notice-description', U, T13[1] + ': ' + 'Description', 'In a wider initiative to promote walking and cycling as part of a green and healthy recovery from COVID 19 the Secretary of State for Transport announced the acceleration of E-Scooter trials planned for 2021.'),
 (T13[0], 'notice-description', U, T13[1] + ': ' + 'Description', 'The opportunity is a concession arrangement to operate an E-scooter trial in the West Midlands Combined Authority area.'),
 (T14[0], 'notice-description', U, T14[1] + ': ' + 'Description', 'Investigate the reasons/motivations behind people`s decisions to start and stop beekeeping.'),
 (T17[0], 'notice-terms', U, T17[1] + ': ' + 'Description', 'An IR35 employment status check has been completed and the intermediaries legislation does not apply to this engagement.'),
 (T18[0], 'notice-description', W, T18[1] + ': ' + 'Description', 'With the modernisation of Flintshire County Council`s Bereavement Services, environmental changes and recent changes to working practices, we are looking to install a modern dedicated Cemetery Management System.'),
 (T19[0], 'notice-description', W, T19[1] + ': ' + 'Description', 'Further, autistic children may find humanoid robots more predictable and easier to understand than humans, which offers exciting possibilities for exploring social strategies and interaction styles.'),
 (T21[0], 'notice-description', U, T21[1] + ': ' + 'Description', 'CITB wishes to procure a supplier who will provide a mystery shopping contract covering the whole of the UK and Northern Ireland ensuring that there are sufficient adequately trained and briefed mystery shoppers in all geographical areas.'),
 (T22[0], 'notice-description', U, T22[1] + ': ' + 'Description', 'We want to inspire people to take action to support the high streets local to them.'),
 (F01[0], 'notice-description', S, F01[1] + ': Description', 'This Contract is for the Design, Build and Delivery of retrofit external works to existing wholly owned and mixed-tenure residential properties throughout Renfrewshire.'),
 (F01[0], 'notice-description', S, F01[1] + ': Description', 'The primary objective is to enhance the energy efficiency and thermal performance of the housing stock.'),
 (F02[0], 'notice-description', S, F02[1] + ': Description', 'The University require a new Contract for the Supply and maintenance of fully funded EV Charger Infrastructure.'),
 (F03[0], 'notice-description', S, F03[1] + ': Description', 'The commissioned services will contribute directly to the delivery of the Inverclyde Alcohol and Drug Partnership Strategy 2024-2029, which sets out a vision that individuals, families and communities can live healthy lives free from alcohol and drug harms through choice, dignity and recovery.'),
 (F04[0], 'notice-description', N, F04[1] + ': Description', 'Rooted in local communities and working with and through existing organisations and initiatives, the CAWT Community Connection and Wellbeing Project (CCWP) will strengthen capacity to improve health and wellbeing in participating communities.'),
 (F04[0], 'notice-description', N, F04[1] + ': Description', 'The project aims to help people gain the skills, tools, knowledge, and confidence needed to enable them to harness new opportunities and access high-quality, accessible health and social care supports.'),
 (F05[0], 'notice-description', S, F05[1] + ': Description', 'Our priority is a nature-rich future for Scotland and an effective response to the climate emergency.'),
 (F06[0], 'notice-terms', S, F06[1] + ': Description', 'The initial contract period will be three (3) years from the commencement date of 1 April 2027 to 31 March 2030, with the option to extend for up to two (2) additional periods of twelve (12) months each, at the sole discretion of the Council.'),
 (F07[0], 'notice-description', S, F07[1] + ': Description', 'East Lothian Council wishes to establish a flexible purchasing system for the Provision of Temporary Emergency Accommodation for individuals and households experiencing homelessness within East Lothian Geographical area.'),
 (F08[0], 'notice-terms', S, F08[1] + ': Description', 'It is envisaged that TUPE will not apply to this contract.'),
 (F09[0], 'notice-description', S, F09[1] + ': Description', 'The requirement is for a prompt, efficient and consistently high-quality service delivered year-round (52 weeks), with capacity to flex to changing priorities and emerging needs.'),
 (F10[0], 'notice-description', U, F10[1] + ': Description', 'Sexual ill health is closely linked with deprivation, rurality, and limited access to services, contributing to avoidable harm and poorer outcomes for specific population groups.'),
 (F11[0], 'notice-description', S, F11[1] + ': Description', 'The City of Edinburgh Council, require to appoint Providers to deliver an Income Maximisation, Welfare and Debt Advice Service.'),
 (F12[0], 'notice-description', S, F12[1] + ': Description', 'The Funding Follows the Child approach places choice in parents’ and carers’ hands enabling them to access their child’s funded entitlement with a provider that best suits their needs.'),
 (F14[0], 'notice-procedure', S, F14[1] + ': Description', 'The Authority at all times reserves the right to award all, some, part or none of the Lots.'),
 (F15[0], 'notice-procedure', U, F15[1] + ': Description', 'The framework is limited to a maximum of 20 Providers.'),
 (F17[0], 'notice-description', U, F17[1] + ': Description', "Lincolnshire Children's Services Re-Opening of the Open Select List 2026 for all Independent Placements."),
 (H00[0], 'notice-description', W, H00[1] + ': Description', 'The public health objective is to continue to increase the number of people testing for HIV through a free kit online or through community venues.'),
 (H01[0], 'notice-description', S, H01[1] + ': Description', 'The programmes will provide targeted development in digital, data and artificial intelligence capability and will support staff to use emerging technologies safely, responsibly and effectively within their roles.'),
 (H02[0], 'notice-description', U, H02[1] + ': Description', 'The successful supplier will help assess current levels of digital and AI maturity, identify skill gaps, provide targeted learning opportunities and support sustainable behavior change.'),
 (B00[0], 'notice-description', U, B00[1] + ': Description', 'This scheme provides a range of housing types that respond to varying needs which is key to support the social mix of the borough and housing targets for the Council.'),
 (B01[0], 'notice-description', U, B01[1] + ': Description', 'The service will enable NWF to identify, assess, quantify and interpret physical climate risks (both acute and chronic) across its investment portfolio at asset, transaction and portfolio level.'),
 (B02[0], 'notice-description', U, B02[1] + ': Description', 'GMCA is seeking to award a contract for the provision of GMCA1938 Modern Work Experience - Employer Engagement.'),
 (B03[0], 'notice-description', U, B03[1] + ': Description', 'This service will include access to an appropriately trained and experienced named Guardian who can offer confidential, independent, and person-centred support to staff.'),
 (B04[0], 'notice-description', W, B04[1] + ': Description', 'Transport for Wales (TfW) is looking to procure a Marketing Services Multi Lot Framework that will enable us to continue building and establishing our accessible, bilingual, distinctive and multimodal brand at a pivotal point in our development.'),
 (B05[0], 'notice-description', U, B05[1] + ': Description', 'The requirement is expected to include both technical delivery of the platform and the curation and assurance of high-quality AI learning content, with the aim of supporting the government’s ambition to help upskill 10 million workers in AI by 2030.'),
 (B06[0], 'notice-description', U, B06[1] + ': Description', 'The Provider is expected to design, supply and install the solar PV array and battery system which most efficiency reduce the running costs of Middletons Yard, balancing the solar array and battery sizing to maximise the £46,250 budget.'),
 (B07[0], 'notice-description', U, B07[1] + ': Description', 'In line with the ambitions set out in the 10 Year Health Plan, NHS England is committed to strengthening participation and empowering young people and communities.'),
 (B08[0], 'notice-description', U, B08[1] + ': Description', "SRGM is a multi-agency partnership dedicated to reducing fatalities and serious injuries on Greater Manchester's (GM ) roads by influencing attitudes and behaviours."),
 (B09[0], 'notice-description', U, B09[1] + ': Description', "DCMS is planning to conduct a procurement of a delivery partner to establish and manage a national Community of Practice (CoP) for place-based organisations, as outlined in DCMS's place-based philanthropy plan, ‘Our Place to Give’."),
 (B10[0], 'notice-procedure', U, B10[1] + ': Description', 'In accordance with section 18 of the Procurement Act 2023, the Authority considered whether the requirement could appropriately be divided into lots.'),
]

batch = Batch('public-texts-71.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); each notice is one group: `ocds:<ocid>` where the
    # copy names the ocid (bidpilot), else the copy's own key for the notice (Find a Tender notice id, Contracts Finder
    # notice id, Stotles row UUID).
    key = src.split('#')[1]
    if key.startswith('ocds-'): return 'ocds:' + key
    if key.startswith('FTS-'): return 'notice:fts:' + key[4:]
    if key.startswith('find-a-tender:'): return 'notice:fts:' + key.split(':')[1]
    if key.startswith('contracts-finder:'): return 'notice:cf:' + key.split(':')[1]
    return 'notice:stotles:' + key


batch.emit_lists('pub71', R, NEG, group_of, licence_of=lambda src: OGL)
