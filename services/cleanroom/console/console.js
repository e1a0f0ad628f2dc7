// The audit console's script (a browser module, served as a file: CSP allows scripts from 'self'
// only). It signs in with a token or client credentials, then reads the API like any other client.
// Everything shown is built with DOM nodes and textContent — event details are data, never markup.

const state = {
  token: '',
  principal: null,
  agreements: [],
  cursor: null,
  filters: {},
  checkpoint: null,
  /** Organisation names by id, for display. */
  names: new Map(),
};

/** Set while sign-out clears the filter form, so the reset does not reload events. */
let signingOut = false;

const $ = (id) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el;
};

/** h('td', { class: 'x' }, 'text', node, …) */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function announce(message) {
  $('status').textContent = message;
}

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `request failed (${status})`);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, { raw = false } = {}) {
  const res = await fetch(path, { headers: { Authorization: `Bearer ${state.token}`, Accept: raw ? '*/*' : 'application/json' } });
  if (res.status === 401) {
    signOut('Your session has expired or the token is not valid. Sign in again.');
    throw new ApiError(401, null);
  }
  if (!res.ok) {
    let problem = null;
    try {
      problem = await res.json();
    } catch {
      // not problem+json
    }
    throw new ApiError(res.status, problem);
  }
  return raw ? res : res.json();
}

/** The token's claims, for display only (the service verifies the token on every request). */
function claimsOf(token) {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

// ---- Sign in / out ---------------------------------------------------------------------------------

async function signInWithToken(token) {
  state.token = token.trim();
  const claims = claimsOf(state.token);
  if (!claims || typeof claims.org !== 'string') {
    state.token = '';
    throw new Error('That is not an access token from this service.');
  }
  await api('/v1/agreements');
  state.principal = { org: claims.org, role: claims.role, exp: claims.exp };
  const me = await api(`/v1/organizations/${claims.org}`).catch(() => null);
  if (me?.name) state.names.set(claims.org, me.name);
  $('who').textContent = `Signed in as ${claims.role} ${me?.name ? `${me.name} (${claims.org})` : claims.org}`;
  $('session').hidden = false;
  $('sign-in').hidden = true;
  // Chain verification and export are for auditors (and the operator); parties see their timeline.
  const auditorView = claims.role === 'auditor' || claims.role === 'admin';
  $('chain').hidden = !auditorView;
  $('export-block').hidden = !auditorView;
  $('app').hidden = false;
  $('main').focus();
  announce(`Signed in as ${claims.role}. Loading…`);
  await Promise.all([auditorView ? loadChain() : null, loadAgreements(), loadActions()]);
  await loadEvents(true);
  announce('Console loaded.');
}

async function tokenFromCredentials(clientId, clientSecret) {
  const res = await fetch('/v1/oauth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!res.ok) {
    const problem = await res.json().catch(() => null);
    throw new Error(problem?.detail ?? 'Sign-in failed: check the client id and secret.');
  }
  return (await res.json()).access_token;
}

function signOut(message = 'Signed out.') {
  Object.assign(state, { token: '', principal: null, agreements: [], cursor: null, checkpoint: null, names: new Map(), filters: {} });
  signingOut = true;
  $('filters').reset();
  signingOut = false;
  $('record').hidden = true;
  $('timeline-summary').textContent = '';
  $('app').hidden = true;
  $('session').hidden = true;
  $('sign-in').hidden = false;
  $('token').value = '';
  $('client-secret').value = '';
  $('events').tBodies[0].replaceChildren();
  $('agreements').tBodies[0].replaceChildren();
  announce(message);
  $('client-id').focus();
}

// ---- Chain status ----------------------------------------------------------------------------------

const short = (hex) => (hex ? `${hex.slice(0, 12)}…${hex.slice(-6)}` : '');

async function loadChain() {
  const box = $('chain-status');
  box.setAttribute('aria-busy', 'true');
  try {
    const v = await api('/v1/audit/verify');
    state.checkpoint = v.checkpoint;
    $('download-checkpoint').disabled = !v.checkpoint;
    const list = h(
      'dl',
      { class: 'facts' },
      // An auditor's figures cover its agreements only (the whole chain is still recomputed).
      h('dt', { text: v.scope === 'global' ? 'Events checked' : 'Events of your agreements' }),
      h('dd', { text: v.length.toLocaleString('en') }),
      h('dt', { text: v.scope === 'global' ? 'Head' : 'Last event of your agreements' }),
      h('dd', {}, `seq ${v.headSeq} · `, h('code', { title: v.headHash, text: short(v.headHash) })),
    );
    if (v.checkpoint) {
      const cp = v.checkpoint.payload;
      list.append(
        h('dt', { text: 'Latest signed checkpoint' }),
        h('dd', {}, `seq ${cp.seq}, ${new Date(cp.time).toUTCString()}, key `, h('code', { text: v.checkpoint.kid.slice(0, 12) + '…' })),
        h('dt', { text: 'Agreement heads signed' }),
        h('dd', { text: cp.agreements.length ? cp.agreements.map((a) => `${a.agreementId} (#${a.seq})`).join(', ') : 'none' }),
      );
    }
    box.replaceChildren(
      v.ok
        ? h('p', { class: 'chain-ok' }, h('span', { class: 'badge ok', text: 'Intact' }), ' Every event recomputes and links to the one before it.')
        : h('p', { class: 'chain-broken', role: 'alert' }, h('span', { class: 'badge deny', text: 'Broken' }), ` The chain breaks${v.firstBrokenSeq === undefined ? '' : ` at seq ${v.firstBrokenSeq}`} (${v.reason}). No checkpoint was signed.`),
      list,
    );
  } catch (err) {
    box.replaceChildren(h('p', { class: 'error', text: err instanceof ApiError && err.status === 403 ? 'Chain verification is for auditors.' : `Could not verify: ${err.message}` }));
  } finally {
    box.setAttribute('aria-busy', 'false');
  }
}

// ---- Agreements ------------------------------------------------------------------------------------

function daysUntil(iso) {
  if (!iso) return null;
  return Math.ceil((Date.parse(iso) - Date.now()) / 86_400_000);
}

function expiryText(a) {
  const days = daysUntil(a.validUntil);
  if (days === null) return '—';
  if (a.state === 'expired' || days <= 0) return days <= 0 ? `expired ${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'} ago` : 'expired';
  return `in ${days} day${days === 1 ? '' : 's'}`;
}

function budgetGauge(b, names) {
  const spent = Number(b.epsilonSpent.toFixed(3));
  const label = `${names(b.recipient)} on ${names(b.protectedParty)}'s data: ε ${spent} of ${b.epsilonBudget} spent, ${Number(b.epsilonLeft.toFixed(3))} left (${b.releases} releases)`;
  return h(
    'div',
    { class: 'gauge' },
    h('meter', { min: 0, max: b.epsilonBudget, low: b.epsilonBudget * 0.5, high: b.epsilonBudget * 0.8, optimum: 0, value: b.epsilonSpent, 'aria-label': label, title: label }),
    h('span', { class: 'gauge-text', text: `→ ${names(b.recipient)}: ${spent} / ${b.epsilonBudget} (left ${Number(b.epsilonLeft.toFixed(3))})` }),
  );
}

async function loadAgreements() {
  const { agreements } = await api('/v1/agreements');
  const full = await Promise.all(agreements.map((a) => api(`/v1/agreements/${a.id}`).catch(() => ({ ...a, budgets: [] }))));
  state.agreements = full;
  const orgs = [...new Set(full.flatMap((a) => [a.brand, a.partner, ...a.auditors]))].filter((id) => !state.names.has(id));
  await Promise.all(
    orgs.map((id) =>
      api(`/v1/organizations/${id}`)
        .then((o) => state.names.set(id, o.name))
        .catch(() => undefined),
    ),
  );
  const shortId = (id) => state.names.get(id) ?? (id ? `${id.slice(0, 10)}…` : '');
  const body = $('agreements').tBodies[0];
  body.replaceChildren(
    ...full.map((a) =>
      h(
        'tr',
        { class: `state-${a.state}` },
        h('th', { scope: 'row' }, h('code', { text: a.id })),
        h('td', {}, h('span', { class: `badge ${a.state}`, text: a.state })),
        h('td', { text: a.activeVersion ? `v${a.activeVersion}${a.pendingVersion ? ` (v${a.pendingVersion} pending)` : ''}` : a.pendingVersion ? `v${a.pendingVersion} pending` : '—' }),
        h('td', {}, a.budgets.length ? a.budgets.map((b) => budgetGauge(b, shortId)) : '—'),
        h('td', { text: expiryText(a) }),
        h(
          'td',
          { class: 'row-actions' },
          h('button', { type: 'button', onclick: () => showAgreementEvents(a.id), 'aria-label': `Show events of ${a.id}`, text: 'Events' }),
          h('button', { type: 'button', onclick: () => showRecord(a.id), 'aria-label': `Record of processing of ${a.id}`, text: 'Record' }),
        ),
      ),
    ),
  );
  $('agreements-empty').hidden = full.length > 0;
  const select = $('f-agreement');
  select.replaceChildren(h('option', { value: '', text: 'All agreements' }), ...full.map((a) => h('option', { value: a.id, text: `${a.id} (${a.state})` })));
}

async function showAgreementEvents(id) {
  $('f-agreement').value = id;
  await applyFilters();
  $('timeline-title').scrollIntoView({ block: 'start' });
}

async function showRecord(id) {
  const section = $('record');
  try {
    const r = await api(`/v1/agreements/${id}/record-of-processing`);
    const row = (term, ...desc) => [h('dt', { text: term }), h('dd', {}, ...desc)];
    const names = (list) => list.map((p) => `${p.name} (${p.orgId})`).join(', ') || '—';
    $('record-body').replaceChildren(
      h(
        'dl',
        { class: 'facts' },
        row('Agreement', h('code', { text: r.agreementId }), ` — ${r.state}, version ${r.version} (${r.versionStatus})`),
        row('Purpose', r.purpose),
        row('Controllers', names(r.controllers)),
        row('Processor', r.processor),
        row('Auditors', names(r.auditors)),
        row('Data subjects', r.dataSubjects.join('; ')),
        row('Categories of data', h('ul', {}, r.dataCategories.map((c) => h('li', { text: `${c.category}: ${c.fields.join(', ') || '—'}` })))),
        row('Recipients', h('ul', {}, r.recipients.map((x) => h('li', { text: `${x.name}: ${x.receives}` })))),
        row('Retention', `${r.retention.retentionDays} days; valid until ${r.retention.validUntil}. ${r.retention.onEnd}`),
        row(
          'Security measures',
          h(
            'ul',
            {},
            h('li', { text: r.securityMeasures.identifierHashing }),
            h('li', { text: r.securityMeasures.rekeying }),
            h('li', { text: `${r.securityMeasures.mechanism}, ε ${r.securityMeasures.epsilonPerRelease} per release, budget ε ${r.securityMeasures.epsilonBudget} at δ ${r.securityMeasures.delta}; k = ${r.securityMeasures.minCohort}` }),
            r.securityMeasures.other.map((m) => h('li', { text: m })),
          ),
        ),
        row('Dates', `created ${r.dates.createdAt}; approved ${r.dates.approvedAt ?? '—'}; state since ${r.dates.stateChangedAt}`),
      ),
    );
    section.hidden = false;
    $('record-title').focus();
  } catch (err) {
    announce(`Could not load the record of processing: ${err.message}`);
  }
}

// ---- Timeline --------------------------------------------------------------------------------------

async function loadActions() {
  try {
    const doc = await (await fetch('/openapi.json')).json();
    const actions = doc?.components?.schemas?.AuditAction?.enum ?? [];
    $('f-action').replaceChildren(h('option', { value: '', text: 'All actions' }), ...actions.map((a) => h('option', { value: a, text: a })));
  } catch {
    // The filter still works with "All actions".
  }
}

function readFilters() {
  const form = $('filters');
  const data = new FormData(form);
  const out = {};
  for (const [k, v] of data.entries()) {
    const value = String(v).trim();
    if (!value) continue;
    out[k] = k === 'from' || k === 'to' ? new Date(value).toISOString() : value;
  }
  return out;
}

function suppressedCells(e) {
  const n = e.detail?.release?.suppressedCells ?? e.detail?.suppressedCells;
  return typeof n === 'number' && n > 0 ? n : 0;
}

function detailCell(e) {
  // The other party's event, as the disclosure gate shows it to a party: that it happened, not what it held.
  if (e.elided) return h('td', { class: 'detail elided', text: "the other party's — detail withheld" });
  const entries = Object.entries(e.detail ?? {});
  if (entries.length === 0) return h('td', { class: 'detail', text: '—' });
  const rule = e.detail.rule ?? e.detail.reasons?.[0]?.code;
  const summary = rule ? `rule: ${rule}` : entries.slice(0, 2).map(([k, v]) => `${k}: ${typeof v === 'object' ? '…' : String(v)}`).join(', ');
  return h('td', { class: 'detail' }, h('details', {}, h('summary', { text: summary }), h('pre', { text: JSON.stringify(e.detail, null, 2) })));
}

function actorCell(orgId) {
  const name = state.names.get(orgId);
  return name ? h('span', { title: orgId }, name, h('br'), h('code', { class: 'small', text: orgId })) : h('code', { text: orgId });
}

function eventRow(e) {
  const denied = e.decision === 'deny';
  const suppressed = suppressedCells(e);
  const classes = [denied ? 'deny' : '', suppressed ? 'suppressed' : ''].filter(Boolean).join(' ');
  return h(
    'tr',
    { class: classes || undefined, 'data-seq': e.seq },
    h('td', { class: 'num', text: e.seq }),
    h('td', {}, h('time', { datetime: e.at, text: e.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z') })),
    h('td', {}, h('code', { text: e.action }), suppressed ? h('span', { class: 'badge suppressed', text: `Suppressed ${suppressed}` }) : null),
    h('td', {}, denied ? h('span', { class: 'badge deny', text: 'Denied' }) : e.decision === 'allow' ? h('span', { class: 'badge ok', text: 'Allowed' }) : '—'),
    h('td', {}, e.actorOrg ? actorCell(e.actorOrg) : e.actorRole ?? '—'),
    h('td', {}, e.agreementId ? h('code', { text: e.agreementId }) : '—'),
    detailCell(e),
  );
}

async function loadEvents(reset) {
  const body = $('events').tBodies[0];
  if (reset) {
    state.cursor = null;
    body.replaceChildren();
  }
  const params = new URLSearchParams({ ...state.filters, limit: '100' });
  if (state.cursor) params.set('cursor', state.cursor);
  $('events').setAttribute('aria-busy', 'true');
  try {
    const page = await api(`/v1/audit/events?${params}`);
    body.append(...page.events.map(eventRow));
    state.cursor = page.nextCursor;
    $('more').hidden = !page.nextCursor;
    const shown = body.rows.length;
    const denials = body.querySelectorAll('tr.deny').length;
    const suppressions = body.querySelectorAll('tr.suppressed').length;
    $('timeline-summary').textContent = `${shown} event${shown === 1 ? '' : 's'} shown${page.nextCursor ? ' (more available)' : ''}: ${denials} denied, ${suppressions} with suppressed cells.`;
  } catch (err) {
    $('timeline-summary').textContent = `Could not load events: ${err.problem?.errors?.map((x) => x.message).join('; ') ?? err.message}`;
  } finally {
    $('events').setAttribute('aria-busy', 'false');
  }
}

async function applyFilters() {
  state.filters = readFilters();
  await loadEvents(true);
}

// ---- Downloads -------------------------------------------------------------------------------------

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportAs(format) {
  announce(`Preparing the ${format.toUpperCase()} export…`);
  try {
    // A fresh checkpoint first; the export ends exactly at its head so the two verify together.
    await loadChain();
    if (!state.checkpoint) throw new Error('no checkpoint: the chain did not verify');
    const seq = state.checkpoint.payload.seq;
    const params = new URLSearchParams({ ...state.filters, format, through: String(seq) });
    const res = await api(`/v1/audit/export?${params}`, { raw: true });
    const base = `audit-${state.filters.agreementId ?? 'all'}-through-${seq}`;
    download(await res.blob(), `${base}.${format}`);
    download(new Blob([state.checkpoint.jws + '\n'], { type: 'application/jose' }), `${base}.${format}.jws`);
    announce(`Exported through seq ${seq} with its checkpoint.`);
  } catch (err) {
    announce(`Export failed: ${err.message}`);
  }
}

// ---- Wiring ----------------------------------------------------------------------------------------

function wire() {
  const fail = (err) => {
    $('sign-in-error').textContent = err instanceof ApiError && err.status === 401 ? 'The token was refused.' : err.message;
  };
  $('token-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    $('sign-in-error').textContent = '';
    const token = $('token').value;
    if (!token.trim()) return fail(new Error('Paste a token first.'));
    signInWithToken(token).catch(fail);
  });
  $('credentials-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    $('sign-in-error').textContent = '';
    const id = $('client-id').value.trim();
    const secret = $('client-secret').value;
    if (!id || !secret) return fail(new Error('Enter the client id and the client secret.'));
    tokenFromCredentials(id, secret)
      .then((token) => signInWithToken(token))
      .catch(fail);
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    applyFilters().catch((err) => announce(err.message));
  });
  $('filters').addEventListener('reset', () => {
    if (signingOut) return;
    setTimeout(() => applyFilters().catch((err) => announce(err.message)), 0);
  });
  $('more').addEventListener('click', () => loadEvents(false));
  $('verify').addEventListener('click', () => loadChain());
  $('download-checkpoint').addEventListener('click', () => {
    if (state.checkpoint) download(new Blob([state.checkpoint.jws + '\n'], { type: 'application/jose' }), `checkpoint-${state.checkpoint.payload.seq}.jws`);
  });
  $('download-jwks').addEventListener('click', async () => {
    const jwks = await (await fetch('/.well-known/jwks.json')).blob();
    download(jwks, 'jwks.json');
  });
  $('export-ndjson').addEventListener('click', () => exportAs('ndjson'));
  $('export-csv').addEventListener('click', () => exportAs('csv'));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
else wire();
