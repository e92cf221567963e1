using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Policy;

namespace PovertyRules.Rules.Village;

/// <summary>公告退出 — the delisting was announced after the notice.</summary>
[Name(Id)]
[Description("贫困村退出程序 (中办发〔2016〕16号 三(二)): 公示无异议后，公告退出 — the delisting is announced")]
[Tag(RuleTags.VillageProcedure)]
public sealed class DelistingAnnouncementStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "VIL-PROC-ANNOUNCEMENT";

    internal static readonly Criterion<VillageFact> Criterion =
        new(Id, CriterionKind.ProcedureStep, "Delisting announced", "公告退出", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        VillageFact village = default!;

        When()
            .Match(() => village, v => Step(v) != true);
        Then()
            .Do(_ => village.Record(Criterion, Step(village) == false ? Verdict.NotMet : Verdict.Unknown));
    }

    private static bool? Step(VillageFact fact) => fact.Village.Procedure?.Announced;

    private static Evidence Explain(VillageFact fact) =>
        new(
            Step(fact) switch { true => "done", false => "not done", null => "not recorded (Procedure.Announced)" },
            "done",
            null,
            Citations.VillageProcedure,
            true);
}
