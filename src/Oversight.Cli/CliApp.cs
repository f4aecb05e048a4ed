using System.CommandLine;
using Oversight.Cli.Commands;

namespace Oversight.Cli;

public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Oversight: the policing and crime office's platform.");
        root.Options.Add(GlobalOptions.Provider);
        root.Options.Add(GlobalOptions.Connection);
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(SpcCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(CaseworkCommand.Create());
        return root;
    }

    /// Runs a command line. Usage mistakes exit 2 and any failure exits non-zero, each with one line on stderr.
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parsed = CreateRoot().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"oversight: {parsed.Errors[0].Message}");
            return Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            await error.WriteLineAsync($"oversight: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is Core.Configuration.ConfigurationFileException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"oversight: {e.Message}");
            return Failed;
        }
    }
}

/// A failure the user can act on; its message is printed as the command's one line of error.
public sealed class CliException(string message, int exitCode = CliApp.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
