/** Runs `fn` on a later turn of the event loop: setImmediate in Node, a zero timeout in a Web Worker (which has no setImmediate). */
export function nextTurn(fn: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(fn);
  else setTimeout(fn, 0);
}
