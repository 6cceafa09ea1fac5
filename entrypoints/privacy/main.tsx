import { render } from 'preact';
import { DEFAULT_KEEP_DAYS_AFTER_DEADLINE } from '@/lib/drafts/retention';
import '@/components/extension-page.css';

/**
 * What Social Value Lens stores, where, for how long, and what it sends (nothing). Static text, checked against
 * lib/db.ts (the IndexedDB tables), lib/settings.ts and lib/corrections.ts (storage.local keys) and
 * lib/drafts/retention.ts (how long). The README's "Privacy" section and store/*.md say the same.
 */
function PrivacyPage() {
  return (
    <main class="page privacy" data-testid="privacy">
      <h1>Your privacy</h1>
      <p>
        <strong>Social Value Lens sends nothing anywhere.</strong> It makes no network requests: no account, no
        analytics, no error reports, no updates of its guidance from a server. Everything it keeps stays in this browser
        profile on this computer.
      </p>

      <h2>What is stored, and where</h2>
      <p>
        In a database (IndexedDB) that belongs to the extension, not to the tender portal: the portal's page cannot read
        it. Only the extension's background script opens it.
      </p>
      <ul>
        <li>
          <strong>Drafts</strong>: the text of each social value answer you type on a portal, the question, the page
          address, when it was started and last changed, and whether you marked it submitted or deleted it.
        </li>
        <li>
          <strong>Revisions</strong>: earlier versions of each draft, with when and why they were kept (routine saving,
          before a restore, a clash between two tabs, an import) and, for imported packs, the sender's name.
        </li>
        <li>
          <strong>Tenders and questions</strong>: the portal, tender reference, title, buyer and deadline the page
          shows, each question's wording, its word or character limit and what it was recognised as.
        </li>
        <li>
          <strong>Evidence library</strong>: the evidence items you add (title, text, figures, the criteria they
          support, owner and review date).
        </li>
        <li>
          <strong>Keep-drafts setting</strong>: how many days after a deadline drafts are kept.
        </li>
      </ul>
      <p>In the extension's own settings storage (storage.local):</p>
      <ul>
        <li>
          <strong>Settings</strong>: what you supply, organisation size, Social Value Model choice, keyboard shortcut,
          portals switched off, pause, counting rules per portal, the session reminder, your own relevance ratings and
          the sites you added.
        </li>
        <li>
          <strong>Corrections</strong>: where you told the extension a question is about a different theme, or not about
          social value, so it remembers next time.
        </li>
      </ul>
      <p>
        On the portal's page the extension shows word counts, the saved state and guidance. The text of a saved draft is
        put into the page only when you click Restore; other drafts and your evidence library stay in the extension's
        own pages and side panel.
      </p>

      <h2>How long it is kept</h2>
      <ul>
        <li>
          Drafts are kept until {DEFAULT_KEEP_DAYS_AFTER_DEADLINE} days after their tender's deadline, or for as long as
          you choose under "Keeping and removing drafts" in Your drafts (including "until you delete them"). Drafts with
          no known deadline are not removed by age.
        </li>
        <li>
          Revisions: all are kept while a tender is open. Once it has closed, the newest, those kept for a reason
          (before a restore, a clash, an import) and the last of each day are kept; the rest are removed.
        </li>
        <li>A draft you delete can be undone for one day, then it is removed.</li>
        <li>Evidence items, settings and corrections are kept until you remove them.</li>
        <li>
          Removing the extension from the browser removes everything it stored. "Delete everything" in Your drafts
          removes every draft, revision, tender and question at once.
        </li>
      </ul>

      <h2>When something leaves this browser</h2>
      <p>
        Only when you do it: exporting drafts or a pack writes a file you save and share yourself, and Copy puts text on
        your clipboard. Importing a pack reads a file you choose and shows what it would change before anything is
        written.
      </p>

      <h2>Permissions</h2>
      <p>
        It runs only on the listed tender portals and on sites you add yourself (the browser asks you first, one site at
        a time). It uses storage for settings, the current tab's address when you open its toolbar menu, and the side
        panel for Your drafts.
      </p>
    </main>
  );
}

render(<PrivacyPage />, document.getElementById('app')!);
