namespace Hotline.Qa.Calibration;

/// <summary>A calibration session's agreement figures.</summary>
/// <param name="PerItem">Pass/fail agreement per scorecard item, weakest first.</param>
/// <param name="PassFail">Pass/fail agreement over every (call, item) pair.</param>
/// <param name="Bands">Weighted kappa (quadratic) on score bands; with more than two inspectors the mean over every pair.</param>
/// <param name="Incomplete">Calls left out because not every inspector scored them (or scored every item).</param>
public sealed record CalibrationReport(IReadOnlyList<ItemAgreement> PerItem, KappaResult PassFail, KappaResult Bands, IReadOnlyList<string> Incomplete);
