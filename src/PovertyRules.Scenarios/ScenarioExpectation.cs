namespace PovertyRules.Scenarios;

/// <summary>What a scenario expects. Immutable.</summary>
/// <param name="Status">The expected outcome's name, e.g. <c>RemainsPoor</c>, <c>RemainsListed</c> or <c>RemainsDesignated</c>.</param>
/// <param name="Failed">The exact set of criteria expected not to be met (rule ids); <c>null</c> when not checked.</param>
/// <param name="Unknown">The exact set of criteria expected to be unknown for a missing input; <c>null</c> when not checked.</param>
public sealed record ScenarioExpectation(string Status, IReadOnlyList<string>? Failed, IReadOnlyList<string>? Unknown)
{
    /// <summary>
    /// The exact set of data-quality checks (rule ids, e.g. <c>DQ-ID-CHECKSUM</c>) expected to find a defect in the
    /// household (<c>dataQuality</c> in a scenario file); <c>null</c> when not checked.
    /// </summary>
    public IReadOnlyList<string>? DataQuality { get; init; }

    /// <summary>
    /// The figures a planning scenario expects (<c>figures</c> in a scenario file), by name (e.g. <c>months</c>,
    /// <c>decappingYear.431226</c>, <c>amount.431226</c>); numbers compare as numbers, <c>error</c> by containment;
    /// <c>null</c> when not checked.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Figures { get; init; }

    /// <summary>
    /// The expected distance to exit as its summary (<c>distance</c> in a scenario file; see
    /// <see cref="PovertyRules.Distance.ExitDistance.Summary"/>), e.g. <c>HH-INCOME 2016 +453; PROC-NOTICE</c> or
    /// <c>reached</c>; <c>null</c> when not checked.
    /// </summary>
    public string? Distance { get; init; }

    /// <summary>
    /// The expected risk-elimination outcome of a monitoring scenario (<c>elimination</c> in a scenario file, a
    /// <c>RiskEliminationStatus</c> name such as <c>Eliminated</c>); <c>null</c> when not checked.
    /// </summary>
    public string? Elimination { get; init; }

    /// <summary><c>Status, failed [..], unknown [..], data quality [..], figures [..], distance .., elimination ..</c> with the parts that are checked.</summary>
    public override string ToString() =>
        Status +
        (Failed is null ? string.Empty : $", failed [{string.Join(", ", Failed)}]") +
        (Unknown is null ? string.Empty : $", unknown [{string.Join(", ", Unknown)}]") +
        (DataQuality is null ? string.Empty : $", data quality [{string.Join(", ", DataQuality)}]") +
        (Figures is null ? string.Empty : $", figures [{string.Join(", ", Figures.Select(f => $"{f.Key}={f.Value}"))}]") +
        (Distance is null ? string.Empty : $", distance {Distance}") +
        (Elimination is null ? string.Empty : $", elimination {Elimination}");
}
