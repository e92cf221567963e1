using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

public sealed partial class PovertyRulesEngine
{
    /// <summary>
    /// Assesses an asynchronous stream of households (a database query, a file read as it arrives, a message queue)
    /// under <paramref name="profile"/>, as <see cref="AssessMany"/> does a synchronous one: results in input order,
    /// batches evaluated in parallel, at most <see cref="BulkOptions.MaxRecordsInFlight"/> records read and not yet
    /// returned, every record one result, a repeated household id an invalid-input result.
    /// </summary>
    /// <param name="households">The records, read once, as results are consumed.</param>
    /// <param name="profile">The policy profile.</param>
    /// <param name="options">Batching, parallelism and the in-flight bound; defaults when null.</param>
    /// <param name="cancellationToken">
    /// Stops the run within one batch (so does a token given to <c>WithCancellation</c>): no batch is read or started
    /// after it, the batches running finish, and a <see cref="BulkCanceledException"/> carrying how many records were
    /// read, assessed and returned ends the enumeration. Every result returned before it is complete. The token is
    /// also passed to the source's enumerator.
    /// </param>
    /// <returns>The assessments, one per record, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="households"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option of <paramref name="options"/> is out of its range.</exception>
    /// <exception cref="BulkSourceException">Raised while enumerating: the source threw after the counts it carries, every record read before it assessed and returned.</exception>
    /// <exception cref="BulkCanceledException">Raised while enumerating: the run was cancelled.</exception>
    public IAsyncEnumerable<HouseholdAssessment> AssessManyAsync(
        IAsyncEnumerable<HouseholdRecord?> households, PolicyProfile profile, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        var pipeline = Households(profile);
        options ??= new BulkOptions();
        options.Validate();
        return StreamAsync(households, pipeline, options, ReceiptFor(profile), _logger, cancellationToken);
    }

    private static async IAsyncEnumerable<HouseholdAssessment> StreamAsync(
        IAsyncEnumerable<HouseholdRecord?> households,
        AssessmentPipeline<HouseholdRecord?, HouseholdFact, HouseholdAssessment> pipeline,
        BulkOptions options,
        Receipt receipt,
        ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = new DuplicateIds();
        var inFlight = new Queue<Task<Batch>>();
        var window = options.Window;
        using var run = new BulkRun(logger, receipt, options, "AssessManyAsync", observed: true);
        Exception? failure = null;
        IAsyncEnumerator<HouseholdRecord?>? source = null;
        try
        {
            source = households.GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }

        try
        {
            var ended = source is null;
            while (!ended && failure is null && !cancellationToken.IsCancellationRequested)
            {
                if (inFlight.Count >= window)
                {
                    var next = inFlight.Dequeue();
                    await Completion(next).ConfigureAwait(false);
                    foreach (var result in run.Take(next))
                    {
                        yield return result;
                    }

                    continue;
                }

                var batch = new HouseholdRecord?[options.BatchSize];
                var count = 0;
                try
                {
                    while (count < batch.Length && await source!.MoveNextAsync().ConfigureAwait(false))
                    {
                        batch[count++] = source.Current;
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The source saw the token first: what it gave of this batch is read, and not assessed.
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failure = e;
                }

                run.Read += count;
                ended = count < batch.Length;
                if (count == 0 || cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if (ended)
                {
                    Array.Resize(ref batch, count);
                }

                var repeats = new long[count];
                for (var i = 0; i < count; i++)
                {
                    repeats[i] = ids.Check(batch[i]);
                }

                inFlight.Enqueue(Task.Run(() => Evaluate(batch, repeats, pipeline, observed: true), cancellationToken));
            }

            while (inFlight.Count > 0 && !cancellationToken.IsCancellationRequested)
            {
                var next = inFlight.Dequeue();
                await Completion(next).ConfigureAwait(false);
                foreach (var result in run.Take(next))
                {
                    yield return result;
                }
            }

            if (cancellationToken.IsCancellationRequested)
            {
                foreach (var task in inFlight)
                {
                    await Completion(task).ConfigureAwait(false);
                }

                throw Canceled(run, inFlight, cancellationToken);
            }

            if (failure is not null)
            {
                throw SourceFailed(run, failure);
            }

            run.Completed();
        }
        finally
        {
            // A consumer that stops early leaves no batch running behind it.
            foreach (var task in inFlight)
            {
                await Completion(task).ConfigureAwait(false);
            }

            if (source is not null)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Completes when <paramref name="batch"/> has, whether it ran or was cancelled before it started.</summary>
    private static async Task Completion(Task<Batch> batch)
    {
        try
        {
            await batch.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (batch.IsCanceled)
        {
        }
    }
}
