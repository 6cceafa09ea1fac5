"""Write test/corpus/public-texts-5.jsonl: batch 9, aimed at the families that failed on fresh batches: Scottish
climate-resilience and carbon clauses (sustainableprocurementtools.scot annexes, gov.scot adaptation guidance), list
items with no topic word (flexible working, work from home, training at times that suit), jobs for disadvantaged groups
(targeted recruitment and training model clauses, gov.scot), Welsh community benefit goals; hard negatives from the same
pages (selection pass/fail statements, minimum training standards, risk assessments). Texts verbatim from the stored
pages (read through the `search` tool, pages corpus). Scored blind with the committed model before joining. Same
conventions as make-public-2.py.

  python3 test/corpus/make-public-5.py > test/corpus/public-texts-5.jsonl
"""
import glob, json, os
OGL = 'OGL v3 (Crown copyright)'
EI, CL, EO, WB, MU = ('tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing',
                      'multiple themes')
ADA = 'https://sustainableprocurementtools.scot/index.cfm/guidance/climate-change/climate-change-adaptation/annex-example-procurement-clauses-and-kpis/'
CIP = 'https://sustainableprocurementtools.scot/index.cfm/guidance/climate-change/carbon-in-production/summary/'
COM = 'https://sustainableprocurementtools.scot/index.cfm/guidance/communities/specification-development/'
ESTA = 'https://sustainableprocurementtools.scot/index.cfm/guidance/employment-community-benefits/skills-and-training/annex-a'
ESTD = 'https://sustainableprocurementtools.scot/index.cfm/guidance/employment-community-benefits/skills-and-training/description-and-scope'
ESTS = 'https://sustainableprocurementtools.scot/index.cfm/guidance/employment-community-benefits/skills-and-training/specification-development'
HS = 'https://sustainableprocurementtools.scot/index.cfm/guidance/health-and-safety/health-and-safety/specification-development/'
CSS = 'https://sustainableprocurementtools.scot/index.cfm/guidance/climate-change/climate-standardised-statements-guidance/'
GSA = 'https://www.gov.scot/publications/procurement-guidance-climate-change-adaptation/'
GSK = 'https://www.gov.scot/publications/skills-and-training-sustainable-procurement-guidance/'
CBM = 'https://www.gov.scot/publications/community-benefits-public-procurement/pages/7/'
GWC = 'https://www.gov.wales/procurement-community-benefits-policy-html'
R = [
 (ADA, 'scot-spt', 'scotland', CL, [], 'Pre-contract Notification Clauses: General adaptation/resilience requirement', 'A requirement of this contract is that the supply of products and services is as climate resilient as is practicable, reflecting known or anticipated climate change impacts that may affect their supply during the lifetime of this contract.'),
 (ADA, 'scot-spt', 'scotland', CL, [], 'Example Procurement Clauses - Supplier Selection: Service contract', 'Detail your experience and achievements, in conjunction with partners and your supply chain, of working with other clients to assess risks relating to the supply of [products] [services] from known or anticipated climate change and measures undertaken to manage and mitigate such risks, in contracts similar in nature.'),
 (CIP, 'scot-cip', 'scotland', CL, [], 'Pre-contract Notification Clauses: Decarbonisation ambitions', 'The Contracting Authority has included obligations within the specification and contract conditions relating to embodied carbon, which are relevant to the products/services to be delivered.'),
 (CIP, 'scot-cip', 'scotland', CL, [], 'Pre-contract Notification Clauses: Decarbonisation ambitions', "The Contract/Framework Agreement supports the Scottish Government's National Performance Framework, and the National Outcomes. The Contractor will be required to minimise the environmental impacts of products or services delivered, including carbon intensity of their life cycle, where practicable."),
 (CIP, 'scot-cip', 'scotland', CL, ['economic-inequality'], 'Tailor to focus on specific outcomes', 'The Contracting Authority has included obligations within the specification and contract conditions relating to decarbonising our economy, including [minimising embodied carbon emissions], [being resilient to a changing climate], [reducing fuel poverty] and [developing jobs and skills to support decarbonisation] which are relevant to the services to be delivered.'),
 (CIP, 'scot-cip', 'scotland', CL, [], 'Products and materials embodied carbon assessment', 'A requirement of this contract is that all products offered [products/ materials used in service delivery] have been assessed in terms of embodied carbon and offer the lowest values whilst meeting functional performance standards.'),
 (COM, 'scot-spt', 'scotland', WB, [], 'Contract requirements', 'A requirement of the contract will be that the contractor undertakes with the authority a series of community engagement events to ensure that progress of the contract is visible to the local community.'),
 (ESTA, 'scot-spt', 'scotland', EI, [], 'Pre-contract Notification', 'Community benefits are included in this requirement. A summary of the expected community benefits has been provided as follows: [work with local authorities to ensure youth (employment) opportunities is a fundamental community benefit].'),
 (ESTA, 'scot-spt', 'scotland', EI, ['wellbeing'], 'Pre-contract Notification', "Under this [project/contract/programme] the contractor and its supply chain will be required to actively participate in the achievement of social objectives relating to participation in the, skills development, employment and training programmes in accordance with the [client]'s Employment and Skills Strategy, which can be found at [insert web address] and other added value contributions by the contractor and its supply chain in order to support community programmes promoted by [client]. Accordingly, the contract performance conditions may relate to secondary considerations."),
 (ESTD, 'scot-spt', 'scotland', EO, [], 'a supplier that is invested in its workforce could create a more diverse and inclusive workplace by providing:', 'Payment of at least the real living wage'),
 (ESTD, 'scot-spt', 'scotland', EO, [], 'a supplier that is invested in its workforce could create a more diverse and inclusive workplace by providing:', 'Support for women returning to work after a career break'),
 (ESTD, 'scot-spt', 'scotland', EO, [], 'a supplier that is invested in its workforce could create a more diverse and inclusive workplace by providing:', 'part-time / flexible working hours to enable uptake of childcare provision'),
 (ESTD, 'scot-spt', 'scotland', EO, [], 'a supplier that is invested in its workforce could create a more diverse and inclusive workplace by providing:', 'Work from home opportunities reducing reliance on transport provision'),
 (ESTD, 'scot-spt', 'scotland', EO, [], 'a supplier that is invested in its workforce could create a more diverse and inclusive workplace by providing:', 'Providing training at times that suit, or fit around current jobs or caring responsibilities'),
 (ESTD, 'scot-spt', 'scotland', EO, ['economic-inequality'], 'Description and Scope', 'Any employment, skills and training achieved through public procurement will aim to promote equality and reduce inequality.'),
 (GSK, 'scot-gov', 'scotland', EI, [], 'Risk or opportunity', "Are there opportunities to generate employment and training opportunities; or develop skills in potential suppliers' existing workforce?"),
 (GSK, 'scot-gov', 'scotland', EI, [], 'Risk or opportunity', 'For example, targeted recruitment and training opportunities, apprenticeships, or employment of young people who are not in employment, education or training; long term unemployed or other priority groups.'),
 (GSA, 'scot-gov', 'scotland', CL, [], 'Description of risk/opportunity', 'is the supply of this product or delivery of relevant service potentially vulnerable to the impacts of climate change?'),
 (GSA, 'scot-gov', 'scotland', CL, [], 'Description of risk/opportunity', 'is there an opportunity to minimise the effects on supply or service delivery, as a result of anticipated climate change?'),
 (GSA, 'scot-gov', 'scotland', CL, [], 'Description of risk/opportunity', 'Risk to business and/or supply continuity as a result of anticipated higher temperatures, flooding, and other extreme climatic events.'),
 (CBM, 'scot-cb', 'scotland', WB, [], '5.1 Policy Statements', 'The Authority will continue to use all of its powers, wherever it can, to do anything it considers will promote or improve the well-being of the area. Steps to be taken include:'),
 (CBM, 'scot-cb', 'scotland', EO, [], '5.1 Policy Statements', 'securing representation for black and ethnic minority communities in employment at all levels that is equivalent to their representation in the population;'),
 (CBM, 'scot-cb', 'scotland', EI, [], '5.1 Policy Statements', 'developing a workforce that is highly skilled and well motivated and can truly meet the skill needs of the economy;'),
 (CBM, 'scot-cb', 'scotland', EI, [], '5.1 Policy Statements', 'building a place where there are far fewer disparities in employment and everyone who wants to can participate in economic success;'),
 (CBM, 'scot-cb', 'scotland', EI, [], '5.1 Policy Statements', 'providing residents with the skills to compete for the employment created by new investment in public services and private enterprise;'),
 (CBM, 'scot-cb', 'scotland', EI, [], '5.1 Policy Statements', 'encouraging local residents to take up high quality, sustainable employment opportunities.'),
 (CBM, 'scot-cb', 'scotland', EI, ['equal-opportunity'], '5.2 Procurement Strategy', 'The Authority will seek to implement its aims as stated in its Community Plan of securing skills and employability and equal opportunities in employment.'),
 (GWC, 'wales-cb', 'wales', EI, [], 'Community Benefits policy', 'A Prosperous Wales – to increase employment, support development of skills and grow SMEs in order to positively impact the Welsh economy'),
 (GWC, 'wales-cb', 'wales', WB, ['economic-inequality'], 'Community Benefits policy', 'A Healthier Wales – to create and safeguard employment opportunities that help people enter or remain in work'),
 (GWC, 'wales-cb', 'wales', EO, ['economic-inequality'], 'Community Benefits policy', 'A more equal Wales by working to provide employment and training opportunities, and also education and community support across all areas of Wales and across all socio-economic levels'),
]
N = [
 (ESTA, 'scot-spt', 'scotland', 'Supplier selection', "When answering question Relevant Examples 4C.1 of the SPD, the bidder must declare that it has documented arrangements in place for providing its workforce with quality-related training and information appropriate to the type of work for which this organisation is likely to bid. Any supplier which is unable to confirm they have the above arrangements in place would be excluded at the selection stage."),
 (ESTS, 'scot-spt', 'scotland', 'Specification', 'Specifications may require that the successful contractor adhere to relevant minimum training and/or qualification standards through the lifetime of the contract, and that staff involved in contract delivery will hold relevant training certificates appropriate to their role.'),
 (HS, 'scot-spt', 'scotland', 'Specification', "In furtherance of the Scottish Government’s objective to realise Scotland’s full economic potential with more and better employment opportunities for our people, the contractor will be required to provide a risk assessment for the contracted services, including what resources will be allocated to manage the risks identified."),
 (HS, 'scot-spt', 'scotland', 'Specification', 'In the carrying out of this contract, the contractor will be required to [complete monthly risk assessment forms /provide evidence of insurance/of training provided].'),
 (CSS, 'scot-spt', 'scotland', 'SELECTION SCORING GUIDANCE - for Question 4C.7 in the Qualification Envelope', 'Production and submission of a Bidder Climate Change Plan that has been reviewed and signed off by the board of directors (or equivalent management body).'),
 (CSS, 'scot-spt', 'scotland', 'SELECTION SCORING GUIDANCE - for Question 4C.7 in the Qualification Envelope', 'No Bidder Climate Change Plan produced and submitted that has been reviewed and signed off by the board of directors (or equivalent management body).'),
]

SDN = 'https://www.southdowns.gov.uk/national-park-authority/our-work/transparency-finance/supplying-sdnpa/including-social-value-in-tenders/'
TAM = 'https://tamworth.gov.uk/social-value-priorities-pledges'
ESTW = 'https://sustainableprocurementtools.scot/index.cfm/guidance/employment-skills-and-training/skills-and-training/award/'
EC2 = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-2-tackling-economic-inequality/'
THR = 'https://www.thrive-platform.com/social-value-model-and-employment-how-to-add-diversity/'
Q = 'quotation for evaluation (publisher copyright; short excerpt)'
OGL_REPRO = 'OGL v3 (Crown copyright text, as reproduced on this page)'
# Batch 10 (scored blind, then added): a national park authority's list of social value examples (list items, several
# with no topic word), a borough council's carbon pledges, SPT skills award questions, Social Value Model theme 2 wording.
R += [
 (SDN, 'council-list', 'uk', MU, [], 'Including Social Value in Tenders', 'If it is specified as a requirement, tenderers should describe in their bid any proposals they have to encompass social value within the contract.'),
 (SDN, 'council-list', 'uk', MU, [], 'Including Social Value in Tenders', 'Social value proposals in bids must be over and above the core deliverables of the contract, and should both relate and be proportionate to the subject matter of the contract.'),
 (SDN, 'council-list', 'uk', EI, [], 'general examples of how bidders might include Social Value in their bids', 'Creating local employment opportunities for the long term unemployed or those not in education, employment, or training'),
 (SDN, 'council-list', 'uk', EI, [], 'general examples of how bidders might include Social Value in their bids', 'Creating skills and training opportunities'),
 (SDN, 'council-list', 'uk', EI, [], 'general examples of how bidders might include Social Value in their bids', 'Offering work placements to school children and young adults'),
 (SDN, 'council-list', 'uk', EI, [], 'general examples of how bidders might include Social Value in their bids', 'Providing career advice and information on specific careers'),
 (SDN, 'council-list', 'uk', EI, [], 'general examples of how bidders might include Social Value in their bids', 'Educational engagement, eg with schools, colleges or training providers, through site visits, careers talks, work placements etc.'),
 (SDN, 'council-list', 'uk', EI, [], 'general examples of how bidders might include Social Value in their bids', 'Offering curriculum support to schools'),
 (SDN, 'council-list', 'uk', EI, ['equal-opportunity'], 'general examples of how bidders might include Social Value in their bids', 'Providing greater opportunities for individuals or groups facing greater social or economic barriers'),
 (SDN, 'council-list', 'uk', WB, [], 'general examples of how bidders might include Social Value in their bids', 'Helping local charities, community groups, residents'),
 (SDN, 'council-list', 'uk', WB, [], 'general examples of how bidders might include Social Value in their bids', 'Supporting local culture and heritage'),
 (SDN, 'council-list', 'uk', EO, [], 'general examples of how bidders might include Social Value in their bids', 'Maintaining ethical supply chains'),
 (SDN, 'council-list', 'uk', WB, ['economic-inequality'], 'general examples of how bidders might include Social Value in their bids', 'Providing opportunities for vulnerable people and promoting social integration for example work opportunities for disadvantaged people.'),
 (SDN, 'council-list', 'uk', EO, [], 'general examples of how bidders might include Social Value in their bids', 'Considering equity and diversity in the provision and operation of services'),
 (SDN, 'council-list', 'uk', WB, [], 'general examples of how bidders might include Social Value in their bids', 'Improving health and wellbeing of local residents and'),
 (TAM, 'council-list', 'uk', CL, [], 'Environmental theme: Aim: reduce carbon emissions - Evidence and pledges', 'Provide evidence of your own environmental management system (an external industry aligned certification, or your own framework) including resource reduction targets set to support the progress towards net zero in Tamworth, such as:'),
 (TAM, 'council-list', 'uk', CL, [], 'Environmental theme: Aim: reduce carbon emissions - Evidence and pledges', 'PlanetMark certification'),
 (TAM, 'council-list', 'uk', CL, [], 'Environmental theme: Aim: reduce carbon emissions - Evidence and pledges', 'Carbon Trust certification'),
 (ESTW, 'scot-spt', 'scotland', EI, [], 'Award criteria: employment, skills and training', 'What arrangements will you make to provide mentoring and support for trainees and work placements to ensure maximum retention and achievement of industry accreditations?'),
 (ESTW, 'scot-spt', 'scotland', EI, [], 'Award criteria: employment, skills and training', 'The organisation specifically wishes to support the development of skills in [specify industry, f.ex. the building and construction industries and any associated trades]. Please describe how you will contribute to this aim including developing trade skills within your existing workforce.'),
 (EC2, 'ppn0620-model', 'uk', EI, [], 'Entrepreneurship, growth and business creation', 'Identifying opportunities to grow supplier diversity in the contract supply chain or in the community where the contract is performed, including SME and VCSE participation and new business creation.'),
 (EC2, 'ppn0620-model', 'uk', EI, [], 'Entrepreneurship, growth and business creation', 'Engagement activities for potential new suppliers to the contract supply chain, prior to awarding subcontracts, such as advertising upcoming opportunities and meet the buyer events.'),
 (EC2, 'ppn0620-model', 'uk', EI, [], 'Entrepreneurship, growth and business creation', 'Measures to make the supply chain working environment conducive to a diverse range of suppliers and growing businesses, such as structuring the supply chain selection process in a way that encourages participation by new and growing businesses.'),
 (EC2, 'ppn0620-model', 'uk', EI, [], 'Employment', 'Support for the contract workforce by providing careers advice, including mentoring, mock interviews and CV advice, and opportunities for in-work progression and career development into known skills shortages or high-growth areas.'),
 (THR, 'ppn0620-model', 'uk', EI, ['equal-opportunity'], 'MAC 2.2: Employment', 'Delivery of training schemes and programmes to address any identified skills gaps and under-representation in the workforce for the contract (eg prison leavers, disabled people).'),
]
ID = {EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}
LIC = {SDN: Q, TAM: Q, EC2: OGL_REPRO, THR: OGL_REPRO}
here = os.path.dirname(os.path.abspath(__file__))
mine = os.path.join(here, 'public-texts-5.jsonl')
existing = set()
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.abspath(f) == mine: continue
    existing |= {json.loads(l)['text'].strip().lower() for l in open(f) if l.strip()}
def group_of(src):
    for site in ('sustainableprocurementtools.scot', 'executivecompass.co.uk', 'thrive-platform.com'):
        if site in src: return site
    return src
seen = set()
def emit(i, src, fam, jur, theme, sec, section, text, sv):
    key = text.strip().lower()
    if key in existing: return
    assert key not in seen, text; seen.add(key)
    print(json.dumps({
        'id': f'pub5{"" if sv else "neg"}-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': section, 'source': src,
        'group': group_of(src), 'family': fam, 'licence': LIC.get(src, OGL), 'is_social_value': sv,
        'theme_guess': theme if sv else 'not social value', 'secondary_themes': sec, 'jurisdiction': jur,
        'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
for i, (src, fam, jur, theme, sec, section, text) in enumerate(R, 1):
    emit(i, src, fam, jur, theme, sec, section, text, True)
for j, (src, fam, jur, section, text) in enumerate(N, 100):
    emit(j, src, fam, jur, None, [], section, text, False)
