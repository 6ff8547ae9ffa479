namespace Hotline.Analytics.Simulation;

/// <summary>The synthetic organisation the history is about: districts, industries, enterprises, ticket categories and what citizens say.</summary>
/// <remarks>Every name is invented; weights follow the shape of published 12328 statistics (taxis and ride-hailing lead complaints).</remarks>
public static class HistoryCatalog
{
    /// <summary>Districts with their share of contacts.</summary>
    public static readonly (string Name, double Weight)[] Regions =
    [
        ("朝阳区", 18), ("海淀区", 15), ("丰台区", 11), ("东城区", 6), ("西城区", 7), ("石景山区", 4), ("通州区", 8), ("昌平区", 8),
        ("大兴区", 8), ("顺义区", 5), ("房山区", 4), ("门头沟区", 1.5), ("怀柔区", 1.5), ("平谷区", 1), ("密云区", 1), ("延庆区", 1),
    ];

    /// <summary>A ticket category: its path in the platform's seeded category tree (names, industry first), the line of business its enterprises
    /// are drawn from, the ticket type (TicketType's name, as the platform writes it), weight and what the citizen says.</summary>
    public sealed record Category(string[] Path, string Trade, string TicketType, double Weight, string[] Phrases);

    // Paths use the names of the store's seeded tree (TicketCategorySeed), so simulated history and real tickets share keys and drill down alike.
    public static readonly Category[] Categories =
    [
        new(["城市客运", "出租车", "绕路"], Taxi, "Complaint", 9, ["司机故意绕路", "绕远路多收费", "不按导航走"]),
        new(["城市客运", "出租车", "拒载"], Taxi, "Complaint", 8, ["出租车拒载", "嫌路近不拉", "高峰期挑客"]),
        new(["城市客运", "出租车", "多收费"], Taxi, "Complaint", 5, ["不打表一口价", "议价收费", "拒绝使用计价器"]),
        new(["城市客运", "网约车"], RideHailing, "Complaint", 7, ["司机无故取消订单", "接单后不来"]),
        new(["城市客运", "网约车"], RideHailing, "Complaint", 6, ["平台多扣费", "高速费重复收取"]),
        new(["城市客运", "公交"], Bus, "Complaint", 7, ["公交车甩站不停", "到站不开门"]),
        new(["城市客运", "公交"], Bus, "Suggestion", 5, ["发车间隔太长", "建议加密班次"]),
        new(["道路运输", "道路客运"], Coach, "Enquiry", 6, ["咨询退票手续费", "长途车票怎么退"]),
        new(["道路运输", "道路客运"], Coach, "Complaint", 3, ["客车超员", "中途上客严重"]),
        new(["城市客运", "地铁"], Metro, "Enquiry", 4, ["咨询首末班车时间", "换乘怎么走"]),
        new(["道路运输", "驾驶员培训"], DriverTraining, "Complaint", 3, ["驾校额外收费", "退学费难"]),
        new(["其他"], "", "Enquiry", 6, ["咨询网约车资格证办理", "咨询出租车报废政策"]),
        new(["其他"], "", "Praise", 2, ["司机拾金不昧", "感谢司机送医"]),
    ];

    /// <summary>Taxi companies' line of business.</summary>
    public const string Taxi = "出租汽车";

    /// <summary>Ride-hailing platforms' line of business.</summary>
    public const string RideHailing = "网约车";

    /// <summary>Bus companies' line of business.</summary>
    public const string Bus = "城市公交";

    /// <summary>Coach operators' line of business.</summary>
    public const string Coach = "道路客运";

    /// <summary>The metro operator's line of business.</summary>
    public const string Metro = "轨道交通";

    /// <summary>Driving schools' line of business.</summary>
    public const string DriverTraining = "驾驶员培训";

    /// <summary>Enterprises per line of business (<see cref="Category.Trade"/>), most complained-about first (drawn with Zipf-like weights).</summary>
    public static readonly Dictionary<string, string[]> Enterprises = new(StringComparer.Ordinal)
    {
        ["出租汽车"] = ["京城出租汽车有限公司", "北辰出租汽车公司", "长安出租客运公司", "银河出租汽车公司", "新月出租汽车公司", "通达出租公司", "顺风出租公司", "华远出租公司"],
        ["网约车"] = ["快行出行平台", "畅达约车平台", "易途出行平台", "星程出行平台"],
        ["城市公交"] = ["市公交集团第一客运分公司", "市公交集团第二客运分公司", "市公交集团第三客运分公司"],
        ["道路客运"] = ["京华长途客运公司", "燕山客运公司", "北方旅游客运公司"],
        ["轨道交通"] = ["市地铁运营公司"],
        ["驾驶员培训"] = ["东方驾校", "安达驾校", "平安驾校", "顺通驾校"],
    };

    /// <summary>The enterprise hit by the injected complaint spike.</summary>
    public const string IncidentEnterprise = "京城出租汽车有限公司";

    /// <summary>Contact channels (TicketChannel's names, as the platform writes them) with their share.</summary>
    public static readonly (string Name, double Weight)[] Channels =
        [("Phone", 62), ("WeChat", 15), ("Web", 7), ("MobileApp", 8), ("Sms", 3), ("Email", 1), ("TransferIn", 3), ("Assignment", 1)];

    /// <summary>Draws from weighted items.</summary>
    public static T Pick<T>(Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(items);
        var target = random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
                return item;
        }

        return items[^1].Item;
    }

    /// <summary>Draws index i with weight 1/(i+1): the first items are the busiest.</summary>
    public static T PickZipf<T>(Random random, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(items);
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
            total += 1.0 / (i + 1);
        var target = random.NextDouble() * total;
        for (var i = 0; i < items.Count; i++)
        {
            target -= 1.0 / (i + 1);
            if (target < 0)
                return items[i];
        }

        return items[^1];
    }
}
