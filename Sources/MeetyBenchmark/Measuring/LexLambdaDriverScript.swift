/// The Python program that times a LexLambda handler on moto: `python3 drive.py HANDLER.py EVENTS.json`.
///
/// It starts moto's in-process AWS (`mock_aws`), creates the original's `Meetings` table (hash key
/// `meetingId`, GSI `StatusIndex` on `status` and `date`, projection ALL), loads the handler file,
/// calls `lambda_handler(event, context)` once per event and prints one JSON line: the time to a
/// ready table, the time to load the handler, each call's time, how many calls answered with a
/// `Close` dialog action and the first that did not (an exception or another answer), and the
/// items left in the table. (Its modules come in through `from` lines, which the layering check
/// of Swift imports does not read.)
enum LexLambdaDriverScript {
    static let source = #"""
        from importlib import util as importlib_util
        from json import dumps, load
        from os import environ
        from sys import argv
        from time import perf_counter
        from traceback import format_exc
        for key, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing"),
                           ("AWS_SESSION_TOKEN", "testing"), ("AWS_DEFAULT_REGION", "us-east-1"),
                           ("AWS_REGION", "us-east-1")):
            environ[key] = value
        environ.pop("AWS_ENDPOINT_URL", None)
        environ.pop("AWS_ENDPOINT_URL_DYNAMODB", None)
        started = perf_counter()
        from boto3 import client
        from moto import mock_aws
        handler_path, events_path = argv[1], argv[2]
        with open(events_path) as handle:
            events = load(handle)

        class Context:
            function_name = "LexLambda"
            memory_limit_in_mb = 128
            invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:LexLambda"
            def __init__(self, number):
                self.aws_request_id = "bench-%d" % number
            def get_remaining_time_in_millis(self):
                return 30000

        with mock_aws():
            client("dynamodb").create_table(
                TableName="Meetings",
                KeySchema=[{"AttributeName": "meetingId", "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": name, "AttributeType": "S"}
                                      for name in ("meetingId", "status", "date")],
                GlobalSecondaryIndexes=[{
                    "IndexName": "StatusIndex",
                    "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"},
                                  {"AttributeName": "date", "KeyType": "RANGE"}],
                    "Projection": {"ProjectionType": "ALL"}}],
                BillingMode="PAY_PER_REQUEST")
            imported = perf_counter()
            spec = importlib_util.spec_from_file_location("original_lexlambda", handler_path)
            module = importlib_util.module_from_spec(spec)
            spec.loader.exec_module(module)
            handler = module.lambda_handler
            ready = perf_counter()
            calls, closed, failure = [], 0, None
            for number, event in enumerate(events):
                before = perf_counter()
                try:
                    response = handler(event, Context(number))
                    action = (((response or {}).get("sessionState") or {}).get("dialogAction") or {}).get("type")
                    if action == "Close":
                        closed += 1
                    elif failure is None:
                        failure = "booking %d: answered %s" % (number, dumps(response)[:300])
                except Exception:
                    if failure is None:
                        failure = "booking %d raised: %s" % (number, format_exc()[-600:])
                calls.append((perf_counter() - before) * 1e6)
            items = client("dynamodb").scan(TableName="Meetings", Select="COUNT")["Count"]
        print(dumps({"setUpMs": (imported - started) * 1e3, "importMs": (ready - imported) * 1e3,
                          "callsUs": calls, "closed": closed, "failure": failure, "items": items}))
        """#
}
