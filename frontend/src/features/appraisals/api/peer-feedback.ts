import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as P from '../../../../wailsjs/go/app/PeerFeedbackAPI';
import { app, backend } from '../../../../wailsjs/go/models';
import { appraisalKeys } from './keys';

// Peer feedback gathered without a server: the appraisals feature's calls to
// PeerFeedbackAPI. As confidential as appraisals, so every key starts with
// 'appraisals' and locking the section drops it all.

/** The cycle's competencies as rating questions: what a new request asks by default. */
export const usePeerQuestions = (cycleId: number) =>
  useQuery({
    queryKey: appraisalKeys.peerQuestions(cycleId),
    queryFn: () => P.DefaultQuestions(cycleId),
    enabled: !!cycleId,
  });

/** The person's feedback requests, newest first, with where each reviewer stands. */
export const usePeerRequests = (personId: number) =>
  useQuery({
    queryKey: appraisalKeys.peer(personId),
    queryFn: () => P.Requests(personId),
    enabled: !!personId,
  });

/** What the person may see of the answers of each request in the cycle. */
export const usePeerResults = (personId: number, cycleId: number) =>
  useQuery({
    queryKey: appraisalKeys.peerResults(personId, cycleId),
    queryFn: () => P.Results(personId, cycleId),
    enabled: !!personId && !!cycleId,
  });

const refresh = (qc: ReturnType<typeof useQueryClient>, personId: number) =>
  qc.invalidateQueries({ queryKey: appraisalKeys.peer(personId) });

/** Where the forms go: a folder or a WebDAV address (a password remembered for it is used). */
export const peerTarget = (destination: string, user: string) =>
  app.ExportTarget.createFrom({ destination: destination.trim(), user: user.trim(), password: '' });

/** Saves the request and writes a form per reviewer; answers where they went and the email texts. */
export const useAskPeers = (personId: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { request: backend.PeerRequest; target: app.ExportTarget }) => P.Ask(v.request, v.target),
    onSuccess: () => refresh(qc, personId),
    meta: { handlesErrors: true },
  });
};

/** The email texts of a request again, to copy. */
export const usePeerEmails = (requestId: number) =>
  useQuery({
    queryKey: appraisalKeys.peerEmails(requestId),
    queryFn: () => P.Emails(requestId),
    enabled: !!requestId,
  });

/** Counts response files (dropped or chosen), or a folder's; each added or refused with its reason. */
export const useCollectPeers = (personId: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { files: backend.PeerFile[] } | { folder: string }) =>
      'folder' in v ? P.CollectFolder(v.folder) : P.Collect(v.files),
    onSuccess: () => refresh(qc, personId),
    meta: { handlesErrors: true },
  });
};

/** Removes a request and its responses. */
export const useDeletePeerRequest = (personId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: number) => P.Delete(id), onSuccess: () => refresh(qc, personId) });
};
