package org.rolebook.framework;

/**
 * A request or document that cannot be served as asked, naming the field at fault. The web layer
 * answers it as 400; its subclasses say "not found" (404) or "conflict" (409).
 */
public class FieldProblem extends RuntimeException {

    private final String field;

    public FieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The HTTP status that answers this problem: 400 unless a subclass says otherwise. */
    public int status() {
        return 400;
    }

    /** A form refused for every field named, each with its message: the first stands for the whole. */
    public static FieldProblem all(java.util.List<Detail> details) {
        return new Several(details);
    }

    /** The message for the field, the first where there are several; null when the field is not at fault. */
    public @org.jspecify.annotations.Nullable String messageFor(String name) {
        return details().stream()
                .filter(detail -> detail.field().equals(name))
                .map(Detail::message)
                .findFirst()
                .orElse(null);
    }

    /**
     * The problem as a page shows it to the person who typed the value: a control character the
     * message quotes, invisible in a browser, as U+FFFD.
     */
    public FieldProblem shown() {
        var shown = details().stream()
                .map(detail ->
                        new Detail(ControlCharacters.shown(detail.field()), ControlCharacters.shown(detail.message())))
                .toList();
        return shown.equals(details()) ? this : all(shown);
    }

    /** Every field at fault, with its message: one for most problems, several for a refused form. */
    public java.util.List<Detail> details() {
        return java.util.List.of(new Detail(field, getMessage()));
    }

    /** A field at fault and what is wrong with it. */
    public record Detail(String field, String message) {}

    private static final class Several extends FieldProblem {

        private final java.util.List<Detail> details;

        Several(java.util.List<Detail> details) {
            super(details.getFirst().field(), details.getFirst().message());
            this.details = java.util.List.copyOf(details);
        }

        @Override
        public java.util.List<Detail> details() {
            return details;
        }
    }

    /** A grade number read from a request, or a problem naming the field. */
    public static Grade grade(String field, int number) {
        if (number < 1 || number > 99) {
            throw new FieldProblem(field, "a grade is a number from 1 to 99, not " + number);
        }
        return Grade.of(number);
    }
}
