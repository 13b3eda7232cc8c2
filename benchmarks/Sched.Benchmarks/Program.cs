// Runs the benchmarks: dotnet run -c Release --project benchmarks/Sched.Benchmarks -- --filter '*'
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
