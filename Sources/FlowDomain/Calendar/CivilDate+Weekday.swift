extension CivilDate {
    /// The ISO 8601 day of the week: 1 Monday … 7 Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (ISO 4).
        let offset = (daysSinceEpoch + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The weekday's short name, Chinese (`周六`) and English (`Sat`).
    public var weekdayName: DomainMessage {
        let names = [("周一", "Mon"), ("周二", "Tue"), ("周三", "Wed"), ("周四", "Thu"), ("周五", "Fri"), ("周六", "Sat"), ("周日", "Sun")]
        let (zh, en) = names[weekday - 1]
        return DomainMessage(zh: zh, en: en)
    }
}
