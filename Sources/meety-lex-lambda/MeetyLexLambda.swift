import CodeHooks
import DynamoDBStore
import Foundation
import LambdaHost
import MeetyAWS
import MeetyLambda

/// `bootstrap` of the MeetyBot LexLambda: a Lambda custom runtime (`provided.al2023`) that runs
/// `MeetyCodeHook` over the DynamoDB Meetings table.
///
/// Configuration comes from the environment Lambda sets (`AWS_LAMBDA_RUNTIME_API`, `AWS_REGION`,
/// the function role's `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`) plus
/// `MEETINGS_TABLE` (default `Meetings`) and `MEETY_TIME_ZONE` (default `UTC`). A configuration
/// error is posted to the Runtime API as an init error. See docs/deploying-the-lexlambda.md.
@main enum MeetyLexLambda {
    static func main() async {
        let environment = ProcessInfo.processInfo.environment
        let status = await LambdaRuntime.serve(environment: environment) {
            let store = try DynamoDBMeetingStore.fromEnvironment(environment)
            let clock = try ZonedSystemClock(environment: environment)
            return MeetyCodeHook(store: store, clock: clock, ids: RandomMeetingIDs())
        }
        exit(status)
    }
}
