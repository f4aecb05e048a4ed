using System.Data.Common;
using Oversight.Core.Data;

namespace Oversight.TestCommon;

/// The schema a database holds, as sorted lines of text (tables, columns, indexes, foreign keys), so two databases
/// made by different migration chains can be compared line by line. EF's own history tables are left out.
public static class SchemaDump
{
    public static async Task<string> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var lines = provider == DatabaseProvider.Sqlite ? await SqliteAsync(connection) : await PostgresAsync(connection);
        return string.Join('\n', lines.Order(StringComparer.Ordinal)) + "\n";
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} {c[1]} {(c[2] == "1" ? "not null" : "null")} default={c[3]} pk={c[4]}");
            }

            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                lines.Add($"foreign key {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
            }
        }

        foreach (var i in await QueryAsync(connection,
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE '__EFMigrations%'"))
        {
            lines.Add($"index {i[1]}.{i[0]}: {i[2]}");
        }

        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length::text, ''), is_identity, coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}{(c[4] == "" ? "" : $"({c[4]})")} {(c[3] == "NO" ? "not null" : "null")} identity={c[5]} default={c[6]}");
        }

        foreach (var i in await QueryAsync(connection,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'"))
        {
            lines.Add($"index {i[0]}.{i[1]}: {i[2]}");
        }

        foreach (var k in await QueryAsync(connection, """
            SELECT cl.relname, co.conname, pg_get_constraintdef(co.oid)
            FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
            WHERE n.nspname = 'public' AND co.contype IN ('f', 'c', 'u') AND cl.relname NOT LIKE '__EFMigrations%'
            """))
        {
            lines.Add($"constraint {k[0]}.{k[1]}: {k[2]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
