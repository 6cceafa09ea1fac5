"""Write /work/batches/public-texts-76.jsonl: batch 76, requirement lines and bid-pack text from Crown Commercial
Service's public GitHub repositories. Social value: the Social Value (Work Package C) and Carbon Net Zero (Work Package
D) services of the RM6232 Facilities Management and Workplace Services service specification (the Social Value Model
themes and policy outcomes written into the specification, TOMs themes, bespoke priorities, reporting of social value
outcomes, the supplier's own carbon net zero strategy and emissions reporting), its fair work practices, SME reporting,
framework MI lines and sustainability management plan, and the social value commitment of two call-off order forms.
Hard negatives from the same documents: ISO 14001 accreditation as a held certificate, definitions of emission scopes,
billable technology and carbon services, clinical waste, energy bureau, creche and rural estate services bought,
incident reporting, security, and the Contract Award Service templates' bidding rules, affirmations, pricing,
evaluation mechanics, conflicts of interest, liability, Cyber Essentials and data processing text.

Sources: github:Crown-Commercial-Service/crown-marketplace (data/facilities_management/rm6232/service_specifications.csv,
MIT licence; a source the corpus already holds, further lines of it) and github:Crown-Commercial-Service/
ccs-scale-cat-service (src/main/resources/templates/: MCF3 DA Proposal Pack Attachment 2, DSP FC Bid Pack Attachment 1,
DSP DA Proposal Pack Attachment 3, CAS001 Award Recommendation Report, RM6263 and RM6187 Order Forms; .odt/.docx read
as content.xml / word/document.xml with the markup dropped; the repository states no licence). The other
Crown-Commercial-Service repositories searched (ccs-scale-cat-buyer-ui, ccs-scale-db-scripts, digitalmarketplace-
frameworks, crown-marketplace-legacy, ccs-frontend, ccs-scale-decision-tree-db, ccs-scale-agreements-service,
DataSubmissionServiceAPI, ccs-wordpress, gca-Intranet, ccs-scale-cat-test, ccs-cas-playwright, digitalmarketplace-api)
hold no further social value question text that the corpus does not already have.

Texts are verbatim (a specification line's number dropped); `section` is the work package, service and parent line, or
the attachment and its heading. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left
out (named on stderr).

  cd /work/main && python3 test/corpus/make-public-76.py > /work/batches/public-texts-76.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, Q, ccs_licence

U = 'uk'

FMS = ('github:Crown-Commercial-Service/crown-marketplace@21fa91d835ad390af95cfbaf58be872135bad9f6:'
       'data/facilities_management/rm6232/service_specifications.csv')
# Crown Commercial Service, Contract Award Service bid-pack templates (ccs-scale-cat-service)
CAS = ('github:Crown-Commercial-Service/ccs-scale-cat-service@daf50a3a2fc385b119dc195ee08b87034eb1bed8:'
       'src/main/resources/templates/')
MDA = CAS + 'MCF3 DA Proposal Pack Attachment 2 How to bid including evaluation criteria.odt'
DFC = CAS + 'DSP FC Bid Pack - Attachment 1 Template v1.0.odt'
DDA3 = CAS + 'DSP DA Proposal Pack - Attachment 3.odt'
CA1 = CAS + 'CAS001 - Award Recommendation Report - Competition v0.1.odt'
R63 = CAS + 'RM6263 - Order Form and Call Off Schedules v1.0.docx'
R87 = CAS + 'RM6187 - Order Form and Call Off Schedules v1.0.odt'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
# RM6232 service specification: social value (Work Package C), carbon net zero (Work Package D) and the
# contract-management lines on fair work, SMEs, MI reporting and sustainability
R = [
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'The Public Services (Social Value) Act 2012 places a legal requirement on all public bodies to consider the additional social, economic and environmental benefits that can be realised for individuals and communities through commissioning and procurement activity, and, in Scotland, to deliver them. These benefits are over and above the core deliverables of Contracts. This Framework Contract provides a means of embedding social value through enabling improvements such as community engagement, economic value and sustainable development as detailed in the Project Contract.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'The Supplier shall comply with and/or identify proposed social value initiatives, proportionate and relevant to each Call-Off Contract. The requirements will be set out by the Buyer in the Call-Off Procedure and may include (but not be limited to) the following priorities/themes outlined within the social value model;'),
 (FMS, 'ccs-fm-sv', U, CV, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: COVID-19 recovery, where the aim is to help local communities to manage the recovery from the impact of COVID-19 via the Delivery of Services that:',
  'Support organisations and businesses to manage and recover from the impacts of COVID-19, including where new ways of working are needed to deliver Services;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Create opportunities for entrepreneurship and help new, small organisations to grow, supporting economic growth and business creation;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Create employment and training opportunities, particularly for those in industries with known skill shortages or in high growth sectors;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Support educational attainment relevant to the Contract, including training schemes that address skill-gaps and result in recognised qualifications;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Influence staff, Suppliers, customers and communities through the Delivery of the Contract to support employment and skills opportunities in high growth sectors;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Support innovation and disruptive technologies throughout the supply chain to deliver lower cost and/or higher quality goods and Services;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Support the development of scalable and future-proofed new methods to modernise Delivery and increase productivity;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Demonstrate collaboration throughout the supply chain, and a fair and responsible approach to working with supply chain partners in Delivery of the Contract;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Demonstrate action to identify and manage cyber security risks in the Delivery of the Contract including in the supply chain; and'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Tackling Economic Inequality, where the aim is to create new businesses, new jobs and new skills and increase supply chain resilience and capacity via the Delivery of Services that:',
  'Influence staff, Suppliers, customers and communities through the Delivery of the Contract to support resilience and capacity in the supply chain.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Fighting Climate Change, where the aim is to create effective stewardship of the environment via the Delivery of Services that:',
  'Influence staff, Suppliers, customers and communities through the Delivery of the Contract to support environmental protection and improvement.'),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Equal Opportunity, where the aim is to remove the disability employment gap and tackle workforce inequality via the Delivery of Services that:',
  'Influence staff, Suppliers, customers and communities through the Delivery of the Contract to support disabled people;'),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Equal Opportunity, where the aim is to remove the disability employment gap and tackle workforce inequality via the Delivery of Services that:',
  'Demonstrate action to identify and tackle inequality in employment, skills and pay in the Contract workforce;'),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Equal Opportunity, where the aim is to remove the disability employment gap and tackle workforce inequality via the Delivery of Services that:',
  "Demonstrate action to identify and manage the risks of modern slavery in the Delivery of the Contract, including in the Supplier's appointed supply chain."),
 (FMS, 'ccs-fm-sv', U, WB, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Wellbeing, where the aim is to improve health and wellbeing and community integration via the Delivery of Services that:',
  'Influence staff, Suppliers, customers and communities through the Delivery of the Contract to support health and wellbeing, including physical and mental health;'),
 (FMS, 'ccs-fm-sv', U, WB, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: Wellbeing, where the aim is to improve health and wellbeing and community integration via the Delivery of Services that:',
  'Influence staff, Suppliers, customers and communities through the Delivery of the Contract to support strong, integrated communities.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'Where PPN 06/20 does not apply to a Buyer, the Supplier shall recognise that the National Social Value Measurement (TOMs) framework may apply that adopt a different set of themes, objectives and measurements. These include the National TOMs proxy values, developed from the HM Treasury Green Book and other relevant public sector and impact assessment guides, that may be used by the Buyer to assess the financial impact that any measure will make on the Contract.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  "The Supplier shall comply with and/or identify proposed social value initiatives, proportionate and relevant to each Call-Off Contract. The Buyer's requirement will be set out a by the Buyer in the Call-Off Procedure and may include (but not be limited to) the following priorities/themes outlined within the National Social Value Measurement (TOMs) framework:"),
 (FMS, 'ccs-fm-sv', U, EI, [], "RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value: The Supplier shall comply with and/or identify proposed social value initiatives, proportionate and relevant to each Call-Off Contract. The Buyer's requirement will be set out a by the Buyer in the Call-Off Procedure and may include (but not be limited to) the following priorities/themes outlined within the National Social Value Measurement (TOMs) framework:",
  'Growth; supporting growth of responsible regional businesses;'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'Where a Buyer may identify bespoke Social Value priorities based on their own Social Value themes and outcomes, these shall apply. Details of these requirements will be provided by the Buyer in the Call-Off Procedure.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'The Supplier shall deliver measurable benefits in respect of the Social Value priorities identified in the Call-Off Contract.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'The Supplier shall be responsible for recording and reporting performance against the social value requirements as outlined by the Buyer in the Call-Off Procedure.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'The Supplier shall ensure the completion of social value outcomes are reported within the CAFM or other central system as defined by the Buyer in the Call-Off Procedure. The Buyer shall ensure that all social value performance reports are compiled and submitted to the Buyer on a [Monthly] basis in the format requested by the Buyer in the Call-Off Procedure.'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package C - Social Value: Service C1 - Social Value',
  'The Buyer shall be responsible for ensuring that social value priorities are cascaded throughout all Supplier Staff and their appointed supply chain.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  "The Supplier shall recognise the UK Government's target to reduce the UK's Nationally Delivered Contribution (NDC) under the Paris Climate Agreement and the following targets set to reduce the UK's greenhouse gas emissions:"),
 (FMS, 'ccs-fm-sv', U, CL, [], "RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier shall recognise the UK Government's target to reduce the UK's Nationally Delivered Contribution (NDC) under the Paris Climate Agreement and the following targets set to reduce the UK's greenhouse gas emissions:",
  'to reduce greenhouse gas emissions by at least 68% by 2030 compared to 1990 levels;'),
 (FMS, 'ccs-fm-sv', U, CL, [], "RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier shall recognise the UK Government's target to reduce the UK's Nationally Delivered Contribution (NDC) under the Paris Climate Agreement and the following targets set to reduce the UK's greenhouse gas emissions:",
  'to Achieve carbon net zero by 2050 compared to 1990 levels.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  'The Supplier shall ensure they have suitably qualified Personnel employed on the Contract to assist the Buyer on their road to decarbonisation. Details of the qualifications and experience required will be defined by the Buyer in the Call-Off Procedure.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  'The Supplier will have their own carbon net zero strategy and shall ensure they collaborate with the Buyer to support their transition to Net Zero. This shall include but not be limited to:'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier will have their own carbon net zero strategy and shall ensure they collaborate with the Buyer to support their transition to Net Zero. This shall include but not be limited to:',
  "provide details of their own carbon performance on the Buyer's Call-Off Contract at Contract commencement and provide (annual) updates thereafter;"),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier will have their own carbon net zero strategy and shall ensure they collaborate with the Buyer to support their transition to Net Zero. This shall include but not be limited to:',
  'development of carbon footprint appraisal for Buyer Premises (where not already in place);'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier will have their own carbon net zero strategy and shall ensure they collaborate with the Buyer to support their transition to Net Zero. This shall include but not be limited to:',
  'development of a carbon net zero strategy which shall include but not be limited to the assessment of carbon net zero benefits associated with the introduction of smart FM solutions to reduce energy consumption, emissions and impacts from poorly performing Assets and / or building infrastructure;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier will have their own carbon net zero strategy and shall ensure they collaborate with the Buyer to support their transition to Net Zero. This shall include but not be limited to:',
  'development of a Contract specific carbon net zero action plan for the Buyer Premises;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier will have their own carbon net zero strategy and shall ensure they collaborate with the Buyer to support their transition to Net Zero. This shall include but not be limited to:',
  'development of Contract specific carbon net zero measurement and reporting capability; and'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  'The Supplier shall be compliant with all legal obligations outlined within the Streamlined Energy & Carbon Reporting (SECR) Regulations 2018 across all Scope 1, 2 & 3 reporting measures. In addition to the legal requirements, the Supplier shall be responsible for issuing details of the Carbon Reduction Plan (CRP) to the Buyer on an annual basis.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier shall be compliant with all legal obligations outlined within the Streamlined Energy & Carbon Reporting (SECR) Regulations 2018 across all Scope 1, 2 & 3 reporting measures. In addition to the legal requirements, the Supplier shall be responsible for issuing details of the Carbon Reduction Plan (CRP) to the Buyer on an annual basis.',
  'The Supplier shall ensure that the processes they adopt to measure and report greenhouse gas emissions comply with the Streamlined Energy & Carbon Reporting (SECR) Regulations and are fully aligned to guidance published by UK Government, to include but not be limited to:'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  'The Supplier shall ensure the reporting methodology follows the GHG protocol and is closely aligned with ISO 14064 / PAS 2050 & 2060 standards.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  'The Supplier shall ensure that they cooperate fully and work collaboratively with the Buyer and any appointed third-party Suppliers where the Buyer requests that the carbon emissions calculation methodology being applied on the Call-Off Contract by the Supplier be independently verified.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero',
  'The Supplier shall ensure that all data in relation to greenhouse gas emissions / carbon net zero related KPI measures are recorded within the CAFM system or other software platform where this approach has been agreed by the Buyer.'),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A13 – Staff Management, Recruitment and Training',
  'The Supplier shall recognise that Public bodies in the UK have in place, are developing and / or adopting fair work practices, which include:'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A13 – Staff Management, Recruitment and Training: The Supplier shall recognise that Public bodies in the UK have in place, are developing and / or adopting fair work practices, which include:',
  "Clear managerial responsibility to nurture talent and help individuals fulfil their potential, including for example, a strong commitment to 'Modern Apprenticeships' and the development of the UK’s young workforce;"),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A13 – Staff Management, Recruitment and Training: The Supplier shall recognise that Public bodies in the UK have in place, are developing and / or adopting fair work practices, which include:',
  'Supporting learning and development; stability of employment and hours of work, and avoiding exploitative employment practices, including for example no inappropriate use of zero hours contracts;'),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A13 – Staff Management, Recruitment and Training',
  'In order to ensure the highest Standards of service quality in this Contract the public bodies in the UK expect Suppliers to take a similarly positive approach to fair work practices as part of a fair and equitable employment and reward package.'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A14 - Selection and Management of Subcontractors',
  'The Supplier shall report to the Buyer on the number engagements held with SMEs and the number of any appointed as Subcontractors within its normal reporting procedures.'),
 (FMS, 'ccs-fm-sv', U, EO, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall report on its own performance with the Authority and shall ensure the Management Information (MI) required by the Authority is produced in the required formats and is submitted by the agreed deadlines in accordance with the requirements outlined within Framework Schedule 4 Framework Management. The MI reporting shall include the following:',
  'Modern slavery;'),
 (FMS, 'ccs-fm-sv', U, MU, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall report on its own performance with the Authority and shall ensure the Management Information (MI) required by the Authority is produced in the required formats and is submitted by the agreed deadlines in accordance with the requirements outlined within Framework Schedule 4 Framework Management. The MI reporting shall include the following:',
  'Social value – Progress against agreed Action Plans;'),
 (FMS, 'ccs-fm-sv', U, EI, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall report on its own performance with the Authority and shall ensure the Management Information (MI) required by the Authority is produced in the required formats and is submitted by the agreed deadlines in accordance with the requirements outlined within Framework Schedule 4 Framework Management. The MI reporting shall include the following:',
  'Prompt payment compliance and performance.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall report on its own performance against the agreed KPIs and other measures reasonably requested by the Buyer. These reports shall include summaries at region, establishment, business and Service level, as appropriate, for the following:',
  'Performance against sustainability plan;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The Supplier shall have in place ISO 14001 accreditation and shall ensure:',
  "That they implement an environmental management plan in accordance with the ISO 14001 Accreditation, which shall include a proposed methodology to align with and support the Buyer's existing or planned ISO 14001 accreditation and its related systems and for delivering Continuous Improvement;"),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: Sustainability Management Plan',
  'The Supplier shall develop, maintain and implement a sustainability management plan in line with the Buyer’s sustainability requirements.'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The sustainability management plan shall include the Supplier’s approach to:',
  'Energy management;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The sustainability management plan shall include the Supplier’s approach to:',
  'Waste prevention and management including waste Hierarchy and segregation;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The sustainability management plan shall include the Supplier’s approach to:',
  'Reducing single use plastics in accordance with the Environmental Protection (plastic straws, cotton buds and stirrers) (England) Regulations 2020, related Regulations in place across Devolved Administrations and all future waste related regulations; and'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The Supplier shall:',
  'Take account of and comply with the Buyer’s energy strategy and action plan and its targets under the Greening Government Commitments and any subsequent HM Government policy;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The Supplier shall:',
  'Ensure that all energy-consuming plant under its jurisdiction or control is maintained to operate at optimum efficiency and all fuels, gas, electricity are used economically, in accordance with any operational policies issued by the Buyer;'),
 (FMS, 'ccs-fm-sv', U, CL, [], 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The Supplier shall:',
  'Support the Buyer’s initiatives for energy-saving strategies including separate heating, lighting and ventilation strategies and co-operate with the Buyer in achieving agreed objectives; and'),
 (R63, 'ccs-cas-sv', U, MU, [], 'RM6263 Order Form: SOCIAL VALUE COMMITMENT',
  '[Insert Not applicable or insert The Supplier agrees, in providing the Deliverables and performing its obligations under the Call-Off Contract, that it will comply with the social value commitments in Call-Off Schedule 4 (Call-Off Tender)]'),
 (R87, 'ccs-cas-sv', U, MU, [], 'RM6187 Order Form: Social value commitment',
  'The Supplier agrees, in providing the Deliverables and performing its obligations under the Call-Off Contract, that it will comply with the social value commitments in Call-Off Schedule 4 (Call-Off Tender)]'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability',
  'The Supplier shall have in place ISO 14001 accreditation and shall ensure:'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The Supplier shall have in place ISO 14001 accreditation and shall ensure:',
  'That they maintain such accreditation throughout the Framework Initial Period;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A16 – Sustainability: The Supplier shall have in place ISO 14001 accreditation and shall ensure:',
  'That they provide the Authority with evidence of its ISO 14001 accreditation upon request at any time during the Framework Initial Period;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier shall be compliant with all legal obligations outlined within the Streamlined Energy & Carbon Reporting (SECR) Regulations 2018 across all Scope 1, 2 & 3 reporting measures. In addition to the legal requirements, the Supplier shall be responsible for issuing details of the Carbon Reduction Plan (CRP) to the Buyer on an annual basis.',
  'Scope 1: direct emissions you produce as a business (e.g. use of company vehicles);'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier shall be compliant with all legal obligations outlined within the Streamlined Energy & Carbon Reporting (SECR) Regulations 2018 across all Scope 1, 2 & 3 reporting measures. In addition to the legal requirements, the Supplier shall be responsible for issuing details of the Carbon Reduction Plan (CRP) to the Buyer on an annual basis.',
  'Scope 2: indirect emissions you produce (e.g. your buildings utility usage); and'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Supplier shall be compliant with all legal obligations outlined within the Streamlined Energy & Carbon Reporting (SECR) Regulations 2018 across all Scope 1, 2 & 3 reporting measures. In addition to the legal requirements, the Supplier shall be responsible for issuing details of the Carbon Reduction Plan (CRP) to the Buyer on an annual basis.',
  'Scope 3: indirect emissions along your entire supply chain (e.g. raw materials, logistics, business travel by employees and employee travel to work related emissions).'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: Delivery of carbon net zero innovation and investment plans (e.g. Asset efficiency surveys, Asset replacement / retrofit options, clean energy solutions and infrastructure surveys). These shall include but not be limited to:',
  'Use of intelligent systems to aid with the management of hybrid working;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: Delivery of carbon net zero innovation and investment plans (e.g. Asset efficiency surveys, Asset replacement / retrofit options, clean energy solutions and infrastructure surveys). These shall include but not be limited to:',
  'Use of new technology, to include CCTV, movement sensors, drones and robotic solutions, to support the Delivery of Services where appropriate; and'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: Delivery of carbon net zero innovation and investment plans (e.g. Asset efficiency surveys, Asset replacement / retrofit options, clean energy solutions and infrastructure surveys). These shall include but not be limited to:',
  'Use of automated room booking systems and technology to maximise efficient use of facilities at the Buyer Premises and to monitor space utilisation.'),
 (FMS, 'ccs-fm-sv', U, "RM6232 Facilities Management and Workplace Services: Service Specification: Work Package D - Carbon Net Zero: Service D1 - Carbon Net Zero: The Buyer may require specific carbon net zero Services to assist them on their journey to carbon net zero in line with the UK Government's target of cutting emissions by 78% by 2035 compared to 1990 levels and achieving carbon net zero by 2050. These could include but not be limited to:",
  'Where requested by the Buyer, these Services will be managed via Call-Off Schedule 25 - Billable Works and Services.'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package M - : Service M7 - Clinical Waste',
  'The Supplier shall handle, transport, treat and dispose of all healthcare waste in a manner suitable to their nature and potential to pollute or cause harm, taking account of the Dangerous Goods Regulations on labelling, containment and security for transport. Details of Buyer requirements and type of healthcare waste materials for disposal shall be specified by the Buyer in the Call-Off Procedure.'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package N - Miscellaneous FM Services: Service N11 - Energy and Utilities Management Bureau Services',
  'The Supplier shall provide, operate and manage an Energy and Utilities Management Bureau that reports to the Buyer in support of the Buyer’s objectives to reduce water consumption, energy consumption and minimise associated carbon emissions.'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package N - Miscellaneous FM Services: Service N11 - Energy and Utilities Management Bureau Services: The Supplier shall be responsible for the provision of professional Services supplying proven data, expert technical advice and information to the Buyer, including:',
  'Reporting on energy and water consumption at Contract, regional, area and business unit level;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package N - Miscellaneous FM Services: Service N11 - Energy and Utilities Management Bureau Services: The Supplier shall be responsible for the provision of professional Services supplying proven data, expert technical advice and information to the Buyer, including:',
  'Identification, evaluation and prioritisation of viable opportunities for renewable energy generation;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package N - Miscellaneous FM Services: Service N1 - Childcare Facility: The Supplier shall:',
  'Provide a creche / child care nursery service for children aged between three (3) Months and an age suitable for first entry to school. With the express permission of the Local Authority the Supplier may care for children aged between six (6) weeks and three (3) Months;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package O - Specialist (Defence) FM Services: Service O4 - Rural Estate Maintenance (REM) Services: The Estate Management Plan shall identify the current management policies and practices under which the estate operates (provided by the Buyer in the Call-Off Procedure and how the Supplier shall maintain and enhance the Rural Estate throughout the Call-Off Period against the required Standards and the following objectives:',
  'To support the Buyer in ensuring a sustainable agricultural estate which can accommodate changes in military tactics, training methods, force levels and advances in equipment;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A15 - Compliance:',
  "The Buyer may require Building Research Establishment Environmental Assessment Methodology (BREEAM) in-use or similar assessment of the building's performance to be carried out at agreed intervals. This Service shall be provided upon request; costs will be managed via the Billable Works and Projects process."),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A13 – Staff Management, Recruitment and Training',
  'Any Supplier Staff who has not received the clearance required by the Buyer, and who are required to be at the Buyer Premises must be accompanied and supervised at all times by an individual who has the appropriate level of clearance.'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall inform the Buyer via the helpdesk service each time reportable incidents occur. These shall be recorded on the CAFM system and shall include:',
  'Pollution and contamination incidents;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall inform the Buyer directly and log details via the CAFM system each time reportable incidents occur. These shall include but not be limited to:',
  'Environmental incidents;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A3 - Management Services: The Supplier shall:',
  'Comply with all of the Buyer’s procedures and Security Policies and act upon the instructions of the Buyer should there be a change in the threat assessment and response level (response level has the meaning given to it at SL10 of Annex A - FM Service Standards of this Framework Schedule 1 (Specification) associated with the Buyer Premises. Further details of the security requirements will be provided in the Call-Off Procedure;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package N - Miscellaneous FM Services: Service N2 - Sports and Leisure: Where there are training grounds and sports pitches within the Buyer Premises, the Supplier shall be responsible for the grounds maintenance and repairs to include:',
  'Emptying all waste receptacles, to include dog litter bins in accordance with hazardous waste regulations; and'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A9 – Reporting: The Supplier shall ensure that:',
  'All data used to generate reports is held within or is accessible by the CAFM system;'),
 (FMS, 'ccs-fm-sv', U, 'RM6232 Facilities Management and Workplace Services: Service Specification: Work Package A - Contract Management: Service A13 – Staff Management, Recruitment and Training: The Supplier shall be responsible for the provision of training and refresher training to Buyer Staff including:',
  'Use of fire-alarm testing and emergency systems; and'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to make your proposal',
  'Your proposal must be made by the organisation that will be responsible for providing the deliverables if your proposal is successful.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to make your proposal: Remember to:',
  'Each question must be answered in its own right. You must not answer any of the questions by cross referencing other questions or other materials e.g. reports located on your website'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to make your proposal: Affirmations',
  'Have you read, understood and accepted the Bid Pack and all associated attachments, specifically Attachment 3 - Statement of Requirements?'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to make your proposal: Affirmations',
  'Note: If you cannot affirm the above statements, your response will not be considered further'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to make your proposal',
  'Sub-Contractor Details - Please provide details of any sub-contractors you propose to use in order to meet your obligations should you be awarded a Contract.  Your response must include their:'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: Questions and evaluation criteria',
  'A summary of all the questions is set out below.  Please note that unlike a traditional invitation to bid these elements are not scored as you have already been deemed capable of the provision of the required deliverables. These questions are aimed at understanding the approach that will be provided throughout the contract duration and clarifications will be undertaken where required to reach a mutually agreeable approach'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to complete your Price Schedule',
  'The currency is British pounds sterling, up to two decimal places.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to complete your Price Schedule',
  'We will investigate where we consider your bid to be abnormally low.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: How to complete your Price Schedule',
  'The prices submitted shall not exceed the overarching commercial agreement rates.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: Award process - What we will do: Compliance Check',
  'First, we will complete a mandatory evaluation to make sure that you have answered all questions and have completed the Price Schedule in line with our instructions.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: Award process - What we will do: Technical Evaluation and Commercial Evaluation',
  'We will review your proposal.  We will only consider if the suggested approach is acceptable and if costs are in line with budget constraints/expectations.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: Award process - What we will do: Award',
  'Award will be made to you provided that all parties can meet a mutually agreeable approach that offers value for money.'),
 (MDA, 'ccs-cas-sv', U, 'MCF3 DA Proposal Pack Attachment 2: How to bid including evaluation criteria: Further Information',
  'The conclusion of a contract may be subject to the provision of due ‘certificates, statements and other means of proof’ where the Bidders has, to this point, relied on self-certification.'),
 (DFC, 'ccs-cas-sv', U, 'DSP FC Bid Pack Attachment 1 (About the procurement): The opportunity',
  'The Procurement Lead is managing this Procurement in accordance with the Public Contracts Regulations 2015. This is a call off contract and as such the Buyer cannot guarantee volumes of work.'),
 (DFC, 'ccs-cas-sv', U, 'DSP FC Bid Pack Attachment 1 (About the procurement): What You Need To Know',
  'The Public Contracts Regulations 2015 (“the Regulations”) regulate how we procure. This means that we and you have to follow processes that are fair, transparent and equitable for all bidders.'),
 (DFC, 'ccs-cas-sv', U, 'DSP FC Bid Pack Attachment 1 (About the procurement): Making the Competition Work: What we expect from you',
  'You must comply with the rules in this Bid Pack and any other instructions given by us.  You must also ensure members of your consortium (if relevant), group companies, subcontractors or advisers comply.'),
 (DFC, 'ccs-cas-sv', U, 'DSP FC Bid Pack Attachment 1 (About the procurement): Making the Competition Work: Involvement in multiple bids',
  'We may require you to amend or withdraw all or part of your bid if, in our reasonable opinion, any of the above issues have arisen or may arise.'),
 (DFC, 'ccs-cas-sv', U, 'DSP FC Bid Pack Attachment 1 (About the procurement): Making the Competition Work: Bidder conduct and conflicts of interest',
  'Collude with others over the content and submission of bids. However, you may work in good faith with a proposed partner, supplier, consortium member (if relevant) or provider of finance.'),
 (DFC, 'ccs-cas-sv', U, 'DSP FC Bid Pack Attachment 1 (About the procurement): Making the Competition Work: Bidder conduct and conflicts of interest',
  'You must ensure that no conflicts of interest exist between you and the us.  If you do not tell us about a known conflict, we may exclude you from the competition.  We may also exclude you if a conflict cannot be dealt with in any other way.'),
 (CA1, 'ccs-cas-sv', U, 'CAS001 Award Recommendation Report - Competition: EVALUATION PROCESS',
  'To ensure that the skills, background and experience of the evaluation team were appropriate for this procurement, each evaluator completed an evaluator declaration form. No conflicts of interest were declared or A conflict of interest was declared and the issue brought to the attention of the Buyer.'),
 (CA1, 'ccs-cas-sv', U, 'CAS001 Award Recommendation Report - Competition: EVALUATION PROCESS',
  'Each question was scored individually with robust justification, applying the criteria specific to that question within each of the questions as detailed within the Bid Pack.'),
 (CA1, 'ccs-cas-sv', U, 'CAS001 Award Recommendation Report - Competition: EVALUATION PROCESS',
  'The price evaluation was conducted by the Procurement Manager and shared with the evaluation panel following their completion of the quality evaluation. At no point prior to completion of the quality evaluation did members of the evaluation panel have sight of costs offered.'),
 (CA1, 'ccs-cas-sv', U, 'CAS001 Award Recommendation Report - Competition: RECOMMENDATION',
  'Following an open and fair procurement competition, it is recommended that the award is made to Insert Bidder Name for the provision of this requirement.'),
 (R63, 'ccs-cas-sv', U, 'RM6263 Order Form and Call Off Schedules: CYBER ESSENTIALS SCHEME',
  'The Buyer requires the Supplier, in accordance with Joint Schedule 13 (Cyber Essentials Scheme) to provide a Cyber Essentials Plus Certificate prior to commencing the provision of any Deliverables under this Call-Off Contract.'),
 (R63, 'ccs-cas-sv', U, 'RM6263 Order Form and Call Off Schedules: MAXIMUM LIABILITY',
  '[Buyer guidance: you can change the cap on liability in Clause 11.2 where you have made an appropriate risk assessment and sought the necessary management approvals. Unlimited liability is not permitted]'),
 (R63, 'ccs-cas-sv', U, 'RM6263 Order Form and Call Off Schedules: STATEMENT OF WORKS',
  'During the Call-Off Contract Period, the Buyer and Supplier may agree and execute completed Statement of Works. Upon execution of a Statement of Work the provisions detailed therein shall be incorporated into the Call-Off Contract to which this Order Form relates.'),
 (R63, 'ccs-cas-sv', U, 'RM6263 Order Form and Call Off Schedules: Annex 1: Data Processing: The Relevant Authority is Controller and the Supplier is Processor',
  'The Parties acknowledge that in accordance with paragraph 2 to paragraph 15 and for the purposes of the Data Protection Legislation, the Relevant Authority is the Controller and the Supplier is the Processor of the following Personal Data:'),
 (R63, 'ccs-cas-sv', U, 'RM6263 Order Form and Call Off Schedules: Annex 1: Data Processing: The Supplier is Controller and the Relevant Authority is Processor',
  'The Parties acknowledge that for the purposes of the Data Protection Legislation, the Supplier is the Controller and the Relevant Authority is the Processor in accordance with paragraph 2 to paragraph 15 of the following Personal Data:'),
 (DDA3, 'ccs-cas-sv', U, 'DSP DA Proposal Pack Attachment 3 (Statement of Requirements): Security vetting',
  'Details of the highest level of Security vetting required are set out in the addendum to this document.'),
 (DDA3, 'ccs-cas-sv', U, 'DSP DA Proposal Pack Attachment 3 (Statement of Requirements): Management information',
  'During the life of the contract the following management information and reporting is required:'),
]


batch = Batch('public-texts-76.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (emit_lists does that first): the RM6232 specification keeps
    # 'ccs-fm:rm6232/service-specification'. New CCS bid-pack templates join the corpus's group for those templates.
    if src.startswith(CAS): return 'ccs-cas:bid-pack-templates'
    return src


def licence_of(src):
    return ccs_licence(src) or Q


batch.emit_lists('pub76', R, NEG, group_of, licence_of)
