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
ID = {CV: 'covid-recovery', EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}
seen = set()
for i, (src, lic, fam, jur, theme, sec, text) in enumerate(R, 1):
    assert text not in seen; seen.add(text)
    print(json.dumps({
        'id': f'pub-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': None, 'source': src, 'group': src,
        'family': fam, 'licence': lic, 'is_social_value': True, 'theme_guess': theme, 'secondary_themes': [ID[x] for x in sec],
        'jurisdiction': jur, 'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
