using Oversight.Domain;
namespace Oversight.Core.Accountability;

/// What came of a change: the record's id once saved, otherwise the problems a person can fix.
public sealed record Saved(Guid? Id, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Saved Done(Guid id) => new(id, []);

    public static Saved Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static Saved Invalid(string field, string message) => new(null, [new FieldError(field, message)]);
}
