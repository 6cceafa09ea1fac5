"""Write /work/batches/public-texts-53.jsonl: batch 61, MEASURE LISTS AND KPI TABLES. Social value measure lines as UK
public buyers and their partners publish them (the employment and skills KPIs of the National Skills Academy for
Construction's client-based approach that councils put in contractors' employment and skills plans, targeted
recruitment and training benchmarks, Northern Ireland's social clause model, Scottish councils' community benefit
wish lists that suppliers choose from), with hard negatives in the same shape: service KPI and performance indicator
tables from repairs, PFI/PPP housing and works contracts (satisfaction, repairs on time, complaints answered, gas
certificates, response times), benchmarking performance indicators of cleaning services, a landlord's own KPI list,
and the measurement and monitoring mechanics around social value measures (how outcomes are counted, evidence, review
meetings, eligibility, wish-list administration) that ask nothing of the supplier beyond reporting.

Sources: CITB's NSAfC toolkit page 'KPIs: meeting your targets' (two stored copies of one page) and its page on
contractor-led skills academies; Crawley Borough Council's Employment and Skills Plan template (dokumen.tips copy);
Hampshire County Council's employment and skills plans page for contractors; Richard Macfarlane's TR&T pages; the
Joseph Rowntree Foundation summary of 'Achieving community benefits through contracts' and a copy (1library.net) of
its report 'Tackling poverty through public procurement'; NICVA's page and news item on
its Social Clauses in Northern Ireland research; the Northern Ireland Assembly research briefing on implementing social
clauses (paperzz copy); Argyll and Bute Council's news item on its community benefit scheme; the Regional Economic
Development Scotland case study of Perth and Kinross Council's wish list; the Edinburgh Reporter on West Lothian's wish
list; a repairs contract's 'Appendix 1 - Incentivisation & KPIs' (yumpu copy); three pages of the 4ps/PPP housing
output specification templates (ppponline.affinitext.com); the Pendleton PFI output specification performance tables
(dokumen.tips copy); a balcony works contract's Section 7 KPIs (paperzz copy); APSE performance networks' building
cleaning indicators (pdfslide copy); Pine Court Housing Association's KPI page.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbers
dropped; where a PDF copy lost the space at a line break ('repairsservice') the space is put back, nothing else.
Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr). None of
these hosts is Crown copyright: all are short quotations.

  python3 test/corpus/make-public-53.py > /work/batches/public-texts-53.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, S, W, N


# CITB National Skills Academy for Construction (one page stored under two spellings of its address)
CIT = ('https://www.citb.co.uk/standards-and-delivering-training/National-Skills-Academy-for-Construction/'
       'How-to-do-it-NSAfC-toolkit/KPIs-meeting-your-targets/')
CIT2 = ('https://www.citb.co.uk/standards-and-delivering-training/national-skills-academy-for-construction/'
        'how-to-do-it-nsafc-toolkit/kpis-meeting-your-targets/')
CLA = ('https://www.citb.co.uk/standards-and-delivering-training/national-skills-academy-for-construction/'
       'what-is-the-national-skills-academy-for-construction/contractor-led-skills-academies/')
CRA = 'https://dokumen.tips/documents/employment-and-skills-plan-esp-invest-crawley.html'
HAN = 'https://www.hants.gov.uk/educationandlearning/hampshirefutures/employmenthub/skillsandplans/contractors'
# targeted recruitment and training, social clauses
RMI = 'http://rmacfarlane.co.uk/index.html'
RMT = 'http://rmacfarlane.co.uk/trandt.html'
JRF = 'https://www.jrf.org.uk/report/achieving-community-benefits-through-contracts-law-policy-and-practice'
NIR = 'http://www.nicva.org/resource/social-clauses-northern-ireland'
NIA = 'https://www.nicva.org/article/more-work-be-done-implementing-social-clauses-northern-ireland'
NIB = 'https://paperzz.com/doc/8805365/implementation-of-social-clauses-policy-in-northern-ireland'
TPP = 'https://1library.net/document/ynnl8k1y-tackling-poverty-through-public-procurement.html'
# Scottish community benefit wish lists
ARG = 'https://www.argyll-bute.gov.uk/news/2020/aug/council-procurement-scheme-benefit-community-projects'
PKC = 'https://regionaleconomicdevelopment.scot/case_studies/perth-and-kinross-council'
WLO = 'https://theedinburghreporter.co.uk/2025/03/new-online-noticeboard-matches-projects-to-suppliers'
# service KPI tables
YUM = 'https://yumpu.com/en/document/view/46870100/appendix-1-a-incentivisation-kpis-service-performance-repairs-'
PP1 = 'https://ppponline.affinitext.com/public/book?id=3153&toc_id=370299'
PP2 = 'https://ppponline.affinitext.com/public/book?id=3099&toc_id=853977'
PP3 = 'https://ppponline.affinitext.com/public/book?id=3151&toc_id=369719'
PEN = 'https://dokumen.tips/documents/schedule-1-part-2-output-specification-performance-tables.html'
BAL = 'https://paperzz.com/doc/6870848/section-7-kpis-and-performance-measurement-system'
APS = 'https://pdfslide.us/documents/performance-indicators-apse.html'
PIN = 'http://www.pinecourt-housing.org.uk/valueformoney/key-performance-indicators/'

CIT_S = 'National Skills Academy for Construction (CITB): KPIs: meeting your targets'
CIT_1 = CIT_S + ': KPI aim: The aim of this KPI is to provide meaningful insights into the construction sector through work placement opportunities for people:'
CIT_1M = CIT_S + ': KPI aim: Monitoring: Suggested evidence you may consider collecting includes:'
CIT_2 = CIT_S + ': KPI structure: This target measures the creation of onsite job opportunities lasting at least 1 month for:'
CIT_5 = CIT_S + ': KPI structure'
CIT_5L = CIT_5 + ': The KPI is divided into four reporting lines, for qualifications or short duration courses, between main contractors and subcontractors:'
CIT_5Q = CIT_5 + ': Qualifications could include:'
CLA_S = 'Contractor-led skills academies (CITB)'
CLA_K = CLA_S + ': Project and programme Approach: The KPIs cover:'
CRA_S = 'Employment and Skills Plan (ESP) - Crawley Borough Council'
CRA_K = CRA_S + ': KPI Summary (CBC to insert NSAfC Benchmark & Band): KPI Description'
HAN_S = 'Hampshire County Council: Employment and skills plans: contractors'
RMI_S = 'Targeted Recruitment & Training: Maximising social inclusion from local investment: Including TR&T requirements in contracts and agreements can:'
RMT_S = 'Richard Macfarlane: TR&T and Sustainable Development'
JRF_S = 'Achieving community benefits through contracts: law, policy and practice (Joseph Rowntree Foundation)'
NIR_S = 'Social Clauses in Northern Ireland (NICVA Centre for Economic Empowerment): Executive summary'
NIA_S = 'More work to be done on implementing social clauses in Northern Ireland (NICVA)'
TPP_S = 'Tackling poverty through public procurement (Richard Macfarlane with Anthony Collins Solicitors LLP, JRF, April 2014)'
TPP_P = TPP_S + ': Drawing on policy analysis and case studies this report shows that:'
NIB_S = 'Implementation of social clauses policy in Northern Ireland (NI Assembly Research and Information Service Briefing Paper 27/15): Key points'
ARG_S = 'Council procurement scheme to benefit community projects (Argyll and Bute Council)'
ARG_H = ARG_S + ': How does it work?'
PKC_S = 'Perth and Kinross Council: Community Benefits Wish List (Regional Economic Development case study)'
WLO_S = 'New online noticeboard matches projects to suppliers (West Lothian Community Benefit Wishlist)'
YUM_S = 'Appendix 1 - Incentivisation & KPIs: Service Performance: Repairs'
YUM_K = YUM_S + ': 2.00 Key Performance Indicators: Key Performance Indicator'
YUM_3 = YUM_S + ': 3.00 Key Performance Indicators & Incentivisation'
PP1_S = 'Housing PPP template output specification: KPI 1.1'
PP2_S = 'Housing PPP template output specification: KPI 1.7'
PP3_S = 'Housing PPP template output specification: General Notes to Using the Tenancy & Estate Management Standards'
PEN_S = 'Pendleton PFI Project: Schedule 1, Part 2 - Output Specification, Performance Tables: 1 Introduction'
BAL_S = 'Structural Support to Cantilevered Balconies: Section 7: Performance Indicators (PIs) and Performance Measurement System (PMS): 1.0 Performance Monitoring'
APS_S = 'APSE performance networks: Performance indicators Year 15: Building cleaning'
PIN_S = 'Pine Court Housing Association: Key Performance Indicators'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # CITB NSAfC KPIs: the employment and skills outcomes contractors agree to deliver
 (CIT, 'esp-kpi', U, EI, [], CIT_S, 'The KPIs outline what employment and skills outcomes you have agreed to deliver.'),
 (CIT, 'esp-kpi', U, EI, [], CIT_S + ': KPI aim', 'The aim of this KPI is to provide meaningful insights into the construction sector through work placement opportunities for people:'),
 (CIT, 'esp-kpi', U, EI, [], CIT_1, 'In education (KPI 1a) – students from schools (aged 14 and over), colleges and universities'),
 (CIT, 'esp-kpi', U, EI, [], CIT_1, 'Not in education (KPI 1b) – including individuals changing careers, on armed forces resettlement programmes, ex-offender rehabilitation schemes or via organisations such as the Princes Trust, Jobcentre Plus, Women into Construction, and local community bodies.'),
 (CIT, 'esp-kpi', U, EI, [], CIT_S + ': KPI structure', 'This target measures the creation of onsite job opportunities lasting at least 1 month for:'),
 (CIT, 'esp-kpi', U, EI, [], CIT_2, 'Apprentices (KPI 2a)'),
 (CIT, 'esp-kpi', U, EI, [], CIT_2, 'New entrants (KPI 2b) – previously unemployed or unskilled but normally undertaking some kind of training'),
 (CIT, 'esp-kpi', U, EI, [], CIT_2, 'Graduates (KPI 2c) – within 3 years of graduation.'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5, 'This target aims to encourage the upskilling and adequate qualification of the project workforce.'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5, 'It counts the number of accredited or approved qualifications or certificates achieved by personnel in relation to their work on the project.'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5L, 'qualifications – main contractor (KPI 5a)'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5L, 'qualifications – subcontractor (KPI 5b)'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5L, 'short duration courses – main contractor (KPI 5c)'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5L, 'short duration courses – sub contractor (KPI 5d).'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5Q, 'vocational awards and diplomas equivalent to Level 2 or above'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5Q, 'apprenticeship completions'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5Q, 'professional qualifications'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5Q, 'leadership and management courses, such as from the Institute of Leadership and Management'),
 (CIT2, 'esp-kpi', U, EI, [], CIT_5 + ': Short duration courses must be approved and last for at least 3 hours. They could include:', 'project-specific learning, such as on installation, products or technologies'),
 (CLA, 'esp-kpi', U, EI, [], CLA_K, 'work placements (in education)'),
 (CLA, 'esp-kpi', U, EI, [], CLA_K, 'work placements (not in education)'),
 (CLA, 'esp-kpi', U, EI, [], CLA_K, 'jobs created by NSAfC projects (apprentices, graduates, new recruits)'),
 (CLA, 'esp-kpi', U, EI, [], CLA_K, 'construction curriculum information, advice and guidance events'),
 # Crawley Borough Council's ESP template: KPI summary lines
 (CRA, 'esp-kpi', U, EI, [], CRA_K, 'Work Placements - persons (Total of 1a plus 1b)'),
 (CRA, 'esp-kpi', U, EI, [], CRA_K, 'Jobs created by NSAfC projects (new entrants) (Total of 2a, 2b and 2c)'),
 (CRA, 'esp-kpi', U, EI, [], CRA_K, 'Construction Careers Information, Advice and Guidance Events'),
 (CRA, 'esp-kpi', U, EI, [], CRA_K, 'Training Weeks on Site (Total of 4a, 4b and 4c)'),
 (CRA, 'esp-kpi', U, EI, [], CRA_K, 'Qualifying the Workforce – project workforce (Total of 5a, 5b, 5c and 5d)'),
 (CRA, 'esp-kpi', U, EI, [], CRA_K, 'Training Plans'),
 # Hampshire County Council: ESPs in its procurement frameworks
 (HAN, 'esp-kpi', U, EI, [], HAN_S + ': What is an Employment and Skills Plan?', 'These cover work experience, jobs, apprenticeships, construction careers information, training and case studies and have been endorsed by the National Construction Skills Academy Group.'),
 (HAN, 'esp-kpi', U, EI, [], HAN_S + ': How we work with Contractors', 'Employment and Skills plans (ESP) form an important part of Hampshire County Council’s procurement frameworks.'),
 # targeted recruitment and training: benchmarks and aims
 (RMI, 'trt-policy', U, EI, [], RMI_S, 'Maximise jobs for disadvantaged groups from public and private investment;'),
 (RMI, 'trt-policy', U, EI, [], RMI_S, 'Provide business opportunities for small and medium-sized enterprises;'),
 (RMT, 'trt-policy', U, EI, [], RMT_S, 'However, the `base line` benchmark is 52 weeks of employment for a `new entrant trainee` per £1m in contract value – excluding any payments for land and professional services.'),
 (JRF, 'trt-policy', U, EI, [], JRF_S, 'To make employment, training and other ‘community benefits’ key outcomes of public expenditure programmes, they need to be incorporated into the specification of what is being purchased or funded.'),
 # Northern Ireland social clauses
 (NIR, 'trt-policy', N, EI, [], NIR_S + ': Conclusions and Recommendations', 'This is due to the work of Central Procurement Directorate (CPD) working mainly with the construction sector and getting agreement on a model for including apprenticeships and Steps to Work placements as part of all construction contracts.'),
 (NIA, 'trt-policy', N, EI, [], NIA_S, 'Their main aim is to provide employment opportunities for the long term unemployed.'),
 (NIB, 'trt-policy', N, MU, [], NIB_S, 'The Northern Ireland Executive has made a clear policy commitment to the use of social clauses in the Programme for Government 2011-15;'),
 # Scottish community benefit wish lists suppliers choose from
 (ARG, 'cb-wishlist', S, MU, [], ARG_S, 'The new process enables contractors and suppliers appointed by the council to choose from a list of proposed community benefits, that community groups have identified, as part of the tender.'),
 (ARG, 'cb-wishlist', S, WB, [], ARG_S, 'The Community Benefit Scheme can include a range of benefits including anything from additional volunteering hours to help create raised beds, supporting fundraising towards a new minibus, providing building or decorating materials and help with planting or weeding.'),
 (ARG, 'cb-wishlist', S, MU, [], ARG_H, 'As part of the tender award any contract worth over £200,000 must include a community benefit'),
 (ARG, 'cb-wishlist', S, MU, [], ARG_H, 'If the tender award is under £200,000, contractors and suppliers can still choose from the wish list'),
 (PKC, 'cb-wishlist', S, MU, [], PKC_S, 'It is part of their Sustainable Procurement Policy, for PKC to ask suppliers to work in partnership with them to support local communities in a real and sustainable way.'),
 (PKC, 'cb-wishlist', S, WB, ['economic-inequality'], PKC_S, 'This may be sponsorship, donations of material or labour, presentations, work experience placements and any other community related help.'),
 (WLO, 'cb-wishlist', S, WB, [], WLO_S, 'From 1 February local suppliers can fulfil requests from local community groups that are placed on the Community Wish List as part of the delivery of community benefits aligned to the contract awarded.'),
 (WLO, 'cb-wishlist', S, WB, [], WLO_S, 'Requests can be for a broad range of things, including direct funding, professional support, donations of material, volunteer time and donation of goods and services.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # CITB NSAfC KPIs: how outcomes are counted, evidenced and reported
 (CIT, 'esp-kpi', U, CIT_S, 'These and any other targets you have set should be laid out in your employment and skills plan.'),
 (CIT, 'esp-kpi', U, CIT_S + ': KPI aim', 'You decide how to divide the total target figure between the two groups, and report separately on each group.'),
 (CIT, 'esp-kpi', U, CIT_S + ': KPI aim', 'Work placements must last at least 5 consecutive or non-consecutive days.'),
 (CIT, 'esp-kpi', U, CIT_S + ': KPI aim', 'Each completed work placement represents 1 outcome.'),
 (CIT, 'esp-kpi', U, CIT_1M, 'Written confirmation from the learning provider or employer of an individual’s participation'),
 (CIT2, 'esp-kpi', U, CIT_5, 'The KPI is divided into four reporting lines, for qualifications or short duration courses, between main contractors and subcontractors:'),
 (CIT2, 'esp-kpi', U, CIT_5, 'You decide how to divide the total target figure between the four groups, and report separately on each group.'),
 (CIT2, 'esp-kpi', U, CIT_5, 'Each achievement represents 1 outcome.'),
 (CLA, 'esp-kpi', U, CLA_S + ': Project and programme Approach', 'Contractors can apply for skills academy status for a single project or a programme of projects.'),
 (CLA, 'esp-kpi', U, CLA_S + ': Project and programme Approach', 'A single project should last a minimum of two years and reach a value of £50m per project year.'),
 (CLA, 'esp-kpi', U, CLA_S + ': Project and programme Approach', 'The PSC co-ordinates and monitors the outcomes against key performance indicators (KPIs) set out in the project/programme employment and skills plan (ESP).'),
 (CRA, 'esp-kpi', U, CRA_S + ': 1. Objectives of the Employment and Skills Plan', 'Crawley Borough Council adopted the National Skills Academy for Construction programme in partnership with the Construction Industry Training Board (CITB).'),
 # Hampshire: the council team's support and the review meetings
 (HAN, 'esp-kpi', U, HAN_S + ': What is an Employment and Skills Plan?', 'The Client Based Approach (CBA) is used to monitor progress against 7 Key Performance Indicators (KPIs).'),
 (HAN, 'esp-kpi', U, HAN_S + ': How we work with Contractors', 'Skills and Participation works closely with the main contractors to put together an Employment and Skills plan before construction starts.'),
 (HAN, 'esp-kpi', U, HAN_S + ': How we work with Contractors', 'Once construction has started, quarterly review meetings are arranged.'),
 # TR&T and social clauses: procurement law, process and monitoring
 (RMI, 'trt-policy', U, RMI_S, 'Maintain \'a level playing field\' in competitive tendering;'),
 (RMI, 'trt-policy', U, RMI_S, 'Ensure compliance with UK and EC procurement policy and rules;'),
 (RMT, 'trt-policy', U, RMT_S, 'The reduction of car-based commuting is a key strategy in sustainable development and related Planning policies.'),
 (JRF, 'trt-policy', U, JRF_S + ': Summary', 'Contrary to common perceptions, the inclusion of community benefits in procurement is not prohibited by either the Government\'s policy or the EC rules.'),
 (JRF, 'trt-policy', U, JRF_S + ': Summary', 'To comply with the policy and legal framework, the community benefit requirements must be part of the core purpose of the contract and must provide a benefit to the authority at award stage.'),
 (TPP, 'trt-policy', U, TPP_P, 'including these social issues in public procurement is compatible with UK and EU procurement and value-for-money policies;'),
 (TPP, 'trt-policy', U, TPP_P, 'there is a lot of good practice that can be followed;'),
 (NIR, 'trt-policy', N, NIR_S + ': Terms of Reference', 'Commentary on the monitoring systems and procedures regarding the implementation of social clauses; and'),
 (NIR, 'trt-policy', N, NIR_S + ': Methodology', 'Based on the findings and in conjunction with the CEE a small selection of ‘live’ service, supply and construction contracts were selected and recommendations for incorporating and monitoring social clauses in public sector procurement were developed.'),
 (NIA, 'trt-policy', N, NIA_S, 'Monitoring systems should become focused on measuring outcomes achieved for individuals and communities, rather than simply counting the number of people who have taken part in placement or apprenticeship schemes.'),
 (NIB, 'trt-policy', N, NIB_S, 'The Department of Finance and Personnel has provided figures for the number of placements and apprenticeships provided through social clauses in Northern Ireland.'),
 # wish lists: how community groups apply and how the list is run
 (ARG, 'cb-wishlist', S, ARG_H, 'Community groups will be asked to apply online for requests for help with projects in their local area'),
 (ARG, 'cb-wishlist', S, ARG_S, 'Communities are being urged to complete an online application form detailing the support that they would like to be considered.'),
 (PKC, 'cb-wishlist', S, PKC_S, 'Local communities can add to the wish list using PKC’s online community benefits wish list form, explaining what they need.'),
 (PKC, 'cb-wishlist', S, PKC_S, 'A list of all current requests on the wish list is published on PKC’s procurement pages, alongside an interactive map showing the location of the requests.'),
 (WLO, 'cb-wishlist', S, WLO_S, 'It works like a traditional community noticeboard, and more than a dozen local Third Sector groups have posted requests for help already.'),
 # repairs contract KPIs and incentivisation
 (YUM, 'service-kpi', U, YUM_K, 'Percentage of properties with a valid Landlord Gas Safety Certificate'),
 (YUM, 'service-kpi', U, YUM_K, 'Percentage of tenants satisfied with the repairs service'),
 (YUM, 'service-kpi', U, YUM_K, 'Quality inspection pass rate'),
 (YUM, 'service-kpi', U, YUM_3, 'The Client is interested in measuring the final output of what the Service Provider does and the impact this has on residents.'),
 (YUM, 'service-kpi', U, YUM_3, 'The KPIs are the most significant measures and are designed to monitor the performance of the Service Provider at the highest level.'),
 (YUM, 'service-kpi', U, YUM_3, 'Moreover, the performance against the KPIs will be used to drive an incentivisation mechanism as shown below.'),
 # housing PPP template output specifications
 (PP1, 'service-kpi', U, PP1_S, 'The percentage of Tenanted Dwellings have not had a completed tenancy audit within the previous five years'),
 (PP1, 'service-kpi', U, PP1_S + ': Specific Requirement per OS', 'Undertake "tenancy audits" of all rented dwellings in the portfolio at a frequency of [5] years for each dwelling.'),
 (PP2, 'service-kpi', U, PP2_S, 'The percentage of Stage 1 complaints responded to within [5] working days of receipt'),
 (PP3, 'service-kpi', U, PP3_S, 'Rent collection is wholly the responsibility and risk of the Contractor on non-HRA schemes.'),
 (PP3, 'service-kpi', U, PP3_S, 'The following KPIs are drafted with non-HRA schemes in mind, as the majority of Extra Care schemes fall into this category.'),
 # Pendleton PFI performance tables
 (PEN, 'service-kpi', U, PEN_S, 'These Property Management Standards and Service Performance Standards are based on Model 10 within the Housing PFI Procurement Pack (November 2004) as produced by the 4Ps and the ODPM (now DCLG), but have been refined in appropriate areas to be specific to Pendleton.'),
 (PEN, 'service-kpi', U, PEN_S, 'The Property Management Standards, Service Performance Standards and Common Parts & Common Area acceptance requirements reflect the Authority’s desire for the PFI to deliver Dwellings, Properties, Common Areas and Services to excellent standards and for the Contractor to be in the upper quartile of service providers.'),
 # balcony works contract KPIs
 (BAL, 'service-kpi', U, BAL_S + ': 1.1 Introduction', 'This Appendix sets out the performance measurement process that will be applied to the works under this Contract.'),
 (BAL, 'service-kpi', U, BAL_S + ': 1.2 Objectives: Further, the measurement of works delivery will enable the Employer to:', 'Provide relevant management information to the Employer with a view to providing tangible continuous improvement in the provision and performance of the works.'),
 (BAL, 'service-kpi', U, BAL_S + ': Response Times: Priority one: Required Action/Response time', 'Make safe any hazardous defects and as a minimum complete first fix within 30 minutes of attendance.'),
 # APSE building cleaning performance indicators
 (APS, 'service-kpi', U, APS_S + ': Key performance indicators', 'PI 22 Customer satisfaction surveys'),
 (APS, 'service-kpi', U, APS_S + ': Key performance indicators', 'PI 20a Staff absence (front-line staff)'),
 (APS, 'service-kpi', U, APS_S + ': Key performance indicators', 'PI 16 Total square metres (excluding outdoor areas) cleaned per FTE employee'),
 # a landlord's own KPIs
 (PIN, 'service-kpi', U, PIN_S, 'Average number of days to complete a repair (target = 5 days)'),
 (PIN, 'service-kpi', U, PIN_S, '% of tenants satisfied with repairs (target = 95%)'),
 (PIN, 'service-kpi', U, PIN_S, '% of lettings to ethnic minority tenants (target = 50%)'),
 (PIN, 'service-kpi', U, PIN_S, '% of dwellings meeting the Decent Homes Standard (target = 100%)'),
]
batch = Batch('public-texts-53.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the two stored spellings of CITB's KPI
    # page, Richard Macfarlane's TR&T pages, each PPP template book.
    if src in (CIT, CIT2): return 'citb.co.uk/nsafc-kpis-meeting-your-targets'
    if 'rmacfarlane.co.uk' in src: return 'rmacfarlane.co.uk'
    if 'ppponline.affinitext.com' in src: return 'ppponline.affinitext.com/book-' + src.split('id=')[1].split('&')[0]
    return src
batch.emit_lists('pub53', R, NEG, group_of)
