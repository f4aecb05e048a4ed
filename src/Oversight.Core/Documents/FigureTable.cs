using System.Globalization;

namespace Oversight.Core.Documents;

/// Builds the records tables figure sources return, writing numbers the way the report does.
public static class FigureTable
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static FigureRecords Of<T>(IReadOnlyList<string> columns, IEnumerable<T> rows, Func<T, IReadOnlyList<object>> cells) =>
        new(columns, [.. rows.Select(r => (IReadOnlyList<string>)[.. cells(r).Select(Text)])]);

    private static string Text(object value) => value switch
    {
        decimal money => money.ToString("C2", English),
        int count => count.ToString("N0", English),
        _ => Convert.ToString(value, English) ?? "",
    };
}
