namespace Hotline.Portal.People;

/// <summary>What the drafting grain keeps: the last day of the latest month whose reviews were all drafted.</summary>
[GenerateSerializer, Alias("Hotline.People.ReviewDraftScheduleState")]
public sealed class ReviewDraftScheduleState
{
    /// <summary>The last day of the latest month fully drafted, if any.</summary>
    [Id(0)] public DateOnly? LastMonthDone { get; set; }
}
