using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;
using Oversight.Web.Api;

namespace Oversight.Cli.Commands;

/// `oversight report annual --year 2024-25 --format pdf --output PATH`: writes the year's annual report from the
/// latest version (published or still a draft), every figure computed from the records.
public static class AnnualReportCommand
{
    public static Command Create()
    {
        var year = new Option<string>("--year") { Description = "UK financial year, such as 2024-25", Required = true };
        var format = new Option<string>("--format") { Description = "html or pdf", Required = true };
        format.CompletionSources.Add("html", "pdf");
        format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("html" or "pdf"))
            {
                result.AddError($"--format must be html or pdf, not '{result.GetValueOrDefault<string>()}'");
            }
        });
        var output = new Option<string>("--output") { Description = "The file to write", Required = true };
        var annual = new Command("annual", "Write the annual report as HTML or PDF") { year, format, output };
        annual.SetAction(async (parsed, cancellationToken) =>
        {
            if (!ReportingPeriodParser.TryParse(parsed.GetValue(year), MeasureFrequency.Annual, out var period, out var error))
            {
                throw new CliException($"--year: {error}", CliApp.Usage);
            }

            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<AnnualReportDocument>().LatestAsync(period.Text, cancellationToken)
                ?? throw new CliException($"There is no annual report for {period.Text}");
            var file = await AnnualReportApi.RenderAsync(document, parsed.GetValue(format)!, cancellationToken);
            var path = parsed.GetValue(output)!;
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync($"Wrote {document.Cover.Title}, version {document.Cover.Version} ({document.Cover.StatusText}), to {path}");
            return CliApp.Ok;
        });
        return annual;
    }
}
