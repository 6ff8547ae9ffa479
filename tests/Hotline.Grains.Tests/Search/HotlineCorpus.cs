namespace Hotline.Grains.Tests.Search;

/// <summary>A small corpus of hotline complaints with queries and the tickets each should find: the relevant ones use the term,
/// the distractors only share its characters (拒绝…载客, 网上预约…车, 粤B54321 …12345).</summary>
internal static class HotlineCorpus
{
    /// <summary>One complaint: a key, its subject (enterprise, plate, route, place) and the citizen's words.</summary>
    public sealed record Entry(string Key, string Subject, string Description);

    /// <summary>A query and the keys of the complaints it should rank above every other.</summary>
    public sealed record Probe(string Text, IReadOnlyList<string> Relevant);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("refusal-station", "蓝天出租汽车公司 北京西站", "出租车司机在火车站拒载，说路程太近不去。"),
        new("refusal-airport", "首都机场", "晚上十点在机场排队打车，司机拒载短途乘客。"),
        new("refused-code", "城东客运站", "乘客拒绝出示证件，驾驶员仍然载着他上了高速，存在安全隐患。"),
        new("bus-full", "公交集团 88路", "公交车满载时司机拒绝开门，乘客等了很久，载人太多不安全。"),
        new("ride-hail-cancel", "快滴出行", "网约车司机接单后取消订单，要求线下加价才肯来。"),
        new("ride-hail-mismatch", "快滴出行", "在平台叫了网约车，到达后发现车辆和订单上的不一致。"),
        new("online-coach", "长途客运公司", "在网上预约的长途大巴车没有按时发车，也没有通知乘客。"),
        new("booked-ride", "城西汽车站", "约好早上坐车去机场，结果网站购票失败，车已经开走。"),
        new("plate-detour", "粤B12345 深圳出租车公司", "车牌粤B12345的出租车故意绕路，多收了车费。"),
        new("other-plate", "粤B54321 福田区", "粤B54321出租车司机态度恶劣，已经打过12345热线。"),
        new("hotline-12345", "宝安区", "在粤B区域等车很久，打12345热线没人接，拨打12328才受理。"),
        new("detour-fare", "城南出租车公司", "司机绕路去加油，车费比平时多了三十元。"),
        new("road-works", "公交集团 12路", "道路施工公交改线，站点也没有提前公告。"),
        new("dumped", "长途客运公司 高速服务区", "长途客车中途甩客，把我们丢在高速服务区。"),
        new("luggage", "地铁运营公司 地铁站", "有乘客甩下行李就跑了，客服处理很慢。"),
        new("praise", "公交集团 5路", "公交司机帮助老人上车，服务态度很好，特此表扬。"),
    ];

    public static IReadOnlyList<Probe> Probes { get; } =
    [
        new("拒载", ["refusal-station", "refusal-airport"]),
        new("网约车", ["ride-hail-cancel", "ride-hail-mismatch"]),
        new("粤B12345", ["plate-detour"]),
        new("绕路", ["plate-detour", "detour-fare"]),
        new("甩客", ["dumped"]),
        new("出租车 拒载", ["refusal-station"]),
    ];
}
