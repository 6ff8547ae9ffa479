namespace Hotline.Portal.Channels.Email;

/// <summary>What one pass over the inbox did: messages that became (or already were) tickets, and messages rejected.</summary>
public sealed record EmailPassResult(int Accepted, int Rejected);
