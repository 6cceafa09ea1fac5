/**
 * Classifier speed: median time per question for classifyQuestion, parseLimits and parseWeighting over a few hundred
 * varied questions written for this benchmark (templates x topics, short headings, long multi-part questions and
 * hard negatives). Baselines measured in the same run: normalise() alone and a single lower-case substring test.
 * Target: classifyQuestion median under 0.2 ms per question.
 *
 *   npx tsx scripts/bench/classifier.bench.ts
 */
import { classifyQuestion } from '../../lib/classifier/index';
import { normalise } from '../../lib/classifier/phrase';
import { parseLimits, parseWeighting } from '../../lib/limits';

const OPENERS = [
  'How will you',
  'Please describe how you will',
  'Explain what you will do to',
  'Set out your plans to',
  'What commitments will you make to',
  'Describe the steps your organisation will take to',
  'In no more than 500 words, describe how you will',
  'Using a maximum of 2,000 characters, explain how you will',
];
const ASKS = [
  'create jobs for local people',
  'offer apprenticeships and work placements',
  'support small businesses in your supply chain',
  'reduce carbon emissions from delivering the contract',
  'plant trees and create green spaces with community groups',
  'increase the number of disabled people in the contract workforce',
  'pay everyone on the contract the real Living Wage',
  'support the mental health of staff working on the contract',
  'volunteer with local charities',
  'tackle digital exclusion',
  'help people affected by the pandemic back into work',
  'deliver social value through this contract',
  'manage security incidents affecting the service',
  'comply with UK GDPR when processing personal data',
  'make the web interface meet WCAG 2.2 AA',
  "train the council's staff to use the new system",
  'keep the service running during a disaster recovery event',
  'report data centre power usage effectiveness',
  "transfer knowledge to the buyer's in-house team at exit",
  'describe the main features of your service',
];
const EXTRA = [
  'Fair pay',
  'Fair working conditions',
  'In-work progression',
  'Create and keep good quality jobs',
  'Social value',
  'Do you hold ISO 14001?',
  'Carbon Reduction Plan (pass/fail)',
  'Lot 3 – Support',
  '',
];
const LONG_TAIL =
  ' Your answer should include a timed project plan, the measures you will report each quarter, who is responsible, and how you will work with partners in the area. Maximum 750 words. Weighting 10%.';

const questions: string[] = [];
for (const o of OPENERS)
  for (const a of ASKS) questions.push(`${o} ${a}?`, `${o} ${a} while delivering this contract in the region?`);
for (const a of ASKS) questions.push(`${a.charAt(0).toUpperCase()}${a.slice(1)}.${LONG_TAIL}${LONG_TAIL}`);
questions.push(...EXTRA);

function medianMicros(fn: (q: string) => unknown, rounds: number): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = process.hrtime.bigint();
      fn(q);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

let sink = 0;
const naive = (q: string) => {
  sink += q.toLowerCase().includes('social value') ? 1 : 0;
};
const norm = (q: string) => {
  sink += normalise(q).length;
};
const classify = (q: string) => {
  sink += classifyQuestion(q).socialValue ? 1 : 0;
};
const limits = (q: string) => {
  sink += parseLimits(q).words ?? 0;
};
const weighting = (q: string) => {
  sink += parseWeighting(q).percent ?? 0;
};

// Warm up the JIT and module-level regex compilation.
for (const f of [naive, norm, classify, limits, weighting]) medianMicros(f, 3);

const ROUNDS = 15;
const base = medianMicros(naive, ROUNDS);
const normMed = medianMicros(norm, ROUNDS);
const classifyMed = medianMicros(classify, ROUNDS);
const limitsMed = medianMicros(limits, ROUNDS);
const weightingMed = medianMicros(weighting, ROUNDS);

const ms = (us: number) => (us / 1000).toFixed(4);
console.log(`questions: ${questions.length}, rounds: ${ROUNDS}`);
console.log(`baseline lower-case includes median: ${ms(base)} ms`);
console.log(`normalise median: ${ms(normMed)} ms (${(normMed / base).toFixed(1)}x baseline)`);
console.log(
  `classifyQuestion median: ${ms(classifyMed)} ms (${(classifyMed / base).toFixed(1)}x baseline, ${(classifyMed / normMed).toFixed(1)}x normalise; target <= 0.1 ms, issue 12)`,
);
console.log(`parseLimits median: ${ms(limitsMed)} ms (${(limitsMed / base).toFixed(1)}x baseline)`);
console.log(`parseWeighting median: ${ms(weightingMed)} ms (${(weightingMed / base).toFixed(1)}x baseline)`);
// Long texts: a question pasted whole into a field, or a procurer's set checked at once. A cue whose regular expression
// rescans the text at every position grows with the square of the length; this line shows it (a lookbehind at the front
// of one cue once took a 10,000-character question from 1 ms to 11 ms, and another to 140 ms; test/unit/
// classifier-cues.test.ts now refuses a cue that opens with an unbounded lookbehind).
const LONG_SENTENCE = 'Please describe how you will deliver the services to residents across the borough with care. ';
for (const chars of [2_000, 10_000]) {
  const text = LONG_SENTENCE.repeat(Math.ceil(chars / LONG_SENTENCE.length)).slice(0, chars);
  classifyQuestion(text);
  const samples: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = process.hrtime.bigint();
    sink += classifyQuestion(text).socialValue ? 1 : 0;
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `classifyQuestion on a ${chars.toLocaleString('en-GB')}-character text: median ${samples[7]!.toFixed(2)} ms`,
  );
}
if (sink === -1) console.log('');
