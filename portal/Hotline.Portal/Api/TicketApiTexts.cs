using System.Globalization;
using System.Resources;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>The staff-facing texts of the ticket API's problem details (TicketApiTexts.resx; Simplified Chinese is the neutral language).</summary>
public static class TicketApiTexts
{
    private static readonly ResourceManager Resources = new("Hotline.Portal.Api.TicketApiTexts", typeof(TicketApiTexts).Assembly);

    /// <summary>"no ticket {0}".</summary>
    public static string NotFound(string number) => Format(nameof(NotFound), number);

    /// <summary>"ticket {0} is in state {1}, {2} is not allowed"; without a known state, only ticket and action.</summary>
    public static string Refused(string number, TicketState? state, string action) => state is { } known
        ? Format(nameof(Refused), number, StateName(known), ActionName(action))
        : Format("RefusedUnknownState", number, ActionName(action));

    /// <summary>"field {0} is invalid".</summary>
    public static string Invalid(string field) => Format(nameof(Invalid), field);

    /// <summary>The name of a state as staff read it (受理, 已派单 …).</summary>
    public static string StateName(TicketState state) => Text("State_" + state) ?? state.ToString();

    /// <summary>The name of an action route segment (dispatch → 派单); the segment itself when it has none.</summary>
    public static string ActionName(string action) => Text("Action_" + action) ?? action;

    private static string? Text(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture);

    private static string Format(string name, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture,
            Text(name) ?? throw new MissingManifestResourceException($"TicketApiTexts.resx has no entry '{name}'."),
            values);
}
