"""Write /work/batches/public-texts-93.jsonl: batch 101, council and combined-authority social value MEASURE lists,
menus and charters as suppliers meet them: the measures a supplier's charter or menu sets out (local employment, local
supply chains, spend with local SMEs (£), fair pay and the Real Living Wage, ethical sourcing), the priorities suppliers
are asked to consider, the weightings and thresholds at which social value or community benefits apply, Scottish
community benefit menus and points-based evaluation, with hard negatives from the same documents: the buyer's own
reporting of what was delivered, monitoring and evidence arrangements (quarterly evidence, electronic folders, first
month meetings), definitions of social value and of the TOMs, the tender portal and contract register, procurement
rules and equal treatment, the buyer's own workforce and internal plans, and text about a toolkit or policy itself.

Sources: Blackpool Council's suppliers charter (charter principles, measures and method); Worcestershire County
Council's social value page; North Tyneside Council's social value page; Northumberland County Council's growth page;
the Supplier Development Programme's news item on the Glasgow and Clyde Valley City Deal community benefits strategy;
Middlesbrough Council's Executive items on its Social Value Charter (adoption and first annual update); London Fire
Brigade's sustainability successes page; Lambeth Council's council contract page; Sefton Council's tenders and
contracts page; St Helens Borough Council's social value page (citizen portal copy) and its news item on the Social
Value Policy; North East Lincolnshire Council's social value page; two pages of the Greater Manchester Social Value
Framework (local supply chain; greener organisation); Liverpool City Region Combined Authority's social value framework
page and LocalGov's report of it; the Liverpool Chamber's report of Liverpool City Council's new social value approach;
the City of Edinburgh Council's newsroom item on its annual procurement report; East Lothian Council's sustainable
procurement page; Milton Keynes Council's social value toolkit (docslib copy); Manchester City Council's social value
toolkit for suppliers (scribd copy); South Lanarkshire Council's news item on its community wish list; Sinn Féin's
statement on Northern Ireland's social value clauses; Business Lancashire's report of the Lancashire Enterprise
Partnership's Social Value Toolkit.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and table-cell
dashes dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). No source is Crown copyright: all are short quotations.

  cd /work/main && python3 test/corpus/make-public-93.py > /work/batches/public-texts-93.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, S, N


# Blackpool; Worcestershire; North Tyneside; Northumberland
BLK = ('https://www.blackpool.gov.uk/Business/Working-with-the-council/Selling-to-the-Council/'
       'Blackpool-Councils-suppliers-charter.aspx')
WOR = 'https://worcestershire.gov.uk/council-services/business/commercial-and-contract-opportunities/social-value'
NTY = 'https://northtyneside.gov.uk/category/1602/social-value'
NTH = 'http://www.northumberland.gov.uk/Business/Growth.aspx'
# Glasgow and Clyde Valley City Deal (Supplier Development Programme news)
SDP = ('https://www.sdpscotland.co.uk/news/news/glasgow-to-host-event-outlining-community-benefits-and-opportunities-of-'
       'glasgow-and-clyde-valley-cit/')
# Middlesbrough Social Value Charter (Executive items)
MB1 = 'https://moderngov.middlesbrough.gov.uk/ieIssueDetails.aspx?IId=18173&Opt=3'
MB2 = 'https://moderngov.middlesbrough.gov.uk/ieIssueDetails.aspx?IId=22586&Opt=3&PlanId=0'
# London Fire Brigade; Lambeth; Sefton
LFB = 'https://london-fire.gov.uk/about-us/sustainability/success-stories'
LAM = 'https://www.lambeth.gov.uk/business-rates-services-and-licensing/selling-services-lambeth-council/council-contract'
SEF = 'https://sefton.gov.uk/business/tenders-contracts/'
# St Helens; North East Lincolnshire
STH = 'https://citizen.sthel1-prd.gosshosted.com/Social-Value'
STA = 'https://sthelens.gov.uk/article/7244/Getting-more-for-communities-through-Social-Value'
NEL = 'https://www.nelincs.gov.uk/?p=2806'
# Greater Manchester Social Value Framework; Liverpool City Region
GMF = 'https://www.greatermanchester-ca.gov.uk/what-we-do/economy/social-value-can-make-greater-manchester-a-better-place/'
GML = GMF + 'develop-a-local-gm-based-and-resilient-supply-chain/'
GMG = GMF + 'make-your-organisation-greener/'
LCR = 'https://www.liverpoolcityregion-ca.gov.uk/governance/social-value-framework/'
LGV = 'https://www.localgov.co.uk/Liverpool-City-Region-adopts-new-social-value-tool-/54043'
LIV = 'https://www.liverpoolchamber.org.uk/news/2022/02/major-changes-to-the-awarding-of-contracts/'
# Edinburgh; East Lothian; South Lanarkshire
EDN = ('https://edinburghcoun-newsroom.prgloo.com/news/'
       'latest-news-council-spend-supports-jobs-and-spreads-community-benefits')
ELO = 'https://eastlothian.gov.uk/info/210594/procurement/12001/procurement_procedures/6'
SLA = 'https://www.southlanarkshireview.scot/news/article/2110/one_year_of_granting_wishes'
# Toolkits and reports: Milton Keynes, Manchester, Lancashire LEP; Northern Ireland
MKT = 'https://docslib.org/doc/6355749/a-social-value-toolkit-for-milton-keynes-council'
MAN = 'https://www.scribd.com/document/485672970/SVToolKitSupplier-V1-1-22-08-19-pdf'
LEP = ('https://businesslancashire.co.uk/2017/07/28/'
       'new-guide-help-employers-give-back-community-launched-lancashire-enterprise-partnership/')
SFN = 'https://www.sinnfein.ie/contents/59054'

BLK_S = 'Blackpool Council\'s suppliers charter'
BLK_E, BLK_L, BLK_G = BLK_S + ': Local employment', BLK_S + ': Local supply chains', BLK_S + ': Good employer practices'
WOR_S = 'Social Value: What is the Commercial Team approach to Social Value in Worcestershire?'
WOR_L = WOR_S + ': For example, as part of their offer to the Council an organisation could:'
NTY_S = 'Social value (North Tyneside Council)'
NTY_W, NTY_P = NTY_S + ': What is Social Value?', NTY_S + ': Our Social Value Priorities'
NTH_S = 'Business: Growth (Northumberland County Council)'
SDP_S = 'Glasgow to host event outlining community benefits and opportunities of Glasgow and Clyde Valley City Deal'
SDP_K = SDP_S + ': The key commitments within this strategy include:'
MB1_S = 'Social Value Policy: Executive 10/04/2024: Social Value Charter'
MB1_B = MB1_S + ': Adoption and effective implementation of a Social Value Charter had the potential to deliver the following benefits:'
MB2_S = 'Social Value Charter - First Annual Update'
LFB_S = 'Using public money sustainably for London'
LAM_S = 'Council contract opportunities (Lambeth Council)'
LAM_P = LAM_S + ': We will use our procurement process to:'
SEF_S = 'How to do business with Sefton Council'
SEF_V = SEF_S + ': Social Value'
STH_S = 'Social Value (St Helens Borough Council)'
STH_P, STH_T = STH_S + ': Social Value in Procurement', STH_S + ': St Helens Themes, Outcomes, and Measures (TOMs)'
STA_S = 'Getting more for communities through Social Value'
NEL_S = 'Social value (North East Lincolnshire Council)'
NEL_O = NEL_S + ': Using social value to improve outcomes: For people: Stronger communities'
GML_S = 'Greater Manchester Social Value Framework: Develop a local, GM-based and resilient supply chain'
GMG_S = 'Greater Manchester Social Value Framework: Make your organisation greener'
LCR_S = 'Social Value framework (Liverpool City Region Combined Authority)'
LGV_S = 'Liverpool City Region adopts new social value tool'
LIV_S = 'Major Changes to the Awarding of Contracts'
EDN_S = 'Council spend supports jobs and spreads community benefits'
ELO_S = 'Sustainable Procurement and Community Benefits (East Lothian Council): Sustainable Procurement'
SLA_S = 'One year of granting wishes'
MKT_S = 'A Social Value toolkit for Milton Keynes Council: Introduction'
MAN_S = 'Manchester City Council Social Value Toolkit for Suppliers'
LEP_S = 'New Guide To Help Employers Give More Back To The Community Launched By Lancashire Enterprise Partnership'
SFN_S = 'Anderson welcomes changes to procurement policies'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Blackpool suppliers charter: principles and measures
 (BLK, 'sv-charter', U, EI, [], BLK_E, 'Create employment and training opportunities for local residents, including people with disabilities, and support work placements.'),
 (BLK, 'sv-charter', U, EI, [], BLK_E + ': Measures', 'Establish links to proactively identify local employment/ training/placement opportunities, for example: - Positive Steps, The Platform, Jobcentre Plus, colleges, schools, VCSEs'),
 (BLK, 'sv-charter', U, EI, [], BLK_E + ': Measures', 'Seek opportunities to work with schools to ensure that the young people of Blackpool are equipped with the right skills to match the requirements of the labour market'),
 (BLK, 'sv-charter', U, EI, ['equal-opportunity'], BLK_E + ': Measures', 'Seek opportunities that support marginalised and most disadvantaged groups - E.g. long term unemployed, NEETS, care leavers, veterans, neuro-diverse/disabled people, ex -offenders'),
 (BLK, 'sv-charter', U, EI, [], BLK_L, 'Support the local economy by prioritising local suppliers and encouraging your supply chain to do the same.'),
 (BLK, 'sv-charter', U, EI, [], BLK_L + ': Measures', 'Prioritise sourcing from suppliers close to the point of delivery'),
 (BLK, 'sv-charter', U, EI, [], BLK_L + ': Measures', 'Encourage your suppliers to adopt a "buy local" policy within their supply chains'),
 (BLK, 'sv-charter', U, EI, [], BLK_L + ': Method', 'Spend with local SMEs (£)'),
 (BLK, 'sv-charter', U, EO, ['wellbeing'], BLK_G, 'Ensure fair treatment, safety, and well-being of all employees.'),
 (BLK, 'sv-charter', U, EO, [], BLK_G + ': Measures', 'Ensure fair wages, adopt the Real Living Wage, and avoid zero-hours contracts'),
 # Worcestershire: examples of what an organisation's offer could include
 (WOR, 'sv-menu', U, MU, [], WOR_S, 'We want to work with our supplier network to deliver greater benefits for Worcestershire.'),
 (WOR, 'sv-menu', U, EI, [], WOR_L, 'use of local VCSE’s (Voluntary organisations, Charities and Social Enterprises)'),
 (WOR, 'sv-menu', U, EI, [], WOR_L, 'support local employment'),
 (WOR, 'sv-menu', U, EI, [], WOR_L, 'create employment opportunities for care leavers'),
 (WOR, 'sv-menu', U, EI, [], WOR_L, 'introduce apprenticeships'),
 (WOR, 'sv-menu', U, EI, ['wellbeing'], WOR_L, 'create work experience and volunteering opportunities'),
 (WOR, 'sv-menu', U, EI, [], WOR_L, 'give career advice to school leavers via visits to schools or the long term unemployed'),
 # North Tyneside: weighting and priorities suppliers are asked to consider
 (NTY, 'sv-menu', U, MU, ['climate'], NTY_W, 'North Tyneside Council want to partner with suppliers that share our values, that look at the wider value they can offer to society, and that will contribute to North Tyneside’s ambition to be zero-carbon by 2030.'),
 (NTY, 'sv-menu', U, MU, [], NTY_W, 'North Tyneside Council takes this seriously when evaluating tenders for council contracts with a minimum of 10% weighting to be applied to social value when evaluating tenders.', {'weighting_percent': 10}),
 (NTY, 'sv-menu', U, CL, [], NTY_W, 'The first 5% is dedicated to environmental sustainability.', {'weighting_percent': 5}),
 (NTY, 'sv-menu', U, EI, [], NTY_P + ': Thriving', 'It’s important to bring about more good quality and secure jobs for the residents of North Tyneside and help local business to develop and grow.'),
 (NTY, 'sv-menu', U, EI, ['wellbeing'], NTY_P + ': Thriving', 'We particularly ask our suppliers to consider a) promoting skills, and employability within North Tyneside; b) increasing the number of direct employees who are residents of North Tyneside; c) increasing spending with suppliers based in North Tyneside; d) investing in community projects within North Tyneside.'),
 (NTY, 'sv-menu', U, EI, [], NTY_P + ': Family Friendly', 'We want the suppliers we work with to be inspiring young people to develop careers and understand the opportunities that are available to them by offering career advice, work experience placements and apprenticeships.'),
 # Northumberland
 (NTH, 'sv-policy', U, EI, [], NTH_S, 'The council is committed to using these powers to create training and employment opportunities, improving the local skills base, supporting more residents into sustainable jobs, and increasing opportunities for local supply chains.'),
 (NTH, 'sv-policy', U, EI, [], NTH_S, 'Contractors must also demonstrate how they will work with local supply chains and small and medium enterprises (SMEs) to benefit Northumberland’s economy.'),
 # Glasgow and Clyde Valley City Deal community benefits strategy
 (SDP, 'cb-menu', S, MU, [], SDP_S, 'The partner local authorities in this City Deal have developed a Community Benefits strategy with the aim of maximising the social, environmental and economic benefit of the contracts awarded to deliver the 20 projects.'),
 (SDP, 'cb-menu', S, MU, [], SDP_K, 'The use of contractual and voluntary commitments from suppliers to maximise the delivery of community benefits on City Deal contracts'),
 (SDP, 'cb-menu', S, MU, [], SDP_K, 'All relevant contracts will incorporate community benefits, with all contracts with a value of over £50,000 targeting specific community benefit outcomes'),
 (SDP, 'cb-menu', S, EI, [], SDP_K, 'Development of a Community Benefits menu aligned to key priorities for economic development across the region'),
 (SDP, 'cb-menu', S, MU, [], SDP_K, 'Development of a points-based evaluation model'),
 # Middlesbrough Social Value Charter
 (MB1, 'sv-charter', U, MU, [], MB1_S, 'Councils, along with the rest of the public sector were being encouraged to use procurement to achieve wider financial and non-financial outcomes, including improving wellbeing of individuals, communities and the environment by making social value a decision-making criterion when awarding contracts.'),
 (MB1, 'sv-charter', U, EI, [], MB1_B, 'Encourage a more diverse range of suppliers to work with the Council and its partners, including the participation of small and medium sized enterprises (SME\'s), Voluntary and Community Sector organisations, and local suppliers in general.'),
 (MB1, 'sv-charter', U, EO, [], MB1_B, 'Promote fair employment practices: Ensuring workforce equality and diversity within supply chains.'),
 (MB1, 'sv-charter', U, EI, [], MB1_B, 'Increasing the diversity of local apprenticeship, training, and skills development opportunities as well as employment opportunities.'),
 (MB1, 'sv-charter', U, EI, ['wellbeing'], MB1_B, 'Maximising opportunities for Middlesbrough organisations to participate in the council\'s supply chains and encouraging suppliers to make a social contribution to the local area.'),
 (MB1, 'sv-charter', U, EO, [], MB1_B, 'Ensuring ethical sourcing practices, including compliance with UK, and international standards, promoting fair trade and fair pricing policies, tackling corruption, child/slave labour, blacklisting of union members and similar social issues.'),
 (MB2, 'sv-charter', U, EI, ['equal-opportunity'], MB2_S, 'Continued implementation of a Social Value Charter had the potential to deliver the a number of benefits including encouraging a more diverse range of suppliers to work with the Council and its partners, including the participation of small and medium sized enterprises (SME\'s), Voluntary and Community Sector organisations, and local suppliers in general as well as promoting fair employment practices that ensured workforce equality and diversity within supply chains.'),
 # London Fire Brigade
 (LFB, 'sv-policy', U, EO, [], LFB_S + ': This involves:', 'paying all contractors at least the London Living Wage'),
 (LFB, 'sv-policy', U, EI, [], LFB_S + ': This involves:', 'prioritising spending with small and medium-sized enterprises (SMEs) to support the local economy, rather than large businesses and their shareholders'),
 # Lambeth
 (LAM, 'sv-policy', U, MU, [], LAM_S, 'Lambeth is committed to responsible procurement. in addition to achieving the maximum possible value from the funds we spend on products, services and works, we seek to secure additional economic, social and environmental benefits for residents.'),
 (LAM, 'sv-policy', U, EO, [], LAM_S, 'We also encourage our contractors to pay the Living Wage.'),
 # Sefton
 (SEF, 'sv-policy', U, MU, [], SEF_V, 'Sefton Council are committed to delivering transformational change and wider social, economic and environmental benefits through our procurement process in order to delivery meaningful benefit to our communities.'),
 (SEF, 'sv-policy', U, EI, [], SEF_V + ': Examples of effective social value may include:', 'Promoting local skills and employment – encouraging recruitment opportunities for Sefton residents, for example, those in disadvantaged groups or young people.'),
 # St Helens: weighting, local TOMs, benefits from contracts
 (STH, 'sv-menu', U, MU, [], STH_P, 'We have incorporated social value into our procurement wherever relevant.'),
 (STH, 'sv-menu', U, MU, [], STH_P, 'This predominantly focused on the purchase or services and works, but can include the purchase of goods where there is a related service element.'),
 (STH, 'sv-menu', U, MU, [], STH_P, 'Our aim is to have social value as 20% of the overall criteria for tenders, and depending on the size and scope of the procurement exercise, it will either be captured through tailored questions or the use of the social value portal.', {'weighting_percent': 20}),
 (STH, 'sv-menu', U, MU, [], STH_P, 'Whichever route is chosen, bidders will be expected to outline what social value they can deliver throughout the contract (quantity) as well as an understanding of the methods and mechanisms they will use to deliver it (quality).'),
 (STH, 'sv-menu', U, MU, [], STH_T, 'To help bidders understand what social value we would like to achieve through our procurement exercises, and to provide examples of the different types of social value available, we have created a local version of the National TOMs.'),
 (STA, 'sv-policy', U, EI, ['wellbeing'], STA_S, 'Creating jobs and apprenticeships for residents, opportunities for local businesses to provide goods and supporting community projects and schools is the aim of a new Social Value Policy.'),
 (STA, 'sv-policy', U, MU, [], STA_S, 'Benefits from contracts could include training and employment opportunities such as apprenticeships in our suppliers, climate change mitigation such as solar panels and green energy, increasing local spend and local suppliers being used by the council and its supply chains, and initiatives to support physical and mental wellbeing such as sensory gardens.'),
 # North East Lincolnshire
 (NEL, 'sv-policy', U, EI, [], NEL_S + ': Examples of this could be things like:', 'making sure that local people get jobs when money is spent on new building schemes'),
 (NEL, 'sv-policy', U, EI, [], NEL_S + ': Examples of this could be things like:', 'bringing businesses to the area that reinvest some of their profits back in other services in the community'),
 (NEL, 'sv-policy', U, WB, [], NEL_O, 'More volunteering – This means individuals, groups and communities learning and sharing skills and expertise whilst providing assistance and support to others.'),
 (NEL, 'sv-policy', U, EI, [], NEL_O, 'More young people in employment, education and training – This means they gain skills and work experience, possibly money in their pockets, an opportunity to realise their aspirations and a greater sense of wellbeing.'),
 # Greater Manchester Social Value Framework
 (GML, 'sv-framework', U, MU, [], GML_S + ': Suggested Actions', 'Use your procurement practices to maximise social value – buy local, sustainable and ethical goods and services'),
 (GML, 'sv-framework', U, EI, [], GML_S, 'Put simply, buying locally, ethically and sustainably will improve our chances of creating a more resilient and inclusive economy in Greater Manchester.'),
 # Liverpool City Region
 (LCR, 'sv-framework', U, EI, [], LCR_S, 'Under its social value framework, benefits to the local community will become a much bigger part of awarding combined authority contracts and could include the training and employment of local people, the use of local suppliers or the inclusion of apprenticeships in contracts.'),
 (LGV, 'sv-framework', U, MU, [], LGV_S, 'The authority will now ensure social value is a core part of decision-making for all contracts above £20,000.'),
 (LIV, 'sv-policy', U, MU, [], LIV_S, 'LIVERPOOL City Council is set to make significant changes to the way it designs projects and contracts for suppliers so they deliver economic, social and environmental benefits for residents.'),
 (LIV, 'sv-policy', U, MU, [], LIV_S, 'It could mean support or training being provided for the long-term unemployed, businesses giving careers advice in schools, sharing building space with community groups, donating time or money to local community schemes or improving green spaces.'),
 (LIV, 'sv-policy', U, MU, [], LIV_S, 'There will be a new requirement for larger contracts to give a social value weighting when they are assessed, and encouraging smaller, more diverse suppliers to work with the council.'),
 # East Lothian
 (ELO, 'sv-policy', S, CL, [], ELO_S + ': Policy', 'In support of this, the council approved a Sustainable Procurement Policy in November 2020, which includes a commitment to purchasing goods, materials and services that minimise or reduce the impacts of our activities on the local and global environment.'),
 # Northern Ireland social value clauses
 (SFN, 'sv-policy', N, EI, [], SFN_S, 'Changes to procurement policies will make it compulsory for companies to employ people who are long term unemployed and offer apprenticeships to our young people when awarding contracts.'),
 (SFN, 'sv-policy', N, EI, [], SFN_S, 'Sinn Féin MLA Martina Anderson has welcomed the Finance Minister\'s confirmation that social value clauses will be included in new government contracts leading to potential job opportunities.'),
 # Lancashire Enterprise Partnership toolkit (a supplier's commitment)
 (LEP, 'sv-toolkit', U, EI, [], LEP_S, 'For example, the report highlights how developer Lovell has committed to delivering pver 1,000 hours of training for local apprentices as part of the £22m redevelopment programme of Blackpool’s Queens Park housing estate.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Blackpool: method column (timing, evidence, monitoring) and a legal-compliance line
 (BLK, 'sv-charter', U, BLK_E + ': Method', 'Aim to make these contacts as early as possible'),
 (BLK, 'sv-charter', U, BLK_E + ': Method', 'Set up meetings with partner organisations within the first month of contract commencement.'),
 (BLK, 'sv-charter', U, BLK_L + ': Measures', 'Collate evidence of local spend in an electronic folder'),
 (BLK, 'sv-charter', U, BLK_L + ': Method', 'Implement from the start of the procurement process'),
 (BLK, 'sv-charter', U, BLK_L + ': Method', 'Communicate this expectation to suppliers within the first month and monitor compliance throughout the contract'),
 (BLK, 'sv-charter', U, BLK_L + ': Method', 'Submit evidence on a quarterly basis. Case studies and data'),
 (BLK, 'sv-charter', U, BLK_G + ': Measures', 'Maintain a safe and hygienic working environment, complying with relevant legislation and standards'),
 # Worcestershire: the team, definitions, background
 (WOR, 'sv-menu', U, 'Social Value', 'It is about getting our teams to work together on an approach towards shared goals.'),
 (WOR, 'sv-menu', U, WOR_S, 'Social value is the contract view beyond service delivery and price that looks at the additional “social value” organisations can bring to our communities, businesses, VCSE’s and the locality.'),
 (WOR, 'sv-menu', U, WOR_S, 'There is an increasing desire to buy from VCSE\'s and this desire is being driven by organisational Social Value approaches, a generational shift in expectations along with the direction of travel of government led initiatives such as Procurement policy notes 06/20 and 11/20, the industrial and civil society strategies and the Social Value Act.'),
 # North Tyneside: definitions
 (NTY, 'sv-menu', U, NTY_W, 'The concept of social value refers to creating additional social, economic, and environmental benefits for the residents and communities of North Tyneside through procurement and delivery of service contracts.'),
 (NTY, 'sv-menu', U, NTY_W, 'In simple terms, social value is added benefit to the residents of North Tyneside outside of the requirement of a contract.'),
 # Northumberland: the council's own role and partners
 (NTH, 'sv-policy', U, NTH_S, 'In turn, the council is committed to working together with contractors to deliver these outputs and offers support in the training and recruitment process.'),
 (NTH, 'sv-policy', U, NTH_S, 'Northumberland County Council is working with organisations such as The Construction Industry Training Board and North East Procurement Organisation to develop the approach further.'),
 (NTH, 'sv-policy', U, NTH_S, 'The service also acts as a co-ordinating point between council services, its delivery bodies (including Advance Northumberland) and regional organisations, including the North of Tyne Combined Authority and North East Local Enterprise Partnership.'),
 # Glasgow and Clyde Valley City Deal: the event, the programme, monitoring
 (SDP, 'cb-menu', S, SDP_S, 'The next of these will take place on 25 January at Glasgow City Chambers in an event hosted by Glasgow City Council and the Supplier Development Programme of this City Deal.'),
 (SDP, 'cb-menu', S, SDP_S, 'The opportunities available will be discussed, as well as the training and support on offer to help SMEs, contractors and suppliers get ‘tender-ready’.'),
 (SDP, 'cb-menu', S, SDP_S, 'The City Deal will bring these tens of thousands of jobs to Glasgow and the Clyde Valley over the next few decades through 20 major infrastructure projects; driving innovation and growth through the support of key sectors such as life sciences; and addressing challenges in the region’s labour market.'),
 (SDP, 'cb-menu', S, SDP_K, 'Regular monitoring and reporting will be undertaken at a City Deal programme level'),
 # Middlesbrough: report mechanics and the council's own working group
 (MB1, 'sv-charter', U, MB1_S, 'As local authorities were required to become increasingly financially self-reliant, many were looking at how to make their limited resources go ever further while still maintaining the quality and breadth of services.'),
 (MB2, 'sv-charter', U, MB2_S, 'The purpose of the report was to set out the impact of the Council’s Social Value Charter following its adoption 12 months ago.'),
 (MB2, 'sv-charter', U, MB2_S, 'The Council established a working group to oversee activity to embed the commitments within the Social Value charter which had met every four weeks during 2024/5.'),
 # London Fire Brigade: its own workforce
 (LFB, 'sv-policy', U, LFB_S + ': Our successes so far', 'creating apprenticeships in our workplace, and delivering 237 job starts and 11 apprenticeship starts in 2021-22'),
 # Lambeth: procurement aims and rules, its own accreditation
 (LAM, 'sv-policy', U, LAM_P, 'improve value for money and create efficiencies where possible'),
 (LAM, 'sv-policy', U, LAM_P, 'encourage innovation and creative service delivery when and where possible'),
 (LAM, 'sv-policy', U, LAM_P, 'ensure that suppliers and contractors operate in accordance with legislation and the Council’s policies'),
 (LAM, 'sv-policy', U, LAM_S, 'The London Borough of Lambeth is an accredited Living Wage employer.'),
 (LAM, 'sv-policy', U, LAM_S, 'We expect competition - from comparing quotes for low-value purchases to formal tenders for contracts over £100,000 or high risk.'),
 # Sefton: rules, the portal, the contract register, a definition
 (SEF, 'sv-policy', U, SEF_S, 'Sefton Council buys a wide range of goods, works and services to enable the delivery of an effective service for the residents of Sefton and as this is public money, we will adhere to UK Procurement law and our own Contract Procedure Rules.'),
 (SEF, 'sv-policy', U, SEF_S, 'Procurement rules and laws are established to ensure there is no discrimination to bidders and there is equal treatment of all potential bidders/suppliers through fair competition.'),
 (SEF, 'sv-policy', U, SEF_S + ': Tender opportunities', 'Sefton Council places all tender opportunities through the portal ‘The Chest’.'),
 (SEF, 'sv-policy', U, SEF_S + ': Tender opportunities', 'This portal provides suppliers with access to tender opportunities from across the whole of the North West of England.'),
 (SEF, 'sv-policy', U, SEF_S + ': Contract register', 'Sefton Council also places its contract award notices on ‘The Chest’.'),
 (SEF, 'sv-policy', U, SEF_V + ': What is social value?', 'Social value can be described as considering the wider benefit gained by our Sefton community, supply and environment through effective spending of our public money.'),
 # St Helens: the council's own roles, tools, definition of the TOMs, the policy itself
 (STH, 'sv-menu', U, STH_S, 'To support this aim, we have introduced a range of solutions to deliver, measure, monitor, and report on social value outcomes.'),
 (STH, 'sv-menu', U, STH_S, 'While we have introduced social value into our role as a buyer, we wish to go further and optimise social value into our role as an employer, service provider, and investor (including our role within place shaping and regeneration).'),
 (STH, 'sv-menu', U, STH_T, 'The TOMs are a set of social value outcomes that have been separated into themes, and outline how they can be measured.'),
 (STA, 'sv-policy', U, STA_S, 'A new Social Value Policy has been approved by Cabinet on Wednesday 9 November, which sets out how the council plans to use social value to bring more benefits for residents, businesses, and communities through its investments.'),
 (STA, 'sv-policy', U, STA_S, 'Social value is the economic, environmental, and community value which comes from council projects.'),
 # North East Lincolnshire: definitions and internal process
 (NEL, 'sv-policy', U, NEL_S, 'Social value involves looking beyond making decisions based on financial cost and instead at the wider benefit to a community.'),
 (NEL, 'sv-policy', U, NEL_S, 'It is about getting the most social, environmental and economic value when our money is being spent on making North East Lincolnshire a better place.'),
 (NEL, 'sv-policy', U, NEL_S + ': We look to secure better outcomes through:', 'new procedures and processes for acquiring social value in construction, goods and services'),
 (NEL, 'sv-policy', U, NEL_S + ': We look to secure better outcomes through:', 'embedding social value throughout the commissioning process'),
 # Greater Manchester Social Value Framework: cost misconception, the region's own plans
 (GML, 'sv-framework', U, GML_S, 'By putting greater emphasis on social value there is sometimes a misconception that this increases costs.'),
 (GMG, 'sv-framework', U, GMG_S, 'Greater Manchester has published our Five-Year Environment Plan, launched in March 2019 during the second Greater Manchester Green Summit.'),
 # Liverpool City Region: duty, definition, internal working, context
 (LCR, 'sv-framework', U, LCR_S, 'It’s the combined authority’s duty to provide the best possible value with the money it’s entrusted to spend.'),
 (LCR, 'sv-framework', U, LCR_S, 'That’s social value: the added benefits that the authority’s work, and the work of people it engages with, can bring to communities and people’s lives.'),
 (LCR, 'sv-framework', U, LCR_S, 'It will enable the authority to work in a more coherent and structured way to add social value to all its activities and investments.'),
 (LCR, 'sv-framework', U, LCR_S, 'These challenges continue to affect the health, wellbeing and quality of life of residents and communities.'),
 # Liverpool City Council: the report, the plan, phasing, engagement
 (LIV, 'sv-policy', U, LIV_S, 'The council is starting conversations with potential suppliers and sectors to explain how it will work and the type of measures it will look for, and will invite feedback to inform improvements.'),
 (LIV, 'sv-policy', U, LIV_S, 'The new approach to social value in procurement will be phased in gradually across the council, so that processes and guidance can be refined before wider roll out.'),
 (LIV, 'sv-policy', U, LIV_S, 'It is a key strand of the council’s Strategic Improvement Plan, following recommendations made in the Best Value Inspection.'),
 # Edinburgh: the buyer's own reporting of what was delivered
 (EDN, 'cb-report', S, EDN_S, 'The Annual Procurement Report confirms contracts awarded by the Council last year brought in £253,954 in community benefits, supporting 316 work placements, 84 apprentices and 91 local jobs.'),
 (EDN, 'cb-report', S, EDN_S, 'With a focus on supporting fair work and local business, almost half of Edinburgh’s spending power has been with SMEs (49%), with support for local suppliers also above the Scottish average (36%).'),
 # East Lothian: the council's own climate commitments
 (ELO, 'sv-policy', S, ELO_S + ': Sustainable Procurement Action Plan', 'East Lothian Council (ELC) declared a climate emergency that demands urgent action to make all council services Net Zero as soon as possible and in any case by 2045.'),
 (ELO, 'sv-policy', S, ELO_S + ': Sustainable Procurement Action Plan', 'The council has also pledged to work with the community and partners towards making East Lothian a carbon neutral county.'),
 # Milton Keynes and Manchester toolkits: text about the toolkit, the city's vision
 (MKT, 'sv-toolkit', U, MKT_S, 'This toolkit has been designed to help you understand more about Social Value, and how your approach to Social Value when procuring can help us deliver real value within the communities of Milton Keynes, for the benefit of all.'),
 (MKT, 'sv-toolkit', U, MKT_S, 'In this toolkit you will find case studies where Social Value that makes a difference has been delivered as well as useful hints and tips to help your contract achieve the same.'),
 (MAN, 'sv-toolkit', U, MAN_S + ': Introduction', 'Its intention is to provide guidance, information and contact details as a support to suppliers when considering their ‘offer’ and delivery of social value when engaging in a Manchester procurement tender and the successful award of a contract.'),
 (MAN, 'sv-toolkit', U, MAN_S + ': ‘Our Manchester Strategy’: The vision set out in the strategy is for a city that will:', 'have a competitive, dynamic and sustainable economy that draws on our distinctive strengths in science, advanced manufacturing, culture, and creative and digital business – cultivating and encouraging new ideas'),
 # South Lanarkshire: the wish list tool, its team and results
 (SLA, 'cb-report', S, SLA_S, 'More than £24,000 worth of items have been donated in the first year of the Community Wish List.'),
 (SLA, 'cb-report', S, SLA_S, 'The list was created by the council to enable groups and organisations to make requests for specific support to benefit their local community, including cash donations.'),
 (SLA, 'cb-report', S, SLA_S, 'Please note there are no guarantees that every request will be selected, or a timeframe given of when or if they will be taken forward, this is ultimately down to the contractors and suppliers to choose who they would like to support.'),
 # Northern Ireland statement: meetings and hopes
 (SFN, 'sv-policy', N, SFN_S, 'Karen Mullan and I recently met the Finance Minister with community workers across Derry to highlight the impact these changes would have in boosting employment opportunities for people in our communities.'),
 # Lancashire Enterprise Partnership toolkit: text about the document and the programmes
 (LEP, 'sv-toolkit', U, LEP_S, 'The Lancashire Enterprise Partnership (LEP) has published a new guide to help suppliers deliver more social value and generate increased local benefits into publicly funded-construction projects in order to help improve the county’s economy.'),
 (LEP, 'sv-toolkit', U, LEP_S, 'The 18-page document, entitled the ‘Social Value Toolkit’, is available to download for free from the LEP’s website.'),
]
batch = Batch('public-texts-93.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the two Executive items on
    # Middlesbrough's Social Value Charter share their wording; the Greater Manchester Social Value Framework's pages
    # join the framework page the corpus holds, the Liverpool City Region framework page its page the corpus holds,
    # and Lambeth's selling-services pages the group the corpus gives them.
    if 'moderngov.middlesbrough.gov.uk' in src: return 'middlesbrough-social-value-charter'
    if src.startswith(GMF): return 'https://greatermanchester-ca.gov.uk/what-we-do/economy/social-value-can-make-greater-manchester-a-better-place/'
    if src == LCR: return 'https://www.liverpoolcityregion-ca.gov.uk/social-value-framework'
    if src == LAM: return 'lambeth-selling-services'
    return src


batch.emit_lists('pub93', R, NEG, group_of)
