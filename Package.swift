// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// What X.509 work needs: P-256 keys, certificates, and their DER and PEM forms.
let certificateLibraries: [Target.Dependency] = [
    .product(name: "Crypto", package: "swift-crypto"),
    .product(name: "X509", package: "swift-certificates"),
    .product(name: "SwiftASN1", package: "swift-asn1"),
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
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        // X509's public API speaks SwiftASN1 (DER serialisation, PEM documents, OIDs).
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CSQLiteConfig",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CPCSCLite",
            pkgConfig: "libpcsclite",
            providers: [.apt(["libpcsclite-dev"])]
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
            name: "FlowTooling",
            dependencies: ["FlowModel", "FlowLint", "FlowDiagnostics", "FlowDomain"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowStore",
            dependencies: [
                "FlowDomain", "CSQLiteConfig",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowEngine",
            dependencies: [
                "FlowStore", "FlowModel", "FlowDomain", "FlowExpressions", "FlowDiagnostics",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowProviders",
            dependencies: [
                "FlowEngine", "FlowDomain", "FlowModel", "FlowYAML", "FlowDiagnostics", "SmartCard", "FlowCertificates",
                .product(name: "Logging", package: "swift-log"),
            ] + certificateLibraries,
            swiftSettings: strictSettings
        ),
        .target(name: "SmartCard", dependencies: ["CPCSCLite"], swiftSettings: strictSettings),
        .target(
            name: "FlowCertificates",
            dependencies: ["FlowDomain"] + certificateLibraries,
            swiftSettings: strictSettings
        ),
        // A software UKEY for the tests: it plugs into pcscd's vpcd virtual reader.
        .executableTarget(
            name: "virtual-ukey",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tests/Tools/VirtualUKey",
            swiftSettings: strictSettings
        ),
        // A certificate authority for the tests, signing through FlowCertificates' CertificateSigner.
        .target(
            name: "TestCertificateAuthority",
            dependencies: ["FlowCertificates"] + certificateLibraries,
            path: "Tests/Tools/TestCertificateAuthority",
            swiftSettings: strictSettings
        ),
        // An in-memory swift-log handler: what the engine and the server logged, for the privacy tests.
        .target(
            name: "TestLogging",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            path: "Tests/Tools/TestLogging",
            swiftSettings: strictSettings
        ),
        .target(
            name: "VirtualUKeyControl",
            dependencies: ["SmartCard"],
            path: "Tests/Tools/VirtualUKeyControl",
            swiftSettings: strictSettings
        ),
        // `channelflow serve`: the HTTP API and the web application over the engine.
        .target(
            name: "FlowServer",
            dependencies: [
                "FlowEngine", "FlowStore", "FlowModel", "FlowDomain", "FlowDiagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "FlowBench",
            dependencies: [
                "FlowYAML", "FlowDiagnostics", "FlowDomain", "FlowLint", "FlowModel", "FlowEngine", "FlowStore", "FlowProviders", "FlowServer",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "channelflow",
            dependencies: [
                "FlowYAML", "FlowDiagnostics", "FlowBench", "FlowModel", "FlowLint", "FlowExpressions",
                "FlowDomain", "FlowStore", "FlowEngine", "FlowProviders", "FlowTooling", "FlowServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
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
            dependencies: ["FlowModel", "FlowYAML", "FlowDiagnostics", "FlowDomain"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowToolingTests",
            dependencies: ["FlowTooling", "FlowModel", "FlowDiagnostics"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowLintTests",
            dependencies: ["FlowLint", "FlowModel", "FlowDiagnostics", "FlowDomain"],
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
            name: "FlowStoreTests",
            dependencies: ["FlowStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowEngineTests",
            dependencies: [
                "FlowEngine", "FlowStore", "FlowModel", "FlowDomain", "FlowProviders", "FlowDiagnostics", "TestLogging",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowProvidersTests",
            dependencies: [
                "FlowProviders", "FlowEngine", "FlowDomain", "FlowDiagnostics",
                "SmartCard", "FlowCertificates", "VirtualUKeyControl", "TestCertificateAuthority", "virtual-ukey",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SmartCardTests",
            dependencies: ["SmartCard", "VirtualUKeyControl", "virtual-ukey"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowCertificatesTests",
            dependencies: ["FlowCertificates", "FlowDomain", "TestCertificateAuthority"] + certificateLibraries,
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowServerTests",
            dependencies: [
                "FlowServer", "FlowEngine", "FlowStore", "FlowModel", "FlowLint", "FlowProviders", "FlowDiagnostics", "TestLogging",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FlowBenchTests",
            dependencies: ["FlowBench"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "channelflow", "FlowBench", "virtual-ukey", "VirtualUKeyControl", "FlowCertificates", "FlowDomain",
                "FlowEngine", "FlowYAML",
            ],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
