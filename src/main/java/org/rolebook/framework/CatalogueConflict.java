package org.rolebook.framework;

/** A document that cannot be stored because it clashes with what the catalogue already holds. */
public class CatalogueConflict extends FieldProblem {

    public CatalogueConflict(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 409;
    }
}
