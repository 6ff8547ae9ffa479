namespace Hotline.Grains.Store.Orleans;

/// <summary>The databases Orleans' ADO.NET providers use here: SQLite (embedded default) or PostgreSQL (scale-out).</summary>
public enum OrleansDatabase
{
    Sqlite,
    Postgres,
}
