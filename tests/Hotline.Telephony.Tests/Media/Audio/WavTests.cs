using System.Buffers.Binary;
using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Audio;

[Trait("Category", "Integration")]
public sealed class WavTests : IDisposable
{
    private readonly string _folder = AudioTestHelpers.TempFolder("wav");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static byte[] Wav(int tag, int channels, int rate, int bits, ReadOnlySpan<byte> data, bool extensible = false)
    {
        var fmtSize = extensible ? 40 : 16;
        var bytes = new byte[12 + 8 + fmtSize + 8 + data.Length];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), bytes.Length - 8);
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), fmtSize);
        var f = bytes.AsSpan(20);
        BinaryPrimitives.WriteUInt16LittleEndian(f, (ushort)(extensible ? 0xFFFE : tag));
        BinaryPrimitives.WriteUInt16LittleEndian(f[2..], (ushort)channels);
        BinaryPrimitives.WriteInt32LittleEndian(f[4..], rate);
        BinaryPrimitives.WriteInt32LittleEndian(f[8..], rate * channels * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(f[12..], (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(f[14..], (ushort)bits);
        if (extensible)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(f[16..], 22);
            BinaryPrimitives.WriteUInt16LittleEndian(f[24..], (ushort)tag);
        }

        var d = bytes.AsSpan(20 + fmtSize);
        "data"u8.CopyTo(d);
        BinaryPrimitives.WriteInt32LittleEndian(d[4..], data.Length);
        data.CopyTo(d[8..]);
        return bytes;
    }

    [Fact]
    public void Written_mono_and_stereo_files_read_back_sample_exact()
    {
        var mono = AudioTestHelpers.WhiteNoise(8000, 5000, seed: 1);
        WavWriter.WriteFile(PathOf("mono.wav"), mono, 1, 8000);
        var read = WavReader.Read(PathOf("mono.wav"));
        Assert.Equal(WavFormat.Narrowband, read.Format);
        Assert.Equal(mono, read.Samples);
        Assert.Equal(TimeSpan.FromSeconds(1), read.Duration);
        Assert.Equal(mono, WavReader.ReadPrompt(PathOf("mono.wav")));

        short[] stereo = [1, -1, 2, -2, short.MaxValue, short.MinValue];
        WavWriter.WriteFile(PathOf("stereo.wav"), stereo, 2, 8000);
        var both = WavReader.Read(PathOf("stereo.wav"));
        Assert.Equal("8000 Hz stereo 16-bit PCM", both.Format.ToString());
        Assert.Equal(new short[] { 1, 2, short.MaxValue }, both.Channel(0));
        Assert.Equal(new short[] { -1, -2, short.MinValue }, both.Channel(1));
        Assert.Equal(44 + 12, new FileInfo(PathOf("stereo.wav")).Length);
    }

    [Fact]
    public void Sox_reads_what_the_writer_wrote()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/soxi"), "sox is not installed");
        WavWriter.WriteFile(PathOf("check.wav"), new short[16000], 2, 8000);
        using var soxi = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/soxi", ["-s", PathOf("check.wav")]) { RedirectStandardOutput = true })!;
        var output = soxi.StandardOutput.ReadToEnd();
        soxi.WaitForExit();
        Assert.Equal("8000", output.Trim());
    }

    [Fact]
    public void G711_and_extensible_files_are_decoded()
    {
        byte[] codes = [0xFF, 0x80, 0x00, 0x7E];
        File.WriteAllBytes(PathOf("mulaw.wav"), Wav(7, 1, 8000, 8, codes));
        Assert.Equal(new short[] { 0, 32124, -32124, -8 }, WavReader.ReadPrompt(PathOf("mulaw.wav")));
        File.WriteAllBytes(PathOf("alaw.wav"), Wav(6, 1, 8000, 8, [0xD5, 0x55]));
        Assert.Equal(new short[] { 8, -8 }, WavReader.ReadPrompt(PathOf("alaw.wav")));
        File.WriteAllBytes(PathOf("ext.wav"), Wav(1, 1, 8000, 16, [0x34, 0x12, 0xFF, 0xFF], extensible: true));
        Assert.Equal(new short[] { 0x1234, -1 }, WavReader.ReadPrompt(PathOf("ext.wav")));
    }

    [Fact]
    public void Prompts_at_higher_rates_are_resampled_to_8_kHz()
    {
        foreach (var rate in new[] { 16000, 22050, 48000 })
        {
            var tone = AudioTestHelpers.Sine(1000, 8000, rate / 2, rate);
            WavWriter.WriteFile(PathOf($"p{rate}.wav"), tone, 1, rate);
            var prompt = WavReader.ReadPrompt(PathOf($"p{rate}.wav"));
            Assert.Equal(4000, prompt.Length);
            Assert.InRange(AudioTestHelpers.AmplitudeAt(prompt.AsSpan(500, 3000), 1000), 7500, 8200);
        }
    }

    [Fact]
    public void Unsupported_formats_name_the_file_and_its_format()
    {
        File.WriteAllBytes(PathOf("float.wav"), Wav(3, 1, 8000, 32, new byte[8]));
        var e = Assert.Throws<WavFormatException>(() => WavReader.ReadPrompt(PathOf("float.wav")));
        Assert.Contains("float.wav", e.Message, StringComparison.Ordinal);
        Assert.Contains("8000 Hz mono 32-bit IEEE float", e.Message, StringComparison.Ordinal);
        Assert.Equal(new WavFormat(3, 1, 8000, 32), e.Format);

        WavWriter.WriteFile(PathOf("stereo.wav"), new short[20], 2, 44100);
        e = Assert.Throws<WavFormatException>(() => WavReader.ReadPrompt(PathOf("stereo.wav")));
        Assert.Contains("stereo.wav (44100 Hz stereo 16-bit PCM): prompts must be mono", e.Message, StringComparison.Ordinal);

        WavWriter.WriteFile(PathOf("11k.wav"), new short[20], 1, 11025);
        e = Assert.Throws<WavFormatException>(() => WavReader.ReadPrompt(PathOf("11k.wav")));
        Assert.Contains("11025 Hz", e.Message, StringComparison.Ordinal);
        Assert.Contains("unsupported sample rate", e.Message, StringComparison.Ordinal);

        File.WriteAllBytes(PathOf("8bit.wav"), Wav(1, 1, 8000, 8, new byte[8]));
        e = Assert.Throws<WavFormatException>(() => WavReader.ReadPrompt(PathOf("8bit.wav")));
        Assert.Contains("8000 Hz mono 8-bit PCM", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_files_are_rejected_with_their_name()
    {
        File.WriteAllText(PathOf("text.wav"), "hello, this is not audio");
        var e = Assert.Throws<WavFormatException>(() => WavReader.Read(PathOf("text.wav")));
        Assert.Equal(PathOf("text.wav") + ": not a RIFF/WAVE file", e.Message);

        var noData = Wav(1, 1, 8000, 16, []).AsSpan(0, 36).ToArray();
        Assert.Contains("no data chunk", Assert.Throws<WavFormatException>(() => WavReader.Read(noData, "nodata.wav")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_data_chunk_keeps_what_is_there_and_odd_chunks_are_skipped()
    {
        var full = Wav(1, 1, 8000, 16, [1, 0, 2, 0, 3, 0, 4, 0]);
        Assert.Equal(new short[] { 1, 2, 3 }, WavReader.Read(full.AsSpan(0, full.Length - 2), "cut.wav").Samples);

        // A LIST chunk of odd size (padded) between fmt and data.
        var withList = full[..36].Concat("LIST"u8.ToArray()).Concat(new byte[] { 3, 0, 0, 0, 1, 2, 3, 0 }).Concat(full[36..]).ToArray();
        Assert.Equal(new short[] { 1, 2, 3, 4 }, WavReader.Read(withList, "list.wav").Samples);
    }
}
