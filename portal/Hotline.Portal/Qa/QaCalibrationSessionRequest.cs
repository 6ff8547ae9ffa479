namespace Hotline.Portal.Qa;

/// <summary>A new calibration session: the calls every inspector scores.</summary>
/// <param name="Id">The session's id (letters, digits, dashes).</param>
/// <param name="Title">What the session is about.</param>
/// <param name="CallIds">The calls.</param>
/// <param name="Inspectors">Two or more inspectors.</param>
public sealed record QaCalibrationSessionRequest(string? Id, string? Title, IReadOnlyList<string>? CallIds, IReadOnlyList<string>? Inspectors);
