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

    /// <summary>A ticket category: its path, industry, ticket type, weight and what the citizen says.</summary>
    public sealed record Category(string[] Path, string Industry, string TicketType, double Weight, string[] Phrases);

    public static readonly Category[] Categories =
    [
        new(["出租汽车", "服务质量", "绕路"], "出租汽车", "投诉举报", 9, ["司机故意绕路", "绕远路多收费", "不按导航走"]),
        new(["出租汽车", "服务质量", "拒载"], "出租汽车", "投诉举报", 8, ["出租车拒载", "嫌路近不拉", "高峰期挑客"]),
        new(["出租汽车", "收费", "不打表"], "出租汽车", "投诉举报", 5, ["不打表一口价", "议价收费", "拒绝使用计价器"]),
        new(["网约车", "服务质量", "取消订单"], "网约车", "投诉举报", 7, ["司机无故取消订单", "接单后不来"]),
        new(["网约车", "收费", "多收费"], "网约车", "投诉举报", 6, ["平台多扣费", "高速费重复收取"]),
        new(["城市公交", "服务质量", "甩站"], "城市公交", "投诉举报", 7, ["公交车甩站不停", "到站不开门"]),
        new(["城市公交", "运营", "间隔过长"], "城市公交", "意见建议", 5, ["发车间隔太长", "建议加密班次"]),
        new(["道路客运", "票务", "退票"], "道路客运", "信息咨询", 6, ["咨询退票手续费", "长途车票怎么退"]),
        new(["道路客运", "安全", "超员"], "道路客运", "投诉举报", 3, ["客车超员", "中途上客严重"]),
        new(["轨道交通", "服务", "咨询"], "轨道交通", "信息咨询", 4, ["咨询首末班车时间", "换乘怎么走"]),
        new(["驾驶员培训", "收费", "乱收费"], "驾驶员培训", "投诉举报", 3, ["驾校额外收费", "退学费难"]),
        new(["交通运输", "政策", "咨询"], "交通运输", "信息咨询", 6, ["咨询网约车资格证办理", "咨询出租车报废政策"]),
        new(["交通运输", "表扬", "好人好事"], "交通运输", "表扬", 2, ["司机拾金不昧", "感谢司机送医"]),
    ];

    /// <summary>Enterprises per industry, most complained-about first (drawn with Zipf-like weights).</summary>
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

    /// <summary>Contact channels with their share.</summary>
    public static readonly (string Name, double Weight)[] Channels =
        [("phone", 62), ("wechat", 15), ("web", 7), ("app", 8), ("sms", 3), ("email", 1), ("transfer-in", 3), ("assignment", 1)];

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
