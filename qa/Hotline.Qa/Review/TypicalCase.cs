namespace Hotline.Qa.Review;

/// <summary>A call kept in the typical-case library (典型案例) for training.</summary>
/// <param name="Id">The case id.</param>
/// <param name="CallId">The call.</param>
/// <param name="Title">A short title, e.g. "耐心安抚情绪激动的投诉人".</param>
/// <param name="Kind">Good or bad example.</param>
/// <param name="Tags">Topics trainers search by (e.g. 安抚, 禁语, 身份核实).</param>
/// <param name="Note">What to listen for.</param>
/// <param name="MarkedBy">Who added it.</param>
/// <param name="MarkedAt">When.</param>
public sealed record TypicalCase(string Id, string CallId, string Title, TypicalCaseKind Kind, IReadOnlyList<string> Tags, string Note, string MarkedBy, DateTimeOffset MarkedAt)
{
    /// <summary>False once withdrawn from the library (kept for history).</summary>
    public bool Active { get; init; } = true;
}
