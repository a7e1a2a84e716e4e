/// The project's own Lambda Runtime API client for Node.js, written to a scratch file and run as
/// `node CLIENT.cjs HANDLER_FILE EXPORT` (the AWS client, `aws-lambda-ric`, is a native npm addon
/// that cannot be installed everywhere meety-bot runs).
///
/// It loads CommonJS (`.js`, `.cjs`) and ES modules (`.mjs`, or `.js` under `"type": "module"`),
/// calls async, promise-returning, synchronous and callback (3-argument) handlers, and gives them
/// Lambda's `context`: `awsRequestId`, `invokedFunctionArn`, `functionName`, `functionVersion`,
/// `memoryLimitInMB`, `logGroupName`, `logStreamName`, `getRemainingTimeInMillis()` (deadline minus
/// `Date.now()`, so it follows the faked clock), `clientContext`, `identity`,
/// `callbackWaitsForEmptyEventLoop` and the legacy `done`/`succeed`/`fail`. Load failures go to
/// `/runtime/init/error` (`Runtime.ImportModuleError`, `Runtime.HandlerNotFound`) and end the
/// process; handler errors go to `/invocation/{id}/error` with `errorType`, `errorMessage` and
/// `stackTrace`; an uncaught exception or unhandled rejection is reported for the invocation in
/// flight and ends the process, as on Lambda. A failed `/next` ends it too.
public enum NodeRuntimeClient {
    /// The file name the host writes the client under.
    public static let fileName = "meety-node-runtime.cjs"

    /// The client's source (CommonJS, no dependencies beyond Node's standard library).
    public static let source = #"""
        'use strict';
        // meety-bot's Lambda Runtime API client for Node.js. Usage: node meety-node-runtime.cjs FILE EXPORT
        const http = require('http');
        const path = require('path');
        const { pathToFileURL } = require('url');

        const [handlerFile, exportName] = process.argv.slice(2);
        const api = process.env.AWS_LAMBDA_RUNTIME_API || '';
        const colon = api.lastIndexOf(':');
        const apiHost = api.slice(0, colon);
        const apiPort = Number(api.slice(colon + 1));
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        let currentRequestId = null;

        function call(method, urlPath, body, headers) {
          return new Promise((resolve, reject) => {
            const request = http.request(
              { host: apiHost, port: apiPort, method, path: '/2018-06-01' + urlPath, agent, headers: headers || {} },
              (response) => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('end', () =>
                  resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
                response.on('error', reject);
              });
            request.on('error', reject);
            if (body !== undefined) request.write(body);
            request.end();
          });
        }

        function errorReport(error) {
          const isError = error instanceof Error;
          const stack = isError && typeof error.stack === 'string' ? error.stack.split('\n') : [];
          return {
            errorType: isError ? error.name : typeof error,
            errorMessage: isError ? error.message : String(error),
            stackTrace: stack,
          };
        }

        function typedError(name, message, cause) {
          const error = new Error(message + (cause && cause.message ? ': ' + cause.message : ''));
          error.name = name;
          if (cause && cause.stack) error.stack = error.name + ': ' + error.message + '\n' + cause.stack;
          return error;
        }

        async function postError(urlPath, error, errorType) {
          const report = errorReport(error);
          const body = JSON.stringify(report);
          await call('POST', urlPath, body, {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            'Lambda-Runtime-Function-Error-Type': errorType || report.errorType,
          });
        }

        async function loadHandler() {
          const file = path.resolve(handlerFile);
          const extension = path.extname(file);
          let loaded;
          try {
            if (extension === '.mjs') {
              loaded = await import(pathToFileURL(file).href);
            } else {
              try {
                loaded = require(file);
              } catch (error) {
                if (error && error.code === 'ERR_REQUIRE_ESM') loaded = await import(pathToFileURL(file).href);
                else throw error;
              }
            }
          } catch (error) {
            throw typedError('Runtime.ImportModuleError', "Cannot load module '" + path.basename(file) + "'", error);
          }
          const find = (root) => exportName.split('.').reduce((value, key) => (value == null ? undefined : value[key]), root);
          let handler = find(loaded);
          if (typeof handler !== 'function' && loaded && loaded.default) handler = find(loaded.default);
          if (typeof handler !== 'function') {
            throw typedError('Runtime.HandlerNotFound',
              path.basename(file, extension) + '.' + exportName + ' is undefined or not exported');
          }
          return handler;
        }

        function parseHeader(value) {
          if (value === undefined) return undefined;
          return JSON.parse(value);
        }

        function makeContext(headers, finish) {
          const deadline = Number(headers['lambda-runtime-deadline-ms']);
          const env = process.env;
          return {
            awsRequestId: headers['lambda-runtime-aws-request-id'],
            invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
            functionName: env.AWS_LAMBDA_FUNCTION_NAME,
            functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
            memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
            logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
            logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
            clientContext: parseHeader(headers['lambda-runtime-client-context']),
            identity: parseHeader(headers['lambda-runtime-cognito-identity']),
            tenantId: headers['lambda-runtime-aws-tenant-id'],
            callbackWaitsForEmptyEventLoop: true,
            getRemainingTimeInMillis: () => deadline - Date.now(),
            done: (error, result) => finish(error, result),
            succeed: (result) => finish(null, result),
            fail: (error) => finish(error === undefined || error === null ? new Error('handled') : error),
          };
        }

        function run(handler, event, headers) {
          return new Promise((resolve, reject) => {
            let settled = false;
            const finish = (error, result) => {
              if (settled) return;
              settled = true;
              if (error !== undefined && error !== null) reject(error);
              else resolve(result);
            };
            const context = makeContext(headers, finish);
            let returned;
            try {
              returned = handler(event, context, (error, result) => finish(error, result));
            } catch (error) {
              finish(error);
              return;
            }
            if (returned && typeof returned.then === 'function') {
              returned.then((result) => finish(null, result), (error) => finish(error === undefined ? new Error('undefined') : error));
            } else if (handler.length < 3) {
              finish(null, returned);
            }
          });
        }

        async function fatal(error, errorType) {
          try {
            if (currentRequestId !== null) {
              await postError('/runtime/invocation/' + currentRequestId + '/error', error, errorType);
            }
          } finally {
            console.error(errorType + ': ' + (error && error.stack ? error.stack : String(error)));
            process.exit(1);
          }
        }

        process.on('uncaughtException', (error) => fatal(error, 'Runtime.UncaughtException'));
        process.on('unhandledRejection', (reason) => fatal(reason, 'Runtime.UnhandledPromiseRejection'));

        async function main() {
          let handler;
          try {
            handler = await loadHandler();
          } catch (error) {
            console.error(error.stack || String(error));
            await postError('/runtime/init/error', error, error.name);
            process.exit(1);
          }
          for (;;) {
            const next = await call('GET', '/runtime/invocation/next');
            if (next.status !== 200) throw new Error('the Runtime API answered /next with HTTP ' + next.status);
            const requestId = next.headers['lambda-runtime-aws-request-id'];
            const trace = next.headers['lambda-runtime-trace-id'];
            if (trace === undefined) delete process.env._X_AMZN_TRACE_ID;
            else process.env._X_AMZN_TRACE_ID = trace;
            currentRequestId = requestId;
            const base = '/runtime/invocation/' + requestId;
            try {
              const event = JSON.parse(next.body.toString('utf8'));
              const result = await run(handler, event, next.headers);
              const body = JSON.stringify(result === undefined ? null : result);
              const answer = await call('POST', base + '/response', body, {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
              });
              if (answer.status !== 202) console.error('the Runtime API refused the response: HTTP ' + answer.status);
            } catch (error) {
              await postError(base + '/error', error);
            }
            currentRequestId = null;
          }
        }

        main().catch((error) => {
          console.error('meety node runtime: ' + (error && error.stack ? error.stack : String(error)));
          process.exit(1);
        });

        """#
}
