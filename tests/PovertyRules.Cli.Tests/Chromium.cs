using PuppeteerSharp;

namespace PovertyRules.Cli.Tests;

/// <summary>
/// Debian's chromium, which scripts/test.sh installs when it is missing (with fonts-noto-cjk for the Chinese text) and
/// exports as POVERTYRULES_CHROMIUM. No browser is ever downloaded: a missing one fails the test, naming the script.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Installed = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    public static string Path() => Find(Environment.GetEnvironmentVariable("POVERTYRULES_CHROMIUM"), Installed);

    /// <summary>The configured browser, else the first installed one.</summary>
    /// <exception cref="InvalidOperationException">None exists; the message names scripts/test.sh.</exception>
    public static string Find(string? configured, IEnumerable<string> installed)
    {
        foreach (var candidate in installed.Prepend(configured))
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "No chromium browser was found (POVERTYRULES_CHROMIUM, /usr/bin/chromium). Run the tests with scripts/test.sh, which installs Debian's " +
            "chromium and fonts-noto-cjk when they are missing and exports the browser's path.");
    }

    /// <summary>
    /// Starts the browser headless. The first start on a fresh machine builds chromium's font cache, which under a
    /// loaded CI machine takes longer than PuppeteerSharp's 30-second default: the start may take up to three minutes.
    /// </summary>
    public static Task<IBrowser> LaunchAsync() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = Path(),
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"],
        Timeout = 180_000,
    });
}
