import FlowDomain
import FlowEngine
import Foundation

/// A one-page PDF of an invoice, written by hand: the text in STSong-Light, one of the standard
/// CJK fonts a PDF reader supplies itself (nothing embedded), through the UniGB-UCS2-H encoding,
/// so each character is its UCS-2 code in a hex string.
enum InvoicePDF {
    static func document(_ invoice: InvoiceContent) -> [UInt8] {
        let amount = Money(fen: invoice.amountFen).formatted
        var lines = [
            "电子发票（沙箱） Electronic invoice (sandbox)",
            "发票号码 Number: \(invoice.number)",
            "开票日期 Date: \(CivilDate.shanghaiDate(epochMilliseconds: invoice.issuedAt))",
            "购买方名称 Buyer: \(invoice.title)",
            "纳税人识别号 Tax number: \(invoice.taxNumber)",
            "订单号 Order: \(invoice.order)",
            "金额 Amount: \(amount)（\(invoice.amountFen) 分 fen）",
        ]
        if let replaces = invoice.replaces { lines.append("重开，替代 Re-issue of: \(replaces)") }
        let text = lines.map { "<\(hex($0))> Tj T*" }.joined(separator: "\n")
        let content = "BT\n/F1 12 Tf\n16 TL\n50 790 Td\n\(text)\nET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                + "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        var bytes = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += zeroPadded(String(offset), to: 10) + " 00000 n \n" }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }

    /// UCS-2 big-endian hex; every character here is in the Basic Multilingual Plane.
    private static func hex(_ text: String) -> String {
        text.utf16.map { zeroPadded(String($0, radix: 16, uppercase: true), to: 4) }.joined()
    }

    private static func zeroPadded(_ digits: String, to width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
