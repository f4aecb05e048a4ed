using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Funding.OpenData;
using Oversight.Domain;

namespace Oversight.Cli.Commands;

/// `oversight export 360giving --year 2024-25 --format json|csv|xlsx --output PATH`: the year's awarded
/// Safer Communities Fund grants in the 360Giving Data Standard.
public static class ExportCommand
{
    public static Command Create()
    {
        var year = new Option<string>("--year") { Description = "Financial year, such as 2024-25", Required = true };
        year.Validators.Add(result =>
        {
            if (FinancialYear.Parse(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--year must be a financial year like 2024-25, not '{result.GetValueOrDefault<string>()}'");
            }
        });
        var format = new Option<string>("--format") { Description = "json, csv or xlsx", Required = true };
        format.CompletionSources.Add("json", "csv", "xlsx");
        format.Validators.Add(result =>
        {
            if (!ThreeSixtyGiving.TryFormat(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--format must be json, csv or xlsx, not '{result.GetValueOrDefault<string>()}'");
            }
        });
        var output = new Option<string>("--output") { Description = "The file to write", Required = true };
        var giving = new Command("360giving", "Write the year's awarded grants as 360Giving open data") { year, format, output };
        giving.SetAction(async (parsed, cancellationToken) =>
        {
            ThreeSixtyGiving.TryFormat(parsed.GetValue(format), out var chosen);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var exporter = scope.ServiceProvider.GetRequiredService<ThreeSixtyGiving>();
            var file = await exporter.ExportAsync(parsed.GetValue(year)!, chosen, cancellationToken)
                ?? throw new CliException($"No grants were awarded in {parsed.GetValue(year)}, and a 360Giving file must hold at least one");
            var count = (await exporter.GrantsAsync(parsed.GetValue(year)!, cancellationToken)).Count;
            var path = parsed.GetValue(output)!;
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync($"Wrote {count} grants for {parsed.GetValue(year)} to {path}");
            return CliApp.Ok;
        });

        var export = new Command("export", "Open data exports");
        export.Subcommands.Add(giving);
        return export;
    }
}
