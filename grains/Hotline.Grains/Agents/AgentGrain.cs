using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Agents;

/// <summary>
/// One agent's state machine: logged out → not ready ⇄ ready → ringing → talking → wrap-up → ready. Every change
/// of availability is announced to the queues that need the agent's skills.
/// </summary>
public sealed class AgentGrain(
    [PersistentState("agent", GrainStorage.Main)] IPersistentState<AgentState> state,
    TimeProvider clock) : Grain, IAgentGrain
{
    private IGrainTimer? _wrapUpTimer;

    private AgentState S => state.State;

    private string Extension => this.GetPrimaryKeyString();

    public async Task ConfigureAsync(AgentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Extension != Extension)
        {
            throw new ArgumentException($"profile of agent {profile.Extension} sent to agent {Extension}", nameof(profile));
        }

        S.Profile = profile;
        await state.WriteStateAsync();
        if (S.Status == AgentStatus.Ready)
        {
            await AnnounceAsync(available: true);
        }
    }

    public Task<AgentProfile?> GetProfileAsync() => Task.FromResult(S.Profile);

    public async Task LoginAsync()
    {
        if (S.Profile is null)
        {
            throw new AgentCommandException($"agent {Extension} has no profile; configure it before logging in");
        }

        if (S.Status != AgentStatus.LoggedOut)
        {
            throw new AgentCommandException($"agent {Extension} is already logged in ({S.Status})");
        }

        var now = clock.GetUtcNow();
        S.LoggedInAt = now;
        await MoveAsync(AgentStatus.NotReady, NotReadyReason.Other);
    }

    public async Task LogoutAsync()
    {
        Require(AgentStatus.Ready, AgentStatus.NotReady, AgentStatus.WrapUp);
        StopWrapUp();
        if (S.LoggedInAt is { } since)
        {
            S.LoggedInEarlierToday += clock.GetUtcNow() - since;
        }

        S.LoggedInAt = null;
        await MoveAsync(AgentStatus.LoggedOut, null);
        await AnnounceAsync(available: false);
    }

    public async Task SetReadyAsync()
    {
        Require(AgentStatus.NotReady, AgentStatus.WrapUp, AgentStatus.Ready);
        if (S.Status == AgentStatus.Ready)
        {
            return;
        }

        StopWrapUp();
        await MoveAsync(AgentStatus.Ready, null);
        await AnnounceAsync(available: true);
    }

    public async Task SetNotReadyAsync(NotReadyReason reason)
    {
        Require(AgentStatus.Ready, AgentStatus.NotReady, AgentStatus.WrapUp);
        StopWrapUp();
        await MoveAsync(AgentStatus.NotReady, reason);
        await AnnounceAsync(available: false);
    }

    public async Task<bool> TryReserveAsync(string callId)
    {
        if (S.Status != AgentStatus.Ready)
        {
            return false;
        }

        S.CallId = callId;
        await MoveAsync(AgentStatus.Ringing, null);
        await AnnounceAsync(available: false);
        return true;
    }

    public async Task CallAnsweredAsync(string callId)
    {
        RequireCall(callId, AgentStatus.Ringing);
        S.TalkStartedAt = clock.GetUtcNow();
        await MoveAsync(AgentStatus.Talking, null);
    }

    public async Task CallNotAnsweredAsync(string callId)
    {
        if (S.Status != AgentStatus.Ringing || S.CallId != callId)
        {
            return; // already moved on (answered elsewhere, logged out): nothing to undo
        }

        S.CallId = null;
        await MoveAsync(AgentStatus.NotReady, NotReadyReason.NoAnswer);
    }

    public async Task CallEndedAsync(string callId)
    {
        RequireCall(callId, AgentStatus.Talking);
        var now = clock.GetUtcNow();
        S.TalkTimeToday += now - (S.TalkStartedAt ?? now);
        S.TalkStartedAt = null;
        S.CallsHandledToday++;
        S.CallId = null;
        S.IdleSince = now;
        var wrapUp = S.Profile?.WrapUp ?? TimeSpan.Zero;
        if (wrapUp <= TimeSpan.Zero)
        {
            await MoveAsync(AgentStatus.Ready, null);
            await AnnounceAsync(available: true);
            return;
        }

        await MoveAsync(AgentStatus.WrapUp, NotReadyReason.AfterCallWork);
        _wrapUpTimer = this.RegisterGrainTimer(_ => EndWrapUpAsync(), new GrainTimerCreationOptions(wrapUp, Timeout.InfiniteTimeSpan));
    }

    public async Task EndWrapUpAsync()
    {
        if (S.Status != AgentStatus.WrapUp)
        {
            return;
        }

        StopWrapUp();
        await MoveAsync(AgentStatus.Ready, null);
        await AnnounceAsync(available: true);
    }

    public Task<AgentSnapshot> GetSnapshotAsync()
    {
        var now = clock.GetUtcNow();
        var talking = S.TalkStartedAt is { } started ? now - started : TimeSpan.Zero;
        var loggedIn = S.LoggedInEarlierToday + (S.LoggedInAt is { } since ? now - since : TimeSpan.Zero);
        return Task.FromResult(new AgentSnapshot(
            Extension, S.Status, S.Reason, S.Since, S.CallId, S.IdleSince, S.TalkTimeToday + talking, loggedIn, S.CallsHandledToday));
    }

    private async Task MoveAsync(AgentStatus status, NotReadyReason? reason)
    {
        var now = clock.GetUtcNow();
        if (status == AgentStatus.Ready && S.Status is AgentStatus.NotReady or AgentStatus.LoggedOut && S.IdleSince == default)
        {
            S.IdleSince = now;
        }

        S.Status = status;
        S.Reason = reason;
        S.Since = now;
        await state.WriteStateAsync();
    }

    /// <summary>Tells every queue needing one of the agent's skills that the agent is (not) available.</summary>
    private async Task AnnounceAsync(bool available)
    {
        if (S.Profile is not { } profile)
        {
            return;
        }

        var directory = GrainFactory.GetGrain<IQueueDirectoryGrain>(0);
        var snapshot = await GetSnapshotAsync();
        foreach (var skill in profile.Skills)
        {
            foreach (var queue in await directory.QueuesForSkillAsync(skill.Skill))
            {
                var grain = GrainFactory.GetGrain<IQueueGrain>(queue);
                if (available)
                {
                    await grain.AgentReadyAsync(new AgentCandidate(Extension, skill.Level, S.IdleSince, snapshot.Occupancy));
                }
                else
                {
                    await grain.AgentUnavailableAsync(Extension);
                }
            }
        }
    }

    private void Require(params AgentStatus[] allowed)
    {
        if (!allowed.Contains(S.Status))
        {
            throw new AgentCommandException($"agent {Extension} is {S.Status}; allowed only when {string.Join(" or ", allowed)}");
        }
    }

    private void RequireCall(string callId, AgentStatus status)
    {
        if (S.Status != status || S.CallId != callId)
        {
            throw new AgentCommandException($"agent {Extension} is {S.Status} with call {S.CallId ?? "none"}, not {status} with call {callId}");
        }
    }

    private void StopWrapUp()
    {
        _wrapUpTimer?.Dispose();
        _wrapUpTimer = null;
    }
}
