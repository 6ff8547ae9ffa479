using Hotline.Grains.Abstractions.Calls;
using Hotline.Telephony.Ivr;

namespace Hotline.Grains.Telephony;

/// <summary>Turns the engine's <see cref="IvrOutcome"/> into the <see cref="IvrResult"/> a call's grain acts on.</summary>
internal static class IvrResultMapper
{
    public static IvrResult From(IvrOutcome outcome, string flow) => new()
    {
        Kind = outcome.Kind switch
        {
            IvrOutcomeKind.Queue => IvrResultKind.Queue,
            IvrOutcomeKind.Voicemail => IvrResultKind.Voicemail,
            IvrOutcomeKind.Callback => IvrResultKind.Callback,
            IvrOutcomeKind.Survey => IvrResultKind.Survey,
            IvrOutcomeKind.Completed => IvrResultKind.Completed,
            IvrOutcomeKind.CallerHungUp => IvrResultKind.CallerHungUp,
            _ => IvrResultKind.Failed,
        },
        Flow = flow,
        Queue = outcome.Queue,
        Priority = outcome.Priority,
        Path = [.. outcome.Path.Select(step => step.ToString())],
        Variables = new Dictionary<string, string>(outcome.Variables, StringComparer.Ordinal),
        VoicemailPath = outcome.Recording?.FilePath,
        VoicemailLength = outcome.Recording?.Duration ?? TimeSpan.Zero,
        CallbackNumber = outcome.CallbackNumber,
        SurveyScore = outcome.SurveyScore,
        Reason = outcome.Reason,
    };
}
