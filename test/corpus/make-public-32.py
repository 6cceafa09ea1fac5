"""Write /work/batches/public-texts-32.jsonl: batch 32, social value MEASURE LINES and MENUS as UK public bodies publish
them for bidders (TOMs-style themes and measures, councils' own social value menus and outcome lists, community benefit
menus in Scotland, Wales and Northern Ireland, NHS and university social value asks), from documents the corpus did not
yet hold, with hard negatives from the same documents: the guidance beside the menus (definitions, proxy values and
how measures are valued, evidence and reporting, thresholds and weightings, how bidders submit, councils' own
performance indicators).

Sources: Shropshire Council's social value pages (what is social value, measuring social value, commissioning FAQs),
Solihull Council's social value page, Knowsley Council's About Social Value page, STAR Procurement's social value pages
(supplier guidance and What We Do), Lancashire County Council's social value definitions, the HE TOMs introduction as
published by NWUPC and LUPC, the Leicestershire Universities Partnership page on social value through procurement,
Surrey County Council's social value pages (what it is, policy, guidance for procurement, action plan 2021-2023), the
Innovation Exchange's Scottish Borders Council community benefits page, Neath Port Talbot Council's social value page,
Pembrokeshire County Council's procurement strategy 2023-27 (social value), Buy Social NI's general and contract
managers' FAQs and home page, Perth and Kinross third sector interface's community benefits guide, Telford & Wrekin
Council's scrutiny minute on social value, Liverpool University Hospitals NHS FT's social value page, the Lower Thames
Crossing skills, education and employment strategy (monitoring data), West Dunbartonshire Council's performance page
and the Improvement Service's ECON4 indicator (council indicators: negatives), Newcastle City Council's equality in
procurement page, the Greater Manchester PCC's social value page, Glasgow City Council's community benefits
"In the Spotlight" page, the Social Value Portal's Global Goals page and the opening of the TOMs Measures Handbook 2021.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, a long
item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). None of the hosts is a Crown host on the OGL list, so every text is a short quotation.

  python3 test/corpus/make-public-32.py > /work/batches/public-texts-32.jsonl
"""
from batch import Batch, Q, EI, CL, EO, WB, MU, CV, ID, U, S, W, N


SHW = 'https://www.shropshire.gov.uk/social-value/what-is-social-value/'
SHM = 'https://www.shropshire.gov.uk/social-value/measuring-social-value/'
SHF = 'https://next.shropshire.gov.uk/social-value/commissioning-social-value-faqs'
SHF2 = 'https://new.shropshire.gov.uk/social-value/commissioning-social-value-faqs/'
SOL = 'https://www.solihull.gov.uk/business/social-value'
KNW = 'https://knowsley.gov.uk/business-licences-and-consumers/procurement-and-contracting/social-value/about-social-value'
STAR = 'https://www.star-procurement.gov.uk/Suppliers/social-value.aspx'
STW = 'https://star-procurement.gov.uk/Suppliers/Social-Value-What-We-Do.aspx'
LAD = 'https://www.lancashire.gov.uk/business/social-value/definitions/'
HET = 'https://nwupc.ac.uk/news/introducing-the-he-toms-higher-education-themes-outcomes-and-measures'
HEL = ('https://www.lupc.ac.uk/news-events/newsarticle/'
       'show-me-the-money--measuring-monitoring-and-reporting-social-value-in-your-contracts')
UPL = 'https://universitiespartnership.org/social-value-through-procurement'
SRY = 'https://www.surreycc.gov.uk/business/supplying-the-council/social-value-and-procurement/social-value/'
SUR = SRY + 'what-is-it'
SUP = SRY + 'what-is-it/policy'
SUA = SRY + 'what-is-it/action-plan-2021-2023'
SUG = SRY + 'get-involved/social-value-guidance-for-procurement'
SBX = 'http://www.innovationexchange.scot/sbc-community-benefits.html'
NPT = 'https://businessinneathporttalbot.com/skills-and-training/social-value/'
PEM = 'https://cms.pembrokeshire.gov.uk/procurement-strategy-2023-27/social-value'
BSF = 'https://buysocialni.org/site-pages/faqs/'
BSM = 'https://buysocialni.org/contract-managers/contract-managers-faqs/'
BSR = 'https://buysocialni.org/'
TSP = 'https://www.thirdsectorpk.org.uk/support/community-benefits/'
TEL = 'https://democracy.telford.gov.uk/mgAi.aspx?ID=8314'
UHL = 'https://uhliverpool.nhs.uk/luhft-staff/sustainability/anchor-institution/social-value'
LTC = 'http://online.flipbuilder.com/ymfx/qxps/files/basic-html/page39.html'
WDC = ('https://west-dunbarton.gov.uk/council/our-performance/historical-performance-information/'
       'council-performance-202122/priority-1')
ISE = 'http://www.improvementservice.org.uk/benchmarking/indicators/econdev4.html'
NCL = 'https://www.newcastle.gov.uk/business/tenders-contracts-and-procurement/equality-in-procurement'
GMP = 'https://www.gmpcc.org.uk/about/how-we-work/social-value/'
GLA = 'https://glasgow.gov.uk/article/5975/In-the-Spotlight'
SVG = 'http://socialvalueportal.com/global-goals-national-toms/'
TMH = 'https://www2.slideshare.net/safaraz/toms-handbook-and-toms-framework'

SHW_S = 'Shropshire Council: What is social value?'
SHW_L = SHW_S + ': Social value can come in many forms. For example:'
SHM_S = 'Shropshire Council: Measuring social value'
SHF_S = 'Shropshire Council: Commissioning social value - FAQs'
SOL_S = 'Solihull Council: Social value'
SOL_T = SOL_S + ': How do we measure social value?: The TOMs measure delivery of social value under the following headings:'
KNW_S = 'Knowsley Council: About Social Value'
KNW_A = KNW_S + ': Social Value can be split into three areas'
STAR_S = 'STAR Procurement: Social Value'
STAR_L = (STAR_S + ': What is Social Value?: If you are bidding for public sector contracts, consider what you can offer '
          'in addition to what is required within the contract itself, such as:')
STW_S = 'STAR Procurement: Social Value: What We Do'
LAD_S = 'Lancashire County Council: Social value: Definitions'
HET_S = 'Introducing the HE TOMs (Higher Education Themes, Outcomes and Measures)'
HET_T = HET_S + ': The Background: For the HE TOMs, social value is separated into four key areas, the THEMES:'
UPL_S = 'Universities Partnership (Leicestershire): Social Value Through Procurement'
SUR_S = 'Surrey County Council: What is social value?'
SUP_S = 'Surrey County Council: Social value policy'
SUA_S = 'Surrey County Council: Social value action plan 2021 – 2023'
SUG_S = 'Surrey County Council: Social value guidance for procurement'
SBX_S = 'Innovation Exchange: Community Benefits (Scottish Borders Council)'
SBX_L = SBX_S + ': There are many potential areas of opportunity, such as:'
NPT_S = 'Neath Port Talbot Council: Social Value'
NPT_L = NPT_S + ': These can be through:'
PEM_S = 'Pembrokeshire County Council: Procurement Strategy 2023-27: Social Value'
PEM_T = PEM_S + ': Themes, Outcomes and Measures (TOMS)'
BSF_S = 'Buy Social NI: General FAQs: Who is a New Entrant Trainee?: A New Entrant Trainee is one of the following:'
BSM_S = 'Buy Social NI: Contract Managers FAQs: What is Buy Social?: These initiatives can include:'
BSR_S = 'Buy Social NI: Buy Social is about delivering real benefits to communities'
TSP_S = 'Perth & Kinross Third Sector Interface: Community Benefits'
TSP_E = TSP_S + ': What benefits can be delivered for the third sector?: Economic wellbeing: May include:'
TSP_C = TSP_S + ': What benefits can be delivered for the third sector?: Social wellbeing: May include:'
TEL_S = 'Telford & Wrekin Council: Scrutiny: Procurement Update - Social Value'
UHL_S = 'Liverpool University Hospitals NHS Foundation Trust: Anchor institution: Social value'
LTC_S = ('Lower Thames Crossing — skills, education & employment strategy: 7.3 Section 106: Figure 14: SEE monitoring '
         'data')
WDC_S = 'West Dunbartonshire Council: Council performance 2021/22: Priority 1: Outcomes: What we will measure'
ISE_S = 'Improvement Service: ECON 4: Percentage of procurement spent on local small/medium enterprises'
NCL_S = 'Newcastle City Council: Equality in procurement: Social Value'
NCL_T = (NCL_S + ': the Council is legally required to consider the Social Value implications of anything it buys that '
         'costs more than:')
GMP_S = 'Greater Manchester Police and Crime Commissioner: Social value'
GLA_S = 'Glasgow City Council: In the Spotlight'
SVG_S = 'Social Value Portal: How can the National TOMs contribute to the Global Goals?: How we measure social value'
TMH_S = 'TOMs Measures Handbook 2021: Important Notice'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Shropshire: what social value can be
 (SHW, 'council-menu', U, EI, [], SHW_L, 'New jobs created for Shropshire residents'),
 (SHW, 'council-menu', U, EI, [], SHW_L, 'The amount of money or percentage of turnover that businesses or organisations spend in the local supply chain'),
 (SHW, 'council-menu', U, EI, [], SHW_L, 'Inward investment to Shropshire'),
 (SHW, 'council-menu', U, WB, [], SHW_L, 'Volunteering opportunities'),
 (SHW, 'council-menu', U, WB, ['climate'], SHW_L, 'Contributions to or support for local community-based initiatives, for example environmental cleanliness schemes or tackling crime and anti-social behaviour'),
 (SHW, 'council-menu', U, WB, [], SHW_L, 'Supporting community groups'),
 # Solihull: TOMs headings and what it wants from suppliers
 (SOL, 'council-menu', U, MU, [], SOL_S + ': What is Solihull’s approach to social value?', 'We want to create positive outcomes for society, beyond the initial requirements of our contracts.'),
 (SOL, 'council-menu', U, WB, [], SOL_S + ': What is Solihull’s approach to social value?: We also want our public services to be delivered by organisations that value:', 'the wellbeing of their employees'),
 (SOL, 'toms-themes', U, EI, [], SOL_T, 'Promoting local skills and employment (Jobs)'),
 (SOL, 'toms-themes', U, EI, [], SOL_T, 'Supporting growth of responsible regional business (Business)'),
 (SOL, 'toms-themes', U, WB, [], SOL_T, 'Creating healthier, safer and more resilient communities (Social)'),
 (SOL, 'toms-themes', U, CL, [], SOL_T, 'Protecting and improving our environment (Environment)'),
 (SOL, 'toms-themes', U, MU, [], SOL_T, 'Promoting social innovation (Innovation)'),
 # Knowsley: three areas
 (KNW, 'council-menu', U, WB, ['equal-opportunity'], KNW_A + ': Social', 'This includes volunteering in the community, hosting community events in local businesses, and flexible working for staff.'),
 (KNW, 'council-menu', U, EI, [], KNW_A + ': Economic', 'This includes activities such a work placement, creating apprenticeships and jobs in the borough, employing local people, using local suppliers, and providing resources and advice for young people.'),
 (KNW, 'council-menu', U, CL, [], KNW_A + ': Environmental', 'This means we will reduce our energy, water, and carbon usage.'),
 (KNW, 'council-menu', U, CL, ['wellbeing'], KNW_A + ': Environmental', 'We will support improvements and maintaining of our public spaces and parks along with using sustainable products and materials.'),
 # STAR Procurement: what bidders could offer
 (STAR, 'council-menu', U, MU, [], STAR_S + ': What is Social Value?', 'If you are bidding for public sector contracts, consider what you can offer in addition to what is required within the contract itself, such as:'),
 (STAR, 'council-menu', U, WB, [], STAR_L, 'Volunteering in the community'),
 (STAR, 'council-menu', U, EI, [], STAR_L, 'Hosting work placements'),
 (STAR, 'council-menu', U, CL, [], STAR_L, 'Reducing energy use and carbon emissions'),
 (STAR, 'council-menu', U, WB, [], STAR_L, 'Hosting community events at your business'),
 (STAR, 'council-menu', U, EI, [], STAR_L, 'Employing local people and spending with local suppliers'),
 (STAR, 'council-menu', U, WB, ['climate'], STAR_L, 'Supporting improvements to public spaces and parks'),
 (STAR, 'council-menu', U, WB, ['equal-opportunity'], STAR_L, 'Flexible working policies for staff'),
 (STAR, 'council-menu', U, EI, [], STAR_L, 'Mentoring and providing career advice to young people'),
 (STAR, 'council-menu', U, CL, [], STAR_L, 'Using sustainable products and materials'),
 # HE TOMs themes
 (HET, 'toms-themes', U, EI, [], HET_T, 'Jobs: Promote local Skills and Employment'),
 (HET, 'toms-themes', U, EI, [], HET_T, 'Growth: Supporting Growth of Responsible Regional Business'),
 (HET, 'toms-themes', U, WB, [], HET_T, 'Social: Healthier Safer and More Resilient Communities'),
 (HET, 'toms-themes', U, CL, [], HET_T, 'Environment: Decarbonising and Safeguarding our world'),
 # Surrey: priorities and examples
 (SUR, 'council-menu', U, MU, [], SUR_S, 'We expect our suppliers and contractors to deliver these alongside us (see our social value priority areas 2021 to 2026).'),
 (SUR, 'council-menu', U, EI, [], SUR_S + ': The Surrey County Council four priority objectives are:', 'Growing a sustainable economy so everyone can benefit'),
 (SUR, 'council-menu', U, WB, [], SUR_S + ': The Surrey County Council four priority objectives are:', 'Tackling health inequalities'),
 (SUR, 'council-menu', U, CL, [], SUR_S + ': The Surrey County Council four priority objectives are:', 'Enabling a greener future'),
 (SUR, 'council-menu', U, WB, [], SUR_S + ': The Surrey County Council four priority objectives are:', 'Empowered and thriving communities'),
 (SUR, 'council-menu', U, WB, [], SUR_S + ': We can create this additional value by volunteering our time in or outside of the workplace, by:', 'Sharing our building space and equipment'),
 (SUP, 'council-policy', U, MU, [], SUP_S, 'This might mean, for example, sharing building space with community groups, purchasing equipment made using recycled materials, providing free business advice to local businesses and charities, or enabling young adults with additional needs to find long-term employment.'),
 # Scottish Borders Council: community benefit areas
 (SBX, 'cb-menu', S, EI, [], SBX_L, 'Targeted Training and Recruitment – promoting skills and labour/ apprenticeships;'),
 (SBX, 'cb-menu', S, EI, [], SBX_L, 'Business Supply Chain Initiatives – supplier engagement/supply chain opportunities;'),
 (SBX, 'cb-menu', S, WB, [], SBX_L, 'Working with the Third Sector – support for voluntary groups;'),
 (SBX, 'cb-menu', S, WB, [], SBX_L, 'Community Engagement – volunteering days/supporting community groups;'),
 (SBX, 'cb-menu', S, EI, [], SBX_L, 'Education – work/school placements/career path support;'),
 (SBX, 'cb-menu', S, WB, ['climate'], SBX_L, 'Support for Community Initiatives – environmental improvements/grant schemes.'),
 (SBX, 'cb-menu', S, EI, [], SBX_S, 'Working with our Employability Service, our Tyre Management Services contract with a local suppler initially delivered three work experience placements and through this has subsequently secured two apprenticeships for local young people.'),
 # Neath Port Talbot
 (NPT, 'council-menu', W, WB, [], NPT_L, 'Social benefits that deliver positive outcomes for individuals and/or communities'),
 (NPT, 'council-menu', W, EI, [], NPT_L, 'Economic benefits that strengthen a workforce, industry, sector and/or the economy'),
 (NPT, 'council-menu', W, CL, [], NPT_L, 'Environmental benefits that result in protection or enhancement of the environment, e.g. carbon reduction or nature protection.'),
 # Buy Social NI
 (BSM, 'cb-menu', N, EI, [], BSM_S, 'work placements for people facing disadvantage'),
 (BSM, 'cb-menu', N, EI, [], BSM_S, 'skills development for existing employees'),
 (BSM, 'cb-menu', N, EI, [], BSM_S, 'opportunities for Social Enterprises/SME’s in the supply chain'),
 (BSM, 'cb-menu', N, EO, [], BSM_S, 'initiatives which encourage fair work practices'),
 (BSM, 'cb-menu', N, EI, [], BSM_S, 'business in education activities'),
 (BSM, 'cb-menu', N, WB, ['equal-opportunity'], BSM_S, 'digital inclusion projects.'),
 (BSR, 'cb-menu', N, EI, [], BSR_S + ': These benefits include:', 'Targeted recruitment and training for people who are long-term unemployed and leaving education'),
 (BSR, 'cb-menu', N, EO, [], BSR_S + ': These benefits include:', 'Opportunities for people with disability or learning difficulties'),
 (BSR, 'cb-menu', N, EI, [], BSR_S + ': These benefits include:', 'Working with schools and colleges to enrich the curriculum'),
 # Perth & Kinross TSI: what community benefits suppliers can deliver
 (TSP, 'cb-menu', S, EI, [], TSP_E, 'Provision of work experience opportunities or apprenticeships for disadvantaged groups'),
 (TSP, 'cb-menu', S, EI, [], TSP_E, 'Support for social enterprise development'),
 (TSP, 'cb-menu', S, EI, [], TSP_E, 'Lifelong learning, training, and skills development for community members'),
 (TSP, 'cb-menu', S, WB, [], TSP_C, 'Resources to support the work of organisations and volunteers (e.g., materials, equipment, supplies, volunteering hours)'),
 (TSP, 'cb-menu', S, WB, [], TSP_C, 'Access to arts or leisure opportunities'),
 # NHS: Liverpool University Hospitals
 (UHL, 'nhs-sv', U, MU, [], UHL_S, 'This means that along with cost and quality of the service, suppliers are also assessed against social value criteria, such as how they are reducing their carbon emissions, their polices and producers on modern slavery in their supply chain, how they support their staff health and wellbeing and work they do to support charities and local small businesses.'),
 # Lower Thames Crossing: SEE monitoring measures
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Create new jobs', '# newly employed job starts'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Support business growth', '£ spent with SMEs'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Support business growth', '# supply chain workshops'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Deliver a skills legacy', '# new apprentices'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Deliver a skills legacy', '# industry skills qualifications'),
 (LTC, 'measure-lines', U, EI, ['climate'], LTC_S + ': Deliver a skills legacy', '# green skills training'),
 (LTC, 'measure-lines', U, CL, [], LTC_S + ': Deliver a skills legacy', '# carbon literacy courses'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Inspire future careers', '# hours of school engagement'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Inspire future careers', '# work placement weeks'),
 (LTC, 'measure-lines', U, EI, [], LTC_S + ': Inspire future careers', '# T Level placements'),
 (LTC, 'measure-lines', U, EO, ['economic-inequality'], LTC_S + ': Inspire future careers', '# hours of SEND support'),
 # Greater Manchester PCC
 (GMP, 'council-policy', U, MU, [], GMP_S + ': The policy', 'The policy requires Tony’s office, and our suppliers, to take responsibility for what is commissioned and procured, and to ethically and legally support us in delivering our social value priorities.'),
 # Glasgow: community benefits delivered
 (GLA, 'cb-outcome', S, WB, [], GLA_S + ': Community Benefits Outcome Community Engagement - Supplier Financial Donation', 'As part of the contract Brake Bros had agreed to provide Community Benefits in the form of a financial donation.'),
 (GLA, 'cb-outcome', S, EI, [], GLA_S + ': Community Benefits Outcome - Apprenticeship - Civil Engineering', 'Mott McDonald advertised for an additional apprentice.'),
 # Social Value Portal: National TOMs themes
 (SVG, 'toms-themes', U, MU, [], SVG_S, 'The five Themes are: Promote Local Skills and Employment; Supporting Growth of Responsible Regional Business; Healthier, Safer and more Resilient Communities; Protecting and Improving Our Environment; Promoting Social Innovation.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (SHM, 'council-guidance', U, MU, [], SHM_S, 'Commissioners will usually set out their requirements for social value in a service specification, and will wish to capture the social value being generated by a supplier through their contract monitoring arrangements.'),
 (SHF2, 'council-guidance', U, MU, [], SHF_S + ': Commissioners - where do we start?', 'We can, and should, define social value outcomes in procurement documentation and service specifications, and should apply a weighting for social value when evaluating tenders.'),
 (SOL, 'council-guidance', U, MU, [], SOL_S + ': What is Solihull’s approach to social value?', 'Social value must be delivered within 15 miles of Solihull Town Centre.'),
 (SOL, 'council-guidance', U, MU, [], SOL_S + ': How do we include this in our contracts?', 'We currently include a social value element of between 5 and 20% in all contracts we have with suppliers that are over £50k.'),
 (SOL, 'council-guidance', U, MU, [], SOL_S + ': How do we measure social value?', 'We measure the social value created on our contracts using the national TOMs Framework.'),
 (KNW, 'council-guidance', U, MU, [], KNW_A, 'Social Value can be either a mandatory part of the contract specification or an additional initiative proposed and implemented by the supplier.'),
 (STW, 'council-guidance', U, MU, [], STW_S, 'All contracts with a value in excess of £25k have social value considered before the procurement exercise commences, and where possible we ensure it is captured and forms part of the contract award process.'),
 (STW, 'council-guidance', U, MU, [], STW_S, 'In addition, we also use the Social Value Portal for nearly all contracts with a value in excess of £50k to gain measurable and reportable Social Value commitments from bidders that match against the TOMs framework (TOMs (Themes, Outcomes, Measures) is a national measurement framework that provides a minimum reporting standard for measuring social value across the UK.)'),
 (UPL, 'university-guidance', U, MU, [], UPL_S, 'Leicestershire’s three universities use the Social Value Portal (SVP) to gain measurable (£) social value commitments from bidders when inviting tenders for select contracts.'),
 (UPL, 'university-guidance', U, MU, [], UPL_S, 'Whilst bidders can devise their own types of social value commitments when tendering, using the national Themes-Outcomes-Measures (TOMs), the universities have identified 34 types of social value commitments from the hundreds that make up the TOMS, that most speak to our aims and ambitions.'),
 (PEM, 'council-guidance', W, MU, [], PEM_T, 'To help organisations measure social value in procurement exercises the Welsh TOMS have been developed by the WLGA and the Office for the Future Generations Commissioner for Wales.'),
 (TSP, 'cb-guidance', S, MU, [], TSP_S + ': What are community benefits?', 'Community benefit requirements must be considered for contracts over £4 million and are requested in most large contracts let by the public sector, including the NHS and local councils .'),
 (TEL, 'council-guidance', U, MU, [], TEL_S, 'The Team Leader explained how social value is delivered through ‘pledges’ made by those providing goods or services to the Council – these pledges are made during the tender process and would be delivered throughout the lifetime of the contract.'),
 (UHL, 'nhs-sv', U, MU, [], UHL_S, 'As of April 2022, all procurements include a minimum 10% net zero and social value weighting in the tender process.'),
 # Relabelled later (a weighting or when it applies is social value by the label rule, as the rule now states).
 (SHF, 'council-guidance', U, MU, [], SHF_S + ': Commissioners - where do we start?', 'However, as a guide weighting of 10% - 20% of overall marks is required, but where it’s appropriate we can apply a higher weighting.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Shropshire: measuring, evidence, FAQs
 (SHM, 'council-guidance', U, SHM_S, 'We understand that it can be quite hard to measure and demonstrate social value.'),
 (SHM, 'council-guidance', U, SHM_S, 'It\'s important for us to be able to provide evidence in support of the social value which is being reported.'),
 (SHM, 'council-guidance', U, SHM_S + ': We\'ve also developed some workbooks for organisations to use either to:', 'Demonstrate the financial value to society as a result of the social value they generate'),
 (SHW, 'council-guidance', U, SHW_S + ': Social value legislation', 'The act fully came into force on 31 January 2013 and requires contracting authorities to consider at the pre-procurement stage of any services contract:'),
 (SHF, 'council-guidance', U, SHF_S + ': What can I do as a business, community or other organisation?: If tendering for services:', 'Check the specification'),
 (SHF2, 'council-guidance', U, SHF_S + ': What can I do as a business, community or other organisation?', 'Be proactive – get involved in early market engagement where possible'),
 # Solihull
 (SOL, 'council-guidance', U, SOL_S + ': What is Solihull’s approach to social value?', 'This document lists all postcodes within that area.'),
 (SOL, 'council-guidance', U, SOL_S + ': What is Solihull’s approach to social value?', 'Each year, the Council spends £200m through commissioning and procuring goods and services.'),
 # Knowsley
 (KNW, 'council-guidance', U, KNW_S + ': Why considering social value is important: We must constantly ask ourselves:', 'What matters most to our local communities?'),
 # STAR
 (STAR, 'council-guidance', U, STAR_S + ': What is Social Value?', 'We call these wider benefits, “Procurement Worth”.'),
 (STAR, 'council-guidance', U, STAR_S + ': Social Value case studies', 'Bikeability Cycle Training'),
 (STAR, 'council-guidance', U, STAR_S + ': Social Value case studies', 'School Swimming Transport Service'),
 (STAR, 'council-guidance', U, STAR_S + ': Social Value case studies', 'Managed IT Security Service'),
 (STAR, 'council-guidance', U, STAR_S + ': Social Value case studies', 'Debt Welfare Benefits Housing Advice'),
 (STW, 'council-guidance', U, STW_S, 'Where considered necessary, we also encourage public consultation with users or residents to take first hand consideration of what matters most to our local communities.'),
 # Lancashire definitions
 (LAD, 'measure-guidance', U, LAD_S + ': Attribution', 'Attribution involves determining the extent to which an activity or outcome belongs to or is caused by some other activity or event.'),
 (LAD, 'measure-guidance', U, LAD_S + ': Attribution', 'Company X will need to work out the attribution of these apprentices to Contract A, based on how much of their time is expected to be on this contract compared with the others.'),
 (LAD, 'measure-guidance', U, LAD_S + ': Circular economy', 'A circular economy is an economic system aimed at eliminating waste and the continual use of resources.'),
 (LAD, 'measure-guidance', U, LAD_S + ': CO2e', 'The measure used for emissions of greenhouse gases (= “carbon dioxide equivalent”).'),
 (LAD, 'measure-guidance', U, LAD_S + ': Deadweight', 'The likelihood of an event or action occurring, irrespective of a specific intervention.'),
 # HE TOMs
 (HET, 'measure-guidance', U, HET_S + ': The Background', 'These THEMES are then broken down into possible OUTCOMES, in effect the strategic objectives.'),
 (HET, 'measure-guidance', U, HET_S + ': The Background', 'A list of 11 OUTCOMES is provided, for example, under Jobs you may select “More local people in employment” or “Improved Skills for disadvantaged people”.'),
 (HET, 'measure-guidance', U, HET_S + ': The Background', 'The measure explains which element is to be considered: for example, under “More local people in employment” we would look at the “Percentage of local employees (FTE) on contract”'),
 (HEL, 'measure-guidance', U, HET_S + ': The Background', 'Using nationally recognised and agreed values, a GBP value is then allocated to each measure to enable a calculation of social value to be made and reported (see Table 1 below).'),
 # Universities Partnership
 (UPL, 'university-guidance', U, UPL_S, 'We then use SVP to track and measure the delivery of this committed social value from the successful bidder throughout the contract period.'),
 # Surrey guidance and action plan
 (SUG, 'council-guidance', U, SUG_S + ': Getting started', 'Engage early on with your commissioning or service counterpart.'),
 (SUG, 'council-guidance', U, SUG_S + ': Getting started', 'Read through Surrey County Council\'s priority areas and the needs and priorities list to help decide which broad themes or specific activities to focus on.'),
 (SUG, 'council-guidance', U, SUG_S + ': Engaging with potential suppliers', 'It is important to introduce social value, at least in broad terms, at the first market engagement event.'),
 (SUA, 'council-guidance', U, SUA_S + ': Understand what is most important to communities in Surrey right now', 'The Social Value Programme Team (SVPT) will work with internal and external stakeholders to review and refresh the Social Value Priority Areas on an annual basis.'),
 # Scottish Borders
 (SBX, 'cb-guidance', S, SBX_S, 'This approach has led to the development of strong working relationships across Procurement, Criminal Justice and the Employment Support Services.'),
 # Neath Port Talbot
 (NPT, 'council-guidance', W, NPT_S, 'For more information, contact our Social Value Policy Manager below:'),
 # Pembrokeshire
 (PEM, 'council-guidance', W, PEM_T, 'Some local authorities have begun to pilot the use of TOMS to measure social value.'),
 (PEM, 'council-guidance', W, PEM_T, 'However to date Pembrokeshire have not participated and we need to understand the impact on our supply base in completing such documentation as part of a procurement exercise.'),
 (PEM, 'council-guidance', W, PEM_T, 'There are time and cost implications which could deter bidders at a time when it is difficult to attract the market.'),
 (PEM, 'council-guidance', W, PEM_T, 'There is a need for Welsh Government to take the lead on a Wales wide approach to social value and to resource this commitment effectively.'),
 # Buy Social NI: definitions and thresholds
 (BSF, 'cb-guidance', N, BSF_S, 'a person that is leaving or has, within the last 12 months, left an educational establishment or a training provider (including paid student work placements)'),
 (BSF, 'cb-guidance', N, BSF_S, 'a person aged under 25 that has been unemployed for more than 26 weeks and is seeking employment'),
 (BSF, 'cb-guidance', N, BSF_S, 'a person aged 25 or over that has been unemployed for more than 52 weeks and is seeking employment'),
 (BSR, 'cb-guidance', N, BSR_S, 'From this date onwards, the Buy Social requirements are to be used in procurement above £2m for buildings contracts and above £4m for civil engineering contracts.'),
 (BSR, 'cb-guidance', N, BSR_S, 'The model should be considered in services contracts with an anticipated value of £500,000 per annum or more.'),
 (BSR, 'cb-guidance', N, BSR_S + ': Ongoing', 'Over 700 people have gained training or employment through Buy Social.'),
 (BSR, 'cb-guidance', N, BSR_S + ': Ongoing', 'The Buy Social model for ICT contracts is in development.'),
 # Perth & Kinross TSI
 (TSP, 'cb-guidance', S, TSP_S + ': What are community benefits?', 'Community benefits are an aspect of public procurement (the purchase of goods, services and works by local and national government).'),
 # Telford
 (TEL, 'council-guidance', U, TEL_S, 'Each year, officers summarise the pledges received so that they can be recorded and monitored to ensure delivery.'),
 # Liverpool University Hospitals
 (UHL, 'nhs-sv', U, UHL_S + ': Social Value Portal', 'We have recently signed up to the Social Value Portal, which will make it easier to measure and assess suppliers social value contributions.'),
 (UHL, 'nhs-sv', U, UHL_S, 'In 2021/22 the Trust had approximately £450 million of expenditure on non-pay spend.'),
 # Lower Thames Crossing
 (LTC, 'measure-lines', U, LTC_S, 'The figures below show an example of the types of monitoring data we will be capturing:'),
 # Council performance indicators (not supplier asks)
 (WDC, 'council-kpi', S, WDC_S + ': Outcome 3 A growing economy', '% of procurement spent on local small/medium enterprises'),
 (WDC, 'council-kpi', S, WDC_S + ': Outcome 3 A growing economy', 'Number of businesses given advice and assistance to start up through Business Gateway'),
 (WDC, 'council-kpi', S, WDC_S + ': Outcome 2 Increased employment and training opportunities', '% of households that are workless'),
 (ISE, 'council-kpi', S, ISE_S + ': Summary definition', 'This indicator is a measure of the % of procurement spent on local SMEs.'),
 (ISE, 'council-kpi', S, ISE_S + ': Why do we measure this?', 'Procurement spend in local government accounts for a significant proportion of total spend.'),
 # Newcastle thresholds
 (NCL, 'council-guidance', U, NCL_T, '£164,176 for goods: this includes things like tools and machinery, computer equipment and catering supplies'),
 (NCL, 'council-guidance', U, NCL_T, '£4,104,394 for works: this includes things like the construction of new homes and buildings, major repairs and maintenance'),
 (NCL, 'council-guidance', U, NCL_S, 'in 2015 the Council developed a Social Value Commitment which sets out some guiding principles for all of its commissioned and procured activity over £5,000.'),
 # Greater Manchester PCC
 (GMP, 'council-policy', U, GMP_S, 'The current gap between spending on public services in Greater Manchester and the tax generated in the area is £4.7 billion a year.'),
 # Glasgow
 (GLA, 'cb-outcome', S, GLA_S + ': Community Benefits Outcome Community Engagement - Supplier Financial Donation', 'Brake Bros had been successfully awarded the contract for Frozen Foods.'),
 (GLA, 'cb-outcome', S, GLA_S + ': Community Benefits Outcome Community Engagement - Supplier Financial Donation', 'The total amount due for the timeframe was £19K.'),
 (GLA, 'cb-outcome', S, GLA_S + ': Community Benefits Outcome - Apprenticeship - Civil Engineering', 'The apprenticeship role is in civil engineering and the successful employee has been working on a variety of UK and international projects.'),
 # Social Value Portal and the TOMs Measures Handbook
 (SVG, 'measure-guidance', U, SVG_S, 'Most of the Measures, which are essentially a list of activities and interventions that could generate value, that underpin these Themes have been assigned a proxy value.'),
 (TMH, 'measure-guidance', U, TMH_S, 'The Measures Handbook is designed as a supplementary guide for the National TOMs and the other measurement frameworks within the TOMs “family”, including the publicly available Plug-ins for the National TOMs and the TOMs frameworks designed expressly for the use of specific customers or groups of customers of the Social Value Portal.'),
 (TMH, 'measure-guidance', U, TMH_S, 'This Handbook will be updated on a regular basis to keep pace with the development of the National TOMs and Social Value Portal welcomes corrections and suggestions for improvement from users as part of that process.'),
]
OGL_HOSTS = ()
batch = Batch('public-texts-32.jsonl')
SHROPS, SURREY, STARP, HETOMS, BUYSOC = (SHW, SHM, SHF, SHF2), (SUR, SUP, SUA, SUG), (STAR, STW), (HET, HEL), (BSF, BSM, BSR)
def group_of(src):
    # A source already in the corpus keeps its group; pages of one site sharing template wording are one group
    # (Shropshire's social value pages, Surrey's, STAR's, the HE TOMs announcement, Buy Social NI's).
    if src in SHROPS: return 'shropshire.gov.uk/social-value'
    if src in SURREY: return 'surreycc.gov.uk/social-value'
    if src in STARP: return 'star-procurement.gov.uk/social-value'
    if src in HETOMS: return 'he-toms-introduction'
    if src in BUYSOC: return 'buysocialni.org'
    return src
batch.emit_lists('pub32', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
