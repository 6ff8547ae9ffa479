using Hotline.Qa.Calibration;

namespace Hotline.Portal.Qa;

/// <summary>A calibration session with its ratings and, once some call is scored by everyone, the agreement report.</summary>
/// <param name="Session">The session.</param>
/// <param name="Ratings">Every rating so far.</param>
/// <param name="Report">Kappas per item, overall pass/fail and on score bands; null until one call is complete.</param>
public sealed record QaCalibrationResponse(CalibrationSession Session, IReadOnlyList<CalibrationRating> Ratings, CalibrationReport? Report);
