using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Oversight.Core.Data;
using SQLitePCL;

namespace Oversight.Core.Performance.PoliceData;

/// Binds rows straight to prepared statements through SQLite's own API, many rows per statement. Measured in
/// bench/import: the ADO.NET command path spends more time per row on parameter bookkeeping than SQLite spends
/// inserting it, and a statement per row spends as long again starting and finishing statements.
public sealed class SqliteRecordSink<T> : RecordSink<T>
{
    private const int RowsPerStatement = 32;
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt batch;
    private readonly sqlite3_stmt single;
    private readonly T[] pending = new T[RowsPerStatement];
    private readonly Func<sqlite3_stmt, int, T, int>[] binders;
    private int count;

    public SqliteRecordSink(OversightDbContext db)
        : base(db)
    {
        handle = ((SqliteConnection)Connection).Handle!;
        binders = Columns.Select(Binder).ToArray();
        batch = Prepare(RowsPerStatement);
        single = Prepare(1);
    }

    public override ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        pending[count++] = record;
        if (count == RowsPerStatement)
        {
            Insert(batch, pending.AsSpan());
            count = 0;
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            Insert(single, pending.AsSpan(i, 1));
        }

        count = 0;
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        batch.Dispose();
        single.Dispose();
        return ValueTask.CompletedTask;
    }

    private sqlite3_stmt Prepare(int rows)
    {
        var row = "(" + string.Join(", ", Columns.Select(_ => "?")) + ")";
        var sql = $"INSERT INTO \"{Table}\" ({ColumnList}) VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
        Check(raw.sqlite3_prepare_v2(handle, sql, out var statement));
        return statement;
    }

    private void Insert(sqlite3_stmt statement, ReadOnlySpan<T> records)
    {
        var index = 1;
        foreach (var record in records)
        {
            foreach (var bind in binders)
            {
                Check(bind(statement, index++, record));
            }
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    /// Binds a column's value without boxing it: a million rows of a dozen columns would otherwise allocate twelve
    /// million objects on the thread that also has to feed SQLite.
    private static Func<sqlite3_stmt, int, T, int> Binder(Column column)
    {
        var (statement, index, record) = (Expression.Parameter(typeof(sqlite3_stmt)), Expression.Parameter(typeof(int)), Expression.Parameter(typeof(T)));
        var value = Expression.Invoke(column.Store, record);
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        var bind = typeof(SqliteRecordSink<T>).GetMethod(
            type == typeof(string) ? nameof(BindText)
            : type == typeof(double) ? nameof(BindReal)
            : type == typeof(int) || type == typeof(long) ? nameof(BindInteger)
            : type == typeof(bool) ? nameof(BindFlag)
            : type == typeof(byte[]) ? nameof(BindBlob)
            : type == typeof(Guid) ? nameof(BindGuid)
            : throw new NotSupportedException($"Cannot bind {column.Name} of type {type.Name}"),
            BindingFlags.NonPublic | BindingFlags.Static)!;
        var call = Expression.Call(bind, statement, index, Expression.Convert(value, bind.GetParameters()[2].ParameterType));
        return Expression.Lambda<Func<sqlite3_stmt, int, T, int>>(call, statement, index, record).Compile();
    }

    // Values are stored exactly as Microsoft.Data.Sqlite would store them, so EF reads them back unchanged.
    private static int BindText(sqlite3_stmt statement, int index, string? value) =>
        value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text16(statement, index, value);

    private static int BindReal(sqlite3_stmt statement, int index, double? value) =>
        value is { } number ? raw.sqlite3_bind_double(statement, index, number) : raw.sqlite3_bind_null(statement, index);

    private static int BindInteger(sqlite3_stmt statement, int index, long? value) =>
        value is { } number ? raw.sqlite3_bind_int64(statement, index, number) : raw.sqlite3_bind_null(statement, index);

    private static int BindFlag(sqlite3_stmt statement, int index, bool? value) =>
        value is { } flag ? raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0) : raw.sqlite3_bind_null(statement, index);

    private static int BindBlob(sqlite3_stmt statement, int index, byte[]? value) =>
        value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_blob(statement, index, value);

    private static int BindGuid(sqlite3_stmt statement, int index, Guid? value) =>
        value is { } id ? raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()) : raw.sqlite3_bind_null(statement, index);

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {result}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", result);
        }
    }
}
