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
public sealed record Figure(string Key, string Label, decimal Value, FigureFormat Format, string Section, string Source, string RecordsPath, bool Tabulate = false)
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
