using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>The Chinese names of the ticket workflow stages (ticket event kinds).</summary>
public static class StageNames
{
    /// <summary>受理, 派单, 答复, 回访, 结案 for the event kinds; other kinds keep their name.</summary>
    public static string Of(string kind) => kind switch
    {
        "Created" => SourceText.StageCreated,
        "Dispatched" => SourceText.StageDispatched,
        "Replied" => SourceText.StageReplied,
        "VisitedBack" => SourceText.StageVisitedBack,
        "Closed" => SourceText.StageClosed,
        _ => kind,
    };
}
