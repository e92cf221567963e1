using PovertyRules.Rules;
using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Assessment;

/// <summary>Turns fired data-quality facts into per-record results and counts each check's defects over the run.</summary>
internal sealed class DataQualitySummary(int applicable)
{
    private readonly IReadOnlyList<DataQualityCriterion> _checks = DataQualityCriteria.All;
    private readonly int[] _findings = new int[DataQualityCriteria.All.Count];
    private readonly int[] _records = new int[DataQualityCriteria.All.Count];
    private readonly int[] _unchecked = new int[DataQualityCriteria.All.Count];
    private readonly List<DataQualityFinding>[] _first = [.. DataQualityCriteria.All.Select(_ => new List<DataQualityFinding>())];

    /// <summary>The result of a record that could not be checked.</summary>
    public static HouseholdQuality Unchecked(int index, Model.Household? household, IReadOnlyList<InputError> errors) => new()
    {
        Index = index,
        HouseholdId = household?.Id,
        Source = household?.Source,
        Findings = [],
        Unchecked = [],
        InputErrors = errors,
    };

    /// <summary>The result of a fired fact, counted into the run's summary.</summary>
    public HouseholdQuality Add(int index, DataQualityFact fact)
    {
        var household = fact.Household;
        if (fact.Failure is { } failure)
        {
            return Unchecked(index, household, [new InputError("(data-quality rules)", failure) { Location = household.Source }]);
        }

        var verdicts = DataQualityCriteria.Catalog.Verdicts(fact);
        var findings = new List<DataQualityFinding>();
        for (var i = 0; i < _checks.Count; i++)
        {
            var bit = 1 << i;
            if ((verdicts.Unknown & bit) != 0)
            {
                _unchecked[i]++;
            }

            if ((verdicts.NotMet & bit) == 0)
            {
                continue;
            }

            _records[i]++;
            foreach (var finding in _checks[i].Findings(fact))
            {
                findings.Add(finding);
                _findings[i]++;
                if (_first[i].Count < DataQualityReport.FirstFindingsKept)
                {
                    _first[i].Add(finding);
                }
            }
        }

        return new HouseholdQuality
        {
            Index = index,
            HouseholdId = household.Id,
            Source = household.Source,
            Findings = findings,
            Unchecked = DataQualityCriteria.Catalog.Ids(verdicts.Unknown),
            InputErrors = [],
        };
    }

    /// <summary>One summary per applicable check, in check order.</summary>
    public IReadOnlyList<DataQualityRuleSummary> Rules()
    {
        var rules = new List<DataQualityRuleSummary>();
        for (var i = 0; i < _checks.Count; i++)
        {
            if ((applicable & (1 << i)) == 0)
            {
                continue;
            }

            var check = _checks[i];
            rules.Add(new DataQualityRuleSummary
            {
                RuleId = check.Id,
                Severity = check.Severity,
                NameEn = check.NameEn,
                NameZh = check.NameZh,
                Findings = _findings[i],
                Records = _records[i],
                Unchecked = _unchecked[i],
                FirstFindings = _first[i],
            });
        }

        return rules;
    }
}
