// Admission for uploads (issue 14): at most `limit` run at once, each on a connection of the uploads'
// own pool (service.ts), so slow uploads can never take the connections that insights and token
// issuance need. Past the limit an upload is refused at once (503 with Retry-After) before its body
// is read: queueing it would hold the client's socket and body with nothing to show for it.
export class UploadSlots {
  #inUse = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('the upload limit must be a positive integer');
  }

  get inUse(): number {
    return this.#inUse;
  }

  /** A slot's release function (idempotent), or undefined when every slot is taken. */
  tryAcquire(): (() => void) | undefined {
    if (this.#inUse >= this.limit) return undefined;
    this.#inUse++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inUse--;
    };
  }
}
