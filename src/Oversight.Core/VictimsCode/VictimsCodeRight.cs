namespace Oversight.Core.VictimsCode;

/// One of the twelve rights of the Code of Practice for Victims of Crime in England and Wales (Ministry of Justice,
/// November 2020, in force 1 April 2021). Reference data, seeded with the schema; compliance measures name the right
/// they evidence.
public sealed class VictimsCodeRight
{
    public const int TextLength = 400;

    public int Number { get; set; }

    public required string Title { get; set; }

    /// What the right gives a victim, in a sentence.
    public required string Summary { get; set; }

    /// The twelve rights as the Code states them (titles from the Code's summary of rights).
    public static IReadOnlyList<VictimsCodeRight> All { get; } =
    [
        new() { Number = 1, Title = "To be able to understand and to be understood", Summary = "Help to understand and be understood, including an interpreter where needed." },
        new() { Number = 2, Title = "To have the details of the crime recorded without unjustified delay", Summary = "The crime recorded without unjustified delay once reported, and a written acknowledgement." },
        new() { Number = 3, Title = "To be provided with information when reporting the crime", Summary = "Information about what to expect from the criminal justice system when reporting." },
        new() { Number = 4, Title = "To be referred to services that support victims and have services and support tailored to your needs", Summary = "A needs assessment and referral to support services within two working days, and information about restorative justice." },
        new() { Number = 5, Title = "To be provided with information about compensation", Summary = "Information about how to claim compensation, including from the Criminal Injuries Compensation Scheme." },
        new() { Number = 6, Title = "To be provided with information about the investigation and prosecution", Summary = "Updates on arrest, charge, bail and decisions not to prosecute, within the Code's time limits." },
        new() { Number = 7, Title = "To make a Victim Personal Statement", Summary = "The offer of a Victim Personal Statement, and to have it read or played in court where the victim asks." },
        new() { Number = 8, Title = "To be given information about the trial, trial process and your role as a witness", Summary = "Information and support as a witness, including special measures and a separate waiting area." },
        new() { Number = 9, Title = "To be given information about the outcome of the case and any appeals", Summary = "The outcome of the case and of any appeal, within the Code's time limits." },
        new() { Number = 10, Title = "To be paid expenses and have property returned", Summary = "Expenses for attending court paid, and property taken as evidence returned as soon as possible." },
        new() { Number = 11, Title = "To be given information about the offender following a conviction", Summary = "The Victim Contact Scheme, information about the offender's release, and help to stop unwanted contact." },
        new() { Number = 12, Title = "To make a complaint about your rights not being met", Summary = "To complain to the organisation that did not meet a right, and to the Parliamentary and Health Service Ombudsman." },
    ];
}
