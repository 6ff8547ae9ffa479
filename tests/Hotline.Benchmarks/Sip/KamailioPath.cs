using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hotline.Benchmarks.Sip;

/// <summary>
/// The proxy reference: Debian's kamailio as a minimal stateful (tm) record-routing proxy on loopback that relays every
/// new INVITE to the sipp UAS and in-dialog requests by loose routing. Runs in the foreground and is stopped afterwards.
/// </summary>
internal sealed class KamailioPath : ICallPath
{
    public const string Executable = "/usr/sbin/kamailio";
    private const string Modules = "/usr/lib/x86_64-linux-gnu/kamailio/modules";
    private readonly Process _process;
    private readonly string _folder;
    private readonly int _port;

    private KamailioPath(Process process, string folder, int port, int uacPort, int uasPort)
    {
        _process = process;
        _folder = folder;
        _port = port;
        UacPort = uacPort;
        UasPort = uasPort;
    }

    public int UacPort { get; }

    public int UasPort { get; }

    public string Target => "127.0.0.1:" + _port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Worker processes for the UDP socket (kamailio's "children").</summary>
    public static int Children => Math.Max(2, Environment.ProcessorCount);

    public static async Task<KamailioPath> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} not found: run ./hotline setup --tests (Debian package kamailio)");
        }

        var port = LoopbackPorts.Next();
        var uas = LoopbackPorts.Next();
        var folder = Directory.CreateTempSubdirectory("hotline-bench-kamailio-").FullName;
        var config = Path.Combine(folder, "kamailio.cfg");
        await File.WriteAllTextAsync(config, Config(port, uas, folder));
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        // -DD: stay in the foreground (children still fork); -E: log to stderr; shared memory sized for a few seconds of transactions.
        foreach (var argument in new[] { "-f", config, "-DD", "-E", "-m", "256", "-M", "16", "-Y", folder })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("kamailio did not start");
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var path = new KamailioPath(process, folder, port, LoopbackPorts.Next(), uas);
        if (!await AnswersOptionsAsync(port, process))
        {
            await path.DisposeAsync();
            string text;
            lock (log)
            {
                text = log.ToString();
            }

            throw new InvalidOperationException($"kamailio did not answer OPTIONS on 127.0.0.1:{port}: {text}");
        }

        return path;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.Length < 8192)
            {
                log.AppendLine(line);
            }
        }
    }

    private static string Config(int port, int uasPort, string folder) => $$"""
        #!KAMAILIO
        # Minimal stateful proxy for the SIP benchmark (written by Hotline.Benchmarks; 127.0.0.1 only).
        debug=0
        log_stderror=yes
        memdbg=5
        memlog=5
        children={{Children.ToString(CultureInfo.InvariantCulture)}}
        listen=udp:127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}}
        disable_tcp=yes
        auto_aliases=no
        dns=no
        rev_dns=no
        use_dns_cache=no

        mpath="{{Modules}}"
        loadmodule "tm.so"
        loadmodule "sl.so"
        loadmodule "rr.so"
        loadmodule "pv.so"
        loadmodule "maxfwd.so"
        loadmodule "textops.so"
        loadmodule "siputils.so"

        request_route {
            if (!mf_process_maxfwd_header("10")) {
                sl_send_reply("483", "Too Many Hops");
                exit;
            }

            # The readiness probe: OPTIONS to the proxy itself.
            if (is_method("OPTIONS") && $rU == $null) {
                sl_send_reply("200", "OK");
                exit;
            }

            # In-dialog: by the Route set when there is one; sipp's built-in uac ignores Record-Route and sends ACK and
            # BYE to the proxy with the dialled Request-URI, so those go to the UAS like the INVITE did.
            if (has_totag()) {
                if (!loose_route()) {
                    $du = "sip:127.0.0.1:{{uasPort.ToString(CultureInfo.InvariantCulture)}}";
                }

                t_relay();
                exit;
            }

            if (is_method("CANCEL")) {
                if (t_check_trans()) {
                    t_relay();
                }

                exit;
            }

            t_check_trans();
            if (is_method("INVITE")) {
                record_route();
            }

            $du = "sip:127.0.0.1:{{uasPort.ToString(CultureInfo.InvariantCulture)}}";
            if (!t_relay()) {
                sl_reply_error();
            }

            exit;
        }

        """;

    // Sends OPTIONS sip:127.0.0.1:port until a 200 comes back (at most 10 s).
    private static async Task<bool> AnswersOptionsAsync(int port, Process process)
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var local = (IPEndPoint)probe.Client.LocalEndPoint!;
        var target = new IPEndPoint(IPAddress.Loopback, port);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        for (var attempt = 1; DateTime.UtcNow < deadline && !process.HasExited; attempt++)
        {
            var options = string.Join("\r\n",
                $"OPTIONS sip:127.0.0.1:{port} SIP/2.0",
                $"Via: SIP/2.0/UDP 127.0.0.1:{local.Port};branch=z9hG4bK-bench-probe-{attempt}",
                "Max-Forwards: 70",
                $"From: <sip:probe@127.0.0.1:{local.Port}>;tag=probe{attempt}",
                $"To: <sip:127.0.0.1:{port}>",
                $"Call-ID: bench-probe-{attempt}@127.0.0.1",
                "CSeq: 1 OPTIONS",
                "Content-Length: 0",
                "",
                "");
            await probe.SendAsync(Encoding.ASCII.GetBytes(options), target);
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            try
            {
                var answer = await probe.ReceiveAsync(wait.Token);
                if (Encoding.ASCII.GetString(answer.Buffer).StartsWith("SIP/2.0 200", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        return false;
    }

    public Task SettleAsync() => Task.CompletedTask;

    public PathCost? Cost(long calls) => null;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets kamailio stop its children and release its shared memory; a kill follows if it lingers.
            using (var term = Process.Start(new ProcessStartInfo("/bin/kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
            {
                if (term is not null)
                {
                    await term.WaitForExitAsync();
                }
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
