"""Write public-texts-14.jsonl: batch 22, the evaluation criteria that UK public bodies wrote into their own Digital
Outcomes and Specialists (DOS 4) briefs, as the Digital Marketplace published them in September 2020. Source: the
VCR cassettes of dxw's `marketplace_opportunity_scraper` (github:dxw/marketplace_opportunity_scraper, commit 4d39c6d9,
MIT), which hold the full HTML of 61 opportunity pages recorded on 30 September 2020 (base64 in the YAML; decoded and
read field by field: the summary-list key is the `section`, each list item one text).

The only social value criteria in those 61 briefs (searched for social value, apprentices, diversity, inclusion,
living wage, carbon, sustainability, environment, SMEs, volunteering, community): the London Borough of Hammersmith and
Fulham's "Social Value Commitment" / "Social Value Delivery" (5% and 10% of its essential-skills scoring) and its
"Social Value Questionnaire" / "Social Value Method Statement" proposal criteria; The National Archives' and the
Department for Education's cultural-fit criteria on a diverse team and on promoting diversity and inclusion; Hackney
Council's nice-to-have on apprenticeships (the same item in its three housing briefs; one taken); and Brent's London
Living Wage condition (the same sentence in two Brent briefs; one taken). Hard negatives come from the same briefs
(and a few others of the same recording) and lean on social value's vocabulary: accessibility for disabled residents,
co-production with residents, knowledge transfer and upskilling of the buyer's own staff, a diverse environment or
diverse stakeholders, social care and social housing, renewable energy schemes as domain knowledge, "the wider
community" of open working, plus savings, insurance, security clearance, data protection, day rates, risks and the
evaluation weighting line.

Verbatim: each text is one list item (or one field) of the page with tags stripped, entities decoded and whitespace
collapsed; a leading "• " typed by the buyer is dropped; one summary is cut at its first sentence end. Nothing is
reworded. `weighting_percent` only where the item states its own percentage. Licence: Digital Marketplace content is
published under the OGL v3; the recording is in an MIT repository. Groups: the opportunity's address (as in
dm-opportunities.jsonl). Scored blind afterwards; nothing here was run through the classifier.

  python3 test/corpus/make-public-14.py > /work/batches/public-texts-14.jsonl
"""
from batch import Batch, EI, EO, MU

COMMIT = '4d39c6d96e6bf53ca7bb7f51398011ac8d6f6ff6'
CAS = 'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/'
CASSETTE = {  # opportunity id -> cassette file the page was read from
    '12500': '_find/gets_the_correct_opportunity_data.yml',
    '12987': '_all/when_status_is_specified/returns_the_correct_opportunities.yml',
    '13012': '_all/when_status_is_specified/returns_the_correct_opportunities.yml',
    '13014': '_all/when_status_is_specified/returns_the_correct_opportunities.yml',
    '13053': '_all/when_status_is_specified/returns_the_correct_opportunities.yml',
    '13093': '_all/gets_the_correct_opportunity_data.yml',
    '13142': '_all/gets_the_correct_opportunity_data.yml',
    '13148': '_all/gets_the_correct_opportunity_data.yml',
    '13150': '_all/gets_the_correct_opportunity_data.yml',
    '13194': '_all/gets_the_correct_opportunity_data.yml',
    '13198': '_all/gets_the_correct_opportunity_data.yml',
    '13201': '_all/gets_the_correct_opportunity_data.yml',
}
# buyers: 12500 City of Lincoln Council; 12987 London Borough of Brent; 13012 The National Archives; 13014 MHCLG;
# 13053 College of Policing; 13093 NHS England; 13142 Ofgem; 13148 London Borough of Hammersmith and Fulham;
# 13150 NHSX; 13194 Hackney Council; 13198 Ministry of Defence; 13201 Department for Education
LIC = ('OGL v3 (Digital Marketplace opportunity published by the buyer; recorded in '
       'github:dxw/marketplace_opportunity_scraper, MIT)')
URL = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/'
ESS, NICE, PROP, CULT = ('Essential skills and experience', 'Nice-to-have skills and experience', 'Proposal criteria',
                         'Cultural fit criteria')

# (opportunity, section, text, weighting %)
SV = [
    ('13148', ESS, 'Social Value Commitment (Appendix 1 – 5%)', MU, [], 5),
    ('13148', ESS, 'Social Value Delivery (Appendix 1 – 10%)', MU, [], 10),
    ('13148', PROP, 'Social Value Questionnaire (Appendix 3)', MU, [], None),
    ('13148', PROP, 'Social Value Method Statement (Appendix 3)', MU, [], None),
    ('13012', CULT, 'Demonstrable commitment to a diverse working environment, with a team comprised of experts from a '
                    'wide variety of backgrounds', EO, [], None),
    ('13201', CULT, 'Actively promote diversity and inclusion as per the public sector equality duty', EO, [], None),
    ('13194', NICE, 'Demonstrate how they provide opportunities for apprentices', EI, [], None),
    ('12987', 'Additional terms and conditions', 'As London Living Wage accredited organisations, the authorities will '
              'require a contractual commitment to the payment of this.', EO, ['economic-inequality'], None),
]
NEG = [
    # Hammersmith and Fulham: the brief with the social value criteria
    ('13148', ESS, 'Experience in enabling disabled residents to share the benefits of service transformation '
                   '(Appendix 1 – 10%)', 10),
    ('13148', ESS, 'Successfully delivered a project through co-production with staff and residents (Appendix 1 – 10%)', 10),
    ('13148', ESS, 'Delivery of major savings over £3m in the operating model for the service (Appendix 1 - 15%)', 15),
    ('13148', ESS, 'Technical IT expertise (Appendix 1 – 15%)', 15),
    ('13148', ESS, 'Minimum Insurance Levels (Appendix 1 – pass/fail)', None),
    ('13148', PROP, 'Demonstrates opportunities to transfer knowledge and up skill H&F staff in methodology (Appendix 3)', None),
    ('13148', PROP, 'Ensuring disabled residents’ diverse needs are understood and that they share the benefits of '
                    'service transformation (Appendix 3)', None),
    ('13148', CULT, 'Ability to effectively co-produce service development and transformation with staff and residents '
                    '(Appendix 3)', None),
    ('13148', 'Evaluation weighting', 'Technical competence 55% Cultural fit 15% Price 30%', None),
    # The National Archives
    ('13012', CULT, 'Examples of delivering transition, knowledge transfer and handover of code.', None),
    ('13012', CULT, 'Collaborative and flexible working approach, e.g. working with in-house technical and other digital '
                    'specialists', None),
    ('13012', PROP, 'Examples of undertaking a technical and build approach that is in line with the Government Service '
                    'Standard and Technology Code of Practice', None),
    ('13012', 'Security clearance', 'Baseline check (blue) security clearance will be required for access to The '
                                    'National Archives.', None),
    # Hackney
    ('13194', CULT, 'Hackney Council is a diverse organisation, reflecting the diversity of our borough. Describe how you '
                    'would successfully work as a team with Hackney and other suppliers in a diverse environment.', None),
    ('13194', ESS, 'Have experience of designing to meet the public sector accessibility guidelines', None),
    ('13194', ESS, 'Experience of working collaboratively with an in-house team, building skills and capabilities to '
                   'support a smooth handover', None),
    ('13194', ESS, 'Demonstrate an understanding of the user needs associated with the management of social housing', None),
    ('13194', PROP, 'Blended day rates of the team', None),
    ('13194', PROP, 'Identification of risks and plan to mitigate them', None),
    # Department for Education
    ('13201', PROP, 'Demonstrate approach to knowledge and skills transfer', None),
    ('13201', CULT, 'Build capability – Encourage learning, share knowledge, address capability gaps, act on feedback', None),
    ('13201', PROP, 'Ability to scale up team and flex team when needed on-site', None),
    ('13201', 'Security clearance', 'DfE requires all supplier staff to have Baseline Personnel Security Standard '
                                    'clearance (BPSS) and complete the department information handling data protection '
                                    'training.', None),
    # Brent
    ('12987', PROP, 'Experience of delivering this type of work, in relation to local government or public sector (15%)', 15),
    ('12987', PROP, 'Product Support and Training (5%)', 5),
    ('12987', CULT, 'Co-working with internal staff and external suppliers (3%)', 3),
    # other briefs of the same recording
    ('13150', CULT, 'Demonstrate how the supplier will work collaboratively with the NHS and social care providers to '
                    'support the realisation of public benefit - 20%', 20),
    ('13150', CULT, 'Demonstrate how the supplier will build positive and reciprocal relationships with a diverse range of '
                    'senior stakeholders - 20%', 20),
    ('13150', ESS, 'Understanding of, and mechanism in place, to manage the necessary data protection measures (including '
                   'consent, data storage and disposal) and conflicts of interest.', None),
    ('13053', ESS, 'Demonstrable experience of implementing sites that meet WCAG 2.1 and Accessibility standards;', None),
    ('13053', 'Summary of the work', 'The College of Policing is aiming to build a user friendly website to improve '
                                     'accessibility and ease of use to deliver online services through a single interface '
                                     'for the NPWS and its Users.', None),
    ('13142', NICE, 'A knowledge or understanding of renewable energy support schemes and relevant technologies', None),
    ('13093', ESS, 'have experience of working with experts by experience', None),
    ('13198', PROP, 'The proposal provides clear and competent approach to communicating change across the large, diverse '
                    'and geographically dispersed workforce. (5pts)', None),
    ('13014', CULT, 'Demonstrate understanding of the local government landscape and the spirit of the Local Digital '
                    'Declaration', None),
    ('12500', ESS, 'Share their work freely and openly with the partner organisations and the wider community', None),
]


def src(opp):
    return f'github:dxw/marketplace_opportunity_scraper@{COMMIT}:{CAS}{CASSETTE[opp]}#{URL}{opp}'


batch = Batch('public-texts-14.jsonl')
for i, (opp, section, text, theme, sec, w) in enumerate(SV, 1):
    batch.emit(f'pub14-dos-brief-{i:03d}', text, section=section, source=src(opp), group=URL + opp,
               family='dos-brief', licence=LIC, theme=theme, secondary=sec, jurisdiction='uk',
               extra={'weighting_percent': w})
for j, (opp, section, text, w) in enumerate(NEG, 100):
    batch.emit(f'pub14neg-dos-brief-neg-{j:03d}', text, section=section, source=src(opp), group=URL + opp,
               family='dos-brief-neg', licence=LIC, theme=None, secondary=[], jurisdiction='uk',
               extra={'weighting_percent': w})
