namespace Oversight.Cli.Spc;

/// A problem with the input file, naming the row (the header is row 1) so the user can find it.
public sealed class SpcInputException(string message) : Exception(message);
