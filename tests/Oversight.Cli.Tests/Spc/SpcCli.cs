using System.Diagnostics;
using System.Text.Json;

namespace Oversight.Cli.Tests.Spc;

/// Runs `oversight spc` on CSV text, in-process or as the built program, from a temporary file.
public static class SpcCli
{
    public static async Task<CliResult> RunAsync(string csv, params string[] options)
    {
        var path = await WriteAsync(csv);
        try
        {
            return await RunFileAsync(path, options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<CliResult> RunFileAsync(string path, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["spc", path, .. options], output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// Runs the built oversight.dll in a separate process, as a user would.
    public static async Task<CliResult> RunProgramAsync(string csv, params string[] options)
    {
        var path = await WriteAsync(csv);
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "oversight.dll"), "spc", path }.Concat(options))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new CliResult(process.ExitCode, await output, await error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    public static string Csv(IEnumerable<(string Period, double Value)> rows) =>
        "period,value\n" + string.Concat(rows.Select(r => $"{r.Period},{r.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n"));

    private static async Task<string> WriteAsync(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oversight-spc-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        return path;
    }
}
