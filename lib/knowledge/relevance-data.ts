/**
 * Social Value Lens's own category relevance matrix: how much lever each kind of technology work has on each award
 * criterion, with a one-line reason. This is our assessment, NOT the techUK / Cabinet Office matrix, which is not
 * public (reference section 3.4). Ratings are judgement, informed by the criterion topics (reference 1.4, 2.5, 2.8)
 * and techUK's public point that local headcount targets fit specialist markets such as cloud badly (techUK, Nov 2025).
 * Keyed criterion first so each row can be read across categories. Reasons are at most 200 characters.
 */
import type { CategoryId, CriterionId } from './ids';
import type { Rating } from './rating';

export const RELEVANCE_MATRIX: Readonly<Record<CriterionId, Readonly<Record<CategoryId, readonly [Rating, string]>>>> =
  {
    'ppn0620-1.1': {
      software: [
        'medium',
        'Small delivery teams; a few implementation or support roles could be opened to people retraining after job loss.',
      ],
      hardware: [
        'low',
        'Supply is mostly overseas manufacturing and logistics, so there are few contract roles to offer.',
      ],
      telecoms: [
        'medium',
        'Field installation and network roles can recruit and retrain people if the rollout uses a UK workforce.',
      ],
      cloud: [
        'low',
        'Automated data-centre operations need few contract staff; local headcount is a poor lever for hosting.',
      ],
      'digital-services': [
        'high',
        'People-heavy delivery teams can take on career changers and retrain them into digital roles on the contract.',
      ],
      'managed-services': [
        'high',
        'Service desk and field support roles suit retraining and return-to-work schemes tied to the contract.',
      ],
    },
    'ppn0620-1.2': {
      software: [
        'medium',
        'Free access or digital skills sessions for hard-hit groups can link naturally to the product.',
      ],
      hardware: ['medium', 'Refurbished devices for digitally excluded people are a direct and countable lever.'],
      telecoms: ['medium', 'Connectivity for community venues or people without access links directly to the service.'],
      cloud: [
        'low',
        'Little direct contact with communities; support tends to be donated credits, weakly tied to delivery.',
      ],
      'digital-services': [
        'medium',
        "Pro bono digital help or team volunteering is possible; keep it tied to the contract's users.",
      ],
      'managed-services': [
        'medium',
        'Support staff can run digital inclusion help for the communities the contract serves.',
      ],
    },
    'ppn0620-1.3': {
      software: [
        'high',
        'Helping small organisations adopt remote or digital ways of working is a natural extra beyond the licence.',
      ],
      hardware: [
        'low',
        'The devices are the core deliverable; wider support to organisations has little link to supply.',
      ],
      telecoms: ['medium', 'Connectivity advice for small local organisations is possible alongside the network work.'],
      cloud: [
        'medium',
        'Migration advice or credits for small organisations are possible but often generic rather than contract-specific.',
      ],
      'digital-services': [
        'high',
        'Delivery teams can mentor SMEs and charities in the supply chain or locality on digital ways of working.',
      ],
      'managed-services': [
        'medium',
        'Support teams can advise small local organisations, though the link to the contract needs care.',
      ],
    },
    'ppn0620-1.4': {
      software: ['low', 'Few direct health levers unless the product itself serves health or care users.'],
      hardware: ['low', "Device supply has little bearing on people's health."],
      telecoms: ['low', 'Connectivity for health settings is possible but rarely additional to the contract.'],
      cloud: ['low', 'Hosting offers no direct route to health outcomes.'],
      'digital-services': ['medium', 'Team wellbeing support and pro bono work for health charities are possible.'],
      'managed-services': [
        'medium',
        'Large support workforces make staff health programmes meaningful; wider reach is limited.',
      ],
    },
    'ppn0620-1.5': {
      software: ['medium', 'Remote-first product teams can commit to hybrid working and low-travel delivery.'],
      hardware: ['medium', 'Delivery logistics and installation visits offer travel and safe-working improvements.'],
      telecoms: ['medium', 'Engineer routing and vehicle choices can cut travel, and site safety matters.'],
      cloud: ['low', 'Data-centre staffing is small and remote operation is already the norm.'],
      'digital-services': [
        'high',
        "Team working patterns are fully in the supplier's control: hybrid working and low-travel delivery.",
      ],
      'managed-services': [
        'high',
        'Shift-based support teams give real scope on remote working, safe sites and sustainable travel.',
      ],
    },
    'ppn0620-2.1': {
      software: [
        'medium',
        'Partner and reseller networks can include start-ups, though the core product is rarely subcontracted.',
      ],
      hardware: [
        'medium',
        'Resale and logistics chains can include SMEs; manufacturing is rarely open to new businesses.',
      ],
      telecoms: ['high', 'Network build subcontracts civils and installation work that small local firms can win.'],
      cloud: ['low', 'Large-scale infrastructure leaves little room for new businesses in the contract supply chain.'],
      'digital-services': [
        'high',
        'Specialist SMEs and start-ups can join delivery teams, and this is easy to evidence.',
      ],
      'managed-services': ['medium', 'Field support and niche services can be subcontracted to small local firms.'],
    },
    'ppn0620-2.2': {
      software: [
        'medium',
        'Few contract roles, but support and implementation jobs can be opened to people facing barriers.',
      ],
      hardware: ['low', 'Manufacturing is mostly overseas; UK logistics or build roles are few and short-lived.'],
      telecoms: [
        'high',
        'Field engineering and installation jobs are trainable entry points and can target deprived areas.',
      ],
      cloud: ['low', 'Few, highly specialised contract roles; employment targets are a poor lever for hosting.'],
      'digital-services': [
        'high',
        'Entry roles, apprenticeships and returner schemes in delivery teams can target people facing barriers.',
      ],
      'managed-services': [
        'high',
        'Service desk and field roles are natural entry jobs for people facing barriers to work.',
      ],
    },
    'ppn0620-2.3': {
      software: [
        'high',
        'Digital skills training and accredited courses linked to the product are a strong contract-specific lever.',
      ],
      hardware: ['medium', 'Technician training or apprenticeships in device repair and deployment are possible.'],
      telecoms: [
        'high',
        'Telecoms engineering apprenticeships and accredited field training address known skills gaps.',
      ],
      cloud: ['medium', 'Cloud certifications for learners or buyer staff fit, but are often generic vendor offers.'],
      'digital-services': [
        'high',
        'Apprenticeships and accredited digital training build skills the contract itself needs.',
      ],
      'managed-services': [
        'high',
        "IT support apprenticeships and accredited technical training fit the contract's roles.",
      ],
    },
    'ppn0620-3.1': {
      software: [
        'medium',
        'Implementation partners and resellers can include SMEs and VCSEs; licences stay with the vendor.',
      ],
      hardware: ['medium', 'Resellers, refurbishers and delivery firms can be SMEs or social enterprises.'],
      telecoms: ['high', 'Civils, installation and maintenance subcontracts give real scope for SME and VCSE spend.'],
      cloud: ['low', 'Infrastructure spend goes to a few large providers, leaving little to diversify.'],
      'digital-services': [
        'high',
        'Mixed teams with SME and VCSE specialists are common and easy to show through spend.',
      ],
      'managed-services': [
        'high',
        'Field services, recycling and niche support can go to SMEs and VCSEs over the term.',
      ],
    },
    'ppn0620-3.2': {
      software: [
        'medium',
        'Product innovation is usually what the licence buys and is scored in quality; only an improvement beyond the specification, with a measured benefit, is additional.',
      ],
      hardware: [
        'medium',
        'Newer, more efficient or more repairable devices count only if they beat the specification.',
      ],
      telecoms: [
        'medium',
        'New network technology can cut cost or raise quality where it goes beyond the core specification.',
      ],
      cloud: ['high', "Platform automation and efficiency tooling can lower the buyer's costs measurably."],
      'digital-services': [
        'high',
        'Delivery teams can trial new methods and tools with partners and measure the gain.',
      ],
      'managed-services': [
        'medium',
        'Automation and self-service tools can improve support, if they go beyond the service levels.',
      ],
    },
    'ppn0620-3.3': {
      software: [
        'medium',
        'Modern, scalable software is the core deliverable; open-sourcing reusable parts for other public bodies goes beyond it.',
      ],
      hardware: ['low', "Device supply rarely changes how the buyer's services are delivered."],
      telecoms: ['medium', 'Network upgrades enable new ways of working but are often the core deliverable itself.'],
      cloud: [
        'medium',
        'Scalable hosting is the core deliverable; only what goes beyond it, such as shared patterns for other bodies, is additional.',
      ],
      'digital-services': [
        'medium',
        "Modernising services is the work itself and is scored in quality; reusable patterns and skills handed to the buyer's staff add the social value.",
      ],
      'managed-services': [
        'medium',
        'Process automation and shared knowledge bases can raise productivity over the contract term.',
      ],
    },
    'ppn0620-3.4': {
      software: [
        'medium',
        'Fair terms with implementation partners and resellers are possible, but the chain is short.',
      ],
      hardware: ['medium', 'Fair payment and collaboration with distributors and logistics partners can be shown.'],
      telecoms: ['high', 'Long subcontract chains in network build make prompt payment and fair terms matter.'],
      cloud: ['low', "The supply chain is mostly the provider's own infrastructure, with few partners to work with."],
      'digital-services': [
        'high',
        'Multi-supplier teams depend on fair collaboration, knowledge sharing and prompt payment.',
      ],
      'managed-services': ['high', 'Multi-year subcontracted support makes fair terms and joint improvement visible.'],
    },
    'ppn0620-3.5': {
      software: [
        'medium',
        'Secure development is a contract requirement, not social value; cyber support for SME suppliers or the community goes beyond it.',
      ],
      hardware: ['high', 'Firmware, component provenance and secure disposal carry real supply chain cyber risk.'],
      telecoms: ['high', 'Network equipment and vendor security are a recognised national risk area.'],
      cloud: [
        'medium',
        'Platform security is a contract requirement; helping SMEs in the supply chain reach a cyber standard goes beyond it.',
      ],
      'digital-services': [
        'medium',
        'Teams handle systems and data; secure practice and checks on subcontractors apply.',
      ],
      'managed-services': ['high', "Privileged access to the buyer's estate makes supply chain cyber risk central."],
    },
    'ppn0620-4.1': {
      software: [
        'medium',
        "Software's footprint sits mostly in hosting and devices; efficient code and greener hosting help.",
      ],
      hardware: [
        'high',
        'Embodied carbon, energy use, take-back, refurbishment and e-waste are major levers for devices.',
      ],
      telecoms: ['high', 'Network energy use, equipment lifecycle and fleet emissions offer measurable reductions.'],
      cloud: ['high', 'Data-centre energy, renewable supply and carbon per workload matter most for hosting.'],
      'digital-services': [
        'medium',
        'Team travel and the digital carbon of what is built offer modest, measurable cuts.',
      ],
      'managed-services': [
        'high',
        'Device lifecycle, refurbishment, recycling and engineer travel give measurable reductions.',
      ],
    },
    'ppn0620-4.2': {
      software: ['medium', 'Features that show users their energy or carbon use can influence customers.'],
      hardware: ['medium', 'Take-back schemes and advice on extending device life can change user behaviour.'],
      telecoms: ['medium', 'Working with suppliers and customers on equipment reuse and energy use is possible.'],
      cloud: ['medium', 'Carbon reporting to the buyer can influence how workloads are run.'],
      'digital-services': ['medium', 'Teams can promote sustainable design practice with the buyer and partners.'],
      'managed-services': [
        'medium',
        'Support staff reach every user and can promote device care, reuse and power saving.',
      ],
    },
    'ppn0620-5.1': {
      software: ['medium', 'Small contract teams limit numbers, but inclusive hiring into support roles is possible.'],
      hardware: ['low', 'Few UK contract roles to recruit into; the workforce sits mainly with manufacturers.'],
      telecoms: [
        'medium',
        'Field and office roles can be opened up, though field work needs well-planned adjustments.',
      ],
      cloud: ['low', 'The contract workforce is very small, so representation targets are hard to make meaningful.'],
      'digital-services': [
        'high',
        'Delivery teams are the contract workforce, so inclusive recruitment and adjustments apply directly.',
      ],
      'managed-services': [
        'high',
        'Large, long-running support teams leave room for representation targets and adjustments.',
      ],
    },
    'ppn0620-5.2': {
      software: ['medium', 'Accessible product training or placements in support roles can reach disabled learners.'],
      hardware: ['low', 'Little training is tied to device supply; a scheme would sit outside the contract.'],
      telecoms: ['medium', 'Accessible technical training and placements are possible with planning.'],
      cloud: ['medium', 'Accessible cloud-skills programmes are possible but often generic.'],
      'digital-services': [
        'high',
        'Placements and accredited digital training for disabled people fit delivery roles well.',
      ],
      'managed-services': [
        'high',
        'Service desk roles and IT apprenticeships suit accessible routes into the contract.',
      ],
    },
    'ppn0620-6.1': {
      software: ['medium', 'Pay and representation analysis is possible for the small team on the contract.'],
      hardware: ['low', 'Few UK contract staff; the main inequality risks sit in overseas supply chains.'],
      telecoms: [
        'medium',
        'Field workforces often lack diversity; analysis and targets for the contract team are possible.',
      ],
      cloud: ['low', 'The contract workforce is too small for meaningful gap analysis.'],
      'digital-services': ['high', "Team make-up and pay bands are in the supplier's control and easy to report."],
      'managed-services': [
        'high',
        'Large contract teams with graded roles make pay and representation gaps measurable.',
      ],
    },
    'ppn0620-6.2': {
      software: ['medium', 'Progression from support into engineering roles is possible for a few people.'],
      hardware: ['low', 'There is little UK contract workforce to progress.'],
      telecoms: ['high', 'A clear path from trainee to qualified engineer can be tied to the contract.'],
      cloud: [
        'low',
        'Few contract roles, so progression promises would be company-wide rather than contract-specific.',
      ],
      'digital-services': ['high', 'Junior-to-senior paths in delivery teams can be planned, trained and tracked.'],
      'managed-services': ['high', 'Service desk to second-line and engineering roles is a classic, trackable route.'],
    },
    'ppn0620-6.3': {
      software: [
        'low',
        'The supply chain is mostly people and code; risk sits in any outsourced support or bundled devices.',
      ],
      hardware: [
        'high',
        'Electronics supply chains (minerals, components, assembly) carry well-known modern slavery risk.',
      ],
      telecoms: ['high', 'Equipment manufacture and subcontracted installation labour both carry real risk.'],
      cloud: [
        'medium',
        'Server supply chains and data-centre facilities staff such as cleaning and security carry some risk.',
      ],
      'digital-services': [
        'low',
        'Professional teams carry low risk; check offshore subcontractors and facilities services.',
      ],
      'managed-services': [
        'medium',
        'Subcontracted field labour, offshore support and device supply all need checking.',
      ],
    },
    'ppn0620-7.1': {
      software: ['medium', 'Wellbeing support for the contract team is possible, though the team is often small.'],
      hardware: ['low', 'Few contract staff beyond delivery, so little scope for a contract-specific programme.'],
      telecoms: ['medium', "Field engineers' safety, lone working and mental health are real contract issues."],
      cloud: ['low', 'The contract workforce is very small; wellbeing promises would be company-wide.'],
      'digital-services': [
        'high',
        'Delivery teams are the contract, so mental health support and workload monitoring apply directly.',
      ],
      'managed-services': [
        'high',
        'Service desk work is high-pressure, so contract-specific wellbeing support fits well.',
      ],
    },
    'ppn0620-7.2': {
      software: [
        'medium',
        'Product features or content that support user wellbeing can count if beyond the specification.',
      ],
      hardware: ['low', 'Little link between device supply and wider health.'],
      telecoms: ['low', 'Beyond connectivity itself, network services have few links to wider health.'],
      cloud: ['low', 'Hosting offers no direct route to influence health.'],
      'digital-services': ['medium', "Teams can share healthy working practice with the buyer's staff and partners."],
      'managed-services': [
        'medium',
        'Support staff reach all users and can share wellbeing and healthy device-use messages.',
      ],
    },
    'ppn0620-8.1': {
      software: [
        'medium',
        'User research for the product is core delivery; involving excluded groups beyond the specification, with results shared, goes further.',
      ],
      hardware: ['low', 'Devices are chosen from specifications, leaving little room for community co-design.'],
      telecoms: ['medium', 'Involving communities in where and how connectivity is delivered is possible.'],
      cloud: ['low', 'Hosting has no direct users or communities to co-design with.'],
      'digital-services': [
        'medium',
        'User-centred design is how these teams already work (core delivery); community capability beyond the service is additional.',
      ],
      'managed-services': [
        'medium',
        'Users can help shape support services through feedback panels and service reviews.',
      ],
    },
    'ppn002-1a': {
      software: [
        'medium',
        'Product teams are small; a handful of quality jobs in implementation or support is realistic.',
      ],
      hardware: ['low', 'Few UK jobs depend on device supply; job targets are a poor lever here.'],
      telecoms: [
        'high',
        'Network build and maintenance create and sustain field jobs that can meet fair work standards.',
      ],
      cloud: ['low', 'Automated hosting creates few contract jobs; local headcount is a poor lever.'],
      'digital-services': [
        'high',
        'Labour is most of the cost, so jobs on the contract are the central lever buyers expect.',
      ],
      'managed-services': [
        'high',
        'Labour-heavy support contracts create and keep many jobs, so Outcome 1 is the priority.',
      ],
    },
    'ppn002-1b': {
      software: ['medium', 'Conditions for the small contract team and any outsourced support can be committed.'],
      hardware: [
        'medium',
        'Conditions at delivery and logistics partners are reachable; manufacturing is further away.',
      ],
      telecoms: ['high', 'Subcontracted installation labour makes secure, fair conditions a live issue.'],
      cloud: [
        'medium',
        'Data-centre facilities staff such as cleaning and security are where conditions commitments bite.',
      ],
      'digital-services': [
        'high',
        "Terms for permanent and contract staff on the team are fully in the supplier's control.",
      ],
      'managed-services': [
        'high',
        'Shift work, on-call duty and subcontracted field staff make fair conditions central.',
      ],
    },
    'ppn002-1c': {
      software: ['medium', 'Pay commitments cover the small contract team and any support subcontractors.'],
      hardware: [
        'medium',
        'Fair pay can reach UK logistics and installation partners; overseas pay is harder to evidence.',
      ],
      telecoms: ['high', 'Fair pay for subcontracted field engineers and installers is a concrete commitment.'],
      cloud: ['medium', 'Pay for data-centre facilities staff is the most tangible fair pay lever.'],
      'digital-services': [
        'high',
        "Pay bands and pay gaps on the delivery team are measurable and in the supplier's control.",
      ],
      'managed-services': ['high', 'Lower-paid support and field roles make fair pay commitments meaningful.'],
    },
    'ppn002-1d': {
      software: ['medium', 'Progression from support into technical roles is possible for a few people.'],
      hardware: ['low', 'There is little contract workforce to progress.'],
      telecoms: ['high', 'Trainee-to-engineer progression with accredited skills fits network work well.'],
      cloud: [
        'low',
        'Few contract roles, so progression would be a company-wide promise rather than contract-specific.',
      ],
      'digital-services': ['high', 'Planned junior-to-senior progression in delivery teams is easy to track.'],
      'managed-services': ['high', 'Service desk to second-line and engineering roles is a clear, trackable route.'],
    },
    'ppn002-1e': {
      software: [
        'low',
        "If this concerns modern slavery, software supply chains carry little risk; read the buyer's wording first.",
      ],
      hardware: ['high', 'If this concerns modern slavery, electronics supply chains are a well-known risk area.'],
      telecoms: [
        'high',
        'If this concerns modern slavery, equipment manufacture and subcontracted labour both carry risk.',
      ],
      cloud: ['medium', 'If this concerns modern slavery, server supply chains and facilities staff carry some risk.'],
      'digital-services': [
        'low',
        'If this concerns modern slavery, professional teams carry little risk; check offshore subcontractors.',
      ],
      'managed-services': [
        'medium',
        'If this concerns modern slavery, field subcontractors, offshore support and devices need checking.',
      ],
    },
    'ppn026-quality-jobs': {
      software: [
        'medium',
        'Product supply needs few contract staff; commit to a realistic number in support or implementation.',
      ],
      hardware: ['low', 'Device supply sustains few UK contract jobs; job targets are a poor lever.'],
      telecoms: ['high', 'Field build and maintenance jobs can be created and kept to a quality standard.'],
      cloud: [
        'low',
        'Hosting runs with few people, so a jobs commitment would be small and hard to tie to the contract.',
      ],
      'digital-services': [
        'high',
        'Delivery roles are the contract, so creating and keeping quality jobs is the obvious lever.',
      ],
      'managed-services': ['high', 'Support services are labour-heavy, so quality jobs commitments fit naturally.'],
    },
    'ppn026-working-conditions': {
      software: ['medium', 'Commitments can cover the contract team and any outsourced support staff.'],
      hardware: [
        'medium',
        'UK delivery and logistics partners are reachable; factory conditions are harder to evidence.',
      ],
      telecoms: ['high', 'Subcontracted field labour makes security of work and fair conditions a live issue.'],
      cloud: ['medium', 'Facilities staff at data centres are where conditions commitments have most effect.'],
      'digital-services': ['high', "Working terms for the whole delivery team are in the supplier's control."],
      'managed-services': ['high', 'Shift patterns, on-call duty and subcontracted engineers make conditions central.'],
    },
    'ppn026-fair-pay': {
      software: ['medium', 'A pay standard can cover the small contract team and support subcontractors.'],
      hardware: [
        'medium',
        'Fair pay reaches UK logistics and installation partners more easily than overseas suppliers.',
      ],
      telecoms: ['high', 'Pay for subcontracted installers and engineers is a concrete, checkable commitment.'],
      cloud: ['medium', 'Pay for data-centre cleaning and security staff is the clearest fair pay lever.'],
      'digital-services': [
        'high',
        "Pay bands and gaps on the delivery team are measurable and in the supplier's control.",
      ],
      'managed-services': ['high', 'Many lower-paid support roles make fair pay commitments meaningful.'],
    },
    'ppn026-training': {
      software: ['high', 'Accredited training on the product and digital skills for staff and learners fit well.'],
      hardware: ['medium', 'Technician and deployment training is possible, though the contract needs few people.'],
      telecoms: ['high', 'Engineering apprenticeships and accredited field training answer known skills gaps.'],
      cloud: ['medium', "Cloud certifications for staff or the buyer's team fit if tied to the contract."],
      'digital-services': ['high', 'Apprenticeships and accredited digital training on the team are a core lever.'],
      'managed-services': ['high', 'IT support apprenticeships and retraining map directly onto contract roles.'],
    },
    'ppn026-progression': {
      software: ['medium', 'A few support staff can progress into technical roles.'],
      hardware: ['low', 'There is little contract workforce to progress.'],
      telecoms: ['high', 'Trainee-to-engineer routes with accredited skills fit network work.'],
      cloud: ['low', 'Few contract roles, so progression would be a company-wide rather than contract promise.'],
      'digital-services': ['high', 'Junior-to-senior paths in delivery teams can be planned and tracked.'],
      'managed-services': ['high', 'Service desk to second-line and engineering roles is a clear route to report on.'],
    },
    'ppn026-talent-pipeline': {
      software: ['medium', 'Placements, internships or school outreach are possible at a small scale.'],
      hardware: ['low', 'Device supply offers few entry roles.'],
      telecoms: ['high', 'Trainee engineer intakes, placements and apprenticeships build a clear pipeline.'],
      cloud: ['medium', 'Data-centre technician placements and outreach are possible but few in number.'],
      'digital-services': [
        'high',
        'Apprentice and graduate intakes, T Level placements and returner schemes fit delivery teams.',
      ],
      'managed-services': [
        'high',
        'Entry-level support roles are a natural pipeline for new and under-represented talent.',
      ],
    },
  };
