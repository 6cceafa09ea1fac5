"""Write /work/batches/public-texts-59.jsonl: batch 67, DIGITAL MARKETPLACE texts newer than the corpus held: what Crown
Commercial Service's Contract Award Service (CAS) gives buyers of Digital Outcomes 6 (RM1043.8) and G-Cloud 14 Lot 4
(RM1557.14, further competition) to ask, weight and commit suppliers to on social value, with hard negatives from the
same documents (the other award criteria and their weightings - technical competence, cultural fit, price - the
affirmations, conflicts of interest, bid rules, evaluation and price-scoring mechanics, the call-off order form's
liability, charges and schedules, the lots and what they buy, and the G-Cloud 14 extension notices).

Sources (all new to the corpus as documents): the bid-pack templates CAS fills in for a call-off further competition,
kept in Crown-Commercial-Service/ccs-scale-cat-service (src/main/resources/templates: DOS 6 FC L1 attachments 1, 2 and 4;
GC FC L4 attachments 2 and 3; the Digital Specialists and Programmes FC attachment 2; the 'RM1043.8 - Order Form and
Call Off Schedules' template), read as ODT text from the fetched mirror, and its question templates (sentences of the
DOS 6 lot 1 and lot 3 assessment guidance the corpus had not taken, and a generic further-competition template's
quality-ratio prompts); the CAS buyer interface in Crown-Commercial-Service/ccs-scale-cat-buyer-ui (content/digital-
outcomes/procdetails.json, content/lot-agreement/lot.json, the DOS, rfp and direct-award 'your assessment' content, the
validation messages of validate_rfp_strategy.js, rfp_questions.js and da_questions.js, views/components/
releatedContent.njk, one more line of questions/template.njk, and the G-Cloud service page's question captions in
features/g-cloud/views/services.njk, whose social value captions the corpus already holds); and two Find a Tender
records of the G-Cloud 14 extensions (d3tenders.com copies; negatives only).

Not reachable in this session: G-Cloud 14's own framework question set (service, declaration and per-service social
value questions). The digitalmarketplace-frameworks repository (all branches) stops at G-Cloud 13 and DOS 5, the npm
package that carries G-Cloud 14/15 and DOS 7 is outside what this batch may run, and no stored page holds the G-Cloud 14
questions; hence a smaller batch, weighted to DOS 6 / G-Cloud 14 Lot 4 buyer-side wording.

Texts are verbatim (ODT paragraphs, JSON strings, quoted UI messages); list bullets dropped, a long paragraph cut at a
sentence end, leading/trailing spaces dropped. Not scored: the batch is scored blind afterwards. Texts already in the
corpus are left out (named on stderr). Licences: the CCS repositories as the corpus already records them (MIT, Crown
Commercial Service); the d3tenders copies are Find a Tender notice data (OGL v3).

  python3 test/corpus/make-public-59.py > /work/batches/public-texts-59.jsonl
"""
from batch import Batch, MU, NOTICE_D3, ocid_group, ccs_licence

U = 'uk'

# ccs-scale-cat-service: CAS bid-pack templates (call-off further competition)
CAT = ('github:Crown-Commercial-Service/ccs-scale-cat-service@daf50a3a2fc385b119dc195ee08b87034eb1bed8:'
       'src/main/resources/templates/')
D1 = CAT + 'DOS 6 FC L1 Bid Pack - Attachment 1 Statement of Requirements.odt'
D2 = CAT + 'DOS 6 FC L1 Bid Pack - Attachment 2 About the procurement.odt'
D4 = CAT + 'DOS 6 FC L1 Bid Pack - Attachment 4 Submission of written proposal and pricing schedule.odt'
G2 = CAT + 'GC FC L4 Bid Pack - Attachment 2 How to bid including evaluation criteria.odt'
G3 = CAT + 'GC FC L4 Bid Pack - Attachment 3 Statement of Requirements.odt'
DSP = CAT + 'DSP FC Bid Pack - Attachment 2 Template v1.0.odt'
OF = CAT + 'RM1043.8 - Order Form and Call Off Schedules v1.0 3.odt'
# ccs-scale-cat-service: CAS question templates (DOS 6 lots 1 and 3; a generic further-competition template)
QT = ('github:Crown-Commercial-Service/ccs-scale-cat-service@daf50a3a2fc385b119dc195ee08b87034eb1bed8:'
      'src/test/resources/templates/question_templates/')
Q1 = QT + 'prev_data/dos6_lot1.json'
QA = QT + 'expected_result/asis_dependency.json'
# ccs-scale-cat-buyer-ui: CAS buyer interface
UI = 'github:Crown-Commercial-Service/ccs-scale-cat-buyer-ui@ab440a422e7ca1d1fe4e6cde17784ba6d51e1d90:src/main/'
UPD = UI + 'resources/content/digital-outcomes/procdetails.json'
ULOT = UI + 'resources/content/lot-agreement/lot.json'
UDOS = UI + 'resources/content/MCF3/requirements/DOSrfpYourAssesstment.json'
URFP = UI + 'resources/content/requirements/rfpYourAssesstment.json'
UDA = UI + 'resources/content/da/daYourAssesstment.json'
UVS = UI + 'assets/scripts/validations/validate_rfp_strategy.js'
UVQ = UI + 'assets/scripts/validations/rfp_questions.js'
UTPL = UI + 'views/components/questions/template.njk'
UREL = UI + 'views/components/releatedContent.njk'
UDAQ = UI + 'assets/scripts/validations/da_questions.js'
UGC = UI + 'features/g-cloud/views/services.njk'
# Find a Tender records of the G-Cloud 14 extensions (d3tenders.com copies)
N4 = 'https://d3tenders.com/contract/download.php?ocid=ocds-b5fd17-1296c461-59fb-4ddb-98cd-548254b4664d'
N13 = 'https://d3tenders.com/contract/download.php?ocid=ocds-b5fd17-089071a7-26c2-492f-b4a9-e0a689a5f882'

D_S = 'Digital Outcomes 6 call-off further competition bid pack: Attachment 1: Statement of Requirements'
D_W = D_S + ': How suppliers will be evaluated: Overall evaluation weightings: See below example'
D_2 = 'Digital Outcomes 6 call-off further competition bid pack: Attachment 2: About the procurement'
D_4 = 'Digital Outcomes 6 call-off further competition bid pack: Attachment 4: Submission of written proposal and pricing schedule'
G_2 = 'G-Cloud 14 Lot 4 call-off further competition bid pack: Attachment 2: How to bid including evaluation criteria'
G_3 = 'G-Cloud 14 Lot 4 call-off further competition bid pack: Statement of Requirements'
DSP_S = 'Digital Specialists and Programmes call-off further competition bid pack: Attachment 2: How to bid including evaluation criteria: Award Criteria'
OF_S = 'RM1043.8 Order Form and Call-Off Schedules template: Order Form'
UPD_S = 'Contract Award Service (Digital Outcomes): How to bid including evaluation criteria: About assessment criteria and evaluation weightings'
ULOT_S = 'Contract Award Service: lot page'
UDOS_S = 'Contract Award Service (Digital Outcomes): Set your assessment criteria and evaluation weightings'
N4_S = 'G-Cloud 14 Lot 4 extension (RM1557.14 Lot 4): notice description'
N13_S = 'G-Cloud 14 Lots 1-3 extension (RM1557.14 Lots 1 - 3): notice description'
Q1_S = 'Contract Award Service (Digital Outcomes 6, lot 1): Your assessment criteria'
Q1_A = Q1_S + ': About assessment criteria'
Q1_W = Q1_S + ': About evaluation weightings'
QA_S = 'Contract Award Service (further competition template)'
UGC_S = 'Contract Award Service: G-Cloud service page'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # DOS 6 bid pack: the social value criterion beside technical competence, cultural fit and price
 (D1, 'cas-bid-pack', U, MU, [], D_W + ': Social value', '10 % - Social value', {'weighting_percent': 10}),
 (D1, 'cas-bid-pack', U, MU, [], D_S + ': STAGE 2', 'At stage 2: further assessment the buyer will assess the technical; cultural fit and social value questions, together with the supplier’s pricing proposal.'),
 (D4, 'cas-bid-pack', U, MU, [], D_4, 'Your written responses should address the evaluation criteria for Technical, Cultural fit and Social value as detailed in the Statement of Requirements (Attachment 1 in the bid pack):'),
 # G-Cloud 14 Lot 4 and DSP bid packs: award criteria
 (G2, 'cas-bid-pack', U, MU, [], G_2 + ': Award Criteria', 'The technical evaluation includes any other qualitative assessment criteria including social values, etc.'),
 (DSP, 'cas-bid-pack', U, MU, [], DSP_S, 'The technical evaluation includes any other qualitative assessment criteria including social values, cultural fit, etc.'),
 # Order form: the supplier's social value commitment
 (OF, 'cas-order-form', U, MU, [], OF_S + ': Social value commitment', 'The Supplier agrees, in providing the Deliverables and performing its obligations under the Call-Off Contract, that it will comply with the social value commitments in Call-Off Schedule 4 (Call-Off Tender)'),
 # CAS buyer interface: writing and weighting the social value questions
 (UPD, 'cas-buyer-ui', U, MU, [], UPD_S + ': About evaluation weightings', 'It will also help you identify the best supplier in terms of skills and capabilities, knowledge and if they meet your social value objectives.'),
 (UPD, 'cas-buyer-ui', U, MU, [], 'Contract Award Service (Digital Outcomes): Write your social value questions', 'Explain the social value question'),
 (UDOS, 'cas-buyer-ui', U, MU, [], UDOS_S, 'Set your assessment criteria based on quality, which includes technical and social value questions, and price.'),
 (URFP, 'cas-buyer-ui', U, MU, [], 'Contract Award Service: Your assessment bases and evaluation weightings', 'Set your assessment criteria, based on technical,cultural and social value questions'),
 (UDA, 'cas-buyer-ui', U, MU, [], 'Contract Award Service (direct award): Set your assessment criteria and evaluation weightings', 'Set your assessment criteria based on technical and social value questions.'),
 (ULOT, 'cas-buyer-ui', U, MU, [], ULOT_S + ': Decide the approach and stages to your procurement: Call-off Further Competition', 'this is used to compare the relative merits of the shortlisted suppliers tender responses based on an evaluation of qualitative, commercial and social value criteria'),
 (ULOT, 'cas-buyer-ui', U, MU, [], ULOT_S + ': Decide the approach and stages to your procurement: Direct award', 'this is used to assess a single supplier tender responses based on an evaluation of qualitative, commercial and social value criteria, having regard to the buyer’s internal policies for direct award as well as Public Contract Regulation.'),
 (UVS, 'cas-buyer-ui', U, MU, [], 'Contract Award Service: Add background and context to your requirement: Social value, economic and environmental benefits', 'Add the social value, economic and environmental benefits of your procurement'),
 (UVS, 'cas-buyer-ui', U, MU, [], 'Contract Award Service: Add background and context to your requirement: Social value, economic and environmental benefits', 'You must enter the social value, economic and environmental benefits'),
 (UVQ, 'cas-buyer-ui', U, MU, [], 'Contract Award Service: Write your social value questions', 'Enter a weighting for this social value question'),
 (UVQ, 'cas-buyer-ui', U, MU, [], 'Contract Award Service: Your assessment criteria', 'Write your social value questions (Optional)'),
 (UTPL, 'cas-buyer-ui', U, MU, [], 'Contract Award Service: Write your social value questions', 'Enter your social value question'),
 (UDAQ, 'cas-buyer-ui', U, MU, [], 'Contract Award Service (direct award): Write your social value questions', 'You must enter your social value question'),
 # CAS question templates: weighting the social value category within quality
 (Q1, 'cas-question-template', U, MU, [], Q1_W, 'Weightings can also identify the supplier with the best knowledge, skills, ability to meet your social value objectives, and cultural fit.'),
 (QA, 'cas-question-template', U, MU, [], QA_S + ': Set the overall weighting', 'Whatever overall weighting you set for quality, you will then need to split again between the 3 categories (technical, cultural fit and social value) in the next screens.'),
 (QA, 'cas-question-template', U, MU, [], QA_S + ': Define quality group ratios', 'Set the ratio between technical, cultural and social value within quality. The total must not equal 100%'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # DOS 6 bid pack: the other criteria, their weightings and the two-stage mechanics
 (D1, 'cas-bid-pack', U, D_W + ': Price', '40 % - Price', {'weighting_percent': 40}),
 (D1, 'cas-bid-pack', U, D_W + ': Cultural fit', '10% - Cultural fit', {'weighting_percent': 10}),
 (D1, 'cas-bid-pack', U, D_W, '40 % - Technical competence (split: 20% Essential skills and experience; 10% Nice-to-have skills and experience; and 70% Technical questions)', {'weighting_percent': 40}),
 (D1, 'cas-bid-pack', U, D_S + ': How suppliers will be evaluated: Overall evaluation weightings', 'Note: Technical competence is the sum of Essential skills and experience and Nice-to-have skills and experience (assessed at stage 1); and Technical questions (assessed at stage 2).'),
 (D1, 'cas-bid-pack', U, D_S + ': How suppliers will be evaluated', 'All shortlisted suppliers will be invited to further assessment as part of Stage 2 and will be asked to provide a written proposal - this is a mandatory assessment method.'),
 # DOS 6 bid pack: competition rules
 (D2, 'cas-bid-pack', U, D_2 + ': The opportunity', 'This is a call off contract and as such the Buyer cannot guarantee volumes of work.'),
 (D2, 'cas-bid-pack', U, D_2 + ': What we expect from you', 'Your bid must remain valid for 90 days after the bid submission deadline.'),
 (D2, 'cas-bid-pack', U, D_2 + ': Publicity', 'You must not publicise the deliverables or the award of any contract unless the Buyer have given written consent.'),
 # G-Cloud 14 Lot 4 bid pack: affirmations, conflicts, award and price scoring
 (G2, 'cas-bid-pack', U, G_2 + ': How to make your bid: Affirmations', 'Do you accept the competition rules as described in Attachment 1 – About the Procurement?'),
 (G2, 'cas-bid-pack', U, G_2 + ': How to make your bid: Conflicts of Interest', 'Where conflicts of interest have been identified, we require that any potential, actual or perceived conflicts of interest in respect of this Bid Pack are set out in your response, together with an outline of the safeguards that would be put in place to mitigate the risk of actual or perceived conflicts arising'),
 (G2, 'cas-bid-pack', U, G_2 + ': Award Criteria', 'The award of the resultant contract will be on the basis of the ‘Most Economically Advantageous Tender’ (MEAT).'),
 (G2, 'cas-bid-pack', U, G_2 + ': Commercial Evaluation', 'The Bidder with the lowest total price for the Attachment 4. Price Schedule will be awarded the maximum score available.'),
 (G2, 'cas-bid-pack', U, G_2 + ': Final Decision to Award', 'Where the Final Score achieved by multiple Bidders ranks them in equal position and all such Bidders have achieved the Minimum Pass Mark or higher in all quality questions, the Bidder with the highest score for the highest weighted quality question (i.e. the order of importance), will be deemed the winner and awarded the Contract.'),
 (G3, 'cas-bid-pack', U, G_3 + ': Service levels and performance', 'The Authority will measure the quality of the Supplier’s delivery by:'),
 # Order form
 (OF, 'cas-order-form', U, OF_S + ': Call-off incorporated terms', 'Joint Schedule 5 (Corporate Social Responsibility) - Mandatory'),
 (OF, 'cas-order-form', U, OF_S + ': Maximum liability', 'The limitation of liability for this Call-Off Contract is stated in Clause 11.2 of the Core Terms.'),
 # CAS buyer interface: lots, stages, weighting advice, a linked policy note
 (ULOT, 'cas-buyer-ui', U, ULOT_S + ': G-Cloud Lot 4', 'Further competition for cloud support from one, multiple or all of the following categories including cloud migration planning, set up and migration, security services, quality assurance and performance testing, training and ongoing support.'),
 (ULOT, 'cas-buyer-ui', U, ULOT_S + ': Management Consultancy Framework Three: Environment and sustainability', 'Provision of objective strategic advice in areas related to environmental and/or sustainability. This may include identification of options with recommendations as well as implementation and delivery.'),
 (ULOT, 'cas-buyer-ui', U, ULOT_S + ': Management Consultancy Framework Three: Health, social care and community', 'Provision of objective specialist advice in areas related to health, social care and / or community. This may include identification of options with recommendations as well as implementation and delivery.'),
 (UPD, 'cas-buyer-ui', U, UPD_S + ': About evaluation weightings', 'If your project is very tehcnical, we recommend having a higer weighting for that set of criteria, so that you identify a supplier who best meets your needs.'),
 (UREL, 'cas-buyer-ui', U, 'Contract Award Service: Related content', 'Social value in the award of central government contracts (PPN 06/20)'),
 # CAS question templates: the other categories and their weighting advice
 (Q1, 'cas-question-template', U, Q1_W, 'When you have simple requirements and know that many suppliers can meet them, price may be more important to you than technical competence.'),
 (Q1, 'cas-question-template', U, Q1_W, 'If you need user research participants and your user research dates are fixed, availability may be more important to you than technical competence.'),
 (Q1, 'cas-question-template', U, Q1_A, 'You can only evaluate a supplier on the criteria you have included in your published requirements.'),
 (Q1, 'cas-question-template', U, Q1_S + ': Set the overall weighting', 'The weightings must add up to 100% in total.'),
 (Q1, 'cas-question-template', U, 'Contract Award Service (Digital Outcomes 6, lot 1): Write your social value questions', 'You can add a maximum of 20 questions.'),
 (QA, 'cas-question-template', U, QA_S + ': Set the overall weighting', 'You need to set the overall weighting for quality and price according to your requirements.'),
 # CAS G-Cloud service page: the service questions' captions (energy, data, exit, support, accessibility, pricing)
 (UGC, 'cas-buyer-ui', U, UGC_S + ': Energy efficiency', 'Energy-efficient datacentres'),
 (UGC, 'cas-buyer-ui', U, UGC_S + ': Energy efficiency', 'Description of energy efficient datacentres'),
 (UGC, 'cas-buyer-ui', U, UGC_S + ': Asset protection', 'Equipment disposal approach'),
 (UGC, 'cas-buyer-ui', U, UGC_S + ': Onboarding and offboarding', 'End-of-contract data extraction'),
 (UGC, 'cas-buyer-ui', U, UGC_S + ': User support', 'Support levels'),
 (UGC, 'cas-buyer-ui', U, UGC_S + ': Using the servicee', 'How the web interface is accessible'),
 (UGC, 'cas-buyer-ui', U, UGC_S + ': Pricing', 'Discount for educational organisations'),
 # G-Cloud 14 extension notices
 (N4, 'gc14-notice', U, N4_S, 'Security services - Maintain the confidentiality, integrity and availability of services and information, and protect services against threats.'),
 (N4, 'gc14-notice', U, N4_S, "Quality assurance and performance testing - Continuously ensure that a service does what it's supposed to do to meet user needs efficiently and reliably."),
 (N13, 'gc14-notice', U, N13_S + ': Additional information', 'Crown Commercial Service has decided to extend G-Cloud 14 lots 1-3 for 6 months from their original end date of 28 April 2026 to 28 October 2026.'),
]

batch = Batch('public-texts-59.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (Batch does that first). The CAS bid-pack templates share their
    # template wording, so they are one group; so are the buyer interface's content and validation files; a question
    # template the corpus does not hold joins the corpus's group for the generic CAS template; a notice is `ocds:<ocid>`.
    if src.startswith(CAT): return 'ccs-cas:bid-pack-templates'
    if src.startswith(QT): return 'ccs-cas:rm6187-template'
    if src.startswith(UI): return 'ccs-cas:buyer-ui/content'
    if (g := ocid_group(src)): return g
    return src


def licence_of(src):
    if (licence := ccs_licence(src)): return licence
    assert 'd3tenders.com' in src, src
    return NOTICE_D3


batch.emit_lists('pub59', R, NEG, group_of, licence_of)
