namespace Hotline.Telephony.Ivr;

/// <summary>How serious a validation finding is.</summary>
public enum IvrIssueSeverity
{
    /// <summary>The flow can run but something is probably wrong (e.g. an unreachable node).</summary>
    Warning,
    /// <summary>The flow cannot run.</summary>
    Error,
}

/// <summary>One validation finding, naming the node and field for the flow editor.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="NodeId">The node, or null for the flow itself.</param>
/// <param name="Field">The JSON field, e.g. "branches[2].next".</param>
/// <param name="Message">What is wrong.</param>
public sealed record IvrValidationIssue(IvrIssueSeverity Severity, string? NodeId, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Severity.ToString().ToUpperInvariant()} {(NodeId is null ? "flow" : $"node '{NodeId}'")} {Field}: {Message}";
}

/// <summary>All findings for a flow.</summary>
public sealed record IvrValidationResult(IReadOnlyList<IvrValidationIssue> Issues)
{
    /// <summary>Errors only.</summary>
    public IEnumerable<IvrValidationIssue> Errors => Issues.Where(i => i.Severity == IvrIssueSeverity.Error);

    /// <summary>Warnings only.</summary>
    public IEnumerable<IvrValidationIssue> Warnings => Issues.Where(i => i.Severity == IvrIssueSeverity.Warning);

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => !Errors.Any();
}
