using System.Collections.Concurrent;
using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Tests.Calls;

/// <summary>A telephony node that records the commands the grains give it (the real node is tested with real phones).</summary>
internal sealed class RecordingTelephonyNode : ITelephonyNode
{
    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Thrown by hold/resume to test how the grain passes the node's refusal on.</summary>
    public string? RefuseHoldWith { get; set; }

    public bool Received(string command) => Commands.Contains(command);

    public Task RunIvrAsync(string callId, string flow) => Record($"ivr {callId} {flow}");

    public Task PlayMusicOnHoldAsync(string callId) => Record($"moh {callId}");

    public Task AnnounceAsync(string callId, string text) => Record($"announce {callId} {text}");

    public Task RingAgentAsync(string callId, string extension, TimeSpan ringTimeout) => Record($"ring {callId} {extension}");

    public Task SetHoldAsync(string callId, bool hold)
    {
        if (RefuseHoldWith is { } reason)
        {
            throw new CallCommandException(reason);
        }

        return Record($"{(hold ? "hold" : "resume")} {callId}");
    }

    public Task TransferAsync(string callId, TransferTarget target, TimeSpan ringTimeout) => Record($"transfer {callId} {target.Number}");

    public Task ReleaseAgentAsync(string callId) => Record($"release {callId}");

    public Task AddPartyAsync(string callId, TransferTarget target, TimeSpan ringTimeout) => Record($"conference {callId} {target.Number}");

    public Task SuperviseAsync(string callId, string supervisorExtension, SupervisionMode mode, TimeSpan ringTimeout) =>
        Record($"supervise {callId} {supervisorExtension} {mode}");

    public Task KeepCallerForSurveyAsync(string callId) => Record($"keep {callId}");

    public Task DialAsync(string callId, string agentExtension, string number, string serviceNumber, TimeSpan ringTimeout) =>
        Record($"dial {callId} {agentExtension} {number} as {serviceNumber}");

    public Task HangupAsync(string callId) => Record($"hangup {callId}");

    private Task Record(string command)
    {
        Commands.Enqueue(command);
        return Task.CompletedTask;
    }
}
