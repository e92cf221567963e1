using PovertyRules.Policy;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Tests.Packs;

/// <summary>A pack that reuses a national rule id: the engine must refuse it.</summary>
public sealed class NationalIdPack : HouseholdRulePack<NationalIdPack.Data, PackSection>
{
    /// <inheritdoc />
    public override string Section => "national-id";

    /// <inheritdoc />
    public override IReadOnlyList<PackCriterion<Data, PackSection>> Criteria { get; } =
        [new("HH-INCOME", "Income (again)", "收入（重复）", PackCriterionRole.ExitCriterion, _ => new CriterionEvidence("-", "-", null, "-", false))];

    /// <inheritdoc />
    public override PackSection ReadParameters(PackSection section) => section;

    /// <summary>The pack's (empty) record.</summary>
    public sealed record Data;
}
