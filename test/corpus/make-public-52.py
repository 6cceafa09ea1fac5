"""Write /work/batches/public-texts-52.jsonl: batch 60, SELECTION AND QUALITY QUESTIONNAIRES as a bidder sees them in a
portal, Procurement Act 2023 era: the social value questions of a supplier declaration or quality questionnaire and the
questions beside them in the same documents (technical approach, continuity, exit, change of service, user support, data
location, penetration testing, data sanitisation, cyber, pass/fail Carbon Reduction Plan confirmations, modern slavery
self-declarations, environmentally-friendly working asked pass/fail, insurance, equality law compliance, accountability),
plus an NHS England envelope weighting, a DOS6 buyer template's social value weighting rule and a housing association's
supplier pages.

Sources: GCA's (formerly CCS) G-Cloud 15 (RM1557.15) question export as quoted word for word in tractorjuice/arc-kit's
G-Cloud overlay (the social value template and command: Sections A and C, Operational Readiness, the four missions; the
lot questions template: conditions of participation, Carbon Reduction Plan confirmations, the scored quality questions
with their 250-word limits, standards, Lot 2 award criteria); Crown Commercial Service's G-Cloud 13 declaration questions
in Crown-Commercial-Service/digitalmarketplace-frameworks (modern slavery, exclusion hint); the DOS6 buyer templates in
Crown-Commercial-Service/ccs-scale-cat-service; NHS England's peer support workers award notice (d3tenders.com copy; Lot 9
envelope weighting and minimum marks) and its Find a Tender contract notice (grouped with it as the same procurement);
Progress Housing Group's tender FAQs and suppliers page; Hyde Housing's article on social value in its tenders (2025); the
University of Oxford's sustainable procurement page; Knowsley Council's social value pages; and a West Midlands Police FOI
response listing a researcher's net zero questions (hard negatives: questions about the force's own targets). Many texts of
the G-Cloud sources are already in the corpus (batch 38 and the dm-* files) and are dropped by `new_only`.

Texts are verbatim (HTML tags and list bullets dropped; a long item cut at a sentence end). Not scored: the batch is
scored blind afterwards. Texts already in the corpus are left out (named on stderr). Licences: the CCS repositories are
MIT (Crown copyright), Find a Tender is OGL v3, the d3tenders copy is notice data, the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-52.py > /work/batches/public-texts-52.jsonl
"""
from batch import Batch, Q, OGL, NOTICE_D3, EI, CL, EO, WB, MU, CCS_LICENCES

U = 'uk'

# G-Cloud 15 (RM1557.15) question export, quoted in tractorjuice/arc-kit's G-Cloud overlay
AK = 'github:tractorjuice/arc-kit@'
SVT = AK + '1e7643ca96a2a119a1be1fadbdae6bb92182af32:plugins/arckit-uk-gcloud/templates/social-value-template.md'
SVC = AK + 'b6f782ba03421dd96260e5cd5a78a47e78d609ad:plugins/arckit-uk-gcloud/commands/social-value.md'
LQT = AK + '1639a4d92bab7d29b7216e35e43f595f964fa0c9:plugins/arckit-uk-gcloud/templates/lot-questions-template.md'
# G-Cloud 13 declaration and service questions (Crown Commercial Service)
DMF = ('github:Crown-Commercial-Service/digitalmarketplace-frameworks@11e5de7d2b7849ed485f68e1bad51894cf55c1cb:'
       'frameworks/g-cloud-13/questions/')
def g13(q): return DMF + q + '.yml'
# DOS6 buyer templates (Crown Commercial Service Contract Award Service)
CAS = 'github:Crown-Commercial-Service/ccs-scale-cat-service@daf50a3a2fc385b119dc195ee08b87034eb1bed8:src/test/resources/templates/question_templates/'
DOS1 = CAS + 'prev_data/dos6_lot1.json'
NODEP = CAS + 'input_template/no_dependency.json'
# NHS England peer support workers (award notice copy; Find a Tender contract notice)
PSW = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0486ef'
PSWF = 'https://www.find-tender.service.gov.uk/Notice/024205-2024'
# Progress Housing Group
PHF = 'https://www.progressgroup.org.uk/corporate/suppliers-and-procurement/tender-faqs/'
PHS = 'https://corporate.progressgroup.org.uk/suppliers-and-procurement/'
# Hyde Housing; University of Oxford; Knowsley Council; West Midlands Police FOI
HYD = 'https://www.hyde-housing.co.uk/news/hyde-in-the-news/maximising-social-value/'
OXF = 'https://finance.admin.ox.ac.uk/sustainable-procurement'
KN1 = 'https://www.knowsley.gov.uk/business/procurement-and-contracting/social-value-council'
KN2 = 'https://knowsley.gov.uk/business-licences-and-consumers/procurement-and-contracting/social-value/social-value-councils'
WMP = 'https://foi.west-midlands.police.uk/sustainability-932a-23/'

G15 = 'G-Cloud 15 (RM1557.15) supplier declaration: Social Value'
SV_A = G15 + ': Section A: Understanding Social Value'
SV_B = G15 + ': Section B: Commitment for Future: Delivery'
SV_C = G15 + ': Section C: Organisational Readiness: Process'
SV_R = G15 + ': Operational Readiness'
SV_R2 = SV_R + ': Do you have, or will you have by the Framework Award date, an organisational process in place to:'
SV_H = G15 + ': How Social Value Is Assessed'
LQ1 = 'G-Cloud 15 (RM1557.15) lot questions: Part 1: Lots 1a and 1b (IaaS and PaaS)'
COP = LQ1 + ': 1. Conditions of Participation'
CRP = COP + ': 1.6 Carbon Reduction Plan'
QCS = LQ1 + ': 2. Scored Quality Questions: 2.1 Quality Cloud Services (40%, marked 100/50/0)'
MBV = LQ1 + ': 2. Scored Quality Questions: 2.2 Maximising Buyer Value (40%, marked 100/66/33/0)'
NSM = LQ1 + ': 3. Non-scored Mandatory Questions'
STD = LQ1 + ': 4. Non-mandatory Standards and Certifications'
LQ2 = 'G-Cloud 15 (RM1557.15) lot questions: Part 2: Lots 2a and 2b (iSaaS and SaaS): 1. Mandatory Award Criteria'
G13 = 'G-Cloud 13 supplier declaration'
DOS = 'Digital Outcomes 6 (Contract Award Service): requirements'
PSW_S = 'Contract Award for Peer Support Workers and Parent Carer Peer Support Workers in MH and in Autism (NHS England)'
PSW_L = PSW_S + ': Lot Information: 10. Lot 9 Envelope'
PSWF_S = 'Peer Support Workers and Parent Carer Peer Support Workers in MH and in Autism (NHS England): two.1.4) Short description'
PHF_S = 'Tender FAQs (Progress Housing Group)'
PHS_S = 'Suppliers and procurement (Progress Housing Group): Tender and supplier selection'
PHS_L = PHS_S + ': What we look for in a supplier'
HYD_S = 'Maximising social value (Hyde Housing, 11 April 2025)'
OXF_S = 'Sustainable procurement (University of Oxford)'
KN1_S = 'Social value: what do we do? (Knowsley Council)'
KN2_S = 'Social value: councils (Knowsley Council)'
WMP_S = 'FOI request: sustainability (West Midlands Police): Managing Environmental Performance'

W250 = {'limit_words': 250}

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # G-Cloud 15: Section A, Operational Readiness, how social value is assessed
 (SVT, 'gcloud15-sv', U, MU, [], SV_A + ': A1 Understanding of Social Value Delivery Requirement', 'Do you understand that CCS and users of the G-Cloud 15 agreement are required to deliver social value and to provide evidence of delivery during the contract?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_A + ': A3 Understanding of Buyer-Included Social Value Requirements in Call-Offs', 'Do you understand that a buyer calling off under the G-Cloud 15 framework may include a social value requirement to a Call-Off contract? Please refer to Attachment 2.'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_A + ': A4 Acknowledgement of Social Value Obligations in Call-Off Contracts', 'Do you understand that, provided that it is relevant and proportionate, you will be obligated to meet the social value requirement included in the Call-Off Contract(s)?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_A + ': A5 Commitment to Stakeholder Collaboration on Social Value Delivery', 'Do you agree to collaborate with stakeholders (e.g. buyers, end users, local communities etc) to design and deliver social value in each Call-Off Contract where required?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_R, 'Do you commit to reporting the Social Value you have delivered, as and when required?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_R2, 'identify the social value opportunities within a contract?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_R2, 'prioritise and implement social value opportunities for a contract?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_R2, 'influence staff, suppliers, customers and communities through the delivery of the contract to support the delivery of Social Value?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_R2, 'measure and report on the delivery of social value in Call-Off Contracts?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_R2, 'measure and report social value from the Framework Award date?'),
 (SVT, 'gcloud15-sv', U, MU, [], SV_H + ': Weighting', '10% on every lot (1a, 1b, 2a, 2b and 3)', {'weighting_percent': 10}),
 (SVT, 'gcloud15-sv', U, MU, [], SV_H + ': After award', 'A buyer may add a social value requirement to a call-off contract and, where it is relevant and proportionate, you must meet it.'),
 # G-Cloud 15: Section B missions and measures
 (SVC, 'gcloud15-sv', U, EI, [], SV_B + ': missions', 'Kick start economic growth — Outcomes 1 Fair work, 2 Skills for growth, 3 Resilient, innovative and flexible supply chains'),
 (SVC, 'gcloud15-sv', U, CL, [], SV_B + ': missions', 'Make Britain a clean energy superpower — Outcome 4 Sustainable procurement practices'),
 (SVC, 'gcloud15-sv', U, EO, ['economic-inequality'], SV_B + ': missions', 'Break down barriers to opportunity — Outcomes 6 Employment and training, 7 Creating a pipeline of opportunities'),
 (SVC, 'gcloud15-sv', U, WB, [], SV_B + ': missions', 'Build an NHS fit for the future — Outcome 8 Increasing productivity through physical and mental wellbeing'),
 (SVC, 'gcloud15-sv', U, EO, [], SV_B + ': Policy Outcome 1', 'Payment of more than the National Minimum Wage or National Living Wage'),
 (SVC, 'gcloud15-sv', U, EO, [], SV_B + ': Policy Outcome 1', 'Monitoring and reporting of gender and ethnicity pay gaps'),
 (SVC, 'gcloud15-sv', U, WB, [], SV_B + ': Policy Outcome 1', 'Volunteering opportunities for staff'),
 (SVC, 'gcloud15-sv', U, EI, [], SV_B + ': Policy Outcome 2', 'Delivery of apprenticeships, supported internships and T Level industry placement opportunities'),
 (SVC, 'gcloud15-sv', U, EO, [], SV_B + ': Policy Outcome 6', 'Other measures to provide equality of opportunity for disabled people'),
 (SVC, 'gcloud15-sv', U, EI, ['equal-opportunity'], SV_B + ': Policy Outcome 7', 'Creation of outreach activities to create a pipeline of employees'),
 (SVC, 'gcloud15-sv', U, WB, [], SV_B + ': Policy Outcome 8', 'Actions to invest in the physical and mental health and wellbeing of the contract workforce'),
 # DOS6 buyer templates
 (DOS1, 'dos6-cas', U, MU, [], DOS + ': Set your evaluation weightings: Social value', 'Enter a value of 0% if you are not in scope of PPN 06/20, or the value of the procurement is below threshold, or the application of social value is not reasonable or proportionate to what you are buying'),
 (NODEP, 'dos6-cas', U, MU, [], DOS + ': Social value', "Include any detail relating to the ''Public Services (Social Value) Act 2012'' which will be applied to secure wider social, economic and environmental benefits"),
 # NHS England peer support workers: envelope weighting
 (PSW, 'nhs-notice', U, MU, [], PSW_L + ': Please note weighting breakdown for Lot 9', 'Social Value = 20%', {'weighting_percent': 20}),
 # Progress Housing Group
 (PHF, 'ha-supplier', U, MU, [], PHF_S, 'We may also look for a clear demonstration of commitment to equality opportunities, to the environment and to health and safety.'),
 (PHS, 'ha-supplier', U, MU, [], PHS_L, 'A commitment to equal opportunities, environmental issues, safe systems of working and corporate responsibility'),
 (PHS, 'ha-supplier', U, EO, [], PHS_L, 'As a Living Wage Employer, we only work with organisations that comply with (at least) minimum wage legislation and employ employees on fair terms.'),
 (PHS, 'ha-supplier', U, MU, [], PHS_S + ': In addition, we expect our suppliers to be aligned with Progress Housing Group in the following ways:', 'Progress Housing Group takes its responsibilities seriously under the Public Services (Social Value) Act 2012 and requires this legislation to be an integral part of any future services provided to the Group.'),
 (PHS, 'ha-supplier', U, MU, [], PHS_S + ': In addition, we expect our suppliers to be aligned with Progress Housing Group in the following ways:', 'Progress Housing Group will seek opportunities to maximise social, environmental and economic value in all of its contracting opportunities.'),

 # Hyde Housing: social value in tendering
 (HYD, 'ha-supplier', U, MU, [], HYD_S, 'We believe social value should be evaluated separately, alongside other critical factors, like cost and quality, reinforcing its role as a core priority in procurement, so we’ve set a 10% weighting for social value when evaluating bids.', {'weighting_percent': 10}),
 (HYD, 'ha-supplier', U, MU, [], HYD_S, 'It goes without saying that it’s important to seamlessly integrate social value into procurement and tendering processes, with clearly defined minimum standards for suppliers.'),
 (HYD, 'ha-supplier', U, MU, [], HYD_S, 'We’ve set clear guidelines and processes for social value in our contracts, we’re committed to measuring and monitoring social value, and have set stretching targets for our ourselves, and our suppliers.'),
 # University of Oxford: sustainable procurement
 (OXF, 'uni-procurement', U, MU, [], OXF_S, 'Staff involved in the procurement of goods, services and works should routinely consider how we can enhance and protect our shared environment, contribute to the health and well-being of society and build a sustainable economy through our procurement decisions.'),
 (OXF, 'uni-procurement', U, CL, [], OXF_S + ': six priority issues to consider', 'Effectively manage waste in the supply chain'),
 (OXF, 'uni-procurement', U, EO, [], OXF_S + ': six priority issues to consider', 'Ensure that ethical considerations and a living wage are considered'),
 (OXF, 'uni-procurement', U, MU, [], OXF_S + ': Social Value', 'Including social value in purchasing decisions means accounting for a supplier’s social impact when evaluating the delivery of value for money.'),
 # Knowsley Council: when social value applies
 (KN1, 'council-sv', U, MU, [], KN1_S, 'All contracts with a value in excess of £25k have social value considered before the procurement exercise commences, and where possible we ensure it is captured and forms part of the contract award process.'),
 (KN1, 'council-sv', U, MU, [], KN1_S, 'We encourage the consideration and adoption of Social Value in procurement of less than £25k, but it is not mandatory.'),
 (KN2, 'council-sv', U, MU, [], KN2_S, 'This means that for all contracts with a value in excess of £25,000, we consider how the contract can deliver positive social, economic, and environmental benefits to the community.'),
 (KN2, 'council-sv', U, MU, [], KN2_S + ': Identifying social value opportunities', 'This may involve amending specifications to include Social Value requirements as a core part of the contract, or simply encouraging suppliers to consider ways to deliver Social Value as part of their bids.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # G-Cloud 15 social value sections: evaluation mechanics and the contact
 (SVT, 'gcloud15-sv', U, SV_A + ': A2 Understanding of Social Value Evaluation Process', 'Do you understand that CCS will evaluate your G-Cloud 15 social value response as per the process described within Attachment 2?'),
 (SVT, 'gcloud15-sv', U, SV_C, 'Please commit here to having a CCS Social Value Contact in the organisation to be responsible for your delivery of social value.'),
 (SVT, 'gcloud15-sv', U, SV_H + ': Marking', 'Pass/fail. A pass scores the full 10%. A fail scores 0 and disqualifies the tender'),
 (SVT, 'gcloud15-sv', U, SV_H + ': Section B', 'At least one measure must be selected, or the application is non-compliant. Selecting more measures does not score more'),
 # G-Cloud 15 lot questions: conditions of participation and Carbon Reduction Plan (pass/fail)
 (LQT, 'gcloud15-lotq', U, COP + ': 1.3 Reliance on the Cloud Service Provider\'s Accreditations', 'Are you reliant on the Cloud Service Provider for some accreditations required by the specification for this Lot, such as cloud security related ISOs?'),
 (LQT, 'gcloud15-lotq', U, COP + ': 1.2 Cloud Service Suppliers You Intend to Resell with Evidence', 'List the cloud service suppliers you intend to resell and identify for each evidence of accreditation or a partnership agreement (this may be in the form of a link to a published list of accredited resellers in which you are included).'),
 (LQT, 'gcloud15-lotq', U, CRP + ': Taking steps to reduce GHG', 'Please confirm that your organisation (and if applicable, each of your consortium members) is taking steps to reduce your greenhouse gas (GHG) emissions over time and is publicly committed to achieving Net Zero by 2050'),
 (LQT, 'gcloud15-lotq', U, CRP + ': Date CRP will be published', 'Please confirm the date by which you will publish a full Carbon Reduction Plan (CRP) to your website'),
 (LQT, 'gcloud15-lotq', U, CRP + ': CRP completed', 'Please confirm that you have detailed your environmental management measures by completing a Carbon Reduction Plan which meets the required reporting standard'),
 (LQT, 'gcloud15-lotq', U, CRP + ': CRP published on website', 'Is your Carbon Reduction Plan published on your website?'),
 (LQT, 'gcloud15-lotq', U, CRP + ': Explanation why CRP not reported', 'If emissions are not reported for any Scopes or only for some Scopes, or the reporting period is more than 12 months from the date of commencement of the procurement, please provide an explanation why'),
 (LQT, 'gcloud15-lotq', U, COP + ': 1.7 Cyber Essentials Plus', 'In relation to the services do you have a current and valid Cyber Essentials Plus certificate which has been awarded by one of the government-approved Cyber Essentials accreditation bodies (IASME) within the most recent 12 months.'),
 # G-Cloud 15 lot questions: scored quality questions
 (LQT, 'gcloud15-lotq', U, QCS, 'CCS requires you to demonstrate your approach to providing quality cloud services to Buyers.', {'weighting_percent': 40}),
 (LQT, 'gcloud15-lotq', U, QCS + ': a) Cloud service performance', 'Explain how your technology and processes will ensure that your services will perform in the critical areas of scalability and reliability, to meet buyer requirements. Clearly demonstrate relevant performance targets that you will provide, along with the measures, processes and controls that you will use to meet them.', {'limit_words': 250, 'weighting_percent': 20}),
 (LQT, 'gcloud15-lotq', U, QCS + ': b) Operational Continuity and Evergreen Maintenance', 'Demonstrate how your cloud solutions will prevent the creation of any new technical debt ("technical debt" is the hidden cost of adopting short term design decisions instead of long term solutions, including the implied cost of additional work in the future) by remaining "evergreen" through continuous updates and improvements. Explain measures which will be undertaken to ensure that the process of continuous updates and improvements will cause minimal disruption and impact to service users providing operational continuity.', {'limit_words': 250, 'weighting_percent': 20}),
 (LQT, 'gcloud15-lotq', U, MBV, "CCS requires you to demonstrate how you will maximise the value Buyers will gain from implementing your cloud services, through your 'as a service' delivery model.", {'weighting_percent': 40}),
 (LQT, 'gcloud15-lotq', U, MBV + ': a) Account Management and Billing Transparency/Optimisation', 'Explain how you will enable Buyers to understand and optimise their service usage and costs. Your response must clearly describe the specific tools, processes or services you will provide, your approach to standardised and transparent billing, and explain how these will help Buyers monitor usage and manage financial expenditure.', W250),
 (LQT, 'gcloud15-lotq', U, MBV + ': b) Technology Support and User Enablement', 'Demonstrate how you will equip users with the skills and knowledge to maximise the effectiveness of your cloud solution. Your response must clearly describe the support services and training initiatives you will offer, including how they are accessed, to enhance user proficiency and ensure efficient utilisation of your services.', W250),
 (LQT, 'gcloud15-lotq', U, MBV + ': c) Access to Innovation and Technical Advancement', 'Demonstrate how you will support Buyers to access innovation to inform both their technology strategy and business service delivery. Your response must clearly describe how you will provide or enable access to emerging technologies including new and innovative approaches to operating their cloud service.', W250),
 (LQT, 'gcloud15-lotq', U, LQ1 + ': Evaluation at a Glance', 'A mark of zero on either quality question disqualifies the tender for Lots 1a and 1b.'),
 # G-Cloud 15 lot questions: non-scored mandatory questions and standards
 (LQT, 'gcloud15-lotq', U, NSM, 'Do you adhere to relevant NCSC guidance, including but not limited to cloud security principles, supply chain security and risk management frameworks to ensure the resilience and security of your services?'),
 (LQT, 'gcloud15-lotq', U, NSM, 'Do you have policies and controls in place to ensure full compliance with applicable international sanctions, trade restrictions and embargoes as issued by the UK Government and relevant international bodies?'),
 (LQT, 'gcloud15-lotq', U, NSM + ': 3.1 Customer Contractual Exit', 'Please describe in no more than 250 words your high level procedure for customer contractual exit.', W250),
 (LQT, 'gcloud15-lotq', U, NSM + ': 3.2 Change of Service and Backward Compatibility', 'Please describe in no more than 250 words how you engage your customer in a change of service and how you ensure backward compatibility.', W250),
 (LQT, 'gcloud15-lotq', U, STD + ': ISO 28000:2022 certification', 'Do you have a current ISO 28000:2022 certification that covers the security of your supply chain?'),
 (LQT, 'gcloud15-lotq', U, STD + ': Quality management systems (QMS)', 'Do you have a quality management system?'),
 # G-Cloud 15 lot questions: Lots 2a and 2b award criteria
 (LQT, 'gcloud15-lotq', U, LQ2 + ': 1.1 How You Will Provide User Support', 'Will your organisation have in place processes to provide user support for the SaaS services in lots 2a and/or 2b?', {'weighting_percent': 2.5}),
 (LQT, 'gcloud15-lotq', U, LQ2 + ': 1.2 How You Will Provide Asset Protection', 'Will your organisation know the location where the service user data is stored and processed?', {'weighting_percent': 2.5}),
 (LQT, 'gcloud15-lotq', U, LQ2 + ': 1.3 What Frequency Will Penetration Testing Be Conducted', 'Will penetration testing be conducted on the SaaS service?', {'weighting_percent': 2.5}),
 (LQT, 'gcloud15-lotq', U, LQ2 + ': 1.4 How You Will Provide Data Sanitisation', 'Do you have an industry standard data sanitisation process, such as explicit overwriting of storage before reallocation / Secure Erase, degaussing, or physical destruction / hardware containing data is completely destroyed?', {'weighting_percent': 2.5}),
 # G-Cloud 13 declaration and service questions
 (g13('declaration/multiqModernSlavery'), 'gcloud13-decl', U, G13 + ': Modern slavery', 'You must meet the reporting requirements of section 54 of The Modern Slavery Act (2015) if your organisations has a turnover of £36 million or more a year. Otherwise you can’t submit services on G-Cloud 13.'),
 (g13('declaration/modernSlaveryTurnover'), 'gcloud13-decl', U, G13 + ': Modern slavery: Modern slavery turnover', 'Does your organisation turnover £36 million or more a year?'),
 (g13('declaration/modernSlaveryReportingRequirements'), 'gcloud13-decl', U, G13 + ': Modern slavery: Modern slavery reporting requirements', 'Does your organisation comply with the annual reporting requirements of section 54 of The Modern Slavery Act (2015)?'),
 (g13('declaration/modernSlaveryReportingRequirements'), 'gcloud13-decl', U, G13 + ': Modern slavery: Modern slavery reporting requirements', 'You must publish a slavery and human trafficking statement to comply with the act.'),
 (g13('declaration/modernSlaveryStatement'), 'gcloud13-decl', U, G13 + ': Modern slavery: Modern slavery statement required', 'Upload a copy of your organisation’s slavery and human trafficking statement.'),
 (g13('declaration/modernSlaveryStatementOptional'), 'gcloud13-decl', U, G13 + ': Modern slavery: Modern slavery statement optional', 'You don’t need to publish a slavery and human trafficking statement to meet the modern slavery requirements for G-Cloud 13.'),
 (g13('declaration/mitigatingFactors3'), 'gcloud13-decl', U, G13 + ': Modern slavery: Mitigating factors for Modern Slavery reporting requirements', 'If your organisation does not meet the requirements, please explain why.'),
 (g13('declaration/environmentallyFriendly'), 'gcloud13-decl', U, G13 + ': Working with government: Environmentally-friendly working practices', 'Do you work in an environmentally-friendly way?'),
 (g13('declaration/environmentallyFriendly'), 'gcloud13-decl', U, G13 + ': Working with government: Environmentally-friendly working practices', 'Answer ‘yes’ if your organisation engages in working practices like recycling or lowering your carbon footprint.'),
 (g13('declaration/equalityAndDiversity'), 'gcloud13-decl', U, G13 + ': Working with government: Equality and diversity obligations', 'Please confirm that your organisation complies with legal equality and diversity obligations relating to:'),
 (g13('declaration/employersInsurance'), 'gcloud13-decl', U, G13 + ': Working with government: Employer\'s liability insurance', 'Does your organisation have, or will it have before the framework is awarded, employer’s liability insurance of at least £5 million?'),
 (g13('declaration/environmentalSocialLabourLaw'), 'gcloud13-decl', U, G13 + ': Grounds for discretionary exclusion: Violations of environmental, social or labour law', 'For example, if any finding of unlawful discrimination has been made against the organisation by an Employment Tribunal or Employment Appeal Tribunal.'),
 (g13('declaration/fullAccountability'), 'gcloud13-decl', U, G13 + ': Providing suitable services: Contractual responsibility and accountability', 'Please confirm that your organisation will take direct contractual responsibility and full accountability for delivering the services you’re offering on the framework.'),
 (g13('declaration/offerServicesYourselves'), 'gcloud13-decl', U, G13 + ': Providing suitable services: What your team will deliver', 'Please confirm that you or your team will deliver the services you’re offering yourselves, and that your organisation does not solely source staff for others.'),
 (g13('services/energyEfficientDatacentres'), 'gcloud13-decl', U, 'G-Cloud 13 service questions (cloud hosting): Energy efficiency: Energy-efficient datacentres', 'Do your datacentres adhere to the EU code of conduct for energy-efficient datacentres?'),
 (g13('services/energyEfficientDatacentresDescription'), 'gcloud13-decl', U, 'G-Cloud 13 service questions (cloud hosting): Energy efficiency: Description of energy efficient datacentres', 'Describe how your datacentres adhere to the EU Code of Conduct for Energy Efficient datacentres', {'limit_words': 200}),
 # DOS6 buyer templates
 (DOS1, 'dos6-cas', U, DOS + ': Which phase does the project need to start in?: Live', 'Your live service needs sustainable support, as well as iterations to improve and evolve.'),
 # NHS England peer support workers: envelope rules; what is bought
 (PSW, 'nhs-notice', U, PSW_L + ': Please note weighting breakdown for Lot 9', 'Technical = 80%', {'weighting_percent': 80}),
 (PSW, 'nhs-notice', U, PSW_L + ': Please note weighting breakdown for Lot 9', 'Commercial = Pass/ Fail'),
 (PSW, 'nhs-notice', U, PSW_L + ': Please note the following:-', 'All Questions must achieve a minimum mark of 2, where 0 is Unacceptable and 4 is Excellent.'),
 (PSW, 'nhs-notice', U, PSW_L + ': Please note the following:-', 'NHS England shall reject any Tender which does not meet or exceed the minimum mark required for every question with a minimum mark.'),
 (PSW, 'nhs-notice', U, PSW_L + ': Please note the following:-', 'Each Tenderer must achieve a minimum weighted score against the questions set out in the Technical & Commercial Envelope and the requirements of 60% on Technical and a Pass on Commercial.'),
 (PSWF, 'nhs-notice', U, PSWF_S, 'Peer Support Workers (PSWs) and Parent Carer Peer Support Workers (PCPSW) in mental health settings, are individuals with lived experience of mental health challenges or have lived experience of supporting a child or young person (CYP) with mental health challenges.'),
 (PSWF, 'nhs-notice', U, PSWF_S, 'They provide support to people (or their families), receiving care that is built on shared experiences and empathy, while working towards the individual’s recovery journey.'),
 # Progress Housing Group
 (PHF, 'ha-supplier', U, PHF_S, 'Your technical ability to meet our requirements; we will take note of your past performance and experience with contracts of a similar nature.'),
 (PHF, 'ha-supplier', U, PHF_S, 'We may ask for references from previous similar contracts'),
 (PHF, 'ha-supplier', U, PHF_S, 'All contractors are encouraged to use Constructionline or CHAS or an equivalent Safety Scheme in Procurement.'),
 (PHF, 'ha-supplier', U, PHF_S, 'Tenders are evaluated against a pre-determined set of criteria stated in the original tender'),
 (PHS, 'ha-supplier', U, PHS_L, 'The supplier has the financial, commercial and technical capability to meet our requirements'),
 (PHS, 'ha-supplier', U, PHS_L, 'We require our contractor (building, grounds maintenance, cleaning) to be Constructionline accredited and CHAS compliant or similar Safety Systems in Procurement (SSIP) before we consider their service'),

 # Hyde Housing: the executive lead and champions
 (HYD, 'ha-supplier', U, HYD_S, 'I’m the executive lead on social value at Hyde, and I believe every executive team should have a social value sponsor.'),
 (HYD, 'ha-supplier', U, HYD_S, 'Having champions at various levels of an organisation – from contract managers and project managers to heads of service, directors and senior leaders – ensures it’s a shared priority, and means everyone can contribute to meeting the objectives.'),
 # University of Oxford: the strategy document
 (OXF, 'uni-procurement', U, OXF_S, 'The Sustainable Procurement Strategy will ultimately be updated to align with the University’s wider strategy, however the guidance is still relevant in the meantime.'),
 # Knowsley Council: market engagement
 (KN2, 'council-sv', U, KN2_S + ': Consulting with the market', 'We also consult with the relevant market to ensure that the Social Value requirements we are setting are achievable and proportionate to the contract.'),
 # West Midlands Police: a researcher's FOI questions on the force's own net zero work
 (WMP, 'foi-net-zero', U, WMP_S, 'Have you set a Net Zero Carbon Target?'),
 (WMP, 'foi-net-zero', U, WMP_S, 'What is your timeline for reaching net zero (if you have phased targets, please outline what they are)?'),
 (WMP, 'foi-net-zero', U, WMP_S, 'What metrics do you use to measure your carbon footprint and your progress towards net zero?'),
 (WMP, 'foi-net-zero', U, WMP_S, 'Do you have an action plan in place to achieve targets in a timely manner?'),
 (WMP, 'foi-net-zero', U, 'FOI request: sustainability (West Midlands Police): Governance and Oversight', 'Does sustainability feature within your organisational strategy/strategic plan as a distinct objective, a strategic principle, brief mention or not at all?'),
]
DMF_LICENCE = 'MIT (Crown Copyright, Government Digital Service; digitalmarketplace-frameworks)'
CAS_LICENCE = CCS_LICENCES['ccs-scale-cat-service']
batch = Batch('public-texts-52.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the G-Cloud 15 tender documents as
    # quoted in the arc-kit overlay, the G-Cloud 13 question set, and the peer support workers procurement
    # (`ocds:<ocid>`; its Find a Tender contract notice is the tender stage of the same record).
    if src.startswith(AK): return 'gca:rm1557.15-g-cloud-15-tender-documents'
    if src.startswith(DMF): return 'github:Crown-Commercial-Service/digitalmarketplace-frameworks:g-cloud-13'
    if src in (PSW, PSWF): return 'ocds:ocds-h6vhtk-0486ef'
    if src in (KN1, KN2): return 'knowsley.gov.uk/social-value-council'
    return src
def licence_of(src):
    if src.startswith(DMF): return DMF_LICENCE
    if src.startswith(CAS): return CAS_LICENCE
    if src == PSW: return NOTICE_D3
    if src == PSWF: return OGL
    return Q
batch.emit_lists('pub52', R, NEG, group_of, licence_of)
