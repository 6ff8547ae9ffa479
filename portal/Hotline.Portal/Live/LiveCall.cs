using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Portal.Live;

/// <summary>What the portal knows of a call in progress: the caller (from the offer), the IVR path, and where it is now.</summary>
public sealed record LiveCall(string CallId, string CallerNumber, string CalledNumber, DateTimeOffset ArrivedAt)
{
    public IReadOnlyList<string> IvrPath { get; init; } = [];

    public string? Queue { get; init; }

    public string? Agent { get; init; }

    public CallPhase Phase { get; init; } = CallPhase.Offered;
}
