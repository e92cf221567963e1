using PovertyRules.Cli;

return await CommandLine.RunAsync(args, TimeProvider.System).ConfigureAwait(false);
