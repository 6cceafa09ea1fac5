"""Write test/corpus/public-texts-2.jsonl: a second batch of short verbatim quotations from public pages, labelled by hand.

  python3 test/corpus/make-public-2.py > test/corpus/public-texts-2.jsonl

Same conventions as make-public.py. Each tuple: (source URL, licence, family, jurisdiction, label, secondary themes,
section, text). `label` is a theme label for social value texts or None for a hard negative. Texts are copied verbatim
from the stored text of the page named in `source` (quotation marks around model wording dropped, list items one per
record); nothing is paraphrased. Texts already in another corpus file are skipped.
"""
import glob, json, os
OGL = 'OGL v3 (Crown copyright)'
Q = 'quotation for evaluation (publisher copyright; short excerpt)'
EI, CL, EO, WB, CV, MU = ('tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing',
                          'covid-19 recovery', 'multiple themes')
NEG = None
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
MAT_AW = SPT + 'materials/materials-security/award/'
WST_AW = SPT + 'waste/waste-and-efficient-resource-consumption/award/'
WST_PCN = SPT + 'waste-and-efficient-resource-consumption/pre-contract-notification'
COM_AW = SPT + 'communities/award/'
COM_PCN = SPT + 'communities/pre-contract-notification/'
SK_AW = SPT + 'employment-skills-and-training/skills-and-training/award/'
HS_AW = SPT + 'health-and-safety/health-and-safety/award/'
HER = SPT + 'heritage/specification-development-and-award-criteria'
HER_SEL = SPT + 'heritage/supplier-selection'
CCA = SPT + 'climate-change/climate-change-adaptation/annex-example-procurement-clauses-and-kpis/'
CSS = SPT + 'climate-change/climate-standardised-statements-guidance/'
FWF = SPT + 'fair-work-practices/annex-f-payment-of-at-least-the-real-living-wage-specification-invitation-to-tender-model-question'
FWG = SPT + 'fair-work-practices/annex-g-examples-of-specification-invitation-to-tender-model-working-applying-a-fair-work-first-question/'
SBC = 'https://scotborders.gov.uk/directory-record/11007/community-benefits'
NPT = 'https://businessinneathporttalbot.com/skills-and-training/community-benefits'
CAR2 = 'http://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits.aspx'
CARP = 'https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/sustainability-and-community-benefits/'
R = [
 (MAT_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please provide a copy of your environmental policy and highlight how it relates to the reduction in the use of materials vulnerable to supply disruption or constraint [list any particular relevant materials that are high risk] in the products and / or services which are the subject of this tender.'),
 (MAT_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please describe your approach to environmental sustainability as part of this contract, including details of any specific steps taken in the design and manufacture of services to maximise use of sustainable and innovative materials and relevant circular economy outcomes.'),
 (MAT_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please describe how you manage your environmental impacts under this contract detailing any environmental good practice systems, including ISO 14001, or EMAS, or equivalent which form part of your business practice.'),
 (MAT_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please provide a copy of your environmental policy and highlight how it relates to contributing to the transition to a circular economy, including through use of sustainable materials, in the delivery of the products and / or services under this contract.'),
 (MAT_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'A requirement of this contract is that a minimum of 25% of the product or the components thereof shall be re-used or remanufactured at end of life. Please describe the operational processes you have in place to achieve this'),
 (WST_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please describe your proposed approach to environmental sustainability as part of this contract, including details of any specific steps taken in the design and manufacture of services to minimise waste and applying the waste hierarchy.'),
 (WST_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please describe your suggested methodology, including timeline, milestones, outcomes and responsibilities for developing an appropriate service Resource Management Plan which aims to:\nHelp us achieve our target for reducing life cycle costs, energy and waste resulting from [insert service] services; and\nProviding data / information to support claims that whole life cost and resource savings have been made'),
 (WST_AW, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please provide details of any end to end innovative packaging solutions which could be made available at no additional cost to [the Customer]; include details of your plans and proposed initiatives to reduce and eliminate packaging and waste under this contract.'),
 (WST_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract notification', 'The Contracting Authority has included obligations within the specification and contract conditions relating to the application of the waste hierarchy and compliance with relevant legislation, which are relevant to the services to be delivered.'),
 (WST_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract notification', 'The Contractor will be required to apply the waste hierarchy in contract delivery so as to maximise the reduction in waste, use of virgin materials and related emissions including through relevant re-use, repair, reconditioning or remanufacturing of products, equipment or materials, including innovative solutions.'),
 (WST_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract notification', 'A requirement of this contract is that a minimum of X% of the product or the components thereof shall be re-used or recycled at end of life.'),
 (WST_PCN, OGL, 'scot-spt', 'scotland', MU, [], 'Pre-contract notification', 'The Framework Agreement supports Scotland\'s National Performance Framework, and the National Outcomes which articulate the Purpose ‘To focus on creating a more successful country with opportunities for all of Scotland to flourish through increased wellbeing, and sustainable and inclusive economic growth’. This Framework supports the following National Outcomes, and Contractors are expected to support the Authority’s aim to achieve these.\' [Insert relevant Outcomes].'),
 (COM_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'Please describe how you will involve the users of your service to contribute to its design and delivery to find opportunities to enhance communities.'),
 (COM_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'What arrangements will you make to ensure that the local community are engaged with and informed of the service offered?'),
 (COM_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'How will you design your offer to enhance the local community through the provision of this service?'),
 (COM_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'A method statement is required describing an assessment of potential impacts of the proposed service on the local community. It must include all the risks and opportunities identified in the assessment, measures needed to minimise risks and options for improvements.'),
 (COM_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'The organisation specifically wishes to support the enhancement of local communities, please describe how you will contribute to this aim including reducing the risks within this contract.'),
 (COM_PCN, OGL, 'scot-spt', 'scotland', MU, [], 'Pre-contract notification', 'The Contracting Authority has included obligations within the specification and contract conditions relating to further requirements to achieve community benefits which are relevant to the services to be delivered.'),
 (COM_PCN, OGL, 'scot-spt', 'scotland', MU, [], 'Pre-contract notification', 'The contract/framework agreement supports the Scottish Government\'s National Performance Framework, and the National Outcomes which articulate the Government\'s Purpose to focus on creating a more successful country with opportunities for all of Scotland to flourish through increased wellbeing, and sustainable and inclusive economic growth. This framework supports the following National Outcomes, and contractors are expected to support the authority’s aim to achieve these. [Insert relevant National Outcomes].'),
 (SK_AW, OGL, 'scot-spt', 'scotland', EI, [], 'Award criteria', 'What arrangements will you make to provide mentoring and support for trainees and work placements to ensure maximum retention and achievement of industry accreditations?'),
 (SK_AW, OGL, 'scot-spt', 'scotland', EI, [], 'Award criteria', 'The organisation specifically wishes to support the development of skills in [specify industry, f.ex. the building and construction industries and any associated trades]. Please describe how you will contribute to this aim including developing trade skills within your existing workforce.'),
 (HER, OGL, 'scot-spt', 'scotland', WB, [], 'Specification development and award criteria', 'The contractor shall, in the delivery of the service [project], enhance the accessibility to, educational value and enjoyment of heritage sites by the public of the area in which the service [project] is delivered through planned tangible positive impacts.'),
 (HER, OGL, 'scot-spt', 'scotland', CL, [WB], 'Specification development and award criteria', 'Please provide a copy of your Environmental Policy and highlight how it relates to protecting and enhancing the public access to the heritage site which is the subject of this tender.'),
 (HER_SEL, OGL, 'scot-spt', 'scotland', CL, [], 'Supplier selection', 'Please describe your approach to environmental sustainability, including details of any specific steps taken in the design and manufacture of services to protect and/or enhance natural [built] heritage areas.'),
 (CCA, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract Notification Clauses', 'The Contracting Authority has included obligations within the specification and contract conditions relating to adaptation to known or anticipated climate change, which are relevant to the products/services to be delivered.'),
 (CCA, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract Notification Clauses', 'A requirement of this contract is that the supply of products and services is as climate resilient as is practicable, reflecting known or anticipated climate change impacts that may affect their supply during the lifetime of this contract.'),
 (CCA, OGL, 'scot-spt', 'scotland', CL, [], 'Construction/ Infrastructure', 'The Contractor will be required to ensure that the building [infrastructure] design and operation reflects known or anticipated climate change impacts so that its vulnerability to such impacts is minimised as far as is practicable.'),
 (CCA, OGL, 'scot-spt', 'scotland', CL, [], 'Example Procurement Clauses - Supplier Selection', 'Detail your experience and achievements, in conjunction with partners and your supply chain, of working with other clients to assess risks relating to the supply of [products] [services] from known or anticipated climate change and measures undertaken to manage and mitigate such risks, in contracts similar in nature.'),
 (FWF, OGL, 'scot-fwf', 'scotland', EO, [EI], 'Payment of at least the real Living Wage', 'Question: Bidders are asked to confirm that they will pay workers that are involved in the delivery of the [framework agreement / contract, and/or any subsequent call off contract] (including any agency or sub-contracting workers) directly involved in the delivery of the [framework agreement / contract, and/or any subsequent call off contract]), at least the real Living Wage.'),
 (FWG, OGL, 'scot-fwf', 'scotland', EO, [EI], 'Example 1 - National Marketing Services Framework', 'Fair Work First is the Scottish Government’s policy for driving good quality and fair work in Scotland. Through this approach, the Scottish Government, and its public sector partners, are asking bidders to describe how they are committed to adopting Fair Work First:'),
 (FWG, OGL, 'scot-fwf', 'scotland', EO, [], 'Example 1 - National Marketing Services Framework', 'appropriate channels for effective voice, such as trade union recognition and regular employee feedback are in place which can influence worker experience and address concerns;'),
 (FWG, OGL, 'scot-fwf', 'scotland', EO, [EI], 'Example 1 - National Marketing Services Framework', 'investment in workforce development is integrated into the organisation in particular in relation to equality and diversity, and opportunities exist to enable continuous professional development;'),
 (FWG, OGL, 'scot-fwf', 'scotland', EO, [], 'Example 1 - National Marketing Services Framework', 'no inappropriate use of zero hours contracts in operation so that workers have open ended or fixed term contracts which guarantee a fair minimum number of hours, no compulsory overtime, and reasonable notice to shift changes;'),
 (FWG, OGL, 'scot-fwf', 'scotland', EO, [], 'Example 1 - National Marketing Services Framework', 'The Scottish Public Sector is committed to the delivery of high quality public services, and recognises that this is critically dependent on a workforce which is well-rewarded, well-motivated, well-led, has access to appropriate opportunities for training and development, is diverse and inclusive, and can influence decision making. These factors are also important for workforce recruitment and retention, and thus continuity of service delivery.'),
 (SBC, Q, 'scot-cb', 'scotland', EI, [], None, 'apprenticeship and other employment opportunities'),
 (SBC, Q, 'scot-cb', 'scotland', EI, [], None, 'work experience and training opportunities'),
 (SBC, Q, 'scot-cb', 'scotland', EI, [], None, 'supply chain opportunities for local business'),
 (SBC, Q, 'scot-cb', 'scotland', WB, [EI], None, 'school and community engagement and support activities'),
 (NPT, Q, 'wales-cb', 'wales', EI, [EO], None, 'Targeted Recruitment & Training (TR&T) – to include apprenticeships, work experience and employment of disadvantaged groups'),
 (NPT, Q, 'wales-cb', 'wales', EI, [], None, 'Supply Chain Initiatives – maximising opportunities for SME’s to tender or bid for contract opportunities'),
 (NPT, Q, 'wales-cb', 'wales', CL, [], None, 'Environmental initiatives – support for the Council’s Decarbonisation & Renewable Energy strategy'),
 (NPT, Q, 'wales-cb', 'wales', EI, [WB], None, 'Educational Initiatives – to include local schools and colleges engagement activities'),
 (NPT, Q, 'wales-cb', 'wales', WB, [], None, 'Community initiatives – support for local community projects'),
 (NPT, Q, 'wales-cb', 'wales', EI, [], None, 'Retention & Training of existing workforce'),
 (NPT, Q, 'wales-cb', 'wales', EI, [WB], None, 'Engagement with the Third Sector'),
 (CAR2, OGL, 'wales-cb', 'wales', WB, [], 'Key Priorities for Potential Community Benefits', 'Community Initiatives: Volunteering days, support for local youth groups and other community groups, mini sporting tournaments.'),
 (CARP, OGL, 'wales-cb', 'wales', EI, [WB], 'Community Benefits', 'These benefits might include recruiting and training long term economically inactive persons as part of the workforce delivering the contract; working with local schools and colleges for work placements; offering appropriate training through apprenticeships or engage with local communities etc.'),
]
N = [
 (COM_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'Bidders are required to provide a risk assessment for the services, including what resources will be allocated to manage the risks identified.'),
 (HS_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'What arrangements will you put in place to make sure that all risks to health and safety are identified and managed?'),
 (HS_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'What arrangements will you have for managing the work? For example, who will be responsible, how will the work be supervised, what checks do you make on equipment and materials, and so on?'),
 (HS_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'Please identify any health risks, such as high levels of noise or exposure to harmful substances and describe how these will be managed'),
 (HS_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'Please describe how health and safety risks will be reduced in the handling of the products, including any chemicals or hazardous substances required.'),
 (HER, OGL, 'scot-spt', 'scotland', 'Specification development and award criteria', 'All fish are to be demonstrably sustainable with all wild-caught fish meeting the FAO Code of Conduct for Responsible Fisheries (includes Marine Stewardship Council certification and Marine Conservation Society ‘fish to eat’) and from outside any registered Marine Protection Areas (MPA)'),
 (HER, OGL, 'scot-spt', 'scotland', 'Specification development and award criteria', 'The refurbishment of this historic building shall be in accordance with relevant requirements specified and all materials used shall be in keeping with the age and heritage of the property and shall be previously agreed with XXX.'),
 (CSS, OGL, 'scot-spt', 'scotland', 'SELECTION SCORING GUIDANCE - for Question 4C.7 in the Qualification Envelope', 'Production and submission of a Bidder Climate Change Plan that has been reviewed and signed off by the board of directors (or equivalent management body).'),
 (CSS, OGL, 'scot-spt', 'scotland', 'SELECTION SCORING GUIDANCE - for Question 4C.7 in the Qualification Envelope', 'No Bidder Climate Change Plan produced and submitted that has been reviewed and signed off by the board of directors (or equivalent management body).'),
 (FWF, OGL, 'scot-fwf', 'scotland', 'Payment of at least the real Living Wage', 'Please note that bidders who fail to answer “Yes” to this question will not have their tender considered further or proceed to the Price/Quality ratio calculation.'),
]

ESX = 'https://consultations.essex.gov.uk/procurement/797dd43e/consultation/'
E1, E6, E36, E41, E46, E51 = (ESX + 'subpage.2021-04-21.3305418502', ESX + 'subpage.2021-04-21.6524357107', ESX + 'subpage.2021-05-10.8361450039',
                              ESX + 'subpage.2023-06-02.9729497991', ESX + 'subpage.2023-06-02.4077765614', ESX + 'subpage.2023-06-02.7670343275')
EHUB = 'https://www.essexproviderhub.org/social-value-catalogue/social-value-themes-and-outcomes/'
ECALC = 'https://www.essexproviderhub.org/social-value-catalogue/ecc-toms-calculator/'
CUMB = 'https://www.cumberland.gov.uk/business-and-licensing/procurement-social-value-tenders-and-contracts/procurement-and-social-value/social-value-case-studies-and-documents/social-value-case-study/social-value-menu'
TORB = 'https://www.torbay.gov.uk/council/social-value/toms-dos-and-donts/'
MELIN = 'https://docslib.org/doc/13812085/make-sure-detail-of-installers-and-materials-include-toolkit-clauses'
SQ = 'https://vdocument.in/amp/annex-a-standardised-selection-questionnaire-sqq.html'
TVIC = 'https://tendervictory.co.uk/preparing-for-tendering-2022-update/'
TORT = 'https://www.torbay.gov.uk/business/procurement/tenders/'
ESQ = 'Social Value Quarterly Reporting - Delivery'
R += [
 (E1, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC1 - No. of local people (FTE) hired or retained on contract for one year or the whole duration of the contract, whichever is shorter.\nUnits: no. people FTE'),
 (E1, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC1c - The full time annual equivalent (FTE) number of people employed on the contract by the supply chain as a result of your procurement requirements.\nUnits: no. of people FTE'),
 (E1, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC2 - % of local people employed on contract (FTE)\nUnits: %'),
 (E1, Q, 'council-measures', 'uk', EI, [EO], ESQ, 'ECC3 - No. of employees (FTE) taken on who are long term unemployed (unemployed for a year or longer)\nUnits: no. people FTE'),
 (E1, Q, 'council-measures', 'uk', EI, [EO], ESQ, 'ECC3a - No. of armed forces veterans employees (FTE) hired on the contract as a result of a recruitment programme who are long term unemployed (unemployed for a year or longer) and are facing specific barriers to transitioning to civilian employment that do not qualify them as disabled (e.g. long term service).\nUnits: no. people FTE'),
 (E1, Q, 'council-measures', 'uk', EI, [EO], ESQ, 'ECC4 - No. of employees (FTE) taken on who are not in employment, education, or training (NEETs)\nUnits: no. people FTE'),
 (E6, Q, 'council-measures', 'uk', EO, [EI], ESQ, 'ECC6 - No. of jobs (FTE) created for local people with disabilities (physical disability, learning disability and/or mental health issues)\nUnits: no. people FTE'),
 (E6, Q, 'council-measures', 'uk', EI, [EO], ESQ, 'ECC7 - No. of local 16-25 y.o. care leavers (FTE) hired on the contract as a result of a recruitment programme\nUnits: no. people FTE'),
 (E6, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC8 - No. of hours dedicated to supporting unemployed people into work by providing career mentoring, including mock interviews, CV advice, and careers guidance - Aged Over 24 [Community TOM]\nUnits: no. hrs x no. attendees'),
 (E6, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC9 - No. of weeks of training opportunities (BTEC, City & Guilds, NVQ, HNC - Level 2,3, or 4+) on the contract that have either been completed during the year, or that will be supported by the organisation until completion in the following years\nUnits: no.weeks'),
 (E6, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC10 - No. of weeks of apprenticeships (Level 2,3, or 4) provided on the contract (completed or supported by the organisation)\nUnits: no.weeks'),
 (E36, Q, 'council-measures', 'uk', EO, [], ESQ, 'ECC36 - Percentage of procurement contracts that includes commitments to ethical procurement, including to verify anti-slavery and other relevant requirements.\nUnits: % of contracts'),
 (E36, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC37 - Percentage of procurement contracts that includes sustainable procurement commitments or other relevant requirements and certifications (e.g. to use local produce, reduce food waste, and keep resources in circulation longer.)\nUnits: % of contracts'),
 (E36, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC38 - Total amount (£) spent with VCSEs within your supply chain\nUnits: £'),
 (E36, Q, 'council-measures', 'uk', EI, [WB], ESQ, 'ECC39 - Provision of expert business advice to VCSEs and SMEs (e.g. financial advice / legal advice / HR advice/HSE) [Community TOM]\nUnits: no. staff expert hours'),
 (E36, Q, 'council-measures', 'uk', WB, [], ESQ, 'ECC40 - Equipment or resources donated to VCSEs (£ equivalent value)\nUnits: £'),
 (E41, Q, 'council-measures', 'uk', EO, [], ESQ, 'ECC41 - Specific initiatives or recruitment programmes for members of an ethnic minority group run for the contract\nUnits: describe initiatives'),
 (E41, Q, 'council-measures', 'uk', EI, [WB], ESQ, 'ECC42 - No. site visits for school children or local residents\nUnits: No. of visits'),
 (E41, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC43 - Employer\'s fairs held to encourage local employment in the area\nUnits:    £ invested including staff time'),
 (E41, Q, 'council-measures', 'uk', WB, [], ESQ, 'ECC44 - No. of employees provided with workplace screening (through a questionnaire) and support (at least six session of Cognitive Behavioural Therapy (CBT)) for anxiety and depression\nUnits: No. of employees provided access'),
 (E41, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC45 - Activities to influence staff, suppliers, customers and communities to support environmental protection and improvement\nUnits: No. staff expert hours'),
 (E46, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC46 - Support provided internally and to MSMEs and VCSEs within the supply chain to adopt Circular Economy solutions - business case and leadership for circular economy\nUnits: No. staff expert hours'),
 (E46, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC47 - Hard to recycle waste diverted from landfill or incineration through specific recycling partnerships (e.g. Terracycle or equivalent)\nUnits: Tonnes'),
 (E46, Q, 'council-measures', 'uk', EO, [], ESQ, 'ECC48 - Initiatives taken throughout the local and global supply chain to strengthen the identification, monitoring and reduction of risks of modern slavery and unethical work practices occurring in relation to the contract (i.e. supply chain mapping, staff training, contract management)\nUnits: £ invested including staff time'),
 (E46, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC49 - Reduce waste through reuse of products and materials\nUnits: Tonnes'),
 (E46, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC50 - Support for suppliers to demonstrate climate change and carbon reduction training for all staff - e.g. SDGs Academy courses, Supply Chain Sustainability School bronze or higher or equivalent\nUnits: No. hrs (total session duration)*no. attendees'),
 (E51, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC51 - Fleet emissions monitoring programme on the contract, including data collection (miles, type of vehicle, engine type, emission standard)\nUnits: description'),
 (E51, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC52 - Carbon emission reductions through reduced energy use and energy efficiency measures - building operations - (e.g. REEB benchmark, RIBA Climate Challenge)\nUnits: Tonnes CO2e'),
 (E51, Q, 'council-measures', 'uk', CL, [], ESQ, 'ECC53 - Tonnes of waste diverted above relevant benchmark (e.g. BREEAM)\nUnits: Tonnes'),
 (E51, Q, 'council-measures', 'uk', EI, [], ESQ, 'ECC54 - Meet the buyer\' events held to highlight local supply chain opportunities\nUnits: £ invested including staff time'),
 (EHUB, Q, 'council-measures', 'uk', EI, [EO], 'Reducing barriers to employment for disadvantaged groups', 'ECC3a - Hired or retained armed forces veterans in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EI, [EO], 'Reducing barriers to employment for disadvantaged groups', 'ECC4 - Support or hired local people who are unemployed, or who are not in education, or training'),
 (EHUB, Q, 'council-measures', 'uk', EI, [EO], 'Reducing barriers to employment for disadvantaged groups', 'ECC5 - Hired local people who are rehabilitating young offenders in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EO, [EI], 'Reducing barriers to employment for disadvantaged groups', 'ECC6 - Jobs created for local people with disabilities in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EI, [EO], 'Reducing barriers to employment for disadvantaged groups', 'ECC7 - Hired local young people who are care leavers in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EI, [], 'Reducing barriers to employment for disadvantaged groups', 'ECC9 - Offering training opportunities (BTEC, City & Guilds, NVQ, HNC) in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EI, [], 'Reducing barriers to employment for disadvantaged groups', 'ECC10 - Offering apprenticeships in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EI, [EO], 'Reducing barriers to employment for disadvantaged groups', 'ECC31a - Offering digital skills training to disadvantaged people in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EO, [], 'Reducing barriers to employment for disadvantaged groups', 'ECC41 - Specific initiatives for members of an ethnic minority group in Essex'),
 (EHUB, Q, 'council-measures', 'uk', EI, [], None, 'ECC16: Support young people, under 24 years old, into work (e.g. CV advice, mock interviews, careers guidance)'),
 (EHUB, Q, 'council-measures', 'uk', EI, [], None, 'ECC17: Meaningful work placements or pre-employment course; from 1 to 9 weeks unpaid student placements (e.g. T-Level unpaid work experience, work experience for students)'),
 (EHUB, Q, 'council-measures', 'uk', EI, [], None, 'ECC18 : Meaningful work placements that pay Minimum or National Living wage according to eligibility - 6 weeks or more (internships)'),
 (EHUB, Q, 'council-measures', 'uk', EI, [WB], None, 'ECC19: Local school and college visits supporting pupils e.g. delivering career talks, curriculum support, literacy support, safety talks'),
 (EHUB, Q, 'council-measures', 'uk', MU, [], 'Exploring Themes and Outcomes', 'Please note bidders are not obligated to commit to every single measure listed in the ECC TOMs Calculator. Instead, they should focus on those commitments that align closely with their organisation\'s capabilities and strategic objectives.'),
 (ECALC, Q, 'council-measures', 'uk', MU, [], 'ECC TOMs Calculator', 'When filling in the ECCTOMs calculator, bidders can choose 1 or more measures which best fit their organization\'s priorities. Enter your offer in the green cells named "Units Offers", and double check the offer description is by weeks, hours or £ pounds and enter your offer accordingly.'),
 (ECALC, Q, 'council-measures', 'uk', MU, [], 'ECC TOMs Calculator', 'The Supporting Statement is a written narrative produced by you, explaining what actions you will be taking, to successfully deliver the  commitments you entered in the ECCTOMs Calculator. This crucial document showcase your detailed plan and allows evaluators to see the quality of social value offer proposed by potential contractors.'),
 (ECALC, Q, 'council-measures', 'uk', MU, [], 'ECC TOMs Calculator', 'Social Value commitments entered into the Calculator will form part of the contract, with the winning bidder’s Calculator and Social Value Supporting Statement to form the Social Value Plan, which will be monitored as a Performance Measure.'),
 (CUMB, Q, 'council-measures', 'uk', EI, [], 'Social value outcomes: Improved employability of young people', 'Measures: number of 16 to 24 year old FTEs who are not in education, employment or training (NEET)\nReference: ECO01'),
 (CUMB, Q, 'council-measures', 'uk', EI, [], 'Social value outcomes: New and improved skills for local people', 'Measures: number of local people undertaking meaningful training\nReference: ECO02'),
 (CUMB, Q, 'council-measures', 'uk', EI, [], 'Social value outcomes: More local people in employment', 'Measures: number of local FTEs hired on the contract who were long term unemployed\nReference: ECO03'),
 (CUMB, Q, 'council-measures', 'uk', WB, [], 'Social value outcomes: Crime and anti-social behaviours are reduced', 'Measures: percentage reduction in crime reported\nReference: ECO04'),
 (CUMB, Q, 'council-measures', 'uk', EI, [], 'Social value outcomes: More investment and opportunities for local businesses, charities or socially minded enterprises', 'Measures: total local spend with SMEs\nReference: ECO05'),
 (CUMB, Q, 'council-measures', 'uk', EI, [], 'Social value outcomes: Support local businesses to embed social value and sustainability into supply chains', 'Measures: percentage contracts with supply chain on which social impact commitments, measurement and reporting are required\nReference: ECO06'),
 (CUMB, Q, 'council-measures', 'uk', WB, [], 'Social value outcomes: Engage with our communities, develop strong ties and collaborate on projects to improve the local area together', 'Measures: the time volunteered to focus on community engagement; meetings and forums, volunteering programmes and assist local partnership collaboration\nReference: ECO07'),
 (TORB, Q, 'council-measures', 'uk', MU, [], None, 'Ensure you enter both a quantitative and qualitative response for Social Value - If both are not entered the Social Value response will be disregarded'),
 (TORB, Q, 'council-measures', 'uk', MU, [], None, 'Only report on activities/offer Social Value that will be delivered as a result of this contract - Ensure that your Social Value targets are relevant and proportional to this contract only'),
 (MELIN, Q, 'wales-cb', 'wales', EI, [WB], 'Community Benefit Requirements: Arbed Phase 2', 'Through implementation of the following section we are seeking to maximise the opportunities for significant community benefits including employment and training, participation in the shared apprenticeship scheme, supply chain development and community engagement.'),
 (MELIN, Q, 'wales-cb', 'wales', EI, [], 'Community Benefit Requirements: Arbed Phase 2', 'In relation to employment and training opportunities successful contractors are expected to identify a variety of placement opportunities, which meet the following:'),
 (MELIN, Q, 'wales-cb', 'wales', EI, [], 'Community Benefit Requirements: Arbed Phase 2', 'A minimum of 1.5 full time (full time defines as being 52 week equivalent position) delivered per £ million of Arbed contract value. This would equate to 78 weeks employment per million of contract.'),
 (MELIN, Q, 'wales-cb', 'wales', EI, [], 'Community Benefit Requirements: Arbed Phase 2', 'Opportunities which can support delivery of these training week requirements include:\nDelivery of a shared apprenticeship scheme\nAdult skill build\nUp-skilling'),
 (MELIN, Q, 'wales-cb', 'wales', EI, [], 'Community Benefit Requirements: Arbed Phase 2', 'Successful contractors need to be aware that a training bond of 5% of the contract value will be withheld until they have delivered their targeted recruitment and training targets and provided evidence that the said clauses have been delivered and discharged in accordance with the monitoring information.'),
]
N += [
 (SQ, OGL, 'sq-guidance', 'uk', 'Potential Supplier Information and Exclusion Grounds: Part 1 and Part 2.', 'The standard Selection Questionnaire is a self-declaration, made by you (the potential supplier), that you do not meet any of the grounds for exclusion. If there are grounds for exclusion, there is an opportunity to explain the background and any measures you have taken to rectify the situation (we call this self-cleaning).'),
 (SQ, OGL, 'sq-guidance', 'uk', 'Potential Supplier Information and Exclusion Grounds: Part 1 and Part 2.', 'When completed, this form is to be sent back to the contact point given in the procurement documents along with the selection information requested in the procurement documentation.'),
 (SQ, OGL, 'sq-guidance', 'uk', 'Supplier Selection Questions: Part 3', 'The procurement document will provide instructions on the selection questions you need to respond to and how to submit those responses. If you are bidding on behalf of a group (consortium) or you intend to use sub-contractors, you should complete all of the selection questions on behalf of the consortium and/or any sub-contractors.'),
 (TVIC, Q, 'sq-guidance', 'uk', 'Company Details', 'Trading Status/Type of Company or Organisation (e.g. Private, Private Limited Company, Partnership Local Authority, Government Agency, Voluntary Body, Registered Charity, etc.)'),
 (TVIC, Q, 'sq-guidance', 'uk', 'Company Details', 'Date of registration and registration number for the country of origin. For UK companies this is your registered company number issued via Companies House'),
 (TVIC, Q, 'sq-guidance', 'uk', 'Company Details', 'DUNS number, this is the reference number specific to your organisation that is created and issued by Dunn and Bradstreet'),
 (TORT, Q, 'sq-guidance', 'uk', None, 'The Selection Questionnaire, covering grounds for mandatory and discretionary exclusion, economic and financial standing, technical and professional ability, compliance with relevant legislation;'),
 (TORT, Q, 'sq-guidance', 'uk', None, 'Certificates and declarations, including conditions of tender confidentiality certificate, certificate of undertaking absence of collusion or canvassing and pricing schedule declaration;'),
 (TORT, Q, 'sq-guidance', 'uk', None, 'Any clarification questions should be submitted within the stipulated timescales and using the method prescribed, as should your completed Quotations, Pre-Qualification Questionnaires and/or Tenders.'),
 (TORT, Q, 'sq-guidance', 'uk', None, 'Take account of any weightings that are applied to the questions in order to understand what are the important issues for us;'),
]
ID = {CV: 'covid-recovery', EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}

here = os.path.dirname(os.path.abspath(__file__))
mine = os.path.join(here, 'public-texts-2.jsonl')
existing = set()
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.abspath(f) == mine: continue
    existing |= {json.loads(l)['text'].strip().lower() for l in open(f) if l.strip()}
seen = set()
def group_of(src):
    """One source document per group; pages of one site that share model wording form one group (no leak across folds)."""
    for site in ('sustainableprocurementtools.scot', 'consultations.essex.gov.uk', 'essexproviderhub.org', 'carmarthenshire.gov.wales', 'torbay.gov.uk'):
        if site in src: return site
    return src
def emit(i, src, lic, fam, jur, theme, sec, section, text, sv):
    key = text.strip().lower()
    if key in existing: return
    assert key not in seen, text; seen.add(key)
    slug = 'pub2' if sv else 'pub2neg'
    print(json.dumps({
        'id': f'{slug}-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': section, 'source': src, 'group': group_of(src),
        'family': fam, 'licence': lic, 'is_social_value': sv, 'theme_guess': theme if sv else 'not social value',
        'secondary_themes': [ID[x] for x in sec], 'jurisdiction': jur, 'limit_words': None, 'limit_chars': None,
        'weighting_percent': None,
    }, ensure_ascii=False))
for i, (src, lic, fam, jur, theme, sec, section, text) in enumerate(R, 1):
    emit(i, src, lic, fam, jur, theme, sec, section, text, True)
for j, (src, lic, fam, jur, section, text) in enumerate(N, len(R) + 1):
    emit(j, src, lic, fam, jur, None, [], section, text, False)
