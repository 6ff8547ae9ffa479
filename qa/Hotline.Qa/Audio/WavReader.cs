using System.Buffers.Binary;
using System.Globalization;

namespace Hotline.Qa.Audio;

/// <summary>Reads the stereo 16-bit PCM WAV files core-telephony records (left caller, right agent).</summary>
public static class WavReader
{
    private const int PcmFormat = 1;
    private const int ExtensibleFormat = 0xFFFE;

    /// <summary>Reads <paramref name="path"/>; throws <see cref="RecordingFormatException"/> naming what is wrong with it.</summary>
    public static StereoRecording ReadStereo(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The recording '{path}' does not exist.", path);
        return ReadStereo(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a WAV file's bytes; <paramref name="name"/> only names it in errors.</summary>
    public static StereoRecording ReadStereo(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes[8..12].SequenceEqual("WAVE"u8))
            throw new RecordingFormatException($"'{name}' is not a WAV file (no RIFF/WAVE header).");

        int channels = 0, sampleRate = 0, bits = 0;
        var position = 12;
        while (position + 8 <= bytes.Length)
        {
            var id = bytes.Slice(position, 4);
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes[(position + 4)..]), int.MaxValue);
            var body = position + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body + 16 > bytes.Length)
                    throw new RecordingFormatException($"'{name}' has a truncated fmt chunk.");
                var format = BinaryPrimitives.ReadUInt16LittleEndian(bytes[body..]);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(body + 2)..]);
                sampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[(body + 4)..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(body + 14)..]);
                if (format is not (PcmFormat or ExtensibleFormat) || bits != 16)
                    throw new RecordingFormatException(string.Create(CultureInfo.InvariantCulture,
                        $"'{name}' is format {format} with {bits} bits per sample; only 16-bit PCM is supported."));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (channels == 0)
                    throw new RecordingFormatException($"'{name}' has its data chunk before the fmt chunk.");
                if (channels != 2)
                    throw new RecordingFormatException(string.Create(CultureInfo.InvariantCulture,
                        $"'{name}' has {channels} channel(s); QA needs the stereo recording (left caller, right agent)."));
                if (sampleRate <= 0)
                    throw new RecordingFormatException($"'{name}' declares no sample rate.");
                // A recording cut short by a crash keeps what was written: read up to the end of the file.
                var available = Math.Min(size, bytes.Length - body);
                return Split(bytes.Slice(body, available - (available % 4)), sampleRate);
            }

            position = body + size + (size & 1);
        }

        throw new RecordingFormatException($"'{name}' has no data chunk.");
    }

    private static StereoRecording Split(ReadOnlySpan<byte> data, int sampleRate)
    {
        var frames = data.Length / 4;
        var caller = new float[frames];
        var agent = new float[frames];
        for (var i = 0; i < frames; i++)
        {
            caller[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(i * 4)..]) / 32768f;
            agent[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(i * 4 + 2)..]) / 32768f;
        }

        return new StereoRecording(caller, agent, sampleRate);
    }
}
