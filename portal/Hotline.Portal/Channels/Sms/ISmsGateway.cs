namespace Hotline.Portal.Channels.Sms;

/// <summary>Sends texts to citizens through the operator's SMS gateway.</summary>
public interface ISmsGateway
{
    /// <summary>Sends <paramref name="text"/> to <paramref name="phone"/>.</summary>
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}
