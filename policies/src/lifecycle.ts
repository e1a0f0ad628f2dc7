// The agreement's state machine: draft → proposed → active → (suspended) → revoked | expired.
// Every change of state goes through `transition`; there is no other way to set a state.
export type AgreementState = 'draft' | 'proposed' | 'active' | 'suspended' | 'revoked' | 'expired';

export type AgreementEvent = 'propose' | 'approve' | 'suspend' | 'resume' | 'revoke' | 'expire';

const TRANSITIONS: Readonly<Record<AgreementState, Partial<Record<AgreementEvent, AgreementState>>>> = {
  draft: { propose: 'proposed', revoke: 'revoked', expire: 'expired' },
  proposed: { approve: 'active', revoke: 'revoked', expire: 'expired' },
  // An amendment proposed while active keeps the agreement active under its approved version.
  active: { propose: 'active', approve: 'active', suspend: 'suspended', revoke: 'revoked', expire: 'expired' },
  suspended: { resume: 'active', revoke: 'revoked', expire: 'expired' },
  revoked: {},
  expired: {},
};

export type TransitionResult =
  | { readonly ok: true; readonly state: AgreementState }
  | { readonly ok: false; readonly reason: string };

export function transition(state: AgreementState, event: AgreementEvent): TransitionResult {
  const next = TRANSITIONS[state][event];
  return next ? { ok: true, state: next } : { ok: false, reason: `cannot ${event} an agreement that is ${state}` };
}

export function isTerminal(state: AgreementState): boolean {
  return Object.keys(TRANSITIONS[state]).length === 0;
}
