using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>Reads the ticket API's query-string values (states, types, channels by name); a wrong one is a <see cref="TicketValidationException"/> naming the parameter.</summary>
public static class TicketQueryValues
{
    /// <summary>The states named in <paramref name="values"/> (Handling, dispatched …; case does not matter).</summary>
    public static IReadOnlyList<TicketState> States(string[]? values) => Enums<TicketState>("state", values);

    /// <summary>The channels named in <paramref name="values"/>.</summary>
    public static IReadOnlyList<TicketChannel> Channels(string[]? values) => Enums<TicketChannel>("channel", values);

    /// <summary>The channel of one name, null when <paramref name="value"/> is empty.</summary>
    public static TicketChannel? Channel(string? value) => Enums<TicketChannel>("channel", [value ?? ""]) is [var channel] ? channel : null;

    /// <summary>The types named in <paramref name="values"/> by their wire names (complaint, enquiry …).</summary>
    public static IReadOnlyList<TicketType> Types(string[]? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Type(v)!.Value)];

    /// <summary>The type of a wire name, null when <paramref name="value"/> is empty.</summary>
    public static TicketType? Type(string? value) => string.IsNullOrWhiteSpace(value)
        ? null
        : TicketTypeNames.Parse(value) ?? throw new TicketValidationException("type",
            $"'{value}' is not a ticket type; use one of {string.Join(", ", Enum.GetValues<TicketType>().Select(TicketTypeNames.Name))}.");

    private static List<T> Enums<T>(string field, string[]? values)
        where T : struct, Enum =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => Enum.TryParse<T>(v, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(v, out _) ? parsed : throw Unknown<T>(field, v))];

    private static TicketValidationException Unknown<T>(string field, string value)
        where T : struct, Enum =>
        new(field, $"'{value}' is not a {field}; use one of {string.Join(", ", Enum.GetNames<T>())}.");
}
