namespace Hotline.Grains.Store.Orleans;

/// <summary>One part of the Orleans schema to install in one database before the silo starts using it.</summary>
public sealed record OrleansSchemaTarget(OrleansDatabase Database, string ConnectionString, OrleansSchemaPart Part);
