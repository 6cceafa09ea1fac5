"""Write /work/batches/public-texts-55.jsonl: batch 63, NOTICE CLAUSES FROM THE FOUR UK NATIONS, 2024-2026: the award
criteria and social value lines of tender and contract notices published on Find a Tender, Public Contracts Scotland,
Sell2Wales and by Northern Ireland buyers (CPD, Belfast City Council), read from their public copies on aggregator sites
(bidatlas.co.uk, d3tenders.com, the tender-listing site on lambda-url) and on Find a Tender itself, with hard negatives
from the SAME notices: descriptions of what is bought (including recycling, period dignity, sign language and welfare
appeals services bought as the service), lot descriptions, options, renewal, price and other quality criteria.

Sources (one notice = one group): the Department of Finance / CPD classified advertising framework (FTS 030185-2025,
bidatlas copy), Belfast City Council's concluded procurement notice (FTS 052490-2025, bidatlas), its bins delivery
service (FTS 035532-2025, bidatlas) and waste collection sacks (FTS 021935-2025, bidatlas), its Citywide Appeals Service
(FTS 058419-2025, lambda-url copy), CPD's interpreting and translation framework for DfC (ocds-h6vhtk-06ab42, d3tenders),
a council corporate cleaning contract (ocds-h6vhtk-05d1c0, d3tenders OCDS download), NWUPC's washroom services and period
dignity framework (FTS 028540-2025, lambda-url), Glasgow City Council's bottled and bulk gas framework (FTS 014354-2026 on
Find a Tender and its lambda-url copy), North Lanarkshire Council's minibus and coach hire framework
(ocds-r6ebe6-0000814127, d3tenders), NHS Wales Shared Services Partnership's bread, milk, baked goods and dairy framework
(WA Ref 160800 / ocds-h6vhtk-04531a: d3tenders page and OCDS download, lambda-url copy) and Cyngor Gwynedd's NMWTRA
surfacing framework (ocds-kuma6s-142961, bidatlas).

The stored copies gave only the opening of most notices (buyer, description, lots, award criteria lines), so the batch
is small and holds few social value lines: the notices' own social value award criteria. Texts are verbatim; the
"Lot 1 Award Criterion (quality):" label of the aggregator pages is dropped (the section says it), a long item is cut at a
sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on
stderr). Notice data is OGL v3 (licence string by the copy it was read from).

  cd /work/main && python3 test/corpus/make-public-55.py > /work/batches/public-texts-55.jsonl
"""
from batch import Batch, MU, U, S, W, N


BA = 'https://bidatlas.co.uk/tenders/'
LA = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/'
D3 = 'https://d3tenders.com/contract/?ocid='
D3J = 'https://d3tenders.com/contract/download.php?ocid='
# Northern Ireland
DOF = BA + '030185-2025'                       # DoF / CPD classified advertising framework
BCC = BA + '052490-2025'                       # Belfast City Council, concluded procurement (administrative notice)
BIN = BA + '035532-2025'                       # Belfast City Council, bins and containers delivery
SAC = BA + '021935-2025'                       # Belfast City Council, waste collection sacks
APP = LA + '058419-2025'                       # Belfast City Council, Citywide Appeals Service
DFC = D3 + 'ocds-h6vhtk-06ab42'                # CPD for DfC, interpreting and translation framework
# England
CLN = D3J + 'ocds-h6vhtk-05d1c0'               # corporate cleaning services (DN749046)
WSH = LA + '028540-2025'                       # NWUPC washroom services and period dignity solutions
# Scotland
GAS = 'https://www.find-tender.service.gov.uk/Notice/014354-2026'   # Glasgow City Council bottled and bulk gas
GASL = LA + '014354-2026'
BUS = D3 + 'ocds-r6ebe6-0000814127'            # North Lanarkshire Council minibus and coach hire
# Wales
BRD = D3 + 'ocds-h6vhtk-04531a'                # NWSSP bread, milk, baked goods and dairy
BRDJ = D3J + 'ocds-h6vhtk-04531a'
BRDL = LA + 'ocds-kuma6s-160800-release-160800'
NMW = BA + 'ocds-kuma6s-142961-release-150024' # Cyngor Gwynedd, NMWTRA surfacing framework

OCID = {DOF: 'fts:030185-2025', BCC: 'ocds:ocds-h6vhtk-05908a', BIN: 'fts:035532-2025', SAC: 'fts:021935-2025',
        APP: 'fts:058419-2025', DFC: 'ocds:ocds-h6vhtk-06ab42', CLN: 'ocds:ocds-h6vhtk-05d1c0',
        WSH: 'fts:028540-2025', GAS: 'fts:014354-2026', GASL: 'fts:014354-2026',
        BUS: 'ocds:ocds-r6ebe6-0000814127', BRD: 'ocds:ocds-h6vhtk-04531a', BRDJ: 'ocds:ocds-h6vhtk-04531a',
        BRDL: 'ocds:ocds-h6vhtk-04531a', NMW: 'ocds:ocds-kuma6s-142961'}

AQ = 'Award criteria (quality criterion, lot 1)'
AP = 'Award criteria (price criterion, lot 1)'
AC = 'Award criteria (cost criterion, lot 1)'
DP = 'Description of the procurement'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (DOF, 'notice-criteria', N, MU, [], AQ, 'AC2 Social Value (10.35%)', {'weighting_percent': 10.35}),
 (BCC, 'notice-criteria', N, MU, [], AQ, 'Quality Submission (including Social Value) (40%)'),
 (CLN, 'notice-criteria', U, MU, [], 'Lot 1: Award criteria (quality)', 'Social value'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # DoF / CPD classified advertising framework
 (DOF, 'notice-criteria', N, DP, 'The Northern Ireland Civil Service’s Executive Information Service’s Government Advertising Unit (GAU) wishes to establish an Advertising Framework Agreement for Classified Advertising which will provide classified advertising on behalf of the Northern Ireland Public Sector.'),
 (DOF, 'notice-criteria', N, AQ, 'AC1 Methodology (13.5%)', {'weighting_percent': 13.5}),
 (DOF, 'notice-criteria', N, AQ, 'AC3 Internal Systems (7.65%)', {'weighting_percent': 7.65}),
 (DOF, 'notice-criteria', N, AQ, 'AC4 Key Personnel Experience (6.75%)', {'weighting_percent': 6.75}),
 (DOF, 'notice-criteria', N, AQ, 'AC5 Contingency Planning and Business Continuity (6.75%)', {'weighting_percent': 6.75}),
 (DOF, 'notice-criteria', N, AP, 'AC7 Total Costs for Recruitment Ads (15%)', {'weighting_percent': 15}),
 (DOF, 'notice-criteria', N, AP, 'AC10 Graphic Designer Hourly Rate (must include format, design and placement of adverts) (2.5%)', {'weighting_percent': 2.5}),
 # Belfast City Council
 (BCC, 'notice-criteria', N, AC, 'Price (60%)', {'weighting_percent': 60}),
 (BCC, 'notice-criteria', N, DP, 'This procurement has concluded this notice is for administrative purposes only, refer to FTS: F02: Contract notice Notice identifier: 2025/S 000-018480 Procurement identifier (OCID): ocds-h6vhtk-050b81'),
 (BIN, 'notice-description', N, DP, 'This service is to ensure that householders who order new or replacement bins or containers receive them in a timely manner enabling them to continue recycling.'),
 (BIN, 'notice-description', N, DP, 'There may be a requirement for repairing of or disposing of damaged bins.'),
 (BIN, 'notice-description', N, 'Options (lot 1)', 'The collection, transportation and delivery of other waste containers or waste items to support in-house operations or projects.'),
 (BIN, 'notice-description', N, 'Options (lot 1)', 'Temporary support for the Council’s in house operations to cover any shortfall in available resources.'),
 (BIN, 'notice-description', N, 'Options (lot 1)', 'Major incident/ environmental incident that requires resource support i.e. waste clean up/spill, additional waste vehicles or additional qualified resources.'),
 (SAC, 'notice-description', N, DP, 'The supply and delivery of a range of waste collection sacks.'),
 (SAC, 'notice-description', N, DP, 'Plastic sacks of various colours and logos and paper sacks are required across Belfast City Council departments.'),
 (SAC, 'notice-description', N, 'Options (lot 1)', 'Additional items to reflect the changing company requirements or changes to applicable legislation (e.g. H&S, environmental or COVID).'),
 (SAC, 'notice-description', N, 'Options (lot 1)', 'Any additional items shall be delivered within 4 weeks from placement of order'),
 (APP, 'notice-description', N, DP, 'This procurement is in relation to the management and delivery of a Belfast Citywide Appeals Service.'),
 (APP, 'notice-description', N, DP, 'Belfast City Council wish to appoint an experienced Contractor who will provide suitably qualified advisors and administration support, to provide an accessible, high quality, confidential Belfast City appeals service that will provide support for people to prepare cases that will be considered by the Appeals Service administered by the Court Service (Northern Ireland), and provide representation at relevant appeals, ensuring an effective appeals service for clients.'),
 (APP, 'notice-description', N, 'Options (lot 1)', 'The Council reserves the right to add or remove objectives to or from the Contract in line with requirements.'),
 (APP, 'notice-criteria', N, AQ, 'Implementation and Mobilisation Plan (15%)', {'weighting_percent': 15}),
 # CPD for DfC: interpreting and translation framework
 (DFC, 'notice-description', N, 'Notice Description', 'Construction and Procurement Delivery (CPD), on behalf of the Participating Bodies (Northern Ireland Civil Service Departments, Agencies and Non-Departmental Public Bodies, and other Participating Bodies - \'the Buyer\') is seeking to establish a collaborative framework agreement for the provision of interpreting and translation services.'),
 (DFC, 'notice-description', N, 'Notice Description', 'Neither CPD nor the Participating Bodies can provide any guarantee as to the level of business under this framework agreement.'),
 (DFC, 'notice-description', N, 'Lot Information: Sign Language (BSL & ISL)', 'Sign language interpretation services'),
 # corporate cleaning services
 (CLN, 'notice-description', U, 'Description', 'The corporate cleaning contract will provide cleaning services to a range of council buildings.'),
 (CLN, 'notice-description', U, 'Description', 'Services will include, general scheduled cleaning, window cleaning, consumables and washroom services including sanitary, nappies, and clinical and confidential waste.'),
 (CLN, 'notice-description', U, 'Description', 'The contract will be for an initial period of 3.5 years, with the option to extend a further 2 years(1+1 year) giving a total contract duration of 5.5 years.'),
 # NWUPC washroom services and period dignity solutions
 (WSH, 'notice-description', U, DP, 'NWUPC is seeking to establish a multi-provider Framework Agreement on behalf of the members of APUC, CPC, HEPCW, LUPC, NEUPC, NWUPC and SUPC for Washroom Services and Period Dignity Solutions as the successor to an existing framework agreement.'),
 (WSH, 'notice-description', U, DP, 'Lots 1-13 cover the supply of Washroom Services on a regional basis.'),
 (WSH, 'notice-description', U, DP, 'Lot 14 covers Period Dignity Solutions nationally.'),
 (WSH, 'notice-description', U, 'Lot description (Lot 1 - Washroom Services (North East))', 'This lot covers the full complement of services/products required to create and maintain a clean, safe and pleasant washroom environment.'),
 # Glasgow City Council: bottled and bulk gas
 (GAS, 'notice-description', S, 'two.1.4) Short description', 'The successful supplier will also be responsible for the uplifting, removal, and environmentally compliant disposal of all cylinders supplied during the framework period.'),
 (GAS, 'notice-description', S, 'two.1.4) Short description', 'This procurement will be conducted via the Public Contracts Scotland - Tender portal (PCS-T).'),
 (GAS, 'notice-description', S, 'two.1.4) Short description', 'Bidders must self-certify their adherence to the conditions of participation via the ESPD (Scotland) in PSC-T and may be required to submit Means of Proof before contract award.'),
 (GAS, 'notice-description', S, 'two.1.4) Short description', 'Bidders must refer to the specific requirements listed in Section III in this Contract Notice when completing the SPD in PCS-T.'),
 (GASL, 'notice-description', S, 'Lot description (lot 1)', 'Upon award, the successful supplier will enter into a contract with Glasgow City Council as the lead organisation, with the framework structured to allow services to commence immediately, ensuring continuity of supply and responsiveness to operational needs.'),
 # North Lanarkshire Council: minibus and coach hire
 (BUS, 'notice-description', S, 'Notice Description', 'To enable the delivery of critical / key service provision, the council intends to establish a multi-lot, multi-supplier framework agreement for minibus and coach hire services to provide ad-hoc passenger journeys, primarily for educational purposes but available for use by other Council departments.'),
 (BUS, 'notice-description', S, 'Notice Description', 'the framework agreement shall include the provision of appropriately sized and equipped vehicles, qualified drivers, and compliance with all relevant safety and safeguarding standards.'),
 (BUS, 'notice-description', S, 'Notice Description', 'Optional elements, such as enhanced accessibility features or additional vehicle capacities, may be considered or sought via the framework agreement but are not mandatory.'),
 # NHS Wales: bread, milk, baked goods and dairy
 (BRDL, 'notice-description', W, 'Lot description (Mid & North Wales - Milk)', 'Lot 4 is a regional lot for direct supply of Milk to NHS Wales Health Boards/ sites within Betsi Cadwaladr University Health Board and Powys Teaching Health Board.'),
 (BRDL, 'notice-description', W, 'Lot description (Mid & North Wales - Milk)', 'All core products were required to be tendered for in order for submissions to be deemed compliant.'),
 (BRD, 'notice-description', W, 'Lot Information: Mid & North Wales - Bread & Baked Goods', 'Options: Additional products may be sourced by the Contracting Authority, within the limitations of the Public Contract Regulations 2015.'),
 (BRD, 'notice-description', W, 'Lot Information: Mid & North Wales - Bread & Baked Goods', 'Renewal: The Framework will be awarded on the basis of a three year agreement, with the option to extend for a further 12 months.'),
 (BRDJ, 'notice-criteria', W, 'Lot 1: Award criteria (quality)', 'Contract Management'),
 # Cyngor Gwynedd: NMWTRA surfacing framework
 (NMW, 'notice-description', W, 'Description', 'The North and Mid Wales Trunk Road Agent (NMWTRA) Surfacing, Civil and Ancillary Framework is a framework to procure surfacing improvements, surfacing maintenance works and emergency/urgent works through \'call off\' Works Orders on the following roads Trunk Roads - Dual Carriageways Trunk Roads - Single Carriageways County Road network'),
 (NMW, 'notice-description', W, 'Lot description (Lot 1a - Ceredigion County)', 'Qualification, Technical and Commercial assessment will be undertaken.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk',)
batch = Batch('public-texts-55.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; each notice is one group (`ocds:<ocid>` where the copy names the
    # ocid, else `fts:<Find a Tender notice id>` as for the earlier aggregator copies); its copies share the group.
    return OCID.get(src, src)
batch.emit_lists('pub55', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
