namespace Hotline.Grains.Abstractions.Events;

/// <summary>The stable name of every domain event type, as stored in the outbox and read back by consumers.</summary>
/// <remarks>Names never change once written: a renamed CLR type keeps its name here.</remarks>
public static class DomainEventCatalog
{
    /// <summary>Call detail records.</summary>
    public const string CallDetail = "call-detail";

    /// <summary>Agent state intervals.</summary>
    public const string AgentState = "agent-state";

    /// <summary>Queue snapshots.</summary>
    public const string QueueSnapshot = "queue-snapshot";

    /// <summary>Ticket events.</summary>
    public const string Ticket = "ticket";

    /// <summary>Transcript segments.</summary>
    public const string Transcript = "transcript-segment";

    /// <summary>QA scores.</summary>
    public const string QaScore = "qa-score";

    /// <summary>QA item scores, one per scorecard item of a scored call.</summary>
    public const string QaItemScore = "qa-item-score";

    /// <summary>Survey results.</summary>
    public const string Survey = "survey-result";

    private static readonly Dictionary<string, Type> s_types = new(StringComparer.Ordinal)
    {
        [CallDetail] = typeof(CallDetailRecord),
        [AgentState] = typeof(AgentStateInterval),
        [QueueSnapshot] = typeof(QueueSnapshotTaken),
        [Ticket] = typeof(TicketEvent),
        [Transcript] = typeof(TranscriptSegment),
        [QaScore] = typeof(Events.QaScore),
        [Survey] = typeof(SurveyResult),
        [QaItemScore] = typeof(Events.QaItemScore),
    };

    private static readonly Dictionary<Type, string> s_names = s_types.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>Every registered name.</summary>
    public static IReadOnlyCollection<string> Names => s_types.Keys;

    /// <summary>The stored name of an event's type.</summary>
    public static string NameOf(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return s_names.TryGetValue(domainEvent.GetType(), out var name)
            ? name
            : throw new ArgumentException($"The event type {domainEvent.GetType().FullName} is not registered in {nameof(DomainEventCatalog)}.", nameof(domainEvent));
    }

    /// <summary>The CLR type stored under a name.</summary>
    public static Type TypeOf(string name) =>
        s_types.TryGetValue(name, out var type)
            ? type
            : throw new ArgumentException($"Unknown domain event name '{name}' (known: {string.Join(", ", s_types.Keys)}).", nameof(name));
}
