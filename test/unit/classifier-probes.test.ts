/**
 * Questions as a technology supplier meets them in an ITT, written by the project in the usual shapes of real tender
 * questions (none is in test/corpus, and none is copied from a source): what a demanding user expects to be badged,
 * and the look-alikes that must not be (accessibility of the service, user research, training the buyer's staff, a
 * description of the service bought, policy and certificate declarations, supply chain resilience, skills transfer to
 * the buyer's team, the needs of the service's own users).
 */
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../lib/classifier/index';

const ASKS_SOCIAL_VALUE: readonly string[] = [
  'How will your spending on this contract support inclusive growth in the city?',
  'Describe how you will use sustainable timber and paper from legal sources.',
  'Describe how you will protect and improve community assets.',
  'How will you recruit people from the local area into roles on this contract?',
  'Describe how you will measure staff engagement and act on the results.',
  'Describe your approach to improving parks and open spaces with volunteers.',
  'Describe how you will use the Sustainable Supply Chain Code of Conduct to tackle modern slavery risks.',
  'Describe how you will provide equality and accessibility, without discrimination, for disabled staff.',
  "Demonstrate an understanding of the Council's social value priorities.",
  'Experience of delivering social value on public sector contracts',
  'Ability to offer apprenticeships to local young people',
  'Experience of reducing carbon emissions in digital services',
  'How will you improve the wellbeing of young people in the borough?',
  'Describe how you will support local projects run by residents.',
  'How will you protect labour rights of workers in your supply chain?',
  'The contract will cover community benefits including apprenticeships and local jobs.',
  'Provide examples of apprenticeships created on contracts you have delivered for public sector clients.',
  'Give examples of previous projects where you reduced carbon emissions.',
  'Describe how you will help residents with low digital skills get online.',
  'Describe how you will support residents with complex needs into employment.',
  'How will you support patients with mental health needs back into work?',
  'Demonstrate your understanding of the social value landscape in the borough.',
  'How will you build capacity and capability in the local VCSE sector?',
  'Describe how you will work with other suppliers to reduce carbon emissions across the supply chain.',
  "Describe how the solution supports the council's net zero goals.",
  'Describe how you will work with local voluntary organisations to support the wider community.',
  'Describe how you will work collaboratively with the council to reduce carbon emissions across the contract.',
  'Describe your approach to the pastoral care of your team working on the contract.',
  'How will your team reflect people from diverse backgrounds?',
  'Describe how you will support disabled people into employment on this contract.',
  'Describe how you will co-produce community projects with local residents.',
  'Please describe the commitments your organisation will make to ensure that opportunities under the contract deliver the Policy Outcome and Award Criteria.',
  'Describe how you will support in-work progression to help people, including those from disadvantaged or minority groups, to move into higher paid work.',
  'What steps will you take to influence staff, suppliers, customers and communities through the delivery of the contract to support environmental protection and improvement?',
  'How many apprenticeship starts will you deliver on this contract?',
  'Please describe how you will ensure fair work practices for workers engaged in the delivery of this contract.',
  'Please state the number of hours of volunteering your staff will contribute to local community groups during the contract.',
  'Outline how your organisation will contribute to the national well-being goals through this contract.',
  'Please describe how you will deliver added value to the local community through this contract.',
  'Describe how you will ensure a diverse workforce and inclusive culture in the team delivering this contract.',
  'Describe the measures you will take to support the mental health of your staff working on this contract.',
  'How will you reduce the carbon footprint of the digital services you deliver, for example hosting and data storage?',
  'Describe how you will improve digital inclusion for residents who are not online.',
  'What percentage of your supply chain spend on this contract will be with small businesses and voluntary organisations?',
  'Describe how you will pay the real Living Wage to all staff working on the contract.',
  'How will you work with local schools and colleges to raise aspirations and promote careers in technology?',
  'Describe how you will reduce plastic packaging in the goods you supply.',
  'Explain how you will recruit people with convictions or care leavers into roles on this contract.',
  'Describe your plans to reduce staff travel and business mileage over the life of the contract.',
];

const ASKS_SOMETHING_ELSE: readonly string[] = [
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
];

describe('classifier probes (project-written question shapes)', () => {
  it.each(ASKS_SOCIAL_VALUE)('social value: %s', (text) => {
    expect(classifyQuestion(text).socialValue).toBe(true);
  });
  it.each(ASKS_SOMETHING_ELSE)('not social value: %s', (text) => {
    expect(classifyQuestion(text).socialValue).toBe(false);
  });
});
