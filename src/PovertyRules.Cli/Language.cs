namespace PovertyRules.Cli;

/// <summary>The language of the console's messages (<c>--lang</c>); the HTML report always carries both.</summary>
internal enum Language
{
    English,
    Chinese,
}
