using PovertyRules.Assessment;

namespace PovertyRules.RollUp;

/// <summary>One county of a roll-up: its assessment (if described), its villages and its households. Immutable.</summary>
public sealed class CountyResult
{
    internal CountyResult(
        string code, CountyAssessment? assessment, IReadOnlyList<VillageAssessment> villages, IReadOnlyList<HouseholdTally> undescribedVillages, HouseholdTally households)
    {
        Code = code;
        Assessment = assessment;
        Villages = villages;
        UndescribedVillages = undescribedVillages;
        Households = households;
    }

    /// <summary>The 6-digit county code.</summary>
    public string Code { get; }

    /// <summary>The county's de-capping assessment; <c>null</c> when no county descriptor has this code.</summary>
    public CountyAssessment? Assessment { get; }

    /// <summary>The assessments of the county's described villages, in code order.</summary>
    public IReadOnlyList<VillageAssessment> Villages { get; }

    /// <summary>
    /// Households in villages of the county that have no descriptor (e.g. poor households in villages not on the
    /// list), one tally per village code: they count for the county's incidence.
    /// </summary>
    public IReadOnlyList<HouseholdTally> UndescribedVillages { get; }

    /// <summary>Every household counted for the county.</summary>
    public HouseholdTally Households { get; }

    /// <summary><c>code: status, N villages</c>.</summary>
    public override string ToString() =>
        $"{Code}: {(Assessment is null ? "no county descriptor" : Assessment.Status.ToString())}, {Villages.Count} villages, {Households}";
}
