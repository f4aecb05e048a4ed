namespace Oversight.Cli.Tests.Commands;

public class UsageTests
{
    [Theory]
    [InlineData("db", "migrat")]
    [InlineData("users", "add", "--email", "a@b.test")]
    [InlineData("--no-such-option")]
    public async Task Run_BadUsage_ExitsTwoWithOneLine(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApp.RunAsync(args, output, error);

        Assert.Equal(2, code);
        var lines = error.ToString().Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("oversight: ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_ListsTheCommands()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApp.RunAsync(["--help"], output, error);

        Assert.Equal(0, code);
        foreach (var command in new[] { "db", "users", "demo", "serve", "import", "spc" })
        {
            Assert.Contains(command, output.ToString(), StringComparison.Ordinal);
        }
    }
}
