import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { backend } from '../../../../wailsjs/go/models';
import { toAppError } from '@/lib/errors';
import { useCreateAccount } from '../api/accounts';
import { accountSchema, emptyAccount, fieldErrors, type AccountForm } from '../types/account-schema';
import { AccountFields } from './account-fields';

/** "New account": validated here, then created; opens the new account. */
export function NewAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [form, setForm] = useState<AccountForm>(emptyAccount);
  const [errors, setErrors] = useState<Partial<Record<keyof AccountForm, string>>>({});
  // Dates the browser could not read: refused at submit, never created empty.
  const [badDates, setBadDates] = useState<Partial<Record<keyof AccountForm, string>>>({});
  const create = useCreateAccount();
  const navigate = useNavigate();

  const submit = () => {
    const parsed = accountSchema.safeParse(form);
    if (!parsed.success || Object.keys(badDates).length > 0) {
      setErrors({ ...fieldErrors<AccountForm>(parsed), ...badDates });
      return;
    }
    create.mutate(backend.Account.createFrom(parsed.data), {
      onSuccess: (a) => {
        setForm(emptyAccount);
        setErrors({});
        onClose();
        void navigate(`/accounts/${a.id}`);
      },
      onError: (e) => {
        const err = toAppError(e);
        setErrors({ [(err.field as keyof AccountForm) ?? 'name']: err.message });
      },
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New account" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <AccountFields
            value={form}
            errors={{ ...errors, ...badDates }}
            onChange={(k, v) => setForm((f) => ({ ...f, [k]: v }))}
            onBadDate={(field, message) =>
              setBadDates((b) => {
                const { [field]: _, ...rest } = b;
                return message ? { ...rest, [field]: message } : rest;
              })
            }
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
