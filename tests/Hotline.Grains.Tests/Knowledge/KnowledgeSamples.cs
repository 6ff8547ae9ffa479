using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Article contents for the knowledge tests: a taxi fare FAQ with a typed fare table and a free-text table.</summary>
internal static class KnowledgeSamples
{
    public static KnowledgeContent TaxiFares(string title = "出租汽车运价标准") => new()
    {
        Title = title,
        Code = "02.01",
        Tags = ["出租车", "运价"],
        Body = "# 适用范围\n本市巡游出租汽车。\n\n## 投诉处理\n乘客反映多收费的，核对计价器记录。",
        Tables =
        [
            new KnowledgeTable("巡游出租汽车运价",
                [new KnowledgeColumn("车型"), new KnowledgeColumn("起步价", KnowledgeColumnType.Money), new KnowledgeColumn("起步里程", KnowledgeColumnType.Number), new KnowledgeColumn("执行日期", KnowledgeColumnType.Date)],
                [["普通车型", "13.00", "3", "2025-01-01"], ["新能源车型", "14.00", "3", "2025-01-01"]]),
            new KnowledgeTable("联系方式", [new KnowledgeColumn("单位"), new KnowledgeColumn("电话")], [["出租汽车管理处", "12328"]]),
        ],
    };

    public static KnowledgeContent Refusal() => new()
    {
        Title = "出租车拒载如何投诉",
        Code = "02.01",
        Tags = ["拒载"],
        Body = "乘客遭遇拒载，可拨打12328投诉，提供车牌号、时间、地点。",
    };
}
