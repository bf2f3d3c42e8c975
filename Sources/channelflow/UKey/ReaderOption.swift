import ArgumentParser

/// `--reader NAME`: which card reader; by default the one reader holding a key.
struct ReaderOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The card reader, as `ukey readers` lists it (default: the one reader holding a key). 读卡器名称。", valueName: "name"))
    var reader: String?
}
