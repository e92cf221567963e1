using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Extensions.DependencyInjection;

/// <summary>Registers PovertyRules in an <see cref="IServiceCollection"/>.</summary>
public static class PovertyRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PovertyRulesEngine"/> as a singleton (it compiles the rules once, is thread-safe, and logs
    /// bulk runs through the container's <see cref="ILoggerFactory"/> when there is one), and
    /// <see cref="PovertyRulesDefaults"/> (the default profile and bulk options) as a singleton built from
    /// <paramref name="configure"/>'s options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: at least a default profile (<see cref="PovertyRulesOptions.DefaultProfileId"/> or <see cref="PovertyRulesOptions.DefaultProfile"/>).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// The options are validated when a host starts (<c>ValidateOnStart</c>), or without a host when the engine or the
    /// defaults are first resolved: an <see cref="OptionsValidationException"/> whose message names every bad option.
    /// Calling this twice configures the same options twice (the later callback sees the earlier one's values).
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddPovertyRules(options =>
    /// {
    ///     options.DefaultProfileId = "CN-2016";
    ///     options.Bulk = new BulkOptions { BatchSize = 1_024 };
    /// });
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddPovertyRules(this IServiceCollection services, Action<PovertyRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<PovertyRulesOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PovertyRulesOptions>, PovertyRulesOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PovertyRulesOptions>>().Value;
            var profile = options.DefaultProfile ?? PolicyProfiles.Find(options.DefaultProfileId!)!;
            return new PovertyRulesDefaults(profile, options.Bulk);
        });
        services.TryAddSingleton(provider =>
        {
            // Resolving the defaults first validates the options before the rules are compiled.
            _ = provider.GetRequiredService<PovertyRulesDefaults>();
            var packs = provider.GetRequiredService<IOptions<PovertyRulesOptions>>().Value.RulePacks;
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<PovertyRulesEngine>() ?? (ILogger)NullLogger.Instance;
            return new PovertyRulesEngine(logger, engine =>
            {
                foreach (var pack in packs)
                {
                    engine.AddRules(pack);
                }
            });
        });
        return services;
    }
}
