"""Write ccs-cas.jsonl (batch 21): question, hint and requirement wording of Crown Commercial Service's own buying
services, from CCS's public GitHub repositories (the content is Crown copyright; crown-marketplace and the buyer UI are
MIT, the CaT service and database scripts repositories state no licence, so their texts are short quotations).

Sources (texts embedded, read from the `fetch` mirrors at the commits named in `source`):
- The Contract Award Service (CAS, the further-competition tool): the procurement question templates buyers fill in to
  write and publish their requirements. Management Consultancy Framework Three (RM6187) as seeded into the tenders-api
  database (`ccs-scale-db-scripts`, branch SCAT-5937, tenders-api/update_v20.sql; one older RM6187 question from the
  template kept in `ccs-scale-cat-service`'s test resources, input_template/no_dependency.json); Digital Outcomes 6
  (RM1043.8) lot 1 (outcomes) and lot 3 (user research participants) as kept in `ccs-scale-cat-service`
  (src/test/resources/templates/question_templates/prev_data, a copy of the live template with the buyer's answers
  filled in as "Test **", which are not taken); the buyer UI's own wording (`ccs-scale-cat-buyer-ui`: the hint of the
  "Social value criteria" weighting and the PPN 06/20 hint in views/components/questions/template.njk, the evaluation
  list of the user research studios lot page, and a row of the G-Cloud 14 service page; that page's five "Social
  Value" rows, "Fighting climate change" to "Wellbeing", are already in the corpus (dm-social-value.jsonl), so not here).
  Social value: the "Write your social value questions" prompts, DOS 6's suggested social value themes (diversity and
  inclusion, under-represented groups, gender pay gap, Digital apprentices and T Levels, diverse supply chain), the
  Social Value Act background question, the weighting hints. Hard negatives from the same templates: the cultural fit
  and technical prompts written in parallel, DOS 6's suggested cultural fit themes, essential / nice-to-have skills,
  assessment methods (presentation, interview, case study, work history), security clearance, locations, working
  arrangements, budget, KPIs, project requirements, and user research participants' accessibility and demographic
  requirements.
- Crown Marketplace (`crown-marketplace`), facilities management: the service specifications buyers see for FM
  Marketplace RM3830 (Service A:18 Social Value, with fair work practices), RM6232 (Service A17 and C1 Social Value,
  the Social Value Model themes as written into the specification, TOMs themes, reporting lists mixing social value and
  carbon net zero items with KPI, compliance and work order items, the fair-work and training lists of Service A13) and
  RM6378 (Service A17 Social Value with the PPN 002 missions), and RM6232's service list. Hard negatives: KPI and
  performance reporting items, service delivery plan items, staff training and vetting items, a security clearance
  clause inside the Social Value service, product criteria and maintenance service descriptions.
Not used: the Digital Marketplace repositories named in the brief (briefs-frontend, api, buyer-frontend,
functional-tests) hold no social value question text of their own (only supplier-description fixtures and G-Cloud
JSON schemas generated from the already used frameworks repository); ccs-scale-cat-test, ccs-cas-playwright and
ccs-esourcing-tenders-api hold only developer test strings or none; ccs-question-answer-service has no snapshot.

Verbatim: markup is stripped (HTML tags, `<br>`, list items one a record), a prompt of several sentences is cut at a
sentence end, and a specification clause loses its leading clause number ("9.20.3. "); the SQL seed doubles single
quotes ('') and the older RM6187 template copies that doubling, which is undone. `section` is the page heading (the
question group's description) for template texts, the lead-in clause for specification list items; `hint` is the
question's hint where the template pairs one. Texts already in the corpus are skipped with a note on stderr.

  python3 test/corpus/make-ccs-cas.py > /work/batches/ccs-cas.jsonl
"""
import sys
from batch import Batch, EI, CL, EO, WB, MU, CV, ccs_licence

DB = 'github:Crown-Commercial-Service/ccs-scale-db-scripts@ce31dc5c929d7305d27e952855c92f2be5a3f9f0:tenders-api/update_v20.sql'
CATSVC = 'github:Crown-Commercial-Service/ccs-scale-cat-service@daf50a3a2fc385b119dc195ee08b87034eb1bed8:src/test/resources/templates/question_templates/'
MCF3_OLD = CATSVC + 'input_template/no_dependency.json'
DOS1 = CATSVC + 'prev_data/dos6_lot1.json'
DOS3 = CATSVC + 'prev_data/dos6_lot3.json'
UI = 'github:Crown-Commercial-Service/ccs-scale-cat-buyer-ui@ab440a422e7ca1d1fe4e6cde17784ba6d51e1d90:src/main/'
UI_TPL = UI + 'views/components/questions/template.njk'
UI_LOT = UI + 'features/agreement/views/lot.njk'
UI_GC = UI + 'features/g-cloud/views/services.njk'
CM = 'github:Crown-Commercial-Service/crown-marketplace@21fa91d835ad390af95cfbaf58be872135bad9f6:data/facilities_management/'
FM30 = CM + 'rm3830/service_specifications.csv'
FM32 = CM + 'rm6232/service_specifications.csv'
FM78 = CM + 'rm6378/service_specifications.csv'
FM32S = CM + 'rm6232/services.csv'

GROUP = {DB: 'ccs-cas:rm6187-template', MCF3_OLD: 'ccs-cas:rm6187-template', DOS1: 'ccs-cas:dos6-template',
         DOS3: 'ccs-cas:dos6-template', UI_TPL: 'ccs-cas:buyer-ui/questions-template', UI_LOT: 'ccs-cas:buyer-ui/lot',
         UI_GC: 'ccs-cas:buyer-ui/g-cloud-services', FM30: 'ccs-fm:rm3830/service-specification',
         FM32: 'ccs-fm:rm6232/service-specification', FM78: 'ccs-fm:rm6378/service-specification',
         FM32S: 'ccs-fm:rm6232/services'}

# section headings used more than once
SVQ, CFQ, TQ = 'Write your social value questions', 'Write your cultural fit questions', 'Write your technical questions'
BG = 'Add background to your procurement'
DOS_W = 'Set the overall weighting'
DOS_TC = 'Technical competence'
DOS_ASSESS = 'How you will assess suppliers'
FIT_GOOD = ('Describe the type of answers you would like to see from suppliers. Include anything specific you might need'
            ' to know.')
A9_12 = ('The Supplier shall report on its own performance against the agreed KPIs and other measures reasonably requested'
         ' by the Buyer. These reports shall include summaries at region, establishment, business and Service level, as'
         ' appropriate, for the following:')
A9_20 = ('The Supplier shall report on its own performance with the Authority and shall ensure the Management Information'
         ' (MI) required by the Authority is produced in the required formats and is submitted by the agreed deadlines in'
         ' accordance with the requirements outlined within Framework Schedule 4 Framework Management. The MI reporting'
         ' shall include the following:')
A4_2 = ('The Supplier shall prepare a SDP for each Buyer’s requirements for Services in scope of the Call-Off Contract,'
        ' describing its approach to providing the required Services. As a minimum, the buildings and Asset maintenance'
        ' management SDP shall contain:')
A17 = 'Service A17 – Social Value'
C1 = 'Service C1 - Social Value'
C1_CV = ('COVID-19 recovery, where the aim is to help local communities to manage the recovery from the impact of COVID-19'
         ' via the Delivery of Services that:')
C1_EI = ('Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase'
         ' supply chain resilience and capacity via the Delivery of Services that:')
C1_CL = 'Fighting Climate Change, where the aim is to create effective stewardship of the environment via the Delivery of Services that:'
C1_EO = ('Equal Opportunity, where the aim is to remove the disability employment gap and tackle workforce inequality via the'
         ' Delivery of Services that:')
C1_WB = 'Wellbeing, where the aim is to improve health and wellbeing and community integration via the Delivery of Services that:'
C1_GUIDE = ('Suppliers should take into account HM Government guidance when developing their contractual Social Value plans'
            ' with the Buyer, which include but are not limited to:')
C1_TOMS = ("The Supplier shall comply with and/or identify proposed social value initiatives, proportionate and relevant to"
           " each Call-Off Contract. The Buyer's requirement will be set out a by the Buyer in the Call-Off Procedure and may"
           " include (but not be limited to) the following priorities/themes outlined within the National Social Value"
           " Measurement (TOMs) framework:")
A18_INIT = ('The Supplier may be required at the Call-Off stage to identify as an optional variant the social value'
            ' initiatives it proposes as proportionate and relevant to the Call-Off Contract and shall be responsible for'
            ' recording and reporting performance against agreed Social Value scorecards. These initiatives shall include:')
A18_FAIR = 'Public bodies in the UK are adopting fair work practices, which include:'
A13_TRAIN = ('The Supplier shall ensure that all Supplier Staff employed on the Contract receive appropriate induction,'
             ' refresher and awareness training to ensure the successful and safe Delivery of the Services. These shall'
             ' include but not be limited to:')
A13 = 'Service A13 – Staff Management, Recruitment and Training'
PPN = ('The Supplier shall support the Buyer to comply with their obligations under the Public Services (Social Value)'
       ' Act 2012 and any appropriate Public Procurement Notices (PPN) including but not limited to the following:')
MISSIONS = ('The Supplier shall comply with all of PPN 002 Taking account of Social Value award missions, which are set out'
            ' below (or any replacement during the Framework Contract Period):')
EEP = ('The Supplier shall ensure and agree with the Buyer that appliances and other energy-using products purchased for the'
       ' Call-Off Contract meet the Default standard within Annex III of the Energy Efficiency Directive Article 6, unless'
       ' the appliance or product is not:')

# social value: (source, primary theme, secondary theme ids, section, text[, extra fields])
SV = [
 # Contract Award Service, RM6187 (MCF3) further competition template
 (DB, MU, [], 'How to bid including evaluation criteria.', SVQ),
 (DB, MU, [], SVQ, 'You now need to decide the weighting for each social value question you want to ask.'),
 (DB, MU, [], SVQ, "Social value questions are used to evaluate if the supplier can provide products or services that will help you to achieve your own organisation's social value goals."),
 (DB, MU, [], BG, 'Social value, economic and environmental benefits',
  {'hint': 'In this section you can add details about any objectives you need to meet in relation to the ‘Public Services (Social Value) Act 2012’.'}),
 (DB, MU, [], BG, 'In this section you can add details about any objectives you need to meet in relation to the ‘Public Services (Social Value) Act 2012’.'),
 (MCF3_OLD, MU, [], 'Background to your procurement', "Include any detail relating to the 'Public Services (Social Value) Act 2012' which will be applied to secure wider social, economic and environmental benefits"),
 # Contract Award Service, DOS 6 template
 (DOS1, MU, [], SVQ, 'Social value questions are used to assess how the supplier can contribute to the wider social objectives that are relevant to the product or service you are buying.'),
 (DOS1, EO, ['wellbeing'], SVQ, 'approach to diversity and inclusion and ability to manage wellbeing of team'),
 (DOS1, EO, [], SVQ, 'how encourage under-represented groups to join workforce / apply for positions'),
 (DOS1, EO, [], SVQ, 'how address and report gender pay-gap differences'),
 (DOS1, EI, [], SVQ, 'create employment opportunities through Digital apprentices and T Levels'),
 (DOS1, EI, [], SVQ, 'encourage a diverse supply chain and support for local firms'),
 (DOS1, MU, [], DOS_W, 'Social value refers to how the supplier can contribute to the wider community or public benefit when delivering the project.'),
 (UI_TPL, MU, [], 'Social value', 'Enter a value of 0% if you are not in scope of PPN 06/20, or the value of the procurement is below threshold, or the application of social value is not reasonable or proportionate to what you are buying.'),
 (UI_TPL, MU, [], 'Social value criteria', 'If you are buying on behalf of a central government department, this must be a minimum of 10% of your overall weighting. For example, if you set your weightings at 70% quality and 30% price, then your social value questions should have a weighting of 15% (equivalent to 10% of your overall weighting). For all other buyers, this weighting is discretionary and in some cases can be 0%.',
  {'weighting_percent': 10}),
 (UI_LOT, MU, [], 'Evaluate supplier responses on:', 'how they meet your social value criteria (if applicable)'),
 # Crown Marketplace FM, RM6232 specification and service list
 (FM32S, MU, [], 'Social Value', 'Additional social, economic and environmental requirements over and above the core deliverables'),
 (FM32, CL, [], A4_2, 'Carbon net zero strategy, to include but not be limited to initial assessment of Buyer Premises, development of action plan to reduce greenhouse emissions, performance measurement and reporting regimes and investment plans / opportunities;'),
 (FM32, MU, [], A4_2, 'Social Value performance and reporting plan;'),
 (FM32, MU, [], A9_12, 'Achievement against social value initiatives;'),
 (FM32, CL, [], A9_12, 'Achievement against carbon net zero initiatives;'),
 (FM32, EI, [], A9_12, 'SME contractual performance (i.e. number of SMEs engagement sessions held, number appointed and value of cost of deliverables undertaken by appointed SMEs); and'),
 (FM32, CL, [], A9_20, 'Carbon net zero;'),
 (FM32, EI, [], A9_20, 'Social value - Apprenticeships;'),
 (FM32, EO, [], A9_20, 'Social value - Workforce Diversity and Inclusion;'),
 (FM32, EI, [], A9_20, 'Social value - SMEs and VCSEs; and'),
 (FM32, EO, [], A13, 'Effective equality, inclusion and diversity policies and procedures.'),
 (FM32, CL, [], 'Carbon Net Zero Plan', 'The Supplier shall collaborate with the Buyer and develop, maintain and implement a carbon net zero strategy in line with the Buyer’s carbon net zero requirements.'),
 (FM32, MU, [], A17, 'This Framework Contract provides a means of embedding social value through enabling improvements such as community engagement, economic value and sustainable development as detailed in the Call-Off Procedure.'),
 (FM32, MU, [], C1, 'The Supplier shall work collaboratively with the Buyer in adopting the Social Value Model outlined within Procurement Policy Note (PPN) 06/20, issued by the Cabinet Office and DCMS.'),
 (FM32, CV, [], C1, C1_CV),
 (FM32, CV, ['wellbeing'], C1_CV, 'Support people and communities to manage and recover from the impacts of COVID-19, including those worst affected or who are shielding;'),
 (FM32, CV, ['economic-inequality'], C1_CV, 'Create employment, re-training and other return to work opportunities for those left unemployed by COVID-19, particularly new opportunities in high growth sectors;'),
 (FM32, CV, ['wellbeing'], C1_CV, 'Support the physical and mental health of people affected by COVID-19, including reducing the demand on health and care Services; and'),
 (FM32, CV, ['climate'], C1_CV, 'Improve workplace conditions that support the COVID19 recovery effort including effective social distancing, remote working, and sustainable travel solutions.'),
 (FM32, EI, [], C1, C1_EI),
 (FM32, EI, [], C1_EI, 'Create employment opportunities, particularly for those who place barriers for employment and/or those who are located in deprived areas;'),
 (FM32, EI, [], C1_EI, 'Create a diverse supply chain to deliver the Contract including new businesses and entrepreneurs, start-ups, SMEs, VCSEs and mutuals;'),
 (FM32, CL, [], C1, C1_CL),
 (FM32, CL, [], C1_CL, 'Deliver additional environmental benefits in the performance of the Contract including working toward carbon net zero and reduced greenhouse gas emissions; and'),
 (FM32, EO, [], C1, C1_EO),
 (FM32, EO, [], C1_EO, 'Demonstrate action to increase the representation of disabled people in the Contract workforce;'),
 (FM32, WB, [], C1, C1_WB),
 (FM32, WB, [], C1_WB, 'Demonstrate action to support the health and wellbeing, including physical and mental health, in the Contract workforce;'),
 (FM32, WB, [], C1_WB, 'Demonstrate collaboration with users and communities in the codesign and Delivery of the Contract to support strong integrated communities; and'),
 (FM32, EI, [], C1_TOMS, 'Jobs; promote local skills and employment;'),
 (FM32, WB, [], C1_TOMS, 'Social; healthier, safer and more resilient communities;'),
 (FM32, CL, [], C1_TOMS, 'Environment; protecting and improving our environment; and'),
 # RM3830 specification, Service A:18 Social Value
 (FM30, EI, [], A18_INIT, 'Creating supply chain opportunities for SME’s;'),
 (FM30, EI, [], A18_INIT, 'Appointment of apprenticeships;'),
 (FM30, EI, [], A18_INIT, 'Recruitment of NEET’s labour;'),
 (FM30, CL, [], A18_INIT, 'Procurement and sourcing of sustainable Services and products;'),
 (FM30, WB, [], A18_INIT, 'Encouraging community engagement.'),
 (FM30, EO, [], A18_FAIR, "A fair and equal 'pay policy' that includes a commitment to supporting the Living Wage, including, for example being a 'Living Wage Accredited Employer';"),
 (FM30, EO, [], A18_FAIR, 'Promoting equality of opportunity and developing a workforce which reflects the population of the UK in terms of characteristics such as age, gender, religion or belief, race, sexual orientation and disability;'),
 (FM30, EO, ['wellbeing'], A18_FAIR, 'Flexible working (including for example practices such as flexi-time and career breaks) and support for family friendly working and wider work life balance; and'),
 # RM6378 specification, Service A17 Social Value
 (FM78, EO, [], 'The Supplier shall:', 'The Supplier shall upon request provide their equality, diversity and inclusion (EDI) and ethnic minority strategies and targets, with [12-monthly] progress updates available if requested.'),
 (FM78, MU, [], PPN, 'Procurement Policy Note (PPN) 002 Taking account of social value in the award of contracts;'),
 (FM78, CL, [], MISSIONS, 'Make Britain a clean energy superpower'),
 (FM78, WB, [], MISSIONS, 'Take back our streets'),
 (FM78, EO, [], MISSIONS, 'Break down barriers to opportunity'),
 (FM78, WB, [], MISSIONS, 'Build an NHS fit for the future'),
]

# not social value: (source, section, text[, extra fields])
NEG = [
 # RM6187 template
 (DB, 'How to bid including evaluation criteria.', CFQ),
 (DB, 'How to bid including evaluation criteria.', TQ),
 (DB, CFQ, 'You now need to decide the weighting for each cultural fit question you want to ask.'),
 (DB, CFQ, "Cultural fit questions are used to evaluate if the supplier's organisational values align with your organisation's."),
 (DB, TQ, 'You now need to decide the weighting for each technical question you want to ask.'),
 (DB, TQ, 'Technical questions are used to evaluate if the supplier can do the work you need, with the skills and experience they have, and show that they understand your project.'),
 (DB, TQ, 'Explain what good looks like', {'hint': FIT_GOOD}),
 (DB, 'State your total contract value, including any extensions', 'Set a defined budget for your project so suppliers can explain how they can deliver what you need within the budget you have available.'),
 (DB, "Describe any pre-market engagement you've done", 'Tell the supplier if you’ve done any pre-market engagement, and give details about the outcome.'),
 (DB, 'Add your service levels and KPIs', 'Provide information about the service levels that you need from the successful supplier.'),
 (DB, 'Enter your project requirements', 'Enter the requirements of your project that need to be met by the supplier. This could include any accreditations, qualifications or certifications suppliers need to have, or skills or experience that would be useful.'),
 (DB, 'About adding context and requirements', 'If you have any information about the people who will use this service, user profiles, user journeys or demographics, you can include this too.'),
 # DOS 6 template
 (DOS1, CFQ, 'Cultural fit questions are used to assess how well you and the supplier work together.'),
 (DOS1, CFQ, 'work as a team with our organisation and other suppliers'),
 (DOS1, CFQ, 'be transparent and collaborative when making decisions'),
 (DOS1, CFQ, 'have a no-blame culture and encourage people to learn from their mistakes'),
 (DOS1, CFQ, 'share knowledge and experience with other team members'),
 (DOS1, CFQ, 'can work with clients with low technical expertise'),
 (DOS1, DOS_W, 'Technical competence is a combination of essential, nice-to-have, and technical questions.'),
 (DOS1, DOS_W, 'Price is evaluated based on how close each suppliers quote is to the cheapest quote.'),
 (DOS1, DOS_TC, 'Technical competence refers to how well the supplier can perform the work you require.'),
 (DOS1, DOS_TC, 'If a supplier has the necessary skills and experience, a thorough understanding of your requirements, and works in an agile manner, they should be able to complete the work.'),
 (DOS1, 'Essential skills and experience', 'These are the skills and experience that suppliers must have in order to do the work you need.'),
 (DOS1, 'Essential skills and experience', 'Describe the essential skill or experience:'),
 (DOS1, 'Nice-to-have skills and experience', 'These skills and experience would be nice for suppliers to have, but are not essential to do the work you need.'),
 (DOS3, 'Technical questions', 'Technical questions are used to determine whether the supplier has the necessary skills and experience to complete the work you require, as well as to demonstrate that they understand your project.'),
 (DOS1, DOS_ASSESS, 'A presentation can help you understand a supplier’s approach to delivering work, for example, a practical demonstration of a prototype or discovery kick-off meeting.'),
 (DOS1, DOS_ASSESS, 'An interview can help you assess whether a supplier has the necessary skills to work on your project.'),
 (DOS1, DOS_ASSESS, 'A case study is a good way to see, in detail, the work suppliers have done before.'),
 (DOS1, DOS_ASSESS, 'A work history lists the previous work a supplier has done.'),
 (DOS1, 'Security and vetting requirements', 'Select the required level(s) of security clearance for all supplier team members.'),
 (DOS1, 'Where the supplied staff will work', 'Select the locations where you would expect the supplied staff to work.'),
 (DOS1, 'Working arrangements', 'Describe how you want to work with the supplier’s staff.'),
 (DOS3, 'Assisted digital and accessibility requirements', 'Describe any assisted digital, digital inclusion and accessibility needs participants might have, such as users who rely on a screen reader, magnifier, mouth stick or head wand.'),
 (DOS3, 'Access restrictions at location', 'Describe any access restrictions at the research location that may affect participants, such as a lack of wheelchair access.'),
 (DOS3, 'Description of your participants', 'be from a particular demographic, such as women under 30 years of age'),
 (DOS3, 'Description of your participants', 'have a specific level of digital skills or use of digital technology, such as users who have basic online skills'),
 (DOS3, DOS_W, 'Availability is whether the supplier can recruit user research participants when you need them.'),
 # buyer UI
 (UI_LOT, 'Evaluate supplier responses on:', 'how they meet your essential and nice-to-have requirements'),
 (UI_LOT, 'Evaluate supplier responses on:', 'location, facilities and accessibility'),
 (UI_LOT, 'You can exclude suppliers that:', 'do not have a studio available when you need it'),
 (UI_GC, 'Separation between users', 'How shared infrastructure is kept separate'),
 # Crown Marketplace FM
 (FM32S, 'Maintenance Services', 'Environmental cleaning service to ensure compliance with all statutory requirements'),
 (FM32S, 'Maintenance Services', 'Re-lamping service within the buyers premise, achieving the greatest possible reduction in replacement frequency and cost'),
 (FM32, A4_2, 'Operational structure including key roles, Personnel and resource proposals;'),
 (FM32, A4_2, 'Quality policy / quality statement;'),
 (FM32, A4_2, 'Complaints management processes;'),
 (FM32, A9_12, 'Achievement against KPI agreements;'),
 (FM32, A9_12, 'Reasons for failure to meet any KPI agreements;'),
 (FM32, A9_12, 'Levels of statutory compliance;'),
 (FM32, A9_12, 'Progress / status of work Orders;'),
 (FM32, A13, 'The Supplier shall attract, recruit and retain staff to deliver the required Services and any future expansion of the required Services.'),
 (FM32, A13_TRAIN, 'First Aid and accident reporting;'),
 (FM32, A13_TRAIN, 'Fraud and bribery awareness;'),
 (FM32, A13, 'Any Supplier Staff who are employed in areas where they may have contact with children or vulnerable adults must be in receipt of an enhanced level disclosure or barring check in accordance with current legislation and guidance.'),
 (FM32, 'The Supplier shall:', 'Ensure Supplier Staff are security cleared to SC level unless the Buyer specifies otherwise in the Call-Off Procedure.'),
 (FM32, EEP, 'Cost-effective over the lifecycle of those products;'),
 (FM78, PPN, "Procurement Policy Note (PPN) 018 How to take account of a supplier's approach to payment in the procurement of major contracts; and"),
]


def main():
    batch = Batch('ccs-cas.jsonl')
    rows = [(s, th, sec, section, text, *x) for s, th, sec, section, text, *x in SV]
    rows += [(s, None, [], section, text, *x) for s, section, text, *x in NEG]
    for src, theme, sec, section, text, *x in rows:
        area = 'fm' if 'crown-marketplace' in src else 'cas'
        fam = f'ccs-{area}-' + ('neg' if theme is None else 'sv')
        batch.emit_numbered('ccs21', area, text, section=section, source=src, group=GROUP[src], family=fam,
                            licence=ccs_licence(src), theme=theme, secondary=sec, jurisdiction='uk',
                            extra=x[0] if x else None)
    print(f'{batch.counts[True]} social value, {batch.counts[False]} not', file=sys.stderr)


main()
