using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Calls;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Callbacks;

/// <summary>
/// A queue's call-back list (see <see cref="ICallbackSchedulerGrain"/>). Every change is stored before the grain
/// answers, so call-backs and their attempts survive a restart; the reminder brings the list back to work.
/// </summary>
public sealed class CallbackSchedulerGrain(
    [PersistentState("callbacks", GrainStorage.Main)] IPersistentState<CallbackListState> stored,
    TimeProvider clock,
    ILogger<CallbackSchedulerGrain> logger) : OutboundListGrain("callbacks-due", logger), ICallbackSchedulerGrain
{
    private string Queue => this.GetPrimaryKeyString();

    private protected override string ListName => $"the call-back list of queue '{Queue}'";

    private protected override string CallPrefix => "cb";

    private protected override OutboundBook Book => new(stored.State.Items);

    private protected override OutboundCallSettings Settings => new(stored.State.Policy.Retry, DialAtOnce: false, SurveyAfterAgent: false);

    public Task<string> ScheduleAsync(string number, DateTimeOffset dueAt, string reason, string? ticketNumber = null) =>
        AddAsync(number, dueAt, string.IsNullOrWhiteSpace(reason) ? "回访" : reason, ticketNumber);

    public Task<string> RequestedByCallerAsync(string number, string callId) =>
        AddAsync(number, clock.GetUtcNow(), $"排队等待超时，来电人要求回拨（来电 {callId}）", null);

    public async Task ConfigureAsync(CallbackPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Retry.Validate($"call-back list of queue '{Queue}'");
        if (policy.OfferTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"call-back list of queue '{Queue}': offer timeout {policy.OfferTimeout} must be positive", nameof(policy));
        }

        stored.State.Policy = policy;
        await stored.WriteStateAsync();
    }

    public Task<CallbackPolicy> GetPolicyAsync() => Task.FromResult(stored.State.Policy);

    public Task<IReadOnlyList<OutboundItem>> GetListAsync() => Task.FromResult<IReadOnlyList<OutboundItem>>([.. stored.State.Items]);

    public async Task<bool> CancelAsync(string id)
    {
        var book = Book;
        var offer = book.Items.FirstOrDefault(i => i.Id == id);
        if (!book.Cancel(id))
        {
            return false;
        }

        await SaveAsync();
        if (offer is { Status: OutboundItemStatus.Offered, Agent: { } agent, CallId: { } callId })
        {
            await GrainFactory.GetGrain<IAgentGrain>(agent).ReleaseReservationAsync(callId);
        }

        return true;
    }

    public async Task PlacedCallEndedAsync(string callId, OutboundResult result, string reason)
    {
        if (Book.Ended(callId, result, reason, clock.GetUtcNow(), stored.State.Policy.Retry) is null)
        {
            return; // not one of this list's calls, or already recorded
        }

        await SaveAsync();
        await RunDueAsync();
    }

    public override async Task RunDueAsync()
    {
        var book = Book;
        var now = clock.GetUtcNow();
        var changed = await Dialer.ReleaseExpiredAsync(book, now, stored.State.Policy.OfferTimeout);
        changed |= await Dialer.OfferDueAsync(book, Queue, now, Settings) > 0;
        if (changed)
        {
            await SaveAsync();
        }
        else if (!book.HasWork)
        {
            await WakeUp.StopAsync(); // a reminder left from before a restart, with nothing left to do
        }
    }

    private async Task<string> AddAsync(string number, DateTimeOffset dueAt, string reason, string? ticketNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (!DialableNumber.IsValid(number))
        {
            throw new ArgumentException($"call-back to '{number}' in queue '{Queue}': not a telephone number (digits and a leading + only)", nameof(number));
        }

        if (await GrainFactory.GetGrain<IQueueGrain>(Queue).GetConfigurationAsync() is null)
        {
            throw new ArgumentException($"call-back to {number}: queue '{Queue}' is not configured, so no agent could make the call", nameof(number));
        }

        var id = Guid.NewGuid().ToString("N")[..12];
        Book.Add(new OutboundItem { Id = id, Number = number, DueAt = dueAt, Reason = reason, TicketNumber = ticketNumber });
        await SaveAsync();
        await RunDueAsync();
        return id;
    }

    private protected override DateTimeOffset TimeNow() => clock.GetUtcNow();

    /// <summary>Stores the list and keeps the reminder exactly while there is work.</summary>
    private protected override async Task SaveAsync()
    {
        await stored.WriteStateAsync();
        await (Book.HasWork ? WakeUp.KeepAsync() : WakeUp.StopAsync());
    }
}
