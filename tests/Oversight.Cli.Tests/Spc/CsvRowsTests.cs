using Oversight.Cli.Spc;

namespace Oversight.Cli.Tests.Spc;

public class CsvRowsTests
{
    [Fact]
    public void Split_QuotedFieldsAndCrLf_KeepsCommasQuotesAndLineBreaksInside()
    {
        var rows = CsvRows.Split("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",3");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x, y", "say \"hi\""], rows[1].Fields);
        Assert.Equal(["two\nlines", "3"], rows[2].Fields);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderWithBomAndExtras_ReadsPeriodAndValue()
    {
        var observations = SpcCsvReader.Read("\uFEFFnote, Value ,PERIOD\nhello,1.5,2024-01\n,2,2024-02\n");
        Assert.Equal([("2024-01", 1.5), ("2024-02", 2.0)], observations.Select(o => (o.Period, o.Value)));
    }
}
