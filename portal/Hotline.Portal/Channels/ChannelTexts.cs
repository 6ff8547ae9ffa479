using System.Globalization;
using System.Resources;

namespace Hotline.Portal.Channels;

/// <summary>The citizen-facing texts the channels send back (ChannelTexts.resx; Simplified Chinese is the neutral language).</summary>
public static class ChannelTexts
{
    private static readonly ResourceManager Resources = new("Hotline.Portal.Channels.ChannelTexts", typeof(ChannelTexts).Assembly);

    /// <summary>"accepted, your ticket number is {0}".</summary>
    public static string Accepted(string number) => Format(nameof(Accepted), number);

    /// <summary>"ticket {0}: {1}" followed by the latest step.</summary>
    public static string Status(string number, string state, string? latest) => Format(nameof(Status), number, state, latest ?? "");

    /// <summary>"no ticket {0} for that phone".</summary>
    public static string NotFound(string number) => Format(nameof(NotFound), number);

    /// <summary>How to query: "查询 number phone".</summary>
    public static string QueryUsage() => Format(nameof(QueryUsage));

    /// <summary>Only text messages are handled.</summary>
    public static string TextOnly() => Format(nameof(TextOnly));

    /// <summary>The message could not become a ticket ({0} names the reason).</summary>
    public static string Rejected(string reason) => Format(nameof(Rejected), reason);

    /// <summary>The text on a new ticket: its number ({0}) and the reply deadline ({1}).</summary>
    public static string SmsReceived(string number, string deadline) => Format(nameof(SmsReceived), number, deadline);

    /// <summary>The return-visit survey of ticket {0}, answered with a digit.</summary>
    public static string SmsSurvey(string number) => Format(nameof(SmsSurvey), number);

    /// <summary>The closing text of ticket {0} with the handling result ({1}).</summary>
    public static string SmsClosed(string number, string result) => Format(nameof(SmsClosed), number, result);

    /// <summary>The thanks for a survey answer about ticket {0}.</summary>
    public static string SmsSurveyThanks(string number) => Format(nameof(SmsSurveyThanks), number);

    /// <summary>What a closing text says when the ticket has no written result.</summary>
    public static string SmsNoReply() => Format(nameof(SmsNoReply));

    private static string Format(string name, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture,
            Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"ChannelTexts.resx has no entry '{name}'."),
            values);
}
