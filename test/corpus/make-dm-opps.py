"""Write batch 19 (dm-opportunities.jsonl): real UK technology-procurement texts around Digital Marketplace opportunities,
read through the `search` tool (pages corpus, which stores only the opening of each page). The aim was the social value
criteria buyers wrote into Digital Outcomes and Specialists (DOS 5) opportunities; those sit near the end of each
opportunity page and no stored copy reaches them (DOS 6 opportunities were published on the Contract Award Service, not
the Digital Marketplace), so the social value texts here are what the stored pages do hold about social value in
technology procurement: a Contracts Finder DOS-style record whose subject is social value evaluation (CW90851 "Social
Value Metric", as republished in OCDS by d3tenders), the Centre for Digital Public Services' Tech Net Zero discovery
(Wales) on sustainability in digital procurement, press and FOI statements of social value weightings in technology
frameworks (Digital Specialists and Programmes, Computer Weekly, Devon County Council), and a central government tender's
prioritised social value themes as a bid-writing case study reports them. Hard negatives from the same pages and from the
openings of DOS opportunity pages: summaries of the work, budget ranges, why the work is being done (including a GDS
discovery about gender equality and social inclusion, and BEIS's SME voucher scheme), contract lengths, gov.uk DOS
guidance on requirements, evaluation criteria, technical competence, cultural fit and price, and clarification questions,
CCS agreement pages (DOS 6 scope, DSP call-off steps), the Department for International Trade's published cultural fit
criteria (2017) as reported, and a Parliamentary answer on cultural fit.
Texts are verbatim (one sentence or list item a record; list bullets dropped); texts already in the corpus are skipped
(named on stderr). Labels by what the text itself asks or states.

  python3 test/corpus/make-dm-opps.py > /work/batches/dm-opportunities.jsonl
"""
from batch import Batch, OGL, Q, EI, CL, EO, WB, MU, CV, ID

DM11485 = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/11485'
DM14516 = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/14516'
CW90851 = 'https://d3tenders.com/contract/download.php?ocid=ocds-b5fd17-11d1c0f0-d336-4ca9-99af-1242b001df17'
H2G = 'https://d3tenders.com/contract/download.php?ocid=ocds-b5fd17-28466c34-e783-4e3f-9191-259b33a75980'
EVAL = 'https://gov.uk/guidance/how-to-set-your-evaluation-criteria-when-buying-digital-outcomes-and-specialists-services'
FIND = 'https://gov.uk/guidance/how-to-find-digital-outcomes-on-digital-marketplace'
SELL = 'https://www.gov.uk/guidance/how-to-sell-your-digital-outcomes-and-specialists-services'
DOS6 = 'https://www.crowncommercial.gov.uk/agreements/RM1043.8'
DSP = 'https://www.webprod-cms.crowncommercial.gov.uk/agreements/RM6263'
LGOV = 'https://www.localgov.co.uk/How-local-authorities-can-look-for-social-value-in-their-SME-tech-suppliers/54675'
CWK = 'https://www.computerweekly.com/feature/Social-value-not-yet-fully-embedded-in-procurement-practices'
HEN = 'https://henhamstrategy.co.uk/news/improving-social-value-in-technology-procurement'
TNZ6 = ('https://digitalpublicservices.gov.wales/guidance-and-standards/tech-net-zero-discovery-report/'
        'recommendation-6-make-sustainability-part-procurement')
TNZA = 'https://digitalpublicservices.gov.wales/cdps-awards-tech-net-zero-discovery-contract/'
DEV = 'https://www.devon.gov.uk/accesstoinformation/information_request/tenders-and-frameworks-social-value-weighting-2021/'
ECCS = 'https://www.executivecompass.co.uk/blog/social-value/case-study-central-government-social-value-model-in-a-recent-tender/'
PQ = 'https://www.parallelparliament.co.uk/question/66247/overseas-trade'
GCO = 'http://procurement.governmentcomputing.com/features/lost-in-translation-defining-cultural-fit-in-procurement-5789627'

OGL_SRC = {DM11485, DM14516, CW90851, H2G, EVAL, FIND, SELL, DOS6, DSP, TNZ6, TNZA}
CW_S = 'Social Value Metric (CW90851): description'
EC_S = ('The commissioning authority prioritised three social value themes for delivery under the contract, related to '
        'the service. These included tackling:')
# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 (CW90851, 'cf-notice', 'uk', MU, [], CW_S, 'Increasingly, social value is becoming a key consideration for all government departments when awarding new contracts.'),
 (CW90851, 'cf-notice', 'uk', MU, [], CW_S, "In accordance with PPN06/20, 10% of any award criteria must be weighted against a bidder's social value commitments.", {'weighting_percent': 10}),
 (CW90851, 'cf-notice', 'uk', MU, [], CW_S, 'To support departments in adapting to this requirement, the Government has published a detailed Social Value Model setting out the types of activity that we may look for our suppliers to deliver, and providing context and guidance to be used as bid scoring criteria is developed.'),
 (LGOV, 'sv-press', 'uk', MU, [], 'How local authorities can look for social value in their SME tech suppliers', "The Government’s latest procurement policy means social value is explicitly evaluated in all central government procurement exercises, focussing on suppliers' contribution to COVID-19 recovery, tackling economic inequality and fighting climate change as well as equal opportunity and employee wellbeing."),
 (LGOV, 'sv-press', 'uk', MU, [], 'Digital Specialists and Programmes Framework (DSP)', 'It put a major emphasis on social value - lot 2 of the framework awarded 60% of the marks on social value alone, with a lower but still significant 20% for lot 1.'),
 (LGOV, 'sv-press', 'uk', MU, ['economic-inequality'], 'How local authorities can look for social value in their SME tech suppliers', 'Many councils recognise that SMEs can offer social value, but it will not look the same as the larger suppliers - which is why frameworks like the DSP focus on quality, not quantity.'),
 (CWK, 'sv-press', 'uk', MU, [], 'Social value not yet fully embedded in procurement practices', 'In line with this trend, the UK government has pushed through changes in the public sector procurement process geared towards ensuring that IT suppliers are not only delivering from a technology standpoint, but from a social value perspective as well.'),
 (CWK, 'sv-press', 'uk', MU, [], 'Social value not yet fully embedded in procurement practices', 'Under these new social value procurement rules, businesses seeking to win public sector contracts must set out how they will deliver on the government’s social value priorities, which are divided into five core themes: contributing towards the Covid-19 recovery; tackling economic inequality; fighting climate change; driving equal opportunity; and improving the health and wellbeing of their own employees.'),
 (HEN, 'sv-press', 'uk', MU, [], 'Improving Social Value in Technology Procurement', 'Other recommendations presented included the need to develop a joint government and industry ‘social value playbook’, removing COVID-19 as a key theme in social value considerations, and requiring all government bodies and departments to provide an annual statement of social value achievements.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Recommendation 6: Make sustainability part of procurement', 'Our policy research and our conversations with public servants both highlighted the opportunity of procuring digital products and services in a way that reduces carbon emissions.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Recommendation 6: Make sustainability part of procurement', 'Our next steps will be things like asking within procurement if they’ve got an environmental strategy.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Recommendation 6: Make sustainability part of procurement', 'Participants also mentioned not knowing how sustainability should translate into digital procurement.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Potential solutions', 'Net zero needs to be a prominent part of the procurement process, and people need support to implement it.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Potential solutions', 'The STAR team emphasised the importance of addressing carbon reduction in procurement.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Potential solutions', 'They pointed to the sustainability clauses added to the UK government Model Services Contract and supplier code of conduct as examples.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Potential solutions', 'Various practitioners encouraged bringing net zero needs into relationships with vendors – many are addressing these needs in their product and service roadmaps already.'),
 (TNZ6, 'tech-net-zero', 'wales', CL, [], 'Potential solutions', 'Considering net zero throughout supply chains will be essential.'),
 (DEV, 'council-foi', 'uk', MU, [], 'Social Value Weighting', 'Our procurement approach does not have a specific ‘social value’ weighting identified within the award criteria.'),
 (DEV, 'council-foi', 'uk', MU, [], 'Social Value Weighting', 'Social Value objectives are built into the procurement process in designing the schedule of requirements and embodying the ethos of Social Value into each element.'),
 (ECCS, 'sv-guide', 'uk', MU, [], 'Project overview – how was social value represented?', 'It also demonstrated how the government is using its buying power to drive social value, which in this instance accounted for 10% of the overall weighting, and 4,500 words of the quality narrative.', {'weighting_percent': 10}),
 (ECCS, 'sv-guide', 'uk', EI, [], 'Project overview – how was social value represented?', 'It also included a separate scored element in the pricing submission on expected spend on new businesses, entrepreneurs, start-ups, small and medium enterprises, voluntary, community and social enterprises and mutuals.'),
 (ECCS, 'sv-guide', 'uk', EI, [], EC_S, 'Economic inequality – through increased supply chain resilience and capacity'),
 (ECCS, 'sv-guide', 'uk', EO, [], EC_S, 'Equal opportunity – specifically workforce inequality'),
 (ECCS, 'sv-guide', 'uk', WB, [], EC_S, 'Improved health and wellbeing'),
]
# (source, family, jurisdiction, section, text[, extra fields])
N = [
 (DM14516, 'dm-opportunity', 'uk', 'Summary of the work', 'BEIS require a team to conduct a discovery for the voucher element of the Help to Grow Digital Scheme in line GDS standards.'),
 (DM14516, 'dm-opportunity', 'uk', 'Summary of the work', 'We expect visuals to be produced to illustrate the various user journeys throughout the phase.'),
 (DM14516, 'dm-opportunity', 'uk', 'Budget range', 'Contract will be call-off with statements of work (SoW) issued against phases.'),
 (DM14516, 'dm-opportunity', 'uk', 'Budget range', 'We estimate the discovery work can be delivered within the budget range of £140,000 to £170,000 excl VAT.'),
 (DM14516, 'dm-opportunity', 'uk', 'Budget range', 'Max contract value will be £570,000 to accommodate for alpha extension if applicable.'),
 (DM14516, 'dm-opportunity', 'uk', 'Why the work is being done', 'One of the objectives is to tackle the financial barriers SMEs face in successfully adopting productivity-enhancing digital technologies by providing a financial incentive to purchase digital technology.'),
 (DM14516, 'dm-opportunity', 'uk', 'Location', 'No specific location, for example they can work remotely'),
 (H2G, 'cf-notice', 'uk', 'Help to Grow Subsidy Discovery: description', 'Discovery (with option for Alpha) for the Help to Grow Digital scheme.'),
 (DM11485, 'dm-opportunity', 'uk', 'Summary of the work', 'GDS requires gender equality and social inclusion (GESI) research and analysis relating to information, communication and technology (ICT) public procurement, and recommendations for integrating GESI responsive initiatives into the programme’s delivery, focussing on priority countries Colombia, Indonesia, Malaysia, Mexico and South Africa, aligned to its ‘5 Pillars’.'),
 (DM11485, 'dm-opportunity', 'uk', 'Expected contract length', '9 weeks (to 17 April 2020) + possible extension of up to 2 weeks'),
 (DM11485, 'dm-opportunity', 'uk', 'Budget range', 'As this contract spans two financial reporting years, the successful supplier is requested to invoice up to £72,000 (excluding VAT) for work completed, before the end of the 2019/20 financial year.'),
 (DM11485, 'dm-opportunity', 'uk', 'Why the work is being done', 'Procurement enables public institutions to positively and sustainably stimulate economies, by establishing more open, transparent, fairer, non-discriminatory and inclusive markets.'),
 (CW90851, 'cf-notice', 'uk', CW_S, 'However, once contracts are in place, it has been difficult for Commercial Contract Managers and Supplier Managers to compare supplier performance to one another given the diverse range of activity, and to determine what good really looks like e.g. what delivers more value to society - training an apprentice, increasing diversity or a community volunteering project?'),
 (EVAL, 'dm-guidance', 'uk', 'How to set your evaluation criteria when buying Digital Outcomes and Specialists services', 'You can’t change your evaluation criteria after you’ve published them.'),
 (EVAL, 'dm-guidance', 'uk', 'What you’ll evaluate on', 'technical competence, for example how well the supplier’s skills or proposal meet your needs'),
 (EVAL, 'dm-guidance', 'uk', 'What you’ll evaluate on', 'cultural fit, for example how the supplier will work in your organisation (for outcomes and specialists only)'),
 (EVAL, 'dm-guidance', 'uk', 'What you’ll evaluate on', 'availability (for user research participant recruitment)'),
 (EVAL, 'dm-guidance', 'uk', 'What you’ll evaluate on', 'price of the proposal'),
 (EVAL, 'dm-guidance', 'uk', 'Technical competence', 'If a supplier has the right skills and experience, a good understanding of your requirements, and works in an agile way, they should have the technical competence to do the work.'),
 (EVAL, 'dm-guidance', 'uk', 'Skills and experience criteria', 'the supplier must have experience designing services for users with low digital literacy'),
 (EVAL, 'dm-guidance', 'uk', 'Skills and experience criteria', 'it would be good if the supplier has evidence of delivering at scale'),
 (EVAL, 'dm-guidance', 'uk', 'Skills and experience criteria', 'The more specific you are, the easier it will be to shortlist suppliers after the closing date.'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: Your requirements should include:', 'what is the problem to be solved'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: Your requirements should include:', 'who are the users and what they need to do'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: Your requirements should include:', 'any work that’s already been done'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: Your requirements should include:', 'evaluation criteria and weighting, for example: 30% on price and 60% on technical expertise, 10% on cultural fit'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: You should also think about including:', 'which of your criteria are must-have and which are nice-to-have'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: You should also think about including:', 'how you’re going to assess suppliers'),
 (FIND, 'dm-guidance', 'uk', 'Write your requirements: You should also think about including:', 'how and when you’ll run an optional question and answer session (so you can talk to suppliers and quickly answer any questions they have about the requirements)'),
 (SELL, 'dm-guidance', 'uk', '1. View opportunities', 'Each opportunity includes the buyer’s requirements for the work and the criteria and assessment methods they’ll use to evaluate suppliers.'),
 (SELL, 'dm-guidance', 'uk', '2. Ask questions about an opportunity', 'If you need to clarify something in the opportunity, you can ask the buyer a question, also known as a ‘clarification’ question.'),
 (SELL, 'dm-guidance', 'uk', '2. Ask questions about an opportunity', 'The buyer must publish all questions and answers at least one working day before the application deadline.'),
 (DOS6, 'dm-guidance', 'uk', 'Digital Outcomes 6: out of scope', 'standalone hosting, support and maintenance of a live application or website'),
 (DOS6, 'dm-guidance', 'uk', 'Digital Outcomes 6: out of scope', 'supplementing a temporary shortfall in staff with no clear deliverables (who might work across projects under the direction of the buyer)'),
 (DOS6, 'dm-guidance', 'uk', 'Digital Outcomes 6: out of scope', 'any non-digital role, or a role where there are no clear deliverables'),
 (DOS6, 'dm-guidance', 'uk', 'Digital Outcomes 6', 'DOS 6 is not a route to market for contingent labour (contractors or interim staff).'),
 (DSP, 'dm-guidance', 'uk', 'Step 6: Evaluation', 'use the criteria set out in your Call-Off documents to evaluate the bids'),
 (DSP, 'dm-guidance', 'uk', 'Step 6: Evaluation', 'keep a clear record of your evaluation for audit purposes'),
 (DSP, 'dm-guidance', 'uk', 'Step 3: Decide what type of call-off you want to use', 'two-stage further competition: Use the capability assessment tool to shortlist suppliers – only shortlisted suppliers will bid'),
 (DSP, 'dm-guidance', 'uk', 'Step 2: Finalise your needs', 'Be clear and detailed about what you need.'),
 (LGOV, 'sv-press', 'uk', 'Digital Specialists and Programmes Framework (DSP)', 'The framework will be used to find suppliers to support digital transformation across government and has a potential value of £4bn over six years.'),
 (TNZ6, 'tech-net-zero', 'wales', 'Recommendation 6: Make sustainability part of procurement', 'Public servants talked about the challenge of getting enough funding to explore and deliver new technologies, including digital services.'),
 (TNZA, 'tech-net-zero', 'wales', 'CDPS awards tech net zero discovery contract', 'With CDPS, Perago and M-SParc will form a multidisciplinary team for the ‘tech net zero’ discovery.'),
 (TNZA, 'tech-net-zero', 'wales', 'Sustainability choices', 'Or it could weigh up the environmental impact of using specific channels (for example, online vs phone applications) when providing a service.'),
 (TNZA, 'tech-net-zero', 'wales', 'Perago and M-SParc', 'The discovery team will be working in an Agile, iterative way, sharing our work publicly as we go along and speaking to people from across the public sector in Wales to gather information and insights.'),
 (DEV, 'council-foi', 'uk', 'Price and Quality weightings', 'CP2100-21 IBMAIX Platform Services and Support 2021/S 000-025728 Services 65% 35%'),
 (PQ, 'dm-press', 'uk', 'Overseas Trade: cultural fit criteria', 'The Crown Commercial Service’s template for procuring complex digital specialists and/or outcomes includes a ‘cultural fit’ criteria, as this is considered important in the digital marketplace.'),
 (PQ, 'dm-press', 'uk', 'Overseas Trade: cultural fit criteria', 'The cultural fit criteria is not disaggregated across its four components.'),
 (GCO, 'dm-press', 'uk', 'Cultural fit criteria', 'Specifically, companies were asked to demonstrate they were ‘committed to the best possible outcome for the United Kingdom following its departure from the European Union’ in order to have the right ‘cultural fit’.'),
 (GCO, 'dm-press', 'uk', 'Cultural fit criteria', 'The other sub-criteria in this selection questionnaire section require tenderers to ‘be focussed enough to stick to the task at hand and not be side-tracked in a vast and quick-moving field; be committed and hard-working, to deliver under time pressures; and be enthused by the prospect of working at the frontline in such an exciting and dynamic area.’'),
 (GCO, 'dm-press', 'uk', 'Cultural fit criteria', 'The cultural fit criteria equated to a significant 15% weighting in assessing which company to pick.', {'weighting_percent': 15}),
]
batch = Batch('dm-opportunities.jsonl')
def licence_of(src):
    return OGL if src in OGL_SRC else Q
def group_of(src):
    # One stored page = one group; a source already in the corpus keeps its group.
    return batch.group_of_source.get(src, src)
batch.emit_lists('dmopp', R, N, group_of, licence_of)
