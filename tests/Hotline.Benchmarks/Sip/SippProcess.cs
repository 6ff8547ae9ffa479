using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Hotline.Benchmarks.Sip;

/// <summary>
/// One sipp (Debian's sip-tester) process on loopback with its statistics written to a file in a work folder;
/// always bounded by sipp's own -timeout and, behind it, by a kill.
/// </summary>
internal sealed class SippProcess : IDisposable
{
    public const string Executable = "/usr/bin/sipp";
    private readonly Process _process;
    private readonly string _statsPath;
    private readonly string _errorsPath;
    private readonly Task _drainOutput;
    private readonly Task _drainErrors;

    private SippProcess(Process process, string statsPath, string errorsPath)
    {
        _process = process;
        _statsPath = statsPath;
        _errorsPath = errorsPath;
        // sipp repaints its screen on stdout; drain it so it never blocks on a full pipe.
        _drainOutput = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _drainErrors = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
    }

    /// <summary>Starts sipp with <paramref name="arguments"/> plus the options every run needs (loopback, statistics, time limit).</summary>
    public static SippProcess Start(string role, string workFolder, TimeSpan timeLimit, IEnumerable<string> arguments)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} not found: run ./hotline setup --tests (Debian package sip-tester)");
        }

        var statsPath = Path.Combine(workFolder, $"{role}-stats.csv");
        var errorsPath = Path.Combine(workFolder, $"{role}-errors.log");
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workFolder,
        };
        foreach (var argument in arguments.Concat([
                     "-i", "127.0.0.1", "-nostdin", "-trace_stat", "-stf", statsPath, "-fd", "1", "-trace_err", "-error_file", errorsPath,
                     "-timeout", ((int)Math.Ceiling(timeLimit.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s", "-timeout_error",
                 ]))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("sipp did not start");
        process.StandardInput.Close();
        return new SippProcess(process, statsPath, errorsPath);
    }

    /// <summary>Waits for sipp to end by itself for up to <paramref name="wait"/>, then kills it.</summary>
    public async Task<SippOutcome> WaitAsync(TimeSpan wait)
    {
        int? exitCode;
        using (var cts = new CancellationTokenSource(wait))
        {
            try
            {
                await _process.WaitForExitAsync(cts.Token);
                exitCode = _process.ExitCode;
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
                exitCode = null;
            }
        }

        await Task.WhenAll(_drainOutput, _drainErrors);
        return new SippOutcome(exitCode, SippStats.Read(_statsPath), FirstErrors());
    }

    private string FirstErrors()
    {
        if (!File.Exists(_errorsPath))
        {
            return "";
        }

        using var reader = new StreamReader(_errorsPath, Encoding.Latin1);
        var text = new StringBuilder();
        for (var i = 0; i < 3 && reader.ReadLine() is { } line; i++)
        {
            text.Append(line.Trim()).Append(" | ");
        }

        return text.ToString();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
