import { useState } from 'preact/hooks';
import { EvidenceLibrary } from './EvidenceLibrary';
import { PackExport } from './PackExport';
import { PackImport } from './PackImport';

/** The "Packs and evidence library" extension page. */
export function PacksPage() {
  const [imports, setImports] = useState(0);
  return (
    <main class="page packs">
      <h1>Packs and evidence library</h1>
      <p>
        Share drafts with your bid team as a file. Everything stays on your machines: Social Value Lens sends nothing
        anywhere.
      </p>
      <PackExport key={`export-${imports}`} />
      <PackImport onImported={() => setImports((n) => n + 1)} />
      <EvidenceLibrary refresh={imports} />
    </main>
  );
}
