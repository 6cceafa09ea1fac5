"""Write /work/batches/public-texts-84.jsonl: batch 92, NORTHERN IRELAND buying as a supplier meets it, from sources the
corpus did not yet hold: PPN 01/21 Scoring Social Value (the minimum 10% of the award criteria, the thresholds it applies
above, the planned rise to 20%, the Living Wage as a condition of contract), the older social clauses and Buy Social
requirements (Steps to Work placements, apprentices, student placements, new entrant trainees), Construction and
Procurement Delivery's sustainability requirements for construction contracts, and Belfast City Council's social
clauses; with hard negatives from the same documents and bodies: definitions of social value, the buyers' own reviews,
working groups, accreditation and spending targets, documents and videos about the policy, pass/fail tender
requirements (Constructionline, Buildsafe NI, SSIP), procedure and lot text, and notices of what is bought where the
subject itself sounds social or green (a PEACEPLUS environment and biodiversity programme, a retrofit programme, waste
treatment, community Christmas events, grounds maintenance, a social enterprise grant scheme).

Sources: The ICON and the RSUA on PPN 01/21; Social Innovators Home on the February 2022 announcement; Quigg Golden on
what social value is; Grant Thornton NI on social value in building work; agendaNi on social value management
(AtkinsRealis) and on the Buy Social review's social clauses; MPANI 20/21 (issuu) on maximising social value; the
Evening Standard (PA) and a Northern Ireland Executive news item on the Living Wage, and the Northern Ireland Assembly's
oral answers of 16 November 2021 (TheyWorkForYou); the Department of Finance's pages on PGN 01/13 (integrating social
considerations), on the CIFNI proposal for promoting equality and sustainable development and on information for
suppliers interested in construction contracts (finance-ni.gov.uk); the Department for Communities' housing association
procurement guide pages (development approaches; sustainable procurement in construction); APM's note on the 2013
consultation on social clauses for construction services; Belfast City Council committee minutes on social clauses and
social value (minutes.belfastcity.gov.uk and minutes3); Derry Daily on social clauses in the Social Investment Fund's
tenders; Alpha Housing's news item on its grounds maintenance social enterprise; Good Relations Week's video page; the Construction Employers Federation's procurement page; the Housing
Executive's social investment award form; and contract notices by Northern Ireland buyers (Housing Executive, Mid Ulster,
Translink, Education Authority, the health and social care trusts, Armagh City, Banbridge and Craigavon) as republished by
d3tenders.com, and one on Find a Tender.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and surrounding
quotation marks dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts
already in the corpus are left out (named on stderr). Crown copyright pages (finance-ni.gov.uk, communities-ni.gov.uk,
northernireland.gov.uk, find-tender.service.gov.uk) and notice data are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-84.py > /work/batches/public-texts-84.jsonl
"""
from batch import Batch, EI, CL, EO, MU, ocid_group, N


# PPN 01/21 in the press and trade bodies
ICON = 'https://www.theicon.org.uk/social-value-to-be-scored-in-government-contracts-in-northern-ireland/'
RSUA = 'https://rsua.org.uk/public-procurement-process-will-allocate-10-to-social-value/'
SIH = 'https://socialinnovatorshome.com/2022/02/09/northern-ireland-has-passed-a-policy-to-encourage-social-enterprise/'
QG = 'https://dhirubhai.net/pulse/what-social-value-quigg-golden'
GT = 'https://www.grantthorntonni.com/news-centre/bringing-social-value-to-building-work/'
AGM = 'https://www.agendani.com/social-value-manage-measure-and-make-it-meaningful/'
AGS = 'https://agendani.com/social-clauses-in-public-procurement'
MPA = 'https://issuu.com./4smni/docs/mpani_22_128pgs_online/s/17317321'
APM = 'https://www.apm.org.uk/news/consultation-on-social-clauses/'
GRW = 'https://goodrelationsweek.com/event_category/compilation-or-archive-video/page/2/'
CEF = 'https://www.cefni.co.uk/policy/procurement/'
# the Living Wage as a condition of contract
STD = ('https://article-swipe.standard.co.uk/business/business-news/stormont-minister-welcomes-largest-increase-in-living-'
       'wage-b1027510.html')
NIE = 'https://www.northernireland.gov.uk/news/workers-should-be-paid-fair-wage-murphy'
TW13 = 'https://www.theyworkforyou.com/ni/?id=2021-11-16.3.13'
TW17 = 'https://www.theyworkforyou.com/ni/?id=2021-11-16.3.17'
# Department of Finance (CPD) and Department for Communities
PGN = 'https://www.finance-ni.gov.uk/publications/procurement-guidance-note-0113-integrating-social-considerations-contracts'
PPE = 'https://www.finance-ni.gov.uk/publications/proposal-promoting-equality-and-sustainable-development'
ISC = 'https://www.finance-ni.gov.uk/articles/information-suppliers-interested-construction-works-and-services-contracts'
CDA = 'https://www.communities-ni.gov.uk/development-and-associated-procurement-approaches'
CSP = 'https://communities-ni.gov.uk/articles/sustainable-procurement-construction'
# Belfast City Council minutes
BM1 = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=10394'
BM2 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=22851'
BM3 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=22432'
BM4 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=28200'
BM5 = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=54605'
BM6 = 'https://minutes3.belfastcity.gov.uk/mgAi.aspx?ID=59966'
# housing: Alpha Housing, the Housing Executive's social investment awards
DDY = 'https://derrydaily.net/2014/01/13/9m-sif-funding-local-tendering-opportunities-need-to-be-maximised-says-councillor'
BM0 = 'https://minutes.belfastcity.gov.uk/mgAi.aspx?ID=21497'
ALP = 'https://alphahousingni.org/latest-news/new-partnership-helps-unemployed-people-break-new-ground'
NSI = 'https://nihe.tfaforms.net/43&nbsp'
# notices
ERDF = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-031ed5'
MUW = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04dd8e'
MUP = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-04e454'
TL1 = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-04c79e'
TL2 = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-044b2c'
EAH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-038d52'
HSC = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-066ac9'
ABB = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-059c6d'
ABR = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06b6e0'
ABX = 'https://www.find-tender.service.gov.uk/Notice/044036-2025'

ICON_S = 'Social value to be scored in government contracts in Northern Ireland'
RSUA_S = 'Time to start gearing up for social value in procurement'
SIH_S = 'Northern Ireland has passed a policy to encourage social enterprise'
QG_S = 'What is Social Value? (Quigg Golden)'
GT_S = 'Bringing social value to building work (Grant Thornton NI)'
AGM_S = 'Social value: Manage, measure, and make it meaningful'
AGS_S = 'Social clauses in public procurement (agendaNi)'
AGS_R = AGS_S + ': The review recommended that there should be:'
MPA_S = 'Public Sector Procurement: Maximising social value in public sector spending (MPANI 20/21)'
APM_S = 'Consultation on social clauses (APM)'
GRW_S = 'Delivering Social Value in Northern Ireland'
GRP_S = 'Places & Spaces Programme Celebration Video'
CEF_S = 'Policy: Procurement (Construction Employers Federation)'
STD_S = 'Stormont minister welcomes largest increase in Living Wage'
NIE_S = 'Workers should be paid a fair wage - Murphy (Northern Ireland Executive)'
TW_S = 'Living Wage: NDNA Commitment (Northern Ireland Assembly, Oral Answers to Questions, Finance, 16 November 2021)'
PGN_S = 'PGN 01/13: Integrating Social Considerations into Contracts'
PPE_S = 'Proposal for promoting equality and sustainable development'
ISC_S = ('Information for suppliers interested in construction works and services contracts: Mandatory tender requirements '
         'for construction works contracts up to £4.3m')
ISC_M = ISC_S + ': Contractors wishing to apply to be short-listed for invitation to tender must:'
CDA_S = 'Development and associated procurement approaches (Housing Association Guide, Procurement Guide)'
CSP_S = 'Sustainable procurement in construction (Housing Association Guide, Procurement Guide)'
BM1_S = 'Belfast City Council committee minutes: social clauses report: Relevant Background Information'
BM1_C = (BM1_S + ': it has been agreed that the following clauses will be implemented for all new central government '
         'contracts emerging in the next six months, on a pilot basis:')
BM2_S = 'Belfast City Council committee minutes: social clauses in council contracts'
BM3_S = 'Belfast City Council committee minutes: social clauses and local spend'
BM4_S = 'Belfast City Council committee minutes: revised Social Clauses Policy'
BM5_S = 'Belfast City Council committee minutes: Social Value as part of the Inclusive Growth Strategy'
BM6_S = 'Belfast City Council committee minutes: Social Policy Working Group: 3.0 Main Report'
DDY_S = '£9m SIF funding: local tendering opportunities need to be maximised, says councillor (Derry Daily)'
BM0_S = 'Belfast City Council committee minutes: social clauses in procurement: Key Issues: 2.3 Social Clause Delivery Forum'
ALP_S = 'New partnership helps unemployed people break new ground (Alpha Housing)'
NSI_S = 'Housing Executive Social Investment Awards (application form)'
ERDF_S = 'CTO106 - ERDF Retrofit Programme 2022 (Northern Ireland Housing Executive): Notice Description'
MUW_S = ('Haulage, Treatment, Disposal of Collected Residual Municipal Waste and Household Waste Recycling Centre Residual '
         'Waste and Bulky Waste for Mid Ulster and Fermanagh Omagh District Councils')
MUP_S = 'PEACEPLUS Environment and Biodiversity Programme (Mid Ulster District Council): tender description'
TL1_S = 'FW112 Drainage and Interceptor Maintenance (Translink): tender description'
TL2_S = 'P-2972 Bus Substitution Framework (Railway Closures) (Translink): notice description: Suppliers reading this notice should understand that -'
EAH_S = 'BSP-22-008 - HR and Business Advisory Framework (Education Authority NI): Notice Description'
HSC_S = ('NEC4 Frameworks for Consultancy Services in connection with Minor Works Schemes (Belfast, Northern, South Eastern, '
         'Southern and Western Health and Social Care Trusts): Notice Description')
ABB_S = ('Design, Supply and Installation of Bins, Seating and Parklets in Armagh, Lurgan and Portadown (Armagh City, '
         'Banbridge and Craigavon Borough Council): Notice Description')
ABR_S = ('PEACEPLUS CALM River CfT_6581999 Restoration Works on Callan River Phase 1 (Armagh City, Banbridge and Craigavon '
         'Borough Council): Notice Description')
ABX_S = 'Design, Organisation and Delivery of Urban and Rural Christmas Events 2025 (Armagh, Banbridge and Craigavon Borough Council)'

W10 = {'weighting_percent': 10}
EIs, CLs, EOs, WBs = ['economic-inequality'], ['climate'], ['equal-opportunity'], ['wellbeing']

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # PPN 01/21: weighting, thresholds, Living Wage
 (ICON, 'ni-policy', N, MU, [], ICON_S, 'The new policy, agreed by the Executive, mandates that from June 2022, tenders must include a minimum of 10% of total award criteria to social value.', W10),
 (ICON, 'ni-policy', N, MU, [], ICON_S, 'This will apply to service contracts valued above £123,000 and construction contracts valued above £4.7million, accounting for approximately 97% of total government procurement spend.'),
 (ICON, 'ni-policy', N, MU, [], ICON_S, 'The minimum weighting will increase to 20% from June 2023 subject to review and approval by the Executive.'),
 (ICON, 'ni-policy', N, MU, [], ICON_S, 'This new policy will help create jobs for people in deprived areas and deliver environmental benefits by requiring contracts to employ low or zero carbon practices.'),
 (ICON, 'ni-policy', N, EO, [], ICON_S, 'This new policy will see the Living Wage being included as a condition of contract for all tenders from June 2022.'),
 (RSUA, 'ni-policy', N, MU, [], RSUA_S, 'Public tenders will soon be required to allocate a minimum of 10 per cent of the total award criteria to social value.', W10),
 (RSUA, 'ni-policy', N, MU, [], RSUA_S, 'This minimum weighting will apply to services and works procurements at or above the thresholds set out in the Public Contracts Regulations – (see PPN 01/21 – Scoring Social Value on finance-ni.gov.uk).'),
 (SIH, 'ni-policy', N, MU, [], SIH_S, 'According to Employers For Childcare, from June 2022, under a new Procurement Policy Note, public sector tenders must include a minimum of 10% to their social value, and it will increase to 20% from June 2023 subject to review and approval by the Executive.', W10),
 (SIH, 'ni-policy', N, MU, [], SIH_S, 'This will apply to service contracts valued above £123,000 and construction contracts valued above £4.7million.'),
 (QG, 'ni-policy', N, MU, [], QG_S, 'The Social Value Policy will include not just the requirement on public bodies to enhance social value, but the imposition of conditions into the assessment of tenders used for procurement that require the implementation of social value.'),
 (AGM, 'ni-policy', N, MU, [], AGM_S, 'Government tenders must now allocate at least 10 per cent of total award criteria to social value, where Public Contract Regulations apply.', W10),
 (MPA, 'ni-policy', N, EI, [], MPA_S, 'In the recent past, we achieved these wider benefits using contract performance and recruitment and training clauses in public sector procurement processes.'),
 (MPA, 'ni-policy', N, EI, [], MPA_S, 'These clauses sought to encourage organisations undertaking work for the public sector to allocate a proportion of the contract’s total employment to people without substantial work experience.'),
 (MPA, 'ni-policy', N, MU, [], MPA_S, 'The new policy note, which was developed by the Procurement Board led by the Finance Minister, mandates that from 1st June 2022, all services and works contracts where the Public Contract Regulations apply must allocate a minimum of 10% of the award criteria to Social Value.', W10),
 (MPA, 'ni-policy', N, MU, [], MPA_S, 'The new procurement criteria, also known as ‘Scoring Social Value,’ highlights a wider set of social benefits that might be achieved through a project’s entire life cycle.'),
 (MPA, 'ni-policy', N, MU, ['economic-inequality', 'wellbeing'], MPA_S, 'The new criteria also emphasise consulting with the communities affected by the project and establishing if contracts can be reserved for organisations with a social purpose.'),
 (MPA, 'ni-policy', N, MU, [], MPA_S, 'In short, Scoring Social Value formalises some of the previous guidance, broadens the criteria of social value to include other aspects of societal benefit and gives a more detailed view of how tendering organisations can demonstrate social value in their tenders.'),
 (GRW, 'ni-policy', N, MU, [], GRW_S, 'To maximise this investment, from the 1st of June 2022, the Northern Ireland Executive has committed to mandatory scoring of social value within public procurement contracts in services and in works.'),
 (STD, 'ni-policy', N, MU, [], STD_S, 'It requires that social value makes up at least 10% of the award criteria alongside price and quality.', W10),
 (STD, 'ni-policy', N, EO, [], STD_S, 'It also mandates that staff working on government contracts are paid at least the Living Wage.'),
 (STD, 'ni-policy', N, EO, [], STD_S, 'All government tenders issued since June 2022 have included payment of the Living Wage as a condition of contract.'),
 (STD, 'ni-policy', N, EO, [], STD_S, 'The new Social Value policy requires companies bidding for government contracts to pay staff working on that contract the Living Wage.'),
 (TW13, 'ni-policy', N, EO, [], TW_S, 'While that fully delivers on the NDNA commitment, my Department has gone further by introducing a new wider procurement policy that will see the living wage included as a condition of contract for tenders from June 2022.'),
 (TW17, 'ni-policy', N, EO, [], TW_S, 'As part of the procurement rules for new contracts, which we have changed, from June 2022, anyone who secures a government contract under which they would be employed by various trusts will have to pay their staff the Living Wage Foundation living wage.'),
 # social clauses and Buy Social: targeted recruitment and training
 (GT, 'ni-policy', N, EI, [], GT_S, 'Already we have seen Northern Ireland Housing Executive (NIHE) include social clauses within their procurement and likewise recent awards of contracts worth £1bn over the next 10 years, to four local contractors, have included obligations for the successful organisations to establish a social enterprise in the area in which they operate.'),
 (AGS, 'ni-policy', N, EI, [], AGS_R, 'a focus on paid employment and training opportunities;'),
 (AGS, 'ni-policy', N, EI, [], AGS_R, 'a concentration on large contracts – where efforts will have the biggest impact;'),
 (AGS, 'ni-policy', N, EI, [], AGS_R, 'a requirement for opportunities for ‘new entrant trainees’, long term unemployed people, young people leaving education, apprentices and paid student work placements.'),
 (APM, 'ni-policy', N, EI, [], APM_S, 'The Social clauses within the Construction Industry Forum Northern Ireland Proposals for Promoting Equality and Sustainable Development, set requirements for employment opportunities, skills and training and have been included in construction works contracts since December 2008.'),
 (APM, 'ni-policy', N, MU, [], APM_S, 'The NI Assemblys Programme for Government now requires the inclusion of social considerations in all public procurement contracts and as a consequence proposal must now be developed for construction services contracts.'),
 (PGN, 'ni-guidance', N, EI, [], PGN_S, 'Construction & Procurement Delivery (CPD) has piloted the use of social clauses in helping the unemployed and has developed a range of typical contract performance clauses for use by the Centres of Procurement Expertise(CoPEs).'),
 (PPE, 'ni-guidance', N, MU, [], PPE_S + ': CIFNI proposal for promoting equality and sustainable development', 'Instead of requiring contractors to submit proposals on sustainability as part of the procurement process, CPD, following consultation with CIFNI, has concluded that the most effective way of delivering sustainable objectives is for government clients to set out their requirements within the contract documentation.'),
 (PPE, 'ni-guidance', N, MU, [], PPE_S + ': Sustainability requirements - guidance, model contract clauses (April 2016)', 'Whilst some of the sustainability requirements will apply to all projects, others will only apply above certain construction cost thresholds.'),
 # Belfast City Council social clauses
 (BM1, 'ni-council', N, EI, [], BM1_C, 'For every £0.5m of contract value, the employer will recruit 1 x 26 week Steps to Work Placement or 2 x 13 week Steps to Work Placements.'),
 (BM1, 'ni-council', N, EI, [], BM1_C, 'At least 5% of the contractor’s workforce must be apprentices.'),
 (BM1, 'ni-council', N, EI, [], BM1_C, 'Work Placements – 1 x 40 week student placement for projects with a labour value of £2m-£5m and 2 placements for projects with a labour value of £5m or greater'),
 (BM2, 'ni-council', N, EI, [], BM2_S + ': 2.0 Relevant Background Information', 'The legislation introduced in July 2012 now enables councils to consider the use of social clauses as contractual conditions, requiring contractors, for example, to provide employment opportunities for the unemployed.'),
 (BM2, 'ni-council', N, EI, [], BM2_S + ': 2.0 Relevant Background Information', 'The adoption of social clauses within the Northern Ireland public sector has primarily focused on delivering employability-related benefits.'),
 (BM2, 'ni-council', N, EI, [], BM2_S + ': 2.0 Relevant Background Information', 'These are through the provision of apprenticeships and employment/work placements for students and the long-term unemployed.'),
 (BM2, 'ni-council', N, MU, [], BM2_S + ': 2.0 Relevant Background Information', 'Whilst social clauses with an employability focus have been most high profile to date, a wider range of commercial, environmental and community-focused clauses exist.'),
 (BM3, 'ni-council', N, EI, [], BM3_S + ': 2.0 Background: 2.2 Social Clauses', 'This change now enables Councils to consider the use of social clauses as contractual conditions, for instance, requiring contractors to provide employment opportunities for the unemployed.'),
 (BM4, 'ni-council', N, EI, [], BM4_S + ': 3.0 Main report: 3.1 Key Issues', 'These clauses set out a series of agreed opportunities for work placements, apprenticeships and Training for Success opportunities, based on the labour value of the respective contracts.'),
 (BM4, 'ni-council', N, EI, [], BM4_S + ': 3.0 Main report: 3.1 Key Issues', 'The Council continues to actively seek to include social clauses in both Supplies and Services and Works Contracts and regularly monitors tenders to verify whether social clauses should be applied.'),
 (BM5, 'ni-council', N, EI, [], BM5_S + ': 3.0 Main report: Background', 'This work builds on the approach taken by the Council since 2013 to integrate social clauses within relevant council procurements to provide ring-fenced employment and work placement opportunities and promote accessibility to small enterprises.'),
 (GRW, 'ni-policy', N, MU, [], GRW_S, 'Including social value in public contracts offers important opportunities for suppliers and local communities to work together to drive value from every pound invested in Northern Ireland and achieve a sustainable future for all.'),
 (PPE, 'ni-guidance', N, EI, [], PPE_S + ': CIFNI proposal for promoting equality and sustainable development', 'An additional requirement involving the Department of Employment and Learning\'s (DEL) "Training for Success" scheme (TfS) was included in June 2012.'),
 (BM0, 'ni-council', N, EI, [], BM0_S, 'These requirements are pro-rata the value of labour content in a contract; however, the scale of the Council’s contracts is generally less than those of central government and therefore the application of this requirement might need to be adjusted accordingly.'),
 (DDY, 'ni-council', N, MU, [], DDY_S, 'Secondly, Cllr Meehan said Sinn Fein would ensure that social clauses were written into the tender documents.'),
 (DDY, 'ni-council', N, MU, [], DDY_S, 'Sinn Féin has long supported the use of social clauses and at Assembly level, we achieved the mandatory inclusion of social clauses in all public contracts.'),
 # housing: a grounds maintenance social enterprise
 (ALP, 'ni-case', N, EI, [], ALP_S, 'This partnership will enable Outwork to help people serving sentences in the criminal justice system turn their lives around through transitional employment opportunities.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # PPN 01/21 coverage: process, spend, documents and videos, history
 (ICON, 'ni-policy', N, ICON_S, 'The nine-month lead-in time before the new policy comes into effect was requested by stakeholders to allow for training to be rolled out and to provide time for Business Cases to build in any additional financial costs arising from the social benefits included in contracts.'),
 (RSUA, 'ni-policy', N, RSUA_S, 'To help potential suppliers to prepare, informational videos have been developed for suppliers by the Strategic Investment Board.'),
 (RSUA, 'ni-policy', N, RSUA_S, 'If you are interested in bidding for public sector construction contracts you may wish to watch the Scoring Social Value in Construction Contracts – Supplier Information Video.'),
 (QG, 'ni-policy', N, QG_S, 'We must first address the lack of an industry wide settled definition, as currently Social Value is a bit of an unknown.'),
 (GT, 'ni-policy', N, GT_S, 'Scotland has introduced the Procurement Reform (Scotland) Act 2014 and whilst it is perhaps too early to judge the impact, there are some notable trends emerging particularly with the Public Social Partnership Models.'),
 (MPA, 'ni-policy', N, MPA_S + ': What is social value?', 'The public sector in Northern Ireland supports significant economic growth and employment through its own operations.'),
 (AGS, 'ni-policy', N, AGS_S, 'The Northern Ireland Executive’s ‘Buy Social Toolkit’ has been developed by the Strategic Investment Board (SIB) as a practical guide to integrating social considerations into public contracts.'),
 (AGS, 'ni-policy', N, AGS_S, 'In November 2014, the Procurement Board requested that there should be a more thorough evaluation of the impact of social clauses and it was subsequently agreed that SIB would conduct an independent review.'),
 (AGS, 'ni-policy', N, AGS_R, 'the establishment of a social benefits reference group, as a means of promoting the new arrangement in departments and encouraging early engagement at business case stage;'),
 (APM, 'ni-policy', N, APM_S, 'Following discussions at the meeting between the Centre of Procurement Excellence and the Construction Industry Group of Northern Ireland Professional College on the 7th November CPD agreed to produce a paper outlining proposals for the social clauses in construction services contracts.'),
 (CEF, 'ni-policy', N, CEF_S, 'On matters such as the centralisation of the procurement and delivery of key infrastructure projects, social clauses and Project Bank Accounts it is though critical that industry continues to have its voice heard.'),
 # the Living Wage: the buyer's own accreditation, rates, definitions
 (STD, 'ni-policy', N, STD_S, 'A full-time worker earning the new, real Living Wage would earn £2,730 a year more than a worker earning the current national minimum wage.'),
 (STD, 'ni-policy', N, STD_S, 'As an accredited Living Wage employer the Civil Service is committed to paying civil servants and our agency staff at least the Living Wage.'),
 (NIE, 'ni-policy', N, NIE_S, 'The Living Wage Foundation calculates the minimum hourly rate needed to give a full-time worker and their family a reasonable standard of living.'),
 (TW13, 'ni-policy', N, TW_S, 'I was delighted to announce at an event this morning that the Living Wage Foundation has now formally accredited the Executive as a living wage employer.'),
 # Department of Finance (CPD): guidance housekeeping, reporting documents, pass/fail requirements
 (PGN, 'ni-guidance', N, PGN_S, 'Queries or further information in relation to potential employment and training opportunities should be addressed to the Department for the Economy.'),
 (PPE, 'ni-guidance', N, PPE_S + ": Contractor's Sustainability Report (CSR)", 'It is intended that the CSR will be completed and updated by the contractor as the project progresses.'),
 (PPE, 'ni-guidance', N, PPE_S + ': Resource Efficiency Brief (£200k - £1m)', 'This is used on lower value contracts between £200k and £1m and enables the employer to describe their resource efficiency policy.'),
 (PPE, 'ni-guidance', N, PPE_S, 'The Contractors Sustainability Report (CSR) is to provide a single source of reporting for sustainability requirements for government construction projects.'),
 (ISC, 'ni-guidance', N, ISC_M, "be registered with Constructionline, have 'Active' status and have at least the minimum Category Value in one of the Work Categories specified for the procurement"),
 (ISC, 'ni-guidance', N, ISC_M, 'have a health and safety management system, satisfying the requirements of the Buildsafe NI initiative, which has been certified by one of the third parties listed'),
 (ISC, 'ni-guidance', N, ISC_M, "have a valid certificate demonstrating that the company's organisation and arrangements for health and safety have been evaluated, in accordance with the Construction (Design & Management) Regulations (ACOP Stage 1 assessment), under a scheme which is a member of the Safety Schemes in Procurement (SSIP) Forum"),
 # Department for Communities: housing association procurement guide
 (CDA, 'ni-guidance', N, CDA_S + ': New build: Acquisition and works', 'New build dwellings generally must meet the design requirements contained in the Department’s Design Standards and, on completion, must have a ‘structural’ life expectancy of at least 60 years and comply with all Statutory Requirements on completion of the construction works.'),
 (CSP, 'ni-guidance', N, CSP_S, 'This section covers how sustainability issues could be incorporated into construction works contracts.'),
 # Belfast City Council: legal caveats, reviews, definitions, working groups, own targets
 (BM1, 'ni-council', N, BM1_S, 'However, it is clear that there is significant ambiguity and lack of awareness about what can be done, how they can be implemented and managed and what the legal issues surrounding social clauses are likely to be.'),
 (BM1, 'ni-council', N, BM1_S, 'It is clear from existing contracts which contain social clauses that there are lessons to be learned in order to ensure that the clauses are adhered to and the social benefits are fully realised.'),
 (BM2, 'ni-council', N, BM2_S + ': 2.0 Relevant Background Information', 'These conditions must be incorporated in such a way that they do not infringe the general principles of EU law and also ensure that they remain compliant equality obligations.'),
 (BM2, 'ni-council', N, BM2_S + ': 2.0 Relevant Background Information', 'On 4 July 2012, the Northern Ireland Assembly passed legislation that enables Councils to take account of certain non-commercial matters in the award of public works contracts.'),
 (BM3, 'ni-council', N, BM3_S + ': 2.0 Background: 2.1 Investment Programme', 'In addition the IP aims to increase Local Spend by 10% to 60% through by 2015 using a range of initiatives.'),
 (BM4, 'ni-council', N, BM4_S + ': 2.0 Recommendations: It is recommended that members:', 'Note and agree the potential to vary the 12 month definitions of long term unemployed to 6 months, in the case of youth unemployed, or where there are specialist skills sets required on a case-by-case basis.'),
 (BM5, 'ni-council', N, BM5_S + ': 3.0 Main report: Background', 'Social value is the additional benefit to the community from the commissioning or procurement process which is over and above the direct purchasing of goods, services and works, including economic, environmental and social well-being or community benefits that can be delivered to a local area.'),
 (BM5, 'ni-council', N, BM5_S + ': 3.0 Main report: Background', 'It is about maximising the impact of public expenditure to get the best possible social outcome.'),
 (BM5, 'ni-council', N, BM5_S + ': 3.0 Main report: Background', 'Whilst these clauses represent a laudable effort to promote skills development and employment, impact has been limited by a narrow approach and outcomes difficult to discern in terms of measurement.'),
 (BM6, 'ni-council', N, BM6_S, 'As part of the policy development journey to introduce social value procurement within the Council, officers developed a draft Social Value toolkit.'),
 (DDY, 'ni-council', N, DDY_S, 'Out of the £9 million, £6 million is be spent on capital build projects for pitch and play facilities across disadvantaged areas in the city with the remaining £3 million to go on a on a Community Works Programme designed to tackle long-term unemployment across the City.'),
 # housing: grounds maintenance bought, the Housing Executive's grant scheme
 (ALP, 'ni-case', N, ALP_S, 'Outwork has been appointed to provide grounds maintenance on Alpha’s 30 sites across Northern Ireland until at least March 2022.'),
 (ALP, 'ni-case', N, ALP_S, 'In providing high-quality grounds maintenance, Outwork’s trainees will also be creating more attractive gardens for Alpha’s 1,000 elderly tenants to enjoy.'),
 (ALP, 'ni-case', N, ALP_S, 'As well as enhancing the quality of life for residents, the new trees and hedges will provide valuable new wildlife habitats on the site adjoining the Annadale Embankment and Lagan Valley Regional Park.'),
 (NSI, 'ni-case', N, NSI_S, 'Investment in social and community enterprises that are primarily based in or serve Housing Executive communities is an important aspect of the strategic plan.'),
 (NSI, 'ni-case', N, NSI_S + ': The awards categories are: Think It – up to £5000', 'The Think It Awards are primarily focused on those embryonic or newly established organisations/social enterprises/ based in or serving Housing Executive communities which align with the priorities as outlined in the lifetime of the new strategic plan'),
 (GRW, 'ni-policy', N, GRP_S, 'The Places & Spaces is designed to promote development of community led environmental places and spaces in the Armagh, Craigavon and Banbridge Borough that are safe and welcoming.'),
 (GRW, 'ni-policy', N, GRP_S, 'Through this programme, 21 Community Groups have received: horticulture/environmental expertise, materials and equipment, a lockable garden storage box and health & safety training.'),
 # notices: what is bought, procedure
 (ERDF, 'ni-notice', N, ERDF_S, 'The Contracting Authority intends to enter into a Contract with the successful Economic Operators to deliver a European Regional Development Fund (ERDF) Retrofit programme.'),
 (ERDF, 'ni-notice', N, ERDF_S, 'The programme consists of No Fines External Wall Insulation and Associated Works to a number of Housing Executive properties across all three Housing Executive regions.'),
 (MUW, 'ni-notice', N, MUW_S + ': Notice Description', 'The Council/Councils has/have a statutory obligation to collect and dispose residual and bulky wastes that have arisen from both household kerbside collections and household recycling centres within the district area.'),
 (MUW, 'ni-notice', N, MUW_S + ': Notice Description', 'The purpose of this Contract is to provide a treatment service for Contract Waste which has historically been sent to landfill.'),
 (MUW, 'ni-notice', N, MUW_S + ': Notice Description', 'This is to ensure the Council/Councils comply with the legislative requirements of the EU Waste Framework Directive and the EU Landfill Directive, in respect of household recycling targets and reduction in municipal to landfill.'),
 (MUP, 'ni-notice', N, MUP_S, 'Mid Ulster District Council is seeking tenders for a contractor to develop and deliver a PEACEPLUS funded Environment and Biodiversity programme for Mid Ulster District Council.'),
 (MUP, 'ni-notice', N, MUP_S, 'This programme will bring communities together on the shared theme of the protection of our environment.'),
 (MUP, 'ni-notice', N, MUP_S + ': The programme will support people/ groups to:', 'Build capacity of people/ groups interested in horticulture, environment, climate change and contributing to local environmental improvements.'),
 (MUP, 'ni-notice', N, MUP_S + ': The programme will support people/ groups to:', 'Increase volunteering.'),
 (TL1, 'ni-notice', N, TL1_S, 'Translink wish to appoint a suitably qualified Contractor to be responsible for the the provision of Assessment, surveying and maintenance of drainage infrastructure, and emergency spill response services.'),
 (TL2, 'ni-notice', N, TL2_S, 'This notice is to advise of an upcoming procurement exercise and does not indicate the start of a procurement exercise.'),
 (TL2, 'ni-notice', N, TL2_S, 'Translink takes no responsibility for any actions or decisions taken, costs incurred, or commitments made by interested parties in responding to this notice.'),
 (EAH, 'ni-notice', N, EAH_S, 'The scope of this Framework Agreement is to procure Support and Advisory Services across Human Resources, Organisational Development and Learning and Business Management.'),
 (HSC, 'ni-notice', N, HSC_S, 'Minor works schemes may comprise new buildings, extensions to existing buildings, conversion/refurbishment of existing buildings, upgrade and replacement of building services, plant and equipment, feasibility and condition surveys, works to ensure compliance with various legislative requirements e.g. legionella, fire safety, DDA, asbestos regulations, mechanical and electrical engineering works and enabling works in advance of major works schemes.'),
 (ABB, 'ni-notice', N, ABB_S, 'Armagh City, Banbridge and Craigavon Borough Council are seeking tenders from a landscape architect team to design, manufacture, and install parklets, seating and bins across the urban centres of Armagh, Lurgan and Portadown.'),
 (ABR, 'ni-notice', N, ABR_S, 'Armagh City, Banbridge, and Craigavon Borough Council is a partner on the CALM Project with East Border Region (EBR), Agri-Food and Biosciences Institute, Inland Fisheries Ireland, the Loughs Agency and Ulster University.'),
 (ABX, 'ni-notice', N, ABX_S + ': Scope: Description', 'The Council wishes to appoint a specialist agency to deliver Christmas Lights Switch-On Events, with the arrival of Santa Claus in each of the following five urban areas - Banbridge, Craigavon (Brownlow), Dromore, Portadown and Lurgan with the arrival of Santa via a Mobile Christmas Grotto (MCG) e.g. vintage bus etc, along with a comprehensive community-focused programme of activities.'),
 (ABX, 'ni-notice', N, ABX_S + ': Scope: Description', 'The successful contractor will be required to deliver the project in its entirety, and we invite detailed innovative proposals for an inclusive and effective programme.'),
 (ABX, 'ni-notice', N, ABX_S + ': Award criteria', '90% Quality / 10% Price'),
]
OGL_HOSTS = ('finance-ni.gov.uk', 'communities-ni.gov.uk', 'northernireland.gov.uk', 'find-tender.service.gov.uk')
batch = Batch('public-texts-84.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice (`ocds:<ocid>`, as in
    # notices.jsonl), the two TheyWorkForYou pages of one oral answer, and every other page on its own.
    if (g := ocid_group(src)): return g
    if 'theyworkforyou.com/ni/?id=2021-11-16.3.' in src: return 'theyworkforyou.com/ni/2021-11-16.3 (living wage)'
    return src


batch.emit_lists('pub84', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
