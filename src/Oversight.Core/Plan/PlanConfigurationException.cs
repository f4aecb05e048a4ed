namespace Oversight.Core.Plan;

public sealed class PlanConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
