"""Write /work/batches/public-texts-67.jsonl: batch 67, texts a supplier meets in SCOTTISH and NORTHERN IRELAND tenders,
from sources the corpus did not yet hold: what councils, a procurement consortium, universities, a college, an
enterprise agency, housing associations and the Northern Ireland Housing Executive tell bidders about community benefits, fair work, climate and
social value (PPN 01/21), with hard negatives from the same documents (how to register and express interest, evaluation
factors other than social value, tender-pack instructions, Central Digital Platform duties, lot and scope descriptions of
what is bought, pass/fail forms, the buyer's own tools, teams and processes).

Sources: Perth and Kinross Council's pages on sustainable procurement and community benefits (current and older copy),
its tenders and contracts general advice and its SME opportunities page; Tayside Procurement Consortium's strategy and
FAQ pages; North Lanarkshire Council's contract opportunities FAQ; Falkirk Council's community benefits page and its
procurement strategy page; Glasgow City Council's sustainable procurement page; Daily Business's report of City
Building (Glasgow)'s subcontractor framework; Complete Tenders' copy of APUC's waste management services notice;
Highlands and Islands Enterprise's sustainable procurement procedures; the University of Edinburgh's pages on community
benefits and fair work, responsible procurement, supply chain initiatives, fairness in trade, its sustainable procurement
tools and two of its sustainability reports; Abertay University's living wage and sustainable procurement pages; Dundee
and Angus College's and Heriot-Watt University's and the University of Strathclyde's procurement pages; Southside and
Govanhill housing associations' procurement pages; the Education Authority (NI) general instructions for tenders and its
"how and what we buy" page; and contract notice data (d3tenders.com copies and Find a Tender) of the Northern Ireland
Housing Executive (response maintenance and improvement; periodic electrical inspection and testing; grounds
maintenance), CPD Health Projects (NEC4 consultancy frameworks) and Perth & Kinross Council (amenity greenspace
framework).
The Northern Ireland policy itself (PPN 01/21's 10% minimum and Living Wage condition) comes from Procura+'s news item on the
Social Value Unit and a Department of Finance release as carried by KentOnline (PA).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbering
dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr).
Find a Tender pages and notice data are OGL v3; the rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-67.py > /work/batches/public-texts-67.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group

S, N = 'scotland', 'northern-ireland'

# Perth and Kinross Council
P18 = 'https://pkc1-prd.gosshosted.com:443/article/18613/Sustainable-procurement-and-community-benefits'
P18B = 'https://www.pkc.gov.uk/article/18613/Sustainable-procurement-and-community-benefits'
PGA = 'https://pkc1-prd.gosshosted.com/article/15481/Tenders-and-contracts-general-advice'
PSM = 'https://pkc1-prd.gosshosted.com/article/15484/Small-to-medium-enterprise-opportunities'
# Tayside Procurement Consortium
TPS = 'http://www.taysideprocurement.gov.uk/strategy'
TPF = 'http://www.taysideprocurement.gov.uk/faqs/business-specific-queries'
TPG = 'http://www.taysideprocurement.gov.uk/faqs/general-queries'
# North Lanarkshire, Falkirk, Glasgow
NLF = 'https://northlanarkshire.gov.uk/index.aspx?articleid=25984'
FCB = 'https://www.falkirk.gov.uk/procurement/community-benefits'
FPS = 'https://www.falkirk.gov.uk/procurement/corporate-procurement-strategy-and-annual-procurement-report'
GSP = 'https://glasgow.gov.uk:443/article/11399/Sustainable-Procurement'
CBD = 'https://dailybusinessgroup.co.uk/2022/09/city-building-invites-bids-for-500m-of-work/'
# APUC, HIE, University of Edinburgh
APW = 'https://completetenders.com/waste-management-services-apuc-t1227346'
HIE = 'https://www.hie.co.uk/about-us/procurement/sustainable-procurement-procedures/'
UED = 'https://www.ed.ac.uk/procurement/sustainableprocurement/procurement-prioritisation'
UCB = 'https://www.ed.ac.uk/procurement/sustainableprocurement/community-benefits-edinburgh-fair-work'
URP = 'https://www.ed.ac.uk/sustainability/operations/responsible-procurement'
UIN = 'https://www.ed.ac.uk/sustainability/what-we-do/supply-chains/initiatives'
UFT = 'https://www.ed.ac.uk/about/sustainability/about/programmes/fairness-trade-sustainable-procurement'
U18 = 'https://www.ed.ac.uk/sustainability/governance-publications-reports/reports/2017-18/sustainable-procurement'
U16 = 'https://www.ed.ac.uk/about/sustainability/governance-publications-reports/reports/2015-16/themes/sustainable-procurement'
ABL = 'https://abertaylivesite.azureedge.net/about/the-university/governance-and-management/procurement/the-living-wage'
ABS = 'https://www.abertay.ac.uk/about/the-university/governance-and-management/procurement/sustainable-procurement/'
DAC = 'https://dundeeandangus.ac.uk/about-us/procurement/sustainable-procurement/'
HWU = 'https://www.hw.ac.uk/uk/services/procurement/supplier-information.htm'
STR = 'https://www.strath.ac.uk/professionalservices/procurement/informationforsuppliers/howwedobusiness/'
# housing associations
SHA = 'https://southside-ha.org/about-us/procurement/'
GHA = 'http://govanhillha.org/procurement/?translate=OFF'
# Education Authority (NI)
EAG = 'https://www.eani.org.uk/publication/general-instructions-and-tender-competition-rules/general-instructions-and-tender-0'
EAB = 'https://www.eani.org.uk/procurement/how-and-what-we-buy'
# Northern Ireland social value policy as reported (Procura+ news; Department of Finance release via PA)
PPL = 'http://www.procuraplus.org/news/?c=search&uid=1nK6WecR'
KOL = 'https://kentonline.co.uk/news/national/stormont-minister-welcomes-largest-increase-in-living-wage-69350'
# notices
NRM = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-068a14'
NEI = 'https://www.find-tender.service.gov.uk/Notice/036544-2025'
NGM = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03a447'
CPH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-066ac9'
PKG = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-042f1e'

P18_S = 'Sustainable procurement and community benefits (Perth and Kinross Council)'
P18_C = P18_S + ': Community Benefits'
PGA_S = 'Tenders and contracts general advice (Perth and Kinross Council)'
PSM_S = 'Small to medium enterprise opportunities (Perth and Kinross Council)'
TPS_S = 'TPC Strategy (Tayside Procurement Consortium)'
TPS_L = TPS_S + ": MEAT takes into account ''Corporate Social Responsibility'' and the TPC will typically consider the following when looking at its contract requirements:"
TPF_S = 'FAQs: Business Specific Queries (Tayside Procurement Consortium)'
NLF_S = 'Contract Opportunities: Frequently asked questions (North Lanarkshire Council)'
NLF_L = NLF_S + ': Are we looking for the lowest priced tender?: Bidders and their tenders will be evaluated on a whole variety of factors, including:'
FCB_S = 'Community Benefits (Falkirk Council procurement)'
FPS_S = 'Corporate Procurement Strategy and Annual Procurement Report (Falkirk Council): Procurement Strategy: The Strategy includes five strategic key areas:'
GSP_S = 'Sustainable Procurement (Glasgow City Council)'
CBD_S = 'City Building invites bids for £500m of work'
APW_S = 'Waste Management Services (APUC): notice description'
HIE_S = 'Our sustainable procurement procedures (Highlands and Islands Enterprise)'
HIE_D = HIE_S + ': What is sustainable procurement?: The Procurement Reform (Scotland) Act 2014 creates a sustainable procurement duty on contracting authorities to consider how their procurement activity can:'
UED_S = 'Sustainable procurement tools (University of Edinburgh procurement)'
UCB_S = 'Community Benefits and Fair Work at the University of Edinburgh'
UCB_P = UCB_S + ': Community Benefits at the University of Edinburgh: Priorities for Community Benefits and supplier collaboration:'
URP_S = 'Responsible procurement (University of Edinburgh)'
UIN_S = 'Social Responsibility and Sustainability: supply chain initiatives (University of Edinburgh): Our approach'
UFT_S = 'Fairness in trade and sustainable procurement (University of Edinburgh)'
U18_S = 'Sustainable procurement (University of Edinburgh SRS report 2017-18)'
U16_S = 'Sustainable procurement (University of Edinburgh sustainability report 2015-16): Sustainable procurement duty'
ABL_S = 'The Living Wage (Abertay University procurement)'
ABS_S = 'Sustainable Procurement (Abertay University procurement)'
DAC_S = 'Sustainable Procurement (Dundee and Angus College): Endorsed by the Principal, Dundee and Angus College is committed to achieving sustainable procurement by:'
HWU_S = 'Supplier information (Heriot-Watt University): Procurement strategy'
STR_S = 'How we do business (University of Strathclyde procurement)'
SHA_S = 'Procurement (Southside Housing Association)'
GHA_S = 'Procurement (Govanhill Housing Association): Regulated Procurements'
EAG_S = 'General Instructions and Tender Competition Rules - Central Digital Platform and ETendersNI (Education Authority)'
EAB_S = 'How and What We Buy (Education Authority)'
PPL_S = 'Northern Ireland’s Social Value Unit joins Procura+ (Procura+ news)'
PPL_T = PPL_S + ': Departments should score for social value using an outcomes-based framework which has four broad themes:'
KOL_S = 'Stormont minister welcomes largest increase in Living Wage: Social value at heart of £158 million of government tenders issued – Murphy'
NRM_S = 'Response Maintenance and Improvement (Northern Ireland Housing Executive): notice description'
NEI_S = 'Periodic Electrical Inspection and Testing to Domestic Properties (Northern Ireland Housing Executive): Scope: Description'
NGM_S = 'CTO85 - Grounds Maintenance Contract 2024 (Northern Ireland Housing Executive): notice description: This requirement includes, but may not be limited to:'
CPH_S = 'NEC4 Frameworks for Consultancy Services in connection with Minor Works Schemes (CPD - Construction Health Projects): notice description'
PKG_S = 'PKC11543 Amenity Greenspace Framework (Perth & Kinross Council): notice description'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Perth and Kinross Council: sustainable procurement and community benefits
 (P18, 'council-page', S, MU, [], P18_C, 'The Council is committed to working with communities and businesses to achieve social value from the money we spend.'),
 (P18, 'council-page', S, WB, ['economic-inequality'], P18_C, 'Items from this list can be included in the supplier quality submissions in any tender responses.'),
 (P18, 'council-page', S, WB, ['economic-inequality'], P18_C, 'This can include requests for sponsorship, donations of material or labour, presentations, work experience or any community related help.'),
 (P18, 'council-page', S, MU, [], P18_C, 'Community benefits will be managed at any regular contract meetings between suppliers, and the Perth and Kinross contract owner.'),
 (P18, 'council-page', S, MU, [], P18_S + ': Sustainable Procurement', 'Contracts let by the Council are developed with regard to our Sustainable Procurement Policy (PDF, 50 KB), the aim of which is to embed social, economic or environmental benefit into all of the contracts we require to deliver our services to communities.'),
 # Tayside Procurement Consortium: what it considers in contract requirements
 (TPS, 'consortium-page', S, CL, [], TPS_L, 'Environmental management'),
 (TPS, 'consortium-page', S, EO, [], TPS_L, 'Equality and diversity,'),
 (TPS, 'consortium-page', S, EO, [], TPS_L, 'Fair trade and ethical procurement'),
 (TPS, 'consortium-page', S, EI, [], TPS_L, 'Development of local economy / engagement with the local business community'),
 # North Lanarkshire Council: evaluation factors
 (NLF, 'council-page', S, MU, [], NLF_L, 'corporate social responsibility (social, economic and environmental factors)'),
 # Falkirk Council: community benefits
 (FCB, 'council-page', S, MU, [], FCB_S, 'As part of its commitment to Community Wealth Building, Falkirk Council considers the inclusion of community benefit requirements for procurement exercises valued at £50,000 and above, taking into account the nature of the contract, its duration, local factors, reasonableness and proportionality.'),
 (FCB, 'council-page', S, WB, [], FCB_S, 'Other types of Community Benefits are now being received from suppliers, such as financial donations, material donations and volunteering days.'),
 (FCB, 'council-page', S, MU, [], FCB_S, 'The aim is to maximise the benefits being delivered to Falkirk Council communities through our contracts.'),
 # Glasgow City Council: sustainable procurement
 (GSP, 'council-page', S, CL, [], GSP_S, 'We will do this by ensuring our sourcing strategies and tender evaluation criteria align and support suppliers which have net zero ambitions.'),
 # City Building (Glasgow) subcontractor framework
 (CBD, 'framework-news', S, MU, [], CBD_S, 'Under the new framework, tendering firms will be subject to a detailed evaluation that examines community, environmental, and economic impact.'),
 (CBD, 'framework-news', S, WB, [], CBD_S, 'To be successful, firms will need to evidence their commitment to community development within their bid.'),
 (CBD, 'framework-news', S, EO, [], CBD_S, 'This could include highlighting a commitment to fair workplace practices such as efforts to provide continuous professional development, a commitment to providing employees with a living wage or to ensuring equality of opportunity in recruitment and progression for under-represented groups.'),
 (CBD, 'framework-news', S, CL, [], CBD_S, 'A strong focus on environmental impact and sustainability are further key to successful appointment.'),
 # APUC waste management services notice
 (APW, 'notice-copy', S, EO, ['climate'], APW_S, 'The Authority has developed a Sustain Supply Chain Code of Conduct- Appendix D which sets out its expected standards for its supply chain in social, ethical and environmental compliance.'),
 # Highlands and Islands Enterprise: the sustainable procurement duty as it applies to its procurements
 (HIE, 'buyer-page', S, MU, [], HIE_D, 'improve the economic, social, and environmental well-being of the authority’s area'),
 (HIE, 'buyer-page', S, EI, [], HIE_D, 'facilitate the involvement of small and medium enterprises, third sector bodies and supported businesses in the process'),
 # University of Edinburgh: community benefits, fair work and responsible procurement
 (UCB, 'buyer-page', S, MU, [], UCB_S, 'The University of Edinburgh has the duty to consider how to promote fair work and the real Living Wage through procurement, as well as to work with suppliers to achieve additional social, economic, employment environmental and/or innovation-related community benefits in Scotland.'),
 (UCB, 'buyer-page', S, MU, [], UCB_S + ': Community Benefits at the University of Edinburgh', 'Our suppliers will also work with budget holders and internal and community stakeholders like the Social Responsibility and Sustainability Department to acheive these aims.'),
 (UCB, 'buyer-page', S, EI, [], UCB_S + ': Community Benefits at the University of Edinburgh', 'Community benefits will also be targeted to help the University to achieve Inclusive Growth and Data Driven Innovation aims as part of the Edinburgh and South East Scotland City Region Deal'),
 (UCB, 'buyer-page', S, WB, [], UCB_P, 'Community Engagement and Widening Participation: Opportunities to support youth engagement, community consultation, creation or improvement of public spaces; This includes our flagship social impact pledges;'),
 (UCB, 'buyer-page', S, EI, [], UCB_P, 'Fair employment and skills: Opportunities to upskill the workforce or for apprenticeships, work placements, and work experience, including for community members as well University students and graduates.this could include engagement with University Careers Service, regional economic development and employment programmes like the Capital City Partnership and industry training bodies like CITB Scotland;'),
 (URP, 'buyer-page', S, MU, [], URP_S, 'At the University of Edinburgh we consider: the environmental impact of goods, services or works being delivered; opportunities to promote human rights within the supply chain; and the potential to enhance local social value through delivery of community benefits.'),
 (URP, 'buyer-page', S, EO, [], URP_S + ': Why is how we source important?', 'We want everyone involved in making products and delivering services treated fairly.'),
 (URP, 'buyer-page', S, EO, [], URP_S + ': Why is how we source important?', 'This means being vigilant on modern slavery; paying special attention to areas such as conflict minerals found in electronics, and palm oil; and championing fair trade, which seeks to empower workers.'),
 (URP, 'buyer-page', S, EI, ['wellbeing'], URP_S + ': Why is how we source important?', 'Examples could include offering apprenticeships or working with local charities.'),
 (UIN, 'buyer-page', S, EO, [], UIN_S, 'We ask suppliers to adopt the APUC Code of Conduct.'),
 (UFT, 'buyer-page', S, EO, ['climate'], UFT_S, 'Fairness in trade and sustainable procurement means calling for responsible practices in relation to workers, environment and society to be followed by our suppliers.'),
 (U16, 'buyer-page', S, MU, [], U16_S, 'From June 2016, the University of Edinburgh is subject to a new Sustainable Procurement Duty, whereby the University must demonstrate that it has considered sustainability in all of its regulated purchases over £50,000.'),
 # Abertay University: the Living Wage in its procurements
 (ABL, 'buyer-page', S, EO, [], ABL_S, 'In compliance with the Act, the University will consider, before undertaking a regulated procurement, whether it is relevant and proportionate to include a question on fair work practices along with other relevant criteria, whilst ensuring the appropriate balance between quality and cost of the contract, paying regard to the statutory guidance including the application of the living wage.'),
 (ABL, 'buyer-page', S, EO, [], ABL_S, 'Where Abertay University is lawfully entitled to consider a non-commercial matter in its procurement processes, we may ask potential contractors the extent to which they are prepared to adopt Living Wage measures for any work they do as part of a contract.'),
 # Abertay University; Dundee and Angus College; Heriot-Watt University
 (ABS, 'buyer-page', S, EI, ['equal-opportunity'], ABS_S + ': Supported Business', 'Where applicable, Abertay University will restrict participation in tendering to supported factories and businesses.'),
 (DAC, 'buyer-page', S, MU, [], DAC_S, 'Considering the environmental and social impact of goods and services in the tender process'),
 (DAC, 'buyer-page', S, MU, [], DAC_S, 'Communicating and promoting sustainability to all employees and ensuring that it is included in the tender process where relevant'),
 (HWU, 'buyer-page', S, MU, [], HWU_S, "Other considerations such as equality, sustainability (in the widest sense), and programme and policy delivery are equally important, to support the University's Outcomes Agreement with the Scottish Funding Council and Scottish Government; and to reflect the University’s ethical trading standards through its approach to procurement."),
 # Northern Ireland: the PPN 01/21 minimum weighting and Living Wage condition, as reported
 (PPL, 'policy-news', N, MU, [], PPL_S, 'Since June 2022, in Northern Ireland all public tenders at or above the thresholds set out in the Public Contracts Regulations must allocate a minimum of 10% of the total award criteria to social value.'),
 (PPL, 'policy-news', N, MU, [], PPL_S, 'Departments should score for social value using an outcomes-based framework which has four broad themes:'),
 (PPL, 'policy-news', N, EI, [], PPL_T, 'increasing secure employment and skills'),
 (PPL, 'policy-news', N, EO, ['economic-inequality'], PPL_T, 'building ethical and resilient supply chains'),
 (PPL, 'policy-news', N, CL, [], PPL_T, 'delivering zero carbon'),
 (PPL, 'policy-news', N, WB, [], PPL_T, 'promoting well-being'),
 (KOL, 'policy-news', N, MU, [], KOL_S, 'It requires that social value makes up at least 10% of the award criteria alongside price and quality.'),
 (KOL, 'policy-news', N, EO, [], KOL_S, 'It also mandates that staff working on government contracts are paid at least the Living Wage as set by the Living Wage Foundation.'),
 (KOL, 'policy-news', N, EO, [], KOL_S, 'All government tenders issued since then have included payment of the Living Wage as a condition of contract.'),
 # Northern Ireland Housing Executive: response maintenance and improvement notice
 (NRM, 'notice', N, MU, [], NRM_S, 'In accordance with the Procurement Policy Note 01/21 - Social Value in Procurement, this Contract will deliver measurable social value outcomes.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Perth and Kinross Council
 (P18, 'council-page', S, P18_C, 'Perth and Kinross Council maintain a wish list and map which highlight any communities who require some help in achieving their goals.'),
 (P18, 'council-page', S, P18_C, 'Local communities or organisations can submit a request for specific help via our online community benefits wish list form and provide details of any requirements and timescales.'),
 (P18, 'council-page', S, P18_C, 'Please note that there are no guarantees that requests will be fulfilled.'),
 (P18, 'council-page', S, P18_C, 'Examples of community benefits already delivered through contracts providing goods, services or works is available on our community benefits delivered map.'),
 (P18, 'council-page', S, P18_S + ': Sustainable Procurement', 'Sustainable procurement is defined as "a process that achieves value for money on a whole life basis and generates benefits not only to the organisation, but also to society and the economy whilst minimising damage to the environment."'),
 (P18B, 'council-page', S, P18_C, 'How can I see what community benefits a supplier can provide?'),
 (PGA, 'council-page', S, PGA_S + ': I have a business, how can I offer my services to the authority?', "Perth and Kinross Council does not maintain a list of 'approved' contractors and suppliers."),
 (PGA, 'council-page', S, PGA_S + ': I have a business, how can I offer my services to the authority?', 'Contractors and suppliers are requested to submit an expression of interest in response to tenders as and when they are advertised.'),
 (PGA, 'council-page', S, PGA_S + ': How can I improve my chances?', 'When expressing an interest or completing a tender pack, ensure you follow the instructions issued, answering all questions and returning all documents/evidence requested, and making sure this is provided in the format required.'),
 (PSM, 'council-page', S, PSM_S, 'Smaller businesses may also be able to fulfil a key role within the supply chain in the form of a sub-contractor and/or supplier of material, equipment and/or goods to the main contractors involved in the delivery of goods, services or project works to the Council.'),
 # Tayside Procurement Consortium
 (TPS, 'consortium-page', S, TPS_L, 'Health, safety and welfare'),
 (TPS, 'consortium-page', S, TPS_S, "The TPC's procurement activity seeks to deliver meat from all of its collaborative procurement activity."),
 (TPF, 'consortium-page', S, TPF_S + ': Where do TPC advertise?', 'All TPC contract opportunities are advertised on Public Contracts Scotland, and TPC recommends that all suppliers interested in doing business with TPC and the wider public sector in Scotland, registers on this site.'),
 (TPF, 'consortium-page', S, TPF_S + ': How can businesses improve their chances?', 'Do not answer the questions by sending in company annual reports/brochures that require the evaluation team to search for the information required.'),
 (TPG, 'consortium-page', S, 'FAQs: General Queries (Tayside Procurement Consortium): What role does Tayside Contract have in TPC?', 'Tayside Contracts provides Roads Maintenance, Catering, Cleaning, Vehicle Maintenance and Winter Maintenance to the Councils in the Tayside area.'),
 # North Lanarkshire Council: evaluation factors and process
 (NLF, 'council-page', S, NLF_L, 'financial viability'),
 (NLF, 'council-page', S, NLF_L, 'technical merit and backup'),
 (NLF, 'council-page', S, NLF_L, 'after sales service'),
 (NLF, 'council-page', S, NLF_L, 'adherence to council policies and protocols'),
 (NLF, 'council-page', S, NLF_S + ': How are tenders evaluated?', 'Details of the specific evaluation criteria and the relative weighting of the criteria are included in the invitation to tender document that suppliers receive.'),
 # Falkirk Council
 (FCB, 'council-page', S, FCB_S, 'Delivery of community benefits is monitored and managed through close working with the relevant Contract Manager, the Employment Training Unit, the Corporate Procurement Unit and Community Services.'),
 (FCB, 'council-page', S, FCB_S, "The Council's Procurement Strategy has an objective to develop community wish lists and to link Community Benefits requested within procurement exercises."),
 (FPS, 'council-page', S, FPS_S, 'Compliance and skills development - To ensure that staff have the procurement knowledge and capability to perform their role and support the procurement people of tomorrow.'),
 (FPS, 'council-page', S, FPS_S, 'Contract and supplier management - To use contract management to improve the services delivered by Falkirk Council and to increase the outcomes achieved.'),
 # Glasgow City Council
 (GSP, 'council-page', S, GSP_S + ': Some key sustainable procurement strategic activity includes the following:', 'As part of the procurement process, officers complete an Initial Procurement Assessment (IPA) that queries if the procurement is required, costed and has budget available.'),
 (GSP, 'council-page', S, GSP_S + ': Some key sustainable procurement strategic activity includes the following:', 'As part of every tender opportunity, the Council completes the Scottish Government developed Sustainability Test which looks to target various areas such as Climate Change, Materials, waste, hazardous Materials, Bio-security, biodiversity, heritage and water.'),
 # City Building
 (CBD, 'framework-news', S, CBD_S, 'The framework aims to appoint a range of services in core trades, ground investigation and demolition, traditional heating and renewable technologies as well as stone masonry and metal work.'),
 (CBD, 'framework-news', S, CBD_S, 'Previously, more than four-fifths (82.5%) of the 136 successful applicants were SMEs (small-medium sized businesses).'),
 # APUC waste management services notice
 (APW, 'notice-copy', S, APW_S, 'Tenderers must complete the Sustain Supply Chain Code of Conduct prior to award to assist in achieving its objectives.'),
 (APW, 'notice-copy', S, APW_S, 'Tenderers must sign Form of Tender - Appendix A prior to award to confirm that their Tender Response is a complete, true and accurate submission.'),
 (APW, 'notice-copy', S, APW_S, 'The Framework Agreement will provide essential waste management services which are compliant with current and future legislation.'),
 (APW, 'notice-copy', S, APW_S, 'The Framework Agreement is split in to five defined waste stream schedules for general waste & materials through to specialised waste and materials across up to five geographical regions.'),
 # Highlands and Islands Enterprise; University of Edinburgh
 (HIE, 'buyer-page', S, HIE_D, 'promote innovation and to act with a view to securing such improvements where it is proportionate and relevant.'),
 (HIE, 'buyer-page', S, HIE_S + ': What is sustainable procurement?', 'Our approach to procurement is aimed at embedding these principles into our processes.'),
 (UED, 'buyer-page', S, UED_S, 'The University has adopted Scottish Government tools to embed environmental, economic and social sustainability into our public procurement activity.'),
 (UED, 'buyer-page', S, UED_S + ': Prioritisation Tool', 'For each sub-category, leads from Procurement and SRS complete the scoring of risks and opportunities, as well as impact and scope for change, for multiple sustainability aspects (e.g., labour issues, climate change, fair trade and impact on equality and communities).'),
 (URP, 'buyer-page', S, URP_S + ': Why is how we source important?', "Most of the University's carbon emissions are calculated as coming from our supply chains, rather than more direct sources like energy consumption."),
 (UIN, 'buyer-page', S, UIN_S, 'In order to identify risks and opportunities related to goods and services we procure, we have used the Scottish Government Sustainable Procurement Prioritisation Tool and Sustainability Test Tool.'),
 (UFT, 'buyer-page', S, UFT_S, 'When buying through the University’s purchasing systems, or using other University contracted suppliers, students and staff can be confident that environmental and social issues have been taken into account.'),
 (U18, 'buyer-page', S, U18_S, 'The University’s total procurement spend in 2017/18 was £312.5 million, 47 per cent of this procurement spend was with small and medium size enterprises.'),
 (ABL, 'buyer-page', S, ABL_S, 'Abertay University pays the living wage to all staff and is an accredited living wage employer.'),
 (ABS, 'buyer-page', S, ABS_S, 'Abertay University will endeavour to ensure transparency, clarity and functionality of all procurement tendering and supporting documentation produced.'),
 (DAC, 'buyer-page', S, DAC_S, 'Considering the whole life cost of goods and services procured'),
 (HWU, 'buyer-page', S, HWU_S, 'VFM embraces elements of lowest cost, fitness for purpose, value engineering, security of supply, risk management, opportunity costs, demand management and innovation.'),
 (STR, 'buyer-page', S, STR_S, 'Goods or services should not be supplied without a University purchase order.'),
 # housing associations
 (SHA, 'buyer-page', S, SHA_S, 'We advertise all of our public procurement opportunities with a contract value of £20,000 or over on Public Contracts Scotland, an online procurement portal hosted by the Scottish Government.'),
 (SHA, 'buyer-page', S, SHA_S, 'Our Strategy sets out how we ensure we use our spending powers to deliver not only value for money but to deliver social, economic and environmental value, and how we will maximise benefits to our communities.'),
 (GHA, 'buyer-page', S, GHA_S + ': Regulated Procurement', 'Maintenance, Reactive & Void Repair Term Contract - £12.3M (complete, awarded to MEARS Ltd)'),
 # Education Authority (NI)
 (EAG, 'buyer-page', N, EAG_S, 'Suppliers participating in Buyer tenders will be required to register on the Central Digital Platform (CDP).'),
 (EAG, 'buyer-page', N, EAG_S, 'It is the supplier’s responsibility to ensure the information submitted via the CDP is up to date and accurate for each and every tender.'),
 (EAB, 'buyer-page', N, EAB_S, 'The Commercial Procurement Team procures a wide range of goods, services and works and issue all their tenders electronically via eTendersNI in line with current best practice.'),
 # Northern Ireland policy news
 (PPL, 'policy-news', N, PPL_S, 'The Social Value Unit is responsible for developing guidance and training for the implementation of this mandate.'),
 (KOL, 'policy-news', N, KOL_S, 'The new policy came into effect on 1st June 2022.'),
 (KOL, 'policy-news', N, KOL_S, 'Up to £158 million worth of government tenders have been published which include social value as part of the scoring criteria.'),
 # notices: Northern Ireland Housing Executive
 (NRM, 'notice', N, NRM_S, "The lot contracts associated with this competitive tendering procedure will deliver responsive maintenance, emergency repairs, void property works, civil engineering, asbestos services, fire safety works, and associated inspections across the Contracting Authority's properties within the relevant region."),
 (NRM, 'notice', N, NRM_S + ': Lot Information', 'Response maintenance and improvement works in South Belfast (Belfast Area)'),
 (NEI, 'notice', N, NEI_S, 'The work also incorporates the replacement of Smoke and Heat detectors which have already achieved or will achieve a 10-year life within the next 1 year.'),
 (NEI, 'notice', N, NEI_S, 'All electrical work is to be undertaken by an organisation that is a registered user/subscriber to an accepted electrical licence to practice system.'),
 (NGM, 'notice', N, NGM_S, 'Wildflower Cutting'),
 # notices: CPD Health Projects
 (CPH, 'notice', N, CPH_S + ': Lot Information', 'Provide consultancy services in connection with Minor Works Schemes at the BHSCT Royal Group of Hospital site'),
 # notices: Perth & Kinross greenspace
 (PKG, 'notice', S, PKG_S, "Perth & Kinross Council ('the Council') is seeking to appoint suitably qualified and experienced contractors for maintenance, repair and minor construction within Amenity Greenspace."),
]
OGL_HOSTS = ('find-tender.service.gov.uk',)
batch = Batch('public-texts-67.jsonl')


def group_of(src):
    # One document, one group: the two copies of Perth and Kinross's sustainable procurement page; each notice
    # (`ocds:<ocid>`), the Find a Tender electrical inspection notice joining its procurement's earlier notices.
    if '/article/18613/' in src: return 'pkc.gov.uk/article/18613'
    if src == NEI: return 'ocds:ocds-h6vhtk-04ef6e'
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub67', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
