import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backend } from '../../../../wailsjs/go/models';
import { isAppraisalsLocked, lockStatusKey } from '@/lib/appraisals-lock';
import { toAppError } from '@/lib/errors';
import { notifyUndo } from '@/lib/notify';
import { useDraftEditor, type KeptDraft } from '@/lib/use-draft-editor';
import {
  discardAppraisalDraft,
  keepAppraisalDraft,
  saveAppraisal,
  useMoveAppraisal,
} from '../api/appraisals';
import type { EditorPart } from '../types/appraisal-editor';
import { appraisalProblemPath, appraisalUnchanged, splitAppraisal } from '../types/appraisal-schema';
import { isLocked } from '../types/appraisal-stage';

/**
 * One appraisal being edited: saves as it is typed (lib/use-draft-editor,
 * what is not valid yet kept as the draft), moves along the workflow, and
 * takes in what a move, reopen or acknowledgement changed on the server
 * without losing what is being typed.
 */
export function useAppraisalEditor(appraisal: backend.Appraisal, draft: KeptDraft) {
  const qc = useQueryClient();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState(appraisal.status);
  const move = useMoveAppraisal();
  const ed = useDraftEditor<backend.Appraisal>({
    label: `${appraisal.personName}’s appraisal`,
    memoryKey: `appraisal:${appraisal.id}`,
    record: appraisal,
    draft,
    readOnly: isLocked(status),
    version: (v) => v.version,
    withVersion: (v, version) => backend.Appraisal.createFrom({ ...v, version }),
    parse: (body) =>
      backend.Appraisal.createFrom({
        ...appraisal,
        ...(JSON.parse(body) as object),
        id: appraisal.id,
        status: appraisal.status,
        scale: appraisal.scale,
      }),
    split: splitAppraisal,
    unchanged: appraisalUnchanged,
    save: (v) => saveAppraisal(qc, v),
    adopt: (cur, saved) =>
      backend.Appraisal.createFrom({ ...cur, overall: saved.overall, version: saved.version }),
    keep: (d) => keepAppraisalDraft(qc, appraisal.id, d),
    discard: () => discardAppraisalDraft(qc, appraisal.id),
    problemPath: (err, sent) => appraisalProblemPath(err.field, sent),
    // Locked by the passphrase meanwhile: the gate asks for it, and what was
    // typed waits in this page until it is entered.
    onError: (err) => isAppraisalsLocked(err) && void qc.invalidateQueries({ queryKey: lockStatusKey }),
    delay: 800,
  });
  const value = ed.value;
  const locked = isLocked(value.status);
  const errors = new Map(ed.loud.map((p) => [p.path, p.message]));
  const part: EditorPart = {
    value,
    locked,
    error: (path) => errors.get(path),
    change: (patch) => {
      if (locked) return;
      ed.change(backend.Appraisal.createFrom({ ...value, ...patch }));
    },
  };
  const discard = () => {
    const before = ed.discardDraft();
    notifyUndo('The draft was discarded.', () => ed.change(before));
  };
  // A move, reopen or acknowledgement changes the status and version on the
  // server: take them from its answer so the editor keeps going without
  // reloading (and without losing what is being typed).
  const adopt = (saved: backend.Appraisal) => {
    ed.rebase(saved, (cur, s) =>
      backend.Appraisal.createFrom({
        ...cur,
        status: s.status,
        overall: s.overall,
        evidence: s.evidence,
        ackDate: s.ackDate,
        ackComment: s.ackComment,
        version: s.version,
      }),
    );
    setStatus(saved.status);
    setProblem('');
  };
  /** Saves what is typed, then moves the appraisal to another stage. */
  const moveTo = (to: string) =>
    void ed
      .flush()
      .then(() =>
        move.mutate(
          { id: value.id, to },
          { onSuccess: adopt, onError: (e) => setProblem(toAppError(e).message) },
        ),
      );
  return { ed, part, problem, discard, adopt, moveTo, moving: move.isPending };
}
