using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.Core.Uploads;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Accountability.Outputs;

/// A value as typed: the financial year, the figure and its evidence (a link, an uploaded document, or both).
public sealed record OutputValueDetails(
    string? Period, decimal? Value, string? Note, string? EvidenceUrl, string? FileName, string? ContentType, byte[]? Content);

/// Programme outputs and their confirmed values.
public sealed class ProgrammeOutputs(OversightDbContext db, TimeProvider clock)
{
    public Task<List<ProgrammeOutput>> ListAsync(CancellationToken cancellationToken) =>
        db.ProgrammeOutputs.AsNoTracking().Include(o => o.Values).OrderBy(o => o.Programme).ThenBy(o => o.Name).ToListAsync(cancellationToken);

    public Task<ProgrammeOutput?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ProgrammeOutputs.AsNoTracking().Include(o => o.Values).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// The latest confirmed value of an output for a financial year, for the annual report; null when none is recorded.
    public async Task<OutputValue?> ValueForAsync(string key, string financialYear, CancellationToken cancellationToken)
    {
        var values = await db.OutputValues.AsNoTracking()
            .Where(v => v.Period == financialYear && db.ProgrammeOutputs.Any(o => o.Id == v.OutputId && o.Key == key))
            .ToListAsync(cancellationToken);
        return values.MaxBy(v => v.ConfirmedAt);
    }

    /// Adds an output; its key, which the annual report cites, is made from its name.
    public async Task<Saved> CreateAsync(string? name, string? programme, string? description, CancellationToken cancellationToken)
    {
        var checks = new Checks();
        var cleanName = checks.Required("Name", name, "the output's name", Meeting.TitleLength);
        var cleanProgramme = checks.Required("Programme", programme, "the programme", Meeting.TitleLength);
        var cleanDescription = checks.Optional("Description", description, "the description", Meeting.TextLength);
        var key = KeyOf(cleanName ?? "");
        if (cleanName is not null && (key.Length == 0 || await db.ProgrammeOutputs.AnyAsync(o => o.Key == key, cancellationToken)))
        {
            checks.Add("Name", "An output with this name already exists");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var output = new ProgrammeOutput { Key = key, Name = cleanName!, Programme = cleanProgramme!, Description = cleanDescription ?? "" };
        db.Add(output);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(output.Id);
    }

    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = string.Join('-', words);
        return key.Length <= 100 ? key : key[..100].TrimEnd('-');
    }

    public async Task<Saved> AddValueAsync(Guid outputId, OutputValueDetails details, string confirmedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var checks = new Checks();
        var period = ReportingPeriodParser.FinancialYear(details.Period);
        if (period is null)
        {
            checks.Add("Period", "Enter a financial year like 2024-25");
        }

        if (details.Value is not { } value || value < 0)
        {
            checks.Add("Value", "Enter the value as a number, 0 or more");
        }

        var note = checks.Optional("Note", details.Note, "the note", Meeting.TextLength);
        var url = checks.Link("EvidenceUrl", details.EvidenceUrl);
        var hasFile = details.Content is { Length: > 0 };
        if (url is null && !hasFile && checks.Errors.All(e => e.Field != "EvidenceUrl"))
        {
            checks.Add("EvidenceUrl", "Enter a link to the evidence or choose a file to upload");
        }

        if (hasFile && FileCheck.Problem(UploadRules.MeetingPaper, UploadedFile.From(details.FileName, details.Content!)) is { } problem)
        {
            checks.Add("EvidenceFile", problem);
        }

        if (!await db.ProgrammeOutputs.AnyAsync(o => o.Id == outputId, cancellationToken))
        {
            checks.Add("Value", "The programme output no longer exists");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var fileName = FileNames.Display(details.FileName);
        db.Add(new OutputValue
        {
            OutputId = outputId,
            Period = period!.Text,
            Value = details.Value!.Value,
            Note = note,
            EvidenceUrl = url,
            EvidenceFileName = hasFile ? (fileName.Length is > 0 and <= MeetingReport.FileNameLength ? fileName : "evidence") : null,
            EvidenceContentType = hasFile ? FileCheck.ContentType(fileName) : null,
            EvidenceContent = hasFile ? details.Content : null,
            ConfirmedBy = confirmedBy,
            ConfirmedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(outputId);
    }

    public Task<OutputValue?> FindValueAsync(Guid outputId, Guid valueId, CancellationToken cancellationToken) =>
        db.OutputValues.AsNoTracking().SingleOrDefaultAsync(v => v.OutputId == outputId && v.Id == valueId, cancellationToken);
}
