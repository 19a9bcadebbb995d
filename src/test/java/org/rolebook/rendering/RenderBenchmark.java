package org.rolebook.rendering;

import java.util.Arrays;

/**
 * Time to render one role profile (the seed form, three pages) after warm-up, in process: PDF
 * (target: 150 ms or less), and DOCX and HTML for comparison. Run by {@code bench/render-pdf}.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {}

    public static void main(String[] args) {
        quietLogging();
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        OfficialDocuments documents = new OfficialDocuments();
        OfficialForm form = FormFixtures.pupilSupportWorkerGrade5();
        System.out.printf(
                "rendering the seed form (%d accountabilities); %d warm-up, %d measured runs; cores: %d%n",
                form.accountabilities().size(),
                warmUp,
                runs,
                Runtime.getRuntime().availableProcessors());
        for (DocumentFormat format : DocumentFormat.values()) {
            long first = time(documents, form, format);
            for (int i = 0; i < warmUp; i++) {
                time(documents, form, format);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                nanos[i] = time(documents, form, format);
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%-4s cold %7.1f ms | warm p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms%s%n",
                    format.extension(),
                    ms(first),
                    ms(nanos[runs / 2]),
                    ms(nanos[(int) (runs * 0.95) - 1]),
                    ms(nanos[runs - 1]),
                    format == DocumentFormat.PDF ? "   (target: p50 <= 150 ms)" : "");
        }
    }

    private static long time(OfficialDocuments documents, OfficialForm form, DocumentFormat format) {
        long start = System.nanoTime();
        byte[] document = documents.form(form, format);
        long took = System.nanoTime() - start;
        if (document.length == 0) {
            throw new IllegalStateException("an empty " + format);
        }
        return took;
    }

    /** As the application logs: warnings and errors only (the test class path's default is debug). */
    private static void quietLogging() {
        var root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
