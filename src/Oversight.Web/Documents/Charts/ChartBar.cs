namespace Oversight.Web.Documents.Charts;

/// One bar of a document's bar chart: its value, the words printed beside it, and an optional interval.
public sealed record ChartBar(string Label, double Value, string Text, double? Lower = null, double? Upper = null);

/// A labelled point on a chart's value axis.
public sealed record AxisTick(double Value, string Label);
