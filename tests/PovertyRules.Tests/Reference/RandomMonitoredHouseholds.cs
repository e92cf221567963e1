using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// Seeded adversarial households for relapse monitoring: the household record of <see cref="RandomHouseholds"/> with
/// incomes clustered on the monitoring line and on the hardship limits, exit flags, and monitoring records whose
/// every field may be missing; a few records are malformed.
/// </summary>
internal sealed class RandomMonitoredHouseholds(int seed)
{
    private readonly Random _random = new(seed);
    private readonly RandomHouseholds _households = new(seed ^ 0x5A5A);

    private bool Chance(double p) => _random.NextDouble() < p;

    private bool? Maybe(double yes = 0.5, double missing = 0.1) => Chance(missing) ? null : Chance(yes);

    private T Pick<T>(params T[] items) => items[_random.Next(items.Length)];

    private decimal Around(decimal threshold) =>
        _random.Next(6) switch
        {
            0 => threshold,
            1 => threshold + 0.01m,
            2 => threshold - 0.01m,
            3 => Math.Round(threshold * 0.5m, 2),
            _ => Math.Round(threshold * (decimal)(0.4 + _random.NextDouble()), 2),
        };

    public Household Next(int index, PolicyProfile profile)
    {
        var household = _households.Next(index, profile);
        var line = profile.MonitoringLine.Value!.Value;
        var year = profile.Year;
        var incomes = new List<AnnualIncome>();
        decimal? last = null;
        for (var y = year - 2; y <= year; y++)
        {
            if (!Chance(y == year ? 0.93 : 0.8))
            {
                continue;
            }

            decimal? net = Chance(0.04) ? null
                : y == year && last is { } before && Chance(0.35) ? Around(Math.Round((1m - profile.HardshipIncomeDropShare.Value) * before, 2))
                : Chance(0.03) ? 0m
                : Around(line);
            incomes.Add(new AnnualIncome { Year = y, PerCapitaNet = net, PerCapitaDisposable = Chance(0.3) ? null : Around(line) });
            if (y == year - 1)
            {
                last = net;
            }
        }

        var members = Math.Max(household.Members.Count, 1);
        decimal? expenses = Chance(0.1) ? null
            : Chance(0.005) ? -1m
            : last is { } l && Chance(0.5) ? Around(Math.Round(profile.HardshipExpenseShare.Value * l * members, 2))
            : Pick(0m, 500m, 12000m, 30000m);
        var identified = Chance(0.4) ? (DateOnly?)new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28)) : null;
        var eliminated = Maybe(0.4, 0.2);
        var record = Chance(0.08) ? null : new MonitoringRecord
        {
            EverRegistered = Maybe(0.75, 0.1),
            RecordedCategory = Chance(0.5) ? null : Chance(0.003) ? (MonitoringCategory)9 : Pick(MonitoringCategory.UnstableExited, MonitoringCategory.MarginalAtRisk, MonitoringCategory.SuddenHardship),
            RiskRecorded = Maybe(0.2, 0.1),
            RiskEliminated = eliminated,
            RiskIdentifiedOn = identified,
            RiskEliminatedOn = eliminated == true && identified is { } from && Chance(0.8) ? from.AddDays(Chance(0.02) ? -1 : _random.Next(400)) : null,
            UnavoidableExpenses = expenses,
        };
        ExitFlag? flag = Chance(0.08) ? null : Pick(ExitFlag.ExitedWithSupport, ExitFlag.ExitedWithoutSupport, ExitFlag.ExitedWithSupport, ExitFlag.NotExited, ExitFlag.Relapsed, ExitFlag.ExitPlanned);
        if (record?.EverRegistered == false && Chance(0.97))
        {
            flag = null;
        }

        return household with
        {
            Income = incomes,
            ExitFlag = flag,
            Monitoring = record,
            SafeDrinkingWater = Chance(0.1) ? null : Chance(0.9),
        };
    }
}
