using System.Globalization;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Benchmarks.Knowledge;

/// <summary>Generated knowledge articles in the hotline's vocabulary (fares, refusals, ride-hailing, routes, plates), reproducible from a seed.</summary>
internal sealed class KnowledgeCorpusGenerator(int seed)
{
    public static readonly string[] Libraries = ["policies", "faq", "enterprises", "routes", "scripts"];

    private static readonly string[] Codes = ["01.01", "01.02", "01.03", "02.01", "02.02", "02.03", "02.04", "02.05", "03", "04", "06.01", "06.02"];

    private static readonly string[] Subjects =
        ["出租车", "网约车", "公交", "地铁", "顺风车", "长途客运", "货运", "轮渡", "共享单车", "机场大巴"];

    private static readonly string[] Topics =
        ["拒载", "绕路", "乱收费", "运价", "发票", "计价器", "失物招领", "投诉处理", "服务态度", "线路调整", "首末班时间", "充电", "车辆年检", "驾驶员资格", "经营许可"];

    private static readonly string[] Sentences =
    [
        "乘客可拨打12328反映问题，客服人员记录后转交相关单位处理。",
        "驾驶员应当按照规定使用计价器，不得议价或甩客。",
        "平台公司应当公示收费标准，不得随意调价。",
        "遇到服务问题请保留发票和行程记录，便于核实。",
        "相关单位应在五个工作日内答复市民诉求。",
        "节假日期间线路运营时间可能调整，以公告为准。",
        "车辆应当按期年检，证照齐全方可营运。",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The plates the corpus mentions, so searches can ask for one that exists.</summary>
    public List<string> Plates { get; } = [];

    public (string Id, string Library, KnowledgeContent Content) Next(int number)
    {
        var subject = Pick(Subjects);
        var topic = Pick(Topics);
        var plate = $"粤B{_random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture)}";
        if (Plates.Count < 50)
            Plates.Add(plate);
        var body = string.Join("\n",
            $"{subject}{topic}的处理规定。",
            Pick(Sentences), Pick(Sentences), Pick(Sentences),
            $"典型案例：车辆{plate}因{Pick(Topics)}被投诉，已约谈。");
        var content = new KnowledgeContent
        {
            Title = $"{subject}{topic}{(number % 7 == 0 ? "常见问题" : "规定")}（{number.ToString(CultureInfo.InvariantCulture)}）",
            Code = Pick(Codes),
            Tags = [subject, topic],
            Body = body,
        };
        return ($"kb-{number.ToString("D6", CultureInfo.InvariantCulture)}", Libraries[number % Libraries.Length], content);
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
