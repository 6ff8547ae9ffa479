using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Search;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tickets.Duplicates;

/// <summary>What duplicates are looked for by: a stored ticket's or a draft's phone, subject, description and time.</summary>
public sealed record DuplicateProbe(string? Number, string? Phone, string? Plate, string? Enterprise, string? Route, string Description, DateTimeOffset At)
{
    /// <summary>The probe of a stored ticket.</summary>
    public static DuplicateProbe Of(TicketRecord ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new DuplicateProbe(ticket.Number, Clean(ticket.CitizenPhone), NormalisePlate(ticket.VehiclePlate), Clean(ticket.Enterprise), Clean(ticket.Route),
            ticket.Description, DateTimeOffset.FromUnixTimeMilliseconds(ticket.CreatedAtUnixMs));
    }

    /// <summary>The probe of a draft submitted at <paramref name="now"/>.</summary>
    public static DuplicateProbe Of(TicketSubmission draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var subject = draft.Subject ?? TicketSubject.None;
        return new DuplicateProbe(null, Clean(draft.CitizenPhone), NormalisePlate(subject.VehiclePlate), Clean(subject.Enterprise), Clean(subject.Route), draft.Description ?? "", now);
    }

    /// <summary>A plate as the finder compares plates (the search index's form).</summary>
    public static string? NormalisePlate(string? plate) => string.IsNullOrWhiteSpace(plate) ? null : VehiclePlates.Normalise(plate.Trim());

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
