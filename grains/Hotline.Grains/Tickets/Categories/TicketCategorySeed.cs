using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tickets.Categories;

/// <summary>The category tree the store is seeded with: the 12328 hotline's industries and their usual sub-categories.</summary>
public static class TicketCategorySeed
{
    /// <summary>Every seeded node, parents before children.</summary>
    public static IReadOnlyList<TicketCategoryRecord> All { get; } =
    [
        Node("road", "道路运输"),
        Node("road.passenger", "道路客运"),
        Node("road.freight", "道路货运"),
        Node("road.station", "汽车客运站"),
        Node("road.maintenance", "机动车维修"),
        Node("road.driver-training", "驾驶员培训"),
        Node("urban", "城市客运"),
        Node("urban.taxi", "出租车"),
        Node("urban.taxi.refusal", "拒载"),
        Node("urban.taxi.overcharge", "多收费"),
        Node("urban.taxi.detour", "绕路"),
        Node("urban.taxi.attitude", "服务态度"),
        Node("urban.taxi.lost-property", "遗失物品", slaHours: 24),
        Node("urban.ride-hailing", "网约车"),
        Node("urban.bus", "公交"),
        Node("urban.metro", "地铁"),
        Node("waterway", "水路运输"),
        Node("port", "港口"),
        Node("rail", "铁路"),
        Node("aviation", "民航"),
        Node("postal", "邮政"),
        Node("construction", "工程建设", slaHours: 240),
        Node("highway", "公路"),
        Node("highway.toll", "收费公路"),
        Node("highway.condition", "路况", slaHours: 24),
        Node("other", "其他"),
    ];

    private static TicketCategoryRecord Node(string code, string name, int? slaHours = null)
    {
        var dot = code.LastIndexOf('.');
        return new TicketCategoryRecord
        {
            Code = code,
            ParentCode = dot < 0 ? null : code[..dot],
            Name = name,
            SlaHours = slaHours,
        };
    }
}
