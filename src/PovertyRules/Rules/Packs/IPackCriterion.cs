namespace PovertyRules.Rules.Packs;

/// <summary>A pack criterion as the engine handles it, whatever the pack's types.</summary>
internal interface IPackCriterion
{
    string Id { get; }

    string NameEn { get; }

    string NameZh { get; }

    PackCriterionRole Role { get; }

    CriterionEvidence Explain(PackCheck check);
}
