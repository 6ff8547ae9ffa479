using System.Security.Cryptography;
using System.Text;

namespace Hotline.Qa.Review;

/// <summary>Applies the sampling rules to a scored call: all low scores, complaints, model flags, new agents, and a random N %.</summary>
/// <remarks>The random draw hashes the call id, so sampling a call twice (a retry, a rescore) gives the same answer and the share is exact over many calls.</remarks>
public sealed class SamplingPolicy(SamplingSettings settings)
{
    /// <summary>The reasons the call is sampled for, most urgent first; empty when it is not.</summary>
    public IReadOnlyList<SamplingReason> Reasons(ReviewCandidate call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var reasons = new List<SamplingReason>();
        if (settings.Complaints && call.IsComplaint)
            reasons.Add(SamplingReason.Complaint);
        if (call.Score < settings.LowScoreBelow)
            reasons.Add(SamplingReason.LowScore);
        if (settings.ModelFlags && call.FlaggedByModel)
            reasons.Add(SamplingReason.ModelFlag);
        if (settings.NewAgentDays > 0 && call.AgentStartedOn is { } started
            && DateOnly.FromDateTime(call.ArrivedAt.Date).DayNumber - started.DayNumber < settings.NewAgentDays)
            reasons.Add(SamplingReason.NewAgent);
        if (Draw(call.CallId) < settings.RandomPercent / 100)
            reasons.Add(SamplingReason.Random);
        return reasons;
    }

    /// <summary>A uniform number in [0, 1) fixed by the call id.</summary>
    public static double Draw(string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(callId));
        return BitConverter.ToUInt64(hash, 0) / (ulong.MaxValue + 1.0);
    }
}
