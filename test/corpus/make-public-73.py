"""Write /work/batches/public-texts-73.jsonl: batch 81, SHORT community benefit, fair work and social value FORMS and
questionnaire wording that bidders meet in Scotland, Wales and Northern Ireland: community benefits menus and method
statement asks, Fair Work First and real Living Wage questions, Welsh community benefits / TOMs tender practice and
Northern Ireland social value (Buy Social, PPN 01/21, social value delivery plan) requirements; with hard negatives from
the same documents (answer boxes, pass/fail and scoring mechanics, definitions, monitoring return instructions, the
form's own guidance, wish-list and seeking-support forms, stakeholder and assessment tools, business case steps).

Sources: Sustainable Procurement Tools (Fair Work First commissioning and specification pages, Annex F real Living
Wage model question, Annex G Fair Work First question example, community and skills award-criteria question banks,
communities pre-contract notification and contract management, a Renfrewshire Council case study); gov.scot (the
Community benefits in public procurement report: procurement process, key lessons and the Raploch Community Benefits
Method Statement extract; Fair Work First guidance on public statements; the statutory guidance's Fair Work First
chapter; the procurement policy handbook; skills and training guidance); the Procurement Journey's award criteria page;
Scottish councils' community benefits pages (Falkirk, South Ayrshire and its Community Benefits in Contracts guide on
docsbay.net, East Lothian, West Lothian, Renfrewshire via Innovation Exchange, Scottish Borders, Third Sector Perth and
Kinross); the Scottish Futures Trust toolkit (vdocuments.mx copy); a City of Edinburgh Council notice (d3tenders.com
copy); Welsh pages (Carmarthenshire's community benefits pages, Hafod's Sell2Wales notice, Welsh Government community
benefits policy, Newport TOMs minutes, Pembrokeshire's strategy, Cardiff's socially responsible procurement policy news,
Swansea's community benefit policy, FMB); Northern Ireland pages (Belfast City Council's Social Value Terms and
Conditions and policy FAQs, Buy Social NI pages and the Buy Social practical guide edition 3 contents on
businessdocbox.com, nibusinessinfo, Social Enterprise NI, NI Water, the SIB Social Value Unit on Procura+, the Education
Authority, Carson McDowell, Cleaver Fulton Rankin, SCAPE's NI blog).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped and the
quotation marks around model questions dropped. Not scored: the batch is scored blind afterwards. Texts already in the
corpus are left out (named on stderr). Crown copyright pages (gov.scot, sustainableprocurementtools.scot,
gov.wales, sell2wales.gov.wales) and notice data are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-73.py > /work/batches/public-texts-73.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, S, W, N


SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/'
FWC = SPT + 'fair-work-practices/commissioning-pre-procurement'
FWF = SPT + 'fair-work-practices/annex-f-payment-of-at-least-the-real-living-wage-specification-invitation-to-tender-model-question'
FWG = SPT + 'fair-work-practices/annex-g-examples-of-specification-invitation-to-tender-model-working-applying-a-fair-work-first-question/'
COA = SPT + 'communities/award/'
SKA = SPT + 'employment-skills-and-training/skills-and-training/award/'
CB = 'https://www.gov.scot/publications/community-benefits-public-procurement/pages/'
CB6, CB12 = CB + '6/', CB + '12/'
RAP = 'https://gov.scot/publications/community-benefits-public-procurement/pages/14'
FAL = 'https://www.falkirk.gov.uk/services/council-democracy/policies-strategies/procurement/fair-work-first.aspx'
SAY = 'https://website.sayr1-prp.gosshosted.com/article/40560/Community-benefits'
SAS = 'https://south-ayrshire.gov.uk/community-benefits-seeking-support-guidance'
SAD = 'https://docsbay.net/community-benefits-in-contracts'
SFT = 'https://vdocuments.mx/community-benefits-toolkit-for-construction-community-benefits-toolkit-the-scottish.html'
CAR = 'https://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits/'
CAP = ('https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/'
       'sustainability-and-community-benefits')
HAF = 'https://sell2wales.gov.wales/Search/Show/Search_View.aspx?ID=AUG447468'
NP1 = 'https://democracy.newport.gov.uk/mgAi.aspx?ID=9279&LLL=0'
NP2 = 'https://democracy.newport.gov.uk/mgAi.aspx?ID=10539&LLL=0'
PEM = 'https://cms.pembrokeshire.gov.uk/procurement-strategy-2023-27/social-value'
BEL = 'https://www.belfastcity.gov.uk/Documents/Social-Value-Terms-and-Conditions/1-Interpretation'
BSA = 'https://buysocialni.org/about-buy-social/'
BSF = 'https://buysocialni.org/site-pages/faqs/'
BSC = 'https://buysocialni.org/contract-managers/contract-managers-faqs/'
NIB = 'https://www.nibusinessinfo.co.uk/content/understanding-social-value-public-procurement'
SEN = 'https://socialenterpriseni.org/social-value'

FWG8 = 'https://gov.scot/publications/fair-work-first-guidance-2/pages/8'
SG5 = 'http://www.gov.scot/publications/procurement-reform-scotland-act-2014-statutory-guidance/pages/5/'
HB12 = 'https://www.gov.scot/publications/scottish-procurement-policy-handbook/pages/12/'
FWS = SPT + 'fair-work-practices/specification'
COP = SPT + 'communities/pre-contract-notification/'
COC = SPT + 'communities/contract-management'
RCS = SPT + ('case-studies1/renfrewshire-council-maximising-community-benefits-through-the-paisley-town-hall-re-development-'
             'project1/the-procurement-process')
ELC = 'https://eastlothian.gov.uk/info/210594/procurement/12000/quotations_and_tenders/7'
WLC = 'https://www.westlothian.gov.uk/article/34902/Community-Benefits-in-Procurement'
REN = 'http://www.innovationexchange.scot/rc-community-benefits-in-procurement.html'
TSP = 'https://www.thirdsectorpk.org.uk/support/community-benefits/'
SBC = 'https://scotborders.gov.uk/directory-record/11007/community-benefits'
EDN = 'https://d3tenders.com/contract/ocds-h6vhtk-0556d5.json'
PJA = 'https://www.procurementjourney.scot/route-3/develop-documents/exclusion-selection-and-award-criteria/award-criteria'
CAA = 'http://www.carmarthenshire.gov.wales/home/business/tenders-contracts/community-benefits.aspx'
GWL = 'https://www.gov.wales/procurement-community-benefits-policy-html'
W247 = 'https://wales247.co.uk/?p=5124'
NSM = 'https://newstartmag.co.uk/?p=79468'
PRN = 'https://prnewslink.net/releases/e2014/35683.html'
FMB = 'https://www.fmb.org.uk/resource/new-legislation-seeks-to-significantly-improve-public-procurement-in-wales.html'
SWA = 'https://www.slideshare.net/BeyondBricksMortar/cityandcountyofswanseacommunitybenefitpolicy'
YSB = 'https://yoursay.belfastcity.gov.uk/social-value-policy/widgets/27363/faqs'
CMD = ('https://www.carson-mcdowell.com/news-and-events/new-northern-ireland-policy-requires-scoring-of-social-value-in-'
       'public-procurement-and-the-introduction-of-minimum-contractual-requirements')
CFR = 'https://cleaverfultonrankin.co.uk/legal-update/social-value-in-procurement-contracts/'
NIN = 'https://www.nibusinessinfo.co.uk/content/new-public-procurement-policy-northern-ireland-social-value-scoring'
NIW = 'https://www.niwater.com/procurement-news-detail/?ProcurementNewsSection_ID=10004&FriendlyID=Delivering-Social-Value'
SIB = 'https://procuraplus.org/about-procura/public-authorities/strategic-investment-board-social-value-unit'
EAN = 'https://www.eani.org.uk/procurement/social-value'
SCN = 'https://scape.co.uk/news/maximising-social-value-in-northern-ireland-construction'

BSG = 'http://businessdocbox.com/Human_Resources/103278622-A-practical-guide-to-socially-responsible-public-procurement-edition-3.html'
STG = 'https://www.gov.scot/publications/skills-and-training-sustainable-procurement-guidance/'
BSG_S = 'A practical guide to socially responsible public procurement (Buy Social), Edition 3: contents'
STG_S = 'Skills and training: sustainable procurement guidance: Overview'

FWC_S = 'Sustainable Procurement Tools: Fair Work Practices: Commissioning/Pre-procurement'
FWF_S = 'ANNEX F – Payment of at Least the real Living Wage Specification/Invitation to Tender Model Question'
FWG_S = ('ANNEX G - Examples of Specification/Invitation to Tender Model Wording: Applying a Fair Work First Question: '
         'Example 1 - National Marketing Services Framework')
COA_S = 'Sustainable Procurement Tools: Communities: Award'
SKA_S = 'Sustainable Procurement Tools: Employment, skills and training: Skills and training: Award'
CB_S = 'Community benefits in public procurement'
CB6_S = CB_S + ': 4 The Procurement Process'
CB12_S = CB_S + ': 10 Key Lessons'
RAP_S = (CB_S + ': Appendix 2: Raploch Case Study: A2.1 Procurement - Stirling Western Access Road (SWAR): '
         'The following extract is from the contract conditions and form of tender')
FAL_S = 'Fair Work First (Falkirk Council)'
SAY_S = 'Community benefits (South Ayrshire Council)'
SAS_S = 'South Ayrshire Community Benefits - Community Group Seeking Support Guidance'
SAD_S = 'Community Benefits in Contracts (South Ayrshire Council): Introduction'
SFT_S = 'Community Benefits Toolkit For Construction (Scottish Futures Trust)'
CAR_S = 'Community Benefits (Carmarthenshire County Council)'
CAP_S = 'Sustainability and Community Benefits (Carmarthenshire County Council procurement guidance)'
HAF_S = 'Hafod contract notice: Additional Information'
NP1_S = 'Welsh National TOMs for Social Value (Newport City Council minutes)'
NP2_S = 'Newport City Council Core TOMs (Themes, Outcomes and Measures) for Measuring Social Value in Contracts (minutes)'
PEM_S = 'Procurement Strategy 2023-27 (Pembrokeshire County Council): Social Value: Themes, Outcomes and Measures (TOMS)'
BEL_S = 'Social Value Terms and Conditions (Belfast City Council): 1. Interpretation'
BSA_S = 'About Buy Social'
BSF_S = 'Buy Social NI: General FAQs: Who is a New Entrant Trainee?'
BSC_S = 'Buy Social NI: Contract Managers FAQs: What is Buy Social?'
NIB_S = 'Understanding social value in public procurement (nibusinessinfo.co.uk)'
SEN_S = 'Social Value (Social Enterprise NI)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # Fair Work First (Scotland)
 (FWC, 'cb-form', S, EO, [], FWC_S, 'Fair Work First requirements should be addressed on a case-by-case basis.'),
 (FWF, 'cb-form', S, EO, [], FWF_S + ': Payment of at least the real Living Wage', 'Question: Bidders are asked to confirm that they will pay workers that are involved in the delivery of the [framework agreement / contract, and/or any subsequent call off contract] (including any agency or sub-contracting workers) directly involved in the delivery of the [framework agreement / contract, and/or any subsequent call off contract]), at least the real Living Wage.'),
 (FWF, 'cb-form', S, EO, [], FWF_S + ': Payment of at least the real Living Wage', "The Scottish Public Sector considers payment of at least the real Living Wage to be a significant indicator of an employer's commitment to fair work practices and that payment of at least the real Living Wage is one of the clearest ways an employer can demonstrate that it takes a positive approach to its workforce."),
 (FWG, 'cb-form', S, EO, [], FWG_S, 'In addition to mandating payment of the real Living Wage, the Scottish Government identified the opportunity to hone in on equality, diversity, gender pay gap and workforce development in the Fair Work First Question (Section Weighting – 10%).', {'weighting_percent': 10}),
 (FWG, 'cb-form', S, EO, [], FWG_S, 'Public bodies in Scotland are committed to applying Fair Work First criteria in their own organisation and in publicly funded supply chains.'),
 (FWG, 'cb-form', S, EO, [], FWG_S, 'Fair Work First is the Scottish Government’s policy for driving good quality and fair work in Scotland. Through this approach, the Scottish Government, and its public sector partners, are asking bidders to describe how they are committed to adopting Fair Work First:'),
 (FWG, 'cb-form', S, EO, [], FWG_S + ': bidders are asked to describe how they are committed to adopting Fair Work First', 'appropriate channels for effective voice, such as trade union recognition and regular employee feedback are in place which can influence worker experience and address concerns;'),
 (FWG, 'cb-form', S, EO, [], FWG_S + ': bidders are asked to describe how they are committed to adopting Fair Work First', 'investment in workforce development is integrated into the organisation in particular in relation to equality and diversity, and opportunities exist to enable continuous professional development;'),
 (FWG, 'cb-form', S, EO, [], FWG_S + ': bidders are asked to describe how they are committed to adopting Fair Work First', 'no inappropriate use of zero hours contracts in operation so that workers have open ended or fixed term contracts which guarantee a fair minimum number of hours, no compulsory overtime, and reasonable notice to shift changes;'),
 (FAL, 'cb-form', S, EO, [], FAL_S, 'In order to ensure the highest standards of contract delivery, the Council expects suppliers to commit to fair work practices set out in the Fair Work Framework.'),
 (FAL, 'cb-form', S, EO, [], FAL_S, 'When inviting tenders from bidders, the Fair Working First section of the tender documents shall be proportionate and relevant to the contract and weightings assigned accordingly for evaluation.'),
 (FAL, 'cb-form', S, EO, [], FAL_S + ': the 7 Fair Work First criteria', 'offer flexible and family friendly working practices for all workers from day one of employment'),
 (FAL, 'cb-form', S, EO, [], FAL_S + ': the 7 Fair Work First criteria', 'oppose the unfair use of fire and rehire practices.'),
 # Scottish community benefits question banks and method statements
 (COA, 'cb-form', S, WB, [], COA_S, 'Please describe how you will involve the users of your service to contribute to its design and delivery to find opportunities to enhance communities.'),
 (COA, 'cb-form', S, WB, [], COA_S, 'What arrangements will you make to ensure that the local community are engaged with and informed of the service offered?'),
 (COA, 'cb-form', S, WB, [], COA_S, 'How will you design your offer to enhance the local community through the provision of this service?'),
 (COA, 'cb-form', S, WB, [], COA_S, 'The organisation specifically wishes to support the enhancement of local communities, please describe how you will contribute to this aim including reducing the risks within this contract.'),
 (SKA, 'cb-form', S, EI, [], SKA_S, 'What arrangements will you make to provide mentoring and support for trainees and work placements to ensure maximum retention and achievement of industry accreditations?'),
 (SKA, 'cb-form', S, EI, [], SKA_S, 'The organisation specifically wishes to support the development of skills in [specify industry, f.ex. the building and construction industries and any associated trades]. Please describe how you will contribute to this aim including developing trade skills within your existing workforce.'),
 (CB6, 'cb-form', S, EI, [], CB6_S + ': 4.1 Underpinning Policy', 'To include recruitment and training clauses in a contract these should be part of the "core elements" of what is being purchased, central to what the contractor is expected to provide.'),
 (CB12, 'cb-form', S, EI, [], CB12_S + ': 10.1 Targeted recruitment and training ( TR&T) and value for money (VfM)', 'The inclusion of targeted recruitment and training ( TR&T) as core requirements in the procurement of works can be delivered without detriment to VfM.'),
 (RAP, 'cb-form', S, EI, ['wellbeing'], RAP_S, 'In accordance with the Stirling Community Plan and the objectives of the Raploch Partnership the client is seeking to maximise the contribution of the Stirling Western Access Road contract to social inclusion.'),
 (RAP, 'cb-form', S, MU, [], RAP_S, 'It is therefore a requirement that the Community Benefits Method Statement that is included at Appendix E to Form of Tender is completed and returned with each valid tender.'),
 (RAP, 'cb-form', S, MU, [], RAP_S, 'The Community Benefits Method Statement will form part of the Tender assessment.'),
 (RAP, 'cb-form', S, MU, [], RAP_S, 'Stage 1: Community Benefits Method Statement must be deemed acceptable before proceeding through to Stage 2.'),
 (SAY, 'cb-form', S, MU, [], SAY_S, 'Suppliers who win any major contract must commit to supporting local causes through community enhancement, training and employment opportunities, work placements, school curriculum support and business supply chain development.'),
 (SAS, 'cb-form', S, MU, [], SAS_S + ": 1. What are 'Community Benefits'?", 'Social, environmental and employability support can be provided by companies who have goods and services contracts over £50,000 and works contracts over £500,000, ensuring that the impact of them winning that tender is not just to their own financial benefit; it gives something back to the people of South Ayrshire directly.'),
 (SAD, 'cb-form', S, MU, [], SAD_S, 'The first question that we should ask when developing any contract specification should be: Can we include a community benefit clause?'),
 # Wales: community benefits menus, notice requirements and TOMs practice
 (CAR, 'cb-form', W, EI, [], CAR_S + ': Employment and Training Opportunities', 'Recruit and train long term economically inactive persons and or 16-24 year olds not in education employment or training (NEETs) as part of the workforce delivering this contract.'),
 (CAR, 'cb-form', W, EI, [], CAR_S + ': Employment and Training Opportunities', 'You might be required to agree to a set number of person weeks of employment/experience per annum (To be agreed upon contract award).'),
 (CAR, 'cb-form', W, EI, [], CAR_S + ': Employment and Training Opportunities', 'Consider employing an apprentice during the contract period.'),
 (CAR, 'cb-form', W, EI, [], CAR_S + ': Employment and Training Opportunities', 'Offer work placements to school, colleges and university students as part of their course or for any individual interested in gaining experience in your sector.'),
 (CAR, 'cb-form', W, EI, [], CAR_S + ': Supply Chain Opportunities', 'Create opportunities for SME’s to bid for work through the supply chain.'),
 (CAR, 'cb-form', W, EI, [], CAR_S + ': Supply Chain Opportunities', 'Sign up to various mentoring schemes to provide advice and support to new companies or SME’s.'),
 (CAR, 'cb-form', W, WB, [], CAR_S + ': Additional Benefits', 'Community Initiatives: Volunteering days, Contribute to community regeneration schemes, Sponsor mini sporting tournaments e.g. rugby or football etc.'),
 (CAP, 'cb-form', W, MU, [], CAP_S + ': Community Benefits', 'A Community Benefits approach must be applied to all appropriate tenders.'),
 (CAP, 'cb-form', W, MU, [], CAP_S + ': Community Benefits', 'In any tender valued over £1million we must, as a minimum, apply, capture and record Community Benefits utilising the Welsh Government’s Community Benefits Measurement Tool.'),
 (HAF, 'cb-form', W, MU, [], HAF_S, 'Please note that both the Required Community Benefits and any Additional Community Benefits submitted within your proposal will form a mandatory Contract clause.'),
 (HAF, 'cb-form', W, WB, [], HAF_S, 'It is a mandatory requirement that the successful contractor provides a 1% cash donation of the contract value.'),
 (HAF, 'cb-form', W, EI, [], HAF_S + ': these can include:', 'Training and recruitment opportunities for the long term economically inactive (long term economically inactive means those not been in paid employment in the last 3 months immediately prior to the date of this invitation)'),
 (HAF, 'cb-form', W, WB, [], HAF_S + ': these can include:', 'Landscaping/Building Services support to regenerate for communal areas'),
 (HAF, 'cb-form', W, WB, [], HAF_S + ': these can include:', 'Support for local youth groups and other community groups'),
 (HAF, 'cb-form', W, WB, [], HAF_S + ': these can include:', 'Sponsoring of mini sporting tournament or event'),
 (HAF, 'cb-form', W, EI, [], HAF_S + ': these can include:', 'Utilise local supply chains.'),
 (NP1, 'cb-form', W, MU, [], NP1_S, 'A range of these measures were selected, according to the nature of the procurement, to be included in a Council’s tender process, in order for tendering suppliers to respond against these measures and inform the Council how it could add this social value to the contract.'),
 (NP1, 'cb-form', W, MU, [], NP1_S, 'The tenderer’s response was then scored, and the evaluation of this social value element was then factored into the full evaluation of their tender bid.'),
 (NP2, 'cb-form', W, MU, [], NP2_S, 'Council tenders for contracts would incorporate a smaller number of these (around 2-5 mainly) which were suitable to the nature of those services and goods being procured and these would be ‘scored’ alongside the other criteria of price and quality.'),
 (NP2, 'cb-form', W, CL, [], NP2_S, 'Measures in relation to our suppliers ‘carbon footprint’ and its reduction would be required to be used as default.'),
 # Northern Ireland: Buy Social, PPN 01/21 and the social value delivery plan
 (BEL, 'cb-form', N, MU, [], BEL_S + ': Social Value Delivery Plan ‘the SV Plan’: The plan should include, as a minimum:', 'Brief explanation of how each SV Initiative will be delivered demonstrating understanding of the requirement and relevance i.e., relevant to the social value initiative selected'),
 (BSA, 'cb-form', N, EI, [], BSA_S, 'From this date onwards, the Buy Social requirements are to be used in procurement above £2m for buildings contracts and above £4m for civil engineering contracts.'),
 (BSA, 'cb-form', N, MU, [], BSA_S, 'The model should be considered in services contracts with an anticipated value of £500,000 per annum or more.'),
 (BSC, 'cb-form', N, EI, [], BSC_S + ': These initiatives can include:', 'work placements for people facing disadvantage'),
 (BSC, 'cb-form', N, EI, [], BSC_S + ': These initiatives can include:', 'skills development for existing employees'),
 (BSC, 'cb-form', N, EI, [], BSC_S + ': These initiatives can include:', 'opportunities for Social Enterprises/SME’s in the supply chain'),
 (BSC, 'cb-form', N, EO, [], BSC_S + ': These initiatives can include:', 'initiatives which encourage fair work practices'),
 (BSC, 'cb-form', N, EI, [], BSC_S + ': These initiatives can include:', 'business in education activities'),
 (BSC, 'cb-form', N, EI, ['wellbeing'], BSC_S + ': These initiatives can include:', 'digital inclusion projects.'),
 (NIB, 'cb-form', N, EO, [], NIB_S, 'In addition to demonstrating one or more of these themes, you must also pay staff who are working on the contract at least the National Living Wage to meet all public sector tender requirements.'),
 (SEN, 'cb-form', N, MU, [], SEN_S + ': How does it apply to Northern Ireland?', 'This minimum weighting will apply to procurements at or above the thresholds set out in the Public Contracts Regulations.'),
 # more: Scotland
 (SG5, 'cb-form', S, EO, [], 'Procurement Reform (Scotland) Act 2014: statutory guidance: 5. Fair Work First requirements in procurement: 5.1. Introduction', 'By applying Fair Work First as part of the procurement process for contracts being awarded across the public sector, public procurement may attract economic operators who are likely to deliver a higher quality of service and have a positive impact on those workers engaged in the delivery of the contract.'),
 (HB12, 'cb-form', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Payment of at least the real Living Wage', 'It is possible to require the real Living Wage to be paid to workers delivering public contracts where:'),
 (HB12, 'cb-form', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:', 'provide appropriate channels for effective workers’ voice, such as trade union recognition'),
 (HB12, 'cb-form', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:', 'oppose the use of fire and rehire practice.'),
 (FWS, 'cb-form', S, EO, [], 'Sustainable Procurement Tools: Fair Work Practices: Specification', 'Sustainability requirements including Fair Work First requirements should be incorporated into the specification.'),
 (FWS, 'cb-form', S, EO, [], 'Sustainable Procurement Tools: Fair Work Practices: Specification', 'Relevant Fair Work First requirements in the specification should be incorporated into the final contract terms.'),
 (FWS, 'cb-form', S, EO, [], 'Sustainable Procurement Tools: Fair Work Practices: Specification', 'Payment of the real Living Wage should not be used to limit pay rates, and where sector bargained rates have been agreed these should be applied provided they are not below the real Living Wage.'),
 (FWS, 'cb-form', S, EO, [], 'Sustainable Procurement Tools: Fair Work Practices: Specification', 'Where bidders are planning to use workers based outside the UK, then local living wage rates would apply, whatever they are in the workers’ locality.'),
 (COP, 'cb-form', S, MU, [], 'Sustainable Procurement Tools: Communities: Pre-contract notification: as a minimum, the contracting authority should state:', 'The Contracting Authority has included obligations within the specification and contract conditions relating to further requirements to achieve community benefits which are relevant to the services to be delivered.'),
 (ELC, 'cb-form', S, MU, [], 'Community Benefits in Procurement (East Lothian Council)', 'Suppliers will generally develop links with local schools, provide work experience opportunities, training opportunities and apprenticeships, and assist with specific community projects.'),
 (ELC, 'cb-form', S, MU, [], 'Community Benefits in Procurement (East Lothian Council)', 'For successful tenderers there is a contractual obligation to deliver community benefits on individual contracts predominantly over £50K, or for smaller contracts, once the aggregated spend has reached £50K, and delivery of that benefit will be monitored as part of the contract monitoring process.'),
 (WLC, 'cb-form', S, MU, [], 'Community Benefits in Procurement (West Lothian Council)', 'This will be achieved through the inclusion of specific clauses within procurement contracts known as Community Benefit Clauses.'),
 (WLC, 'cb-form', S, EI, [], 'Community Benefits in Procurement (West Lothian Council)', 'For construction projects, the council has adopted the National Skills Academy for Construction Client Based Approach.'),
 (REN, 'cb-form', S, MU, [], 'Community Benefits in Procurement (Renfrewshire Council, Innovation Exchange): Theme: Employability', 'In addition to the core purpose of the contracts community benefit clauses and requirements are incorporated into the delivery of all Renfrewshire Council’s contracts.'),
 (REN, 'cb-form', S, EI, [], 'Community Benefits in Procurement (Renfrewshire Council, Innovation Exchange): Targeted at delivering the following key activities:', 'Targeted Employment and Training Initiative'),
 (REN, 'cb-form', S, EI, [], 'Community Benefits in Procurement (Renfrewshire Council, Innovation Exchange): Targeted at delivering the following key activities:', 'Educational Support Initiative'),
 (REN, 'cb-form', S, EO, [], 'Community Benefits in Procurement (Renfrewshire Council, Innovation Exchange): Targeted at delivering the following key activities:', 'Equality and Diversity Initiative'),
 (TSP, 'cb-form', S, MU, [], 'Community Benefits (Third Sector Perth and Kinross): What are community benefits?', 'Community benefit requirements must be considered for contracts over £4 million and are requested in most large contracts let by the public sector, including the NHS and local councils .'),
 (TSP, 'cb-form', S, EI, [], 'Community Benefits (Third Sector Perth and Kinross): What benefits can be delivered for the third sector?', 'Provision of work experience opportunities or apprenticeships for disadvantaged groups'),
 (TSP, 'cb-form', S, EI, [], 'Community Benefits (Third Sector Perth and Kinross): What benefits can be delivered for the third sector?', 'Support for social enterprise development'),
 (TSP, 'cb-form', S, EI, [], 'Community Benefits (Third Sector Perth and Kinross): What benefits can be delivered for the third sector?', 'Lifelong learning, training, and skills development for community members'),
 (TSP, 'cb-form', S, WB, [], 'Community Benefits (Third Sector Perth and Kinross): What benefits can be delivered for the third sector?', 'Resources to support the work of organisations and volunteers (e.g., materials, equipment, supplies, volunteering hours)'),
 (TSP, 'cb-form', S, WB, [], 'Community Benefits (Third Sector Perth and Kinross): What benefits can be delivered for the third sector?', 'Access to arts or leisure opportunities'),
 (SBC, 'cb-form', S, EI, [], 'Community benefits (Scottish Borders Council): We consider the inclusion of CBC’s for all contracts and aims to add value through the delivery of:', 'apprenticeship and other employment opportunities'),
 (SBC, 'cb-form', S, EI, [], 'Community benefits (Scottish Borders Council): We consider the inclusion of CBC’s for all contracts and aims to add value through the delivery of:', 'supply chain opportunities for local business'),
 (SBC, 'cb-form', S, WB, [], 'Community benefits (Scottish Borders Council): We consider the inclusion of CBC’s for all contracts and aims to add value through the delivery of:', 'school and community engagement and support activities'),
 (EDN, 'cb-form', S, MU, [], 'Community Led Improvement Programme (CLIP) Framework Agreement (City of Edinburgh Council): notice description', "A summary of the expected community benefits has been provided as follows: Lot 2 service providers only, subject to the Council's thresholds being met."),
 # more: Wales
 (CAA, 'cb-form', W, EI, [], 'Community Benefits (Carmarthenshire County Council): Key Priorities for Potential Community Benefits', 'Training and employment: Promote skills & labour, offer apprenticeships.'),
 (CAA, 'cb-form', W, EI, [], 'Community Benefits (Carmarthenshire County Council): Key Priorities for Potential Community Benefits', 'Supply Chain initiatives: Supplier engagement, second tier supply chain opportunities.'),
 (CAA, 'cb-form', W, EI, [], 'Community Benefits (Carmarthenshire County Council): Key Priorities for Potential Community Benefits', 'Working with 3rd Sector & supported factories & businesses.'),
 (CAA, 'cb-form', W, WB, [], 'Community Benefits (Carmarthenshire County Council): Key Priorities for Potential Community Benefits', 'Community Initiatives: Volunteering days, support for local youth groups and other community groups, mini sporting tournaments.'),
 (CAA, 'cb-form', W, EI, [], 'Community Benefits (Carmarthenshire County Council): Key Priorities for Potential Community Benefits', 'Education Contribution: Work/school placements, talks to children on career paths.'),
 (GWL, 'cb-form', W, EI, [], 'Procurement: community benefits policy (Welsh Government): It is particularly focussed on delivering:', 'A Prosperous Wales – to increase employment, support development of skills and grow SMEs in order to positively impact the Welsh economy'),
 (GWL, 'cb-form', W, EI, ['wellbeing'], 'Procurement: community benefits policy (Welsh Government): It is particularly focussed on delivering:', 'A Healthier Wales – to create and safeguard employment opportunities that help people enter or remain in work'),
 (W247, 'cb-form', W, EI, [], 'Cardiff Council Socially Responsible Procurement Policy launch', 'A central objective is to create inclusive employment, work placements, apprenticeships and other training opportunities for local people to reduce unemployment and raise skills levels in the local workforce.'),
 (W247, 'cb-form', W, EO, [], 'Cardiff Council Socially Responsible Procurement Policy launch', 'The Council wants to work with organisations who share its values and commitment to the highest ethical employment standards in its own operations and its supply chain.'),
 (W247, 'cb-form', W, MU, [], 'Cardiff Council Socially Responsible Procurement Policy launch', 'The policy also outlines the types of community benefits that the Council wants to see delivered on all contracts above £1m.'),
 (W247, 'cb-form', W, MU, [], 'Cardiff Council Socially Responsible Procurement Policy launch', 'All tenderers will need to clearly set out the community benefits they will deliver in their submission to the Council and this would them form part of the contract for the successful tenderer.'),
 (NSM, 'cb-form', W, MU, [], 'Cardiff Council Socially Responsible Procurement Strategy', 'Tenders select from a list of typical community benefits what they will commit to deliver over the period of the contract.'),
 (PRN, 'cb-form', W, MU, [], 'Cardiff Council Socially Responsible Procurement Policy (2025)', 'These objectives include reducing carbon emissions, enhancing biodiversity, promoting fair work, supporting local economies, and protecting vulnerable groups.'),
 (FMB, 'cb-form', W, MU, [], 'New legislation seeks to significantly improve public procurement in Wales', 'Contracts have been designed to ensure that wider economic and social matters are considered when awarding tenders.'),
 (SWA, 'cb-form', W, MU, [], 'City & County of Swansea Community Benefit Policy: 1. The Purpose', 'This policy sets out the principles of including Community Benefit Clauses in all suitable procurements, developments and planning applications to ensure the Council is achieving added value from its spend and activities for the benefit of the wider community.'),
 # more: Northern Ireland
 (YSB, 'cb-form', N, EI, [], 'Belfast City Council social value policy FAQs: Our Social Value objectives', 'Increase the number of jobs in Belfast and create local employment opportunities for the long-term unemployed, economically inactive and other underrepresented groups in the labour market.'),
 (YSB, 'cb-form', N, WB, ['economic-inequality'], 'Belfast City Council social value policy FAQs: Our Social Value objectives', 'Raise the living standards and prosperity and enhance the wellbeing of local residents by promoting socially responsible criteria for our suppliers.'),
 (YSB, 'cb-form', N, EO, [], 'Belfast City Council social value policy FAQs: Our Social Value objectives', 'Support fair and ethical trading in the supply chain (such as compliance Human Rights legislation and Modern Slavery Act), whilst expecting our suppliers, service providers and contractors to demonstrate a similar commitment.'),
 (CMD, 'cb-form', N, EO, [], 'New Northern Ireland policy requires scoring of social value: From 1 September 2021, the following requirements are incorporated into all Government contracts:', 'Adoption of ‘fair work’ practices for all workers engaged in the delivery of the contract.'),
 (CMD, 'cb-form', N, EO, [], 'New Northern Ireland policy requires scoring of social value', 'From 1 June 2022, payment of the living wage must be included as a condition of contract for all tenders.'),
 (CFR, 'cb-form', N, MU, [], 'Social value in procurement contracts (Cleaver Fulton Rankin)', 'Contracting Authorities should note that, subject to review and approval by the Northern Ireland Executive, the minimum weighting attributed to social value shall increase to 20 per cent from June 2023.'),
 (CFR, 'cb-form', N, EI, [], 'Social value in procurement contracts (Cleaver Fulton Rankin)', 'This may be achieved by ensuring the public contract maximises and increases secure employment and skills.'),
 (CFR, 'cb-form', N, EI, ['equal-opportunity'], 'Social value in procurement contracts (Cleaver Fulton Rankin)', 'For example, by creating employment opportunities in deprived areas, or supporting disabled people to develop new skills and qualifications.'),
 (CFR, 'cb-form', N, CL, [], 'Social value in procurement contracts (Cleaver Fulton Rankin)', 'This may also be achieved by ensuring the contract delivers on zero carbon strategies by utilising contract specifications that support environmental protection and improvement and/or creating specifications that require supply chains to minimise carbon footprint and emissions.'),
 (NIN, 'cb-form', N, MU, [], 'New public procurement policy for Northern Ireland – social value scoring', 'The minimum weighting will increase to 20 per cent from June 2023, subject to review and approval by the Executive.'),
 (NIN, 'cb-form', N, MU, [], 'New public procurement policy for Northern Ireland – social value scoring: What is social value?', "Legally, social value outcomes can be included in the procurement process provided they are considered at the business case stage and relate to the contract's subject matter or the performance of the contract."),
 (NIW, 'cb-form', N, MU, [], 'Delivering Social Value (NI Water): The Background', 'This will apply to service contracts valued above £426,000 and construction contracts valued above £5.3million.'),
 (SIB, 'cb-form', N, EO, [], 'Strategic Investment Board - Social Value Unit', 'The PPN also includes mandatory fair work requirements and the requirement to consider reserving contracts.'),
 (SIB, 'cb-form', N, MU, [], 'Strategic Investment Board - Social Value Unit: SPP highlights', 'Bespoke approach to scoring social value in public sector contracts developed for Northern Ireland using a points based approach to social value.'),
 (EAN, 'cb-form', N, MU, [], 'Social Value (Education Authority)', 'Social value policy within contracts is now mandated by the NI Executive.'),
 (EAN, 'cb-form', N, WB, [], 'Social Value (Education Authority): Social Value Initiatives', 'Social Value can be met in many ways, and EA is piloting contractual clauses which focus on social value initiatives / activities that directly benefit our children and young people.'),
 (SCN, 'cb-form', N, MU, [], 'Maximising Social Value in Northern Ireland Construction', 'Did you know that all Northern Ireland tenders must allocate a minimum of 10% of the total award criteria to social value?', {'weighting_percent': 10}),
 (BSG, 'cb-form', N, EI, [], BSG_S + ': Part 2: Targeted Recruitment and Training (TR&T): 4 What to include: options', 'New entrant trainee opportunities'),
 (BSG, 'cb-form', N, EI, [], BSG_S + ': Part 2: Targeted Recruitment and Training (TR&T): 4 What to include: options', 'Work experience opportunities'),
 (BSG, 'cb-form', N, EI, [], BSG_S + ': Part 2: Targeted Recruitment and Training (TR&T): 4 What to include: options', 'Notifying vacancies'),
 (BSG, 'cb-form', N, EI, [], BSG_S + ': Part 2: Targeted Recruitment and Training (TR&T): 4 What to include: options', 'Business in education'),
 (BSG, 'cb-form', N, EI, [], BSG_S + ': Part 2: Targeted Recruitment and Training (TR&T): 4 What to include: options', 'Workforce training'),
 (BSG, 'cb-form', N, EI, [], BSG_S + ': Part 2: Targeted Recruitment and Training (TR&T): 4 What to include: options', 'Local supply-chain opportunities'),
 (STG, 'cb-form', S, EI, [], STG_S + ': Risk or opportunity', 'For example, targeted recruitment and training opportunities, apprenticeships, or employment of young people who are not in employment, education or training; long term unemployed or other priority groups.'),
 (STG, 'cb-form', S, EI, [], STG_S + ': Employment: skills and training', 'While there may be opportunities arising from buying goods, these are most likely to arise when buying services and works.'),
 (STG, 'cb-form', S, EI, [], STG_S + ': Risk or opportunity', 'In relevant contracts, community benefit requirements should be reflected throughout the procurement process, including:'),
]
# (source, family, jurisdiction, section, text[, extra])
NEG = [
 (FWC, 'cb-form', S, FWC_S, 'Involving key stakeholders from the outset by establishing a stakeholder group, e.g. a User Intelligence Group or through co-production events, consultations and surveys will help to achieve these.'),
 (FWC, 'cb-form', S, FWC_S, 'These will enable a diverse group of people to consider the contract or framework requirements from a range of viewpoints, increasing the prospect of high-quality sustainable outcomes.'),
 (FWC, 'cb-form', S, FWC_S, 'Where an EQIA has been done, it should inform the procurement process along with other relevant sources of information.'),
 (FWC, 'cb-form', S, FWC_S, 'The Life Cycle Impact Map (LCIM) is used to identify and assess the economic, social and environmental impacts within the life cycle of a product or service, and can lead to appropriate market research.'),
 (FWF, 'cb-form', S, FWF_S, 'The content of this model question may be adapted as appropriate to take account of your organisation’s terminology.'),
 (FWF, 'cb-form', S, FWF_S + ': Payment of at least the real Living Wage', 'Answer: Yes/No'),
 (FWF, 'cb-form', S, FWF_S + ': Payment of at least the real Living Wage', 'Please note that bidders who fail to answer “Yes” to this question will not have their tender considered further or proceed to the Price/Quality ratio calculation.'),
 (FWF, 'cb-form', S, FWF_S + ': Payment of at least the real Living Wage', 'There are two rates of the real Living Wage: the UK wide rate and the London rate.'),
 (COA, 'cb-form', S, COA_S, 'Bidders are required to provide a risk assessment for the services, including what resources will be allocated to manage the risks identified.'),
 (SKA, 'cb-form', S, SKA_S, 'Award criteria are used to determine which economic operator is best placed to deliver a contract.'),
 (SKA, 'cb-form', S, SKA_S, 'The criteria should allow an unbiased comparison of tenders, be published in advance in the procurement documents and not discriminate against or favour potential contractors.'),
 (SKA, 'cb-form', S, SKA_S, 'Under those circumstances, a voluntary, non-scored question may be included, although care should be taken that such questions do not place a disproportionate burden on suppliers.'),
 (CB6, 'cb-form', S, CB6_S + ': 4.2 The Business Case: The business case needs to showthat:', 'the requirement is appropriate and meets a legitimate and reasonable need;'),
 (CB12, 'cb-form', S, CB12_S + ': 10.1: success in achieving these outcomes depends on:', "a high-level commitment to the new approach that, over time, changes cultures and practices in the client's procurement teams;"),
 (CB12, 'cb-form', S, CB12_S + ': 10.1: success in achieving these outcomes depends on:', "an appropriate commitment of resources by the client body: most especially engaging a project champion with employment and training knowledge that can advise the procurement team, liaise with training and job-matching service providers, establish appropriate monitoring and verification systems and liaise with contractors when they are appointed."),
 (CB12, 'cb-form', S, CB12_S + ': 10.2 Achieving Community Benefits', "the monitoring and reporting requirements in relation tothe contracting authority's capacity to use this information effectively."),
 (RAP, 'cb-form', S, RAP_S, 'Stage 2: Base on lowest compliant and satisfactory tender price.'),
 (RAP, 'cb-form', S, CB_S + ': Appendix 2: Raploch Case Study: A2.1 Procurement - Stirling Western Access Road (SWAR)', 'The SWAR contract was for the building of a road that would effectively take through traffic around Raploch.'),
 (SAY, 'cb-form', S, SAY_S, 'Any community group can add their cause to our community benefits wish list.'),
 (SAY, 'cb-form', S, SAY_S + ': Community benefit and sustainability update', 'On a bi-annual basis, all suppliers will be requested to provide an update to what has been delivered throughout the contract lifetime to date.'),
 (SAY, 'cb-form', S, SAY_S + ': Community benefit and sustainability update', 'This will be in the form of updating a spreadsheet of what has been delivered against what was pledged in the tender process.'),
 (SAY, 'cb-form', S, SAY_S + ': Community benefit and sustainability update', 'Please note that the information provided is shared publicly and also will be shared with key members of South Ayrshire Council (e.g. Elected Members and Senior Management).'),
 (SAY, 'cb-form', S, SAY_S + ': Community benefit and sustainability update: The Community Benefit update is divided into three sections:', 'Section A: Community Benefits delivered within South Ayrshire'),
 (SAY, 'cb-form', S, SAY_S + ': Community benefit and sustainability update: The Community Benefit update is divided into three sections:', 'Section C: Sustainable Methods introduced or delivered by the supplier'),
 (SAS, 'cb-form', S, SAS_S + ': 3. How does the process work?', 'The Seeking Support form is open to any community group, organisation, association, or charity within South Ayrshire who would like to request external support.'),
 (SAS, 'cb-form', S, SAS_S + ': 3. How does the process work?', 'Up to 3 requests at a time can be requested using the Seeking Support form which is available online:'),
 (SAD, 'cb-form', S, SAD_S, 'Since 2008 Community Benefits clauses within Scotland have been a key component of public procurement policy and practice.'),
 (SAD, 'cb-form', S, SAD_S, 'The Community Benefits Process and Guidance document shall assist the Council in delivering this ambition by meeting the following objectives:'),
 (CAR, 'cb-form', W, CAR_S + ': Employment and Training Opportunities', 'A person-week is the equivalent of one person working for 5 days either on site, or through a mix of on-site work and off-site training (paid or unpaid).'),
 (CAP, 'cb-form', W, CAP_S + ': Sustainability', 'In order to embed sustainability at a practical and operational level, a Sustainable Risk Assessment (SRA) needs to be carried out.'),
 (CAP, 'cb-form', W, CAP_S + ': Equalities', 'The Equality Act 2010 places a responsibility on ourselves to consider equality when procuring goods, works or services.'),
 (CAP, 'cb-form', W, CAP_S + ': Equalities', 'In Wales we have a duty to consider equality in relation to all relevant agreements.'),
 (HAF, 'cb-form', W, HAF_S, 'The buyer considers that this contract is suitable for consortia bidding.'),
 (NP1, 'cb-form', W, NP1_S, 'Themes – The overarching strategic themes that an organisation is looking to pursue,'),
 (NP1, 'cb-form', W, NP1_S, 'Measures – The measures that can be used to assess whether these Outcomes have been achieved.'),
 (NP1, 'cb-form', W, NP1_S, 'provided a consistent approach to measuring and reporting Social Value,'),
 (PEM, 'cb-form', W, PEM_S, 'However to date Pembrokeshire have not participated and we need to understand the impact on our supply base in completing such documentation as part of a procurement exercise.'),
 (PEM, 'cb-form', W, PEM_S, 'There are time and cost implications which could deter bidders at a time when it is difficult to attract the market.'),
 (BEL, 'cb-form', N, BEL_S, 'These Social Value Terms and Conditions shall at all times be read in conjunction with the Council’s Standard Terms and Conditions.'),
 (BEL, 'cb-form', N, BEL_S + ': 1.3 Defined term: Meaning', 'Contract Award means the date the Contract is awarded as set out in the award letter.'),
 (BEL, 'cb-form', N, BEL_S + ': 1.3 Defined term: Meaning', 'Deliverables means the Goods, Services and/or Works delivered as part of the Contract.'),
 (BEL, 'cb-form', N, BEL_S + ': 1.3 Defined term: Meaning', 'Real Living Wage means the rates of pay published by the Living Wage Foundation, as updated from time to time.'),
 (BSF, 'cb-form', N, BSF_S, 'a person aged under 25 that has been unemployed for more than 26 weeks and is seeking employment'),
 (BSF, 'cb-form', N, BSF_S, 'a person aged 25 or over that has been unemployed for more than 52 weeks and is seeking employment'),
 (BSF, 'cb-form', N, BSF_S + ': A New Entrant Trainee can be in one of the following categories', 'an apprentice who is undertaking a paid apprenticeship, registered within the ApprenticeshipsNI programme or a similar scheme agreed by the Employer, can be counted as a ‘New Entrant’ for up to 104 weeks.'),
 (NIB, 'cb-form', N, NIB_S + ': Tips for demonstrating social value: Before applying for a contract, you should:', 'research the organisation that has advertised the tender opportunity to understand the social value requirements'),
 (NIB, 'cb-form', N, NIB_S + ': Tips for demonstrating social value: Before applying for a contract, you should:', 'be realistic and only make commitments you can deliver on'),
 (SEN, 'cb-form', N, SEN_S + ': What is Social Value?', 'Social Value is the value an organisation contributes to society beyond a reported profit.'),
 (SEN, 'cb-form', N, SEN_S + ': How does it apply to Northern Ireland?', 'The Social Value Unit are also working on developing guidance on sustainable procurement beyond award criteria.'),
 # more negatives
 (FWG8, 'cb-form', S, 'Fair Work First: guidance - March 2023: Verification of an organisation\'s Fair Work First commitment: Public facing confirmation of commitment to Fair Work First', 'Organisations delivering a public contract and who have agreed to adopt the Fair Work First criteria, are also asked to include a short statement on their own website highlighting their commitment to advancing the Fair Work First criteria.'),
 (FWG8, 'cb-form', S, 'Fair Work First: guidance - March 2023: Verification of an organisation\'s Fair Work First commitment: Public facing confirmation of commitment to Fair Work First', 'The statement should be agreed jointly by the employer and an appropriate workplace representative.'),
 (FWG8, 'cb-form', S, 'Fair Work First: guidance - March 2023: Verification of an organisation\'s Fair Work First commitment: Public facing confirmation of commitment to Fair Work First', 'Public bodies and wider public sector partners should include a short statement on their own website highlighting their commitment to advancing the Fair Work First criteria.'),
 (SG5, 'cb-form', S, 'Procurement Reform (Scotland) Act 2014: statutory guidance: 5. Fair Work First requirements in procurement: 5.1. Introduction', 'This chapter replaces the Statutory Guidance on the Selection of Tenderers and Award of Contracts: Addressing Fair Work Practices, including the real Living Wage, in Procurement that was published on 6 October 2015.'),
 (SG5, 'cb-form', S, 'Procurement Reform (Scotland) Act 2014: statutory guidance: 5. Fair Work First requirements in procurement: 5.1. Introduction', 'For workers, it can bring increased financial security, better physical health and greater psychological wellbeing.'),
 (HB12, 'cb-form', S, 'Scottish procurement policy handbook: 12. Fair Work First: Payment of at least the real Living Wage', 'The Scottish Government promotes payment of at least the real Living Wage as the minimum rate for everyone in paid work; this is not the same as the statutory National Minimum Wage and National Living Wage that are set by the UK Government.'),
 (FWS, 'cb-form', S, 'Sustainable Procurement Tools: Fair Work Practices: Specification', 'When developing the specification, a variety of expertise may be available to develop clear and precise requirements including subject matter experts, such as human resources colleagues, Equality and Diversity specialists, and trade union representatives, who could assist by drawing out specific Fair Work First criteria if this is appropriate to the contract.'),
 (COC, 'cb-form', S, 'Sustainable Procurement Tools: Communities: Contract management', 'For example, requiring contractors to complete monthly risk assessment forms or provide evidence of consultation or involvement.'),
 (COC, 'cb-form', S, 'Sustainable Procurement Tools: Communities: Contract management', 'It will be in the contracting authority\'s interest to capture details of any community engagement activities they have carried out as part of this.'),
 (RCS, 'cb-form', S, 'Renfrewshire Council: maximising community benefits through the Paisley Town Hall re-development project: Embedding Community Benefits: Renfrewshire’s Community Benefit Governance', 'Renfrewshire Council’s community benefit approach includes a dedicated support function.'),
 (ELC, 'cb-form', S, 'Community Benefits in Procurement (East Lothian Council)', 'We spend around £140m on goods, services and works every year.'),
 (ELC, 'cb-form', S, 'Community Benefits in Procurement (East Lothian Council)', 'Should your tender submission be successful, our Community Benefits Coordinator will contact you in order to support and guide you through the process, discuss the timing and delivery of your proposed community benefits and ascertain how these proposals meet our needs within the local community.'),
 (WLC, 'cb-form', S, 'Community Benefits in Procurement (West Lothian Council)', 'The Community Benefits In Procurement Procedure outlines our two approaches to incorporating Community Benefits, one process for construction projects and one process for non-construction projects.'),
 (EDN, 'cb-form', S, 'Community Led Improvement Programme (CLIP) Framework Agreement (City of Edinburgh Council): notice description', 'The buyer is using PCS-Tender to conduct this ITT exercise.'),
 (EDN, 'cb-form', S, 'Community Led Improvement Programme (CLIP) Framework Agreement (City of Edinburgh Council): tender description', 'The City of Edinburgh Council is seeking to implement a Community Wealth Building (CWB) model to deliver a range of greenspace and community development/improvement services to Council owned land.'),
 (EDN, 'cb-form', S, 'Community Led Improvement Programme (CLIP) Framework Agreement (City of Edinburgh Council): tender description', 'CWB seeks to transform local and regional economic systems to enable local communities and people to own, have a greater stake in, access and benefit from the wealth our economy generates.'),
 (PJA, 'cb-form', S, 'Procurement Journey: Route 3: Award Criteria', 'Please note that information on Fair Work First, which includes payment of the real Living Wage, can be found in SPPN 06/2021.'),
 (PJA, 'cb-form', S, 'Procurement Journey: Route 3: Award Criteria', 'Your Organisation must not therefore use price only or cost only as the sole award criteria.'),
 (W247, 'cb-form', W, 'Cardiff Council Socially Responsible Procurement Policy launch', 'The Council spends £410m buying goods, services and works each year – 65% of which already stays in the regional economy.'),
 (SWA, 'cb-form', W, 'City & County of Swansea Community Benefit Policy: 2. Introduction', 'Beyond Bricks & Mortar is the team implementing the Council’s community benefit policy set up to help tackle poverty and promote inclusion.'),
 (SWA, 'cb-form', W, 'City & County of Swansea Community Benefit Policy: 1. The Purpose: The policy is applicable to City & County of Swansea employees across all services who:', 'Draft or evaluate tenders, quotations and other related documents;'),
 (CMD, 'cb-form', N, 'New Northern Ireland policy requires scoring of social value: From 1 September 2021, the following requirements are incorporated into all Government contracts:', 'Compliance with relevant employment, equality and health and safety law and human rights standards;'),
 (NIW, 'cb-form', N, 'Delivering Social Value (NI Water)', 'Public Procurement in Northern Ireland spends in the region of £3 billion annually on supplies, services and construction works, with NI Water accounting for, in the region of £300m of this spend.'),
 (SIB, 'cb-form', N, 'Strategic Investment Board - Social Value Unit: SPP highlights', 'Monitoring system developed which is capturing social value delivered on all contracts across Northern Ireland, such as number of and spend with social enterprises in the supply chain, number of environmental activities delivered etc.'),
 (EAN, 'cb-form', N, 'Social Value (Education Authority)', 'Annually the Education Authority (EA) establishes contracts worth approximately £354.64m, the majority of which are on behalf of schools and other educational establishments within Northern Ireland.'),
 (SCN, 'cb-form', N, 'Maximising Social Value in Northern Ireland Construction: What is social value?', 'Some view it as a community benefit or a Corporate Social Responsibility (CSR) activity.'),
 (BSG, 'cb-form', N, BSG_S + ': Part 1: Principles and Priorities', 'Monitoring, reporting and progress-chasing'),
 (STG, 'cb-form', S, STG_S + ': Risk or opportunity', 'Preliminary market consultation is crucial to be able to determine whether the market is capable of delivering a specific community benefit or whether requiring such would place too large a burden on suppliers.'),
]
OGL_HOSTS = ('gov.scot', 'sustainableprocurementtools.scot', 'sell2wales.gov.wales', 'gov.wales')
batch = Batch('public-texts-73.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group (emit_lists); one document, one group: the pages of the Community
    # benefits in public procurement report join its held pages; Sustainable Procurement Tools pages share one group;
    # the two copies of Carmarthenshire's guidance page are one document.
    if src.startswith(CB): return 'https://gov.scot/publications/community-benefits-public-procurement/pages/14'
    if src.startswith(SPT): return 'sustainableprocurementtools.scot'
    if src == EDN: return 'ocds:ocds-h6vhtk-0556d5'
    if src.startswith(CAP): return batch.group_of_source.get(CAP + '/', CAP + '/')
    return src
batch.emit_lists('pub73', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
