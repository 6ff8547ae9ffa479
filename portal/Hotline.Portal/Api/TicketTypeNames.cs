using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>The wire names of <see cref="TicketType"/> (lowercase English, stable in the public contract).</summary>
public static class TicketTypeNames
{
    /// <summary>The wire name of a type.</summary>
    public static string Name(TicketType type) => type.ToString().ToLowerInvariant();

    /// <summary>The type a wire name stands for, or null for an unknown name.</summary>
    public static TicketType? Parse(string? name) =>
        Enum.GetValues<TicketType>().Cast<TicketType?>().FirstOrDefault(type => string.Equals(Name(type!.Value), name, StringComparison.OrdinalIgnoreCase));
}
