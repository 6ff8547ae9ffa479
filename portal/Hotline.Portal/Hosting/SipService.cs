using Hotline.Portal.Configuration;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Portal.Hosting;

/// <summary>Runs the SIP service's transports for the lifetime of the host.</summary>
public sealed class SipService(SipTransportLayer transports, Microsoft.Extensions.Options.IOptions<HotlineOptions> options) : IHostedService
{
    public bool IsListening => transports.IsListening;

    public IReadOnlyList<SipListenAddress> LocalAddresses => transports.LocalAddresses;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            transports.Start();
        }
        catch (SipTransportException ex)
        {
            throw HotlineStartupException.ForSetting("Hotline:Sip:Listen", options.Value.Sip.Listen, ex.Message);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await transports.DisposeAsync();
}
