namespace Hotline.Reports.Sources;

/// <summary>A 专题 the monthly report analyses: a title and the keywords looked for in ticket texts and call transcripts.</summary>
public sealed class ReportTopic
{
    /// <summary>The topics analysed when none are configured: the recurring taxi complaints about detours and overcharging.</summary>
    public static readonly IReadOnlyList<ReportTopic> Defaults = [new() { Title = "出租汽车绕路、多收费专题", Keywords = ["绕路", "多收费"] }];

    /// <summary>The section title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Words or phrases; a ticket or call mentioning any of them belongs to the topic.</summary>
    public IList<string> Keywords { get; set; } = [];
}
