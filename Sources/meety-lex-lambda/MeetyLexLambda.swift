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
///
/// `MEETY_MEETING_IDS=sequential` gives ids `00000000-0000-4000-8000-000000000001` upwards from the
/// start of the process instead of random UUIDs: what the in-process hook gives each script, so
/// MeetyBot's regression suite can run unchanged against this very binary
/// (`meety-bot test --code-hook exec:meety-lex-lambda --fresh-hook`). Never set it in production.
@main enum MeetyLexLambda {
    static func main() async {
        let environment = ProcessInfo.processInfo.environment
        let status = await LambdaRuntime.serve(environment: environment) {
            let store = try DynamoDBMeetingStore.fromEnvironment(environment)
            let clock = try ZonedSystemClock(environment: environment)
            let ids: any MeetingIDGenerator =
                environment["MEETY_MEETING_IDS"] == "sequential" ? SequentialMeetingIDs() : RandomMeetingIDs()
            return MeetyCodeHook(store: store, clock: clock, ids: ids)
        }
        exit(status)
    }
}
