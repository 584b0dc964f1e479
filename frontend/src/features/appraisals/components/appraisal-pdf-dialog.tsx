import type { backend } from '../../../../wailsjs/go/models';
import { SavePdfDialog } from '@/components/ui/save-pdf-dialog';
import { saveAppraisalPdf } from '../api/appraisals';

/** Saves the appraisal as a PDF for signature, with a warning that the file leaves AccountDesk. */
export function AppraisalPdfDialog({
  appraisal: x,
  onClose,
}: {
  appraisal: backend.Appraisal;
  onClose: () => void;
}) {
  return (
    <SavePdfDialog
      title="Save as PDF for signature"
      warning="Confidential: once saved, the file is outside AccountDesk. Keep it where only the right people can read it."
      save={(folder) => saveAppraisalPdf(x.id, folder)}
      onClose={onClose}
    >
      A PDF of {x.personName}’s appraisal — ratings, overall rating, strengths, development, compensation
      recommendation and signature lines — to print or send for signature. Private manager notes are never in
      it.
    </SavePdfDialog>
  );
}
