namespace Hotline.Qa.Review;

/// <summary>The typical-case library (典型案例库): inspectors mark calls as good or bad examples; trainers search them by tag.</summary>
public sealed class TypicalCaseLibrary(IReviewStore store, TimeProvider clock)
{
    /// <summary>Adds a call to the library.</summary>
    public async Task<TypicalCase> MarkAsync(string callId, string title, TypicalCaseKind kind, IReadOnlyList<string> tags, string note, string markedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        if (string.IsNullOrWhiteSpace(title))
            throw new ArgumentException($"A typical case of call {callId} needs a title.", nameof(title));
        ArgumentNullException.ThrowIfNull(tags);
        var typical = new TypicalCase($"case-{callId}-{clock.GetUtcNow().ToUnixTimeMilliseconds()}", callId, title.Trim(), kind,
            [.. tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal)], note ?? "", markedBy, clock.GetUtcNow());
        await store.SaveCaseAsync(typical, cancellationToken);
        return typical;
    }

    /// <summary>Withdraws a case from the library (it stays on record).</summary>
    public async Task<TypicalCase> WithdrawAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var typical = (await store.CasesAsync(cancellationToken)).FirstOrDefault(c => c.Id == caseId)
            ?? throw new KeyNotFoundException($"There is no typical case '{caseId}'.");
        var withdrawn = typical with { Active = false };
        await store.SaveCaseAsync(withdrawn, cancellationToken);
        return withdrawn;
    }

    /// <summary>Active cases, newest first, optionally only of one kind and/or carrying one tag.</summary>
    public async Task<IReadOnlyList<TypicalCase>> SearchAsync(TypicalCaseKind? kind = null, string? tag = null, CancellationToken cancellationToken = default) =>
        [.. (await store.CasesAsync(cancellationToken))
            .Where(c => c.Active && (kind is null || c.Kind == kind) && (tag is null || c.Tags.Contains(tag, StringComparer.Ordinal)))
            .OrderByDescending(c => c.MarkedAt)];
}
