using Microsoft.Data.Sqlite;

namespace Oversight.Core.Data;

public static class SqliteFile
{
    /// Makes sure the folder of an embedded database file exists, so a fresh clone's first run can create it.
    public static string Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
