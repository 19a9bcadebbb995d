package org.rolebook.matching.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Porter stems, each word stemmed once per analysis chain and remembered: profiles repeat the
 * same few thousand words, so most words are a lookup. Each chain belongs to one thread (Lucene
 * reuses analysis components per thread), so the memory needs no locking.
 */
final class CachedStemFilter extends TokenFilter {

    private static final int MOST_REMEMBERED = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PorterStemmer stemmer = new PorterStemmer();
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

    CachedStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] stem = stems.get(term.buffer(), 0, term.length());
        if (stem == null) {
            stemmer.setCurrent(term.buffer(), term.length());
            stemmer.stem();
            stem = Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
            if (stems.size() < MOST_REMEMBERED) {
                stems.put(Arrays.copyOf(term.buffer(), term.length()), stem);
            }
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }
}
