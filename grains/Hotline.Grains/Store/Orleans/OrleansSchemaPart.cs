namespace Hotline.Grains.Store.Orleans;

/// <summary>What a silo keeps in the database: grain state, or cluster membership (PostgreSQL only).</summary>
public enum OrleansSchemaPart
{
    Storage,
    Clustering,
}
