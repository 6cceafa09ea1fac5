"""Write /work/batches/public-texts-27.jsonl: batch 27, the WORDING of UK public-sector tender questions and award
criteria as buyers, supplier guides and bid-writing consultancies publish or quote them (social value / community
benefit asks and the examples of what they cover), with hard negatives from the same documents: the other quality
and selection criteria quoted beside them (technical merit, delivery, after-sales support, whole-life cost, company
status, health and safety method statements, method statement contents), carbon reduction plan requirements
(pass/fail), evaluation mechanics and procurement process text.

Sources: the Procurement Journey's quickfire guide of award criteria examples (procurementjourney.scot, Scottish
Government); Manchester City Council's "Quotations and tenders" assessment criteria; the Scottish Government's
Scottish procurement policy handbook (community benefits page) and its analysis of the sustainable procurement duty
(appendix 4, examples of community benefit requirements naming Scottish buyers); Sustainable Procurement Tools'
hazardous materials and emissions evaluation page; Thornton & Lowe's guides (importance of social value in
tendering, answering social value tender questions, how to write a method statement); Zemaitis' guide to social value
tender questions; Tender Victory's net zero update; Complete Tenders on carbon reduction plans; Contracts Advance on
carbon reduction planning; Tender Consultants on the tender method statement; KimonBids' method statement glossary
entry; Tender Advice's Fair Work First sample answer; Cheshire West and Chester Council's Social Value Portal dos and
don'ts; Sustainable Procurement Tools' worker conditions specification and climate and energy specification pages;
South Gloucestershire Council's "Selling to the council"; the Scottish Government's FOI release on community
benefits; the Royal Borough of Greenwich's "How we evaluate and award contracts".

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and footnote
markers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). Crown copyright pages (gov.scot, procurementjourney.scot, sustainableprocurementtools.scot) are
OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-27.py > /work/batches/public-texts-27.jsonl
"""
from batch import Batch, Q, EI, CL, EO, WB, MU, CV, ID, U, S, W, N


PJQ = 'https://www.procurementjourney.scot/quickfire-guide-award-criteria-examples-route-2-route-3'
MAN = ('https://secure.manchester.gov.uk/info/200095/tenders_and_contracts/2612/'
       'business_opportunities_and_working_with_us/5')
HBK = 'http://gov.scot/publications/scottish-procurement-policy-handbook/pages/13/'
SPD = 'https://www.gov.scot/publications/analysis-impact-value-sustainable-procurement-duty-procurement-main-report/pages/11/'
SPD_HELD = 'https://gov.scot/publications/analysis-impact-value-sustainable-procurement-duty-procurement-main-report/pages/2'
HAZ = 'https://sustainableprocurementtools.scot/index.cfm/guidance/hazardous-materials-and-emissions/evaluation'
TLI = 'https://thorntonandlowe.com/the-importance-of-social-value-in-tenders/'
TLA = 'https://thorntonandlowe.com/answering-social-value-tender-questions'
TLM = 'https://thorntonandlowe.com/how-to-write-a-method-statement'
ZEM = 'https://www.zemaitis-uk.com/social-value-tender-questions/'
TVN = 'https://tendervictory.co.uk/supporting-net-zero-in-public-sector-tenders-sept-2023-update/'
CTC = 'https://www.completetenders.com/news-carbon-reduction-plans-in-tenders-155'
CAC = 'https://contractsadvance.co.uk/the-insight-hub/insights/carbon-reduction-planning/'
TCM = 'https://www.tenderconsultants.co.uk/method-statement-tender/'
KBM = 'https://kimonbids.com/glossary/method-statement'
RBG = ('https://www.royalgreenwich.gov.uk/info/200209/how_to_do_business_with_the_council/447/'
       'what_happens_when_we_receive_your_bid')

TAD = 'https://www.tenderadvice.com/fair-work-first-scotland-tender-sample-answer/'
CWC = ('https://cheshirewestandchester.gov.uk/business/working-with-cheshire-west-and-chester-council/'
       'doing-business-with-the-council/social-value-portal')
SGL = 'http://www.southglos.gov.uk/business/tenders-and-contracts/council-tendering-guidance/'
FOI = 'https://gov.scot/publications/foi-202100260979'
FET = ('https://sustainableprocurementtools.scot/index.cfm/guidance/fairly-and-ethically-traded/worker-conditions/'
       'specification-development/')
CAE = 'https://sustainableprocurementtools.scot/index.cfm/guidance/climate-change/climate-and-energy/specification/'

TAD_S = ('Fair Work First Scotland: Tender Sample Answer: Key Fair Work First Policies: Through this approach, the '
         'Scottish Government is asking employers to adopt a fair working policy, through clear and equitable practices '
         'by clearly setting out what is expected of them, specifically:')
CWC_S = 'Social Value portal - dos and don\'ts for bidders'
SGL_S = 'Selling to the council'
FOI_S = 'Information regarding community benefits: FOI release'
FET_S = 'Sustainable Procurement Tools: Fairly and ethically traded: Worker conditions: Specification development'
FET_W = FET_S + ': To highlight the requirement to meet ethical criteria the following wording could be included in a specification:'
CAE_S = 'Sustainable Procurement Tools: Climate and energy: Specification'
PJQ_S = 'Quickfire Guide - Award Criteria Examples - Route 2 & Route 3'
MAN_S = 'Business opportunities and working with us: Quotations and tenders: Assessment criteria'
HBK_S = 'Scottish procurement policy handbook: 13. Community Benefits'
HBK_L = HBK_S + ': Community Benefit requirements are contractual requirements used by public bodies relating to:'
SPD_S = ('Sustainable procurement duty - impact and value analysis: main report: Appendix 4: Further examples of '
         'community benefit requirements')
HAZ_S = 'Sustainable Procurement Tools: Hazardous materials and emissions: Evaluation'
TLI_S = 'The Importance of Social Value in Tendering: What is Social Value?'
TLI_L = TLI_S + ': Social Value is typically offered in three main areas. These include, with examples of specific value to be had:'
TLA_S = 'Answering Social Value Tender Questions: Expert Guide for UK Bidders'
TLA_M = TLA_S + ': Understanding the Social Value Frameworks: The UK Government Social Value Model'
TLM_S = 'How to write a method statement (Thornton & Lowe)'
ZEM_S = 'How to Answer Social Value Tender Questions: Social Value Tender Questions'
TVN_S = 'Supporting Net Zero in Public Sector Tenders (Sept 2023 update)'
CTC_S = 'Carbon Reduction Plans in Tenders'
CAC_S = 'Carbon Reduction Planning: Why Organisations should create a Carbon Reduction Plan'
TCM_S = 'Method Statement for a Tender: How to Write One That Wins: What Is a Method Statement in a Tender?'
KBM_S = 'Method Statement: How it works in practice'
RBG_S = 'How we evaluate and award contracts'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Procurement Journey: award criteria examples
 (PJQ, 'award-criteria-examples', S, MU, [], PJQ_S + ': Sustainable Procurement', 'Economic, social and environmental considerations including community benefits and Fair Work Practices.'),
 (PJQ, 'award-criteria-examples', S, EI, [], PJQ_S + ': Prompt Payment', 'Where sub-contractors are utilised, the Prompt Payment Award statement should be included'),
 # Manchester City Council: assessment criteria
 (MAN, 'council-criteria', U, EO, [], MAN_S + ': Status of Company', 'equal opportunities for staff'),
 (MAN, 'council-criteria', U, CL, [], MAN_S + ': Operational considerations', 'environmental issues'),
 # Scottish procurement policy handbook: community benefits
 (HBK, 'policy-handbook', S, EI, [], HBK_L, 'training and recruitment, or'),
 (HBK, 'policy-handbook', S, EI, [], HBK_L, 'the availability of sub-contracting opportunities, or'),
 (HBK, 'policy-handbook', S, MU, [], HBK_L, 'which are otherwise intended to improve the economic, social or environmental wellbeing of the authority’s area in a way additional to the main purpose of the contract in which the requirement is included.'),
 (HBK, 'policy-handbook', S, MU, [], HBK_S + ': Community Wealth Building', 'Under the 2014 Act, public bodies must consider and act on opportunities to achieve environmental, economic and social benefits through spending on goods, services and works, and in doing so, can help contribute towards Community Wealth Building.'),
 # Scottish Government: examples of community benefit requirements imposed by named buyers
 (SPD, 'community-benefit-examples', S, EI, [], SPD_S + ': Employability outcomes (work placements, apprenticeships, opportunities for training and qualifications, job creation, and other employability-related activity)', 'in Dumfries & Galloway, an engineering contract included a commitment for the contractor to hold a STEM careers event at a local high school'),
 (SPD, 'community-benefit-examples', S, EI, [], SPD_S + ': Employability outcomes (work placements, apprenticeships, opportunities for training and qualifications, job creation, and other employability-related activity)', 'a construction contract at the University of Aberdeen resulted in, among other requirements, five apprenticeships, 24 work experience placements and nine site visits by school groups'),
 (SPD, 'community-benefit-examples', S, EI, [], SPD_S + ': Employability outcomes (work placements, apprenticeships, opportunities for training and qualifications, job creation, and other employability-related activity)', 'Edinburgh College’s outsourced facilities management contract has resulted in five work placements for students looking to get experience in the workplace and one apprenticeship'),
 (SPD, 'community-benefit-examples', S, WB, [], SPD_S + ': Support for community organisations and clubs', 'Edinburgh College’s outsourced facilities management contract included a community benefit requirement for the contractor to sponsor the Edinburgh College men’s football team and to provide strips'),
 (SPD, 'community-benefit-examples', S, WB, [], SPD_S + ': Support for community organisations and clubs', 'a contract procured by City of Edinburgh Council resulted in the contractor providing materials for a community garden'),
 # Sustainable Procurement Tools: hazardous materials evaluation
 (HAZ, 'award-criteria-examples', S, CL, [], HAZ_S, 'Where a service involves the use of chemicals it is likely to be appropriate to ask tenderers how they will eliminate harmful emissions to the environment in the delivery of the contract, for example in an off-site laundry.'),
 # Thornton & Lowe: the importance of social value
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (TLI, 'bid-guide', U, None, [], TLI_S, 'Social Value refers to the improvements made to the social, economic and environmental wellbeing of a local area when tendering to promote sustainable and ethical procurement practices.'),
 (TLI, 'bid-guide', U, WB, [], TLI_L, 'Supporting local charities and community projects'),
 (TLI, 'bid-guide', U, WB, [], TLI_L, 'Helping the community and its vulnerable and disadvantaged residents'),
 (TLI, 'bid-guide', U, WB, ['economic-inequality'], TLI_L, 'Tackling serious issues such as homelessness, crime, poverty and health within the community'),
 (TLI, 'bid-guide', U, WB, [], TLI_L, 'Supporting and promoting local culture and heritage'),
 (TLI, 'bid-guide', U, EI, [], TLI_L, 'Offer local employment and training opportunities or apprenticeships'),
 (TLI, 'bid-guide', U, EI, [], TLI_L, 'Offer work experience placements for schools and colleges'),
 (TLI, 'bid-guide', U, EO, ['economic-inequality'], TLI_L, 'Focusing on workplace inequality and employing people from disadvantaged backgrounds'),
 (TLI, 'bid-guide', U, EI, [], TLI_L, 'Supporting and using local suppliers, agencies and businesses'),
 (TLI, 'bid-guide', U, CL, [], TLI_L + ' Working to reduce the impact on the environment by:', 'Reducing carbon footprint and greenhouse gas emissions'),
 (TLI, 'bid-guide', U, CL, [], TLI_L + ' Working to reduce the impact on the environment by:', 'Minimising waste and promoting recycling'),
 (TLI, 'bid-guide', U, CL, [], TLI_L + ' Working to reduce the impact on the environment by:', 'Using sustainable, environmentally-friendly products'),
 (TLI, 'bid-guide', U, EO, [], TLI_L + ' Working to reduce the impact on the environment by:', 'Being a part of an ethical supply chain'),
 # Thornton & Lowe: answering social value tender questions
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (TLA, 'bid-guide', U, None, [], TLA_S + ': Basic Social Value Definition', 'Social value refers to the wider benefits a supplier delivers to a community beyond the core product or service they\'re contracted to provide.'),
 (TLA, 'bid-guide', U, CV, [], TLA_M, 'The COVID-19 recovery theme centres on supporting communities through employment, retraining and community initiatives.'),
 (TLA, 'bid-guide', U, EI, [], TLA_M, 'Economic inequality focuses on creating jobs, skills and business opportunities, particularly for disadvantaged groups.'),
 (TLA, 'bid-guide', U, CL, [], TLA_M, 'The climate change theme emphasises environmental stewardship and sustainability measures.'),
 # Zemaitis: social value tender questions
 (ZEM, 'bid-guide', U, MU, [], ZEM_S, 'Some tenders have method statement questions on what social value you will provide.'),
 (ZEM, 'bid-guide', U, EI, [], ZEM_S + ': For example:', 'Economic – employment, training and work-experience opportunities for local people.'),
 (ZEM, 'bid-guide', U, CL, [], ZEM_S + ': For example:', 'Environmental – local staff, local suppliers and local work reduces your carbon footprint.'),
 (ZEM, 'bid-guide', U, WB, [], ZEM_S + ': For example:', 'Social – supporting local community initiatives e.g. charities, local amateur sports teams etc.'),
 # Tender Victory: net zero
 (TVN, 'bid-guide', U, CL, [], TVN_S, 'Such organisations seek carbon reduction commitments from their supply chain as part of this journey.'),
 # Tender Advice: Fair Work First sample answer (the policies the question asks about)
 (TAD, 'bid-guide', S, EO, [], TAD_S, 'Appropriate channels for effective voice, such as trade union recognition'),
 (TAD, 'bid-guide', S, EO, [], TAD_S, 'Investment in workforce development'),
 (TAD, 'bid-guide', S, EO, [], TAD_S, 'No inappropriate use of zero-hours contracts'),
 (TAD, 'bid-guide', S, EO, [], TAD_S, 'Action to tackle the gender pay gap and create a more diverse and inclusive workplace'),
 (TAD, 'bid-guide', S, EO, [], TAD_S, 'Payment of the real Living Wage'),
 # Cheshire West and Chester Council: Social Value Portal dos and don'ts
 (CWC, 'council-guide', U, MU, [], CWC_S, 'Please ensure that your Social Value offers are made in relation to this contract only and do not take into account other social value initiatives being delivered elsewhere by your organisation.'),
 (CWC, 'council-guide', U, MU, [], CWC_S + ': Submitting a good Social Value offer: To submit a good Social Value offer, you need to make sure that you:', 'Ensure that your Social Value targets are relevant and proportional to this contract only and are not based on any other projects, initiatives, or wider Corporate Social Responsibility.'),
 (CWC, 'council-guide', U, EI, [], CWC_S + ': Submitting a good Social Value offer', 'Example: An organisation has invested £1,500 to organise a Careers fair (RE14) in a certain geographical area.'),
 # Sustainable Procurement Tools: ethical criteria model wording for a specification
 (FET, 'award-criteria-examples', S, EO, [], FET_W, 'The contractor is expected to have appropriate standards for its organisation and its supply chain regarding legal, ethical and social issues.'),
 (FET, 'award-criteria-examples', S, EO, [], FET_W, 'The contractor will perform its obligations in accordance with the Authority’s ethical sourcing policy, which is to promote appropriate standards regarding legal, ethical and social issues including, for example, health and safety, security of employment rights, equality, corruption and fair trade, in particular in developing or countries with low production costs.'),
 (FET, 'award-criteria-examples', S, EO, [], FET_W, 'The contractor must take all reasonable steps to ensure that all goods supplied under this contract/framework agreement are produced in accordance with all International Labour Organisation (ILO) conventions that have been ratified by the country of their origin, in particular, in relation to labour standards, working conditions and the use of child labour.'),
 (TVN, 'bid-guide', U, CL, [], TVN_S, 'This means businesses presenting how they minimise their carbon emissions and reduce their carbon footprint in their tenders are looked at favourably.'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Procurement Journey: the other award criteria examples
 (PJQ, 'award-criteria-examples', S, PJQ_S + ': Quality/Technical Merit', 'Is the product or service proposed fit for purpose? How well does it perform?'),
 (PJQ, 'award-criteria-examples', S, PJQ_S + ': Design, functional characteristics and aesthetics', 'How should the product look and feel?  How easy is it to use?'),
 (PJQ, 'award-criteria-examples', S, PJQ_S + ': Maintenance, ongoing technical support or after sales service', 'What support is required and available?'),
 (PJQ, 'award-criteria-examples', S, PJQ_S + ': Delivery or period of completion', 'the guaranteed turnaround time from order to delivery or provision of service'),
 (PJQ, 'award-criteria-examples', S, PJQ_S + ': Whole life cost', 'The whole life cost including the initial purchase price, operating costs, consumables and disposal costs. How cost effective will the goods/service prove to be?'),
 (PJQ, 'award-criteria-examples', S, PJQ_S + ': Test reports and certification', 'may be requested – note that equivalents from other member states must be accepted'),
 # Manchester City Council: the other assessment criteria
 (MAN, 'council-criteria', U, MAN_S, 'Each tender is evaluated according to set criteria stated in the appropriate notice or the tender documents.'),
 (MAN, 'council-criteria', U, MAN_S + ': Status of Company', 'financial viability'),
 (MAN, 'council-criteria', U, MAN_S + ': Status of Company', 'quality assurance procedures and status'),
 (MAN, 'council-criteria', U, MAN_S + ': Status of Company', 'technical ability and flexibility for change'),
 (MAN, 'council-criteria', U, MAN_S + ': Status of Company', 'experience of successful completion of similar contracts'),
 (MAN, 'council-criteria', U, MAN_S + ': Status of Company', 'health and Safety policies'),
 (MAN, 'council-criteria', U, MAN_S + ': Operational considerations', 'delivery lead times and performance'),
 (MAN, 'council-criteria', U, MAN_S + ': Operational considerations', 'management information'),
 (MAN, 'council-criteria', U, MAN_S + ': Operational considerations', 'resources available to support a flexible approach'),
 (MAN, 'council-criteria', U, MAN_S + ': Goods or services offered', 'extent to which they meet the minimum requirement'),
 (MAN, 'council-criteria', U, MAN_S + ': Goods or services offered', 'qualities above the minimum requirement that offer better value for money'),
 (MAN, 'council-criteria', U, MAN_S + ': Cost of acquisition', 'conditions of price (e.g. fixed, with or without variation, etc.)'),
 (MAN, 'council-criteria', U, MAN_S + ': Cost of acquisition', 'warranties and guarantees offered'),
 # Scottish procurement policy handbook
 (HBK, 'policy-handbook', S, HBK_S, 'For more information on Community Benefits policy, please see the statutory guidance which provides information on:'),
 # Sustainable Procurement Tools: evaluation mechanics
 (HAZ, 'award-criteria-examples', S, HAZ_S, 'The scoring methodology, weightings and contract award criteria must be clearly defined in the procurement documents to ensure transparency of the process and a common understanding by all bidders of how tender responses will be evaluated and scored.'),
 (HAZ, 'award-criteria-examples', S, HAZ_S, 'Weightings must balance the quality, cost and outcomes required.'),
 (HAZ, 'award-criteria-examples', S, HAZ_S, 'The allocation of weightings should be determined on a case-by-case basis to ensure they are relevant and proportionate to the contract in question.'),
 # Thornton & Lowe: health and safety method statements
 (TLM, 'bid-guide', U, TLM_S, 'A method statement describes the steps needed to complete a job safely.'),
 (TLM, 'bid-guide', U, TLM_S, 'It lists the risks involved and the safety measures to control them.'),
 (TLM, 'bid-guide', U, TLM_S, 'The main purpose is to protect workers and others from harm.'),
 (TLM, 'bid-guide', U, TLM_S + ': Method statements help:', 'Identify potential hazards'),
 (TLM, 'bid-guide', U, TLM_S + ': Method statements help:', 'Set out safety precautions'),
 (TLM, 'bid-guide', U, TLM_S + ': Method statements help:', 'Meet legal health and safety requirements'),
 (TLM, 'bid-guide', U, TLM_S, 'Typically, required as part of health and safety requirements and tendering.'),
 # Complete Tenders, Contracts Advance, Tender Victory: carbon reduction plans (pass/fail)
 (CTC, 'bid-guide', U, CTC_S, 'The NHS, for example, is now asking all bidders, regardless of contract size, to have a Carbon Reduction Plan.'),
 (CTC, 'bid-guide', U, CTC_S + ': What is a Carbon Reduction Plan?', 'It needs to be published on your website.'),
 (CTC, 'bid-guide', U, CTC_S + ': What do I need to include within my Carbon Reduction Plan?', 'A commitment to achieve ‘Net Zero’ by 2050 or an earlier specified date'),
 (CTC, 'bid-guide', U, CTC_S, 'We are seeing an increase in the number of tenders requiring bidding businesses to have a Carbon Reduction Plan in place.'),
 (CAC, 'bid-guide', U, CAC_S, 'Since 30 September 2021, all organisations bidding for particular Public Sector contracts with an annual contract value of £5m or more must “detail their commitment to achieving Net Zero through the publication of a Carbon Reduction Plan (CRP).”'),
 (CAC, 'bid-guide', U, CAC_S, 'In a recent a Crown Commercial Service, the Buyer (a government department) changed the value threshold in the procurement from annual contract value to the total contract value.'),
 (TVN, 'bid-guide', U, TVN_S + ': How can I reduce my carbon impact?', 'This template can be used by businesses as a starting point for recording emissions baselines and developing their carbon reduction strategies.'),
 # Tender Consultants and KimonBids: what a method statement covers
 (TCM, 'bid-guide', U, TCM_S, 'In facilities management, they explain how cleaning, maintenance and helpdesk services will be coordinated across a multi-site estate.'),
 (TCM, 'bid-guide', U, TCM_S, 'For construction, they describe the sequence of works, safety methodology and programme management.'),
 (TCM, 'bid-guide', U, TCM_S, 'It describes your delivery processes, the people responsible for them, the timescales they operate within, the risks they manage and the quality mechanisms that ensure performance is maintained throughout the contract term.'),
 (KBM, 'bid-guide', U, 'Method Statement: Definition', 'They typically cover the supplier\'s proposed approach, team structure, mobilisation plan, key risks, and quality and assurance arrangements.'),
 (KBM, 'bid-guide', U, KBM_S, 'Avoid bullet-point dumps without narrative; evaluators score against the rubric and need joined-up evidence.'),
 # Tender Advice, Cheshire West and Chester, South Gloucestershire, Scottish Government FOI
 (TAD, 'bid-guide', S, 'Fair Work First Scotland: Tender Sample Answer: Tender Response', 'How do you ensure that the work is carried out to a high standard and meets expectations?'),
 (CWC, 'council-guide', U, CWC_S, 'Please note: Bidders are encouraged to raise a clarification question through our Tendering Portal if they are unsure of any detail in this process.'),
 (CWC, 'council-guide', U, CWC_S + ': Useful terms/abbreviations', 'FTE: Full time equivalent'),
 (CWC, 'council-guide', U, CWC_S + ': Useful terms/abbreviations', 'MSMEs: Micro small and medium enterprise'),
 (CWC, 'council-guide', U, CWC_S + ': Useful terms/abbreviations', 'NEETs: Not in education, employment or training (applies for young people)'),
 (CWC, 'council-guide', U, CWC_S + ': Useful terms/abbreviations', 'VCSEs: Voluntary community and social enterprise'),
 (SGL, 'council-process', U, SGL_S + ': Expression of interest', 'To tender for a contract with us you have to express an interest in bidding for the contract.'),
 (SGL, 'council-process', U, SGL_S, 'The council will only use pre-qualification questionnaires (PQQs) for larger contracts.'),
 (SGL, 'council-process', U, SGL_S, 'This asks you to demonstrate how you meet the essential criteria for the contract.'),
 (SGL, 'council-process', U, SGL_S, 'You should complete the questionnaire fully and clearly.'),
 (SGL, 'council-process', U, SGL_S, 'Any documents received late will be returned unopened.'),
 (FOI, 'policy-handbook', S, FOI_S, 'The Scottish Government publishes an annual procurement report, part of which refers to contracts awarded that contain community benefits.'),
 (FOI, 'policy-handbook', S, FOI_S, 'Details on contracts and community benefits can be found in section 6 of each report.'),
 # Sustainable Procurement Tools: specification rules, energy ratings and labels
 (FET, 'award-criteria-examples', S, FET_S, 'Technical specifications must relate to the characteristics of the particular work, supply or service being purchased, and not to the general capacities or qualities of the bidder.'),
 (FET, 'award-criteria-examples', S, FET_S, 'They are mandatory for core Scottish Government and their use is encouraged across the wider public sector, except for construction related procurement where Building Standards apply.'),
 (CAE, 'award-criteria-examples', S, CAE_S + ': Technical specifications', 'Technical specifications relating to energy are those that require all suppliers to supply, or use in service delivery, products or equipment that meet specific energy ratings or meet relevant standards.'),
 (CAE, 'award-criteria-examples', S, CAE_S + ': Technical specifications', 'It is important to establish that the market for a particular product can meet these requirements before incorporating them; if using the GBS criteria, they have been tested against market capabilities.'),
 (CAE, 'award-criteria-examples', S, CAE_S + ': The use of Labels', 'A buyer may ask for a product to have been given an independently verifiable label or operate to a stated standard which certifies that it meets specific energy efficiency characteristics.'),
 (CAE, 'award-criteria-examples', S, CAE_S + ': The use of Labels', 'The use of labels needs to be considered with care.'),
 # Royal Borough of Greenwich: evaluation process
 (RBG, 'council-process', U, RBG_S + ': Evaluation of bids', 'We will evaluate your bid against all specified criteria.'),
 (RBG, 'council-process', U, RBG_S + ': Evaluation of bids', 'We may need to clarify your bid with you because either there is something we do not understand or because we believe you misinterpreted our requirement.'),
 (RBG, 'council-process', U, RBG_S + ': Awarding contracts', 'We will publish details of all awarded contracts valued at over £100,000 (including those advertised in the Official Journal of the European Union).'),
]

OGL_HOSTS = ('gov.scot', 'procurementjourney.scot', 'sustainableprocurementtools.scot')
batch = Batch('public-texts-27.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; the pages of the Scottish Government's sustainable procurement
    # duty analysis are one document (the group its page 2 already has).
    if src == SPD: return batch.group_of_source.get(SPD_HELD, SPD_HELD)
    return src
batch.emit_lists('pub27', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
