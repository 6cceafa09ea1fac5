"""Write test/corpus/public-texts-4.jsonl: a fifth batch (Social Value Model outcome and award-criteria wording as
reproduced on public pages, a tendering guide's table of what commissioners look for; hard negatives: Procurement
Journey price/quality table rows, contract-management elements, tender-pack contents). Scored blind with the committed
model before joining. Same conventions as make-public-2.py.

  python3 test/corpus/make-public-4.py > test/corpus/public-texts-4.jsonl
"""
import glob, json, os
OGL_REPRO = 'OGL v3 (Crown copyright text, as reproduced on this page)'
OGL = 'OGL v3 (Crown copyright)'
Q = 'quotation for evaluation (publisher copyright; short excerpt)'
EI, CL, EO, WB, CV, MU = ('tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing',
                          'covid-19 recovery', 'multiple themes')
EC5 = 'https://www.executivecompass.co.uk/social-value-practice/resources/theme-5-wellbeing/'
THW = 'https://www.thrive-platform.com/finding-social-value-in-your-business-wellbeing/'
PGR = 'https://procuringgroup.com/knowledge-hub/do-something-good-get-to-grips-with-the-social-value-model'
JCT = 'https://jctenders.com/insights/social-value-tenders'
PJR = 'https://www.procurementjourney.scot/route-3/develop-documents/exclusion-selection-and-award-criteria/award-criteria'
CNV = 'https://converge.today/article/answering-contract-management-questions'
DNO = 'http://dnoonan.ie/question/what-is-a-tender-pack'
R = [
 (EC5, OGL_REPRO, 'ppn0620-model', 'uk', WB, [EO], 'Support health and wellbeing in the workforce', 'Inclusive and accessible recruitment practices, development practices and retention focussed activities including those provided in the Guide for line managers on recruiting, managing and developing people with a disability or health condition.'),
 (EC5, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], 'Support health and wellbeing in the workforce', 'Investing in the physical and mental health and wellbeing of the contract workforce, for example by implementing the six standards in the Mental Health at Work commitment, and outlining plans to engage the contract workforce in deciding the most important issues to address.'),
 (EC5, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], 'Support health and wellbeing in the workforce', 'Methods to measure staff engagement over time and adapt to any changes in the results.'),
 (THW, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], None, 'Improve health and wellbeing'),
 (THW, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], None, 'By taking action that supports these goals within the contract workforce'),
 (THW, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], None, 'By influencing suppliers, staff, customers, and communities to support health and wellbeing through delivery of the contract'),
 (THW, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], None, 'Improve community integration'),
 (PGR, OGL_REPRO, 'ppn0620-model', 'uk', CV, [WB], 'Policy Outcomes', 'Help local communities to manage and recover from the impact of COVID-19'),
 (PGR, OGL_REPRO, 'ppn0620-model', 'uk', CL, [], 'Policy Outcomes', 'Effective stewardship of the environment'),
 (PGR, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Policy Outcomes', 'Reduce the disability employment gap'),
 (PGR, OGL_REPRO, 'ppn0620-model', 'uk', EO, [], 'Policy Outcomes', 'Tackle workforce inequality'),
 (PGR, OGL_REPRO, 'ppn0620-model', 'uk', WB, [], 'Policy Outcomes', 'Improve community cohesion'),
 (JCT, Q, 'sv-guide', 'uk', EI, [], 'Typical social value themes', 'Local jobs, apprenticeships, training, progression'),
 (JCT, Q, 'sv-guide', 'uk', EI, [], 'Typical social value themes', 'Local supply chain spend, SME engagement, prompt payment'),
 (JCT, Q, 'sv-guide', 'uk', CL, [], 'Typical social value themes', 'Carbon reduction, waste management, sustainable travel'),
 (JCT, Q, 'sv-guide', 'uk', WB, [], 'Typical social value themes', 'Volunteering, charity support, community facility use'),
 (JCT, Q, 'sv-guide', 'uk', WB, [], 'Typical social value themes', 'Staff wellbeing, community health initiatives'),
 (JCT, Q, 'sv-guide', 'uk', CV, [], 'Typical social value themes', 'Supporting sectors hit by pandemic (still relevant)'),
 (JCT, Q, 'sv-guide', 'uk', EI, [EO], 'Typical social value themes', 'Targeting disadvantaged areas, reducing inequality'),
]
N = [
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Low value/high volume'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Many existing alternatives'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'High spend area'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Many sources of supply'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Commercial involvement can influence price'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Strategic to operations'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Few sources of supply'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'Specification may be complex'),
 (PJR, OGL, 'scot-pj', 'scotland', 'Price-Quality Ratios', 'If supply fails, impact on organisation could be significant'),
 (CNV, Q, 'tender-guide', 'uk', 'What is Contract Management?', 'Staff management.'),
 (CNV, Q, 'tender-guide', 'uk', 'What is Contract Management?', 'Contract reviews.'),
 (CNV, Q, 'tender-guide', 'uk', 'What is Contract Management?', 'Business continuity.'),
 (DNO, Q, 'tender-guide', 'uk', 'Instructions to Tender', 'Provides important guidance for completing a tender submission and informs applicants of when and where tenders must be submitted'),
 (DNO, Q, 'tender-guide', 'uk', 'Pricing Schedule', 'The document where exact prices/ rates are entered'),
 (DNO, Q, 'tender-guide', 'uk', 'Form of Tender', 'A formal offer which must be signed'),
 (DNO, Q, 'tender-guide', 'uk', 'Other Procurement Forms', 'Other forms including the Non-Collusion Certificate, Freedom of Information Notice and Declaration, all of which must be signed.'),
 (DNO, Q, 'tender-guide', 'uk', 'Specification', 'Provides details of the projects specific requirements, for example performance standards and the outcomes required'),
]
ELC = 'https://www.eastlothian.gov.uk/info/210594/procurement/12000/quotations_and_tenders/2'
RBB = 'http://www.reigate-banstead.gov.uk/business/procurement/selling_to_the_council_how_to_bid/index.asp?ts='
# Batch 6 (scored blind, then added): a council's evaluation factors (bare list items) and PQQ guidance.
N += [
 (ELC, Q, 'council-guide', 'uk', 'Operational Considerations', 'Delivery lead times and performance'),
 (ELC, Q, 'council-guide', 'uk', 'Operational Considerations', 'Sales and marketing support'),
 (ELC, Q, 'council-guide', 'uk', 'Operational Considerations', 'Management information'),
 (ELC, Q, 'council-guide', 'uk', 'Operational Considerations', 'Partnership working'),
 (ELC, Q, 'council-guide', 'uk', 'Operational Considerations', 'Account and Contract Management including KPIs'),
 (ELC, Q, 'council-guide', 'uk', 'Goods/Services Offered', 'Extent to which they meet the minimum requirement'),
 (ELC, Q, 'council-guide', 'uk', 'Goods/Services Offered', 'Qualities above the minimum requirement that offer better value for money'),
 (ELC, Q, 'council-guide', 'uk', 'Goods/Services Offered', 'Conformity to standards'),
 (ELC, Q, 'council-guide', 'uk', 'Goods/Services Offered', 'Support arrangements'),
 (ELC, Q, 'council-guide', 'uk', 'Cost of Acquisition', 'Conditions of price (e.g. fixed, with or without variation, etc.)'),
 (ELC, Q, 'council-guide', 'uk', 'Cost of Acquisition', 'Warranties and Guarantees offered'),
 (ELC, Q, 'council-guide', 'uk', 'Cost of Acquisition', 'Maintenance costs'),
 (ELC, Q, 'council-guide', 'uk', 'Cost of Acquisition', 'Administration of contract'),
 (RBB, Q, 'council-guide', 'uk', 'Experience and technical ability', 'Further information requested seeks to ensure that a company has the relevant experience and technical ability to fulfil the requirements of contract. It may be necessary to provide references.'),
 (RBB, Q, 'council-guide', 'uk', 'Financial information', 'In this section companies are asked for certain financial information. They may be asked to submit audited accounts and annual reports for the previous three years. This information is used to assess the financial position of the company in relation to the size of the contract.'),
 (RBB, Q, 'council-guide', 'uk', 'Pre-Qualification Questionnaire', 'In general the information requested provides basic details about an organisation, verifies that it can be identified as a legitimate, discrete trading organisation, that it has acceptable levels of economic and financial standing and that it promotes good practice in areas of equal opportunities, environmental protection and health and safety.'),
]
RAP = 'https://gov.scot/publications/community-benefits-public-procurement/pages/14'
FWE = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fair-work-practices/annex-e-model-wording'
FWA = 'https://www.gov.scot/publications/statutory-guidance-selection-tenderers-award-contracts-addressing-fair-work-practices/pages/9/'
# Batch 7 (scored blind, then added): a community benefits method statement in a form of tender (Raploch, Stirling),
# Fair Work model wording and its exclusion-grounds statements.
R += [
 (RAP, OGL, 'scot-cb', 'scotland', WB, [EI], 'Contract conditions and form of tender', 'In accordance with the Stirling Community Plan and the objectives of the Raploch Partnership the client is seeking to maximise the contribution of the Stirling Western Access Road contract to social inclusion. It is therefore a requirement that the Community Benefits Method Statement that is included at Appendix E to Form of Tender is completed and returned with each valid tender.'),
 (RAP, OGL, 'scot-cb', 'scotland', MU, [], 'Contract conditions and form of tender', 'The Community Benefits Method Statement will form part of the Tender assessment. This will be carried out in a two-stage threshold basis:'),
 (RAP, OGL, 'scot-cb', 'scotland', MU, [], 'Contract conditions and form of tender', 'Stage 1: Community Benefits Method Statement must be deemed acceptable before proceeding through to Stage 2.'),
 (FWE, OGL, 'scot-fwf', 'scotland', EO, [], 'Pre-contract notification', 'It is expected that the contractor will take a positive approach to Fair Work practices: [insert any specific Fair Work opportunities/risks relevant to the contract].'),
 (FWA, OGL, 'scot-fwf', 'scotland', EO, [], 'Annex A Fair work practices - sample Invitation to Tender Question', 'The Public Sector in Scotland is committed to the delivery of high quality public services, and recognises that this is critically dependent on a workforce that is well-rewarded, well-motivated, well-led, has access to appropriate opportunities for training and skills development, are diverse and is engaged in decision making. These factors are also important for workforce recruitment and retention, and thus continuity of service. Public Bodies in Scotland are adopting fair work practices, which include:'),
 (FWA, OGL, 'scot-fwf', 'scotland', EO, [], 'Annex A Fair work practices - sample Invitation to Tender Question', 'a fair and equal pay policy that includes a commitment to supporting the Living Wage, including, for example being a Living Wage Accredited Employer;'),
]
N += [
 (RAP, OGL, 'scot-cb', 'scotland', 'Contract conditions and form of tender', 'Stage 2: Base on lowest compliant and satisfactory tender price.'),
 (FWE, OGL, 'scot-fwf', 'scotland', 'Highlight specific exclusion grounds', 'Economic operators may be excluded from this competition if they are in any of the situations referred to in regulation 58 of the Public Contracts (Scotland) Regulations 2015. This includes an employer’s obligations under National Minimum Wage Act 1998 and the Equality Act 2010.'),
 (FWE, OGL, 'scot-fwf', 'scotland', 'Highlight specific exclusion grounds', 'Economic operators may be excluded from this competition if they are in any of the situations referred to in regulation 58 of the Public Contracts (Scotland) Regulations 2015.'),
]
ID = {CV: 'covid-recovery', EI: 'economic-inequality', CL: 'climate', EO: 'equal-opportunity', WB: 'wellbeing'}
here = os.path.dirname(os.path.abspath(__file__))
mine = os.path.join(here, 'public-texts-4.jsonl')
existing = set()
for f in glob.glob(os.path.join(here, '*.jsonl')):
    if os.path.abspath(f) == mine: continue
    existing |= {json.loads(l)['text'].strip().lower() for l in open(f) if l.strip()}
def group_of(src):
    """One source document per group; pages of one site that share model wording form one group."""
    for site in ('procurementjourney.scot', 'executivecompass.co.uk', 'thrive-platform.com', 'sustainableprocurementtools.scot'):
        if site in src: return site
    return src
seen = set()
def emit(i, src, lic, fam, jur, theme, sec, section, text, sv):
    key = text.strip().lower()
    if key in existing: return
    assert key not in seen, text; seen.add(key)
    print(json.dumps({
        'id': f'pub4{"" if sv else "neg"}-{fam}-{i:03d}', 'text': text, 'hint': None, 'section': section, 'source': src,
        'group': group_of(src), 'family': fam, 'licence': lic, 'is_social_value': sv,
        'theme_guess': theme if sv else 'not social value', 'secondary_themes': [ID[x] for x in sec], 'jurisdiction': jur,
        'limit_words': None, 'limit_chars': None, 'weighting_percent': None,
    }, ensure_ascii=False))
for i, (src, lic, fam, jur, theme, sec, section, text) in enumerate(R, 1):
    emit(i, src, lic, fam, jur, theme, sec, section, text, True)
for j, (src, lic, fam, jur, section, text) in enumerate(N, 100):
    emit(j, src, lic, fam, jur, None, [], section, text, False)
