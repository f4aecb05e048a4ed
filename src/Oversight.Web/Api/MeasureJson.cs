using System.Text.Json.Serialization;
using Oversight.Domain.Performance;
using Oversight.Domain.Plan;

namespace Oversight.Web.Api;

public sealed record MeasureJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("theme")] string Theme,
    [property: JsonPropertyName("unit")] MeasureUnit Unit,
    [property: JsonPropertyName("frequency")] MeasureFrequency Frequency,
    [property: JsonPropertyName("improvement")] ImprovementDirection Improvement);
