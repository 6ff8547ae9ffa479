namespace Hotline.Qa.Calibration;

/// <summary>How well the inspectors agreed on one scorecard item's pass/fail.</summary>
/// <param name="ItemId">The scorecard item.</param>
/// <param name="Method">"cohen" for two inspectors, "fleiss" for more.</param>
/// <param name="Agreement">The kappa.</param>
public sealed record ItemAgreement(string ItemId, string Method, KappaResult Agreement);
