namespace Lint.Cli.Tests.Fixing;

/// <summary>A stream that writes its first bytes through to another and then fails, as a full disk or a pulled cable would.</summary>
internal sealed class FailingStream(Stream inner, int failAfter) : Stream
{
    private int _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var allowed = Math.Min(buffer.Length, failAfter - _written);
        inner.Write(buffer[..allowed]);
        inner.Flush();
        _written += allowed;
        if (allowed < buffer.Length)
        {
            throw new IOException("No space left on device.");
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
