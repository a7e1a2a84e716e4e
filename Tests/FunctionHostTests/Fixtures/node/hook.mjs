// An ES module Node.js hook with a named export other than "handler".
let invocations = 0;

export async function bookMeeting(event, context) {
  invocations += 1;
  console.error('hook.mjs on stderr');
  return { kind: 'esm', now: new Date().toISOString(), invocations, requestId: context.awsRequestId };
}
