using System.Collections.Concurrent;
using NewsBot.Scheduling;
using Quartz;

namespace NewsBot.Benchmarks.Load;

/// <summary>Counts feed-poll jobs that Quartz finished, by feed, so a harness can wait for a whole cycle.</summary>
internal sealed class PollCompletions : IJobListener
{
    private ConcurrentDictionary<string, int> _done = new(StringComparer.Ordinal);
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;

    public string Name => "load-harness-poll-completions";

    /// <summary>Starts counting a new cycle; <see cref="Completed"/> finishes when every feed has been polled once.</summary>
    public Task Expect(int feeds)
    {
        _done = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _expected, feeds);
        return _all.Task;
    }

    public int Distinct => _done.Count;

    public int Total => _done.Values.Sum();

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (context.JobDetail.Key.Group == FeedScheduler.Group)
        {
            var done = _done;
            done.AddOrUpdate(context.JobDetail.Key.Name, 1, (_, n) => n + 1);
            if (done.Count >= Volatile.Read(ref _expected))
                _all.TrySetResult();
        }
        return ValueTask.CompletedTask;
    }
}
