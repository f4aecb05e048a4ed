using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.PoliceData;
using Spectre.Console;

namespace Oversight.Cli.Commands;

public static class ImportPoliceUkCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Monthly CSV files, folders of them, or .zip bulk archives", Arity = ArgumentArity.OneOrMore };
        var skip = new Option<bool>("--skip-bad-rows") { Description = "Import the good rows of a file and report each bad one, instead of rejecting the file" };
        var anyForce = new Option<bool>("--any-force") { Description = "Keep every row of other forces' files too, not only their monthly counts" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object describing the run" };
        var command = new Command("police-uk", "Import data.police.uk street, outcomes and stop-and-search files") { paths, skip, anyForce, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var sources = parsed.GetValue(paths)!.SelectMany(ImportSource.FromPath).ToList();
            await using var services = CliHost.Services(parsed);
            // Another force's file keeps its monthly counts (for comparisons) unless --any-force asks for every row.
            var options = new PoliceImportOptions(parsed.GetValue(skip), parsed.GetValue(anyForce), OtherForcesAsCounts: true);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parsed.InvocationConfiguration.Output) });
            // Progress goes to a terminal's stderr only: piped, redirected or --json output stays free of it.
            var progress = !parsed.GetValue(json) && ReferenceEquals(parsed.InvocationConfiguration.Error, Console.Error) && !Console.IsErrorRedirected
                ? AnsiConsole.Create(new AnsiConsoleSettings { Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(Console.Error) })
                : null;
            // Other forces' files are counted as they come and stored many to a transaction; the office's own force's
            // files keep every row, one transaction each.
            var counts = services.GetRequiredService<NationalCountBatch>();
            async Task<FileImportResult> ImportAsync(ImportSource source, Action<int>? report)
            {
                if (await counts.AddAsync(source, options, report, cancellationToken) is { } counted)
                {
                    return counted;
                }

                // A scope per file: each file's import is its own unit of work with a fresh change tracker.
                await using var scope = services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<PoliceFileImporter>().ImportAsync(source, options, report, cancellationToken);
            }

            var results = new List<FileImportResult>(sources.Count);
            if (progress is null)
            {
                foreach (var source in sources)
                {
                    results.Add(await ImportAsync(source, null));
                }
            }
            else
            {
                results = await ImportProgress.RunAsync(progress, sources, ImportAsync);
            }

            await counts.FlushAsync(cancellationToken);

            await ReportAsync(parsed, results, parsed.GetValue(json), console);
            return results.All(r => r.Imported) ? CliApp.Ok : CliApp.Failed;
        });
        return command;
    }

    private static async Task ReportAsync(ParseResult parsed, List<FileImportResult> results, bool json, IAnsiConsole console)
    {
        var error = parsed.InvocationConfiguration.Error;
        foreach (var rejected in results.Where(r => !r.Imported))
        {
            await error.WriteLineAsync($"oversight: rejected {rejected.Rejection}");
        }

        // Every skipped row goes to stderr, in both modes, so that stdout stays the table or the JSON object.
        var rejectedRows = results.SelectMany(r => r.RejectedRows).ToList();
        foreach (var row in rejectedRows)
        {
            await error.WriteLineAsync($"oversight: skipped row {row}");
        }

        var reasons = rejectedRows.GroupBy(p => p.Column is null ? p.Message : $"column \"{p.Column}\": {p.Message}")
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} row(s) rejected: {g.Key}").ToList();

        if (json)
        {
            await parsed.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                files = results.Select(r => new Dictionary<string, object?>
                {
                    ["file"] = r.File,
                    ["kind"] = r.Kind is { } k ? PoliceFileFormat.Describe(k) : null,
                    ["month"] = r.Month,
                    ["rows_read"] = r.RowsRead,
                    ["rows_imported"] = r.RowsImported,
                    ["rows_rejected"] = r.RowsRejected,
                    ["replaced_previous"] = r.ReplacedPrevious,
                    ["kept"] = r.Imported ? r.CountsOnly ? "counts" : "rows" : null,
                }),
            }));
            foreach (var reason in reasons)
            {
                await error.WriteLineAsync($"oversight: {reason}");
            }

            return;
        }

        var table = new Table().AddColumns("File", "Kind", "Month", "Read", "Imported", "Rejected", "Replaced", "Kept");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(Path.GetFileName(r.File)), r.Kind is { } k ? PoliceFileFormat.Describe(k) : "-", r.Month ?? "-",
                r.RowsRead.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.RowsImported.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                r.Imported ? r.RowsRejected.ToString(System.Globalization.CultureInfo.InvariantCulture) : "file rejected", r.ReplacedPrevious ? "yes" : "no",
                !r.Imported ? "-" : r.CountsOnly ? "counts" : "rows");
        }

        console.Write(table);
        foreach (var reason in reasons)
        {
            console.MarkupLine(Markup.Escape(reason));
        }
    }
}
