/**
 * User-supplied placeholder patterns. They run on RE2 (re2js), whose matching time is linear in
 * the input, so a pattern such as (a+)+$ cannot hang the server; RE2 rejects what it cannot run in
 * linear time (backreferences, lookaround) at compile time, and that becomes a config error.
 */
import type { RE2JS } from 're2js';

let re2js: typeof import('re2js') | undefined;

/**
 * re2js is loaded on the first user pattern, not at start: most users have none, and it is a
 * quarter of the language server's bundle (which loads it from dist/re2js.js).
 */
function compileRe2(pattern: string): RE2JS {
  re2js ??= require('re2js') as typeof import('re2js');
  return re2js.RE2JS.compile(pattern);
}

export interface CompiledPatterns {
  matchers: RE2JS[];
  errors: Array<{ pattern: string; message: string }>;
}

const cache = new Map<string, CompiledPatterns>();

export function compilePatterns(patterns: readonly string[]): CompiledPatterns {
  const key = JSON.stringify(patterns);
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = { matchers: [], errors: [] };
    for (const p of patterns) {
      const error = patternError(p);
      if (error) compiled.errors.push({ pattern: p, message: error });
      else compiled.matchers.push(compileRe2(p));
    }
    if (cache.size > 50) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

/** Why a pattern cannot be used, or null when it can. */
export function patternError(pattern: string): string | null {
  if (pattern.length === 0) return '空模式会匹配任何位置 (an empty pattern matches everywhere)';
  if (pattern.length > 500) return '模式过长,上限 500 字符 (pattern longer than 500 characters)';
  try {
    const re = compileRe2(pattern);
    if (re.matcher('').find()) return '模式可匹配空串 (pattern matches the empty string)';
    return null;
  } catch (e) {
    return `无法在线性时间内运行或语法错误 (not a valid linear-time RE2 pattern): ${(e as Error).message}`;
  }
}

export function findCustomSlots(text: string, matchers: RE2JS[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const re of matchers) {
    const m = re.matcher(text);
    while (m.find()) out.push({ start: m.start(), end: m.end() });
  }
  return out;
}
