package org.rolebook.matching.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * "IT" written in capitals is information technology ("IT Technician", "Head of IT", "provide IT
 * support"), not the pronoun that the stop words drop; after a word written all in capitals, as in
 * a heading ("WHAT IT INVOLVES"), it stays the pronoun. Runs before lower-casing, which would make
 * the two one.
 */
final class InformationTechnologyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean afterCapitals;

    InformationTechnologyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean it = term.length() == 2 && term.charAt(0) == 'I' && term.charAt(1) == 'T';
        if (it && !afterCapitals) {
            term.setEmpty().append("ict");
        }
        afterCapitals = !it && capitals();
        return true;
    }

    /** A word of three or more letters, all capitals. */
    private boolean capitals() {
        if (term.length() < 3) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isUpperCase(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        afterCapitals = false;
    }
}
