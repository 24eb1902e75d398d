import { lint, warmUpText } from '../../engine';
import { nextTurn } from './next-turn';

/**
 * Lints a made-up report a few times once the server has started, one run per turn of the event
 * loop, so that V8 has optimised the engine before the writer's first edits; a real request waits
 * for one run at most. ZH_REPORT_WARM_UP=0 turns it off (the benchmark compares both).
 */
export function warmUpEngine(runs = 6): void {
  if (typeof process !== 'undefined' && process.env?.['ZH_REPORT_WARM_UP'] === '0') return;
  const text = warmUpText();
  let left = runs;
  const step = (): void => {
    if (left-- <= 0) return;
    lint(text);
    nextTurn(step);
  };
  nextTurn(step);
}
