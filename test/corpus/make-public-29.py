"""Write /work/batches/public-texts-29.jsonl: batch 29, HOUSING and CONSTRUCTION / FACILITIES procurement in the UK,
from sources the corpus did not yet hold: what housing associations, housing consortia, construction framework providers
(SCAPE, LHC and its Welsh and Scottish alliances, the Scottish hub programme, Scotland Excel) and councils buying
construction publish about the social value and community benefits they want from contractors (apprenticeships, local
labour and spend, SMEs, fair payment, Real Living Wage, modern slavery, community support, waste and carbon,
Considerate Constructors), with hard negatives from the same documents (framework lots and scope, Principal Contractor
and design duties, building safety and net zero compliance, pricing schedules, evaluation weightings, contract terms,
extensions, dynamic purchasing mechanics, the organisations' own descriptions).

Sources: SCAPE's Social Value and Economic Sustainability Policy, Corporate Social Responsibility policy, Fair Payment
page (SCAPE Scotland), news item on community benefits in Scotland and Modern Slavery statements; the Considerate
Constructors Scheme's Client Partnership, Contractor Partner and supplier certification terms; LHC Procurement Group's
Housing, Regeneration and Demolition (H3) framework notices (England, Welsh Procurement Alliance and Scottish
Procurement Alliance copies on d3tenders.com) and its Public Buildings Construction and Infrastructure notices
(bidatlas.co.uk, d3tenders.com); White Horse Housing Association's repairs and maintenance contract notice (Find a
Tender); Sanctuary Housing's responsive repairs supplier pages; Equity Housing's procurement page; the Greater Manchester
Housing Providers' Social Value Toolkit and supply chain briefing; Housing Executive reports on GMHP; Scottish Futures
Trust's social value page and hub programme news; hub South West Scotland's annual report 2022/23; hub North Scotland's
P4P blog; Scotland Excel's new build and property maintenance frameworks (Scottish Housing News, Scotland Excel news,
Built Environment Networking); Innovation Chain North's contractor page; Neath Port Talbot's npt-business page;
Cambrian News on Ceredigion's contractor community benefits; Construction Management's social value feature; the
Constructing the Gold Standard review (ppponline); Procurement for Housing; Winchester and Brent council reports on
housing repairs contracts.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, a long
item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left out
(named on stderr). The Find a Tender page is Crown copyright (OGL v3); notice data read on d3tenders.com and
bidatlas.co.uk carry the NOTICE_* licence strings; the rest are short quotations.

  python3 test/corpus/make-public-29.py > /work/batches/public-texts-29.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# SCAPE
SFP = 'https://www.scape-scotland.co.uk/working-with-us/fair-payment'
SCB = 'https://scape.co.uk/news/delivering-community-benefits-in-scotland'
SVP = 'https://scape.co.uk/site-information/social-value-and-economic-sustainability-policy'
CSR = 'https://scape.co.uk/site-information/corporate-social-responsibility'
MS1 = 'https://thescapegroup.co.uk/site-information/modern-slavery-and-human-trafficking'
MS2 = 'https://www.scapegroup.co.uk/site-information/modern-slavery-and-human-trafficking'
# Considerate Constructors Scheme
CCP = 'https://www.ccscheme.org.uk/ccs-ltd/terms-of-client-partnership/'
CPT = 'https://www.ccscheme.org.uk/contractor-partner-terms-of-membership/'
CCC = 'https://www.ccscheme.org.uk/supplier/certification-2/'
# LHC Procurement Group notices
H3E = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06093d'
H3W = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-068e62'
H3S = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000816919'
PBW = 'https://bidatlas.co.uk/tenders/066994-2025'
PBS = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-054ef2'
# housing associations and their consortia
WHH = 'https://www.find-tender.service.gov.uk/Notice/052916-2025'
SAN = 'https://www.sanctuary.co.uk/about-sanctuary/suppliers/responsive-repairs-and-maintenance-contract'
SAS = 'https://scotland.sanctuary.co.uk/about-sanctuary/suppliers'
EQH = 'https://www.equityhousing.co.uk/foundation-procurement'
GMT = 'http://businessdocbox.com/Human_Resources/114139667-Greater-manchester-housing-providers-social-value-toolkit.html'
GMP = 'https://fdocuments.us/document/social-value-and-supply-chain-opportunities-with-email-infobusinessgrowthhubcom.html'
HX1 = 'https://housingexecutive.co.uk/manchester-conference-explores-impact-of-housing-providers-social-value/'
HX2 = 'https://housingexecutive.co.uk/housing-providers-show-their-social-value-to-greater-manchester/'
PFH = 'http://procurementforhousing.co.uk/category/social-value/'
ICN = 'https://innovationchainnorth.co.uk/contractors/'
# Scotland: hub programme, Scotland Excel
SFT = 'https://www.scottishfuturestrust.org.uk/page/social-value'
SFN = 'https://www.scottishfuturestrust.org.uk/news/success-of-hub-programme-sees-value-of-completed-community-projects-rise'
HSW = 'https://www.hubsouthwestscotland.co.uk/interactive/report2023/files/basic-html/page8.html'
P4P = 'https://p4p.org.uk/blog-increasing-social-value-opportunities-in-community-infrastructure-projects/'
BEN = 'https://www.built-environment-networking.com/news/building-social-value-construction/'
SHN = 'https://scottishhousingnews.com/articles/scotland-excel-launches-1-5bn-new-build-housing-framework'
SXP = 'https://home.scotland-excel.org.uk/newsroom/news/property-maintenance-and-refurbishment-framework-extended'
# Wales
NPT = 'http://www.npt-business.co.uk/5016'
CAM = ('https://www.cambrian-news.co.uk/news/education/'
       'llanilar-after-school-club-makes-most-of-aberaeron-project-offcuts-594935')
# construction press and reviews; council reports
CMG = 'https://constructionmanagement.co.uk/social-value-gearing-giving-back'
PPP = 'https://ppponline.affinitext.com/public/book?id=5922&toc_id=878115'
WIN = 'https://democracy.winchester.gov.uk/mgAi.aspx?ID=14742'
BRE = 'https://democracy.brent.gov.uk/ieIssueDetails.aspx?IId=77051&Opt=3'

SFP_S = 'Working with us: Fair payment'
SFP_B = SFP_S + ': We uphold ‘Fair Payment’ commitments within our framework contracts and believe that:'
SCB_S = 'Delivering lasting community benefits in Scotland'
SCB_1 = SCB_S + ': What do community benefits mean, to you personally and in a wider context?'
SCB_2 = SCB_S + ': How does SCAPE ensure community benefits are delivered on its projects?'
SVP_S = 'Social Value and Economic Sustainability Policy'
CSR_S = 'Corporate Social Responsibility'
MS_S = 'Modern Slavery and Human Trafficking Statement'
MS1_A = MS_S + ' 2022: In October 2021 SCAPE and its partners announced the commitment to the following actions:'
CCP_S = 'About us: Terms of Client Partnership'
CCP_W = CCP_S + ': Once a company has been accepted as a Client Partner: Client Partners will:'
CPT_S = 'Contractor Partner Terms of Reference'
CCC_S = 'Suppliers: Certification'
H3_S = 'Housing, Regeneration and Demolition (H3) Framework (LHC Procurement Group)'
H3W_S = 'Housing, Regeneration and Demolition (H3) Framework (LHC Procurement Group for the Welsh Procurement Alliance)'
H3S_S = ('Housing, Regeneration and Demolition (H3) Framework (LHC Procurement Group for the Scottish Procurement '
         'Alliance)')
PBW_S = 'Public Buildings Construction and Infrastructure (LHC Procurement Group for the Welsh Procurement Alliance)'
PBS_S = 'Public Buildings Construction and Infrastructure (LHC Procurement Group for the Scottish Procurement Alliance)'
WHH_S = 'White Horse Housing Association - Repairs and Maintenance Contract: Scope'
SAN_S = 'Responsive repairs and maintenance contract (Sanctuary Housing)'
SAS_S = 'Sanctuary Housing: Suppliers'
EQH_S = 'Equity Housing: Procurement'
EQH_W = EQH_S + ': There are various ways businesses we work with can add social value:'
GMT_S = 'Greater Manchester Housing Providers Social Value Toolkit'
GMT_P = GMT_S + ': Introduction: In 2017, we pledged to work together to:'
GMP_S = 'Social value and supply chain opportunities with Greater Manchester Housing Providers'
HX1_S = 'Manchester conference explores impact of housing providers’ social value'
HX2_S = 'Housing providers show their social value to Greater Manchester'
PFH_S = 'Shifting social value to the procurement start line'
ICN_S = 'Innovation Chain North: Our contractors'
SFT_S = 'Construction Industry & Delivery: Social Value and Community Benefits'
SFN_S = 'Success of hub Programme sees value of completed community projects rise'
HSW_S = ('hub South West Scotland Annual Report 2022 / 2023: Building Regional Economies: Creating local jobs, '
         'apprenticeships and recirculating project spend')
HSW_B = HSW_S + ': To build our regional economies we have:'
P4P_S = 'BLOG: Increasing Social Value Opportunities in Community Infrastructure Projects'
BEN_S = 'Building social value in construction (Scotland Excel)'
SHN_S = 'Scotland Excel launches £1.5bn new build housing framework'
SXP_S = 'Property Maintenance and Refurbishment framework extended (Scotland Excel)'
NPT_S = 'Procuring the maximum benefit for Neath Port Talbot'
CAM_S = 'Llanilar after-school club makes most of Aberaeron project offcuts'
CMG_S = 'Social value: gearing up for giving back'
PPP_S = 'Constructing the Gold Standard: Frameworks and social value'
PPP_E = PPP_S + ': Early strategic engagement with tier 2 and 3 SME supply chain members enables frameworks to help establish more effective approaches to social value, for example in relation to:'
WIN_S = ('Housing, Repairs and Maintenance Contract Procurement (Presentation): Minutes: key outcomes desired from the '
         'new contract')
BRE_S = 'Authority to Award Housing Repairs and Maintenance Contracts'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # SCAPE Scotland: fair payment
 (SFP, 'construction-framework', S, EI, [], SFP_S, 'We are committed to ensuring that fair and transparent payment practices are adopted across all our projects.'),
 (SFP, 'construction-framework', S, EI, [], SFP_B, 'Companies have the right to receive correct and full payment when they are due.'),
 (SFP, 'construction-framework', S, EI, [], SFP_B, 'Deliberate late payment or unjustifiable withholding of payment is neither ethical nor acceptable.'),
 (SFP, 'construction-framework', S, EI, [], SFP_B, '‘Fair Payment’ applies equally between the client, lead contractor and throughout the whole supply chain.'),
 (SFP, 'construction-framework', S, EI, [], SFP_B, 'To ensure effective and equitable cash flow for all those involved, all contracts will provide for regular payments and have payment periods not exceeding 30 days.'),
 (SFP, 'construction-framework', S, EI, [], SFP_S, 'We do not permit any projects to be delivered where Early Payment Schemes are involved.'),
 (SFP, 'construction-framework', S, EI, [], SFP_S, 'Any scheme that requires supply chain members to pay a financing fee to receive funds, is unfair and unjustifiable.'),
 # SCAPE: community benefits in Scotland
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (SCB, 'construction-framework', S, None, [], SCB_1, 'Community benefits are tangible, positive outcomes which improve the lives of local people and enable communities to thrive.'),
 (SCB, 'construction-framework', S, MU, [], SCB_1, 'They are vital for boosting employment and skills, securing the long-term sustainability of facilities and contributing to cleaner, greener spaces for people to live, work and grow within.'),
 (SCB, 'construction-framework', S, EI, [], SCB_1, 'It means improved skills for local people, and increased, varied opportunities for local SMEs and micro-businesses, which in turn drives the local economy.'),
 (SCB, 'construction-framework', S, EO, ['economic-inequality'], SCB_1, 'It means developing a workforce locally, which reflects the true diversity of the community.'),
 (SCB, 'construction-framework', S, MU, [], SCB_2, 'Our delivery partners are required to generate minimum values of social value for our clients, and through robust performance management, we guarantee these using Key Performance Indicators (KPIs).'),
 (SCB, 'construction-framework', S, EI, ['climate'], SCB_2, 'These include the measurement of time, cost and quality minimum standards of local spend, SME engagement, employment, training and apprenticeships as well as sustainability and waste management.'),
 # SCAPE policies
 (SVP, 'construction-framework', U, MU, [], SVP_S + ': Purpose', 'The purpose of this policy is to clearly set out how SCAPE will ensure social value is embedded throughout the procurement, commissioning and delivery of frameworks, property services, design solutions and joint ventures.'),
 (CSR, 'construction-framework', U, MU, [], CSR_S, 'We are committed to delivering projects, which provide (a) environmental (b) social and (c) economic benefits to customers.'),
 (MS1, 'construction-framework', U, EO, ['economic-inequality'], MS1_A, 'Target use of appropriate Social Enterprises : Utilise ‘Supply Change’ and the Social Partnership Portal to identify and engage with Social Enterprises who support the survivors of Modern Slavery and target their use on SCAPE / all Projects to create increased opportunities for survivors.'),
 (MS1, 'construction-framework', U, EO, [], MS_S + ' 2022: Introduction', 'Further to the appointment of partners to deliver next generation construction frameworks for England, Wales and Northern Ireland, and for Scotland, SCAPE formed a Modern Slavery and Ethical Labour Working Group.'),
 (MS1, 'construction-framework', U, EO, [], MS_S + ' 2022: Introduction', 'This group brought together those partners, and other key stakeholders, to ensure modern slavery risks were considered during the lifecycle of respective construction projects.'),
 # Considerate Constructors Scheme: what Client Partners put in their tender documents
 (CCP, 'construction-scheme', U, MU, [], CCP_W + ' Include in all tender documents, or other documentation issued to contractors, the following wording:', '‘Allow for Site or Company Registration with the Considerate Constructors Scheme, including the appropriate fee, and ensure compliance with the Scheme’s Code of Considerate Practice’.'),
 (CCP, 'construction-scheme', U, MU, [], CCP_W, 'Ensure that all construction companies or projects for which they are responsible, or which fall within the remit of the Scheme, are registered with the Scheme.'),
 # housing associations and consortia
 (EQH, 'housing-sv', U, MU, [], EQH_S, 'We aim to achieve the most social, environmental and economic value when we buy products and services to make communities a better place in which to live and work.'),
 (EQH, 'housing-sv', U, MU, [], EQH_S, 'We have signed up to the GM Social Value Pledge and are committed to driving change in the role social value plays in supporting social outcomes.'),
 (EQH, 'housing-sv', U, EI, [], EQH_W, 'Promoting employment and economic sustainability - tackling unemployment and facilitating the development of residents’ skills'),
 # the same TOMs wording as pub9-council-list-010 ("Raise the living standards of local residents"), labelled as it is
 (EQH, 'housing-sv', U, EI, ['equal-opportunity'], EQH_W, 'Raising living standards of local residents - working towards paying the living wage, maximising employee access to entitlements such as childcare and encouraging suppliers to source labour from within the local area'),
 (EQH, 'housing-sv', U, WB, [], EQH_W, 'Promoting participation and citizen engagement - encouraging resident participation and promote active citizenship'),
 (EQH, 'housing-sv', U, WB, ['economic-inequality'], EQH_W, 'Building  the capacity and sustainability of the voluntary and community sector – providing practical support for local voluntary and community groups'),
 (EQH, 'housing-sv', U, EI, [], EQH_W, 'Promoting equity and fairness - targeting effort towards those in the greatest need or facing the greatest disadvantage and tackling deprivation across the area'),
 (EQH, 'housing-sv', U, CL, [], EQH_W, 'Promoting environmental sustainability – reducing waste, limiting energy consumption and procuring materials from sustainable source'),
 (GMT, 'housing-sv', U, MU, [], GMT_P, 'Embed social value into our procurement and contract management processes.'),
 (GMT, 'housing-sv', U, MU, [], GMT_P, 'Work with our suppliers to create social impact through our contracts and partnerships.'),
 (HX1, 'housing-sv', U, EI, ['equal-opportunity'], HX1_S, 'For the housing sector, social value often refers to perceived community benefits that can be derived from an organisation’s procurement policies, such as requiring supplier to take on apprentices from the local community, or to pay their staff the Real Living Wage.'),
 (HX2, 'housing-sv', U, EI, [], HX2_S, 'Across the area, the 26 housing associations within the Greater Manchester Housing Providers (GMHP) group have also spent over £6 million on contracts within the local not-for-profit community and voluntary sectors.'),
 (PFH, 'housing-sv', U, MU, [], PFH_S, 'The sector is also wiser to the fact that social value must be linked to a contractor’s area of work.'),
 # Scotland: hub programme
 (SFT, 'construction-framework', S, MU, [], SFT_S, 'Since the inception of the hub Programme, the hubCos and their supply chains have committed to delivering community benefits as an integral part of the construction projects which they deliver on behalf of the programme’s Participants.'),
 (SFT, 'construction-framework', S, EI, [], SFT_S, 'This commitment has been one of the many successes of the programme, with the focus being in the main, upon benefits associated with education, training and employability initiatives.'),
 (SFT, 'construction-framework', S, MU, [], SFT_S, 'After ten years of successfully delivering community benefits, the programme has reviewed the potential to improve upon its commitment to communities and society more generally and the community benefits model has been replaced with a social value approach.'),
 (SFT, 'construction-framework', S, MU, [], SFT_S, 'By definition, social value is broader than the community benefits, in that it considers initiatives which affect the long-term wellbeing and resilience of the individual and society in general.'),
 (SFN, 'construction-framework', S, MU, [], SFN_S, '“Delivering construction projects with associated community benefits has been long recognised as an important facet of the hub Programme.'),
 (SFN, 'construction-framework', S, EI, [], SFN_S, 'The latest quarterly hub dashboard figures show that Scottish SMEs have been awarded 80% of hub construction contracts that are supporting over 5,000 local jobs, and 314 graduates and over 1,100 new apprenticeship positions have been created helping to further support local economies.'),
 (HSW, 'construction-framework', S, EI, [], HSW_S, 'We have already created 761 jobs, 725 apprenticeships and recirculated £375m into our regional economies.'),
 (HSW, 'construction-framework', S, EI, [], HSW_S, 'The spend related to built environment projects represents a significant opportunity to benefit the local economy.'),
 (HSW, 'construction-framework', S, EI, [], HSW_B, 'Input to local colleges on the skills demands of the Built Environment and input on future curriculum content.'),
 (P4P, 'construction-framework', S, EI, [], P4P_S, 'Community benefits are a key part of all our projects, particularly training, jobs, and opportunities for small and medium enterprises (SMEs).'),
 (P4P, 'construction-framework', S, EI, [], P4P_S, 'That has seen 314 new local jobs created by our projects along with 200 apprenticeships and trainees and supported 126 graduates into employment.'),
 (P4P, 'construction-framework', S, EI, [], P4P_S, 'In addition, more than £450 million of work packages have gone to SMEs.'),
 # Scotland Excel
 (BEN, 'construction-framework', S, MU, [], BEN_S, 'In its 2019 Annual Procurement Report there was a clear call to public bodies to ensure that they are delivering tangible social value through their procurement.'),
 (BEN, 'construction-framework', S, EO, [], BEN_S, 'Fair Work Practices are a key component of our contracts with 83% of suppliers paying the Real Living Wage.'),
 (BEN, 'construction-framework', S, EI, ['climate'], BEN_S, 'Our Domestic Furnitures and Furnishings framework has directed £1m to third sector organisations delivering reuse goods and since 2018 our frameworks have delivered circa £500k of community benefits.'),
 # Wales: councils buying construction
 (NPT, 'construction-council', W, MU, [], NPT_S, 'Part of the Council’s procurement process requires companies to consider and include reference to delivering benefits to local communities as part of their contract submission.'),
 (NPT, 'construction-council', W, EI, [], NPT_S, 'Community benefits cover a whole range of areas and may include training and employment opportunities for local people; improved supply chain opportunities for local businesses; and educational contributions to local schools and colleges.'),
 (NPT, 'construction-council', W, EI, [], NPT_S, 'Some key achievements include 13 local companies becoming approved suppliers to Dawnus and 19 previously unemployed local people securing permanent employment with either the main contractor or sub-contractors.'),
 (CAM, 'construction-council', W, MU, [], CAM_S, 'As part of the tendering process, and aligning with the Wellbeing of Future Generations Act, contractors must identify what additional social value and community benefits they can deliver within the scope of the contract deliverables.'),
 (CAM, 'construction-council', W, EI, ['wellbeing'], CAM_S, 'These social value impacts can comprise of employment opportunities, skills and training, apprenticeships and other areas such as sponsorship or donation of staff expertise or resources.'),
 # construction press and the Gold Standard review
 (CMG, 'construction-press', U, EI, [], CMG_S, 'Eight new apprentices and seven existing ones; 13 work placements for the over 18s; three school placements for 14-to-16-year- olds plus some workshops for students.'),
 (CMG, 'construction-press', U, EI, [], CMG_S, 'Then, as part of the £20m social housing scheme you are bidding for you might be asked for a sizeable percentage of spend on materials from within a 20-mile radius.'),
 (CMG, 'construction-press', U, EI, [], CMG_S, 'Local authorities and other public clients are seeking to ensure that investments in their neighbourhoods don’t just deliver great new facilities, but the process of constructing them provides local jobs and training too.'),
 (CMG, 'construction-press', U, EI, [], CMG_S, 'The mechanisms used to extract this obligation are varied: the requirements could be built into procurement strategies, or an employment and skills plan could become a condition of local authorities granting planning approval, a so-called Section 106 agreement.'),
 (PPP, 'construction-review', U, EI, ['climate'], PPP_S, 'The Construction Playbook states that \'Social value is a way of maximising the benefits of public procurement by encouraging employment opportunities, developing skills and improving environmental sustainability\' (p.23).'),
 (PPP, 'construction-review', U, EI, ['wellbeing'], PPP_S, 'Many of the frameworks reviewed include expectations and measures for each supplier to deliver demonstrable social value, including for example various categories of targeted recruitment, training and community initiatives.'),
 (PPP, 'construction-review', U, EI, [], PPP_E, 'Employment and skills, given that the majority of the construction workforce is employed by tier 2 and 3 SMEs for whom a long-term framework appointment provides important new opportunities to offer apprenticeships and jobs'),
 (PPP, 'construction-review', U, WB, [], PPP_E, 'Community benefits, given that local and regional tier 2 and 3 SME supply chain members are likely to know more about the communities they work in and to design more meaningful contributions to those communities.'),
 # Relabelled social value after the blind score, by the corpus's label rule (README.md, "Labels").
 (ICN, 'housing-framework', U, MU, [], ICN_S, 'Social Value 10%'),
 (GMP, 'housing-sv', U, MU, [], GMP_S + ': Social value', 'Can be up to 20% of the quality score'),
 (ICN, 'housing-framework', U, MU, [], ICN_S, 'The successful contractors were awarded a place on the framework following a robust procurement exercise which evaluated suppliers on their technical competence, price and commitment to social value.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # SCAPE: fair payment (commercial terms), policies, modern slavery statement preambles
 (SFP, 'construction-framework', S, SFP_B, 'All contracts should operate on an ‘open book’ basis, where applicable, under the framework.'),
 (SFP, 'construction-framework', S, SFP_B, 'The correct payment will represent the work properly carried out, or products and services supplied, in accordance with the contract.'),
 (SVP, 'construction-framework', U, SVP_S + ': Background and scope', 'This policy is applicable to Scape Group, including all subsidiary companies, joint ventures and partnerships.'),
 (SVP, 'construction-framework', U, SVP_S + ': Background and scope', 'SCAPE is a public sector organisation, in its ownership and its ethos.'),
 (SVP, 'construction-framework', U, SVP_S + ': Background and scope', 'It has a clear public purpose: the creation of an efficient and effective route to market for all built environment services.'),
 (CSR, 'construction-framework', U, CSR_S, 'This policy is intended to inform the way that SCAPE does business and to ensure that we operate ethically and in a transparent and accountable manner.'),
 (CSR, 'construction-framework', U, CSR_S, 'The policy reflects the requirement of Section 54 of the Modern Slavery Act for SCAPE, as a large employer, to produce an annual slavery and human trafficking statement, a matter that is entirely in accordance with the principles of our business.'),
 (CSR, 'construction-framework', U, CSR_S, 'This is in the interests of our credibility as a company and in ensuring that we retain the confidence of our customers, stakeholders, employees and the community.'),
 (MS2, 'construction-framework', U, MS_S + ': Structure, business and supply chains', 'Scape is jointly owned by its six member authorities: Derby City Council, Derbyshire County Council, Nottingham City Council, Nottinghamshire County Council, Warwickshire County Council and Gateshead Borough Council.'),
 # Considerate Constructors Scheme: membership administration
 (CCP, 'construction-scheme', U, CCP_S, 'Any company or organisation that acts as a construction industry client can be considered for Client Partnership with the Considerate Constructors Scheme.'),
 (CCP, 'construction-scheme', U, CCP_S, 'No fees are payable to the Scheme by a Client Partner.'),
 (CCP, 'construction-scheme', U, CCP_W, 'Nominate a Board member, or another senior representative, to act as their contact for Client Partnership matters and to represent their company at Client Partners’ events.'),
 (CPT, 'construction-scheme', U, CPT_S + ': Once a company has been accepted as a Partner, they will:', 'Pay an additional annual Partner fee based on the company’s annual turnover.'),
 (CCC, 'construction-scheme', U, CCC_S + ': Certificate of Compliance', 'Suppliers will receive a Certificate of Compliance every 12 months if they score a minimum of 5 points in each of the five sections of the Monitor’s report.'),
 # LHC Procurement Group notices: scope, lots, Principal Contractor duties
 (H3E, 'construction-notice', U, H3_S + ': Notice Description', 'LHCPG is seeking to establish a multi-supplier Framework Agreement for the provision of housing, regeneration, demolition, remediation and enabling works across the United Kingdom.'),
 (H3E, 'construction-notice', U, H3_S + ': Notice Description', 'Appointed suppliers will deliver works as Principal Contractor, including associated design responsibilities, in compliance with relevant statutory, regulatory and funding requirements.'),
 (H3E, 'construction-notice', U, H3_S + ': Lot Information: New Build Traditional Housing - 1 - 10 Units', 'Appointed companies will be required to act as Principal Contractor and undertake associated design responsibilities, delivering projects in compliance with all relevant regional regulations, funding requirements and standards, including those relating to building safety, energy performance, and net zero carbon objectives.'),
 (H3E, 'construction-notice', U, H3_S + ': Lot Information: New Build Traditional Housing - 1 - 10 Units: Renewal', 'Any modification pursuant to this clause shall not alter the overall nature of the Framework Agreement and shall be subject to the same terms and conditions as the original Framework Agreement unless otherwise agreed in writing.'),
 (H3W, 'construction-notice', W, H3W_S + ': Notice Description', 'Within the Wales (WPA) region, this framework does not include Housing or Demolition Lots, as these requirements are delivered through the existing WPA New Homes for Wales framework.'),
 (H3W, 'construction-notice', W, H3W_S + ': Lot Information: Retrofit & Estate Regeneration - 0 to 2m value band', 'The Retrofit works may include but are not limited to (i) Internal modernisation, extensive redecoration, (ii) Re-wiring, (iii) Replacing space heating systems, (iv) Replacing doors and windows, (v) Relacing Kitchens and Bathrooms (vi) Essential repairs to the building fabric (vii) Improvements to the energy efficiency of the building (viii) The extension or conversion of an existing building.'),
 (H3W, 'construction-notice', W, H3W_S + ': Lot Information: Retrofit & Estate Regeneration - 0 to 2m value band', 'The estate Regeneration works primarily target the broader physical environment and may include but not limited to (i) Introduction of Landscaping (ii) Repairs to infrastructure (iii) Play areas and equipment.'),
 (H3S, 'construction-notice', S, H3S_S + ': Lot Information: New Build Traditional Housing - 1 - 10 Units', 'This workstream covers the delivery of new build residential developments across the UK, including houses, apartments, and mixed-use schemes, as well as specialist accommodation such as supported living, care facilities, student housing and key worker accommodation.'),
 (PBW, 'construction-notice', W, PBW_S + ': Description', 'This framework covers a broad range of construction-related services for public buildings across multiple value bands.'),
 (PBW, 'construction-notice', W, PBW_S + ': Lots: New Build Only – 0 to 1M GBP', 'The construction of new Public buildings, built in the traditional manner to architect and engineers designs.'),
 (PBW, 'construction-notice', W, PBW_S + ': Lots: New Build Only – 0 to 1M GBP', 'The lot is intended for traditional construction but modern methods of construction such as panalised or framed systems (2D systems, MMC category 2) are permitted.'),
 (PBS, 'construction-notice', S, PBS_S + ': description', 'The development of this framework has been informed by continuous consultation and feedback from our partner organisations and clients, ensuring the framework is designed to meet the broad and diverse requirements of the public sector.'),
 # White Horse Housing Association repairs contract notice (Find a Tender)
 (WHH, 'housing-notice', U, WHH_S + ': Description', 'White Horse Housing Association (WHHA) is a specialist rural housing association that has 430 properties across 55 separate villages in Wiltshire, Swindon and Somerset.'),
 (WHH, 'housing-notice', U, WHH_S + ': Description', 'WHHA wishes to establish a contract to provide a day to day repairs service, (including an out-of-hours service for emergency repairs); repair work to void properties prior to re-letting (including electrical testing); gas, oil, solid fuel, air source heat pump and unvented cylinder servicing and remedial work, electrical testing and remedial work; planned replacement works such as kitchens, bathrooms, electrical rewires, heating installations and windows and door replacements; and capital investment work such as roof replacements or structural work, at the discretion of WHHA.'),
 (WHH, 'housing-notice', U, WHH_S + ': Contract dates (estimated): Description of possible extension', 'The contract will be for a period of 5 years with the option to extend for a further two 2-year extensions (5+2+2).'),
 # Sanctuary Housing: responsive repairs
 (SAN, 'housing-sv', U, SAN_S, 'The Group’s Property Services Department provides a wide range of inhouse maintenance and repair services to the Group’s portfolio of Properties covering an approximate percentage of 70% of the overall maintenance and repair requirements, however, the Group also requires a reliable Supplier network to support the Group’s Property Services Team with the provision of repairs and maintenance.'),
 (SAN, 'housing-sv', U, SAN_S, 'Through a previous competitive tendering exercise, the Group has already awarded Contracts to one Supplier in each of the above areas, however, we are looking to award an additional Supplier in each area, with work being allocated between the two Suppliers on a taxi rank basis (e.g. Work will be allocated on an alternating day principal).'),
 (SAN, 'housing-sv', U, SAN_S, 'Bids will be sought from generalist suppliers who will be able to provide the full range of disciplines set out below.'),
 (SAN, 'housing-sv', U, SAN_S, 'Sub-contracting will be permitted under the contract.'),
 (SAS, 'housing-sv', S, SAS_S + ': Overview', 'Pricing will be predicated on National Housing Federation Schedule of Rates (SOR) 8'),
 (SAS, 'housing-sv', S, SAS_S + ': Sanctuary Housing Association', 'Every penny made is reinvested in improving homes and services, building new affordable homes and investing in communities.'),
 # Equity Housing, GMHP, Housing Executive, Procurement for Housing, Innovation Chain North
 (EQH, 'housing-sv', U, EQH_S, 'Social value in procurement is defined by The Public Services (Social Value) Act 2012.'),
 (GMT, 'housing-sv', U, GMT_S + ': About us', 'Established as a group in 2010, Greater Manchester Housing Providers (GMHP) is a collective of 26 housing providers who either own or manage one in every five homes across Greater Manchester, housing over half a million residents.'),
 (GMT, 'housing-sv', U, GMT_S + ': About us', 'As a collective we also focus on wider strategies and interventions on issues such as health and social care, employment and skills, fuel poverty and the ageing population.'),
 (GMP, 'housing-sv', U, GMP_S + ': Evaluation criteria', 'Lowest price will not necessarily win'),
 (HX1, 'housing-sv', U, HX1_S, 'At a regional conference, yesterday, held at The Cooperative Group’s Angel Square headquarters in Manchester, housing professionals from across the region gathered to explore the housing sector’s impact.'),
 (PFH, 'housing-sv', U, PFH_S, 'Housing providers are also more alive to the fact that they always pay for social value somewhere in the contract.'),
 (ICN, 'housing-framework', U, ICN_S + ': Contractor lots', 'The modular principle contractor lots (P1 & P2) and the apartment specialist contractor lots (A1 & A2) do not have a value banding and are simply divided geographically between the North West and North East.'),
 (ICN, 'housing-framework', U, ICN_S + ': Contractor lots: High Value map', 'High Value lot for 35 homes and above.'),
 # Scotland: hub programme, Scotland Excel
 (SFT, 'construction-framework', S, 'Construction Industry & Delivery', 'We are working with public and private sector partners to improve outcomes for the construction industry as a key part of Scotland’s economy, and deliver improved infrastructure that contributes to the delivery of resilient, sustainable places, and an inclusive net zero carbon economy.'),
 (SFN, 'construction-framework', S, SFN_S, 'Since becoming fully operational in 2012, the five companies delivering the Scotland-wide hub community infrastructure programme have completed 223 community projects worth over £2.5bn.'),
 (SFN, 'construction-framework', S, SFN_S, 'Managed by infrastructure experts the Scottish Futures Trust (SFT), the hub Programme brings the public and private sectors together with the aim of delivering improved public services from high-quality community buildings, built by five hub companies under public-private ownership spread across Scotland.'),
 (HSW, 'construction-framework', S, HSW_B, 'Moved away from tendering on a project-by- project basis and instead created a long term programme approach.'),
 (P4P, 'construction-framework', S, P4P_S, 'We are a public/private joint venture company consisting of 16 public sector organisations, including local authorities and health boards, across the north of Scotland, the Scottish Futures Trust, and private sector partners.'),
 (P4P, 'construction-framework', S, P4P_S, 'The hub North Scotland territory covers 62% of Scotland, ranging from Argyll and Bute in the west, the Western Isles, Orkney, Shetland, and the Highlands, to Moray, Aberdeenshire, and Aberdeen city in the east.'),
 (BEN, 'construction-framework', S, BEN_S, 'Thankfully, all that changed just a short time ago when the Scottish Government, with advice from Construction Scotland, started to slowly and carefully open sites with strict guidance on hygiene and isolation.'),
 (SHN, 'construction-framework', S, SHN_S, 'The New Build Residential Construction framework, which went live on August 26, was developed to significantly reduce the time taken to procure the building of a range of social housing properties from contractors.'),
 (SHN, 'construction-framework', S, SHN_S, 'Companies could tender to build small projects of 1-15 properties with the choice of ‘build only’ or ‘design and build’ depending on their capabilities, and there are further lots for 16-25, 26-40 and 40+ properties.'),
 (SHN, 'construction-framework', S, SHN_S, 'This investment is expected to leverage economic output of around £1.4bn per year, supporting up to 12,000 jobs.'),
 (SXP, 'construction-framework', S, SXP_S, 'Scotland Excel’s first-generation Property Maintenance and Refurbishment framework has been extended for two years, to continue helping councils and housing associations source the wide range of services needed to refurbish and maintain properties.'),
 (SXP, 'construction-framework', S, SXP_S, 'It offers ready to use terms and conditions and a ‘direct award’ route - meaning our members can engage directly with a contractor who meets their internal requirements without having to reopen the tender through a mini competition.'),
 # Wales: Neath Port Talbot
 (NPT, 'construction-council', W, NPT_S, 'The Council is a major buyer of goods, services and works and has also been successful in securing substantial amounts of funding for regeneration and construction projects across the County Borough.'),
 (NPT, 'construction-council', W, NPT_S, 'A more recent example is Awel Y Môr Primary School, a £7m contract to construct a new primary school to accommodate pupils from Glan Y Môr and Tir Morfa Primary schools and Tŷ Afan Unit.'),
 # construction press, review; council reports on housing repairs contracts
 (CMG, 'construction-press', U, CMG_S, 'Increasingly, putting up the building on time and to budget is the easy part.'),
 (PPP, 'construction-review', U, PPP_S, '81% of review participants say frameworks should drive improved social value.'),
 (WIN, 'housing-council', U, WIN_S, 'Establishing a partnership rather than a supplier relationship, with the chosen partner representing the council\'s values in tenants\' homes.'),
 (WIN, 'housing-council', U, WIN_S, 'Improving customer service and experience, including a strong digital offering and continuous customer feedback at all interactions.'),
 (WIN, 'housing-council', U, WIN_S, 'Expanding services beyond repairs and maintenance to potentially include planned upgrades, retrofit activities, decarbonisation of housing stock, voids management, and other future services.'),
 (BRE, 'housing-council', U, BRE_S, 'This report concerns the outcome of the tender for the housing repairs and maintenance contract which expires 31 March 2025.'),
]
OGL_HOSTS = ('find-tender.service.gov.uk',)
batch = Batch('public-texts-29.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; each notice is `ocds:<ocid>`; the two copies of SCAPE's modern
    # slavery statement are one document; the rest one group per page.
    if (g := ocid_group(src)): return g
    if src == WHH: return 'ocds:ocds-h6vhtk-059196'
    if src == PBW: return 'fts:066994-2025'
    if src in (MS1, MS2): return 'scape/modern-slavery-and-human-trafficking-statement'
    return src
batch.emit_lists('pub29', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
