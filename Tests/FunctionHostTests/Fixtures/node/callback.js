// A callback-style (three-argument) CommonJS hook.
exports.handler = function (event, context, callback) {
  setTimeout(() => {
    if (event.action === 'fail') callback(new Error('callback failure'));
    else callback(null, { kind: 'callback', remaining: context.getRemainingTimeInMillis(), echo: event.value });
  }, 5);
};
