using System.CommandLine;

namespace Oversight.Cli.Commands;

public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Bring measure data in");
        import.Subcommands.Add(ImportPoliceUkCommand.Create());
        import.Subcommands.Add(ImportAggregateCommand.Create());
        return import;
    }
}
