"""Write /work/batches/public-texts-51.jsonl: batch 59, social value in tenders for SERVICES WHOSE SUBJECT IS SOCIAL
(adult social care, home care, supported living, domestic abuse, homelessness, care leavers, leisure): what councils ask
or require beyond the service (20% social value pledge, Ethical Care Charter / real Living Wage for home care workers,
Fair Work, local jobs, apprenticeships, local supply chain, care leaver employment), with hard negatives from the same
or sibling documents describing the social service bought (aims, lots, service requirements, client groups, CQC,
funding, procedure).

Sources: Rotherham's Adult Care, Housing and Public Health Market Position Statement (procurement opportunities page;
market and demand pages), Rotherham's 2019 Home Care and Support notice (Contracts Finder; government-online copy),
Find a Tender notices for Telford & Wrekin's domestic abuse service, Hampshire's domestic abuse services and Durham's
homeless accommodation and support, bidatlas copies of Coventry's housing related support and Watford's single
homelessness notices, a copy of Wolverhampton's specialist domestic abuse services notice, d3tenders copies of Falkirk's
Support at Home and Clackmannanshire's Care and Support notices, Moray Council's FOI answer on Fair Work in social care
commissioning, the Scottish living wage guidance for care at home (businessdocbox copy), Care Management Matters on
social value for care businesses, iNetwork's blog on social value in social care commissioning, Trowers & Hamlins on
added value in leisure outsourcing and on the care leavers social value toolkit, CMS on leisure outsourcing, a public
health director's blog on social value in leisure contracts, Social Value Portal's Wirral care leavers case study,
Scotland Excel's pages on its care and support and social care frameworks (launch news, social care page, agency
workers Living Wage case study, 2021 pay uplift, care homes contract register) and a Sell2Wales copy of its agency
workers award notice, the ALLIANCE's note on the National Care Service fair work workstream, gov.scot's National Care
Service fairer Scotland duty assessment, three Impact Guru articles on social value in adult social care contracts,
South Lanarkshire Council's Ethical Care Charter page for Care at Home contracts, Reading's Ethical Care Charter update
minutes, and Cambridge City Council's leisure management contract decisions (living wage; 2026 review).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and numbers
dropped. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out (named on stderr).
Notice data are OGL v3 (Find a Tender, Contracts Finder and Sell2Wales pages directly: OGL; copies: the NOTICE_*
strings); gov.scot pages are Crown copyright (OGL v3); the rest are short quotations.

  python3 test/corpus/make-public-51.py > /work/batches/public-texts-51.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, U, S, W, N


ROT = 'https://www.rotherham.gov.uk/business-council/mps-procurement-opportunities/2'
ROD = 'https://www.rotherham.gov.uk/business-council/mps-adult-care-market-demand'
ROD5 = 'https://www.rotherham.gov.uk/business-council/mps-adult-care-market-demand/5'
RCF = 'https://www.contractsfinder.service.gov.uk/Notice/170af93f-f5f6-4336-ba6d-0877254e788d'
RGO = 'https://www.government-online.net/home-care-and-support-services-rotherham-2/'
TEL = 'https://www.find-tender.service.gov.uk/Notice/074614-2025'
HAM = 'https://www.find-tender.service.gov.uk/Notice/019731-2025'
DUR = 'https://www.find-tender.service.gov.uk/Notice/003953-2026'
COV = 'https://bidatlas.co.uk/tenders/047595-2025'
WAT = 'https://bidatlas.co.uk/tenders/000034-2026'
WOL = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/084394-2025'
FAL = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000517229'
CLA = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000542036'
MOR = 'http://www.moray.gov.uk/moray_standard/page_117349.html'
BDB = ('http://businessdocbox.com/Human_Resources/98223013-Guidance-to-support-delivery-of-the-living-wage-commitment-'
       'to-care-at-home-and-housing-support.html')
CMM = 'https://www.caremanagementmatters.co.uk/article/social-value-what-it-is-and-how-can-it-help-your-care-business/'
INW = 'https://i-network.org.uk/2022/04/28/social-value-in-social-care-commissioning-2/'
TRL = 'https://www.trowers.com/resources/blog/added-value-in-leisure-outsourcing'
TRC = 'https://www.trowers.com/insights/2020/september/supporting-care-leavers-through-procurement---a-social-value-toolkit'
CMS = 'http://www.cms-lawnow.com/ealerts/2018/09/a-bigger-splash-getting-the-most-out-of-leisure-outsourcing'
GFB = 'https://gregfellpublichealth.wordpress.com/2017/07/07/embedding-the-notion-of-social-value-in-leisure-contracts-10-thoughts/'
SVP = ('https://socialvalueportal.com/resources/insight/social-value-enhancement/'
       'apprenticeships-and-employment-opportunities-in-supply-chains')
SXN = 'http://scotland-excel.org.uk/home/Resources/News-pages/News_103310.aspx'
SXS = 'http://www.scotland-excel.org.uk/home/Howwehelp/Social_care.aspx'
SXC = 'http://scotland-excel.org.uk/home/Resources/Case-study-pages/CaseStudy_76929.aspx'
SXU = 'https://home.scotland-excel.org.uk/newsroom/news/2021/november/adult-social-care-pay-uplift'
SXR = 'http://scotland-excel.org.uk/contract.aspx?contract=1918&pageNumber=1'
S2W = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=OCT453839'
ALL = ('https://www.alliance-scotland.org.uk/blog/news/update-on-fair-work-workstream-activity-from-scottish-government-'
       'national-care-service-team/')
NCS = 'https://www.gov.scot/publications/national-care-service-fairer-scotland-duty-assessment/pages/7/'
IGN = 'https://impact-guru.co.uk/blogs/news/net-zero-and-environmental-sustainability-as-a-social-value-requirement-in-care-contracts'
IGA = 'https://impact-guru.co.uk/blogs/news/the-social-value-act-explained-for-adult-social-care-providers'
IGD = 'https://impact-guru.co.uk/blogs/news/local-authority-duties-and-their-impact-on-social-value-requirements'
SLC = 'https://www.southlanarkshire.gov.uk/info/200295/selling_to_the_council/1073/procurement_and_the_council/7'
RDG = 'https://democracy.reading.gov.uk/mgAi.aspx?ID=508'
CAM = 'https://democracy.cambridge.gov.uk/mgDecisionDetails.aspx?IId=8019&Opt=1'
CAM26 = 'https://democracy.cambridge.gov.uk/ieIssueDetails.aspx?IId=33940&Opt=3&PlanId=0'

ROT_S = 'Adult Care, Housing and Public Health Market Position Statement: Procurement Opportunities'
ROT_V = ROT_S + ': Social Value'
ROT_O = ROT_V + ': The Social Value Policy sets out 6 key outcomes:'
ROT_E = ROT_S + ': Ethical Care Charter: Here is an overview of the commitments expected:'
ROD_S = 'Adult Care, Housing and Public Health Market Position Statement: Adult Care Market and Demand'
RCF_S = 'Home Care and Support Services (Rotherham MBC): Description'
RGO_S = 'Home Care and Support Services – Rotherham: The Council’s objectives in establishing this system are to:'
TEL_S = 'Domestic Abuse Service and Perpetrator Behaviour Change Programme (Borough of Telford & Wrekin): Scope: Description'
HAM_S = 'Domestic Abuse Services for Victims and Survivors 2026-2033 (Hampshire County Council): Scope: Description'
DUR_S = ('003191 - Contract for Provision of accommodation and support for homeless individuals with multiple '
         'vulnerabilities (Durham County Council): Scope: Description')
COV_S = 'COV - Housing Related Support Services (2026) (Coventry City Council): Description'
WAT_S = 'Single Homelessness Services Tender (Watford Borough Council)'
WOL_S = 'Specialist Domestic Abuse Services (Wolverhampton City Council): Description'
FAL_S = 'Support at Home (Home Support and Supported Living) (Falkirk Council): Notice Description'
CLA_S = 'Care and Support (Clackmannanshire Council): Notice Description'
MOR_S = 'FOI Request Fair Work – Social Care Commissioning: Response 30-01-2018'
BDB_S = 'Guidance to support delivery of the Living Wage Commitment to Care at Home and Housing Support: 1. Introduction'
CMM_S = 'Social value: What it is and how can it help your care business?'
INW_S = 'Social Value in Social Care Commissioning: Greater Manchester Combined Authority: Implementing the Real Living Wage in Social Care'
TRL_S = ('Added Value in Leisure Outsourcing: In recent projects, we have seen the following being requested by Councils '
         'in their specifications and/or offered by bidders in their method statements to add value to existing leisure provision:')
TRC_S = 'Supporting care leavers through procurement - a social value toolkit'
CMS_S = 'A Bigger Splash – Getting the most out of Leisure Outsourcing'
GFB_S = 'Embedding the notion of social value in leisure contracts. 10 thoughts.'
SVP_S = 'Apprenticeships and employment opportunities in supply chains for local authority care leavers: Project overview'
SXN_S = 'New framework supports sustainability of care (Scotland Excel, 06 Apr 2020)'
SXS_S = 'Scotland Excel: Social care'
SXC_S = 'Case Study: Innovative Approach Secures Living Wage for Care Workers (Scotland Excel)'
SXU_S = 'Adult social care pay uplift (Scotland Excel, 22 November 2021)'
SXR_S = 'Contract Register - Care Homes for Adults with Learning Disabilities Including Autism (Scotland Excel)'
S2W_S = 'Contract Award Notice: Social Care Agency Workers Flexible Framework Agreement (Scotland Excel): Abstract'
ALL_S = 'Update on Fair Work workstream activity from Scottish Government National Care Service team: Workstream 1 – Pay'
NCS_S = 'National Care Service: fairer Scotland duty assessment: Social Care Workforce'
IGN_S = 'Net Zero and Environmental Sustainability as a Social Value Requirement in Care Contracts'
IGA_S = 'The Social Value Act Explained for Adult Social Care Providers'
IGD_S = 'Local Authority Duties and Their Impact on Social Value Requirements'
SLC_S = 'Selling to the council: Ethical Care Charter'
SLC_P = SLC_S + ': Provider commitments'
SLC_C = SLC_S + ': Council commitments'
RDG_S = 'Ethical Care Charter Update November 2018 (Reading Borough Council): Minutes'
CAM_S = 'Leisure Management Contract – A revised approach to encourage the payment of a living wage (Cambridge City Council)'
CAM_D = CAM_S + ': Decision of Executive Councillor: Agree that the invitation to tender (ITT) documentation for the leisure contract should:'
CAM26_S = '21 Leisure Management Contract 2026 (Cambridge City Council): Minutes'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Rotherham market position statement: social value pledge and Ethical Care Charter
 (ROT, 'care-policy', U, MU, [], ROT_V, 'The Council has committed to a 20% social value pledge for all procurement processes over £100,000 per annum, and these providers are mandated to complete regular returns via the Social Value Portal.'),
 (ROT, 'care-policy', U, EI, [], ROT_O, 'Raising living standards for residents.'),
 (ROT, 'care-policy', U, EI, [], ROT_O, 'A strong local economy with employment and skills opportunities and a growing business base.'),
 (ROT, 'care-policy', U, EI, [], ROT_O, 'Young people have the opportunity to develop skills and find worthwhile employment.'),
 (ROT, 'care-policy', U, EO, [], ROT_O, 'Equality of opportunity for disadvantaged people and communities including disabled people.'),
 (ROT, 'care-policy', U, WB, ['economic-inequality'], ROT_O, 'Strengthened and sustainable community and voluntary sector.'),
 (ROT, 'care-policy', U, CL, [], ROT_O, 'Greater environmental sustainability including accessible green public spaces.'),
 (ROT, 'care-policy', U, MU, [], ROT_V, 'Together the Council and providers can enhance the services delivered having measurable outcomes that will help improve the lives of people accessing cares, people delivering care and services and the environment of the Borough through our commitment to social value.'),
 (ROT, 'care-policy', U, EO, [], ROT_E, 'All home care firms contracted to work for Council will at least pay real living wage.'),
 (ROT, 'care-policy', U, EO, [], ROT_E, 'Zero hours contracts not in place of permanent contracts.'),
 (ROT, 'care-policy', U, EO, [], ROT_E, 'Covered by an occupational sick pay scheme.'),
 (ROT, 'care-policy', U, EO, [], ROT_S + ': Ethical Care Charter', 'The Council signed up to Unisons Ethical Care Charter on the 20th February 2020.'),
 # Moray FOI: Fair Work in social care commissioning
 (MOR, 'care-policy', S, EO, [], MOR_S, "The Council's procurement procedures includes a requirement to collate any potential tendered provider's approach to Fair Work - this includes the attached questions."),
 (MOR, 'care-policy', S, EO, [], MOR_S, 'In order to avoid any discrimination Fair work responses are not normally scored.'),
 # Scottish living wage guidance for care at home
 (BDB, 'care-policy', S, EO, [], BDB_S, 'Its purpose is to support local authorities and providers in their local decision making to help implement the Living Wage commitment as part of a positive approach to fair work practices.'),
 (BDB, 'care-policy', S, EO, [], BDB_S, 'However it would be counter to the aim and intention of the investment if this were achieved for example at the expense of fair work practices more generally, including training, development, and broader terms and conditions etc.'),
 # Care Management Matters
 (CMM, 'care-guide', U, MU, [], CMM_S, 'It is a requirement in every care tender we see now, and the weighting allocated to social value is increasing all the time.'),
 (CMM, 'care-guide', U, EI, [], CMM_S, 'For example, if a home care provider employs a local workforce, the money from their local authority contract that they pay out in wages stays largely in the local economy.'),
 (CMM, 'care-guide', U, MU, [], CMM_S, 'The possibility of deriving more value from their contract spend has driven public bodies like local authorities to concentrate on ensuring their supply chain is delivering as much social value as possible.'),
 # iNetwork
 (INW, 'care-guide', U, EO, [], INW_S, 'Ravi stated that all ten unitary councils within Greater Manchester have agreed in principle to pay the living wage and put pressure on commissioned services to do the same, despite the estimated £25-30 million funding gap.'),
 (INW, 'care-guide', U, EO, [], INW_S, 'The Health and social care sub- group, led by Unison, is committed to bring all local authority and commissioned social care services up to the living wage.'),
 # Trowers: leisure outsourcing added value; care leavers toolkit
 (TRL, 'leisure-guide', U, EI, [], TRL_S, 'Employment / Apprenticeship Programmes – A well-developed programme for training young people, work experience and/or supporting NEETs can help Councils in meeting policy objectives beyond its leisure portfolio.'),
 (TRL, 'leisure-guide', U, EI, [], TRL_S, 'Local supply chain – Committing to local suppliers for goods (e.g. food and drink) and services (e.g. cleaners) will enhance local Business Rates and support the local economy.'),
 (TRL, 'leisure-guide', U, WB, [], TRL_S, 'Public Health – Offering programmes to target public health issues (e.g. obesity, smoking) as well as working with other health campaigns (e.g. providing space for pop-up sexual health clinics or blood donation sessions) may assist Councils in maintaining services that are being cut elsewhere.'),
 (TRL, 'leisure-guide', U, WB, [], TRL_S, "Children's Activities – Offering programmes to parents with young children may assist Councils to offset cuts to Children's Centres."),
 (TRC, 'care-guide', U, EI, [], TRC_S, 'The toolkit recognises that many local authorities have already developed excellent local offers to support care leavers, but highlights that there are further opportunities to achieve social impact for care leavers that can be identified through the procurement process.'),
 (TRC, 'care-guide', U, EI, [], TRC_S, 'The toolkit promotes a "Whole Council Approach" to the achievement of social value, recommending that local authorities take a "top down" approach and form a whole council forum to enable an integrated response in the council  to achieving relevant social impact outcomes, including ensuring  that procurement practices are used effectively to create a range of new opportunities for care leavers.'),
 # public health blog on leisure contracts
 (GFB, 'leisure-guide', U, WB, [], GFB_S, '‘Leisure centres should be a vehicle for community development’ aswell as facility providers.'),
 (GFB, 'leisure-guide', U, WB, [], GFB_S, 'Duty of linking into range of community activities outside the walls of the LC rather than remorselessly pursuing throughput'),
 (GFB, 'leisure-guide', U, EO, [], GFB_S, 'Staff that reflect the makeup of their community'),
 (GFB, 'leisure-guide', U, WB, [], GFB_S, 'Social return scheme – something which rewards people / volunteers / community members for their contributions via social prescribing or something.'),
 # Social Value Portal: Wirral care leavers
 (SVP, 'care-guide', U, EI, [], SVP_S, 'The Council has incorporated measures to include employment of Care Leavers by suppliers into its Social Value Policy and is now looking to grow the project to involve other service partners across place, people and corporate services and has already secured the support of more national organisations including Lloyds Bank and Unite the Union.'),
 (SVP, 'care-guide', U, EI, [], SVP_S, 'In a matter of months, two of the country’s biggest providers of environmental services have now employed four care leavers on a permanent full time basis supported by a tailored training and development programme and pastoral care from within the local authority.'),
 # Scotland Excel: care and support framework, social care frameworks, agency workers case study, pay uplift
 (SXN, 'care-framework', S, EO, [], SXN_S, 'Scotland Excel has launched a new national framework that will change the way health and social care partnerships (HSCPs) purchase care and support services for vulnerable adults and older people, while ensuring care workers providing these essential services are paid the Real Living Wage.'),
 (SXN, 'care-framework', S, EO, [], SXN_S, '“The Scottish Government has been funding Scotland Excel to develop a national flexible framework which supports quality care and promotes sustainability and fair work.'),
 (SXS, 'care-framework', S, EO, [], SXS_S, 'We also encourage providers to pay the Scottish Living Wage and ensure that framework costs enable this.'),
 (SXS, 'care-framework', S, EO, [], SXS_S, 'Our procurement specialists recognised early in the process that chronic low wages was a critical factor affecting morale of care workers and responded by placing the Living Wage at the heart of the procurement strategy.'),
 (SXC, 'care-framework', S, EO, [], SXC_S, 'The framework also sought to exceed expectations by achieving a real advancement for the sector through the inclusion of innovative Living Wage provisions.'),
 (SXU, 'care-framework', S, EO, [], SXU_S, 'As part of the Fair Work in Social Care agenda, we have been working with the Scottish Government, COLSA and wider stakeholders to implement the pay uplift.'),
 (SXU, 'care-framework', S, EO, [], SXU_S, 'The Scotland Excel frameworks are underpinned by the principles of fair work and provide a flexible vehicle for councils/HSCPs and care sector providers to continue to deliver care and support to meet peoples’ outcomes.'),
 # Scottish Government fair work in commissioned adult social care
 (ALL, 'care-policy', S, EO, [], ALL_S, 'This workstream has been the primary route through which activity has been taken to support improved pay for commissioned services and adult social care.'),
 (ALL, 'care-policy', S, EO, [], ALL_S, 'The Scottish Government committed to supporting the payment of at least the Real Living Wage for this part of the sector in 2016.'),
 (NCS, 'care-policy', S, EO, [], NCS_S, 'The ethical commissioning strategies also need to reflect the Principles, and therefore be a key tool for ensuring Fair Work.'),
 (NCS, 'care-policy', S, EO, [], NCS_S, 'This will also support Scottish Ministers to improve the way in which Fair Work is identified and considered as part of commissioning and procurement practices.'),
 # Impact Guru: social value in adult social care contracts
 (IGN, 'care-guide', U, CL, [], IGN_S + ': What Commissioners Commonly Look For', 'A basic carbon-aware operating approach (travel reduction, route optimisation, hybrid meetings)'),
 (IGN, 'care-guide', U, CL, [], IGN_S + ': What Commissioners Commonly Look For', 'Responsible procurement (supplier standards, reduced single-use items where safe)'),
 (IGN, 'care-guide', U, CL, [], IGN_S + ': What Commissioners Commonly Look For', 'Waste reduction and safe disposal processes'),
 (IGN, 'care-guide', U, CL, [], IGN_S, 'It is increasingly reflected in social value evaluation and contract monitoring across adult social care, including homecare, supported living and community services.'),
 (IGA, 'care-guide', U, EI, [], IGA_S + ': Operational Example 1: Employment and Skills', 'Support approach: The provider integrates local recruitment and apprenticeship pathways into workforce planning.'),
 (IGA, 'care-guide', U, MU, [], IGA_S + ': How the Act Influences Tender Evaluation', 'In practice, the Act has led to social value being formally weighted within tender evaluations.'),
 # South Lanarkshire: Ethical Care Charter for Care at Home contracts
 (SLC, 'care-policy', S, EO, [], SLC_S, 'We expect all companies who secure Care at Home contracts with the Council to work towards compliance with this charter.'),
 (SLC, 'care-policy', S, EO, [], SLC_P, 'All homecare workers will be paid at least the Living Wage'),
 (SLC, 'care-policy', S, EO, [], SLC_P, 'Those homecare workers who are eligible must be paid statutory sick pay'),
 (SLC, 'care-policy', S, EO, [], SLC_P, 'All homecare workers will be covered by an occupational sick pay scheme to ensure that staff do not feel pressurised to work when they are ill in order to protect the welfare of their vulnerable clients'),
 (SLC, 'care-policy', S, EO, [], SLC_P, 'Homecare workers will be paid for their travel time, their travel costs and other necessary expenses such a mobile phones'),
 (SLC, 'care-policy', S, EO, [], SLC_P, 'Zero hour contracts will not be used in place of permanent contracts'),
 (SLC, 'care-policy', S, EO, [], SLC_P, 'All homecare workers will be regularly trained to the necessary standard to provide a good service (at no cost to themselves and in work time)'),
 (SLC, 'care-policy', S, WB, ['equal-opportunity'], SLC_P, 'Homecare workers will be given the opportunity to regularly meet co-workers to share best practice and limit their isolation'),
 # Reading: Ethical Care Charter and the 2019 homecare tender
 (RDG, 'care-policy', U, EO, [], RDG_S, 'The new tender that would commence in March 2019 would draw all Homecare Supported Living providers under one dynamic framework that would see all staff being paid the Living Wage Foundation rate, in complying with the Council’s Pay Policy decision.'),
 (RDG, 'care-policy', U, EO, [], RDG_S, 'The Council was confident that the providers on the Homecare Framework in the Borough would be 100% compliant by January 2019 and aligned with the National Ethical Charter, including paying the Foundation Living Wage of £9 per hour.'),
 # Cambridge: living wage in the leisure management contract
 (CAM, 'leisure-policy', U, EO, [], CAM_D, 'Identify strong support for the payment of Living Wage in this contract;'),
 (CAM, 'leisure-policy', U, EO, [], CAM_D, 'Include evaluation criteria that measure the performance of bidders in areas where the benefits of paying the Living Wage will be demonstrated.'),
 (CAM, 'leisure-policy', U, CL, ['equal-opportunity'], CAM_S + ': Scrutiny Considerations', 'Clarification was requested on whether the tender documentation highlighted the potential benefits for the environment, if payment of the living wage enabled staff to live closer.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Rotherham market position statement and home care notice
 (ROT, 'care-policy', U, ROT_V, 'The benefit to the community from a commissioning or procurement process over and above the direct purchasing of goods, services and outcomes.'),
 (ROD5, 'care-policy', U, ROD_S + ': Physical Disabilities', 'The Council invites CQC registered specialist home care and support providers to apply for a place on its Home Care and Support Framework.'),
 (ROD5, 'care-policy', U, ROD_S + ': Physical Disabilities', 'The Council aims to ensure that specialist residential and nursing care in the Borough is best in class and of sufficient number to reduce the use of out of area placements.'),
 (RCF, 'care-notice', U, RCF_S, 'The Council is developing a new system to purchase Home Care and Support.'),
 (RCF, 'care-notice', U, RCF_S, 'The Council will lead the procurement exercise to secure a new model of home care and support but the Service Specification has been designed with NHS Rotherham CCG and is very much a joint approach.'),
 (RCF, 'care-notice', U, RCF_S, 'Applicants appointed to Tier 1 will be required to deliver service in the geographical zone they are appointed too, they may if they choose provide service in other parts of the borough.'),
 (RGO, 'care-notice', U, RGO_S, 'give Providers who meet certain standards an opportunity to obtain approved status with the Council.'),
 (RGO, 'care-notice', U, RGO_S, 'increase the confidence of people accessing home care and support from Providers who have approved status with the Council.'),
 (RGO, 'care-notice', U, RGO_S, 'improve outcomes for people accessing home care and support.'),
 # Telford & Wrekin domestic abuse notice
 (TEL, 'care-notice', U, TEL_S, 'Telford & Wrekin Council are inviting the market to tender for the provision of support for victims of domestic abuse and their children under the Domestic Abuse Act 2021, specifically giving effect to the local strategy for the provision of support through commissioning decisions.'),
 (TEL, 'care-notice', U, TEL_S + ': Domestic Abuse Specialist Support Service Aims', 'The aims of the service are to ensure that everyone who is affected by domestic abuse in the Borough can access the help and support they need, when they need it, and to reduce the incidence of domestic abuse in our communities.'),
 (TEL, 'care-notice', U, TEL_S + ': Perpetrator Behaviour Change Programme Aims', 'This service is for community-based services for perpetrators of domestic abuse, to increase victim safety, protect and safeguard children, and reduce perpetrator recidivism.'),
 # Hampshire domestic abuse notice
 (HAM, 'care-notice', U, HAM_S, 'Hampshire County Council commissions specialist domestic abuse services in line with its duties under the Domestic Abuse Act 2021.'),
 (HAM, 'care-notice', U, HAM_S, 'Under the Act, the Council must ensure that specialist domestic abuse support is available to victims and survivors of domestic abuse and their children in safe accommodation.'),
 (HAM, 'care-notice', U, HAM_S, 'The contract start date includes a mobilisation period from the 1st August 2025 until the 31st March 2026 with an Operational Service Commencement date of the 1st April 2026.'),
 # Durham homeless accommodation and support notice
 (DUR, 'care-notice', U, DUR_S, 'Homelessness can lead individuals and their families and friends into a cycle that can have a profound effect on all aspects of life.'),
 (DUR, 'care-notice', U, DUR_S, 'The County Durham Homelessness and Rough Sleeping Strategy (2024-2029) was adopted in July 2024.'),
 # Coventry housing related support notice
 (COV, 'care-notice', U, COV_S, 'Commissioned support will need to be delivered into the provision, and this commissioning round will factor this in.'),
 (COV, 'care-notice', U, COV_S, 'Homelessness Prevention: Early advice and intervention is key in preventing homelessness and our data tells us that households have better outcomes when they approach the service as early as possible.'),
 # Watford single homelessness notice
 (WAT, 'care-notice', U, WAT_S + ': Description', 'This is tender is governed by section 9 of the Procurement Act 2023, Light Touch Contracts.'),
 (WAT, 'care-notice', U, WAT_S + ': Lots: Lot 1', 'Lot 1 Housing First is an approach to successfully support rough sleepers with complex and multiple needs, and histories of entrenched rough sleeping to live in their own homes.'),
 (WAT, 'care-notice', U, WAT_S + ': Lots: Lot 1', 'Housing First should provide a stable, independent home together with intensive personalised support and case management to individuals.'),
 # Wolverhampton specialist domestic abuse notice
 (WOL, 'care-notice', U, WOL_S, 'City of Wolverhampton Council (CWC) seeks to procure specialist support services for victims of domestic abuse, including children.'),
 (WOL, 'care-notice', U, WOL_S, 'Lot 5: Specialist counselling and therapy support for adult victims of domestic abuse.'),
 # Falkirk and Clackmannanshire care notices
 (FAL, 'care-notice', S, FAL_S, 'The service covers both long and short term support needs and may include personal care, domestic support, housing support, social and emotional support as well as providing support to families and carers.'),
 (CLA, 'care-notice', S, CLA_S, 'Provision of an outcomes focused service providing Care and Support at home or in the community, which will be delivered to Older People, Adults, Young people and Children'),
 # Moray FOI, Scottish living wage guidance, Care Management Matters
 (MOR, 'care-policy', S, MOR_S, 'After the tenders for these contracts have been agreed the contracts are currently not being enforced/audited regarding  the implementation of  the Living Wage and  the Fair Work framework, this is the current practice and any contract that highlights a continued improvement by the supplier/provider will be monitored'),
 (BDB, 'care-policy', S, BDB_S, 'It is at the same time important to keep in mind when considering options for implementation that the purpose behind this commitment is to value and improve the quality of care.'),
 (CMM, 'care-guide', U, CMM_S, 'For any care provider bidding for contracts from local authorities or other public sector organisations, social value is, or at least should be, an important consideration.'),
 # leisure outsourcing (Trowers, CMS)
 (TRL, 'leisure-guide', U, 'Added Value in Leisure Outsourcing', 'Increasing numbers of Councils are using Competitive Dialogue to secure operators for their leisure facilities, using the competitive tension in the procurement process to extract additional value from the prospective providers.'),
 (CMS, 'leisure-guide', U, CMS_S, 'Contracts tend to be for approximately ten years, often with an option to extend, and staff TUPE transfer to the leisure operator, with the leisure facilities being leased from the local authority.'),
 (CMS, 'leisure-guide', S, CMS_S + ': Scotland', 'The main benefit of a leisure trust is that it delivers financial benefits through tax savings and can attract funding not otherwise available to the local authority.'),
 # Trowers care leavers toolkit; Social Value Portal
 (TRC, 'care-guide', U, TRC_S, 'A care leaver is a young person aged 16-25 who has been looked after for at least 13 weeks in total.'),
 (SVP, 'care-guide', U, SVP_S, 'Local authorities have Corporate Parenting responsibility for our young people who are children looked after and care leavers.'),
 # Scotland Excel: the services and frameworks bought
 (SXN, 'care-framework', S, SXN_S, 'The National Flexible Framework for Care and Support Services has been designed to foster greater collaboration between HSCPs, councils and care providers to give people greater input into the design and delivery of services.'),
 (SXN, 'care-framework', S, SXN_S, 'This framework will provide social care support services so people can live independently and be active citizens who participate and contribute to society.'),
 (SXS, 'care-framework', S, SXS_S, 'Commissioners need to find the right service for each person’s needs and, with such a wide range of options available, this can be a challenging task.'),
 (SXS, 'care-framework', S, SXS_S, 'What our social care frameworks have in common is that they are developed around positive outcomes for people accessing services and the tender specifications are designed to support their delivery.'),
 (SXS, 'care-framework', S, SXS_S + ': Since then, Scotland Excel has developed a portfolio of social care contracts which comprises:', 'children’s residential care'),
 (SXC, 'care-framework', S, SXC_S, 'Scotland Excel created a technical working group of HR and social work staff to identify the core requirements of councils.'),
 (SXU, 'care-framework', S, SXU_S, 'Scotland Excel is updating the framework Providers Service Price Rate Schedules to reflect the pay uplift, in line with the Scottish Government correspondence, dated 12 November 2021.'),
 (SXR, 'care-framework', S, SXR_S, 'Twenty-four (24) providers have been awarded onto the framework.'),
 (SXR, 'care-framework', S, SXR_S, 'It also supports Scottish Government and Health and Social Care policy ambitions such as delayed discharge from hospital, and where possible, moving on to independent living.'),
 (S2W, 'care-notice', S, S2W_S, 'Flexible Framework Agreement (FFA) for the provision of trained and vetted Agency Workers in a variety of social care settings.'),
 (S2W, 'care-notice', S, S2W_S, 'Tenderers should note that there is no guarantee of any business, use, level of use or continuity of business through the FFA.'),
 # Scottish Government: social care workforce facts
 (NCS, 'care-policy', S, NCS_S, 'There are over 209,000 workers in the social care sector - 83% are women, 11% are on zero hour contracts.'),
 # Impact Guru: the care service itself
 (IGD, 'care-guide', U, IGD_S + ': Operational Example 1: Wellbeing and Prevention', 'Context: A local authority commissions homecare services for adults with increasing frailty.'),
 (IGD, 'care-guide', U, IGD_S + ': Operational Example 1: Wellbeing and Prevention', 'Day-to-day delivery: Care staff record wellbeing indicators, escalate concerns and support reablement goals.'),
 (IGD, 'care-guide', U, IGD_S + ': The Role of Statutory Duties in Commissioning', 'Local authorities operate under statutory duties relating to wellbeing, safeguarding, equality and financial stewardship.'),
 (IGA, 'care-guide', U, IGA_S + ': Operational Example 1: Employment and Skills', 'Context: A local authority commissions supported living services in an area with high unemployment.'),
 # South Lanarkshire: what the Charter says of the care visits themselves
 (SLC, 'care-policy', S, SLC_C, 'The starting point for commissioning of visits will be client need and not minutes or tasks'),
 (SLC, 'care-policy', S, SLC_C, 'The time allocated to visits will match the needs of the clients. In general, 15 minute visits will not be used as they undermine the dignity of the clients'),
 (SLC, 'care-policy', S, SLC_P, 'Clients will be allocated the same homecare worker(s) wherever possible'),
 (SLC, 'care-policy', S, SLC_P, 'Providers will have a clear and accountable procedure for following up staff concerns about their clients’ wellbeing'),
 (SLC, 'care-policy', S, SLC_P, 'Visits will be scheduled so that homecare workers are not forced to rush their time with clients or leave their client early to get to the next one on time'),
 # Reading and Cambridge
 (RDG, 'care-policy', U, RDG_S, 'The Cost of Care Review for Homecare had been carried out in 2017/18 and had resulted in the new fees being set.'),
 (CAM, 'leisure-policy', U, CAM_S + ': Decision of Executive Councillor', 'Amend the previous decision relating to the capped annual fee for the contract and raise this by £25,000 to £675,000 per annum.'),
 (CAM26, 'leisure-policy', U, CAM26_S + ': This review of leisure services has required consideration of:', 'The need to increase levels of physical activity in the community and contribute to a reduction in health inequalities.'),
 (CAM26, 'leisure-policy', U, CAM26_S + ': This review of leisure services has required consideration of:', 'Partnership opportunities for engaging and delivery of interventions and health improvement programmes with Public Health.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk', 'contractsfinder.service.gov.uk', 'gov.scot', 'sell2wales.gov.wales')
batch = Batch('public-texts-51.jsonl')
OCID = {TEL: 'ocds-h6vhtk-05e2f5', HAM: 'ocds-h6vhtk-050ecb', DUR: 'ocds-h6vhtk-0607c5', COV: 'ocds-h6vhtk-052b74',
        FAL: 'ocds-r6ebe6-0000517229', CLA: 'ocds-r6ebe6-0000542036', S2W: 'ocds-h6vhtk-040be0'}
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: the Rotherham market position statement's
    # pages, the Rotherham home care notice's copies, and each notice (`ocds:<ocid>`).
    if 'mps-' in src and 'rotherham' in src: return batch.group_of_source.get(ROT, 'rotherham.gov.uk/market-position-statement')
    if src in (RCF, RGO): return 'rotherham-home-care-and-support-2019'
    if src in OCID: return 'ocds:' + OCID[src]
    return src
batch.emit_lists('pub51', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
