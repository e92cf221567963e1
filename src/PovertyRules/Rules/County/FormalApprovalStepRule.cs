using NRules.Fluent.Dsl;
using PovertyRules.Model;

namespace PovertyRules.Rules.County;

/// <summary>省级政府正式批准退出 — the provincial government formally approved the exit (step 6 of 6).</summary>
[Name(Id)]
[Description("贫困县退出程序 (中办发〔2016〕16号 三(三)): 对符合退出条件的贫困县，由省级政府正式批准退出 — the provincial government formally approves the exit")]
[Tag(RuleTags.CountyProcedure)]
public sealed class FormalApprovalStepRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-PROC-FORMAL-APPROVAL";

    internal static readonly Criterion<CountyFact> Criterion =
        DecappingSteps.Criterion(Id, "Formal approval by the province", "省级政府正式批准退出", Done, nameof(DecappingProcedureRecord.ProvinceFormalApproval));

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Done(c) != true);
        Then()
            .Do(_ => county.Record(Criterion, DecappingSteps.Verdict(Done(county))));
    }

    private static bool? Done(CountyFact fact) => fact.County.Procedure?.ProvinceFormalApproval;
}
