// What the token verifier refuses although the signature is good: tokens revoked by `jti` and every
// token of a disabled organisation. Kept in memory so that a check costs a map lookup on every
// request (the verified-token cache included); the table behind it (store/credentials.ts) is the
// truth, reloaded at start and every few seconds so that other instances' changes arrive too, and
// changed at once by this instance's own operations.
import type { Principal } from './tokens.js';

export interface RevocationSnapshot {
  readonly disabledOrgs: readonly string[];
  /** Revoked token ids with the time after which no token bearing them can still be valid. */
  readonly revokedTokens: readonly { readonly jti: string; readonly forgetAfter: Date }[];
}

export class RevocationList {
  private disabled = new Set<string>();
  private revoked = new Map<string, number>();
  /** Counts this instance's own changes, so that a reload read before one cannot undo it. */
  private changes = 0;

  /** Whether a token for `principal` must be refused now. */
  refuses(principal: Pick<Principal, 'orgId' | 'tokenId'>): boolean {
    if (this.disabled.has(principal.orgId)) return true;
    const until = this.revoked.get(principal.tokenId);
    return until !== undefined && until > Date.now();
  }

  disable(orgId: string): void {
    this.changes++;
    this.disabled.add(orgId);
  }

  enable(orgId: string): void {
    this.changes++;
    this.disabled.delete(orgId);
  }

  revoke(jti: string, forgetAfter: Date): void {
    this.changes++;
    this.revoked.set(jti, forgetAfter.getTime());
  }

  /** Call before reading a snapshot; pass the mark to `load`. */
  mark(): number {
    return this.changes;
  }

  /**
   * Replaces everything with what the table holds, unless this instance changed something since
   * `mark` (the snapshot may predate it; the next reload brings it). Returns whether it replaced.
   */
  load(snapshot: RevocationSnapshot, mark: number): boolean {
    if (mark !== this.changes) return false;
    this.disabled = new Set(snapshot.disabledOrgs);
    this.revoked = new Map(snapshot.revokedTokens.map((t) => [t.jti, t.forgetAfter.getTime()]));
    return true;
  }
}
