using System.Text;
using Hotline.Telephony.Ivr;

namespace Hotline.Telephony.Tests.Ivr;

/// <summary>A scripted call: each queued input is one burst of keys the caller presses when a collect finds the buffer empty (null = silence).</summary>
internal sealed class FakeIvrChannel : IIvrChannel
{
    private readonly StringBuilder _buffer = new();
    private readonly Queue<string?> _inputs;

    public FakeIvrChannel(params string?[] inputs) => _inputs = new Queue<string?>(inputs);

    public List<(IvrPrompt Prompt, bool Interruptible)> Played { get; } = [];

    public List<DigitCollectRequest> Collects { get; } = [];

    public List<RecordRequest> Records { get; } = [];

    public StringBuilder Discarded { get; } = new();

    public IvrRecording? Recording { get; set; }

    /// <summary>Runs on every prompt; may cancel or throw to simulate a hang-up.</summary>
    public Func<IvrPrompt, CancellationToken, Task>? OnPlay { get; set; }

    public IEnumerable<string> Said => Played.Select(p => p.Prompt.Say ?? p.Prompt.File ?? string.Empty);

    public int PendingInputs => _inputs.Count;

    /// <summary>Keys the caller typed ahead, buffered now.</summary>
    public void Press(string keys) => _buffer.Append(keys);

    public async Task PlayAsync(IvrPrompt prompt, bool interruptible, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Played.Add((prompt, interruptible));
        if (OnPlay is not null)
        {
            await OnPlay(prompt, cancellationToken);
        }
    }

    public Task<CollectedDigits> CollectDigitsAsync(DigitCollectRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Collects.Add(request);
        var digits = new StringBuilder();
        while (true)
        {
            while (_buffer.Length > 0)
            {
                var c = _buffer[0];
                _buffer.Remove(0, 1);
                if (c == request.Terminator)
                {
                    return Task.FromResult(new CollectedDigits(digits.ToString(), DigitCollectStatus.Terminator));
                }
                digits.Append(c);
                if (digits.Length == request.MaxDigits)
                {
                    return Task.FromResult(new CollectedDigits(digits.ToString(), DigitCollectStatus.MaxDigits));
                }
            }
            if (digits.Length > 0 || !_inputs.TryDequeue(out var next) || next is null)
            {
                return Task.FromResult(new CollectedDigits(digits.ToString(), DigitCollectStatus.Timeout));
            }
            _buffer.Append(next);
        }
    }

    public void DiscardBufferedDigits()
    {
        Discarded.Append(_buffer);
        _buffer.Clear();
    }

    public Task<IvrRecording?> RecordAsync(RecordRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Records.Add(request);
        return Task.FromResult(Recording);
    }
}

/// <summary>A ticket store for the query node.</summary>
internal sealed class FakeTicketLookup : ITicketStatusLookup
{
    public Dictionary<string, TicketStatusInfo> Tickets { get; } = new(StringComparer.Ordinal);

    public bool Fail { get; set; }

    public List<(string Number, string? Caller)> Queries { get; } = [];

    public Task<TicketStatusInfo?> FindAsync(string ticketNumber, string? callerNumber, CancellationToken cancellationToken)
    {
        Queries.Add((ticketNumber, callerNumber));
        if (Fail)
        {
            throw new InvalidOperationException("store down");
        }
        return Task.FromResult(Tickets.GetValueOrDefault(ticketNumber));
    }
}

/// <summary>Small builders for test flows.</summary>
internal static class TestFlows
{
    public static IvrFlow Flow(string start, params (string Id, IvrNode Node)[] nodes) => new()
    {
        Id = "test",
        Start = start,
        Nodes = nodes.ToDictionary(n => n.Id, n => n.Node, StringComparer.Ordinal),
    };

    public static IvrPrompt Say(string text) => IvrPrompt.Text(text);

    public static HangupNode End => new() { Reason = "end" };
}
