using System.Runtime.CompilerServices;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules;

namespace PovertyRules.Evaluation;

// Village delisting, county de-capping and the household → village → county roll-up. Their rule sets are compiled on
// first use, so that an engine which only assesses households never pays for them.
public sealed partial class PovertyRulesEngine
{
    private readonly Lazy<LevelRuleSet<VillageFact>> _villageRules = new(() => new LevelRuleSet<VillageFact>(VillageCriteria.Catalog.RuleTypes));
    private readonly Lazy<LevelRuleSet<CountyFact>> _countyRules = new(() => new LevelRuleSet<CountyFact>(CountyCriteria.Catalog.RuleTypes));
    private readonly ConditionalWeakTable<PolicyProfile, VillageParameters> _villageParameters = [];
    private readonly ConditionalWeakTable<PolicyProfile, CountyParameters> _countyParameters = [];

    /// <summary>The village delisting rules with their ids, clauses and tags (compiled on first use).</summary>
    public IReadOnlyList<RuleInfo> VillageRules => _villageRules.Value.Rules;

    /// <summary>The county de-capping rules with their ids, clauses and tags (compiled on first use).</summary>
    public IReadOnlyList<RuleInfo> CountyRules => _countyRules.Value.Rules;

    /// <summary>Whether the village or county rule set has been compiled (they are compiled on first use).</summary>
    internal bool LevelRulesCompiled => _villageRules.IsValueCreated || _countyRules.IsValueCreated;

    /// <summary>Assesses one village for delisting under <paramref name="profile"/>, from its recorded figures.</summary>
    /// <returns>
    /// The assessment; a malformed record (e.g. a rural population of 0) gives status
    /// <see cref="VillageStatus.InvalidInput"/> with the fields and reasons, it does not throw.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="village"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public VillageAssessment AssessVillage(Village village, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(village);
        return AssessVillages([new VillageInput(village, 0, null)], ResolveVillage(profile))[0];
    }

    /// <summary>Assesses one county for de-capping under <paramref name="profile"/>, from its recorded figures and sample.</summary>
    /// <returns>
    /// The assessment; a malformed record gives status <see cref="CountyStatus.InvalidInput"/> with the fields and
    /// reasons, it does not throw.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="county"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public CountyAssessment AssessCounty(County county, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(county);
        return AssessCounties([new CountyInput(county, 0, null)], ResolveCounty(profile))[0];
    }

    /// <summary>
    /// Assesses households, then their villages and counties, under <paramref name="profile"/>: one streaming pass
    /// over <paramref name="households"/> counts each village's and county's remaining poor people, whose incidence
    /// the village and county rule sets then test. Memory grows with the number of villages, not of households.
    /// </summary>
    /// <param name="households">The register's households, read once, lazily.</param>
    /// <param name="villages">The villages to assess for delisting (read before the households).</param>
    /// <param name="counties">The counties to assess for de-capping (read before the households).</param>
    /// <param name="profile">The policy profile.</param>
    /// <param name="options">Batching and parallelism of the household pass.</param>
    /// <remarks>
    /// The counting rule is <see cref="HouseholdTally.CountsAsRemainingPoor"/>. Counted figures replace recorded ones:
    /// a village's or county's remaining poor people come from its households, a county's listed villages remaining
    /// from its village assessments. Nothing vanishes: households of villages without a descriptor count for their
    /// county and are listed in <see cref="CountyResult.UndescribedVillages"/>; households, villages and counties of a
    /// county without a descriptor form a result without an assessment; households with an unusable village code are
    /// in <see cref="HierarchyAssessment.Unattributed"/>; null, malformed-code and duplicate descriptors are rejected
    /// with their reasons.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable.</exception>
    public HierarchyAssessment AssessHierarchy(
        IEnumerable<Household?> households, IEnumerable<Village?> villages, IEnumerable<County?> counties, PolicyProfile profile, BulkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        var villageParameters = ResolveVillage(profile);
        var countyParameters = ResolveCounty(profile);
        var rollUp = new RollUp(villages, counties);
        rollUp.Count(AssessMany(households, profile, options), expected: null);
        return rollUp.Assess(this, villageParameters, countyParameters);
    }

    /// <summary>
    /// Rolls up household assessments made earlier (e.g. by <see cref="AssessMany"/> while writing them out) and
    /// assesses the villages and counties; otherwise as the overload that takes households.
    /// </summary>
    /// <param name="assessments">Household assessments made under <paramref name="profile"/>, read once, never held.</param>
    /// <param name="villages">The villages to assess for delisting.</param>
    /// <param name="counties">The counties to assess for de-capping.</param>
    /// <param name="profile">The policy profile the households were assessed under.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or the stream holds a null assessment.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="profile"/> is not usable, or an assessment was made under another profile (its receipt names it).
    /// </exception>
    public HierarchyAssessment AssessHierarchy(
        IEnumerable<HouseholdAssessment> assessments, IEnumerable<Village?> villages, IEnumerable<County?> counties, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        var villageParameters = ResolveVillage(profile);
        var countyParameters = ResolveCounty(profile);
        var rollUp = new RollUp(villages, counties);
        rollUp.Count(assessments, expected: villageParameters.Receipt);
        return rollUp.Assess(this, villageParameters, countyParameters);
    }

    internal VillageAssessment[] AssessVillages(IReadOnlyList<VillageInput> inputs, VillageParameters parameters)
    {
        var results = new VillageAssessment[inputs.Count];
        var facts = new List<VillageFact>(inputs.Count);
        var slots = new int[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var (village, unassessed, tally) = inputs[i];
            var errors = VillageValidator.Validate(village);
            if (errors.Count > 0)
            {
                results[i] = VillageAssessment.Invalid(village, errors, parameters.Receipt, tally);
                slots[i] = -1;
                continue;
            }

            slots[i] = facts.Count;
            facts.Add(new VillageFact(village!, unassessed, parameters));
        }

        _villageRules.Value.Run(facts);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (slots[i] >= 0)
            {
                var fact = facts[slots[i]];
                results[i] = fact.Failure is null
                    ? new VillageAssessment(fact, inputs[i].Households)
                    : VillageAssessment.Invalid(fact.Village, [new InputError("(rules)", fact.Failure)], parameters.Receipt, inputs[i].Households);
            }
        }

        return results;
    }

    internal CountyAssessment[] AssessCounties(IReadOnlyList<CountyInput> inputs, CountyParameters parameters)
    {
        var results = new CountyAssessment[inputs.Count];
        var facts = new List<CountyFact>(inputs.Count);
        var slots = new int[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var (county, unassessed, tally) = inputs[i];
            var errors = CountyValidator.Validate(county);
            if (errors.Count > 0)
            {
                results[i] = CountyAssessment.Invalid(county, errors, parameters.Receipt, tally);
                slots[i] = -1;
                continue;
            }

            slots[i] = facts.Count;
            facts.Add(new CountyFact(county!, unassessed, parameters));
        }

        _countyRules.Value.Run(facts);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (slots[i] >= 0)
            {
                var fact = facts[slots[i]];
                results[i] = fact.Failure is null
                    ? new CountyAssessment(fact, inputs[i].Households)
                    : CountyAssessment.Invalid(fact.County, [new InputError("(rules)", fact.Failure)], parameters.Receipt, inputs[i].Households);
            }
        }

        return results;
    }

    internal VillageParameters ResolveVillage(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _villageParameters.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            return new VillageParameters(p, new Receipt(p.Id, ReceiptFactory.ParameterHash(p), _villageRules.Value.Version));
        });
    }

    internal CountyParameters ResolveCounty(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _countyParameters.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            return new CountyParameters(p, new Receipt(p.Id, ReceiptFactory.ParameterHash(p), _countyRules.Value.Version));
        });
    }
}

/// <summary>A village to assess, the households of it whose records were rejected, and its tally in a roll-up.</summary>
internal readonly record struct VillageInput(Village? Village, int UnassessedHouseholds, HouseholdTally? Households);

/// <summary>A county to assess, the households of it whose records were rejected, and its tally in a roll-up.</summary>
internal readonly record struct CountyInput(County? County, int UnassessedHouseholds, HouseholdTally? Households);
