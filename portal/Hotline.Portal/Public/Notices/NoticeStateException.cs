namespace Hotline.Portal.Public.Notices;

/// <summary>A notice cannot move to the wanted state from the one it is in (publishing a published notice, withdrawing a draft).</summary>
public sealed class NoticeStateException(long id, NoticeState current, NoticeState wanted)
    : InvalidOperationException($"Notice {id} is {current}; it cannot become {wanted}.")
{
    public long Id { get; } = id;

    public NoticeState Current { get; } = current;

    public NoticeState Wanted { get; } = wanted;
}
