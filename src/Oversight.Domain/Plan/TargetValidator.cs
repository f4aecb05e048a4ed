using Oversight.Domain.Performance;

namespace Oversight.Domain.Plan;

/// <summary>Checks one measure's target: one kind of target, a source and rationale, and periods that read and run forward.</summary>
public static class TargetValidator
{
    /// <summary>Every problem with <paramref name="target"/> for <paramref name="measure"/>, each naming a field under <paramref name="path"/>.</summary>
    public static IReadOnlyList<FieldError> Validate(MeasureTarget target, Measure measure, string path)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(measure);
        var errors = new List<FieldError>();
        if (measure.Improvement == ImprovementDirection.Neutral)
        {
            errors.Add(new(path, $"measure \"{measure.Id}\" has no better direction (improvement \"neutral\"), so a target cannot be judged"));
        }

        if ((target.Value is null) == (target.Trajectory is null))
        {
            errors.Add(new(path, "must give exactly one of value and trajectory"));
        }

        if (target.Value is double value && (!double.IsFinite(value) || (measure.Unit == MeasureUnit.Percentage && value is < 0 or > 100)))
        {
            errors.Add(new(path + ".value", measure.Unit == MeasureUnit.Percentage ? "must be a percentage from 0 to 100" : "must be a finite number"));
        }

        if (string.IsNullOrWhiteSpace(target.Source))
        {
            errors.Add(new(path + ".source", "must not be blank: say where the target comes from"));
        }

        if (string.IsNullOrWhiteSpace(target.Rationale))
        {
            errors.Add(new(path + ".rationale", "must not be blank: say why this target"));
        }

        if (target.Trajectory is { } trajectory)
        {
            CheckTrajectory(trajectory, path + ".trajectory", errors);
        }

        return errors;
    }

    private static void CheckTrajectory(TargetTrajectory trajectory, string path, List<FieldError> errors)
    {
        var from = TargetTrajectory.TryPeriod(trajectory.Baseline);
        var to = trajectory.BaselineTo is null ? from : TargetTrajectory.TryPeriod(trajectory.BaselineTo);
        var by = TargetTrajectory.TryPeriod(trajectory.By);
        const string Shape = "is not a month (2024-03), quarter (2023-24 Q4) or financial year (2023-24)";
        if (from is null)
        {
            errors.Add(new(path + ".baseline", $"\"{trajectory.Baseline}\" {Shape}"));
        }

        if (to is null && trajectory.BaselineTo is not null)
        {
            errors.Add(new(path + ".baselineTo", $"\"{trajectory.BaselineTo}\" {Shape}"));
        }
        else if (from is not null && to is not null && to.End < from.Start)
        {
            errors.Add(new(path + ".baselineTo", "must not be before baseline"));
        }

        if (by is null)
        {
            errors.Add(new(path + ".by", $"\"{trajectory.By}\" {Shape}"));
        }
        else if (to is not null && by.End <= to.End)
        {
            errors.Add(new(path + ".by", "must end after the baseline"));
        }

        if (!double.IsFinite(trajectory.ChangePercent) || trajectory.ChangePercent <= -100)
        {
            errors.Add(new(path + ".changePercent", "must be a number above -100"));
        }

        if (trajectory.BaselineValue is double b && !double.IsFinite(b))
        {
            errors.Add(new(path + ".baselineValue", "must be a finite number"));
        }
    }
}
