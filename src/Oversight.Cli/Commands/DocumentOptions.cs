using System.CommandLine;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Cli.Commands;

/// The options of the commands that write a year's document as HTML or PDF: --year, --format and --output.
public sealed class DocumentOptions
{
    public DocumentOptions()
    {
        Format.CompletionSources.Add("html", "pdf");
        Format.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("html" or "pdf"))
            {
                result.AddError($"--format must be html or pdf, not '{result.GetValueOrDefault<string>()}'");
            }
        });
    }

    public Option<string> Year { get; } = new("--year") { Description = "UK financial year, such as 2024-25", Required = true };

    public Option<string> Format { get; } = new("--format") { Description = "html or pdf", Required = true };

    public Option<string> Output { get; } = new("--output") { Description = "The file to write", Required = true };

    /// A command with these options (and any others) that writes the file the action renders.
    public Command Command(string name, string description, params Option[] others)
    {
        var command = new Command(name, description) { Year, Format, Output };
        foreach (var option in others)
        {
            command.Options.Add(option);
        }

        return command;
    }

    public ReportingPeriod ParseYear(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return ReportingPeriodParser.TryParse(parsed.GetValue(Year), MeasureFrequency.Annual, out var period, out var error)
            ? period
            : throw new CliException($"--year: {error}", CliApp.Usage);
    }

    /// Writes the file and returns its path.
    public async Task<string> WriteAsync(ParseResult parsed, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var path = parsed.GetValue(Output)!;
        await File.WriteAllBytesAsync(path, content, cancellationToken);
        return path;
    }
}
