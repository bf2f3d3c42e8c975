import Foundation

/// The files the target copies from `Resources/`: the copied folder is the bundle's resource
/// folder on Linux, a subfolder of it elsewhere.
enum ServerResources {
    static func url(_ name: String, extension type: String?) -> URL? {
        Bundle.module.url(forResource: name, withExtension: type)
            ?? Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Resources")
    }
}
