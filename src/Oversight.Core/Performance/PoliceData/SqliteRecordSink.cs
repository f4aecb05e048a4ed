using System.Data.Common;
using Oversight.Core.Data;

namespace Oversight.Core.Performance.PoliceData;

public sealed class SqliteRecordSink<T> : RecordSink<T>
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    public SqliteRecordSink(OversightDbContext db)
        : base(db)
    {
        command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"INSERT INTO \"{Table}\" ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => "$p" + i))})";
        parameters = Columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
    }

    public override ValueTask WriteAsync(T record, CancellationToken cancellationToken)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = Columns[i].Value(record) ?? DBNull.Value;
        }

        // N.B. synchronous on purpose: SQLite has no asynchronous I/O, and the async wrapper costs a third of the time.
        command.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public override ValueTask CompleteAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public override ValueTask DisposeAsync() => command.DisposeAsync();
}
