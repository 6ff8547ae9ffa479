namespace Hotline.Portal.Channels;

/// <summary>A citizen's text query "查询 &lt;number&gt; &lt;phone&gt;" (WeChat, SMS); the phone is what lets them see the ticket.</summary>
public sealed record TicketQueryCommand(string Number, string? Phone)
{
    private const string Keyword = "查询";

    /// <summary>The query in <paramref name="text"/>, or null when the text is not a query.</summary>
    public static TicketQueryCommand? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is null || !trimmed.StartsWith(Keyword, StringComparison.Ordinal))
        {
            return null;
        }

        var words = trimmed[Keyword.Length..].Split([' ', '　', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => null,
            1 => new TicketQueryCommand(words[0], null),
            _ => new TicketQueryCommand(words[0], words[1]),
        };
    }
}
