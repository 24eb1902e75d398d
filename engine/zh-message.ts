/**
 * Messages in Chinese follow GB/T 15834 like the reports they check: full-width , : ; ( ) ! ?.
 * Source files write them in ASCII, because tools easily turn full-width punctuation typed in
 * source into its ASCII twin, and the `zh` tag converts the template's own punctuation; the values
 * put into a message stay as they are, since they quote the user's text.
 */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '\uFF0C',
  ':': '\uFF1A',
  ';': '\uFF1B',
  '(': '\uFF08',
  ')': '\uFF09',
  '!': '\uFF01',
  '?': '\uFF1F',
};

/** The punctuation of Chinese text, full-width: for a part of a message built apart from the template. */
export function fullWidth(text: string): string {
  return text.replace(/[,:;()!?]/g, (c) => FULL_WIDTH[c]!);
}

/** A Chinese message: zh`序号跳号:此处为“${actual}”` gives 序号跳号：此处为“…” with `actual` unchanged. */
export function zh(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = fullWidth(strings[0]!);
  for (let i = 0; i < values.length; i++) out += String(values[i]) + fullWidth(strings[i + 1]!);
  return out;
}
