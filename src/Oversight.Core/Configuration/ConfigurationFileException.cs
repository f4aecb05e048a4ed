namespace Oversight.Core.Configuration;

/// A configuration file that is missing or wrong; the message names the file and the field.
public sealed class ConfigurationFileException(string message, Exception? inner = null) : Exception(message, inner);
