using PovertyRules.Policy;

namespace PovertyRules.Rules.Household;

/// <summary>The verdict and evidence shared by the yes/no steps of the exit procedure.</summary>
internal static class ProcedureSteps
{
    public static Verdict Verdict(bool? done) =>
        done switch
        {
            true => Rules.Verdict.Met,
            false => Rules.Verdict.NotMet,
            null => Rules.Verdict.Unknown,
        };

    public static Evidence Explain(bool? done, string field) =>
        new(
            done switch { true => "done", false => "not done", null => $"not recorded (ExitProcedure.{field})" },
            "done",
            null,
            Citations.ExitMechanismHouseholdProcedure,
            true);
}
