"""Write /work/batches/public-texts-60.jsonl: batch 60, texts shaped like what a supplier meets in a tender portal or a
buyer's supplier pages: award and quality questions, method-statement asks, evaluation headings with their weightings,
pre-contract notice statements, supplier standards and the social value weighting a council applies, with hard
negatives from the same question sets and pages (resourcing, vehicles and plant, management structure, service quality
monitoring, risk assessments and health and safety method statements, vetting, the waste or recycling service or award
assessment bought, procurement procedure and thresholds, exclusion grounds and legal compliance, holding ISO 14001,
having equal opportunities policies, text about a toolkit or guide itself, a council's own internal carbon plans).

Sources (new to the corpus unless noted): the Scottish Government's Sustainable Procurement Tools guidance (worker
conditions: award criteria and the annex of example clauses; health and wellbeing: specification development; health
and safety: overview), the Scottish Government's Catering for change (pages 5 and 6), Waverley Borough Council's
evaluation model for its Waste Management Services Contract (Executive, 19 April 2005, Annexe 1), Wirral Borough
Council's tender evaluation model for waste collection, recycling and street cleansing (Gordon Mackie Associates, 2006;
docest.com copy), the joint universities' PQQ for waste management (LU00419; docsbay.net copy), Suffolk Constabulary's
supplier PQQ template (docest.com copy), West Lancashire's tender assessment criteria, Oxford City Council's standard
requirements for suppliers (current page and earlier version) and its news item on doubling the social value
weighting, Cornwall Council's responsible procurement page (a later copy of a page the corpus holds; same group), its
guide for potential suppliers (docest.com copy) and 2015 responsible procurement policy (studylib.net copy), North
Northamptonshire's Carbon Management Plan (procurement), Delivering social benefits through public procurement: A
Toolkit (2010; vdocuments.site copy), the Find a Tender planned procurement notice for King's Awards assessors (DBT),
the Senedd Commission's how-to-bid page, East Lothian's contract award criteria page, South Ribble's tender evaluation,
procurement policy and tenders pages, and Cherwell's sustainable procurement objectives (Eco Bicester).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets, numbering and
quotation marks around example questions dropped. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). sustainableprocurementtools.scot, gov.scot and Find a Tender are Crown
copyright (OGL v3); the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-60.py > /work/batches/public-texts-60.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, S, W, N


SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
WCA = SPT + 'fairly-and-ethically-traded/worker-conditions/award/'
WCX = SPT + 'fairly-and-ethically-traded/worker-conditions/annex-example-procurement-clauses-and-kpis'
PMH = SPT + 'health-and-wellbeing/physical-and-mental-health/specification-development'
HSO = SPT + 'health-and-safety/health-and-safety/overview/'
WAV = ('http://waverweb.waverley.gov.uk/live/wbc/newComdb.nsf/f0688ddc4711c8578025761c004fe22b/'
       'a91637f3119e830a802575ae00364ce2?OpenDocument')
WIR = 'https://docest.com/report-release-sheet'
LUW = 'https://docsbay.net/doc/640074/ip-telephony-pqq'
SUF = 'https://docest.com/restricted-contracts-when-completed'
WLA = 'https://www.westlancs.gov.uk/business/business-services/tenders-and-contracts/tender-assessment-criteria.aspx'
OXN = 'https://www.oxford.gov.uk/suppliers-guide/standard-requirements-suppliers'
OXO = 'https://www.oxford.gov.uk/info/20174/suppliers_guide/642/standard_requirements_for_suppliers'
OXW = 'https://www.oxford.gov.uk/news/article/2313/new_plan_to_increase_number_of_ethical_suppliers_to_the_council_agreed'
CWT = 'https://test2.cornwall.gov.uk/business-trading-and-licences/commercial-services/responsible-procurement'
CWH = 'https://www.cornwall.gov.uk/business/commercial-services-and-selling-to-the-council/responsible-procurement/'
CWG = 'https://docest.com/doc/58864/environmental-sustainability-carbon-management-3'
CWP = 'https://studylib.net/doc/9707551/6.-communicating--monitoring-and-reporting'
NNC = 'https://www.northnorthants.gov.uk/climate/carbon-management-plan/procurement-and-supply-chains'
DSB = 'https://vdocuments.site/delivering-social-benefits-through-public-social-benefits-through-public-procurement.html'
KAF = 'https://www.find-tender.service.gov.uk/Notice/018172-2026?origin=SearchResults&p=1'
SEN = 'https://research.senedd.wales/commission/our-procurement-values/how-to-bid-for-a-welsh-parliament-contract'
ELO = 'https://www.eastlothian.gov.uk/info/210594/procurement/12000/quotations_and_tenders/6'
SRG = 'https://citizen.srib1-prd.gosshosted.com/article/1510/Tender-evaluation'
SRP = 'https://www.southribble.gov.uk/content/procurement-policy-and-strategy-0'
SRT = 'https://southribble.gov.uk/council-democracy/tenders-contracts'
CF5 = 'https://www.gov.scot/publications/catering-change-buying-food-sustainably-public-sector/pages/5/'
CF6 = 'https://gov.scot/publications/catering-change-buying-food-sustainably-public-sector/pages/6'
EBC = 'http://www.ecobicester.org.uk/cms/content/green-office-focus-purchasing'

SP = 'Sustainable Procurement Tools: '
WCA_S = SP + 'Fairly and ethically traded: Worker conditions: Award'
WCX_S = SP + 'Fairly and ethically traded: Worker conditions: Annex – Example procurement clauses and KPIs'
PMH_S = SP + 'Health and wellbeing: Physical and mental health: Specification development'
HSO_S = SP + 'Health and safety: Overview: Description of risk or opportunity'
WAV_S = 'Waste Management Services Contract: Annexe 1: Evaluation Model for Waste Management Services Contract'
WAV_Q = WAV_S + ': 2 Quality Evaluation: Quality criteria'
WIR_S = 'Wirral Borough Council: Tender Evaluation Model (waste collection, recycling and street cleansing services): 5. Method Statement Evaluation'
LUW_S = 'Pre-Qualification Questionnaire for Waste Management (LU00419): Part One – Summary'
SUF_S = 'Suffolk Constabulary: Supplier Pre-Qualification Questionnaire (PQQ): Part A – Background Information'
WLA_S = 'West Lancashire Borough Council: Tender assessment criteria: other aspects will also be evaluated. These can include:'
WLA_G = 'West Lancashire Borough Council: Tender assessment criteria: Goods/services offered'
WLA_C = 'West Lancashire Borough Council: Tender assessment criteria: Cost of acquisition'
OXN_S = 'Oxford City Council: Standard requirements for suppliers'
OXN_F = OXN_S + ': Focus on sustainability'
OXN_L = OXN_F + ': As a supplier, you should demonstrate a commitment to sustainability. This means:'
OXN_H = OXN_S + ': Health and safety matters'
OXO_S = 'Oxford City Council: Suppliers guide: Standard requirements for suppliers'
OXW_S = 'New plan to increase number of ‘ethical’ suppliers to the Council agreed (Oxford City Council)'
CW_S = 'Cornwall Council: Responsible Procurement'
CWG_S = 'Cornwall Council: Responsible Procurement guide for potential suppliers: Introduction'
CWP_S = 'Cornwall Council: Corporate Responsible Procurement and Commissioning Policy (2015): 1. Introduction'
NNC_S = 'North Northamptonshire Council: Carbon Management Plan 2022: Procurement and supply chains: Short term (1 to 2 years)'
DSB_S = 'Delivering social benefits through public procurement: A Toolkit (2010): 1. Introduction'
KAF_S = 'Assessors for King\'s Awards 2026-2029 (Department for Business & Trade): planned procurement notice: Scope: Description'
SEN_S = 'Senedd Commission: How to bid for a Welsh Parliament contract'
ELO_S = 'East Lothian Council: Quotations and tenders: Contract Award: Examples of evaluation criteria other than purchase price that the council may consider in a contract award decision are:'
SRG_S = 'South Ribble Borough Council: Guide for contractors and suppliers: Tender evaluation'
SRP_S = 'South Ribble Borough Council: Procurement policy and strategy'
SRT_S = 'South Ribble Borough Council: Tenders and contracts: A cooperative approach'
CF5_S = 'Catering for change: buying food sustainably in the public sector: Sustainable Food and the Procurement Process'
CF6_S = 'Catering for change: buying food sustainably in the public sector: Sustainable Food Procurement Checklist'
EBC_S = 'Green Office - focus on purchasing: Cherwell District Council currently has a sustainable procurement strategy in place to help achieve the following objectives:'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Sustainable Procurement Tools: worker conditions, award criteria
 (WCA, 'itt-model-question', S, EO, [], WCA_S, 'Below are some examples of wording that could be used as award criteria where there may be concerns over working conditions and labour standards in the supply chain.'),
 (WCA, 'itt-model-question', S, EO, [], WCA_S, 'The contractor must put in place processes that will ensure that labour standards are being maintained in line with ILO core conventions and local labour laws, throughout its supply chain(s) for goods relevant to the framework agreement.'),
 (WCA, 'itt-model-question', S, EO, [], WCA_S, 'Bidders must provide information to illustrate that suppliers and production sites should hold an independently audited and internationally-recognised standard relevant to the product, in order to demonstrate how they are addressing ethical and social issues such as the avoidance of child labour, application of fair trade principles and adequate working conditions, in the manufacture of [textiles].'),
 (WCA, 'itt-model-question', S, EO, [], WCA_S, 'The contractor will perform its obligations in accordance with the Authority’s, and framework public bodies ethical sourcing policy, which is to promote appropriate standards regarding legal, ethical and social issues including, for example, health and safety, workers’ rights, equality, corruption and fair trade, in particular in developing or countries with low production costs.'),
 (WCA, 'itt-model-question', S, EO, [], WCA_S, 'The contractor must take all reasonable steps to ensure that all goods supplied under this framework agreement are produced in accordance with all International Labour Organisation (ILO) conventions that have been ratified by the country of their origin, in particular, in relation to labour standards, working conditions and the use of child labour.'),
 # Sustainable Procurement Tools: worker conditions, annex of example clauses
 (WCX, 'itt-model-question', S, EO, [], WCX_S + ': Pre-contract Notification', 'The Contracting Authority has included obligations within the contract conditions relating to ethical working conditions and labour standards, which are relevant to the products/services to be delivered.'),
 (WCX, 'itt-model-question', S, EO, [], WCX_S + ': Pre-contract Notification', 'The Contracting Authority expects those it contracts with to adopt ethical business practice, to undertake appropriate human rights due diligence as laid down in the UN Guiding Principles on Business and Human Rights, and to ensure transparency in their supply chains.'),
 (WCX, 'itt-model-question', S, EO, [], WCX_S + ': Pre-contract Notification', 'The Contracting Authority expects that those it contracts with will prepare and maintain appropriate policies and procedures to identify, prevent, mitigate and account for labour and human rights risks in its own activities and through its supply chains.'),
 # Sustainable Procurement Tools: health and wellbeing
 (PMH, 'itt-model-question', S, WB, [], PMH_S, 'The organisation specifically wishes to support the enhancement of the health and well-being of its users, please describe how you will contribute to this aim including reducing the risks within this contract.'),
 # Wirral tender evaluation model: environmental criterion and its weighting
 (WIR, 'itt-evaluation-model', U, CL, [], WIR_S, 'Evaluation Criteria: Environmental (2.58%)', {'weighting_percent': 2.58}),
 # West Lancashire: tender assessment criteria
 (WLA, 'itt-assessment-criteria', U, CL, [], WLA_S, 'Environmental issues'),
 (WLA, 'itt-assessment-criteria', U, EO, [], WLA_S, 'Equal Opportunities for staff'),
 # Oxford City Council: standard requirements for suppliers (current page, earlier version) and its news item
 (OXN, 'supplier-requirements', U, MU, [], OXN_F, 'We consider the long-term impacts on our community, environment, and economy.'),
 (OXN, 'supplier-requirements', U, CL, [], OXN_F, 'As a supplier, you should demonstrate a commitment to sustainability.'),
 (OXN, 'supplier-requirements', U, CL, [], OXN_L, 'providing products and services that are environmentally responsible'),
 (OXN, 'supplier-requirements', U, CL, [], OXN_L, 'avoiding environmentally damaging goods when better alternatives are available'),
 (OXN, 'supplier-requirements', U, CL, [], OXN_L, 'choosing options with the least environmental impact'),
 (OXN, 'supplier-requirements', U, CL, [], OXN_L, 'incorporating sustainability into your practices'),
 (OXN, 'supplier-requirements', U, MU, [], OXN_L, 'constantly reviewing your processes to enhance social and economic benefits while reducing environmental harm'),
 (OXN, 'supplier-requirements', U, CL, [], OXN_F, 'Remember, lacking evidence of sustainable practices may put you at a disadvantage in the tender process.'),
 (OXO, 'supplier-requirements', U, MU, [], OXO_S + ': Sustainability', 'We take sustainability as well as cost and quality into account when choosing suppliers.'),
 (OXW, 'council-news', U, MU, [], OXW_S, 'In 2020, the City Council committed to include ‘social value’  weighting- the added benefit to the community from a procurement process, such as using locally-sourced materials - as part of the formula to decide whether or not to procure goods or services from a business.'),
 (OXW, 'council-news', U, MU, [], OXW_S, 'In the latest procurement strategy, which was agreed by the City Council’s Cabinet yesterday (16 November), the organisation has doubled the emphasis on ‘social value’ (from 5% to 10% of the formula) if companies want to successfully bid for Council contracts.', {'weighting_percent': 10}),
 (OXW, 'council-news', U, MU, [], OXW_S, 'Beyond those key criteria, the change means that businesses who hire apprentices, give to charity or work to tackle the climate emergency, will receive a higher score and are, therefore, more likely to be chosen as Council suppliers.'),
 (OXW, 'council-news', U, EI, [], OXW_S, 'One of the other ways businesses can argue social value is if they are based in Oxfordshire, hire local residents and purchase their goods and services locally.'),
 # Cornwall Council: responsible procurement (a later copy of the page the corpus holds), its supplier guide and 2015 policy
 (CWT, 'responsible-procurement', U, MU, [], CW_S + ': Social Value', 'The aim of our Policy is to maximise economic, social and / or environmental benefits in how we buy goods, works or services.'),
 (CWT, 'responsible-procurement', U, EI, [], CW_S + ': Social Value: Whether this is:', 'the added benefits that can be achieved to the local economy through our suppliers'),
 (CWT, 'responsible-procurement', U, WB, ['economic-inequality'], CW_S + ': Social Value: Whether this is:', 'increasing training or enabling staff to work in the community through volunteer days'),
 (CWT, 'responsible-procurement', U, WB, [], CW_S + ': Social Value: Whether this is:', 'engaging in local community based projects to improve the wellbeing of the community, or indeed the wider environment.'),
 (CWT, 'responsible-procurement', U, CL, [], CW_S + ': Environmental Sustainability and Carbon Management: Along with our partners, we are committed to ensuring that goods and services are delivered in a way that helps to:', 'protect the quality of the environment'),
 (CWT, 'responsible-procurement', U, CL, [], CW_S + ': Environmental Sustainability and Carbon Management: Along with our partners, we are committed to ensuring that goods and services are delivered in a way that helps to:', 'minimises any adverse impact on the climate from the release of greenhouse gases'),
 (CWT, 'responsible-procurement', U, EI, [], CW_S + ': The Council has seven responsible procurement workstreams.', 'Building a Diverse Supply Chain'),
 (CWT, 'responsible-procurement', U, EO, [], CW_S + ': The Council has seven responsible procurement workstreams.', 'Ethical Sourcing inc Modern Slavery'),
 (CWG, 'responsible-procurement', U, EO, [], CWG_S + ': Cornwall Council focus on 6 Responsible Procurement workstreams', 'Ethical Sourcing'),
 (CWP, 'responsible-procurement', U, EI, [], CWP_S + ': The Council focus on 9 Responsible Procurement Objectives', 'Social Value: Employment and Skills'),
 (CWP, 'responsible-procurement', U, WB, [], CWP_S + ': The Council focus on 9 Responsible Procurement Objectives', 'Social Value: Supporting, protecting and improving community assets'),
 # Delivering social benefits through public procurement: A Toolkit (2010)
 (DSB, 'itt-toolkit', U, MU, [], DSB_S + ': 1.1.1 Why do it?', 'Because in most cases you can integrate social benefits into every stage of the procurement process.'),
 (DSB, 'itt-toolkit', U, EI, [], DSB_S + ': 1.1.1 Why do it?', 'If you don’t you are missing a great opportunity to maximise the social benefit of your project, such as providing apprenticeships or other opportunities for the long-term unemployed.'),
 # East Lothian: evaluation criteria other than price
 (ELO, 'itt-assessment-criteria', S, MU, [], ELO_S, 'Sustainability (Social, Environmental, Economic) factors'),
 # South Ribble
 (SRP, 'supplier-requirements', U, CL, [], SRP_S, 'The council has also adopted a Sustainable Procurement Policy and encourages its suppliers and contractors to adopt, practice and promote sustainable policies and procedures.'),
 (SRT, 'supplier-requirements', U, MU, [], SRT_S, 'We believe institutions need to use public procurement as a tool to deliver wider economic, social and environmental benefits and have implemented a Social Value Policy outlining how we will deliver this through our procurement process.'),
 # Scottish Government: Catering for change (food and catering contracts)
 (CF5, 'itt-guidance', S, CL, [], CF5_S + ': Building in sustainability at the outset', 'The advantage of building in sustainability at the outset is that all tenderers will have to satisfy that minimum level.'),
 (CF5, 'itt-guidance', S, CL, [], CF5_S + ': Building in sustainability at the outset', 'That will make it easier for you to ensure that your contract delivers sustainable outcomes.'),
 (CF6, 'itt-guidance', S, MU, [], CF6_S, 'Does the contract commit to continuous improvement to improve sustainability with existing suppliers?'),
 (CF6, 'itt-guidance', S, MU, [], CF6_S, 'Will tenders be assessed for general sustainability risks which can be identified, for example risks to continuity of supply, or risks of a supplier working contrary to social, economic, environmental or health interests.'),
 # Cherwell District Council: sustainable procurement strategy objectives
 (EBC, 'procurement-strategy', U, CL, [], EBC_S, 'Reducing fossil fuel and overall energy use to minimise climate change'),
 (EBC, 'procurement-strategy', U, CL, [], EBC_S, 'Giving preference to recycled products and part recycled products over recyclable and non-recycled products, where the required criteria for performance and cost effectiveness can be met'),
 (EBC, 'procurement-strategy', U, EI, ['equal-opportunity'], EBC_S, 'Helping to increase levels of employment, skills and equality in Cherwell'),
 (EBC, 'procurement-strategy', U, EO, [], EBC_S, 'Helping to ensure fair pay and working conditions throughout our supply chain'),
 (EBC, 'procurement-strategy', U, CL, [], EBC_S, 'Protecting and enhancing biodiversity'),
 # North Northamptonshire: contract requirements for emission reductions
 (NNC, 'council-plan', U, CL, [], 'North Northamptonshire Council: Carbon Management Plan 2022: Procurement and supply chains', "A number of council services are delivered by external providers, whose carbon emissions are outside the scope of the council's direct control, however the council is well placed to incorporate sustainability targets as part of its procurement contracts, as evidenced as part of the recently re-procured Highways contract, which provides for a number contractual arrangements for emission reductions."),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 (WCA, 'itt-model-question', S, WCA_S, 'It is important to consider the relevance of individual award criteria taking account of the subject matter of the contract:'),
 (WCX, 'itt-model-question', S, WCX_S + ': Supplier selection', 'Economic operators may be excluded from this competition if they are in any of the situations referred to in regulation 58 of the Public Contracts (Scotland) Regulations 2015.'),
 (WCX, 'itt-model-question', S, WCX_S + ': Supplier selection', 'Bidders will be required to adhere to, and fulfil all obligations relevant under the Human Trafficking and Exploitation (Scotland) Act 2015 and the Modern Slavery Act 2015'),
 (PMH, 'itt-model-question', S, PMH_S, 'Any measure a contracting authority takes to ensure the promotion and compliance of health and safety in its public procurements must be relevant, proportionate and not overly burdensome, meeting current legislation as a minimum.'),
 (PMH, 'itt-model-question', S, PMH_S, 'It is essential for higher risk activities that a method statement for the particular contract is evaluated to assess whether the tenderer has identified all the known risks.'),
 (PMH, 'itt-model-question', S, PMH_S, 'Bidders are required to submit a method statement describing in a logical sequence exactly how the work will be carried out in a people-centric manner and without risks to health and well-being, including all the risks identified in the risk assessment and the measures needed to control those risks.'),
 (PMH, 'itt-model-question', S, PMH_S, 'Bidders are also required to provide a risk assessment for the services, including what resources will be allocated to manage the risks identified.'),
 (PMH, 'itt-model-question', S, PMH_S, 'It is important to be as specific as possible when setting out what benefits you expect to achieve or requirements you intend to impose on the contract so as to limit the uncertainty for suppliers.'),
 (HSO, 'itt-model-question', S, HSO_S, 'Is health and safety a potential issue when providing a related service or using supplied products, and/or is there an opportunity to improve health and safety?'),
 # Waverley: waste management services contract evaluation model
 (WAV, 'itt-evaluation-model', U, WAV_S + ': 1 The evaluation and assessment criteria', 'As set out in the Instructions for Tendering, the Waste Management Services Contract has been evaluated on the basis of a weighting of 50% Price and 50% Quality (maximum 500 points in relation to price plus a maximum 500 points in relation to quality).'),
 (WAV, 'itt-evaluation-model', U, WAV_Q, 'The level of resource in terms of skilled and unskilled operatives to be employed on the Service.'),
 (WAV, 'itt-evaluation-model', U, WAV_Q, 'The level of resource in terms of numbers, types and specification of vehicles, plant and equipment to be employed in the Service and arrangements for maintenance and back-up in the event of breakdown.'),
 (WAV, 'itt-evaluation-model', U, WAV_Q, 'The practicability, sustainability and effectiveness of the Method Statement for provision of the Services.'),
 (WAV, 'itt-evaluation-model', U, WAV_Q, 'The accuracy and completeness of the Tender submission and understanding of the provisions of the Conditions of Contract and Specification.'),
 (WAV, 'itt-evaluation-model', U, WAV_Q, 'The quality, qualifications, experience and resource level of the management (both local and head office) supervisory and administrative structure.'),
 (WAV, 'itt-evaluation-model', U, WAV_Q, 'The arrangements for monitoring, managing and evidencing the service delivery quality.'),
 # Wirral tender evaluation model
 (WIR, 'itt-evaluation-model', U, WIR_S, 'Evaluation Criteria: Ability (5.81%)', {'weighting_percent': 5.81}),
 (WIR, 'itt-evaluation-model', U, WIR_S, 'Evaluation Criteria: Quality (5.48%)', {'weighting_percent': 5.48}),
 # joint universities' waste management PQQ (the recycling service bought)
 (LUW, 'itt-pqq', U, LUW_S + ': 1. Introduction', 'The University of Loughborough, University of Leicester, University of Nottingham and Nottingham Trent University have collaborated to run a joint tender process to seek an efficient, high quality waste collection and recycling management service, conducted in an environmentally sound and sustainable manner.'),
 (LUW, 'itt-pqq', U, LUW_S + ': 1. Introduction', 'The procurement exercise is being conducted in accordance with the Restricted Procedure as set out in The Public Contracts Regulations 2006 and as advertised in the Official Journal of the European Union (OJEU).'),
 (LUW, 'itt-pqq', U, LUW_S + ': 1. Introduction', 'This is the Pre-Qualification Questionnaire (PQQ) stage of the procurement process.'),
 # Suffolk Constabulary PQQ template
 (SUF, 'itt-pqq', U, SUF_S + ': Vetting of successful tenderers employees', 'It is anticipated that vetting of the successful tenderer’s key personnel delivering the service will be required to undergo vetting.'),
 # West Lancashire: tender assessment criteria
 (WLA, 'itt-assessment-criteria', U, WLA_S, 'Health and Safety policies'),
 (WLA, 'itt-assessment-criteria', U, WLA_S, 'Experience of successful completion of similar contracts'),
 (WLA, 'itt-assessment-criteria', U, WLA_S, 'Quality assurance procedures and status'),
 (WLA, 'itt-assessment-criteria', U, WLA_S, 'Delivery lead times and performance'),
 (WLA, 'itt-assessment-criteria', U, WLA_S, 'Resources available to support a flexible approach'),
 (WLA, 'itt-assessment-criteria', U, WLA_G, 'Conformity to standards'),
 (WLA, 'itt-assessment-criteria', U, WLA_C, 'Warranties and Guarantees offered'),
 # Oxford City Council
 (OXN, 'supplier-requirements', U, OXN_S, 'If you want to work with us, you need to meet certain standards.'),
 (OXN, 'supplier-requirements', U, OXN_F, 'Having an ISO14001 certificate is a strong advantage.'),
 (OXN, 'supplier-requirements', U, OXN_H, 'To be considered, you should comply with health and safety laws.'),
 (OXN, 'supplier-requirements', U, OXN_H + ': This includes:', 'maintaining up-to-date health and safety policies'),
 (OXN, 'supplier-requirements', U, OXN_H + ': This includes:', 'implementing thorough risk assessments'),
 (OXN, 'supplier-requirements', U, OXN_H + ': This includes:', 'seeking expert health and safety advice'),
 (OXO, 'supplier-requirements', U, OXO_S + ': Equal opportunities and diversity', 'We are keen to ensure that suppliers abide by the law and work to best practice in this area.'),
 (OXO, 'supplier-requirements', U, OXO_S + ': Equal opportunities and diversity', 'All suppliers, as part of the tender process, will be required to provide evidence that they have and are committed to equal opportunities policies.'),
 (OXO, 'supplier-requirements', U, OXO_S + ': Health and safety', 'Contracts will only be awarded to those who can satisfy us that they meet such commitments.'),
 (OXO, 'supplier-requirements', U, OXO_S + ': Health and safety: Potential contractors will need to demonstrate compliance with current Health and Safety legislation including:', 'adequate risk assessment procedures'),
 (OXO, 'supplier-requirements', U, OXO_S + ': Health and safety: Potential contractors will need to demonstrate compliance with current Health and Safety legislation including:', 'an effective monitoring and reporting system for accidents, incidents and ill health'),
 (OXW, 'council-news', U, OXW_S, 'The City Council spends about £150m on goods, services and construction projects every year.'),
 (OXW, 'council-news', U, OXW_S, 'As the City Council is public body, there is a strict process – known as procurement – that must be carried out before taxpayers’ money can be spent.'),
 # Cornwall Council
 (CWT, 'responsible-procurement', U, CW_S + ': Social Value', 'In April 2021 we refreshed our Social Value Policy.'),
 (CWT, 'responsible-procurement', U, CW_S + ': Social Value', 'For additional support and guidance on social value and tender applications please read the Social Value Information for Tenders document.'),
 (CWT, 'responsible-procurement', U, CW_S, 'These can be found in our Responsible Procurement Policy.'),
 (CWG, 'responsible-procurement', U, CWG_S, 'This guide for potential suppliers has been published to give an understanding of Responsible Procurementat Cornwall Council, in line with our Responsible Procurement Policy.'),
 (CWG, 'responsible-procurement', U, CWG_S + ': Structure of this Guidance', 'In this guidance the Corporate Procurement Team (CPT) have summarised each area of responsible procurement to show you, our potential suppliers, how they will be considered in the procurement process.'),
 (CWG, 'responsible-procurement', U, CWG_S + ': Structure of this Guidance', 'What is considered at Pre-Qualification'),
 (CWP, 'responsible-procurement', U, CWP_S, 'The Social Value Act requires commissioners to consider securing economic, social and environmental benefits when buying services.'),
 (CWP, 'responsible-procurement', U, CWP_S, 'These goals will be reviewed on an annual basis to ensure they remain in line with the wider Cornwall Council Strategy.'),
 # North Northamptonshire: the council's own carbon management actions (internal plans)
 (NNC, 'council-plan', U, NNC_S, 'develop a range of carbon reduction related questions as part of procurement processes'),
 (NNC, 'council-plan', U, NNC_S, 'review all existing environmental questions asked as part of procurement processes'),
 (NNC, 'council-plan', U, NNC_S, 'assess government guidance on carbon reduction and the environment to add to our procurement processes'),
 # Delivering social benefits toolkit (text about the toolkit itself)
 (DSB, 'itt-toolkit', U, DSB_S + ': Introduction to this toolkit', 'This toolkit is designed to guide procurers who are managing above-threshold competitions subject to the requirements of the Public Contracts Regulations 2006 through the process of securing social benefits from capital projects.'),
 (DSB, 'itt-toolkit', U, DSB_S, 'You should seek legal advice before proceeding with a social procurement strategy on any given project.'),
 # King's Awards assessors: what is bought (assessment of award entries on social mobility and sustainable development)
 (KAF, 'itt-notice', U, KAF_S, 'The procurement will seek to appoint suitably qualified suppliers capable of delivering high quality, independent assessment services in support of the King’s Awards for Enterprise programme.'),
 (KAF, 'itt-notice', U, KAF_S, 'Subject to commercial strategy approval, tenderers will have the opportunity to bid for one or more lots.'),
 (KAF, 'itt-notice', U, KAF_S, 'Lot 2; International Trade: Recognising companies that have demonstrated substantial growth in overseas earnings and in commercial success relative to the business size and sector.'),
 (KAF, 'itt-notice', U, KAF_S, 'Lot 3; Promoting Opportunity through social mobility: – for social mobility programmes that help people from disadvantaged backgrounds into successful working lives.'),
 (KAF, 'itt-notice', U, KAF_S, 'Lot 4; Sustainable Development: Recognising companies that have developed commercially successful products, services, and approaches to management which have major benefits for the environment, society and the economy.'),
 # Senedd Commission: how to bid
 (SEN, 'supplier-guide', W, SEN_S + ': Low Value (under £6k)', 'If a contract has an estimated value below £6000 our staff will make enquiries as to price and quality before awarding a contract.'),
 (SEN, 'supplier-guide', W, SEN_S + ': Quotations (£6k but under £30k)', 'If you are invited to quote for a contract you can expect to be told about the criteria by which your quotation will be assessed and the relative importance (weighting) of each criterion.'),
 (SEN, 'supplier-guide', W, SEN_S + ': Tenders (over £30k): Invitation to Tender', 'The tender documents will set out the criteria by which your bid will be assessed and the relative importance (weighting) of each criterion.'),
 # East Lothian: evaluation criteria other than price
 (ELO, 'itt-assessment-criteria', S, ELO_S, 'Fitness for purpose (quality, suitability for the task to be undertaken etc.)'),
 (ELO, 'itt-assessment-criteria', S, ELO_S, 'Cost of ownership'),
 (ELO, 'itt-assessment-criteria', S, ELO_S, 'Whole life cycle costs, including, spare parts, maintenance costs and projected down time'),
 (ELO, 'itt-assessment-criteria', S, ELO_S, 'The cost of procurement itself'),
 # South Ribble
 (SRG, 'supplier-guide', U, SRG_S, 'Unless Price has been pre-determined to be the most appropriate contract award criterion, returned tenders are evaluated against pre-determined MEAT (Most Economically Advantageous Tender) criteria, usually by a panel of officers.'),
 (SRG, 'supplier-guide', U, SRG_S, 'Where appropriate, whole life costing will be applied.'),
 (SRG, 'supplier-guide', U, SRG_S, 'The procurement procedure may include a pre-qualification or suitability assessment stage which will include an evaluation / assessment of the financial and technical capacity of the company including financial, health and safety, customer references etc.'),
 (CF5, 'itt-guidance', S, CF5_S + ': Building in sustainability at the outset', 'As stated earlier, value for money is the optimum combination of cost, quality and sustainability.'),
 (CF5, 'itt-guidance', S, CF5_S + ': Planning, Specifying and Structuring the Requirement: Specifying your requirements', 'Procurement legislation is less concerned with what you buy than how you buy it.'),
 (CF5, 'itt-guidance', S, CF5_S + ': The Procurement Journey', 'Further guidance on public procurement can be found in the Procurement Journey, which is available for use by public bodies in Scotland.'),
]
OGL_HOSTS = ('sustainableprocurementtools.scot', 'find-tender.service.gov.uk', 'gov.scot')
batch = Batch('public-texts-60.jsonl')
def group_of(src):
    # One document, one group; the Sustainable Procurement Tools guidance pages share one group with the pages of
    # that site already in the corpus.
    if src.startswith(SPT): return 'sustainableprocurementtools.scot'
    # the King's Awards notice is one notice whichever copy: ocds:<ocid>; the two versions of Oxford's standard
    # requirements page are one document; the later copy of Cornwall's responsible procurement page keeps the group of
    # the copy the corpus holds.
    if src == KAF: return 'ocds:ocds-h6vhtk-058082'
    if src in (OXN, OXO): return 'oxford.gov.uk/standard-requirements-for-suppliers'
    if src in (CF5, CF6): return 'gov.scot/catering-for-change-buying-food-sustainably'
    if src == CWT: return batch.group_of_source.get(CWH, CWH)
    return src
batch.emit_lists('pub60', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
