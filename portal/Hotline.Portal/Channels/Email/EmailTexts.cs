using System.Globalization;
using System.Resources;

namespace Hotline.Portal.Channels.Email;

/// <summary>The replies mailed to citizens (EmailTexts.resx; Simplified Chinese is the neutral language).</summary>
public static class EmailTexts
{
    private static readonly ResourceManager Resources = new("Hotline.Portal.Channels.Email.EmailTexts", typeof(EmailTexts).Assembly);

    /// <summary>Subject of the acceptance reply, with the ticket number.</summary>
    public static string AcceptedSubject(string number) => Format(nameof(AcceptedSubject), number);

    /// <summary>Body of the acceptance reply, with number and deadline (China Standard Time).</summary>
    public static string AcceptedBody(string number, DateTimeOffset deadline) =>
        Format(nameof(AcceptedBody), number, deadline.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

    /// <summary>Subject of the rejection reply.</summary>
    public static string RejectedSubject() => Format(nameof(RejectedSubject));

    /// <summary>Body of the rejection reply, with the reason.</summary>
    public static string RejectedBody(string reason) => Format(nameof(RejectedBody), reason);

    private static string Format(string name, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture,
            Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"EmailTexts.resx has no entry '{name}'."),
            values);
}
