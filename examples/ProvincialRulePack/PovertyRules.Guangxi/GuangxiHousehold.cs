namespace PovertyRules.Guangxi;

/// <summary>
/// What Guangxi's household checklist records beyond the national register, carried in a household's
/// <c>Extensions</c> under <c>"guangxi"</c>. Every figure is nullable: <c>null</c> means "not recorded", and the
/// criterion that needs it is unknown.
/// </summary>
/// <param name="FloorAreaSquareMetres">The dwelling's floor area in m² (all members together).</param>
/// <param name="WaterLitresPerPersonPerDay">Drinking water available, litres per person per day.</param>
/// <param name="WaterFetchRoundTripMinutes">Minutes for a round trip to fetch water (0 for water piped to the house).</param>
/// <param name="WaterSupplyReliability">Share of days with water supplied (0–1).</param>
/// <param name="Electricity">Whether the household has electricity (通生活用电).</param>
/// <param name="TelevisionOrSmartphone">Whether the household has a television or a smartphone (有电视或智能手机).</param>
public sealed record GuangxiHousehold(
    decimal? FloorAreaSquareMetres = null,
    decimal? WaterLitresPerPersonPerDay = null,
    decimal? WaterFetchRoundTripMinutes = null,
    decimal? WaterSupplyReliability = null,
    bool? Electricity = null,
    bool? TelevisionOrSmartphone = null);
