using PovertyRules.Model;

namespace PovertyRules.Cli.Running;

/// <summary>
/// Passes a source's households on until the run is cancelled, checking before each one is read, so that every
/// household taken from the source is passed on and assessed (records in = results out, even for a partial run).
/// </summary>
internal static class Interruptible
{
    private const int ReportEvery = 2048;

    public static IEnumerable<Household> Until(IEnumerable<Household> source, CancellationToken token, Action<long>? progress, Action<bool> completed)
    {
        long read = 0;
        using var e = source.GetEnumerator();
        while (true)
        {
            if (token.IsCancellationRequested)
            {
                progress?.Invoke(read);
                completed(false);
                yield break;
            }

            if (!e.MoveNext())
            {
                progress?.Invoke(read);
                completed(true);
                yield break;
            }

            read++;
            if (read % ReportEvery == 0)
            {
                progress?.Invoke(read);
            }

            yield return e.Current;
        }
    }
}
