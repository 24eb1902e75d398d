/**
 * Precision and recall per category on the reports in test/eval/: each expected finding is a
 * marked span with its rule id; a finding matches an expected one of the same rule on the same
 * line whose span it overlaps. Findings of information or hint severity count only for rules
 * whose every finding is information (punctuation-width); the others' softer findings are advice.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type Finding } from '../../engine';
import { readMarked } from './marked-fixture';
import { ROOT } from './paths';

export const EVAL_DIR = path.join(ROOT, 'test', 'eval');

/** The categories the held-out measurement of issue #18 names, and the rules in each. */
export const EVAL_CATEGORIES: Record<string, (ruleId: string) => boolean> = {
  numbering: (id) => id.startsWith('numbering-'),
  placeholder: (id) => id === 'placeholder',
  section: (id) => id.startsWith('section-'),
  residue: (id) => id === 'residue',
  'ai-residue': (id) => id === 'ai-residue',
  'markdown-artifact': (id) => id === 'markdown-artifact',
  'punctuation-width': (id) => id === 'punctuation-width',
  'duplicate-text': (id) => id === 'duplicate-text',
  'figure-mismatch': (id) => id === 'figure-mismatch',
  'stale-year': (id) => id === 'stale-year',
  'stale-unit': (id) => id === 'stale-unit',
};

/** Warnings and errors; and punctuation-width, whose findings are all information. */
const counted = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning' || f.ruleId === 'punctuation-width';

export interface EvalResult {
  perCategory: Record<string, { truePositives: number; expected: number; reported: number; precision: number; recall: number }>;
  /** Findings of warning or error severity on the clean-* reports. */
  cleanAlarms: string[];
  misses: string[];
  falseAlarms: string[];
  files: number;
}

export function evaluate(): EvalResult {
  const files = fs.readdirSync(EVAL_DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const tally = Object.fromEntries(Object.keys(EVAL_CATEGORIES).map((c) => [c, { truePositives: 0, expected: 0, reported: 0 }]));
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const cleanAlarms: string[] = [];
  for (const file of files) {
    const { text, expected } = readMarked(fs.readFileSync(path.join(EVAL_DIR, file), 'utf8'));
    const findings = lint(text, { markdown: file.endsWith('.md') }).filter(counted);
    if (file.startsWith('clean-')) for (const f of findings) if (f.severity === 'error' || f.severity === 'warning') cleanAlarms.push(`${file}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`);
    const used = new Set<number>();
    for (const [category, inCategory] of Object.entries(EVAL_CATEGORIES)) {
      const want = expected.filter((e) => inCategory(e.label ?? ''));
      const got = findings.filter((f) => inCategory(f.ruleId));
      tally[category]!.expected += want.length;
      tally[category]!.reported += got.length;
      for (const e of want) {
        const k = got.findIndex((f) => !used.has(findings.indexOf(f)) && f.ruleId === e.label && f.range.start.line === e.line && f.range.start.character < e.end && e.start < f.range.end.character);
        if (k >= 0) {
          used.add(findings.indexOf(got[k]!));
          tally[category]!.truePositives++;
        } else misses.push(`${file}:${e.line + 1}:${e.start} ${e.label}`);
      }
      for (const f of got) if (!used.has(findings.indexOf(f))) falseAlarms.push(`${file}:${f.range.start.line + 1}:${f.range.start.character} ${f.ruleId} ${f.message}`);
    }
  }
  const perCategory = Object.fromEntries(
    Object.entries(tally).map(([c, t]) => [c, { ...t, precision: t.reported ? t.truePositives / t.reported : 1, recall: t.expected ? t.truePositives / t.expected : 1 }]),
  );
  return { perCategory, cleanAlarms, misses, falseAlarms, files: files.length };
}
