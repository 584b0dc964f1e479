import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { DeleteWithConfirm } from '@/components/ui/delete-with-confirm';
import { notifySuccess } from '@/lib/notify';
import { useDeleteAccount } from '../api/accounts';

/** Deleting an account takes everything under it and cannot be undone: confirm. */
export function DeleteAccount({ account }: { account: backend.Account }) {
  const del = useDeleteAccount();
  const navigate = useNavigate();
  return (
    <DeleteWithConfirm
      label="Delete account"
      title={`Delete ${account.name}?`}
      keepLabel="Keep it"
      pending={del.isPending}
      onConfirm={() =>
        del.mutate(account.id, {
          onSuccess: () => {
            notifySuccess(`${account.name} was deleted.`);
            void navigate('/accounts');
          },
        })
      }
    >
      This removes the account with all its plans and versions, stakeholders, monthly figures, QBRs, jobs and
      contact reports. It cannot be undone; a backup (File → Back Up Workspace) keeps a copy.
    </DeleteWithConfirm>
  );
}
