import FlowModel

/// Shell completion of `--channel` and `--flow` from the project's files: the completion script
/// asks the binary, which lists the channel ids, or the flows the channel already typed offers.
enum PairCompletion {
    /// Every channel id of the project named by `--project` among `words` (else the current folder).
    @Sendable static func channels(_ words: [String], _: Int, _: String) -> [String] {
        project(words).channels.compactMap { $0.model?.id.value }.sorted()
    }

    /// The flows of the channel given by `--channel` among `words`, else every flow id.
    @Sendable static func flows(_ words: [String], _: Int, _: String) -> [String] {
        let project = project(words)
        if let id = value(of: "--channel", in: words), let channel = project.channels.compactMap(\.model).first(where: { $0.id.value == id }) {
            return channel.flows.map(\.flow.value)
        }
        return project.flows.compactMap { $0.model?.id.value }.sorted()
    }

    private static func project(_ words: [String]) -> Project {
        let root = value(of: "--project", in: words) ?? "."
        return Project.read(ProjectSources.read(ProjectSources.defaultPaths(in: root)).sources)
    }

    private static func value(of option: String, in words: [String]) -> String? {
        guard let index = words.firstIndex(of: option), index + 1 < words.count else { return nil }
        return words[index + 1]
    }
}
