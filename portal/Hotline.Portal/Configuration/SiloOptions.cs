namespace Hotline.Portal.Configuration;

/// <summary>Settings of the Orleans silo hosted by this process (<c>Hotline:Silo</c>).</summary>
public sealed class SiloOptions
{
    /// <summary>Silo-to-silo port on loopback.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port on loopback.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Orleans cluster id; silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "hotline";
}
