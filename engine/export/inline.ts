/**
 * Display text of a line for export: what a reader of the printed report sees. Plain text is
 * taken as written. Markdown loses its syntax and keeps its words: **bold** stays bold, code and
 * link labels become plain text, images and HTML tags go.
 */
export interface Inline {
  text: string;
  bold?: boolean;
}

/** `**x**`/`__x__` (bold), `` `x` `` (code), `![alt](src)`, `[label](url)`, `<https://…>`, `<tag>`, `\x`. */
const MARKDOWN_INLINE = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|`+([^`]*?)`+|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|<((?:https?:\/\/|mailto:)[^>\s]*)>|<\/?[A-Za-z][^>]*>|\\([\\`*_{}[\]()#+\-.!|])/g;

/** A single * or _ around words is emphasis syntax: 公文 print it upright, so only the marks go. */
const SINGLE_EMPHASIS = /(?<![*\w])[*_](?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])[*_](?![*\w])/g;

export function inlines(raw: string, markdown: boolean): Inline[] {
  if (!markdown) return raw ? [{ text: raw }] : [];
  const out: Inline[] = [];
  const push = (text: string, bold = false): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && !!last.bold === bold) last.text += text;
    else out.push(bold ? { text, bold } : { text });
  };
  let at = 0;
  MARKDOWN_INLINE.lastIndex = 0;
  for (let m = MARKDOWN_INLINE.exec(raw); m; m = MARKDOWN_INLINE.exec(raw)) {
    push(plainEmphasis(raw.slice(at, m.index)));
    const [, boldMark, boldText, code, label, autolink, escaped] = m;
    if (boldMark) push(plainEmphasis(boldText!), true);
    else if (code !== undefined) push(code);
    else if (label !== undefined) push(plainEmphasis(label));
    else if (autolink !== undefined) push(autolink);
    else if (escaped !== undefined) push(escaped);
    at = m.index + m[0].length;
  }
  push(plainEmphasis(raw.slice(at)));
  return out;
}

function plainEmphasis(text: string): string {
  return text.indexOf('*') < 0 && text.indexOf('_') < 0 ? text : text.replace(SINGLE_EMPHASIS, '$1');
}

export function plainText(parts: readonly Inline[]): string {
  return parts.map((p) => p.text).join('');
}
