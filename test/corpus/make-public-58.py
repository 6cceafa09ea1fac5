"""Write /work/batches/public-texts-58.jsonl: batch 66, FRAMEWORK AND DPS award texts of public buying organisations other
than the Digital Marketplace: what Crown Commercial Service, YPO, ESPO, NEPO, NHS Shared Business Services, NHS Supply
Chain, HealthTrust Europe, LHC and the Welsh Procurement Alliance, Scape, Fusion21, Pagabo, TUCO, Crescent Purchasing
Consortium, Scotland Excel, Scottish Government frameworks and NHS buyers publish about the social value, net zero,
fair work and community benefits they weight or require, with hard negatives from the same documents (what the
framework buys, lots, call-off and ordering routes, pass/fail declarations such as carbon reduction plans and modern
slavery assessments, tender process and portal text, market engagement, tools).

Sources: contract notices of those frameworks (Find a Tender pages, and d3tenders.com / bidatlas.co.uk / lambda-url
copies of Find a Tender and Public Contracts Scotland notice data); Scottish Government framework and DPS buyer guides
and framework pages on gov.scot (grant fund manager DPS, natural gas, supply of electricity), its Public Procurement blog (Living Wage Week 2022; award of the temporary
and interim staff services frameworks), a Scottish Parliament written answer on environmental requirements in its
frameworks, a framework buyer's guide clause on framework sustainable benefits (Law Insider copy), the Sustainable
Procurement Tools fair work guidance on frameworks and its care-framework carbon case study, Scotland Excel's transport
category feature and a ProCirc case on its catering sundries framework; NHS Supply Chain's net zero supplier
requirements, NHS England's carbon reduction plan requirements, NHS Property Services' sustainable procurement policy,
and reports of the NHS adoption of the Social Value Model (Hill Dickinson, National Health Executive, Social Value
Portal, Lexcomm, First Practice Management); LHC's and the Welsh Procurement Alliance's pages on how their frameworks
work and LHC's social value reports, Scape's community commitments, Fusion21's social value returns and results,
Pagabo's refit framework (Construction Enquirer), TUCO's food waste DPS, HEPA's HE TOMs note, the CPC academies blog;
the Welsh Government community benefits policy, Carmarthenshire's community benefits page and National Procurement
Service report, Pembrokeshire's list of Welsh procurement policy notes, the Future Generations Commissioner's
procurement page.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, line
breaks inside a sentence joined. Not scored: the batch is scored blind afterwards. Texts already in the corpus are left
out (named on stderr). Crown copyright pages and notice data are OGL v3; the rest are short quotations.

  python3 test/corpus/make-public-58.py > /work/batches/public-texts-58.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, U, S, W, N


# Notices (Find a Tender pages and copies of Find a Tender / Public Contracts Scotland notice data)
SBS_OSH = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04e8e6'
SBS_HCIS = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-03630f'
NEPO502 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-055cf1'
NEPO502F = 'https://www.find-tender.service.gov.uk/Notice/061636-2025?origin=SearchResults&p=50'
NEPO535 = 'https://www.find-tender.service.gov.uk/Notice/015755-2025'
NEPOPAY = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/018905-2026'
YPOICT = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/022247-2026'
CWAS3 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-0513a8'
ESPO500 = 'https://www.find-tender.service.gov.uk/Notice/009002-2023'
ESPO664 = 'https://bidatlas.co.uk/tenders/075644-2025'
HTEWE = 'https://www.find-tender.service.gov.uk/Notice/028584-2025'
HTEWD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-04e472'
LHCPB = 'https://d3tenders.com/contract/download.php?ocid=ocds-h6vhtk-054ec5'
LHCH3 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-06093d'
LHCH3W = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-068e62'
PFH = 'https://bidatlas.co.uk/tenders/079842-2025'
PFHD = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-051533'
F21 = 'https://d3tenders.com/contract/?ocid=ocds-h6vhtk-061021'
SGFWF = 'https://d3tenders.com/contract/?ocid=ocds-r6ebe6-0000791497'
KHA = 'https://cfe65yyv2qng4jtpckaz2x5rz40rajcb.lambda-url.eu-west-1.on.aws/tenders/073067-2025'
# NHS
NSC = 'https://www.supplychain.nhs.uk/programmes/sustainability/net-zero-supply-chain-and-suppliers/'
NHSE = ('https://www.england.nhs.uk/long-read/carbon-reduction-plan-requirements-for-the-procurement-of-nhs-goods-'
        'services-and-works/')
NHSPS = 'https://www.property.nhs.uk/about/reports/sustainable-procurement-policy/'
HD = ('https://www.hilldickinson.com/insights/articles/new-nhs-guidance-applying-net-zero-and-social-value-'
      'procurement-goods-and-services')
NHX = 'https://www.nationalhealthexecutive.com/articles/social-value-what-does-it-mean-future-supply-chain-contracts'
# framework providers' own pages and reports
LHCHOW = 'https://lse.lhcprocure.org.uk/about-us/how-frameworks-work/'
WPAHOW = 'https://www.welshprocurement.cymru/about-us/tender-process/'
PAG = 'https://constructionenquirer.com/?p=469158'
CPCB = 'https://www.academies.thecpc.ac.uk/news/blog/article.php?blogID=32'
# Scotland and Wales
LI = 'https://lawinsider.com/clause/framework-sustainable-benefits'
SPT = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fair-work-practices/pre-contract-notification'
SPTD = 'https://sustainableprocurementtools.scot/index.cfm/guidance/fair-work-practices/description-and-scope/'
PJ = 'https://www.procurementjourney.scot/route-3/develop-documents/exclusion-selection-and-award-criteria/award-criteria'
WGCB = 'https://www.gov.wales/procurement-community-benefits-policy-html'
CARM = ('https://ourpeople.carmarthenshire.gov.wales/our-people/procurement/procurement-guidance/'
        'sustainability-and-community-benefits/')

# further pages: Scotland, Wales, NHS, framework providers
LWW = 'https://blogs.gov.scot/public-procurement/2022/11/14/living-wage-week-2022'
SGHB = 'https://www.gov.scot/publications/scottish-procurement-policy-handbook/pages/12/'
SGFW = 'https://www.gov.scot/policies/public-sector-procurement/fair-work-in-procurement/'
SPDA = 'https://www.gov.scot/publications/analysis-impact-value-sustainable-procurement-duty-procurement-main-report/pages/11/'
CARE = 'https://sustainableprocurementtools.scot/index.cfm/case-studies1/climate-change-plans-within-care-contracts1/procurement'
NPSW = 'http://online.carmarthenshire.gov.uk/agendas/eng/POLI20130429/REP04.HTM'
FGW = 'https://futuregenerations.wales/work/procurement/'
PEMB = 'https://cms.pembrokeshire.gov.uk/procurement-strategy-2023-27/commitments-on-procurement'
SVP = ('https://socialvalueportal.com/bidders/the-nhs-social-value-in-procurement-mandate-six-things-suppliers-need-'
       'to-know?hs_amp=true')
LEX = 'https://lexcomm.co.uk/nhs-suppliers-improve-sustainability-performance-or-risk-being-left-out'
FPM = 'https://www.firstpracticemanagement.co.uk/blog/2022-blog-posts/net-zero-in-nhs-procurement/'
IHE = 'https://iheem.org.uk/?p=42536'
LWO = ('https://www.liverpoolworld.uk/community/hundreds-of-jobs-created-as-procurement-experts-fusion21-help-firms-'
       'smash-social-value-targets-4787002')
F21R = 'https://fusion21.co.uk/social-value-returns-faq'
F21RW = 'https://www.fusion21.co.uk/social-value-returns-faq'
LHCN9 = 'https://afrinfrast.co.ke/framework-provider-delivers-over-9m-in-indicative-social-value'
LHCPBC = 'https://pbctoday.co.uk/news/planning-construction-news/driving-social-value-in-procurement/148162'
SCAPE = 'http://www.scapegroup.co.uk/supporting-communities'
TUCO = 'https://www.tuco.ac.uk/procurement/frameworks/sustainable-food-waste-management-services'
PSC = 'https://publicsectorcatering.co.uk/news/tuco-launches-food-waste-programme-higher-education-and-public-sector'
HEPA = ('https://www.hepa.ac.uk/Resources/News/View?g=20720bc2-1b71-46a7-9090-5b8483618e2f&t=Higher%20Education%20'
        'Themes,%20Outcomes%20and%20Measures:%20Measuring,%20Monitoring%20and%20Reporting%20Social%20Value%20in%20your%20'
        'Contracts')
LBHF = 'https://democracy.lbhf.gov.uk/mgDecisionDetails.aspx?IId=69164&Opt=1'

GFM = 'https://gov.scot/publications/procurement-grant-fund-manager-dynamic-purchasing-system-dps-buyer-guide/pages/supplementary-information'
GAS = 'https://www.gov.scot/publications/natural-gas-framework-agreement/'
TISB = 'https://blogs.gov.scot/public-procurement/2019/04/24/award-of-new-temporary-and-interim-staff-services-frameworks'
TIS = 'https://gov.scot/publications/temporary-and-interim-staff-services-frameworks'
TSBG = 'https://vdocument.in/temporary-staff-services-frameworks-buyer-s-guide.html'
SPQ = 'https://beta.parliament.scot/parliamentary-debates-and-questions/questions/2018/s5w18013'
SXT = 'https://home.scotland-excel.org.uk/newsroom/features/transport-climate-week/'
ELEC = 'https://www.gov.scot/publications/procurement-supply-of-electricity-framework-sp-21-052-buyer-guide/pages/using-the-framework/'
EIR = 'https://www.gov.scot/publications/foi-202500475011/'
SGAR = 'https://gov.scot/publications/scottish-government-procurement-annual-report-2018/pages/6'
SXCS = 'https://aankopen.vlaanderen-circulair.be/en/cases/detail/catering-sundries-framework'
RAPN = 'https://www.gov.scot/publications/procurement-recruitment-advertising-and-public-notices-framework-2024/pages/further-information/'
WHS = ('https://www.gov.scot/publications/independent-review-scotlands-journey-achieving-sustainable-procurement-outcomes-'
       '2002-2022/pages/9/')

SBS_OSH_S = 'Online Sexual Health Services (NHS Shared Business Services): Notice Description'
NEPO502_S = 'NEPO502 Office Educational and Catering Supplies: Notice Description'
NEPO502_L = 'NEPO502 - Office Supplies, Educational & Catering Disposables: Lot Information'
NEPO535_S = 'NEPRO x Innovation (NEPO535): Scope: Description'
NEPOPAY_S = 'Prepaid, Corporate and Appointeeship payments (NEPO with ESPO and YPO): Description'
YPOICT_S = 'ICT Managed Services & Digital Transformation Solutions (1223) (YPO)'
CWAS3_S = 'Construction Works and Associated Services 3 & ProCure 24 (Crown Commercial Service): Notice Description'
ESPO500_S = '500_23 Consultancy for Decarbonisation / Net Zero Strategies (ESPO): two.1.4) Short description'
ESPO664_S = '664_25 Consultancy Services (ESPO and YPO): Description'
HTEWE_S = 'Workplace Essentials: Supplies, Designs, and PPE (HealthTrust Europe): Scope: Description'
HTEWD_S = 'Wholesale & Distribution Services 2025 (HealthTrust Europe): Notice Description'
LHCH3_S = 'Housing, Regeneration and Demolition (H3) Framework (LHC Procurement Group): Lot Information'
PFH_S = 'PfH - Responsive Repairs, Disrepair Works and Void Services (Procurement for Housing): Description'
SGFWF_S = 'JWE-Fair Work First Evaluation (Scottish Government): Notice Description'
KHA_S = 'Training Provider Framework (Kingdom Housing Association): Description'
NSC_S = 'A Net Zero Supply Chain and Suppliers (NHS Supply Chain): The Five Supplier Requirements'
NSC_C = 'A Net Zero Supply Chain and Suppliers (NHS Supply Chain): Carbon Reduction Plan'
NHSE_S = 'Carbon reduction plan requirements for the procurement of NHS goods, services and works'
NHSPS_S = 'Sustainable procurement policy (NHS Property Services): 1. Introduction'
HD_S = 'New NHS guidance on applying net zero and social value in the procurement of goods and services'
NHX_S = 'Social Value: What does it mean for future supply chain contracts?'
LHCHOW_S = 'How it works (LHC): The five stages'
WPAHOW_S = 'How it works (Welsh Procurement Alliance): The five stages'
PAG_S = 'Pagabo refit and refurbishment framework (Construction Enquirer)'
CPCB_S = 'Putting social value at the heart of procurement (Crescent Purchasing Consortium blog)'
LI_S = 'Framework Sustainable Benefits: The sustainable benefits for public bodies using the framework are:'
LI_C = 'Framework Sustainable Benefits: Awarding a Direct Award/Mini-Competition Call-off Contract'
SPT_S = 'Fair Work Practices (Sustainable Procurement Tools): Pre-contract notification'
SPTD_S = 'Fair Work Practices (Sustainable Procurement Tools): Description and scope'
PJ_S = 'Procurement Journey Route 3: Award Criteria'
WGCB_S = 'Procurement: community benefits policy (Welsh Government): Introduction'
CARM_S = 'Sustainability and Community Benefits (Carmarthenshire County Council): Community Benefits'
CARM_T = 'Sustainability and Community Benefits (Carmarthenshire County Council)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra])
R = [
 # NHS SBS, NEPO notices
 (SBS_OSH, 'fw-notice', U, MU, [], SBS_OSH_S, 'We are committed to working with suppliers who are dedicated to Sustainability and Social Value and there will be a significant weighting on these elements in the tender.'),
 (NEPO502, 'fw-notice', U, MU, [], NEPO502_S, 'The Framework incorporates Social Value commitments and provides robust governance, compliance and contract management arrangements.'),
 # NHS Supply Chain and NHS buyers
 (NSC, 'fw-nhs', U, MU, ['climate'], NSC_S + ': 2 Social Value Requirements', 'All procurements will include a minimum 10% net zero and social value weighting (PPN 06/20).'),
 (NSC, 'fw-nhs', U, CL, [], NSC_S + ': 4 NHS England Supplier Roadmap', 'The NHS net zero supplier roadmap sets out the steps suppliers must take to align with the NHS net zero ambition between now and 2030.'),
 (NHSE, 'fw-nhs', U, MU, ['climate'], NHSE_S, 'The requirement to provide a CRP is in addition to the inclusion of a minimum 10% weighting on net zero and social value in NHS procurement, implemented from April 2022.'),
 (NHSE, 'fw-nhs', U, CL, [], NHSE_S, 'To best prepare for future NHS roadmap milestones, suppliers are encouraged to set a net zero target of 2045, although a target of 2050 will still meet the minimum requirements of CRPs.'),
 (NHSPS, 'fw-nhs', U, MU, [], NHSPS_S, 'As such, Social Value should be explicitly evaluated, where the requirements are related and proportionate to the subject-matter of the contract, rather than just ‘considered’ as currently required under the Public Services (Social Value) Act 2012.'),
 (NHSPS, 'fw-nhs', U, MU, [], NHSPS_S, 'From 1st April 2022, NHS England have extended the reach of PPN 06/20 to the commissioning and purchase of goods and services by NHS organisations, as well as to organisations acting on their behalf.'),
 (NHSPS, 'fw-nhs', U, MU, ['climate'], NHSPS_S, 'Central government’s Social Value Model, including net zero emissions requirements, as outlined in Procurement Policy Note (PPN) 06/20, and Taking Account of Carbon Reduction Plans as outlined in PPN 06/21 has been adopted by NHS England and applied since 1 April 2022.'),
 (HD, 'fw-nhs', U, MU, ['climate'], HD_S, 'In particular, this means applying the social value model including net zero emissions requirements published alongside the PPN and ensuring that a minimum weighting of 10% of the total score is applied to social value considerations in tenders.'),
 (HD, 'fw-nhs', U, MU, [], HD_S + ': NHS England’s guidance sets out detail on:', 'Selecting the social value themes. In-scope NHS organisations must decide what social, economic and environmental themes within the Cabinet Office Social Value Model are relevant to each individual tender and/or in support of local priorities.'),
 (NHX, 'fw-nhs', U, MU, [], NHX_S, 'Next month (April 2022), the NHS will adopt the Governments Social Value Model where new and existing NHS tenders will have to include a minimum of 10 percent scoring criteria in all procurements in order to remain or become an NHS supplier.'),
 (NHX, 'fw-nhs', U, MU, ['climate'], NHX_S, 'The criteria will allow the NHS to see how much a supplier would be contributing towards the NHS’ net zero targets and social value.'),
 (NHX, 'fw-nhs', U, MU, [], NHX_S, 'Suppliers must complete a Model Evaluation Overview which will describe the organisations commitment to ensuring the contract delivers the themes set out in the Social Value Model.'),
 (NHX, 'fw-nhs', U, CL, [], NHX_S, 'In order to align suppliers with the NHSs’ net-zero ambitions the NHS England Public Board have approved a roadmap which has set a standard that suppliers entering into a framework should adhere to help achieve this goal.'),
 # CPC blog
 (CPCB, 'fw-provider', U, MU, [], CPCB_S, 'The Social Value Act has been in place for some time now and places a duty on contracting authorities such as schools, academies and colleges to consider how to improve the social, economic and/or environmental wellbeing of your area when procuring service contracts that exceed the EU procurement regulation threshold.'),
 # Scottish Government framework buyer's guide clause
 (LI, 'fw-guide', S, EO, [], LI_S, 'All suppliers confirmed no inappropriate use of zero hours contracts'),
 (LI, 'fw-guide', S, EO, [], LI_S, 'All suppliers pay above the Living Wage together with offering a range of workforce benefits'),
 # Sustainable Procurement Tools: fair work in frameworks
 (SPT, 'fw-guide', S, EO, [], SPT_S, 'When establishing a framework agreement, a contracting authority should consider whether it is relevant and proportionate to include a questions on Fair Work First including a question on payment of at least the real Living Wage.'),
 (SPT, 'fw-guide', S, EO, [], SPT_S, 'For example, if the framework agreement includes award criteria to tackle “sustainability”, it may be possible to include more precisely formulated criteria under this broader heading to address Fair Work First.'),
 # Welsh Government community benefits policy; Carmarthenshire
 (WGCB, 'fw-policy', W, EI, [], WGCB_S + ': It is particularly focussed on delivering:', 'A Prosperous Wales – to increase employment, support development of skills and grow SMEs in order to positively impact the Welsh economy'),
 (WGCB, 'fw-policy', W, EI, [], WGCB_S + ': It is particularly focussed on delivering:', 'A Healthier Wales – to create and safeguard employment opportunities that help people enter or remain in work'),
 (WGCB, 'fw-policy', W, EI, [], WGCB_S + ': It is particularly focussed on delivering:', 'A more equal Wales by working to provide employment and training opportunities, and also education and community support across all areas of Wales and across all socio-economic levels'),
 (WGCB, 'fw-policy', W, MU, [], WGCB_S, 'The Community Benefits policy approach is principle 4 of the WPPS and seeks to act upon this wider definition of value for money by delivering the very widest social, economic and environmental benefits in the course of securing the goods, services or works required by the public sector in Wales.'),
 (CARM, 'fw-policy', W, MU, [], CARM_S, 'With this aim in mind we are committed to asking tenderers to deliver Community Benefits in our tendering activities through the delivery of the contracts or frameworks awarded.'),
 (CARM, 'fw-policy', W, EI, [], CARM_S, 'These benefits might include recruiting and training long term economically inactive persons as part of the workforce delivering the contract; working with local schools and colleges for work placements; offering appropriate training through apprenticeships or engage with local communities etc.'),
 (CARM, 'fw-policy', W, MU, [], CARM_S, 'A Community Benefits approach must be applied to all appropriate tenders.'),
 (CARM, 'fw-policy', W, MU, [], CARM_S, 'In any tender valued over £1million we must, as a minimum, apply, capture and record Community Benefits utilising the Welsh Government’s Community Benefits Measurement Tool.'),
 # Scottish Government national collaborative frameworks: real Living Wage and Fair Work First
 (LWW, 'fw-guide', S, EO, [], 'Living Wage Week 2022 (Scottish Government Public Procurement blog)', 'All of our National Collaborative Framework Agreements now include a requirement for suppliers to pay staff involved in the delivery of goods, works and services under the framework agreement, at least the real Living Wage.'),
 (SGHB, 'fw-guide', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:', 'provide appropriate channels for effective workers’ voice, such as trade union recognition'),
 (SGHB, 'fw-guide', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:', 'action to tackle the gender pay gap and create a more diverse and inclusive workplace'),
 (SGHB, 'fw-guide', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:', 'offer flexible and family friendly working practices for all workers from day one of employment'),
 (SGHB, 'fw-guide', S, EO, [], 'Scottish procurement policy handbook: 12. Fair Work First: Fair Work First aligns with the Fair Work Convention’s Fair Work Framework and consists of the following criteria:', 'oppose the use of fire and rehire practice.'),
 (SGFW, 'fw-guide', S, EO, [], 'Fair work and procurement (Scottish Government): We expect:', 'suppliers delivering public contracts to adopt and demonstrate appropriate fair work practices, ensuring that these are delivered for all workers engaged on delivering the public contract'),
 (SGFW, 'fw-guide', S, EO, [], 'Fair work and procurement (Scottish Government): Living Wage as a requirement in procurement', 'We consider the payment of the real Living Wage to be the most significant way a supplier can demonstrate its commitment to fair work practices.'),
 (SPDA, 'fw-guide', S, EI, [], 'Sustainable procurement duty - impact and value analysis: Appendix 4: Further examples of community benefit requirements: Employability outcomes', 'Edinburgh College’s outsourced facilities management contract has resulted in five work placements for students looking to get experience in the workplace and one apprenticeship'),
 (SPDA, 'fw-guide', S, EI, [], 'Sustainable procurement duty - impact and value analysis: Appendix 4: Further examples of community benefit requirements: Employability outcomes', 'in Dumfries & Galloway, an engineering contract included a commitment for the contractor to hold a STEM careers event at a local high school'),
 (SPDA, 'fw-guide', S, WB, [], 'Sustainable procurement duty - impact and value analysis: Appendix 4: Further examples of community benefit requirements: Support for community organisations and clubs', 'Edinburgh College’s outsourced facilities management contract included a community benefit requirement for the contractor to sponsor the Edinburgh College men’s football team and to provide strips'),
 (SPDA, 'fw-guide', S, WB, [], 'Sustainable procurement duty - impact and value analysis: Appendix 4: Further examples of community benefit requirements: Support for community organisations and clubs', 'a contract procured by City of Edinburgh Council resulted in the contractor providing materials for a community garden'),
 # NHS: social value and net zero weighting in tenders
 (SVP, 'fw-nhs', U, CL, [], 'The NHS social value in procurement mandate: six things suppliers need to know', 'As a supplier, you will need to be able to demonstrate firm plans, results and commitment to reducing waste, lowering emissions, and helping the environment - whether that’s by getting involved in a tree planting scheme or investing responsibly, for example.'),
 (SVP, 'fw-nhs', U, CL, [], 'The NHS social value in procurement mandate: six things suppliers need to know', 'Monitoring and reporting emissions reductions will unquestionably form a key element of any bid for new contracts with NHS England.'),
 (LEX, 'fw-nhs', U, MU, ['climate'], 'NHS suppliers: Improve sustainability performance or risk being left out', 'From 1st April 2022, all NHS suppliers are required to adopt the Government\'s Social Value Model and include a minimum of 10% weighting on net zero and social value into tenders.'),
 (LEX, 'fw-nhs', U, CL, [], 'NHS suppliers: Improve sustainability performance or risk being left out', 'Furthermore, to support the delivery of net zero carbon across the NHS, the Social Value Model theme of ‘Fighting Climate Change’ will be included in all NHS procurement tenders.'),
 (FPM, 'fw-nhs', U, MU, [], 'Net Zero in NHS Procurement: Social value', 'This means that the value to society and communities should be explicitly evaluated in all central government procurement activity, and the themes identified should be present through the delivery of every contract signed.'),
 (FPM, 'fw-nhs', U, MU, ['climate'], 'Net Zero in NHS Procurement', 'From 1st April 2022, NHSE began applying this principle to all commissioning and purchase of goods and services by NHS organisations, as well as to organisations acting on behalf of commissioners and purchasers.'),
 # Fusion21, LHC, Scape: social value through frameworks
 (IHE, 'fw-provider', U, EI, ['wellbeing'], 'Fusion21 social value data 2022-23', 'Celebrating its 21st anniversary this year, the national social enterprise says it ensures that its members – ranging from social housing associations to education and health providers – include social value targets as part of their projects such as creating local jobs and apprenticeship opportunities, voluntary work, and community-focused initiatives.'),
 (IHE, 'fw-provider', U, EI, [], 'Fusion21 social value data 2022-23: Data for the financial year 2022-23 shows that:', '90 apprenticeships, in areas as diverse as surveying and fire risk assessment, were created compared with 68 the previous year.'),
 (IHE, 'fw-provider', U, WB, [], 'Fusion21 social value data 2022-23', 'Suppliers and members using Fusion21 procurement frameworks also used their social value delivery to benefit communities by volunteering and donating to local good causes.'),
 (IHE, 'fw-provider', U, WB, [], 'Fusion21 social value data 2022-23', 'Their generosity included donating to food banks, installing ramps at a local school to improve disabled access, creating communal garden areas, and donating security equipment to a homeless shelter.'),
 (LWO, 'fw-provider', U, EI, ['wellbeing'], 'Hundreds of jobs created as procurement experts Fusion21 help firms smash social value targets', 'Based in Knowsley in Merseyside and operating nationally, Fusion21 ensures its members, ranging from housing associations to education and health providers smash social value targets on every project - from work placements and apprenticeships to tackling unemployment and delivering voluntary work and community-focused initiatives.'),
 (LWO, 'fw-provider', U, EI, [], 'Hundreds of jobs created as procurement experts Fusion21 help firms smash social value targets', 'The data reveals that 356 jobs were created in 2023-2024 in sectors including construction, green skills, and housing - thanks to work delivered through Fusion21.'),
 (LWO, 'fw-provider', U, EI, [], 'Hundreds of jobs created as procurement experts Fusion21 help firms smash social value targets', 'New data published today by Fusion21 also reveals more than 2,000 people were able to access crucial training courses.'),
 (F21R, 'fw-provider', U, MU, [], 'Social Value Returns (Fusion21): Frequently asked questions: Why is this required?', 'Social value is a core part of Fusion21’s identity and is included under clause 24 of your framework agreement.'),
 (LHCN9, 'fw-provider', U, MU, [], 'Framework provider delivers over £9m in indicative social value (LHC Procurement Group)', 'The N9 framework in particular stands out for being the first to implement the group’s social value strategy, building in additional and measurable social value outcomes.'),
 (LHCPBC, 'fw-provider', U, MU, [], 'Driving social value in procurement (LHC Procurement Group): Strategic procurement in social housing', 'To help shift this narrative, social value objectives must be directly woven into frameworks, ensuring that procurement not only delivers housing but also enhances the lives of those it serves.'),
 (SCAPE, 'fw-provider', U, MU, [], 'Supporting Communities (Scape)', 'We request that prospective delivery partners submit the most economically advantageous and socially responsible submissions to work with us.'),
 (SCAPE, 'fw-provider', U, MU, [], 'Supporting Communities (Scape)', 'Across all of our projects, we carefully performance manage our delivery partners and their adherence to an array of bid commitments.'),
 (SCAPE, 'fw-provider', U, EI, [], 'Supporting Communities (Scape): Our Commitments', 'Minimum standards of local spend'),
 (SCAPE, 'fw-provider', U, EI, [], 'Supporting Communities (Scape): Our Commitments', 'Minimum standards of local labour usage'),
 (SCAPE, 'fw-provider', U, EI, [], 'Supporting Communities (Scape): Our Commitments', 'Work experience programmes'),
 (SCAPE, 'fw-provider', U, EI, [], 'Supporting Communities (Scape): Our Commitments', 'School and college visits'),
 (SCAPE, 'fw-provider', U, WB, [], 'Supporting Communities (Scape): Our Commitments', 'Community engagement initiatives'),
 (SCAPE, 'fw-provider', U, EI, [], 'Supporting Communities (Scape): Our Commitments', 'Adult employment opportunities'),
 (SCAPE, 'fw-provider', U, CL, [], 'Supporting Communities (Scape): Our Commitments', 'Waste management'),
 # London Borough of Hammersmith and Fulham: social value weighting including framework call-offs
 (LBHF, 'fw-policy', U, MU, [], 'Social Value Strategy: decision', 'To agree that all tendered contracts above £100,000 (including those procured from frameworks where permitted by the framework rules) have a minimum of 10% of the total score allocated to Social Value.'),
 (LBHF, 'fw-policy', U, MU, [], 'Social Value Strategy: decision', 'To agree that all commissioning and procurement over £100,000 should deliver a minimum of 10% Social Value by suppliers and social value key performance indicators (KPIs) will be part of their contract terms.'),
 (LBHF, 'fw-policy', U, MU, [], 'Social Value Strategy: decision', 'To agree the adoption of the national Themes Outcomes and Measures (TOMs) Framework for social value measurement (Appendix 2) for all contracts over £100,000.'),
 # Scottish Government DPS and framework buyer guides, framework pages and news
 (GFM, 'fw-guide', S, EO, [], 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Fair work', 'When establishing the DPS, suppliers were required to confirm that they pay staff the Real Living Wage (RLW) and commit to paying all staff involved in the DPS Call-Off Contract the RLW.'),
 (GFM, 'fw-guide', S, EO, [], 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Fair work', 'Fair Work practices should be evaluated further at the Call-Off stage.'),
 (GFM, 'fw-guide', S, EO, [], 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Fair work', 'Therefore, buyers are actively encouraged to incorporate Fair Work practices within their individual Invitations to Tender (ITT).'),
 (GFM, 'fw-guide', S, EO, [], 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Fair work', 'Upon establishment of the DPS, CVFM positively encouraged Fair Work and the suppliers were notified that Fair Work practices may be included within call-offs.'),
 (GFM, 'fw-guide', S, MU, [], 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Community benefits', 'Details of any community benefits should be included within the Invitation to Tender (ITT) at Call-Off stage.'),
 (GFM, 'fw-guide', S, MU, [], 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Further information', 'It is strongly recommended that you include details of any community benefits you want to be delivered as part of the service - you should include these at invitation to tender stage of your call-off'),
 (GAS, 'fw-guide', S, EI, [], 'Procurement - natural gas framework agreement: Community and socio-economic benefits include:', 'an apprenticeship training programme, with an apprentice providing direct support to the framework'),
 (GAS, 'fw-guide', S, EI, [], 'Procurement - natural gas framework agreement: Community and socio-economic benefits include:', 'sub-contract metering services to Scottish SMEs to promote opportunities to source local metering engineers and local subcontractors to benefit local communities'),
 (TISB, 'fw-guide', S, MU, [], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities', 'All framework contractors were asked to provide details of their proposals to help us meet the Scottish Government’s overall community benefits policy.'),
 (TISB, 'fw-guide', S, EI, ['equal-opportunity'], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities: The responses propose a number of different benefits including:', 'A commitment to working with local communities to offer CV writing, job interviewing and presentation skills courses to under-represented and protected characteristics groups.'),
 (TISB, 'fw-guide', S, WB, [], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities: The responses propose a number of different benefits including:', 'Participating in volunteering or charity programmes within the local community and wider UK.'),
 (TISB, 'fw-guide', S, WB, [], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities: The responses propose a number of different benefits including:', 'Sponsorship of local organisations including boys and girls clubs, local football clubs, schools and colleges.'),
 (TISB, 'fw-guide', S, EI, [], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities: The responses propose a number of different benefits including:', 'Proactively encourage school pupil and college student placements.'),
 (TISB, 'fw-guide', S, EI, [], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities: The responses propose a number of different benefits including:', 'Targeted recruitment and training for disadvantaged and people in long term unemployment.'),
 (TISB, 'fw-guide', S, EI, [], 'Award of new Temporary and Interim Staff Services frameworks (Scottish Government Public Procurement blog): Good for communities: The responses propose a number of different benefits including:', 'Work with third sector organisations where appropriate.'),
 (SPQ, 'fw-guide', S, CL, [], 'S5W-18013: whole-life carbon footprinting in Scottish Government frameworks: Some examples of where environmental requirements have been included are as follows:', 'General Stationery and Office Paper Framework – The supplier produces a yearly Environmental and Sustainability Report and has introduced a new system called “sign it, track it” which provides complete visibility of overall cost of deliveries and times (cost and quality of service) but also measures CO2 implications on deliveries.'),
 (SPQ, 'fw-guide', S, CL, [], 'S5W-18013: whole-life carbon footprinting in Scottish Government frameworks: Some examples of where environmental requirements have been included are as follows:', 'The supplier also reports on products that are environmentally friendly.'),
 (SGAR, 'fw-guide', S, EI, [], 'Scottish Government procurement annual report 2018: 5. Sustainable procurement and our approach to engaging SMEs, the Third Sector and supported businesses: As a direct result of Scottish Government procurement activity:', 'Almost 700 SMEs were involved in our supply chain as sub-contractors, increasing our spend through SMEs by a further £114 million.'),
]

# (source, family, jurisdiction, section, text[, extra])
NEG = [
 # NHS SBS notices
 (SBS_OSH, 'fw-notice', U, SBS_OSH_S, 'NHS SBS intends to put in place a Framework Agreement under the Provider Selection Regime for Online Sexual Health Services.'),
 (SBS_HCIS, 'fw-notice', U, 'HEALTHCARE CLINICAL INFORMATION SYSTEMS 2 (HCIS) SBS10026: Notice Description', 'The Procurement of a Framework for Healthcare Clinical Information Systems (HCIS) will assist health and social care providers to collate and manage data that support healthcare staff in the assessment, planning and delivery of better patient care across all healthcare settings.'),
 # NEPO
 (NEPO535, 'fw-notice', U, NEPO535_S, 'NEPO seeks to establish a Closed Framework which will operate as a Neutral Vendor Managed Service; NEPRO x Innovation.'),
 (NEPOPAY, 'fw-notice', U, NEPOPAY_S, 'Lot 4 - Fund Disbursements, enabling authorities to make high-volume, secure, and instant digital payments for purposes such as grants, payroll, hardship funds, and emergency support.'),
 (NEPOPAY, 'fw-notice', U, NEPOPAY_S, 'Lot 3 - Appointeeship & Deputyship Accounts, designed to manage direct payments, appointee and deputyship programmes, with strong safeguarding, spend controls, and real-time monitoring'),
 # YPO, ESPO, CCS
 (YPOICT, 'fw-notice', U, YPOICT_S + ': Description', 'YPO is looking to establish a framework for the delivery and supply of ICT Managed Services, Digital and Physical Document and Records Management, Print and Digital Communication Solutions and Digital Transformation projects.'),
 (YPOICT, 'fw-notice', U, YPOICT_S + ': Lots: Pillar 1 - ICT Managed Services', 'For the provision of ICT Managed Services to all public sector establishments.'),
 (CWAS3, 'fw-notice', U, CWAS3_S, 'This framework is intended to replace and combine existing CCS frameworks RM6088 (Construction Works and Associated Services), RM6267 (Construction Works and Associated Services 2 / ProCure 23) upon their natural expiry.'),
 (ESPO500, 'fw-notice', U, ESPO500_S, 'ESPO is seeking to establish a multi supplier framework agreement for the provision of consultancy services for Decarbonisation / Net Zero Strategies.'),
 (ESPO664, 'fw-notice', U, ESPO664_S, 'The key aim of the framework is to create efficiencies and promote cost savings by providing customers with access to pre-approved service providers whom they may appoint using a simple and streamlined procurement process.'),
 # HealthTrust Europe
 (HTEWD, 'fw-notice', U, HTEWD_S, 'The purpose of this Framework is to enable the provision of a breadth of high-quality Equipment, Consumables and Services, to meet different requirements of Participating Authorities and assist in improving supply chain outcomes.'),
 # LHC, WPA, PfH, Fusion21
 (LHCH3, 'fw-notice', U, LHCH3_S + ': New Build Traditional Housing - 1 - 10 Units', 'Appointed companies will be required to act as Principal Contractor and undertake associated design responsibilities, delivering projects in compliance with all relevant regional regulations, funding requirements and standards, including those relating to building safety, energy performance, and net zero carbon objectives.'),
 (LHCH3W, 'fw-notice', W, 'Housing, Regeneration and Demolition (H3) Framework (LHC for the Welsh Procurement Alliance): Notice Description', 'Within the Wales (WPA) region, this framework does not include Housing or Demolition Lots, as these requirements are delivered through the existing WPA New Homes for Wales framework.'),
 (LHCH3W, 'fw-notice', W, 'Housing, Regeneration and Demolition (H3) Framework (LHC for the Welsh Procurement Alliance): Lot Information: Retrofit & Estate Regeneration - 0 to 2m value band', 'The Retrofit works may include but are not limited to (i) Internal modernisation, extensive redecoration, (ii) Re-wiring, (iii) Replacing space heating systems, (iv) Replacing doors and windows, (v) Relacing Kitchens and Bathrooms (vi) Essential repairs to the building fabric (vii) Improvements to the energy efficiency of the building (viii) The extension or conversion of an existing building.'),
 (LHCHOW, 'fw-provider', U, LHCHOW_S + ': Stage 2: Public tender', 'Documentation comprises an Invitation to Tender, which specifies the works, goods or service being procured.'),
 (LHCHOW, 'fw-provider', U, LHCHOW_S + ': Stage 2: Public tender', 'It also inlcudes the Offer Document, which comprises a technical quality questionnaire and pricing templates that a supplier needs to complete and submit, as well as the General Terms & Conditions which govern how the framework operates and individual projects are called off by clients.'),
 (WPAHOW, 'fw-provider', W, WPAHOW_S + ': Stage 1: Pre-tender engagement', 'We engage with suppliers in the sector to encourage firms to bid for places on the frameworks'),
 (PFHD, 'fw-notice', U, PFH_S.replace(': Description', ': Lot Information: Lot 1 - Responsive Repairs and Void Property Refurbishment (Value Band 1 - PS0 - PS1.5m)'), 'Works solution to procure responsive repairs and void property refurbishment solutions.'),
 (F21, 'fw-notice', U, 'Responsive Repairs & Void Property Framework (2026-30) (Fusion21): Lot Information: Responsive Repairs & Maintenance: The scope includes but is not limited to:', 'Works to comply with The Hazards in Social Housing (Prescribed Requirements (England) Regulations 2025 in terms of response times and performance management'),
 # Pagabo
 (PAG, 'fw-provider', U, PAG_S, 'Client organisations that use the framework and the appointed contractors will have access to a free version of Loop’s social value software for all procured projects – a feature of all Pagabo’s frameworks.'),
 (PAG, 'fw-provider', U, PAG_S, 'This access will allow reporting so that it is easier demonstrate the social value being generated through projects.'),
 # NHS Supply Chain, NHS England, NHS Property Services, reports (pass/fail and policy mechanics)
 (NSC, 'fw-nhs', U, NSC_S + ': 1 Carbon Reduction Plan', 'All suppliers of new contracts for goods, services, and works are required to publish a Carbon Reduction Plan (CRP) (PPN 06/21)'),
 (NSC, 'fw-nhs', U, NSC_S + ': 3 Evergreen Assessment', 'All Suppliers are required to complete an Evergreen Supplier Assessment.'),
 (NSC, 'fw-nhs', U, NSC_S + ': 5 Modern Slavery', 'All suppliers must complete and maintain an up-to-date Modern Slavery Assessment Tool (MSAT) as a minimum requirement.'),
 (NSC, 'fw-nhs', U, NSC_C + ': Commitment', 'We will confirm that the bidding supplier’s commitment to achieve net zero by 2050 or earlier for their UK operations is in place, as a minimum requirement.'),
 (NHSE, 'fw-nhs', U, NHSE_S, 'The NHS requirements align with those of central government’s PPN 06/21. Therefore, any existing and current CRP developed according to the central government guidelines of PPN 06/21 will be accepted by the NHS for the April 2023 milestone requirement.'),
 (NHSPS, 'fw-nhs', U, NHSPS_S, 'NHS Property Services (‘NHSPS’) is a “contracting authority” as defined in 2004/18/EC (‘the Directive’).'),
 (NHX, 'fw-nhs', U, NHX_S, 'According to Greener NHS, 60 percent of the overall NHS carbon footprint is caused by the NHS supply chain, with more than 80,000 suppliers contributing to this in order to keep supply of drugs, food, medical equipment and more.'),
 # Scotland: framework buyer's guide call-offs, guidance mechanics, notices
 (LI, 'fw-guide', S, LI_C, 'A direct award call-off contract must be concluded by an award letter including a completed schedule 5 of the Standard Terms of Supply.'),
 (SPT, 'fw-guide', S, SPT_S, 'To promote benefits achieved at a framework level, it is helpful to describe them and the scope of their application in relevant Buyer Guides.'),
 (SPT, 'fw-guide', S, SPT_S, 'The procurement strategy should demonstrate how the procurement will contribute to wider organisational aims including contributing to national and local outcomes through compliance with the Sustainable Procurement Duty It should also promote Fair Work First as set out in the organisational procurement strategy.'),
 (SPT, 'fw-guide', S, SPT_S, 'While mini-competitions must generally be based on the same terms as those which were applied for the award of the framework, Regulation 34(10) of the Public Contracts (Scotland) Regulation (PC(S)R) 2015, allows, where necessary, for the criteria to be more precisely formulated.'),
 (SPTD, 'fw-guide', S, SPTD_S, 'Each public body is accountable for its own decisions in relation to procurement competitions, including when it is appropriate to include Fair Work requirements in tendering exercises.'),
 (SGFWF, 'fw-notice', S, SGFWF_S, 'The Scottish Government, on behalf of Scottish Ministers, are commissioning a process and early impact evaluation of Fair Work First, the Scottish Government\'s flagship policy for driving high quality and fair work across the labour market in Scotland.'),
 (SGFWF, 'fw-notice', S, SGFWF_S + ': Lot 1', 'The evaluation will be developed working in consultation with the Fair Work Convention.'),
 (KHA, 'fw-notice', S, KHA_S, 'This tendering exercise was undertaken to establish a Framework Agreement with training providers capable of delivering a range of training services as required.'),
 # Wales: Carmarthenshire
 (CARM, 'fw-policy', W, CARM_T + ': Sustainability', 'In order to embed sustainability at a practical and operational level, a Sustainable Risk Assessment (SRA) needs to be carried out.'),
 # Scotland: definitions, guidance mechanics, framework lists, care framework carbon appendix
 (LWW, 'fw-guide', S, 'Living Wage Week 2022 (Scottish Government Public Procurement blog)', 'Since then, we have published statutory guidance which includes a new chapter titled Fair Work First requirements in procurement.'),
 (LWW, 'fw-guide', S, 'Living Wage Week 2022 (Scottish Government Public Procurement blog): Recently issued ‘Invitation To Tenders’ (ITTs) mandating the real Living Wage and including the FWF criteria:', 'Temporary and Interim Staff Services – £450 million over 4 years'),
 (SGFW, 'fw-guide', S, 'Fair work and procurement (Scottish Government): Living Wage as a requirement in procurement', 'It is a voluntary wage rate which is calculated by the Resolution Foundation and overseen by the Independent Living Wage Commission.'),
 (SGFW, 'fw-guide', S, 'Fair work and procurement (Scottish Government): Living Wage as a requirement in procurement', 'The real Living Wage is different to the National Minimum Wage (including the \'national living wage\') which is the legal minimum an employer must pay an employee and is set by the UK Government.'),
 (SGHB, 'fw-guide', S, 'Scottish procurement policy handbook: 12. Fair Work First: Payment of at least the real Living Wage', 'The Scottish Government promotes payment of at least the real Living Wage as the minimum rate for everyone in paid work; this is not the same as the statutory National Minimum Wage and National Living Wage that are set by the UK Government.'),
 (CARE, 'fw-guide', S, 'Climate change plans within care contracts (Sustainable Procurement Tools case study): Procurement: Supplier selection', 'Given the importance of climate change to the frameworks, the use of Single Procurement Document standardised statement 4C.7, was considered, as part of supplier selection.'),
 (CARE, 'fw-guide', S, 'Climate change plans within care contracts (Sustainable Procurement Tools case study): Procurement: Supplier selection', 'Bidders were required to complete Appendix 6, but it was not scored or used as a supplier selection requirement.'),
 (CARE, 'fw-guide', S, 'Climate change plans within care contracts (Sustainable Procurement Tools case study): Procurement: Supplier selection', 'Responses have been analysed and will be used to discuss with individual providers their plans and what help they may need, such as from the Council’s Business Gateway, Low Carbon Advisory Service.'),
 # Wales: National Procurement Service, policy notes, Future Generations Commissioner
 (NPSW, 'fw-policy', W, 'Procurement Progress Report (Carmarthenshire): 1.1 National Procurement Service', 'The purpose of the NPS is to procure “Common and Repetitive Spend” (CaRS) once for the whole of the Welsh Public Sector.'),
 (FGW, 'fw-policy', W, 'Procurement (Future Generations Commissioner for Wales)', 'The Procurement Policy Statement for example does not reflect the Act and the extent to which the National Procurement Service and Value Wales are embedding the Act is not clear.'),
 (PEMB, 'fw-policy', W, 'Procurement Strategy 2023-27: Commitments on Procurement: Welsh Procurement Policy Notes (WPPNS)', '12/21: Decarbonisation through procurement - addressing CO2 in supply chains'),
 (PEMB, 'fw-policy', W, 'Procurement Strategy 2023-27: Commitments on Procurement: Welsh Procurement Policy Notes (WPPNS)', '11/21: Ethical employment in supply chains for the Welsh public sector'),
 (PEMB, 'fw-policy', W, 'Procurement Strategy 2023-27: Commitments on Procurement: Welsh Procurement Policy Notes (WPPNS)', '01/20: Social value clauses/community benefits through public procurement'),
 # NHS: background figures and pass/fail carbon reduction plans
 (SVP, 'fw-nhs', U, 'The NHS social value in procurement mandate: six things suppliers need to know', 'The NHS has committed to reaching net zero by 2045. It has also identified the fact that more than 60% of its carbon emissions occur within the supply chain.'),
 (LEX, 'fw-nhs', U, 'NHS suppliers: Improve sustainability performance or risk being left out', 'According to the roadmap, by 2027 the NHS will no longer purchase from suppliers that have not aligned with their trajectory towards net zero carbon and requires all suppliers to publicly report emissions and publish a carbon reduction plan aligned to the net zero NHS target, for both their direct and indirect emissions.'),
 # Fusion21 returns, LHC, Scape, TUCO, HEPA: reporting mechanics, tools, what is bought
 (F21R, 'fw-provider', U, 'Social Value Returns (Fusion21): Frequently asked questions: What are the social value returns?', 'These returns must be submitted by the deadline to confirm that your social value obligations have been met for that financial year.'),
 (LHCN9, 'fw-provider', U, 'Framework provider delivers over £9m in indicative social value (LHC Procurement Group)', 'Through 18 active frameworks and three dynamic purchasing systems, LHCPG supported 1,459 projects throughout 2024/25 with a strong focus on energy efficiency, retrofit and decarbonisation, and supporting vulnerable communities.'),
 (SCAPE, 'fw-provider', U, 'Supporting Communities (Scape): Our Commitments', 'Strict Health and Safety standards'),
 (TUCO, 'fw-provider', U, 'Sustainable Food Waste Management Services DPS (TUCO): Food Waste Management Service Requirement and Scope', 'Lot 2: Used Disposable Cup Collection Service. TUCO Ltd seek suppliers to provide a used disposable cup collection service that will process and dispose of used disposable cups generated at TUCO member sites.'),
 (PSC, 'fw-provider', U, 'TUCO launches food waste programme for higher education and public sector', 'Our new sustainable food waste management contract is built to be flexible and dynamic, so that new food waste management innovators can be added as they become available.'),
 (HEPA, 'fw-provider', U, 'Higher Education Themes, Outcomes and Measures (HEPA)', 'Using nationally recognised and agreed values, a GBP value is then allocated to each measure to enable a calculation of social value to be made and reported.'),
 (HEPA, 'fw-provider', U, 'Higher Education Themes, Outcomes and Measures (HEPA)', 'The measure explains which element is to be considered: for example, under “More local people in employment” we would look at the “Percentage of local employees (FTE) on contract”'),
 (LBHF, 'fw-policy', U, 'Social Value Strategy: decision', 'To approve the Social Value Strategy (attached as Appendix 1 of the report).'),
 # Scottish Government DPS and framework buyer guides: call-off mechanics, scope, pricing
 (GFM, 'fw-guide', S, 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Fair work', 'Any supplier who failed to commit to this was automatically rejected from the DPS.'),
 (GFM, 'fw-guide', S, 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Fair work', 'Suppliers were also asked to confirm whether they are RLW Accredited; however, this was for statistical purposes only.'),
 (GFM, 'fw-guide', S, 'Procurement - grant fund manager - dynamic purchasing system (DPS): buyer guide: Supplementary information: Cyber security', 'Buyers are responsible for ensuring Cyber Security requirements are included and assessed as part of the Call-Off process.'),
 (GAS, 'fw-guide', S, 'Procurement - natural gas framework agreement: Sustainability benefits include:', 'a range of energy efficiency services available as additional services'),
 (GAS, 'fw-guide', S, 'Procurement - natural gas framework agreement: Sustainability benefits include:', 'option to purchase Renewable Gas Guarantee of Origin (RGGO) certificates, based on market liquidity and best market prices'),
 (SPQ, 'fw-guide', S, 'S5W-18013: whole-life carbon footprinting in Scottish Government frameworks', 'The framework public body calling off from the framework agreement is responsible for setting any specific requirements in relation to environmental issues.'),
 (SPQ, 'fw-guide', S, 'S5W-18013: whole-life carbon footprinting in Scottish Government frameworks', 'Scottish Procurement uses the Sustainability Test in all regulated procurements to assess whether environmental requirements are relevant and proportionate to the procurement.'),
 (SXT, 'fw-provider', S, 'Our transport category rises to the Net Zero challenge (Scotland Excel)', 'Our joint vehicle purchase framework with our partners Crown Commercial Service gives the public sector access to all types of vehicles and technologies, as it offers direct access to almost every main vehicle manufacturer in the UK.'),
 (ELEC, 'fw-guide', S, 'Procurement - supply of electricity framework SP-21-052: buyer guide: Using the framework: How to use this framework agreement', 'Scottish Procurement issue a quarterly Price Risk Guidance which includes current and forecasted average rates for meter type.'),
 (EIR, 'fw-guide', S, 'Procurement of public sector energy supply: EIR release: Information requested', 'Was there any consideration of entering into zero carbon or renewables tariff with EDF?'),
 (EIR, 'fw-guide', S, 'Procurement of public sector energy supply: EIR release: Response 1', 'Bidders are required to confirm full compliance with the Terms and Conditions, by accepting the terms, the clause forms part of the overall Framework Agreement and must be adhered to by the supplier once the Framework is awarded.'),
 (SXCS, 'fw-provider', S, 'Catering sundries framework (Scotland Excel, ProCirc case)', 'The framework provides both catering disposables and reusable catering equipment.'),
 (WHS, 'fw-guide', S, "Scotland's journey of achieving sustainable procurement outcomes 2002-2022: Appendix 2: Case Studies: Warmer Homes Scotland", "Warmer Homes Scotland (WHS) is the Scottish Government's national fuel poverty scheme designed to reduce the number of Scottish households living in fuel poverty."),
 (WHS, 'fw-guide', S, "Scotland's journey of achieving sustainable procurement outcomes 2002-2022: Appendix 2: Case Studies: Warmer Homes Scotland", "The KPIs were linked to the contractor's payment, meaning when the contractor failed to achieve the required KPI score per region, a pre-set deduction was made which was reinvested directly into WHS, allowing the Scottish Government to support additional Scottish households living in fuel poverty."),
]

OGL_HOSTS = ('gov.scot', 'blogs.gov.scot', 'gov.wales', 'find-tender.service.gov.uk', 'sustainableprocurementtools.scot',
             'procurementjourney.scot')
batch = Batch('public-texts-58.jsonl')
LHC_HOW = 'lhcprocure/how-frameworks-work'
def group_of(src):
    # A source already in the corpus keeps its group; one document, one group: each notice is `ocds:<ocid>`; LHC's
    # and the Welsh Procurement Alliance's "how it works" pages share template wording.
    if (g := ocid_group(src)): return g
    if src in (LHCHOW, WPAHOW): return LHC_HOW
    if src == F21R: return batch.group_of_source.get(F21RW, F21RW)
    return src
batch.emit_lists('pub58', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
