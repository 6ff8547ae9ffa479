using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>Runs Debian's sipp (package sip-tester) on loopback with a scenario from TestData/sipp, bounded in time.</summary>
internal static partial class Sipp
{
    public const string Executable = "/usr/bin/sipp";

    /// <summary>Runs sipp to completion; the scenario file is resolved under TestData/sipp unless rooted.</summary>
    public static async Task<SippRun> RunAsync(string scenario, string target, IEnumerable<string> arguments, TimeSpan timeout)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} not found: run ./hotline setup --tests (Debian package sip-tester)");
        }

        var work = Directory.CreateTempSubdirectory("hotline-sipp-").FullName;
        // An empty scenario means a built-in one chosen with -sn in the arguments.
        var scenarioArguments = scenario.Length == 0 ? [] : new[] { "-sf", Path.IsPathRooted(scenario) ? scenario : Path.Combine(AppContext.BaseDirectory, "TestData", "sipp", scenario) };
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (var argument in new[] { target }.Concat(scenarioArguments).Concat(new[] { "-i", "127.0.0.1", "-nostdin", "-trace_err", "-trace_screen",
                     "-timeout", ((int)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "-timeout_error" }).Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("sipp did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout + TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sipp {scenario} did not stop within {timeout}: {await stdout}");
        }

        var screens = string.Join("\n", Directory.GetFiles(work, "*_screen.log").Concat(Directory.GetFiles(work, "*_screens.log")).Select(File.ReadAllText));
        var errors = string.Join("\n", Directory.GetFiles(work, "*_errors.log").Select(File.ReadAllText));
        var output = screens + "\n" + await stdout + "\n" + await stderr;
        Directory.Delete(work, recursive: true);
        return new SippRun(process.ExitCode, Counter(SuccessfulCall(), output), Counter(FailedCall(), output), output, errors);
    }

    // The last screen dump holds the final totals, e.g. "Successful call |  0 |  10".
    private static int Counter(Regex pattern, string output)
    {
        var matches = pattern.Matches(output);
        return matches.Count == 0 ? 0 : int.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Successful call\s*\|\s*\d+\s*\|\s*(\d+)")]
    private static partial Regex SuccessfulCall();

    [GeneratedRegex(@"Failed call\s*\|\s*\d+\s*\|\s*(\d+)")]
    private static partial Regex FailedCall();
}
