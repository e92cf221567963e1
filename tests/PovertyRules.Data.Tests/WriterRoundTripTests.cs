using System.Text.Json;
using Parquet;
using Parquet.Schema;
using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.RollUp;
using Sylvan.Data.Csv;

namespace PovertyRules.Data.Tests;

/// <summary>Read → assess → write → read the written results back: the same statuses, findings and counts.</summary>
public sealed class WriterRoundTripTests
{
    private static readonly PovertyRulesEngine Engine = new();
    private static readonly string BadId = Samples.Id("19700101", true, 7)[..17] + (Samples.Id("19700101", true, 7)[17] == '0' ? '1' : '0');

    public static TheoryData<ResultFormat, ResultLayout> Writers => new()
    {
        { ResultFormat.Csv, ResultLayout.OneRowPerRecord },
        { ResultFormat.Csv, ResultLayout.OneRowPerFinding },
        { ResultFormat.JsonLines, ResultLayout.OneRowPerRecord },
        { ResultFormat.JsonLines, ResultLayout.OneRowPerFinding },
        { ResultFormat.Parquet, ResultLayout.OneRowPerRecord },
        { ResultFormat.Parquet, ResultLayout.OneRowPerFinding },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Results_written_and_read_back_have_the_same_statuses_findings_and_counts(ResultFormat format, ResultLayout layout)
    {
        var export = Samples.Write("roster.csv",
        [
            .. File.ReadAllLines(Samples.Path("roster-utf8-codes.csv")),
            $"赣州市,宁都县,样例镇,360730101203,9999,,测试,{BadId},1,01,1,03,01,01,01,0,1,01,01,0,0,1,4000,,",
        ]);
        var options = Samples.Options with { SupplementPath = Samples.Path("supplement.csv"), Assumptions = [Samples.FourCategoriesChecked] };
        var output = Path.Combine(Path.GetDirectoryName(export)!, "results." + format);
        List<HouseholdAssessment> assessed;
        HierarchyAssessment hierarchy;
        using (var reader = RosterReader.Open(export, options))
        using (var writer = AssessmentWriter.Create(output, new ResultWriterOptions { Format = format, Layout = layout, RowGroupSize = 3 }))
        {
            assessed = [.. writer.WriteAll(reader.Track(Engine.AssessMany(reader, Samples.Profile)))];
            hierarchy = Engine.AssessHierarchy(assessed, [new Model.Village { Code = "360730101201", RuralPopulation = 400 }], [], Samples.Profile);
            foreach (var village in hierarchy.Counties.SelectMany(c => c.Villages))
            {
                writer.Write(village);
            }

            reader.Summary.Reconciles.Should().BeTrue();
        }

        var rows = ReadBack(output, format);

        var households = rows.Where(r => r["level"] == "household").ToList();
        var expectedRows = layout == ResultLayout.OneRowPerRecord ? assessed.Count : assessed.Sum(a => Math.Max(1, a.Findings.Count));
        households.Should().HaveCount(expectedRows);
        households.GroupBy(r => r["id"]).Select(g => (g.Key, g.First()["status"])).Should().Equal(assessed.Select(a => (a.HouseholdId, (string?)a.Status.ToString())));
        households.GroupBy(r => r["id"]).Select(g => g.First().GetValueOrDefault("failed")).Should().Equal(assessed.Select(a => a.FailedCriteria.Count == 0 ? null : string.Join(';', a.FailedCriteria)));
        households.Should().AllSatisfy(r =>
        {
            r["profile_id"].Should().Be("CN-2019");
            r["parameter_hash"].Should().Be(assessed[0].Receipt.ParameterHash);
            r["rule_set_version"].Should().Be(Engine.RuleSetVersion);
        });
        households.Where(r => r["status"] != "InvalidInput").Should().AllSatisfy(r => r["assumptions"].Should().Be("four-categories-checked"));
        households.GroupBy(r => r["id"]).Select(g => g.First().GetValueOrDefault("distance")).Should().Equal(assessed.Select(a => a.DistanceToExit().Summary));
        households.Select(r => r.GetValueOrDefault("distance")).Should().Contain(d => d != null && d.StartsWith("HH-", StringComparison.Ordinal), "the sample has households that remain poor");
        var invalid = households.Single(r => r["status"] == "InvalidInput");
        invalid["errors"].Should().StartWith("roster.csv:20 [证件号码]: Members[0].IdNumber: " + Model.PersonalIdNumber.Mask(BadId));
        invalid["errors"].Should().NotContain(BadId);
        if (layout == ResultLayout.OneRowPerFinding)
        {
            households.Where(r => r.GetValueOrDefault("rule_id") is not null).Select(r => (r["id"], r["rule_id"], r["outcome"])).Should().Equal(
                assessed.SelectMany(a => a.Findings.Select(f => (a.HouseholdId, (string?)f.RuleId, (string?)f.Outcome.ToString()))));
        }

        rows.Where(r => r["level"] == "village").Select(r => r["status"]).Distinct().Should().Equal(hierarchy.Counties[0].Villages[0].Status.ToString());
        rows.Where(r => r["level"] == "village").Select(r => r.GetValueOrDefault("distance")).Distinct().Should().Equal(hierarchy.Counties[0].Villages[0].DistanceToExit().Summary);
        rows.SelectMany(r => r.Values).Should().NotContain(v => v != null && (v.Contains("赵大山", StringComparison.Ordinal) || v.Contains("360730196803120037", StringComparison.Ordinal)));
    }

    private static List<Dictionary<string, string?>> ReadBack(string path, ResultFormat format)
    {
        var rows = new List<Dictionary<string, string?>>();
        switch (format)
        {
            case ResultFormat.Csv:
                using (var csv = CsvDataReader.Create(path))
                {
                    while (csv.Read())
                    {
                        rows.Add(Enumerable.Range(0, csv.FieldCount).ToDictionary(csv.GetName, i => csv.GetString(i) is { Length: > 0 } s ? s : null));
                    }
                }

                break;
            case ResultFormat.JsonLines:
                foreach (var line in File.ReadLines(path))
                {
                    rows.Add(JsonSerializer.Deserialize<Dictionary<string, string?>>(line)!);
                }

                break;
            default:
                using (var stream = File.OpenRead(path))
                {
                    var parquet = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
                    var fields = parquet.Schema.GetDataFields();
                    for (var g = 0; g < parquet.RowGroupCount; g++)
                    {
                        using var group = parquet.OpenRowGroupReader(g);
                        var columns = fields.Select(f => Read(group, f)).ToList();
                        for (var i = 0; i < group.RowCount; i++)
                        {
                            rows.Add(fields.Select((f, c) => (f.Name, columns[c][i])).ToDictionary(x => x.Name, x => x.Item2));
                        }
                    }

                    parquet.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }

                break;
        }

        foreach (var row in rows)
        {
            foreach (var key in row.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
            {
                row.Remove(key);
            }
        }

        return rows;
    }

    private static string?[] Read(ParquetRowGroupReader group, DataField field)
    {
        var values = new string?[group.RowCount];
        group.ReadAsync(field, values.AsMemory(), null, default).AsTask().GetAwaiter().GetResult();
        return values;
    }
}
