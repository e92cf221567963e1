using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Data.Tests;

public sealed class MonitoringColumnsTests
{
    private const string Header = Samples.CodeHeader + ",易返贫致贫户(监测对象)类型,风险是否消除,风险识别时间,风险消除时间";

    private static readonly RosterOptions Options2021 = new() { IncomeYear = 2021, VillageCodes = Samples.VillageCodes };

    private static string Row(string id, string income, string monitoring) =>
        $"{id},360730101201,1,{Samples.Id("19700101", male: true, sequence: id[^1] - '0')},01,01,01,01,6,1,0,1,{income},{monitoring}";

    [Fact]
    public void The_post_2020_monitoring_columns_are_read_by_code_and_by_label()
    {
        var path = Samples.Write("monitoring.csv",
        [
            Header,
            Row("H1", "5000", "1,否,2021-03-15,"),
            Row("H2", "9000", "边缘易致贫户,是,2021-03-15,2021-11-30"),
            Row("H3", "9000", ",,,"),
        ]);

        var households = Samples.Read(path, Options2021);

        households.Should().AllSatisfy(h => h.ReadErrors.Should().BeEmpty());
        households[0].Monitoring.Should().Be(new MonitoringRecord
        {
            RecordedCategory = MonitoringCategory.UnstableExited,
            RiskEliminated = false,
            RiskIdentifiedOn = new DateOnly(2021, 3, 15),
            RiskRecorded = true,
        });
        households[1].Monitoring!.RecordedCategory.Should().Be(MonitoringCategory.MarginalAtRisk);
        households[1].Monitoring!.RiskEliminatedOn.Should().Be(new DateOnly(2021, 11, 30));
        households[1].Monitoring!.RiskRecorded.Should().BeFalse("its risk is marked eliminated");
        households[2].Monitoring.Should().Be(new MonitoringRecord { RiskRecorded = false }, "an empty identification date under the column is no risk");
    }

    [Fact]
    public void An_export_without_monitoring_columns_has_no_monitoring_record()
    {
        var path = Samples.Write("no-monitoring.csv", [Samples.CodeHeader, $"H1,360730101201,1,{Samples.Id("19700101", male: true)},01,01,01,01,6,1,0,1,5000"]);

        Samples.Read(path, Options2021).Single().Monitoring.Should().BeNull();
    }

    [Fact]
    public void An_unknown_category_code_or_a_bad_date_is_a_read_error_naming_the_column()
    {
        var path = Samples.Write("monitoring-bad.csv", [Header, Row("H1", "5000", "7,否,2021-13-01,")]);

        var errors = Samples.Read(path, Options2021).Single().ReadErrors;

        errors.Should().Contain(e => e.Field == "Monitoring.RecordedCategory" && e.Location!.Column == "易返贫致贫户(监测对象)类型" && e.Reason.Contains("脱贫不稳定户"));
        errors.Should().Contain(e => e.Field == "Monitoring.RiskIdentifiedOn" && e.Reason.Contains("not a date"));
    }

    [Fact]
    public void A_read_household_with_a_recorded_risk_is_classified_by_the_monitoring_rules()
    {
        var path = Samples.Write("monitoring-engine.csv", [Header, Row("H1", "9000", "1,否,2021-03-15,")]);
        var household = Samples.Read(path, Options2021).Single() with { ExitFlag = ExitFlag.ExitedWithSupport };

        var result = new PovertyRulesEngine().Monitor(household, PolicyProfiles.Find("CN-2021")!);

        result.Risks.Should().Contain("MON-UNSTABLE-RISK");
        result.RecordedCategory.Should().Be(MonitoringCategory.UnstableExited);
    }
}
