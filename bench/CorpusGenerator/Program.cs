using System.Globalization;
using System.Text;
using Lint.Bench;

// Writes a deterministic benchmark corpus made from the seed stories: paragraphs reordered, names
// swapped from a fixed pool, figures changed, so it is not one text repeated.
// Usage: CorpusGenerator SEEDS_DIR OUT_DIR SIZE_MB [files|single]
if (args.Length < 3 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var megabytes) || megabytes <= 0)
{
    Console.Error.WriteLine("usage: CorpusGenerator SEEDS_DIR OUT_DIR SIZE_MB [files|single]");
    return 2;
}

var single = args.Length > 3 && args[3] == "single";
var seeds = Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
Directory.CreateDirectory(args[1]);
var target = megabytes * 1024L * 1024L;
var written = 0L;
var stories = 0;
var variation = new StoryVariation(seed: 20261123);
using var one = single ? new StreamWriter(Path.Combine(args[1], "corpus.txt"), false, new UTF8Encoding(false)) : null;
while (written < target)
{
    var story = variation.Vary(seeds[stories % seeds.Length]);
    written += Encoding.UTF8.GetByteCount(story) + (single ? 2 : 0);
    if (one is not null)
    {
        one.Write(story);
        one.Write("\n\n");
    }
    else
    {
        var folder = Path.Combine(args[1], (stories / 1000).ToString("D4", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"story{stories:D7}.txt"), story, new UTF8Encoding(false));
    }

    stories++;
}

Console.WriteLine($"{stories} stories, {written} bytes in {args[1]}");
return 0;
