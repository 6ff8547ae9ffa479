using System.Text.RegularExpressions;
using Hotline.Grains.Store.Orleans;

namespace Hotline.Grains.Tests.Store;

/// <summary>The embedded Orleans SQL against the contract of Orleans' ADO.NET providers: query keys and parameter names.</summary>
[Trait("Category", "Unit")]
public sealed partial class OrleansSchemaTests
{
    // The keys and parameters Orleans 10's ADO.NET storage and clustering providers read and send.
    private static readonly string[] StorageKeys = ["ClearStorageKey", "ReadFromStorageKey", "WriteToStorageKey"];

    private static readonly string[] ClusteringKeys =
    [
        "CleanupDefunctSiloEntriesKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "InsertMembershipKey",
        "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
    ];

    private static readonly string[] ReminderKeys =
    [
        "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey",
        "ReadReminderRowsKey", "UpsertReminderRowKey",
    ];

    private static readonly HashSet<string> ReminderParameters =
        ["ServiceId", "GrainId", "GrainHash", "ReminderName", "StartTime", "Period", "Version", "BeginHash", "EndHash"];

    private static readonly HashSet<string> StorageParameters =
    [
        "GrainIdHash", "GrainIdN0", "GrainIdN1", "GrainTypeHash", "GrainTypeString", "GrainIdExtensionString", "ServiceId",
        "GrainStateVersion", "PayloadBinary",
    ];

    private static readonly HashSet<string> ClusteringParameters =
    [
        "DeploymentId", "Address", "Port", "Generation", "SiloName", "HostName", "Status", "ProxyPort", "StartTime",
        "IAmAliveTime", "Version", "SuspectTimes",
    ];

    [Theory]
    [InlineData(OrleansDatabase.Sqlite)]
    [InlineData(OrleansDatabase.Postgres)]
    public void Storage_has_every_query_Orleans_reads(OrleansDatabase database) =>
        Assert.Equal(StorageKeys, OrleansSchema.Queries(database, OrleansSchemaPart.Storage).Keys);

    [Fact]
    public void Postgres_clustering_has_every_query_Orleans_reads() =>
        Assert.Equal(ClusteringKeys, OrleansSchema.Queries(OrleansDatabase.Postgres, OrleansSchemaPart.Clustering).Keys);

    [Theory]
    [InlineData(OrleansDatabase.Sqlite)]
    [InlineData(OrleansDatabase.Postgres)]
    public void Reminders_have_every_query_Orleans_reads(OrleansDatabase database) =>
        Assert.Equal(ReminderKeys, OrleansSchema.Queries(database, OrleansSchemaPart.Reminders).Keys);

    [Theory]
    [InlineData(OrleansDatabase.Sqlite, OrleansSchemaPart.Reminders)]
    [InlineData(OrleansDatabase.Postgres, OrleansSchemaPart.Reminders)]
    [InlineData(OrleansDatabase.Sqlite, OrleansSchemaPart.Storage)]
    [InlineData(OrleansDatabase.Postgres, OrleansSchemaPart.Storage)]
    [InlineData(OrleansDatabase.Postgres, OrleansSchemaPart.Clustering)]
    public void Queries_are_complete_and_use_only_parameters_Orleans_sends(OrleansDatabase database, OrleansSchemaPart part)
    {
        var sent = part switch
        {
            OrleansSchemaPart.Storage => StorageParameters,
            OrleansSchemaPart.Reminders => ReminderParameters,
            _ => ClusteringParameters,
        };
        foreach (var (key, text) in OrleansSchema.Queries(database, part))
        {
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            var unknown = Parameter().Matches(text).Select(m => m.Groups[1].Value).Where(p => !sent.Contains(p)).Distinct().ToList();
            Assert.True(unknown.Count == 0, $"{database} {key} uses parameters Orleans does not send: {string.Join(", ", unknown)}");
        }
    }

    [Fact]
    public async Task Clustering_on_sqlite_is_refused_with_the_reason()
    {
        var refused = await Assert.ThrowsAsync<NotSupportedException>(() =>
            OrleansSchema.ApplyAsync(OrleansDatabase.Sqlite, "Data Source=unused.db", OrleansSchemaPart.Clustering, TestContext.Current.CancellationToken));

        Assert.Contains("PostgreSQL", refused.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();
}
