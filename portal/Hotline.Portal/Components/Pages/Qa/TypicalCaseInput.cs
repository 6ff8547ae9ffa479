using Hotline.Qa.Review;

namespace Hotline.Portal.Components.Pages.Qa;

/// <summary>What an inspector enters to keep a call as a typical case (典型案例).</summary>
/// <param name="Title">A short title.</param>
/// <param name="Kind">Good or bad example.</param>
/// <param name="Tags">Topics trainers search by.</param>
/// <param name="Note">What to listen for.</param>
public sealed record TypicalCaseInput(string Title, TypicalCaseKind Kind, IReadOnlyList<string> Tags, string Note);
