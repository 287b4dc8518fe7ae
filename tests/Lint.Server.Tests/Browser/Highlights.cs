using System.Text.Json;
using Microsoft.Playwright;

namespace Lint.Server.Tests.Browser;

/// <summary>What the page's view shows: its text, and each highlight's place in it (UTF-16, counted through the DOM) with the findings it marks.</summary>
public sealed record Highlights(string Text, IReadOnlyList<Highlight> Marks)
{
    private const string Script = """
        () => {
          const view = document.getElementById("view");
          const marks = [...view.querySelectorAll("mark")].map(m => {
            const before = document.createRange();
            before.setStart(view, 0);
            before.setEndBefore(m);
            return { start: before.toString().length, length: m.textContent.length, findings: m.dataset.findings.split(" ").map(Number) };
          });
          return JSON.stringify({ text: view.textContent, marks });
        }
        """;

    public static async Task<Highlights> ReadAsync(IPage page)
    {
        using var json = JsonDocument.Parse(await page.EvaluateAsync<string>(Script));
        var marks = json.RootElement.GetProperty("marks").EnumerateArray()
            .Select(m => new Highlight(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32(), [.. m.GetProperty("findings").EnumerateArray().Select(f => f.GetInt32())]))
            .ToList();
        return new Highlights(json.RootElement.GetProperty("text").GetString()!, marks);
    }

    /// <summary>Checks that the view shows <paramref name="text"/> and that the marks of each finding cover exactly its span, and nothing else is marked.</summary>
    public void AssertMatch(string text, IReadOnlyList<JsonElement> findings)
    {
        Assert.Equal(text, Text);
        for (var i = 0; i < findings.Count; i++)
        {
            var (offset, length) = (findings[i].GetProperty("offset").GetInt32(), findings[i].GetProperty("length").GetInt32());
            var marks = Marks.Where(m => m.Findings.Contains(i)).ToList();
            Assert.True(marks.Count > 0, $"finding {i} ({findings[i]}) has no highlight");
            Assert.Equal(offset, marks[0].Start);
            Assert.Equal(offset + length, marks[^1].Start + marks[^1].Length);
            Assert.Equal(length, marks.Sum(m => m.Length)); // the marks of one finding are contiguous
        }

        Assert.All(Marks, m => Assert.All(m.Findings, i => Assert.InRange(i, 0, findings.Count - 1)));
    }
}

/// <summary>One highlight: where it starts in the view's text, how long it is, and the findings (indices into the API's list) it marks.</summary>
public sealed record Highlight(int Start, int Length, IReadOnlyList<int> Findings);
