using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

// Usage: ServeLoad URL STORY [--workers N] [--seconds S] [--warmup S] [--type text/plain]
// Posts the story's bytes to URL (e.g. http://127.0.0.1:5180/api/v1/check) from N concurrent workers, each
// sending its next request when the last is answered, for S seconds after a warm-up; prints requests per
// second and the latency percentiles of the measured requests. Any answer but 200 counts as an error.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ServeLoad URL STORY [--workers N] [--seconds S] [--warmup S] [--type MEDIA_TYPE]");
    return 2;
}

var url = new Uri(args[0]);
var body = await File.ReadAllBytesAsync(args[1]);
var workers = Option("--workers", 8);
var seconds = Option("--seconds", 20);
var warmup = Option("--warmup", 3);
var mediaType = args.SkipWhile(a => a != "--type").Skip(1).FirstOrDefault() ?? "text/plain";

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
await Run(TimeSpan.FromSeconds(warmup), record: false);
var (latencies, errors, elapsed) = await Run(TimeSpan.FromSeconds(seconds), record: true);

latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"story {body.Length:N0} bytes, {workers} workers, {elapsed.TotalSeconds:0.0} s: {latencies.Count:N0} answered, {errors} errors"));
Console.WriteLine(string.Create(culture, $"requests/s {latencies.Count / elapsed.TotalSeconds:0.0}  p50 {Percentile(50):0.00} ms  p90 {Percentile(90):0.00} ms  p99 {Percentile(99):0.00} ms  max {latencies.LastOrDefault():0.00} ms"));
return errors == 0 ? 0 : 1;

async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> Run(TimeSpan duration, bool record)
{
    var all = new List<double>[workers];
    var errors = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        var mine = all[w] = [];
        while (clock.Elapsed < duration)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            var start = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(url, content);
            await response.Content.ReadAsByteArrayAsync();
            mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }));
    return ([.. all.SelectMany(l => l)], record ? errors : 0, clock.Elapsed);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
