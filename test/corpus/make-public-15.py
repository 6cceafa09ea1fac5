"""Write public-texts-15.jsonl: batch 23, more evaluation criteria that UK public bodies wrote into their own Digital
Outcomes and Specialists (DOS 4) briefs, as the Digital Marketplace published them in 2020, read from VCR cassettes in
two public repositories that recorded full opportunity pages:
- github:rgarner/dos-alerts (spec/cassettes/fixed-list-of-opps.yml), whose cassette was re-recorded four times (July
  2019, December 2019, 23 July 2020, 28 September 2020): 95 opportunities; and
- github:dxw/marketplace_opportunity_scraper, the cassettes of its earlier commits (1d8ff8f3, 17 June 2020) and of
  baddd640 (30 September 2020, the recording batch 22 read at 4d39c6d9): 252 opportunities over the history.
The 12 briefs batch 22 took (make-public-14.py) are left out wherever they were recorded (12500, 12987, 13012, 13014,
13053, 13093, 13142, 13148, 13150, 13194, 13198, 13201).

The brief asked for DOS 5 / DOS 6 briefs of 2021 onwards, when buyers added Social Value Model criteria. No public
repository found holds such pages or brief JSON: the scrapers, alert bots and dashboards found (rgarner/dos-alerts,
dxw's scraper, ConvivioTeam/digital-marketplace-scraper, freerange/dos-scraper, AranBacall/DigitalMarketplaceAlerter,
a scrapy spider, a C# Slack bot, a JS lambda with listing-page fixtures of November 2020) either keep no recordings or
stop in 2020, and the Digital Marketplace repositories hold only synthetic fixtures. So these are pre-PPN 06/20 briefs,
and social value is rare in them: searched (social value, apprentices, living wage, carbon, net zero, sustainability,
environment, inclusion, equality, diversity, wellbeing, pastoral care, volunteering, community, SMEs, VCSE, charities,
social responsibility, local employment) over every criterion of the 307 briefs not already used, the only new social
value criteria are the Government Digital Service's cultural-fit criteria on social responsibility and pastoral care of
core or subcontractor staff, its nice-to-have on pastoral care under new remote working practices, and Defence
Digital's cultural-fit criterion on an inclusive working environment free of bullying and discrimination. The rest
already in the corpus (Hackney's apprenticeships item repeated in 13195/13196, Brent's London Living Wage condition in
13016, DfE's diversity and inclusion item in 12725) are refused by batch.py and not listed. Hard negatives come from the
same briefs and others of the recordings, chosen for social value's vocabulary used about something else: "technical
SMEs" (subject matter experts), a diverse organisation or diverse users, social housing and social care as the domain,
public benefit, public sector values, a sustainable legacy meaning knowledge transfer, training and upskilling the
buyer's staff, mentoring the buyer's juniors, recruiting research participants who are vulnerable, disabled or have low
digital skills, charities and ethical screening in user research, energy performance as domain expertise, fair practice
meaning anonymous bids, and the environmental-science research setting.

Verbatim: each text is one list item (or one field) of the page with tags stripped, entities decoded and whitespace
collapsed; a leading "• " or "- " typed by the buyer is dropped; one field (FCDO's additional terms) is cut at its first
sentence end. Nothing is reworded. `weighting_percent` only where the item states its own percentage. Licence: Digital
Marketplace content is published under the OGL v3 (the buyer's text is Crown or public-body content, not the
recorder's); dxw's repository is MIT, rgarner/dos-alerts states no licence of its own, so its records say only that
the page was recorded there. Groups: the opportunity's address (as in dm-opportunities.jsonl and
public-texts-14.jsonl). Jurisdiction "wales" for the Centre for Digital Public Services (12529), "northern-ireland" for the General Teaching Council for Northern Ireland (13135), "uk"
otherwise. Scored blind afterwards; nothing here was run through the classifier.

  python3 test/corpus/make-public-15.py > /work/batches/public-texts-15.jsonl
"""
import sys

from batch import Batch, EO, WB, MU

LIC = {
    'dxw/marketplace_opportunity_scraper': ('OGL v3 (Digital Marketplace opportunity published by the buyer; recorded in '
                                            'github:dxw/marketplace_opportunity_scraper, MIT)'),
    'rgarner/dos-alerts': ('OGL v3 (Digital Marketplace opportunity published by the buyer; recorded in the VCR cassette '
                           'of github:rgarner/dos-alerts)'),
}
URL = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/'
ESS, NICE, PROP, CULT, ADD = ('Essential skills and experience', 'Nice-to-have skills and experience',
                              'Proposal criteria', 'Cultural fit criteria', 'Additional terms and conditions')
JURISDICTION = {'12529': 'wales', '13135': 'northern-ireland'}

SOURCE = {  # opportunity -> (repository, commit, cassette path, recorded, buyer)
    '12206': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_status/when_an_opportunity_is_awaiting/1_3_2_1.yml',
             'Wed, 17 Jun 2020 11:18:25 GMT', 'R&R (Restoration & Renewal) Programme for UK Parliament'),
    '12355': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:40 GMT', 'Hackney Council'),
    '12436': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:43 GMT', 'Westminster City Council'),
    '12450': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:42 GMT', 'Health and Social Care Information Centre (known as NHS Digital)'),
    '12467': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:42 GMT', 'Department for Education'),
    '12475': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:42 GMT', 'London Borough of Hackney Council'),
    '12479': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:39 GMT', 'London Councils'),
    '12492': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/gets_the_correct_opportunity_data.yml',
             'Wed, 17 Jun 2020 11:17:28 GMT', 'Money and Pensions Service'),
    '12501': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:40 GMT', 'Ministry of Defence - Defence Digital'),
    '12526': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_type_is_specified/gets_data_that_is_not_on_the_homepage.yml',
             'Wed, 17 Jun 2020 11:17:39 GMT', 'Ministry of Defence, HQ Army'),
    '12529': ('dxw/marketplace_opportunity_scraper', '1d8ff8f32f676f92070f7c8bb75b401a08c854a6',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/gets_the_correct_opportunity_data.yml',
             'Wed, 17 Jun 2020 11:17:24 GMT', 'Centre for Digital Public Services'),
    '12700': ('rgarner/dos-alerts', '956842acaa4b3caf79ce5a89cd8e9e9a1b87bf2f',
             'spec/cassettes/fixed-list-of-opps.yml',
             'Thu, 23 Jul 2020 08:59:23 GMT', 'UK Centre for Ecology & Hydrology'),
    '12705': ('rgarner/dos-alerts', '956842acaa4b3caf79ce5a89cd8e9e9a1b87bf2f',
             'spec/cassettes/fixed-list-of-opps.yml',
             'Thu, 23 Jul 2020 08:59:18 GMT', 'Energy Performance of Buildings Division - Ministry of Housing, Communities and Local Government'),
    '12715': ('rgarner/dos-alerts', '956842acaa4b3caf79ce5a89cd8e9e9a1b87bf2f',
             'spec/cassettes/fixed-list-of-opps.yml',
             'Thu, 23 Jul 2020 08:59:21 GMT', 'ESFA - Manage Your Education and Skills Funding (MYESF) and competitive grant funding service'),
    '12752': ('rgarner/dos-alerts', '956842acaa4b3caf79ce5a89cd8e9e9a1b87bf2f',
             'spec/cassettes/fixed-list-of-opps.yml',
             'Thu, 23 Jul 2020 08:59:18 GMT', 'Government Digital Service'),
    '13016': ('dxw/marketplace_opportunity_scraper', 'baddd6407080e78562dcf9aa835501ae6b4dd26c',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_status_is_specified/returns_the_correct_opportunities.yml',
             'Wed, 30 Sep 2020 08:48:21 GMT', 'The London Borough of Brent'),
    '13018': ('dxw/marketplace_opportunity_scraper', 'baddd6407080e78562dcf9aa835501ae6b4dd26c',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_status_is_specified/returns_the_correct_opportunities.yml',
             'Wed, 30 Sep 2020 08:48:19 GMT', 'Road Freight Statistics (RFS) team (Strategic Roads and Freight) at Department for Transport.'),
    '13023': ('dxw/marketplace_opportunity_scraper', 'baddd6407080e78562dcf9aa835501ae6b4dd26c',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_status_is_specified/returns_the_correct_opportunities.yml',
             'Wed, 30 Sep 2020 08:48:20 GMT', 'Foreign, Commonwealth and Development Office (FCDO)'),
    '13070': ('dxw/marketplace_opportunity_scraper', 'baddd6407080e78562dcf9aa835501ae6b4dd26c',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_status_is_specified/returns_the_correct_opportunities.yml',
             'Wed, 30 Sep 2020 08:48:15 GMT', 'NHSX'),
    '13124': ('dxw/marketplace_opportunity_scraper', 'baddd6407080e78562dcf9aa835501ae6b4dd26c',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/when_status_is_specified/returns_the_correct_opportunities.yml',
             'Wed, 30 Sep 2020 08:48:14 GMT', 'NHS Cheshire CCG'),
    '13135': ('dxw/marketplace_opportunity_scraper', 'baddd6407080e78562dcf9aa835501ae6b4dd26c',
             'fixtures/cassettes/MarketplaceOpportunityScraper_Opportunity/_all/gets_the_correct_opportunity_data.yml',
             'Wed, 30 Sep 2020 08:47:58 GMT', 'The General Teaching Council For Northern Ireland'),
}

# (opportunity, section, text as on the page, theme, secondary themes, weighting %)
SV = [
    ('12501', CULT, 'Evidence of how you foster an inclusive and professional working environment with no place for bullying or discrimination of any form - 20%', EO, [], 20),
    ('12752', CULT, 'Your approach to social responsibility', MU, [], None),
    ('12752', CULT, 'Your approach to pastoral care of core or subcontractor resource', WB, [], None),
    ('12752', NICE, 'Describe how you have adapted your delivery model to account for new remote working practices with an emphasis on pastoral care for your team.', WB, ['covid-recovery'], None),
]

# (opportunity, section, text as on the page, weighting %)
NEG = [
    ('12752', CULT, 'Your ability to align with public sector values', None),
    ('12752', CULT, 'Your approach to working with the public sector', None),
    ('12752', CULT, 'Your approach to embedding a team quickly within organisations with differing cultures', None),
    ('12752', ESS, 'Evidence a good approach to UCD and meeting user needs for particularly vulnerable user groups. How have you utilised research to shape your work programme and engage with stakeholders?', None),
    ('12752', ESS, 'Describe your approach to working with other suppliers delivering a project. How would you look to broaden your skills and capacity?', None),
    ('12752', ESS, 'Evidence how you look to transfer knowledge and up-skill teams to ensure continuity of delivery', None),
    ('12752', PROP, 'Your approach to recruiting and on-boarding teams', None),
    ('12752', PROP, 'Your ability to deploy teams to different areas of the country', None),
    ('12752', PROP, 'Your approach to working at a national/regional level', None),
    ('12501', CULT, 'Shares knowledge, experience and expertise with the Authority and other team members - 20%', 20),
    ('12501', CULT, 'Evidence of working with organisations and stakeholders with differing levels of technical expertise - 20%', 20),
    ('12501', NICE, 'Experience of working with remote capabilities (in the last 10 years) - 5%', 5),
    ('12526', CULT, 'Able to communicate effectively with staff, technical SMEs and senior management to identify pragmatic solutions to problems within a resource constrained environment. (2.5%)', 2.5),
    ('12526', CULT, 'Demonstrate an ability and willingness to challenge the status-quo with a no blame culture and encourage people to learn from their mistakes. (2.5%)', 2.5),
    ('12526', ESS, 'Knowledge and experience of design, modelling and management of TDL network implementation for diverse, dispersed and terrain-obscured platforms.(5%)', 5),
    ('12526', PROP, 'Explain how you plan to mobilise the team quickly and retain key resources for the duration of the contract (2%)', 2),
    ('12475', CULT, 'Hackney is a diverse organisation, reflecting the diversity of our borough. Describe how you would successfully work as a team with our organisation and other suppliers in a diverse environment.', None),
    ('12475', ESS, 'Understand how to meet the needs of a diverse range of users', None),
    ('12475', ESS, 'Have experience designing services for a wide range of digital skills and confidence', None),
    ('12475', ESS, 'Have experience working with social housing providers or repairs providers', None),
    ('12475', NICE, 'Be prepared to share risk and/or reward with the council if the service is attractive to other authorities', None),
    ('12479', ESS, 'Experience of engaging with users with a range of disabilities to test digital products for accessibility issues.', None),
    ('12479', CULT, 'Talk about how you have successfully worked with inhouse teams with limited technical expertise.', None),
    ('12479', CULT, 'Provide evidence of supporting an in-house team through stakeholder engagement to deliver work that meets both user and business needs, including value for money', None),
    ('12467', PROP, 'Evidence of designing a service that has passed a government accessibility audit and accessibility beyond standard (e.g. design for neurodivergence)', None),
    ('12467', CULT, 'Experience of transferring knowledge to permanent staff within the client organisation', None),
    ('12467', NICE, 'Evidence of designing services within environments with multifaceted supply and delivery chains', None),
    ('13023', ADD, "To promote fair practice we would encourage bidders not to use their organisation's name within their responses.", None),
    ('13023', ESS, 'Ability to upskill client staff on core skills such as user centred design, delivery management, software development and testing when required.', None),
    ('13023', PROP, 'How you plan to transfer knowledge to permanent staff within the client organisation', None),
    ('12705', ESS, 'Follows an ethical, rigorous approach to screening potential participants', None),
    ('12705', ESS, 'Able to recruit participants with low digital skills / confidence online', None),
    ('12705', NICE, "Experience recruiting users from vulnerable, 'hard to reach' groups", None),
    ('12705', PROP, 'Breakdown of recruitment costs and incentives', None),
    ('12450', CULT, 'Strategy for leaving a sustainable legacy by providing learning opportunities / knowledge transfer events for the CSOC team.', None),
    ('12450', NICE, 'Demonstrable mentoring capabilities for permanent staff during the transition to path to live and live environments', None),
    ('12450', CULT, 'Approach to leveraging existing supplier knowledge and experience to the benefit of the wider programme', None),
    ('12529', CULT, 'Have a proven approach to transferring knowledge and experience to create a sustainable legacy', None),
    ('12529', NICE, 'Experience working in the Welsh public sector', None),
    ('12529', ESS, 'Demonstrable experience of mentoring and coaching more junior team members', None),
    ('12436', ESS, 'Experience developing designs and support those lacking digital skills and those with varied accessibility needs.', None),
    ('12436', CULT, 'Share knowledge and experience with Council staff', None),
    ('12492', NICE, 'Previous experience of testing people with physical disabilities', None),
    ('12492', NICE, 'Previous experience of testing people with mental disabilities', None),
    ('13018', ESS, '- Demonstrate evidence of successfully designing, building and testing citizen facing digital data collection methods with a diverse mix of users and iterating accordingly.', None),
    ('13018', ESS, '- Demonstrate evidence of working with, developing and coaching digital and non-digital members of staff.', None),
    ('13016', PROP, 'Approach to training, UAT and bug fixing the solution prior to handing it to the council (5%)', 5),
    ('13016', CULT, 'Work with the council to ensure that the required technical and functional knowledge are transferred. (2%)', 2),
    ('13070', CULT, 'Demonstrate how the supplier will work collaboratively with NHS and Public Sector organisations to support the realisation of public benefit. 20%', 20),
    ('13070', ESS, 'Please describe the relevant expertise and experience you hold in running discovery exercises which relate to emerging technology and the NHS and Social Care.', None),
    ('12700', CULT, 'Collaborating and delivering value in an environmental science research environment', None),
    ('12700', NICE, 'Engagement with user communities', None),
    ('12700', CULT, 'Can work with clients with low technical expertise', None),
    ('12715', PROP, 'Ability to demonstrate good value for money for the UK tax payer', None),
    ('12715', ESS, '• Proven experience of successfully supporting customers to build in-house capabilities and ensure effective knowledge management and transfer', None),
    ('13135', CULT, '• Be able to engage with and present to staff at all levels including Senior Management and those with low technical expertise (2.25%)', 2.25),
    ('13135', NICE, '• Evidence of strong client up-skilling and knowledge transfer capability.', None),
    ('12206', ESS, 'Energy analytical and modelling experience; existing .v. forecast under defined changes, technologies, smart grid and operating models; also including dynamic measurement and condition-sensing of poor energy performance', None),
    ('12206', CULT, 'Demonstrate experience of supporting and coaching other team members.', None),
    ('13124', ESS, 'Provide clinician led development, interaction with the CCG and training to practices', None),
    ('12355', ESS, 'Demonstrate an understanding of the education and social care context', None),
    ('12355', CULT, 'Share knowledge and experience with team members and the wider service', None),
]


def clean(text):
    """Drop a bullet the buyer typed at the start of a list item."""
    for bullet in ('• ', '- '):
        if text.startswith(bullet):
            return text[len(bullet):]
    return text


def src(opp):
    repo, commit, path, _, _ = SOURCE[opp]
    return f'github:{repo}@{commit}:{path}#{URL}{opp}'


batch = Batch('public-texts-15.jsonl')


def emit(id_, opp, section, text, theme, secondary, weighting, family):
    text = clean(text)
    if batch.known(text):
        print(f'skipped (already in the corpus): {text}', file=sys.stderr)
        return
    batch.emit(id_, text, section=section, source=src(opp), group=URL + opp, family=family,
               licence=LIC[SOURCE[opp][0]], theme=theme, secondary=secondary, jurisdiction=JURISDICTION.get(opp, 'uk'),
               extra={'weighting_percent': weighting})


for i, (opp, section, text, theme, sec, w) in enumerate(SV, 1):
    emit(f'pub15-dos-brief-{i:03d}', opp, section, text, theme, sec, w, 'dos-brief')
for j, (opp, section, text, w) in enumerate(NEG, 100):
    emit(f'pub15neg-dos-brief-neg-{j:03d}', opp, section, text, None, [], w, 'dos-brief-neg')
