import { isDesktop } from './bridge';

/** Copies text: through Wails in the desktop window, the Clipboard API in a browser. */
export async function copyText(text: string): Promise<void> {
  const rt = window.runtime as { ClipboardSetText?: (t: string) => Promise<boolean> } | undefined;
  if (isDesktop() && rt?.ClipboardSetText) {
    if (await rt.ClipboardSetText(text)) return;
  }
  await navigator.clipboard.writeText(text);
}
