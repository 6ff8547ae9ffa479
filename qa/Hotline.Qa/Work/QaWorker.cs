using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Audio;
using Hotline.Qa.Scoring;
using Hotline.Qa.Transcription;

namespace Hotline.Qa.Work;

/// <summary>Takes calls from the queue, transcribes them, stores the result, streams the segments to analytics and scores the call.</summary>
/// <remarks>Every failure of a call ends in a status with its reason: the queue never sticks on bad input. Without a model the
/// call is scored on the items that need no words (silence, talk-over, hold); with <paramref name="scoring"/> null it is not scored.</remarks>
public sealed class QaWorker(string name, QaWorkJournal queue, CallTranscriber transcriber, TranscriptStore store, IEventOutbox? outbox, string dataDir,
    CallScoringService? scoring = null)
{
    /// <summary>The worker's name, recorded on the calls it leases.</summary>
    public string Name => name;

    /// <summary>Processes one call; false when the queue had nothing to do.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await queue.ClaimAsync(name, cancellationToken) is not { } claim)
            return false;
        var item = claim.Item;
        string? failure;
        try
        {
            var path = Path.IsPathRooted(item.RecordingPath) ? item.RecordingPath : Path.Combine(dataDir, item.RecordingPath);
            var result = await transcriber.TranscribeAsync(item.CallId, path, null, cancellationToken);
            failure = result.Transcript is { } t && !ChineseText.LooksChinese(t) ? "transcript is not Chinese (other language)" : null;
            await store.SaveAsync(item.CallId, result, cancellationToken);
            if (failure is null && result.Transcript is { Segments.Count: > 0 } transcript && outbox is not null)
                await outbox.AppendAsync(transcript.ToEvents(item.CallArrivedAt), cancellationToken);
            if (failure is null && scoring is not null)
                await scoring.ScoreAsync(Request(item, result), cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            failure = "recording missing: " + ex.FileName;
        }
        catch (DirectoryNotFoundException)
        {
            failure = "recording missing: " + item.RecordingPath;
        }
        catch (RecordingFormatException ex)
        {
            failure = "recording unusable: " + ex.Message;
        }
        catch (TimeoutException ex)
        {
            failure = ex.Message;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease expires and another worker takes the call.
            return true;
        }
#pragma warning disable CA1031 // Any other failure of one call must become its status, not stop the worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = $"{ex.GetType().Name}: {ex.Message}";
        }

        // The outcome is recorded even when shutdown began meanwhile: the work is done, and redoing it would score the call twice.
        if (failure is null)
            await queue.CompleteAsync(item.CallId, CancellationToken.None);
        else
            await queue.FailAsync(item.CallId, failure, CancellationToken.None);
        return true;
    }

    private static ScoringRequest Request(QaWorkItem item, CallTranscription result) => new(
        result.Transcript ?? result.SpeechOnly(item.CallId),
        item.AgentId,
        item.CallArrivedAt,
        item.Queue,
        result.Metrics.Holds,
        Ticket: null,
        item.Complaint,
        AgentStartedOn: null,
        HasText: result.Transcript is not null);
}
