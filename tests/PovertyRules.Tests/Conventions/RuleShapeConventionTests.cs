using System.Linq.Expressions;
using NRules;
using NRules.Fluent;
using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Accountability;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Household;
using PovertyRules.Rules.Monitoring;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Reference;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Conventions;

public class RuleShapeConventionTests
{
    private static readonly Type[] AllRuleTypes =
        [
            .. HouseholdCriteria.Catalog.RuleTypes, .. VillageCriteria.Catalog.RuleTypes, .. CountyCriteria.Catalog.RuleTypes,
            .. AccountabilityCriteria.Catalog.RuleTypes, .. MonitoringCriteria.Catalog.RuleTypes, .. RiskEliminationCriteria.Catalog.RuleTypes,
        ];

    [Fact]
    public void Every_rule_condition_and_action_reads_fields_the_fact_computed_once()
    {
        var definitions = RuleShape.Definitions(AllRuleTypes);

        definitions.Should().HaveCount(AllRuleTypes.Length);
        definitions.SelectMany(RuleShape.Violations).Should().BeEmpty();
    }

    [Fact]
    public void Every_criterion_unresolved_predicate_reads_fields_the_fact_computed_once()
    {
        IEnumerable<(string Id, LambdaExpression Predicate)> predicates =
        [
            .. HouseholdCriteria.Catalog.All.Select(c => (c.Id, (LambdaExpression)c.Unresolved)),
            .. VillageCriteria.Catalog.All.Select(c => (c.Id, (LambdaExpression)c.Unresolved)),
            .. CountyCriteria.Catalog.All.Select(c => (c.Id, (LambdaExpression)c.Unresolved)),
            .. AccountabilityCriteria.Catalog.All.Select(c => (c.Id, (LambdaExpression)c.Unresolved)),
            .. MonitoringCriteria.Catalog.All.Select(c => (c.Id, (LambdaExpression)c.Unresolved)),
            .. RiskEliminationCriteria.Catalog.All.Select(c => (c.Id, (LambdaExpression)c.Unresolved)),
        ];

        predicates.SelectMany(p => RuleShape.Violations(p.Id, p.Predicate)).Should().BeEmpty();
    }

    [Fact]
    public void A_loop_inside_an_unresolved_predicate_breaks_the_shape()
    {
        Expression<Func<HouseholdFact, bool>> loop = h => h.Household.Members.Any(m => m.Schooling == null);

        RuleShape.Violations("PROBE", loop).Should().Contain(v => v.Contains("calls Enumerable.Any", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_fires_only_on_a_criterion_its_household_does_not_meet()
    {
        var counts = EvaluationsPerHousehold(HouseholdCriteria.Catalog.RuleTypes, seed: 8);
        var notMet = HouseholdCriteria.Catalog.All.ToDictionary(c => c.Id, c => c.NotMet.Compile());

        counts.Actions.Keys.Should().OnlyContain(
            k => notMet[k.Rule]((HouseholdFact)k.Fact), "an unknown criterion is settled after firing, without an activation");
    }

    [Fact]
    public void Every_rule_has_one_condition_and_one_action_that_records_its_verdict()
    {
        foreach (var rule in RuleShape.Definitions(AllRuleTypes))
        {
            RuleShape.Conditions(rule).Should().ContainSingle($"{rule.Name} fires on one test of its criterion");
            RuleShape.Actions(rule).Should().ContainSingle($"{rule.Name} records one verdict")
                .Which.ToString().Should().Contain(nameof(LevelFact.RecordNotMet));
        }
    }

    [Fact]
    public void A_condition_that_only_calls_a_verdict_helper_breaks_the_shape()
    {
        var violations = RuleShape.Definitions([typeof(OldShapeProbeRule)]).SelectMany(RuleShape.Violations).ToList();

        violations.Should().Contain(v => v.Contains("nothing but a call to a helper", StringComparison.Ordinal));
        violations.Should().Contain(v => v.Contains("reads a verdict", StringComparison.Ordinal));
        violations.Should().Contain(v => v.StartsWith("PROBE-OLD-SHAPE: action", StringComparison.Ordinal) && v.Contains("calls OldShapeProbeRule.Test", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_loop_inside_a_condition_breaks_the_shape()
    {
        RuleShape.Definitions([typeof(MemberLoopProbeRule)]).SelectMany(RuleShape.Violations)
            .Should().Contain(v => v.Contains("calls Enumerable.Any", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_household_criterion_is_tested_once_per_household_and_recorded_at_most_once()
    {
        var counts = EvaluationsPerHousehold(HouseholdCriteria.Catalog.RuleTypes, seed: 8);

        counts.Conditions.Should().OnlyContain(c => c.Value == 1, "each rule's condition is evaluated once per household");
        counts.Actions.Should().OnlyContain(a => a.Value == 1, "a firing rule records its verdict once");
        counts.Actions.Should().NotBeEmpty("the random households fail criteria, so some rules fire");
    }

    [Fact]
    public void A_wrapper_rule_computes_its_criterion_twice_for_every_household_it_fires_on()
    {
        OldShapeProbeRule.Computations.Clear();

        var counts = EvaluationsPerHousehold([typeof(OldShapeProbeRule)], seed: 8);

        // What the shape checks rule out: the helper runs in the condition and again in the action.
        counts.Actions.Should().NotBeEmpty();
        foreach (var ((_, fact), _) in counts.Actions)
        {
            OldShapeProbeRule.Computations[(HouseholdFact)fact].Should().Be(2);
        }
    }

    private static (Dictionary<(string Rule, object Fact), int> Conditions, Dictionary<(string Rule, object Fact), int> Actions) EvaluationsPerHousehold(
        IEnumerable<Type> ruleTypes, int seed)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From([.. ruleTypes]));
        var session = repository.Compile().CreateSession();
        var conditions = new Dictionary<(string, object), int>();
        var actions = new Dictionary<(string, object), int>();
        session.Events.LhsExpressionEvaluatedEvent += (_, e) =>
        {
            foreach (var rule in e.Rules)
            {
                var key = (rule.Name, e.Facts.Last().Value!);
                conditions[key] = conditions.GetValueOrDefault(key) + 1;
            }
        };
        session.Events.RhsExpressionEvaluatedEvent += (_, e) =>
        {
            var key = (e.Match.Rule.Name, e.Match.Facts.Single().Value!);
            actions[key] = actions.GetValueOrDefault(key) + 1;
        };
        var profile = Engine.National2016;
        var parameters = new HouseholdParameters(profile);
        var random = new RandomHouseholds(seed);
        var facts = Enumerable.Range(0, 500).Select(i => random.Next(i, profile)).Where(h => HouseholdValidator.Validate(h, profile).Count == 0)
            .Select(h => new HouseholdFact(h!, parameters)).ToList();
        session.InsertAll(facts);
        session.Fire();
        return (conditions, actions);
    }
}
