import ArgumentParser

/// `channelflow review show ORDER`: what a reviewer looks at: the order (personal data masked), its
/// materials, its deadline and every decision so far, as `channelflow show` prints it.
struct ReviewShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an order for review, personal data masked. 查看待审核订单（个人信息已掩码）。")

    @OptionGroup var showing: OrderShowing

    func run() throws {
        try showing.run()
    }
}
