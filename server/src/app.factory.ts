import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import type { RawServerDefault } from 'fastify';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppDeps, AppModule } from './app.module';
import { ApiExceptionFilter } from './common/exception.filter';
import { createValidationPipe } from './common/validation';
import { completeOpenApi, declaredProduces } from './common/openapi';
import { errorMessage } from './common/error-codes';
import { translateProblems } from './common/field-errors';
import { pickLocale } from './common/locale';
import { findUnstorableText } from './common/storable-text';
import { MAX_UPLOAD_BYTES } from './documents/upload-limit';
import { closeRefusedBodies } from './common/unread-body';
import { registerSecurityHeaders } from './common/security-headers';
import { serveClient } from './web/spa';
import { PinoNestLogger, logDestination } from './common/log';
import { createHttpLogger, logRequests } from './common/request-log';

export { MAX_UPLOAD_BYTES };

/** The whole HTTP application: API under /api, Swagger at /api/docs, and the built client. */
export async function createApp(deps: AppDeps): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: deps.config.trustProxy, bodyLimit: 1024 * 1024, routerOptions: { maxParamLength: 500 }, ...timeouts(deps.config) });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(deps), adapter, { bufferLogs: true });
  // one line a record: JSON in production, readable in development (common/log.ts)
  const log = createHttpLogger(deps.config.logLevel, deps.logStream ?? logDestination(deps.config.env));
  app.useLogger(new PinoNestLogger(log));
  logRequests(app.getHttpAdapter().getInstance(), log);
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  registerSecurityHeaders(app.getHttpAdapter().getInstance(), {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // no inline script: an injected <script> does not run (Swagger UI gets its own policy below)
        scriptSrc: ["'self'"],
        // React's style attributes (e.g. progress bars) need inline styles; styles cannot run code
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  docsPolicy(app);
  await app.register(cookie);
  // one byte over the limit reaches the documents service, which stops the upload right there (413)
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } });
  // a refused upload's connection is closed after the answer, rather than its body read to the end
  closeRefusedBodies(app.getHttpAdapter().getInstance());
  acceptEmptyJson(app);
  refuseUnstorableText(app);

  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'api/docs-json' });
  serveClient(app, deps.config);
  await app.init();
  return app;
}

/** Swagger UI at /api/docs runs an inline init script: that path alone gets a policy allowing it. */
export const DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

function docsPolicy(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (req, reply, payload, done) => {
      if (req.url === '/api/docs' || req.url.startsWith('/api/docs/')) reply.header('Content-Security-Policy', DOCS_CSP);
      done(null, payload);
    });
}

/**
 * A request (headers and body) must arrive within REQUEST_TIMEOUT_MS, or it is answered 408 and
 * its connection closed: a body trickled a byte at a time holds a connection no longer than
 * that. Node checks running requests every
 * `connectionsCheckingInterval`, a quarter of the limit here (30 s by default in Node).
 */
function timeouts(config: AppDeps['config']) {
  const request = config.requestTimeoutMs;
  return {
    requestTimeout: request,
    connectionTimeout: request, // a socket silent this long is closed
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: request > 0 ? { headersTimeout: Math.min(60_000, request), connectionsCheckingInterval: Math.max(100, Math.min(30_000, Math.floor(request / 4))) } : {},
  };
}

/**
 * A string PostgreSQL cannot store (a NUL character, half of a surrogate pair) anywhere in the
 * body, the query or the path is a 400 validation_failed naming the field, before any guard,
 * interceptor or service sees it (the login guard and the idempotency store read bodies before
 * the validation pipe runs).
 */
function refuseUnstorableText(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preValidation', (req, reply, done) => {
    const field = findUnstorableText(req.params ?? {}) ?? findUnstorableText(req.query ?? {}) ?? (req.isMultipart?.() ? null : findUnstorableText(req.body ?? {}));
    if (field === null) return done();
    const locale = pickLocale(req.headers['accept-language']);
    void reply.status(400).send({ statusCode: 400, code: 'validation_failed', message: errorMessage('validation_failed', locale), details: { fields: translateProblems([{ field, code: 'invalid_characters' }], locale) } });
  });
}

/**
 * A POST, PUT or DELETE without a body but with `Content-Type: application/json` (what many HTTP
 * clients send on "publish", "support", "logout" …) has no body: Fastify's JSON parser would
 * refuse it as malformed. Anything else goes to that parser, with its prototype-poisoning checks.
 */
function acceptEmptyJson(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: fastify.initialConfig.bodyLimit }, (req, body, done) => {
    const text = body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    parse(req, text, done);
  });
}

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Sabor API')
    .setDescription('Public consultations, bodies and meetings, feedback forms. The contract and its rules are in docs/api.md of the repository; this document is generated from the code.')
    .setVersion('1')
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addBearerAuth()
    .build();
  return completeOpenApi(SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` }), declaredProduces(app));
}
