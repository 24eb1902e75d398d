/**
 * Messages in Chinese follow GB/T 15834 like the reports they check: full-width , : ; ( ) ! ?.
 * Source files write them in ASCII, because tools easily turn full-width punctuation typed in
 * source into its ASCII twin, and the `zh` tag converts the template's own punctuation; the values
 * put into a message stay as they are, since they quote the user's text.
 */
import { withFullWidthPunctuation } from './chars';

/** Converted texts: messages are made from a few fixed parts, again and again. */
const converted = new Map<string, string>();

/** The punctuation of Chinese text, full-width: for a part of a message built apart from the template. */
export function fullWidth(text: string): string {
  let out = converted.get(text);
  if (out === undefined) {
    out = withFullWidthPunctuation(text);
    if (converted.size > 1000) converted.clear();
    converted.set(text, out);
  }
  return out;
}

/** A template's parts, converted once: a call site passes the same array every time. */
const templates = new WeakMap<TemplateStringsArray, string[]>();

/** A Chinese message: zh`序号跳号:此处为“${actual}”` gives 序号跳号：此处为“…” with `actual` unchanged. */
export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let parts = templates.get(strings);
  if (!parts) templates.set(strings, (parts = strings.map(fullWidth)));
  let out = parts[0]!;
  for (let i = 0; i < values.length; i++) out += String(values[i]) + parts[i + 1]!;
  return out;
}
