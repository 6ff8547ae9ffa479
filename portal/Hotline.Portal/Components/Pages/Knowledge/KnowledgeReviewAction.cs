namespace Hotline.Portal.Components.Pages.Knowledge;

/// <summary>A workflow step the article page offers as a button.</summary>
public enum KnowledgeReviewAction
{
    Submit,
    Approve,
    Reject,
    Publish,
    ConfirmReviewed,
    Archive,
}
