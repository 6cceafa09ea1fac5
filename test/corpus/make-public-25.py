"""Write /work/batches/public-texts-25.jsonl: batch 33, more TECHNOLOGY and DIGITAL procurement texts by UK public
bodies from sources the corpus did not yet hold: what buyers of ICT devices, software, telecoms and digital services
(and the bodies that advise them) say about the social value they want from technology suppliers, with hard negatives
from the same documents about the technology itself and the buying route (scope of the system bought, cloud
availability and exit questions, cyber security assurance, G-Cloud listing and quality questions, evaluation splits
without social value, framework dates, device refresh, training of the buyer's staff, digital skills as the outcome of
the service bought).

Sources: Crown copyright pages: the Scottish Government's Cyber Security Procurement Support Tool guidance for buyers
(gov.scot), the Government Security Group's Tackling Security Risk in Government Supply Chains (security.gov.uk), NHS
England's procurement framework strategy recommendations for buying digital and IT. Notice data (OGL v3): d3tenders.com
copies of Find a Tender / Contracts Finder OCDS records for council, NHS, DfE and CCS software and IT contracts
(education and social care case management systems, planning and e-procurement software, a legal case management
system, an IT software framework, NHS Digital's Tech Innovation Framework, Wrexham's SIMS transition, a Workday application
management award), and Find a Tender notices as republished by bidatlas.co.uk (CCS technology services framework) and
by the lambda-url tender-listing site (YPO ICT Managed Services & Digital Transformation Solutions). Short quotations: the Education Authority (Northern Ireland) case studies on its teacher portable
devices refresh and its EdIS delivery partner's coding programme, NHS Digital's sustainability annual report 2020-21
(commercial update), CIPS Supply Management's case study of Durham County Council's social value contracts (the
Vodafone mobile deal), the ITU U4SSC procurement guidelines' case study of the Scottish Government ICT frameworks and
circularprocurement.ca's summary of the same, Socitm's social value briefing for digital/IT leaders, Samtaler's piece
on social value from technology companies, Everything ICT on responsible ICT procurement for schools, Scott Logic's
blog on social value in government ITTs, UKAuthority on NHS England's net zero approach to digital, the Sussex Express
on laptops donated by West Sussex's IT services provider under its Social Value Framework, LocalGov's guide to
purchasing cloud services, G-Cloud commentary (The Tender Coach on the G-Cloud 15 quality award questions, Advice
Cloud on G-Cloud 14 listings, Government Business on G-Cloud 13), Chorley Council's decision on its joint ICT
procurement with South Ribble, Salford's award of apprenticeship training for its DDaT apprentices, Reading's digital
transformation partner report, two news summaries of the LGA's technological and digital procurement category strategy
(Public Sector Executive, Public Spend Forum), Capita and the Irish Independent on the Education Authority's schools ICT
contracts, and GovWire's copy of DfE's ICT and computer hardware buying guidance for schools.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, a long
item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr); a source already in the corpus keeps its group.

  python3 test/corpus/make-public-25.py > /work/batches/public-texts-25.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ocid_group, U, S, W, N


D3J = 'https://d3tenders.com/contract/download.php?ocid='
D3P = 'https://d3tenders.com/contract/?ocid='
BA = 'https://bidatlas.co.uk/tenders/'
LU = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/'

# Education Authority (Northern Ireland) case studies
EAT = 'https://www.eani.org.uk/case-study-for-social-value-human-rights-supply-and-delivery-of-teacher-portable-devices'
EAC = 'https://www.eani.org.uk/case-study-for-edis-delivery-partners-think-social-by-teaching-children-coding-skills'
CAP = 'https://capita.com/news/northern-irish-education-authority-extends-schools-it-contract-capita'
IND = 'https://www.independent.ie/irish-news/education/485m-to-be-spent-on-boosting-use-of-technology-in-schools-41675184.html'
# NHS
NHD = ('https://digital.nhs.uk/about-nhs-digital/corporate-information-and-documents/sustainability/sustainability-reports/'
       'sustainability-annual-report-2020-21/summary-of-highlights-from-2020-21')
NHE = 'https://www.england.nhs.uk/nhs-commercial/central-commercial-function-ccf/procurement-framework-strategy-recommendations/'
UKA = ('https://www-ukauthority-com.azurewebsites.net/articles/'
       'nhs-england-net-zero-lead-highlights-process-based-approach-to-decarbonisation')
# councils and sector commentary
CIP = 'https://www.cips.org/en/supply-management/analysis/2019/february/case-study-durham-county-councils-social-value-contracts/'
WSX = 'https://www.sussexexpress.co.uk/news/people/hundreds-of-laptops-have-been-donated-to-sussex-services-3734332'
SOC = 'https://socitm.net/resource-hub/socitm-research/social-value/'
SAM = 'https://samtaler.co.uk/social-value-hub/how-can-technology-companies-create-social-value'
EIC = 'https://everythingict.org/?p=202722'
SCL = 'https://blog.scottlogic.com/2025/08/26/how-deliver-social-value-think-small.html'
LGC = 'https://www.localgov.co.uk/Purchasing-cloud-services-The-guide/38935'
CH1 = 'https://democracy.chorley.gov.uk/ieIssueDetails.aspx?IId=109603&Opt=3'
SAL = 'https://opengovernment.network/decisions/92784'
RDG = 'https://democracy.reading.gov.uk/mgAi.aspx?ID=9112'
PSE = 'https://www.publicsectorexecutive.com/Public-Sector-News/lga-unveils-strategy-to-support-successful-it-service-procurement'
PSF = ('https://www.publicspendforum.net/blogs/nancy-clinton/2017/07/14/'
       'new-guidance-for-local-authorities-on-procuring-digital-services/')
LGA = 'https://local.gov.uk/national-technological-and-digital-procurement-category-strategy'
DFE = 'http://govwire.co.uk/news/department-for-education/ict-and-computer-hardware-61229'
# Scottish Government ICT frameworks as others describe them
ITU = ('https://www.itu.int/en/publications/Documents/tsb/2023-U4SSC-Procurement-guidelines-for-SSC/files/basic-html/'
       'page37.html')
CPC = 'https://circularprocurement.ca/purchasing-framework-for-energy-efficient-client-computer-systems'
# security and cyber assurance (Crown copyright)
CSP = ('https://www.gov.scot/publications/using-scottish-cyber-assessment-service-scas-procurement-processes-guidance-'
       'public-sector-buyers/pages/2/')
SEC = 'https://security.gov.uk/policy-and-guidance/tackling-security-risk-in-government-supply-chains'
# G-Cloud commentary
TCO = 'https://thetendercoach.com/g-cloud-15-a-simple-guide-to-completing-the-quality-award-questions'
ADC = 'https://advice-cloud.co.uk/?post_type=post&p=2632'
GBU = 'https://www.governmentbusiness.co.uk/features/how-use-g-cloud-13'

EAT_S = 'Case Study for Social Value & Human rights – Supply and Delivery of Teacher Portable Devices'
EAT_O = EAT_S + ': Objectives/Issues: To do this we need to ensure:-'
EAC_S = 'Case Study for EdIS Delivery Partners ‘Think Social’ by Teaching Children Coding Skills'
NHD_S = 'NHS Digital Sustainability Annual Report 2020-21: Summary of highlights from 2020-21'
NHD_C = NHD_S + ': Commercial update'
NHD_W = NHD_C + ': To ensure we are embedding these key changes to how we procure goods and services across the organisation we have:'
NHE_S = 'Procurement framework strategy recommendations: Guidance for trusts when buying digital and IT goods and services in the NHS'
UKA_S = 'NHS England net zero lead highlights process based approach to decarbonisation'
CIP_S = "Durham County Council's social value contracts"
CIP_L = CIP_S + ': Durham has achieved social return on investment with various suppliers:'
WSX_S = 'Hundreds of laptops have been donated to Sussex services'
SOC_S = 'Social value: Implications for Digital/IT Leaders and Suppliers (Socitm)'
SAM_S = 'What can technology companies do to create positive social value?'
EIC_S = 'The social impact of responsible ICT procurement'
SCL_S = 'How to deliver social value? Think small (Scott Logic)'
SCL_T = (SCL_S + ': Government procurement: Expectations vs Reality: The Government Commercial Function’s Social Value '
         'Model guidance sets out the model’s five key themes, each with specific policy outcomes:')
LGC_S = 'Purchasing cloud services: The guide'
LGC_A = LGC_S + ': Areas needing some thought are:'
CH_S = 'Approval for the Contract Award Procedure for ICT Hardware, Software and Support Services'
DFE_S = 'ICT and computer hardware (Department for Education)'
ITU_S = 'Procurement guidelines for smart sustainable cities (U4SSC): Scottish Government ICT product frameworks'
ITU_R = ITU_S + ': The results'
CPC_S = 'Case Study: Purchasing framework for energy-efficient client computer systems (Scottish Government)'
CSP_S = ('Cyber Security Procurement Support Tool: guidance for buyers: Section A: Background: A (i): Cyber Security '
         'Procurement Support Tool (CSPST) Decision Making Support Tool – Overview')
SEC_S = 'Tackling Security Risk in Government Supply Chains'
SEC_R = SEC_S + ': Security risks to government supply chains'
TCO_S = 'G-Cloud 15: A Simple Guide to Completing the Quality Award Questions'
ADC_S = "G-Cloud 14: What's stopping you? PART TWO"
GBU_S = 'How to use G-Cloud 13'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # EdIS delivery partner: coding skills programme as the contract's 'Think Social' initiative
 (EAC, 'tech-case', N, MU, [], EAC_S + ': Introduction', 'The EdIS Programme has a commitment to ‘Think Social’ under Procurement Policy Note 01/21 when procuring contracts under its umbrella.'),
 (EAC, 'tech-case', N, EI, [], EAC_S + ': Introduction', 'The EdIS Delivery Partner contract is delivering an educational programme under Business in the Community’s ‘Time to Code’ initiative* to improve computer coding skills amongst primary school children across Northern Ireland, and this ‘Think Social’ initiative also supports the Education Authority’s (EA’s) vision to “be inspiring, supporting and challenging all our children to be the best that they can be” as set out in the EA’s Interim Strategic Plan 2017-2027.'),
 (EAC, 'tech-case', N, EI, ['wellbeing'], EAC_S + ': Objectives', 'Business in the Community’s ‘Time to Code’ initiative aims to redress this imbalance by partnering volunteers from the professional workplace with local primary schools to develop IT skills and prepare children for a digitally advanced future.'),
 (EAC, 'tech-case', N, EI, [], EAC_S + ': Objectives', 'The ‘Time to Code’ initiative aims to improve computer coding skills amongst Key Stage 2 (aged 7-11) primary school children across Northern Ireland.'),
 # NHS Digital sustainability report: commercial update
 (NHD, 'tech-strategy', U, CL, [], NHD_S + ': How we buy', 'We partner with our suppliers to help explore and unblock barriers to the procurement of low or zero environmental impact products and services.'),
 (NHD, 'tech-strategy', U, MU, [], NHD_C, 'Our commercial team is on a journey to drive social value into the full commercial lifecycle.'),
 (NHD, 'tech-strategy', U, MU, [], NHD_C, 'Social value across government consists of five key themes which encourage additional social benefits through the procurement activities we run.'),
 (NHD, 'tech-strategy', U, MU, [], NHD_W, 'Updated our commercial strategy, policies, and procedures to ensure our commitments to social value are central to our Commercial Operating model.'),
 (NHD, 'tech-strategy', U, MU, [], NHD_W, 'This incorporates the revised Cabinet Office requirements that came into effect at the start of 2020 (Procurement Policy Note (PPN) 06/20) which mandates that we must apply “a minimum weighting of 10% of the total score for social value (for relevant) procurements.”'),
 (NHD, 'tech-strategy', U, MU, [], NHD_W, 'A standard Social Value Model toolkit has been developed by Cabinet Office which aims to drive a consistent application of the PPN across Government and we have built this into our templates and procedures.'),
 # UKAuthority: NHS England's net zero approach to digital
 (UKA, 'tech-net-zero', U, CL, [], UKA_S, 'NHS England has developed an approach involving five main processes – developing the business case and benefits, digital service design, procurement and climate change risk management, and data collection – along with the relevant obligations and tooling.'),
 (UKA, 'tech-net-zero', U, CL, [], UKA_S, 'The latter includes a net carbon calculator for digital tooling, a sustainable digital service design specification, guidance on compliance with the Cabinet Office public procurement policy notes and prototypes for climate change risk assessments of digital health services.'),
 # CIPS: Durham County Council's social value contracts (the Vodafone mobile deal)
 (CIP, 'tech-case', U, MU, [], CIP_S, 'He believes authorities should aim for around a 20% weighting for social value in tenders.'),
 (CIP, 'tech-case', U, MU, [], CIP_S, 'His council has gone beyond the scope of the Public Services (Social Value) Act by applying it to contracts below the threshold and beyond services deals.'),
 (CIP, 'tech-case', U, WB, [], CIP_L, 'As part of its mobile telephone deal, Vodafone has committed to provide 200 hours of community support.'),
 (CIP, 'tech-case', U, WB, ['economic-inequality'], CIP_L, 'Other suppliers such as Brakes, Xerox, Konica Minolta and Lloyds donated to local food banks at Christmas.'),
 (CIP, 'tech-case', U, EI, [], CIP_L, 'A banking services contract with Lloyds includes a commitment to give pupils the knowledge and life skills to manage their money.'),
 # West Sussex: laptops donated by the council's IT services provider
 (WSX, 'tech-case', U, WB, [], WSX_S, 'The laptops were donated by the council’s IT services provider XMA, in line with the authority’s Social Value Framework.'),
 (WSX, 'tech-case', U, WB, [], WSX_S, 'More than 750 computers have been allocated across the county including residential care homes, day care providers, carer support groups, the library service, youth groups and those which support victims of domestic violence.'),
 (WSX, 'tech-case', U, MU, [], WSX_S, '“The majority of our major procurements already include the requirement to provide social value, and we are committed to ensuring that at least 80% of new tenders over the value of £500,000 will have social value criteria included by 2024/25.'),
 # ITU U4SSC and circularprocurement.ca: the Scottish Government ICT device frameworks
 (ITU, 'tech-case', S, CL, [], ITU_S, 'To prevent cupboards overflowing with unused keyboards and cables, flexible buying plans were proposed, including the option to buy a PC without peripherals.'),
 (ITU, 'tech-case', S, CL, [], ITU_S, 'For devices that could not be upgraded such as tablets, suppliers looked into how they could recycle components.'),
 (ITU, 'tech-case', S, CL, ['equal-opportunity'], ITU_S, 'Shifting the risks and responsibilities around disposal, carbon reduction and supply chain monitoring to suppliers would mean a considerable investment.'),
 (ITU, 'tech-case', S, MU, [], ITU_R, 'Bids were evaluated using a scoring system, with social, ethical and environmental factors making up 20 per cent of the total.'),
 (CPC, 'tech-case', S, MU, ['climate'], CPC_S, 'The aim was to expand on the government’s previous agreements, which considered corporate social responsibility to focus more on environmental risks and socio-economic opportunities.'),
 (CPC, 'tech-case', S, CL, [], CPC_S, 'As a result, the final procurement requirements focused on energy efficiency, product lifecycle, fleet management, innovative packaging, and end-of-life management with an emphasis on repair, refurbishment, and reuse of devices.'),
 # Socitm briefing for digital/IT leaders
 (SOC, 'tech-policy', U, MU, [], SOC_S, 'This briefing outlines the opportunities for Digital/IT leaders in local public service organisations and their suppliers to consider ‘social value’ as a key plank in their strategies, policies and operations.'),
 (SOC, 'tech-policy', U, MU, [], SOC_S, 'The use of frameworks such as ‘TOMs’ and ‘Doughnut Economics’ can help councils to rethink the balance between social, economic, and environmental foundations of wellbeing, where intervening to deliver social value can make a positive difference to their people, communities and places.'),
 (SOC, 'tech-policy', U, MU, [], SOC_S, 'Working more closely together, both between themselves and in conjunction with the private sector, they can secure better social, economic, environmental and cultural outcomes, or what has become known as ‘social value’.'),
 # Samtaler: social value from technology companies
 (SAM, 'tech-policy', U, MU, [], SAM_S, "There are many ways the public sector's technology suppliers can produce benefits that enhance society and support the tech sector across the UK."),
 (SAM, 'tech-policy', U, MU, [], SAM_S, "As the UK Government unveils its new Digital Strategy, we're looking at what technology companies can do to create social value — and sharing ideas for procurers about the benefits and outcomes their technology suppliers could deliver."),
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (SAM, 'tech-policy', U, None, [], SAM_S + ': Who Public Sector Procurers want to buy from', 'Social value is a mechanism which allows public sector procurers to differentiate between suppliers based on the value they offer society.'),
 # Everything ICT: responsible ICT procurement for schools
 (EIC, 'tech-framework', U, MU, [], EIC_S, 'But it also has influence — over supply chains, local jobs and how budgets ripple out into the wider community.'),
 (EIC, 'tech-framework', U, EO, [], EIC_S + ': Ethical supply chains that stand up to scrutiny', 'Schools want to know their equipment is sourced responsibly, but it’s unrealistic to expect anyone to audit complex supply chains on top of everything else.'),
 (EIC, 'tech-framework', U, EI, [], EIC_S + ': Tech spend that supports local futures', 'Keeping more of that spend in the local area can mean jobs for local businesses, apprenticeships for young people and partnerships with suppliers who know your school and community.'),
 (EIC, 'tech-framework', U, EI, [], EIC_S + ': Tech spend that supports local futures', 'Through Everything ICT, schools can work with suppliers who already invest in their local areas — creating apprenticeships, supporting skills development and working with nearby businesses.'),
 # news summaries of the LGA's national technological and digital procurement category strategy
 (PSE, 'tech-strategy', U, MU, [], 'LGA unveils strategy to support successful IT service procurement', 'It will help authorities assist and promote value for money, economic growth, wider service delivery and social value through the procurement of digital services.'),
 (PSF, 'tech-strategy', U, MU, [], 'New guidance for local authorities on procuring digital services', 'The strategy calls for Local Authorities to use the guidance to assist them in promoting value for money, economic growth, wider service delivery and social value through their procurement of digital services.'),
 # Scott Logic: social value in government ITTs
 (SCL, 'tech-case', U, MU, [], SCL_S, 'The government’s Social Value Model is designed to ensure that those responsible for procurement take into account how the planned investment might improve economic, social, and environmental wellbeing, in addition to producing the core deliverables.'),
 (SCL, 'tech-case', U, CV, [], SCL_T, 'COVID-19 Recovery – Supporting communities and businesses to recover.'),
 (SCL, 'tech-case', U, EI, [], SCL_T, 'Tackling Economic Inequality – Creating jobs, skills, and resilient supply chains.'),
 (SCL, 'tech-case', U, CL, [], SCL_T, 'Fighting Climate Change – Delivering environmental benefits and sustainability.'),
 (SCL, 'tech-case', U, EO, [], SCL_T, 'Equal Opportunity – Reducing inequalities, especially for disabled people and underrepresented groups.'),
 (SCL, 'tech-case', U, WB, [], SCL_T, 'Wellbeing – Improving physical and mental health and community integration.'),
 (SCL, 'tech-case', U, EI, [], SCL_S + ': Government procurement: Expectations vs Reality', 'Running throughout the guidance is the message that the Social Value Model is designed to open up procurement so that Small and Medium-sized Enterprises (SMEs) have equal access to public contracts.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Education Authority: teacher devices refresh, EdIS, schools ICT contracts
 (EAT, 'tech-case', N, EAT_S + ': Introduction', 'It was identified that there was a need to refresh over 20,400 teacher portable devices, the existing teacher devices needed updated to ensure that they were fit for purpose and offered practitioners the flexibility to deliver a pupil centred learning approach, which will elevate the learner experience and allow teachers to seamlessly deliver best practise along with digital learning opportunities.'),
 (EAT, 'tech-case', N, EAT_S + ': Introduction', 'To maximise the potential of the digital resources currently available within schools and beyond, teachers require reliable, up-to-date devices that support latest developments in educational technology to deliver dynamic and personalised learning.'),
 (EAT, 'tech-case', N, EAT_O, 'Training and delivery to demonstrate a positive return on investment whilst delivering improved educational outcomes and attainment'),
 (EAC, 'tech-case', N, EAC_S + ': Introduction', 'Key to the objectives of the Education Authority’s EdIS Programme, is using ICT to transform the educational landscape to improve the educational experience and outcomes for all.'),
 (CAP, 'tech-case', N, 'Northern Irish Education Authority extends schools IT contract with Capita', 'The contract sees Capita provide a managed IT service to every primary, post-primary and special needs school in Northern Ireland, providing services to over 300,000 pupils and 50,000 teachers and support staff.'),
 (IND, 'tech-case', N, '£485m to be spent on boosting use of technology in schools', 'An EA spokesperson told the Sunday Independent the organisation appointed will be required to “deploy, support and manage a modern architecture, technical infrastructure and secure services for schools”.'),
 (IND, 'tech-case', N, '£485m to be spent on boosting use of technology in schools', '“These services will improve the learning experience of our young people, supporting teaching through technology, develop skills for the future and support the EA and its educational stakeholders to improve educational outcomes,” the spokesperson added.'),
 # NHS Digital report, NHS England frameworks, UKAuthority
 (NHD, 'tech-strategy', U, NHD_C, 'They are developing and building knowledge, skills and resources to ensure best practice is applied across NHS Digital’s procurement activities.'),
 (NHE, 'tech-framework', U, NHE_S, 'NHS England has developed guidance to help simplify the digital and IT framework landscape, remove duplication, and reduce costs.'),
 (NHE, 'tech-framework', U, NHE_S, 'We have developed a ‘6 pillar’ approach as a simple yet intuitive way to sub-categorise the varied digital landscape, grouped based on commonality of requirements and functionalities and supplier market capabilities.'),
 (UKA, 'tech-net-zero', U, UKA_S, 'Tongue said his team is currently running a baseline exercise for data collection, taking into account factors such as digital maturity assessments, procurement data and cyber security.'),
 # West Sussex
 (WSX, 'tech-case', U, WSX_S, 'The Social Value Framework is outlined in ‘Our Council Plan’ on West Sussex County Council website.'),
 # ITU U4SSC and circularprocurement.ca
 (ITU, 'tech-case', S, ITU_S, 'As well as investigating the devices themselves, research was also carried out into how to make government offices smarter – for example, allowing remote access to servers for home-workers and switching to lightweight, scaled-down versions of traditional PCs, known as “thin clients”.'),
 (ITU, 'tech-case', S, ITU_R, 'Contracts were offered on an initial two-year basis, with the option to extend a further two years.'),
 (ITU, 'tech-case', S, ITU_R, 'Given the scale and length of the contracts, suppliers were able to offer devices significantly below market rates, representing total savings of GBP 100 million (USD 124 million).'),
 (CPC, 'tech-case', S, CPC_S, 'Scottish Procurement used a prioritization and life cycle mapping tool to inform the development of specifications.'),
 # Samtaler and Everything ICT
 (SAM, 'tech-policy', U, SAM_S + ': Why is it so important to get social value in technology contracts right?', "In the public sector, COVID-19 forced the provision of virtually all public services to move online and whilst some of these provisions have reverted to 'real world' delivery, a significant percentage remain virtual."),
 (EIC, 'tech-framework', U, EIC_S, 'ICT investment is one of the biggest ongoing costs for schools and trusts.'),
 (EIC, 'tech-framework', U, EIC_S + ': Ethical supply chains that stand up to scrutiny', 'Everything ICT suppliers are already vetted for quality, reliability and ethical standards, so schools can buy with confidence, knowing social responsibility has been taken care of..'),
 # LocalGov: purchasing cloud services
 (LGC, 'tech-policy', U, LGC_S, 'Good procurement of cloud computing services requires well-defined and measurable outcomes, risks identified and managed, and terms and conditions of contract properly tailored to the council’s short and long-term needs.'),
 (LGC, 'tech-policy', U, LGC_S, 'This means having a clear understanding of what type of service the council wants, the degree of flexibility required, cost expectations, an exit plan, and a procurement plan with legal input.'),
 (LGC, 'tech-policy', U, LGC_A, 'What guarantees of service availability, confidentiality and data integrity will the cloud service provider give, and how to verify their effectiveness?'),
 (LGC, 'tech-policy', U, LGC_A, 'Is a modular solution needed, with the ability to stop, start and flex different elements independently?'),
 (LGC, 'tech-policy', U, LGC_A, 'Will the network used be a private cloud, a community cloud, the public cloud or a hybrid service?'),
 # Cyber Security Procurement Support Tool (gov.scot) and security.gov.uk
 (CSP, 'tech-policy', S, CSP_S, 'CSPST is a secure online cyber risk assessment and supplier assurance questionnaire tool.'),
 (CSP, 'tech-policy', S, CSP_S, 'The risk profiles in CSPST correspond with a set of recommended minimum security requirements that suppliers can be asked/required to meet.'),
 (CSP, 'tech-policy', S, CSP_S, 'On the basis of those minimum security requirements, a tailored Supplier Assurance Questionnaire (SAQ) is generated within CSPST.'),
 (CSP, 'tech-policy', S, CSP_S, 'When going out to tender, buyers can include in their Invitation To Tender document a requirement for potential bidders to log onto CSPST and complete the SAQ in order to understand and demonstrate the extent to which they comply with the minimum cyber security requirements for that contract.'),
 (SEC, 'tech-policy', U, SEC_R, 'This is particularly relevant to those involved in procuring and managing third-party services that may have access to government systems and data.'),
 (SEC, 'tech-policy', U, SEC_R + ': This includes:', 'commercial teams who should incorporate proportionate security controls into procurement activity'),
 # G-Cloud commentary
 (TCO, 'tech-framework', U, TCO_S, 'These questions determine your quality score and, for certain lots, can even decide whether your bid is compliant.'),
 (TCO, 'tech-framework', U, TCO_S + ': Why This Step Matters', 'If anything is missing or incomplete, the system will automatically mark your application as non-compliant.'),
 (TCO, 'tech-framework', U, TCO_S + ': Conditions of Participation (Lot-Specific)', 'This section starts by asking you to state whether you are a reseller, or in sole control of the cloud infrastructure behind your IaaS or PaaS services?'),
 (ADC, 'tech-framework', U, ADC_S + ': Executive Summary', 'Accessibility, 70% of SMEs respond “none or don’t know”'),
 (ADC, 'tech-framework', U, ADC_S + ': Introduction', 'Admission of a supplier to a framework does not certify that the supplier has all the required details properly presented on the Digital Marketplace.'),
 (GBU, 'tech-framework', U, GBU_S, 'For G-Cloud 13, more than 90 per cent of the suppliers on the framework are small and medium-sized enterprises and 72 per cent are micro and small organisations.'),
 (GBU, 'tech-framework', U, GBU_S + ': Scope', 'The framework covers buying cloud-based computing services including hosting, software and cloud support, with many off-the-shelf, pay-as-you-go cloud solutions included.'),
 # Chorley: decision on its joint ICT procurement with South Ribble
 (CH1, 'tech-decision', U, CH_S, 'To approve the evaluation criteria of 80% cost and 20% quality.'),
 (CH1, 'tech-decision', U, CH_S + ': Reasons for recommendation', 'By jointly procuring these contracts it ensures alignment of software and hardware across both authorities supporting Shared Services.'),
 (CH1, 'tech-decision', U, CH_S + ': Other options considered and rejected', 'Each council could procure software independently, but this would make it very difficult to align software or services in future.'),
 (PSE, 'tech-strategy', U, 'LGA unveils strategy to support successful IT service procurement', 'The LGA has today released its National Technological and Digital Procurement Category Strategy that will support councils make the right choices in procuring contracts for IT services.'),
 # Salford: apprenticeship training for the council's own DDaT apprentices (the service bought); Reading: digital partner
 (SAL, 'tech-decision', U, 'Approval to Award the Contract for Apprenticeships (UA92): The Reasons are:', 'The Digital, Data, and Technology (DDaT) team recently onboarded five new apprentices, with two focused on Cyber Defence Operations (CyDOps) and three in user support roles.'),
 (RDG, 'tech-decision', U, 'Agenda item: Connected Reading Digital Transformation Strategy update', 'It was therefore proposed that a contract with a digital delivery partner was put in place for a two-year period, with two optional one-year extensions.'),
 (RDG, 'tech-decision', U, 'Agenda item: Connected Reading Digital Transformation Strategy update', 'Each project would be subject to a business case and scrutinised to ensure value for money and affordability within the budget allocated.'),
 # DfE ICT and computer hardware guidance (GovWire copy)
 (DFE, 'tech-policy', U, DFE_S + ': Plan before you buy: Assess your schools needs', 'You should only buy hardware which will improve teaching and learning in your school.'),
 (DFE, 'tech-policy', U, DFE_S + ': Assess what you currently have: Repurposing', 'Before you buy new hardware, you may want to consider refurbishing expensive items that you already have.'),
 # notice data: software and IT contracts
 (D3J + 'ocds-h6vhtk-068e07', 'tech-notice', U, "Education Directorate's IT Case Management System: contract award notice: description", "A contract for the supply of a cloud based IT Case Management System that will be used by the council's Education directorate to support all interactions for children, young people and relevant parties throughout their involvement in education."),
 (D3J + 'ocds-h6vhtk-03b7fd', 'tech-notice', U, 'Integrated Social Care & Finance Case Management System: notice description', "A fully integrated Software As A Service (SAAS) Adults, Children's, Early Help and Finance Social Care Case Management System (the System)."),
 (D3J + 'ocds-h6vhtk-02e479', 'tech-notice', S, 'NSS Central Legal Office Case Management System (CLO CMS): lot description', 'The CMS will be used to support CLO in matter management, fee charging and other business activities that support CLO in delivering legal services.'),
 (D3J + 'ocds-h6vhtk-0486b9', 'tech-notice', U, 'Mini-competition for the procurement of a planning and regulatory services software replacement: notice description', 'Contract Award for supplier to provide a single IT platform to support the business functions of Planning, Building Control and Land Charges; Regulatory Services: Waste; and Private Sector Housing.'),
 (D3J + 'ocds-h6vhtk-03375b', 'tech-notice', U, 'CWC20109 - E Procurement & Contract Management Solution: notice description', 'The system should have a forward looking roadmap to ensure it is future proofed.'),
 (D3P + 'ocds-h6vhtk-059bfd', 'tech-notice', U, 'Framework for the Provision of IT Software: notice description', 'This covers the purchase, licencing and subscription, but will also include related professional services and support and maintenance related to the software solution, whether cloud-based, on-premises or hybrid.'),
 (D3J + 'ocds-h6vhtk-056c33', 'tech-notice', U, 'The provision of a legal case management system: notice description', 'Southend-on-Sea City Council is looking to appoint a suitable Supplier to provide a case management system to support the functionality required by the legal team to manage their day-to-day workload and case management requirements.'),
 (D3J + 'ocds-b5fd17-0ff5d07a-3524-4bed-8903-79c9d1472646', 'tech-notice', U, 'con_30750: notice description', 'Notice to award a contract for an Application Management Services (AMS) provider for Workday Adaptive Planning to provide continuous tailored support and advice to address complex issues, optimise performance, and ensure the system meets evolving business needs.'),
 (D3P + 'ocds-h6vhtk-030faa', 'tech-notice', U, 'Tech Innovation Framework: lot description', 'The Tech Innovation Framework Lot 1 Framework Agreement will be the contractual vehicle through which Call Off Ordering Parties will purchase Catalogue Solutions from suppliers.'),
 (D3P + 'ocds-h6vhtk-032986', 'tech-notice', W, 'Schools Information Management System (SIMS): notice description', 'Transition from existing contractual model of perpetual licence of SIMS to local authority with associated support services, to software as a service model contracting directly with individual schools to provide SIMS and associated support services.'),
 (LU + '022247-2026', 'tech-notice', U, 'ICT Managed Services & Digital Transformation Solutions (1223): description', 'YPO is looking to establish a framework for the delivery and supply of ICT Managed Services, Digital and Physical Document and Records Management, Print and Digital Communication Solutions and Digital Transformation projects.'),
 (LU + '022247-2026', 'tech-notice', U, 'ICT Managed Services & Digital Transformation Solutions (1223): lot description (Pillar 1 - ICT Managed Services)', 'For the provision of ICT Managed Services to all public sector establishments.'),
 (BA + '001978-2026', 'tech-notice', U, 'Crown Commercial Service technology services framework: description', 'This framework is for the provision of technology and digital consultancy services, transition and SIAM, end user services, infrastructure services, live service management and maintenance, asset management, application development and lifecycle management services, data management, security management and transformation services.'),
]

OGL_HOSTS = ('gov.uk', 'gov.scot', 'security.gov.uk', 'england.nhs.uk', 'crowncommercial.gov.uk')


batch = Batch('public-texts-25.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>` as in
    # notices.jsonl, `fts:<notice id>` for the Find a Tender copies); the two news summaries of the LGA's technological
    # and digital procurement category strategy join the strategy's own group.
    if (g := ocid_group(src)): return g
    if 'bidatlas.co.uk' in src or 'lambda-url' in src: return 'fts:' + src.rstrip('/').rsplit('/', 1)[1]
    if src in (PSE, PSF): return batch.group_of_source.get(LGA, LGA)
    return src


batch.emit_lists('pub25', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
