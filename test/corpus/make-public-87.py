"""Write /work/batches/public-texts-87.jsonl: batch 95, EDUCATION BUYERS as a supplier meets them: academy trusts and
multi-academy trusts, universities' catering and facilities tenders, local authority school meals contracts and
frameworks, a further education consortium's framework and the Department for Education's own notices and framework
finder, from sources the corpus did not yet hold: the sustainability, fair pay, local sourcing and social value asks and
weightings, with hard negatives from the same documents (allergens and food standards as compliance, uptake, mobilisation
and TUPE, menus, pricing, procedure text, ICT service requirements, what is bought, the institution's own operations).

Sources: Find a Tender notices of St Christopher's Multi Academy Trust (outsourced catering, 2026), Southwark Council's
school food service framework (and bidatlas.co.uk's copy of its award notice), Ivy Education Trust (catering), Scholars' Education Trust (cleaning) and Cwmbran High
School (catering); copies of notices on bidstats.uk (HEART Academies Trust's catering products contract and catering
framework), bidatlas.co.uk (Victoria Academies Trust cleaning), the lambda-url listing site (Loxford Trust cleaning) and
d3tenders.com (Equals Trust ICT managed services; Avanti Schools Trust's curriculum and non-curriculum framework);
Contracts Finder notices of Brighton & Hove City Council's school meals contract (2018) and the Department for
Education's primary careers programme; submitly.ai's copy of a Find a Tender notice on food procurement in education
settings; the University of Bristol's page on sustainability in its catering tenders; the University of Sussex's news on
its catering tenders of 2012 and 2023 (Broadcast, staff, sustainability and student news) and Contract Catering magazine's
reports of the tender and the renewed contract;
the University of Roehampton's and the University of Brighton's catering procurement pages; the University of
Greenwich's update on the Real Living Wage in its facilities contract; UNISON's report of City University London's living
wage stipulation; Southwark Council's school meals grant conditions and its news item on the school food framework;
Brighton & Hove City Council's Good Food Standards for catering contracts; the Crescent Purchasing Consortium's news on
social value in its janitorial framework; the DfE framework finder's catering recommendation; and the Vale of Glamorgan
Council's report on its mainstream school transport tender.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and letters
dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus
are left out (named on stderr). Crown copyright pages and notice data (find-tender, contractsfinder, the DfE framework
finder) are OGL v3; the notice copies carry their notice-data licences; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-87.py > /work/batches/public-texts-87.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, W, ocid_group

# Find a Tender notices (OGL)
STC = 'https://www.find-tender.service.gov.uk/Notice/009240-2026'
SWF = 'https://www.find-tender.service.gov.uk/Notice/003993-2025?origin=SearchResults&p=709'
SWB = 'https://bidatlas.co.uk/tenders/051388-2025'
IVY = 'https://www.find-tender.service.gov.uk/Notice/060724-2025?origin=SearchResults&p=372'
SCH = 'https://www.find-tender.service.gov.uk/Notice/069951-2025'
CWM = 'https://www.find-tender.service.gov.uk/Notice/002043-2024'
# notice copies
HPR = 'https://bidstats.uk/tenders/2024/W14/819987080'
HFW = 'https://beta.bidstats.uk/tenders/2025/W08/841155739'
VAT = 'https://bidatlas.co.uk/tenders/042976-2025'
LOX = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/060457-2025'
EQT = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-066b28'
AVA = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-069ddb&search=d3t'
SUB = 'https://app.submitly.ai/contracts/view/find_tender/012002-2024'
# Contracts Finder notices (OGL)
BCF = 'https://www.contractsfinder.service.gov.uk/Notice/0803fcbf-5b00-4cf2-8800-2fc2fd346cd8'
DCF = 'https://www.contractsfinder.service.gov.uk/Notice/800e2001-bd4f-4357-9685-aad5542fa304'
# universities
BRI = 'https://www.bristol.ac.uk/green/policy-compliance/food/'
SXS = 'https://staff.sussex.ac.uk/news/article/61277-future-of-campus-catering-preferred-bidder-announced'
SXN = 'https://sussex.ac.uk:443/about/sustainable-university/news-and-events/news?id=60137&page=7'
CCM = ('https://contractcateringmagazine.co.uk/story.php?s=2023-02-23-companies-invited-to-bid-for-uni-of-sussex-'
       'contract&c=')
CCR = 'https://contractcateringmagazine.co.uk/story.php?s=2023-11-13-university-of-sussex-renews-chartwells-contract'
SXB = 'http://www.sussex.ac.uk/broadcast/read/20009'
SXM = 'https://student.sussex.ac.uk/experience/magazine/all?id=62636&page=3'
ROE = 'https://www.roehampton.ac.uk/environment/sustainable-food-and-ethical-purchasing/'
EBR = 'https://eat.brighton.ac.uk/Ethics/policies'
GRE = 'https://www.gre.ac.uk/articles/public-relations/real-living-wage-update'
UNI = 'https://www.unison.org.uk/news/article/2014/04/city-university-london-takes-leap-forward-on-living-wage/'
# councils, consortium, DfE framework finder
SWG = ('https://education.southwark.gov.uk/southwark-school-meals-transformation/southwark-school-meals-transformation-'
       'programme?chapter=6')
SWN = ('https://southwark.gov.uk/news/2024/jun/southwark-s-school-children-set-for-higher-quality-food-under-new-4m-'
       'framework?displaypref=large-contrast')
BGF = 'https://www.brighton-hove.gov.uk/business-and-trade/contracts-and-tenders/brighton-hove-city-council-good-food-standards'
CPC = 'https://www.thecpc.ac.uk/news/article.php?articleID=1056'
GHB = 'https://find-dfe-approved-framework.service.gov.uk/list/outsourced-catering'
VTR = ('http://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/cabinet/'
       '2015/15-07-13/Mainstream-School-Transport--Results-of-Tendering-Exercise-and-Award-of-Contracts-2015-2016.aspx')

# One notice, one group, whichever copy it was read from (the ocid the notice page or the copy names; a Contracts
# Finder or Find a Tender id where the copy read names none).
OCID = {
    STC: 'ocds:ocds-h6vhtk-0614e0', SWF: 'ocds:ocds-h6vhtk-04cfca', SWB: 'ocds:ocds-h6vhtk-04cfca', IVY: 'ocds:ocds-h6vhtk-05a48c',
    SCH: 'ocds:ocds-h6vhtk-05d79d', CWM: 'ocds:ocds-h6vhtk-042ecd',
    HPR: 'ocds:ocds-b5fd17-5adcd733-75f6-405b-8b2f-f67574a1a133',
    HFW: 'ocds:ocds-b5fd17-f6af6b6e-e977-4c8e-abda-4f926425706e',
    VAT: 'fts:042976-2025', LOX: 'fts:060457-2025', SUB: 'fts:012002-2024',
    BCF: 'cf:0803fcbf-5b00-4cf2-8800-2fc2fd346cd8', DCF: 'cf:800e2001-bd4f-4357-9685-aad5542fa304',
}

STC_S = 'Provision of Outsourced Catering Service (St Christopher\u2019s Multi Academy Trust): Scope: Description: The Contractor shall:'
SWF_S = ('Southwark Council \u2013 Framework for nursery, primary and secondary school food service Case Reference 002747: '
         'Short description')
SWF_A = SWF_S + ': The aims of the framework include:'
IVY_S = 'Ivy Education Trust Provision of Catering Services'
SCH_S = 'Cleaning Services Contract for Scholars\u2019 Education Trust'
CWM_S = 'Cwmbran High School ~ Catering Tender: Description of the procurement'
HPR_S = ('Provision of Professional Procurement of Catering Products at HEART Academies Trust: 2. CATERING STRATEGY: '
         'The appointed Supplier shall work with the Trust to:')
HFW_S = 'Framework for the Provision of Food and Outsourced Catering Services (HEART Academies Trust)'
VAT_S = 'CLEANING TENDER (TRUST WIDE CONTRACT) (Victoria Academies Trust)'
LOX_S = 'Loxford School Trust - Building Cleaning Services: Lot 1 \u2013 Redbridge'
EQT_S = ('Provision of ICT Managed Services (Equals Trust): Notice Description: The proposed contract will encompass '
         'delivering the following services to the Trust which:')
AVA_S = 'Curriculum and Non-Curriculum Services (Avanti Schools Trust): Scope of Services'
SUB_S = ('Food procurement in education settings (Find a Tender 012002-2024): We are scoping out the potential for '
         'delivery against the following set of objectives')
BCF_S = 'School meals (Brighton & Hove City Council, BHCC - 016493): Description'
DCF_S = 'Careers programme for primary schools (Department for Education): Description'
BRI_S = 'Sustainable Food (University of Bristol): Que 3 - Do catering contracts include sustainability - Yes they do.'
SXS_S = ('Future of campus catering: preferred bidder announced (University of Sussex): Our new process involved the '
         'following steps to assess the bids:')
SXN_S = 'The future of campus catering: community views included in tender process (University of Sussex)'
CCM_S = 'Companies invited to bid for Uni of Sussex contract'
CCR_S = 'University of Sussex renews Chartwells contract'
SXB_S = ('Chartwells to provide catering services for Sussex (University of Sussex, Broadcast): The agreement will see the '
         'University and Chartwells working together to deliver an improved food and dining experience for the whole of '
         'the University of Sussex community, with additional investment and benefits such as:')
SXM_S = 'Food at Sussex: why people and planet come first: Sustainable catering'
ROE_S = 'Sustainable food and ethical purchasing (University of Roehampton)'
EBR_S = 'Policies (University of Brighton Hospitality Services): We currently do and will continue to achieve:'
GRE_S = 'An update on our commitment to the Real Living Wage (University of Greenwich)'
UNI_S = 'City University London takes leap forward on living wage'
SWG_S = 'Southwark School Meals Transformation Programme: School Meals Grant Conditions'
SWG_N = SWG_S + ': Nursery schools: Free Healthy Nursery Meals Conditions of Grant'
SWG_P = SWG_S + ': Primary schools'
SWN_S = ('Southwark\u2019s school children set for higher quality food under new \u00a34m framework: '
         'The new framework will:')
BGF_S = 'Brighton & Hove City Council Good Food Standards'
BGF_2 = BGF_S + ': 2. About the Brighton & Hove City Council Food Standards'
BGF_3 = BGF_S + ': 3. Applying the Brighton & Hove City Council Food Standards'
CPC_S = 'Social value (Crescent Purchasing Consortium news, 10 February 2020)'
GHB_S = 'Catering services: We think you should use the Eastern Shires Purchasing Organisation (ESPO) framework.'
VTR_S = 'Mainstream School Transport: Results of Tendering Exercise and Award of Contracts 2015-2016'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # University of Bristol: the questions its catering tender asked
 (BRI, 'edu-university', U, CL, ['equal-opportunity'], BRI_S + ': ITT report: Q8.3 asks the bidder to', 'Please demonstrate, with examples where appropriate how you will comply with the University\u2019s Ethical and Sustainability policy (attached at Appendix 3).'),
 (BRI, 'edu-university', U, CL, [], BRI_S + ': ITT report: Q9.2 asks', 'What processes or actions has your company initiated in relation to energy saving and management of waste streams?'),
 (BRI, 'edu-university', U, CL, [], BRI_S + ': ITT report: Page 15, item D2.3', '(There is a 20% weighting on compliance with sustainability standards).', {'weighting_percent': 20}),
 # University of Sussex: the catering tender
 (SXS, 'edu-university', U, EO, ['climate'], SXS_S, 'Submissions were then scrutinised to ensure they satisfied our strict criteria on the Real Living Wage, as well as net zero carbon and waste recycling and reduction targets, plus equality, diversity and inclusion policies and training for staff; any bidder that failed any of these minimum requirements was not progressed for further evaluation.'),
 (SXN, 'edu-university', U, MU, [], SXN_S, 'With the support of our students and staff, the University has developed a values-based, ethical procurement process that will drive the choice of partners, alongside considerations of value for money, quality, and efficiency.'),
 (CCM, 'edu-university', U, MU, [], CCM_S, 'In a first for the University, a values-based, ethical procurement process will drive the choice of partners, alongside considerations of value for money, quality and efficiency.'),
 (CCM, 'edu-university', U, EO, [], CCM_S, 'We will continue to ensure that our partners pay the Real Living Wage to all staff working on our campus, in accordance with our own recent accreditation as a Real Living Wage employer.'),
 (CCR, 'edu-university', U, EO, [], CCR_S, 'These staff members will now receive the same annual leave allowance and level of pension as University of Sussex staff on similar gradings.'),
 (SXM, 'edu-university', U, CL, [], SXM_S, 'Our new catering contract also has sustainability at its heart, putting people and planet ahead of profit.'),
 (SXM, 'edu-university', U, CL, [], SXM_S + ': Here are just some of the sustainable steps being taken:', 'Hiring a Sustainability Manager dedicated to ensuring goals are met'),
 (SXM, 'edu-university', U, CL, [], SXM_S + ': Here are just some of the sustainable steps being taken:', 'Switching to 100% reusable, recyclable or fibre-based compostable packaging by the end of this year'),
 (SXM, 'edu-university', U, CL, [], SXM_S + ': Here are just some of the sustainable steps being taken:', 'Charging a 20p premium for single-use cups for hot drinks to encourage people to bring reusable cups'),
 (SXM, 'edu-university', U, EI, [], SXM_S + ': Here are just some of the sustainable steps being taken:', 'Working with local suppliers Blakes Meats, Brighton and Newhaven Fish Sales, and Munneries for fresh produce'),
 # University of Sussex: the 2013 catering partnership
 (SXB, 'edu-university', U, EI, ['equal-opportunity'], SXB_S, 'A greater variety of food and choices across caf\u00e9s, which will have distinctive offerings, and a commitment to using produce from local suppliers as well as Fairtrade ingredients.'),
 (SXB, 'edu-university', U, EI, [], SXB_S, 'Improved training and development opportunities for staff working in catering and conference services.'),
 (SXB, 'edu-university', U, CL, [], SXB_S, 'Extensive experience, systems and processes that help to deliver a sustainable operation, supporting the University\u2019s goals for carbon reduction and environmental sustainability.'),
 (SXB, 'edu-university', U, EI, [], SXB_S, 'Job opportunities on campus for Sussex students, plus work-placement opportunities for Sussex students in the company.'),
 # University of Roehampton; University of Brighton
 (ROE, 'edu-university', U, CL, [], ROE_S, 'In order to ensure that the sustainability of food on campus is considered, sustainable food standards are outlined during catering contract negotiations and also throughout tender processes.'),
 (ROE, 'edu-university', U, CL, [], ROE_S, 'Sustainability is one of the key considerations upon awarding new contracts which helps to allow sustainable food to be within the University\u2019s considerations.'),
 (EBR, 'edu-university', U, CL, [], EBR_S + ': Procurement', 'We commit to the integration of our Sustainable Food policy requirements in contracts and tender documents when contracts expire or a new tender process begins.'),
 # University of Greenwich; City University London
 (GRE, 'edu-university', U, EO, [], GRE_S, 'Under the new contractual arrangement all individuals will be paid the Real Living Wage and will receive the same occupational sick pay and holiday entitlement at an equivalent level as a directly employed member of university staff.'),
 (GRE, 'edu-university', U, EO, [], GRE_S, 'In parallel to this the university has been working closely with our catering provider to agree that the teams they employ in our campus cafes will receive these same pay and conditions.'),
 (GRE, 'edu-university', U, EI, [], GRE_S, 'It will deliver transformational student-focused services and includes a requirement to provide enhanced training and employment opportunities for our students.'),
 (UNI, 'edu-university', U, EO, [], UNI_S, 'City University London has announced that any future contract renewals or outsourcing of workers to private companies will have minimum pay rates that will reflect at least the London living wage.'),
 (UNI, 'edu-university', U, EO, [], UNI_S, 'I have listened very carefully to these comments and I decided that, on renewal of third-party contracts, we will stipulate minimum pay rates at the London living wage.'),
 # academy trusts' catering notices
 (STC, 'edu-notice', U, MU, [], STC_S, 'promote environmental and social sustainability in all aspects of the school meals provision.'),
 (HPR, 'edu-notice', U, CL, [], HPR_S, "Adopt procurement and operational practices that support the Trust's vision of improving climate and sustainability outcomes."),
 (HFW, 'edu-notice', U, MU, [], HFW_S + ': Other Information', 'Evaluation Weighting: Commercial: 30.0% Quality: 50.0% Social: 20.0%', {'weighting_percent': 20}),
 # Southwark Council: school food framework notice, grant conditions, news
 (SWF, 'edu-council', U, EI, ['equal-opportunity'], SWF_A, 'Enhancing social value through job creation for local people, payment of London Living Wage (LLW) and supporting the local economy'),
 (SWF, 'edu-council', U, MU, [], SWF_A, 'Realising the opportunities for meeting the Council\u2019s social value, food security, environmental sustainability and climate emergency agenda.'),
 (SWG, 'edu-council', U, EO, [], SWG_N, 'For nurseries and schools currently using a third party catering provider, the provider must be instructed to pay the London Living Wage to all employees working on the contract at the earliest opportunity allowed by the contractual terms and conditions.'),
 (SWN, 'edu-council', U, EO, [], SWN_S, 'raise wages and morale in school kitchens'),
 (SWN, 'edu-council', U, EI, [], SWN_S, 'improve access to locally-sourced produce and services from smaller businesses and community organisations.'),
 # Brighton & Hove: school meals notice (2018) and Good Food Standards for catering contracts
 (BCF, 'edu-council', U, CL, [], BCF_S, 'The Council will require that contractors demonstrate a commitment to sustainability issues.'),
 (BCF, 'edu-council', U, CL, ['economic-inequality'], BCF_S, 'Food supplied should be healthy and produced in ways that respect the environment, animals and people, and prioritise local, seasonal produce where available, appropriate and affordable.'),
 (BGF, 'edu-council', U, CL, ['wellbeing'], BGF_2, 'Food Suppliers and caterers securing contracts with the council must be able to demonstrate they meet The Standards.'),
 (BGF, 'edu-council', U, CL, ['equal-opportunity'], BGF_2 + ': The Standards:', 'require a proportion of ingredients to be from environmentally friendly and ethical systems, for example, Fair Trade.'),
 (BGF, 'edu-council', U, EI, ['climate'], BGF_2 + ': The Standards:', 'award caterers points for sourcing local produce, produce from the local region and from the UK.'),
 (BGF, 'edu-council', U, CL, ['wellbeing'], BGF_3, 'Catering contracts (including concessions) with a total contract value of \u00a375,000 or above shall be accredited with Soil Association Food for Life Served Here at minimum of Silver.'),
 # Crescent Purchasing Consortium (FE and schools): janitorial framework
 (CPC, 'edu-consortium', U, MU, [], CPC_S, 'The upcoming Janitorial and Cleaning Supplies framework has social, economic and environmental aspects as well as sustainability and ethical supply built in as part of the specification.'),
 (CPC, 'edu-consortium', U, MU, [], CPC_S, 'The tender included a specific scored question on this subject to drive change and improvement in the supply chain.'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # University of Bristol; University of Sussex
 (BRI, 'edu-university', U, BRI_S + ': ITT report: Page 15, item D2.3 states', 'All catering is to be supplied in accordance with the University\u2019s hospitality policies already supplied with the PQQ.'),
 (BRI, 'edu-university', U, BRI_S + ': ITT report: Page 15, item D2.3', 'This is not an explicit question asking for bidders to confirm compliance, but a statement that we expect any catering to comply with the policy.'),
 (SXS, 'edu-university', U, SXS_S, 'First, we had to be satisfied that any potential supplier met minimum standards (including financial integrity and appropriate insurance and health and safety records) and statutory requirements.'),
 (SXS, 'edu-university', U, SXS_S, 'Finally, the commercial evaluation focussed on bidders\u2019 costing of the service to allow us to evaluate bids to ensure that, as well as delivering high quality, ethical and sustainable services, they were also financially viable and represented value for money.'),
 (SXS, 'edu-university', U, SXS_S, 'Further evaluation focussed on the bidders\u2019 technical proposals: how they would deliver the service, work in partnership with the University and, crucially, how they would provide excellent food and drinks for students and staff that offer choice, quality, and value for money.'),
 (SXN, 'edu-university', U, SXN_S, 'Following an extensive consultation with the campus community, the University has this week launched a competitive tender process to identify those who will partner with us to deliver catering services on campus from August 2023.'),
 (CCM, 'edu-university', U, CCM_S, 'The current catering contract ends in August 2023 and the University is seeking a long-term partner, or partners, for food and drinks.'),
 (CCM, 'edu-university', U, CCM_S, 'This will include sit-down meals and snacks at its eight caf\u00e9s and eateries, as well as mobile street food vans and coffee carts, alongside summer school catering and hospitality for conferences and events.'),
 (CCR, 'edu-university', U, CCR_S, 'After a competitive procurement process, the incumbent provider won a new 10-year contract under a cost-plus model, which will see any profits ploughed back into the service.'),
 (SXB, 'edu-university', U, SXB_S, 'Substantial investment in campus cafes with Chartwells committing to a long-term capital investment programme.'),
 (SXB, 'edu-university', U, SXB_S, 'Returning a financial surplus to Sussex as the new partner better meets the needs of growing numbers on campus, compared to the continued year-on-year deficit in current catering of \u00a3500-600k'),
 (SXB, 'edu-university', U, 'Chartwells to provide catering services for Sussex (University of Sussex, Broadcast)', 'The new partner is expected to take up full operational responsibility on campus from 1 September 2013.'),
 # Roehampton, Brighton: the universities' own operations
 (ROE, 'edu-university', U, ROE_S + ': The University helps to encourage sustainable and ethically sourced food and drink by:', 'Providing drinking water for all staff, students and visitors'),
 (EBR, 'edu-university', U, EBR_S + ': Water for meetings, functions and events', 'We provide filtered bottled mains water for all functions, meetings and events.'),
 # Greenwich, City University London
 (GRE, 'edu-university', U, GRE_S, 'We have completed the tender process and have identified our preferred supplier, and are currently in the required legal "standstill period" which ends in the middle of January.'),
 (GRE, 'edu-university', U, GRE_S, 'The additional investment by the university for these changes has been made possible by the improved commercial terms secured in the IFM contract.'),
 (UNI, 'edu-university', U, UNI_S, 'Two City University contracts for catering and cleaning services are due for renewal in August 2014.'),
 # St Christopher's MAT: the rest of what the caterer shall do
 (STC, 'edu-notice', U, STC_S, 'operate a standard approach across schools, delivering an exemplary quality of service with a continuous drive in relation to uptake and participation, which ensures UIFSM and FSM reaches and stays >95%, offering innovative solutions and ideas.'),
 (STC, 'edu-notice', U, STC_S, 'have appropriate processes and procedures in place for individuals with food allergens, medical and dietary requirements, religious cultural and SEND dietary requirements'),
 (STC, 'edu-notice', U, STC_S, 'operate the contract in line with School Food Standards, British, International and EU standards & legislation, working with the Trust in compiling a nutritious and healthy menu offer.'),
 (STC, 'edu-notice', U, STC_S, 'implement a robust mobilisation plan for the contract that will demonstrate partnership working, is seamless and demonstrates due regard for risk with appropriate mitigation measures, including the responsibility for TUPE of existing staff.'),
 (STC, 'edu-notice', U, STC_S, 'demonstrate a centralised contract management approach, including a robust complaints management policy that offers transparency and visibility of management information, KPI and financial performance.'),
 # HEART Academies Trust
 (HPR, 'edu-notice', U, HPR_S, 'Ensure that every pupil/student attending a Trust school has daily access to healthy and nutritious food.'),
 (HPR, 'edu-notice', U, HPR_S, 'Increase the uptake of Free School Meals across the Trust.'),
 (HPR, 'edu-notice', U, HPR_S, 'Ensure robust quality assurance measures are in place for continued compliance and safe service delivery.'),
 (HPR, 'edu-notice', U, HPR_S, 'Demonstrate high levels of customer satisfaction measured by performance against Section 9 Catering Service Level Agreement KPIs and parent/student customer satisfaction survey results.'),
 (HFW, 'edu-notice', U, HFW_S + ': Description', 'Value Match and HEART are looking to source a single Supplier per Lot to service a Catering Framework with a focus on providing meals with high nutritional value that are accessible and appealing to students.'),
 (HFW, 'edu-notice', U, HFW_S + ': Description', 'Meals with high nutritional value will enable students to focus and learn, this is particularly important as for some children, the school lunch may be the only meal, or the only healthy meal, of the day.'),
 # Southwark
 (SWF, 'edu-council', U, SWF_A, 'Continued improvement of nutritional quality and consistency of school meals across Southwark'),
 (SWB, 'edu-council', U, SWF_S.replace('Short description', 'Description'), 'Currently, most primary school outsourced contracts are for a single school, rather than a group, each with different contract terms.'),
 (SWG, 'edu-council', U, SWG_N, 'All nursery meals and snacks provided must meet the requirements of the Eat Better, Start Better guidance.'),
 (SWG, 'edu-council', U, SWG_P, 'Schools to submit take-up rates for Key Stage 2 twice a year (at the same time as reporting Key Stage 1 for census day).'),
 (SWG, 'edu-council', U, SWG_P, 'All school lunches provided must meet the requirements of the National School Food Standards.'),
 (SWN, 'edu-council', U, SWN_S, 'simplify schools\u2019 route to markets and suppliers'),
 (SWN, 'edu-council', U, SWN_S, 'reduce the administrative burden on schools when going out to tender for food services'),
 # Brighton & Hove
 (BCF, 'edu-council', U, BCF_S, "The Council wish to procure a contract with a provider with the prime objective of providing school meals throughout the City's schools, the contract should improve value for money for schools and parents, whilst providing good quality healthy meals for children which as a minimum meet the standards within Schedule 1 - Service Specification."),
 (BGF, 'edu-council', U, BGF_2, 'They supersede the Brighton & Hove City Council Minimum Buying Standards for Catering Contracts which were formally adopted in 2014.'),
 (BGF, 'edu-council', U, BGF_S + ': 1. Introduction', 'In November 2020, Brighton & Hove became the first UK location to receive the prestigious Gold Sustainable Food Place Award recognising pioneering work around good food.'),
 # DfE: food procurement programme bought; primary careers programme bought; framework finder
 (SUB, 'edu-dfe', U, SUB_S, 'Reducing food waste in schools'),
 (SUB, 'edu-dfe', U, SUB_S, 'Support education settings in beginning their journey to meeting the Government Buying Standards for Food and Catering Services without mandating them in education settings'),
 (DCF, 'edu-dfe', U, DCF_S, 'The recent schools white paper Opportunity for all announced the introduction of a careers programme for primary schools in areas of disadvantage.'),
 (DCF, 'edu-dfe', U, DCF_S, 'Evidence suggests that Children begin to understand the world, and their roles within it, from a young age and career-related learning in primary schools can support children to start exploring the world of work and challenge stereotypes.'),
 (GHB, 'edu-dfe', U, GHB_S + ': What it offers', 'service providers can provide assistance with reducing costs, marketing, and maximising the meal uptake'),
 # other trusts' notices: catering, cleaning, ICT, framework lots
 (IVY, 'edu-notice', U, IVY_S + ': Scope: Description', 'Tenderers are able to bid for one or both Lots and the Trust will award to either Lot 1 or Lot 2.'),
 (SCH, 'edu-notice', U, SCH_S + ': Award criteria: Cost (60%)', 'The overall cost of cleaning will be measured through the completion of the tender documentation.', {'weighting_percent': 60}),
 (VAT, 'edu-notice', U, VAT_S + ': Description', "The successful contractor will be required to supply a fully managed cleaning solution that meets the Trust's specification and standards, including TUPE obligations, safeguarding requirements, and adherence to relevant health and safety legislation."),
 (VAT, 'edu-notice', U, VAT_S + ': Description', 'The service must be delivered outside of school hours (unless otherwise stated) and reflect site-specific access and layout needs.'),
 (LOX, 'edu-notice', U, LOX_S, 'Lot 1 Award Criterion (quality): Crisis Management (5%)', {'weighting_percent': 5}),
 (EQT, 'edu-notice', U, EQT_S, 'provides transparent all-inclusive pricing which allows accurate budgeting over the term of the Contract.'),
 (EQT, 'edu-notice', U, EQT_S, "provides a single point of contact for all of the Trust's IT requirements and management of third-party providers."),
 (AVA, 'edu-notice', U, AVA_S + ': Lot 3 IT Support and Related Services', 'Provision of IT support, managed services, consultancy, infrastructure support, technical advice and project delivery.'),
 (CWM, 'edu-notice', W, CWM_S, 'The school has 1126 students on roll, of which roughly 31% are entitled to Free School meals.'),
 (CWM, 'edu-notice', W, CWM_S, 'The current provision includes one lunch service, one mid-morning break and one morning breakfast service.'),
 # Vale of Glamorgan: school transport tender
 (VTR, 'edu-council', W, VTR_S + ': Relevant Issues and Options', 'In terms of quality the 30% is made up as follows: 50% vehicle age and 50% company performance.'),
 (VTR, 'edu-council', W, VTR_S + ': Sustainability and Climate Change Implications', 'Bus provision assists in sustainability and helps to reduce car use for the journey to school and helps to reduce traffic congestion, particularly at the school gate.'),
]

OGL_HOSTS = ('find-tender.service.gov.uk', 'contractsfinder.service.gov.uk', 'find-dfe-approved-framework.service.gov.uk')
batch = Batch('public-texts-87.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); a notice is one group with all its copies.
    return OCID.get(src) or ocid_group(src) or src


batch.emit_lists('pub87', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
