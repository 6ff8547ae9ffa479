using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Hotline.Telephony.Media.Audio;

/// <summary>Runs a helper program with an argument list (never through a shell) under a timeout.</summary>
internal static class ExternalProcess
{
    /// <summary>Finds an executable by path or on PATH; throws <see cref="TtsException"/> naming the Debian package when absent.</summary>
    public static string Resolve(string program, string package)
    {
        ArgumentException.ThrowIfNullOrEmpty(program);
        if (program.Contains('/', StringComparison.Ordinal))
        {
            if (File.Exists(program))
            {
                return program;
            }
        }
        else
        {
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, program);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new TtsException($"{program} was not found; install the Debian package '{package}' (apt-get install {package}).");
    }

    /// <summary>Runs the program, writes <paramref name="input"/> to its stdin, and fails with its output on a non-zero exit.</summary>
    public static async Task RunAsync(
        string program, string package, IEnumerable<string> arguments, string? input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(program);
        var start = new ProcessStartInfo(Resolve(program, package))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new TtsException($"{name} could not be started ({e.Message}); install the Debian package '{package}'.", e);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(timeoutSource.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeoutSource.Token);
            try
            {
                if (input is not null)
                {
                    await process.StandardInput.WriteAsync(input.AsMemory(), timeoutSource.Token);
                }
            }
            catch (IOException)
            {
                // The program exited without reading its input; its exit code tells why.
            }
            finally
            {
                process.StandardInput.Close();
            }

            await process.WaitForExitAsync(timeoutSource.Token);
            var output = ((await stderr).Trim() + " " + (await stdout).Trim()).Trim();
            if (process.ExitCode != 0)
            {
                throw new TtsException($"{name} exited with code {process.ExitCode}: {(output.Length == 0 ? "(no output)" : output)}");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            throw new TtsException($"{name} did not finish within {timeout.TotalSeconds:0.###} s and was stopped.");
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited in the meantime.
        }
    }
}
