using Oversight.Core.Casework.Reviews;
using Oversight.Domain;

namespace Oversight.Core.Casework.Statistics;

/// A financial year's casework figures, April to March.
public sealed record CaseworkYear(int StartYear, EnquiryFigures Enquiries, ReviewFigures Reviews, SurgeryFigures Surgeries)
{
    public string Label => FinancialYear.Label(StartYear);
}

public sealed record EnquiryFigures(
    int Total,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByMonth,
    IReadOnlyDictionary<string, int> ByDistrict,
    int Responded,
    int RespondedWithinStandard,
    double? MedianWorkingDaysToRespond);

public sealed record ReviewFigures(
    int Received,
    int Valid,
    int Invalid,
    int OutOfTime,
    int ForwardedToIopc,
    int Completed,
    IReadOnlyDictionary<ReviewType, (int Completed, int Upheld)> ByType,
    double? AverageWorkingDaysToComplete,
    int CompletedWithinStandard,
    int RecommendationsMade,
    int RecommendationsAccepted,
    IReadOnlyDictionary<string, int> LearningThemes)
{
    public int Upheld => ByType.Values.Sum(t => t.Upheld);
}

public sealed record SurgeryFigures(int Held, int Appointments);
