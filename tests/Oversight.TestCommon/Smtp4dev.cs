using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Oversight.TestCommon;

/// smtp4dev (the Rnwood.Smtp4dev dotnet tool in the repository's tool manifest, restored by ./test), started on
/// free loopback ports with an in-memory store: a real SMTP server that nobody here wrote. Tests read what it
/// received through its web API. Fault injection (deferrals, refusals) uses <see cref="SmtpListener"/> instead.
public sealed class Smtp4dev : IAsyncDisposable
{
    private readonly Process process;
    private readonly HttpClient api;

    private Smtp4dev(Process process, int smtpPort, int webPort)
    {
        this.process = process;
        SmtpPort = smtpPort;
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public int SmtpPort { get; }

    public static async Task<Smtp4dev> StartAsync(CancellationToken cancellationToken)
    {
        var (smtp, imap, pop3, web) = (FreePort(), FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SharedData.RepositoryPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--", $"--smtpport={smtp}", $"--imapport={imap}", $"--pop3port={pop3}",
            $"--urls=http://127.0.0.1:{web}", "--db=", "--nousersettings", "--allowremoteconnections-", "--hostname=localhost",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Smtp4dev(process, smtp, web);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev exited with {process.ExitCode}: run `dotnet tool restore` (./test does)");
            }

            try
            {
                (await server.api.GetAsync("api/messages", cancellationToken)).EnsureSuccessStatusCode();
                return server;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250, cancellationToken);
            }
        }

        await server.DisposeAsync();
        throw new TimeoutException("smtp4dev did not answer within 90 seconds");
    }

    /// Each message received so far: its recipients, subject and plain-text body.
    public async Task<IReadOnlyList<(IReadOnlyList<string> To, string Subject, string Body)>> MessagesAsync(CancellationToken cancellationToken)
    {
        using var list = JsonDocument.Parse(await api.GetStringAsync("api/messages?pageSize=100", cancellationToken));
        var messages = new List<(IReadOnlyList<string>, string, string)>();
        foreach (var message in list.RootElement.GetProperty("results").EnumerateArray())
        {
            var id = message.GetProperty("id").GetString();
            var body = await api.GetStringAsync($"api/messages/{id}/plaintext", cancellationToken);
            var to = message.GetProperty("to").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
            messages.Add((to, message.GetProperty("subject").GetString() ?? "", body));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        api.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
