// tsx test/bench/flood.ts --url URL [--duration 20] [--connections 200] [--addresses 65536]
//
// The wrong-secret flood of `npm run bench:load` (issue 14, done means 2), in a process of its own so
// that its client CPU does not slow the measurement running beside it: `connections` connections
// POST /v1/oauth/token with a random client id and a random secret on every request, each from a
// random loopback address (X-Forwarded-For, which the service believes with CLEANROOM_TRUST_PROXY=1)
// out of `addresses` (127.1.0.0/16 by default: few repeats, so the per-address back-off rarely
// holds a sender back and almost every request is fully checked). Prints one JSON line of figures.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '200' },
    addresses: { type: 'string', default: '65536' },
  },
});
if (!values.url) throw new Error('--url is required');
const ADDRESSES = Math.max(1, Math.min(65536, Number(values.addresses)));

const result = await autocannon({
  url: values.url,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [
    {
      method: 'POST',
      path: '/v1/oauth/token',
      setupRequest: (req) => {
        const n = randomBytes(2).readUInt16BE() % ADDRESSES;
        const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: `cli_${randomBytes(10).toString('hex')}`, client_secret: `crs_${randomBytes(32).toString('base64url')}` }).toString();
        return { ...req, headers: { ...req.headers, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `127.1.${n >> 8}.${n & 255}` }, body };
      },
    },
  ],
});
const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number((s as { count: number | string }).count)]));
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    seconds: +result.duration.toFixed(2),
    rps: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    transportErrors: result.errors,
    timeouts: result.timeouts,
    statuses,
  }) + '\n',
);
