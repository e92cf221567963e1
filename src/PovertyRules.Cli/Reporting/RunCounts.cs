namespace PovertyRules.Cli.Reporting;

/// <summary>Records in and out of one run: every household read has exactly one result.</summary>
internal sealed record RunCounts
{
    /// <summary>Households taken from the source (for a roster export, as formed from its rows).</summary>
    public long HouseholdsRead { get; init; }

    /// <summary>Household results written (equal to <see cref="HouseholdsRead"/>: records in = results out).</summary>
    public long HouseholdResults { get; init; }

    /// <summary>Persons in the households assessed.</summary>
    public long PersonsAssessed { get; init; }

    /// <summary>Households whose record could not be assessed.</summary>
    public long InvalidHouseholds { get; init; }

    /// <summary>Village descriptor records read.</summary>
    public long VillagesRead { get; init; }

    /// <summary>County descriptor records read.</summary>
    public long CountiesRead { get; init; }

    /// <summary>Village results written (assessed and rejected).</summary>
    public long VillageResults { get; init; }

    /// <summary>County results written (assessed and rejected).</summary>
    public long CountyResults { get; init; }

    /// <summary>Counties whose households were counted but which had no descriptor, so no de-capping assessment.</summary>
    public long CountiesWithoutDescriptor { get; init; }

    /// <summary>Household records whose id repeated an earlier one's (counted apart).</summary>
    public long RepeatedHouseholds { get; init; }

    /// <summary>Households whose village code named no village or county (counted apart).</summary>
    public long UnattributedHouseholds { get; init; }

    /// <summary>Rows of the supplementary file that matched no household of the roster.</summary>
    public long UnmatchedSupplementRows { get; init; }
}
