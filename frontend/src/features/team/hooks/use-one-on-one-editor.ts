import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { isAppraisalsLocked, lockStatusKey } from '@/lib/appraisals-lock';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import { discardOneOnOneDraft, keepOneOnOneDraft, saveOneOnOne } from '../api/oneonones';
import { oneOnOneProblemPath, oneOnOneUnchanged, splitOneOnOne } from '../types/oneonone-schema';

/**
 * One 1:1 being edited: saves as it is typed (lib/use-draft-editor); a
 * talking point or action not written yet is kept as the draft.
 */
export function useOneOnOneEditor(meeting: backend.OneOnOne, draft: KeptDraft, personName: string) {
  const qc = useQueryClient();
  // New rows not left yet (their problems are quiet), and dates the browser could not read.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [bad, setBad] = useState<ReadonlyMap<string, string>>(new Map());
  const ed = useDraftEditor<backend.OneOnOne>({
    label: `1:1 with ${personName}`,
    memoryKey: `oneOnOne:${meeting.id}`,
    record: meeting,
    draft,
    readOnly: false,
    version: (v) => v.version,
    withVersion: (v, version) => backend.OneOnOne.createFrom({ ...v, version }),
    parse: (body) =>
      backend.OneOnOne.createFrom({
        ...meeting,
        ...(JSON.parse(body) as object),
        id: meeting.id,
        personId: meeting.personId,
      }),
    split: (cur, base, extra) => splitOneOnOne(cur, base, new Map([...bad, ...extra]), fresh),
    unchanged: oneOnOneUnchanged,
    save: (v) => saveOneOnOne(qc, v),
    // Keys the workspace gave new rows are taken only for rows it has; a row
    // made here keeps its own key (sent with it), so nothing is renumbered.
    adopt: (cur, saved) => backend.OneOnOne.createFrom({ ...cur, version: saved.version }),
    keep: (d) => keepOneOnOneDraft(qc, meeting.id, d),
    discard: () => discardOneOnOneDraft(qc, meeting.id),
    problemPath: (err, sent) => oneOnOneProblemPath(err.field, sent),
    onError: (err) => isAppraisalsLocked(err) && void qc.invalidateQueries({ queryKey: lockStatusKey }),
    delay: 700,
  });
  const errors = new Map(ed.loud.map((p) => [p.path, p.message]));
  const change = (patch: Partial<backend.OneOnOne>) =>
    ed.change(backend.OneOnOne.createFrom({ ...ed.value, ...patch }));
  const discard = () => {
    const before = ed.discardDraft();
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };
  const added = (key: string) => setFresh((cur) => new Set(cur).add(key));
  const left = (key: string) =>
    setFresh((cur) => {
      if (!cur.has(key)) return cur;
      const next = new Set(cur);
      next.delete(key);
      return next;
    });
  /** For a DateField's onBadInput: holds the field back while its date cannot be read. */
  const badDate = (path: string) => (message: string | null) =>
    setBad((cur) => {
      const next = new Map(cur);
      if (message) next.set(path, message);
      else next.delete(path);
      return next;
    });
  return {
    ed,
    value: ed.value,
    change,
    error: (path: string) => errors.get(path),
    discard,
    added,
    left,
    badDate,
  };
}
