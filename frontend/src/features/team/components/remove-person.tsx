import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { notifySuccess } from '@/lib/notify';
import { useDeletePerson } from '../api/team';

/** "Remove from roster", asked for once more, then back to the Team screen. */
export function RemovePerson({ person }: { person: backend.Person }) {
  const [open, setOpen] = useState(false);
  const del = useDeletePerson();
  const navigate = useNavigate();
  return (
    <>
      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} />}
          onClick={() => setOpen(true)}
        >
          Remove from roster
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Remove ${person.name}?`}>
        <Stack>
          <Text size="sm">
            This removes {person.name} and their allocations; people who report to them will report to nobody.
            It cannot be undone. To keep their history, set their status to Left instead.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Keep
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() =>
                del.mutate(person.id, {
                  onSuccess: () => {
                    notifySuccess(`${person.name} was removed.`);
                    void navigate('/team');
                  },
                })
              }
            >
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
