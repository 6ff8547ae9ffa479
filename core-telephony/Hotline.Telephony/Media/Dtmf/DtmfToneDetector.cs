using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Media.Dtmf;

/// <summary>
/// In-band DTMF detection over 8 kHz PCM with the Goertzel algorithm, for peers that send no RFC 4733 events.
/// </summary>
/// <remarks>
/// Audio is cut into blocks of 102 samples (12.75 ms), short enough to time a 40 ms tone and long enough to tell
/// neighbouring DTMF frequencies apart. A block is a hit when one tone of each group stands out, both are loud
/// enough, the twist is within limits, the two tones hold most of the block's energy (speech and music spread
/// theirs) and the level is steady across the block's quarters (so a block only partly covered by a tone does not
/// count: tones shorter than about 22 ms are never reported, tones of 38 ms or more always are). A digit is reported once when consecutive hits span <see cref="DtmfToneDetectorOptions.MinimumDuration"/>,
/// and it ends after <see cref="DtmfToneDetectorOptions.MinimumGap"/> without it. Feed frames of any length.
/// </remarks>
public sealed class DtmfToneDetector
{
    /// <summary>Samples per analysis block.</summary>
    public const int BlockSize = 102;

    private static readonly double[] s_coefficients = BuildCoefficients();

    private readonly double _minimumToneEnergy;
    private readonly double _normalTwist;
    private readonly double _reverseTwist;
    private readonly double _dominance;
    private readonly double _energyShare;
    private readonly int _onBlocks;
    private readonly int _gapBlocks;
    private readonly short[] _block = new short[BlockSize];
    private readonly Queue<DtmfToneDigit> _digits = new(4);
    private int _filled;
    private long _blockStart;
    private char _candidate;
    private int _candidateBlocks;
    private long _candidateStart;
    private char _on;
    private int _misses;

    /// <summary>Creates a detector.</summary>
    public DtmfToneDetector(DtmfToneDetectorOptions? options = null)
    {
        options ??= new DtmfToneDetectorOptions();
        var amplitude = ToneGenerator.AmplitudeOf(options.MinimumLevelDbm0);
        _minimumToneEnergy = amplitude * amplitude * BlockSize / 2;
        _normalTwist = Math.Pow(10, options.NormalTwistDb / 10);
        _reverseTwist = Math.Pow(10, options.ReverseTwistDb / 10);
        _dominance = Math.Pow(10, options.GroupDominanceDb / 10);
        _energyShare = options.MinimumToneEnergyShare;
        var block = BlockSize * 1000.0 / AudioFormat.SampleRate;

        // A tone of D ms always holds floor(D / block) - 1 whole blocks, whatever its alignment.
        _onBlocks = Math.Max(2, (int)(options.MinimumDuration.TotalMilliseconds / block) - 1);
        _gapBlocks = Math.Max(2, (int)(options.MinimumGap.TotalMilliseconds / block) - 1);
    }

    /// <summary>The digit currently sounding (after it was reported), if any.</summary>
    public char? CurrentDigit => _on == '\0' ? null : _on;

    /// <summary>Analyses more audio; digits found are read with <see cref="TryReadDigit"/>.</summary>
    public void Process(ReadOnlySpan<short> samples)
    {
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, BlockSize - _filled);
            samples[..count].CopyTo(_block.AsSpan(_filled));
            _filled += count;
            samples = samples[count..];
            if (_filled == BlockSize)
            {
                Step(Classify(_block));
                _filled = 0;
                _blockStart += BlockSize;
            }
        }
    }

    /// <summary>Takes the oldest detected digit.</summary>
    public bool TryReadDigit(out DtmfToneDigit digit) => _digits.TryDequeue(out digit);

    /// <summary>Forgets any tone in progress (e.g. after the stream was interrupted).</summary>
    public void Reset()
    {
        _filled = 0;
        _candidate = '\0';
        _candidateBlocks = 0;
        _on = '\0';
        _misses = 0;
    }

    private static double[] BuildCoefficients()
    {
        var frequencies = DtmfDigits.LowFrequencies.Concat(DtmfDigits.HighFrequencies).ToArray();
        return [.. frequencies.Select(f => 2 * Math.Cos(2 * Math.PI * f / AudioFormat.SampleRate))];
    }

    private static double Goertzel(ReadOnlySpan<short> block, double coefficient)
    {
        double s1 = 0, s2 = 0;
        foreach (var x in block)
        {
            var s = x + (coefficient * s1) - s2;
            s2 = s1;
            s1 = s;
        }

        // |X(f)|² scaled to the energy a sine at f contributes to the block.
        return ((s1 * s1) + (s2 * s2) - (coefficient * s1 * s2)) * 2 / block.Length;
    }

    private char Classify(ReadOnlySpan<short> block)
    {
        var total = 0.0;
        foreach (var x in block)
        {
            total += (double)x * x;
        }

        if (total < 2 * _minimumToneEnergy || !IsSteady(block, total))
        {
            return '\0';
        }

        Span<double> energy = stackalloc double[8];
        for (var i = 0; i < 8; i++)
        {
            energy[i] = Goertzel(block, s_coefficients[i]);
        }

        var row = Strongest(energy[..4]);
        var column = Strongest(energy[4..]);
        var low = energy[row];
        var high = energy[4 + column];
        if (low < _minimumToneEnergy || high < _minimumToneEnergy
            || low > high * _normalTwist || high > low * _reverseTwist
            || low + high < _energyShare * total
            || !Dominates(energy[..4], row) || !Dominates(energy[4..], column))
        {
            return '\0';
        }

        return DtmfDigits.At(row, column);
    }

    private static bool IsSteady(ReadOnlySpan<short> block, double total)
    {
        // Each quarter must carry at least half its share of the energy.
        var start = 0;
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var end = quarter * block.Length / 4;
            var energy = 0.0;
            for (var i = start; i < end; i++)
            {
                energy += (double)block[i] * block[i];
            }

            if (energy < 0.5 * total * (end - start) / block.Length)
            {
                return false;
            }

            start = end;
        }

        return true;
    }

    private static int Strongest(ReadOnlySpan<double> group)
    {
        var best = 0;
        for (var i = 1; i < group.Length; i++)
        {
            if (group[i] > group[best])
            {
                best = i;
            }
        }

        return best;
    }

    private bool Dominates(ReadOnlySpan<double> group, int best)
    {
        for (var i = 0; i < group.Length; i++)
        {
            if (i != best && group[i] * _dominance > group[best])
            {
                return false;
            }
        }

        return true;
    }

    private void Step(char hit)
    {
        if (_on != '\0')
        {
            if (hit == _on)
            {
                _misses = 0;
                return;
            }

            if (++_misses < _gapBlocks)
            {
                return;
            }

            _on = '\0';
            _candidate = '\0';
            _candidateBlocks = 0;
            return;
        }

        if (hit == '\0')
        {
            _candidate = '\0';
            _candidateBlocks = 0;
            return;
        }

        if (hit == _candidate)
        {
            _candidateBlocks++;
        }
        else
        {
            _candidate = hit;
            _candidateBlocks = 1;
            _candidateStart = _blockStart;
        }

        if (_candidateBlocks >= _onBlocks)
        {
            _digits.Enqueue(new DtmfToneDigit(hit, _candidateStart));
            _on = hit;
            _misses = 0;
        }
    }
}
