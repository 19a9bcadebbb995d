package org.rolebook.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rolebook.importing.internal.SeedDocuments;

/**
 * The accuracy report of grade suggestion on the shared evaluation set: every document as
 * published and blind, for the evidence matcher and the BM25 baseline side by side, then every
 * miss with its evidence. Run by {@code bench/evaluate}; reads the set at run time, never copies it.
 */
public final class EvaluationReport {

    private static final Pattern GRADE_LINE = Pattern.compile(
            "(?i).*(\\bgrade|\\bgrading|\\bscale\\b|\\bspinal|\\bscp\\b|\\bband\\b|\\bsalary|£|\\bpay\\b).*");
    private static final int SHORT_LINE = 80;

    /**
     * A document of the set with its label, and the grade a second evaluator gave it without seeing
     * the first label (0 where it was read once).
     */
    record Document(
            String file, String title, String kind, int expected, List<String> blindTerms, String text, int second) {
        Document(String file, String title, String kind, int expected, List<String> blindTerms, String text) {
            this(file, title, kind, expected, blindTerms, text, 0);
        }
    }

    /** One suggestion of one document in one run by one method. */
    record Result(Document document, String run, String method, Suggestion suggestion) {
        boolean outside() {
            return document.kind().equals("outside");
        }

        int error() {
            return suggestion.suggested() == null
                    ? 99
                    : Math.abs(suggestion.suggested().grade().number() - document.expected());
        }

        boolean exact() {
            return outside() ? suggestion.status() != Suggestion.Status.CONFIDENT : error() == 0;
        }

        boolean withinOne() {
            return outside() ? exact() : error() <= 1;
        }
    }

    /** What a set of documents was used for, which decides what its figures may be called. */
    enum SetRole {
        /**
         * The shared evaluation set. The first lexicons were written with its documents in view;
         * every change since was chosen on the development set and only checked here.
         */
        EVALUATION(List.of(
                "Evaluation set. Not a clean held-out measurement: the lexicons (stop words, synonyms, cue",
                "phrases, the teaching and learning phrases), the title weight and the reader were first written",
                "with these documents and the seed form in view. Changes since then were chosen on the development",
                "set (bench/development-set.tsv: other public documents) and only checked here.")),
        /** Documents that changes are chosen on: figures that show what to change, never how good it is. */
        /** Documents gathered after the matcher was last changed and used for nothing but this report. */
        HELD_OUT(List.of(
                "Held-out set: documents gathered after the matcher was last changed, used to choose nothing.",
                "These figures measure the matcher on documents nobody tuned it to; a change made after reading",
                "them turns them into development documents.")),
        DEVELOPMENT(List.of(
                "Development set: documents that changes are chosen on. These figures guide changes; they are",
                "not a measure of accuracy on documents nobody tuned to (see the evaluation set for that)."));

        final List<String> header;

        SetRole(List<String> header) {
            this.header = header;
        }
    }

    /**
     * {@code [SET_DIR] [--development | --held-out]}: SET_DIR holds eval/INDEX.tsv and eval/docs/
     * (default ../shared, the shared evaluation set).
     */
    public static void main(String[] args) throws IOException {
        List<String> given = List.of(args);
        SetRole role = given.contains("--development")
                ? SetRole.DEVELOPMENT
                : given.contains("--held-out") ? SetRole.HELD_OUT : SetRole.EVALUATION;
        Path set = Path.of(given.stream()
                .filter(arg -> !arg.startsWith("--"))
                .findFirst()
                .orElse(System.getProperty("rolebook.shared.dir", "../shared")));
        List<String> missing = missing(set);
        if (!missing.isEmpty()) {
            System.out.println(
                    "Not measured: " + missing.size() + " document(s) listed in " + set.resolve("eval/INDEX.tsv")
                            + " have no text in eval/docs/: " + String.join(", ", missing) + "\n");
        }
        List<Result> results = run(set);
        print(results, role, System.out);
    }

    /** The files the index lists that are not in the set's folder of documents (a page that could not be saved). */
    static List<String> missing(Path shared) throws IOException {
        Path docs = shared.resolve("eval").resolve("docs");
        return listed(shared).stream()
                .map(cell -> cell.get("file"))
                .filter(file -> !Files.isRegularFile(docs.resolve(file)))
                .toList();
    }

    static List<Result> run(Path shared) throws IOException {
        List<Document> documents = documents(shared);
        GradeMatcher matcher = GradeMatcher.of(MatchingFixtures.families());
        Bm25Baseline baseline = Bm25Baseline.of(MatchingFixtures.families());
        List<Result> results = new ArrayList<>();
        for (Document document : documents) {
            for (String run : List.of("published", "blind")) {
                ProfileText profile = ProfileTextReader.read(run.equals("blind") ? blind(document) : document.text());
                results.add(new Result(document, run, "evidence", matcher.suggest(profile)));
                results.add(new Result(document, run, "bm25-baseline", baseline.suggest(profile)));
            }
        }
        return results;
    }

    /** The rows of the set's index, each by its column names. */
    private static List<Map<String, String>> listed(Path shared) throws IOException {
        List<String> rows = Files.readAllLines(shared.resolve("eval").resolve("INDEX.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(rows.getFirst().split("\t", -1));
        List<Map<String, String>> listed = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            Map<String, String> cell = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < cells.length; i++) {
                cell.put(header.get(i), cells[i].strip());
            }
            listed.add(cell);
        }
        return listed;
    }

    /** The documents of the set whose text is there ({@link #missing} names the others), then the seed form. */
    static List<Document> documents(Path shared) throws IOException {
        Path eval = shared.resolve("eval");
        List<Document> documents = new ArrayList<>();
        for (Map<String, String> cell : listed(shared)) {
            String file = cell.get("file");
            if (!Files.isRegularFile(eval.resolve("docs").resolve(file))) {
                continue;
            }
            String expected = cell.getOrDefault("expected_grade", "none");
            documents.add(new Document(
                    file,
                    cell.get("post_title"),
                    cell.get("label_kind"),
                    expected.matches("\\d+") ? Integer.parseInt(expected) : 0,
                    List.of(cell.getOrDefault("blind_terms", "").split("\\s*[;|]\\s*")),
                    Files.readString(eval.resolve("docs").resolve(file), StandardCharsets.UTF_8),
                    cell.getOrDefault("second_grade", "").matches("\\d+")
                            ? Integer.parseInt(cell.get("second_grade"))
                            : 0));
        }
        documents.add(new Document(
                "seed 004 (Pupil Support Worker form)",
                "Pupil Support Worker",
                "stated",
                5,
                List.of("Pupil Support Worker"),
                SeedDocuments.roleProfileFormText()));
        return documents;
    }

    /**
     * Whether the reader finds the post title the index writes (or one of the forms the blind run
     * removes) in the published text: the same words, give or take a few around them.
     */
    static boolean titleRead(Document document) {
        String read = words(ProfileTextReader.read(document.text()).title());
        if (read.isEmpty()) {
            return false;
        }
        List<String> forms = new ArrayList<>(document.blindTerms());
        forms.add(document.title());
        return forms.stream()
                .map(EvaluationReport::words)
                .filter(form -> !form.isEmpty())
                .anyMatch(form -> (read.contains(form) || form.contains(read)) && read.length() <= form.length() + 25);
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The document without its post title anywhere and without the short lines that state a grade or pay. */
    static String blind(Document document) {
        String text = document.text();
        // whole words only, the longest first, a plural with them: "TA" is not taken out of "staff" or
        // "data", nor "Lunchtime Supervisor" out of "Lunchtime Supervisors" leaving an "s"
        List<String> terms = document.blindTerms().stream()
                .filter(term -> term.codePoints().anyMatch(Character::isLetterOrDigit))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String term : terms) {
            text = Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(term.strip()) + "(?:e?s)?(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text)
                    .replaceAll("");
        }
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            boolean statesGrade = line.strip().length() <= SHORT_LINE
                    && GRADE_LINE.matcher(line).matches();
            if (!statesGrade) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    static void print(List<Result> results, SetRole role, PrintStream out) {
        out.println("Grade suggestion on " + results.size() / 4
                + " documents (the set's and the seed form), as published and blind");
        out.println("(outside: right when the suggestion is not CONFIDENT; MAE over documents with an expected grade)");
        out.println();
        role.header.forEach(out::println);
        out.println(
                "Blind: post title removed everywhere; short lines stating a grade, scale, spinal point, band or pay removed.");
        out.println();
        out.printf(
                Locale.ROOT,
                "%-10s %-14s %-9s %4s %8s %11s %6s%n",
                "run",
                "method",
                "label",
                "n",
                "exact",
                "within one",
                "MAE");
        for (String run : List.of("published", "blind")) {
            for (String method : List.of("evidence", "bm25-baseline")) {
                for (String kind : List.of("stated", "title", "panel", "outside", "all")) {
                    List<Result> some = results.stream()
                            .filter(r -> r.run().equals(run) && r.method().equals(method))
                            .filter(r ->
                                    kind.equals("all") || r.document().kind().equals(kind))
                            .toList();
                    if (!some.isEmpty()) {
                        line(out, run, method, kind, some);
                    }
                }
            }
        }
        out.println();
        List<Document> documents =
                results.stream().map(Result::document).distinct().toList();
        List<Document> misread = documents.stream().filter(d -> !titleRead(d)).toList();
        out.printf(
                Locale.ROOT,
                "Post title read from the published text: %d of %d documents give the title the index writes%n",
                documents.size() - misread.size(),
                documents.size());
        misread.forEach(d -> out.printf(
                Locale.ROOT,
                "    %s: read \"%s\", the index says \"%s\"%n",
                d.file(),
                ProfileTextReader.read(d.text()).title(),
                d.title()));
        agreement(results).forEach(out::println);
        out.println();
        calibration(results).forEach(out::println);
        out.println();
        outsideFlags(results).forEach(out::println);
        out.println();
        out.println("Every miss (not exact), with its evidence:");
        for (Result result : results) {
            if (!result.exact()) {
                miss(out, result);
            }
        }
        out.println();
        out.println("Every suggestion of the evidence matcher:");
        for (Result result : results) {
            if (result.method().equals("evidence")) {
                Suggestion s = result.suggestion();
                out.printf(
                        Locale.ROOT,
                        "  %-9s %-55s expected %-7s suggested %-8s runner-up %-8s %-19s confidence %.2f flags %s%n",
                        result.run(),
                        result.document().file(),
                        expected(result.document()),
                        grade(s.suggested()),
                        grade(s.runnerUp()),
                        s.status(),
                        s.confidence(),
                        s.flags().stream().map(f -> f.kind().name()).toList());
            }
        }
    }

    /**
     * Where a second evaluator graded documents without seeing the first labels: how often the two
     * readings agree, and how often each method agrees with the first, the second and either.
     */
    static List<String> agreement(List<Result> results) {
        List<Document> twice = results.stream()
                .map(Result::document)
                .distinct()
                .filter(d -> d.second() > 0 && d.expected() > 0)
                .toList();
        if (twice.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "Labels read twice: %d documents graded again by a second evaluator who did not see the first labels.",
                twice.size()));
        lines.add(String.format(
                Locale.ROOT,
                "  the two readings agree: exact %.0f%%, within one %.0f%%, MAE %.2f",
                share(twice, d -> d.expected() == d.second()),
                share(twice, d -> Math.abs(d.expected() - d.second()) <= 1),
                twice.stream()
                        .mapToInt(d -> Math.abs(d.expected() - d.second()))
                        .average()
                        .orElse(0)));
        for (String run : List.of("published", "blind")) {
            for (String method : List.of("evidence", "bm25-baseline")) {
                java.util.Map<Document, Integer> suggested = new java.util.HashMap<>();
                results.stream()
                        .filter(r -> r.run().equals(run) && r.method().equals(method) && twice.contains(r.document()))
                        .forEach(r -> suggested.put(
                                r.document(),
                                r.suggestion().suggested() == null
                                        ? 0
                                        : r.suggestion().suggested().grade().number()));
                lines.add(String.format(
                        Locale.ROOT,
                        "  %-9s %-13s exact / within one with the first reading %3.0f%% / %3.0f%%,"
                                + " the second %3.0f%% / %3.0f%%, either %3.0f%%",
                        run,
                        method,
                        share(twice, d -> suggested.get(d) == d.expected()),
                        share(twice, d -> Math.abs(suggested.get(d) - d.expected()) <= 1),
                        share(twice, d -> suggested.get(d) == d.second()),
                        share(twice, d -> Math.abs(suggested.get(d) - d.second()) <= 1),
                        share(twice, d -> suggested.get(d) == d.expected() || suggested.get(d) == d.second())));
            }
        }
        return lines;
    }

    /**
     * How often the evidence matcher flags a post outside the loaded families: the posts labelled
     * outside should get the flag as well as a low confidence, and the others never.
     */
    static List<String> outsideFlags(List<Result> results) {
        List<String> lines = new ArrayList<>();
        lines.add("Flagged outside the loaded families (OUTSIDE_FAMILIES), evidence matcher:");
        for (String run : List.of("published", "blind")) {
            List<Result> some = results.stream()
                    .filter(r -> r.method().equals("evidence") && r.run().equals(run))
                    .toList();
            long outside = some.stream().filter(Result::outside).count();
            long outsideFlagged =
                    some.stream().filter(r -> r.outside() && flaggedOutside(r)).count();
            long inside = some.size() - outside;
            long insideFlagged =
                    some.stream().filter(r -> !r.outside() && flaggedOutside(r)).count();
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-9s posts labelled outside: %d of %d flagged; the other posts: %d of %d flagged",
                    run,
                    outsideFlagged,
                    outside,
                    insideFlagged,
                    inside));
        }
        return lines;
    }

    private static boolean flaggedOutside(Result result) {
        return result.suggestion().hasFlag(Suggestion.FlagKind.OUTSIDE_FAMILIES);
    }

    /** The bands of confidence the calibration is shown in, each from its value up to the next. */
    private static final double[] BANDS = {0, 0.2, 0.3, 0.4, 0.5};

    /**
     * How often the evidence matcher is right at each confidence, over both runs of the documents
     * with an expected grade: a confidence means something when higher bands are right more often.
     */
    static List<String> calibration(List<Result> results) {
        List<Result> graded = results.stream()
                .filter(r -> r.method().equals("evidence") && !r.outside())
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add("Confidence against accuracy (evidence matcher, both runs, documents with an expected grade):");
        for (int b = 0; b < BANDS.length; b++) {
            double from = BANDS[b];
            double to = b + 1 < BANDS.length ? BANDS[b + 1] : Double.POSITIVE_INFINITY;
            List<Result> band = graded.stream()
                    .filter(r -> r.suggestion().confidence() >= from
                            && r.suggestion().confidence() < to)
                    .toList();
            if (band.isEmpty()) {
                continue;
            }
            lines.add(String.format(
                    Locale.ROOT,
                    "  confidence %-16s %3d suggestions, exact %3.0f%%, within one %3.0f%%",
                    (to == Double.POSITIVE_INFINITY
                                    ? String.format(Locale.ROOT, "%.1f and above", from)
                                    : String.format(Locale.ROOT, "%.1f to %.1f", from, to))
                            + ":",
                    band.size(),
                    100.0 * band.stream().filter(Result::exact).count() / band.size(),
                    100.0 * band.stream().filter(Result::withinOne).count() / band.size()));
        }
        return lines;
    }

    private static double share(List<Document> documents, java.util.function.Predicate<Document> test) {
        return 100.0 * documents.stream().filter(test).count() / documents.size();
    }

    private static void line(PrintStream out, String run, String method, String kind, List<Result> some) {
        long exact = some.stream().filter(Result::exact).count();
        long within = some.stream().filter(Result::withinOne).count();
        List<Result> graded = some.stream().filter(r -> !r.outside()).toList();
        double mae =
                graded.stream().mapToInt(r -> Math.min(r.error(), 8)).average().orElse(Double.NaN);
        out.printf(
                Locale.ROOT,
                "%-10s %-14s %-9s %4d %7.0f%% %10.0f%% %6s%n",
                run,
                method,
                kind,
                some.size(),
                100.0 * exact / some.size(),
                100.0 * within / some.size(),
                graded.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", mae));
    }

    private static void miss(PrintStream out, Result result) {
        Suggestion s = result.suggestion();
        out.printf(
                Locale.ROOT,
                "%n- %s [%s, %s, %s]: expected %s, suggested %s (%s, confidence %.2f), runner-up %s%n",
                result.document().file(),
                result.document().kind(),
                result.run(),
                result.method(),
                expected(result.document()),
                grade(s.suggested()),
                s.status(),
                s.confidence(),
                grade(s.runnerUp()));
        out.println("    ranking: "
                + s.ranking().stream()
                        .limit(4)
                        .map(l -> l.grade().number() + "=" + l.score())
                        .toList());
        s.flags().forEach(flag -> out.println("    flag " + flag.kind() + ": " + flag.message()));
        s.cues()
                .forEach(cue -> out.printf(
                        "    cue %s %s (%s) %s grades %s: \"%s\"%n",
                        cue.kind(),
                        cue.label(),
                        cue.direction(),
                        cue.profileField(),
                        cue.grades().stream().map(g -> g.number()).toList(),
                        cut(cue.profileText())));
        s.evidence().stream()
                .limit(8)
                .forEach(e -> out.printf(
                        Locale.ROOT,
                        "    evidence %s G%d %.2f %s \"%s\" ~ \"%s\" words %s%n",
                        e.dimension(),
                        e.grade().number(),
                        e.score(),
                        e.profileField(),
                        cut(e.profileText()),
                        cut(e.frameworkText()),
                        e.matchedWords()));
    }

    private static String expected(Document document) {
        return document.kind().equals("outside") ? "outside" : "G" + document.expected();
    }

    private static String grade(Suggestion.Placement placement) {
        return placement == null ? "-" : "G" + placement.grade().number();
    }

    private static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 90 ? flat.substring(0, 87) + "..." : flat;
    }
}
