using System.CommandLine;
using System.Globalization;
using Oversight.Cli.Spc;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Spc;

namespace Oversight.Cli.Commands;

/// `oversight spc INPUT.csv`: judges a `period,value` series as a Making Data Count XmR chart and prints JSON.
public static class SpcCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("INPUT.csv") { Description = "CSV file with a header naming 'period' and 'value' columns (others are ignored)" };
        var profile = new Option<string>("--profile") { Description = "Convention: mdc (NHS England MDC SQL v2.6, the default) or nhsrplotthedots (NHSRplotthedots 0.2.2)", DefaultValueFactory = _ => SpcProfile.Mdc.Name };
        OneOf(profile, SpcProfile.Mdc.Name, SpcProfile.NhsrPlotTheDots.Name);
        var improvement = new Option<string>("--improvement") { Description = "Which way is better: increase (default), decrease or neutral", DefaultValueFactory = _ => "increase" };
        OneOf(improvement, "increase", "decrease", "neutral");
        var target = new Option<string?>("--target") { Description = "Target value, for the assurance icon" };
        var rebaseAt = new Option<string[]>("--rebase-at") { Description = "Periods at which limits are recalculated, comma-separated" };
        var fixAfter = new Option<int?>("--fix-after") { Description = "Work the limits out from the first N points and hold them" };
        var noScreen = new Option<bool>("--no-screen-outliers") { Description = "Keep unusually large moving ranges in the limits" };
        var command = new Command("spc", "Judge a series as an SPC (XmR) chart and print the result as JSON") { input, profile, improvement, target, rebaseAt, fixAfter, noScreen };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(input)!;
            var options = new SpcOptions
            {
                Profile = SpcProfile.FromName(parsed.GetValue(profile)!)!,
                Improvement = Enum.Parse<ImprovementDirection>(parsed.GetValue(improvement)!, ignoreCase: true),
                Target = Target(parsed.GetValue(target)),
                RebaseAt = [.. (parsed.GetValue(rebaseAt) ?? []).SelectMany(r => r.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
                FixAfter = parsed.GetValue(fixAfter),
                ScreenOutliers = parsed.GetValue(noScreen) ? false : null,
            };
            var observations = await ReadAsync(path, cancellationToken);
            var result = Judge(observations, options);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(SpcJsonWriter.Write(result, options));
            return CliApp.Ok;
        });
        return command;
    }

    // Like AcceptOnlyFromAmong, but with a one-line message: every CLI error is one line on stderr.
    private static void OneOf(Option<string> option, params string[] allowed)
    {
        option.CompletionSources.Add(allowed);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{option.Name} must be {string.Join(", ", allowed[..^1])} or {allowed[^1]}, not '{value}'");
            }
        });
    }

    private static double? Target(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && double.IsFinite(t)
            ? t
            : throw new CliException($"--target '{text}' is not a number", CliApp.Usage);
    }

    private static async Task<IReadOnlyList<SpcObservation>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file", CliApp.Usage);
        }

        try
        {
            return SpcCsvReader.Read(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (SpcInputException e)
        {
            throw new CliException($"{path}: {e.Message}", CliApp.Usage);
        }
    }

    private static SpcResult Judge(IReadOnlyList<SpcObservation> observations, SpcOptions options)
    {
        try
        {
            return SpcChart.Judge(observations, options);
        }
        catch (ArgumentException e)
        {
            // Options the profile cannot apply, such as --fix-after below its minimum.
            throw new CliException(e is ArgumentOutOfRangeException { ParamName: nameof(SpcOptions.FixAfter) }
                ? $"--fix-after must be at least {options.Profile.MinimumFixAfter} for the {options.Profile.Name} profile"
                : e.Message, CliApp.Usage);
        }
    }
}
