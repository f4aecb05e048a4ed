using System.Text;
using MiniExcelLibs;
using Oversight.Core.Performance.Submissions;
using Oversight.Core.Uploads;

namespace Oversight.Core.Tests.Performance;

public class SheetTests
{
    [Fact]
    public void Csv_BlankLinesAndQuotedLineBreaks_KeepLineNumbersAsAnEditorShowsThem()
    {
        var csv = "period,area,value,notes\n\n2024-05,force,1,\"two\nlines\"\n2024-06,leeds,2,\n";

        var table = UploadTable.Read(UploadedFile.From("a.csv", Encoding.UTF8.GetBytes(csv)));

        Assert.Empty(table.Errors);
        Assert.Equal([(4, "2024-05", "two\nlines"), (5, "2024-06", null)], table.Rows.Select(r => (r.Line, r.Period, r.Notes)));
    }

    [Fact]
    public void Csv_HeadingsInAnyCaseAndOrderWithOptionalColumnsLeftOut_AreMatched()
    {
        var table = UploadTable.Read(UploadedFile.From("a.csv", Encoding.UTF8.GetBytes("Value, AREA ,Period\n3,force,2024-05\n")));

        var row = Assert.Single(table.Rows);
        Assert.Equal(("2024-05", "force", "3", (string?)null), (row.Period, row.Area, row.Value, row.Numerator));
    }

    [Fact]
    public void Csv_RowOfEmptyCells_IsSkipped()
    {
        var table = UploadTable.Read(UploadedFile.From("a.csv", Encoding.UTF8.GetBytes("period,area,value\n2024-05,force,3\n,,\n")));

        Assert.Single(table.Rows);
        Assert.Empty(table.Errors);
    }

    [Fact]
    public void Csv_DuplicateHeading_IsAnErrorOnLineOne()
    {
        var table = UploadTable.Read(UploadedFile.From("a.csv", Encoding.UTF8.GetBytes("period,area,value,value\n2024-05,force,3,4\n")));

        Assert.Equal(new RowError(1, "value", "Include the \"value\" column only once"), Assert.Single(table.Errors));
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Xlsx_DatesAndNumbers_BecomeTheTextPeopleTyped()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["period"] = new DateTime(2024, 5, 1), ["area"] = "force", ["value"] = 12.5d },
            new() { ["period"] = new DateTime(2024, 5, 17), ["area"] = "leeds", ["value"] = 3d },
        };
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows);

        var table = UploadTable.Read(UploadedFile.From("a.xlsx", buffer.ToArray()));

        Assert.Equal([(2, "2024-05", "12.5"), (3, "2024-05-17", "3")], table.Rows.Select(r => (r.Line, r.Period, r.Value)));
    }

    [Fact]
    public void Describe_RowError_NamesFileLineAndField()
    {
        Assert.Equal("a.csv, line 7, area: Enter an area", new RowError(7, "area", "Enter an area").Describe("a.csv"));
        Assert.Equal("The selected file is empty", new RowError(0, "file", "The selected file is empty").Describe("a.csv"));
    }
}
