"""Write /work/batches/public-texts-78.jsonl: batch 78, the text of UK e-tendering PORTAL SOFTWARE in public GitHub
repositories of public bodies: field descriptions and codelists of the Cabinet Office's OCDS for the UK extension (the
data model of the Procurement Act 2023 notices on Find a Tender: VCSE and supported employment status, exclusions,
engagement and lots rationales, award criteria, standstill, key performance indicator (agreed metrics) rationale,
contract performance failures, reserved participation, notice types), the Central Digital Platform's data-sharing model
example (steel question) and Register of Commercial Tools definitions, the Department for Education's Get help buying
for schools service (Energy for Schools guidance, procurement evaluation pages) and its earlier Buying for schools
decision-tree service (energy framework and loan results, cleaning manual).

These repositories hold almost no social value asks: what they say about VCSEs, supported employment, carbon,
renewable energy and social value is definition, data model, the description of what is bought, or framework benefits.
So this batch is hard negatives only (no positives padded in); the social value module texts of the Central Digital
Platform (FormsEngineResource.resx / StaticTextResource.resx) were taken by batch 77 and are not reused.

Sources (read this session through read_file, and fetched mirrors read with `git show HEAD:path`):
github:cabinetoffice/ocds_uk_extension (release-schema.json, codelists; MIT, Cabinet Office),
github:cabinetoffice/GCGS-Central-Digital-Platform (DataSharing FormQuestion.cs, Register of Commercial Tools accordion
partial; Crown copyright, OGL as in batch 77), github:DFE-Digital/buy-for-your-school (config/locales/en.yml; MIT, Crown
copyright DfE), github:DFE-Digital/buying-for-schools (app templates and data; MIT, DfE Digital).
Texts are verbatim; HTML tags and list quotes dropped. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr).

  python3 test/corpus/make-public-78.py > /work/batches/public-texts-78.jsonl
"""
from batch import Batch, OGL

U = 'uk'
OCX = 'github:cabinetoffice/ocds_uk_extension@2343b1fd2df4a0a43157f443d0fbba4182d43b41:release-schema.json'
OCR = 'github:cabinetoffice/ocds_uk_extension@a8a77425f7263c49a9bda8fc255ab7046260ab12:codelists/+reservedParticipation.csv'
OCD = 'github:cabinetoffice/ocds_uk_extension@28b09ee4251d4928930cd7ad5c4bd19aa58c4232:codelists/+documentType.csv'
OCM = 'github:cabinetoffice/ocds_uk_extension@dcf70f88393f3f1a7d7c55a02503540b67108e9f:codelists/+milestoneType.csv'
GC = 'github:cabinetoffice/GCGS-Central-Digital-Platform@9da6c2014b1fbbd146e4f57e2d57947c14652f41:'
GFQ = GC + 'Services/CO.CDP.DataSharing.WebApi/Model/FormQuestion.cs'
GRT = GC + 'Frontend/CO.CDP.RegisterOfCommercialTools.App/Pages/Shared/_CommercialToolAccordionContent.cshtml'
BFY = 'github:DFE-Digital/buy-for-your-school@ce327192538ed1de10d8461222b70cff7fa2af65:config/locales/en.yml'
BFS = 'github:DFE-Digital/buying-for-schools@428a30af378788793a24b3d27e8c4e5eb16e680e:app/'
SAL = BFS + 'templates/frameworks/salix.njk'
NEP = BFS + 'templates/frameworks/national-energy-performance-contracting.njk'
FWJ = BFS + 'data/frameworks.json'
CLN = BFS + 'templates/manual/cleaning.njk'

OC = 'OCDS for the UK extension (Procurement Act 2023 notices): release schema: '
RT = 'Register of Commercial Tools: Search for commercial tools: Definitions: '
EFS = 'Get help buying for schools: Energy for Schools guidance: '
EVP = 'Get help buying for schools: Complete procurement evaluation'
BS = 'Buying for schools: '

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # OCDS for the UK extension: organisations, exclusions
 (OCX, 'portal-schema', U, OC + 'Organization: details: VCSE status', 'Whether an organization is a voluntary, community or social enterprise (VCSE). In the UK, a VCSE is defined as a non-governmental organization that is value-driven and principally reinvests its surpluses to further social, environmental or cultural objectives.'),
 (OCX, 'portal-schema', U, OC + 'Organization: details: Public service mission organization status', 'Whether an organization is a public service mission organization. In the UK, public service mission organizations are called public service mutuals, and are defined as delivering reservable light touch public services, not for profit or distributing profits to members only, and employee-managed.'),
 (OCX, 'portal-schema', U, OC + 'Organization: details: Sheltered workshop status', 'Whether an organization is a sheltered workshop. In the UK, sheltered workshops are called supported employment providers, and are defined as providing employment or related support to disabled or disadvantaged individuals, who are at least 30% of employees.'),
 (OCX, 'portal-schema', U, OC + 'Organization: details: Excluded supplier information', 'Information about an excluded supplier being awarded a contract.'),
 (OCX, 'portal-schema', U, OC + 'Organization: details: Excluded supplier information: Exclusion grounds', 'The exclusion grounds that apply to the supplier or an associated person.'),
 (OCX, 'portal-schema', U, OC + 'Organization: details: Excluded supplier information: Exclusion criteria: Domestic legal basis', 'Whether the legal basis for the exclusion grounds is UK-based.'),
 (OCX, 'portal-schema', U, OC + 'Organization: details: Excluded supplier information: Award rationale', 'The rationale for awarding the contract to the excluded supplier.'),
 (OCX, 'portal-schema', U, OC + 'Organization: Control', 'Information on other organizations or people that have a controlling interest in the organization.'),
 # planning and tender
 (OCX, 'portal-schema', U, OC + 'Planning: No engagement notice rationale', 'The rationale for not publishing an engagement notice before the tender notice, if engagement has been carried out.'),
 (OCX, 'portal-schema', U, OC + 'Tender: Procurement method rationale legal basis', 'The legal basis of the rationale for the chosen procurement method. Specifically the UK statutory instrument that allows the direct award with the justification to protect life, health, public order or safety.'),
 (OCX, 'portal-schema', U, OC + 'Tender: Lot details: No lots division rationale', 'The rationale for not dividing the tender into lots, if that would have been possible.'),
 (OCX, 'portal-schema', U, OC + 'Tender: Expression of interest deadline', 'The submission deadline for expressions of interest. This submission is also called a request to participate.'),
 (OCX, 'portal-schema', U, OC + 'Tender: Risk details', 'Description of risks that could jeopardise the satisfactory performance of the contract.'),
 (OCX, 'portal-schema', U, OC + 'Award criteria: Description', 'An overall description of all award criteria.'),
 (OCX, 'portal-schema', U, OC + 'Other requirements: Reserved participation location', 'The location of organizations to which participation is reserved. In the UK, below-threshold contracts can be reserved for suppliers from a single county or London borough.'),
 (OCX, 'portal-schema', U, OC + 'Suitability: VCSE', 'Whether the contracting process, lot or lot group is suitable for voluntary, community or social enterprises. In the UK, a VCSE is defined as a non-governmental organization that is value-driven and principally reinvests its surpluses to further social, environmental or cultural objectives.'),
 (OCX, 'portal-schema', U, OC + 'Subcontract: Description', 'A description of the subcontract, including any subcontractor information only available as free text. In the UK, the associated people/organisations that the supplier will subcontract to or is relying on to satisfy the conditions of participation.'),
 # award, contract, amendment
 (OCX, 'portal-schema', U, OC + 'Award: Standstill period', 'The period before the contract signature during which the award decision can be challenged. This period typically starts on the date on which the tenderers are informed about the award decision.'),
 (OCX, 'portal-schema', U, OC + 'Award: Assessment summaries date sent', 'The date on which assessment summaries were sent to tenderers.'),
 (OCX, 'portal-schema', U, OC + 'Contract: Termination rationale classification', 'The classification of the rationale for terminating the contract.'),
 (OCX, 'portal-schema', U, OC + 'Contract: No agreed metrics rationale', 'The rationale for not publishing agreed metrics, in the UK known as key performance indicators.'),
 (OCX, 'portal-schema', U, OC + 'Contract: Proposed amendments', 'Amendments that have been proposed but at this point have not been signed.'),
 (OCX, 'portal-schema', U, OC + 'Amendment: Standstill', 'Whether the period between the publication of this notice and the estimated contract amendment date constitute a formal standstill period.'),
 (OCX, 'portal-schema', U, OC + 'Amendment: Has renewal', 'Whether the buyer reserves the right to renew the contract.'),
 (OCX, 'portal-schema', U, OC + 'Communication: Future notice recipients', 'Who the next sequential notice will be provided to, if not published.'),
 (OCX, 'portal-schema', U, OC + 'Framework agreement: Is open framework scheme', 'Whether the framework agreement is an open framework. In the UK, an open framework is a series of frameworks with substantially the same terms. Awarded suppliers are carried over and new suppliers can bid.'),
 (OCX, 'portal-schema', U, OC + 'Framework agreement: Buyer classification restrictions', 'The classifications of buyers who can use the framework agreement. In the UK, used if only utilities can use a dynamic market.'),
 # contract performance (KPIs, performance failures)
 (OCX, 'portal-schema', U, OC + 'Observation: Measure classification', 'The classification of the measure. For actual observations, this may be whether the required standard has been met. In the UK, possible id values are met, slightlyBelow, below, significantlyBelow and other.'),
 (OCX, 'portal-schema', U, OC + 'Performance failure: Requirement', 'A description of the requirement that has not been carried out successfully.'),
 (OCX, 'portal-schema', U, OC + 'Performance failure: Decision date', 'The date of the decision that the supplier had failed to improve its performance.'),
 (OCX, 'portal-schema', U, OC + 'Performance failure: Penalty date', 'The date of the penalty for the performance failure. In the UK, this is the earliest of the dates of any partial termination, award of damages or settlement agreement.'),
 (OCX, 'portal-schema', U, OC + 'Performance failure: Partial termination', 'A description of the partial termination of the contract that resulted from the performance failure.'),
 (OCX, 'portal-schema', U, OC + 'Performance failure: Suppliers', 'The suppliers that were responsible for the performance failure, especially if the contract is with multiple suppliers and not all of them are responsible. In the UK, this is always included.'),
 # codelists
 (OCR, 'portal-schema', U, 'OCDS for the UK extension: reservedParticipation codelist: SME or VCSE', 'Participation is reserved to small and medium-sized enterprises (SMEs) and voluntary, community and social enterprises (VCSEs).'),
 (OCD, 'portal-schema', U, 'OCDS for the UK extension: documentType codelist: Market engagement notice', 'A notice published by the buyer or procuring entity to consult the market with the aim to prepare a future contracting process. This type of activity is also called market consultation, early engagement, pre-procurement dialogue and information gathering.'),
 (OCD, 'portal-schema', U, 'OCDS for the UK extension: documentType codelist: Tender cancellation notice', 'A notice published by the buyer or procuring entity giving details of the cancellation of a contracting process.'),
 (OCD, 'portal-schema', U, 'OCDS for the UK extension: documentType codelist: Contract termination notice', 'A notice published by the buyer or procuring entity giving details of how the contract that was signed and in force has now come to a close. This might be due to the successful completion of the contract, or might be early termination due to some non-completion.'),
 (OCD, 'portal-schema', U, 'OCDS for the UK extension: documentType codelist: Implementation notice', 'A notice published by the buyer or procuring entity giving details of the implementation of one or more contracts in a contracting process. This might relate to transactions, milestones, metrics or performance failures.'),
 (OCM, 'portal-schema', U, 'OCDS for the UK extension: milestoneType codelist: Future signature date', 'The estimated date when the contract will be signed.'),
 # Central Digital Platform: data sharing model example (steel question); Register of Commercial Tools definitions
 (GFQ, 'portal-form', U, 'Central Digital Platform: data sharing API: form question (example): Steel', 'For contracts which relate to projects/programmes (i) with a value of £10 million or more; or (ii) a value of less than £10 million where it is anticipated that the project will require in excess of 500 tonnes of steel; please describe the steel specific supply chain management systems, policies, standards and procedures you have in place to ensure robust supply chain management and compliance with relevant legislation.'),
 (GFQ, 'portal-form', U, 'Central Digital Platform: data sharing API: form question (example): Steel', 'Please provide details of previous similar projects where you have demonstrated a high level of competency and effectiveness in managing all supply chain members involved in steel supply or production to ensure a sustainable and resilient supply of steel.'),
 (GRT, 'portal-form', U, RT + 'Framework', 'a type of contract that allows the award of future contracts'),
 (GRT, 'portal-form', U, RT + 'Framework', 'only suppliers who are part of the framework can bid for these future contracts'),
 (GRT, 'portal-form', U, RT + 'Dynamic market', 'a flexible arrangement where suppliers can join if they meet specific membership conditions'),
 (GRT, 'portal-form', U, RT + 'Dynamic market', 'future contracts must be advertised through tender notices'),
 (GRT, 'portal-form', U, RT + 'Dynamic market', "new suppliers can join at any time during the market's duration"),
 (GRT, 'portal-form', U, RT + 'Utilities dynamic framework', 'a dynamic market that can only be used by utility organisations to award utilities contracts'),
 # DfE Get help buying for schools: Energy for Schools guidance; evaluation pages
 (BFY, 'portal-guidance', U, EFS + 'Interim rate', "You'll still benefit from all framework protections, including procurement compliance, social value commitments and data security measures."),
 (BFY, 'portal-guidance', U, EFS + 'Interim rate', "An interim rate contract is a temporary arrangement. You'll be placed on an interim rate if there's a gap between your current contract's expiry date and the next available start date for V30."),
 (BFY, 'portal-guidance', U, EFS + 'Interim rate', "If you're out of contract and need an immediate energy supply, you'll be placed on interim rates."),
 (BFY, 'portal-guidance', U, EFS + 'Renewable energy', "The energy supply is from the supplier's standard 'Brown' product. Everyone who uses this supply gets 30-40% renewable energy through the UK power grid. This percentage is increasing as more renewable energy sources are added to the grid."),
 (BFY, 'portal-guidance', U, EFS + 'Renewable energy', 'Energy savings made through renewable energy, such as solar panels, are not factored into this contract. You should continue your current arrangement or contact EDF about setting up a Smart Export Guarantee if you wish to export energy back to the grid.'),
 (BFY, 'portal-guidance', U, EFS + 'Smart meter installation', 'Schools and trusts that join Energy for Schools must have smart meters installed if they do not already have them.'),
 (BFY, 'portal-guidance', U, EFS + 'Compliance', 'Energy for Schools is a contract and not a procurement process. By joining, you’ll be switching to the GCA framework used by DfE.'),
 (BFY, 'portal-guidance', U, EFS + 'Compliance', 'The GCA framework complies with the Public Contracts Regulation 2015, the legislation in place at the time the framework was established. It is therefore procurement compliant. Any future changes to the GCA framework will comply with the new Procurement Act.'),
 (BFY, 'portal-guidance', U, EFS + 'Billing', 'When your contract starts your new supplier will ask for an opening meter reading. Take the reading on the start date and keep a photo for your records. This helps make sure your first bill is accurate.'),
 (BFY, 'portal-guidance', U, 'Get help buying for schools: Our team of procurement specialists can:', "review your documents to make sure they're complete and compliant. This includes advice on specification documents, tender documents and evaluation criteria"),
 (BFY, 'portal-guidance', U, EVP, 'Before starting the evaluation, you must complete the declaration of interest form attached to the email inviting you to complete the procurement evaluation.'),
 (BFY, 'portal-guidance', U, EVP, 'Bids must be evaluated independently of each other and other evaluators.'),
 (BFY, 'portal-guidance', U, EVP, 'Insufficient justification for scores will result in evaluations being returned, which could delay the procurement.'),
 (BFY, 'portal-guidance', U, 'Get help buying for schools: Evaluation approved by DfE', 'Once your evaluation has been submitted, it will need to be approved by a procurement lead at DfE to ensure that its has been fully completed in a compliant way.'),
 # DfE Buying for schools (decision-tree service): energy results and cleaning manual
 (SAL, 'portal-guidance', U, BS + 'Interest-free loans to fund energy saving schemes (Salix): benefits', 'Reduce your carbon footprint.'),
 (SAL, 'portal-guidance', U, BS + 'Interest-free loans to fund energy saving schemes (Salix): benefits', 'Repayments are recycled to fund other public sector projects.'),
 (SAL, 'portal-guidance', U, BS + 'Interest-free loans to fund energy saving schemes (Salix): offers', 'Use your loan to fund over 100 different technologies such as LED lighting, boiler replacements and insulation.'),
 (NEP, 'portal-guidance', U, BS + 'National energy performance contracting: benefits', 'reduces carbon emissions and achieves annual savings on energy'),
 (NEP, 'portal-guidance', U, BS + 'National energy performance contracting: benefits', 'guaranteed level of energy savings – offering a secure financial saving over period of agreement'),
 (FWJ, 'portal-guidance', U, BS + 'frameworks: RE:FIT', 'The RE:FIT framework streamlines the procurement process for energy services and helps retrofit energy efficiency and local energy generation measures to your buildings or estate, reducing annual energy expenditure and carbon emissions.'),
 (CLN, 'portal-guidance', U, BS + 'Cleaning: Staff training: You may want to consider initial training for your staff such as:', 'health, safety and the environment'),
 (CLN, 'portal-guidance', U, BS + 'Cleaning: Staff training', 'Consider who will cover the daily responsibilities of staff who are away from the school undertaking training.'),
]

LICENCES = (
    ('ocds_uk_extension', 'MIT (Crown copyright, Cabinet Office; ocds_uk_extension)'),
    ('GCGS-Central-Digital-Platform', OGL),
    ('buy-for-your-school', 'MIT (Crown copyright, Department for Education; buy-for-your-school)'),
    ('buying-for-schools', 'MIT (Department for Education - Digital; buying-for-schools)'),
)


def licence_of(src):
    for part, lic in LICENCES:
        if part in src: return lic
    raise AssertionError(src)


def group_of(src):
    # One repository's portal text shares template wording: one group per repository (the Central Digital Platform's
    # group as batch 77 gave it).
    return src.split('@')[0]


batch = Batch('public-texts-78.jsonl')
batch.emit_lists('pub78', [], NEG, group_of, licence_of)
