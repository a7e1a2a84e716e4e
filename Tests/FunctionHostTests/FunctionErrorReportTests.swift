import Foundation
import Testing

@testable import FunctionHost

/// A runtime's posted error as the runner shows it: Lambda's fields, one per line, with the stack
/// trace of awslambdaric (a list of multi-line frames) or Node's client (`trace`, one line each).
@Suite("Function error reports")
struct FunctionErrorReportTests {
    @Test func awslambdaricFramesAreIndentedLineByLine() {
        let body = #"""
            {"errorMessage": "no room", "errorType": "ValueError", "requestId": "r",
             "stackTrace": ["  File \"/var/task/app.py\", line 5, in handler\n    raise ValueError(\"no room\")\n"]}
            """#
        let report = FunctionErrorReport(body: Data(body.utf8), errorTypeHeader: nil)
        #expect(
            report.logText
                == """
                errorType: ValueError
                errorMessage: no room
                stackTrace:
                    File "/var/task/app.py", line 5, in handler
                      raise ValueError("no room")

                """)
        #expect(report.summary == "ValueError: no room")
    }

    @Test func nodeTraceAndAMissingTraceAreShown() {
        let node = FunctionErrorReport(
            body: Data(
                #"{"errorType":"TypeError","errorMessage":"bad","trace":["TypeError: bad","    at f (a.js:1:2)"]}"#.utf8
            ),
            errorTypeHeader: nil)
        #expect(
            node.logText
                == "errorType: TypeError\nerrorMessage: bad\nstackTrace:\n  TypeError: bad\n      at f (a.js:1:2)\n")
        let bare = FunctionErrorReport(body: Data("oops".utf8), errorTypeHeader: "Custom")
        #expect(bare.logText == "errorType: Custom\nerrorMessage: oops\n")
        #expect(FunctionFault.handlerError(bare).errorReport == bare)
        #expect(FunctionFault.timeout(seconds: 1).errorReport == nil)
    }
}
