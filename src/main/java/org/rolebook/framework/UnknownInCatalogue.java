package org.rolebook.framework;

/** A family, grade or profile asked for that the catalogue does not hold; names the field asked with. */
public class UnknownInCatalogue extends RuntimeException {

    private final String field;

    public UnknownInCatalogue(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
