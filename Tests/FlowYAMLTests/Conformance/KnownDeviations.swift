/// Every suite case the wrapper does not pass, with its reason. The conformance test fails when a
/// case fails without an entry here, and when an entry's case passes (or fails differently), so
/// the list is always exactly the set of deviations of libyaml 0.2.5 plus the loader.
///
/// The 72 libyaml entries match, case for case, what a bare C `yaml_parser_parse` loop over the
/// same files gives on Debian's libyaml 0.2.5 (checked when the table was written).
enum KnownDeviations {
    static let all: [KnownDeviation] = libyamlRejectsValid + libyamlAcceptsInvalid + libyamlEventsDiffer + restrictions

    static let byID: [String: KnownDeviation] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    private static let libyamlRejectsValid: [KnownDeviation] = [
        KnownDeviation("2JQS", .libyamlRejectsValid, "empty keys `: a` in a block mapping"),
        KnownDeviation("2LFX", .libyamlRejectsValid, "reserved directive `%FOO` is an error, not a warning"),
        KnownDeviation("2SXE", .libyamlRejectsValid, "`:` inside an anchor name (`&a:`)"),
        KnownDeviation("4ABK", .libyamlRejectsValid, "`omitted value:,` in a flow mapping"),
        KnownDeviation("4MUZ/00", .libyamlRejectsValid, "`:` on the line after a quoted flow key"),
        KnownDeviation("4MUZ/01", .libyamlRejectsValid, "`:` on the line after a quoted flow key"),
        KnownDeviation("4MUZ/02", .libyamlRejectsValid, "`:` on the line after a plain flow key"),
        KnownDeviation("58MP", .libyamlRejectsValid, "plain scalar `:x` as a flow mapping value"),
        KnownDeviation("5MUD", .libyamlRejectsValid, "`:bar` on the line after a quoted flow key"),
        KnownDeviation("5T43", .libyamlRejectsValid, "`\"key\"::value` (adjacent value starting with `:`)"),
        KnownDeviation("6BCT", .libyamlRejectsValid, "tab as separation after `-` and `:`"),
        KnownDeviation("6CA3", .libyamlRejectsValid, "tab before a top-level flow sequence"),
        KnownDeviation("6LVF", .libyamlRejectsValid, "reserved directive `%FOO` is an error, not a warning"),
        KnownDeviation("6M2F", .libyamlRejectsValid, "empty key after an explicit entry (`: *a`)"),
        KnownDeviation("7Z25", .libyamlRejectsValid, "bare document after `...` without `---`"),
        KnownDeviation("8XYN", .libyamlRejectsValid, "non-ASCII anchor name"),
        KnownDeviation("96NN/00", .libyamlRejectsValid, "tab starting a literal scalar's content line"),
        KnownDeviation("96NN/01", .libyamlRejectsValid, "tab starting a literal scalar's content line"),
        KnownDeviation("9SA2", .libyamlRejectsValid, "multi-line double-quoted key in a flow mapping"),
        KnownDeviation("A2M4", .libyamlRejectsValid, "tab after `-` in block sequences"),
        KnownDeviation("BEC7", .libyamlRejectsValid, "`%YAML 1.3` is an error, not a warning"),
        KnownDeviation("CFD4", .libyamlRejectsValid, "empty implicit key in a flow sequence (`[ : x ]`)"),
        KnownDeviation("DBG4", .libyamlRejectsValid, "plain `::vector` inside a flow sequence"),
        KnownDeviation("DK3J", .libyamlRejectsValid, "block scalar on the `---` line with content at column 1"),
        KnownDeviation("DK95/00", .libyamlRejectsValid, "tab in the indentation of a mapping value"),
        KnownDeviation("DK95/03", .libyamlRejectsValid, "line of space and tab before the first key"),
        KnownDeviation("DK95/04", .libyamlRejectsValid, "tab-only line between mapping entries"),
        KnownDeviation("FP8R", .libyamlRejectsValid, "block scalar on the `---` line with content at column 1"),
        KnownDeviation("FRK4", .libyamlRejectsValid, "`? foo :,` and an empty key in a flow mapping"),
        KnownDeviation("HM87/00", .libyamlRejectsValid, "plain `:x` in a flow sequence"),
        KnownDeviation("HWV9", .libyamlRejectsValid, "a stream of only `...`"),
        KnownDeviation("K3WX", .libyamlRejectsValid, "`:bar` after a comment on the line after a flow key"),
        KnownDeviation("M2N8/00", .libyamlRejectsValid, "empty key inside an explicit key (`- ? : x`)"),
        KnownDeviation("M7A3", .libyamlRejectsValid, "bare document after `...` without `---`"),
        KnownDeviation("MUS6/05", .libyamlRejectsValid, "unknown directive `%YAM` is an error, not ignored"),
        KnownDeviation("MUS6/06", .libyamlRejectsValid, "unknown directive `%YAMLL` is an error, not ignored"),
        KnownDeviation("NHX8", .libyamlRejectsValid, "empty key `:` followed by blank lines"),
        KnownDeviation("NJ66", .libyamlRejectsValid, "multi-line plain key in a flow mapping"),
        KnownDeviation("NKF9", .libyamlRejectsValid, "empty keys in block and flow mappings"),
        KnownDeviation("Q5MG", .libyamlRejectsValid, "tab before a top-level flow mapping"),
        KnownDeviation("QT73", .libyamlRejectsValid, "comment then `...` with no document"),
        KnownDeviation("R4YG", .libyamlRejectsValid, "tab in a block scalar's indentation"),
        KnownDeviation("S3PD", .libyamlRejectsValid, "empty key `:` in a block mapping"),
        KnownDeviation("SM9W/01", .libyamlRejectsValid, "a stream of a single `:`"),
        KnownDeviation("UKK6/00", .libyamlRejectsValid, "`- :` (empty key and value)"),
        KnownDeviation("UT92", .libyamlRejectsValid, "multi-line plain key `matches %` in a flow mapping"),
        KnownDeviation("VJP3/01", .libyamlRejectsValid, "key, `:` and value on separate lines in a flow mapping"),
        KnownDeviation("W4TN", .libyamlRejectsValid, "`%` at column 1 inside a block scalar read as a directive"),
        KnownDeviation("W5VH", .libyamlRejectsValid, "anchor and alias names with `:@*!$\"<>`"),
        KnownDeviation("Y79Y/001", .libyamlRejectsValid, "tab-only line in a literal scalar"),
        KnownDeviation("Y79Y/010", .libyamlRejectsValid, "tab between `-` and a nested `-1`"),
    ]

    private static let libyamlAcceptsInvalid: [KnownDeviation] = [
        KnownDeviation("9C9N", .libyamlAcceptsInvalid, "flow sequence lines not indented past their block key"),
        KnownDeviation("9HCY", .libyamlAcceptsInvalid, "directive after a document without `...`"),
        KnownDeviation("9JBA", .libyamlAcceptsInvalid, "comment without a space after `]`"),
        KnownDeviation("CVW2", .libyamlAcceptsInvalid, "comment without a space after `,`"),
        KnownDeviation("DK95/01", .libyamlAcceptsInvalid, "double-quoted continuation indented by a tab only"),
        KnownDeviation("EB22", .libyamlAcceptsInvalid, "directive after a document without `...`"),
        KnownDeviation("G5U8", .libyamlAcceptsInvalid, "plain `-` entries in a flow sequence"),
        KnownDeviation("MUS6/00", .libyamlAcceptsInvalid, "comment without a space after `%YAML 1.1`"),
        KnownDeviation("MUS6/01", .libyamlAcceptsInvalid, "second `%YAML` directive without `...` before it"),
        KnownDeviation("QB6E", .libyamlAcceptsInvalid, "multi-line quoted scalar continued at column 1"),
        KnownDeviation("RHX7", .libyamlAcceptsInvalid, "`%YAML` after a document without `...`"),
        KnownDeviation("S98Z", .libyamlAcceptsInvalid, "block scalar's leading blank lines indented past its content"),
        KnownDeviation("SU5Z", .libyamlAcceptsInvalid, "comment without a space after a double-quoted scalar"),
        KnownDeviation("X4QW", .libyamlAcceptsInvalid, "comment without a space after `>`"),
        KnownDeviation("Y79Y/003", .libyamlAcceptsInvalid, "tab as indentation inside a flow sequence"),
        KnownDeviation("YJV2", .libyamlAcceptsInvalid, "plain `-` in a flow sequence"),
    ]

    private static let libyamlEventsDiffer: [KnownDeviation] = [
        KnownDeviation("652Z", .libyamlEventsDiffer, "`?foo` in a flow mapping read as explicit key `foo`"),
        KnownDeviation("HM87/01", .libyamlEventsDiffer, "`[?x]` read as an explicit key, giving a flow mapping"),
        KnownDeviation("JEF9/02", .libyamlEventsDiffer, "`|+` with only a spaces line: \"\" instead of \"\\n\""),
        KnownDeviation("L24T/01", .libyamlEventsDiffer, "trailing spaces line of a literal: \"x\\n \" instead of \"x\\n \\n\""),
        KnownDeviation("Y2GN", .libyamlEventsDiffer, "`&an:chor value` split into anchor `an` and key `:chor`"),
    ]

    /// Valid cases libyaml reads right and the loader refuses by design (DESIGN.md).
    private static let restrictions: [KnownDeviation] = [
        KnownDeviation("4FJ6", .complexKeys, "flow sequences as keys inside flow sequences"),
        KnownDeviation("6BFJ", .complexKeys, "anchored flow sequence as key"),
        KnownDeviation("6PBE", .complexKeys, "block sequence as explicit key"),
        KnownDeviation("9MMW", .complexKeys, "flow mapping `{JSON: like}` as key"),
        KnownDeviation("KK5P", .complexKeys, "block sequences as explicit keys"),
        KnownDeviation("LX3P", .complexKeys, "flow sequence `[flow]` as key"),
        KnownDeviation("M2N8/01", .complexKeys, "empty flow sequence `[]` as key"),
        KnownDeviation("M5DY", .complexKeys, "sequences as keys (spec example 2.11)"),
        KnownDeviation("Q9WF", .complexKeys, "flow mapping as key"),
        KnownDeviation("RZP5", .complexKeys, "block sequence as explicit key"),
        KnownDeviation("SBG9", .complexKeys, "flow sequence `[d, e]` as key"),
        KnownDeviation("V9D5", .complexKeys, "block mapping as explicit key"),
        KnownDeviation("X38W", .complexKeys, "anchored flow sequence and its alias as keys"),
        KnownDeviation("XW4D", .complexKeys, "block sequence as explicit key"),
    ]
}
