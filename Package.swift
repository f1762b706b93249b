// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Pledge",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Pledge", targets: ["Pledge"]),
        .library(name: "PledgeExtract", targets: ["PledgeExtract"]),
        .executable(name: "pledge", targets: ["pledge"]),
        .executable(name: "pledge-server", targets: ["pledge-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The model, taxonomy, codec, evaluator, linter, diff and reporters. Knows no natural language.
        // YAML is read by the system's libyaml, driven event by event (Codec/Reader/YAMLReader.swift).
        .target(
            name: "Pledge",
            dependencies: ["CYAML", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources/taxonomy.yaml"), .copy("Resources/rules.schema.json"), .copy("Resources/reviews.schema.json")]
        ),
        // The system's libyaml, so that its security fixes arrive with the distribution.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Natural-language policy text → rule model.
        .target(name: "PledgeExtract", dependencies: ["Pledge"],
                resources: [.copy("Resources/grammar.yaml")]),
        // The command line: the only importer of ArgumentParser.
        .executableTarget(
            name: "pledge",
            dependencies: [
                "Pledge", "PledgeExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The decision API over HTTP (Hummingbird 2's server, HummingbirdCore, without its
        // Application, Router and async HTTP channel: see DecisionAPI.swift and
        // DecisionConnection.swift; SwiftNIO's HTTP/1.1 codec): a product of its own, so that building
        // `pledge` never compiles the server stack. The only importer of Hummingbird.
        // Its async functions run on their caller's executor (NonisolatedNonsendingByDefault):
        // with SwiftNIO's event loops as the global executor, every hop to the generic
        // executor is a trip through the event loop's task queue.
        .target(
            name: "PledgeServer",
            dependencies: [
                "Pledge", .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.json")],
            swiftSettings: [.enableUpcomingFeature("NonisolatedNonsendingByDefault")]
        ),
        // SwiftNIO's event loops become Swift Concurrency's executor (main.swift).
        .executableTarget(name: "pledge-server", dependencies: [
            "PledgeServer", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        // Release-build figures for speed and memory (never timed tests): `swift run -c release pledge-benchmark`.
        // `server/` holds the `wrk` load benchmark of `pledge-server` (a script, not Swift).
        .executableTarget(name: "pledge-benchmark", dependencies: ["Pledge", "PledgeExtract", "AllocationCounter"], exclude: ["server"]),
        // Counts heap allocations (glibc), for the benchmark's allocations-per-decision figure.
        .target(name: "AllocationCounter"),
        .testTarget(name: "PledgeTests", dependencies: ["Pledge"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PledgeExtractTests", dependencies: ["PledgeExtract"], resources: [.copy("Fixtures")]),
        // End-to-end: runs the built `pledge` binary and compares with golden files.
        .testTarget(name: "PledgeCLITests", dependencies: ["pledge"], resources: [.copy("Golden")]),
        // End-to-end: starts the built `pledge-server` on a free loopback port and talks HTTP to it.
        .testTarget(name: "PledgeServerTests", dependencies: ["pledge-server", "pledge", "PledgeServer"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, only when asked for (`Sources/pledge-fuzz/run`): they link only with `-sanitize=fuzzer`,
// so the ordinary `swift build` and `swift test` never see them.
if ProcessInfo.processInfo.environment["PLEDGE_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "pledge-fuzz", dependencies: ["Pledge", "PledgeExtract", "CFuzzDriver"], exclude: ["run"]),
    ]
}
