using System.Globalization;
using Oversight.Domain;
using Oversight.Domain.Custody;

namespace Oversight.Core.Custody.Visiting;

/// Turns what was typed into the visit's fields. A draft needs only readable values; a report to submit must be complete.
internal sealed class VisitReportReader(VisitReportInput input, bool submitting)
{
    public const int NotesLength = 4000;

    public List<FieldError> Errors { get; } = [];

    public void ApplyTo(CustodyVisit visit)
    {
        visit.ArrivedAt = Time(nameof(input.ArrivedAt), input.ArrivedAt, "the time you arrived");
        visit.DepartedAt = Time(nameof(input.DepartedAt), input.DepartedAt, "the time you left");
        if (visit.ArrivedAt is { } arrived && visit.DepartedAt is { } departed && departed < arrived)
        {
            Errors.Add(new(nameof(input.DepartedAt), "The time you left must be after the time you arrived"));
        }

        visit.AccessDelayMinutes = Number(nameof(input.AccessDelayMinutes), input.AccessDelayMinutes, "Minutes you waited for access", false);
        visit.AccessDelayReason = Text(nameof(input.AccessDelayReason), input.AccessDelayReason, 1000);
        visit.AuthorisingInspector = Text(nameof(input.AuthorisingInspector), input.AuthorisingInspector, 200);
        if (submitting && visit.AccessDelayMinutes > 0)
        {
            Require(nameof(input.AccessDelayReason), visit.AccessDelayReason, "Enter the reason you were kept waiting");
            Require(nameof(input.AuthorisingInspector), visit.AuthorisingInspector, "Enter the inspector who authorised the delay");
        }

        visit.DetaineesInCustody = Number(nameof(input.DetaineesInCustody), input.DetaineesInCustody, "Detainees in custody", true);
        visit.RightsNotes = Text(nameof(input.RightsNotes), input.RightsNotes, NotesLength);
        visit.HealthNotes = Text(nameof(input.HealthNotes), input.HealthNotes, NotesLength);
        visit.ConditionsNotes = Text(nameof(input.ConditionsNotes), input.ConditionsNotes, NotesLength);
        visit.DignityNotes = Text(nameof(input.DignityNotes), input.DignityNotes, NotesLength);
        MergeChecks(visit);
        var detainees = Detainees(visit.Id).ToList();
        var issues = Issues(visit.Id).ToList();
        visit.Detainees.Clear();
        visit.Detainees.AddRange(detainees);
        visit.Issues.Clear();
        visit.Issues.AddRange(issues);
        if (submitting && visit.DetaineesInCustody < visit.Detainees.Count)
        {
            Errors.Add(new(nameof(input.DetaineesInCustody), "Detainees in custody cannot be fewer than the detainees you have listed"));
        }
    }

    // Answers are keyed by point, so they are changed in place rather than replaced.
    private void MergeChecks(CustodyVisit visit)
    {
        foreach (var point in CodeCPoints.All)
        {
            var existing = visit.Checks.FirstOrDefault(c => c.Point == point.Id);
            // A "not applicable" for a point every visit can check is no answer at all.
            if (!Enum.TryParse<CheckAnswer>(input.Checks.GetValueOrDefault(point.Id), true, out var answer) || !Enum.IsDefined(answer)
                || (answer == CheckAnswer.NotNeeded && !point.MayNotApply))
            {
                if (existing is not null)
                {
                    visit.Checks.Remove(existing);
                }
            }
            else if (existing is null)
            {
                visit.Checks.Add(new VisitCheck { VisitId = visit.Id, Point = point.Id, Answer = answer });
            }
            else
            {
                existing.Answer = answer;
            }
        }
    }

    private IEnumerable<VisitDetainee> Detainees(Guid visitId)
    {
        var position = 0;
        for (var i = 0; i < input.Detainees.Count; i++)
        {
            var row = input.Detainees[i];
            if (row.IsBlank)
            {
                continue;
            }

            var prefix = $"Detainees[{i}].";
            var number = Text(prefix + "CustodyNumber", row.CustodyNumber, 40);
            if (number is null)
            {
                Errors.Add(new(prefix + "CustodyNumber", $"Enter the custody number of detainee {i + 1}"));
            }

            DetaineeContact? contact = Enum.TryParse<DetaineeContact>(row.Contact, true, out var c) ? c : null;
            if (submitting && contact is null)
            {
                Errors.Add(new(prefix + "Contact", $"Select what happened when you asked to see detainee {i + 1}"));
            }

            yield return new VisitDetainee
            {
                VisitId = visitId,
                Position = position++,
                CustodyNumber = number ?? "",
                Child = row.Child,
                Vulnerable = row.Vulnerable,
                Woman = row.Woman,
                HoursHeld = Number(prefix + "HoursHeld", row.HoursHeld, $"Hours detainee {i + 1} has been held", false),
                Contact = contact,
                Notes = Text(prefix + "Notes", row.Notes, 2000),
            };
        }
    }

    private IEnumerable<VisitIssue> Issues(Guid visitId)
    {
        var position = 0;
        for (var i = 0; i < input.Issues.Count; i++)
        {
            var row = input.Issues[i];
            if (row.IsBlank)
            {
                continue;
            }

            var prefix = $"Issues[{i}].";
            var category = Enum.TryParse<IssueCategory>(row.Category, true, out var parsed) ? parsed : (IssueCategory?)null;
            var description = Text(prefix + "Description", row.Description, 2000);
            var raisedWith = Text(prefix + "RaisedWith", row.RaisedWith, 200);
            if (submitting)
            {
                if (category is null)
                {
                    Errors.Add(new(prefix + "Category", $"Select the category of issue {i + 1}"));
                }

                Require(prefix + "Description", description, $"Describe issue {i + 1}");
                Require(prefix + "RaisedWith", raisedWith, $"Enter whom you raised issue {i + 1} with");
            }

            yield return new VisitIssue
            {
                VisitId = visitId,
                Position = position++,
                Category = category ?? IssueCategory.Other,
                Description = description ?? "",
                RaisedWith = raisedWith ?? "",
                ImmediateAction = Text(prefix + "ImmediateAction", row.ImmediateAction, 2000),
            };
        }
    }

    private void Require(string field, string? value, string message)
    {
        if (value is null)
        {
            Errors.Add(new(field, message));
        }
    }

    private TimeOnly? Time(string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (submitting)
            {
                Errors.Add(new(field, $"Enter {what}"));
            }

            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        Errors.Add(new(field, $"Enter {what} as hours and minutes, like 14:30"));
        return null;
    }

    private int? Number(string field, string? value, string what, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (submitting && required)
            {
                Errors.Add(new(field, $"Enter {what.ToLowerInvariant()}"));
            }

            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 10_000)
        {
            return number;
        }

        Errors.Add(new(field, $"{what} must be a whole number, like 3"));
        return null;
    }

    private string? Text(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Errors.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"This must be {maxLength:N0} characters or fewer")));
        }

        return trimmed;
    }
}
