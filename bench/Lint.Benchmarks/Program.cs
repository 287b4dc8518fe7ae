using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Lint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Lint.Benchmarks.HotPathBenchmarks).Assembly).Run(args);
