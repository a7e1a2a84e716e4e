// RoomBot's code hook in Node.js (node:hooks/roombot.js), the same behaviour as hooks/roombot.py:
// room beta is taken, fulfillment counts the session's bookings, Today tells the hook's date, and a
// Ping that is not "fine" fails.
console.log('roombot.js loaded in process', process.pid);

const close = (event, text, attributes) => {
  const sessionState = {
    dialogAction: { type: 'Close' },
    intent: { ...event.sessionState.intent, state: 'Fulfilled' },
  };
  if (attributes !== undefined) sessionState.sessionAttributes = attributes;
  return { sessionState, messages: [{ contentType: 'PlainText', content: text }] };
};

const room = (event) => {
  const slot = (event.sessionState.intent.slots || {}).Room;
  return slot && slot.value ? slot.value.interpretedValue : undefined;
};

const book = (event) => {
  const intent = event.sessionState.intent;
  if (event.invocationSource === 'DialogCodeHook') {
    if (room(event) === 'beta') {
      return {
        sessionState: {
          dialogAction: { type: 'ElicitSlot', slotToElicit: 'Room' },
          intent: { ...intent, slots: { ...intent.slots, Room: null } },
        },
        messages: [{ contentType: 'PlainText', content: 'Room beta is taken. Which other room?' }],
      };
    }
    return { sessionState: { dialogAction: { type: 'Delegate' }, intent } };
  }
  const attributes = { ...(event.sessionState.sessionAttributes || {}) };
  const count = Number(attributes.bookings || '0') + 1;
  attributes.bookings = String(count);
  return close(event, `Room ${room(event)} is yours (booking ${count} of this session).`, attributes);
};

exports.handler = async (event) => {
  const name = event.sessionState.intent.name;
  console.log('roombot.js', event.invocationSource, name, 'in process', process.pid);
  if (name === 'BookRoom') return book(event);
  if (name === 'Today') return close(event, `Today is ${new Date().toISOString().slice(0, 10)}.`);
  const kind = event.sessionState.intent.slots.Kind.value.interpretedValue;
  if (kind === 'fail') throw new TypeError('the room service is down');
  return close(event, 'pong');
};
