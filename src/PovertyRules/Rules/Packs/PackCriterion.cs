namespace PovertyRules.Rules.Packs;

/// <summary>
/// A criterion a rule pack adds to the household assessment: its id (the <c>[Name]</c> of the pack's NRules rule that
/// judges it), names, role and explanation. A criterion whose rule records nothing for a household is met.
/// </summary>
/// <typeparam name="TData">The pack's extension data of a household.</typeparam>
/// <typeparam name="TParameters">The pack's parameters, read from its profile section.</typeparam>
public sealed class PackCriterion<TData, TParameters> : IPackCriterion
    where TData : class
    where TParameters : class
{
    private readonly Func<HouseholdCheck<TData, TParameters>, CriterionEvidence> _explain;

    /// <param name="id">The rule id, unique across the engine's rules (e.g. <c>GX-HOUSING-AREA</c>).</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="role">Whether it joins the exit decision or is reported only.</param>
    /// <param name="explain">The evidence for a household, whatever its outcome.</param>
    /// <exception cref="ArgumentException">A name or the id is blank.</exception>
    public PackCriterion(string id, string nameEn, string nameZh, PackCriterionRole role, Func<HouseholdCheck<TData, TParameters>, CriterionEvidence> explain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameZh);
        ArgumentNullException.ThrowIfNull(explain);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "expected ExitCriterion or ReportOnly");
        }

        Id = id;
        NameEn = nameEn;
        NameZh = nameZh;
        Role = role;
        _explain = explain;
    }

    /// <summary>The rule id.</summary>
    public string Id { get; }

    /// <summary>The English name.</summary>
    public string NameEn { get; }

    /// <summary>The Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>Whether it joins the exit decision.</summary>
    public PackCriterionRole Role { get; }

    CriterionEvidence IPackCriterion.Explain(PackCheck check) => _explain((HouseholdCheck<TData, TParameters>)check);
}
