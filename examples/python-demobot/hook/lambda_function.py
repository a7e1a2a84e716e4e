"""A code hook for JavaLambdaBot, the car dealership demo bot of lomibaod/lexV2Demos (the console export
in Tests/LexModelTests/Fixtures/real-bots/lomibaod-demobot). The export ships without its Lambda; this
is one of our own, written for the export's intents and slots, to show a Python hook running on a
console export:

    meety-bot test --lex Tests/LexModelTests/Fixtures/real-bots/lomibaod-demobot/export \\
        --code-hook python:examples/python-demobot/hook/lambda_function.py examples/python-demobot/conversations

- Hello (fulfillment hook): greets by name and remembers it in the session (`customerName`).
- BookTestDrive (dialog and fulfillment hooks): the dialog hook refuses a make and type the lot does not
  have, a past day, a Sunday and a time outside 09:00-17:00, each with the reason and the slot asked
  again; the fulfillment hook books the drive under the session's next reference (`testDrives`).
- VehicleInventorySearch (fulfillment hook): counts the matching cars in the lot.
- FallbackIntent (fulfillment hook): says what the bot can do.
"""

import datetime

from inventory import LOT, OPEN_HOUR, CLOSE_HOUR, in_stock, listing

TYPE_PROMPT = "Are you interested in a car, truck, or suv?"
DAY_PROMPT = "What day?"
TIME_PROMPT = "What time would you like to schedule your test drive?"


def lambda_handler(event, context):
    intent = event["sessionState"]["intent"]
    source = event["invocationSource"]
    name = intent["name"]
    if name == "BookTestDrive":
        if source == "FulfillmentCodeHook":
            return fulfill_test_drive(event, intent)
        return check_test_drive(event, intent)
    if name == "Hello" and source == "FulfillmentCodeHook":
        customer = value(intent, "name")
        attributes = dict(attributes_of(event), customerName=customer)
        message = f"Hello, {customer}! I can find you a car or book a test drive."
        return close(event, intent, message, attributes)
    if name == "VehicleInventorySearch" and source == "FulfillmentCodeHook":
        return close(event, intent, search(intent))
    if name == "FallbackIntent" and source == "FulfillmentCodeHook":
        return close(event, intent, "Sorry, I can find you a car or book a test drive. Try \"I want a suv\".")
    return respond(event, {"type": "Delegate"}, intent)


def check_test_drive(event, intent):
    """The first answer the dealership cannot serve is cleared and asked again, with the reason."""
    make, kind = value(intent, "make"), value(intent, "vehicleType")
    if make and kind and not in_stock(make, kind):
        kinds = sorted({car["type"].lower() for car in LOT if car["make"] == make})
        reason = f"Sorry, we have no {make} {kind.lower()}s. We have {make} {' and '.join(kinds)}s."
        return elicit(event, intent, "vehicleType", f"{reason} {TYPE_PROMPT}")
    day = value(intent, "date")
    if day:
        date = datetime.date.fromisoformat(day)
        today = datetime.datetime.now().date()  # the function's clock: the script's now under meety-bot
        if date < today:
            return elicit(event, intent, "date", f"Sorry, {day} has passed. {DAY_PROMPT}")
        if date.weekday() == 6:
            return elicit(event, intent, "date", f"Sorry, we are closed on Sundays. {DAY_PROMPT}")
    time = value(intent, "time")
    if time and not OPEN_HOUR <= int(time[:2]) < CLOSE_HOUR:
        hours = f"{OPEN_HOUR:02d}:00 to {CLOSE_HOUR:02d}:00"
        return elicit(event, intent, "time", f"Test drives run from {hours}. {TIME_PROMPT}")
    return respond(event, {"type": "Delegate"}, intent)


def fulfill_test_drive(event, intent):
    attributes = dict(attributes_of(event))
    number = int(attributes.get("testDrives", "0")) + 1
    attributes["testDrives"] = str(number)
    date = datetime.date.fromisoformat(value(intent, "date"))
    who = f"{attributes['customerName']}, your" if "customerName" in attributes else "Your"
    message = (
        f"{who} {value(intent, 'make')} {value(intent, 'vehicleType')} test drive is booked for "
        f"{date:%A} {date.isoformat()} at {value(intent, 'time')}. Your reference is TD-{number}."
    )
    return close(event, intent, message, attributes)


def search(intent):
    make, kind, colour = value(intent, "make"), value(intent, "vehicleType"), value(intent, "color")
    cars = [car for car in LOT if car["make"] == make and car["type"] == kind]
    if colour:
        cars = [car for car in cars if car["colour"] == colour.lower()]
    what = f"{colour.lower() + ' ' if colour else ''}{make} {kind}"
    if not cars:
        return f"Sorry, we have no {what}s right now."
    return listing(cars, what)


def value(intent, slot):
    found = (intent.get("slots") or {}).get(slot)
    return ((found or {}).get("value") or {}).get("interpretedValue")


def attributes_of(event):
    return event["sessionState"].get("sessionAttributes") or {}


def elicit(event, intent, slot, message):
    cleared = dict(intent, state="InProgress", slots=dict(intent.get("slots") or {}, **{slot: None}))
    return respond(event, {"type": "ElicitSlot", "slotToElicit": slot}, cleared, message)


def close(event, intent, message, attributes=None):
    return respond(event, {"type": "Close"}, dict(intent, state="Fulfilled"), message, attributes)


def respond(event, action, intent, message=None, attributes=None):
    state = {"dialogAction": action, "intent": intent, "sessionAttributes": attributes or attributes_of(event)}
    answer = {"sessionState": state}
    if message:
        answer["messages"] = [{"contentType": "PlainText", "content": message}]
    return answer
