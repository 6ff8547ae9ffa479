namespace Hotline.Qa.Calibration;

/// <summary>A 校准 session: several inspectors score the same calls independently, then compare.</summary>
/// <param name="Id">The session's id.</param>
/// <param name="Title">What the session is about, e.g. "3月第2周投诉类校准".</param>
/// <param name="CallIds">The calls every inspector scores.</param>
/// <param name="Inspectors">The inspectors taking part (two or more).</param>
/// <param name="CreatedAt">When the session was set up.</param>
public sealed record CalibrationSession(string Id, string Title, IReadOnlyList<string> CallIds, IReadOnlyList<string> Inspectors, DateTimeOffset CreatedAt);
