using System.Text.Json.Serialization;

namespace Oversight.Domain.Plan;

/// <summary>What one value of a measure is.</summary>
public enum MeasureUnit
{
    /// <summary>A number of things: crimes, incidents, people.</summary>
    Count,

    /// <summary>A rate per 1,000 of the population.</summary>
    [JsonStringEnumMemberName("rate-per-1000")]
    RatePer1000,

    /// <summary>A percentage from 0 to 100.</summary>
    Percentage,

    /// <summary>A duration in minutes, such as call answer times.</summary>
    Minutes,

    /// <summary>A duration in days.</summary>
    Days,

    /// <summary>A ratio of two rates, such as a disproportionality ratio.</summary>
    Ratio,

    /// <summary>A score on a survey scale.</summary>
    Score,
}

/// <summary>How often a measure gets a new value.</summary>
public enum MeasureFrequency
{
    /// <summary>A value per calendar month.</summary>
    Monthly,

    /// <summary>A value per financial quarter.</summary>
    Quarterly,

    /// <summary>A value per financial year.</summary>
    Annual,
}

/// <summary>Where a measure's values come from.</summary>
public enum MeasureSource
{
    /// <summary>Derived from the police.uk open data files.</summary>
    PoliceOpenData,

    /// <summary>Sent by a partner under a data sharing agreement.</summary>
    Partner,

    /// <summary>Entered by the office's own staff.</summary>
    Manual,
}
