// A CommonJS async Node.js hook for the FunctionHost tests.
let invocations = 0;

exports.handler = async (event, context) => {
  invocations += 1;
  const action = event.action || 'echo';
  console.log('hook.cjs handling', action, 'call', invocations);
  if (action === 'fail') throw new TypeError('MeetingDate is not a date');
  if (action === 'reject') return Promise.reject(new RangeError('duration out of range'));
  if (action === 'lex') return { sessionState: { dialogAction: { type: 'Delegate' } } };
  await new Promise((resolve) => setTimeout(resolve, 5));
  return {
    now: new Date().toISOString(),
    remaining: context.getRemainingTimeInMillis(),
    requestId: context.awsRequestId,
    arn: context.invokedFunctionArn,
    functionName: context.functionName,
    functionVersion: context.functionVersion,
    memory: context.memoryLimitInMB,
    logGroup: context.logGroupName,
    logStream: context.logStreamName,
    invocations,
    env: Object.fromEntries((event.env || []).map((key) => [key, process.env[key] ?? null])),
  };
};
