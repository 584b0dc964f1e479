import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { DeleteWithConfirm } from '@/components/ui/delete-with-confirm';
import { notifySuccess } from '@/lib/notify';
import { useDeletePerson } from '../api/team';

/** "Remove from roster", asked for once more, then back to the Team screen. */
export function RemovePerson({ person }: { person: backend.Person }) {
  const del = useDeletePerson();
  const navigate = useNavigate();
  return (
    <DeleteWithConfirm
      label="Remove from roster"
      title={`Remove ${person.name}?`}
      keepLabel="Keep"
      confirmLabel="Remove"
      pending={del.isPending}
      onConfirm={() =>
        del.mutate(person.id, {
          onSuccess: () => {
            notifySuccess(`${person.name} was removed.`);
            void navigate('/team');
          },
        })
      }
    >
      This removes {person.name} and their allocations; people who report to them will report to nobody. It
      cannot be undone. To keep their history, set their status to Left instead.
    </DeleteWithConfirm>
  );
}
