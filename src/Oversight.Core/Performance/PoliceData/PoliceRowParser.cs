using System.Buffers;
using System.Globalization;
using Oversight.Domain;

namespace Oversight.Core.Performance.PoliceData;

/// Turns one CSV row into a record, or says exactly what is wrong with it. Blank coordinates and "No Location"
/// are real data (crimes police.uk could not place), not errors. Runs on the reading thread.
public sealed class PoliceRowParser(string file, string month, int fileNumber, PoliceTermCodes terms)
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public ImportProblem? Problem { get; private set; }

    public StreetCrimeRecord? Street(PoliceCsvReader f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var record = Located(new StreetCrimeRecord
        {
            CrimeTypeTerm = terms.Code(f[9], 9) ?? 0,
            LastOutcomeCategoryTerm = terms.Code(f[10], 10),
            Context = Blank(f[11]),
        }, f);
        Required(f[9], "Crime type", f.Line);
        return Problem is null ? record : null;
    }

    public OutcomeRecord? Outcome(PoliceCsvReader f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var record = Located(new OutcomeRecord { OutcomeTypeTerm = terms.Code(f[9], 9) ?? 0 }, f);
        Required(f[9], "Outcome type", f.Line);
        return Problem is null ? record : null;
    }

    /// Fills and checks the nine columns street and outcomes files share.
    private T Located<T>(T record, PoliceCsvReader f)
        where T : LocatedCrimeRecord
    {
        Problem = null;
        var line = f.Line;
        record.Id = PoliceRecordKey.Of(fileNumber, line);
        record.ReportedByTerm = terms.Code(f[2], 2);
        record.FallsWithinTerm = terms.Code(f[3], 3);
        record.LocationTerm = terms.Code(f[6], 6);
        record.LsoaCodeTerm = terms.Code(f[7], 7);
        record.LsoaNameTerm = terms.Code(f[8], 8);
        if (!f[1].SequenceEqual(month))
        {
            Fail(line, "Month", $"expected {month} (the file's month), found \"{f[1]}\"");
        }

        var crimeId = f[0];
        if (crimeId.Length > 0 && (crimeId.Length != 64 || crimeId.ContainsAnyExcept(LowerHex)))
        {
            Fail(line, "Crime ID", $"expected 64 lower-case hexadecimal characters (or blank), found \"{crimeId}\"");
        }

        record.CrimeId = Blank(crimeId);
        (record.Longitude, record.Latitude) = Coordinates(f[4], f[5], line);
        return record;
    }

    public StopSearchRecord? StopSearch(PoliceCsvReader f)
    {
        ArgumentNullException.ThrowIfNull(f);
        Problem = null;
        var line = f.Line;
        var record = new StopSearchRecord
        {
            Id = PoliceRecordKey.Of(fileNumber, line),
            Type = f[0].ToString(),
            PartOfPolicingOperation = Boolean(f[2], "Part of a policing operation", line),
            PolicingOperation = Blank(f[3]),
            Gender = Blank(f[6]),
            AgeRange = Blank(f[7]),
            SelfDefinedEthnicity = Blank(f[8]),
            OfficerDefinedEthnicity = Blank(f[9]),
            Legislation = Blank(f[10]),
            ObjectOfSearch = Blank(f[11]),
            Outcome = Blank(f[12]),
            OutcomeLinkedToObjectOfSearch = Boolean(f[13], "Outcome linked to object of search", line),
            RemovalOfMoreThanOuterClothing = Boolean(f[14], "Removal of more than just outer clothing", line),
        };
        Required(f[0], "Type", line);
        (record.Longitude, record.Latitude) = Coordinates(f[5], f[4], line);
        if (!DateTimeOffset.TryParseExact(f[1], "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(line, "Date", $"expected a date and time like 2021-08-01T12:00:00+00:00, found \"{f[1]}\"");
        }
        else if (UkTime.Month(date) != month)
        {
            Fail(line, "Date", $"{f[1]} is not in the file's month {month}");
        }

        record.Date = date.ToUniversalTime();
        return Problem is null ? record : null;
    }

    private static string? Blank(ReadOnlySpan<char> value) => value.Length == 0 ? null : value.ToString();

    private void Required(ReadOnlySpan<char> value, string column, int line)
    {
        if (value.Length == 0)
        {
            Fail(line, column, "must not be blank");
        }
    }

    private (double? Longitude, double? Latitude) Coordinates(ReadOnlySpan<char> longitude, ReadOnlySpan<char> latitude, int line)
    {
        if (longitude.Length == 0 && latitude.Length == 0)
        {
            return (null, null);
        }

        var lon = Number(longitude, "Longitude", -180, 180, line);
        var lat = Number(latitude, "Latitude", -90, 90, line);
        return (lon, lat);
    }

    private double? Number(ReadOnlySpan<char> value, string column, double min, double max, int line)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Fail(line, column, $"expected a number from {min} to {max} (or both coordinates blank), found \"{value}\"");
        return null;
    }

    private bool? Boolean(ReadOnlySpan<char> value, string column, int line)
    {
        switch (value)
        {
            case "":
                return null;
            case "True" or "true":
                return true;
            case "False" or "false":
                return false;
            default:
                Fail(line, column, $"expected True, False or blank, found \"{value}\"");
                return null;
        }
    }

    private void Fail(int line, string column, string message) => Problem ??= new ImportProblem(file, line, column, message);
}
