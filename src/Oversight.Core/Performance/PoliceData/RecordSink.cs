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
            .Select(p => new Column(p.GetColumnName(table)!, Getter(p), p.GetTypeMapping().Converter, p.ClrType))
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

    private static Func<T, object?> Getter(IProperty property)
    {
        var parameter = Expression.Parameter(typeof(T));
        var body = Expression.Convert(Expression.Property(parameter, property.PropertyInfo!), typeof(object));
        return Expression.Lambda<Func<T, object?>>(body, parameter).Compile();
    }

    protected sealed record Column(string Name, Func<T, object?> Get, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, Type ClrType)
    {
        public object? Value(T record)
        {
            var value = Get(record);
            return value is null || Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}

public static class RecordSink
{
    public static RecordSink<T> Create<T>(OversightDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresRecordSink<T>(db) : new SqliteRecordSink<T>(db);
}
