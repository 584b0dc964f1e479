import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { notifySuccess } from '@/lib/notify';
import { useDeleteAccount } from '../api/accounts';

/** Deleting an account takes everything under it and cannot be undone: confirm. */
export function DeleteAccount({ account }: { account: backend.Account }) {
  const [open, setOpen] = useState(false);
  const del = useDeleteAccount();
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
          Delete account
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Delete ${account.name}?`}>
        <Stack>
          <Text size="sm">
            This removes the account with all its plans and versions, stakeholders, monthly figures, QBRs,
            jobs and contact reports. It cannot be undone; a backup (File → Back Up Workspace) keeps a copy.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={del.isPending}
              onClick={() =>
                del.mutate(account.id, {
                  onSuccess: () => {
                    notifySuccess(`${account.name} was deleted.`);
                    void navigate('/accounts');
                  },
                })
              }
            >
              Delete account
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
