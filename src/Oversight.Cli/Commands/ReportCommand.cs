using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;
using Oversight.Web.Documents;
using Oversight.Web.Performance.Documents;

namespace Oversight.Cli.Commands;

/// `oversight report performance --quarter 2024-25Q4 --format pdf --output PATH`: writes the quarter's
/// Performance Monitoring Report, from the latest version of that quarter (published or still a draft).
public static class ReportCommand
{
    public static Command Create()
    {
        var quarter = new Option<string>("--quarter") { Description = "UK financial-year quarter, such as 2024-25Q4 or \"2024-25 Q4\"", Required = true };
        var format = new Option<string>("--format") { Description = "html, pdf or xlsx", Required = true };
        format.CompletionSources.Add("html", "pdf", "xlsx");
        format.Validators.Add(result =>
        {
            if (!ReportDocumentFile.TryFormat(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--format must be html, pdf or xlsx, not '{result.GetValueOrDefault<string>()}'");
            }
        });
        var output = new Option<string>("--output") { Description = "The file to write", Required = true };
        var performance = new Command("performance", "Write the quarterly Performance Monitoring Report as HTML, PDF or XLSX") { quarter, format, output };
        performance.SetAction(async (parsed, cancellationToken) =>
        {
            if (!ReportingPeriodParser.TryParse(parsed.GetValue(quarter), MeasureFrequency.Quarterly, out var period, out var error))
            {
                throw new CliException($"--quarter: {error}", CliApp.Usage);
            }

            ReportDocumentFile.TryFormat(parsed.GetValue(format), out var chosen);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var document = await scope.ServiceProvider.GetRequiredService<PerformanceReportDocument>().LatestAsync(period.Text, cancellationToken)
                ?? throw new CliException($"There is no report for {period.Text}");
            var file = await PerformanceReportFile.RenderAsync(scope.ServiceProvider.GetRequiredService<DocumentRenderer>(), document, chosen, cancellationToken);
            var path = parsed.GetValue(output)!;
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            await parsed.InvocationConfiguration.Output.WriteLineAsync($"Wrote {document.Cover.Title}, version {document.Cover.Version} ({document.Cover.StatusText}), to {path}");
            return CliApp.Ok;
        });

        var report = new Command("report", "Report documents");
        report.Subcommands.Add(performance);
        report.Subcommands.Add(AnnualReportCommand.Create());
        report.Subcommands.Add(CustodyReportCommand.Create());
        report.Subcommands.Add(ScrutinyReportCommand.Create());
        return report;
    }
}
