using PovertyRules.Evaluation;
using PovertyRules.Policy;

namespace PovertyRules.Rules.County;

/// <summary>The criterion, verdict and evidence shared by the six yes/no steps of the de-capping procedure.</summary>
internal static class DecappingSteps
{
    public static Criterion<CountyFact> Criterion(string id, string nameEn, string nameZh, Func<CountyFact, bool?> done, string field) =>
        new(id, CriterionKind.ProcedureStep, nameEn, nameZh, fact => Explain(done(fact), field));

    public static Verdict Verdict(bool? done) => done == false ? Rules.Verdict.NotMet : done == true ? Rules.Verdict.Met : Rules.Verdict.Unknown;

    private static Evidence Explain(bool? done, string field) =>
        new(
            done switch { true => "done", false => "not done", null => $"not recorded (Procedure.{field})" },
            "done",
            null,
            Citations.CountyProcedure,
            true);
}
