using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// Debian's baresip 1.0.0 (package baresip-core) on loopback, with its own configuration folder, no sound device
/// (ausine or aufile as source, aubridge as a player nobody reads, optionally sndfile keeping what it sends and hears;
/// see <see cref="BaresipAudio"/>) and the ctrl_tcp module: its events are collected and
/// commands sent as netstring-framed JSON. The account is added after the control connection is up (uanew), so
/// no event (REGISTER_OK in particular) is sent before anyone listens. Killed on dispose.
/// </summary>
internal sealed class Baresip : IAsyncDisposable
{
    public const string Executable = "/usr/bin/baresip";
    public const string ModulePath = "/usr/lib/baresip/modules";

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CommandWait = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(15);
    private const int OutputLimit = 200_000;
    private const string SoundFolder = "sound";

    // libsndfile writes a canonical 44-byte header for 16-bit PCM and appends the samples as they come.
    private const int SndfileHeaderSize = 44;
    // baresip's JSON decoder (libre) reads \" but not \u003C: keep '<' and '>' of the account line as they are.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Process _process;
    private readonly string _folder;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<BaresipEvent> _events = [];
    private readonly List<string> _responses = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource<BaresipResponse>> _pending = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private TcpClient? _control;
    private Task? _reader;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextToken;
    private string? _readError;

    private Baresip(string name, Process process, string folder, int sipPort, int controlPort)
    {
        Name = name;
        _process = process;
        _folder = folder;
        SipPort = sipPort;
        ControlPort = controlPort;
    }

    /// <summary>A label for messages (the account's user).</summary>
    public string Name { get; }

    /// <summary>baresip's SIP port on 127.0.0.1 (UDP and TCP; TLS takes the next port).</summary>
    public int SipPort { get; }

    public int ControlPort { get; }

    public BaresipAccount? Account { get; private set; }

    /// <summary>The events received so far, in order.</summary>
    public IReadOnlyList<BaresipEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Starts baresip with the account and waits until the account exists (not until it has registered).</summary>
    public static async Task<Baresip> StartAsync(BaresipAccount account, BaresipAudio? audio = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        audio ??= BaresipAudio.Default;
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} not found: run ./hotline setup --tests (Debian package baresip-core)");
        }

        // Free ports are only free when asked; a port taken in between makes baresip exit, and we try again.
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var baresip = Launch(account.User, LoopbackPorts.Next(), LoopbackPorts.Next(), audio);
            try
            {
                await baresip.ConnectAsync();
                await baresip.AddAccountAsync(account);
                return baresip;
            }
            catch (BaresipStartException ex)
            {
                last = ex;
                await baresip.DisposeAsync();
            }
            catch
            {
                await baresip.DisposeAsync();
                throw;
            }
        }

        throw new InvalidOperationException("baresip did not start in three attempts", last);
    }

    private static Baresip Launch(string name, int sipPort, int controlPort, BaresipAudio audio)
    {
        var folder = Directory.CreateTempSubdirectory("hotline-baresip-").FullName;
        if (audio.Record)
        {
            Directory.CreateDirectory(Path.Combine(folder, SoundFolder));
        }

        File.WriteAllText(Path.Combine(folder, "config"), Config(folder, sipPort, controlPort, audio));
        File.WriteAllText(Path.Combine(folder, "accounts"), "");
        File.WriteAllText(Path.Combine(folder, "contacts"), "");
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        // -s traces SIP to stdout: the messages are in the failure report.
        foreach (var argument in new[] { "-4", "-s", "-f", folder })
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var baresip = new Baresip(name, process, folder, sipPort, controlPort);
        process.OutputDataReceived += (_, e) => Append(baresip._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(baresip._stderr, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("baresip did not start");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return baresip;
    }

    /// <summary>
    /// baresip 1.0.0 configuration: loopback only (SIP, RTP and the control socket), G.711, a sine or file source and an
    /// aubridge player with no matching source (it plays into nothing); ausine only
    /// produces 48 kHz stereo, which baresip resamples for G.711, while aufile insists on the configured rate and channels,
    /// so a file source runs at G.711's own 8 kHz mono and is sent unresampled. sndfile (snd_path) dumps each call's
    /// encoded and decoded audio; the menu module does dial/accept/hangup.
    /// </summary>
    private static string Config(string folder, int sipPort, int controlPort, BaresipAudio audio)
    {
        var sip = sipPort.ToString(CultureInfo.InvariantCulture);
        var control = controlPort.ToString(CultureInfo.InvariantCulture);
        var source = audio.SourceFile is { } file
            ? $"aufile,{Path.GetFullPath(file)}"
            : $"ausine,{audio.SineFrequency.ToString(CultureInfo.InvariantCulture)}";
        var (rate, channels) = audio.SourceFile is null ? ("48000", "2") : ("8000", "1");
        var recording = audio.Record ? $"module\t\t\tsndfile.so\nsnd_path\t\t{Path.Combine(folder, SoundFolder)}" : "";
        return $"""
            poll_method		epoll
            sip_listen		127.0.0.1:{sip}
            net_interface		127.0.0.1
            dns_server		127.0.0.1:53
            call_local_timeout	60
            call_max_calls		4
            audio_path		{folder}
            audio_player		aubridge,hotline-nowhere
            audio_source		{source}
            ausrc_srate		{rate}
            ausrc_channels		{channels}
            audio_alert		aubridge,hotline-nowhere
            rtp_timeout		0
            module_path		{ModulePath}
            module			g711.so
            module			ausine.so
            module			aufile.so
            module			aubridge.so
            {recording}
            module_app		account.so
            module_app		menu.so
            module_app		ctrl_tcp.so
            ctrl_tcp_listen		127.0.0.1:{control}

            """;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < OutputLimit)
            {
                output.AppendLine(line);
            }
        }
    }

    private async Task ConnectAsync()
    {
        var deadline = DateTime.UtcNow + StartWait;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new BaresipStartException($"baresip exited with {_process.ExitCode} before its control socket listened\n{Describe()}");
            }

            var client = new TcpClient(AddressFamily.InterNetwork);
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, ControlPort, TestContext.Current.CancellationToken);
                _control = client;
                break;
            }
            catch (SocketException)
            {
                client.Dispose();
                if (DateTime.UtcNow > deadline)
                {
                    throw new BaresipStartException($"baresip's control socket 127.0.0.1:{ControlPort} did not listen within {StartWait}\n{Describe()}");
                }

                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        _reader = Task.Run(() => ReadAsync(_control.GetStream(), _stopping.Token));
        // ctrl_tcp takes one connection and starts relaying events once it is accepted: a command round trip proves that.
        // A socket taken by someone else between asking and binding can leave the control connection talking to a
        // stranger (in CI, baresip's own SIP TCP listener): no answer here means a failed start, which is retried.
        try
        {
            await CommandAsync("about");
        }
        catch (TimeoutException ex)
        {
            throw new BaresipStartException($"baresip {Name} did not answer on its control socket 127.0.0.1:{ControlPort}: {ex.Message}");
        }
    }

    private async Task AddAccountAsync(BaresipAccount account)
    {
        Account = account;
        var response = await CommandAsync("uanew", account.ToAccountLine());
        if (!response.Ok)
        {
            throw new InvalidOperationException($"baresip refused the account {account.ToAccountLine()}: {response.Data}\n{Describe()}");
        }
    }

    /// <summary>Dials a URI (menu's dial command) from the account.</summary>
    public Task<BaresipResponse> DialAsync(string uri) => ExpectOkAsync("dial", uri);

    /// <summary>Answers the incoming call (menu's accept command).</summary>
    public Task<BaresipResponse> AcceptAsync() => ExpectOkAsync("accept");

    /// <summary>Hangs up the current call (menu's hangup command).</summary>
    public Task<BaresipResponse> HangupAsync() => ExpectOkAsync("hangup");

    private async Task<BaresipResponse> ExpectOkAsync(string command, string? parameters = null)
    {
        var response = await CommandAsync(command, parameters);
        Assert.True(response.Ok, $"baresip {Name}: {command} {parameters} failed: {response.Data}\n{Describe()}");
        return response;
    }

    /// <summary>Deletes the account (menu's uadel): baresip unregisters it (REGISTER with expires 0).</summary>
    public Task<BaresipResponse> RemoveAccountAsync() =>
        ExpectOkAsync("uadel", (Account ?? throw new InvalidOperationException("no account")).Aor);

    /// <summary>Sends a long command (as typed after '/' in baresip's menu) and waits for its response.</summary>
    public async Task<BaresipResponse> CommandAsync(string command, string? parameters = null)
    {
        var control = _control ?? throw new InvalidOperationException("baresip's control socket is not connected");
        var token = Interlocked.Increment(ref _nextToken).ToString(CultureInfo.InvariantCulture);
        var pending = new TaskCompletionSource<BaresipResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[token] = pending;
        var json = parameters is null
            ? JsonSerializer.Serialize(new Dictionary<string, string> { ["command"] = command, ["token"] = token }, Json)
            : JsonSerializer.Serialize(new Dictionary<string, string> { ["command"] = command, ["params"] = parameters, ["token"] = token }, Json);
        var payload = Encoding.UTF8.GetBytes(json);
        var frame = Encoding.ASCII.GetBytes(payload.Length.ToString(CultureInfo.InvariantCulture) + ":").Concat(payload).Append((byte)',').ToArray();
        await _sendGate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await control.GetStream().WriteAsync(frame, TestContext.Current.CancellationToken);
        }
        finally
        {
            _sendGate.Release();
        }

        try
        {
            return await pending.Task.WaitAsync(CommandWait, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"baresip {Name} did not answer the command {command} {parameters} within {CommandWait}\n{Describe()}");
        }
        finally
        {
            _pending.TryRemove(token, out _);
        }
    }

    /// <summary>How many samples (8 kHz mono) baresip has heard in its call so far; 0 before the call's audio started.</summary>
    /// <remarks>sndfile appends each decoded packet as it arrives, so the count marks a moment in the call.</remarks>
    public int HeardSampleCount =>
        DumpPath("dec") is { } path ? (int)Math.Max(0, (new FileInfo(path).Length - SndfileHeaderSize) / sizeof(short)) : 0;

    /// <summary>
    /// What baresip heard in its call from sample <paramref name="from"/> on, as far as it has arrived (sndfile's decode
    /// dump, 8 kHz mono). Needs <see cref="BaresipAudio.Record"/>.
    /// </summary>
    public short[] ReadHeard(int from = 0)
    {
        var samples = ReadDump("dec");
        if (from < 0 || from > samples.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, $"baresip {Name} has heard {samples.Length} samples");
        }

        return samples[from..];
    }

    /// <summary>What baresip sent in its call as it went to the encoder (sndfile's encode dump, 8 kHz mono).</summary>
    public short[] ReadSent() => ReadDump("enc");

    /// <summary>sndfile's dump of one direction ("dec" heard, "enc" sent), null before the call's audio started.</summary>
    private string? DumpPath(string direction)
    {
        var folder = Path.Combine(_folder, SoundFolder);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"baresip {Name} does not keep its audio: start it with BaresipAudio.Record");
        }

        var dumps = Directory.GetFiles(folder, $"dump-*-{direction}.wav");
        return dumps.Length switch
        {
            0 => null,
            1 => dumps[0],
            _ => throw new InvalidOperationException($"baresip {Name} had more than one call ({string.Join(", ", dumps)}); tests read one"),
        };
    }

    private short[] ReadDump(string direction)
    {
        if (DumpPath(direction) is not { } path)
        {
            return [];
        }

        // Opened while baresip still writes: its header sizes are only right once the call ends, so read to the end.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length <= SndfileHeaderSize)
        {
            return [];
        }

        var header = new byte[SndfileHeaderSize];
        stream.ReadExactly(header);
        if (Encoding.ASCII.GetString(header, 0, 4) != "RIFF" || Encoding.ASCII.GetString(header, 36, 4) != "data")
        {
            throw new InvalidDataException($"baresip {Name}: {path} does not start with the 44-byte PCM WAV header sndfile writes");
        }

        var samples = new short[(stream.Length - SndfileHeaderSize) / sizeof(short)];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(samples.AsSpan()));
        return samples;
    }

    /// <summary>Waits for an event of the type (and matching the filter); fails with everything baresip said otherwise.</summary>
    public Task<BaresipEvent> WaitForEventAsync(string type, Func<BaresipEvent, bool>? filter = null, TimeSpan? timeout = null) =>
        WaitForAsync(e => e.Type == type && (filter?.Invoke(e) ?? true), type, timeout);

    /// <summary>Waits until an event satisfies the condition (events already received count).</summary>
    public async Task<BaresipEvent> WaitForAsync(Func<BaresipEvent, bool> condition, string description, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultWait;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            Task changed;
            lock (_events)
            {
                if (_events.FirstOrDefault(condition) is { } found)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                Assert.Fail($"baresip {Name}: no {description} within {limit}{(_process.HasExited ? " (baresip exited)" : "")}\n{Describe()}");
            }

            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromMilliseconds(250) ? left : TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken));
            TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Waits, then asserts that no event satisfies the condition (e.g. no REGISTER_OK after a failure).</summary>
    public async Task AssertNoEventAsync(Func<BaresipEvent, bool> condition, string description, TimeSpan quietFor)
    {
        await Task.Delay(quietFor, TestContext.Current.CancellationToken);
        Assert.False(Events.Any(condition), $"baresip {Name}: unexpected {description}\n{Describe()}");
    }

    private async Task ReadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var pending = new MemoryStream();
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return;
                }

                pending.Write(buffer, 0, read);
                var consumed = ParseFrames(pending.GetBuffer().AsSpan(0, (int)pending.Length));
                if (consumed > 0)
                {
                    var rest = pending.GetBuffer().AsSpan(consumed, (int)pending.Length - consumed).ToArray();
                    pending.SetLength(0);
                    pending.Write(rest);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
        }
        catch (Exception ex) when (ex is IOException or FormatException or JsonException)
        {
            _readError = ex.Message;
        }
        finally
        {
            foreach (var waiting in _pending.Values)
            {
                waiting.TrySetException(new IOException($"baresip {Name}'s control connection closed"));
            }

            Signal();
        }
    }

    /// <summary>Takes every complete netstring ("12:{...json...},") from the data; returns how many bytes they used.</summary>
    private int ParseFrames(ReadOnlySpan<byte> data)
    {
        var used = 0;
        while (true)
        {
            var colon = data[used..].IndexOf((byte)':');
            if (colon < 0)
            {
                return used;
            }

            var length = int.Parse(Encoding.ASCII.GetString(data.Slice(used, colon)), NumberStyles.None, CultureInfo.InvariantCulture);
            var start = used + colon + 1;
            if (data.Length < start + length + 1)
            {
                return used;
            }

            if (data[start + length] != (byte)',')
            {
                throw new IOException($"baresip {Name}: netstring without its trailing comma");
            }

            OnMessage(Encoding.UTF8.GetString(data.Slice(start, length)));
            used = start + length + 1;
        }
    }

    private void OnMessage(string json)
    {
        if (json.Length == 0)
        {
            return;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("response", out _))
        {
            lock (_events)
            {
                _responses.Add(json);
            }

            var ok = root.TryGetProperty("ok", out var okValue) && okValue.ValueKind == JsonValueKind.True;
            var data = root.TryGetProperty("data", out var dataValue) ? dataValue.GetString() ?? "" : "";
            if (root.TryGetProperty("token", out var token) && token.GetString() is { } id && _pending.TryGetValue(id, out var waiting))
            {
                waiting.TrySetResult(new BaresipResponse(ok, data));
            }

            return;
        }

        if (root.TryGetProperty("event", out _))
        {
            lock (_events)
            {
                _events.Add(BaresipEvent.Parse(root, json));
            }

            Signal();
        }
    }

    private void Signal()
    {
        TaskCompletionSource changed;
        lock (_events)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>Everything needed to see what baresip did: its events, command responses, stdout (with the SIP trace) and stderr.</summary>
    public string Describe()
    {
        string events, responses, stdout, stderr;
        lock (_events)
        {
            events = string.Join("\n", _events.Select(e => e.Json));
            responses = string.Join("\n", _responses);
        }

        lock (_stdout)
        {
            stdout = _stdout.ToString();
        }

        lock (_stderr)
        {
            stderr = _stderr.ToString();
        }

        var exit = (_process.HasExited ? $"exited {_process.ExitCode}" : "running") + (_readError is null ? "" : $", control connection: {_readError}");
        return $"--- baresip {Name} (sip 127.0.0.1:{SipPort}, control {ControlPort}, {exit}) account {Account?.ToAccountLine()} ---\n"
            + $"--- events ---\n{events}\n--- responses ---\n{responses}\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}";
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _control?.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(bounded.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
        }

        if (_reader is { } reader)
        {
            await reader.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _process.Dispose();
        _stopping.Dispose();
        _sendGate.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
