"""Write /work/batches/public-texts-96.jsonl: batch 96, Digital Outcomes and Specialists (DOS) opportunities, Digital
Specialists and Programmes (DSP) and G-Cloud framework notices and DOS call-off records published by UK public buyers,
read this session from the stored pages (`search` tool, pages corpus).

The brief asked for DOS 5 / DOS 6 / DOS 7 opportunities of 2021-2026 (the Digital Marketplace's archived opportunity
pages and the Contract Award Service's "Find a Digital Outcomes opportunity" pages) with their social value criteria
and weightings. None could be found that the corpus does not already hold: the pages corpus returned no Digital
Marketplace opportunity page later than 2020 and no Contract Award Service opportunity page beyond the five already in
the corpus; the code corpus and the string index hold no recording or brief JSON of a DOS 5+ opportunity (as batch 23,
make-public-15.py, also found); the two VCR-cassette repositories (dxw/marketplace_opportunity_scraper,
rgarner/dos-alerts) stop in 2020 and were mined by batches 22-23. So this batch is small and mostly hard negatives:

- three Government Digital Service opportunities on the Digital Marketplace (7360 of 2018, 10758 of 2019, 12171 of
  2020: the Global Digital Marketplace programme), their summaries and "why the work is being done" (negatives);
- Crown Commercial Service's Find a Tender notice for G-Cloud 15 (068082-2025, read from the tender-listing site's
  copy), whose list of changes names prompt payment (the only social value text found; its line on social value,
  quality and price evaluations, and several others, are already in the corpus from the planning notice 049176-2025,
  whose group this notice joins), with the rest of its description as negatives;
- the Find a Tender award notice for Digital Specialists and Programmes (009301-2022), its short description;
- Contracts Finder / Find a Tender records of DOS call-offs and digital delivery partners (d3tenders.com copies):
  DWP's DOS 4 Health Transformation Programme award, NHS Digital's DOS 3 workforce discovery, NHS Digital's digital
  definition services, NHS England's Digital Maturity Assessments delivery partner, and CCS's G-Cloud 14 Lot 4
  (further-competition cloud support) extension: what is bought (negatives).

Texts are verbatim from the stored pages; list bullets dropped; where a page runs list items together without
separators (the G-Cloud 15 notice) each item is taken whole. Crown and public-body pages (digitalmarketplace.service.
gov.uk, find-tender.service.gov.uk) are OGL v3; notice copies carry the NOTICE_* licence of their copy. Groups: each
opportunity its own group (its address, as in dm-opportunities.jsonl); each notice `ocds:<ocid>` where the copy names
the ocid, else `fts:<notice id>`; the G-Cloud 15 tender notice takes the group of the corpus's G-Cloud 15 planning
notice. Scored blind afterwards; nothing here was run through the classifier.

  cd /work/main && python3 test/corpus/make-public-96.py > /work/batches/public-texts-96.jsonl
"""
from batch import Batch, EI, MU, ocid_group, U


DM = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/'
O7360, O10758, O12171 = DM + '7360', DM + '10758', DM + '12171'
GC15 = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/068082-2025'
DSP = 'https://www.find-tender.service.gov.uk/Notice/009301-2022?origin=SearchResults&p=1'
D3 = 'https://d3tenders.com/contract/download.php?ocid='
DWP = D3 + 'ocds-b5fd17-bbcb2907-8f5f-409d-a5ba-2d42018309fa'
NWF = D3 + 'ocds-b5fd17-6ce8534b-5614-489c-90ec-aef7ec6f172b'
NDD = D3 + 'ocds-b5fd17-9a64d8a7-db4e-47fb-b016-a0bf4733efb7'
DMA = D3 + 'ocds-h6vhtk-0354a1'
GL4 = D3 + 'ocds-b5fd17-1296c461-59fb-4ddb-98cd-548254b4664d'

S7360 = 'WP1638: Global Digital Marketplace research, design and content creation (Government Digital Service)'
S10758 = 'WP1823: Global Digital Marketplace discovery of national and subnational governments (Government Digital Service)'
S12171 = 'WP1861: Global Digital Marketplace - value-chain mapping of procurement functions (Government Digital Service)'
SGC15 = 'G-Cloud 15 (Crown Commercial Service): Description'
SGC15L = SGC15 + ': G-Cloud 15 will introduce a number of further improvements, mainly focussing on increased playbook and policy compliance and intention to adopt a more traditional approach to evaluation, as seen on other CCS frameworks, these include:'
SDSP = 'Digital Specialists and Programmes (DSP) (Crown Commercial Service): two.1.4) Short description'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 (GC15, 'fw-notice', U, MU, [], SGC15L, 'Social Value, Quality, and Price Evaluations delivered through the evaluation at scale project, pending digital enhancements'),
 (GC15, 'fw-notice', U, EI, [], SGC15L, 'Inclusion of prompt payment and no longer needing to seek a Ministerial exemption'),
]
# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # GDS opportunity 7360 (2018)
 (O7360, 'dos-brief', U, S7360 + ': Summary of the work', 'Research, design and content creation for a procurement reform best practice document that will be showcased at an OECD conference in Seoul and delivered as part of the Global Digital Marketplace.'),
 (O7360, 'dos-brief', U, S7360 + ': About the work: Why the work is being done', 'The Digital Marketplace Director is developing a working practice document for Digital, Data and Technology (DDaT) procurement reform, with the Organisation for Economic Cooperation and Development (OECD).'),
 (O7360, 'dos-brief', U, S7360 + ': About the work: Why the work is being done', 'The document outlines key challenges in buying DDaT products and services in government and practical steps to fix them.'),
 (O7360, 'dos-brief', U, S7360 + ': About the work: Why the work is being done', 'The draft working practice document and accompanying presentation materials, will be showcased at the annual OECD ‘E-Leaders’ conference in Seoul at the end of October 2018.'),
 (O7360, 'dos-brief', U, S7360 + ': About the work: Why the work is being done', 'It will also be used to support Global Digital Marketplace Programme delivery led by GDS, supporting the Foreign & Commonwealth Office as part of their work on anti-corruption.'),
 (O7360, 'dos-brief', U, S7360 + ': About the work: Problem to be solved', 'Currently, there is no consistent set of international guidelines for 21st century approaches to public procurement of DDaT products and services.'),
 (O7360, 'dos-brief', U, S7360 + ': About the work: Problem to be solved', 'As delivery of the Global Digital Marketplace Programme commences, we need to start from a position of shared better practice between governments.'),
 # GDS opportunity 10758 (2019)
 (O10758, 'dos-brief', U, S10758 + ': Summary of the work', 'Global Digital Marketplace Programme discoveries were completed under WP1694 WP1655 WP1656 WP1674, further national and subnational government organisations are in scope and we need two discovery teams working concurrently delivering discoveries in Guadalajara city, Mexico/Penang, Malaysia with two further discoveries over term and scope of the contract, if required.'),
 (O10758, 'dos-brief', U, S10758 + ': Budget range', 'As this contract spans two financial reporting years, the successful supplier is requested to invoice up to £360,300 including VAT and all travel expenses incurred, before the end of the 2019/20 financial year.'),
 (O10758, 'dos-brief', U, S10758 + ': Budget range', 'This forecasted figure may be updated when the call-off contract is finalised.'),
 (O10758, 'dos-brief', U, S10758 + ': About the work: Why the work is being done: Chosen supplier to provide two teams to work concurrently to deliver Discovery research / analysis into:', 'the current end-to-end procurement process for in-scope organisations, the user needs and pain points including those relating to applying standards and assurance processes'),
 (O10758, 'dos-brief', U, S10758 + ': About the work: Why the work is being done: Chosen supplier to provide two teams to work concurrently to deliver Discovery research / analysis into:', 'existing technologies and platforms used throughout the procurement and contracting process'),
 (O10758, 'dos-brief', U, S10758 + ': About the work: Why the work is being done: Chosen supplier to provide two teams to work concurrently to deliver Discovery research / analysis into:', 'digital, data and technology routes to market and supply chains, and strategic goals for public procurement'),
 # GDS opportunity 12171 (2020)
 (O12171, 'dos-brief', U, S12171 + ': Overview: Summary of the work', 'Value-chain \'Wardley\' mapping of procurement functions (technologies, capabilities, data, culture, systems, etc) to identify opportunities for common components/ systems to be developed, and a view of what should be built, bought, reused or consumed.'),
 (O12171, 'dos-brief', U, S12171 + ': Overview: Summary of the work', 'The outcome of this work are strategic recommendations for our programme and our stakeholders.'),
 (O12171, 'dos-brief', U, S12171 + ': About the work: Why the work is being done', 'The vision of the Global Digital Marketplace Programme is to “partner with governments at all levels in emerging economies to open up procurement and make it more effective”.'),
 (O12171, 'dos-brief', U, S12171 + ': About the work: Why the work is being done: The programme has 5 strategic pillars, which are used as an organising framework of UK government approaches to digital and technology transformation, and associated procurement reforms:', 'Assuring plans before money is spent'),
 (O12171, 'dos-brief', U, S12171 + ': About the work: Why the work is being done: The programme has 5 strategic pillars, which are used as an organising framework of UK government approaches to digital and technology transformation, and associated procurement reforms:', 'Designing procurements and contracts'),
 (O12171, 'dos-brief', U, S12171 + ': About the work: Why the work is being done: The programme has 5 strategic pillars, which are used as an organising framework of UK government approaches to digital and technology transformation, and associated procurement reforms:', 'Publishing open contracting data'),
 (O12171, 'dos-brief', U, S12171 + ': About the work: Why the work is being done: The programme has 5 strategic pillars, which are used as an organising framework of UK government approaches to digital and technology transformation, and associated procurement reforms:', 'Building institutional capabilities and capacities'),
 (O12171, 'dos-brief', U, S12171 + ': About the work: Why the work is being done', 'This discovery fits with strategic pillar 2: Designing procurement and contracts.'),
 # G-Cloud 15 notice (CCS, Find a Tender 068082-2025)
 (GC15, 'fw-notice', U, SGC15, 'G-Cloud 15 (GC15) is the proposed replacement for G-Cloud 14 (GC14), G-Cloud 14 Lot 4 (GC14.4) and Cloud Compute 2 (CC2).'),
 (GC15, 'fw-notice', U, SGC15, 'It is the largest framework of its kind in the public sector.'),
 (GC15, 'fw-notice', U, SGC15, 'G-Cloud spend for FY23/24 was £3.1bn and Cloud Compute was £0.5m.'),
 (GC15, 'fw-notice', U, SGC15, 'The Public Cloud market (in the Public Sector) is estimated to be worth £6bn in 2024 according to the Department for Science, Innovation and Technology and Government Digital Service.'),
 (GC15, 'fw-notice', U, SGC15, 'This includes services that have already migrated to cloud (under the Cloud first policy) and the potential for those services yet to move to cloud.'),
 (GC15, 'fw-notice', U, SGC15L, 'Leveraging the popularity of G-Cloud to incorporate Cloud Compute services which have historically been available through Cloud Compute 1 and 2, removing the need for Cloud Compute 3'),
 (GC15, 'fw-notice', U, SGC15L, 'Discontinuing Lot 4 and enabling both call off with and without competition in all Lots'),
 (GC15, 'fw-notice', U, SGC15L, 'Introduction of appropriate levels of Economic and Financial Standing (EFS) for each Lot in G-Cloud 15, replacing the Bronze Plus blanket approach used for G-Cloud 14.'),
 (GC15, 'fw-notice', U, SGC15L, 'A range of digital enhancements to improve the buyer and supplier experience and provide better quality category information.'),
 # DSP award notice (Find a Tender 009301-2022)
 (DSP, 'fw-notice', U, SDSP, 'Crown Commercial Service (CCS) as the Authority has put in place a Pan Government Collaborative Agreement for the provision of Digital, Data and Technology (DDaT) specialists and facilitate large-scale digital transformation programmes to be utilised by Central Government Departments and all other UK Public Sector Bodies, including Local Authorities, Health, Police, Fire and Rescue, Education and Devolved Administrations.'),
 # DOS call-offs and digital delivery partners (notice copies)
 (DWP, 'dos-notice', U, 'Contract Award for DWP HTP DOS4 Framework Digital Services: tender description', 'A DOS framework 4 (CCS framework) Call-Off Contract award to provide the DWP with digital services to support the development of it\'s Health Transformation Programme in terms of design and technical capabilities based on service outcomes'),
 (NWF, 'dos-notice', U, 'NHS Workforce User Experience Discovery: tender description', 'To conduct a Discovery to identify needs and opportunities for delivery of integrated digital services to NHS employees.'),
 (NDD, 'dos-notice', U, 'Digital Definition Services - Product Development: tender description', 'Supply of services to deliver digital interaction design, user research, technical and delivery support to the NHS Digital Testing Programme and Product Development Directorate within NHS Digital and specifically support the design of the digital journeys and user interfaces.'),
 (DMA, 'dos-notice', U, 'Digital Maturity Assessments (NHS England): description', 'The objective of this procurement is to award a delivery partner for NHSE\'s Digital Maturity Assessments'),
 (DMA, 'dos-notice', U, 'Digital Maturity Assessments (NHS England): tender description', 'The broad scope of the Services will require the supplier to deliver a baseline and an enhanced assessment to assess the 7 domains of What Good Looks Like.'),
 (DMA, 'dos-notice', U, 'Digital Maturity Assessments (NHS England): Lot 1 description', 'Deliverable 3: Establish a centralised data set on digital maturity that is accessible for other areas of work.'),
 (DMA, 'dos-notice', U, 'Digital Maturity Assessments (NHS England): Lot 1 description', 'Deliverable 4: DMA dashboards and reports covering National, ICS and Provider/Place level assessment results.'),
 (GL4, 'fw-notice', U, 'G-Cloud 14 Lot 4 extension (Crown Commercial Service): tender description', 'Lot 4 is designed for customers to further compete their requirements for Cloud Support Services to help them transition to cloud software or hosting services, as per the following categories: Suppliers must have capability to provide services in all of the following capabilities; Planning - the provision of planning services to enable customers to move to cloud software and/or hosting services.'),
 (GL4, 'fw-notice', U, 'G-Cloud 14 Lot 4 extension (Crown Commercial Service): tender description', 'Security services - Maintain the confidentiality, integrity and availability of services and information, and protect services against threats.'),
 (GL4, 'fw-notice', U, 'G-Cloud 14 Lot 4 extension (Crown Commercial Service): tender description', 'Quality assurance and performance testing - Continuously ensure that a service does what it\'s supposed to do to meet user needs efficiently and reliably.'),
 (GL4, 'fw-notice', U, 'G-Cloud 14 Lot 4 extension (Crown Commercial Service): tender description', 'Ongoing support - Support user needs by providing help before, during and after service delivery.'),
]
OGL_HOSTS = ('digitalmarketplace.service.gov.uk', 'find-tender.service.gov.uk')
batch = Batch('public-texts-96.jsonl')


def group_of(src):
    # One opportunity, one group (its address); one notice, one group (`ocds:<ocid>` where the copy names it, else the
    # Find a Tender notice id).
    if (g := ocid_group(src)): return g
    # The G-Cloud 15 tender notice joins the group of the corpus's copy of its planning notice (same procurement).
    if src == GC15: return 'https://www.find-tender.service.gov.uk/Notice/049176-2025'
    if src == DSP: return 'fts:009301-2022'
    return src


batch.emit_lists('pub96', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
