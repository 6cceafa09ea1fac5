import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { countChars, countWords, type CharRuleId, type CountRuleId } from '../counting';
import { PORTALS } from '../portals';
import type { Pack, PackDraft, PackQuestion, PackTender } from './format';

/**
 * Readable copies of a pack for reviewers without the extension: one Markdown file and one Word document per
 * tender, each answer under its question with the limit and the count (counted the way that portal counts).
 */
export interface TenderDocument {
  tender: PackTender;
  answers: Array<{ draft: PackDraft; question: PackQuestion | undefined; limit: string; count: string }>;
}

function rulesFor(portalId: string): { words: CountRuleId; chars: CharRuleId } {
  const portal = PORTALS.find((p) => p.id === portalId);
  return { words: portal?.countRule ?? 'word', chars: portal?.crlf ? 'chars-crlf' : 'chars' };
}

export function limitText(question: PackQuestion | undefined): string {
  const l = question?.limits;
  if (!l) return 'No limit stated';
  const parts = [
    l.words !== null ? `${l.words.toLocaleString('en-GB')} words` : null,
    l.chars !== null ? `${l.chars.toLocaleString('en-GB')} characters` : null,
    l.pages !== null ? `${l.pages} ${l.pages === 1 ? 'page' : 'pages'}` : null,
  ].filter(Boolean);
  return parts.length ? `Limit: ${parts.join(', ')}` : 'No limit stated';
}

export function countText(draft: PackDraft): string {
  const rules = rulesFor(draft.portalId);
  const words = countWords(draft.text, rules.words);
  const chars = countChars(draft.text, rules.chars);
  return `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}, ${chars.toLocaleString('en-GB')} characters`;
}

export function tenderDocuments(pack: Pack): TenderDocument[] {
  const questions = new Map(pack.questions.map((q) => [q.key, q]));
  return pack.tenders.map((tender) => ({
    tender,
    answers: pack.drafts
      .filter((d) => d.tenderId === tender.id)
      .map((draft) => {
        const question = questions.get(draft.key);
        return { draft, question, limit: limitText(question), count: countText(draft) };
      }),
  }));
}

export function tenderHeading(tender: PackTender): string {
  const title = tender.title?.trim() || tender.reference?.trim() || tender.id;
  return tender.reference && tender.title ? `${title} (${tender.reference})` : title;
}

/** Text from a pack is shown as text: escape what Markdown viewers would read as HTML or formatting. */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3');
}

export function tenderMarkdown(doc: TenderDocument, pack: Pack): string {
  const lines: string[] = [`# ${markdownText(tenderHeading(doc.tender))}`, ''];
  const facts = [
    `Portal: ${markdownText(doc.tender.portalId)}`,
    doc.tender.buyer ? `Buyer: ${markdownText(doc.tender.buyer)}` : null,
    doc.tender.deadline ? `Deadline: ${markdownText(doc.tender.deadline)}` : null,
    `Exported ${pack.meta.createdAt.slice(0, 10)}${pack.meta.authorName ? ` by ${markdownText(pack.meta.authorName)}` : ''} from Social Value Lens. These are drafts.`,
  ].filter((x): x is string => x !== null);
  lines.push(...facts.map((f) => `${f}  `), '');
  doc.answers.forEach(({ draft, question, limit, count }, i) => {
    lines.push(`## ${i + 1}. ${markdownText((question?.text ?? draft.question).replace(/\s+/g, ' ').trim())}`, '');
    lines.push(`*${limit}. Count: ${count}.*`, '');
    lines.push(
      draft.text.trim() ? markdownText(draft.text).replace(/\r\n?/g, '\n').replace(/\n/g, '  \n') : '*(no answer yet)*',
      '',
    );
  });
  return lines.join('\n');
}

export async function tenderDocx(doc: TenderDocument, pack: Pack): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ text: tenderHeading(doc.tender), heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: `Portal: ${doc.tender.portalId}${doc.tender.buyer ? ` · Buyer: ${doc.tender.buyer}` : ''}${doc.tender.deadline ? ` · Deadline: ${doc.tender.deadline}` : ''}`,
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: `Exported ${pack.meta.createdAt.slice(0, 10)}${pack.meta.authorName ? ` by ${pack.meta.authorName}` : ''} from Social Value Lens. These are drafts.`,
          italics: true,
        }),
      ],
    }),
  ];
  doc.answers.forEach(({ draft, question, limit, count }, i) => {
    children.push(
      new Paragraph({
        text: `${i + 1}. ${(question?.text ?? draft.question).replace(/\s+/g, ' ').trim()}`,
        heading: HeadingLevel.HEADING_2,
      }),
    );
    children.push(new Paragraph({ children: [new TextRun({ text: `${limit}. Count: ${count}.`, italics: true })] }));
    const paragraphs = draft.text.trim() ? draft.text.replace(/\r\n?/g, '\n').split('\n') : ['(no answer yet)'];
    for (const p of paragraphs)
      children.push(new Paragraph({ children: [new TextRun(p)], alignment: AlignmentType.LEFT }));
  });
  const document = new Document({
    creator: pack.meta.authorName || 'Social Value Lens',
    title: tenderHeading(doc.tender),
    description: 'Social value answer drafts exported from Social Value Lens',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
