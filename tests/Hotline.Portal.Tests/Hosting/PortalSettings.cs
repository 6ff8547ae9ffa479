namespace Hotline.Portal.Tests.Hosting;

/// <summary>Non-default ports and a fresh data folder for one portal process.</summary>
internal sealed record PortalSettings(int WebPort, int SipPort, int SiloPort, int GatewayPort, string DataDir)
{
    public static PortalSettings Fresh(string? dataDir = null) => new(
        LoopbackPorts.Next(), LoopbackPorts.Next(), LoopbackPorts.Next(), LoopbackPorts.Next(),
        dataDir ?? Path.Combine(Path.GetTempPath(), "hotline-test-" + Guid.NewGuid().ToString("N")[..12], "data"));

    public string SipListen => $"udp:127.0.0.1:{SipPort};tcp:127.0.0.1:{SipPort}";

    public IEnumerable<KeyValuePair<string, string?>> Environment()
    {
        yield return new("Hotline__DataDir", DataDir);
        yield return new("Hotline__Sip__Listen", SipListen);
        yield return new("Hotline__Silo__SiloPort", SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("Hotline__Silo__GatewayPort", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new("Hotline__Demo", "true");
        yield return new("ASPNETCORE_URLS", null);
        yield return new("DOTNET_gcServer", "0");
    }
}
