using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Workflow;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>Every workflow action has an event kind of its own, and the kinds stay append-only.</summary>
[Trait("Category", "Unit")]
public sealed class TicketEventKindTests
{
    [Fact]
    public void Each_action_maps_to_a_distinct_kind_and_none_hides_under_a_generic_one()
    {
        var kinds = Enum.GetValues<TicketAction>().Select(TicketEventFactory.KindOf).ToList();

        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        Assert.DoesNotContain(TicketEventKind.Updated, kinds);
        Assert.DoesNotContain(TicketEventKind.Transferred, kinds);
        Assert.DoesNotContain(TicketEventKind.Supervised, kinds);
        Assert.Equal(TicketEventKind.Escalated, TicketEventFactory.KindOf(TicketAction.Escalate));
        Assert.Equal(TicketEventKind.Absorbed, TicketEventFactory.KindOf(TicketAction.Absorb));
    }

    [Fact]
    public void The_kinds_keep_their_numbers()
    {
        // Orleans messages carry the numbers: a reordered or inserted value would change what older silos read.
        Assert.Equal(
            [
                (0, "Created"), (1, "Dispatched"), (2, "Transferred"), (3, "Urged"), (4, "Supervised"), (5, "Replied"), (6, "VisitedBack"),
                (7, "Closed"), (8, "Reopened"), (9, "Merged"), (10, "Updated"), (11, "Accepted"), (12, "Reviewed"), (13, "SentBack"),
                (14, "ExtensionRequested"), (15, "ExtensionDecided"), (16, "Escalated"), (17, "MarkedMajor"), (18, "Absorbed"),
            ],
            Enum.GetValues<TicketEventKind>().Select(k => ((int)k, k.ToString())));
    }
}
