using Hotline.Grains.Abstractions.Calls;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Calls;

/// <summary>
/// What a call-back list and a campaign share: the numbers (<see cref="OutboundBook"/>), the dialer that offers them
/// to agents and places the calls, the agent's accept and decline of an offer, and the reminder that wakes the list.
/// </summary>
public abstract class OutboundListGrain(string reminderName, ILogger logger) : Grain, IRemindable
{
    private OutboundWakeUp? _wakeUp;
    private OutboundDialer? _dialer;

    /// <summary>The list's numbers, over its stored state.</summary>
    private protected abstract OutboundBook Book { get; }

    /// <summary>How calls are placed (retry rule, at once or on accept, survey).</summary>
    private protected abstract OutboundCallSettings Settings { get; }

    /// <summary>The list in words, for errors ("campaign 'x'").</summary>
    private protected abstract string ListName { get; }

    /// <summary>Prefix of the call ids the list places.</summary>
    private protected abstract string CallPrefix { get; }

    private protected OutboundWakeUp WakeUp => _wakeUp!;

    private protected OutboundDialer Dialer => _dialer!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _wakeUp = new OutboundWakeUp(this, reminderName, RunDueAsync, logger);
        _dialer = new OutboundDialer(GrainFactory, this.AsReference<IOutboundCallOwner>(), CallPrefix);
        return Task.CompletedTask;
    }

    public Task<OutboundItem?> GetOfferAsync(string extension) => Task.FromResult(Book.OfferedTo(extension));

    public async Task<string> AcceptAsync(string extension)
    {
        var callId = await Dialer.AcceptAsync(Book, extension, TimeNow(), Settings, ListName);
        await SaveAsync();
        return callId;
    }

    public async Task DeclineAsync(string extension)
    {
        await Dialer.DeclineAsync(Book, extension, ListName);
        await SaveAsync();
    }

    /// <summary>What the reminder does: lapsed offers go back, due numbers are offered.</summary>
    public abstract Task RunDueAsync();

    public Task ReceiveReminder(string reminderName, TickStatus status) => RunDueAsync();

    /// <summary>The time on the grain's clock.</summary>
    private protected abstract DateTimeOffset TimeNow();

    /// <summary>Stores the list and keeps the reminder while it has work.</summary>
    private protected abstract Task SaveAsync();
}
