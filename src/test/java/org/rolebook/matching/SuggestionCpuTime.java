package org.rolebook.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Beside JMH's wall-clock figures, which a busy shared machine inflates: suggestions per second of
 * the thread's own CPU time, and the per-suggestion CPU time percentiles, on one thread. Run by
 * {@code bench/throughput}.
 */
public final class SuggestionCpuTime {

    public static void main(String[] args) throws Exception {
        GradeMatcherBenchmark bench = new GradeMatcherBenchmark();
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = bench.documents.size();
        for (int i = 0; i < 20_000; i++) {
            bench.matcher.suggest(bench.documents.get(i % n));
        }
        for (String what : new String[] {"seed form", "evaluation documents"}) {
            int runs = 20_000;
            long[] each = new long[runs];
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                long start = threads.getCurrentThreadCpuTime();
                bench.matcher.suggest(what.equals("seed form") ? bench.seedForm : bench.documents.get(i % n));
                each[i] = threads.getCurrentThreadCpuTime() - start;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            Arrays.sort(each);
            System.out.printf(
                    Locale.ROOT,
                    "%-21s %,9.0f profiles per CPU-second (%,.0f per wall-clock second); CPU time per profile p50 %.0f us, p99 %.0f us%n",
                    what,
                    runs / (cpu / 1e9),
                    runs / (wall / 1e9),
                    each[runs / 2] / 1e3,
                    each[runs * 99 / 100] / 1e3);
        }
        System.out.printf(
                Locale.ROOT,
                "load average while measured: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
