/**
 * Questions as a technology supplier meets them in an ITT, written by the project in the usual shapes of real tender
 * questions (none is in test/corpus, and none is copied from a source): what a demanding user expects to be badged,
 * and the look-alikes that must not be (accessibility of the service, user research, training the buyer's staff, a
 * description of the service bought, policy and certificate declarations, supply chain resilience, skills transfer to
 * the buyer's team, the needs of the service's own users).
 */
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../lib/classifier/index';
import type { ThemeId } from '../../lib/knowledge/ids';

/**
 * Each with the theme a user should see first; null where two themes are both defensible (digital skills for
 * residents, careers for under-represented groups, in-work progression), so only "social value" is asserted.
 */
const ASKS_SOCIAL_VALUE: readonly (readonly [string, ThemeId | 'multiple' | null])[] = [
  // Greener commuting and freight, energy cut, plastic removed; who is helped into work, by benefit, age or redundancy;
  // firms and producers named by where they are registered; paying the supply chain by a deadline; cyber skills given
  // to charities; staff wellbeing at work; a commitment answered yes or no with its details.
  ['Staff commuting by bus, rail or bike to the depot (%)', 'climate'],
  ['Staff commuting by bus, train or bike (% of contract staff)', 'climate'],
  ['Freight for the contract switched to rail from road (% of tonne-km)', 'climate'],
  ['Share of deliveries made by zero tailpipe vehicles (%)', 'climate'],
  [
    'Single-use plastics: tell us how you will remove single-use plastic items from your catering within six months.',
    'climate',
  ],
  ['What will you do to cut the energy used by the vehicles and equipment on this contract?', 'climate'],
  ['Number of people claiming Universal Credit you will employ on the contract', 'economic-inequality'],
  ['People over 50 returning to work through the contract (No.)', 'economic-inequality'],
  ['What share of the contract value will you spend with firms registered in the borough?', 'economic-inequality'],
  ['Percentage of food spend with Welsh producers and growers (%)', 'economic-inequality'],
  ['The Supplier will pay all subcontractors working on the contract within 30 days.', 'economic-inequality'],
  ['How many free cyber security workshops will you run for local charities?', null],
  ['Healthy workplace: share of contract staff given a free health check each year', 'wellbeing'],
  ['What will you do to prevent burnout among staff on this contract?', 'wellbeing'],
  ['Staff made redundant since March 2020 taken on for the contract (No.)', 'covid-recovery'],
  // Payment reaching lower tiers by a deadline; a share of vans electric or hybrid; plastic-free packaging; carbon cut
  // without the word emissions.
  ['How will you make sure payments reach third-tier subcontractors within 30 days?', 'economic-inequality'],
  ['Electric or hybrid vans as a share of the maintenance fleet by Year 3 (%)', 'climate'],
  ['Commit to plastic-free packaging on all deliveries to the Trust.', 'climate'],
  ['What will you do to cut the carbon produced by your site machinery?', 'climate'],
  // Fair-chance recruitment; recruitment made fair by its method; skills passed to schools; SMEs paid by a deadline.
  ['People with unspent convictions recruited to the contract through fair-chance hiring (no.)', 'economic-inequality'],
  ['Shortlist from anonymised CVs and interview with diverse panels for every contract vacancy', 'equal-opportunity'],
  ['Skills transfer to schools: coding clubs run by your engineers in local primary schools', 'economic-inequality'],
  ['How will you make sure SME subcontractors are paid within 20 days of a valid invoice?', 'economic-inequality'],
  // Trees replaced beyond what the works remove; surplus food kept out of waste; diversionary activities; staff helped to
  // a qualification; emission cuts; NI's Buy Social as a criterion name.
  ['Plant three replacement trees for every tree removed by the scheme.', 'climate'],
  ['Tonnes of surplus food redistributed instead of thrown away', 'climate'],
  ['Diversionary activities for young people near the depot (sessions per year)', 'wellbeing'],
  ['Contract staff helped to gain a higher qualification during the contract (no.)', 'economic-inequality'],
  ['Commit to emission cuts on this contract of 5% a year.', 'climate'],
  ['Buy Social', 'economic-inequality'],
  // Carbon saved or avoided as a measure; free holiday meals; free health walks; a room given free to community groups;
  // outcomes picked from the buyer's list; commitments reported as tendered; qualifications the staff gain; returning to
  // work after caring.
  ['tCO2e avoided per year through route planning (contract scope)', 'climate'],
  ['Free lunches for children during the school holidays through holiday clubs (no. of meals)', 'wellbeing'],
  ['Health walks led by contract staff in local parks (sessions per year)', 'wellbeing'],
  ['Meeting rooms at the depot made available free of charge to local community groups', 'wellbeing'],
  ['Choose three outcomes from the menu and set a target for each.', 'multiple'],
  ['The supplier will report each quarter on the outcomes it committed to in its tender.', 'multiple'],
  ['Level 2 qualifications achieved by contract staff during the term (no.)', 'economic-inequality'],
  [
    'Vacancies on the contract filled by people returning to work after caring for a relative (no.)',
    'economic-inequality',
  ],
  // Local-benefit and public-benefit commitments, a lasting legacy; water-saving fittings; environmental awareness
  // sessions; road safety sessions; young people with SEND; paid volunteering days given by the provider.
  ['Part E: Local Benefit Commitments', 'multiple'],
  ['What lasting benefit will the scheme leave for the town once the works are complete?', 'multiple'],
  ['Water-saving taps fitted in the depot during the contract (litres saved per year)', 'climate'],
  ['Environmental awareness workshops for local schools (hours)', 'climate'],
  ['Road safety sessions run by your drivers in primary schools (no.)', 'wellbeing'],
  ['Work placements for young people with an EHCP (no. of weeks)', 'equal-opportunity'],
  [
    'The Provider will give every contract employee two paid volunteering days a year for local charities.',
    'wellbeing',
  ],
  // Short lines: a pay ratio, paying workers fairly, labour audits, posts filled by women; after-school sport; youth
  // diversion; catch-up tutoring; electric refuse vehicles; subcontracts advertised; an SV-Q code.
  ['Ratio of highest to lowest paid on the contract', 'equal-opportunity'],
  ['Ethical labour audits of overseas suppliers of uniforms (no.)', 'equal-opportunity'],
  ['Site posts filled by women (no.)', 'equal-opportunity'],
  ['After-school football sessions run by contract staff (hours)', 'wellbeing'],
  ['Youth diversion activities on the estates (hours)', 'wellbeing'],
  ['Catch-up tutoring for pupils who lost learning in school closures (hours)', 'covid-recovery'],
  ['Electric refuse vehicles added to the fleet beyond the minimum (no.)', 'climate'],
  ['Subcontract opportunities advertised on Contracts Finder (no.)', 'economic-inequality'],
  ['SV-Q2 Delivery plan for your commitments (500 words)', 'multiple'],
  ['Value of subcontracts awarded to social economy enterprises (£)', 'economic-inequality'],
  // A scored yes/no commitment; additional benefits beyond the core requirement; carbon cut apart from the corporate
  // Carbon Reduction Plan.
  ['We will pay all SME subcontractors within 10 days: Yes / No (scored, 3%)', 'economic-inequality'],
  ['What additional benefits will your bid deliver beyond the core requirement?', 'multiple'],
  [
    'Carbon reduction for this contract, separate from your corporate Carbon Reduction Plan: set out the actions and the tonnes saved.',
    'climate',
  ],
  // Labour conditions in factories monitored; spend with subcontractors based in the county.
  [
    'The Contractor shall work with an independent monitor to check labour conditions in the factories that make the uniforms.',
    'equal-opportunity',
  ],
  [
    'What share of the contract value will you spend with suppliers and subcontractors based in Powys?',
    'economic-inequality',
  ],
  // Construction lines: placement weeks, work experience abbreviated, meet-the-contractor events, rainwater harvested,
  // artwork with pupils, staff working flexibly, operatives progressing to supervisory roles.
  ['Undergraduate placements in the site team (placement weeks)', 'economic-inequality'],
  ['Wk exp (days) – 14-16 yr olds', 'economic-inequality'],
  ['Meet-the-contractor events for local firms (no. per phase)', 'economic-inequality'],
  ['Rainwater harvested on site for dust suppression (litres)', 'climate'],
  ['Site hoarding artwork designed with pupils from the local primary school', 'wellbeing'],
  ['Contract staff working flexibly or compressed hours at their own request (no.)', 'equal-opportunity'],
  ['Operatives supported to progress into supervisory roles during the contract (no.)', null],
  // Food from local and regional producers or sourced within Wales; paid placements for young people leaving care;
  // grey-fleet miles cut; delivery recorded against the commitments; the Living Wage rather than the statutory minimum.
  ['What share of the food will come from local and regional producers?', 'economic-inequality'],
  ['Fresh produce sourced within Scotland (% by value)', 'economic-inequality'],
  ['The Provider shall offer a paid placement each year to a young person leaving care.', 'economic-inequality'],
  ['Grey-fleet business miles per visit: cut 5% a year', 'climate'],
  ['The Supplier shall record its delivery against the commitments in Schedule 9 each quarter.', 'multiple'],
  [
    'Commit to paying all workers on the contract the real Living Wage rather than the statutory minimum wage.',
    'equal-opportunity',
  ],
  // Food waste cut; a carbon intensity per unit; a yes/no with 'if yes' details; factory audits; where staff live.
  ['How will you cut the food waste from the kitchens beyond what the specification requires?', 'climate'],
  ['kgCO2e per meal served, with a reduction target for each year', 'climate'],
  [
    'Will you employ at least one apprentice based in the borough during the contract? Yes / No. If yes, give the start date.',
    'economic-inequality',
  ],
  ['Describe the factory audits you will carry out on the makers of the uniforms supplied.', 'equal-opportunity'],
  ['Report each quarter the number of drivers on the routes who live within the county.', 'economic-inequality'],
  // Paying SME subcontractors by a deadline; emissions attributable to the contract; diesel generators replaced.
  ['Commit to paying SME subcontractors within 10 days of a valid invoice.', 'economic-inequality'],
  ['The Contractor shall cut the emissions attributable to the contract by 5% a year.', 'climate'],
  ['Share of site cabins running on solar power instead of diesel generators (%)', 'climate'],
  // Households kept warm: wellbeing.
  ['Number of free energy advice sessions for tenants in fuel poverty', 'wellbeing'],
  // Security of hours as fair work; people made redundant in the pandemic; benefits beyond what is bought.
  ['Security of hours: how many staff on the contract will be given guaranteed-hours contracts?', 'equal-opportunity'],
  ['Residents made redundant during COVID-19 taken on to work on the contract (no.)', 'covid-recovery'],
  [
    'Tell us about any extra benefits the county will gain from this contract, over and above what is being procured.',
    'multiple',
  ],
  [
    'Commit to paying the real Living Wage from the start of the contract - Yes / No, with the date',
    'equal-opportunity',
  ],
  // Offering placements is the contract's commitment, not the service the provider is bought for (a guard for the
  // service-opening negative).
  ['The Provider will offer at least two paid work placements a year to local care leavers.', 'economic-inequality'],
  // Homelessness tackled in the community and mental health awareness are wellbeing; homeless people as recruits stay
  // economic inequality (a guard).
  ['Initiatives to tackle homelessness in the district (£ invested)', 'wellbeing'],
  ['Mental health awareness sessions for young people in the borough', 'wellbeing'],
  ['Domestic abuse support for contract staff: trained champions in place (No.)', 'wellbeing'],
  ['Homeless people recruited to work on the contract (No.)', 'economic-inequality'],
  // A measure counted in participants; an environmental policy or management arrangements applied to this work;
  // climate resilience as a criterion; re-use networks; a yes/no commitment to report social value.
  ['HW2 | Free health checks for residents in the ward | no. of participants', 'wellbeing'],
  ['Provide your environmental policy and explain how it will be applied to the work at our Leith depot.', 'climate'],
  ['Describe the environmental management arrangements you will apply to this contract.', 'climate'],
  ['2.4 Climate resilience of the service - 10%', 'climate'],
  ['Unrepairable furniture shall be offered for re-use through the local re-use network.', 'climate'],
  ['Will you report progress against your social value commitments to the buyer every six months? Yes / No', null],
  ['Healthy lifestyle sessions for residents run by the contractor (no. of participants)', 'wellbeing'],
  // The service's own footprint and its adapting to a changing climate stay asks (guards for the service negative).
  ['How will the service cut the carbon emissions of its vehicle fleet over the contract?', 'climate'],
  ['How will the service be adapted to a changing climate over the contract term?', 'climate'],
  // Offered benefits made a contract term; a community building improved; emission targets agreed for the contract.
  [
    'The Contractor shall deliver the additional benefits set out in its tender response throughout the contract.',
    null,
  ],
  ['Option 4: Renovate a community hall near the works', 'wellbeing'],
  ['The Supplier shall agree emission reduction targets for the contract with the Council in year one.', 'climate'],
  ['What will you do to cut water used for cooling at the data centres hosting our workloads?', 'climate'],
  // Community groups as those a skill is given to: the skill leads; supporting the groups themselves is wellbeing.
  [
    'Describe how you will deliver digital skills training to community organisations in the district.',
    'economic-inequality',
  ],
  ['How will you support community groups in the areas where the contract is delivered?', 'wellbeing'],
  // Measure lines as commitments tables name them.
  ['Scope 1 emissions from the contract fleet, reduced year on year (tCO2e)', 'climate'],
  ['Plant on site that is electric or Stage V to cut NOx (% of plant)', 'climate'],
  ['Public EV charge points installed through the contract (No.)', 'climate'],
  ['Deliveries retimed to cut emissions (No. trips avoided)', 'climate'],
  ['Debt advice sessions for low-income tenants (hours)', 'economic-inequality'],
  ['Staff on the contract who progress to a higher pay band (No.)', 'economic-inequality'],
  ['Hours of youth activities run in the estates where you work', 'wellbeing'],
  ['Percentage of garments from factories audited against the ETI Base Code', 'equal-opportunity'],
  ['How will you pay your subcontractors fairly throughout the contract?', 'economic-inequality'],
  [
    'Provide a Carbon Management Plan for the contract showing how you will reduce scope 1 and 2 emissions by at least 5% a year.',
    'climate',
  ],
  ['How many of the laptops supplied will be refurbished devices rather than new?', 'climate'],
  ['How will you cut paper and toner use across our offices, and what happens to empty cartridges?', 'climate'],
  ['What will you do to reduce water use at the data centres hosting our services?', 'climate'],
  ['Describe the online safety sessions you will run for parents and young people in the borough.', 'wellbeing'],
  ['Name a community organisation in the district you would support during the contract, and how.', 'wellbeing'],
  ['How will your works leave a positive legacy for the neighbourhood?', 'multiple'],
  [
    'Agency workers on this contract must receive pay and conditions no less favourable than permanent staff doing the same job.',
    'equal-opportunity',
  ],
  ['The Supplier shall pay all valid invoices from its subcontractors within 30 days.', 'economic-inequality'],
  [
    'Tell us how you will help tackle in-work poverty among the catering staff deployed to our school kitchens, other than through headline wage rates, e.g. access to financial advice, guaranteed hours, or debt support.',
    'economic-inequality',
  ],
  ['Explain how subcontractors will be paid promptly throughout the contract.', 'economic-inequality'],
  ['What percentage of vehicles used on this contract will be zero-emission by year 3?', 'climate'],
  ['Describe how you will train drivers in fuel-efficient driving and cut idling.', 'climate'],
  ['Describe the adjustments you will make for neurodivergent staff delivering this contract.', 'equal-opportunity'],
  // The Armed Forces Covenant is fair treatment of the armed forces community (equal opportunity); veterans counted
  // among the long-term unemployed stay economic inequality.
  ['How will you support reservists and service spouses in the contract workforce?', 'equal-opportunity'],
  ['Commitment to the Armed Forces Covenant (please state your current award level)', 'equal-opportunity'],
  ['Veterans who were long-term unemployed, hired on the contract (No.)', 'economic-inequality'],
  // Ethical and sustainable sourcing is about the people in the supply chain; charities and social enterprises named
  // together are VCSEs as suppliers.
  ['Explain how you will ensure ethical and sustainable sourcing of the uniforms supplied.', 'equal-opportunity'],
  ['Spend with voluntary, charitable and social enterprises in your supply chain (£)', 'economic-inequality'],
  // Local spend named by who is used: trades, contractors, "buy local", a "Buy [Place] First" policy.
  ['How will you use local trades and contractors on this project?', 'economic-inequality'],
  ['Will you adopt a Buy Cumbria First approach for materials?', 'economic-inequality'],
  // Local workforce and spend named by where people live or firms are based, and local food producers.
  ['Proportion of site operatives living within the district (%)', 'economic-inequality'],
  ['Value of orders placed with businesses based in Ceredigion (£)', 'economic-inequality'],
  ['How much of the meat and dairy will you buy from local producers?', 'economic-inequality'],
  // Commitments and measure lines in words the corpus barely holds.
  ['Will the depots serving this contract run on renewable electricity from year one?', 'climate'],
  ['Refuse collection vehicles replaced with electric or hydrogen models by 2029 (No.)', 'climate'],
  ['Trees planted with schools in the ward during the contract (number)', 'climate'],
  ['Jobcentre Plus claimants recruited to the contract workforce (No.)', 'economic-inequality'],
  ['People who lost work during the pandemic recruited onto the contract (headcount)', 'covid-recovery'],
  ['Describe the job brokerage and work taster days you will offer residents.', 'economic-inequality'],
  // Saving energy is the climate ask "reduce energy use" is; "has your company" opening an account is no yes/no question.
  ['What will you do to save energy while delivering this contract?', 'climate'],
  // How social value is scored here, though not as a question of its own.
  ['Social value will not be evaluated separately: it is scored within the quality questions.', 'multiple'],
  // Community benefits made a condition of contract are not scored, and are still asked; a signpost that asks.
  ['Community benefits are a condition of contract and will not be scored.', 'multiple'],
  ['See Appendix C for the community benefits you must deliver, and describe how you will deliver them.', 'multiple'],
  ['The Council aims to reach net zero by 2030 and expects its suppliers to help.', 'climate'],
  ['Community benefits: the additional training and jobs you will create on this contract.', 'economic-inequality'],
  // The environmental outcome leads whoever the channel is.
  ['Unused paint donated to community groups rather than sent to landfill (litres)', 'climate'],
  ['Staff volunteering hours spent creating habitats for pollinators in local parks', 'climate'],
  // Working conditions, new posts, travel, crime and abuse in words the corpus barely holds.
  ['Will domiciliary carers be paid for travel time between visits?', 'equal-opportunity'],
  [
    'Explain how you will offer guaranteed hours rather than zero hours arrangements to contract staff.',
    'equal-opportunity',
  ],
  ['How many entry-level roles will this contract create in Sunderland?', 'economic-inequality'],
  // "Please confirm" asking for a figure is no declaration.
  ['Please confirm how many apprentices you will take on during the contract.', 'economic-inequality'],
  // Firms named by where they are based.
  ['What share of contract spend will go to Fife-based suppliers?', 'economic-inequality'],
  // Prompt payment, deprived neighbourhoods, income and debt, pre-employment routes, active travel, resource use, firms
  // within a distance, a pay rate asked for: in words the corpus barely holds.
  ['Will you pay SME subcontractor invoices within 14 days?', 'economic-inequality'],
  ['How will you recruit drivers from the most deprived wards of the city?', 'economic-inequality'],
  ['Funding an adviser to help tenants maximise their income and manage debts (hours per year)', 'economic-inequality'],
  [
    'Describe the pre-employment courses and guaranteed interviews you will offer local jobseekers.',
    'economic-inequality',
  ],
  ['Home visits made on foot or by bike rather than by car (% of visits)', 'climate'],
  ['How will you reduce water and chemical use in the laundry service, and by how much each year?', 'climate'],
  ['Value of subcontracts placed with firms within 25 miles of the hospital (%)', 'economic-inequality'],
  [
    'Please confirm the hourly rate you will pay cleaners and whether it will track the real Living Wage.',
    'equal-opportunity',
  ],
  ['Describe how you will improve paid travel time and sick pay for the home care workforce.', 'equal-opportunity'],
  [
    'What will you do to support safer communities in the county, such as diversion schemes for young people?',
    'wellbeing',
  ],
  ['How many summer placements will you offer engineering students from the local college?', 'economic-inequality'],
  ['How will you involve service users in shaping the social value you deliver?', null],
  ['Which job brokerage or taster days will you offer tenants during the works?', 'economic-inequality'],
  ['Share of contract staff on permanent contracts (%)', 'equal-opportunity'],
  [
    'Community benefit clauses apply to this contract and the Council’s Community Benefits team will monitor them.',
    'multiple',
  ],
  ['Number of Scottish residents employed on the contract (FTE)', 'economic-inequality'],
  ['What energy advice will you offer tenants to help them keep warm this winter?', null],
  ['How will you cut fuel use in the grounds maintenance fleet?', 'climate'],
  ['Carbon saved through the contract each year (tCO2e)', 'climate'],
  ['Will you prepare a carbon reduction plan for this contract, with a baseline in year one?', 'climate'],
  ['Zero emission vehicles in the contract fleet by the end of year 2 (No.)', 'climate'],
  ['Carbon avoided by remote diagnostics, against the year one baseline (tCO2e)', 'climate'],
  ['What share of the grounds equipment you will use is battery-powered?', 'climate'],
  ['Recycled or secondary aggregate above the specified minimum (tonnes)', 'climate'],
  ['How will you cut capital carbon against a PAS 2080 baseline?', 'climate'],
  ['Produce bought from growers and producers within the national park (% by value)', 'economic-inequality'],
  // Social value's share of the marks, beside price and quality.
  ['Evaluation: price 60%, quality 30%, social value 10%, assessed on the written answers below.', 'multiple'],
  [
    'Shortlisted bids are ranked on price (65%), quality (25%) and social value (10%), using the clarification answers below.',
    'multiple',
  ],
  ['Will you give surplus food from the staff canteen to a community fridge?', 'wellbeing'],
  ['Business mileage avoided through video consultations (miles per year)', 'climate'],
  [
    'Describe how you will work with the police and residents to reduce anti-social behaviour around the depot.',
    'wellbeing',
  ],
  [
    'What support will you give staff on this contract who are experiencing domestic abuse, such as paid safe leave?',
    'wellbeing',
  ],
  ['What steps has your company taken to cut waste and save energy in its offices?', 'climate'],
  [
    'How will your organisation foster good relations between people of different backgrounds in the areas you serve?',
    'wellbeing',
  ],
  // A buyer's strategy that says what it will ask of suppliers is a policy statement of social value.
  [
    'Our Social Value Strategy 2024-2027 sets out how we will require suppliers to create local jobs.',
    'economic-inequality',
  ],
  ['Please describe your approach to reducing the carbon impact of the services.', 'climate'],
  ['Explain your approach to the responsible disposal of IT equipment at the end of its life.', 'climate'],
  ['How will you ensure that your subcontractors are paid within 30 days?', 'economic-inequality'],
  ['Describe your commitment to paying suppliers promptly.', 'economic-inequality'],
  ['Describe how you will help the buyer achieve its sustainability objectives.', 'climate'],
  ['How will your staff be supported to progress in work?', null],
  ['How will you treat your suppliers fairly, including paying SMEs promptly?', 'economic-inequality'],
  ['Describe any environmental accreditations you hold and how you will reduce emissions on this contract.', 'climate'],
  ['How will you maintain good community relations and support local community groups?', 'wellbeing'],
  // The community in general beside a generic social value ask names no theme; what is done for it does.
  ['Please describe the social value you will deliver to the local community through this contract.', 'multiple'],
  ['Explain the community benefits you will deliver for local communities during the contract.', 'multiple'],
  ['Describe how you will support community groups and local projects in the borough.', 'wellbeing'],
  // The pillars named together, in any order or punctuation, are social value as a whole.
  [
    'Describe how you will deliver positive social, economic, and environmental benefits to the area through this contract.',
    'multiple',
  ],
  [
    'Explain how your proposal will improve the economic, social, environmental and cultural well-being of Wales.',
    'multiple',
  ],
  ['Your response to the net zero and social value questions carries a minimum 10% weighting.', 'multiple'],
  ['Set out the social value, economic and environmental benefits your proposal will deliver.', 'multiple'],
  ['Offer a befriending project for isolated older residents as your community benefit.', 'wellbeing'],
  [
    'Provide expert support to voluntary, community and social enterprises and to small businesses.',
    'economic-inequality',
  ],
  ['Describe the school and college visits you will offer to promote careers in construction.', 'economic-inequality'],
  ['Describe how you will support the NHS net zero targets through this contract.', 'climate'],
  ["Describe how you will support the buyer's net zero commitment through energy-efficient hosting.", 'climate'],
  ['Describe the social value you will deliver to local communities through volunteering.', 'wellbeing'],
  [
    'Describe the social value you will deliver to local communities through volunteering and by using SMEs.',
    'wellbeing',
  ],
  [
    'Describe how you will increase opportunities for SMEs in local communities through this contract.',
    'economic-inequality',
  ],
  [
    'Please provide your Employment and Skills Plan for the works, including targets for work placements.',
    'economic-inequality',
  ],
  ['Describe how you will embed human rights clauses in your contracts with manufacturers.', 'equal-opportunity'],
  [
    'The council is seeking a provider that can deliver community benefits such as training and jobs for local people.',
    'economic-inequality',
  ],
  ['How will your solution help track and reduce carbon emissions?', 'climate'],
  ['Describe how your platform will record and report the social value delivered.', 'multiple'],
  ['How will your system help the council track progress towards net zero?', 'climate'],
  [
    'How many apprenticeships will you create over the life of the contract, and at what levels?',
    'economic-inequality',
  ],
  [
    'Describe the work experience placements you will offer to students from local schools and colleges.',
    'economic-inequality',
  ],
  ['What percentage of your workforce on this contract will be recruited from the local area?', 'economic-inequality'],
  ['How will you support people who are long-term unemployed into sustained employment?', 'economic-inequality'],
  ['Describe how you will engage SMEs and VCSEs in delivering this contract.', 'economic-inequality'],
  ['What proportion of your subcontract spend will go to small businesses?', 'economic-inequality'],
  ['How will you measure and reduce the greenhouse gas emissions associated with this contract?', 'climate'],
  ['Describe your plan to achieve net zero emissions by 2050 and how this contract contributes.', 'climate'],
  ['How will you minimise the power consumption of the hosted service over the contract?', 'climate'],
  ['Describe your approach to responsible disposal of IT equipment, including WEEE compliance.', 'climate'],
  ['How will you minimise waste and increase reuse and recycling in delivering the service?', 'climate'],
  ['Describe how you will use low-carbon transport for deliveries under the contract.', 'climate'],
  ['How will you protect and enhance biodiversity on sites you work on?', 'climate'],
  [
    'Describe how you will increase the representation of disabled people in your contract workforce.',
    'equal-opportunity',
  ],
  ['What steps will you take to close the gender pay gap in the team delivering the contract?', 'equal-opportunity'],
  ['How will you identify and manage modern slavery risks in your supply chain?', 'equal-opportunity'],
  ['Describe the mental health and wellbeing support available to staff working on the contract.', 'wellbeing'],
  ['How will your staff volunteer in the local community during the contract?', 'wellbeing'],
  ['Describe how you will support community groups and charities in the area.', 'wellbeing'],
  ['How will the contract help people recover from the economic effects of COVID-19?', 'covid-recovery'],
  ['What community benefits will you deliver through this contract?', 'multiple'],
  ['Please set out your social value offer for this contract, with measurable commitments.', 'multiple'],
  [
    'Describe how you will deliver the Fair Work First criteria, including payment of the real Living Wage.',
    'equal-opportunity',
  ],
  [
    'Explain how the contract will contribute to the well-being goals of the Well-being of Future Generations Act.',
    'multiple',
  ],
  ['Describe how you will support digital skills training for older residents.', null],
  ['How will you mentor local start-ups and social enterprises?', 'economic-inequality'],
  [
    'Describe your approach to inclusive recruitment, including reasonable adjustments for candidates.',
    'equal-opportunity',
  ],
  ['How will you support care leavers and ex-offenders into employment on this contract?', 'economic-inequality'],
  ['What will you do to promote careers in technology to young people from under-represented groups?', null],
  [
    'Describe how your data centre energy comes from renewable sources and how you will report the carbon impact.',
    'climate',
  ],
  ['How will you refurbish and reuse IT equipment at the end of the contract to reduce e-waste?', 'climate'],
  ['Describe how you will pay your supply chain promptly to support small businesses.', 'economic-inequality'],
  ['Describe how you will engage a local charity partner to deliver volunteering on this contract.', 'wellbeing'],
  ['How will you appoint a supply chain partner from the local VCSE sector?', 'economic-inequality'],
  ['Describe the cost savings and carbon savings your solution will deliver.', 'climate'],
  ['Describe how the contract covers apprenticeships for local people.', 'economic-inequality'],
  ['How will you reduce toxic materials and packaging in the devices you supply?', 'climate'],
  ['Describe how you will trace your supply chains to rule out human rights abuses.', 'equal-opportunity'],
  ['How will you encourage green practices across your supply chain?', 'climate'],
  ['How will you cut fossil fuel use in your fleet?', 'climate'],
  ['How do you ensure effective voice for workers, such as trade union recognition?', 'equal-opportunity'],
  ['Describe how you will require your supply chain to follow an ethical code of conduct.', 'equal-opportunity'],
  ['Describe how the contract will deliver public benefit for local communities.', 'wellbeing'],
  ['Describe how the devices you supply are designed for durability, repair and recycling.', 'climate'],
  ['How will the contract reduce water use and the raw materials consumed?', 'climate'],
  ['Describe how you will audit and improve labour standards in your supply chain.', 'equal-opportunity'],
  ['How will you support upskilling of local people who are out of work?', 'economic-inequality'],
  ['Explain how you will promote the use of Gaelic in delivering the contract.', 'wellbeing'],
  ['Describe how you will help households in fuel poverty.', 'wellbeing'],
  ['How will your spending on this contract support inclusive growth in the city?', 'economic-inequality'],
  ['Describe how you will use sustainable timber and paper from legal sources.', 'climate'],
  ['Describe how you will protect and improve community assets.', 'wellbeing'],
  ['How will you recruit people from the local area into roles on this contract?', 'economic-inequality'],
  ['Describe how you will measure staff engagement and act on the results.', 'wellbeing'],
  ['Describe your approach to improving parks and open spaces with volunteers.', 'climate'],
  [
    'Describe how you will use the Sustainable Supply Chain Code of Conduct to tackle modern slavery risks.',
    'equal-opportunity',
  ],
  [
    'Describe how you will provide equality and accessibility, without discrimination, for disabled staff.',
    'equal-opportunity',
  ],
  ["Demonstrate an understanding of the Council's social value priorities.", 'multiple'],
  ['Experience of delivering social value on public sector contracts', 'multiple'],
  ['Ability to offer apprenticeships to local young people', 'economic-inequality'],
  ['Experience of reducing carbon emissions in digital services', 'climate'],
  ['How will you improve the wellbeing of young people in the borough?', 'wellbeing'],
  ['Describe how you will support local projects run by residents.', 'wellbeing'],
  ['How will you protect labour rights of workers in your supply chain?', 'equal-opportunity'],
  ['The contract will cover community benefits including apprenticeships and local jobs.', 'economic-inequality'],
  [
    'Provide examples of apprenticeships created on contracts you have delivered for public sector clients.',
    'economic-inequality',
  ],
  ['Give examples of previous projects where you reduced carbon emissions.', 'climate'],
  ['Describe how you will help residents with low digital skills get online.', null],
  ['Describe how you will support residents with complex needs into employment.', 'economic-inequality'],
  ['How will you support patients with mental health needs back into work?', 'economic-inequality'],
  ['Demonstrate your understanding of the social value landscape in the borough.', 'multiple'],
  ['How will you build capacity and capability in the local VCSE sector?', 'economic-inequality'],
  ['Describe how you will work with other suppliers to reduce carbon emissions across the supply chain.', 'climate'],
  ["Describe how the solution supports the council's net zero goals.", 'climate'],
  ['Describe how you will work with local voluntary organisations to support the wider community.', 'wellbeing'],
  [
    'Describe how you will work collaboratively with the council to reduce carbon emissions across the contract.',
    'climate',
  ],
  ['Describe your approach to the pastoral care of your team working on the contract.', 'wellbeing'],
  ['How will your team reflect people from diverse backgrounds?', 'equal-opportunity'],
  ['Describe how you will support disabled people into employment on this contract.', 'equal-opportunity'],
  ['Describe how you will co-produce community projects with local residents.', 'wellbeing'],
  [
    'Please describe the commitments your organisation will make to ensure that opportunities under the contract deliver the Policy Outcome and Award Criteria.',
    'multiple',
  ],
  [
    'Describe how you will support in-work progression to help people, including those from disadvantaged or minority groups, to move into higher paid work.',
    null,
  ],
  [
    'What steps will you take to influence staff, suppliers, customers and communities through the delivery of the contract to support environmental protection and improvement?',
    'climate',
  ],
  ['How many apprenticeship starts will you deliver on this contract?', 'economic-inequality'],
  [
    'Please describe how you will ensure fair work practices for workers engaged in the delivery of this contract.',
    'equal-opportunity',
  ],
  [
    'Please state the number of hours of volunteering your staff will contribute to local community groups during the contract.',
    'wellbeing',
  ],
  ['Outline how your organisation will contribute to the national well-being goals through this contract.', 'multiple'],
  ['Please describe how you will deliver added value to the local community through this contract.', 'wellbeing'],
  [
    'Describe how you will ensure a diverse workforce and inclusive culture in the team delivering this contract.',
    'equal-opportunity',
  ],
  [
    'Describe the measures you will take to support the mental health of your staff working on this contract.',
    'wellbeing',
  ],
  [
    'How will you reduce the carbon footprint of the digital services you deliver, for example hosting and data storage?',
    'climate',
  ],
  ['Describe how you will improve digital inclusion for residents who are not online.', 'wellbeing'],
  [
    'What percentage of your supply chain spend on this contract will be with small businesses and voluntary organisations?',
    'economic-inequality',
  ],
  ['Describe how you will pay the real Living Wage to all staff working on the contract.', 'equal-opportunity'],
  [
    'How will you work with local schools and colleges to raise aspirations and promote careers in technology?',
    'economic-inequality',
  ],
  ['Describe how you will reduce plastic packaging in the goods you supply.', 'climate'],
  [
    'Explain how you will recruit people with convictions or care leavers into roles on this contract.',
    'economic-inequality',
  ],
  ['Describe your plans to reduce staff travel and business mileage over the life of the contract.', 'climate'],
  ['How will you minimise the mileage of your vehicles delivering to our sites?', 'climate'],
  ["Describe how you will support the Trust's net zero commitment through this contract.", 'climate'],
  ['Describe how you will reduce waste on this contract, as identified by the sustainability test.', 'climate'],
  ['What percentage of construction and demolition materials will you recover on this project?', 'climate'],
  ['Contractors will be required to advertise their subcontract opportunities on CompeteFor.', 'economic-inequality'],
  [
    'Describe how you will go beyond your duties under the Equality Act 2010 to increase the diversity of the contract workforce.',
    'equal-opportunity',
  ],
  [
    'During the COVID-19 pandemic many residents lost work: how will you support them back into employment?',
    'covid-recovery',
  ],
  [
    'What steps will you take to influence staff, suppliers, customers and communities through the delivery of the contract to support health and wellbeing, including physical and mental health?',
    'wellbeing',
  ],
  ["Provide your company's environmental policy and describe how it will be applied on this site.", 'climate'],
  ['Describe the environmental management measures you will put in place during the works.', 'climate'],
  ['How will you introduce healthy food options for staff and visitors through this contract?', 'wellbeing'],
  ['Describe how you will source timber from a sustainable supply.', 'climate'],
  ['How will you build a sustainable supply chain that gives local SMEs a fair chance?', 'economic-inequality'],
  ['Evidence of working with local SMEs and VCSEs in your supply chain', 'economic-inequality'],
  ['Track record of delivering apprenticeships on public sector contracts', 'economic-inequality'],
  ['How will you make your recruitment accessible to disabled people?', 'equal-opportunity'],
  [
    'Please describe what health improvements you intend to make during the performance of this contract through changes to working methods.',
    'wellbeing',
  ],
  ['Describe how you will reduce energy and waste arising from the services over the contract term.', 'climate'],
  ['How will you reduce waste sent to landfill from the works?', 'climate'],
  // A second set, written in one sitting near the end of the session; every one was right on its first run.
  [
    'Please detail the community benefits you will deliver under this contract, with targets and timescales.',
    'multiple',
  ],
  [
    'Describe how you will contribute to the Well-being of Future Generations (Wales) Act goals through this contract.',
    'multiple',
  ],
  [
    'Describe the targeted recruitment and training opportunities you will offer for economically inactive people.',
    'economic-inequality',
  ],
  [
    'Please provide your proposals for new entrant trainees, apprenticeships and student placements as required by Buy Social.',
    'economic-inequality',
  ],
  [
    "Explain how you will contribute to the council's net zero target through the delivery of this contract.",
    'climate',
  ],
  ['Describe how you will reduce waste sent to landfill and increase recycling during the contract.', 'climate'],
  [
    'Describe how you will ensure fair work practices, including payment of the real Living Wage, for workers on this contract.',
    'equal-opportunity',
  ],
  [
    'Describe how you will identify and tackle modern slavery risks in your supply chain during the contract.',
    'equal-opportunity',
  ],
  ['Describe how you will support the health and wellbeing of your staff working on this contract.', 'wellbeing'],
  ['How will you engage with local community groups and charities during the contract?', 'wellbeing'],
  ['What volunteering hours will your staff contribute to local causes over the contract term?', 'wellbeing'],
  [
    'Describe how you will create opportunities for SMEs, VCSEs and supported businesses in your supply chain.',
    'economic-inequality',
  ],
  [
    'Describe how you will increase the representation of disabled people in your contract workforce.',
    'equal-opportunity',
  ],
  [
    'Describe how you will support young people not in education, employment or training (NEET) into work.',
    'economic-inequality',
  ],
  ["Please set out your Social Value offer against the council's TOMs.", 'multiple'],
  [
    'Describe the measures you will take to reduce the carbon footprint of your cloud services used on this contract.',
    'climate',
  ],
  [
    'How will you promote digital skills among residents as part of your social value commitment?',
    'economic-inequality',
  ],
  ['Describe how you will help tackle digital exclusion in the community through this contract.', 'wellbeing'],
  ["Describe how you will support the council's climate emergency commitments.", 'climate'],
  [
    'Describe how you will ensure ethical sourcing of the hardware supplied under this contract, including conflict minerals.',
    'equal-opportunity',
  ],
  ['Provide your proposals for work experience placements for local school pupils.', 'economic-inequality'],
  [
    'Describe your approach to promoting equality, diversity and inclusion in the team delivering this contract.',
    'equal-opportunity',
  ],
  [
    'NT3 No. of employees (FTE) hired on the contract who are long-term unemployed - no. people FTE',
    'economic-inequality',
  ],
  ['Percentage of spend with local suppliers within 30 miles of the council boundary', 'economic-inequality'],
  ['How will you ensure the devices supplied are reused, refurbished or recycled at end of life?', 'climate'],
  ['Describe how your organisation will influence staff and suppliers to support environmental protection.', 'climate'],
  [
    'Please describe how you will deliver the community benefits outlined in the ITT, including a delivery plan.',
    'multiple',
  ],
  ['Describe what you will do to improve the mental health of your workforce on this contract.', 'wellbeing'],
  [
    'How will you ensure everyone working on the contract is paid at least the London Living Wage?',
    'equal-opportunity',
  ],
  [
    'Describe how you will make the recruitment process for this contract accessible to people with disabilities.',
    'equal-opportunity',
  ],
  [
    'The supplier shall collaborate with the buyer to develop and implement a net zero strategy for the services.',
    'climate',
  ],
  ['How will you protect the natural environment while delivering the works?', 'climate'],
  ['Describe how you will avoid late payment of your subcontractors on this contract.', 'economic-inequality'],
  ['Describe your approach to fair employment in the delivery of this contract.', 'equal-opportunity'],
  ['Please set out the SV measures you will deliver in the first year of the contract.', 'multiple'],
  ['Detail your experience in minimising the energy use of the ICT services you provide.', 'climate'],
  ['How will you increase the availability of apprenticeships for local young people?', 'economic-inequality'],
  ['Please describe the community benefits you will deliver. For further information see Appendix C.', 'multiple'],
  ['Read the Social Value Charter and tell us which of its commitments you will deliver.', 'multiple'],
  ['How will you move the café service from single-use cups to reusable ones?', 'climate'],
  ['Explain how your menus will use seasonal produce.', 'climate'],
  // Not definitions: which themes, how weighted, when it applies.
  ['Social value is measured against the following themes:', 'multiple'],
  ['Social value is weighted at 10% of the total score.', 'multiple'],
  ['Community benefits are included in this requirement.', 'multiple'],
  [
    'Describe how you will ensure that no child labour or forced labour is used in the manufacture of the devices supplied.',
    'equal-opportunity',
  ],
  [
    'Please list the smelters and refiners of tin, tantalum, tungsten and gold in your supply chain.',
    'equal-opportunity',
  ],
  [
    'Please answer yes if you will pay the real Living Wage to all staff working on this contract, and describe how you will do so.',
    'equal-opportunity',
  ],
  [
    'Describe how you will ensure no worker delivering this contract is discriminated against on grounds of a protected characteristic.',
    'equal-opportunity',
  ],
  ['Describe how you will ensure timely payment to subcontractors in your supply chain.', 'economic-inequality'],
  ['Describe how you will work with supported employment providers in delivering the contract.', 'equal-opportunity'],
  ['How will you ensure workers in your supply chain have freedom of association?', 'equal-opportunity'],
  ['The contractor pays the real living wage to all staff working on the contract.', 'equal-opportunity'],
  ['Describe how you will make zero-emission deliveries to the council depots.', 'climate'],
  [
    'Describe the processes you will maintain to identify and mitigate labour and human rights risks in your supply chains.',
    'equal-opportunity',
  ],
  [
    'What steps will you take to ensure there is no forced or compulsory labour in the manufacture of the equipment?',
    'equal-opportunity',
  ],
];

const ASKS_SOMETHING_ELSE: readonly string[] = [
  // Social value or community benefits left out of this procurement.
  'Community benefit clauses are not included in this contract because of its low value.',
  'Social value: not applicable to this lot.',
  'Given the short term of the call-off, no social value questions are set.',
  // A signpost that is the whole text; a field collected only for monitoring.
  'See Annex B – Community Benefits Menu',
  'Our Sustainable Procurement Policy is attached as Appendix 3.',
  'Is your business a VCSE? (Asked for monitoring purposes only.)',
  // The buyer's own target or accreditation, and a history, asking nothing of the supplier.
  'The Trust has pledged to reach net zero for the emissions it controls directly by 2040.',
  'Derby City Council became an accredited Living Wage employer in 2015.',
  'The Community Benefits Policy was adopted by the Board in March 2022.',
  // A glossary line and a statute's definition.
  'Community benefits - the wider social, economic and environmental gains a contract brings to an area.',
  'The 2012 Act defines social value as economic, social and environmental well-being.',
  // Portal mechanics: registering, submitting through it, a catalogue's filters.
  'Bidders need to register with the portal to see the social value questions for this lot.',
  'You can filter suppliers by the social value commitments they have made.',
  // A service's own users: participants, caseloads, keyworkers, person-centred support.
  'Describe how keyworkers will build trust with participants referred to the employment programme.',
  'How will your person-centred approach help the people you support to live independently?',
  'Outline how your keyworkers will support participants into volunteering and community activities.',
  'How will your caseload model help participants with health conditions stay in work?',
  // The buyer's own impact assessment.
  'The Trust has completed an equality impact assessment of the new service model.',
  // The law complied with, infection control, what the buyer publishes, a signpost, an unscored information field, a
  // tenant's duty to report.
  'Carers will be paid for travel time in line with national minimum wage regulations.',
  'Describe how you would manage an outbreak of norovirus in the day centre.',
  'Our Climate Action Plan is published on the Council’s website.',
  'Refer to Annex C – Social Value Measures.',
  'Do you hold Investors in People? (Information only – not scored)',
  'Tenants must report anti-social behaviour to the housing officer.',
  'Biodiversity net gain must be delivered as the planning conditions require.',
  'The Trust has signed the Ethical Employment Code of Practice and publishes its annual statement on its website.',
  'The Council has signed the Code of Practice on Ethical Employment in Supply Chains and publishes a yearly statement.',
  // PPN 006's organisation-wide plan held as a condition stays a negative.
  'Do you have a Carbon Reduction Plan published on your website? Yes / No',
  // A yes/no question on the organisation's past, as a supplier questionnaire asks it.
  'Has your organisation carried out a modern slavery risk assessment of its supply chain in the last year?',
  // A definitions list, a template to return, a section saying what it is for.
  "Definitions: 'Social Value' means the additional benefits a contract creates for the area.",
  'Social Value Delivery Plan template (Word) - complete and return with your tender.',
  'The purpose of this section is to explain how the Council developed its community benefits policy.',
  // Rate lines, a field not scored, an appendix that is a template.
  'Apprentice joiner (Level 2) - hourly rate',
  'Hourly rate for an apprentice electrician on additional works',
  'Recycled plastic benches - £ per unit',
  'Living Wage accreditation: attach if held (not scored)',
  'Appendix D - Social Value Commitments template (Excel)',
  // How answers are marked, an information field, a notice's flag answered no, the buyer's strategy and adviser.
  'Social value will be evaluated by a separate panel and scores will be moderated.',
  'Please state whether your organisation is an SME. Yes / No',
  'Do community benefits apply to this contract? No',
  "Describe how you will manage subcontractors' performance, including KPIs and audits.",
  "The Council's Climate Strategy commits the Council to net zero by 2038.",
  'The Sustainable Procurement Officer is available for advice on climate reporting.',
  // What a system bought lets its users do, whatever its subject.
  'The platform will allow community groups to apply online for small grants.',
  'The dashboard will let officers see the carbon emissions of each council building.',
  // Where a document is, an FOI request, whom to write to, a policy document asked for, a definition, a track record.
  'A copy of the Social Value Model is available at Annex C.',
  'FOI request: the social value scores awarded on the cleaning contract.',
  'Queries about community benefits should be sent to the procurement officer.',
  'Please attach your equality, diversity and inclusion policy.',
  "For the purposes of this contract, 'social value' means the wider benefits created for the area.",
  'Evidence of experience in delivering carbon accounting software to councils.',
  // Whom to ask, a lot's heading, a file link, the Act's history, the legal pay floor, COVID-19 infection control, the
  // buyer's own plan and officer, a service bought.
  'For queries regarding social value, please contact the procurement team.',
  'Lot 3: Employment and skills support services',
  'Social Value Guidance for Suppliers (PDF, 310KB)',
  'The Social Value Act came into force in January 2013.',
  'The Supplier shall pay its staff no less than the National Minimum Wage.',
  'The Provider shall maintain a COVID-19 infection prevention and control policy.',
  "The Council's Carbon Plan sets out how it will cut emissions from its own buildings.",
  'The Community Benefits Officer will monitor delivery across all contracts.',
  'The wellbeing service must offer counselling within ten working days.',
  // What social value is, how a guide speaks of itself, what a buyer declared or set up: none asks anything.
  'Put simply, social value is the extra benefit a community gets from the way public money is spent.',
  'Social value can be described as the wider good that comes from how public money is spent.',
  'Social value involves thinking beyond the lowest price when a contract is awarded.',
  'In this guide you will find examples of social value delivered by local firms.',
  'The Council declared a climate emergency in 2019 and aims for net zero by 2030.',
  'The Board established a social value steering group in 2023.',
  // Staffing the contract, however its training is worded.
  'Describe how you will recruit, train and retain staff with the right skills for this contract.',
  'Please describe your approach to recruitment, retention and training of staff for this contract.',
  // A selection questionnaire's yes / no declaration, not an ask of what the contract delivers.
  'Do you pay your suppliers within 30 days?',
  'Describe the durability and warranty of the devices you will supply.',
  'Describe how the system records water use readings from smart meters.',
  'What raw materials are used in the manufacture of the furniture?',
  'Describe how you will upskill our in-house team to support the platform.',
  'Describe how the solution integrates with our parks and open spaces booking system.',
  'How will you measure staff engagement with the new intranet?',
  'Describe your approach to stakeholder engagement during implementation.',
  'Explain the pricing model for the solar panel monitoring software licence.',
  'Describe how the fleet management system tracks fossil fuel consumption of council vehicles.',
  'What is your approach to repairable hardware support and spare parts?',
  'Describe how you will report on service levels and KPIs each month.',
  'Describe how you will migrate data from our legacy case management system.',
  'Explain your approach to testing, including user acceptance testing.',
  'Describe the hosting arrangements, including the location of your data centres.',
  'How will you ensure the system is available 99.9% of the time?',
  'Describe your approach to managing risks and issues during mobilisation.',
  'How will you handle a personal data breach?',
  'Describe how the platform will let residents book and pay for bulky waste collections.',
  'What training will you give our staff on the new system?',
  'Describe the accessibility features of the resident portal, including screen reader support.',
  'Describe the green screen terminal emulation your product supports.',
  'How will the domestic abuse case management module record risk assessments?',
  'Describe the pastoral care module in the student information system.',
  'Explain how the system will calculate business rates relief for small businesses.',
  'What is the power usage effectiveness of your data centres?',
  'The Trust is seeking a consultant to review its estates strategy.',
  'This framework covers laptops, desktops and monitors.',
  'Suppliers must meet the minimum specifications set out in Annex B.',
  'Note that a sub-contract clause is included in the contract terms.',
  'Please complete the ESPD.',
  'Demonstrate how the supplier will work with NHS trusts to support the realisation of public benefit from data.',
  'All tenders will be evaluated with equal treatment and non-discrimination.',
  'Laptops must meet the Energy Star energy efficiency rating.',
  'The council would like to invite tenders for the supply of printers.',
  'This contract may be suitable for SMEs.',
  'Suppliers must hold all necessary permits and licences.',
  'Describe how you will ensure the financial sustainability of the service.',
  'Please complete the equalities monitoring form.',
  'Describe how you will comply with our supplier code of conduct.',
  'Demonstrate an understanding of the local government context',
  'Successfully delivered a project with a local authority',
  'Ability to co-produce service improvements with staff and residents',
  'Proven experience of enabling disabled residents to use online services',
  'We may ask suppliers for copies of their modern slavery statements.',
  'All our contracts over £25,000 are advertised on Contracts Finder.',
  'Works near schools may cause disruption and must be agreed with the community relations team.',
  'The contract will cover the supply of office furniture across the region.',
  'Have experience designing services for people with a wide range of digital skills',
  'Please describe two contracts you have delivered for local authorities in the last three years.',
  'Describe how you would work as a team with our organisation and other suppliers in a diverse environment.',
  'Working in the open and sharing what you learn with the wider community',
  'Experience of recruiting research participants with low digital confidence',
  "Mentoring the council's permanent staff during handover",
  'Access to technical SMEs throughout the discovery',
  'Describe the test and live environments you will host the service in.',
  "Describe how you will transfer knowledge to the council's digital team so they can run the service.",
  'Approach to knowledge and skills transfer to in-house staff',
  'Product support and training (10%)',
  "Show how you will understand users' needs, including those of disabled residents.",
  'Please describe your approach to ensuring the accessibility of the service to WCAG 2.2 AA.',
  'Describe your approach to user research with people who have low digital skills.',
  'What is your day rate for a senior developer?',
  'Describe how you will manage the transition at the end of the contract.',
  'Do you have an equal opportunities policy? Yes/No',
  'Please confirm that you hold ISO 14001 or equivalent.',
  'Has your organisation been convicted of any offence under the Modern Slavery Act 2015?',
  "Describe how you will support the authority's staff to use the new system.",
  'Describe your approach to managing risks and issues.',
  'Describe your process for recruiting and retaining suitably skilled staff for this contract.',
  "Provide details of your organisation's turnover for the last two financial years.",
  'Describe how you will ensure continuity of service if key staff leave.',
  'How will you ensure the system meets the needs of vulnerable residents who contact the council?',
  'Describe your approach to handling complaints from members of the public.',
  'Describe how you will engage with stakeholders during the discovery phase.',
  "Describe how you will work with the council's in-house team to share knowledge and build capability.",
  'Please provide your methodology for delivering the training programme to council staff.',
  'How will you measure and report on performance against the KPIs in the specification?',
  'Describe the environmental conditions in which the equipment can be operated.',
  "Describe how the solution supports the council's recycling and waste collection service.",
  'Describe your supply chain management, and how you will keep a sustainable supply of parts for the devices.',
  'Evidence of working with local authorities to improve digital inclusion for residents',
  'Describe how your platform integrates with our digital ecosystem.',
  'Describe how staff recruited to deliver the contract will be vetted.',
  'Please confirm that the Late Payment of Commercial Debts (Interest) Act 1998 applies to invoices.',
  'Describe your arrangements for staff welfare facilities on site.',
  'Please confirm compliance with the Fair Employment and Treatment (Northern Ireland) Order 1998.',
  'Describe your safeguarding policy, including how staff recognise child exploitation.',
  'Describe the environmental controls for the service, such as temperature and humidity monitoring.',
  'How will you make the service accessible to disabled residents?',
  "Describe how the system will reduce waste in the council's processes.",
  'Describe any improvements to the health monitoring dashboard.',
  // A second set of look-alikes from the same sitting (also all right on the first run).
  'Please describe your approach to data protection and compliance with UK GDPR, including how you will support data subject access requests.',
  'Describe how you will ensure the security of personal data held in the system, including encryption at rest and in transit.',
  'Provide details of your Cyber Essentials Plus certification and your most recent penetration test.',
  'Describe your mobilisation plan for the first 90 days, including key milestones and risks.',
  'Describe your exit plan, including how data will be returned to the council at the end of the contract.',
  'Please complete the pricing schedule, including day rates for each role.',
  'Describe how you will recruit, retain and train suitably qualified staff to deliver this contract.',
  'Describe your approach to account management and contract review meetings.',
  'Please confirm that your organisation has not been convicted of any offence under the Modern Slavery Act 2015.',
  'Do you hold ISO 14001 certification or an equivalent environmental management system? Yes / No',
  'Please provide your modern slavery statement as required by section 54 of the Modern Slavery Act 2015.',
  'How will your service comply with the Public Sector Bodies Accessibility Regulations 2018?',
  'Describe how the system supports users with visual impairments, including screen reader compatibility.',
  'Describe your service level agreement for system availability and incident response times.',
  'Describe how you will manage subcontractors to ensure quality of service delivery.',
  'Describe your quality management system and how it is certified.',
  'Describe your approach to safeguarding children and vulnerable adults who use the service.',
  'Please describe how you will handle complaints from residents about the service.',
  'Describe how you will train council staff to use the new platform, including super-users.',
  'Describe your approach to user research, including with people with low digital skills.',
  "Describe how the solution will reduce the council's operating costs over the contract term.",
  'Describe the hosting arrangements, including data centre locations and energy efficiency of the data centres.',
  "Please provide details of any insurance policies: employer's liability, public liability and professional indemnity.",
  'Describe your approach to TUPE and the transfer of staff at the start of the contract.',
  'Describe how you will manage the risks and issues that might affect delivery.',
  'Please provide two case studies of similar contracts delivered for local authorities in the last three years.',
  'Describe your business continuity and disaster recovery arrangements.',
  'Explain how your product roadmap will keep the platform up to date over the contract term.',
  'Please confirm whether you are a small or medium-sized enterprise.',
  "Describe how you will support the council's digital inclusion programme by providing the library booking system.",
  'What is the guaranteed availability of the platform, and how is planned downtime notified?',
  'Are you registered with the Equality Commission for Northern Ireland under the Fair Employment and Treatment (NI) Order 1998?',
  'For further information on social value in our procurements, visit the council website.',
  'Download a copy of our Social Value Charter.',
  'Used disposable cup collection service',
  'To ask the Secretary of State for Business, what steps his Department is taking to increase the social value weighting in procurement.',
  'Supply of compostable food containers and cutlery (Lot 2)',
  'Social value refers to the wider benefits a supplier delivers beyond the contract.',
  'Community benefits are a range of activities that improve the wellbeing of an area, delivered by contractors.',
  'Sustainable procurement is "purchasing that takes account of social, environmental and economic issues".',
  'To view our Sustainable Procurement Policy click here.',
  'Confirm the minimum age of staff working on site and how right-to-work checks are made.',
  "Answer 'yes' if your organisation measures its scope 1, 2 and 3 greenhouse gas emissions.",
  'Improving access, reducing health inequalities and facilitating choice: 20%',
  'The evaluation will not discriminate between bidders on the basis of their location or size.',
  'What is the maximum power consumption of the device in watts?',
  'Suppliers must publish a Net Zero Commitment in line with the NHS net zero supplier roadmap.',
  'The Supplier shall ensure all staff employed on the contract receive induction, refresher and awareness training to ensure the successful delivery of the services.',
  'The Contracting Authority does not intend to include any community benefit requirements in this contract for the following reason:',
  'Additional items to reflect changes to applicable legislation (e.g. health and safety, environmental or COVID).',
  'The Contractor shall comply with the Human Rights Act 1998 in performing the contract.',
  'Please confirm that your organisation is taking steps to reduce its greenhouse gas emissions over time and is publicly committed to achieving net zero by 2050.',
  'Describe the support services and training initiatives you will provide to equip users with the skills and knowledge to maximise the effectiveness of the cloud service.',
  'Describe your secure disposal process for IT equipment, including certificates of data destruction.',
  'The Authority will make timely payment of valid invoices within 30 days of receipt.',
  'The scrutiny panel recommended that community benefits delivered are reported to members each quarter.',
  'In 2022 the council published its refreshed social value policy.',
  'In March 2015, the Procurement Board requested a review of the social clauses in construction contracts.',
  'On 4 July 2012, the Assembly passed legislation letting councils take account of social clauses in works contracts.',
  'Does the Council have a social value policy, and where can suppliers find it?',
  'The university was the first in the region to achieve Fairtrade status.',
  'I am pleased to introduce our social value policy for 2025 to 2028.',
  'The health board is committed to achieving net zero carbon emissions by 2030.',
  'The university pays the real Living Wage to all of its own staff.',
  'For additional help with social value in your tender, see the guidance for suppliers.',
  // Travel cut for users or costs, not emissions.
  'Describe how you will reduce travel time for service users to reach appointments.',
  'How will you minimise travel costs charged to the council?',
  // The NHS's Net Zero Commitment as a document required, and COVID-19 as a date or a service bought.
  'A Net Zero Commitment is required for procurements under £5 million a year.',
  'Since the COVID-19 pandemic, staff have moved from desktop computers to laptops with docking stations.',
  'Lot 2 covers COVID-19 vaccination clinics in community pharmacies.',
  // The buyer's own sustainable procurement tools.
  'We use the Sustainable Procurement Prioritisation Tool to rank our spend categories by their climate and social risk.',
  'Over the next five months we will work with our purchasing team to reach level 4 of the Flexible Framework.',
  // Construction and demolition waste as the work bought.
  'The contract covers the demolition of the old depot and removal of construction and demolition waste to a licensed site.',
  // A tender advertised on a brokerage, not supply chain opportunities a contractor must advertise there.
  'This opportunity has been advertised on CompeteFor and Contracts Finder.',
  // The Equality Act named as the law that applies.
  'Our obligations to disabled residents under the Equality Act 2010 apply to every digital service we buy.',
  // A case study of past work; when a policy note took effect, and a buyer named as subject to a duty; what social value
  // or community benefits mean; signposts; how to upload; social value left out; the buyer's own net zero aims.
  "Case study: an example of a contract in which you cut the client's energy use by a fifth.",
  'PPN 002 took effect in February 2025.',
  'The Authority is subject to the sustainable procurement duty.',
  'What do we mean by social value? It is the extra benefit a contract brings to an area.',
  'Community benefits can be understood as the wider gains a contract brings.',
  'Social value - see Section 9 of the tender pack.',
  'Bidders can read more about community benefits on the Council website.',
  'Upload your social value response in Word or PDF format.',
  'The Board decided that no social value questions will be asked in this tender.',
  "The Board's Net Zero 2040 strategy aims to cut emissions from its own estate.",
  'NHS Wales aims to become net zero by 2030.',
  // The service bought, opened by the service, its provider or its lot; goods specified; staffing; what the bidder is;
  // a Digital Outcomes skills row.
  'The Provider will deliver a job club and CV support to unemployed residents referred by the Council.',
  'The service helps older people stay connected to their local community.',
  'Lot 2 – Employability support for young people not in education, employment or training.',
  'All copier paper supplied must contain 100% recycled content.',
  'The supplier shall provide 100% renewable electricity backed by REGOs to the Trust.',
  'Describe how you will keep the service fully staffed, including recruiting, training and retaining care workers.',
  'Is your organisation a social enterprise?',
  'Essential: experience of working with community groups and charities',
  // What the bidder is or holds; an apprenticeship provider's KPI; goods specified; the buyer's policy explaining itself;
  // answer-box mechanics; a catalogue filter; the service or the software bought; COVID-secure working.
  'Organisation type: Limited company / Charity / Social enterprise',
  'Upload evidence of your current Living Wage accreditation.',
  'KPI 4 | Apprentices passing their end-point assessment | %',
  'All timber must come from legal and sustainable sources.',
  "The Trust's Social Value Policy (Appendix 3) explains how social value is applied to our contracts.",
  'Social value: type your answer in the box. Do not upload attachments.',
  'Buyers can filter services on the framework by the social value themes suppliers have chosen.',
  'The employability service will support adults with convictions into work.',
  'Our software lets charities record volunteer hours.',
  'COVID-secure working on site in line with public health guidance.',
  // Experience of social work asked for, however many social words it holds; a signpost after a clause.
  'Describe your experience of delivering employability support and apprenticeships to young people not in education, employment or training, with two recent contracts.',
  'For the scoring of social value, see Appendix 6.',
  // The buyer in its own workforce; how the service bought reaches its users.
  'The Board is committed to the Armed Forces Covenant and employs reservists in its own workforce.',
  'How will the service reduce loneliness among the older people it supports?',
  // Past contracts asked as experience; whom the programme bought is aimed at; a provider required to deliver; a price
  // line; the buyer's own strategy target.
  'Please provide details of up to three contracts delivered in the last five years in which you helped unemployed adults into work.',
  'Describe a previous contract in which you cut waste sent to landfill for a client.',
  "Summarise your organisation's experience of supporting young people not in education, employment or training.",
  'The Authority requires a provider to deliver accredited apprenticeship training for its own staff.',
  'The programme is aimed at adults aged 50 and over who have been out of work for a year or more.',
  'Weekly cost per placement - supported accommodation for care leavers',
  "The Council's Net Zero Strategy targets a 60% cut in its emissions by 2030.",
  // The service bought in its provider's voice after a short label.
  'Laptop loans: the Provider shall run a scheme loaning refurbished laptops, with a year of mobile data, to digitally excluded families.',
  // What the system bought must do, in a requirement's form, and a dashboard to build; hosting described; a product's
  // footprint per model offered; an instruction to read guidance first.
  'The case management system must record volunteer hours and produce the equality monitoring report for the Board.',
  'The fleet telematics solution shall report CO2 emissions and idling time per vehicle.',
  'Build a dashboard showing apprenticeship starts and local spend by ward.',
  'Our hosting runs on renewable electricity in UK data centres.',
  'State the product carbon footprint (kg CO2e) for each device model offered.',
  'Please read the Social Value Guidance in Annex 4 before answering the questions below.',
  // Notice fields: a CPV line, the winner's company name, what the notice sets up, an installation lot, community
  // benefits answered no or found irrelevant, the buyer's regard to the Act, award statistics; its policy approved;
  // statutory wage and environmental law kept; a confirmation of having read guidance; a track record asked.
  '85312320 Advice services',
  'Awarded to: Greenway Community Interest Company CIC',
  'This notice sets up a framework agreement for the supply of catering equipment.',
  'Installation of solar panels on six school roofs',
  'Community benefits required: No',
  'The sustainable procurement duty was considered; no relevant community benefits could be identified.',
  'The Board has had regard to the Social Value Act in planning this procurement.',
  'Awarded to an SME: No',
  "The Trust's Social Value Strategy was adopted in 2024.",
  'Staff must be paid in line with National Minimum Wage legislation, including travel time.',
  'The contractor must comply with all relevant environmental legislation.',
  'Bidders must confirm that they have read the social value guidance.',
  'Describe your track record of delivering community regeneration projects.',
  // A buyer's or partnership's strategy stated as context.
  "The Board's Tobacco Control Strategy commits partners to a smoke-free generation by 2034.",
  'The Community Safety Partnership plan sets out how crime and disorder will be reduced across the borough.',
  // The works explained to neighbours; a flood design's climate allowance; a skills matrix; a design standard; a round
  // specified; experience asked as details.
  'How will you keep residents and businesses informed during the road closures, including letter drops?',
  'State the climate change allowance used in the drainage design for a 1-in-30-year storm.',
  'Provide a skills matrix for the operatives you will deploy on the contract.',
  'The new library shall be designed to meet the Passivhaus standard.',
  'The Contractor shall collect food waste weekly from every household in the district.',
  'Provide details of your experience of delivering employment support for disabled adults.',
  // What the buyer's contracts achieved in a past year; what the bidder is, asked in selection.
  "In 2023/24 the Council's contracts created 140 local jobs and £12m of social value.",
  'Since adopting its Community Wealth Building strategy the Council has secured 90 apprenticeships through its contracts.',
  'Is your organisation a social enterprise or a registered charity?',
  // A law as a section title; news; past discrimination findings; a gate fee; where guidance is kept.
  'Procurement Reform (Scotland) Act 2014 – overview',
  'News: council apprentices win regional award',
  'Have there been any findings of unlawful discrimination against your organisation in the last three years?',
  'Gate fee per tonne – green waste',
  'Guidance on community benefits is on the Council website.',
  // The buyer's statutory duties; an equality screening; the Equality Act as a condition; apprenticeship training as
  // the service; a post's requirements; where a copy is kept; a definition; a partner in a plan.
  'The Board has a statutory duty under the Environment (Wales) Act 2016 to maintain and enhance biodiversity.',
  'This procurement was equality screened and no adverse impact on any Section 75 group was found.',
  'The Contractor shall not unlawfully discriminate within the meaning of the Equality Act 2010.',
  'The College shall deliver Level 2 apprenticeship standards in adult care to Trust employees.',
  'Fluent Welsh is essential for the Community Engagement Officer post.',
  'A copy of the Fair Work First guidance is available on the Scottish Government website.',
  'Section 24 of the Act defines a community benefit requirement as a contractual requirement on training and recruitment.',
  "The Council is a statutory partner in the borough's Community Plan.",
  // The buyer publishing its results; an instruction to read guidance before starting; a web address of a report.
  'The Council publishes the social value delivered by its contracts each year.',
  "Please read the Trust's Social Value Guidance before you start this section.",
  'Web address of your gender pay gap report',
  // A reserved contract; the bidder's status asked yes or no; a charge rate; clarification questions' deadline; a
  // glossary definition; monitoring-only fields; a charity number; statutory wages.
  'Participation in this lot is reserved for supported businesses under Regulation 20.',
  'Are you a social enterprise? Y/N',
  'Revised hourly charge rate from April after the pay award (£)',
  'Clarification questions about the social value section must be raised through the portal by 12:00 on 4 May.',
  'A social enterprise is one whose profits are reinvested in its social purpose.',
  'Disability Confident level (for monitoring only, not scored)',
  'Charity number',
  'All workers must be paid at least the National Living Wage or the National Minimum Wage applicable to their age.',
  // Rates that must cover costs; a return's file format and portal login code; a design's carbon limit; apprentices
  // supervised; lots drawn for SMEs; a framework's past results; the services described.
  'Rates shall include for all costs of meeting your social value commitments; no separate payment will be made.',
  'Community benefit returns: files must be in Excel format and uploaded to the Attachments area.',
  'Log in to the Social Value Portal with the access code in your invitation email.',
  'Upfront embodied carbon shall not exceed 500 kgCO2e/m2 GIA.',
  'Apprentices must be supervised by a competent person at all times while on site.',
  'The framework is split into lots to encourage SMEs to bid.',
  'In 2024/25, contractors on the framework reported 120 apprenticeships and £9m of local spend.',
  'The Services comprise a 10-week employability course for unemployed adults with job brokerage on completion.',
  // A rate that must cover the statutory wage; attachments not evaluated; no sub-contracting without consent; where
  // information is kept.
  'The hourly rate must cover at least the statutory National Living Wage and paid travel time.',
  'Answer in the boxes provided; attachments will not be evaluated.',
  "The Contractor shall not sub-contract any part of the Services without the Authority's prior written consent.",
  'Information on the Fair Work First policy is at Annex B.',
  // Training bought for the buyer's own staff; a market engagement summary; partners' aims; a resource plan's line.
  "Modern slavery awareness training for the Board's procurement officers – three sessions",
  'Market engagement summary: respondents said a longer term would help investment in electric buses.',
  'Through the City Deal, partners aim to create 5,000 new jobs by 2035.',
  // The buyer's own Living Wage accreditation; the statutory wage for workers' ages.
  'The University is an accredited Living Wage employer and has paid all its own staff the real Living Wage since 2015.',
  'Every person employed on the Contract must be paid at least the National Minimum Wage for their age.',
  // An exclusion ground; an environmental impact assessment; the environmental performance of what is bought.
  'Has your organisation breached environmental, social or labour law in the last three years?',
  'Annex D – Environmental Impact Assessment scoping opinion',
  'Environmental performance of the vehicles offered',
  // A buyer commissioning the service; a register of training providers asked as selection.
  'The Council is commissioning employability support for residents aged 50 and over who are out of work.',
  'Are you on the Register of Apprenticeship Training Providers?',
  // The buyer's own accreditation; a price indexed to inflation; a legal duty followed.
  'The Board is a Living Wage accredited employer.',
  'Daily rates will be reviewed each year in line with CPI inflation and the National Living Wage.',
  'Staff must be given reasonable adjustments for disability in accordance with the Equality Act 2010.',
  // The service bought, however many of a theme's words its subject carries (the description vetoes them).
  'The service will give structured work placements and accredited training to young people not in education, employment or training.',
  'Describe how the service will cut social isolation among disabled and older passengers and help them get to shops and social activities.',
];

describe('classifier probes (project-written question shapes)', () => {
  it.each(ASKS_SOCIAL_VALUE)('social value: %s (theme %s)', (text, theme) => {
    const c = classifyQuestion(text);
    expect(c.socialValue).toBe(true);
    if (theme !== null) expect(c.themeId).toBe(theme);
  });
  it.each(ASKS_SOMETHING_ELSE)('not social value: %s', (text) => {
    expect(classifyQuestion(text).socialValue).toBe(false);
  });
});
