"""Write /work/batches/public-texts-57.jsonl: batch 65, UK NOTICE DATA held whole in public repositories: Find a Tender
notices under the Procurement Act 2023 read as complete OCDS release packages (not as page copies, which stop after
about 2,000 characters), with the award criteria of each lot, the social value criterion where a notice has one, and
hard negatives from the same notices (descriptions of what is bought, even where the service bought is itself social or
environmental: supported living, school mentoring for children exposed to violence, heat networks and district heating
studies; procedure features, the quality and price criteria, renewal terms).

Whole notices with social value content proved scarce: the code index's text search covers source files, not JSON data
files, and the only UK notice data it turns up is the already-mined apa999/CFServer1 test data. The records here come
from the two repositories found holding whole Find a Tender release packages:

- github:jacekjastrzebski/uk-tenders-dbt-snowflake, docs/find-a-tender-api/samples/release-package-limit-4.json: a page of
  four releases of 6 October 2026, three used here (Central Bedfordshire Council's Aldbanks supported living tender,
  UK4, with its Social Value criterion at 10%; the Education Training Collective's unified communications award; the
  Nottinghamshire Police and Crime Commissioner's Mentoring in Education award);
- github:efeakp/UK-tender-intelligence, 032703-2026_ocds.json (Harrogate Town Council's district heating feasibility
  study, UK4) and "037689-2026_ocds (1).json" (Northumberland County Council's heat networks pipeline notice, UK1).

Texts are verbatim from the files (read with the `read_file` tool); a long description is cut at sentence ends. Not
scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). Notice data is
published under the Open Government Licence v3 (the packages' own `license` field); the republishing repositories are not
among batch.py's NOTICE_* copies, so the plain OGL string is used. Group = `ocds:<ocid>`.

  python3 test/corpus/make-public-57.py > /work/batches/public-texts-57.jsonl
"""
from batch import Batch, OGL, MU, ocid_group

U = 'uk'

JACEK = ('github:jacekjastrzebski/uk-tenders-dbt-snowflake@47825e7689865984c1fe55dcf462757bab6a6701:'
         'docs/find-a-tender-api/samples/release-package-limit-4.json')
EFEAKP = 'github:efeakp/UK-tender-intelligence@5c043ce9445d8b5494ccef9d59fd17460b950e3b:'
ALD = JACEK + '#ocds-h6vhtk-078219'      # Central Bedfordshire Council, Aldbanks supported living (tender notice, UK4)
ETC = JACEK + '#ocds-h6vhtk-06e832'      # The Education Training Collective, unified communications (award, UK6)
MEN = JACEK + '#ocds-h6vhtk-06d285'      # Nottinghamshire PCC, Mentoring in Education (award, UK6)
HAR = EFEAKP + '032703-2026_ocds.json#ocds-h6vhtk-067fb8'          # Harrogate Town Council, district heating (UK4)
NOR = EFEAKP + '037689-2026_ocds (1).json#ocds-h6vhtk-068ae4'      # Northumberland County Council, heat networks (UK1)

ALD_T = 'Competitive Flexible Procedure (CFP)  Aldbanks Supported Living  CBC-2074-CFP-SK (Central Bedfordshire Council)'
ALD_AC = ALD_T + ': Lot 1: Award criteria'
ETC_T = 'Unified Communications and Mobile Services - Revised (The Education Training Collective)'
MEN_T = 'Mentoring in Education (The Police and Crime Commissioner for Nottinghamshire)'
HAR_T = 'HARROGATE TOWN DISTRICT HEATING PROJECT - Feasibility Study (Harrogate Town Council)'
NOR_T = 'Northumberland County Council Heat Networks (Northumberland County Council)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (ALD, 'notice-criteria', U, MU, [], ALD_AC + ': Social Value (quality)',
  'Suppliers will be evaluated on their proposed social value commitments and outcomes relevant to the Contract. '
  'Responses will be assessed in accordance with the social value requirements set out in the procurement documents.',
  {'weighting_percent': 10}),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Aldbanks supported living: the service bought, the procedure, the other criteria, renewal
 (ALD, 'notice-description', U, ALD_T + ': Description',
  'Central Bedfordshire Council is seeking to appoint a suitably experienced provider to deliver supported living services at Aldbanks.'),
 (ALD, 'notice-description', U, ALD_T + ': Description',
  'The service will provide high-quality, person-centred support to adults with eligible care and support needs, enabling individuals to maximise their independence, maintain their wellbeing, and participate fully in their local community.'),
 (ALD, 'notice-description', U, ALD_T + ': Description',
  'The successful provider will work collaboratively with the Council, residents, families, health partners and other stakeholders to deliver safe, effective and outcome-focused support that promotes choice, control and independence.'),
 (ALD, 'notice-description', U, ALD_T + ': Description',
  'Following evaluation, the four highest-scoring qualified Suppliers will be invited to participate in Stage 2 and submit a full Tender Response.'),
 (ALD, 'notice-procedure', U, ALD_T + ': Procedure: Features',
  'Suppliers will initially be assessed against the Conditions of Participation and Shortlisting Criteria, with the four highest-scoring qualified suppliers invited to submit a full Tender Response.'),
 (ALD, 'notice-criteria', U, ALD_AC + ': Quality - Methodology (quality)',
  'Tender Responses will be evaluated against the quality requirements set out in the procurement documents, including service delivery, safeguarding, mobilisation, resident outcomes and workforce arrangements.',
  {'weighting_percent': 50}),
 (ALD, 'notice-criteria', U, ALD_AC + ': Price (price)',
  'Tendered prices will be evaluated in accordance with the pricing methodology set out in the procurement documents. The lowest evaluated tender will receive the highest score, with other tenders scored proportionately.',
  {'weighting_percent': 40}),
 (ALD, 'notice-terms', U, ALD_T + ': Lot 1: Renewal',
  'Initial term of 3 years from 1 November 2027 to 31 October 2030, with the option to extend for up to a further 4 years. Maximum contract end date: 31 October 2034.'),
 # Mentoring in Education (award): a violence-reduction and wellbeing service bought
 (MEN, 'notice-description', U, MEN_T + ': Description',
  'The programme is an initiative aimed at providing tailored support to children within schools and extended to the local community.'),
 (MEN, 'notice-description', U, MEN_T + ': Description',
  'Mentors will equip children with the tools and resources necessary to develop positive behaviours, effective communication skills, resilience and improve educational outcomes and objectives.'),
 (MEN, 'notice-description', U, MEN_T + ': Description',
  'The Nottingham and Nottinghamshire Violence Reduction Partnership (NNVRP) will provide support identifying schools and the initial engagement stages.'),
 # Unified communications (award)
 (ETC, 'notice-description', U, ETC_T + ': Description',
  'Due to this change and increased scope we felt the appropriate action was to terminate the previous tender and launch a revised version, this tender is the revised version.'),
 # Harrogate district heating feasibility study: a climate subject bought; its criteria
 (HAR, 'notice-description', U, HAR_T + ': Description',
  'It is the intention of Harrogate Town Council, as the Buyer, to appoint the services of a Supplier of district heating technical consultancy to undertake a Feasibility Study compliant with the GB Energy Community Energy Fund Feasibility Report Structure.'),
 (HAR, 'notice-description', U, HAR_T + ': Description',
  'The remainder of the Feasibility Study is to be planned and delivered using a best-practice project management process with engagement of relevant local stakeholders and aligned with the requirements of the Buyer.'),
 (HAR, 'notice-criteria', U, HAR_T + ': Lot 1: Award criteria: Bidder Experience (quality)', 'Bidder Experience',
  {'weighting_percent': 30}),
 # Northumberland heat networks (pipeline notice)
 (NOR, 'notice-description', U, NOR_T + ': Description',
  'Northumberland County Council plans to run a procurement to appoint a development partner to develop and deliver a heat network in the town of Blyth and to offer the opportunity to develop further heat networks in towns across Northumberland.'),
]
batch = Batch('public-texts-57.jsonl')
def group_of(src):
    # One notice, one group: `ocds:<ocid>`, as in notices.jsonl.
    return ocid_group(src)
batch.emit_lists('pub57', R, NEG, group_of, licence_of=lambda src: OGL)
