using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tests.Tickets;

namespace Hotline.Grains.Tests.Search;

/// <summary>A ticket cluster holding <see cref="HotlineCorpus"/> as tickets taken in by ITicketIntake, indexed once for a test class.</summary>
public sealed class TicketCorpusFixture : IAsyncLifetime
{
    private readonly TicketClusterFixture _cluster = new();
    private TicketSearchHost? _host;

    public TicketSearchHost Host => _host ?? throw new InvalidOperationException("The corpus fixture is not initialised.");

    /// <summary>The ticket number of each corpus key.</summary>
    public Dictionary<string, string> Numbers { get; } = new(StringComparer.Ordinal);

    public async ValueTask InitializeAsync()
    {
        await _cluster.InitializeAsync();
        foreach (var entry in HotlineCorpus.Entries)
        {
            var parts = entry.Subject.Split(' ');
            var plate = parts.FirstOrDefault(p => p.StartsWith('粤'));
            var submission = TicketSubmissions.Complaint() with
            {
                CitizenPhone = TicketFlows.UniquePhone(),
                Subject = new TicketSubject(plate is null ? parts[0] : null, plate, null, parts.Length > 1 ? parts[^1] : null, null),
                Description = entry.Description,
            };
            Numbers[entry.Key] = (await _cluster.Intake.SubmitAsync(submission, TestContext.Current.CancellationToken)).Number;
        }
        _host = new TicketSearchHost(_cluster);
        await _host.Index.EnsureCurrentAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _host?.Dispose();
        await _cluster.DisposeAsync();
    }
}
