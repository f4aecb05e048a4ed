using System.Globalization;
using System.Text;
using Oversight.Core.Performance.PoliceData;

namespace Oversight.Core.Performance.National;

/// Writes invented police.uk files made from real ones, for tests, the demo and bench/: a real street file copied as
/// another force's file for another month, with Month, Reported by and Falls within rewritten to match its new name
/// and, when scaled, each row repeated or dropped in turn so the copy has about <c>scale</c> times the rows. Every
/// other field is as published. The folder gets an INVENTED.txt saying so.
public static class InventedArchive
{
    public const string Notice = "INVENTED.txt";

    /// Writes <paramref name="folder"/>/YYYY-MM/YYYY-MM-force-street.csv and returns its path.
    public static string CopyStreetFile(string realFile, string folder, string force, string forceName, string month, double scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        Directory.CreateDirectory(Path.Combine(folder, month));
        File.WriteAllText(Path.Combine(folder, Notice),
            "Invented for tests and the demo: copies of real data.police.uk street files (Open Government Licence v3.0) " +
            "re-dated and re-forced, with Month, Reported by and Falls within rewritten. Not real figures for these forces or months.\n");
        var path = Path.Combine(folder, month, $"{month}-{force}-street.csv");
        using var reader = new PoliceCsvReader(File.OpenRead(realFile));
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var header = reader.Read() ?? throw new InvalidDataException($"{realFile}: the file is empty");
        writer.Write(string.Join(",", header.Select(Quote)) + "\n");
        var owed = 0.0;
        while (reader.Read() is { } row)
        {
            (row[1], row[2], row[3]) = (month, forceName, forceName);
            for (owed += scale; owed >= 1; owed--)
            {
                writer.Write(string.Join(",", row.Select(Quote)) + "\n");
            }
        }

        return path;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    /// "2024-01" moved by <paramref name="months"/>.
    public static string AddMonths(string month, int months) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(months).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
