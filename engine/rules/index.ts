/** The rule registry: every rule the engine runs, in reporting order. */
import type { Rule } from '../rule';
import numberingDuplicate from './numbering-duplicate';
import numberingGap from './numbering-gap';
import numberingInline from './numbering-inline';
import numberingLevel from './numbering-level';
import numberingMixedStyle from './numbering-mixed-style';
import numberingOrder from './numbering-order';
import numberingPunctuation from './numbering-punctuation';
import numberingStart from './numbering-start';
import placeholder from './placeholder';
import sectionMissing from './section-missing';
import sectionOrder from './section-order';
import sectionType from './section-type';
import residue from './residue';
import duplicateText from './duplicate-text';
import figureMismatch from './figure-mismatch';
import dateStyle from './date-style';
import latinInCjk from './latin-in-cjk';
import aiResidue from './ai-residue';
import markdownArtifact from './markdown-artifact';
import punctuationWidth from './punctuation-width';
import staleYear from './stale-year';
import staleUnit from './stale-unit';

export const RULES: readonly Rule[] = [
  numberingGap,
  numberingDuplicate,
  numberingOrder,
  numberingStart,
  numberingInline,
  numberingPunctuation,
  numberingMixedStyle,
  numberingLevel,
  placeholder,
  sectionMissing,
  sectionOrder,
  sectionType,
  residue,
  aiResidue,
  markdownArtifact,
  duplicateText,
  figureMismatch,
  staleYear,
  staleUnit,
  dateStyle,
  latinInCjk,
  punctuationWidth,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
