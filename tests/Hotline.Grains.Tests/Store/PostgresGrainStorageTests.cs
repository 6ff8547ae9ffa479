using Hotline.Grains.Store.Orleans;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Store;

/// <summary>The grain storage contract on PostgreSQL (scale-out), in a database of its own.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresGrainStorageTests(PostgresDatabase database) : GrainStorageContract, IClassFixture<PostgresDatabase>
{
    protected override TestStore Store => database.Store;

    [Fact]
    public async Task Silos_installing_the_schema_at_the_same_moment_do_not_collide()
    {
        var store = database.Store;
        var installs = Enumerable.Range(0, 4).SelectMany(_ => new[] { OrleansSchemaPart.Storage, OrleansSchemaPart.Clustering })
            .Select(part => OrleansSchema.ApplyAsync(store.Database, store.ConnectionString, part, TestContext.Current.CancellationToken));

        await Task.WhenAll(installs);

        var expected = OrleansSchema.Queries(store.Database, OrleansSchemaPart.Storage).Count +
                       OrleansSchema.Queries(store.Database, OrleansSchemaPart.Clustering).Count;
        Assert.Equal((long)expected, await store.ScalarAsync("SELECT count(*) FROM OrleansQuery"));
    }
}
