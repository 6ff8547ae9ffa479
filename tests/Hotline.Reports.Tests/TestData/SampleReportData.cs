using Hotline.Reports.Builders;
using Hotline.Reports.Data;

namespace Hotline.Reports.Tests.TestData;

/// <summary>Deterministic report data shaped like what the analytics queries will return, for builders, PDFs and previews.</summary>
internal static class SampleReportData
{
    public static readonly ReportContext Context = new("12328 交通运输服务监督热线", new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8)));

    public static readonly string[] Categories =
        ["投诉举报-出租汽车", "投诉举报-网约车", "投诉举报-城市公交", "信息咨询-线路查询", "信息咨询-票务", "意见建议-站点设置", "投诉举报-道路客运", "投诉举报-驾培", "信息咨询-其他", "意见建议-其他"];

    public static readonly string[] Regions = ["城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县"];

    public static readonly string[] Enterprises =
        ["兰州某某出租汽车有限公司", "某网约车平台", "兰州公交集团", "兰州长途汽车客运站", "某驾驶员培训学校", "兰州某客运有限公司", "某汽车租赁公司", "兰州某物流有限公司", "某城际客运公司", "某公共自行车运营公司"];

    public static DailyOperationsData Daily(DateOnly day, int seed = 1)
    {
        var random = new Random(seed);
        CallFigures Calls(double factor) => new(
            (long)(1234 * factor), (long)(1176 * factor), (long)(58 * factor), (long)(1093 * factor), 20, 12 + (factor * 2), 285 - (factor * 10));
        HourlyCalls Hour(int h)
        {
            var shape = Math.Max(0, Math.Sin((h - 6) / 17.0 * Math.PI));
            var offered = (long)((shape * 110) + random.Next(0, 8));
            return new HourlyCalls(h, offered, (long)(offered * 0.95), (long)((shape * 100) + random.Next(0, 8)));
        }

        return new DailyOperationsData(
            day,
            Calls(1.0),
            Calls(0.95),
            Calls(1.02),
            new TicketFigures(412, 398, 7, 1530),
            new TicketFigures(388, 402, 9, 1516),
            [.. Enumerable.Range(0, 24).Select(Hour)],
            [.. Categories.Take(8).Select((c, i) => new BreakdownRow(c, 120 - (i * 13), 110 - (i * 11)))],
            [
                new NotableEvent(new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 5)), TimeSpan.FromHours(8)), "14:00–15:00 来电高峰，排队最长 3 分 12 秒，已临时增开 2 个坐席。", EventSeverity.Attention),
                new NotableEvent(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)), "“网约车”类投诉较上周同日增长 45%，触发预警。", EventSeverity.Warning),
            ]);
    }

    public static DailyOperationsData EmptyDay(DateOnly day) => new(
        day, new CallFigures(0, 0, 0, 0, 20, 0, 0), null, null, new TicketFigures(0, 0, 0, 0), null, [], [], []);

    public static MonthlyAnalysisData Monthly(int year, int month, int seed = 2)
    {
        var random = new Random(seed);
        var period = ReportPeriod.Month(year, month);
        BreakdownRow Row(string name, int i, int scale) =>
            new(name, (scale / (i + 1)) + random.Next(0, 30), (scale / (i + 1)) + random.Next(0, 30), (scale / (i + 1)) + random.Next(0, 40));
        double[] Hours(int weekday) => [.. Enumerable.Range(0, 24).Select(h => Math.Round(Math.Max(0, Math.Sin((h - 6) / 17.0 * Math.PI)) * (weekday < 5 ? 900 : 600)) + random.Next(0, 40))];
        return new MonthlyAnalysisData(
            period,
            new TrendValue(12_480, 11_906, 13_020),
            new TrendValue(12_101, 11_877, 12_650),
            new TrendValue(0.962, 0.955, 0.931),
            new TrendValue(37_215, 35_880, 40_112),
            [.. Categories.Select((c, i) => Row(c, i, 3000))],
            [.. Regions.Select((r, i) => Row(r, i, 2500))],
            [.. Enterprises.Select((e, i) => Row(e, i, 400))],
            [.. Enumerable.Range(0, period.Days).Select(d => new DailyCount(period.From.AddDays(d), 380 + random.Next(0, 80), 370 + random.Next(0, 80)))],
            [.. Enumerable.Range(0, 7).Select(w => (IReadOnlyList<double>)Hours(w))],
            [new("受理", 12_480), new("派单", 11_730), new("办结", 11_120), new("回访", 9_880), new("结案", 9_650)],
            [
                new Hotspot("网约车异地接单", 486, 210, "城关区、七里河区", "乘客反映网约车司机在平台外议价，拒绝按平台计价。"),
                new Hotspot("公交线路调整", 352, 120, "安宁区", "市民咨询 106 路调整后的首末班时间，并建议恢复原站点。"),
            ],
            [
                new TopicSection("网约车服务质量专题", "本月网约车相关投诉 1,208 件，环比上升 18.6%，集中在绕路、议价和拒载三类问题，其中夜间（22:00 以后）投诉占 41%。建议联合平台对高频被投诉司机开展约谈。",
                    [new("绕路", 512, 430, 380), new("议价", 388, 301, 260), new("拒载", 308, 288, 300)]),
            ],
            [
                new WarningItem("网约车投诉量", EventSeverity.Warning, ValueUnit.Count, 1208, 980, "连续 3 周高于预测区间上限，主要由异地接单引起。"),
                new WarningItem("按期办结率（西固区）", EventSeverity.Attention, ValueUnit.Rate, 0.91, 0.95, "承办单位人员调整，积压工单 46 件。"),
            ],
            new SatisfactionFigures(new TrendValue(0.934, 0.921, 0.905), 8_460,
                [new("非常满意", 5_120), new("满意", 2_780), new("基本满意", 380), new("不满意", 180)],
                [.. Categories.Take(6).Select((c, i) => new RateRow(c, 0.96 - (i * 0.015), 0.95 - (i * 0.012)))]));
    }

    public static MonthlyAnalysisData EmptyMonth(int year, int month) => new(
        ReportPeriod.Month(year, month), new TrendValue(0), new TrendValue(0), new TrendValue(0), new TrendValue(0), [], [], [], [], [], [], [], [], [],
        new SatisfactionFigures(new TrendValue(0), 0, [], []));

    public static QaSummaryData Qa(QaPeriodKind kind, ReportPeriod period, int agents = 40, int seed = 3)
    {
        var random = new Random(seed);
        string[] teams = ["投诉一组", "投诉二组", "咨询一组", "咨询二组"];
        string[] items = ["开场白规范", "身份核实", "问题记录完整", "政策解释准确", "服务态度", "结束语规范", "工单分类正确"];
        return new QaSummaryData(
            kind,
            period,
            new TrendValue(agents * 12, agents * 11),
            new TrendValue(86.4, 85.1),
            new TrendValue(0.912, 0.897),
            80,
            [.. teams.Select((t, i) => new QaGroupScore(t, null, agents * 3, 84 + (i * 1.5), 83 + i, 0.88 + (i * 0.02), items[i]))],
            [.. Enumerable.Range(1, agents).Select(i => new QaGroupScore($"坐席{8000 + i}", teams[i % teams.Length], 12, 70 + random.Next(0, 300) / 10.0, 72 + random.Next(0, 250) / 10.0, 0.7 + random.Next(0, 30) / 100.0, items[i % items.Length])).OrderBy(a => a.AverageScore)],
            [.. items.Select((item, i) => new QaItemResult(item, agents * 12, (long)(agents * 12 * (0.8 + (i * 0.025))), 0.78 + (i * 0.02)))],
            [new("≥90 分", agents * 4), new("80–89 分", agents * 5), new("70–79 分", agents * 2), new("<70 分", agents)],
            [new CalibrationSession(period.From, "工单 2026112700123 通话（出租车拒载投诉）", 5, 0.86, 6.5)],
            [
                new TypicalCase("2026112700087", "坐席8003", 98, true, "耐心安抚情绪激动的来电人，准确解释网约车计价规则并当场派单。"),
                new TypicalCase("2026112700154", "坐席8017", 62, false, "未核实来电人身份即告知工单进度，结束语缺失。"),
            ]);
    }

    public static PerformanceReviewData Review(ReportPeriod period) => new(
        "张丽", "8003", "投诉一组", period,
        [
            new KpiResult("接听量", 0.25, ValueUnit.Count, 1800, 1932, 1850, 100, "CDR：本期接听 1,932 通（目标 1,800 通）。"),
            new KpiResult("平均处理时长", 0.15, ValueUnit.Seconds, 300, 286, 301, 95, "CDR：1,932 通已接来电的平均通话、保持和话后处理时长。"),
            new KpiResult("质检平均分", 0.25, ValueUnit.Score, 85, 88.6, 86.2, 90, "质检：抽检 36 通，平均 88.6 分，无严重差错。"),
            new KpiResult("满意率", 0.2, ValueUnit.Rate, 0.92, 0.951, 0.94, 96, "回访：412 条评价，满意及非常满意 392 条。"),
            new KpiResult("出勤率", 0.1, ValueUnit.Rate, 0.98, 1.0, 0.99, 100, "排班：应出勤 22 天，实际 22 天。"),
            new KpiResult("考试成绩", 0.05, ValueUnit.Score, 80, 76, 82, 76, "培训：11 月政策法规考试 76 分。"),
        ],
        91.3, 86.7, 2, 12, "服务规范，业务熟练；政策法规考试成绩下滑，需加强学习。");
}
