using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Lint.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Lint.Benchmarks -- --profile [runs]   (rule-by-rule median, quick)
// dotnet run -c Release --project bench/Lint.Benchmarks -- --profile-edit [runs] (each rule alone after an edit)
// dotnet run -c Release --project bench/Lint.Benchmarks -- --loop [runs] [edit] (re-lint in a loop, for perf; edit: one paragraph changes each time)
// dotnet run -c Release --project bench/Lint.Benchmarks -- --relint [runs]    (re-lint median, allocations, gen0: quick)
if (args.Length > 0 && args[0] == "--profile")
{
    Lint.Benchmarks.RuleProfile.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
    return;
}

if (args.Length > 0 && args[0] == "--profile-edit")
{
    Lint.Benchmarks.RuleProfile.PrintAfterEdit(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}

if (args.Length > 0 && args[0] == "--loop")
{
    // For a sampling profiler (perf with DOTNET_PerfMapEnabled=1): re-lint the 6 KB story many times.
    Lint.Benchmarks.RuleProfile.Loop(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000, args.Length > 2 && args[2] == "edit");
    return;
}

if (args.Length > 0 && args[0] == "--relint")
{
    Lint.Benchmarks.RelintTimer.Print(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Lint.Benchmarks.HotPathBenchmarks).Assembly).Run(args);
