namespace Hotline.Portal.Tests.Components;

/// <summary>A clock that always reads <paramref name="now"/>, for pages that show times relative to now.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
