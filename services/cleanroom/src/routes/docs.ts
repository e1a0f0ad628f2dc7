// GET /openapi.json and GET /docs — the contract and a self-contained reference page made from it
// (no external scripts: the service runs without outside network).
import type { Router } from 'express';
import { buildOpenApiDocument } from '@cleanroom/contracts';

interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  parameters?: { name: string; in: string; schema?: unknown }[];
}

export function mountDocs(router: Router): void {
  const document = buildOpenApiDocument();
  const json = JSON.stringify(document);
  const page = renderReference(document as unknown as { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, OpenApiOperation>> });
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').setHeader('Cache-Control', 'no-cache');
    res.send(json);
  });
  router.get('/docs', (_req, res) => {
    res.type('text/html').send(page);
  });
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function renderReference(doc: { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, OpenApiOperation>> }): string {
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const id = op.operationId ?? `${method}-${path}`;
      const body = op.requestBody?.content
        ? Object.entries(op.requestBody.content)
            .map(([ct, m]) => `<h4>Request body <code>${esc(ct)}</code></h4><pre>${esc(JSON.stringify(m.schema, null, 2))}</pre>`)
            .join('')
        : '';
      const params = (op.parameters ?? []).map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)})</li>`).join('');
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => {
          const content = Object.entries(r.content ?? {})
            .map(([ct, m]) => `<details><summary><code>${esc(ct)}</code></summary><pre>${esc(JSON.stringify(m.schema, null, 2))}</pre></details>`)
            .join('');
          return `<li><strong>${esc(status)}</strong> ${esc(r.description ?? '')}${content}</li>`;
        })
        .join('');
      sections.push(
        `<section id="${esc(id)}"><h3><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>` +
          `<p>${esc(op.summary ?? '')}${op.security?.length ? ' <em>(bearer token)</em>' : ''}</p>` +
          (params ? `<h4>Parameters</h4><ul>${params}</ul>` : '') +
          body +
          `<h4>Responses</h4><ul>${responses}</ul></section>`,
      );
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — API reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f}
section{border-top:1px solid #ddd;padding:.5rem 0}.m{display:inline-block;min-width:4rem;font-weight:700;color:#0b5394}
pre{background:#f5f5f7;padding:.75rem;overflow:auto;font-size:13px}code{font-size:.95em}</style></head>
<body><main><h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description ?? '')}</p>
<p>The machine-readable contract: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join('\n')}</main></body></html>`;
}
