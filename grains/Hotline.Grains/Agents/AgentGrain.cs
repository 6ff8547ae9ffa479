using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Agents;

/// <summary>
/// One agent's state machine: logged out → not ready ⇄ ready → ringing → talking → wrap-up → ready. Every change
/// of availability is announced to the queues that need the agent's skills. Only the profile is stored; presence
/// lives in the activation (<see cref="AgentPresence"/>). Every state left is written to the event outbox as an
/// <see cref="AgentStateInterval"/>.
/// </summary>
public sealed class AgentGrain(
    [PersistentState("agent", GrainStorage.Main)] IPersistentState<AgentConfigurationState> configuration,
    TimeProvider clock,
    IServiceProvider services,
    ILogger<AgentGrain> logger) : Grain, IAgentGrain
{
    // Presence lives only in this activation, so a logged-in agent must not be collected as idle: it would come back
    // logged out. A timer that keeps the grain alive does that; its tick has nothing to do.
    private static readonly TimeSpan KeepAlivePeriod = TimeSpan.FromMinutes(1);

    private readonly AgentPresence _presence = new();
    private readonly AgentIntervalWriter _intervals = new(services.GetService<IEventOutbox>(), logger);
    private IGrainTimer? _wrapUpTimer;
    private IGrainTimer? _keepAlive;

    private AgentPresence P => _presence;

    private AgentProfile? Profile => configuration.State.Profile;

    private string Extension => this.GetPrimaryKeyString();

    public async Task ConfigureAsync(AgentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Extension != Extension)
        {
            throw new ArgumentException($"profile of agent {profile.Extension} sent to agent {Extension}", nameof(profile));
        }

        if (profile.Skills.FirstOrDefault(s => s.Level is < 1 or > 10) is { } badLevel)
        {
            throw new ArgumentException($"agent {Extension}: skill '{badLevel.Skill}' has level {badLevel.Level}; levels run from 1 to 10", nameof(profile));
        }

        if (profile.WrapUp < TimeSpan.Zero)
        {
            throw new ArgumentException($"agent {Extension}: wrap-up time {profile.WrapUp} is negative", nameof(profile));
        }

        var before = SkillNames(Profile);
        var after = SkillNames(profile);
        configuration.State.Profile = profile;
        await configuration.WriteStateAsync();
        foreach (var skill in after.Except(before))
        {
            await GrainFactory.GetGrain<IAgentRosterGrain>(skill).AddAsync(Extension);
        }

        foreach (var skill in before.Except(after))
        {
            await GrainFactory.GetGrain<IAgentRosterGrain>(skill).RemoveAsync(Extension);
        }

        if (P.Status == AgentStatus.Ready)
        {
            await AnnounceAsync([.. before.Except(after)], available: false);
            await AnnounceAsync(after, available: true);
        }
    }

    public Task<AgentProfile?> GetProfileAsync() => Task.FromResult(Profile);

    public Task LoginAsync()
    {
        if (Profile is null)
        {
            throw new AgentCommandException($"agent {Extension} has no profile; configure it before logging in");
        }

        if (P.Status != AgentStatus.LoggedOut)
        {
            throw new AgentCommandException($"agent {Extension} is already logged in ({P.Status})");
        }

        P.LoggedInAt = clock.GetUtcNow();
        _keepAlive ??= this.RegisterGrainTimer(
            static _ => Task.CompletedTask,
            new GrainTimerCreationOptions(KeepAlivePeriod, KeepAlivePeriod) { KeepAlive = true, Interleave = true });
        Move(AgentStatus.NotReady, NotReadyReason.Other);
        return Task.CompletedTask;
    }

    public async Task LogoutAsync()
    {
        Require(AgentStatus.Ready, AgentStatus.NotReady, AgentStatus.WrapUp);
        StopWrapUp();
        if (P.LoggedInAt is { } since)
        {
            P.LoggedInEarlierToday += clock.GetUtcNow() - since;
        }

        P.LoggedInAt = null;
        _keepAlive?.Dispose();
        _keepAlive = null;
        Move(AgentStatus.LoggedOut, null);
        await AnnounceAsync(available: false);
    }

    public async Task SetReadyAsync()
    {
        Require(AgentStatus.NotReady, AgentStatus.WrapUp, AgentStatus.Ready);
        if (P.Status == AgentStatus.Ready)
        {
            return;
        }

        StopWrapUp();
        Move(AgentStatus.Ready, null);
        await AnnounceAsync(available: true);
    }

    public async Task SetNotReadyAsync(NotReadyReason reason)
    {
        Require(AgentStatus.Ready, AgentStatus.NotReady, AgentStatus.WrapUp);
        StopWrapUp();
        Move(AgentStatus.NotReady, reason);
        await AnnounceAsync(available: false);
    }

    public async Task<bool> TryReserveAsync(string callId, string? skill = null, string? queue = null, int minimumLevel = 1)
    {
        if (P.Status != AgentStatus.Ready || (skill is not null && (Candidate(skill) is not { } held || held.Level < minimumLevel)))
        {
            return false;
        }

        P.CallId = callId;
        Move(AgentStatus.Ringing, null);
        P.Queue = queue;
        await AnnounceAsync(available: false);
        return true;
    }

    public async Task<bool> BeginOutboundAsync(string callId)
    {
        if (P.Status == AgentStatus.Ringing && P.CallId == callId)
        {
            return true; // reserved for this call already (a call-back or campaign offer the agent accepted)
        }

        if (P.Status == AgentStatus.LoggedOut)
        {
            return false;
        }

        Require(AgentStatus.Ready, AgentStatus.NotReady, AgentStatus.WrapUp);
        var wasReady = P.Status == AgentStatus.Ready;
        StopWrapUp();
        P.CallId = callId;
        Move(AgentStatus.Ringing, null);
        if (wasReady)
        {
            await AnnounceAsync(available: false);
        }

        return true;
    }

    public async Task ReleaseReservationAsync(string callId)
    {
        if (P.Status != AgentStatus.Ringing || P.CallId != callId)
        {
            return; // already moved on: nothing to give back
        }

        P.CallId = null;
        // The offer was the agent's turn: it goes behind agents who have waited longer, so a declined call-back or
        // campaign number reaches someone else first.
        P.IdleSince = clock.GetUtcNow();
        Move(AgentStatus.Ready, null);
        await AnnounceAsync(available: true);
    }

    public Task CallAnsweredAsync(string callId)
    {
        RequireCall(callId, AgentStatus.Ringing);
        P.TalkStartedAt = clock.GetUtcNow();
        Move(AgentStatus.Talking, null);
        return Task.CompletedTask;
    }

    public Task CallNotAnsweredAsync(string callId)
    {
        if (P.Status == AgentStatus.Ringing && P.CallId == callId)
        {
            P.CallId = null;
            Move(AgentStatus.NotReady, NotReadyReason.NoAnswer);
        }

        // Otherwise the agent already moved on (answered elsewhere, logged out): nothing to undo.
        return Task.CompletedTask;
    }

    public async Task CallEndedAsync(string callId)
    {
        // Ringing too: a placed call whose other end was never reached still kept the agent busy.
        if (P.CallId != callId || P.Status is not (AgentStatus.Talking or AgentStatus.Ringing))
        {
            RequireCall(callId, AgentStatus.Talking);
        }

        var now = clock.GetUtcNow();
        if (P.TalkStartedAt is { } talkStarted)
        {
            P.TalkTimeToday += now - talkStarted;
            P.CallsHandledToday++;
        }

        P.TalkStartedAt = null;
        P.CallId = null;
        P.IdleSince = now;
        var wrapUp = Profile?.WrapUp ?? TimeSpan.Zero;
        if (wrapUp <= TimeSpan.Zero)
        {
            Move(AgentStatus.Ready, null);
            await AnnounceAsync(available: true);
            return;
        }

        Move(AgentStatus.WrapUp, NotReadyReason.AfterCallWork);
        _wrapUpTimer = this.RegisterGrainTimer(_ => EndWrapUpAsync(), new GrainTimerCreationOptions(wrapUp, Timeout.InfiniteTimeSpan));
    }

    public async Task EndWrapUpAsync()
    {
        if (P.Status != AgentStatus.WrapUp)
        {
            return;
        }

        StopWrapUp();
        Move(AgentStatus.Ready, null);
        await AnnounceAsync(available: true);
    }

    public Task<AgentSnapshot> GetSnapshotAsync() => Task.FromResult(Snapshot());

    public Task<AgentCandidate?> GetCandidateAsync(string skill) =>
        Task.FromResult(P.Status == AgentStatus.Ready ? Candidate(skill) : null);

    private AgentSnapshot Snapshot()
    {
        var now = clock.GetUtcNow();
        var talking = P.TalkStartedAt is { } started ? now - started : TimeSpan.Zero;
        var loggedIn = P.LoggedInEarlierToday + (P.LoggedInAt is { } since ? now - since : TimeSpan.Zero);
        return new AgentSnapshot(
            Extension, P.Status, P.Reason, P.Since, P.CallId, P.IdleSince, P.TalkTimeToday + talking, loggedIn, P.CallsHandledToday);
    }

    /// <summary>The agent as a queue needing <paramref name="skill"/> ranks it; null without that skill.</summary>
    private AgentCandidate? Candidate(string skill) =>
        Profile?.Skills.FirstOrDefault(s => s.Skill == skill) is { } held
            ? new AgentCandidate(Extension, held.Level, P.IdleSince, Snapshot().Occupancy)
            : null;

    /// <summary>Enters a state and writes the interval of the one left; the same state and reason again is no change.</summary>
    private void Move(AgentStatus status, NotReadyReason? reason)
    {
        if (status == P.Status && reason == P.Reason)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var left = _intervals.Enabled ? AgentIntervalWriter.Interval(Extension, P, now) : null;
        if (status == AgentStatus.Ready && P.Status is AgentStatus.NotReady or AgentStatus.LoggedOut && P.IdleSince == default)
        {
            P.IdleSince = now;
        }

        P.Status = status;
        P.Reason = reason;
        P.Since = now;
        if (status is not (AgentStatus.Talking or AgentStatus.WrapUp))
        {
            P.Queue = null; // the call's queue stays with the agent until its after-call work is done
        }

        if (left is not null)
        {
            _intervals.Write(left);
        }

    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        await _intervals.FlushAsync().WaitAsync(cancellationToken);

    private Task AnnounceAsync(bool available) => AnnounceAsync(SkillNames(Profile), available);

    /// <summary>Tells every queue needing one of <paramref name="skills"/> that the agent is (not) available.</summary>
    private async Task AnnounceAsync(HashSet<string> skills, bool available)
    {
        if (skills.Count == 0)
        {
            return;
        }

        var queuesBySkill = await GrainFactory.GetGrain<IQueueDirectoryGrain>(0).QueuesForSkillsAsync(skills);
        foreach (var (skill, queues) in queuesBySkill)
        {
            var candidate = available ? Candidate(skill) : null;
            foreach (var queue in queues)
            {
                var grain = GrainFactory.GetGrain<IQueueGrain>(queue);
                await (candidate is not null ? grain.AgentReadyAsync(candidate) : grain.AgentUnavailableAsync(Extension));
            }
        }
    }

    private static HashSet<string> SkillNames(AgentProfile? profile) =>
        profile?.Skills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal) ?? [];

    private void Require(params AgentStatus[] allowed)
    {
        if (!allowed.Contains(P.Status))
        {
            throw new AgentCommandException($"agent {Extension} is {P.Status}; allowed only when {string.Join(" or ", allowed)}");
        }
    }

    private void RequireCall(string callId, AgentStatus status)
    {
        if (P.Status != status || P.CallId != callId)
        {
            throw new AgentCommandException($"agent {Extension} is {P.Status} with call {P.CallId ?? "none"}, not {status} with call {callId}");
        }
    }

    private void StopWrapUp()
    {
        _wrapUpTimer?.Dispose();
        _wrapUpTimer = null;
    }
}
