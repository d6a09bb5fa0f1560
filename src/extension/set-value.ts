// "Set value…" from the state panel, the VS Code part: for a page row without a field a quick
// pick of its fields (each with its value now), then an input box prefilled with the current value
// and checked as the user types (set-value-input.ts), then the debug adapter's setExpression on
// the panel's key. The adapter records the change as an edit of the run (step back undoes it, a
// replay applies it again) and sends the stop's state again, so the panel shows the new value,
// marked ✎. Every failure — no session, a bad key, the adapter refusing — comes back as a result
// with a message, never as an exception (the panel shows it as an alert; the host adds an error
// notification unless the adapter's own refusal raised one already).

import * as vscode from 'vscode';
import type { StateView } from '../protocol/state';
import { checkValue, currentValue, describeTarget, expressionOf, PANEL_PAGE_FIELDS, parseSetKey, promptOf, type SetTarget } from './set-value-input';

export interface SetValueResult {
  ok: boolean;
  /** What was set ("page 0x100 refcount"), when the key named something. */
  what?: string;
  /** The value as the adapter shows it after the change. */
  value?: string;
  /** Why nothing was set (absent with ok, and when the user cancelled). */
  message?: string;
  cancelled?: boolean;
  /** The adapter refused it: VS Code has shown the adapter's message already (showUser). */
  refused?: boolean;
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^mmstep: /, '');
}

/** A page row's field, chosen from a quick pick showing each field's value now. */
async function pickField(state: StateView | undefined, key: string): Promise<string | undefined> {
  const items = PANEL_PAGE_FIELDS.map((f) => {
    const t = parseSetKey(key, f) as SetTarget;
    return { label: f, description: currentValue(state, t) ?? '', detail: promptOf(t) };
  });
  const pick = await vscode.window.showQuickPick(items, { title: `Set a field of ${key.replace(/^page:(\d+)$/, (_, n: string) => `page 0x${Number(n).toString(16)}`)}`, placeHolder: 'The field to set' });
  return pick?.label;
}

/**
 * Asks for the value (unless `given`, as the extension's API passes it) and sets it through the
 * adapter of `session`. `state` is the stop the panel shows (the value the box starts with).
 */
export async function setValueFromPanel(
  session: vscode.DebugSession | undefined,
  state: StateView | undefined,
  key: string,
  field: string | undefined,
  given?: string,
): Promise<SetValueResult> {
  if (!session) return { ok: false, message: 'no mmstep debug session: start one to change values' };
  if (field === undefined && key.startsWith('page:') && given === undefined) {
    field = await pickField(state, key);
    if (field === undefined) return { ok: false, cancelled: true };
  }
  const t = parseSetKey(key, field);
  if ('error' in t) return { ok: false, message: t.error };
  const what = describeTarget(t);
  let value = given;
  if (value === undefined) {
    value = await vscode.window.showInputBox({
      title: `Set ${what}`,
      prompt: `${promptOf(t)}. Recorded in the run: step back undoes it.`,
      value: currentValue(state, t) ?? '',
      validateInput: (text) => checkValue(t, text),
      ignoreFocusOut: true,
    });
    if (value === undefined) return { ok: false, what, cancelled: true };
  } else {
    const bad = checkValue(t, value);
    if (bad) return { ok: false, what, message: bad };
  }
  try {
    const body = (await session.customRequest('setExpression', { expression: expressionOf(t), value })) as { value?: unknown } | undefined;
    return { ok: true, what, value: typeof body?.value === 'string' ? body.value : value };
  } catch (e) {
    return { ok: false, what, message: errorText(e), refused: true };
  }
}
