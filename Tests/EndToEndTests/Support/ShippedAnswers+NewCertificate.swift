extension ShippedAnswers {
    /// The subject of the sample `ca_outlet-new_certificate.yaml`.
    static let sampleUSCC = "91110000600037341L"

    /// The sample new-certificate answers of `ca_outlet` for `uscc`, so that many orders, each
    /// with a subject of its own, can be open at once.
    static func newCertificate(uscc: String = sampleUSCC) throws -> ShippedAnswers {
        try ShippedAnswers("ca_outlet", "new_certificate").replacing("uscc: \(sampleUSCC)\n", with: "uscc: \(uscc)\n")
    }
}
