import Foundation
import Testing

@testable import MeetyAWS

@Suite struct AWSConfigurationTests {
    static let keys = ["AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret"]

    @Test func readsTheStandardVariables() throws {
        let configuration = try AWSConfiguration.fromEnvironment(
            Self.keys.merging(["AWS_REGION": "eu-west-1", "AWS_SESSION_TOKEN": "token"]) { $1 })
        #expect(configuration.region == "eu-west-1")
        #expect(
            configuration.credentials
                == AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "token"))
        #expect(configuration.endpoint == nil)
        #expect(
            configuration.endpoint(forService: "dynamodb").absoluteString == "https://dynamodb.eu-west-1.amazonaws.com")
    }

    @Test func awsRegionWinsOverTheDefaultRegion() throws {
        let both = Self.keys.merging(["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "us-west-2"]) { $1 }
        #expect(try AWSConfiguration.fromEnvironment(both).region == "eu-west-1")
        let onlyDefault = Self.keys.merging(["AWS_DEFAULT_REGION": "us-west-2"]) { $1 }
        #expect(try AWSConfiguration.fromEnvironment(onlyDefault).region == "us-west-2")
    }

    @Test func aRealEndpointNeedsARegionAndCredentials() {
        #expect(throws: AWSConfigurationError.missingRegion) { try AWSConfiguration.fromEnvironment(Self.keys) }
        #expect(throws: AWSConfigurationError.missingCredentials) {
            try AWSConfiguration.fromEnvironment(["AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE"])
        }
        #expect(throws: AWSConfigurationError.missingCredentials) {
            try AWSConfiguration.fromEnvironment(["AWS_REGION": "eu-west-1"], endpoint: "https://dynamodb.example.com")
        }
    }

    @Test func aLocalEndpointNeedsNoSettings() throws {
        let configuration = try AWSConfiguration.fromEnvironment([:], endpoint: "http://127.0.0.1:5000")
        #expect(configuration.region == "us-east-1")
        #expect(configuration.credentials.accessKeyID == "testing")
        #expect(configuration.endpoint?.absoluteString == "http://127.0.0.1:5000")
        #expect(try AWSConfiguration.fromEnvironment([:], endpoint: "http://localhost:8000").region == "us-east-1")
    }

    @Test func theExplicitEndpointWinsOverTheVariables() throws {
        let environment = Self.keys.merging([
            "AWS_REGION": "eu-west-1", "AWS_ENDPOINT_URL": "http://127.0.0.1:1",
            "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:2",
        ]) { $1 }
        #expect(try AWSConfiguration.fromEnvironment(environment).endpoint?.port == 2)
        #expect(try AWSConfiguration.fromEnvironment(environment, endpoint: "http://127.0.0.1:3").endpoint?.port == 3)
        var generic = environment
        generic["AWS_ENDPOINT_URL_DYNAMODB"] = nil
        #expect(try AWSConfiguration.fromEnvironment(generic).endpoint?.port == 1)
    }

    @Test(arguments: ["127.0.0.1:5000", "ftp://127.0.0.1", "http://", "http://127.0.0.1:5000/path", "not a url"])
    func malformedEndpointsAreRefused(text: String) {
        #expect(throws: AWSConfigurationError.invalidEndpoint(text)) {
            try AWSConfiguration.fromEnvironment(Self.keys, endpoint: text)
        }
    }

    @Test func errorsAndDescriptionsNameVariablesButNeverTheSecret() {
        #expect(AWSConfigurationError.missingRegion.description.contains("AWS_REGION"))
        #expect(AWSConfigurationError.missingCredentials.description.contains("AWS_SECRET_ACCESS_KEY"))
        let credentials = AWSCredentials(
            accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI", sessionToken: "t")
        #expect(!credentials.description.contains("wJalrXUtnFEMI"))
        #expect(credentials.description.contains("AKIDEXAMPLE"))
    }
}
