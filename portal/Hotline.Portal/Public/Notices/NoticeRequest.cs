namespace Hotline.Portal.Public.Notices;

/// <summary>The body of a new notice: title and plain-text body (shown escaped, line breaks kept).</summary>
public sealed record NoticeRequest(string? Title, string? Body);
