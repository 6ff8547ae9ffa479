using System.IO.Compression;
using System.Net;
using System.Web;

namespace Hotline.Analytics.Tests.Engines.Server;

/// <summary>An HTTP handler that records what the ClickHouse driver sends and answers with a canned response.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = [];

    public Func<RecordedRequest, HttpResponseMessage> Respond { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        if (request.Content?.Headers.ContentEncoding.Contains("gzip") == true)
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain, cancellationToken);
            body = plain.ToArray();
        }

        var recorded = new RecordedRequest(request.RequestUri!, HttpUtility.ParseQueryString(request.RequestUri!.Query), body);
        Requests.Add(recorded);
        return Respond(recorded);
    }
}

/// <summary>One request the driver sent: its URL settings and its (decompressed) body.</summary>
internal sealed record RecordedRequest(Uri Uri, System.Collections.Specialized.NameValueCollection Query, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
