using System.Globalization;
using Microsoft.Data.Sqlite;
using Oversight.Core.Data;
using SQLitePCL;

namespace Oversight.Core.Performance.PoliceData;

/// Binds each row straight to one prepared statement through SQLite's own API. Measured in bench/import: the
/// ADO.NET command path spends more time per row on parameter bookkeeping than SQLite spends inserting it.
public sealed class SqliteRecordSink<T> : RecordSink<T>
{
    private readonly sqlite3_stmt statement;
    private readonly sqlite3 handle;

    public SqliteRecordSink(OversightDbContext db)
        : base(db)
    {
        handle = ((SqliteConnection)Connection).Handle!;
        var sql = $"INSERT INTO \"{Table}\" ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => "?" + (i + 1)))})";
        Check(raw.sqlite3_prepare_v2(handle, sql, out statement));
    }

    public override ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            Check(Bind(i + 1, Columns[i].Value(record)));
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }

    // Values are stored exactly as Microsoft.Data.Sqlite would store them, so EF reads them back unchanged.
    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        double number => raw.sqlite3_bind_double(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        Guid id => raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()),
        _ => throw new NotSupportedException($"Cannot bind {value.GetType().Name} as {Convert.ToString(value, CultureInfo.InvariantCulture)}"),
    };

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {result}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", result);
        }
    }
}
