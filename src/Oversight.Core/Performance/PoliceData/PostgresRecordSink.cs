using Npgsql;
using NpgsqlTypes;
using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

public sealed class PostgresRecordSink<T> : RecordSink<T>
{
    private readonly NpgsqlBinaryImporter importer;
    private readonly NpgsqlDbType[] types;

    public PostgresRecordSink(OversightDbContext db)
        : base(db)
    {
        types = Columns.Select(c => TypeOf(Nullable.GetUnderlyingType(c.StoreType) ?? c.StoreType)).ToArray();
        importer = ((NpgsqlConnection)Connection).BeginBinaryImport($"COPY \"{Table}\" ({ColumnList}) FROM STDIN (FORMAT BINARY)");
    }

    public override async ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        for (var i = 0; i < types.Length; i++)
        {
            var value = Columns[i].Get(record);
            if (value is null)
            {
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(value, types[i], cancellationToken);
            }
        }
    }

    public override async ValueTask CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

    // Disposing without CompleteAsync cancels the COPY, so a rejected file leaves nothing behind.
    public override ValueTask DisposeAsync() => importer.DisposeAsync();

    private static NpgsqlDbType TypeOf(Type type) => type switch
    {
        _ when type == typeof(string) => NpgsqlDbType.Text,
        _ when type == typeof(double) => NpgsqlDbType.Double,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(Guid) => NpgsqlDbType.Uuid,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(byte[]) => NpgsqlDbType.Bytea,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ => throw new NotSupportedException($"No COPY type for {type.Name}"),
    };
}
