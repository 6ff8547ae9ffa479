using Hotline.Telephony.Ivr;

namespace Hotline.Portal.Administration;

/// <summary>What checking a flow's JSON found: the parsed flow, or where the JSON is malformed, and the validator's findings.</summary>
/// <param name="Flow">The parsed flow; null when the JSON did not parse.</param>
/// <param name="JsonError">Where and why the JSON did not parse; null when it parsed.</param>
/// <param name="Issues">The validator's errors and warnings (empty when the JSON did not parse).</param>
public sealed record IvrFlowCheck(IvrFlow? Flow, IvrJsonError? JsonError, IReadOnlyList<IvrValidationIssue> Issues)
{
    /// <summary>True when the JSON parsed and the flow has no validation errors (warnings allowed).</summary>
    public bool IsValid => Flow is not null && JsonError is null && Issues.All(i => i.Severity != IvrIssueSeverity.Error);
}

/// <summary>A JSON syntax or shape error: 1-based line and column when known, the JSON path and the parser's message.</summary>
public sealed record IvrJsonError(long? Line, long? Column, string? Path, string Message);
