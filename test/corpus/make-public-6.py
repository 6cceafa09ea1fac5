"""Write test/corpus/public-texts-6.jsonl: batch 11 (109 texts, 47 social value), aimed at what the corpus still lacked:
council social value charters and policy outcome lists as bare list items (North Lincolnshire, Rotherham and its
ethical care charter, Chorley, Leicester), the Northern Ireland PPN 01/21 themes and fair-work / living-wage conditions
(NI Water, Carson McDowell), Welsh community benefit types and policy (Community Housing Cymru, City & County of
Swansea), NHS social value commitments (a health-tender page, NHS Providers); and hard negatives from the documents that
surround tender questions: what councils and an NHS trust ask for at qualification (company status, accounts,
references, insurance, quality / environmental systems, equalities policies), PQQ and SQ guidance (experience of
similar contracts, financial accounts, bonds, exclusion grounds, yes/no answers, data protection questions), two
supplier information-security questionnaires worded as questions (hosting, sub-contracting, offshoring, backups, staff
vetting, breach notification), Procurement Journey mobilisation, exit and contract-management lists, cyber security
(PPN 09/23), business continuity, TUPE information, safeguarding tiers, ISO 14001 accepted as an environmental
management system, and the Scottish Government's terms for a quotation. Texts verbatim from the stored pages (read
through the `search` tool, pages corpus; a cut at the end marks where the stored page text breaks off). Scored blind
with the committed model before joining (test/corpus/README.md, batch 11). Same conventions as make-public-5.py.

  python3 test/corpus/make-public-6.py > test/corpus/public-texts-6.jsonl
"""
from batch import Batch, host_licence, EI, CL, EO, WB, MU, ID

NLC = 'https://www.northlincs.gov.uk/news/new-charter-would-see-businesses-pledge-support-to-ensure-north-lincolnshire-is-the-best-place/'
ROT = 'https://www.rotherham.gov.uk/business-council/mps-procurement-opportunities/2'
CHO = 'https://chorley.gov.uk/article/2302/Social-Value-Policy-Why-are-we-doing-this'
NIW = 'https://www.niwater.com/procurement-news-detail/?ProcurementNewsSection_ID=10004&FriendlyID=Delivering-Social-Value'
CHC = 'https://chcymru.org.uk/policy/housing-services/housing-led-regeneration/community-benefits/'

NLC_S = 'Social Value Charter: organisations would pledge to support measures that boost the long-term social, economic and environmental wellbeing of residents as part of their contract'
ROT_S = 'Social Value: The Social Value Policy sets out 6 key outcomes'
ROT_E = 'Ethical Care Charter: overview of the commitments expected'
CHO_S = 'Social Value Policy: Adoption of this policy can provide the following benefits'
NIW_S = 'Delivering Social Value: Social Value will be scored based on the following themes'
CHC_S = 'Our members deliver the following types of Community Benefits through their contracts with suppliers'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text)
R = [
 (NLC, 'council-list', 'uk', EI, [], NLC_S, 'Improving skills and enabling everyone to access education and employment'),
 (NLC, 'council-list', 'uk', EO, [], NLC_S, 'Championing equality of opportunity for all'),
 (NLC, 'council-list', 'uk', EI, [], NLC_S, 'Promoting steel produced in the UK'),
 (NLC, 'council-list', 'uk', EI, [], NLC_S, 'Developing sustainable local supply chains'),
 (NLC, 'council-list', 'uk', EO, ['wellbeing'], NLC_S, 'Improving opportunities for people with disabilities and mental ill-health'),
 (NLC, 'council-list', 'uk', EO, ['economic-inequality'], NLC_S, 'Enhancing support for care leavers'),
 (NLC, 'council-list', 'uk', WB, [], NLC_S, 'Increasing community engagement, participation and volunteering'),
 (NLC, 'council-list', 'uk', WB, [], NLC_S, 'Enabling everyone to improve their health and wellbeing'),
 (NLC, 'council-list', 'uk', EO, ['wellbeing'], NLC_S, 'Enhancing support for carers'),
 (NLC, 'council-list', 'uk', CL, [], NLC_S, 'Reducing waste and carbon emissions'),
 (ROT, 'council-list', 'uk', MU, [], 'Social Value', 'The Council has committed to a 20% social value pledge for all procurement processes over £100,000 per annum, and these providers are mandated to complete regular returns via the Social Value Portal.'),
 (ROT, 'council-list', 'uk', EI, [], ROT_S, 'Raising living standards for residents.'),
 (ROT, 'council-list', 'uk', EI, [], ROT_S, 'A strong local economy with employment and skills opportunities and a growing business base.'),
 (ROT, 'council-list', 'uk', EI, [], ROT_S, 'Young people have the opportunity to develop skills and find worthwhile employment.'),
 (ROT, 'council-list', 'uk', EO, [], ROT_S, 'Equality of opportunity for disadvantaged people and communities including disabled people.'),
 (ROT, 'council-list', 'uk', WB, [], ROT_S, 'Strengthened and sustainable community and voluntary sector.'),
 (ROT, 'council-list', 'uk', CL, ['wellbeing'], ROT_S, 'Greater environmental sustainability including accessible green public spaces.'),
 (ROT, 'council-list', 'uk', EO, ['economic-inequality'], ROT_E, 'All home care firms contracted to work for Council will at least pay real living wage.'),
 (ROT, 'council-list', 'uk', EO, [], ROT_E, 'Zero hours contracts not in place of permanent contracts.'),
 (ROT, 'council-list', 'uk', EO, ['wellbeing'], ROT_E, 'Covered by an occupational sick pay scheme.'),
 (CHO, 'council-list', 'uk', EI, [], CHO_S, "Encouraging a diverse base of suppliers- Promoting supplier diversity; including the participation of small and medium sized enterprises (SME's) and 3rd sector organisations, and local suppliers in general."),
 (CHO, 'council-list', 'uk', EO, ['economic-inequality'], CHO_S, 'Promoting fair employment practices - Ensuring workforce equality and diversity within supply chains, promoting and encouraging fair working practices in general including promoting and encouraging our contractors and suppliers to pay the real Living Wage'),
 (CHO, 'council-list', 'uk', EI, [], CHO_S, 'Meeting targeted recruitment and training needs - Offering a range of apprenticeship, training and skills development opportunities as well as employment opportunities.'),
 (CHO, 'council-list', 'uk', EI, ['wellbeing'], CHO_S, "Community Benefits - Maximising opportunities for organisations to participate in the council's supply chains and encouraging suppliers to make a social contribution to the local area"),
 (CHO, 'council-list', 'uk', EO, [], CHO_S, 'Ethical Sourcing Practices - Ensuring compliance with UK, EU and international standards, promoting fair trade and fair pricing policies, tackling corruption, child labour, animal welfare, blacklisting of union members and similar social issues'),
 (NIW, 'ni-ppn0121', 'northern-ireland', EI, [], NIW_S, 'Theme 1: Increasing secure employment and skills'),
 (NIW, 'ni-ppn0121', 'northern-ireland', EI, ['equal-opportunity'], NIW_S, 'Theme 2: Building ethical and resilient supply chains'),
 (NIW, 'ni-ppn0121', 'northern-ireland', CL, [], NIW_S, 'Theme 3: Delivering zero carbon'),
 (NIW, 'ni-ppn0121', 'northern-ireland', WB, [], NIW_S, 'Theme 4: Promoting wellbeing'),
 (NIW, 'ni-ppn0121', 'northern-ireland', MU, [], "Some of what the Finance Minister, Conor Murphy said", 'This new policy will help create jobs for people in deprived areas and deliver environmental benefits by requiring contracts to employ low or zero carbon practices.'),
 (CHC, 'wales-cb', 'wales', EI, [], CHC_S, 'Workforce initiatives Workforce initiatives cover Targeted Recruitment &Training (TR&T) – including Retention and Training for the existing workforce.'),
 (CHC, 'wales-cb', 'wales', EI, [], CHC_S, 'Supply chain initiatives Targeting supply chain opportunities to smaller and more local suppliers.'),
 (CHC, 'wales-cb', 'wales', WB, [], CHC_S, 'Community initiatives Cash and in kind contributions from the supplier to local community projects'),
 (CHC, 'wales-cb', 'wales', EI, [], 'Community Benefits', 'The outcomes play a role in tackling rising poverty and improving social mobility in communities by adding community benefit clauses to supplier contracts.'),
 (CHC, 'wales-cb', 'wales', EI, [], 'Community Benefits', 'For example, recruiting local people from disadvantaged groups involves little or no extra cost, boosts the local economy and benefits contractors, who get a skilled and committed workforce.'),
]

HCI = 'https://www.hcicontracts.com/?p=114121'
SWA = 'https://www.slideshare.net/BeyondBricksMortar/cityandcountyofswanseacommunitybenefitpolicy'
CMD = 'https://www.carson-mcdowell.com/news-and-events/new-northern-ireland-policy-requires-scoring-of-social-value-in-public-procurement-and-the-introduction-of-minimum-contractual-requirements'
LEI = 'https://www.leicester.gov.uk/business/do-business-with-us/social-value-in-procurement/'
NHP = 'https://nhsp-production.azurewebsites.net/being-an-anchor-institution/contracting-for-local-benefits-and-social-value'
SPH = 'https://sustainableprocurementtools.scot/index.cfm/guidance/heritage/supplier-selection'
HCI_S = 'What Is Social Value in Tenders? Under the NHS framework, this includes commitments such as'
CMD_S = 'PPN 01/21 - Scoring Social Value: From 1 September 2021, the following requirements are incorporated into all Government contracts'
R += [
 (HCI, 'nhs-sv', 'uk', EI, ['equal-opportunity'], HCI_S, 'Local job creation and apprenticeships, particularly for disadvantaged groups.'),
 (HCI, 'nhs-sv', 'uk', CL, [], HCI_S, 'Environmental sustainability and carbon reduction, for example through net-zero strategies, renewable energy adoption, or waste minimisation.'),
 (HCI, 'nhs-sv', 'uk', EO, [], HCI_S, 'Promoting equality, diversity, and inclusion by addressing workforce inequalities, closing pay gaps, and ensuring fair opportunities.'),
 (HCI, 'nhs-sv', 'uk', WB, [], HCI_S, 'Enhancing health and community well-being with programmes such as mental health support, preventative health initiatives,'),
 (NHP, 'nhs-sv', 'uk', MU, [], 'Contracting for local benefits and social value', 'The NHS can invest in local economies through social value procurement, prioritising local spending, and commitment to ethical practices, such as paying fair prices, ensuring contractors pay the real living wage, reducing environmental impact and spending money with businesses which commit to local employment and equal opportunities.'),
 (SWA, 'wales-cb', 'wales', MU, [], '1. The Purpose', 'This policy sets out the principles of including Community Benefit Clauses in all suitable procurements, developments and planning applications to ensure the Council is achieving added value from its spend and activities for the benefit of the wider community.'),
 (SWA, 'wales-cb', 'wales', EI, [], '2. Introduction', 'The City & County of Swansea is committed to addressing poverty, inactivity and social exclusion within Swansea and recognises that promoting social justice and opportunities for non-employed people and the long term economically inactive is also a key element of the Welsh Government’s commitment to sustainable development.'),
 (SWA, 'wales-cb', 'wales', EI, [], '2. Introduction', 'It aims to address barriers to entering the labour market and create opportunities for all Swansea’s citizens, therefore helping to lift individuals and households out of poverty.'),
 (CMD, 'ni-ppn0121', 'northern-ireland', EO, [], CMD_S, 'Adoption of ‘fair work’ practices for all workers engaged in the delivery of the contract.'),
 (CMD, 'ni-ppn0121', 'northern-ireland', EO, ['economic-inequality'], 'PPN 01/21 - Scoring Social Value', 'From 1 June 2022, payment of the living wage must be included as a condition of contract for all tenders.'),
 (LEI, 'council-list', 'uk', MU, [], 'Social value in procurement', 'Additional social value improves the lives of people, for instance, through securing employment and training benefits for local residents; improving emotional and physical health and wellbeing of local residents; reducing carbon emissions or pollution levels, and supporting community groups and projects as part of a procurement process.'),
 (LEI, 'council-list', 'uk', CL, [], 'Social value in procurement', 'For relevant contracts, we will specify green standards we expect providers to meet and we may also include green criteria when we evaluate tenders.'),
]

WYC = 'https://www.wycombe.gov.uk/pages/Business/Doing-business-with-us/How-to-respond-to-invitations-to-tender.aspx'
SAL = 'https://www.salford.gov.uk/your-council/finance/supplying-the-council/how-to-tender-for-business/submitting-a-tender/'
NTH = 'https://www.northumbria.nhs.uk/about-us/corporate-information/become-a-supplier/tender-guides/'
NTH2 = 'https://northumbria.nhs.uk/about-us/corporate-information/become-supplier/tender-guides'
PJB = 'https://procurementjourney.scot/node?page=3'
PJX = 'https://www.procurementjourney.scot/route-3/contract-and-supplier-management/exit-strategy'
PJC = 'https://www.procurementjourney.scot/route/route-3?page=13'
PJE = 'https://www.procurementjourney.scot/climate-emergency/what-do-i-need-do-climate'
CYB = 'https://www.gov.uk/government/publications/ppn-0923-updates-to-the-cyber-essentials-scheme/procurement-policy-note-updates-to-the-cyber-essentials-scheme-html'
TRO = 'https://www.trowers.com/uploads/Files/Data_Protection_and_Public_Procurement_impact_of_GDPR.pdf'
SQA = 'https://docslib.org/doc/13658418/guidance-notes-for-completion-of-qualification-questionnaire'
UWE = 'https://studylib.net/doc/9862327/title-page---university-of-the-west-of-england'
UWG = 'https://scribd.com/document/61699391/Completing-a-PQQ-1'
ECS = 'https://www.executivecompass.co.uk/blog/bid-management/responding-to-supplementary-questions/'
ECB = 'https://www.executivecompass.co.uk/blog/bid-management/responding-to-business-continuity/'
ECT = 'https://www.executivecompass.co.uk/blog/bid-management/tupe-procurement-documents/'
CBC = 'https://docest.com/guidance-and-evaluation-procedures-for-safeguarding-provisions-within-cbc-contracts'
DRO = 'https://dromoresafety.co.uk/what-is-a-pre-qualification-questionnaire'
GSQ = 'https://www.gov.scot/publications/educational-outcomes-learning-sustainability-brief-review-literature/pages/14/'

WYC_S = 'Part 1: qualification: When inviting suppliers to submit tenders we may at first ask for qualifying information about the company, including'
SAL_S = 'The tender documents will include all or some of the following'
PJB_S = 'Before the Contract Starts: The objectives are to'
PJC_S = 'Contract and Supplier Management'
# (source, family, jurisdiction, section, text)
N = [
 (WYC, 'council-guide', 'uk', WYC_S, 'details of company status, parent company etc'),
 (WYC, 'council-guide', 'uk', WYC_S, 'financial statements/company trading accounts'),
 (WYC, 'council-guide', 'uk', WYC_S, 'customer/trade references'),
 (WYC, 'council-guide', 'uk', WYC_S, 'health and safety policies'),
 (WYC, 'council-guide', 'uk', WYC_S, 'public liability and employers liability insurance cover'),
 (WYC, 'council-guide', 'uk', WYC_S, 'quality, training and environmental systems'),
 (WYC, 'council-guide', 'uk', WYC_S, 'equalities policies'),
 (WYC, 'council-guide', 'uk', 'Part 2: evaluation', 'We select the tender which offers the best value for money using pre set evaluation criteria which we will explain in the invitation documents.'),
 (SAL, 'council-guide', 'uk', SAL_S, 'Specification. Providing details of the contract requirements and what needs to be achieved, including any performance standards.'),
 (SAL, 'council-guide', 'uk', SAL_S, 'Other documents. Including requests for other information, for example environmental questionnaire, quality assurance or equal opportunities policy.'),
 (SAL, 'council-guide', 'uk', SAL_S, 'Guarantee undertaking. Required if the tenderer is a subsidiary company.'),
 (NTH, 'nhs-guide', 'uk', 'Selection questionnaire (SQ) guide', 'The questionnaire seeks to identify the relevant capacity (financial and resources), experience and expertise of the company.'),
 (NTH, 'nhs-guide', 'uk', 'Selection questionnaire (SQ) guide', 'Many elements are pass / fail during the SQ stage and may require input from specialist officers such as finance to undertake a financial assessment of bidders to be short listed.'),
 (NTH, 'nhs-guide', 'uk', 'Selection questionnaire (SQ) guide', 'If references are required we will obtain these at the SQ stage as once a company is short listed, we can no longer assess their performance in this way.'),
 (NTH, 'nhs-guide', 'uk', 'Invitation to tender (ITT) guide: A typically good tender is', 'Tailored to the exact requirements of the contract'),
 (NTH2, 'nhs-guide', 'uk', 'Invitation to tender (ITT) guide: A typically good tender is', 'Detailed with supporting evidence and additional documentation clearly referenced'),
 (NTH2, 'nhs-guide', 'uk', 'Invitation to tender (ITT) guide: A typically good tender is', 'States what benefits they can bring to the trust'),
 (PJB, 'scot-pj', 'scotland', PJB_S, 'Ensure a smooth and controlled mobilisation'),
 (PJB, 'scot-pj', 'scotland', PJB_S, 'Confirm the supplier fully understands the specification, Key Performance Indicators (KPIs), and obligations'),
 (PJB, 'scot-pj', 'scotland', PJB_S, 'Finalise risk controls, data requirements, and compliance arrangements'),
 (PJB, 'scot-pj', 'scotland', 'Before the Contract Starts: Key Principles', 'Service continuity – the mobilisation plan must minimise disruption to service users.'),
 (PJX, 'scot-pj', 'scotland', 'Exit Strategy', 'Having an exit strategy in place at the start of a supplier relationship, means that any transfer requirements (e.g. intellectual property; systems access or handover process for delivery requirements etc.) will be included in the contract.'),
 (PJX, 'scot-pj', 'scotland', 'Exit Strategy', 'Data privacy and security are critical. The exit strategy should consider provision for:'),
 (PJX, 'scot-pj', 'scotland', 'Exit Strategy', 'Exit strategies should be reviewed annually, or when significant change occurs.'),
 (PJC, 'scot-pj', 'scotland', PJC_S + ': Execution', 'ensuring the contract is successfully executed.  Includes meeting all special conditions relating to the performance of the contract which may cover economic, innovation-related, environmental, social or employment-related conditions'),
 (PJC, 'scot-pj', 'scotland', PJC_S + ': Compliance', 'monitoring overall compliance to Key Performance Indicators and Service Level Agreements.  Implementing improvement plans in the event of underperformance.  Leveraging supplier expertise in pursuit of cost and efficiency gains'),
 (PJE, 'scot-pj', 'scotland', 'What Do I Need to Do on Climate? Quickfire Guide', 'For example if you require BS EN ISO 14001 you should accept any accredited independent third party certificate of compliance in accordance with the relevant criteria.'),
 (PJE, 'scot-pj', 'scotland', 'What Do I Need to Do on Climate? Quickfire Guide', 'You should also accept other examples of equivalent measures provided that the bidder proves that the proposed measures comply with the required standards e.g. documented environmental management policies and procedures.'),
 (CYB, 'ppn-cyber', 'uk', 'Action', 'In-scope organisations must ensure that effective and proportionate cyber security controls are applied to contracts to mitigate supply chain risks.'),
 (CYB, 'ppn-cyber', 'uk', 'Issue', 'To ensure appropriate cyber security controls are in place and reduce cyber security risks in supply chains, since 2014 the government has required suppliers bidding for certain types of public contracts to hold Cyber Essentials or Cyber Essentials Plus certification (or demonstrate that equivalent controls are in place).'),
 (TRO, 'sq-guidance', 'uk', 'Suitability', "When personal data is going to be shared as part of the contract, a 'project specific' question could be added to Part 3 of the SQ which asks applicants to disclose any data protection issues which have arisen."),
 (TRO, 'sq-guidance', 'uk', 'Suitability', 'The question should be specific and could ask whether the applicant has had an enforcement notice imposed on them, any penalties levied or any other formal action by the ICO or been involved in any proceedings for breach of data protection legislation.'),
 (SQA, 'sq-guidance', 'scotland', 'Questionnaire Responses', 'Only information provided as a direct response to the questionnaire will be evaluated.'),
 (SQA, 'sq-guidance', 'scotland', 'Questionnaire Responses', 'Electronic copies of the PQQ response must be uploaded via the Public Contracts Scotland advertising portal in Microsoft Word format.'),
 (UWE, 'sq-guidance', 'uk', 'Pre-qualification Questionnaire (PQQ) for Services: Instructions for completion', 'Where a question requests a YES/NO answer please make it clear which answer is indicated and include further information necessary to clarify that answer.'),
 (UWG, 'sq-guidance', 'uk', 'Financial Information', 'Tenderers are asked to submit financial accounts/information for the past 3 years of trading, or for the period available if trading for less than three years.'),
 (UWG, 'sq-guidance', 'uk', 'Financial Information', "Should a bond be required, you will be asked at this stage to provide an assurance of the organisations willingness to arrange this."),
 (UWG, 'sq-guidance', 'uk', 'Experience and Technical Ability', 'You are asked to provide details of similar contracts you have worked on'),
 (ECS, 'sq-guidance', 'uk', 'Standard selection questionnaire', 'Part 2 – Exclusion Grounds: Prospective suppliers self-declare any exclusion grounds, such as breaches of environmental, social and labour obligations, insolvency or any grave professional misconduct.'),
 (ECS, 'sq-guidance', 'uk', 'Standard selection questionnaire', 'Part 3 – Selection Questions: Part 3 requires more substantial responses, where bidders must provide answers to narrative-driven questions, such as contract examples and previous experience working with subcontractors.'),
 (DRO, 'sq-guidance', 'uk', 'What Is Included in a PQQ?', 'Grounds for mandatory rejection: you are expected to answer “yes” or “no” to a series of statements regarding your eligibility. Typically, these relate to conspiracy, corruption, fraud, and bribery.'),
 (ECB, 'tender-guide', 'uk', 'Business continuity', 'What events might threaten those critical assets?'),
 (ECB, 'tender-guide', 'uk', 'Business continuity: key risks and mitigation techniques', 'Inclement weather: Severe weather conditions can prevent employees from getting to work.'),
 (ECT, 'tender-guide', 'uk', 'TUPE: list of anticipated, eligible transfer numbers and their current employment conditions', 'Pension scheme membership'),
 (ECT, 'tender-guide', 'uk', 'TUPE: list of anticipated, eligible transfer numbers and their current employment conditions', 'Annual leave and sick pay entitlement'),
 (CBC, 'council-guide', 'uk', 'Guidance and Evaluation procedures for safeguarding provisions within CBC contracts', 'Tier 1: Involves direct contact with children, young people or vulnerable adults'),
 (CBC, 'council-guide', 'uk', 'Guidance and Evaluation procedures for safeguarding provisions within CBC contracts', 'Tier 3: The work involves access to data about children, young people and vulnerable adults'),
 (CBC, 'council-guide', 'uk', 'Guidance and Evaluation procedures for safeguarding provisions within CBC contracts', 'In either circumstance, please ensure that safeguarding measures are detailed within the RFQ or ITT (as appropriate) that require the contractor to make appropriate and proportionate provision of the protection of vulnerable adults and children.'),
 (GSQ, 'scot-gov', 'scotland', 'Appendix G Invitation to Tender: Invitation to Quote', 'By providing us with a quotation you agree to be bound by the Scottish Government Terms and Conditions (SGTC2) which will apply to any contract awarded to you after you have provided us with our quotation.'),
]
DBS = 'https://docest.com/doc/363165/third-party-data-processor-supplier-information-assurance-questionnaire'
ISQ = 'https://docplayer.net/amp/13473915-Name-position-held-company-name-is-your-organisation-iso27001-accredited.html'
DBS_S = 'Third Party Data Processor / Supplier Information Assurance Questionnaire: Section A - General'
ISQ_S = 'Third Party Information Security Questionnaire'
N += [
 (DBS, 'infosec-questionnaire', 'uk', DBS_S, 'Please confirm that your organisation conforms to HM Government Personnel Baseline Security Standard produced by the Cabinet Office.'),
 (DBS, 'infosec-questionnaire', 'uk', DBS_S, 'Are any of the services detailed below sub contracted by your company?'),
 (DBS, 'infosec-questionnaire', 'uk', DBS_S, 'Please indicate whether any aspect of IT systems service delivery and/or development within your organisation, whether managed in-house or outsourced, is provisioned for or stationed from outside of the UK mainland.'),
 (DBS, 'infosec-questionnaire', 'uk', DBS_S, 'If you are processing personal data as part of your scope of supply, are your services governed by a data sharing agreement under the auspices of Data Protection Act 1998?'),
 (DBS, 'infosec-questionnaire', 'uk', 'Section B - Hosting', 'Does your company provide a hosting service for this solution?'),
 (ISQ, 'infosec-questionnaire', 'uk', ISQ_S, 'Is your organisation ISO27001 accredited: If yes please provide a copy of your current certificate'),
 (ISQ, 'infosec-questionnaire', 'uk', ISQ_S, 'What Information Security training is given to employees, relevant contractors and third party users?'),
 (ISQ, 'infosec-questionnaire', 'uk', ISQ_S, 'What security checks are made on employees prior to commencement of employment?'),
 (ISQ, 'infosec-questionnaire', 'uk', ISQ_S, 'What disaster recovery and business continuity policies and procedures do you have in place? Please provide copies.'),
 (ISQ, 'infosec-questionnaire', 'uk', ISQ_S, 'What is the process for notifying customers if their data has been compromised?'),
 (ISQ, 'infosec-questionnaire', 'uk', ISQ_S, 'What are your company s backup procedures including frequency of the backups, the retention schedule and the storage location of backup media?'),
 (SPH, 'scot-spt', 'scotland', 'Supplier selection', 'An environmental management system is likely to only be relevant in the procurement of some services.'),
 (SWA, 'wales-cb', 'wales', 'The policy is applicable to City & County of Swansea employees across all services who', 'Draft or evaluate tenders, quotations and other related documents;'),
]
def licence_of(src):
    # Scottish and UK Government sites (gov.uk, gov.scot, procurementjourney.scot, sustainableprocurementtools.scot)
    return host_licence(src, ('gov.uk', 'gov.scot', 'procurementjourney.scot', 'sustainableprocurementtools.scot'))
def group_of(src):
    # Existing site groups (README "Groups"), then one group per source document; the two stored copies of the
    # Northumbria NHS tender guide are one document.
    for site in ('procurementjourney.scot', 'northumbria.nhs.uk', 'sustainableprocurementtools.scot'):
        if site in src: return site
    return src
Batch('public-texts-6.jsonl').emit_lists('pub6', R, N, group_of, licence_of)
