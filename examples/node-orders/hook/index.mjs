// CoffeeBot's code hook: an ordinary Lambda handler for the Lex V2 event (message version 1.0).
// meety-bot runs it unchanged through the Lambda Runtime API; on AWS it is the function behind the
// bot alias. The dialog hook checks each answer and asks again with a reason; the fulfillment hook
// prices the order and numbers it within the session (session attributes).

import { OPENING, LEAD_MINUTES, MAX_DRINKS, price, plural, hhmm, minutesOf } from './menu.mjs';

export const handler = async (event) => {
  const intent = event.sessionState.intent;
  if (intent.name !== 'OrderDrink') {
    return respond(event, { type: 'Delegate' }, intent);
  }
  return event.invocationSource === 'FulfillmentCodeHook' ? fulfill(event, intent) : dialog(event, intent);
};

/** The first answer that cannot be served is cleared and asked again; otherwise Lex goes on. */
function dialog(event, intent) {
  const slots = intent.slots;
  const attributes = event.sessionState.sessionAttributes ?? {};
  const next = event.proposedNextState?.dialogAction;
  if (!slots.Drink && attributes.lastDrink && next?.slotToElicit === 'Drink') {
    const reminder = `Last time you had a ${attributes.lastDrink}.`;
    return elicit(event, intent, 'Drink', `Which drink would you like? ${reminder}`);
  }
  const quantity = value(slots.Quantity);
  if (quantity !== undefined) {
    const count = Number(quantity);
    if (!Number.isInteger(count) || count < 1 || count > MAX_DRINKS) {
      const reason = `Sorry, we make 1 to ${MAX_DRINKS} drinks per order, not ${quantity}.`;
      return elicit(event, intent, 'Quantity', `${reason} How many would you like?`);
    }
  }
  if (value(slots.Drink) === 'espresso' && value(slots.Size) === 'large') {
    return elicit(event, intent, 'Size', 'An espresso comes small or medium. What size would you like?');
  }
  const heard = slots.PickupTime?.value;
  if (heard && !heard.interpretedValue && (heard.resolvedValues ?? []).length > 1) {
    // "at 3": Lex cannot tell 03:00 from 15:00, but only one of them is within opening hours.
    const open = heard.resolvedValues.filter((time) => isOpen(minutesOf(time)));
    if (open.length === 1) {
      slots.PickupTime = {
        value: { originalValue: heard.originalValue, interpretedValue: open[0], resolvedValues: [open[0]] },
      };
      return respond(event, { type: 'Delegate' }, intent);
    }
  }
  const pickup = value(slots.PickupTime);
  if (pickup !== undefined) {
    const minutes = minutesOf(pickup);
    if (!isOpen(minutes)) {
      const hours = `${hhmm(OPENING.open)} to ${hhmm(OPENING.close)}`;
      return elicit(event, intent, 'PickupTime', `Sorry, we are open from ${hours}. When will you pick it up?`);
    }
    const earliest = nowMinutes() + LEAD_MINUTES;
    if (minutes < earliest) {
      const reason = `Sorry, we need ${LEAD_MINUTES} minutes to make it: the earliest pickup is ${hhmm(earliest)}.`;
      return elicit(event, intent, 'PickupTime', `${reason} When will you pick it up?`);
    }
  }
  return respond(event, { type: 'Delegate' }, intent);
}

/** Prices the order, gives it the session's next order number and remembers the drink. */
function fulfill(event, intent) {
  const slots = intent.slots;
  const drink = value(slots.Drink);
  const size = value(slots.Size);
  const count = Number(value(slots.Quantity));
  const attributes = { ...(event.sessionState.sessionAttributes ?? {}) };
  const number = Number(attributes.ordersPlaced ?? '0') + 1;
  attributes.ordersPlaced = String(number);
  attributes.lastDrink = drink;
  const cents = price(drink, size) * count;
  const total = `$${(cents / 100).toFixed(2)}`;
  const order = `${count} ${size} ${plural(drink, count)}, ready at ${value(slots.PickupTime)}`;
  const message = `Order ${number}: ${order}. That's ${total}, please pay at pickup.`;
  return respond(event, { type: 'Close' }, { ...intent, state: 'Fulfilled' }, message, attributes);
}

function elicit(event, intent, slot, message) {
  const slots = { ...intent.slots, [slot]: null };
  const cleared = { ...intent, state: 'InProgress', confirmationState: 'None', slots };
  return respond(event, { type: 'ElicitSlot', slotToElicit: slot }, cleared, message);
}

function respond(event, dialogAction, intent, message, sessionAttributes = event.sessionState.sessionAttributes) {
  const response = { sessionState: { dialogAction, intent, sessionAttributes: sessionAttributes ?? {} } };
  if (message) response.messages = [{ contentType: 'PlainText', content: message }];
  return response;
}

function value(slot) {
  return slot?.value?.interpretedValue;
}

function isOpen(minutes) {
  return minutes >= OPENING.open && minutes < OPENING.close;
}

/** The function's clock: meety-bot sets it to the script's `now` (TZ is UTC unless told otherwise). */
function nowMinutes() {
  const now = new Date();
  return now.getHours() * 60 + now.getMinutes();
}
