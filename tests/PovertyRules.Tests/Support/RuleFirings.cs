using NRules;
using NRules.Fluent;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;

namespace PovertyRules.Tests.Support;

/// <summary>
/// Compiles the given rules into their own session and records which rules fired for a household, so that tests can
/// pin the engine's "fire only on exceptions" behaviour.
/// </summary>
internal sealed class RuleFirings
{
    private readonly ISessionFactory _factory;

    public RuleFirings(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(ruleTypes));
        _factory = repository.Compile();
    }

    public IReadOnlyList<string> Fire(Household household, PolicyProfile profile)
    {
        var fired = new List<string>();
        var session = _factory.CreateSession();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        var parameters = new HouseholdParameters(profile);
        session.Insert(new HouseholdFact(household, parameters));
        session.Fire();
        return fired;
    }
}
