/**
 * The Jaggaer-style page the load diagnostics open (profile-load.ts, trace-load.ts): `questions` rows, every other one
 * headed "Social value:", served under a real portal address so the shipped match patterns apply.
 */
export const LOAD_URL =
  'https://crowncommercialservice.bravosolution.co.uk/esop/toolkit/negotiation/rfq/detailRfqResponse.do';

const TOPICS = ['create jobs for care leavers', 'reduce carbon emissions', 'manage the printer fleet', 'train staff'];

export function loadPageHtml(questions: number): string {
  const rows = Array.from(
    { length: questions },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>Question ${i + 1}: ${i % 2 ? 'Social value: ' : ''}describe how you will ${TOPICS[i % TOPICS.length]} during this contract. Maximum 500 words.</td><td><textarea id="q${i}" rows="3"></textarea></td></tr>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>itt_9001</title></head><body><h1>itt_9001</h1><table>${rows.join('')}</table></body></html>`;
}
