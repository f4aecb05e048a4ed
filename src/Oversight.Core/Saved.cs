using Oversight.Domain;

namespace Oversight.Core;

/// What came of a change, the one shape services answer in: saved (with the record's id), the record to change was
/// not found, or refused with the problems a person can fix. Deconstructs as <c>var (id, errors) = …</c>.
public sealed record Saved(Guid? Id, IReadOnlyList<FieldError> Errors)
{
    /// The name people use for what was saved, where the page needs it rather than (or beside) the id: a suite's or
    /// panel's id, a consultation's slug, an enquiry's reference, a booked slot's number.
    public string? Key { get; private init; }

    /// The record the change was to was not there (or not this person's to see): the page answers 404.
    public bool NotFound { get; private init; }

    public bool Succeeded => !NotFound && Errors.Count == 0;

    public static Saved Done(Guid id) => new(id, []);

    public static Saved Done(Guid? id, string key) => new(id, []) { Key = key };

    public static Saved Done(string key) => new(null, []) { Key = key };

    public static Saved Missing { get; } = new(null, []) { NotFound = true };

    public static Saved Invalid(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static Saved Invalid(string field, string message) => new(null, [new FieldError(field, message)]);
}
