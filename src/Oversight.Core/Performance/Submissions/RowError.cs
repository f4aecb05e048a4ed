using System.Globalization;

namespace Oversight.Core.Performance.Submissions;

/// A problem with one field of one row. Line 0 means the file as a whole.
public sealed record RowError(int Line, string Field, string Message)
{
    public string Describe(string fileName) => Line == 0
        ? Message
        : string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {Line}, {Field}: {Message}");
}
