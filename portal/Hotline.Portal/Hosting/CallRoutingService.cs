using Hotline.Grains.Telephony;

namespace Hotline.Portal.Hosting;

/// <summary>Starts handing service-number calls to the grains once the silo runs (it is registered after the silo).</summary>
public sealed class CallRoutingService(CallEventForwarder forwarder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => forwarder.StartAsync(Environment.MachineName + ":" + Environment.ProcessId);

    public Task StopAsync(CancellationToken cancellationToken)
    {
        forwarder.Dispose();
        return Task.CompletedTask;
    }
}
