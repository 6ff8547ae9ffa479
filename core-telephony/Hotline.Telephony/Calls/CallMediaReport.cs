using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Calls;

/// <summary>What the platform's media saw of a call: its recording and each leg's RTP quality.</summary>
/// <param name="Recording">The stereo recording (left caller, right agent side), or null when the call was not recorded.</param>
/// <param name="Legs">Every leg the call had, in the order they left.</param>
public sealed record CallMediaReport(RecordingInfo? Recording, IReadOnlyList<LegQuality> Legs);
