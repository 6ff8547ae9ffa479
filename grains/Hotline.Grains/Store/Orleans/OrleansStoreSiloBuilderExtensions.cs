using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hotline.Grains.Store.Orleans;

/// <summary>Puts a silo's grain state, its reminders (and, on PostgreSQL, its cluster membership) in the operational store.</summary>
public static class OrleansStoreSiloBuilderExtensions
{
    /// <summary>
    /// Registers the <see cref="GrainStorage.Main"/> storage on Orleans' ADO.NET provider and installs its schema at start.
    /// State is written with Orleans' own serializer: the state types carry <c>[Id]</c>s, so stored rows stay readable as
    /// the types gain fields.
    /// </summary>
    public static ISiloBuilder AddHotlineGrainStorage(this ISiloBuilder silo, OrleansDatabase database, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.AddAdoNetGrainStorage(GrainStorage.Main, options => options.Configure<Serializer>((storage, serializer) =>
        {
            storage.Invariant = OrleansDatabaseDriver.Invariant(database);
            storage.ConnectionString = connectionString;
            storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        AddSchema(silo.Services, new OrleansSchemaTarget(database, connectionString, OrleansSchemaPart.Storage));
        return silo;
    }

    /// <summary>
    /// Cluster membership in PostgreSQL (ADO.NET clustering), so several silos form one cluster; installs its schema at
    /// start. The grain directory is Orleans' distributed directory, which hands a leaving silo's directory ranges over to
    /// the others: the classic one deactivates every grain whose registration the leaving silo held, wherever the grain
    /// runs, and agents' presence and queues' waiting calls live only in their activations.
    /// </summary>
    public static ISiloBuilder UseHotlinePostgresClustering(this ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = OrleansDatabaseDriver.Invariant(OrleansDatabase.Postgres);
            clustering.ConnectionString = connectionString;
        });
#pragma warning disable ORLEANSEXP003 // Experimental in Orleans 10; covered by the two-silo failover test.
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        AddSchema(silo.Services, new OrleansSchemaTarget(OrleansDatabase.Postgres, connectionString, OrleansSchemaPart.Clustering));
        return silo;
    }

    /// <summary>
    /// Reminders in the operational store (ADO.NET reminder table), so call-back lists, campaigns and the report schedule
    /// wake again after the silo restarts; installs its schema at start. Rows are keyed by the cluster's ServiceId.
    /// </summary>
    public static ISiloBuilder UseHotlineReminders(this ISiloBuilder silo, OrleansDatabase database, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.UseAdoNetReminderService(reminders =>
        {
            reminders.Invariant = OrleansDatabaseDriver.Invariant(database);
            reminders.ConnectionString = connectionString;
        });
        AddSchema(silo.Services, new OrleansSchemaTarget(database, connectionString, OrleansSchemaPart.Reminders));
        return silo;
    }

    private static void AddSchema(IServiceCollection services, OrleansSchemaTarget target)
    {
        services.AddSingleton(target);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, OrleansSchemaInstaller>());
    }
}
