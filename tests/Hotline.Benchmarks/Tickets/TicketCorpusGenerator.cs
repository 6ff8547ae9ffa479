using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Benchmarks.Tickets;

/// <summary>Generates plausible hotline tickets (places, problems, plates, callers, enterprises) from a fixed seed, so every run indexes the same text.</summary>
internal sealed class TicketCorpusGenerator(int seed)
{
    private static readonly string[] Places = ["火车站", "北京西站", "首都机场", "地铁站", "长途汽车站", "高铁站", "人民医院门口", "万达广场", "大学城", "客运站"];
    private static readonly string[] Problems =
    [
        "出租车司机拒载，说路程太近不去。", "司机故意绕路，车费比平时多了三十元。", "网约车司机接单后取消订单，要求线下加价。",
        "长途客车中途甩客，把乘客丢在服务区。", "出租车不打表，上车就议价。", "公交车到站不停，等了四十分钟。",
        "司机开车玩手机，乘客很害怕。", "地铁站扶梯停运没有公告。", "网约车车辆与订单信息不一致。", "司机服务态度恶劣，辱骂乘客。",
        "公交车末班车提前发车。", "出租车计价器跳得特别快，怀疑改装。", "顺风车司机临时加价，不给就不走。", "黑车在车站门口拉客。",
    ];
    private static readonly string[] Tails = ["请尽快处理。", "希望给个说法。", "已经是第二次了。", "要求退还多收的车费。", "", "请核实后回复。"];
    private static readonly string[] Categories = ["urban.taxi.refusal", "urban.taxi", "urban.bus", "rail", "urban.taxi.detour"];

    private const int RareCategoryOneIn = 2_000;

    /// <summary>A category one ticket in 2,000 falls under (机动车维修), for the rare-category list.</summary>
    public const string RareCategory = "road.maintenance";

    private readonly Random _random = new(seed);

    /// <summary>A ticket row (and the fields the intake would write) created at <paramref name="createdAt"/>.</summary>
    public TicketRecord Next(string number, DateTimeOffset createdAt)
    {
        var plate = "粤B" + _random.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var place = Pick(Places);
        return new TicketRecord
        {
            Number = number,
            Type = nameof(TicketType.Complaint),
            CategoryCode = _random.Next(RareCategoryOneIn) == 0 ? RareCategory : Pick(Categories),
            Channel = ((TicketChannel)_random.Next(0, 10)).ToString(),
            CitizenPhone = "139" + _random.Next(0, 20_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
            Enterprise = "第" + _random.Next(1, 200).ToString(System.Globalization.CultureInfo.InvariantCulture) + "出租汽车公司",
            VehiclePlate = plate,
            Location = place,
            Description = $"在{place}，车牌{plate}的{Pick(Problems)}{Pick(Tails)}",
            State = nameof(TicketState.Intake),
            DeadlineUnixMs = (createdAt + TimeSpan.FromDays(5)).ToUnixTimeMilliseconds(),
            CreatedAtUnixMs = createdAt.ToUnixTimeMilliseconds(),
            UpdatedAtUnixMs = createdAt.ToUnixTimeMilliseconds(),
            Version = 1,
        };
    }

    /// <summary>The submission a channel would hand the intake for a generated ticket.</summary>
    public TicketSubmission Submission(string key)
    {
        var row = Next("draft", DateTimeOffset.UtcNow);
        return new TicketSubmission
        {
            Channel = Enum.Parse<TicketChannel>(row.Channel),
            IdempotencyKey = key,
            Type = TicketType.Complaint,
            CategoryCode = row.CategoryCode,
            CitizenPhone = row.CitizenPhone,
            Subject = new TicketSubject(row.Enterprise, row.VehiclePlate, null, row.Location, null),
            Description = row.Description,
        };
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
