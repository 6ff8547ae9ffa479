namespace Hotline.Telephony.Ivr;

/// <summary>Collects a ticket number, looks it up through <see cref="ITicketStatusLookup"/> and says its state by TTS.</summary>
/// <remarks>Sets <c>ticketNumber</c>, <c>ticketStatus</c> and <c>ticketDetail</c> for the say-texts.</remarks>
public sealed record QueryTicketNode : PromptedInputNode
{
    /// <summary>Maximum digits of a ticket number.</summary>
    public int MaxDigits { get; init; } = 20;

    /// <summary>Minimum digits of a ticket number.</summary>
    public int MinDigits { get; init; } = 4;

    /// <summary>Key that ends the number.</summary>
    public string? Terminator { get; init; } = "#";

    /// <summary>Said when found, e.g. "工单{ticketNumber}当前状态为{ticketStatus}。".</summary>
    public string FoundSay { get; init; } = "您查询的工单{ticketNumber}，当前办理状态为：{ticketStatus}。{ticketDetail}";

    /// <summary>Said when no ticket has that number.</summary>
    public string NotFoundSay { get; init; } = "未查询到编号为{ticketNumber}的工单，请核对后再试。";

    /// <summary>Said when the lookup failed or is not configured.</summary>
    public string UnavailableSay { get; init; } = "查询服务暂时不可用，请稍后再试。";

    /// <summary>Next node after the answer (e.g. back to the menu).</summary>
    public string? Next { get; init; }

    /// <summary>Where to go when no number was entered; defaults to <see cref="Next"/>.</summary>
    public string? Default { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [("next", Next), ("default", Default)];
}
