import {
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowRight } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { LoadingState } from '@/components/ui/states';
import { toAppError } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { flushAll } from '@/lib/save-registry';
import { backend } from '../../../../wailsjs/go/models';
import { useCarryForward, useCarryPreview, useNextPeriod } from '../api/carry-forward';
import { periodSchema } from '../types/plan-schema';

const sectionWords: Record<string, string> = {
  strategy: 'Strategy',
  objectives: 'Objectives',
  opportunities: 'Opportunities',
  risks: 'Risks',
  actions: 'Actions',
  targets: 'Summary and targets',
};
const sectionOrder = ['strategy', 'objectives', 'opportunities', 'risks', 'actions', 'targets'];

/** The button on the plan tab, and the dialog it opens. */
export function PlanNextPeriod({
  plan,
  onCreated,
}: {
  plan: { id: number; accountId: number; period: string };
  onCreated: (id: number) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconArrowRight size={14} />}
        onClick={() => void flushAll().then(() => setOpen(true))}
      >
        Plan the next period
      </Button>
      {open && <CarryForwardDialog plan={plan} onClose={() => setOpen(false)} onCreated={onCreated} />}
    </>
  );
}

/**
 * "Plan the next period": the director names the period (the next fiscal
 * year is suggested), reads what the new plan takes over and what stays
 * behind, and confirms.
 */
export function CarryForwardDialog({
  plan,
  onClose,
  onCreated,
}: {
  plan: { id: number; accountId: number; period: string };
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const suggested = useNextPeriod(plan.period, typed === null);
  const period = (typed ?? suggested.data ?? '').trim();
  const [debounced] = useDebouncedValue(period, 250);
  const checked = periodSchema.safeParse(debounced);
  const preview = useCarryPreview(plan.id, debounced, checked.success);
  const create = useCarryForward(plan.accountId);
  const [createError, setCreateError] = useState('');

  const fieldError =
    createError ||
    (debounced !== '' && !checked.success ? (checked.error.issues[0]?.message ?? '') : '') ||
    (preview.isError ? toAppError(preview.error).message : '');
  const ready = preview.isSuccess && !preview.isPlaceholderData && debounced === period && !fieldError;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    create.mutate(
      { id: plan.id, period },
      {
        onSuccess: (p) => {
          notifySuccess(`The ${p.period} plan is started from ${plan.period}'s open items.`);
          onClose();
          onCreated(p.id);
        },
        onError: (err) => setCreateError(toAppError(err).message),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title="Plan the next period" size="xl">
      <Stack component="form" onSubmit={submit} gap="md">
        <Text size="sm">
          The new plan starts as a draft with what is still open in {plan.period}. Objectives start from where
          their KPI stands now. Nothing in the {plan.period} plan changes.
        </Text>
        <TextInput
          label="New period"
          value={typed ?? suggested.data ?? ''}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            setCreateError('');
          }}
          error={fieldError || undefined}
          w={200}
          data-autofocus
        />
        {checked.success && preview.isPending && !fieldError && <LoadingState label="Reading the plan…" />}
        {preview.data && !fieldError && <Preview preview={preview.data} stale={!ready} />}
        {/* Kept in view while the lists scroll: the choice is always at hand. */}
        <Group
          justify="flex-end"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ zIndex: 1, borderTop: '1px solid var(--mantine-color-default-border)' }}
        >
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={!ready} loading={create.isPending}>
            {period ? `Start the ${period} plan` : 'Start the plan'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Preview({ preview, stale }: { preview: backend.CarryPreview; stale: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ opacity: stale ? 0.6 : 1 }}>
      <ItemList
        title={`Carried into ${preview.period}`}
        count={preview.carried.length}
        items={preview.carried}
        empty={`Nothing is open in ${preview.fromPeriod}; the new plan starts empty.`}
        color="blue"
      />
      <ItemList
        title={`Stays behind in ${preview.fromPeriod}`}
        count={preview.left.length}
        items={preview.left}
        empty="Nothing: everything is still open."
        color="gray"
      />
    </SimpleGrid>
  );
}

function ItemList({
  title,
  count,
  items,
  empty,
  color,
}: {
  title: string;
  count: number;
  items: backend.CarryItem[];
  empty: string;
  color: string;
}) {
  const sections = sectionOrder.filter((s) => items.some((i) => i.section === s));
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={title}>
      <Group gap="xs" mb="xs">
        <Title order={3} fz="sm">
          {title}
        </Title>
        <Badge size="sm" variant="light" color={color} aria-hidden>
          {count}
        </Badge>
      </Group>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      <Stack gap="xs">
        {sections.map((s) => (
          <div key={s}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {sectionWords[s]}
            </Text>
            <List size="sm" spacing={2} listStyleType="none" pl={0}>
              {items
                .filter((i) => i.section === s)
                .map((i) => (
                  <List.Item key={`${i.section}-${i.key}-${i.title}`}>
                    <Text size="sm" span fw={500}>
                      {i.title}
                    </Text>
                    {i.note && (
                      <Text size="xs" c="dimmed">
                        {i.note}
                      </Text>
                    )}
                  </List.Item>
                ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** Whether a plan is of the account's latest period, the one a next period follows. */
export function isLatestPeriod(plans: { period: string }[], period: string): boolean {
  return plans[0]?.period === period;
}
