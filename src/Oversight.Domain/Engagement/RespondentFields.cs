namespace Oversight.Domain.Engagement;

/// <summary>
/// The only facts kept about a respondent, each from a fixed list so breakdowns group cleanly. There are no names,
/// contact details or free-form identifiers.
/// </summary>
public static class RespondentFields
{
    /// <summary>Field key of the district.</summary>
    public const string District = "district";

    /// <summary>Field key of the age band.</summary>
    public const string AgeBand = "age-band";

    /// <summary>Field key of the sex.</summary>
    public const string Sex = "sex";

    /// <summary>Field key of the ethnic group.</summary>
    public const string Ethnicity = "ethnicity";

    /// <summary>Field key of whether the respondent has been a victim of crime.</summary>
    public const string Victim = "victim";

    /// <summary>The fields a breakdown can use, with their labels.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Breakdowns =
        [(District, "District"), (AgeBand, "Age band"), (Sex, "Sex"), (Ethnicity, "Ethnic group")];

    /// <summary>The allowed values of each field.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Values = new Dictionary<string, IReadOnlyList<string>>
    {
        [District] = ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"],
        [AgeBand] = ["6-11", "12-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"],
        [Sex] = ["Female", "Male", "Prefer not to say"],
        [Ethnicity] = ["Asian or Asian British", "Black, Black British, Caribbean or African", "Mixed or multiple", "White", "Other ethnic group", "Prefer not to say"],
        [Victim] = ["Yes", "No"],
    };

    /// <summary>
    /// The allowed value <paramref name="text"/> stands for, ignoring case, spaces and punctuation; null when none.
    /// Age bands also accept an age in years.
    /// </summary>
    public static string? Match(string field, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = Labels.Normalise(text);
        var match = Values[field].FirstOrDefault(v => Labels.Normalise(v) == wanted);
        if (match is null && field == AgeBand && int.TryParse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var age))
        {
            match = AgeBandOf(age);
        }

        return match;
    }

    /// <summary>The band an age in years falls in; null outside 6 to 120.</summary>
    public static string? AgeBandOf(int age) => age switch
    {
        < 6 or > 120 => null,
        <= 11 => "6-11",
        <= 17 => "12-17",
        <= 24 => "18-24",
        <= 34 => "25-34",
        <= 44 => "35-44",
        <= 54 => "45-54",
        <= 64 => "55-64",
        <= 74 => "65-74",
        _ => "75+",
    };

    /// <summary>
    /// Whether a column heading looks like it holds a name or contact details, which the office must not keep.
    /// </summary>
    public static bool LooksPersonal(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var words = Labels.Normalise(heading);
        string[] personal = ["name", "first name", "surname", "last name", "full name", "email", "e mail", "email address", "phone", "telephone", "mobile", "address", "postcode", "date of birth", "ip address"];
        return personal.Any(p => words == p || words.StartsWith(p + " ", StringComparison.Ordinal) || words.EndsWith(" " + p, StringComparison.Ordinal));
    }
}
