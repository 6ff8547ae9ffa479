namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>What two tickets have in common when one is suggested as the other's duplicate.</summary>
[GenerateSerializer]
public enum DuplicateReasonKind
{
    /// <summary>The same citizen phone within the phone window.</summary>
    SamePhone,

    /// <summary>The same vehicle plate within the subject window.</summary>
    SamePlate,

    /// <summary>The same enterprise within the subject window.</summary>
    SameEnterprise,

    /// <summary>The same bus or coach route within the subject window.</summary>
    SameRoute,

    /// <summary>Descriptions similar above the threshold (TF-IDF cosine of jieba words) within the text window.</summary>
    SimilarText,
}
