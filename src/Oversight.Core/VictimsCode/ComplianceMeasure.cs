namespace Oversight.Core.VictimsCode;

/// The criminal justice bodies whose compliance with the Victims' Code the office keeps under review (Victims and
/// Prisoners Act 2024 s8), and the office's own commissioned services.
public enum CodeAgency
{
    Police,
    Cps,
    Courts,
    Probation,
    Prisons,
    YouthJustice,
    CommissionedServices,
}

/// One measure of compliance with a right, returned each quarter by one body: a percentage with the numbers it is
/// worked out from, or a count of people. Reference data, seeded with the schema; the regulations under the Victims and
/// Prisoners Act 2024 s6 will prescribe the national metrics, so the list is data the office can change.
public sealed class ComplianceMeasure
{
    public const int IdLength = 100;

    /// The measure's id in upload files and observations, like "vc-police-vps-offered".
    public required string Id { get; set; }

    public CodeAgency Agency { get; set; }

    /// The right (1 to 12) the measure evidences.
    public int Right { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    /// A count of people rather than a percentage; published counts under 5 are withheld.
    public bool IsCount { get; set; }

    public int Order { get; set; }

    private static ComplianceMeasure Percent(int order, string id, CodeAgency agency, int right, string name, string description) =>
        new() { Order = order, Id = id, Agency = agency, Right = right, Name = name, Description = description };

    public static IReadOnlyList<ComplianceMeasure> All { get; } =
    [
        Percent(1, "vc-police-recorded-24h", CodeAgency.Police, 2, "Crimes recorded within 24 hours of the report", "Crime reports recorded within the 24 hours the Home Office Counting Rules allow."),
        Percent(2, "vc-police-acknowledged", CodeAgency.Police, 3, "Victims given a written acknowledgement of their report", "Victims who reported a crime and were sent a written acknowledgement with the crime reference."),
        Percent(3, "vc-police-needs-assessed", CodeAgency.Police, 4, "Victims whose needs were assessed", "Victims given a needs assessment when they reported."),
        Percent(4, "vc-police-referred", CodeAgency.Police, 4, "Victims referred to support within 2 working days", "Victims who agreed to a referral and were referred to a support service within 2 working days."),
        Percent(5, "vc-police-interpreter", CodeAgency.Police, 1, "Victims needing an interpreter who were given one", "Victims who asked for an interpreter when reporting or giving a statement and were given one."),
        Percent(6, "vc-police-compensation", CodeAgency.Police, 5, "Victims of violent crime told about compensation", "Victims of violent crime given information about the Criminal Injuries Compensation Scheme."),
        Percent(7, "vc-police-updates", CodeAgency.Police, 6, "Victims updated within the Code's time limits", "Victims told of an arrest, interview, charge or bail decision within 5 working days (1 for enhanced rights)."),
        Percent(8, "vc-police-vps-offered", CodeAgency.Police, 7, "Victims offered a Victim Personal Statement", "Victims whose case was charged who were offered a Victim Personal Statement."),
        Percent(9, "vc-police-outcome-told", CodeAgency.Police, 9, "Victims told the case outcome in time", "Victims told the outcome of the case by witness care within the Code's time limits."),
        new() { Order = 10, Id = "vc-police-complaints", Agency = CodeAgency.Police, Right = 12, Name = "Complaints about Code rights received", Description = "Victims who complained that a Code right was not met.", IsCount = true },
        Percent(11, "vc-cps-decision-letters", CodeAgency.Cps, 6, "Victims told of a decision to stop or alter charges in time", "Victims' right to review letters sent within the Code's time limits."),
        Percent(12, "vc-cps-vps-read", CodeAgency.Cps, 7, "Victim Personal Statements read in court where the victim asked", "Hearings where the victim asked for their statement to be read or played and it was."),
        Percent(13, "vc-cps-expenses", CodeAgency.Cps, 10, "Witness expense claims paid within 10 working days", "Prosecution witnesses' expense claims paid within 10 working days."),
        Percent(14, "vc-courts-waiting-area", CodeAgency.Courts, 8, "Witnesses offered a separate waiting area", "Prosecution witnesses offered a waiting area apart from the defendant's."),
        Percent(15, "vc-courts-special-measures", CodeAgency.Courts, 8, "Special measures in place as granted", "Trials where the special measures the court granted were in place on the day."),
        Percent(16, "vc-probation-vcs-offered", CodeAgency.Probation, 11, "Eligible victims offered the Victim Contact Scheme", "Victims eligible for the Victim Contact Scheme offered it within 40 working days of sentence."),
        Percent(17, "vc-prisons-unwanted-contact", CodeAgency.Prisons, 11, "Requests to stop unwanted prisoner contact acted on in 5 working days", "Victims' requests to stop unwanted contact from a prisoner acted on within 5 working days."),
        Percent(18, "vc-youth-justice-contacted", CodeAgency.YouthJustice, 4, "Victims of youth offending contacted in 10 working days", "Victims of offences by children contacted by the youth justice service within 10 working days."),
        Percent(19, "vc-youth-justice-rj-offered", CodeAgency.YouthJustice, 4, "Victims of youth offending offered restorative justice", "Victims of offences by children offered restorative justice."),
        Percent(20, "vc-services-contacted", CodeAgency.CommissionedServices, 4, "Referred victims contacted within 2 working days", "Victims referred to the office's commissioned services contacted within 2 working days."),
        Percent(21, "vc-services-needs-assessed", CodeAgency.CommissionedServices, 4, "Referred victims given a needs assessment", "Victims referred to the office's commissioned services given a needs assessment."),
        new() { Order = 22, Id = "vc-services-complaints", Agency = CodeAgency.CommissionedServices, Right = 12, Name = "Complaints about Code rights received", Description = "Victims who complained to a commissioned service that a Code right was not met.", IsCount = true },
    ];
}

/// Each body's name and the organisation whose partners may send its return (the office's analysts send any).
public static class CodeAgencies
{
    public static IReadOnlyList<CodeAgency> All { get; } = Enum.GetValues<CodeAgency>();

    public static string Name(CodeAgency agency) => agency switch
    {
        CodeAgency.Police => "West Yorkshire Police",
        CodeAgency.Cps => "Crown Prosecution Service",
        CodeAgency.Courts => "HM Courts and Tribunals Service",
        CodeAgency.Probation => "Probation Service",
        CodeAgency.Prisons => "HM Prison Service",
        CodeAgency.YouthJustice => "Youth justice services",
        CodeAgency.CommissionedServices => "The office's commissioned victims' services",
        _ => agency.ToString(),
    };

    /// The address word for the body, as in /data/victims-code/police/template.csv.
    public static string Key(CodeAgency agency) => agency switch
    {
        CodeAgency.Cps => "cps",
        CodeAgency.YouthJustice => "youth-justice",
        CodeAgency.CommissionedServices => "commissioned-services",
        _ => agency.ToString().ToLowerInvariant(),
    };

    public static CodeAgency? FromKey(string? key) => All.Where(a => Key(a) == key).Select(a => (CodeAgency?)a).FirstOrDefault();

    /// The plan organisation whose partner users send this body's return; null where only the office does.
    public static string? Organisation(CodeAgency agency) => agency switch
    {
        CodeAgency.Police => "west-yorkshire-police",
        CodeAgency.CommissionedServices => "victim-support",
        _ => null,
    };
}
