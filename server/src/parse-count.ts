/** The engine's parse as the server calls it, counting calls when test hooks are on (tests check that a model is reused). */
import { parse } from '../../engine';

export const testHooksEnabled = typeof process !== 'undefined' && process.env?.['ZH_REPORT_TEST_HOOKS'] === '1';

let parses = 0;

export const parseForServer: typeof parse = testHooksEnabled ? (text, options) => (parses++, parse(text, options)) : parse;

export function parseCount(): number {
  return parses;
}
