"""Write test/corpus/public-texts-11.jsonl: batch 17, more of the same contract notices as batch 16 (github:apa999/CFServer1,
commit cfda786f, the OCDS test data notices.jsonl and public-texts-10.jsonl read), aimed at hard negatives whose subject
shares the vocabulary of social value. Social value texts: community benefit statements and menu items of Scottish and
Welsh public bodies that batch 16 did not take (ng homes, South Lanarkshire-style "priority groups" lists, Argyll and
Bute, Dundee, the Scottish Government's framework statement, community benefits points systems, LHC, NHS Wales Shared
Services' "Social Value Questions", Welsh community benefit lists, Tai Tarian). Hard negatives: descriptions of the
service being bought whose subject is mental health, domestic abuse, hate crime, trauma-informed support (naming
employability), an apprenticeship programme bought as the service, waste, recycling and clinical waste collection,
circular economy business engagement, energy surveys, renewable energy installation and biodiversity study, from
Scottish, Welsh and English notices (the English ones are Contracts Finder / Find a Tender notices in the same
repository's EnglishData, which batch 16 did not read).
Verbatim: a text is one stored line of one field, split as make-notices.py splits ("rn" before a space ends a line; a
leading list dash or asterisk and a "t" left from a tab before a capital are dropped); an English tender description
that runs several paragraphs together ("rnrn") is cut at the end of its first paragraph or sentence (the text kept is
unchanged). Sections follow batch 16: the lead-in line for list items, "Additional information" for a notice's
description, "Description of the procurement" / "Description of the lot" for tender and lot descriptions. Scored
blind with the committed model before joining (test/corpus/README.md, batch 17). Texts already in the corpus are
refused; a notice keeps the group "ocds:<ocid>".

  python3 test/corpus/make-public-11.py > test/corpus/public-texts-11.jsonl
"""
from batch import Batch, NOTICE_CFSERVER, EI, CL, EO, WB, MU
COMMIT = 'cfda786f8069d6df8a0d4e7b38beff81e3a36338'
LIC = NOTICE_CFSERVER
SUMMARY = 'A summary of the expected community benefits has been provided as follows:'
NGH = ('ng homes is committed to contributing to the social, economic & environmental well-being of the residents of North'
       ' Glasgow. Accordingly, the successful service provider will be expected to present a community benefit proposal with'
       ' their tender detailing how, in the event that they should be successful in winning the contract, they will address'
       ' one or more the following Community Benefit themes:')
WALES_CB = ('Under the terms of this contract the successful supplier(s) will be required to deliver Community Benefits in'
            ' support of the authority’s economic and social objectives. Accordingly, contract performance conditions may'
            ' relate in particular to social and environmental considerations. The Community Benefits included in this'
            ' contract are:')
SLC = 'Other areas to consider are:'
LHC = 'LHC clients may add community benefit requirements in their call-off contracts from this Framework including but not limited to:'
DP, DL = 'Description of the procurement', 'Description of the lot'
# (path under CFServerTests/TestData, ocid, primary theme or None for not social value, secondary theme ids, section, text)
R = [
 ('ScotishData/SRel1.swift', 'ocds-r6ebe6-0000581860', MU, [], SUMMARY, NGH),
 ('ScotishData/SRel1.swift', 'ocds-r6ebe6-0000581860', EI, [], NGH, 'Apprenticeships;'),
 ('ScotishData/SRel1.swift', 'ocds-r6ebe6-0000581860', WB, [], NGH, 'Support for local projects.'),
 ('ScotishData/SRel32.swift', 'ocds-r6ebe6-0000575002', EI, [],
  'Community Benefits will be requested on a minimum requirement basis for:', 'Employability Requirements'),
 ('ScotishData/SRel41.swift', 'ocds-r6ebe6-0000579680', EI, [],
  'Under this contract the successful Contractor will be expected to support Argyll and Bute Council’s requirements for delivering a range of community benefits including:',
  'Curriculum support for schools and those on employability pathways'),
 ('ScotishData/SRel45.swift', 'ocds-r6ebe6-0000580618', MU, [], SUMMARY,
  'The successful supplier must provide community benefits from a menu of community benefits contained within Appendix 1 - Community Benefits Points System. The combined community benefit(s) points (CBP) value/offer must meet the minimum CBP value requirement associated with the supplier’s contract value as shown in table one of Appendix 1 - Community Benefits Points System and below.'),
 ('ScotishData/SRel48.swift', 'ocds-r6ebe6-0000580533', WB, [], SUMMARY, 'Support to Community'),
 ('ScotishData/SRel5.swift', 'ocds-r6ebe6-0000581263', EI, [],
  'Community benefits relating to the Contract may include, but will not be limited to:',
  'Provision of educational and training opportunities, including but not limited to, work experience provision, vocational training and educational initiatives with schools, further and higher education establishments;'),
 ('ScotishData/SRel52.swift', 'ocds-r6ebe6-0000574863', MU, [], SUMMARY,
  'As part of the response to the Quality Criteria, Tenderers are requested to provide details of the Community Benefits they will commit to as part of this contract.'),
 ('ScotishData/SRel54.swift', 'ocds-r6ebe6-0000579444', MU, [], SUMMARY,
  'Tenderers should note that the Breakdown of Community Benefits Points to be provided must meet the minimum of 30 points required for this contract, as per Clause 56 – Community Benefits Clause. Please see ‘Community Benefits – Guidance for Tenderers’ document for further information.'),
 ('ScotishData/SRel56.swift', 'ocds-r6ebe6-0000565333', EI, [], SLC,
  'generating employment and training opportunities for priority groups; i.e. through offering work experience or young apprenticeships'),
 ('ScotishData/SRel8.swift', 'ocds-r6ebe6-0000575122', MU, [], 'Additional information',
  'The Scottish Government is committed to contributing to the social, economic & environmental well-being of the people of Scotland, in order to create a more successful country, with opportunities for all of Scotland to flourish, through increasing sustainable economic growth. Accordingly, while the community benefit objectives will not be evaluated as part of the tender process, tenderers will be asked to'),
 ('ScotishData/SRel84.swift', 'ocds-r6ebe6-0000569951', MU, [], SUMMARY,
  'The Contractor will be required to deliver Community Benefits and indicate, at the point of Tender, how such benefits will achieve the required Community Benefits Points, based on the Weighting Table (contained in the tender support document).'),
 ('WelshData/WRel1.swift', 'ocds-kuma6s-148410', MU, [], WALES_CB,
  'Set out in the Social Value Matrix which is available on the sell2wales site'),
 ('WelshData/WRel40.swift', 'ocds-kuma6s-148297', CL, [], 'Social Value Questions:', 'Decarbonisation'),
 ('WelshData/WRel17.swift', 'ocds-kuma6s-148385', EI, [], LHC,
  'to generate employment and training opportunities for priority groups;'),
 ('WelshData/WRel17.swift', 'ocds-kuma6s-148385', EI, [], LHC, 'vocational training;'),
 ('WelshData/WRel23.swift', 'ocds-kuma6s-148098', EI, [], 'Community Benefits',
  '(a)Training and recruitment of economically inactive people: Creating new opportunities such as apprenticeships or providing hands on training weeks for current apprentices; intermediate training or work experience opportunities such as Traineeships; Work Trials or ‘sandwich’ placements for in-study work experience.'),
 ('WelshData/WRel35.swift', 'ocds-kuma6s-148314', MU, [], 'Additional information',
  'Bidders are invited to submit community Benefits proposals that they are willing and able to deliver through this contract. Any proposals that are agreed by the Council will be incorporated into the contract.'),
 ('WelshData/WRel41.swift', 'ocds-kuma6s-139523', EI, [], WALES_CB, 'Providing training and apprenticeship opportunities'),
 ('WelshData/WRel41.swift', 'ocds-kuma6s-139523', EI, [], WALES_CB,
  "Growth opportunities for SME's in the local supply chain, including"),
 ('WelshData/WRel48.swift', 'ocds-kuma6s-148300', MU, [], 'Additional information',
  'Delivery of community benefits through all spend is aligned with the Well-being of Future Generations Act Wales and delivers against its goals.'),
 ('WelshData/WRel53.swift', 'ocds-kuma6s-148236', MU, [], 'Additional information',
  'All organisations appointed will be expected to work with LHCPG and our clients to help identify, deliver and capture social value outcomes associated with the delivery of projects they are award through this DPS.'),
 # hard negatives: what is being bought
 ('EnglishData/Release172.swift', 'ocds-b5fd17-41b1efb4-da12-43f7-b68c-fb02307fc3db', None, [], DP,
  'North Northamptonshire Council (NNC) are pleased to advertise that we will be going out to tender for care and support in accommodation-based services for individuals who are Autistic or have Mental Health Needs.'),
 ('EnglishData/Release173.swift', 'ocds-b5fd17-a5cf5f05-e5a4-4149-9016-3369bbc6d4e2', None, [], DP,
  "The aims of the service is to enhance early interventions to reduce the incidence of hate based bullying and provide support to children and young people who are victims of hate crime. The intention is to enable professionals in school settings and children's social care to have a better understanding of the experiences and contextual risks to vulnerable young people, including those with protective characteristics."),
 ('EnglishData/Release34.swift', 'ocds-b5fd17-66376a7e-737a-447f-aee9-2704a088b44a', None, [], DP,
  "Birmingham City Council's trade waste service currently offers a waste sack collection service to its commercial customers who are producers of small amounts of waste. The Council procures the sacks from one supplier and contracts another supplier to distribute the waste sacks to its customers."),
 ('EnglishData/Release81.swift', 'ocds-b5fd17-a5e45aec-2d31-48df-97dc-e6dff1d22609', None, [], DP,
  'The contract originated following the introduction of the Domestic Abuse Act 2021 and was commissioned due to a gap highlighted in support available for children and young people who are experiencing Domestic Abuse.'),
 ('EnglishData/Release81.swift', 'ocds-b5fd17-a5e45aec-2d31-48df-97dc-e6dff1d22609', None, [], DP,
  'Children and young people residing in safe accommodation are offered up to twelve therapeutic 1-1 direct work sessions. The aim of the support is to promote confidence, self-esteem and resilience, empowering children, and young people to express their thoughts and feelings around domestic abuse they have seen and heard.'),
 ('EnglishData/Release90.swift', 'ocds-b5fd17-7f6e81c3-3a36-447d-bc45-9fbfd3c3d728', None, [], DP,
  'The Community Safety Team, with a contribution from Public Health, has commissioned a Domestic Abuse Specialist Community Support Service since 2014.'),
 ('EnglishData/Release7.swift', 'ocds-b5fd17-652e75a8-a97e-4ca1-8a88-3ee2073e0c39', None, [], DP,
  "Northamptonshire Children's Trust is seeking a suitably qualified and experienced Supplier to provide the following Apprenticeship Programme:"),
 ('EnglishData/Release9.swift', 'ocds-b5fd17-6d755e24-2b61-40ff-80e4-4ae4f4214e49', None, [], DP,
  'To undertake study to look at existing levels of grazing within the project area, to investigate how changes to these stocking levels, species and management could enhance the biodiversity of the project area and help to restore natural processes in the landscape. The study should also look at the feasibility of implementing these changes, and identify where changes, e.g. infrastruture, will be required.'),
 ('ScotishData/SRel12.swift', 'ocds-r6ebe6-0000581665', None, [], DP,
  'The service will comprise of the collection from central locations within East Ayrshire, transportation, storage (if required), treatment and diversion of all organic green waste arisings, previously collected by the Council.'),
 ('ScotishData/SRel67.swift', 'ocds-r6ebe6-0000579577', None, [], DL,
  'Visiting tenants in their homes and carrying out energy surveys which also identify any other defects with the property that may impact on the installation of any insulation measures'),
 ('ScotishData/SRel71.swift', 'ocds-r6ebe6-0000579615', None, [], DP,
  'The health board wish to procure services for the collection, transportation, segregation and thereafter recycling or safe disposal of all washroom and baby changing waste (Bin Exchange Service) arising at various operational sites throughout the Lanarkshire Area.'),
 ('ScotishData/SRel78.swift', 'ocds-r6ebe6-0000578499', None, [], DL,
  'Be trauma-informed and will connect with the local communities across North Ayrshire. Service users will be supported to develop their individual coping strategies. These should include but are not limited to the individual’s psychological and physical health, their relationships, their housing situation, their financial situation family life, antisocial/criminal behaviour, employability and educational status, community involvement and social life.'),
 ('ScotishData/SRel86.swift', 'ocds-r6ebe6-0000574515', None, [], DP,
  'Zero Waste Scotland wishes to engage local business engagement partners who can support delivery of circular economy activity in defined locations across Scotland and build upon the existing activity that has been undertaken to date. The locations are as follows and are in keeping with the initial research into CE opportunities mentioned earlier:'),
 ('ScotishData/SRel9.swift', 'ocds-r6ebe6-0000581883', None, [], DP,
  'The intention of this contract is to ensure that all clinical waste generated at the University is collected safely, routinely, and disposed of in accordance with all relevant legislation.'),
 ('WelshData/WRel17.swift', 'ocds-kuma6s-148385', None, [], DL,
  'Integration of renewable energy solutions, including the supply and installation of solar PV and solar thermal systems, ensuring safe and effective incorporation with pitched roofing while maintaining waterproofing and structural integrity.'),
 ('WelshData/WRel31.swift', 'ocds-kuma6s-148374', None, [], DP,
  'Cwm Taf Morgannwg University Health Board is looking to enter into a contract with a provider for the continuation of pilot of an assertive outreach service in the local community to provide an alternative to A&E and hospital admission service for children and young people in mental health crisis.'),
 ('WelshData/WRel41.swift', 'ocds-kuma6s-139523', None, [], DL,
  'Suppliers will also require the ability within their supply chain to collect, refurbish, repurpose and recycle existing furniture as required.'),
]
batch, n = Batch('public-texts-11.jsonl'), {True: 0, False: 0}
for path, ocid, theme, sec, section, text in R:
    sv = theme is not None
    jur = {'S': 'scotland', 'W': 'wales', 'E': 'uk'}[path[0]]
    fam = {'scotland': 'scot', 'wales': 'wales', 'uk': 'eng'}[jur] + ('-notice' if sv else '-notice-neg')
    n[sv] += 1
    batch.emit(f'pub11{"" if sv else "neg"}-{fam}-{n[sv]:03d}', text, section=section,
               source=f'github:apa999/CFServer1@{COMMIT}:CFServerTests/TestData/{path}#{ocid}', group=f'ocds:{ocid}',
               family=fam, licence=LIC, theme=theme, secondary=sec, jurisdiction=jur)
