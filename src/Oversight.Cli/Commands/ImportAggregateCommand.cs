using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Performance.Aggregates;
using Oversight.Core.Performance.PoliceData;

namespace Oversight.Cli.Commands;

public static class ImportAggregateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Aggregated monthly CSV tables (MSOA × month)", Arity = ArgumentArity.OneOrMore };
        var area = new Option<string>("--area") { Description = "The district the tables cover, or \"force\"", Required = true };
        var firstMonth = new Option<string?>("--first-month") { Description = "Fold counts dated before this month (UTC stragglers) into it" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object describing the run" };
        var command = new Command("aggregate", "Import already-aggregated monthly tables as observations") { paths, area, firstMonth, json };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = CliHost.Services(parsed);
            var results = new List<AggregateImportResult>();
            foreach (var source in parsed.GetValue(paths)!.SelectMany(ImportSource.FromPath))
            {
                await using var scope = services.CreateAsyncScope();
                try
                {
                    results.Add(await scope.ServiceProvider.GetRequiredService<AggregateImporter>()
                        .ImportAsync(source, parsed.GetValue(area)!, parsed.GetValue(firstMonth), cancellationToken));
                }
                catch (ArgumentException e)
                {
                    throw new CliException(e.Message.Split(" (Parameter", 2)[0], CliApp.Usage);
                }
            }

            var output = parsed.InvocationConfiguration.Output;
            foreach (var rejected in results.Where(r => !r.Imported))
            {
                await parsed.InvocationConfiguration.Error.WriteLineAsync($"oversight: rejected {rejected.Rejection}");
            }

            if (parsed.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    files = results.Select(r => new { file = r.File, shape = r.Shape?.ToString(), months = r.Months, observations = r.Observations, unchanged = r.Unchanged }),
                }));
            }
            else
            {
                foreach (var r in results.Where(r => r.Imported))
                {
                    await output.WriteLineAsync(r.Unchanged
                        ? $"{Path.GetFileName(r.File)}: already imported, nothing changed"
                        : $"{Path.GetFileName(r.File)}: {r.Months} months, {r.Observations} observations written");
                }
            }

            return results.All(r => r.Imported) ? CliApp.Ok : CliApp.Failed;
        });
        return command;
    }
}
