"""Write test/corpus/public-texts.jsonl: short verbatim quotations from public pages (stored page text), labelled by hand.

  python3 test/corpus/make-public.py > test/corpus/public-texts.jsonl

Each tuple: (source URL, licence, family, jurisdiction, theme label, secondary themes, text). Texts are copied verbatim
from the page named in `source` (list items one per record); nothing is paraphrased.
"""
import json
OGL = 'OGL v3 (Crown copyright)'
OGL_REPRO = 'OGL v3 (Crown copyright text, as reproduced on this page)'
Q = 'quotation for evaluation (publisher copyright; short excerpt)'
EI, CL, EO, WB, CV, MU = ('tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing',
                          'covid-19 recovery', 'multiple themes')
S_STAT = 'https://gov.scot/publications/procurement-reform-scotland-act-2014-statutory-guidance/pages/8'
S_CB = 'https://www.gov.scot/policies/public-sector-procurement/community-benefits-in-procurement/'
EC3 = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-3-fighting-climate-change/'
PDF = 'https://pdf4pro.com/view/social-value-model-quick-reference-table-gov-uk-74dc98.html'
THR = 'https://www.thrive-platform.com/social-value-model-tackling-economic-inequality/'
TSU = 'https://www.tendersure.co.ke/category/business-plans/'
RFB = 'https://readyforbusiness.org/programme-offering/community-benefit-clauses/'
STR = 'http://www.streets-uk.com/what-we-do/community-benefit/'
WAL = 'https://www.gov.wales/procurement-community-benefits-policy-html'
VSV = 'https://vdocuments.site/the-social-value-model-social-value-provides-additional-benefits-which-can-aid.html'
R = [
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Recruitment from priority groups.'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Apprenticeships from priority groups.'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Opportunities in the supply chain for SMEs and third sector bodies (will generate further employment outcomes).'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Work placements/work experience'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Training (to meet market needs) – for example S/ NVQs or equivalent for existing employees, new entrants or subcontractor staff.'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Apprenticeships and job opportunities targeted at young people.'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [], 'Work experience placements for young people at school, college and university.'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EI, [WB], 'Support to young people to become successful learners, confident individuals, effective contributors and responsible citizens – including school visits, structured career events for school pupils or college students, mentoring, mock interviews and assistance with CVs.'),
 (S_STAT, OGL, 'scot-cb', 'scotland', EO, [EI], 'Requirements targeted at specific groups (for example long-term unemployed, residents of deprived areas, ex-offenders, recovering drug users) – thus contributing to a reduction in inequality.'),
 (S_CB, OGL, 'scot-cb', 'scotland', MU, [EI, WB], 'Community benefit requirements are defined in the Procurement Reform (Scotland) Act 2014 as a contractual requirement imposed by a contracting authority: a) relating to: training and recruitment; availability of sub-contracting opportunities; b) or which is otherwise intended to improve the economic, social or environmental wellbeing of the authority’s area in a way additional to the main purpose of the contract in which the requirement is included'),
 (S_CB, OGL, 'scot-cb', 'scotland', EI, [], 'training and recruitment'),
 (S_CB, OGL, 'scot-cb', 'scotland', EI, [], 'availability of sub-contracting opportunities'),
 (EC3, OGL_REPRO, 'ppn0620-model', 'uk', CL, [], 'Collaborative working with the supply chain to deliver additional environmental benefits, including working towards net zero greenhouse gas emissions.'),
 (PDF, OGL_REPRO, 'ppn0620-model', 'uk', MU, [], 'Using a maximum of [insert number1] characters to describe the commitment your organisation will make to ensure that opportunities under the contract deliver the Policy Outcome and Award Criteria.'),
 (PDF, OGL_REPRO, 'ppn0620-model', 'uk', CV, [EI], 'Delivery of apprenticeships, traineeships and T Level industry placement opportunities (Level 2, 3, and 4+) in relation to the contract.'),
 (PDF, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Measures to ensure equality and accessibility, without discrimination, to employment and workforce related opportunities on the contract, and promote them so as to be fully accessible.'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Create new businesses, new jobs and new skills'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'By creating opportunities for entrepreneurship; helping new organisations to grow, supporting economic growth and business creation; and making supply chains more diverse'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [EO], 'By creating employment and training opportunities for people who face barriers to employment or who live in deprived areas'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'By supporting educational attainment relevant to the contract'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Increase supply chain resilience and capacity'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'By expanding the types of business in the supply chain'),
 (THR, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'By supporting the development of new technology and processes under the contract'),
 (TSU, Q, 'council-list', 'uk', EI, [], 'Number of new apprentices to be created by your organisation as a result of this contract?'),
 (TSU, Q, 'council-list', 'uk', EI, [], 'No. of New Jobs to be created by your organisation as a result of the contract?'),
 (TSU, Q, 'council-list', 'uk', EO, [], 'Will you pay the National Living Wage as a minimum to everyone working on the contract?'),
 (TSU, Q, 'council-list', 'uk', EI, [], 'Number of individuals to be provided with work experience (minimum 5 days)'),
 (TSU, Q, 'council-list', 'uk', EI, [], 'Unemployed residents to be supported into work'),
 (TSU, Q, 'council-list', 'uk', WB, [], 'What support will be offered to local community organisations to support their development'),
 (TSU, Q, 'council-list', 'uk', WB, [], 'What facilities to be provided for use by community groups and voluntary organisations as a direct result of this contract'),
 (TSU, Q, 'council-list', 'uk', WB, [], 'Time allowed for your employees to volunteer for community work in the local area (No. expert hrs)'),
 (TSU, Q, 'council-list', 'uk', WB, [], 'Donations to be made to local community funds to support local causes (Value)'),
 (TSU, Q, 'council-list', 'uk', EI, [], 'Support to be provided for local businesses to assist them to survive and grow (No. expert hrs)'),
 (TSU, Q, 'council-list', 'uk', CL, [], 'The amount of materials and products from sustainable sources'),
 (TSU, Q, 'council-list', 'uk', CL, [], 'Reduction of carbon footprint to net zero and adapting to climate change (%CO2 reduction)'),
 (TSU, Q, 'council-list', 'uk', CL, [], 'Create greener and cleaner places'),
 (RFB, Q, 'scot-cb', 'scotland', WB, [], 'Creating opportunities for enterprising thirds sector organisations to deliver public services'),
 (RFB, Q, 'scot-cb', 'scotland', EI, [EO], 'Employment and training opportunities for the long term unemployed and disadvantaged individuals'),
 (RFB, Q, 'scot-cb', 'scotland', EI, [], 'Creating opportunities for SMEs to deliver public services'),
 (RFB, Q, 'scot-cb', 'scotland', EI, [], 'Contributions to achievement of education and training targets'),
 (RFB, Q, 'scot-cb', 'scotland', WB, [], 'Support for community initiatives'),
 (RFB, Q, 'scot-cb', 'scotland', CL, [], 'Environmental targets'),
 (STR, Q, 'scot-cb', 'scotland', EI, [], 'Targeted recruitment and training'),
 (STR, Q, 'scot-cb', 'scotland', EI, [], 'Supply chain opportunities for SMEs and Third Sector'),
 (STR, Q, 'scot-cb', 'scotland', WB, [], 'Community Enhancement'),
 (WAL, OGL, 'wales-cb', 'wales', EI, [], 'A Prosperous Wales – to increase employment, support development of skills and grow SMEs in order to positively impact the Welsh economy'),
 (WAL, OGL, 'wales-cb', 'wales', WB, [EI], 'A Healthier Wales – to create and safeguard employment opportunities that help people enter or remain in work'),
 (WAL, OGL, 'wales-cb', 'wales', EO, [EI, WB], 'A more equal Wales by working to provide employment and training opportunities, and also education and community support across all areas of Wales and across all socio-economic levels'),
]

CAR = 'https://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits/'
CAR2 = 'http://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits.aspx'
S2W = 'https://sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=AUG447468'
EC4 = 'https://executivecompass.co.uk/social-value-practice/resources/theme-4-equal-opportunity'
EC2 = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-2-tackling-economic-inequality/'
THE = 'https://www.thrive-platform.com/finding-social-value-in-your-business-equal-opportunities/'
P002 = 'https://gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts/procurement-policy-note-002-the-social-value-model-html'
R += [
 (CAR, OGL, 'wales-cb', 'wales', EI, [], 'Recruit and train long term economically inactive persons and or 16-24 year olds not in education employment or training (NEETs) as part of the workforce delivering this contract.'),
 (CAR, OGL, 'wales-cb', 'wales', EI, [], 'You might be required to agree to a set number of person weeks of employment/experience per annum (To be agreed upon contract award). A person-week is the equivalent of one person working for 5 days either on site, or through a mix of on-site work and off-site training (paid or unpaid).'),
 (CAR, OGL, 'wales-cb', 'wales', EI, [], 'Consider employing an apprentice during the contract period.'),
 (CAR, OGL, 'wales-cb', 'wales', EI, [], 'Offer work placements to school, colleges and university students as part of their course or for any individual interested in gaining experience in your sector.'),
 (CAR, OGL, 'wales-cb', 'wales', EI, [], 'Create opportunities for SME’s to bid for work through the supply chain.'),
 (CAR, OGL, 'wales-cb', 'wales', EI, [], 'Sign up to various mentoring schemes to provide advice and support to new companies or SME’s.'),
 (CAR, OGL, 'wales-cb', 'wales', WB, [], 'Community Initiatives: Volunteering days, Contribute to community regeneration schemes, Sponsor mini sporting tournaments e.g. rugby or football etc.'),
 (CAR2, OGL, 'wales-cb', 'wales', EI, [], 'Training and employment: Promote skills & labour, offer apprenticeships.'),
 (CAR2, OGL, 'wales-cb', 'wales', EI, [], 'Supply Chain initiatives: Supplier engagement, second tier supply chain opportunities.'),
 (CAR2, OGL, 'wales-cb', 'wales', EI, [WB], 'Working with 3rd Sector & supported factories & businesses.'),
 (CAR2, OGL, 'wales-cb', 'wales', EI, [], 'Education Contribution: Work/school placements, talks to children on career paths.'),
 (S2W, OGL, 'wales-notice', 'wales', MU, [], 'Under the terms of this contract the successful supplier(s) will be required to deliver Community Benefits in support of the authority’s economic and social objectives. Accordingly, contract performance conditions may relate in particular to social and environmental considerations.'),
 (S2W, OGL, 'wales-notice', 'wales', EI, [], 'Creating and maximising local opportunities'),
 (S2W, OGL, 'wales-notice', 'wales', EI, [], 'Training and recruitment opportunities for the long term economically inactive (long term economically inactive means those not been in paid employment in the last 3 months immediately prior to the date of this invitation)'),
 (S2W, OGL, 'wales-notice', 'wales', WB, [], 'Volunteering days'),
 (S2W, OGL, 'wales-notice', 'wales', WB, [], 'Support for local youth groups and other community groups'),
 (S2W, OGL, 'wales-notice', 'wales', WB, [], 'Sponsoring of mini sporting tournament or event'),
 (S2W, OGL, 'wales-notice', 'wales', EI, [], 'Contributions to education such as work placements for secondary-school children and college students, landscaping/building services support to regenerate for school playgrounds'),
 (S2W, OGL, 'wales-notice', 'wales', EI, [], 'Utilise local supply chains.'),
 (S2W, OGL, 'wales-notice', 'wales', WB, [], 'It is a mandatory requirement that the successful contractor provides a 1% cash donation of the contract value.'),
 (EC4, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Action to increase the representation of disabled people in the contract workforce'),
 (EC4, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Measures to reduce barriers to securing more jobs for disabled people in the contract workforce, for example, inclusive and accessible recruitment practices, and retention-focussed activities, and providing equality of opportunity for disabled people into employment, such as becoming a Disability Confident'),
 (EC4, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Measures to offer development opportunities for disabled people in the contract workforce, for example offering a range of quality opportunities with routes of progression if appropriate, for example, T Level industry placements, students supported into higher-level apprenticeships.'),
 (EC4, OGL_REPRO, 'ppn0620-model', 'uk', WB, [EO], 'Public reporting on the health and wellbeing of staff comprising the contract workforce, following the recommendations in the Voluntary Reporting Framework.'),
 (EC4, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Demonstrating action to identify and tackle inequality in employment, skills and pay in the contract workforce'),
 (EC2, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Entrepreneurship, growth and business creation'),
 (EC2, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Identifying opportunities to grow supplier diversity in the contract supply chain or in the community where the contract is performed, including SME and VCSE participation and new business creation.'),
 (EC2, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Engagement activities for potential new suppliers to the contract supply chain, prior to awarding subcontracts, such as advertising upcoming opportunities and meet the buyer events.'),
 (EC2, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Measures to make the supply chain working environment conducive to a diverse range of suppliers and growing businesses, such as structuring the supply chain selection process in a way that encourages participation by new and growing businesses.'),
 (EC2, OGL_REPRO, 'ppn0620-model', 'uk', EI, [EO], 'Implementing recruitment practices and employment conditions, such as the five foundational principles of quality work set out in the Good Work Plan that will attract good candidates from all backgrounds, minimise turnover of staff and improve productivity.'),
 (EC2, OGL_REPRO, 'ppn0620-model', 'uk', EI, [], 'Support for the contract workforce by providing careers advice, including mentoring, mock interviews and CV advice, and opportunities for in-work progression and career development into known skills shortages or high-growth areas.'),
 (THE, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'By increasing representation of people with disabilities in the contract workforce'),
 (THE, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'By helping people with disabilities to develop skills relevant to the contract'),
 (THE, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'By taking action to address inequalities in employment, skills and pay in the contract workforce'),
 (THE, OGL_REPRO, 'ppn0620-model', 'uk', EO, [EI], 'By helping members of disadvantaged groups develop relevant skills'),
 (P002, OGL, 'ppn002-model', 'ppn-002', MU, [], 'In no more than [enter number of] words please set out, in a method statement and project plan, the specific, measurable and time bound commitment(s) your organisation will make to deliver the [inser'),
]
N = [
 (S2W, OGL, 'wales-notice', 'wales', 'The buyer considers that this contract is suitable for consortia bidding.'),
 (P002, OGL, 'ppn002-model', 'ppn-002', 'Select an Outcome from PPN 002 Social Value Model that relates to the subject matter of the contract, is proportionate and non-discriminatory'),
 (P002, OGL, 'ppn002-model', 'ppn-002', 'You are permitted to refine this to suit the condition of the market and your contract, based on feedback in your market engagement.'),
 (CAR, OGL, 'wales-cb', 'wales', 'The Equality Act 2010 places a responsibility on ourselves to consider equality when procuring goods, works or services.'),
]
ID = {CV: 'covid-recovery', EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}

SPT_PCN = 'https://sustainableprocurementtools.scot/index.cfm/guidance/materials/scarce-materials/pre-contract-notification/'
SPT_HS = 'https://sustainableprocurementtools.scot/index.cfm/guidance/health-and-safety/health-and-safety/specification-development/'
SPT_CS = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/facilities-services-management/embedding-sustainability-requirements/'
R += [
 (SPT_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'The Contracting Authority has included obligations within the specification and contract conditions relating to the sustainability of materials used and the application of relevant circular economy outcomes, which are relevant to the products/services to be delivered.'),
 (SPT_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'The Contracting Authority has included obligations within the specification and contract conditions relating to sustainability matters including use of recycled aggregates, materials or building products which are relevant to the service to be delivered.'),
 (SPT_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'It is a requirement of this contract that manufacturing and production processes are efficient in terms of the use of X material (e.g. metals/rare earth elements) and that these are recovered from products at the end of their useful life.'),
 (SPT_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'A requirement of this contract is that [a minimum of X% of the product or the components thereof shall be re-used or recycled at end of life] [materials used or supplied must comprise a minimum X% recycled content].'),
 (SPT_PCN, OGL, 'scot-spt', 'scotland', CL, [], 'A requirement of this contract is that a minimum of [X] % of total packaging weight derives from re-used and recycled content.'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', CL, [], 'Reduce emissions to air, land, and water: management of energy and water consumption'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', CL, [], 'Reduce travel / increase hybrid vehicles used: management of vehicle movements and emissions'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', CL, [], 'Promote waste reduction and circular economy: re-use, repair, remanufacture of equipment, tools and materials, i.e. availability of parts for repair of systems and equipment, i.e. recycled content of materials, products, parts and packaging.'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', CL, [], 'Utility spending (Electricity, Gas & Water) and uptake in renewable energy sources'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', CL, [], 'Sustainable sourcing of materials, products, parts & packaging i.e. timber, stone etc.'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', CL, [], 'Consideration of hazardous emissions / impacts, protection and enhancement of biodiversity and heritage protection'),
]
N += [
 (SPT_PCN, OGL, 'scot-spt', 'scotland', 'A requirement of this contract is that all products supplied meet the mandatory level of the Government Buying Standard (GBS) for [insert product standard] for packaging materials.'),
 (SPT_HS, OGL, 'scot-spt', 'scotland', 'In the carrying out of this contract, the contractor will be required to [complete monthly risk assessment forms /provide evidence of insurance/of training provided].'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', 'Waste management (in accordance with waste hierarchy and legal compliance i.e. Waste Electric and Electronic Equipment (WEEE) legislation compliance'),
 (SPT_CS, OGL, 'scot-spt', 'scotland', 'Knowledgeable, capable and experienced supplier'),
]

SPT_SME = 'https://sustainableprocurementtools.scot/index.cfm/guidance/employment-skills-and-training/smes-social-enterprises-supported-businesses-and-third-sector/award-criteria/'
SPT_SK = 'https://sustainableprocurementtools.scot/index.cfm/guidance/employment-skills-and-training/skills-and-training/pre-contract-notification'
SPT_CO = 'https://sustainableprocurementtools.scot/index.cfm/guidance/communities/specification-development/'
R += [
 (SPT_SME, OGL, 'scot-spt', 'scotland', EI, [], 'all sub-contracts must be advertised'),
 (SPT_SME, OGL, 'scot-spt', 'scotland', EI, [], 'sub-contractors must also advertise all opportunities'),
 (SPT_SK, OGL, 'scot-spt', 'scotland', MU, [], 'Community benefits are included in this requirement. A summary of the expected community benefits have been provided as follows: [insert text].'),
 (SPT_SK, OGL, 'scot-spt', 'scotland', MU, [], 'In accordance with Regulation 19 of the Public Contracts (Scotland) Regulations 2015 and section 8(2) of the Procurement Reform (Scotland) Act 2014, social considerations shall form part of the procurement process with the successful contractor, through its delivery of the contract, supporting delivery by the Contracting Authority of social considerations core to its purposes, policies and activities.'),
 (SPT_CO, OGL, 'scot-spt', 'scotland', WB, [], 'A requirement of the contract will be that the contractor undertakes with the authority a series of community engagement events to ensure that progress of the contract is visible to the local community.'),
]
N += [
 (SPT_SME, OGL, 'scot-spt', 'scotland', 'at least quarterly contract performance information must be provided'),
 (SPT_HS, OGL, 'scot-spt', 'scotland', 'In furtherance of the Scottish Government’s objective to realise Scotland’s full economic potential with more and better employment opportunities for our people, the contractor will be required to provide a risk assessment for the contracted services, including what resources will be allocated to manage the risks identified.'),
]
import os
_dev = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'shared-dev.jsonl')
DEV = {json.loads(l)['text'].strip().lower() for l in open(_dev) if l.strip()}
R = [x for x in R if x[6].strip().lower() not in DEV]  # already in the shared dev set
def group_of(src):
    """One source document per group; pages of one site that share model wording form one group (no leak across folds)."""
    for site in ('sustainableprocurementtools.scot', 'carmarthenshire.gov.wales'):
        if site in src: return site
    return src
seen = set()
for i, (src, lic, fam, jur, theme, sec, text) in enumerate(R, 1):
    assert text not in seen; seen.add(text)
    print(json.dumps({
        'id': f'pub-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': None, 'source': src, 'group': group_of(src),
        'family': fam, 'licence': lic, 'is_social_value': True, 'theme_guess': theme, 'secondary_themes': [ID[x] for x in sec],
        'jurisdiction': jur, 'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
for j, (src, lic, fam, jur, text) in enumerate(N, len(R) + 1):
    assert text not in seen; seen.add(text)
    print(json.dumps({
        'id': f'pubneg-{fam}-{j:03d}', 'text': text, 'hint': None, 'section': None, 'source': src, 'group': group_of(src),
        'family': fam, 'licence': lic, 'is_social_value': False, 'theme_guess': 'not social value', 'secondary_themes': [],
        'jurisdiction': jur, 'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
