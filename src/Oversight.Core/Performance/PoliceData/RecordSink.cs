using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

/// Streams rows into a table inside the current transaction by the fastest route each provider offers: a
/// prepared INSERT reused for every row on SQLite, binary COPY on PostgreSQL. Rows bypass the change tracker
/// (and so the audit trail, which records the file instead): a million rows must not become a million entries.
public abstract class RecordSink<T> : IAsyncDisposable
{
    protected RecordSink(OversightDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        Table = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(Table, entity.GetSchema());
        Columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never)
            .Select(p => ColumnFor(p, table))
            .ToList();
        Connection = db.Database.GetDbConnection();
        Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Records are written inside a transaction");
    }

    protected string Table { get; }

    protected IReadOnlyList<Column> Columns { get; }

    protected DbConnection Connection { get; }

    protected DbTransaction Transaction { get; }

    public abstract ValueTask WriteAsync(T record, CancellationToken cancellationToken);

    public abstract ValueTask CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    /// A column and how to read its stored value (after any value conversion) from a record.
    protected sealed record Column(string Name, LambdaExpression Store, Func<T, object?> Get)
    {
        public Type StoreType => Store.ReturnType;
    }

    private static Column ColumnFor(IProperty property, StoreObjectIdentifier table)
    {
        var record = Expression.Parameter(typeof(T));
        Expression value = Expression.Property(record, property.PropertyInfo!);
        if (property.GetTypeMapping().Converter is { } converter)
        {
            var convert = converter.ConvertToProviderExpression;
            var converted = Expression.Invoke(convert, Expression.Convert(value, convert.Parameters[0].Type));
            var stored = convert.ReturnType.IsValueType ? typeof(Nullable<>).MakeGenericType(convert.ReturnType) : convert.ReturnType;
            value = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
                ? converted
                : Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(null, stored), Expression.Convert(converted, stored));
        }

        var store = Expression.Lambda(value, record);
        var boxed = Expression.Lambda<Func<T, object?>>(Expression.Convert(value, typeof(object)), record).Compile();
        return new Column(property.GetColumnName(table)!, store, boxed);
    }
}

public static class RecordSink
{
    public static RecordSink<T> Create<T>(OversightDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresRecordSink<T>(db) : new SqliteRecordSink<T>(db);
}
