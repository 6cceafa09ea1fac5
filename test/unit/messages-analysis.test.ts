import { afterAll, describe, expect, it } from 'vitest';
import { checkQuestion } from '@/lib/checks';
import { classifyQuestion } from '@/lib/classifier';
import { SvlDatabase } from '@/lib/db';
import { buildGuidance } from '@/lib/guidance/build';
import { ANALYSIS_TEXT_MAX, CLASSIFY_BATCH_MAX } from '@/lib/messages';
import { handleMessage } from '@/lib/messages/router';
import { analyseEvidence } from '@/lib/reminders/answer';

/**
 * The background does the classifier's, the knowledge base's and the checks' work for portal pages (issue 14): a
 * content script sends what its page shows and gets back exactly what the functions give, in order.
 */
const CONTENT = { url: 'https://www.find-tender.service.gov.uk/Notice/1', tabId: 3, frameId: 0 };
const HOST = 'www.find-tender.service.gov.uk';

/** The router needs a database; these handlers read nothing stored, so it is never opened (checked at the end). */
const db = new SvlDatabase(`analysis-${Math.random()}`);
afterAll(() => {
  expect(db.isOpen()).toBe(false);
});

const QUESTIONS = [
  {
    question: 'Social value: describe how you will create employment and skills opportunities for local people.',
    hint: 'Maximum 500 words',
    section: 'Social value',
  },
  { question: 'Describe your approach to data protection and GDPR compliance.', hint: '', section: 'Technical' },
  {
    question: 'How will you reduce the carbon emissions of delivering this contract?',
    hint: '',
    section: 'Quality questions',
  },
];

describe('analysis messages', () => {
  it('classifies a batch in order, exactly as the classifier does with the same context', async () => {
    const reply = await handleMessage(
      db,
      {
        type: 'analysis:classify',
        items: QUESTIONS,
        tenderTitle: 'IT services',
        preferredModel: 'auto',
        portalHost: HOST,
      },
      CONTENT,
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.classifications).toEqual(
      QUESTIONS.map((q) =>
        classifyQuestion(q.question, {
          hint: q.hint,
          section: q.section,
          tenderTitle: 'IT services',
          preferredModel: 'auto',
          portalHost: HOST,
        }),
      ),
    );
    expect(reply.classifications.map((c) => c.socialValue)).toEqual([true, false, true]);
    expect(reply.classifications[2]?.themeId).toBe('climate');
  });

  it('refuses a batch over the limit, an unknown model and extra fields, without throwing', async () => {
    const tooMany = Array.from({ length: CLASSIFY_BATCH_MAX + 1 }, () => QUESTIONS[0]!);
    const base = { type: 'analysis:classify', tenderTitle: '', preferredModel: 'auto', portalHost: HOST } as const;
    expect((await handleMessage(db, { ...base, items: tooMany }, CONTENT)).ok).toBe(false);
    expect((await handleMessage(db, { ...base, items: [], preferredModel: 'ppn-999' }, CONTENT)).ok).toBe(false);
    expect((await handleMessage(db, { ...base, items: [{ ...QUESTIONS[0], extra: 1 }] }, CONTENT)).ok).toBe(false);
    // Content scripts cut to ANALYSIS_TEXT_MAX before sending: text that long is taken, one character more is not.
    const longest = { question: 'x'.repeat(ANALYSIS_TEXT_MAX.question), hint: '', section: '' };
    expect((await handleMessage(db, { ...base, items: [longest] }, CONTENT)).ok).toBe(true);
    expect(
      (await handleMessage(db, { ...base, items: [{ ...longest, question: `${longest.question}x` }] }, CONTENT)).ok,
    ).toBe(false);
    const ok = await handleMessage(db, { ...base, items: [] }, CONTENT);
    expect(ok).toEqual({ ok: true, classifications: [] });
  });

  it('builds the guidance and the evidence reminders of a field, as the functions do', async () => {
    const classification = classifyQuestion(QUESTIONS[0]!.question);
    const text = 'We will recruit 4 apprentices from Leeds by March 2027, measured quarterly against a 2025 baseline.';
    const reply = await handleMessage(
      db,
      { type: 'analysis:field', classification, category: 'software', overrides: {}, text, withGuidance: true },
      CONTENT,
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const guidance = buildGuidance(classification, 'software', {});
    expect(reply.guidance).toEqual(guidance);
    expect(reply.evidence).toEqual(analyseEvidence(text, { needsBaseline: guidance.needsBaseline }));
    // After the first answer a field asks for the reminders alone; they still follow the guidance's baseline rule.
    const remindersOnly = await handleMessage(
      db,
      { type: 'analysis:field', classification, category: 'software', overrides: {}, text, withGuidance: false },
      CONTENT,
    );
    expect(remindersOnly).toEqual({ ok: true, guidance: null, evidence: reply.evidence });
    const noText = await handleMessage(
      db,
      { type: 'analysis:field', classification, category: 'software', overrides: {}, text: null, withGuidance: true },
      CONTENT,
    );
    expect(noText).toEqual({ ok: true, guidance, evidence: null });
  });

  it('refuses a field whose classification or overrides are malformed', async () => {
    const classification = classifyQuestion(QUESTIONS[0]!.question);
    const good = { classification, category: 'software', overrides: {}, text: '', withGuidance: true };
    expect((await handleMessage(db, { type: 'analysis:field', ...good }, CONTENT)).ok).toBe(true);
    // Each differs from the accepted payload in one field only.
    const bad = [
      { ...good, classification: { ...classification, confidence: 7 } },
      { ...good, category: 'spaceships' },
      { ...good, overrides: { software: { 'ppn0620-9.9': { rating: 'high' } } } },
      { ...good, withGuidance: 'yes' },
    ];
    for (const payload of bad)
      expect((await handleMessage(db, { type: 'analysis:field', ...payload }, CONTENT)).ok).toBe(false);
  });

  it('checks a buyer question with the buyer type read from the page text', async () => {
    const text = 'Describe the social value you will deliver. This question is worth 5% of the total score.';
    const request = {
      hint: '',
      section: 'Write your social value questions',
      tenderTitle: 'Cloud hosting',
      pageText: 'Leeds City Council: write your social value questions',
      portalHost: HOST,
      weightingPercent: 5,
    };
    const reply = await handleMessage(db, { type: 'analysis:check', text, ...request }, CONTENT);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const expected = checkQuestion(text, {
      section: request.section,
      tenderTitle: request.tenderTitle,
      buyerType: 'local',
      portalHost: HOST,
      weightingPercent: 5,
    });
    expect(reply.result).toEqual(expected);
    // A council is not bound by the central 10% minimum: a tip at most, never an error (audit H2).
    expect(reply.result.findings.some((f) => f.severity === 'error' && /10\s?%/.test(f.message))).toBe(false);
  });
});
