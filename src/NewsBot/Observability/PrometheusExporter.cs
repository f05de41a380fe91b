using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace NewsBot.Observability;

/// <summary>Listens to the NewsBot meter and renders counters and histogram sums/counts in the Prometheus text format.</summary>
public sealed class PrometheusExporter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _counters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (double Sum, long Count)> _histograms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _help = new(StringComparer.Ordinal);

    public PrometheusExporter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name != NewsBotMetrics.MeterName)
                return;
            _help[instrument.Name] = instrument.Description ?? instrument.Name;
            if (instrument is Counter<long>)
                _counters.TryAdd(instrument.Name, 0);
            listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _counters.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            _histograms.AddOrUpdate(instrument.Name, (value, 1), (_, h) => (h.Sum + value, h.Count + 1)));
        _listener.Start();
    }

    /// <param name="gauges">Values read at scrape time (queue depth ...).</param>
    public string Render(IReadOnlyDictionary<string, double> gauges)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in _counters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append("# HELP ").Append(name).Append(' ').AppendLine(_help.GetValueOrDefault(name, name));
            sb.Append("# TYPE ").Append(name).AppendLine(" counter");
            sb.Append(name).Append(' ').AppendLine(value.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var (name, h) in _histograms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append("# TYPE ").Append(name).AppendLine(" summary");
            sb.Append(name).Append("_sum ").AppendLine(h.Sum.ToString(CultureInfo.InvariantCulture));
            sb.Append(name).Append("_count ").AppendLine(h.Count.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var (name, value) in gauges.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append("# TYPE ").Append(name).AppendLine(" gauge");
            sb.Append(name).Append(' ').AppendLine(value.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
