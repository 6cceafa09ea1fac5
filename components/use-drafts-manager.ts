import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type {
  DraftDetail,
  DraftSettings,
  DraftSummary,
  Failure,
  MessageType,
  PayloadArgs,
  ReplyData,
  RevisionView,
  Send,
  TenderView,
} from '@/lib/messages';
import { groupRows } from '@/lib/drafts/rows';
import { when } from './draft-time';

/**
 * The drafts manager's state and actions: the list, search, the selected draft and its history, and every action
 * (delete with undo, restore, copy, mark submitted, export, delete everything, retention), each through `send`.
 */
export function useDraftsManager(send: Send) {
  const [tenders, setTenders] = useState<TenderView[]>([]);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Map<string, string> | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<DraftDetail | null>(null);
  const [revisions, setRevisions] = useState<RevisionView[]>([]);
  const [status, setStatus] = useState('');
  const [undoKey, setUndoKey] = useState<string | null>(null);
  const [settings, setSettings] = useState<DraftSettings | null>(null);
  const [error, setError] = useState('');

  const ask = useCallback(
    async <T extends MessageType>(
      type: T,
      ...payload: PayloadArgs<T>
    ): Promise<({ ok: true } & ReplyData<T>) | null> => {
      const answer = await send(type, ...payload).catch(
        (e: unknown): Failure => ({ ok: false, error: `Social Value Lens is not responding (${String(e)}).` }),
      );
      if (!answer.ok) {
        setError(answer.error);
        return null;
      }
      setError('');
      return answer;
    },
    [send],
  );

  const reload = useCallback(async () => {
    const answer = await ask('drafts:list');
    if (answer) {
      setTenders(answer.tenders);
      setDrafts(answer.drafts);
    }
  }, [ask]);

  const loadHistory = useCallback(
    async (key: string) => {
      const answer = await ask('drafts:history', { key });
      setDetail(answer?.detail ?? null);
      setRevisions(answer?.revisions ?? []);
    },
    [ask],
  );

  useEffect(() => {
    void reload();
    void ask('drafts:settings').then((a) => a && setSettings(a.settings));
  }, [reload, ask]);

  // Search as the user types, after a short pause.
  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      void ask('drafts:search', { query }).then((answer) => {
        if (answer) setHits(new Map(answer.hits.map((h) => [h.key, h.in])));
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [query, ask, drafts]);

  useEffect(() => {
    if (selected) void loadHistory(selected);
    else {
      setDetail(null);
      setRevisions([]);
    }
  }, [selected, loadHistory]);

  const rows = useMemo(() => (drafts ? groupRows(tenders, drafts, hits) : []), [tenders, drafts, hits]);
  const shownDrafts = rows.filter((r) => r.kind === 'draft').length;

  const act = async <T extends MessageType>(done: string, type: T, ...payload: PayloadArgs<T>) => {
    const answer = await ask(type, ...payload);
    if (!answer) return false;
    setStatus(done);
    await reload();
    return true;
  };

  const remove = async (key: string) => {
    if (await act('Draft deleted.', 'drafts:delete', { key })) {
      setUndoKey(key);
      setSelected(null);
    }
  };
  const undo = async () => {
    if (!undoKey) return;
    const key = undoKey;
    if (await act('Draft brought back.', 'drafts:undelete', { key })) {
      setUndoKey(null);
      setSelected(key);
    }
  };
  const restore = async (revision: RevisionView) => {
    if (!detail) return;
    const done = `Restored the version from ${when(revision.savedAt)}. The text it replaced is kept in the history.`;
    if (await act(done, 'drafts:restore', { key: detail.key, revisionId: revision.id })) {
      await loadHistory(detail.key);
    }
  };
  const copy = async () => {
    if (!detail) return;
    try {
      await navigator.clipboard.writeText(detail.text);
      setStatus('Draft copied.');
    } catch {
      setStatus('Copying was not allowed here; select the text and copy it instead.');
    }
  };
  const toggleSubmitted = async () => {
    if (!detail) return;
    const submitted = detail.submittedAt === 0;
    if (
      await act(submitted ? 'Marked as submitted.' : 'Marked as not submitted.', 'drafts:mark-submitted', {
        key: detail.key,
        submitted,
      })
    ) {
      await loadHistory(detail.key);
    }
  };
  const exportAll = async () => {
    const answer = await ask('drafts:export');
    if (!answer) return;
    const blob = new Blob([JSON.stringify(answer.exported, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `social-value-drafts-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus('All drafts exported as a JSON file.');
  };
  const deleteAll = async () => {
    if (!(await act('Every draft was deleted.', 'drafts:delete-all', { confirm: 'delete everything' }))) return false;
    setSelected(null);
    setUndoKey(null);
    return true;
  };
  const saveRetention = async (days: number | null) => {
    const answer = await ask('drafts:settings', { retentionDays: days });
    if (answer?.settings) {
      setSettings(answer.settings);
      setStatus(
        days === null
          ? 'Drafts are kept until you delete them.'
          : `Drafts are kept ${days} days after the tender deadline.`,
      );
    }
  };

  return {
    drafts,
    query,
    setQuery,
    hits,
    rows,
    shownDrafts,
    selected,
    setSelected,
    detail,
    revisions,
    status,
    undoKey,
    settings,
    error,
    remove,
    undo,
    restore,
    copy,
    toggleSubmitted,
    exportAll,
    deleteAll,
    saveRetention,
  };
}
