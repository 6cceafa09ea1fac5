import { strToU8, zipSync, type Zippable } from 'fflate';
import { PACK_EXTENSION, PACK_JSON_NAME, type Pack } from './format';
import { tenderDocuments, tenderDocx, tenderHeading, tenderMarkdown } from './documents';

/** A safe file-name part: letters, digits and dashes, at most 60 characters. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'tender'
  );
}

/**
 * The `.svlpack` file: a zip with `pack.json` (what the extension imports) and, per tender, `tenders/NN-name.md`
 * and `tenders/NN-name.docx` for reviewers without the extension.
 */
export async function buildPackFile(pack: Pack, options: { documents?: boolean } = {}): Promise<Uint8Array> {
  const files: Zippable = { [PACK_JSON_NAME]: strToU8(JSON.stringify(pack)) };
  if (options.documents !== false) {
    const docs = tenderDocuments(pack);
    const width = String(docs.length).length;
    for (const [i, doc] of docs.entries()) {
      const base = `tenders/${String(i + 1).padStart(width, '0')}-${slug(tenderHeading(doc.tender))}`;
      files[`${base}.md`] = strToU8(tenderMarkdown(doc, pack));
      // .docx is already a zip: store it as it is.
      files[`${base}.docx`] = [await tenderDocx(doc, pack), { level: 0 }];
    }
  }
  return zipSync(files, { level: 6, mtime: new Date(Date.parse(pack.meta.createdAt) || Date.now()) });
}

/** "svl-pack-2026-11-25-cloud-hosting.svlpack" */
export function packFileName(pack: Pack): string {
  const day = pack.meta.createdAt.slice(0, 10);
  const what = pack.tenders.length === 1 ? slug(tenderHeading(pack.tenders[0]!)) : `${pack.tenders.length}-tenders`;
  return `svl-pack-${day}-${what}${PACK_EXTENSION}`;
}
