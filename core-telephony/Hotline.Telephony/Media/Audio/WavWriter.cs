using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Hotline.Telephony.Media.Audio;

/// <summary>
/// Writes 16-bit PCM WAV incrementally. The header's sizes are rewritten on <see cref="UpdateHeader"/> and on dispose,
/// so a file abandoned mid-way is valid up to the last update.
/// </summary>
public sealed class WavWriter : IDisposable
{
    /// <summary>Size of the canonical header this writer produces.</summary>
    public const int HeaderSize = 44;

    // RIFF sizes are 32-bit: stop short of the limit rather than wrap.
    private const long MaxDataBytes = uint.MaxValue - HeaderSize;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly byte[] _scratch = new byte[1024];
    private long _dataBytes;
    private bool _disposed;

    /// <summary>Starts a WAV stream at the stream's current position (which must be 0 for a seekable stream).</summary>
    public WavWriter(Stream stream, int channels, int sampleRate, bool ownsStream = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        if (!stream.CanSeek || !stream.CanWrite)
        {
            throw new ArgumentException("The stream must be writable and seekable.", nameof(stream));
        }

        _stream = stream;
        _ownsStream = ownsStream;
        Format = new WavFormat(WavFormat.Pcm, channels, sampleRate, 16);
        Span<byte> header = stackalloc byte[HeaderSize];
        WriteHeader(header, Format, 0);
        _stream.Write(header);
    }

    /// <summary>The format being written.</summary>
    public WavFormat Format { get; }

    /// <summary>Samples written per channel.</summary>
    public long FramesWritten => _dataBytes / Format.BlockAlign;

    /// <summary>Samples per channel that the header currently covers.</summary>
    public long FramesInHeader { get; private set; }

    /// <summary>Samples per channel that still fit under the 4 GiB RIFF limit.</summary>
    public long FramesRemaining => (MaxDataBytes - _dataBytes) / Format.BlockAlign;

    /// <summary>The file buffer <see cref="Create"/> uses unless told otherwise.</summary>
    public const int DefaultFileBufferSize = 16 * 1024;

    /// <summary>Creates a file (failing if it exists) and starts writing to it; a buffer size of 0 writes straight through.</summary>
    public static WavWriter Create(string path, int channels, int sampleRate, int bufferSize = DefaultFileBufferSize)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize);
        try
        {
            return new WavWriter(stream, channels, sampleRate);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Writes a whole file at once.</summary>
    public static void WriteFile(string path, ReadOnlySpan<short> interleaved, int channels, int sampleRate)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var writer = new WavWriter(stream, channels, sampleRate, ownsStream: false);
        writer.Write(interleaved);
    }

    /// <summary>Builds the 44-byte canonical header for a data size.</summary>
    public static void WriteHeader(Span<byte> header, WavFormat format, long dataBytes)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfLessThan(header.Length, HeaderSize);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)(dataBytes + HeaderSize - 8));
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], (ushort)format.FormatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)format.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], (uint)format.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(format.SampleRate * format.BlockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)format.BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], (ushort)format.BitsPerSample);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], (uint)dataBytes);
    }

    /// <summary>Appends samples (interleaved when multi-channel; whole sample frames only).</summary>
    /// <exception cref="InvalidOperationException">The file would exceed the 4 GiB RIFF limit.</exception>
    public void Write(ReadOnlySpan<short> interleaved)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (interleaved.Length % Format.Channels != 0)
        {
            throw new ArgumentException("Samples must cover whole frames of all channels.", nameof(interleaved));
        }

        var bytes = interleaved.Length * 2L;
        if (_dataBytes + bytes > MaxDataBytes)
        {
            throw new InvalidOperationException("The WAV file would exceed the 4 GiB RIFF limit.");
        }

        if (BitConverter.IsLittleEndian)
        {
            _stream.Write(MemoryMarshal.AsBytes(interleaved));
        }
        else
        {
            WriteSwapped(interleaved);
        }

        _dataBytes += bytes;
    }

    /// <summary>Rewrites the header's sizes to cover everything written, and flushes (to the disk itself if asked).</summary>
    public void UpdateHeader(bool flushToDisk = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _stream.Flush();
        Span<byte> header = stackalloc byte[HeaderSize];
        WriteHeader(header, Format, _dataBytes);
        var end = _stream.Position;
        _stream.Position = 4;
        _stream.Write(header.Slice(4, 4));
        _stream.Position = 40;
        _stream.Write(header.Slice(40, 4));
        _stream.Position = end;
        if (_stream is FileStream file)
        {
            file.Flush(flushToDisk);
        }
        else
        {
            _stream.Flush();
        }

        FramesInHeader = FramesWritten;
    }

    /// <summary>Writes the final sizes and closes the stream when owned.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            UpdateHeader();
        }
        finally
        {
            _disposed = true;
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
    }

    private void WriteSwapped(ReadOnlySpan<short> samples)
    {
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, _scratch.Length / 2);
            for (var i = 0; i < count; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(_scratch.AsSpan(i * 2), samples[i]);
            }

            _stream.Write(_scratch, 0, count * 2);
            samples = samples[count..];
        }
    }
}
