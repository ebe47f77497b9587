/**
 * The pages a run has handed to the page writer and not yet seen committed. A page that fails stops the run
 * at its next commit or at its end; the pages before it stay committed.
 */
export class PagesInFlight {
  private readonly pending = new Set<Promise<void>>()
  private rows = 0
  private failure: unknown = null

  /**
   * Two pages may wait whatever their size: the main thread maps one while the writer writes the other.
   * Small pages may queue up to `rowLimit` rows, so the writer commits many in one transaction.
   */
  constructor(private readonly rowLimit: number) {}

  add(page: Promise<void>, rows: number): void {
    this.rows += rows
    const tracked: Promise<void> = page
      .then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error
        }
      )
      .finally(() => {
        this.pending.delete(tracked)
        this.rows -= rows
      })
    this.pending.add(tracked)
  }

  /** Waits until another page may be handed over; throws the first failure. */
  async room(): Promise<void> {
    while (this.pending.size >= 2 && this.rows >= this.rowLimit && this.failure === null) await Promise.race(this.pending)
    this.throwIfFailed()
  }

  /** Waits for every page; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.pending)
    this.throwIfFailed()
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure
  }
}
