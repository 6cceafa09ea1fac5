"""Write /work/batches/public-texts-82.jsonl: batch 90, WALES. What Welsh public buyers, the Social Partnership and
Public Procurement (Wales) Act 2023 and the Welsh Government's Code of Practice on Ethical Employment in Supply Chains
ask suppliers to deliver (well-being goals in a council's tender, the improvements the social public works clauses must
bring about, the social public workforce clauses on transferred and new staff, a council's social value measures,
the code's commitments), with hard negatives from the same documents: what is bought (weed spraying programmes,
responsive repairs, mental health hospital frameworks, research and service design lots), the buyer's own statutory
duties, definitions and ministerial duties in the Act, consultation mechanics, and Welsh Language Standards that a
contractor simply has to meet as part of the service.

Sources: Sell2Wales tender notices (Vale of Glamorgan Council's Highway Weed Control; the City and County of Swansea's
vegetation management contract; Social Care Wales's positive cultures service design, on gwerthwchigymru.llyw.cymru),
Find a Tender (Hafod Housing Association's repairs and maintenance services), d3tenders.com copies of notices (NHS
Wales Shared Services Partnership's adult mental health, learning disability and CAMHS hospital framework; the Future
Generations Commissioner's culture white paper), legislation.gov.uk (the Act's section 27 table in the Welsh-language
site's English text, section 33, the section 32 crossheading, Part 3's key concepts, the explanatory notes on sections
26 and 33-34) and legalize.dev's version history of the Act, gov.wales (the consultations on the draft Public Services
Outsourcing and Workforce Code and on the draft statutory guidance for socially responsible procurement, the Welsh
Government's modern slavery statement), Rhondda Cynon Taf Council's social value page, IEMA's and CIPS Supply Management's reports of the Code of Practice on Ethical Employment
in Supply Chains, Flintshire County Council's 2019 social value strategy news item and the Chester Standard's report of
its social value priorities, a 2009 Welsh Assembly Government news item on a tender reserved for supported businesses
(via WiredGov) and Social Firms Wales's note on reserved contracts, and a training provider's list of the Welsh
Language Standards it meets (tsw.co.uk).

Texts are verbatim from the stored pages (read through the `search` tool, pages corpus); list bullets and clause
numbers dropped, a long item cut at a sentence end. Not scored: the batch is scored blind afterwards. Texts already in
the corpus are left out (named on stderr). Crown copyright pages (gov.wales, legislation.gov.uk) and notice data
(sell2wales.gov.wales, gwerthwchigymru.llyw.cymru, find-tender.service.gov.uk, d3tenders.com copies) are OGL v3; the
rest are short quotations.

  cd /work/main && python3 test/corpus/make-public-82.py > /work/batches/public-texts-82.jsonl
"""
from batch import Batch, EI, CL, EO, WB, MU, ocid_group, W

# Tender notices (Sell2Wales, its Welsh-language twin, Find a Tender, d3tenders copies)
VWC = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=FEB584070'
SWC = 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=FEB590484'
SCW = 'https://www.gwerthwchigymru.llyw.cymru/search/show/search_view.aspx?ID=MAY618441'
HAF = 'https://www.find-tender.service.gov.uk/Notice/000893-2026'
MHF = 'https://d3tenders.com/contract/?ocid=ocds-kuma6s-152252'
CUL = 'https://d3tenders.com/contract/?ocid=ocds-kuma6s-154279'
NOTICE_OCID = {VWC: 'ocds-h6vhtk-061514', SWC: 'ocds-h6vhtk-0658df', SCW: 'ocds-h6vhtk-067e50',
               HAF: 'ocds-h6vhtk-06008a'}
# Social Partnership and Public Procurement (Wales) Act 2023
ACT = 'legislation.gov.uk/asc/2023/1'
S27 = 'https://www.legislation.gov.uk/cy/asc/2023/1/section/27'
S33 = 'http://www.legislation.gov.uk/asc/2023/1/section/33/data.xht?view=snippet&wrap=true'
S32 = ('http://www.legislation.gov.uk/asc/2023/1/part/3/chapter/2/crossheading/'
       'social-public-workforce-clauses-and-code-of-practice-on-outsourcing-public-services/enacted')
P3 = 'https://www.legislation.gov.uk/asc/2023/1/part/3/enacted/data.xht?view=snippet&wrap=true'
N26 = 'https://www.legislation.gov.uk/asc/2023/1/notes/division/2/3/2/3'
N33 = 'https://www.legislation.gov.uk/asc/2023/1/notes/division/2/3/2/9'
LGZ = 'https://legalize.dev/uk/law/asc-2023-1/history?sha=77bb9967410f6db555430db9cc587840fb0e0e39'
# gov.wales
WFC = 'https://www.gov.wales/consultation-on-the-draft-public-services-outsourcing-and-workforce-code-html'
SRG = 'https://www.gov.wales/socially-responsible-procurement-consultation-document-html'
MSS = 'https://www.gov.wales/welsh-government-modern-slavery-statement'
# councils, press, a supplier
RCT = 'https://www.rctcbc.gov.uk/EN/Business/TendersandProcurement/SocialValue.aspx'
IEM = 'https://www.iema.net/articles/welsh-government-mandates-supply-chain-transparency-on-slavery'
CIP = 'https://www.cips.org/supply-management/news/2017/march/welsh-governments-code-for-buyers-to-tackle-supply-chain-slavery/'
FLN = 'https://www.flintshire.gov.uk/en/Resident/Council-Apps/NewsPortlet.aspx?id=2482'
CHS = 'https://www.chesterstandard.co.uk/news/18164760.find-flintshire-council-scheme-supporting-countys-vulnerable-people/'
TSW = 'https://www.tsw.co.uk/terms-and-conditions/welsh-standards/'
WGN = 'http://www.wired-gov.net/wg/wg-news-1.nsf/0/C74807DBF3D89385802575A500564DD8?OpenDocument'
SFW = 'https://www.socialfirmswales.co.uk/news/if-you-employ-disabled-or-disadvantaged-people-in-your-workplace'

VWC_S = 'Highway Weed Control (Vale of Glamorgan Council): Procurement description'
SWC_S = ('Contract for the Contract for Vegetation Management (Weed Control) on the Public Highway '
         '(City & County of Swansea): Abstract')
SCW_S = ('Service Design for Embedding Positive Cultures in Residential Care across Wales (Social Care Wales): '
         'Procurement description')
HAF_S = 'Repairs and Maintenance services (Hafod Housing Association): Scope: Description'
MHF_S = ('National Collaborative Framework for Adult MH LD & CAMHS Hospital Services (NHS Wales Shared Services '
         'Partnership): Notice Description: The primary objectives of this refresh process are:')
CUL_S = 'Culture for Future Generations White Paper (Future Generations Commissioner for Wales): Notice Description'
ACT_S = 'Social Partnership and Public Procurement (Wales) Act 2023'
S27_S = (ACT_S + ': Part 3: Social public works clauses: 27 Social public works clauses in major construction '
         'contracts: (2) The categories and improvements are:')
S33_S = (ACT_S + ': Part 3: 33 Social public workforce clauses in outsourcing services contracts: The public services '
         'outsourcing and workforce code must include model contract clauses (“social public workforce clauses”), '
         'which in particular—')
S32_S = ACT_S + ': Part 3: Social public workforce clauses and code of practice on outsourcing public services: 32'
P3_S = ACT_S + ': Part 3 Socially responsible public procurement: Chapter 1 Introduction: Key concepts'
N26_S = ACT_S + ' Explanatory Notes: Section 26 - Socially responsible procurement duty: outsourcing services contracts'
N33_S = (ACT_S + ' Explanatory Notes: Sections 33 and 34 - Social public workforce clauses in outsourcing services '
         'contracts and in subcontracts')
LGZ_S = ACT_S + ' (version history): Changes on 2023-05-25'
WFC_S = 'Consultation on the draft Public Services Outsourcing and Workforce Code'
SRG_S = 'Socially responsible procurement: consultation document (draft statutory guidance)'
MSS_S = 'Welsh Government modern slavery statement'
RCT_S = 'Social Value (Rhondda Cynon Taf County Borough Council: Tenders and Procurement)'
IEM_S = 'Welsh government mandates supply chain transparency on slavery'
IEM_C = IEM_S + ': Signatories would need to adopt 12 commitments to meet the code. These include:'
CIP_S = 'Welsh Government launches anti-slavery buying code'
FLN_S = 'Social Value Policy (Flintshire County Council news, 14/03/2019)'
CHS_S = 'Progress check on Flintshire Council scheme supporting county\'s vulnerable people'
TSW_S = 'Welsh Standards (TSW terms and conditions)'
WGN_S = 'Go ahead given to contracts supporting disabled people (Welsh Assembly Government news, via WiredGov)'
SFW_S = 'If you employ disabled or disadvantaged people in your workplace (Social Firms Wales news)'

# (source, family, jurisdiction, primary theme, secondary theme ids, section, text[, extra fields])
R = [
 # Vale of Glamorgan Council: Highway Weed Control (Sell2Wales)
 (VWC, 'wales-notice', W, MU, [], VWC_S, 'Weed control operations must therefore be delivered in a way that contributes to the seven national well-being goals, including a resilient Wales, a healthier Wales, and a globally responsible Wales.'),
 (VWC, 'wales-notice', W, CL, [], VWC_S, 'As such, the Council is seeking contractors who can deliver weed control services that minimise environmental impact, reduce reliance on chemical herbicides, and support biodiversity and ecological resilience.'),
 # SPPP Act: the improvements the social public works clauses are designed to bring about
 (S27, 'wales-act', W, EI, [], S27_S + ' Payments', 'Ensuring and enforcing prompt payments.'),
 (S27, 'wales-act', W, EI, ['equal-opportunity'], S27_S + ' Employment', 'Providing employment opportunities to younger people, older people, the long term unemployed, people with disabilities or people who may otherwise be disadvantaged (for example because of their race, religion or belief, sex, gender identity or sexual orientation).'),
 (S27, 'wales-act', W, EI, [], S27_S + ' Training', 'Providing appropriate training for workers.'),
 (S27, 'wales-act', W, EI, [], S27_S + ' Sub-contracting', 'Providing opportunities to small and medium sized enterprises and voluntary organisations to execute works, supply products or provide services.'),
 (S27, 'wales-act', W, CL, [], S27_S + ' Environment', 'Requiring sustainable management of natural resources, use of sustainable materials, resilience to the impact of climate change, reduction of greenhouse gas emissions, and enhancement of the natural environment and biodiversity.'),
 (LGZ, 'wales-act', W, EO, [], LGZ_S + ': section 27 table: Compliance', 'Ensuring compliance with legal obligations in relation to employment rights (including the minimum and living wage), health and safety, and trade union representation.'),
 # SPPP Act: social public workforce clauses (section 33 and its explanatory notes; section 26's notes)
 (S33, 'wales-act', W, EO, [], S33_S, 'are designed to ensure that members of staff employed by contracting authorities in providing services, or undertaking functions, to be outsourced will, if they wish, become employed by the person providing those services, or undertaking those functions, when they are outsourced (“transferring staff”);'),
 (S33, 'wales-act', W, EO, [], S33_S, 'are designed to protect the terms and conditions and pensions arrangements of transferring staff;'),
 (S33, 'wales-act', W, EO, [], S33_S, 'are designed to ensure that the terms and conditions of other members of staff employed by the person providing the services, or undertaking the functions, who are involved in providing those services, or undertaking those functions, are no less favourable overall than those of transferring staff, and that the pensions arrangements of those other members of staff are reasonable;'),
 (N33, 'wales-act', W, EO, [], N33_S, 'The public services outsourcing and workforce code published under section 32 must include model contract clauses (“social public workforce clauses”), designed to ensure that members of staff employed to deliver a service can, if they wish, be transferred to the new employer that will be contracted to deliver the service.'),
 (N33, 'wales-act', W, EO, [], N33_S, 'These clauses will also ensure that their terms and conditions of employment and pensions arrangements are protected.'),
 (N33, 'wales-act', W, EO, [], N33_S, 'The clauses are also designed to ensure that in the event of the new employer recruiting further members of staff to deliver the same service, the new members of staff are employed with terms and conditions that are no less favourable, and with pensions arrangements that are reasonable.'),
 (N26, 'wales-act', W, EO, [], N26_S, 'The contracting authority must consider including “social public workforce clauses” in any relevant outsourcing services contract it proposes to award.'),
 # Rhondda Cynon Taf Council: social value in tenders
 (RCT, 'wales-council', W, MU, [], RCT_S, 'To help meet these requirements the inclusion of a number of Social Value Measures will be included in all appropriate tenders over £75k.'),
 (RCT, 'wales-council', W, MU, ['economic-inequality'], RCT_S, 'To maximise the potential wider benefits while contracting with external organisations, it is essential that the delivery of social value, and support of local small and medium-sized enterprises (SMEs) are considered as part of the procurement process.'),
 (RCT, 'wales-council', W, EO, [], RCT_S, 'Alongside this, ethical and fair practices are in place throughout the contracted supply chains.'),
 # Code of Practice on Ethical Employment in Supply Chains (IEMA, CIPS Supply Management)
 (IEM, 'wales-code', W, EO, [], IEM_S, 'Businesses supplying public sector bodies in Wales will be required to train procurement staff in ethical employment practices and report annually on action taken to ensure supply chains are slavery free.'),
 (IEM, 'wales-code', W, EO, [], IEM_S, 'The government has drawn up a mandatory code of practice for public sector bodies, private companies supplying them and third-sector organisations receiving public funding.'),
 (IEM, 'wales-code', W, EO, [], IEM_S, 'The code covers modern slavery and human rights abuses; blacklisting of employees who raise concerns; false self-employment status; unfair use of zero-hours contracts; and failure to pay the living wage.'),
 (IEM, 'wales-code', W, EO, [], IEM_C, 'Produce a written policy on ethical employment for its own organisation and suppliers that is communicated throughout the business and reviewed each year.'),
 (IEM, 'wales-code', W, EO, [], IEM_C, 'Ensure the way an organisation works with its suppliers does not encourage illegal or unethical practices, such as not applying cost and time pressures.'),
 (CIP, 'wales-code', W, EO, [], CIP_S, 'All public sector buyers in Wales, as well as businesses and organisations receiving public funding, are expected to sign up.'),
 (CIP, 'wales-code', W, EO, [], CIP_S, 'The Code of Practice for Ethical Employment covers areas of risk including supply chain slavery, the blacklisting of unionised workers, zero hours contracts and the payment of a living wage.'),
 # Flintshire County Council's social value strategy
 (FLN, 'wales-council', W, MU, [], FLN_S, 'The revised Strategy challenges partners, services and suppliers to consider how they can generate additional value for the communities of Flintshire and how they can measure this.'),
 (CHS, 'wales-council', W, MU, [], CHS_S, 'The main priorities for social value delivery in the next 12 months will include support for Flintshire’s food poverty programme, reducing fuel poverty; support to reduce energy use and waste, support for the Armed Forces Covenant, promoting equality of opportunity and providing apprenticeship and work experience opportunities.'),
 (CHS, 'wales-council', W, MU, [], CHS_S, 'It also aims to increase the use of local companies in the supply chain, reduce homelessness, support dementia friendly initiatives and support for employment for marginalised young people and for looked after children.'),
 # Welsh Assembly Government: a tender reserved for supported businesses
 (WGN, 'wales-reserved', W, EI, ['equal-opportunity'], WGN_S, 'The Welsh Assembly Government has become one of the first public sector organisations within the UK to undertake a tender exercise that is reserved for supported businesses and supported factories.'),
 (WGN, 'wales-reserved', W, EO, ['economic-inequality'], WGN_S, 'These contracts have the potential to provide invaluable employment opportunities for individuals who by the nature of their disability would find it difficult to get mainstream employment.'),
]
# (source, family, jurisdiction, section, text[, extra fields])
NEG = [
 # Vale of Glamorgan: the service bought and the buyer's own duty and plans
 (VWC, 'wales-notice', W, VWC_S, 'The Vale of Glamorgan Council is responsible for the control of weeds within the adopted highway network, a core function that supports public safety, infrastructure integrity, and the visual amenity of the local environment.'),
 (VWC, 'wales-notice', W, VWC_S, 'Weed growth on highways can obstruct visibility, damage surfaces, and contribute to drainage issues, making its effective management essential for maintaining a safe and accessible public realm.'),
 (VWC, 'wales-notice', W, VWC_S, 'In delivering this service, the Council is committed to the principles of the Well-being of Future Generations (Wales) Act 2015, which places a statutory duty on public bodies to improve the economic, social, environmental, and cultural well-being of Wales.'),
 (VWC, 'wales-notice', W, VWC_S, 'The Act requires public services to take a long-term view, work collaboratively, and adopt preventative and integrated approaches.'),
 (VWC, 'wales-notice', W, VWC_S, 'This tender also aligns with the Council’s Vale 2030 ethos, which sets out a vision for a sustainable, inclusive, and carbon-neutral Vale of Glamorgan.'),
 # City and County of Swansea: the weed control programme bought
 (SWC, 'wales-notice', W, SWC_S, '2 x completed sprays within identified targeted date windows, however additional time may be allowed, if agreed in advance, due to adverse weather conditions.'),
 (SWC, 'wales-notice', W, SWC_S, '4 sprays on the high-profile routes, before and after each main spray.'),
 (SWC, 'wales-notice', W, SWC_S, 'Programme to be available to be shared 2 weeks in advance of attendance for each ward.'),
 (SWC, 'wales-notice', W, SWC_S, 'During spraying windows, a minimum of 4 operatives must be working on the programme at all times.'),
 (SWC, 'wales-notice', W, SWC_S, 'If chemical-based products are utilised, the contractor is required to use computer-controlled spot weeding treatment technology to minimise the quantity of chemical applied, whilst ensuring all weeds present are eradicated.'),
 # Social Care Wales: lots of a service design and evaluation contract
 (SCW, 'wales-notice', W, SCW_S, 'Lot 1 – Co-design and Test Leadership Support Programme & tools for Adult Social Care Providers'),
 (SCW, 'wales-notice', W, SCW_S, 'However, a Supplier may not be awarded both Lots due to an unavoidable conflict of interest (i.e. evaluating their own work).'),
 (SCW, 'wales-notice', W, SCW_S, 'Phase 1 is not included within the scope of this tender.'),
 # Hafod Housing Association: responsive repairs
 (HAF, 'wales-notice', W, HAF_S, 'Hafod requires a Supplier to undertake responsive repairs and maintenance services throughout its housing stock, care homes and support schemes.'),
 (HAF, 'wales-notice', W, HAF_S, 'Pricing will be subject to increases in line with CPI.'),
 (HAF, 'wales-notice', W, HAF_S, 'The successful Supplier will be expected to deliver the requirement as an extension of Hafod and take full responsibility for the end-to-end delivery of the Contract.'),
 # NHS Wales Shared Services Partnership: mental health hospital framework (what is bought)
 (MHF, 'wales-notice', W, MHF_S, 'Developing and establishing a framework consisting of suitably qualified, financially robust Service Providers to meet quality, service, and cost criteria.'),
 (MHF, 'wales-notice', W, MHF_S, 'Applying patient-focused outcomes in accordance with the Mental Health (Wales) Measure 2010.'),
 (MHF, 'wales-notice', W, MHF_S, 'Improving community safety and reduction of risk, ensuring absolute compliance with legal requirements applicable to patients/patient rights'),
 # Future Generations Commissioner: research on culture bought
 (CUL, 'wales-notice', W, CUL_S, 'The Future Generations Commissioner for Wales is seeking a researcher, agency or organisation to produce a White Paper exploring the options for protecting and promoting culture within public bodies across Wales.'),
 (CUL, 'wales-notice', W, CUL_S, 'The successful provider should take account of the Culture and Welsh Language goal as defined in the Well-being of Future Generations Act.'),
 (CUL, 'wales-notice', W, CUL_S, 'This work must be informed by a wide range of stakeholders including local authorities, cultural institutions, artists, community organisations, and the public.'),
 # SPPP Act: definitions, ministerial and buyer duties, procedure
 (S33, 'wales-act', W, S33_S, 'make provision supplementary to the matters referred to in paragraphs (a) to (c).'),
 (S32, 'wales-act', W, S32_S, 'For the purposes of maintaining or improving the quality of public services or other functions outsourced by contracting authorities, the Welsh Ministers must prepare and publish a code of practice (the “public services outsourcing and workforce code”) about employment and pensions matters related to outsourcing services contracts.'),
 (S32, 'wales-act', W, S32_S, 'The Welsh Ministers must lay a copy of the code and any revision before the Senedd.'),
 (P3, 'wales-act', W, P3_S + ': 21 Public contracts', 'In this Part, a “public contract” means a contract between one or more economic operators and one or more contracting authorities; and having as its object the execution of works, the supply of products or the provision of services.'),
 (LGZ, 'wales-act', W, LGZ_S + ': section 25', 'In this Part, a “major construction contract” is a public contract that is a works contract with an estimated value equal to or greater than £2,000,000.'),
 (N26, 'wales-act', W, N26_S, 'Outsourcing services contracts are defined in subsection (2) as either a contract under which a public service that has been, or is currently, provided by a contracting authority is transferred to another organisation, or under which another organisation agrees to undertake any other function undertaken by, or previously undertaken by, a contracting authority.'),
 (N26, 'wales-act', W, N26_S, 'If they are included, in the subsequent management of the contract the contracting authority must take all reasonable steps to ensure that the obligations in the clauses are implemented.'),
 # gov.wales consultations, statement and policy page
 (WFC, 'wales-guidance', W, WFC_S + ': Background to the legislation', 'This draft code when published will supersede the existing Code of Practice on Workforce Matters (also known as the “Two-Tier Workforce Code”).'),
 (SRG, 'wales-guidance', W, SRG_S + ': Introduction', 'Contracting Authorities listed in Schedule 1 of the SPPP Act will be required to have regard to this guidance.'),
 (MSS, 'wales-guidance', W, MSS_S, 'Since then, more than 500 organisations have signed up to the Code’s commitments on tackling unlawful and unethical employment practices in their supply chains.'),
 (MSS, 'wales-guidance', W, MSS_S, 'We are reviewing this Code to keep pace with latest developments and exploring further options to promote ethical and transparent supply chains.'),
 # Rhondda Cynon Taf: the buyer's own stance and a link
 (RCT, 'wales-council', W, RCT_S, 'We have a responsibility to manage public funds with probity and therefore look to continue to deliver value for money while seeking to ensure we are delivering sustainable outcomes that benefit the communities we serve.'),
 (RCT, 'wales-council', W, RCT_S, 'We must continue to be committed to being open, transparent and fair for all.'),
 (RCT, 'wales-council', W, RCT_S, 'To view our Social Responsibility Policy click here.'),
 # The code's background and the buyers' own reporting
 (IEM, 'wales-code', W, IEM_S, 'The code will take Welsh firms beyond requirements under the Modern Slavery Act, which became law in March 2015.'),
 (CIP, 'wales-code', W, CIP_S, 'Welsh public sector bodies will have to publish annual reports on their implementation of the code, including an action plan and statistics on the number of staff trained and the number of suppliers who have signed up to the code.'),
 # Reserved contracts: what was bought, who is eligible, where to look
 (WGN, 'wales-reserved', W, WGN_S, 'All eligible suppliers were encouraged to take part in the tender exercise which was let in three lots for the supply of IT recycling, furniture and signage to the Welsh public sector.'),
 (WGN, 'wales-reserved', W, WGN_S, 'These are companies and organisations where 50% or more of the workforce have disabilities and the reserving of contracts for such organisations is encouraged under European law.'),
 (SFW, 'wales-reserved', W, SFW_S, 'Examples of disadvantaged workers would include anyone aged 15-24 or over 50; anyone who has not been in regular paid employment for 6 months or more; anyone who lives as a single adult with one or more dependents.'),
 (SFW, 'wales-reserved', W, SFW_S, 'Details of contracts available can be found on Sell2Wales.'),
 # Welsh Language Standards a contractor meets as part of the service
 (TSW, 'wales-language', W, TSW_S, 'If you receive correspondence from a person in Welsh you must reply in Welsh (if an answer is required), unless the person has indicated that there is no need to reply in Welsh.'),
 (TSW, 'wales-language', W, TSW_S, 'When you send the same correspondence to several persons, you must send a Welsh language version of the correspondence at the same time as you send any English language version.'),
 (TSW, 'wales-language', W, TSW_S, 'If you don’t know whether a person wishes to receive correspondence from you in Welsh, when you correspond with that person you must provide a Welsh language version of the correspondence.'),
 (TSW, 'wales-language', W, TSW_S, 'When a person contacts you on your main telephone number (or numbers), or on any helpline numbers or call centre numbers, you must greet the person in Welsh.'),
 (TSW, 'wales-language', W, TSW_S, 'When a person contacts you on your main telephone number (or numbers), or on any helpline numbers or call centre numbers, you must inform the person that a Welsh language service is available.'),
]
OGL_HOSTS = ('gov.wales', 'legislation.gov.uk', 'sell2wales.gov.wales', 'gwerthwchigymru.llyw.cymru',
             'find-tender.service.gov.uk')
batch = Batch('public-texts-82.jsonl')


def group_of(src):
    # A source already in the corpus keeps its group (Batch does that first); the Act's pages, its explanatory notes
    # and legalize.dev's copy of its history are one document; a notice is `ocds:<ocid>` whichever copy it was read from.
    if '/asc/2023/1/' in src or 'asc-2023-1' in src: return ACT
    if src in NOTICE_OCID: return 'ocds:' + NOTICE_OCID[src]
    if (g := ocid_group(src)): return g
    return src


batch.emit_lists('pub82', R, NEG, group_of, ogl_hosts=OGL_HOSTS)
