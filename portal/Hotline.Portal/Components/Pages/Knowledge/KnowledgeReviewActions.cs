using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Components.Pages.Knowledge;

/// <summary>Which workflow buttons an article in a given state shows to an editor or reviewer (the grain checks again).</summary>
public static class KnowledgeReviewActions
{
    /// <summary>The actions open to someone who may (or may not) edit and review the article's library.</summary>
    public static IReadOnlyList<KnowledgeReviewAction> For(KnowledgeState state, bool canEdit, bool canReview)
    {
        var actions = new List<KnowledgeReviewAction>();
        if (canEdit && state == KnowledgeState.Draft)
            actions.Add(KnowledgeReviewAction.Submit);
        if (!canReview)
            return actions;
        if (state == KnowledgeState.InReview)
            actions.Add(KnowledgeReviewAction.Approve);
        if (state is KnowledgeState.InReview or KnowledgeState.Approved)
            actions.Add(KnowledgeReviewAction.Reject);
        if (state == KnowledgeState.Approved)
            actions.Add(KnowledgeReviewAction.Publish);
        if (state == KnowledgeState.Published)
            actions.Add(KnowledgeReviewAction.ConfirmReviewed);
        if (state != KnowledgeState.Archived)
            actions.Add(KnowledgeReviewAction.Archive);
        return actions;
    }
}
