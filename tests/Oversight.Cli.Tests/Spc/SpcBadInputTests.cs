namespace Oversight.Cli.Tests.Spc;

/// Every kind of bad input exits 2 with one line on stderr that names the row (where there is one) and the problem.
public class SpcBadInputTests
{
    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\n\n", "the file is empty")]
    [InlineData("period,value\n", "the file has a header but no data rows")]
    [InlineData("period,count\n1,2\n", "row 1: the header has no 'value' column")]
    [InlineData("month,value\n1,2\n", "row 1: the header has no 'period' column")]
    [InlineData("period,value\n1,2\n2,abc\n", "row 3: the value 'abc' for period '2' is not a number")]
    [InlineData("period,value\n1,2\n2,NaN\n", "row 3: the value 'NaN' for period '2' is not a number")]
    [InlineData("period,value\n1,2\n2,\n", "row 3: the value for period '2' is blank")]
    [InlineData("period,value\n1,2\n2\n", "row 3: the value for period '2' is blank")]
    [InlineData("period,value\n1,2\n,3\n", "row 3: the period is blank")]
    [InlineData("period,value\n2024-01,1\n2024-02,2\n2024-01-01,3\n", "row 4: period '2024-01-01' repeats row 2")]
    [InlineData("period,value\nJan,1\nJan,2\n", "row 3: period 'Jan' repeats row 2")]
    public async Task Spc_BadFile_ExitsTwoNamingRowAndProblem(string csv, string problem)
    {
        var result = await SpcCli.RunAsync(csv);
        AssertUsageError(result, problem);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--profile", "excel")]
    [InlineData("--improvement", "up")]
    [InlineData("--fix-after", "twelve")]
    public async Task Spc_BadOption_ExitsTwoWithOneLine(params string[] options)
    {
        var result = await SpcCli.RunAsync("period,value\n1,2\n", options);
        AssertUsageError(result, null);
    }

    [Theory]
    [InlineData("--target", "ten", "--target 'ten' is not a number")]
    [InlineData("--profile", "nhsrplotthedots", "--fix-after must be at least 12 for the nhsrplotthedots profile", "--fix-after", "11")]
    public async Task Spc_OptionValueTheProfileRejects_ExitsTwoSayingWhy(params string[] args)
    {
        var problem = args[2];
        string[] options = [args[0], args[1], .. args[3..]];
        var result = await SpcCli.RunAsync("period,value\n1,2\n2,3\n", options);
        AssertUsageError(result, problem);
    }

    [Fact]
    public async Task Spc_MissingFile_ExitsTwoNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-oversight-file.csv");
        var result = await SpcCli.RunFileAsync(path);
        AssertUsageError(result, $"{path}: no such file");
    }

    private static void AssertUsageError(CliResult result, string? problem)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var lines = result.Error.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("oversight: ", lines[0], StringComparison.Ordinal);
        if (problem is not null)
        {
            Assert.EndsWith(problem, lines[0], StringComparison.Ordinal);
        }
    }
}
