using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Campaigns;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Calls;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Campaigns;

/// <summary>
/// An outbound campaign (see <see cref="ICampaignGrain"/>). Every change is stored before the grain answers; the
/// reminder wakes it while it has work, so after a restart it carries on from its stored progress. A number still
/// in a call when its silo died stays "dialing" until the call's grain reports; it does not repeat the call.
/// </summary>
public sealed class CampaignGrain(
    [PersistentState("campaign", GrainStorage.Main)] IPersistentState<CampaignState> stored,
    TimeProvider clock,
    ILogger<CampaignGrain> logger) : OutboundListGrain("campaign-due", logger), ICampaignGrain
{
    private string Id => this.GetPrimaryKeyString();

    private protected override string ListName => $"campaign '{Id}'";

    private protected override string CallPrefix => "cmp-" + Id;

    private protected override OutboundBook Book => new(stored.State.Items);

    private CampaignDefinition Definition =>
        stored.State.Definition ?? throw new CallCommandException($"{ListName} does not exist; create it first");

    private protected override OutboundCallSettings Settings =>
        new(Definition.Retry, DialAtOnce: Definition.Mode == CampaignMode.Progressive, Definition.SurveyAfterAgent);

    public async Task CreateAsync(CampaignDefinition definition, IReadOnlyList<CampaignContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(contacts);
        if (stored.State.Definition is not null)
        {
            throw new CallCommandException($"{ListName} already exists ({stored.State.Status})");
        }

        if (definition.Name.Length == 0 || string.IsNullOrWhiteSpace(definition.Queue))
        {
            throw new ArgumentException($"{ListName}: a campaign needs a name and a queue", nameof(definition));
        }

        definition.Retry.Validate(ListName);
        definition.Window.Validate(ListName);
        if (contacts.FirstOrDefault(c => !DialableNumber.IsValid(c.Number)) is { } bad)
        {
            throw new ArgumentException($"{ListName}: '{bad.Number}' is not a telephone number (digits and a leading + only)", nameof(contacts));
        }

        if (await GrainFactory.GetGrain<IQueueGrain>(definition.Queue).GetConfigurationAsync() is null)
        {
            throw new ArgumentException($"{ListName}: queue '{definition.Queue}' is not configured", nameof(definition));
        }

        var now = clock.GetUtcNow();
        stored.State.Definition = definition;
        stored.State.Items = [.. contacts.Select((c, i) => new OutboundItem
        {
            Id = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Number = c.Number,
            TicketNumber = c.TicketNumber,
            Reason = definition.Name,
            DueAt = now,
        })];
        await stored.WriteStateAsync();
    }

    public async Task StartAsync()
    {
        Require("start", CampaignStatus.Draft);
        await RunFromAsync(CampaignStatus.Running);
    }

    public async Task PauseAsync()
    {
        Require("pause", CampaignStatus.Running);
        stored.State.Status = CampaignStatus.Paused;
        await Dialer.WithdrawOffersAsync(Book);
        await SaveAsync();
    }

    public async Task ResumeAsync()
    {
        Require("resume", CampaignStatus.Paused);
        await RunFromAsync(CampaignStatus.Running);
    }

    public async Task StopAsync()
    {
        Require("stop", CampaignStatus.Draft, CampaignStatus.Running, CampaignStatus.Paused);
        var book = Book;
        await Dialer.WithdrawOffersAsync(book);
        foreach (var item in book.Items.Where(i => i.Status == OutboundItemStatus.Pending).ToList())
        {
            book.Cancel(item.Id);
        }

        stored.State.Status = CampaignStatus.Stopped;
        await SaveAsync();
    }

    public Task<CampaignProgress> GetProgressAsync() =>
        Task.FromResult(new CampaignProgress(Id, stored.State.Definition, stored.State.Status, [.. stored.State.Items]));

    public async Task PlacedCallEndedAsync(string callId, OutboundResult result, string reason)
    {
        var book = Book;
        if (stored.State.Definition is not { } definition
            || book.Ended(callId, result, reason, clock.GetUtcNow(), definition.Retry) is not { } item)
        {
            return; // not one of this campaign's calls, or already recorded
        }

        if (stored.State.Status == CampaignStatus.Stopped && item.Status == OutboundItemStatus.Pending)
        {
            book.Cancel(item.Id); // a stopped campaign records the last call's result but tries no more
        }

        await SaveAsync();
        await RunDueAsync();
    }

    public override async Task RunDueAsync()
    {
        if (stored.State.Definition is not { } definition)
        {
            return;
        }

        var book = Book;
        var now = clock.GetUtcNow();
        var changed = await Dialer.ReleaseExpiredAsync(book, now, definition.OfferTimeout);
        if (stored.State.Status == CampaignStatus.Running && definition.Window.IsOpen(now))
        {
            changed |= await Dialer.OfferDueAsync(book, definition.Queue, now, Settings) > 0;
        }

        if (stored.State.Status == CampaignStatus.Running && !book.HasWork)
        {
            stored.State.Status = CampaignStatus.Completed;
            changed = true;
        }

        if (changed)
        {
            await SaveAsync();
        }
        else if (stored.State.Status != CampaignStatus.Running)
        {
            await WakeUp.StopAsync(); // a reminder left from before a restart, for a campaign no longer running
        }
    }

    private async Task RunFromAsync(CampaignStatus status)
    {
        stored.State.Status = status;
        await SaveAsync();
        await RunDueAsync();
    }

    private void Require(string command, params CampaignStatus[] allowed)
    {
        _ = Definition;
        if (!allowed.Contains(stored.State.Status))
        {
            throw new CallCommandException(
                $"{ListName} cannot {command}: it is {stored.State.Status} (needs {string.Join(" or ", allowed)})");
        }
    }

    /// <summary>Stores the campaign and keeps the reminder while it runs (or still has calls to hear back from).</summary>
    private protected override DateTimeOffset TimeNow() => clock.GetUtcNow();

    private protected override async Task SaveAsync()
    {
        await stored.WriteStateAsync();
        var awake = stored.State.Status == CampaignStatus.Running && Book.HasWork;
        await (awake ? WakeUp.KeepAsync() : WakeUp.StopAsync());
    }
}
