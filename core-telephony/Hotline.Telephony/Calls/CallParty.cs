namespace Hotline.Telephony.Calls;

/// <summary>A party of a call as the application sees it: number (E.164 for outside callers), display name and SIP address.</summary>
/// <param name="Number">The caller's or callee's number, e.g. "+8613800138000" or "8001".</param>
/// <param name="DisplayName">The display name the signalling carried, if any.</param>
/// <param name="Uri">The SIP or tel URI as signalled.</param>
public sealed record CallParty(string Number, string? DisplayName, string Uri);
