using Hotline.Portal.Configuration;
using Hotline.Telephony.Sip;
using Hotline.Telephony.Sip.Transport;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Hosting;

/// <summary>Runs the SIP server for the lifetime of the host.</summary>
public sealed class SipService(SipServer server, IOptions<HotlineOptions> options) : IHostedService
{
    public bool IsListening => server.Transports.IsListening;

    public IReadOnlyList<SipListenAddress> LocalAddresses => server.Transports.LocalAddresses;

    /// <summary>Phones registered now.</summary>
    public int Registrations => server.Location.Count;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            server.Start();
        }
        catch (SipTransportException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:Sip:Listen", options.Value.Sip.Listen, ex.Message);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await server.DisposeAsync();
}
