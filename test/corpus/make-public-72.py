"""Write /work/batches/public-texts-72.jsonl: batch 80, SHORT social value RESPONSE documents that bidders and suppliers
fill in or sign up to in England (commitment / pledge forms and charters, social value delivery plan asks, social value
portal submission guides, supplier questionnaires), from sources the corpus did not yet hold: the commitment lines and
delivery-plan asks as social value, and as hard negatives the same documents' instructions (registration, log-ins,
deadlines, how to submit, form completion notes, declarations and pass/fail modern slavery questions, definitions,
tool descriptions, process news).

Sources: Lancashire County Council's article on the social value delivery plan; Torbay Council's bidder guide to using
the Social Value Portal; the Social Value Portal's guidance for bidders submitting social value with the NHS
Sustainable Development Unit's Social Value Calculator (businessdocbox.com copy); the Birmingham Business Charter for
Social Responsibility that bidders for higher value contracts must sign (as summarised by socialvaluecommissioning.org,
localisingprosperity.org.uk, Localise West Midlands, finditinbirmingham.com, Birmingham City Council's former
procurement page and two Birmingham Newsroom items on signatories' action plans); Salford Social Value Alliance's pages
for providers and on its 10% Better pledges; CIPS's ethical compliance supplier questionnaire (modern slavery yes/no
questions: negatives); the University of Nottingham's Higher Education Vendor Questionnaire (studylib.net copy;
completion notes: negatives); and the LGA's Social Value Statement template page (a council's own statement:
negatives).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and question
numbers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). None of the sources is Crown copyright: all are short quotations.

  cd /work/main && python3 test/corpus/make-public-72.py > /work/batches/public-texts-72.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU

U = 'uk'

LDP = 'https://www.lancashire.gov.uk/business/social-value/articles/social-value-delivery-plan'
TBG = 'https://www.torbay.gov.uk/council/social-value/bidder-guide-to-using-the-social-value-portal/'
BDB = 'http://businessdocbox.com/Human_Resources/114832732-The-social-value-portal.html'
BSC = 'http://socialvaluecommissioning.org/2016/10/20/the-birmingham-business-charter-for-social-responsibility/'
LPB = 'http://localisingprosperity.org.uk/case-studies/birmingham-business-charter/'
LWM = 'http://localisewestmidlands.org.uk/mainstreaming_ced/mced2-reports/business-charter-lwm/'
FIB = 'http://www.finditinbirmingham.com/support-and-advice/social-charter'
BCS = ('http://www.birmingham.gov.uk/cs/Satellite?c=Page&childpagename=Corporate-Procurement-Services%2FPageLayout'
       '&cid=1223429308337&pagename=BCC%2FCommon%2FWrapper%2FInlineWrapper')
BNC = 'http://birminghamnewsroom.com/century-of-charter-signatories-is-notched-up/'
BNF = 'http://birminghamnewsroom.com/first-business-charter-awards-ceremony-staged/'
SST = ('https://www.salfordsocialvalue.org.uk/social-value-toolkit/'
       'delivering-services-and-doing-business-for-social-value/')
SPL = 'https://www.salfordsocialvalue.org.uk/how-to-get-the-most-out-of-your-10-better-campaign/'
CIP = ('https://1prd-dxp.cips.org/intelligence-hub/member-only/'
       'sustainability-ethics-ethical-compliance-questionnaire-guide')
UON = 'https://studylib.net/doc/15414469/he_vendor_questionnaire_uon'
LGS = 'https://www.local.gov.uk/social-value-statement'

LDP_S = 'Social value delivery plan (Lancashire County Council)'
LDP_A = LDP_S + ': Few key aspects when developing a social value delivery plan:'
TBG_S = 'Bidder guide to using the Social Value Portal (Torbay Council)'
TBG_N = TBG_S + ': Please note'
BDB_S = 'The Social Value Portal: Guidance for Bidders Submitting Social Values'
BSC_S = 'The Birmingham Business Charter for Social Responsibility'
BSC_P = BSC_S + ': What did you do?: The guiding principles in the Charter relate to:'
LPB_S = 'Birmingham Business Charter (Localising Prosperity case study)'
LPB_P = LPB_S + ': The Charter principles describe a range of different ways in which signatories to the charter can and should maximise the benefits of their work for the Birmingham community including:'
LWM_S = 'Contributing to Birmingham Business Charter for Localising Prosperity'
LWM_P = LWM_S + ': What were LWM trying to do?: The Charter principles describe a range of different ways in which signatories to the charter can and should maximise the benefits of their work for the Birmingham community, these being:'
LWM_L = LWM_S + ': What have we learned?'
FIB_S = 'Social Charter: Birmingham Business Charter for Social Responsibility'
BCS_S = 'Birmingham Business Charter for Social Responsibility (Birmingham City Council)'
BNC_S = 'Century of charter signatories is notched up'
BNF_S = 'First Business Charter awards ceremony staged'
SST_S = 'Doing Business and Providing Services for Social Value (Salford Social Value Toolkit)'
SST_F = SST_S + ': An obvious way for businesses to demonstrate their commitment to Social Value in Salford is to;'
SST_T = SST_S + ': There are two types of Social Value that you can create as a provider:'
SPL_S = 'How to get the most out of your 10% Better campaign (Salford Social Value Alliance)'
SPL_E = SPL_S + ': How do I Pledge?: Examples of these pledges could be:'
CIP_S = 'Ethical compliance - supplier questionnaire (CIPS)'
UON_S = 'Higher Education Vendor Questionnaire - University of Nottingham'
LGS_S = 'Social Value Statement (LGA / National Social Value Taskforce template)'
LGS_L = LGS_S + ': Introduction: There are nine suggested sections to be included in the statement:'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Lancashire: what the bidder's social value delivery plan must contain
 (LDP, 'sv-delivery-plan', U, MU, [], LDP_A + ' Clear objectives and outcomes', 'The plan must align with the Lancashire TOMs (Themes, Outcomes, and Measures) and focus on those measures that your organisation has the capability and capacity to deliver against.'),
 (LDP, 'sv-delivery-plan', U, MU, [], LDP_A + ' Clear objectives and outcomes', 'Each social value commitment should be clearly defined and quantifiable, allowing for effective monitoring and reporting.'),
 (LDP, 'sv-delivery-plan', U, MU, [], LDP_A + ' Actionable steps and timelines', 'The plan should outline the specific actions your organisation will take to deliver on its social value commitments.'),
 (LDP, 'sv-delivery-plan', U, MU, [], LDP_A + ' Resource allocation and responsibilities', 'The plan should identify the resources, including personnel, budget, and tools, that will be allocated to deliver social value.'),
 (LDP, 'sv-delivery-plan', U, MU, [], LDP_A + ' Monitoring and evaluation', 'The plan should outline how your organisation will collect data to track progress against social value outcomes.'),
 (LDP, 'sv-delivery-plan', U, MU, [], LDP_S, 'The plan will demonstrate how you will contribute to Lancashire\'s community well-being, beyond the core contractual obligations, by detailing the specific actions, timelines, and responsible individuals for achieving the agreed-upon social value commitments.'),
 # Birmingham Business Charter for Social Responsibility: the commitments signatories make
 (BSC, 'sv-charter', U, EI, [], BSC_P + ' Local Employment', 'Charter signatories will create employment and training opportunities for local people especially in target areas.'),
 (BSC, 'sv-charter', U, EI, [], BSC_P + ' Buy Birmingham First', 'Charter Signatories will take account of the social and economic impacts of buying locally when commissioning and contracting, thereby reducing unemployment and raising the skill level of the local workforce.'),
 (BSC, 'sv-charter', U, WB, [], BSC_P + ' Partners in Communities', 'Charter signatories will play an active role in the local community and community support organisations, especially in those areas and communities with the greatest need.'),
 (BSC, 'sv-charter', U, EO, [], BSC_P + ' Good Employer', 'Charter signatories will support staff development and welfare and adopt the Birmingham Living Wage within their own organisation and within their supply chain.'),
 (BSC, 'sv-charter', U, CL, [], BSC_P + ' Green and Sustainable', 'Charter signatories will commit to protecting the environment, minimising waste and energy consumption and using other resources efficiently.'),
 (BSC, 'sv-charter', U, MU, [], BSC_S + ': What did you do?', 'Contractors providing goods and services will be invited to adopt the Charter, as will public, private and third sector organisations which work closely with the council.'),
 (LPB, 'sv-charter', U, EI, [], LPB_P, 'Local Employment – creating employment and training opportunities for all'),
 (LPB, 'sv-charter', U, EI, [], LPB_P, 'Buy Birmingham First – take account of social and economic impact of buying goods and services from within the local economy'),
 (LPB, 'sv-charter', U, WB, [], LPB_P, 'Partners in Communities – play an active role in the local community,'),
 (LPB, 'sv-charter', U, EO, [], LPB_P, 'Good Employer – support for staff development and adoption of a living wage'),
 (LPB, 'sv-charter', U, CL, [], LPB_P, 'Green and Sustainable – protecting the environment, minimising waste and energy consumption and using other resources efficiently'),
 (LPB, 'sv-charter', U, EO, [], LPB_P, 'Ethical Procurement – apply high ethical standards within own operation and wider supply chain'),
 (LPB, 'sv-charter', U, MU, [], LPB_S, 'Further commissioning and procurement within the council will take account of the Charter and the actions taken by suppliers to adhere to their charter commitments.'),
 (LWM, 'sv-charter', U, EI, [], LWM_P, 'Supporting local employment.'),
 (LWM, 'sv-charter', U, EI, [], LWM_P, 'Implement a Buy Birmingham First policy.'),
 (LWM, 'sv-charter', U, WB, [], LWM_P, 'Act as partners in the local community.'),
 (LWM, 'sv-charter', U, EO, [], LWM_P, 'Pay a fair living wage.'),
 (LWM, 'sv-charter', U, CL, [], LWM_P, 'Be green and sustainable.'),
 (LWM, 'sv-charter', U, EO, [], LWM_P, 'Apply ethical procurement principals.'),
 (LWM, 'sv-charter', U, MU, [], LWM_S + ': What were LWM trying to do?', 'The Charter is set of principles to which Birmingham City Council is inviting its suppliers to commit but, overtime, will become a contractual obligation for any business wishing to win work with the council.'),
 (FIB, 'sv-charter', U, MU, [], FIB_S + ': What is the Charter?', 'Charter signatories will need to consider and describe how they can improve the economic, social and environmental well-being of Birmingham and its citizens.'),
 (FIB, 'sv-charter', U, MU, [], FIB_S + ': What is the Charter?', 'In some cases, adopting the Charter is a requirement of specific contracts or grants.'),
 (FIB, 'sv-charter', U, EO, [], FIB_S, 'Birmingham City Council is a Living Wage Employer and promotes the Living Wage through its procurement.'),
 (BCS, 'sv-charter', U, MU, [], BCS_S + ': What is the charter?', 'The Birmingham Business Charter for Social Responsibility is a set of guiding principles to which Birmingham city council (BCC) will adhere to and to which it invites its contracted suppliers, the wider business community, other public sector bodies (including schools) and third sector organisations (including grant recipients) to adopt.'),
 (BCS, 'sv-charter', U, EI, ['equal-opportunity'], BCS_S, 'The Birmingham Business Charter for Social Responsibility aims to boost the local economy through support to the local supply chain, creation of job opportunities and ensuring employees are paid a fair wage.'),
 (LWM, 'sv-charter', U, MU, [], LWM_S + ': What were LWM trying to do?', 'The charter enables businesses and social enterprises to consider the contribution that they can and do make to the social, economic and environmental wellbeing of the city and to have this contribution formally recognised through the Business Charter.'),
 (BNC, 'sv-charter', U, EI, [], BNC_S, 'Under the terms of their Charter action plan, Carillion, also working on the Paradise Circus redevelopment, has built close links with the council’s Employment Action Team to ensure recruitment is targeted to those in disadvantaged areas.'),
 (BNC, 'sv-charter', U, EI, ['wellbeing'], BNC_S, 'They have also agreed to extend an early payment facility to all subcontract packages to ensure their suppliers are paid within 30 days – and will allocate one per cent of their project margins (project income minus project costs) to community projects and activities.'),
 # Salford: what providers commit to; 10% Better pledges
 (SST, 'sv-pledge', U, EI, [], SST_F, 'Putting Salford first: creating training and employment opportunities for Salford people, particularly those facing greatest disadvantage'),
 (SST, 'sv-pledge', U, EI, [], SST_F, 'Buying in Salford: looking to purchase Salford goods and services at every practicable opportunity'),
 (SST, 'sv-pledge', U, EO, [], SST_F, 'Setting the standard: promoting the adoption of the best possible working practices and conditions, such as working towards the introduction of a living wage (see download at end of page), a commitment to eradicating the illegal practice of blacklisting and opposing the use of zero-hour contracts'),
 (SST, 'sv-pledge', U, MU, [], SST_S, 'This means seeking commitment around Social Value from the many private sector businesses  and the wide variety of service providers in the city, aiming to maximise the benefit from all money invested in Salford.'),
 (SPL, 'sv-pledge', U, EO, [], SPL_E, 'Committing to paying staff a living wage'),
 (SPL, 'sv-pledge', U, WB, [], SPL_E, 'Introducing more volunteering opportunities for staff members'),
 (SPL, 'sv-pledge', U, CL, [], SPL_E, 'Introducing a recycling scheme and cutting down waste'),
 (SPL, 'sv-pledge', U, EI, [], SPL_E, 'Create a digital skills workshop to improve digital literacy'),
 (SPL, 'sv-pledge', U, EI, [], SPL_E, 'Sourcing materials and procuring services from Salford-based companies'),
]

# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Lancashire delivery plan: definitions, generic planning advice, reporting mechanics
 (LDP, 'sv-delivery-plan', U, LDP_S, 'In its simplest form, a social value delivery plan is a structured document, or strategy, that outlines how you will deliver social value outcomes as part of a contract.'),
 (LDP, 'sv-delivery-plan', U, LDP_A + ' Clear objectives and outcomes', 'For each commitment, consider if your plan is SMART (Specific, Measurable, Achievable, Relevant, and Time-bound).'),
 (LDP, 'sv-delivery-plan', U, LDP_A + ' Actionable steps and timelines', 'These actions should be scheduled with clear deadlines to ensure timely delivery.'),
 (LDP, 'sv-delivery-plan', U, LDP_A + ' Resource allocation and responsibilities', 'Provide specific individuals or teams and assign them responsibilities for each aspect of the plan.'),
 (LDP, 'sv-delivery-plan', U, LDP_A + ' Monitoring and evaluation', 'Quarterly reports should be submitted, via the Social Value Portal, to demonstrate progress and identify areas for improvement.'),
 (LDP, 'sv-delivery-plan', U, LDP_A + ' Monitoring and evaluation', 'At least annually (although this can be more frequent if needed), you should discuss progress with the LCC and celebrate those successes.'),
 # Torbay: how to register and submit on the Social Value Portal
 (TBG, 'sv-portal-guide', U, TBG_S, 'The social value bid submission must be made via the SVP.'),
 (TBG, 'sv-portal-guide', U, TBG_S, 'Once you have submitted your registration, you will receive an email to confirm that you have successfully registered for the tender or that there was an error with your registration.'),
 (TBG, 'sv-portal-guide', U, TBG_N, 'If you do not receive a password setup email, please check your spam/junk mail folder;'),
 (TBG, 'sv-portal-guide', U, TBG_N, 'Remember that filling in your Social Value responses will require time and preparation, including specific quantified measures with supporting qualitative submissions as required.'),
 (TBG, 'sv-portal-guide', U, TBG_N, 'Your SVP response/submission must be done online via the SVP.'),
 (TBG, 'sv-portal-guide', U, TBG_N, 'You can save your work and repeatedly return to progress your submission, but it is not possible to download the content to work on it offline and then upload your commitments.'),
 (TBG, 'sv-portal-guide', U, TBG_N, 'The deadline for making your final submission through the SVP is the same as the tender deadline.'),
 (TBG, 'sv-portal-guide', U, TBG_N, 'No extensions will be made to deadlines due to any Applicant being unfamiliar with the portal or allowing insufficient time for uploading and submitting their social value documents.'),
 # Social Value Portal guidance for bidders using the NHS SDU Social Value Calculator
 (BDB, 'sv-portal-guide', U, BDB_S, 'This documents provides some guidance to assist bidders to respond to the social value questions within a tender'),
 (BDB, 'sv-portal-guide', U, BDB_S, 'The Social Value Calculator was developed by the Social Value Portal for organisations operating within the health and social care system that would like to capture and quantify some of the environmental and socio-economic benefits (social value) associated with their operations, procurement, service design and commissioning decisions.'),
 (BDB, 'sv-portal-guide', U, BDB_S, 'The Social Value Calculator includes 5 Themes, 31 Outcomes and 71 Measures (TOMs) and each has been assigned a unit and a proxy value to assist with measurement and setting / reporting targets.'),
 (BDB, 'sv-portal-guide', U, BDB_S + ': Read the Supporting Guidance', 'The Social Value Calculator includes definitions, rationales for the proxy values, minimum evidencing requirements and a glossary.'),
 (BDB, 'sv-portal-guide', U, BDB_S + ': Read the Supporting Guidance', 'It is very important that this supporting information is taken into account when you are considering your commitments to each Measure'),
 (BDB, 'sv-portal-guide', U, BDB_S + ': Do not overclaim / overcommit', 'Only include data and actions that are specific to the delivery of the contract in question i.e. you cannot report on activities carried out in your head office in Newcastle, if the contract being delivered is in Norwich'),
 (BDB, 'sv-portal-guide', U, BDB_S + ': Do not overclaim / overcommit', 'Data and actions that are within your existing service should not be included.'),
 # Birmingham charter: process, history, news
 (BSC, 'sv-charter', U, BSC_S + ': What did you do?', 'Organisations apply to become signatories of this Charter.'),
 (BSC, 'sv-charter', U, BSC_S + ': Background Info', 'In response to the implementation of the Social Value Act 2012, the Birmingham Business Charter for Social Responsibility has been developed.'),
 (LPB, 'sv-charter', U, LPB_P, 'A number of businesses have already signed up to the Charter.'),
 (LWM, 'sv-charter', U, LWM_S + ': What were LWM trying to do?', 'As an initiative clearly developed in-line with the principals of MCED, LWM offered support to help maximise its impact.'),
 (LWM, 'sv-charter', U, LWM_L, 'Even a well thought through MCED approach still needs tailoring to fit different audiences.'),
 (LWM, 'sv-charter', U, LWM_L, 'Progress in moving from a commitment to MCED to action is highly dependent on a few key individuals who need supporting.'),
 (FIB, 'sv-charter', U, FIB_S, 'To find out more please visit our Social Charter Pages on the main Birmingham City Council website'),
 (BCS, 'sv-charter', U, BCS_S + ': How can my organisation sign up?', 'Whether you are a Birmingham City Council contracted supplier or not you can join the companies and organisations that have already adopted the Birmingham Business Charter for Social Responsibility from www.finditinbirmingham.com.'),
 (BCS, 'sv-charter', U, BCS_S + ': How can my organisation sign up?', 'You will find supporting guidance notes and an action plan to complete.'),
 (BCS, 'sv-charter', U, BCS_S, 'The Public Services (Social Value) Act 2012 became fully operational on 31 January 2013.'),
 (BCS, 'sv-charter', U, BCS_S, 'A social value policy has been approved which outlines how the council will discharge its responsibilities in this area.'),
 (BNC, 'sv-charter', U, BNC_S, 'A total of 32 organisations were accredited at the latest awards ceremony staged at Birmingham Council House today (November 3) – with Carillion, the construction company that built the Library of Birmingham, earning charter certificate number 100.'),
 (BNF, 'sv-charter', U, BNF_S, 'The inaugural Birmingham Business Charter for Social Responsibility awards presentation ceremony was staged at the Council House today (February 11).'),
 (BNF, 'sv-charter', U, BNF_S + ': The 17 organisations to be honoured (charter status in brackets) were:', 'Altodigital - Kingswinford-based photocopier servicing (voluntary)'),
 (BNF, 'sv-charter', U, BNF_S + ': The 17 organisations to be honoured (charter status in brackets) were:', 'Amey - the city council\'s highways maintenance partner, with offices in Birmingham (voluntary)'),
 # Salford: definitions and pledge guidance
 (SST, 'sv-pledge', U, SST_T, 'core Social Value – the direct well-being impacts of a service or contract – such as offering apprenticeships alongside a building contract'),
 (SST, 'sv-pledge', U, SST_T, 'added Social Value – the value the organisation offers over and above the service, goods or works – such as social development, local employment, ethical purchasing, low energy use, low waste and emissions'),
 (SST, 'sv-pledge', U, SST_S, 'Your organisation will probably already be creating Social Value but may not realise, measure or maximise it.'),
 (SST, 'sv-pledge', U, SST_S, 'It may also be creating unintended Social Value that was never planned or predicted.'),
 (SPL, 'sv-pledge', U, SPL_S + ': What are Pledges?', 'Pledges are statements of intent surrounding creating better social outcomes in Salford.'),
 (SPL, 'sv-pledge', U, SPL_S + ': How do I Pledge?', 'Pledges made around these targets can be made to tailor the aspirations of your organisation.'),
 (SPL, 'sv-pledge', U, SPL_S + ': How do I Pledge?', 'We recommend that you read the material surrounding our pledges on our website.'),
 (SPL, 'sv-pledge', U, SPL_S + ': Getting the most out of your pledge – SMART framework', 'If you apply the SMART framework you are more likely to achieve your pledges.'),
 # CIPS ethical compliance questionnaire: yes/no compliance questions and instructions
 (CIP, 'supplier-questionnaire', U, CIP_S, 'Designed to support a supplier compliance audit or pre tender evaluation.'),
 (CIP, 'supplier-questionnaire', U, CIP_S + ': Legal compliance', 'Does your organisation comply with all laws and regulations applicable to its business?'),
 (CIP, 'supplier-questionnaire', U, CIP_S + ': Modern slavery act', 'Is your organisation required to comply with the requirement of the Modern Slavery Act?'),
 (CIP, 'supplier-questionnaire', U, CIP_S + ': Modern slavery act', 'If you have answered ‘yes’ to question B1 above, please answer questions B2 to B9 below and the questions in Sections C, D and E.'),
 (CIP, 'supplier-questionnaire', U, CIP_S + ': Modern slavery act', 'Has your organisation published a Modern Slavery Act Statement?'),
 (CIP, 'supplier-questionnaire', U, CIP_S + ': Modern slavery act', 'Has your organisation undertaken a risk assessment to assess the risks of modern slavery in its supply chain?'),
 (CIP, 'supplier-questionnaire', U, CIP_S + ': Modern slavery act', 'Does your organisation have procedures in place respond to incidents of modern slavery?'),
 (CIP, 'supplier-questionnaire', U, CIP_S, 'The Modern Slavery Act 2015 (“The Modern Slavery Act”) requires all organisations carrying out business in the UK with an annual turnover of £36million or more to comply with the requirements of the Modern Slavery Act.'),
 # University of Nottingham vendor questionnaire: completion notes and declaration
 (UON, 'supplier-questionnaire', U, UON_S, 'The information you provide will only normally be shared with staff involved in purchasing for The University of Nottingham who have a relevant need to review the data for essential information gathering / distribution and legislation compliance.'),
 (UON, 'supplier-questionnaire', U, UON_S, 'By completing this document, the person completing it is confirming that the data entered is correct, to the best of their knowledge and that they are authorised to complete this document on behalf of their organisation.'),
 (UON, 'supplier-questionnaire', U, UON_S, 'Please complete your answers only in the right hand column (please do not write or change in any way the left or middle columns – your answers will be evaluated against only the original questions, not any changes made to them).'),
 (UON, 'supplier-questionnaire', U, UON_S, 'Where options are presented, please delete those which do not apply.'),
 (UON, 'supplier-questionnaire', U, UON_S + ': PLEASE COMPLETE ONLY REQUIRED SECTIONS AND QUESTIONS', 'Not all sections of this questionnaire are required to be completed, please complete those sections as indicated in the column opposite.'),
 # LGA Social Value Statement template (a council's own public statement)
 (LGS, 'sv-statement-template', U, LGS_S + ': Introduction', 'This document provides guidance on what information could be included in your statement.'),
 (LGS, 'sv-statement-template', U, LGS_S + ': Introduction', 'The National Social Value Taskforce has not prescribed the precise detail of what a statement should include but has provided a non-exhaustive list of information it recommends could be included.'),
 (LGS, 'sv-statement-template', U, LGS_L, 'Approach and intentions in relation to social value'),
 (LGS, 'sv-statement-template', U, LGS_L, 'Internal engagement, communication and management of social value'),
 (LGS, 'sv-statement-template', U, LGS_L, 'Implementation approach for embedding social value'),
 (LGS, 'sv-statement-template', U, LGS_L, 'Internal support available to achieve targets and ambitions'),
]

batch = Batch('public-texts-72.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); the Salford Social Value Alliance's pages and the
    # Birmingham Newsroom items are one group each; every other document is its own group.
    if 'salfordsocialvalue.org.uk' in src: return 'salfordsocialvalue.org.uk'
    if 'birminghamnewsroom.com' in src: return 'birminghamnewsroom.com/business-charter'
    return src
batch.emit_lists('pub72', R, NEG, group_of)
