using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Hotline.Portal.Tests.Channels.Email;

/// <summary>The dovecot IMAP server and aiosmtpd SMTP server scripts/dovecot.sh starts (HOTLINE_TEST_IMAP, HOTLINE_TEST_SMTP); every user name logs in and has its own mailbox.</summary>
public static class TestMailServers
{
    public static (string Host, int Port) Imap => Endpoint("HOTLINE_TEST_IMAP");

    public static (string Host, int Port) Smtp => Endpoint("HOTLINE_TEST_SMTP");

    public static string Password => Environment.GetEnvironmentVariable("HOTLINE_TEST_MAIL_PASSWORD") ?? Endpoint("HOTLINE_TEST_MAIL_PASSWORD").Host;

    /// <summary>A user name no other test uses.</summary>
    public static string NewUser(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A client logged in as <paramref name="user"/>.</summary>
    public static async Task<ImapClient> LoginAsync(string user, CancellationToken cancellationToken)
    {
        var client = new ImapClient();
        var (host, port) = Imap;
        await client.ConnectAsync(host, port, SecureSocketOptions.None, cancellationToken);
        await client.AuthenticateAsync(user, Password, cancellationToken);
        return client;
    }

    /// <summary>Puts <paramref name="message"/> into <paramref name="user"/>'s inbox, as a mail delivery would.</summary>
    public static async Task AppendAsync(string user, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = await LoginAsync(user, cancellationToken);
        await client.Inbox.AppendAsync(message, MessageFlags.None, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>The messages in <paramref name="folder"/> of <paramref name="user"/> (empty when the folder does not exist).</summary>
    public static async Task<IReadOnlyList<MimeMessage>> ReadAsync(string user, string folder, CancellationToken cancellationToken)
    {
        using var client = await LoginAsync(user, cancellationToken);
        IMailFolder box;
        try
        {
            box = await client.GetFolderAsync(folder, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            return [];
        }

        await box.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var messages = new List<MimeMessage>();
        for (var i = 0; i < box.Count; i++)
        {
            messages.Add(await box.GetMessageAsync(i, cancellationToken));
        }

        await client.DisconnectAsync(true, cancellationToken);
        return messages;
    }

    private static (string Host, int Port) Endpoint(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(value) || value.Split(':') is not [var host, var port])
        {
            throw new InvalidOperationException(
                $"{variable} is not set: the e-mail tests need the real IMAP/SMTP servers. Install them with ./hotline setup --tests; " +
                "./hotline test starts them (scripts/dovecot.sh), or run: eval \"$(bash scripts/dovecot.sh start | tail -1)\" before dotnet test.");
        }

        return (host, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    }
}
