using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Support;

/// <summary>One compiled engine for the whole test run, as a process would hold it.</summary>
internal static class Engine
{
    public static PovertyRulesEngine Instance { get; } = new();

    public static PolicyProfile National2016 => PolicyProfiles.National(2016);

    public static HouseholdAssessment Assess(Household household, PolicyProfile? profile = null) =>
        Instance.Assess(household, profile ?? National2016);

    public static Finding Finding(this HouseholdAssessment assessment, string ruleId) =>
        assessment.Findings.Single(f => f.RuleId == ruleId);

    public static Outcome OutcomeOf(this HouseholdAssessment assessment, string ruleId) => assessment.Finding(ruleId).Outcome;
}
