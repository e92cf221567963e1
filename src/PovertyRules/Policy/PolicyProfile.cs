using System.Collections.Immutable;

namespace PovertyRules.Policy;

/// <summary>
/// Every parameter the rules read, each with its citation and a verified flag, for one assessment year and region.
/// Immutable: derive a changed profile with a <c>with</c> expression, e.g.
/// <c>profile with { YearsAboveLine = new(2, "Provincial draft", Verified: false) }</c>.
/// </summary>
/// <remarks>
/// Built-in profiles come from <see cref="PolicyProfiles"/>; <see cref="ProfileJson"/> loads and saves them as JSON.
/// The rules never hold a policy figure themselves: change a figure here and every rule that reads it follows.
/// </remarks>
public sealed record PolicyProfile
{
    /// <summary>A stable identifier, e.g. <c>CN-2016</c>; results carry it in their receipt.</summary>
    public required string Id { get; init; }

    /// <summary>A human-readable name.</summary>
    public required string Name { get; init; }

    /// <summary>The assessment year: income is tested against this year's line (and earlier years' when required).</summary>
    public required int Year { get; init; }

    /// <summary>The poverty line per year in yuan per person per year (current prices), each with its own citation.</summary>
    public required ImmutableSortedDictionary<int, Parameter<decimal>> PovertyLines { get; init; }

    /// <summary>Which income figure is compared with the line (net or disposable).</summary>
    public required Parameter<IncomeMeasure> IncomeMeasure { get; init; }

    /// <summary>
    /// "Stably above the line": how many consecutive years, ending with the assessment year, income must be strictly
    /// above that year's line. 1 tests the assessment year only.
    /// </summary>
    public required Parameter<int> YearsAboveLine { get; init; }

    /// <summary>Transfer items left out of the income compared with the line.</summary>
    public required Parameter<TransferExclusions> ExcludedTransfers { get; init; }

    /// <summary>
    /// The largest share (0–1) of the tested income that may come from transfers; <c>null</c> for no cap.
    /// A share equal to the cap passes.
    /// </summary>
    public required Parameter<decimal?> MaxTransferShare { get; init; }

    /// <summary>The youngest age of compulsory education, inclusive.</summary>
    public required Parameter<int> CompulsoryEducationFromAge { get; init; }

    /// <summary>The oldest age of compulsory education, inclusive.</summary>
    public required Parameter<int> CompulsoryEducationToAge { get; init; }

    /// <summary>The date on which members' ages are taken (from their birth dates).</summary>
    public required Parameter<DateOnly> AgeReferenceDate { get; init; }

    /// <summary>Whether safe drinking water is a household exit criterion.</summary>
    public required Parameter<bool> SafeDrinkingWaterRequired { get; init; }

    /// <summary>The fewest days the exit must be publicly noticed in the village.</summary>
    public required Parameter<int> MinimumNoticeDays { get; init; }

    /// <summary>Whether village cadres count as payroll personnel for the exclusion (national: yes).</summary>
    public required Parameter<bool> VillageCadresExcluded { get; init; }

    /// <summary>Whether a village cadre is exempt when the household has a documented major cause of poverty.</summary>
    public required Parameter<bool> CadreWithMajorCauseExempt { get; init; }

    /// <summary>Whether a disabled member's mobility vehicle is exempt from the car exclusion.</summary>
    public required Parameter<bool> DisabilityVehicleExempt { get; init; }

    /// <summary>The value in yuan a car must reach to exclude the household; <c>null</c> when any car excludes.</summary>
    public required Parameter<decimal?> MinimumExcludingCarValue { get; init; }

    /// <summary>Whether farm vehicles, trucks and construction machinery also exclude the household.</summary>
    public required Parameter<bool> WorkVehiclesExcluded { get; init; }

    /// <summary>Province codes (GB/T 2260, 2 digits) of the western region, where the 3% thresholds apply.</summary>
    public required Parameter<ImmutableSortedSet<int>> WesternProvinces { get; init; }

    /// <summary>
    /// Per-county region overrides: 6-digit county code → <c>true</c> for western treatment, <c>false</c> for not,
    /// whatever its province.
    /// </summary>
    public required Parameter<ImmutableSortedDictionary<string, bool>> CountyRegionOverrides { get; init; }

    /// <summary>Village delisting: poverty incidence must be strictly below this share (0–1) outside the western region.</summary>
    public required Parameter<decimal> VillageIncidenceThreshold { get; init; }

    /// <summary>Village delisting: poverty incidence must be strictly below this share (0–1) in the western region.</summary>
    public required Parameter<decimal> WesternVillageIncidenceThreshold { get; init; }

    /// <summary>Village delisting: the infrastructure and services a village must have.</summary>
    public required Parameter<Model.VillageFacilities> VillageRequiredFacilities { get; init; }

    /// <summary>Village delisting: the least village collective economy income in yuan per year; <c>null</c> when not required.</summary>
    public required Parameter<decimal?> VillageMinimumCollectiveIncome { get; init; }

    /// <summary>
    /// County de-capping: the poverty incidence threshold (0–1) outside the western region, compared as
    /// <see cref="CountyIncidenceComparison"/> says.
    /// </summary>
    public required Parameter<decimal> CountyIncidenceThreshold { get; init; }

    /// <summary>
    /// County de-capping: the poverty incidence threshold (0–1) in the western region, compared as
    /// <see cref="CountyIncidenceComparison"/> says.
    /// </summary>
    public required Parameter<decimal> WesternCountyIncidenceThreshold { get; init; }

    /// <summary>
    /// County de-capping: how the incidence is compared with its threshold, <see cref="PassingSide.Below"/> (低于, the
    /// built-in profiles) or <see cref="PassingSide.AtMost"/> (以下 read as including the number itself).
    /// </summary>
    public required Parameter<PassingSide> CountyIncidenceComparison { get; init; }

    /// <summary>County de-capping: the third-party wrong-exit rate threshold (0–1), compared as <see cref="WrongExitRateComparison"/> says.</summary>
    public required Parameter<decimal> WrongExitRateThreshold { get; init; }

    /// <summary>
    /// County de-capping: how the wrong-exit rate is compared with its threshold: <see cref="PassingSide.Below"/> (the
    /// strict reading of the 2016 statements: a rate equal to the threshold fails) or <see cref="PassingSide.AtMost"/>
    /// (the 2017 assessment method: only a rate above the threshold blocks the exit).
    /// </summary>
    public required Parameter<PassingSide> WrongExitRateComparison { get; init; }

    /// <summary>County de-capping: the third-party omission rate threshold (0–1), compared as <see cref="OmissionRateComparison"/> says.</summary>
    public required Parameter<decimal> OmissionRateThreshold { get; init; }

    /// <summary>County de-capping: how the omission rate is compared with its threshold, <see cref="PassingSide.Below"/> or <see cref="PassingSide.AtMost"/>.</summary>
    public required Parameter<PassingSide> OmissionRateComparison { get; init; }

    /// <summary>County de-capping: the public approval threshold (0–1), compared as <see cref="PublicApprovalComparison"/> says.</summary>
    public required Parameter<decimal> PublicApprovalThreshold { get; init; }

    /// <summary>
    /// County de-capping: how public approval is compared with its threshold: <see cref="PassingSide.Above"/> (strict:
    /// approval equal to the threshold fails) or <see cref="PassingSide.AtLeast"/> (the 2017 method: only approval below
    /// the threshold blocks the exit).
    /// </summary>
    public required Parameter<PassingSide> PublicApprovalComparison { get; init; }

    /// <summary>
    /// County de-capping: the 2017 method's gate on the register's own incidence in the year of de-capping (remaining
    /// registered poor people / rural population, whatever <see cref="ComprehensiveIncidence"/> says), a share 0–1;
    /// <c>null</c> when the gate is off (the built-in profiles).
    /// </summary>
    public required Parameter<decimal?> RegisterIncidenceGate { get; init; }

    /// <summary>County de-capping: how the register's incidence is compared with <see cref="RegisterIncidenceGate"/>, <see cref="PassingSide.Below"/> or <see cref="PassingSide.AtMost"/>.</summary>
    public required Parameter<PassingSide> RegisterIncidenceGateComparison { get; init; }

    /// <summary>County de-capping: whether incidence is the comprehensive one (remaining + omitted + wrongly exited people).</summary>
    public required Parameter<bool> ComprehensiveIncidence { get; init; }

    /// <summary>County de-capping: the least rural per-capita income in yuan (a provincial extra); <c>null</c> when not required.</summary>
    public required Parameter<decimal?> CountyMinimumRuralIncome { get; init; }

    /// <summary>Fund allocation (因素法): the weight (0–1) of a county's share of the province's registered poor people.</summary>
    public required Parameter<decimal> AllocationPoorPopulationWeight { get; init; }

    /// <summary>Fund allocation: the weight (0–1) of a county's share of the sum of the counties' poverty incidences.</summary>
    public required Parameter<decimal> AllocationIncidenceWeight { get; init; }

    /// <summary>
    /// Fund allocation: the weight (0–1) of a county's share of the sum of the inverses of the counties' rural per-capita
    /// incomes (a poorer county gets more).
    /// </summary>
    public required Parameter<decimal> AllocationRuralIncomeWeight { get; init; }

    /// <summary>Fund allocation: the weight (0–1) of a county's share of the sum of the counties' performance scores.</summary>
    public required Parameter<decimal> AllocationPerformanceWeight { get; init; }

    /// <summary>Fund allocation: the performance score (0–1) of each grade of the last annual assessment, by grade (e.g. <c>A</c>).</summary>
    public required Parameter<ImmutableSortedDictionary<string, decimal>> AllocationGradeScores { get; init; }

    /// <summary>Fund allocation: the least amount in yuan any county receives; <c>null</c> for no floor.</summary>
    public required Parameter<decimal?> AllocationFloor { get; init; }

    /// <summary>Fund allocation: the largest share (0–1) of the fund any county receives; <c>null</c> for no cap.</summary>
    public required Parameter<decimal?> AllocationCapShare { get; init; }

    /// <summary>
    /// Accountability: how many consecutive years a county must be graded <see cref="PromotionPriorityGrade"/> in the
    /// annual assessment for its party secretary and county head to be flagged for priority in promotion.
    /// </summary>
    public required Parameter<int> PromotionPriorityConsecutiveYears { get; init; }

    /// <summary>Accountability: the annual assessment grade that counts towards priority in promotion (e.g. <c>A</c>).</summary>
    public required Parameter<string> PromotionPriorityGrade { get; init; }

    /// <summary>
    /// Relapse monitoring (防止返贫动态监测, 2021 onwards): the monitoring line in yuan per person per year — an exited
    /// household or a never-registered one whose per-capita income is strictly below it is at risk; <c>null</c> in the
    /// 2014–2020 profiles, which have no monitoring (the engine's <c>Monitor</c> refuses a profile without a line).
    /// </summary>
    public required Parameter<decimal?> MonitoringLine { get; init; }

    /// <summary>
    /// Relapse monitoring: a household is in sudden severe hardship when its unavoidable expenses of the year (illness,
    /// disability, disaster, accident) are strictly above this share of last year's household income. A share 0–10.
    /// </summary>
    public required Parameter<decimal> HardshipExpenseShare { get; init; }

    /// <summary>
    /// Relapse monitoring: a household is in sudden severe hardship when its per-capita income fell by strictly more
    /// than this share (0–1) of last year's.
    /// </summary>
    public required Parameter<decimal> HardshipIncomeDropShare { get; init; }

    /// <summary>
    /// Relapse monitoring, risk elimination (风险消除): how many consecutive years, ending with the assessment year, the
    /// per-capita income must be strictly above the monitoring line for the risk to count as eliminated.
    /// </summary>
    public required Parameter<int> RiskEliminationYears { get; init; }

    /// <summary>Data quality: whether an old 15-digit ID number (first-generation card) is accepted without a warning.</summary>
    public required Parameter<bool> FifteenDigitIdAccepted { get; init; }

    /// <summary>Data quality: the youngest age, inclusive, at which 在校生状况 (schooling status) must be recorded.</summary>
    public required Parameter<int> SchoolingRecordedFromAge { get; init; }

    /// <summary>Data quality: the oldest age, inclusive, at which 在校生状况 (schooling status) must be recorded.</summary>
    public required Parameter<int> SchoolingRecordedToAge { get; init; }

    /// <summary>Data quality: the youngest age, inclusive, at which 劳动技能 (labour capacity) must be recorded.</summary>
    public required Parameter<int> LabourRecordedFromAge { get; init; }

    /// <summary>Data quality: the oldest age, inclusive, at which 劳动技能 (labour capacity) must be recorded.</summary>
    public required Parameter<int> LabourRecordedToAge { get; init; }

    /// <summary>Data quality: a member of this age or younger recorded in senior high school (高中) is implausible.</summary>
    public required Parameter<int> SeniorHighImplausibleToAge { get; init; }

    /// <summary>Data quality: a member of this age or older recorded in primary school (小学) is implausible.</summary>
    public required Parameter<int> PrimaryImplausibleFromAge { get; init; }

    /// <summary>
    /// The rule packs' own sections, by name (<c>"packs"</c> in the profile file): a pack applies under a profile only
    /// when the profile has its section. Empty for the built-in profiles.
    /// </summary>
    public ImmutableSortedDictionary<string, PackSection> Packs
    {
        get;
        init => field = value ?? ImmutableSortedDictionary.Create<string, PackSection>(StringComparer.Ordinal);
    } = ImmutableSortedDictionary.Create<string, PackSection>(StringComparer.Ordinal);

    /// <summary>The poverty line for <paramref name="year"/>, or <c>null</c> when the profile has none.</summary>
    public Parameter<decimal>? PovertyLine(int year) => PovertyLines.TryGetValue(year, out var line) ? line : null;

    /// <summary>
    /// Whether the county (6-digit code, or a longer code that starts with it) gets western-region treatment:
    /// its override if it has one, else whether its province is western.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is shorter than 6 characters.</exception>
    public bool IsWestern(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length < 6)
        {
            throw new ArgumentException($"'{code}' is not a county or village code: it has fewer than 6 digits.", nameof(code));
        }

        if (CountyRegionOverrides.Value.TryGetValue(code[..6], out var western))
        {
            return western;
        }

        return int.TryParse(code.AsSpan(0, 2), out var province) && WesternProvinces.Value.Contains(province);
    }

    /// <summary>A copy with the poverty line for <paramref name="year"/> set (added or replaced).</summary>
    public PolicyProfile WithPovertyLine(int year, decimal yuan, string citation, bool verified) =>
        this with { PovertyLines = PovertyLines.SetItem(year, new Parameter<decimal>(yuan, citation, verified)) };
}
