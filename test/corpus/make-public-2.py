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
WCS = SPT + 'fairly-and-ethically-traded/worker-conditions/specification-development/'
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
 (WCS, OGL, 'scot-spt', 'scotland', None, 'The contractor must take all reasonable steps to ensure that all goods supplied under this contract/framework agreement are produced in accordance with all International Labour Organisation (ILO) conventions that have been ratified by the country of their origin, in particular, in relation to labour standards, working conditions and the use of child labour.'),
]
ID = {CV: 'covid-recovery', EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}

here = os.path.dirname(os.path.abspath(__file__))
mine = os.path.join(here, 'public-texts-2.jsonl')
existing = set()
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.abspath(f) == mine: continue
    existing |= {json.loads(l)['text'].strip().lower() for l in open(f) if l.strip()}
seen = set()
def emit(i, src, lic, fam, jur, theme, sec, section, text, sv):
    key = text.strip().lower()
    if key in existing: return
    assert key not in seen, text; seen.add(key)
    slug = 'pub2' if sv else 'pub2neg'
    print(json.dumps({
        'id': f'{slug}-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': section, 'source': src, 'group': src,
        'family': fam, 'licence': lic, 'is_social_value': sv, 'theme_guess': theme if sv else 'not social value',
        'secondary_themes': [ID[x] for x in sec], 'jurisdiction': jur, 'limit_words': None, 'limit_chars': None,
        'weighting_percent': None,
    }, ensure_ascii=False))
for i, (src, lic, fam, jur, theme, sec, section, text) in enumerate(R, 1):
    emit(i, src, lic, fam, jur, theme, sec, section, text, True)
for j, (src, lic, fam, jur, section, text) in enumerate(N, len(R) + 1):
    emit(j, src, lic, fam, jur, None, [], section, text, False)
