import ArgumentParser

/// `channelflow review list|show|approve|reject`: the operators' side of review.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review orders: the queue with deadlines, approve, reject. 审核订单：待审列表与期限、通过、退回。",
        discussion: """
        Deadlines are working days from the flow's review rule under Calendars/ (a year without a file \
        makes a deadline unknown, never guessed). Every decision is recorded in the order's history \
        with who (--operator, else $USER), when and why.
        审核期限按流程审核规则与 Calendars/ 中的工作日日历计算；每个审核决定均记录处理人、时间与原因。
        """,
        subcommands: [ReviewListCommand.self, ReviewShowCommand.self, ReviewApproveCommand.self, ReviewRejectCommand.self])
}
