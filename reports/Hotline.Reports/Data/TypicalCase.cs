namespace Hotline.Reports.Data;

/// <summary>A call marked as a typical case (典型案例), good or bad, with why.</summary>
public sealed record TypicalCase(string Reference, string Agent, double Score, bool Exemplary, string Summary);
