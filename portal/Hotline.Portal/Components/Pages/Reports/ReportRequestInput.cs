using System.Globalization;

namespace Hotline.Portal.Components.Pages.Reports;

/// <summary>What the report page asks for: kind, period and (for a review) the agent; checked before the download link is offered.</summary>
public sealed class ReportRequestInput
{
    /// <summary>daily, monthly, qa or review.</summary>
    public string Kind { get; set; } = "daily";

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>The reviewed agent's number, for a performance review.</summary>
    public string? Agent { get; set; }

    /// <summary>The resource keys of what is wrong, empty when the request can go out.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (From is null || To is null)
            problems.Add("NeedPeriod");
        else if (From > To)
            problems.Add("FromAfterTo");
        if (Kind == "review" && string.IsNullOrWhiteSpace(Agent))
            problems.Add("NeedAgent");
        return problems;
    }

    /// <summary>The report endpoint's address for this request (the download is audited there).</summary>
    public string Href()
    {
        var query = $"from={Day(From)}&to={Day(To)}";
        if (Kind == "review" && !string.IsNullOrWhiteSpace(Agent))
            query += "&agent=" + Uri.EscapeDataString(Agent.Trim());
        return $"/api/v1/reports/{Kind}?{query}";
    }

    /// <summary>The request for a background job (call only when <see cref="Problems"/> is empty).</summary>
    public Hotline.Reports.Sources.ReportRequest ToRequest() => new(
        Hotline.Reports.Sources.ReportKinds.Parse(Kind), DateOnly.FromDateTime(From!.Value), DateOnly.FromDateTime(To!.Value),
        Kind == "review" ? Agent?.Trim() : null);

    private static string Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
