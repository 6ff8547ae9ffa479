using System.Globalization;
using System.Resources;

namespace Hotline.Telephony.Ivr;

/// <summary>The demo organisation's flows, shipped inside the assembly (<c>Ivr/Flows/*.json</c> embedded through <c>DemoFlows.resx</c>).</summary>
/// <remarks>
/// 12328: business hours every day 08:00–20:00 Asia/Shanghai except listed holidays; outside them a message and voicemail.
/// Menu: 1 → complaints (priority 5), 2 → enquiries (5), 3 → enquiries (5, category "suggestion"),
/// 4 → ticket status by number then back to the menu, 0 → enquiries at priority 3 (a caller who chose no
/// business is served after those who did). No input or repeated invalid input after the retries also goes to 0's route,
/// so callers who cannot press keys still reach a person. The survey runs as its own flow after the agent hangs up.
/// </remarks>
public static class DemoFlows
{
    private static readonly ResourceManager Resources = new("Hotline.Telephony.Ivr.DemoFlows", typeof(DemoFlows).Assembly);

    /// <summary>The 12328 welcome menu flow.</summary>
    public static IvrFlow Load12328() => Load("Flow12328");

    /// <summary>The post-call satisfaction survey (press 1–5).</summary>
    public static IvrFlow Load12328Survey() => Load("Flow12328Survey");

    /// <summary>What a caller hears when the queue's maximum wait sends it to voicemail.</summary>
    public static IvrFlow Load12328QueueVoicemail() => Load("Flow12328QueueVoicemail");

    /// <summary>What a caller hears when the queue's maximum wait offers a call-back.</summary>
    public static IvrFlow Load12328QueueCallback() => Load("Flow12328QueueCallback");

    /// <summary>The raw JSON of the 12328 flow (a starting point for the flow editor).</summary>
    public static string Flow12328Json => Json("Flow12328");

    /// <summary>The raw JSON of the survey flow.</summary>
    public static string Flow12328SurveyJson => Json("Flow12328Survey");

    private static IvrFlow Load(string name) => IvrFlowJson.Parse(Json(name));

    private static string Json(string name) =>
        Resources.GetString(name, CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"Embedded flow '{name}' is missing from the assembly.");
}
