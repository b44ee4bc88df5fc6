// A histogram of durations (clock ticks, see GilClock) with logarithmic buckets (HDR-style): 8 linear sub-buckets per
// power of two, so any reported percentile is within 1/16 (about 6 %) of the true value, in a fixed
// array of 328 counters. Recording is a leading-zero count, a shift and three stores: no allocation,
// no lock. Only the owning thread records; readers (snapshots) may see a count a few events stale.
//
// Bucket layout: values 0..7 have a bucket each; for v >= 8 with e = floor(log2 v), the bucket is
// (e - 2) * 8 + the three bits below the leading one. Values of 2^42 ns (73 minutes) and more share
// the last bucket; the exact maximum is kept separately.
namespace GilRuntime.Threading.Gil;

using System.Numerics;
using System.Runtime.CompilerServices;

public sealed class LogHistogram
{
    private const int SubBits = 3;
    private const int Sub = 1 << SubBits;
    private const int MaxExponent = 42;
    internal const int BucketCount = (MaxExponent - 2) * Sub + Sub;

    private readonly long[] _counts = new long[BucketCount];
    private long _count;
    private long _sum;
    private long _max;

    public long Count => Volatile.Read(ref _count);

    public long Sum => Volatile.Read(ref _sum);

    public long Max => Volatile.Read(ref _max);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Record(long nanoseconds)
    {
        if (nanoseconds < 0) nanoseconds = 0;
        _counts[IndexOf(nanoseconds)]++;
        _count++;
        _sum += nanoseconds;
        if (nanoseconds > _max) _max = nanoseconds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOf(long v)
    {
        if (v < Sub) return (int)v;
        int e = 63 - BitOperations.LeadingZeroCount((ulong)v);
        if (e > MaxExponent) return BucketCount - 1;
        return (e - 2) * Sub + (int)((v >> (e - SubBits)) & (Sub - 1));
    }

    /// <summary>The middle of bucket <paramref name="index"/> (its value for small buckets).</summary>
    private static long Midpoint(int index)
    {
        if (index < Sub) return index;
        int e = index / Sub + 2;
        long low = (long)(Sub + index % Sub) << (e - SubBits);
        return low + (1L << (e - SubBits)) / 2;
    }

    /// <summary>The value below which a fraction <paramref name="p"/> of the recorded values lie.</summary>
    public long Percentile(double p)
    {
        long count = Count;
        if (count == 0) return 0;
        long rank = Math.Max(1, (long)Math.Ceiling(p * count));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += Volatile.Read(ref _counts[i]);
            if (seen >= rank) return Math.Min(Midpoint(i), Max);
        }
        return Max;
    }

    public HistogramSummary Summarize()
    {
        long count = Count;
        return new HistogramSummary(count, Percentile(0.5), Percentile(0.99), Max, count == 0 ? 0 : Sum / count);
    }

    /// <summary>Adds this histogram's counts into <paramref name="target"/> (both quiescent or owner-only).</summary>
    public void AddTo(LogHistogram target)
    {
        for (int i = 0; i < BucketCount; i++) target._counts[i] += Volatile.Read(ref _counts[i]);
        target._count += Count;
        target._sum += Sum;
        if (Max > target._max) target._max = Max;
    }

    public void Clear()
    {
        Array.Clear(_counts);
        _count = 0;
        _sum = 0;
        _max = 0;
    }
}

/// <summary>Count and percentiles of a histogram, in nanoseconds.</summary>
public readonly record struct HistogramSummary(long Count, long P50, long P99, long Max, long Mean)
{
    /// <summary>The same summary with every value multiplied by <paramref name="factor"/> (ticks to ns).</summary>
    public HistogramSummary Scale(double factor) => factor == 1.0 ? this
        : new(Count, (long)(P50 * factor), (long)(P99 * factor), (long)(Max * factor), (long)(Mean * factor));
}
