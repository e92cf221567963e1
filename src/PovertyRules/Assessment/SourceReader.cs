namespace PovertyRules.Assessment;

/// <summary>
/// Reads a caller's record source so that its failure can be told from ours: an exception thrown by the source's
/// <c>GetEnumerator</c>, <c>MoveNext</c> or <c>Current</c> is caught and handed back, so the bulk run can deal with
/// what it read first. <see cref="OperationCanceledException"/> is never caught: cancellation stays cancellation.
/// </summary>
internal static class SourceReader
{
    /// <summary>The source's enumerator, or <c>null</c> with <paramref name="failure"/> set if it could not be had.</summary>
    public static IEnumerator<T>? Open<T>(IEnumerable<T> source, ref Exception? failure)
    {
        try
        {
            return source.GetEnumerator();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
            return null;
        }
    }

    /// <summary>
    /// Fills <paramref name="buffer"/> from the front; returns how many records were read. Fewer than its length means
    /// the source ended, or threw (<paramref name="failure"/> is then set).
    /// </summary>
    public static int Fill<T>(IEnumerator<T> source, T[] buffer, ref Exception? failure)
    {
        var count = 0;
        try
        {
            while (count < buffer.Length && source.MoveNext())
            {
                buffer[count++] = source.Current;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }

        return count;
    }
}
