namespace Hotline.Portal.Api;

/// <summary>The comment, note or reason of a review step.</summary>
public sealed record PeopleNoteRequest(string? Note);
