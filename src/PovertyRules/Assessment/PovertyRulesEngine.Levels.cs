using System.Runtime.CompilerServices;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Village;

namespace PovertyRules.Assessment;

// Village delisting and county de-capping. Their rule sets are compiled on first use, so that an engine which only
// assesses households never pays for them.
public sealed partial class PovertyRulesEngine
{
    private readonly Lazy<LevelRuleSet<VillageFact>> _villageRules = new(() => new LevelRuleSet<VillageFact>(VillageCriteria.Catalog));
    private readonly Lazy<LevelRuleSet<CountyFact>> _countyRules = new(() => new LevelRuleSet<CountyFact>(CountyCriteria.Catalog));
    private readonly ConditionalWeakTable<PolicyProfile, AssessmentPipeline<LevelInput<Village>, VillageFact, VillageAssessment>> _villages = [];
    private readonly ConditionalWeakTable<PolicyProfile, AssessmentPipeline<LevelInput<County>, CountyFact, CountyAssessment>> _counties = [];

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
        return Villages(profile).AssessOne(new LevelInput<Village>(village));
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
        return Counties(profile).AssessOne(new LevelInput<County>(county));
    }

    /// <summary>Assesses villages (with their roll-up counts, if any) under <paramref name="profile"/>, in input order.</summary>
    internal VillageAssessment[] AssessVillages(IReadOnlyList<LevelInput<Village>> inputs, PolicyProfile profile) =>
        Villages(profile).AssessAll(inputs);

    /// <summary>Assesses counties (with their roll-up counts, if any) under <paramref name="profile"/>, in input order.</summary>
    internal CountyAssessment[] AssessCounties(IReadOnlyList<LevelInput<County>> inputs, PolicyProfile profile) =>
        Counties(profile).AssessAll(inputs);

    /// <summary>Checks <paramref name="profile"/> and prepares its village and county assessment, so that a bad profile fails before any record is read.</summary>
    internal void PrepareLevels(PolicyProfile profile)
    {
        Villages(profile);
        Counties(profile);
    }

    private AssessmentPipeline<LevelInput<Village>, VillageFact, VillageAssessment> Villages(PolicyProfile profile) =>
        Pipeline(_villages, profile, _villageRules, p => new VillageParameters(p), VillageValidator.Validate, (v, n, p) => new VillageFact(v, n, p),
            (fact, receipt, tally) => new VillageAssessment(fact, receipt, tally), VillageAssessment.Invalid);

    private AssessmentPipeline<LevelInput<County>, CountyFact, CountyAssessment> Counties(PolicyProfile profile) =>
        Pipeline(_counties, profile, _countyRules, p => new CountyParameters(p), CountyValidator.Validate, (c, n, p) => new CountyFact(c, n, p),
            (fact, receipt, tally) => new CountyAssessment(fact, receipt, tally), CountyAssessment.Invalid);

    /// <summary>The level's pipeline under <paramref name="profile"/>, made once per profile: its parameters, receipt and rule set.</summary>
    private static AssessmentPipeline<LevelInput<TRecord>, TFact, TAssessment> Pipeline<TRecord, TFact, TParameters, TAssessment>(
        ConditionalWeakTable<PolicyProfile, AssessmentPipeline<LevelInput<TRecord>, TFact, TAssessment>> cache,
        PolicyProfile profile,
        Lazy<LevelRuleSet<TFact>> rules,
        Func<PolicyProfile, TParameters> resolve,
        Func<TRecord?, IReadOnlyList<InputError>> validate,
        Func<TRecord, int, TParameters, TFact> build,
        Func<TFact, Receipt, HouseholdTally?, TAssessment> conclude,
        Func<TRecord?, IReadOnlyList<InputError>, Receipt, HouseholdTally?, TAssessment> invalid)
        where TRecord : class
        where TFact : LevelFact
    {
        ArgumentNullException.ThrowIfNull(profile);
        return cache.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            var parameters = resolve(p);
            var receipt = new Receipt(p.Id, ReceiptFactory.ParameterHash(p), rules.Value.Version);
            return new AssessmentPipeline<LevelInput<TRecord>, TFact, TAssessment>(
                rules.Value,
                input => validate(input.Record),
                input => build(input.Record!, input.UnassessedHouseholds, parameters),
                (input, fact) => conclude(fact, receipt, input.Households),
                (input, errors) => invalid(input.Record, errors, receipt, input.Households));
        });
    }
}
