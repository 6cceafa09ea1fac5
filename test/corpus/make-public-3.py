"""Write test/corpus/public-texts-3.jsonl: a third batch of verbatim quotations, collected after the cue changes of
issue 12 and scored blind (committed model, before retraining) to check generalisation; then added to the corpus.

  python3 test/corpus/make-public-3.py > test/corpus/public-texts-3.jsonl

Same tuple shape and conventions as make-public-2.py.
"""
import glob, json, os
OGL = 'OGL v3 (Crown copyright)'
Q = 'quotation for evaluation (publisher copyright; short excerpt)'
EI, CL, EO, WB, CV, MU = ('tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing',
                          'covid-19 recovery', 'multiple themes')
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
EQ_AW = SPT + 'equality/award/'
BIO_ANX = SPT + 'biodiversity/annex-example-procurement-clauses-and-kpis'
BIO_GS = 'https://www.gov.scot/publications/biodiversity-sustainable-procurement-guidance/pages/award/'
S2W = 'https://sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=AUG447468'
PJ_AW = 'https://www.procurementjourney.scot/route-2/develop-documents/exclusion-selection-and-award-criteria/award-criteria'
PJ_ITT = 'https://procurementjourney.scot/route/route-2?page=12'
PJ_Q = 'https://procurementjourney.scot/route/route-3?page=10'
PJ_DOC = 'https://www.procurementjourney.scot/route-3/route-3-develop-documents'
R = [
 (EQ_AW, OGL, 'scot-spt', 'scotland', EO, [], 'Award criteria', 'Please provide a copy of your equality policy and highlight how it relates to the elimination of discrimination in the provision of the services which are the subject of this tender.'),
 (EQ_AW, OGL, 'scot-spt', 'scotland', EO, [], 'Award criteria', 'The contractor is required to have appropriate equality, bullying and harassment, and other appropriate workplace policies in place and comply with them in the delivery of this contract. This should include having appropriate grievance mechanisms in place to enable the contractor’s workers to raise any concerns about their own workplace and staff, or the authority’s workplace and staff'),
 (EQ_AW, OGL, 'scot-spt', 'scotland', EO, [], 'Award criteria', 'Please explain what arrangements you will make to ensure that the authority’s equality duties are supported and what action you will take to eliminate discrimination in the delivery of this contract'),
 (EQ_AW, OGL, 'scot-spt', 'scotland', EO, [], 'Award criteria', 'Please describe how your employment policies and practices in the delivery of the services have due regard to the need to promote equality of treatment and opportunity.'),
 (BIO_GS, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please describe your approach to environmental sustainability, including details of any specific steps taken in the design and manufacture of services to protect and/or enhance biodiversity.'),
 (BIO_GS, OGL, 'scot-spt', 'scotland', CL, [], 'Award criteria', 'Please describe how you manage your environmental impacts detailing any environmental good practice systems, including ISO 14001, or EMAS, or equivalent which form part of your business practice.'),
 (BIO_ANX, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract notification', 'The contracting authority has included obligations within the specification and contract conditions relating to the impact on biodiversity, which are relevant to the products/services to be delivered.'),
 (BIO_ANX, OGL, 'scot-spt', 'scotland', CL, [], 'Pre-contract notification', 'A requirement of this contract is that a planned tangible positive impact is made to enhance the biodiversity of the area in which the service is delivered.'),
 (BIO_ANX, OGL, 'scot-spt', 'scotland', CL, [], 'Supplier selection', 'In answering question 4C.1 please detail your understanding, experience and achievements in cost-effectively providing [insert service] services that minimise the harm and maximise the enhancement of biodiversity.'),
 (BIO_ANX, OGL, 'scot-spt', 'scotland', CL, [], 'Supplier selection', 'In answering question 4C.1 please detail your understanding, experience and achievements in providing alternative products or materials to reduce adverse biodiversity impacts for a similar project.'),
 (S2W, OGL, 'wales-notice', 'wales', MU, [], 'Additional Information', 'Community benefits covers a wide range of activities and Hafod asks its Contractors to understand and deliver the activities which creates the most value to our communities, these can include:'),
 (S2W, OGL, 'wales-notice', 'wales', WB, [], 'Additional Information', 'Landscaping/Building Services support to regenerate for communal areas'),
 (S2W, OGL, 'wales-notice', 'wales', WB, [], 'Additional Information', 'Community newsletters advising on impact of service delivery'),
 (S2W, OGL, 'wales-notice', 'wales', MU, [], 'Additional Information', 'Under the terms of this contract the successful Contractor will be required to deliver Community Benefits in support of the Hafods Environmental, Social and Corporate Governance objectives. Accordingly, contract performance conditions may relate to social and environmental considerations.'),
 (S2W, OGL, 'wales-notice', 'wales', MU, [], 'Additional Information', 'Please note that both the Required Community Benefits and any Additional Community Benefits submitted within your proposal will form a mandatory Contract clause.'),
]
N = [
 (PJ_AW, OGL, 'scot-pj', 'scotland', 'The Difference Between Selection and Award Criteria', 'Selection criteria are focused on "the bidder" and award criteria are focused on "the bid”. You should maintain a clear distinction between both throughout the procurement process.'),
 (PJ_AW, OGL, 'scot-pj', 'scotland', 'Commonly Used Selection and Award Criteria', 'Technical and professional qualifications, capability including experience'),
 (PJ_AW, OGL, 'scot-pj', 'scotland', 'Commonly Used Selection and Award Criteria', 'Economic and financial standing'),
 (PJ_AW, OGL, 'scot-pj', 'scotland', 'The Difference Between Selection and Award Criteria', 'However, you can apply different aspects at selection and award if relevant. For example you can look at the bidder\'s general staffing in selection and the qualifications and experience of those to be assigned to the contract at award, if that is relevant.'),
 (PJ_ITT, OGL, 'scot-pj', 'scotland', 'Invitation to Tender', 'Access to the ITT and any related documents should be non-discriminatory, generally available and free of charge.'),
 (PJ_ITT, OGL, 'scot-pj', 'scotland', 'Evaluation Criteria, including Financial Criteria', 'The evaluation criteria and weightings must be published within the Contract Notice. For more information refer to Selection, Award & Exclusion.'),
 (PJ_ITT, OGL, 'scot-pj', 'scotland', 'Evaluation Criteria, including Financial Criteria', 'Whole Life Cost comparisons'),
 (PJ_ITT, OGL, 'scot-pj', 'scotland', 'Evaluation Criteria, including Financial Criteria', 'Fixed or variable pricing'),
 (PJ_Q, OGL, 'scot-pj', 'scotland', 'Questions from Suppliers', 'Questions submitted by potential tenderers and the answers provided by your organisation must be anonymised. These must also be circulated to all potential tenderers involved in the process.'),
 (PJ_DOC, OGL, 'scot-pj', 'scotland', 'Route 3 - Develop Documents', 'You may wish to consider adding a requirement to ensure your organisation’s confidential information is protected throughout the procurement process.'),
 (PJ_DOC, OGL, 'scot-pj', 'scotland', 'Route 3 - Develop Documents', 'Care must be taken to ensure consistency between the ITT and the Contract Notice (if at any point in the procurement process you identify the need to vary from the Contract Notice you may need to cancel the existing notice and republish, which could result in new suppliers coming forward).'),
]
HW_AW = SPT + 'health-and-wellbeing/physical-and-mental-health/award'
HS_AW = SPT + 'health-and-safety/health-and-safety/award/'
CIP_PCN = 'https://www.gov.scot/publications/carbon-in-production-sustainable-procurement-guidance/pages/pre-contract-notification/'
CIP_SEL = 'https://www.gov.scot/publications/carbon-in-production-sustainable-procurement-guidance/pages/supplier-selection/'
# Batch 4 (scored blind, then added): health and wellbeing of service users, embodied carbon, ESPD selection wording.
R += [
 (HW_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'Please describe how you involve the users of your service to contribute to its design and delivery to find opportunities to enhance health and wellbeing.'),
 (HW_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'Please describe how you will successfully introduce healthy alternative products in the delivery of this service.'),
 (HW_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'How will you design your offer to improve the health and wellbeing of the users of your product/service?'),
 (HW_AW, OGL, 'scot-spt', 'scotland', WB, [], 'Award criteria', 'Please describe what health improvements you intend to make during the performance of this contract through changes to equipment, products or working methods.'),
 (CIP_PCN, OGL, 'scot-cip', 'scotland', CL, [], 'Pre-contract notification', 'The Contracting Authority has included obligations within the specification and contract conditions relating to embodied carbon, which are relevant to the products/services to be delivered.'),
 (CIP_PCN, OGL, 'scot-cip', 'scotland', CL, [WB], 'Pre-contract notification', 'In all of our development work, our aim is to minimise any adverse impacts that construction has on the environment and society. We seek this through the design process, materials selection, construction techniques, and operational methods. All organisations appointed to work on our behalf are required to work in accordance with these principles.'),
]
N += [
 (HS_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'How will you improve the health and safety of your employees, the authority’s staff and the public who will reasonably be in the vicinity of the works operation?'),
 (HS_AW, OGL, 'scot-spt', 'scotland', 'Award criteria', 'The organisation specifically wishes to support the improvement of the health and safety of its employees and contractors, please describe how you will contribute to this aim including reducing the risks within this contract.'),
 (CIP_SEL, OGL, 'scot-cip', 'scotland', 'Supplier selection', 'Selection criteria are concerned with the capability and capacity of an economic operator to deliver the contract. They do not focus on how an economic operator proposes to perform the contract; this is assessed at the award stage. The key point in ensuring that contact opportunities are accessible is to ensure that the selection criteria are proportionate to the requirement.'),
 (CIP_SEL, OGL, 'scot-cip', 'scotland', 'Supplier selection', 'Compliance with environmental management systems and standards is dealt with under question 4D.2 in ESPD which asks bidders’ to confirm whether they hold independently accredited certificates (to be specified by the buying organisation).'),
 (CIP_SEL, OGL, 'scot-cip', 'scotland', 'Supplier selection', 'Any selection criteria deemed appropriate must be tested through the format of the European Single Procurement Document (ESPD). The ESPD consists of a fixed set of questions that allows bidders to self-declare whether they meet the exclusion and selection criteria.'),
]
ID = {CV: 'covid-recovery', EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}

here = os.path.dirname(os.path.abspath(__file__))
mine = os.path.join(here, 'public-texts-3.jsonl')
existing = set()
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.abspath(f) == mine: continue
    existing |= {json.loads(l)['text'].strip().lower() for l in open(f) if l.strip()}
def group_of(src):
    """One source document per group; pages of one site that share model wording form one group."""
    for site in ('sustainableprocurementtools.scot', 'procurementjourney.scot', 'carbon-in-production-sustainable-procurement-guidance'):
        if site in src: return site
    return src
seen = set()
def emit(i, src, lic, fam, jur, theme, sec, section, text, sv):
    key = text.strip().lower()
    if key in existing: return
    assert key not in seen, text; seen.add(key)
    print(json.dumps({
        'id': f'pub3{"" if sv else "neg"}-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': section, 'source': src,
        'group': group_of(src), 'family': fam, 'licence': lic, 'is_social_value': sv,
        'theme_guess': theme if sv else 'not social value', 'secondary_themes': [ID[x] for x in sec], 'jurisdiction': jur,
        'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
for i, (src, lic, fam, jur, theme, sec, section, text) in enumerate(R, 1):
    emit(i, src, lic, fam, jur, theme, sec, section, text, True)
for j, (src, lic, fam, jur, section, text) in enumerate(N, len(R) + 1):
    emit(j, src, lic, fam, jur, None, [], section, text, False)
