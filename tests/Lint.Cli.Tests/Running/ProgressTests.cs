using Lint.Cli.Running;

namespace Lint.Cli.Tests.Running;

public class ProgressTests
{
    [Fact]
    public void Progress_rewrites_one_line_with_the_count_and_erases_it_at_the_end()
    {
        var error = new StringWriter();
        using (var progress = new Progress(error, 2000, start: false))
        {
            progress.Show();
            for (var i = 0; i < 1200; i++)
            {
                progress.Advance();
            }

            progress.Show();
        }

        Assert.Equal("\r0 of 2,000 articles linted\u001b[K\r1,200 of 2,000 articles linted\u001b[K\r\u001b[K", error.ToString());
    }

    [Fact]
    public void A_progress_never_shown_writes_nothing_and_a_stopped_one_stays_quiet()
    {
        var error = new StringWriter();
        var progress = new Progress(error, 1, start: false);
        progress.Dispose();
        progress.Show();

        Assert.Equal(string.Empty, error.ToString());
    }
}
