using System.Runtime.CompilerServices;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.Accountability;

namespace PovertyRules.Assessment;

// Cadre accountability. Its rule set is compiled on first use, so that an engine which only assesses never pays for it.
public sealed partial class PovertyRulesEngine
{
    private readonly Lazy<LevelRuleSet<AccountabilityFact>> _accountabilityRules = new(() => new LevelRuleSet<AccountabilityFact>(AccountabilityCriteria.Catalog));
    private readonly ConditionalWeakTable<PolicyProfile, AssessmentPipeline<CountyAccountability?, AccountabilityFact, AccountabilityAssessment>> _accountability = [];

    /// <summary>The cadre accountability rules with their ids, clauses and tags (compiled on first use).</summary>
    public IReadOnlyList<RuleInfo> AccountabilityRules => _accountabilityRules.Value.Rules;

    /// <summary>
    /// Checks one county's cadre accountability under <paramref name="profile"/>: no transfer of its party secretary or
    /// county head before de-capping (except at a general term change or in documented special circumstances), no
    /// year's reduction target missed (一票否决), every poor village with a resident task force and every poor household
    /// with a responsible helper; and whether each leader is flagged for priority in promotion (the profile's grade in
    /// its number of consecutive years).
    /// </summary>
    /// <returns>
    /// The result; a malformed record (e.g. a year recorded twice) gives status
    /// <see cref="AccountabilityStatus.InvalidInput"/> with the fields and reasons, it does not throw.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="county"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public AccountabilityAssessment AssessAccountability(CountyAccountability county, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(county);
        return Accountability(profile).AssessOne(county);
    }

    /// <summary>
    /// Checks the cadre accountability of many counties under <paramref name="profile"/>, in input order: records in =
    /// results out (a null or malformed record gets status <see cref="AccountabilityStatus.InvalidInput"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="counties"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable (the message lists every problem).</exception>
    public IReadOnlyList<AccountabilityAssessment> AssessAccountability(IEnumerable<CountyAccountability?> counties, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(counties);
        return Array.AsReadOnly(Accountability(profile).AssessAll([.. counties]));
    }

    private AssessmentPipeline<CountyAccountability?, AccountabilityFact, AccountabilityAssessment> Accountability(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return _accountability.GetValue(profile, p =>
        {
            ProfileValidator.EnsureValid(p);
            var parameters = new AccountabilityParameters(p);
            var rules = _accountabilityRules.Value;
            var receipt = new Receipt(p.Id, ReceiptFactory.AccountabilityParameterHash(p), rules.Version);
            return new AssessmentPipeline<CountyAccountability?, AccountabilityFact, AccountabilityAssessment>(
                rules,
                AccountabilityValidator.Validate,
                record => new AccountabilityFact(record!, parameters),
                (_, fact) => new AccountabilityAssessment(fact, receipt),
                (record, errors) => AccountabilityAssessment.Invalid(record, errors, receipt));
        });
    }
}
