using System.Buffers.Binary;

namespace Hotline.Telephony.Media.Audio;

/// <summary>Reads WAV files (16-bit PCM, or 8-bit G.711) and turns prompts into the engine's 8 kHz mono PCM.</summary>
public static class WavReader
{
    /// <summary>Sample rates a prompt may have; anything above 8 kHz is low-passed and resampled.</summary>
    public static IReadOnlyList<int> PromptSampleRates { get; } = [8000, 16000, 22050, 24000, 32000, 44100, 48000];

    /// <summary>Reads a WAV file's format chunk only.</summary>
    public static WavFormat ReadFormat(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllBytes(path), path, decode: false).Format;
    }

    /// <summary>Reads and decodes a WAV file, keeping its rate and channels.</summary>
    /// <exception cref="WavFormatException">The file is malformed or not 16-bit PCM, A-law or µ-law.</exception>
    public static WavAudio Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllBytes(path), path, decode: true);
    }

    /// <summary>Reads and decodes WAV bytes; <paramref name="name"/> names them in errors.</summary>
    public static WavAudio Read(ReadOnlySpan<byte> bytes, string name) => Parse(bytes, name, decode: true);

    /// <summary>Reads a prompt as 8 kHz 16-bit mono PCM, resampling rates listed in <see cref="PromptSampleRates"/>.</summary>
    /// <exception cref="WavFormatException">The file is malformed, not mono, or in an unsupported encoding or rate.</exception>
    public static short[] ReadPrompt(string path) => ToPrompt(Read(path), path);

    /// <summary>Converts decoded audio to a prompt; <paramref name="name"/> names it in errors.</summary>
    public static short[] ToPrompt(WavAudio audio, string name)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (audio.Format.Channels != 1)
        {
            throw new WavFormatException(name, audio.Format, "prompts must be mono; convert with: sox in.wav -c 1 -r 8000 -b 16 out.wav");
        }

        if (audio.Format.SampleRate == AudioFormat.SampleRate)
        {
            return audio.Samples;
        }

        if (!PromptSampleRates.Contains(audio.Format.SampleRate))
        {
            throw new WavFormatException(
                name,
                audio.Format,
                $"unsupported sample rate; prompts must be 8000 Hz or one of {string.Join(", ", PromptSampleRates)} Hz");
        }

        return Resampler.ToNarrowband(audio.Samples, audio.Format.SampleRate);
    }

    private static WavAudio Parse(ReadOnlySpan<byte> bytes, string name, bool decode)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes[8..12].SequenceEqual("WAVE"u8))
        {
            throw new WavFormatException(name, null, "not a RIFF/WAVE file");
        }

        WavFormat? format = null;
        var offset = 12;
        while (offset + 8 <= bytes.Length)
        {
            var id = bytes.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(offset + 4)..]);
            var body = offset + 8;
            var available = bytes.Length - body;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || size > available)
                {
                    throw new WavFormatException(name, null, "truncated format chunk");
                }

                format = ParseFormat(bytes.Slice(body, (int)size));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                {
                    throw new WavFormatException(name, null, "data chunk before the format chunk");
                }

                // A file cut short (a crash, a copy in progress) keeps what is there.
                var length = (int)Math.Min(size, (uint)available);
                return decode ? Decode(bytes.Slice(body, length), format, name) : new WavAudio(format, []);
            }

            offset = body + (int)Math.Min(size + (size & 1), (uint)available);
        }

        throw new WavFormatException(name, format, format is null ? "no format chunk" : "no data chunk");
    }

    private static WavFormat ParseFormat(ReadOnlySpan<byte> chunk)
    {
        int tag = BinaryPrimitives.ReadUInt16LittleEndian(chunk);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(chunk[2..]);
        var rate = BinaryPrimitives.ReadInt32LittleEndian(chunk[4..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(chunk[14..]);
        if (tag == WavFormat.Extensible && chunk.Length >= 40)
        {
            // The sub-format GUID's first two bytes are the classic format tag.
            tag = BinaryPrimitives.ReadUInt16LittleEndian(chunk[24..]);
        }

        return new WavFormat(tag, channels, rate, bits);
    }

    private static WavAudio Decode(ReadOnlySpan<byte> data, WavFormat format, string name)
    {
        if (format.Channels < 1 || format.SampleRate <= 0)
        {
            throw new WavFormatException(name, format, "invalid channel count or sample rate");
        }

        data = data[..(data.Length - (data.Length % format.BlockAlign))];
        switch (format.FormatTag, format.BitsPerSample)
        {
            case (WavFormat.Pcm, 16):
            {
                var samples = new short[data.Length / 2];
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(i * 2)..]);
                }

                return new WavAudio(format, samples);
            }

            case (WavFormat.MuLaw, 8):
            {
                var samples = new short[data.Length];
                MuLaw.Decode(data, samples);
                return new WavAudio(format with { FormatTag = WavFormat.Pcm, BitsPerSample = 16 }, samples);
            }

            case (WavFormat.ALaw, 8):
            {
                var samples = new short[data.Length];
                ALaw.Decode(data, samples);
                return new WavAudio(format with { FormatTag = WavFormat.Pcm, BitsPerSample = 16 }, samples);
            }

            default:
                throw new WavFormatException(name, format, "unsupported encoding; expected 16-bit PCM (or 8-bit A-law/µ-law)");
        }
    }
}
