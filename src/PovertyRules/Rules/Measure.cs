namespace PovertyRules.Rules;

/// <summary>
/// A measured quantity a rule compares with a threshold: a share (remaining poor people of the rural population, wrongly
/// exited people of those sampled) or an amount (denominator 1). Built once when a fact is built; the rules ask
/// <see cref="KnownToPass"/> and <see cref="KnownToFail"/>, three-valued.
/// </summary>
/// <param name="Numerator">The counted part; <c>null</c> when not recorded.</param>
/// <param name="Denominator">What it is a part of; <c>null</c> when not recorded. A denominator of 0 decides nothing.</param>
/// <param name="Complete">
/// <c>false</c> when part of the numerator is not known (households whose records were rejected): what is known can
/// only grow, so it decides only a comparison it already fails for good (below a threshold) or passes for good (above).
/// </param>
internal readonly record struct Measure(decimal? Numerator, decimal? Denominator, bool Complete = true)
{
    /// <summary>An amount, such as a collective income in yuan.</summary>
    public static Measure Amount(decimal? amount) => new(amount, 1m);

    /// <summary>The share or amount, when both parts are known and the denominator is positive.</summary>
    public decimal? Value => Numerator is { } n && Denominator is > 0 and var d ? n / d : null;

    /// <summary>Whether the quantity is known to pass <paramref name="threshold"/>; <c>false</c> when it fails or is undecided, or there is no threshold.</summary>
    public bool KnownToPass(Threshold? threshold) =>
        threshold is { } t && Numerator is { } n && Denominator is > 0 and var d && t.Passes(n, d) && (Complete || !t.IsUpperBound);

    /// <summary>Whether the quantity is known to fail <paramref name="threshold"/>; <c>false</c> when it passes or is undecided, or there is no threshold.</summary>
    public bool KnownToFail(Threshold? threshold) =>
        threshold is { } t && Numerator is { } n && Denominator is > 0 and var d && !t.Passes(n, d) && (Complete || t.IsUpperBound);
}
