/** After a failure inside a transaction: make sure nothing of it commits (it may be over already). */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
  tx.done.catch(() => undefined);
}
