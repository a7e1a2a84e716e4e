# A Python code hook for the FunctionHost tests, run by awslambdaric. The event's "action" picks
# what it does; module state (the counter) shows whether the worker stayed warm.
import datetime
import os
import sys
import time

invocations = 0


def lambda_handler(event, context):
    global invocations
    invocations += 1
    action = event.get("action", "echo")
    print("hook.py handling", action, "call", invocations)
    if action == "fail":
        raise ValueError("MeetingTime 25:00 is not a time")
    if action == "crash":
        print("about to crash", file=sys.stderr, flush=True)
        os._exit(3)
    if action == "sleep":
        time.sleep(event.get("seconds", 5))
    if action == "big":
        return {"blob": "x" * (7 * 1024 * 1024)}
    if action == "lex":
        return {"sessionState": {"dialogAction": {"type": "Delegate"}}}
    return {
        "now": datetime.datetime.now().isoformat(),
        "utcnow": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "remaining": context.get_remaining_time_in_millis(),
        "requestId": context.aws_request_id,
        "arn": context.invoked_function_arn,
        "functionName": context.function_name,
        "functionVersion": context.function_version,
        "memory": context.memory_limit_in_mb,
        "invocations": invocations,
        "env": {key: os.environ.get(key) for key in event.get("env", [])},
        "cwd": os.getcwd(),
    }
