using Hotline.Grains.Abstractions.Knowledge;
using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Knowledge.Store;

/// <summary>The libraries and classification codes a new knowledge base starts with (the seed's 知识库: policies, FAQ, enterprises, routes, scripts).</summary>
public static class KnowledgeDefaults
{
    private static readonly string[] Staff =
        [PlatformRole.Agent, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Inspector, PlatformRole.QaLead,
         PlatformRole.Trainer, PlatformRole.Hr, PlatformRole.Analyst, PlatformRole.Executive, PlatformRole.Operator];

    private static readonly string[] Editors = [PlatformRole.Supervisor, PlatformRole.Trainer, PlatformRole.QaLead];

    private static readonly string[] Reviewers = [PlatformRole.Manager, PlatformRole.QaLead];

    // Call scripts are the service's own wording: agents, their coaches and QA read them; trainers write, the QA lead approves.
    private static readonly string[] ScriptReaders =
        [PlatformRole.Agent, PlatformRole.Supervisor, PlatformRole.Manager, PlatformRole.Inspector, PlatformRole.QaLead, PlatformRole.Trainer];

    /// <summary>The five libraries.</summary>
    public static IReadOnlyList<KnowledgeLibraryRecord> Libraries() =>
    [
        Library("policies", "政策法规库", KnowledgeLibraryKind.Policy, Staff, Editors, Reviewers),
        Library("faq", "常见问题库", KnowledgeLibraryKind.Faq, Staff, Editors, Reviewers),
        Library("enterprises", "企业信息库", KnowledgeLibraryKind.Enterprise, Staff, Editors, Reviewers),
        Library("routes", "线路信息库", KnowledgeLibraryKind.Route, Staff, Editors, Reviewers),
        Library("scripts", "服务话术库", KnowledgeLibraryKind.Script, ScriptReaders, [PlatformRole.Trainer, PlatformRole.QaLead], [PlatformRole.QaLead]),
    ];

    /// <summary>The top-level and second-level classification codes.</summary>
    public static IReadOnlyList<KnowledgeCodeRecord> Codes() =>
    [
        Code("01", "政策法规", null), Code("01.01", "法律法规", "01"), Code("01.02", "地方规定", "01"), Code("01.03", "收费标准", "01"),
        Code("02", "道路运输", null), Code("02.01", "出租汽车", "02"), Code("02.02", "网约车", "02"), Code("02.03", "公交", "02"),
        Code("02.04", "道路客运", "02"), Code("02.05", "道路货运", "02"),
        Code("03", "水路运输", null), Code("04", "城市轨道交通", null), Code("05", "铁路", null),
        Code("06", "服务规范", null), Code("06.01", "接听话术", "06"), Code("06.02", "投诉处理", "06"),
    ];

    private static KnowledgeLibraryRecord Library(string id, string name, KnowledgeLibraryKind kind, string[] read, string[] edit, string[] review) =>
        new()
        {
            Id = id, Name = name, Kind = kind.ToString(),
            ReadRoles = string.Join(',', read), EditRoles = string.Join(',', edit), ReviewRoles = string.Join(',', review),
        };

    private static KnowledgeCodeRecord Code(string code, string name, string? parent) => new() { Code = code, Name = name, ParentCode = parent };
}
