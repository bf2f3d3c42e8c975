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
            name: "FlowBench",
            dependencies: ["FlowYAML", "FlowDiagnostics"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "channelflow",
            dependencies: [
                "FlowYAML", "FlowDiagnostics", "FlowBench",
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
