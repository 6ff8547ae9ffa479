using Hotline.Grains.Abstractions.Calls;
using Hotline.Telephony.Calls;

namespace Hotline.Grains.Telephony;

/// <summary>Turns the telephony's <see cref="CallEnded"/> into the <see cref="CallEndInfo"/> a call's grain records.</summary>
internal static class CallEndInfoMapper
{
    public static CallEndInfo From(CallEnded ended)
    {
        var legs = ended.Media?.Legs ?? [];
        return new CallEndInfo
        {
            At = ended.At,
            Reason = ended.Reason,
            SipStatus = ended.SipStatus,
            Failed = ended.Cause == Hotline.Telephony.Calls.CallEndCause.Failure,
            RecordingPath = ended.Media?.Recording?.FilePath ?? "",
            RecordingLength = ended.Media?.Recording?.Duration ?? TimeSpan.Zero,
            LossFraction = legs.Count == 0 ? 0 : legs.Max(l => l.Quality.LossPercent) / 100,
            JitterMilliseconds = legs.Count == 0 ? 0 : legs.Max(l => l.Quality.JitterMilliseconds),
        };
    }
}
