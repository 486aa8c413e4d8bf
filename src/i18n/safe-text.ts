/**
 * User text shown in a message or on a terminal: control characters and bidi overrides escaped (they could
 * rewrite what the terminal shows), long values shortened so one bad cell cannot flood the screen.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return escapeUnsafe(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t'));
}

/**
 * Control characters (NUL, ESC, …) and bidi overrides as visible `\u{001b}`, tabs and line breaks kept:
 * text as written into a file's cell, where a line break is content but a NUL or a right-to-left override
 * is not (it hides or reorders what a reader sees).
 */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\r' ? c : `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`));
}

export function shorten(text: string, max = 60): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function safeValue(text: string): string {
  return shorten(escapeControl(text));
}
