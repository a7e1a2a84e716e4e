# A hook whose import fails: awslambdaric reports it on /runtime/init/error.
print("broken.py is being imported")
import a_module_that_does_not_exist  # noqa: F401


def lambda_handler(event, context):
    return {}
