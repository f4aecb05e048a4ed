using System.Text.Json.Serialization;
using Oversight.Core.Performance.Observations;

namespace Oversight.Web.Api;

public sealed record ObservationJson(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("period_start")] DateOnly PeriodStart,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("numerator")] double? Numerator,
    [property: JsonPropertyName("denominator")] double? Denominator,
    [property: JsonPropertyName("source")] ObservationSource Source,
    [property: JsonPropertyName("provenance_id")] Guid? ProvenanceId,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("recorded_at")] DateTimeOffset RecordedAt,
    [property: JsonPropertyName("recorded_by")] string RecordedBy)
{
    public static ObservationJson From(Observation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(o.Period, o.PeriodStart, o.Value, o.Numerator, o.Denominator, o.Source, o.ProvenanceId, o.Version, o.RecordedAt, o.RecordedBy);
    }
}
