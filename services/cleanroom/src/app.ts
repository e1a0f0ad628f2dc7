// The express application: middleware in order (request id, logging, security headers, body
// parsing with limits), one mounted handler per contract operation, problem+json at the edge.
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { operations } from '@cleanroom/contracts';
import type { ServiceContext } from './context.js';
import { bearerAuthenticator } from './domain/auth.js';
import { mount } from './http/route.js';
import { notFound, problemHandler } from './http/problem.js';
import { bodyDeadline, jsonReviver, verifyForm, verifyJson } from './http/transport.js';
import { newRequestId } from './ids.js';
import {
  amendAgreementHandler,
  approveAgreementHandler,
  getAgreementHandler,
  listAgreementsHandler,
  proposeAgreementHandler,
  revokeAgreementHandler,
} from './routes/agreements.js';
import { listAuditEventsHandler } from './routes/audit-events.js';
import { exportAuditEventsHandler } from './routes/audit-export.js';
import { verifyAuditChainHandler } from './routes/audit-verify.js';
import { mountConsole } from './routes/console.js';
import { getRecordOfProcessingHandler } from './routes/record-of-processing.js';
import { closeAfterUpload, listDatasetsHandler, uploadDatasetHandler } from './routes/datasets.js';
import { contextInsightHandler, explainInsightHandler, overlapInsightHandler } from './routes/insights.js';
import { createOrganizationHandler } from './routes/create-organization.js';
import { disableOrganizationHandler, enableOrganizationHandler, revokeTokenHandler, rotateClientSecretHandler } from './routes/credentials.js';
import { mountDocs } from './routes/docs.js';
import { getJwksHandler } from './routes/get-jwks.js';
import { getOrganizationHandler } from './routes/get-organization.js';
import { healthzHandler, metricsHandler, readyzHandler } from './routes/health.js';
import { issueTokenHandler, tokenRequestGate } from './routes/issue-token.js';
import { putPublicKeyHandler } from './routes/put-public-key.js';

export function createApp(ctx: ServiceContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // CLEANROOM_TRUST_PROXY hops: req.ip is the X-Forwarded-For entry that many hops back (0: the socket's address).
  app.set('trust proxy', ctx.config.trustProxy > 0 ? ctx.config.trustProxy : false);
  app.set('etag', false);

  app.use(requestId);
  // One info line per request. Below info it is left out: pino-http would still build a child logger
  // per request for lines never written (a twelfth of a cached insight's CPU); failures are logged
  // by the problem handler at error level either way.
  if (ctx.logger.isLevelEnabled('info')) {
    app.use(
      pinoHttp({
        logger: ctx.logger,
        genReqId: (_req, res) => res.locals.requestId as string,
        // Never headers (tokens, credentials) or bodies (hashes): method, path, status, time only.
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
          res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        },
        customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
        autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      }),
    );
  }
  app.use(timing(ctx));
  app.use(bodyDeadline(ctx.config));
  // HSTS and upgrade-insecure-requests belong to the TLS terminator in front, not a loopback server.
  app.use(helmet({ strictTransportSecurity: false, contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'upgrade-insecure-requests': null } } }));
  app.use(express.json({ limit: ctx.config.bodyLimitBytes, type: ['application/json', 'application/*+json'], strict: true, verify: verifyJson, reviver: jsonReviver }));
  app.use(express.urlencoded({ limit: ctx.config.bodyLimitBytes, extended: false, parameterLimit: 20, verify: verifyForm }));

  const router = express.Router();
  const authenticate = bearerAuthenticator(ctx);
  mount(router, operations.healthz, authenticate, healthzHandler());
  mount(router, operations.readyz, authenticate, readyzHandler(ctx));
  mount(router, operations.metrics, authenticate, metricsHandler(ctx));
  mount(router, operations.getJwks, authenticate, getJwksHandler(ctx));
  mount(router, operations.issueToken, authenticate, issueTokenHandler(ctx), [tokenRequestGate(ctx)]);
  mount(router, operations.createOrganization, authenticate, createOrganizationHandler(ctx));
  mount(router, operations.getOrganization, authenticate, getOrganizationHandler(ctx));
  mount(router, operations.putPublicKey, authenticate, putPublicKeyHandler(ctx));
  mount(router, operations.rotateClientSecret, authenticate, rotateClientSecretHandler(ctx));
  mount(router, operations.disableOrganization, authenticate, disableOrganizationHandler(ctx));
  mount(router, operations.enableOrganization, authenticate, enableOrganizationHandler(ctx));
  mount(router, operations.revokeToken, authenticate, revokeTokenHandler(ctx));
  mount(router, operations.proposeAgreement, authenticate, proposeAgreementHandler(ctx));
  mount(router, operations.listAgreements, authenticate, listAgreementsHandler(ctx));
  mount(router, operations.getAgreement, authenticate, getAgreementHandler(ctx));
  mount(router, operations.amendAgreement, authenticate, amendAgreementHandler(ctx));
  mount(router, operations.approveAgreement, authenticate, approveAgreementHandler(ctx));
  mount(router, operations.revokeAgreement, authenticate, revokeAgreementHandler(ctx));
  mount(router, operations.uploadDataset, authenticate, uploadDatasetHandler(ctx), [closeAfterUpload]);
  mount(router, operations.listDatasets, authenticate, listDatasetsHandler(ctx));
  mount(router, operations.overlapInsight, authenticate, overlapInsightHandler(ctx));
  mount(router, operations.contextInsight, authenticate, contextInsightHandler(ctx));
  mount(router, operations.explainInsight, authenticate, explainInsightHandler(ctx));
  mount(router, operations.listAuditEvents, authenticate, listAuditEventsHandler(ctx));
  mount(router, operations.exportAuditEvents, authenticate, exportAuditEventsHandler(ctx));
  mount(router, operations.verifyAuditChain, authenticate, verifyAuditChainHandler(ctx));
  mount(router, operations.getRecordOfProcessing, authenticate, getRecordOfProcessingHandler(ctx));
  mountConsole(router);
  mountDocs(router);
  app.use(router);

  app.use(notFound);
  app.use(problemHandler(ctx.logger));
  return app;
}

const requestId: RequestHandler = (_req, res, next) => {
  const id = newRequestId();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};

function timing(ctx: ServiceContext): RequestHandler {
  return (req, res, next) => {
    const end = ctx.metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // The route pattern, never the concrete path (ids would explode the label set).
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ route });
      ctx.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
