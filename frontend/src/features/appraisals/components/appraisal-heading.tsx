import { Anchor, Badge, Breadcrumbs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';

/** Where the appraisal sits: Appraisals › its cycle › the person. */
export function AppraisalBreadcrumbs({ appraisal: x }: { appraisal: backend.Appraisal }) {
  return (
    <Breadcrumbs fz="sm">
      <Anchor component={Link} to="/appraisals">
        Appraisals
      </Anchor>
      <Anchor component={Link} to={`/appraisals/cycles/${x.cycleId}`}>
        {x.cycleName}
      </Anchor>
      <Text size="sm">{x.personName}</Text>
    </Breadcrumbs>
  );
}

/** Whose appraisal it is, in which cycle, with which manager, at which stage. */
export function AppraisalTitle({ appraisal: x }: { appraisal: backend.Appraisal }) {
  return (
    <div>
      <Title order={1} fz={26}>
        {x.personName}
      </Title>
      <Text size="sm" c="dimmed">
        {x.cycleName}
        {x.managerName ? ` · manager ${x.managerName}` : ''} ·{' '}
        <Badge variant="light" size="sm">
          {words(x.status)}
        </Badge>
      </Text>
    </div>
  );
}
