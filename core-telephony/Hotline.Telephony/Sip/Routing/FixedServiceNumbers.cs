namespace Hotline.Telephony.Sip.Routing;

/// <summary>A fixed set of service numbers that all run one flow (the SIP service's default when the application gives no resolver).</summary>
public sealed class FixedServiceNumbers : IServiceNumberResolver
{
    private readonly HashSet<string> _numbers;
    private readonly string _flow;

    public FixedServiceNumbers(IEnumerable<string> numbers, string flow)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(flow);
        _numbers = new HashSet<string>(numbers, StringComparer.Ordinal);
        _flow = flow;
    }

    public ServiceNumberRoute? Resolve(string dialled) => _numbers.Contains(dialled) ? new ServiceNumberRoute(dialled, _flow) : null;
}
