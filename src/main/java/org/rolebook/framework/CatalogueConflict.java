package org.rolebook.framework;

/** A document that cannot be stored because it clashes with what the catalogue already holds. */
public class CatalogueConflict extends RuntimeException {

    private final String field;

    public CatalogueConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
