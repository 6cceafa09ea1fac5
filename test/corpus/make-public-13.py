"""Write public-texts-13.jsonl: batch 20, aimed at (1) contract-notice text of Find a Tender, Contracts Finder and Public
Contracts Scotland notices that the corpus did not have (award-criterion names with their weightings, tender and lot
descriptions, options, renewal and additional-information fields) and (2) social value measure lines and lists of
councils and NHS bodies not used before (Lancashire County Council's TOMs measures NT1 / NT3 and their outcomes,
South Tyneside Council's responsible procurement page, Devon County Council's FOI answer on social value weighting,
Newport City Council's minute on the Welsh National TOMs, the National TOMs Wales page, East Lothian Council's
community benefits page, Coventry City Council's implementation framework, NHS Supply Chain's five supplier
requirements), with hard negatives from the same documents.

Notice sources: the OCDS records of Find a Tender (ocds-h6vhtk), Contracts Finder (ocds-b5fd17) and Public Contracts
Scotland (ocds-r6ebe6) notices as d3tenders.com republishes them (the compiled release JSON at
/contract/download.php?ocid=..., or the notice page's "Notice Information" fields: title, description, lot
information; its AI-written "Summary of the contracting process" is never used), and one Find a Tender notice as
bidatlas.co.uk prints it. Every field used is notice data published by the buyer (OGL v3). The notices give the
social value criterion "Environmental Sustainability" (10%) and a Contracts Finder description quoting PPN 06/20's 10%
social value weighting; the negatives are award-criterion names ("Technical", "Quality 90% Price 10%"), options,
extensions and descriptions of what is bought, several of them on a social topic (social enterprise support for an
inclusive growth strategy, supported living for people with a learning disability, employability services, social
investors for social inclusion, neighbourhood planning, a social value metric and social value coordination bought as
the service, energy efficiency of social housing, a skills contract in a weighting table).

Texts are verbatim from the stored pages as the `search` tool (pages corpus) returns them: each is the beginning of
the page, so only lists and fields in a page's first part could be used. List bullets and a leading list dash are
dropped; nothing is reworded. Texts already in the corpus are skipped (named on stderr). Groups: `ocds:<ocid>` for a
notice, the page address otherwise (a source already in the corpus keeps its group).

  python3 test/corpus/make-public-13.py > /work/batches/public-texts-13.jsonl
"""
from batch import Batch, NOTICE_BIDATLAS, NOTICE_D3, Q, EI, CL, EO, WB, MU


# council and NHS pages (short quotation)
LAN = 'https://www.lancashire.gov.uk/business/social-value/lancashire-toms-methodology-and-partners/'
LSV = 'https://www.lancashire.gov.uk/business/social-value/'
LPF = 'https://lancashire.gov.uk/business/social-value/social-value-policy-and-framework'
STY = 'https://southtyneside.gov.uk/article/4008/Responsible-Procurement'
DEV = 'https://www.devon.gov.uk/accesstoinformation/information_request/tenders-and-frameworks-social-value-weighting-2021/'
NEW = 'https://democracy.newport.gov.uk/mgAi.aspx?ID=9279&LLL=0'
NTW = 'https://nationalsocialvaluetaskforce.org/national-toms-wales'
NSC = 'https://www.supplychain.nhs.uk/programmes/sustainability/net-zero-supply-chain-and-suppliers/'
ELC = 'https://eastlothian.gov.uk/info/210594/procurement/12000/quotations_and_tenders/7'
COV = 'https://www.coventry.gov.uk/strategies-plans-policies/social-value-1/11'

D3J = 'https://d3tenders.com/contract/download.php?ocid='
D3P = 'https://d3tenders.com/contract/?ocid='
BIDATLAS = 'https://bidatlas.co.uk/tenders/010489-2026'

LAN_E = 'Lancashire TOMs – methodology and partners: Employment & skills'
STY_DO = ("We have a responsibility to help suppliers procure value for money goods, services and works. We do this "
          "while:")
STY_SV = 'Social value is:'
STY_DEV = 'What social value development involves: Social value development involves:'
DEV_S = 'Tenders and frameworks – social value weighting – 2021'
DEV_R = 'I wish to receive the following information:'
DEV_T = ('Price and Quality weightings: Above Threshold Services Contracts/Frameworks with Contract Notices Issued '
         'During 2021 (Title, Contract Notice Publication Reference, Type of Contract, Award Criteria Quality, Price)')
NEW_S = 'Agenda item: Welsh National TOMs for Social Value (minutes)'
NSC_S = 'The Five Supplier Requirements'
ELC_S = 'Community Benefits in Procurement'
DP, DL, AC, AI = 'Description of the procurement', 'Description of the lot', 'Award criteria', 'Additional information'

# pages: (source, family, jurisdiction, primary theme or None, secondary ids, section, text[, extra])
PAGES = [
 (LAN, 'council-measures', 'uk', EI, [], LAN_E + ': More local people in employment',
  'NT1 - No. of full time equivalent direct local employees (FTE) hired or retained for the duration of the contract'),
 (LAN, 'council-measures', 'uk', EI, ['equal-opportunity'], LAN_E + ': More opportunities for disadvantaged people',
  'NT3 - No. of full time equivalent employees (FTE) hired on the contract who are long term unemployed (unemployed for a year or longer)'),
 (LAN, 'council-measures', 'uk', EI, [], LAN_E, 'More local people in employment'),
 (LAN, 'council-measures', 'uk', EI, ['equal-opportunity'], LAN_E, 'More opportunities for disadvantaged people'),
 (LSV, 'council-guide', 'uk', MU, [], 'Social value',
  'This means that our chosen delivery partners will not just be expected to deliver additional benefits, but to measure and report against them too.'),
 (LSV, 'council-guide', 'uk', MU, [], 'What is social value?',
  'These benefits can be measured through financial and non-financial metrics and can encompass the entire supply chain.'),
 (LSV, 'council-guide', 'uk', MU, [], 'What is social value?',
  'This means that for every £1 spent by Lancashire, our suppliers can calculate the added-value return over and above the £1 cost.'),
 (LSV, 'council-guide', 'uk', None, [], 'What is social value?',
  'Here at Lancashire County Council we are helping you to make Lancashire the best place to live, work, visit and prosper.'),
 (LSV, 'council-list', 'uk', None, [], 'At the heart of our strategy for delivery are our four priorities:',
  'delivering better services,'),
 (LPF, 'council-list', 'uk', None, [],
  'The priorities that will help Lancashire achieve this vision are also focused into four key priorities:',
  'Transport, connectivity, and infrastructure'),
 (STY, 'council-list', 'uk', MU, [], STY_DO, 'maximising social value'),
 (STY, 'council-list', 'uk', CL, [], STY_DO, 'minimising environmental impacts'),
 (STY, 'council-list', 'uk', EO, [], STY_DO, 'making sure people are treated ethically throughout its supply chains'),
 (STY, 'council-list', 'uk', WB, ['climate'], STY_SV, 'improving the health and wellbeing of local people and the local environment'),
 (STY, 'council-list', 'uk', EI, [], STY_SV, 'providing skills and employment opportunities'),
 (STY, 'council-list', 'uk', EI, [], STY_SV, 'promoting the local economy'),
 (STY, 'council-guide', 'uk', MU, [], 'Social value',
  'We use the Social Value Portal Themes, Outcomes and Measures (TOMS) in our procurement processes.'),
 (STY, 'council-list', 'uk', CL, [], STY_DEV, 'effective protection of the environment'),
 (STY, 'council-list', 'uk', CL, [], STY_DEV, 'careful use of natural resources'),
 (STY, 'council-list', 'uk', EO, [], STY_DEV, 'social progress which recognises the needs of everyone'),
 (STY, 'council-list', 'uk', EI, [], STY_DEV, 'maintenance of high and stable levels of economic growth and employment'),
 (STY, 'council-guide', 'uk', None, [], 'Responsible Procurement',
  'We have a responsibility to help suppliers procure value for money goods, services and works.'),
 (STY, 'council-guide', 'uk', None, [], 'Help to improve your environmental performance: Carbon Trust',
  'An independent company funded by the government.'),
 (DEV, 'council-foi', 'uk', MU, [], DEV_S + ': Social Value Weighting:',
  'Social Value objectives are built into the procurement process in designing the schedule of requirements and embodying the ethos of Social Value into each element.'),
 (DEV, 'council-foi', 'uk', MU, [], DEV_S + ': Social Value Weighting:',
  'Social Value aspects are integrated into each quality question/award criteria area as relevant to the question subject matter therefore Social Value per se does not have a specific weighting assigned to it but is rather integral to the overall evaluation and not something that can be conveyed directly statistically.'),
 (DEV, 'council-foi', 'uk', None, [], DEV_R, 'The price and quality weightings used in the above contracts or frameworks.'),
 (DEV, 'council-foi', 'uk', None, [], DEV_R, 'I do not require any personal of financial data.'),
 (DEV, 'council-foi', 'uk', None, [], DEV_R, 'I do not require the names of suppliers or any commercial information.'),
 (DEV, 'council-foi', 'uk', None, [], DEV_T, 'CP2099-21 Open Up To Skills 2021/S 000-018262 Services 70% 30%'),
 (DEV, 'council-foi', 'uk', None, [], DEV_T,
  'CP2082-21 Devon County Council Corporate Grounds Maintenance Contract 2021/S 000-016542 Services 0% 100%'),
 (DEV, 'council-foi', 'uk', None, [], DEV_T, 'CP2100-21 IBMAIX Platform Services and Support 2021/S 000-025728 Services 65% 35%'),
 (NEW, 'council-guide', 'wales', MU, [], NEW_S,
  'The TOMs for social value was a measurement framework and practical toolkit that allowed for an unlocking of social value through its integration into procurement and project management across the whole Council.'),
 (NEW, 'council-guide', 'wales', MU, [], NEW_S,
  'The Welsh TOMs framework had been designed around seven themes (the seven wellbeing goals of the Wellbeing of Future Generations Act 2015), 35 Outcomes and 93 Measures:'),
 (NEW, 'council-guide', 'wales', MU, [], NEW_S,
  'A range of these measures were selected, according to the nature of the procurement, to be included in a Council’s tender process, in order for tendering suppliers to respond against these measures and inform the Council how it could add this social value to the contract.'),
 (NEW, 'council-guide', 'wales', MU, [], NEW_S,
  'The tenderer’s response was then scored, and the evaluation of this social value element was then factored into the full evaluation of their tender bid.'),
 (NTW, 'sv-guide', 'wales', MU, [], 'The National Social Value Measurement Framework for Wales',
  'The National TOMs Wales incorporates all of the requirements of the Community Benefits Toolkit and has been designed to allow organisations to assess their social value contribution to the Wellbeing Act in terms of non-financial benefits (e.g. jobs for long term unemployed) and the additional financial value created (e.g. additional fiscal and economic benefits).'),
 (NTW, 'sv-guide', 'wales', MU, [], 'The National Social Value Measurement Framework for Wales',
  'It is why it has been specifically designed to reflect the priorities of the Wellbeing of Future Generations Act and to help organisations measure and maximise the social value they create.'),
 (NSC, 'nhs-netzero', 'uk', MU, ['climate'], NSC_S + ': 2 Social Value Requirements',
  'All procurements will include a minimum 10% net zero and social value weighting', {'weighting_percent': 10}),
 (NSC, 'nhs-netzero', 'uk', CL, [], NSC_S + ': 4 NHS England Supplier Roadmap',
  'The NHS net zero supplier roadmap sets out the steps suppliers must take to align with the NHS net zero ambition between now and 2030.'),
 (NSC, 'nhs-netzero', 'uk', None, [], NSC_S + ': 1 Carbon Reduction Plan',
  'All suppliers of new contracts for goods, services, and works are required to publish a Carbon Reduction Plan (CRP) (PPN 06/21)'),
 (NSC, 'nhs-netzero', 'uk', None, [], NSC_S + ': 3 Evergreen Assessment',
  'All Suppliers are required to complete an Evergreen Supplier Assessment.'),
 (NSC, 'nhs-netzero', 'uk', None, [], NSC_S + ': 5 Modern Slavery',
  'All suppliers must complete and maintain an up-to-date Modern Slavery Assessment Tool (MSAT) as a minimum requirement.'),
 (ELC, 'council-guide', 'scotland', MU, [], ELC_S,
  'Suppliers will generally develop links with local schools, provide work experience opportunities, training opportunities and apprenticeships, and assist with specific community projects.'),
 (ELC, 'council-guide', 'scotland', MU, [], ELC_S,
  'Community Benefit clauses provide a means of achieving sustainability (social, economic and environmental) in public contracts.'),
 (ELC, 'council-guide', 'scotland', MU, [], ELC_S,
  'For successful tenderers there is a contractual obligation to deliver community benefits on individual contracts predominantly over £50K, or for smaller contracts, once the aggregated spend has reached £50K, and delivery of that benefit will be monitored as part of the contract monitoring process.'),
 (ELC, 'council-guide', 'scotland', None, [], ELC_S, 'We spend around £140m on goods, services and works every year.'),
 (COV, 'council-guide', 'uk', MU, [],
  'Appendix 2: Procurement & Commissioning Social Value and Sustainability Implementation Framework',
  'Throughout the Procurement & Commissioning process, the Council will ensure Social Value and Sustainability is considered and subsequently delivered.'),
]

# notices: (source, ocid, family, jurisdiction, primary theme or None, secondary ids, section, text[, extra])
NOTICES = [
 (D3J + 'ocds-h6vhtk-029df6', 'ocds-h6vhtk-029df6', 'notice-award', 'uk', CL, [], AC + ' (quality criterion, lot 1)',
  'Environmental Sustainability', {'weighting_percent': 10}),
 (D3J + 'ocds-h6vhtk-029df6', 'ocds-h6vhtk-029df6', 'notice-award', 'uk', None, [], AC + ' (quality criterion, lot 1)',
  'Technical', {'weighting_percent': 70}),
 (D3J + 'ocds-h6vhtk-029df6', 'ocds-h6vhtk-029df6', 'eng-notice-neg', 'uk', None, [], DP,
  'Procurement exercise for Evaluation Partner for evaluation and participation services for the Towards Work project.'),
 (D3J + 'ocds-h6vhtk-029df6', 'ocds-h6vhtk-029df6', 'eng-notice-neg', 'uk', None, [], DL,
  'Tender for Evaluation partner to carry out Participation and programme evaluation services for the BBO Towards Work project.'),
 (D3J + 'ocds-h6vhtk-029df6', 'ocds-h6vhtk-029df6', 'eng-notice-neg', 'uk', None, [], AI,
  'To register your interest or obtain any additional information, including Q&A, please do so via the www.mytenders.co.uk portal (MT Ref:221941)'),
 (D3J + 'ocds-h6vhtk-02ead1', 'ocds-h6vhtk-02ead1', 'eng-notice-neg', 'uk', None, [], DP,
  'Supporting new and existing social enterprise as part of the inclusive growth strategy'),
 (D3J + 'ocds-h6vhtk-02ead1', 'ocds-h6vhtk-02ead1', 'notice-award', 'uk', None, [], AC + ' (quality criterion, lot 1)',
  'Quality 90% Price 10%'),
 (D3J + 'ocds-b5fd17-11d1c0f0-d336-4ca9-99af-1242b001df17', 'ocds-b5fd17-11d1c0f0-d336-4ca9-99af-1242b001df17',
  'eng-notice', 'uk', MU, [], DP,
  "In accordance with PPN06/20, 10% of any award criteria must be weighted against a bidder's social value commitments.",
  {'weighting_percent': 10}),
 (D3J + 'ocds-b5fd17-11d1c0f0-d336-4ca9-99af-1242b001df17', 'ocds-b5fd17-11d1c0f0-d336-4ca9-99af-1242b001df17',
  'eng-notice-neg', 'uk', None, [], DP,
  'However, once contracts are in place, it has been difficult for Commercial Contract Managers and Supplier Managers to compare supplier performance to one another given the diverse range of activity, and to determine what good really looks like e.g. what delivers more value to society - training an apprentice, increasing diversity or a community volunteering project?'),
 (D3J + 'ocds-b5fd17-81ddfcbb-ff36-44bc-ac27-0f29901f377e', 'ocds-b5fd17-81ddfcbb-ff36-44bc-ac27-0f29901f377e',
  'eng-notice-neg', 'uk', None, [], DP,
  "Engage an organisation to support the Council's ongoing social value delivery providing appropriate support to the DCC procurement team including extending this work through the County Durham Pound Project to supporting partner institutions."),
 (D3J + 'ocds-h6vhtk-029b48', 'ocds-h6vhtk-029b48', 'ni-notice', 'northern-ireland', None, [],
  'Options (lot 1: Belfast Health and Social Care Trust Area)',
  'Optional extension for up to a maximum of an additional 24 months.'),
 (D3J + 'ocds-h6vhtk-029b48', 'ocds-h6vhtk-029b48', 'ni-notice', 'northern-ireland', None, [], AI,
  'Compliance with all elements of the specification and all other requirements as listed in the tender documentation has been.. demonstrated.'),
 (D3J + 'ocds-h6vhtk-02fc91', 'ocds-h6vhtk-02fc91', 'eng-notice-neg', 'uk', None, [], DP,
  'In commissioning these services, Oxfordshire County Council have gone out to the market for supported living services for people with a learning disability at properties in Oxfordshire.'),
 (D3J + 'ocds-h6vhtk-02fc91', 'ocds-h6vhtk-02fc91', 'eng-notice-neg', 'uk', None, [], DP,
  'The subject matter of this procurement process and the resultant contracts relate to the delivery of services which are listed in Schedule 3 to the regulations.'),
 (D3P + 'ocds-r6ebe6-0000540208', 'ocds-r6ebe6-0000540208', 'scot-notice-neg', 'scotland', None, [], DP,
  'This framework is in relation to the renewal framework for the Supply and Delivery of Janitorial Products, on behalf of the 32 local authorities in Scotland.'),
 (D3P + 'ocds-r6ebe6-0000540208', 'ocds-r6ebe6-0000540208', 'scot-notice-neg', 'scotland', None, [],
  DL + ' (Paper Products)', 'Renewal: The framework will run for a straight 4 year period with no option to extend beyond this point.'),
 (D3P + 'ocds-r6ebe6-0000540208', 'ocds-r6ebe6-0000540208', 'scot-notice-neg', 'scotland', None, [],
  DL + ' (Paper Products)', 'This lot is for the Supply and Delivery of Paper Products.'),
 (D3P + 'ocds-r6ebe6-0000648011', 'ocds-r6ebe6-0000648011', 'scot-notice-neg', 'scotland', None, [],
  'in summary Langstane is procuring the stock condition survey in order to:',
  'Fill in gaps in knowledge with regards to Energy Efficiency Standard for Social Housing (EESSH)'),
 (D3P + 'ocds-r6ebe6-0000648011', 'ocds-r6ebe6-0000648011', 'scot-notice-neg', 'scotland', None, [],
  'in summary Langstane is procuring the stock condition survey in order to:',
  "Provide information on the safety of Langstane's stock - in particular relating to cladding, window safety and fire safety"),
 (D3P + 'ocds-b5fd17-b513fec1-a19f-462a-b0ef-4c67cf7c1a20', 'ocds-b5fd17-b513fec1-a19f-462a-b0ef-4c67cf7c1a20',
  'eng-notice-neg', 'uk', None, [], DP,
  'Neighbourhood planning gives communities direct power to develop a shared vision for their neighbourhood and shape the development and growth of their local area.'),
 (D3P + 'ocds-b5fd17-b513fec1-a19f-462a-b0ef-4c67cf7c1a20', 'ocds-b5fd17-b513fec1-a19f-462a-b0ef-4c67cf7c1a20',
  'eng-notice-neg', 'uk', None, [], DP,
  'DCLG reserves the right to extend the term of the Contract by up to 12 months by giving the Contractor not less than 3 months written notice.'),
 (D3P + 'ocds-b5fd17-b513fec1-a19f-462a-b0ef-4c67cf7c1a20', 'ocds-b5fd17-b513fec1-a19f-462a-b0ef-4c67cf7c1a20',
  'eng-notice-neg', 'uk', None, [], DP, 'DCLG cannot guarantee any extension.'),
 (D3P + 'ocds-r6ebe6-0000682190', 'ocds-r6ebe6-0000682190', 'scot-notice-neg', 'scotland', None, [], DP,
  'This Contract Notice is in relation to the national Flexible Dynamic Purchasing System (DPS) for the provision of Employability Services.'),
 (D3P + 'ocds-r6ebe6-0000592642', 'ocds-r6ebe6-0000592642', 'scot-notice-neg', 'scotland', None, [], DP,
  'The Council is required to retro fit sprinkler systems to 29nr domestic tower blocks in the North Lanarkshire Council area.'),
 (D3J + 'ocds-h6vhtk-0679a0', 'ocds-h6vhtk-0679a0', 'eng-notice-neg', 'uk', None, [], DP,
  'Secured Bus services for Tyne and Wear, including Scholar routes and Miscellaneous workings.'),
 (D3J + 'ocds-h6vhtk-050553', 'ocds-h6vhtk-050553', 'eng-notice-neg', 'uk', None, [], DP,
  'The College is seeking a student transport service provision which will allow learners to travel from their home to the college site and back daily, college days only, Monday to Friday, and during term time only.'),
 (BIDATLAS, 'fts:010489-2026', 'eng-notice-neg', 'uk', None, [], DP,
  'Norfolk County Council is seeking Social Investors to support its departments in its social inclusion goals over the next few years.'),
 (BIDATLAS, 'fts:010489-2026', 'eng-notice-neg', 'uk', None, [], DP,
  'NCC are keen to see partnerships that deliver higher impact for beneficiaries, delivery partners and NCC commissioners.'),
]

batch = Batch('public-texts-13.jsonl')


def put(src, group, fam, jur, theme, sec, section, text, lic, extra):
    batch.emit_numbered('pub13', fam, text, section=section, source=src, group=group, family=fam, licence=lic,
                        theme=theme, secondary=sec, jurisdiction=jur, extra=extra)


for src, fam, jur, theme, sec, section, text, *x in PAGES:
    put(src, batch.group_of_source.get(src, src), fam, jur, theme, sec, section, text, Q, x[0] if x else None)
for src, ocid, fam, jur, theme, sec, section, text, *x in NOTICES:
    group = ocid if ocid.startswith('fts:') else f'ocds:{ocid}'
    put(src, group, fam, jur, theme, sec, section, text, NOTICE_BIDATLAS if src == BIDATLAS else NOTICE_D3, x[0] if x else None)
