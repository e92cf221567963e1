namespace PovertyRules.Benchmarks;

/// <summary>Runs a per-range body over an array on every core, in chunks, as the engine's bulk path does.</summary>
internal static class Parallelism
{
    public const int Chunk = 512;

    public static void ForChunks(int count, Action<int, int> body, int degree = 0)
    {
        var chunks = (count + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = degree > 0 ? degree : Environment.ProcessorCount }, c =>
        {
            var start = c * Chunk;
            body(start, Math.Min(Chunk, count - start));
        });
    }
}
