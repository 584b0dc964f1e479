import { notifications } from '@mantine/notifications';
import { toAppError } from './errors';

/** The one place failures become a toast. */
export function notifyError(e: unknown, title = 'That did not work'): void {
  const err = toAppError(e);
  notifications.show({
    color: 'red',
    title,
    message: err.message,
    autoClose: err.code === 'internal' ? false : 6000,
  });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000 });
}

/** A notification with an Undo button: deletes are undone, not confirmed. */
export function notifyUndo(message: string, onUndo: () => void): void {
  const id = `undo-${Date.now()}-${Math.random()}`;
  notifications.show({
    id,
    message: (
      <span style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12 }}>
        <span>{message}</span>
        <button
          type="button"
          className="undo-button"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          Undo
        </button>
      </span>
    ),
    autoClose: 8000,
  });
}
