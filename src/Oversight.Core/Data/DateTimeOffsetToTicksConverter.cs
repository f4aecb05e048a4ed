using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Oversight.Core.Data;

public sealed class DateTimeOffsetToTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
