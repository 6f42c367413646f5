/**
 * Run mode's keyboard shortcuts: one table drives both the key handling and the help overlay,
 * so the two cannot disagree. Keys are matched on `event.key`, which follows the keyboard layout
 * (on a French AZERTY keyboard "?" and "+" are where the person expects them).
 */

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'togglePause'
  | 'addMinute'
  | 'removeMinute'
  | 'chooseItem'
  | 'jumpToNumber'
  | 'roundNext'
  | 'roundSkip'
  | 'roundPass'
  | 'end'
  | 'glossary'
  | 'help';

/** A key as shown in the help: a literal, or an i18n key for the keys that have names. */
export type KeyLabel = { text: string } | { name: 'space' | 'right' | 'left' };

export interface Shortcut {
  action: ShortcutAction;
  keys: KeyLabel[];
  matches: (event: KeyboardEvent) => boolean;
}

const letter = (key: string) => (event: KeyboardEvent) => event.key.toLowerCase() === key;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'next',
    keys: [{ name: 'right' }, { text: 'N' }],
    matches: (e) => e.key === 'ArrowRight' || letter('n')(e),
  },
  {
    action: 'previous',
    keys: [{ name: 'left' }, { text: 'P' }],
    matches: (e) => e.key === 'ArrowLeft' || letter('p')(e),
  },
  { action: 'togglePause', keys: [{ name: 'space' }], matches: (e) => e.key === ' ' },
  // "=" is "+" without Shift on many layouts; the numeric keypad sends "+" and "-".
  { action: 'addMinute', keys: [{ text: '+' }], matches: (e) => e.key === '+' || e.key === '=' },
  {
    action: 'removeMinute',
    keys: [{ text: '−' }],
    matches: (e) => e.key === '-' || e.key === '_' || e.key === '−',
  },
  { action: 'chooseItem', keys: [{ text: 'G' }], matches: letter('g') },
  { action: 'jumpToNumber', keys: [{ text: '1–9' }], matches: (e) => /^[1-9]$/.test(e.key) },
  { action: 'roundNext', keys: [{ text: 'R' }], matches: letter('r') },
  { action: 'roundSkip', keys: [{ text: 'S' }], matches: letter('s') },
  { action: 'roundPass', keys: [{ text: 'X' }], matches: letter('x') },
  { action: 'end', keys: [{ text: 'E' }], matches: letter('e') },
  // "D" for definitions (and définitions): G already chooses an agenda item.
  { action: 'glossary', keys: [{ text: 'D' }], matches: letter('d') },
  { action: 'help', keys: [{ text: '?' }], matches: (e) => e.key === '?' },
];

/** Where keys belong to what has focus: typing, or a widget that uses letters or arrows. */
const OWNS_KEYS = [
  'input',
  'textarea',
  'select',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="listbox"]',
  '[role="grid"]',
  '[role="menu"]',
  '[role="radiogroup"]',
  '[role="tablist"]',
].join(', ');

/** Keys that belong to run mode at all: not typing, not in a widget of its own, no dialog open. */
function keysAreOurs(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(OWNS_KEYS)) return false;
  // While a dialog is open (help, confirm, carry forward), the meeting behind it stays put.
  return !document.querySelector('[role="dialog"], [role="alertdialog"]');
}

/**
 * Whether Space (down or up) is run mode's pause key here. It is, even on a focused button: the
 * chair presses Space to pause, and must not repeat whatever button was clicked last ("+1 min",
 * "Next item"). Enter still presses a focused button.
 */
export function isPauseSpace(event: KeyboardEvent): boolean {
  if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey) return false;
  return keysAreOurs(event);
}

/** The shortcut a key press stands for in run mode, or null when the key is not ours. */
export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  // Held keys would skip through the whole agenda; modified keys belong to the browser and system.
  if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) {
    return null;
  }
  if (!keysAreOurs(event)) return null;
  return SHORTCUTS.find((s) => s.matches(event)) ?? null;
}
