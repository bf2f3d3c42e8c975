import FlowDiagnostics
import FlowEngine
import FlowProviders
import Testing

struct SandboxVerifierTests {
    private let enterprise = EnterpriseVerificationRequest(
        companyName: "示例科技有限公司", uscc: "91350100M000100Y43", legalRepName: "张三",
        legalRepID: "110101199003070011", legalRepMobile: "13812345678"
    )

    @Test func enterpriseIsVerifiedAtOnce() async throws {
        #expect(try await SandboxEnterpriseVerifier().verify(enterprise) == .verified)
        #expect(SandboxEnterpriseVerifier().kind == .sandbox)
    }

    @Test func enterpriseWithTheMarkerIsRejectedInBothLanguages() async throws {
        var request = enterprise
        request.companyName = "示例科技有限公司 \(SandboxRejection.marker)"
        let outcome = try await SandboxEnterpriseVerifier().verify(request)
        #expect(outcome == .rejected(LocalizedMessage(
            en: "the sandbox rejects every company name that contains SANDBOX-REJECT",
            zh: "沙箱拒绝所有包含 SANDBOX-REJECT 的企业名称"
        )))
    }

    @Test(arguments: PersonVerificationRequest.Method.allCases)
    func personIsVerifiedAtOnceWhateverTheMethod(method: PersonVerificationRequest.Method) async throws {
        let request = PersonVerificationRequest(method: method, name: "张三", idNumber: "110101199003070011", mobile: "13812345678")
        #expect(try await SandboxPersonVerifier().verify(request) == .verified)
    }

    @Test func personWithTheMarkerIsRejected() async throws {
        let request = PersonVerificationRequest(method: .face, name: "SANDBOX-REJECT 张三", idNumber: "110101199003070011")
        let outcome = try await SandboxPersonVerifier().verify(request)
        #expect(outcome == .rejected(LocalizedMessage(
            en: "the sandbox rejects every person name that contains SANDBOX-REJECT",
            zh: "沙箱拒绝所有包含 SANDBOX-REJECT 的姓名"
        )))
    }
}
