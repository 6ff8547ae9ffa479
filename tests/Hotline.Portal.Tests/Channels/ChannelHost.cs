using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Channels.Sms;
using Hotline.Portal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Tests.Channels;

/// <summary>The channel endpoints on loopback Kestrel (port 0), wired as the portal wires them, with a test intake and SMS gateway.</summary>
public sealed class ChannelHost : IAsyncDisposable
{
    public const string UnitToken = "unit-token-1";
    public const string EnterpriseToken = "enterprise-token-1";
    public const string HandoffToken = "handoff-token-1";
    public const string WeChatToken = "demo-wechat-token";
    public const string SmsSecret = "sms-secret-1";
    public const int SubmitsPerMinute = 5;

    private readonly WebApplication app;

    private ChannelHost(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public ITicketIntake Intake => app.Services.GetRequiredService<ITicketIntake>();

    public RecordingSmsGateway Sms { get; private init; } = new();

    public static async Task<ChannelHost> StartAsync(ITicketIntake intake, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hotline:Channels:Partners:0:Id"] = "unit-1",
            ["Hotline:Channels:Partners:0:TokenSha256"] = PartnerTokenHandler.Hash(UnitToken),
            ["Hotline:Channels:Partners:0:Roles:0"] = "handling-unit",
            ["Hotline:Channels:Partners:0:UnitId"] = "unit-1",
            ["Hotline:Channels:Partners:1:Id"] = "enterprise-1",
            ["Hotline:Channels:Partners:1:TokenSha256"] = PartnerTokenHandler.Hash(EnterpriseToken),
            ["Hotline:Channels:Partners:1:Roles:0"] = "enterprise",
            ["Hotline:Channels:Partners:2:Id"] = "transport-bureau",
            ["Hotline:Channels:Partners:2:TokenSha256"] = PartnerTokenHandler.Hash(HandoffToken),
            ["Hotline:Channels:Partners:2:Roles:0"] = PartnerRoles.HandoffPartner,
            ["Hotline:Channels:WeChat:Token"] = WeChatToken,
            ["Hotline:Channels:Sms:Secret"] = SmsSecret,
            ["Hotline:Channels:Public:SubmitsPerMinute"] = SubmitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton(intake);
        builder.Services.AddProblemDetails();
        builder.Services.AddTicketChannels(builder.Configuration);
        var sms = new RecordingSmsGateway();
        builder.Services.AddSingleton<ISmsGateway>(sms);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseTicketChannels();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ChannelHost(app, new Uri(address)) { Sms = sms };
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(TestContext.Current.CancellationToken);
        await app.DisposeAsync();
    }
}
