// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ChannelFlow",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "channelflow", targets: ["channelflow"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "FlowDiagnostics", swiftSettings: strictSettings),
        .target(name: "FlowDomain", swiftSettings: strictSettings),
        .target(
            name: "FlowYAML",
            dependencies: ["CYAML", "FlowDiagnostics"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowExpressions",
            dependencies: ["FlowDiagnostics", "FlowDomain"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowModel",
            dependencies: [
                "FlowYAML", "FlowDiagnostics", "FlowDomain", "FlowExpressions",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowLint",
            dependencies: ["FlowModel", "FlowYAML", "FlowDiagnostics", "FlowDomain", "FlowExpressions"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowBench",
            dependencies: ["FlowYAML", "FlowDiagnostics", "FlowLint", "FlowModel"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "channelflow",
            dependencies: [
                "FlowYAML", "FlowDiagnostics", "FlowBench", "FlowModel", "FlowLint", "FlowExpressions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowDiagnosticsTests",
            dependencies: ["FlowDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowExpressionsTests",
            dependencies: ["FlowExpressions", "FlowDiagnostics", "FlowDomain"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowModelTests",
            dependencies: ["FlowModel", "FlowYAML", "FlowDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowLintTests",
            dependencies: ["FlowLint", "FlowModel", "FlowDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowDomainTests",
            dependencies: ["FlowDomain"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowYAMLTests",
            dependencies: ["FlowYAML", "FlowDiagnostics", "FlowBench"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["channelflow", "FlowBench"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
