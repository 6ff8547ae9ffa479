namespace Hotline.Telephony.Media.Audio;

/// <summary>
/// One background thread that does the disk I/O of call recordings: recorders hand it a header interval of audio at a
/// time, so the media clock never waits on a write, a flush or a header rewrite. The audio chunks come from a pool this
/// writer owns, so recording allocates nothing once running.
/// </summary>
public sealed class RecordingWriter : IDisposable
{
    // Chunks of other sizes (an unusual header interval) are not kept: the pool serves the common size only.
    private const int PooledChunks = 4096;

    private readonly object _gate = new();
    private readonly Queue<Job> _jobs = new();
    private readonly Stack<short[]> _free = new();
    private readonly Thread _thread;
    private int _chunkSamples;
    private bool _busy;
    private bool _stopping;
    private long _failures;

    /// <summary>Starts the writer thread.</summary>
    public RecordingWriter(string threadName = "hotline-recording-writer")
    {
        ArgumentException.ThrowIfNullOrEmpty(threadName);
        _thread = new Thread(Run) { IsBackground = true, Name = threadName };
        _thread.Start();
    }

    /// <summary>Writes that failed (disk full, file gone); the recording goes on with a gap rather than stopping the call.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Blocks until every chunk handed over so far is written; false when that took longer than <paramref name="timeout"/>.</summary>
    public bool WaitUntilIdle(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (_jobs.Count > 0 || _busy)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left))
                {
                    return _jobs.Count == 0 && !_busy;
                }
            }

            return true;
        }
    }

    /// <summary>A buffer for <paramref name="samples"/> interleaved samples, from the pool when one is free.</summary>
    internal short[] RentChunk(int samples)
    {
        lock (_gate)
        {
            if (_chunkSamples == 0)
            {
                _chunkSamples = samples;
            }

            if (samples == _chunkSamples && _free.TryPop(out var chunk))
            {
                return chunk;
            }
        }

        return new short[samples];
    }

    /// <summary>Appends a chunk to a recording's file and rewrites its header sizes; the chunk goes back to the pool.</summary>
    internal void Write(WavWriter writer, short[] chunk, int samples, bool flushToDisk) =>
        Enqueue(new Job(writer, chunk, samples, flushToDisk, null));

    /// <summary>Appends the last audio (if any) and closes the file; the task completes once it is closed.</summary>
    internal Task Close(WavWriter writer, short[]? chunk, int samples)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new Job(writer, chunk, samples, false, closed));
        return closed.Task;
    }

    private void Enqueue(Job job)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            _jobs.Enqueue(job);
            if (_jobs.Count == 1)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Run()
    {
        while (true)
        {
            Job job;
            lock (_gate)
            {
                _busy = false;
                while (_jobs.Count == 0)
                {
                    Monitor.PulseAll(_gate);
                    if (_stopping)
                    {
                        return;
                    }

                    Monitor.Wait(_gate);
                }

                job = _jobs.Dequeue();
                _busy = true;
            }

            Execute(job);
        }
    }

    private void Execute(Job job)
    {
        try
        {
            if (job.Chunk is { } chunk && job.Samples > 0)
            {
                job.Writer.Write(chunk.AsSpan(0, job.Samples));
            }

            if (job.Closed is null)
            {
                job.Writer.UpdateHeader(job.FlushToDisk);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException or InvalidOperationException)
        {
            Interlocked.Increment(ref _failures);
        }
        finally
        {
            if (job.Closed is { } closed)
            {
                CloseFile(job.Writer);
                closed.TrySetResult();
            }

            if (job.Chunk is { } used)
            {
                lock (_gate)
                {
                    if (used.Length == _chunkSamples && _free.Count < PooledChunks)
                    {
                        _free.Push(used);
                    }
                }
            }
        }
    }

    private void CloseFile(WavWriter writer)
    {
        try
        {
            writer.Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    /// <summary>Writes what was handed over, closes what was asked to be closed, and stops the thread.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
            Monitor.PulseAll(_gate);
        }

        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }
    }

    private readonly record struct Job(WavWriter Writer, short[]? Chunk, int Samples, bool FlushToDisk, TaskCompletionSource? Closed);
}
