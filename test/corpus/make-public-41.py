"""Write /work/batches/public-texts-41.jsonl: batch 49, English NHS buyers under the Provider Selection Regime (PSR,
2024) and the NHS net zero / social value procurement policy: ICBs' intention-to-award notices that publish how the
five PSR key criteria (quality and innovation; value; integration, collaboration and service sustainability; improving
access, reducing health inequalities and facilitating choice; social value) were weighted and scored, and what NHS
buyers and their advisers publish about the NHS 10% net zero and social value weighting (PPN 06/20 in the NHS), the
NHS Net Zero Supplier Roadmap and the Evergreen Sustainable Supplier Assessment. Hard negatives come from the same
notices and pages: the other key criteria's weightings and assessments, decision makers, conflicts of interest, the
standstill, PSR process rules, pass/fail Evergreen and Carbon Reduction Plan conditions, contract values.

Sources: PSR intention-to-award notices (Find a Tender records, d3tenders.com copies) of NHS Cheshire and Merseyside
ICB (WE Connect social prescribing, Halton), NHS Lincolnshire ICB (primary care social prescribing), NHS Norfolk and
Waveney ICB (primary medical services), NHS Humber and North Yorkshire ICB, NHS Devon ICB (Care (Education) Treatment
Review support), NHS North Central London ICB and NHS Lancashire and South Cumbria ICB; the HSJ Partnership Awards
social value category page; the Specialist Pharmacy Service page on net zero and social value in NHS England medicines
tenders; Hill Dickinson's notes on the NHS net zero and social value guidance and on the PSR processes; Executive
Compass on the NHS roadmap; Osborne Clarke on social value in NHS procurement; HFMA's "Greening up"; Sustainability
Suite, McGrady Clarke, Thornton & Lowe and Climate Essentials on the Evergreen assessment and supplier roadmap; NHS
England's PSR decision diagram; the PSR Regulations' Schedule 3 (legislation.gov.uk);
Communitas Clinics, Contracts Advance and Ward Hadaway on the PSR; NOE CPC on targeted social value for health inequalities,
Black Country ICB, the Health Foundation (East London NHS Foundation Trust programme; Building healthier communities
chapter 4), Executive Compass on applying social value to the NHS and NHS London Procurement Partnership.

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets dropped, the
key criteria lines of a notice description taken one at a time. Not scored: the batch is scored blind afterwards.
Texts already in the corpus are left out (named on stderr). Notice data are OGL v3 (NOTICE_D3); legislation.gov.uk and
england.nhs.uk are Crown/OGL; the rest are short quotations.

  python3 test/corpus/make-public-41.py > /work/batches/public-texts-41.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, CV, ocid_group, weighting as W

U = 'uk'
D3 = 'https://d3tenders.com/contract/download.php?ocid='
N_CM = D3 + 'ocds-h6vhtk-06628f'   # Cheshire and Merseyside ICB: WE Connect Social Prescribing Service in Halton
N_LI = D3 + 'ocds-h6vhtk-047113'   # Lincolnshire ICB: Primary Care Social Prescribing Service
N_NW = D3 + 'ocds-h6vhtk-047b27'   # Norfolk and Waveney ICB: primary medical services
N_HN = D3 + 'ocds-h6vhtk-046e0f'   # Humber and North Yorkshire ICB
N_DV = D3 + 'ocds-h6vhtk-0528bb'   # Devon ICB: Care (Education) Treatment Review Support
N_NC = D3 + 'ocds-h6vhtk-064efb'   # North Central London ICB
N_LS = D3 + 'ocds-h6vhtk-066ff2'   # Lancashire and South Cumbria ICB
HSJ = 'https://partnership.hsj.co.uk/award-category/social-value-initiative-year'
SPS = 'https://www.sps.nhs.uk/articles/net-zero-and-social-value-requirements-in-nhse-medicines-tenders/'
HDG = ('https://www.hilldickinson.com/insights/articles/'
       'new-nhs-guidance-applying-net-zero-and-social-value-procurement-goods-and-services')
HDP = 'https://www.hilldickinson.com/insights/articles/provider-selection-regime-processes'
EXC = ('https://www.executivecompass.co.uk/blog/social-value/'
       'the-nhs-roadmap-social-value-and-carbon-reduction-expectations-for-suppliers/')
OSB = 'https://www.osborneclarke.com/insights/social-value-redefines-bid-process-public-sector-contracts'
HFM = 'https://www.hfma.org.uk/news/healthcare-finance/feature/greening-up'
SSU = 'https://sustainabilitysuite.co.uk/membership-blog/understanding-the-nhs-evergreen-sustainable-supplier-assessment'
MCG = ('https://www.mcgradyclarke.com/de/news-insights/'
       'erreichen-von-nachhaltigkeits-und-netto-null-zielen-fur-nhs-lieferanten/')
TLE = 'https://thorntonandlowe.com/evergreen-assessment'
CLE = ('https://www.climateessentials.com/articles/'
       'nhs-evergreen-assessment-an-introduction-to-the-process-and-what-it-covers?61eaee1d_page=6')
NGD = 'https://www.england.nhs.uk/long-read/provider-selection-regime-getting-to-the-right-decision/'
LEG = 'https://www.legislation.gov.uk/ukdsi/2023/9780348252613/schedule/3/data.html'
COM = ('https://www.communitasclinics.nhs.uk/'
       'understanding-the-provider-selection-regime-key-decision-making-criteria/')
CAD = 'https://contractsadvance.co.uk/the-insight-hub/insights/insight-paper-the-provider-selection-regime/'
WHA = ('https://www.wardhadaway.com/insights/procurement-in-a-nutshell/'
       'procurement-in-a-nutshell-provider-selection-regime-independent-panel-decision-cr00016-25')

NOE = 'https://noecpc.nhs.uk/news/addressing-regional-health-inequalities-through-targeted-social-value'
BCI = 'https://blackcountryics.org.uk/news-and-documents/latest-news/black-country-icb-hosts-first-social-value-workshop'
ELF = 'https://www.health.org.uk/funding-and-partnerships/programmes/evaluating-and-embedding-social-values-in-procurement'
EXA = 'https://executivecompass.co.uk/social-value-practice/blog/applying-social-value-to-nhs'
LPP = 'https://www.lpp.nhs.uk/news/nhs-lpp-mentioned-in-national-health-anchors-report/'
HFR = 'https://reader.health.org.uk/building-healthier-communities/chapter-4-the-nhs-as-a-purchaser-and-commissioner-for-social-value'
NOE_S = 'Addressing Regional Health Inequalities Through Targeted Social Value'
BCI_S = 'Black Country ICB hosts first social value workshop'
ELF_S = 'Evaluating and embedding social values in procurement East London NHS Foundation Trust'
EXA_S = 'Applying social value to the NHS'
LPP_S = 'NHS LPP mentioned in national health anchors report'
HFR_S = 'Building healthier communities: Chapter 4: The NHS as a purchaser and commissioner for social value: Why this matters'

ITA = 'Provider Selection Regime intention to award notice: '
CM_S = ITA + 'WE Connect Social Prescribing Service in Halton (NHS Cheshire and Merseyside ICB): The following criteria informed the decision:'
CM_D = ITA + 'WE Connect Social Prescribing Service in Halton (NHS Cheshire and Merseyside ICB)'
LI_S = ITA + 'Primary Care Social Prescribing Service (NHS Lincolnshire ICB): The key criteria that the relevant authority used to make a decision were:'
LI_D = ITA + 'Primary Care Social Prescribing Service (NHS Lincolnshire ICB)'
NW_S = ITA + 'Provision of Primary Medical Services (NHS Norfolk and Waveney ICB): The Key Criteria were weighted as follows;'
NW_D = ITA + 'Provision of Primary Medical Services (NHS Norfolk and Waveney ICB)'
HN_S = ITA + 'NHS Humber and North Yorkshire ICB: The criteria applied to this intention to award was: Key Criteria'
HN_D = ITA + 'NHS Humber and North Yorkshire ICB'
DV_S = ITA + 'Care (Education) Treatment Review Support (NHS Devon ICB): The decision to award this contract in line with Direct Award Process C was based on evaluation against the 5 required key criteria, with weightings applied as follows:'
DV_D = ITA + 'Care (Education) Treatment Review Support (NHS Devon ICB)'
NC_S = ITA + 'NHS North Central London ICB: key criteria with the corresponding percentage value representing their importance'
NC_D = ITA + 'NHS North Central London ICB'
LS_D = ITA + 'NHS Lancashire and South Cumbria ICB'
HSJ_S = 'HSJ Partnership Awards 2024 - Social Value Initiative of the Year'
SPS_S = 'Net Zero and Social Value requirements in NHSE medicines tenders'
HDG_S = 'New NHS guidance on applying net zero and social value in the procurement of goods and services'
HDP_S = 'Provider Selection Regime – Processes'
EXC_S = 'The NHS Roadmap: social value and carbon reduction expectations for suppliers'
OSB_S = 'Social value redefines bid process for public sector contracts: Buying power'
HFM_S = 'Feature / Greening up'
SSU_S = 'Understanding the NHS Evergreen Sustainable Supplier Assessment'
MCG_S = 'Achieving sustainability and net zero goals for NHS suppliers'
TLE_S = 'Evergreen Assessment: Key Supplier Steps for an NHS Evergreen Assessment'
CLE_S = 'NHS Evergreen Assessment: An Introduction to the process and what it covers'
NGD_S = 'Provider Selection Regime: getting to the right decision: Accessible text'
LEG_S = 'The Health Care Services (Provider Selection Regime) Regulations 2023: Schedule 3: Content of notice of intention to award to the existing provider under Direct Award Process C'
COM_S = 'Understanding the Provider Selection Regime: Key Decision-Making Criteria: Quality and innovation'
CAD_S = 'Insight Paper – The Provider Selection Regime: Services Affected'
WHA_S = 'Procurement in a Nutshell: Provider Selection Regime – Independent Panel: Decision CR00016-25'


# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # PSR intention-to-award notices: the social value key criterion, its weight and score
 (N_CM, 'nhs-psr-notice', U, MU, [], CM_S, 'Social Value: 20%', W(20)),
 (N_LI, 'nhs-psr-notice', U, MU, [], LI_S, 'Social value: provider is satisfying existing contract to a sufficient standard'),
 (N_NW, 'nhs-psr-notice', U, MU, [], NW_S, 'Key Criteria: Section 5: Social Value - 20.00%', W(20)),
 (N_HN, 'nhs-psr-notice', U, MU, [], HN_S, 'Social Value - 10%', W(10)),
 (N_DV, 'nhs-psr-notice', U, MU, [], DV_S, 'Social Value 20%', W(20)),
 (N_NC, 'nhs-psr-notice', U, MU, [], NC_S, 'A score of 7.5% for Social value was awarded out of a possible 10%', W(10)),
 # HSJ Partnership Awards: social value in NHS procurement
 (HSJ, 'nhs-sv-policy', U, MU, [], HSJ_S, 'As anchor institutions, whose long-term sustainability is tied to the wellbeing of the populations that they serve, social value now contributes to a 10% weighting in all procurement decisions in the NHS.', W(10)),
 # A definition (it explains the term and asks nothing): not social value by the label rule (README.md, "Labels"),
 # as the corpus's other definitions are; relabelled at stop 30 (it was 'multiple themes').
 (HSJ, 'nhs-sv-policy', U, None, [], HSJ_S, 'Social value is a mechanism to help reduce health inequalities, drive better environmental performance and deliver more value from procured products and services.'),
 (HSJ, 'nhs-sv-policy', U, MU, [], HSJ_S, 'This award recognises suppliers who have developed innovative projects and initiatives as part of their social value commitments to the NHS and can demonstrate how these are making a positive environmental, social and/or economic impact.'),
 (HSJ, 'nhs-sv-policy', U, MU, [], HSJ_S, 'Projects and initiatives must demonstrate efforts in one or more of the following areas: fighting climate change, wellbeing, equal opportunity, tackling economic inequality or COVID-19 recovery'),
 (HSJ, 'nhs-sv-policy', U, MU, [], HSJ_S, 'Describe the area/s of social value your initiative addresses and the rationale for selecting these as priorities'),
 # SPS: net zero and social value in NHS England medicines tenders
 (SPS, 'nhs-sv-policy', U, MU, ['climate'], SPS_S, 'Guidance for using the Evergreen assessment to embed Net Zero and Social Value in NHS England medicines tenders.'),
 (SPS, 'nhs-sv-policy', U, MU, ['climate'], SPS_S + ': Policy overview', 'As part of the NHS Net Zero Supplier Roadmap, the NHS built on the UK Government PPN 06/20 and will apply Net Zero and Social Value into medicines tenders in the manner outlined below.'),
 # Hill Dickinson: NHS net zero and social value guidance
 (HDG, 'nhs-sv-policy', U, MU, [], HDG_S, 'From 1 April 2022 all in-scope NHS organisations commissioning and buying goods and services must now adopt the requirements of PPN 06/20.'),
 (HDG, 'nhs-sv-policy', U, MU, ['climate'], HDG_S, 'In particular, this means applying the social value model including net zero emissions requirements published alongside the PPN and ensuring that a minimum weighting of 10% of the total score is applied to social value considerations in tenders.', W(10)),
 (HDG, 'nhs-sv-policy', U, MU, [], HDG_S, 'As an anchor institution, the NHS is keen to use its assets and resources to maximise social, economic and environmental benefits.'),
 (HDG, 'nhs-sv-policy', U, MU, [], HDG_S + ': NHS England’s guidance sets out detail on:', 'In-scope NHS organisations must decide what social, economic and environmental themes within the Cabinet Office Social Value Model are relevant to each individual tender and/or in support of local priorities.'),
 (HDG, 'nhs-sv-policy', U, CL, [], HDG_S, 'More than 60% of NHS carbon emissions occur in the supply chain, so this is an important step in helping the NHS to meet the targets.'),
 # Executive Compass: the NHS roadmap
 (EXC, 'nhs-sv-policy', U, MU, [], EXC_S, 'From April 2022, NHS organisations will be required to take social value into account when procuring goods and services.'),
 (EXC, 'nhs-sv-policy', U, MU, [], EXC_S, 'The move will see the NHS adopting the UK government’s Social Value Model, with NHS tenders required to include a minimum of 10% scoring criteria in all procurements to assess how suppliers will contribute to social value in contract delivery.', W(10)),
 (EXC, 'nhs-sv-policy', U, MU, [], EXC_S, 'The model aims to make it easier to assess and evaluate the social value offered in tenders and manage the social value delivered in contracts.'),
 (EXC, 'nhs-sv-policy', U, CV, [], EXC_S + ': The Social Value Model sets out the government’s social value priorities for procurement and includes a menu of social value objectives centred around five themes:', 'COVID-19 recovery'),
 (EXC, 'nhs-sv-policy', U, EI, [], EXC_S + ': The Social Value Model sets out the government’s social value priorities for procurement and includes a menu of social value objectives centred around five themes:', 'Tackling economic inequality'),
 (EXC, 'nhs-sv-policy', U, CL, [], EXC_S + ': The Social Value Model sets out the government’s social value priorities for procurement and includes a menu of social value objectives centred around five themes:', 'Fighting climate change'),
 (EXC, 'nhs-sv-policy', U, EO, [], EXC_S + ': The Social Value Model sets out the government’s social value priorities for procurement and includes a menu of social value objectives centred around five themes:', 'Equal opportunity'),
 (EXC, 'nhs-sv-policy', U, WB, [], EXC_S + ': The Social Value Model sets out the government’s social value priorities for procurement and includes a menu of social value objectives centred around five themes:', 'Wellbeing'),
 # Osborne Clarke: social value in NHS procurement
 (OSB, 'nhs-sv-policy', U, MU, [], OSB_S, 'Even prior to the publication of PPN 06/20, social value has driven contract award decisions in many public procurements – but most notably in NHS procurement.'),
 (OSB, 'nhs-sv-policy', U, CL, [], OSB_S, 'One of the ways the NHS will aim to achieve this is by using its enormous buying power to drive carbon reductions and sustainability initiatives in its supply chain through its contracts.'),
 (OSB, 'nhs-sv-policy', U, CL, [], OSB_S + ': three out of four strategy pillars relate to sustainability:', 'waste and the circular economy;'),
 (OSB, 'nhs-sv-policy', U, CL, [], OSB_S + ': three out of four strategy pillars relate to sustainability:', 'plastic products and packaging; and'),
 (OSB, 'nhs-sv-policy', U, CL, [], OSB_S + ': three out of four strategy pillars relate to sustainability:', 'climate change, energy and greenhouse gas emissions.'),
 # HFMA: Greening up
 (HFM, 'nhs-sv-policy', U, MU, [], HFM_S, 'NHS social value guidance for trusts is expected, and from April 2022 NHS organisations will be required to take greater account of social value when buying goods and services.'),
 (HFM, 'nhs-sv-policy', U, CL, [], HFM_S, 'The health service plans to reduce the indirect emissions from its supply chain that it can influence (the NHS carbon footprint plus) to net zero by 2045, aiming for an 80% cut by 2036-2039.'),
 # Evergreen and the supplier roadmap
 (SSU, 'nhs-sv-policy', U, MU, ['climate'], SSU_S + ': The NHS Net Zero Supplier Roadmap', 'As of April 2022, all NHS procurements now incorporate a minimum 10% net zero and social value weighting.', W(10)),
 (SSU, 'nhs-sv-policy', U, CL, [], SSU_S, 'The aim was to encourage suppliers to adopt sustainable practices, aligning with the NHS’s goal to become a net-zero health system.'),
 (MCG, 'nhs-sv-policy', U, MU, ['climate'], MCG_S + ': Understanding the Net Zero Supplier Roadmap', 'Since April 2022 the NHS has increasingly incorporated Net Zero and sustainability considerations into their procurement processes, beginning with the integration of a 10% minimum weighting for Net Zero and social value across all procurements.', W(10)),
 (TLE, 'nhs-sv-policy', U, MU, [], TLE_S + ': 3. Social Value Commitment', 'Demonstrate social value initiatives in line with PPN 06/20.'),
 (CLE, 'nhs-sv-policy', U, CL, [], CLE_S + ': Why was it introduced?', 'As a result, suppliers are increasingly expected to demonstrate that they are measuring, managing and reducing their environmental impact.'),
 (CLE, 'nhs-sv-policy', U, CL, [], CLE_S + ': Why was it introduced?', 'The assessment was introduced to support the NHS Net Zero roadmap and to ensure suppliers are contributing to national sustainability targets.'),
 # NOE CPC: targeted social value for regional health inequalities
 (NOE, 'nhs-sv-policy', U, WB, [], NOE_S, 'NHS North of England Commercial Procurement Collaborative (NOE CPC), in partnership with NHS England and the Humber and North Yorkshire Procurement Collaborative (HNYPC), has launched a new initiative to assist with embedding social value into procurement and addressing health inequalities at a local level.'),
 (NOE, 'nhs-sv-policy', U, WB, [], NOE_S, 'The York strategy targets specific local health issues such as reducing the gap in life expectancy between richer and poorer communities, lowering anxiety levels, and improving physical activity which directly advances the ICS mission to deliver better and more equitable health outcomes across the region.'),
 (NOE, 'nhs-sv-policy', U, CL, ['wellbeing'], NOE_S, 'Additionally, the initiative promotes environmental sustainability by encouraging suppliers to contribute to local biodiversity efforts, further enhancing the community’s wellbeing.'),
 (NOE, 'nhs-sv-policy', U, MU, [], NOE_S, 'Focusing on health and environmental improvements ensures a comprehensive approach to social value, creating long-term benefits for the local population and their surrounding environment.'),
 # Black Country ICB
 (BCI, 'nhs-sv-policy', U, MU, [], BCI_S, 'Since April 2022, NHS England has required all NHS organisations in England to apply the Government’s Social Value Model to the commissioning and purchase of goods and services for the NHS.'),
 (BCI, 'nhs-sv-policy', U, MU, ['climate'], BCI_S, 'This has meant that all NHS procurements needed to include a minimum 10% net zero and social value weighting.', W(10)),
 # East London NHS Foundation Trust (Health Foundation programme page)
 (ELF, 'nhs-sv-policy', U, MU, [], ELF_S, 'In 2020/21, the Trust agreed on a list of social value priorities to be adopted and embedded within the Trust as part of its strategy to tackle the wider determinants of health and reduce health inequalities.'),
 (ELF, 'nhs-sv-policy', U, EI, [], ELF_S, 'Part of this has been to make sure that the suppliers that are contracted with the Trust are doing their bit to support, grow and invest in the local communities.'),
 # Executive Compass: applying social value to the NHS
 (EXA, 'nhs-sv-policy', U, CL, [], EXA_S + ': Applying social value', 'To support the delivery of net zero carbon across the NHS, the Social Value Model theme of ‘Fighting Climate Change’ must be included in all NHS procurement either in the technical specification, through the social value criteria or a combination of both.'),
 (EXA, 'nhs-sv-policy', U, MU, [], EXA_S + ': Social value in the NHS', 'From the beginning of April 2022, the reach of the UK Government’s Social Value Model has extended to the commissioning and purchase of goods and services by NHS organisations, as well as those acting on their behalf (collectively known as in-scope organisations).'),
 # NHS London Procurement Partnership
 (LPP, 'nhs-sv-policy', U, MU, [], LPP_S, 'The publication notes our pan-London approach to Social Value which includes a list of 55 measures taken from the Social Value Portal National TOMS framework, based on regional evidence of health inequalities aligned to the cabinet office social value model which formed part of the procurement policy note.'),
 (LPP, 'nhs-sv-policy', U, MU, [], LPP_S, 'The publication, entitled: “How Strong is Your Anchor? A Measurement Toolkit for Health Anchors”, mentions how NHS LPP has been supporting and tracking social value in NHS procurement to meet the requirements of PPN06/20 which mandates the inclusion of social value as an awarding criteria in NHS tenders.'),
 # Health Foundation: the NHS as a purchaser and commissioner for social value
 (HFR, 'nhs-sv-policy', U, EI, [], HFR_S, 'Procuring and commissioning more goods and services from local small and medium-sized enterprises (SMEs) and voluntary and community sector organisations can have an important economic impact, as resources spent locally have a multiplier effect and are reinvested in the local community at a faster rate than resources spent with national corporations.'),
 (HFR, 'nhs-sv-policy', U, MU, [], HFR_S, 'The NHS could also derive greater social benefit from the money it spends by introducing principles of social value into its contracts and procurement processes.'),
 (HFR, 'nhs-sv-policy', U, EI, [], HFR_S, 'By spending more resources within the community, anchor organisations may help local businesses to grow, employ more people and pay higher wages, thereby stimulating local economic development.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # PSR intention-to-award notices: the other key criteria, decision makers, conflicts, standstill
 (N_CM, 'nhs-psr-notice', U, CM_S, 'Improving access, reducing health inequalities, and facilitating choice: 25%', W(25)),
 (N_CM, 'nhs-psr-notice', U, CM_S, 'Value: 15%', W(15)),
 (N_CM, 'nhs-psr-notice', U, CM_S, 'Integration, collaboration and service sustainability: 20%', W(20)),
 (N_CM, 'nhs-psr-notice', U, CM_S, 'Quality and innovation: 20%', W(20)),
 (N_CM, 'nhs-psr-notice', U, CM_D, 'On the 19th January 2026, the ICB\'s Director of Finance approved this decision and no declarations of interest were declared that would materially or adversely impact on matters requiring discussion and decision.'),
 (N_LI, 'nhs-psr-notice', U, LI_S, 'Quality and innovation: provider is satisfying existing contract to a sufficient standard'),
 (N_LI, 'nhs-psr-notice', U, LI_S, 'Value: provider is satisfying existing contract to a sufficient standard'),
 (N_LI, 'nhs-psr-notice', U, LI_S, 'Integration, collaboration and service sustainability: provider is satisfying existing contract to a sufficient standard'),
 (N_LI, 'nhs-psr-notice', U, LI_S, 'Improving access, reducing health inequalities and facilitating choice: provider is satisfying existing contract to a sufficient standard'),
 (N_LI, 'nhs-psr-notice', U, LI_D, 'Conflicts of interest identified: none declared'),
 (N_NW, 'nhs-psr-notice', U, NW_S, 'Key Criteria: Section 1: Quality & Innovation - 20.00%', W(20)),
 (N_NW, 'nhs-psr-notice', U, NW_S, 'Key Criteria: Section 2: Value - 20.00%', W(20)),
 (N_NW, 'nhs-psr-notice', U, NW_S, 'Key Criteria: Section 4 Improving Access, Reducing Health Inequalities and Facilitating Choice - 20.00%', W(20)),
 (N_NW, 'nhs-psr-notice', U, NW_D, 'The weightings for the 5 key criteria were determined by the procurement panel to give appropriate relative importance to each of the sections equally in line with the commissioning expectations for the service.'),
 (N_HN, 'nhs-psr-notice', U, HN_S, 'Quality - 20%', W(20)),
 (N_HN, 'nhs-psr-notice', U, HN_S, 'Innovation - 25%', W(25)),
 (N_HN, 'nhs-psr-notice', U, HN_S, 'Integration, collaboration and service sustainability - 20%', W(20)),
 (N_HN, 'nhs-psr-notice', U, HN_S, 'Improving Access, reducing health inequalities and facilitating choice - 10%', W(10)),
 (N_HN, 'nhs-psr-notice', U, HN_D + ': The criteria applied to this intention to award was:', 'Basic Selection Criteria - Mandatory and Discretionary Grounds - Suitability to pursue activity'),
 (N_HN, 'nhs-psr-notice', U, HN_D, 'NHS Humber and North Yorkshire ICB has conducted an assessment of the Provider against the stated Basic Selection Criteria and Key Criteria and considers that the existing provider is satisfying its current existing contract, will likely satisfy the new contract to a sufficient standard, and the proposed contracting arrangements are not changing considerably.'),
 (N_DV, 'nhs-psr-notice', U, DV_S, 'Quality 20%', W(20)),
 (N_DV, 'nhs-psr-notice', U, DV_S, 'Improving equalities 20%', W(20)),
 (N_DV, 'nhs-psr-notice', U, DV_D, 'Assessment of the provider was based on evidence available through their existing contract with the ICB.'),
 (N_NC, 'nhs-psr-notice', U, NC_S, 'A score of 25.5% for Quality and innovation was awarded out of a possible 34%', W(34)),
 (N_NC, 'nhs-psr-notice', U, NC_S, 'A score of 20% for Value was awarded out of a possible 20%', W(20)),
 (N_NC, 'nhs-psr-notice', U, NC_S, 'A score of 7.5% for Improving access, reducing health inequalities and facilitating choice was awarded out of a possible 12%', W(12)),
 (N_NC, 'nhs-psr-notice', U, NC_D, 'With a combined score of 89% out of a possible 100% it demonstrates the providers current and likely future performance to deliver the commissioned activity.'),
 (N_LS, 'nhs-psr-notice', U, LS_D, 'In completion of the service and provider assessment, the relative importance of the key criteria (Quality and Innovation, Value, Integration, Collaboration, and Service Sustainability, Improving Access, Reducing Health Inequalities, and Facilitating Choice, and Social Value) were considered against the current contract specification and the ICB are assured that the provider is satisfying the requirements within the specification in relation to the key criteria.'),
 (N_LS, 'nhs-psr-notice', U, LS_D, 'This award is in compliance with direct award route c as there is an existing provider for the services and the existing provider is satisfying the original contract, will likely satisfy the proposed new contract and the services are not changing considerably.'),
 # SPS: Evergreen as a pass/fail condition in medicines tenders
 (SPS, 'nhs-sv-policy', U, SPS_S + ': Policy overview', 'Note the submission of an Evergreen Assessment is a separate requirement to the completion of a Carbon Reduction Plan, which will be included in NHS England medicines tenders from April 2024.'),
 (SPS, 'nhs-sv-policy', U, SPS_S + ': Policy overview', 'An Evergreen Sustainable Supplier Assessment should be submitted on the Atamis portal (specific level not required).'),
 (SPS, 'nhs-sv-policy', U, SPS_S + ': The submitted assessments will be evaluated against the following criteria:', 'condition of award, i.e. no submission means a supplier cannot be awarded a framework place or contract'),
 (SPS, 'nhs-sv-policy', U, SPS_S + ': The submitted assessments will be evaluated against the following criteria:', 'KPI monitoring – yearly monitoring will occur to ensure that submissions have either been maintained or improved'),
 # Hill Dickinson
 (HDP, 'nhs-psr-guide', U, HDP_S + ': Direct Award Process A', 'Circumstances are where there is an existing provider for services, and that provider, or group of providers, is the only capable provider.'),
 (HDP, 'nhs-psr-guide', U, HDP_S + ': Direct Award Process A', 'Transparency requirements apply – must publish an award notice and keep records of decision-making including prescribed details.'),
 (HDP, 'nhs-psr-guide', U, HDP_S + ': Direct Award Process B', 'Circumstances are where patients have an unrestricted choice of providers and all providers meeting the commissioner’s criteria are awarded a contract.'),
 # HFMA
 (HFM, 'nhs-sv-policy', U, HFM_S, 'A sustainability framework is being developed, with input from suppliers, so that by 2030 the NHS will stop contracting with those that have not met minimum expectations in achieving carbon neutrality.'),
 (HFM, 'nhs-sv-policy', U, HFM_S, 'The Delivering a net zero NHS report published last October commits to reducing the NHS carbon footprint (emissions directly controlled by the NHS) to net zero by 2040, with the aim of achieving an 80% reduction by 2028-2032.'),
 # Evergreen and Carbon Reduction Plan conditions
 (SSU, 'nhs-sv-policy', U, SSU_S + ': The NHS Net Zero Supplier Roadmap', 'As of April 2023, for contracts exceeding £5 million per annum, suppliers are required to publish a Carbon Reduction Plan addressing their UK Scope 1 and 2 emissions, as well as a subset of scope 3 emissions.'),
 (SSU, 'nhs-sv-policy', U, SSU_S + ': The NHS Net Zero Supplier Roadmap', 'From April 2024, the NHS will extend the Carbon Reduction Plan requirement to cover all procurements.'),
 (MCG, 'nhs-sv-policy', U, MCG_S + ': Overview of the Evergreen Sustainable Supplier Assessment', 'The assessment, which is available on the Atamis platform, evaluates suppliers and provides a maturity score against a range of sustainability metrics, such as emissions calculation coverage and commitments to sustainability frameworks.'),
 (MCG, 'nhs-sv-policy', U, MCG_S + ': Understanding the Net Zero Supplier Roadmap', 'In April 2023, requirements for new NHS contracts above £5 million per annum were implemented, requiring suppliers to publish a Carbon Reduction Plan (CRP) aligned with the UK government’s Procurement Policy Note 06/21 (PPN 06/21).'),
 (TLE, 'nhs-sv-policy', U, TLE_S + ': 2. Carbon Reduction Plan (CRP)', 'Complete a CRP to meet the NHS Net Zero target.'),
 (TLE, 'nhs-sv-policy', U, 'Evergreen Assessment: Overview of Evergreen Assessment', 'For contracts over £5 million, suppliers must publish a Carbon Reduction Plan.'),
 # NHS England: PSR decision diagram and statutory guidance
 (NGD, 'nhs-psr-guide', U, NGD_S, 'If the answer is no, the next suggested question is whether the existing provider is satisfying the existing contract and is likely to satisfy the proposed contract to a sufficient standard.'),
 # PSR Regulations, Schedule 3
 (LEG, 'nhs-psr-guide', U, LEG_S, 'A statement explaining the award decision-makers’ reasons for selecting the chosen provider, with reference to the key criteria.'),
 # Communitas, Contracts Advance, Ward Hadaway
 (COM, 'nhs-psr-guide', U, COM_S, 'This criterion will ensure that decision-making bodies consider the fundamental utility and performance of a service and the quality of the provider generally, and seek to maximise these.'),
 (CAD, 'nhs-psr-guide', U, CAD_S, 'Services that are out of scope include non-health care services (such as capital works and business consultancy), goods such as medicines/medical equipment, and social care services unless integrated into a contract for healthcare services.'),
 (WHA, 'nhs-psr-guide', U, WHA_S + ': The facts', 'The ICB sought to award a new five-year, £82 million, contract for Non-Emergency Patient Transport Services (the Services).'),
 (ELF, 'nhs-sv-policy', U, ELF_S, 'East London NHS Foundation Trust (ELFT) provides community health, mental health and primary care services across a wide geographical area, serving over 1.8 million people in some of the most deprived communities in England.'),
 (ELF, 'nhs-sv-policy', U, ELF_S, 'Will develop and implement an evaluation framework for social value procurement, to generate learning and identify improvements and best practice.'),
 (EXA, 'nhs-sv-policy', U, EXA_S + ': Applying social value', 'The adoption will also be supported by a new Sustainable Supplier Assessment available in 2022.'),
 (LPP, 'nhs-sv-policy', U, LPP_S, 'NHS London Procurement Partnership (NHS LPP) has been mentioned in a recently published report led by UCL Partners and The Health Foundation.'),
 (HFR, 'nhs-sv-policy', U, HFR_S, 'The NHS has significant purchasing power, spending £27bn each year on goods and services in England alone.'),
 (HFR, 'nhs-sv-policy', U, HFR_S, 'There is limited conclusive evidence on the size of local multipliers and the extent to which local procurement stimulates local economic growth.'),
]
OGL_HOSTS = ('legislation.gov.uk', 'england.nhs.uk')
batch = Batch('public-texts-41.jsonl')
def group_of(src):
    # A source already in the corpus keeps its group; each notice is `ocds:<ocid>`; one document, one group.
    if (g := ocid_group(src)): return g
    if 'hilldickinson.com' in src: return src
    return src
batch.emit_lists('pub41', R, NEG, group_of, ogl_hosts=OGL_HOSTS)

