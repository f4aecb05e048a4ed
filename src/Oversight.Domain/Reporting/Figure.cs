using System.Globalization;

namespace Oversight.Domain.Reporting;

/// <summary>How a figure's value is written.</summary>
public enum FigureFormat
{
    /// <summary>A whole number of things: 1,234.</summary>
    Count,

    /// <summary>Pounds and pence: £1,583,186.05.</summary>
    Money,

    /// <summary>A percentage, already multiplied by 100: 22%.</summary>
    Percentage,
}

/// <summary>
/// One computed figure the annual report can cite, such as "Immediate Justice referrals of children in 2024/25".
/// It is worked out from the records each time it is asked for, never typed, and says where those records are.
/// </summary>
/// <param name="Key">Stable reference authors write in the narrative, such as "justice.immediate-justice.children".</param>
/// <param name="Label">What the figure counts, in words.</param>
/// <param name="Value">The value computed from the records.</param>
/// <param name="Format">How the value is written.</param>
/// <param name="Section">The annual report section it belongs to (an <see cref="ReportSection"/> key).</param>
/// <param name="Source">Which records it is computed from, for the sources annex.</param>
/// <param name="RecordsPath">The page listing the records behind the figure.</param>
/// <param name="Tabulate">Whether the report prints the records behind the figure as a table in its section, as it
/// does the precept's bands.</param>
/// <param name="Citation">For a statistic another body published (a cited statistic), who published it and where;
/// null for a figure computed from the office's own records.</param>
public sealed record Figure(string Key, string Label, decimal Value, FigureFormat Format, string Section, string Source, string RecordsPath, bool Tabulate = false, FigureCitation? Citation = null)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The value as the report prints it.</summary>
    public string Text => Format switch
    {
        FigureFormat.Money => Value.ToString("C2", English),
        FigureFormat.Percentage => Value.ToString("0.#", English) + "%",
        _ => Value.ToString("N0", English),
    };
}

/// <summary>Where a statistic another body published comes from, so the report can say "Source: …" beside it.</summary>
/// <param name="Period">The period the statistic covers, as the publisher words it ("July 2022 to June 2023").</param>
/// <param name="Publisher">Who published it, such as "Ministry of Justice".</param>
/// <param name="Title">The publication's title.</param>
/// <param name="Link">The publication's https address.</param>
/// <param name="Retrieved">The day the office read it there.</param>
public sealed record FigureCitation(string Period, string Publisher, string Title, string Link, DateOnly Retrieved)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Ministry of Justice, Proven reoffending statistics, https://…, retrieved 2 June 2025".</summary>
    public string Text => $"{Publisher}, {Title}, {Link}, retrieved {Retrieved.ToString("d MMMM yyyy", English)}";
}
