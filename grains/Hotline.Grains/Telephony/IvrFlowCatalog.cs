using System.Collections.Concurrent;
using Hotline.Grains.Calls;
using Hotline.Telephony.Ivr;

namespace Hotline.Grains.Telephony;

/// <summary>The IVR flows a node can run, by the names the call grains use.</summary>
public sealed class IvrFlowCatalog
{
    // Concurrent because the flow editor replaces flows while calls read them.
    private readonly ConcurrentDictionary<string, IvrFlow> _flows;

    /// <summary>A catalog of the given flows (name → flow).</summary>
    public IvrFlowCatalog(IReadOnlyDictionary<string, IvrFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        _flows = new ConcurrentDictionary<string, IvrFlow>(flows, StringComparer.Ordinal);
    }

    /// <summary>
    /// The demo organisation's flows (the 12328 menu, the survey and the queue's maximum-wait flows). A file
    /// <c>&lt;name&gt;.json</c> in <paramref name="overrideFolder"/> replaces the built-in flow of that name, so operators
    /// edit flows as data; a file that does not parse or validate stops start-up naming the file and the problem.
    /// </summary>
    public static IvrFlowCatalog Demo(string? overrideFolder = null)
    {
        var flows = new Dictionary<string, IvrFlow>(StringComparer.Ordinal)
        {
            [CallFlows.Welcome] = DemoFlows.Load12328(),
            [CallFlows.Survey] = DemoFlows.Load12328Survey(),
            [CallFlows.QueueVoicemail] = DemoFlows.Load12328QueueVoicemail(),
            [CallFlows.QueueCallback] = DemoFlows.Load12328QueueCallback(),
        };
        if (overrideFolder is not null && Directory.Exists(overrideFolder))
        {
            foreach (var name in flows.Keys.ToList())
            {
                var file = Path.Combine(overrideFolder, name + ".json");
                if (File.Exists(file))
                {
                    flows[name] = LoadFile(file);
                }
            }
        }

        return new IvrFlowCatalog(flows);
    }

    /// <summary>Reads and validates a flow file; throws <see cref="InvalidDataException"/> naming the file and the first errors.</summary>
    public static IvrFlow LoadFile(string file)
    {
        IvrFlow flow;
        try
        {
            flow = IvrFlowJson.Parse(File.ReadAllText(file));
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"IVR flow {file} is not valid flow JSON: {ex.Message}", ex);
        }

        var result = IvrFlowValidator.Validate(flow);
        if (!result.IsValid)
        {
            throw new InvalidDataException($"IVR flow {file} is invalid: {string.Join("; ", result.Errors.Take(5))}");
        }

        return flow;
    }

    /// <summary>The flow of that name; throws naming the known ones when there is none.</summary>
    public IvrFlow Get(string name) =>
        _flows.TryGetValue(name, out var flow)
            ? flow
            : throw new KeyNotFoundException($"no IVR flow named '{name}' (known: {string.Join(", ", _flows.Keys)})");

    /// <summary>The names of the flows, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _flows.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Adds or replaces the flow <paramref name="name"/> when it validates (flows another silo saved to the store); an invalid flow changes nothing.
    /// </summary>
    public IvrValidationResult Put(string name, IvrFlow flow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(flow);
        var result = IvrFlowValidator.Validate(flow);
        if (result.IsValid)
        {
            _flows[name] = flow;
        }

        return result;
    }

    /// <summary>
    /// Replaces the flow of an existing <paramref name="name"/> when it validates; an invalid flow changes nothing.
    /// Calls that start an IVR run afterwards use the replacement; running calls keep the flow they started with.
    /// </summary>
    public IvrValidationResult Replace(string name, IvrFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (!_flows.ContainsKey(name))
        {
            throw new KeyNotFoundException($"no IVR flow named '{name}' to replace (known: {string.Join(", ", Names)})");
        }

        var result = IvrFlowValidator.Validate(flow);
        if (result.IsValid)
        {
            _flows[name] = flow;
        }

        return result;
    }
}
