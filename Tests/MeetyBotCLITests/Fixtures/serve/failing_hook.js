// A code hook that fails on request, for meety-bot serve's DependencyFailedException tests: the
// session attribute `mode` says how (explode: it throws; garbage: it answers something that is not
// a Lex V2 response; dawdle: it answers after 5 s, past the server's --timeout). Otherwise it
// delegates, so the bot's configured flow goes on.
exports.handler = async (event) => {
  const mode = (event.sessionState.sessionAttributes || {}).mode;
  if (mode === 'explode') throw new Error('the booking service is down');
  if (mode === 'garbage') return { nonsense: true };
  if (mode === 'dawdle') await new Promise((resolve) => setTimeout(resolve, 5000));
  return { sessionState: { dialogAction: { type: 'Delegate' }, intent: event.sessionState.intent } };
};
