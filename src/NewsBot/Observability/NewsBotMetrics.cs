using System.Diagnostics.Metrics;

namespace NewsBot.Observability;

/// <summary>NewsBot's instruments (System.Diagnostics.Metrics), exported as Prometheus text on /metrics.</summary>
public sealed class NewsBotMetrics : IDisposable
{
    public const string MeterName = "NewsBot";

    private readonly Meter _meter = new(MeterName, "1.0");

    public NewsBotMetrics()
    {
        FeedsPolled = _meter.CreateCounter<long>("newsbot_feeds_polled_total", description: "Feed polls completed (any outcome)");
        FeedFailures = _meter.CreateCounter<long>("newsbot_feed_failures_total", description: "Feed polls that failed");
        StoriesStored = _meter.CreateCounter<long>("newsbot_stories_total", description: "New stories stored");
        Deliveries = _meter.CreateCounter<long>("newsbot_deliveries_total", description: "Posts delivered to channels");
        DeliveryFailures = _meter.CreateCounter<long>("newsbot_delivery_failures_total", description: "Delivery attempts that failed");
        RateLimited = _meter.CreateCounter<long>("newsbot_rate_limited_total", description: "429 responses from chat platforms");
        CommandLatency = _meter.CreateHistogram<double>("newsbot_command_seconds", unit: "s", description: "Time to answer a command");
    }

    public Counter<long> FeedsPolled { get; }
    public Counter<long> FeedFailures { get; }
    public Counter<long> StoriesStored { get; }
    public Counter<long> Deliveries { get; }
    public Counter<long> DeliveryFailures { get; }
    public Counter<long> RateLimited { get; }
    public Histogram<double> CommandLatency { get; }

    public void Dispose() => _meter.Dispose();
}
