"""Write /work/batches/public-texts-68.jsonl: batch 76, texts from KINDS of source the corpus held little of: public-sector
purchasing consortia and framework operators (YPO, ESPO, HealthTrust Europe, the East of England NHS Collaborative
Procurement Hub, Efficiency North, Pagabo, Scotland Excel, Procurement for Housing / PfH Scotland, the Scottish
Procurement Alliance, LHC, Crescent Purchasing Consortium, Fusion21) and housing associations' procurement news and
pages (Peabody, Clarion, L&Q, Places for People, WHG, Hyde's Social Value Leadership Group, Grampian Housing
Association, Wheatley / Loretto), with what they ask, weight or require of suppliers as social value or community
benefits, and hard negatives from the same documents (lots and values, the service bought even where it is social --
a social impact framework's services, a social gardening programme, salary sacrifice benefits, a carbon reduction
consultancy lot --, procurement rules and thresholds, supplier onboarding and management information, bid process and
tender periods, award categories, a framework operator's own surplus, giving or recruitment, a report itself).

Sources (all new to the corpus): YPO's What is Social Value page and supplier FAQs; ESPO's sustainability page; Find a
Tender notices of HealthTrust Europe (Workplace Essentials, 028584-2025) and Fusion21 (consultancy framework,
004470-2025); d3tenders.com copies of the East of England NHS CPH Social Impact Framework reopening (ocds-h6vhtk-04fb2a),
L&Q's Major Works Investment Programme (ocds-h6vhtk-0325e7) and Peabody's Social Gardening Programme award; HTE's
salary sacrifice framework brief (docplayer.net copy); Building's news of Efficiency North's repairs framework; BDC
magazine and The Construction Index on Pagabo frameworks; Scotland Excel's news on council value reports, its page
for framework suppliers, its MMC Magazine article on the new build residential framework and Scottish Construction
Now's report of that framework's award; Community Led Homes on training and employment through contracts; Ready for Business on
community benefit clauses; SFHA's news of Grampian Housing Association's procurement report; two PfH Scotland blogs on
Scottish Housing News; Mainstreet Consulting on procurement reform for RSLs; Project Scotland on the PfH Scotland DPS
and the SPA / SFHA partnership; GSA's note of the PfH Scotland launch; Hazlemere Commercial on the LHC; CPC's page for
construction suppliers and its excellence awards categories; Peabody's news of its 20% social value weighting and
Construction Enquirer's report of it; Clarion's news on its planned investment procurement; IHEEM, FMJ and Executive
Compass on Fusion21's workplace and FM frameworks; FM Business Daily on Wates in the Places for People programme; The
Construction Index on WHG's framework; Hyde's report of the SVLG social value awards; Loretto Housing's news of
Wheatley's environmental jobs.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, opening
quotation marks of a quoted sentence dropped. Not scored: the batch is scored blind afterwards. Texts already in the
corpus are left out (named on stderr). Find a Tender is Crown copyright (OGL v3), the d3tenders.com copies carry the
notice data licence, the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-68.py > /work/batches/public-texts-68.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# Purchasing consortia and framework operators
YPO = 'https://www.ypo.co.uk/social-value/what-is-social-value'
YPF = 'https://www.ypo.co.uk/contact/help-centre/faqs-supplier'
ESP = 'https://www.espo.org/sustainability'
HTE = 'https://www.find-tender.service.gov.uk/Notice/028584-2025'
HTB = 'https://docplayer.net/amp/13232944-Framework-brief-salary-sacrifice-employee-benefits.html'
SIF = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04fb2a'
ENB = 'https://www.building.co.uk/news/firms-on-notice-for-32bn-housing-repairs-framework/5124143.article'
ENH = 'https://housingtoday.co.uk/news/contractors-appointed-for-32bn-social-housing-maintenance-scheme/5127912.article'
JVN = 'https://www.jvnorth.co.uk/multi-tiered-framework-attract-contractors/'
PGB = ('https://www.bdcmagazine.com/2022/10/pagabo-puts-suppliers-on-notice-for-1bn-refit-and-refurbishment-'
       'framework/')
PGC = 'https://www.theconstructionindex.co.uk/news/view/mental-health-concerns-get-framework-bidders-more-time'
SXV = 'https://home.scotland-excel.org.uk/newsroom/news/2020/value-reports-sent-to-councils/'
SXS = 'http://scotland-excel.org.uk/home/Suppliers/Scotland-Excel-framework-suppliers.aspx'
MMC = 'https://mmcmag.co.uk/scotland-building-together'
SCN = 'https://scottishconstructionnow.com/articles/scotland-excels-new-build-framework-named-best-procurement-delivery'
PSC = 'https://projectscot.com/2020/07/pfh-scotland-seeks-contractors-for-125m-dps-initiative/'
SPA = 'https://projectscot.com/2023/07/partnership-renewed-to-build-on-scottish-housing-successes/'
GSA = 'https://www.gsa-uk.com/Industry-News-Update/8851428'
HAZ = 'https://hazlemerecommercial.co.uk/blog/how-does-the-lhc-framework-work-who-can-use-it/'
CPC = 'https://www.thecpc.ac.uk/services/construction-suppliers'
CPA = 'https://cpcexcellenceawards.co.uk/categories/'
F2I = 'https://iheem.org.uk/?p=45818'
F2F = 'https://fmj.co.uk/bids-invited-for-800m-workplace-and-facilities-management-framework'
F2E = 'https://executivecompass.co.uk/blog/news/case-study-fusion21-workplace-and-facilities-framework'
F2C = 'https://www.find-tender.service.gov.uk/Notice/004470-2025?origin=SearchResults&p=662'
# Community benefits guidance for social landlords
CLH = 'https://www.communityledhomes.org.uk/communities/24'
RFB = 'https://readyforbusiness.org/learnmoreCBC/'
SH1 = 'https://www.scottishhousingnews.com/articles/blog-social-landlords-to-face-new-procurement-rules'
SH2 = 'https://www.scottishhousingnews.com/articles/blog-procurement-reform-what-social-landlords-need-to-know'
MSC = 'http://mainstreetconsulting.co.uk/scottish-procurement-reform-implications-for-registered-social-landlords/'
# Housing associations
GHA = 'https://sfha.co.uk/news/grampian-housing-association-procurement-spend-supports-local-businesses'
PEA = ('https://www.peabodygroup.org.uk/media-centre/news/corporate-news/successful-trial-sees-peabody-award-'
       'contracts-to-suppliers-who-add-social-value/')
CEQ = 'https://constructionenquirer.com/?p=474014'
PGN = 'https://d3tenders.com/contract/?ocid=ocds-b5fd17-f97a9976-3ca1-4628-8b83-2c6562404551'
CLA = ('https://www.myclarionhousing.com/my-community/community-life/news-stories-and-guides/2022/03/22/procurement-'
       'process-underway-for-planned-investment-services')
LQ = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0325e7'
WPP = 'https://news.fmbusinessdaily.com/2023/08/wates-to-manage-two-regions-in-national-places-for-people-programme'
WHG = 'https://www.theconstructionindex.co.uk/news/view/walsall-housing-picks-three-for-197m-framework'
HYD = 'https://www.hyde-housing.co.uk/news/corporate-and-financial/and-the-winner-is/'
LOR = 'https://www.lorettoha.co.uk/about-us/media/latest-news/100m-plan-for-communities-and-almost-200-new-jobs'

YPO_S = 'What is Social Value? (YPO)'
YPO_E = YPO_S + ': Some of the more obvious and usually well embedded examples include:'
YPF_S = 'Supplier FAQs (YPO)'
ESP_S = 'Sustainability (ESPO)'
HTE_S = 'Workplace Essentials: Supplies, Designs, and PPE (HealthTrust Europe): Scope: Description'
HTB_S = 'Framework brief: Salary Sacrifice & Employee Benefits (HealthTrust Europe): Framework overview'
SIF_S = 'Social Impact Framework - Reopening 1 (East of England NHS Collaborative Procurement Hub)'
ENB_S = 'Firms on notice for £3.2bn housing repairs framework (Efficiency North / EN:Procure)'
ENH_S = 'Contractors appointed for £3.2bn social housing maintenance scheme (EN:Procure)'
JVN_S = 'Multi-tiered framework to attract contractors (JV North)'
PGB_S = 'Pagabo puts suppliers on notice for £1bn refit and refurbishment framework'
PGC_S = 'Mental health concern gets framework bidders more time (Pagabo)'
SXV_S = 'The value of Scotland Excel: Each council sent detailed report'
SXS_S = 'Scotland Excel framework suppliers'
MMC_S = 'Scotland building together (Scotland Excel new build residential framework)'
SCN_S = 'Scotland Excel’s New Build Framework named ‘Best Procurement Delivery’'
PSC_S = 'PfH Scotland seeks contractors for £125m DPS initiative'
SPA_S = 'Partnership renewed to build on Scottish housing successes (Scottish Procurement Alliance)'
GSA_S = 'Procurement for Housing (PfH) Scotland launch'
HAZ_S = 'How does the LHC framework work & who can use it?'
CPC_S = 'Crescent Construction framework: construction suppliers: Key features'
CPA_S = 'CPC Excellence Awards: Categories and Entry Criteria: Best Commitment to Carbon Reduction & Sustainability'
F2I_S = 'Fusion21 Workplace and Facilities Management Framework (IHEEM)'
F2F_S = 'Bids invited for £800m Workplace and Facilities Management Framework (Fusion21)'
F2E_S = 'Case study: Fusion21 Workplace and Facilities Framework (Executive Compass)'
F2C_S = 'Fusion21 Members Consortium consultancy framework: Scope of the procurement'
CLH_S = 'Creating Training and Employment Opportunities (Community Led Homes)'
RFB_S = 'Community Benefit Clauses (Ready for Business)'
RFB_L = RFB_S + ': Community Benefits which can potentially be included as contractual clauses include:'
SH1_S = 'Blog: Social landlords to face new procurement rules (PfH Scotland)'
SH2_S = 'Blog: Procurement reform – what social landlords need to know (PfH Scotland)'
MSC_S = 'Scottish Procurement Reform: implications for Registered Social Landlords'
MSC_I = MSC_S + ': What are the implications of the new legislation?'
GHA_S = 'Grampian Housing Association procurement spend supports local businesses'
PEA_S = 'Successful trial sees Peabody award contracts to suppliers who add social value'
CEQ_S = 'Peabody social value weighting raised to 20% (Construction Enquirer)'
PGN_S = 'GB-London: Social Gardening Programme (Peabody): Notice Description'
CLA_S = 'Procurement process underway for planned investment services (Clarion Housing)'
LQ_S = 'Major Works Investment Programme (London & Quadrant Housing Trust): Notice Description'
WPP_S = 'Wates to manage two regions in national Places for People programme'
WHG_S = 'Walsall Housing picks three for £197m framework'
HYD_S = 'And the winner is... (Hyde: SVLG Social Value Awards)'
HYD_P = HYD_S + ': Best Social Value Collaboration: The project:'
LOR_S = '£100M plan for communities - and almost 200 new jobs (Loretto Housing / Wheatley Group)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # YPO: examples of social value
 (YPO, 'psbo-page', U, EI, [], YPO_E, 'Apprenticeship schemes'),
 (YPO, 'psbo-page', U, EI, [], YPO_E, 'Graduate schemes'),
 (YPO, 'psbo-page', U, EI, [], YPO_E, 'Training and development programs to up-skill employees'),
 (YPO, 'psbo-page', U, EI, [], YPO_E, 'Work placements or work experience'),
 (YPO, 'psbo-page', U, CL, [], YPO_E, 'Reduce waste to landfill (recycling)'),
 (YPO, 'psbo-page', U, CL, [], YPO_E, 'Carbon reduction initiatives'),
 (YPO, 'psbo-page', U, EI, [], YPO_E, 'Local business'),
 (YPO, 'psbo-page', U, EI, [], YPO_E, 'SME initiatives'),
 (YPO, 'psbo-page', U, WB, [], YPO_E, 'Volunteering programs'),
 (YPO, 'psbo-page', U, WB, [], YPO_E, 'Charitable donations/awareness campaigns'),
 (YPO, 'psbo-page', U, CL, [], YPO_E, 'Sustainable product sourcing/design/manufacture'),
 # Efficiency North; Pagabo
 (ENB, 'psbo-news', U, EI, [], ENB_S, 'As well as delivering a great service for those that use the framework to procure installation and repairs works, the successful applicants will also need to match Efficiency North’s commitment to training and skill development, including the use of apprenticeships.'),
 (ENH, 'psbo-news', U, EI, [], ENH_S, 'Around 85% of the contractors appointed by EN: Procure are SMEs.'),
 (ENH, 'psbo-news', U, EI, [], ENH_S, 'The framework was structured to encourage SME engagement and so we are delighted that a large proportion of them are from that sector.'),
 (ENH, 'psbo-news', U, EI, [], ENH_S, 'The successful applicants are keen to deliver outstanding installation and repairs works, while also matching Efficiency North’s commitment to training and skills development, including the use of apprenticeships.'),
 (PGB, 'psbo-news', U, EI, [], PGB_S, 'A number of these places are reserved for SMEs to ensure fair access for organisations of any size, to provide ample choice for clients, and to ensure the generation of maximum positive social impact for communities.'),
 # Scotland Excel value reports
 (SXV, 'psbo-news', S, MU, [], SXV_S, 'Councils are Scotland Excel’s core members and the organisation’s 70-strong portfolio of frameworks is specifically designed to bring them efficiencies and quality while also delivering social and economic benefits to their communities.'),
 (SXV, 'psbo-news', S, EI, [], SXV_S, 'And of these, 79 per cent are SMEs – meaning Scotland Excel’s frameworks not only deliver savings, but also create local and regional businesses opportunities.'),
 (SXV, 'psbo-news', S, EO, [], SXV_S, 'Another key finding is that 83 percent of all Scotland Excel suppliers pay the Real Living Wage.'),
 (MMC, 'psbo-news', S, EI, [], MMC_S, 'It reflects our commitment to supporting smaller businesses, with 70% of the suppliers awarded to the framework classed as small to medium enterprise (SME).'),
 # PfH Scotland
 (GSA, 'psbo-news', S, EI, [], GSA_S, 'By engaging small and medium-sized businesses, PfH Scotland is working to maximise the impact social landlords can have on their local economies.'),
 # Fusion21
 (F2I, 'psbo-news', U, MU, [], F2I_S, 'Fusion21 has a 22-year history of delivering procurement with purpose, and as with all of Fusion21’s frameworks, the Workplace and Facilities Management Framework will help members to deliver social value they can see in communities, aligned with their organisational priorities.'),
 (F2E, 'psbo-news', U, MU, [], F2E_S + ': Fusion21 Framework', 'A real benefit to our members and their communities is the social value delivery that is aligned to organisational priorities and can be monitored and reported against for all call-offs.'),
 # Community Led Homes; Ready for Business
 (CLH, 'housing-guide', U, EI, [], CLH_S, 'Community benefit might, for example, involve imposing targeted recruitment and training obligations on contractors, with a view to creating more jobs and training opportunities in a specific community.'),
 (CLH, 'housing-guide', U, EI, [], CLH_S, 'As a contrast, training and employment opportunities aimed at a specific demographic which is at a disadvantage within the Council’s administrative area – for example the long term unemployed, who are often the furthest removed from the labour market – can achieve the same positive results for a local community without prejudicing potential bidders from outside of the area'),
 (CLH, 'housing-guide', U, MU, [], CLH_S, 'In a contractual context it can be most effective to include detailed specifications and contract terms and conditions in contracts (where they’re relevant) to require contractors to achieve community benefits as part of what they are providing under their contract'),
 (RFB, 'housing-guide', S, EI, [], RFB_L, 'Employment and training opportunities for the long term unemployed and disadvantaged individuals'),
 (RFB, 'housing-guide', S, EI, [], RFB_L, 'Supply chain initiatives including creating opportunities for social enterprises and small and medium sized enterprises.'),
 (RFB, 'housing-guide', S, EI, [], RFB_L, 'Contributions to achievement of education and training targets'),
 (RFB, 'housing-guide', S, WB, [], RFB_L, 'Support for community initiatives'),
 (RFB, 'housing-guide', S, CL, [], RFB_L, 'Environmental targets'),
 # Scottish procurement reform for social landlords
 (SH1, 'housing-guide', S, MU, [], SH1_S, 'Among the key changes is a sustainable procurement duty which requires landlords to show how their purchasing is improving the economic, social and environmental wellbeing of their area.'),
 (MSC, 'housing-guide', S, MU, [], MSC_I, 'A much greater emphasis on a duty to procure sustainably (in social, economic and environmental terms) with a particular emphasis on an RSL’s local economy and the reduction of inequality in its community'),
 (MSC, 'housing-guide', S, EI, [], MSC_S + ': What will this mean for RSLs?', 'The biggest change relates to sustainable procurement and the duty that is now being placed on RSLs, requiring a concerted effort to engage with local suppliers, assess local capability and consider the social and economic benefits to their local economy.'),
 # Housing associations
 (GHA, 'housing-news', S, EO, [], GHA_S, 'Among the recommendations implemented were the inclusion of a Modern Slavery Statement in its Procurement Strategy and Policy and work with existing and prospective suppliers/contractors with a view to ensuring that the real living wage is paid to all their employees.'),
 (PEA, 'housing-news', U, MU, [], PEA_S, 'Peabody will apply a 20 percent social value weighting to its scoring criteria when awarding contracts to suppliers, after a successful two-year trial.', {'weighting_percent': 20}),
 (PEA, 'housing-news', U, MU, [], PEA_S, 'The move means organisations tendering for Peabody’s business need to demonstrate a clear benefit to residents and communities, as well as delivering on quality and value for money.'),
 (PEA, 'housing-news', U, MU, [], PEA_S, 'Peabody estimates the trial generated £20-million-worth of social, economic and environmental benefits for communities, and it will now apply the 20 percent social value weighting for all tenders above the UK procurement threshold.', {'weighting_percent': 20}),
 (PEA, 'housing-news', U, EI, ['wellbeing'], PEA_S, 'These include employment, skills and training and apprenticeship opportunities, as well as projects that tackle social isolation and improvements to outdoor spaces.'),
 (PEA, 'housing-news', U, WB, [], PEA_S, 'This partnership has seen more than 20,000 books sent to families in Hackney, Waltham Forest and Thamesmead as part of a programme to encourage under-fives to read every day.'),
 (CEQ, 'housing-news', U, MU, [], CEQ_S, 'The housing giant – which hands out £1bn in contracts annually – cited a series of pioneering initiatives with construction companies during the trial which saw the social value weighting increased from the previous 2-7%.'),
 (CEQ, 'housing-news', U, WB, [], CEQ_S, 'Purdy Contracts – which has been delivering electrical services to Peabody since 2016 – has also brought back to life a previously unloved community garden at Paradox Community Centre in Chingford.'),
 (CEQ, 'housing-news', U, EI, [], CEQ_S, 'While last year Peabody helped nearly 200 people access opportunities to train and work in construction, through information sessions and traineeship programmes with partners including Durkan, Berkeley Homes, Ardmore and Mulalley.'),
 (CEQ, 'housing-news', U, MU, [], CEQ_S, 'By using our buying power and leveraging social value from our supply chain, we can generate better economic, social and sustainability outcomes for our residents and communities.'),
 (WPP, 'housing-news', U, EI, [], WPP_S, 'Wates Group will be recruiting 84 full-time roles and 42 apprentices and will provide over 1,000 training places and 252 work placements.'),
 (WPP, 'housing-news', U, WB, [], WPP_S, 'As part of Wates Group’s commitment to generating social value for communities, the company will be donating materials and time for community refurbishment projects, running DIY workshops for tenants and donating to local good causes.'),
 (HYD, 'housing-news', U, MU, [], HYD_P, 'As part of the Ferrersfield development in Knowsley agreement (comprising of 131 new build properties), HMS was required to demonstrate social commitments to the local area.'),
 (HYD, 'housing-news', U, EI, [], HYD_P, 'Collaborating with Torus Foundation, HMS has helped to support the local area through IAG (information, advice and guidance), training and education.'),
 (HYD, 'housing-news', U, EI, [], HYD_P, 'Impressive outcomes included improving on the local employment target by over 400%.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # YPO
 (YPO, 'psbo-page', U, YPO_S, 'The reality is that ‘social value’ is a hugely complex area; it’s difficult to deliver beyond the obvious and the topic itself is so broad it can often confuse even those with the best of intent by the sheer scale, complexity and challenge of practical interpretation.'),
 (YPF, 'psbo-page', U, YPF_S + ': What is required for a tender process?: At or below £15,000', 'For a procurement activity (internal or trading spend) involving an estimated value up to £15,000 the procurement procedure may use any reasonable means to select the supplier and the procedures and outcome must be recorded and held on file.'),
 # ESPO: the buying organisation's own pledges and site
 (ESP, 'psbo-page', U, ESP_S + ': Steps we have taken so far include:', 'Investment in our site in areas of recycling and sustainable energy solutions in advance of our ‘zero to landfill’ ambitions and in line with our ‘switch it off’ policy.'),
 (ESP, 'psbo-page', U, ESP_S + ': Steps we have taken so far include:', 'Continuous improvement of our fleet management, undergoing regular reviews for vehicle efficiency, delivery reductions and driver training.'),
 # HealthTrust Europe
 (HTE, 'psbo-notice', U, HTE_S, 'HeathTrust Europe is seeking bids for a framework Agreement for Workplace Essentials: Supplies, Designs, and PPE.'),
 (HTE, 'psbo-notice', U, HTE_S, 'The focus was to understand current performance, explore innovation, improvements, and any new offerings they can bring to the market.'),
 (HTB, 'psbo-notice', U, HTB_S, 'The framework is to allow for employers to provide Salary Sacrifice and Employee Services to their employees.'),
 # Social Impact Framework: the community services bought
 (SIF, 'psbo-notice', U, SIF_S + ': Notice Description', 'Services may include, but are not limited to, support relating to mental health, housing, employment, financial inclusion, domestic abuse, and wider prevention services.'),
 (SIF, 'psbo-notice', U, SIF_S + ': Notice Description', 'Prevention & Cessation: Commissioning services that focus on prevention, early intervention, and supporting people to make positive changes, reducing demand for crisis or acute care.'),
 (SIF, 'psbo-notice', U, SIF_S + ': Lot Information: Voice, Influence and Representation Services', 'Supports marginalised or underrepresented groups to influence local decisions.'),
 # Efficiency North; Pagabo
 (ENB, 'psbo-news', U, ENB_S, 'EN:Procure’s framework is split into 37 lots covering a range of work including electrical, heating, roofing and brickwork and will be available for social housing projects across Yorkshire and the Humber, the East Midlands and the North-west.'),
 (ENB, 'psbo-news', U, ENB_S, 'Firms have until 1 September to return their prequalification questionnaires.'),
 (ENH, 'psbo-news', U, ENH_S, 'The installation and repairs framework is designed for social housing projects and divided into 36 lots, each representing specific categories of work such as electrical, heating, roofing, and brickwork.'),
 (JVN, 'housing-news', U, JVN_S, 'To overcome this, we decided to split the 2017/21 framework into a two-tier system based on the value of the works being offered.'),
 (PGB, 'psbo-news', U, PGB_S, 'Under these lots, up to nine contractors will be allocated to regional sub lots, comprising six core and three reserve suppliers.'),
 (PGC, 'psbo-news', U, PGC_S, 'Concerns about the mental health of people who might want to bid for a place on this framework have prompted Pagabo to extend the tender period, it said.'),
 (PGC, 'psbo-news', U, PGC_S, 'With the tender period for this framework expected to fall across the school holidays, we have increased the tender period to 10 weeks to make sure bidding doesn’t interfere with people’s home lives or increase stress unnecessarily.'),
 # Scotland Excel
 (SXV, 'psbo-news', S, SXV_S, 'A key finding is that Scotland Excel saved the country’s local government sector £14.9 million during the last financial year alone.'),
 (SXV, 'psbo-news', S, SXV_S, 'The reports let councils know the percentage of suppliers in their area (on Scotland Excel frameworks) that pay the Real Living Wage.'),
 (SXS, 'psbo-page', S, SXS_S + ': Management information', 'Scotland Excel requires suppliers to submit regular management information so that we can monitor spend and savings on behalf of our members.'),
 (MMC, 'psbo-news', S, MMC_S, 'It has been specifically developed to accelerate projects by significantly reducing the time it takes social landlords, including councils, to engage a contractor to build new homes.'),
 (SCN, 'psbo-news', S, SCN_S, 'The framework offers the ‘offsite’ construction method, which sees a significant amount of the build done offsite - and offers environmental sustainability benefits.'),
 (SCN, 'psbo-news', S, SCN_S, 'The framework also offers PassivHaus builds.'),
 # PfH Scotland; Scottish Procurement Alliance
 (PSC, 'psbo-news', S, PSC_S, 'For each category, contractors will be required to either supplement a social landlord’s in-house direct labour organisation or to fully manage an outsourced repairs and voids service, which may include call handling, repairs diagnostics and work scheduling.'),
 (SPA, 'psbo-news', S, SPA_S, 'SPA’s Community Benefit Fund (CBF) sees surpluses invested back into Scottish communities, via its charity partner, Lintel Trust.'),
 (SPA, 'psbo-news', S, SPA_S, 'Its frameworks offer a route to market for the construction, refurbishment, consultancy and maintenance of social housing and public buildings.'),
 (GSA, 'psbo-news', S, GSA_S, 'Since it was launched in 2004 Procurement for Housing has acquired 864 members across the UK and claims to have saved more than £38 million for the social housing.'),
 # LHC; CPC
 (HAZ, 'psbo-news', U, HAZ_S, 'As a not-for-profit organisation the LHC returns a surplus to their client contracting authorities, to support social value initiatives in their local communities.'),
 (CPC, 'psbo-page', U, CPC_S, 'Balanced risk: Pre-drafted contract templates, developed by specialist legal advisers, assure contractors that contract terms are fair and reduce post-award negotiation, promoting consistency across projects'),
 (CPA, 'psbo-page', U, CPA_S, 'This category recognises the best commitment to carbon reduction & sustainability where organisations have demonstrated leadership, innovation, and impact in reducing their greenhouse gas (GHG) emissions and enhancing their environmental sustainability.'),
 (CPA, 'psbo-page', U, CPA_S, 'Sustainable procurement practices are those that minimise the negative environmental, social, and economic impacts of the procurement process whilst maximising on the positive benefits.'),
 # Fusion21
 (F2I, 'psbo-news', U, F2I_S, 'The procurement specialist is looking for suppliers that can manage the operation of non-domestic buildings – from single sites to larger portfolios.'),
 (F2F, 'psbo-news', U, F2F_S, 'The framework will provide a range of facilities management services suitable for various building types including hard and soft services.'),
 (F2E, 'psbo-news', U, F2E_S + ': An overview of the tender', 'Around 14,000 words were required for the bid, covering seven quality questions, and two extensive qualification questionnaire sections covering GDPR and health and safety capability (PAS91)'),
 (F2E, 'psbo-news', U, F2E_S + ': An overview of the tender', 'Fusion21 used the open procedure for this procurement, meaning there was just one stage for both SQ and tender questions.'),
 (F2C, 'psbo-notice', U, F2C_S, 'Lot 11 - Carbon Reduction and Sustainability. Carbon Reduction and Sustainability'),
 # Community Led Homes; Ready for Business; Scottish procurement reform
 (CLH, 'housing-guide', U, CLH_S, 'For this reason, ‘local labour’ requirements are often seen as being unlawful.'),
 (RFB, 'housing-guide', S, RFB_S, 'Ready for business can provide practical support with the development and implementation of CBCs in procurement as well assistance with scoring and evaluation of tender responses and monitoring of impact.'),
 (SH1, 'housing-guide', S, SH1_S, 'Crucially, housing associations are now deemed to be ‘public contracting authorities’ under the new Act and will be expected to comply with the new rules.'),
 (SH2, 'housing-guide', S, SH2_S, 'Failure to comply could leave them open to government supervisory action and additional re-procurement costs.'),
 (MSC, 'housing-guide', S, MSC_I, 'Greater transparency with a mandatory procurement strategy when aggregate expenditure is greater than £5m per annum, a procurement report at the end of each financial year and a contracts register published on RSLs’ websites.'),
 # Housing associations
 (GHA, 'housing-news', S, GHA_S, 'The association encourages potential suppliers and contractors to register with Public Contracts Scotland (PCS) and participate in the Supplier Development Programme to ensure they are fully aware of contract requirements and are supported to submit the best possible tender.'),
 (GHA, 'housing-news', S, GHA_S, 'Training was also provided to the Leadership Team to ensure a consistent approach for procurement is embedded throughout the organisation.'),
 (PEA, 'housing-news', U, PEA_S, 'The not-for-profit housing association invests approximately £1 billion a year in goods and services.'),
 (PEA, 'housing-news', U, PEA_S, 'Peabody has used its first social value impact report, published today (Wednesday 19 April), to demonstrate the impact of its commitment to working with organisations that make a positive difference to people’s lives.'),
 (PGN, 'housing-notice', U, PGN_S, 'Peabody are looking for an organisation to review, create, promote and deliver a social gardening programme in Thamesmead within the two key spaces: Hawksmoor Growing Club & Edible/Atriums Gardens.'),
 (PGN, 'housing-notice', U, PGN_S, 'We are looking for a passionate collective or organisation to lead the management and resident engagement of two key gardening spaces in Thamesmead.'),
 (CLA, 'housing-news', U, CLA_S + ': The 20 year approach', 'The decision to appoint a contractor on a 20 year contract is based on market research, which proves that long term relationships provide value for money and enables continuity of delivery.'),
 (LQ, 'housing-notice', U, LQ_S, 'The properties in these areas cover a mix of general needs, supported housing and leaseholder/shared ownership properties, many of which are contained within blocks of flats.'),
 (WPP, 'housing-news', U, WPP_S, 'Its teams will deliver a range of improvements such as new kitchens, doors, and windows as well as exterior painting.'),
 (WHG, 'housing-news', U, WHG_S, 'They will also support the housing association as it works towards achieving a minimum energy rating of C on all its properties by 2030.'),
 (HYD, 'housing-news', U, HYD_S + ': Best Social Value Collaboration', 'This award is for supply chain partners who have worked together to deliver a project with significant social value outcomes that have made a real difference.'),
 (LOR, 'housing-news', S, LOR_S, 'The apprenticeships will be open to unemployed young people living in Wheatley communities.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk',)
batch = Batch('public-texts-68.jsonl')


def group_of(src):
    # One document, one group: each notice (`ocds:<ocid>`, as in notices.jsonl); the two reports of Fusion21's 2025
    # workplace and FM framework launch share one press release.
    if (g := ocid_group(src)): return g
    if src in (F2I, F2F): return 'fusion21-workplace-fm-framework-2025-press-release'
    return src


batch.emit_lists('pub68', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
