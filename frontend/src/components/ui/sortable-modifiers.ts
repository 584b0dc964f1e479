import type { Modifier } from '@dnd-kit/core';

/** Rows move up and down only (the @dnd-kit/modifiers package does this too; one function is not worth a dependency). */
export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
