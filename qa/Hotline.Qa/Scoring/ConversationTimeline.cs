using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring;

/// <summary>The shape of a conversation the timing rules read: silences, talk-over and holds.</summary>
/// <param name="Duration">Seconds from the start of the recording to the end of the last speech (or hold).</param>
/// <param name="Silences">Stretches where neither party spoke and the caller was not on hold.</param>
/// <param name="TalkOvers">Stretches where both spoke.</param>
/// <param name="Holds">Stretches the caller was on hold (from the call's hold events).</param>
public sealed record ConversationTimeline(double Duration, IReadOnlyList<SpeechSpan> Silences, IReadOnlyList<TalkOver> TalkOvers, IReadOnlyList<SpeechSpan> Holds)
{
    /// <summary>Derives silences and talk-over from the transcript's segment times; holds come from the call.</summary>
    /// <remarks>Silence starts at the first speech: the ring-back before anyone speaks is not dead air.</remarks>
    public static ConversationTimeline FromTranscript(Transcript transcript, IReadOnlyList<SpeechSpan> holds)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(holds);
        var segments = transcript.Segments.OrderBy(s => s.Start).ToList();
        var silences = new List<SpeechSpan>();
        var talkOvers = new List<TalkOver>();
        var duration = holds.Count == 0 ? 0 : holds.Max(h => h.End);
        if (segments.Count == 0)
            return new ConversationTimeline(duration, silences, talkOvers, holds);

        var speechEnd = segments[0].End;
        for (var i = 1; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Start > speechEnd)
                silences.AddRange(new SpeechSpan(speechEnd, segment.Start).Without(holds));
            speechEnd = Math.Max(speechEnd, segment.End);
        }

        foreach (var later in segments)
        {
            // The other channel's segment that was already running when this one started.
            var running = segments.FirstOrDefault(s => s.Channel != later.Channel && s.Start < later.Start && s.End > later.Start);
            if (running is not null)
                talkOvers.Add(new TalkOver(new SpeechSpan(later.Start, Math.Min(running.End, later.End)), later.Channel, later.Text));
        }

        return new ConversationTimeline(Math.Max(duration, speechEnd), silences, talkOvers, holds);
    }
}
