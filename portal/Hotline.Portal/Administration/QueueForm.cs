using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Administration;

/// <summary>The editable fields of a queue's configuration in the units the page shows (seconds, percent); unshown fields keep their values.</summary>
public sealed class QueueForm
{
    private QueueConfiguration original = null!;

    /// <summary>The queue's name; typed in only for a new queue, fixed when editing.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>True for a queue to create (or an unregistered one to register), false when editing a registered one.</summary>
    public bool IsNew { get; private init; }

    public string Skill { get; set; } = string.Empty;

    public int MinimumLevel { get; set; }

    public QueueStrategy Strategy { get; set; }

    public int ServiceLevelTargetSeconds { get; set; }

    public int ServiceLevelGoalPercent { get; set; }

    public string? OverflowQueue { get; set; }

    public int OverflowAfterSeconds { get; set; }

    public int MaxWaitSeconds { get; set; }

    public MaxWaitAction MaxWaitAction { get; set; }

    /// <summary>The form of <paramref name="configuration"/>, or of a new queue's defaults when it has none.</summary>
    public static QueueForm From(string name, QueueConfiguration? configuration) => Build(name, configuration, isNew: false);

    /// <summary>The form of a queue to create: <paramref name="name"/> (empty for a fresh one) with its stored rules or the defaults.</summary>
    public static QueueForm New(string name = "", QueueConfiguration? configuration = null) => Build(name, configuration, isNew: true);

    private static QueueForm Build(string name, QueueConfiguration? configuration, bool isNew)
    {
        var source = configuration ?? new QueueConfiguration { Name = name, Skill = string.Empty };
        return new QueueForm
        {
            IsNew = isNew,
            original = source,
            Name = name,
            Skill = source.Skill,
            MinimumLevel = source.MinimumLevel,
            Strategy = source.Strategy,
            ServiceLevelTargetSeconds = (int)source.ServiceLevelTarget.TotalSeconds,
            ServiceLevelGoalPercent = (int)Math.Round(source.ServiceLevelGoal * 100),
            OverflowQueue = source.OverflowQueue,
            OverflowAfterSeconds = (int)source.OverflowAfter.TotalSeconds,
            MaxWaitSeconds = (int)source.MaxWait.TotalSeconds,
            MaxWaitAction = source.MaxWaitAction,
        };
    }

    /// <summary>The configuration with this form's values (an empty overflow queue means none).</summary>
    public QueueConfiguration ToConfiguration() => original with
    {
        Name = Name?.Trim() ?? string.Empty,
        Skill = Skill?.Trim() ?? string.Empty,
        MinimumLevel = MinimumLevel,
        Strategy = Strategy,
        ServiceLevelTarget = TimeSpan.FromSeconds(ServiceLevelTargetSeconds),
        ServiceLevelGoal = ServiceLevelGoalPercent / 100.0,
        OverflowQueue = string.IsNullOrWhiteSpace(OverflowQueue) ? null : OverflowQueue.Trim(),
        OverflowAfter = TimeSpan.FromSeconds(OverflowAfterSeconds),
        MaxWait = TimeSpan.FromSeconds(MaxWaitSeconds),
        MaxWaitAction = MaxWaitAction,
    };
}
