package org.rolebook.framework;

/** A family, grade or profile asked for that the catalogue does not hold; names the field asked with. */
public class UnknownInCatalogue extends FieldProblem {

    public UnknownInCatalogue(String field, String message) {
        super(field, message);
    }

    @Override
    public int status() {
        return 404;
    }
}
