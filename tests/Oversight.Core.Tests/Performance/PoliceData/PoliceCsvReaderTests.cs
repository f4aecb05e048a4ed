using System.Text;
using Oversight.Core.Performance.PoliceData;

namespace Oversight.Core.Tests.Performance.PoliceData;

public sealed class PoliceCsvReaderTests
{
    [Fact]
    public void Read_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var rows = ReadAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n");

        Assert.Equal(["a", "b", "c"], rows[0].Fields);
        Assert.Equal(["x, y", "say \"hi\"", "two\r\nlines"], rows[1].Fields);
        Assert.Equal(["last", "", ""], rows[2].Fields);
        Assert.Equal([1, 2, 4], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Null(r.BadData));
    }

    [Fact]
    public void Read_BomBlankLinesAndNoFinalLineBreak_AreNotRows()
    {
        var rows = ReadAll("\uFEFFa,b\n\n1,2\r\n\r\n3,4");

        Assert.Equal([["a", "b"], ["1", "2"], ["3", "4"]], rows.Select(r => r.Fields));
        Assert.Equal([1, 3, 5], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,b\"c,d\n", "malformed quoting near \"b\"c\"")]
    [InlineData("a,\"b\"c,d\n", "text after the closing quote")]
    [InlineData("a,\"b,c\n", "the closing quote is missing")]
    public void Read_BrokenQuoting_IsReportedOnTheRow(string text, string message)
    {
        var row = Assert.Single(ReadAll(text));

        Assert.Contains(message, row.BadData, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowsAcrossAndLongerThanTheBuffer_AreWhole()
    {
        var text = new StringBuilder();
        var expected = new List<string[]>();
        for (var i = 0; i < 5000; i++)
        {
            var row = new[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture), new string('x', i % 97), i == 2500 ? new string('y', 200_000) : "z" };
            expected.Add(row);
            text.Append(string.Join(',', row)).Append("\r\n");
        }

        var rows = ReadAll(text.ToString());

        Assert.Equal(expected, rows.Select(r => r.Fields));
        Assert.Equal(Enumerable.Range(1, 5000), rows.Select(r => r.Line));
    }

    [Fact]
    public void Sha256_IsTheWholeFilesEvenWhenNotAllRead()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n3,4\n");
        using var csv = new PoliceCsvReader(new MemoryStream(bytes));
        csv.Read();

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), csv.Sha256());
    }

    private static List<(string[] Fields, int Line, string? BadData)> ReadAll(string text)
    {
        using var csv = new PoliceCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var rows = new List<(string[], int, string?)>();
        while (csv.Read() is { } fields)
        {
            rows.Add((fields, csv.Line, csv.BadData));
        }

        return rows;
    }
}
