/**
 * Coalesces bursts of edits: each document is handled once the burst ends, at its latest version.
 * vscode-jsonrpc hands over one queued message per turn of the event loop, so without waiting a
 * burst of edits (sent while a long document was being linted) would be linted version by
 * version, each lint delaying the next.
 */
import { nextTurn } from './next-turn';

/** A flush waits at most this long for a burst to end. */
const MAX_WAIT_MS = 50;

export class BurstScheduler {
  private readonly pending = new Set<string>();
  /** Changes scheduled so far; a flush waits while this keeps growing. */
  private changesSeen = 0;
  private flushScheduled = false;

  constructor(private readonly flush: (uri: string) => void) {}

  schedule(uri: string): void {
    this.pending.add(uri);
    this.changesSeen++;
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // -1: the first turn never flushes. The message after this one was queued after our callback,
    // so only from the second turn on can a quiet turn mean the queue is empty.
    this.flushWhenQuiet(-1, Date.now());
  }

  /** Drops a document's pending flush (it was closed). */
  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  private flushWhenQuiet(seen: number, since: number): void {
    nextTurn(() => {
      if (this.changesSeen !== seen && Date.now() - since < MAX_WAIT_MS) return this.flushWhenQuiet(this.changesSeen, since);
      this.flushScheduled = false;
      const uris = [...this.pending];
      this.pending.clear();
      for (const u of uris) this.flush(u);
    });
  }
}
