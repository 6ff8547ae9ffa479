namespace Hotline.Telephony.Media.Dtmf;

/// <summary>A digit found in audio by <see cref="DtmfToneDetector"/>.</summary>
/// <param name="Digit">The digit.</param>
/// <param name="StartSample">The index, counted from the detector's first sample, of the first block holding the tone.</param>
public readonly record struct DtmfToneDigit(char Digit, long StartSample);
