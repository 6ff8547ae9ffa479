using System.Net;
using System.Net.Sockets;
using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests;

/// <summary>An unusable setting stops the platform with one message naming the key and the value, and a non-zero exit.</summary>
[Trait("Category", "Integration")]
public sealed class BadConfigurationTests
{
    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Hotline__Store__Provider", "mysql", "Hotline:Store:Provider" },
        { "Hotline__Analytics__Engine", "duckdb", "Hotline:Analytics:Engine" },
        { "Hotline__Sip__Listen", "sctp:127.0.0.1:5060", "Hotline:Sip:Listen" },
        { "Hotline__Sip__Listen", "udp:localhost-ish:99999", "Hotline:Sip:Listen" },
        { "Hotline__Silo__SiloPort", "70000", "Hotline:Silo:SiloPort" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Unusable_value_stops_with_a_message_naming_key_and_value(string variable, string value, string key)
    {
        await using var portal = PortalProcess.Start(PortalSettings.Fresh(), new Dictionary<string, string?> { [variable] = value });

        var exitCode = await portal.WaitForExitAsync(TimeSpan.FromSeconds(60));

        AssertClearFailure(portal, exitCode, key, value);
    }

    [Fact]
    public async Task Data_folder_that_cannot_be_created_is_named()
    {
        // A regular file where the folder should be: no user, root included, can create a folder there.
        var file = Path.GetTempFileName();
        var dataDir = Path.Combine(file, "data");
        await using var portal = PortalProcess.Start(PortalSettings.Fresh(dataDir));

        var exitCode = await portal.WaitForExitAsync(TimeSpan.FromSeconds(60));

        AssertClearFailure(portal, exitCode, "Hotline:DataDir", dataDir);
        File.Delete(file);
    }

    [Fact]
    public async Task Sip_port_in_use_is_named()
    {
        var settings = PortalSettings.Fresh();
        using var squatter = new UdpClient(new IPEndPoint(IPAddress.Loopback, settings.SipPort));
        await using var portal = PortalProcess.Start(settings);

        var exitCode = await portal.WaitForExitAsync(TimeSpan.FromSeconds(90));

        AssertClearFailure(portal, exitCode, "Hotline:Sip:Listen", $"udp:127.0.0.1:{settings.SipPort}");
    }

    [Fact]
    public async Task Web_port_in_use_is_named()
    {
        var settings = PortalSettings.Fresh();
        using var squatter = new TcpListener(IPAddress.Loopback, settings.WebPort);
        squatter.Start();
        await using var portal = PortalProcess.Start(settings);

        var exitCode = await portal.WaitForExitAsync(TimeSpan.FromSeconds(90));

        AssertClearFailure(portal, exitCode, "--urls", $"http://127.0.0.1:{settings.WebPort}");
    }

    private static void AssertClearFailure(PortalProcess portal, int exitCode, string key, string value)
    {
        var output = portal.StandardError + portal.StandardOutput;
        Assert.True(exitCode != 0, $"exit code was 0; output:\n{output}");
        Assert.Contains(key, portal.StandardError, StringComparison.Ordinal);
        Assert.Contains(value, portal.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
