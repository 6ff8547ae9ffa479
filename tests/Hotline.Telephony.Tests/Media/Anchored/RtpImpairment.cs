namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>A bad network between the caller and the platform: drops, duplicates and swaps packets at random (seeded, so runs repeat).</summary>
internal sealed class RtpImpairment(int seed, double loss, double duplication, double reordering)
{
    private readonly Random _random = new(seed);

    /// <summary>Packets never sent.</summary>
    public int Dropped { get; private set; }

    /// <summary>Packets sent twice.</summary>
    public int Duplicated { get; private set; }

    /// <summary>Packets held back and sent after the packet that followed them.</summary>
    public int Reordered { get; private set; }

    /// <summary>What happens to the next packet; <paramref name="canHold"/> is false while one is already held back.</summary>
    public RtpFate Next(bool canHold)
    {
        var roll = _random.NextDouble();
        if (roll < loss)
        {
            Dropped++;
            return RtpFate.Drop;
        }

        if (roll < loss + duplication)
        {
            Duplicated++;
            return RtpFate.Duplicate;
        }

        if (roll < loss + duplication + reordering && canHold)
        {
            Reordered++;
            return RtpFate.HoldBack;
        }

        return RtpFate.Send;
    }
}
