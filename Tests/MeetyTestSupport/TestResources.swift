import Foundation

/// Locates files committed next to the tests, independent of the working directory.
public enum TestResources {
    /// The package's root directory, found from this source file's path.
    public static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }()

    /// A path under the package root.
    public static func path(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }
}
