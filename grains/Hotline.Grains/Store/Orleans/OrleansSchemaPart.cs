namespace Hotline.Grains.Store.Orleans;

/// <summary>What a silo keeps in the database: grain state, cluster membership (PostgreSQL only), or reminders.</summary>
public enum OrleansSchemaPart
{
    Storage,
    Clustering,
    Reminders,
}
