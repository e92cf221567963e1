namespace PovertyRules.Cli.Reporting;

/// <summary>A third-party rate of a county with its 95% Wilson interval and what it decides.</summary>
internal sealed record RateRow(
    string Name, decimal Rate, int Numerator, int Denominator, double Lower, double Upper, decimal Threshold, string Side, bool Passes, bool Robust);
