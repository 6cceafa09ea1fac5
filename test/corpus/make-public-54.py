"""Write /work/batches/public-texts-54.jsonl: batch 62, TECHNOLOGY TENDERS. What UK public bodies buying digital,
software, IT services, cloud, telecoms and end-user devices ask of their suppliers on social value and sustainability
(device refurbishment and remanufacture, net zero and Scope 3 reporting by technology suppliers, a sustainability
weighting in digital procurements, labour rights in ICT hardware supply chains, social value weightings in IT tenders),
with hard negatives from the same documents: what is bought (laptop refreshes, telephony, committee systems, network
frameworks, accessibility audits and digital inclusion evaluation bought as the service), evaluation and route-to-market
mechanics, pricing, contract terms, hosting and data-centre choices, pass/fail carbon checks, the supplier's own
experience, and the buyer's own green engineering practices.

Sources (all new to the corpus): council decision pages on ICT procurements (London Borough of Barking and Dagenham's
laptop/desktop refresh strategy, Coventry's ICT hardware contract, Southend's device refresh, Islington's laptop refresh,
Oxford's telephony award, the Royal Borough of Windsor and Maidenhead's and Doncaster's committee management system
contracts); Defra's digital blog on its end user services contract, Defra's digital sustainability
strategy 2025 to 2030 on gov.uk and Government Transformation's report of it, the Sustainable ICT blog's About us page;
a BusinessGreen report (stored copy) of the Greening government ICT and digital services strategy; People & Planet's
Electronics Watch page for university staff; UKAuthority on the Scottish Wide Area Network award; Digital Marketplace
opportunities (Department for Education live running services; Belfast City Council accessibility audit); Find a Tender
notices as republished by d3tenders.com (Birmingham City University unified communications, Waltham Forest website
hosting, British Council accessibility audit, North East Learning Trust refurbished desktops); the Scottish Government's
buyer's guides for the digital technology and cyber services DPS, the technology peripherals framework (lot 2), the
digital technology services DPS guide and the Digital Services DPS 1.0 page (www2.gov.scot); Computer Weekly on CCS's
education ICT framework; Jisc's IT sustainability guide as reposted on edu2k.net; Unit4's and Capgemini's notes on
social value in public sector technology contracts; techUK's consultation response on social value (wired-gov.net) and
UKAuthority's report of its survey; and the Greener Service Principles (github:greenerservices/
greenerservices.github.io), whose principle 4 on choosing suppliers and 6c on end-of-life management give the supplier
asks and whose engineering principles give hard negatives.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus) and the fetched repository;
list bullets and numbering dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards.
Texts already in the corpus are left out (named on stderr). Crown copyright pages (gov.uk, gov.scot, www2.gov.scot,
Defra's gov.uk blogs, the Digital Marketplace) and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-54.py > /work/batches/public-texts-54.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# Council decision pages (ICT procurements)
LBBD = 'https://modgov.lbbd.gov.uk/Internet/ieIssueDetails.aspx?IId=89034&Opt=3'
COV = 'https://edemocracy.coventry.gov.uk/mgAi.aspx?ID=31411'
SOU = 'https://democracy.southend.gov.uk/mgDecisionDetails.aspx?IId=21176&Opt=1'
ISL = 'https://democracy.islington.gov.uk/ieIssueDetails.aspx?IId=25901&PlanId=0&Opt=3'
OXF = 'https://mycouncil.oxford.gov.uk/ieDecisionDetails.aspx?Id=863'
RBW = 'https://rbwm.moderngov.co.uk/ieDecisionDetails.aspx?ID=176'
DON = 'https://doncaster.moderngov.co.uk/mgIssueHistoryHome.aspx?IId=19029&Opt=0'
NDV = 'https://democracy.northdevon.gov.uk/mgIssueHistoryHome.aspx?IId=10809&Opt=0'
# Defra: digital blog, strategy, report of the strategy, Sustainable ICT blog
DFB = 'https://defradigital.blog.gov.uk/2025/09/30/how-defra-is-leading-the-way-in-sustainable-technology/?replytocom=23379'
DFS = ('https://www.gov.uk/government/publications/defra-digital-sustainability-strategy-2025-to-2030/'
       'defra-digital-sustainability-strategy-2025-to-2030')
GTR = ('https://www.government-transformation.com/transformation/'
       'defra-aims-for-greener-tech-with-2030-sustainability-targets?hs_amp=true')
SIC = 'https://sustainableict.blog.gov.uk/about-us/'
BGR = 'http://34.80.245.248/content_html/2020-09-11/210cf109756b42acb779df6e959b36f5.html'
# Electronics Watch for universities; SWAN; Digital Marketplace; notices
PNP = 'https://peopleandplanet.org/electronics-watch-universities'
SWN = 'https://www.ukauthority.com/articles/bt-takes-over-scottish-wide-area-network/'
DFE = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/18072'
BEL = 'https://www.digitalmarketplace.service.gov.uk/digital-outcomes-and-specialists/opportunities/19840'
BCU = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-05e44a'
WFH = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-066f8e'
BRC = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-064a03'
# Scottish Government ICT buyer's guides
DTC = 'https://www.gov.scot/publications/procurement-digital-technology-and-cyber-services-dps-buyer-guide/pages/'
DTC1 = DTC + 'using-a-dynamic-purchasing-system/'
DTC2 = 'https://gov.scot/publications/procurement-digital-technology-and-cyber-services-dps-buyer-guide/pages/terms-and-conditions'
TPL = ('https://gov.scot/publications/procurement-ict-products-technology-peripherals-and-infrastructure-framework-'
       'lot-2-sp-21-012/pages/guidance-information')
DTS = 'https://www.gov.scot/publications/digital-technology-services-dynamic-purchasing-system-guide/'
DS1 = 'https://www2.gov.scot/Topics/Government/Procurement/directory/itms/DynamicPurchasingSystem'
# Trade press, supplier notes, Jisc
CWE = 'https://computerweekly.com/news/252466521/Crown-Commercial-Service-launches-ICT-framework-for-education'
EDU = 'https://edu2k.net/?p=66938'
UN4 = 'https://www.unit4.com/blog/growing-importance-social-value-public-sector-contracts'
CAP = 'https://www.capgemini.com/gb-en/insights/expert-perspectives/delivering-social-value/'
# Greener Service Principles (GitHub)
GS = 'github:greenerservices/greenerservices.github.io@9ce4eedbcfec3c684bd9b4f686f1ca516b2799af:app/principles/'
GS4 = GS + '4-work-with-partners-who-can-support-your-greener-goals.md'
GS4A = GS + 'actions/4a-select-suppliers-who-can-support-your-Greening-Government-Commitment-goals.md'
GS4B = GS + 'actions/4b-select-suppliers-delivering-on-social-value.md'
GS4C = GS + 'actions/4c-select-greener-data-centre-providers.md'
GS4D = GS + 'actions/4d-select-build-partners-with-experience-of-delivering-greener-services.md'
GS7B = GS + 'actions/7b-design-lightweight-digital-pages.md'
GS8D = GS + 'actions/8d-optimise-your-cloud-computing-service-model.md'
GS8I = GS + 'actions/8i-consider-security-controls.md'
GS9B = GS + 'actions/9b-develop-efficient-software.md'
GS6C = GS + 'actions/6c-minimise-the-lifecycle-impacts-of-equipment-used-by-teams.md'
# techUK on social value; North East Learning Trust notice
TUK = ('https://www.wired-gov.net/wg/news.nsf/articles/'
       'social+value+that+delivers+make+it+measurable+flexible+and+smefriendly+10112025101500?open')
TKA = 'https://www-ukauthority-com.azurewebsites.net/articles/techuk-highlights-social-value-problems-for-tech-suppliers'
NEL = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06a117'

LBBD_S = 'Corporate Laptop / Desktop Computer Device Refresh Procurement Strategy: Cabinet (Item 54): Minutes'
COV_S = 'Provision of ICT Hardware, Software and Peripherals: Report of the Director of Housing and Transformation'
SOU_S = 'Contract for Replacement of Laptops, Desktops and Tablets'
ISL_S = 'Procurement strategy for laptops: Executive (Item 85)'
OXF_S = 'Award of contract for a new Telephony solution.'
DFB_S = 'How Defra is leading the way in sustainable technology'
DFS_S = 'Defra digital sustainability strategy 2025 to 2030: Purpose, scope and governance'
GTR_S = 'Defra aims for greener tech with 2030 sustainability targets'
SIC_S = 'Sustainable ICT blog: About us'
BGR_S = 'Latest Greening Government strategy points to demanding new sustainable procurement rules for IT suppliers'
PNP_S = 'Electronics Watch - information for university staff'
PNP_A = PNP_S + ': By affiliating to Electronics Watch, institutions are able to access:'
SWN_S = 'BT takes over Scottish Wide Area Network'
DFE_S = 'Live Running Services for the Apprenticeship (Department for Education)'
BEL_S = 'Manual accessibility audit and remedial recommendations on Belfast City Council’s websites'
DTC_S = 'Procurement - digital technology and cyber services DPS: buyer\'s guide'
DTC1_S = DTC_S + ': Using a dynamic purchasing system (DPS)'
GSP = 'Greener Service Principles: 4. Work with partners who can support your greener goals'
GS4A_S = GSP + ': 4a. Select suppliers who can support your Greening Government Commitment goals'
GS4C_S = GSP + ': 4c. Select greener data centre providers'
GS4D_S = GSP + ': 4d. Select build partners with experience of delivering greener services'
UN4_S = 'The growing importance of social value in public sector contracts'
TUK_S = 'Social value that delivers: make it measurable, flexible and SME-friendly'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # London Borough of Barking and Dagenham: laptop / desktop refresh
 (LBBD, 'tech-council', U, MU, ['climate'], LBBD_S, 'The Cabinet Member referred to the projected costs associated with the procurement, the tender evaluation criteria which included a 10% Social Value assessment, and the plans to recycle and remanufacture the old stock.', {'weighting_percent': 10}),
 (LBBD, 'tech-council', U, CL, [], LBBD_S + ': Cabinet resolved to:', 'Agree the arrangements for the re-manufacturing of old devices at nil cost to the Council, as set out in paragraph 1.8 of the report; and'),
 # Defra: end user services contract, digital sustainability strategy
 (DFB, 'tech-case', U, CL, [], DFB_S + ': Why we are doing this', 'We are applying commercial strategies to set new standards in sustainable contracting.'),
 (DFB, 'tech-case', U, CL, [], DFB_S + ': Why we are doing this', 'This includes supporting circular economy benefits and extending the life of hardware devices through refurbishment while remaining focused on performance and a great user experience.'),
 (GTR, 'tech-strategy', U, CL, [], GTR_S + ': Supply chain accountability', 'Defra will require greater transparency from technology providers, including detailed reporting of indirect (Scope 3) emissions and evidence of verified net zero commitments.'),
 (GTR, 'tech-strategy', U, CL, [], GTR_S + ': Supply chain accountability', 'From 2025, sustainability will carry a weighting of up to 15 per cent in major digital procurements.', {'weighting_percent': 15}),
 (GTR, 'tech-strategy', U, MU, [], GTR_S + ': Supply chain accountability', 'Suppliers will be expected to demonstrate ongoing progress against agreed environmental and social criteria throughout the contract lifecycle.'),
 (SIC, 'tech-strategy', U, CL, [], SIC_S, 'Then, on the novel and contentious ones, we insert globally leading criteria through tendering to ensure any new suppliers assist Defra group meet our stringent net zero targets, and social value ambitions.'),
 # Greening government ICT and digital services strategy (report)
 (BGR, 'tech-strategy', U, CL, [], BGR_S, 'As such, the new strategy seeks a range of sustainability commitments from suppliers as a prerequisite for securing government procurement contracts.'),
 (BGR, 'tech-strategy', U, CL, [], BGR_S, 'The three rules mean that by 2025, all government suppliers of ICT must have a commitment to become net zero with an action plan and evidence of positive progress.'),
 (BGR, 'tech-strategy', U, CL, [], BGR_S, 'In addition, while government estates must have zero waste to landfill and annual increases in recycling from this year, by 2025 government suppliers will likewise be required to have established zero waste to landfill targets.'),
 # Electronics Watch: labour rights in ICT hardware contracts (universities)
 (PNP, 'tech-ethical', U, EO, [], PNP_A, 'Transparency in their supply chains – finding out where the factories that produce the ICT harware they purchase are.'),
 (PNP, 'tech-ethical', U, EO, [], PNP_A, 'Human rights embedded into contracts with ICT firms.'),
 (PNP, 'tech-ethical', U, EO, [], PNP_A, 'Independent, worker-driven monitoring of factories to ensure contractor compliance with human rights clauses.'),
 (PNP, 'tech-ethical', U, EO, [], PNP_A, 'Coordinated work to achieve remedial action in factories if violations have been identified.'),
 # Greener Service Principles, principle 4: choosing suppliers
 (GS4A, 'tech-guide', U, CL, [], GS4A_S + ': Sub-actions', 'Ensure suppliers include their corporate sustainability goals in bids and planning'),
 (GS4A, 'tech-guide', U, CL, [], GS4A_S + ': (i) Ensure suppliers include their corporate sustainability goals in bids and planning', 'Sustainability goals should outline how short and log term targets will be reached.'),
 (GS4A, 'tech-guide', U, MU, [], GS4A_S + ': Sub-actions', 'Choose suppliers with comprehensive reporting'),
 (GS4A, 'tech-guide', U, MU, [], GS4A_S + ': (iv) Choose suppliers with comprehensive reporting: Transparent reporting on sustainability goals means stakeholders can:', 'follow a supplier\'s ESG impacts'),
 (GS4A, 'tech-guide', U, MU, [], GS4A_S + ': (iv) Choose suppliers with comprehensive reporting: Transparent reporting on sustainability goals means stakeholders can:', 'check progress on a supplier\'s ESG goals'),
 (GS4B, 'tech-guide', U, MU, [], GSP + ': 4b. Select suppliers delivering on social value: All public money spent on procurement in the UK must:', 'improve economic, social and environmental wellbeing'),
 (GS4B, 'tech-guide', U, MU, [], GSP + ': 4b. Select suppliers delivering on social value: (i) Choose suppliers delivering on social value', 'Choose suppliers that are delivering on social value in their existing contracts.'),
 (GS4D, 'tech-guide', U, CL, [], GS4D_S + ': Sub-actions', 'Choose suppliers that can plan for audits to show progress and delivery'),
 (GS4D, 'tech-guide', U, CL, [], GS4D_S + ': (ii) Choose suppliers that can plan for audits to show progress and delivery', 'Check that suppliers can plan for audits to show progress on sustainable targets'),
 # Suppliers' notes on social value in public sector technology contracts
 (UN4, 'tech-supplier', U, MU, [], UN4_S, 'Public sector organisations are increasingly selecting suppliers based on how much social value their services contribute to the community.'),
 (UN4, 'tech-supplier', U, MU, [], UN4_S, 'Vendors are now scored on what they will do for the community.'),
 (UN4, 'tech-supplier', U, MU, [], UN4_S, 'This element is weighted between 5 and 20 percent, and tenders are increasing based on formal metrics such as those developed by the National TOMs Framework (in the UK), and equivalents in other countries.'),
 (CAP, 'tech-supplier', U, MU, [], 'Delivering social value', 'The introduction of a mandatory weighting of at least 10% (with some exceptions) sends a really clear message: Government wants a good job, at a fair price, and a better world while you are about it.', {'weighting_percent': 10}),
 # Greener Service Principles 6c: end-of-life management through the supplier contract
 (GS6C, 'tech-guide', U, CL, [], 'Greener Service Principles: 6c. Minimise the lifecycle impacts of equipment used by teams: Sub-actions', 'Apply appropriate disposal methods across teams and supply chain partners'),
 (GS6C, 'tech-guide', U, CL, [], 'Greener Service Principles: 6c. Minimise the lifecycle impacts of equipment used by teams: (vi) Apply appropriate disposal methods across teams and supply chain partners', 'Does your current supplier contract include end-of-life management services?'),
 # techUK on social value in technology procurement (consultation response)
 (TUK, 'tech-supplier', U, EI, [], TUK_S + ': Measure what matters and publish it', 'When “jobs/skills” is used as an award criterion, there should be at least one tracked KPI (e.g. apprentices started, accredited training hours) with standard definitions so results are comparable.'),
 (TUK, 'tech-supplier', U, MU, [], TUK_S + ': One size fits all won’t build skills where they count', 'A more innovative approach is a “menu, not mandate”: buyers select from a co-designed list of metrics, applying jobs/skills only where they fit the category and outcome.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # London Borough of Barking and Dagenham
 (LBBD, 'tech-council', U, LBBD_S, 'The Cabinet Member for Finance, Growth and Core Services presented a report on proposals for the procurement of new laptops and desktop computers to relace existing stock across the Council which was nearing its end-of-life.'),
 (LBBD, 'tech-council', U, LBBD_S + ': Cabinet resolved to:', 'Agree that the Council proceeds with the procurement of replacement computer hardware and services, in accordance with the strategy set out in the report;'),
 (LBBD, 'tech-council', U, LBBD_S + ': Cabinet resolved to:', 'Note the establishment of a contingency budget of £210,000 per annum for years 2 to 4 to procure replacement laptops as and when required;'),
 # Coventry, Southend, Islington: device procurements
 (COV, 'tech-council', U, COV_S, 'Within a corporate ICT environment, it was normal practice to have an agreed refresh cycle for equipment based on the effective life of the equipment, warranty period and budgetary constraints.'),
 (COV, 'tech-council', U, COV_S, 'Due to the Authority’s size and nature of the market, the Council could not transact directly with manufacturers and had to contract with a distributor instead.'),
 (SOU, 'tech-council', U, SOU_S + ': Reason for Decisions', 'An aggregated tender process allows the Council to take advantage of economies of scale.'),
 (ISL, 'tech-council', U, ISL_S + ': RESOLVED', 'To approve the procurement strategy for the laptop refresh, to a total estimated value of £4,400,000, for the procurement of hardware, managed deployment and related services and software licensing for four years.'),
 # Telephony and committee management systems
 (OXF, 'tech-council', U, OXF_S, 'The Council’s annual telephony spend is £270k a year and many staff have access to more than one voice device solution.'),
 (OXF, 'tech-council', U, OXF_S + ': Alternative options considered', 'Only one bidder was able to develop a solution based on our requirements within budget.'),
 (RBW, 'tech-council', U, 'Waiver the tender process for a Committee Management System & extend the contract with the current supplier ‘Civica Ltd’: Alternative options considered', 'Award the CMS contract to an alternative provider - This would be a resource heavy cost, with the financial cost and officer time taken for data migration being a key factor in this.'),
 (DON, 'tech-council', U, 'CR/485/12/21 - Committee Management System Contract Award: Background', 'The encrypted app also allows confidential information to remain secure ensuring it is only viewed by those who are entitled to access it via a password.'),
 # Defra
 (DFB, 'tech-case', U, DFB_S, 'These include elements of support, such as Tech Bars in our offices, and our Virtual Tech Bars, as well as the provision of laptops, phones and Assistive Technology.'),
 (GTR, 'tech-strategy', U, GTR_S + ': Supply chain accountability', 'Four major contract areas will be prioritised for implementation: connectivity, end-user services, hosting and storage, and application support.'),
 (GTR, 'tech-strategy', U, GTR_S + ': Targets and performance measures: These include:', 'A 16 per cent reduction in centrally managed IT carbon emissions'),
 (DFS, 'tech-strategy', U, DFS_S, 'Digital sustainability is the practice of using digital technology and solutions in a way that ensures long term environmental, economic and social sustainability.'),
 (SIC, 'tech-strategy', U, SIC_S, 'Within Defra, through our procurements we ensure that 100% of our projects and programmes are firstly assessed for sustainability (i.e. likely impacts and benefits).'),
 (PNP, 'tech-ethical', U, PNP_S + ': What’s the Cost?', 'The cost of affiliating to Electronics Watch varies depending on the amount an institution spends on ICT each year on average.'),
 # Scottish Wide Area Network
 (SWN, 'tech-case', S, SWN_S, 'According to the newly published contract award notice, the company will be responsible for the future wide area network requirements of participating authorities and additional services such as the provision of local area networks, voice and internet of things services.'),
 (SWN, 'tech-case', S, SWN_S, '“The SWAN programme will drive benefits for communities across Scotland, making sure that no one is left behind and can access the benefits of technology.”'),
 # Digital Marketplace opportunities
 (DFE, 'tech-opportunity', U, DFE_S + ': Summary of the work', 'The service is live therefore we require a comprehensive handover from incumbent suppliers and ongoing knowledge transfer to permanent staff in DFE.'),
 (DFE, 'tech-opportunity', U, DFE_S + ': About the work: Why the work is being done', 'The Government has committed to increasing the quality and quantity of apprenticeships in England.'),
 (DFE, 'tech-opportunity', U, DFE_S + ': About the work: Why the work is being done', 'We will continue to ensure our services are scalable, cloud-based and meet Government Digital Service standards; so that they meet user needs and ensure a great apprenticeship experience.'),
 (BEL, 'tech-opportunity', N, BEL_S + ': Summary of the work', 'Manual web accessibility audit on specific areas on Belfast City Council’s websites to ensure compliance with WCAG 2.1 standards (and 2.2 draft standards).'),
 (BEL, 'tech-opportunity', N, BEL_S + ': About the work: Why the work is being done', 'We would like to eliminate any barriers to people getting access to our information, regardless of ability and device used.'),
 (BEL, 'tech-opportunity', N, BEL_S + ': About the work: Why the work is being done', 'We use automated tools to carry out our own daily manual checks on the websites, but this work is being done to assess how real users with disabilities interact with our websites.'),
 # Notices
 (BCU, 'tech-notice', U, 'IT197 - Unified Communications Solution (Birmingham City University): description', 'A streamlined and integrated voice solution enabling calls via Microsoft Teams across all BCU devices, regardless of location - providing flexible and responsive communication for staff.'),
 (BCU, 'tech-notice', U, 'IT197 - Unified Communications Solution (Birmingham City University): description', 'The procurement utilised RM6116 - Network Services 3 framework via Crown Commercial Service, Unified Communications Lot (Lot 4B) and the Further Competition option.'),
 (WFH, 'tech-notice', U, 'London Borough of Waltham Forest: notice title', 'Website hosting, technical maintenance and digital infrastructure support for Local Community Fostering'),
 (BRC, 'tech-notice', U, 'British Council: notice title', 'UK_937- Web Accessibility Audit Services'),
 # Scottish Government ICT buyer's guides
 (DTC1, 'tech-framework', S, DTC1_S + ': Benefits of a dynamic purchasing system: Some of the benefits buyers can expect:', 'suppliers can join at anytime. Encourages competition and easier access for SME’s'),
 (DTC1, 'tech-framework', S, DTC1_S + ': Scope: Lot 1 – Digital and technology projects', 'This lot is focused on services delivered as projects with outcomes and milestones.'),
 (DTC2, 'tech-framework', S, DTC_S + ': Terms and conditions: IR35: Off-payroll working', 'Buyers must be aware of this legislation and advise DPS suppliers at call-off stage if the work being procured is in or out of scope.'),
 (TPL, 'tech-framework', S, 'Procurement - technology peripherals and infrastructure framework: lot 2 - buyer\'s guide: Guidance information: Framework agreement Information', 'The framework’s terms and conditions are subject to Scots Law.'),
 (DS1, 'tech-framework', S, 'Digital Services Dynamic Purchasing System (DPS 1.0)', 'It will support the Scottish Government\'s digital strategy and will provide access to a range of digital skills, including cyber expertise, as well as supporting the delivery of agile projects.'),
 # Computer Weekly; Jisc guide; techUK; refurbished desktops bought (the thing bought)
 (CWE, 'tech-framework', U, 'Crown Commercial Service launches ICT framework for education', 'According to CCS, 78% of the suppliers included in the framework are SMEs.'),
 (EDU, 'tech-guide', U, 'Helping colleges and universities consider sustainability when procuring and using IT: Examples of good practice include:', 'Ensuring all equipment is turned off – not placed on standby – when not in use'),
 # Greener Service Principles: pass/fail carbon checks, data-centre choices, supplier experience, engineering practice
 (GS4A, 'tech-guide', U, GS4A_S + ': (ii) Choose suppliers that have committed to carbon reduction plans and Science Based Targets across their supply chains: For any size of contract you should check suppliers:', 'have published a carbon reduction plan'),
 (GS4C, 'tech-guide', U, GS4C_S + ': (i) Choose providers with regions with renewable energy available', 'Choose cloud providers with higher proportion of energy consumed by the data centre that comes from renewable resources.'),
 (GS4C, 'tech-guide', U, GS4C_S + ': (iii) Ensure providers supply reporting tools and actionable data on environmental impact', 'Check providers have tools available to estimate, monitor and manage cloud environmental footprint.'),
 (GS4D, 'tech-guide', U, GS4D_S + ': (i) Choose suppliers with track record of delivering greener services: Check that suppliers:', 'have a record of delivering more sustainable services'),
 (GS4D, 'tech-guide', U, GS4D_S + ': (i) Choose suppliers with track record of delivering greener services: Check that suppliers:', 'can show case studies or examples of services already built'),
 (GS7B, 'tech-guide', U, 'Greener Service Principles: 7b. Design lightweight digital pages: (i) Set page weight budgets', 'A page weight budget is an upper limit of the size of a webpage, measured in bytes.'),
 (GS8D, 'tech-guide', U, 'Greener Service Principles: 8d. Optimise your cloud computing service model: (i) Move from rented Infrastructure to Platform and Serverless solutions where appropriate', 'Move from rented Infrastructure (IaaS) to Platform (PaaS) and Serverless solutions where appropriate'),
 (GS8I, 'tech-guide', U, 'Greener Service Principles: 8i. Consider security controls: (i) Optimise backups and redundancies', 'Shorten backup retention times and remove duplicate backups where possible.'),
 (GS9B, 'tech-guide', U, 'Greener Service Principles: 9b. Develop efficient software: (ii) Utilise lazy loading', 'Lazy loading delays the loading of resources until they are needed, such as when users scroll to them on a page.'),
 (TUK, 'tech-supplier', U, TUK_S, 'Members asserted that if the government wants procurement to grow British jobs and skills, it must avoid turning social value into a blunt instrument.'),
 (TKA, 'tech-supplier', U, 'techUK highlights social value problems for tech suppliers: Survey findings', 'A survey of techUK members showed that 73% believed government is not consistent in how it outlines social value requirements in invitations to tend, and 59% did not believe the requirements are aligned to industry strengths.'),
 (NEL, 'tech-notice', U, 'REFURBISHED DESKTOP HARDWARE CALL-OFF (North East Learning Trust): Notice Description', 'The supply and delivery of refurbished desktop computers across our Trust.'),
 (NEL, 'tech-notice', U, 'REFURBISHED DESKTOP HARDWARE CALL-OFF (North East Learning Trust): Notice Description', 'The procurement covers a one-off supply of 1,202 refurbished desktop computers and 482 monitors, to be delivered in accordance with an agreed implementation plan.'),
]
OGL_HOSTS = ('gov.uk', 'gov.scot', 'www2.gov.scot', 'defradigital.blog.gov.uk', 'sustainableict.blog.gov.uk',
             'digitalmarketplace.service.gov.uk')
batch = Batch('public-texts-54.jsonl')
def group_of(src):
    # One document, one group: the Greener Service Principles site, the pages of one buyer's guide, and each notice
    # (`ocds:<ocid>`, as in notices.jsonl).
    if src.startswith('github:greenerservices/'): return 'github:greenerservices/greenerservices.github.io'
    if 'digital-technology-and-cyber-services-dps-buyer-guide' in src:
        return 'gov.scot/digital-technology-and-cyber-services-dps-buyer-guide'
    if (g := ocid_group(src)): return g
    return src
batch.emit_lists('pub54', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
