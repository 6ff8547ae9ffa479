using System.Globalization;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>The names reports go by on the command line, in URLs and in file names.</summary>
public static class ReportKinds
{
    /// <summary>Every kind with its name.</summary>
    public static readonly IReadOnlyDictionary<string, ReportKind> ByName = new Dictionary<string, ReportKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["daily"] = ReportKind.Daily, ["monthly"] = ReportKind.Monthly, ["qa"] = ReportKind.Qa, ["review"] = ReportKind.Review,
    };

    /// <summary>The name of <paramref name="kind"/> (daily, monthly, qa, review).</summary>
    public static string Name(ReportKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>The kind called <paramref name="name"/>; throws <see cref="ReportRequestException"/> naming the choices.</summary>
    public static ReportKind Parse(string name) =>
        ByName.TryGetValue(name ?? "", out var kind)
            ? kind
            : throw new ReportRequestException(string.Format(CultureInfo.GetCultureInfo("zh-CN"), SourceText.UnknownKind, name));
}
