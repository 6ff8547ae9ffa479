using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets.Numbering;

/// <summary>Hands out a day's ticket numbers from blocks reserved in grain storage before use.</summary>
/// <remarks>
/// Writing once per block instead of once per number keeps intake fast; a crash skips the rest of a block,
/// which only leaves a gap — a number is never handed out twice.
/// </remarks>
public sealed class TicketNumberGrain(
    [PersistentState("ticket-numbers", GrainStorage.Main)] IPersistentState<TicketNumberBlock> block) : Grain, ITicketNumberGrain
{
    private const int BlockSize = 500;
    private long _next = -1;

    /// <inheritdoc />
    public async Task<string> NextAsync()
    {
        if (_next < 0 || _next > block.State.ReservedUpTo)
        {
            _next = block.State.ReservedUpTo + 1;
            block.State.ReservedUpTo += BlockSize;
            await block.WriteStateAsync();
        }
        return TicketNumberFormat.Format(this.GetPrimaryKeyString(), _next++);
    }
}
