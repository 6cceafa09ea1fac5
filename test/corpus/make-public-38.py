"""Write /work/batches/public-texts-38.jsonl: batch 46, TECHNOLOGY tenders' own question wording, from sources the
corpus did not yet hold: the social value part of the G-Cloud 15 (RM1557.15) supplier declaration as GCA's question
export words it (Section A, the Section B missions and measures, Section C and Operational Readiness), with hard
negatives from the same bid (the G-Cloud 15 lot questions: quality questions on cloud performance, evergreen
maintenance, billing, user enablement and innovation, exit, change of service, NCSC and sanctions confirmations, the
Carbon Reduction Plan and Cyber Essentials pass/fail questions, data location, penetration testing, data sanitisation,
staff vetting, ISO certificates, reseller conditions) and the G-Cloud 15 tender notice; tech-specific social value asks
and delivery (conflict minerals award questions and contract requirements for ICT products, Electronics Watch contract conditions for ICT
hardware, refurbished devices donated through ICT contracts' social value commitments, second-user devices in a Defra
device tender, the circular economy section planned for the All-Wales IT framework), with negatives from the same pages
(refurbished-device and ICT-disposal services bought as the service, councils' own digital inclusion schemes, framework
scope and dates).

Sources: GCA's G-Cloud 15 question export as quoted in the arckit-uk-gcloud overlay of github:tractorjuice/arc-kit
(commands/social-value.md, templates/social-value-template.md, templates/lot-questions-template.md); the G-Cloud 15
tender notice on Find a Tender; the Scottish Sustainable Procurement Tools pages on conflict minerals (award criteria, contract management, assessment
of risk);
Electronics Watch's contract conditions, contract performance, contractor guidance and procurement tools pages; STAR Procurement's Laptop Lending Scheme case study; i-network's
Trafford Tech4All entry; Liverpool Express on refurbished devices from the council's ICT disposal contract; Techbuyer on
Defra's device management tender; TD SYNNEX on the All-Wales IT Products and Services Agreement; the Countess of Chester
NHS refurbished devices framework notice (d3tenders copy) and PublicTechnology's report of it.

Texts are verbatim (read through the `search` tool's pages corpus and `read_file` on the stored repository files); list
bullets, question numbers and table pipes dropped. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Find a Tender and sustainableprocurementtools.scot are Crown copyright (OGL
v3), the d3tenders notice is notice data; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-38.py > /work/batches/public-texts-38.jsonl
"""
from batch import Batch, host_licence, EI, CL, EO, WB, MU, U, S, W, N


# G-Cloud 15 (GCA question export, quoted in the arckit-uk-gcloud overlay)
AK = 'github:tractorjuice/arc-kit@'
GSV = AK + 'b6f782ba03421dd96260e5cd5a78a47e78d609ad:plugins/arckit-uk-gcloud/commands/social-value.md'
GST = AK + '1e7643ca96a2a119a1be1fadbdae6bb92182af32:plugins/arckit-uk-gcloud/templates/social-value-template.md'
GLQ = AK + '1639a4d92bab7d29b7216e35e43f595f964fa0c9:plugins/arckit-uk-gcloud/templates/lot-questions-template.md'
FTS = 'https://www.find-tender.service.gov.uk/Notice/049176-2025'
# Technology social value asks and delivery
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fairly-and-ethically-traded/conflict-minerals/award/'
SPC = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fairly-and-ethically-traded/conflict-minerals/contract-management/'
SPR = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fairly-and-ethically-traded/conflict-minerals/assessment-of-risk-opportunity'
EWC = 'https://electronicswatch.org/en/contract-conditions_2548258'
EWP = 'https://electronicswatch.org/contract-performance-due-diligence_2548277'
EWG = 'https://electronicswatch.org/en/contractor-guidance_2548365'
EWT = 'http://electronicswatch.org/en/procurement-tools-and-studies_2543028'
STR = 'https://www.star-procurement.gov.uk/Suppliers/Social-Value-Case-Studies/Laptop-Lending-Scheme.aspx'
INW = 'https://i-network.org.uk/trafford-tech4all-campaign/'
LPX = 'https://liverpoolexpress.wpsaul.com/refurbished-it-equipment-donated-to-woodlands-hospice'
TBY = 'https://www.techbuyer.com/uk/blog/defra-takes-the-lead-on-circular-it-procurement'
TDS = 'https://newsflash.tdsynnex.co.uk/sustainability/public-sector-looks-to-refurbished-tech-options/5950'
COC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03333d'
PTN = ('https://www.publictechnology.net/2022/09/21/health-and-social-care/'
       'nhs-unveils-30m-framework-repairs-and-refurbished-devices/')

G = 'G-Cloud 15 (RM1557.15) supplier declaration'
GA = G + ': Social Value: Section A: Understanding Social Value'
GB = G + ': Social Value: Section B: Commitment for Future: Delivery'
GBM = GB + ': Missions'
GC = G + ': Social Value: Section C: Organisational Readiness: Process'
GR = G + ': Social Value: Operational Readiness'
GR2 = GR + ': Do you have, or will you have by the Framework Award date, an organisational process in place to:'
L = 'G-Cloud 15 (RM1557.15) lot questions'
L1 = L + ': Part 1: Lots 1a and 1b (IaaS and PaaS)'
L1Q = L1 + ': 2. Scored Quality Questions'
L2 = L + ': Part 2: Lots 2a and 2b (iSaaS and SaaS): 1. Mandatory Award Criteria'
L3 = L + ': Part 3: Lot 3 (Cloud Support): 1. Mandatory Award Criteria'
FTS_S = 'G-Cloud 15: Scope: Description'
FTS_I = FTS_S + ': G-Cloud 15 will introduce a number of further improvements, these include:'
SPT_S = 'Fairly and ethically traded: Conflict minerals: Award'
SPT_Q = SPT_S + ': Where the sustainability of materials is both relevant and proportionate the following questions may be helpful:'
SPC_S = 'Fairly and ethically traded: Conflict minerals: Contract management'
SPC_Q = SPC_S + ': Specific requirements may include:'
SPR_S = 'Fairly and ethically traded: Conflict minerals: Assessment of risk/opportunity'
EWC_S = 'Electronics Watch Contract Conditions'
EWP_S = 'Contract Performance & Due Diligence'
EWG_S = 'Contractor Guidance'
EWT_S = 'Procurement tools and studies: Guidance for Remediation and Prevention of Migrant Worker Recruitment Fees and Related Costs in Public Procurement, April 2019'
STR_S = 'Social Value Case Studies: Laptop Lending Scheme'
INW_S = 'Trafford Tech4All Campaign: Briefly describe the initiative/ project/service; please include your aims and objectives'
LPX_S = 'Refurbished IT equipment donated to Woodlands Hospice'
TBY_S = 'Defra Takes the Lead on Circular IT Procurement'
TDS_S = 'Public sector looks to refurbished tech options'
COC_S = 'National Framework for the Provision of Refurbished Electronic Devices and Repair Services: Notice Description'
PTN_S = 'NHS unveils £30m framework for repairs and refurbished devices'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # G-Cloud 15 social value (pass/fail, 10% on every lot)
 (GSV, 'tech-gcloud-sv', U, MU, [], GA, 'Do you agree to collaborate with stakeholders (e.g. buyers, end users, local communities etc) to design and deliver social value in each Call-Off Contract where required?'),
 # The four missions as the repository lists them (mission — outcome numbers) are left out: that line is the
 # repository author's summary, not the framework's own wording.
 (GSV, 'tech-gcloud-sv', U, EO, ['economic-inequality'], GB + ': Policy Outcome 1', 'Payment of more than the National Minimum Wage or National Living Wage'),
 (GSV, 'tech-gcloud-sv', U, EO, [], GB + ': Policy Outcome 1', 'Monitoring and reporting of gender and ethnicity pay gaps'),
 (GSV, 'tech-gcloud-sv', U, WB, [], GB + ': Policy Outcome 1', 'Volunteering opportunities for staff'),
 (GSV, 'tech-gcloud-sv', U, EI, [], GB + ': Policy Outcome 2', 'Delivery of apprenticeships, supported internships and T Level industry placement opportunities'),
 (GSV, 'tech-gcloud-sv', U, EO, [], GB + ': Policy Outcome 6', 'Other measures to provide equality of opportunity for disabled people'),
 (GSV, 'tech-gcloud-sv', U, EI, [], GB + ': Policy Outcome 7', 'Creation of outreach activities to create a pipeline of employees'),
 (GSV, 'tech-gcloud-sv', U, WB, [], GB + ': Policy Outcome 8', 'Actions to invest in the physical and mental health and wellbeing of the contract workforce'),
 (GSV, 'tech-gcloud-sv', U, EI, ['equal-opportunity'], GB + ': Policy Outcomes 6, 7 and 8', 'Advertising, promotional and outreach activities designed to raise awareness of the offer to reach the target cohort'),
 # Scottish Sustainable Procurement Tools: conflict minerals award questions (ICT and other products)
 (SPT, 'tech-ethical', S, EO, [], SPT_Q, '‘Please provide evidence of your capability to minimise, or eliminate, the use of conflict minerals within products supplied as part of this tender. This can be  demonstrated through a comprehensive policy, systems and processes, which may reflect the OECD Due Diligence Guidance, or membership of the Responsible Business Alliance (RBA) or equivalent.’'),
 (SPT, 'tech-ethical', S, EO, ['climate'], SPT_Q, '‘Please provide a copy of your Environmental Policy and highlight how it relates to the minimisation and elimination of conflict minerals in products supplied as part of this tender.’'),
 (SPC, 'tech-ethical', S, EO, [], SPC_Q, "'The provision of yearly verification that products supplied do not contain conflict minerals.'"),
 (SPC, 'tech-ethical', S, EO, [], SPC_Q, '‘The provision of an annual summary of its due diligence and risk management measures consistent with the OECD Due Diligence Guidance’'),
 (SPC, 'tech-ethical', S, EO, [], SPC_Q, '‘Demonstration of support for institutional mechanisms to advance responsible sourcing of minerals consistent with OECD Due Diligence Guidance. Evidence could include for example participation and support of the Responsible Minerals Initiative, the Public-Private Alliance for Responsible Minerals Trade, and the European Partnership for Responsible Minerals, etc.’'),
 (SPC, 'tech-ethical', S, EO, [], SPC_Q, '‘Evidence of participation in in-region responsible sourcing programs/initiatives for Tantalum, Tin, Tungsten and Gold (3T+G), i.e. such as inclusion on the list of members to the initiative/program.’'),
 (SPC, 'tech-ethical', S, EO, [], SPC_Q, '‘A public list of its smelters/refiners of tantalum, tin, tungsten, and gold reported for its supply chain.’'),
 # Electronics Watch contract conditions for ICT hardware contracts
 (EWC, 'tech-ethical', U, EO, [], EWC_S, 'Electronics Watch Contract Conditions are an effective tool for affiliates to ensure social responsibility in their electronics supply chains.'),
 (EWC, 'tech-ethical', U, EO, [], EWC_S, 'The Contract Conditions require the contractor to perform due diligence to achieve supply chain transparency, collaborate with independent monitors, and remedy breaches of labour rights and safety standards.'),
 (EWC, 'tech-ethical', U, EO, [], EWC_S, 'Affiliates to Electronics Watch incorporate the Electronics Watch Contract Conditions or equivalent clauses in their ICT hardware contracts.'),
 (EWP, 'tech-ethical', U, EO, [], EWP_S + ': Contract performance management rather than certification', 'The goal of any one contract for electronics products is to detect breaches and help improve conditions for workers who make the products.'),
 (EWP, 'tech-ethical', U, EO, [], EWP_S + ': Effective due diligence', 'Contractors must achieve specific outcomes within their direct control, or demonstrate effective due diligence towards achieving them.'),
 (EWG, 'tech-ethical', U, EO, [], EWG_S, 'It is designed to help these contractors comply with the Electronics Watch Contract Conditions and similar contract performance standards that aim to improve working conditions in factories that make the goods public sector organisations buy.'),
 (EWG, 'tech-ethical', U, EO, [], EWG_S + ': The Guidance defines 10 concrete outcomes to enhance:', 'supply chain transparency,'),
 (EWG, 'tech-ethical', U, EO, [], EWG_S + ': The Guidance defines 10 concrete outcomes to enhance:', 'factory compliance with labour rights and safety standards.'),
 (EWG, 'tech-ethical', U, EO, [], EWG_S, 'Contractors must achieve outcomes within their direct control, and demonstrate effective due diligence towards achieving other outcomes.'),
 (EWT, 'tech-ethical', U, EO, [], EWT_S, 'This guidance for remediation and prevention of migrant worker recruitment fees and related costs is intended as a framework to help public buyers detect when the recruitment of migrant workers at any point in their supply chains creates risk of forced labour through debt bondage; guide suppliers in detecting, remedying and preventing recruitment fees and related costs charged to migrant workers; and ensure appropriate remedy when migrant workers face risk of debt bondage caused by recruitment fees and related costs.'),
 # STAR Procurement: ICT contracts' social value commitments used for digital inclusion
 (STR, 'tech-case', U, WB, ['economic-inequality'], STR_S + ': What was the project?', 'STAR were approached to see if any of the Trafford Council ICT Contracts had a social value commitment that could be diverted to support this project.'),
 (STR, 'tech-case', U, WB, [], STR_S + ': What was the project?', 'Through two Trafford ICT contracts, STAR were able to confirm funding to the value of £1,500, which will enable Trafford Council to purchase sim cards and dongles for the donated laptops.'),
 (STR, 'tech-case', U, WB, [], STR_S + ': What was the project?', 'OSMIS committed to donations or in-kind contributions to local community projects to the value of £1,000.'),
 (STR, 'tech-case', U, WB, ['economic-inequality'], STR_S + ': What was the project?', 'Risual committed to donating £500 of money or equipment to local VCSEs'),
 (STR, 'tech-case', U, MU, [], STR_S + ': Lessons Learned', 'This project demonstrated that Social Value commitments can be used flexibly to support innovative, community based schemes.'),
 # i-network: Trafford Tech4All
 (INW, 'tech-case', U, WB, ['climate'], INW_S, 'Recognising that lack of access to suitable devices hinders digital skill development, Trafford Council partnered with a nonprofit tech refurbishment partner, Community Computers, to wipe, relicense and repurpose devices donated to Trafford Council by partners through their social value commitments, to be reused for social good.'),
 # Liverpool City Council ICT disposal contract
 (LPX, 'tech-case', U, WB, ['climate'], LPX_S, 'As part of Liverpool City Council’s ICT disposal contract, 27 refurbished devices—including laptops, tablets, and mobile phones—have been donated to Woodlands Hospice.'),
 (LPX, 'tech-case', U, WB, ['climate'], LPX_S, 'Through this contract, managed in partnership with Asset Lifecycle Solutions, devices that are no longer needed by the Council are given a second life—supporting local organisations and delivering social value to the community.'),
 (LPX, 'tech-case', U, MU, [], LPX_S, 'This decision was made in line with the supplier’s social value commitments, which were set out as part of their proposal during the procurement process.'),
 # Techbuyer on Defra's device management tender
 (TBY, 'tech-case', U, CL, [], TBY_S, 'We asked that refurbished equipment should be the default, with users asked to articulate why they needed new equipment to do their job.'),
 (TBY, 'tech-case', U, CL, [], TBY_S, 'The Department of Environment, Food and Rural Affairs (DEFRA) has taken the lead in circular approaches to IT procurement in a device management tender that invites bidders to include second-user devices.'),
 # TD SYNNEX on the All-Wales IT Products and Services Agreement
 (TDS, 'tech-framework', W, CL, [], TDS_S, 'The website notes that the Welsh government plans to include a section on the ‘circular economy and recycled items’ in the latest version of the national cross-public sector tech framework.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (GSV, 'tech-gcloud-sv', U, MU, [], GA, 'Do you understand that CCS and users of the G-Cloud 15 agreement are required to deliver social value and to provide evidence of delivery during the contract?'),
 (GSV, 'tech-gcloud-sv', U, MU, [], GA, 'Do you understand that a buyer calling off under the G-Cloud 15 framework may include a social value requirement to a Call-Off contract?'),
 (GSV, 'tech-gcloud-sv', U, MU, [], GA, 'Do you understand that, provided that it is relevant and proportionate, you will be obligated to meet the social value requirement included in the Call-Off Contract(s)?'),
 (GSV, 'tech-gcloud-sv', U, MU, [], GC, 'Please commit here to having a CCS Social Value Contact in the organisation to be responsible for your delivery of social value.'),
 (GSV, 'tech-gcloud-sv', U, MU, [], GR, 'Do you commit to reporting the Social Value you have delivered, as and when required?'),
 (GST, 'tech-gcloud-sv', U, MU, [], GR2, 'identify the social value opportunities within a contract?'),
 (GST, 'tech-gcloud-sv', U, MU, [], GR2, 'measure and report on the delivery of social value in Call-Off Contracts?'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # G-Cloud 15 declaration: pass/fail understanding and readiness confirmations
 (GSV, 'tech-gcloud-sv', U, GA, 'Do you understand that CCS will evaluate your G-Cloud 15 social value response as per the process described within Attachment 2?'),
 # G-Cloud 15 lot questions
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.1 Quality Cloud Services (40%, marked 100/50/0): a) Cloud service performance', 'Explain how your technology and processes will ensure that your services will perform in the critical areas of scalability and reliability, to meet buyer requirements.', {'weighting_percent': 20, 'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.1 Quality Cloud Services (40%, marked 100/50/0): b) Operational Continuity and Evergreen Maintenance', 'Demonstrate how your cloud solutions will prevent the creation of any new technical debt ("technical debt" is the hidden cost of adopting short term design decisions instead of long term solutions, including the implied cost of additional work in the future) by remaining "evergreen" through continuous updates and improvements.', {'weighting_percent': 20, 'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.1 Quality Cloud Services (40%, marked 100/50/0): b) Operational Continuity and Evergreen Maintenance', 'Explain measures which will be undertaken to ensure that the process of continuous updates and improvements will cause minimal disruption and impact to service users providing operational continuity.'),
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.2 Maximising Buyer Value (40%, marked 100/66/33/0): a) Account Management and Billing Transparency/Optimisation', 'Explain how you will enable Buyers to understand and optimise their service usage and costs.', {'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.2 Maximising Buyer Value (40%, marked 100/66/33/0): b) Technology Support and User Enablement', 'Demonstrate how you will equip users with the skills and knowledge to maximise the effectiveness of your cloud solution.', {'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.2 Maximising Buyer Value (40%, marked 100/66/33/0): b) Technology Support and User Enablement', 'Your response must clearly describe the support services and training initiatives you will offer, including how they are accessed, to enhance user proficiency and ensure efficient utilisation of your services.'),
 (GLQ, 'tech-gcloud-lot', U, L1Q + ': 2.2 Maximising Buyer Value (40%, marked 100/66/33/0): c) Access to Innovation and Technical Advancement', 'Demonstrate how you will support Buyers to access innovation to inform both their technology strategy and business service delivery.', {'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 3. Non-scored Mandatory Questions', 'Do you adhere to relevant NCSC guidance, including but not limited to cloud security principles, supply chain security and risk management frameworks to ensure the resilience and security of your services?'),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 3. Non-scored Mandatory Questions', 'Do you have policies and controls in place to ensure full compliance with applicable international sanctions, trade restrictions and embargoes as issued by the UK Government and relevant international bodies?'),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 3. Non-scored Mandatory Questions: 3.1 Customer Contractual Exit', 'Please describe in no more than 250 words your high level procedure for customer contractual exit.', {'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 3. Non-scored Mandatory Questions: 3.2 Change of Service and Backward Compatibility', 'Please describe in no more than 250 words how you engage your customer in a change of service and how you ensure backward compatibility.', {'limit_words': 250}),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 1. Conditions of Participation: 1.6 Carbon Reduction Plan: Taking steps to reduce GHG', 'Please confirm that your organisation (and if applicable, each of your consortium members) is taking steps to reduce your greenhouse gas (GHG) emissions over time and is publicly committed to achieving Net Zero by 2050'),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 1. Conditions of Participation: 1.6 Carbon Reduction Plan: CRP completed', 'Please confirm that you have detailed your environmental management measures by completing a Carbon Reduction Plan which meets the required reporting standard'),
 (GLQ, 'tech-gcloud-lot', U, L1 + ': 1. Conditions of Participation: 1.2 Cloud Service Suppliers You Intend to Resell with Evidence', 'List the cloud service suppliers you intend to resell and identify for each evidence of accreditation or a partnership agreement (this may be in the form of a link to a published list of accredited resellers in which you are included).'),
 (GLQ, 'tech-gcloud-lot', U, L2 + ': 1.2 How You Will Provide Asset Protection', 'Will your organisation know the location where the service user data is stored and processed?', {'weighting_percent': 2.5}),
 (GLQ, 'tech-gcloud-lot', U, L2 + ': 1.3 What Frequency Will Penetration Testing Be Conducted', 'How often will penetration testing be conducted on the SaaS service?', {'weighting_percent': 2.5}),
 (GLQ, 'tech-gcloud-lot', U, L2 + ': 1.4 How You Will Provide Data Sanitisation', 'Do you have an industry standard data sanitisation process, such as explicit overwriting of storage before reallocation / Secure Erase, degaussing, or physical destruction / hardware containing data is completely destroyed?', {'weighting_percent': 2.5}),
 (GLQ, 'tech-gcloud-lot', U, L3 + ': 1.2 How Do You Manage Staff Security Clearance Checks', 'Will your organisation perform staff security clearance checks for staff with access to information or connected to the delivery of your Cloud Support services?', {'weighting_percent': 2.5}),
 (GLQ, 'tech-gcloud-lot', U, L3 + ': 1.3 What Level of Security Clearance Are You Prepared to Implement', 'What level of staff security clearance are you prepared to have in place should a Buyer require it?', {'weighting_percent': 2.5}),
 (GLQ, 'tech-gcloud-lot', U, L3 + ': 1.4 Are You Prepared to Have in Place Cyber Essentials', 'Are you prepared to have in place Cyber Essentials (or equivalent or higher) certification should a Buyer require it?', {'weighting_percent': 2.5}),
 (GLQ, 'tech-gcloud-lot', U, L + ': Part 2: Lots 2a and 2b (iSaaS and SaaS): 3. Non-mandatory Standards and Certifications', 'Do you have a current ISO 28000:2022 certification that covers the security of your supply chain?'),
 # G-Cloud 15 tender notice
 (FTS, 'tech-notice', U, FTS_S, 'G-Cloud 15 (GC15) is the proposed replacement for G-Cloud 14 (GC14), G-Cloud 14 Lot 4 (GC14.4) and Cloud Compute 2 (CC2).'),
 (FTS, 'tech-notice', U, FTS_I, 'Social Value, Quality, and Price Evaluations delivered through the evaluation at scale project, pending digital enhancements'),
 (FTS, 'tech-notice', U, FTS_I, 'Introduction of appropriate levels of Economic and Financial Standing (EFS) for each Lot in G-Cloud 15, replacing the Bronze Plus blanket approach used for G-Cloud 14.'),
 # conflict minerals award page
 (SPT, 'tech-ethical', S, SPT_S, 'Award criteria must be proportionate and relevant to the subject matter of the contract, and there must be a clear methodology to evaluate responses.'),
 (SPT, 'tech-ethical', S, SPT_S, 'Below are some examples of wording that could be used as award criteria where there may be concerns regarding the use of conflict minerals in the supply chain.'),
 (SPT, 'tech-ethical', S, SPT_S, 'Where services are being procured care must be taken to ensure that requirements placed on bidders are both relevant and proportionate.'),
 (SPC, 'tech-ethical', S, SPC_S, 'Contractual requirements must be quantifiable and measureable; otherwise there is a risk that it may be unenforceable.'),
 (SPC, 'tech-ethical', S, SPC_S, 'The buyer must also consider whether this requirement is core to the contract or a secondary issue, as any remedy for breach of performance may be difficult to quantify.'),
 (SPR, 'tech-ethical', S, SPR_S, 'It is important that a buyer carries out an appropriate level of due diligence early in the process to establish if what they are buying raises any concern about the use of conflict minerals.'),
 # Electronics Watch
 (EWG, 'tech-ethical', U, EWG_S, 'The Guidance has been developed through consultations with a wide range of stakeholders and is based on the practical experience of Electronics Watch affiliates.'),
 (EWP, 'tech-ethical', U, EWP_S + ': Contract performance management rather than certification', 'Electronics Watch does not certify or rate products, factories, or companies for compliance with labour rights and safety standards.'),
 # STAR Laptop Lending Scheme (the council's own scheme)
 (STR, 'tech-case', U, STR_S + ': What was the project?', 'Trafford Council launched the laptop lending scheme in March 2021 via Trafford Libraries to begin to address the digital inequalities that exist across the borough.'),
 (STR, 'tech-case', U, STR_S + ': What was the project?', 'This was funded via the Adult Education Budget (AEB) to enable the city-regions residents to develop the skills they need for life and work.'),
 # i-network: Trafford Tech4All (the council's own scheme)
 (INW, 'tech-case', U, INW_S, 'The journey of the Tech4All campaign began back in 2023 when Trafford Council and Virgin Media O2 partnered on a community engagement project in Partington.'),
 (INW, 'tech-case', U, INW_S, 'The shop allowed residents on means-tested benefits to purchase a refurbished ex-business laptop for a heavily subsidised cost of £60, as well as providing information on social broadband tariffs and free data through the National Databank.'),
 # Liverpool: the ICT disposal service bought
 (LPX, 'tech-case', U, LPX_S, 'Liverpool City Council’s ICT disposal contract ensures that redundant IT equipment is securely wiped, sustainably processed, and, where possible, refurbished for reuse.'),
 # Techbuyer: Defra device tender scope and route
 (TBY, 'tech-case', U, TBY_S + ': An Approach as Much as a Product', 'Interestingly, this latest national government invitation to tender will go live on the Technology Services 3 framework, where public sector customers can buy technology services ranging from strategy and design to operational deployment.'),
 (TBY, 'tech-case', U, TBY_S + ': An Approach as Much as a Product', 'DEFRA confirmed that the chosen provider will be responsible for the provision, deployment, operation, support and disposal of devices throughout their lifecycle.'),
 # TD SYNNEX: All-Wales framework scope and dates
 (TDS, 'tech-framework', W, TDS_S, 'While it is only running a scoping exercise for now, it’s thought that a formal procurement exercise for the third iteration of the All-Wales IT Products and Services Agreement will be announced later this year.'),
 # NHS refurbished devices framework (the service bought)
 (COC, 'tech-notice', U, COC_S, 'The aim of the proposed framework is to provide a sustainable and cost-effective method to extend the life cycle of mobile electronic devices.'),
 (PTN, 'tech-notice', U, PTN_S, 'The second lot relates to the supply of refurbished smartphones and other mobile electronic devices, as well as warranty protection.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk', 'sustainableprocurementtools.scot')
def licence_of(src):
    return host_licence(src, OGL_HOSTS) if not src.startswith('github:') else host_licence('https://github.com/', ())
batch = Batch('public-texts-38.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the G-Cloud 15 question export as the
    # overlay quotes it; the Scottish Sustainable Procurement Tools and STAR sites as earlier batches group them; the
    # NHS refurbished devices framework notice and its press report.
    if src.startswith(AK): return 'github:tractorjuice/arc-kit:plugins/arckit-uk-gcloud (G-Cloud 15 question export)'
    if 'sustainableprocurementtools.scot' in src: return 'sustainableprocurementtools.scot'
    if 'star-procurement.gov.uk' in src: return 'star-procurement.gov.uk/social-value'
    if 'electronicswatch.org' in src: return 'electronicswatch.org/contract-conditions'
    if src in (COC, PTN): return 'ocds:ocds-h6vhtk-03333d'
    return src
batch.emit_lists('pub38', R, NEG, group_of, licence_of)
