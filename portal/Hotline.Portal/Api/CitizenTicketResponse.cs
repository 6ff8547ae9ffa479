using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>What a citizen (or the partner that submitted it) sees of a ticket.</summary>
public sealed record CitizenTicketResponse(string Number, string Type, string State, DateTimeOffset SubmittedAt, IReadOnlyList<CitizenTicketStepResponse> Steps, string? Reply)
{
    /// <summary>The response for a citizen view from the intake.</summary>
    public static CitizenTicketResponse From(CitizenTicketView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Number, TicketTypeNames.Name(view.Type), view.StateText, view.SubmittedAt,
            [.. view.Steps.Select(step => new CitizenTicketStepResponse(step.At, step.Text))], view.Reply);
    }
}
